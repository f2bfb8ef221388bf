"""Conversation-aware anonymisation: role tokens for participants, consistent typed surrogates.

Within one conversation the participants (``sender_name`` / ``recipient_name`` of its messages,
with first names, surnames, nicknames, lowercase and accent-free forms) become ``<CUSTOMER>`` or
``<AGENT>``; every other entity becomes ``<LABEL_n>``, the same n each time the same value
appears. Names found once are searched for again in every message of the conversation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC
from functools import lru_cache
from importlib import metadata
from itertools import pairwise

from presidio_analyzer import AnalyzerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from pipeline.models import Message, SenderRole
from pipeline.settings import Settings
from privacy.detect import (
    LANGUAGES,
    MIN_SCORE,
    PRIORITY,
    SPACY_MODEL,
    DetectionEngine,
    SpanSet,
    TextDetections,
    fold_same_length,
    mentions_animal,
    pet_names,
    resolve_overlaps,
)
from privacy.presidio import SURROGATE_OPERATOR, build_anonymizer, surrogate_operators
from privacy.pseudonym import KeyRing
from privacy.recognizers.address import follow_up_address
from privacy.recognizers.address_talk import conversation_address_talk
from privacy.recognizers.address_units import lone_building_parts, postcodes_after_places
from privacy.recognizers.location import (
    PRODUCT_WORDS,
    agent_home_country,
    agent_quoted_countries,
    answered_place,
    beside_product,
    bracketed_aliases,
    countries_of,
    country_after_address,
    country_mentions,
    customer_countries,
    customer_demonyms,
    find_carried_places,
    home_country,
    known_place,
    person_areas,
    place_carried,
    town_countries,
    well_known_brands,
)
from privacy.recognizers.names import (
    KIN_SAID,
    PARTICLES,
    SUBJECT_VERBS,
    WORD,
    NameLexicon,
    fold,
    load_lexicon,
)
from privacy.recognizers.structured import (
    answered_handle,
    answered_name,
    conversation_sites,
    glued_names,
    name_built_handles,
    shaped_ids,
)
from privacy.recognizers.text import normalise, strip_accents
from privacy.recognizers.verbs import english_verbs_and_nouns, subject_follows
from privacy.recognizers.word_names import (
    CUED_NAME,
    FISCAL_NAME,
    name_neighbours,
    round37_names,
)
from privacy.scorer import MODEL_FILE, SCORED_NAME
from privacy.splice import splice
from privacy.types import ROLE_TOKENS, SURROGATE_LABELS, AnonymisedMessage, Detection

_WORD_BEFORE = re.compile(r"([a-z][a-z\-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z\-]*)")
# "ring" as the verb before a name ("ring Adeyemi", "pls ring Rossi"): no article, possessive or
# adjective before it, as a ring (the jewel) has
_DOORBELL_VERB = re.compile(
    r"(?:^|[.,;:!?\n(]|(?<![\w'’])(?:pls|please|just|then|and|or|ok|so))[ \t]*ring[ \t]+$"
)

RECOGNIZERS = (
    "participant",
    "carry-forward",
    "email",
    "phone",
    "iban",
    "card-luhn",
    "it-fiscal-code",
    "it-vat",
    "ip",
    "profile-url",
    "handle",
    "it-address",
    "en-address",
    "uk-postcode",
    # round 15's address rules (named in the run report's per-rule counts)
    "postcode-town",
    "us-town-zip",
    "en-untyped-address",
    "it-zone",
    "name-strong",
    "name-weak",
    "name-lexicon",
    "name-signature",
    "name-surname",
    "name-here",
    "place",
    "spacy-ner",
    "trained-scorer",
)


@dataclass
class _Conversation:
    """Per-conversation state: name variants -> role, surrogate numbers, and the Presidio
    operators that write them (built at the first message with a detection)."""

    variants: dict[str, str] = field(default_factory=dict)
    case_sensitive: set[str] = field(default_factory=set)
    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    person_tokens: dict[str, int] = field(default_factory=dict)
    counters: Counter[str] = field(default_factory=Counter)
    operators: dict[str, OperatorConfig] = field(default_factory=dict)

    def surrogate(self, entity_type: str, value: str) -> str:
        label = SURROGATE_LABELS.get(entity_type, entity_type)
        key = _canonical(entity_type, value)
        if entity_type == "PERSON":
            number = self._person_number(key)
        else:
            number = self.numbers.get((label, key), 0)
            if not number:
                self.counters[label] += 1
                number = self.counters[label]
                self.numbers[(label, key)] = number
        return f"<{label}_{number}>"

    def _person_number(self, key: str) -> int:
        if ("PERSON", key) in self.numbers:
            return self.numbers[("PERSON", key)]
        tokens = key.split()
        number = 0
        if len(tokens) == 1 and tokens[0] in self.person_tokens:
            number = self.person_tokens[tokens[0]]
        elif len(tokens) > 1:
            known = {self.person_tokens[t] for t in tokens if t in self.person_tokens}
            if len(known) == 1:
                number = known.pop()
        if not number:
            self.counters["PERSON"] += 1
            number = self.counters["PERSON"]
        self.numbers[("PERSON", key)] = number
        for token in tokens:
            self.person_tokens.setdefault(token, number)
        return number


def _overlap(a: Detection, b: Detection) -> bool:
    return a.start < b.end and b.start < a.end


# a pure function of its arguments, asked again for each value a message repeats, and twice per
# detection (numbering in reading order, then the operator's surrogate)
@lru_cache(maxsize=8192)
def _canonical(entity_type: str, value: str) -> str:
    if entity_type in {"PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE"}:
        digits = re.sub(r"[^0-9A-Za-z]", "", value).upper()
        if entity_type == "PHONE_NUMBER" and len(digits) > 10:
            return digits[-10:]
        return digits
    if entity_type == "EMAIL_ADDRESS":
        compact = re.sub(r"\s*[\[({<]?\s*(?:at|chiocciola)\s*[\])}>]?\s*", "@", value.lower())
        return re.sub(r"\s*[\[({<]?\s*(?:dot|punto)\s*[\])}>]?\s*", ".", compact).replace(" ", "")
    # (round 25: a name in another script, "Наташа", "张美", is its own text: no two share one)
    return " ".join(fold(word) for word in WORD.findall(value)) or fold(value.strip())


_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _name_variants(name: str, lexicon: NameLexicon) -> tuple[set[str], set[str]]:
    """(variants matched in any case, variants matched only capitalised), all folded."""
    words = WORD.findall(strip_accents(name))
    folded = [fold(word) for word in words if len(word) > 1]
    if not folded:
        return set(), set()
    any_case: set[str] = set()
    capital_only: set[str] = set()
    if len(folded) > 1:
        any_case.add(" ".join(folded))
        any_case.add(" ".join(reversed(folded)))
    # round 36: a hyphenated name whole and joined ("Ji-woo" -> "ji-woo", "jiwoo")
    for joined in _HYPHENATED.findall(strip_accents(name)):
        parts = [fold(part) for part in joined.split("-")]
        any_case.add("-".join(parts))
        any_case.add("".join(parts))
    # a particle alone ("La" of "La Rosa", "van" of "Van der Berg") or a title ("Dr", "Avv",
    # "professoressa" of "la professoressa Di Gregorio") is no name
    candidates = {word for word in folded if word not in PARTICLES and word not in _TITLES}
    # a surname with its particle is also written as one word ("Di Marco" -> "Dimarco")
    candidates.update(
        particle + word
        for particle, word in pairwise(folded)
        if particle in PARTICLES and word not in PARTICLES and len(word) > 2
    )
    for word in folded:
        candidates.update(lexicon.nicknames.get(word, ()))
        candidates.update(_diminutives(word, lexicon))
    for word in candidates:
        if len(word) < 2:
            continue
        # a name that is also an everyday word ("Costa": it costs, "Will") is carried only
        # capitalised
        # as is a trade in a display name ("Beppe Idraulico", "Studio Bosio", "Ada Photo")
        if (
            lexicon.is_common(word)
            or word in lexicon.dictionary
            or len(word) < 3
            or word in _TRADE_WORDS
        ):
            capital_only.add(word)
        else:
            any_case.add(word)
    return any_case, capital_only


_VOWELS = frozenset("aeiou")


def _diminutives(word: str, lexicon: NameLexicon) -> set[str]:
    """Round 35: the diminutives of an Italian first name that no nickname list holds
    ("Bianca" -> "bianchina", "biancuccia"; "Paolo" -> "paolino")."""
    if len(word) < 4 or not word.isalpha() or word[-1] not in "aoe" or not lexicon.is_first(word):
        return set()
    stem = word[:-1] + ("h" if word[-2] in "cg" else "")
    endings: tuple[str, ...] = (
        ("ina", "etta", "uccia") if word[-1] == "a" else ("ino", "etto", "uccio")
    )
    if word[-1] == "e":
        endings += ("ina", "etta")
    return {stem + ending for ending in endings}


_GREETED_SHORT = re.compile(
    r"(?i:(?<![\w'’])(?:grazi+e+|grazzie+|thanks+|thank[ \t]+you|thx+|ciao+|salve|hi|hello|hey+|"
    r"cheers|bye|brav[oa]|car[oa]|tesoro)[ \t,!]+)([A-Za-zà-ÿ]{3,5})"
    r"(?=[ \t]*(?:$|[,.;:!?)\n]|[^\w\s'’]))"
)


def _first_syllables(word: str) -> set[str]:
    """Round 35: a first name cut to its first syllables, as friends call each other ("Irene"
    -> "ire", "Federica" -> "fede", "Giuseppe" -> "giuse"): 3-5 letters ending in a vowel."""
    if not word.isalpha():
        return set()
    return {
        word[:size]
        for size in range(3, min(6, len(word) - 1))
        if word[size - 1] in _VOWELS and not set(word[:size]) <= _VOWELS
    }


def _short_forms(word: str) -> set[str]:
    """Round 36: a first name cut short as friends and family write it, besides its first
    syllables: those with a "y" or an "i" ("Aurora" -> "aury", "auri") and its last syllables
    ("Matilde" -> "tilde", "Giuseppina" -> "pina", "Alessandro" -> "sandro")."""
    if not word.isalpha() or len(word) < 5:
        return set()
    forms = _first_syllables(word)
    forms.update(
        word[:size] + end
        for size in (3, 4)
        # (round 37: or an "i", "Aurora" -> "auri")
        for end in ("y", "i")
        if word[size - 1] not in _VOWELS and size < len(word)
    )
    forms.update(
        word[start:]
        for start in range(2, len(word) - 3)
        if 4 <= len(word) - start <= 6 and word[start] not in _VOWELS and word[start + 1] in _VOWELS
    )
    return forms


# round 36: wishing someone well by a name at the end of a clause ("in bocca al lupo lore!",
# "good luck sam")
_WISHED = re.compile(
    r"(?i:\b(?:in[ \t]+bocca[ \t]+al[ \t]+lupo|auguri(?:ssimi)?|forza|complimenti|"
    r"good[ \t]+luck|congrats|congratulations|well[ \t]+done|happy[ \t]+birthday|"
    r"buon[ \t]+compleanno)[ \t,!]*)$"
)


class AnonymisationEngine:
    """Detects and replaces personal data, one conversation at a time."""

    def __init__(self, settings: Settings, keyring: KeyRing) -> None:
        self._settings = settings
        self._keyring = keyring
        self._detector = DetectionEngine(settings)
        self._anonymizer = build_anonymizer()
        self._role_operators = {
            role.upper(): OperatorConfig("replace", {"new_value": token})
            for role, token in ROLE_TOKENS.items()
        }
        self._stats: Counter[tuple[str, str, str]] = Counter()
        # the business's own names, folded (set once: every conversation asks for them)
        self._business_names = frozenset(fold(brand) for brand in self._detector.brands)
        self._brand_names = well_known_brands()[0] | self._business_names

    @property
    def stats(self) -> Counter[tuple[str, str, str]]:
        """(entity_type, language, recognizer) -> count, cumulative over this engine's life."""
        return self._stats

    @property
    def detector(self) -> DetectionEngine:
        return self._detector

    def _scorer_models(self) -> list[dict[str, object]]:
        """The trained scorer's models (privacy/scorer.py), when it is on."""
        scorer = self._detector.scorer
        if scorer is None:
            return []
        return [
            {
                "name": f"convmon trained scorer ({entity_type})",
                "file": f"privacy/data/{MODEL_FILE}",
                "weights": len(model.weights),
                "threshold": model.threshold,
                "licence": "Apache-2.0 (trained on the project's synthetic corpora)",
            }
            for entity_type, model in sorted(scorer.models.items())
        ]

    def describe(self) -> dict[str, object]:
        """Models, recognizers, thresholds and operators, for the audit report (JSON-able)."""
        return {
            "models": [
                {
                    "name": SPACY_MODEL,
                    "version": self._detector.model_version,
                    "licence": "MIT",
                    "languages": list(LANGUAGES),
                    "components": ["tok2vec", "ner"],
                },
                {
                    "name": "faker person locales it_IT, en_US, en_GB (name lists)",
                    "version": _version("faker"),
                    "licence": "MIT",
                },
                *self._scorer_models(),
            ],
            "presidio": {
                "analyzers": {
                    "rules": _recognizers_of(self._detector.rules),
                    "ner": _recognizers_of(self._detector.ner),
                },
                "anonymizer_operators": sorted(
                    {SURROGATE_OPERATOR, *(c.operator_name for c in self._role_operators.values())}
                ),
                "context_enhancer": "none (cues are part of convmon's recognizers)",
            },
            "libraries": {
                "presidio-analyzer": _version("presidio-analyzer"),
                "presidio-anonymizer": _version("presidio-anonymizer"),
                "spacy": _version("spacy"),
                "phonenumbers": _version("phonenumbers"),
                "python-stdnum": _version("python-stdnum"),
            },
            "recognizers": list(RECOGNIZERS),
            "thresholds": {"min_score": MIN_SCORE},
            "languages": list(LANGUAGES),
            "priority": dict(PRIORITY),
            "operators": {
                **{entity: f"replace:<{label}_n>" for entity, label in SURROGATE_LABELS.items()},
                "PERSON(participant)": "replace:<CUSTOMER>|<AGENT>",
            },
            "allow_list": len(self._detector.brands),
            "key_id": self._keyring.key_id,
        }

    def anonymise_conversations(
        self, conversations: Iterable[Sequence[Message]], *, batch: int = 64
    ) -> Iterator[list[AnonymisedMessage]]:
        """Many conversations, detected in batches (faster than one at a time), in order."""
        pending: list[Sequence[Message]] = []
        for conversation in conversations:
            pending.append(conversation)
            if len(pending) >= batch:
                yield from self._flush(pending)
                pending = []
        yield from self._flush(pending)

    def _flush(self, conversations: list[Sequence[Message]]) -> Iterator[list[AnonymisedMessage]]:
        self._detector.detect([m.text for conversation in conversations for m in conversation])
        for conversation in conversations:
            yield self.anonymise_conversation(conversation)

    def anonymise_conversation(self, messages: Sequence[Message]) -> list[AnonymisedMessage]:
        """Messages of one conversation in time order -> anonymised, in the same order."""
        if not messages:
            return []
        state = self._participants(messages)
        found = self._detector.detect([message.text for message in messages])
        # a site named by a handle or a participant of the conversation (privacy.recognizers.
        # structured.conversation_sites)
        sites = conversation_sites(
            [message.text for message in messages],
            [result.detections for result in found],
            [name for m in messages for name in (m.sender_name, m.recipient_name) if name]
            # round 27: and the full names the conversation writes ("mi chiamo Agnieszka
            # Wróbel" ... "agnieszkawrobel-photo.example.pl")
            + [
                message.text[d.start : d.end]
                for message, result in zip(messages, found, strict=True)
                for d in result.detections
                if d.entity_type == "PERSON"
                and d.recognizer != SCORED_NAME
                and " " in message.text[d.start : d.end].strip()
            ],
            self._detector.allowed_handles,
        )
        per_message: list[list[Detection]] = []
        address_given = False
        carried: set[str] = set()
        written_lower: set[str] = set()
        dotted: set[str] = set()
        places: set[str] = set()
        # pets named anywhere in the conversation ("la gatta si chiama Pepita"): their name is
        # no person in the other messages either ("Pepita sta meglio?")
        pets = set().union(*(pet_names(message.text) for message in messages))
        # a word no list knows, seen inside a product's name ("Barolo Serralunga 2019"), is that
        # product in the other messages too ("24 Serralunga e 12 Dolcetto")
        products = set().union(*(result.products for result in found))
        foreign = _foreign_customer(messages, found)
        for message, result, site in zip(messages, found, sites, strict=True):
            detections = [
                d
                for d in result.detections
                if not (
                    # a pet's name is no place the scorer guessed either ("aspettiamo Briscola")
                    (d.entity_type == "PERSON" or d.recognizer == SCORED_NAME)
                    and _canonical("PERSON", message.text[d.start : d.end]) in pets
                )
                and (
                    d.entity_type != "PERSON"
                    or not (
                        # round 24: the participant's names a fiscal code is made of stay
                        # found here, also when a brand's span keeps the participant's
                        # matcher off them ("Serena Ferrari FRRSRN...")
                        (
                            d.recognizer != FISCAL_NAME
                            and self._is_role(state, message.text[d.start : d.end])
                        )
                        # after a title the word is a person, not the product ("Barolo
                        # Serralunga 2019 per il signor Serralunga")
                        or (
                            _canonical("PERSON", message.text[d.start : d.end]) in products
                            and not _after_title(message.text, d.start)
                        )
                    )
                )
            ]
            detections.extend(site)
            # round 27: word-names beside found names ("Speranza Greco", "Rosa, Viola, Bianca")
            detections.extend(name_neighbours(message.text, detections, self._detector.lexicon))
            # round 37: names the message's findings vouch for (joined by "&" to a person,
            # before a phone handed to them, a surname before a first name, a surname again)
            detections.extend(
                round37_names(message.text, detections, self._detector.lexicon, self._brand_names)
            )
            # round 27: a postcode right after a found town or address ("Cluj-Napoca 400391")
            codes = list(postcodes_after_places(message.text, detections))
            codes.extend(bracketed_aliases(message.text, detections))
            detections.extend(c for c in codes if not any(_overlap(d, c) for d in detections))
            if per_message:
                # round 22: a short message that only adds the house number or the unit of the
                # street that ended the message before it ("via Lanza" then "numero 12")
                follow_up = follow_up_address(
                    messages[len(per_message) - 1].text,
                    found[len(per_message) - 1].detections,
                    message.text,
                )
                if follow_up is not None and not any(
                    _overlap(d, follow_up) for d in result.detections
                ):
                    detections.append(follow_up)
            if message.sender_role is not SenderRole.AGENT:
                # round 24: a flat, a staircase or a floor alone ("al piano terra int. 2",
                # "interno 7") where the customer gave an address in this or an earlier message
                address_given = address_given or any(
                    d.entity_type == "ADDRESS" for d in result.detections
                )
                if address_given:
                    detections.extend(
                        part
                        for part in lone_building_parts(message.text)
                        if not any(_overlap(d, part) for d in detections)
                    )
            if per_message and message.sender_role is not SenderRole.AGENT:
                # round 26: a user name answering a question for it ("qual è il tuo ig?")
                handle = answered_handle(
                    message.text,
                    messages[len(per_message) - 1].text,
                    self._detector.allowed_handles,
                )
                if handle is not None and not any(_overlap(d, handle) for d in detections):
                    detections.append(handle)
                # round 35: a name answering a question for one ("Which name should be printed
                # on the back?" -> "BLAZE please")
                question = messages[len(per_message) - 1].text
                answer = (
                    None
                    if mentions_animal(question)  # "Come si chiama il cane?"
                    else answered_name(message.text, question, self._detector.lexicon.is_word)
                )
                if answer is not None and not any(_overlap(d, answer) for d in detections):
                    detections.append(answer)
            if per_message and len(message.text) <= 40:
                # round 27: the country of an address sent line by line ("80331 München" ⏎
                # "Deutschland")
                country = country_after_address(messages[len(per_message) - 1].text, message.text)
                if country is not None:
                    detections.append(country)
            if per_message and message.text[:1].isupper():
                # round 21: a town alone as the answer to "where ...?" ("Bath." after "Where
                # are you based?")
                answer = answered_place(message.text, messages[len(per_message) - 1].text)
                if answer is not None:
                    detections.append(answer)
            if message.sender_role is SenderRole.CUSTOMER:
                detections.extend(self._customer_countries(message.text, detections, foreign))
            elif message.sender_role is SenderRole.AGENT:
                # round 35: the home country of the foreign customer's stay, in the reply;
                # round 38: a foreign country the agent quotes a shipping price for
                quoted = [
                    *(agent_home_country(message.text) if foreign else ()),
                    *agent_quoted_countries(message.text),
                ]
                if quoted:
                    named = self._names_over_countries(message.text)
                    detections.extend(
                        d for d in quoted if not any(_overlap(d, o) for o in (*detections, *named))
                    )
            detections.extend(self._shaped_ids(message.text, detections))
            if message.sender_role is SenderRole.AGENT:
                # the agent signing, also with a name that is a word ("... Bianca", "✌️ Sole")
                detections.extend(
                    d
                    for d in self._detector.agent_sign_offs(message.text, result.detections)
                    if not self._is_role(state, message.text[d.start : d.end])
                )
            if "-" in message.text:
                detections[:] = _with_hyphen_tails(message.text, detections)
            for detection in detections:
                surface = message.text[detection.start : detection.end]
                if detection.entity_type in ("EMAIL_ADDRESS", "HANDLE"):
                    # the name an address or a handle is made of ("june.baker@...",
                    # "@june.baker.art"): June Baker, named in the other messages too
                    carried.update(
                        email_name(
                            surface,
                            self._detector.lexicon,
                            handle=detection.entity_type == "HANDLE",
                        )
                    )
                    continue
                # initials ("^SE", "^DA") are carried nowhere: "se", "da" are words; dotted
                # initials ("G.B.") are carried as written, capitalised
                if detection.entity_type == "PERSON" and _DOTTED_INITIALS.fullmatch(
                    surface.strip()
                ):
                    dotted.add(fold(surface.strip()))
                elif detection.entity_type == "PERSON" and not _initials(surface):
                    carried.add(normalise(surface).text)
                    if (
                        surface.islower()
                        and " " not in surface
                        and detection.recognizer != SCORED_NAME
                        and not (
                            detection.recognizer == CUED_NAME
                            and _everyday_name(surface, self._detector.lexicon)
                        )
                    ):
                        # round 26: a name the writers spell lowercase ("stella" in a list of
                        # children) is carried lowercase too ("la mamma di stella")
                        written_lower.add(fold(surface))
                elif (
                    detection.entity_type == "LOCATION"
                    and place_carried(surface)
                    and not home_country(surface)
                    # round 38: an agent's quoted destination stays in its sentence ("UK size")
                    and detection.recognizer != "place-quoted-shipping"
                ):
                    places.add(surface)
            # round 32: a town found in a message, named again in it ("consegna a Paese (si il
            # comune si chiama proprio Paese)")
            towns = {
                message.text[d.start : d.end]
                for d in detections
                if d.entity_type == "LOCATION"
                and message.text[d.start : d.start + 1].isupper()
                # round 35: a foreign customer's stay in the home country is that sentence's
                and not home_country(message.text[d.start : d.end])
            }
            if towns:
                taken = [(d.start, d.end) for d in detections]
                detections.extend(
                    d
                    for d in find_carried_places(message.text, towns)
                    if not any(a < d.end and d.start < b for a, b in taken)
                )
            per_message.append(detections)
        if places:
            # round 21: a country where a person lives or moves, named again ("Where in the
            # UK?")
            for message, detections in zip(messages, per_message, strict=True):
                detections.extend(find_carried_places(message.text, places))
        self._carry_countries(messages, per_message)
        # round 30: the house numbers, floors, rooms and postcodes the conversation talks
        # about after an address ("è il 18 non il 16", "lui sta al 29", "pitch 42")
        talk = conversation_address_talk([m.text for m in messages], per_message)
        for detections, parts in zip(per_message, talk, strict=True):
            if parts:
                detections[:] = [
                    d
                    for d in detections
                    if not any(p.start <= d.start and d.end <= p.end for p in parts)
                ]
                detections.extend(parts)
        carry_any, carry_capital = set(), set()
        for name in carried:
            any_case, capital_only = _name_variants(name, self._detector.lexicon)
            carry_any |= any_case
            carry_capital |= capital_only
        # a surname the business is named after ("Ilario Benvenuti" of "Onoranze Funebri
        # Benvenuti") is carried with the first name only: alone it names the business too
        # ("Spettabile Ditta Benvenuti"); a title before it is still a cue of its own
        business = self._detector.business_name_words
        carry_any |= written_lower
        carry_any -= business
        carry_capital -= business
        capital = {v for v in state.variants if v in state.case_sensitive}
        participants = _VariantMatcher(set(state.variants) - capital, capital)
        # round 35: a word spelt out letter by letter is a name, also where it is written
        # whole ("Pirastu / P-I-R-A-S-T-U")
        spelt_words = {
            spelt
            for message in messages
            for match in _SPELT.finditer(message.text)
            if len(spelt := re.sub(r"[^a-z]", "", fold(match.group(0)))) >= 4
        }
        if spelt_words:
            whole = {
                fold(word)
                for message in messages
                for word in WORD.findall(message.text)
                if not word.isupper()  # "ABCD" spelt and written whole is a code
            }
            carry_any |= spelt_words & whole
        carry = _VariantMatcher(carry_any, carry_capital | dotted)
        # the conversation's names as they get misspelt or spelt out ("Espositi" for
        # Esposito, "K-E-A-L-E-Y")
        # (spelt out, also the names that are words and count only capitalised: "Serena ...
        # S-E-R-E-N-A")
        near = _NearNames(
            (carry_any | set(state.variants)) - capital,
            self._detector.lexicon,
            spelt=carry_any | carry_capital | set(state.variants),
        )
        # the conversation's first names, folded
        firsts = {
            fold(word)
            for name in (*carried, *state.variants)
            for word in name.split()
            if self._detector.lexicon.is_first(word)
        }
        known = carry_any | set(state.variants)
        # round 35: cut short, where a greeting or thanks calls them ("siii graziee ire 😘" to
        # Irene)
        short = {cut for word in firsts for cut in _first_syllables(word)} - known
        # round 36: and cut at either end, where only a person stands ("ah ile è vegana" to
        # Ilenia, "un bacio ai bimbi e tilde si ricordi" to Matilde)
        cuts = {cut for word in firsts for cut in _short_forms(word)} - known
        # and the English possessive without its apostrophe before what the person has
        # ("maddies aunt", "toms place")
        possessives = {
            word + "s"
            for word in firsts
            if len(word) >= 3
            and not word.endswith("s")
            and not self._detector.lexicon.is_word(word + "s")
        }
        # round 38: the conversation's names a user name may be built on ("ikerdelmar"): the
        # customer's and the found names the lists know (not the pieces of an e-mail, no word
        # of the business's Page name, "Barolo Wine Tours"); a name that is a word too, "Will",
        # only where the conversation found it as a name
        lexicon = self._detector.lexicon
        found_names = {word for name in carried for word in fold(name).split()}
        customer_names = {
            word
            for m in messages
            for name, role in ((m.sender_name, m.sender_role), (m.recipient_name, None))
            if name
            and not re.search(r"[._@\d]", name)
            and (
                role is SenderRole.CUSTOMER or (role is None and m.sender_role is SenderRole.AGENT)
            )
            for word in fold(name).split()
        }
        handle_names = (
            frozenset(
                word
                for word in found_names
                | customer_names
                | {w for name in state.variants for w in fold(name).split()}
                if len(word) >= 4
                and word.isalpha()
                and (
                    lexicon.is_first(word)
                    or lexicon.is_surname(word)
                    or word in lexicon.word_names
                    or (word in customer_names and not lexicon.is_word(word))
                )
                and (word in found_names or not lexicon.is_word(word))
            )
            - self._detector.business_name_words
        )
        customer_id = _customer_id(messages)
        pseudonyms: dict[tuple[str, str, str, str], str] = {}
        out: list[AnonymisedMessage] = []
        for message, result, detections in zip(messages, found, per_message, strict=True):
            text = message.text
            folded = fold_same_length(text)
            extra = list(participants.find(text, folded, "participant"))
            extra.extend(carry.find(text, folded, "carry-forward"))
            extra.extend(near.find(text, folded))
            if short:
                extra.extend(
                    Detection(m.start(1), m.end(1), "PERSON", "carry-forward", 0.9)
                    for m in _GREETED_SHORT.finditer(text)
                    if fold(m.group(1)) in short
                )
            if cuts:
                extra.extend(_short_forms_found(text, folded, cuts))
            if possessives:
                extra.extend(
                    Detection(m.start(), m.end(), "PERSON", "carry-forward", 0.85)
                    for m in WORD.finditer(folded)
                    if m.group(0).lower() in possessives and _POSSESSED_AFTER.match(text, m.end())
                )
            if extra:
                protected = self._detector.protected_spans(text, folded)
                extra = [
                    d for d in extra if protected.free(d) and not self._in_product(text, folded, d)
                ]
            merged, roles = _merge(
                extra,
                detections,
                lambda d, text=text: state.variants.get(  # type: ignore[misc]
                    _canonical("PERSON", text[d.start : d.end]), "customer"
                ),
            )
            if extra:
                # a second person joined to a participant ("Wei Jie & Mei", Mei writing)
                merged = self._detector.with_pairs(text, merged)
            merged = _without_lowercase_twins(text, merged, self._detector.lexicon)
            if "-" in text:
                merged = _with_hyphen_tails(text, merged)
            glued = glued_names(text, merged, self._detector.allowed_handles)
            if glued:
                # a name inside a handle ("ale.parodi.bike"): the whole handle, not half of it
                merged, roles = _widen(merged, roles, glued)
            built = [
                d
                for d in name_built_handles(text, handle_names, self._detector.allowed_handles)
                if all(d.end <= o.start or o.end <= d.start for o in merged)
            ]
            if built:
                protected = self._detector.protected_spans(text, folded)
                merged = sorted(
                    [*merged, *(d for d in built if protected.free(d))], key=lambda d: d.start
                )
            out.append(
                self._anonymise_message(
                    message, result.language, merged, roles, state, customer_id, pseudonyms
                )
            )
        return out

    def _customer_countries(
        self, text: str, found: Sequence[Detection], foreign: bool = False
    ) -> list[Detection]:
        """Round 33: the foreign countries of a customer's message
        (``privacy.recognizers.location.customer_countries``), where no detection or business
        name is; the keep rule that calls countries public ("country") gives way. A
        ``foreign`` customer's home country too (round 35)."""
        places = [(d.start, d.end) for d in found if d.entity_type == "LOCATION"]
        candidates = [
            *customer_countries(text, places, foreign=foreign),
            *customer_demonyms(text, foreign=foreign),
            # round 37: the regions and areas they live in or come from ("vengo dalla sicilia")
            *person_areas(text),
        ]
        if not candidates:
            return []
        named = self._names_over_countries(text)
        return [d for d in candidates if not any(_overlap(d, o) for o in (*found, *named))]

    def _names_over_countries(self, text: str) -> list[Detection]:
        """The business's names and keep spans of ``text`` that a customer's country gives way
        to: all but the keep rule that calls a country alone public ("country")."""
        return [
            p for p in self._detector.protected_spans(text).items() if p.recognizer != "country"
        ]

    def _shaped_ids(self, text: str, found: Sequence[Detection]) -> list[Detection]:
        """Round 34: ids by their shape (``privacy.recognizers.structured.shaped_ids``), where
        no business name is."""
        ids = list(shaped_ids(text, found))
        if not ids:
            return ids
        named = self._detector.protected_spans(text)
        return [d for d in ids if named.free(d)]

    def _carry_countries(
        self, messages: Sequence[Message], per_message: list[list[Detection]]
    ) -> None:
        """Round 33: a country a customer placed themselves or theirs in (a found place or an
        address of a customer's message) is theirs in every message of the conversation, in
        any language or case ("... Lisboa Portugal" then "la spedizione per il Portogallo")."""
        codes = {
            code
            for message, detections in zip(messages, per_message, strict=True)
            if message.sender_role is SenderRole.CUSTOMER
            for start, end, code in country_mentions(message.text)
            # the home country stays a customer's in their own sentence only (round 35): the
            # agent's "spediamo in tutta Italia" is the business's
            if not home_country(message.text[start:end])
            and any(
                d.entity_type in ("LOCATION", "ADDRESS") and d.start <= start and end <= d.end
                for d in detections
            )
        }
        # round 35: and the country of a foreign town the customer placed themselves or theirs
        # in ("we live in Ljubljana" ... "la Slovenia è nella zona UE")
        codes.update(
            code
            for message, detections in zip(messages, per_message, strict=True)
            if message.sender_role is SenderRole.CUSTOMER
            for town in [
                *(t for d in detections for t in _towns_of(message.text, d)),
                # a town after its postcode whatever it was taken for ("46006 Valencia")
                *(m.group(1) for m in _TOWN_AFTER_POSTCODE.finditer(message.text)),
            ]
            for code in town_countries(town)
        )
        if not codes:
            return
        for message, detections in zip(messages, per_message, strict=True):
            found = [
                d
                for d in countries_of(message.text, codes)
                if not any(_overlap(d, o) for o in detections)
            ]
            if found:
                named = self._names_over_countries(message.text)
                detections.extend(d for d in found if not any(_overlap(d, p) for p in named))

    def _participants(self, messages: Sequence[Message]) -> _Conversation:
        state = _Conversation()
        brands = self._business_names
        # a name met again with the same role adds nothing (its variants are set already)
        seen: set[tuple[str, str]] = set()
        for message in messages:
            other = "agent" if message.sender_role is SenderRole.CUSTOMER else "customer"
            for name, role in (
                (message.sender_name, message.sender_role.value),
                (message.recipient_name, other),
            ):
                if not name or (name, role) in seen or fold(name.strip()) in brands:
                    continue
                seen.add((name, role))
                any_case, capital_only = _name_variants(name, self._detector.lexicon)
                for variant in any_case | capital_only:
                    state.variants.setdefault(variant, role)
                state.case_sensitive |= capital_only - any_case
        return state

    def _in_product(self, text: str, folded: str, detection: Detection) -> bool:
        """A one-word name that is also a word, inside a product's name ("Tisana Notte
        Serena", "Bouquet Rosa"): the product, not the person."""
        word = folded[detection.start : detection.end]
        if " " in word:
            return False
        lexicon = self._detector.lexicon
        if lexicon.is_common(word) or word in lexicon.dictionary:
            return beside_product(text, detection.start, detection.end)
        # a carried name, capitalised, right before or after a product noun ("the Ferrari
        # spumante"); a participant's name stays ("sono kevin abito a ...": "abito" is a verb)
        if detection.recognizer != "carry-forward" or not text[detection.start].isupper():
            return False
        before = _WORD_BEFORE.search(folded, max(0, detection.start - 30), detection.start)
        if before is not None and _DOORBELL_VERB.search(folded, 0, before.end()):
            before = None  # round 35: "ring Adeyemi" is the bell to ring, not a ring
        after = _WORD_AFTER.match(folded, detection.end)
        return any(m is not None and m.group(1) in PRODUCT_WORDS for m in (before, after))

    @staticmethod
    def _is_role(state: _Conversation, surface: str) -> bool:
        """Whether the participant matcher re-finds ``surface`` (a form matched only when
        capitalised, "Rich", is no participant when written "mrs rich")."""
        canonical = _canonical("PERSON", surface)
        if canonical not in state.variants:
            return False
        return canonical not in state.case_sensitive or surface.lstrip()[:1].isupper()

    def _anonymise_message(
        self,
        message: Message,
        language: str,
        detections: list[Detection],
        roles: dict[int, str],
        state: _Conversation,
        customer_id: str | None,
        pseudonyms: dict[tuple[str, str, str, str], str],
    ) -> AnonymisedMessage:
        """``pseudonyms`` memoises keys within the conversation (its ids repeat)."""
        text = message.text
        counts: Counter[str] = Counter()
        results: list[RecognizerResult] = []
        for detection in detections:
            if detection.start in roles:
                entity_type = roles[detection.start].upper()
            else:
                entity_type = detection.entity_type
                # numbered in reading order; the operator finds the same surrogate again
                state.surrogate(entity_type, text[detection.start : detection.end])
            results.append(
                RecognizerResult(entity_type, detection.start, detection.end, detection.score)
            )
            counts[detection.entity_type] += 1
            self._stats[(detection.entity_type, language, detection.recognizer)] += 1
        if results:
            if not state.operators:
                state.operators = {
                    **surrogate_operators(SURROGATE_LABELS, state.surrogate),
                    **self._role_operators,
                }
            spliced = splice(text, results, state.operators)
            text = (
                spliced
                if spliced is not None
                else self._anonymizer.anonymize(
                    text, results, state.operators, merge_entities_with_spaces=False
                ).text
            )
        platform, page = message.platform.value, message.page_id

        def key(kind: str, value: str) -> str:
            memo = (kind, value, platform, page)
            found = pseudonyms.get(memo)
            if found is None:
                found = self._keyring.pseudonym(kind, value, platform=platform, page_id=page)
                pseudonyms[memo] = found
            return found

        customer = customer_id or message.sender_id
        return AnonymisedMessage(
            message_key=key("message", message.message_id),
            conversation_key=key("conversation", message.conversation_id),
            platform=platform,
            page_id=page,
            created_time=message.created_time.astimezone(UTC),
            sender_key=key("user", message.sender_id),
            sender_role=message.sender_role.value,
            recipient_key=key("user", message.recipient_id) if message.recipient_id else None,
            customer_key=key("user", customer),
            language=language,
            text=text,
            n_chars=len(message.text),
            entity_counts=dict(counts),
            detections=tuple(detections),
        )


