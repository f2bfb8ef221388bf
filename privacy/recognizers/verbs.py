"""Finite verbs of a third person, Italian and English, to tell a name opening a sentence as
its subject ("Bianca firma il modulo", "Aurora non vede l'ora", "Hope sends her love") from
the same word's everyday reading ("Bianca o nera?", "Rosa antico", "Costa ancora 49 euro",
"Hope you're well").

The forms come from the lemmatizer tables of ``spacy-lookups-data`` (morph-it! for Italian,
WordNet-derived indexes for English), read from the installed package: an Italian form is kept
when its ending is a third person's for its lemma (present, imperfect, past, future,
conditional), an English one when it is a verb's ``-s`` form or its irregular past. A form that
is also a noun, adjective or adverb ("firma", "porta", "ancora"; "plans", "rose") is
*ambiguous*: it counts only when an article, a clitic or a preposition follows it.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from privacy.recognizers.italian import italian_forms

_IT_ENDINGS = {
    "are": ("a", "ava", "ò", "erà", "erebbe", "ò"),
    "ere": ("e", "eva", "é", "è", "erà", "erebbe", "ette"),
    "ire": ("e", "isce", "iva", "ì", "irà", "irebbe"),
}
# irregular forms and auxiliaries of a third person
_IT_IRREGULAR = frozenset(
    {
        "è", "era", "sarà", "sarebbe", "fu", "ha", "aveva", "avrà", "avrebbe", "ebbe",
        "fa", "faceva", "farà", "fece", "va", "andava", "andrà", "andò", "sta", "stava", "starà",
        "dà", "dava", "darà", "diede", "dice", "diceva", "dirà", "disse", "può", "poteva",
        "potrà", "potrebbe", "vuole", "voleva", "vorrà", "vorrebbe", "deve", "doveva", "dovrà",
        "dovrebbe", "sa", "sapeva", "saprà", "viene", "veniva", "verrà", "venne", "tiene",
        "teneva", "terrà", "esce", "usciva", "uscirà", "rimane", "rimase", "vede", "vide",
        "vedrà", "prese", "mise", "scrisse", "chiese", "rispose", "lesse", "arrivò",
        # round 27: irregular presents the lemma tables miss ("alba non riesce ad accedere")
        "riesce", "riusciva", "riuscirà", "riuscirebbe", "muore", "appare", "compare",
        "scompare", "siede", "nasce", "cresce",
    }
)  # fmt: skip
_EN_IRREGULAR = frozenset(
    {
        "is", "was", "has", "had", "does", "did", "will", "would", "can", "could", "should",
        "must", "might", "shall", "isn't", "wasn't", "hasn't", "hadn't", "doesn't", "didn't",
        "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "says", "said",
    }
)  # fmt: skip
# what follows an ambiguous verb form used as a verb ("firma il DDT", "porta i documenti",
# "plans to come", "signs the form")
_OBJECT_WORDS = frozenset(
    {
        "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "mi", "ti", "ci", "vi",
        "si", "ne", "a", "al", "alla", "ai", "alle", "da", "dal", "dalla", "con", "per", "in",
        "nel", "nella", "su", "sul", "sulla", "tutto", "tutti", "sempre", "già", "subito",
        "anche", "questo", "questa", "quello", "quella", "sua", "suo", "sue", "suoi",
        "the", "an", "to", "her", "his", "him", "them", "us", "me", "it", "this", "that",
        "on", "at", "with", "for", "into", "all", "every",
        # round 28: a question's or a report's clause ("Stella asks if ...", "says you ...")
        "if", "whether", "you",
    }
)  # fmt: skip
_IT_CLITICS = frozenset({"mi", "ti", "ci", "vi", "si", "gli", "lo", "la", "le", "li", "ne", "ce"})
_NEGATIONS = frozenset({"non", "not", "never", "mai", "just", "already", "also", "still", "anche"})
# round 24: adverbs and connectives between a subject and its verb ("Felice però sta a Torino",
# "Rosa invece arriva", "Bianca poi passa", "Hope now lives"): the verb after them decides
CLAUSE_ADVERBS = frozenset(
    {
        "però", "invece", "poi", "intanto", "comunque", "quindi", "allora", "ora", "adesso",
        "oggi", "domani", "stasera", "ieri", "sempre", "pure", "forse", "ancora", "già",
        "then", "now", "however", "instead", "usually", "always", "probably", "today",
    }
)  # fmt: skip
# the next lowercase word (privacy.recognizers.subjects reads it too)
FOLLOWING = re.compile(r"[ \t]+([a-zà-ÿ’']+)")


def _unmangled(form: str) -> str:
    """Round 29: a form of the tables whose accented letter is stored as its two UTF-8 bytes
    read as Latin-1 ("arriverÃ\xa0" for "arriverà", "suonÃ²" for "suonò"): the form as written,
    so that the futures and the past tenses of a third person count ("Marina suonerà al
    citofono", "Rosa arrivò tardi")."""
    if "Ã" not in form:
        return form
    try:
        return form.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return form


def _table(name: str) -> Any:
    try:
        data = resources.files("spacy_lookups_data").joinpath("data")
    except ModuleNotFoundError:
        return {}
    table = data.joinpath(name)
    if not table.is_file():
        return {}
    with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)


