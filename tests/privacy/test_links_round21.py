"""Links, round 21 (session 13): the sites no list knows (``_unknown_sites``).

The earlier rounds look for a person's name inside a link and miss the names their lists do not
hold. This round keeps a link only when its host is known not to be a person's, and takes the
others:

1. a host holding a first name or a surname that is no word, glued to anything ("rob" +
   "fairweather"), also as a sub-domain of an unknown host, with or without scheme, "www" or path;
2. a host the sentence calls someone's ("my", "her", "CV", "portfolio", "rate card"): then a
   surname that is also a word counts as a name ("poppy" + "mills");
3. the look-alikes that stay: the business's own site, public sites and brands, an institution's
   sub-domain, a shop named after its owner ("pizzeria" + a name), names glued from everyday
   words and places, one unknown piece beside a word, files and abbreviations.

Every value is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.structured import _known_site_label, _site_labels
from tests.privacy.test_links_round15 import _found as found_links

OWN = frozenset({"bottegatest", "casaverde"})


def _urls(text: str) -> list[str]:
    return found_links(text, "URL", own=OWN)


# 1. a name no list knows glued in the host
@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "CV here: https://tobyquennell.example.org/cv.pdf",
            "https://tobyquennell.example.org/cv.pdf",
        ),
        ("il portfolio di mia figlia: www.nadiaszklar.example.eu", "www.nadiaszklar.example.eu"),
        (
            "see https://www.bartholdkemp.example.net/work, thanks",
            "https://www.bartholdkemp.example.net/work",
        ),
        (
            "ecco il link https://ilariamontagnoli.example.it/",
            "https://ilariamontagnoli.example.it/",
        ),
        ("her bakery blog is graceokafor-bakes.example.com", "graceokafor-bakes.example.com"),
        ("trovi tutto su www.tessdrummond.co.uk", "www.tessdrummond.co.uk"),
        (
            "Link: HTTPS://WWW.KWABENAOWUSU.EXAMPLE.COM/ABOUT",
            "HTTPS://WWW.KWABENAOWUSU.EXAMPLE.COM/ABOUT",
        ),
    ],
)
def test_a_name_in_an_unknown_host_is_personal(text: str, link: str) -> None:
    assert link in _urls(text)


# 2. a link the sentence calls someone's: a surname that is a word counts
@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("My media kit is on www.lilybarker.example.co.uk/kit", "www.lilybarker.example.co.uk/kit"),
        ("il mio blog: www.ivyfletcher.example.com", "www.ivyfletcher.example.com"),
        ("rate card: https://daisywoods.example.net/rates", "https://daisywoods.example.net/rates"),
    ],
)
def test_a_link_called_someones_is_judged_strictly(text: str, link: str) -> None:
    assert link in _urls(text)


# 3. look-alikes that stay
@pytest.mark.parametrize(
    "text",
    [
        "il catalogo è su www.bottegatest.it/catalogo",
        "the returns page https://casaverde.example.it/resi",
        "ho controllato su www.giallozafferano.it/ricette",
        "il tracking è su www.gls-italy.com, codice 88123",
        "scrivete a www.garanteprivacy.it per i reclami",
        "il sito del comune https://www.comune.montevalle.it/tributi",
        "menu: https://www.pizzeriadaluigi.example.it/menu",
        "ordinate da www.ferramenta-moretti.example.it",
        "the range: https://www.example-tyres.com/winter",
        "prenota su www.vanlifedolomiti.example.it/booking",
        "guarda su wikipedia.org, c'è scritto",
        "l'app si scarica da play.google.com",
        "il file è preventivo.pdf, la foto foto.jpg",
        "finito.Ci vediamo domani",
        "ho pagato con paypal.com ieri",
        # institutions: a public body's ending, a sub-domain or a name opening with their word
        "il bonus si chiede su www.mimit.gov.it",
        "the school's page www.oakfieldprimary.example.sch.uk",
        "prenotate su www.aslvalcerca2.it/cup",
        "gli orari su www.parrocchiasantamarta-borgonuovo.it",
        # an acronym opening or closing everyday words
        "the recipe is on www.bbcgoodfood.com/recipes/scones",
        "la spedizione su gls-group.com/it/tracking",
        # an English plural
        "tickets on https://tickets.example.com/concert-2026",
    ],
)
def test_known_and_business_sites_stay(text: str) -> None:
    assert _urls(text) == []


def test_an_e_mail_is_no_site() -> None:
    found = found_links("scrivimi a tobyquennell@example.org", own=OWN)
    assert found == ["tobyquennell@example.org"]


@pytest.mark.parametrize(
    ("host", "labels"),
    [
        ("www.lilybarker.example.co.uk", ["lilybarker", "example"]),
        ("shop.example.com.au", ["shop", "example"]),
        ("m.example.it", ["example"]),
    ],
)
def test_a_host_loses_www_and_its_public_ending(host: str, labels: list[str]) -> None:
    assert _site_labels(host) == labels


@pytest.mark.parametrize(
    ("label", "strict", "known"),
    [
        ("garanteprivacy", False, True),
        ("giallozafferano", False, True),
        ("fratellirossi", False, True),
        # a first name glued: never known
        ("robfairweather", False, False),
        # a first name that is also a word, glued to words: only when called someone's
        ("rosapetals", False, True),
        ("rosapetals", True, False),
        # a surname that is a word: known unless the sentence calls the link someone's
        ("lilybarker", False, False),
        ("bakerhouse", False, True),
        ("bakerhouse", True, False),
        # a surname that is no word
        ("teamokonkwo", False, False),
        ("brt", False, True),
    ],
)
def test_which_labels_are_known(label: str, strict: bool, known: bool) -> None:
    assert _known_site_label(label, strict) is known


# a name the message writes, "by"/"di" + a first name, a mixed-case bare domain
@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("la fotografa è Ngozi, ngozieze-studio.com", "ngozieze-studio.com"),
        ("the stylist: www.hairbygiulia.example.com", "www.hairbygiulia.example.com"),
        ("le foto: www.fotodiclaudio.example.it", "www.fotodiclaudio.example.it"),
        ("the make-up artist: NailsByRoberta.com", "NailsByRoberta.com"),
    ],
)
def test_names_written_beside_or_after_by_are_personal(text: str, link: str) -> None:
    assert link in _urls(text)


# a town inside a link is part of the link, no place of its own
@pytest.mark.parametrize(
    "text",
    [
        "il meteo su https://www.3bmeteo.com/meteo/pescara",
        "la farmacia di turno: www.farmaciacentrale-cremona.it",
        "il programma su www.teatrocomunale-ravenna.it/stagione",
    ],
)
def test_a_town_inside_a_link_is_no_place(text: str) -> None:
    from benchmarks.blind_corpora import convmon_engine

    engine = convmon_engine(["Bottega Test"])
    found = engine.detector.detect([text])[0].detections
    assert [text[d.start : d.end] for d in found] == []
