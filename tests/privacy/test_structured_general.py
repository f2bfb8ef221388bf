"""Classes of structured-data errors (e-mails, addresses, cards, product titles with places),
each tested with invented values: obfuscated e-mails in many spellings, the business's own role
mailboxes (redacted like every other since session 9), Italian street types and house-number
forms, issuer-checked card numbers and offer titles that hold a place or a name."""

from __future__ import annotations

import pytest
from stdnum import luhn

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from privacy.recognizers.address import find_addresses
from privacy.recognizers.location import beside_product
from privacy.recognizers.structured import find_structured
from tests.privacy.conftest import TEST_KEY

BUSINESS = frozenset({"lunariaviaggi", "lunaria"})


def _emails(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    return [
        text[d.start : d.end]
        for d in find_structured(text, allowed)
        if d.entity_type == "EMAIL_ADDRESS"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mandala a teodora88(@)libero.it grazie", "teodora88(@)libero.it"),
        ("write to ferdi [@] postbox [.] org", "ferdi [@] postbox [.] org"),
        ("mail: ottavio (at) tiscali (dot) it", "ottavio (at) tiscali (dot) it"),
        ("scrivi a nives chiocciola alice punto it", "nives chiocciola alice punto it"),
        ("it's brennan at eircom dot co dot uk", "brennan at eircom dot co dot uk"),
        ("reach me: gwen @ fastmail . com", "gwen @ fastmail . com"),
        ("ecco: ilario@@virgilio.it", "ilario@@virgilio.it"),
        ("ecco: rosalba.m@yahoo,it ok", "rosalba.m@yahoo,it"),
        ("email CORMAC AT OUTLOOK DOT IE please", "CORMAC AT OUTLOOK DOT IE"),
        ("contatto: fulvia-at-gmx-dot-net", "fulvia-at-gmx-dot-net"),
        ("scrivete a segreteria.bassi@studio.legal", "segreteria.bassi@studio.legal"),
        ("mail: orla@kenmare.photography", "orla@kenmare.photography"),
        ("me lo giri a {at} form? no: elvio{at}aruba{dot}it", "elvio{at}aruba{dot}it"),
    ],
)
def test_obfuscated_emails_are_found(text: str, value: str) -> None:
    assert value in _emails(text)


@pytest.mark.parametrize(
    "text",
    [
        "I arrived at home. It was late",
        "it's cheaper at www.example.com this week",
        "ci vediamo at 5. ok?",
        "prezzo 12,50 e poi 3,it",
        "you'll find us at tripadvisor.com and at yelp.ie",
        "I was at zalando.it yesterday and it was cheaper",
    ],
)
def test_prose_is_not_an_email(text: str) -> None:
    assert _emails(text) == []


def test_every_mailbox_is_redacted_the_business_role_ones_too() -> None:
    # policy since session 9: a role mailbox at the business's own domain is redacted too
    text = "scrivete a prenotazioni@lunariaviaggi.it o a info@lunaria.com"
    assert _emails(text, BUSINESS) == ["prenotazioni@lunariaviaggi.it", "info@lunaria.com"]
    staff = "oppure a ginevra.t@lunariaviaggi.it"
    assert _emails(staff, BUSINESS) == ["ginevra.t@lunariaviaggi.it"]
    customer = "il cliente è booking@gmail.com"
    assert _emails(customer, BUSINESS) == ["booking@gmail.com"]
    assert _emails(text) == ["prenotazioni@lunariaviaggi.it", "info@lunaria.com"]


