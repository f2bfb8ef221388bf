"""Write the blind test corpus: labelled chat messages the anonymiser's authors never saw.

Written blind: its author read only ``privacy/evaluate.py`` (dataset format, scoring rules),
``docs/evaluation.md`` and the message model; never the engine, its recognizers, the demo
generator or the other corpora, and never ran the engine on this corpus. It was session 2's
untouched test set (6.3% leak); in session 3 its failures were studied and it became a
development set (tests/privacy/test_blind_corpora.py), replaced as a test set by the
hand-written corpora.

Five invented businesses (``BUSINESS_NAMES``: set the tenant's business names to them when
measuring) talk with customers on Messenger, Instagram, WhatsApp and Telegram, in Italian and
English (with code-switching). All personal data is synthetic (seeded Faker and ``random``).

Regenerate (same seed, same bytes; refuses to overwrite different bytes without ``--force``)::

    .venv/bin/python tests/data/make_blind_test_corpus.py [--out PATH] [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.it import codicefiscale, iva

SEED = 20261125
OUT = Path(__file__).with_name("blind_test_corpus.jsonl")

BUSINESS_NAMES = [
    "Ottica Valsecchi",
    "Forno Santa Rita",
    "Smartfix Lab",
    "Altamarea Viaggi",
    "Kinetica Gym",
]
ENTITY_TYPES = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IT_FISCAL_CODE",
    "IT_VAT_CODE",
    "IP_ADDRESS",
    "URL",
    "HANDLE",
    "LOCATION",
    "ADDRESS",
}
KEEP_TYPES = {"ORDER", "TRACKING", "PRICE", "PRODUCT", "BRAND", "DATE", "TIME"}

# --- names --------------------------------------------------------------------------------

IT_NICK = {
    "Giuseppe": ["Peppe", "Giuse", "Pino", "Peppino"],
    "Giuseppina": ["Giusy", "Pina"],
    "Federica": ["Fede"],
    "Federico": ["Fede", "Chicco"],
    "Valentina": ["Vale"],
    "Francesco": ["Ciccio", "Franci", "Checco"],
    "Alessandro": ["Ale", "Sandro"],
    "Salvatore": ["Totò", "Salvo"],
    "Antonio": ["Tonino", "Totò"],
    "Roberta": ["Robi"],
    "Elisabetta": ["Betta", "Elisa"],
    "Margherita": ["Marghe", "Rita"],
    "Caterina": ["Cate"],
    "Giovanni": ["Gianni", "Nanni"],
    "Vincenzo": ["Enzo", "Vincè"],
    "Domenico": ["Mimmo"],
    "Lorenzo": ["Lollo", "Lore"],
    "Beatrice": ["Bea"],
    "Martina": ["Marti"],
    "Gabriele": ["Gabri"],
    "Annunziata": ["Nunzia"],
    "Concetta": ["Titti", "Cettina"],
    "Raffaele": ["Lello"],
    "Gennaro": ["Genny"],
    "Emanuela": ["Manu"],
    "Stefano": ["Ste"],
}
EN_NICK = {
    "Michael": ["Mike", "Mick"],
    "Elizabeth": ["Liz", "Lizzie", "Beth"],
    "William": ["Will", "Bill"],
    "Robert": ["Rob", "Bob"],
    "Katherine": ["Kate", "Katie"],
    "Margaret": ["Maggie", "Peggy"],
    "Patrick": ["Paddy", "Pat"],
    "Christopher": ["Chris"],
    "Jennifer": ["Jen", "Jenny"],
    "Thomas": ["Tom", "Tommy"],
    "Rebecca": ["Becky"],
}
IT_WORD_SURNAMES = [
    "Rossi",
    "Bianco",
    "Ferro",
    "Fiore",
    "Mancini",
    "Leone",
    "Costa",
    "Serra",
    "Riva",
    "Monti",
    "Gallo",
    "Conte",
    "Longo",
    "Marino",
    "Sole",
    "Porta",
    "Pace",
    "Fontana",
    "Colombo",
    "Villa",
]
EN_WORD_FIRST = [
    "Will",
    "May",
    "Rose",
    "Grace",
    "Hope",
    "Bill",
    "Joy",
    "Dawn",
    "Faith",
    "Iris",
    "Summer",
    "Robin",
    "Penny",
    "Amber",
    "Frank",
    "Sandy",
    "Mark",
    "Jack",
]
IRISH_FIRST = [
    "Aoife",
    "Niamh",
    "Saoirse",
    "Siobhán",
    "Ciarán",
    "Oisín",
    "Caoimhe",
    "Tadhg",
    "Róisín",
    "Eoghan",
]
IT_FEMALE = {
    "Giuseppina",
    "Federica",
    "Valentina",
    "Roberta",
    "Elisabetta",
    "Margherita",
    "Caterina",
    "Beatrice",
    "Martina",
    "Annunziata",
    "Concetta",
    "Emanuela",
}
EN_FEMALE = {
    "May",
    "Rose",
    "Grace",
    "Hope",
    "Joy",
    "Dawn",
    "Faith",
    "Iris",
    "Summer",
    "Penny",
    "Amber",
    "Aoife",
    "Niamh",
    "Saoirse",
    "Siobhán",
    "Caoimhe",
    "Róisín",
}
EN_NICK_FEMALE = {"Elizabeth", "Katherine", "Margaret", "Jennifer", "Rebecca"}
EN_EITHER = {"Robin", "Sandy"}
AGENT_NAMES = [
    "Marta",
    "Chiara",
    "Davide",
    "Sara",
    "Luca",
    "Ilaria",
    "Simone",
    "Giulia",
    "Matteo",
    "Alessia",
    "Paolo",
    "Noemi",
    "Kevin",
    "Asia",
    "Christian",
]
FOREIGN_LOCALES = ["de_DE", "fr_FR", "es_ES", "pl_PL", "ro_RO", "nl_NL"]

# --- places -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Town:
    name: str
    cap: str
    prov: str
    prefix: str  # landline prefix


NORTH = [
    Town("Monza", "20900", "MB", "039"),
    Town("Milano", "20137", "MI", "02"),
    Town("Lecco", "23900", "LC", "0341"),
    Town("Bergamo", "24121", "BG", "035"),
    Town("Bra", "12042", "CN", "0172"),
    Town("Como", "22100", "CO", "031"),
    Town("Lodi", "26900", "LO", "0371"),
    Town("Cento", "44042", "FE", "051"),
    Town("Torino", "10138", "TO", "011"),
    Town("Seregno", "20831", "MB", "0362"),
    Town("Ala", "38061", "TN", "0464"),
    Town("Bologna", "40126", "BO", "051"),
]
SOUTH = [
    Town("Napoli", "80134", "NA", "081"),
    Town("Pozzuoli", "80078", "NA", "081"),
    Town("Afragola", "80021", "NA", "081"),
    Town("Bari", "70122", "BA", "080"),
    Town("Bitonto", "70032", "BA", "080"),
    Town("Noto", "96017", "SR", "0931"),
    Town("Vasto", "66054", "CH", "0873"),
    Town("Paola", "87027", "CS", "0982"),
    Town("Fondi", "04022", "LT", "0771"),
    Town("Lecce", "73100", "LE", "0832"),
    Town("Palermo", "90138", "PA", "091"),
    Town("Agerola", "80051", "NA", "081"),
    Town("Roma", "00185", "RM", "06"),
    Town("Marsala", "91025", "TP", "0923"),
]
VILLAGES = [
    "Roccaraso",
    "Castelsardo",
    "Pescasseroli",
    "Bagnoregio",
    "Scanno",
    "Pollica",
    "Sperlonga",
    "Alberobello",
    "Civita",
    "Montalbano Elicona",
    "Vernazza",
    "Ostuni",
]
REGIONS = ["Puglia", "Calabria", "Brianza", "Cilento", "Sardegna", "Salento", "Irpinia"]
IT_STREETS = [
    "Garibaldi",
    "Roma",
    "Mazzini",
    "dei Mille",
    "XX Settembre",
    "Cavour",
    "Vittorio Emanuele II",
    "San Francesco d'Assisi",
    "Dante Alighieri",
    "delle Rose",
    "Toledo",
    "dei Tribunali",
    "Marconi",
    "Gramsci",
    "Matteotti",
    "Aldo Moro",
    "della Repubblica",
    "Partenope",
    "Carducci",
    "Sant'Antonio",
    "Monte Grappa",
    "dei Pini",
    "Manzoni",
    "Luigi Cadorna",
    "Nazionale",
    "Umberto I",
]
IT_STREET_TYPES = [
    "via",
    "Via",
    "v.",
    "viale",
    "v.le",
    "piazza",
    "p.za",
    "p.zza",
    "corso",
    "c.so",
    "largo",
    "vicolo",
    "vico",
    "str.",
    "strada",
    "contrada",
    "c.da",
    "traversa",
    "VIA",
    "salita",
]
UK_TOWNS = [
    ("Leeds", "LS6 2AB"),
    ("Bath", "BA1 5LR"),
    ("Reading", "RG1 8DJ"),
    ("Manchester", "M14 6HY"),
    ("Whitby", "YO21 3PU"),
    ("London", "SE15 4QN"),
    ("Bristol", "BS3 1DT"),
    ("Norwich", "NR2 3LP"),
]
IE_TOWNS = [
    ("Dublin 6", "D06 F2X9"),
    ("Cork", "T12 K8AF"),
    ("Galway", "H91 E2X3"),
    ("Kinsale", "P17 WR40"),
    ("Ennis", "V95 T9C2"),
    ("Ballina", "F26 Y6K8"),
]
US_TOWNS = [
    ("Springfield, IL", "62704", "217"),
    ("Boston, MA", "02118", "617"),
    ("Austin, TX", "78704", "512"),
    ("Portland, OR", "97214", "503"),
    ("Hoboken, NJ", "07030", "201"),
]
EN_STREETS = [
    "Elm Grove",
    "Harcourt",
    "Maple",
    "Church",
    "Victoria",
    "Station",
    "Rathmines",
    "Kingsbury",
    "Oak Hill",
    "Willow",
    "Mill",
    "Beech",
    "Highfield",
    "Park",
]
EN_STREET_TYPES = ["Rd", "Road", "St.", "Street", "Ave", "Avenue", "Lane", "Close", "Drive"]
BELFIORE = {
    "Napoli": "F839",
    "Milano": "F205",
    "Roma": "H501",
    "Bari": "A662",
    "Torino": "L219",
    "Palermo": "G273",
    "Monza": "F704",
    "Lecce": "E506",
    "Bologna": "A944",
    "Bergamo": "A794",
}

# --- composition ---------------------------------------------------------------------------

_SLOT = re.compile(r"\[(\w+)\|(\w+)\]")


def compose(
    template: str, values: dict[str, str]
) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """Fill ``[TYPE|key]`` slots; entity and keep types become spans, ``_`` is plain text."""
    text, entities, keep, pos = "", [], [], 0
    for match in _SLOT.finditer(template):
        text += template[pos : match.start()]
        kind, key = match.group(1), match.group(2)
        value = values[key]
        start = len(text)
        text += value
        span = {"start": start, "end": len(text), "type": kind, "value": value}
        if kind in ENTITY_TYPES:
            entities.append(span)
        elif kind in KEEP_TYPES:
            keep.append(span)
        elif kind != "_":
            raise ValueError(f"unknown slot type {kind} in {template!r}")
        pos = match.end()
    text += template[pos:]
    for span in entities + keep:
        assert text[span["start"] : span["end"]] == span["value"], span  # type: ignore[misc]
    return text, entities, keep


# --- value factories ----------------------------------------------------------------------


def _ascii(value: str) -> str:
    value = unicodedata.normalize("NFKD", value)
    return "".join(c for c in value if c.isalpha() and c.isascii()).upper()


def fiscal_code(rng: random.Random, first: str, last: str, female: bool, town: str) -> str:
    def part(name: str, is_first: bool) -> str:
        letters = _ascii(name)
        cons = [c for c in letters if c not in "AEIOU"]
        vows = [c for c in letters if c in "AEIOU"]
        if is_first and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join(cons + vows + ["X", "X", "X"])[:3]

    year = rng.randint(40, 99) if rng.random() < 0.8 else rng.randint(0, 6)
    day = rng.randint(1, 28) + (40 if female else 0)
    code = (
        part(last, False)
        + part(first, True)
        + f"{year:02d}"
        + rng.choice("ABCDEHLMPRST")
        + f"{day:02d}"
        + BELFIORE.get(town, rng.choice(list(BELFIORE.values())))
    )
    code += codicefiscale.calc_check_digit(code)
    assert codicefiscale.is_valid(code), code
    return code


_CIN_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def _cin(bban: str) -> str:
    total = 0
    for index, char in enumerate(bban):
        value = int(char) if char.isdigit() else ord(char) - ord("A")
        total += _CIN_ODD[value] if index % 2 == 0 else value
    return chr(ord("A") + total % 26)


def iban(rng: random.Random, country: str) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(30))
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    if country == "IT":
        body = f"{rng.choice(['03069', '02008', '05034', '03111', '01030'])}{digits[:5]}"
        body += digits[5:17]
        bban = _cin(body) + body
    elif country in ("GB", "IE"):
        bban = letters + digits[:14]
    elif country == "DE":
        bban = digits[:18]
    else:
        bban = letters + digits[:10]
    value = country + std_iban.calc_check_digits(country + "00" + bban) + bban
    assert std_iban.is_valid(value), value
    return value


def group(value: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        head = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    else:
        prefix = "4" if kind == "visa" else str(rng.randint(51, 55))
        head = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    number = head + luhn.calc_check_digit(head)
    assert luhn.is_valid(number)
    if kind == "amex":
        return rng.choice([number, f"{number[:4]} {number[4:10]} {number[10:]}"])
    return rng.choice([group(number), group(number, sep="-"), number, group(number, sep=".")])


def partita_iva(rng: random.Random) -> str:
    head = "".join(rng.choice("0123456789") for _ in range(7)) + f"{rng.randint(1, 100):03d}"
    value = head + luhn.calc_check_digit(head)
    assert iva.is_valid(value), value
    return value


def public_ip(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.2:
            value = "2a01:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)) + "::"
            value += f"{rng.randint(1, 0xFFFF):x}"
        else:
            value = ".".join(
                str(rng.randint(1, 223) if i == 0 else rng.randint(0, 254)) for i in range(4)
            )
        address = ipaddress.ip_address(value)
        if address.is_global:
            return value


def it_mobile(rng: random.Random) -> str:
    prefix = rng.choice(
        [
            "320",
            "328",
            "329",
            "333",
            "338",
            "339",
            "340",
            "347",
            "348",
            "349",
            "351",
            "366",
            "380",
            "392",
        ]
    )
    rest = "".join(rng.choice("0123456789") for _ in range(7))
    style = rng.randrange(11)
    return [
        prefix + rest,
        f"{prefix} {rest}",
        f"{prefix} {rest[:3]} {rest[3:]}",
        f"{prefix}.{rest[:3]}.{rest[3:]}",
        f"{prefix}-{rest[:3]}-{rest[3:]}",
        f"+39 {prefix} {rest}",
        f"+39{prefix}{rest}",
        f"0039 {prefix} {rest}",
        f"(+39) {prefix} {rest[:2]} {rest[2:4]} {rest[4:]}",
        f"{prefix}/{rest}",
        f"+39 {prefix} {rest[:3]} {rest[3:]}",
    ][style]


def it_landline(rng: random.Random, town: Town) -> str:
    digits = 10 - len(town.prefix)
    rest = "".join(rng.choice("0123456789") for _ in range(digits))
    rest = rest if rest[0] != "0" else "5" + rest[1:]
    return rng.choice(
        [
            f"{town.prefix} {rest}",
            f"{town.prefix}{rest}",
            f"{town.prefix}/{rest}",
            f"+39 {town.prefix} {rest}",
            f"{town.prefix}.{rest[:3]}.{rest[3:]}",
            f"0039 {town.prefix}{rest}",
            f"({town.prefix}) {rest}",
        ]
    )


def uk_phone(rng: random.Random) -> str:
    rest = f"{rng.randint(100, 999)}{rng.randint(100, 999)}"
    mob = rng.choice(["7700", "7911", "7456", "7823"])
    return rng.choice(
        [
            f"0{mob} {rest}",
            f"+44 {mob} {rest}",
            f"+44 (0){mob} {rest}",
            f"0044 {mob} {rest}",
            f"0{mob}{rest}",
            f"020 7946 {rng.randint(1000, 9999)}",
            f"0161 496 {rng.randint(1000, 9999)}",
            f"+44 {mob[:2]} {mob[2:]} {rest}",
        ]
    )


def ie_phone(rng: random.Random) -> str:
    rest = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    net = rng.choice(["83", "85", "86", "87", "89"])
    return rng.choice(
        [
            f"0{net} {rest}",
            f"+353 {net} {rest}",
            f"00353 {net} {rest}",
            f"(01) {rest}",
            f"+353 1 {rest}",
            f"0{net}-{rest.replace(' ', '')}",
        ]
    )


def foreign_phone(rng: random.Random) -> str:
    code, lead, size = rng.choice(
        [
            ("49", "17", 11),
            ("33", "6", 9),
            ("31", "6", 9),
            ("48", "5", 9),
            ("34", "6", 9),
            ("40", "7", 9),
        ]
    )
    number = lead + _digits(rng, size - len(lead))
    return rng.choice(
        [
            f"+{code} {number[:3]} {number[3:6]} {number[6:]}",
            f"+{code}{number}",
            f"00{code} {number}",
            f"+{code} {number[:2]} {number[2:5]} {number[5:]}",
        ]
    )


def us_phone(rng: random.Random, area: str) -> str:
    line = f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    return rng.choice(
        [
            f"({area}) {line}",
            f"{area}-{line}",
            f"+1 {area} {line.replace('-', ' ')}",
            f"{area}.{line.replace('-', '.')}",
            f"1-{area}-{line}",
        ]
    )


def email(rng: random.Random, first: str, last: str) -> str:
    f, la = _ascii(first).lower(), _ascii(last).lower()
    n = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(60, 2005))])
    user = rng.choice(
        [f"{f}.{la}", f"{f}{la}{n}", f"{f[0]}.{la}", f"{f}_{la}{n}", f"{la}.{f}", f"{f}{n}"]
    )
    domain, tld = rng.choice(
        [
            ("gmail", "com"),
            ("libero", "it"),
            ("hotmail", "it"),
            ("yahoo", "it"),
            ("outlook", "com"),
            ("icloud", "com"),
            ("tiscali", "it"),
            ("virgilio", "it"),
            ("eircom", "net"),
            ("btinternet", "com"),
            ("gmx", "de"),
            ("live", "co.uk"),
        ]
    )
    style = rng.randrange(12)
    spoken_tld = tld.replace(".", " dot ")
    return [
        f"{user}@{domain}.{tld}",
        f"{user} at {domain} dot {spoken_tld}",
        f"{user}(at){domain}(dot){tld}",
        f"{user}[at]{domain}[.]{tld}",
        f"{user.replace('.', ' punto ')} chiocciola {domain} punto {tld.replace('.', ' punto ')}",
        f"{user} chiocciola {domain}.{tld}",
        f"{user} @ {domain} . {tld}",
        f"{user.upper()}@{domain.upper()}.{tld.upper()}",
        f"{user} AT {domain} DOT {tld}",
        f"{user}@{domain}.{tld}",
        f"{user} [@] {domain} [.] {tld}",
        f"{user}(@){domain}.{tld}",
    ][style]


# --- people and conversations ----------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    female: bool
    nick: str
    origin: str  # it / gb / us / ie / foreign

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Factory:
    """Seeded Faker instances per locale and the people they make."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fakers: dict[str, Faker] = {}
        for index, locale in enumerate(["it_IT", "en_GB", "en_US", "en_IE", *FOREIGN_LOCALES]):
            fake = Faker(locale)
            fake.seed_instance(SEED + index)
            self.fakers[locale] = fake

    def person(self, origin: str, female: bool | None = None) -> Person:
        rng = self.rng
        female = rng.random() < 0.55 if female is None else female
        locale = {"it": "it_IT", "gb": "en_GB", "us": "en_US", "ie": "en_IE"}.get(
            origin, rng.choice(FOREIGN_LOCALES)
        )
        fake = self.fakers[locale]
        first = fake.first_name_female() if female else fake.first_name_male()
        last = fake.last_name()
        nick = first
        if origin == "it":
            pool = [n for n in IT_NICK if (n in IT_FEMALE) == female]
            if rng.random() < 0.45:
                first = rng.choice(pool)
            if rng.random() < 0.4:
                last = rng.choice(IT_WORD_SURNAMES)
            nick = rng.choice(IT_NICK.get(first, [first]))
        elif origin in ("gb", "us", "ie"):
            roll = rng.random()
            fits = [n for n in EN_NICK if (n in EN_NICK_FEMALE) == female]
            words = [n for n in EN_WORD_FIRST if (n in EN_FEMALE) == female or n in EN_EITHER]
            irish = [n for n in IRISH_FIRST if (n in EN_FEMALE) == female]
            if roll < 0.25:
                first = rng.choice(fits)
            elif roll < 0.45:
                first = rng.choice(words)
            elif origin == "ie" and roll < 0.7:
                first = rng.choice(irish)
            nick = rng.choice(EN_NICK.get(first, [first]))
        return Person(first, last, female, nick, origin)


