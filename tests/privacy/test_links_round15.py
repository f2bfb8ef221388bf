"""Handles and links, round 15 (whole classes, invented examples):

1. the user id of every chat app after its cue ("wechat id x", "viber: x", "my discord is x",
   "threema id ABCD1234", "u/x", "@x@server", "x.bsky.social"), and the cues of a user name
   ("il mio nick è x", "username: x", "mi trovi come x", "cercami come x", "add me on line: x");
2. a chat user name written without the "@" that no word can be (lower-case letters with "_"
   or ".", or letters then digits), after "sono" / "I'm" or in a sentence naming a chat app;
3. payment, booking and chat links of one person or account, on any sub-domain; links typed
   with spelled or spaced dots ("instagram punto com/x", "www . x . it");
4. the look-alikes that stay: order numbers, codes, files, models, passwords, times, prose,
   the business's own site and handle, a brand's site.

Every value is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.structured import find_structured

OWN = frozenset({"pizzeriadamario", "ortobellohub"})


def _found(text: str, *types: str, own: frozenset[str] = OWN) -> list[str]:
    """The texts of what ``find_structured`` finds (of ``types`` when given); shared by the
    later link rounds."""
    return [
        text[d.start : d.end]
        for d in find_structured(text, own)
        if not types or d.entity_type in types
    ]


# 1. chat apps' user ids and the cues of a user name
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("scrivimi su wechat, il mio id è taowen_77", "taowen_77"),
        ("wechat id: lifen1999", "lifen1999"),
        ("weixin: xiaobo_hu", "xiaobo_hu"),
        ("add me on LINE: haruto.s5", "haruto.s5"),
        ("my line id is mei_0923", "mei_0923"),
        ("kakaotalk id sooah88", "sooah88"),
        ("kakao: dohyun.lee", "dohyun.lee"),
        ("skype: live:.cid.77ab10", "live:.cid.77ab10"),
        ("il mio skype è piero.lago64", "piero.lago64"),
        ("discord: mothlamp#3310", "mothlamp"),
        ("my discord is ferncloud_", "ferncloud_"),
        ("snapchat: bea.sole", "bea.sole"),
        ("su signal sono ale.neri.03", "ale.neri.03"),
        ("signal username: ottavia.22", "ottavia.22"),
        ("threema id 5RTQ2MXC", "5RTQ2MXC"),
        ("viber: tomas_kral", "tomas_kral"),
        ("tiktok: danza.con.ele", "danza.con.ele"),
        ("twitch: lupo_gioca", "lupo_gioca"),
        ("steam: ghostpear71", "ghostpear71"),
        ("github: fbruno-dev", "fbruno-dev"),
        ("my github is nicov93", "nicov93"),
        ("reddit: u/slowcactus_41", "slowcactus_41"),
        ("find me on reddit as /u/risottomaster", "risottomaster"),
        ("mastodon: @ivo@toot.example.org", "ivo@toot.example.org"),
        ("bluesky: carlaremi.bsky.social", "carlaremi.bsky.social"),
        ("il mio nick è lince_grigia", "lince_grigia"),
        ("il mio nick è nuvolablu7", "nuvolablu7"),
        ("username: dora.k2", "dora.k2"),
        ("user: fabio_tt", "fabio_tt"),
        ("nickname orsobruno_5", "orsobruno_5"),
        ("mi trovi come irene.pedala", "irene.pedala"),
        ("cercami come guido_rema", "guido_rema"),
        ("my ig is ruth.paints", "ruth.paints"),
        ("add me on snap: molly_rae4", "molly_rae4"),
        ("add me on discord, bytemoth_3", "bytemoth_3"),
        ("il mio user è zeffirino", "zeffirino"),
    ],
)
def test_chat_ids_are_found(text: str, value: str) -> None:
    assert any(value in found for found in _found(text, "HANDLE", "EMAIL_ADDRESS"))


# 2. user names no word can be, after a self cue or in a sentence naming a chat app
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mi mandi il link anche su telegram? sono piero_lanza_4", "piero_lanza_4"),
        ("sono dino_pesca21 su telegram", "dino_pesca21"),
        ("I'm kay.r88 on insta", "kay.r88"),
        ("ciao sono vale_92", "vale_92"),
        ("hi, I'm samfowler_07 btw", "samfowler_07"),
        ("mi trovi su telegram: renzo.b61", "renzo.b61"),
        ("scrivimi su whatsapp o telegram, marti.neri85", "marti.neri85"),
        ("ti ho aggiunto su instagram, sono olga_fiori", "olga_fiori"),
        ("per la foto su discord cercate giorgia95", "giorgia95"),
    ],
)
def test_user_names_without_at_are_found(text: str, value: str) -> None:
    assert value in _found(text, "HANDLE")


# 3. payment, booking and chat links; links with spelled dots
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pagami qui https://pay.sumup.com/b2c/QZ4ANNABRUNI", "pay.sumup.com/b2c/QZ4ANNABRUNI"),
        ("sumup.me/bottegadilia", "sumup.me/bottegadilia"),
        ("bunq.me/femkejansen", "bunq.me/femkejansen"),
        ("tikkie.me/pay/Verhoef/x9Tq3Lp", "tikkie.me/pay/Verhoef/x9Tq3Lp"),
        ("https://buy.stripe.com/9aQ2dE7kL0pX", "buy.stripe.com/9aQ2dE7kL0pX"),
        ("checkout.stripe.com/c/pay/cs_live_z9Y8", "checkout.stripe.com/c/pay/cs_live_z9Y8"),
        ("wise.com/pay/me/elenac", "wise.com/pay/me/elenac"),
        ("account.venmo.com/u/Dana-Holt-3", "venmo.com/u/Dana-Holt-3"),
        ("tag.satispay.com/marcogatti", "tag.satispay.com/marcogatti"),
        ("tidycal.com/saraf/consulto", "tidycal.com/saraf/consulto"),
        ("zoom.us/my/dott.lanza", "zoom.us/my/dott.lanza"),
        ("ig.me/m/noemi.bakes", "ig.me/m/noemi.bakes"),
        ("gofund.me/7c2e9a1b", "gofund.me/7c2e9a1b"),
        ("it.linkedin.com/in/paola-ricci-9a1", "linkedin.com/in/paola-ricci-9a1"),
        ("instagram punto com/vetro.soffiato", "instagram punto com/vetro.soffiato"),
        ("instagram . com/vetro.soffiato", "vetro.soffiato"),
        ("il mio sito è www punto ginoferraro punto it", "ginoferraro"),
        ("portfolio: lia-draws dot netlify dot app", "lia-draws dot netlify dot app"),
    ],
)
def test_payment_booking_and_spelled_links_are_found(text: str, value: str) -> None:
    assert any(value in found for found in _found(text, "URL"))


def test_a_longer_host_is_not_a_listed_one() -> None:
    # "tidycal.com" is found whole, "netflix.com" is no "x.com"
    assert _found("tidycal.com/saraf/consulto", "URL") == ["tidycal.com/saraf/consulto"]
    assert _found("netflix.com/browse non va", "URL") == []


# 4. look-alikes that stay
@pytest.mark.parametrize(
    "text",
    [
        "il tuo ordine ord_2024_118 è partito",
        "il file preventivo_v2.pdf è allegato",
        "ho il modello rtx4090 e iphone15",
        "sono le 10:30, ci vediamo",
        "sono stanco oggi",
        "I'm fine thanks",
        "il codice sconto estate24 vale fino a domenica",
        "seguici su instagram @pizzeriadamario",
        "il nostro sito www.pizzeriadamario.it/menu",
        "su telegram trovi il canale ufficiale",
        "ho comprato un samsung a52 su amazon",
        "sono arrivato col volo fr1234 a milano",
        "my line of work is baking",
        "line 2 of the form",
        "la password wifi è casa_2024",
        "su discord ci sono 200 persone",
        "il mio id è 4471",
        "il nick del gioco è fortnite",
        "I'm using python3 and node18",
        "my steam deck arrived",
        "steam cleaning costs 40€",
        "signal lost again",
        "il mio user è admin",
        "il mio account è bloccato",
        "ti mando su whatsapp la foto dell'iphone15",
        "su telegram ti mando il codice ord_2024_118",
        "scrivimi su telegram per il file foto_1.jpg",
        "Thanks. It works now",
        "ci vediamo alle 10 . poi andiamo",
        "ho visto su www punto amazon punto it",
        "il sito è www punto pizzeriadamario punto it",
        "sono 3.5 kg",
        "sono v2.0 del modulo",
        "visita www.ikea.com/it/it/",
        "paga su www.pizzeriadamario.it/paga/ORD-3391",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert _found(text, "HANDLE", "URL") == []


@pytest.mark.parametrize(
    "text",
    [
        # the business's own profile and payment pages stay
        "seguici su instagram.com/pizzeriadamario",
        "il buono si paga qui: pay.sumup.com/b/damario20",
        "prenota su calendly.com/ortobellohub/visita",
    ],
)
def test_the_business_own_profile_and_payment_links_stay(text: str) -> None:
    assert _found(text, "URL") == []


def test_user_names_inside_an_email_are_the_email() -> None:
    text = "scrivimi su whatsapp o alla mail lino_greco @ gmail . com"
    assert _found(text, "HANDLE") == []
    assert _found(text, "EMAIL_ADDRESS") == ["lino_greco @ gmail . com"]


@pytest.mark.parametrize(
    "text",
    [
        "sent from my account GB99 WXYZ 1234 5678 9012 34",
        "paid from my account paypal.me/someone99",
        "saluti\np.iva 01234567890\nfacebook.com/pagina.ufficiale",
        "gentile sig.ra Neri, su whatsapp le mando il preventivo",
    ],
)
def test_ibans_links_and_abbreviations_are_no_user_names(text: str) -> None:
    assert all(
        value not in ("GB99", "paypal.me", "p.iva", "sig.ra") for value in _found(text, "HANDLE")
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("foto qui 1drv.ms/u/s!QwE7rT", "1drv.ms/u/s!QwE7rT"),
        ("mega.nz/file/Zx4cVb#n0te", "mega.nz/file/Zx4cVb#n0te"),
        ("https://app.box.com/s/p9o8i7u6", "app.box.com/s/p9o8i7u6"),
        ("xoomer.virgilio.it/rbassi", "xoomer.virgilio.it/rbassi"),
        ("il mio vecchio sito digilander.libero.it/pescatorelino", "digilander.libero.it"),
        ("sara-vasi.canva.site", "sara-vasi.canva.site"),
        ("dinosuona.tilda.ws", "dinosuona.tilda.ws"),
        ("elisafoto.site123.me", "elisafoto.site123.me"),
        ("pierobici.webador.it", "pierobici.webador.it"),
    ],
)
def test_file_shares_and_site_builders_are_found(text: str, value: str) -> None:
    assert any(value in found for found in _found(text, "URL"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sono nandopesca su wechat", "nandopesca"),
        ("su viber sono tinalupo", "tinalupo"),
        ("Telegram: GretaV93", "GretaV93"),
        ("my skype is Ugo.Verri.70", "Ugo.Verri.70"),
    ],
)
def test_chat_apps_in_the_handle_forms(text: str, value: str) -> None:
    assert value in _found(text, "HANDLE")


@pytest.mark.parametrize(
    "text",
    [
        "sono online su skype",
        "I am available on signal",
        "sono in ritardo su discord",
        "sono sempre su steam",
        "wechat: IT60X0542811101000000123456",
    ],
)
def test_prose_about_chat_apps_stays(text: str) -> None:
    assert _found(text, "HANDLE") == []
