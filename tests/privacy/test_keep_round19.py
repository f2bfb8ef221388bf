"""Keep rules of session 12 (round 19): brands and products that must survive, also when named
after people, without leaking a person called like a brand.

- a brand of the list after the thing it makes and "di"/"by"/"from" ("il profumo di Gucci",
  "a coat by Moschino"); a brand that is only a first name there may be the owner ("la giacca
  di Valentino"), never kept;
- a product after the kind of product it is ("la pizza Boscaiola", "il gusto Zabaione", "il
  pacchetto Relax Gold"), and the next ones of a list ("2 Capricciosa e una Ortolana");
- a brand of the list as someone's workplace ("lavoro da Luxottica", "I work at Ferrero");
- more well-known brands in ``brands.txt`` (fashion, food, tech, home, cosmetics...).

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.keep import keep_spans
from privacy.recognizers.location import well_known_brands
from privacy.recognizers.names import fold, load_lexicon
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


def _spans(text: str) -> list[str]:
    return [text[d.start : d.end] for d in keep_spans(text, load_lexicon())]


MADE_BY = [
    ("profumo-di", "cerco il profumo di Gucci per mio marito", "Gucci"),
    ("profumo-da-uomo-di", "avete il profumo da uomo di Armani?", "Armani"),
    ("borsa-di", "una borsa di Ferragamo in pelle", "Ferragamo"),
    ("collezione-di", "mi piace la collezione di Missoni", "Missoni"),
    ("coat-by", "I bought a coat by Moschino last winter", "Moschino"),
    ("shoes-by-two-words", "do you have shoes by Jimmy Choo?", "Jimmy Choo"),
    ("dress-from", "a dress from Etro for the wedding", "Etro"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in MADE_BY])
def test_brand_after_the_thing_it_makes(text: str, value: str) -> None:
    assert value in _spans(text)


def test_first_name_brand_after_di_may_be_the_owner() -> None:
    # "la giacca di Valentino": Valentino's jacket as well as the maker's: not kept by this rule
    assert "Valentino" not in _spans("ho trovato la giacca di Valentino sulla sedia")
    # no thing before "di": the person
    assert "Gucci" not in _spans("ho parlato con la sorella di Gucci")
    # a brand that is a common surname after a belonging and "la ... di": the owner
    assert "Bianchi" not in _spans("ho trovato la borsa di Bianchi in sala")
    # ... but the maker after "una ... di" or a thing nobody owns ("la collezione di")
    assert "Bianchi" in _spans("cerco una maglia di Bianchi per la bici")
    assert "Bianchi" in _spans("mi piace la collezione di Bianchi")


KINDS = [
    ("pizza", "per stasera una pizza Boscaiola grande", "Boscaiola"),
    ("pizza-list", "vorrei 2 pizze Capricciosa e una Ortolana", "Ortolana"),
    ("gusto", "il gusto Zabaione è finito?", "Zabaione"),
    ("torta", "la torta Foresta Nera per sabato", "Foresta Nera"),
    ("pacchetto", "il pacchetto Relax Gold costa 90 euro", "Relax Gold"),
    ("linea", "la linea Ginestra in noce", "Ginestra"),
    ("menu", "il menu Pescatore per due", "Pescatore"),
    ("flavour", "the flavour Salted Caramel is back", "Salted Caramel"),
    ("tour", "the tour Hidden Valleys starts at nine", "Hidden Valleys"),
    ("taglio", "fate anche il taglio Scalato Corto?", "Scalato Corto"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in KINDS])
def test_product_after_its_kind(text: str, value: str) -> None:
    assert value in _spans(text)


def test_person_after_a_kind_word_is_not_a_product() -> None:
    # a first name and a surname after the cue are a person
    assert "Carlo Bertolazzi" not in _spans("il modello Carlo Bertolazzi sfila domani")
    # a list goes on only with products, not with a person's surname
    spans = _spans("la pizza Marinara e Rossetti arriva alle otto")
    assert "Rossetti" not in spans


WORKPLACES = [
    ("lavoro-da", "lavoro da Luxottica da tre anni", "Luxottica"),
    ("lavora-in", "mia moglie lavora in Lavazza", "Lavazza"),
    ("work-at", "I work at Ferrero in the sales office", "Ferrero"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in WORKPLACES])
def test_brand_as_a_workplace(text: str, value: str) -> None:
    assert value in _spans(text)


def test_workplace_that_is_a_first_name_is_not_kept() -> None:
    # "lavoro da Zara" may be someone's home or shop as well as the chain
    assert "Zara" not in _spans("sabato lavoro da Zara in centro")


@pytest.mark.parametrize(
    "brand",
    ["Jimmy Choo", "Hikvision", "Duravit", "Caesarstone", "Fanta", "MacBook", "Schweppes"],
)
def test_more_well_known_brands_are_listed(brand: str) -> None:
    assert " ".join(fold(w) for w in brand.split()) in well_known_brands()[0]


@pytest.mark.parametrize("town", ["Novi", "Gardena", "Cassina", "Coin"])
def test_towns_and_words_are_not_listed_as_brands(town: str) -> None:
    assert fold(town) not in well_known_brands()[0]


KEPT = [
    ("profumo di Moschino", "Vorrei il profumo di Moschino in confezione regalo", "Moschino"),
    ("pizza list", "Due pizze Boscaiola e una Ortolana per le otto", "Ortolana"),
    ("gusto", "Il gusto Zabaione è finito?", "Zabaione"),
    ("workplace", "Mio fratello lavora in Luxottica da anni", "Luxottica"),
    ("tech", "Le telecamere Hikvision non si collegano", "Hikvision"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in KEPT])
def test_brand_or_product_survives_anonymisation(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    out = _out(engine, text)
    assert _survives(value, out), out


PEOPLE = [
    ("customer-like-brand", "Buongiorno, sono Ornella Moschino, cliente da anni", "Moschino"),
    ("daughter-brand-name", "Mia figlia Chanel ha la febbre oggi", "Chanel"),
    ("title-brand", "Il signor Lavazza ha chiamato stamattina", "Lavazza"),
    ("owner-after-di", "Ho trovato la giacca di Valentino sulla sedia", "Valentino"),
    ("person-before-product", "Sono Carlo Bertolazzi, vorrei il gusto Zabaione", "Bertolazzi"),
    ("en-customer", "My name is Tiffany Gucci, I ordered a cake", "Gucci"),
    ("en-relative", "My son Porsche is turning five", "Porsche"),
    ("works-with-person", "Lavoro da Zara Pellegrini, la sarta", "Pellegrini"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in PEOPLE])
def test_person_called_like_a_brand_is_redacted(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    out = _out(engine, text)
    assert not _survives(value, out), out
