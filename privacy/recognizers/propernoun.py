"""General name fallbacks that need no list of the names themselves.

- ``find_proper_nouns``: unknown capitalised words inside an Italian sentence (below);
- ``find_cued_names``: the words after a person noun with a possessive ("mia moglie Alba"), a
  naming verb ("si chiama rosa"), a title ("il dottor amato") or a greeting ("Ciao Hye-jin!"),
  whatever their case or meaning;
- ``find_lowercase_names``: Italian/English first names in lowercase with no cue, when no word;
- ``find_sign_offs``: the word signing a message (last after a sentence, before the Page name).

Unknown proper nouns in Italian text are the fallback for names no list knows.

Italian capitalises only proper nouns inside a sentence (not nouns, as German does, nor
languages, months and weekdays, as English does). A capitalised word mid-sentence that no
dictionary, name list, gazetteer or business name explains is therefore most often a person
("mio cugino Nuccio", "Un abbraccio a Imma!", "chiamé mè fieul Gianpiero") — exactly the names
the Faker-derived lists miss (regional names, diminutives, dialect forms). It is reported as a
low-confidence PERSON; products and brands next to it are filtered like the lexicon's finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from privacy.recognizers.lookahead import first_letters
from privacy.recognizers.names import (
    KIN,
    LETTER,
    ORIGIN_AFTER,
    PARTICLES,
    POSSESSED_KIN,
    POSSESSED_KIN_EN,
    STAFF_BEFORE,
    WORD,
    NameLexicon,
    after_saint,
    camel_product,
    counted,
    fold,
    lowercase_word_name,
    month_date,
    title_article,
)
from privacy.types import Detection

PROPER_NOUN = "proper-noun"
SCORE = 0.55
# a word inside a sentence follows a letter, a digit or a comma (not a full stop, an emoji,
# a colon or a dash that opens a sentence, a list item or a card's text)
_INSIDE = re.compile(r"[\w,'’)]")
# a model or a size after the word makes it a product ("Olaplex N°3", "Sirrus X", "Panda 4x4")
_MODEL_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?:[A-Z](?![\w'])|\S*\d)")
# a firm's name after its cue ("la ditta Idraulica Mair", "Studio Legale", "ditta Ferro Impianti")
_FIRM_BEFORE = re.compile(
    r"(?i:\b(?:ditta|azienda|societ[àa]|studio|impresa|marca|negozio|ufficio|reparto))[ \t]+"
    r"(?:[A-Z][\w'’]*[ \t]+){0,2}$"
)
# an English contraction ("It's", "They'll") in a mixed-language message
_CONTRACTION = re.compile(r"(?i)^(\w+)['’](?:s|re|ll|ve|d|t|m)$")
# a code, a model or a unit glued to the word ("Dogma F8", "Ultegra-R8000")
_GLUED = re.compile(r"[\w/@#.+-]")


def _mid_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \t")
    return bool(before) and _INSIDE.match(before[-1]) is not None


# a word of three letters or more that starts with a capital (WORD's letters)
_CAPITALISED = re.compile(rf"(?<![{LETTER}'’])[A-ZÀ-ÖØ-Þ][{LETTER}'’]{{1,30}}[{LETTER}]")

# a short word abbreviated with a full stop inside a sentence: a number, a lowercase word or an
# acronym follows ("Reg. UE 2016/679", "Art. 5", "Cod. civ.")
_ABBREVIATED = re.compile(r"\.[ \t]?(?:\d|[a-zà-ÿ]|[A-Z]{2,}\b)")


def find_proper_nouns(
    text: str, lexicon: NameLexicon, places: frozenset[str], business_words: frozenset[str]
) -> Iterable[Detection]:
    """Capitalised, unexplained words inside an Italian sentence, as possible names.

    ``business_words``: the folded trades that open the business names ("Ottica", "Libreria"
    of "Libreria La Gru"): a customer addressing the business by its trade names no person.
    """
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        start, end = match.span()
        if word.isupper():
            continue
        if not word[1:].islower() and camel_product(word, lexicon):
            continue
        if not _mid_sentence(text, start):
            continue
        if (start > 0 and _GLUED.match(text[start - 1])) or (
            end < len(text) and _GLUED.match(text[end]) and text[end] not in ".-"
        ):
            continue
        if (
            _MODEL_AFTER.match(text, end)
            or (len(word) <= 5 and _ABBREVIATED.match(text, end))  # "ai sensi del Reg. UE"
            or _FIRM_BEFORE.search(text, max(0, start - 60), start)
            or STAFF_BEFORE.search(text, max(0, start - 8), start)  # "Staff Ferraresi"
            or after_saint(text, start)  # a feast, a church or a town ("San Valentino")
            or title_article(text, start)  # a title ("de I Beati Paoli")
            or counted(text, start)  # copies of a product ("2 Margherita e 1 Diavola")
        ):
            continue
        contraction = _CONTRACTION.match(word)
        if contraction and lexicon.is_word(contraction.group(1)):
            continue
        folded = fold(word)
        if folded in business_words or folded in _countries():
            continue
        if ORIGIN_AFTER.match(text, end) and lexicon.is_surname(word):
            continue  # a known surname before "d'" and a place: "Barbera d'Alba", a wine
        if (
            {folded, "?" + folded, "~" + folded} & places
            or lexicon.is_common(word)
            or lexicon.is_word(word)
        ):
            continue
        yield Detection(start, end, "PERSON", PROPER_NOUN, SCORE)


CUED = "cued-name"
# nouns for people (relatives, acquaintances; names.RELATIVES and their plurals) and titles:
# the next word is that person's name, even an everyday word ("mia moglie Alba", "il dottor
# amato", "my daughter Hope", "my flatmate Will")
_PLURAL_RELATIVES = frozenset(
    [
        "figli",
        "figlie",
        "cugini",
        "cugine",
        "colleghi",
        "colleghe",
        "amici",
        "amiche",
        "nipoti",
        "fratelli",
        "sorelle",
        "nonni",
        "nonne",
        "zii",
        "zie",
        "suoceri",
        "suocere",
        "cognati",
        "cognate",
        "testimoni",
        "damigelle",
        "bridesmaids",
        # round 15: the plural kin and companions of English and the rest of Italian ("my
        # cousins Rosa and Sal", "i miei gemelli Sole e Luce")
        "cousins",
        "sons",
        "daughters",
        "kids",
        "children",
        "friends",
        "brothers",
        "sisters",
        "nieces",
        "nephews",
        "aunts",
        "uncles",
        "grandkids",
        "grandchildren",
        "grandsons",
        "granddaughters",
        "twins",
        "parents",
        "grandparents",
        "colleagues",
        "neighbours",
        "neighbors",
        "flatmates",
        "roommates",
        "groomsmen",
        "godchildren",
        "stepkids",
        "gemelli",
        "gemelle",
        "genitori",
        "bimbi",
        "bimbe",
        "bambini",
        "bambine",
        "nipotini",
        "cuginetti",
        "figlioli",
        "coinquilini",
        "coinquiline",
    ]
)
_PERSON_NOUNS = "|".join(sorted(KIN | _PLURAL_RELATIVES, key=len, reverse=True))
_TITLES = (
    r"dottor|dottore|dottoressa|dott\.?|dott\.ssa|signora|signor|signore|sig\.?|sig\.ra|"
    r"avv\.?|avvocato|prof\.ssa|profssa|prof\.?|professor|professore|professoressa|ing\.?|"
    r"mr\.?|mrs\.?|ms\.?|dr\.?|doctor"
)
_POSSESSIVES = (
    r"mi[oae]|miei|tu[oae]|tuoi|su[oae]|suoi|nostr[oaie]|vostr[oaie]|my|your|his|her|our|their"
)
# a possessive, or a definite article in Italian ("la nonna Grazia", "lo zio Fortunato"),
# before the person noun
_NOUN_CUE = re.compile(
    rf"(?i)(?:\b{first_letters(_POSSESSIVES, 'la|il|lo')}(?:{_POSSESSIVES}|la|il|lo)[ \t]+"
    rf"|\bl['’]"
    # someone's kin in English ("Alfio's daughter Grazia", "my neighbour's son Will")
    r"|(?<![\w'’])(?-i:[A-Z][a-zà-ÿ]{1,20}|neighbour|neighbor|friend|sister|brother|cousin)"
    r"(?:['’]s|s['’])[ \t]+)(?:"
    rf"{_PERSON_NOUNS})(?:[ \t]*:)?[ \t]+"
    r"(?=(?P<name>[^.!?;:\n()]{1,80}))"
)
# the possessives of the dialects before a kin noun ("me soru Rosa", "mi' moglie Gioia", "gno
# fradi Tite"), and the kin nouns that are everyday words after a possessive only ("me mare
# Bianca", "mia nona Speranza", "my sis Hope"; names.POSSESSED_KIN)
_DIALECT_OWNERS = r"me|mi['’]|gno|mae"
_OWNED_KIN = re.compile(
    rf"(?i)\b{first_letters(_POSSESSIVES, _DIALECT_OWNERS)}"
    rf"(?:(?:{_DIALECT_OWNERS})[ \t]+(?:{_PERSON_NOUNS})"
    rf"|(?:mi[oae]|tu[oae]|su[oae]|nostr[oa]|vostr[oa]|{_DIALECT_OWNERS}|mi)[ \t]+"
    rf"(?:{'|'.join(POSSESSED_KIN)})"
    rf"|(?:my|me|our|his|her|your)[ \t]+(?:{'|'.join(POSSESSED_KIN_EN)}))(?:[ \t]*:)?[ \t]+"
    r"(?=(?P<name>[^.!?;:\n()]{1,80}))"
)
# The characters that a case-insensitive pattern matches to an ASCII letter and ``str.lower``
# does not turn into it (capital I with a dot, dotless i, long s): a text that holds one is never
# gated out by a substring test on its lowercase.
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")
_CALLED_WORDS = r"(?:si|mi|ti) chiama|named|called"
_CALLED_CUE = re.compile(
    rf"(?i)\b{first_letters(_CALLED_WORDS)}(?:{_CALLED_WORDS})[ \t]+(?P<name>[^.!?;:\n(),]{{1,40}})"
)
# (never a greeting after the title: "grazie dottoressa buona giornata", "Dottoressa buongiorno")
_TITLED = re.compile(
    rf"(?i)(?<![\w.]){first_letters(_TITLES)}(?:{_TITLES})[ \t]+"
    r"(?!(?:buon|buona|buongiorno|buonasera|buonanotte|grazie|salve|ciao|good|thanks|thank|"
    r"hello|hi|morning|evening)\b)"
    r"(?=(?P<name>[^.!?;:\n(),]{1,40}))"
)
# a greeting or a thank-you before a capitalised name ("Ciao Min-ji!", "grazie Vere")
_GREETINGS = (
    r"ciao|salve|buongiorno|buonasera|grazie|thanks|thank you|hi|hello|hey|dear|"
    r"car[oa]|gentil(?:e|issim[oa])"
)
_GREETED = re.compile(
    rf"(?i:\b{first_letters(_GREETINGS)}(?:{_GREETINGS}))"
    r"[ \t,]+(?=(?P<name>[A-Z][^.!?;:\n(),]{1,40}))"
)
_TITLE_WORD = re.compile(rf"(?:{_TITLES})")
# surname particles, also elided ("dell'Orto", "d'Amico")
_PARTICLES = PARTICLES | {"dell", "d"}
# particles that are no Italian preposition: a surname follows, in any case
_NAME_PARTICLES = frozenset({"de", "van", "von", "der"})
_JOINERS = frozenset({"e", "and", "&"})


@cache
def _brands() -> frozenset[str]:
    from privacy.recognizers.location import well_known_brands

    return well_known_brands()[0]


@cache
def _countries() -> frozenset[str]:
    from privacy.recognizers.location import countries

    return countries()


@cache
def _lowercase_candidates(first_names: frozenset[str]) -> frozenset[str]:
    """The lexicon's Italian/English first names (Faker's it/US/GB lists, the hand-kept list,
    the nicknames; not the all-locale list, which holds too many words), less function words
    and colours."""
    return first_names - _stop_words() - COLOURS


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.it.stop_words import STOP_WORDS as ITALIAN

    return frozenset(fold(word) for word in (*ENGLISH, *ITALIAN))


# interjections and fillers of chats, after a title too ("mi ha detto il dottore ah e ...")
_INTERJECTIONS = frozenset(
    [
        "ah",
        "eh",
        "oh",
        "uh",
        "beh",
        "boh",
        "mah",
        "bah",
        "toh",
        "uff",
        "ehm",
        "uhm",
        "mmm",
        "ahah",
        "ahaha",
    ]
)


def _names_in(
    span: str, lexicon: NameLexicon, most: int, *, titled: bool = False, strict: bool = False
) -> Iterable[tuple[int, int]]:
    """The names at the head of ``span``: each a first word (not a function word) and the
    surname words that may follow it (capitalised after a capital, a particle with its word, a
    known surname), separated by commas or "e"/"and"; stops at anything else."""
    stop = _stop_words()
    words = list(WORD.finditer(span))
    index, found, capital_list = 0, 0, False
    while index < len(words) and found < most:
        word = words[index].group(0)
        folded = fold(word)
        if folded in stop and not (folded in _PARTICLES and index + 1 < len(words)):
            return
        if folded in _INTERJECTIONS and not word[:1].isupper():
            return  # "il dottore ah e ..."; "Ms Oh", "Mr Mah" are surnames
        if ("'" in word or "’" in word) and not word[:1].isupper():
            return  # "l'ha", "c'è", "she's": an elision or a contraction, not a name
        start, end = words[index].start(), words[index].end()
        if folded in _PARTICLES:
            surname = words[index + 1].group(0)
            if not (titled or surname[:1].isupper() or lexicon.is_surname(surname)):
                return  # "vicino di casa", "la spediamo"
            if titled and _clitic_verb(folded, surname, lexicon):
                return  # "la dottoressa la saluta", "il dottore lo richiama"
            index += 1
            end = words[index].end()
        if (
            found
            and ((capital_list and not word[:1].isupper()) or lexicon.is_word(word, endings=False))
            and not (lexicon.is_first(word) or lexicon.is_surname(word))
        ):
            return  # "Girolamo, la patente", "Bianca Ferro, cell."
        if (
            strict
            and not word[:1].isupper()
            and not (lexicon.is_first(word) or lexicon.is_surname(word))
        ):
            return  # "mio marito passerà", "mio fratello minore": lowercase needs a known name
        capital = word[:1].isupper() and not word.isupper()
        capital_list = word[:1].isupper()
        index += 1
        while index < len(words) and (
            span[end : words[index].start()] == "-" or not span[end : words[index].start()].strip()
        ):
            if span[end : words[index].start()] == "-":  # a hyphenated name ("Hye-jin")
                end = words[index].end()
                index += 1
                continue
            nxt = words[index].group(0)
            nfold = fold(nxt)
            if (
                nfold in _PARTICLES
                and index + 1 < len(words)
                and (
                    nfold in _NAME_PARTICLES
                    or words[index + 1].group(0)[:1].isupper()
                    or lexicon.is_surname(words[index + 1].group(0))
                )
            ):
                # a particle and its surname ("Anna De Luca", "tommaso de santis"), not "Gino
                # dal lavoro"
                end = words[index + 1].end()
                index += 2
            elif (capital and nxt[:1].isupper() and nfold not in stop) or (
                # a particle alone is a preposition ("Javi dalla sua mail", "Lu della 3B")
                lexicon.is_surname(nxt) and nfold not in _PARTICLES
            ):
                end = words[index].end()
                index += 1
            else:
                break
        yield start, end
        found += 1
        if index >= len(words):
            return
        gap = span[end : words[index].start()].strip()
        if gap == ",":
            continue
        if gap == "" and fold(words[index].group(0)) in _JOINERS:
            index += 1
            if index < len(words) and fold(words[index].group(0)) in stop:
                return  # "Nuccio e la sua ragazza"
            continue
        if gap == "&":
            continue
        return


def _clitic_verb(particle: str, word: str, lexicon: NameLexicon) -> bool:
    """Whether a lowercase particle and word after a title are a clitic and a verb ("la
    saluta", "lo chiama"): an inflected word of the dictionaries that is no noun or adjective
    of the Italian forms (a surname's word is: "la spina", "la torre") nor a name."""
    return (
        particle in {"la", "lo", "le", "li"}
        and word.islower()
        and fold(word) not in lexicon.italian
        and not (lexicon.is_first(word) or lexicon.is_surname(word) or lexicon.is_common(word))
        and lexicon.is_word(word)
    )


def _greeting_only(word: str, lexicon: NameLexicon, trades: frozenset[str]) -> bool:
    """Whether the capitalised word after a greeting is no name: a common word, a function
    word or a contraction, a title ("Buongiorno Avvocato") or the business's trade."""
    folded = fold(word)
    return (
        lexicon.is_common(word)
        or folded in _stop_words()
        or _CONTRACTION.match(word) is not None
        or _TITLE_WORD.fullmatch(folded) is not None
        or folded in trades
    )


def find_cued_names(
    text: str, lexicon: NameLexicon, trades: frozenset[str] = frozenset()
) -> Iterable[Detection]:
    """Names after a person noun, a naming verb or a title ("mia moglie Alba", "si chiama rosa",
    "il dottor amato", "i miei nipoti: Aurora, Leonardo e Bianca"), whatever their case or
    meaning."""
    lowered = text.lower()
    # a substring gate for _CALLED_CUE (never on a text with a character of _CASE_ODD)
    called = (
        "chiama" in lowered
        or "named" in lowered
        or "called" in lowered
        or _CASE_ODD.search(text) is not None
    )
    for pattern, most in (
        (_NOUN_CUE, 4),
        (_OWNED_KIN, 4),
        (_CALLED_CUE, 1),
        (_TITLED, 1),
        (_GREETED, 1),
    ):
        if pattern is _CALLED_CUE and not called:
            continue
        for match in pattern.finditer(text):
            offset = match.start("name")
            span = match.group("name")
            if pattern is _GREETED and _greeting_only(WORD.findall(span)[0], lexicon, trades):
                continue  # "grazie Mille", "Dear Sir", "Hi, I'm", "Gentile Ottica"
            if pattern is _NOUN_CUE and fold(match.group(0)[:2]) in {"la", "il", "lo", "l'", "l’"}:
                first = WORD.match(span)
                if first is None or fold(first.group(0)) in _PARTICLES:
                    continue  # "il figlio della signora": after an article, a preposition
            for start, end in _names_in(
                span,
                lexicon,
                most,
                titled=pattern is _TITLED,
                strict=pattern is _NOUN_CUE or pattern is _OWNED_KIN,
            ):
                yield Detection(offset + start, offset + end, "PERSON", CUED, 0.6)


POSSESSIVE_NAME = "possessive-name"
# a capitalised word with the English possessive before a lowercase noun ("June's piano")
_POSSESSIVE_S = re.compile(r"(?<![\w'’])(?P<name>[A-Z][a-z]{2,20})['’]s[ \t]+[a-z]")
_CONTACT_AFTER = re.compile(
    r"['’]s[ \t]+(?:insta|instagram|ig|number|phone|mobile|cell|email|e-mail|address|account|"
    r"profile|snap|snapchat|tiktok|whatsapp|facebook|fb|handle)\b"
)
_THE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|that|our|your)[ \t]+$")


# a capitalised word and an age in brackets ("our two, Will (9) and Hope (6)", "Gioia (7 anni)")
_AGED = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-zà-ÿ]{1,20})[ \t]?\([ \t]?\d{1,2}"
    r"(?:[ \t]?(?:anni|anno|mesi|years?|yrs?|y\.?o\.?|months?))?[ \t]?\)"
)

