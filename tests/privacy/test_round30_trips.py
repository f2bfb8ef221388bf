"""Session 19, round 30: the country the writer goes to ("andiamo in Portogallo", "prima di
andare in Croazia", "we're flying to Portugal"): a trip of the person, a personal place by the
labelling policy, like round 29's wished trip. Kept: the business's own country, where a
parcel or the business goes, third persons. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

REDACTED = [
    ("serve il richiamo x il gatto prima di andare in Slovenia a luglio", "Slovenia"),
    ("dal 2 al 10 andiamo in Grecia 🥳 potete tenere il cane?", "Grecia"),
    ("a maggio parto per la Polonia, mi fate il pieno prima?", "Polonia"),
    ("we're flying to Portugal on the 4th, can you keep the keys?", "Portugal"),
    ("I'm going to Croatia in June so please deliver before", "Croatia"),
    ("we're heading back to Ireland on sunday", "Ireland"),
    ("andiamo anche in Austria a natale", "Austria"),
]

KEPT = [
    ("andiamo in Italia tutti gli anni", "Italia"),
    ("spediamo in Germania e in Francia in 3 giorni", "Germania"),
    ("the parcel is going to France tomorrow", "France"),
    # ("they are flying to Spain": a trip of the customer's people, redacted from round 33 on)
    ("we ship to Austria every week", "Austria"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_the_writers_trip_is_removed(engine: AnonymisationEngine, text: str, value: str) -> None:
    (out,) = _conversation(engine, [("customer", text)])
    assert value not in out, out


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_other_trips_stay(engine: AnonymisationEngine, text: str, value: str) -> None:
    (out,) = _conversation(engine, [("customer", text)])
    assert _count(value, out) == _count(value, text), out