# a name inside a link or a handle ("/victoria-and-mark"): the link's, not a word
_GLUED = re.compile(r".*[./_@#-]")
_TWIN_WORD = re.compile(r"(?<![\w'’])[A-ZÀ-Ý][a-zà-ÿ]{2,}(?![\w'’])")


def _without_lowercase_twins(
    text: str, detections: list[Detection], lexicon: NameLexicon
) -> list[Detection]:
    """Round 25: a one-word PERSON in lowercase where the message writes the same word
    capitalised too ("Chiara è stata molto chiara", "rosa, è per Rosa", "I meant Rob not
    rob"): the writer's lowercase marks the everyday word (only of a name the lists know as
    one, no surname: "femke", "rossi" stay names); in a person's slot (after a greeting,
    signing) it stays."""
    lowered = [
        d
        for d in detections
        if d.entity_type == "PERSON"
        and text[d.start : d.end].isalpha()
        and text[d.start : d.end].islower()
    ]
    if not lowered:
        return detections
    capitals = {m.group(0).lower() for m in _TWIN_WORD.finditer(text)}
    drop = {
        id(d)
        for d in lowered
        if text[d.start : d.end] in capitals
        and _everyday_name(text[d.start : d.end], lexicon)
        and not _GLUED.match(text[max(0, d.start - 1) : d.start] + text[d.end : d.end + 1])
        and not _person_slot(text, d.start, d.end, signed=False)
        # round 35: said to be the writer's relative ("rosa è mia figlia")
        and KIN_SAID.match(text, d.start) is None
    }
    return [d for d in detections if id(d) not in drop] if drop else detections


