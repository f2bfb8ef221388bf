"""The Italian dictionary of inflected forms (morph-it via spacy-lookups-data): capitalised
everyday Italian words inside a sentence are words, not names; names stay names. All values
invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.italian import italian_forms
from privacy.recognizers.location import load_gazetteer
from privacy.recognizers.names import NameLexicon, load_lexicon
from privacy.recognizers.propernoun import find_proper_nouns
from tests.privacy.test_names_general import chat_message


@pytest.fixture(scope="module")
def lexicon() -> NameLexicon:
    return load_lexicon()


def test_the_dictionary_holds_inflected_forms_and_no_proper_nouns() -> None:
    forms = italian_forms()
    assert len(forms) > 50_000
    for word in ("idraulica", "idraulici", "siciliana", "profonde", "rapidamente", "citta"):
        assert word in forms
    for proper in ("pomigliano", "giulia", "napoli", "etna"):
        assert proper not in forms
    assert all(word.islower() for word in forms)


def test_names_of_the_lists_are_never_words(lexicon: NameLexicon) -> None:
    # "rosa", "fortunato" and "gioia" are Italian words and first names: the name lists win
    for name in ("rosa", "fortunato", "gioia", "bianca", "marco"):
        assert name not in lexicon.italian
    # surnames that are nouns ("gallo", rooster) are words only where a surname cannot stand
    assert lexicon.is_word("gallo")
    assert not lexicon.is_word("gallo", english=False)


@pytest.mark.parametrize(
    "text",
    [
        "abbiamo il pacchetto Pulizia Profonda a 80 euro",
        "per la linea Idraulica Rapida serve il sopralluogo",
        "il menù Degustazione Marinara è per due persone",
        "vi consiglio la formula Assistenza Completa annuale",
    ],
)
def test_title_case_italian_words_are_not_proper_nouns(text: str, lexicon: NameLexicon) -> None:
    places = load_gazetteer(lexicon)
    assert list(find_proper_nouns(text, lexicon, places, frozenset())) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("passa a ritirarlo mio cognato Evandro domani", "Evandro"),
        ("abbiamo parlato con Ottorino ieri sera", "Ottorino"),
    ],
)
def test_unknown_names_inside_a_sentence_are_still_found(
    text: str, name: str, lexicon: NameLexicon
) -> None:
    places = load_gazetteer(lexicon)
    found = [text[d.start : d.end] for d in find_proper_nouns(text, lexicon, places, frozenset())]
    assert found == [name]


def test_a_title_case_offer_survives_anonymisation(engine: AnonymisationEngine) -> None:
    text = "Buongiorno, con il pacchetto Pulizia Profonda il prezzo è 80 €. Saluti, Evandro"
    (result,) = engine.anonymise_conversation([chat_message(0, "agent", text)])
    assert "Pulizia Profonda" in result.text
    assert "Evandro" not in result.text
