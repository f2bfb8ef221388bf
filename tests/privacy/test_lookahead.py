"""The first-letter look-ahead keeps a regex's matches. Synthetic data only."""

from __future__ import annotations

import re

import pytest

from privacy.recognizers.lookahead import first_letters


def test_first_letters_of_top_level_alternatives() -> None:
    assert first_letters("via|viale|p\\.zza") == "(?=[pv])"
    assert first_letters("car[oa]|gentil(?:e|issim[oa])", "hi") == "(?=[cgh])"
    assert first_letters("May|JUNE") == "(?=[JM])"


def test_first_letters_inside_an_opening_group() -> None:
    # an alternative that opens with a group that must match: the group's first letters
    assert first_letters("(?:si|mi) chiama|named") == "(?=[mns])"
    assert first_letters("(?:lane|(?:road|rd\\.)\\s(?:north|south))\\s|way") == "(?=[lrw])"
    assert first_letters("(?:ab|cd)+x|ef") == "(?=[ace])"


@pytest.mark.parametrize(
    "alternation",
    [
        "(?:si|mi)? chiama|named",
        "(?:si|mi)*x|y",
        "(?:si|mi){0,2}x|y",
        "(?:si|\\d)x|y",
        "(?:si|)x",
        "(?i:si)x",
        "\\bvia|corso",
        "[vV]ia",
        "s?ig",
        "a|",
        "x{2}|y",
    ],
)
def test_no_look_ahead_when_an_alternative_does_not_open_with_a_letter(alternation: str) -> None:
    assert first_letters(alternation) == ""


@pytest.mark.parametrize("malformed", ["via|(corso", "via)|corso", "[via|corso"])
def test_no_look_ahead_on_a_malformed_alternation(malformed: str) -> None:
    assert first_letters(malformed) == ""


def test_same_matches_with_and_without_the_look_ahead() -> None:
    words = (
        "gatt[oaie]|can[ei]|(?:dog|puppy)s?|Kitten|ſalita|piazza|p\\.zza|(?:via|str\\.)\\sprivata"
    )
    text = (
        "Il gatto, il CANE, the dog; KITTEN kitten, salita Sſalita, p.zza Piazza, cane, "
        "two puppies, str. privata, VIA Privata"
    )
    assert first_letters(words) == "(?=[Kcdgpsvſ])"
    plain = re.compile(rf"(?i)\b(?:{words})")
    fast = re.compile(rf"(?i)\b{first_letters(words)}(?:{words})")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(plain.finditer(text))) >= 11