# a first name and the surname in brackets after it ("sono Rosanna (Bonfiglioli, la famiglia
# di ...)", "Tom (Hartley) called")
_SURNAME_BRACKETED = re.compile(
    r"(?<![\w'’])([A-Z][a-zà-ÿ]{1,20})[ \t]?\([ \t]?(?P<name>[A-Z][a-zà-ÿ'’]{2,25})[ \t]*[,;)]"
)


def find_possessive_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """A known first name, also a word ("June", "Will", "Hope"), with the possessive 's before
    a lowercase noun inside a sentence ("Mostly books, June's piano"): someone's, not a month's
    or a verb's. Not after an article ("the Grace's"), not in a date ("May's sales" after "in").
    Also a known first name with an age in brackets after it ("Will (9)")."""
    if "(" in text:
        for match in _AGED.finditer(text):
            if lexicon.is_first(match.group("name")):
                start, end = match.span("name")
                yield Detection(start, end, "PERSON", POSSESSIVE_NAME, 0.6)
        for match in _SURNAME_BRACKETED.finditer(text):
            surname = match.group("name")
            if lexicon.is_first(match.group(1)) and (
                lexicon.is_surname(surname) or not lexicon.is_word(surname)
            ):
                start, end = match.span("name")
                yield Detection(start, end, "PERSON", POSSESSIVE_NAME, 0.6)
    if "'s " not in text and "’s " not in text:
        return
    for match in _POSSESSIVE_S.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        if not _mid_sentence(text, start):
            continue
        # a name no list knows before someone's contact ("or Kazz's insta", "Tindra's number"),
        # never a word or a brand's ("Apple's support", "Google's account" are words' shapes)
        contact = _CONTACT_AFTER.match(text, end)
        if not lexicon.is_first(word) and not (
            contact is not None
            and not lexicon.is_word(word)
            and not lexicon.is_common(word)
            and not lexicon.is_surname(word)
        ):
            continue
        if _THE_BEFORE.search(text, max(0, start - 6), start) or month_date(text, start, end):
            continue
        yield Detection(start, end, "PERSON", POSSESSIVE_NAME, 0.6)


