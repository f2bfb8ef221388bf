"""Round 32 (session 20): invented cases of the forms this session's first clean batch
(hw74-hw76, measured untouched at the start and after round 31, then studied) showed: a roster
of people with their gamer ids, a player's tag or a mixed-case id without a platform named,
"io abito Oderzo" without "a", a lowercase country after a town, what the writer wants sent
abroad, "you ship to Netherlands?", a document's or a national number's country, a foreign
nationality's adjective of one's number, postcodes and repeated numbers in an address's
message, a house number after a few words of apology, Italian numbers spelt with their letter,
a person's name before "Road", a town named twice in a message, and an address's house number
that ran into the next word ("14 / Pina"). Every text is invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

ROSTER = (
    "ok / 1 Dario Conti - xX_Ombra_Xx / 2 Chen Li - li#EUW12 / 3 Ravi Shah - ravis#5521"
    " / 4 Piero Galli - pierino"
)

REDACTED = [
    (ROSTER, "li#EUW12"),
    (ROSTER, "ravis#5521"),
    (ROSTER, "pierino"),
    ("tommi è TommyXD_2015, gli altri dopo", "TommyXD_2015"),
    ("io abito Oderzo ma la cucina va a Treviso", "Oderzo"),
    ("we are now back home in brno, czech republic. can you post it?", "czech republic"),
    ("we are 2 hikers from Graz (austria) on the trail", "austria"),
    ("vorrei spedire la bici in Svizzera dopo la revisione", "Svizzera"),
    ("the red one 🌸 you ship to Netherlands?", "Netherlands"),
    ("Emily Rourke, US passport, arriving friday", "US"),
    ("phone 07700 934 218 (UK) and email later", "UK"),
    ("for payment we have a UK company account, invoice pls", "UK"),
    ("+49 1523 7781 406 its still my German number", "German"),
    ("il mio numero tedesco non funziona più", "tedesco"),
    ("viale della Resistenza 204 / 87100... no scusa ora sto a Rende quindi 87036", "87036"),
    ("lei sta a Bassano del Grappa / contrà San Giorgio 14 / Pina Marcon 36061", "36061"),
    ("abita in via dei Mille numero trentadue barra bi cap 35121", "trentadue"),
    ("abita in via dei Mille numero trentadue barra bi cap 35121", "barra bi"),
    ("vecchia casa via Garibaldi numero ventotto", "numero"),
    ("I'll post it to your flat after the wedding, the one on Burton Road", "Road"),
    ("consegna a Paese (si il comune si chiama proprio Paese 😂)", "Paese"),
]
KEPT = [
    ("foto IMG_2034 allegata, ordine#4471, file DSC_4471", "IMG_2034"),
    ("foto IMG_2034 allegata, ordine#4471, file DSC_4471", "ordine#4471"),
    ("ticket#12345 aperto ieri", "ticket#12345"),
    ("ho comprato un abito Armani per la cerimonia", "Armani"),
    # (round 36: an English-writing customer is foreign, and their "my Italian number" is
    # redacted as the brief labels it; a home customer's stays)
    ("il mio numero italiano è 333 1234567", "italiano"),
    ("I bought my French press here last year", "French"),
    ("via Garibaldi 12, Lodi. ordine n. 45123 e pratica 77123", "45123"),
    ("via Roma 3, Lodi. costa 12000 euro, 15000 km", "12000"),
    ("via Roma 3, Lodi. ne prendo 3", "prendo 3"),
    ("lei sta a Bassano / contrà San Giorgio 14 / Pina Marcon 36061", "Marcon"),
    ("Which network do you see, BriccoViole_Guest or BriccoViole_5G?", "BriccoViole_5G"),
    ("Il telaio dice SA 31147. Ritiro da mio cugino Pino, via Roma 4, Bari", "31147"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round32_value_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _count(value, _conversation(engine, [("customer", text)])[0]) == 0


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round32_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    out = _conversation(engine, [("customer", text)])[0]
    if word == "Marcon":  # the house number no longer runs into "Pina": the name is the name's
        assert "<ADDRESS_1> / <PERSON_" in out
        return
    assert _count(word, out) == _count(word, text)


def test_the_business_zones_stay(engine: AnonymisationEngine) -> None:
    out = _conversation(engine, [("agent", "we ship to Netherlands and Germany, 4-5 days")])[0]
    assert "Netherlands" in out


def test_an_asked_destination_is_carried_to_the_reply(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "is the dress still for sale? you ship to Netherlands?"),
            ("agent", "Yes! to Netherlands it's €18 and takes 4-5 days"),
        ],
    )
    assert "Netherlands" not in out[0] and "Netherlands" not in out[1]


def test_a_house_number_repeated_at_the_start(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [("customer", "via Cordenons 71, Pordenone"), ("customer", "17! via Cordenons 17 scusate")],
    )
    assert "17" not in out[1]


def test_a_house_number_after_a_few_words_of_apology(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "my flat is 4 Elm Road, Leeds"),
            ("customer", "sorry pressed enter, number 17, 2nd floor, buzzer says Schmidt"),
        ],
    )
    assert "17" not in out[1] and "2nd floor" not in out[1]
