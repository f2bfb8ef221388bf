"""Session 19, round 30: what a conversation says about an address after giving it
(privacy.recognizers.address_talk): a corrected house number ("è il 21 non il 12"), a number
the town assigns ("ci hanno dato il civico, è il 9/B"), where a neighbour lives ("mia zia sta
al 25", "my brother lives at number 24"), a number named again ("il 21 ha il citofono?"), the
floor after the number ("numero 4 piano terra", "4. etasje"), a campsite's pitch, the floor a
person lives on, the postcode after the town's name or alone at the end, a village with a
number and no street. Kept: dates, times, order numbers, quantities, a hotel's room. Every
sentence is invented for these tests (none comes from a labelled corpus)."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

C, A = "customer", "agent"

REDACTED: list[tuple[list[tuple[str, str]], int, str]] = [
    # a correction: both numbers, and the old one named again
    (
        [(C, "l'indirizzo è via Manzoni 12, 20121 Milano"), (C, "anzi è il 21 non il 12!!")],
        1,
        "21",
    ),
    (
        [(C, "l'indirizzo è via Manzoni 12, 20121 Milano"), (C, "anzi è il 21 non il 12!!")],
        1,
        "12",
    ),
    ([(C, "mandate a via Gorizia 47 non 74 a Udine")], 0, "74"),
    ([(C, "send it to 18 Ash Grove"), (C, "sorry it's 81 not 18")], 1, "81"),
    # the number named again by the agent
    (
        [(C, "consegna in via Manzoni 21 a Lecco"), (A, "ok, il 21 ha il citofono?")],
        1,
        "21",
    ),
    # the house number before the postcode, named again
    (
        [(C, "era via Verdi 27 20900 Monza"), (A, "il corriere dice che il 27 non ha campanello")],
        1,
        "27",
    ),
    # a number the town assigns, after the cue "civico"
    (
        [
            (C, "casa in campagna a Pozzuolo, via dei Campi, il civico nn c'è"),
            (C, "il comune ci ha dato il civico, è il 9/B"),
        ],
        1,
        "9/B",
    ),
    ([(C, "manca il civico: è 14, grazie")], 0, "14"),
    # "il numero è" with the number's shape, after an address
    (
        [(C, "arrivo in corso Francia a Rivoli, piano terra"), (C, "il numero è 40/B scusate")],
        1,
        "40/B",
    ),
    # where a person lives by number, in a conversation with an address
    (
        [(C, "via Solferino 3 a Brescia"), (C, "se non ci sono mia zia sta al 25")],
        1,
        "25",
    ),
    (
        [(C, "deliver to 5 Mill Lane, Leeds"), (C, "or my brother, he lives at number 24")],
        1,
        "24",
    ),
    # the floor right after the number, the floor a person lives on
    ([(C, "via Tasso 8"), (C, "numero 4 piano terra!! scusate")], 1, "piano terra"),
    ([(C, "adresse: Kirkegata 12, 3. etasje, 0153 Oslo")], 0, "3. etasje"),
    ([(C, "send to 22 Rose Lane, Bath, i live upstairs second floor")], 0, "second floor"),
    # a campsite's pitch beside a personal place
    ([(C, "we stay at a campsite near Bardolino, pitch 58, from monday")], 0, "pitch 58"),
    # the postcode after "CAP di <town>", and alone at the end after an address
    ([(C, "ah il CAP di Sarezzo è 25068")], 0, "25068"),
    (
        [(A, "Can you send the exact address?"), (C, "Fonzaso di Sotto 14 - no street. 32030")],
        1,
        "32030",
    ),
    (
        [(A, "Can you send the exact address?"), (C, "Fonzaso di Sotto 14 - no street. 32030")],
        1,
        "Sotto 14",
    ),
]

KEPT: list[tuple[list[tuple[str, str]], int, str]] = [
    # dates and times beside a house number of the conversation
    ([(C, "via Roma 31, Asti"), (C, "arriva il 31 marzo?")], 1, "31"),
    ([(C, "via Roma 9, Asti"), (A, "passiamo il 9 alle 10")], 1, "9"),
    ([(C, "14 Elm Road please"), (A, "Could she start on the 14th at 9am?")], 1, "9am"),
    # order numbers and quantities
    ([(C, "via Roma 31, Asti"), (C, "ordine 31 arrivato, 31 pezzi")], 1, "31"),
    ([(C, "ho 3 figli, il 3 non mangia la pizza")], 0, "3"),
    # nothing said about an address: a number alone stays
    ([(C, "il numero è 15 o 16? non ricordo la taglia")], 0, "15"),
    ([(C, "mia zia sta al 100% meglio")], 0, "100"),
    # a hotel's room, even with an address
    ([(C, "send the charger to 3 Park Road, I forgot it in room 12")], 0, "12"),
]


@pytest.mark.parametrize(("texts", "index", "value"), REDACTED)
def test_address_talk_is_removed(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, value: str
) -> None:
    out = _conversation(engine, texts)
    assert value not in out[index], out[index]


@pytest.mark.parametrize(("texts", "index", "value"), KEPT)
def test_numbers_not_about_an_address_stay(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, value: str
) -> None:
    out = _conversation(engine, texts)
    assert _count(value, out[index]) == _count(value, texts[index][1]), out[index]