SIGN_OFF = "sign-off"
# a single capitalised word closing the message after a finished sentence ("... bonifico. Bepi")
_LAST_WORD = re.compile(
    r"[.!?…\n][ \t]*(?P<name>[A-Z][^\W\d_]{1,20}(?:-[A-Z]?[^\W\d_]{1,12})?)"
    r"(?P<kiss>[ \t]+[xX]{1,3}\b)?[^\w?]*$"
)


# an initial signing the message after a dash ("Come along. — R."), also after an emoji
# ("... è piccolo 😅 -R")
_INITIAL_SIGNATURE = re.compile(
    r"(?:[.!?…\n]|[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>-])[ \t]*[—–-][ \t]*(?P<name>[A-Z]\.?)[ \t]*$"
)


# dotted initials alone on the last line, signing the message ("...reply.\nH.L.B.", "– A.M.")
_DOTTED_INITIALS = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–—~][ \t]*)?(?P<name>[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.){0,2})"
    r"[ \t]*$"
)
# dotted initials, or one initial, closing the message after a finished sentence or an emoji,
# maybe before the business's name ("... apologies. E. / Casa Verde", "All set. D.",
# "... mattina. M.T.")
_DOTTED_AFTER_SENTENCE = re.compile(
    r"(?:[.!?…][ \t]+|[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>-][ \t]*)"
    r"(?P<name>[A-Z]\.(?:[ \t]?[A-Z]\.){0,3})"
    r"(?:[ \t]*[/|–—-][ \t]*[A-Z][^\n/|]{1,40})?[ \t]*$"
)
# abbreviations written like initials ("P.S.", "N.B.")
_NOT_DOTTED_INITIALS = frozenset(
    {"ps", "pps", "nb", "ok", "ie", "eg", "am", "pm", "ad", "bc", "rsvp", "us", "uk", "ue", "eu"}
    | {"usa", "ue", "cv", "tv", "dj", "pc", "ac", "dc"}
)


