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

The test sets of session 5, ``handwritten7`` to ``handwritten10`` (4.6% leak pooled at that
session's start), were studied in session 6 (0.5-0.9% leak now; they also train the scorer of
``privacy/scorer.py``, so their numbers are in-sample for it).

The test sets of session 6, ``handwritten11`` to ``handwritten14`` (4.2% leak pooled at that
session's start, 2.8% at its end), were studied in session 7 (0.0-0.5% leak now; they train
the scorer too).

The test sets of session 7, ``handwritten15`` to ``handwritten18`` (2.55% leak pooled at that
session's start and at its end), were studied in session 8 (0.0-0.7% leak now; they train the
scorer too).

The test sets of session 8, ``handwritten19`` to ``handwritten22`` (2.12% leak pooled at that
session's start, 1.14% at its end), were studied in session 9 (0.0% leak now; they train
the scorer too).

The test sets of session 9, ``handwritten23`` to ``handwritten26`` (1.65% leak pooled at that
session's start, 1.18% at its end), were studied in session 10 (0.0% leak now; they train the
scorer too).

The test sets of session 10, ``handwritten27`` to ``handwritten30`` (1.21% leak pooled at that
session's start, 0.71% at its end), were studied in session 11 (0.0% leak now; they train the
scorer too), with three development sets written in session 11 and studied from the start,
dense in the weak types: ``handwritten35`` (addresses, places), ``handwritten36`` (handles, URLs,
e-mails), ``handwritten37`` (names).

The test sets of session 11, ``handwritten31`` to ``handwritten34`` (2.21% leak pooled at that
session's start, 1.79% at its end), were studied in session 12 (0.0% leak now; they train the
scorer too), with two red teams of invented probes (URLs, addresses, places).

The test sets of session 12, ``handwritten38`` to ``handwritten41`` (0.95% leak pooled at that
session's start, 0.85% at its end), were studied in session 13 (0.05% leak now; they train the
scorer too).

The test sets of session 13, ``handwritten42`` to ``handwritten45`` (1.02% leak pooled at that
session's start, 1.07% at its end), were studied at its end (they train the scorer since
session 14). Session 14's first batch, ``handwritten46`` to ``handwritten49`` (2.57% pooled at
its start), was studied in session 14 (0.32% now; they train the scorer). Its clean test sets,
``handwritten50`` to ``handwritten53``, were never opened: 2.83% pooled at the session's start,
2.13% at its end (docs/quality.md); they were studied in session 15 (0.60% now; they train the
scorer). Session 15's clean test sets, ``handwritten54`` to ``handwritten57``, were never
opened: 1.61% pooled at the session's start, 1.47% at its end (docs/quality.md); they were
studied in session 16 (0.23% now; they train the scorer). Session 16's clean test sets,
``handwritten58`` to ``handwritten61``, were never opened: 1.50% pooled at the session's start,
1.36% at its end (docs/quality.md); they were studied in session 17 (0.23% now; they train the
scorer). Session 17's clean test sets, ``handwritten62`` to ``handwritten65``, were never
opened: 1.41% pooled at the session's start, 1.36% at its end; they were studied in session 18
(0.14% now; they train the scorer). Session 18's clean test sets, ``handwritten66`` to
``handwritten69`` (a brief rewritten from the docs, docs/blind_author_brief.md), were never
opened: 3.24% pooled at the session's start, 2.87% at its end; they are guarded at their end
levels in ``TEST_SETS``. Later batches (sessions 19-24: ``handwritten71`` to ``handwritten112``,
``handwritten70`` and ``handwritten73`` unused) follow the same protocol: measured untouched at
the start of the session that commissioned them and at its end, studied in the next; the
comments beside ``MEASURED`` and ``TEST_SETS`` give their numbers.

