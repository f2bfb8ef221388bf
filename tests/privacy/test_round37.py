"""Round 37 (session 24), from the clean batches hw98-hw103 once studied: their 23 leaked
values were the home country where a foreign customer stays ("on tour in Italy", "abito in
italia da poco", Spanish "estoy en Italia" of a customer with a Spanish phone), address parts
apart from their street ("c/o" a residence with its room, a provincial road's house number
after "n", a house number before chat's "x" for "per"), a leet gamer tag, a user name after
"my tele", a clip on someone's own drive, and names: a short form with an "i" ("auri" of
Aurora), a word-name before chat's "e" for "è" ("gioia e un po timida"), after "baby sitter",
joined to a found name by "&" or after "e", a first name before the phone handed to it, a
surname before a found first name; and, by probing, lowercase US addresses, a mailbox's
provider, regions and areas where a customer lives ("vivo nel veneto"), "n.º", a street
without its number after "the address is", ids listed together, a phone broken after its
dash, a relative's site. Look-alikes that must
stay: firms' names that hold a surname, "& Figli", pronouns before a phone, players' shapes
without players' words. Every text is invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine, _short_forms
from tests.privacy.test_round26 import _conversation, _count

# (conversation, index of the message, value that must not survive in it)
REDACTED = [
    (
        [("customer", "Hi! I'm a cellist from Austria, currently on tour in Italy, help")],
        0,
        "Italy",
    ),
    ([("customer", "salve sono Rania, vengo da Tunisia e abito in italia da poco")], 0, "italia"),
    (
        [
            ("customer", "hola, vendo una mesa, whatsapp +34 611 22 33 44"),
            ("customer", "¿podéis venir el lunes? después ya no estoy en Italia"),
        ],
        1,
        "Italia",
    ),
    (
        [("customer", "to my dorm: c/o Residenza Fermi, stanza 118, via Irnerio 40, Bologna")],
        0,
        "118",
    ),
    (
        [("customer", "venite voi, sono in strada Provinciale 22 n 9 frazione Boschetto")],
        0,
        "9",
    ),
    ([("customer", "vivo con mio padre in via Appia Nuova 410 x ora")], 0, "410"),
    ([("customer", "LucaT0pLane on EUW, add me pls")], 0, "LucaT0pLane"),
    ([("customer", "sorry, my tele is marek_wojcik_88")], 0, "marek_wojcik_88"),
    (
        [("customer", "the clip is on my drive https://tinkerbox.example.org/broken-board")],
        0,
        "https://tinkerbox.example.org/broken-board",
    ),
    (
        [
            ("customer", "vorrei iscrivere le mie figlie Aurora e Gioia al corso"),
            ("customer", "ok. gioia e un po timida, auri invece parla tantissimo"),
        ],
        1,
        "gioia",
    ),
    (
        [
            ("customer", "vorrei iscrivere le mie figlie Aurora e Gioia al corso"),
            ("customer", "ok. gioia e un po timida, auri invece parla tantissimo"),
        ],
        1,
        "auri",
    ),
    ([("customer", "le accompagna la baby sitter Speranza il martedì")], 0, "Speranza"),
    ([("customer", "on the card: happy birthday Rosie! love Han & Tom")], 0, "Han"),
    ([("customer", "mio figlio Giacomo 130 cm 34 e Matilde 118 31")], 0, "Matilde"),
    ([("customer", "se non rispondo scrivete a vale +39 333 123 4567")], 0, "vale"),
    (
        [("customer", "Esposito Carmine - psn CarmineKO / Rossi Anna - steam anna_rss")],
        0,
        "Esposito",
    ),
    # forms of the same classes found by probing (session 24), no corpus's
    ([("customer", "send it to apt 5c 221 east 10th st new york ny 10003")], 0, "221"),
    ([("customer", "ship to 4410 duval st austin tx 78751")], 0, "duval"),
    ([("customer", "ship to 88 w 42nd st")], 0, "42nd"),
    ([("customer", "l'email è luca_b at hotmail it")], 0, "hotmail"),
    ([("customer", "thanks so much! xoxo bex")], 0, "bex"),
    ([("customer", "Rossi Mario, Bianchi Luca, Verdi Anna")], 0, "Rossi"),
    ([("customer", "ok so me and kez will come at 5")], 0, "kez"),
    ([("customer", "io e la vale veniamo alle 5")], 0, "vale"),
    ([("customer", "vengo dalla sicilia ma vivo nel veneto")], 0, "sicilia"),
    ([("customer", "vengo dalla sicilia ma vivo nel veneto")], 0, "veneto"),
    ([("customer", "abitiamo in brianza, vicino al lago")], 0, "brianza"),
    ([("customer", "we live in the cotswolds now")], 0, "cotswolds"),
    ([("customer", "enviadlo a calle Mayor n.º 5, Madrid")], 0, "5"),
    ([("customer", "the address is Elm Road"), ("customer", "number 14")], 0, "Elm"),
    ([("customer", "we play as team: DarkWolf, SkyFox")], 0, "SkyFox"),
    ([("customer", "my number is (555) 123-\n4567 thanks")], 0, "4567"),
    ([("customer", "il sito di mio marito è www.studiolegaleferri.it")], 0, "studiolegaleferri"),
    ([("customer", "my sister's website is www.lunaknits.co.uk")], 0, "lunaknits"),
]

# (conversation, index of the message, word that must survive as often as it is written)
KEPT = [
    ([("customer", "quanto costa un abito in Italia? i am from Berlin")], 0, "abito"),
    ([("customer", "un regalo Dolce & Gabbana per mia moglie Elena")], 0, "Gabbana"),
    ([("customer", "la mia tele è rotta, il mio numero è 333 123 4567")], 0, "tele"),
    ([("customer", "chiamate a casa 02 1234 5678 dopo le 18")], 0, "casa"),
    ([("customer", "la scala B del condominio è senza luce")], 0, "scala"),
    ([("customer", "Officina Bortolato, il meccanico è Marco Bortolato")], 0, "Officina"),
    ([("agent", "Idraulica Mancuso & Figli, Anna Mancuso")], 0, "Figli"),
    ([("customer", "Star Tile & Stone, ask for Dwayne")], 0, "Tile"),
    ([("customer", "non ho il fisso, chiamate a mia: 333 123 4567")], 0, "mia"),
    ([("customer", "No clue lol. One of those AeroPress things, ask Jen")], 0, "AeroPress"),
    ([("customer", "la signora del piano terra è gentile, via Po 3")], 0, "terra"),
    ([("customer", "mi piace il Rock & Roll, dice Marco")], 0, "Rock"),
    ([("customer", "ho scritto a Marco e Natale è vicino")], 0, "Natale"),
    ([("customer", "misure del tavolo in via Roma 2 x 3 metri")], 0, "metri"),
    ([("customer", "my video is 3 minutes long")], 0, "video"),
    ([("agent", "Could you give me your UK address and a phone number?")], 0, "give"),
    ([("customer", "volevo sapere se potevo passare io oppure no")], 0, "passare"),
    ([("customer", "I'm on holiday in Sicily and I ran out of tablets")], 0, "ran"),
    ([("customer", "ok love it, baci a tutti")], 0, "tutti"),
    ([("customer", "Gentile Mario, le scrivo per l'ordine")], 0, "Gentile"),
    ([("customer", "io e te veniamo domani, me and hubby too")], 0, "hubby"),
    ([("customer", "we walked 3 km along the road trip")], 0, "road"),
    ([("customer", "il vino del chianti è ottimo, le marche che preferisco")], 0, "chianti"),
    ([("customer", "il Chianti Classico è il mio vino preferito")], 0, "Chianti"),
    ([("customer", "file report_2 e report_3 allegati")], 0, "report_3"),
    ([("customer", "ho comprato PlayStation e MacBook")], 0, "MacBook"),
    ([("customer", "mi permetto di disturbarLa, per chiederLe se")], 0, "chiederLe"),
    ([("customer", "il sito della mia palestra è www.fitlab.it")], 0, "fitlab"),
    ([("customer", "ordine 123-\n4567 arrivato")], 0, "4567"),
    ([("customer", "thank you so much, love ya")], 0, "ya"),
    ([("customer", "grazie mille! love yall")], 0, "yall"),
]


@pytest.mark.parametrize(("texts", "index", "value"), REDACTED)
def test_round37_value_is_redacted(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, value: str
) -> None:
    out = _conversation(engine, texts)[index]
    assert _count(value, out) == 0, out


@pytest.mark.parametrize(("texts", "index", "word"), KEPT)
def test_round37_look_alike_survives(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, word: str
) -> None:
    out = _conversation(engine, texts)[index]
    assert _count(word, out) == _count(word, texts[index][1]), out


def test_short_forms_with_an_i() -> None:
    assert {"auri", "aury"} <= _short_forms("aurora")
