"""Round 36 (session 23), from the clean batches hw92-hw94 and hw95-hw97 once studied: their 37
leaked values were nationalities written after their noun ("passaporto marocchino", "numero
polacco", "partita iva tedesca") or of a foreign customer's number ("my italian number"), the
home country before a foreign customer's number ("or italy 0039 ..."), "America" for the USA,
towns naming which home or number is meant ("the milan number", "indirizzo cork è"), a town
before a UK postcode in small letters, address parts told apart from the address (a number
"corrected to", "il numero giusto e 19/A", "numero 7" after a street without one, a Swedish
floor "4 tr", a Ghanaian plot, a Japanese postcode, Yorkshire's "Mount"), a Cash App
$cashtag, and names in forms no rule knew: a first name cut short at either end ("ile" of
Ilenia, "tilde" of Matilde, "aury" of Aurora), a hyphenated name joined ("jiwoo"), a
possessive without its apostrophe ("maddies aunt"), "my boy Dre", "la Resi del bar", "the
italian girl bianca they ...", a word-name before a surname ("rosa Pellacani") or after an
article with a relative in apposition ("la Rosa la cugina di dario"). Every text is
invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine, _short_forms
from tests.privacy.test_round26 import _conversation, _count

# (conversation, index of the message, value that must not survive in it)
REDACTED = [
    ([("customer", "mi chiamo Karim Haddad, passaporto marocchino")], 0, "marocchino"),
    (
        [("customer", "il mio numero +48 602 11 22 33 (uso ancora quello polacco)")],
        0,
        "polacco",
    ),
    ([("customer", "fattura con partita iva tedesca DE123456789")], 0, "tedesca"),
    (
        [
            ("customer", "hi, we are moving to Lucca from Manchester next month"),
            ("customer", "ok great. my italian number is +39 333 123 4567"),
        ],
        1,
        "italian",
    ),
    (
        [
            ("customer", "hello, we just moved here from Shenzhen for work"),
            ("customer", "phone +86 139 1111 2222 or italy 0039 347 555 6677"),
        ],
        1,
        "italy",
    ),
    ([("customer", "vorrei spedire un pacco a mio figlio in america")], 0, "america"),
    ([("customer", "ah the milan number is 19, the door is on the left")], 0, "milan"),
    ([("customer", "ok. indirizzo cork è 12 Main Street")], 0, "cork"),
    ([("customer", "please send it to 8 Harehills Mount, leeds LS9 6AB")], 0, "leeds"),
    ([("customer", "please send it to 8 Harehills Mount, leeds LS9 6AB")], 0, "8"),
    (
        [
            ("customer", "la casa è in corso Francia 112, Torino"),
            ("customer", "no scusate è corso Francia 114"),
            ("agent", "Perfetto, corretto in 114."),
        ],
        2,
        "114",
    ),
    (
        [
            ("customer", "Marta Gallo via Roveri 23"),
            ("customer", "ah il numero giusto e 23/B perche al 23 ci abita mia suocera"),
        ],
        1,
        "23/B",
    ),
    (
        [
            ("customer", "io abito a Sassuolo via Radici in Piano e la fattura va lì"),
            ("customer", "numero 9 scusa mi ero scordato"),
        ],
        1,
        "9",
    ),
    ([("customer", "deliver to Sveavägen 41, 3 tr, 113 59 Stockholm")], 0, "3 tr"),
    ([("customer", "receiver is my brother plot 22 Adum Kumasi")], 0, "Adum"),
    ([("customer", "Yuki Tanaka / 3-5-1 Umeda, Kita-ku / 530-0001 Osaka")], 0, "530-0001"),
    ([("customer", "my email is fine, or my cashapp is $jordanK22")], 0, "$jordanK22"),
    (
        [
            ("customer", "ciao! io e Ilenia vorremmo il corso intro"),
            ("customer", "ah ile è vegetariana, va bene lo stesso?"),
        ],
        1,
        "ile",
    ),
    (
        [
            ("customer", "sono la nonna di Matilde"),
            ("customer", "un bacio ai bimbi e tilde si ricordi la borraccia!!"),
        ],
        1,
        "tilde",
    ),
    (
        [
            ("customer", "sono la mamma di Aurora, la lezione è giovedì?"),
            ("customer", "grazie maestro! aury è emozionatissima"),
        ],
        1,
        "aury",
    ),
    (
        [
            ("customer", "ciao Ettore, sono Lorenzo del corso di canto"),
            ("agent", "te lo giro subito. in bocca al lupo lore!"),
        ],
        1,
        "lore",
    ),
    (
        [
            ("customer", "name is Kim Ji-hoon, J-I dash H-O-O-N"),
            ("customer", 'on the card write "love from jihoon"'),
        ],
        1,
        "jihoon",
    ),
    (
        [
            ("customer", "im Emma Hale and she's Maddie Kerr, we both ride"),
            ("customer", "after the ride we stay with maddies aunt in Siena"),
        ],
        1,
        "maddies",
    ),
    (
        [
            ("customer", "mi ha dato il numero mio nipote Salvo"),
            ("customer", "mio nipote è più pratico. salvo scrivi tu"),
        ],
        1,
        "salvo",
    ),
    ([("customer", "🔥 my boy Dre gonna want the same pair")], 0, "Dre"),
    ([("customer", "se non ci trovate chiedete alla Resi del bar")], 0, "Resi"),
    ([("customer", "yes Kasia and the polish girl bianca they come after 3")], 0, "bianca"),
    ([("customer", "lei si chiama Rosa, rosa Pellacani")], 0, "rosa"),
    (
        [("customer", "quella col vestito rosa e la Rosa la cugina di dario col vestito blu")],
        0,
        "Rosa",
    ),
    ([("customer", "giovedì c è mia figlia speranza io lavoro")], 0, "speranza"),
    ([("customer", "you can find me at goodreads.com/annab_reads")], 0, "annab_reads"),
    ([("customer", "in live ci sono i miei mod saraPixel e LadyNova")], 0, "saraPixel"),
    ([("customer", "in live ci sono i miei mod saraPixel e LadyNova")], 0, "LadyNova"),
    (
        [("customer", "i ragazzi sono Ghost_Vik e m4rtina, ognuno vuole il suo nick")],
        0,
        "m4rtina",
    ),
    ([("customer", "lo vedete nel mio profilo ale_e_fido, è il mio cane")], 0, "ale_e_fido"),
    ([("customer", "su ig sono sara_in_giro lei martyontour")], 0, "martyontour"),
]

# (conversation, index of the message, word that must survive as often as it is written)
KEPT = [
    ([("customer", "preferisco la cucina marocchina e il vino tedesco")], 0, "marocchina"),
    ([("customer", "i love italian food and italian wine")], 0, "italian"),
    ([("customer", "abbiamo visto Captain America e il film sud america")], 0, "America"),
    ([("customer", "We watched Captain America. Bank of America card ok?")], 0, "America"),
    ([("agent", "spediamo in America in 5 giorni")], 0, "America"),
    ([("customer", "it costs $25, or $AAPL if you trade, $USD only")], 0, "$AAPL"),
    ([("customer", "my home address is old, my main account too")], 0, "main"),
    ([("customer", "we plot 3 Games together every week")], 0, "Games"),
    ([("customer", "la ragazza bianca che ho visto ieri")], 0, "bianca"),
    ([("customer", "the new guy will, he said, call you")], 0, "will"),
    ([("customer", "I wear UK 10 shoes")], 0, "UK"),
    ([("customer", "il vestito rosa Valentino mi piace")], 0, "rosa"),
    ([("agent", "Ci trovate anche qui: https://maps.app.goo.gl/PanificioMonza")], 0, "goo"),
    ([("customer", "my favourite page is wikipedia.org/Pizza")], 0, "wikipedia"),
    ([("customer", "i miei mod usano la PlayStation")], 0, "PlayStation"),
    ([("customer", "sono @anna_b e lei invece arriva domani")], 0, "arriva"),
    ([("customer", "il file foto_a_colori.jpg è pronto")], 0, "foto_a_colori.jpg"),
]


@pytest.mark.parametrize(("texts", "index", "value"), REDACTED)
def test_round36_value_is_redacted(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, value: str
) -> None:
    out = _conversation(engine, texts)[index]
    assert _count(value, out) == 0, out


@pytest.mark.parametrize(("texts", "index", "word"), KEPT)
def test_round36_look_alike_survives(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, word: str
) -> None:
    out = _conversation(engine, texts)[index]
    assert _count(word, out) == _count(word, texts[index][1]), out


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("matilde", {"tilde", "mati"}),
        ("aurora", {"aury", "auro"}),
        ("giuseppina", {"pina", "giuse"}),
        ("alessandro", {"sandro", "ale"}),
    ],
)
def test_short_forms_of_a_first_name(name: str, forms: set[str]) -> None:
    assert forms <= _short_forms(name)


def test_short_forms_count_only_where_a_person_stands(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "sono la nonna di Matilde"),
            ("customer", "la tilde sulla tastiera non funziona"),
        ],
    )[1]
    assert _count("tilde", out) == 1, out
