"""Places: a gazetteer of Italian localities (Faker's it_IT data, MIT), the cities of more Faker
locales and its geo data (``faker_cities.txt``) and a hand list of English-speaking towns.

A place that is also a common word or a first name ("Reading", "Split", "Aurora") is kept in the
gazetteer with a leading ``?``: it counts only after a cue ("in", "from", "vivo a", "based in").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

import phonenumbers

from privacy.recognizers.names import WORD, NameLexicon, fold, load_lexicon
from privacy.recognizers.text import MONTH_NAMES, WEEKDAY_NAMES, strip_accents
from privacy.types import Detection

MAX_WORDS = 4


def product_words() -> frozenset[str]:
    """Product categories: a place or name beside one is a product line ("tavolino Como")."""
    text = resources.files("privacy.data").joinpath("product_words.txt").read_text(encoding="utf-8")
    text = text.split("\n# Brands", 1)[0].split("\n# Weak categories", 1)[0]
    return frozenset(
        word.lower() for line in text.splitlines() if line[:1] != "#" for word in line.split()
    )


def weak_product_words() -> frozenset[str]:
    """Categories also said of a person's things ("la carta Ferraro", "olio Cosimo"): beside
    one only a brand or a word that no name list knows is a product, and never a town."""
    text = resources.files("privacy.data").joinpath("product_words.txt").read_text(encoding="utf-8")
    text = text.split("\n# Brands", 1)[0]
    if "\n# Weak categories" not in text:
        return frozenset()
    text = text.split("\n# Weak categories", 1)[1].split("\n", 1)[1]  # after the header line
    return frozenset(
        word.lower() for line in text.splitlines() if line[:1] != "#" for word in line.split()
    )


PRODUCT_WORDS = product_words()
WEAK_PRODUCT_WORDS = weak_product_words()


def brand_words() -> frozenset[str]:
    """The "# Brands" section of ``product_words.txt``: the words after one name its model
    ("Lancia Musa", "Motorola Razr"); the words before it may be a person ("Aoife Dyson")."""
    text = resources.files("privacy.data").joinpath("product_words.txt").read_text(encoding="utf-8")
    brands: set[str] = set()
    inside = False
    for line in text.splitlines():
        if line[:1] == "#":
            inside = line.startswith("# Brands")
        elif inside:
            brands.update(word.lower() for word in line.split())
    return frozenset(brands)


BRAND_WORDS = brand_words()


@lru_cache(maxsize=1)
def _unambiguous_brands() -> frozenset[str]:
    """Brands that are no first name, surname or common word ("Ford", "Kia", "Smart" are)."""
    lexicon = load_lexicon()
    return frozenset(
        brand
        for brand in BRAND_WORDS
        if not (
            lexicon.is_first(brand.title())
            or lexicon.is_surname(brand.title())
            or lexicon.is_common(brand)
        )
    )


CUE_ONLY = "?"
# Also a place in lowercase after a cue ("vivo a milano", "based in galway").
LOWERCASE = "~"
# A town named like an everyday Italian word ("Rima", "Fondi"): a place only capitalised after
# "a", "ad" or "da" that follow an Italian word ("salire a Rima", "vengo da Fondi").
EVERYDAY = "!"
_EVERYDAY_CUES = frozenset({"a", "ad", "da"})
# A small town named like an English lemma ("Hackney", "Airport", "Landing"): a place only after
# a cue and where its name ends ("a supper club in Hackney 👋"; not "in Airport terminal").
ENGLISH_CUE = "%"
# The word right before a cue-only place ("live in", "vivo a", "based in", "near", "da").
PLACE_CUES = frozenset(
    {
        "in",
        "from",
        "a",
        "ad",
        "da",
        "di",
        "near",
        "to",
        "at",
        "around",
        "outside",
        "vicino",
        "presso",
        # round 32: where one lives without "a", as foreigners write it ("io abito Oderzo")
        "abito",
        "abita",
        "abitiamo",
        "abitano",
    }
)


# The gazetteer built for a lexicon, by identity (the detector, the addresses and the product
# filters ask for it; the lexicon is held so that its id is not reused).
_GAZETTEERS: dict[int, tuple[NameLexicon, frozenset[str]]] = {}


def load_gazetteer(lexicon: NameLexicon) -> frozenset[str]:
    """Folded place names; those that are also a common word or a first name start with ``?``,
    and well-known ones are repeated with a leading ``~`` (also found in lowercase after a cue)."""
    cached = _GAZETTEERS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    if len(_GAZETTEERS) >= 4:
        _GAZETTEERS.clear()
    gazetteer = _build_gazetteer(lexicon)
    _GAZETTEERS[id(lexicon)] = (lexicon, gazetteer)
    return gazetteer


def _build_gazetteer(lexicon: NameLexicon) -> frozenset[str]:
    from faker.providers.address.it_IT import Provider as ItalianAddress

    # Provinces, regions, counties, states and the lists' cities are well known: also found in
    # lowercase after a cue.
    known = [*ItalianAddress.states, *regions()]
    for source in ("cities.txt", "faker_cities.txt"):
        known.extend(data_lines(source))
    words = place_words()
    places: dict[str, bool] = {}
    lowercase: set[str] = set()
    for name in [*ItalianAddress.cities, *known]:
        marked = name.startswith(CUE_ONLY)
        folded = " ".join(fold(word) for word in WORD.findall(name))
        if len(folded) < 3:
            continue
        ambiguous = marked or folded in lexicon.common or folded in lexicon.first_names
        if len(folded) < 4 and " " not in folded:
            ambiguous = True
        places[folded] = places.get(folded, False) or ambiguous
    for name in known:
        folded = " ".join(fold(word) for word in WORD.findall(name))
        if folded in places and not places[folded] and folded not in words:
            lowercase.add(LOWERCASE + folded)
    everyday: set[str] = set()
    _add_geonames(places, lexicon, everyday)
    for folded in neighbourhoods(lexicon).alone:
        places.setdefault(folded, False)  # a town of the lists says how it counts
    cue_only = {CUE_ONLY + place if cue else place for place, cue in places.items()}
    english = {place for place in everyday if place[:1] == ENGLISH_CUE}
    italian = {EVERYDAY + place for place in everyday - english - set(places)}
    english = {place for place in english if place[1:] not in places}
    return frozenset(cue_only | lowercase | italian | english)


# Marks a place of 100,000 inhabitants or more in ``geonames_places.txt``.
_LARGE = "^"


def _add_geonames(places: dict[str, bool], lexicon: NameLexicon, worded: set[str]) -> None:
    """Towns of GeoNames and the Italian comuni (``geonames_places.txt``, built by
    ``scripts/build_places.py``), never in lowercase without a cue. The lists of Faker say
    first how a name they hold counts. A brand, and a town of one word that is a first name, a
    surname, an everyday Italian or English word, a month or a product category, is left out (a
    small place nobody knows: "la borsa di Martina", "lavoro in Comune"). One of the English
    dictionary's lemmas, which hold words, towns and districts ("Front", "Lyon", "Hackney"),
    counts only after a cue ("she's from Lyon"), as does a phrase of everyday words ("Bella
    Vista"); a small one (not ``^``) goes to ``worded`` marked ``ENGLISH_CUE``: also where its
    name ends ("a supper club in Hackney"; not "in Airport terminal"). The others count also
    alone ("Jonas Becker, Freiburg").
    A town of one everyday Italian word ("Rima", "Fondi") goes to ``worded``: a place only
    capitalised after an Italian "a"/"da" (``EVERYDAY``)."""
    brands, _ = well_known_brands()
    for name in data_lines("geonames_places.txt"):
        marked = name.startswith(CUE_ONLY)
        large = _LARGE in name[:2]
        # folded by line, not by ``fold``: its cache is for the words of the messages
        parts = WORD.findall(strip_accents(name).lower().replace("’", "'"))
        folded = " ".join(parts)
        if len(folded) < 3 or folded in places:  # Faker's lists say how theirs count
            continue
        # a town named like a person is left to the name rules, even after a cue: "la borsa di
        # Martina", "il divano di Rossi" name people, and a place beside a product is kept
        if len(parts) == 1 and (
            folded in lexicon.first_names
            or folded in lexicon.foreign_first
            or folded in lexicon.word_names
            or folded in lexicon.surnames
            or folded in lexicon.foreign_surnames
        ):
            continue
        if len(parts) > 1:
            # a phrase is a place unless every word is an everyday one, at least one of them
            # beyond the English lemmas, which also hold names ("Wild Rose"; not "Byron Bay")
            everyday = [
                part in lexicon.common
                or part in lexicon.dictionary
                or part in lexicon.italian
                or part in _PLACE_HEADS
                for part in parts
            ]
            ambiguous = marked or (
                any(everyday)
                and all(
                    word or part in lexicon.english
                    for word, part in zip(everyday, parts, strict=True)
                )
            )
        elif (
            marked
            or len(folded) < 4
            or folded in lexicon.common
            or folded in lexicon.dictionary
            or folded in lexicon.italian
            or folded in _PLACE_HEADS
            or folded in PRODUCT_WORDS
            or folded in BRAND_WORDS
        ):
            if (
                not (marked or len(folded) < 4)
                and folded in lexicon.italian
                and folded not in lexicon.common
                and folded not in _PLACE_HEADS
                and folded not in PRODUCT_WORDS
                and folded not in BRAND_WORDS
                and folded not in brands
            ):
                worded.add(folded)
            continue  # an everyday word, a month, a category: a small place nobody knows
        elif folded in lexicon.english:
            # the English lemmas hold words ("Front", "Normal") and the big cities ("Lyon"):
            # a place only after a cue ("a supper club in Hackney", "she's from Lyon"); a
            # country is where someone comes from, not who
            if folded in countries():
                continue
            if not large:
                worded.add(ENGLISH_CUE + folded)
                continue
            ambiguous = True
        else:
            ambiguous = False
        if folded not in brands:
            places[folded] = ambiguous


# The twenty Italian regions (ISTAT), in Italian and in English where it differs.
_ITALIAN_REGIONS = (
    "Abruzzo",
    "Basilicata",
    "Calabria",
    "Campania",
    "Emilia-Romagna",
    "Friuli-Venezia Giulia",
    "Lazio",
    "Liguria",
    "Lombardia",
    "Lombardy",
    "Marche",
    "Molise",
    "Piemonte",
    "Piedmont",
    "Puglia",
    "Apulia",
    "Sardegna",
    "Sardinia",
    "Sicilia",
    "Sicily",
    "Toscana",
    "Tuscany",
    "Trentino-Alto Adige",
    "Umbria",
    "Valle d'Aosta",
    "Veneto",
)


def regions() -> list[str]:
    """Italian regions, Irish counties (Faker en_IE) and US states (Faker en_US)."""
    from faker.providers.address.en_IE import Provider as IrishAddress
    from faker.providers.address.en_US import Provider as USAddress

    return [*_ITALIAN_REGIONS, *IrishAddress.counties, *USAddress.states]


@lru_cache(maxsize=1)
def big_towns() -> frozenset[str]:
    """Folded one-word names of the Italian provinces' capitals and of the big cities of
    ``cities.txt`` (English-speaking ones, and the Italian names of the big foreign cities:
    "londra", "parigi") that are no everyday Italian word, no first name, brand or product word:
    a place also in lowercase without a cue ("si genova, poi ..."). Abroad no English lemma
    either: the lemmas hold the cities ("london") with the words ("cork", "oxford")."""
    from faker.providers.address.it_IT import Provider as ItalianAddress

    lexicon = load_lexicon()
    brands, _ = well_known_brands()
    words = place_words()
    names = [(name, True) for name in ItalianAddress.states]
    names += [(name, False) for name in data_lines("cities.txt")]
    big = set()
    for name, capital in names:
        folded = strip_accents(name).lower()
        if not folded.isalpha() or len(folded) < 4:
            continue  # a phrase, or a place marked as a common word ("?bath")
        if (
            # an Italian noun or adjective ("bari", "lodi", "prato"); abroad any everyday word
            # and any English lemma ("cork", "oxford")
            folded in lexicon.italian
            or (not capital and (lexicon.is_word(folded) or folded in lexicon.english))
            or lexicon.is_first(folded)
            or folded in lexicon.word_names
            or folded in brands
            or folded in words
            or folded in PRODUCT_WORDS
        ):
            continue
        big.add(folded)
    return frozenset(big)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Places that are everyday words in lowercase (``place_words.txt``)."""
    return frozenset(word for line in data_lines("place_words.txt") for word in line.split())


def data_lines(name: str) -> list[str]:
    text = resources.files("privacy.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()[:1] not in ("", "#")]


_FIRST_WORDS: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}


def _first_words(gazetteer: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """First words of the places, and of those also found in lowercase; cached by identity:
    looking an equal but distinct gazetteer up in an ``lru_cache`` compares all its names on
    every call."""
    cached = _FIRST_WORDS.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        if len(_FIRST_WORDS) >= 4:
            _FIRST_WORDS.clear()
        listed = neighbourhoods(load_lexicon())
        cached = (
            gazetteer,
            frozenset(
                place.lstrip(CUE_ONLY + LOWERCASE + EVERYDAY + ENGLISH_CUE).split()[0]
                for place in gazetteer
            )
            | listed.first_words,
            frozenset(place[1:].split()[0] for place in gazetteer if place[0] == LOWERCASE)
            | frozenset(place.split()[0] for place in listed.lowercase),
        )
        _FIRST_WORDS[id(gazetteer)] = cached
    return cached[1], cached[2]


# Where someone lives or moves: the capitalised words after it are a place even when unknown
# ("I live in Swindon", "vivo a Castelnuovo").
# Also where someone is staying or comes from ("staying in", "greetings from", "I'm from",
# "sono in vacanza a", "mi trovo a", "vengo da", "saluti da").
RESIDENCE = re.compile(
    r"(?<![\w])(?:(?i:live|lives|living|based|located|moved|moving|relocated|relocating|"
    r"staying|stay|stayed|holidaying|vacationing|honeymooning)\s"
    r"(?i:in|to|near|outside|just outside|at)"
    r"|(?i:greetings|regards|hello|hi|cheers|love)\s(?i:from)"
    # home is where someone lives ("back home in Geelong", "a casa a Matera")
    r"|(?i:home|casa)\s(?i:in|a)"
    r"|(?i:i'm|i’m|i am|we're|we’re|we are|originally|currently)\s(?i:from|in)"
    r"|(?i:vivo|abito|abitiamo|viviamo|risiedo|residente|trasferit[oaie])\s(?i:a|ad|in|vicino a)"
    r"|(?i:sto|stiamo|mi trovo|ci troviamo|vengo|veniamo|sono in vacanza|siamo in vacanza)"
    r"\s(?i:a|ad|da|in)"
    r"|(?i:saluti|un saluto|ciao)\s(?i:da)|(?i:sono|siamo)\s(?i:originari[oaie]\s)?(?i:di)"
    # where someone was born, grew up, works or studied ("nato a Kumasi", "grew up in Tralee",
    # "ho lavorato a Lisbona", "five years' experience between Oporto and Cádiz")
    r"|(?i:born|raised|grew up|brought up)\s(?i:in|at)"
    r"|(?i:nat[oaie]|cresciut[oaie])\s(?i:a|ad|in)"
    r"|(?i:worked|working|taught|teaching|studied|studying)\s(?i:in|at)"
    r"|(?i:lavorato|lavoravo|insegnato|insegnavo|studiato|studiavo)\s(?i:a|ad|in)"
    r"|(?i:esperienza|esperienze|experience)\s(?i:a|ad|in|tra|fra|between|at)"
    # where someone's own school, work or family is ("my university in Sendai")
    r"|(?i:my|our|mia|mio|mie|miei|nostra|nostro)\s[a-zà-ÿ]{3,20}\s(?i:in|at|a|ad))"
    # a hyphenated town goes whole ("Kingsbury-upon-Trent", "Ashby-de-la-Zouch")
    r"\s([A-Z][a-zà-ÿ'’]{2,24}(?:-[A-Za-zà-ÿ'’]{1,24}){0,4}"
    r"(?:\s[A-Z][a-zà-ÿ'’]{2,24}(?:-[A-Za-zà-ÿ'’]{1,24}){0,4})?)"
)


# The postcode areas of the United Kingdom (Royal Mail), for a district named alone.
_UK_AREAS_TEXT = """
    AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E
    EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU
    M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP
    SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
"""
_UK_AREAS = frozenset(_UK_AREAS_TEXT.split())
# A British postcode district alone ("SE15", "M14", "EH6"), where a chat names it as an area:
# before "è fuori zona", "is outside the area", or after "in", "to", "from", "zona", "area"
# (a single-letter area only before the cue after it: "upgrade to S3" is a phone).
_UK_DISTRICT = re.compile(r"(?<![\w\-/.])([A-Z]{1,2})\d{1,2}[A-Z]?(?![\w\-/])")
_DISTRICT_AFTER = re.compile(
    r"\s(?:(?:è|e|sta|is|isn['’]t|are|aren['’]t|was)\s)?(?:(?:not\s)?(?:fuori|outside|out\sof|"
    r"within|inside|in)\s(?:(?:la|the|your|our|vostra|nostra)\s)?"
    r"(?:zona|area|zone|range|raggio)|zona|area|postcode|way)(?![\w])",
    re.IGNORECASE,
)
_DISTRICT_BEFORE = re.compile(
    r"(?<![\w])(?:in|to|from|near|around|zona|area|postcode|cap|live|vivo|abito)\s$",
    re.IGNORECASE,
)


def _uk_districts(text: str) -> Iterable[Detection]:
    for match in _UK_DISTRICT.finditer(text):
        area = match.group(1)
        if area not in _UK_AREAS:
            continue
        after = _DISTRICT_AFTER.match(text, match.end())
        before = len(area) == 2 and _DISTRICT_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        )
        if after or before:
            yield Detection(match.start(), match.end(), "LOCATION", "uk-district", 0.7)


def find_places(text: str, gazetteer: frozenset[str]) -> Iterable[Detection]:
    """Capitalised runs of up to three words that name a known place, and capitalised words
    where someone lives ("I live in Swindon")."""
    yield from _residences(text)
    if "Citt" in text or "Quartier" in text or "Rione" in text:
        yield from _districts(text)
    if _NEIGHBOURHOOD_CUES.search(text):
        yield from _neighbourhoods(text)
    if any(map(str.isdigit, text)):
        yield from _uk_districts(text)
    # a possessive "'s" is no part of the town ("Cianciana's records"): blanked, same length
    scan = _POSSESSIVE_S.sub("  ", text) if ("'s" in text or "’s" in text) else text
    starts, lowercase_starts = _first_words(gazetteer)
    listed = neighbourhoods(load_lexicon())
    if "'" in scan or "’" in scan:
        scan = _unelide(scan, starts)
    words = list(WORD.finditer(scan))
    index = 0
    while index < len(words):
        first = words[index]
        word = first.group(0)
        capital = word[:1].isupper()
        caps_word = False
        big = False
        if capital:
            candidate = fold(word) in starts
            # in capitals an everyday word ("GAMBA ROTTA", "MI PARE") is a place only after a
            # cue ("VIVO A PRATO") or as the head of a longer place ("SAN DONÀ DI PIAVE")
            if (
                candidate
                and word.isupper()
                and len(word) > 1
                and not (index > 0 and words[index - 1].group(0).lower() in PLACE_CUES)
                and load_lexicon().is_word(word.lower())
                and LOWERCASE + fold(word) not in gazetteer  # not a well-known town ("ROMA")
            ):
                caps_word = True
        else:
            big = word.islower() and fold(word) in big_towns()
            candidate = word.islower() and (
                word in lowercase_starts
                or (not word.isascii() and fold(word) in lowercase_starts)
                or (_strong_cue(words, index) and fold(word) in starts)
                or big
            )
            # an accented everyday word is not the town spelled without the accent ("a metà",
            # not Meta)
            if candidate and not word.isascii() and load_lexicon().is_word(word):
                candidate = False
            # round 18: a kin noun or a noun with its possessive or its person after it, in
            # dialect after "a" (the article: "a sora Filomena", "a sora mia"), is no town
            if candidate and _kin_noun(scan, words, index, big):
                candidate = False
        cue = candidate and (
            (index > 0 and words[index - 1].group(0).lower() in PLACE_CUES)
            or (not capital and (big or _strong_cue(words, index)))
            or (capital and _paired(text, words, index, gazetteer))
            or (capital and _listed(text, words, index, gazetteer))
            # said to be in or out of a delivery area ("Sale is in our delivery area")
            or (capital and bool(_IN_AREA_AFTER.match(scan, first.end())))
        )
        # a listed neighbourhood's own cues ("abito al Vomero", "zona Crocetta", "quelli del
        # Lingotto", "in the Brera area"): 2 for any of them, 1 only for the everyday words
        district = 0
        if index > 0 and fold(word) in listed.first_words:
            district = _neighbourhood_cue(scan, words, index)
        if not candidate or not (capital or cue or district):
            index += 1
            continue
        found = 0
        for size in range(min(MAX_WORDS, len(words) - index), 0, -1):
            run = words[index : index + size]
            if any(run[k + 1].start() - run[k].end() != 1 for k in range(size - 1)):
                continue
            folded = " ".join(fold(m.group(0)) for m in run)
            if not capital:
                if all(m.group(0).islower() for m in run) and (
                    (size == 1 and big)
                    or LOWERCASE + folded in gazetteer
                    or (district and folded in listed.lowercase)
                    or (
                        _strong_cue(words, index)
                        and folded in gazetteer
                        and folded not in place_words()
                    )
                ):
                    found = size
                    break
                continue
            if not run[-1].group(0)[:1].isupper() or (caps_word and size == 1):
                continue
            if folded in gazetteer or (cue and CUE_ONLY + folded in gazetteer):
                found = size
                break
            if size == 1 and EVERYDAY + folded in gazetteer and _italian_cue(words, index):
                found = size
                break
            if (district and folded in listed.words) or (district == 2 and folded in listed.names):
                found = size
                cue = True
                break
            if size == 1 and cue and ENGLISH_CUE + folded in gazetteer and _name_ends(scan, run):
                found = size
                break
        # a town named like a product category ("il Moscato d'Asti") only after a cue
        category = found == 1 and not cue and fold(word) in PRODUCT_WORDS
        # an everyday Italian word opening a sentence ("Porto anche mia sorella", "Prova
        # adesso", "Cancelli pure il messaggio") is no small town of that name; a well-known
        # one stays ("Prato è lontana?")
        if (
            found == 1
            and capital
            and not cue
            and not word.isupper()
            and _opens_sentence(text, first.start())
            and _VERB_OPENER_AFTER.match(text, first.end())
            and LOWERCASE + fold(word) not in gazetteer
            and (
                load_lexicon().is_word(word, english=False) or fold(word) in load_lexicon().italian
            )
        ):
            found = 0
        surname = found == 1 and capital and not cue
        if surname and _surname_after_name(text, words, index, gazetteer):
            # a town right after a first name, or after a capitalised word that makes it no
            # place, is a surname ("sono Wen Feng", "Elspeth Malvern"): the person's, also to
            # carry it through the conversation
            yield Detection(first.start(), first.end(), "PERSON", "place-surname", 0.6)
            index += 1
            continue
        if found and _in_club_name(scan, first.start(), words[index + found - 1].end()):
            # the club's word too: "Calcio" is also a town
            index += found + 1
            continue
        if found and not (
            category
            or _beside_product(words, index, found)
            or _after_title_word(text, words, index)
        ):
            stop = words[index + found - 1].end()
            if _glued(text, first.start(), stop):  # part of a code or handle ("Roma2024")
                index += found
                continue
            if _food_or_club(text, first.start(), stop):
                index += found
                continue
            yield Detection(first.start(), stop, "LOCATION", "place", 0.7)
            index += found
        else:
            index += 1


def _kin_noun(text: str, words: list[re.Match[str]], index: int, big: bool) -> bool:
    from privacy.recognizers.names import RELATIVES

    word = words[index].group(0)
    if fold(word) in RELATIVES:
        return True
    if big or index + 1 >= len(words) or words[index + 1].start() - words[index].end() != 1:
        return False
    following = words[index + 1].group(0)
    return following.lower() in _POSSESSIVES or (
        following[:1].isupper() and load_lexicon().is_first(following)
    )


class Neighbourhoods(NamedTuple):
    """The folded names of ``neighbourhoods.txt`` by how they count."""

    alone: frozenset[str]  # no word, name or brand: a place also without a cue
    words: frozenset[str]  # everyday words: after any neighbourhood cue
    names: frozenset[str]  # first names, surnames, brands: after a strong cue only
    lowercase: frozenset[str]  # no word at all: also in lowercase after a cue ("al vomero")
    first_words: frozenset[str]


_NEIGHBOURHOODS: dict[int, tuple[NameLexicon, Neighbourhoods]] = {}


def neighbourhoods(lexicon: NameLexicon) -> Neighbourhoods:
    """The quartieri, rioni and sestieri of Italian cities (``neighbourhoods.txt``, "Name |
    City"), loaded once per lexicon. A name that a dictionary, the name lists or the brands
    know, or one marked with a leading '?', counts only after a cue (``_neighbourhood_cue``)."""
    cached = _NEIGHBOURHOODS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    brands, _ = well_known_brands()
    alone: set[str] = set()
    worded: set[str] = set()
    named: set[str] = set()
    for line in data_lines("neighbourhoods.txt"):
        name = line.split("|", 1)[0].strip()
        marked = name.startswith(CUE_ONLY)
        parts = WORD.findall(strip_accents(name.lstrip(CUE_ONLY)).lower().replace("’", "'"))
        folded = " ".join(parts)
        if len(folded) < 4:
            continue
        person = any(
            part in lexicon.first_names
            or part in lexicon.foreign_first
            or part in lexicon.word_names
            or part in lexicon.surnames
            or part in lexicon.foreign_surnames
            for part in parts
        ) or (folded in brands)
        everyday = [
            part in lexicon.common
            or part in lexicon.dictionary
            or part in lexicon.italian
            or part in lexicon.english
            or part in _PLACE_HEADS
            or part in PRODUCT_WORDS
            or part in countries()
            for part in parts
        ]
        # a phrase with one word no list knows is a name of its own ("Borgo San Paolo" is
        # not: every word is a head, a word or a name)
        known = [
            word or part in lexicon.first_names or part in lexicon.surnames
            for word, part in zip(everyday, parts, strict=True)
        ]
        if len(parts) == 1 and person:
            named.add(folded)  # "Aurora", "Sassi", "Superga": a person's or a maker's too
        elif marked or (len(parts) == 1 and everyday[0]) or (len(parts) > 1 and all(known)):
            worded.add(folded)
        else:
            alone.add(folded)
    lowercase = {place for place in alone if not any(lexicon.is_word(p) for p in place.split())}
    result = Neighbourhoods(
        frozenset(alone),
        frozenset(worded),
        frozenset(named),
        frozenset(lowercase),
        frozenset(place.split()[0] for place in alone | worded | named),
    )
    if len(_NEIGHBOURHOODS) >= 4:
        _NEIGHBOURHOODS.clear()
    _NEIGHBOURHOODS[id(lexicon)] = (lexicon, result)
    return result


# The words before a neighbourhood ("abito al Vomero", "zona Crocetta", "dalle parti della
# Bolognina"): its kind and "in"/"near" count for every listed name (2); the other places'
# cues and the articled prepositions only for those that are everyday words (1), never for a
# first name or a surname ("l'ho detto a Aurora", "la casa dei Sassi").
_DISTRICT_CUES = frozenset(
    {"zona", "quartiere", "rione", "sestiere", "borgata", "frazione", "fraz", "municipio"}
    | {"in", "nel", "nella", "nei", "negli", "nelle", "near", "around", "vicino", "presso"}
)
_WORD_DISTRICT_CUES = PLACE_CUES | frozenset(
    [
        "al",
        "alla",
        "allo",
        "ai",
        "agli",
        "alle",
        "dal",
        "dalla",
        "dallo",
        "dai",
        "dagli",
        "dalle",
        "del",
        "della",
        "dello",
        "dei",
        "degli",
        "delle",
        "sul",
        "sulla",
        # round 19: "abito sui Navigli", "sugli Spalti"
        "sui",
        "sugli",
        "sullo",
        "sulle",
        "verso",
    ]
)
_AREA_NOUNS = frozenset({"area", "district", "neighbourhood", "neighborhood", "quarter"})
_THE_DISTRICT_CUES = frozenset({"from", "in", "near", "around", "to", "into", "of"})


def _neighbourhood_cue(text: str, words: list[re.Match[str]], index: int) -> int:
    """2 when the word at ``index`` follows a strong neighbourhood cue ("zona", "in", "the ...
    area"), 1 after a weaker one ("al", "della", "from"), else 0."""
    previous = words[index - 1]
    if not text[previous.end() : words[index].start()].isspace():
        return 0
    before = previous.group(0).lower()
    if before in _DISTRICT_CUES:
        return 2
    if before == "the":
        # "in the Brera area": the noun after the name, within three words
        for later in words[index + 1 : index + 4]:
            if later.group(0).lower() in _AREA_NOUNS:
                return 2
        # round 21: "from the", "in the", "near the" before a listed name ("my grandfather was
        # from the Quartieri Spagnoli"): as a weaker cue
        if index > 1 and text[words[index - 2].end() : previous.start()].isspace():
            return 1 if words[index - 2].group(0).lower() in _THE_DISTRICT_CUES else 0
        return 0
    return 1 if before in _WORD_DISTRICT_CUES else 0


# A sports club named after its town or district ("il Trastevere Calcio", "Real Vomero",
# "ASD Pilastro"): the club, not where someone is.
_CLUB_AFTER = re.compile(
    r"[ \t](?:Calcio|FC|F\.C\.|Football Club|Basket|Volley|Rugby|Calcetto)(?![\w])"
)
_CLUB_BEFORE = re.compile(
    r"(?<![\w])(?:Real|Atletico|Sporting|Polisportiva|ASD|A\.S\.D\.|SSD|US|AS|AC|SS|FC)[ \t]$"
)


def _in_club_name(text: str, start: int, end: int) -> bool:
    return bool(
        _CLUB_AFTER.match(text, end) or _CLUB_BEFORE.search(text, max(0, start - 14), start)
    )


# Capitalised words that head a place's own name ("Lago Maggiore", "Porto Cervo", "New York").
# Also days, months and greetings ("arrivo Lunedì Torino", "Buongiorno Torino").
_PLACE_HEADS_TEXT = """
    san santa santo sant monte lago val valle porto marina lido capo punta torre castel castello
    villa ponte borgo isola riva colle north south east west new upper lower great little old
    port lake mount fort saint st provincia comune citta city county greater centro central
    bassa alta alto basso nord sud est ovest
    lunedi martedi mercoledi giovedi venerdi sabato domenica monday tuesday wednesday
    thursday friday saturday sunday gennaio febbraio marzo aprile maggio giugno luglio agosto
    settembre ottobre novembre dicembre january february march april may june july august
    september october november december ciao grazie buongiorno buonasera salve hello thanks
    consegna spedizione delivery shipping ritiro partenza arrivo
"""
_PLACE_HEADS = frozenset(_PLACE_HEADS_TEXT.split())


_IN_AREA_AFTER = re.compile(
    r"\s(?:(?:is|isn['’]t|è|non\sè|e['’]|sta|was)\s)?(?:not\s|ancora\s|già\s)?(?:in|within|outside|"
    r"inside|out\sof|fuori|dentro|nella|in\sthe)\s(?:(?:our|the|your|la|nostra|vostra)\s)?"
    r"(?:delivery\s|consegna\s)?(?:area|zone|zona|range|raggio|catchment)(?![\w])",
    re.IGNORECASE,
)
# An elided preposition glued to a capitalised word ("dall'Arcella", "nell'Oltrepò",
# "all'Isolotto"): the word alone is looked up, and a preposition of place counts as its cue
# ("da", "in", "a"). "dell'"/"d'" (of) and the article alone are left glued: before a capital
# they name venues, wines and works more than towns ("il titolare dell'Osteria Da Peppe",
# "Moscato d'Asti", "l'Ave Maria").
_ELIDED_BEFORE = re.compile(r"(?<![\w'’])(?i:(dall|nell|all|sull))['’](?=[A-ZÀ-Ý])")
_ELIDED_CUE = {"dall": "da", "nell": "in", "all": "a", "sull": "a"}


def _unelide(scan: str, starts: frozenset[str]) -> str:
    """``scan`` with each elided preposition before a capitalised word replaced, same length,
    by the cue it stands for ("Dall'Arcella" -> "da   Arcella"), unless the whole is a place's
    first word ("Sant'Angelo", "Dell'Arco" as a town's)."""
    parts: list[str] = []
    last = 0
    for match in _ELIDED_BEFORE.finditer(scan):
        whole = WORD.match(scan, match.start())
        if whole is None or fold(whole.group(0)) in starts:
            continue
        cue = _ELIDED_CUE.get(match.group(1).lower(), "")
        parts.append(scan[last : match.start()])
        parts.append(cue.ljust(match.end() - match.start()))
        last = match.end()
    if not parts:
        return scan
    parts.append(scan[last:])
    return "".join(parts)


_POSSESSIVE_S = re.compile(r"(?<=[a-zà-ÿ])['’]s(?![\w])")
# A pair of places joined by a dash or a slash, a route or a commute ("Rho-Milano",
# "Bergamo/Brescia", "Lodi–Piacenza").
_PAIR_JOINS = frozenset("-–/")


# What follows a verb or a noun opening a sentence, never a name ("Porto anche ...", "Prova
# adesso", "Cancelli pure", "Prova gratuita", "Festa anni '20"; not "Masi, il corriere").
_VERB_OPENER_AFTER = re.compile(
    r"\s(?i:anche|adesso|ora|pure|subito|domani|oggi|stasera|dopo|qui|qua|io|tu|noi|voi|"
    r"gratuita|gratuito|gratis|anni|allora|intanto|prima|appena|volentieri)(?![\w])"
)


# Words after a place's name that end it ("in Hackney since 2019", "from Hackney and ...").
_NAME_ENDS_TEXT = """
    and or but with for since last this next in on at to from where when now yesterday today
    tomorrow is was are were area e o a da per con dove quando il la che ma di
"""
_NAME_ENDS = frozenset(_NAME_ENDS_TEXT.split())


def _name_ends(text: str, run: list[re.Match[str]]) -> bool:
    """Whether nothing that would make it a longer name or a modifier follows the run: the end,
    a punctuation mark, an emoji or a function word ("in Hackney 👋"; not "in Airport
    terminal", "to Sunset Boulevard")."""
    after = _NEXT_WORD.match(text[run[-1].end() : run[-1].end() + 30])
    return after is None or after.group(1).lower() in _NAME_ENDS


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line or a sentence."""
    before = text[max(0, start - 40) : start].rstrip(" \t\"“'(*-–")
    return not before or before[-1] in ".!?:;\n"


def _paired(text: str, words: list[re.Match[str]], index: int, gazetteer: frozenset[str]) -> bool:
    """Whether the capitalised word at ``index`` is joined by one dash or slash to a capitalised
    town that counts alone: then a cue-only town counts too ("fa Rho-Milano ogni giorno")."""
    current = words[index]
    for other in (index - 1, index + 1):
        if not 0 <= other < len(words):
            continue
        near = words[other]
        gap = (
            text[near.end() : current.start()]
            if other < index
            else text[current.end() : near.start()]
        )
        word = near.group(0)
        if len(gap) == 1 and gap in _PAIR_JOINS and word[:1].isupper() and fold(word) in gazetteer:
            pair = (near, current) if other < index else (current, near)
            # a brand written with a dash ("Coca-Cola") is no commute
            return " ".join(fold(m.group(0)) for m in pair) not in well_known_brands()[0]
    return False


# Round 15: a cue-only town in a list of places after a cue ("from Utrecht, Amersfoort and
# Ghent", "tra Lecce, Bari e Matera"): the cue counts for every item of the list.
_LIST_JOINS = frozenset({"and", "e", "ed", "or", "o", "&"})
_LIST_CUES = PLACE_CUES | {"between", "tra", "fra"}


def _listed(text: str, words: list[re.Match[str]], index: int, gazetteer: frozenset[str]) -> bool:
    """Whether the word at ``index`` ends a list of places whose first item follows a cue."""
    j = index
    for _ in range(6):
        if j < 2:
            return False
        prev = words[j - 1]
        gap = text[prev.end() : words[j].start()]
        if gap == " " and prev.group(0).lower() in _LIST_JOINS:
            if text[words[j - 2].end() : prev.start()] not in (" ", ", "):
                return False
            j -= 1
        elif gap != ", ":
            return False
        k = _list_item(text, words, j, gazetteer)
        if k < 0:
            return False
        if k > 0 and words[k - 1].group(0).lower() in _LIST_CUES:
            return text[words[k - 1].end() : words[k].start()] == " "
        j = k
    return False


def _list_item(text: str, words: list[re.Match[str]], end: int, gazetteer: frozenset[str]) -> int:
    """The index of the first word of a place of up to three capitalised words that ends before
    ``words[end]``, or -1."""
    k = end - 1
    while k >= 0 and end - k <= 3 and words[k].group(0)[:1].isupper():
        item = " ".join(fold(w.group(0)) for w in words[k:end])
        if item in gazetteer or CUE_ONLY + item in gazetteer:
            return k
        if k == 0 or text[words[k - 1].end() : words[k].start()] != " ":
            break
        k -= 1
    return -1


def _italian_cue(words: list[re.Match[str]], index: int) -> bool:
    """Whether the word at ``index`` follows "a", "ad" or "da" after a lowercase Italian word
    that is no English one ("salire a Rima"; not "is a Band")."""
    if index < 2 or words[index - 1].group(0) not in _EVERYDAY_CUES:
        return False
    if words[index - 1].end() + 1 != words[index].start():
        return False
    before = words[index - 2].group(0)
    lexicon = load_lexicon()
    return before.islower() and fold(before) not in lexicon.english and lexicon.is_word(before)


def _after_title_word(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether the place follows a capitalised everyday word inside a sentence: then it is part
    of a title or a name ("Ho visto Anima Latina", "il menu Sapori Napoli"), not a place."""
    if index == 0:
        return False
    previous = words[index - 1]
    word = previous.group(0)
    if previous.end() + 1 != words[index].start() or not (
        word[:1].isupper() and word[1:].islower()
    ):
        return False
    if text[previous.end()] in _PAIR_JOINS:
        # a route ("Rho-Milano"), not a title; a brand with a dash ("Coca-Cola") stays one
        pair = f"{fold(word)} {fold(words[index].group(0))}"
        return pair in well_known_brands()[0]
    lowered = fold(word)
    if len(word) < 3 or lowered in _PLACE_HEADS or lowered in PLACE_CUES or lowered in _TITLE_PROSE:
        return False
    opening = text[max(0, previous.start() - 40) : previous.start()].rstrip(" \t\"“'(")
    if not opening or opening[-1] in ".!?:;\n":
        return False  # a sentence's first word is capitalised anyway
    lexicon = load_lexicon()
    return (
        lexicon.is_word(word)
        and not lexicon.is_first(word)
        and not lexicon.is_surname(word)
        and lowered not in place_words()
        and lowered not in countries()
    )


def _surname_after_name(
    text: str, words: list[re.Match[str]], index: int, gazetteer: frozenset[str]
) -> bool:
    """Whether the one-word town at ``index`` follows, after one blank, a capitalised first name
    or a capitalised word that makes it no place (``_after_title_word``), and is no everyday
    word nor a well-known town ("Hotel Firenze" stays a name of a business)."""
    if index == 0:
        return False
    previous, current = words[index - 1], words[index]
    word = current.group(0)
    if previous.end() + 1 != current.start() or text[previous.end()] != " ":
        return False
    name = previous.group(0)
    if not (name[:1].isupper() and name[1:].islower()) or word.isupper():
        return False
    lexicon = load_lexicon()
    if lexicon.is_word(word) or LOWERCASE + fold(word) in gazetteer:
        return False
    # a listed neighbourhood after a capitalised word names a business ("Farmacia Kalsa")
    if fold(word) in neighbourhoods(lexicon).alone:
        return False
    if fold(name) in _PLACE_HEADS or fold(name) in PLACE_CUES:
        return False
    # a first name, listed or unknown to every list ("Elspeth", "Haruto")
    known = lexicon.is_surname(name) or lexicon.is_word(name) or fold(name) in gazetteer
    return lexicon.is_first(name) or not known or _after_title_word(text, words, index)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the span is glued to letters, digits or "_" on either side: inside a longer
    token (a code, a handle, a password), never a word of its own."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before == "_" or after.isalnum() or after == "_":
        return True
    # a dash and digits: an order or booking code ("ROMA-5531", "2024-Lecce")
    return (after == "-" and text[end + 1 : end + 2].isdigit()) or (
        before == "-" and start > 1 and text[start - 2].isdigit()
    )


# Cues strong enough for any known town in lowercase ("saluti da sauris", "from dingle");
# not "in", which also precedes ordinary nouns ("in campo", "in piano").
_STRONG_CUES = frozenset({"a", "ad", "da", "from"})


# "giocare a" names a game, never a town ("gioca a calcio", "giochiamo a bocce").
_PLAYS = re.compile(r"(?i:gioc|play)[a-zà-ÿ]*$")


# A place's kind before "di" ("frazione di casalnuovo", "comune di sauris") or after the place
# ("tavernanova, frazione di ..."): a town also in lowercase.
_AREA_WORDS = frozenset(
    {"frazione", "fraz", "comune", "provincia", "quartiere", "rione", "paese", "borgata"}
    # a town's own places ("al supermercato di seregno", "l'ospedale di vimercate")
    | {
        "supermercato",
        "ospedale",
        "stazione",
        "aeroporto",
        "municipio",
        "tribunale",
        "questura",
        "prefettura",
        "liceo",
        "mercato",
        "cimitero",
        "duomo",
        "parrocchia",
        "biblioteca",
        "piscina",
        "palestra",
        "carabinieri",
        "caserma",
        "porto",
        "centro",
        "castello",
        "casello",
        "uscita",
    }
)


# "è originaria di acireale": where someone comes from ("è di lana", "sono di rovere" say what
# things are made of)
_BE_FROM = frozenset({"originario", "originaria", "originari", "originarie"})


def _strong_cue(words: list[re.Match[str]], index: int) -> bool:
    before = words[index - 1].group(0).lower() if index > 0 else ""
    if before in _STRONG_CUES:
        return not (index > 1 and _PLAYS.match(words[index - 2].group(0)))
    # a place's kind or someone's origin: only for a word that is no everyday word ("sono di
    # passaggio", "sono di fretta")
    # the place's kind maybe elided with its article ("all'ospedale di desio")
    head = (
        words[index - 2].group(0).lower().replace("’", "'").rsplit("'", 1)[-1] if index > 1 else ""
    )
    kind = (
        before in ("di", "del") and index > 1 and (head in _AREA_WORDS or head in _BE_FROM)
    ) or (index + 1 < len(words) and words[index + 1].group(0).lower() in ("frazione", "fraz"))
    return kind and not load_lexicon().is_word(words[index].group(0))


# A chat introduction "hi <name> from <town>", "sono <name> da <town>": the town also in
# lowercase ("hi Margaret from dingle"), when it ends the clause.
INTRO_FROM = re.compile(
    r"(?<![\w])(?i:hi|hello|hey|hiya|ciao|salve|sono|i'm|i’m|it's|it’s|this is),?\s+"
    r"[A-Za-zÀ-ÿ][a-zà-ÿ'’\-]{1,24}\s+(?i:from|da|di)\s+([a-zà-ÿ][a-zà-ÿ'’\-]{2,24})"
    r"(?=\s*$|\s*[!.,;:?)\n]|\s+(?:here|qui|👋)|\s*[^\w\s])"
)
# Someone introduced by name, then where they come from ("I am Jonas Weber from Freiburg",
# "sono Marco Serra da Olbia"), or by trade ("l'idraulico di moncalieri", "the plumber from
# leigh"): the place is the last one or two capitalised words before the clause ends (or one
# lowercase word after a trade), and no everyday word, name, brand or country.
INTRO_NAMED_FROM = re.compile(
    r"(?<![\w])(?i:i am|i'm|i’m|my name is|sono|mi chiamo)\s+"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ'’\-]{1,24}\s+){1,3}(?i:from|da|di)\s+"
    r"([A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:\s[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24})?)"
    r"(?=\s*$|\s*[!.,;:?)\n]|\s+(?!(?:[A-Z]|&))|\s*[^\w\s])"
)
# The same in a chat's lowercase ("sono ramoni ezio da premosello quello che ...", "i'm
# kate from llandudno lol"): only a town the gazetteer knows, that is no word and no name.
INTRO_LOWER_FROM = re.compile(
    r"(?<![\w])(?i:i am|i'm|i’m|my name is|sono|mi chiamo|qui è|this is|it's|it’s)\s+"
    r"(?:[a-zà-ÿ'’\-]{2,24}\s+){1,3}(?:from|da|di)\s+([a-zà-ÿ][a-zà-ÿ'’\-]{2,24})(?![\w'’])"
)
_TRADES_TEXT = """
    idraulico idraulica elettricista muratore meccanico falegname imbianchino giardiniere fabbro
    geometra architetto architetta avvocato avvocata commercialista medico dentista farmacista
    parrucchiere parrucchiera estetista fotografo fotografa tecnico antennista piastrellista
    tappezziere vetraio fornaio panettiere macellaio fruttivendolo tabaccaio benzinaio
    plumber electrician builder mechanic carpenter joiner painter decorator gardener locksmith
    lawyer solicitor accountant dentist pharmacist photographer hairdresser barber baker butcher
"""
_TRADES = frozenset(_TRADES_TEXT.split())
TRADE_FROM = re.compile(
    r"(?<![\w])(?i:l['’]|il\s|la\s|lo\s|the\s|un\s|una\s|a\s|an\s)?([a-zà-ÿ]{4,16})\s"
    r"(?i:from|da|di)\s([A-Za-zÀ-ÿ][a-zà-ÿ'’\-]{2,24})(?![\w])"
)
_NOT_PLACE_AFTER_FROM = frozenset(
    {
        "work",
        "home",
        "school",
        "office",
        "casa",
        "lavoro",
        "scuola",
        "ufficio",
        "sempre",
        "tempo",
        "anni",
        "sales",
        "support",
        "marketing",
        "accounts",
        "billing",
        "team",
    }
)
# The possessive cue in full ("my university in Sendai"): cheaper than running RESIDENCE on
# every message holding "my" or "mio".
_POSSESSIVE_PLACE = re.compile(
    r"(?i:(?<![\w])(?:my|our|mia|mio|mie|miei|nostra|nostro)\s[a-zà-ÿ]{3,20}\s(?:in|at|a|ad))"
    r"\s[A-Z]"
)
_RESIDENCE_STEMS = (
    "home in",
    "casa a",
    "casa in",
    " liv",
    " based",
    " located",
    " mov",
    " reloc",
    " viv",
    " abit",
    " risied",
    " resident",
    " trasferit",
    " stay",
    " holiday",
    " vacation",
    " honeymoon",
    " from ",
    " sto ",
    " stiamo ",
    " trov",
    " veng",
    " veniamo ",
    " vacanza ",
    " da ",
    " di ",
    " born ",
    " raised ",
    " grew up ",
    " brought up ",
    " nato ",
    " nata ",
    " nati ",
    " nate ",
    " cresciut",
    " worked ",
    " working ",
    " taught ",
    " teaching ",
    " studied ",
    " studying ",
    " lavorato ",
    " lavoravo ",
    " insegnato ",
    " insegnavo ",
    " studiato ",
    " studiavo ",
    " esperienz",
    " experience ",
)


# Cues that also come before other things than places ("home in Time", "my meeting at Noon").
_WEAK_RESIDENCE = frozenset(
    {
        "home",
        "casa",
        "my",
        "our",
        "mia",
        "mio",
        "mie",
        "miei",
        "nostra",
        "nostro",
        "worked",
        "working",
        "taught",
        "teaching",
        "studied",
        "studying",
        "lavorato",
        "lavoravo",
        "insegnato",
        "insegnavo",
        "studiato",
        "studiavo",
        "esperienza",
        "esperienze",
        "experience",
    }
)
# A second place joined to the first ("tra Malta e Granada", "lived in Leeds and York").
_AND_PLACE = re.compile(
    r"\s(?:e|ed|and|o|or|&)\s([A-Z][a-zà-ÿ][a-zà-ÿ'’\-]{1,23}(?:\s[A-Z][a-zà-ÿ'’\-]{2,24})?)"
)
# A town with its country in brackets ("Kumasi (Ghana)", "Tralee (Ireland)").
_TOWN_COUNTRY = re.compile(
    r"(?<![\w])([A-Z][a-zà-ÿ'’\-]{2,24}(?:\s[A-Z][a-zà-ÿ'’\-]{2,24})?)\s\(([A-Z][A-Za-z .]{1,30})\)"
)


# A town's district named by its kind after a locative ("in Città Alta", "a Città Studi",
# "from Quartiere Coppedè", "nel Rione Sanità"): the kind and its capitalised name.
_DISTRICT = re.compile(
    r"(?<![\w])(?i:in|a|da|di|nel|al|dal|at|from|near|to)\s"
    r"((?:Città|Quartiere|Rione)\s(?:(?:di|del|della|dei)\s)?[A-ZÀ-Ý][\w'’\-]{2,24})(?![\w])"
)


# A neighbourhood in mixed case or in capitals after its cue (round 13): "zona NoLo", "quartiere
# SoHo", "rione TriBeCa", "frazione DUMBO", "in the NoMad area": a name no dictionary has, only
# with the cue (alone "SoHo" may be a brand, "DUMBO" a film).
_NEIGHBOURHOOD_CUES = re.compile(
    r"(?i:zona|quartiere|rione|frazione|fraz\.|borgata|the\s[^\W\d_]+\s(?:area|district|"
    r"neighbou?rhood|quarter))(?![\w])"
)
_NEIGHBOURHOOD = re.compile(
    r"(?<![\w])(?i:zona|quartiere|rione|frazione|fraz\.|borgata)\s"
    r"((?:[A-Z][a-z]{1,8}[A-Z][A-Za-z]{1,10}|[A-Z]{4,7}))(?![\w'’\-])"
    r"|(?<![\w])(?i:in|to|from|near|around|of)\sthe\s"
    r"((?:[A-Z][a-z]{1,8}[A-Z][A-Za-z]{1,10}|[A-Z]{4,7}))\s(?i:area|district|neighbou?rhood|quarter)"
    r"(?![\w])"
)


def _neighbourhoods(text: str) -> Iterable[Detection]:
    lexicon = load_lexicon()
    for match in _NEIGHBOURHOOD.finditer(text):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        if name.isupper() and (lexicon.is_word(name, english=False) or lexicon.is_common(name)):
            continue  # shouted words: "zona CENTRO", "the WHOLE area"
        yield Detection(match.start(group), match.end(group), "LOCATION", "place-district", 0.6)


# Round 25: a spot given by its coordinates ("📍 45.07123, 7.68690", "41.9028 N, 12.4964 E",
# "45°04'16\"N 7°41'12\"E"): decimal degrees with four decimals or more (no price or quantity
# has them), or degrees, minutes and seconds with their hemispheres.
_COORDINATES = re.compile(
    r"(?<![\w.,])[-+]?\d{1,2}\.\d{4,8}°?[ \t]?[NS]?[ \t]?[,;/][ \t]?[-+]?\d{1,3}\.\d{4,8}°?"
    r"(?:[ \t]?[EWO](?![\w]))?(?![\w.]|,\d)"
    r"|(?<![\w.])\d{1,2}°[ \t]?\d{1,2}['’′][ \t]?\d{1,2}(?:[.,]\d{1,4})?(?:\"|”|″|''|’’)?[ \t]?[NS]"
    r"[ \t]?,?[ \t]?\d{1,3}°[ \t]?\d{1,2}['’′][ \t]?\d{1,2}(?:[.,]\d{1,4})?(?:\"|”|″|''|’’)?"
    r"[ \t]?[EWO](?![\w])"
)


def _coordinates(text: str) -> Iterable[Detection]:
    for match in _COORDINATES.finditer(text):
        yield Detection(match.start(), match.end(), "LOCATION", "place-coordinates", 0.7)


def _districts(text: str) -> Iterable[Detection]:
    for match in _DISTRICT.finditer(text):
        yield Detection(match.start(1), match.end(1), "LOCATION", "place-district", 0.6)


# Round 28. A town whose name opens with its article, written as Italian writes it after a
# preposition ("alla Spezia", "dalla Thuile", "all'Aquila", "al Cairo"): the town, whose name the
# lists hold with its article ("La Spezia", "L'Aquila", "Il Cairo")
_ARTICLED_TOWN = re.compile(
    r"(?<![\w'’])(?i:(?P<la>alla|dalla|della|nella|sulla)[ \t]+"
    r"|(?P<l>all|dall|dell|nell|sull)['’]|(?P<il>al|dal|del|nel|sul)[ \t]+)"
    r"(?P<town>[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,20})(?![\w'’])"
)


def _articled_towns(text: str) -> Iterable[Detection]:
    for match in _ARTICLED_TOWN.finditer(text):
        town = match.group("town")
        article = "La " if match.group("la") else "L'" if match.group("l") else "Il "
        if known_place(town) or not known_place(article + town):
            continue  # a town known without its article is found by the gazetteer
        yield Detection(match.start("town"), match.end("town"), "LOCATION", "place-articled", 0.6)


# Round 36: a known town in any case naming which of a person's homes or numbers is meant
# ("the milan number is 19", "my london address", "indirizzo cork è 27 Ballyhooly Road")
_HOME_NOUNS = "number|address|flat|apartment|house|home|place|account|postcode|intercom|doorbell"
_HOME_NOUN_GATE = re.compile(r"(?i:" + _HOME_NOUNS + r"|indirizzo|recapito)")
_TOWN_OF_HOME = re.compile(
    r"(?<![\w'’])(?i:the|my|your|his|her|their)[ \t]+(?P<en>[A-Za-z]{3,20})[ \t]+"
    r"(?i:" + _HOME_NOUNS + r")(?![\w])"
    r"|(?<![\w'’])(?i:indirizzo|recapito)[ \t]+(?:(?i:di|a)[ \t]+)?(?P<it>[A-Za-zà-ÿ]{3,20})"
    r"(?=[ \t]*(?:[:,]|è(?![\w])|e['’]))"
)


def _homes_named_by_town(text: str) -> Iterable[Detection]:
    from privacy.recognizers.address import _known_town

    lexicon = load_lexicon()
    for match in _TOWN_OF_HOME.finditer(text):
        group = "en" if match.group("en") else "it"
        word = match.group(group)
        if _known_town(word) and not lexicon.is_common(word):
            yield Detection(match.start(group), match.end(group), "LOCATION", "place-home", 0.6)


def _residences(text: str) -> Iterable[Detection]:
    if _HOME_NOUN_GATE.search(text):
        yield from _homes_named_by_town(text)
    if " (" in text:
        yield from _towns_with_country(text)
    yield from _country_homes(text)
    yield from _person_countries(text)
    yield from _moved_countries(text)
    yield from _own_countries(text)
    yield from _named_countries(text)
    yield from _phone_countries(text)
    lowered = text.lower()
    if "my " in lowered or " mi" in lowered or " su" in lowered or "ho un" in lowered:
        yield from _demonym_things(text)
    if "\n" in text:
        yield from _address_block_countries(text)
    if "," in text or "·" in text or "-" in text or "|" in text:
        yield from _town_country_lines(text)
    yield from _signed_towns(text)
    lowered = text.lower()
    if "zona " in lowered or "quartiere " in lowered:
        yield from _lowercase_districts(text)
    if (
        "fraz" in lowered
        or "local" in lowered
        or "loc." in lowered
        or "c.da" in lowered
        or ("borgata" in lowered or "contrada" in lowered)
    ):
        yield from _lowercase_hamlets(text)
    yield from _answer_towns(text)
    if "EUR" in text or "Eur" in text or "ZEN" in text or "CEP" in text or "QT8" in text:
        yield from _acronym_districts(text)
    if "–" in text or "-" in text or "—" in text:
        yield from life_spans(text)
    if "San" in text:
        yield from _saint_towns(text)
    yield from _cued_towns(text)
    if "lla " in text or "ll'" in text or "ll’" in text or "l Cairo" in text:
        yield from _articled_towns(text)
    if "." in text or "°" in text:
        yield from _coordinates(text)
    lowered = " " + text.lower().replace("\n", " ")
    if not any(stem in lowered for stem in _RESIDENCE_STEMS) and not _POSSESSIVE_PLACE.search(text):
        return
    lexicon = load_lexicon()
    for match in RESIDENCE.finditer(text):
        place = match.group(1)
        weak = match.group(0).split()[0].lower() in _WEAK_RESIDENCE
        other = _AND_PLACE.match(text, match.end(1))
        if other and not (
            lexicon.is_word(other.group(1).split()[0], english=False)
            or lexicon.is_first(other.group(1).split()[0])
            or fold(other.group(1)) in countries()
            or fold(other.group(1)) in well_known_brands()[0]
        ):
            yield Detection(other.start(1), other.end(1), "LOCATION", "place-residence", 0.6)
        if weak and (lexicon.is_word(place.split()[0]) or fold(place) in well_known_brands()[0]):
            continue  # "home in Time for dinner", "our office at Google": a known town is
            # found by the gazetteer
        if not lexicon.is_common(place.split()[0]) and fold(place) not in countries():
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-residence", 0.6)
    for match in INTRO_FROM.finditer(text):
        place = match.group(1)
        if not (
            lexicon.is_common(place)
            or lexicon.is_first(place)
            or fold(place) in countries()
            or place.lower() in _NOT_PLACE_AFTER_FROM
        ):
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-intro", 0.6)
    for match in INTRO_NAMED_FROM.finditer(text):
        place = match.group(1)
        head = place.split()[0]
        if not (
            lexicon.is_word(head)
            or lexicon.is_first(head)
            or fold(place) in countries()
            or fold(place) in well_known_brands()[0]
            or place.lower() in _NOT_PLACE_AFTER_FROM
        ):
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-intro", 0.6)
    for match in INTRO_LOWER_FROM.finditer(text):
        place = match.group(1)
        if fold(place) in _places_folded() and not (
            lexicon.is_word(place)
            or lexicon.is_first(place)
            or lexicon.is_surname(place)
            or fold(place) in countries()
            or fold(place) in well_known_brands()[0]
        ):
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-intro", 0.6)
    for match in TRADE_FROM.finditer(text):
        place = match.group(2)
        # a known town, or an unknown word in lowercase ("the mechanic from Halfords" is a shop)
        if (
            match.group(1).lower() in _TRADES
            and (fold(place) in _places_folded() or place[:1].islower())
            and not (
                lexicon.is_word(place)
                or lexicon.is_first(place)
                or fold(place) in countries()
                or fold(place) in well_known_brands()[0]
            )
        ):
            yield Detection(match.start(2), match.end(2), "LOCATION", "place-trade", 0.6)


# Round 17. Where a relative or "he"/"she" lives, stays or comes from (checked by country_home).
_COUNTRY_KIN_CUE = (
    r"(?i:sta|stanno|stava|stavano|xe|ze|lavora|lavorano|rimast[oaie]|tornat[oaie]|"
    r"nat[oaie]|cresciut[oaie]|andat[oaie] a vivere|si trova|trasferit[oaie]|emigrat[oaie])"
    r"\s(?i:in|negli|nel|nella|nei)"
    r"|(?i:è|xe|ze|viene|vengono|veniva|venivano|originari[oaie]|arriva|arrivano)"
    r"\s(?i:de|da|di|dal|dalla|dallo|dalle|dagli|dall['’]|della|dello|delle|degli|del|dell['’])"
    r"|(?i:is|are|was|were|comes|came|originally|he['’]s|she['’]s)\s(?i:from)"
    r"|(?i:moved|moving|relocated|emigrated|returned|went|gone|going)\s(?i:back\s)?(?i:to|home\sto)"
    r"|(?i:back\shome|living|based|works|working|settled)\s(?i:in)"
)
_COUNTRY_KIN_STEMS = (
    " sta",
    "xe ",
    "ze ",
    " lavora",
    " rimast",
    " tornat",
    " nat",
    " cresciut",
    " andat",
    " si trova",
    " è ",
    " vien",
    " veng",
    " originari",
    " arriva",
    " from",
    " moved",
    " moving",
    " relocated",
    " emigrated",
    " returned",
    " went",
    " gone",
    " going",
    " home in",
    " living",
    " based",
    " work",
    " settled",
)


# Round 16. A country where another person lives or has moved to or come from ("my sister
# lives in Australia", "si è trasferita in Germania", "mia madre è arrivata dalla Romania"): it
# locates that person. Elsewhere a country stays (written ~200 times unlabelled in the dev
# corpora: shipping, holidays, products' origins; one's own "abito in Irlanda", "I'm from Spain"
# say too little, and "moved" is as often one's own move).
_COUNTRY_HOME_CUE = (
    r"(?<![\w])(?:(?i:lives)\s(?i:in)"
    r"|(?i:vive|vivono|viveva|vivevano|abita|abitano|abitava|abitavano|risiede|risiedono|"
    r"trasferit[aei]|emigrat[aei])\s(?i:in|negli|nel|nella)"
    r"|(?i:arrivat[aei])\s(?i:dalla|dal|dall['’]|dagli|da)|" + _COUNTRY_KIN_CUE + r")"
    # round 17: cues that locate a person only after a relative or "he"/"she" in their clause
    # (country_home): Italian, Venetian and chat ("mia sorella sta in Moldavia", "ea fia la xe
    # in Canada", "mia moglie è de Perù", "suo marito viene dalle Filippine"), English ("my wife
    # is from Peru", "his mum moved back to Morocco", "her dad is back home in Senegal")
)
_COUNTRY_HOME = re.compile(
    _COUNTRY_HOME_CUE + r"\s?(?:the\s)?([A-Z][a-zà-ÿ'’\-]{2,24}(?:\s(?:[A-Z][a-zà-ÿ'’\-]{1,24}"
    r"|d['’][A-Z][a-zà-ÿ]{2,24}|(?:del|della|dei)\s[A-Z][a-zà-ÿ]{2,24})){0,2})"
)
# the cue right before a country (for the keep rules, privacy.recognizers.keep)
COUNTRY_HOME_BEFORE = re.compile(_COUNTRY_HOME_CUE + r"\s?(?:the\s)?$")
_COUNTRY_HOME_STEMS = (
    " lives",
    " viv",
    " abit",
    " risied",
    " trasferit",
    " emigrat",
    " arrivat",
    *_COUNTRY_KIN_STEMS,
)


_CLAUSE = re.compile(r"[.!?;\n]")
_HOME_COUNTRIES = frozenset({"italia", "italy"})


def home_country(word: str) -> bool:
    """Whether ``word`` names the businesses' own country (never a person's place here)."""
    return fold(word) in _HOME_COUNTRIES


_KIN_CUE_ONLY = re.compile(r"(?:" + _COUNTRY_KIN_CUE + r")")
_PLAIN_CUE_ONLY = re.compile(
    r"(?i:lives\sin|(?:vive|vivono|viveva|vivevano|abita|abitano|abitava|abitavano|risiede|"
    r"risiedono|trasferit[aei]|emigrat[aei])\s(?:in|negli|nel|nella))"
)
# a third person as the subject, besides the relatives of privacy.recognizers.names: "he", "she"
# and dialect words for a son or a daughter (Venetian "fio", "fia", "fioa", "fioi")
_THIRD_PERSON = frozenset({"he", "she", "lui", "lei", "fio", "fia", "fioa", "fioi", "fie", "fiole"})


def country_home(text: str, cue_start: int, cue: str) -> bool:
    """Whether the cue at ``cue_start`` places a person: "arrivata dalla" and round 17's cues
    ("sta in", "xe in", "è de", "viene da", "is from", "moved to") only after a relative or a
    third person in their clause ("mia madre è arrivata dalla Romania", "she's from Peru"; not
    "la merce è arrivata dalla Cina", "the tiles are from Spain", "her licence is from Wales")."""
    lowered = cue.lower()
    if not lowered.startswith("arrivat") and (
        _PLAIN_CUE_ONLY.match(cue) or not _KIN_CUE_ONLY.match(cue)
    ):
        return True
    from privacy.recognizers.names import RELATIVES

    # the cue's own subject counts too ("she's from")
    clause = _CLAUSE.split(text[max(0, cue_start - 60) : cue_start + len(cue)])[-1]
    words = [fold(word) for word in re.findall(r"[^\W\d_]+", clause)]
    if lowered.startswith("arrivat"):
        return any(word in RELATIVES for word in words)
    return any(word in RELATIVES or word in _THIRD_PERSON for word in words)


def _country_homes(text: str) -> Iterable[Detection]:
    lowered = " " + text.lower()
    if not any(stem in lowered for stem in _COUNTRY_HOME_STEMS):
        return
    names = countries()
    for match in _COUNTRY_HOME.finditer(text):
        if not country_home(text, match.start(), match.group(0)):
            continue
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            folded = fold(" ".join(words[:size]))
            if folded in _HOME_COUNTRIES:
                break  # the business's own country locates nobody ("she lives in Italy")
            if folded in names:
                end = match.start(1) + len(" ".join(words[:size]))
                yield Detection(match.start(1), end, "LOCATION", "place-residence", 0.6)
                break
    # round 29: the same cues before a country in small letters ("che sta in germania")
    for start, end in _lower_countries(text):
        home = COUNTRY_HOME_BEFORE.search(text, max(0, start - 60), start)
        if home is not None and country_home(text, home.start(), home.group(0)):
            yield Detection(start, end, "LOCATION", "place-residence", 0.6)


# Round 18. A country that locates another person without a verb of living: after a relative
# who is someone's own ("mia madre Elena in Romania", "my sister Natalia can pay from France",
# "mio nipote in Brasile"), where a body is repatriated ("rimpatrio salma in Albania",
# "repatriation of the body to Ghana"), after a family's signature ("the Morgan family,
# Australia", "famiglia Esposito, Belgio"). Not goods, shipping or one's own move ("we ship to
# Ireland", "I'm moving back to the UK": written unlabelled ~60 times in the dev corpora), not the
# business's own country.
_COUNTRY_PREPOSITION = re.compile(
    r"(?<![\w'’])(?i:in|from|da|dal|dalla|dall['’]|dai|dagli|de|nel|nella|negli|nei|"
    r"to|verso|per|back\sto|home\sto)\s(?:the\s)?$"
)
_KIN_PREPOSITIONS = frozenset(
    {
        "in",
        "from",
        "da",
        "dal",
        "dalla",
        "dall'",
        "dai",
        "dagli",
        "de",
        "nel",
        "nella",
        "negli",
        "nei",
    }
)
_POSSESSIVES_TEXT = """
    my your his her our their mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra
    nostri nostre vostro vostra vostri vostre me to so
"""
_POSSESSIVES = frozenset(_POSSESSIVES_TEXT.split())
# enclitic possessives of the relatives' list ("sorema", "frateme", "mammema")
_ENCLITIC = re.compile(r".{3}(?:ema|eme|emo|imo)$")
_REPATRIATION = re.compile(r"(?i:rimpatri[a-zò]*|repatriat[a-z]*|salma|feretro|spoglie)(?![\w])")
_FAMILY_SIGNATURE = re.compile(
    r"(?:(?i:family|famiglia|famiglie)"
    r"|(?i:famiglia|family|fam\.)\s[A-ZÀ-Ý][\w'’\-]+(?:\s[A-ZÀ-Ý][\w'’\-]+)?)\s?,\s?$"
)
_SIGNATURE_END = re.compile(r"\s*(?:$|[.!,;\n)]|[\U0001F300-\U0001FAFF❤♥])")
_CLAUSE_WORD = re.compile(r"[\w'’]+")
_CLAUSE_PART = re.compile(r",|\s(?i:ma|but|però|invece|mentre|while|whereas|and then|e poi)\s")


def _kin_in_clause(clause: str) -> bool:
    """Whether a relative of someone's own is named in ``clause``: a possessive before it, an
    enclitic possessive ("sorema") or a capitalised name after it ("zia Carla")."""
    from privacy.recognizers.names import RELATIVES

    words = _CLAUSE_WORD.findall(clause)
    for index, word in enumerate(words):
        folded = fold(word)
        if folded not in RELATIVES:
            continue
        if index and fold(words[index - 1]) in _POSSESSIVES:
            return True
        if _ENCLITIC.match(folded):
            return True
        following = words[index + 1] if index + 1 < len(words) else ""
        if following[:1].isupper() and load_lexicon().is_first(following):
            return True
    return False


# Round 29: at a relative's home, the relative without a possessive, right before "in"/"da"
# ("siamo dai nonni in Romania", "stiamo dalla zia in Francia", "staying with grandma in
# Greece", "at the in-laws' in Spain"): where the writer stays
_PLURAL_KIN_TEXT = """
    nonni genitori zii suoceri cugini cugine parenti figli nipoti cognati fratelli sorelle amici
    amiche grandparents parents in-laws inlaws relatives cousins folks grandkids kids
"""
_PLURAL_KIN = frozenset(_PLURAL_KIN_TEXT.split())
_AT_KIN = re.compile(
    r"(?<![\w'’])(?i:da|dai|dal|dalla|dallo|dagli|dalle|presso|at|with|visiting)[ \t]+"
    r"(?:(?i:i|il|la|lo|gli|le|the)[ \t]+)?([a-zà-ÿ\-]{3,16})(?:['’]s?)?[ \t]*$"
)


def _at_kin(part: str) -> bool:
    """Whether ``part`` ends at a relative's home (``_AT_KIN``)."""
    from privacy.recognizers.names import RELATIVES

    match = _AT_KIN.search(part)
    if match is None:
        return False
    kin = fold(match.group(1))
    return kin in RELATIVES or kin in _PLURAL_KIN


def person_country(text: str, start: int, end: int) -> bool:
    """Whether the country at ``text[start:end]`` locates another person (round 18): after a
    relative of someone's own in its clause and "in"/"from"/"da", a repatriation, or a family's
    signature. Never the business's own country."""
    if fold(text[start:end]) in _HOME_COUNTRIES:
        return False
    before = text[max(0, start - 70) : start]
    clause = _CLAUSE.split(before)[-1]
    preposition = _COUNTRY_PREPOSITION.search(clause)
    if preposition:
        if _REPATRIATION.search(clause):
            return True
        word = preposition.group(0).split()[0].lower().replace("’", "'")
        previous = _PREVIOUS_WORD.search(clause[: preposition.start()])
        if previous and previous.group(1).lower() in PRODUCT_WORDS:
            return False  # goods from a country ("ha comprato vino dalla Spagna")
        # the relative in the same part of the clause ("mia sorella vive a Roma ma siamo stati
        # in Grecia" is one's own holiday)
        part = _CLAUSE_PART.split(clause[: preposition.start()])[-1]
        return word in _KIN_PREPOSITIONS and (_kin_in_clause(part) or _at_kin(part))
    return bool(_FAMILY_SIGNATURE.search(before) and _SIGNATURE_END.match(text, end))


_COUNTRY_RUN = re.compile(
    # (round 38: "Czech republic", "United kingdom": the second word of a country in small
    # letters)
    r"(?<![\w'’\-])([A-Z][a-zà-ÿ'’\-]{1,24}(?:\s(?:[A-Z][a-zà-ÿ'’\-]{1,24}|d['’][A-Z][a-zà-ÿ]{2,24}"
    r"|republic|kingdom|states|emirates|arabia|africa|korea|zealand|lanka|rica"
    r"|(?:del|della|dei)\s[A-Z][a-zà-ÿ]{2,24})){0,2}|USA|UK|US|U\.S\.A\.|U\.K\.|U\.S\.)(?![\w])"
)
_PERSON_COUNTRY_STEMS = (
    "rimpatri",
    "repatriat",
    "salma",
    "feretro",
    "spoglie",
    "family",
    "famiglia",
    "famiglie",
    "fam.",
)


def _person_countries(text: str) -> Iterable[Detection]:
    lowered = text.lower()
    from privacy.recognizers.names import RELATIVES

    words = set(_CLAUSE_WORD.findall(lowered))
    if (
        not any(stem in lowered for stem in _PERSON_COUNTRY_STEMS)
        and RELATIVES.isdisjoint(words)
        and _PLURAL_KIN.isdisjoint(words)
    ):
        return
    for start, end in (*_country_spans(text), *_lower_countries(text)):
        if person_country(text, start, end):
            yield Detection(start, end, "LOCATION", "place-country", 0.6)


def _country_spans(text: str) -> Iterable[tuple[int, int]]:
    """The longest country name opening each capitalised run of ``text`` ("United Kingdom" of
    "United Kingdom Ltd")."""
    names = _countries_and_short()
    for match in _COUNTRY_RUN.finditer(text):
        words = match.group(1).split()
        if words[0] in ("US", "U.S."):
            # round 31: the USA in capitals only ("my US number"; "us" is a pronoun)
            yield match.start(1), match.start(1) + len(words[0])
            continue
        for size in range(len(words), 0, -1):
            span = " ".join(words[:size])
            if fold(span) in names:
                yield match.start(1), match.start(1) + len(span)
                break


def _lower_countries(text: str) -> Iterable[tuple[int, int]]:
    """Round 29: the foreign countries written in small letters, as chats write them ("mia zia
    che sta in germania", "my sister lives in greece"); the rules that place a person read them
    as they read the capitalised ones."""
    names = _foreign_countries()
    for match in _LOWER_WORD.finditer(text):
        if fold(match.group(0)) in names:
            yield match.start(), match.end()


# Round 24. The country of the writer's address, home or firm ("our address in Germany", "my
# company is in Spain", "la mia ditta è in Svizzera"): it locates them. Not goods, shipping,
# holidays or a general remark ("do you ship to India?", "Brazil is 5 hours behind", "made in
# Italy": written unlabelled in the dev corpora), nor an adjective between ("my old address in
# Romania"); one's own "I live in Wales", "abito in Irlanda" stay (rounds 16-19).
_OWN_COUNTRY_CUE = (
    r"(?<![\w'’])(?:(?i:my|our)\s(?i:company|firm|business|office|address|home|house|flat|"
    r"apartment|shop)(?:\s(?i:address))?(?:\s(?i:is|are))?(?:\s(?i:located|based|registered))?"
    r"|(?i:la\smia|la\snostra|il\smio|il\snostro|mia|mio|nostra|nostro)"
    r"\s(?i:azienda|ditta|società|ufficio|sede|indirizzo|casa|negozio|residenza)"
    r"(?:\s(?i:è|sta|si\strova|ha\ssede))?)"
    r"\s(?i:in|nel|nella|negli)\s(?:(?i:the)\s)?$"
)
OWN_COUNTRY_BEFORE = re.compile(_OWN_COUNTRY_CUE)
_OWN_COUNTRY_STEMS = ("my ", "our ", "mia ", "mio ", "nostr")


def own_country(text: str, start: int) -> bool:
    """Whether the country starting at ``start`` is where the writer has their address, home or
    firm (round 24; for the keep rules too)."""
    return OWN_COUNTRY_BEFORE.search(text, max(0, start - 70), start) is not None


def _own_countries(text: str) -> Iterable[Detection]:
    lowered = " " + text.lower()
    if not any(stem in lowered for stem in _OWN_COUNTRY_STEMS):
        return
    for start, end in _country_spans(text):
        if own_country(text, start):
            yield Detection(start, end, "LOCATION", "place-own-country", 0.6)


# Round 26. The country after a first name and "from" ("Right now Jakub from Poland, Amara
# from Nigeria", "Chidi from Ghana will call"): where that person comes from. Not goods or
# one's own "I'm from Spain" (rounds 16-19), not the business's own country.
# Round 31: also "Youssef viene dal Marocco", "Amina è della Tunisia", "Chen is from China"
_NAMED_FROM = re.compile(
    r"(?<![\w'’])([A-ZÀ-Ý][a-zà-ÿ]{1,20})[ \t]+(?:from|(?i:is|comes|came)[ \t]+from"
    r"|(?i:viene|venivano|vengono|è|e'|proviene)[ \t]+"
    r"(?i:da|dal|dalla|dall['’]|dai|dagli|di|del|della|dell['’]))[ \t]+$"
)


# ... or after what a person holds there: an account, a number, a home, a family ("ho conto in
# Romania", "her number in Pakistan", "my family in Ghana", "la casa in Albania")
_HELD_IN = re.compile(
    r"(?<![\w'’])(?i:conto|account|bank|banca|number|numero|phone|telefono|cellulare|mobile|"
    r"casa|home|house|famiglia|family|parents|genitori|"
    # round 28: one's documents ("her licence is from Ireland", "passaporto della Moldavia")
    r"licen[cs]e|driving[ \t]+licen[cs]e|passport|patente|passaporto|carta[ \t]+d['’]identità|"
    r"id[ \t]+card|residence[ \t]+permit|permesso[ \t]+di[ \t]+soggiorno|address|indirizzo|"
    r"insurance|assicurazione|plate|targa|"
    # round 31: one's legal home ("ho la residenza in slovenia", "domicilio in Francia")
    r"residenza|domicilio|residence|domicile)"
    # round 27: "il conto è in Lituania", "my bank is in Ireland", "family back in Österreich",
    # "un numero della Svizzera"
    r"(?:[ \t]+(?i:è|e'|is|was|back|are|were|sono|issued|rilasciat[oaie]))?[ \t]+"
    # round 29: also "di" ("il mio indirizzo di Spagna", "la casa di Romania")
    r"(?i:in|nel|nella|negli|del|della|dell['’]|dei|of|from|da|dal|dalla|dall['’]|dagli|dai|di)"
    r"[ \t]+(?:(?i:the)[ \t]+)?$"
    # round 28: paying or sending money from one's country ("I pay from Spain", "bonifico
    # dalla Germania", "can I pay from the US")
    r"|(?<![\w'’])(?i:pay|paying|transfer|bonifico|pago|pagare|pagamento|wire)"
    r"(?:[ \t]+[a-z]{1,10}){0,2}?[ \t]+(?i:from|da|dal|dalla|dall['’]|dagli)[ \t]+"
    r"(?:(?i:the)[ \t]+)?$"
)
# Round 28: a country as the adjective of one's own number, account or document ("my UK
# mobile", "(UK)" after a phone, "his UK licence", "il mio numero svizzero" is no case here)
_COUNTRY_OWN_THING = re.compile(
    # round 32: "a UK company account", "that's my US one"
    r"[ \t]+(?:(?i:company|business|personal|joint|savings|current|old|new)[ \t]+)?"
    r"(?i:one|mobile|number|phone|cell|account|bank[ \t]+account|bank|licen[cs]e|"
    r"driving[ \t]+licen[cs]e|passport|address|home[ \t]+address|id|sim|postcode|zip)(?![\w])"
)
# round 32: a person's document, whoever's it is ("Emily Rourke, US passport")
_COUNTRY_DOCUMENT = re.compile(
    r"[ \t]+(?i:passport|passports|driving[ \t]+licen[cs]e|driver'?s[ \t]+license|id[ \t]+card|"
    r"residence[ \t]+permit)(?![\w])"
)
# (round 38: "its an Australia number", "your Taiwan number")
_OWN_BEFORE_COUNTRY = re.compile(
    r"(?<![\w'’])(?i:my|his|her|our|their|your|ur|its|a|an|still)[ \t]+$"
)


# Round 27. The country one comes from, goes back to or is in, written by the person ("vengo
# dal Senegal", "vengo di Thiès in Senegal", "torniamo in Romania", "sono originaria della
# Moldavia", "abito in Irlanda", "I'm from Ghana", "we're back in Ireland"): the writers of the
# newer corpora label it a place of the person, as their brief says. Never the business's own
# country.
_ORIGIN_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:vengo|veniamo|vieni|venite|provengo|proveniamo|abito|abitiamo|abita|"
    r"abitano|vivo|viviamo|risiedo|risiediamo|torno|torniamo|tornano|tornerò|torneremo|rientro|"
    r"rientriamo|(?:ho|abbiamo)[ \t]+(?:lavorato|vissuto|abitato|studiato)"
    r"(?:[ \t]+(?:per[ \t]+)?\d{1,2}[ \t]+(?:anni|mesi))?)"
    r"(?:[ \t]+(?i:anche|pure|qui|da[ \t]+poco))?"
    r"|(?i:sono|siamo|è|sei|siete)[ \t]+(?i:originari[oaie]|nat[oaie])"
    r"|(?i:sono|siamo|sono[ \t]+ancora|siamo[ \t]+ancora)"
    # round 31: broken Italian, a name after "io" ("ciao io Lan di vietnam")
    r"|(?i:io)[ \t]+[A-ZÀ-Ý][a-zà-ÿ]{1,20})[ \t]+"
    r"(?i:da|dal|dalla|dall['’]|dai|dagli|di|del|della|dell['’]|de|in|nel|nella|negli|nei)"
    r"[ \t]*(?:[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}[ \t]*(?:,|(?i:in|nel|nella))[ \t]*)?$"
    r"|(?<![\w'’])(?:(?i:i'?m|im|i[ \t]+am|we'?re|we[ \t]+are|i[ \t]+come|we[ \t]+come)"
    r"[ \t]+(?i:from|back[ \t]+in|in)|(?i:originally)(?:[ \t]+(?i:from))?"
    r"|(?i:i|we)[ \t]+(?i:live|lived|grew[ \t]+up|worked|studied)"
    r"(?:[ \t]+(?i:for)[ \t]+\d{1,2}[ \t]+(?i:years|months))?[ \t]+(?i:in))"
    r"[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}[ \t]*(?:,|(?i:in))[ \t]*)?$"
    # round 28: born or resident there, without a subject before ("says born in Romania",
    # "residente in Albania dal 2010")
    r"|(?<![\w'’])(?i:born|raised|resident|residing|nat[oaie]|cresciut[oaie]|residente|"
    r"residenti)[ \t]+(?i:in|nel|nella|negli|nei)[ \t]+(?:(?i:the)[ \t]+)?$"
)


