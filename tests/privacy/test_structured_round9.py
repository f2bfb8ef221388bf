"""Round 9 of the structured recognizers: towns in a possessive, in a commute, in lowercase after
a town's own place, named like an everyday Italian word; districts GeoNames gives no
population; addresses without a number, with a room, an Indian PIN, a British house name; phone
numbers half in digit words; links to someone's home or naming someone. Every value is
invented."""

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


def _found(text: str, kind: str) -> list[str]:
    return [text[d.start : d.end] for d in find_structured(text) if d.entity_type == kind]


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    return load_gazetteer(load_lexicon())


def _places(text: str) -> list[str]:
    return [
        text[d.start : d.end]
        for d in find_places(text, _gazetteer())
        if d.entity_type == "LOCATION"
    ]


def _addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_addresses(text)]


@lru_cache(maxsize=1)
def _engine() -> AnonymisationEngine:
    settings = Settings(_env_file=None, business_names=["Vetreria Sette Colli"], tenant="t")
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-round9-0001", tenant="t")
    )


def _anonymise(text: str) -> str:
    return _engine().anonymise_conversation([chat_message(0, "customer", text)])[0].text


# --- towns ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a possessive "'s" after the town
        ("Sorry for the delay. Tolmezzo's parish books start in 1790.", "Tolmezzo"),
        ("We loved Pescocostanzo’s lace museum last summer", "Pescocostanzo"),
        # in lowercase after a town's own place and "di"
        ("mia figlia lavora all'ospedale di desio fino alle 8", "desio"),
        ("scendo alla stazione di chivasso e poi prendo il bus", "chivasso"),
        # a town named like an everyday Italian word, after an Italian "a"/"da"
        ("domenica torniamo a Fondi dai nonni", "Fondi"),
        ("mio marito viene da Vergato tutti i giorni", "Vergato"),
        # a commute of two towns joined by a dash or a slash
        ("faccio Lodi-Piacenza in treno ogni mattina", "Lodi"),
        ("faccio Lodi-Piacenza in treno ogni mattina", "Piacenza"),
        ("il mio tragitto è Chivasso/Torino", "Chivasso"),
        # a district GeoNames gives no population, after a cue
        ("we run a little bakery in Woolwich since 2019", "Woolwich"),
        ("Hi, it's Dev from Hackney, about the flour order", "Hackney"),
    ],
)
def test_a_town_is_found(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an everyday word after an English "a", or at a sentence start, is no town
        ("She booked a Summit package for the team", "Summit"),
        ("Rima baciata o alternata? Scegli tu", "Rima"),
        # "di" after a word that is no town's place
        ("ho un sacco di roba da spedire", "roba"),
        # a brand written with a dash is no commute; a country is no town
        ("and a 1.5L Coca-Cola for the table please", "Cola"),
        ("il caffè del Perù è il mio preferito", "Perù"),
        # a title after a capitalised word without a dash stays a title
        ("Abbiamo visto Anima Latina ieri sera", "Latina"),
    ],
)
def test_an_everyday_word_is_no_town(text: str, word: str) -> None:
    assert word not in _places(text)