_POSSESSED_AFTER = re.compile(
    r"[ \t]+(?i:aunt|auntie|uncle|mum|mom|mother|dad|father|brother|sister|sis|bro|cousin|"
    r"gran|grandma|grandpa|nan|son|daughter|wife|husband|bf|gf|boyfriend|girlfriend|partner|"
    r"friend|house|place|flat|home|car|dog|cat|phone|number|email|address|birthday|party)"
    r"(?![\w])"
)
_CLITIC_VERB = re.compile(r"[ \t]+(?:si|se|mi|ti|ci|vi|gli)[ \t]+[a-zà-ÿ]{3,}")


# round 36: the second half of a hyphenated given name ("Kim Ji-hoon", "Min-seo")
_HYPHEN_TAIL = re.compile(r"-[A-Za-zà-ÿ]{2,12}(?![\w-])")


def _with_hyphen_tails(text: str, detections: list[Detection]) -> list[Detection]:
    """``detections`` with each PERSON that ends at a hyphen widened over the word after it,
    where no other detection starts."""
    starts = {d.start for d in detections}
    out = []
    for detection in detections:
        tail = (
            _HYPHEN_TAIL.match(text, detection.end)
            if detection.entity_type == "PERSON" and text[detection.end : detection.end + 1] == "-"
            else None
        )
        if tail is not None and detection.end + 1 not in starts:
            detection = replace(detection, end=tail.end())
        out.append(detection)
    return out


