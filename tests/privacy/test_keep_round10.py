"""Keep rules of round 10 (privacy.recognizers.keep), for the strict scorer too: sizes and
abbreviations in capitals, Italian imperatives with a clitic, terms of trade and of law, venues
named after their cook or with their kind first, a shop's staff signature, a firm named after
its kind or with a trade word, brands after a cue (a label, a shop, a drink's measure, near a
shop, a count), a maker's model with a number, brands of several words, wines named with their
place, countries. For every rule, a person in the same position is still redacted.

Both engines are checked: the default one and the strict scorer's (``name_scorer_strict``).
Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from tests.privacy.test_names_general import chat_message


@pytest.fixture(scope="module", params=["default", "strict"])
def any_engine(request: pytest.FixtureRequest, engine: AnonymisationEngine) -> AnonymisationEngine:
    if request.param == "default":
        return engine
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        business_names=["Casa Verde", "Marco Bellini Moda"],
        tenant="test",
        name_scorer_strict=True,
    )
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-keep-round10-0001", tenant="test")
    )


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


# (case, text, the span that must survive)
KEPT = [
    ("size-after-stop", "Mi avete mandato la M. Serve la taglia. XXL", "XXL"),
    ("size-glued", "ok per la felpa, prendo la ~3XL", "3XL"),
    ("capitals-in-brackets", "Pago con bonifico estero (BIC)", "BIC"),
    ("capitals-alone", "Vi ho scritto il codice nella mail. CVV", "CVV"),
    ("imperative-dash", "Per le date dei laboratori - Chiamateci", "Chiamateci"),
    ("imperative-start", "Contattateci per un preventivo gratuito", "Contattateci"),
    ("imperative-two-clitics", "Se avete la taglia Mandatemela pure", "Mandatemela"),
    ("term-franco", "Franco magazzino o consegna a domicilio?", "Franco"),
    ("term-article", "ai sensi dell'Art. 13 vi chiedo i miei dati", "Art"),
    ("venue-da", "lavoro all'osteria da Gualtiero in centro", "Gualtiero"),
    ("venue-quoted", 'prima si chiamava "Da Peppinello", poi hanno cambiato', "Da Peppinello"),
    ("venue-kind-first", "spedite c/o Hotel Belsito, camera 12", "Belsito"),
    ("staff-signature", "A sabato! Staff Brambillasca", "Brambillasca"),
    ("firm-kind", "Spett.le Ditta Pezzolato,\nvi scrivo per un ordine", "Ditta Pezzolato"),
    ("firm-trade-word", "Mittente: Carrozzeria Bellandi srl, Lecco", "Carrozzeria Bellandi"),
    ("firm-kind-first", "Spett.le Filatelia Bortolazzi,\nvorrei il listino", "Bortolazzi"),
    ("firm-office-first", "Da: Banca Alpina Orientale, ufficio fidi", "Banca Alpina Orientale"),
    ("firm-partners", "we use Ashcombe & Tregarthen Removals since May", "Ashcombe & Tregarthen"),
    ("brand-label", "sull'etichetta c'è scritto Barbour, è cerata", "Barbour"),
    ("brand-round", "a round of Jameson for the whole table please", "Jameson"),
    ("brand-near-shop", "ci vediamo davanti al Lidl alle nove", "Lidl"),
    ("brand-shop-kind", "l'ho preso al supermercato Aldi sotto casa", "Aldi"),
    ("brand-several-words", "secondo Western Union i soldi sono arrivati", "Western Union"),
    ("brand-joined", "a pair of Yo-Zuri lures for the pike", "Yo-Zuri"),
    ("maker-model-number", "cerco un Daiwa Ninja LT 3000 usato", "Daiwa Ninja LT 3000"),
    ("maker-model-camper", "is the Hymer Exsis 580 free in June?", "Hymer Exsis 580"),
    ("maker-model-counted", "ho ancora 3 Cannondale Trail per domenica", "Cannondale Trail"),
    ("maker-model-article", "per agosto ho un Hymer Tramper libero", "Hymer Tramper"),
    ("maker-model-spelled-count", "montate quattro Hankook Ventus sulla Golf", "Hankook Ventus"),
    ("maker-dash-model", "Ordine ok. Tefal – Ingenio 5 pezzi", "Tefal"),
    ("wine-of-place", "per la cena un Grignolino d'Asti e un Arneis", "Grignolino d'Asti"),
    # round 28: a customer asking to be sent something there ("spedite anche in Norvegia?") is
    # where the customer is (the corpora label it so); the business's own zones stay
    ("country", "spediamo anche in Norvegia, ci vogliono 5 giorni", "Norvegia"),
    ("dish", "Is the Battenberg cake nut free?", "Battenberg"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in KEPT])
def test_round10_look_alike_survives(
    any_engine: AnonymisationEngine, text: str, value: str
) -> None:
    out = _out(any_engine, text)
    assert _survives(value, out), out


# (case, text, the values that must be redacted): a person where each rule looks
PERSONS = [
    ("venue-cue-missing", "stasera vado da Gualtiero Pezzolato a cena", ["Gualtiero"]),
    ("venue-person-after", "ho parlato con Gualtiero della pizzeria", ["Gualtiero"]),
    ("staff-first-name", "A sabato! Staff Giuliana", ["Giuliana"]),
    ("firm-kind-full-name", "Spett.le Ditta Ermenegildo Pezzolato, vi scrivo", ["Ermenegildo"]),
    ("firm-kind-after-name", "Cordiali saluti\nGiuliana Pezzolato Impianti Srl", ["Giuliana"]),
    ("firm-kind-first-name", "Ferramenta Giovanni Brambillasca mi ha scritto", ["Giovanni"]),
    ("firm-partners-first-names", "Ornella & Gualtiero Catering ci ha chiamato", ["Ornella"]),
    ("maker-article-first-name", "il mio Hymer lo guida Gianfranca Pellizzari", ["Gianfranca"]),
    ("brand-title", "il sig. Jameson ha richiamato stamattina", ["Jameson"]),
    ("brand-label-person", "the label says Barbour, says Priscilla Hargreaves", ["Priscilla"]),
    ("maker-first-name", "Honda Giorgio ha chiamato 2 volte", ["Giorgio"]),
    ("country-first-name", "Georgia Pellizzari ha scritto ieri", ["Georgia", "Pellizzari"]),
    ("brand-words-after-first-name", "il contratto l'ha firmato Ottavio De Rosa", ["De Rosa"]),
    ("country-street", "abito in via Norvegia 14, 38122 Trento", ["Norvegia 14"]),
    ("capitals-name", "Grazie mille. PIETRO", ["PIETRO"]),
    ("imperative-then-name", "Scriveteci, dice Fortunata Lombardelli", ["Fortunata"]),
    ("lodging-title", "c/o Hotel Belsito, attenzione sig. Brambillasca", ["Brambillasca"]),
]


@pytest.mark.parametrize(("text", "values"), [pytest.param(t, v, id=c) for c, t, v in PERSONS])
def test_round10_person_in_the_same_place_is_redacted(
    any_engine: AnonymisationEngine, text: str, values: list[str]
) -> None:
    out = _out(any_engine, text)
    for value in values:
        assert not _survives(value, out), out
