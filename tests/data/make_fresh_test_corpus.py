"""Generate ``fresh_test_corpus.jsonl``: a blind, labelled TEST corpus for the anonymiser.

How it was written
    Blind. Its author read only ``privacy/evaluate.py`` (the dataset format and scoring rules),
    ``privacy/types.py`` (the entity types), ``pipeline/models.py`` (the ``Message`` model) and
    the project's notes on how real exports look. The author never read the recognizers, the
    other corpora, their tests or the quality documents, and never ran the anonymiser or the
    evaluation on this corpus. It describes what customer-care chats contain, not what the
    engine catches. Measured untouched once (11.3% leak at the start of session 3), it then
    became a development set: its failures were studied and the engine tuned on it, so it
    flatters the engine now; the hand-written corpora are the untouched test sets.

What it holds
    About 500 messages in 90 conversations (Messenger, Instagram, WhatsApp, Telegram), about
    55% Italian and 45% English ("language" per message), some conversations switching language
    half-way. Customers are Italians, British and American tourists or expats, and residents of
    Romanian, Albanian, Chinese, Senegalese, Ukrainian, Indian and Peruvian origin; they write
    nicknames, lowercase or ALL-CAPS names, first names that are ordinary words (Rosa, Sole,
    Leone, Grace, Hope, Will...), double names and particles (Maria Grazia, Lo Presti, O'Neill),
    voice-message-like run-on text, forwarded e-mails with headers and signatures, addresses
    split across lines, e-mails obfuscated in several ways, phones in many national formats.

    The six invented businesses are in ``BUSINESSES``; their own Page names (the agents'
    ``sender_name``) are ``BUSINESS_NAMES``. Several contain a person's name or a word that is
    also a first name ("Farmacia Dott.ssa Ferraris", "Bianchi Auto", "Fiori di Rosa", "Hope &
    Grant Insurance"). Page names and other brands are ``keep`` spans of type BRAND, products
    (some named after places: "Pacchetto Sposi Amalfi") are PRODUCT; order numbers (ORDER),
    tracking codes (TRACKING, some all digits), policy numbers (POLICY), flight numbers
    (FLIGHT), prices (PRICE), dates (DATE), times (TIME) and a few capitalised ordinary words
    at the start of a sentence (WORD: "Perfetto", "Spedito") are ``keep`` spans too. Car plates
    are left out on purpose; pet names are not labelled.

    Labels: every personal value is labelled at every occurrence, including the agents' own
    greetings, signatures and hand-overs, with a type of ``privacy.types.ENTITY_TYPES``. A name
    is one PERSON span whether written in full or not; an address is one ADDRESS span from the
    street to the city (house number, "int.", "scala", postcode and province included), also
    when it is split across lines; a street mentioned again alone is an ADDRESS too. A city
    alone is a LOCATION when it says where a person lives, works or is staying.

    All personal data is synthetic: names come from seeded Faker (it_IT, en_GB, en_US) and
    from hand-made lists of first names and surnames recombined at random; IBANs come from
    seeded Faker (IT, DE, FR, ES, NL) and are checked with python-stdnum; codici fiscali are
    built from the invented name with their check character, partite IVA and card numbers
    carry a Luhn check digit; UK phone numbers use Ofcom's drama ranges (07700 900xxx,
    020 7946 0xxx) and US ones the 555-01xx range.

How to regenerate
    ``python tests/data/make_fresh_test_corpus.py`` (from the repository root, in the
    project's environment). The same seed gives the same bytes; the script refuses to
    overwrite a file whose bytes differ unless given ``--force`` (a changed Faker version
    changes the output: regenerate on purpose, then re-read the diff).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from faker import Faker
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.it import codicefiscale

DEFAULT_SEED = 20261126
DEFAULT_OUT = Path(__file__).with_name("fresh_test_corpus.jsonl")
NEWLINE = b"\n"

# The businesses' own Page names (as the platforms show them).
BUSINESS_NAMES = [
    "Farmacia Dott.ssa Ferraris",
    "Bianchi Auto",
    "Immobiliare Casa Serena",
    "Clinica Veterinaria Villa Gioia",
    "Fiori di Rosa",
    "Hope & Grant Insurance",
]


# --------------------------------------------------------------------------- text building
@dataclass(frozen=True)
class Part:
    text: str
    kind: str  # "entity" | "keep"
    type: str


Piece = str | Part | Sequence[Any]


def E(entity_type: str, value: str) -> Part:
    return Part(value, "entity", entity_type)


def K(keep_type: str, value: str) -> Part:
    return Part(value, "keep", keep_type)


def P(value: str) -> Part:
    return E("PERSON", value)


def L(value: str) -> Part:
    return E("LOCATION", value)


def _flatten(pieces: Piece) -> list[str | Part]:
    if isinstance(pieces, (str, Part)):
        return [pieces]
    out: list[str | Part] = []
    for piece in pieces:
        out.extend(_flatten(piece))
    return out


def render(pieces: Piece) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    text = ""
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    for piece in _flatten(pieces):
        if isinstance(piece, str):
            text += piece
            continue
        span = {
            "start": len(text),
            "end": len(text) + len(piece.text),
            "type": piece.type,
            "value": piece.text,
        }
        (entities if piece.kind == "entity" else keep).append(span)
        text += piece.text
    return text, entities, keep


# --------------------------------------------------------------------------- people
# first name -> nickname, female?
NICKNAMES = {
    "Giuseppe": ("Giuse", False),
    "Federica": ("Fede", True),
    "Beatrice": ("Bea", True),
    "Lorenzo": ("Lollo", False),
    "Valentina": ("Vale", True),
    "Francesca": ("Fra", True),
    "Alessandro": ("Ale", False),
    "Katherine": ("Kate", True),
    "Robert": ("Rob", False),
    "James": ("Jimmy", False),
    "Elizabeth": ("Lizzie", True),
    "William": ("Will", False),
}
NICK_IT = ["Giuseppe", "Federica", "Beatrice", "Lorenzo", "Valentina", "Francesca", "Alessandro"]
NICK_EN = ["Katherine", "Robert", "James", "Elizabeth", "William"]
# (female, male) first names that are also ordinary words, and double first names
WORD_NAMES_IT = (
    ["Rosa", "Gioia", "Serena", "Bianca", "Sole", "Angela", "Fiore"],
    ["Marino", "Leone"],
)
WORD_NAMES_EN = (
    ["Grace", "Hope", "Faith", "Summer", "Sunny"],
    ["Rich", "Bill", "Jack", "Mark", "Will"],
)
DOUBLE_FIRST = (
    ["Maria Grazia", "Anna Maria", "Maria Chiara"],
    ["Gian Luca", "Pier Paolo", "Gian Marco"],
)
PARTICLE_IT = [
    "De Santis",
    "Dell'Orto",
    "D'Angelo",
    "Lo Presti",
    "Di Stefano",
    "La Rosa",
    "Dalla Costa",
]
PARTICLE_EN = ["Van der Berg", "O'Neill", "McAllister", "O'Connor", "MacLeod", "De Souza"]
# foreign-origin residents of Italy: (female first names, male first names, surnames)
FOREIGN = {
    "ro": (
        ["Andreea", "Mihaela", "Ioana"],
        ["Ionut", "Florin", "Cosmin"],
        ["Popescu", "Dumitrescu", "Stoica", "Munteanu", "Lungu", "Ciobanu"],
    ),
    "sq": (
        ["Elira", "Klea", "Erjona"],
        ["Ardit", "Besnik", "Dritan"],
        ["Hoxha", "Kola", "Gjoka", "Shehu", "Leka", "Marku"],
    ),
    "zh": (
        ["Xiaoling", "Jing", "Mei"],
        ["Lei", "Wei", "Hao"],
        ["Wang", "Chen", "Hu", "Zhou", "Lin", "Zhang"],
    ),
    "sn": (
        ["Awa", "Fatou", "Aminata"],
        ["Moussa", "Cheikh", "Mamadou"],
        ["Diop", "Ndiaye", "Fall", "Sarr", "Gueye", "Sow"],
    ),
    "uk": (
        ["Olena", "Iryna", "Oksana", "Yulia"],
        ["Taras", "Dmytro"],
        ["Kovalenko", "Shevchuk", "Bondar", "Tkachenko", "Melnyk", "Kravets"],
    ),
    "in": (
        ["Priya", "Simran", "Deepa"],
        ["Harpreet", "Arjun", "Rahul"],
        ["Sharma", "Singh", "Nair", "Iyer", "Patel"],
    ),
    "pe": (
        ["Rosa Elena", "Carmen", "Milagros"],
        ["Luis", "Jhon", "Wilmer"],
        ["Quispe", "Huaman", "Mamani", "Condori", "Flores", "Chavez"],
    ),
}
IT_CITIES = [
    ("Torino", "TO", "10128"),
    ("Moncalieri", "TO", "10024"),
    ("Milano", "MI", "20127"),
    ("Sesto San Giovanni", "MI", "20099"),
    ("Bologna", "BO", "40121"),
    ("Genova", "GE", "16136"),
    ("Napoli", "NA", "80134"),
    ("Lecce", "LE", "73100"),
    ("Firenze", "FI", "50135"),
    ("Lucca", "LU", "55100"),
    ("Bergamo", "BG", "24121"),
    ("Pescara", "PE", "65121"),
    ("Borgo San Dalmazzo", "CN", "12011"),
    ("Castelfranco Piandisco", "AR", "52026"),
    ("Reggio Emilia", "RE", "42121"),
    ("Cagliari", "CA", "09125"),
    ("Padova", "PD", "35121"),
]
STREET_NAMES = [
    "Cesare Battisti",
    "Garibaldi",
    "dei Mille",
    "XX Settembre",
    "delle Rose",
    "Nizza",
    "Monginevro",
    "Francia",
    "San Donato",
    "Roma",
    "Matteotti",
    "della Repubblica",
    "Giuseppe Verdi",
    "Aurelio Saffi",
    "dei Tigli",
    "Pian di Sco",
    "Sant'Anna",
    "Cimarosa",
    "San Nicola",
    "del Drosso",
    "Stretto",
    "Vittorio Emanuele II",
    "Dante",
    "Emilia Est",
]
MAIL_DOMAINS_IT = ["libero.it", "gmail.com", "hotmail.it", "alice.it", "virgilio.it", "tiscali.it"]
MAIL_DOMAINS_EN = ["gmail.com", "outlook.com", "btinternet.co.uk", "yahoo.co.uk", "icloud.com"]


@dataclass
class Person:
    first: str
    last: str
    nick: str | None = None
    origin: str = "it"
    female: bool = True

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def called(self) -> str:
        return self.nick or self.first


@dataclass
class Business:
    page: str
    sector: str
    city: str
    agents: list[tuple[str, str]]  # (first name, surname)
    products: list[str]
    dept: str


BUSINESSES = {
    "pharmacy": Business(
        "Farmacia Dott.ssa Ferraris",
        "pharmacy",
        "Torino",
        [("Chiara", "Bertone"), ("Federico", "Gallo"), ("Serena", "Actis")],
        ["Linea Bimbi Sereni", "Kit Viaggio Estate", "Tisana Notte Serena", "Crema Rosa Canina"],
        "banco",
    ),
    "car": Business(
        "Bianchi Auto",
        "car",
        "Bergamo",
        [("Marco", "Rota"), ("Paola", "Pesenti"), ("Gianni", "Carminati")],
        ["Pacchetto Weekend Liguria", "Formula Kasko Plus", "Fiat Panda Hybrid", "Jeep Renegade"],
        "noleggi",
    ),
    "estate": Business(
        "Immobiliare Casa Serena",
        "estate",
        "Milano",
        [("Davide", "Brambilla"), ("Bianca", "Colombo"), ("Leone", "Sala")],
        ["Trilocale Naviglio Grande", "Bilocale Porta Venezia", "Attico Città Studi"],
        "ufficio affitti",
    ),
    "vet": Business(
        "Clinica Veterinaria Villa Gioia",
        "vet",
        "Bologna",
        [("Angela", "Mancuso"), ("Lorenzo", "Zanetti"), ("Sole", "Bassi")],
        ["Piano Cuccioli Felici", "Check-up Senior Plus", "Vaccino Trivalente"],
        "accettazione",
    ),
    "florist": Business(
        "Fiori di Rosa",
        "florist",
        "Firenze",
        [("Rosa", "Fiorentino"), ("Matteo", "Guidi"), ("Gioia", "Nencini")],
        [
            "Pacchetto Toscana Relax",
            "Bouquet Margherita",
            "Pacchetto Sposi Amalfi",
            "Tuscany Dream Package",
        ],
        "eventi",
    ),
    "insurance": Business(
        "Hope & Grant Insurance",
        "insurance",
        "Milano",
        [("William", "Harper"), ("Marco", "Fumagalli"), ("Grace", "Okafor")],
        ["Polizza CasaSicura Plus", "HomeAbroad Cover", "Polizza RC Auto Smart", "Travel Shield"],
        "ufficio sinistri",
    ),
}


FEMALE_AGENTS = {"Chiara", "Serena", "Paola", "Bianca", "Angela", "Sole", "Rosa", "Gioia", "Grace"}


class Ctx:
    """Random sources of one corpus; every choice goes through here (seeded)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fake = {
            loc: Faker(loc)
            for loc in ("it_IT", "en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "nl_NL")
        }
        for i, fk in enumerate(self.fake.values()):
            fk.seed_instance(seed + i)

    def choice(self, seq: Sequence[Any]) -> Any:
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    # ----- people
    def person(self, kind: str = "it", female: bool | None = None) -> Person:
        r = self.r
        fem = self.chance(0.5) if female is None else female
        if kind in FOREIGN:
            women, men, surnames = FOREIGN[kind]
            return Person(
                self.choice(women if fem else men), self.choice(surnames), None, kind, fem
            )
        local = kind == "it"
        fk = self.fake["it_IT" if local else "en_GB" if kind == "gb" else "en_US"]
        first = fk.first_name_female() if fem else fk.first_name_male()
        last = fk.last_name()
        words, doubles = (WORD_NAMES_IT, DOUBLE_FIRST) if local else (WORD_NAMES_EN, None)
        roll = r.random()
        if roll < 0.16:
            first = self.choice(words[0 if fem else 1])
        elif roll < 0.26 and doubles:
            first = self.choice(doubles[0 if fem else 1])
        if r.random() < 0.2:
            last = self.choice(PARTICLE_IT if local else PARTICLE_EN)
        nick = None
        if r.random() < 0.3:
            first = self.choice(
                [n for n in (NICK_IT if local else NICK_EN) if NICKNAMES[n][1] == fem]
            )
            nick = NICKNAMES[first][0]
        return Person(first, last, nick, kind, fem)

    def foreign(self) -> Person:
        return self.person(self.choice(sorted(FOREIGN)))

    # ----- contacts
    def it_mobile(self) -> str:
        pre = self.choice(["320", "328", "333", "339", "347", "348", "351", "366", "380", "393"])
        a, b = self.digits(3), self.digits(4)
        fmt = self.choice(
            [
                "{p} {a} {b}",
                "+39 {p} {a} {b}",
                "0039 {p}.{a}.{b}",
                "{p}-{a}{b}",
                "{p}/{a}{b}",
                "(+39) {p}{a}{b}",
                "{p}{a}{b}",
                "+39{p}{a}{b}",
                "{p} {a}{b}",
                "+39 {p}-{a}-{b}",
                "{p}.{a}.{b}",
            ]
        )
        return fmt.format(p=pre, a=a, b=b)

    def it_landline(self, city: str = "") -> str:
        prefix = {
            "Torino": "011",
            "Milano": "02",
            "Bologna": "051",
            "Firenze": "055",
            "Bergamo": "035",
            "Genova": "010",
            "Napoli": "081",
        }.get(city, "06")
        rest = self.digits(8 - len(prefix) + 2) if len(prefix) < 4 else self.digits(6)
        fmt = self.choice(
            [
                "{p} {r}",
                "{p}/{r}",
                "{p}-{r}",
                "+39 {p} {r}",
                "({p}) {r}",
                "0039 {p} {r}",
                "{p}.{r1}.{r2}",
            ]
        )
        return fmt.format(p=prefix, r=rest, r1=rest[:3], r2=rest[3:])

    def uk_phone(self) -> str:
        tail = f"{self.r.randrange(900000, 901000)}"
        fmt = self.choice(
            [
                "+44 7700 {t}",
                "07700 {t}",
                "07700 {a} {b}",
                "+44 (0)7700 {t}",
                "020 7946 0{c}",
                "+44 20 7946 0{c}",
            ]
        )
        return fmt.format(t=tail, a=tail[:3], b=tail[3:], c=self.digits(3))

    def us_phone(self) -> str:
        area = self.choice(["212", "415", "312", "617", "512", "206"])
        line = f"01{self.digits(2)}"
        fmt = self.choice(
            [
                "+1 ({a}) 555-{l}",
                "({a}) 555-{l}",
                "{a}.555.{l}",
                "{a}-555-{l}",
                "+1 {a} 555 {l}",
                "001 {a} 555 {l}",
            ]
        )
        return fmt.format(a=area, l=line)

    def phone_for(self, person: Person) -> str:
        if person.origin == "gb":
            return self.uk_phone()
        if person.origin == "us":
            return self.us_phone()
        return self.it_mobile()

    def email_local(self, person: Person) -> str:
        first = person.first.split()[0].lower()
        last = person.last.lower().replace(" ", "").replace("'", "")
        year = str(self.r.randrange(60, 100)) if self.chance(0.5) else str(self.r.randrange(1, 9))
        return self.choice(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last}{year}",
                f"{last}.{first}",
                f"{first}_{last[:4]}",
                f"{first}.{last}{year}",
            ]
        ).translate(str.maketrans("àèéìòù", "aeeiou"))

    def email(self, person: Person, obfuscate: float = 0.4) -> str:
        domains = MAIL_DOMAINS_EN if person.origin in ("gb", "us") else MAIL_DOMAINS_IT
        local, domain = self.email_local(person), self.choice(domains)
        if not self.chance(obfuscate):
            return f"{local}@{domain}" if self.chance(0.85) else f"{local}@{domain}".upper()
        name, _, tld = domain.partition(".")
        dotted = tld.split(".")
        style = self.r.randrange(9)
        if style == 0:
            return f"{local} chiocciola {name} punto {' punto '.join(dotted)}"
        if style == 1:
            return f"{local} (at) {name} (dot) {' (dot) '.join(dotted)}"
        if style == 2:
            return f"{local} at {name} dot {' dot '.join(dotted)}"
        if style == 3:
            return f"{local}@@{domain}"
        if style == 4:
            return f"{local} @ {domain.replace('.', ' . ')}"
        if style == 5:
            return f"{local}[at]{name}[.]{'[.]'.join(dotted)}"
        if style == 6:
            return f"{local} AT {name} DOT {' DOT '.join(dotted).upper()}"
        if style == 7:
            return f"{local}@{domain}".replace(".", ". ", 1)
        return f"{local}_at_{domain}"

    def it_address(self, split: bool = False, with_city: bool = True, near: str = "") -> str:
        kind = self.choice(
            [
                "via",
                "via",
                "Via",
                "viale",
                "piazza",
                "corso",
                "Corso",
                "largo",
                "vicolo",
                "strada",
                "località",
                "frazione",
                "traversa",
                "salita",
                "borgo",
                "str.",
            ]
        )
        name = self.choice(STREET_NAMES)
        num = str(self.r.randrange(1, 240))
        num = self.choice(
            [num, num, f"n. {num}", f"{num}/{self.choice('ABC')}", f"{num} bis", f", {num}"]
        )
        extra = self.choice(
            ["", "", "", " int. 7", " scala B", ", scala C int. 12", " 3° piano", " interno 4"]
        )
        local = [c for c in IT_CITIES if c[0] == near]
        city, prov, cap = self.choice(local if local and self.chance(0.6) else IT_CITIES)
        street = f"{kind} {name}{'' if num.startswith(',') else ' '}{num}{extra}"
        if not with_city:
            return street
        tail = self.choice(
            [
                f"{cap} {city} ({prov})",
                f"{cap} {city}",
                f"{city} {prov}",
                f"{city}",
                f"{cap} - {city} ({prov})",
                f"{city.upper()}",
            ]
        )
        return f"{street}\n{tail}" if split else f"{street}, {tail}"

    def uk_address(self, split: bool = False) -> str:
        fk = self.fake["en_GB"]
        number, surname = self.r.randrange(1, 180), fk.last_name()
        kind = self.choice(["Road", "Street", "Lane", "Close", "Avenue", "Grove", "Crescent"])
        street = f"{number} {surname} {kind}"
        town = self.choice(["Bristol", "Leeds", "Brighton", "Reading", "York", "Bath", "Norwich"])
        tail = f"{town} {fk.postcode()}"
        return f"{street}\n{tail}" if split else f"{street}, {tail}"

    def us_address(self) -> str:
        fk = self.fake["en_US"]
        apt = self.choice(["", f", Apt {self.r.randrange(1, 20)}{self.choice('ABCD')}", ""])
        return (
            f"{self.r.randrange(100, 9999)} {fk.last_name()} "
            f"{self.choice(['Avenue', 'St', 'Drive', 'Blvd', 'Road'])}{apt}, "
            f"{self.choice(['Austin, TX', 'Portland, OR', 'Denver, CO', 'Boston, MA'])} "
            f"{self.digits(5)}"
        )

    def iban(self, country: str = "IT") -> str:
        loc = {"IT": "it_IT", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "NL": "nl_NL"}[country]
        while True:
            value = self.fake[loc].iban()
            if stdnum_iban.is_valid(value):
                break
        if self.chance(0.5):
            value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        if self.chance(0.15):
            value = value.lower()
        return value

    def card(self) -> str:
        brand = self.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
        if brand == "amex":
            body = self.choice(["34", "37"]) + self.digits(12)
        elif brand == "mc":
            body = str(self.r.randrange(51, 56)) + self.digits(13)
        elif brand == "maestro":
            body = "6759" + self.digits(11)
        else:
            body = "4" + self.digits(14)
        number = body + luhn.calc_check_digit(body)
        sep = self.choice([" ", " ", "-", "", "."])
        if len(number) == 15:
            return sep.join([number[:4], number[4:10], number[10:]]) if sep else number
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    def fiscal_code(self, person: Person, lower: float = 0.2) -> str:
        def consonants(s: str) -> str:
            return "".join(c for c in s.upper() if c.isalpha() and c not in "AEIOU")

        def vowels(s: str) -> str:
            return "".join(c for c in s.upper() if c in "AEIOU")

        def plain(s: str) -> str:
            decomposed = unicodedata.normalize("NFKD", s)
            return "".join(c for c in decomposed if c.isascii() and c.isalpha())

        last, first = plain(person.last), plain(person.first)
        sur = (consonants(last) + vowels(last) + "XXX")[:3]
        cons = consonants(first)
        name = (
            (cons[0] + cons[2] + cons[3]) if len(cons) > 3 else (cons + vowels(first) + "XXX")[:3]
        )
        year = f"{self.r.randrange(40, 100):02d}"
        month = self.choice("ABCDEHLMPRST")
        day = self.r.randrange(1, 29) + (40 if person.female else 0)
        town = self.choice("ABCDEFGHL") + f"{self.r.randrange(1, 999):03d}"
        body = f"{sur}{name}{year}{month}{day:02d}{town}"
        code = body + codicefiscale.calc_check_digit(body)
        return code.lower() if self.chance(lower) else code

    def vat(self) -> str:
        body = self.digits(7) + f"{self.r.randrange(1, 101):03d}"
        number = body + luhn.calc_check_digit(body)
        return self.choice([number, number, f"IT{number}", f"IT {number}"])

    def ipv4(self) -> str:
        return self.fake["it_IT"].ipv4_public()

    def ipv6(self) -> str:
        return self.fake["en_GB"].ipv6()

    # ----- look-alikes
    def order(self) -> str:
        return self.choice(
            [
                f"#{self.digits(5)}",
                f"ORD-2026-{self.digits(5)}",
                f"{self.digits(6)}",
                f"A{self.digits(2)}-{self.digits(4)}",
                f"n. {self.digits(4)}/26",
            ]
        )

    def tracking(self) -> str:
        return self.choice(
            [
                self.digits(15),
                f"1Z{self.digits(3)}AA{self.digits(10)}",
                f"RR{self.digits(9)}IT",
                self.digits(12),
                f"BRT{self.digits(11)}",
            ]
        )

    def policy(self) -> str:
        return self.choice(
            [
                f"HG-IT-{self.digits(6)}",
                f"POL {self.digits(4)}/{self.digits(5)}",
                f"HG{self.digits(8)}",
                f"UK-HA-{self.digits(5)}",
            ]
        )

    def price(self, lo: int, hi: int, cur: str = "€") -> str:
        amount = self.r.randrange(lo, hi)
        if cur != "€":
            return f"{cur}{amount}"
        cents = self.choice(["", ",00", ",50", ",90", ",99"]) if amount < 100 else ""
        grouped = (
            f"{amount:,}".replace(",", ".") if amount >= 1000 and self.chance(0.5) else str(amount)
        )
        return self.choice(
            [
                f"{grouped}{cents} €",
                f"€ {grouped}{cents}",
                f"{grouped}{cents} euro",
                f"€{grouped}{cents}",
            ]
        )

    def time_en(self) -> str:
        hour = self.r.randrange(8, 20)
        return self.choice(
            [
                f"{hour}:{self.choice(['00', '15', '30', '45'])}",
                f"{hour - 12 if hour > 12 else hour}{'pm' if hour >= 12 else 'am'}",
                f"{hour - 12 if hour > 12 else hour}.30 {'pm' if hour >= 12 else 'am'}",
            ]
        )

    def time(self) -> str:
        return self.choice(
            [
                f"{self.r.randrange(8, 20)}:{self.choice(['00', '15', '30', '45'])}",
                f"{self.r.randrange(8, 20)}.30",
                f"ore {self.r.randrange(9, 19)}",
            ]
        )

    def date_it(self) -> str:
        day = self.r.randrange(1, 29)
        return self.choice(
            [
                f"{day} {self.choice(['marzo', 'aprile', 'maggio', 'giugno'])}",
                f"{day:02d}/0{self.r.randrange(3, 8)}",
                f"{day}/{self.r.randrange(3, 10)}/2026",
            ]
        )

    def date_en(self) -> str:
        day = self.r.randrange(1, 29)
        return self.choice(
            [
                f"{day} {self.choice(['March', 'April', 'May', 'June'])}",
                f"{self.choice(['May', 'June', 'July'])} {day}th",
                f"{day:02d}/0{self.r.randrange(3, 8)}",
            ]
        )


