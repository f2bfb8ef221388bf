"""Person names, fourth round: an agent signing with a first name that is also a word, dotted
initials, a surname in lowercase after the intercom, role nouns after an elided article,
relatives of every kind before a name with a possessive 's; and what is no person: a word known
as a name of another language only, a noun after an article, a possessive in capitals, a place
the gazetteer knows, a band after "the", the business's short forms and initials.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from pipeline.models import Message
from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.detect import DetectionEngine, brand_variants
from tests.privacy.test_names_general import (
    chat_message,
    person_case_tests,
)

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("role-noun-elided", "L'estate scorsa c'era l'allenatrice Stella, ci sarà ancora?", "Stella"),
    ("flatmate-possessive", "sorry, that was my flatmate Hope's parcel, not mine", "Hope"),
    ("uncle", "my uncle Rufus will pick it up on Friday", "Rufus"),
    ("grandson-it-cue", "vorrei un regalo per mio nipote Gualtiero", "Gualtiero"),
    (
        "intercom-lowercase-surname",
        "consegna in via dei Mille 4, citofono bertolazzi",
        "bertolazzi",
    ),
    ("intercom-known-surname", "al portone citofono ferrari, grazie", "ferrari"),
    ("dotted-initials", "Thank you for the quick answer.\nR.T.W.", "R.T.W."),
    ("dotted-initials-dash", "Tutto chiaro, grazie.\n– G.P.", "G.P."),
    ("here-again", "Summer here again 😅 any news on the parcel?", "Summer"),
    ("word-name-with-kisses", "Thanks so much for the help!! Joy xx", "Joy"),
    ("month-name-possessive", "We moved the boxes, April's bike is in the van too.", "April"),
    ("apposition", "Una cosa: una delle ragazze, Gioia, è allergica alle noci.", "Gioia"),
    ("name-in-capitals-after-cue", "scrivo per ANNA, grazie", "ANNA"),
]

# (case, text, a word that must not be (part of) a PERSON)
KEPT = [
    ("intercom-broken", "il citofono rotto da settimane, bussate", "rotto"),
    ("possessive-in-capitals", "IL RIMBORSO VA INTESTATO A MIA SORELLA, GRAZIE", "MIA"),
    ("noun-after-the", "meet us at the pier at nine", "pier"),
    ("noun-after-il", "il pier 3 è chiuso per lavori", "pier"),
    ("band-after-the", "have you got the new record by The Pickering Lights?", "Pickering"),
    ("date-with-apostrophe", "the festival is in June '27 this time", "June"),
    ("dotted-abbreviation", "Ci vediamo sabato.\nP.S.", "P.S."),
    ("acronym-after-cue", "Le mando il codice per SMS, a che numero?", "SMS"),
    ("courtesy-word-other-language", "Danke sehr. Mit freundlichen Grüßen\nUte", "Grüßen"),
    ("title-after-capital-article", "cerco due copie de I Cavalieri Zoppi, tascabile", "Zoppi"),
    ("title-after-capital-article-en", "the 1902 printing of I Girasoli Neri is sold", "Neri"),
    ("opening-word-after-emoji", "Hi! Of course 😊 Voucher cards start at €20.", "Voucher"),
    ("pet-named-by-verb", "vorrei prenotare per la gatta, si chiama Briciola", "Briciola"),
    ("pet-called", "we have a rescue dog called Biscottino, very shy", "Biscottino"),
    ("pet-in-apposition", "porto la Nuvola, la barboncina, giovedì", "Nuvola"),
    ("dialect-word-opening", "Va bbuono. Avi tri jorni ca aspettu u pacco", "Avi"),
    ("colour-answer-no-kiss", "Quale preferisci? Rosa", "Rosa"),
]


test_found, test_kept = person_case_tests(FOUND, KEPT)


def _message(index: int, role: str, text: str, customer_name: str = "Ottone Gervasi") -> Message:
    return chat_message(
        index,
        role,
        text,
        customer_name,
        conversation="names_round4",
        page="104857600000014",
        customer="8800000000000004",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ordine spedito oggi, arriva giovedì. Stella",
        "Ci vediamo alle 10 allora 🌞 Gioia",
        "La pratica è aperta.\nViola (amministrazione)",
        "Booked for Tuesday, see you then!\n– Joy & Celeste",
        "Grazie a lei, a presto, Serena",
    ],
)
def test_agent_signs_with_a_word_name(engine: AnonymisationEngine, text: str) -> None:
    """An agent's first name that is also a word ("Stella", "Gioia", "Viola") closing the
    agent's own message is the agent signing."""
    out = engine.anonymise_conversation([_message(1, "agent", text)])
    last = text.rstrip(" 🌞").split()[-1]
    name = last if last[:1].isupper() and last.isalpha() else text.split("\n")[-1].split()[0]
    assert name not in out[0].text, out[0].text


def test_agent_word_name_signature_is_carried(engine: AnonymisationEngine) -> None:
    """Once the agent has signed as "Stella", "Stella" mid-sentence in another message of the
    conversation is that person too; the star in lowercase stays."""
    out = engine.anonymise_conversation(
        [
            _message(1, "agent", "Il corso parte lunedì. Stella"),
            _message(2, "customer", "perfetto, allora con Stella ci vediamo lunedì"),
            _message(3, "customer", "c'è una stella cadente sul logo?"),
        ]
    )
    assert "Stella" not in out[0].text and "Stella" not in out[1].text
    assert "una stella cadente" in out[2].text


