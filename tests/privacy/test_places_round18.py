"""Places of round 18: a country that locates another person without a verb of living (after a
relative of someone's own: "mio nipote in Cile", "my brother Tom can send it from Spain"; a
repatriated body; a family's signature; beside a town that was found), the places of a life
span ("Cascina 1941 – Lucca 2023"), towns named after a saint with their qualifier or link
("San Giorgio Ultra", "Sant'Angelo dei Lombardi"), dialect cues ("addò stava a ..."), and dialect
nouns that are no towns ("a sora mia", "cu a coppola"). Goods, shipping, one's own country,
national teams and small talk stay.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.location import _saint_towns, life_spans, person_country
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


# class 1: a relative of someone's own, then "in"/"from"/"da" and the country
# class 2: a repatriated body; class 3: a family's signature; class 4: beside a found town
PERSON_COUNTRIES = [
    ("mia zia Carla in Germania paga lei", "Germania"),
    ("mio nipote in Cile mi ha chiesto il prezzo", "Cile"),
    ("my brother Tom can send it from Spain", "Spain"),
    ("our daughter in Portugal will collect it", "Portugal"),
    ("sorema dalla Grecia manda i soldi", "Grecia"),
    ("la salma va rimpatriata in Albania, quanto costa?", "Albania"),
    ("serve il rimpatrio della salma in Marocco entro venerdì", "Marocco"),
    ("we need the repatriation of his body to Ghana", "Ghana"),
    ("with love, the Morgan family, Australia.", "Australia"),
    ("un abbraccio dalla famiglia Esposito, Belgio", "Belgio"),
    ("Canada, Halifax. here is the card", "Canada"),
    ("we live in Tralee, Ireland now", "Ireland"),
]


@pytest.mark.parametrize(("text", "country"), PERSON_COUNTRIES)
def test_country_that_locates_a_person_is_redacted(
    engine: AnonymisationEngine, text: str, country: str
) -> None:
    assert country not in _out(engine, text)


COUNTRY_LOOK_ALIKES = [
    ("abbiamo un ottimo vino di Francia in offerta", "Francia"),
    ("the French fries are made in Italy", "Italy"),
    ("stasera c'è Italia-Francia, si chiude prima", "Francia"),
    ("la Romania è bella in primavera", "Romania"),
    ("we ship to Ireland with DHL, my sister packs them", "Ireland"),
    ("mio cugino ha comprato il vino dalla Spagna", "Spagna"),
    ("mia madre è in Italia da vent'anni", "Italia"),
    # round 21: one's own move to a country is personal now ("I'm moving back to Scotland",
    # tests/privacy/test_places_round21.py); round 30 (session 19): one's own trip too ("I'm
    # going to Scotland in May", test_round30_trips.py), as the blind authors label "andiamo in
    # Portogallo" and the brief says ("are travelling to")
    ("the Rossi family, Italy", "Italy"),
]


@pytest.mark.parametrize(("text", "country"), COUNTRY_LOOK_ALIKES)
def test_country_look_alikes_are_kept(engine: AnonymisationEngine, text: str, country: str) -> None:
    assert country in _out(engine, text)


def test_person_country_reads_the_clause() -> None:
    text = "mia sorella lavora qui. In Francia fa freddo"
    start = text.index("Francia")
    assert not person_country(text, start, start + len("Francia"))
    text = "mio fratello Luca in Francia paga"
    start = text.index("Francia")
    assert person_country(text, start, start + len("Francia"))


LIFE_SPANS = [
    ("testo: 'in ricordo di Mario Neri, Cascina 1941 – Lucca 2023'. grazie", ["Cascina", "Lucca"]),
    ("santino: Gino Pace (Vicopisano, 1930 - Pontedera, 2019)", ["Vicopisano", "Pontedera"]),
    ("in memory of our dad, Galway 1948 – Cork 2022", ["Galway", "Cork"]),
]


@pytest.mark.parametrize(("text", "places"), LIFE_SPANS)
def test_places_of_a_life_span_are_redacted(
    engine: AnonymisationEngine, text: str, places: list[str]
) -> None:
    out = _out(engine, text)
    assert all(place not in out for place in places)


def test_life_span_needs_a_life_apart_and_a_cue() -> None:
    assert not list(life_spans("tour Verona 2024 - Padova 2025 confermato"))
    assert not list(life_spans("ho visto Torino 2006 - Milano 2026 in tv"))
    assert list(life_spans("in ricordo, Calcinaia 1931 – Buti 2020"))


SAINT_TOWNS = [
    ("e pure a San Giorgio Ultra addò stava zia Carmela", "Ultra"),
    ("nato a Santa Croce Superiore nel 1950", "Superiore"),
    ("la casa è a San Lorenzo Scalo, vicino alla ferrovia", "Scalo"),
    ("mia suocera sta a Sant'Angelo dei Lombardi", "Lombardi"),
    ("vengo da San Marco dei Cavoti", "Cavoti"),
]


@pytest.mark.parametrize(("text", "word"), SAINT_TOWNS)
def test_saint_town_is_redacted_whole(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert word not in _out(engine, text)


def test_saint_towns_are_no_churches_feasts_or_streets() -> None:
    assert not list(_saint_towns("ci vediamo in chiesa a San Carlo al Corso"))
    assert not list(_saint_towns("abito in via San Giovanni di Dio"))
    assert not list(_saint_towns("il pranzo di San Giuseppe in famiglia"))
    assert list(_saint_towns("abito a San Carlo di Sotto"))


DIALECT_NOUNS = [
    ("a sora mia sta bene, grazie", "sora"),
    ("l'aggio vista cu a sora Nunzia", "sora"),
    ("è chillo cu a coppola, v'o ricordate?", "coppola"),
]


@pytest.mark.parametrize(("text", "word"), DIALECT_NOUNS)
def test_dialect_nouns_are_no_places(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert word in _out(engine, text)