@dataclass
class Business:
    name: str
    handle: str
    site: str
    agents: list[str]
    pages: dict[str, str]


@dataclass
class Conv:
    """One conversation being written: its values and its messages."""

    number: int
    business: Business
    platform: str
    customer: Person
    display: str
    agent: str
    start: datetime
    rng: random.Random
    values: dict[str, str] = field(default_factory=dict)
    lines: list[tuple[str, str, str]] = field(default_factory=list)
    variant: int = 0

    def c(self, template: str, lang: str = "it") -> None:
        self.lines.append(("customer", template, lang))

    def a(self, template: str, lang: str = "it") -> None:
        self.lines.append(("agent", template, lang))

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def choose(self, n: int) -> int:
        """Fix the variant of a question so that its answer matches it (see ``alt``)."""
        self.variant = self.rng.randrange(n)
        return self.variant

    def alt(self, *options: str) -> str:
        return options[self.variant % len(options)]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def display_name(rng: random.Random, person: Person, platform: str) -> str:
    f, la = person.first, person.last
    options = [
        f"{f} {la}",
        f"{f} {la}",
        f"{person.nick} {la}",
        f"{f} {la} 🌸",
        f"{f} ❤️",
        f"{person.nick} {la[0]}.",
        f"{f.lower()} {la.lower()}",
        f"{la} {f}",
    ]
    if platform == "instagram":
        options += [
            f"{_ascii(f).lower()}.{_ascii(la).lower()}",
            f"{person.nick.lower()}_{rng.randint(80, 99)}",
        ]
    return rng.choice(options)


def signature(conv: Conv, lang: str) -> str:
    return conv.pick(
        "\n- [PERSON|agent]",
        " ~[PERSON|agent]",
        "\n[PERSON|agent] | [_|biz]",
        "\nUn saluto, [PERSON|agent]" if lang == "it" else "\nCheers, [PERSON|agent]",
        " ([PERSON|agent])",
        "\n[PERSON|agent] – staff [_|biz]",
        "",
        " ^[PERSON|agent_lc]",
    )


def it_address(rng: random.Random, town: Town, with_town: bool = True) -> str:
    street_type = rng.choice(IT_STREET_TYPES)
    number = rng.choice(
        [
            str(rng.randint(1, 180)),
            f"{rng.randint(1, 90)}/{rng.choice('ABC')}",
            f"{rng.randint(1, 60)} bis",
            f"n. {rng.randint(1, 120)}",
            f"{rng.randint(1, 40)}{rng.choice('abc')}",
        ]
    )
    sep = rng.choice([" ", ", "])
    street = f"{street_type} {rng.choice(IT_STREETS)}{sep}{number}"
    if street_type.isupper():
        street = street.upper()
    if not with_town:
        return street
    return street + rng.choice(
        [
            f", {town.cap} {town.name}",
            f", {town.name}",
            f" - {town.cap} {town.name} ({town.prov})",
            f" {town.cap} {town.name} {town.prov}",
            f", {town.name} ({town.prov})",
        ]
    )


