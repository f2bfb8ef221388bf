"""E-mails and user names, round 21 (session 13, from red team R22's invented probes):

1. a mailbox or a domain with letters of any script ("josé.garcía@...", "garcia@exämple.de"),
   an apostrophe inside a mailbox's name ("t.o'brien@...");
2. "point" spelled for the dot ("jack point taylor at gmail point com");
3. a user name after "utente", "nome utente", "gamertag" (with a colon any token, without one
   only a user name's shape).

Every value is invented."""

from __future__ import annotations

import pytest

from tests.privacy.test_links_round15 import _found


@pytest.mark.parametrize(
    "mailbox",
    [
        "josé.ferrández@example.es",
        "jürgen.großmann@example.de",
        "niccolò.bertè@esempio.it",
        "ferrandez@exämple.de",
        "zoë.haugland@example.no",
        "t.o'riordan@example.ie",
        "sean.o’malley@example.ie",
    ],
)
def test_mailboxes_in_any_script_are_found_whole(mailbox: str) -> None:
    assert _found(f"scrivetemi a {mailbox} grazie", "EMAIL_ADDRESS") == [mailbox]


def test_a_quote_around_a_mailbox_stays_outside() -> None:
    assert _found("scrivi a 'ivo.danese@example.it'", "EMAIL_ADDRESS") == ["ivo.danese@example.it"]


@pytest.mark.parametrize(
    ("text", "mailbox"),
    [
        ("it's tom point hardcastle at gmail point com", "tom point hardcastle at gmail point com"),
        ("ivo.danese at libero point it", "ivo.danese at libero point it"),
    ],
)
def test_point_is_a_spelled_dot(text: str, mailbox: str) -> None:
    assert _found(text, "EMAIL_ADDRESS") == [mailbox]


def test_point_in_prose_is_no_mailbox() -> None:
    assert _found("at this point com is the cheapest option", "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("nome utente brunafoschi77", "brunafoschi77"),
        ("l'utente ilde_marangon_1990 sul forum", "ilde_marangon_1990"),
        ("gamertag xbox: TeoCastaldi", "TeoCastaldi"),
        ("utente: ildemarangon", "ildemarangon"),
    ],
)
def test_user_names_after_utente_and_gamertag(text: str, user: str) -> None:
    assert _found(text, "HANDLE") == [user]


@pytest.mark.parametrize(
    "text",
    [
        "utente registrato da anni",
        "l'utente ha chiesto un rimborso",
        "il gamertag è obbligatorio",
        "nome utente dimenticato",
    ],
)
def test_ordinary_words_after_utente_stay(text: str) -> None:
    assert _found(text, "HANDLE") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("il mio numero è il 339 e poi 4417702", "339 e poi 4417702"),
        ("prefisso 348 numero 2290147", "348 numero 2290147"),
        ("il fisso: 0521, poi 774411", "0521, poi 774411"),
        ("chiamate lo 02 8845 1200 interno 34", "02 8845 1200 interno 34"),
        ("office 0161 496 0000 extension 22", "0161 496 0000 extension 22"),
    ],
)
def test_phones_in_two_parts_and_extensions(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    ["costa 350 e 1200000 euro in tutto", "ho 300 e poi 120000 punti", "ordine 345 e 12345"],
)
def test_amounts_in_two_parts_are_no_phone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


def test_a_sentence_stop_after_a_spelled_mailbox_is_no_dot() -> None:
    text = "la sua mail è noemi at libero dot it. il mio cell dopo"
    assert _found(text, "EMAIL_ADDRESS") == ["noemi at libero dot it"]


def test_a_media_kit_page_judges_its_host_strictly() -> None:
    # "yoga" would save a shop's host; a media kit is one person's page
    text = "yes! https://tessamorrowyoga.example.ie/mediakit is the latest"
    assert _found(text, "URL") == ["https://tessamorrowyoga.example.ie/mediakit"]
