"""The Italian proper-noun fallback: unknown capitalised words inside a sentence are names,
unless a dictionary, the gazetteer, a business trade, a firm cue or a model number explains them.
All values invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.detect import brand_variants
from privacy.recognizers.location import load_gazetteer
from privacy.recognizers.names import NameLexicon, load_lexicon
from privacy.recognizers.propernoun import (
    business_sign_off,
    find_cued_names,
    find_lowercase_names,
    find_proper_nouns,
    find_sign_offs,
)


@pytest.fixture(scope="module")
def lexicon() -> NameLexicon:
    return load_lexicon()


@pytest.fixture(scope="module")
def places(lexicon: NameLexicon) -> frozenset[str]:
    return load_gazetteer(lexicon)


def _found(text: str, lexicon: NameLexicon, places: frozenset[str]) -> list[str]:
    trades = frozenset({"ottica", "libreria"})
    return [text[d.start : d.end] for d in find_proper_nouns(text, lexicon, places, trades)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("siamo io, mio cugino Tindaro e la sua ragazza", "Tindaro"),
        ("Un abbraccio a Gesualda!", "Gesualda"),
        ("se mi perdo chiamate mio figlio Ermenegildo al numero", "Ermenegildo"),
        ("grazie Filomeno sei un mito", "Filomeno"),
    ],
)
def test_unknown_names_inside_a_sentence_are_found(
    text: str, name: str, lexicon: NameLexicon, places: frozenset[str]
) -> None:
    assert _found(text, lexicon, places) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Tindaro passa domani",  # opens the sentence: left to the cue-based rules
        "Pagato ✅ Spedito anche il resto",  # after an emoji a sentence starts
        "Gentile Ottica, vorrei un appuntamento",  # the business's own trade
        "con un trattamento Zentrolux N°3 viene meglio",  # a model number follows
        "ho la Velocita Sirrox X da sistemare",  # a one-letter model follows
        "il tecnico della ditta Termoclima Sole passa lunedì",  # a firm after its cue
        "vengo da Milano con il treno",  # a place the gazetteer knows
        "ok grazie, It's fine",  # an English contraction
        "abbiamo il modello in ROSSO",  # capitals: an acronym or shouting
        "abito in Irlanda da due anni",  # a country: where, not who
        "A: Ufficio Acquisti",  # an office after its cue
    ],
)
def test_explained_words_are_not_names(
    text: str, lexicon: NameLexicon, places: frozenset[str]
) -> None:
    assert _found(text, lexicon, places) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("scrivete anche a mia moglie Aurora che passa lei", ["Aurora"]),
        ("i miei nipoti: Serena, Tobia e Ilario vengono sabato", ["Serena", "Tobia", "Ilario"]),
        # a later item that is an everyday word and no known name ends the list (precision)
        ("i miei nipoti: Serena, Tobia e Fiore vengono sabato", ["Serena", "Tobia"]),
        ("mio cugino tommaso de santis l'ha comprata", ["tommaso de santis"]),
        ("mia zia si chiama gioia e ti scrive lei", ["gioia"]),
        ("ci sarà il dottor benedetto e forse la signora lo cascio", ["benedetto", "lo cascio"]),
        ("my daughter Hope and I will come", ["Hope"]),
    ],
)
def test_names_after_person_nouns_and_titles(
    text: str, names: list[str], lexicon: NameLexicon
) -> None:
    assert [text[d.start : d.end] for d in find_cued_names(text, lexicon)] == names


@pytest.mark.parametrize(
    "text",
    [
        "mio figlio è a casa",
        "mio marito passerà domani",  # lowercase after a person noun: only a known name
        "mio cugino gigetto arriva",
        "la mia collega, che abita sopra",
        "il mio vicino di casa passa domani",
        "serve l'ok di mamma o papà",
        "guida anche mio marito Tiberio, la patente è a nome suo",
        "my mum Ottavia Rame, she's not on here",
    ],
)
def test_person_nouns_without_a_name_find_nothing_more(text: str, lexicon: NameLexicon) -> None:
    found = [text[d.start : d.end] for d in find_cued_names(text, lexicon)]
    assert all(name[:1].isupper() for name in found), found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ah e gianluca ha perso il mio numero", ["gianluca"]),
        ("siamo io, veronica e forse ludovico", ["veronica", "ludovico"]),
        ("il mio amico fabrizio arriva", ["fabrizio"]),  # "amico" itself is never taken
        ("ecco il mio iban e la ricevuta", []),
        ("la rosa è sbocciata", []),  # a word-name: left to the cue rules
    ],
)
def test_lowercase_first_names(text: str, found: list[str], lexicon: NameLexicon) -> None:
    assert [text[d.start : d.end] for d in find_lowercase_names(text, lexicon)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vi scrivo. Ermenegilda", ["Ermenegilda"]),  # the last word after a sentence
        ("La bici è pronta. Tobiolo – Cicli Rossato", ["Tobiolo"]),  # before the Page name
        ("Spedizione 12 euro. Indirizzo?", []),  # a question, not a signature
        ("Ci vediamo domani. Grazie", []),  # a dictionary word
    ],
)
def test_sign_offs(text: str, found: list[str], lexicon: NameLexicon) -> None:
    pattern = business_sign_off(["Cicli Rossato"])
    assert [text[d.start : d.end] for d in find_sign_offs(text, lexicon, pattern)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Spedito! Tracking RR 5512 8830 4IT, arriva in 3 giorni",
        "your parcel: LX 1200 4471 9DE",
        "UPS tracking 1Z 7W2 A93 04 5521 0932, sorry for the wait",
    ],
)
def test_parcel_numbers_are_never_redacted(engine: AnonymisationEngine, text: str) -> None:
    assert engine.detector.detect([text])[0].detections == ()


def test_a_business_is_also_named_without_its_b_and_b_suffix() -> None:
    assert "Ciasa Prealpi" in brand_variants(["Ciasa Prealpi B&B"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ciao Hye-jin! Sì, abbiamo posto", ["Hye-jin"]),
        ("grazie Fede sei un mito", ["Fede"]),
        ("grazie Mille!", []),
        ("Hi, I'm sorry about the wait", []),
        ("Buongiorno Avvocato, la mandiamo oggi", []),
        ("Gentile Libreria, vorrei due copie", []),  # the business's trade
    ],
)
def test_names_after_greetings(text: str, found: list[str], lexicon: NameLexicon) -> None:
    names = find_cued_names(text, lexicon, frozenset({"libreria"}))
    assert [text[d.start : d.end] for d in names] == found


def test_an_initial_after_a_dash_signs_the_message(lexicon: NameLexicon) -> None:
    text = "Ci vediamo giovedì alle 18. — M."
    assert [text[d.start : d.end] for d in find_sign_offs(text, lexicon, None)] == ["M."]