def en_address(rng: random.Random, country: str) -> str:
    number = rng.randint(1, 240)
    street = f"{rng.choice(EN_STREETS)} {rng.choice(EN_STREET_TYPES)}"
    if country == "gb":
        town, post = rng.choice(UK_TOWNS)
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 9)}, "])
        return f"{flat}{number} {street}, {town} {post}"
    if country == "ie":
        town, code = rng.choice(IE_TOWNS)
        return rng.choice(
            [f"{number} {street}, {town}, {code}", f"{number} {street}, {town} {code}"]
        )
    town, zipcode, _ = rng.choice(US_TOWNS)
    return f"{number} {street}, {town} {zipcode}"


def phone_for(rng: random.Random, person: Person, town: Town) -> str:
    if person.origin == "gb":
        return uk_phone(rng)
    if person.origin == "ie":
        return ie_phone(rng)
    if person.origin == "us":
        return us_phone(rng, rng.choice(US_TOWNS)[2])
    if person.origin == "foreign" and rng.random() < 0.6:
        return foreign_phone(rng)
    return it_mobile(rng) if rng.random() < 0.8 else it_landline(rng, town)


def handle_for(rng: random.Random, person: Person) -> str:
    f, la = _ascii(person.nick).lower(), _ascii(person.last).lower()
    return "@" + rng.choice(
        [
            f"{f}_{la}",
            f"{f}.{la}{rng.randint(1, 99)}",
            f"its{f}",
            f"{f}{la[:3]}_{rng.randint(90, 99)}",
            f"{la}.{f}",
            f"x{f}x",
        ]
    )


def profile_url(rng: random.Random, person: Person) -> str:
    f, la = _ascii(person.first).lower(), _ascii(person.last).lower()
    return rng.choice(
        [
            f"https://www.facebook.com/{f}.{la}.{rng.randint(1, 999)}",
            f"facebook.com/{f}{la}",
            f"https://instagram.com/{f}_{la}/",
            f"www.instagram.com/{f}.{la}{rng.randint(1, 99)}",
            f"https://www.linkedin.com/in/{f}-{la}-{rng.randint(10**7, 10**8):x}",
            f"https://www.tiktok.com/@{f}{la}",
            f"m.facebook.com/profile.php?id=1000{_digits(rng, 11)}",
        ]
    )


# --- scenarios -------------------------------------------------------------------------------
# Each writes one conversation's lines; ``[TYPE|key]`` slots are filled from ``conv.values``.


def o_appointment(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "buongiorno vorrei prenotare un controllo della vista",
            "Salve, si può fare l'esame della vista anche di sabato?",
            "ciao! x un controllo vista quando avete posto??",
        )
    )
    cv.a(
        cv.pick(
            "Buongiorno! Certo, abbiamo posto [DATE|date] alle [TIME|time] oppure il giorno dopo. "
            "Mi lascia nome e un recapito?" + signature(cv, "it"),
            "Ciao! Sì, il sabato c'è il dott. [PERSON|optom] fino alle 13. [DATE|date] alle "
            "[TIME|time] va bene? Mi dici nome e cognome e un numero?",
        )
    )
    cv.c(
        cv.pick(
            "perfetto sono [PERSON|full] cell [PHONE_NUMBER|phone]",
            "Va benissimo. [PERSON|full], tel.[PHONE_NUMBER|phone]. Grazie",
            "ok allora [PERSON|first_lc] [PERSON|last_lc] il numero è [PHONE_NUMBER|phone] "
            "se non rispondo scrivete pure qui",
            "si grazie!! mi chiamo [PERSON|full] il mio numero [PHONE_NUMBER|phone] 🙏",
        )
    )
    cv.a(
        cv.pick(
            "Fatto [PERSON|first], ti aspettiamo [DATE|date] alle [TIME|time] 👓",
            "Prenotato, a [DATE|date]! Porti pure gli occhiali che usa adesso."
            + signature(cv, "it"),
        )
    )
    if cv.rng.random() < 0.6:
        cv.c(
            cv.pick(
                "scusate posso venire con [_|kid_it] [PERSON|kid]? ha 9 anni, vede male alla "
                "lavagna",
                "ah dimenticavo, viene anche [_|partner_it] [PERSON|partner_first] se c'è posto",
                "grazie mille a presto",
            )
        )
        cv.a(cv.pick("Certo, nessun problema 😊", "Sì, aggiungo anche lui/lei subito dopo."))


def o_pickup(cv: Conv) -> None:
    cv.a(
        cv.pick(
            "Buongiorno [PERSON|first], i suoi occhiali progressivi sono pronti! Ordine "
            "[ORDER|order], "
            "saldo da versare [PRICE|price]." + signature(cv, "it"),
            "Ciao [PERSON|nick]! Gli occhiali da sole [PRODUCT|product] sono arrivati 😎 "
            "rif. [ORDER|order]",
        )
    )
    cv.c(
        cv.pick(
            "evvai!! passo domani ma non ce la faccio prima delle 19 😩 può passare [_|partner_it] "
            "[PERSON|partner]?",
            "Grazie. Li ritirerà mia suocera, la signora [PERSON|inlaw_last], perché io lavoro "
            "fino "
            "a tardi",
            "ok grazie mille li viene a prendere il mio compagno [PERSON|partner_first] "
            "[PERSON|partner_last] domani mattina",
        )
    )
    cv.a(
        cv.pick(
            "Certo, basta che porti il numero d'ordine. Siamo aperti fino alle [TIME|time].",
            "Nessun problema! Ci dica solo il cognome al banco.",
        )
    )
    cv.c(cv.pick("top grazie", "👍👍", "Perfetto, grazie ancora e buona giornata"))


def o_invoice_cf(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Buonasera, per la detrazione mi serve la fattura degli occhiali intestata a mia "
            "madre, "
            "vi copio i dati dalla tessera sanitaria:",
            "salve mi servirebbe lo scontrino parlante x il 730, ecco i dati",
        )
    )
    cv.c(
        "COGNOME: [PERSON|mom_last_up]\nNOME: [PERSON|mom_first_up]\n"
        "CODICE FISCALE: [IT_FISCAL_CODE|mom_cf]\nLUOGO DI NASCITA: [LOCATION|mom_birth_up]\n"
        "RESIDENZA: [ADDRESS|mom_addr_up]"
    )
    cv.a(
        cv.pick(
            "Ricevuto, grazie. La fattura per l'ordine [ORDER|order] sarà pronta [DATE|date]. "
            "Gliela mandiamo per mail?",
            "Perfetto, la prepariamo. Vuole che la inviamo anche per e-mail?" + signature(cv, "it"),
        )
    )
    cv.c(
        cv.pick(
            "sì grazie a [EMAIL_ADDRESS|email]",
            "si mandatela a me [EMAIL_ADDRESS|email] che poi la giro io",
            "Sì, all'indirizzo [EMAIL_ADDRESS|email]. Grazie",
        )
    )
    cv.a("Inviata ✅")


def o_formal(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Gentile Ottica,\nsono [_|signora] [PERSON|full], ho 82 anni e non riesco più a venire "
            "in negozio. Mi chiedevo se fate consegne a domicilio degli occhiali nuovi. Abito in "
            "[ADDRESS|addr]. Il mio numero di casa è [PHONE_NUMBER|landline].\nDistinti saluti\n"
            "[PERSON|full]",
            "Egregi signori, scrivo per conto di mio padre [PERSON|dad], che non usa il telefono. "
            "Dovrebbe ritirare delle lenti ma è allettato. Risiede in [ADDRESS|addr]. "
            "Per qualsiasi cosa potete chiamare il fisso [PHONE_NUMBER|landline]. Cordialmente, "
            "[PERSON|full]",
        )
    )
    cv.a(
        "Buongiorno, certo: per i clienti che non possono muoversi il dott. [PERSON|optom] "
        "passa lui il [DATE|date] in mattinata. La chiamiamo al fisso per conferma."
        + signature(cv, "it")
    )
    cv.c(cv.pick("La ringrazio infinitamente. Cordialità", "Grazie, molto gentili."))


def o_complaint(cv: Conv) -> None:
    cv.choose(3)
    cv.c(
        cv.alt(
            "la [PRODUCT|frame] che ho preso da voi a [PRICE|price] si è già rotta sulla cerniera "
            "dopo 2 settimane!! ordine [ORDER|order]",
            "Buongiorno, la [PRODUCT|frame] mi stringe sulle tempie, si può allargare?",
            "salve nn vedo bene da lontano con le lenti nuove 😕 è normale??",
        )
    )
    cv.a(
        cv.alt(
            "Ci dispiace! È in garanzia, la porti pure in negozio e la sistemiamo gratis.",
            "Sì, la regoliamo in 5 minuti, passi quando vuole dalle [TIME|time].",
            "Nei primi giorni può capitare, ma se dopo una settimana è uguale ricontrolliamo la "
            "misurazione senza costi.",
        )
    )
    cv.c(cv.pick("ok", "va bene allora passo [DATE|date]", "grazie 🙏 siete sempre gentilissimi"))


def o_shipping(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "ciao vorrei riordinare le lenti a contatto mensili stesse di marzo "
            "([PRODUCT|product]) "
            "me le spedite?",
            "Buongiorno sono in vacanza a [LOCATION|village] e ho perso gli occhiali 😭 mi potete "
            "spedire un [PRODUCT|frame] uguale?",
        )
    )
    cv.a("Certo! Il costo è [PRICE|price] + spedizione. A che indirizzo?")
    cv.c(
        cv.pick(
            "[ADDRESS|addr] c/o [PERSON|full]\nciao e grazie",
            "[PERSON|full]\n[ADDRESS|addr]\ncell [PHONE_NUMBER|phone]",
            "spedite in ufficio: [ADDRESS|addr_nocity], [LOCATION|city] (chiedere di "
            "[PERSON|first])",
        )
    )
    cv.a(
        cv.pick(
            "Spedito con BRT, tracking [TRACKING|tracking] 📦",
            "Spedito! Numero di tracking [TRACKING|tracking], arriva [DATE|date].",
        )
    )


def o_teen(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "raga ma avete gli occhiali tipo quelli che porta [HANDLE|influencer] nell'ultimo "
            "reel??",
            "ciaooo avete ancora quelli rotondi dorati che ho visto nelle storie di "
            "[HANDLE|influencer]",
        )
    )
    cv.a("Ciao! Sono i [PRODUCT|frame], li abbiamo a [PRICE|price] 😎")
    cv.c(
        cv.pick(
            "top ci passo con la mia amica [PERSON|friend] dopo scuola",
            "ok ok mia mamma dice che costano troppo 😂 ci penso",
            "assurdo vengo sabato, sono [PERSON|nick_lc] quella che vi scrive sempre ahah",
        )
    )
    cv.a(cv.pick("Ti aspettiamo!", "Ahah ok, a sabato!" + signature(cv, "it")))


def f_cake(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Buongiorno vorrei ordinare una [PRODUCT|cake] per 20 persone per il compleanno di "
            "[_|kid_it] [PERSON|kid] che fa 18 anni, con scritto Auguri [PERSON|kid_nick]",
            "salve x sabato una torta per 12 persone con la scritta 100 di questi giorni "
            "[PERSON|kid_lc]!!! tipo [PRODUCT|cake]",
            "ciao! volevo una [PRODUCT|cake] per la cresima di mio nipote [PERSON|kid], "
            "scritta Auguri [PERSON|kid] 💙",
        )
    )
    cv.a(
        cv.pick(
            "Certo! Per 20 persone viene [PRICE|price]. Per quando la vuole?",
            "Si può fare, [PRICE|price]. Ritiro in negozio o consegna?" + signature(cv, "it"),
        )
    )
    cv.c(
        cv.pick(
            "[DATE|date] verso le [TIME|time], ritiro io. a nome [PERSON|last]",
            "la passa a prendere [_|inlaw_it] [PERSON|inlaw] [DATE|date] mattina",
            "consegna per favore a [ADDRESS|addr], citofono [PERSON|last]",
        )
    )
    cv.a(
        cv.pick(
            "Perfetto, segnato ordine [ORDER|order] 🎂",
            "Ok, nota presa. Il numero d'ordine è [ORDER|order]. Grazie!",
        )
    )
    if cv.rng.random() < 0.5:
        cv.c("grazie mille 🥰")


