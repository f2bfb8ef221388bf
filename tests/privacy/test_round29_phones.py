"""Session 18, round 29: a phone number broken over two lines ("347 218\\n5590"); order
numbers, prices and two numbers on their own lines stay as they were. Every number here is
invented for these tests."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("chiamami al 347 218\n5590 dopo le 18", ("218", "5590")),
        ("il numero nuovo è +39 351\n447 2290", ("351", "447 2290")),
        ("my mobile is 07700 900\n418, text me", ("07700", "418")),
        ("numero:\n333 41\n22 987", ("333 41", "22 987")),
    ],
)
def test_a_phone_broken_over_two_lines(
    engine: AnonymisationEngine, text: str, pieces: tuple[str, ...]
) -> None:
    out = _conversation(engine, [("customer", text)])[0]
    assert "<PHONE_1>" in out and not any(piece in out for piece in pieces), out


def test_numbers_on_their_own_lines_are_not_joined(engine: AnonymisationEngine) -> None:
    text = "ordine 4471\n5590 pezzi\nprezzo 12\n15 euro\n347 2185590\n06 5544332"
    out = _conversation(engine, [("customer", text)])[0]
    assert out.startswith("ordine 4471\n5590 pezzi\nprezzo 12\n15 euro\n")
    assert out.count("<PHONE_") == 2