def find_sign_offs(
    text: str, lexicon: NameLexicon, businesses: re.Pattern[str] | None
) -> Iterable[Detection]:
    """A name signing the message: the last word after a finished sentence, or a word before the
    business's own name ("Bepi – Cicli Zanardo"), when no dictionary explains it."""
    initial = _INITIAL_SIGNATURE.search(text)
    if initial:
        yield Detection(initial.start("name"), initial.end("name"), "PERSON", SIGN_OFF, 0.6)
    dotted = _DOTTED_INITIALS.search(text, max(0, len(text) - 24))
    if dotted is None and initial is None and "." in text[-56:]:
        dotted = _DOTTED_AFTER_SENTENCE.search(text, max(0, len(text) - 56))
    if dotted and fold(dotted.group("name")).replace(".", "").replace(" ", "") not in (
        _NOT_DOTTED_INITIALS | _NOT_INITIALS
    ):
        yield Detection(dotted.start("name"), dotted.end("name"), "PERSON", SIGN_OFF, 0.6)
    candidates = [m for m in (_LAST_WORD.search(text),) if m is not None]
    if businesses is not None:
        candidates.extend(businesses.finditer(text))
    for match in candidates:
        word = match.group("name")
        start, end = match.span("name")
        if "kiss" in match.groupdict() and match.group("kiss") and lexicon.is_first(word):
            # kisses after it make a first name that is a word sign ("Thanks!! Faith x")
            yield Detection(start, end, "PERSON", SIGN_OFF, 0.6)
            continue
        if word.isupper() or lexicon.is_common(word):
            continue
        if lexicon.is_word(word) and not lexicon.is_first(word):
            continue
        yield Detection(start, end, "PERSON", SIGN_OFF, 0.6)