def f_catering(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Buongiorno, sono [PERSON|full] dello studio [PERSON|firm_last] & associati. Ci "
            "servirebbe "
            "un rinfresco per 40 persone [DATE|date]. Dati per fattura: P.IVA [IT_VAT_CODE|piva], "
            "sede in [ADDRESS|addr]",
            "salve scrivo per la ditta [PERSON|firm_last] srl, p.iva [IT_VAT_CODE|piva], volevamo "
            "un preventivo per un buffet aziendale, referente [PERSON|full] tel. "
            "[PHONE_NUMBER|phone]",
        )
    )
    cv.a(
        cv.pick(
            "Buongiorno, le giro il preventivo: buffet rustico + dolci [PRICE|price] IVA inclusa.",
            "Grazie! Per 40 persone proponiamo il menù [PRODUCT|product] a [PRICE|price].",
        )
    )
    cv.c(
        cv.pick(
            "Ok confermiamo. Partita IVA [IT_VAT_CODE|piva_it], codice SDI M5UXCR1. "
            "La fattura mandatela a [EMAIL_ADDRESS|email]",
            "va bene. consegna alle [TIME|time] in ufficio, chiedete di [PERSON|colleague] "
            "all'ingresso",
        )
    )
    cv.a("Confermato, ordine [ORDER|order]." + signature(cv, "it"))


def f_slang(cv: Conv) -> None:
    cv.choose(5)
    cv.c(
        cv.alt(
            "raga ma i cornetti al pistacchio ci sono ancora o li avete finiti 😭😭",
            "scusate oggi aprite? è festa",
            "ma la [PRODUCT|product] la fate anche senza glutine?",
            "avete ancora la [PRODUCT|product]? quanto viene al kg",
            "uè buongiorno, ma le zeppole di San Giuseppe quando le cominciate a fare?",
        )
    )
    cv.a(
        cv.alt(
            "Ciao! Sì, ne sforniamo altri alle [TIME|time] ✌️",
            "Ciao, oggi aperti fino alle [TIME|time] 😊",
            "Sì, su ordinazione con 2 giorni di anticipo, [PRICE|price].",
            "Sì, [PRICE|price] al kg. La trovi nel punto vendita di via Roma e in centro.",
            "Da [DATE|date]! Prenotale qui in chat 😉",
        )
    )
    cv.c(cv.pick("grazie sietw i migliori", "ok arrivo", "grz", "😍😍😍", "grazie assai"))


def f_voice(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "salve allora volevo ordinare due teglie di pizza rossa e una di rustici per sabato "
            "mattina le passa a prendere [_|inlaw_it] [PERSON|inlaw] il numero suo è "
            "[PHONE_NUMBER|phone2] se non risponde chiamate a me [PERSON|first] ok grazie",
            "buonasera sono [PERSON|first_lc] la cugina di [PERSON|cousin] quella che abita sopra "
            "la farmacia a [LOCATION|city] volevo sapere se la [PRODUCT|product] me la potete "
            "mettere da parte per domenica che vengo con mia suocera punto grazie",
            "allora ciao sono [PERSON|nick] volevo dire che ieri la [PRODUCT|product] era "
            "buonissima "
            "[_|granny_it] [PERSON|granny] ha detto che è come quella che faceva lei quindi "
            "complimenti "
            "e poi volevo ordinarne un'altra per il [DATE|date]",
        )
    )
    cv.a(
        cv.pick(
            "Ciao! Segnato per [DATE|date], ordine [ORDER|order] 😊",
            "Grazie mille! Te la teniamo da parte, costo [PRICE|price]." + signature(cv, "it"),
        )
    )
    cv.c(cv.pick("graziee", "ok perfetto", "👍"))


def f_delivery(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "fate consegna a domicilio? sono a [LOCATION|village] per le vacanze",
            "buongiorno consegnate anche fuori città?",
        )
    )
    cv.a("Sì, consegniamo entro 15 km, [PRICE|price] di spedizione. Indirizzo?")
    cv.c(
        cv.pick(
            "[ADDRESS|addr] citofono [PERSON|last_lc] 3 piano",
            "allora [ADDRESS|addr], campanello [PERSON|other_last], il portone è verde",
            "[ADDRESS|addr_nocity] [LOCATION|city] , scala B. se non ci sono lasciatelo alla "
            "vicina la sig.ra [PERSON|neighbour]",
        )
    )
    cv.c(
        cv.pick(
            "cell [PHONE_NUMBER|phone]",
            "per il corriere: [PHONE_NUMBER|phone]",
            "il mio numero [PHONE_NUMBER|phone] chiamate prima",
        )
    )
    cv.a("Perfetto, arriva [DATE|date] tra le [TIME|time] e le 13." + signature(cv, "it"))


def f_refund(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Buongiorno, l'ordine [ORDER|order] era sbagliato, invece della [PRODUCT|product] è "
            "arrivata un'altra torta. Ho pagato [PRICE|price] con bonifico.",
            "ciao la consegna di ieri non è mai arrivata 😡 ordine [ORDER|order]",
        )
    )
    cv.a(
        "Ci scusiamo tantissimo! Procediamo col rimborso: ci indica l'IBAN e l'intestatario?"
        + signature(cv, "it")
    )
    cv.c(
        cv.pick(
            "IBAN [IBAN_CODE|iban] intestato a [PERSON|full]",
            "[IBAN_CODE|iban_grouped]\nintestatario: [_|partner_it] [PERSON|partner]",
            "iban:[IBAN_CODE|iban_lc] (conto cointestato con [PERSON|partner_first])",
        )
    )
    cv.a("Rimborso disposto oggi, arriverà in 2-3 giorni lavorativi.")


def f_job(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Salve ho visto che cercate un banconista a [LOCATION|city]. Mi chiamo [PERSON|full], "
            "ho 24 anni, vi lascio il mio profilo [URL|url] e la mail [EMAIL_ADDRESS|email]",
            "buongiorno sono [PERSON|full] cerco lavoro come aiuto pasticciere, il curriculum è "
            "qui [URL|url] oppure chiamatemi al [PHONE_NUMBER|phone]",
        )
    )
    cv.a(
        cv.pick(
            "Grazie [PERSON|first]! Il responsabile del personale, [PERSON|hr], la contatterà.",
            "Ciao [PERSON|first], inoltro a [PERSON|hr] che segue le selezioni 🙂",
        )
    )
    cv.c("Grazie a voi, buona giornata")


def s_quote(cv: Conv, lang: str = "it") -> None:
    cv.choose(3)
    if lang == "en":
        cv.c(
            cv.alt(
                "hi how much to fix the screen on a [PRODUCT|product]? dropped it on the "
                "stairs lol",
                "Hello, battery replacement on [PRODUCT|product], how long does it take?",
                "hi, my [PRODUCT|product] won't charge, any idea?",
            ),
            "en",
        )
        cv.a(
            cv.alt(
                "Hi! Screen is [PRICE|price], ready in about 1 hour. Ticket [ORDER|order].",
                "About 40 minutes, [PRICE|price]. Ticket [ORDER|order].",
                "Probably the charging port, [PRICE|price]. Bring it in, ticket [ORDER|order].",
            ),
            "en",
        )
        cv.c(cv.pick("ok grand, coming at [TIME|time]", "cheers, see you [DATE|date]"), "en")
        return
    cv.c(
        cv.alt(
            "ciao quanto costa cambiare il vetro a un [PRODUCT|product]",
            "Buongiorno, il mio [PRODUCT|product] non carica più. Si può riparare?",
            "salve il telefono è caduto in acqua 😭 [PRODUCT|product] si può recuperare?",
        )
    )
    cv.a(
        cv.alt(
            "Ciao! Il vetro originale viene [PRICE|price], pronto in giornata.",
            "Probabilmente è il connettore, [PRICE|price]. Lo lasci da noi, ticket [ORDER|order].",
            "Lo porti subito e non lo accenda! Diagnosi gratuita, ticket [ORDER|order].",
        )
    )
    cv.c(cv.pick("ok lo porto [DATE|date] pomeriggio", "va bene", "ma c'è garanzia?"))
    cv.a(cv.pick("Sì, 6 mesi di garanzia sul ricambio.", "A [DATE|date] allora!"))


def s_recovery(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "buongiorno dal telefono vecchio mi servono solo i contatti di [_|aunt_it] "
            "[PERSON|aunt], di [PERSON|friend_full] e del dottor [PERSON|doctor_last], il resto "
            "si può buttare",
            "ciao avete recuperato le foto? sopratutto quelle del matrimonio di "
            "[PERSON|friend_full] "
            "e [PERSON|friend2]",
        )
    )
    cv.a("Sì, recupero completato ✅ Come vuole riceverli?" + signature(cv, "it"))
    cv.c(
        cv.pick(
            "mandate tutto a [EMAIL_ADDRESS|email] grazie",
            "via mail: [EMAIL_ADDRESS|email]\noppure su whatsapp al [PHONE_NUMBER|phone]",
        )
    )
    cv.a("Inviato! Il totale è [PRICE|price], ticket [ORDER|order].")


def s_ip(cv: Conv, lang: str = "it") -> None:
    if lang == "en":
        cv.c(
            "Hi, my router got reset after your repair and now my email says blocked login "
            "from [IP_ADDRESS|ip], is that you guys??",
            "en",
        )
        cv.a(
            "Hi [PERSON|first], that's the IP of our workshop test line, nothing to worry "
            "about. Change the password anyway to be safe.",
            "en",
        )
        cv.c("ok phew thanks", "en")
        return
    cv.c(
        cv.pick(
            "mi arriva una mail che dice accesso da un nuovo dispositivo IP [IP_ADDRESS|ip] "
            "è il vostro laboratorio?",
            "Dopo la riparazione Google mi segnala login da [IP_ADDRESS|ip] e da [IP_ADDRESS|ip2], "
            "cosa faccio?",
        )
    )
    cv.a(
        cv.pick(
            "Ciao [PERSON|first], sì, quello è il nostro test. Per sicurezza cambia la password.",
            "Non è nostro: cambi subito la password e attivi la verifica in due passaggi."
            + signature(cv, "it"),
        )
    )
    cv.c("ok grazie fatto")


def s_tourist(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Hi there! I'm a tourist from [LOCATION|home_city], my phone screen cracked, can you "
            "fix "
            "a [PRODUCT|product] today? my number back home is [PHONE_NUMBER|phone]",
            "hello do u speak english? phone broken 😭 [PRODUCT|product]. I'm [PERSON|first], "
            "staying at [ADDRESS|stay] for 3 nights",
        ),
        "en",
    )
    cv.a(
        cv.pick(
            "Hi! Yes we speak English 🙂 Screen for that model is [PRICE|price], ready at "
            "[TIME|time].",
            "Ciao! Of course. Bring it before [TIME|time], price [PRICE|price].",
        ),
        "en",
    )
    cv.c(
        cv.pick(
            "brilliant. [_|partner_en] [PERSON|partner_first] will drop it off, I'm stuck at the "
            "hotel",
            "great, grazie mille! can you text me at [PHONE_NUMBER|phone] when it's done?",
            "perfect. name for the ticket: [PERSON|full]",
        ),
        "en",
    )
    cv.a("Sure, ticket [ORDER|order]. See you later!" + signature(cv, "en"), "en")


