"""Synthetic values for the demo generator: valid identifiers, formatted as people type them.

Every function takes a seeded ``random.Random`` (and a seeded Faker where names are needed), so
the generator stays deterministic. All values are synthetic.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date

from stdnum import luhn
from stdnum.iban import calc_check_digits
from stdnum.it import codicefiscale

IT_CITIES = (
    "Torino",
    "Bologna",
    "Firenze",
    "Napoli",
    "Bari",
    "Palermo",
    "Genova",
    "Padova",
    "Bergamo",
    "Brescia",
    "Trento",
    "Lecce",
    "Pescara",
    "Perugia",
    "Cagliari",
    "Parma",
    "Modena",
    "Rimini",
    "Monza",
    "Treviso",
    "Livorno",
    "Ancona",
    "Udine",
    "Salerno",
    "Catania",
    "Vicenza",
    "Ferrara",
)
GB_POSTCODE_AREAS = {
    "Manchester": "M",
    "Leeds": "LS",
    "Bristol": "BS",
    "Glasgow": "G",
    "Edinburgh": "EH",
    "Liverpool": "L",
    "Brighton": "BN",
}
GB_CITIES = tuple(GB_POSTCODE_AREAS)
US_CITIES = ("Boston", "Chicago", "Denver", "Seattle", "Austin", "Portland", "Philadelphia")
IT_STREETS = (
    "Garibaldi",
    "Mazzini",
    "Cavour",
    "Giuseppe Verdi",
    "dei Mille",
    "Dante Alighieri",
    "XX Settembre",
    "Alessandro Manzoni",
    "Matteotti",
    "delle Rose",
    "San Francesco",
    "della Repubblica",
    "Vittorio Emanuele II",
    "dei Tigli",
)
EN_STREETS = ("Baker", "Oak", "Maple", "Church", "Victoria", "Highfield", "Station", "Park")
IT_STREET_TYPES = ("via", "Via", "viale", "Viale", "piazza", "Piazza", "corso", "Corso")
CF_TOWNS = ("H501", "F205", "L219", "F839", "A944", "D612", "G273", "C351")
CF_MONTHS = "ABCDEHLMPRST"
NICKNAMES = {
    "Giuseppe": "Peppe",
    "Francesco": "Checco",
    "Elisabetta": "Betta",
    "Federica": "Fede",
    "Roberto": "Robi",
    "Alessandra": "Sandra",
    "Giovanna": "Giovi",
    "Margherita": "Marghe",
    "Valentina": "Vale",
    "Beatrice": "Bea",
    "Tommaso": "Tommy",
    "Antonella": "Anto",
    "Filippo": "Pippo",
    "Domenico": "Mimmo",
    "Salvatore": "Totò",
    "Caterina": "Cate",
    "William": "Billy",
    "Robert": "Bobby",
    "Elizabeth": "Lizzie",
    "Katherine": "Katie",
    "Jennifer": "Jenny",
    "Michael": "Mikey",
    "Rebecca": "Becky",
    "Thomas": "Tommy",
}
ACCENTED_IT_NAMES = ("Nicolò", "Niccolò", "Noemi", "Mattia", "Ilaria", "Gioele", "Andrea")
EMAIL_DOMAINS_IT = ("gmail.com", "libero.it", "hotmail.it", "yahoo.it", "outlook.it", "tiscali.it")
EMAIL_DOMAINS_EN = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com")

EN_MONTHS = (
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

_CIN_ODD = (
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
)


def plain(text: str) -> str:
    """Accent-free ASCII form ("Nicolò" -> "Nicolo")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return "".join(ch for ch in plain(text).lower() if ch.isalnum())


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def typo(rng: random.Random, name: str) -> str:
    """A one-letter typo: swap two inner letters or double one."""
    if len(name) < 4:
        return name
    i = rng.randrange(1, len(name) - 2)
    if rng.random() < 0.5 and name[i] != name[i + 1]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[: i + 1] + name[i] + name[i + 1 :]


def cin(bban_tail: str) -> str:
    """The check character (CIN) of an Italian BBAN, from its ABI, CAB and account number."""
    total = 0
    for position, ch in enumerate(bban_tail):
        index = int(ch) if ch.isdigit() else ord(ch) - ord("A")
        total += _CIN_ODD[index] if position % 2 == 0 else index
    return chr(ord("A") + total % 26)