def _addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("abito in traversa Pergolesi, 7c, 80126 Napoli.", "traversa Pergolesi, 7c, 80126 Napoli"),
        ("sto in salita Belvedere 4/a", "salita Belvedere 4/a"),
        ("località Poggio Alto 12, Cortona", "località Poggio Alto 12, Cortona"),
        ("rione Terra 31, Pozzuoli", "rione Terra 31, Pozzuoli"),
        ("lungolago Matteotti 18", "lungolago Matteotti 18"),
        ("Vicoletto Storto 3/bis", "Vicoletto Storto 3/bis"),
        ("Fondamenta Ormesini 2710", "Fondamenta Ormesini 2710"),
        ("PIAZZETTA DEI SARTI, N. 9, Trani", "PIAZZETTA DEI SARTI, N. 9, Trani"),
        ("VIALE DELLE MIMOSE N.14/B", "VIALE DELLE MIMOSE N.14/B"),
        ("via Oberdan civico 21, Rovigo", "via Oberdan civico 21, Rovigo"),
        ("Via Tasso n° 6 int. 4 scala C", "Via Tasso n° 6 int. 4 scala C"),
        ("contrada Fontanelle snc", "contrada Fontanelle snc"),
        ("Strada Provinciale 25 km 4,5", "Strada Provinciale 25 km 4,5"),
        ("risiede in vicolo Fiorito, 8a, Cremona (CR). Grazie", "vicolo Fiorito, 8a, Cremona (CR)"),
        ("we're renting at 41 Via dei Tigli for a week", "41 Via dei Tigli"),
        ("spedite a: Via Carducci\n14\n37121 Verona", "Via Carducci\n14\n37121 Verona"),
        ("Unit 3, 18-20 Harbour Street", "Unit 3, 18-20 Harbour Street"),
        ("send it to 9 St. Brigid's Road, Sligo", "9 St. Brigid's Road, Sligo"),
        ("staying at 7 via dei gelsi for a week", "7 via dei gelsi"),
        ("Ivy House, Mill Lane, Tetbury GL8 8XX", "Ivy House, Mill Lane, Tetbury GL8 8XX"),
        ("Orchard View, Chapel Road, Dunmanway, Co. Cork", "Orchard View, Chapel Road, Dunmanway"),
        ("address: 3 Strand Road, Tramore, X91 K2T6", "3 Strand Road, Tramore, X91 K2T6"),
        ("Eircode: R93 F4C7", "R93 F4C7"),
        ("Via Fani 5, 00186 Roma rm cell 333", "Via Fani 5, 00186 Roma rm"),
        ("PO Box 3310, Ennistymon", "PO Box 3310, Ennistymon"),
        ("casella postale 57, 73100 Lecce", "casella postale 57, 73100 Lecce"),
        ("unit 4B, 77 East 52nd Street, Chicago", "unit 4B, 77 East 52nd Street, Chicago"),
        (
            "Heather Cottage, 3 Quarry Road, Ardee, Co. Louth",
            "Heather Cottage, 3 Quarry Road, Ardee, Co. Louth",
        ),
        ("abito al civico 9 di via Mazzini", "civico 9 di via Mazzini"),
        ("2 CHAPEL LANE, SKERRIES, DUBLIN 15", "2 CHAPEL LANE, SKERRIES, DUBLIN 15"),
        ("it's 31 orchard view, kells", "31 orchard view, kells"),
        ("Via Dante, 8 – 24121 Bergamo", "Via Dante, 8 – 24121 Bergamo"),
        ("Via Verdi 7 (citofono Galli), Lodi", "Via Verdi 7 (citofono Galli), Lodi"),
    ],
)
def test_address_forms_are_found_whole(text: str, value: str) -> None:
    assert value in _addresses(text), _addresses(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ci vediamo alle 10 Piazza Grande", "10"),
        ("ti scrivo via email 3 volte", "email"),
        ("ho pagato 20 via paypal.", "paypal"),
        ("Galaxy A35 X123 in stock", "X123"),
        ("via Pola 3, Carrick, ring me", "ring me"),
        ("shopping on Oxford Street today", "Oxford"),
        ("the hotel is a 10 minute walk.", "walk"),
        ("5 min walk from Harbour Street, Dingle", "Harbour"),
        ("la nuova collezione Borgo Marinaro è arrivata", "Marinaro"),
        ("il modello Corso Genova in pelle", "Genova"),
        ("la discesa Libera 2 volte a settimana", "2"),
        ("la rampa di carico 2 è libera", "carico"),
        ("una discesa di 3 km", "3"),
        ("frazione di secondo 2", "secondo"),
        ("vorrei iscrivermi al corso Ceramica Raku", "Ceramica"),
    ],
)
def test_address_look_alikes(text: str, kept: str) -> None:
    start = text.index(kept)
    assert all(not (d.start <= start < d.end) for d in find_addresses(text))