(Session 8 lowered the look-alike floors of four studied sets and raised two over-redaction
ceilings once, on purpose: the recall-first scorer became the default, a policy chosen on unseen
text; see MEASURED.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.blind_corpora import business_names, convmon_engine
from privacy.evaluate import EvaluationReport, evaluate, load_dataset
from tests.privacy.test_quality_targets import STRICT_TYPES

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent.parent / "data"
DEVELOPMENT = (
    "heldout_corpus.jsonl",
    "blind_test_corpus.jsonl",
    "fresh_test_corpus.jsonl",
    "handwritten_corpus.jsonl",
    "handwritten2_corpus.jsonl",
    "handwritten3_corpus.jsonl",
)
# measured level: (overall leak, names leak, over-redaction per language, keep survival floor)
# Since session 8 the scorer's recall-first thresholds are the default: fewer names leak on
# unseen text, and the studied sets pay in look-alikes and ordinary words (hw4 keep 97.0 ->
# 94.0%, en 0.87 -> 1.07%; hw7 96.0 -> 94.0%; hw9 91.9 -> 89.9%; hw11 90.8 -> 89.1%, en 1.61
# -> 2.06%): the floors below are the measured levels of that default.
MEASURED = {
    # (session 20, rounds 31-32: the country of a number or an account written beside it ("+1
    # ... (US)", "(UK number)", "my Irish account", "my Polish account"), which the newer briefs
    # label and these older corpora leave unlabelled, moved twelve over-redaction ceilings by
    # 0.04-0.14 points: hw4, hw5, hw29, hw34, hw35, hw39, hw44, hw50, hw51, hw61, hw62, hw65)
    # (session 18's scorer, retrained with hw62-hw65, and round 29's "my ghana number": en
    # over-redaction hw42 3.15 -> 3.31%, hw47 2.6 -> 2.67%, hw54 2.25 -> 2.32%, hw57 2.22 ->
    # 2.39%; look-alikes hw58 80.5 -> 80.4%, hw59 83.0 -> 82.8%: the model takes "Valeo",
    # "Bancomat", a pizza "Margherita", a room "Stella Cometa" and now keeps "Langhe", "Porta
    # Napoli"; kept by protocol, the scorer is not chosen on a corpus)
    # session 14's retrained scorer takes a role after a signing name for a place ("Aoife,
    # Reception"): en 1.2% -> 1.24%
    # (en over-redaction 1.32% since session 15's retrained scorer)
    "handwritten4_corpus.jsonl": (0.005, 0.005, 0.017, 0.935),
    "handwritten5_corpus.jsonl": (0.005, 0.005, 0.018, 0.85),
    "handwritten6_corpus.jsonl": (0.005, 0.005, 0.015, 0.97),
    # the test sets of session 5, studied in session 6 (development sets; they train the scorer)
    "handwritten7_corpus.jsonl": (0.006, 0.008, 0.016, 0.935),
    "handwritten8_corpus.jsonl": (0.006, 0.008, 0.016, 0.87),
    "handwritten9_corpus.jsonl": (0.008, 0.012, 0.0185, 0.89),
    "handwritten10_corpus.jsonl": (0.008, 0.012, 0.017, 0.88),
    # the test sets of session 6, studied in session 7 (development sets; they train the scorer)
    # session 11's rules take one more English word of hw11 (2.06% -> 2.20%)
    "handwritten11_corpus.jsonl": (0.005, 0.005, 0.025, 0.885),
    "handwritten12_corpus.jsonl": (0.005, 0.005, 0.0235, 0.95),
    # session 10's retrained scorer takes a school named after a scientist ("scientifico
    # Einstein", 87.0% -> 86.8%) and the "Fi" of "Wi-Fi" (en 1.50% -> 1.53% on hw14): kept as
    # measured, for 8 fewer names leaked on the session's unseen sets
    "handwritten13_corpus.jsonl": (0.005, 0.005, 0.02, 0.865),
    "handwritten14_corpus.jsonl": (0.005, 0.005, 0.02, 0.97),
    # the test sets of session 7, studied in session 8 (development sets; they train the scorer)
    "handwritten15_corpus.jsonl": (0.006, 0.008, 0.02, 0.93),
    "handwritten16_corpus.jsonl": (0.008, 0.012, 0.025, 0.91),
    "handwritten17_corpus.jsonl": (0.007, 0.007, 0.02, 0.97),
    "handwritten18_corpus.jsonl": (0.005, 0.005, 0.02, 0.96),
    # the test sets of session 8, studied in session 9 (development sets; they train the scorer)
    "handwritten19_corpus.jsonl": (0.005, 0.008, 0.022, 0.84),
    "handwritten20_corpus.jsonl": (0.005, 0.005, 0.02, 0.92),
    "handwritten21_corpus.jsonl": (0.005, 0.005, 0.017, 0.89),
    "handwritten22_corpus.jsonl": (0.005, 0.005, 0.02, 0.84),
    # the test sets of session 9, studied in session 10 (development sets; they train the scorer)
    # session 13 redacts names spelled with Italian letter names ("emme a elle esse e ...", the
    # corpora label the name, not its spelling) and a phone's extension ("interno 4"): Italian
    # over-redaction hw23 2.5% -> 2.84%, hw24 3.26% -> 3.81%
    # session 14: "interno 6, piano terzo" is an address's part (round 24), "del Gesù" a place
    # for the retrained scorer: it 2.84% -> 3.02%
    "handwritten23_corpus.jsonl": (0.005, 0.005, 0.031, 0.83),
    # session 12 redacts the stair, flat and floor after a street with it ("scala C interno 12,
    # secondo piano"): Italian over-redaction 3.20% -> 3.26%
    "handwritten24_corpus.jsonl": (0.005, 0.005, 0.04, 0.86),
    "handwritten25_corpus.jsonl": (0.005, 0.005, 0.035, 0.78),
    "handwritten26_corpus.jsonl": (0.005, 0.005, 0.04, 0.80),
    # the test sets of session 10, studied in session 11 (development sets; they train the scorer)
    "handwritten27_corpus.jsonl": (0.005, 0.005, 0.02, 0.90),
    "handwritten28_corpus.jsonl": (0.005, 0.005, 0.0275, 0.88),
    "handwritten29_corpus.jsonl": (0.005, 0.005, 0.026, 0.86),
    "handwritten30_corpus.jsonl": (0.005, 0.005, 0.0285, 0.85),
    # session 11's development sets, studied from the start (they train the scorer)
    "handwritten35_corpus.jsonl": (0.005, 0.005, 0.041, 0.86),
    "handwritten36_corpus.jsonl": (0.005, 0.005, 0.028, 0.86),
    "handwritten37_corpus.jsonl": (0.005, 0.005, 0.02, 0.86),
    # the test sets of session 11, studied in session 12 (development sets; they train the scorer)
    "handwritten31_corpus.jsonl": (0.005, 0.005, 0.019, 0.855),
    "handwritten32_corpus.jsonl": (0.005, 0.005, 0.0175, 0.895),
    "handwritten33_corpus.jsonl": (0.005, 0.005, 0.019, 0.92),
    # session 14's round 24 and retrained scorer: it 1.9% -> 1.96%
    "handwritten34_corpus.jsonl": (0.005, 0.005, 0.022, 0.855),
    # the test sets of session 12, studied in session 13 (development sets; they train the scorer)
    "handwritten38_corpus.jsonl": (0.005, 0.005, 0.026, 0.82),
    "handwritten39_corpus.jsonl": (0.005, 0.005, 0.017, 0.88),
    "handwritten40_corpus.jsonl": (0.005, 0.005, 0.019, 0.87),
    "handwritten41_corpus.jsonl": (0.005, 0.005, 0.019, 0.84),
    # the test sets of session 13, measured untouched at its end (1.07% pooled), then studied:
    # their studied level (0.37% pooled; names that are words, "Rosa", "Bianca", "Viola", and
    # two places still leak)
    "handwritten42_corpus.jsonl": (0.005, 0.005, 0.0365, 0.775),
    "handwritten43_corpus.jsonl": (0.0085, 0.0085, 0.0175, 0.9),
    "handwritten44_corpus.jsonl": (0.005, 0.0065, 0.023, 0.88),
    "handwritten45_corpus.jsonl": (0.005, 0.005, 0.019, 0.895),
    # session 14's first batch, measured at its start (2.57% pooled), then studied (part of it was
    # printed to the lead's screen): their studied level (0.32% pooled; six places and "Hope
    # arrive" still leak; round 24's building parts and word-names cost look-alikes: 81.9%)
    "handwritten46_corpus.jsonl": (0.006, 0.005, 0.025, 0.785),
    "handwritten47_corpus.jsonl": (0.005, 0.005, 0.028, 0.795),
    "handwritten48_corpus.jsonl": (0.005, 0.005, 0.016, 0.89),
    "handwritten49_corpus.jsonl": (0.005, 0.005, 0.038, 0.795),
    # (session 16's retrained scorer and round 27: hw42 en 2.9 -> 2.94%, hw47 look-alikes 80.0 ->
    # 79.8%, hw49 en 3.4 -> 3.43%, hw52 en 1.8 -> 1.84% and look-alikes 84.0 -> 83.97%)
    # session 14's clean test sets (2.83% pooled at session 14's start, 2.13% at its end),
    # studied in session 15 (round 26, the retrained scorer): 0.60% pooled (towns, "stella")
    "handwritten50_corpus.jsonl": (0.008, 0.008, 0.0235, 0.815),
    "handwritten51_corpus.jsonl": (0.0075, 0.0065, 0.023, 0.805),
    "handwritten52_corpus.jsonl": (0.0045, 0.005, 0.0195, 0.835),
    "handwritten53_corpus.jsonl": (0.006, 0.005, 0.031, 0.76),
    # session 15's clean test sets (1.61% pooled at session 15's start, 1.47% at its end),
    # studied in session 16 (round 27, the retrained scorer): 0.23% pooled (three places, the
    # postcode after "cod", a B&B's booking page)
    "handwritten54_corpus.jsonl": (0.005, 0.005, 0.0235, 0.845),
    "handwritten55_corpus.jsonl": (0.005, 0.005, 0.02, 0.835),
    "handwritten56_corpus.jsonl": (0.005, 0.005, 0.0305, 0.8),
    # (session 19: the scorer retrained with hw66-hw69 takes one more English word here: 2.44%)
    "handwritten57_corpus.jsonl": (0.005, 0.005, 0.0265, 0.745),
    # (session 17's round 28 and retrained scorer: a person's UK number, account, licence or
    # address and a customer's asked destination are redacted; the older corpora leave them
    # unlabelled: en over-redaction hw4 1.35 -> 1.44%, hw30 2.6 -> 2.71%, hw42 2.95 -> 3.13%,
    # hw44 2.0 -> 2.03%, hw50 2.0 -> 2.05%, hw56 2.68 -> 2.68%)
    # session 16's clean test sets (1.50% pooled at session 16's start, 1.36% at its end),
    # studied in session 17 (round 28, the retrained scorer): 0.23% pooled ("Ola" in a list of
    # sizes, "Italy", "Austria", a surname in a board's name)
    "handwritten58_corpus.jsonl": (0.005, 0.005, 0.0215, 0.802),
    "handwritten59_corpus.jsonl": (0.005, 0.005, 0.0325, 0.825),
    "handwritten60_corpus.jsonl": (0.005, 0.005, 0.0267, 0.785),
    "handwritten61_corpus.jsonl": (0.006, 0.005, 0.0295, 0.785),
    # session 17's clean test sets (1.41% pooled at session 17's start, 1.36% at its end),
    # studied in session 18 (round 29, the retrained scorer): 0.14% pooled (an address's
    # neighbour's house number the older corpora leave unlabelled, two transport destinations)
    # (session 19: the scorer retrained with hw66-hw69 loses one look-alike more here: 81.9%)
    "handwritten62_corpus.jsonl": (0.005, 0.005, 0.028, 0.815),
    "handwritten63_corpus.jsonl": (0.005, 0.005, 0.0225, 0.81),
    "handwritten64_corpus.jsonl": (0.005, 0.005, 0.0225, 0.88),
    "handwritten65_corpus.jsonl": (0.005, 0.005, 0.027, 0.815),
    # session 18's clean test sets (3.24% pooled at session 18's start, 2.87% at its end),
    # studied in session 19 (round 30, the retrained scorer): 1.60% pooled (places, names,
    # hw68's handles and link; the scorer is trained on them now)
    "handwritten66_corpus.jsonl": (0.0125, 0.005, 0.0155, 0.875),
    "handwritten67_corpus.jsonl": (0.0145, 0.0140, 0.0235, 0.797),
    "handwritten68_corpus.jsonl": (0.0255, 0.0200, 0.0315, 0.82),
    "handwritten69_corpus.jsonl": (0.015, 0.005, 0.0305, 0.69),
    # session 19's clean test sets (2.09% pooled at session 19's start and end, and at session
    # 20's start), studied in session 20 (round 31, the scorer retrained with them): 0.19%
    "handwritten71_corpus.jsonl": (0.005, 0.005, 0.0175, 0.862),
    "handwritten72_corpus.jsonl": (0.005, 0.005, 0.0175, 0.887),
    # session 20's first clean batch (3.96% pooled at the session's start and after round 31,
    # both measured untouched), then studied (round 32): 1.29% (lowercase villages, a country
    # held by a previous owner, Italy for a tourist, two neighbours' house numbers); the
    # scorer is not trained on them
    "handwritten74_corpus.jsonl": (0.021, 0.0065, 0.0265, 0.79),
    "handwritten75_corpus.jsonl": (0.0055, 0.005, 0.0255, 0.835),
    "handwritten76_corpus.jsonl": (0.0135, 0.005, 0.0202, 0.81),
    # session 20's second clean batch (2.55% pooled at its start and end, and at session 21's
    # start), studied in session 21 (round 33: a customer's countries): 1.32% (addresses told
    # in pieces, lowercase names, an agent's reply naming a destination); the scorer is not
    # trained on them
    "handwritten77_corpus.jsonl": (0.0115, 0.0115, 0.0155, 0.855),
    "handwritten78_corpus.jsonl": (0.0185, 0.018, 0.043, 0.715),
    "handwritten79_corpus.jsonl": (0.0115, 0.0058, 0.0235, 0.785),
    # session 21's first clean batch (3.67% pooled at `3f075aa`, 3.03% after round 33, both
    # measured untouched), then studied (round 34: ids by their shape, nationalities): 2.20%
    "handwritten80_corpus.jsonl": (0.0145, 0.016, 0.032, 0.84),
    "handwritten81_corpus.jsonl": (0.0195, 0.012, 0.029, 0.795),
    "handwritten82_corpus.jsonl": (0.034, 0.043, 0.0255, 0.82),
    # session 21's second clean batch (1.28% pooled at its end and at session 22's start,
    # measured untouched), studied in session 22 (round 35): none leaks now
    "handwritten83_corpus.jsonl": (0.005, 0.005, 0.0175, 0.87),
    "handwritten84_corpus.jsonl": (0.005, 0.005, 0.02, 0.835),
    "handwritten85_corpus.jsonl": (0.005, 0.005, 0.036, 0.735),
    # session 22's first clean batch (2.31% pooled at `257cf3a`, 2.22% after round 35's first
    # part, both measured untouched), then studied (round 35's second part): 0.18%
    "handwritten86_corpus.jsonl": (0.006, 0.006, 0.0205, 0.845),
    "handwritten87_corpus.jsonl": (0.005, 0.005, 0.037, 0.755),
    "handwritten88_corpus.jsonl": (0.005, 0.005, 0.0275, 0.795),
    # session 22's second clean batch (3.46% pooled at `257cf3a`, 3.29% after round 35's first
    # and second parts, measured untouched), then studied (round 35's third part): 1.15%
    # (lowercase Italian places of foreign visitors, a country the agent names from an
    # address it read, a nickname that is a word)
    "handwritten89_corpus.jsonl": (0.015, 0.0065, 0.0215, 0.84),
    "handwritten90_corpus.jsonl": (0.013, 0.005, 0.0295, 0.735),
    "handwritten91_corpus.jsonl": (0.006, 0.005, 0.0195, 0.84),
    # session 22's third clean batch (1.74% pooled at its end and at session 23's start,
    # measured untouched), and session 23's first (1.58% at `e08775a`, measured untouched),
    # both studied in session 23 (round 36): 0.09% pooled
    "handwritten92_corpus.jsonl": (0.005, 0.005, 0.0195, 0.905),
    "handwritten93_corpus.jsonl": (0.005, 0.005, 0.027, 0.75),
    "handwritten94_corpus.jsonl": (0.005, 0.005, 0.0205, 0.83),
    "handwritten95_corpus.jsonl": (0.005, 0.005, 0.025, 0.845),
    "handwritten96_corpus.jsonl": (0.005, 0.005, 0.0315, 0.765),
    "handwritten97_corpus.jsonl": (0.005, 0.005, 0.028, 0.83),
    # session 23's second and third clean batches (0.74% and 1.36% at `e08775a`, 1.01% pooled
    # at session 23's end and at session 24's start, measured untouched), studied in session 24
    # (round 37): 0.32% pooled
    "handwritten98_corpus.jsonl": (0.006, 0.005, 0.036, 0.8),
    "handwritten99_corpus.jsonl": (0.005, 0.005, 0.0235, 0.825),
    "handwritten100_corpus.jsonl": (0.005, 0.005, 0.025, 0.765),
    "handwritten101_corpus.jsonl": (0.005, 0.0065, 0.0245, 0.765),
    "handwritten102_corpus.jsonl": (0.0055, 0.005, 0.03, 0.785),
    "handwritten103_corpus.jsonl": (0.005, 0.0055, 0.025, 0.78),
    # session 24's three clean batches (1.20% pooled at `742ee5b`, at session 24's end and at
    # session 25's start, measured untouched), studied in session 25 (round 38): 0.45% pooled
    "handwritten104_corpus.jsonl": (0.005, 0.006, 0.023, 0.855),
    "handwritten105_corpus.jsonl": (0.006, 0.005, 0.0195, 0.835),
    "handwritten106_corpus.jsonl": (0.006, 0.012, 0.019, 0.84),
    "handwritten107_corpus.jsonl": (0.005, 0.005, 0.0235, 0.78),
    "handwritten108_corpus.jsonl": (0.011, 0.005, 0.023, 0.825),
    "handwritten109_corpus.jsonl": (0.005, 0.005, 0.0325, 0.705),
    "handwritten110_corpus.jsonl": (0.005, 0.005, 0.025, 0.825),
    "handwritten111_corpus.jsonl": (0.0065, 0.005, 0.0265, 0.77),
    "handwritten112_corpus.jsonl": (0.006, 0.0055, 0.021, 0.825),
    # six sets commissioned in session 25 after its clean batch and studied in the same session
    # (1.65% pooled at `8ace6bb`, round 38's second part): 0.62% pooled
    "handwritten122_corpus.jsonl": (0.0055, 0.005, 0.019, 0.795),
    "handwritten123_corpus.jsonl": (0.0115, 0.007, 0.027, 0.745),
    "handwritten124_corpus.jsonl": (0.0115, 0.019, 0.02, 0.755),
    "handwritten125_corpus.jsonl": (0.005, 0.005, 0.0225, 0.815),
    "handwritten126_corpus.jsonl": (0.0105, 0.005, 0.03, 0.735),
    "handwritten127_corpus.jsonl": (0.005, 0.005, 0.0265, 0.825),
}
# (session 21: round 33 redacts a customer's foreign countries and round 34 their foreign
# nationalities said of a person or a number; the older corpora leave most of them unlabelled
# ("my UK number", "do you ship to the US?", "è inglese"), so 32 of them had their over-
# redaction ceiling moved up by 0.05-0.3 points, e.g. hw64 1.86 -> 2.15%, hw9 1.5 -> 1.75%)
# (session 22: round 35 redacts the home country where a foreign customer stays in it, in
# their messages and in the agent's replies to them, the country of a customer's foreign town
# in every message, and a conversation's house numbers talked about bare; the older corpora
# leave these unlabelled ("I'm going back to Italy for good", "our neighbour at number 4"):
# 23 over-redaction ceilings moved up 0.05-0.3 points (hw35 3.8 -> 4.1%, hw14 1.8 -> 2.0%) and
# three look-alike floors down (hw69 70.7 -> 69.0%, hw79 79.5 -> 78.5%, hw82 83.5 -> 83.0%))
# (session 23: round 36 redacts nationalities after their noun ("numero polacco", "patente
# romena") and a foreign customer's "Italian number", which the older corpora leave
# unlabelled: 20 over-redaction ceilings moved up 0.05-0.25 points (hw80 2.95 -> 3.2%, hw5
# 1.65 -> 1.8%) and one look-alike floor down (hw82 83.0 -> 82.0%))
# (session 25: round 38 redacts a foreign customer's number's country after "telefono"
# ("telefono spagnolo", as the brief labels it), which hw82 and hw88 leave unlabelled: their
# Italian over-redaction ceilings moved up 0.05 and 0.1 points)
# Session 25's three clean batches (hw113-hw115, hw116-hw118, hw119-hw121), never opened:
# measured at `8ace6bb` in their own worktree (1.53% [1.1-2.1] pooled) and at the session's
# end (1.44% [1.0-2.0]), only their totals printed. Their levels at the end; the next session
# may measure them at its start, before it changes anything, and then study them.
TEST_SETS: dict[str, tuple[float, float, float, float]] = {
    "handwritten113_corpus.jsonl": (0.027, 0.0075, 0.014, 0.87),
    "handwritten114_corpus.jsonl": (0.017, 0.012, 0.026, 0.785),
    "handwritten115_corpus.jsonl": (0.0175, 0.009, 0.018, 0.82),
    "handwritten116_corpus.jsonl": (0.0175, 0.0125, 0.0165, 0.89),
    "handwritten117_corpus.jsonl": (0.012, 0.005, 0.03, 0.8),
    "handwritten118_corpus.jsonl": (0.016, 0.0215, 0.019, 0.865),
    "handwritten119_corpus.jsonl": (0.0165, 0.005, 0.012, 0.845),
    "handwritten120_corpus.jsonl": (0.006, 0.0075, 0.0245, 0.81),
    "handwritten121_corpus.jsonl": (0.006, 0.0055, 0.0275, 0.85),
}
TEST_SET_STRICT_LEAKS = {
    # the business's own handle ("follow us @..."), labelled as a customer's: kept on purpose
    "handwritten35_corpus.jsonl": {"HANDLE": 1 / 9},
    # a mother's blog named with everyday words and only "il blog" before it (studied, open)
    "handwritten50_corpus.jsonl": {"URL": 1 / 27},
    # a B&B's booking page, where its owner lives (studied, open)
    "handwritten57_corpus.jsonl": {"URL": 1 / 26},
    # a user name in capitals and digits after "sul gestionale" (studied, open)
    "handwritten122_corpus.jsonl": {"HANDLE": 1 / 16},
    # what the engine keeps on the clean test sets (not looked at)
    "handwritten115_corpus.jsonl": {"HANDLE": 1 / 12, "PHONE_NUMBER": 2 / 25},
    "handwritten118_corpus.jsonl": {"URL": 1 / 6},
    "handwritten119_corpus.jsonl": {"HANDLE": 1 / 19},
}


def _report(corpus: str) -> EvaluationReport:
    # each corpus with its tenant's business names (its generator's BUSINESS_NAMES)
    path = DATA / corpus
    return evaluate(load_dataset(path), convmon_engine(business_names(path)))


@pytest.fixture(scope="module", params=DEVELOPMENT)
def development(request: pytest.FixtureRequest) -> EvaluationReport:
    return _report(request.param)


@pytest.fixture(scope="module", params=sorted(MEASURED) + sorted(TEST_SETS))
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
    # 0.96: the scorer's F2 thresholds (session 7) cost handwritten_corpus one point of its
    # look-alikes (97% before) for fewer names leaked on unseen text (docs/quality.md)
    assert development.keep_survival is not None and development.keep_survival >= 0.96


def test_hand_written_sets_do_not_regress(blind_test: tuple[str, EvaluationReport]) -> None:
    corpus, report = blind_test
    leak, names, over_redaction, keep = {**MEASURED, **TEST_SETS}[corpus]
    assert report.leak_rate is not None and report.leak_rate <= leak
    person = report.by_entity["PERSON"].leak_rate
    assert person is not None and person <= names
    measured = TEST_SET_STRICT_LEAKS.get(corpus, {})
    for entity_type in STRICT_TYPES:
        rate = report.by_entity[entity_type].leak_rate
        assert rate is None or rate <= measured.get(entity_type, 0.0) + 1e-9, entity_type
    for language in ("it", "en"):
        rate = report.over_redaction(language)
        assert rate is not None and rate <= over_redaction, language
    assert report.keep_survival is not None and report.keep_survival >= keep