def _short_forms_found(text: str, folded: str, cuts: set[str]) -> Iterator[Detection]:
    """The conversation's first names cut short (``cuts``, folded) where only a person
    stands: a person's slot (``_person_slot``), a greeting or a wish before it."""
    for match in WORD.finditer(folded):
        if match.group(0).lower() not in cuts:
            continue
        start, end = match.span()
        before = text[max(0, start - 40) : start]
        if (
            _person_slot(text, start, end, signed=False)
            or (
                (_WISHED.search(before) or _GREETED.search(before))
                and _CLAUSE_CLOSE.match(text, end)
            )
            or (
                # the subject of a reflexive verb ("e tilde si ricordi il cappellino")
                (_PERSON_CONJUNCTION.search(before) or _CLAUSE_OPENING.search(before))
                and _CLITIC_VERB.match(text, end)
            )
        ):
            yield Detection(start, end, "PERSON", "carry-forward", 0.85)


def _everyday_name(word: str, lexicon: NameLexicon) -> bool:
    folded = fold(word)
    return (
        lexicon.is_common(folded) or folded in lexicon.dictionary or folded in lexicon.word_names
    ) and not lexicon.is_surname(folded)


# the town after a postcode inside an address ("75009 Paris", "41003 Sevilla", "SW9 8PR
# London" is left: no digits first)
_TOWN_AFTER_POSTCODE = re.compile(
    r"(?<![\w])\d{4,6}[ \t]+([A-ZÀ-Ý][\w'’\-]+(?:[ \t][A-ZÀ-Ý][\w'’\-]+)?)"
)


