"""Build ``independent_corpus.jsonl``: a labelled set written apart from ``pipeline.demo``.

Different sentence shapes (forms, lists, slang, titles, forwarded details), other names (Faker
it_IT / en_GB with another seed), other value formats and other look-alikes than the demo
generator, so that tuning the anonymiser on the demo does not simply fit its templates.
Deterministic: ``python tests/data/make_independent_corpus.py`` rewrites the same bytes.
Same label format as ``labels.jsonl``. All synthetic.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

from faker import Faker
from stdnum import luhn
from stdnum.iban import calc_check_digits
from stdnum.it import codicefiscale

from pipeline.demo_values import cin

SEED = 20261
OUT = Path(__file__).with_name("independent_corpus.jsonl")
PAGES = (
    ("104857600000001", "Casa Verde", "messenger"),
    ("104857600000002", "Marco Bellini Moda", "instagram"),
)
KEEP = {"ORDER_NUMBER", "TRACKING_CODE", "PRICE", "PRODUCT", "BRAND", "DATE", "TIME"}
SLOT = re.compile(r"<<([A-Z_]+):([a-z_0-9]+)>>")

IT_CUSTOMER = (
    "raga cmq il pacco nn è arrivato, ordine <<ORDER_NUMBER:order>>",
    "nome: <<PERSON:first>> <<PERSON:last>>\ntel: <<PHONE_NUMBER:phone>>\n"
    "mail: <<EMAIL_ADDRESS:email>>",
    "ho parlato ieri con la vostra collega <<PERSON:other>> ma nn mi ha più richiamato",
    "il pacco lo ritira mio figlio <<PERSON:kid>>, x favore avvisatelo al <<PHONE_NUMBER:phone2>>",
    "abito in <<ADDRESS:address>>, il citofono è <<PERSON:last>>",
    "xké mi avete addebitato <<PRICE:price>>?? io avevo pagato <<PRICE:price2>>",
    "iban x il rimborso <<IBAN_CODE:iban>> grz",
    "vi giro i dati della ditta: <<PERSON:last>> & figli snc, cod fisc <<IT_FISCAL_CODE:cf>>",
    "sono la sig.ra <<PERSON:last>>, quella del <<PRODUCT:product>>",
    "scusate il disturbo... <<PERSON:first_lc>> qui, il tracking "
    "<<TRACKING_CODE:tracking>> è fermo",
    "ke fine ha fatto il mio reso? l'ho spedito il <<DATE:date>>",
    "mi scrivete su <<EMAIL_ADDRESS:email_obf>>? la mail vera nn la do in chat lol",
    "seguitemi <<HANDLE:handle>> 😍 ho postato il <<PRODUCT:product>>",
    "il mio profilo è <<URL:url>>",
    "passo in negozio a <<LOCATION:city>> verso le <<TIME:time>>",
    "carta <<CREDIT_CARD:card>> rifiutata, ke devo fare",
    "ok allora aspetto, grazie mille <<PERSON:agent>>",
    "buonasera dott. <<PERSON:other_last>>, le scrivo per conto di mia madre <<PERSON:mother>>",
    "<<PERSON:first>> <<PERSON:last>>, <<ADDRESS:address>>, cell <<PHONE_NUMBER:phone>>",
    "tutto ok, il <<PRODUCT:product>> è bellissimo!!! 😍😍",
    "nn riesco a entrare nel sito, mi dice accesso bloccato da <<IP_ADDRESS:ip>>",
    "<<PERSON:friend>> mi ha consigliato voi, ha preso lo stesso <<PRODUCT:product>>",
    "lunedì nn ci sono, consegnate pure a <<PERSON:neighbour>> del piano di sopra",
    "fattura a nome <<PERSON:first>> <<PERSON:last>>, p iva <<IT_VAT_CODE:piva>>",
)
EN_CUSTOMER = (
    "hiya, order <<ORDER_NUMBER:order>> still not here, any update pls",
    "Name: <<PERSON:first>> <<PERSON:last>>\nMobile: <<PHONE_NUMBER:phone>>\n"
    "Email: <<EMAIL_ADDRESS:email>>",
    "spoke to <<PERSON:other>> on the phone yesterday but no callback",
    "my son <<PERSON:kid>> will pick it up, text him on <<PHONE_NUMBER:phone2>>",
    "I live at <<ADDRESS:address>>",
    "why was I charged <<PRICE:price>>?? I paid <<PRICE:price2>>",
    "sort code and account are in my IBAN: <<IBAN_CODE:iban>> thx",
    "this is Mrs <<PERSON:last>>, I bought the <<PRODUCT:product>>",
    "<<PERSON:first_lc>> here lol, tracking <<TRACKING_CODE:tracking>> hasn't moved",
    "sent the return back on <<DATE:date>>, where's my refund",
    "email me at <<EMAIL_ADDRESS:email_obf>> pls",
    "follow me <<HANDLE:handle>> ✨ just posted the <<PRODUCT:product>>",
    "my page is <<URL:url>>",
    "I'll pop into the <<LOCATION:city>> shop around <<TIME:time>>",
    "card <<CREDIT_CARD:card>> keeps getting declined, help",
    "cheers <<PERSON:agent>>, you're a star",
    "Dear Dr <<PERSON:other_last>>, I'm writing for my mum <<PERSON:mother>>",
    "<<PERSON:friend>> recommended you, she got the same <<PRODUCT:product>>",
    "not in on monday, leave it with <<PERSON:neighbour>> next door",
    "site says my login from <<IP_ADDRESS:ip>> is blocked??",
    "all good, love the <<PRODUCT:product>> 💚",
)
IT_AGENT = (
    "Ciao <<PERSON:first>>, ci dispiace! Verifichiamo subito l'ordine <<ORDER_NUMBER:order>> 🙏",
    "Gentile sig.ra <<PERSON:last>>, il rimborso di <<PRICE:price>> partirà entro il "
    "<<DATE:date>>.",
    "Certo! Il corriere passa il <<DATE:date>> dopo le <<TIME:time>>. <<PERSON:agent>>",
    "Grazie <<PERSON:first_lc>>, aggiornato tutto ✔️ <<BRAND:brand>>",
    "Il <<PRODUCT:product>> costa <<PRICE:price>>, spedizione gratuita sopra i 50 euro",
    "Abbiamo girato la richiesta a <<PERSON:other>> dell'amministrazione",
    "Per sicurezza non scriva i dati della carta in chat, grazie! Team <<BRAND:brand>>",
    "Buongiorno! Il pacco <<TRACKING_CODE:tracking>> risulta in consegna oggi",
    "Ciao! Sì, lo trovi nel negozio di <<LOCATION:city>>. A presto, <<PERSON:agent>>",
)
EN_AGENT = (
    "Hi <<PERSON:first>>, so sorry! Checking order <<ORDER_NUMBER:order>> now 🙏",
    "Dear Mrs <<PERSON:last>>, your refund of <<PRICE:price>> goes out by <<DATE:date>>.",
    "Sure! The driver comes on <<DATE:date>> after <<TIME:time>>. <<PERSON:agent>>",
    "Thanks <<PERSON:first>>, all sorted ✔️ <<BRAND:brand>>",
    "The <<PRODUCT:product>> is <<PRICE:price>>, free delivery over £50",
    "I've passed this on to <<PERSON:other>> in accounts",
    "Please don't share card details in chat! Team <<BRAND:brand>>",
    "Morning! Parcel <<TRACKING_CODE:tracking>> is out for delivery today",
)
PRODUCTS = {
    "it": (
        "pouf Torino",
        "specchio Venezia",
        "borsa Siena",
        "vaso Ginevra",
        "sandali Ischia",
        "camicia Firenze",
    ),
    "en": (
        "Torino pouf",
        "Venezia mirror",
        "Siena bag",
        "Ginevra vase",
        "Ischia sandals",
        "Firenze shirt",
    ),
}
CITIES = {
    "it": ("Pisa", "Verbania", "Cremona", "Matera", "Aosta", "Lucca", "Foggia"),
    "en": ("York", "Cardiff", "Bath", "Leicester", "Oxford", "Norwich"),
}


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


class Cast:
    """The people and values of one conversation."""

    def __init__(self, rng: random.Random, faker: Faker, language: str, agent: str) -> None:
        self.rng, self.faker, self.language = rng, faker, language
        self.values: dict[str, str] = {"agent": agent}
        self.female = rng.random() < 0.5

    def _person(self, female: bool | None = None) -> str:
        while True:
            if female is None:
                name = self.faker.first_name()
            else:
                name = self.faker.first_name_female() if female else self.faker.first_name_male()
            if len(name) >= 4 and name not in ("Marco", "Casa", "Verde"):
                return str(name)

    def _user(self) -> str:
        user = f"{_plain(self.get('first')).lower()}{_plain(self.get('last')).lower()}"
        return "".join(c for c in user if c.isalnum())

    def get(self, key: str) -> str:
        if key not in self.values:
            self.values[key] = self._make(key)
        return self.values[key]

    def _make(self, key: str) -> str:
        rng, en = self.rng, self.language == "en"
        user = self._user() if key in ("email", "email_obf", "url", "handle") else ""
        if key == "first":
            return self._person(self.female)
        if key == "last":
            while True:
                last = str(self.faker.last_name())
                if len(last) >= 4 and last not in ("Bellini", "Verde"):
                    return last
        if key == "first_lc":
            return self.get("first").lower()
        if key in ("other", "friend", "neighbour"):
            return self._person()
        if key in ("kid",):
            return self._person(False)
        if key == "mother":
            return f"{self._person(True)} {self.faker.last_name()}"
        if key == "other_last":
            return str(self.faker.last_name())
        if key == "phone" or key == "phone2":
            if en:
                return rng.choice(
                    (
                        f"07{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                        f"+447{_digits(rng, 9)}",
                        f"(0113) {_digits(rng, 3)} {_digits(rng, 4)}",
                    )
                )
            p = rng.choice(("331", "345", "366", "377", "389"))
            return rng.choice(
                (
                    f"{p}.{_digits(rng, 3)}.{_digits(rng, 4)}",
                    f"+39{p}{_digits(rng, 7)}",
                    f"{p} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 3)}",
                    f"0039-{p}-{_digits(rng, 7)}",
                )
            )
        if key == "email":
            domain = rng.choice(("fastwebnet.it", "alice.it", "btinternet.com", "proton.me"))
            address = f"{user}{rng.randint(1, 9)}@{domain}"
            return address.upper() if rng.random() < 0.2 else address
        if key == "email_obf":
            return rng.choice(
                (
                    f"{user} at proton dot me",
                    f"{user}(chiocciola)alice.it",
                    f"{user} AT gmail DOT com",
                )
            )
        if key == "iban":
            country = "GB" if en else rng.choice(("IT", "DE"))
            if country == "GB":
                bban = "MIDL" + _digits(rng, 14)
            elif country == "DE":
                bban = _digits(rng, 18)
            else:
                tail = _digits(rng, 22)
                bban = cin(tail) + tail
            number = country + calc_check_digits(country + "00" + bban) + bban
            return (
                number
                if rng.random() < 0.5
                else " ".join(number[i : i + 4] for i in range(0, len(number), 4))
            )
        if key == "card":
            body = "4" + _digits(rng, 14)
            number = body + luhn.calc_check_digit(body)
            return rng.choice(
                (
                    number,
                    f"{number[:4]}-{number[4:8]}-{number[8:12]}-{number[12:]}",
                    f"{number[:4]} {number[4:8]} {number[8:12]} {number[12:]}",
                )
            )
        if key == "cf":
            base = (
                (
                    "".join(
                        c
                        for c in _plain(self.get("last")).upper()
                        if c.isalpha() and c not in "AEIOU"
                    )
                    + "XXX"
                )[:3]
                + "MRA"
                + f"{rng.randint(40, 99)}"
                + rng.choice("ABCDEHLMPRST")
                + f"{rng.randint(1, 28):02d}"
                + rng.choice(("B157", "G702", "D969"))
            )
            return base + codicefiscale.calc_check_digit(base)
        if key == "piva":
            body = "0" + _digits(rng, 6) + f"{rng.randint(1, 100):03d}"
            return body + luhn.calc_check_digit(body)
        if key == "ip":
            parts = (
                rng.randint(80, 95),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
            return ".".join(str(part) for part in parts)
        if key == "url":
            return rng.choice(
                (
                    f"https://m.facebook.com/profile.php?id=1000{_digits(rng, 11)}",
                    f"t.me/{user}",
                    f"https://instagram.com/{user}_official",
                )
            )
        if key == "handle":
            return "@" + rng.choice((f"{user}", f"{user[:5]}.{rng.randint(80, 99)}", f"x_{user}_x"))
        if key == "address":
            number = rng.randint(2, 99)
            if en:
                street = rng.choice(("King's Road", "Mill Lane", "Queen Street", "Cross Road"))
                return rng.choice(
                    (
                        f"{number} {street}, {self.get('city')}",
                        f"Flat 3, {number} {street}, {self.get('city')}",
                    )
                )
            street = rng.choice(
                (
                    "via dei Mille",
                    "Corso Buenos Aires",
                    "piazzale Loreto",
                    "via Nazionale",
                    "vicolo Stretto",
                    "largo Augusto",
                )
            )
            return rng.choice(
                (
                    f"{street} {number}",
                    f"{street} n. {number}",
                    f"{street} {number}, {self.get('city')}",
                )
            )
        if key == "city":
            return rng.choice(CITIES[self.language])
        if key == "order":
            return rng.choice(
                (f"#{_digits(rng, 5)}", f"n. 2026/{_digits(rng, 4)}", f"CV{_digits(rng, 8)}")
            )
        if key == "tracking":
            return rng.choice(
                (
                    f"RR{_digits(rng, 9)}IT",
                    f"00{_digits(rng, 16)}",
                    f"H{_digits(rng, 4)}A{_digits(rng, 7)}",
                )
            )
        if key in ("price", "price2"):
            euros = rng.randint(9, 400)
            return (
                rng.choice((f"£{euros}", f"{euros} quid", f"£{euros}.{rng.randint(10, 99)}"))
                if en
                else rng.choice((f"€ {euros}", f"{euros} euro", f"{euros}.{rng.randint(10, 99)}€"))
            )
        if key == "product":
            return rng.choice(PRODUCTS[self.language])
        if key == "brand":
            return rng.choice(("Casa Verde", "Marco Bellini", "Marco Bellini Moda"))
        if key == "date":
            day = rng.randint(1, 28)
            return (
                rng.choice((f"{day}/12", f"{day} dicembre"))
                if not en
                else rng.choice((f"{day}/12", f"the {day}th", f"Dec {day}"))
            )
        if key == "time":
            return (
                rng.choice((f"{rng.randint(9, 19)}.30", f"h {rng.randint(9, 19)}"))
                if not en
                else rng.choice((f"{rng.randint(1, 6)}ish", f"{rng.randint(9, 11)}:15"))
            )
        raise KeyError(key)


def render(
    template: str, cast: Cast
) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    text, entities, keep, position = "", [], [], 0
    for match in SLOT.finditer(template):
        text += template[position : match.start()]
        value = cast.get(match.group(2))
        span = {
            "start": len(text),
            "end": len(text) + len(value),
            "type": match.group(1),
            "value": value,
        }
        (keep if match.group(1) in KEEP else entities).append(span)
        text += value
        position = match.end()
    return text + template[position:], entities, keep


def build() -> list[str]:
    rng = random.Random(SEED)
    fakers = {"it": Faker("it_IT"), "en": Faker("en_GB")}
    for offset, faker in enumerate(fakers.values()):
        faker.seed_instance(SEED + offset)
    lines: list[str] = []
    start = datetime(2026, 12, 1, 8, tzinfo=UTC)
    for number in range(70):
        language = "it" if rng.random() < 0.6 else "en"
        page_id, page_name, platform = PAGES[number % 2]
        agent = rng.choice(("Arianna", "Gabriele", "Rebecca", "Leonardo"))
        cast = Cast(rng, fakers[language], language, agent)
        psid = str(rng.randint(10**15, 10**16 - 1))
        customer_name = f"{cast.get('first')} {cast.get('last')}"
        conversation_id = f"t_{90000 + number}"
        when = start + timedelta(hours=rng.randint(0, 24 * 10))
        pools = (IT_CUSTOMER, IT_AGENT) if language == "it" else (EN_CUSTOMER, EN_AGENT)
        for turn in range(rng.randint(2, 6)):
            customer = turn % 2 == 0 or rng.random() < 0.3
            template = rng.choice(pools[0] if customer else pools[1])
            text, entities, keep = render(template, cast)
            when += timedelta(minutes=rng.randint(1, 600))
            message = {
                "message_id": f"m_ind_{number}_{turn}",
                "conversation_id": conversation_id,
                "platform": platform,
                "page_id": page_id,
                "sender_id": psid if customer else page_id,
                "sender_name": customer_name if customer else page_name,
                "sender_role": "customer" if customer else "agent",
                "recipient_id": page_id if customer else psid,
                "created_time": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "text": text,
                "recipient_name": page_name if customer else customer_name,
            }
            record = {"message": message, "language": language, "entities": entities, "keep": keep}
            lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def main() -> int:
    OUT.write_text("\n".join(build()) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
