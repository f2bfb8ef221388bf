"""Round 7 of the structured recognizers: the floor before a street, a room's number before a
building, the hamlet after an Italian address; a seller's or member's page; a postal item's code
written in groups; a role mailbox at a shortened business domain; the town after someone's
name or trade. Every value is invented."""

from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from privacy.recognizers.address import find_addresses
from privacy.recognizers.location import _residences
from privacy.recognizers.structured import find_structured
from tests.privacy.test_names_general import chat_message


def _addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_addresses(text)]


def _found(text: str, kind: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    return [text[d.start : d.end] for d in find_structured(text, allowed) if d.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the floor before the street, inline or on the line of a signature
        (
            "Office Manager\nBrindle & Co\n4th Floor, 17 Queen Street\nLeeds LS1 2TW\n"
            "T: 0113 496 0000",
            "4th Floor, 17 Queen Street\nLeeds LS1 2TW",
        ),
        (
            "please send it to Ground floor, 9 Mill Lane, York YO1 7PX thanks",
            "Ground floor, 9 Mill Lane, York YO1 7PX",
        ),
        (
            "Level 3, 120 Collins Street, Melbourne VIC 3000",
            "Level 3, 120 Collins Street, Melbourne VIC 3000",
        ),
        # a room's number and a building on the line above the street
        (
            "It's:\nProf. Ada Quill\n214 Harlan Hall\n88 N Elm St\nDayton, OH 45402\n",
            "214 Harlan Hall\n88 N Elm St\nDayton, OH 45402",
        ),
        # the hamlet after the street and number, also in lowercase
        (
            "località serra manna 7, frazione torre sarmu però chiamate prima",
            "località serra manna 7, frazione torre sarmu",
        ),
        (
            "Via dei Gelsi 12, fraz. Borgoretto, vicino alla chiesa",
            "Via dei Gelsi 12, fraz. Borgoretto",
        ),
        # the flat named by its floor, a Canadian postal code, Portuguese and Spanish streets
        (
            "Basement flat, 31 Quarry Road, Perth PH1 5RT",
            "Basement flat, 31 Quarry Road, Perth PH1 5RT",
        ),
        (
            "58 Maplewood Avenue, Apt 7, Halifax, NS B3H 2Y9",
            "58 Maplewood Avenue, Apt 7, Halifax, NS B3H 2Y9",
        ),
        ("a morada é Rua das Flores 77, obrigado", "Rua das Flores 77"),
        ("enviadlo a Carrer de Provença 214, Barcelona", "Carrer de Provença 214, Barcelona"),
    ],
)
def test_floor_building_and_hamlet_belong_to_the_address(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "the logo is on my page https://www.etsy.com/shop/TildaInkWorks",
            "https://www.etsy.com/shop/TildaInkWorks",
        ),
        (
            "mi trovi su https://www.ebay.it/usr/gigi_ricambi77.",
            "https://www.ebay.it/usr/gigi_ricambi77",
        ),
        (
            "il mio profilo: www.vinted.it/member/40211-marta.lu",
            "www.vinted.it/member/40211-marta.lu",
        ),
        (
            "see https://forum.example.org/u/olly_brenn/summary",
            "https://forum.example.org/u/olly_brenn/summary",
        ),
        (
            "I wrote it up at https://medium.com/@peri.walsh/notes",
            "https://medium.com/@peri.walsh/notes",
        ),
    ],
)
def test_a_sellers_or_members_page_is_personal(text: str, url: str) -> None:
    assert url in _found(text, "URL")


