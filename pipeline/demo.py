"""Deterministic demo data and labelled evaluation data.

``generate(out)`` writes synthetic customer <-> Page conversations (Italian and English, two
Pages) with personal data of every kind the project handles, in several input formats, plus the
ground truth:

```
out/graph-api/<page_id>/meta.json         {"page_id", "platform", "name"}
out/graph-api/<page_id>/page-0001.json    saved /{page-id}/conversations responses, paging order
out/graph-api/<page_id>/next/<key>.json   the response of every paging.next URL (both levels),
                                          key = sha256(url.encode()).hexdigest()[:16]
out/jsonl/messages.jsonl                  the same messages as normalised Message JSON lines
out/labels.jsonl                          {"message", "language", "entities", "keep"} per message
out/canaries.json                         sorted list of every personal value in the input
out/manifest.json                         seed, start, end (exclusive), pages, counts, and
                                          the conversation ids each extra format holds
out/whatsapp/_chat.txt                    the longest Messenger thread, Android export
out/telegram/result.json                  every thread, Telegram Desktop full export
out/messenger-webhook/events.jsonl        Messenger threads as webhook bodies (echoes,
                                          referral events, deliveries, reads)
out/facebook-export/messages/inbox/...    Messenger threads as a DYI export (mojibake)
```
See ``pipeline.demo_formats`` for the details of the extra formats.

Texts are composed from pieces while the character offsets of every labelled value are
recorded, so each span's ``text[start:end]`` is its ``value``. The same seed gives the same bytes:
Faker and ``random`` are seeded, and nothing reads the clock.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from faker import Faker

from pipeline import demo_formats as formats
from pipeline import demo_values as dv
from pipeline.demo_text import SCRIPTS, TEMPLATES
from pipeline.models import Attachment, Message, Platform, Referral, SenderRole
from pipeline.settings import Settings
from pipeline.sources.graph_api import next_page_key

KEEP_TYPES = ("ORDER_NUMBER", "TRACKING_CODE", "PRICE", "PRODUCT", "BRAND", "DATE", "TIME")
GRAPH_FIELDS = "participants,updated_time,message_count,messages{id,message,from,to,created_time}"
CONVERSATIONS_PER_PAGE = 10
#: Click-to-Messenger campaigns (ref -> ad id): many conversations start from the same ad.
CAMPAIGN_ADS = {
    "promo_black_friday": "23851234567890001",
    "autunno_2026": "23851234567890002",
    "new_collection": "23851234567890003",
}
MESSAGES_PER_PAGE = 25

_PLACEHOLDER = re.compile(r"\{(?:([A-Z_]+):)?([a-z_]+[0-9]?)\}")
_RESERVED_NAMES = frozenset({"Marco", "Bellini", "Casa", "Verde", "Moda"})
_PRODUCTS = (
    {
        "it": (
            "divano Milano",
            "tavolino Como",
            "cuscino Nuvola",
            "tappeto Marrakech",
            "lampadario Aurora",
            "set lenzuola Dolce Notte",
        ),
        "en": (
            "Milano sofa",
            "Como coffee table",
            "Nuvola cushion",
            "Marrakech rug",
            "Aurora chandelier",
            "Dolce Notte bed set",
        ),
    },
    {
        "it": (
            "blazer Portofino",
            "cappotto Cortina",
            "maglione Amalfi",
            "piumino Positano",
            "abito Capri",
            "foulard Riviera",
        ),
        "en": (
            "Portofino blazer",
            "Cortina coat",
            "Amalfi jumper",
            "Positano puffer",
            "Capri dress",
            "Riviera scarf",
        ),
    },
)
_AGENTS = (("Giovanna", "Stefano", "Elisabetta"), ("Federica", "Tommaso", "Ludovica"))
_TOPICS = (
    "order",
    "shipping",
    "return",
    "product",
    "promo",
    "complaint",
    "invoice",
    "payment",
    "account",
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "type": self.type, "value": self.value}


@dataclass(frozen=True)
class DemoPage:
    page_id: str
    name: str
    platform: str
    conversations: int
    messages: int


@dataclass(frozen=True)
class DemoManifest:
    """What ``generate`` wrote: its inputs and counts (no personal data)."""

    out: Path
    seed: int
    start: date
    end: date
    conversations: int
    messages: int
    pages: tuple[DemoPage, ...]
    formats: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "conversations": self.conversations,
            "messages": self.messages,
            "pages": [vars(page) for page in self.pages],
            "formats": {name: list(ids) for name, ids in self.formats.items()},
        }


@dataclass
class _Page:
    index: int
    page_id: str
    name: str
    platform: Platform
    agents: tuple[str, ...]

    @property
    def brand_short(self) -> str:
        return self.name.removesuffix(" Moda")

    @property
    def order_prefix(self) -> str:
        return "".join(word[0] for word in self.name.split()).upper()


@dataclass
class _Customer:
    first: str
    last: str
    female: bool
    psid: str
    language: str
    region: str

    @property
    def display_name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class _Composer:
    """Builds a text from pieces and records labelled spans at their exact offsets."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    entities: list[Span] = field(default_factory=list)
    keep: list[Span] = field(default_factory=list)

    def literal(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def labelled(self, kind: str, value: str) -> None:
        span = Span(self.length, self.length + len(value), kind, value)
        (self.keep if kind in KEEP_TYPES else self.entities).append(span)
        self.literal(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Conversation:
    """One conversation's cast and values (the same order number, phone... throughout)."""

    def __init__(
        self,
        rng: random.Random,
        faker: Faker,
        page: _Page,
        customer: _Customer,
        day: date,
    ) -> None:
        self.rng = rng
        self.faker = faker
        self.page = page
        self.customer = customer
        self.day = day
        self.agent = rng.choice(page.agents)
        self.colleague = rng.choice([a for a in page.agents if a != self.agent])
        self.values: dict[str, str] = {}

    @property
    def english(self) -> bool:
        return self.customer.language == "en"

    def value(self, key: str) -> str:
        if key not in self.values:
            self.values[key] = self._make(key.rstrip(string.digits))
        return self.values[key]

    def _name(self, female: bool | None = None) -> str:
        while True:
            if female is None:
                name = self.faker.first_name()
            else:
                name = self.faker.first_name_female() if female else self.faker.first_name_male()
            if len(name) >= 4 and name not in _RESERVED_NAMES and name != self.customer.first:
                return str(name)

    def _make(self, kind: str) -> str:
        rng, cust = self.rng, self.customer
        if kind == "cust_first":
            return cust.first
        if kind == "cust_last":
            return cust.last
        if kind == "cust_full":
            return cust.display_name
        if kind == "cust_nick":
            return dv.NICKNAMES.get(cust.first, cust.first)
        if kind == "cust_lc":
            return cust.first.lower() if rng.random() < 0.6 else dv.typo(rng, cust.first).lower()
        if kind == "cust_plain":
            return dv.plain(cust.first) if dv.plain(cust.first) != cust.first else cust.first
        if kind == "agent":
            return self.agent
        if kind == "agent_nick":
            return dv.NICKNAMES.get(self.agent, self.agent)
        if kind == "colleague":
            return self.colleague
        if kind == "third":
            return self._name(female=not cust.female)
        if kind == "third_full":
            return f"{self.value('third')} {self.faker.last_name()}"
        if kind == "email":
            return dv.email(rng, cust.first, cust.last, self.english)
        if kind == "email_obf":
            return dv.obfuscated_email(rng, cust.first, cust.last, self.english)
        if kind == "phone":
            return dv.phone(rng, cust.region)
        if kind == "iban":
            return dv.iban(rng, "GB" if cust.region == "GB" else "IT")
        if kind == "card":
            return dv.card(rng)
        if kind == "cf":
            return dv.codice_fiscale(rng, cust.first, cust.last, cust.female)
        if kind == "piva":
            return dv.partita_iva(rng)
        if kind == "ip":
            return dv.ip_address(rng)
        if kind == "url":
            return dv.profile_url(rng, cust.first, cust.last)
        if kind == "handle":
            return dv.handle(rng, cust.first, cust.last)
        if kind == "city":
            cities = {"IT": dv.IT_CITIES, "GB": dv.GB_CITIES, "US": dv.US_CITIES}[cust.region]
            return rng.choice(cities)
        if kind == "address":
            streets = dv.IT_STREETS if cust.region == "IT" else dv.EN_STREETS
            street = rng.choice(streets) if rng.random() < 0.7 else str(self.faker.last_name())
            return dv.address(rng, cust.region, self.value("city"), street)
        if kind == "order":
            return f"{self.page.order_prefix}-{self.day.year}-{rng.randint(1, 99999):06d}"
        if kind == "tracking":
            if rng.random() < 0.5:
                letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
                return f"1Z{dv.digits(rng, 3)}{letters}{dv.digits(rng, 11)}"
            return "JD" + dv.digits(rng, 15)
        if kind == "price":
            return self._price()
        if kind == "product":
            return rng.choice(_PRODUCTS[self.page.index % 2][cust.language])
        if kind == "brand":
            return rng.choice((self.page.name, self.page.brand_short))
        if kind == "date":
            when = self.day + timedelta(days=rng.randint(2, 9))
            return dv.english_date(when, rng) if self.english else dv.italian_date(when)
        if kind == "time":
            hour, minute = rng.randint(9, 17), rng.choice((0, 0, 30, 15))
            if self.english and rng.random() < 0.5:
                suffix = "pm" if hour >= 12 else "am"
                twelve = hour - 12 if hour > 12 else hour
                return f"{twelve}{suffix}" if minute == 0 else f"{twelve}:{minute:02d} {suffix}"
            return f"{hour}:{minute:02d}"
        raise KeyError(f"unknown demo value {kind!r}: add it to _Conversation._make")

    def _price(self) -> str:
        euros, cents = self.rng.randint(15, 1400), self.rng.choice((0, 90, 99, 50))
        if self.customer.region == "US":
            return f"${euros}.{cents:02d}"
        if self.customer.region == "GB":
            return self.rng.choice((f"£{euros}.{cents:02d}", f"€{euros}"))
        return self.rng.choice(
            (
                f"{euros},{cents:02d} €",
                f"€ {euros},{cents:02d}",
                f"{euros}€",
                f"{euros},{cents:02d}€",
            )
        )

    def compose(self, composer: _Composer, step: str) -> None:
        template = self.rng.choice(TEMPLATES[self.customer.language][step])
        position = 0
        for match in _PLACEHOLDER.finditer(template):
            composer.literal(template[position : match.start()])
            kind, key = match.group(1), match.group(2)
            value = self.value(key)
            if kind:
                composer.labelled(kind, value)
            else:
                composer.literal(value)
            position = match.end()
        composer.literal(template[position:])


@dataclass
class _Generated:
    message: Message
    language: str
    entities: list[Span]
    keep: list[Span]


class _Generator:
    def __init__(self, seed: int, start: date, days: int, settings: Settings) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for offset, locale in enumerate(("it_IT", "en_US", "en_GB")):
            faker = Faker(locale)
            faker.seed_instance(seed * 7 + offset)
            self.fakers[locale] = faker
        self.start = start
        self.days = days
        self.zone = settings.zone
        names = settings.business_names
        ids = settings.page_ids
        if len(names) < 2 or len(ids) < 2:
            raise ValueError(
                "the demo needs two Pages: set CONVMON_BUSINESS_NAMES and CONVMON_PAGE_IDS "
                "to two comma-separated values each"
            )
        self.pages = [
            _Page(0, ids[0], names[0], Platform.MESSENGER, _AGENTS[0]),
            _Page(1, ids[1], names[1], Platform.INSTAGRAM, _AGENTS[1]),
        ]
        self.customers: dict[int, list[tuple[_Customer, date]]] = {0: [], 1: []}
        self.used_ids: set[str] = set()
        self.canaries: set[str] = set()

    def _unique(self, prefix: str, n: int) -> str:
        while True:
            candidate = prefix + str(self.rng.randint(1, 9)) + dv.digits(self.rng, n - 1)
            if candidate not in self.used_ids:
                self.used_ids.add(candidate)
                return candidate

    def _message_id(self) -> str:
        alphabet = string.ascii_letters + string.digits
        return "m_" + "".join(self.rng.choice(alphabet) for _ in range(38))

    def _new_customer(self) -> _Customer:
        rng = self.rng
        language = "it" if rng.random() < 0.65 else "en"
        region = "IT" if language == "it" else rng.choice(("US", "GB"))
        faker = self.fakers[{"IT": "it_IT", "US": "en_US", "GB": "en_GB"}[region]]
        female = rng.random() < 0.55
        nick_names = [
            name
            for name in dv.NICKNAMES
            if (
                name
                in (
                    "William",
                    "Robert",
                    "Elizabeth",
                    "Katherine",
                    "Jennifer",
                    "Michael",
                    "Rebecca",
                    "Thomas",
                )
            )
            == (language == "en")
        ]
        while True:
            roll = rng.random()
            if roll < 0.25:
                first = rng.choice(nick_names)
            elif roll < 0.35 and language == "it":
                first = rng.choice(dv.ACCENTED_IT_NAMES)
            else:
                first = str(faker.first_name_female() if female else faker.first_name_male())
            last = str(faker.last_name())
            if (
                len(first) >= 4
                and len(last) >= 4
                and first not in _RESERVED_NAMES
                and last not in _RESERVED_NAMES
            ):
                break
        return _Customer(first, last, female, self._unique("", 16), language, region)

    def _faker_for(self, customer: _Customer) -> Faker:
        return self.fakers[{"IT": "it_IT", "US": "en_US", "GB": "en_GB"}[customer.region]]

    def _local(self, day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone)

    def _agent_delay(self, after: datetime) -> datetime:
        roll = self.rng.random()
        if roll < 0.5:
            when = after + timedelta(minutes=self.rng.randint(2, 30))
        elif roll < 0.85:
            when = after + timedelta(minutes=self.rng.randint(31, 240))
        else:
            when = self._local(after.date() + timedelta(days=1), 9, self.rng.randint(0, 120) % 60)
        if when.hour >= 19 or when.hour < 8:
            next_day = when.date() + timedelta(days=1) if when.hour >= 19 else when.date()
            when = self._local(next_day, 9, self.rng.randint(0, 59))
        return when

    def conversations(self, count: int) -> list[list[_Generated]]:
        result: list[list[_Generated]] = []
        for index in range(count):
            result.append(self._conversation(index))
        return result

    def _conversation(self, index: int) -> list[_Generated]:
        rng = self.rng
        page = self.pages[0] if rng.random() < 0.55 else self.pages[1]
        long_thread = index % 15 == 1
        span_days = 4 if long_thread else 2
        last_day = self.start + timedelta(days=max(self.days - span_days, 1) - 1)
        previous = self.customers[page.index]
        customer: _Customer
        if previous and rng.random() < 0.15 and previous[-1][1] < last_day:
            customer, after = rng.choice(previous)
            first_day = min(after + timedelta(days=rng.randint(1, 4)), last_day)
        else:
            customer = self._new_customer()
            first_day = self.start + timedelta(days=rng.randrange(max(self.days - span_days, 1)))
        previous.append((customer, first_day))
        conv = _Conversation(rng, self._faker_for(customer), page, customer, first_day)
        conversation_id = "t_" + self._unique("", 17)
        topic = rng.choice(_TOPICS)
        ad = page.platform is Platform.MESSENGER and (topic == "promo" or rng.random() < 0.1)
        steps = list(SCRIPTS[topic])
        if long_thread:
            target = rng.randint(27, 36)
            closing = steps[-1:]
            steps = steps[:-1]
            while len(steps) < target - 1:
                steps += [("c", "c_followup"), ("a", "a_followup")]
            steps += closing

        when = self._local(first_day, rng.randint(8, 20), rng.randint(0, 59))
        out: list[_Generated] = []
        for position, (role, step) in enumerate(steps):
            if position > 0:
                if role == "a":
                    when = self._agent_delay(when)
                elif long_thread and rng.random() < 0.15:
                    when = self._local(
                        when.date() + timedelta(days=1), rng.randint(8, 12), rng.randint(0, 59)
                    )
                else:
                    when = when + timedelta(minutes=rng.randint(1, 25))
            if when.date() >= self.start + timedelta(days=self.days):
                break
            composer = _Composer()
            if role == "c":
                if position == 0:
                    conv.compose(composer, "c_greet")
                conv.compose(composer, step)
                if position > 0 and rng.random() < 0.3:
                    composer.literal(" ")
                    conv.compose(composer, "c_extra")
            else:
                if position <= 1 or rng.random() < 0.2:
                    conv.compose(composer, "a_greet")
                conv.compose(composer, step)
                if rng.random() < 0.65:
                    conv.compose(composer, "a_sign")
            attachments: tuple[Attachment, ...] = ()
            if step in ("c_open_complaint", "c_open_return") and rng.random() < 0.6:
                attachments = (Attachment(type="image", count=rng.randint(1, 3)),)
            referral = None
            if ad and position == 0:
                dv.digits(rng, 13)  # drawn as before: the rest of every seed's data is unchanged
                campaign = rng.choice(tuple(CAMPAIGN_ADS))
                referral = Referral(
                    source="ADS", type="OPEN_THREAD", ad_id=CAMPAIGN_ADS[campaign], ref=campaign
                )
            is_customer = role == "c"
            message = Message(
                message_id=self._message_id(),
                conversation_id=conversation_id,
                platform=page.platform,
                page_id=page.page_id,
                sender_id=customer.psid if is_customer else page.page_id,
                sender_name=customer.display_name if is_customer else page.name,
                sender_role=SenderRole.CUSTOMER if is_customer else SenderRole.AGENT,
                recipient_id=page.page_id if is_customer else customer.psid,
                recipient_name=page.name if is_customer else customer.display_name,
                created_time=when.astimezone(UTC),
                text=composer.text,
                attachments=attachments,
                referral=referral,
            )
            out.append(_Generated(message, customer.language, composer.entities, composer.keep))
        self.canaries.update(
            {
                customer.first,
                customer.last,
                customer.display_name,
                customer.psid,
                f"{customer.psid}@facebook.com",
                conv.agent,
            }
        )
        for item in out:
            self.canaries.update(span.value for span in item.entities)
        return out


def _graph_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _party(name: str | None, party_id: str) -> dict[str, str]:
    return {"name": name or "", "email": f"{party_id}@facebook.com", "id": party_id}


def _graph_message(message: Message) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": message.message_id,
        "created_time": _graph_time(message.created_time),
        "from": _party(message.sender_name, message.sender_id),
        "to": {"data": [_party(message.recipient_name, message.recipient_id or "")]},
        "message": message.text,
    }
    items = [
        {
            "id": f"{message.message_id[2:14]}{number}",
            "mime_type": "image/jpeg",
            "name": f"image-{number}.jpg",
            "image_data": {"width": 1080, "height": 1440},
        }
        for attachment in message.attachments
        for number in range(attachment.count)
    ]
    if items:
        payload["attachments"] = {"data": items}
    return payload


def _cursor(*parts: str) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:24]