# --- addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a lowercase street without a number, also in an English sentence
        ("lol the heating at via dei carracci is off again", "via dei carracci"),
        ("ci vediamo sotto casa in via del fossatone", "via del fossatone"),
        # a room of a residence after the street and number
        (
            "send it c/o Collegio Arnaldi, via Ghisleri 12, room 108 please",
            "c/o Collegio Arnaldi, via Ghisleri 12, room 108",
        ),
        (
            "Sono al Pensionato Santa Chiara, via Lomellina 4, stanza 31.",
            "via Lomellina 4, stanza 31",
        ),
        # the Tuscan "de'" inside a street's name
        ("abito in località Cà de' Bruni 7 da sempre", "località Cà de' Bruni 7"),
        ("borgo de' Tintori 15, Firenze", "borgo de' Tintori 15, Firenze"),
        # "No." before the number, a six-digit PIN after the town
        (
            "Deliver to No. 14, 2nd Main Road, Jayanagar, Bengaluru 560011 please",
            "No. 14, 2nd Main Road, Jayanagar, Bengaluru 560011",
        ),
        ("flat 3, 22 Lake View Road, Pune - 411001", "22 Lake View Road, Pune - 411001"),
        # a British house named with "The" on the line above the street, or before it
        (
            "Hello,\nThe Old Smithy\n7 Mill Lane\nHolt NR25 6XY\nthanks",
            "The Old Smithy\n7 Mill Lane\nHolt NR25 6XY",
        ),
        (
            "post it to The Laurels, 4 Kiln Road, Thame OX9 2QT",
            "The Laurels, 4 Kiln Road, Thame OX9 2QT",
        ),
        # a street named without a number where someone lives or lived
        ("The old account still says Fernbrook Avenue but I moved in May", "Fernbrook Avenue"),
        ("We don't live in Coldharbour Lane anymore", "Coldharbour Lane"),
    ],
)
def test_an_address_is_found_whole(text: str, address: str) -> None:
    assert any(address in found for found in _addresses(text)), _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Abbey Road is still my favourite album",
        "the gig on Electric Avenue was great",
        "mandalo via del corriere espresso",
        "ci sentiamo via del telefono",
    ],
)
def test_no_address_without_a_home(text: str) -> None:
    assert _addresses(text) == []


# --- phones half in digit words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "il numero di mio cognato è tre quattro sette 81 22 904 chiamalo pure",
            "tre quattro sette 81 22 904",
        ),
        ("il cell è tre tre nove 4471 208 grazie", "tre tre nove 4471 208"),
    ],
)
def test_a_phone_half_in_words_is_found(text: str, phone: str) -> None:
    assert phone in _found(text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "ne ho ordinati tre quattro cinque 22 61 590 in tutto",
        "sono le tre e quattro otto 22 61 prima",
    ],
)
def test_digit_words_without_a_phone_cue_are_no_phone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


# --- links -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.airbnb.it/rooms/55120934",
        "airbnb.co.uk/rooms/plus/880231",
        "https://www.vrbo.com/3381297",
        "https://www.idealista.it/immobile/29841177/",
        "https://www.rightmove.co.uk/properties/14452671",
        "https://www.google.com/maps/@44.4938,11.3426,18z",
        # a link whose path names a person
        "https://www.memoriale-caduti.it/schede/ferlazzo-giuseppina-1917",
        "https://www.example-ancestry.org/tree/person/anselmo-tagliavini",
    ],
)
def test_a_link_to_a_home_or_a_person_is_redacted(url: str) -> None:
    text = f"Ecco il link: {url} fatemi sapere"
    assert url not in _anonymise(text)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.negozio-borse.it/borse/rosa-bag",
        "https://www.viaggi.it/tour/marco-polo-route",
        "https://www.example.com/ordine/48812",
    ],
)
def test_a_link_to_a_product_is_kept(url: str) -> None:
    text = f"Ecco il link: {url} fatemi sapere"
    assert url in _anonymise(text)


# --- privacy probes: a person right next to the new rules ------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("faccio Lodi-Piacenza con Ermenegildo Frattini ogni giorno", "Frattini"),
        ("Tolmezzo's archive was sent by Rosalba Quintavalle", "Quintavalle"),
        ("torniamo a Fondi da Teodolinda Sgarbossa domenica", "Sgarbossa"),
        ("il numero di Cesira Bellotto è tre quattro sette 81 22 904", "Bellotto"),
        ("send it c/o Ottavia Ruggeri, via Ghisleri 12, room 108", "Ruggeri"),
        ("We don't live in Coldharbour Lane anymore, Mr Pettifer", "Pettifer"),
    ],
)
def test_a_person_beside_a_new_rule_is_redacted(text: str, person: str) -> None:
    assert person not in _anonymise(text)


