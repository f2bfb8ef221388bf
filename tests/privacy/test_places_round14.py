"""Neighbourhoods of Italian cities, round 14 (``privacy/data/neighbourhoods.txt``): the
quartieri, rioni and sestieri of the big and mid-sized cities that a town list does not hold.
A listed name no dictionary knows counts alone when capitalised; one that is an everyday word,
a first name, a surname or a brand only after a place cue ("abito in", "zona", "al", "della",
"near", "in the ... area"); one that is no word also in a chat's lowercase after a cue.
Look-alikes stay: the everyday word in lowercase or capitalised without a cue, a business's or a
product's name, a sports club, a station named as a landmark, a first name after "a"/"di".

Stations: "stazione Porta Nuova" is kept. A station is a public landmark everyone passes through
(the labelled sets keep landmarks such as a city gate or a canal as words); a district named
as where someone is ("vivo a Porta Venezia") is redacted by its cue.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.location import find_places, load_gazetteer, neighbourhoods
from privacy.recognizers.names import load_lexicon
from tests.privacy.test_names_general import chat_message

# (text, neighbourhood that must be found)
# (text, neighbourhood that must be found)
WITH_CUE = [
    ("abito in Crocetta da tre anni", "Crocetta"),
    ("lavoro alla Crocetta, vicino al mercato", "Crocetta"),
    ("siamo in zona Pilastro, si può?", "Pilastro"),
    ("quelli del Lingotto fanno la festa sabato", "Lingotto"),
    ("ci trasferiamo al Lingotto a maggio", "Lingotto"),
    ("mia nonna sta a Librino", "Librino"),
    ("consegnate anche dalle parti della Barriera di Milano?", "Barriera di Milano"),
    ("mio figlio va a scuola all'Arsenale", "Arsenale"),
    ("sono cresciuto nel quartiere Isolotto", "Isolotto"),
    ("abitiamo ai Navigli, terzo piano", "Navigli"),
    ("il ritiro lo fate anche in Ortica?", "Ortica"),
    ("stiamo vicino alla Darsena", "Darsena"),
    ("vivo a Porta Venezia con due coinquilini", "Porta Venezia"),
    ("sono di San Salvario ma lavoro fuori", "San Salvario"),
    ("i miei abitano nel rione Sperone", "Sperone"),
    ("take line 2 to Arsenale and walk five minutes", "Arsenale"),
    ("we rented a flat near Navigli for the summer", "Navigli"),
    ("she lives in the Crocetta area, quiet streets", "Crocetta"),
    ("my aunt is from Fratte, near the station", "Fratte"),
    ("siamo in zona Aurora, ci arrivate?", "Aurora"),
    ("ho casa in Aurora, vicino al fiume", "Aurora"),
    ("il corriere passa dal Pilastro il martedì?", "Pilastro"),
    ("mia sorella sta in Città Studi", "Città Studi"),
    ("a Borgo San Paolo c'è parcheggio?", "Borgo San Paolo"),
    ("sestiere Cannaregio, vicino al ghetto", "Cannaregio"),
]
# no dictionary knows them: found capitalised without a cue
ALONE = [
    ("ciao, Vanchiglia è zona vostra per le consegne?", "Vanchiglia"),
    ("Marassi o Sampierdarena, dove conviene?", "Marassi"),
    ("noi siamo tra Bolognina e Corticella", "Bolognina"),
    ("per Poggiofranco quanto costa la spedizione?", "Poggiofranco"),
    ("i ragazzi di Mirafiori giocano qui", "Mirafiori"),
    ("tutta la Kalsa lo conosce", "Kalsa"),
    ("Rebaudengo, scala B", "Rebaudengo"),
    ("Parioli o Pigneto per te è uguale?", "Parioli"),
    ("sono appena tornata da Ballarò", "Ballarò"),
    ("the Fuorigrotta crowd loved it", "Fuorigrotta"),
    ("Ci vediamo a metà strada, tipo Testaccio?", "Testaccio"),
    ("il B&B è dietro Chiaia, due minuti", "Chiaia"),
    ("Secondigliano o Scampia, la spedizione costa uguale?", "Scampia"),
    ("mio cugino ha aperto un bar verso Japigia", "Japigia"),
    ("ieri pomeriggio Ognina era piena di gente", "Ognina"),
    ("Dorsoduro, terzo ponte a destra", "Dorsoduro"),
    ("prendo il vaporetto per la Giudecca", "Giudecca"),
    ("stavamo tra Cenisia e Parella", "Parella"),
    ("il mercato di Rifredi il sabato", "Rifredi"),
    ("due passi per Oltretorrente e poi a casa", "Oltretorrente"),
    ("consegna a Veronetta possibile?", "Veronetta"),
    ("grazie mille da tutta Gavinana!", "Gavinana"),
    ("Sampierdarena, scala C, citofono 4", "Sampierdarena"),
    ("we had pizza in Mergellina last night", "Mergellina"),
    ("our flat overlooks Boccadasse", "Boccadasse"),
]
# in a chat's lowercase after a cue, names that are no word
LOWERCASE = [
    ("abito al vomero, consegnate?", "vomero"),
    ("sto in vanchiglia fino a domenica", "vanchiglia"),
    ("zona bolognina va bene", "bolognina"),
    ("dalle parti di marassi", "marassi"),
    ("siamo a posillipo stasera", "posillipo"),
    ("mia madre sta al pigneto", "pigneto"),
    ("passo dal quadraro alle 6", "quadraro"),
    ("vivo in cenisia da poco", "cenisia"),
    ("ciao! zona giambellino ci arrivate?", "giambellino"),
    ("sto a testaccio, passi tu?", "testaccio"),
    ("abitiamo a centocelle dal 2019", "centocelle"),
    ("zona garbatella, dopo le 18", "garbatella"),
    ("sono al vomero fino a domenica", "vomero"),
    ("io sto in bolognina vicino alla stazione", "bolognina"),
    ("mia zia sta dalle parti di fuorigrotta", "fuorigrotta"),
    ("lavoro al quadraro, consegnate lì?", "quadraro"),
    ("ci vediamo a boccadasse?", "boccadasse"),
    ("vivo a cannaregio, terzo piano", "cannaregio"),
    ("siamo in zona mirafiori sud", "mirafiori"),
    ("passate da sampierdarena?", "sampierdarena"),
    ("siamo al pigneto stasera", "pigneto"),
    ("sono di vanchiglia", "vanchiglia"),
]
# look-alikes: the word stays
LOOK_ALIKES = [
    ("il pilastro del portico è crepato", "pilastro"),
    ("un lingotto d'oro da 50 grammi", "lingotto"),
    ("Pizzeria Crocetta fa le consegne?", "Crocetta"),
    ("il Trastevere Calcio ha vinto 2-1", "Calcio"),
    ("il Trastevere Calcio ha vinto 2-1", "Trastevere"),
    ("gioco nella ASD Pilastro da due anni", "Pilastro"),
    ("l'ortica fa bene alla pelle", "ortica"),
    ("metti una crocetta sulla casella", "crocetta"),
    ("la darsena è piena di barche", "darsena"),
    ("ho letto l'Arsenale della memoria, bellissimo", "Arsenale"),
    ("l'ho detto alla Aurora ieri", "Aurora"),
    ("la Barriera corallina è stupenda", "Barriera"),
    ("Lingotto Gold, la nostra tavoletta fondente", "Lingotto"),
    ("il Real Vomero gioca domenica", "Vomero"),
    ("ci vediamo alla stazione Porta Nuova", "Porta Nuova"),
    ("la Crocetta che hai disegnato è storta", "Crocetta"),
    ("Ortica e menta nel tè della casa", "Ortica"),
    ("Porta Romana 61 è il nostro modello di anta", "Porta Romana"),
    ("ho detto a Flaminio di passare", "Flaminio"),
    ("la moto di Flaminio è pronta", "Flaminio"),
    ("dai Tamburi per la festa: servono 4 bacchette", "Tamburi"),
    ("Grazie! Marta - Farmacia Vanchiglia", "Vanchiglia"),
]


def _places(text: str, kind: str = "LOCATION") -> list[str]:
    gazetteer = load_gazetteer(load_lexicon())
    return [text[d.start : d.end] for d in find_places(text, gazetteer) if kind in d.entity_type]


@pytest.mark.parametrize(("text", "place"), WITH_CUE)
def test_neighbourhood_after_a_cue(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(("text", "place"), ALONE)
def test_neighbourhood_no_word_alone(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(("text", "place"), LOWERCASE)
def test_neighbourhood_in_lowercase_after_a_cue(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(("text", "word"), LOOK_ALIKES)
def test_look_alikes_are_no_neighbourhood(text: str, word: str) -> None:
    # no place, nor a surname ("Farmacia Kalsa" names a business)
    assert not any(word in place for place in _places(text, ""))


def test_list_classes() -> None:
    listed = neighbourhoods(load_lexicon())
    # a first name or a brand only after a strong cue, an everyday word after any cue
    assert "aurora" in listed.names
    assert "crocetta" in listed.words
    assert "vomero" in listed.alone and "vomero" in listed.lowercase
    # bare everyday words that name a district in many towns are not listed
    assert not {"centro", "marina", "stadio", "porto"} & (listed.alone | listed.words)


ENGINE_CASES = [
    ("Ciao! Lavoro in Crocetta, mi lasciate il pacco in negozio?", "Crocetta"),
    ("Saluti dalla principessa del Lingotto 👑", "Lingotto"),
    ("From the station take the boat to Arsenale, we are right there", "Arsenale"),
    ("abito al vomero, fate consegne?", "vomero"),
]


@pytest.mark.parametrize(("text", "place"), ENGINE_CASES)
def test_engine_redacts_neighbourhood(engine: AnonymisationEngine, text: str, place: str) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert place not in result.text


ENGINE_KEEPS = [
    ("metti una crocetta sul modulo e firma", "crocetta"),
    ("il Trastevere Calcio gioca domenica alle 15", "Trastevere"),
    ("Pizzeria Crocetta: 2 margherite", "Crocetta"),
]


@pytest.mark.parametrize(("text", "word"), ENGINE_KEEPS)
def test_engine_keeps_look_alikes(engine: AnonymisationEngine, text: str, word: str) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert word in result.text
