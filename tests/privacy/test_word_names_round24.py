"""Session 14, round 24: first names that are everyday words where the position says person
(privacy.recognizers.word_names, anonymise._person_slot, verbs.CLAUSE_ADVERBS) and the names a
codice fiscale is made of. Every sentence here is invented for these tests (none comes from a
labelled corpus); the codici fiscali are made up and carry a valid check letter."""

from __future__ import annotations

import re

import pytest
from stdnum.it import codicefiscale

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.names import load_lexicon
from privacy.recognizers.word_names import _first_code, _surname_code, find_word_names
from tests.privacy.test_names_general import chat_message


def _conversation(
    engine: AnonymisationEngine, texts: list[str], customer: str = "Tobias Wren"
) -> list[str]:
    messages = [chat_message(i, "customer", t, customer) for i, t in enumerate(texts)]
    return [result.text for result in engine.anonymise_conversation(messages)]


def _survives(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


def _code(stem: str) -> str:
    return stem + codicefiscale.calc_check_digit(stem)


POSITIONS = [
    ("Va bene, domani passa Stella a ritirare le chiavi", "Stella"),
    ("Alle nove arriva Rosa con il furgone.", "Rosa"),
    ("Per sabato verrebbe Serena, se per voi va bene.", "Serena"),
    ("Martedì va Carlo, giovedì Gioia, sabato vengo io.", "Gioia"),
    ("Ho preso il regalo per Grazia e il biglietto di auguri", "Grazia"),
    ("la torta di Bianca la ritiro io venerdì", "Bianca"),
    ("Vi confermo la camera per due notti. Stella – reception", "Stella"),
]
KEPT = [
    ("Il vestito va Rosa antico o blu?", "Rosa"),
    ("Un mazzo di Rose rosse per l'anniversario", "Rose"),
    ("Con la cornice va Bianca Perla o la nera?", "Bianca"),
    ("Domani passa il corriere con la Stella Artois", "Stella"),
    ("ho comprato le tende di Villa Rosa", "Rosa"),
    ("meglio il Verde invece di Bianca per la cameretta", "Bianca"),
]


@pytest.mark.parametrize(("text", "name"), POSITIONS)
def test_a_word_name_where_only_a_person_stands_is_redacted(
    engine: AnonymisationEngine, text: str, name: str
) -> None:
    assert not _survives(name, _conversation(engine, [text])[0])


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_the_word_as_a_colour_a_flower_or_a_title_stays(
    engine: AnonymisationEngine, text: str, word: str
) -> None:
    assert _survives(word, _conversation(engine, [text])[0])


def test_a_name_of_the_conversation_is_refound_in_a_person_slot(
    engine: AnonymisationEngine,
) -> None:
    out = _conversation(
        engine,
        [
            "passa a ritirare mia nipote Viola, io sono al lavoro",
            "se viola arriva tardi potete aspettarla? grazie mille viola!",
            "mio zio Felice è il titolare. Felice invece abita a Bologna",
            "la sciarpa viola costa quanto? quella viola va bene",
        ],
    )
    assert not _survives("viola", out[1])
    assert not _survives("Felice", out[2])
    assert _survives("viola", out[3])


def test_the_customer_signing_with_a_name_that_is_a_word(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        ["grazie di tutto, ci sentiamo lunedì. bianca", "Bianca o nera? bianca", "See you. Rose x"],
        customer="Bianca Rose Colli",
    )
    assert not _survives("bianca", out[0])
    assert _survives("bianca", out[1])
    assert not _survives("Rose", out[2])


def test_the_names_a_fiscal_code_is_made_of(engine: AnonymisationEngine) -> None:
    # Lamborghini Stella: LMB (surname) SLL (first name: 1st, 3rd, 4th consonant); "Dalla
    # Costa Gioia": DLL + GIO
    first = _code("LMBSLL90A41H501")
    second = _code("DLLGIO85M60F205")
    out = _conversation(
        engine, [f"intestatari: Stella Lamborghini {first} e Gioia Dalla Costa {second}"]
    )[0]
    for word in ("Stella", "Lamborghini", "Gioia", "Costa"):
        assert not _survives(word, out)
    kept = _conversation(engine, [f"la mia Lamborghini è targata, codice {first}"])[0]
    assert _survives("Lamborghini", kept)


def test_the_codes_of_names() -> None:
    assert _surname_code("Ferrari") == "FRR"
    assert _surname_code("Fo") == "FOX"
    assert _first_code("Serena") == "SRN"
    assert _first_code("Gianfranco") == "GFR"
    assert _first_code("Ida") == "DIA"


def test_the_rule_alone() -> None:
    lexicon = load_lexicon()
    text = "lunedì passa Bianca; la maglia va Rosa antico"
    found = [text[d.start : d.end] for d in find_word_names(text, lexicon)]
    assert found == ["Bianca"]


def test_the_customers_own_names_beside_their_fiscal_code(engine: AnonymisationEngine) -> None:
    code = _code("LMBSLL90A41H501")
    out = _conversation(engine, [f"Stella Lamborghini {code}, arrivo lunedì"], "Stella Lamborghini")
    assert not _survives("Lamborghini", out[0])
    assert not _survives("Stella", out[0])
