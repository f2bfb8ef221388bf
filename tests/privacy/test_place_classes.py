"""Place classes of session 9: the capitals of the Italian provinces and the big cities (their
Italian names too) in lowercase without a cue, and a place after an elided preposition of place
("dall'", "nell'", "all'", "sull'"). Every sentence is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.location import big_towns, find_places, load_gazetteer
from privacy.recognizers.names import load_lexicon


def _places(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_places(text, load_gazetteer(load_lexicon()))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("nata? si ancona, poi bologna per studio", "ancona"),
        ("nata? si ancona, poi bologna per studio", "bologna"),
        ("lavoro tra londra e parigi", "parigi"),
        ("tutto ok, vicenza è vicina", "vicenza"),
        ("Dall'Arcella sono 10 minuti", "Arcella"),
        ("abito nell'Esquilino da anni", "Esquilino"),
        ("ci vediamo all'Arenella", "Arenella"),
    ],
)
def test_lowercase_big_towns_and_elided_prepositions(text: str, place: str) -> None:
    assert place in _places(text), _places(text)


@pytest.mark.parametrize(
    "text",
    [
        # everyday words named like a capital stay words ("prato", "lodi", "bari")
        "un prato verde e tante lodi, non bari mai",
        # "dell'", "d'" and the article stay glued: venues, wines, works
        "sono il titolare dell'Osteria Da Nino",
        "un Moscato d'Asti per la cena",
        "il pianista suona l'Ave Maria",
    ],
)
def test_words_wines_and_venues_are_no_places(text: str) -> None:
    assert _places(text) == [], _places(text)


def test_big_towns_hold_no_english_or_italian_word() -> None:
    towns = big_towns()
    assert {"genova", "milano", "londra", "parigi"} <= towns
    assert not {"prato", "lodi", "bari", "fermo", "cork", "oxford", "reading"} & towns
