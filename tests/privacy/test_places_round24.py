"""Places of round 24: the country of the writer's address, home or firm ("our address in Austria",
"la mia ditta è in Slovenia"); a place joined by "e"/"and"/"o"/"or" to a place found after a
cue, also one no list knows ("in zona Lambrate e Città Studi"); a town whose name opens like a
brand ("a San Pellegrino Terme"); a town before a UK postcode or an Eircode ("Galway H91 E2K3"
after a street). And the look-alikes: shipping and products' countries, a brand alone, a person
or a brand after "e", a public place, a model code. Every value here is invented for these tests
(none comes from a labelled corpus)."""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _left(out: str) -> str:
    return re.sub(r"<[A-Z_]+\d*>", "", out)


# every part must go: (text, parts)
REDACTED = [
    # class 1: the country of the writer's address, home or firm
    ("our home is in Portugal, can you post it there?", ["Portugal"]),
    ("please post the receipt to our address in Austria", ["Austria"]),
    ("the invoice please: my company is in Denmark", ["Denmark"]),
    ("our office is based in the Netherlands", ["Netherlands"]),
    ("il nostro indirizzo in Slovenia è cambiato", ["Slovenia"]),
    ("la mia ditta è in Croazia, serve la partita IVA?", ["Croazia"]),
    # class 2: a place joined to a place after a cue
    ("cerco un bilocale in zona Lambrate e Città Studi", ["Città Studi"]),
    ("we're looking at flats in Lambrate or Città Studi", ["Città Studi"]),
    ("consegnate anche in zona Navigli e Porta Ticinese?", ["Ticinese"]),
    # class 3: a town whose name opens like a brand
    ("la barca la tengo a Santa Margherita Ligure", ["Margherita", "Ligure"]),
    ("abito a San Pellegrino Terme, vicino alle terme", ["Pellegrino"]),
    # class 4: the town before a postcode after a street
    ("22 Quay Street, flat 4, Galway H91 E2K3, thanks", ["Galway"]),
    ("9 Mill Lane, apartment 2, Cork T23 RK81", ["Cork"]),
]


@pytest.mark.parametrize(("text", "parts"), REDACTED)
def test_place_is_redacted(engine: AnonymisationEngine, text: str, parts: list[str]) -> None:
    out = _left(_out(engine, text))
    for part in parts:
        assert part not in out, out


KEPT = [
    # round 28: "do you ship to Australia?" is the customer's place now (test_round28); the
    # business's own zones stay
    ("we ship to Australia in 10 days", "Australia"),
    ("the olive oil is made in Italy", "Italy"),
    # (session 18: "Mexico is 7 hours behind you, right?" left this list: the blind authors
    # label a place whose clock is compared with the customer's as personal, "Brazil is 5
    # hours behind, right?" in hw48, and the retrained scorer takes it)
    # round 28: "my old address in Poland" is the writer's (redacted now, test_round28)
    ("the old office in Poland was closed", "Poland"),
    # ("I have lived in Norway": where the customer lived, redacted from round 33 on)
    ("una bottiglia di San Pellegrino frizzante", "San Pellegrino"),
    ("I live in Leeds and Amazon delivers every day", "Amazon"),
    ("vivo a Monza e Lunedì passo in negozio", "Lunedì"),
    ("siamo a Pavia e Buona Giornata a tutti", "Buona Giornata"),
    ("I live in Leeds and I'm happy with it", "I'm"),
    ("ho preso una Canon R5 C nuova", "Canon"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_look_alike_is_kept(engine: AnonymisationEngine, text: str, kept: str) -> None:
    assert kept in _out(engine, text)


def test_person_after_a_place_is_no_place(engine: AnonymisationEngine) -> None:
    out = _out(engine, "abito a Torino e Marco pure")
    assert "<LOCATION_2>" not in out, out
    assert "<PERSON_1>" in out, out
