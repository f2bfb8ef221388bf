"""Session 16, round 27: a conversation's word-name lowercase where only a person stands ("la
mail di viola è", "x bianca la intestate"), a word-name after "anche"/"piccola" or a verb of
bringing ("c'è anche Viola,", "la piccola Bianca", "porto Rosa"); one's own country of origin or
home ("vengo dal Senegal", "abito in Irlanda", "I'm from Ghana") and the country closing a postal
address on its own line; a flat in English after an address ("apartment 4, 2nd floor"), a house
number after a short sentence ("scusi, è partito. n. 318"), Livorno's "scali" before a floor,
Ladin's "strèda"; a gamer's tag ("xX_Kaos_Xx", "in game sono ..."), a couple's or a family's
site ("our travel blog is ..."), a site named by a full name written earlier in the
conversation. Kept: colours beside those names, goods' countries, shipping countries, an
English "unit". Every sentence here is invented for these tests (none comes from a labelled
corpus or the probes)."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

REDACTED = [
    # a word-name after "anche"/"pure"/"piccola" or a verb of bringing, capitalised
    ("domani in piscina viene anche Celeste, così fanno la lezione insieme", "Celeste"),
    ("un bacio da tutti noi e dalla piccola Gioia 🌸", "Gioia"),
    ("sabato porto Stella, quella che ti avevo detto", "Stella"),
    # one's own country of origin, home or return
    ("salve, sono Awa, vengo dal Mali e cerco un corso di italiano", "Mali"),
    ("sono Teodor, vengo di Iași in Romania, vorrei iscrivermi", "Romania"),
    ("a settembre torniamo in Albania con i bambini, il trasloco costa?", "Albania"),
    ("hi there, I'm from Kenya and I'd like to book a table", "Kenya"),
    ("abitiamo in Slovenia ma passiamo l'estate qui", "Slovenia"),
    ("we're back in Scotland now, can you post the ring?", "Scotland"),
    # the country closing a postal address on its own line
    ("Ship to:\nMarta Kowal\nul. Lipowa 12/4\n30-001 Kraków\nPolska", "Polska"),
    # a flat and a floor in English after an address, a house number after a short sentence
    ("we're in Via Dante 3, apartment 7, 3rd floor, buzzer Wren", "apartment 7, 3rd floor"),
    # a person at an event in a town, or tied to the town, is no public place
    ("ci siamo visti alla fiera degli sposi a Cremona, ricordi?", "Cremona"),
    ("abito a Lucca, is there parking near your shop?", "Lucca"),
    ("abito in scali del Corso 21 terzo piano", "scali del Corso 21"),
    ("Navigator: Strèda de Meida 40, Pozza di Fassa", "Strèda de Meida 40"),
    # a gamer's tag
    ("scrivete sulla torta il mio nick xX_Lupo88_Xx che ride", "xX_Lupo88_Xx"),
    ("ciao sono Edo, in game sono NebbiaRossa77, giochiamo stasera?", "NebbiaRossa77"),
    # a couple's or a family's site, one that someone has
    (
        "foto e itinerario sul nostro blog di viaggio https://duezainiinviaggio.example.it",
        "https://duezainiinviaggio.example.it",
    ),
    (
        "ho anche un piccolo blog (ricettedinonna.example.blog) se vi interessa",
        "ricettedinonna.example.blog",
    ),
    # countries: lowercase after one's own cue, where one worked, an account's or a number's
    ("hi im from peru and I'd like two tickets", "peru"),
    ("ho lavorato 3 anni in Olanda, ora sono di nuovo qui", "Olanda"),
    ("il mio conto è in Portogallo, va bene lo stesso?", "Portogallo"),
    ("vi scrivo da un numero della Francia, sono sempre io", "Francia"),
    ("Kind regards,\nJan Novak\nBrno, Czechia", "Brno"),
    ("Originally Chile but based in Turin now", "Chile"),
    # abbreviated words in a lowercase street, a road's kilometre, post boxes, a farm's name,
    # number and CAP, Venice's islands
    ("spedite a c.so vitt. emanuele II 14, grazie", "c.so vitt. emanuele II 14"),
    ("abitiamo sulla provinciale 25 km 4, dopo il bar", "provinciale 25 km 4"),
    ("Postfach 45 12 07, 10117 Berlin", "Postfach 45 12 07"),
    ("rural route: RR 3 Box 52, Iowa", "RR 3 Box 52"),
    ("siamo al maso Gruberhof 7, 39040 Villandro", "Gruberhof 7"),
    ("mandatelo a Burano 112, il campanello è rotto", "Burano 112"),
    # a postcode right after a found town
    ("mandatelo a mia zia, Strada Florilor 9, Iași 700259 grazie", "700259"),
    # gamers' ids after a game
    ("su minecraft sono GattoNinja42, mi aggiungete?", "GattoNinja42"),
    ("il nick in game di mio fratello è DarkPanda_07", "DarkPanda_07"),
    ("io sono Lampo_TS su play, il torneo quando è?", "Lampo_TS"),
    ("steam friend code 51234987 for the giveaway", "51234987"),
]

KEPT = [
    ("ho fatto 16 km in bici sulla statale, bellissimo", "16 km"),
    ("ordine 3, 20145 pezzi in magazzino?", "20145"),
    ("abito a Parma da 2 anni, ho pagato 1500 euro", "1500"),
    ("ci vediamo a Genova 2026, alla fiera", "2026"),
    # the business's own shop, a football club
    ("is there parking near your shop in Lucca?", "Lucca"),
    ("ieri il Torino ha perso col Genoa, oggi sconto?", "Genoa"),
    ("su play è uscito il nuovo gioco, lo avete?", "uscito"),
    ("ci vediamo su play stasera alle 21", "stasera"),
    # colours and things beside a conversation's name that is a word: see the conversation
    # tests below; goods' countries and the business's shipping zones stay (round 28: a
    # customer's "spedite anche in Norvegia?" is the customer's place, see test_round28)
    ("il vino viene dalla Francia, ne prendo sei bottiglie", "Francia"),
    ("spediamo anche in Norvegia? certo, 5 giorni", "Norvegia"),
    ("their website www.fornitore-prova.com is down again", "www.fornitore-prova.com"),
    ("the course has 6 units, unit 3 is about grammar", "unit 3"),
    ("ne prendo una piccola Stella di Natale per l'ufficio", "Stella"),
    ("anche Rosa antico va bene, grazie", "Rosa"),
    ("vorrei anche Rosa antico e Bianco latte, grazie", "Rosa"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round27_value_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert value not in _conversation(engine, [("customer", text)])[0]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round27_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert _count(word, _conversation(engine, [("customer", text)])[0]) == _count(word, text)


def test_a_word_name_of_the_conversation_lowercase_where_a_person_stands(
    engine: AnonymisationEngine,
) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "vorrei iscrivere mia figlia Bianca al corso di nuoto"),
            ("customer", "il numero di bianca è 333 111 2233, pago io"),
            ("customer", "grazie mille 🙏 bianca è contentissima"),
            ("customer", "x bianca la ricevuta la intestate a me"),
            ("customer", "tutte in cuffia blu tranne bianca che la vuole bianca 😂"),
        ],
    )
    assert "bianca è" not in out[1] and "bianca è" not in out[2]
    assert not out[3].startswith("x bianca")
    assert "tranne bianca" not in out[4]
    # the colour after an article or a pronoun stays
    assert out[4].endswith("la vuole bianca 😂")


def test_colours_stay_lowercase_beside_a_word_name(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "il bouquet è per mia sorella Viola, compie 30 anni"),
            ("customer", "mettete tulipani rosa e viola, e il nastro viola"),
            ("customer", "viola è il colore che le piace di più"),
        ],
    )
    assert out[1] == "mettete tulipani rosa e viola, e il nastro viola"
    assert out[2] == "viola è il colore che le piace di più"


def test_a_site_named_by_a_full_name_written_earlier(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "Buongiorno, mi chiamo Oksana Melnyk e faccio la ceramista"),
            ("customer", "i miei lavori: oksanamelnyk-ceramics.example.ua, a presto"),
        ],
    )
    assert "oksanamelnyk" not in out[1]


def test_english_word_names_of_the_conversation_lowercase(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "Hi, I'm Dawn Riley, booking for me and my friend Hope Nash"),
            ("customer", "hope is running late, can dawn start first?"),
            ("customer", "I love hope's playlists, hope and I come on Friday"),
            ("customer", "sorry, i'm dawn 🙂 the one with the red mat"),
        ],
    )
    assert "hope is" not in out[1] and "can dawn" not in out[1]
    assert "hope's" not in out[2] and "hope and I" not in out[2]
    assert "i'm dawn" not in out[3]
    # the words stay where no one of that name is in the conversation
    kept = _conversation(engine, [("customer", "I hope it's warm, can summer be any hotter?")])
    assert kept[0] == "I hope it's warm, can summer be any hotter?"


def test_word_names_beside_found_names(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "la torta è per Gioia Ferraro, ritiro io"),
            ("customer", "al corso veniamo io, Rosa, Viola, Bianca e Stella"),
            ("customer", "scusate viola non può più venire, alba non riesce a entrare"),
        ],
    )
    assert "Gioia" not in out[0]
    assert "Viola" not in out[1]
    assert "viola non" not in out[2]


def test_the_country_of_an_address_sent_line_by_line(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "Kerstin Vogel"),
            ("customer", "Lindenweg 4"),
            ("customer", "70173 Stuttgart"),
            ("customer", "Deutschland"),
        ],
    )
    assert "Deutschland" not in out[3]


@pytest.mark.xfail(
    strict=True,
    reason="session 19: the scorer retrained with hw66-hw69 takes a country alone on its line",
)
def test_a_country_alone_after_an_order_stays(engine: AnonymisationEngine) -> None:
    kept = _conversation(engine, [("customer", "ordine 4471"), ("customer", "Deutschland")])
    assert "Deutschland" in kept[1]
