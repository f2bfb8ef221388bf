"""Red team of session 7's round-9 rules (keep rules K9, names N9, places and structured S9):
each sentence here leaked a person at the round's HEAD although the engine of the session's
start redacted it, or leaked at both (an old gap named in the red team's brief). Every sentence
and value is invented.

The regressions come from the new keep rules (privacy.recognizers.keep), which protect a span
from every detection:

- a firm with a legal form and a trade word whose name is a person's ("I'm Eleri from Eleri
  Bakery Ltd", "Arch. Romualdo Pizzighetti Studio Srl", a signature "Adalberta Chiesa Impianti
  Srl"), and an association named after people ("Coop Zanetti Beltrami");
- a maker's name right after a person's role ("il tecnico Moretti": Moretti is also a beer);
- a first name in capitals glued to digits ("MARTA-1990", "FRZ-PIETRO-2212") taken as a code;
- a food's designation after a greeting or with a surname said again ("Dear Manfredo Caciotta
  DOP").

The old gaps: a full name before a legal form ("Fattura a Mario Colombo Srl"), a surname alone
before one ("Ufficio acquisti – Zanardelli S.r.l."), and who says something ("..., says
Gianfranca Ottolenghi").
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from tests.privacy.test_names_general import chat_message


@lru_cache(maxsize=1)
def _engine() -> AnonymisationEngine:
    settings = Settings(
        _env_file=None,
        business_names=["Idraulica Ferraresi", "Serramenti Fratelli Caruso"],
        tenant="t",
    )
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-redteam-r9-0001", tenant="t")
    )


def _anonymise(text: str, role: str = "customer") -> str:
    return _engine().anonymise_conversation([chat_message(0, role, text)])[0].text


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


# Regressions of round 9: redacted at the session's start, kept by a new keep rule
REGRESSIONS = [
    # K9 firm: a surname said again outside the firm's name, a name-like pair, a title before
    ("La ditta è Pasquinelli Costruzioni Srl, chiedete di Pasquinelli.", ["Pasquinelli"]),
    ("Yours sincerely, Cuthbert Ollerenshaw, Ollerenshaw Roofing Ltd", ["Ollerenshaw"]),
    ("I'm Eleri from Eleri Bakery Ltd", ["Eleri"]),
    ("Hi, Bronwen Hughes here, Hughes Plumbing Ltd", ["Hughes"]),
    ("Distinti saluti\nAdalberta Chiesa Impianti Srl", ["Adalberta"]),
    ("Intestate a: Arch. Romualdo Pizzighetti Studio Srl", ["Pizzighetti"]),
    # K9 association: a surname read as a plural word is no trade word
    ("Coop Zanetti Beltrami mi ha dato il vostro numero", ["Zanetti"]),
    # K9 maker: a technician named right after the role
    ("Il tecnico Moretti arriva alle 9", ["Moretti"]),
    # K9 code: a first name in capitals glued to digits without an order or reference cue
    ("il mio nick è MARTA-1990, scrivetemi lì", ["MARTA"]),
    ("la password era LUCA-1999, cambiatela", ["LUCA"]),
    ("my handle is KEV-1987 on the forum", ["KEV"]),
    ("il codice cliente è FRZ-PIETRO-2212", ["PIETRO"]),
    ("Username GIORGIA-1995, password scaduta", ["GIORGIA"]),
    # K9 designation: a greeting before, a surname said again
    ("Dear Manfredo Caciotta DOP, thanks", ["Manfredo"]),
    ("Lardo di Bertolazzi IGP non esiste, chiedete a Bertolazzi.", ["Bertolazzi"]),
]

# Old gaps named in the brief (both engines leaked them)
OLD_GAPS = [
    ("Fattura a Mario Colombo Srl, grazie.", ["Mario", "Colombo"]),
    ("Please invoice Sandra Bullfinch Ltd", ["Sandra", "Bullfinch"]),
    ("Ufficio acquisti – Zanardelli S.r.l.", ["Zanardelli"]),
    ("Acquisti – Zambelloni S.p.A.", ["Zambelloni"]),
    ("Spedite a Ruggero Abbondanza snc, via Tiziano 14, Treviglio.", ["Ruggero", "Abbondanza"]),
    ("Il mio commercialista Adalgiso Fumagalli Srl mi ha detto di scrivervi.", ["Fumagalli"]),
    ("Contattate Ermenegildo Vasquez Impianti Srl al 347 2219087", ["Ermenegildo"]),
    ("The boiler is broken, says Gianfranca Ottolenghi.", ["Gianfranca", "Ottolenghi"]),
    ("Il pacco è arrivato, secondo Bonifacio Quagliarella.", ["Bonifacio", "Quagliarella"]),
    ("Ufficio vendite – Scarpellini S.p.A.", ["Scarpellini"]),
    ("ha detto Severino Lattuada che arriva", ["Severino", "Lattuada"]),
    ("Amministrazione: Bonacina Srl", ["Bonacina"]),
    ("Marchi Srl, chiedete di Marchi", ["Marchi"]),
    ("Hi Bianca Mozzarella DOP please", ["Bianca"]),
    ("according to Ishbel MacRae it's fine", ["Ishbel", "MacRae"]),
    # still open at the deadline
    ("Fattura a Colombo Mario Srl", ["Colombo", "Mario"]),
    ("Intestate a: Arch. Romualdo Pizzighetti Studio Srl", ["Romualdo"]),
    ("Coop Zanetti Beltrami mi ha dato il vostro numero", ["Beltrami"]),
    ("Il mio riferimento è ROSSI-1971.", ["ROSSI"]),
    ("Con stima, Fulgenzio Abbiati\nAbbiati Legnami Srl", ["Abbiati"]),
    ("la mia Fiat Giovanna la usa tutti i giorni", ["Giovanna"]),
    ("My company is Pennywhistle Carpentry Ltd, I'm Rhodri Pennywhistle.", ["Pennywhistle"]),
]

# Closed in session 8 by the surname lists (privacy/data/surnames.txt), the trades as cues and
# the recall-first scorer, now the default: "Fattura a Colombo Mario Srl", "Arch. Romualdo
# Pizzighetti", "Coop Zanetti Beltrami", "ROSSI-1971", "Bonacina Srl", "Abbiati Legnami Srl".
_OPEN: dict[str, str] = {
    "Marchi Srl, chiedete di Marchi": "a surname that is a word (marchi) opening a firm",
    "Hi Bianca Mozzarella DOP please": "a first name that is a word before a product",
    "la mia Fiat Giovanna la usa tutti i giorni": "a first name after a maker and a possessive",
    "My company is Pennywhistle Carpentry Ltd, I'm Rhodri Pennywhistle.": (
        "a surname no list knows after a first name no list knows"
    ),
}


def _marks(text: str) -> list[pytest.MarkDecorator]:
    if text not in _OPEN:
        return []
    return [pytest.mark.xfail(strict=True, reason=f"red team round 9: open ({_OPEN[text]})")]


@pytest.mark.parametrize(("text", "values"), [pytest.param(t, v) for t, v in REGRESSIONS])
def test_round9_regression_is_redacted(text: str, values: list[str]) -> None:
    out = _anonymise(text)
    assert not [value for value in values if _survives(value, out)], out


@pytest.mark.parametrize(
    ("text", "values"), [pytest.param(t, v, marks=_marks(t)) for t, v in OLD_GAPS]
)
def test_round9_old_gap_is_redacted(text: str, values: list[str]) -> None:
    out = _anonymise(text)
    assert not [value for value in values if _survives(value, out)], out


# Privacy guards of the fixes: a person beside what each rule looks for stays redacted.
GUARDS = [
    ("I'm Rhodri from Rhodri Joinery Ltd, call me on 07700 900123", ["Rhodri", "07700 900123"]),
    ("Sono Ottorina della Ottorina Ceramiche Srl", ["Ottorina"]),
    ("Cordiali saluti\nGelsomina Bruno Arredi Srl", ["Gelsomina"]),
    ("Fattura: Dott. Ilario Spadaccini Consulenze Srl", ["Spadaccini"]),
    ("il tecnico Bosch arriva domani? No, il tecnico Riello Ernesto", ["Ernesto"]),
    ("the engineer Morris came, Morris said the unit is fine", ["Morris"]),
    ("il mio username è GIULIA-1992", ["GIULIA"]),
    ("my login is DAVE-2001, please reset it", ["DAVE"]),
    ("Hi Benedetta Caciotta DOP shipment?", ["Benedetta"]),
    ("Amministrazione – Pellegattini S.r.l.", ["Pellegattini"]),
    ("it was late, says Torvald Amundsen", ["Torvald", "Amundsen"]),
    ("secondo Ermelinda Scarabottolo il pacco è rotto", ["Ermelinda", "Scarabottolo"]),
]


@pytest.mark.parametrize(("text", "values"), GUARDS)
def test_round9_person_beside_a_kept_word_is_redacted(text: str, values: list[str]) -> None:
    out = _anonymise(text)
    assert not [value for value in values if _survives(value, out)], out


# What the keep rules are for, and look-alikes of the new detections: kept.
KEPT = [
    ("Fattura a Lanificio Vercellone Srl, grazie.", "Lanificio Vercellone"),
    ("Please invoice Sutherland Earthmoving Pty Ltd.", "Sutherland Earthmoving"),
    ("Il tecnico della Riello viene domani.", "Riello"),
    ("Reference: BERT-1911", "BERT-1911"),
    ("ordine CG-2607-WHIT", "CG-2607-WHIT"),
    ("Il Pecorino Sardo DOP è arrivato rotto.", "Pecorino Sardo"),
    ("ASD Nuotatori Lariani, iscrizione", "Nuotatori Lariani"),
    ("Fattura a Tipografia Moderna Srl", "Tipografia Moderna"),
    ("Ditta Edilstrade Spa, ordine 3311", "Edilstrade"),
    ("Secondo il corriere arriva domani.", "corriere"),
    ("Fornitore: Campari Spa", "Campari"),
    ("Comprato da Barilla S.p.A.", "Barilla"),
    ("dice Poste Italiane che è in giacenza", "Poste Italiane"),
    ("according to Royal Mail it was delivered", "Royal Mail"),
    ("codice promo ESTATE-2024", "ESTATE-2024"),
    ("Reference: ORDER-99812", "ORDER-99812"),
    ("The parcel is late, says the tracking page.", "tracking"),
]


@pytest.mark.parametrize(("text", "span"), KEPT)
def test_round9_keep_rules_still_keep(text: str, span: str) -> None:
    assert _survives(span, _anonymise(text))
