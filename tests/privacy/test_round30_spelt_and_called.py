"""Session 19, round 30: a surname spelt out after its label, with letters of any alphabet
("il cognome è J-O-V-A-N-O-V-I-Ć", "my surname is O-B-I-E-Z-E"), and a nickname before "me/mi
chiamano tutti" ("Pippè me chiamano tutti"). Kept: everyday words before the cue ("Grazie mi
chiamano tutti i giorni"), codes without a label. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

REDACTED = [
    ("lo sposo è Dragan, il cognome è J-O-V-A-N-O-V-I-Ć perché è serbo", "J-O-V-A-N-O-V-I-Ć"),
    ("my surname is O-B-I-E-Z-E, thanks", "O-B-I-E-Z-E"),
    ("si scrive Š-T-E-F-A-N-I-Č con la pipetta", "Š-T-E-F-A-N-I-Č"),
    ("io so sempre in giro. Pippè me chiamano tutti", "Pippè"),
    ("scrivete pure, Tatò mi chiamano tutti qui", "Tatò"),
]

KEPT = [
    ("Grazie mi chiamano tutti i giorni per le offerte", "Grazie"),
    ("Sabato mi chiamano tutti per la partita", "Sabato"),
    ("il codice sconto è A-B-C-D? non va", "A-B-C-D"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_spelt_and_called_names_are_removed(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    (out,) = _conversation(engine, [("customer", text)])
    assert value not in out, out


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_words_and_codes_stay(engine: AnonymisationEngine, text: str, value: str) -> None:
    (out,) = _conversation(engine, [("customer", text)])
    assert _count(value, out) == _count(value, text), out