def _towns_of(text: str, detection: Detection) -> list[str]:
    """The towns a detection names: a place itself, or the town after an address's postcode."""
    if detection.entity_type == "LOCATION":
        return [text[detection.start : detection.end]]
    if detection.entity_type == "ADDRESS":
        return [
            m.group(1) for m in _TOWN_AFTER_POSTCODE.finditer(text, detection.start, detection.end)
        ]
    return []


# English words no Italian sentence has, to trust an "en" guess on a short message ("buon
# viaggio in Italia a tutti" is not English)
_ENGLISH_WORDS = re.compile(
    r"(?<![\w'’])(?i:the|and|you|your|my|i'm|im|is|are|we|to|of|for|with|hi|hello|please|"
    r"thanks|thank|want|need|from|this|that|have|can)(?![\w'’])"
)


def _foreign_customer(messages: Sequence[Message], found: Sequence[TextDetections]) -> bool:
    """Round 35: whether the conversation's customer is foreign to the home country: they
    write English (an "en" guess with English words in it), name a foreign country or
    nationality of theirs (``customer_countries``, ``customer_demonyms``) or give a foreign
    phone."""
    for message, result in zip(messages, found, strict=True):
        if message.sender_role is not SenderRole.CUSTOMER:
            continue
        if result.language == "en" and _ENGLISH_WORDS.search(message.text):
            return True
        if any(True for _ in customer_countries(message.text)) or any(
            True for _ in customer_demonyms(message.text)
        ):
            return True
        # round 37: or give a phone of another country ("+34 612 48 93 07 whatsapp")
        if any(
            d.entity_type == "PHONE_NUMBER" and _FOREIGN_PREFIX.match(message.text, d.start, d.end)
            for d in result.detections
        ):
            return True
    return False


# a phone's international prefix other than the home country's ("+34 ...", "0044 ...")
_FOREIGN_PREFIX = re.compile(r"(?:\+|00)[ \t]?(?!39)[1-9]")


def _customer_id(messages: Sequence[Message]) -> str | None:
    for message in messages:
        if message.sender_role is SenderRole.CUSTOMER:
            return message.sender_id
    for message in messages:
        if message.recipient_id:
            return message.recipient_id
    return None


class _VariantMatcher:
    """Whole-word occurrences of name variants (folded), leftmost then longest, not
    overlapping: what a ``(?<!\\w)(?:longest|...|shortest)(?!\\w)`` pattern finds, without
    compiling one pattern per conversation."""

    def __init__(self, any_case: set[str], capital_only: set[str]) -> None:
        self._variants = tuple(v for v in any_case | capital_only if v)
        self._capital_only = frozenset(capital_only - any_case)

    def _paired(self, text: str, folded: str, start: int, end: int) -> bool:
        """Round 28: two names of the conversation joined by "e"/"and" before a plural verb of
        persons ("bianca e viola vengono alle 17?", "rose and hope are coming")."""
        after = _PAIR_NAME_AFTER.match(folded, end)
        if after is not None and after.group(1) in self._variants:
            return _PLURAL_PERSON_VERB.match(text, after.end()) is not None
        before = _PAIR_NAME_BEFORE.search(folded, max(0, start - 30), start)
        return (
            before is not None
            and before.group(1) in self._variants
            and _PLURAL_PERSON_VERB.match(text, end) is not None
        )

    def find(self, text: str, folded: str, recognizer: str) -> Iterator[Detection]:
        """PERSON detections in ``text`` (``folded`` is ``fold_same_length(text)``)."""
        candidates: list[tuple[int, int]] = []
        for variant in self._variants:
            start = folded.find(variant)
            while start >= 0:
                end = start + len(variant)
                if (start == 0 or not _word_char(folded[start - 1])) and (
                    end == len(folded) or not _word_char(folded[end])
                ):
                    candidates.append((start, -end))
                start = folded.find(variant, start + 1)
        cursor = 0
        for start, negative_end in sorted(candidates):
            if start < cursor:
                continue
            cursor = -negative_end
            if (
                folded[start:cursor] in self._capital_only
                and (not text[start].isupper() or _opens_sentence(text, start, cursor))
                and not _person_slot(text, start, cursor, signed=recognizer == "participant")
                and not self._paired(text, folded, start, cursor)
            ):
                continue
            if text[start].islower() and _THING_THE.search(text, max(0, start - 8), start):
                continue  # round 28: "the ivy on the facade" is the plant, not Ivy
            yield Detection(start, cursor, "PERSON", recognizer, 0.95)


