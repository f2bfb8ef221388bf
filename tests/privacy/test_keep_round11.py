"""Keep rules of session 9: venues named with their kind in lower case, an article or a linking
word ("il ristorante La Lanterna", "B&B Il Glicine sul Lago"), and the leading words by which a
business of three words or more is called ("Bottega Ceramica Scuola di Tornio" -> "Bottega
Ceramica"). For each, a person or a town beside it is still redacted.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.detect import brand_variants
from privacy.pseudonym import KeyRing
from privacy.recognizers.keep import keep_spans
from privacy.recognizers.names import load_lexicon
from tests.privacy.test_names_general import chat_message

BUSINESS = "Bottega Ceramica Scuola di Tornio e Smalti"


@pytest.fixture(scope="module")
def shop_engine() -> AnonymisationEngine:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, business_names=[BUSINESS], tenant="test"
    )
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-keep-round11-0001", tenant="test")
    )


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


VENUES = [
    ("lower-kind-article", "aveva il ristorante La Pergolina a Faenza", "ristorante La Pergolina"),
    ("bnb-article-linking", "sono del B&B La Casetta sul Fiume", "B&B La Casetta sul Fiume"),
    ("bnb-del", "Abbiamo il B&B Il Nido del Picchio a Vetto", "B&B Il Nido del Picchio"),
    ("lower-bar", "l'ho visto al bar Tropicana con una bionda", "bar Tropicana"),
    ("guest-house", "we stay at the guest house The Old Mill", "guest house The Old Mill"),
    ("elided-linking", "la trattoria Sole d'Oro ha chiuso", "trattoria Sole d'Oro"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in VENUES])
def test_venue_is_a_keep_span(text: str, value: str) -> None:
    spans = [text[d.start : d.end] for d in keep_spans(text, load_lexicon())]
    assert value in spans, spans


def test_venue_rule_stops_before_a_town_and_a_first_name() -> None:
    lexicon = load_lexicon()
    text = "visto al bar Tropicana di Cattolica"
    spans = [text[d.start : d.end] for d in keep_spans(text, lexicon)]
    assert spans == ["bar Tropicana"]
    # no article: a first name after the kind may be the person at the counter
    assert keep_spans("ho chiamato l'hotel Ginevra e basta", lexicon) == []


def test_venue_and_the_person_beside_it(engine: AnonymisationEngine) -> None:
    out = _out(engine, "sono Ottavina Brambillasca del B&B La Casetta sul Fiume a Vetto")
    assert _survives("La Casetta sul Fiume", out), out
    for value in ("Ottavina", "Brambillasca", "Vetto"):
        assert not _survives(value, out), out


def test_leading_runs_of_a_business_name() -> None:
    lexicon = load_lexicon()
    variants = brand_variants([BUSINESS], lexicon=lexicon)
    assert {"Bottega Ceramica", "Bottega Ceramica Scuola", "Bottega Ceramica Scuola di Tornio"} <= (
        set(variants)
    )
    assert "Bottega Ceramica Scuola di" not in variants  # never closed by a linking word
    # never a person: a first name and a word, a run with a title, only names
    assert "Marco Ferri" not in brand_variants(["Marco Ferri Impianti Elettrici"], lexicon=lexicon)
    assert brand_variants(["Studio Geom. Baraldi Tecnico"], lexicon=lexicon)[:2] == [
        "Studio Geom. Baraldi Tecnico",
        "SGBT",
    ]
    # no initials of the runs ("BCS" could be a word or a code)
    assert "BCS" not in variants


def test_business_is_called_by_its_leading_words(shop_engine: AnonymisationEngine) -> None:
    out = _out(shop_engine, "Ciao da Bottega Ceramica! Sono Ottavina, il corso inizia lunedì")
    assert _survives("Bottega Ceramica", out), out
    assert not _survives("Ottavina", out), out


NAMED_CODES = [
    ("surname-year", "Il mio riferimento è FUMAGALLI-1971.", "FUMAGALLI"),
    ("first-name-password", "la password era GIOVANNA-1990 ma non va", "GIOVANNA"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in NAMED_CODES])
def test_a_name_inside_a_code_is_redacted(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    out = _out(engine, text)
    assert not _survives(value, out), out
    assert re.search(r"-19[79]\d", out), out  # the digits stay


def test_a_code_after_an_order_cue_stays(engine: AnonymisationEngine) -> None:
    for text, code in (("Reference: BERT-1911", "BERT-1911"), ("ordine NULE-5531", "NULE-5531")):
        out = _out(engine, text)
        assert _survives(code, out), out
