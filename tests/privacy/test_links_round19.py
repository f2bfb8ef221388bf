"""Links, round 19 (whole classes, invented examples):

1. a personal domain without a first-person cue: a first name glued to a word no list knows,
   or a domain introduced by a role or a relative, after "link:"/"sito:", in brackets;
2. a member's id on a platform (user/member/contrib/wishlist/freelancer pages, id query keys),
   meeting rooms with their number or code;
3. a name in the path of a freelancers', scholars' or wedding site, a short link naming someone;
4. English spelled-out links ("dot com slash ...");
5. a link cut at a message's end and continued in the next message;
6. the look-alikes that stay: the business's own shop on a marketplace, public sites, order
   pages, generic short links and meeting help pages.

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


def _covered(text: str, part: str) -> bool:
    start = text.index(part)
    spans = [(d_start, d_start + len(d)) for d in _found(text) for d_start in [text.find(d)]]
    return any(a <= start and start + len(part) <= b for a, b in spans)


# 1. personal domains without "my site"
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("https://www.rowenaquillfeather.com", "rowenaquillfeather"),
        ("guardate ornellabrivanti.net per le foto", "ornellabrivanti"),
        ("my sister's site: tobiasgrendwick.com", "tobiasgrendwick"),
        ("fotografa: studiofotoseverinacalvi.it", "studiofotoseverinacalvi"),
        ("www.zioteodoro-vini.it lo gestisce mio zio", "zioteodoro-vini"),
        ("(link: ottavio-brunelli.it)", "ottavio-brunelli"),
        ("[link: www.lauretta-conti.eu]", "lauretta-conti"),
        ("sito: trattoriadaottavio-casa.it (è di mio cugino)", "trattoriadaottavio-casa"),
        ("il mio nuovo dominio è severinaprati.studio", "severinaprati"),
        ("our friend's portfolio, tobiasgrendwick.design", "tobiasgrendwick"),
    ],
)
def test_personal_domains(text: str, part: str) -> None:
    assert _covered(text, part), (text, _found(text))


# 2. members' ids and meeting rooms
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("https://www.example-hotels.com/reviews/en/user/9c1d4e7a.html", "9c1d4e7a"),
        ("https://www.google.com/maps/contrib/117733445566778899001", "117733445566778899001"),
        ("la lista: https://www.amazon.de/hz/wishlist/ls/2XQ7PL4M9KZ1", "2XQ7PL4M9KZ1"),
        ("https://www.upwork.com/freelancers/~0177aa88bb99cc", "0177aa88bb99cc"),
        ("https://forum.example.org/members/77312", "77312"),
        ("https://www.example-reviews.com/user_details?userid=Qw8Er7Ty6", "Qw8Er7Ty6"),
        ("https://www.example.net/posts?author=rosalind-okafor", "rosalind-okafor"),
        ("join https://company.zoom.us/j/93456781234?pwd=Zx81Ab", "93456781234"),
        ("call: https://meet.google.com/qrt-vwxy-zab", "qrt-vwxy-zab"),
        ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nzk4", "19%3ameeting_Nzk4"),
    ],
)
def test_member_ids(text: str, part: str) -> None:
    assert _covered(text, part), (text, _found(text))


# 3. a name in the path of a platform, short links
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("our registry: zola.com/registry/ellieandfinn2028", "ellieandfinn2028"),
        ("withjoy.com/marta-e-loris per il matrimonio", "marta-e-loris"),
        ("fiverr.com/ottobrenner lavora con me", "ottobrenner"),
        ("my page: polimi.academia.edu/SeverinoGalli", "SeverinoGalli"),
        ("https://bit.ly/ottavio-portfolio-2027", "ottavio-portfolio-2027"),
        ("tinyurl.com/scattiseverinocalvi", "scattiseverinocalvi"),
    ],
)
def test_names_in_platform_paths(text: str, part: str) -> None:
    assert _covered(text, part), (text, _found(text))


# 4. English spelled-out links
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("find me at instagram dot com slash rowena.quill", "rowena.quill"),
        ("my website is tobiasgrendwick dot com", "tobiasgrendwick"),
        ("il mio profilo: instagram punto com barra severina_calvi", "severina_calvi"),
    ],
)
def test_spelled_links(text: str, part: str) -> None:
    assert _covered(text, part), (text, _found(text))


# 6. look-alikes
@pytest.mark.parametrize(
    "text",
    [
        "il nostro negozio etsy.com/shop/CasaVerde è aperto",
        "link del negozio etsy.com/shop/casa-verde giusto?",
        "ho letto su medium.com/tag/ceramics",
        "guardate bit.ly/saldi-estate per le offerte",
        "https://www.amazon.it/gp/css/order-history",
        "https://www.booking.com/reviews/it/hotel/roma.html",
        "https://support.zoom.us/hc/en-us/articles/201362193",
        "controlla www.poste.it/cerca/index.html",
        "sito: www.casaverde.it",
        "il sito del comune: www.comune.example.it",
        "https://www.example-shop.com/products?id=4471",
        "https://www.example.org/2027/05/news",
        "fotografo: www.fotografiaitaliana.it",
        "il link è www.ikea.com/it",
        "ho seguito il tutorial su medium.com",
        "I followed the guide on wikipedia.org",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert _found(text, "URL") == [], (text, _found(text, "URL"))


# 5. a link cut between two messages
START = datetime(2027, 6, 3, 9, 0, tzinfo=timezone(timedelta(hours=2)))


def _message(index: int, role: str, text: str) -> Message:
    customer = role == "customer"
    return Message(
        message_id=f"m_{index}",
        conversation_id="t_19",
        platform="instagram",
        page_id="104857600000019",
        sender_id="7000000000000019" if customer else "104857600000019",
        sender_name="Clio Varesi" if customer else None,
        sender_role=role,  # type: ignore[arg-type]
        recipient_id="104857600000019" if customer else "7000000000000019",
        recipient_name=None if customer else "Clio Varesi",
        created_time=START + timedelta(minutes=index),
        text=text,
    )


@pytest.mark.parametrize(
    ("first", "second", "gone", "kept"),
    [
        ("il link è instagram.com/", "ottavia_brenna88 (continua)", "brenna88", "continua"),
        ("my page is https://www.tiktok.com/", "@rowena.quill thanks", "quill", "thanks"),
        ("guardate www.casaverde.it/", "prodotti, grazie", "", "prodotti"),
        ("è lei https://www.instagram.com/ottavia.brenna/", "Grazie mille", "", "Grazie"),
    ],
)
def test_link_cut_between_messages(
    engine: AnonymisationEngine, first: str, second: str, gone: str, kept: str
) -> None:
    out = engine.anonymise_conversation(
        [
            _message(1, "agent", "Ciao! Come possiamo aiutarti?"),
            _message(2, "customer", first),
            _message(3, "customer", second),
        ]
    )[2].text
    assert not gone or gone not in out, out
    assert kept in out, out
