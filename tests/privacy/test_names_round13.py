"""Person names, thirteenth round: first names that are words, by the class of their cue.

- The conversation carry-forward at a sentence start: a name of the conversation that is also
  a word, opening a sentence before a third person's finite verb (morph-it and the English
  lemma tables of spacy-lookups-data), "non"/a clitic + a verb, an auxiliary; never its word
  reading ("Bianca o nera?", "Costa ancora", "Will you").
- Religious and courtesy titles and trades before a first name ("suor", "don", "Pastor",
  "our cook", "la colf").
- Signatures: a first name after a closing at the end ("Buon viaggio! Neve"), a first name +
  "del"/"from" + the kind of business ("Luce del negozio", "Grace from the bakery").
- A pronoun right after a name ("with Speranza, she ..."), praise before one ("Top Fabrizio!").
- Lists of names and numbers (the first row too), a short form before the full name in
  brackets, names in capitals on a doorbell or a label, letters after a spelling cue.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.verbs import subject_follows, third_person_forms
from tests.privacy.test_names_general import chat_message, person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    # titles and trades
    ("suor", "Un caro saluto anche da suor Gioia e dalle consorelle", "Gioia"),
    ("don", "don Fortunato ha detto che la sala è libera", "Fortunato"),
    ("pastor", "Pastor Grace leads the choir on Sunday", "Grace"),
    ("rabbi", "Rabbi Noemi will attend the dinner", "Noemi"),
    ("cook-en", "our cook Serena will prepare a gluten free cake", "Serena"),
    ("chef-en", "the chef Sole will call you back", "Sole"),
    ("colf", "la nostra colf Bianca arriva alle 9", "Bianca"),
    ("barbiere", "il mio barbiere Felice chiude alle 7", "Felice"),
    # signatures
    ("closing-buon-viaggio", "Tutto confermato. Buon viaggio! Neve", "Neve"),
    ("closing-safe-travels", "Got it, see you on Monday. Safe travels! Grazia", "Grazia"),
    ("closing-enjoy", "The keys are in the box. Enjoy your stay! Luce", "Luce"),
    ("closing-buona-serata", "Ricevuto il bonifico, buona serata! Alba", "Alba"),
    ("kind-del-negozio", "Le mando il preventivo domani. Stella del negozio", "Stella"),
    ("kind-dell", "Il tavolo è confermato per le 20. Alba dell'agriturismo", "Alba"),
    ("kind-from-bakery", "The cake is ready at 5. Hope from the bakery", "Hope"),
    ("kind-at-front-desk", "Your room is ready. Joy at the front desk", "Joy"),
    # a pronoun after, praise before
    ("pronoun-she", "He can play with Speranza, she knows the rules", "Speranza"),
    ("pronoun-lei", "ho parlato con Grazia, lei è d'accordo", "Grazia"),
    ("pronoun-her", "I met Rosa, her car is the red one", "Rosa"),
    ("praise-top", "Top Fabrizio! Ci sentiamo lunedì", "Fabrizio"),
    ("praise-bravissima", "Bravissima Ottavia, tutto perfetto", "Ottavia"),
    ("praise-well-done", "Well done Tamsin! The photos are lovely", "Tamsin"),
    # lists, short forms, labels, spelling
    ("list-first-row", "Speranza 38, Ottavia 40, Marta 42", "Speranza"),
    ("list-word-row", "Grazia 44, Fede 40 e Pina 46", "Grazia"),
    ("short-form-brackets", "ci sono Lella 40 e Tina (Tiziana Morosini) 38", "Tina"),
    ("short-form-grazia", "e poi Grazia (Graziana Bellotti) 46", "Grazia"),
    ("intercom-capitals", "sul citofono c'è scritto WANG - LU, terzo piano", "LU"),
    ("doorbell-capitals", "the doorbell says KHAN / NG, ring twice", "NG"),
    ("label-word-name", "sul campanello BRAMBILLA - ROSA", "ROSA"),
    ("spelt-staccato", "Mi chiamo Ada Pesce, staccato: P-E-S-C-E", "P-E-S-C-E"),
    ("spelt-spelled", "the surname is spelled B-A-K-E-R, like the trade", "B-A-K-E-R"),
    ("spelt-second", "si scrive L-U-N-A e poi M-A-R-E", "M-A-R-E"),
]

# (case, text, the word that must not be found as PERSON)
KEPT = [
    ("colour-list-sizes", "Rosa 38, Bianca 40, Nera 42", "Rosa"),
    ("fra-between", "fra Natale e Capodanno siamo chiusi", "Natale"),
    ("cook-verb", "the cook will prepare it tomorrow", "cook"),
    ("closing-interjection", "Perfetto, a presto! Ciao", "Ciao"),
    ("praise-word", "Grande Estate! saldi fino al 50%", "Estate"),
    ("label-floor", "citofono: SCALA B - INT 4", "INT"),
    ("no-spelling-cue", "codice B-A-K-E-R sulla scatola", "B-A-K-E-R"),
    ("colour-pronoun-free", "il colore è Rosa antico, molto elegante", "Rosa"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Bianca firma il modulo", True),
        ("Aurora non vede l'ora", True),
        ("Viola dorme già", True),
        ("Celeste mi ha scritto", True),
        ("Stella finisce alle 6", True),
        ("Serena arrivò ieri", True),
        ("Rosa è in ferie", True),
        ("Hope sends her love", True),
        ("Faith doesn't eat meat", True),
        ("Bianca o nera?", False),
        ("Rosa antico", False),
        ("Costa ancora 49 euro", False),
        ("Hope you're well", False),
        ("Will you call?", False),
        ("Rose gardens are lovely", False),
        ("Vera pelle", False),
    ],
)
def test_subject_follows(text: str, subject: bool) -> None:
    """A third person's verb after the first word makes it a subject; the word's reading
    (an adjective, a conjunction, a noun) does not."""
    assert subject_follows(text, text.index(" ")) is subject


def test_verb_forms_come_from_the_lemma_tables() -> None:
    """The forms are read from the installed tables, many thousands, not a hand list."""
    clear, ambiguous = third_person_forms()
    assert len(clear) > 10_000
    assert "sorride" in clear and "telefona" in clear
    assert "firma" in ambiguous and "porta" in ambiguous


def _conversation(engine: AnonymisationEngine, texts: list[tuple[str, str]]) -> list[str]:
    messages = [chat_message(i + 1, role, text) for i, (role, text) in enumerate(texts)]
    return [m.text for m in engine.anonymise_conversation(messages)]


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        ("mia figlia Viola compie 8 anni sabato", "Grazie! Viola non vede l'ora", "Viola"),
        ("per il ritiro chiedete di Celeste", "Ok. Celeste firma la bolla, grazie", "Celeste"),
        ("my daughter Hope has a nut allergy", "Thanks. Hope sends her love", "Hope"),
        ("la mia collega Stella vi scrive", "Stella arrivò tardi ieri", "Stella"),
    ],
)
def test_carried_word_name_opening_a_sentence_as_subject(
    engine: AnonymisationEngine, first: str, later: str, name: str
) -> None:
    """A name of the conversation that is a word, opening a sentence as its subject."""
    out = _conversation(engine, [("customer", first), ("customer", later)])
    assert name not in out[1]


@pytest.mark.parametrize(
    ("first", "later", "kept"),
    [
        ("mia figlia Bianca compie 8 anni", "Bianca o nera? la maglia intendo", "Bianca o nera"),
        ("chiedete di Viola per il ritiro", "Viola chiaro o scuro?", "Viola chiaro"),
        ("my sister Hope booked it", "Hope you're well! see you soon", "Hope you're"),
    ],
)
def test_carried_word_name_opening_a_sentence_as_word(
    engine: AnonymisationEngine, first: str, later: str, kept: str
) -> None:
    """The same word opening a sentence in its word reading stays."""
    out = _conversation(engine, [("customer", first), ("customer", later)])
    assert kept in out[1]
