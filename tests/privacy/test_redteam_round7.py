"""Red team of session 5's round-7 rules (names N7, structured S7): each sentence here leaked a
person, a town or a phone at the round's HEAD although the engine of the session's start
redacted it, or lost a keep span that it kept. Every sentence and value is invented."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from tests.privacy.test_names_general import chat_message


@lru_cache(maxsize=1)
def _engine() -> AnonymisationEngine:
    settings = Settings(_env_file=None, business_names=["Ottica Lungomare"], tenant="t")
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-redteam-r7-0001", tenant="t")
    )


@lru_cache(maxsize=1)
def _owner_named_engine() -> AnonymisationEngine:
    """Businesses named after their owner (or a surname), then a service ("Impianti")."""
    settings = Settings(
        _env_file=None,
        business_names=[
            "Marco Ferri Impianti",
            "Giulia Neri Traslochi",
            "Sara Conti Assicurazioni",
            "Tom Baxter Cleaning",
            "Esposito Traslochi",
            "Colombo Assicurazioni",
            "Gallagher Cleaning",
            "Romano Noleggio",
        ],
        tenant="t",
    )
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-redteam-r7-0002", tenant="t")
    )


def _anonymise(text: str, engine: AnonymisationEngine | None = None) -> str:
    engine = engine or _engine()
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _conversation(*texts: str) -> list[str]:
    messages = [chat_message(i, "customer", text) for i, text in enumerate(texts)]
    return [message.text for message in _engine().anonymise_conversation(messages)]


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


# A person right beside one of the round's new category words (pet care, paper, pantry,
# cleaning machines, insurance, cases): the word after or before the category is kept as a
# product even when every list knows it as a first name or a surname.
_CATEGORY = [
    ("passa la carta Gianluca, pago io", ["Gianluca"]),
    ("la carta Ferraro è scaduta, è quella di mio marito", ["Ferraro"]),
    ("custodia Rebecca Tonelli, con le iniziali dorate", ["Rebecca Tonelli"]),
    ("la carta Brunella non passa, provo con la mia", ["Brunella"]),
    ("Assicurazione Mazzoleni, Franco è il titolare, chiama lui", ["Mazzoleni"]),
    ("le crocchette Olga le vuole al salmone", ["Olga"]),
    ("collare Tiziana, quello rosa, è per la cagnolina di mia figlia Tiziana", ["Tiziana"]),
    ("olio Cosimo ha detto che lo porta domani", ["Cosimo"]),
    ("il toner Pellegrino lo cambia sempre lui, è il tecnico", ["Pellegrino"]),
    ("pasta Bettina e io niente glutine", ["Bettina"]),
    ("tortellini Nives, lei è allergica alle noci", ["Nives"]),
    ("la macchine Annunziata le pulisce ogni sabato", ["Annunziata"]),
    ("the oil Ramsey ordered last week never arrived", ["Ramsey"]),
    ("collar Hartley wanted with his phone number engraved", ["Hartley"]),
    ("Pasquale olio extravergine lo prende sempre, è mio suocero", ["Pasquale"]),
    ("Geraldine pasta, no sauce, she is vegan", ["Geraldine"]),
    ("ho preso la lettiera Ornella, la mia vicina, le ha chiesto di prenderla", ["Ornella"]),
    ("Cartoncino Iacopo: nome sbagliato sull'invito, si chiama Jacopo", ["Iacopo"]),
    ("salame Gilberto non lo mangia, è intollerante", ["Gilberto"]),
    ("aspirapolvere Elvira ha rotto il filtro, la mia colf", ["Elvira"]),
    ("mandatemi la carta Benvenuto intestata a mio padre", ["Benvenuto"]),
    ("assicurazioni Zanella, via Po 4: il titolare è mio cugino", ["Zanella"]),
    ("il caciocavallo Manfredi lo vuole stagionato", ["Manfredi"]),
    ("Gavin oil change booked? he's my son", ["Gavin"]),
    ("Please post the collars Fitzgerald ordered to his office", ["Fitzgerald"]),
    ("Marianna custodia nera, Luisa custodia rossa", ["Luisa"]),
    ("carta regalo per Olivia e cartoncino Olivia con il nome", ["Olivia"]),
    ("le scatolette Gaetano le prende solo al tonno", ["Gaetano"]),
    ("mangime Lucrezia lo ritira giovedì", ["Lucrezia"]),
    ("croccantini Brambilla, il signore del quarto piano, li paga lui", ["Brambilla"]),
    ("antipulci Tosi: è per il cane di mia madre", ["Tosi"]),
    ("kibble Whitaker ordered for his spaniel hasn't arrived", ["Whitaker"]),
    ("the cardstock Ingrid chose is too thin", ["Ingrid"]),
    ("lavasciuga Lavinia la usa tutti i giorni, la mia colf", ["Lavinia"]),
    ("ravioli Gualdi e gnocchi per me", ["Gualdi"]),
    ("gnocchi Romilda, senza glutine, lei è celiaca", ["Romilda"]),
    ("sugo Pierina è quello buono", ["Pierina"]),
    ("pecorino Agostino lo vuole stagionato", ["Agostino"]),
    ("the pouch Zoe ordered is the wrong colour", ["Zoe"]),
    ("cartoncini Morandi: il nome sul biglietto è sbagliato", ["Morandi"]),
    ("sulla carta Nardini non ci sono soldi, usate l'altra", ["Nardini"]),
    ("Nadia carta o contanti?", ["Nadia"]),
    ("custodia Moreno: è il nome da incidere", ["Moreno"]),
    ("custodia per Eleonora, custodia Eleonora rosa", ["Eleonora"]),
    ("toner Goretti, ufficio 3: finito", ["Goretti"]),
    ("collar Jamie bought is too big", ["Jamie"]),
    ("oil Delaney recommended is the one I want", ["Delaney"]),
    ("pasta Priya cooked was great, she wants the recipe", ["Priya"]),
    # a category, "di" and someone's name: the person's things
    ("il salame di Gavino è finito, quando lo riordina?", ["Gavino"]),
    ("la custodia di Sandrino si è rotta, è mio figlio", ["Sandrino"]),
]
# A town right before a new category word, with no comma (chat style): kept as a product.
_TOWN_BEFORE_CATEGORY = [
    ("spedite a Lecco carta e toner, grazie", ["Lecco"]),
    ("consegna a Gubbio pasta e sugo entro venerdì", ["Gubbio"]),
    ("a Fidenza toner non ne trovo, abito lì", ["Fidenza"]),
    ("spedire a Melfi olio 5 litri", ["Melfi"]),
]
# Goods weighed: "<measure> di <Surname>" after a container is whose the goods are; a label
# word ("Ordine", "Lista") before "<Surname> <size>" is an order, not a product line.
_MEASURED = [
    ("il pacco di 3 kg di Esposito non è mai arrivato, lo aspetta da lunedì", ["Esposito"]),
    ("ho ritirato 5 litri di Scognamiglio per sbaglio, il suo ordine", ["Scognamiglio"]),
    ("i 2 kg di Palumbo sono nel mio sacco, dovete rimandarli", ["Palumbo"]),
    ("la scatola da 4 kg di Pellizzari me la date a me? è mia zia", ["Pellizzari"]),
    ("Ho trovato 12 litri di Donnarumma sul mio pianerottolo, sono suoi", ["Donnarumma"]),
    ("the 2 kg of O'Sullivan is in my bin, please collect it", ["O'Sullivan"]),
    ("la bottiglia da 1 l di Maffei è quella con il tappo rosso, gliela date?", ["Maffei"]),
    ("bidone da 5 litri di Giacomelli consegnato alla vicina", ["Giacomelli"]),
    ("le due casse da 6 litri di Guidotti sono rimaste in magazzino", ["Guidotti"]),
    ("la busta da 500 g di Ferrante era aperta", ["Ferrante"]),
    ("ho ricevuto i 3 kg di Moscato, ma io ne avevo ordinati 2", ["Moscato"]),
    ("Ordine Gualtieri 5 kg olio, quando parte?", ["Gualtieri"]),
    ("Lista: Parisi 12 €/L, Greco 10 €/L", ["Parisi"]),
]
# A surname after a room's noun, when the sentence goes on about a person.
_ROOMS = [
    ("Room Bellini is the name on the booking, she is my aunt", ["Bellini"]),
    ("chiedete in Saletta Pirelli, lei sa tutto, è la responsabile", ["Pirelli"]),
    ("Please ask at the Auditorium Okonkwo is the caretaker there", ["Okonkwo"]),
    ("ho sentito Sala Ricotti e mi ha detto di venire lunedì", ["Ricotti"]),
    ("Sala Valentini mi ha detto di richiamare", ["Valentini"]),
    ("Aula Caruso ha fatto l'appello? è la maestra", ["Caruso"]),
    ("Room Lindqvist checked out this morning", ["Lindqvist"]),
    ("Saletta Moroni, la signora delle pulizie, ha le chiavi", ["Moroni"]),
    ("in Sala Zampieri ci aspetta lui", ["Zampieri"]),
]
# A first name before a Roman numeral that is a floor, a staircase or the pronoun "VI".
_REGNAL = [
    ("Sono Giorgio IV piano scala A, il corriere non sale", ["Giorgio"]),
    ("consegnate ad Aurelio II piano, lui è in casa", ["Aurelio"]),
    ("lasciate a Lidia II scala", ["Lidia"]),
    ("Buongiorno, sono Marco VI chiedo un favore", ["Marco"]),
]
# A short name that is also a weekday's abbreviation, after a name cue or a title.
_WEEKDAY = [
    ("Package for Mrs Sun 14 Elm Road was left outside", ["Sun"]),
    ("please ask Ms Sun 15 minutes before", ["Sun"]),
    ("la ragazza si chiama Ven 2 volte ha chiamato", ["Ven"]),
    ("mia figlia si chiama Mar 12 anni, le serve la taglia S", ["Mar"]),
    ("my son Dom 14 years old needs a size M", ["Dom"]),
    ("il tecnico si chiama Gio 2 volte è venuto", ["Gio"]),
    # a day's context before it, but the number is a house number
    ("the parcel for Sun 14 King Street was left outside", ["Sun"]),
    ("letter for Dom 12 Church Lane, he's my son", ["Dom"]),
]
# A surname that is also a holiday, after "intestato a" and before an apposition.
_HOLIDAY = [
    ("il contratto è intestato a Carnevale, mio marito", ["Carnevale"]),
    ("intestato a Befana, la mia vicina bulgara, è il suo vero cognome", ["Befana"]),
]
# A person described by a nationality that is also a breed (maltese, persiano, siamese,
# boxer shorts): taken for a pet, and then left in every message of the conversation.
_BREEDS = [
    ("la mia collega maltese Ritienne ritira per me", ["Ritienne"]),
    ("la mia amica persiana Shirin ha ordinato la lampada", ["Shirin"]),
    ("mia suocera è persiana, si chiama Shirin", ["Shirin"]),
    ("ho comprato i boxer Dario, quelli a righe, per mio marito Dario", ["Dario"]),
    ("il signore persiano Amir ha ritirato i tappeti", ["Amir"]),
    ("a Maltese guy called Karl came to fix the boiler", ["Karl"]),
    ("il mio collega maltese Kevin passa a ritirare", ["Kevin"]),
    ("il signore persiano si chiama Shadi", ["Shadi"]),
    ("un tipo maltese di nome Joseph ha ritirato il pacco", ["Joseph"]),
    ("il mio vicino siamese Somchai, thailandese, ritira", ["Somchai"]),
]
# An interjection that is also a surname, after a title.
_INTERJECTION = [
    ("Ms Oh called about the order", ["Oh"]),
    ("Mr Mah will pick it up", ["Mah"]),
]
# Nine digits between two pairs of capitals that are a phone, not a postal item's code.
_S10 = [
    ("CHIAMATE AL 02 1234 567 OK", ["02 1234 567"]),
    ("llamame: ES 612 345 678 OK", ["612 345 678"]),
    ("NUMERO FISSO AB 06 1234 567 CD", ["06 1234 567"]),
    ("TEL DI MIA MOGLIE: IT 345 678 912 OK", ["345 678 912"]),
]

# A full or first name after "all at" / "everyone at": a family or a person, not a firm.
_TEAM_AT = [
    ("Merry Christmas from all at Jo and Sam Pritchard", ["Jo"]),
    ("Love from everyone at Mary Hennessy, see you soon", ["Mary Hennessy"]),
]

# A first name that is also a brand of brands.txt, signing before a dash and a flat or a business.
_SIGNATURE_BRAND = [
    ("Thanks. Zara - Flat 2", ["Zara"]),
    ("Grazie! Zara – Casa Verde", ["Zara"]),
    ("Cheers. Roland - Apt 5", ["Roland"]),
    ("Thanks. Gibson - Flat 9", ["Gibson"]),
    # the integrator's own probes of the fix (a named brand signs unless a product follows)
    ("Grazie mille! Valentino - scala B", ["Valentino"]),
    ("ok ci vediamo giovedì. Mercedes – Studio Ferri", ["Mercedes"]),
    ("Cheers. Stanley - unit 4", ["Stanley"]),
]

_LEAKS = {
    "category": _CATEGORY,
    "town-category": _TOWN_BEFORE_CATEGORY,
    "measured": _MEASURED,
    "rooms": _ROOMS,
    "regnal": _REGNAL,
    "weekday": _WEEKDAY,
    "holiday": _HOLIDAY,
    "breeds": _BREEDS,
    "interjection": _INTERJECTION,
    "s10": _S10,
    "team-at": _TEAM_AT,
    "signature-brand": _SIGNATURE_BRAND,
}
# Cases ("group: first text") still failing: xfail, see the red team's notes to the
# tuners. _STRICT turns them into strict xfails at the round's deadline.
_STRICT = True
_OPEN: frozenset[str] = frozenset()


def _marks(group: str, text: str) -> list[pytest.MarkDecorator]:
    if f"{group}: {text}" not in _OPEN:
        return []
    return [pytest.mark.xfail(strict=_STRICT, reason=f"red team round 7 ({group}): open")]


def _params() -> list[object]:
    params: list[object] = []
    for group, probes in _LEAKS.items():
        for text, values in probes:
            marks = _marks(group, text)
            params.append(pytest.param(text, values, marks=marks, id=f"{group}:{text[:40]}"))
    return params


@pytest.mark.parametrize(("text", "values"), _params())
def test_round7_rules_leak_nothing(text: str, values: list[str]) -> None:
    anonymised = _anonymise(text)
    assert not [value for value in values if _survives(value, anonymised)], anonymised


# The owner's name left when the service closing a business's name is cut off ("Marco Ferri
# Impianti" -> "Marco Ferri"): in a personal context it is a person.
_OWNER_NAMED = [
    ("Marco Ferri mi ha chiamato alle 23 dal suo cellulare personale, è normale?", "Marco Ferri"),
    ("il signor Marco Ferri è venuto a casa mia e ha lasciato il casco", "Marco Ferri"),
    ("Giulia Neri è la mia vicina, non c'entra con la ditta", "Giulia Neri"),
    ("Sara Conti abita sopra di me, le ho dato il pacco", "Sara Conti"),
    ("Tom Baxter left his jacket at my house", "Tom Baxter"),
    # a surname and a service: the bare surname, and any full name around it
    ("la mia vicina, la signora Esposito, ha ritirato il pacco", "Esposito"),
    ("Anna Colombo è mia cugina, abita a Varese", "Anna Colombo"),
    ("Mrs Gallagher next door took the parcel", "Gallagher"),
    ("Giulia Romano è mia moglie", "Giulia Romano"),
]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(
            text,
            value,
            marks=_marks("owner-named", text),
            id=f"owner:{text[:40]}",
        )
        for text, value in _OWNER_NAMED
    ],
)
def test_round7_an_owner_named_business_leaves_no_person(text: str, value: str) -> None:
    anonymised = _anonymise(text, _owner_named_engine())
    assert not _survives(value, anonymised), anonymised


# A name seen first beside a keep cue (a product, a pet, a room) is no longer carried to the
# next messages, where alone the rules would not catch it: the person leaks there too.
_CARRIED = [
    (("la carta Ferraro è scaduta", "Ferraro è mio marito, chiamatelo"), "Ferraro"),
    (("olio Cosimo ha detto che lo porta domani", "Cosimo è il nostro vicino"), "Cosimo"),
    (("i 2 kg di Palumbo sono nel mio sacco", "Palumbo abita al civico 5"), "Palumbo"),
    (("Room Bellini is the name on the booking", "Bellini will arrive at 6"), "Bellini"),
    (
        ("la mia amica persiana Shirin ha ordinato la lampada", "Shirin ha pagato con la carta"),
        "Shirin",
    ),
]


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        pytest.param(
            texts,
            value,
            marks=_marks("carried", texts[0]),
            id=f"carried:{value}",
        )
        for texts, value in _CARRIED
    ],
)
def test_round7_a_person_is_redacted_in_the_next_message(
    texts: tuple[str, str], value: str
) -> None:
    anonymised = _conversation(*texts)
    assert not _survives(value, anonymised[1]), anonymised


# Keep spans that the round's new detection rules destroy: a brand named after a person
# before a spaced dash (signature lead), a device after "con"/"with" beside a relative, a
# retailer after a trade and "from".
_KEEP = [
    ("Ordine ok. Bialetti – Moka 6 tazze", "Bialetti"),
    ("Perfetto. Lavazza – Qualità Rossa 1 kg", "Lavazza"),
    ("Done. Dyson – V11, filter missing", "Dyson"),
    ("Thanks. Kenwood – Chef XL bowl cracked", "Kenwood"),
    ("sono venuta con airpods e mia figlia, li avete ricevuti?", "airpods"),
    ("sono venuta con iphone e mia madre", "iphone"),
    ("vengo con ipad e mio figlio per la riparazione", "ipad"),
    ("the mechanic from Halfords said the bike is fine", "Halfords"),
    # a seller's or member's page on the business's own site is the business's contact
    (
        "la pagina è www.otticalungomare.it/utenti/registrazione ma non carica",
        "www.otticalungomare.it/utenti/registrazione",
    ),
    (
        "ho visto su ottica-lungomare.it/profilo/ordini che è partito",
        "ottica-lungomare.it/profilo/ordini",
    ),
    (
        "su forum.otticalungomare.it/u/assistenza c'è scritto di aspettare",
        "forum.otticalungomare.it/u/assistenza",
    ),
]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            text,
            span,
            marks=_marks("keep", text),
            id=f"keep:{span}",
        )
        for text, span in _KEEP
    ],
)
def test_round7_detection_rules_keep_products_and_brands(text: str, span: str) -> None:
    anonymised = _anonymise(text)
    assert _survives(span, anonymised), anonymised


# A service or a brand that an agent's sentence names after an emoji, no signature.
_AGENT_KEEP = [
    ("Trovi le foto su 👉 Pinterest", "Pinterest"),
    ("Il corriere sarà 📦 Nexive", "Nexive"),
    ("Per il reso usa il modulo 👉 Sendcloud", "Sendcloud"),
    ("Ecco il catalogo 📖 Issuu", "Issuu"),
]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            text,
            span,
            marks=_marks("agent keep", text),
            id=f"agent-keep:{span}",
        )
        for text, span in _AGENT_KEEP
    ],
)
def test_round7_an_agent_naming_a_service_after_an_emoji_keeps_it(text: str, span: str) -> None:
    anonymised = _engine().anonymise_conversation([chat_message(0, "agent", text)])[0].text
    assert _survives(span, anonymised), anonymised
