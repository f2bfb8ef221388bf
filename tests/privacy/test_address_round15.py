"""Addresses of round 15: foreign postcodes before their town (Portugal, Poland, the Netherlands,
Czechia, Slovakia, Sweden, Greece, the four- and five-digit countries, Canada, a country's
prefix), an American town, state and ZIP; American streets with no street word on a line that
shows them (a suite, a floor, a unit; "1450 Broadway"); a country after the address; Italian
industrial and craft zones with a number, a plot or a shed; Portuguese, Spanish, French and German
floors and building parts; a side street ("traversa via ..."); a town whose last word is a
surname ("New York") stays a town. An address counts only when every letter and digit of it is
redacted and neither its street name nor its house number survives (``privacy/evaluate.py``).

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from tests.privacy.test_address_round12 import _leaks
from tests.privacy.test_names_general import chat_message

# class 1: a foreign postcode and its town, after a street or alone (message, the address)
FOREIGN_POSTCODES = [
    (
        "moro em Rua das Gaivotas 31, 4º Esq, 4050-227 Porto",
        "Rua das Gaivotas 31, 4º Esq, 4050-227 Porto",
    ),
    (
        "Travessa do Carmo 7, 1º Dto, 1200-095 Lisboa",
        "Travessa do Carmo 7, 1º Dto, 1200-095 Lisboa",
    ),
    (
        "Avenida da Boavista 900, R/C Frt, 4100-112 Porto",
        "Avenida da Boavista 900, R/C Frt, 4100-112 Porto",
    ),
    ("ul. Lipowa 8/3, 31-432 Kraków", "ul. Lipowa 8/3, 31-432 Kraków"),
    ("wysyłka: Ogrodowa 15, 61-821 Poznań", "Ogrodowa 15, 61-821 Poznań"),
    ("Tulpenstraat 44, 3511 BK Utrecht", "Tulpenstraat 44, 3511 BK Utrecht"),
    ("Vinohradská 88, 120 00 Praha 2", "Vinohradská 88, 120 00 Praha 2"),
    ("Obchodná 21, 811 06 Bratislava", "Obchodná 21, 811 06 Bratislava"),
    ("Kungsgatan 19, 411 19 Göteborg", "Kungsgatan 19, 411 19 Göteborg"),
    ("Ermou 40, 105 63 Athens", "Ermou 40, 105 63 Athens"),
    ("Rautatienkatu 6, 33100 Tampere", "Rautatienkatu 6, 33100 Tampere"),
    ("Andrássy út 12, 1061 Budapest", "Andrássy út 12, 1061 Budapest"),
    ("envoyer à Rue du Lac 5, CH-1003 Lausanne", "Rue du Lac 5, CH-1003 Lausanne"),
    ("Gartenweg 3, D-80331 München", "Gartenweg 3, D-80331 München"),
    ("42 Maple Cres, Halifax, NS B3H 1Z2", "42 Maple Cres, Halifax, NS B3H 1Z2"),
    ("indirizzo: 2750-142 Cascais", "2750-142 Cascais"),
    ("mia zia sta a 90-113 Łódź", "90-113 Łódź"),
]

# class 2: an American street with no street word on its address line, and the line after it
US_UNTYPED = [
    (
        "mail it to 2210 Lexington, Suite 305, Lexington, KY 40503",
        "2210 Lexington, Suite 305, Lexington, KY 40503",
    ),
    (
        "our studio: 88 Broadway, Floor 7, New York, NY 10006",
        "88 Broadway, Floor 7, New York, NY 10006",
    ),
    (
        "billing: 350 Congress, Ste 210, Austin, TX 78701-2215",
        "350 Congress, Ste 210, Austin, TX 78701-2215",
    ),
    (
        "send to 17 Harbor Point, Unit 4B, Annapolis, MD 21401",
        "17 Harbor Point, Unit 4B, Annapolis, MD 21401",
    ),
    ("ship to 640 Fifth, #1201, New York, NY 10019", "640 Fifth, #1201, New York, NY 10019"),
    ("deliver to 1200 Vine, Apt 3, Cincinnati, OH 45202", "1200 Vine, Apt 3, Cincinnati, OH 45202"),
    (
        "address: 1 Market, Dept 44, San Francisco, CA 94105",
        "1 Market, Dept 44, San Francisco, CA 94105",
    ),
    (
        "office at 901 Lakeshore, 12th Floor, Chicago, IL 60611",
        "901 Lakeshore, 12th Floor, Chicago, IL 60611",
    ),
    ("we are at 245 Bowery, New York NY 10002", "245 Bowery, New York NY 10002"),
    (
        "the store is 300 Alamo Plaza, San Antonio, TX 78205",
        "300 Alamo Plaza, San Antonio, TX 78205",
    ),
    ("pick up at 77 Pine Ridge Loop, Santa Fe, NM 87505", "77 Pine Ridge Loop, Santa Fe, NM 87505"),
]

# class 3: a country after the address
COUNTRY_AFTER = [
    ("Lindenallee 9, 50968 Köln, Germany. Thanks", "Lindenallee 9, 50968 Köln, Germany"),
    ("via Garibaldi 12, 10122 Torino, Italia.", "via Garibaldi 12, 10122 Torino, Italia"),
    (
        "14 Elm Road, Bristol BS6 5AB, United Kingdom",
        "14 Elm Road, Bristol BS6 5AB, United Kingdom",
    ),
    ("22 Oak Street, Dayton, OH 45402, USA", "22 Oak Street, Dayton, OH 45402, USA"),
    (
        "spedite a 9 Hill Street, Edinburgh EH2 3JP, Regno Unito",
        "9 Hill Street, Edinburgh EH2 3JP, Regno Unito",
    ),
    (
        "Herengracht 101, 1015 BE Amsterdam, Nederland",
        "Herengracht 101, 1015 BE Amsterdam, Nederland",
    ),
    ("ul. Polna 3, 00-625 Warszawa, Polska", "ul. Polna 3, 00-625 Warszawa, Polska"),
]

# class 4: an industrial, craft or business zone with a number, a plot or a shed
ZONES = [
    ("sede operativa zona industriale 22/B, Pordenone", "zona industriale 22/B, Pordenone"),
    (
        "magazzino in zona artigianale Nord, lotto 9, 36100 Vicenza",
        "zona artigianale Nord, lotto 9, 36100 Vicenza",
    ),
    ("consegna Z.I. Pian del Sole, capannone 4", "Z.I. Pian del Sole, capannone 4"),
    ("ritiro: area PIP, lotto 21, Eboli", "area PIP, lotto 21, Eboli"),
    ("siamo all'Interporto di Padova, modulo C3", "Interporto di Padova, modulo C3"),
    ("Polo Logistico Est, capannone 2B", "Polo Logistico Est, capannone 2B"),
    ("zona commerciale Le Fornaci 14, Arezzo", "zona commerciale Le Fornaci 14, Arezzo"),
    ("nucleo industriale 5, 66020 San Salvo", "nucleo industriale 5, 66020 San Salvo"),
    ("insediamento produttivo, lotto 7/A", "insediamento produttivo, lotto 7/A"),
]

# class 5: floors and building parts of Portugal, Spain, France, Germany and Austria
UNIT_FORMS = [
    (
        "Calle de la Luna 17, 2ª planta, 28004 Madrid",
        "Calle de la Luna 17, 2ª planta, 28004 Madrid",
    ),
    ("Avenida do Mar 52, 3º Dto, Braga", "Avenida do Mar 52, 3º Dto, Braga"),
    (
        "Carrer de Sant Pau 9, Escalera A, Puerta 2, Barcelona",
        "Carrer de Sant Pau 9, Escalera A, Puerta 2, Barcelona",
    ),
    ("Calle Real 4, Bloque 3, Portal 2, Sevilla", "Calle Real 4, Bloque 3, Portal 2, Sevilla"),
    ("Rue des Tanneurs 8, Bât. C, Appt 14, Lyon", "Rue des Tanneurs 8, Bât. C, Appt 14, Lyon"),
    (
        "Mariahilfer Straße 55, Stiege 2, Tür 9, 1060 Wien",
        "Mariahilfer Straße 55, Stiege 2, Tür 9, 1060 Wien",
    ),
    ("Goethestraße 21, 3. OG, 60313 Frankfurt", "Goethestraße 21, 3. OG, 60313 Frankfurt"),
]

# class 6: a side street of a named street
SIDE_STREETS = [
    ("abitiamo in traversa via Orsini 12", "traversa via Orsini 12"),
    ("casa mia è III traversa via Nazionale 6", "III traversa via Nazionale 6"),
    ("la parallela di via Carducci 8", "parallela di via Carducci 8"),
]

ALL = FOREIGN_POSTCODES + US_UNTYPED + COUNTRY_AFTER + ZONES + UNIT_FORMS + SIDE_STREETS


@pytest.mark.parametrize(("text", "value"), ALL)
def test_address_is_fully_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _leaks(engine, text, value) is None


# class 7: a town whose last word is also a surname stays a town (no "New <PERSON>")
TOWNS = [
    ("we moved to New York in May", "New"),
    ("my brother lives in San Diego", "San"),
    ("she grew up in Saint Paul", "Saint"),
    ("he works in Fort Worth now", "Fort"),
]


@pytest.mark.parametrize(("text", "prefix"), TOWNS)
def test_town_with_a_surname_is_one_place(
    engine: AnonymisationEngine, text: str, prefix: str
) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert f"{prefix} <" not in result.text
    assert "<LOCATION_1>" in result.text


# look-alikes: counts, codes, shows, years, zones named without a number: no address
LOOK_ALIKES = [
    "Ticket ID 12345 is still open",
    "I have 2 Broadway tickets for Friday",
    "we need 2 Double Rooms, Room 101 and 102",
    "la zona industriale è chiusa per ferie",
    "nella zona industriale 2 aziende hanno chiuso",
    "al centro commerciale 3 negozi fanno saldi",
    "la zona industriale 2024 è cresciuta",
    "Model K1A 0B1 is out of stock",
    "il 10-12 Marzo siamo chiusi",
    "prezzo 1200 EUR trattabile",
    "nel 2019 Milano era piena",
    "Porsche 2024 GT Sport",
    "order 4 Large, 2 Medium",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_address(text: str) -> None:
    assert list(find_addresses(text)) == []


# a country alone or after a town is not widened into an address
COUNTRIES_KEPT = [
    ("we ship to Germany and Austria", "Germany"),
    ("spediamo in tutta Italia", "Italia"),
]


@pytest.mark.parametrize(("text", "word"), COUNTRIES_KEPT)
def test_countries_alone_survive(engine: AnonymisationEngine, text: str, word: str) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert word in result.text


# class 8: a town that counts only after a cue, at the end of a list of places after a cue
LISTED_TOWNS = [
    ("arriviamo da Torino, Lisboa e Helsinki", ("Torino", "Lisboa", "Helsinki")),
    ("we fly in from Madrid, Lisboa and Helsinki", ("Madrid", "Lisboa", "Helsinki")),
    ("family from Utrecht and Helsinki", ("Utrecht", "Helsinki")),
]


@pytest.mark.parametrize(("text", "towns"), LISTED_TOWNS)
def test_cue_only_town_in_a_list_after_a_cue(
    engine: AnonymisationEngine, text: str, towns: tuple[str, ...]
) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert not [town for town in towns if town in result.text]


def test_street_line_before_a_postcode_starts_at_the_street() -> None:
    # a code and a sentence before the street are no part of it (an address overlapping a VAT
    # number would lose to it whole)
    text = "Sure: BE0123456789. Shop address Kaasmarkt 7, 9000 Gent. Thanks"
    spans = [text[d.start : d.end] for d in find_addresses(text)]
    assert spans
    assert all(span.startswith(("Kaasmarkt", "9000")) for span in spans)


# everyday words after an address are no floor or building part ("stock", "top", "rm cell")
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("via Verdi 8, stock esaurito", "via Verdi 8"),
        ("Rua Nova 3, top cell", "Rua Nova 3"),
        ("Calle Sol 4, box pronto", "Calle Sol 4"),
    ],
)
def test_everyday_word_after_address_is_no_unit(text: str, address: str) -> None:
    assert [text[d.start : d.end] for d in find_addresses(text)] == [address]


def test_model_year_and_trim_are_no_dutch_postcode() -> None:
    assert list(find_addresses("I have 2 kids\n2019 GT Turbo")) == []