# --------------------------------------------------------------------------- conversations
Turn = tuple[str, str, Piece]  # (role "c"/"a", language, pieces)


@dataclass
class Conv:
    business: Business
    customer: Person
    platform: str
    turns: list[Turn] = field(default_factory=list)

    def c(self, lang: str, *pieces: Piece) -> None:
        self.turns.append(("c", lang, list(pieces)))

    def a(self, lang: str, *pieces: Piece) -> None:
        self.turns.append(("a", lang, list(pieces)))


def brand(b: Business) -> Part:
    return K("BRAND", b.page)


def sign(x: Ctx, b: Business, agent: tuple[str, str], lang: str) -> list[Piece]:
    """An agent's signature, in one of the many styles real teams use."""
    first, last = agent
    style = x.r.randrange(12)
    if style == 0:
        return ["\n– ", P(first)]
    if style == 1:
        return ["\n", P(first), ", ", brand(b)]
    if style == 2:
        return [" ~", P(first.lower())]
    if style == 3:
        return [" /", P(first)]
    if style == 4:
        return [" ", P(first), f" ({b.dept if lang == 'it' else 'customer care'})"]
    if style == 5:
        return ["\nStaff: ", P(first)]
    if style == 6:
        return ["\n", "Un saluto, " if lang == "it" else "Kind regards, ", P(f"{first} {last}")]
    if style == 7:
        return [" ", P(first), x.choice([" 🌸", " :)", " 👋"])]
    if style == 8:
        return ["\n— ", P(first), " | ", brand(b)]
    if style == 9:
        return ["\n", P(f"{first[0]}. {last}")]
    if style == 10:
        return ["\n^", P(first[:2].upper())]
    return [" (", P(first.upper()), ")"]