_PAIR_NAME_AFTER = re.compile(r"[ \t]+(?:e|ed|and|&)[ \t]+(\w+)")
_PAIR_NAME_BEFORE = re.compile(r"(?<![\w])(\w+)[ \t]+(?:e|ed|and|&)[ \t]+$")
_PLURAL_PERSON_VERB = re.compile(
    r"[ \t]+(?:(?:non|not|ci|si|mi|ti|vi|ne|also|still|anche)[ \t]+)?(?i:vengono|verranno|arrivano|"
    r"arriveranno|escono|partono|tornano|entrano|stanno|vanno|andranno|possono|devono|vogliono|"
    r"hanno|fanno|giocano|dormono|mangiano|iniziano|cominciano|finiscono|sono[ \t]+(?:arrivat|"
    r"partit|tornat|uscit|andat|stat|malat|content|felic|pront)|are[ \t]+(?:coming|going|"
    r"arriving|leaving|staying|ready|sick|here|back)|come|arrive|leave|want|need|will|can|"
    r"have[ \t]+(?:to|been))(?![\w])"
)
# an English article right before a lowercase word: a thing ("the ivy", "the rose")
_THING_THE = re.compile(r"(?<![\w'’])(?i:the|an)[ \t]+$")


# round 24: where a name of the conversation that is also a word ("rosa", "Bianca", "Rose") is
# the person even lowercase or opening a sentence: after thanks or a greeting at the end of a
# clause ("grazie assaje rosa, ...", "ciao bianca!"), lowercase as the subject of a clause
# ("se bianca fa tardi"), and (a participant's own name) signing the message ("... sabato.
# rosa", "Rose x", "- bianca")
_GREETED = re.compile(
    r"(?i:\b(?:grazi+e+|grazi|grazzie+|thanks+|thank[ \t]+you|thx+|ciao|ciaoo+|salve|buongiorno|"
    r"buonasera|buonanotte|hi|hello|hey|cheers|bye|saluti)"
    r"(?:[ \t]+(?:mille|tante|tanto|assai|assaje|assaie|infinite|ancora|di[ \t]+cuore|davvero|"
    r"so[ \t]+much|a[ \t]+lot|again|lots|a|ad))?[ \t,!]*)$"
)
_CLAUSE_CLOSE = re.compile(r"[ \t]*(?:$|[,.;:!?)\n]|[^\w\s'’])")
# round 29: called out after a laugh or a surprise and exclaimed ("ahah marina!", "oh rosa?!",
# "wow bianca!")
_EXCLAIMED_BEFORE = re.compile(
    r"(?:^|[\s(])(?i:a*(?:ha)+h?|a+h+|o+h+|wow|lol|dai|ma[ \t]+dai|ehi|uh)[ \t,]*$"
)
_EXCLAIMED_AFTER = re.compile(r"[ \t]*[!?]")
_SUBORDINATE = re.compile(
    r"(?:^|[ \t,])(?i:se|quando|quindi|perché|perche|che|ma|e|poi|appena|finché|sennò|oppure|"
    r"if|when|and|but|so|because|once|until|"
    # round 27: an apology or a filler before the clause ("scusate viola non può più venire")
    r"scusa|scusate|scusi|sorry|purtroppo|allora|comunque|anyway|unfortunately)[ \t]+$"
)
_SIGN_BEFORE = re.compile(r"[\w)][ \t]*(?:[.!?]+|[^\w\s,;:'’()\-]+)[ \t]*(?:\n[ \t]*)*$|\n[ \t]*$")
_SIGN_AFTER = re.compile(r"[ \t]*(?:[-–—~][ \t]*)?(?i:x{1,4})?[ \t]*[^\w\s?]{0,6}[ \t]*$")
_SIGN_DASH = re.compile(r"(?:^|\n)[ \t]*[-–—~][ \t]*$")
_NOT_SUBJECT_TEXT = """
    è e' era sarà sarebbe sia sta stava va andava costa costava vale piace sembra resta rimane
    manca serve is was looks seems costs goes suits fits
    """
_NOT_SUBJECT_VERBS = frozenset(_NOT_SUBJECT_TEXT.split())
# round 35: "va" of a person going to do something or to someone ("felice va a prenderlo",
# "viola va dalla nonna"), not of a thing that suits ("rosa va bene")
_PERSON_GOES = re.compile(
    r"[ \t]+(?i:va|andava|andrà)[ \t]+(?:a[ \t]+[a-zà-ÿ]+(?:are|ere|ire|rlo|rla|rli|rle|rmi|rci|"
    r"rti|rvi|arsi|ersi|irsi)(?![\w])|(?:da|dalla|dal|dai|dalle|con)[ \t]+)"
)


def _subject_verb(text: str, end: int, after: str) -> bool:
    """Whether the verb after a lowercase word-name is one a person does (see
    ``_NOT_SUBJECT_VERBS`` and ``_PERSON_GOES``)."""
    return after not in _NOT_SUBJECT_VERBS or _PERSON_GOES.match(text, end) is not None


def _person_slot(text: str, start: int, end: int, *, signed: bool) -> bool:
    """Whether a name of the conversation that is also a word stands where only a person
    does (see ``_GREETED``)."""
    before = text[max(0, start - 40) : start]
    if _GREETED.search(before) and _CLAUSE_CLOSE.match(text, end):
        return True
    if _EXCLAIMED_BEFORE.search(before) and _EXCLAIMED_AFTER.match(text, end):
        return True
    if text[start].islower() and _SUBORDINATE.search(before) and subject_follows(text, end):
        following = _NEXT_WORD.match(text, end)
        return following is None or _subject_verb(text, end, following.group(1).lower())
    if text[start].islower() and _lower_person_slot(text, start, end, before):
        return True
    if text[start].isupper() and _opens_sentence(text, start, end) and _verb_opens(text, end):
        return True
    if signed and len(text) - end <= 12 and (after := _SIGN_AFTER.match(text, end)):
        if _SIGN_DASH.search(before):
            return True
        # a closing formula before it, or the kiss after it ("Rose x"): not the answer to a
        # question of colours ("la maglia. rosa")
        kissed = "x" in after.group(0).lower()
        return bool(_SIGN_BEFORE.search(before)) and (
            kissed or _CLOSING.search(text, max(0, start - 120), start) is not None
        )
    return False