# Round 28. Where the writer asks the business to send something ("can you send it to
# France?", "Could you ship 12 bottles ... to the UK?", "potete spedire in Romania?", "spedite
# anche in Germania?"): the writers of the corpora label a customer's destination a place of the
# person. The business's own zones ("we ship to Germany", "spediamo in tutta Europa") are not
# asked so and stay.
_SENT_TO_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:(?:(?:can|could|would|will|do)[ \t]+)?(?:you|u|ya)[ \t]+"
    r"(?:please[ \t]+|pls[ \t]+|also[ \t]+)?"
    r"|please[ \t]+|pls[ \t]+)"
    r"(?i:ship|send|deliver|post|mail)"
    # round 32: what the writer wants to send ("vorrei spedire mia bici ... in Svizzera",
    # "I want to ship it to Norway")
    r"|(?i:vorrei|voglio|vorremmo|vogliamo|devo|dobbiamo|dovrei|dovremmo|posso|possiamo|"
    r"i[ \t]+(?:want|need|would[ \t]+like|'d[ \t]+like)[ \t]+to|we[ \t]+(?:want|need)[ \t]+to)"
    r"[ \t]+(?i:spedire|mandare|inviare|far[ \t]+arrivare|ship|send|post|mail)"
    # round 28: "to be sent to England", "must be shipped to Canada", "va spedito in Francia"
    r"|(?i:be|been|being|va|vanno|deve[ \t]+essere|devono[ \t]+essere|essere)[ \t]+"
    r"(?i:sent|shipped|delivered|posted|spedit[oaie]|mandat[oaie]|consegnat[oaie])"
    r"|(?i:potete|potreste|puoi|può|riuscite|riusciresti|spedite|spedireste|spedisci|mandate|"
    r"mandereste|inviate|consegnate|spedirlo|spedirla|spedirli|spedirle|mandarlo|mandarla|"
    r"mandarli|mandarle))"
    r"(?:[ \t]+[^.?!\n]{0,60}?)?[ \t]+(?i:to|in|into|a|nel|nella|negli|verso)[ \t]+"
    r"(?:(?i:the)[ \t]+)?$"
)


