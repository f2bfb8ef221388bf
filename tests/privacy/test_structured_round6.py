"""Round 6 of the structured recognizers: the lines above a street in an address block, a flat
numbered with a slash, contact lines under an address. Every value is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.address import find_addresses


def _addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the flat and the named building on the line above the street
        (
            "Kind regards,\nMr Tobias Wren\nFlat 6, Larchfield House\n27 Mill Lane\nThirsk YO7 3QP",
            "Flat 6, Larchfield House\n27 Mill Lane\nThirsk YO7 3QP",
        ),
        # the flat and the building on two lines of their own
        (
            "send it to:\nApartment 12\nHollybank Court\n5 Station Road\nKendal LA9 6BT",
            "Apartment 12\nHollybank Court\n5 Station Road\nKendal LA9 6BT",
        ),
        # a building alone above the street
        (
            "Address:\nMeadowview Cottage\n3 Ferry Lane\nTotnes TQ9 5HN",
            "Meadowview Cottage\n3 Ferry Lane\nTotnes TQ9 5HN",
        ),
        # a Glasgow flat numbered floor/door with a slash, inline
        (
            "pls post it. Flat 3/2, 71 Kelvin Drive, Glasgow G20 8QT. ta",
            "Flat 3/2, 71 Kelvin Drive, Glasgow G20 8QT",
        ),
    ],
)
def test_lines_above_the_street_belong_to_the_address(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the phone's label under the postcode is no town
        (
            "Mrs Edna Pell\n9 Orchard Close\nWhitby YO21 1PD\nTel. 01947 220318",
            "9 Orchard Close\nWhitby YO21 1PD",
        ),
        # the town after an Italian CAP stays on its line
        ("Via Carducci 8, 37121\nVerona\nTel 045 800 1234", "Via Carducci 8, 37121\nVerona"),
    ],
)
def test_contact_lines_are_not_the_town(text: str, address: str) -> None:
    found = _addresses(text)
    assert address in found
    assert not any("Tel" in value for value in found)


@pytest.mark.parametrize(
    "text",
    [
        "I love my flat\n12 people came to the party",
        "Flat 2 is free next week, the house on the hill too",
    ],
)
def test_no_address_without_a_street(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # French streets, number first
        (
            "we're at 17 rue des Tanneurs, 67000 Strasbourg till Sunday",
            "17 rue des Tanneurs, 67000 Strasbourg",
        ),
        ("Adresse: 4 bis avenue Lamarque, Nantes", "4 bis avenue Lamarque, Nantes"),
        ("6 place de la Fontaine 21000 Dijon", "6 place de la Fontaine 21000 Dijon"),
        # the unit word before an address whose first number is the unit
        (
            "Unit 9, Ashgrove Business Park, Naas W91 C2K7",
            "Unit 9, Ashgrove Business Park, Naas W91 C2K7",
        ),
        # a known town in lowercase after the CAP
        ("spedite a viale Ortles 31 20139 milano grazie", "viale Ortles 31 20139 milano"),
        # a staircase or doorbell in brackets after the number
        (
            "Via Bellini 12 (scala C) 95124 Catania",
            "Via Bellini 12 (scala C) 95124 Catania",
        ),
    ],
)
def test_more_address_shapes(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "We need 2 Place Settings and 4 route maps",
        "I bought 2 Avenue Mugs for the office",
        "ho preso 2 rue di cui non ricordo il nome",
    ],
)
def test_no_french_street_without_a_street(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # an address without a house number, in lines above the postcode
        (
            "Mr P Orme\nThe Old Vicarage\nChapel Street\nBlakeney\nHolt NR25 7NB\nmany thanks",
            "The Old Vicarage\nChapel Street\nBlakeney\nHolt NR25 7NB",
        ),
        # the same between commas
        (
            "Ivy Cottage, Back Lane, Great Ayton, Middlesbrough TS9 6HP",
            "Ivy Cottage, Back Lane, Great Ayton, Middlesbrough TS9 6HP",
        ),
        # an Irish one before the Eircode
        (
            "Glebe House, Kilbrittain, Co. Cork P72 XK31",
            "Glebe House, Kilbrittain, Co. Cork P72 XK31",
        ),
    ],
)
def test_address_items_above_the_postcode(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Thanks, Leeds LS6 2AB", "LS6 2AB"),
        ("Kind Regards\nTom\nYork YO1 7HH", "YO1 7HH"),
    ],
)
def test_no_street_item_keeps_the_postcode_alone(text: str, address: str) -> None:
    assert _addresses(text) == [address]
