"""Places: a gazetteer of Italian localities (Faker's it_IT data, MIT) and major English cities."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources

from privacy.recognizers.names import WORD, NameLexicon, fold
from privacy.types import Detection

MAX_WORDS = 3


def product_words() -> frozenset[str]:
    """Product categories: a place or name beside one is a product line ("tavolino Como")."""
    text = resources.files("privacy.data").joinpath("product_words.txt").read_text(encoding="utf-8")
    return frozenset(
        word.lower() for line in text.splitlines() if line[:1] != "#" for word in line.split()
    )


PRODUCT_WORDS = product_words()


def load_gazetteer(lexicon: NameLexicon) -> frozenset[str]:
    """Folded place names that are not common words or first names."""
    from faker.providers.address.it_IT import Provider as ItalianAddress

    text = resources.files("privacy.data").joinpath("cities.txt").read_text(encoding="utf-8")
    english = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    places: set[str] = {fold(name) for name in english}
    for name in ItalianAddress.cities:
        folded = " ".join(fold(word) for word in WORD.findall(name))
        if len(folded) < 4 or folded in lexicon.common or folded in lexicon.first_names:
            continue
        places.add(folded)
    return frozenset(places)


_FIRST_WORDS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _first_words(gazetteer: frozenset[str]) -> frozenset[str]:
    """First words of the places, cached by identity: looking an equal but distinct gazetteer
    up in an ``lru_cache`` compares all its names on every call."""
    cached = _FIRST_WORDS.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        if len(_FIRST_WORDS) >= 4:
            _FIRST_WORDS.clear()
        cached = (gazetteer, frozenset(place.split()[0] for place in gazetteer))
        _FIRST_WORDS[id(gazetteer)] = cached
    return cached[1]


def find_places(text: str, gazetteer: frozenset[str]) -> Iterable[Detection]:
    """Capitalised runs of up to three words that name a known place."""
    words = list(WORD.finditer(text))
    starts = _first_words(gazetteer)
    index = 0
    while index < len(words):
        first = words[index]
        if not first.group(0)[:1].isupper() or fold(first.group(0)) not in starts:
            index += 1
            continue
        found = 0
        for size in range(min(MAX_WORDS, len(words) - index), 0, -1):
            run = words[index : index + size]
            if any(run[k + 1].start() - run[k].end() != 1 for k in range(size - 1)):
                continue
            if not run[-1].group(0)[:1].isupper():
                continue
            if " ".join(fold(m.group(0)) for m in run) in gazetteer:
                found = size
                break
        if found and not _beside_product(words, index, found):
            yield Detection(first.start(), words[index + found - 1].end(), "LOCATION", "place", 0.7)
            index += found
        else:
            index += 1


def _beside_product(words: list[re.Match[str]], index: int, size: int) -> bool:
    before = words[index - 1].group(0).lower() if index > 0 else ""
    after = words[index + size].group(0).lower() if index + size < len(words) else ""
    return before in PRODUCT_WORDS or after in PRODUCT_WORDS


_PREVIOUS_WORD = re.compile(r"([A-Za-zÀ-ÿ\-]+)[\s']+$")
_NEXT_WORD = re.compile(r"^\s+([A-Za-zÀ-ÿ\-]+)")


def beside_product(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` is right after or before a product category word."""
    before = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    after = _NEXT_WORD.match(text[end : end + 30])
    return bool(
        (before and before.group(1).lower() in PRODUCT_WORDS)
        or (after and after.group(1).lower() in PRODUCT_WORDS)
    )
