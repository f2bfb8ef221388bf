"""Session 14, round 25: first names that are everyday words told by the writer's case (the
capitalised twin is the person, the lowercase one the word), after "la" as a verb's subject,
after "mi manda", a name that is no plural ("di Celeste"), lowercase verbs and adjectives the
scorer guessed, and names in Cyrillic and Greek beside foods and wishes in other scripts. Every
sentence here is invented for these tests (none comes from a labelled corpus or the probes)."""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import chat_message


def _conversation(
    engine: AnonymisationEngine, texts: list[str], customer: str = "Tobias Wren"
) -> list[str]:
    messages = [chat_message(i, "customer", t, customer) for i, t in enumerate(texts)]
    return [result.text for result in engine.anonymise_conversation(messages)]


def _count(value: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(value)}(?!\w)", text))


REDACTED = [
    ("Serena oggi non è per niente serena, richiamatela voi", "Serena"),
    ("the invoice? just give the bill to Bill at the desk", "Bill"),
    ("domani passa Bianca a prendere la tovaglia bianca", "Bianca"),
    ("pronto, sono la Gemma del secondo piano, il pacco è arrivato?", "Gemma"),
    ("Salve, mi manda Fiore, dice che fate sconti agli studenti", "Fiore"),
    ("per il compleanno di Celeste vorrei la scatola grande", "Celeste"),
    ("lasciate il pacco a Дмитрий, il portiere", "Дмитрий"),
    ("il regalo è per mio nipote Νίκος, compie otto anni", "Νίκος"),
]
# the lowercase twin of a redacted name, the everyday word
KEPT_TWINS = [
    ("Serena oggi non è per niente serena, richiamatela voi", "serena"),
    ("the invoice? just give the bill to Bill at the desk", "bill"),
    ("domani passa Bianca a prendere la tovaglia bianca", "bianca"),
    ("avevo scritto Stella, non stella: il nome di mia zia", "stella"),
]
KEPT = [
    ("non è chiara la garanzia, potete spiegarmela meglio?", "chiara"),
    ("they always rob us with the shipping costs lol", "rob"),
    ("Rosa o bianca? la rosa mi piace di più", "rosa"),
    ("la torta Viola con la glassa viola, per venti persone", "Viola"),
    ("abbiamo il 라면 piccante e il tè 乌龙 freddo", "라면"),
    ("abbiamo il 라면 piccante e il tè 乌龙 freddo", "乌龙"),
    ("عيد مبارك to all our customers!", "عيد مبارك"),
]


@pytest.mark.parametrize(("text", "name"), REDACTED)
def test_a_name_the_position_or_the_case_marks_is_redacted(
    engine: AnonymisationEngine, text: str, name: str
) -> None:
    assert _count(name, _conversation(engine, [text])[0]) == 0


@pytest.mark.parametrize(("text", "word"), KEPT_TWINS + KEPT)
def test_the_word_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert _count(word, _conversation(engine, [text])[0]) == _count(word, text)


def test_two_names_in_another_script_get_two_surrogates(engine: AnonymisationEngine) -> None:
    out = _conversation(engine, ["vengono Людмила e Борис a ritirare"])[0]
    assert "Людмила" not in out and "Борис" not in out
    assert "<PERSON_1>" in out and "<PERSON_2>" in out
