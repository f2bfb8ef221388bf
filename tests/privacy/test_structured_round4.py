"""Round 4 of the structured recognizers: address tails, phones with dots, personal websites,
home towns, and brands or titles of works kept as such. Every value is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.address import find_addresses
from privacy.recognizers.location import beside_product, find_places, load_gazetteer
from privacy.recognizers.names import load_lexicon
from privacy.recognizers.structured import find_structured


def _addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_addresses(text)]


def _of_type(text: str, entity_type: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    return [
        text[d.start : d.end]
        for d in find_structured(text, allowed)
        if d.entity_type == entity_type
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # staircase and flat after the street are no town: the CAP and the town follow
        (
            "the flat is Via Tiziano 14, Scala B, Int. 7, 70121 Bari. Thanks",
            "Via Tiziano 14, Scala B, Int. 7, 70121 Bari",
        ),
        # a floor in words, in English and in Italian
        (
            "Deliver to Via Brera 31, 2nd floor, 20121 Milano please",
            "Via Brera 31, 2nd floor, 20121 Milano",
        ),
        (
            "spedite in Via Dante 7, terzo piano, 40125 Bologna",
            "Via Dante 7, terzo piano, 40125 Bologna",
        ),
        ("Via Nizza 2, 3 piano, 10126 Torino", "Via Nizza 2, 3 piano, 10126 Torino"),
        ("12 Quay Road, ground floor, Galway", "12 Quay Road, ground floor, Galway"),
        # a town of several words after the CAP
        (
            "consegna in via Mazzini 5, 70022 Altamura di Sopra grazie",
            "via Mazzini 5, 70022 Altamura di Sopra",
        ),
        ("abito in via Cavour 9 Fiesso di Artico", "via Cavour 9 Fiesso di Artico"),
        # short asides between the street and its CAP
        (
            "ritiro in via Ostiense 80, capannone B, 00154 Roma",
            "via Ostiense 80, capannone B, 00154 Roma",
        ),
        (
            "portatelo in via Padova 3, dietro la chiesa, 20127 Milano",
            "via Padova 3, dietro la chiesa, 20127 Milano",
        ),
        # an elided article glued to the street's name
        ("piazza dell'Indipendenza 4, 50129 Firenze", "piazza dell'Indipendenza 4, 50129 Firenze"),
        ("poi andiamo in via dell'Industria 12 lotto 3 a Rho", "via dell'Industria 12 lotto 3"),
        # English-speaking forms: an estate with no street word, a district, a unit before "/"
        (
            "we live at 9 The Spinney, Naas, Co. Kildare, W91 XY34",
            "9 The Spinney, Naas, Co. Kildare, W91 XY34",
        ),
        ("Address is 21 Abbey View, Ennis V95 K2P7", "21 Abbey View, Ennis V95 K2P7"),
        ("27 Fitzwilliam Square, Dublin 2, D02 T266", "27 Fitzwilliam Square, Dublin 2, D02 T266"),
        ("post it to 3/118 Ocean Street, Bondi NSW 2026", "3/118 Ocean Street, Bondi NSW 2026"),
    ],
)
def test_address_tails(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_address_aside_never_takes_a_phone_for_a_cap() -> None:
    text = "address 9 Marine Rd, Cobh, P24 AB12, ring me on 00353 86 111 2233 after 6"
    assert all("ring" not in found for found in _addresses(text))


@pytest.mark.parametrize(
    "text",
    ["il corso Acquerello 3-14 marzo costa 90 euro", "il corso Vela 6/9 agosto è pieno"],
)
def test_a_date_after_a_course_is_no_house_number(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("il numero di mia zia è 089.224.51.70 chiamate lei", "089.224.51.70"),
        ("oppure al papà 338.402.19.66", "338.402.19.66"),
    ],
)
def test_phones_written_with_dots(text: str, phone: str) -> None:
    assert _of_type(text, "PHONE_NUMBER") == [phone]


def test_an_ip_address_stays_an_ip_address() -> None:
    text = "il router è su 192.168.20.11 da ieri"
    assert _of_type(text, "PHONE_NUMBER") == []
    assert _of_type(text, "IP_ADDRESS") == ["192.168.20.11"]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Cordiali saluti,\nErminio Valdrè\nRestauratore\nhttps://www.restaurivaldre.it\n"
            "+39 0471 55 20 19",
            "https://www.restaurivaldre.it",
        ),
        (
            "Best,\nTamsin Oakhurst\nIllustrator\nwww.tamsinoakhurst-art.com",
            "www.tamsinoakhurst-art.com",
        ),
    ],
)
def test_a_website_named_after_who_signs_is_personal(text: str, url: str) -> None:
    assert _of_type(text, "URL") == [url]


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        # the business's own site under its signature
        ("Grazie!\nMarta – Bottega Lumen\nwww.bottegalumen.it", frozenset({"bottegalumen"})),
        # an employer's site with nobody's name in it
        ("Piers Ambler | Head of Sales\nM: 07700 900321\nwww.example-employer.com", frozenset()),
        # a public page
        ("trovate gli orari su www.comune.verona.it grazie Ilaria", frozenset()),
    ],
)
def test_other_websites_are_kept(text: str, allowed: frozenset[str]) -> None:
    assert _of_type(text, "URL", allowed) == []


def test_home_town_is_a_place() -> None:
    gazetteer = load_gazetteer(load_lexicon())
    text = "We learnt to sail back home in Wollongbar, years ago."
    assert [text[d.start : d.end] for d in find_places(text, gazetteer)] == ["Wollongbar"]
    assert list(find_places("stay home in Bed all day", gazetteer)) == []


def test_a_place_inside_a_title_is_no_place() -> None:
    gazetteer = load_gazetteer(load_lexicon())
    titled = "Ieri ho ascoltato Notte Bologna di un gruppo nuovo"
    assert [titled[d.start : d.end] for d in find_places(titled, gazetteer)] == []
    lived = "vivo a Bologna da tre anni"
    assert {lived[d.start : d.end] for d in find_places(lived, gazetteer)} == {"Bologna"}
    # an accented everyday word is not a town spelled without the accent
    assert list(find_places("l'ho pagato a metà prezzo", gazetteer)) == []


def _product(text: str, word: str, last: bool = False) -> bool:
    start = text.rindex(word) if last else text.index(word)
    return beside_product(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a maker after an article, a possessive or a brand cue
        ("ho una Colnago del 2009 da revisionare", "Colnago"),
        ("my Hoover broke again", "Hoover"),
        ("sull'etichetta c'è scritto Ferroli e un numero", "Ferroli"),
        ("la marca è marca Brembo credo", "Brembo"),
        # a camelCase model or a tier after the name
        ("la stufa è una Palazzetti ecoFIRE da 9 kW", "Palazzetti"),
        ("con l'abbonamento Serenity Pro hai due uscite", "Serenity"),
        # a well-known brand with no person cue
        ("corro con le Saucony da due anni", "Saucony"),
        # a brand that is also a surname, with a product cue
        ("mio marito ha una Bianchi da corsa", "Bianchi"),
        ("la bici è una Bianchi Oltre", "Bianchi"),
        ("ho preso una Ferrari 296 a noleggio", "Ferrari"),
        # titles of works
        ("cerco due copie de I Promessi Sposi, edizione scolastica", "Sposi"),
        ("the 1950 edition of The Leopard Garden", "Leopard"),
        ("have you got the new Orla Quinn – Harbour Lights on vinyl?", "Orla Quinn"),
        ('we stock 7" singles, e.g. Daria Vent – Blue Hour', "Daria Vent"),
        ("il titolo è Storia minima di Ferrara, lo avete?", "Ferrara"),
        ('il menu "Sapori Lucani" costa 30 euro', "Lucani"),
        ("avete ancora i tre Maigret in vetrina?", "Maigret"),
        ("ordine per la Trattoria Da Gino, 20 coperti", "Gino"),
    ],
)
def test_brands_and_titles_are_products(text: str, word: str) -> None:
    assert _product(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("il signor Ferrari ha chiamato due volte", "Ferrari"),
        # a listed brand that is also a surname, with no product cue, is a person
        ("ho parlato con Bianchi ieri, mi ha detto che era pronto", "Bianchi"),
        ("il pacco lo ritira la Moretti del terzo piano", "Moretti"),
        ("Ciao, passa Moretti alle 5", "Moretti"),
        ("il geometra Bianchi manderà la pratica", "Bianchi"),
        ("l'architetto Gucci ha firmato", "Gucci"),
        # "il vecchio Rossi" is an old man, not an old model
        ("è passato il vecchio Tarantini a salutare", "Tarantini"),
        ("Mrs Armani called about the parcel", "Armani"),
        ("la signora Bianchi passa domani", "Bianchi"),
        ("ho lasciato il pacco a Colombo in portineria", "Colombo"),
        ("sul citofono c'è scritto Ferraris", "Ferraris"),
        ("the buzzer says Helen Marsh", "Helen Marsh"),
        ("sono Valentino, il nipote", "Valentino"),
        ("Grazie mille, Nadia – Bottega Lumen", "Nadia"),
        ("I spoke to Gavin – the manager – on Monday", "Gavin"),
        ('"Famiglia Serra – Aldo e Rina 1961" on the plate, please', "Aldo"),
        ('my sister "Dede" will pick it up', "Dede"),
        ("Hi I Am Lorna and I need a quote", "Lorna"),
    ],
)
def test_people_named_like_brands_stay_people(text: str, word: str) -> None:
    assert not _product(text, word)


def test_everyday_words_in_capitals_are_no_places() -> None:
    gazetteer = load_gazetteer(load_lexicon())
    shouted = "IL DIVANO È ARRIVATO CON UNA GAMBA ROTTA, MI PARE ASSURDO"
    assert list(find_places(shouted, gazetteer)) == []
    form = "LUOGO DI NASCITA: ROMA\nRESIDENZA: PADOVA"
    assert [form[d.start : d.end] for d in find_places(form, gazetteer)] == ["ROMA", "PADOVA"]
    lived = "VIVO A PRATO E LAVORO A FIRENZE"
    assert [lived[d.start : d.end] for d in find_places(lived, gazetteer)] == ["PRATO", "FIRENZE"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a town and its postcode on the next line of an address block
        (
            "Please deliver to:\nNigel Ashworth\nFlat 2, 9 Kiln Drive\nSkipton BD23 1QT\nThanks",
            "Flat 2, 9 Kiln Drive\nSkipton BD23 1QT",
        ),
        # a quay without a number, after a flat and a house name, then a district
        (
            "same as before, Apt 4 Harbour House, Custom Quay, Dublin 1, thanks",
            "Apt 4 Harbour House, Custom Quay, Dublin 1",
        ),
    ],
)
def test_address_blocks_round4(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("l'esame è in Motorizzazione, via Tasso. Porta un documento", "via Tasso"),
        ("Meet at the office, via Bramante. See you!", "via Bramante"),
        ("indirizzo: via Gen. Cantore 5, Genova", "via Gen. Cantore 5, Genova"),
    ],
)
def test_a_full_stop_after_a_word_ends_the_street(text: str, street: str) -> None:
    assert _addresses(text) == [street]


def test_own_school_or_work_town_is_a_place() -> None:
    gazetteer = load_gazetteer(load_lexicon())
    text = "I need a letter for my college in Tromsvik, please"
    assert [text[d.start : d.end] for d in find_places(text, gazetteer)] == ["Tromsvik"]
    for text in ("our office at Google", "my meeting at Noon"):
        assert list(find_places(text, gazetteer)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a category linked to a place, or closing a title, or a vintage year
        ("two bottles of the Vermentino di Gallura please", "Gallura"),
        ("two bottles of the Vermentino di Gallura please", "Vermentino"),
        ("la cassetta ha Roero Nebbiolo e Dolcetto", "Nebbiolo"),
        ("vorrei il Taurasi Montemarano 2018 per Natale", "Montemarano"),
        ("mi serve la chiave Iseo lunga", "Iseo"),
        ("toasting with the Cinzano spumante", "Cinzano"),
    ],
)
def test_wines_and_hardware_are_products(text: str, word: str) -> None:
    assert _product(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ho parlato con Marco Bellandi 2019", "Bellandi"),
        ("auguri a Rossi 2019", "Rossi"),
        ("vivo a Crema da anni", "Crema"),
    ],
)
def test_years_and_categories_leave_people_and_towns(text: str, word: str) -> None:
    assert not _product(text, word)


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("num: 339–208–4417", ["339–208–4417"]),
        ("tel 348 902 11 57 / 0432 51 88 20", ["348 902 11 57", "0432 51 88 20"]),
        ("cell 331 785 2290 - fisso 049 877 1203", ["331 785 2290"]),
    ],
)
def test_phones_with_dashes_and_two_in_a_row(text: str, phones: list[str]) -> None:
    assert _of_type(text, "PHONE_NUMBER")[: len(phones)] == phones


def test_a_house_number_and_cap_are_no_phone() -> None:
    assert _of_type("Via Manzoni, 164 - 95689 Palermo", "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("You'd be credited. My portfolio: https://www.odaliscafern.studio/work", None),
        ("il mio sito è www.orticellodiluca.it, dateci un occhio", "www.orticellodiluca.it"),
    ],
)
def test_a_site_called_ones_own_is_personal(text: str, url: str | None) -> None:
    expected = url or text[text.index("https") :]
    assert _of_type(text, "URL") == [expected]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # care of someone, without brackets
        ("Via Po 10 presso Ferrando, 10124 Torino", "Via Po 10 presso Ferrando, 10124 Torino"),
        # a preposition inside the street's name, before a capitalised word
        ("loc. Piano alle Querce snc, Radda (SI)", "loc. Piano alle Querce snc, Radda (SI)"),
        ("Str. Prov. per Biella 21, Cossato", "Str. Prov. per Biella 21, Cossato"),
        # a red number
        ("Via dei Servi 14 rosso, Firenze", "Via dei Servi 14 rosso, Firenze"),
    ],
)
def test_address_tails_round4_third(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ci vediamo in piazza alle 10", None),
        ("passiamo in via Solferino alle 10 ok", "via Solferino"),
        ("vado in via Dante al bar", "via Dante"),
    ],
)
def test_a_time_or_a_preposition_after_a_street_is_not_its_name(
    text: str, address: str | None
) -> None:
    assert _addresses(text) == ([address] if address else [])
