"""Person names, fifth round: initials signing after a finished sentence, a name with an age in
brackets or its surname in brackets, a surname named as such, wedding-party and step-family
nouns, an Italian article before a kin noun (also in capitals), "sn" for "sono", less-common
Italian first names and diminutives; and what is no person: laughter, greetings and demonyms,
"per" inside an institution's title, an abbreviation before a full stop, a verb giving an order
at a sentence's start, a surname before "d'" and a place, a product's name carried across the
conversation.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import (
    chat_message,
    person_case_tests,
)

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("one-initial-after-sentence", "The refund went out this morning. All done. K.", "K."),
    (
        "initials-before-business",
        "Your frames are ready to collect. Sorry again. B.V. / Casa Verde",
        "B.V.",
    ),
    ("initials-after-emoji", "Ci vediamo venerdì alle 9 😊 A domani. R.P.", "R.P."),
    ("age-in-brackets", "Two adults and the kids, Faith (8) and Otto (5).", "Faith"),
    ("age-in-brackets-anni", "vengono anche i nipoti, Serena (7 anni) e Ugo", "Serena"),
    ("surname-named", "Il nome è Dario, il cognome è Fontana, come la piazza.", "Fontana"),
    ("surname-named-en", "Booking for two, surname is Marsh.", "Marsh"),
    ("testimone", "la mia testimone Stella arriva sabato con le bomboniere", "Stella"),
    ("bridesmaid", "my bridesmaid Joy will collect the dresses", "Joy"),
    ("article-kin-noun", "la zia Viola passa a ritirare domani", "Viola"),
    ("article-kin-noun-capitals", "LA NONNA SERENA NON HA IL TELEFONO", "SERENA"),
    ("sn-for-sono", "salve sn stella la nipote di quello del bar, ho una domanda", "stella"),
    (
        "surname-in-brackets",
        "Buongiorno, sono Ornella (Zappacosta, quella del terzo piano) per il ritiro",
        "Zappacosta",
    ),
    ("less-common-first-name", "ci siamo io, la zia e forse nunzio dopo il lavoro", "nunzio"),
    ("diminutive", "lo porta mio cugino Gennarino domattina", "Gennarino"),
    ("article-kin-noun-name", "passa lo zio Gualtiero a ritirare", "Gualtiero"),
    ("lowercase-word-name-here", "hey, grace here. the parcel never came", "grace"),
]

# (case, text, a word that must not be (part of) a PERSON)
KEPT = [
    ("laughter", "non so che cosa sia ahah. comunque lo prendo", "ahah"),
    ("laughter-opening", "Ahahah no tranquillo, arriva domani", "Ahahah"),
    ("group-greeted", "Hey lads, quick question about the returns page", "lads"),
    ("greeting-other-language", "Olá! I'd like to book a table for four", "Olá"),
    ("demonym", "G'day, Kiwi living in Bologna here, do you ship to NZ?", "Kiwi"),
    (
        "per-in-title",
        "I'm studying at the Accademia per Restauratori this term",
        "Restauratori",
    ),
    ("abbreviation", "come previsto dal Reg. UE sui dati, vi chiedo copia", "Reg"),
    ("imperative-opening", "See you at 9! Park by the old fountain, it's free.", "Park"),
    ("origin-after-surname", "nella cassetta ci sono un Dolcetto e un Barbera d'Asti", "Barbera"),
    ("article-kin-noun-preposition", "IL FIGLIO DELLA VICINA HA RITIRATO IL PACCO", "DELLA"),
    ("breed-called", "we have a shy Labrador called Pepper, can you groom him?", "Pepper"),
    ("breed-plural", "Hi! Do you also groom Dachshunds? Ours hates baths", "Dachshunds"),
    ("breed-before-name", "porto il mio volpino Birillo sabato mattina", "Birillo"),
    ("article-kin-noun-not-particle", "passa lo zio Gualtiero a ritirare", "zio"),
    ("after-sono-not-a-name", "sono fuorisede, mi serve la spedizione a casa", "fuorisede"),
    ("capitalised-text-lowercase-will-here", "Hi, will here. Parcel arrived.", "will"),
]


test_found, test_kept = person_case_tests(FOUND, KEPT)


def test_abbreviations_are_not_initials(engine: AnonymisationEngine) -> None:
    """A closing "P.S." or "U.S." after a sentence is no signature."""
    for text in ("Grazie mille. P.S.", "We moved back from the U.S."):
        result = engine.detector.detect([text])[0]
        assert not [d for d in result.detections if d.entity_type == "PERSON"], text


def _message(index: int, role: str, text: str) -> object:
    return chat_message(
        index,
        role,
        text,
        "Ilario Benvenuti",
        conversation="names_round5",
        page="104857600000015",
        customer="8800000000000005",
    )


def test_product_name_is_kept_across_the_conversation(engine: AnonymisationEngine) -> None:
    """A word no list knows, named with a vintage inside a product's name ("Rosso Valcerasa
    2018"), is that product in the other messages too ("12 Valcerasa")."""
    out = engine.anonymise_conversation(
        [
            _message(1, "customer", "Vorrei un listino per il Rosso Valcerasa 2018, grazie"),  # type: ignore[list-item]
            _message(2, "agent", "Certo! Il Valcerasa costa 19 € a bottiglia."),  # type: ignore[list-item]
            _message(3, "customer", "Allora 12 Valcerasa e 6 Dolcetto, grazie"),  # type: ignore[list-item]
        ]
    )
    assert "Valcerasa 2018" in out[0].text
    assert "Il Valcerasa costa" in out[1].text
    assert "12 Valcerasa" in out[2].text


def test_carried_surname_before_a_product_noun(engine: AnonymisationEngine) -> None:
    """A person's surname, carried through the conversation, right before a product noun
    ("the Lantieri prosecco") names the product there; the person elsewhere stays hidden."""
    out = engine.anonymise_conversation(
        [
            _message(1, "customer", "Hi, I'm Greta Lantieri, I ordered the album last week."),  # type: ignore[list-item]
            _message(2, "customer", "Can I also get a print of us with the Lantieri prosecco?"),  # type: ignore[list-item]
        ]
    )
    assert "Lantieri" not in out[0].text
    assert "Lantieri prosecco" in out[1].text
