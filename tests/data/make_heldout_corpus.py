"""Held-out labelled corpus for convmon's anonymiser, written blind.

The author of this generator did not read or run the anonymisation engine (``privacy/`` apart
from the dataset format in ``privacy/evaluate.py``), the demo generator or the independent
corpus: the sentence shapes, value formats, names and businesses are their own, so the scores
measured on ``heldout_corpus.jsonl`` say how the engine does on messages its authors never saw.

Everything is synthetic: seeded ``random`` and Faker (it_IT, en_GB, en_US, en_IE and a few other
locales for customers of foreign origin), fictional phone ranges where they exist (UK Ofcom
drama numbers, US 555-01xx), and IBANs, cards, codici fiscali and partite IVA with valid check
digits. Spans are recorded while each text is composed, so ``text[start:end] == value``.

The businesses are invented; their names and handles are ``keep`` spans (type BRAND), never
entities. Configure them as the tenant's business names when measuring: see ``BUSINESS_NAMES``.

The bytes depend on the Faker version locked in ``uv.lock``. Regenerate (same seed, same bytes;
refuses to overwrite different bytes without ``--force``)::

    .venv/bin/python tests/data/make_heldout_corpus.py [--out PATH] [--force]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from faker import Faker
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.it import codicefiscale, iva

SEED = 4711_2026
CONVERSATIONS = 90
OUT = Path(__file__).with_name("heldout_corpus.jsonl")


# --------------------------------------------------------------------------- businesses


@dataclass(frozen=True)
class Business:
    name: str
    short: str
    handle: str
    language: str
    platforms: tuple[str, ...]
    agents: tuple[str, ...]
    products_it: tuple[str, ...]
    products_en: tuple[str, ...]
    carriers: tuple[str, ...]
    order_prefix: str
    currency: str


BUSINESSES = (
    Business(
        name="Lucia Ferri Atelier",
        short="Atelier",
        handle="@luciaferri.atelier",
        language="it",
        platforms=("instagram", "instagram", "messenger", "whatsapp"),
        agents=("Chiara", "Matteo", "Sofia"),
        products_it=(
            "borsa Matilde",
            "abito Beatrice",
            "giacca Serena",
            "sandalo Capri",
            "foulard Amalfi",
            "cappotto Rebecca",
            "gonna Viola",
        ),
        products_en=(
            "Matilde bag",
            "Beatrice dress",
            "Serena jacket",
            "Capri sandals",
            "Amalfi scarf",
            "Rebecca coat",
        ),
        carriers=("BRT", "GLS", "SDA", "Poste Italiane"),
        order_prefix="LF",
        currency="eur",
    ),
    Business(
        name="Nido Arredamenti",
        short="Nido",
        handle="@nidoarredamenti",
        language="it",
        platforms=("messenger", "whatsapp", "whatsapp", "telegram"),
        agents=("Davide", "Francesca", "Ilaria"),
        products_it=(
            "divano Oslo",
            "lampada Vienna",
            "tavolo Verona",
            "poltrona Greta",
            "letto Bruno",
            "libreria Bergen",
            "cassettiera Elsa",
        ),
        products_en=(
            "Oslo sofa",
            "Vienna lamp",
            "Verona table",
            "Greta armchair",
            "Bruno bed",
        ),
        carriers=("BRT", "TNT", "Arcese"),
        order_prefix="NA",
        currency="eur",
    ),
    Business(
        name="Brightwater Cycles",
        short="Brightwater",
        handle="@brightwatercycles",
        language="en",
        platforms=("whatsapp", "telegram", "messenger"),
        agents=("Niamh", "Tom", "Grace"),
        products_it=("bici Hudson", "casco Ellis", "lucchetto Kingston", "Rover 500"),
        products_en=(
            "Hudson gravel bike",
            "Ellis helmet",
            "Kingston D-lock",
            "Rover 500",
            "Shannon commuter",
            "Harper panniers",
        ),
        carriers=("An Post", "DPD", "Royal Mail", "UPS"),
        order_prefix="BW",
        currency="gbp",
    ),
)
BUSINESS_NAMES = tuple(b.name for b in BUSINESSES)
FEMALE_AGENTS = frozenset({"Chiara", "Sofia", "Francesca", "Ilaria", "Niamh", "Grace"})


# --------------------------------------------------------------------------- name pools

DIMINUTIVES_IT = {
    "Giuseppe": ("Giuse", "Peppe", "Pino"),
    "Federica": ("Fede",),
    "Federico": ("Fede",),
    "Valentina": ("Vale",),
    "Valeria": ("Vale",),
    "Francesca": ("Franci", "Fra"),
    "Alessandro": ("Ale", "Sandro"),
    "Alessandra": ("Ale", "Sandra"),
    "Elisabetta": ("Betta", "Eli"),
    "Roberto": ("Robi",),
    "Antonio": ("Toni", "Totò"),
    "Giovanni": ("Gianni", "Nanni"),
    "Domenico": ("Mimmo",),
    "Caterina": ("Cate",),
    "Margherita": ("Marghe",),
    "Beatrice": ("Bea",),
    "Lorenzo": ("Lollo", "Lore"),
    "Gabriele": ("Gabri",),
    "Simona": ("Simo",),
    "Emanuele": ("Manu",),
    "Vincenzo": ("Enzo",),
    "Giuseppina": ("Pina", "Giusy"),
    "Maria Grazia": ("Mariagrazia",),
}
DIMINUTIVES_EN = {
    "Michael": ("Mike",),
    "Elizabeth": ("Liz", "Lizzie"),
    "William": ("Will", "Bill"),
    "Robert": ("Rob", "Bobby"),
    "Katherine": ("Kate", "Katie"),
    "Thomas": ("Tom", "Tommy"),
    "James": ("Jim", "Jamie"),
    "Margaret": ("Maggie", "Peggy"),
    "Jennifer": ("Jen",),
    "Christopher": ("Chris",),
    "Patrick": ("Paddy",),
    "Siobhán": ("Shiv",),
    "Rebecca": ("Becky",),
    "Nicholas": ("Nick",),
}
WORD_NAMES_EN = ("Will", "May", "Rose", "Grace", "Hope", "Bill", "Faith", "Dawn", "Summer", "Pat")
FEMALE_NAMES = frozenset(
    {
        "Federica",
        "Valentina",
        "Valeria",
        "Francesca",
        "Alessandra",
        "Elisabetta",
        "Caterina",
        "Margherita",
        "Beatrice",
        "Simona",
        "Giuseppina",
        "Maria Grazia",
        "Elizabeth",
        "Katherine",
        "Margaret",
        "Jennifer",
        "Siobhán",
        "Rebecca",
        "May",
        "Rose",
        "Grace",
        "Hope",
        "Faith",
        "Dawn",
        "Summer",
        "Pat",
    }
)
WORD_SURNAMES_EN = ("Baker", "Hill", "Wood", "King", "Young", "Fox", "Bell", "Short", "Rich")
WORD_SURNAMES_IT = (
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
    "Neri",
    "Porta",
    "Vitale",
    "Sole",
)
APOSTROPHE_SURNAMES = {
    "it": ("D'Angelo", "De Luca", "Dell'Orto", "Di Stefano", "D'Amico", "Lo Russo"),
    "ie": ("O'Brien", "O'Sullivan", "Mac Giolla Phádraig", "Ní Bhriain"),
    "gb": ("Smith-Jones", "O'Neill", "St John"),
}
RARE_FIRST = (
    "Amadou",
    "Fatou",
    "Ionela",
    "Bogdan",
    "Mehmet",
    "Aleksandra",
    "Thi Lan",
    "Priya",
    "Arjun",
    "Oluwaseun",
    "Xhensila",
    "Ngozi",
    "Yusuf",
    "Dragoș",
    "Ewelina",
)
RARE_LAST = (
    "Diallo",
    "Popescu",
    "Nowak",
    "Yılmaz",
    "Nguyen",
    "Sharma",
    "Adeyemi",
    "Hoxha",
    "Mbeki",
    "Kowalczyk",
    "Dumitrescu",
    "Okafor",
)
FOREIGN_LOCALES = ("de_DE", "fr_FR", "es_ES", "pl_PL", "ro_RO", "nl_NL")
ORIGIN_LOCALE = {"it": "it_IT", "gb": "en_GB", "us": "en_US", "ie": "en_IE"}

# --------------------------------------------------------------------------- places

IT_TOWNS = {
    "Milano": ("20121", "MI"),
    "Roma": ("00184", "RM"),
    "Napoli": ("80134", "NA"),
    "Torino": ("10128", "TO"),
    "Bari": ("70121", "BA"),
    "Lecce": ("73100", "LE"),
    "Cagliari": ("09124", "CA"),
    "Bergamo": ("24121", "BG"),
    "Parma": ("43121", "PR"),
    "Ferrara": ("44121", "FE"),
    "Perugia": ("06121", "PG"),
    "Matera": ("75100", "MT"),
    "Trento": ("38122", "TN"),
    "Rimini": ("47921", "RN"),
    "Ostuni": ("72017", "BR"),
    "Bra": ("12042", "CN"),
    "Noto": ("96017", "SR"),
    "Vasto": ("66054", "CH"),
    "Fano": ("61032", "PU"),
    "Este": ("35042", "PD"),
    "Cento": ("44042", "FE"),
    "Siena": ("53100", "SI"),
    "Lucca": ("55100", "LU"),
    "Pescara": ("65121", "PE"),
    "Sauris": ("33020", "UD"),
    "Roccaraso": ("67037", "AQ"),
    "Pietrapertosa": ("85010", "PZ"),
    "Bosa": ("08013", "OR"),
    "Vico Equense": ("80069", "NA"),
    "Castelnuovo di Garfagnana": ("55032", "LU"),
    "Forte dei Marmi": ("55042", "LU"),
    "San Giovanni Rotondo": ("71013", "FG"),
    "Sesto San Giovanni": ("20099", "MI"),
}
IT_REGIONS = ("Puglia", "Sardegna", "Calabria", "Trentino", "Salento", "Val d'Aosta", "Cilento")
GB_TOWNS = (
    "Leeds",
    "Manchester",
    "Bristol",
    "Reading",
    "York",
    "Bath",
    "Margate",
    "Hove",
    "Crewe",
    "Whitby",
    "Swansea",
    "Glasgow",
)
GB_REGIONS = ("Cornwall", "the Lake District", "Yorkshire", "the Cotswolds")
IE_TOWNS = ("Galway", "Cork", "Ennis", "Sligo", "Bray", "Naas", "Dingle", "Kilkenny", "Tralee")
IE_COUNTIES = ("Clare", "Kerry", "Mayo", "Wicklow", "Donegal", "Meath")
US_TOWNS = (
    ("Austin", "TX"),
    ("Boston", "MA"),
    ("Portland", "OR"),
    ("Denver", "CO"),
    ("Savannah", "GA"),
    ("Hope", "AR"),
    ("Madison", "WI"),
)
IT_STREETS = (
    "Garibaldi",
    "Roma",
    "Mazzini",
    "dei Mille",
    "XX Settembre",
    "Vittorio Emanuele II",
    "Cavour",
    "San Francesco",
    "delle Rose",
    "Dante Alighieri",
    "Solferino",
    "Giuseppe Verdi",
    "della Repubblica",
    "Trieste",
    "Aldo Moro",
    "dei Tigli",
    "Matteotti",
    "Santa Lucia",
)
IT_STREET_KINDS = (
    ("via", 6),
    ("Via", 5),
    ("v.", 2),
    ("V.", 1),
    ("viale", 2),
    ("v.le", 1),
    ("piazza", 2),
    ("p.za", 1),
    ("p.zza", 1),
    ("corso", 2),
    ("c.so", 2),
    ("largo", 1),
    ("vicolo", 1),
    ("strada", 1),
    ("str.", 1),
    ("contrada", 1),
)
EN_STREETS = (
    "Albert",
    "Victoria",
    "Kingsley",
    "Mill",
    "Church",
    "Station",
    "Elm",
    "Highfield",
    "Rose",
    "Hope",
    "Sycamore",
    "Queen's",
    "Clifton",
    "Marlborough",
    "Orchard",
)
EN_STREET_KINDS = (
    "Road",
    "Rd",
    "Street",
    "St.",
    "St",
    "Avenue",
    "Ave",
    "Lane",
    "Close",
    "Drive",
    "Way",
    "Park",
    "Terrace",
)

# --------------------------------------------------------------------------- values


def ascii_fold(text: str) -> str:
    """Letters of ``text`` without accents (for e-mail local parts and codes)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in " -'"))