def hello(x: Ctx, b: Business, agent: tuple[str, str], cust: Person, lang: str) -> list[Piece]:
    """An agent's opening line (no question: the answer follows in the same message)."""
    name = agent[0]
    to_cust: Piece = [" ", P(cust.called)] if x.chance(0.5) else ""
    if lang == "it":
        return x.choice(
            [
                ["Buongiorno", to_cust, ", sono ", P(name), " di ", brand(b), "."],
                ["Ciao", to_cust, "! Qui ", P(name), " 😊"],
                ["Salve, le risponde ", P(name), "."],
                ["Buonasera", to_cust, ", ti scrive ", P(name), "."],
                ["Ciao", to_cust, ", ", P(name), " dalla ", brand(b), "."]
                if b.page.startswith(("Farmacia", "Clinica"))
                else ["Ciao", to_cust, ", ", P(name), " di ", brand(b), "."],
            ]
        )
    return x.choice(
        [
            ["Hi", to_cust, ", ", P(name), " here from ", brand(b), "."],
            ["Hello! ", P(name), " here 🙂"],
            [
                "Good morning",
                to_cust,
                ", thanks for contacting ",
                brand(b),
                ", ",
                P(name),
                " speaking.",
            ],
            ["Hey", to_cust, "! This is ", P(name), "."],
        ]
    )


def handover(
    x: Ctx, b: Business, frm: tuple[str, str], to: tuple[str, str], lang: str
) -> list[Piece]:
    if lang == "it":
        return x.choice(
            [
                ["Ti passo a ", P(to[0]), " che segue questa parte, un attimo"],
                [
                    "Per questo ti passo ",
                    "la collega " if to[0] in FEMALE_AGENTS else "il collega ",
                    P(f"{to[0]} {to[1]}"),
                    ".",
                    sign(x, b, frm, lang),
                ],
                [
                    "Ora se ne occupa ",
                    P(to[0]),
                    ", io stacco alle ",
                    K("TIME", x.time()),
                    ". Buona giornata!",
                ],
                ["giro la richiesta a ", P(to[0].lower()), f" ({b.dept}) 👍"],
            ]
        )
    return x.choice(
        [
            ["I'll pass you to my colleague ", P(to[0]), ", who handles this."],
            ["Handing over to ", P(f"{to[0]} {to[1]}"), " now.", sign(x, b, frm, lang)],
            ["Let me loop in ", P(to[0]), " from our ", b.dept, " team."],
        ]
    )


def intro(x: Ctx, cust: Person, lang: str) -> list[Piece]:
    """The customer says who they are."""
    if lang == "it":
        return x.choice(
            [
                ["sono ", P(cust.full)],
                ["mi chiamo ", P(cust.first), " ", P(cust.last)],
                ["sono ", P(f"{cust.last.upper()} {cust.first.upper()}")],
                ["sono ", P(cust.first.lower()), " ", P(cust.last.lower())],
                ["sono la signora ", P(cust.last)]
                if cust.female
                else ["sono il sig. ", P(cust.last)],
                ["vi scrive ", P(cust.called)],
            ]
        )
    return x.choice(
        [
            ["this is ", P(cust.full)],
            ["my name is ", P(cust.first), " ", P(cust.last)],
            ["it's ", P(cust.called), " (", P(cust.full), ")"],
            ["I'm ", P(cust.first.lower())],
            [P(cust.called), " here"],
        ]
    )