def test_house_number_and_cap_after_a_street_are_not_a_phone() -> None:
    text = "indirizzo: Via Ruggero Settimo, 212 - 90139 Palermo"
    assert [d.entity_type for d in find_structured(text)] == []
    phone = "chiamate lo 0923 - 551874"
    assert [d.entity_type for d in find_structured(phone)] == ["PHONE_NUMBER"]


def _cards(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_structured(text) if d.entity_type == "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("visa 4556 7375 8689 9855", "4556 7375 8689 9855"),
        ("mastercard 2223 0031 2200 3222", "2223 0031 2200 3222"),
        ("amex 3714 496353 98431", "3714 496353 98431"),
        ("diners 3056 9309 0259 04", "3056 9309 0259 04"),
        ("jcb 3530 1113 3330 0000", "3530 1113 3330 0000"),
        ("discover 6011 0009 9013 9424", "6011 0009 9013 9424"),
        # no cue at all: the issuer prefix and length alone
        ("eccola 5425 2334 3010 9903 scade 04/29", "5425 2334 3010 9903"),
    ],
)
def test_issuer_checked_cards_are_found(text: str, value: str) -> None:
    assert _cards(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # Luhn-valid, but no issuer starts with 0, 1, 7, 8 or 9
        "tracking 079927398713008",
        "il pacco 0192837465009 è partito",
        "numero 7992739871300008",
        # Luhn-valid Visa shape, but named as an order or a shipment
        "ordine 4556737586899855 spedito",
        "tracking: 4556737586899855",
    ],
)
def test_long_tracking_and_order_numbers_are_not_cards(text: str) -> None:
    digits = "".join(char for char in text if char.isdigit())
    assert luhn.is_valid(digits)
    assert _cards(text) == []


def test_card_cue_overrides_an_unknown_prefix() -> None:
    assert _cards("numero carta 7992739871300008") == ["7992739871300008"]


@pytest.mark.parametrize(
    ("text", "span", "product"),
    [
        ("we'd love the Madeira Hiking Week in May", "Madeira", True),
        ("the Lofoten Northern Lights Cruise is full", "Lofoten", True),
        ("info sul Tour Umbria Medievale per due", "Umbria", True),
        ("il weekend Lisbona Tutto Incluso costa?", "Lisbona", True),
        ("la Box Aperitivo Liguria è finita?", "Liguria", True),
        ("vorrei la torta Tre Monti Fondente", "Fondente", True),
        ("vorrei la torta Tre Monti Fondente", "Monti", True),
        ("is the Limerick Marathon still on?", "Limerick", True),
        ("mi si è rotto il Moto G54 ieri", "Moto", True),
        ("Galaxy A35 screen cracked", "Galaxy", True),
        ("la mia Lancia Musa fa rumore", "Musa", True),
        ("my Motorola Razr won't charge", "Razr", True),
        ("thanks, Aoife Dyson", "Aoife", False),
        ("vivo a Chiavari da due anni", "Chiavari", False),
        ("I'm staying in Taormina until Monday", "Taormina", False),
        ("this weekend Ilaria Fontana called", "Ilaria", False),
        ("Ciao, sono Ottavia Ruggeri", "Ottavia Ruggeri", False),
        ("pagato a Ermes 150 euro", "Ermes", False),
    ],
)
def test_places_and_names_inside_offer_titles(text: str, span: str, product: bool) -> None:
    start = text.index(span)
    assert beside_product(text, start, start + len(span)) is product