# Round 27. A conversation's name that is also a word, lowercase, where a colour or a thing
# does not stand: after a preposition or a conjunction that introduces a person ("la mail di
# viola è", "x bianca la intestate", "tranne rosa che vuole", "e bianca quella bianca") with a
# verb, a clitic, "che" or a pronoun after it; or opening a clause before a verb of a person
# ("🙏 viola è emozionatissima", "occhiali, viola vuole la montatura viola"). Not after an
# article or a noun ("la montatura viola", "il rosa antico").
_PERSON_PREPOSITION = re.compile(
    r"(?:^|[\s,(])(?i:di|x|per|tranne|con|da|anche|pure|"
    # round 27: a booking for someone ("segno rosa alle 10", "prenoto viola per sabato")
    r"segno|prenoto|iscrivo|metto|"
    # round 28: someone to pick up or take ("venire a prendere stella, viene il papà")
    r"(?:a|ad|venire|passo|passare|vengo|andare)[ \t]+(?:prendere|riprendere|accompagnare|"
    r"ritirare))[ \t]+$"
)
# weaker: a colour goes after these too ("rosa e viola"), so only a pronoun or a verb after
_PERSON_CONJUNCTION = re.compile(r"(?:^|[\s,(])(?i:e|che|tipo|sia|oppure|o)[ \t]+$")
_AFTER_CONJUNCTION_TEXT = "quella quello lei lui invece che too anche pure"
_AFTER_CONJUNCTION = frozenset(_AFTER_CONJUNCTION_TEXT.split())
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,.;:!?\n]|[^\w\s'’,.;:!?()])[ \t]*"
    # round 31: after an interjection that opens the clause ("ah viola dimentica sempre")
    r"(?:(?i:ah|oh|eh|beh|mah|boh|dai|ok|okay|cmq|comunque|anyway|well|lol|haha|ahah)"
    r"[ \t]*,?[ \t]+)?$"
)
# round 31: a kin word used as a title, before the name it goes with ("e nonno felice vuole",
# "zia rosa arriva"); not after an article ("il nonno felice": a happy grandfather)
_KIN_TITLE_BEFORE = re.compile(
    r"(?:^|[\s,(])(?<!il )(?<!un )(?<!lo )(?<!the )(?<!a )"
    r"(?i:nonno|nonna|zio|zia|zii|cugino|cugina|mamma|papà|fratello|sorella|uncle|aunt|auntie|"
    r"grandma|grandpa|granny|nonnino|nonnina)[ \t]+$"
)
# round 36: called on to do something, an Italian command after the name ("salvo scrivi tu",
# "viola chiamami")
_CALLED_TO_DO = re.compile(
    r"[ \t]*,?[ \t]+(?i:scrivi|scrivigli|scrivile|chiama|chiamami|chiamala|chiamalo|dimmi|"
    r"rispondi|rispondimi|vieni|mandami|mandagli|aiutami|pensaci|spiegagli|spiegale|"
    r"controlla|paga|pagalo|fallo|falla)(?:[ \t]+(?i:tu|te))?(?![\w])"
)
_AFTER_PERSON_TEXT = """
    che quella quello lei lui invece la lo le gli ci mi ti vi si ne è e' ha sono eh ok pls
    please lol
"""
_AFTER_PERSON = frozenset(_AFTER_PERSON_TEXT.split())
_PERSON_STATE = re.compile(
    # (round 37: also chat's "e" for "è", "gioia e un po timida")
    r"[ \t]+(?:è|e'|e)[ \t]+"
    r"(?i:(?:molto|tanto|troppo|così|cosi|super|già|gia|proprio|un[ \t]+po['’]?)[ \t]+)?"
    r"(?i:emozionat|content|felic|stanc|malat|incint|nat[oa]\b|arrivat|tornat|uscit|andat|"
    r"partit|guarit|agitat|preoccupat|entusiast|innamorat|impazient|trist|pront|a[ \t]+casa|"
    r"in[ \t]+(?:ritardo|vacanza|ospedale|viaggio|ferie|malattia)|dispiaciut|gasat|carichissim|"
    r"curios|rimast|stat[oa]\b|ricoverat|operat|a[ \t]+scuola|al[ \t]+lavoro|dal[ \t]+medico|@|"
    # round 36: a diet or an allergy ("ile è vegana")
    r"vegan[oa]|vegetarian[oa]|celiac[oa]|allergic[oa]|intollerante|"
    # round 37: a child's character ("gioia e un po timida")
    r"timid|vivac|tranquill|timidon|chiacchieron)"
    # English: "summer is sick", "grace is running late", "bill is 80", "will's tall"
    r"|(?:[ \t]+(?:is|was)|['’]s)[ \t]+(?i:(?:so|very|really|still|a[ \t]+bit)[ \t]+)?"
    r"(?i:sick|ill|late|running|coming|going|away|off|on[ \t]+holiday|in[ \t]+hospital|"
    r"at[ \t]+(?:school|work|home)|tall|allergic|vegetarian|vegan|pregnant|busy|free|"
    r"available|back|excited|happy|upset|better|feeling|\d{1,2}\b)"
)
# round 27: English modals and auxiliaries asking about a person ("can rose call me back?",
# "does will need a form?"): a verb's base form after the name
_MODAL_BEFORE = re.compile(r"(?:^|[\s,])(?i:can|could|would|should|does|did|will|may|might)[ \t]+$")
# introducing oneself or someone in English ("hi i'm joy 🙂", "it's mark from the dinner")
_INTRO_BEFORE = re.compile(r"(?:^|[\s,])(?i:i['’]m|i[ \t]+am|it['’]s|this[ \t]+is)[ \t]+$")
_INTRO_AFTER = re.compile(r"[ \t]*(?:$|[,.;:!?)\n]|[^\w\s'’]|(?i:from|here)(?![\w]))")
# a person's possessive ("grace's classes") or a pair of subjects ("rose and I come")
_POSSESSIVE_AFTER = re.compile(r"['’]s[ \t]+[a-z]")
_PAIR_AFTER = re.compile(r"[ \t]+(?i:and[ \t]+I|e[ \t]+io)(?![\w])")


_OBJECT_AFTER_MODAL = frozenset({"be", "have", "do", "go", "get"})


# round 35: a German verb of a third person, as German-speaking customers write a sentence of
# their own ("Mia spricht ein bisschen Italienisch")
_GERMAN_THIRD_PERSON = frozenset(
    {
        "spricht", "ist", "hat", "kommt", "kann", "will", "möchte", "geht", "braucht", "wohnt",
        "heißt", "heisst", "spielt", "macht", "liebt", "fährt", "schläft", "isst", "lernt",
        "wird", "war", "hatte", "mag", "bleibt", "arbeitet", "holt", "bringt",
    }
)  # fmt: skip


def _verb_opens(text: str, end: int) -> bool:
    """Whether a verb of a person follows a conversation's name opening a sentence: a third
    person's ("Rosa vuole", "Hope sends") or, round 27, an English verb's base form that is no
    noun, as non-native writers write it ("Hope arrive friday night")."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1).lower()
    if word in _NOT_SUBJECT_VERBS:
        return False
    if subject_follows(text, end) or word in _GERMAN_THIRD_PERSON:
        return True
    verbs, nouns = english_verbs_and_nouns()
    return word in verbs and word not in nouns and len(word) > 3


def _lower_person_slot(text: str, start: int, end: int, before: str) -> bool:
    """Whether the lowercase word at ``text[start:end]`` stands where only a person does (see
    ``_PERSON_PREPOSITION``)."""
    following = _NEXT_WORD.match(text, end)
    after = following.group(1).lower() if following else ""
    if _POSSESSIVE_AFTER.match(text, end) or _PAIR_AFTER.match(text, end):
        return True
    if _INTRO_BEFORE.search(before):
        return _INTRO_AFTER.match(text, end) is not None
    if _MODAL_BEFORE.search(before):
        return after in english_verbs_and_nouns()[0] and after not in _OBJECT_AFTER_MODAL
    if _KIN_TITLE_BEFORE.search(before):
        return True
    surname = _SURNAME_AFTER.match(text, end)
    if surname and _surname_word(surname.group(1)):
        return True  # round 36: "lei si chiama Rosa, rosa Pellacani"
    if _PERSON_PREPOSITION.search(before):
        return (
            after in _AFTER_PERSON
            or subject_follows(text, end)
            or (not after and _CLAUSE_CLOSE.match(text, end) is not None)
        )
    if _PERSON_CONJUNCTION.search(before):
        return after in _AFTER_CONJUNCTION or (
            subject_follows(text, end) and _subject_verb(text, end, after)
        )
    if _CLAUSE_OPENING.search(before) or _GREETED.search(before):
        if _PERSON_STATE.match(text, end) or _CALLED_TO_DO.match(text, end):
            return True
        return subject_follows(text, end) and _subject_verb(text, end, after)
    return False


# round 36: a surname right after the word: the word is its first name ("rosa Pellacani")
_SURNAME_AFTER = re.compile(r"[ \t]+([A-ZÀ-Ý][a-zà-ÿ]{2,20})(?![\w'’])")


def _surname_word(word: str) -> bool:
    """Whether ``word`` is a surname and no everyday word, first name or place."""
    lexicon = load_lexicon()
    return (
        lexicon.is_surname(word)
        and not lexicon.is_word(word)
        and not lexicon.is_first(word)
        and not known_place(word)
    )


_CLOSING = re.compile(
    r"(?i:\b(?:grazie|grazi+e+|ci[ \t]+vediamo|ci[ \t]+sentiamo|a[ \t]+presto|a[ \t]+dopo|saluti|"
    r"baci|un[ \t]+abbraccio|buona[ \t]+(?:giornata|serata|domenica)|thanks|thank[ \t]+you|"
    r"see[ \t]+you|cheers|love|bye|best|regards)\b)"
)


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# a word spelt out letter by letter, one separator throughout ("K-E-A-L-E-Y", "R O S S I")
_SPELT = re.compile(
    r"(?<![\w.-])[A-Za-z](?P<sep>[ \t]?[-.][ \t]?|[ \t])[A-Za-z](?:(?P=sep)[A-Za-z]){1,}(?![\w-])"
)
_NEAR_MIN = 5  # shorter names have too many one-letter neighbours among everyday words


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


class _NearNames:
    """A conversation's names as they are misspelt (one letter off, capitalised, mid-sentence,
    no everyday word: "Espositi" after "Esposito") or spelt out letter by letter."""

    def __init__(
        self, names: set[str], lexicon: NameLexicon, spelt: set[str] | None = None
    ) -> None:
        self._names = frozenset(n for n in names if " " not in n and len(n) >= 3)
        self._spelt = self._names | frozenset(
            fold(n) for n in spelt or () if " " not in n and len(n) >= 4
        )
        self._long = [n for n in self._names if len(n) >= _NEAR_MIN]
        # the long names by first letter: only those can be one letter off a candidate
        self._long_by_first: dict[str, list[str]] = {}
        for name in self._long:
            self._long_by_first.setdefault(name[0], []).append(name)
        self._lexicon = lexicon

    def find(self, text: str, folded: str) -> Iterator[Detection]:
        if not self._spelt:
            return
        for match in _SPELT.finditer(text):
            letters = fold(match.group(0).replace(match.group("sep"), ""))
            if letters in self._spelt:
                yield Detection(match.start(), match.end(), "PERSON", "carry-forward", 0.9)
        # only a capitalised word can be a near name: ``islower`` is true only when no
        # character of the text is upper case
        if not self._long or text.islower():
            return
        lexicon = self._lexicon
        for match in WORD.finditer(text):
            word = match.group(0)
            if len(word) < _NEAR_MIN or not word[0].isupper() or word[1:] != word[1:].lower():
                continue
            candidate = folded[match.start() : match.end()]
            if candidate in self._names:
                continue
            if not any(_one_edit(candidate, n) for n in self._long_by_first.get(candidate[0], ())):
                continue
            if _opens_sentence(text, match.start(), match.end()):
                continue
            if lexicon.is_common(word) or lexicon.is_word(word, endings=False, english=False):
                continue
            if fold(word) in lexicon.english or fold(word) in lexicon.italian:
                continue
            yield Detection(match.start(), match.end(), "PERSON", "carry-forward", 0.85)


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word opens a sentence and a lowercase word follows ("Will you...",
    "Costa ancora 49 euro?"): its capital says nothing, so a name that is also a word is not
    re-found there (the detector still finds "Rosa speaking", "Grace here")."""
    before = text[max(0, start - 3) : start].rstrip()
    if before and before[-1] not in ".!?\n":
        return False
    after = text[end : end + 2]
    if not (after[:1] == " " and after[1:2].islower()):
        return False
    # a person's verb after it ("Bill gets seasick", "Rosa dice che ..."): the name as subject
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1).lower() in _SUBJECT_VERBS:
        return False
    # a third person's finite verb, "non"/a clitic + one, an auxiliary ("Bianca firma il
    # modulo", "Aurora non vede l'ora"; never "Bianca o nera?", "Costa ancora 49 euro")
    return not subject_follows(text, end)


