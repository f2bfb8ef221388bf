"""Name lists of round 10 (privacy/data/surnames.txt, first_names.txt, nicknames.txt,
word_names.txt): the closed classes of Italian surnames region by region, with their glued
particles, the surnames and first names of the communities living in Italy, the traditional and
regional Italian first names and the Celtic ones. And the near misses: a surname or a first name
that is also an everyday word or a well-known place stays out of the lists and survives as a word.

Every sentence here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.names import _data_lines, fold, load_lexicon
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w’'])" + re.escape(value) + r"(?![\w])", text))


# One or more frequent surnames of every region and community the list was compiled for.
SURNAMES = [
    # Lombardy, Piedmont, Liguria
    "Fumagalli", "Crippa", "Brivio", "Cazzaniga", "Tagliabue", "Dalmasso", "Gribaudo", "Canepa",
    # Veneto, Friuli, Trentino and South Tyrol
    "Zanon", "Favaro", "Tonon", "Boscolo", "Visentin", "Pellizzari", "Cescutti", "Dalpiaz",
    "Kompatscher",
    # Emilia-Romagna, Tuscany, Marche, Umbria, Lazio
    "Spaggiari", "Casadei", "Pampaloni", "Cingolani", "Cruciani", "Quattrociocchi",
    # Abruzzo, Molise, Campania, Puglia, Basilicata, Calabria
    "Zappacosta", "Iervolino", "Scamardella", "Cozzolino", "Capasso", "Iovine", "Scognamiglio",
    "Lorusso", "Bochicchio", "Mancuso", "Cuzzocrea",
    # Sicily, Sardinia
    "Licata", "Cusumano", "Musumeci", "Sanna", "Pinna", "Piras", "Porcu", "Fois", "Murgia",
    # glued particles
    "D'Angelo", "Dell'Acqua", "D'Onofrio", "Dall'Olio",
    # Irish, Scottish, Romanian, Albanian, Arabic, Chinese, Ukrainian, Nigerian, South Asian
    "McLoughlin", "Urquhart", "Ionescu", "Krasniqi", "Bennani", "Zhou", "Shevchenko", "Okonkwo",
    "Chowdhury", "Quispe",
]  # fmt: skip

FIRST_NAMES = [
    "Attilio", "Ambrogio", "Arrigo", "Ercole", "Manlio", "Tiberio", "Efisio", "Gavino", "Bachisio",
    "Onofrio", "Tarcisio", "Nazzareno", "Bortolo", "Calogero", "Castrese", "Tindara", "Gennara",
    "Dilys", "Rhodri", "Siobhan", "Niamh", "Padraig", "Gwenllian", "Eilidh",
    "Giacomina", "Tommasina", "Isacco", "Ezechiele",
    "Mircea", "Besnik", "Oleksandr", "Wojciech", "Chiamaka", "Mamadou", "Gurpreet", "Xiaoming",
]  # fmt: skip

# Surnames (and places) that are everyday words: never a surname alone.
WORD_LIKE = ["Sala", "Colombo", "Galli", "Rosa", "Porta", "Fiore", "Arena", "Messina", "Ferrara"]
WORD_LIKE += ["Hong", "Kong", "Lei", "Cui", "Situ", "Corona", "Libero", "Natale"]


@pytest.mark.parametrize("name", SURNAMES)
def test_surnames_of_every_region_and_community_are_known(name: str) -> None:
    assert load_lexicon().is_surname(name)


@pytest.mark.parametrize("name", FIRST_NAMES)
def test_traditional_regional_and_community_first_names_are_known(name: str) -> None:
    assert load_lexicon().is_first(name)


@pytest.mark.parametrize("word", WORD_LIKE)
def test_word_like_surnames_stay_out_of_the_surname_list(word: str) -> None:
    listed = {name for line in _data_lines("surnames.txt") for name in line.split()}
    assert fold(word) not in listed


def test_regional_diminutives_are_first_names() -> None:
    lexicon = load_lexicon()
    assert lexicon.nicknames["calogero"] == ("lillo",)
    assert "tita" in lexicon.nicknames["giambattista"]
    assert lexicon.is_first("Lillo") and lexicon.is_first("Kasia") and lexicon.is_first("Wojtek")


def test_first_names_that_are_words_are_word_names() -> None:
    lexicon = load_lexicon()
    for name in ("Battista", "Giordano", "Beniamino"):
        assert lexicon.is_first(name)
        assert name.lower() in lexicon.word_names


# (text, the names that must not survive)
REDACTED = [
    ("ho parlato con Tiberio ieri pomeriggio", ["Tiberio"]),
    ("la signora Cazzaniga ha chiamato due volte", ["Cazzaniga"]),
    ("domani passa il geometra, ne parlo con Tagliabue", ["Tagliabue"]),
    ("ho girato la mail a D'Onofrio del vostro ufficio", ["D'Onofrio"]),
    ("ciao sono Gavino, il pacco non è ancora arrivato", ["Gavino"]),
    ("ne ho parlato con la signora Porcu stamattina", ["Porcu"]),
    ("il tecnico Cusumano è passato ieri", ["Cusumano"]),
    ("ho scritto a Okonkwo per la consegna", ["Okonkwo"]),
    ("mia cognata Oksana ha ritirato il pacco", ["Oksana"]),
    ("the parcel was signed for by Niamh yesterday", ["Niamh"]),
    ("Rhodri said he would call back after lunch", ["Rhodri"]),
    ("ho sentito Onofrio e dice che va bene", ["Onofrio"]),
]


@pytest.mark.parametrize(("text", "values"), REDACTED)
def test_new_names_are_redacted_in_context(
    engine: AnonymisationEngine, text: str, values: list[str]
) -> None:
    out = _out(engine, text)
    assert not [value for value in values if _survives(value, out)], out


# (text, the word that must survive)
KEPT = [
    ("ho prenotato la sala riunioni per domani", "sala"),
    ("il colore rosa è finito?", "rosa"),
    ("la porta del negozio era chiusa", "porta"),
    ("vorrei la Sala Azzurra per la festa di sabato", "Sala"),
    ("mi piace molto la pasta Barilla", "Barilla"),
    ("la cassa integrazione è finita a marzo", "cassa"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_word_surnames_used_as_words_survive(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    assert _survives(value, _out(engine, text))
