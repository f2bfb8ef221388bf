"""Handles and links, round 16 (whole classes, invented examples):

1. a player's id after its gaming platform or game ("ign x", "in-game name x", "psn name x",
   "epic games X_1", "riot id: Name#TAG", "battle.net Name#12345", "ubisoft connect: x",
   "valorant x", "nintendo friend code SW-1234-5678-9012"); platforms that are words ("epic",
   "kick", "origin", "lol", "steam") only with a noun, a colon or an id no word can be;
2. an id then its app ("x_9 on steam", "(x on discord)"), an id in brackets or after a dash
   beside a capitalised name ("Wen Li (wenli_cooks)", "2) Rosa Neri - rosaneri.art"), a line
   listing user names or holding one alone;
3. a bare personal domain named after a person: a first name and a surname glued, or a full
   name written in the same message ("ottaviobruni.com", "Tunde Bakare ... tundebakare.me");
4. the look-alikes that stay: order and product codes, files, models, IBANs, times, prose with
   the platforms' everyday words, brands' and the business's own sites.

Every value is invented."""

from __future__ import annotations

import pytest

from tests.privacy.test_links_round15 import _found as found_links

OWN = frozenset({"pizzeriadamario", "arenagamingclub"})


def _found(text: str, *types: str) -> list[str]:
    return found_links(text, *types, own=OWN)


# 1. players' ids after a gaming platform or a game
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("got kicked from the server, ign lupo_n3ro, pls check", "lupo_n3ro"),
        ("IGN: FrostByte77 per il torneo", "FrostByte77"),
        ("in-game name kestrel.v2 if you need it", "kestrel.v2"),
        ("my in game name is Tano_Rosso", "Tano_Rosso"),
        ("psn name Marek-PL92", "Marek-PL92"),
        ("add me on psn: gufo_grigio", "gufo_grigio"),
        ("xbox gamertag SilentOtter41", "SilentOtter41"),
        ("xbox live: corvo.rosso", "corvo.rosso"),
        ("epic games BrunoKart_3 per la squadra", "BrunoKart_3"),
        ("epic: villa_gaia88", "villa_gaia88"),
        ("discord tomas.k, epic TomasK_21, email a parte", "TomasK_21"),
        ("riot id: Pinolo#EUW", "Pinolo#EUW"),
        ("riot id: Big Nonna#EUW1", "Big Nonna#EUW1"),
        ("valorant Zefiro#4471", "Zefiro#4471"),
        ("battle.net Ombretta#20931 per le ranked", "Ombretta#20931"),
        ("il mio battletag è Sparviero#1187", "Sparviero#1187"),
        ("ubisoft connect: airone_77", "airone_77"),
        ("uplay airone_77", "airone_77"),
        ("ea id: Delfino_Blu", "Delfino_Blu"),
        ("origin id mantide99", "mantide99"),
        ("fortnite: tasso_matto", "tasso_matto"),
        ("minecraft username pixel_ortica", "pixel_ortica"),
        ("roblox: Cucciolo_2012", "Cucciolo_2012"),
        ("kick: rana_live", "rana_live"),
        ("streamo su kick come Nando_TV", "Nando_TV"),
        ("steam id: falchetto_9", "falchetto_9"),
        ("lol name Zanzara_88", "Zanzara_88"),
        ("faceit lince_07", "lince_07"),
        ("lichess: alfiere_nero", "alfiere_nero"),
    ],
)
def test_player_id_after_platform(text: str, value: str) -> None:
    assert value in _found(text, "HANDLE")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("switch friend code SW-4821-0937-5512", "SW-4821-0937-5512"),
        ("my code is SW-1100-2233-4455, add me", "SW-1100-2233-4455"),
        ("friend code 3391-2284-7710 (3ds)", "3391-2284-7710"),
        ("codice amico: 5512-0937-4821", "5512-0937-4821"),
    ],
)
def test_nintendo_friend_code(text: str, value: str) -> None:
    assert value in _found(text, "HANDLE")


# 2. an id then its app, an id beside a name, lists and lines of user names
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my friend Tom Reed (tomreed88 on steam) saw it too", "tomreed88"),
        ("chiedi a Marta, lei è martina_gm su discord", "martina_gm"),
        ("her brother is KaiWolf_9 on twitch", "KaiWolf_9"),
        ("la mia amica Wen Li (wenli_cooks) viene anche lei", "wenli_cooks"),
        ("my cousin Ivo Berti (@ivob.art) draws too", "@ivob.art"),
        ("Sam Ortiz (samortiz) will join", "samortiz"),
        ("2) Rosa Neri - rosa_neri.art", "rosa_neri.art"),
        ("Gianni Fusco: gfusco_92", "gfusco_92"),
        ("tizio_88, caio.b, sempronio_x", "tizio_88"),
        ("tizio_88, caio.b, sempronio_x", "caio.b"),
        ("tizio_88, caio.b, sempronio_x", "sempronio_x"),
        ("- orso_bruno\n- lepre.veloce\n- gatto_9", "gatto_9"),
        ("mirko_dj92", "mirko_dj92"),
        ("il nick?\nFalcoPeregrino_7", "FalcoPeregrino_7"),
    ],
)
def test_id_beside_app_name_or_list(text: str, value: str) -> None:
    assert value in _found(text, "HANDLE")


# 3. a bare personal domain named after a person
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("il portfolio è su ottavioferretti.com", "ottavioferretti.com"),
        ("guarda giuliaferretti.photography", "giuliaferretti.photography"),
        ("site www.elenabianchi.it", "www.elenabianchi.it"),
        ("3) Tunde Bakare - site tundebakare.me", "tundebakare.me"),
        ("Priya Raman sells prints on priyaraman.art", "priyaraman.art"),
    ],
)
def test_bare_personal_domain(text: str, value: str) -> None:
    assert value in _found(text, "URL")


# 4. look-alikes that stay
@pytest.mark.parametrize(
    "text",
    [
        "an epic fail lol",
        "the steam room is booked at 18:00",
        "kick off alle 21, lol",
        "riot in the city centre, avoid it",
        "league match tonight on sky",
        "origin of the beans: Ethiopia",
        "ordine#12345 spedito",
        "ticket#88213 aperto",
        "issue#4521 fixed on github",
        "prenotazione GMX-0412-07 confermata",
        "ordine_22, ref_b7",
        "file_2.pdf, foto_3.jpg",
        "iphone15 on ebay costs too much",
        "Mario Rossi (p.iva 01234567890)",
        "Luca Neri (ordine_2231) ha pagato",
        "vendo la ps5 su vinted",
        "ci vediamo alle 21.30",
        "v1.2, v1.3",
        "compra su amazon.com o su ferrari.it",
        "il sito è arenagamingclub.it",
        "seguici su instagram, siamo su steam anche",
        "IBAN IT60X0542811101000000123456",
        "tel 3391-2284-77",
        "Orario: lun.ven 9-13",
        "Note: vedi.allegato",
        "Mario.Rossi",
        "grazie mille, a domani",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert _found(text, "HANDLE", "URL") == []
