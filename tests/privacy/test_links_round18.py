"""Handles, links and e-mails, round 18 (whole classes, invented examples):

1. handles without their "@" after a verb of tagging, following, adding or finding, alone or
   in a list, in English and Italian, in brackets ("tag pia.corre and ugo_b", "vi taggo,
   x e y", "seguiteci (x e y)");
2. a name found inside a token joined by dots or underscores ("nando.ferri.run") is the whole
   token, a handle: never "<PERSON>.<PERSON>.run";
3. a personal www site: a couple's names glued ("lucyandtobias2027"), someone's site named by
   "her"/"his" ("her portfolio is www...");
4. an obfuscated mailbox whose own part is a first name that is also a word ("will at ...
   dot co dot uk", "may at ... dot com");
5. the look-alikes that stay: files, versions, abbreviations, times, prices, shops' domains,
   business handles and sites, prose with "will at"/"may at".

Every value is invented."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.models import Message
from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_links_round15 import _found as found_links

OWN = frozenset({"casaverde", "pizzeriadamario"})


def _found(text: str, *types: str) -> list[str]:
    return found_links(text, *types, own=OWN)


# 1. handles after a verb of tagging, following, adding, finding
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("great ride! tag pia.corre and ugo_b please", ["pia.corre", "ugo_b"]),
        (
            "you can tag him at dario.on.wheels and me fede.pedala",
            ["dario.on.wheels", "fede.pedala"],
        ),
        ("tag us, rocco.and.lina", ["rocco.and.lina"]),
        ("vi taggo nelle storie, mirtilla_ e gino.va.in.bici", ["mirtilla_", "gino.va.in.bici"]),
        (
            "taggatemi pure, bruna_dei_boschi e il gatto ciccio.il.rosso",
            ["bruna_dei_boschi", "ciccio.il.rosso"],
        ),
        ("ti taggo: olmo.scala", ["olmo.scala"]),
        ("seguiteci (pane.e.lievito e nonna_ada_cucina)", ["pane.e.lievito", "nonna_ada_cucina"]),
        ("follow me, teo.climbs.alps 🧗", ["teo.climbs.alps"]),
        ("mi trovate come lia.dipinge", ["lia.dipinge"]),
        ("aggiungimi, sono zeno_runs", ["zeno_runs"]),
        ("add me: kaia.surfs", ["kaia.surfs"]),
        ("my ig is moss.and.fern and my sister's is ivy_grows", ["moss.and.fern", "ivy_grows"]),
        ("photo by ettore.scatta, thanks!", ["ettore.scatta"]),
        ("shoutout to gemma.bakes and rufus_the_dog", ["gemma.bakes", "rufus_the_dog"]),
    ],
)
def test_handles_after_tag_follow_add_find(text: str, values: list[str]) -> None:
    found = _found(text, "HANDLE")
    for value in values:
        assert value in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "tag us, the menu is in menu.pdf and foto.jpg",
        "follow the update to v2.3.1 please",
        "tag me p.s. ecc. a.s.a.p. e.g. also",
        "seguiteci alle 18.30, costa 12.50",
        "taggate pizzeria.da.mario nelle storie",
        "lo trovi su amazon.it o su ebay.com",
        "find me at the bar",
        "tag me. anna.bianchi wrote the review",
        "follow me on www.example-band.com",
    ],
)
def test_tag_look_alikes_stay(text: str) -> None:
    assert _found(text, "HANDLE") == [], text


# 4. obfuscated mailboxes of a first name that is also a word
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("copy my wife pls: may at example dot co dot uk. thanks", "may at example dot co dot uk"),
        ("her address is june at bigmail dot com dot au", "june at bigmail dot com dot au"),
        ("mettete in copia mark at esempio punto co punto uk", "mark at esempio punto co punto uk"),
        ("ed at example [dot] com [dot] au", "ed at example [dot] com [dot] au"),
        ("scrivi a bill at gmail dot com", "bill at gmail dot com"),
    ],
)
def test_mailbox_of_a_name_that_is_a_word(text: str, value: str) -> None:
    assert value in _found(text, "EMAIL_ADDRESS"), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "we will at gmail dot com",
        "you may at any time cancel",
        "it will at least arrive by friday",
        "and may at first look odd",
    ],
)
def test_prose_will_may_at_stays(text: str) -> None:
    assert _found(text, "EMAIL_ADDRESS") == [], text


# 3. personal www sites
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the password for www.lucyandtobias2027.com is fig88", "www.lucyandtobias2027.com"),
        ("vedi www.giadaedaniele-sposi.it per i dettagli", "www.giadaedaniele-sposi.it"),
        (
            "our wedding website: https://www.ninaandoscar.example.com",
            "https://www.ninaandoscar.example.com",
        ),
        ("Her portfolio is www.wrenhollis.design if you need one", "www.wrenhollis.design"),
        ("his blog is www.quietmiles.example.net", "www.quietmiles.example.net"),
    ],
)
def test_personal_sites(text: str, value: str) -> None:
    assert value in _found(text, "URL"), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ordinate su www.pastaebasta.example.it",
        "prenota su www.bedandbreakfast.example.com",
        "www.rockandroll.example.it ha i biglietti",
        "il suo sito www.casaverde.it è chiaro",
        "their website www.fornitore-esempio.com is down",
        "www.casaverde.it",
    ],
)
def test_business_sites_stay(text: str) -> None:
    assert _found(text, "URL") == [], text


# 2. a name glued in a handle, through the whole conversation engine
START = datetime(2027, 5, 2, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def _message(index: int, role: str, text: str) -> Message:
    customer = role == "customer"
    return Message(
        message_id=f"m_{index}",
        conversation_id="t_18",
        platform="instagram",
        page_id="104857600000018",
        sender_id="7000000000000018" if customer else "104857600000018",
        sender_name="Brina Castaldi" if customer else None,
        sender_role=role,  # type: ignore[arg-type]
        recipient_id="104857600000018" if customer else "7000000000000018",
        recipient_name=None if customer else "Brina Castaldi",
        created_time=START + timedelta(minutes=index),
        text=text,
    )


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("la pagina del cane è brina.e.pepe.dog, ciao", "brina.e.pepe.dog"),
        ("il profilo di mio fratello è nando.ferri.run", "nando.ferri.run"),
        ("scrivete a castaldi.brina per le foto", "castaldi.brina"),
        ("io sono brina_ su tutto", "brina_"),
    ],
)
def test_name_inside_a_handle_is_the_whole_handle(
    engine: AnonymisationEngine, text: str, gone: str
) -> None:
    out = engine.anonymise_conversation(
        [_message(1, "agent", "Ciao! Come possiamo aiutarti?"), _message(2, "customer", text)]
    )[1].text
    assert gone not in out, out
    assert ".<" not in out and ">." not in out and ">_" not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("la foto è brina.jpg, ciao", ".jpg"),
        ("Grazie Brina.Come va?", "Come va"),
        ("il dott.Castaldi ha firmato", "dott."),
        ("taggate casa.verde nelle storie, Brina", "casa.verde"),
    ],
)
def test_glued_look_alikes_stay(engine: AnonymisationEngine, text: str, kept: str) -> None:
    out = engine.anonymise_conversation(
        [_message(1, "agent", "Ciao! Come possiamo aiutarti?"), _message(2, "customer", text)]
    )[1].text
    assert kept in out, out