def s_delegate(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Buongiorno, il tablet lo ritira mio fratello [PERSON|brother] perché io sono fuori "
            "per lavoro. Serve una delega?",
            "ciao domani il pc lo passa a prendere la mia coinquilina [PERSON|friend_full] ok?",
        )
    )
    cv.a("Sì, ci serve una delega con i dati della persona e il suo codice fiscale.")
    cv.c(
        cv.pick(
            "Io sottoscritto/a [PERSON|full_up] C.F. [IT_FISCAL_CODE|cf] delego [PERSON|brother] "
            "al ritiro del dispositivo ticket [ORDER|order]",
            "delega: [PERSON|full], cod. fiscale [IT_FISCAL_CODE|cf_lc], ritira "
            "[PERSON|friend_full] nata a [LOCATION|city]",
        )
    )
    cv.a("Perfetto, ricevuto." + signature(cv, "it"))


def s_card(cv: Conv, lang: str = "it") -> None:
    if lang == "en":
        cv.c("can I pay over the phone? card is [CREDIT_CARD|card] exp 09/28", "en")
        cv.a(
            "Please don't send card numbers in chat! We'll send you a secure payment link "
            "instead. Delete that message 🙏",
            "en",
        )
        cv.c("oops sorry 🙈 ok send it to [EMAIL_ADDRESS|email]", "en")
        cv.a("Done, link sent for [PRICE|price].", "en")
        return
    cv.c(
        cv.pick(
            "posso pagare ora così domani ritiro e basta? carta [CREDIT_CARD|card] scadenza 11/27",
            "vi mando i dati della carta: [CREDIT_CARD|card] intestata a [PERSON|full_up]",
        )
    )
    cv.a(
        "Per sicurezza non mandi i dati della carta in chat! Le inviamo un link di pagamento "
        "sicuro per [PRICE|price]." + signature(cv, "it")
    )
    cv.c(cv.pick("ah ok scusate", "ops ok cancello"))


def t_forwarded(cv: Conv, lang: str = "en") -> None:
    if lang == "en":
        cv.c(
            "---------- Forwarded message ---------\nFrom: [PERSON|full] <[EMAIL_ADDRESS|email]>\n"
            "Date: [DATE|date]\nSubject: Re: booking [ORDER|order]\nTo: [_|bizmail]\n\n"
            "Hi, sending this here as I got no reply by email. We need to change the return "
            "flight for me and [PERSON|partner] to a later date.\n\nKind regards,\n[PERSON|full]\n"
            "[ADDRESS|addr]\nMob: [PHONE_NUMBER|phone]\n[URL|url]",
            "en",
        )
        cv.a(
            "Hi [PERSON|first], apologies! We have your booking. Return moved to [DATE|date2], "
            "fare difference [PRICE|price]." + signature(cv, "en"),
            "en",
        )
        cv.c(cv.pick("thanks, that's fine", "ok go ahead 👍"), "en")
        return
    cv.c(
        "----- Messaggio inoltrato -----\nDa: [PERSON|full] <[EMAIL_ADDRESS|email]>\n"
        "Inviato: [DATE|date]\nOggetto: prenotazione [PRODUCT|product]\n\nBuongiorno, confermo "
        "la prenotazione per 2 adulti. Pagherò con bonifico dal conto [IBAN_CODE|iban].\n\n"
        "Cordiali saluti\n[PERSON|full]\ncell. [PHONE_NUMBER|phone]\n"
        "Inviato da iPhone"
    )
    cv.a(
        "Gentile [_|title_it] [PERSON|last], ricevuto! Pratica [ORDER|order], totale [PRICE|price]."
        + signature(cv, "it")
    )


def t_passengers(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "ecco i dati dei passeggeri per il [PRODUCT|product]:",
            "Buongiorno, come richiesto vi mando i nominativi per la crociera:",
        )
    )
    cv.c(
        "1) [PERSON|full_up] - [IT_FISCAL_CODE|cf]\n2) [PERSON|partner_up] - "
        "[IT_FISCAL_CODE|cf2]\n3) [PERSON|kid_up] (minore)\npartenza da [LOCATION|city]"
    )
    cv.a("Grazie, tutto registrato. Ci serve anche un recapito per il giorno della partenza.")
    cv.c(
        cv.pick(
            "[PHONE_NUMBER|phone] (mio) oppure [PHONE_NUMBER|phone2] ([_|partner_it])",
            "chiamate [_|partner_it] [PHONE_NUMBER|phone2]",
        )
    )
    cv.a("Perfetto, pratica [ORDER|order] confermata per il [DATE|date] ✈️" + signature(cv, "it"))
    cv.c(
        cv.pick(
            "ah la fattura intestatela alla ditta di famiglia: [PERSON|firm_last] Impianti srl, "
            "P.IVA [IT_VAT_CODE|piva]",
            "fattura a nome mio con partita iva [IT_VAT_CODE|piva_it] (sono libero professionista)",
        )
    )
    cv.a("Certo, la emettiamo al saldo.")


def t_irish(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Hiya, looking to book the [PRODUCT|product] for 2 adults + 2 kids in August. "
            "What's the price?",
            "hi there we're a family of 4 from [LOCATION|home_city], interested in "
            "[PRODUCT|product]",
        ),
        "en",
    )
    cv.a("Hi! For 2+2 it's [PRICE|price] all inclusive. Can I take some details?", "en")
    cv.c(
        cv.pick(
            "Sure. [PERSON|full], [ADDRESS|addr]. Mobile [PHONE_NUMBER|phone]. "
            "Kids are [PERSON|kid] and [PERSON|kid2]",
            "ok so lead passenger [PERSON|full], [_|partner_en] [PERSON|partner], address "
            "[ADDRESS|addr], ring me on [PHONE_NUMBER|phone] any time after 6",
        ),
        "en",
    )
    cv.a("Thanks! Deposit [PRICE|price2] to confirm. Card or transfer?", "en")
    cv.c(
        cv.pick(
            "card: [CREDIT_CARD|card]",
            "transfer from [IBAN_CODE|iban], reference [ORDER|order]",
            "I'll pay by card, [CREDIT_CARD|card] exp 04/29 (it's [PERSON|partner_first]'s card)",
        ),
        "en",
    )
    cv.a("All set, booking [ORDER|order] ☀️" + signature(cv, "en"), "en")


def t_us(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Hi!! My [_|fiance] [PERSON|partner_first] and I are honeymooning in "
            "[LOCATION|village] in "
            "June, do you do boat tours of the coast?",
            "hey, we're in [LOCATION|village] until friday, any day trip to Capri left? "
            "I'm [PERSON|full] btw",
        ),
        "en",
    )
    cv.a("Ciao! Yes, the [PRODUCT|boat] leaves at [TIME|time], [PRICE|price] per person.", "en")
    cv.c(
        cv.pick(
            "awesome!!! you can reach me at [PHONE_NUMBER|phone] or [EMAIL_ADDRESS|email]",
            "great. my US cell is [PHONE_NUMBER|phone], whatsapp works too. also found you via "
            "[HANDLE|handle]'s story lol",
        ),
        "en",
    )
    cv.a(
        "Booked for [DATE|date], ref [ORDER|order]. Meeting point at the port. Deposit by card?"
        + signature(cv, "en"),
        "en",
    )
    cv.c(
        cv.pick(
            "sure: [CREDIT_CARD|card], exp 10/27",
            "yes, [CREDIT_CARD|card] thx!!",
            "I'll pay cash at the port",
        ),
        "en",
    )
    if cv.rng.random() < 0.5:
        cv.c("Grazie!!! 🇮🇹❤️", "en")


def t_british_formal(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Dear Sir or Madam,\n[_|partner_en_cap] and I travelled with you last spring and "
            "should like to book the [PRODUCT|product] again this year. We are both retired and "
            "prefer the telephone; our number is [PHONE_NUMBER|phone].\n"
            "Yours faithfully,\n[_|title_en] [PERSON|initial_last]",
            "Good afternoon. I am writing on behalf of my mother, Mrs [PERSON|mom], who is 87. "
            "She wishes to join the [PRODUCT|product]. Her address is [ADDRESS|addr]. "
            "Regards, [PERSON|full]",
        ),
        "en",
    )
    cv.a(
        "Dear [_|title_en] [PERSON|last], thank you for writing. We will call you on [DATE|date] "
        "to go through the details." + signature(cv, "en"),
        "en",
    )
    cv.c("Thank you kindly.", "en")


def t_info(cv: Conv, lang: str = "en") -> None:
    cv.choose(3)
    if lang == "en":
        cv.c(
            cv.alt(
                "how much is the [PRODUCT|product] in september?",
                "Is the [PRODUCT|product] still available for the departure on [DATE|date]?",
                "do you have anything for a long weekend under [PRICE|price]?",
            ),
            "en",
        )
        cv.a(
            cv.alt(
                "Hi! From [PRICE|price] per person, flights from Dublin or London included.",
                "Yes, 4 seats left for [DATE|date]. Check-in closes at [TIME|time].",
                "Ciao! Try the [PRODUCT|product], 3 nights from [PRICE|price2].",
            ),
            "en",
        )
        cv.c(cv.pick("thanks will think about it", "cool 👍", "ok, cheers"), "en")
        return
    cv.c(
        cv.alt(
            "quanto costa il [PRODUCT|product] a settembre?",
            "c'è ancora posto per il [PRODUCT|product] del [DATE|date]?",
            "volevo info sul [PRODUCT|product], è adatto a bambini?",
        )
    )
    cv.a(
        cv.alt(
            "Ciao! Da [PRICE|price] a persona, volo incluso.",
            "Sì, ultimi posti! Partenza alle [TIME|time].",
            "Sì, con animazione per bambini. Prezzo [PRICE|price] a persona.",
        )
    )
    cv.c(cv.pick("ok grazie ci penso", "😍 ne parlo a casa"))


def t_refund_gb(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Hi, we need to cancel booking [ORDER|order], [_|partner_en] [PERSON|partner_first] "
            "broke a leg 😞 what's your refund policy?",
            "hello, cancelling [ORDER|order] due to a family emergency, sorry",
        ),
        "en",
    )
    cv.a("So sorry to hear that! You get [PRICE|price] back. Which account should we use?", "en")
    cv.c(
        cv.pick(
            "[IBAN_CODE|iban] — account name [PERSON|full]",
            "IBAN: [IBAN_CODE|iban_grouped] (joint account with [PERSON|partner])",
        ),
        "en",
    )
    cv.a("Refund sent today." + signature(cv, "en"), "en")


def k_sepa(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "ciao vorrei fare l'[PRODUCT|product] con addebito mensile, cosa vi serve?",
            "Buonasera, per iscrivere [_|kid_it] [PERSON|kid] al [PRODUCT|product] cosa serve?",
        )
    )
    cv.a("Ciao! Ci servono intestatario del conto, IBAN e codice fiscale 💪")
    cv.c(
        cv.pick(
            "Intestatario: [PERSON|full]\nIBAN: [IBAN_CODE|iban]\nCF: [IT_FISCAL_CODE|cf]\n"
            "Residenza: [ADDRESS|addr]",
            "allora conto di mia madre [PERSON|mom] iban [IBAN_CODE|iban_grouped] cf suo "
            "[IT_FISCAL_CODE|mom_cf] ok?",
        )
    )
    cv.a("Perfetto, attivato da [DATE|date]. Prima rata [PRICE|price]." + signature(cv, "it"))


def k_slang(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "bro la sala pesi domani apre alle 7? 💪💪",
            "ao ma il [PRODUCT|product] di stasera c'è o no",
            "raga ditelo a [HANDLE|handle2] che mi deve 10 euro del shaker ahahah",
            "chi era il pt biondo di ieri?? quello che allenava [PERSON|friend] 😳",
        )
    )
    cv.a(
        cv.pick(
            "Ciao! Sì dalle [TIME|time] 🔥",
            "Ahah non possiamo aiutarti con i debiti 😂",
            "Si chiama [PERSON|trainer], è nuovo! Lo trovi su [HANDLE|trainer_handle]",
        )
    )
    cv.c(cv.pick("ok top", "grande 🔥", "ahah ok", "tnx"))


