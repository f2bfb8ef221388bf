"""Round 31 (session 20): invented cases of the forms session 19's clean sets hw71/hw72 showed
after they were studied: a business name's initials that are also a word ("INT" of "Inchiostro
Nero Tattoo" kept every "int. 9", so a whole address and a phone with its extension went through
untouched), the country of a phone number written beside it, a named person's origin, broken
Italian ("io Lan di vietnam"), "do u ship to UK??", a kin word used as a title before a word-name,
a name after an interjection, a new user name, a house number corrected in a new message, a
postcode in the address's line after its bell. Every text is invented."""

from __future__ import annotations

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from tests.privacy.test_round26 import _conversation, _count


@pytest.fixture(scope="module")
def tattoo_engine() -> AnonymisationEngine:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, business_names=["Inchiostro Nero Tattoo"], tenant="test"
    )
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-round31-0001", tenant="test")
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("perfetta, spedite a via Flaminia 52, scala C int. 9 47923 Rimini", "via Flaminia 52"),
        ("perfetta, spedite a via Flaminia 52, scala C int. 9 47923 Rimini", "47923"),
        ("courier pls. Osei Mensah\nvia Tiziano Aspetti 88, int 4\n35133 Padova", "Aspetti 88"),
        ("courier pls. Osei Mensah\nvia Tiziano Aspetti 88, int 4\n35133 Padova", "35133"),
        ("il referente è il mio socio Enrico Tiozzo +39 041 5508337 int. 24", "5508337"),
    ],
)
def test_initials_of_the_business_are_no_word(
    tattoo_engine: AnonymisationEngine, text: str, value: str
) -> None:
    assert value not in _conversation(tattoo_engine, [("customer", text)])[0]


def test_initials_in_capitals_stay(tattoo_engine: AnonymisationEngine) -> None:
    text = "ho visto il vostro logo INT sulla vetrina, bellissimo"
    assert "INT" in _conversation(tattoo_engine, [("customer", text)])[0]


REDACTED = [
    ("Youssef viene dal Marocco, parla bene inglese", "Marocco"),
    ("Amina è della Tunisia e scrive in francese", "Tunisia"),
    ("yes pls! name is Jake, US cell +1 (415) 555-0186 still works", "US"),
    ("my US number +1 (415) 555-0187 doesnt work here", "US"),
    ("my number +254 712 408 339 (it's from Kenya, I'm still changing sim)", "Kenya"),
    ("suo numero +880 1712-345678 no scusa quello è mio bangladesh", "bangladesh"),
    ("UK: +44 7700 900123", "UK"),
    ("yo do u ship to UK?? im in Leeds rn", "UK"),
    ("ciao io Lan di vietnam, volio torta per figlio", "vietnam"),
    ("possiamo sentirci su discord? oppure il nuovo user nicozan", "nicozan"),
]
KEPT = [
    ("we sell coffee from Kenya, the best beans", "Kenya"),
    ("call us on +39 02 1234567, we ship to France too", "France"),
    ("SEND US THE INVOICE PLS", "US"),
    ("Us too! we ship to the US and Canada", "US"),
    ("the new user interface is confusing", "interface"),
    ("via Garibaldi 12, ordine 45123, totale 30 €", "45123"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round31_value_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _count(value, _conversation(engine, [("customer", text)])[0]) == 0


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round31_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert _count(word, _conversation(engine, [("customer", text)])[0]) == _count(word, text)


def test_a_kin_title_before_a_word_name(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "2 nonni: nonna Speranza e nonno Felice"),
            ("customer", "e nonno felice vuole una foto da solo, lui è proprio felice quel giorno"),
        ],
    )
    assert out[1].startswith("e nonno <PERSON_")
    assert "proprio felice quel giorno" in out[1]


def test_a_word_name_after_an_interjection(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("agent", "Per l'età di Viola c'è il corso del sabato"),
            ("customer", "ah viola dimentica sempre le cose, se lascia lo zainetto viola?"),
        ],
    )
    assert out[1].startswith("ah <PERSON_")
    assert "zainetto viola" in out[1]


def test_a_house_number_corrected_in_a_new_message(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "my address is 14 Elm Road, Leeds"),
            ("customer", "oops number 22, 2nd floor, buzzer says Okafor"),
        ],
    )
    assert "22" not in out[1] and "2nd floor" not in out[1]


def test_a_count_after_an_apology_stays(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [("customer", "via Roma 3, Bergamo"), ("customer", "scusate, 10 pezzi non 12")],
    )
    assert "10 pezzi" in out[1]


def test_a_postcode_after_the_bell(engine: AnonymisationEngine) -> None:
    text = "via Nizza 40, scala B 4° piano, citofono Rossetti-Amato, 10146 / le chiavi alla vicina"
    out = _conversation(engine, [("customer", text)])[0]
    assert "10146" not in out and "le chiavi alla vicina" in out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SULLA CASSETTA C'È SCRITTO BERTOLA E GIACCONE CHE ERA MIA MOGLIE", "GIACCONE"),
        ("segnatela come sposi Gentile-Laterza, il cognome di vito è Laterza", "Gentile"),
        ("la famiglia Rossi-Bianchi ha prenotato per sabato", "Rossi"),
    ],
)
def test_round31_names(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert value not in _conversation(engine, [("customer", text)])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Quello che era mio padre non lo so", "Quello"),
        ("La ragazza che era mia cugina ha pagato", "ragazza"),
        ("in famiglia usiamo la Coca-Cola", "Coca"),
    ],
)
def test_round31_words_stay(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert word in _conversation(engine, [("customer", text)])[0]


# invented probes of the new clean sets' brief forms (places, addresses, names online): the
# sets were not opened
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("la consegna va a casa di mia madre a Cusano Milanino", "Milanino"),
        ("abito a Paderno Dugnano da due anni", "Paderno"),
        ("via Manzoni sn, Gorla Minore", "Minore"),
        ("ho la residenza in slovenia ma vivo a trieste", "slovenia"),
        ("c/o Bianchi, viale Monza numero centoventi", "centoventi"),
        ("via dei mille civico ventidue", "ventidue"),
        ("via dei mille civico ventidue", "mille"),
        ("lo trovi su fb come Gianni Rossetti", "Rossetti"),
    ],
)
def test_round31_probes(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _count(value, _conversation(engine, [("customer", text)])[0]) == 0


def test_a_correction_after_an_apology(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine, [("customer", "via garibaldi 12, Lodi"), ("customer", "anzi no scusate è il 21")]
    )
    assert "21" not in out[1]


@pytest.mark.parametrize(
    "text",
    ["ci vediamo in piazza tre volte", "sorry, 10 minutes late", "no, 2 more questions"],
)
def test_round31_numbers_stay(engine: AnonymisationEngine, text: str) -> None:
    out = _conversation(engine, [("customer", "via Roma 3, Lodi"), ("customer", text)])
    assert out[1] == text
