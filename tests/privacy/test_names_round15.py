"""Person names, fifteenth round: kin of the dialects, misspelt cues, spelt-out names,
signatures after any closing, verbs of calling, contrasts and replacements.

- Kin nouns of the dialects and regional Italian before a name (Venetian "mojer", "fradeo",
  Neapolitan "mugliera", "frateme", Sicilian "muggheri", "soru", Roman "moje", "fijo", Tuscan
  "babbo", Lombard "sciura", "morosa", Piedmontese "fomna", Friulian "fradi", Sardinian
  "muzere", "tziu"); the kin nouns that are everyday words ("mare", "nona", "barba", "sis")
  only after a possessive ("me mare", "mia nona", "my sis"), never "al mare Rosa".
- A kin or profession noun misspelt one letter off after an article or a possessive ("el
  comercialista", "mia mogile"), never a real word one letter off ("le maglie Rosa").
- The offices and ranks of the rest of the class ("il perito", "la referente", "our surveyor").
- A word spelt out letter by letter, spaced or joined by dashes or dots, that joins into a
  name of the lists or of the same message, or follows a naming cue ("cognome R.O.S.S.I");
  never an acronym ("S.P.A.") or a spelt everyday word without a cue.
- A first name (the regional short forms too: "Bepi", "Nane", "Giusy") signing after any
  closing or thanks ("Fatto, ciao! Nane", "thank you Tom! Ninfa").
- Verbs of calling, asking for and handing over before a word-name ("la chiama Ninfa",
  "passami Aurora", "ask for Will"); never a colour with its shade ("cerca Rosa antico").
- A word-name in a contrast or replacement beside a person ("c'è Nora Fox e non Bianca", "not
  Grace but Hope Adams", "viene Marco al posto di Viola"); never two colours ("Rosa e non
  Bianca").
- Plural kin before names ("my cousins Gemma and Sal"), a lowercase name thanked before
  "sei" ("grazie mille salvo sei un grande").

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import assert_no_person, person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    # dialect kin
    ("venetian-wife", "mia mojer Serena la vien a tor el pacco doman", "Serena"),
    ("venetian-brother", "el me fradeo Toni el passa dopo", "Toni"),
    ("venetian-mother", "me mare Gioia la ga dito de si", "Gioia"),
    ("neapolitan-wife", "'a mugliera Stella vene dimane", "Stella"),
    ("neapolitan-brother", "frateme Gennarino ve chiamma stasera", "Gennarino"),
    ("sicilian-wife", "me muggheri Luce passa pi pigghiari u pacchettu", "Luce"),
    ("sicilian-sister", "me soru Aurora vi scrivi dumani", "Aurora"),
    ("roman-wife", "mi' moje Speranza passa dopo", "Speranza"),
    ("roman-son", "er fijo Brando viene a ritirà", "Brando"),
    ("tuscan-father", "il mi' babbo Ivano passa lui", "Ivano"),
    ("milanese-wife", "la mia sciura Pina la ven stasera", "Pina"),
    ("lombard-girlfriend", "la mia morosa Gemma la paga lei", "Gemma"),
    ("piedmontese-wife", "mia fomna Vera a riva doman", "Vera"),
    ("friulian-brother", "gno fradi Tite al ven vie", "Tite"),
    ("sardinian-uncle", "tziu Efisio passat cras", "Efisio"),
    ("calabrian-wife", "mia mugghjera Serena vi scrive", "Serena"),
    ("ligurian-son", "mae figgio Gioele o passa doman", "Gioele"),
    ("sardinian-husband", "pobiddu meu Bachisio est in caminu", "Bachisio"),
    ("roman-girlfriend", "la mi' regazza Sole viene dopo", "Sole"),
    ("possessed-grandma", "mia nona Speranza compie 90 anni", "Speranza"),
    ("possessed-sis", "my sis Hope will collect it", "Hope"),
    # misspelt cues
    ("typo-accountant", "la vede el comercialista Zanetto de Chioggia", "Zanetto"),
    ("typo-wife", "mia mogile Rosa passa domani", "Rosa"),
    ("typo-teacher", "la maestar Gioia è bravissima", "Gioia"),
    ("typo-neighbour", "my neighbur Hope has the spare key", "Hope"),
    ("typo-photographer", "il fotografoo Sole ha scattato tutto", "Sole"),
    # more professions
    ("expert", "il perito Zanin ha fatto il sopralluogo", "Zanin"),
    ("contact-person", "la referente Gioia vi manda il preventivo", "Gioia"),
    ("surveyor", "our surveyor Hope sent the report", "Hope"),
    # spelt out
    ("spelt-surname-cue", "il cognome è R.O.S.S.I grazie", "R.O.S.S.I"),
    ("spelt-message-name", "Lucio Viola, cognome V-I-O-L-A come il colore", "V-I-O-L-A"),
    ("spelt-spaced", "si scrive b i a n c a, tutto minuscolo", "b i a n c a"),
    ("spelt-spaced-dashes", "surname is G - R - A - C - E", "G - R - A - C - E"),
    ("spelt-lexicon-name", "scrivetelo così: M-A-R-T-I-N-A", "M-A-R-T-I-N-A"),
    # signatures
    ("signed-ciao-nickname", "Fatto, ciao! Bepi", "Bepi"),
    ("signed-grazie-nickname", "Ricevuto tutto, grazie, Nane", "Nane"),
    ("signed-after-addressee", "Received, thank you Tom! Ninfa", "Ninfa"),
    ("signed-baci", "a domani allora, baci, Ninni", "Ninni"),
    ("signed-regional", "Perfetto, ciao. Turiddu", "Turiddu"),
    ("signed-giusy", "Ok grazie! Giusy", "Giusy"),
    # calling verbs
    ("calls-her", "Perfetto, la chiama Ninfa stasera", "Ninfa"),
    ("ask-for-it", "chiedete di Sole alla cassa", "Sole"),
    ("hand-over", "passami Aurora per favore", "Aurora"),
    ("look-for", "cerca Gemma al banco dei freschi", "Gemma"),
    ("ask-for-en", "ask for Will at the front desk", "Will"),
    ("speak-to", "you can speak to Grace tomorrow", "Grace"),
    # contrast and replacement
    ("contrast-not", "in camera c'è Nora Fox e non Bianca", "Bianca"),
    ("contrast-not-but", "not Grace but Hope Adams will come", "Grace"),
    ("replaced", "viene Marco al posto di Viola", "Viola"),
    ("instead-of", "Luca will drive instead of Hope", "Hope"),
    # plural kin, vocative
    ("plural-cousins", "me, my dad and my cousins Gemma and Sal.", "Sal"),
    ("vocative-sei", "grazie mille salvo sei un grande", "salvo"),
    ("vocative-youre", "hi siobhan you're a star", "siobhan"),
]

# (case, text, the word that must not be found as PERSON)
KEPT = [
    ("sea", "andiamo al mare Rosa e io", "Rosa"),
    ("my-mare", "my mare Bianca needs new shoes", "Bianca"),
    ("beard", "la barba Grigia del nonno", "Grigia"),
    ("typo-real-word", "la maglie Rosa sono finite", "Rosa"),
    ("acronym-dotted", "ordine intestato a Verdi S.P.A. ok", "S.P.A."),
    ("spelt-word-no-cue", "scrivete in maiuscolo C I A O", "C I A O"),
    ("spelt-code", "il codice è A-B-C-D-E", "A-B-C-D-E"),
    ("signed-word", "Thanks! Done", "Done"),
    ("signed-ok", "grazie! Ok", "Ok"),
    ("signed-goodnight", "ciao! Buonanotte", "Buonanotte"),
    ("shade-after-colour", "cerca Rosa antico nel catalogo", "Rosa"),
    ("size-after-colour", "passami Bianca taglia M", "Bianca"),
    ("place-named-after", "cerca Marina di Carrara su Google", "Marina"),
    ("spelt-code-cue", "codice articolo G-I-O-I-A sulla scatola", "G-I-O-I-A"),
    ("call-date", "chiamo Giugno 3 per conferma", "Giugno"),
    ("two-colours", "la vorrei Rosa e non Bianca", "Bianca"),
    ("colour-replaced", "il Rosa al posto di Bianca", "Bianca"),
    ("hope-you-are", "thanks, hope you are well", "hope"),
    ("endearment", "grazie tesoro sei un angelo", "tesoro"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)


# Session 11: the scorer retrained with hw27-hw30 and hw35-hw37 takes "salvo" (except) before a
# noun for the name Salvo. Listing "salvo" as an everyday word lost "signora sono salvo sono
# sotto il portone" (hw7), a real name: recall first, so this look-alike is an open case.
@pytest.mark.xfail(strict=True, reason="session 11: 'salvo' (except) taken by the retrained scorer")
def test_barring_salvo_is_kept(engine: AnonymisationEngine) -> None:
    assert_no_person(engine, "grazie, salvo imprevisti arrivo alle 5", "salvo")
