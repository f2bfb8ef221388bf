"""Person names, fourteenth round: first names that are words, by the class of their cue.

- A verb of getting in touch before a first name that is a word or a month ("ring April
  when", "ask Will"); never a date ("call June 3rd", "in June").
- A first name opening a sentence, "at"/"from" where they work and a reporting verb ("Bill at
  the garage reckoned"); never "Bill me later".
- "Lei" as a given name where the courtesy pronoun cannot stand: after a greeting before a
  comma, "sono Lei, amica di ..."; never "Lei è gentile", "grazie a Lei".
- The bare rows of a list of names, the last one too ("- Azzurra Neri" ending the message).
- A lowercase chat list of the writer's party after "io" ("io bianca fede e ludo"); never
  "io fede nuziale e anello".
- Review (session 10): the writer's "I" ("I'm", "I've") after a trade cue and a comma, and a
  kin noun signing ("– Dad"), are never names.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from tests.privacy.test_names_general import person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("ring-month", "The van is late, he'll ring April when he's outside.", "April"),
    ("call-word-name", "Please call Hope before noon, she has the keys.", "Hope"),
    ("ask-will", "If the gate is locked just ask Will, he lives next door.", "Will"),
    ("text-may", "I'll text May tonight about the cake.", "May"),
    ("reported-at", "Bill at the garage reckoned two days for the clutch.", "Bill"),
    ("reported-from", "Hope from our office said the parcel left today.", "Hope"),
    ("lei-ciao", "Ciao Lei, ci vediamo giovedì alle 10.", "Lei"),
    ("lei-hi", "Hi Lei! Your lesson is moved to Friday.", "Lei"),
    ("lei-sono", "Salve, sono Lei, amica di Xiaoming, vorrei iscrivermi.", "Lei"),
    (
        "bare-list-last-row",
        "ecco gli invitati:\n- giulia fumagalli\n- nora tosi\n- Edoardo Pini\n- Azzurra Neri",
        "Azzurra Neri",
    ),
    ("io-list", "ci siamo io celeste gigi e rebecca alle 5", "celeste"),
    ("io-list-comma", "veniamo io, ambra, gigi e fede", "ambra"),
]

# (case, text, the word that must not be found as PERSON)
KEPT = [
    ("will-you", "Will you call me back in the afternoon?", "Will"),
    ("bill-me", "Bill me later for the extra hours, thanks.", "Bill"),
    ("call-in-june", "We can call in June when the stock is back.", "June"),
    ("call-date", "Please call June 3rd at the latest.", "June"),
    ("ring-size", "The ring June collection is sold out.", "collection"),
    ("lei-pronoun", "Lei è gentile, grazie a Lei per la pazienza.", "Lei"),
    ("lei-greeting-comma", "Buongiorno, Lei come sta? Le scrivo per la fattura.", "Lei"),
    ("io-fede-nuziale", "ho perso io fede nuziale e anello ieri", "nuziale"),
    ("shopping-list", "servono:\n- Rosa antico\n- Bianca\n- Viola scuro\n- Nero", "Rosa"),
    # the writer's "I" after a trade that is a surname or ends a clause (a cue before a comma)
    ("i-after-trade-surname", "My name is Ned Gardener, I'm retired since May.", "I'm"),
    ("i-after-trade", "Ask the cook, I’m sure she knows the recipe.", "I’m"),
    ("i-after-cue-ive", "Our chef, I've been told, is off today.", "I've"),
    # a kin noun signing a quoted card is no name, also for the scorer
    ("kin-signing", "Card: 'Well done on the exams, Tilly! – Dad' Perfect, she'll love it.", "Dad"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)
