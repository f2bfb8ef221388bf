"""Places of round 19: towns of several words cut short ("Borgo del Pino", "Monte di Lucia",
"Kingsford-upon-Marsh", "Rivalta Ultra" after a cue), province and state codes beside a town
("Lonate (VA)", "Pianezza TO", "Fresno, CA", "sono di CT"), counties, regions and nations beside a
town ("in Ware, Hertfordshire", "Alloa, Clackmannan... in Scotland"), misspelled big towns after
a residence cue ("vivo a piacnza"), neighbourhoods after "sui"/"sugli"; and the look-alikes:
foods named after their town ("lenticchie di Castelluccio", "Brussels sprouts"), football talk
("tifo per il Cagliari", "Lecce-Bari 3-0").

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.location import _one_edit
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


# every part must go: (text, parts)
REDACTED = [
    # class 1: a linking word and the rest of the name, a qualifier, a prefix
    ("sono nata a Castiglione della Valle, ora vivo fuori", ["Castiglione", "Valle"]),
    ("mia zia abita a Cassano sul Torrente", ["Cassano", "Torrente"]),
    ("mio cugino sta a Monaco di Baviera da anni", ["Monaco", "Baviera"]),
    ("we live in Weston-super-Mare now", ["Weston", "Mare"]),
    ("I grew up in Kingsbury-upon-Trent", ["Kingsbury", "Trent"]),
    ("cresciuto a Rivaltella Citra, poi Pescara", ["Rivaltella", "Citra"]),
    ("vivo a Montesecco Superiore", ["Montesecco", "Superiore"]),
    ("I'm originally from County Durham", ["County", "Durham"]),
    ("we moved to Chipping Norton last year", ["Chipping", "Norton"]),
    # class 2: province and state codes
    ("abito a Lainate (MI), arriva?", ["Lainate", "MI"]),
    ("vivo a Chieri TO", ["Chieri", "TO"]),
    ("sono di Frascati RM, posso ritirare?", ["Frascati", "RM"]),
    ("sono di CT ma vivo a BO da anni", ["CT", "BO"]),
    ("abito in provincia di PV", ["PV"]),
    ("we live in Fresno, CA, do you ship?", ["Fresno", "CA"]),
    ("I grew up in Tulsa, OK", ["Tulsa", "OK"]),
    # class 3: a county, region or nation beside a town
    ("I'm in Ware, Hertfordshire", ["Ware", "Hertfordshire"]),
    ("I live in March, Cambridgeshire", ["March", "Cambridgeshire"]),
    ("I live in Livingston, West Lothian", ["Livingston", "Lothian"]),
    ("from Perth in Scotland", ["Perth", "Scotland"]),
    ("we're in Boise, Idaho", ["Boise", "Idaho"]),
    # class 4: a misspelled big town after a residence cue
    ("vivo a piacnza, zona stazione", ["piacnza"]),
    ("sono di cagiari", ["cagiari"]),
    # class 5: neighbourhoods after sui/sugli
    ("abito sui Navigli", ["Navigli"]),
]


@pytest.mark.parametrize(("text", "parts"), REDACTED)
def test_whole_place_is_redacted(engine: AnonymisationEngine, text: str, parts: list[str]) -> None:
    out = re.sub(r"<[A-Z_]+\d*>", "", _out(engine, text))
    for part in parts:
        assert part not in out, out


KEPT = [
    ("quanto costa il prosciutto di Parma?", "Parma"),
    ("avete le lenticchie di Castelluccio?", "Castelluccio"),
    ("tifo per la Roma da sempre", "Roma"),
    ("ieri Lecce-Bari 3-0, incredibile", "Bari"),
    ("forza Napoli!", "Napoli"),
    ("we ship to Wales too", "Wales"),  # round 27: "I live in Wales" is redacted now
    ("vivo a Roma in Agosto", "Agosto"),
    ("I'm in Leeds on Monday", "Monday"),
    ("la figlia di Paola di Rovigo ha ordinato", "figlia"),
    ("sono di passaggio a Milano", "passaggio"),
    ("sono di fretta, scusate", "fretta"),
    ("ho scritto a Marco di Lorenzo per la fattura", "ho scritto"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_look_alike_is_kept(engine: AnonymisationEngine, text: str, kept: str) -> None:
    assert kept in _out(engine, text)


def test_town_inside_a_name_is_not_grown(engine: AnonymisationEngine) -> None:
    out = _out(engine, "ho letto la recensione di un certo Mauro Ferrara di Rovigo, è falsa")
    assert "Rovigo" not in out and "Mauro" not in out


@pytest.mark.parametrize(
    ("word", "town", "close"),
    [
        ("pordenon", "pordenone", True),
        ("salrno", "salerno", True),
        ("slaerno", "salerno", True),
        ("salerni", "salerno", True),
        ("salerno", "salerno", False),
        ("salrn", "salerno", False),
    ],
)
def test_one_edit(word: str, town: str, close: bool) -> None:
    assert _one_edit(word, town) is close
