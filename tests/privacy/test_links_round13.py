"""Links, handles and obfuscated e-mails, round 13 (stress list of invented chat forms):

1. a personal site whose host or path holds a handle written in the same message (dots,
   underscores, hyphens dropped, a word added), link-in-bio services and personal blogs;
2. home and self-hosted servers: dynamic-DNS hosts, a host with a port, an IP with a port or a
   path, a local name with a scheme;
3. obfuscated e-mails with bracketed separators and any TLD, spelled ones with the longer TLDs;
4. handles in every way chats write them, against the look-alikes that must stay (prices and
   times with "@", hashtags, the business's own handle and site, prose).

Every value is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.structured import find_structured

OWN = frozenset({"pizzeriadamario", "ortobellohub"})


def _found(text: str, entity_type: str | None = None) -> list[str]:
    return [
        text[d.start : d.end]
        for d in find_structured(text, OWN)
        if entity_type is None or d.entity_type == entity_type
    ]


# 1. personal sites named by a handle of the same message, link-in-bio and blog hosts
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "il mio media kit: giadaincucina.example.it/mediakit e ig @giada.in.cucina",
            "giadaincucina.example.it/mediakit",
        ),
        ("portfolio https://kenjiphoto.example.com and insta @kenji.photo", "kenjiphoto"),
        ("trovi tutto su www.lucaverdi-wonen.example.be, ig @luca.wonen", "lucaverdi-wonen"),
        ("media kit https://sambikes.example.com/kit, youtube.com/@sambikes", "sambikes.example"),
        ("instagram.com/marta.scatta e il sito martascatta.example.it", "martascatta.example.it"),
        ("tiktok.com/@dario_cooks e dariocooks-studio.example.com/about", "dariocooks-studio"),
        ("(@nora.bakes) rates on norabakes-studio.example.net", "norabakes-studio"),
        ("ig: rocco_surf, prezzi su www.roccosurf-lessons.example.com", "roccosurf-lessons"),
        ("sono @la.casa.di.ines, il blog è casadiines.example.org", "casadiines.example.org"),
        ("the press page example.com/press/petra.runs and @petra.runs", "example.com/press"),
        ("www.studio-ottoboni.example.it/team — ig @ottoboni.studio", "ottoboni"),
        ("linktr.ee/vale.viaggia e il sito valeviaggia.example.it/collab", "valeviaggia"),
        ("my blog https://wanderwithpia.blogspot.com", "wanderwithpia.blogspot.com"),
        ("leggi pietrocammina.wordpress.com", "pietrocammina.wordpress.com"),
        ("newsletter: https://elenascrive.substack.com", "elenascrive.substack.com"),
        ("cv su https://mrossi.github.io/cv", "mrossi.github.io/cv"),
        ("portfolio kiradesign.netlify.app", "kiradesign.netlify.app"),
        ("demo ale-folio.vercel.app", "ale-folio.vercel.app"),
        ("my carrd: https://ninaart.carrd.co", "ninaart.carrd.co"),
        ("il mio sito gratuito lucabici.altervista.org", "lucabici.altervista.org"),
        ("foto su https://tessa-shoots.pixieset.com/weddings", "tessa-shoots.pixieset.com"),
        ("my music: dunewaves.bandcamp.com/album/first", "dunewaves.bandcamp.com"),
        ("tutti i link: beacons.ai/giorgiaviaggia", "beacons.ai/giorgiaviaggia"),
        ("link in bio: bio.link/tomruns", "bio.link/tomruns"),
        ("lnk.bio/ciccio.pesca", "lnk.bio/ciccio.pesca"),
        ("all my links https://allmylinks.com/kaya", "allmylinks.com/kaya"),
        ("taplink.cc/mariagrazia.nails", "taplink.cc/mariagrazia.nails"),
        ("shop: stan.store/fitwithbea", "stan.store/fitwithbea"),
        ("about me: https://about.me/federica.l", "about.me/federica.l"),
        ("medium.com/@ugo.writes", "medium.com/@ugo.writes"),
        ("prenota una call calendly.com/annaferri-coach", "calendly.com/annaferri-coach"),
        ("raccolta fondi gofundme.com/f/aiutiamo-lorenzo", "gofundme.com/f/aiutiamo-lorenzo"),
        ("la mia pagina sites.google.com/view/prof-lodi", "sites.google.com/view/prof-lodi"),
        ("rimborsami su revolut.me/ivanat", "revolut.me/ivanat"),
    ],
)
def test_personal_sites_are_found(text: str, value: str) -> None:
    assert any(value in found for found in _found(text, "URL")), _found(text)


# 2. home and self-hosted servers
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("il server di casa è http://nas-rossi.ddns.net:5001", "http://nas-rossi.ddns.net:5001"),
        ("entra su myhome.duckdns.org per vedere le cam", "myhome.duckdns.org"),
        ("the NAS is at https://kevhome.synology.me:5001/", "https://kevhome.synology.me:5001/"),
        ("camere su http://famigliaverdi.myfritz.net:8080", "famigliaverdi.myfritz.net:8080"),
        ("vedi casaluigi.hopto.org", "casaluigi.hopto.org"),
        ("cam: http://villasole.zapto.org:81/live", "villasole.zapto.org:81/live"),
        ("the box is jdm-home.dyndns.org", "jdm-home.dyndns.org"),
        (
            "indirizzo nuovo: gianni-casa.ddns.example.net:8080.",
            "gianni-casa.ddns.example.net:8080",
        ),
        ("http://maxnas.myds.me:5000", "http://maxnas.myds.me:5000"),
        ("https://tinahome.freeboxos.fr:8443", "https://tinahome.freeboxos.fr:8443"),
        ("collegati a cam-garage.no-ip.org", "cam-garage.no-ip.org"),
        ("my tailnet box pi.tail1234.ts.net", "pi.tail1234.ts.net"),
        ("home assistant: https://x7k2q9.ui.nabu.casa", "x7k2q9.ui.nabu.casa"),
        ("my plex is plex.jdoe-home.net:32400", "plex.jdoe-home.net:32400"),
        ("the shop's old test box http://fotoalba.example.it:8081/", "fotoalba.example.it:8081"),
        ("prova 192.168.1.44:8123 dal telefono", "192.168.1.44:8123"),
        ("apri http://10.0.0.12/admin", "http://10.0.0.12/admin"),
        ("router: 172.16.4.1:8443", "172.16.4.1:8443"),
        ("dashboard at http://homeassistant.local:8123", "homeassistant.local:8123"),
        ("stampante su http://printer.lan/setup", "http://printer.lan/setup"),
        ("the server is 93.51.20.7:25565", "93.51.20.7:25565"),
    ],
)
def test_home_servers_are_found(text: str, value: str) -> None:
    assert any(value in found for found in _found(text, "URL")), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ci vediamo alle 10:30",
        "il rapporto è 3.5:1",
        "ore 9.30:10 minuti di attesa",
        "il sito www.pizzeriadamario.it è aggiornato",
        "menu su http://www.pizzeriadamario.it:8080/menu",
        "la ricetta è su www.giallozafferano.it/ricetta/carbonara",
        "prenota su www.booking.com",
        "guarda www.wikipedia.org/wiki/Matera",
        "versione 2.4.1 installata",
        "the file is report.pdf",
        "prezzo 12.50, ritiro alle 18:00",
    ],
)
def test_public_pages_times_and_versions_stay(text: str) -> None:
    assert not _found(text, "URL"), _found(text)


# 3. obfuscated e-mails
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("manda a anna [at] studioverdi [dot] example", "anna [at] studioverdi [dot] example"),
        ("scrivimi: piero(at)ferri(dot)test", "piero(at)ferri(dot)test"),
        ("marco {at} officina {dot} photography", "marco {at} officina {dot} photography"),
        ("kev [ at ] kmail [ dot ] invalid", "kev [ at ] kmail [ dot ] invalid"),
        ("dan [at] brewlab [dot] beer", "dan [at] brewlab [dot] beer"),
        ("ref: olga (at) velotour (dot) bike", "olga (at) velotour (dot) bike"),
        ("mail lisa [chiocciola] gmail [punto] com", "lisa [chiocciola] gmail [punto] com"),
        ("joe (snail) homemail (dot) net", "joe (snail) homemail (dot) net"),
        ("tom [at] harbour-cycles [dot] co [dot] uk", "tom [at] harbour-cycles [dot] co [dot] uk"),
        ("ivo.r [at] host [dot] localhost", "ivo.r [at] host [dot] localhost"),
        ("lia at bottega dot studio", "lia at bottega dot studio"),
        ("contatto: gio at fotolab dot photography", "gio at fotolab dot photography"),
        ("nadia chiocciola yogacasa punto yoga", "nadia chiocciola yogacasa punto yoga"),
        ("giulia chiocciola libero punto it", "giulia chiocciola libero punto it"),
        ("ben at quietpress dot example", "ben at quietpress dot example"),
        ("rita {at} mailbox {.} test", "rita {at} mailbox {.} test"),
    ],
)
def test_obfuscated_emails_are_found(text: str, value: str) -> None:
    assert value in _found(text, "EMAIL_ADDRESS"), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ci vediamo at the station dot",
        "siamo arrivati at home. dot è il cane",
        "kids at 5,one adult at 10",
        "we stayed at villa rosa. one night only",
        "meet at the bar. love it",
        "look at this dot com bubble",
        "my handle is @chioma.films. we're driving down",
        "seguimi su ig @giada.in.cucina",
        "price 2 @ 5€ each",
    ],
)
def test_prose_and_handles_are_no_emails(text: str) -> None:
    assert not _found(text, "EMAIL_ADDRESS"), _found(text)


# 4. handles
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seguimi su ig: giuliapedala", "giuliapedala"),
        ("insta: marco_ferri", "marco_ferri"),
        ("su insta sono lucia.bakes", "lucia.bakes"),
        ("tiktok: danzadilia", "danzadilia"),
        ("instagram = torrebici", "torrebici"),
        ("my handle is kira.draws", "kira.draws"),
        ("my handle is @chioma.films. we're driving", "@chioma.films"),
        ("her insta is maya_runs", "maya_runs"),
        ("il mio profilo ig è cate.viaggia", "cate.viaggia"),
        ("my username: wolfie88", "wolfie88"),
        ("follow sam.climbs on instagram", "sam.climbs"),
        ("follow me kayakjen on tiktok", "kayakjen"),
        ("sono pietro_pesca su ig", "pietro_pesca"),
        ("i'm lola.paints on threads", "lola.paints"),
        ("su tiktok mi trovi come ballaconmarta", "ballaconmarta"),
        ("on twitch i'm gnocchigamer", "gnocchigamer"),
        ("cercami gio.trail su strava", "gio.trail"),
        ("@ anna.verdi è il mio profilo", "anna.verdi"),
        ("taggami @ luca_92 nella storia", "luca_92"),
        ("taggami (@marti.cucina)", "@marti.cucina"),
        ("su threads sono @giada.legge", "@giada.legge"),
        ("snap: kev_o99", "kev_o99"),
        ("il mio canale youtube @lorenzocucina", "@lorenzocucina"),
        ("x: @beppe_dice", "@beppe_dice"),
        ("twitch: ale_streams", "ale_streams"),
        ("insta kaia.moves", "kaia.moves"),
    ],
)
def test_handles_are_found(text: str, value: str) -> None:
    assert any(value in found for found in _found(text, "HANDLE")), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "2 @ 5€",
        "ci vediamo @ 10:30",
        "#pastafresca è il nostro hashtag",
        "seguiteci @pizzeriadamario",
        "seguiteci su ig: pizzeriadamario",
        "su insta sono nuova, ciao!",
        "sono io su ig",
        "i'm new on tiktok",
        "follow us on instagram",
        "my handle is the same",
        "scrivi a mario @ gmail.com",
        "ig: sì, l'ho visto",
        "tiktok: domani",
    ],
)
def test_handle_look_alikes_stay(text: str) -> None:
    assert not _found(text, "HANDLE"), _found(text)


# conversation-level: a handle or a participant's full name written in another message
@pytest.mark.parametrize(
    ("texts", "people", "value"),
    [
        (
            [
                "ciao! sono Tina, travel creator (@tina.wanders, 40k)",
                "ok, media kit?",
                "certo: https://tinawanders.example.com/kit",
            ],
            ["Tina Oduya", "Casa Verde"],
            "https://tinawanders.example.com/kit",
        ),
        (
            ["my insta is instagram.com/leo.paints", "the prices are on leopaints-art.example.net"],
            [],
            "leopaints-art.example.net",
        ),
        (
            ["buongiorno", "il nuovo indirizzo è http://gferrante-casa.example.net"],
            ["Giorgio Ferrante"],
            "http://gferrante-casa.example.net",
        ),
        (
            ["hello", "my site: www.noorhaddad.example.org/about"],
            ["Noor Haddad"],
            "www.noorhaddad.example.org/about",
        ),
        (
            ["hi! love your shop", "my blog is at emilyzhangtravels.example/about"],
            ["emily.zhang.travels"],
            "emilyzhangtravels.example/about",
        ),
    ],
)
def test_sites_named_elsewhere_in_the_conversation(
    texts: list[str], people: list[str], value: str
) -> None:
    from privacy.recognizers.structured import conversation_sites

    found = [find_structured(text, OWN) for text in texts]
    sites = conversation_sites(texts, found, people, OWN)
    values = [text[d.start : d.end] for text, ds in zip(texts, sites, strict=True) for d in ds]
    values += [text[d.start : d.end] for text, ds in zip(texts, found, strict=True) for d in ds]
    assert value in values, values


@pytest.mark.parametrize(
    ("texts", "people"),
    [
        (["sono Anna Rossi", "il menu è su www.pizzeriadamario.it/menu"], ["Anna Rossi"]),
        (["@anna.rossi", "prenota su www.booking.com"], ["Anna Rossi"]),
        (["ciao", "info su www.ortobellohub.example.it"], ["Ortobello Hub"]),
        (["grazie Luca", "trovi tutto su www.comune.example.it"], ["Luca Bassi"]),
    ],
)
def test_other_sites_of_the_conversation_stay(texts: list[str], people: list[str]) -> None:
    from privacy.recognizers.structured import conversation_sites

    found = [find_structured(text, OWN) for text in texts]
    assert not any(conversation_sites(texts, found, people, OWN))
