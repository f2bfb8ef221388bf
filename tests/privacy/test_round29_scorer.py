"""Session 18, round 29 (the lead's part): the scorer also looks at a country written in
lowercase ("mia cugina sta in svezia"), never at the home country. Every sentence is invented
for these tests."""

from __future__ import annotations

from privacy.anonymise import AnonymisationEngine
from privacy.scorer import WordLists
from tests.privacy.test_round26 import _conversation


def test_lowercase_countries_are_scored_but_never_the_home_country(
    engine: AnonymisationEngine,
) -> None:
    lists: WordLists = engine.detector._word_lists
    assert lists.candidate("svezia") and lists.candidate("portugal")
    assert not lists.candidate("italia") and not lists.candidate("italy")
    assert not lists.candidate("tavolo")  # a lowercase word no list names as a name or place


def test_a_customers_relative_abroad_in_lowercase_goes(engine: AnonymisationEngine) -> None:
    out = _conversation(engine, [("customer", "mia cugina sta in svezia da due anni")])
    assert "svezia" not in out[0]
