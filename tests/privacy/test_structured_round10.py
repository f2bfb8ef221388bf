"""Round 10 of the structured recognizers: the whole class of street types (Italian odonyms of
the ISTAT and Poste registers, British and American street words, Welsh, Polish, German, Dutch
and Scandinavian streets, provincial roads by the kilometre), a province after a comma, a maker
inside a street's name, a Celtic house name, a spelled house number and a floor; short names of
comuni; the links that single a person out (the policy in ``structured.py``) and the look-alikes
that stay. Every value is invented."""

from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from privacy.recognizers.address import find_addresses
from privacy.recognizers.location import find_places, load_gazetteer
from privacy.recognizers.names import load_lexicon
from privacy.recognizers.structured import find_structured
from tests.privacy.test_names_general import chat_message


def _urls(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    return [text[d.start : d.end] for d in find_structured(text, allowed) if d.entity_type == "URL"]


def _addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_addresses(text)]


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    return load_gazetteer(load_lexicon())


def _places(text: str) -> list[str]:
    return [
        text[d.start : d.end]
        for d in find_places(text, _gazetteer())
        if d.entity_type == "LOCATION"
    ]


@lru_cache(maxsize=1)
def _engine() -> AnonymisationEngine:
    settings = Settings(_env_file=None, business_names=["Ferramenta Boschetti"], tenant="t")
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-round10-001", tenant="t")
    )


def _anonymise(text: str) -> str:
    return _engine().anonymise_conversation([chat_message(0, "customer", text)])[0].text


# --- street types ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Italian odonyms beyond via and piazza: banks of rivers, canals and lakes
        ("spedite in Riviera Berica 212, grazie", "Riviera Berica 212"),
        ("abito in alzaia Naviglio Pavese 118", "alzaia Naviglio Pavese 118"),
        ("il laboratorio è in Ripa Grande 9", "Ripa Grande 9"),
        ("consegna in Lungoserio Cavour 14", "Lungoserio Cavour 14"),
        # Venetian streets
        ("siamo in Salizada San Canciano 5511", "Salizada San Canciano 5511"),
        ("portatelo in Rio Terà dei Frari 2543", "Rio Terà dei Frari 2543"),
        ("sto in Sottoportego dei Preti 1207", "Sottoportego dei Preti 1207"),
        # a street type that is also a word, with its number
        ("mi trovate in Riva del Vin 730", "Riva del Vin 730"),
        ("lo studio è in Galleria Mazzini 4", "Galleria Mazzini 4"),
        # Spanish, the type first
        ("we are in Plaza Colón 7, Valencia", "Plaza Colón 7, Valencia"),
    ],
)
def test_italian_and_spanish_street_types(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        # everyday words that are also street types, without a house number
        "mi mandate la Lista Nozze di Carla?",
        "la Galleria Borghese è chiusa il lunedì",
        "il Campo Sportivo Comunale è allagato",
        "we had dinner at the Plaza Hotel",
    ],
)
def test_street_words_without_number_are_no_address(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Please post it to 4 Thistle Wynd, Perth PH1 3QX", "4 Thistle Wynd, Perth PH1 3QX"),
        ("send to 27 Badger Chase, Bicester", "27 Badger Chase, Bicester"),
        ("we're at 15 Tanners Yard, Frome", "15 Tanners Yard, Frome"),
        ("ship to 880 Cedar Trail, Boulder, CO 80302", "880 Cedar Trail, Boulder, CO 80302"),
        # a house number in words and a floor after the street
        (
            "Invoice to: Pryce Molloy LLP, Three Harbour Road, 4th Floor, Cardiff CF10 5AB",
            "Three Harbour Road, 4th Floor, Cardiff CF10 5AB",
        ),
    ],
)
def test_english_street_words(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Dr Ffion Vaughan\nHafod Wen, Castle Wynd, Crickhowell NP8 1AB", "Castle Wynd"),
        ("The Granary, Mill Drove, Upwell PE14 9AA", "Mill Drove"),
    ],
)
def test_rare_street_words_without_a_number(text: str, address: str) -> None:
    assert any(address in found for found in _addresses(text))