def k_trainer(cv: Conv, lang: str = "it") -> None:
    if lang == "en":
        cv.c(
            "hi! is [PERSON|trainer_en] teaching the [PRODUCT|product] on [DATE|date]? "
            "my friend [PERSON|friend] wants to try",
            "en",
        )
        cv.a(
            "Hi! [PERSON|trainer_en] is off that day, [PERSON|trainer2] covers. "
            "Class at [TIME|time].",
            "en",
        )
        cv.c("ok we'll come anyway", "en")
        return
    cv.c(
        cv.pick(
            "ciao il corso di [PRODUCT|product] con [PERSON|trainer_en] c'è anche giovedì?",
            "Buongiorno, vorrei fare lezioni private con [PERSON|trainer_en], quanto costano?",
        )
    )
    cv.a(
        cv.pick(
            "Ciao! [PERSON|trainer_en] fa il giovedì alle [TIME|time], lezione singola "
            "[PRICE|price].",
            "Pacchetto 10 lezioni [PRICE|price]. [PERSON|trainer_en] ti scrive lui."
            + signature(cv, "it"),
        )
    )
    cv.c(cv.pick("ok mi segnate? [PERSON|full]", "perfetto grazie!"))


def k_certificate(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "buongiorno, sono [_|parent_it] di [PERSON|kid], il certificato medico ve lo mando "
            "via mail da [EMAIL_ADDRESS|email] va bene?",
            "salve il certificato di [PERSON|kid_full] lo porta domani [_|partner_it] "
            "[PERSON|partner_first]",
        )
    )
    cv.a("Certo! Va bene anche una foto qui in chat 👍" + signature(cv, "it"))
    cv.c(cv.pick("inviato", "ok grazie", "fatto, firmato dal dott. [PERSON|doctor_last]"))


def k_erasmus(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Hi! I'm [PERSON|first], Erasmus student from [LOCATION|home_city], here until July. "
            "Do you have a monthly pass for students?",
            "hello, me and my flatmate [PERSON|friend_full] are exchange students, is there a "
            "student price? we live in [ADDRESS|stay]",
        ),
        "en",
    )
    cv.a("Hi! Yes, [PRODUCT|product] is [PRICE|price]/month with a university card.", "en")
    cv.c(
        cv.pick(
            "amazing, sign me up. [PERSON|full], [EMAIL_ADDRESS|email], italian number "
            "[PHONE_NUMBER|phone_it]",
            "ok cool see u tomorrow at [TIME|time]",
        ),
        "en",
    )
    cv.a("See you! Ask for [PERSON|agent] at the desk.", "en")


def k_schedule(cv: Conv) -> None:
    cv.choose(4)
    cv.c(
        cv.alt(
            "orari di domenica?",
            "il [PRODUCT|product] di martedì è confermato?",
            "quanto costa l'abbonamento trimestrale?",
            "cmq nn riesco a prenotare dall'app 😤 xké??",
        )
    )
    cv.a(
        cv.alt(
            "Domenica dalle [TIME|time] alle 13 ☀️",
            "Sì confermato, ore [TIME|time].",
            "[PRICE|price], con [PRODUCT|product] incluso.",
            "Stiamo aggiornando l'app, fino a [DATE|date] prenota pure qui in chat 🙏",
        )
    )
    cv.c(cv.pick("grazie", "ok", "👌"))


def f_tourist(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Hi, do you make gluten free [PRODUCT|product]? we're renting a villa at "
            "[ADDRESS|stay] for a family party",
            "hello! can we order 3 trays of pastries for Saturday? We're at [LOCATION|village]",
        ),
        "en",
    )
    cv.a("Ciao! Yes, [PRICE|price] per tray, delivery [DATE|date] morning.", "en")
    cv.c(
        cv.pick(
            "lovely. name is [PERSON|full], number [PHONE_NUMBER|phone]",
            "perfect, [_|inlaw_en] [PERSON|inlaw] will be there to receive it",
        ),
        "en",
    )
    cv.a("Done, order [ORDER|order]. Grazie!" + signature(cv, "en"), "en")


def o_tourist(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "Hi, I sat on my glasses 🤦 can you repair them today? I'm [PERSON|full], staying in "
            "[LOCATION|village] till Sunday",
            "hello, do you do eye tests for tourists? [_|partner_en] [PERSON|partner_first] needs "
            "new "
            "reading glasses",
        ),
        "en",
    )
    cv.a("Hello! Yes, come by at [TIME|time]. Dr [PERSON|optom_last] speaks English.", "en")
    cv.c(
        cv.pick(
            "thank you so much!",
            "great, see you then x",
            "wonderful. if late call me on [PHONE_NUMBER|phone]",
        ),
        "en",
    )


def f_group_order(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "buongiorno ordine per l'ufficio per domani alle [TIME|time]:\n- [PERSON|friend]: 2 "
            "cornetti vuoti\n- [PERSON|colleague]: sfogliatella riccia\n- io ([PERSON|nick]): "
            "[PRODUCT|product]\n- [PERSON|inlaw_last]: niente, è a dieta 😂",
            "ciao ragazzi lista colazione x domani\n1. cappuccino e cornetto (io)\n2. "
            "[PERSON|friend_full] - [PRODUCT|product]\n3. la dottoressa [PERSON|doctor_last] - "
            "spremuta\nconsegna [ADDRESS|addr_nocity] 2 piano",
        )
    )
    cv.a("Ricevuto! Totale [PRICE|price], ordine [ORDER|order] ☕" + signature(cv, "it"))
    cv.c(cv.pick("grazie 🙏", "perfetto si paga alla consegna", "ok"))


def s_business_mail(cv: Conv) -> None:
    cv.c(
        "Buongiorno, inoltro la richiesta del nostro ufficio acquisti.\n\n> Da: [PERSON|colleague]"
        "\n> Oggetto: riparazione 3 tablet aziendali\n> Servono entro [DATE|date], "
        "preventivo a parte.\n\n--\n[PERSON|full]\nUfficio Tecnico – [PERSON|firm_last] "
        "S.r.l.\n[ADDRESS|addr]\nTel. [PHONE_NUMBER|landline] | P.IVA [IT_VAT_CODE|piva]\n"
        "[EMAIL_ADDRESS|email] | [URL|url]"
    )
    cv.a(
        "Buongiorno [PERSON|first], per 3 [PRODUCT|product] il preventivo è [PRICE|price] "
        "IVA esclusa, ticket [ORDER|order]." + signature(cv, "it")
    )
    cv.c("Ok, procedete pure. Grazie")


def k_lost(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "ciao ieri ho lasciato nello spogliatoio una felpa grigia con scritto [PERSON|nick_up] "
            "dietro 😭 l'avete trovata?",
            "buonasera ho perso le cuffie in sala, sono di [_|kid_it] [PERSON|kid] se le trovate "
            "chiamatemi al [PHONE_NUMBER|phone]",
        )
    )
    cv.a(
        cv.pick(
            "Sì! È alla reception, passa quando vuoi 💪",
            "Le teniamo da parte, ci sono delle AirPods alla reception.",
        )
    )
    cv.c(cv.pick("grazieee", "meno male, passo [DATE|date]"))


def t_it_honeymoon(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "ciao!! io e [PERSON|partner_first] ci sposiamo a settembre e cerchiamo un viaggio di "
            "nozze, pensavamo al [PRODUCT|product] 💍",
            "salve volevamo regalare ai miei suoceri, [PERSON|inlaw] e consorte, il "
            "[PRODUCT|product]"
            " per i 40 anni di matrimonio",
        )
    )
    cv.a("Che bello! Il pacchetto costa [PRICE|price] a coppia. Vi blocco le date?")
    cv.c(
        cv.pick(
            "si! acconto con carta [CREDIT_CARD|card] va bene? sono [PERSON|full]",
            "sì, partenza dall'aeroporto di [LOCATION|city]. Il mio numero è [PHONE_NUMBER|phone], "
            "la mail [EMAIL_ADDRESS|email]",
        )
    )
    cv.a("Perfetto, pratica [ORDER|order] aperta!" + signature(cv, "it"))


def k_social(cv: Conv) -> None:
    cv.choose(2)
    cv.c(
        cv.alt(
            "ciao ma perché avete ripostato il mio video senza chiedere?? è questo [URL|url] "
            "tra l'altro c'è anche la mia amica [HANDLE|handle2] che non voleva 😑",
            "raga vi ho taggato nel reel, sono [HANDLE|handle] 💪 se lo ripostate taggate anche "
            "[HANDLE|handle2] che mi ha fatto da cameraman ahah",
        )
    )
    cv.a(
        cv.alt(
            "Hai ragione, scusaci! Lo togliamo subito." + "[_|blank]",
            "Grazie!! Lo mettiamo nelle storie 🔥 [_|bizhandle]",
        )
    )
    cv.c(cv.alt("ok grazie", "top 🔥🔥"))


def k_app(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "buongiorno l'app mi dice accesso bloccato per troppi tentativi dall'indirizzo IP "
            "[IP_ADDRESS|ip], ma io non ho fatto niente",
            "non riesco ad entrare nell'app, mi è arrivata una mail di accesso da [IP_ADDRESS|ip] "
            "alle 3 di notte 😨",
        )
    )
    cv.a("Ci scusi! Ci dà la mail con cui è registrato/a? Resettiamo l'account.")
    cv.c(cv.pick("[EMAIL_ADDRESS|email]", "è [EMAIL_ADDRESS|email] (non quella di lavoro)"))
    cv.a("Fatto, riceverà il link per la nuova password." + signature(cv, "it"))


def f_shipping(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "buongiorno spedite le colombe anche fuori regione? vorrei mandarne 2 a [_|aunt_it] "
            "[PERSON|aunt] [PERSON|last] che sta a [LOCATION|far_city]",
            "salve volevo spedire un vassoio di sfogliatelle a mio figlio che studia a "
            "[LOCATION|far_city], si può?",
        )
    )
    cv.a(
        "Sì, spediamo in tutta Italia in 48 ore, [PRICE|price]. Ci dà indirizzo e telefono "
        "del destinatario?"
    )
    cv.c("[PERSON|friend_full]\n[ADDRESS|far_addr]\ntel [PHONE_NUMBER|phone2]")
    cv.a("Spedito! Tracking [TRACKING|tracking] 📦" + signature(cv, "it"))
    if cv.rng.random() < 0.6:
        cv.c("il pacco [TRACKING|tracking] risulta in giacenza 😩 che faccio?")
        cv.a("Abbiamo chiamato il corriere, riconsegna [DATE|date].")


def t_hen_party(cv: Conv) -> None:
    cv.c(
        cv.pick(
            "hiya! organising a hen party in [LOCATION|village] for 6 of us in May 🥂 the bride is "
            "[PERSON|friend_full] so it has to be fab",
            "Hi, booking for a group of 5 girls from [LOCATION|home_city], any boat party deals?",
        ),
        "en",
    )
    cv.a("Amazing! The [PRODUCT|product] is [PRICE|price] each. Send me the names?", "en")
    cv.c(
        "- [PERSON|full] (me) [HANDLE|handle]\n- [PERSON|friend_full] (bride!!)\n- "
        "[PERSON|kid2] [HANDLE|handle2]\n- [PERSON|partner_first]\n- "
        "[PERSON|inlaw] (bride's cousin, might cancel)",
        "en",
    )
    cv.a("Perfect, booking [ORDER|order] 💃" + signature(cv, "en"), "en")


def k_teen_en(cv: Conv) -> None:
    cv.choose(2)
    cv.c(
        cv.alt(
            "omg is the gym open on easter monday?? need to train w [HANDLE|handle2] 💪",
            "yo do u lot do student discount or nah",
        ),
        "en",
    )
    cv.a(cv.alt("Open from [TIME|time] 💪", "Yes! [PRODUCT|product] at [PRICE|price]/month."), "en")
    cv.c(cv.pick("sick ty", "bet 🔥", "ok cool"), "en")


