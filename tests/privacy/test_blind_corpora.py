"""The corpora written blind by authors who neither read nor ran the engine (see
docs/evaluation.md), each scored with its own tenant's business names.

Development sets (blind when written, then studied and tuned on; the issue's targets are
asserted on them like on the other tuned sets):

- ``heldout_corpus.jsonl`` (session 2's development set);
- ``blind_test_corpus.jsonl`` (session 2's test set, 6.3% leak untouched; studied in session 3);
- ``fresh_test_corpus.jsonl`` (written in session 3, 11.3% leak untouched, then studied).

Hand-written message by message by six more blind authors (sessions 3 and 4). The first four
were each measured untouched, then studied; the engine meets every target on them except the
look-alike floor on ``handwritten4`` (96%), so that one is guarded at its measured level:

- ``handwritten_corpus.jsonl`` (10.9% leak untouched in session 3), ``handwritten2_corpus.jsonl``
  (9.6%), ``handwritten3_corpus.jsonl`` (5.8% at the start of session 4) and
  ``handwritten4_corpus.jsonl`` (4.8%).

The test sets of session 4, ``handwritten5_corpus.jsonl`` and ``handwritten6_corpus.jsonl``
(5.8% leak pooled at that session's start, 2.8% at its end), were studied in session 5 (0.0% and
0.55% now; look-alikes still under the 97% floor on ``handwritten5``).

The test sets of session 5, of which only the totals were ever looked at: ``handwritten7`` to
``handwritten10`` (4.6% leak pooled at the session's start, see docs/quality.md). The engine does
NOT meet the targets there: the ceilings in ``MEASURED`` are the measured level, a regression
guard, not the targets; lower them when the engine improves, never raise them to pass. Once
their failures are studied, new blind corpora have to replace them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.blind_corpora import convmon_engine
from privacy.evaluate import EvaluationReport, evaluate, load_dataset
from tests.privacy.test_quality_targets import STRICT_TYPES

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent.parent / "data"
BUSINESSES = {
    "heldout_corpus.jsonl": ["Lucia Ferri Atelier", "Nido Arredamenti", "Brightwater Cycles"],
    "blind_test_corpus.jsonl": [
        "Ottica Valsecchi",
        "Forno Santa Rita",
        "Smartfix Lab",
        "Altamarea Viaggi",
        "Kinetica Gym",
    ],
    "fresh_test_corpus.jsonl": [
        "Farmacia Dott.ssa Ferraris",
        "Bianchi Auto",
        "Immobiliare Casa Serena",
        "Clinica Veterinaria Villa Gioia",
        "Fiori di Rosa",
        "Hope & Grant Insurance",
    ],
    "handwritten_corpus.jsonl": [
        "Salone Da Tiziana",
        "Ciasa Fraina B&B",
        "Cicli Zanardo",
        "Libreria La Gru",
        "Pelo & Coccole",
        "Ceramiche Orsolina",
    ],
    "handwritten2_corpus.jsonl": [
        "Traslochi Fratelli Sala",
        "Vela Camogli",
        "Studio Dentistico Orsini",
        "Vinyl Paradiso London",
        "TermoService Vesuvio",
        "Sole & Sale Catering",
    ],
    "handwritten3_corpus.jsonl": [
        "Cascina Ortensio",
        "Autoscuola Tiberi",
        "Foto Nives & Bruno",
        "ReBoot Store",
        "Parlami! Scuola di Italiano",
        "Ferramenta Santoro",
    ],
    "handwritten4_corpus.jsonl": [
        "Studio Contabile Marchetti",
        "Hotel Baia di Ognina",
        "Tattoo Nero Seppia",
        "Pulcino Verde Kids",
        "Galilei Car Rental Pisa Airport",
        "Sassolungo Bike Rental",
    ],
    "handwritten5_corpus.jsonl": [
        "Centro Fisio Sport Dott.ssa Liguori",
        "Casa Splendente Pulizie",
        "Officina Quarantadue Coworking",
        "Frantoio Masseria Santa Venere",
        "Kilowatt Live Biglietteria",
        "Pizzeria Da Totonno 'o Biondo",
    ],
    "handwritten6_corpus.jsonl": [
        "Bottega Zia Carmela",
        "Maestrale Surf School",
        "Scuola di Musica Chiaroscuro",
        "PCpronto - Assistenza informatica",
        "Cascina Bau",
        "Tipografia Lanza",
    ],
    "handwritten7_corpus.jsonl": [
        "Idraulica F.lli Mancuso",
        "Studio Ravasi Amministrazioni Condominiali",
        "Atelier Sposa Ginevra",
        "Camping Lago di Ledro",
        "Respiro Yoga & Pilates",
        "Lumina Skin Lab",
    ],
    "handwritten8_corpus.jsonl": [
        "Le Querce Assistenza Domiciliare",
        "Oreficeria Lo Verde",
        "Rifugio Pian dei Larici",
        "Babele Traduzioni Giurate",
        "Salina Blu Boat Rental",
        "Il Dado Tratto",
    ],
    "handwritten9_corpus.jsonl": [
        "Fabbro Pronto Intervento Caruso",
        "Scuola di Danza Passo a Due",
        "Nutrizione Dott.ssa Marini",
        "Torrefazione Nonno Aldo",
        "Maneggio Valle del Trebbia",
        "SolareSud Impianti",
    ],
    "handwritten10_corpus.jsonl": [
        "Orologeria Sciortino",
        "Centro Estivo Il Grillo Parlante",
        "Disinfestazioni Gatto & Figli",
        "Harbour Lane Self Storage",
        "Pawprint Portraits Studio",
        "Cucina di Nonna Ebe",
    ],
}
DEVELOPMENT = (
    "heldout_corpus.jsonl",
    "blind_test_corpus.jsonl",
    "fresh_test_corpus.jsonl",
    "handwritten_corpus.jsonl",
    "handwritten2_corpus.jsonl",
    "handwritten3_corpus.jsonl",
)
# measured level: (overall leak, names leak, over-redaction per language, keep survival floor)
MEASURED = {
    "handwritten4_corpus.jsonl": (0.005, 0.005, 0.01, 0.95),
    "handwritten5_corpus.jsonl": (0.005, 0.005, 0.015, 0.85),
    "handwritten6_corpus.jsonl": (0.01, 0.005, 0.015, 0.97),
    # the test sets of session 5 (only their totals looked at)
    "handwritten7_corpus.jsonl": (0.05, 0.055, 0.015, 0.94),
    "handwritten8_corpus.jsonl": (0.05, 0.05, 0.015, 0.86),
    "handwritten9_corpus.jsonl": (0.03, 0.035, 0.015, 0.89),
    "handwritten10_corpus.jsonl": (0.055, 0.045, 0.015, 0.87),
}


def _report(corpus: str) -> EvaluationReport:
    return evaluate(load_dataset(DATA / corpus), convmon_engine(BUSINESSES[corpus]))


@pytest.fixture(scope="module", params=DEVELOPMENT)
def development(request: pytest.FixtureRequest) -> EvaluationReport:
    return _report(request.param)


@pytest.fixture(scope="module", params=sorted(MEASURED))
def blind_test(request: pytest.FixtureRequest) -> tuple[str, EvaluationReport]:
    return request.param, _report(request.param)


def test_development_sets_meet_the_targets(development: EvaluationReport) -> None:
    assert development.leak_rate is not None and development.leak_rate <= 0.01
    names = development.by_entity["PERSON"].leak_rate
    assert names is not None and names <= 0.02
    for entity_type in STRICT_TYPES:
        rate = development.by_entity[entity_type].leak_rate
        assert rate is None or rate <= 0.005, entity_type
    assert development.address_core_leaked == 0
    for language in ("it", "en"):
        rate = development.over_redaction(language)
        assert rate is not None and rate <= 0.05, language
    assert development.keep_survival is not None and development.keep_survival >= 0.97


def test_hand_written_sets_do_not_regress(blind_test: tuple[str, EvaluationReport]) -> None:
    corpus, report = blind_test
    leak, names, over_redaction, keep = MEASURED[corpus]
    assert report.leak_rate is not None and report.leak_rate <= leak
    person = report.by_entity["PERSON"].leak_rate
    assert person is not None and person <= names
    for entity_type in ("IBAN_CODE", "CREDIT_CARD", "IT_FISCAL_CODE", "IT_VAT_CODE"):
        assert report.by_entity[entity_type].leak_rate == 0.0, entity_type
    for language in ("it", "en"):
        rate = report.over_redaction(language)
        assert rate is not None and rate <= over_redaction, language
    assert report.keep_survival is not None and report.keep_survival >= keep