def _write_json(path: Path, payload: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _write_graph_api(
    root: Path, page: _Page, conversations: list[list[Message]], base_url: str
) -> None:
    folder = root / page.page_id
    _write_json(
        folder / "meta.json",
        {"page_id": page.page_id, "platform": page.platform.value, "name": page.name},
    )
    ordered = sorted(
        conversations,
        key=lambda msgs: (msgs[-1].created_time, msgs[0].conversation_id),
        reverse=True,
    )
    platform_arg = "&platform=instagram" if page.platform is Platform.INSTAGRAM else ""
    chunks = [
        ordered[i : i + CONVERSATIONS_PER_PAGE]
        for i in range(0, len(ordered), CONVERSATIONS_PER_PAGE)
    ] or [[]]
    previous_next = ""
    for number, chunk in enumerate(chunks, start=1):
        data = [_graph_conversation(folder, page, msgs, base_url) for msgs in chunk]
        before = _cursor(page.page_id, "conversations", str(number), "before")
        after = _cursor(page.page_id, "conversations", str(number), "after")
        paging: dict[str, Any] = {"cursors": {"before": before, "after": after}}
        if number < len(chunks):
            paging["next"] = (
                f"{base_url}/{page.page_id}/conversations?fields={GRAPH_FIELDS}"
                f"{platform_arg}&limit={CONVERSATIONS_PER_PAGE}&after={after}"
            )
        response = {"data": data, "paging": paging}
        _write_json(folder / f"page-{number:04d}.json", response)
        if number > 1:
            _write_json(folder / "next" / f"{next_page_key(previous_next)}.json", response)
        previous_next = paging.get("next", "")


def _graph_conversation(
    folder: Path, page: _Page, messages: list[Message], base_url: str
) -> dict[str, Any]:
    customer = messages[0] if messages[0].sender_role is SenderRole.CUSTOMER else None
    psid = customer.sender_id if customer else (messages[0].recipient_id or "")
    name = customer.sender_name if customer else messages[0].recipient_name
    conversation_id = messages[0].conversation_id
    newest_first = [_graph_message(m) for m in reversed(messages)]
    chunks = [
        newest_first[i : i + MESSAGES_PER_PAGE]
        for i in range(0, len(newest_first), MESSAGES_PER_PAGE)
    ]
    pagings: list[dict[str, Any]] = []
    for number in range(len(chunks)):
        after = _cursor(conversation_id, "messages", str(number), "after")
        paging: dict[str, Any] = {
            "cursors": {
                "before": _cursor(conversation_id, "messages", str(number), "before"),
                "after": after,
            }
        }
        if number + 1 < len(chunks):
            paging["next"] = (
                f"{base_url}/{conversation_id}/messages?fields=id,message,from,to,created_time"
                f"&limit={MESSAGES_PER_PAGE}&after={after}"
            )
        pagings.append(paging)
    for number in range(1, len(chunks)):
        url = pagings[number - 1]["next"]
        _write_json(
            folder / "next" / f"{next_page_key(url)}.json",
            {"data": chunks[number], "paging": pagings[number]},
        )
    return {
        "id": conversation_id,
        "updated_time": _graph_time(messages[-1].created_time),
        "message_count": len(messages),
        "participants": {"data": [_party(name, psid), _party(page.name, page.page_id)]},
        "messages": {"data": chunks[0], "paging": pagings[0]},
    }


def _message_json(message: Message) -> dict[str, Any]:
    payload = message.model_dump(mode="json", exclude_none=True)
    if not payload.get("attachments"):
        payload.pop("attachments", None)
    return payload


def generate(
    out: Path,
    *,
    conversations: int = 120,
    seed: int = 7,
    start: date = date(2026, 11, 2),
    days: int = 14,
    settings: Settings | None = None,
) -> DemoManifest:
    """Write the demo inputs, labels and canaries under ``out``; same seed, same bytes."""
    if conversations < 1 or days < 1:
        raise ValueError("conversations and days must be at least 1")
    settings = settings or Settings()
    generator = _Generator(seed, start, days, settings)
    threads = [thread for thread in generator.conversations(conversations) if thread]
    out.mkdir(parents=True, exist_ok=True)

    for page in generator.pages:
        page_threads = [
            [g.message for g in t] for t in threads if t[0].message.page_id == page.page_id
        ]
        _write_graph_api(out / "graph-api", page, page_threads, settings.graph_api_base_url)

    everything = sorted(
        (item for thread in threads for item in thread),
        key=lambda g: (g.message.created_time, g.message.conversation_id, g.message.message_id),
    )
    jsonl_dir = out / "jsonl"
    jsonl_dir.mkdir(parents=True, exist_ok=True)
    with (jsonl_dir / "messages.jsonl").open("w", encoding="utf-8") as handle:
        for item in everything:
            handle.write(json.dumps(_message_json(item.message), ensure_ascii=False) + "\n")
    with (out / "labels.jsonl").open("w", encoding="utf-8") as handle:
        for item in everything:
            record = {
                "message": _message_json(item.message),
                "language": item.language,
                "entities": [span.to_dict() for span in item.entities],
                "keep": [span.to_dict() for span in item.keep],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    messenger = [
        [g.message for g in t]
        for t in threads
        if t[0].message.page_id == generator.pages[0].page_id
    ]
    every = [[g.message for g in t] for t in threads]
    telegram_spans = {
        item.message.message_id: [
            (span.start, span.end, formats.TELEGRAM_KINDS[span.type])
            for span in item.entities
            if span.type in formats.TELEGRAM_KINDS
        ]
        for item in everything
    }
    written = {
        "whatsapp": formats.write_whatsapp(out, messenger or every, settings.zone),
        "telegram": formats.write_telegram(out, every, telegram_spans, settings.zone),
        "messenger-webhook": formats.write_messenger_webhook(out, messenger),
        "facebook-export": formats.write_facebook_export(out, messenger),
    }
    generator.canaries.update(formats.dyi_thread_folder(thread) for thread in messenger)
    _write_json(out / "canaries.json", sorted(generator.canaries))

    pages = tuple(
        DemoPage(
            page_id=page.page_id,
            name=page.name,
            platform=page.platform.value,
            conversations=sum(1 for t in threads if t[0].message.page_id == page.page_id),
            messages=sum(len(t) for t in threads if t[0].message.page_id == page.page_id),
        )
        for page in generator.pages
    )
    manifest = DemoManifest(
        out=out,
        seed=seed,
        start=start,
        end=start + timedelta(days=days),
        conversations=len(threads),
        messages=len(everything),
        pages=pages,
        formats={name: tuple(ids) for name, ids in written.items()},
    )
    _write_json(out / "manifest.json", manifest.to_dict())
    return manifest


def load_canaries(out: Path) -> list[str]:
    """The personal values of a generated demo folder (for tests that grep written files)."""
    values = json.loads((out / "canaries.json").read_text(encoding="utf-8"))
    return [str(value) for value in values]
