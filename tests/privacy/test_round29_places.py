"""Session 18, round 29 (places, handles, personal links): a country in small letters after a
cue that places a relative ("mio zio che sta in francia", "her brother lives in portugal");
the writer staying at a relative's home in a country ("siamo dalla nonna in Polonia"); one's
address "di" a country; a trip wished to someone ("Safe travels to Norway", "buone vacanze in
Croazia", "Enjoy Portugal!"); a hamlet in small letters after "frazione", "località",
"contrada"; a user name opening or ending with "_" after "è"/"is"; a bare domain holding the
name written after a relative ("mia cugina Tilde ... tildedisegni.example.it") or after
someone's works ("le sue foto stanno su ..."). Kept: the business's shipping zones and
products' origins, "località balneare", "frazione di secondo", markdown's "_molto_", a file
name. Every sentence here is invented for these tests (none comes from a labelled corpus or the
probes)."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

REDACTED = [
    # a country in small letters after a cue that places a person
    ("le foto le guarda mio zio piero che sta in francia", "francia"),
    ("mia cognata vive in svizzera da dieci anni", "svizzera"),
    ("her brother lives in portugal so he can't sign", "portugal"),
    ("suo marito è originario della tunisia", "tunisia"),
    # staying at a relative's home in a country
    ("ad agosto siamo dalla nonna in Polonia, si può spostare?", "Polonia"),
    ("stiamo dai suoceri in Albania fino a marzo", "Albania"),
    ("we're staying with grandma in Scotland over Easter", "Scotland"),
    # one's address of a country
    ("mandate la fattura al mio indirizzo di Germania, grazie", "Germania"),
    ("usate il mio indirizzo di francia, è quello giusto", "francia"),
    # a trip wished
    ("Safe travels to Norway and see you in June!", "Norway"),
    ("Have a lovely holiday in Croatia, Mr Hale", "Croatia"),
    ("Enjoy Portugal! The bike will wait here.", "Portugal"),
    ("buone vacanze in Croazia e a presto", "Croazia"),
    ("buon viaggio in grecia, salutami la mamma", "grecia"),
    # a hamlet in small letters after its kind
    ("abito a monselice frazione marendole, via dei colli 8", "marendole"),
    ("siamo in località pian di sorbo, dopo il ponte", "pian di sorbo"),
    ("contrada favarotta 12, la casa gialla", "favarotta"),
    # a user name with "_" at its edge after "è"/"is"
    ("Sì, è ginevrabk_. Insegna benissimo, vedrai", "ginevrabk_"),
    ("yes it's _tommyruns, he posts every morning", "_tommyruns"),
    # a bare domain of someone of the message
    (
        "i quadri li fa mia cugina Tilde, su ig è tilde_colori_ve, i lavori suoi stanno su "
        "tildedisegni.example.it",
        "tildedisegni.example.it",
    ),
]

KEPT = [
    ("spediamo in Polonia in 5 giorni lavorativi", "Polonia"),
    ("the olive oil is from Greece, enjoy it", "Greece"),
    ("siamo in Italia da tre generazioni", "Italia"),
    ("buon viaggio in Italia a tutti i nostri ospiti", "Italia"),
    ("l'hotel si trova in località balneare tranquilla", "balneare"),
    ("in una frazione di secondo il pacco è sparito", "secondo"),
    ("la frazione marina è la più bella", "marina"),
    ("la strada per la frazione tiene un furgone da 35 quintali?", "tiene"),
    ("la parola è _molto_ importante, leggila", "_molto_"),
    ("il file è preventivo_.pdf", "preventivo_.pdf"),
    ("mia zia Carla ha ordinato le torte", "torte"),
    ("la sua casa è in montagna", "montagna"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round29_value_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert value not in _conversation(engine, [("customer", text)])[0]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round29_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert _count(word, _conversation(engine, [("customer", text)])[0]) == _count(word, text)


def test_a_trip_wished_by_the_agent(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "we fly out on Saturday, can we collect the bags before?"),
            ("agent", "Of course, they're ready. Safe trip to Iceland! – Marta"),
        ],
    )
    assert "Iceland" not in out[1]