def it_cin(bban: str) -> str:
    """The Italian CIN letter of ABI + CAB + account (same odd/even tables as the CF)."""
    odd = [
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
    total = 0
    for index, char in enumerate(bban):
        value = int(char) if char.isdigit() else ord(char.upper()) - ord("A")
        total += odd[value] if index % 2 == 0 else value
    return string.ascii_uppercase[total % 26]


def _fiscal_letters(word: str, is_first_name: bool) -> str:
    letters = [c for c in ascii_fold(word).upper() if c.isalpha()]
    consonants = [c for c in letters if c not in "AEIOU"]
    vowels = [c for c in letters if c in "AEIOU"]
    if is_first_name and len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return "".join(consonants + vowels + ["X", "X", "X"])[:3]


BELFIORE = ("H501", "F205", "F839", "L219", "A662", "E506", "B354", "D612", "A944", "G273")


@dataclass
class Person:
    first: str
    last: str
    origin: str
    female: bool
    nick: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class World:
    """Seeded value generators: every call draws from the same random stream."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for index, locale in enumerate(
            ("it_IT", "en_GB", "en_US", "en_IE", *FOREIGN_LOCALES), start=1
        ):
            faker = Faker(locale)
            faker.seed_instance(seed + index)
            self.fakers[locale] = faker

    def pick(self, items: Sequence[Any]) -> Any:
        return items[self.rng.randrange(len(items))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # ---- people

    def person(self, origin: str, female: bool | None = None) -> Person:
        female = self.chance(0.55) if female is None else female
        if origin == "foreign":
            if self.chance(0.35):
                first, last = self.pick(RARE_FIRST), self.pick(RARE_LAST)
            else:
                faker = self.fakers[self.pick(FOREIGN_LOCALES)]
                first = faker.first_name_female() if female else faker.first_name_male()
                last = faker.last_name()
            return Person(first, last, origin, female, first)
        faker = self.fakers[ORIGIN_LOCALE[origin]]
        diminutives = DIMINUTIVES_IT if origin == "it" else DIMINUTIVES_EN
        roll = self.rng.random()
        if roll < 0.35:
            first = self.pick([n for n in sorted(diminutives) if (n in FEMALE_NAMES) == female])
        elif origin != "it" and roll < 0.5:
            first = self.pick([n for n in WORD_NAMES_EN if (n in FEMALE_NAMES) == female])
        else:
            first = faker.first_name_female() if female else faker.first_name_male()
        if self.chance(0.1) and origin in APOSTROPHE_SURNAMES:
            last = self.pick(APOSTROPHE_SURNAMES[origin])
        elif origin == "it" and self.chance(0.45):
            last = self.pick(WORD_SURNAMES_IT)
        elif origin != "it" and self.chance(0.3):
            last = self.pick(WORD_SURNAMES_EN)
        else:
            last = faker.last_name()
        nick = self.pick(diminutives[first]) if first in diminutives else first
        return Person(first, last, origin, female, nick)

    def display_name(self, person: Person, platform: str, phone: str) -> str:
        roll = self.rng.random()
        if platform == "whatsapp" and roll < 0.12:
            return phone
        if platform == "instagram" and roll < 0.4:
            return self.username(person)
        choices = (
            person.full,
            person.full,
            person.full,
            f"{person.first} {person.last[0]}.",
            f"{person.nick.capitalize()} {person.last}",
            f"{person.first} 🌸",
            f"{person.full} ✨",
            person.first,
            f"{person.nick.capitalize()} 🙂",
        )
        return str(self.pick(choices))

    def username(self, person: Person) -> str:
        first = ascii_fold(person.first).lower().replace(" ", "").replace("'", "")
        last = ascii_fold(person.last).lower().replace(" ", "").replace("'", "")
        nick = ascii_fold(person.nick).lower().replace(" ", "")
        year = str(
            self.rng.randrange(70, 100) if self.chance(0.6) else self.rng.randrange(2000, 2006)
        )
        forms = (
            f"{first}.{last}",
            f"{first}_{last}",
            f"{first}{last}{year}",
            f"{first[0]}{last}",
            f"{nick}_{last[:3]}",
            f"{last}.{first}",
            f"{nick}{year}",
            f"{first}__{last}",
            f"{nick}.{last}.official",
        )
        return str(self.pick(forms))

    # ---- contact values

    def email(self, person: Person, obfuscate: float = 0.45) -> str:
        local = self.username(person).replace("__", "_").replace(".official", "")
        domain = self.pick(
            {
                "it": (
                    "gmail.com",
                    "libero.it",
                    "hotmail.it",
                    "yahoo.it",
                    "alice.it",
                    "virgilio.it",
                    "tiscali.it",
                    "icloud.com",
                    "outlook.it",
                ),
                "gb": (
                    "gmail.com",
                    "btinternet.com",
                    "yahoo.co.uk",
                    "outlook.com",
                    "hotmail.co.uk",
                ),
                "ie": ("gmail.com", "eircom.net", "hotmail.com", "icloud.com"),
                "us": ("gmail.com", "yahoo.com", "aol.com", "outlook.com", "proton.me"),
            }.get(
                person.origin,
                ("gmail.com", "gmx.de", "web.de", "orange.fr", "wp.pl", "yahoo.ro", "ziggo.nl"),
            )
        )
        name, _, tld = domain.partition(".")
        if not self.chance(obfuscate):
            return f"{local}@{domain}".upper() if self.chance(0.08) else f"{local}@{domain}"
        forms = (
            f"{local} at {name} dot {tld}",
            f"{local}[at]{domain}",
            f"{local}(at){domain}",
            f"{local} [at] {name} [dot] {tld}",
            f"{local} chiocciola {name} punto {tld}",
            f"{local}(chiocciola){domain}",
            f"{local} @ {domain}",
            f"{local}@ {domain}",
            f"{local} AT {name} DOT {tld}",
            f"{local}@{name} .{tld}",
            f"{local} (at) {name} (dot) {tld}",
            f"{local}#{domain}",
        )
        return str(self.pick(forms))

    def phone(self, country: str) -> str:
        if country == "it":
            return self.phone_it_mobile() if self.chance(0.75) else self.phone_it_landline()
        if country == "gb":
            return self.phone_gb()
        if country == "us":
            return self.phone_us()
        if country == "ie":
            return self.phone_ie()
        return self.phone_it_mobile()

    def phone_it_mobile(self) -> str:
        p = self.pick(
            (
                "320",
                "324",
                "328",
                "329",
                "331",
                "333",
                "334",
                "338",
                "339",
                "340",
                "345",
                "347",
                "348",
                "349",
                "351",
                "366",
                "380",
                "388",
                "392",
                "393",
            )
        )
        r = self.digits(7)
        forms = (
            f"{p}{r}",
            f"{p} {r[:3]} {r[3:]}",
            f"{p}-{r}",
            f"{p}.{r[:3]}.{r[3:]}",
            f"{p}/{r}",
            f"+39 {p} {r}",
            f"+39{p}{r}",
            f"0039 {p} {r[:3]} {r[3:]}",
            f"+39 {p} {r[:3]} {r[3:5]} {r[5:]}",
            f"({p}) {r}",
            f"{p} {r[:2]} {r[2:4]} {r[4:]}",
            f"+39-{p}-{r[:3]}-{r[3:]}",
            f"0039{p}{r}",
            f"{p} {r[:4]} {r[4:]}",
        )
        return str(self.pick(forms))

    def phone_it_landline(self) -> str:
        area = self.pick(
            (
                "02",
                "06",
                "011",
                "051",
                "055",
                "081",
                "091",
                "080",
                "0832",
                "070",
                "0471",
                "045",
                "0544",
                "0583",
            )
        )
        r = self.digits(10 - len(area))
        forms = (
            f"{area} {r}",
            f"{area}-{r}",
            f"{area}/{r}",
            f"{area}.{r[:3]}.{r[3:]}",
            f"+39 {area} {r}",
            f"0039 {area} {r}",
            f"({area}) {r[:3]} {r[3:]}",
            f"{area} {r[:4]} {r[4:]}",
        )
        return str(self.pick(forms))

    def phone_gb(self) -> str:
        tail = f"{self.rng.randrange(1000):03d}"
        forms = (
            f"07700 900{tail}",
            f"+44 7700 900{tail}",
            f"+447700900{tail}",
            f"07700-900-{tail}",
            f"+44 (0)7700 900{tail}",
            f"(020) 7946 0{tail}",
            f"020 7946 0{tail}",
            f"0161 496 0{tail}",
            f"+44 161 496 0{tail}",
            f"0044 7700 900 {tail}",
            f"07700900{tail}",
        )
        return str(self.pick(forms))

    def phone_us(self) -> str:
        area = self.pick(("212", "312", "415", "617", "702", "305", "512"))
        tail = f"01{self.rng.randrange(100):02d}"
        forms = (
            f"({area}) 555-{tail}",
            f"{area}-555-{tail}",
            f"{area}.555.{tail}",
            f"+1 {area} 555 {tail}",
            f"1-{area}-555-{tail}",
            f"+1 ({area}) 555-{tail}",
            f"{area} 555 {tail}",
        )
        return str(self.pick(forms))

    def phone_ie(self) -> str:
        p = self.pick(("083", "085", "086", "087", "089"))
        r = self.digits(7)
        forms = (
            f"{p} {r[:3]} {r[3:]}",
            f"+353 {p[1:]} {r[:3]} {r[3:]}",
            f"+353{p[1:]}{r}",
            f"{p}-{r}",
            f"(01) {r[:3]} {r[3:]}",
            f"+353 1 {r[:3]} {r[3:]}",
            f"00353 {p[1:]} {r}",
        )
        return str(self.pick(forms))

    def wa_id(self, country: str) -> str:
        prefix = {"it": "39", "gb": "44", "us": "1", "ie": "353"}.get(country, "39")
        return prefix + self.digits(10 if prefix != "353" else 9)

    # ---- financial and fiscal values

    def iban(self, country: str) -> str:
        if country in ("gb", "ie"):
            bank = self.pick(
                ("NWBK", "BARC", "LOYD", "MIDL") if country == "gb" else ("AIBK", "BOFI", "IPBS")
            )
            bban = bank + self.digits(14)
            cc = "GB" if country == "gb" else "IE"
        elif country == "foreign" and self.chance(0.6):
            cc, bban = self.pick(("DE", "NL", "ES")), ""
            bban = {"DE": self.digits(18), "NL": "INGB" + self.digits(10), "ES": self.digits(20)}[
                cc
            ]
        else:
            abi_cab = (
                self.pick(
                    (
                        "0306909606",
                        "0542811101",
                        "0200805364",
                        "0760101600",
                        "0311101646",
                        "0503401633",
                    )
                )
                if self.chance(0.5)
                else ("0" + self.digits(4) + self.digits(5))
            )
            account = self.digits(12) if self.chance(0.6) else "CC" + self.digits(10)
            bban = it_cin(abi_cab + account) + abi_cab + account
            cc = "IT"
        check = stdnum_iban.calc_check_digits(f"{cc}00{bban}")
        compact = f"{cc}{check}{bban}"
        assert stdnum_iban.is_valid(compact)
        roll = self.rng.random()
        if roll < 0.4:
            return compact
        grouped = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        if roll < 0.8:
            return grouped
        if roll < 0.9:
            return grouped.lower()
        return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def card(self) -> str:
        kind = self.pick(("visa", "visa", "mc", "mc", "amex"))
        if kind == "amex":
            body = self.pick(("34", "37")) + self.digits(12)
        elif kind == "mc":
            body = str(self.rng.randrange(51, 56)) + self.digits(13)
        else:
            body = "4" + self.digits(14)
        number = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(number)
        if kind == "amex":
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i : i + 4] for i in range(0, 16, 4)]
        sep = self.pick((" ", " ", "-", "", "  ", "."))
        return sep.join(groups)

    def fiscal_code(self, person: Person) -> str:
        year = self.rng.randrange(1950, 2004)
        day = self.rng.randrange(1, 29) + (40 if person.female else 0)
        stem = (
            _fiscal_letters(person.last, False)
            + _fiscal_letters(person.first, True)
            + f"{year % 100:02d}"
            + self.pick("ABCDEHLMPRST")
            + f"{day:02d}"
            + self.pick(BELFIORE)
        )
        code = stem + codicefiscale.calc_check_digit(stem)
        assert codicefiscale.is_valid(code)
        roll = self.rng.random()
        if roll < 0.7:
            return code
        if roll < 0.85:
            return code.lower()
        return f"{code[:3]} {code[3:6]} {code[6:11]} {code[11:]}"

    def vat(self) -> str:
        stem = f"{self.rng.randrange(1, 10**7):07d}{self.rng.randrange(1, 101):03d}"
        number = stem + luhn.calc_check_digit(stem)
        assert iva.is_valid(number)
        return str(
            self.pick(
                (
                    number,
                    number,
                    f"IT{number}",
                    f"IT {number}",
                    f"{number[:4]} {number[4:7]} {number[7:]}",
                )
            )
        )

    def ip(self) -> str:
        if self.chance(0.12):
            groups = ["2a01", "e11", *(f"{self.rng.randrange(1, 65536):x}" for _ in range(4))]
            return ":".join(groups[:4]) + "::" + ":".join(groups[4:])
        first = self.pick((93, 151, 79, 87, 2, 5, 82, 109, 176, 188, 213))
        second, third, fourth = (
            self.rng.randrange(256),
            self.rng.randrange(256),
            self.rng.randrange(1, 255),
        )
        return f"{first}.{second}.{third}.{fourth}"

    def url(self, person: Person) -> str:
        user = self.username(person)
        forms = (
            f"https://www.facebook.com/{user}",
            f"facebook.com/profile.php?id=1000{self.digits(11)}",
            f"https://www.instagram.com/{user}/",
            f"instagram.com/{user}",
            f"https://t.me/{user.replace('.', '_')}",
            f"linkedin.com/in/{user.replace('.', '-').replace('_', '-')}-{self.digits(3)}a",
            f"www.tiktok.com/@{user}",
            f"https://m.facebook.com/{user}?ref=bookmarks",
        )
        return str(self.pick(forms))

    def handle(self, person: Person) -> str:
        return "@" + self.username(person)

    # ---- places

    def it_address(self, with_town: str | None = None) -> str:
        kinds, weights = zip(*IT_STREET_KINDS, strict=True)
        kind = self.rng.choices(kinds, weights)[0]
        street = self.pick(IT_STREETS)
        number = str(self.rng.randrange(1, 180))
        number = self.pick(
            (
                number,
                number,
                number,
                f"{number}/B",
                f"{number} bis",
                f"{number}A",
                f"n. {number}",
                f"n.{number}",
            )
        )
        town = with_town or self.pick(sorted(IT_TOWNS))
        cap, prov = IT_TOWNS[town]
        forms = (
            f"{kind} {street} {number}",
            f"{kind} {street} {number}, {town}",
            f"{kind} {street}, {number} - {cap} {town} ({prov})",
            f"{kind} {street} {number}, {cap} {town}",
            f"{kind} {street} {number} {town}",
            f"{kind} {street} {number} int. {self.rng.randrange(1, 20)}, {cap} {town} {prov}",
            f"{kind} {street} {number} scala {self.pick('ABC')}, {town}",
        )
        return str(self.pick(forms))

    def en_address(self, country: str, town: str | None = None) -> str:
        number = str(self.rng.randrange(1, 300))
        street = f"{self.pick(EN_STREETS)} {self.pick(EN_STREET_KINDS)}"
        if country == "us":
            states = dict(US_TOWNS)
            town, state = (town, states[town]) if town in states else self.pick(US_TOWNS)
            zip_code = self.digits(5)
            forms = (
                f"{number} {street}, {town}, {state} {zip_code}",
                f"{number} {street} Apt {self.rng.randrange(1, 30)}, {town} {state}",
                f"{number} {street}",
            )
        elif country == "ie":
            town = town if town in IE_TOWNS else self.pick(IE_TOWNS)
            eircode = (
                self.pick("ADFHKNPRTVWXY")
                + self.digits(2)
                + " "
                + self.pick("ACDEFHKNPRTVWXY")
                + self.digits(2)
                + self.pick("ACDEFHKNPRTVWXY")
            )
            forms = (
                f"{number} {street}, {town}, Co. {self.pick(IE_COUNTIES)}",
                f"Apt {self.rng.randrange(1, 40)}, {number} {street}, {town} {eircode}",
                f"{number} {street}, {town}",
                f"{number} {street}, Dublin {self.rng.randrange(1, 25)}",
            )
        else:
            town = town if town in GB_TOWNS + GB_REGIONS else self.pick(GB_TOWNS)
            postcode = (
                self.pick(("LS", "M", "BS", "RG", "YO", "BA", "CT", "BN", "CW", "G"))
                + str(self.rng.randrange(1, 20))
                + " "
                + str(self.rng.randrange(1, 10))
                + self.pick("ABDEFGHJLNPQRSTUWXYZ")
                + self.pick("ABDEFGHJLNPQRSTUWXYZ")
            )
            forms = (
                f"{number} {street}, {town} {postcode}",
                f"Flat {self.rng.randrange(1, 12)}, {number} {street}, {town}",
                f"{number} {street}",
                f"{number} {street}, {postcode}",
            )
        return str(self.pick(forms))

    def address(self, country: str, town: str | None = None) -> str:
        if country in ("gb", "ie", "us"):
            return self.en_address(country, town)
        return self.it_address(town if town in IT_TOWNS else None)

    def town(self, country: str) -> str:
        if country == "gb":
            return str(self.pick(GB_TOWNS))
        if country == "ie":
            return str(self.pick(IE_TOWNS))
        if country == "us":
            return str(self.pick(US_TOWNS)[0])
        return str(self.pick(sorted(IT_TOWNS)))

    def region(self, language: str) -> str:
        return str(self.pick(IT_REGIONS if language == "it" else GB_REGIONS + IE_COUNTIES[:2]))

    # ---- look-alikes

    def order(self, business: Business) -> str:
        n = self.digits(5)
        return str(
            self.pick(
                (
                    f"#{business.order_prefix}-{n}",
                    f"{business.order_prefix}{n}",
                    f"#{n}",
                    f"ORD-2026-{self.digits(5)}",
                    f"{business.order_prefix}-{n}/26",
                )
            )
        )

    def tracking(self, carrier: str) -> str:
        forms = {
            "BRT": (f"{self.digits(12)}", f"BRT {self.digits(12)}"),
            "GLS": (f"{self.pick(('ZX', 'MI', 'TO'))}{self.digits(9)}",),
            "SDA": (f"{self.digits(13)}",),
            "Poste Italiane": (f"RR{self.digits(9)}IT", f"1A{self.digits(8)}"),
            "TNT": (f"GE{self.digits(9)}WW",),
            "Arcese": (f"ARC-{self.digits(8)}",),
            "An Post": (f"CE{self.digits(9)}IE",),
            "DPD": (f"{self.digits(14)}",),
            "Royal Mail": (f"AB{self.digits(9)}GB",),
            "UPS": (f"1Z{self.digits(3)}AA{self.digits(10)}",),
        }[carrier]
        return str(self.pick(forms))

    def price(self, currency: str, language: str) -> str:
        units = self.pick((19, 24, 39, 49, 59, 89, 129, 249, 349, 890, 1290))
        cents = self.pick(("00", "90", "99", "50"))
        if currency == "gbp":
            return str(
                self.pick((f"£{units}", f"£{units}.{cents}", f"{units} quid", f"€{units}.{cents}"))
            )
        if language == "en":
            return str(self.pick((f"€{units}", f"€{units}.{cents}", f"{units} EUR")))
        return str(
            self.pick(
                (
                    f"{units}€",
                    f"€ {units},{cents}",
                    f"{units},{cents} euro",
                    f"{units} euro",
                    f"EUR {units},{cents}",
                    f"{units}.00€",
                )
            )
        )

    def date(self, language: str) -> str:
        day = self.rng.randrange(1, 29)
        month = self.rng.randrange(1, 13)
        it_months = (
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        )
        en_months = (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        )
        if language == "it":
            weekday = self.pick(("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"))
            return str(
                self.pick(
                    (
                        f"{day}/{month:02d}",
                        f"{day:02d}/{month:02d}/2026",
                        f"{weekday} {day} {it_months[month - 1]}",
                        f"{day} {it_months[month - 1]}",
                        f"{day}.{month}.26",
                    )
                )
            )
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
        return str(
            self.pick(
                (
                    f"{day} {en_months[month - 1]}",
                    f"{en_months[month - 1]} {day}{suffix}",
                    f"{day}/{month}/26",
                    f"{month}/{day}/2026",
                    f"Friday {day}{suffix}",
                    f"{day}{suffix} of {en_months[month - 1]}",
                )
            )
        )

    def time(self, language: str, first_hour: int = 8, last_hour: int = 20) -> str:
        hour = self.rng.randrange(first_hour, last_hour)
        minute = self.pick((0, 15, 30, 45))
        if language == "it":
            return str(
                self.pick(
                    (
                        f"{hour}:{minute:02d}",
                        f"{hour}.{minute:02d}",
                        f"{hour}",
                        f"h {hour}:{minute:02d}",
                    )
                )
            )
        h12 = hour if hour <= 12 else hour - 12
        ampm = "am" if hour < 12 else "pm"
        return str(
            self.pick(
                (
                    f"{h12}{ampm}",
                    f"{h12}:{minute:02d} {ampm.upper()}",
                    f"{hour}:{minute:02d}",
                    f"{h12}.{minute:02d}{ampm}",
                )
            )
        )


# --------------------------------------------------------------------------- templates
# {slot} placeholders; see ``SLOT_TYPES`` for what each becomes. Literal text is unlabelled.

OPEN = {
    "it": (
        "Buongiorno, sono {full} e vi scrivo per l'ordine {order}",
        "ciao! volevo info per {art}{product} 😍 costa ancora {price}?",
        "Salve mi chiamo {first} {last} ho ordinato il {date} e non è ancora arrivato niente",
        "buonasera scusate l'orario, sono {nick}, {lail} cognat{ao} di {relf_full}, mi ha dato "
        "lei il vostro contatto",
        "salve vorrei sapere se spedite anche a {city}, mi sono trasferit{ao} lì da poco",
        "Ciao sono {first} da {city} 👋 ho visto la vostra storia",
        "buongiorno io ho fatto un ordine ieri sera il numero è {order} ma ho sbagliato "
        "l'indirizzo",
        "Gentile {biz}, scrivo per conto di mia madre {relf_full} che non usa i social",
        "ciao ragazzi",
        "allora ciao sono {first} ti scrivo perché praticamente ho ordinato {art}{product} la "
        "settimana scorsa e ancora niente cioè mi dite qualcosa grazie",
        "Buonasera. {last} {first}. Ordine {order}.",
        "ehi ciao!! mi ha consigliato {biz} la mia amica {otherf} 😊",
        "Salve, sono {signor} {last}, abbiamo parlato al telefono stamattina",
        "ciaoo scusa il disturbo",
        "Buongiorno,\nsono {full} ({handle} su ig), vi contatto per un reso",
        "Buondì! qui {nick} 🙋‍♀️",
        "buongiorno vi scrivo da un altro profilo ({url}) perché quello vecchio me l'hanno "
        "bloccato",
    ),
    "en": (
        "Hi there, {full} here, quick question about order {order}",
        "hey! is the {product} still {price}?",
        "Hello, my name is {first} {last} and I ordered on {date} but nothing has arrived yet",
        "hiya its {nick} again 🙈",
        "Good morning, I'm writing on behalf of my mum {relf_full}, she's not on here",
        "hi do you ship to {city}? just moved here",
        "Hi, {first} from {city} 👋 saw your post",
        "so um hi I placed an order last night number {order} and I put the wrong address in "
        "can you fix it",
        "Hello!",
        "Dear {biz}, I am contacting you regarding my order {order}. Kind regards, {full}",
        "hey guys, my friend {otherfirst} told me about you",
        "Hi it's {mrs} {last} again, we spoke on the phone this morning",
        "hello hello 👋",
        "Hi, {full} ({handle} on insta) - I need to return something",
        "yo",
    ),
}

MIX = (
    ("it", "ciao, sorry for my italian 😅 sono {full}, I live in {city} now"),
    ("it", "ok thanks so much! ci sentiamo domani, ciao {agent}"),
    ("en", "Hi, my English is not so good, sono {first}, I want to change the indirizzo to {addr}"),
    ("en", "grazie mille {agent}!! you are the best"),
    ("it", "perfetto, anyway il mio numero è {phone} se serve"),
    ("en", "hi, ordine {order}: when does it arrive? grazie"),
    ("it", "tutto ok, delivery to my sister {relf} please, abita in {addr}"),
    ("en", "sorry, I write in English: il pacco è per mio fratello {relm}, he lives in {town}"),
    ("it", "ciao {agent}, sorry ancora io, the IBAN is {iban}"),
)

CUSTOMER = {
    "it": {
        "delivery": (
            "il mio indirizzo giusto è {addr}",
            "potete consegnarlo a mia sorella {relf}? abita in {addr}",
            "se non ci sono lasciatelo pure {vicina} {neigh}",
            "il corriere {courier} mi ha chiamato ma non ho fatto in tempo a rispondere, il mio "
            "numero è {phone}",
            "chiamami al {phone} dopo le {time}",
            "tel:{phone}",
            "mio marito {relm} passa a ritirarlo {date}, va bene?",
            "sono a {town} fino al {date}, potete spedire qui? {townaddr}",
            "cell.{phone} oppure fisso {phone2}",
            "il tracking {tracking} dice consegnato ma io non ho ricevuto nulla!!",
            'mi è arrivato questo sms: "{carrier}: gentile {upperfull} la sua spedizione '
            '{tracking} sarà consegnata {date}" ma io non sono a casa',
            "Inoltro i dati per la spedizione:\n{full}\n{addr}\n{phone}",
            "Nome: {full}\nIndirizzo: {addr}\nTelefono: {phone}\nNote: citofono {neigh}",
            "allora l'indirizzo è {addr} però il citofono è a nome {relf_full} perché è casa di "
            "mia suocera ok",
            "scusate mi sono sbagliat{ao}, non è {addr2} ma {addr}",
            "ma il corriere si chiama {courier}? perché mi ha scritto un certo {courier} dal "
            "numero {phone2}",
            "lo ritira mia figlia {relf}, il suo cellulare è {phone2}",
            "sono fuori casa tutta la settimana, sto da mia madre a {town}",
            "siamo in {region} per le vacanze fino al {date}, riesco a ritirarlo quando torno?",
            "CONSEGNATE A {addr} GRAZIE",
            "- nome: {full}\n- via: {addr}\n- tel {phone}\n- orari: dopo le {time}",
            "allora guarda io sto a {town} però il pacco mandalo da mia cugina {relf_full} che "
            "sta in {addr} tanto lei è sempre a casa e se serve il suo numero è {phone2}",
            "se serve Tel.{phone} (ufficio {phone2})",
            "si allora il mio indirizzo è {addr} e il numero è {phone} se non rispondo chiamate "
            "mia moglie {relf} al {phone2} ok grazie ciao",
            "ok lo dico a {relm} e vi faccio sapere",
            "lo ritira il mio vicino, il signor {wordsurname}, abita al piano di sotto",
        ),
        "return": (
            "vorrei rendere {art}{product}, la taglia non va bene",
            "per il rimborso vi do l'iban: {iban} intestato a {full}",
            "IBAN {iban}\nintestatario {relm_full} (è il conto di mio marito)",
            "ho pagato {price} ma mi avete rimborsato solo {price2}",
            "il conto è cointestato con mia moglie {relf}, va bene lo stesso? iban {iban}",
            "vi rispedisco il pacco da {town}, sono qui per lavoro",
            "ecco iban {iban} grazie mille",
            "allora per il rimborso l'iban è {iban} intestato a me {full} fatemi sapere grazie",
            "il mio iban è\n{iban}",
            "reso dell'ordine {order}: {art}{product} ha un difetto, vi mando le foto",
        ),
        "invoice": (
            "mi serve la fattura, cf {cf}",
            "fattura intestata a {full}, codice fiscale {cf}, residente in {addr}",
            "P.IVA {piva} intestata a {full}",
            "mandatela a {email} per favore",
            "la pec è {email}",
            "sono un libero professionista p.iva {piva} con studio in {addr}",
            "codice fiscale: {cf}\nemail: {email}",
            "C.F. {cf} (è di mio padre {relm}, la fattura va a lui)",
            "la mia mail è {email} ma scrivetemi anche su whatsapp",
            "cf {cf} p.iva {piva}",
            "ecco i dati: {full} - C.F. {cf} - {addr}",
            "x la fattura: {full}\n{cf}\n{addr}\n{email}",
        ),
        "payment": (
            "mi ha rifiutato la carta {card} ma ci sono i soldi",
            "vi passo la carta di mio figlio {relm}: {card}",
            "mi avete addebitato due volte {price}!!",
            "vi faccio un bonifico dal conto {iban}",
            "posso pagare con satispay? il numero collegato è {phone}",
            "numero carta {card} intestata a {full}, l'altra volta non è passata",
            "ho pagato con paypal dalla mail {email}",
            "per il pagamento a rate vi serve il mio codice fiscale? è {cf}",
            "niente allora ho provato con la carta {card} e non va poi con quella di mio marito "
            "{relm} e niente uguale ma che succede",
        ),
        "account": (
            "non riesco ad accedere al sito, mi dice che il mio ip {ip} è bloccato",
            "il mio profilo è {url} se volete controllare",
            "mi trovate su ig come {handle}",
            "ho cambiato mail, ora è {email}",
            "per la tessera fedeltà avevo dato il cf {cf}, non mi trovate?",
            "l'account l'ha fatto mio figlio {relm} con la sua mail {relemail}",
            "collaborazione? ho 12k follower {handle} e {url}",
            "la mia amica {otherf} ({otherhandle}) vorrebbe lo sconto anche lei",
            "il tecnico dice che l'ip del router è {ip}",
            "mi avete bloccato su insta? sono {handle}",
            "vi ho taggato, il post è su {url}",
            "mi arriva una mail di accesso sospetto da {ip}, siete voi?",
            "ip pubblico {ip} - browser chrome - errore 403",
        ),
        "info": (
            "{art}{product} c'è anche in blu?",
            "quanto costa la spedizione? {price}?",
            "siete aperti sabato {date}? verso le {time}",
            "ordine {order} arrivato tutto ok grazie 😍😍",
            "avete ancora lo sconto di {biz}?",
            "ho visto {art}{product} a {price}, è ancora disponibile?",
            "la spedizione con {carrier} quanto ci mette?",
            "ma {art}{product} e {art2}{product2} hanno lo stesso colore?",
            "ok",
            "quindi arriva {date}?",
        ),
    },
    "en": {
        "delivery": (
            "my correct address is {addr}",
            "can you deliver it to my sister {relf}? she lives at {addr}",
            "if I'm out just leave it with my neighbour, {nmrs} {neigh} at number {house}",
            "the courier {courier} rang me but I missed it, my number is {phone}",
            "call me on {phone} after {time}",
            "tel:{phone}",
            "my husband {relm} will collect it on {date}, ok?",
            "I'm in {town} until {date}, can you ship here? {townaddr}",
            "mob {phone} or home {phone2}",
            "tracking {tracking} says delivered but I got nothing!!",
            'got this text: "{carrier}: Dear {upperfull}, parcel {tracking} will be delivered '
            "on {date}\" but I'm out",
            "Forwarding the delivery details:\n{full}\n{addr}\n{phone}",
            "Name: {full}\nAddress: {addr}\nPhone: {phone}",
            "ok so the address is {addr} but the buzzer says {relf_full} cos its my mother in "
            "laws house",
            "sorry my mistake, not {addr2} but {addr}",
            "is your driver called {courier}? a guy called {courier} texted me from {phone2}",
            "my daughter {relf} will pick it up, her mobile is {phone2}",
            "I'm away all week at my mum's in {town}",
            "we're in {region} on holiday till {date}, can I collect it when I'm back?",
            "PLEASE DELIVER TO {addr} THANKS",
            "- name: {full}\n- address: {addr}\n- phone {phone}",
            "right so I'm in {town} this week but send it to my cousin {relf_full} at {addr} "
            "she's always in and her number is {phone2} if the driver needs it",
            "yeah so the address is {addr} and my number is {phone} if I don't pick up ring my "
            "wife {relf} on {phone2} ok thanks bye",
            "ok I'll tell {relm} and get back to you",
            "my friend {wordname} will collect it on {date}",
        ),
        "return": (
            "I'd like to return the {product}, wrong size",
            "for the refund my IBAN is {iban}, account name {full}",
            "IBAN: {iban}\nAccount holder: {relm_full} (my husband's account)",
            "I paid {price} but you only refunded {price2}",
            "the account is joint with my wife {relf}, is that ok? iban {iban}",
            "I'll post it back from {town}, I'm here for work",
            "here you go {iban} thanks",
            "return for order {order}: the {product} arrived damaged, sending photos",
        ),
        "invoice": (
            "I need an invoice please, send it to {email}",
            "invoice to {full}, {addr}",
            "my email is {email}",
            "It's for the company, VAT {piva}, attention of {full}",
            "email me at {email} pls",
            "codice fiscale for the Italian invoice: {cf}",
            "my Italian tax code is {cf} if you need it, partita IVA {piva}",
        ),
        "payment": (
            "my card {card} got declined but there's money on it",
            "can I use my son {relm}'s card? it's {card}",
            "you charged me twice {price}!!",
            "I'll do a bank transfer from {iban}",
            "card number {card}, name on card {full}, it didn't go through last time",
            "I paid with paypal from {email}",
            "for the instalment plan, my codice fiscale is {cf}",
            "so I tried my card {card} and nothing then my husband {relm}'s and same thing "
            "what's going on",
        ),
        "account": (
            "can't log in to the site, it says my IP {ip} is blocked",
            "my profile is {url} if you want to check",
            "find me on insta {handle}",
            "I changed my email, it's {email} now",
            "my son {relm} set up the account with his email {relemail}",
            "collab? I have 12k followers, {handle} and {url}",
            "my friend {otherfirst} ({otherhandle}) wants the discount too",
            "the broadband guy says the router IP is {ip}",
            "did you block me on insta? I'm {handle}",
            "tagged you in my post {url}",
            "got a suspicious login email from {ip}, was that you?",
        ),
        "info": (
            "does the {product} come in blue?",
            "how much is shipping? {price}?",
            "are you open on {date}? around {time}",
            "order {order} arrived, all good thanks 😍😍",
            "is the {biz} discount still on?",
            "saw the {product} for {price}, still available?",
            "how long does {carrier} take?",
            "are the {product} and the {product2} the same colour?",
            "ok cool",
            "so it arrives {date}?",
        ),
    },
}

AGENT = {
    "it": {
        "delivery": (
            "Ciao {nick}, il tuo ordine {order} è partito {date} con {carrier}, tracking "
            "{tracking}",
            "Buongiorno {first}, abbiamo aggiornato l'indirizzo in {addr}. La consegna è "
            "prevista per {date}.",
            "Gentile cliente, il corriere passerà {date} tra le {time} e le {time2}",
            "Perfetto, lo lasciamo a {rel} allora!",
            "Ho girato il tuo numero {phone} al corriere {carrier}, ti chiameranno loro",
            "Mi spiace {first}! apro subito una segnalazione a {carrier} per la spedizione "
            "{tracking}",
        ),
        "return": (
            "Ciao {first}, il reso per l'ordine {order} è approvato: riceverai {price} entro "
            "{date}.",
            "Ricevuto l'IBAN, grazie. Il bonifico partirà {date}.",
            "Puoi spedire il reso con {carrier} usando il codice {tracking}",
            "Per sicurezza non scriverci l'IBAN qui in chat, usa il modulo sul sito 🙏",
            "Il rimborso di {price} è stato disposto sull'IBAN che termina con le ultime 4 "
            "cifre che ci hai dato",
        ),
        "invoice": (
            "Certo {first}! La fattura per l'ordine {order} di {price} arriverà a {email} entro "
            "{date}",
            "Mi confermi il codice fiscale? Quello che vedo nel gestionale è diverso",
            "Fattura emessa ✅ ordine {order}",
            "Gentile {full}, la fattura è intestata a {addr}, va bene così?",
        ),
        "payment": (
            "Il pagamento di {price} per l'ordine {order} risulta andato a buon fine {date} alle "
            "{time}",
            "Ciao {nick}, vediamo un solo addebito di {price}, l'altro è una preautorizzazione "
            "che sparisce in pochi giorni",
            "Non inviarci i dati della carta in chat per favore! Ti mandiamo un link di pagamento",
            "Abbiamo annullato il secondo addebito, scusa {first}",
        ),
        "account": (
            "Ciao {nick}! abbiamo sbloccato l'accesso, riprova ora",
            "Seguici su {bizhandle} per le novità 😊",
            "Ti abbiamo scritto in privato da {bizhandle}",
            "Grazie {first}! Giriamo la proposta al marketing, ti rispondono entro {date}",
        ),
        "info": (
            "Sì, {art}{product} è disponibile a {price}, spedizione gratuita sopra i {price2}",
            "Siamo aperti dal lunedì al sabato dalle {time} alle {time2}",
            "I saldi iniziano {date} 🎉",
            "Con {carrier} di solito 2-3 giorni lavorativi",
            "Ciao! Sì, il codice sconto di {biz} vale fino al {date}",
        ),
        "generic": (
            "Ciao {first}, ti rispondo subito",
            "Buongiorno! Controllo e ti faccio sapere",
            "Gentile {sigra} {last}, ci scusiamo per il ritardo nella risposta",
            "Ciao, grazie per averci scritto 😊 dammi un attimo",
            "Certamente, nessun problema",
            "Ciao {nick}! Mi dai il numero d'ordine?",
            "Eccomi! Scusa l'attesa",
            "Ciao {first}, ci penso io",
            "Buonasera, come posso aiutarti?",
            "Ciao! Sono {agent}, ti seguo io 😊",
        ),
    },
    "en": {
        "delivery": (
            "Hi {nick}, your order {order} shipped on {date} with {carrier}, tracking {tracking}",
            "Morning {first}, we've updated the address to {addr}. Delivery is due {date}.",
            "Hi, the driver will call between {time} and {time2} on {date}",
            "Perfect, we'll leave it with {rel} then!",
            "I've passed your number {phone} on to {carrier}, they'll ring you",
            "So sorry {first}! I'm opening a claim with {carrier} for parcel {tracking} now",
        ),
        "return": (
            "Hi {first}, the return for order {order} is approved: you'll get {price} back by "
            "{date}.",
            "Got the IBAN, thanks. The transfer goes out on {date}.",
            "You can send it back with {carrier} using the code {tracking}",
            "Please don't send bank details in chat, use the form on our site 🙏",
        ),
        "invoice": (
            "Sure {first}! The invoice for order {order} ({price}) will reach {email} by {date}",
            "Could you confirm the name for the invoice?",
            "Invoice sent ✅ order {order}",
        ),
        "payment": (
            "The payment of {price} for order {order} went through on {date} at {time}",
            "Hi {nick}, we only see one charge of {price}, the other is a pre-authorisation that "
            "drops off in a few days",
            "Please don't send card numbers in chat! We'll send you a payment link",
            "We've cancelled the second charge, sorry {first}",
        ),
        "account": (
            "Hi {nick}! We've unblocked your login, try again now",
            "Follow us at {bizhandle} for news 😊",
            "We've DMed you from {bizhandle}",
            "Thanks {first}! Passing it to marketing, they'll reply by {date}",
        ),
        "info": (
            "Yes, the {product} is {price}, free shipping over {price2}",
            "We're open Monday to Saturday, {time} to {time2}",
            "The sale starts on {date} 🎉",
            "{carrier} usually takes 2-3 working days",
            "Hi! Yes, the {biz} discount runs until {date}",
        ),
        "generic": (
            "Hi {first}, on it now",
            "Morning! Let me check and come back to you",
            "Dear {mrs} {last}, apologies for the late reply",
            "Hi, thanks for getting in touch 😊 give me a sec",
            "Of course, no problem at all",
            "Hi {nick}! Could I have the order number?",
            "Here now! Sorry for the wait",
            "Hi {first}, leave it with me",
            "Evening, how can I help?",
            "Hi! {agent} here, I'll look after this 😊",
        ),
    },
}

CLOSE = {
    "it": (
        "grazie mille!! {nick}",
        "Grazie, buona giornata. {full}",
        "ok perfetto grazie 🙏",
        "grazie {agent} sei gentilissim{agao}",
        "Cordiali saluti\n{full}\n{phone}",
        "ok ciao ciao",
        "grazieee ❤️❤️",
        "Grazie.\n\n--\n{full}\n{addr}\nCell. {phone}\n{email}",
        "va bene grazie, saluti da {city}",
        "👍",
        "grazie a lei. {last} {first}",
        "Saluti\n{full}\nP.IVA {piva}\n{url}",
    ),
    "en": (
        "thanks a million!! {nick}",
        "Thanks, have a nice day. {full}",
        "ok perfect thanks 🙏",
        "thanks {agent} you're a star",
        "Kind regards\n{full}\n{phone}",
        "ok bye bye",
        "thank youuu ❤️❤️",
        "Thanks.\n\n--\n{full}\n{addr}\nM: {phone}\n{email}",
        "cheers, greetings from {city}",
        "👍",
        "cheers {agent} x",
        "Best,\n{full}\n{url}",
    ),
}

SIGN = {
    "it": (
        "\n{agent}",
        " - {agent}",
        "\n\n{agent} | {biz}",
        "\nUn saluto, {agent} dal team {biz}",
        " 😊 {agent}",
        "\n{agent} (Servizio clienti {biz})",
    ),
    "en": (
        "\n{agent}",
        " - {agent}",
        "\n\nThanks, {agent} @ {biz}",
        "\nCheers, {agent}",
        " x {agent}",
        "\n{agent}, {biz} customer care",
    ),
}

SCENARIOS = ("delivery", "return", "invoice", "payment", "account", "info")
SCENARIO_WEIGHTS = (4, 3, 3, 3, 3, 3)

# slot -> (label, "entity" | "keep")
SLOT_TYPES = {
    "first": ("PERSON", "entity"),
    "last": ("PERSON", "entity"),
    "full": ("PERSON", "entity"),
    "nick": ("PERSON", "entity"),
    "agent": ("PERSON", "entity"),
    "rel": ("PERSON", "entity"),
    "relf": ("PERSON", "entity"),
    "relm": ("PERSON", "entity"),
    "relf_full": ("PERSON", "entity"),
    "relm_full": ("PERSON", "entity"),
    "townaddr": ("ADDRESS", "entity"),
    "neigh": ("PERSON", "entity"),
    "courier": ("PERSON", "entity"),
    "otherfirst": ("PERSON", "entity"),
    "city": ("LOCATION", "entity"),
    "town": ("LOCATION", "entity"),
    "addr": ("ADDRESS", "entity"),
    "addr2": ("ADDRESS", "entity"),
    "phone": ("PHONE_NUMBER", "entity"),
    "phone2": ("PHONE_NUMBER", "entity"),
    "email": ("EMAIL_ADDRESS", "entity"),
    "iban": ("IBAN_CODE", "entity"),
    "card": ("CREDIT_CARD", "entity"),
    "cf": ("IT_FISCAL_CODE", "entity"),
    "piva": ("IT_VAT_CODE", "entity"),
    "ip": ("IP_ADDRESS", "entity"),
    "url": ("URL", "entity"),
    "handle": ("HANDLE", "entity"),
    "otherhandle": ("HANDLE", "entity"),
    "biz": ("BRAND", "keep"),
    "bizhandle": ("BRAND", "keep"),
    "carrier": ("BRAND", "keep"),
    "order": ("ORDER", "keep"),
    "tracking": ("TRACKING", "keep"),
    "price": ("PRICE", "keep"),
    "price2": ("PRICE", "keep"),
    "date": ("DATE", "keep"),
    "time": ("TIME", "keep"),
    "time2": ("TIME", "keep"),
    "product": ("PRODUCT", "keep"),
    "product2": ("PRODUCT", "keep"),
    "otherf": ("PERSON", "entity"),
    "wordname": ("PERSON", "entity"),
    "wordsurname": ("PERSON", "entity"),
    "relemail": ("EMAIL_ADDRESS", "entity"),
    "upperfull": ("PERSON", "entity"),
    "sigra": (None, None),
    "region": ("LOCATION", "entity"),
    "house": (None, None),
    "art": (None, None),
    "art2": (None, None),
    "ao": (None, None),
    "lail": (None, None),
    "signor": (None, None),
    "mrs": (None, None),
    "vicina": (None, None),
    "nmrs": (None, None),
    "agao": (None, None),
}
_SLOT = re.compile(r"\{(\w+)\}")
ENTITY_LABELS = frozenset(label for label, kind in SLOT_TYPES.values() if kind == "entity")


# --------------------------------------------------------------------------- composition


@dataclass(frozen=True)
class Piece:
    text: str
    label: str | None = None
    kind: str | None = None


def compose(pieces: Sequence[Piece]) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Join pieces into a text; each labelled piece becomes a span holding its exact value."""
    text = ""
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    for piece in pieces:
        start = len(text)
        text += piece.text
        if piece.kind is not None and piece.text:
            span = {"start": start, "end": len(text), "type": piece.label, "value": piece.text}
            (entities if piece.kind == "entity" else keep).append(span)
    for span in entities + keep:
        assert text[span["start"] : span["end"]] == span["value"], span["type"]
    return text, entities, keep


@dataclass
class Conversation:
    """Who takes part and what stays the same across the messages of one thread."""

    business: Business
    platform: str
    customer: Person
    country: str
    language: str
    style: str
    mixes: bool
    agent: str
    sister: Person
    brother: Person
    agent_female: bool
    neighbour: Person
    courier: str
    city: str
    phone: str
    display_name: str
    sender_id: str
    page_id: str
    conversation_id: str
    scenario: str
    order: str
    carrier: str
    product: str
    addresses: list[str] = field(default_factory=list)
    relative: Person | None = None
    own: dict[str, str] = field(default_factory=dict)


class Writer:
    """Turns templates into labelled pieces, in one conversation's context."""

    def __init__(self, world: World, conv: Conversation) -> None:
        self.world = world
        self.conv = conv
        self.role = "customer"

    def value(self, slot: str, language: str, cache: dict[str, str]) -> str:
        w, c = self.world, self.conv
        if slot in cache:
            return cache[slot]
        products = c.business.products_it if language == "it" else c.business.products_en
        values: dict[str, Callable[[], str]] = {
            "first": lambda: c.customer.first,
            "last": lambda: c.customer.last,
            "full": lambda: c.customer.full,
            "nick": lambda: c.customer.nick,
            "agent": lambda: c.agent,
            "rel": lambda: (c.relative or c.sister).first,
            "relf": lambda: self.relative(c.sister).first,
            "relm": lambda: self.relative(c.brother).first,
            "relf_full": lambda: self.relative(c.sister).full,
            "relm_full": lambda: self.relative(c.brother).full,
            "townaddr": lambda: self.town_address(cache),
            "ao": lambda: "a" if c.customer.female else "o",
            "lail": lambda: "la" if c.customer.female else "il",
            "signor": lambda: "la signora" if c.customer.female else "il signor",
            "mrs": lambda: "Mrs" if c.customer.female else "Mr",
            "vicina": lambda: (
                "alla vicina, la signora" if c.neighbour.female else "al vicino, il signor"
            ),
            "nmrs": lambda: "Mrs" if c.neighbour.female else "Mr",
            "agao": lambda: "a" if c.agent_female else "o",
            "neigh": lambda: c.neighbour.last,
            "courier": lambda: c.courier,
            "otherf": lambda: w.person(w.pick(("it", "it", "foreign")), female=True).first,
            "wordname": lambda: w.pick(WORD_NAMES_EN),
            "wordsurname": lambda: w.pick(WORD_SURNAMES_IT),
            "otherfirst": lambda: w.person(w.pick(("it", "it", "gb", "foreign"))).first,
            "city": lambda: c.city,
            "town": lambda: w.town(c.country),
            "addr": lambda: self.address(),
            "addr2": lambda: w.address(c.country),
            "phone": lambda: c.phone if w.chance(0.6) else w.phone(c.country),
            "phone2": lambda: w.phone(w.pick((c.country, c.country, "it"))),
            "email": lambda: (
                self.once("email", lambda: w.email(c.customer))
                if w.chance(0.6)
                else w.email(c.customer)
            ),
            "iban": lambda: w.iban(c.country),
            "card": lambda: w.card(),
            "cf": lambda: self.once("cf", lambda: w.fiscal_code(c.customer)),
            "piva": lambda: self.once("piva", w.vat),
            "ip": lambda: w.ip(),
            "url": lambda: w.url(c.customer),
            "handle": lambda: w.handle(c.customer),
            "otherhandle": lambda: w.handle(w.person(w.pick(("it", "gb", "foreign")))),
            "biz": lambda: c.business.name,
            "bizhandle": lambda: c.business.handle,
            "carrier": lambda: c.carrier,
            "order": lambda: c.order if w.chance(0.7) else w.order(c.business),
            "tracking": lambda: w.tracking(c.carrier),
            "price": lambda: w.price(c.business.currency, language),
            "price2": lambda: w.price(c.business.currency, language),
            "date": lambda: w.date(language),
            "time": lambda: w.time(language, 8, 14),
            "time2": lambda: w.time(language, 15, 20),
            "product": lambda: c.product if w.chance(0.6) else w.pick(products),
            "product2": lambda: w.pick(
                [p for p in products if p != self.value("product", language, cache)]
            ),
            "house": lambda: str(w.rng.randrange(1, 90)),
            "relemail": lambda: w.email(self.relative(c.brother)),
            "upperfull": lambda: f"{c.customer.last} {c.customer.first}".upper(),
            "sigra": lambda: "sig.ra" if c.customer.female else "sig.",
            "region": lambda: w.region(language),
            "art": lambda: article(self.value("product", language, cache)),
            "art2": lambda: article(self.value("product2", language, cache)),
        }
        cache[slot] = values[slot]()
        return cache[slot]

    def once(self, name: str, make: Callable[[], str]) -> str:
        """A value the customer keeps for the whole conversation (their own fiscal code...)."""
        if name not in self.conv.own:
            self.conv.own[name] = make()
        return self.conv.own[name]

    def relative(self, person: Person) -> Person:
        self.conv.relative = person
        return person

    def town_address(self, cache: dict[str, str]) -> str:
        town = self.value("town", self.conv.language, cache)
        return self.world.address(self.conv.country, town)

    def address(self) -> str:
        if self.conv.addresses and (self.role == "agent" or self.world.chance(0.4)):
            return self.conv.addresses[-1]
        address = self.world.address(self.conv.country, self.conv.city)
        self.conv.addresses.append(address)
        return address

    def render(self, template: str, language: str, role: str = "customer") -> list[Piece]:
        self.role = role
        pieces: list[Piece] = []
        cache: dict[str, str] = {}
        position = 0
        for match in _SLOT.finditer(template):
            if match.start() > position:
                pieces.append(Piece(template[position : match.start()]))
            slot = match.group(1)
            label, kind = SLOT_TYPES[slot]
            pieces.append(Piece(self.value(slot, language, cache), label, kind))
            position = match.end()
        if position < len(template):
            pieces.append(Piece(template[position:]))
        return pieces


STYLES = ("neat", "casual", "casual", "voice", "emoji", "typos", "neat")
EMOJI = (" 😊", " 🙏", " 😅", " ❤️", "!! 😡", " 🙈", " 👍🏻", " 😍", " 🤞", " xx")


def article(product: str) -> str:
    """The Italian definite article (with its space) for a product such as "borsa Matilde"."""
    noun = product.split()[0].lower()
    if noun[0] in "aeiou":
        return "l'"
    return "la " if noun.endswith("a") else "il "


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def stylise(pieces: list[Piece], style: str, rng: random.Random) -> list[Piece]:
    """A customer's way of writing, applied to literal text (and case to values too)."""
    out: list[Piece] = []
    for piece in pieces:
        text = piece.text
        if style in ("casual", "voice") and rng.random() < 0.85:
            text = text.lower()
        if piece.kind is None:
            if style == "voice":
                text = re.sub(r"[.,!?;:]+(?=\s)", "", text).replace("\n", " ")
            elif style == "casual" and rng.random() < 0.5:
                text = text.replace(",", "").replace(".", "")
            elif style == "typos":
                text = " ".join(
                    _typo(word, rng) if rng.random() < 0.12 else word for word in text.split(" ")
                )
        out.append(Piece(text, piece.label, piece.kind))
    if style == "emoji" or (style == "casual" and rng.random() < 0.3):
        out.append(Piece(EMOJI[rng.randrange(len(EMOJI))]))
    return out


AGENT_CLOSE = {
    "it": (
        "Grazie a te {first}! A presto",
        "Figurati 😊 buona giornata!",
        "Di nulla, a presto!",
        "Grazie {nick}, alla prossima ❤️",
    ),
    "en": (
        "Thanks {first}! Talk soon",
        "No worries 😊 have a good one!",
        "You're welcome!",
        "Thanks {nick}, take care ❤️",
    ),
}
COURIERS = {
    "it": ("Ciro", "Salvo", "Gennaro", "Kevin", "Ahmed", "Marius", "Franco", "Dritan"),
    "en": ("Kev", "Dave", "Paddy", "Tomasz", "Shane", "Darren", "Vytautas"),
}


class CorpusBuilder:
    """Builds the whole corpus from one seed: conversations, then their messages."""

    def __init__(self, seed: int = SEED) -> None:
        self.world = World(seed)
        self.page_ids = {
            (b.name, platform): self.world.digits(15)
            for b in BUSINESSES
            for platform in sorted(set(b.platforms))
        }
        self.start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
        self.counts: Counter[str] = Counter()

    def rarity(self, template: str) -> float:
        """Weight of a template: higher when it holds span types the corpus has few of."""
        types = {SLOT_TYPES[slot][0] for slot in _SLOT.findall(template)}
        return 0.3 + sum(
            (20 if t in ENTITY_LABELS else 10) / (4 + self.counts[t])
            for t in types
            if t is not None and t not in ("PERSON", "BRAND")
        )

    def conversation(self, language: str, scenario: str) -> Conversation:
        w = self.world
        if language == "it":
            business = w.rng.choices(BUSINESSES, (50, 40, 10))[0]
            origin = w.rng.choices(("it", "foreign"), (85, 15))[0]
            country = "it"
        else:
            business = w.rng.choices(BUSINESSES, (25, 20, 55))[0]
            origin = w.rng.choices(("gb", "us", "ie", "foreign", "it"), (30, 12, 28, 18, 12))[0]
            country = w.pick(("gb", "ie")) if origin in ("foreign", "it") else origin
        platform = w.pick(business.platforms)
        customer = w.person(origin)
        abroad = origin == "it" and language == "en"
        mixes = w.chance(0.6 if abroad or (language == "it" and business.language == "en") else 0.1)
        sister, brother = w.person(origin, female=True), w.person(origin, female=False)
        if w.chance(0.5):
            sister = Person(sister.first, customer.last, origin, True, sister.nick)
        if w.chance(0.5):
            brother = Person(brother.first, customer.last, origin, False, brother.nick)
        agent = w.pick(business.agents)
        neighbour = w.person("it" if country == "it" else w.pick(("gb", "ie", "us")))
        phone = w.phone(country)
        if platform == "whatsapp":
            sender_id = w.wa_id(country)
            conversation_id = sender_id
        elif platform == "telegram":
            sender_id = w.digits(10)
            conversation_id = sender_id
        else:
            sender_id = w.digits(16 if platform == "messenger" else 17)
            conversation_id = "t_" + w.digits(15)
        carrier = w.pick(business.carriers)
        products = business.products_it if language == "it" else business.products_en
        return Conversation(
            business=business,
            platform=platform,
            customer=customer,
            country=country,
            language=language,
            style=w.pick(STYLES),
            mixes=mixes,
            agent=agent,
            sister=sister,
            brother=brother,
            agent_female=agent in FEMALE_AGENTS,
            neighbour=neighbour,
            courier=w.pick(COURIERS["it" if country == "it" else "en"]),
            city=w.town(country),
            phone=phone,
            display_name=w.display_name(customer, platform, phone),
            sender_id=sender_id,
            page_id=self.page_ids[(business.name, platform)],
            conversation_id=conversation_id,
            scenario=scenario,
            order=w.order(business),
            carrier=carrier,
            product=w.pick(products),
        )

    def turns(self, conv: Conversation) -> list[tuple[str, str, list[Piece]]]:
        """(role, language, pieces) of one thread, in order."""
        w = self.world
        writer = Writer(w, conv)
        agent_language = "en" if conv.business.language == "en" else conv.language
        turns: list[tuple[str, str, list[Piece]]] = []

        def customer(pool: Sequence[str], used: set[str]) -> None:
            if conv.mixes and w.chance(0.35):
                language, template = w.pick(MIX)
            else:
                language = conv.language
                fresh = [t for t in pool if t not in used] or list(pool)
                template = w.rng.choices(fresh, [self.rarity(t) for t in fresh])[0]
                used.add(template)
            pieces = stylise(writer.render(template, language), conv.style, w.rng)
            turns.append(("customer", language, pieces))

        def agent(pool: Sequence[str], sign: float) -> None:
            fresh = [t for t in pool if t not in used] or list(pool)
            template = w.pick(fresh)
            used.add(template)
            pieces = writer.render(template, agent_language, "agent")
            if "{agent}" not in template and w.chance(sign):
                pieces += writer.render(w.pick(SIGN[agent_language]), agent_language, "agent")
            turns.append(("agent", agent_language, pieces))

        used: set[str] = set()
        scenario = conv.scenario
        customer(OPEN[conv.language], used)
        agent(AGENT[agent_language]["generic"], 0.3)
        rounds = w.rng.choices((0, 1, 2, 3), (18, 45, 28, 9))[0]
        for round_ in range(rounds):
            if round_ == 2 and w.chance(0.5):
                scenario = w.rng.choices(SCENARIOS, SCENARIO_WEIGHTS)[0]
            customer(CUSTOMER[conv.language][scenario], used)
            if w.chance(0.15):
                customer(CUSTOMER[conv.language][scenario], used)
            if w.chance(0.08):
                turns.append(("customer", conv.language, []))
            if w.chance(0.85):
                agent(AGENT[agent_language][scenario], 0.45)
        if w.chance(0.75):
            customer(CLOSE[conv.language], used)
            if w.chance(0.35):
                agent(AGENT_CLOSE[agent_language], 0.6)
        return turns

    def records(self) -> list[dict[str, Any]]:
        w = self.world
        records: list[dict[str, Any]] = []
        italian = round(CONVERSATIONS * 0.63)
        languages = ["it"] * italian + ["en"] * (CONVERSATIONS - italian)
        scenarios = [SCENARIOS[i % len(SCENARIOS)] for i in range(CONVERSATIONS)]
        w.rng.shuffle(languages)
        w.rng.shuffle(scenarios)
        for language, scenario in zip(languages, scenarios, strict=True):
            conv = self.conversation(language, scenario)
            when = self.start + timedelta(days=w.rng.randrange(300), minutes=w.rng.randrange(720))
            for number, (role, language, pieces) in enumerate(self.turns(conv), start=1):
                when += timedelta(minutes=w.rng.randrange(1, 240), seconds=w.rng.randrange(60))
                text, entities, keep = compose(pieces)
                self.counts.update(span["type"] for span in entities + keep)
                records.append(
                    {
                        "message": self.message(conv, role, number, when, text),
                        "language": language,
                        "entities": entities,
                        "keep": keep,
                    }
                )
        return records

    def message(
        self, conv: Conversation, role: str, number: int, when: datetime, text: str
    ) -> dict[str, Any]:
        w = self.world
        if conv.platform == "whatsapp":
            message_id = "wamid.HBgL" + "".join(
                w.pick(string.ascii_letters + string.digits) for _ in range(24)
            )
        elif conv.platform == "telegram":
            message_id = f"{conv.conversation_id}:{number}"
        else:
            message_id = "m_" + "".join(
                w.pick(string.ascii_letters + string.digits + "-_") for _ in range(22)
            )
        customer_side = role == "customer"
        message: dict[str, Any] = {
            "message_id": message_id,
            "conversation_id": conv.conversation_id,
            "platform": conv.platform,
            "page_id": conv.page_id,
            "sender_id": conv.sender_id if customer_side else conv.page_id,
            "sender_name": conv.display_name if customer_side else conv.business.name,
            "sender_role": role,
            "recipient_id": conv.page_id if customer_side else conv.sender_id,
            "recipient_name": conv.business.name if customer_side else conv.display_name,
            "created_time": when.isoformat(),
            "text": text,
        }
        if not text:
            message["attachments"] = [{"type": "image", "count": w.rng.randrange(1, 4)}]
        return message


def build(seed: int = SEED) -> bytes:
    """The corpus as bytes: one JSON object per line, conversation by conversation."""
    lines = [json.dumps(r, ensure_ascii=False) for r in CorpusBuilder(seed).records()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the JSONL")
    parser.add_argument("--force", action="store_true", help="overwrite different bytes")
    args = parser.parse_args(argv)
    data = build()
    out: Path = args.out
    if out.exists() and out.read_bytes() != data and not args.force:
        print(
            f"{out} exists with different bytes; rerun with --force to overwrite it "
            "(and re-measure: the scores of the old corpus no longer apply)",
            file=sys.stderr,
        )
        return 1
    out.write_bytes(data)
    print(f"wrote {len(data.splitlines())} labelled messages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