@lru_cache(maxsize=1)
def third_person_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(unambiguous, ambiguous) lowercase third-person verb forms, both languages."""
    forms: set[str] = set(_IT_IRREGULAR)
    lookup: dict[str, str] = _table("it_lemma_lookup_verb.json.gz")
    for mangled, lemma in lookup.items():
        form = _unmangled(mangled)
        if len(lemma) < 4 or not form.isalpha() or not form.islower():
            continue
        stem, kind = lemma[:-3], lemma[-3:]
        endings = _IT_ENDINGS.get(kind)
        if endings and form.startswith(stem) and form[len(stem) :] in endings and len(form) > 2:
            forms.add(form)
    index: dict[str, list[str]] = _table("en_lemma_index.json.gz")
    exceptions: dict[str, dict[str, list[str]]] = _table("en_lemma_exc.json.gz")
    english: set[str] = set(_EN_IRREGULAR)
    for lemma in index.get("verb", []):
        if lemma.isalpha() and lemma.islower() and len(lemma) > 2:
            plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
            if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
                plural = lemma[:-1] + "ies"
            english.add(plural)
            english.add(lemma + "d" if lemma.endswith("e") else lemma + "ed")
    english.update(f for f in exceptions.get("verb", {}) if f.isalpha() and not f.endswith("ing"))
    nouns = {w for k in ("noun", "adj", "adv") for w in index.get(k, [])}
    nouns.update(f for k in ("noun", "adj", "adv") for f in exceptions.get(k, {}))
    # the accented nouns and adjectives, stored mangled too ("bordò" is a colour)
    italian_other = italian_forms() | {
        _unmangled(form)
        for pos in ("noun", "adj", "adv")
        for form in _table(f"it_lemma_lookup_{pos}.json.gz")
        if "Ã" in form
    }
    ambiguous = {f for f in forms if f in italian_other and f not in _IT_IRREGULAR}
    for form in english - _EN_IRREGULAR:
        base = form[:-1] if form.endswith("s") else form
        if form in nouns or base in nouns or form[:-2] in nouns or form in italian_other:
            ambiguous.add(form)
    unambiguous = (forms | english) - ambiguous
    return frozenset(unambiguous), frozenset(ambiguous)


def subject_follows(text: str, end: int) -> bool:
    """Whether the words after ``end`` make the word before it a subject: a third person's
    verb ("vede", "sends"), "non"/"not"/an adverb or a clitic before one ("non vede", "mi ha
    detto", "just called"), a form that is also a noun only before an article, a clitic or a
    preposition ("firma il", "porta i", "plans to")."""
    following = FOLLOWING.match(text, end)
    if following is None:
        return False
    word = following.group(1).lower().replace("’", "'")
    clear, ambiguous = third_person_forms()
    # "Felice però sta ...", "Rosa invece non viene": what follows an adverb (two at most)
    # decides
    for _ in range(2):
        if word not in CLAUSE_ADVERBS:
            break
        following = FOLLOWING.match(text, following.end())
        if following is None:
            return False
        word = following.group(1).lower().replace("’", "'")
    if word in clear:
        return True
    if word in _NEGATIONS or word in _IT_CLITICS:
        after = FOLLOWING.match(text, following.end())
        if after is None:
            return False
        second = after.group(1).lower().replace("’", "'")
        return second in clear or second in ambiguous or second in _IT_CLITICS
    if word in ambiguous:
        after = FOLLOWING.match(text, following.end())
        return after is not None and re.split("['’]", after.group(1).lower())[0] in _OBJECT_WORDS
    return False


@lru_cache(maxsize=1)
def english_verbs_and_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(English verbs' base forms, English nouns) of the lemma index."""
    index: dict[str, list[str]] = _table("en_lemma_index.json.gz")
    verbs = frozenset(w for w in index.get("verb", []) if w.isalpha() and w.islower())
    nouns = frozenset(w for w in index.get("noun", []) if w.isalpha() and w.islower())
    return verbs, nouns


def imperative_opens(word: str, text: str, end: int) -> bool:
    """Whether an English word opening a sentence is a verb's command with its object ("Grant
    access to the portal", "Bill me later", "Mark the box"): a verb's base form followed by an
    object word or a noun that is no third person's verb ("Grant sends his love" is a name)."""
    verbs, nouns = english_verbs_and_nouns()
    if word.lower() not in verbs:
        return False
    following = FOLLOWING.match(text, end)
    if following is None:
        return False
    after = following.group(1).lower()
    if after in third_person_forms()[0] or after in _NEGATIONS:
        return False
    return after in _OBJECT_WORDS or after in nouns
