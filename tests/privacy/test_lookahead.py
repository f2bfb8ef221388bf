"""The first-letter look-ahead keeps a regex's matches. Synthetic data only."""

from __future__ import annotations

import re

import pytest

from privacy.recognizers.lookahead import first_letters


def test_first_letters_of_top_level_alternatives() -> None:
    assert first_letters("via|viale|p\\.zza") == "(?=[pv])"
    assert first_letters("car[oa]|gentil(?:e|issim[oa])", "hi") == "(?=[cgh])"
    assert first_letters("May|JUNE") == "(?=[JM])"


@pytest.mark.parametrize(
    "alternation", ["(?:si|mi) chiama|named", "\\bvia|corso", "[vV]ia", "s?ig", "a|", "x{2}|y"]
)
def test_no_look_ahead_when_an_alternative_does_not_open_with_a_letter(alternation: str) -> None:
    assert first_letters(alternation) == ""


@pytest.mark.parametrize("malformed", ["via|(corso", "via)|corso", "[via|corso"])
def test_no_look_ahead_on_a_malformed_alternation(malformed: str) -> None:
    assert first_letters(malformed) == ""


def test_same_matches_with_and_without_the_look_ahead() -> None:
    words = "gatt[oaie]|can[ei]|dog|Kitten|ſalita|piazza|p\\.zza"
    text = "Il gatto, il CANE, the dog; KITTEN kitten, salita Sſalita, p.zza Piazza, cane"
    plain = re.compile(rf"(?i)\b(?:{words})")
    fast = re.compile(rf"(?i)\b{first_letters(words)}(?:{words})")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(plain.finditer(text))) >= 8