def relative_it(x: Ctx) -> tuple[str, Person]:
    fem = x.chance(0.6)
    rel = x.choice(
        [
            "mia madre",
            "mia moglie",
            "la mia vicina",
            "mia figlia",
            "mia suocera",
            "la badante di mia nonna",
            "mia zia",
        ]
        if fem
        else ["mio marito", "mio suocero", "mio cognato", "il mio vicino", "mio padre", "mio nonno"]
    )
    return rel, x.person(x.choice(["it", "it", "it", "ro", "uk", "pe", "sq"]), fem)


def relative_en(x: Ctx, origin: str) -> tuple[str, Person]:
    fem = x.chance(0.5)
    rel = x.choice(
        ["my mum", "my wife", "my neighbour", "my partner", "my mother-in-law"]
        if fem
        else ["my husband", "my dad", "my partner", "my son", "my brother"]
    )
    return rel, x.person(origin, fem)


def spouse_word(p: Person, lang: str) -> str:
    if lang == "it":
        return "mia moglie " if p.female else "mio marito "
    return "my wife " if p.female else "my husband "


def at_least(x: Ctx, lo: int, hi: int, cur: str = "€") -> Part:
    return K("PRICE", x.price(lo, hi, cur))


IBAN_COUNTRY = {
    "DE": ("German", "tedesca"),
    "NL": ("Dutch", "olandese"),
    "FR": ("French", "francese"),
    "ES": ("Spanish", "spagnola"),
    "IT": ("Italian", "italiana"),
}


# ---- pharmacy
def pharmacy_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag, ag2 = x.r.sample(b.agents, 2)
    prod = x.choice(b.products)
    rel, other = relative_it(x)
    cv.c(
        "it",
        x.choice(["Buongiorno, ", "salve ", "Ciao! "]),
        intro(x, cu, "it"),
        ", volevo sapere se avete ancora ",
        K("PRODUCT", prod),
        " per ",
        rel,
        " ",
        P(other.first),
        x.choice(
            [
                "",
                " che non riesce a venire",
                " (ha 84 anni)",
                " che è allettat" + ("a" if other.female else "o"),
            ]
        ),
        "?",
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Sì, ",
        K("PRODUCT", prod),
        " costa ",
        at_least(x, 6, 40),
        ". Lo mettiamo da parte?",
    )
    phone = x.it_mobile()
    runner = x.person("it")
    cv.c(
        "it",
        x.choice(["Si grazie", "Sì perfetto", "si si"]),
        ", passa ",
        "mia figlia " if runner.female else "mio figlio ",
        P(runner.called),
        " verso le ",
        K("TIME", x.time()),
        ". Se serve il mio numero è ",
        E("PHONE_NUMBER", phone),
    )
    if x.chance(0.5):
        cv.a("it", handover(x, b, ag, ag2, "it"))
        cv.a(
            "it",
            "Eccomi, ",
            P(ag2[0]),
            " qui. Prenotazione ",
            K("ORDER", x.order()),
            " a nome ",
            P(other.last),
            ", ok?",
            sign(x, b, ag2, "it"),
        )
    else:
        cv.a(
            "it",
            K("WORD", "Perfetto"),
            ", prenotata a nome ",
            P(f"{other.first} {other.last}"),
            ". Ti chiamiamo al ",
            E("PHONE_NUMBER", phone),
            " se ci sono ritardi.",
            sign(x, b, ag, "it"),
        )
    if x.chance(0.5):
        cv.c(
            "it",
            "ah per lo scontrino parlante il codice fiscale di ",
            P(other.first),
            " è ",
            E("IT_FISCAL_CODE", x.fiscal_code(other)),
            x.choice(["", " grazie", " (per il 730)"]),
        )
        cv.a("it", "Segnato 👍")
    cv.c(
        "it",
        x.choice(
            ["grazie mille 🙏", "Gentilissimi come sempre", "ok grz", "Grazie, buona giornata"]
        ),
    )


def pharmacy_delivery_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    rel, other = relative_it(x)
    addr = x.it_address(split=x.chance(0.5), near=b.city)
    courier = x.choice(["Gianni", "Sunny", "Mark", "Fiore", "Ardit", "Marino"])
    cv.c(
        "it",
        "salve fate consegne a domicilio? ",
        rel,
        " ",
        P(other.full),
        " è a letto con la febbre, ",
        "le" if other.female else "gli",
        " servirebbe la ricetta dematerializzata, ",
        x.choice(["il cf è ", "codice fiscale ", "cod. fisc. "]),
        E("IT_FISCAL_CODE", x.fiscal_code(other, lower=0.6)),
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Sì, consegniamo in giornata. Mi manda l'indirizzo completo?",
    )
    cv.c(
        "it",
        E("ADDRESS", addr),
        "\n",
        x.choice(["citofono ", "campanello ", "suonare a ", "c/o "]),
        P(other.last.upper() if x.chance(0.6) else other.last),
    )
    cv.a(
        "it",
        K("WORD", "Spedito"),
        "! Lo porta il nostro fattorino ",
        P(courier),
        " entro le ",
        K("TIME", x.time()),
        ", totale ",
        at_least(x, 9, 60),
        " da pagare alla consegna.",
        sign(x, b, ag, "it"),
    )
    neighbour = x.person("it")
    cv.c(
        "it",
        "ok ma se non risponde chiamate me al ",
        E("PHONE_NUMBER", x.it_mobile()),
        " oppure ",
        "la vicina " if neighbour.female else "il vicino ",
        P(neighbour.first),
        x.choice(
            [
                " (quell" + ("a" if neighbour.female else "o") + " del 2° piano)",
                "",
                " " + neighbour.last[:1] + ".",
            ]
        ),
    )
    if x.chance(0.5):
        cv.c("it", "ah e il corriere ", P(courier), " è lo stesso di ieri? era gentilissimo")
        cv.a("it", "Sì 😄 glielo diremo!")


