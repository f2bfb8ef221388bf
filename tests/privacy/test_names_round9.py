"""Person names, ninth round: professions and roles before a name ("la maestra X", "l'inf. X",
"our audiologist X", also a word-name), a nickname after "detto"/"aka", a full name signing after
a formal closing ("Con stima,\\nX Y", the surname a word), an initial and a surname after a
sign-off ("Cordiali saluti, E. X") or anywhere ("c'è scritto I. X"), initials named as such ("le
iniziali "L.A.""), initials closing a thanks ("Grazie, buon lavoro. ES"), an agent's initials
before the business's short name ("– JM, Volta") or after a title-like pair ("... MS"), dotted
initials signing for the team ("W.F. & the ... team"), who is greeted ("say hi to X"), how a
person feels or who can visit ("X is so excited", "X è contentissimo", "X can visit"), a first
name before an age ("la gioia che ha 9 anni"), the English possessive ("X's mom"), Irish
particles ("Ó X", "Ní X"), Italian short forms, a register's row of surname and first name, a
name before kisses, a lowercase name closing the message, a southern vocative ("Gennà,"), a
word-name before the next line of a table is no product's; and the surname a business is named
after, carried through the conversation with the first name only.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from tests.privacy.test_names_general import chat_message, person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    # professions and roles before a name, also a word-name
    ("teacher-it", "La maestra Dell'Acqua dice che il piano va accordato", "Dell'Acqua"),
    ("nurse-abbreviated", "Ricevuto. L'inf. Serena la richiama dopo pranzo.", "Serena"),
    ("nurse-it", "domani c'è l'infermiera Letizia al primo piano", "Letizia"),
    ("audiologist", "Our audiologist Flora can see you on Monday at 9.", "Flora"),
    ("technician", "Our technician Felicity will bring the spare part", "Felicity"),
    ("researcher", "Our researcher Prudence has found the baptism record.", "Prudence"),
    ("instructor-it", "l'istruttrice Allegra ha spostato la lezione", "Allegra"),
    ("physio", "la fisioterapista Gemma Squarcialupi arriva alle 10", "Gemma Squarcialupi"),
    ("coach", "ask coach Tamsin about the junior squad", "Tamsin"),
    (
        "nickname-detto",
        "Qui lavorava Tonio Sbarbaro, detto il Capitano, per quarant'anni.",
        "Capitano",
    ),
    ("nickname-aka", "my uncle Desmond, aka Biscuit, will collect it", "Biscuit"),
    # a full name signing after a formal closing, the surname a word
    (
        "con-stima",
        "Restiamo a disposizione.\n\nCon stima,\nGualberto Fortunati",
        "Gualberto Fortunati",
    ),
    (
        "distinti-saluti",
        "Allego il preventivo.\nDistinti saluti,\nOrsola Benvoluti",
        "Orsola Benvoluti",
    ),
    (
        "yours-sincerely",
        "We hope this helps.\nYours sincerely,\nTobias Meadowbank",
        "Tobias Meadowbank",
    ),
    # an initial and a surname after a sign-off, the surname with a participle's ending
    ("initial-after-signoff", "Fattura inviata. Cordiali saluti, G. Sperati", "G. Sperati"),
    ("initial-after-signoff-word", "Tutto pronto. Un saluto, R. Benamati", "R. Benamati"),
    # an initial and a surname anywhere
    (
        "initial-mid-sentence",
        "sulla sacca c'è scritto A. Vallefuoco col pennarello",
        "A. Vallefuoco",
    ),
    ("initial-for", "il pacco per T. Scardamaglia è arrivato", "T. Scardamaglia"),
    ("initial-en", "the label says M. Pennyfeather and a phone number", "M. Pennyfeather"),
    # initials named as such
    ("initials-quoted", 'sul portafoglio ci sono le iniziali "G.B." in rilievo', "G.B."),
    ("initials-en", "could you add the initials RKW on the lid?", "RKW"),
    # initials closing a thanks
    ("thanks-initials", "Grazie, buona giornata. FT", "FT"),
    ("thanks-initials-en", "Thanks for everything! - RB", "RB"),
    # dotted initials signing for the team
    ("dotted-crew", "See you on Friday! K.D. & the Villa Ortensia team", "K.D."),
    # who is greeted, how a person feels, who can visit
    ("say-hi-to", "All set! Say hi to Hope and the choir", "Hope"),
    ("salutami", "salutami Stella e grazie di tutto", "Stella"),
    ("feels-excited", "Maraming salamat! Faith is so excited", "Faith"),
    ("feels-happy-it", "Grazie! Fortunato è contentissimo del regalo", "Fortunato"),
    ("can-visit", "Thank you. Felicity can visit on Tuesday at 10.", "Felicity"),
    # a first name, also a word, before an age
    ("aged-lowercase", "è per la mia amica stella che compie 16 anni", "stella"),
    ("aged-article", "se viene anche la gioia che ha 9 anni serve un adulto?", "gioia"),
    ("aged-en", "Hope, who turns 7 in June, loves dinosaurs", "Hope"),
    # the English possessive, Irish particles, short forms, a co-host
    ("possessive", "A mum from school (Loredana's mom) recommended you", "Loredana"),
    ("irish-particle", 'the back should say "Keane & Ó Briain" in gold', "Ó Briain"),
    ("irish-ni", "my daughter Saoirse Ní Dhuibhir will collect it", "Ní Dhuibhir"),
    ("short-form", 'sul biglietto "Auguri da Marta, Piero e Edo"', "Edo"),
    ("co-host", "On Mondays my co-host Tunde is out", "Tunde"),
    # a register's row of surname and first name, the surname a word
    ("surname-first-row", "Iscritti:\n- Ferro Ottavio (diabete)\n- Gallo Anselmo", "Ferro Ottavio"),
    # a first name, also a word, right before a phone number
    ("word-name-before-phone", "Ottavio B. | noci | Stella 338 114 2207", "Stella"),
    ("word-name-before-phone-colon", "in caso di ritardo: Gioia: +39 349 552 1180", "Gioia"),
    # a name before kisses, a lowercase name closing the message, a southern vocative
    ("kisses", "It's fine by us, nobody's in. Ta Marjolein x", "Marjolein"),
    ("lowercase-closing", "sei un mito ottavio 🙏", "ottavio"),
    ("truncated-vocative", "Va bene, grazie. Gennà, mi raccomando!", "Gennà"),
]

# (case, text, a word that must not be (part of) a PERSON)
KEPT = [
    ("technician-brand", "Il tecnico Samsung arriva giovedì mattina", "Samsung"),
    ("teacher-lowercase", "Il maestro di piano dice che va bene", "maestro"),
    ("thanks-ok", "Grazie mille! OK", "OK"),
    ("thanks-courier", "grazie, spedite pure. DHL", "DHL"),
    ("thanks-size", "grazie per la taglia. XL", "XL"),
    ("thanks-shorthand", "Thanks a lot. BTW", "BTW"),
    ("initial-then-word", "prendo la vitamina D. Consegna domani?", "Consegna"),
    ("formal-closing-office", "Distinti saluti,\nUfficio Tecnico", "Ufficio"),
    ("closing-everyday-words", "Grazie, Buona Giornata", "Buona"),
    ("colour-popular", "Rosa is very popular this year", "Rosa"),
    ("hi-to-the-team", "Say hi to the team", "team"),
    ("age-of-a-thing", "la casa ha 30 anni ormai", "casa"),
    ("accented-adverb", "Però, non so se arriva in tempo", "Però"),
    ("lowercase-closing-word", "va bene domani pomeriggio", "pomeriggio"),
    ("row-of-products", "Menu:\n- Pizza Diavola (8)\n- Torta Sacher (5)", "Sacher"),
    ("number-after-a-word", "Ordine 3471180022 spedito ieri", "Ordine"),
]


test_found, test_kept = person_case_tests(FOUND, KEPT)


def _conversation(engine: AnonymisationEngine, *turns: tuple[str, str]) -> list[str]:
    messages = [chat_message(index, role, text) for index, (role, text) in enumerate(turns)]
    return [result.text for result in engine.anonymise_conversation(messages)]


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks! Your file is open. We'll write again next month. MS",
        "Perfect, slot booked for Saturday.\n– QT, Ruota Verde",
        "Ci vediamo mercoledì! P.L. & lo staff di Ruota Verde",
    ],
)
def test_agent_signs_with_initials(engine: AnonymisationEngine, reply: str) -> None:
    """An agent's initials after a finished sentence, also a title-like pair ("MS"), before the
    business's short name ("– QT, Ruota Verde") or signing for the staff ("P.L. & lo staff")."""
    initials = next(word for word in ("MS", "QT", "P.L.") if word in reply)
    out = _conversation(engine, ("customer", "ok, grazie"), ("agent", reply))
    assert initials not in out[1], out[1]