# Round 29. A trip wished to someone ("Safe trip to Greece!", "have a lovely holiday in
# Portugal", "enjoy Portugal", "buon viaggio in Grecia", "buone vacanze in Spagna"): where that
# person travels, a place of the person by the labelling policy. Never the business's own country.
_TRIP_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:safe|good|nice|great|lovely|happy|pleasant|wonderful|fantastic|fun)"
    r"[ \t]+(?i:trip|travels?|journey|flight|holidays?|vacation|stay|time)"
    r"(?:[ \t]+(?i:back))?[ \t]+(?i:to|in|home[ \t]+to)"
    r"|(?i:enjoy)(?:[ \t]+(?i:your|the)[ \t]+(?i:trip|time|stay|holidays?|vacation|travels?)"
    r"[ \t]+(?i:to|in))?"
    r"|(?i:bon[ \t]+voyage)(?:[ \t]+(?i:to))?"
    r"|(?i:buon|buona|buone)[ \t]+(?i:viaggio|rientro|soggiorno|volo|vacanza|vacanze|permanenza|"
    r"trasferta|partenza)[ \t]+(?i:in|a|verso|per|nel|nella|negli)"
    r"|(?i:goditi|godetevi|si[ \t]+goda|divertiti|divertitevi)(?:[ \t]+(?i:la|il|l['’]))?)"
    r"[ \t]*(?:(?i:the)[ \t]+)?$"
)


# Round 30. Where the writer goes ("andiamo in Portogallo", "prima di andare in Croazia", "we're
# flying to Portugal", "I'm going to Greece in May"): a trip of the person, like the wished trip
# above. Only the first person and the infinitive; never the business's own country.
_GOING_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:andiamo|vado|andrò|andremo|andare|andarci|partiamo|parto|partirò|"
    r"partiremo|voliamo|volo|volerò|voleremo)(?:[ \t]+(?i:anche|pure|finalmente|di[ \t]+nuovo))?"
    r"[ \t]+(?i:in|a|nel|nella|negli|per|verso)"
    r"|(?i:i['’]?m|im|i[ \t]+am|we['’]?re|we[ \t]+are|i|we|i['’]ll|we['’]ll)[ \t]+"
    r"(?i:going|go|flying|fly|travelling|traveling|travel|heading|driving|off)"
    r"(?:[ \t]+(?i:back|home|down|up|over))?[ \t]+(?i:to))"
    r"[ \t]+(?:(?i:the|la|il|lo|gli|le)[ \t]+|(?i:l['’]))?$"
)


