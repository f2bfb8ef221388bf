"""Session 17, round 28: e-mails spelled with the French or Spanish word for "@" ("arobase",
"arroba"); a bare personal domain after "I write about it here" / "racconto tutto qui"; a user
name of small letters joined by "_" anywhere, a long word after "on tiktok"/"only insta", a
gamer's id after "on xbox he is"; a name spelled letter by letter, a name called before the
greeting that opens a message, a word-name set apart before who the person is ("Rosa, la nostra
pasticcera"), "X asks if"; names in Gurmukhi, Bengali or Tamil inside a Latin message, and a
message that is only a short run of another script ("🙏 马琳"); a brand that is also a town
after "abito a"/"moved to"; being born or resident in a country; a customer's asked destination
("can you send it to France?", "spedite anche in Norvegia?"); a German back building and floor,
a French flat before the street, a Japanese block address, "Town, str. Name" numbered in the
next message. Kept: the business's shipping zones, "the ivy" beside a daughter named Ivy, words
after a platform, file names with "_". Every sentence here is invented for these tests (none
comes from a labelled corpus or the probes)."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

REDACTED = [
    # e-mails with the French or Spanish word for the sign
    ("la facture à clairedupont arobase example point fr svp", "clairedupont"),
    ("mándame la factura a lucia.ortega arroba example punto es", "lucia.ortega"),
    # a bare personal domain where the writer writes
    ("we post all our trips here twoinavan.example.org", "twoinavan.example.org"),
    ("racconto tutto qui nonnainviaggio.example.it, passate!", "nonnainviaggio.example.it"),
    # user names
    ("la mia amica è fede_rizzi, seguila che fa torte pazzesche", "fede_rizzi"),
    ("i'm on instagram too, my brother is tom_the_baker", "tom_the_baker"),
    ("she's only on tiktok lunaepaillettes, not insta", "lunaepaillettes"),
    ("faccio video su tiktok pastaconlanonna da due anni", "pastaconlanonna"),
    ("on playstation she is QueenOfKarts88, add her", "QueenOfKarts88"),
    # names
    ("cognome: C A R U S O, con la C", "C A R U S O"),
    ("Ninè buongiorno, sono la nipote di Assunta", "Ninè"),
    ("le torte le decora Viola, la nostra pasticcera", "Viola"),
    ("Serena asks if the room has a bath", "Serena"),
    ("thank you from Harjit and ਹਰਜੀਤ ਕੌਰ", "ਹਰਜੀਤ ਕੌਰ"),
    ("per il ritiro suonate a Zanetti, secondo piano", "Zanetti"),
    ("buzz Ferrari on the intercom, it's my mum's flat", "Ferrari"),
    ("gioia e serena arrivano alle 5, tenete due posti", "gioia"),
    ("sabato vengono stella e bianca a provare i costumi", "bianca"),
    # places
    ("io abito a Granarolo, passo io sabato", "Granarolo"),
    ("we moved to Iseo in May and need a cot", "Iseo"),
    ("on the form it says born in Moldova, is that right?", "Moldova"),
    ("residente in Albania dal 2015, serve il permesso?", "Albania"),
    ("could you send the box to Portugal? I pay the shipping", "Portugal"),
    ("potete spedire in Belgio? mia figlia abita lì", "Belgio"),
    ("spedite anche in Norvegia? quanto ci vuole?", "Norvegia"),
    ("arriviamo alla Spezia giovedì con la roulotte", "Spezia"),
    ("mia suocera abita all'Aquila, spedite lì?", "Aquila"),
    ("Her passport is from Ireland, is that a problem?", "Ireland"),
    ("my old address in Poland was closed, use this one", "Poland"),
    ("ring me on my UK mobile please", "UK"),
    ("I pay from Spain by bank transfer", "Spain"),
    ("we would like two more tins to be sent to England", "England"),
    ("abitiamo a Sesto (Sexten) tutto l'anno", "Sexten"),
    # addresses
    ("Lieferung an Oderstraße 12, Hinterhaus, 2. OG, 10247 Berlin", "OG"),
    ("mon adresse : appartement 14, 3 rue des Lilas, 69003 Lyon", "appartement 14"),
    ("send to 2-8-11 Nishiazabu, Minato-ku, Tokyo 106-0031 please", "Nishiazabu"),
]

KEPT = [
    ("spediamo anche in Norvegia, ci vogliono 5 giorni", "Norvegia"),
    ("yes, we ship to Canada in about a week", "Canada"),
    ("il file è preventivo_cucina.pdf, ve lo rigiro", "preventivo_cucina.pdf"),
    ("l'ho visto su tiktok stamattina, è ancora disponibile?", "stamattina"),
    ("v. la foto, str. bella la vetrina", "bella"),
    ("il latte Granarolo è finito?", "Granarolo"),
    ("谢谢 😊", "谢谢"),
    ("the Rossi family, Italy", "Italy"),
    ("i nastri rosa e viola stanno bene insieme", "viola"),
    ("ring me tomorrow after 5", "me"),
    ("the tiles are from Spain, very nice", "Spain"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round28_value_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert value not in _conversation(engine, [("customer", text)])[0]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round28_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert _count(word, _conversation(engine, [("customer", text)])[0]) == _count(word, text)


def test_a_signature_in_another_script_alone(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "Hello, the parcel arrived today, thank you so much"),
            ("customer", "🙏 王芳"),
        ],
    )
    assert "王芳" not in out[1]


def test_a_street_without_number_then_its_number(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "Casier, str. Dosson"),
            ("customer", "numero 12, il cancello verde"),
        ],
    )
    assert "Dosson" not in out[0] and "str." not in out[0]
    assert "12" not in out[1]
    assert out[1].endswith("il cancello verde")


def test_the_plant_beside_a_daughter_named_after_it(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "Our daughter Ivy will come to the viewing too."),
            ("customer", "Is the ivy on the wall kept by the condominium?"),
        ],
    )
    assert "Ivy" not in out[0]
    assert "the ivy on the wall" in out[1]


def test_two_names_of_the_conversation_before_a_plural_verb(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "iscrivo le gemelle Stella e Gioia al corso del sabato"),
            ("customer", "ok perfetto. stella e gioia vengono alle 15?"),
            ("customer", "devo venire a prendere gioia, stella resta"),
        ],
    )
    assert "stella e gioia vengono" not in out[1]
    assert "prendere gioia" not in out[2]