AGENT_SIGN_OFF = "agent-sign-off"
# The words closing an agent's message after a finished sentence, an emoji, a line break, a
# dash or a comma: one name or two joined ("... prima. Bianca", "✌️ Sole", "Assistenza, Sole",
# "– Lorenzo & Bianca"), maybe with a role in brackets ("Bianca (segreteria)").
_AGENT_LAST = re.compile(
    r"(?:^|[.!?…\n,;)]|[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>-])[ \t]*(?:[-–—~][ \t]*)?"
    r"(?P<name>[A-Z][a-zà-ÿ]{1,20}(?:[ \t]*(?:&|e|and)[ \t]*[A-Z][a-zà-ÿ]{1,20})?)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[^\w\n]*$"
)


def find_agent_sign_offs(
    text: str, lexicon: NameLexicon, businesses: re.Pattern[str] | None
) -> Iterable[Detection]:
    """The agent's name signing the agent's own message, also when the name is a word ("...
    il 12 giugno. Bianca", "✌️ Sole", "Rosa – Studio Verdi"): in a reply from the business, known
    first names closing the message are its staff signing, not a colour or the sun. Only for
    messages the business sent (the caller knows the sender's role)."""
    candidates = [m for m in (_AGENT_LAST.search(text[-80:]),) if m is not None]
    offset = max(0, len(text) - 80)
    found = [
        (offset + m.start("name"), offset + m.end("name"))
        for m in candidates
        if not _listed(text, offset + m.start("name"), lexicon)
    ]
    if businesses is not None:
        found.extend(m.span("name") for m in businesses.finditer(text))
    yield from find_agent_initials(text, lexicon)
    for start, end in found:
        names = list(WORD.finditer(text, start, end))
        names = [m for m in names if fold(m.group(0)) not in _JOINERS]
        if names and (
            # a first name, also one kept only as a word elsewhere ("... Meet? Alba")
            all(
                lexicon.is_first(m.group(0)) or fold(m.group(0)) in lexicon.word_names
                for m in names
            )
            # one word no list knows, neither a word nor a first name ("... noon 🌙 Nives"):
            # a nickname or a foreign name signing, as the business signs its replies
            or (
                len(names) == 1
                and _unknown_signature(names[0].group(0), lexicon)
                and _after_finished_sentence(text, start)
            )
        ):
            for name in names:
                yield Detection(name.start(), name.end(), "PERSON", AGENT_SIGN_OFF, 0.7)


