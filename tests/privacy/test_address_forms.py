"""Street types written without their dots ("vle", "pzza", "cso") and a house number after "al"
("sto in via Solferino al 14"). Every value is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.address import find_addresses


def _addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("indirizzo: Vle Monza 12", "Vle Monza 12"),
        ("indirizzo: Pzza Garibaldi 3", "Pzza Garibaldi 3"),
        ("spedite in cso Vercelli 44", "cso Vercelli 44"),
        ("sto in via Solferino al 14", "via Solferino al 14"),
        ("abitiamo in piazza Leopardi al 3, secondo piano", "piazza Leopardi al 3"),
    ],
)
def test_address_forms_are_found(text: str, value: str) -> None:
    assert any(value in found for found in _addresses(text)), _addresses(text)


@pytest.mark.parametrize(
    "text",
    ["ci vediamo alle 14 in piazza", "simple pleasures, 12 euro", "il pacco arriva al 14 marzo"],
)
def test_no_street_no_address(text: str) -> None:
    assert _addresses(text) == []
