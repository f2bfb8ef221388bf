"""Session 18, round 29: addresses kept in part. German streets named by a town's adjective
in -er ("Kieler Chaussee 9", "Bremer Landstraße 40"); the Maghreb's house number before the
street's kind ("9 Derb Sidi Ali", "45 Avenue Habib Bourguiba, Sousse"); Romanian streets with
"nr." and the flat's items after it, names with diacritics and lowercase links ("Str. Ștefan
cel Mare nr. 3, bl. 1, sc. B, ap. 4"); Colombia's grid ("Carrera 70 # 12-40, apto 803"); a
house number said alone before a staircase ("al 9 scala D"); "via X verso Y 12"; a postcode
after a town and a label ("Brașov, cod 500123"). Kept: order, room and list numbers, prices,
product codes, German non-streets. Every sentence here is invented for these
tests (none comes from a labelled corpus or the probes)."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

REDACTED = [
    # a flat or floor after the number in Swedish, Turkish, Polish, Catalan
    ("bo hos mig: Kungsgatan 12, lgh 1204, 111 43 Stockholm", "1204"),
    ("adres: Moda Cad. No: 18 D: 9, Kadıköy", "D: 9"),
    ("wyślij na ul. Piotrkowska 101 m. 7, Łódź", "m. 7"),
    ("envieu-ho a c/ de Provença 210, 3r 2a, Barcelona", "3r 2a"),
    # German: a town's adjective before the street's kind
    ("bitte an Bremer Landstraße 40, 3. OG, 28215 Bremen schicken", "Bremer"),
    ("please ship to Kieler Chaussee 9, my flat is upstairs", "Kieler"),
    ("send it to Altonaer Markt 3 please", "Altonaer"),
    ("we moved to Münchner Hauptstraße 17 last month", "Münchner"),
    # the Maghreb: the number before the kind
    ("write to 9 Derb Sidi Ali, Marrakech 40000, thanks", "9 Derb"),
    ("mon frère habite 21 Zankat Moulay Idriss, Tanger", "21 Zankat"),
    ("post it to 45 Avenue Habib Bourguiba, Sousse", "45"),
    ("the office is at 8 Bd Mohammed V in Casablanca", "Mohammed V"),
    # Romania
    ("my aunt's house, Str. Ștefan cel Mare nr. 3, bl. 1, sc. B, ap. 4, Iași", "Ștefan"),
    ("my aunt's house, Str. Ștefan cel Mare nr. 3, bl. 1, sc. B, ap. 4, Iași", "ap. 4"),
    ("a casa di mio padre, Strada Țepeș Vodă nr. 11, ap. 2. grazie", "Vodă nr. 11"),
    ("send it to Bd. Nicolae Titulescu nr. 15, et. 4, ap. 18, Bucharest", "Titulescu"),
    ("factura pe Șos. Pantelimon nr. 250, bl. 7, sc. C", "Pantelimon"),
    # Colombia's grid
    ("mail it to my sister, Carrera 70 # 12-40, apto 803, Laureles", "Carrera 70 # 12-40"),
    ("mail it to my sister, Carrera 70 # 12-40, apto 803, Laureles", "803"),
    ("the house is Calle 8 # 3-15 in Popayán", "# 3-15"),
    ("dirección: Cra. 11 No. 93-07, apartamento 402, Bogotá", "93-07"),
    ("envíen a la Calle 45 Sur # 19B-30 por favor", "19B-30"),
    ("mi oficina: Av. Boyacá # 68-12, oficina 3", "68-12"),
    # a house number alone
    ("al 9 scala D a Borgo Panigale, suonate forte", "al 9 scala D"),
    # a postcode after a found town and a short label
    ("la casa nuova: Aleea Rozelor nr. 4, ap. 6, Brașov, cod 500123", "500123"),
    ("we live in Linz, PLZ 4020 since May", "4020"),
    # "verso" inside an Italian street's name
    ("abito in via Napoli verso Capodichino 45, terzo piano", "Capodichino 45"),
]

KEPT = [
    ("ci vediamo in Kungsgatan alle 3, il negozio è a 2 m. 12 cm dalla porta", "12 cm"),
    ("the Berliner Philharmoniker played 2 encores", "Berliner"),
    ("we ate 2 Wiener Schnitzel and 3 Frankfurter Würstchen", "Wiener"),
    ("Silver Ring 2 is back in stock?", "Silver"),
    ("ordine numero 14 arrivato ieri, grazie", "14"),
    ("siamo al numero 3 della lista d'attesa?", "3"),
    ("we are at number 2 in the queue, ok", "2"),
    ("la camera 12 scala B è libera?", "12"),
    ("we need 4 Avenue Q tickets for Friday", "Avenue"),
    ("I bought 2 Avenue Candles, lovely", "Avenue"),
    ("il prodotto nr. 24 costa 15 euro", "24"),
    ("il prodotto Milano cod 123456 è finito?", "123456"),
    ("the show starts at 8-10 pm, Calle 8 sessions sold out", "8-10"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round29_address_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert value not in _conversation(engine, [("customer", text)])[0]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round29_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert _count(word, _conversation(engine, [("customer", text)])[0]) == _count(word, text)


def test_the_house_number_said_in_the_next_message(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [("customer", "noi stiamo in via Carducci"), ("customer", "al 27, terzo piano")],
    )
    assert "Carducci" not in out[0]
    assert "27" not in out[1] and out[1].endswith(", terzo piano")
    out = _conversation(
        engine, [("customer", "il pacco è arrivato"), ("customer", "al 3, grazie mille")]
    )
    assert out[1] == "al 3, grazie mille"
