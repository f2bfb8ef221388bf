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


def test_keep_gates_leave_the_firm_rules_as_they_were() -> None:
    # invented firms: each rule behind a substring gate, and the legal-form rule, which has its
    # own gate, with no "&", "and" or " e " in the text
    from privacy.recognizers.keep import keep_spans
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    for text, firm in (
        ("Fatture a Vetreria Scarabelli Srl, grazie", "Vetreria Scarabelli"),
        ("Pagamento alla Ditta Fornaciari entro venerdì", "Ditta Fornaciari"),
        ("cena alla trattoria da Gigetto stasera", "trattoria da Gigetto"),
        ("prezzo: il Pacchetto Base a 90 €", "Pacchetto Base"),
    ):
        spans = [text[d.start : d.end] for d in keep_spans(text, lexicon)]
        assert any(firm in span for span in spans), (text, spans)
    # look-alikes the gates must not open: no cue, no currency
    assert keep_spans("il pacchetto base a 90 giorni", lexicon) == []
