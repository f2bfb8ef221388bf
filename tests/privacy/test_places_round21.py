"""Places of round 21: a country a person or a family moves to or back to ("relocating back to
the UK", "ci trasferiamo in Portogallo", "un bilocale verso la Bulgaria") and the same country
named again in the conversation; a listed neighbourhood after "from the"/"in the"; districts
written in capitals that are also acronyms or a currency ("your flat in EUR", "zona ZEN"); a
person's stay in a town whose English name is a first name ("in Florence 3-7 June", "in Milan");
a town opening a message as an answer ("Bath, but ...") or alone after a question about where; a
home "di" a town ("la villetta di Lerici"). And the look-alikes: prices in EUR, a country in a
price list or a product ("the UK version"), bath towels, a band.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _conversation(engine: AnonymisationEngine, turns: list[tuple[str, str]]) -> list[str]:
    messages = [chat_message(index, role, text) for index, (role, text) in enumerate(turns)]
    return [message.text for message in engine.anonymise_conversation(messages)]


def _left(out: str) -> str:
    return re.sub(r"<[A-Z_]+\d*>", "", out)


# every part must go: (text, parts)
REDACTED = [
    # class 1: a country one moves to or back to, a removal's goal
    ("we're relocating to Canada in the spring", ["Canada"]),
    ("we are moving back to the USA after ten years here", ["USA"]),
    ("I'm moving home to Ireland for good", ["Ireland"]),
    ("ci trasferiamo in Portogallo a settembre", ["Portogallo"]),
    ("dobbiamo trasferirci definitivamente in Belgio", ["Belgio"]),
    ("rientriamo in Bulgaria a fine mese", ["Bulgaria"]),
    ("preventivo per il trasloco verso la Polonia?", ["Polonia"]),
    ("per un bilocale verso la Bulgaria servono due furgoni", ["Bulgaria"]),
    ("quanto costa una casa per la Slovenia?", ["Slovenia"]),
    # class 2: a listed neighbourhood after "from the", "in the"
    ("my great-grandmother came from the Rione Sanità", ["Sanità"]),
    ("my uncle was from the Quartieri Spagnoli", ["Quartieri", "Spagnoli"]),
    # class 3: districts in capitals that are acronyms or a currency
    ("the teacher can come to your flat in EUR on Monday", ["EUR"]),
    ("abito all'Eur da vent'anni", ["Eur"]),
    ("mia zia sta allo ZEN, zona alta", ["ZEN"]),
    ("they live in QT8, near the park", ["QT8"]),
    ("casa nostra è in zona CEP", ["CEP"]),
    # class 4: a person's stay in a town named like a first name
    ("my wife and I are in Florence 12-15 May for our anniversary", ["Florence"]),
    ("we'll be in Milan from the 2nd to the 6th", ["Milan"]),
    ("saremo a Varenna dal 3 al 9 luglio", ["Varenna"]),
    # class 5: a town opening a message as an answer, then a reservation
    ("Bath, but we spend the winters in Tenerife", ["Bath"]),
    ("Rapallo, ma d'estate stiamo a Sori", ["Rapallo"]),
    # class 6: a home "di" a town
    ("mia madre vuole vendere l'appartamento di Bellagio", ["Bellagio"]),
    ("il bilocale di Rapallo lo affittiamo solo d'estate", ["Rapallo"]),
    ("la villetta di Lerici è ancora nostra", ["Lerici"]),
    ("il rustico di Montalcino va sistemato", ["Montalcino"]),
]


@pytest.mark.parametrize(("text", "parts"), REDACTED)
def test_place_is_redacted(engine: AnonymisationEngine, text: str, parts: list[str]) -> None:
    out = _left(_out(engine, text))
    for part in parts:
        assert part not in out, out


KEPT = [
    ("prices in EUR, the total is 30 EUR", "EUR"),
    ("EUR 45 per person, drinks included", "EUR"),
    ("the fee is 120 EUR, paid in EUR only", "EUR"),
    ("do you have the UK version of the app?", "UK"),
    ("we ship to the UK in 3 days", "UK"),
    ("prezzi per la Romania: da 2.900 €", "Romania"),
    ("spedizioni verso la Romania in 5 giorni", "Romania"),
    ("traslochi verso la Spagna a partire da 1.800 €", "Spagna"),
    ("do you sell Bath towels?", "Bath"),
    ("Sure, but not before Friday", "Sure"),
    ("Grazie, ma preferisco ritirare domani", "Grazie"),
    ("Florence + the Machine concert tickets", "Florence"),
    ("Attico Bellagio vista lago, 4 locali", "Attico"),
    ("vorrei il Parmigiano Reggiano 24 mesi", "Reggiano"),
    ("la merce è arrivata dalla Cina", "Cina"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_look_alike_is_kept(engine: AnonymisationEngine, text: str, kept: str) -> None:
    assert kept in _out(engine, text)


def test_moved_country_is_carried_through_the_conversation(engine: AnonymisationEngine) -> None:
    outs = _conversation(
        engine,
        [
            ("customer", "Hello, we're relocating back to the Netherlands in June."),
            ("agent", "Happy to help! Where in the Netherlands, and from which flat here?"),
        ],
    )
    assert "Netherlands" not in outs[0]
    assert "Netherlands" not in outs[1]


def test_country_not_carried_without_a_move(engine: AnonymisationEngine) -> None:
    outs = _conversation(
        engine,
        [
            ("customer", "Is it true the Netherlands has the best cheese?"),
            ("agent", "Yes, we ship to the Netherlands in 4 days."),
        ],
    )
    # round 28: "Do you ship to the Netherlands?" names where the customer is (the corpora
    # label a customer's asked destination a place of the person: test_round28); a country
    # talked about is not carried into the business's reply
    assert "Netherlands" in outs[0]
    assert "Netherlands" in outs[1]


@pytest.mark.parametrize(
    ("question", "answer", "town"),
    [
        ("Lovely! Where are you based?", "Bath.", "Bath"),
        ("Di dove siete?", "Rapallo!", "Rapallo"),
        ("Which town do you live in?", "in Bath, near the station", "Bath"),
    ],
)
def test_town_alone_answers_where(
    engine: AnonymisationEngine, question: str, answer: str, town: str
) -> None:
    outs = _conversation(engine, [("agent", question), ("customer", answer)])
    assert town not in outs[1]


def test_word_alone_after_where_is_kept(engine: AnonymisationEngine) -> None:
    outs = _conversation(engine, [("agent", "Where do we send it?"), ("customer", "Grazie!")])
    assert "Grazie" in outs[1]
    outs = _conversation(engine, [("agent", "What size do you need?"), ("customer", "Bath.")])
    assert "Bath" in outs[1]
