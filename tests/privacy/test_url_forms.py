"""Links that name or locate a person: payment links and channels named after their holder
(paypal.me, twitch, patreon...), a map link with a place's coordinates, and a site whose
domain is a first name and a surname ("giuliaverdi.it"); a business's pages stay. Every value
is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.structured import find_structured


def _urls(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_structured(text) if d.entity_type == "URL"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pagami qui paypal.me/ottaviabruni82 grazie", "paypal.me/ottaviabruni82"),
        ("send it to https://paypal.me/HQuist/25", "https://paypal.me/HQuist/25"),
        ("my stream https://www.twitch.tv/fennel_plays", "https://www.twitch.tv/fennel_plays"),
        ("https://www.patreon.com/lidiadraws", "https://www.patreon.com/lidiadraws"),
        (
            "casa mia: https://www.google.com/maps/place/45.4642,9.1900",
            "https://www.google.com/maps/place/45.4642,9.1900",
        ),
        ("il mio sito https://giuliaverdi.it", "https://giuliaverdi.it"),
        ("portfolio: www.chiarabianchi.com/works", "www.chiarabianchi.com/works"),
    ],
)
def test_personal_links_are_found(text: str, value: str) -> None:
    assert value in _urls(text), _urls(text)


@pytest.mark.parametrize(
    "text",
    [
        "trovate tutto su https://www.casaverde.it/contatti",
        "menu: https://www.pizzeriamario.it/menu",
        "https://www.bellavista-hotel.it/camere",
        "https://www.google.com/maps/place/Duomo+di+Milano",
    ],
)
def test_business_pages_stay(text: str) -> None:
    assert _urls(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a possessive cue earlier in the sentence makes the site someone's own, also a bare
        # domain (session 9)
        ("our website www.tavolanonnalia.it has the menu", "www.tavolanonnalia.it"),
        ("il mio sito, se le serve per i dati, www.studioquercia.it", "www.studioquercia.it"),
        ("il nostro sito è fornodellasquadra.it", "fornodellasquadra.it"),
        ("my portfolio lives at https://inkandfern.net/works", "https://inkandfern.net/works"),
        # a person's full name in the host, glued or joined, maybe beside a trade
        ("www.ottaviamancini-foto.it", "www.ottaviamancini-foto.it"),
        ("https://www.ottavia-mancini.com", "https://www.ottavia-mancini.com"),
        # a person's full name glued in the path of a gallery
        (
            "gallery: https://studiolux.pixieset.com/annaferri-tommasobassi-2025",
            "https://studiolux.pixieset.com/annaferri-tommasobassi-2025",
        ),
    ],
)
def test_own_sites_and_named_links(text: str, value: str) -> None:
    assert value in _urls(text), _urls(text)


@pytest.mark.parametrize(
    "text",
    [
        # public and business pages without a possessive or a name stay
        "check www.marcopolo-viaggi.it for tours",
        "the courier's site www.brt.it/tracking",
        "il sito del comune www.comune.valbella.it",
        "https://www.amazon.it/dp/B0ABCDE123",
    ],
)
def test_public_links_without_a_name_or_possessive_stay(text: str) -> None:
    assert _urls(text) == [], _urls(text)


def test_our_site_on_the_business_domain_stays() -> None:
    text = "il nostro sito è casaverde-shop.it"
    found = [d for d in find_structured(text, frozenset({"casaverde"})) if d.entity_type == "URL"]
    assert found == []
