"""Red team of session 6's round-8 rules (names N8, places and structured S8, the trained name
scorer): each sentence here leaked a person at the round's HEAD although the engine of the
session's start redacted it, or lost a span that it kept. Every sentence and value is invented.

The leaks come from the GeoNames gazetteer: a surname that is also a town abroad ("Feng",
"Masuda", "Malvern", "Ishikawa") is skipped by the proper-noun rule as a place, while the place
rule drops it after a capitalised first name (part of a name or a title) or takes it as a
LOCATION apart from the first name, which then carries only the first name through the
conversation.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from tests.privacy.test_names_general import chat_message


@lru_cache(maxsize=1)
def _engine() -> AnonymisationEngine:
    settings = Settings(_env_file=None, business_names=["Ottica Lungomare"], tenant="t")
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-redteam-r8-0001", tenant="t")
    )


def _conversation(*turns: tuple[str, str]) -> list[str]:
    messages = [chat_message(i, role, text) for i, (role, text) in enumerate(turns)]
    return [message.text for message in _engine().anonymise_conversation(messages)]


def _anonymise(text: str, role: str = "customer") -> str:
    return _conversation((role, text))[0]


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


# a surname that is a town abroad, after a first name the lists do not know or that is a word,
# in an Italian message: taken by no rule (S8-1)
FIRST_NAME_AND_TOWN_SURNAME = [
    ("Buongiorno, sono Wen Feng, ho un problema con l'ordine.", "Feng"),
    ("Sono Mei Liang e scrivo per la fattura.", "Liang"),
    ("Ho parlato con Ming Masuda al telefono.", "Masuda"),
    ("Sono Sun Liang, per il ritiro di sabato.", "Liang"),
]

# the surname said again later in the conversation, in lowercase (S8-2)
CARRIED_SURNAMES = [
    (
        "Buongiorno, sono Elspeth Malvern, ho ordinato la cornice in rovere.",
        "Buongiorno Elspeth, grazie per averci scritto!",
        "sull'etichetta c'è scritto malvern ma la via è sbagliata",
        "malvern",
    ),
    (
        "Buongiorno, sono Daiki Ishikawa, la lampada che ho comprato sfarfalla.",
        "Buongiorno Daiki, ci scusi! Può mandarci una foto?",
        "certo. di nuovo ishikawa, allego la foto",
        "ishikawa",
    ),
    (
        "Hi, this is Haruto Kobayashi, I ordered the oak frame.",
        "Hi Haruto, thanks for getting in touch!",
        "the label says kobayashi but the street is wrong",
        "kobayashi",
    ),
]

# a phone number after "riferimento"/"reference": a contact number, no payment reference (S8-4)
PHONES_AFTER_REFERENCE = [
    ("Il mio numero di riferimento: 347 881 2093", "347 881 2093"),
    ("numero di riferimento 3478812093, chiedete di Bice", "3478812093"),
    ("Contatto di riferimento: 333 1234567 (mia figlia)", "333 1234567"),
    ("Recapito telefonico di riferimento: 0461 238877", "0461 238877"),
    ("riferimento 3471234567", "3471234567"),
    ("Reference: 07700 900418 (my mobile)", "07700 900418"),
    ("Emergency contact reference 07911 123456", "07911 123456"),
    ("Please use my number as the reference: 07700 900555", "07700 900555"),
]

# what an agent's message closes with that is no signature (N8-1), and an interjection that is
# no town (S8-3): kept by the engine of the session's start
KEPT = [
    ("agent", "Ordine spedito oggi. DPD", "DPD"),
    ("agent", "Il codice è nella mail. OTP", "OTP"),
    ("agent", "Il prodotto è certificato. BIO", "BIO"),
    ("agent", "Arriva domani con corriere. MBE", "MBE"),
    ("customer", "Belìn, è arrivato rotto di nuovo.", "Belìn"),
    # a link whose query value is an everyday word names nobody (S8-8)
    ("customer", "Ecco il link: https://www.example-shop.it/redirect?to=carrello", "carrello"),
    ("customer", "Try https://shop.example.com/collections?for=kids", "kids"),
    ("customer", "Login page: https://portal.example.com/login?user=guest", "guest"),
]

# Cases still failing at the round's deadline: strict xfail, see the round's notes (the red
# team's findings); every other case of this file was fixed by the tuners during the round.
_OPEN: dict[str, str] = {
    "Belìn, è arrivato rotto di nuovo.": "S8-3",
}


def _marks(text: str) -> list[pytest.MarkDecorator]:
    if text not in _OPEN:
        return []
    reason = f"red team round 8 ({_OPEN[text]}): open"
    return [pytest.mark.xfail(strict=True, reason=reason)]


@pytest.mark.parametrize(
    ("text", "value"),
    [pytest.param(t, v, marks=_marks(t)) for t, v in FIRST_NAME_AND_TOWN_SURNAME],
)
def test_round8_a_surname_that_is_a_town_abroad_is_redacted(text: str, value: str) -> None:
    assert not _survives(value, _anonymise(text))


@pytest.mark.parametrize(
    ("first", "reply", "later", "value"),
    [pytest.param(*case, marks=_marks(case[0])) for case in CARRIED_SURNAMES],
)
def test_round8_a_town_surname_is_carried_through_the_conversation(
    first: str, reply: str, later: str, value: str
) -> None:
    out = _conversation(("customer", first), ("agent", reply), ("customer", later))
    assert not any(_survives(value, text) for text in out)
    assert not _survives(value.capitalize(), out[0])


@pytest.mark.parametrize(
    ("text", "value"), [pytest.param(t, v, marks=_marks(t)) for t, v in PHONES_AFTER_REFERENCE]
)
def test_round8_a_contact_number_after_reference_is_redacted(text: str, value: str) -> None:
    assert not _survives(value, _anonymise(text))


@pytest.mark.parametrize(
    ("role", "text", "span"),
    [pytest.param(r, t, s, marks=_marks(t)) for r, t, s in KEPT],
)
def test_round8_acronyms_and_interjections_are_kept(role: str, text: str, span: str) -> None:
    assert _survives(span, _anonymise(text, role))


# the customer's profile name, whose surname is a town: the place must not block the participant's
# span and leave the first name (N8-3; the last two were towns before the session too)
CUSTOMERS_NAMED_LIKE_TOWNS = [
    ("Ailsa Carlton", "Sono Ailsa Carlton, per la cornice.", "Ailsa"),
    ("Tadashi Kobayashi", "Tadashi Kobayashi again: refund?", "Tadashi"),
    ("Wen Feng", "Wen Feng di nuovo: nessuna risposta?", "Wen"),
    ("Ailsa Sciacca", "Ailsa Sciacca: novità?", "Ailsa"),
    ("Tadashi Lentini", "Tadashi Lentini again, any news?", "Tadashi"),
    # a first name that is a word or a place's head, opening the message
    ("Marina Ishikawa", "Marina Ishikawa: novità?", "Marina"),
    ("Nara Kobayashi", "Nara Kobayashi again, any news?", "Nara"),
    # in lowercase, after a preposition
    ("Gioia Carlton", "gioia carlton, ordine 5512", "gioia"),
    ("Sole Masuda", "il reso di Sole Masuda?", "Sole"),
]


@pytest.mark.parametrize(
    ("customer", "text", "value"),
    [pytest.param(c, t, v, marks=_marks(t)) for c, t, v in CUSTOMERS_NAMED_LIKE_TOWNS],
)
def test_round8_the_customer_named_like_a_town_is_redacted(
    customer: str, text: str, value: str
) -> None:
    messages = [chat_message(0, "customer", text, customer_name=customer)]
    out = _engine().anonymise_conversation(messages)[0].text
    assert not _survives(value, out)
    assert not _survives(customer.split()[-1], out)


# Privacy guards for the fixes of the cases above: the person beside them stays redacted.
GUARDS = [
    ("agent", "Ordine spedito oggi con DPD. Buona giornata, Loredana", "Loredana"),
    ("agent", "Il codice OTP è nella mail. A presto! RB", "RB"),
    ("customer", "Belìn, sono Gerolamo Parodi, il pacco è arrivato rotto.", "Gerolamo Parodi"),
    ("customer", "Sono Wen, Wen Rasmussen, ho un problema con l'ordine.", "Rasmussen"),
    ("customer", "Vivo a Malvern, mi chiamo Tobiah Quennell.", "Tobiah Quennell"),
    ("customer", "Link: https://shop.example.com/track?n=gbianchi&id=55", "gbianchi"),
    ("customer", "https://booking.example.it/conferma?nome=giulia&cognome=ferrandi", "ferrandi"),
    ("customer", "CRO 0306 2614 7730, per info chiamatemi al 347 1234567", "347 1234567"),
    ("customer", "https://pay.example.com/checkout?customer=Hope+Winter", "Hope+Winter"),
    ("customer", "https://app.example.com/invite?first_name=Will&last_name=Price", "Price"),
]


@pytest.mark.parametrize(("role", "text", "value"), GUARDS)
def test_round8_the_person_beside_a_kept_word_is_redacted(role: str, text: str, value: str) -> None:
    assert not _survives(value, _anonymise(text, role))
