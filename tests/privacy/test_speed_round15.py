"""Round 15, speed: one-off tables built with the engine, cheap gates that change no detection."""

from __future__ import annotations

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers import location, names, verbs


def test_word_tables_are_built_with_the_engine(engine: AnonymisationEngine) -> None:
    # built when the engine was constructed, not on the first text that needs them
    assert verbs.third_person_forms.cache_info().currsize == 1
    assert names.accented_forms.cache_info().currsize == 1
    lexicon = engine._detector.lexicon
    assert id(lexicon) in names._STEMS
    assert id(engine._detector.gazetteer) in location._FIRST_WORDS