def s_mailin(cv: Conv, lang: str = "it") -> None:
    if lang == "en":
        cv.c(
            "Hi, I posted my [PRODUCT|product] to you for the repair, tracking "
            "[TRACKING|tracking]. Please send it back to [ADDRESS|addr] when done. "
            "Thanks, [PERSON|full]",
            "en",
        )
        cv.a("Got it! We'll ring you when it's ready. Best number?", "en")
        cv.c(cv.pick("[PHONE_NUMBER|phone]", "mobile is [PHONE_NUMBER|phone], after 5pm pls"), "en")
        cv.a(
            "Repaired and shipped, return tracking [TRACKING|tracking2]." + signature(cv, "en"),
            "en",
        )
        return
    cv.c(
        cv.pick(
            "salve vi ho spedito il tablet con SDA, codice [TRACKING|tracking]. il rientro a "
            "[ADDRESS|addr] per favore",
            "Buongiorno, come d'accordo al telefono con [PERSON|agent] ho spedito il "
            "[PRODUCT|product], n. spedizione [TRACKING|tracking]. Mittente [PERSON|full], "
            "[ADDRESS|addr]",
        )
    )
    cv.a("Ricevuto in laboratorio ✅ Le mandiamo il preventivo entro [DATE|date].")
    cv.c(
        cv.pick(
            "ok se serve tel.[PHONE_NUMBER|phone]",
            "grazie, attendo",
            "ok, per qualsiasi cosa cell. [PHONE_NUMBER|phone]",
        )
    )
    cv.a("Riparato e rispedito: tracking [TRACKING|tracking2]." + signature(cv, "it"))


IT_TAILS = [
    "grazie mille!!",
    "ok perfetto",
    "👍",
    "a presto",
    "grazie, gentilissimi 🙏",
    "ah un'ultima cosa, se non rispondo in chat chiamate pure al [PHONE_NUMBER|phone]",
    "scusate il ritardo nella risposta ero al lavoro",
    "ok ne parlo con [_|partner_it] [PERSON|partner_first] e vi faccio sapere",
    "ciao sono di nuovo io, [PERSON|first_lc] 😅 tutto ok per [DATE|date]?",
    "va bene, saluti da [LOCATION|city]!",
]
IT_AGENT_TAILS = [
    "Grazie a lei, buona giornata!",
    "A presto 👋",
    "Figurati! 😊",
    "Buona serata [PERSON|first]!",
    "Quando vuoi 🙂",
]
EN_TAILS = [
    "thanks a million!",
    "cheers",
    "👍",
    "lovely, thank you",
    "ta",
    "sorry for the late reply, was out all day with [PERSON|partner_first]",
    "oh and if I don't answer here text me on [PHONE_NUMBER|phone]",
    "ok will check with [_|partner_en] and get back to you",
]
EN_AGENT_TAILS = [
    "You're welcome!",
    "Have a lovely day!",
    "Any time 🙂",
    "Thanks [PERSON|first], see you soon!",
]


def add_tail(cv: Conv) -> None:
    """Small talk after the scenario (closing lines, late contact details)."""
    lang = cv.lines[-1][2]
    pool = IT_TAILS if lang == "it" else EN_TAILS
    if cv.platform == "instagram":
        pool = [
            *pool,
            "vi seguo da un sacco, sono [HANDLE|handle] 😉"
            if lang == "it"
            else "I'll tag you in my story, I'm [HANDLE|handle] 😉",
        ]
    for line in cv.rng.sample(pool, cv.rng.choice([0, 1, 1, 2])):
        cv.c(line, lang)
        if cv.rng.random() < 0.5:
            cv.a(cv.rng.choice(IT_AGENT_TAILS if lang == "it" else EN_AGENT_TAILS), lang)


# --- businesses, plan and values ----------------------------------------------------------------

FRAMES = [
    "montatura Ginevra",
    "occhiale Portofino",
    "Persol 714",
    "montatura Bianca",
    "Ray-Ban Clubmaster",
    "montatura Oslo",
]
CAKES = [
    "torta Mimosa",
    "torta Sacher",
    "torta Paradiso",
    "torta Caprese",
    "delizia al limone",
    "torta Regina Margherita",
    "millefoglie",
]
PRODUCTS = {
    "ottica": [
        "montatura Ginevra",
        "Ray-Ban Clubmaster",
        "lenti Varilux X",
        "Acuvue Oasys",
        "occhiale Portofino",
        "Persol 714",
        "montatura Bianca",
        "lenti Sofia Blue",
    ],
    "forno": [
        "torta Mimosa",
        "pastiera",
        "cassata",
        "torta Sacher",
        "colomba Margherita",
        "treccia Bianca",
        "torta Paradiso",
        "pizza Regina",
        "delizia al limone",
        "torta Caprese",
    ],
    "smartfix": [
        "iPhone 13 Pro",
        "Samsung Galaxy A54",
        "Xiaomi Redmi Note 12",
        "Pixel 7a",
        "Huawei P30 Lite",
        "iPad Air",
        "Galaxy S21 FE",
        "Oppo Reno 8",
    ],
    "altamarea": [
        "tour Dolomiti Express",
        "pacchetto Santorini 7 notti",
        "Amalfi Coast Boat Tour",
        "crociera Fiordi Norvegesi",
        "Tour Sicilia Barocca",
        "Puglia Family Week",
        "weekend Praga Low Cost",
        "Capri Day Trip",
    ],
    "kinetica": [
        "abbonamento Open 12 mesi",
        "Pilates Reformer",
        "Spinning",
        "CrossTraining",
        "Student Pass",
        "Functional Kids",
        "Yoga Flow",
        "open trimestrale",
    ],
}
ORDER_FORMS = {
    "ottica": lambda r: f"OV-{r.randint(10000, 99999)}",
    "forno": lambda r: r.choice([f"#{r.randint(1000, 9999)}", f"FSR-{r.randint(100, 999)}"]),
    "smartfix": lambda r: f"SF-2026-{r.randint(1, 9999):04d}",
    "altamarea": lambda r: r.choice(
        [
            f"ALT-{r.randint(10000, 99999)}",
            f"PNR {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}",
        ]
    ),
    "kinetica": lambda r: f"KG{r.randint(100000, 999999)}",
}
IT_DATES = [
    "martedì 14",
    "12/05",
    "venerdì 3 luglio",
    "14 maggio",
    "sabato 21",
    "30/06",
    "giovedì prossimo",
    "lunedì 8 giugno",
    "27 marzo",
]
EN_DATES = [
    "Friday 6 June",
    "14th",
    "12 June",
    "June 3rd",
    "Monday",
    "next Tuesday",
    "28/07",
    "Sat 9 May",
]
IT_TIMES = ["17:30", "9", "h 18.00", "10:15", "16", "11.30", "19:00"]
EN_TIMES = ["10am", "3.30pm", "9:00", "noon", "5pm", "14:30"]
PRICES_EUR = [
    "€ 249,00",
    "89€",
    "35 euro",
    "€12,50",
    "1.240 €",
    "€ 58",
    "180,00 euro",
    "€ 7,90",
    "45 €",
    "€1,199",
]
PRICES_GBP = ["£35.50", "€1,480", "€ 320 pp", "£99", "€2,150", "$120"]
PRICES = {
    "ottica": (
        ["€ 249,00", "89€", "€ 58", "180,00 euro", "35 euro", "€ 129"],
        ["€89", "€ 58", "€120", "35 euro"],
    ),
    "forno": (
        ["€12,50", "€ 7,90", "45 €", "35 euro", "€ 58", "18 euro", "€ 3,50"],
        ["€12.50", "€ 35", "€45 per tray", "€7.90"],
    ),
    "smartfix": (
        ["89€", "€ 58", "129,00 €", "€ 45", "€ 199", "60 euro"],
        ["€89", "€ 129", "£35.50", "€45"],
    ),
    "altamarea": (PRICES_EUR, PRICES_GBP),
    "kinetica": (
        ["€ 49", "35 euro", "€ 39,90", "€ 420", "€ 7,90", "25€"],
        ["€39", "€ 29.90 per month", "€35", "£30"],
    ),
}
HOME_CITIES = {
    "gb": ["Leeds", "Manchester", "Bath", "Reading", "Glasgow", "Whitby"],
    "ie": ["Dublin", "Cork", "Galway", "Limerick", "Kinsale", "Ballina"],
    "us": ["Boston", "Chicago", "Austin", "Portland", "Hoboken"],
    "foreign": [
        "Rotterdam",
        "Kraków",
        "Lyon",
        "Cluj-Napoca",
        "Sevilla",
        "Leipzig",
        "Timișoara",
        "Utrecht",
    ],
}
TOURIST_PLACES = [
    "Positano",
    "Sorrento",
    "Praiano",
    "Furore",
    "Vietri sul Mare",
    "Ostuni",
    "Polignano a Mare",
    "Cefalù",
    "Taormina",
]
TRACKING_FORMS = [
    lambda r: "RB" + _digits(r, 9) + "IT",
    lambda r: "0" + _digits(r, 14),
    lambda r: "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
    lambda r: "JJD" + _digits(r, 15),
    lambda r: "ZX" + _digits(r, 8),
]

Scenario = Callable[..., None]
# (scenario, business, language, customer origins)
IT_PLAN: list[tuple[Scenario, str, dict[str, str]]] = [
    (o_appointment, "ottica", {}),
    (o_pickup, "ottica", {}),
    (o_invoice_cf, "ottica", {}),
    (o_formal, "ottica", {}),
    (o_complaint, "ottica", {}),
    (o_shipping, "ottica", {}),
    (o_teen, "ottica", {}),
    (f_cake, "forno", {}),
    (f_catering, "forno", {}),
    (f_slang, "forno", {}),
    (f_voice, "forno", {}),
    (f_delivery, "forno", {}),
    (f_refund, "forno", {}),
    (f_job, "forno", {}),
    (s_quote, "smartfix", {}),
    (s_recovery, "smartfix", {}),
    (s_ip, "smartfix", {}),
    (s_delegate, "smartfix", {}),
    (s_card, "smartfix", {}),
    (t_forwarded, "altamarea", {"lang": "it"}),
    (t_passengers, "altamarea", {}),
    (t_info, "altamarea", {"lang": "it"}),
    (k_sepa, "kinetica", {}),
    (k_slang, "kinetica", {}),
    (k_trainer, "kinetica", {}),
    (k_certificate, "kinetica", {}),
    (k_schedule, "kinetica", {}),
    (f_group_order, "forno", {}),
    (s_business_mail, "smartfix", {}),
    (k_lost, "kinetica", {}),
    (t_it_honeymoon, "altamarea", {}),
    (k_social, "kinetica", {}),
    (k_app, "kinetica", {}),
    (f_shipping, "forno", {}),
    (s_mailin, "smartfix", {}),
]
EN_PLAN: list[tuple[Scenario, str, dict[str, str]]] = [
    (s_quote, "smartfix", {"lang": "en"}),
    (s_ip, "smartfix", {"lang": "en"}),
    (s_tourist, "smartfix", {}),
    (s_card, "smartfix", {"lang": "en"}),
    (t_forwarded, "altamarea", {}),
    (t_irish, "altamarea", {}),
    (t_us, "altamarea", {}),
    (t_british_formal, "altamarea", {}),
    (t_info, "altamarea", {}),
    (t_refund_gb, "altamarea", {}),
    (k_trainer, "kinetica", {"lang": "en"}),
    (k_erasmus, "kinetica", {}),
    (f_tourist, "forno", {}),
    (o_tourist, "ottica", {}),
    (t_hen_party, "altamarea", {}),
    (k_teen_en, "kinetica", {}),
    (s_mailin, "smartfix", {"lang": "en"}),
]
# Scenarios dense in structured values (IBAN, card, codice fiscale...) run twice in Italian.
DENSE = {
    o_invoice_cf,
    f_refund,
    f_catering,
    s_delegate,
    s_card,
    t_forwarded,
    t_passengers,
    k_sepa,
    s_business_mail,
    t_it_honeymoon,
    f_job,
    k_social,
    k_app,
    s_ip,
    s_recovery,
    o_shipping,
    f_shipping,
    s_mailin,
    f_delivery,
    o_formal,
}
EN_ORIGIN = {
    t_irish: ["ie"],
    t_us: ["us"],
    t_british_formal: ["gb"],
    t_refund_gb: ["gb", "ie"],
    k_erasmus: ["foreign"],
    s_ip: ["gb", "ie", "foreign"],
}


