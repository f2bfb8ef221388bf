"""Build privacy/data/faker_*.txt: first names, surnames and cities of every Faker locale.

Faker's locale data (MIT) holds names of many countries ("Siobhán", "Wojciech", "Ngozi") and
real city lists. Entries that are also frequent Italian or English words ("Case", "Sole",
"Kitty") are left out of the names by their word frequency in wordfreq (a build-time filter
only: no word of wordfreq is written out). Cities that are also words ("Reading", "Split", "Most":
Faker's Italian and English lorem words and ``AMBIGUOUS_PLACES``) are marked cue-only.

Reproducible with pinned versions, from the repository root:

    uv run --frozen --with wordfreq==3.1.1 python scripts/build_name_lists.py

(the project's environment: Faker as locked in uv.lock, and the letter table of
``privacy.recognizers.text``).
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from privacy.recognizers.text import UNDECOMPOSED

DATA = Path(__file__).resolve().parent.parent / "privacy" / "data"
# Zipf frequency (log10 per billion words) at or above which a word is a common word.
COMMON_IT = 3.5
COMMON_EN = 3.5
# A first name up to this much above those, in two or more locales, is kept as a word-name.
WORD_NAME_MARGIN = 1.0
CUE_ONLY = "?"
# Cities of these locales go to the gazetteer (Faker's it_IT cities are loaded at run time).
CITY_LOCALES = ("en_IE", "en_GB", "en_US", "en_CA", "en_AU", "en_NZ", "de_DE", "fr_FR", "es_ES")
CITY_ATTRIBUTES = ("cities", "city_names", "towns", "counties")
# Place names that are also everyday Italian or English words, beyond Faker's lorem words.
_AMBIGUOUS_PLACES = """
    reading bath mobile nice split most same down brand van independence opportunity batman
    honda orange phoenix paris florence victoria eugene aurora beni ada ina boo aue celle
    parola patti dax biu yao mila kent martin jackson davis tyler gilbert murray sterling
    wells derby hull deal street sale cheddar bury ware poole rugby corby bolton march
"""
AMBIGUOUS_PLACES = frozenset(_AMBIGUOUS_PLACES.split())


def fold(word: str) -> str:
    """Lowercase, accent-free, apostrophes unified (as ``privacy.recognizers.names.fold``)."""
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.translate(UNDECOMPOSED).lower().replace("’", "'")


def _values(provider: type, prefix: str) -> Iterable[str]:
    for attribute in dir(provider):
        if not attribute.startswith(prefix):
            continue
        value = getattr(provider, attribute, None)
        if isinstance(value, (list, tuple, dict, set, frozenset)):
            yield from (item for item in value if isinstance(item, str))


def _latin_word(folded: str) -> bool:
    return len(folded) >= 3 and folded.isascii() and folded.replace("'", "").isalpha()


def _place_word(folded: str) -> bool:
    return folded.isascii() and folded.replace("'", "").replace(".", "").isalpha()


def _lorem_words() -> frozenset[str]:
    from faker.providers.lorem.en_US import Provider as English
    from faker.providers.lorem.it_IT import Provider as Italian

    return frozenset(fold(word) for word in (*English.word_list, *Italian.word_list))


def _zipf(folded: str) -> float:
    from wordfreq import zipf_frequency  # type: ignore[import-not-found]

    italian = float(zipf_frequency(folded, "it")) - COMMON_IT
    return max(italian, float(zipf_frequency(folded, "en")) - COMMON_EN)


def person_names() -> tuple[list[str], list[str]]:
    """Folded first names and surnames of all person locales. A frequent word is left out; a
    first name of two or more locales that is only fairly frequent ("Stefan") is kept with a
    leading ``?``: a name mid-sentence or after a cue, never alone at a sentence start."""
    import faker.providers.person as person

    firsts: dict[str, int] = {}
    lasts: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for name in {fold(name) for name in _values(provider, "first_names")}:
            firsts[name] = firsts.get(name, 0) + 1
        lasts.update(fold(name) for name in _values(provider, "last_names"))
    vocabulary = _lorem_words()
    first_lines = []
    for name in sorted(firsts):
        if not _latin_word(name) or name in vocabulary:
            continue
        excess = _zipf(name)
        if excess < 0:
            first_lines.append(name)
        elif excess < WORD_NAME_MARGIN and firsts[name] >= 2:
            first_lines.append(CUE_ONLY + name)
    last_lines = [name for name in sorted(lasts) if _latin_word(name) and _zipf(name) < 0]
    return first_lines, last_lines


def cities() -> list[str]:
    """City names of ``CITY_LOCALES`` and of Faker's geo data (real places of all countries);
    a common word gets a leading ``?`` (cue-only)."""
    import faker.providers.geo as geo

    found: set[str] = set()
    modules = [
        geo.__name__,
        *(f"{geo.__name__}.{info.name}" for info in pkgutil.iter_modules(geo.__path__)),
    ]
    for name in modules:
        provider = importlib.import_module(name).Provider
        found.update(str(place[2]).strip() for place in getattr(provider, "land_coords", ()))
    for locale in CITY_LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.address.{locale}")
        except ModuleNotFoundError:
            continue
        for attribute in CITY_ATTRIBUTES:
            value = getattr(module.Provider, attribute, ())
            if isinstance(value, (list, tuple, dict)):
                found.update(name.strip() for name in value if isinstance(name, str))
    vocabulary = _lorem_words() | AMBIGUOUS_PLACES
    lines = []
    for name in sorted(found):
        words = [fold(word) for word in name.replace("-", " ").split()]
        if not words or not all(_place_word(word) for word in words):
            continue
        common = len(words) == 1 and (len(words[0]) < 4 or words[0] in vocabulary)
        lines.append((CUE_ONLY if common else "") + name)
    return lines


def _write(name: str, header: str, lines: list[str]) -> None:
    text = "".join(f"# {line}\n" for line in header.splitlines()) + "\n".join(lines) + "\n"
    (DATA / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(lines)} entries")


def main() -> None:
    import faker

    source = f"Faker {faker.VERSION} (MIT), all person locales (scripts/build_name_lists.py)"
    firsts, lasts = person_names()
    rule = (
        f"Folded, Latin script, 3+ letters; left out: zipf >= {COMMON_IT} (it) or "
        f"{COMMON_EN} (en) in wordfreq."
    )
    marked = (
        f"A leading '?': up to {WORD_NAME_MARGIN} above, in 2+ locales: a name mid-sentence "
        "or after a cue only."
    )
    _write("faker_first_names.txt", f"First names of {source}.\n{rule}\n{marked}", firsts)
    _write("faker_last_names.txt", f"Surnames of {source}.\n{rule}", lasts)
    where = ", ".join(CITY_LOCALES)
    _write(
        "faker_cities.txt",
        f"Cities of Faker {faker.VERSION} (MIT) locales {where} and its geo data.\n"
        "A leading '?' marks a common word: a place only after a cue ('in', 'from', 'vivo a').",
        cities(),
    )


if __name__ == "__main__":
    main()