@pytest.mark.parametrize(
    "text",
    [
        "the catalogue is at https://www.example-oils.it/shop/extra-vergine",
        "https://www.etsy.com/listing/1234567/ceramic-mug",
        "order here: https://www.example.com/products/blue-lamp",
    ],
)
def test_catalogue_pages_are_kept(text: str) -> None:
    assert _found(text, "URL") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tracking: RR 318 604 227 IT. Grazie",
        "il codice della raccomandata è CP 905 117 342 DE",
    ],
)
def test_a_postal_code_in_groups_is_no_phone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "text",
    [
        "chiamami al 347 118 2290 IT fa lo stesso",  # ten digits: a phone
        "scrivimi su WA 348 512 9071 grazie",  # letters only before it
    ],
)
def test_phones_beside_capitals_are_still_phones(text: str) -> None:
    assert _found(text, "PHONE_NUMBER")


_ALLOWED = frozenset({"voltarenabiglietteria", "vb"})


def test_a_role_mailbox_at_a_shortened_business_domain_is_redacted_too() -> None:
    # policy since session 9: every e-mail address is redacted, the business's own too
    assert _found("scrivete a accessibilita@voltarena.it per la pedana", "EMAIL_ADDRESS", _ALLOWED)


@pytest.mark.parametrize(
    "text",
    [
        "scrivete a nadia.ferri@voltarena.it per la pedana",
        "o a tobia@voltarena.it",
        "accessibilita@voltarenafan.it",  # not the business's domain
        "info@arena.it",  # a label too short to be the business
    ],
)
def test_a_person_at_the_business_domain_is_still_redacted(text: str) -> None:
    assert _found(text, "EMAIL_ADDRESS", _ALLOWED)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hello, I am Pieter Smulders from Wageningen. We need a room", "Wageningen"),
        ("sono Ornella Pusceddu da Sanluri, vorrei un'informazione", "Sanluri"),
        ("ciao sono tonio l'elettricista di carmagnola ti scrivo dal furgone", "carmagnola"),
        ("I'm Sean the plumber from Moncalieri, quick one", "Moncalieri"),
    ],
)
def test_the_town_after_a_name_or_trade_is_a_place(text: str, place: str) -> None:
    assert place in [text[d.start : d.end] for d in _residences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, this is Kate from Harbour Foods Ltd",
        "sono Giulia di Vodafone, la richiamo",
        "This is Anna from Support.",
        "sono l'idraulico di fiducia di mia zia",
        "the mechanic from Halfords said the bike is fine",  # a shop, not a known town
    ],
)
def test_a_company_or_a_word_after_from_is_no_place(text: str) -> None:
    assert [text[d.start : d.end] for d in _residences(text)] == []


@lru_cache(maxsize=1)
def _engine() -> AnonymisationEngine:
    settings = Settings(_env_file=None, business_names=["Ottica Lungomare"], tenant="t")
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-round7-0001", tenant="t")
    )


def _anonymise(text: str) -> str:
    return _engine().anonymise_conversation([chat_message(0, "customer", text)])[0].text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a maker that is also a surname, with a category word or weighed (brands.txt "~")
        ("il cane mangia solo le crocchette Monge", "Monge"),
        ("stampato su carta Fedrigoni da 300 g", "Fedrigoni"),
        ("con le macchine Kärcher per i pavimenti", "Kärcher"),
        ("mi mandate 2 kg di Loison assortiti?", "Loison"),
        # well-known brands without a cue
        ("Se piove prendi un Uber, te lo rimborso", "Uber"),
        ("I'll send the files by WeTransfer tonight", "WeTransfer"),
        ("ho letto su Windguru che domani c'è maestrale", "Windguru"),
        ("Tomorrow we go to Gardaland with the kids", "Gardaland"),
    ],
)
def test_goods_rooms_and_makers_are_kept(text: str, kept: str) -> None:
    assert kept in _anonymise(text)


@pytest.mark.parametrize(
    "text",
    [
        "è per mio figlio che gioca a calcio nella squadra del paese",
        "giochiamo a bocce ogni domenica",
    ],
)
def test_a_game_after_giocare_a_is_no_town(text: str) -> None:
    assert "LOCATION" not in _anonymise(text)


def test_a_count_of_years_is_no_street() -> None:
    assert _addresses("se l'adulto è mia cugina di 19 anni vale??") == []
