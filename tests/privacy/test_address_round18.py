"""Addresses of round 18: an address line that opens with its unit (Flat, Room, Plot, House No.)
and names a building or a society (Indian CHS, Apartments), a Chinese road's section in brackets
("(M)", "(W)") and pinyin street words (Lu, Jie), South Asian ones (Marg, Salai); a flat or a
suite alone where someone is ("at Apt 4C"); a four-digit postcode and an unknown town after a
street ("..., 6830 Town, Switzerland"); the adjectives of Dutch and German street names
("Nieuwe", "Oude", "Große"); Italian rare odonyms (Livorno's "scali", "viuzza", "passeggiata")
and a rural road's kilometre instead of a house number ("tratturo X-Y, km 3").

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from tests.privacy.test_address_round12 import _leaks

ADDRESSES = [
    # a unit first, then the street (Nigeria, China, India)
    ("His address: Plot 22, Marina Crescent, Ikoyi, Lagos", "Plot 22, Marina Crescent, Ikoyi"),
    ("send it to Plot 7, Ahmadu Bello Way, Victoria Island", "Plot 7, Ahmadu Bello Way"),
    (
        "office: Room 805, 120 Huaihai Road (W), Changning District, Shanghai 200030. thanks",
        "Room 805, 120 Huaihai Road (W), Changning District, Shanghai 200030",
    ),
    (
        "Unit 3, 45 Jianguo Lu, Chaoyang District, Beijing 100022",
        "Unit 3, 45 Jianguo Lu, Chaoyang District, Beijing 100022",
    ),
    (
        "to my sister: Flat 11, Green Acres CHS, 3rd Road, Khar West, Mumbai 400052, mobile later",
        "Flat 11, Green Acres CHS, 3rd Road, Khar West, Mumbai 400052",
    ),
    (
        "courier to House No. 12, Sector 15, Gurugram 122001 please",
        "House No. 12, Sector 15, Gurugram 122001",
    ),
    ("ship to 9 Tilak Marg, New Delhi", "9 Tilak Marg"),
    # a unit alone where someone lives or leaves something
    ("she's next door at Apt 7B, ring twice", "Apt 7B"),
    ("leave it at Suite 210 please", "Suite 210"),
    ("he lives in Unit 4C since May", "Unit 4C"),
    ("I live in Apt. 12B", "Apt. 12B"),
    ("lasciatelo alla vicina, scala B, interno 7", "scala B, interno 7"),
    # a postcode of four digits and an unknown town after a street
    ("Via Lorenzo 14, 6849 Valmorea, Switzerland", "Via Lorenzo 14, 6849 Valmorea"),
    # Dutch and German adjectives and apart kinds
    ("Deliveries at Oude Gracht 45B, Utrecht", "Oude Gracht 45B"),
    ("new shop: Nieuwe Prinsengracht 89A, 1018 VR Amsterdam", "Nieuwe Prinsengracht 89A"),
    ("Große Bleichen 5, 20354 Hamburg", "Große Bleichen 5, 20354 Hamburg"),
    ("wir wohnen Neue Schönhauser Straße 12", "Neue Schönhauser Straße 12"),
    # Italian rare odonyms and a road's kilometre
    ("sempre scali del Pesce 12, 2° piano", "scali del Pesce 12"),
    (
        "tratturo Lucera-Castelfiorentino, km 5, dopo il ponte",
        "tratturo Lucera-Castelfiorentino, km 5",
    ),
    ("abito in viuzza del Forno 5", "viuzza del Forno 5"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_address_is_fully_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _leaks(engine, text, value) is None


LOOK_ALIKES = [
    "Plot twist: he was the butler",
    "this is the way to go",
    "faccio km 3 di corsa ogni giorno",
    "the Room 101 of Orwell",
    "Room 12, Hotel Roma, Rimini",
    "Apartment 3 is free on those dates",
    "the flat 20% discount",
    "Chapter 3, Unit 4, Section 2",
    "Unit 4, Chapter Two",
    "suite 2 of the hotel was lovely",
    "upload it to Unit 3 of the course",
    "ho fatto 2 scali a Dubai",
    "alla rotonda 3 uscite",
    "la Nuova Zelanda 3 volte",
    "ordine 4521, 2025 Milano",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_address(text: str) -> None:
    assert list(find_addresses(text)) == []


def test_year_after_street_is_no_postcode() -> None:
    text = "via Roma 9, 2025 Tour finale"
    assert [text[d.start : d.end] for d in find_addresses(text)] == ["via Roma 9"]
