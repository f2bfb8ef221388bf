"""Round 25 (red team R28): invented sentences for the address classes of this round."""

from __future__ import annotations

import pytest

from privacy.recognizers.address import find_addresses, follow_up_address
from privacy.recognizers.address_units import round24_streets
from privacy.recognizers.keep import keep_spans
from privacy.recognizers.location import find_places
from privacy.recognizers.names import load_lexicon
from privacy.recognizers.structured import HOME_URL

NO_TOWN = lambda town: False  # noqa: E731


def _follow(previous: str, text: str) -> str | None:
    found = list(find_addresses(previous))
    hit = follow_up_address(previous, found, text)
    return None if hit is None else text[hit.start : hit.end]


@pytest.mark.parametrize(
    ("previous", "text", "value"),
    [
        ("la consegna va in via Brunelleschi", "27", "27"),
        ("ok ma il civico qual è?", "oh scusa 8B", "8B"),
        ("numero civico?", "143", "143"),
        ("e il cap?", "50134", "50134"),
        ("what's the house number?", "it's 61", "61"),
        ("the street is Corso Vercelli", "number 15", "15"),
        ("street: Lindenweg", "no. 7", "7"),
        ("sorry, the postcode?", "20144", "20144"),
    ],
)
def test_bare_number_answers_a_street_or_a_question(previous: str, text: str, value: str) -> None:
    assert _follow(previous, text) == value


@pytest.mark.parametrize(
    ("previous", "text"),
    [
        ("quante ne vuoi?", "3"),  # a quantity
        ("a che ora passi?", "18"),  # an hour
        ("which size do you take?", "42"),
        ("how many caps do you need?", "20"),  # "caps" is no CAP
        ("mi dai il numero dell'ordine?", "48213"),
    ],
)
def test_bare_number_after_other_questions_stays(previous: str, text: str) -> None:
    assert _follow(previous, text) is None


def test_foreign_postcode_labels() -> None:
    for text, value in [
        ("codul: cod poștal 300224 Timișoara", "300224"),
        ("PLZ 10115 Berlin", "10115"),
        ("code postal 69002", "69002"),
    ]:
        found = [text[d.start : d.end] for d in round24_streets(text, NO_TOWN)]
        assert value in found, text


def test_cap_after_its_town_without_comma() -> None:
    text = "spedire a Pescara 65124, grazie"
    assert any("65124" in text[d.start : d.end] for d in find_addresses(text))
    # a quantity after a town is no CAP
    text = "a Torino 25000 persone alla partita"
    assert not any("25000" in text[d.start : d.end] for d in find_addresses(text))


def test_map_search_for_a_street_and_number() -> None:
    assert HOME_URL.search("eccolo: https://maps.example.org/?q=corso+Francia+88+Torino")
    assert HOME_URL.search("www.example.net/maps?query=Lindenweg+7,Bonn")
    # a landmark, no house number
    assert not HOME_URL.search("https://maps.example.org/?q=Mole+Antonelliana")


def test_coordinates() -> None:
    for text, value in [
        ("il pin è 📍 44.49381, 11.33875 davanti al cancello", "44.49381, 11.33875"),
        ("we are at 53.3498 N, 6.2603 W", "53.3498 N, 6.2603 W"),
    ]:
        found = [text[d.start : d.end] for d in find_places(text, frozenset())]
        assert value in found, text
    for text in ("totale 12.50, spedizione 4.90", "pesa 2.3456 kg"):
        assert not any(d.recognizer == "place-coordinates" for d in find_places(text, frozenset()))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("abito in vicolo Lungo 4, la seconda dopo piazza Garibaldi", "piazza Garibaldi"),
        ("il negozio è a due passi da piazza Castello", "piazza Castello"),
        ("parcheggiate pure dietro corso Matteotti", "corso Matteotti"),
        ("is there a bakery near Piazza Bra?", "Piazza Bra"),
        ("la casa gialla accanto alla fondamenta dei Mori", "fondamenta dei Mori"),
    ],
)
def test_landmark_street_is_kept(text: str, street: str) -> None:
    kept = [text[d.start : d.end] for d in keep_spans(text, load_lexicon())]
    assert street in kept


@pytest.mark.parametrize(
    "text",
    [
        "abito vicino a piazza Carducci",  # one's home, no number of its own
        "our flat is near Piazza Bologna",
        "sono proprio vicino a via Mazzini 14",  # a house number: an address
    ],
)
def test_street_near_a_home_is_not_kept(text: str) -> None:
    assert not any(d.recognizer == "landmark-street" for d in keep_spans(text, load_lexicon()))
