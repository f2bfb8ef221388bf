"""Addresses of round 16: a CAP written apart from its street (before the town later on the
line, after the town); house numbers with a suffix ("221-B", "412-III", Polish "47 m. 12");
regional Italian street words (contrà, cortile, chiasso, costa, carrugio, crosa, creuza,
trazzera...); a dialect's "de" and an article inside a street's name ("strada de X 18", "via
Lodovico il Moro 48"); the named building of a flat after the street ("condominio Le Ginestre");
Finnish street suffixes; "via" as a preposition before a courier or an acronym ("via SEUR"); a
small lodging's address after its name ("B&B Villa X, corso Y 21") is redacted. An address counts
only when every letter and digit of it is redacted.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from tests.privacy.test_address_round12 import _leaks
from tests.privacy.test_names_general import chat_message

# class 1: a CAP apart from its street, later on the line or after the town
CAP_APART = [
    (
        "trasloco da via Zamboni 12, 2° piano con scale strette 40126 Bologna",
        "40126 Bologna",
    ),
    (
        "via Manin 4, Gorgo al Monticano, 31040. pago alla consegna",
        "via Manin 4, Gorgo al Monticano, 31040",
    ),
    ("spedite a corso Dante 9, Asti, 14100", "corso Dante 9, Asti, 14100"),
]

# class 2: a house number with a suffix
HOUSE_SUFFIXES = [
    ("new flat: Lindengracht 88-II, 1015 KK Amsterdam", "Lindengracht 88-II, 1015 KK Amsterdam"),
    ("ship to Havenweg 14-C, 3011 TA Rotterdam", "Havenweg 14-C, 3011 TA Rotterdam"),
    ("adres: ul. Krótka 9 m. 4", "ul. Krótka 9 m. 4"),
    ("mieszkam al. Lipowa 21 lok. 7", "al. Lipowa 21 lok. 7"),
    ("via Ferri 17-B, Cremona", "via Ferri 17-B, Cremona"),
    ("Aleksanterinkatu 31, 00100 Helsinki", "Aleksanterinkatu 31, 00100 Helsinki"),
    ("bor i Olav Tryggvasons gate 14, 7011 Trondheim", "Olav Tryggvasons gate 14, 7011 Trondheim"),
    ("Dronningens gade 9B", "Dronningens gade 9B"),
]

# class 3: regional street words, a dialect's "de", an article inside the name
REGIONAL = [
    ("sto in contrà San Marco 14, Vicenza", "contrà San Marco 14, Vicenza"),
    ("contrà mure porta nova 7 grazie", "contrà mure porta nova 7"),
    ("abito in cortile Sant'Anna 3 piano 2", "cortile Sant'Anna 3 piano 2"),
    ("chiasso dei Macci 5, Firenze", "chiasso dei Macci 5, Firenze"),
    ("salita in costa San Giorgio 22", "costa San Giorgio 22"),
    ("carrugio del Forte 8, Sanremo", "carrugio del Forte 8, Sanremo"),
    ("creuza de Sant'Ilario 6", "creuza de Sant'Ilario 6"),
    ("regia trazzera Montalbano 41", "trazzera Montalbano 41"),
    ("stemo in strada de Pezzei 12, Canazei", "strada de Pezzei 12, Canazei"),
    (
        "via Gian Galeazzo il Visconte 31, 20136 Milano",
        "via Gian Galeazzo il Visconte 31, 20136 Milano",
    ),
]

# class 4: the named building of the flat after the street
BUILDINGS = [
    (
        "via Pineta 3, condominio Le Ginestre, scala B, interno 4",
        "via Pineta 3, condominio Le Ginestre, scala B, interno 4",
    ),
    ("viale Marconi 80, palazzina Aurora, piano 3", "viale Marconi 80, palazzina Aurora, piano 3"),
    ("via Lido 2, residence Il Gabbiano, Caorle", "via Lido 2, residence Il Gabbiano, Caorle"),
]

ALL = CAP_APART + HOUSE_SUFFIXES + REGIONAL + BUILDINGS


@pytest.mark.parametrize(("text", "value"), ALL)
def test_address_is_fully_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _leaks(engine, text, value) is None


def test_small_lodging_address_is_redacted(engine: AnonymisationEngine) -> None:
    text = "B&B Villa Ortensia, corso Matteotti 87, la titolare è Rosanna Ghidini"
    assert _leaks(engine, text, "corso Matteotti 87") is None


# look-alikes: "via" as a preposition, counts, years, codes, prose with the new street words
LOOK_ALIKES = [
    "spedito via SEUR ieri, arriva via GLS",
    "lo mandiamo via FedEx o via TNT",
    "sent via DPD. Tracking to follow",
    "ordine 45120 Roma confermato",
    "Corte d'Appello 2024",
    "la Costa Azzurra 2 settimane fa",
    "costa 20 euro in più",
    "il cortile della scuola 3 volte",
    "campo estivo 2025 iscrizioni aperte",
    "in condominio Le Rose abitano in 3",
    "Sono 25000 Euro",
    "Departures gate 5 is closed",
    "boarding at Arrivals gate 12",
    "ho comprato 2 pezzi",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_address(text: str) -> None:
    assert list(find_addresses(text)) == []


def test_roman_numeral_after_via_stays_a_street() -> None:
    text = "via XX Settembre 12, Genova"
    assert [text[d.start : d.end] for d in find_addresses(text)] == [text]


def test_article_without_number_does_not_grow_the_street() -> None:
    text = "in via Garibaldi il Comune ha chiuso"
    assert [text[d.start : d.end] for d in find_addresses(text)] == ["via Garibaldi"]


def test_cap_after_town_is_no_phone() -> None:
    text = "via Roma 10, Milano, 34712345 chiamami"
    assert [text[d.start : d.end] for d in find_addresses(text)] == ["via Roma 10, Milano"]


# class 5: a country where another person lives or (a relative) has come from
COUNTRY_HOMES = [
    ("mio fratello vive in Canada da anni", "Canada"),
    ("la nonna abita in Argentina", "Argentina"),
    ("my cousin lives in Norway", "Norway"),
    ("mia suocera è arrivata dall'Ucraina ieri", "Ucraina"),
    ("si è trasferita in Belgio a marzo", "Belgio"),
]


@pytest.mark.parametrize(("text", "country"), COUNTRY_HOMES)
def test_country_where_someone_lives_is_redacted(
    engine: AnonymisationEngine, text: str, country: str
) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert country not in result.text


# a country that says where goods come from, one's own country, a holiday: kept
COUNTRIES_KEPT = [
    ("la merce è arrivata dalla Cina", "Cina"),
    ("il pacco arrivato dalla Germania era rotto", "Germania"),
    # round 27: "abito in Irlanda" is one's own home now, redacted (test_round27.py)
    ("spediamo anche in Irlanda", "Irlanda"),
    ("we ship to Canada and Mexico", "Canada"),
    # ("siamo stati in vacanza in Grecia": a customer's own trip, redacted from round 33 on)
]


@pytest.mark.parametrize(("text", "country"), COUNTRIES_KEPT)
def test_other_countries_are_kept(engine: AnonymisationEngine, text: str, country: str) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert country in result.text