def iban(rng: random.Random, country: str = "IT") -> str:
    """A valid IBAN (mod-97 check digits; for IT also the national CIN), formatted as typed."""
    if country == "IT":
        tail = digits(rng, 5) + digits(rng, 5) + digits(rng, 12)
        bban = cin(tail) + tail
    else:
        bban = rng.choice(("BARC", "LOYD", "NWBK", "HSBC")) + digits(rng, 6) + digits(rng, 8)
    number = country + calc_check_digits(country + "00" + bban) + bban
    style = rng.random()
    if style < 0.5:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if style < 0.8:
        return number
    return number.lower() if country == "IT" else number


def card(rng: random.Random) -> str:
    """A Luhn-valid card number with spaces, dashes or none."""
    kind = rng.random()
    if kind < 0.15:
        body = rng.choice(("34", "37")) + digits(rng, 12)
        number = body + luhn.calc_check_digit(body)
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    body = (rng.choice(("4", "51", "52", "53", "54", "55"))).ljust(1)
    body = body + digits(rng, 15 - len(body))
    number = body + luhn.calc_check_digit(body)
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _cf_part(text: str, *, first_name: bool) -> str:
    letters = [ch for ch in plain(text).upper() if ch.isalpha()]
    consonants = [ch for ch in letters if ch not in "AEIOU"]
    vowels = [ch for ch in letters if ch in "AEIOU"]
    if first_name and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return "".join((consonants + vowels + ["X", "X", "X"])[:3])


def codice_fiscale(rng: random.Random, first: str, last: str, female: bool) -> str:
    """A codice fiscale with a valid check character (sometimes typed lowercase)."""
    year = rng.randint(1950, 2004)
    day = rng.randint(1, 28) + (40 if female else 0)
    base = (
        _cf_part(last, first_name=False)
        + _cf_part(first, first_name=True)
        + f"{year % 100:02d}"
        + CF_MONTHS[rng.randrange(12)]
        + f"{day:02d}"
        + rng.choice(CF_TOWNS)
    )
    number = base + codicefiscale.calc_check_digit(base)
    return number.lower() if rng.random() < 0.2 else number


def partita_iva(rng: random.Random) -> str:
    """A valid partita IVA, sometimes with the IT prefix."""
    body = str(rng.randint(1, 9)) + digits(rng, 6) + f"{rng.randint(1, 100):03d}"
    number = body + luhn.calc_check_digit(body)
    return "IT" + number if rng.random() < 0.3 else number


def phone(rng: random.Random, region: str) -> str:
    """A phone number in a format people type in ``region`` (IT, US or GB)."""
    if region == "IT":
        if rng.random() < 0.2:
            area = rng.choice(("06", "02", "011", "051", "055"))
            return rng.choice(
                (
                    f"{area} {digits(rng, 4)} {digits(rng, 4)}",
                    f"({area}) {digits(rng, 7)}",
                    f"+39 {area} {digits(rng, 7)}",
                    f"{area}-{digits(rng, 7)}",
                )
            )
        prefix = rng.choice(("320", "328", "333", "335", "338", "340", "347", "348", "349", "393"))
        rest = digits(rng, 7)
        return rng.choice(
            (
                f"+39 {prefix} {rest[:3]} {rest[3:]}",
                f"+39{prefix}{rest}",
                f"{prefix} {rest[:3]} {rest[3:]}",
                f"{prefix}-{rest}",
                f"{prefix}/{rest}",
                f"{prefix}{rest}",
                f"0039 {prefix} {rest}",
                f"({prefix}) {rest[:3]} {rest[3:]}",
            )
        )
    if region == "US":
        area = rng.choice(("212", "312", "415", "617", "646", "718", "202", "305", "206", "512"))
        exchange = str(rng.randint(201, 989)).replace("555", "556")
        line = digits(rng, 4)
        return rng.choice(
            (
                f"({area}) {exchange}-{line}",
                f"{area}-{exchange}-{line}",
                f"+1 {area} {exchange} {line}",
                f"{area}.{exchange}.{line}",
                f"+1 ({area}) {exchange}-{line}",
            )
        )
    mobile = "7" + rng.choice(("400", "500", "700", "800", "900", "911", "956")) + digits(rng, 6)
    return rng.choice(
        (
            f"0{mobile[:4]} {mobile[4:]}",
            f"+44 {mobile[:4]} {mobile[4:]}",
            f"+44 (0){mobile[:4]} {mobile[4:]}",
            f"0{mobile}",
            f"020 7{digits(rng, 3)} {digits(rng, 4)}",
            f"0161-{digits(rng, 3)}-{digits(rng, 4)}",
        )
    )


