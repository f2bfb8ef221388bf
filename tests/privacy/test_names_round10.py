"""Person names, tenth round: the whole closed class of kin nouns and trades before a name.

STRONG_CUES held some kin nouns and trades and not their siblings: "my daughter X" was a cue,
"my granddaughter X" was not; "la maestra X" was, "il notaio X" and "la mia assistente X" were
not. A word-name or an unknown surname after the missing ones went through. The lists are now
complete classes (grand-, step-, god- kin, Italian kin diminutives; offices and trades in Italian
and English), and a trade written as a title in a signature ("Commercialista – Revisore Legale")
does not reach across a dash or a line break to the next title.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from tests.privacy.test_names_general import person_case_tests

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