# where the writer will be or has something: "in" + the country + a verb of the first person
_IN_BEFORE = re.compile(r"(?<![\w'’])(?i:in|nel|nella|negli)[ \t]+(?:(?i:the)[ \t]+)?$")
_FIRST_PERSON_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?i:i'?ll|i[ \t]+will|i'?m|i[ \t]+am|i[ \t]+have|we'?ll|we[ \t]+will|"
    r"we'?re|we[ \t]+have|sarò|saremo|avrò|avremo|starò|staremo|vivo|abito|lavoro)(?![\w'’]))"
)


# Round 28: a place's other name in brackets right after a found town ("abito a Opicina
# (Opčine)", "Bolzano (Bozen)", "Sesto (MI)"): the same place
_BRACKETED_ALIAS = re.compile(
    r"[ \t]?\([ \t]?([A-ZÀ-Ý][\w'’\-]{1,24}(?:[ \t][A-ZÀ-Ý][\w'’\-]{1,24})?)[ \t]?\)"
)


def bracketed_aliases(text: str, detections: Iterable[Detection]) -> Iterable[Detection]:
    """The bracketed other names of the found towns (see above)."""
    for found in detections:
        if found.entity_type != "LOCATION" or text[found.end : found.end + 2].strip()[:1] != "(":
            continue
        alias = _BRACKETED_ALIAS.match(text, found.end)
        if alias is not None and not home_country(alias.group(1)):
            yield Detection(alias.start(1), alias.end(1), "LOCATION", "place-alias", 0.6)


def named_country(text: str, start: int, end: int) -> bool:
    """Whether the country at ``text[start:end]`` follows a first name and "from", or what a
    person holds there (round 26; for the keep rules too), or where the writer comes from, goes
    back to or is (round 27, ``_ORIGIN_BEFORE``)."""
    if fold(text[start:end]) in _HOME_COUNTRIES:
        return False
    if fold(text[start:end]) in _CUE_ONLY_COUNTRIES and not _LOWER_COUNTRY_STRICT.search(
        text, max(0, start - 12), start
    ):
        return False
    if _HELD_IN.search(text, max(0, start - 40), start):
        return True
    if _OWN_BEFORE_COUNTRY.search(text, max(0, start - 8), start) and _COUNTRY_OWN_THING.match(
        text, end
    ):
        return True  # "my UK mobile", "her UK licence"
    if _COUNTRY_DOCUMENT.match(text, end):
        return True  # round 32: "Emily Rourke, US passport", "carta d'identità"
    if text[start:end] in ("US", "U.S."):
        # round 31: the USA in capitals only as one's number's or document's country (above,
        # and ``phone_country``); "ship to the US" is written unlabelled in the studied corpora
        return False
    if _ORIGIN_BEFORE.search(text, max(0, start - 60), start):
        return True
    if _SENT_TO_BEFORE.search(text, max(0, start - 90), start):
        return True  # "can you send it to France?", "potete spedire in Romania?"
    if _TRIP_BEFORE.search(text, max(0, start - 50), start):
        return True  # round 29: "Safe trip to Greece!", "buon viaggio in Grecia"
    if _GOING_BEFORE.search(text, max(0, start - 50), start):
        return True  # round 30: "andiamo in Portogallo", "we're flying to Portugal"
    if _IN_BEFORE.search(text, max(0, start - 12), start) and _FIRST_PERSON_AFTER.match(text, end):
        return True  # "in Nigeria I'll have +234 ...", "in Spagna sarò dal 3 al 10"
    named = _NAMED_FROM.search(text, max(0, start - 30), start)
    if named is None:
        return False
    lexicon = load_lexicon()
    return lexicon.is_first(named.group(1)) and not lexicon.is_common(named.group(1))


_LOWER_WORD = re.compile(r"(?<![\w'’@./#-])[a-zà-ÿ]{3,24}(?![\w'’@-])")
# Round 27: a town and its country on a line of their own (a signature, an address's last
# line): "Lyon, France", "Aarhus · Danmark"
_TOWN_COUNTRY_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[|·•][ \t]*)?"
    r"([A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:[ \t\-][A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24})?)"
    r"[ \t]*(?:,|·|•|-|–|\|)[ \t]*([A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:[ \t][A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24})?"
    r"|USA|UK)[ \t.]*(?=$|\n)"
)


def _town_country_lines(text: str) -> Iterable[Detection]:
    names = _foreign_countries()
    lexicon = load_lexicon()
    for match in _TOWN_COUNTRY_LINE.finditer(text):
        town, country = match.group(1), match.group(2)
        if fold(country) not in names or fold(town) in countries():
            continue
        if lexicon.is_common(town.split()[0]) or lexicon.is_first(town.split()[0]):
            continue
        yield Detection(match.start(1), match.end(1), "LOCATION", "place-town-country", 0.6)
        yield Detection(match.start(2), match.end(2), "LOCATION", "place-town-country", 0.6)


def country_after_address(previous: str, text: str) -> Detection | None:
    """A message that is only a country after a message whose last line is a postcode and a
    town (an address sent line by line): the address's country."""
    stripped = text.strip(" \t.,!\n")
    if not _closes_address(stripped, previous.strip().rsplit("\n", 1)[-1]):
        return None
    start = text.index(stripped)
    return Detection(start, start + len(stripped), "LOCATION", "place-address-country", 0.6)


# Round 31. The country of a phone number written beside it: before it ("US cell +1 (415)
# 555-0186", "UK: +44 7700 900123") or after it in the same clause ("+254 712 408 339 (it's
# from Kenya)", "+880 1712-345678 ... quello è mio bangladesh"): the number's country, a place of
# the person by the labelling policy ("my UK number"). Never the business's own country.
_PHONE_AFTER_COUNTRY = re.compile(
    r"[ \t]*(?:(?i:cell|mobile|number|phone|sim|nr\.?|no\.|numero|cellulare|cell\.|tel\.?|"
    r"whatsapp)[ \t]*)?:?[ \t]*\(?(?:\+|00)\d"
)
# round 32: also a national number ("phone 07700 934 218 (UK)")
_PHONE_RUN = re.compile(r"(?:\+|00|(?<![\w.,/])0)\d[\d \t().\-/]{6,18}\d")
_COUNTRY_AFTER_PHONE = re.compile(
    r"(?:(?i:from|of|is|è|e'|da|dal|dalla|del|della|di|mio|mia|suo|sua|his|her|my)[ \t]+"
    r"(?:(?i:the)[ \t]+)?|\([ \t]*)$"
)


# Round 32. A foreign nationality's adjective of one's own number, account or document ("it's
# still my German number", "my Spanish account", "il mio numero tedesco", "la mia sim
# tunisina"): the country of a person's number, as the brief labels it. Only after a possessive,
# never the business's own country's ("my Italian number").
_DEMONYMS_TEXT = """
    german french spanish english british irish scottish welsh american canadian mexican
    brazilian argentinian argentine chilean peruvian colombian venezuelan cuban portuguese
    dutch belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek
    turkish russian ukrainian moldovan serbian croatian slovenian bosnian albanian
    macedonian swedish norwegian danish finnish icelandic estonian latvian lithuanian
    moroccan tunisian algerian egyptian nigerian ghanaian senegalese kenyan ethiopian
    indian pakistani bangladeshi chinese japanese korean filipino vietnamese thai
    indonesian australian lebanese syrian iranian israeli ukrainian ukraino ukraina
    tedesco tedesca francese spagnolo spagnola inglese irlandese scozzese americano americana
    canadese messicano messicana brasiliano brasiliana argentino argentina peruviano peruviana
    colombiano colombiana cubano cubana portoghese olandese belga svizzero svizzera
    austriaco austriaca polacco polacca ceco ceca slovacco slovacca ungherese rumeno rumena
    romeno romena bulgaro bulgara greco greca turco turca russo russa ucraino ucraina
    moldavo moldava serbo serba croato croata sloveno slovena bosniaco bosniaca albanese
    macedone svedese norvegese danese finlandese marocchino marocchina tunisino tunisina
    algerino algerina egiziano egiziana nigeriano nigeriana ghanese senegalese keniota
    indiano indiana pakistano pakistana bengalese cinese giapponese coreano coreana
    filippino filippina vietnamita thailandese indonesiano indonesiana australiano australiana
    libanese siriano siriana iraniano iraniana israeliano israeliana
"""
_DEMONYMS = frozenset(_DEMONYMS_TEXT.split())
_DEMONYM_OF_THING = re.compile(
    r"(?<![\w'’])(?i:my|his|her|our|their)[ \t]+(?:(?i:old|new|other)[ \t]+)?"
    r"(?P<en>[A-Za-z]{4,14})[ \t]+(?i:number|mobile|phone|cell|sim|account|bank[ \t]+account|"
    r"passport|licen[cs]e|id|iban|card|address)(?![\w])"
    # (round 38: or one's own after "ho", "ho un cell svizzero")
    r"|(?<![\w'’])(?i:il[ \t]+mio|la[ \t]+mia|mio|mia|il[ \t]+suo|la[ \t]+sua|suo|sua|"
    r"ho[ \t]+un|ho[ \t]+una|ha[ \t]+un|ha[ \t]+una)[ \t]+"
    # (round 38: "il mio indirizzo svizzero", "my Swiss address")
    r"(?i:numero|cellulare|cell|sim|conto|passaporto|patente|carta|documento|iban|indirizzo)"
    r"[ \t]+(?P<it>[a-zà-ù]{4,14})(?![\w])"
)


# round 38: a country's two-letter code before one's own number or document ("my NL number",
# "her DE sim"), a region phonenumbers knows and not the home country's
_CODE_OF_THING = re.compile(
    r"(?<![\w'’])(?i:my|his|her|our|their)[ \t]+(?P<code>[A-Z]{2})[ \t]+"
    r"(?i:number|mobile|phone|cell|sim|account|bank[ \t]+account|iban|passport|licen[cs]e|"
    r"address)(?![\w])"
)


def _demonym_things(text: str) -> Iterable[Detection]:
    for match in _DEMONYM_OF_THING.finditer(text):
        group = "en" if match.group("en") else "it"
        if match.group(group).lower() in _DEMONYMS:
            yield Detection(match.start(group), match.end(group), "LOCATION", "place-demonym", 0.6)
    for match in _CODE_OF_THING.finditer(text):
        code = match.group("code")
        if code in phonenumbers.SUPPORTED_REGIONS and code not in ("IT", "SM", "VA", "US"):
            yield Detection(match.start("code"), match.end("code"), "LOCATION", "place-code", 0.6)


def phone_country(text: str, start: int, end: int) -> bool:
    """Whether the country at ``text[start:end]`` is a phone number's written beside it (see
    above; for the keep rules too)."""
    if fold(text[start:end]) in _HOME_COUNTRIES:
        return False
    if _PHONE_AFTER_COUNTRY.match(text, end):
        return True
    phones = list(_PHONE_RUN.finditer(text, max(0, start - 60), start))
    if not phones:
        return False
    between = text[phones[-1].end() : start]
    return (
        len(between) <= 32
        and not any(mark in between for mark in ".!?\n")
        and _COUNTRY_AFTER_PHONE.search(between) is not None
    )


def _phone_countries(text: str) -> Iterable[Detection]:
    if not any(map(str.isdigit, text)):
        return
    for start, end in (*_country_spans(text), *_lower_countries(text)):
        if phone_country(text, start, end):
            yield Detection(start, end, "LOCATION", "place-phone-country", 0.6)


def _named_countries(text: str) -> Iterable[Detection]:
    lowered = text.lower()
    if not any(
        cue in lowered
        for cue in (
            " from ",
            " in ",
            " nel",
            " d",
            " back in ",
            " to ",
            "my ",
            "his ",
            "her ",
            "our ",
            "still ",
            "a ",
            "an ",  # round 38: "its an Ireland number", "your Taiwan number"
            "your ",
            "enjoy",  # round 29: a trip wished ("Enjoy Portugal!")
            "passport",  # round 32: a document's country ("US passport")
            "licen",
            "permit",
            "id card",
            "godet",
            "goditi",
            "voyage",
            " a ",
            " per ",
            " verso ",
        )
    ):
        return
    for start, end in _country_spans(text):
        if named_country(text, start, end):
            yield Detection(start, end, "LOCATION", "place-residence", 0.6)
    # round 27: any country word after one's own cue, read case-blind: lowercase ("im from
    # philippines", "i live in scotland") or inside a capitalised run the spans above miss
    # ("Originally Chile")
    names = _foreign_countries()
    for match in _LOWER_WORD.finditer(lowered):
        if fold(match.group(0)) not in names:
            continue
        if _ORIGIN_BEFORE.search(text, max(0, match.start() - 60), match.start()) or (
            # round 29: the other cues too, before a country in small letters ("il mio
            # indirizzo di spagna", "buon viaggio in grecia") or inside a capitalised run
            # ("Enjoy Portugal!")
            named_country(text, match.start(), match.end())
        ):
            yield Detection(match.start(), match.end(), "LOCATION", "place-residence", 0.6)


# Round 27. The country that closes a postal address written over lines, on a line of its own
# under the postcode and the town ("Hauptplatz 7/3/12 / A-8010 Graz / Österreich"); the
# postcode with its town beside it ("70173 Stuttgart", "A-8010 Graz", "Lausanne 1003")
_POSTCODE_TOWN = re.compile(
    r"(?<![\w])(?:(?:[A-Z]{1,2}[ \t]?-[ \t]?)?\d{2,6}(?:-\d{3})?[ \t]+[A-ZÀ-Ý][\w'’\-]+"
    r"|[A-ZÀ-Ý][\w'’\-]+[ \t]+(?:[A-Z]{1,2}[ \t]?-[ \t]?)?\d{4,6}(?![\w]))"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w])"
)


def _closes_address(candidate: str, previous_line: str) -> bool:
    """Whether ``candidate`` is a foreign country alone under a short line with a postcode and
    its town."""
    return (
        bool(candidate)
        and fold(candidate) in _foreign_countries()
        and len(previous_line) <= 60
        and _POSTCODE_TOWN.search(previous_line) is not None
    )


def _address_block_countries(text: str) -> Iterable[Detection]:
    offset = 0
    previous = ""
    for line in text.split("\n"):
        stripped = line.strip(" \t.,")
        if _closes_address(stripped, previous):
            start = offset + line.index(stripped)
            yield Detection(start, start + len(stripped), "LOCATION", "place-address-country", 0.6)
        if line.strip():
            previous = line
        offset += len(line) + 1


# Round 26. A town signing the message after the writer's name ("Marta Colombo – Alba",
# "Jen x (Bath)"), also a town that is a word: at the very end, after a capitalised name or a
# kiss and a dash, a bar or in brackets.
_SIGNED_TOWN = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’]+|\b[xX]{1,3})[ \t]*(?:[-–—|][ \t]*|\([ \t]*)"
    r"([A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:[ \t][A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24})?)[ \t]*\)?"
    r"[ \t]*[^\w\s]{0,6}[ \t]*$"
)
# Round 26. A district written lowercase after "zona" or "quartiere" ("abito zona san siro"): a
# place of the lists, not an everyday word ("zona giorno", "zona centro").
_LOWER_DISTRICT = re.compile(
    r"(?<![\w'’])(?i:zona|quartiere)[ \t]+([a-zà-ÿ'’]{3,20}(?:[ \t][a-zà-ÿ'’]{2,20}){0,2})"
)


def _signed_towns(text: str) -> Iterable[Detection]:
    tail = max(0, len(text) - 80)
    match = _SIGNED_TOWN.search(text, tail)
    if match is not None and known_place(match.group(1)):
        yield Detection(match.start(1), match.end(1), "LOCATION", "place-signed", 0.6)


# Round 29. A hamlet written lowercase right after its kind ("abito a piove di sacco frazione
# piovega", "loc. case nuove", "contrada garrasia"): a place of the lists, or one word that no
# dictionary knows ("frazione di secondo", "località balneare", "località marina" stay).
_LOWER_HAMLET = re.compile(
    r"(?<![\w'’])(?i:frazione|fraz\.|località|localita['’]?|loc\.|borgata|contrada|c\.da)"
    r"[ \t]+([a-zà-ÿ'’]{3,20}(?:[ \t][a-zà-ÿ'’]{2,20}){0,2})"
)


# an article or an articled preposition before the kind: the noun, no hamlet's name follows
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?i:la|una|della|alla|nella|dalla|sulla|questa|quella|stessa|l['’]|"
    r"dell['’]|all['’]|nell['’]|dall['’]|un['’])[ \t]*$"
)
# the hamlet's name ends the clause or the address goes on ("frazione piovega via boschi
# 14/a", "contrada favarotta 12", "località pian di sorbo, dopo il ponte")
_HAMLET_END = re.compile(
    r"[ \t]*(?:$|[,.;:!?)\n]|\d|(?i:via|viale|piazza|p\.zza|strada|str\.|corso|vicolo|n\.|nr|"
    r"numero|civico|snc|cap)(?![\w]))"
)
_HAMLET_JOINS = frozenset({"di", "del", "della", "dei", "delle", "de", "da", "in", "sul", "sulla"})


def _lowercase_hamlets(text: str) -> Iterable[Detection]:
    lexicon = load_lexicon()
    gazetteer = load_gazetteer(lexicon)
    for match in _LOWER_HAMLET.finditer(text):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            if fold(phrase) in gazetteer and not (size == 1 and lexicon.is_word(phrase)):
                break
        else:
            phrase = words[0]
            if len(phrase) < 4 or lexicon.is_word(phrase) or lexicon.is_first(phrase):
                continue
            if len(words) == 3 and words[1] in _HAMLET_JOINS:
                phrase = " ".join(words)  # "pian del voglio", "case di sopra"
        end = match.start(1) + len(phrase)
        if _ARTICLE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # the noun ("la frazione regge un camion?", "nella località indicata")
        if not _HAMLET_END.match(text, end):
            continue
        yield Detection(match.start(1), end, "LOCATION", "place-hamlet", 0.6)


def _lowercase_districts(text: str) -> Iterable[Detection]:
    lexicon = load_lexicon()
    gazetteer = load_gazetteer(lexicon)
    for match in _LOWER_DISTRICT.finditer(text):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            if size == 1 and lexicon.is_word(phrase):
                continue
            if fold(phrase) in gazetteer:
                end = match.start(1) + len(phrase)
                yield Detection(match.start(1), end, "LOCATION", "place-district", 0.6)
                break


# Round 21. A country that a person or a family moves to or back to, or a removal's goal ("we're
# relocating back to the UK", "ci trasferiamo in Portogallo", "rientriamo in Romania", "per un
# trilocale verso la Romania"): the person's new home. Not goods or a price list ("spedizioni
# verso la Romania", "traslochi per la Spagna"), not the business's own country.
_MOVED_COUNTRY = re.compile(
    r"(?<![\w])(?:(?i:relocat(?:e|es|ed|ing)|moving|move|moved|emigrat(?:e|ed|ing)|repatriating)"
    r"\s(?:(?i:back|home|permanently|for\sgood)\s){0,2}(?i:to)"
    r"|(?i:trasferir(?:ci|si|mi|vi|ti)|ci\strasferiamo|ci\strasferiremo|mi\strasferisco|"
    r"mi\strasferirò|ci\ssiamo\strasferiti|rientrare|rientriamo|rientro|rientreremo|"
    r"tornare\sa\svivere|torniamo\sa\svivere|trasloco|trasferimento)"
    r"(?:\s(?i:definitivamente|per\ssempre|anche))?\s(?i:in|verso|per|nel|nella|negli)"
    r"|(?i:trilocale|bilocale|monolocale|quadrilocale|appartamento|casa|flat|house|apartment|"
    r"home)\s(?i:verso|per|to|in\spartenza\sper))"
    r"\s(?:(?i:the|la|il|lo|gli|i)\s|(?i:l)['’])?"
    r"([A-Z][a-zà-ÿ'’\-]{1,24}(?:\s(?:[A-Z][a-zà-ÿ'’\-]{1,24}|d['’][A-Z][a-zà-ÿ]{2,24}"
    r"|(?:del|della|dei)\s[A-Z][a-zà-ÿ]{2,24})){0,2}|USA|UK|U\.S\.A\.|U\.K\.)(?![\w])"
)
_MOVED_STEMS = ("relocat", "mov", "emigrat", "repatriat", "trasf", "rientr", "tornare", "torniamo")
_HOME_STEMS = ("locale", "appartamento", "casa", "flat", "house", "apartment", "home", "trasloco")


def _moved_countries(text: str) -> Iterable[Detection]:
    lowered = text.lower()
    if not any(stem in lowered for stem in _MOVED_STEMS) and not any(
        stem in lowered for stem in _HOME_STEMS
    ):
        return
    names = _foreign_countries()
    for match in _MOVED_COUNTRY.finditer(text):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            span = " ".join(words[:size])
            if fold(span) in names:
                end = match.start(1) + len(span)
                yield Detection(match.start(1), end, "LOCATION", "place-move", 0.6)
                break


def moved_country(text: str, start: int, end: int) -> bool:
    """Whether the country at ``text[start:end]`` is where a person moves (for the keep rules,
    privacy.recognizers.keep)."""
    return any(d.start == start for d in _moved_countries(text))


# Round 21. A town written as the answer that opens a message, then a reservation ("Bath, but
# we spend the summers in Menaggio", "Rapallo, ma d'estate stiamo a Camogli"). A place that
# is also a word counts only when no Italian word and no first name ("Grazie, ma ...").
_ANSWER_TOWN = re.compile(
    r"\s*([A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:\s[A-ZÀ-Ý][a-zà-ÿ'’\-]{1,24}){0,2})\s?,\s"
    r"(?i:but|ma|però|though|although|anche\sse|even\sthough|mentre|while)(?![\w])"
)
# the answer alone to a question about where ("Where are you based?" -> "Bath." / "a Rapallo")
_ANSWER_ALONE = re.compile(
    r"\s*(?:(?i:in|a|from|da|near|vicino\sa|at)\s)?"
    r"([A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:\s[A-ZÀ-Ý][a-zà-ÿ'’\-]{1,24}){0,2})"
    r"\s*(?:[.!,;)]|[\U0001F300-\U0001FAFF]|$)"
)
_WHERE_QUESTION = re.compile(
    r"(?<![\w])(?i:where|whereabouts|which\s(?:town|city|area|part|village)|what\s(?:town|city|"
    r"area|part)|dove|di\sdove|da\sdove|in\sche\s(?:zona|città|paese)|quale\s(?:zona|città|paese)|"
    r"che\szona|che\scittà)(?![\w])[^?\n]{0,60}\?"
)


def _answer_place(run: str) -> int:
    """The number of characters of ``run`` (from its start) that name a known town, or 0."""
    lexicon = load_lexicon()
    gazetteer = load_gazetteer(lexicon)
    words = run.split()
    for size in range(len(words), 0, -1):
        span = " ".join(words[:size])
        folded = " ".join(fold(word) for word in words[:size])
        if folded in countries() or folded in well_known_brands()[0]:
            return 0
        if folded in gazetteer or (
            CUE_ONLY + folded in gazetteer
            and not (
                size == 1
                and (
                    folded in lexicon.italian
                    or lexicon.is_first(span)
                    or lexicon.is_common(span)
                    or fold(span) in MONTH_NAMES
                    or fold(span) in WEEKDAY_NAMES
                )
            )
        ):
            return len(span)
    return 0


def _answer_towns(text: str) -> Iterable[Detection]:
    head = text[:40]
    if "," not in head or not head.lstrip()[:1].isupper():
        return
    match = _ANSWER_TOWN.match(text)
    if match:
        size = _answer_place(match.group(1))
        if size:
            yield Detection(match.start(1), match.start(1) + size, "LOCATION", "place-answer", 0.6)


def answered_place(text: str, question: str) -> Detection | None:
    """The town that ``text`` opens with, written alone as the answer to ``question``, a
    question about where (the previous message: "Where do you live?" -> "Bath." / "a Rapallo!").
    """
    if "?" not in question or not _WHERE_QUESTION.search(question):
        return None
    match = _ANSWER_ALONE.match(text)
    if not match:
        return None
    size = _answer_place(match.group(1))
    if not size:
        return None
    return Detection(match.start(1), match.start(1) + size, "LOCATION", "place-answer", 0.6)


# Round 21. Districts written in capitals that are also acronyms or a currency: Rome's EUR,
# Palermo's ZEN and CEP, Milan's QT8. Only where a home is or someone lives ("your flat in EUR",
# "abito all'Eur", "zona ZEN"); never a price ("30 EUR", "prices in EUR").
_ACRONYM_DISTRICT = re.compile(
    r"(?<![\w])(?:(?:(?i:flat|apartment|house|home|casa|appartamento|villa|villetta|attico|"
    r"live|lives|living|based|staying|abito|abita|abitiamo|abitano|vivo|vive|viviamo|vivono|"
    r"residente|sta|stanno|sto|stiamo)\s(?i:in|at|near|a|al|allo|nel|vicino\sal)"
    r"|(?i:zona|quartiere|rione|district|area))\s(?:(?i:the)\s)?|(?i:all|dall|nell)['’])"
    r"(EUR|Eur|ZEN|CEP|QT8)(?![\w'’\-])(?!\s?\d)"
)

# the codes of the currencies a customer may quote: never a place the scorer guessed
_CURRENCY_CODES_TEXT = "EUR USD GBP CHF JPY CAD AUD NZD SEK NOK DKK PLN CZK HUF RON BGN CNY INR BRL"
CURRENCY_CODES = frozenset(_CURRENCY_CODES_TEXT.split())


def _acronym_districts(text: str) -> Iterable[Detection]:
    for match in _ACRONYM_DISTRICT.finditer(text):
        yield Detection(match.start(1), match.end(1), "LOCATION", "place-district", 0.6)


def place_carried(value: str) -> bool:
    """Whether a place found in one message of a conversation is searched again in its other
    messages (round 21): a country found where a person lives or moves ("we're relocating back
    to the UK" ... "Where in the UK?"), written capitalised."""
    return value[:1].isupper() and fold(value) in _countries_and_short()


def find_carried_places(text: str, values: Iterable[str]) -> Iterable[Detection]:
    """Each of ``values`` (carried places) written word-bounded, as written, in ``text``;
    not beside a product ("the UK version")."""
    for value in values:
        if value not in text:
            continue
        for match in re.finditer(r"(?<![\w'’\-])" + re.escape(value) + r"(?![\w'’\-])", text):
            if beside_product(text, match.start(), match.end()):
                continue
            yield Detection(match.start(), match.end(), "LOCATION", "place-carried", 0.6)


def known_place(word: str) -> bool:
    """Whether the place lists know ``word`` (folded, any case or marker)."""
    return fold(word) in _places_folded()


# Round 18. A country right beside a town that was found ("Canada, Halifax", "Halifax, Canada",
# "Halifax (Canada)"): it belongs to the same line, and goes with the town.
# round 32: also in small letters, and of two words ("back home in brno, czech republic",
# "from Graz (austria)"): the longest country the words after the comma open
_COUNTRY_AFTER_TOWN = re.compile(r"\s?[,(]\s?([A-Za-z][A-Za-zà-ÿ'’ ]{1,30})")
_COUNTRY_BEFORE_TOWN = re.compile(r"(?<![\w'’\-])([A-Z][A-Za-zà-ÿ'’ .]{1,30}?)\s?,\s?$")


def countries_beside(text: str, towns: Iterable[Detection]) -> Iterable[Detection]:
    """The countries written right before or after one of ``towns`` with a comma or in
    brackets; not the business's own ("Torino (Italia)")."""
    names = _foreign_countries()
    for town in towns:
        if fold(text[town.start : town.end]) in names:
            continue
        after = _COUNTRY_AFTER_TOWN.match(text, town.end)
        if after:
            words = after.group(1).rstrip(" .").split()
            for size in range(len(words), 0, -1):
                candidate = " ".join(words[:size])
                if fold(candidate) in names:
                    begin = after.start(1)
                    yield Detection(begin, begin + len(candidate), "LOCATION", "place-country", 0.6)
                    break
        before = _COUNTRY_BEFORE_TOWN.search(text, max(0, town.start - 32), town.start)
        if before:
            words = before.group(1).split()
            for size in range(len(words), 0, -1):
                candidate = " ".join(words[-size:])
                if fold(candidate) in names:
                    begin = before.end(1) - len(candidate)
                    yield Detection(begin, before.end(1), "LOCATION", "place-country", 0.6)
                    break