def test_agent_listing_colours_is_no_signature(engine: AnonymisationEngine) -> None:
    """An agent's message closing on a list of colours ("in Nero, Bianco, Rosa") keeps them."""
    out = engine.anonymise_conversation(
        [_message(1, "agent", "Il modello arriva in tre colori: Nero, Bianco, Rosa")]
    )
    assert out[0].text.endswith("Rosa")


def test_customer_word_at_the_end_is_not_a_signature(engine: AnonymisationEngine) -> None:
    """The agent rule is for the business's own messages: a customer answering with a colour
    keeps it."""
    out = engine.anonymise_conversation(
        [
            _message(1, "agent", "Di che colore la vuole?"),
            _message(2, "customer", "Quella del catalogo. Rosa"),
        ]
    )
    assert out[1].text.endswith("Rosa")


def test_carried_name_opening_a_sentence_before_its_verb(engine: AnonymisationEngine) -> None:
    """A name that is also a word, known as a person in the conversation, opening a sentence
    before a person's verb ("Will gets ...") is that person; before other words it stays."""
    out = engine.anonymise_conversation(
        [
            _message(1, "customer", "hi, my husband Will booked the boat for us"),
            _message(2, "customer", "Will gets seasick though. Will you have tablets?"),
        ]
    )
    assert "Will gets" not in out[1].text and "Will you" in out[1].text


def test_business_short_forms_and_initials() -> None:
    """A business is also called without its trade or its town (when two words stay) and by the
    initials of its words."""
    variants = brand_variants(
        ["Vetreria Alba Catering", "Dischi Nebbia Torino", "Gelo Lab"], frozenset({"torino"})
    )
    assert "Vetreria Alba" in variants
    assert "Dischi Nebbia" in variants
    assert "DNT" in variants and "DN" not in variants  # two letters: a province, a word
    assert "Gelo" in variants


def test_business_short_form_is_no_person() -> None:
    """The business's name without its town, signed after an agent's name, names no person."""
    detector = DetectionEngine(
        Settings(_env_file=None, business_names=["Dischi Nebbia Torino"], tenant="round4")
    )
    text = "Ti mettiamo da parte la copia.\nOttavia – Dischi Nebbia"
    found = detector.detect([text])[0].detections
    persons = [text[d.start : d.end] for d in found if d.entity_type == "PERSON"]
    assert "Nebbia" not in " ".join(persons) and "Ottavia" in persons


def test_titles_are_not_carried(engine: AnonymisationEngine) -> None:
    """A title inside a detected name ("Avv. Ugo Ferrante") is not carried to other messages as
    if it were a name."""
    out = engine.anonymise_conversation(
        [
            _message(1, "customer", "Cordiali saluti\nAvv. Ugo Ferrante"),
            _message(2, "agent", "Buongiorno Avv. Ferrante, la fattura è pronta."),
            _message(3, "customer", "Grazie. Avv. U. Ferrante"),
        ]
    )
    assert "Avv." in out[1].text and "Ferrante" not in out[1].text
    assert "Avv." in out[2].text


def test_pet_name_is_no_person_in_the_whole_conversation(engine: AnonymisationEngine) -> None:
    """A pet named once ("il cane si chiama Briscola") is no person in the other messages of
    the conversation ("Briscola sta meglio?"); the owner's name still is."""
    out = engine.anonymise_conversation(
        [
            _message(1, "customer", "Buongiorno, il cane si chiama Briscola, ha 3 anni"),
            _message(2, "agent", "Perfetto, aspettiamo Briscola giovedì alle 10! Ginevra"),
        ]
    )
    assert "aspettiamo Briscola" in out[1].text and "Ginevra" not in out[1].text


def test_agent_signature_after_at_sign_is_the_name_only(engine: AnonymisationEngine) -> None:
    """ "Ugo @ DNB": the name ends before the mark; the team's initials are not carried into an
    order code."""
    out = engine.anonymise_conversation(
        [
            _message(1, "agent", "The refund is sent, sorry again for the wait!\n– Ugo @ DNB"),
            _message(2, "agent", "Your order DNB-2231 ships today."),
        ]
    )
    assert "Ugo" not in out[0].text and "DNB" in out[0].text
    assert "DNB-2231" in out[1].text


@pytest.mark.parametrize(
    "text",
    [
        "Tutto pronto per sabato.\nOttavia from Dischi Nebbia Torino",
        "Ordine partito!\nOttavia @ Dischi Nebbia Torino",
    ],
)
def test_name_before_the_business_after_from_or_at(text: str) -> None:
    """An agent's name before the business's name after "from" or "@" signs the message."""
    detector = DetectionEngine(
        Settings(_env_file=None, business_names=["Dischi Nebbia Torino"], tenant="round4")
    )
    found = detector.detect([text])[0].detections
    assert "Ottavia" in [text[d.start : d.end] for d in found if d.entity_type == "PERSON"]


def test_a_country_is_not_redacted(engine: AnonymisationEngine) -> None:
    """A country says not who nor where someone lives ("Mobile (Italy):", "UK -> Italy"); a
    town still is a place."""
    text = "Hi, can you ship from the UK to Italy? I live in Chipping Wexcombe."
    found = engine.detector.detect([text])[0].detections
    surfaces = {text[d.start : d.end] for d in found}
    assert "Italy" not in surfaces