@pytest.fixture(scope="module")
def family_firm() -> AnonymisationEngine:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, business_names=["Onoranze Funebri Castellucci"], tenant="round9"
    )
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-names-round9-0001", tenant="round9")
    )


def test_business_surname_is_the_person_with_a_first_name(family_firm: AnonymisationEngine) -> None:
    """The surname a business is named after: the owner signing with it is a person; the
    business named by it alone in another message stays ("Spettabile Ditta Castellucci"); a
    title still makes it a person."""
    messages = [
        chat_message(0, "customer", "Spettabile Ditta Castellucci,\nvorrei un preventivo."),
        chat_message(1, "agent", "Certamente.\n\nCon stima,\nErmanno Castellucci"),
        chat_message(2, "customer", "Grazie sig. Castellucci, ne parlo con Ermanno Castellucci"),
    ]
    out = [result.text for result in family_firm.anonymise_conversation(messages)]
    assert "Ditta Castellucci" in out[0], out[0]
    assert "Castellucci" not in out[1] and "Ermanno" not in out[1], out[1]
    assert "Castellucci" not in out[2], out[2]


# Keep rules of this round (a brand after a profession, chat shorthand closing a thanks, the
# business's surname not carried alone), probed with a person right beside what they look for:
# the person is redacted.
KEEP_PROBES = [
    ("Il tecnico Samsung Gualtiero Sparapani arriva giovedì", ["Gualtiero Sparapani"]),
    ("il tecnico Samsung, il sig. Ostuni, arriva giovedì", ["Ostuni"]),
    ("Our technician Dyson-certified, Philippa Oakhurst, will call", ["Philippa Oakhurst"]),
    ("Grazie mille Eleuteria Pazzaglia! OK", ["Eleuteria Pazzaglia"]),
    ("Thanks a lot, Ambrose Kettlewell. BTW", ["Ambrose Kettlewell"]),
    ("grazie, spedite a Ottavio Marzocchi. DHL", ["Ottavio Marzocchi"]),
    # a capitalised word after the possessive is no name; the person beside it still is
    ("Gualtiera Pinchetti's Valentine's Day order", ["Gualtiera Pinchetti"]),
    ("for Valentine's Day, from Ermanno Scoglio", ["Ermanno Scoglio"]),
    ("Mother's Day hamper for Clotilde Fanfani, please", ["Clotilde Fanfani"]),
    # a product's row or a colour: the person on the same list still goes
    ("Menu:\n- Pizza Diavola (8)\n- Ferro Ottavio (allergia)", ["Ferro Ottavio"]),
    ("- Torta Sacher (5)\n- Gallo Ermenegildo (celiaco)", ["Gallo Ermenegildo"]),
    ("Rosa is very popular, says Giovanna Ottolenghi", ["Giovanna Ottolenghi"]),
]


@pytest.mark.parametrize(("text", "names"), KEEP_PROBES)
def test_keep_probes_redact_the_person(
    engine: AnonymisationEngine, text: str, names: list[str]
) -> None:
    out = _conversation(engine, ("customer", text))
    for name in names:
        assert not _survives(name, out[0]), out[0]


def test_business_surname_probes(family_firm: AnonymisationEngine) -> None:
    """The business's surname is not carried alone; the people who bear it are still found
    with a first name, an initial or a title, in every message."""
    messages = [
        chat_message(0, "agent", "Con stima,\nErmanno Castellucci"),
        chat_message(1, "customer", "mia zia Clelia Castellucci non è parente"),
        chat_message(2, "customer", "il signor Castellucci mi ha già chiamato"),
        chat_message(3, "customer", "Cordiali saluti, A. Castellucci"),
    ]
    out = [result.text for result in family_firm.anonymise_conversation(messages)]
    for text in out:
        assert "Castellucci" not in text, out