# Two or three capitals closing an agent's message after a finished sentence, a line break or
# an emoji ("... è gratuita. GL", "✔️ MR"): the initials of the one who answered.
_AGENT_INITIALS = re.compile(
    r"(?:[.!?…][ \t]+|\n[ \t]*|[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>-][ \t]*)"
    r"(?:[-–—~^][ \t]?)?([A-Z]{2,3})"
    # the business's short name after a comma ("– JM, Volta")
    r"(?:,[ \t]*[A-ZÀ-Þ][\w'’&-]*(?:[ \t]+[A-ZÀ-Þ&][\w'’&-]*){0,2})?[ \t]*[.!]?[^\w\n]*$"
)
# titles in capitals closing a message sign it: no name follows them ("... next month. MS")
_TITLE_INITIALS = frozenset({"ms", "mr", "dr"})
# capitals that close a message as a word or an abbreviation, not as initials
_NOT_INITIALS = frozenset(
    {
        "ok", "okk", "si", "no", "ps", "pps", "nb", "ty", "thx", "pls", "plz", "asap", "fyi",
        "sms", "pdf", "iva", "sdi", "pec", "dhl", "ups", "gls", "brt", "sda", "tnt", "usa",
        "uk", "eu", "ue", "tv", "pc", "gps", "atm", "vip", "faq", "dm", "pm", "am", "cap",
        "ddt", "iban", "cf", "ciao", "lol", "omg", "wow", "top", "grz", "tvb", "bye", "xo",
        "xx", "xxx", "ah", "oh", "eh", "mm", "uh", "hi", "yes", "yep", "ecc", "etc",
        # couriers, sizes, codes and labels closing a sentence ("spedito oggi. DPD")
        "dpd", "mbe", "fedex", "otp", "pin", "puk", "bio", "dop", "igp", "doc", "docg", "usb",
        "nfc", "led", "lcd", "hd", "xs", "xl", "xxl", "3xl", "eco", "cod", "rma", "ean",
        "sku", "vat", "tba", "tbc", "eta", "pos", "app", "web", "wifi", "spa", "srl",
        "snc", "sas", "ltd", "inc", "llc",
    }
)  # fmt: skip


