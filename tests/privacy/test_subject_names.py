"""Session 14: a first name as the subject of a verb is a person, also a name that is an
everyday word (privacy.recognizers.subjects); the same word as a colour, a thing or a month
stays. Every sentence here is invented for these tests (none comes from a labelled corpus)."""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.names import load_lexicon
from privacy.recognizers.subjects import find_subject_names
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


SUBJECTS = [
    ("ok, Viola arriva verso le sei con la torta", "Viola"),
    ("perfetto. Bianca ritira lei il pacco domani", "Bianca"),
    ("Rosa non risponde al telefono, riprovo dopo", "Rosa"),
    ("Thanks! Grace sends the signed form tonight", "Grace"),
    ("Sure, Ivy picked it up at noon", "Ivy"),
    ("allora Serena mi ha detto di scrivervi", "Serena"),
]
WORDS = [
    ("Rosa va benissimo, prendo quella", "Rosa"),
    ("Bianca costa di più della nera?", "Bianca"),
    ("Viola mi piace di più del verde", "Viola"),
    ("la Rosa è sfiorita in due giorni", "Rosa"),
    ("Summer starts early here, book soon", "Summer"),
    ("May arrives and the shop opens on Sundays", "May"),
    ("Rose looks nicer than the lilac one", "Rose"),
]


@pytest.mark.parametrize(("text", "name"), SUBJECTS)
def test_a_first_name_before_its_verb_is_redacted(
    engine: AnonymisationEngine, text: str, name: str
) -> None:
    assert not _survives(name, _out(engine, text))


@pytest.mark.parametrize(("text", "word"), WORDS)
def test_the_word_as_a_colour_a_thing_or_a_month_stays(
    engine: AnonymisationEngine, text: str, word: str
) -> None:
    assert _survives(word, _out(engine, text))


def test_the_rule_alone() -> None:
    lexicon = load_lexicon()
    found = list(find_subject_names("ok, Viola arriva alle 5; la Rosa è sfiorita", lexicon))
    assert [(d.start, d.end) for d in found] == [(4, 9)]