_NEXT_WORD = re.compile(r" ([a-zà-ÿ’']+)")
# Verbs of a third person, after a name opening a sentence; never after "Will"/"Bill" the verbs
# or nouns ("Will you ...", "Bill me later", "Costa ancora").
_SUBJECT_VERBS = SUBJECT_VERBS | {
    "gets",
    "got",
    "wants",
    "thinks",
    "knows",
    "loves",
    "likes",
    "needs",
    "does",
    "doesn't",
    "isn't",
    "wasn't",
    "can't",
    "won't",
    "would",
    # the writer introducing themself ("Hope here from room 12", "Rosa qui, ...")
    "here",
    "qui",
    # a person who can, must or already did something ("June può mandarci le misure", "Hope
    # already paid", "Rosa porta i documenti")
    "può",
    "potrà",
    "potrebbe",
    "dovrà",
    "porta",
    "manda",
    "paga",
    "lavora",
    "insegna",
    "already",
    "just",
    "also",
    "can",
    "could",
    "paid",
    "called",
    "booked",
    "sent",
    "teaches",
    "works",
    "came",
    "arrived",
}


# Trades and roles written in a display name or a signature beside the person's name ("Beppe
# Idraulico", "Marta - Studio Bosio", "Ada Ruiz Photo", "my advisor"), folded: carried only
# capitalised, never as the lowercase word ("l'idraulico di sotto").
_TRADE_WORDS = frozenset(
    [
        "idraulico",
        "elettricista",
        "muratore",
        "imbianchino",
        "falegname",
        "fabbro",
        "meccanico",
        "giardiniere",
        "parrucchiere",
        "parrucchiera",
        "estetista",
        "fotografo",
        "fotografa",
        "foto",
        "geometra",
        "commercialista",
        "tecnico",
        "impianti",
        "impresa",
        "edilizia",
        "costruzioni",
        "traslochi",
        "studio",
        "photo",
        "photos",
        "photography",
        "design",
        "travels",
        "plumber",
        "electrician",
        "builder",
        "builders",
        "painter",
        "carpenter",
        "mechanic",
        "gardener",
        "hairdresser",
        "photographer",
        "advisor",
        "adviser",
        "tutor",
        "coach",
        "makeup",
        "nails",
        "beauty",
        "fitness",
    ]
)
# Titles and honorifics that a detected span may hold; never carried as a name (folded).
_TITLES = frozenset(
    [
        "dr",
        "dott",
        "dottor",
        "dottore",
        "dottoressa",
        "ssa",
        "avv",
        "avvocato",
        "avvocatessa",
        "prof",
        "professor",
        "professore",
        "professoressa",
        "ing",
        "ingegnere",
        "sig",
        "sigra",
        "signor",
        "signore",
        "signora",
        "signorina",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "madam",
        "doctor",
        "geom",
        "rag",
        "arch",
    ]
)


# The local part of an e-mail address made of a first name and a surname ("june.baker",
# "tom_okafor84"): the two words of the name.
_EMAIL_NAME = re.compile(r"([a-zà-ÿ]{3,20})[._-]([a-zà-ÿ]{2,25})\d{0,4}@", re.IGNORECASE)
_HANDLE_NAME = re.compile(r"@?([a-zà-ÿ]{3,20})[._-]([a-zà-ÿ]{2,25})(?:[._\-\d]|$)", re.IGNORECASE)


def email_name(address: str, lexicon: NameLexicon, *, handle: bool = False) -> list[str]:
    """The person's name an e-mail address or a handle spells ("june.baker@example.org",
    "@june.baker.art" -> "June Baker"): a known first name, then a surname or a word no
    dictionary knows; nothing for the addresses of an office ("info.shop@",
    "ufficio.vendite@")."""
    match = (_HANDLE_NAME if handle else _EMAIL_NAME).match(address.strip())
    if match is None:
        return []
    first, last = match.group(1), match.group(2)
    if not lexicon.is_first(first) or lexicon.is_common(last):
        return []
    if not (lexicon.is_surname(last) or not lexicon.is_word(last, endings=False)):
        return []
    return [f"{first.capitalize()} {last.capitalize()}"]


def _after_title(text: str, start: int) -> bool:
    """Whether a title or an honorific comes right before ``start`` ("il signor X", "Mrs X")."""
    before = _WORD_BEFORE_TITLE.search(text, max(0, start - 24), start)
    return before is not None and fold(before.group(1)) in _TITLES


_WORD_BEFORE_TITLE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")


def _initials(surface: str) -> bool:
    """Two or three letters signing a message ("RO", "gb"); a capitalised three-letter word is
    a name (round 35: "Mia", "Eva", "Leo" are carried like longer names)."""
    if len(surface) == 3 and surface.istitle():
        return False
    return surface.isalpha() and len(surface) <= 3


def _word_char(char: str) -> bool:
    """What ``\\w`` matches in a str pattern."""
    return char.isalnum() or char == "_"


def _widen(
    detections: list[Detection], roles: dict[int, str], tokens: list[Detection]
) -> tuple[list[Detection], dict[int, str]]:
    """``detections`` with each of ``tokens`` in place of what lies inside it; a token that
    another detection crosses is left out."""
    kept = [
        t
        for t in tokens
        if not any(
            d.start < t.end and t.start < d.end and (d.start < t.start or d.end > t.end)
            for d in detections
        )
    ]
    if not kept:
        return detections, roles
    inside = [d for d in detections if any(t.start <= d.start and d.end <= t.end for t in kept)]
    out = [d for d in detections if d not in inside] + kept
    out.sort(key=lambda d: d.start)
    gone = {d.start for d in inside} - {t.start for t in kept}
    return out, {
        start: role
        for start, role in roles.items()
        if start not in gone and not any(t.start == start for t in kept)
    }


def _merge(
    names: list[Detection], detections: list[Detection], role_of: Callable[[Detection], str]
) -> tuple[list[Detection], dict[int, str]]:
    """Structured identifiers first, then the longest names; a name that covers a participant
    takes the participant's role, and a place inside a participant's name gives way to it.
    Returns the detections and the role by start offset."""
    kept = SpanSet()
    participants = [d for d in names if d.recognizer == "participant"]
    for detection in detections:
        if detection.entity_type == "LOCATION" and any(
            p.start < detection.end and detection.start < p.end for p in participants
        ):
            continue  # a participant's surname that is also a town ("Wen Feng", "Nara Kobayashi")
        if detection.entity_type != "PERSON":
            kept.add_if_free(detection)
    persons = names + [d for d in detections if d.entity_type == "PERSON"]
    roles: dict[int, str] = {}
    resolved = resolve_overlaps(persons)
    # a shorter name inside a longer one that a place or an identifier blocks (the carried
    # "Maestra Dall'Olio" over the place "Maestra"): the shorter one still counts
    blocked = [d for d in persons if d not in resolved and kept.free(d)]
    blocked.sort(key=lambda d: (-(d.end - d.start), d.start))
    for candidate in [*resolved, *blocked]:
        if kept.add_if_free(candidate):
            inside = [
                p for p in participants if p.start < candidate.end and candidate.start < p.end
            ]
            if inside:
                roles[candidate.start] = role_of(inside[0])
    return kept.items(), roles


def _recognizers_of(analyzer: AnalyzerEngine) -> list[str]:
    """``name (language)`` of every recognizer of a Presidio analyzer."""
    return sorted(
        f"{recognizer.name} ({language})"  # type: ignore[has-type]
        for language in analyzer.supported_languages
        for recognizer in analyzer.get_recognizers(language)
    )


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"