def find_agent_initials(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Initials in capitals closing a message the business sent ("... gratuita. GL"): its
    staff signing. Never a word or a usual abbreviation ("OK", "SMS", "IVA")."""
    match = _AGENT_INITIALS.search(text[-24:])
    if match is None:
        return
    letters = match.group(1)
    if fold(letters) not in _TITLE_INITIALS and (
        fold(letters) in _NOT_INITIALS
        or fold(letters) in _brands()  # a courier or a brand ("... spedito oggi. GLS")
        or lexicon.is_common(letters)
        # two letters are rarely an English word ("TB" is no "tb")
        or lexicon.is_word(letters, endings=False, english=len(letters) > 2)
    ):
        return
    offset = max(0, len(text) - 24)
    mark = match.group(0)[: match.start(1) - match.start(0)].strip(" \t-–—~^")[-1:]
    if mark not in ".!?…" and not _after_finished_sentence(text, offset + match.start(1)):
        return
    yield Detection(offset + match.start(1), offset + match.end(1), "PERSON", AGENT_SIGN_OFF, 0.7)


def _after_finished_sentence(text: str, start: int) -> bool:
    """Whether the emoji before ``start`` closes a sentence rather than point at what follows:
    no pointing or object emoji ("su 👉 Pinterest", "sarà 📦 Nexive") and no function word or
    verb of the stop lists right before it ("su", "sarà", "via")."""
    before = text[max(0, start - 40) : start].rstrip()
    marks = ""
    while before and not before[-1].isalnum() and before[-1] not in ".!?…\n,;:'’\"()":
        marks += before[-1]
        before = before[:-1].rstrip()
    if any(mark in _POINTING for mark in marks):
        return False
    last = _LAST_WORD_BEFORE.search(before)
    return last is None or fold(last.group(1)) not in _stop_words()


_POINTING = frozenset("👉👇👆👈➡→⬇📦📖📎🔗📍📌🛒")
_LAST_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")


def _unknown_signature(word: str, lexicon: NameLexicon) -> bool:
    """Whether a capitalised word closing an agent's message is a name no list knows: neither
    an everyday word nor a surname (a surname alone is a family business, "... Ferrante")."""
    return (
        len(word) >= 3
        and not lexicon.is_common(word)
        and not lexicon.is_word(word)
        and not lexicon.is_surname(word)
    )


_LISTED_AFTER = re.compile(rf"(?<![{LETTER}])([A-Z][{LETTER}]+)[ \t]*,[ \t]*$")


def _listed(text: str, start: int, lexicon: NameLexicon) -> bool:
    """Whether the word at ``start`` closes a list of capitalised words ("in Bianco, Rosa"): a
    colour or a model, not a signature (a sign-off word before a comma, "Grazie, Rosa", is left
    to the sign-off rule)."""
    previous = _LISTED_AFTER.search(text, max(0, start - 30), start)
    return previous is not None and lexicon.is_word(previous.group(1))


def business_sign_off(business_names: Iterable[str]) -> re.Pattern[str] | None:
    """The pattern of a word right before one of the business names, after a dash, a bar, a
    comma, a slash, an at sign or "from"/"da"/"di" ("Bepi – Cicli Zanardo", "Ilaria | Pelo &
    Coccole", "Sam from Pelo & Coccole", "Jack @ Dischi Nebbia")."""
    names = [re.escape(name.strip()) for name in business_names if name.strip()]
    if not names:
        return None
    return re.compile(
        r"(?<![\w'’])(?P<name>[A-Z][^\W\d_]{1,20})"
        r"(?:[ \t]*[-–—|,/@][ \t]*|[ \t]+(?:from|da|di|at)[ \t]+)(?:"
        + "|".join(sorted(names, key=len, reverse=True))
        + r")\b"
    )


LOWERCASE_NAME = "lowercase-name"
# colours and materials that are also first names ("con bruno e bianca": brown and white)
COLOURS = frozenset(
    [
        "bruno",
        "bruna",
        "bianco",
        "bianca",
        "rosa",
        "rosso",
        "rossa",
        "celeste",
        "viola",
        "marina",
        "azzurra",
        "azzurro",
        "ambra",
        "perla",
        "corallo",
        "smeraldo",
        "rubino",
        "oliva",
        "ottone",
    ]
)
_POSSESSIVE_BEFORE = re.compile(rf"(?i)\b(?:{_POSSESSIVES})[ \t]+$")
_PRONOUN_BEFORE = re.compile(r"(?<![\w'’])(?i:i|we|he|she|they|you)[ \t]+$")
# articles and demonstratives, never before a first name in lowercase ("la" is: "la giulia")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|an|this|that|il|lo|gli|un|uno|una)[ \t]+$")
_LOWER_WORD = re.compile(r"(?<![\w@./#'’-])[a-zà-ÿ]{4,20}(?![\w@/'’-])")


def find_lowercase_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """First names written in lowercase with no cue ("ah e matteo ha perso il mio numero"),
    when the word is a known first name and nothing else: no dictionary word, function word or
    place. Word-names ("rosa", "serena", "mark") are left to the cue-based rules."""
    candidates = _lowercase_candidates(lexicon.first_names)
    if candidates.isdisjoint(_LOWER_WORD.findall(text)):
        return
    for match in _LOWER_WORD.finditer(text):
        word = match.group(0)
        if word not in candidates:
            continue
        if lexicon.is_common(word) or lexicon.is_word(word) or word in _countries():
            continue
        if lowercase_word_name(word, lexicon):
            continue  # "uomo o donna", "al massimo", "la fede nuziale": the word
        if _POSSESSIVE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "il mio amico": a noun after a possessive
        if _PRONOUN_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # round 26: "I drew the design": a verb after its subject
        if _ARTICLE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            continue  # "at the pier", "un gino": a noun after an article
        yield Detection(match.start(), match.end(), "PERSON", LOWERCASE_NAME, 0.55)
