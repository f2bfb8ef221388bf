"""Round 6 of the structured recognizers: the lines above a street in an address block, a flat
numbered with a slash, contact lines under an address, French streets; birth, work and second
places; a maker's service centre and product lines kept. Every value is invented."""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from privacy.recognizers.location import find_places, load_gazetteer
from privacy.recognizers.names import load_lexicon
from tests.privacy.test_names_general import chat_message


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


def _places(text: str) -> list[str]:
    gazetteer = load_gazetteer(load_lexicon())
    return sorted({text[d.start : d.end] for d in find_places(text, gazetteer)})


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where someone was born or grew up
        ("sono nata a Tamale nel 1994, vivo qui da dieci anni", "Tamale"),
        ("I was born in Gweru and raised near the coast", "Gweru"),
        ("he grew up in Castlebar before moving", "Castlebar"),
        # where someone worked or studied
        ("ho lavorato a Salonicco per tre anni come cuoca", "Salonicco"),
        ("I taught in Daegu for a while", "Daegu"),
        # the second of two places joined by and/e
        ("sei anni di esperienza tra Cipro e Valencia", "Valencia"),
        ("born in Athlone and raised in Mullingar", "Mullingar"),
        # a town with its country in brackets
        ("nato a Enugu (Nigeria) il 4/5/1990", "Enugu"),
        ("my mother lives in Tarnow (Poland)", "Tarnow"),
    ],
)
def test_birth_work_and_second_places(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "I worked at Google for years",
        "esperienza in Marketing e Vendite",
        "experience in Sales and Marketing",
        "lavoro in Comune da due anni",
        "born in March, like my brother",
        "We met Kevin (Ireland) at the airport",
    ],
)
def test_no_place_from_work_words_months_or_names(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a maker's service centre
        ("lo mandiamo al centro assistenza Bosch entro venerdì", "Bosch"),
        # a product line named after a girl, beside a diminutive garment word
        ("vorrei la magliettina Camilla in taglia 2 anni", "Camilla"),
        # a well-known device
        ("the cleaners found a Kindle under the bed", "Kindle"),
    ],
)
def test_products_kept(engine: AnonymisationEngine, text: str, kept: str) -> None:
    assert _survives(kept, _anonymise(engine, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("ho parlato con Bianchi ieri, mi ha detto che era pronto", "Bianchi"),
        ("il geometra Bianchi manderà la pratica", "Bianchi"),
        ("l'assistente Rossetti ti richiama domani", "Rossetti"),
        ("mia figlia Camilla vuole la magliettina rosa", "Camilla"),
    ],
)
def test_persons_stay_redacted(engine: AnonymisationEngine, text: str, person: str) -> None:
    assert not _survives(person, _anonymise(engine, text))


def _anonymise(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))
