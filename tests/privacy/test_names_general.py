"""Person names by class, not by value: signatures in many shapes, first names that are also
words, lowercase and unknown names after cues, and words that are never a person.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from pipeline.models import Message
from privacy.anonymise import AnonymisationEngine

# (case, text, the name that must be found as PERSON)
FOUND = [
    # 1. An agent's signature at the end of a message, in many shapes, any case, unknown names.
    ("signature-caret-lowercase", "Reso registrato, rimborso in 5 giorni. ^bettina", "bettina"),
    ("signature-caret-unknown", "All sorted, see you Friday ^ngozika", "ngozika"),
    ("signature-tilde-word-name", "Booking changed to the later slot ~Faith", "Faith"),
    ("signature-tilde-common-first-name", "Le mandiamo il preventivo oggi ~Serena", "Serena"),
    ("signature-dash-own-line", "Your frames are ready for pick-up.\n- Joy", "Joy"),
    ("signature-en-dash-own-line", "Il pacco è partito stamattina.\n– Viola", "Viola"),
    ("signature-brackets-after-sentence", "We will ring you on Monday. (Hope)", "Hope"),
    ("signature-brackets-after-emoji", "Spedito oggi 📦 (Ornella)", "Ornella"),
    ("signature-slash", "Rimborso disposto /Gualtiero", "Gualtiero"),
    ("signature-pipe-page", "Ci vediamo sabato alle 10.\nRosa | Pasticceria Belvedere", "Rosa"),
    ("signature-comma-page", "Preventivo inviato.\nStella, Officina Ruggeri", "Stella"),
    ("signoff-customer-lowercase-unknown", "ok perfetto, grazie, oluwaseun", "oluwaseun"),
    ("signoff-customer-thanks-so-much", "That works for me. Thanks so much, Mercy", "Mercy"),
    ("signoff-customer-newline", "Ci sarò alle 18\nGrazie\nadaeze", "adaeze"),
    ("signature-tilde-then-emoji", "Ci vediamo giovedì! ~Benedetta 🌷", "Benedetta"),
    (
        "signature-caret-lowercase-then-emoji",
        "Pagamento ricevuto 👍 ^ermenegilda 😊",
        "ermenegilda",
    ),
    ("signature-lead-same-line-brackets", "Ritiro confermato! Ivana (Ferramenta Colle)", "Ivana"),
    # 2. First names that are also words, decided by context.
    ("word-name-is-x-teaching", "is Joy teaching the pilates class tomorrow?", "Joy"),
    ("word-name-x-is-off", "Sorry, Faith is off today, Dario covers the desk.", "Faith"),
    ("word-name-x-ti-scrive", "Il preventivo è pronto. Serena ti scrive entro sera.", "Serena"),
    ("word-name-x-will-call", "Mark will call you back after lunch", "Mark"),
    ("word-name-con", "vorrei prenotare una seduta con Stella la prossima settimana", "Stella"),
    ("word-name-ask", "Please ask Will at the counter for the spare key", "Will"),
    ("word-name-chiedi-a", "per il ritiro chiedi a Viola in cassa", "Viola"),
    ("word-name-greeting", "Hi Grace thanks for the quick reply", "Grace"),
    ("word-name-title", "Mrs Joy asked about the invoice", "Joy"),
    ("word-name-lowercase-after-thanks", "ok got it, thanks joy!", "joy"),
    ("word-name-lowercase-after-ciao", "ciao viola, a che ora chiudete?", "viola"),
    ("word-name-chiedete-di", "al banco chiedete di Hope", "Hope"),
    ("word-name-mi-ha-detto", "Faith mi ha detto che è pronto", "Faith"),
    ("signature-own-line-kisses", "See you Saturday\nJoy xx", "Joy"),
    ("word-name-after-role-noun", "Your trainer, Joy, has moved the session", "Joy"),
    ("word-name-after-sara", "Il suo consulente sarà Felice", "Felice"),
    (
        "cue-name-in-brackets-mid-sentence",
        "la ragazza in cassa (Celestino) è stata gentile",
        "Celestino",
    ),
    ("unknown-name-after-tell", "please tell Oluwadamilare I called", "Oluwadamilare"),
    ("unknown-name-after-thanks-to", "say thanks to Thandiwe from us", "Thandiwe"),
    ("hyphenated-name-ner", "Can I book with Seo-yeon again?", "Seo-yeon"),
    ("double-name-with-particle", "mi chiamo Anna Lisa Della Valle", "Della Valle"),
    ("word-name-after-name-and", "Luca and Joy will be at the desk", "Joy"),
    ("word-name-question-e", "è Serena in negozio oggi?", "Serena"),
    ("word-name-spoke-to", "I spoke to Faith on the phone", "Faith"),
    ("thanks-so-much-word-name", "thanks so much Joy, really kind", "Joy"),
    ("grazie-di-cuore-word-name", "grazie di cuore Gioia", "Gioia"),
    ("grazie-mille-a-word-name", "grazie mille a Stella e a tutto lo staff", "Stella"),
    ("thank-you-to-word-name", "A big thank you to Faith and the team", "Faith"),
    ("ty-word-name", "ty Hope :)", "Hope"),
    ("title-dott-ssa", "Cordiali saluti\nDott.ssa Viola Crespani", "Viola Crespani"),
    ("title-sig-ra-lowercase", "gentile sig.ra bernasconi", "bernasconi"),
    ("lowercase-known-name-after-con", "ho parlato con ludovica stamattina", "ludovica"),
    ("lowercase-known-name-acts", "ottavio mi ha detto che è pronto", "ottavio"),
    ("relative-mamma-di-lowercase", "buonasera sono la mamma di gianmaria", "gianmaria"),
    (
        "forwarded-header-da",
        "Vi inoltro:\n> Da: Obiageli Nwachukwu\n> Oggetto: preventivo",
        "Obiageli Nwachukwu",
    ),
    (
        "forwarded-header-from-email",
        "From: Tunde Adeyemi <t@example.org>\nSent: Monday",
        "Tunde Adeyemi",
    ),
    ("greeting-lowercase-unknown", "ciao yewande, il pacco è pronto", "yewande"),
    (
        "lowercase-word-surname-closing",
        "please post it to my sister nadia brown at her flat",
        "nadia brown",
    ),
    ("month-name-as-person", "is June covering the evening shift?", "June"),
    # 3. Lowercase and unknown names after self-introductions and relatives.
    (
        "introduction-sono-lowercase-unknown",
        "buongiorno sono chidinma, volevo sapere gli orari",
        "chidinma",
    ),
    ("introduction-this-is-from", "hi this is oyelaran from the bakery next door", "oyelaran"),
    (
        "relative-lowercase-unknown-pronoun",
        "il regalo è per mia cugina ekaterina che abita a Lodi",
        "ekaterina",
    ),
    (
        "relative-di-lowercase-two-words",
        "sono la vicina di ilse brandauer mi ha dato il vostro numero",
        "ilse brandauer",
    ),
    (
        "relative-en-lowercase-unknown-he",
        "please send it to my nephew tadeusz he lives there",
        "tadeusz",
    ),
]

# (case, text, a part that must survive)
KEPT = [
    ("signoff-filler-not-a-name", "grazie, buona serata", "buona serata"),
    ("signoff-verb-not-a-name", "grazie, confermo", "confermo"),
    ("signoff-participle-not-a-name", "Thanks, appreciated", "appreciated"),
    ("signoff-italian-verb-not-a-name", "grazie, attendo", "attendo"),
    ("signoff-superlative-not-a-name", "grazie, gentilissimi", "gentilissimi"),
    ("dash-range-not-a-signature", "il costo è tra 40 - 60 euro", "60 euro"),
    ("slash-sizes-not-a-signature", "disponibile in taglia S / M", "M"),
    ("brackets-after-word-not-a-signature", "la spedizione va in Sardegna (isole)", "isole"),
    ("month-date-day-first", "the course starts on 12 May", "May"),
    ("month-date-in", "we reopen in June", "June"),
    ("month-date-day-after", "booked for April 14", "April"),
    ("greeting-ciao-bella", "Ciao bella! Arrivato tutto", "bella"),
    ("lowercase-month-after-in", "see you in june!", "june"),
    ("colour-after-or", "Do you have it in Navy or Rose?", "Rose"),
    ("colour-after-and", "we stock Black and Ruby", "Ruby"),
    ("colour-after-is", "The second colour is Viola", "Viola"),
    ("dish-named-after-person", "Is the Victoria sponge gluten free?", "Victoria"),
    ("product-after-the-ner", "the Jasmine tea set is lovely", "Jasmine"),
    ("feast-day", "Thanks for the Valentine's Day offer", "Valentine"),
    ("saint-before-surname", "Ordine per la festa di San Valentino", "Valentino"),
    ("lowercase-colour-word-name-after-con", "la maglia con bruno e bianca", "bruno"),
    ("dash-imperative-not-a-signature", "Per info sui corsi - Scriveteci", "Scriveteci"),
    ("forwarded-header-office", "A: Ufficio Acquisti\nOggetto: ordine", "Ufficio Acquisti"),
    ("company-form-after-figli", "la ditta è Benedettini & figli snc, grazie", "snc"),
    ("greeting-endearment", "ciao tesoro! tutto bene?", "tesoro"),
    ("greeting-group", "ciao raga, ci siete?", "raga"),
    ("ner-lone-letter-label", "thanks\n\n--\nsent from my phone\nM: 0044 7700 900 555", "M:"),
    ("modal-at-sentence-start", "Will you ship to Malta?", "Will"),
    ("verb-hope-sentence-start", "Hope you enjoy the new lenses!", "Hope"),
    ("title-case-run-word-name", "The Grace Linen Shirt is back in stock", "Grace"),
    ("relative-then-verb", "mio marito passerà domani a ritirare", "passerà"),
    ("relative-then-adjective", "mio fratello minore ha 12 anni", "minore"),
    ("introduction-then-adjective-it", "sono curiosa, come funziona?", "curiosa"),
    ("introduction-then-adjective-en", "i'm sorry, wrong chat", "sorry"),
    ("introduction-then-participle", "sono arrivata, dove parcheggio?", "arrivata"),
    ("dash-adjective-not-a-signature", "il colore è verde - chiaro", "chiaro"),
    ("dash-size-not-a-signature", "I'd like the grey one - large", "large"),
    ("signoff-praise-not-a-name", "Thanks, fabulous", "fabulous"),
    ("signoff-bye-not-a-name", "thank you, goodbye", "goodbye"),
    ("introduction-adjective-en", "this is ridiculous, where is my parcel?", "ridiculous"),
    ("introduction-participle-en", "it's damaged, can I swap it?", "damaged"),
    ("language-english", "Hi, do you speak English? I am visiting", "English"),
    ("language-italian-lowercase", "scusate, parlo poco italiano", "italiano"),
    ("nationality", "We are two French tourists", "French"),
    ("acronym-after-name-line", "Titolare: Ottorino Baldelli\nIBAN: IT00 X000 0000", "IBAN"),
    ("section-word-after-name-line", "Saluti,\nMirta Pavan\nUfficio acquisti", "Ufficio"),
    ("cue-broken-by-exclamation", "Thanks! Balance due on arrival.", "Balance"),
    (
        "ner-lone-everyday-word",
        "Hello Dominic Ashby, Exchanges are free within 14 days.",
        "Exchanges",
    ),
    ("ner-product-model-number", "Can you fix a Lumina 8s screen?", "Lumina"),
    ("ner-class-after-determiner", "is the Zumbafit class full on Friday?", "Zumbafit"),
    ("ner-title-with-everyday-word", "how much is the weekend Vienna Low Cost?", "Low Cost"),
]


def assert_person_found(engine: AnonymisationEngine, text: str, value: str) -> None:
    """``value`` lies inside a PERSON detection of ``text`` (shared with the round-2 tests)."""
    result = engine.detector.detect([text])[0]
    found = [(text[d.start : d.end], d.entity_type) for d in result.detections]
    assert any(kind == "PERSON" and value in surface for surface, kind in found), found


Case = tuple[str, str, str]


def person_case_tests(found: list[Case], kept: list[Case]) -> tuple[Any, Any]:
    """``test_found`` and ``test_kept`` over a module's tables of (case, text, value): the value
    lies inside a PERSON detection, or inside none (shared by every names round)."""

    @pytest.mark.parametrize(
        ("text", "value"), [pytest.param(text, value, id=case) for case, text, value in found]
    )
    def test_found(engine: AnonymisationEngine, text: str, value: str) -> None:
        assert_person_found(engine, text, value)

    @pytest.mark.parametrize(
        ("text", "value"), [pytest.param(text, value, id=case) for case, text, value in kept]
    )
    def test_kept(engine: AnonymisationEngine, text: str, value: str) -> None:
        assert_no_person(engine, text, value)

    return test_found, test_kept


test_found, test_kept = person_case_tests(FOUND, KEPT)


def assert_no_person(engine: AnonymisationEngine, text: str, value: str) -> None:
    """No PERSON detection of ``text`` overlaps ``value``."""
    result = engine.detector.detect([text])[0]
    start = text.index(value)
    end = start + len(value)
    persons = [
        text[d.start : d.end]
        for d in result.detections
        if d.entity_type == "PERSON" and d.start < end and start < d.end
    ]
    assert not persons


def _message(index: int, role: str, text: str) -> Message:
    return chat_message(index, role, text)


def chat_message(
    index: int,
    role: str,
    text: str,
    customer_name: str = "Tobias Wren",
    *,
    conversation: str = "names_1",
    page: str = "104857600000009",
    customer: str = "8800000000000001",
) -> Message:
    """One message of a Messenger conversation between a named customer and the Page."""
    from_customer = role == "customer"
    return Message(
        message_id=f"{conversation}_{index}",
        conversation_id=conversation,
        platform="messenger",
        page_id=page,
        sender_id=customer if from_customer else page,
        sender_name=customer_name if from_customer else None,
        sender_role=role,  # type: ignore[arg-type]
        recipient_id=page if from_customer else customer,
        recipient_name=None if from_customer else customer_name,
        created_time=datetime(2026, 3, 2, 10, 0, tzinfo=UTC) + timedelta(minutes=index),
        text=text,
    )


def test_month_name_carried_forward_spares_dates(engine: AnonymisationEngine) -> None:
    """A first name that is also a month, once found, is replaced everywhere in the
    conversation, but never inside a date."""
    out = engine.anonymise_conversation(
        [
            _message(1, "customer", "hi! is May teaching the spin class on Sat 16 May?"),
            _message(2, "agent", "Hi! May is away that week, back on May 20. Ask for May then."),
        ]
    )
    assert "May teaching" not in out[0].text and "16 May" in out[0].text
    assert "May 20" in out[1].text and "Ask for May" not in out[1].text
