"""Addresses of round 21: the whole DUG (ISTAT's list of Italian street types), the everyday
ones only with a capitalised name and a house number; sections, branches and ordinals inside a
street's name ("II tronco", "trav. I", "seconda traversa", "diramazione", "lotto", "is.");
a numbered tail after a street the pattern ended early; a place's or a name's span with a
house number and a town or a CAP after it, whatever word comes before it (one address span,
not a street word and a number left in clear); a town and its CAP without a street; public
housing estates with their lot.

Every value here is invented for these tests (none comes from a labelled corpus or the probes).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from tests.privacy.test_address_round12 import _leaks

# 1. street types of the DUG that the rules did not know, with a capitalised name and a number
DUG = [
    "callesella",
    "calleselle",
    "crocicchio",
    "crocevia",
    "fondaco",
    "sdrucciolo",
    "sottopassaggio",
    "strettoia",
    "strettola",
    "stretta",
    "stretto",
    "rughetta",
    "trivio",
    "quadrivio",
    "vallone",
    "murazzi",
    "mura",
    "ponte",
    "volta",
    "lottizzazione",
    "angiporto",
    "archivolto",
    "borghetto",
    "camminamento",
    "cantone",
    "carrarone",
    "cavone",
    "chiassetto",
    "chiassuolo",
    "circumvallazione",
    "corticella",
    "costarella",
    "diramazione",
    "emiciclo",
    "lungargine",
    "pendice",
    "piazzola",
    "prolungamento",
    "raccordo",
    "rotatoria",
    "scaletta",
    "sobborgo",
    "spiazzo",
    "calatella",
]


@pytest.mark.parametrize("word", DUG)
def test_every_dug_street_word_opens_an_address(word: str) -> None:
    text = f"abito in {word} Santa Fosca 14, Gorizia"
    found = [text[d.start : d.end] for d in find_addresses(text)]
    assert found == [f"{word} Santa Fosca 14, Gorizia"]


ADDRESSES = [
    # 1. everyday street words with a name and a number
    ("mandatelo in stretta San Gervasio 6, Tolmezzo", "stretta San Gervasio 6, Tolmezzo"),
    ("sto in costa dei Magnoli 9, Firenze", "costa dei Magnoli 9, Firenze"),
    ("ci trovi in ponte delle Guglie 3, Venezia", "ponte delle Guglie 3, Venezia"),
    ("casa nostra: volta del Mercato 11, Bologna", "volta del Mercato 11, Bologna"),
    ("spedite a sdrucciolo de' Serragli 4, Firenze", "sdrucciolo de' Serragli 4, Firenze"),
    ("abito in calle dei Fabbri Vecchi 21, 30124 Venezia", "calle dei Fabbri Vecchi 21"),
    # 2. sections, branches and ordinals inside the name
    ("via Campi Alti II tronco 57, 89133", "via Campi Alti II tronco 57, 89133"),
    ("spedite a via Nuova trav. II 5, Ercolano", "via Nuova trav. II 5, Ercolano"),
    ("abito in via Appia seconda traversa 8", "via Appia seconda traversa 8"),
    ("via Stazione diramazione II 14, Nola", "via Stazione diramazione II 14, Nola"),
    ("contrada Fiumara III traversa 9, Ragusa", "contrada Fiumara III traversa 9, Ragusa"),
    ("via Marina superiore 22, Ischia", "via Marina superiore 22, Ischia"),
    ("sono al Rione Gescal lotto 4 scala B", "Rione Gescal lotto 4 scala B"),
    ("parco Aurora is. 5, Casoria", "parco Aurora is. 5, Casoria"),
    ("via Ospedale prolungamento 12, Nocera", "via Ospedale prolungamento 12"),
    # 3. a numbered tail after a street ended early
    ("consegna in via Fornaci interno cortile 5, Torino", "via Fornaci interno cortile 5"),
    ("viale Tirreno lato mare 40, Ostia", "viale Tirreno lato mare 40"),
    # 4. a place or a name inside the street, whatever the street word
    ("abito in vja San Benedetto 6, Cividale", "vja San Benedetto 6, Cividale"),
    ("casa: tr. San Liborio 4, Bari", "tr. San Liborio 4, Bari"),
    ("Abito in San Lorenzo 12, Spilimbergo", "San Lorenzo 12, Spilimbergo"),
    ("consegnate in Garibaldi 4, 33100 Udine", "Garibaldi 4, 33100 Udine"),
    ("in via Giulio Cesare 18, Roma", "via Giulio Cesare 18, Roma"),
    ("calle Carlo Goldoni 12, Chioggia", "calle Carlo Goldoni 12, Chioggia"),
    # 5. a town and its CAP, a house number before them; public housing
    ("abito al 22 a Pescara, 65124", "22 a Pescara, 65124"),
    ("la sede è a Lecce, 73100", "Lecce, 73100"),
    ("Case Popolari Lotto 7, Chieti", "Case Popolari Lotto 7"),
    ("case IACP is. 3, Foggia", "case IACP is. 3"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_address_is_fully_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _leaks(engine, text, value) is None


LOOK_ALIKES = [
    "il ponte del 25 aprile siamo chiusi",
    "Il Ponte del 2 Giugno apriamo",
    "una stretta di mano",
    "è la prima volta che vengo",
    "la costa 3 volte",
    "campo 3 del torneo",
    "le mura 2 ore a piedi",
    "il raccordo anulare 3 uscite",
    "Stretto di Messina 2 ore",
    "la Via Lattea è bellissima",
    "mandami tutto via email",
    "Corso di inglese per bambini",
    "via Roma dopo 3 giorni",
    "ci vediamo in piazza Duomo tra 5 minuti",
    "in Piazza Garibaldi sabato 14 c'è il mercato",
    "abito nelle case popolari",
    "Milano, 20000 persone",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_keep_their_words_and_numbers(text: str) -> None:
    found = [text[d.start : d.end] for d in find_addresses(text)]
    assert not any(any(map(str.isdigit, f)) for f in found), found
    assert not any(f.split()[0].lower() in ("ponte", "stretta", "volta", "costa") for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Juventus 2, Inter 1",
        "Milano 3, Roma 2",
        "ho visto Marco 3 volte",
        "la costa è bellissima",
        "il ponte del 25 aprile siamo chiusi",
    ],
)
def test_scores_and_counts_after_names_stay(engine: AnonymisationEngine, text: str) -> None:
    from tests.privacy.test_address_round12 import chat_message

    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert not any(d.entity_type == "ADDRESS" for d in result.detections), result.text