# Round 18. Where a person was born and died, in an obituary, a memorial card or a biography:
# "Calci 1934 – Pisa 2024", "(Cascina, 1941 - Lucca, 2023)", "Ponte a Egola 3.5.1930 – Empoli
# 12.1.2020": two places, each with its year, joined by a dash, the years a life apart.
_LIFE_PLACE = (
    r"([A-ZÀ-Ý][\w'’\-]+(?:\s(?:[A-ZÀ-Ý][\w'’\-]+"
    r"|(?:di|del|della|in|a|al|sul|de)\s[A-ZÀ-Ý][\w'’\-]+)){0,3})"
)
_LIFE_DATE = r",?\s(?:(?:\d{1,2}[./]\d{1,2}[./]|\d{1,2}\s[a-zà-ÿ]{3,9}\s))?((?:18|19|20)\d\d)"
LIFE_SPAN = re.compile(
    r"(?<![\w'’])"
    + _LIFE_PLACE
    + _LIFE_DATE
    + r"\s?[–—\-]\s?"
    + _LIFE_PLACE
    + _LIFE_DATE
    + r"(?![\w/])"
)


# a life's cue in the message, or the span right after a name and a comma or in brackets
_LIFE_CUE = re.compile(
    r"(?i:ricord|memori|memory|loving|r\.?i\.?p|defunt|scompars|lutto|funeral|necrolog|epigraf|"
    r"lapide|santino|nat[oaie]\s|born|died|mort[oaie]\s|anniversari|condoglianz|passed away|"
    r"in pace|peace)|[✝†✞]"
)
_LIFE_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w'’]+,\s?|[(\[«\"'‘“]\s?)$")


def life_spans(text: str) -> Iterable[Detection]:
    """The places of birth and death of a life span (``LIFE_SPAN``)."""
    lexicon = load_lexicon()
    cue = _LIFE_CUE.search(text) is not None
    names = countries()
    for match in LIFE_SPAN.finditer(text):
        born, died = int(match.group(2)), int(match.group(4))
        if not 15 <= died - born <= 110:
            continue
        if not cue and not _LIFE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        for group in (1, 3):
            place = match.group(group)
            if fold(place) in names or lexicon.is_first(place.split()[0]):
                continue
            if not known_place(place) and lexicon.is_common(place.split()[0]):
                continue
            yield Detection(match.start(group), match.end(group), "LOCATION", "place-life", 0.65)


# Round 18. A comune or frazione named after a saint with its qualifier ("San Potito Ultra",
# "Santa Croce Superiore", "San Lorenzo Marina", "Sant'Elia Scalo"), a closed class of words no
# saint's name ends with; or with its link after a place cue ("a San Marco dei Cavoti", "da
# Sant'Angelo de' Lombardi", dialect "addò/'ndo"), not a church, a feast or a street.
_SAINT = r"(?:(?:San|Santa|Santo|Santi)\s|Sant['’]\s?)"
_SAINT_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:\s[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24})?"
_SAINT_QUALIFIED = re.compile(
    r"(?<![\w'’])(" + _SAINT + _SAINT_NAME + r"\s(?:Ultra|Citra|Superiore|Inferiore|Marina|Scalo|"
    r"Terme|Stazione)(?:\s(?:di|del|della|dei)\s[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24})?)(?![\w'’])"
)
_SAINT_LINKED = re.compile(
    r"(?<![\w'’])(?i:a|ad|da|in|from|to|at|near|addò|addo|addu|['’]ndo|ndo)\s("
    + _SAINT
    + _SAINT_NAME
    + r"\s(?:di|de|de['’]|d['’]|dei|degli|del|della|delle|in|al|sul|sulla)\s?[A-ZÀ-Ý]"
    r"[a-zà-ÿ'’\-]{2,24}(?:\s[A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24})?)(?![\w'’])"
)
_NOT_SAINT_TOWN = re.compile(
    r"(?i:chiesa|basilica|parrocchia|santuario|cappella|duomo|festa|ospedale|clinica|istituto|"
    r"scuola|liceo|via|viale|piazza|piazzale|corso|largo|vicolo|church|hospital|street|feast)"
    r"\s(?:\w+\s)?$"
)


def _saint_towns(text: str) -> Iterable[Detection]:
    for match in _SAINT_QUALIFIED.finditer(text):
        yield Detection(match.start(1), match.end(1), "LOCATION", "place-saint", 0.65)
    for match in _SAINT_LINKED.finditer(text):
        if _NOT_SAINT_TOWN.search(text, max(0, match.start() - 30), match.start()):
            continue
        yield Detection(match.start(1), match.end(1), "LOCATION", "place-saint", 0.65)


# Round 18. A country joined to another by a dash or "vs" is a match of national teams
# ("Italia-Francia 2-1", "Ireland v Scotland"), never a person.
_FIXTURE_BEFORE = re.compile(r"([A-ZÀ-Ý][\w'’]+)\s?(?:[-–—/]|(?i:vs\.?|v\.?|contro))\s?$")
_FIXTURE_AFTER = re.compile(r"\s?(?:[-–—/]|(?i:vs\.?|v\.?|contro))\s?([A-ZÀ-Ý][\w'’]+)")


def in_fixture(text: str, start: int, end: int) -> bool:
    """Whether the country at ``text[start:end]`` is one side of a match."""
    names = countries()
    if fold(text[start:end]) not in names:
        return False
    before = _FIXTURE_BEFORE.search(text, max(0, start - 30), start)
    after = _FIXTURE_AFTER.match(text, end)
    return bool(
        (before and fold(before.group(1)) in names) or (after and fold(after.group(1)) in names)
    )


# Round 17. A small town after a cue that locates a person ("abito a", "vengo da", "partiamo
# da", "sono di", "trasloco x"): its head an everyday word that opens many Italian place names
# ("Palma Campania", "Colle Umberto", "Marina di Gioiosa", "Case Nuove di Somma", "Rocca
# Priora"), or a frazione with its comune ("Alba di Canazei", "San Pietro in Cariano"): the whole
# name is one place.
_TOWN_HEADS_TEXT = """
    Palma Colle Colli Ponte Marina Borgo Lido Villa Villanova Castello Castel Castelnuovo Case
    Rocca Monte Monti Poggio Torre Porto Pieve Badia Casale Cascina Corte Fonte Fontana Piano Pian
    Prato Riva Serra Valle Val Vico Campo Bosco Forte Isola Madonna Santa San Sant Santo Cà Ca
    Capo Cala Lago Bagni Bagno Terme Passo Pozzo Croce Cerreto Pietra Sasso Montagna Motta Ronco
    Acquaviva
"""
TOWN_HEADS = frozenset(_TOWN_HEADS_TEXT.split())
_TOWN_LINK = (
    r"(?:di|del|della|dello|dei|degli|delle|de|in|al|sul|sulla|nel|d['’]|dell['’]|sull['’])"
)
_TOWN_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’\-]{1,24}"
_CUED_TOWN = re.compile(
    r"(?<![\w])(?:(?i:abito|abiti|abita|abitiamo|abitano|vivo|vive|viviamo|vivono|risiedo|"
    r"risiede|residente|residenti|vengo|viene|veniamo|vengono|parto|parte|partiamo|partono|"
    r"arrivo|arriviamo|torno|torniamo|trasferit[oaie]|nat[oaie]|cresciut[oaie]|sto|stiamo|"
    r"siamo|stago|semo|steva|stevano|stevo|stava|stavano|stavo|campa|campava|nascette|nacque|"
    r"addò|addo|addu|['’]ndo|ndo)\s(?i:a|ad|da|in)"
    r"|(?i:sono|siamo|xe|originari[oaie])\s(?i:di|de)"
    r"|(?i:parto|partiamo|partenza|volo|voli|treno|bus|viaggio|trasloco|trasferimento|navetta|"
    r"transfer|corsa|consegna|spedizione|ritiro|passaggio)\s(?i:per|x|a|da))"
    r"\s(?:(?i:la|il|lo|le)\s)?"
    r"(" + _TOWN_WORD + r"(?:\s" + _TOWN_WORD + r"){0,2}"
    r"(?:\s" + _TOWN_LINK + r"\s?" + _TOWN_WORD + r"(?:\s" + _TOWN_WORD + r")?)?)"
)
_TOWN_STEMS = (
    " abit",
    " viv",
    " risied",
    " resident",
    " veng",
    " vien",
    " veniamo",
    " part",
    " arriv",
    " torn",
    " trasf",
    " nat",
    " cresciut",
    " sono di",
    " sto ",
    " stiamo ",
    " siamo ",
    " stago ",
    " semo ",
    " stev",
    " stav",
    " camp",
    " nascette",
    " nacque",
    "addò",
    "addu",
    "ndo ",
    " siamo di",
    " è di",
    " è de",
    "xe de",
    " originari",
    " volo",
    " voli",
    " treno",
    " bus",
    " viaggio",
    " trasloco",
    " navetta",
    " transfer",
    " corsa",
    " consegna",
    " spedizione",
    " ritiro",
    " passaggio",
)
_TOWN_TAIL = re.compile(r"\s" + _TOWN_LINK + r"\s?(" + _TOWN_WORD + r"(?:\s" + _TOWN_WORD + r")?)$")


# "per"/"x" before an everyday-word town, after a travel verb earlier in the clause ("partiamo
# da Orio il 3 x Palma"; not "avete posto x Birba?")
_TRAVEL_TO = re.compile(r"(?<![\w])(?i:x|per)\s(" + _TOWN_WORD + r")(?![\w'’])")
_TRAVEL_VERB = re.compile(
    r"(?<![\w])(?i:part[a-zì]*|vol[oai]|voliamo|andiamo|vado|viaggi[a-z]*|trasloc[a-z]*|"
    r"imbarc[a-z]*|traghett[a-z]*|rientr[a-z]*)(?![\w])"
)
# a saint's feast day after "a" is a date ("siamo a San Valentino", "torno a Santo Stefano")
_FEASTS = frozenset(
    {"san valentino", "santo stefano", "san silvestro", "san patrizio", "san martino"}
)


def _cued_towns(text: str) -> Iterable[Detection]:
    lowered = " " + text.lower()
    if " x " in lowered or " per " in lowered:
        yield from _travel_towns(text)
    if not any(stem in lowered for stem in _TOWN_STEMS):
        return
    lexicon = load_lexicon()
    places = _places_folded()
    names = countries()
    for match in _CUED_TOWN.finditer(text):
        run = match.group(1)
        words = run.split()
        head = words[0].replace("’", "'").split("'")[0]
        tail = _TOWN_TAIL.search(run)
        # the words before the link, then the comune after it
        own = run[: tail.start()] if tail else run
        own_words = own.split()
        if fold(run) in names or fold(own) in names:
            continue  # a country: the country rules decide
        if fold(run) in _FEASTS:
            continue
        if head in TOWN_HEADS and (len(own_words) > 1 or tail):
            # "Colle Umberto", "Marina di Gioiosa": the head and its name; the name no
            # everyday lowercase word after the head ("Villa Rosa" may be a venue: only with
            # a link or a word no dictionary has, or a known town)
            second = own_words[1] if len(own_words) > 1 else ""
            if (
                second
                and not tail
                and fold(own) not in places
                and lexicon.is_word(second, english=False)
                and fold(second) not in places
            ):
                continue
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-residence", 0.65)
            continue
        if tail and fold(tail.group(1)) in places and not lexicon.is_first(own_words[0]):
            # a frazione written with its comune ("Alba di Canazei", "Pieve in Valle di X")
            if len(own_words) == 1 and lexicon.is_common(own_words[0]):
                continue
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-residence", 0.65)
            continue
        if (
            len(words) == 1
            and head in TOWN_HEADS
            and fold(head) in places
            and not match.group(0).lower().startswith(("sono", "siamo", "è", "xe"))
        ):
            # an everyday-word town alone after a move ("abito a Palma", "trasloco x Marina")
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-residence", 0.65)


def _travel_towns(text: str) -> Iterable[Detection]:
    places = _places_folded()
    for match in _TRAVEL_TO.finditer(text):
        word = match.group(1)
        if word not in TOWN_HEADS or not (fold(word) in places or EVERYDAY + fold(word) in places):
            continue
        clause = _CLAUSE.split(text[max(0, match.start() - 60) : match.start()])[-1]
        if _TRAVEL_VERB.search(clause):
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-residence", 0.65)


def _towns_with_country(text: str) -> Iterable[Detection]:
    lexicon = load_lexicon()
    for match in _TOWN_COUNTRY.finditer(text):
        town, country = match.group(1), match.group(2).strip()
        if (
            fold(country) in countries()
            and fold(town) not in countries()
            and not lexicon.is_common(town.split()[0])
            and not lexicon.is_first(town.split()[0])
            and fold(town) not in well_known_brands()[0]
        ):
            yield Detection(match.start(1), match.end(1), "LOCATION", "place-country", 0.6)
            continue
        # round 17: a known town and its quarter or frazione in brackets ("Ancona (Torrette)",
        # "40141 Bologna (Savena)"); not a province's code, a country, a word or a name
        words = country.split()
        if (
            fold(town) in _places_folded()
            and fold(country) not in countries()
            and len(words) <= 2
            and all(word[1:].islower() for word in words)
            and not lexicon.is_common(words[0])
            and not lexicon.is_word(words[0], english=False)
            and not lexicon.is_first(words[0])
            and fold(country) not in well_known_brands()[0]
        ):
            yield Detection(
                match.start(2), match.start(2) + len(country), "LOCATION", "place-district", 0.6
            )


# Round 17: everyday Italian and English names of countries and home nations that Faker's lists
# spell otherwise or leave out ("Moldavia" for Moldova, "Olanda", "Inghilterra", "Corea del Sud").
_COUNTRY_VARIANTS_TEXT = """
    moldavia|stati uniti|stati uniti d'america|inghilterra|scozia|galles|irlanda del nord|
    paesi bassi|england|scotland|wales|northern ireland|holland|great britain|gran bretagna|
    ivory coast|kosovo|macedonia|macedonia del nord|north macedonia|bosnia|bosnia erzegovina|
    cechia|czechia|slovacchia|emirati|emirati arabi|emirati arabi uniti|corea|corea del sud|
    corea del nord|south korea|north korea|sudafrica|sud africa|kirghizistan|kazakistan|
    kazakhstan|tagikistan|azerbaigian|birmania|thailandia|tailandia|laos|libia|camerun|lettonia|
    kenia|ruanda|el salvador|santo domingo|repubblica dominicana|capoverde|guinea bissau|
    burkina|costa d'avorio|filippine|philippines|perù|bielorussia|
    österreich|deutschland|schweiz|suisse|svizra|nederland|españa|polska|sverige|danmark|norge|
    suomi|belgique|belgië|hrvatska|slovenija|srbija|česko|česká republika|magyarország|eesti|
    latvija|lietuva|éire|türkiye|shqipëria|românia|moldova
"""


@lru_cache(maxsize=1)
def _countries_and_short() -> frozenset[str]:
    """``countries`` and the short forms of the USA and the UK ("usa", "u.k."), and (round 36)
    "America" for the USA: only after in, to or from (``_CUE_ONLY_COUNTRIES``). Not in
    ``countries``, the trained scorer's feature."""
    return countries() | {"usa", "uk", "u.s.a.", "u.k.", "america"}


@lru_cache(maxsize=1)
def _foreign_countries() -> frozenset[str]:
    """``_countries_and_short`` but the business's own country (``_HOME_COUNTRIES``)."""
    return _countries_and_short() - _HOME_COUNTRIES


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Folded country names in English and Italian (Faker and the variants above): where
    someone lives, not who."""
    from faker.providers.address.en_US import Provider as English
    from faker.providers.address.it_IT import Provider as Italian

    variants = (name.strip() for name in _COUNTRY_VARIANTS_TEXT.split("|"))
    return frozenset(
        fold(name) for name in (*English.countries, *Italian.countries, *variants) if name
    )


def _beside_product(words: list[re.Match[str]], index: int, size: int) -> bool:
    """Whether a category word stands right beside the place, with only a space between
    ("tavolino Como"; not "a Lucca, polizza ...")."""
    first, last = words[index], words[index + size - 1]
    before = after = ""
    if index > 0 and first.string[words[index - 1].end() : first.start()] in (" ", "\t"):
        before = words[index - 1].group(0).lower()
    if index + size < len(words) and last.string[last.end() : words[index + size].start()] in (
        " ",
        "\t",
    ):
        after = words[index + size].group(0).lower()
    if before and _HOME_BEFORE.search(first.string, max(0, first.start() - 30), first.start()):
        before = ""  # round 32: "io abito Oderzo", a verb after its subject, not a dress
    return before in PRODUCT_WORDS or after in PRODUCT_WORDS


_PREVIOUS_WORD = re.compile(r"([A-Za-zÀ-ÿ\-]+)[\s']+$")
_NEXT_WORD = re.compile(r"^\s+([A-Za-zÀ-ÿ\-]+)")
# Words of a title-case offer or product name ("Amalfi Coast Boat Tour", "Tour Sicilia Barocca",
# "Puglia Family Week", "weekend Praga Low Cost"): a place or a name inside one is its title.
_OFFER_HEADS_TEXT = """
    tour tours week weekend cruise crociera package pacchetto pass trip getaway escape break
    holiday holidays vacanza vacanze experience esperienza festival retreat camp edition
    edizione collection collezione special deal offer offerta express deluxe premium classic
    box menu bundle combo hamper selection selezione degustazione tasting
    marathon maratona fiera fair expo cup concert concerto
    polizza policy formula copertura abbonamento subscription membership tariffa
    tribute tributo
"""
OFFER_HEADS = frozenset(_OFFER_HEADS_TEXT.split())
# A title-case word, or a model code ("7a", "S21", "FE", "P30"), a word of a product name.
_TITLE_WORD = re.compile(
    r"[A-ZÀ-Ý][\w'’\-]*|[a-z]+[A-Z][\w]*|\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,3}\d{1,4}[a-z]?"
)
# Right after a name, a model code makes it a product ("Pixel 7a", "Galaxy S21", "Persol 714").
_MODEL_AFTER = re.compile(
    r"\s(?:[A-Za-z]{1,3}\d{1,4}[A-Za-z]{0,2}|\d{1,4}[A-Za-z]{1,2}|[1-9]\d{2})(?![\w.,/:]\d|\w)"
    r"(?!\s?(?:€|\$|£|%|euro|eur|km|kg|anni|years|volte|times|persone|people)\b)",
    re.IGNORECASE,
)


# Round 24: a UK postcode or an Irish Eircode after a town is no model code ("Cork T12 XF62",
# "Leeds LS6 2AB", "Galway H91 E2K3"; not "Pixel 7a", "Sony A7 III")
_POSTCODE_AFTER = re.compile(
    r"\s(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)\s?(?=[A-Z]{0,3}\d)"
    r"[A-Z0-9]{4})(?![\w])"
)


# A company's legal form after the name ("Edil Futura S.n.c.", "Rossi Impianti Srl",
# "Harbour Foods Ltd"): a firm, not a person or a place.
_LEGAL_FORM = re.compile(
    r",?\s(?:(?i:s\.\s?n\.\s?c\.?|s\.\s?r\.\s?l\.?s?|s\.\s?a\.\s?s\.?|s\.\s?p\.\s?a\.?|snc|srls?|sas|"
    r"ltd\.?|limited|llc|llp|plc|inc\.|gmbh|coop\.?)|SpA|SPA|Inc)(?![\w])"
)


def _firm(text: str, start: int, end: int) -> bool:
    """Whether the span names a firm by its legal form ("Edil Futura S.n.c."); a firm named
    after a family ("Bellini S.r.l.", "Fratelli Ferrante snc") still names people."""
    if not _LEGAL_FORM.match(text, end):
        return False
    words = text[start:end].split()
    lexicon = load_lexicon()
    # a first name in it names a person ("Fattura a Mario Colombo Srl")
    return bool(words) and not (
        lexicon.is_surname(words[-1]) or any(lexicon.is_first(word) for word in words)
    )


def _inside_code(text: str, start: int, end: int) -> bool:
    """Whether the span is letters glued to a code: a tracking or model code in capitals and
    digits ("RR070949804GB"), or letters right after a digit ("804GB"). A username in lowercase
    ("giulia93") is still a name."""
    glued_before = start > 0 and text[start - 1].isalnum()
    glued_after = end < len(text) and text[end].isalnum()
    if not (glued_before or glued_after):
        return False
    if glued_before and text[start - 1].isdigit():
        return True
    left, right = start, end
    while left > 0 and text[left - 1].isalnum():
        left -= 1
    while right < len(text) and text[right].isalnum():
        right += 1
    token = text[left:right]
    return any(c.isdigit() for c in token) and not any(c.islower() for c in token)


# A measured quantity of something ("30 litri di Coratina", "5 L di Peranzana", "two kilos of
# Tropea", "sei latte da cinque litri di coratina"): goods, never a person, are weighed.
_NUMBER_WORDS = (
    r"un|uno|una|mezzo|mezza|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|venti|trenta|"
    r"cinquanta|cento|one|a|half|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty"
)
_MEASURE = (
    rf"(?<![\w])(?:\d+(?:[.,]\d+)?|(?i:{_NUMBER_WORDS}))\s?"
    r"(?i:l|lt|litri|litro|litre|litres|liter|liters|kg|kili|chili|chilo|kilo|kilos|g|gr|grammi|"
    r"etti|etto|hg|ml|cl|oz|lb|lbs|pounds)"
    r"\s(?i:di|d['’]|de|of)\s?"
)
_MEASURE_OF = re.compile(_MEASURE + "$")
# a definite article before the measure: someone's goods ("i 3 kg di X", "the 2 kg of X")
_THE_BEFORE = re.compile(r"(?<![\w])(?i:i|gli|le|il|la|the|dei|delle|degli)\s$")
_MEASURE_ANY = re.compile(_MEASURE)
# A price per measure after the name, in a price list ("Peranzana 9,80 €/L", "Tropea £3/kg").
_UNIT_PRICE_AFTER = re.compile(
    r"\s?(?::\s?)?(?:[€$£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:[€$£]|(?i:euro|eur)))"
    r"\s?(?:/|(?i:al|a|per|the)\s)\s?(?i:l|lt|litro|litre|liter|kg|kilo|chilo|g|hg|etto|ml|cl|"
    r"lb|bottiglia|bottle|jar|vasetto|barattolo|latta|tin|pz|pezzo|piece|each|cad)(?![\w])"
)
_LIST_ITEM_BEFORE = re.compile(r"(?:^|[\n:;,•·]\s?|^\s*[-*]\s|\n\s*[-*]\s)$")
# The unit left out after a first measured item ("30 litri di Coratina e 30 di Peranzana").
_COUNT_OF = re.compile(r"(?<![\w])\d+(?:[.,]\d+)?\s(?i:di|d['’]|of)\s?$")
# A size right after a product's name, maybe after its line ("Santa Venere Bio 3L x2", "Olio
# Tondo 500 ml"): not a size of something else named next ("per Giulia 2 kg di mele").
_SIZE_AFTER = re.compile(
    r"(?:\s[A-Z][a-z]{1,12})?\s\d+(?:[.,]\d+)?\s?(?:L|l|lt|ml|cl|kg|g|gr|oz)(?![\w])"
    r"(?!\s(?i:di|d['’]|de|of)(?![\w]))"
)
_NOT_BEFORE_SIZED = frozenset(
    {"per", "for", "a", "to", "con", "with", "da", "from", "di", "of", "ad", "al", "alla"}
)


def _measured_or_priced(text: str, start: int, end: int) -> bool:
    """Whether a maker's name is weighed ("2 kg di Lavazza"), priced by measure in a list
    ("Monge 4,50 €/kg") or sized ("Mutti 700 g"): goods, also for a maker that is a surname
    ("~" in brands.txt). A full name, or a name after a person cue, is never goods."""
    # only a maker is goods: a surname the lists miss is whose the goods are ("ho ritirato 5
    # litri di Scognamiglio", "la scatola da 4 kg di Pellizzari", "Lista: Parisi 12 €/L")
    if not _branded(WORD.findall(text[start:end])):
        return False
    if _full_name(text, start, end) or _PERSON_CUE_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    words = WORD.findall(text[start:end])
    first = any(load_lexicon().is_first(word) for word in words)
    # a known name is whose the goods are ("i 2 kg di Palumbo", "la busta da 500 g di Ferrante"),
    # unless it is a well-known maker
    named = _holds_name(text, start, end) and not _branded(words)
    measure = _MEASURE_OF.search(text, max(0, start - 24), start)
    if measure and not first and not named and not _THE_BEFORE.search(text, 0, measure.start()):
        return True
    if (
        _COUNT_OF.search(text, max(0, start - 12), start)
        and _MEASURE_ANY.search(text[max(0, start - 80) : start].rsplit(".", 1)[-1])
        and not _holds_name(text, start, end)
    ):
        return True  # the same sentence weighed an item before ("... e 30 di Peranzana")
    previous = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    if (
        _SIZE_AFTER.match(text, end)
        and not (previous and previous.group(1).lower() in _NOT_BEFORE_SIZED)
        and not _holds_name(text, start, end)  # "Marisa 2 kg, Teresa 3 kg": who takes what
    ):
        return True
    # priced by measure only as an item of a list ("Listino: Peranzana 9,80 €/L, ..."), not
    # after a verb or a preposition ("ho pagato a Bernasconi 9 € al kg")
    return (
        not first
        and not named
        and bool(
            _UNIT_PRICE_AFTER.match(text, end)
            and _LIST_ITEM_BEFORE.search(text, max(0, start - 4), start)
        )
    )


# After a name beside a category word, a person acting ("l'olio Bernasconi l'ha portato", "the
# insurance Maguire sold me", "le macchine Pagliarini le ripara"): a clitic or a verb that only a
# person does (a product also "has" or "is": "il cappotto Rebecca ha un difetto"); before one, a
# verb of giving ("bought Gerald oil paint").
_ACTS_AFTER_TEXT = """
    dice diceva disse vuole voleva porta portato ripara riparato vende venduto manda mandato
    who says said sold sells told tells gave gives sent sends brought brings fixed fixes
"""
_ACTS_AFTER = frozenset(_ACTS_AFTER_TEXT.split())
# a clitic and a verb ("l'ha portato", "le ripara", "mi ha detto"); a clitic alone is also an
# article ("la cassettiera Elsa la settimana scorsa")
_CLITIC_VERB_AFTER = re.compile(
    r"\s(?i:l['’]\s?|(?:lo|la|le|li|gli|ne|mi|ti|ci|vi|me|te|ce|ve)\s)"
    r"(?i:ha|hanno|aveva|avevano|ho|abbiamo|ripara|riparato|porta|portato|vende|venduto|manda|"
    r"mandato|dice|detto|fa|fatto|fatta|consegna|consegnato|installa|installato)(?![\w])"
)
_GIVES_BEFORE_TEXT = """
    bought buy buying got get getting gave give giving send sent bring brought make made show
    showed tell told pay paid ask asked owe lend lent offer offered pass passed hand handed
"""
_GIVES_BEFORE = frozenset(_GIVES_BEFORE_TEXT.split())


def _weak_category_product(text: str, start: int, end: int) -> bool:
    """Whether the name beside a weak category word is a product: only a well-known brand
    ("carta Fedrigoni", "crocchette Monge"); never a name ("la carta Ferraro", "olio Cosimo"),
    nor after a person cue."""
    words = WORD.findall(text[start:end])
    if not words or _PERSON_CUE_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    # the name lists miss many surnames ("la carta Ferraro", "toner Goretti"): only a maker
    return _branded(words)


def _person_beside_category(
    text: str, start: int, end: int, before: re.Match[str] | None, after: re.Match[str] | None
) -> bool:
    """Whether a name beside a category word is still a person: one that acts next ("the
    insurance Maguire sold me"), or one after a verb of giving ("bought Gerald oil paint")."""
    if after is not None and after.group(1).lower() in _ACTS_AFTER:
        return True
    if _CLITIC_VERB_AFTER.match(text, end):
        return True
    return before is not None and before.group(1).lower() in _GIVES_BEFORE


# Capitalised words (the maker) before a model, and an article or a possessive before them.
_MAKER_RUN_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w\-]*\s){1,3}$")
_THING_BEFORE = re.compile(
    r"(?<![\w])(?i:la|il|lo|l['’]|una|un|mia|mio|tua|tuo|sua|suo|nostra|nostro|vostra|vostro|"
    r"questa|quella|my|your|his|her|our|their|a|an|the|this|that)\s$"
)
# What a person does after a first name ("Honda Giorgio ha chiamato", "la Yamaha Loredana
# passa domani"), not what a thing does ("la Lancia Musa fa rumore").
_PERSON_ACTS_AFTER = re.compile(
    r"\s(?i:(?:mi|ti|ci|vi|gli|le|ne)\s)?(?i:ha|hanno|aveva|passa|passerà|chiama|chiamerà|chiede|"
    r"dice|scrive|vuole|voleva|arriva|viene|verrà|called|calls|rang|says|said|wrote|writes|asked|"
    r"asks|wants|will|is\scoming|came|comes)(?![\w])"
)


