"""Address classes of session 9: rural and minor Italian odonyms ("podere", "vocabolo", "strada
vicinale", "case sparse", Venice's districts), linking words inside a street's name ("in",
"a", "e", "sotto"), German, Austrian and Swiss streets in capitals and their 4- or 5-digit
postcodes, Spanish "de la" and "C/". Every value is invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses


def _addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("strada vicinale Fontanelle 7, dopo il ponte", "strada vicinale Fontanelle 7"),
        ("abitiamo in strada comunale Bosco Alto 22", "strada comunale Bosco Alto 22"),
        ("str. prov.le Selva 40, Gubbio", "str. prov.le Selva 40"),
        ("via privata Gessi 9, Milano", "via privata Gessi 9"),
        ("ritiro: Podere Il Gelso 3, Radda", "Podere Il Gelso 3"),
        ("We live at Vocabolo Fornace 11, near Todi", "Vocabolo Fornace 11"),
        ("Cascina Morosina 2, 27010 Siziano", "Cascina Morosina 2, 27010 Siziano"),
        ("c.na Boschetto 5", "c.na Boschetto 5"),
        ("Masseria Lamacupa 12, Ostuni", "Masseria Lamacupa 12"),
        ("tenuta San Pietro 18", "tenuta San Pietro 18"),
        ("Baglio Ferrante 4, Marsala", "Baglio Ferrante 4"),
        ("regione Ciappe 23, 17024 Finale", "regione Ciappe 23"),
        ("androna Campo Marzio 6, Trieste", "androna Campo Marzio 6"),
        ("spedite a case sparse 31, Norcia", "case sparse 31"),
        ("sono in sestiere Castello 4410", "Castello 4410"),
        ("casa mia è Dorsoduro 2871, Venezia", "Dorsoduro 2871"),
        # linking words inside the name
        ("via Pieve in Bosco 61", "via Pieve in Bosco 61"),
        ("via Santa Lucia a Monte 14", "via Santa Lucia a Monte 14"),
        ("via Ponte sotto Castello 3", "via Ponte sotto Castello 3"),
        ("piazza Fiera dal Molino 2", "piazza Fiera dal Molino 2"),
        # German, Austrian, Swiss, in capitals too, with their postcodes
        ("ANNA MOLL KASTANIENSTRASSE 41 50667 KÖLN", "KASTANIENSTRASSE 41 50667 KÖLN"),
        ("AM LINDENWEG 8, 1180 WIEN", "AM LINDENWEG 8, 1180 WIEN"),
        ("Seestr. 14b, 8002 Zürich", "Seestr. 14b, 8002 Zürich"),
        ("Mozartgasse 2, A-5020 Salzburg", "Mozartgasse 2, A-5020 Salzburg"),
        # Spanish
        ("Avenida de los Pinos 18, Málaga", "Avenida de los Pinos 18"),
        ("envío a C/ Olivar 9, Madrid", "C/ Olivar 9"),
    ],
)
def test_address_classes_are_found(text: str, value: str) -> None:
    assert any(value in found for found in _addresses(text)), _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        # rural words that are everyday words: no number, a year, a count
        "il bando della Regione Toscana 2025 è aperto",
        "una tenuta Verdi 6 bottiglie in cassa",
        "il Parco Sempione è bellissimo",
        "la Masseria Sole organizza matrimoni",
        "il vocabolo Casa ha due sillabe",
        "San Marco 2 volte al giorno",
        "c/o Bianchi",
    ],
)
def test_everyday_odonym_words_are_no_address(text: str) -> None:
    assert _addresses(text) == [], _addresses(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a tax or courier abbreviation after the town is no town: the address stays whole and
        # is not dropped with the protected abbreviation
        ("Invoices to Alveo S.r.l., viale Corsica 18, Pavia, SDI code X2Y3Z4K", "viale Corsica 18"),
        ("spedite in via Tasso 6, Lecco, DHL express", "via Tasso 6"),
    ],
)
def test_an_abbreviation_after_the_town_does_not_drop_the_address(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    found = [text[d.start : d.end] for d in engine.detector.detect([text])[0].detections]
    assert any(value in span for span in found), found
    assert not any("SDI" in span or "DHL" in span for span in found), found


def test_a_zip_plus_four_after_a_state_is_no_phone(engine: AnonymisationEngine) -> None:
    text = "ship to 88 Quarry Bend Rd, Akron, OH 44308-1120 please"
    found = [
        (d.entity_type, text[d.start : d.end]) for d in engine.detector.detect([text])[0].detections
    ]
    assert ("ADDRESS", "88 Quarry Bend Rd, Akron, OH 44308-1120") in found, found
