"""Addresses of round 24: the parts of a building without their street ("al civico 3", "scala
D, int. 11", a flat alone after the customer gave an address); a CAP after its cue or
in brackets after the street; an Eircode after its town; an Indian layout and PIN; Venetian
sestieri with a slash letter and a campo before them; a Dutch ordinal and a first name before a
compound street; a building and its number before a flat or a unit; a house number opening the
message after a street.

Every value here is invented for these tests (none comes from a labelled corpus or the probes).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from tests.privacy.test_address_round12 import _leaks, chat_message

ADDRESSES = [
    # 1. the parts of a building, "civico N" always, two parts in a row with a staircase or flat
    ("il pacco lasciatelo a mia zia, al civico 31", "civico 31"),
    ("ah, il civico è 7/b", "civico è 7/b"),
    ("Civico: 58", "Civico: 58"),
    ("numero civico 14 bis, grazie", "numero civico 14 bis"),
    ("dimenticavo, numero 6, scala D, 40137", "numero 6, scala D, 40137"),
    ("mio fratello sta al secondo piano, interno 9", "secondo piano, interno 9"),
    ("scala A int. 14 (citofono rotto)", "scala A int. 14"),
    ("lasciatelo alla vicina, 1° piano int 3", "1° piano int 3"),
    # ... after a street: the floor, the Venetian "pian", a bracketed CAP
    (
        "sto in via Tasso 18 scala F 4° piano (10141) al buio",
        "via Tasso 18 scala F 4° piano (10141)",
    ),
    ("abito in Cannaregio 2215, 3° pian", "Cannaregio 2215, 3° pian"),
    # 2. a CAP after its cue, an Eircode after its town, an Indian layout and PIN
    ("scusate, il CAP è 37121", "37121"),
    ("c.a.p. 80134 per la consegna", "80134"),
    ("8 Glen Road, Galway H91 K2X7, Ireland", "Galway H91 K2X7"),
    ("flat 2, Limerick V94 R6F3", "Limerick V94 R6F3"),
    ("No. 12, 5th Cross, Koramangala 4th Block, Bengaluru 560034", "Koramangala 4th Block"),
    ("Vikram Shah, HSR Layout Sector 3, Bengaluru 560102", "HSR Layout Sector 3"),
    ("my mum is at Andheri Phase 2, Mumbai 400053 now", "Andheri Phase 2, Mumbai 400053"),
    # 3. Venice: the letter after the slash, a campo or a calle before the sestiere
    ("la casa è Dorsoduro 2870/C, suonate", "Dorsoduro 2870/C"),
    ("ospite in San Polo 1488/B", "San Polo 1488/B"),
    ("calle dei Botteri, San Polo 1561", "calle dei Botteri, San Polo 1561"),
    # 4. a Dutch ordinal and first name before the street, a Dutch flat suffix
    ("Derde Willem Kuipstraat 14-II, Amsterdam", "Derde Willem Kuipstraat 14-II"),
    ("Tweede Laurierstraat 9-huis", "Tweede Laurierstraat 9-huis"),
    # ... a building with its number before a flat or a unit
    ("bill to: Palm Heights 4, Apt 1702, Abu Dhabi", "Palm Heights 4, Apt 1702"),
    ("we live in Creek Views Tower C, Unit 905", "Creek Views Tower C, Unit 905"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_address_is_fully_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _leaks(engine, text, value) is None


LOOK_ALIKES = [
    # model scales, counts, prices, order numbers, instruments, wines, tourist tips
    "il modellino in scala 1:43 costa 49 euro",
    "la scala 1.5 è troppo piccola, numero 3 pezzi",
    "ordine numero 27, scala B del magazzino",
    "suono il piano da 4 anni",
    "il senso civico 100 per cento",
    "il Museo Civico 3 giorni a settimana",
    "un Castello 2019 di Ama, 6 bottiglie",
    "il cap è 40 euro al mese?",
    "price cap 20000 for the whole project",
    "Lesson 3, Unit 4 of the course",
    "Phase 3 of the project starts in May",
    "San Marco 2 volte al giorno è pienissima",
    "piano terra e primo piano del negozio",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_address(text: str) -> None:
    found = [text[d.start : d.end] for d in find_addresses(text)]
    assert not found, found


# a part of the building alone, in a conversation where the customer gave an address
SPLIT = [
    ("spedite a via Carducci 40, Pavia", "se non ci sono, lasciatelo alla vicina, interno 5", "5"),
    ("abito in via Manin 3", "dimenticavo: interno 12", "12"),
    ("consegna in via Dante 77", "citofonate al 4° piano, int. 16", "16"),
    # the house number that opens a longer message after a street
    ("mandatelo in via Garibaldi", "numero 15 a Lecce, intestato a me", "15"),
    ("sono in corso Italia", "civico 203, il citofono è rotto", "203"),
]


@pytest.mark.parametrize(("first", "second", "value"), SPLIT)
def test_building_part_after_an_address(
    engine: AnonymisationEngine, first: str, second: str, value: str
) -> None:
    result = engine.anonymise_conversation(
        [chat_message(0, "customer", first), chat_message(1, "customer", second)]
    )[1]
    assert value not in result.text, result.text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # no address given: a floor, a flat or a number stays
        ("avete il divano in pelle?", "lo porto al terzo piano, interno o fuori?"),
        ("quanto costa la consegna?", "abito al piano terra"),
        ("mandatelo in via Garibaldi", "numero 3 pezzi per favore"),
        # a floor or a staircase alone describes the building; a phone's extension
        ("spedite a via Carducci 40, Pavia", "se non ci sono, la vicina del piano terra"),
        ("consegna in via Dante 77", "citofonate alla scala E"),
        ("abito in via Manin 3", "all'interno 2 cuscini rotti"),
        ("abito in via Manin 3", "l'ufficio risponde al 02 4417 8810 int. 23"),
    ],
)
def test_building_parts_without_address_stay(
    engine: AnonymisationEngine, first: str, second: str
) -> None:
    result = engine.anonymise_conversation(
        [chat_message(0, "customer", first), chat_message(1, "customer", second)]
    )[1]
    assert not any(d.entity_type == "ADDRESS" for d in result.detections), result.text


def test_the_agent_business_address_gives_no_context(engine: AnonymisationEngine) -> None:
    result = engine.anonymise_conversation(
        [
            chat_message(0, "agent", "ci trova in via Po 12, al primo piano"),
            chat_message(1, "customer", "ok, salgo al primo piano"),
        ]
    )[1]
    assert "primo piano" in result.text, result.text