# --- a body's numeric fiscal code, a first name after a maker --------------------------------


def test_a_parish_fiscal_code_is_no_phone() -> None:
    text = "Fattura alla Parrocchia di Santa Lucia, CF 93027140581. Grazie"
    assert _found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a person's own codice fiscale and a mobile stay redacted beside the label
        ("il mio CF è BRTLNZ81C12F205X e il cell 3389012457", "BRTLNZ81C12F205X"),
        ("il mio CF è BRTLNZ81C12F205X e il cell 3389012457", "3389012457"),
        # a mobile number after "CF" is still a phone: it opens with 3
        ("CF 34789012456 scusate, è il cellulare", "34789012456"),
    ],
)
def test_personal_codes_beside_a_fiscal_label_are_redacted(text: str, value: str) -> None:
    assert value not in _anonymise(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Honda Ermanno ha chiamato per il tagliando", "Ermanno"),
        ("la Yamaha Loredana passa domani a ritirarla", "Loredana"),
        ("Ducati Settimio mi ha scritto ieri", "Settimio"),
    ],
)
def test_a_first_name_after_a_maker_is_redacted(text: str, person: str) -> None:
    assert person not in _anonymise(text)


@pytest.mark.parametrize(
    "text", ["vendo Alfa Romeo Giulia 2019 come nuova", "ho una Fiat Panda del 2010"]
)
def test_a_model_after_its_maker_is_kept(text: str) -> None:
    assert text.split()[2] in _anonymise(text)


# --- a British postcode district, a town inside a code ---------------------------------------


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("purtroppo NW10 è fuori zona il sabato", "NW10"),
        ("do you deliver to SE22 on Fridays?", "SE22"),
        ("Is EH6 outside the area? We just moved", "EH6"),
    ],
)
def test_a_postcode_district_is_a_place(text: str, district: str) -> None:
    assert district in _places(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a small town named like an English word, as a modifier or inside a longer name
        ("meet me in Airport terminal 2", "Airport"),
        ("the link is in Landing page footer", "Landing"),
        ("we walked to Sunset Boulevard", "Sunset"),
        ("I upgraded to S3 last year", "S3"),
        ("ho una carenza di B12", "B12"),
        ("Order SE15 is ready for pickup", "SE15"),
        # a town glued to digits by a dash is an order code
        ("Order done: TRENTO-5531, 2 bottles", "TRENTO"),
    ],
)
def test_a_code_is_no_place(text: str, word: str) -> None:
    assert word not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town named like a word, said to be in or out of a delivery area
        ("Good news, Sale is in our delivery area on Tuesdays", "Sale"),
        ("Is Reading outside your delivery area?", "Reading"),
    ],
)
def test_a_town_in_a_delivery_area_is_a_place(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_sale_is_no_town() -> None:
    assert _places("Our Sale is on now, 20% off everything") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an everyday Italian word opening a sentence is no small town of that name
        ("Ok! Porto anche mio cugino, va bene?", "Porto"),
        ("Fatto. Prova adesso a collegarti", "Prova"),
        ("Per favore. Cancelli pure la foto", "Cancelli"),
    ],
)
def test_an_everyday_word_opening_a_sentence_is_no_town(text: str, word: str) -> None:
    assert word not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town that is no everyday word, or after a cue, still counts there
        ("Seregno è a venti minuti da qui", "Seregno"),
        ("Ci vediamo a Porto, in Portogallo", "Porto"),
        # a surname-like word opening a sentence without a verb's company stays redacted
        ("Masi, il corriere, non suona mai.", "Masi"),
        ("Fondi mi ha detto di scrivervi", "Fondi"),
    ],
)
def test_a_town_opening_a_sentence_still_counts(text: str, place: str) -> None:
    assert place in _places(text)