def pharmacy_en(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    where = x.choice(["Turin", "Torino", "Moncalieri", "Chieri"])
    addr = x.it_address(near=b.city)
    cv.c(
        "en",
        "Hello, ",
        intro(x, cu, "en"),
        ". I'm on holiday in ",
        L(where),
        " and I ran out of my allergy tablets. Do you speak English?",
    )
    cv.a("en", hello(x, b, ag, cu, "en"), " Yes of course. Do you have a prescription from home?")
    cv.c(
        "en",
        "Only a photo of it. I'm staying at ",
        E("ADDRESS", addr),
        " (airbnb). Can someone call me on ",
        E("PHONE_NUMBER", x.phone_for(cu)),
        "?",
    )
    cv.a(
        "en",
        "We can sell you an antihistamine without prescription, ",
        at_least(x, 5, 18),
        ". We're open until ",
        K("TIME", x.time_en()),
        ".",
        sign(x, b, ag, "en"),
    )
    if x.chance(0.7):
        rel, other = relative_en(x, cu.origin)
        cv.c(
            "en",
            x.choice(["Grazie mille!! ", "Perfect, grazie! ", "Brilliant, cheers. "]),
            rel[0].upper() + rel[1:],
            " ",
            P(other.first),
            " will pick them up, ",
            "she" if other.female else "he",
            " has my passport copy",
        )
        cv.a("en", "No problem, see you later!")


def pharmacy_app(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    ip = x.ipv4() if x.chance(0.6) else x.ipv6()
    cv.c(
        "it",
        "buonasera, l'app della farmacia per prenotare i tamponi mi dice 'richiesta non valida da ",
        E("IP_ADDRESS", ip),
        "' 🤷‍♀️ " if cu.female else "' 🤷 ",
        intro(x, cu, "it"),
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " È un problema noto con alcune VPN. Può darmi la mail con cui si è registrat",
        "a" if cu.female else "o",
        "?",
    )
    cv.c(
        "it",
        E("EMAIL_ADDRESS", x.email(cu, 0.5)),
        x.choice(["", " ma forse ho usato quella vecchia", " questa"]),
    )
    cv.a(
        "it",
        "Fatto, ora dovrebbe funzionare. Il tampone è prenotato per ",
        K("DATE", x.date_it()),
        " alle ",
        K("TIME", x.time()),
        ", costo ",
        at_least(x, 15, 25),
        ".",
        sign(x, b, ag, "it"),
    )
    if x.chance(0.5):
        spouse = x.person("it", not cu.female)
        cv.c(
            "it",
            "grazie! posso prenotare anche per ",
            spouse_word(spouse, "it").strip(),
            "? ",
            "il cf è ",
            E("IT_FISCAL_CODE", x.fiscal_code(spouse)),
        )
        cv.a("it", "Sì, fatto anche per ", "lei" if spouse.female else "lui", " 🙂")


# ---- car
def car_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag, ag2 = x.r.sample(b.agents, 2)
    prod = x.choice(b.products[:2])
    cv.c(
        "it",
        x.choice(["Buonasera ", "CIAO ", "salve, "]),
        "vorrei info sul ",
        K("PRODUCT", prod),
        " per il weekend del ",
        K("DATE", x.date_it()),
        ", ",
        intro(x, cu, "it"),
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Il ",
        K("PRODUCT", prod),
        " parte da ",
        at_least(x, 120, 390),
        " con ritiro in sede a ",
        K("BRAND", "Bianchi Auto"),
        " Bergamo.",
    )
    cv.c(
        "it",
        "ok mandatemi il preventivo a ",
        E("EMAIL_ADDRESS", x.email(cu, 0.6)),
        x.choice(
            ["", " grazie", " (scritto così perché qui non mi fa mettere la chiocciola)", " thx"]
        ),
    )
    cv.a(
        "it",
        "Inviato! Per la cauzione serve una carta di credito intestata al conducente, ",
        "non prepagata.",
        sign(x, b, ag, "it"),
    )
    cv.c(
        "it",
        "posso darvela qui? ",
        E("CREDIT_CARD", x.card()),
        " scad 0",
        str(x.r.randrange(1, 10)),
        "/2",
        str(x.r.randrange(7, 9)),
    )
    cv.a(
        "it",
        "Per sicurezza non scriva i dati della carta in chat 🙏 la inseriamo al banco.",
        [" ", handover(x, b, ag, ag2, "it")] if x.chance(0.5) else "",
    )
    if x.chance(0.3):
        cv.c("it", "ah la fattura va intestata alla mia ditta, P.IVA ", E("IT_VAT_CODE", x.vat()))
        cv.a("it", "Ok 👍")
    if x.chance(0.6):
        other = x.person(cu.origin if cu.origin in FOREIGN else "it", not cu.female)
        cv.c(
            "it",
            "Guida anche ",
            spouse_word(other, "it"),
            P(other.first),
            ", la patente è a nome ",
            P(other.full),
        )
        cv.a(
            "it",
            "Nessun problema, aggiungiamo ",
            P(other.first),
            " come secondo conducente (",
            at_least(x, 8, 15),
            " al giorno).",
        )


def car_dealer_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    model = x.choice(b.products[2:])
    city = x.choice(IT_CITIES)[0]
    bro = x.person(cu.origin if cu.origin in FOREIGN else "it")
    cv.c(
        "it",
        "buongiorno allora io sarei interessat",
        "a" if cu.female else "o",
        " alla ",
        K("PRODUCT", model),
        " usata che avete messo sul sito quella grigia ma volevo sapere se si può fare "
        "il finanziamento ",
        "perché io lavoro a ",
        L(city),
        " come autonom",
        "a" if cu.female else "o",
        " e ho la partita iva ",
        E("IT_VAT_CODE", x.vat()),
        " e niente fatemi sapere grazie ",
        P(cu.called),
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Certo, il finanziamento è possibile anche con P.IVA. ",
        "Prezzo ",
        at_least(x, 7900, 18900),
        " + passaggio.",
    )
    cv.c(
        "it",
        "PERFETTO. VENGO SABATO CON ",
        "MIA SORELLA " if bro.female else "MIO FRATELLO ",
        P(bro.first.upper()),
        ". IL MIO CELL È ",
        E("PHONE_NUMBER", x.it_mobile()),
    )
    cv.a(
        "it",
        "Ti aspettiamo alle ",
        K("TIME", x.time()),
        ". Per l'acconto: bonifico su IBAN ",
        "che ti mando via mail, causale ordine ",
        K("ORDER", x.order()),
        ".",
        sign(x, b, ag, "it"),
    )
    if x.chance(0.6):
        cv.c(
            "it",
            "ok. se serve il rimborso della caparra il mio iban è ",
            E("IBAN_CODE", x.iban("IT")),
            " intestato a ",
            P(cu.full),
        )


def car_en(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    hotel_city = x.choice(["Bergamo", "Lake Como", "Bellagio", "Milan", "Varenna"])
    cv.c(
        "en",
        "Hi there! ",
        intro(x, cu, "en"),
        ", we land at Orio al Serio on ",
        K("DATE", x.date_en()),
        " at ",
        K("TIME", x.time_en()),
        ", flight ",
        K("FLIGHT", f"FR{x.digits(4)}"),
        ". Do you have an automatic car?",
    )
    cv.a(
        "en",
        hello(x, b, ag, cu, "en"),
        " Yes, a ",
        K("PRODUCT", x.choice(b.products[2:])),
        " automatic, ",
        at_least(x, 180, 520),
        " for 5 days incl. ",
        K("PRODUCT", "Formula Kasko Plus"),
        ".",
    )
    cv.c(
        "en",
        "Great. We're staying in ",
        L(hotel_city),
        ". My email is ",
        E("EMAIL_ADDRESS", x.email(cu, 0.7)),
        " and my cell ",
        E("PHONE_NUMBER", x.phone_for(cu)),
    )
    cv.a(
        "en",
        "Booked, reference ",
        K("ORDER", x.order()),
        ". Please bring the card of the main driver.",
        sign(x, b, ag, "en"),
    )
    other = x.person(cu.origin, not cu.female)
    cv.c(
        "en",
        "Will ",
        spouse_word(other, "en"),
        P(other.first),
        " be able to drive too? ",
        "Her" if other.female else "His",
        " licence is from ",
        x.choice(["Texas", "Scotland", "Ireland", "Ontario"]),
        ". grazie!!",
    )
    cv.a("en", "Sure, add ", P(other.full), " at the desk. Ciao!")
    if x.chance(0.4):
        cv.c("en", "One more thing, the deposit: can I use this one? ", E("CREDIT_CARD", x.card()))
        cv.a("en", "Please don't send card numbers here 🙈 we'll take it at the desk.")


# ---- estate
def estate_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag, ag2 = x.r.sample(b.agents, 2)
    addr = x.it_address(split=x.chance(0.4), near=b.city)
    partner = x.person("it", not cu.female)
    cv.c(
        "it",
        "Salve, vorremmo vendere il nostro appartamento in ",
        E("ADDRESS", addr),
        ", ",
        x.choice(["80 mq", "tre locali", "con box"]),
        ". Siamo io e ",
        spouse_word(partner, "it"),
        P(partner.full),
        ".",
    )
    cv.a("it", hello(x, b, ag, cu, "it"), " Possiamo fare una valutazione gratuita. Un recapito?")
    cv.c(
        "it",
        "fisso ",
        E("PHONE_NUMBER", x.it_landline(b.city)),
        " (dopo le ",
        K("TIME", x.time()),
        ") o cell di ",
        P(partner.first),
        " ",
        E("PHONE_NUMBER", x.it_mobile()),
    )
    cv.a("it", handover(x, b, ag, ag2, "it"))
    street_only = addr.split("\n")[0].split(",")[0]
    cv.a(
        "it",
        "Buongiorno, sono ",
        P(f"{ag2[0]} {ag2[1]}"),
        ". Passo ",
        K("DATE", x.date_it()),
        " alle ",
        K("TIME", x.time()),
        " in ",
        E("ADDRESS", street_only),
        "?",
    )
    cv.c("it", "va benissimo, citofono ", P(cu.last), x.choice([" scala B", "", " secondo piano"]))
    if x.chance(0.5):
        cv.c("it", "ps la mia mail è ", E("EMAIL_ADDRESS", x.email(cu, 0.5)))


def estate_en(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    flat = x.choice(b.products)
    email = x.email(cu, 0.0)
    country = x.choice(["DE", "NL", "FR", "ES"])
    boss = x.person(x.choice(["it", "gb"]))
    cv.c(
        "en",
        "Hello, I saw the ",
        K("PRODUCT", flat),
        " on your page. I'm relocating to ",
        L("Milan"),
        " for work in ",
        K("DATE", x.choice(["September", "October", "January"])),
        ".",
    )
    cv.a(
        "en",
        hello(x, b, ag, cu, "en"),
        " It's still available, ",
        at_least(x, 1100, 2400),
        " per month.",
    )
    header_ip: Piece = (
        ["\nX-Originating-IP: [", E("IP_ADDRESS", x.ipv4()), "]"] if x.chance(0.4) else ""
    )
    slug = (
        cu.first.lower().replace(" ", "") + "-" + cu.last.lower().replace(" ", "").replace("'", "")
    )
    cv.c(
        "en",
        [
            "Forwarding my employer's letter:\n\n---------- Forwarded message ---------\nFrom: ",
            P(boss.full),
            " <",
            E("EMAIL_ADDRESS", x.email(boss, 0.0)),
            ">\nDate: ",
            K("DATE", x.date_en()),
            header_ip,
            "\nSubject: Re: relocation\nTo: ",
            P(cu.full),
            " <",
            E("EMAIL_ADDRESS", email),
            ">\n\n",
            "Dear ",
            P(cu.called),
            ", please find attached the contract confirmation.\n\nBest,\n",
            P(boss.first),
            "\n\n",
            P(boss.full),
            " | HR Business Partner\nM: ",
            E("PHONE_NUMBER", x.phone_for(boss)),
            "\n",
            E("URL", f"linkedin.com/in/{slug}-{x.digits(3)}")
            if x.chance(0.5)
            else "www.example-employer.com",
        ],
    )
    cv.a(
        "en",
        "Thank you ",
        P(cu.called),
        ". The deposit goes to the owner, ",
        P(x.person("it").full),
        ", we will send the IBAN.",
        sign(x, b, ag, "en"),
    )
    cv.c(
        "en",
        "Ok. For the refund of the deposit later, my account is ",
        E("IBAN_CODE", x.iban(country)),
        " (",
        IBAN_COUNTRY[country][0],
        " bank, is that ok?)",
    )
    cv.a("en", "Yes, SEPA is fine 👍")


def estate_tenant_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    landlord = x.person("it")
    addr = x.it_address(near=b.city)
    cv.c(
        "it",
        "Buongiorno, sono l'inquilin",
        "a" if cu.female else "o",
        " di ",
        E("ADDRESS", addr),
        ", ",
        "la proprietaria sig.ra " if landlord.female else "il proprietario sig. ",
        P(landlord.last),
        " non risponde da settimane e la caldaia è rotta!!",
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Mi spiace, contatto subito ",
        "la sig.ra " if landlord.female else "il sig. ",
        P(landlord.full),
        ". Mi conferma nome e telefono?",
    )
    cv.c(
        "it",
        P(cu.full),
        " - ",
        E("PHONE_NUMBER", x.it_mobile()),
        x.choice(["", " (anche whatsapp)", ", meglio la sera"]),
    )
    cv.a(
        "it",
        "Grazie. Il tecnico della ditta ",
        K("BRAND", "Termoidraulica Sole"),
        " passa ",
        K("DATE", x.date_it()),
        " mattina.",
        sign(x, b, ag, "it"),
    )
    if x.chance(0.6):
        cv.c(
            "it",
            "ok, se non ci sono lascio le chiavi alla portinaia ",
            P(x.person("it", True).first),
            ". e il rimborso della fattura lo fate sull'iban del contratto? ",
            E("IBAN_CODE", x.iban("IT")),
        )
        cv.a("it", "Sì, esatto.")


# ---- vet
def vet_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag, ag2 = x.r.sample(b.agents, 2)
    pet = x.choice(["Leone", "Sole", "Briciola", "Pepe", "Fiore", "Birba", "Rocky", "Luna"])
    cv.c(
        "it",
        x.choice(["Buongiorno", "salve", "BUONGIORNO"]),
        " il mio gatto ",
        pet,
        " non mangia da due giorni, posso portarlo oggi? ",
        intro(x, cu, "it"),
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Oggi c'è la dott.ssa ",
        P(b.agents[0][1]),
        " fino alle ",
        K("TIME", x.time()),
        ". Mi lascia un numero?",
    )
    cv.c("it", E("PHONE_NUMBER", x.it_mobile()), x.choice([" (whatsapp)", "", " chiamate pure"]))
    cv.a(
        "it",
        "Segnato. Porti il libretto sanitario; con il ",
        K("PRODUCT", "Check-up Senior Plus"),
        " la visita è scontata.",
        sign(x, b, ag, "it"),
    )
    if x.chance(0.6):
        owner = x.foreign()
        cv.c(
            "it",
            "lo porta ",
            "la mia vicina " if owner.female else "il mio vicino ",
            P(owner.full),
            x.choice([" perché io sono al lavoro a ", " perchè sono fuori a "]),
            L(x.choice(IT_CITIES)[0]),
            ", va bene se firma ",
            "lei" if owner.female else "lui",
            "?",
        )
        cv.a("it", "Sì, basta una delega. Oggi pomeriggio c'è ", P(ag2[0]), " in accettazione.")
    if x.chance(0.5):
        cv.c(
            "it",
            "ah la fattura mi serve col codice fiscale per il 730: ",
            E("IT_FISCAL_CODE", x.fiscal_code(cu)),
        )
        cv.a("it", "Ok, la intestiamo a ", P(cu.full), ".")


def vet_en(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    addr = x.it_address(split=True, near=b.city)
    joint = x.choice(["and", "loves", "with"])
    pet = x.choice(["max", "luna", "biscuit"])
    handle = f"@{cu.called.lower().replace(' ', '')}.{joint}.{pet}"
    cv.c(
        "en",
        "URGENT my dog ate chocolate!!! we are at ",
        E("ADDRESS", addr),
        " can you come or should we drive??",
    )
    cv.a("en", "Please come now, we are open 24h. What's your name and number?")
    cv.c("en", P(cu.full), " ", E("PHONE_NUMBER", x.phone_for(cu)), " on my way")
    cv.a(
        "en", "Dr ", P(b.agents[0][1]), " is waiting for you at the entrance.", sign(x, b, ag, "en")
    )
    cv.c(
        "en", "Thank you so so much, he's fine now ❤️ you can tag us on insta ", E("HANDLE", handle)
    )
    if x.chance(0.6):
        cv.a(
            "en",
            "So happy to hear that! We'll send the invoice ",
            K("ORDER", x.order()),
            " for ",
            at_least(x, 90, 400),
            " by email.",
        )


# ---- florist / wedding
def florist_wedding_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = b.agents[0] if x.chance(0.6) else x.choice(b.agents)
    spouse = x.person(x.choice(["it", "it", "sq", "gb"]), not cu.female)
    venue = x.choice(["Fiesole", "Greve in Chianti", "San Gimignano", "Impruneta", "Montepulciano"])
    cv.c(
        "it",
        "Ciao ",
        P(ag[0]),
        "! siamo ",
        P(cu.called),
        " e ",
        P(spouse.called),
        ", ci sposiamo il ",
        K("DATE", x.date_it()),
        " a ",
        L(venue),
        " 💍 ci interessa il ",
        K("PRODUCT", x.choice(["Pacchetto Toscana Relax", "Pacchetto Sposi Amalfi"])),
    )
    cv.a(
        "it",
        "Che bello, auguri!! 🌸 Il pacchetto parte da ",
        at_least(x, 1800, 4500),
        " e include bouquet, allestimento chiesa e centrotavola.",
        sign(x, b, ag, "it"),
    )
    photographer = x.person("it")
    ph_handle = (
        "@"
        + photographer.last.lower().replace(" ", "").replace("'", "")
        + x.choice(["_ph", ".foto", "photography"])
    )
    ph_contact = E("URL", profile_url(x, photographer)) if x.chance(0.4) else E("HANDLE", ph_handle)
    cv.c(
        "it",
        "il fotografo è ",
        P(photographer.full),
        " (",
        ph_contact,
        ") vi coordinate voi? la mia mail ",
        E("EMAIL_ADDRESS", x.email(cu, 0.8)),
    )
    cv.a(
        "it",
        "Certo! Per bloccare la data chiediamo un acconto del 30% (",
        at_least(x, 500, 1300),
        ").",
    )
    mum = x.person("it", True)
    cv.c(
        "it",
        "Ok faccio il bonifico dal conto di mia mamma ",
        P(mum.full),
        x.choice([", tanto paga lei 😂", ""]),
        ". mi date l'iban?",
    )
    cv.a(
        "it",
        "Te lo mando in privato su WhatsApp. Il numero del negozio è quello sulla pagina.",
        sign(x, b, ag, "it"),
    )


def florist_en(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    fiance = x.person("us", x.chance(0.5))
    cv.c(
        "en",
        "Hi!! ",
        intro(x, cu, "en"),
        " from ",
        L(x.choice(["Denver", "Chicago", "Seattle", "Boston"])),
        ", me and my ",
        "fiancée " if fiance.female else "fiancé ",
        P(fiance.first),
        " are getting married in ",
        L(x.choice(["Florence", "Siena", "Chianti"])),
        " next ",
        K("DATE", x.choice(["June", "September", "May"])),
        " and we LOVE the ",
        K("PRODUCT", "Tuscany Dream Package"),
    )
    cv.a(
        "en",
        hello(x, b, ag, cu, "en"),
        " Congratulations! The ",
        K("PRODUCT", "Tuscany Dream Package"),
        " starts at ",
        at_least(x, 2500, 6000),
        ". Could you send us your details?",
    )
    cv.c(
        "en",
        P(cu.full),
        "\n",
        E("ADDRESS", x.us_address()),
        "\n",
        E("PHONE_NUMBER", x.us_phone()),
        "\n",
        E("EMAIL_ADDRESS", x.email(cu, 0.8)),
    )
    cv.a(
        "en",
        "Thank you! The deposit can be paid by card over the phone, never write it here please.",
        sign(x, b, ag, "en"),
    )
    cv.c(
        "en",
        "oops too late lol ",
        E("CREDIT_CARD", x.card()),
        " - ",
        P(fiance.first.lower()),
        " says sorry",
        x.choice(["", " 😅"]),
    )
    cv.a("en", "No worries, we will delete the message. Grazie ", P(cu.called), "! 💐")
    if x.chance(0.5):
        cv.a(
            "en",
            "PS the ribbon samples left today, tracking ",
            K(
                "TRACKING",
                x.choice(
                    [
                        f"9400 1{x.digits(3)} {x.digits(4)} {x.digits(4)} "
                        f"{x.digits(4)} {x.digits(2)}",
                        f"1Z{x.digits(3)}AA{x.digits(10)}",
                        x.digits(22),
                    ]
                ),
            ),
            " 📦",
        )


def florist_order_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    other = x.person("it", not cu.female)
    love = (
        other.called
        if x.chance(0.5)
        else x.choice(
            ["Gioia", "Serena", "Bianca", "Angela", "Rosa"]
            if other.female
            else ["Leone", "Marino", "Fiore"]
        )
    )
    addr = x.it_address(near=b.city)
    cv.c(
        "it",
        "ciao vorrei mandare un ",
        K("PRODUCT", "Bouquet Margherita"),
        " ",
        "alla mia ragazza " if other.female else "al mio ragazzo ",
        P(love),
        " per il nostro anniversario, ",
        K("DATE", x.date_it()),
    )
    cv.a(
        "it", "Che pensiero carino! ", at_least(x, 35, 90), " con consegna. Indirizzo e biglietto?"
    )
    cv.c(
        "it",
        E("ADDRESS", addr),
        x.choice([" biglietto: ", "\n\nbiglietto: "]),
        "'Al",
        "la mia " if other.female else " mio ",
        P(love),
        ", per sempre tu",
        "a" if cu.female else "o",
        " ",
        P(cu.called),
        "'",
    )
    t1 = x.r.randrange(9, 14)
    cv.a(
        "it",
        "Ordine ",
        K("ORDER", x.order()),
        " confermato, consegna tra le ",
        K("TIME", f"{t1}:00"),
        " e le ",
        K("TIME", f"{t1 + 3}:00"),
        ". Tracking corriere: ",
        K("TRACKING", x.tracking()),
        sign(x, b, ag, "it"),
    )
    if x.chance(0.5):
        cv.c(
            "it", "se non c'è lasciatelo alla portinaia, la signora ", P(x.person("it", True).last)
        )
    if x.chance(0.4):
        cv.c("it", "pago con carta: ", E("CREDIT_CARD", x.card()), " cvv lo mando dopo")
        cv.a("it", "No no, ti mandiamo un link di pagamento sicuro 🙏")


# ---- insurance
def insurance_claim_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = ("Marco", "Fumagalli")
    other = x.person(x.choice(["it", "ro", "sn", "zh"]))
    place = x.choice(IT_CITIES)[0]
    cv.c(
        "it",
        "Buongiorno ho avuto un incidente ieri a ",
        L(place),
        ", polizza ",
        K("POLICY", x.policy()),
        ", ",
        intro(x, cu, "it"),
    )
    cv.a(
        "it",
        "Buongiorno, ",
        P("Marco"),
        " (ufficio sinistri). Mi servono codice fiscale, dati ",
        "dell'altro conducente e un IBAN per l'eventuale rimborso.",
    )
    cv.c(
        "it",
        "CF ",
        E("IT_FISCAL_CODE", x.fiscal_code(cu)),
        "\naltro conducente: ",
        P(other.full),
        ", tel ",
        E("PHONE_NUMBER", x.it_mobile()),
        "\niban ",
        E("IBAN_CODE", x.iban("IT")),
    )
    cv.a(
        "it",
        "Grazie. Il sinistro è aperto con numero ",
        K("ORDER", f"SIN-{x.digits(6)}"),
        ". Il perito ",
        P(x.person("it").full),
        " la contatterà entro ",
        K("DATE", x.choice(["5 giorni", "lunedì"])),
        ".",
        sign(x, b, ag, "it"),
    )
    if x.chance(0.6):
        cv.c(
            "it",
            "La carrozzeria è da ",
            P(x.person("it").last),
            " in ",
            E("ADDRESS", x.it_address(near=b.city)),
            x.choice(["", ", se il perito vuole vedere la macchina"]),
        )
        cv.a("it", "Perfetto, lo segnalo a ", P("Grace"), " che gestisce le perizie.")


def insurance_forward_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    admin = x.person("it")
    company = x.choice(
        ["Edil Futura S.n.c.", "Termoidraulica Adriatica S.r.l.", "Impianti Nord Ovest S.r.l."]
    )
    addr = x.it_address()
    cv.c(
        "it",
        "Vi inoltro la mail dell'amministratore:\n\nDa: ",
        P(admin.full),
        " <",
        E("EMAIL_ADDRESS", x.email(admin, 0.0)),
        ">\nInviato: ",
        K("DATE", x.date_it()),
        " ",
        K("TIME", x.time()),
        "\nA: ",
        P(cu.full.lower() if x.chance(0.3) else cu.full),
        "\nOggetto: R: rinnovo ",
        K("PRODUCT", "Polizza CasaSicura Plus"),
        "\n\nGentile ",
        P(cu.called),
        ",\nconfermo il rinnovo. Cordiali saluti\n\n",
        P(admin.full),
        "\n",
        K("BRAND", company),
        "\n",
        E("ADDRESS", addr),
        "\nTel. ",
        E("PHONE_NUMBER", x.it_landline()),
        " - Cell. ",
        E("PHONE_NUMBER", x.it_mobile()),
        "\nP.IVA ",
        E("IT_VAT_CODE", x.vat()),
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Ricevuto, il rinnovo della ",
        K("PRODUCT", "Polizza CasaSicura Plus"),
        " (",
        K("POLICY", x.policy()),
        ") costa ",
        at_least(x, 180, 640),
        " l'anno.",
        sign(x, b, ag, "it"),
    )
    cv.c(
        "it",
        "ok. pago con bonifico, mi mandate le coordinate a ",
        E("EMAIL_ADDRESS", x.email(cu, 0.7)),
        "?",
    )
    cv.a("it", "Certo, inviate.")


def insurance_en(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice([a for a in b.agents if a[0] != "Marco"])
    addr = x.uk_address(split=x.chance(0.5))
    italy_addr = x.it_address()
    cv.c(
        "en",
        "Good afternoon, ",
        intro(x, cu, "en"),
        ". I'd like a quote for ",
        K("PRODUCT", "HomeAbroad Cover"),
        " for our holiday home at ",
        E("ADDRESS", italy_addr),
        ".",
    )
    cv.a("en", hello(x, b, ag, cu, "en"), " Could you give me your UK address and a phone number?")
    cv.c(
        "en",
        E("ADDRESS", addr),
        "\n",
        E("PHONE_NUMBER", x.uk_phone()),
        " (mobile) or ",
        E("PHONE_NUMBER", x.uk_phone()),
        x.choice([" evenings", ""]),
    )
    cv.a(
        "en",
        "Thanks ",
        P(cu.called),
        ". The premium is ",
        at_least(x, 240, 900, "£"),
        " a year, policy ",
        K("POLICY", x.policy()),
        " will start on ",
        K("DATE", x.date_en()),
        ".",
        sign(x, b, ag, "en"),
    )
    if x.chance(0.6):
        co = x.person("gb", not cu.female)
        cv.c(
            "en",
            "Lovely. Please also add ",
            spouse_word(co, "en"),
            P(co.full),
            " as co-owner. ",
            "Her" if co.female else "His",
            " email is ",
            E("EMAIL_ADDRESS", x.email(co, 0.6)),
        )
        cv.a("en", "Done ✔️ Cheers, ", P(ag[0]))
    if x.chance(0.4):
        cv.a(
            "en",
            "Your documents were posted today, Royal Mail tracking ",
            K("TRACKING", f"{x.choice(['RR', 'TT', 'JV'])}{x.digits(9)}GB"),
            ".",
        )


def insurance_login(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    lang = "it" if cu.origin not in ("gb", "us") else "en"
    ag = x.choice(b.agents)
    ip = x.ipv4() if x.chance(0.6) else x.ipv6()
    if lang == "it":
        cv.c(
            "it",
            "non riesco ad entrare nell'area clienti, mi dice 'accesso bloccato' 😡 ",
            intro(x, cu, "it"),
        )
        cv.a(
            "it",
            hello(x, b, ag, cu, "it"),
            " Mi indica l'indirizzo IP che vede nel messaggio di errore?",
        )
        cv.c(
            "it",
            E("IP_ADDRESS", ip),
            x.choice([" questo", "", " (dal wifi di casa)"]),
            ". la mail di registrazione è ",
            E("EMAIL_ADDRESS", x.email(cu, 0.5)),
        )
        cv.a("it", "Sbloccato. Era un blocco di sicurezza dopo 5 tentativi.", sign(x, b, ag, "it"))
        cv.c(
            "it",
            "grazie!! ora vedo la ",
            K("PRODUCT", "Polizza RC Auto Smart"),
            " e la rata di ",
            at_least(x, 40, 120),
        )
    else:
        cv.c(
            "en",
            "Hi, the customer portal says my IP ",
            E("IP_ADDRESS", ip),
            " is blocked?? ",
            intro(x, cu, "en"),
        )
        cv.a(
            "en",
            hello(x, b, ag, cu, "en"),
            " Sorry about that. Could you confirm your policy number?",
        )
        cv.c("en", K("POLICY", x.policy()), x.choice(["", " - it's the Travel one"]))
        cv.a("en", "Unblocked, please try again.", sign(x, b, ag, "en"))
        if x.chance(0.6):
            cv.c(
                "en",
                "Works now, thanks! Also my new mobile is ",
                E("PHONE_NUMBER", x.phone_for(cu)),
                ", the old one was my ex's lol",
            )
            cv.a("en", "Updated ✔️")


def business_client_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    dad = x.person("it", False)
    pec = f"{cu.last.lower().replace(' ', '').replace(chr(39), '')}srl@pec.it"
    cv.c(
        "it",
        "Buongiorno, scrivo per la ditta di mio padre ",
        P(dad.full),
        ". Ci servirebbe fattura intestata, P.IVA ",
        E("IT_VAT_CODE", x.vat()),
        ", sede in ",
        E("ADDRESS", x.it_address()),
        ", PEC ",
        E("EMAIL_ADDRESS", pec),
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Certo. La fattura dell'ordine ",
        K("ORDER", x.order()),
        " (",
        at_least(x, 80, 900),
        ") arriva entro ",
        K("DATE", x.date_it()),
        ".",
        sign(x, b, ag, "it"),
    )
    cv.c(
        "it",
        "Grazie. Il referente amministrativo è ",
        P(x.person("it").full),
        ", ",
        E("PHONE_NUMBER", x.it_landline()),
        x.choice(["", " int. 23"]),
    )
    if x.chance(0.5):
        cv.a("it", "Segnato, ", P(cu.called), ". Buon lavoro!")


# ---- social / messy
def _slug(p: Person) -> tuple[str, str]:
    return p.called.lower().replace(" ", ""), p.last.lower().replace(" ", "").replace("'", "")


def profile_url(x: Ctx, p: Person) -> str:
    first, last = _slug(p)
    return x.choice(
        [
            f"https://www.instagram.com/{first}.{last}/",
            f"facebook.com/{first}.{last}.{x.digits(2)}",
            f"instagram.com/{first}_{x.digits(3)}",
            f"https://m.facebook.com/profile.php?id=1000{x.digits(11)}",
            f"www.facebook.com/{last}{first}",
            f"https://t.me/{first}{last[:3]}",
        ]
    )


def instagram_mixed(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    first, last = _slug(cu)
    handle = f"@{first}_{last[:5]}{x.digits(2)}"
    friend = x.person("it")
    url = profile_url(x, friend)
    cv.c(
        "it",
        "heyy ho visto la storia!! 😍 è ancora valida la promo sul ",
        K("PRODUCT", x.choice(b.products)),
        "? sono ",
        E("HANDLE", handle),
        " non so se mi vedi",
    )
    cv.a("it", "Ciao! Sì fino a ", K("DATE", x.date_it()), " 🙌", sign(x, b, ag, "it"))
    cv.c(
        "it",
        "top. ",
        "la mia amica " if friend.female else "il mio amico ",
        P(friend.called.lower()),
        " voleva taggarvi ma non vi trova, è ",
        "lei " if friend.female else "lui ",
        E("URL", url),
    )
    cv.a("it", "Trovata 😊 ciao ", P(friend.called), "!")
    if x.chance(0.7):
        cv.c(
            "en",
            "btw can I pay with revolut? I'm living in ",
            L(x.choice(["London", "Dublin", "Berlin"])),
            " right now lol, back in Italy for the summer",
        )
        cv.a("en", "Yes, any card works! 💳")


def telegram_codeswitch(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    city = x.choice(IT_CITIES)[0]
    spouse = x.person(cu.origin, not cu.female)
    cv.c(
        "it",
        "buongiorno, scusa mio italiano non è perfetto. io ",
        P(cu.full),
        ", abito a ",
        L(city),
        " da ",
        x.choice(["tre", "cinque", "dieci"]),
        " anni",
    )
    cv.a("it", hello(x, b, ag, cu, "it"), " Nessun problema, possiamo anche scrivere in inglese.")
    cv.c(
        "en",
        "thank you! it's easier. ",
        spouse_word(spouse, "en"),
        P(spouse.first),
        " needs the appointment on ",
        K("DATE", x.date_en()),
        ", ",
        "her" if spouse.female else "his",
        " number is ",
        E("PHONE_NUMBER", x.it_mobile()),
    )
    cv.a("en", "Booked for ", K("TIME", x.time_en()), ". See you then!", sign(x, b, ag, "en"))
    cv.c(
        "it",
        "grazie mille, gentilissim",
        "a" if ag[0] in FEMALE_AGENTS else "o",
        x.choice(["", " 🙏", "!!"]),
    )


def voice_note_it(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    rel, other = relative_it(x)
    addr = x.it_address(with_city=x.chance(0.5), near=b.city)
    pro = "lei" if other.female else "lui"
    cv.c(
        "it",
        "allora niente ti spiego praticamente ",
        rel,
        " cioè ",
        P(other.first.lower()),
        " ieri è passat",
        "a" if other.female else "o",
        " da voi e gli hanno detto che doveva tornare oggi ma oggi ",
        pro,
        " non può perché lavora e quindi volevo sapere se potevo passare io oppure se lo "
        "mandate a casa che è in ",
        E("ADDRESS", addr),
        " tipo vicino alla farmacia vecchia insomma fammi sapere ciao ciao sono ",
        P(cu.called.lower()),
    )
    cv.a(
        "it",
        hello(x, b, ag, cu, "it"),
        " Può passare tranquillamente, a nome ",
        P(other.full),
        ".",
    )
    cv.c("it", "ok grazie mille!!! 😘😘")


def complaint_caps(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    order = x.order()
    cv.c(
        "it",
        "SONO TRE GIORNI CHE ASPETTO L'ORDINE ",
        K("ORDER", order),
        " NESSUNO RISPONDE AL TELEFONO!!! ",
        P(cu.full.upper()),
    )
    cv.a(
        "it",
        "Ci scusi ",
        P(cu.called),
        ", ",
        P(ag[0]),
        " qui. Il corriere ha avuto un ritardo, tracking ",
        K("TRACKING", x.tracking()),
        ".",
    )
    cv.c(
        "it",
        "e io cosa ci faccio col traking?? richiamatemi al ",
        E("PHONE_NUMBER", x.it_mobile()),
        " oppure scrivete a ",
        E("EMAIL_ADDRESS", x.email(cu, 0.5)),
        x.choice(["", " GRAZIE"]),
    )
    cv.a(
        "it",
        "La chiama ",
        P(x.choice(b.agents)[0]),
        " entro le ",
        K("TIME", x.time()),
        ". Le rimborsiamo la spedizione (",
        at_least(x, 5, 12),
        ").",
        sign(x, b, ag, "it"),
    )
    if x.chance(0.6):
        cv.c(
            "it",
            K("WORD", "Spedito"),
            " un corno, il corriere ",
            P(x.choice(["Gianni", "Jack", "Moussa", "Marino"])),
            " dice che l'indirizzo era sbagliato!",
        )


def english_expat_general(x: Ctx, cv: Conv) -> None:
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    where = x.choice(["Bologna", "Florence", "Turin", "Bergamo", "Milan"])
    country = x.choice(["DE", "NL", "FR", "IT"])
    cv.c(
        "en",
        "Hi, quick question. ",
        intro(x, cu, "en"),
        ", I moved to ",
        L(where),
        " last month. Can I pay by bank transfer from a foreign account?",
    )
    cv.a("en", hello(x, b, ag, cu, "en"), " Yes, any SEPA account works.")
    cv.c(
        "en",
        "Brilliant. It's ",
        E("IBAN_CODE", x.iban(country)),
        " in the name of ",
        P(cu.full),
        ".",
    )
    cv.a("en", "Got it, thanks. Anything else?", sign(x, b, ag, "en"))
    if x.chance(0.7):
        cv.c(
            "en",
            "My address for the invoice: ",
            E("ADDRESS", x.it_address(near=b.city)),
            ". Cheers, ",
            P(cu.called),
        )
    if x.chance(0.6):
        cv.a(
            "en",
            K("WORD", "Perfect"),
            ". Invoice ",
            K("ORDER", x.order()),
            " will follow. Have a nice day!",
        )


def english_callback(x: Ctx, cv: Conv) -> None:
    """Short English threads: a call-back request with the number in an unusual shape."""
    b, cu = cv.business, cv.customer
    ag = x.choice(b.agents)
    rel, other = relative_en(x, cu.origin)
    cv.c(
        "en",
        x.choice(["hiya", "Hello", "hi!!", "Good evening"]),
        " could someone ring me back re. ",
        rel,
        " ",
        P(other.called),
        "? ",
        x.choice(["My number's ", "call me on ", "number: "]),
        E("PHONE_NUMBER", x.phone_for(cu)),
        x.choice(
            [
                "",
                " after 6pm",
                " (my UK mobile, on WhatsApp too)" if cu.origin == "gb" else " (US cell)",
            ]
        ),
    )
    cv.a("en", hello(x, b, ag, cu, "en"), " Sure, who should we ask for?")
    cv.c("en", P(cu.called.lower() if x.chance(0.3) else cu.full), x.choice(["", " x", " :)"]))
    cv.a("en", P(ag[0]), " will call you at ", K("TIME", x.time_en()), ".")
    if x.chance(0.5):
        cv.c(
            "en",
            "Ta. If I don't answer try ",
            rel,
            " on ",
            E("PHONE_NUMBER", x.phone_for(other)),
            " or email ",
            E("EMAIL_ADDRESS", x.email(other, 0.8)),
        )
    if x.chance(0.4):
        cv.c(
            "en",
            "or just message me on ",
            E("URL", profile_url(x, cu)),
            x.choice(["", " 👍", " x"]),
        )


def thank_agent(x: Ctx, cv: Conv) -> None:
    """Sometimes the customer closes by thanking an agent who wrote in the thread, by name
    (lowercase, glued to an emoji, with a nickname-like shortening)."""
    names = {a[0] for a in cv.business.agents}
    seen = sorted(
        {
            p.text
            for role, _, pieces in cv.turns
            if role == "a"
            for p in _flatten(pieces)
            if isinstance(p, Part) and p.type == "PERSON" and p.text in names
        }
    )
    if not seen or not x.chance(0.35):
        return
    name = x.choice(seen)
    lang = next(lang for role, lang, _ in reversed(cv.turns) if role == "c")
    if lang == "en" and x.chance(0.4):
        lang = "it"  # English speakers living in Italy often close in Italian
    end = "a" if name in FEMALE_AGENTS else "o"
    options: list[list[Piece]] = (
        [
            ["grazie ", P(name.lower()), "!!"],
            ["Grazie mille ", P(name), "🙏"],
            ["ok grazie ", P(name), f" sei stat{end} gentilissim{end}"],
            ["GRAZIE ", P(name.upper()), " ❤️"],
        ]
        if lang == "it"
        else [
            ["Thanks ", P(name), "🙏"],
            ["cheers ", P(name.lower()), "!"],
            ["Thank you so much ", P(name), ", you've been super helpful"],
        ]
    )
    cv.c(lang, x.choice(options))


Scenario = Callable[[Ctx, Conv], None]
# (scenario, business key, customer origins, platforms, weight)
SCENARIOS: list[tuple[Scenario, str, tuple[str, ...], tuple[str, ...], int]] = [
    (pharmacy_it, "pharmacy", ("it", "it", "ro", "sq"), ("whatsapp", "messenger"), 3),
    (pharmacy_delivery_it, "pharmacy", ("it", "it", "pe"), ("whatsapp", "telegram"), 3),
    (pharmacy_en, "pharmacy", ("gb", "us"), ("whatsapp", "messenger"), 5),
    (pharmacy_app, "pharmacy", ("it", "zh", "it"), ("messenger", "telegram"), 2),
    (car_it, "car", ("it", "it", "sq"), ("messenger", "whatsapp"), 4),
    (car_dealer_it, "car", ("it", "sn", "it"), ("whatsapp", "messenger"), 2),
    (car_en, "car", ("us", "gb"), ("messenger", "whatsapp"), 5),
    (estate_it, "estate", ("it", "it", "zh"), ("whatsapp", "messenger"), 4),
    (estate_en, "estate", ("in", "uk", "gb", "us"), ("messenger", "telegram"), 4),
    (estate_tenant_it, "estate", ("it", "ro", "pe", "sn"), ("whatsapp", "telegram"), 2),
    (vet_it, "vet", ("it", "it", "ro"), ("whatsapp", "instagram"), 4),
    (vet_en, "vet", ("gb", "us"), ("whatsapp", "instagram"), 4),
    (florist_wedding_it, "florist", ("it", "it", "sq"), ("instagram", "whatsapp"), 4),
    (florist_en, "florist", ("us",), ("instagram", "messenger"), 4),
    (florist_order_it, "florist", ("it", "it"), ("instagram", "messenger"), 2),
    (insurance_claim_it, "insurance", ("it", "it", "sn"), ("whatsapp", "telegram"), 4),
    (insurance_forward_it, "insurance", ("it",), ("messenger", "whatsapp"), 2),
    (insurance_en, "insurance", ("gb",), ("messenger", "whatsapp"), 5),
    (insurance_login, "insurance", ("it", "gb", "us"), ("messenger", "telegram"), 4),
    (business_client_it, "car", ("it",), ("messenger",), 1),
    (business_client_it, "florist", ("it",), ("whatsapp",), 1),
    (instagram_mixed, "florist", ("it",), ("instagram",), 2),
    (instagram_mixed, "vet", ("it",), ("instagram",), 1),
    (telegram_codeswitch, "vet", ("uk", "in", "pe"), ("telegram",), 2),
    (telegram_codeswitch, "estate", ("uk", "ro", "zh"), ("telegram", "whatsapp"), 2),
    (voice_note_it, "pharmacy", ("it",), ("whatsapp",), 2),
    (voice_note_it, "vet", ("it",), ("whatsapp",), 1),
    (complaint_caps, "pharmacy", ("it",), ("messenger",), 1),
    (complaint_caps, "florist", ("it",), ("messenger", "instagram"), 2),
    (english_expat_general, "estate", ("gb", "us", "in"), ("whatsapp",), 2),
    (english_expat_general, "vet", ("gb", "uk"), ("messenger",), 1),
    (english_callback, "insurance", ("gb",), ("whatsapp", "messenger"), 3),
    (english_callback, "car", ("us", "gb"), ("messenger",), 2),
]


# --------------------------------------------------------------------------- records
def _hid(*parts: object, n: int = 16) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def _ids(platform: str, seed: int, key: str) -> str:
    h = _hid(seed, platform, key, n=24)
    if platform == "whatsapp":
        return f"wamid.HBgM{h.upper()}"
    if platform == "telegram":
        return str(int(h[:10], 16))
    if platform == "instagram":
        return f"aWdfZAG{h}"
    return f"m_{h}"


def build(seed: int = DEFAULT_SEED) -> str:
    """The corpus as JSON lines (same seed, same Faker version -> same string)."""
    x = Ctx(seed)
    pool = [s for s in SCENARIOS for _ in range(s[4])]
    x.r.shuffle(pool)
    n_conversations = len(pool)
    lines: list[str] = []
    start = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    for index in range(n_conversations):
        scenario, key, origins, platforms, _ = pool[index]
        business = BUSINESSES[key]
        origin = x.choice(origins)
        customer = x.person(origin)
        platform = x.choice(platforms)
        cv = Conv(business, customer, platform)
        scenario(x, cv)
        thank_agent(x, cv)
        conv_id = {
            "messenger": "t_",
            "instagram": "aWdfaWdfdh_",
            "whatsapp": "wa_",
            "telegram": "tg_",
        }[platform] + _hid(seed, "conv", index, n=20)
        page_id = str(int(_hid("page", key, platform), 16))[:15]
        if platform == "whatsapp":
            cust_id = (
                "39" + x.digits(10)
                if origin not in ("gb", "us")
                else ("447700" + x.digits(6) if origin == "gb" else "1" + x.digits(10))
            )
        elif platform == "instagram":
            cust_id = "1784" + x.digits(13)
        elif platform == "telegram":
            cust_id = str(x.r.randrange(10**8, 10**10))
        else:
            cust_id = x.digits(16)
        display = {
            "messenger": customer.full,
            "whatsapp": customer.called if x.chance(0.5) else customer.full,
            "instagram": customer.called.lower() + x.digits(2),
            "telegram": customer.first,
        }[platform]
        when = start + timedelta(days=index * 1.7 + x.r.random(), minutes=x.r.randrange(0, 600))
        for number, (role, lang, pieces) in enumerate(cv.turns):
            text, entities, keep = render(pieces)
            when += timedelta(seconds=x.r.randrange(20, 5400))
            is_customer = role == "c"
            message = {
                "message_id": _ids(platform, seed, f"{index}/{number}"),
                "conversation_id": conv_id,
                "platform": platform,
                "page_id": page_id,
                "sender_id": cust_id if is_customer else page_id,
                "sender_name": display if is_customer else business.page,
                "sender_role": "customer" if is_customer else "agent",
                "recipient_id": page_id if is_customer else cust_id,
                "created_time": when.isoformat(),
                "text": text,
            }
            record = {"message": message, "language": lang, "entities": entities, "keep": keep}
            lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="overwrite a file whose bytes differ")
    args = parser.parse_args(argv)
    data = build(args.seed).encode("utf-8")
    if args.out.exists():
        if args.out.read_bytes() == data:
            print(f"{args.out}: unchanged")
            return 0
        if not args.force:
            print(
                f"{args.out}: exists with different bytes; re-run with --force to overwrite",
                file=sys.stderr,
            )
            return 1
    args.out.write_bytes(data)
    print(f"{args.out}: wrote {data.count(NEWLINE)} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