@pytest.fixture(scope="module")
def travel_engine() -> AnonymisationEngine:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, business_names=["Lunaria Viaggi"], tenant="test"
    )
    return AnonymisationEngine(settings, KeyRing.from_secret(TEST_KEY, tenant="test"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Buongiorno, il Sardegna Sailing Week è ancora disponibile?", "Sardegna Sailing Week"),
        ("How much is the Cornwall Coast Walking Tour?", "Cornwall Coast Walking Tour"),
        ("tracking 019283746500017, grazie", "019283746500017"),
    ],
)
def test_offer_titles_and_tracking_survive(
    travel_engine: AnonymisationEngine, text: str, kept: str
) -> None:
    result = travel_engine.detector.detect([text])[0]
    start = text.index(kept)
    end = start + len(kept)
    assert not [d for d in result.detections if d.start < end and start < d.end]


def test_the_business_mailbox_is_redacted(travel_engine: AnonymisationEngine) -> None:
    # policy since session 9: every e-mail address is redacted, the business's own too
    text = "per il rimborso scrivete a rimborsi@lunariaviaggi.it"
    found = {text[d.start : d.end] for d in travel_engine.detector.detect([text])[0].detections}
    assert "rimborsi@lunariaviaggi.it" in found


def test_a_place_where_someone_is_is_still_redacted(travel_engine: AnonymisationEngine) -> None:
    text = "siamo a Gallipoli per il Salento Summer Week, abito in traversa Roma 4"
    found = {text[d.start : d.end] for d in travel_engine.detector.detect([text])[0].detections}
    assert "Gallipoli" in found
    assert any("traversa Roma 4" in value for value in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we're staying in Ballyconneely until Friday", "Ballyconneely"),
        ("greetings from Kilfenora!", "Kilfenora"),
        ("I'm from Tobercurry, do you post there?", "Tobercurry"),
        ("siamo in vacanza a Torre Faro fino a domenica", "Torre Faro"),
        ("mi trovo a Borgomezzavalle per lavoro", "Borgomezzavalle"),
        ("vengo da Montescudaio, è lontano?", "Montescudaio"),
        ("hi, fionnuala from ballinamore here", "ballinamore"),
        ("ciao sono tecla da roccasparvera!", "roccasparvera"),
    ],
)
def test_where_someone_is_or_comes_from(
    travel_engine: AnonymisationEngine, text: str, place: str
) -> None:
    found = {text[d.start : d.end] for d in travel_engine.detector.detect([text])[0].detections}
    assert place in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hi it's me from work", "work"),
        ("hello Tom from sales here", "sales"),
        ("ciao sono io da casa", "casa"),
    ],
)
def test_intro_from_a_common_word_is_not_a_place(
    travel_engine: AnonymisationEngine, text: str, word: str
) -> None:
    found = {text[d.start : d.end] for d in travel_engine.detector.detect([text])[0].detections}
    assert word not in found


@pytest.mark.parametrize(
    ("text", "places", "redacted"),
    [
        ("flights from Cork or Shannon included, €410 pp", ["Cork", "Shannon"], False),
        ("partenze da Bari, Brindisi e Lecce ogni sabato", ["Bari", "Brindisi", "Lecce"], False),
        ("voli da Pisa o Firenze, hotel incluso", ["Pisa", "Firenze"], False),
        # one place of departure may be where the customer lives
        ("ci serve la partenza da Bitonto", ["Bitonto"], True),
        ("we need flights from Galway please", ["Galway"], True),
    ],
)
def test_places_listed_as_an_offers_routes(
    travel_engine: AnonymisationEngine, text: str, places: list[str], redacted: bool
) -> None:
    found = {text[d.start : d.end] for d in travel_engine.detector.detect([text])[0].detections}
    assert all((place in found) is redacted for place in places), found