def _first_name_alone(text: str, start: int, end: int) -> bool:
    """Whether the span is only first names after a maker, with no model code or year after
    it, and a person's: no article before the maker, or a person's act after the name ("Honda
    Giorgio ha chiamato", "la Yamaha Loredana passa domani"; not "la mia Lancia Musa fa
    rumore", "Renault Zoe 2021")."""
    lexicon = load_lexicon()
    if not all(lexicon.is_first(word) for word in text[start:end].split()):
        return False
    if _MODEL_AFTER.match(text, end) or _YEAR_AFTER.match(text, end):
        return False
    if _PERSON_ACTS_AFTER.match(text, end):
        return True
    maker = _MAKER_RUN_BEFORE.search(text, max(0, start - 40), start)
    at = maker.start() if maker else start
    return not _THING_BEFORE.search(text, max(0, at - 12), at)


# Round 28: where someone lives or moved, before a brand that is also a town ("abito a
# Granarolo", "we moved to Iseo"): the town
_HOME_BEFORE = re.compile(
    r"(?<![\w'’])(?i:abito|abita|abitiamo|abitano|vivo|vive|viviamo|vivono|risiedo|risiede|"
    r"residente|residenti|trasferit[oaie]|moved|move|moving|relocated|live|lives|living|lived|"
    r"based)[ \t]+(?i:a|ad|in|to|near|vicino[ \t]+a)[ \t]+$"
    # round 32: without "a" after its subject, as foreigners write it ("io abito Oderzo")
    r"|(?<![\w'’])(?i:io|lei|lui|noi|loro|ma|e|che|ora|adesso)[ \t]+"
    r"(?i:abito|abita|abitiamo|abitano)[ \t]+$"
)


def homed_town(text: str, start: int, end: int) -> bool:
    """Whether the brand ``text[start:end]`` is a known town where someone lives (round 28)."""
    return bool(_HOME_BEFORE.search(text, max(0, start - 30), start)) and known_place(
        text[start:end]
    )