def test_a_counted_thing_is_no_spelled_address() -> None:
    assert _addresses("we need two more chairs for the Harbour Room") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Welsh: the type first, and a house name opening the line
        (
            "Gwenllian Pryce\nTŷ Gwyn, 8 Ffordd yr Orsaf, Llanidloes SY18 6AB",
            "Tŷ Gwyn, 8 Ffordd yr Orsaf, Llanidloes SY18 6AB",
        ),
        ("our address is 21 Heol Tywi, Carmarthen", "21 Heol Tywi, Carmarthen"),
        # Polish, with the postcode
        ("adres: ul. Lipowa 3/12, 60-101 Poznań", "ul. Lipowa 3/12, 60-101 Poznań"),
        ("send it to al. Róż 15, Warszawa", "al. Róż 15, Warszawa"),
        # German with the type apart, Dutch and Scandinavian glued
        ("Lieferung an Münchner Straße 44, bitte", "Münchner Straße 44"),
        ("stuur het naar Lindelaan 27", "Lindelaan 27"),
        ("I live at Prinsengracht 412 in Amsterdam", "Prinsengracht 412"),
        ("adressen är Kungsgatan 18", "Kungsgatan 18"),
        # an Italian provincial road by the kilometre
        ("il capannone è sulla SP 415 km 12,5", "SP 415 km 12,5"),
    ],
)
def test_european_streets(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_polish_abbreviation_needs_a_number() -> None:
    assert _addresses("see pl. Example for the plural forms") == []


# --- the rest of an address ------------------------------------------------------------------


def test_a_province_after_a_comma() -> None:
    text = "spedire a via dei Tigli 3, 13900 Biella Chiavazza, BI, entro venerdì"
    assert "via dei Tigli 3, 13900 Biella Chiavazza, BI" in _addresses(text)


def test_a_lowercase_word_after_a_comma_is_no_province() -> None:
    text = "via dei Tigli 3, 20121 Milano, mi raccomando"
    assert all(not address.endswith(", mi") for address in _addresses(text))


def test_a_phone_on_the_next_line_is_no_cap() -> None:
    text = "Rose Barn, Mill Lane, Great Tew, Oxfordshire OX7 4AB\n01608 555 210"
    assert all("01608" not in address for address in _addresses(text))


def test_a_bank_line_is_no_town_line() -> None:
    text = "Basilio Ferrandi\nvia alle Fonti 5\n22100 Como (CO)\nIBAN IT02L1234512345123456789012"
    assert all("IBAN" not in address for address in _addresses(text))


def test_a_street_named_like_a_maker_is_redacted() -> None:
    # "San Pellegrino", "Santa Margherita" are makers and saints: the street wins
    out = _anonymise("Ci trovate in Riviera San Pellegrino 21, 31100 Treviso")
    assert "San Pellegrino" not in out
    assert "21" not in out


def test_the_maker_alone_is_kept() -> None:
    out = _anonymise("Avete ancora la San Pellegrino da 1,5 litri?")
    assert "San Pellegrino" in out


# --- towns -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a comune said without its regional qualifier or as one of its merged towns
        ("we can deliver to Cologno on Friday", "Cologno"),
        ("Siamo di Busto, arriviamo domani", "Busto"),
        ("lavoro ad Abano da due anni", "Abano"),
        # in lowercase after an introduction, a town the gazetteer knows
        ("salve sono bertola gino da chignolo volevo chiedere", "chignolo"),
    ],
)
def test_short_names_of_comuni(text: str, place: str) -> None:
    assert place in _places(text) or place not in _anonymise(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my sister rents a flat in Città Bassa near the station", "Città Bassa"),
        ("abitiamo nel Rione Monti da vent'anni", "Rione Monti"),
    ],
)
def test_a_district_by_its_kind(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_town_kind_without_a_name_is_no_district() -> None:
    assert _places("vivo in città da poco") == []


def test_a_lowercase_word_after_an_introduction_is_no_town() -> None:
    assert _places("ciao sono stanca di aspettare il corriere") == []


# --- links -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # a payment or share link with an opaque token
        (
            "paga qui: https://pay.emporiolario.example.it/c/Zx81Qa",
            "https://pay.emporiolario.example.it/c/Zx81Qa",
        ),
        (
            "the album: https://share.example.net/s/aB3dE9fG2",
            "https://share.example.net/s/aB3dE9fG2",
        ),
        # a token in the query
        (
            "conferma qui https://booking.example.it/conferma?token=7f3a9c21be",
            "https://booking.example.it/conferma?token=7f3a9c21be",
        ),
        # a referral naming someone
        (
            "sign up with https://www.runclub.example.org/join?ref=tbrennan",
            "https://www.runclub.example.org/join?ref=tbrennan",
        ),
        # a private seller's listing on a classifieds site
        (
            "l'ho messa su subito.it/arredamento/divano-letto-como-448812390.htm",
            "subito.it/arredamento/divano-letto-como-448812390.htm",
        ),
        (
            "it's here: https://www.vinted.ie/items/5530921-wool-coat",
            "https://www.vinted.ie/items/5530921-wool-coat",
        ),
        # a second-hand item's page ending in its id
        (
            "eccolo: https://www.mercatinobimbi.example.it/prodotti/passeggino-usato-2291",
            "https://www.mercatinobimbi.example.it/prodotti/passeggino-usato-2291",
        ),
    ],
)
def test_links_that_single_a_person_out(text: str, url: str) -> None:
    assert _urls(text) == [url]


@pytest.mark.parametrize(
    "text",
    [
        "il catalogo è su https://www.emporiolario.example.it/prodotti/ombrelli",
        "see https://www.runclub.example.org/join?ref=newsletter",
        "paga l'ordine: emporiolario.example.it/paga/ORD-5521",
        "traccia qui: https://track.example-corriere.it/status?id=BX5520193&lang=it",
        "the range: https://www.example-tyres.com/products/winter-225-45-r17",
        "l'annuncio generale è su subito.it/annunci-italia/vendita/usato/",
        "https://www.etsy.com/listing/5521907/linen-apron",
        "the help page https://support.example.com/articles/reset-password",
    ],
)
def test_public_pages_and_order_links_stay(text: str) -> None:
    assert _urls(text) == []