def businesses(factory: Factory) -> dict[str, Business]:
    it = factory.fakers["it_IT"]
    platforms = {
        "ottica": ["instagram", "whatsapp"],
        "forno": ["messenger", "whatsapp", "telegram"],
        "smartfix": ["telegram", "whatsapp"],
        "altamarea": ["messenger", "instagram"],
        "kinetica": ["instagram", "whatsapp"],
    }
    handles = {
        "ottica": "@otticavalsecchi",
        "forno": "@fornosantarita",
        "smartfix": "@smartfix.lab",
        "altamarea": "@altamareaviaggi",
        "kinetica": "@kinetica.gym",
    }
    sites = {
        "ottica": "info@otticavalsecchi.it",
        "forno": "ordini@fornosantarita.it",
        "smartfix": "assistenza@smartfixlab.it",
        "altamarea": "booking@altamareaviaggi.com",
        "kinetica": "segreteria@kineticagym.it",
    }
    out = {}
    for index, key in enumerate(platforms):
        agents = [factory.rng.choice(AGENT_NAMES), factory.rng.choice(AGENT_NAMES), it.first_name()]
        if key == "altamarea":
            agents[2] = "Grace"
        pages = {p: str(10**14 + factory.rng.randrange(10**14)) for p in platforms[key]}
        out[key] = Business(BUSINESS_NAMES[index], handles[key], sites[key], agents, pages)
    return out


def _title(person: Person, lang: str) -> str:
    if lang == "it":
        return "sig.ra" if person.female else "sig."
    return "Mrs" if person.female else "Mr"


def build_values(factory: Factory, cv: Conv, key: str, lang: str) -> None:
    rng, p = cv.rng, cv.customer
    north = key in ("ottica", "smartfix", "kinetica")
    town = rng.choice(NORTH if north else SOUTH)
    relative = "it" if p.origin == "it" or (p.origin == "foreign" and lang == "it") else p.origin
    partner = factory.person(relative, female=not p.female)
    kid, kid2 = factory.person(relative), factory.person(relative)
    mom = factory.person("it", female=True)
    others = [factory.person(relative) for _ in range(8)]
    staff = [factory.person("it") for _ in range(3)]
    stay_town = rng.choice(NORTH + SOUTH)
    home = p.origin if p.origin in HOME_CITIES else "foreign"
    addr = (
        it_address(rng, town)
        if p.origin in ("it", "foreign") and lang == "it"
        else en_address(rng, p.origin if p.origin in ("gb", "ie", "us") else "gb")
    )
    mom_addr = it_address(rng, town)
    v = cv.values
    v.update(
        {
            "biz": cv.business.name,
            "bizmail": cv.business.site,
            "agent": cv.agent,
            "agent_lc": cv.agent.lower(),
            "first": p.first,
            "last": p.last,
            "full": p.full,
            "nick": p.nick,
            "first_lc": p.first.lower(),
            "last_lc": p.last.lower(),
            "nick_lc": p.nick.lower(),
            "full_up": p.full.upper(),
            "nick_up": p.nick.upper(),
            "initial_last": f"{p.first[0]}. {p.last}",
            "title_it": _title(p, "it"),
            "title_en": _title(p, "en"),
            "partner": partner.full,
            "partner_first": partner.first,
            "partner_last": partner.last,
            "partner_up": f"{partner.last} {partner.first}".upper(),
            "kid": kid.first,
            "kid_nick": kid.nick,
            "kid_lc": kid.nick.lower(),
            "kid_up": f"{p.last} {kid.first}".upper(),
            "kid2": kid2.first,
            "inlaw": others[0].full,
            "inlaw_last": others[0].last,
            "mom": mom.full,
            "mom_first_up": mom.first.upper(),
            "mom_last_up": mom.last.upper(),
            "mom_birth_up": rng.choice(list(BELFIORE)).upper(),
            "mom_addr_up": mom_addr.upper(),
            "dad": f"{others[1].first if not others[1].female else 'Aldo'} {p.last}",
            "optom": rng.choice(["Valsecchi", staff[0].last, staff[0].full]),
            "optom_last": rng.choice(["Valsecchi", staff[0].last]),
            "friend": others[2].nick,
            "friend_full": others[2].full,
            "friend2": others[3].first,
            "firm_last": others[4].last,
            "colleague": others[5].full,
            "cousin": f"{others[6].first} {others[6].last}",
            "granny": others[7].first,
            "other_last": others[1].last,
            "neighbour": others[5].last,
            "aunt": others[6].first,
            "doctor_last": staff[1].last,
            "brother": f"{others[3].first} {p.last}",
            "hr": staff[2].full,
            "trainer": staff[1].first,
            "trainer_handle": handle_for(rng, staff[1]),
            "trainer_en": rng.choice(["Will", "Grace", "Hope", "Rose", "Bill", "May"]),
            "trainer2": staff[2].first,
            "influencer": handle_for(rng, others[4]),
            "handle": handle_for(rng, p),
            "handle2": handle_for(rng, others[2]),
            "phone": phone_for(rng, p, town),
            "phone2": it_mobile(rng),
            "phone_it": it_mobile(rng),
            "landline": it_landline(rng, town),
            "email": email(rng, p.first, p.last),
            "cf": fiscal_code(rng, p.first, p.last, p.female, town.name),
            "cf2": fiscal_code(rng, partner.first, partner.last, partner.female, town.name),
            "mom_cf": fiscal_code(rng, mom.first, mom.last, True, town.name),
            "card": card(rng),
            "piva": partita_iva(rng),
            "ip": public_ip(rng),
            "ip2": public_ip(rng),
            "url": profile_url(rng, p),
            "city": town.name,
            "village": rng.choice(VILLAGES + TOURIST_PLACES + REGIONS[:2]),
            "home_city": rng.choice(HOME_CITIES[home]),
            "addr": addr,
            "addr_nocity": it_address(rng, town, with_town=False),
            "stay": it_address(rng, stay_town)
            if rng.random() < 0.6
            else f"{rng.randint(1, 60)} {rng.choice(['Via', 'Corso'])} {rng.choice(IT_STREETS)}",
            "order": ORDER_FORMS[key](rng),
            "tracking": rng.choice(TRACKING_FORMS)(rng),
            "product": rng.choice(PRODUCTS[key]),
            "price": rng.choice(PRICES[key][0] if lang == "it" else PRICES[key][1]),
            "price2": rng.choice(PRICES_GBP),
            "date": rng.choice(IT_DATES if lang == "it" else EN_DATES),
            "date2": rng.choice(EN_DATES),
            "time": rng.choice(IT_TIMES if lang == "it" else EN_TIMES),
        }
    )
    v["cf_lc"] = v["cf"].lower()
    v["kid_full"] = f"{kid.first} {p.last}"
    v["inlaw_it"] = "mia cognata" if others[0].female else "mio cognato"
    v["inlaw_en"] = "my sister-in-law" if others[0].female else "my brother-in-law"
    v["parent_it"] = "la mamma" if p.female else "il papà"
    v["granny_it"] = "mia nonna" if others[7].female else "mio nonno"
    v["aunt_it"] = "mia zia" if others[6].female else "mio zio"
    v["frame"] = rng.choice(FRAMES) if key == "ottica" else v["product"]
    v["cake"] = rng.choice(CAKES)
    v["boat"] = rng.choice(["Amalfi Coast Boat Tour", "Capri Day Trip"])
    v["blank"] = ""
    v["tracking2"] = rng.choice(TRACKING_FORMS)(rng)
    v["bizhandle"] = cv.business.handle
    far = rng.choice(NORTH if not north else SOUTH)
    v["far_city"] = far.name
    v["far_addr"] = it_address(rng, far)
    if lang == "en":
        v["village"] = rng.choice(TOURIST_PLACES)
    v["kid_it"] = "mia figlia" if kid.female else "mio figlio"
    v["partner_it"] = "mia moglie" if partner.female else "mio marito"
    v["partner_en"] = "my wife" if partner.female else "my husband"
    v["partner_en_cap"] = "My wife" if partner.female else "My husband"
    v["fiance"] = "fiancée" if partner.female else "fiancé"
    v["signora"] = "la signora" if p.female else "il signor"
    v["piva_it"] = rng.choice(["IT", "IT ", ""]) + v["piva"]
    country = {"gb": "GB", "ie": "IE"}.get(p.origin, "IT")
    if p.origin == "foreign":
        country = rng.choice(["DE", "NL", "IT"])
    value = iban(rng, country)
    v["iban"] = rng.choice([value, group(value)])
    v["iban_grouped"] = group(value)
    v["iban_lc"] = rng.choice([value.lower(), group(value).lower()])


def _ids(rng: random.Random, platform: str, customer_phone: str) -> tuple[str, str]:
    if platform == "whatsapp":
        digits = re.sub(r"\D", "", customer_phone)
        digits = digits[2:] if digits.startswith("00") else digits
        return f"wa-{hashlib.sha256(digits.encode()).hexdigest()[:16]}", digits
    if platform == "telegram":
        user = str(rng.randint(10**8, 10**10))
        return str(rng.randint(10**9, 10**10)), f"user{user}"
    return f"t_{rng.randint(10**14, 10**15)}", str(rng.randint(10**15, 10**16))


def build(seed: int = SEED) -> list[dict[str, object]]:
    """Every labelled message of the corpus, in conversation order."""
    rng = random.Random(seed)
    factory = Factory(rng)
    shops = businesses(factory)
    dense = [entry for entry in IT_PLAN if entry[0] in DENSE]
    ordered = dense + [entry for entry in IT_PLAN if entry[0] not in DENSE]
    it_plan = [ordered[i % len(ordered)] for i in range(54)]
    en_plan = [EN_PLAN[i % len(EN_PLAN)] for i in range(36)]
    plan = [(s, b, kw, "it") for s, b, kw in it_plan] + [(s, b, kw, "en") for s, b, kw in en_plan]
    rng.shuffle(plan)
    start = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    rows: list[dict[str, object]] = []
    for number, (scenario, key, kwargs, lang) in enumerate(plan):
        shop = shops[key]
        if lang == "it":
            origin = "foreign" if rng.random() < 0.1 else "it"
        else:
            origin = rng.choice(EN_ORIGIN.get(scenario, ["gb", "ie", "us", "foreign"]))
        customer = factory.person(origin)
        platform = rng.choice(list(shop.pages))
        conv = Conv(
            number,
            shop,
            platform,
            customer,
            display_name(rng, customer, platform),
            rng.choice(shop.agents),
            start + timedelta(hours=7 * number + rng.randint(0, 5)),
            rng,
        )
        build_values(factory, conv, key, lang)
        scenario(conv, **kwargs)
        add_tail(conv)
        conversation_id, customer_id = _ids(rng, platform, conv.values["phone"])
        when = conv.start
        for index, (role, template, msg_lang) in enumerate(conv.lines):
            text, entities, keep = compose(template, conv.values)
            when += timedelta(minutes=rng.randint(1, 240), seconds=rng.randint(0, 59))
            customer_side = role == "customer"
            message = {
                "message_id": f"{platform[:2]}-{number:03d}-{index:02d}-{rng.randrange(16**8):08x}",
                "conversation_id": conversation_id,
                "platform": platform,
                "page_id": shop.pages[platform],
                "sender_id": customer_id if customer_side else shop.pages[platform],
                "sender_name": conv.display if customer_side else shop.name,
                "sender_role": role,
                "recipient_id": shop.pages[platform] if customer_side else customer_id,
                "recipient_name": shop.name if customer_side else conv.display,
                "created_time": when.isoformat(),
                "text": text,
            }
            rows.append(
                {"message": message, "language": msg_lang, "entities": entities, "keep": keep}
            )
    return rows


def render(rows: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--force", action="store_true", help="overwrite different bytes")
    args = parser.parse_args(argv)
    data = render(build())
    if args.out.exists() and args.out.read_bytes() != data and not args.force:
        print(
            f"{args.out} exists with different bytes; rerun with --force to replace it",
            file=sys.stderr,
        )
        return 1
    args.out.write_bytes(data)
    lines = data.count(b"\n")
    print(f"wrote {lines} messages to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
