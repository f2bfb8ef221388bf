"""Round 33 (session 21): a policy rather than more forms. Eight rounds of cue rules for a
customer's country (where one lives, comes from, moves, sends something; a number's, an
account's, a document's country) kept meeting new phrasings on each clean batch: in
session 20's (hw77-hw79) 11 of the 17 places that went through were countries ("ps my uk
number", "a volte spedisco anche in Svizzera e Francia", "my cousin in Wenzhou china", "to the
states"). So a foreign country in a customer's message is the customer's place, but as a
product's origin, a size, a clock or a firm; a country the customer placed themselves in is
theirs in every message of the conversation, in any language ("Lisboa Portugal" ... "per il
Portogallo"). Agents' messages keep the cue rules (their countries are shipping zones). Also:
a town written with its country is no longer kept by the rule that calls a country alone
public ("nato a Fès in Marocco"), and mixcloud is a profile site. Round 34 (below, from
hw80-hw82): players' ids by their shape alone ("PaskyBoy99", "CiroTheHero"), and a customer's
foreign nationality said of a person or of their number ("german au pair", "a german one").
Every text is invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.location import country_code
from tests.privacy.test_round26 import _conversation, _count

REDACTED = [
    ("tysm!! ps my uk number if easier", "uk"),
    ("a volte spedisco anche in Svizzera e Francia, tipo una giacca", "Svizzera"),
    ("a volte spedisco anche in Svizzera e Francia, tipo una giacca", "Francia"),
    ("hello i want send documents to my cousin in Wenzhou china, urgent", "china"),
    ("è negli USA giusto? nn in inghilterra?", "USA"),
    ("è negli USA giusto? nn in inghilterra?", "inghilterra"),
    ("will you ship the LP to the states? for my dad", "states"),
    ("aw ok fair, then we're going on to Croatia for a week", "Croatia"),
    ("my us cell is the best way", "us"),
    ("UK: 07700 900 461 is ours", "UK"),
    ("io sono nato a Fès in Marocco, mi serve la traduzione", "Fès"),
    ("my mixes: https://www.mixcloud.com/djtobiaswren/", "mixcloud.com/djtobiaswren"),
    # kept as look-alikes by rounds 16-30, a customer's own trips and homes from round 33 on
    ("siamo stati in vacanza in Grecia", "Grecia"),
    ("mia sorella vive a Roma ma siamo stati in vacanza in Grecia", "Grecia"),
    ("I have lived in Norway and loved it", "Norway"),
    ("they are flying to Spain, not us", "Spain"),
]
KEPT = [
    ("is it made in Japan or in China?", "Japan"),
    ("I'm a US 8 and she is a UK size 10", "US"),
    ("I'm a US 8 and she is a UK size 10", "UK"),
    ("can we do a call at 5pm UK time?", "UK"),
    ("From: DPD UK Date: Mon 9 Mar", "UK"),
    ("ho comprato del vino dalla Spagna per la festa", "Spagna"),
    ("let us know when it ships please", "us"),
    ("do you have the uk plug version of the lamp?", "uk"),
    ("siamo stati in Italia l'anno scorso, bellissimo", "Italia"),
    ("the tiles are from Spain, very nice", "Spain"),
    ("il pacco arrivato dalla Germania era rotto", "Germania"),
    ("ho spedito un pacco che sta in Germania da una settimana", "Germania"),
    ("the parcel is going to France tomorrow", "France"),
    ("We import marble from Spain and tiles from Portugal", "Spain"),
    ("la Romania è bella in primavera", "Romania"),
    ("Is it true the Netherlands has the best cheese?", "Netherlands"),
    ("prezzi per la Romania: da 2.900 €", "Romania"),
    ("SEND US THE INVOICE PLS", "US"),
    ("we ship to Germany and our warehouse is in Poland", "Poland"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round33_value_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    out = _conversation(engine, [("customer", text)])[0]
    assert value not in out


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round33_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    out = _conversation(engine, [("customer", text)])[0]
    assert _count(word, out) == _count(word, text)


def test_an_agents_shipping_zones_stay(engine: AnonymisationEngine) -> None:
    out = _conversation(engine, [("agent", "we ship to France and Spain, 4-5 days")])[0]
    assert "France" in out and "Spain" in out


def test_a_first_name_that_is_a_country_stays_a_person(engine: AnonymisationEngine) -> None:
    out = _conversation(engine, [("customer", "Jordan Smith mi ha consigliato il negozio")])[0]
    assert "Jordan" not in out and "<LOCATION" not in out


def test_the_customers_country_is_carried_in_another_language(
    engine: AnonymisationEngine,
) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "Tobias Wren\nRua da Rosa 118, 2º Esq\n1200-386 Lisboa Portugal"),
            ("agent", "Perfetto, la spedizione per il Portogallo è 12€"),
            ("customer", "ok e per la Spagna? mia sorella vive lì"),
        ],
    )
    assert "Portugal" not in out[0] and "Portogallo" not in out[1]


def test_a_country_the_customer_did_not_name_stays_in_the_reply(
    engine: AnonymisationEngine,
) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "do you ship to the US?"),
            ("agent", "Yes, to the US it's 28 € tracked. We ship to France and Spain too"),
        ],
    )
    assert "US" not in out[1] and "France" in out[1] and "Spain" in out[1]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Portogallo", "PT"),
        ("Portugal", "PT"),
        ("stati uniti", "US"),
        ("the States", None),
        ("States", "US"),
        ("UK", "GB"),
        ("Inghilterra", "GB"),
        ("Deutschland", "DE"),
        ("Messico", "MX"),
        ("Atlantide", None),
    ],
)
def test_country_names_in_any_language_have_one_code(name: str, code: str | None) -> None:
    assert country_code(name) == code


# Round 34 (session 21, from hw80-hw82): ids by their shape alone, and a customer's foreign
# nationality said of a person or of their number.
ROUND34_REDACTED = [
    ("i nick: Ciro = CiroTheHero / Pasquale = PaskyBoy99 / e io DomeDestroyer", "CiroTheHero"),
    ("i nick: Ciro = CiroTheHero / Pasquale = PaskyBoy99 / e io DomeDestroyer", "PaskyBoy99"),
    ("i nick: Ciro = CiroTheHero / Pasquale = PaskyBoy99 / e io DomeDestroyer", "DomeDestroyer"),
    ("me and n0sc0pe_raj wanna come tmrw", "n0sc0pe_raj"),
    ("Jonny, LaTortuga88 (that's Pilar) and the others", "LaTortuga88"),
    ("su psn sono Pandemonio, mio cugino è DarkHeihachi", "DarkHeihachi"),
    ("hi!! i'm Tobias, german au pair, staying with a family", "german"),
    ("my number is a german one +49 1512 3387462", "german"),
    ("sono tedesca ma vivo qui da due anni", "tedesca"),
]
ROUND34_KEPT = [
    ("pago con PayPal e spedisco con FedEx, il mio account è su WhatsApp", "PayPal"),
    ("pago con PayPal e spedisco con FedEx, il mio account è su WhatsApp", "FedEx"),
    ("il MacBook e la GoPro li porto domani", "MacBook"),
    ("the Wi-Fi is CasaLucia_5G, file IMG_2034", "CasaLucia_5G"),
    ("scrive in inglese, ama la cucina giapponese e la birra tedesca", "giapponese"),
    ("scrive in inglese, ama la cucina giapponese e la birra tedesca", "inglese"),
    ("I'm looking for english lessons for my son", "english"),
    ("il processore è un Ryzen5, la scheda una RTX4090", "Ryzen5"),
]


@pytest.mark.parametrize(("text", "value"), ROUND34_REDACTED)
def test_round34_value_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    out = _conversation(engine, [("customer", text)])[0]
    assert value not in out


@pytest.mark.parametrize(("text", "word"), ROUND34_KEPT)
def test_round34_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    out = _conversation(engine, [("customer", text)])[0]
    assert _count(word, out) == _count(word, text)
