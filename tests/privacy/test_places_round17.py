"""Places of round 17: a country where a relative or a third person lives, stays or comes from
in Italian, dialect and chat ("mia sorella sta in Moldavia", "el fio el xe in Canada", "mia
moglie è de Perù", "she's from Senegal", "my son moved back to Ukraine"), with the everyday and
home-nation names Faker leaves out ("Moldavia", "Inghilterra", "Corea del Sud"); a small Italian
town opened by an everyday word ("Colle", "Marina", "Rocca", "Case") or a frazione with its
comune ("X di Y") after a cue that locates a person, and "x"/"per" an everyday-word town after
a travel verb. Countries without a person cue, goods' origins and one's own country stay.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.location import countries
from privacy.recognizers.names import fold
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


# class 1: a country where a relative or "he"/"she" lives, stays or comes from
COUNTRY_KIN = [
    ("mia sorella sta in Bielorussia con il marito", "Bielorussia"),
    ("el me fio el xe in Canada da do ani", "Canada"),
    ("la mia fioa la xe in Argentina", "Argentina"),
    ("mia moglie è de Perù", "Perù"),
    ("mia cognata è della Moldavia, lavora qui", "Moldavia"),
    ("suo marito viene dalle Filippine", "Filippine"),
    ("mio zio stava negli Stati Uniti", "Stati Uniti"),
    ("mio fratello è nato in Corea del Sud", "Corea"),
    ("mio figlio si è trasferito in Inghilterra", "Inghilterra"),
    ("la nonna è originaria del Marocco", "Marocco"),
    ("my wife is from Moldova", "Moldova"),
    ("she's from Senegal originally", "Senegal"),
    ("she is from the Philippines", "Philippines"),
    ("my brother moved to Bangladesh last year", "Bangladesh"),
    ("my son went back to Ukraine", "Ukraine"),
    ("his mum is back home in Morocco", "Morocco"),
    ("my nan lives in Scotland", "Scotland"),
]


@pytest.mark.parametrize(("text", "country"), COUNTRY_KIN)
def test_country_of_a_relative_is_redacted(
    engine: AnonymisationEngine, text: str, country: str
) -> None:
    assert country not in _out(engine, text)


# no person as the subject, one's own country, goods: kept
COUNTRIES_KEPT = [
    # round 28: a person's document from a country is theirs ("Her passport is from Ireland" is
    # redacted now, test_round28); a thing from a country is not
    ("the new passport covers are from Ireland", "Ireland"),
    ("the parcel is from Morocco", "Morocco"),
    ("the tiles are from Spain", "Spain"),
    ("the wine is from Moldova", "Moldova"),
    ("ho spedito un pacco che sta in Germania da una settimana", "Germania"),
    ("il caffè è del Brasile", "Brasile"),
    ("la merce è arrivata dalla Cina", "Cina"),
    # round 27: one's own country of origin or home ("abito in Irlanda da due anni", "I'm from
    # England") is redacted now, as the newer corpora label it (tests/privacy/test_round27.py)
    ("spediamo anche in Scozia e in Galles", "Scozia"),
    # (a customer's own holiday in Grecia: redacted from round 33 on, test_round33)
]


@pytest.mark.parametrize(("text", "country"), COUNTRIES_KEPT)
def test_countries_without_a_person_cue_are_kept(
    engine: AnonymisationEngine, text: str, country: str
) -> None:
    assert country in _out(engine, text)


def test_everyday_country_names_are_countries() -> None:
    for name in ("Moldavia", "Inghilterra", "Stati Uniti", "Corea del Sud", "Olanda", "Wales"):
        assert fold(name) in countries()


# class 2: a town opened by an everyday word, or a frazione with its comune, after a cue
TOWNS = [
    ("vengo da Colle Umberto", ["Colle", "Umberto"]),
    ("sono di Marina di Gioiosa", ["Marina", "Gioiosa"]),
    ("sono di Rocca Priora", ["Rocca", "Priora"]),
    ("abito a Villa Castelli", ["Villa", "Castelli"]),
    ("siamo a Case Nuove di Somma", ["Case", "Nuove", "Somma"]),
    ("abito ad Alba di Canazei", ["Alba", "Canazei"]),
    ("vengo da San Pietro in Cariano", ["Pietro", "Cariano"]),
    ("abito a Palma Campania da 3 anni", ["Palma", "Campania"]),
    ("partiamo da Ponte nelle Alpi sabato", ["Ponte", "Alpi"]),
    ("volo per Marina di Ragusa domani", ["Marina", "Ragusa"]),
    ("partiamo da Bergamo il 3 luglio x Palma e torniamo il 10", ["Palma"]),
]


@pytest.mark.parametrize(("text", "words"), TOWNS)
def test_cued_town_is_redacted_whole(
    engine: AnonymisationEngine, text: str, words: list[str]
) -> None:
    out = _out(engine, text)
    for word in words:
        assert word not in out


# look-alikes: a pet after "x", a firm after "sono di", feast days, everyday phrases
TOWN_LOOK_ALIKES = [
    ("avete posto x Birba?", "posto x"),
    ("sono di Casa Vinicola Sartori", "Casa"),
    ("sono di fretta", "fretta"),
    ("sto a casa", "casa"),
    ("il ponte è chiuso", "ponte"),
]


@pytest.mark.parametrize(("text", "kept"), TOWN_LOOK_ALIKES)
def test_town_look_alikes_are_kept(engine: AnonymisationEngine, text: str, kept: str) -> None:
    assert kept in _out(engine, text)


# class 3: a known town's quarter or frazione in brackets after it
DISTRICTS = [
    ("consegna: via Verdi 4, 60131 Ancona (Torrette)", "Torrette"),
    ("abito a Bologna (Corticella), vicino alla stazione", "Corticella"),
]


@pytest.mark.parametrize(("text", "district"), DISTRICTS)
def test_quarter_in_brackets_after_town_is_redacted(
    engine: AnonymisationEngine, text: str, district: str
) -> None:
    assert district not in _out(engine, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # round 19: a province code beside its town goes with it ("Rho (MI)"), see round 19
        ("spedito da Torino (Italia)", "Italia"),
    ],
)
def test_brackets_after_town_look_alikes(engine: AnonymisationEngine, text: str, kept: str) -> None:
    assert kept in _out(engine, text)