def beside_product(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` names a product rather than a person or place:
    right after or before a product category word ("divano Oslo", "Capri sandals"), inside a
    title-case offer name ("Amalfi Coast Boat Tour") or before a model code ("Pixel 7a")."""
    if homed_town(text, start, end):
        return False
    if _inside_code(text, start, end) or _firm(text, start, end):
        return True
    if _measured_or_priced(text, start, end):
        return True
    before = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    after = _NEXT_WORD.match(text[end : end + 30])
    beside = [m.group(1) for m in (before, after) if m and m.group(1).lower() in PRODUCT_WORDS]
    weak = [m for m in (before, after) if m and m.group(1).lower() in WEAK_PRODUCT_WORDS]
    if weak and not beside and _weak_category_product(text, start, end):
        beside = [m.group(1) for m in weak]
    if beside and _person_beside_category(text, start, end, before, after):
        beside = []
    if beside and not (
        # a capitalised category inside prose written in Title Case ("Enjoy The Tour Deirdre")
        any(word[:1].isupper() for word in beside)
        and _prose(*_title_run(text, start, end)[:2], text[start:end].split())
    ):
        return True
    # a model after its maker ("Fiat Panda"); a first name after it is a person ("Honda
    # Giorgio ha chiamato"), unless a model code or year follows ("Renault Zoe 2021")
    if (
        before
        and before.group(1)[:1].isupper()
        and before.group(1).lower() in _unambiguous_brands()
        and not _first_name_alone(text, start, end)
    ):
        return True
    # a model code after a maker ("Pixel 7a", "Persol 714"); after a surname it is a flat or
    # a phone ("consegnate a Conti 3B", "Esposito 339 ...")
    if (
        _MODEL_AFTER.match(text, end)
        and not _surname_only(text, start, end)
        and not _POSTCODE_AFTER.match(text, end)
    ):
        return True
    # a category, "di"/"d'" and the name ("Moscato d'Asti", "torta di Como"): the product
    # ("le scarpe di Martina", "il divano di Rossi" are a person's things: never a name)
    linked = _LINKED_CATEGORY.search(text, max(0, start - 30), start)
    if (
        linked
        and linked.group(1).lower() in PRODUCT_WORDS
        and not _holds_name(text, start, end)
        # round 21: a home "di" a known town is where someone's home is ("l'appartamento di
        # Bellagio", "il bilocale di Rapallo"); a title without "di" stays ("Attico Bellagio")
        and not (linked.group(1).lower() in _HOME_WORDS and known_place(text[start:end]))
    ):
        return True
    # the span is itself a category that is no name, heading "di"/"d'" or closing a title
    # ("il Moscato d'Asti", "Langhe Nebbiolo")
    if fold(text[start:end]) in _product_heads() and (
        _LINK_AFTER.match(text, end) or (before and before.group(1)[:1].isupper())
    ):
        return True
    return (
        _in_offer_title(text, start, end)
        or _in_route_list(text, start, end)
        or named_product(text, start, end)
    )


# Round 21: homes that are product words as listing titles ("Bilocale Porta Venezia")
_HOME_WORDS_TEXT = """
    bilocale trilocale monolocale quadrilocale attico mansarda villetta appartamento loft penthouse
"""
_HOME_WORDS = frozenset(_HOME_WORDS_TEXT.split())
_LINK_AFTER = re.compile(r"\s(?:di|del|della|dell['’]|d['’])\s?[A-ZÀ-Ý]")
_LINKED_CATEGORY = re.compile(r"([A-Za-zÀ-ÿ]+)\s(?:di|del|della|dell['’]|d['’])\s?$", re.IGNORECASE)


def _holds_name(text: str, start: int, end: int) -> bool:
    """Whether the span holds a known first name or surname that is no place ("Martina",
    "Federica Moretti", "Rossi"; not "Asti", "Gallura")."""
    words = WORD.findall(text[start:end])
    if " ".join(fold(word) for word in words) in _places_folded():
        return False
    lexicon = load_lexicon()
    return any(lexicon.is_first(word) or lexicon.is_surname(word) for word in words)


def _branded(words: list[str]) -> bool:
    """Whether the words are, or open with, a well-known brand ("Vaillant ecoTEC plus")."""
    folded = [fold(word) for word in words]
    brands = well_known_brands()[0]
    return any(" ".join(folded[:size]) in brands for size in range(1, len(folded) + 1))


def _surname_only(text: str, start: int, end: int) -> bool:
    """Whether the span is a known surname and no brand ("Conti" in "consegnate a Conti 3B");
    a first name with a model is a product's name ("Beverly 125")."""
    words = WORD.findall(text[start:end])
    if not words or _branded(words):
        return False
    lexicon = load_lexicon()
    return all(lexicon.is_surname(word) and not lexicon.is_first(word) for word in words)


def _full_name(text: str, start: int, end: int) -> bool:
    """Whether the span is, or ends, a person's full name: a known first name followed by a
    capitalised word ("Aoife Brennan", "[Declan] Foley")."""
    words = WORD.findall(text[start:end])
    lexicon = load_lexicon()
    if _first_name_before(text, start) and words and words[0][:1].isupper():
        return True
    return any(
        lexicon.is_first(first)
        and second[:1].isupper()
        and not lexicon.is_first(second)
        and second.lower() not in _TIERS
        and second.lower() not in PRODUCT_WORDS
        and second.lower() not in OFFER_HEADS
        for first, second in pairwise(words)
    )


# Words of a dedication or a greeting: a quote holding one is a message written for someone
# ("Buon compleanno Zanetti", "Happy Retirement Gallagher"), not a title.
_DEDICATION_TEXT = """
    auguri augurii buon buona buone compleanno onomastico happy birthday love forever always
    congratulations congrats felicitazioni complimenti ciao caro cara cari care dear to for
    per from da dalla dal dai dalle famiglia family figli figlio figlia sons son daughter
    nonno nonna nonni mamma papà papa mum mom dad granny gran nan nana grandad grandma grandpa
    zio zia uncle aunt auntie casa house home sempre welcome benvenuto benvenuta benvenuti
    retirement pensione
    laurea graduation anniversary anniversario wedding matrimonio sposi battesimo comunione
    cresima baby best thank thanks grazie xx xxx yours tua tuo vostra vostro my mio mia our
    nostro nostra with con te you
"""
_DEDICATION = frozenset(_DEDICATION_TEXT.split())
# A clause of someone speaking or asking after the name: "c'è un Moretti che chiede di te",
# "a Gibson who rang twice" is a person, not a maker.
_PERSON_CLAUSE_AFTER = re.compile(
    r"\s(?i:che|who|that)\s(?i:(?:mi|ti|ci|vi|gli|le|ha|had|has)\s)?(?i:chiede|cerca|cercava|"
    r"chiama|chiamato|chiamava|telefona|telefonato|dice|detto|diceva|vuole|voleva|scrive|scritto|"
    r"asks|asked|called|calls|rang|rings|says|said|wants|wanted|wrote|writes|is asking|was asking)"
    r"(?![\w])"
)
# A shopping cart or basket: the copies counted there are goods ("il carrello con i tre ...").
_CART = re.compile(r"(?i:\b(?:carrello|carrelli|cart|basket|cestino|wishlist)\b)")
# Events named after the people they are for ("Matrimonio Ferraro Esposito 2025",
# "Wedding Gallagher Byrne 2026"): the names are persons, not a vintage.
_EVENT_TEXT = """
    matrimonio nozze festa party wedding comunione battesimo cresima laurea compleanno
    birthday anniversario anniversary christening communion confirmation graduation funerale
    funeral reunion rimpatriata cena dinner pranzo lunch evento event ricevimento reception
    classe class famiglia family
"""
_EVENTS = frozenset(_EVENT_TEXT.split())


# A vintage or an edition year closing a title-case name ("Barolo Serralunga 2019").
_YEAR_AFTER = re.compile(r"(?:\s[A-ZÀ-Ý][\w'’\-]*){0,3}\s(?:19|20)\d\d(?![\w/.,:]\d|\w)")

# --- Brands and titles of works -------------------------------------------------------------
# A model name in camelCase after a maker ("Vaillant ecoTEC", "Lenovo ThinkPad"), or a tier
# word ("Comfort Plus", "Office Pro").
_CAMEL_AFTER = re.compile(r"\s(?:[a-z]{1,10}[A-Z][\w\-]*|[A-Z]{2,}[a-z]+[A-Z]?\w*)(?![\w])")
_TIERS = frozenset(
    {"plus", "pro", "ultra", "lite", "premium", "deluxe", "platinum", "evo", "turbo"}
)
_TIER_AFTER = re.compile(r"\s([A-Za-z]+)(?![\w])")
# Before a maker's name: an indefinite article or a possessive ("una Bianchi", "'na Vaillant",
# "my Brompton", "la mia Pinarello"), or a word that names the maker ("marca Ariston", "c'è
# scritto Ariston", "brand: Wella"). Italian "a" is also "to" ("a Rossi"): not an article here.
_PRODUCT_CUE_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:una|uno|un|un['’]|['’]na|an|my|your|his|her|our|their|mia|mio|tua|tuo|sua|"
    r"suo|nostra|nostro|vostra|vostro)"
    r"|(?i:(?<![\w])(?:pair of|pairs of|paio di|paia di|assistenza|"
    r"marca|marchio|brand|modello|model|make|made by|prodotto da|"
    r"c['’]?\s?è scritto|c['’]?\s?e['’]? scritto|logo)\s?:?))[ \t]+$",
    re.IGNORECASE,
)
# A name on a doorbell or a letterbox is a person's ("sul citofono c'è scritto Rossi").
_DOORBELL = re.compile(
    r"(?i:citofono|campanello|cassetta|targhetta|buzzer|doorbell|bell|letterbox|mailbox|nome|name)"
)
# Before a person: a title, a kin or person noun, an introduction ("il signor Ferrari",
# "Mrs Armani", "famiglia Bianchi", "sono Bianchi").
_PERSON_CUE_BEFORE = re.compile(
    r"(?<![\w])(?i:sig|sigg|sig\.ra|signor|signora|signorina|signori|dott|dottor|dottore|dottoressa|"
    r"dott\.ssa|avv|avvocato|ing|geom|prof|professor|professore|professoressa|mr|mrs|ms|miss|mx|"
    r"dr|sir|madam|famiglia|family|zio|zia|nonno|nonna|don|padre|suor|sono|chiamo|i['’]m|"
    r"geom|geometra|arch|architetto|architetta|ingegnere|rag|ragioniere|ragioniera|notaio|"
    r"maestro|maestra|mister|coach|collega|vicino|vicina|capo|titolare|"
    r"name is|named|called|da parte di|per conto di|c/o)\.?[ \t]+$"
)
# Words of a chat about works (records, books, films): an "Artist – Title" there is a work.
_MEDIA = re.compile(
    r"(?i:\b(?:vinyl|vinile|vinili|lp|ep|album|cd|singolo|single|record|records|disco|dischi|"
    r"stampa|pressing|copy|copies|copia|copie|book|books|libro|libri|romanzo|novel|film|movie|"
    r"dvd|song|canzone|brano|track|edition|edizione|print|poster|tracklist)\b|\d{1,2}(?:\"|”|''|in\b))"
)
_DASH_TITLE = re.compile(
    r"(?<![\w])((?:[A-ZÀ-Ý][\w'’\-]*|\d+)(?:\s(?:[A-ZÀ-Ý][\w'’\-]*|&)){0,4})\s[–—-]\s"
    r"([A-ZÀ-Ý][\w'’\-]*(?:\s(?!(?i:and|e|ed|or|o|oppure)\s)[\w'’\-]+){0,6})"
)
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w'’\-]*")
# Abbreviations that end in a full stop inside a sentence ("e.g. Gazebo – ...").
_ABBREVIATION_END = re.compile(r"(?i:e\.g|i\.e|es|ecc|etc|vs|incl|ad es)\.$")
# Greetings and thanks before a dash sign a message ("Thanks, Chiara – Vinyl Paradiso").
_SIGN_OFF_TEXT = """
    thanks thank thx cheers regards best love grazie saluti ciao hi hello cordiali distinti
    xx xxx presto
"""
_SIGN_OFF_WORDS = frozenset(_SIGN_OFF_TEXT.split())
# A title that opens with a capitalised article in mid-sentence ("due copie de I Beati Paoli",
# "the 1891 edition of I Malavoglia", "the new The Moss Arcade"); "I" only after a word that
# names or introduces a work (not "Hi I Am Anna").
_TITLE_ARTICLES = frozenset({"I", "Il", "Gli", "The", "THE", "IL", "GLI"})
_BEFORE_TITLE_TEXT = """
    de di dei del of on from su per con about read letto visto seen watched bought comprato
    ordered ordinato cerco cerca copy copia copie edition edizione new nuovo
"""
_BEFORE_TITLE_I = frozenset(_BEFORE_TITLE_TEXT.split())
# A title named as such ("il titolo è Lingua latina ...", "titled Small Things").
_TITLE_CUE = re.compile(
    r"(?i:(?<![\w])(?:titolo|title|titled|entitled|intitolat[oa])(?:\s(?:è|e['’]|is))?\s?:?)\s"
)
# A quoted title of two to six words, one of them an everyday word ('"Festa Siciliana"').
_QUOTED = re.compile(r"[\"“«]([^\"“”«»\n]{3,60})[\"”»]")
# A restaurant, a shop named after someone: "Osteria Da Peppe", "Pizzeria da Gino".
_VENUE_DA = re.compile(
    r"(?<![\w])(?:Osteria|Trattoria|Pizzeria|Ristorante|Bar|Caffè|Caffe|Pasticceria|Gelateria|"
    r"Panificio|Forno|Macelleria|Salumeria|Bottega|Enoteca|Locanda|Taverna|Hostaria|Friggitoria|"
    r"Rosticceria|Paninoteca|Agriturismo|Pensione|Salone|Barbiere|Officina|Autofficina|Ferramenta|"
    r"Lavanderia|Tabaccheria|Profumeria|Erboristeria|OSTERIA|TRATTORIA|PIZZERIA|RISTORANTE)"
    r"\s(?i:da|dal|dalla|di|de|zi|zio)\s$"
)
# Counted copies of a work: "i tre Montalbano", "the two Harry Potter".
_COUNTED_BEFORE = re.compile(
    r"(?<![\w])(?i:i|gli|le|the|tutti i|all the)\s"
    r"(?i:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s$"
)


@lru_cache(maxsize=1)
def _places_folded() -> frozenset[str]:
    """The gazetteer's places without their markers."""
    return frozenset(place.lstrip(CUE_ONLY + LOWERCASE) for place in load_gazetteer(load_lexicon()))


@lru_cache(maxsize=1)
def well_known_brands() -> tuple[frozenset[str], frozenset[str]]:
    """Folded brands of ``brands.txt`` (words joined by a space), and those of them that hold a
    first name or a surname: kept only with a product cue ("una Bianchi", "marca Ferrari"), never
    alone ("ho parlato con Bianchi ieri")."""
    lexicon = load_lexicon()
    lines = data_lines("brands.txt")
    brands = frozenset(" ".join(fold(word) for word in WORD.findall(line)) for line in lines)
    marked = frozenset(
        " ".join(fold(word) for word in WORD.findall(line)) for line in lines if line[:1] == "~"
    )
    named = marked | frozenset(
        brand
        for brand in brands
        if any(
            lexicon.is_first(word.title()) or lexicon.is_surname(word.title())
            for word in brand.split()
        )
    )
    return brands, named


def named_product(text: str, start: int, end: int) -> bool:
    """Whether the span names a brand or a work rather than a person or a place: a maker after
    an article or a brand cue ("una Bianchi", "c'è scritto Ariston") or before a model ("Vaillant
    ecoTEC", "Comfort Plus"); a well-known brand without a person cue; an "Artist – Title" among
    records or books; a title opened by a capitalised article or named as a title; a quoted title;
    a venue named after someone ("Osteria Da Peppe")."""
    span = text[start:end]
    words = WORD.findall(span)
    if not words:
        return False
    lexicon = load_lexicon()
    before = text[max(0, start - 40) : start]
    person_cue = bool(_PERSON_CUE_BEFORE.search(before))
    first_name = len(words) == 1 and lexicon.is_first(words[0])
    brands, named_brands = well_known_brands()
    folded = " ".join(fold(word) for word in words)
    # a surname that is no brand, after an article or a cue, is a person ("c'è un Esposito
    # che chiede di te", "sulla busta c'è scritto Marchetti"); a full name never is a product
    branded = _branded(words)
    personal = not branded and (
        _holds_name(text, start, end) or not all(lexicon.is_word(word) for word in words)
    )
    full_name = _full_name(text, start, end)
    if not person_cue and not full_name:
        if (
            not first_name
            and not personal
            and not _PERSON_CLAUSE_AFTER.match(text, end)
            and _PRODUCT_CUE_BEFORE.search(before)
            and not _DOORBELL.search(text, max(0, start - 60), min(len(text), end + 40))
        ):
            return True
        # a model or a tier in capitals after a maker ("Vaillant ecoTEC", "Comfort Plus"); not
        # after a surname that is no brand ("Galli Pro Loco"), nor lowercase ("Gallagher plus one")
        surname = _surname_only(text, start, end)
        if _CAMEL_AFTER.match(text, end) and not surname:
            return True
        tier = _TIER_AFTER.match(text, end)
        if (
            tier and tier.group(1).lower() in _TIERS and tier.group(1)[:1].isupper() and not surname
        ) or (
            len(words) > 1
            and words[-1].lower() in _TIERS
            # round 18: a comune's qualifier, no tier ("San Potito Ultra")
            and not (
                words[0] in TOWN_HEADS
                and (folded in _places_folded() or _SAINT_QUALIFIED.fullmatch(span))
            )
        ):
            return True
        if (
            folded in brands
            and folded not in named_brands  # a surname needs a product cue (above)
            and not _first_name_before(text, start)
        ):
            return True
    if _VENUE_DA.search(before):
        return True
    # a place's or a maker's name with a vintage year ("Barolo Serralunga 2019"), not a name
    year = _YEAR_AFTER.match(text, end)
    if (
        year
        and not any(lexicon.is_first(word) for word in words)
        and not _in_life_span(text, start, end)
        and not _holds_name(text, start, end)
    ):
        run, ahead, _ = _title_run(text, start, end)
        words_after = year.group(0).split()[:-1]
        if (
            not any(lexicon.is_first(word) for word in (*words_after, *run[:ahead]))
            and not any(word.lower() in _EVENTS for word in (*run[:ahead], *words_after))
            and not _event_before(text, start - sum(len(w) + 1 for w in run[:ahead]))
            and (words_after or ahead > 0 or folded in _places_folded())
        ):
            return True
    # counted copies in a chat about works ("i tre Montalbano in DVD"); "i due Moretti, padre e
    # figlio" are people
    if (
        _COUNTED_BEFORE.search(before)
        and len(words) == 1
        and not lexicon.is_first(words[0])
        and (
            _MEDIA.search(text, max(0, start - 80), min(len(text), end + 80))
            or _CART.search(text, max(0, start - 80), min(len(text), end + 80))
            or not (
                _holds_name(text, start, end)
                or (words[0].endswith("s") and _holds_name(text, start, end - 1))
            )
        )
    ):
        return True
    return _in_work_title(text, start, end)


def _in_life_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a place of a life span ("Calci 1934 – Pisa 2024")."""
    window = text[max(0, start - 80) : end + 80]
    offset = max(0, start - 80)
    return any(
        (match.start(group) + offset, match.end(group) + offset) == (start, end)
        for match in LIFE_SPAN.finditer(window)
        for group in (1, 3)
    )


def _event_before(text: str, start: int) -> bool:
    previous = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    return bool(previous and previous.group(1).lower() in _EVENTS)


def _first_name_before(text: str, start: int) -> bool:
    previous = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    return bool(
        previous
        and previous.group(1)[:1].isupper()
        and text[previous.end(1) + max(0, start - 30) : start] == " "
        and load_lexicon().is_first(previous.group(1))
    )


def _in_work_title(text: str, start: int, end: int) -> bool:
    # the line around the span, at most 200 characters either side (bounded work per span)
    low, high = max(0, start - 200), min(len(text), end + 200)
    line_start = max(low, text.rfind("\n", low, start) + 1)
    line_end = text.find("\n", end, high)
    line_end = high if line_end < 0 else line_end
    line = text[line_start:line_end]
    # "Artist – Title", inside a sentence, in a chat about works
    if "–" in line or "—" in line or " - " in line:
        for match in _DASH_TITLE.finditer(line):
            a, b = match.start() + line_start, match.end() + line_start
            if not (a <= start and end <= b):
                continue
            opening = text[line_start:a].strip(" ,")
            if not opening or not (opening[-1].isalnum() or _ABBREVIATION_END.search(opening)):
                continue  # a line's or a quote's opening ('"Famiglia Conti – Aldo e Rina"')
            last = opening.split()[-1].lower().strip(",.!")
            if last in _SIGN_OFF_WORDS:
                continue
            # a person's full name after the dash, or the same surname on both sides, is a
            # person spelt out ("Brennan – Aisling Brennan is my sister", "Ferri – Lucia Ferri")
            left, right = match.group(1).split(), match.group(2).split()
            if load_lexicon().is_first(right[0].strip(",.;:!?")) or {fold(w) for w in left} & {
                fold(w.strip(",.;:!?")) for w in right
            }:
                continue
            # the media word outside the names ("Chiara – Vinyl Paradiso" signs a message)
            masked = _CAPITALISED.sub(" ", text[a:b])
            if _MEDIA.search(text[low:a]) or _MEDIA.search(masked + text[b:high]):
                return True
    words, ahead, _ = _title_run(text, start, end)
    # a person's full name is no title ("to The Manager Declan Foley", "the title on the
    # account is Aoife Brennan")
    if _full_name(text, start, end):
        return False
    # a title opened by a capitalised article in mid-sentence
    for index in range(ahead):
        article = words[index]
        if article not in _TITLE_ARTICLES:
            continue
        article_start = _article_start(text, start, words, index)
        previous = _PREVIOUS_WORD.search(text[max(0, article_start - 30) : article_start])
        if previous is None:
            continue
        prev = previous.group(1)
        if article.upper() == "I" or article == "THE":
            if prev.lower() in _BEFORE_TITLE_I:
                return True
        elif prev[:1].islower() or prev.lower() in _BEFORE_TITLE_I:
            return True
    # named as a title, the span inside it ("il titolo è Storia minima di Ferrara")
    window = text[max(0, start - 50) : start]
    cues = list(_TITLE_CUE.finditer(window))
    if cues and not any(mark in window[cues[-1].end() :] for mark in ".,;:!?\n"):
        return True
    # a quoted title with an everyday word in it; a first name there is still a person
    # ('"Famiglia Conti – Aldo e Rina"')
    lexicon = load_lexicon()
    near = text[max(0, start - 60) : end + 60]
    if ('"' in near or "“" in near or "«" in near) and not any(
        lexicon.is_first(word) for word in WORD.findall(text[start:end])
    ):
        for match in _QUOTED.finditer(text, max(0, start - 60), min(len(text), end + 60)):
            if not (match.start(1) <= start and end <= match.end(1)):
                continue
            inside = WORD.findall(match.group(1))
            # a dedication ("Buon compleanno Zanetti", "Forever Yours, Kowalczyk") or a name
            # for a doorbell ('"Casa Zappalà" sul campanello') is no title
            if (
                "," in match.group(1)
                or any(w.lower() in _DEDICATION for w in inside)
                or _DOORBELL.search(text, max(0, start - 60), min(len(text), end + 60))
            ):
                continue
            if (
                2 <= len(inside) <= 6
                and inside[0][:1].isupper()
                and any(
                    lexicon.is_word(word)
                    and not lexicon.is_first(word)
                    and not lexicon.is_surname(word)
                    for word in inside
                )
            ):
                return True
    return False


def _article_start(text: str, start: int, words: list[str], index: int) -> int:
    """Where the ``index``-th title word before ``start`` (nearest first) begins."""
    at = start
    for word in words[: index + 1]:
        at -= len(word) + 1
    return at


_LISTED_PLACE = r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?"
# An offer's routes: several places listed after a travel noun ("flights from Cork or Shannon",
# "partenze da Bari, Brindisi e Lecce"). One place there may be where a person lives ("partenza
# da Fondi"); a list of them is what is on sale.
ROUTE_LIST = re.compile(
    r"(?<![\w])(?i:flights?|voli|volo|partenz[ae]|departures?|departing|trains?|treni|ferr(?:y|ies)|"
    r"traghetti|transfers?|trasferimenti|coaches|pullman|pick-?ups?)\s"
    r"(?i:from|to|da|per|dal|dalla|dagli|dai|via|out of)\s"
    rf"({_LISTED_PLACE}(?:(?:,\s|\s(?i:or|and|o|e|oppure|ed)\s|\s?/\s?){_LISTED_PLACE})+)"
)
_LIVES = re.compile(
    r"(?i:\b(?:lives?|living|lived|resident|abito|abita|abitiamo|abitano|vivo|vive|viviamo|"
    r"vivono|residente|sono di|is from|am from|i'm from)\b)"
)
_ROUTE_NOUNS = (
    "flight",
    "voli",
    "volo",
    "partenz",
    "departur",
    "departing",
    "train",
    "treni",
    "ferr",
    "traghett",
    "transfer",
    "trasferiment",
    "coach",
    "pullman",
    "pick",
)


def _in_route_list(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 80) : end + 80]
    lowered = window.lower()
    if not any(noun in lowered for noun in _ROUTE_NOUNS):
        return False
    # someone lives there ("transfer from Dalkey or Killiney for my mum, she lives there")
    if _LIVES.search(window):
        return False
    offset = max(0, start - 80)
    return any(
        match.start(1) + offset <= start and end <= match.end(1) + offset
        for match in ROUTE_LIST.finditer(window)
    )


def _title_run(text: str, start: int, end: int) -> tuple[list[str], int, int]:
    """The title-case words around a span: up to four before it (nearest first), then up to
    eight in all; how many come before; where the run starts."""
    words: list[str] = []
    run_start = start
    while len(words) < 4 and run_start >= 2 and text[run_start - 1] == " ":
        word = _word_before(text, run_start - 1)
        if word is None:
            break
        words.append(word)
        run_start -= len(word) + 1
    ahead = len(words)
    at = end
    while len(words) < 8 and at < len(text) - 1 and text[at] == " ":
        match = _TITLE_WORD.match(text, at + 1)
        if match is None or (match.end() < len(text) and text[match.end()].isalnum()):
            break
        words.append(match.group(0))
        at = match.end()
    return words, ahead, run_start


def _prose(words: list[str], ahead: int, inside: list[str]) -> bool:
    """Prose written in Title Case or capitals is no title ("Have A Great Weekend Siobhan",
    "Happy Birthday Siobhan Hope You Love The Ring", "GRAZIE ANNA PER LA TORTA"): a title has
    no pronoun or preposition, and an article only at its start ("The Amalfi Boat Tour")."""
    run = [*reversed(words[:ahead]), *inside, *words[ahead:]]
    if run and run[0].lower() in _ARTICLES:
        run = run[1:]
    return any(word.lower() in _TITLE_PROSE for word in run)


def _in_offer_title(text: str, start: int, end: int) -> bool:
    """Whether the span lies in a run of title-case words that holds an offer word, or that
    follows one and is longer than the span ("weekend Praga Low Cost")."""
    words, ahead, run_start = _title_run(text, start, end)
    inside = text[start:end].split()
    if len(inside) > 1 and inside[0].lower() in _unambiguous_brands():
        return True
    if _prose(words, ahead, inside):
        return False
    if any(word.lower() in OFFER_HEADS for word in (*words, *inside)):
        return True
    # A product category in the same title ("Tisana Notte Serena", "Serena Night Tea"), or a
    # maker before it ("Fiat Panda Hybrid"; after it, "Aoife Dyson" stays a person).
    brands = _unambiguous_brands()
    if any(word.lower() in _product_heads() for word in words):
        return True
    if any(word.lower() in brands for word in words[:ahead]) and not _first_name_alone(
        text, start, end
    ):
        return True
    # A maker that is also a place, before its model ("Honda Jazz")
    if inside and inside[0].lower() in brands and len(words) > ahead:
        return True
    # A town that is also a category heading a title ("Crema Viso Idratante"; "vivo a Crema"
    # is the town).
    if not ahead and words and inside and inside[0].lower() in _product_heads():
        return True
    previous = _PREVIOUS_WORD.search(text[max(0, run_start - 30) : run_start])
    before = previous.group(1).lower() if previous else ""
    size = len(words) + len(inside)
    # A product category then a title ("torta Sette Veli", "materasso Aurora Memory"); after
    # an offer word only a long one: "this weekend Anna Rossi called" is not a title.
    # after a weak category only a maker's line ("carta Favini Shiro"; not "carta Mario Rossi")
    opening = words[ahead - 1] if ahead else (inside[0] if inside else "")
    return (
        (before in PRODUCT_WORDS and size >= 2)
        or (before in OFFER_HEADS and size >= 3)
        or (
            before in WEAK_PRODUCT_WORDS
            and size >= 2
            and _branded([opening])
            and not any(load_lexicon().is_first(w) or load_lexicon().is_surname(w) for w in inside)
        )
    )


_TITLE_PROSE_TEXT = """
    i you he she it we they me him her us them my your his its our their this that the a an
    and or but for to of with from at in on by is are was be have has love hope thank thanks
    happy dear please il lo la le gli un una uno di da con per che e o ma mi ti ci vi si del
    della dei delle al alla ai alle nel nella sul sulla io tu lui lei noi voi loro mio tuo suo
    grazie auguri buon buona caro cara tanti
"""
_TITLE_PROSE = frozenset(_TITLE_PROSE_TEXT.split())
_ARTICLES = frozenset(
    {"the", "a", "an", "il", "la", "lo", "l", "i", "gli", "le", "un", "una", "uno"}
)


@lru_cache(maxsize=1)
def _product_heads() -> frozenset[str]:
    """Product categories that are no first name or surname: a word of the same title-case run
    as a name makes it a product's title."""
    lexicon = load_lexicon()
    return frozenset(
        word
        for word in PRODUCT_WORDS
        if not (lexicon.is_first(word.title()) or lexicon.is_surname(word.title()))
    )


def _word_before(text: str, end: int) -> str | None:
    """The title-case word or model code that ends at ``end``, or None."""
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
        begin -= 1
    word = text[begin:end]
    if word and _TITLE_WORD.fullmatch(word):
        return word
    return None


# Round 19. What goes with a town that was found, or with a name found right after a place cue
# ("sono nato a Castiglione" + "del Lago"): the rest of a name of several words joined by a
# linking word ("Monaco di Baviera", "Cassano allo Ionio", "Weston-super-Mare"), a qualifier
# ("Pietrarossa Citra", "Leamington Spa"), a prefix ("Chipping Norton", "County Durham"), the
# province or state code ("Rho (MI)", "Moncalieri TO", "Austin, TX") and the county, region or
# nation written beside it ("Bathgate, West Lothian", "Barry, in Wales", "Perth in Scotland").
_TOWN_LINKED = re.compile(
    r"(?:\s(?:del|della|dello|dei|degli|delle|di|allo|alla|sul|sulla|sullo|nel|nella|"
    r"sopra|sotto|upon|sur)\s|\s(?:d|dell|all|sull|nell)['’]"
    r"|-(?:on|upon|super|le|la|les|en|sur|sous|under|in|by|de|di|sul|the)-)"
    r"([A-ZÀ-Ý][a-zà-ÿ'’]{1,24})(?![\w])"
)
_TOWN_QUALIFIERS = frozenset(
    [
        "ultra",
        "citra",
        "superiore",
        "inferiore",
        "marina",
        "terme",
        "scalo",
        "spa",
        "regis",
        "magna",
        "parva",
        "vecchia",
        "vecchio",
        "nuova",
        "nuovo",
        "alta",
        "alto",
        "bassa",
        "basso",
    ]
)
_TOWN_QUALIFIED = re.compile(r"[\s\-]([A-Za-zà-ÿ]{3,10})(?![\w'’\-])")
_TOWN_PREFIXES = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "great",
        "little",
        "greater",
        "chipping",
        "market",
        "long",
        "county",
        "mid",
    ]
)
_PREFIX_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][a-z]{2,8})\s$")
_NOT_CONTINUATION = MONTH_NAMES | WEEKDAY_NAMES | {"christmas", "easter", "natale", "pasqua"}
# the Italian province codes (sigle), the US states, the Canadian provinces, the Australian states
_PROVINCE_CODES = frozenset(
    [
        "AG",
        "AL",
        "AN",
        "AO",
        "AP",
        "AQ",
        "AR",
        "AT",
        "AV",
        "BA",
        "BG",
        "BI",
        "BL",
        "BN",
        "BO",
        "BR",
        "BS",
        "BT",
        "BZ",
        "CA",
        "CB",
        "CE",
        "CH",
        "CL",
        "CN",
        "CO",
        "CR",
        "CS",
        "CT",
        "CZ",
        "EN",
        "FC",
        "FE",
        "FG",
        "FI",
        "FM",
        "FR",
        "GE",
        "GO",
        "GR",
        "IM",
        "IS",
        "KR",
        "LC",
        "LE",
        "LI",
        "LO",
        "LT",
        "LU",
        "MB",
        "MC",
        "ME",
        "MI",
        "MN",
        "MO",
        "MS",
        "MT",
        "NA",
        "NO",
        "NU",
        "OR",
        "PA",
        "PC",
        "PD",
        "PE",
        "PG",
        "PI",
        "PN",
        "PO",
        "PR",
        "PT",
        "PU",
        "PV",
        "PZ",
        "RA",
        "RC",
        "RE",
        "RG",
        "RI",
        "RM",
        "RN",
        "RO",
        "SA",
        "SI",
        "SO",
        "SP",
        "SR",
        "SS",
        "SU",
        "SV",
        "TA",
        "TE",
        "TN",
        "TO",
        "TP",
        "TR",
        "TS",
        "TV",
        "UD",
        "VA",
        "VB",
        "VC",
        "VE",
        "VI",
        "VR",
        "VT",
        "VV",
    ]
)
_STATE_CODES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "AB",
        "BC",
        "MB",
        "NB",
        "NL",
        "NS",
        "ON",
        "PE",
        "QC",
        "SK",
        "NSW",
        "VIC",
        "QLD",
        "TAS",
        "ACT",
        "NT",
    ]
)
# codes that are also words: only in brackets, or at the end of the clause
_WORD_CODES = frozenset(
    [
        "AT",
        "ME",
        "SO",
        "SI",
        "LE",
        "NO",
        "IS",
        "OR",
        "AL",
        "IN",
        "OK",
        "HI",
        "OH",
        "DE",
        "MA",
        "LA",
        "CO",
        "ON",
        "ID",
    ]
)
_CODE_AFTER_TOWN = re.compile(r"(?:\s?\(([A-Z]{2,3})\)|(,\s?|\s)([A-Z]{2,3})(?![\w'’&\-]))")
_CLAUSE_END = re.compile(r"\s*(?:$|[,.;:!?)\n]|\d)")
# a code alone where someone lives or comes from ("sono di RC", "vivo a MI", "in prov. di BG")
_CODE_AFTER_CUE = re.compile(
    r"(?<![\w])(?:(?i:sono|siamo|vengo|veniamo|originari[oaie])\s(?i:di|da)"
    r"|(?i:vivo|abito|abitiamo|viviamo|risiedo|sto|stiamo|residente)\s(?i:a|ad|in)"
    r"|(?i:prov\.|provincia|prov)(?:\s(?i:di))?)\s([A-Z]{2})(?![\w'’&\-])"
)
_UK_REGIONS_TEXT = """
    england scotland wales cornwall ireland bedfordshire berkshire buckinghamshire
    cambridgeshire cheshire cumbria derbyshire devon dorset durham essex gloucestershire hampshire
    herefordshire hertfordshire kent lancashire leicestershire lincolnshire norfolk
    northamptonshire northumberland nottinghamshire oxfordshire rutland shropshire somerset
    staffordshire suffolk surrey sussex warwickshire wiltshire worcestershire yorkshire merseyside
    humberside cleveland gwynedd powys ceredigion pembrokeshire carmarthenshire glamorgan gwent
    clwyd anglesey monmouthshire denbighshire flintshire conwy fife lothian lanarkshire ayrshire
    aberdeenshire argyll perthshire angus moray dumfriesshire galloway stirlingshire renfrewshire
    dunbartonshire midlothian tyrone antrim armagh fermanagh
"""
_REGION_AFTER_TOWN = re.compile(
    r"(?:,\s?|\s)(?:(?i:in)\s)?(?:(?:North|South|East|West|Northern)\s)?([A-Z][a-zà-ÿ]{2,20})"
    r"(?![\w'’\-])"
)
# a town that is an everyday word before its county ("in Deal, Kent", "March, Cambridgeshire")
_TOWN_BEFORE_COUNTY = re.compile(
    r"(?<![\w'’])(?i:in|from|at|near|to|a|da|di)\s([A-Z][a-z'’\-]{1,24}),\s"
    r"(?:(?:North|South|East|West)\s)?([A-Z][a-z]{2,20})(?![\w'’\-])"
)


@lru_cache(maxsize=1)
def _regions_beside() -> frozenset[str]:
    """Folded counties, regions and nations that go with a town written before them."""
    return (
        frozenset(_UK_REGIONS_TEXT.split())
        | frozenset(fold(name) for name in regions())
        | (countries() - _HOME_COUNTRIES)
    )


@lru_cache(maxsize=1)
def _big_towns_by_letter() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for town in big_towns():
        index.setdefault(town[0], []).append(town)
    return {letter: tuple(towns) for letter, towns in index.items()}


def _one_edit(word: str, town: str) -> bool:
    """Whether ``town`` is ``word`` with one letter added, dropped, changed or two swapped."""
    size, other = len(word), len(town)
    if abs(size - other) > 1 or word == town:
        return False
    if size == other:
        diff = [k for k in range(size) if word[k] != town[k]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == town[diff[1]]
            and word[diff[1]] == town[diff[0]]
        )
    short, long = (word, town) if size < other else (town, word)
    k = 0
    while k < len(short) and short[k] == long[k]:
        k += 1
    return short[k:] == long[k + 1 :]


# a misspelled big town after a strong residence cue ("vivo a pordenon", "im from manchestr")
_TYPO_CUE = re.compile(
    r"(?<![\w'’])(?:(?i:vivo|abito|abitiamo|viviamo|risiedo|sono|siamo|vengo|veniamo)\s(?i:a|ad|di|da)"
    r"|(?i:i|we)\s(?i:live)\s(?i:in)|(?i:i'm|i’m|im|i am)\s(?i:from|in))"
    r"\s([A-Za-zà-ÿ]{5,20})(?![\w'’\-])"
)


def _misspelled_town(word: str) -> bool:
    lexicon = load_lexicon()
    folded = fold(word)
    if lexicon.is_word(word.lower()) or lexicon.is_first(word) or known_place(word):
        return False
    return any(_one_edit(folded, town) for town in _big_towns_by_letter().get(folded[0], ()))


_CUES_BEFORE_PLACE = PLACE_CUES | {"nato", "nata"}


def _after_place_cue(text: str, start: int) -> bool:
    """Whether a place cue ("a", "in", "from", "nato") is the word right before ``start``."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in _CUES_BEFORE_PLACE


after_place_cue = _after_place_cue  # for the detector's town-over-surname rule (round 31)


_WHOSE = re.compile(r"(?<![\w'’])(?!(?i:sono|siamo|è|e|nato|nata|originari[oaie])\s)[\w'’]+\sdi\s$")


def _whose(text: str, start: int) -> bool:
    """Whether "di" before ``start`` follows a word other than "sono", "nato"..."""
    return bool(_WHOSE.search(text, max(0, start - 30), start))


def _crossed_by_a_person(found: list[Detection]) -> set[int]:
    """The ids of the detections that another detection, a person's, overlaps: one sweep in
    order of start (linear on long texts, where comparing every pair was quadratic)."""
    crossed: set[int] = set()
    active: list[Detection] = []
    for detection in sorted(found, key=lambda d: (d.start, d.end)):
        active = [other for other in active if other.end > detection.start]
        if detection.start < detection.end:
            for other in active:
                if other.entity_type == "PERSON":
                    crossed.add(id(detection))
                if detection.entity_type == "PERSON":
                    crossed.add(id(other))
        active.append(detection)
    return crossed


def towns_extended(text: str, found: list[Detection]) -> list[Detection]:
    """``found`` with the towns grown over what goes with them (see above), the misspelled big
    towns and the codes after a residence cue."""
    extra: list[Detection] = []
    grown: dict[int, Detection] = {}
    found = [
        d
        for d in found
        if not (
            d.entity_type in {"LOCATION", "PERSON"}
            and d.recognizer != "place-residence"
            and (d.entity_type == "LOCATION" or known_place(text[d.start : d.end]))
            and _food_or_club(text, d.start, d.end)
        )
    ]
    crossed = _crossed_by_a_person(found)
    for position, detection in enumerate(found):
        if detection.entity_type not in {"LOCATION", "PERSON"}:
            continue
        person = detection.entity_type == "PERSON"
        # a town inside a person's name ("Piero Gallo di Rovereto") is their surname; a name of
        # several words is a person's, and "di" after a noun is whose ("la figlia di Sara")
        if id(detection) in crossed:
            continue
        place = (" " not in text[detection.start : detection.end] or not person) and (
            _after_place_cue(text, detection.start) and not _whose(text, detection.start)
        )
        codes = detection.entity_type == "LOCATION"
        start, end = detection.start, detection.end
        # a prefix before ("Chipping Norton", "County Durham") or the name a found prefix opens
        before = _PREFIX_BEFORE.search(text, max(0, start - 10), start)
        if (
            before
            and fold(before.group(1)) in _TOWN_PREFIXES
            and (place or _after_place_cue(text, before.start(1)))
        ):
            start = before.start(1)
            place = True
        if fold(text[start:end]) in _TOWN_PREFIXES and _after_place_cue(text, start):
            following = re.match(r"\s([A-Z][a-zà-ÿ]{2,20})(?![\w'’\-])", text[end:])
            if following:
                end += following.end()
                place = True
        # a qualifier found after an unknown name after a cue ("a Pietrarossa Citra")
        if fold(text[start:end]) in _TOWN_QUALIFIERS:
            head = re.search(r"([A-ZÀ-Ý][\w'’]{2,24})\s$", text[max(0, start - 26) : start])
            if head and _after_place_cue(text, start - len(head.group(0))):
                start -= len(head.group(0))
                place = True
        if not place and not codes:
            continue
        for _ in range(3 if place else 0):
            linked = _TOWN_LINKED.match(text, end)
            if (
                linked
                and fold(linked.group(1)).removesuffix("s") not in _NOT_CONTINUATION
                and not (
                    person
                    and not linked.group(0).startswith("-")
                    and load_lexicon().is_first(linked.group(1))
                )
            ):
                end = linked.end()
                continue
            qualified = _TOWN_QUALIFIED.match(text, end)
            if qualified and fold(qualified.group(1)) in _TOWN_QUALIFIERS:
                end = qualified.end()
                continue
            break
        code = _CODE_AFTER_TOWN.match(text, end)
        if code:
            value = code.group(1) or code.group(3)
            bracketed = code.group(1) is not None
            known = value in _PROVINCE_CODES or value in _STATE_CODES
            if (bracketed and known) or (
                known
                and (code.group(2).startswith(",") or value in _PROVINCE_CODES)
                and (value not in _WORD_CODES or _CLAUSE_END.match(text, code.end()))
            ):
                end = code.end()
        region = _REGION_AFTER_TOWN.match(text, end)
        if (
            region
            and fold(region.group(1)) in _regions_beside()
            and (not person or region.group(0).startswith(","))
        ):
            end = region.end()
        if (start, end) != (detection.start, detection.end):
            grown[position] = Detection(start, end, "LOCATION", "place-grown", 0.7)
    if "," in text:
        for match in _TOWN_BEFORE_COUNTY.finditer(text):
            if fold(match.group(2)) in _UK_REGIONS_TEXT.split():
                extra.append(
                    Detection(match.start(1), match.end(), "LOCATION", "place-county", 0.7)
                )
    if _TWO_CAPITALS.search(text):
        for match in _CODE_AFTER_CUE.finditer(text):
            if match.group(1) in _PROVINCE_CODES and not match.group(0)[:4].isupper():
                extra.append(Detection(match.start(1), match.end(1), "LOCATION", "place-code", 0.6))
    for match in _TYPO_CUE.finditer(text):
        if _misspelled_town(match.group(1)):
            extra.append(Detection(match.start(1), match.end(1), "LOCATION", "place-typo", 0.6))
    if not grown and not extra:
        return found
    result = [grown.get(position, detection) for position, detection in enumerate(found)]
    result.extend(extra)
    # a new span takes in what it overlaps (the town it grew from, a code, a county)
    new = [d for d in result if d.recognizer in {"place-grown", "place-county", "place-code"}]
    merged: list[Detection] = []
    for span in new:
        start, end = span.start, span.end
        for other in result:
            if (
                other is not span
                and other.start < end
                and start < other.end
                and other.entity_type in {"LOCATION", "PERSON"}
            ):
                start, end = min(start, other.start), max(end, other.end)
        merged.append(Detection(start, end, "LOCATION", span.recognizer, span.score))
    return merged + [
        d
        for d in result
        if d not in new
        and not (
            d.entity_type in {"LOCATION", "PERSON"}
            and any(m.start < d.end and d.start < m.end for m in merged)
        )
    ]


_TWO_CAPITALS = re.compile(r"(?<![\w])[A-Z]{2}(?![\w])")


# Round 24. A place joined by "e"/"and"/"o"/"or" to a place found after a cue ("in zona
# Lambrate e Città Studi", "tra Parma e Reggio", "Lambrate or Città Studi", "a Nervi o
# Quinto"): the second is a place too, also one no list knows, when it is capitalised and
# neither a first name ("abito a Torino e Marco pure"), a brand ("in Leeds and Amazon"), a
# date's word nor everyday words ("a Milano e Grazie ancora").
_COORDINATED = re.compile(
    r"[ \t](?:e|ed|and|or|o|oppure)[ \t]"
    r"([A-ZÀ-Ý][a-zà-ÿ]{2,24}(?:[ \t][A-ZÀ-Ý][a-zà-ÿ]{2,24}){0,2})(?![\w'’\-])"
)
# a public place named after its area ("Old Street station", "Porta Garibaldi FS")
_PUBLIC_PLACE_AFTER = re.compile(
    r"[ \t](?i:station|stazione|metro|tube|underground|airport|aeroporto|fs|stadium|stadio|"
    r"hospital|ospedale|park|parco|mall|centre|center|market|mercato)(?![\w])"
)
_COORDINATION_CUES = PLACE_CUES | frozenset(
    {"zona", "zone", "quartiere", "quartieri", "tra", "fra", "between", "nel", "al", "area"}
)

_DISTRICT_HEADS = frozenset(fold(word) for word in TOWN_HEADS) | frozenset(
    {"citta", "porta", "quartiere", "rione", "old", "new", "north", "south", "east", "west"}
)


def coordinated_places(text: str, found: Iterable[Detection]) -> Iterable[Detection]:
    """The places joined to a place of ``found`` that follows a cue (see above)."""
    lexicon = load_lexicon()
    brands = well_known_brands()[0]
    for detection in found:
        if detection.entity_type != "LOCATION":
            continue
        match = _COORDINATED.match(text, detection.end)
        if match is None:
            continue
        before = _PREVIOUS_WORD.search(text, max(0, detection.start - 30), detection.start)
        if before is None or before.group(1).lower() not in _COORDINATION_CUES:
            continue
        if _PUBLIC_PLACE_AFTER.match(text, match.end()):
            continue
        run = match.group(1)
        words = run.split()
        folded = fold(run)
        if not known_place(run) and (
            lexicon.is_first(words[0])
            or folded in brands
            or any(fold(word) in brands for word in words)
            or any(fold(word) in _NOT_CONTINUATION for word in words)
            or (
                all(lexicon.is_word(word) for word in words)
                # a district's head and its name ("Città Studi", "Porta Romana", "Old Town")
                and not (len(words) > 1 and fold(words[0]) in _DISTRICT_HEADS)
            )
            or (len(words) == 1 and lexicon.is_surname(words[0]))
        ):
            continue
        yield Detection(match.start(1), match.end(1), "LOCATION", "place-coordinated", 0.6)


# Round 19. A town that names a food of its place of origin ("prosciutto di Parma", "aceto
# balsamico di Modena", "Brussels sprouts", "Cornish" aside) or a club in football talk ("tifo per
# la Roma", "forza Napoli", "Napoli-Milan 2-1"): no place where someone is.
_ORIGIN_FOODS = (
    r"prosciutto|prosciutti|crudo|cotto|aceto|balsamico|culatello|mortadella|lenticchie|cipolla|"
    r"cipolle|cipollotto|pistacchio|pistacchi|liquirizia|fagioli|arance|arancia|limoni|limone|"
    r"mozzarella|ricotta|pane|vino|olio|speck|lardo|bresaola|salame|salamella|salumi|formaggio|"
    r"torrone|pomodori|pomodoro|pomodorini|riso|aglio|farro|castagne|nocciole|carciofi|carciofo|"
    r"radicchio|asparagi|peperoncino|zafferano|cantucci|baci|ham|cheese|vinegar|wine|mustard"
)
_FOOD_OF_BEFORE = re.compile(
    r"(?<![\w])(?i:" + _ORIGIN_FOODS + r")(?:\s[a-zà-ÿ]{3,12})?\s(?i:di|de|of|from)\s$"
)
_FOOD_AFTER = re.compile(
    r"\s(?i:sprouts?|cabbage|sausages?|buns?|pasty|pasties|cheese|ham|bacon|mustard|ketchup|"
    r"biscuits?|toffee|rock|fudge|rarebit|pudding|crumpets?|sauce|ribs|wings|"
    r"chowder|cheesecake|dressing|muffins?)(?![\w])"
)
_CLUB_CUE_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:tifo|tifavo|tifiamo|tifate|tifano)\s(?i:per)\s(?i:il|la|lo|l['’])\s?"
    r"|(?i:tifos[oaie]|supporter|ultras|abbonat[oaie])\s(?i:del|della|dello|dell['’])\s?"
    r"|(?i:forza|sempre)\s|(?i:support|supports|supported)\s)$"
)
_SCORE_AFTER = re.compile(r"\s?[-–]\s?[A-ZÀ-Ý][\w'’]+\s\d{1,2}\s?[-–:]\s?\d{1,2}(?![\w])")
_SCORE_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’]+\s?[-–]\s?$")
_SCORE_AFTER_SIDE = re.compile(r"\s\d{1,2}\s?[-–:]\s?\d{1,2}(?![\w])")


def _food_or_club(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if before and (_FOOD_OF_BEFORE.search(before) or _CLUB_CUE_BEFORE.search(before)):
        return True
    if _FOOD_AFTER.match(text, end) or _SCORE_AFTER.match(text, end):
        return True
    return bool(_SCORE_BEFORE.search(before) and _SCORE_AFTER_SIDE.match(text, end))


# Round 33 (a policy, not a form). A foreign country a customer writes says where they, or
# someone of theirs, live, stay, come from, travel or send something ("do u ship to the uk",
# "spedisco anche in Svizzera", "my us cell", "nato a Fès in Marocco"): the brief labels it
# personal, and eight rounds of cue rules (home, origin, number, account, document, move...)
# kept missing new phrasings of the same fact. So in a customer's message every foreign country
# is a place of theirs, but a product's origin or a size ("made in Japan", "vino dalla
# Spagna", "UK size 10", "US 8"), a clock ("5pm UK time"), a firm ("DPD UK") or a person's name
# ("Jordan Smith"). Agent messages keep the cue rules (their countries are shipping zones),
# and a country the customer named is carried into them (``place_carried``).
_COUNTRY_NOT_PLACE_AFTER = re.compile(
    r"[ \t]*(?:(?i:time|hours?|ora|orario|size|sizes|taglia|taglie|numero\s\d|sizing|plug|"
    r"spec|version|versione|edition|edizione|import|pressing|stampa|market|mercato|"
    # a size's number, not a price ("UK 10", not "Shipping to Poland 18€": round 36)
    r"navy|army)\b|\d{1,2}(?:\.5)?\b(?![\s\d]*(?:\d{3}|[-)]))"
    r"(?![ \t]*(?:€|\$|£|(?i:eur|euro|euros|gbp|usd|pln|chf)\b)))"
)
_COUNTRY_NOT_PLACE_BEFORE = re.compile(
    r"(?i:made\sin|fatt[oaie]\sin|prodott[oaie]\sin|size|taglia|misura|made|brand|marca|"
    r"from\s(?:DPD|UPS|DHL|GLS|Amazon)|DPD|UPS|DHL|GLS|Amazon|Royal\sMail|Poste)[ \t]*$"
)
_GOODS_BEFORE = re.compile(
    r"([A-Za-zÀ-ÿ\-]+)[\s']+(?:(?i:from|da|dal|dalla|dall|dagli|di|del|della|of|in)[\s']+)?$"
)
# round 37: a stay, not goods, where a product's word is a verb or a trip ("abito in italia"
# is "I live in Italy", "on tour in Italy")
_STAY_BEFORE = re.compile(
    r"(?<![\w'’])(?<!un )(?<!quest')(?i:abito|abitiamo|on[ \t]tour|in[ \t]tour)[ \t]+(?i:in)[ \t]+$"
)
_LOWER_COUNTRY_BEFORE = re.compile(
    r"(?<![\w'’])(?i:in|to|from|the|my|our|his|her|their|nel|nella|negli|nei|da|dal|dalla|"
    r"dagli|per|verso|of|di|del|della|a)[ \t]+$"
)
# "uk", "usa" in small letters; "us" only before what a person has there ("my us cell")
_LOWER_SHORT_COUNTRY = re.compile(
    r"(?<![\w'’@./#-])(?:uk|usa|us(?=[ \t]+(?:cell|number|phone|mobile|sim|account|address|card|"
    r"bank|licen[cs]e|passport|num)\b))(?![\w'’@-])"
)
# a lowercase country that is a common word too: only after "in"/"to"/"from" or a town
_LOWER_COUNTRY_WORDS = frozenset({"turkey", "china", "chile", "jersey", "guinea", "chad"})
# round 36: "America" for the USA ("mio figlio in america"), only after in, to or from: the
# continent, a hero and a cup are no one's country
_CUE_ONLY_COUNTRIES = frozenset({"america"})
_LOWER_COUNTRY_STRICT = re.compile(r"(?<![\w'’])(?i:in|to|from|nel|nella|in|da|dalla)[ \t]+$")


# Round 35: the home country where a foreign customer puts themselves or theirs in it ("2 anni
# qui in Italia", "working in italy", "marry in Italy in October"): after "in" or "to" only;
# never "from Italy" (dialling from it), "Italy time" or "made in Italy".
# (round 37: Spanish and French "en", "estoy en Italia")
_HOME_COUNTRY_AT = re.compile(r"(?<![\w'’])(?i:in|to|into|en)[ \t]+$")
# or the home country of a number ("or italy one 351 ...", "my Italian... italy number")
# (round 36: or a number right after it, "or italy 0039 389 ...", "italia: +39 ...")
_HOME_NUMBER_AFTER = re.compile(
    r"[ \t]+(?i:one|number|cell|mobile|phone|sim|num)(?![\w])|[ \t]*:?[ \t]*(?:\+|00)\d"
)
# or a phone named a few words before it ("phone not yet italy, china +86 ...")
_HOME_NUMBER_BEFORE = re.compile(
    r"(?<![\w'’])(?i:phone|number|numero|cell|mobile|sim|whatsapp)(?:[ \t]+[a-z]{2,6}){0,3}[ \t]+$"
)
_HOME_NAMES = r"(?<![\w'’@./#-])(?:{})(?![\w'’@-])"
_LOWER_HOME = re.compile(_HOME_NAMES.format("italy|italia"))


# Round 35: the home country an agent names of a foreign customer's own stay ("When are you in
# Italy?", "Welcome to Italy!", "Ha un recapito in Italia per suo padre?"): after "in" or "to",
# in a sentence that speaks to the customer and is no talk of the business's deliveries ("we
# ship to all of Italy", "spediamo in tutta Italia")
_HOME_IN_AGENT = re.compile(_HOME_NAMES.format("Italy|Italia|italy|italia"))
_TO_THE_CUSTOMER = re.compile(
    r"(?<![\w'’])(?i:you|your|you're|youre|welcome|benvenut[oaie]|sei|sarai|sarete|siete|"
    r"suo|sua|tuo|tua|vostro|vostra|ha|avete|hai|lei|"
    # round 38: the customer's stay in the third person of courtesy ("Da quanto vive in Italia?")
    r"vive|vivi|vivete|abita|abiti|abitate|risiede|risiedi)(?![\w'’])"
)


# round 38: a delivery to the customer there ("Could we ship to you in Italy instead?")
_TO_YOU_IN = re.compile(r"(?<![\w'’])(?i:to|a|da)[ \t]+(?i:you|lei|te|voi)[ \t]+(?i:in)[ \t]+$")


def agent_home_country(text: str) -> Iterable[Detection]:
    """The home country of a foreign customer's stay in an agent's message (above)."""
    for match in _HOME_IN_AGENT.finditer(text):
        start, end = match.span()
        if not _HOME_COUNTRY_AT.search(text, max(0, start - 12), start):
            continue
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        sentence_end = _SENTENCE_END.search(text, end)
        sentence = text[sentence_start : sentence_end.end() if sentence_end else len(text)]
        to_you = _TO_YOU_IN.search(text, max(0, start - 20), start) is not None
        if not to_you and (
            not _TO_THE_CUSTOMER.search(sentence) or _BUSINESS_TALK.search(sentence)
        ):
            continue
        if _country_as_thing(text, start, end, False) or _PRICE_OR_TIME_AFTER.match(text, end):
            continue
        yield Detection(start, end, "LOCATION", "place-customer-country", 0.55)


def customer_countries(
    text: str, towns: Sequence[tuple[int, int]] = (), *, foreign: bool = False
) -> Iterable[Detection]:
    """The foreign countries of a customer's message (round 33): capitalised anywhere but in a
    product's, a size's, a clock's or a firm's phrase; in small letters after a preposition, a
    possessive or a town (``towns``: the spans of places found in the message). A ``foreign``
    customer's home country too, after "in" or "to" (round 35)."""
    lexicon = load_lexicon()
    for start, end, lower in (
        *((s, e, False) for s, e in _country_spans(text)),
        *((s, e, True) for s, e in _lower_countries(text)),
        *((m.start(), m.end(), True) for m in _LOWER_SHORT_COUNTRY.finditer(text)),
        *((m.start(1), m.end(1), False) for m in _THE_STATES.finditer(text)),
        *((m.start(), m.end(), True) for m in (_LOWER_HOME.finditer(text) if foreign else ())),
    ):
        value = text[start:end]
        before = text[max(0, start - 30) : start]
        if fold(value) in _CUE_ONLY_COUNTRIES and not _LOWER_COUNTRY_STRICT.search(before):
            continue  # "Captain America", "sud america", "la coppa America"
        if home_country(value) and not (
            foreign
            and (
                _HOME_COUNTRY_AT.search(before)
                or _HOME_NUMBER_AFTER.match(text, end)
                or _HOME_NUMBER_BEFORE.search(before)
            )
        ):
            continue
        if lower:
            after_town = any(
                0 <= start - b <= 2 and text[b:start].strip(" ,") == "" for _, b in towns
            )
            pattern = (
                _LOWER_COUNTRY_STRICT
                if fold(value) in _LOWER_COUNTRY_WORDS
                else _LOWER_COUNTRY_BEFORE
            )
            if not (
                after_town
                or pattern.search(before)
                or value == "us"
                or _HOME_NUMBER_AFTER.match(text, end)
                or (home_country(value) and _HOME_NUMBER_BEFORE.search(before))
            ):
                continue
        elif (
            " " not in value
            and (lexicon.is_first(value) or lexicon.is_surname(value))
            and (re.match(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]", text[end:]))
        ):
            continue  # "Jordan Smith", "Georgia Bianchi"
        if _country_as_thing(text, start, end, lower):
            continue
        goods = _GOODS_BEFORE.search(before.split("\n")[-1])
        if goods and goods.group(1).lower() in PRODUCT_WORDS and not _STAY_BEFORE.search(before):
            continue  # goods of a country ("vino dalla Spagna", "tea from China")
        if _public_country(text, start, end):
            continue
        yield Detection(start, end, "LOCATION", "place-customer-country", 0.55)


def _beside_category(text: str, end: int) -> bool:
    """Whether a product category follows ``end`` ("uk plug", "china tea set")."""
    after = _NEXT_WORD.match(text[end : end + 30])
    return after is not None and after.group(1).lower() in PRODUCT_WORDS


# The names of each country in the languages the conversations are written in, from the
# region names that phonenumbers ships (CLDR-derived), with the short and informal forms of
# the USA and the UK: "Portugal" in an address and "Portogallo" in the reply are one country.
_COUNTRY_LANGUAGES = ("aa", "en", "it", "es", "fr", "de", "nl", "pt", "pl", "sv", "ca", "ro")
_COUNTRY_ALIASES_TEXT = """
    US: usa|us|u.s.|u.s.a.|america|states|stati uniti|stati uniti d'america|united states of america
    GB: uk|u.k.|england|inghilterra|gran bretagna|great britain|britain|regno unito|scotland|
        scozia|wales|galles|northern ireland|irlanda del nord
    DE: deutschland
    CH: schweiz|suisse|svizra
    AT: österreich
    NL: holland|olanda|nederland
    ES: españa
    CZ: czech republic|czechia|repubblica ceca|cechia
"""


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Folded country name -> its ISO region code."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    codes: dict[str, str] = {}
    for code, names in LOCALE_DATA.items():
        for language in _COUNTRY_LANGUAGES:
            name = names.get(language)
            while name is not None and name.startswith("*"):
                name = names.get(name[1:])
            if name:
                codes.setdefault(fold(name), code)
    for line in re.sub(r"\|\s+", "|", _COUNTRY_ALIASES_TEXT).strip().splitlines():
        code, _, aliases = line.strip().partition(": ")
        for alias in aliases.split("|"):
            codes[fold(alias.strip())] = code
    return codes


def country_code(name: str) -> str | None:
    """The ISO region code of a country's name in any of the conversations' languages."""
    return _country_codes().get(fold(name.strip()))


@lru_cache(maxsize=1)
def _town_countries() -> dict[str, str]:
    """Folded foreign town -> ISO code (``town_countries.txt``, built by
    ``scripts/build_places.py``)."""
    return dict(line.split("\t", 1) for line in data_lines("town_countries.txt"))


def town_countries(name: str) -> list[str]:
    """Round 35: the countries of a foreign town ("Ljubljana" -> ["SI"], "Valencia" -> ["VE",
    "ES", ...]: the large places of that name); none for an Italian town's name or an unknown
    one."""
    key = " ".join(fold(word) for word in WORD.findall(name.replace("-", " ")))
    codes = _town_countries().get(key)
    return codes.split(",") if codes else []


def country_mentions(text: str) -> Iterable[tuple[int, int, str]]:
    """Every country named in ``text`` (capitalised, in small letters, "the States"), with its
    region code; the home country too."""
    seen: set[int] = set()
    for start, end in (
        *_capitalised_countries(text),
        *_lower_countries(text),
        *((m.start(), m.end()) for m in _LOWER_SHORT_COUNTRY.finditer(text)),
        *((m.start(1), m.end(1)) for m in _THE_STATES.finditer(text)),
    ):
        code = country_code(text[start:end])
        if code is not None and start not in seen:
            seen.add(start)
            yield start, end, code


_NAME_WORD = re.compile(r"(?<![\w'’\-])(?:[A-ZÀ-Ý][\w'’\-.]*|d['’]\w+|\w+)")


def _capitalised_countries(text: str) -> Iterable[tuple[int, int]]:
    """The longest country name (up to four words) starting at each capitalised word of
    ``text``, wherever it stands in a run ("Lisboa Portugal", "Boston negli Stati Uniti")."""
    words = list(_NAME_WORD.finditer(text))
    codes = _country_codes()
    skip_to = 0
    for i, word in enumerate(words):
        if word.start() < skip_to or not word.group(0)[:1].isupper():
            continue
        for size in range(min(4, len(words) - i), 0, -1):
            last = words[i + size - 1]
            if any(words[k + 1].start() - words[k].end() > 1 for k in range(i, i + size - 1)):
                continue
            whole = text[word.start() : last.end()]
            name = next((c for c in (whole, whole.rstrip(".")) if fold(c) in codes), None)
            if name is not None:
                yield word.start(), word.start() + len(name)
                skip_to = word.start() + len(name)
                break


_THE_STATES = re.compile(r"(?<![\w'’])(?i:the)[ \t]+((?:S|s)tates)(?![\w'’])")


def countries_of(text: str, codes: frozenset[str] | set[str]) -> Iterable[Detection]:
    """Round 33: the countries of ``text`` whose region code is in ``codes`` (the countries a
    customer of the conversation placed themselves or theirs in), in any language or case, but
    as a product's origin or a size."""
    for start, end, code in country_mentions(text):
        if code not in codes or home_country(text[start:end]):
            continue
        if text[start:end] == "us" or _country_as_thing(
            text, start, end, text[start:end].islower()
        ):
            continue
        yield Detection(start, end, "LOCATION", "place-carried", 0.55)


def _country_as_thing(text: str, start: int, end: int, lower: bool) -> bool:
    """Whether the country at ``text[start:end]`` names a product's origin, a size, a clock or a
    firm rather than a place ("made in Japan", "UK size 10", "5pm UK time", "DPD UK", "uk
    plug"); ``lower``: written in small letters."""
    before = text[max(0, start - 30) : start]
    if _COUNTRY_NOT_PLACE_BEFORE.search(before) or _COUNTRY_NOT_PLACE_AFTER.match(text, end):
        return True
    return beside_product(text, start, end) if not lower else _beside_category(text, end)


# What keeps a customer's country public (round 33): the business's own talk in the sentence
# ("we ship to Germany", "spediamo anche in Irlanda"), a price or a delivery time after it
# ("prezzi per la Romania: da 2.900 €", "spedizioni verso la Romania in 5 giorni"), goods that
# come from it or sit in it ("the tiles are from Spain", "la merce è arrivata dalla Cina", "un
# pacco che sta in Germania", "we import marble from Spain"), a remark on the country itself
# ("la Romania è bella in primavera"), and "US" in a shouted sentence ("SEND US THE INVOICE").
_SENTENCE_END = re.compile(r"[.!?\n;]")
_BUSINESS_TALK = re.compile(
    r"(?<![\w'’])(?:(?i:we|noi)[ \t]+(?:(?i:also|only|now|anche|già|ora)[ \t]+)?"
    r"(?i:ship|deliver|send|export|sell|post|import|spediamo|consegniamo|esportiamo|vendiamo|"
    r"importiamo)|(?i:spediamo|consegniamo|esportiamo|importiamo))(?![\w'’])"
)
_PRICE_OR_TIME_AFTER = re.compile(
    r"(?:[^.!?\n]|\.(?=\d)){0,30}?(?:€|(?i:\beuro\b|\ba\spartire\sda\b|\bevery\sweek\b|"
    r"\bogni\ssettimana\b|\bin\s(?:\d+|un[ao]?|a|one|two|three|due|tre)\s(?:-\s?\d+\s)?"
    r"(?:giorni|giorno|days?|working\sdays|settimane?|weeks?)))"
)
_GOODS_CLAUSE = re.compile(
    r"(?<![\w'’])(?i:the|il|la|lo|i|gli|le|l['’]|this|these|that|those|questo|questa|questi|"
    r"queste|quel|quella|un|una|uno|a|an|my|mio|mia|our|nostro|nostra)[ \t]+"
    r"(?P<noun>[a-zà-ÿ]+)(?:[ \t]+[a-zà-ÿ]+){0,2}?[ \t]+(?:(?i:che|that|which)[ \t]+)?"
    r"(?:(?i:is|are|was|were|comes?|came|è|e'|sono|era|erano|viene|vengono|veniva|arriva|"
    r"arrivano)[ \t]+(?i:from|da|dal|dalla|dall['’]|dai|dagli|del|della)"
    r"|(?:(?i:is|are|was|were|è|sono|era|erano|has\sbeen|è\sstat[oa])[ \t]+)?"
    r"(?i:arrivat[oaie]|spedit[oaie]|made|fatt[oaie]|prodott[oaie]|shipped|sent|coming|"
    r"going|headed|heading|diretto|diretta|partit[oaie]|arriving|stuck|ferm[oaie])[ \t]+"
    r"(?i:from|da|dal|dalla|dall['’]|dai|dagli|del|della|in|nel|nella|negli|to|verso|per|at)"
    r"|(?i:sta|stanno|stava|is\sstill|è\sancora)[ \t]+(?i:in|nel|nella|negli|at))[ \t]+"
    r"(?:(?i:the)[ \t]+)?$"
)
_IMPORT_CLAUSE = re.compile(
    r"(?i:\bimport\w*|\bimporti\w*|\bbought|\bcomprat\w*|\bordered|\bordinat\w*)"
    r"[^.!?\n]{0,40}(?i:from|da|dal|dalla|dall['’]|in)[ \t]+(?:(?i:the)[ \t]+)?$"
)
_REMARK_AFTER = re.compile(
    r"[ \t]+(?i:è|is|was|era|sono|are)[ \t]+(?:(?i:molto|very|so|così|really|davvero)[ \t]+)?"
    r"(?i:bell[oaie]|beautiful|lovely|nice|gorgeous|stupend[oaie]|expensive|car[oaie]|cheap|"
    r"far|lontan[oaie]|hot|cold|cald[oaie]|fredd[oaie]|amazing|fantastic[oaie]?)\b"
)
# the country as the subject of a remark, in a sentence without the writer ("Is it true the
# Netherlands has the best cheese?")
_SUBJECT_AFTER = re.compile(r"[ \t]+(?i:is|è|has|ha|have|hanno|was|era|are|sono)(?![\w'’])")
_WRITER = re.compile(
    r"(?<![\w'’])(?:I|(?i:i'm|im|my|me|we|our|us|io|mio|mia|miei|mie|noi|nostr[oaie]|abito|"
    r"vivo|sono))(?![\w'’])"
)
_PERSON_NOUNS_TEXT = """
    friend friends amica amico amiche amici cousin cugino cugina boyfriend girlfriend bf gf
    ragazzo ragazza husband wife marito moglie partner family famiglia
"""
_PERSON_NOUNS = frozenset(_PERSON_NOUNS_TEXT.split())


def _public_country(text: str, start: int, end: int) -> bool:
    """Whether the country at ``text[start:end]`` of a customer's message is public talk."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    sentence = text[sentence_start:start]
    if _BUSINESS_TALK.search(sentence) or _PRICE_OR_TIME_AFTER.match(text, end):
        return True
    goods = _GOODS_CLAUSE.search(sentence)
    if goods and fold(goods.group("noun")) not in _PERSON_NOUNS:
        from privacy.recognizers.names import RELATIVES

        if fold(goods.group("noun")) not in RELATIVES:
            return True
    if _IMPORT_CLAUSE.search(sentence) or _REMARK_AFTER.match(text, end):
        return True
    if _SUBJECT_AFTER.match(text, end):
        sentence_end = _SENTENCE_END.search(text, end)
        whole = text[sentence_start : sentence_end.start() if sentence_end else len(text)]
        if not _WRITER.search(whole):
            return True
    if text[start:end] == "US":
        around: list[str] = re.findall(r"[A-Za-z]{2,}", text[max(0, start - 30) : end + 30])
        return sum(word.isupper() for word in around) >= 3
    return False


# Round 34: a foreign nationality a customer writes of a person ("i'm Emma, german au pair",
# "sono tedesca", "my husband is Dutch", "siamo una famiglia olandese") or of their number ("my
# number is a german one"): where they come from, as the brief labels it. Not a language, a
# dish or a product ("in inglese", "german beer", "cucina giapponese").
_DEMONYM_PERSON_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:i'm|im|i\sam|we're|we\sare|were|he's|she's|he\sis|she\sis|they're|"
    r"is|are|sono|siamo|è|e'|sei)(?:[ \t]+(?i:a|an|un|una|half|mezz[oa]|anche|also))?"
    r"|(?i:i'm|im|i\sam|sono|mi\schiamo)[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+,?)[ \t]+$"
)
_DEMONYM_PERSON_AFTER = re.compile(
    r"[ \t]+(?i:au[ \t]pair|girl|guy|boy|lady|man|woman|tourist|turista|family|famiglia|couple|"
    r"coppia|friend|amic[oaie]|husband|wife|marito|moglie|citizen|cittadin[oa]|"
    r"passport|number|sim|phone|mobile|account|card|licen[cs]e|expat|girlfriend|boyfriend|"
    r"ragazz[oaie]|signor[ae]?|student|studente|studentessa)(?![\w])"
)
_DEMONYM_ONE = re.compile(r"[ \t]+(?i:one)(?![\w])")
_CONTACT_BEFORE = re.compile(r"(?i:number|numero|sim|phone|mobile|account|card|conto)")
_LANGUAGE_DEMONYMS_TEXT = """
    english inglese french francese spanish spagnolo spagnola german tedesco tedesca
    portuguese portoghese chinese cinese japanese giapponese russian russo russa arabic
"""
_LANGUAGE_DEMONYMS = frozenset(_LANGUAGE_DEMONYMS_TEXT.split())
_PERSON_ONLY_AFTER = frozenset({"student", "studente", "studentessa"})


# Round 36: Italian puts the nationality after its noun, with or without a possessive
# ("passaporto marocchino", "partita iva tedesca", "numero polacco"), or after "quello"
# standing for a number named before it ("il mio numero ... (ho ancora quello polacco)")
_DEMONYM_NOUN_BEFORE = re.compile(
    r"(?<![\w'’])(?i:passaporto|cittadinanza|nazionalità|patente|targa|partita[ \t]+iva|"
    r"p\.?[ \t]?iva|conto|numero|cellulare|sim|documento|carta[ \t]+d['’]identità|"
    # round 38: "telefono ucraino +380 ..."
    r"telefono|tel\.?|cell\.?|phone|mobile)[ \t]+$"
)
_DEMONYM_THAT_ONE = re.compile(r"(?<![\w'’])(?i:quello|quella|quel)[ \t]+$")
# and a foreign customer's number, account or papers from the home country ("my italian
# number", "la mia sim italiana"): where they live now
_HOME_DEMONYMS = frozenset({"italian", "italiano", "italiana"})
_HOME_DEMONYM_AFTER = re.compile(
    r"[ \t]+(?i:number|sim|phone|mobile|account|bank[ \t]+account|card|licen[cs]e|"
    r"passport|address|iban|residence|residency)(?![\w])"
)


def customer_demonyms(text: str, *, foreign: bool = False) -> Iterable[Detection]:
    """Round 34: the foreign nationalities of a customer's message said of a person or of
    their number (see above); a ``foreign`` customer's home-country ones of their number or
    papers (round 36)."""
    for match in _LOWER_WORD_OR_CAPITAL.finditer(text):
        word = match.group(0)
        start, end = match.span()
        before = text[max(0, start - 40) : start]
        sentence = text[max(0, start - 60) : start]
        if word.lower() in _HOME_DEMONYMS:
            if foreign and (
                _HOME_DEMONYM_AFTER.match(text, end) or _DEMONYM_NOUN_BEFORE.search(before)
            ):
                yield Detection(start, end, "LOCATION", "place-demonym", 0.55)
            continue
        if word.lower() not in _DEMONYMS:
            continue
        if _DEMONYM_NOUN_BEFORE.search(before) or (
            _DEMONYM_THAT_ONE.search(before) and _CONTACT_BEFORE.search(sentence)
        ):
            yield Detection(start, end, "LOCATION", "place-demonym", 0.55)
            continue
        after = _DEMONYM_PERSON_AFTER.match(text, end)
        if (
            after
            and after.group(0).strip().lower() in _PERSON_ONLY_AFTER
            and word.lower() in _LANGUAGE_DEMONYMS
        ):
            after = None  # "an english student" may study English
        one = _DEMONYM_ONE.match(text, end) and _CONTACT_BEFORE.search(sentence)
        if after or one or _DEMONYM_PERSON_BEFORE.search(before):
            yield Detection(start, end, "LOCATION", "place-demonym", 0.55)


_LOWER_WORD_OR_CAPITAL = re.compile(r"(?<![\w'’@./#-])[A-Za-zà-ÿ]{4,14}(?![\w'’@-])")


# Round 37: the areas a customer says they (or theirs) live in, come from or work in, in any
# case ("vengo dalla sicilia", "vivo nel veneto", "lavoro nel salento", "abitiamo in brianza",
# "we live in the cotswolds"): the twenty regions and the US states and Irish counties of
# ``regions()``, and the geographic and historical areas of Italy and a few of the UK and the US
# that a person names as where they are, which no town list holds. Only after a verb of living,
# coming from, working or being born and its preposition: the business's own area ("siamo in
# Brianza" of an agent) is not looked at (customers only, the caller's check).
_AREAS_TEXT = """
    Salento|Cilento|Brianza|Trentino|Alto Adige|Südtirol|Sudtirolo|Maremma|Chianti|Langhe|Roero|
    Monferrato|Valtellina|Valchiavenna|Ciociaria|Irpinia|Sannio|Gargano|Murge|Murgia|Tavoliere|
    Barbagia|Gallura|Ogliastra|Sulcis|Franciacorta|Lunigiana|Garfagnana|Versilia|Mugello|
    Casentino|Valdarno|Valdichiana|Val d'Orcia|Valdelsa|Lomellina|Oltrepò|Oltrepò Pavese|Polesine|
    Carnia|Cadore|Val di Non|Val di Sole|Val di Fassa|Val di Fiemme|Val Gardena|Val Badia|
    Val Seriana|Val Brembana|Val Camonica|Valcamonica|Valsesia|Valsugana|Valpolicella|Lessinia|
    Canavese|Biellese|Cuneese|Astigiano|Lodigiano|Cremasco|Bergamasca|Bresciano|Riviera del Brenta|
    Costiera Amalfitana|Penisola Sorrentina|Cinque Terre|Tigullio|Capitanata|Daunia|Valle d'Itria|
    Sila|Aspromonte|Locride|Madonie|Nebrodi|Agro Pontino|Tuscia|Sabina|Castelli Romani|Marsica|
    Vallo di Diano|Vulture|Metapontino|Carso|Collio|Friuli|Venezia Giulia|Romagna|Emilia|Lucania|
    Lake District|Cotswolds|Midlands|West Midlands|East Midlands|Highlands|Scottish Highlands|
    Home Counties|Peak District|Yorkshire Dales|Bay Area|Upstate New York|Midwest|
    Pacific Northwest|New England|
    Algarve|Costa del Sol|Costa Brava|Provence|Provenza|Côte d'Azur|Normandy|Normandia|Brittany|
    Bretagna|Cornwall|Cornovaglia|Andalusia|Andalucía|Bavaria|Baviera
"""
_AREA_PERSON_CUE = re.compile(
    r"(?<![\w'’])(?i:vengo|veniamo|viene|vengono|sono|siamo|è|e'|abito|abitiamo|abita|abitano|"
    r"vivo|viviamo|vive|vivono|lavoro|lavoriamo|lavora|lavorano|nato|nata|nati|nate|"
    r"cresciut[oaie]|originari[oaie]|trasferit[oaie]|trasferisco|trasferiamo|sto|stiamo|"
    r"live|lives|living|based|moved|moving|grew[ \t]up|born|raised|staying|work|works|"
    r"i'm|im|i[ \t]am|we're|we[ \t]are|she's|he's|they're|from)"
    r"(?:[ \t]+(?i:qui|proprio|ora|adesso|da[ \t]poco|now|just|also|anche|pure|originally|"
    r"still|ancora))?"
    r"[ \t]+(?i:in|nel|nella|nelle|nei|negli|nell['’]|dal|dalla|dalle|dai|dagli|dall['’]|del|"
    r"della|delle|dei|degli|dell['’]|di|da|in[ \t]the|from[ \t]the|to[ \t]the|from|to)[ \t]*$"
)


@lru_cache(maxsize=1)
def _area_pattern() -> re.Pattern[str]:
    names = {
        name.strip()
        for name in (*regions(), *_AREAS_TEXT.replace("\n", "|").split("|"))
        if name.strip()
    }
    alternatives = "|".join(
        re.escape(name).replace(r"\ ", r"[ \t]+") for name in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'’@#./-])(?i:{alternatives})(?![\w'’@-])")


# round 38: or the area of one's own home, address or number ("our Cotswolds address")
_AREA_OWN_BEFORE = re.compile(
    r"(?<![\w'’])(?i:my|our|their|his|her|la[ \t]+mia|la[ \t]+nostra|il[ \t]+mio|il[ \t]+nostro)"
    r"[ \t]+$"
)
_AREA_OWN_AFTER = re.compile(
    r"[ \t]+(?i:address|home|house|flat|place|cottage|number|postcode)(?![\w])"
)


def person_areas(text: str) -> Iterable[Detection]:
    """The areas a customer places themselves or theirs in (see above)."""
    for match in _area_pattern().finditer(text):
        start = match.start()
        if _AREA_PERSON_CUE.search(text, max(0, start - 40), start) or (
            _AREA_OWN_BEFORE.search(text, max(0, start - 14), start)
            and _AREA_OWN_AFTER.match(text, match.end())
        ):
            yield Detection(start, match.end(), "LOCATION", "place-area", 0.6)


# Round 38. The foreign country an agent quotes a shipping price for ("€320 + €45 shipping to
# Spain", "We ship to Ireland for 19 €", "spedizione in Francia 18 €"): the destination a
# customer asked for, which the newer briefs label a place of theirs. A zone ("we ship to all
# of Europe", "the whole UK") or a sentence without a price ("Yes, we ship to Germany every
# week") stays the business's talk. (The older corpora, hw1-hw72, leave these unlabelled.)
_QUOTED_SHIPPING_BEFORE = re.compile(
    r"(?<![\w'’])(?i:ship|ships|shipping|shipped|deliver|delivery|send|sending|postage|"
    r"spedizione|spedizioni|spedire|spediamo|spedita|spedito|consegna|inviamo)"
    r"[ \t]+(?:(?i:it|them|lo|la|li|le)[ \t]+)?(?i:to|in|per|verso)[ \t]+"
    r"(?:(?i:the|il|la|lo|l['’])[ \t]*)?$"
)
# or the country first ("Per la Svizzera la spedizione è 25 €", "for Norway, shipping is 30 €")
_FOR_BEFORE = re.compile(r"(?<![\w'’])(?i:per|for|to)[ \t]+(?:(?i:la|il|lo|l['’]|the)[ \t]*)?$")
_SHIPPING_AFTER = re.compile(
    r"[ \t]*[,:]?[ \t]*(?:(?i:la|il|the)[ \t]+)?"
    r"(?i:spedizione|spedizioni|shipping|delivery|postage|consegna)(?![\w])"
)
_QUOTED_PRICE = re.compile(
    r"[€$£]|(?<![\w])\d+(?:[.,]\d+)?[ \t]?(?i:eur|euro|euros|gbp|usd|chf|dollars|pounds)\b"
)


def agent_quoted_countries(text: str) -> Iterable[Detection]:
    """The foreign countries an agent quotes a shipping price for (above)."""
    for start, end in _country_spans(text):
        if home_country(text[start:end]):
            continue
        if not _QUOTED_SHIPPING_BEFORE.search(text, max(0, start - 40), start) and not (
            _FOR_BEFORE.search(text, max(0, start - 12), start) and _SHIPPING_AFTER.match(text, end)
        ):
            continue
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        sentence_end = _SENTENCE_END.search(text, end)
        sentence = text[sentence_start : sentence_end.start() if sentence_end else len(text)]
        if _QUOTED_PRICE.search(sentence) and not _country_as_thing(text, start, end, False):
            yield Detection(start, end, "LOCATION", "place-quoted-shipping", 0.55)
