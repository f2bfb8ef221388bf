"""An Italian dictionary of inflected forms, so that capitalised everyday words are not names.

Italian capitalises far fewer words than English, so an unexplained capitalised word inside a
sentence is most often a proper noun; the fallbacks of :mod:`privacy.recognizers.propernoun`
rely on that. The weak point was the dictionary that "explains" a word: Faker's lorem lists hold
a few thousand lemmas, so a product or offer title in Title Case ("Festa Siciliana", "Formula
Comfort", "Idraulica Rapida") or an adjective at the start of a clause looked like a name.

morph-it! (Baroni and Zanchetta, University of Bologna; CC BY-SA 2.0 or LGPL, the licence text
ships with the package) lists the inflected forms of Italian lemmas with their part of speech.
spaCy packages it as the lemmatizer tables of ``spacy-lookups-data``; this module reads the
noun, adjective and adverb tables from the installed package (nothing is copied into this
repository). Verb tables are left out: their 300,000 rare conjugations collide with given names
("Ninni" is a form of *ninnare*), while a name is almost never a noun or adjective form that is
not also in the name lists, which :class:`privacy.recognizers.names.NameLexicon` checks first.
The few proper nouns of the source are capitalised ("Pomigliano") and left out.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

PARTS_OF_SPEECH = ("noun", "adj", "adv")


@lru_cache(maxsize=1)
def italian_forms() -> frozenset[str]:
    """Lowercase Italian noun, adjective and adverb forms and their lemmas (about 90,000);
    empty when ``spacy-lookups-data`` is not installed."""
    try:
        data = resources.files("spacy_lookups_data").joinpath("data")
    except ModuleNotFoundError:
        return frozenset()
    forms: set[str] = set()
    for pos in PARTS_OF_SPEECH:
        table = data.joinpath(f"it_lemma_lookup_{pos}.json.gz")
        if not table.is_file():
            continue
        with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
            lookup: dict[str, str] = json.load(text)
        forms.update(word for word in lookup if word.isalpha() and word.islower())
        forms.update(lemma for lemma in lookup.values() if lemma.isalpha() and lemma.islower())
    return frozenset(forms)
