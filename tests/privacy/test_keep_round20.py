"""Keep rules of session 12 (round 20): businesses, brands, landmarks and appellations that must
survive, without leaking a person called like them.

- a business named by its trade or its kind and a surname, with no legal form ("Pasticceria
  Amato", "Studio Dentistico Greco"), an institution named after a person or a saint
  ("all'ospedale Cannizzaro", "il liceo Fermi", "al Niguarda");
- brands of names joined by "&" or "and" ("Marks & Spencer");
- a maker and its model that is a word ("Fiat Panda", "una Vespa Primavera");
- a brand that is a name of no name list after an indefinite article or a possessive ("il mio
  Dyson"), never after "il"/"la" alone ("la Garofalo" may be a woman);
- a brand before the kind of thing it makes ("Nike shoes");
- landmarks, fairs, and protected wines and foods of ``landmarks.txt`` and cue words (museo,
  basilica, teatro, stadio + name).

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_keep_round19 import _out, _spans, _survives

SPANS = [
    ("trade-surname", "Ritiro la torta alla Pasticceria Amato", "Pasticceria Amato"),
    ("trade-first-and-surname", "Domani passo dalla Panetteria Leone", "Panetteria Leone"),
    ("dentist", "Ho la pulizia allo Studio Dentistico Greco", "Studio Dentistico Greco"),
    ("hospital-lower", "Mio padre è all'ospedale Cannizzaro da lunedì", "ospedale Cannizzaro"),
    ("school", "Mia nipote va al liceo Fermi", "liceo Fermi"),
    ("institute", "Si è diplomato all'istituto Marconi", "istituto Marconi"),
    ("saint", "Ci sposiamo nella basilica di San Lorenzo", "basilica di San Lorenzo"),
    ("theatre-saint", "Biglietti per il teatro San Carlo", "teatro San Carlo"),
    ("known-hospital", "Ha fatto gli esami al Niguarda", "Niguarda"),
    ("and-brand", "Una felpa di Abercrombie & Fitch", "Abercrombie & Fitch"),
    ("and-brand-word", "Ho preso un maglione da Marks and Spencer", "Marks and Spencer"),
    ("maker-word-model", "Vendo Fiat Panda in buono stato", "Fiat Panda"),
    ("maker-word-model-vespa", "Ho restaurato una Vespa Primavera del 1970", "Vespa Primavera"),
    ("brand-article", "il mio Dyson fa un rumore strano", "Dyson"),
    ("brand-thing", "Do you still sell Nike shoes?", "Nike"),
    ("landmark", "Domani visitiamo la Fontana di Trevi", "Fontana di Trevi"),
    ("fair", "Ci vediamo al Salone del Mobile", "Salone del Mobile"),
    ("wine", "Tre bottiglie di Vino Nobile di Montepulciano", "Vino Nobile di Montepulciano"),
    ("food", "Mezzo chilo di Pistacchio di Bronte", "Pistacchio di Bronte"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in SPANS])
def test_round20_keep_span(text: str, value: str) -> None:
    assert value in _spans(text)


NOT_KEPT = [
    ("doctor-clause", "all'ospedale Bruni mi ha visitato", "Bruni"),
    ("institution-first-name", "all'ospedale Marco mi ha aiutato", "Marco"),
    ("no-article", "in clinica Rossi era gentile", "Rossi"),
    ("saint-then-person", "nella chiesa di San Giuseppe Verdi cantava", "Verdi"),
    ("first-name-before-kind", "Adalberta Chiesa Moretti ha scritto", "Chiesa"),
    ("maker-then-surname", "ho parlato con Vespa Rossi ieri", "Rossi"),
    ("maker-then-first-name", "Vespa Carla ha pagato il conto", "Carla"),
    ("article-maker-first-name", "la mia Lambretta Silvana arriva domani", "Silvana"),
    ("article-surname-brand", "La Garofalo del secondo piano ha chiamato", "Garofalo"),
    ("kind-after-unknown-name", "Ermenilda Chiesa Restauri ha scritto", "Chiesa"),
    ("listed-surname-after-article", "il Ferrari di via Roma è il mio vicino", "Ferrari"),
    ("first-name-brand-thing", "Ho regalato a Valentino scarpe nuove", "Valentino"),
    ("landmark-after-first-name", "Anna Colosseo ha chiamato", "Colosseo"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in NOT_KEPT])
def test_round20_person_not_kept(text: str, value: str) -> None:
    assert not any(value in span for span in _spans(text))


KEPT = [
    ("shop", "Le stoffe arrivano da Tessuti Cuomo lunedì", "Cuomo"),
    ("school-surname", "Mio figlio frequenta il liceo Galilei", "Galilei"),
    ("ben-jerry", "A tub of Ben & Jerry's in the freezer", "Jerry's"),
    ("maker-model", "Una scatola di Ferrero Rocher per Natale", "Rocher"),
    ("article-brand", "mia figlia vuole una Barbie sirena", "Barbie"),
    ("landmark", "Siamo andati al Colosseo e poi agli Uffizi", "Uffizi"),
    ("appellation", "Un etto di Lardo di Colonnata", "Colonnata"),
    ("museum", "Siamo stati al museo Egizio", "Egizio"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in KEPT])
def test_round20_survives_anonymisation(engine: AnonymisationEngine, text: str, value: str) -> None:
    out = _out(engine, text)
    assert _survives(value, out), out


PEOPLE = [
    ("doctor-of-the-studio", "il dottor Greco dello studio mi ha richiamato", "Greco"),
    ("shop-owner", "Ho parlato con Sorrentino della panetteria", "Sorrentino"),
    ("title-landmark-word", "Il signor Colonnata ha ordinato il lardo", "Colonnata"),
    ("teacher", "la professoressa Volta ha chiamato", "Volta"),
    ("person-at-theatre", "al teatro ho visto Carlo Bruni", "Bruni"),
    ("surname-first", "ho incontrato Ferrari Paolo al negozio", "Ferrari"),
    ("hospital-doctor", "all'ospedale Bruni mi ha visitato con calma", "Bruni"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in PEOPLE])
def test_round20_person_called_like_a_place_or_brand_is_redacted(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    out = _out(engine, text)
    assert not _survives(value, out), out