def email(rng: random.Random, first: str, last: str, english: bool) -> str:
    user = rng.choice(
        (
            f"{slug(first)}.{slug(last)}",
            f"{slug(first)}{slug(last)}{rng.randint(1, 99)}",
            f"{slug(first)[0]}{slug(last)}",
            f"{slug(first)}_{slug(last)}",
        )
    )
    domain = rng.choice(EMAIL_DOMAINS_EN if english else EMAIL_DOMAINS_IT)
    return f"{user}@{domain}"


def obfuscated_email(rng: random.Random, first: str, last: str, english: bool) -> str:
    """E-mails written to dodge filters: "mario punto rossi at gmail punto com"."""
    f, s = slug(first), slug(last)
    if english:
        return rng.choice(
            (
                f"{f} [at] {s} [dot] com",
                f"{f}.{s} at gmail dot com",
                f"{f}{s} (at) outlook (dot) com",
                f"{f} dot {s} at yahoo dot com",
            )
        )
    return rng.choice(
        (
            f"{f} punto {s} at gmail punto com",
            f"{f}.{s} chiocciola libero.it",
            f"{f}{s} (at) gmail (dot) com",
            f"{f} punto {s} chiocciola hotmail punto it",
        )
    )


def ip_address(rng: random.Random) -> str:
    first = rng.choice((31, 37, 46, 79, 82, 93, 151, 176, 185, 213))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def profile_url(rng: random.Random, first: str, last: str) -> str:
    user = rng.choice(
        (f"{slug(first)}.{slug(last)}", f"{slug(first)}{slug(last)}{rng.randint(1, 99)}")
    )
    return rng.choice(
        (
            f"facebook.com/{user}",
            f"https://www.facebook.com/{user}",
            f"instagram.com/{user}",
            f"https://www.instagram.com/{user}/",
            f"www.facebook.com/{user}",
        )
    )


def handle(rng: random.Random, first: str, last: str) -> str:
    return "@" + rng.choice(
        (
            f"{slug(first)}_{slug(last)}",
            f"{slug(first)}.{slug(last)[:3]}",
            f"{slug(first)}{rng.randint(70, 99)}",
            f"the_real_{slug(first)}",
        )
    )


def address(rng: random.Random, region: str, city: str, street_name: str) -> str:
    """A street address with number and postcode; the street may be a surname."""
    number = str(rng.randint(1, 180))
    if region == "IT":
        if rng.random() < 0.15:
            number += rng.choice(("/B", "/A", " bis"))
        cap = f"{rng.randint(10, 98)}{digits(rng, 3)}"
        street = f"{rng.choice(IT_STREET_TYPES)} {street_name}"
        return rng.choice(
            (
                f"{street} {number}, {cap} {city}",
                f"{street}, {number} - {cap} {city}",
                f"{street} {number}, {city}",
                f"{street} {number}",
            )
        )
    kind = rng.choice(("Street", "Road", "Avenue", "Lane", "St"))
    if region == "GB":
        postcode = (
            GB_POSTCODE_AREAS.get(city, "M")
            + str(rng.randint(1, 20))
            + " "
            + str(rng.randint(1, 9))
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        )
        return rng.choice(
            (
                f"{number} {street_name} {kind}, {city} {postcode}",
                f"{number} {street_name} {kind}, {postcode}",
            )
        )
    state = rng.choice(("MA", "IL", "CO", "WA", "TX", "OR", "PA"))
    return f"{number} {street_name} {kind}, {city}, {state} {digits(rng, 5)}"


def italian_date(day: date) -> str:
    months = (
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
    return f"{day.day} {months[day.month - 1]}"


def english_date(day: date, rng: random.Random) -> str:
    month = EN_MONTHS[day.month - 1]
    return rng.choice((f"{month} {day.day}", f"{day.day} {month}", f"{month[:3]} {day.day}"))
