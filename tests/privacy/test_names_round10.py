"""Person names, tenth round: the whole closed class of kin nouns and trades before a name.

STRONG_CUES held some kin nouns and trades and not their siblings: "my daughter X" was a cue,
"my granddaughter X" was not; "la maestra X" was, "il notaio X" and "la mia assistente X" were
not. A word-name or an unknown surname after the missing ones went through. The lists are now
complete classes (grand-, step-, god- kin, Italian kin diminutives; offices and trades in Italian
and English), and a trade written as a title in a signature ("Commercialista – Revisore Legale")
does not reach across a dash or a line break to the next title.

The conversation's names are also found as they get misspelt one letter off ("Espositi" after
"Esposito"), spelt out letter by letter ("W-R-E-N") and as dotted initials named once and
repeated later ("le iniziali G.B. e T.R.", then "G.B. ♡ T.R."); every initial of such a list
is found, not only the first.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import person_case_tests
from tests.privacy.test_names_round9 import _conversation, _survives

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("granddaughter", "My granddaughter Harmony set up this page for me", "Harmony"),
    ("grandson", "my grandson Brogan will pick it up on Friday", "Brogan"),
    ("niece", "I'm sending my niece Clover with the receipt", "Clover"),
    ("godfather", "Our godfather Ptolemy is paying for the cake", "Ptolemy"),
    ("stepmother-word-name", "her stepmother Violetta rang twice", "Violetta"),
    ("madre", "la fattura è per mia madre Ermelinda", "Ermelinda"),
    ("nipotino", "il mio nipotino Brando compie 6 anni", "Brando"),
    ("notaio-unknown-surname", "Il notaio Scandellari firmerà l'atto lunedì", "Scandellari"),
    ("notaio-capital", "Il Notaio Zampieron seguirà la pratica", "Zampieron"),
    ("assistente-word-name", "chiedete della mia assistente Bianca alla reception", "Bianca"),
    ("geometra", "il geometra Tessaroli passa a misurare", "Tessaroli"),
    ("commercialista", "la nostra commercialista Lorenzina ha i documenti", "Lorenzina"),
    ("solicitor", "our solicitor Pendleford has the signed copy", "Pendleford"),
    ("accountant", "please copy my accountant Tamsin on the invoice", "Tamsin"),
    ("badante", "la badante Oxana apre il cancello", "Oxana"),
    ("sensei", "Sensei Kagurazaka moved the class to Tuesday", "Kagurazaka"),
]

# (case, text, the word that must not be found as PERSON)
KEPT = [
    # a trade in a signature is a title, not a cue across a dash or a line break
    (
        "signature-titles-dash",
        "Dott. Gualtiero Bisceglia\nCommercialista – Revisore Legale",
        "Revisore",
    ),
    ("signature-titles-line", "Ing. Ortensio Lamagna\nGeometra\nStudio Tecnico Lamagna", "Studio"),
    # a common word after the new cues stays a word
    ("father-christmas", "The kids loved Father Christmas at the party", "Christmas"),
    ("trade-before-brand", "il meccanico Fiat di fiducia ha chiuso", "Fiat"),
    ("padre-in-lowercase", "mio padre dice che va bene", "dice"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)


@pytest.mark.parametrize(
    ("turns", "values"),
    [
        # one letter off a name of the conversation, capitalised mid-sentence
        (
            [
                ("agent", "Buongiorno signora Sgarbossa, le gomme sono pronte."),
                ("agent", 'Il collega ha cercato sotto "Scapigliato", scusi'),
            ],
            ["Sgarbosa"],
        ),
        (
            [
                ("customer", "It's for my friend Ottoline Quarrington"),
                ("customer", "sorry, Quarington with one r in the card"),
            ],
            ["Quarington"],
        ),
        # the customer's own name spelt out (the display name is Tobias Wren)
        ([("customer", "the booking is under Wren, W-R-E-N")], ["W-R-E-N"]),
        ([("customer", "cognome Wren: W R E N")], ["W R E N"]),
        # dotted initials, every one of the list, and again in the next message
        (
            [
                ("customer", "incidete le iniziali G.B. e T.R. e la data"),
                ("agent", "Ricapitolo: G.B. ♡ T.R. + data, pronto in 10 giorni"),
            ],
            ["G.B.", "T.R."],
        ),
    ],
)
def test_conversation_near_names(
    engine: AnonymisationEngine, turns: list[tuple[str, str]], values: list[str]
) -> None:
    out = _conversation(engine, *turns)
    for text in out:
        for value in values:
            assert not _survives(value, text), out


@pytest.mark.parametrize(
    ("turns", "word"),
    [
        # an everyday word one letter off a name stays ("Marina" the harbour after Marino)
        (
            [
                ("customer", "sono Marino Festuccia"),
                ("agent", "Certo Marino, la Marina è chiusa di lunedì"),
            ],
            "Marina",
        ),
        # the same at a sentence's start, and letters spelt out that are no name of the chat
        ([("customer", "io sono Carla Benvenuti"), ("customer", "Carta di credito ok")], "Carta"),
        ([("customer", "Oggi in negozio S-O-S sconti?")], "S-O-S"),
    ],
)
def test_conversation_near_words_stay(
    engine: AnonymisationEngine, turns: list[tuple[str, str]], word: str
) -> None:
    out = _conversation(engine, *turns)
    assert _survives(word, out[-1]), out
