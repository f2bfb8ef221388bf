"""Person names, sixth round: friends' nouns and kin nouns of southern dialects as cues, short
English and Australian diminutives, a name opening a sentence before a clitic and a verb or a
person's action (also a known surname), a widow's or maiden surname, an initial and a surname
with a particle after a finished sentence, an initial after an emoji and a dash, a second
surname after a slash on a bell, "X here from ..."; and what is no person: a greeting after a
title, a possessive after a kin noun, a company named after its founder by its trade, counted
copies of a product, a city that is also a first name after a preposition of place, courtesy
words of other languages, news events.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.names import counted
from tests.privacy.test_names_general import (
    assert_person_found,
    chat_message,
    person_case_tests,
)

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("buddy", "cool. my buddy Zeke wants the same tattoo, is friday ok?", "Zeke"),
    ("mate", "my mate Robbo is picking up the van tomorrow", "Robbo"),
    ("diminutive-en", "Tell Nate the boards are waxed", "Nate"),
    ("aussie-diminutive", "No worries. Gazza was driving, I was asleep in the back.", "Gazza"),
    ("dialect-kin-soru", "na stanza pi me soru Concetta e una pi mia", "Concetta"),
    ("dialect-kin-word-name", "e a matrimoniali pi me figghiu Salvo cu so mugghieri", "Salvo"),
    ("clitic-verb", "grazie!! 😊 Bill ti saluta, passa lunedì", "Bill"),
    ("surname-clitic-verb", "Gualandi mi ha detto che il preventivo è pronto.", "Gualandi"),
    ("surname-said", "Thanks. Pellegrini said you'd call back today.", "Pellegrini"),
    ("widow-surname", "Distinti saluti.\nAdalgisa Ferro ved. Bonetti", "Bonetti"),
    ("maiden-surname", "Kind regards,\nEdith Marlow née Tressider", "Tressider"),
    ("initial-particle-after-sentence", "Tutto confermato, a sabato. G. La Spina", "G. La Spina"),
    ("initial-after-emoji-dash", "Va bene anche giovedì 🙂 -T", "T"),
    ("slash-on-bell", "citofono Bellini / Sgarbossa, terzo piano", "Sgarbossa"),
    ("here-from", "Hey! Joy here from the yoga class, did I leave my mat?", "Joy"),
    ("the-surname-family", "the Pellegrini family at number 4 ordered two boxes", "Pellegrini"),
    ("the-name-twins", "The Kelly twins are coming to the party too", "Kelly"),
    ("foreign-name-adverb", "Radoslav domani viene a montare la mensola", "Radoslav"),
    ("capitals-mia-surname", "SONO MIA GUALANDI, RICHIAMATEMI.", "MIA GUALANDI"),
    (
        "word-surname-after-first-name",
        "ho sentito Giulia Serra per il preventivo",
        "Giulia Serra",
    ),
    ("word-surname-town", "pacchetto weekend per Giacomo Fontana, residente a Lucca", "Giacomo"),
]

# (case, text, a word that must not be (part of) a PERSON)
KEPT = [
    ("greeting-after-title", "grazie dottore buona serata", "buona"),
    ("greeting-after-title-opening", "Avvocato buongiorno, le mando i documenti", "buongiorno"),
    ("possessive-after-kin-noun", "grazzi figghia mia, si troppu gentili", "mia"),
    (
        "company-by-trade",
        "Procurement | Brennigan Medical Supplies Logistics, Ltd.",
        "Brennigan",
    ),
    ("company-car-rental", "Thanks for your patience. Luca – Ferracini Car Rental", "Ferracini"),
    ("counted-copies", "Per domenica ho ancora 4 Trek Marlin libere, 25 € l'una.", "Trek Marlin"),
    ("counted-pizzas", "allora 3 Capricciosa e 2 Ortolana per le 20", "Ortolana"),
    ("city-first-name", "We were only in Sydney for two days, sorry.", "Sydney"),
    ("city-first-name-ner", "The crates land at the port of Genoa on Monday.", "Genoa"),
    ("material", "mi servono 3 rubinetti in ottone da mezzo pollice", "ottone"),
    ("staff-signature", "Ci vediamo sabato alle 10 🚲 Staff Gualandi", "Gualandi"),
    ("courtesy-dutch", "Thank you for the help!\nGroeten,\nJoost", "Groeten"),
    ("news-event", "Since Brexit the shipping has been slower.", "Brexit"),
    ("capitals-mia-kin", "SONO MIA SORELLA E IO, DUE PERSONE", "SORELLA"),
]


test_found, test_kept = person_case_tests(FOUND, KEPT)


def test_family_company_with_a_bare_legal_form_is_a_person(engine: AnonymisationEngine) -> None:
    """A surname before a bare legal form ("Pellegrini S.r.l.") still names the family."""
    assert_person_found(engine, "Ufficio acquisti, Pellegrini S.r.l.", "Pellegrini")


def test_room_number_is_no_count() -> None:
    """A room, a table or a time before a name is no count of products ("camera 14 Bassani"),
    a plain number is ("6 Scott Spark", "2 Margherita e 1 Diavola")."""
    for text, word in (
        ("la camera 14 Bassani ha chiamato", "Bassani"),
        ("table 3 Harlow wants the bill", "Harlow"),
        ("ci vediamo alle 5 Ottavio", "Ottavio"),
    ):
        assert not counted(text, text.index(word)), text
    for text, word in (
        ("ho 6 Trek Marlin libere", "Marlin"),
        ("2 Margherita e 1 Diavola", "Diavola"),
    ):
        assert counted(text, text.index(word)), text


def test_a_child_named_after_the_animal_is_no_pet() -> None:
    """A person noun between the animal and the naming verb names a child ("un cane e mio
    figlio si chiama Dario"); the animal alone names the pet."""
    from privacy.detect import pet_names

    assert pet_names("Abbiamo un cane e mio figlio si chiama Dario.") == set()
    assert pet_names("We have a cat and my daughter is called Wren.") == set()
    assert pet_names("il nostro cane si chiama Brodo") == {"brodo"}


def _message(index: int, role: str, text: str) -> object:
    return chat_message(
        index,
        role,
        text,
        "Faith Donnelly",
        conversation="names_round6",
        page="104857600000016",
        customer="8800000000000006",
    )


def test_participant_introducing_themself_with_a_word_name(engine: AnonymisationEngine) -> None:
    """The customer, named on the page ("Faith Donnelly"), opening with "Faith here from ...":
    the word-name is hidden there too."""
    out = engine.anonymise_conversation(
        [
            _message(1, "customer", "Hi! Faith here from room 8, I think I left a charger."),  # type: ignore[list-item]
            _message(2, "agent", "Hi Faith! Yes, we found it at reception."),  # type: ignore[list-item]
        ]
    )
    assert "Faith" not in out[0].text
    assert "Faith" not in out[1].text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tracking will update once the parcel reaches the Austin hub.", "Austin"),
        ("The crates land at the port of Genoa on Monday.", "Genoa"),
    ],
)
def test_a_place_that_is_also_a_name_is_still_redacted(
    engine: AnonymisationEngine, text: str, place: str
) -> None:
    """Not a person, but never kept: the city is redacted as the place it is."""
    result = engine.detector.detect([text])[0]
    start = text.index(place)
    assert any(d.start <= start and start + len(place) <= d.end for d in result.detections)
