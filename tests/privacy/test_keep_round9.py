"""Keep rules of round 9 (privacy.recognizers.keep): firms with a legal form and a trade word,
makers after a cue no person takes, makers of whole sectors (cars, motorbikes, pianos, hearing
aids, boilers, locks, fashion), a family firm's short forms, order and reference codes, foods
with a designation of origin, offers with a price. And, for every rule, a person right beside
what it looks for is still redacted.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.detect import brand_variants
from privacy.recognizers.keep import business_variants, keep_spans
from privacy.recognizers.names import load_lexicon
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


# (case, text, the span that must survive)
KEPT = [
    ("firm-trade-srl", "Fatturate a Tessitura Brambillasca Srl, grazie", "Tessitura Brambillasca"),
    ("firm-trade-spa", "il fornitore è Cartiera Valdorme S.p.A. di Lecco", "Cartiera Valdorme"),
    ("firm-pty", "Invoice to Quarrington Haulage Pty Ltd please", "Quarrington Haulage"),
    ("firm-ltd", "deliver c/o Fenwhistle Joinery Ltd, Unit 9", "Fenwhistle Joinery"),
    ("firm-studio", "Intestare a Studio Pellacani Ingegneri S.r.l.", "Studio Pellacani Ingegneri"),
    ("association", "sono il segretario della ASD Canottieri Lariani", "ASD Canottieri Lariani"),
    ("cooperative", "la Cooperativa Sociale Il Germoglio ci consegna", "Il Germoglio"),
    ("courier", "Hi, got a card from DPD saying they tried twice", "DPD"),
    ("courier-it", "il pacco è fermo in deposito BRT da lunedì", "BRT"),
    ("maker-adjective", "devo far accordare un vecchio Bösendorfer del 1960", "Bösendorfer"),
    ("maker-technician", "domani passa il tecnico della Vokera alle nove", "Vokera"),
    ("maker-dealer", "I rang the dealer of Ducati yesterday", "Ducati"),
    ("maker-sector-car", "il ricambio l'ha mandato Volkswagen solo oggi", "Volkswagen"),
    ("maker-sector-hearing", "gli apparecchi Signia fischiano ancora", "Signia"),
    ("maker-sector-moto", "ho una Gilera del '62 in garage", "Gilera"),
    ("model-after-maker", "ho una Gilera Saturno del '58 in cantina", "Saturno"),
    ("model-after-maker-en", "my Kawasaki Zephyr needs new tyres", "Zephyr"),
    ("maker-pair-article", "I'm after the Louis Vuitton Alma 30 in the window", "Louis Vuitton"),
    ("code-reference", "Bonifico fatto, causale: TREB-4471", "TREB-4471"),
    ("code-order", "Order placed: ORLA-2291, thanks!", "ORLA-2291"),
    ("code-three-parts", "paid with reference KT-1802-MARN today", "KT-1802-MARN"),
    ("designation", "mi mandate 2 kg di Caciocavallo Podolico DOP?", "Caciocavallo Podolico"),
    ("designation-igp", "three jars of Nocciola Piemonte IGP please", "Nocciola Piemonte"),
    ("priced-offer", "Our Family Tree Basic (€ 180) covers two ancestors", "Family Tree Basic"),
    ("priced-offer-is", "with our Student Box Large is € 320 door to door", "Student Box Large"),
]


@pytest.mark.parametrize(("case", "text", "value"), KEPT, ids=[c[0] for c in KEPT])
def test_kept(engine: AnonymisationEngine, case: str, text: str, value: str) -> None:
    out = _out(engine, text)
    assert _survives(value, out), out


# A person right beside what each rule looks for: still redacted.
PERSONS = [
    # firms: a person beside a firm, a family firm's partner
    ("firm-daughters", "c/o Pendlebury & Daughters Ltd", ["Pendlebury"]),
    ("firm-contact", "Tessitura Brambillasca Srl, att.ne Rosalba Brambillasca", ["Rosalba"]),
    (
        "firm-beside",
        "Cartiera Valdorme S.p.A. – Ivano Ruggeri, ufficio acquisti",
        ["Ivano Ruggeri"],
    ),
    ("association-person", "ASD Canottieri Lariani, presidente Gualtiero Benassi", ["Gualtiero"]),
    ("association-named", "la ASD Ivano Ruggeri organizza", ["Ivano Ruggeri"]),
    ("association-town", "presidente della ASD Canottieri Lariani di Vimercate", ["Vimercate"]),
    ("courier-driver", "the DPD driver Tamsin Hughes was rude", ["Tamsin Hughes"]),
    # a first name after a maker of motorbikes: the person
    ("model-first-name", "Gilera Ermenegildo ha chiamato per il preventivo", ["Ermenegildo"]),
    ("model-greeting", "Saluti da Yamaha Ornella", ["Ornella"]),
    ("model-then-person", "ho venduto la Kawasaki Zephyr a Gualtiero Benassi", ["Gualtiero"]),
    # makers after a cue: a title, a first name or a clause after it
    ("maker-title", "il tecnico della signora Ferroli arriva alle 10", ["Ferroli"]),
    ("maker-first-after", "il tecnico della Riello Gianfranco mi ha chiamato", ["Gianfranco"]),
    ("maker-surname-person", "ho parlato con Schimmel ieri sera, richiama lui", ["Schimmel"]),
    ("maker-old-person", "saluti dal vecchio Ermenegildo, il tuo vicino", ["Ermenegildo"]),
    # a brand of two words whose second word is a surname: the person keeps it
    ("pair-surname", "vi scrive la signora Luisa Armani per un reso", ["Luisa Armani"]),
    ("pair-title", "Mrs Louis Vuitton 25 called", ["Vuitton"]),
    ("pair-full-name", "the Calvin Klein who called yesterday", ["Klein"]),
    # codes after a name
    ("code-name-before", "Mario ROSSETTI-1234 ha pagato", ["Mario", "ROSSETTI"]),
    ("code-first-lowercase", "sono mario ROSSETTI-1234", ["mario", "ROSSETTI"]),
    ("code-beside-person", "ref TREB-4471 per Gualtiero Benassi", ["Gualtiero Benassi"]),
    # designations: a person before one
    ("designation-person", "Dear Ornella Brambati DOP order", ["Ornella Brambati"]),
    (
        "designation-beside",
        "per Gualtiero Benassi: Caciocavallo Podolico DOP",
        ["Gualtiero Benassi"],
    ),
    ("designation-colon", "ordine di Ivano Ruggeri, Pecorino Crotonese DOP", ["Ivano Ruggeri"]),
    # priced offers: a person's name with a price
    ("priced-person", "the Tamsin Hughes (€ 240) payment", ["Tamsin Hughes"]),
    ("priced-first", "our Niamh Quill is € 40 short", ["Niamh Quill"]),
    ("priced-beside", "Our Family Tree Basic (€ 180) for Ornella Brambati", ["Ornella Brambati"]),
]


@pytest.mark.parametrize(("case", "text", "values"), PERSONS, ids=[c[0] for c in PERSONS])
def test_person_beside_a_keep_rule(
    engine: AnonymisationEngine, case: str, text: str, values: list[str]
) -> None:
    out = _out(engine, text)
    assert not [value for value in values if _survives(value, out)], out


@pytest.mark.parametrize(
    "text",
    [
        "ditta Fratelli Scarpellini snc",
        "Ufficio acquisti – Zanardelli S.r.l.",
        "Fattura a Mario Bettinelli Srl",
        "Fattura a Bettinelli Ornella Srl",
        "c/o Pendlebury & Daughters Ltd",
        "Gentile Rosalba Colombo Srl",
    ],
)
def test_firm_rule_leaves_firms_named_after_people(text: str) -> None:
    """A firm named only after a family or a person is no firm of this rule (the name rules
    decide about it)."""
    assert [d for d in keep_spans(text, load_lexicon()) if d.recognizer == "firm"] == []


def test_family_firm_short_forms() -> None:
    variants = business_variants(["Infissi Fratelli Bortolazzi", "Spazzacamino F.lli Merisi"])
    assert {"Fratelli Bortolazzi", "F.lli Bortolazzi", "Fratelli Merisi", "F.lli Merisi"} <= set(
        variants
    )
    # no short form for a business that is no family firm ("Maestro Ligorio" is a person)
    assert business_variants(["Accordature Maestro Ligorio", "Carrozzeria Da Gigetto"]) == []


def test_family_firm_short_form_is_protected() -> None:
    names = ["Infissi Fratelli Bortolazzi"]
    brands = brand_variants([*names, *business_variants(names)])
    assert "F.lli Bortolazzi" in brands


def test_keep_spans_are_cheap_without_cues() -> None:
    lexicon = load_lexicon()
    assert keep_spans("ciao, tutto bene? a domani", lexicon) == []
    assert keep_spans("Hi Tamsin, see you at 10", lexicon) == []


# Makers of round 9 that are also surnames ("~" in brands.txt): without a product cue they
# are the person, also signing a message.
SURNAME_MAKERS = [
    ("agent", "Grazie per l'ordine, a presto! Zeiss", "Zeiss"),
    ("agent", "Spedito oggi con GLS. Brioni", "Brioni"),
    ("customer", "ho parlato con Dainese ieri, mi richiama", "Dainese"),
    ("customer", "il signor Bechstein mi ha scritto", "Bechstein"),
    ("customer", "sono Lanvin, ordine 4471", "Lanvin"),
    ("agent", "Thanks! Balmain – Casa Verde", "Balmain"),
]


@pytest.mark.parametrize(("role", "text", "value"), SURNAME_MAKERS)
def test_a_maker_named_like_a_person_is_the_person_without_a_cue(
    engine: AnonymisationEngine, role: str, text: str, value: str
) -> None:
    out = engine.anonymise_conversation([chat_message(0, role, text)])[0].text
    assert not _survives(value, out), out
