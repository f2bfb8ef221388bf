"""Addresses of round 22: streets of Romania, Albania, the Maghreb and France typed with their
own type word (any case); farms and country houses named without a number; a kilometre of a
state or provincial road ("km 9 della SS 7"); a building or a complex with its unit and no
street; a house number glued to the name, its comma or a suffix ("14bis"); the number said
after a comma ("il numero 8") or a road's number ("n. 31"); "via" typed wrong; the second half
of an address sent as its own message; "cassetta postale".

Every value here is invented for these tests (none comes from a labelled corpus or the probes).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from tests.privacy.test_address_round12 import _leaks, chat_message

ADDRESSES = [
    # 1. foreign street types with a number (Romanian, Albanian, Moroccan, French, Catalan)
    ("stiamo in bulevardul Independenței 27, Iași", "bulevardul Independenței 27"),
    ("Calea Dorobanților 88, et. 2", "Calea Dorobanților 88, et. 2"),
    ("Aleea Trandafirilor 6, Cluj", "Aleea Trandafirilor 6"),
    ("Șoseaua Pantelimon 301, sector 2", "Șoseaua Pantelimon 301, sector 2"),
    ("Splaiul Unirii 15, bl. 3", "Splaiul Unirii 15"),
    ("Rruga Abdyl Frashëri 22, Tiranë", "Rruga Abdyl Frashëri 22"),
    ("rr. Sami Frashëri 9, Durrës", "rr. Sami Frashëri 9"),
    ("Bulevardi Zogu i Parë 31", "Bulevardi Zogu i Parë 31"),
    ("derb Lalla Aicha 14, Fès", "derb Lalla Aicha 14"),
    ("zanqat Ibn Khaldoun 3, Tanger", "zanqat Ibn Khaldoun 3"),
    ("Quartier Anfa, rue 12 n° 9, Casablanca", "Quartier Anfa, rue 12 n° 9"),
    ("a Lione abito in rue des Tanneurs 17", "rue des Tanneurs 17"),
    ("chemin des Vignes 8, 69005 Lyon", "chemin des Vignes 8, 69005"),
    ("impasse Lamartine 2, Nantes", "impasse Lamartine 2"),
    ("quai de la Fosse 41", "quai de la Fosse 41"),
    ("route de Chêne 55, 1208 Genève", "route de Chêne 55, 1208"),
    ("Carrer de Girona 12, baixos", "Carrer de Girona 12, baixos"),
    # 2. farms and country houses, kilometres of a road
    ("abito al podere La Fornace, Pienza", "podere La Fornace"),
    ("spedite a cascina Colombara", "cascina Colombara"),
    ("masseria Sant'Angelo Grande", "masseria Sant'Angelo Grande"),
    ("baglio Spanò, Marsala", "baglio Spanò"),
    ("stazzo Li Mori, Arzachena", "stazzo Li Mori"),
    ("siamo al km 31 della SS 114", "km 31 della SS 114"),
    ("km 6,5 sulla SP 40", "km 6,5 sulla SP 40"),
    ("al km 17 della statale 1", "km 17 della statale 1"),
    # 3. a building with its unit and no street; "appartamento" after a street
    ("residence Le Palme, scala D, interno 5", "residence Le Palme, scala D, interno 5"),
    ("palazzo Bertoni, appartamento 11", "palazzo Bertoni, appartamento 11"),
    ("condominio Il Glicine, scala B", "condominio Il Glicine, scala B"),
    ("villa Ginestra, piano 2", "villa Ginestra, piano 2"),
    ("via Fiume 3, appartamento 7", "via Fiume 3, appartamento 7"),
    # 4. glued numbers and suffixes
    ("via Cernaia9", "via Cernaia9"),
    ("viale Gorizia,31", "viale Gorizia,31"),
    ("piazza Verdi,6/C", "piazza Verdi,6/C"),
    ("via Lambro 11bis", "via Lambro 11bis"),
    ("corso Dante 40ter", "corso Dante 40ter"),
    # 5. the number said after a comma or a road's number
    ("via Quattro Venti, il numero 19", "via Quattro Venti, il numero 19"),
    ("corso Tassoni, al numero 5", "corso Tassoni, al numero 5"),
    ("strada provinciale 9 n. 31", "strada provinciale 9 n. 31"),
    # 6. "via" typed wrong, with a capitalised name and a number
    ("vai Solari 14", "vai Solari 14"),
    ("abito in va Cadorna 6", "va Cadorna 6"),
    ("vìa Mazzini 30", "vìa Mazzini 30"),
    ("viae Tiziano 8", "viae Tiziano 8"),
    # PO box
    ("cassetta postale n. 88", "cassetta postale n. 88"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_address_is_fully_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _leaks(engine, text, value) is None


# 7. the second half of an address sent as its own message
SPLIT = [
    ("spedite in via Cibrario", "numero 27", "numero 27"),
    ("il mio indirizzo è corso Rosselli", "ah scusate, civico 8, 10141", "civico 8, 10141"),
    ("via Nizza 40", "int 6", "int 6"),
    ("viale Abruzzi", "n 12", "n 12"),
]


@pytest.mark.parametrize(("first", "second", "value"), SPLIT)
def test_split_address_second_message(
    engine: AnonymisationEngine, first: str, second: str, value: str
) -> None:
    result = engine.anonymise_conversation(
        [chat_message(0, "customer", first), chat_message(1, "customer", second)]
    )[1]
    for part in value.replace(",", " ").split():
        if any(map(str.isdigit, part)):
            assert part not in result.text, result.text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("ciao, avete la taglia M?", "numero 38"),
        ("vorrei due paia", "numero 42"),
        ("il traffico in via Larga stamattina", "ordine n 12345 per favore"),
    ],
)
def test_numbers_after_other_messages_stay(
    engine: AnonymisationEngine, first: str, second: str
) -> None:
    result = engine.anonymise_conversation(
        [chat_message(0, "customer", first), chat_message(1, "customer", second)]
    )[1]
    assert not any(d.entity_type == "ADDRESS" for d in result.detections), result.text


LOOK_ALIKES = [
    "la rue è piena di gente stasera",
    "vai Marco 3 volte a chiamare",
    "va bene 2 giorni",
    "il vino della Tenuta Rossa è ottimo",
    "il corso base 2 costa 90 euro",
    "un corso avanzato 3 volte a settimana",
    "nel corso del 2025 cambieremo",
    "palazzo Reale, piano 2 della mostra",
    "il chemin de fer",
    "ho pagato 14 euro",
    "la calea è lunga",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_address(text: str) -> None:
    found = [text[d.start : d.end] for d in find_addresses(text)]
    assert not found, found
