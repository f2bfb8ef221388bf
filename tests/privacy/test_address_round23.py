"""Addresses of round 23: a British house's name before the street; Japanese addresses in
Latin letters (wards, "-dori", block numbers, NNN-NNNN postcodes); South Asian districts,
phases, blocks and sectors after the house and street; "c/o" and a name before the street;
Slavic, Balkan, Hungarian and Turkish street types after or before the name.

Every value here is invented for these tests (none comes from a labelled corpus or the probes).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from tests.privacy.test_address_round12 import _leaks

ADDRESSES = [
    # 1. a British house's name before a numbered street, in quotes or not
    ('post it to "Willow Cottage", 12 Station Road, Ilkley', '"Willow Cottage", 12 Station Road'),
    ("Beech House, 4 Mill Lane, Thirsk", "Beech House, 4 Mill Lane"),
    ("send to Old Oak Farm, 3 Back Lane, Malton YO17 9HT", "Old Oak Farm, 3 Back Lane"),
    ("'Meadow Barn', 21 High Street, Ledbury", "'Meadow Barn', 21 High Street"),
    ("The Old Granary, 6 Church Street, Ludlow", "The Old Granary, 6 Church Street"),
    ("Hillside Lodge, 9 Queens Road, Buxton", "Hillside Lodge, 9 Queens Road"),
    # 2. Japanese addresses in Latin letters
    ("Address: Sakyo-ku, Imadegawa-dori 118-4, Kyoto 606-8317", "Sakyo-ku, Imadegawa-dori 118-4"),
    ("Kyoto 606-8317", None),
    ("I live at 4-11-3 Kita-Aoyama, Minato-ku, Tokyo 107-0061", "4-11-3 Kita-Aoyama, Minato-ku"),
    ("Chuo-ku, Ginza 5-2-1, Tokyo", "Chuo-ku, Ginza 5-2-1"),
    ("ship to 215-7 Sanjo-dori, Higashiyama-ku, Japan", "215-7 Sanjo-dori, Higashiyama-ku"),
    # 3. South Asian districts after the house and street
    ("Zain Mirza, House 31, Street 9, Gulberg IV, Lahore", "House 31, Street 9, Gulberg IV"),
    ("House 5, Road 11, DHA Phase 5, Karachi", "House 5, Road 11, DHA Phase 5"),
    ("House 88, Street 2, Block D, Faisalabad", "House 88, Street 2, Block D"),
    ("Plot 4, Street 17, F-8/3, Islamabad", "Plot 4, Street 17, F-8/3"),
    # 4. care of a name before the street
    ("sto da un amico, c/o Petrenko, via dei Benci 31, Firenze", "c/o Petrenko, via dei Benci 31"),
    ("c/o Lund, 18 Park Road, Bath", "c/o Lund, 18 Park Road"),
    # 5. Slavic, Balkan, Hungarian and Turkish street types
    ("Celovška cesta 108, 1000 Ljubljana", "Celovška cesta 108, 1000 Ljubljana"),
    ("I'm in Split now: Put Meja 14, 21000 Split", "Put Meja 14, 21000 Split"),
    ("Trg kralja Tomislava 7, Zagreb", "Trg kralja Tomislava 7"),
    ("Obala Hrvatske mornarice 2, Omiš", "Obala Hrvatske mornarice 2"),
    ("Andrássy út 52, 1062 Budapest", "Andrássy út 52"),
    ("Kossuth Lajos tér 6, Szeged", "Kossuth Lajos tér 6"),
    ("Náměstí Míru 11, Praha 2", "Náměstí Míru 11"),
    ("Bulevar kralja Petra 41, Novi Sad", "Bulevar kralja Petra 41"),
    ("Moda Caddesi No: 27, Kadıköy", "Moda Caddesi No: 27"),
    ("Lale Sokak 9, Beşiktaş", "Lale Sokak 9"),
]


@pytest.mark.parametrize(("text", "value"), [a for a in ADDRESSES if a[1]])
def test_address_is_fully_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _leaks(engine, text, value) is None


LOOK_ALIKES = [
    "Just put 3 of them in the box",
    "Put Marco on the list, 2 tickets",
    "the Grange Hall, 5 minutes from the station",
    "Call me at 555-1234 tomorrow",
    "the 2-1 win in Tokyo was great",
    "Phase 2 starts on Monday, Block 3 after",
    "chapter 12-15 of the Tokyo guide",
    "we sold 3 cottages, 2 farms last year",
    "c/o is short for care of",
    "the House 3 rules are strict",
    "Model 3, Phase II",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_address(text: str) -> None:
    found = [text[d.start : d.end] for d in find_addresses(text)]
    assert not found, found


def test_care_of_a_business_keeps_its_name() -> None:
    text = "Lia Conti c/o Pasticceria Rondelli, via dei Mille 8, 43100 Parma"
    spans = [text[d.start : d.end] for d in find_addresses(text)]
    assert spans == ["via dei Mille 8, 43100 Parma"], spans


# the number after an English street type, French and English types first (lead, from R26)
@pytest.mark.parametrize(
    "text",
    [
        "spedite a Mallow Road 7, Londra",
        "Dunmore Street al 45, Glasgow",
        "l'indirizzo è Boulevard Lefebvre 61, Parigi",
        "avenue Gambetta 14 bis, Lione",
    ],
)
def test_the_number_after_a_foreign_street_type(text: str) -> None:
    from benchmarks.blind_corpora import convmon_engine

    engine = convmon_engine(["Bottega Test"])
    found = engine.detector.detect([text])[0].detections
    assert any(d.entity_type == "ADDRESS" for d in found), text


@pytest.mark.parametrize(
    "text", ["ho visto Oxford Street 2 volte", "Abbey Road 2019 remaster, il vinile"]
)
def test_counts_and_years_after_a_street_type_stay(text: str) -> None:
    from benchmarks.blind_corpora import convmon_engine

    engine = convmon_engine(["Bottega Test"])
    found = engine.detector.detect([text])[0].detections
    assert not any(d.entity_type == "ADDRESS" for d in found), text
