"""Round 24: first names that are everyday words (Bianca, Grazia, Stella, Serena, Felice) where
the position says person, and the names a codice fiscale is made of.

- after a verb a person does, as its subject ("va Bianca alle 11", "Verrebbe Bianca.",
  "domani passa Rosa");
- in a list of who goes when ("lunedì va Marina, mercoledì Bianca, ...");
- after a preposition of an Italian sentence, capitalised mid-sentence ("il bouquet di Grazia",
  "lu papà te Grazia", "un regalo per Serena"), never in a title run ("Villa Rosa", "Hotel di
  Serena Mare") nor where a town of the name is ("a Stella");
- signing the business's message with a role after a dash ("Stella – reception");
- beside a codice fiscale whose first six letters are the codes of the surname and the first
  name (FRR SRN: "Serena Ferrari FRRSRN88P65L736Q"), also when they are words or brands.

Round 25:
- written twice in one message, once capitalised and once lowercase ("Felice non è felice",
  "send the bill to Bill"): the writer's capital marks the person, mid-sentence or as the
  subject of a verb opening a sentence (the lowercase twin is the word; see
  ``privacy.anonymise``);
- introducing oneself with the article of Italian speech ("sono la Speranza di ...").

Round 26:
- in a list of people, lowercase or not ("giacomo, stella, aurora b., chen, leone, gaia"): a
  comma list of four items or more where two are first names no word can be and most are names
  is a list of people, so its items that any name list holds are names, also when they are
  words ("stella", "leone") or written with an initial ("aurora b.");
- greeted through the writer ("salutami marina", "say hi to Rose") or, lowercase after the
  article of Italian speech, saying or asking ("la celeste vuole sapere", "il bruno dice"):
  only people say, ask and send greetings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from stdnum.it import codicefiscale

from privacy.recognizers.names import CITY_NAMES, RELATIVES, NameLexicon, fold
from privacy.recognizers.structured import FISCAL_CODE
from privacy.recognizers.text import MONTH_NAMES, WEEKDAY_NAMES
from privacy.recognizers.verbs import subject_follows
from privacy.types import Detection

WORD_NAME = "word-name"
# after a preposition ("il bouquet di Grazia"): a person's, not a product's name, so no product
# noun before it drops it
OWNER_NAME = "word-name-of"
FISCAL_NAME = "fiscal-name"
# round 29: a word-name a cue of its own names ("il figlio di felice", "tutti mi chiamano vale"):
# carried to the other messages only capitalised or where a person stands, never as the word
# ("tranne che felice")
CUED_NAME = "word-name-cued"

# third persons of the verbs a person does, before their subject ("va Bianca", "verrebbe
# Rosa", "passa Stella", "says Rose")
_PERSON_VERBS_TEXT = """
    va andrà andrebbe andava viene verrà verrebbe veniva arriva arriverà arriverebbe arrivava
    passa passerà passerebbe passava torna tornerà tornerebbe parte partirà partirebbe esce
    uscirà scende scenderà sale salirà ritira ritirerà ritirerebbe chiama chiamerà chiamerebbe
    scrive scriverà risponde risponderà dice dirà disse pensa penserà guida guiderà accompagna
    accompagnerà aspetta aspetterà apre aprirà firma firmerà paga pagherà pagherebbe lavora
    lavorerà cucina cucinerà pulisce pulirà prende prenderà prenderebbe manda manderà mandava
    saluta ringrazia porto portiamo porterò porteremo accompagno
    says said asks asked replied comes
    """
_PERSON_VERBS = frozenset(_PERSON_VERBS_TEXT.split())
# the words a colour takes after it ("va Rosa antico"): no person
_COLOUR_TAILS_TEXT = "antico antica chiaro chiara scuro scura pastello cipria perla"
_COLOUR_TAILS = frozenset(_COLOUR_TAILS_TEXT.split())
_CAPITALISED = r"[A-ZÀ-Ý][a-zà-ÿ]{2,}"
_AFTER_VERB = re.compile(
    rf"(?<![\w'’])(?P<verb>[A-Za-zà-ÿ]{{2,12}})[ \t]+(?P<name>{_CAPITALISED})(?![\w'’@])"
)
_WEEKDAY = re.compile(
    rf"(?<![\w'’])(?i:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunedi|martedi|"
    rf"mercoledi|giovedi|venerdi|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"[ \t]+(?P<name>{_CAPITALISED})(?=[ \t]*[,;]|[ \t]+(?:e|ed|and|poi)[ \t]|[ \t]*[.!]|[ \t]*$)"
)
# the Italian (and southern) prepositions before a person ("di Grazia", "te Grazia", "pe Rosa")
_PREPOSITION = re.compile(
    rf"(?<![\w'’])(?P<before>[a-zà-ÿ'’]+)[ \t]+(?P<prep>di|de|te|per|pe|con|cu|tra|fra|insieme a)"
    rf"[ \t]+(?P<name>{_CAPITALISED})(?![\w'’@])"
)
_NEXT = re.compile(r"[ \t]*([\w'’]+)")
_ROLE_SIGN = re.compile(
    rf"(?:^|[.!?\n]|[^\w\s,;:'’()-])[ \t]*(?P<name>{_CAPITALISED})[ \t]+[-–—|][ \t]+"
    r"(?i:reception|front[ \t]+desk|staff|segreteria|accoglienza|amministrazione|ufficio|"
    r"customer[ \t]+care|servizio[ \t]+clienti|booking|prenotazioni|team|concierge|cassa|"
    r"negozio|shop|store|bar|sala|cucina)[ \t]*[^\w\s]{0,4}[ \t]*$"
)
# words whose "di ..." is a colour, a kind or a stand-in, not an owner
_NOT_OWNERS_TEXT = """
    posto invece tipo colore colori tinta tonalita sfumatura sfumature modello variante versione
    nuance taglia gusto profumo fragranza essenza
    """
_NOT_OWNERS = frozenset(_NOT_OWNERS_TEXT.split())
# first names the lists keep only as words or in compounds ("Maria Grazia")
_EXTRA_FIRST = frozenset({"grazia"})
_NOT_NAMES = frozenset({"santo", "santa", "san", "grasso", "grassa"})


def _word_name(word: str, lexicon: NameLexicon) -> bool:
    folded = fold(word)
    if _month_or_day(word) or folded in _NOT_NAMES:
        return False
    return lexicon.is_first(word) or folded in lexicon.word_names or folded in _EXTRA_FIRST


def _plural_word(word: str, lexicon: NameLexicon) -> bool:
    """An Italian plural of a word-name ("mazzo di Rose", "Viole"): the flowers, no person
    (round 25: only of a singular that is an everyday word; "Celeste" is no plural of the name
    "Celesta")."""
    folded = fold(word)
    if not folded.endswith("e"):
        return False
    singular = folded[:-1] + "a"
    return _word_name(singular, lexicon) and (
        lexicon.is_common(singular) or singular in lexicon.dictionary
    )


def _free_after(text: str, end: int) -> bool:
    """No capitalised word (a title run, "Stella Artois"), number or colour's tail after."""
    following = _NEXT.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    if text[end : following.start(1)].strip():
        return True  # punctuation between
    # a code after it is no title run ("dal conto di Bianca IT70 F030 ...")
    titled = word[:1].isupper() and not any(char.isdigit() for char in word)
    return not (titled or word[:1].isdigit() or word.lower() in _COLOUR_TAILS)


_WORD = re.compile(rf"(?<![\w'’]){_CAPITALISED}(?![\w'’])")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]{3,}(?![\w'’])")
_WORD_BEFORE = re.compile(r"([\w'’]+)[ \t]*$")
# words before a capitalised word that make it a thing's or a title's ("la torta Rosa", "the
# Stella")
_THING_BEFORE_TEXT = """
    il lo la i gli le l un uno una del della dello dei delle al alla the a an of some
    """
_THING_BEFORE = frozenset(_THING_BEFORE_TEXT.split())
# Round 27: "anche"/"pure"/"also" or a child's "piccola"/"piccolo"/"little" before a capitalised
# word-name mid-sentence, ending its clause or before a verb ("c'è anche Viola, anche lei in
# dolce attesa", "e la piccola Bianca 💐", "little Rose says hi")
_ALSO_NAME = re.compile(
    rf"(?<![\w'’])(?P<cue>anche|pure|also|(?:(?i:la|il|lo|mia|mio|nostra|nostro|sua|suo|my|our|"
    rf"her|his|the)[ \t]+(?:piccola|piccolo|little)))[ \t]+(?P<name>{_CAPITALISED})(?![\w'’@])"
)
_ALSO_CLOSE = re.compile(r"[ \t]*(?:$|[,.;:!?)\n]|[^\w\s'’]|(?:e|ed|and|con|with)[ \t])")
# "sono la Speranza di": the article of Italian speech before one's own first name
_ARTICLE_NAME = re.compile(
    rf"(?<![\w'’])(?P<lead>(?i:sono|sn|so))[ \t]+(?:la|il)[ \t]+(?P<name>{_CAPITALISED})"
    rf"(?![\w'’@])"
)


def _case_twins(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """A word-name written capitalised where the same word is lowercase in the message too
    ("Felice non è per niente felice", "send the bill to Bill"), see the module."""
    lower = {m.group(0) for m in _LOWER_WORD.finditer(text)}
    if not lower:
        return
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.lower() not in lower or not _word_name(word, lexicon):
            continue
        if not _free_after(text, match.end()):
            continue  # "Stella Artois"
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is not None and (
            before.group(1) in _THING_BEFORE
            or (before.group(1)[:1].isupper() and not _sentence_opening(text, before.start(1)))
        ):
            continue  # a thing or a title run ("la torta Rosa", "the Rose", "Villa Rosa")
        if _sentence_opening(text, match.start()) and not subject_follows(text, match.end()):
            continue  # "Rosa o bianca? ... rosa"
        yield Detection(match.start(), match.end(), "PERSON", WORD_NAME, 0.7)


def _fiscal_words(text: str) -> Iterable[Detection]:
    """The surname and the first name a valid codice fiscale is made of, next to it (up to 80
    characters before or after)."""
    for count, code in enumerate(FISCAL_CODE.finditer(text)):
        value = code.group(0).upper()
        if count >= 50 or not codicefiscale.is_valid(value):
            continue
        window = range(max(0, code.start() - 80), min(len(text), code.end() + 80))
        words = [
            m
            for m in _WORD.finditer(text, window.start, window.stop)
            if fold(m.group(0)) not in MONTH_NAMES
        ]
        # a surname of two words is coded as one ("Dalla Libera": DLL)
        joined = [
            (a.start(), b.end(), a.group(0) + b.group(0))
            for a, b in pairwise(words)
            if text[a.end() : b.start()] == " "
        ]
        surnames = [
            (start, end)
            for start, end, word in [(m.start(), m.end(), m.group(0)) for m in words] + joined
            if _surname_code(word) == value[:3]
        ]
        firsts = [m for m in words if _first_code(m.group(0)) == value[3:6]]
        pairs = [
            (s, f)
            for s in surnames
            for f in firsts
            if not (s[0] <= f.start() < s[1]) and abs(s[0] - f.start()) < 30
        ]
        for (start, end), first in pairs[:2]:
            yield Detection(start, end, "PERSON", FISCAL_NAME, 0.95)
            yield Detection(first.start(), first.end(), "PERSON", FISCAL_NAME, 0.95)


_VOWELS = frozenset("AEIOU")


def _letters(word: str) -> tuple[list[str], list[str]]:
    letters = [c for c in fold(word).upper() if "A" <= c <= "Z"]
    return [c for c in letters if c not in _VOWELS], [c for c in letters if c in _VOWELS]


def _surname_code(word: str) -> str:
    """The codice fiscale's three letters of a surname: consonants, then vowels, then X."""
    consonants, vowels = _letters(word)
    return "".join(consonants + vowels + ["X", "X", "X"])[:3]


def _first_code(word: str) -> str:
    """Those of a first name: with four consonants or more, the 1st, 3rd and 4th."""
    consonants, vowels = _letters(word)
    if len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return "".join(consonants + vowels + ["X", "X", "X"])[:3]


def find_word_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """First names that are words where only a person stands (see the module)."""
    for match in _AFTER_VERB.finditer(text):
        verb, name = match.group("verb"), match.group("name")
        if verb.lower() not in _PERSON_VERBS or not _word_name(name, lexicon):
            continue
        if verb[0].isupper() and not _sentence_opening(text, match.start()):
            continue  # "Casa Va Bianca": a title
        if _free_after(text, match.end("name")):
            yield Detection(match.start("name"), match.end("name"), "PERSON", WORD_NAME, 0.7)
    for match in _WEEKDAY.finditer(text):
        name = match.group("name")
        if _word_name(name, lexicon):
            yield Detection(match.start("name"), match.end("name"), "PERSON", WORD_NAME, 0.7)
    for match in _PREPOSITION.finditer(text):
        name = match.group("name")
        if not _word_name(name, lexicon) or fold(name) in CITY_NAMES:
            continue
        if fold(match.group("before")) in _NOT_OWNERS:
            continue  # "il Rosa al posto di Bianca", "un colore di Viola"
        if not _free_after(text, match.end("name")) or _plural_word(name, lexicon):
            continue
        yield Detection(match.start("name"), match.end("name"), "PERSON", OWNER_NAME, 0.7)
    yield from _case_twins(text, lexicon)
    for match in _ARTICLE_NAME.finditer(text):
        name = match.group("name")
        if not _word_name(name, lexicon) or _plural_word(name, lexicon):
            continue
        if _free_after(text, match.end("name")):
            yield Detection(match.start("name"), match.end("name"), "PERSON", WORD_NAME, 0.7)
    signed = _ROLE_SIGN.search(text, max(0, len(text) - 60))
    if signed is not None and _word_name(signed.group("name"), lexicon):
        yield Detection(signed.start("name"), signed.end("name"), "PERSON", WORD_NAME, 0.8)
    for match in _ALSO_NAME.finditer(text):
        name = match.group("name")
        if (
            not _word_name(name, lexicon)
            or fold(name) in CITY_NAMES
            or _plural_word(name, lexicon)
            or not _free_after(text, match.end("name"))
        ):
            continue
        if _ALSO_CLOSE.match(text, match.end("name")) or subject_follows(text, match.end("name")):
            yield Detection(match.start("name"), match.end("name"), "PERSON", WORD_NAME, 0.7)
    yield from _fiscal_words(text)
    yield from _name_lists(text, lexicon)
    yield from _greeted_or_saying(text, lexicon)
    yield from _round28_names(text, lexicon)
    yield from _round29_names(text, lexicon)


# Round 28. A name spelled out letter by letter ("si P A Z Z A G L I A"); a name called before
# the greeting that opens a message ("Carmè buongiorno", "Ornella ciao"); a first name (also a
# word-name) set apart by a comma before who the person is to the writer ("i fiori li fa a mano
# Rosa, la nostra cake designer", "Viola, our assistant").
_SPELLED = re.compile(r"(?<![\w.])(?:[A-ZÀ-Ý][ \t]){4,}[A-ZÀ-Ý](?![\w.])")
_CALLED_BEFORE_GREETING = re.compile(
    r"^[^\w]{0,6}(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’]{2,15})[ \t]*[,!]?[ \t]+"
    r"(?i:buongiorno|buonasera|buondì|buondi|ciao|salve|good[ \t]+morning|hi|hello)(?![\w])"
)
_ACCENTED_WORDS_TEXT = "perché perchè però così già più sì là lì giù ciò poiché affinché cioè né è"
_ACCENTED_WORDS = frozenset(_ACCENTED_WORDS_TEXT.split())
_ROLE_NOUN = (
    r"[a-zà-ÿ]{2,14}(?:ista|iere|iera|tore|trice|ante|ente|ologa|ologo|ologist|"
    r"designer|manager|assistant|assistente|collega|colleague|segretaria|segretario|maestra|"
    r"maestro|teacher|insegnante|istruttrice|istruttore|titolare|responsabile|ragazza|ragazzo|"
    r"vicina|vicino|neighbour|friend|amica|amico|sister|brother|sorella|fratello|daughter|son|"
    r"figlia|figlio|nipote|cugina|cugino|babysitter|tata|socia|socio|partner|er|era|ere|aia|"
    r"aio)"
)
_APPOSED_ROLE = re.compile(
    r"(?<![\w'’@.])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{2,15}),[ \t]+"
    r"(?i:la[ \t]+nostra|il[ \t]+nostro|la[ \t]+mia|il[ \t]+mio|our|my|mia|mio|nostra|nostro)"
    rf"[ \t]+(?:[a-zà-ÿ]{{2,14}}[ \t]+)?{_ROLE_NOUN}(?![\w])"
)


# a name on a bell or an intercom ("suonate a Bartolini, terzo piano", "buzz Ferrero on the
# intercom", "please ring Conti, second floor"): a person, also when the surname is a brand or a
# carrier
_BELL_NAME = re.compile(
    r"(?<![\w'’])(?i:suonate[ \t]+a|suonare[ \t]+a|suona[ \t]+a|citofonate[ \t]+a|"
    r"citofonare[ \t]+a|citofona[ \t]+a|buzz|ring(?:[ \t]+the[ \t]+bell[ \t]+(?:of|for))?)"
    r"[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’]{2,20})"
    r"(?=[ \t]*(?:,|$|\.)|[ \t]+(?i:on[ \t]+the|che|al|alla|sul|at|second|third|first|ground|"
    r"primo|secondo|terzo|piano|floor|interno|int\.|scala|citofono|intercom))"
)
# two word-names written lowercase, joined, before a verb only people do ("rosa e serena
# arrivano tardi") or after one ("domani vengono bianca e viola")
_PLURAL_ACT = (
    r"arrivano|arriveranno|vengono|verranno|escono|partono|tornano|giocano|dormono|mangiano|"
    r"passano|ritirano|prenotano|compiono|ballano|nuotano"
)
_LOWER_PAIR = re.compile(
    rf"(?<![\w'’])(?:(?P<verb>{_PLURAL_ACT})[ \t]+)?(?P<one>[a-zà-ÿ]{{3,12}})[ \t]+"
    rf"(?:e|ed|and)[ \t]+(?P<two>[a-zà-ÿ]{{3,12}})"
    rf"(?(verb)|[ \t]+(?:(?:non|ci|si|mi)[ \t]+)?(?:{_PLURAL_ACT}))(?![\w'’])"
)


def _round28_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    if "a " in text or "buzz" in text or "ring" in text:
        for match in _BELL_NAME.finditer(text):
            if match.group("name").lower() not in {"me", "us", "him", "her", "them"}:
                yield Detection(match.start("name"), match.end("name"), "PERSON", WORD_NAME, 0.7)
    if " e " in text or " ed " in text or " and " in text:
        for match in _LOWER_PAIR.finditer(text):
            one, two = match.group("one"), match.group("two")
            if _word_name(one, lexicon) and _word_name(two, lexicon):
                for group in ("one", "two"):
                    yield Detection(match.start(group), match.end(group), "PERSON", WORD_NAME, 0.7)
    if " " in text:
        for match in _SPELLED.finditer(text):
            joined = re.sub(r"[ \t]", "", match.group(0))
            if not lexicon.is_common(joined) and not lexicon.is_word(joined):
                yield Detection(match.start(), match.end(), "PERSON", WORD_NAME, 0.7)
    called = _CALLED_BEFORE_GREETING.match(text)
    if called is not None:
        name = called.group("name")
        # a southern vocative cut on its stressed vowel ("Carmè", "Ninè", "Totò") is a name
        # also when its letters make a word without the accent ("nine")
        truncated = name[-1] in "àèéìòù" and name.lower() not in _ACCENTED_WORDS
        if truncated or (
            not lexicon.is_common(name) and (_word_name(name, lexicon) or not lexicon.is_word(name))
        ):
            yield Detection(called.start("name"), called.end("name"), "PERSON", WORD_NAME, 0.7)
    if "," in text:
        for match in _APPOSED_ROLE.finditer(text):
            name = match.group("name")
            if _word_name(name, lexicon) and fold(name) not in CITY_NAMES:
                yield Detection(match.start("name"), match.end("name"), "PERSON", WORD_NAME, 0.7)


# Round 29. A nickname after how people call the writer ("tutti mi chiamano vale", "mi
# chiamano tutti nonna mimma", "everyone calls me Bex"), also lowercase, also after a kin word
# or a title; after "tutti"/"everyone" any word that is no everyday word, after a bare "call me"
# / "mi chiamano" only a first name ("call me back", "mi chiamano spesso" stay).
_KIN_TITLE = (
    r"nonna|nonno|zia|zio|mamma|papà|papa|sorella|fratello|donna|don|sora|sor|comare|compare|"
    r"granny|grandma|grandpa|nana|nan|auntie|aunt|uncle|big|little|miss|mister|mr|mrs|zi|zà"
)
_CALLED_ME = re.compile(
    r"(?<![\w'’])(?P<cue>(?i:(?:tutti|tutte|gli[ \t]+amici|le[ \t]+amiche|i[ \t]+bimbi|"
    r"i[ \t]+bambini|i[ \t]+nipoti|a[ \t]+casa)[ \t]+mi[ \t]+chiamano|"
    r"mi[ \t]+chiamano[ \t]+(?:tutti|tutte)|"
    r"(?:everyone|everybody|all|friends|people|the[ \t]+kids|my[ \t]+friends|"
    r"my[ \t]+grandkids)[ \t]+(?:calls?|called|know)[ \t]+me(?:[ \t]+as)?|"
    r"mi[ \t]+chiamano|chiamatemi|chiamami|mi[ \t]+chiamate|just[ \t]+call[ \t]+me|"
    r"call[ \t]+me|calls[ \t]+me|known[ \t]+as))"
    rf"[ \t]+(?:(?i:{_KIN_TITLE})[ \t]+)?(?P<name>[A-Za-zÀ-ÿ][a-zà-ÿ'’]{{1,15}})"
    r"(?=[ \t]*(?:$|[,.;:!?)\n]|[^\w\s'’]|(?:ma|but|e|and|per|x|punto|pls|please|lol|"
    r"haha|ahah|ok)(?![\w'’])))"
)
# round 30: the nickname before the cue, Roman "me" too ("Robbè me chiamano tutti", "Gigi mi
# chiamano tutti"); capitalised, not an everyday word
_CALLED_BEFORE = re.compile(
    r"(?<![\w'’@#])(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’]{1,15})[ \t]+(?:mi|me)[ \t]+chiamano[ \t]+"
    r"(?:tutti|tutte|tutti[ \t]+quanti|gli[ \t]+amici|a[ \t]+casa)(?![\w'’])"
)
_NAMING_CUE = re.compile(
    r"\b(?:tutt[ie]|everyone|everybody|all|friends|people|kids|amici|amiche|bimbi|bambini|"
    r"nipoti|casa|grandkids)\b"
)
# "<Name> and I", "io e <name>", "me and <Name>": the writer and someone named beside them
_WITH_ME = re.compile(
    r"(?<![\w'’@#])(?:(?P<before>[A-Za-zÀ-ÿ][a-zà-ÿ'’]{1,15})(?:[ \t]+(?:and|e|ed)|[ \t]*&)[ \t]+"
    r"(?:I|io|me)(?![\w'’])|(?<![\w'’])(?:io|me)[ \t]+(?:e|ed|and|&)[ \t]+"
    # (round 37: with the article of Italian speech, "io e la vale")
    r"(?:(?:la|il)[ \t]+)?(?P<after>[A-Za-zÀ-ÿ][a-zà-ÿ'’]{1,15})(?![\w'’@]))"
)
# a name on a bell, a nameplate or a mailbox with the name written beside it ("citofono De
# Rosa/Gallo", "on the bell is written Ghersi - Ramella", "sul campanello: Van Dijk / Moretti"):
# both names of the pair, with their particle
_PLATE_CUE = re.compile(
    r"(?i:citofono|campanello|targhetta|cassetta|buca[ \t]+delle[ \t]+lettere|doorbell|bell|"
    r"intercom|buzzer|nameplate|mailbox|letterbox|postbox|"
    # round 31: a couple's or a family's double name ("segnatela come sposi Gentile-Laterza")
    r"sposi|coniugi|famiglia|fam\.|family|signori|sigg\.)"
    r"(?:[ \t]*[:,]?[ \t]+(?:[a-zà-ÿ'’]{1,12}[ \t]+){0,4})?[ \t:\"“«'’]*$"
)
_PLATE_PART = (
    r"(?:(?:De|Di|Da|Del|Della|Dello|Dei|Degli|Lo|La|Li|Le|Van|Von|Vander|Ver|Mac|Mc|"
    r"De[ \t]+La|Van[ \t]+(?:der|den|de)|Von[ \t]+der)[ \t]+|(?:D|Dell|Dall|Del)['’])?"
    r"[A-ZÀ-Ý][a-zà-ÿ'’]{1,20}"
)
_PLATE_PAIR = re.compile(
    rf"(?<![\w'’])(?P<one>{_PLATE_PART})[ \t]*(?:/|-|–|—|&|\+)[ \t]*(?P<two>{_PLATE_PART})"
    r"(?![\w'’])"
)
# a lowercase word-name after a kin word and "di" ("il figlio di felice", "la moglie di rosa,
# ...", "la nonna di matilde e ..."), closing the clause or before a person's verb
_KIN_DI = re.compile(
    r"(?<![\w'’])(?P<kin>[a-zà-ÿ]{2,14})[ \t]+(?:di|de|of)[ \t]+(?P<name>[a-zà-ÿ]{3,15})"
    r"(?![\w'’@])"
)
_AFTER_KIN_NAME = re.compile(
    r"[ \t]*(?:$|[,.;:!?)\n]|[^\w\s'’]|(?:che|e|ed|ma|and|who|mi|ci|ha|è|e'|non|lo|la|vi|"
    r"ti|le|gli|is|was|has)(?![\w'’]))"
)
# a word-name as the subject of what only a person is ("Viola allergica alle arachidi", "Rosa
# è celiaca", "Grace is lactose intolerant")
_PERSON_PREDICATE = re.compile(
    r"(?<![\w'’@#])(?P<name>[A-Za-zÀ-ÿ][a-zà-ÿ]{2,15})[ \t]+"
    r"(?:(?:è|e'|is|was|ha[ \t]+scoperto[ \t]+di[ \t]+essere)[ \t]+)?"
    r"(?:(?i:molto|tanto|leggermente|gravemente|very|a[ \t]+bit|slightly|severely|lactose)"
    r"[ \t]+)?"
    r"(?i:allergic[oaie]|allergic|intolleran(?:te|ti)|intolerant|celiac[oa]|celiac|coeliac|"
    r"vegetarian[oa]|vegetarian|vegan[oa]|vegan|incinta|pregnant|diabetic[oa]|diabetic|"
    r"asmatic[oa]|asthmatic|epilettic[oa]|epileptic|autistic[oa]|autistic|disabile|"
    r"in[ \t]+carrozzina|in[ \t]+sedia[ \t]+a[ \t]+rotelle)(?![\w'’])"
)
# round 31: a name before a relative clause that says whose kin it is ("... BERTOLA E GIACCONE
# CHE ERA MIA MOGLIE", "Dana, who is my sister-in-law"), also in capitals
_KIN_CLAUSE = re.compile(
    r"(?<![\w'’@#])(?P<name>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’]{2,20})[ \t]*,?[ \t]+(?i:che|who)[ \t]+"
    r"(?i:è|e'|era|is|was|sarebbe)[ \t]+(?i:(?:la|il)[ \t]+)?(?i:mia|mio|tua|tuo|sua|suo|my|his|"
    r"her|our|nostra|nostro)[ \t]+(?P<kin>[A-Za-zà-ÿ\-]{3,16})(?![\w'’])"
)
_PERSON_NOUNS = frozenset(
    [
        "persona",
        "ragazza",
        "ragazzo",
        "donna",
        "uomo",
        "signore",
        "bambino",
        "bambina",
        "person",
        "woman",
        "man",
        "guy",
        "girl",
        "boy",
        "lady",
        "gentleman",
        "tizio",
        "tizia",
    ]
)
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?i:il|lo|la|i|gli|le|un|una|uno|the|a|an|this|that|my|your|mia|mio)[ \t]+$"
)


def _round29_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Nicknames, pairs with the writer, names on a bell, kin's word-names, a person's
    predicates (see above)."""
    lowered = text.lower()
    if "chiam" in lowered or "call" in lowered or "known as" in lowered:
        for match in _CALLED_ME.finditer(text):
            name = match.group("name")
            cue = match.group("cue").lower()
            # who names the writer for everyone: any word that is no everyday word
            naming = _NAMING_CUE.search(cue) is not None
            if _month_or_day(name) or len(name) < 3:
                continue
            if _word_name(name, lexicon) or (
                not lexicon.is_common(name)
                and (naming or (name[0].isupper() and not lexicon.is_word(name)))
            ):
                yield Detection(match.start("name"), match.end("name"), "PERSON", CUED_NAME, 0.7)
        for match in _CALLED_BEFORE.finditer(text):
            name = match.group("name")
            if len(name) >= 3 and not _month_or_day(name) and not lexicon.is_common(name):
                yield Detection(match.start("name"), match.end("name"), "PERSON", CUED_NAME, 0.7)
    if " and " in lowered or " e " in lowered or " & " in lowered or " ed " in lowered:
        for match in _WITH_ME.finditer(text):
            group = "before" if match.group("before") else "after"
            name = match.group(group)
            unknown = (
                # round 37: or a name no list knows and no word after the writer ("me and kez
                # will come"; not before: "on holiday in Sicily and I ran out")
                group == "after"
                and len(name) >= 3
                and not lexicon.is_word(name)
                and not lexicon.is_common(name)
                and fold(name) not in CITY_NAMES
            )
            if not (_word_name(name, lexicon) or unknown) or fold(name) in _NOT_PARTNER_WORDS:
                continue
            if name.islower() and fold(name) in lexicon.english and lexicon.is_common(name):
                continue  # "tea and I", "rose and me" in English: the word
            if group == "before" and lexicon.is_word(name) and not _pair_opens(text, match.start()):
                continue  # "andiamo al mare Rosa e io": maybe a beach's name ("Mare Rosa")
            yield Detection(match.start(group), match.end(group), "PERSON", CUED_NAME, 0.7)
    if "/" in text or "-" in text or "–" in text or "&" in text or "+" in text:
        for match in _PLATE_PAIR.finditer(text):
            if _PLATE_CUE.search(text, max(0, match.start() - 60), match.start()) is None:
                continue
            for group in ("one", "two"):
                yield Detection(match.start(group), match.end(group), "PERSON", CUED_NAME, 0.7)
    if " di " in lowered or " of " in lowered or " de " in lowered:
        for match in _KIN_DI.finditer(text):
            kin, name = match.group("kin").lower(), match.group("name")
            if kin not in RELATIVES or not _word_name(name, lexicon):
                continue
            if _AFTER_KIN_NAME.match(text, match.end()) or subject_follows(text, match.end()):
                yield Detection(match.start("name"), match.end("name"), "PERSON", CUED_NAME, 0.7)
    if " che " in lowered or " who " in lowered:
        for match in _KIN_CLAUSE.finditer(text):
            name = match.group("name")
            kin = match.group("kin").lower().split("-")[0]
            if kin not in RELATIVES or lexicon.is_common(name) or fold(name) in _PERSON_NOUNS:
                continue  # a noun of a person opens the clause ("La ragazza che era mia ...")
            yield Detection(match.start("name"), match.end("name"), "PERSON", CUED_NAME, 0.7)
    for match in _PERSON_PREDICATE.finditer(text):
        name = match.group("name")
        if not _word_name(name, lexicon) or fold(name) in CITY_NAMES:
            continue
        if _ARTICLE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "la Viola allergica": a product's name
        yield Detection(match.start("name"), match.end("name"), "PERSON", CUED_NAME, 0.7)


_OPENING_WORDS_TEXT = """
    che e ed ma perché perche quando se anche poi pure so and but when if because also then oggi
    domani ieri today tomorrow yesterday
    """
_OPENING_WORDS = frozenset(_OPENING_WORDS_TEXT.split())


def _pair_opens(text: str, start: int) -> bool:
    """Whether the first of a pair with the writer opens its clause ("G'day! Bill and I",
    "ieri Rosa e io", "so Tom and I")."""
    if _sentence_opening(text, start) or text[max(0, start - 2) : start].strip() in {",", "("}:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in _OPENING_WORDS


# the words of a pair with the writer that are no one's name ("mamma e io", "you and I")
# nor a possessive or an article before the kin ("a me e mia moglie", "io e al mio ragazzo")
_NOT_PARTNER_TEXT = """
    mamma papa papà tu te lui lei noi voi loro you him her them us mia mio mie miei tua tuo sua
    suo nostra nostro vostra vostro la il lo le gli al alla allo ai alle my your his our their
    the
    """
_NOT_PARTNER_WORDS = frozenset(_NOT_PARTNER_TEXT.split())


_LIST_ITEM = r"[A-Za-zÀ-ÿ][a-zà-ÿ'’]{1,19}(?:[ \t][A-Za-z]\.)?"
_NAME_LIST = re.compile(
    rf"(?<![\w'’@#./-]){_LIST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM}){{3,}}"
    rf"(?:[ \t]*,?[ \t]+(?:e|ed|and)[ \t]+{_LIST_ITEM})?(?![\w'’@])"
)
_ITEM = re.compile(_LIST_ITEM)


def _name_lists(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """The names of a list of people (see the module)."""
    if text.count(",") < 3:
        return
    for match in _NAME_LIST.finditer(text):
        items = list(_ITEM.finditer(text, match.start(), match.end()))
        words = [m.group(0).split()[0] for m in items]
        named = [
            lexicon.is_first(w) or lexicon.is_surname(w) or fold(w) in lexicon.word_names
            for w in words
        ]
        sure = sum(
            lexicon.is_first(w) and not lexicon.is_word(w) and not lexicon.is_common(w)
            for w in words
        )
        if sure < 2 or 2 * sum(named) <= len(words):
            continue
        for item, is_name in zip(items, named, strict=True):
            if is_name and not _month_or_day(item.group(0).split()[0]):
                yield Detection(item.start(), item.end(), "PERSON", WORD_NAME, 0.7)


_GREET_THROUGH = re.compile(
    r"(?<![\w'’])(?i:salutami|salutaci|salutatemi|salutateci|saluti\sa|un\ssaluto\sa|"
    r"un\sbacio\sa|un\sabbraccio\sa|say\shi\sto|say\shello\sto|greetings\sto|"
    r"give\smy\slove\sto)[ \t]+(?:(?i:la|il|the)[ \t]+)?(?P<name>[A-Za-zà-ÿ]{3,20})"
    r"(?=[ \t]*(?:$|[,.;:!?)\n]|[^\w\s]|e[ \t]|and[ \t]))"
)
_GREET_HINTS = ("salut", "un bacio", "abbraccio", "say h", "greetings", "love to")
_ARTICLE_SAYS = re.compile(
    r"(?<![\w'’])(?:la|il)[ \t]+(?P<name>[a-zà-ÿ]{3,20})[ \t]+"
    r"(?:dice|diceva|chiede|chiedeva|ha[ \t]detto|ha[ \t]chiesto|vuole[ \t]sapere|"
    r"voleva[ \t]sapere|ti[ \t]saluta|vi[ \t]saluta|si[ \t]chiede)(?![\w'’])"
)


def _greeted_or_saying(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Word-names greeted through the writer or saying, lowercase (see the module)."""
    lowered = text.lower()
    if any(cue in lowered for cue in _GREET_HINTS):
        for match in _GREET_THROUGH.finditer(text):
            name = match.group("name")
            if _word_name(name, lexicon):
                yield Detection(match.start("name"), match.end("name"), "PERSON", WORD_NAME, 0.7)
    if " la " in f" {lowered}" or " il " in f" {lowered}":
        for match in _ARTICLE_SAYS.finditer(text):
            name = match.group("name")
            if _word_name(name, lexicon):
                yield Detection(match.start("name"), match.end("name"), "PERSON", WORD_NAME, 0.7)


def _month_or_day(word: str) -> bool:
    folded = fold(word)
    return folded in MONTH_NAMES or folded in WEEKDAY_NAMES


def _sentence_opening(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip()
    return not before or before[-1] in ".!?\n:;"


# Round 27: the word-names beside names already found. A capitalised word-name right before a
# found surname is its first name ("ordine per Speranza Greco"); in a comma list of capitalised
# words where most items are found names, the word-names among the rest are names too ("io,
# Rosa, Viola, Bianca e Stella").
_NAME_BEFORE = re.compile(rf"(?<![\w'’@.])({_CAPITALISED})[ \t]$")
_LOWER_NAME_OPENING = re.compile(r"(?:^|(?<=\n))[ \t]*([a-zà-ÿ]{3,20})[ \t]$")
_CAPITAL_ITEM = r"[A-ZÀ-Ý][a-zà-ÿ'’]{2,}"
_CAPITAL_LIST = re.compile(
    rf"(?<![\w'’@#./-]){_CAPITAL_ITEM}(?:[ \t]*,[ \t]*{_CAPITAL_ITEM})+"
    rf"(?:[ \t]*,?[ \t]+(?:e|ed|and|&)[ \t]+{_CAPITAL_ITEM})?(?![\w'’@])"
)
_CAPITAL_ITEM_RE = re.compile(_CAPITAL_ITEM)


def name_neighbours(
    text: str, detections: Iterable[Detection], lexicon: NameLexicon
) -> Iterable[Detection]:
    """Word-names beside the names found in ``text`` (see above)."""
    persons = [d for d in detections if d.entity_type == "PERSON"]
    if not persons:
        return
    for found in persons:
        value = text[found.start : found.end]
        if " " in value or not value[:1].isupper() or not lexicon.is_surname(value):
            continue
        before = _NAME_BEFORE.search(text, max(0, found.start - 25), found.start)
        if before is None:
            # round 38: in small letters where the line opens ("bianca Esposito. pago ...")
            before = _LOWER_NAME_OPENING.search(text, max(0, found.start - 25), found.start)
        if before is None or not _word_name(before.group(1).capitalize(), lexicon):
            continue
        lead = _WORD_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
        if lead is not None and (
            lead.group(1) in _THING_BEFORE
            or (lead.group(1)[:1].isupper() and not _sentence_opening(text, lead.start(1)))
        ):
            continue  # "la torta Rosa Greco", "Villa Rosa Greco"
        yield Detection(before.start(1), found.end, "PERSON", WORD_NAME, 0.7)
    if text.count(",") < 1:
        return
    for match in _CAPITAL_LIST.finditer(text):
        items = list(_CAPITAL_ITEM_RE.finditer(text, match.start(), match.end()))
        named = [any(p.start < i.end() and i.start() < p.end for p in persons) for i in items]
        if sum(named) < 2 or 2 * sum(named) < len(items):
            continue
        for item, is_named in zip(items, named, strict=True):
            word = item.group(0)
            if not is_named and _word_name(word, lexicon) and not _plural_word(word, lexicon):
                yield Detection(item.start(), item.end(), "PERSON", WORD_NAME, 0.7)


# Round 37: names the message's other findings vouch for.
# - joined to a found person by "&" ("Han & Tom"; an English word only in a sign-off, "love
#   Han & Tom", never a firm's "& Figli", "Star Tile & ..."), or a first name no word can be after
#   "e"/"and"/"o"/"or" in a message that names a person before it ("i bimbi Giacomo 130 cm 34 e
#   Matilde 118 31");
# - a name after "baby sitter", "dog sitter" ("la baby sitter Speranza");
# - a first name right before a found phone, after a word that hands the phone to someone
#   ("scrivete a me o a vale +39 331 ...", "call Jo 07700 ...");
# - a surname right before a found first name ("Esposito Gennaro - psn ...");
# - a lowercase name closing the message after kisses ("xoxo bex").
# (Not a found surname written again inside a firm's name, "Officina Bortolato" of Marco
# Bortolato: the corpora keep firms' names.)
_AMPERSAND = re.compile(
    r"(?<![\w'’@#./-])(?P<a>[A-ZÀ-Ý][a-zà-ÿ]{1,20})[ \t]*&[ \t]*"
    r"(?P<b>[A-ZÀ-Ý][a-zà-ÿ]{1,20})(?![\w@]|['’][a-z])"
)
# the kisses and love that close a message, shared by the sign-off and the kissed name below
_KISSES = r"love|xx+|baci|bacioni|hugs"
_SIGN_OFF = re.compile(
    rf"(?<![\w'’])(?i:{_KISSES}|lots[ \t]of[ \t]love|from|un[ \t]abbraccio|con[ \t]affetto|"
    r"cheers|with[ \t]love)[ \t,]*$"
)
_AFTER_JOINT = re.compile(
    r"(?<![\w'’])(?:e|ed|and|o|or|oppure)[ \t]+(?P<b>[A-ZÀ-Ý][a-zà-ÿ]{1,20})(?![\w@]|['’][a-z])"
)


_CALLING_HOLDER = re.compile(r"(?i:call|chiama|chiamate|chiamare|chiamami|text|ring)[ \t]")


def _cut_first(word: str, lexicon: NameLexicon) -> bool:
    """Round 38: a first name cut short by one letter, in small letters ("matte" of Matteo,
    "ale" is too short), the way a phone's holder is called ("chiama matte 348 ...")."""
    folded = fold(word)
    return (
        word.islower()
        and len(folded) >= 4
        and not lexicon.is_common(folded)
        and any(lexicon.is_first(folded + end) for end in "oaie")
    )


_PHONE_HOLDER = re.compile(
    r"(?:^|(?<=[\s,(/]))(?i:a|al|alla|ad|to|or|o|e|and|oppure|call|chiama|chiamate|chiamare|"
    r"chiamami|scrivi|scrivete|scrivere|text|ring)[ \t]+(?P<name>[A-Za-zà-ÿ]{3,15})"
    r"[ \t]*[:\-–]?[ \t]*$"
)
# who minds the children or the pets, in two words ("la baby sitter Speranza"), a name also when
# it is a word
_SITTER_NAME = re.compile(
    r"(?<![\w'’])(?i:baby|dog|pet|house|cat)[ \t-]sitter[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’]{2,20})"
    r"(?![\w'’@])"
)
# pronouns and places a phone is handed to, never a person's name ("chiamate a mia: ...")
_NO_HOLDER = frozenset(
    {"mia", "mio", "me", "te", "lui", "lei", "noi", "voi", "loro", "casa", "ufficio"}
    | {"negozio", "tutti", "tutte", "lavoro"}
)
# a lowercase name closing the message after kisses or love ("xoxo bex", "baci, fede")
_KISSED_LOWER = re.compile(
    rf"(?<![\w'’])(?:{_KISSES}|xoxo|xo|bacio)[ \t,]+"
    r"(?!(?:yall|yous|youse|lots|xoxo|mucho)\b)(?P<name>[a-z]{3,15})"
    r"[ \t]*[.!]*[ \t]*[^\w\s]{0,4}[ \t]*$"
)
_SURNAME_FIRST = re.compile(
    r"(?:^|(?<=[\n/,;(]))[ \t]*(?P<surname>[A-ZÀ-Ý][a-zà-ÿ'’]{2,20})[ \t]+$"
)


def _plain_first(word: str, lexicon: NameLexicon) -> bool:
    """A first name that no everyday word, place or brand is."""
    return (
        lexicon.is_first(word)
        and not lexicon.is_word(word, endings=False, english=False)
        and not lexicon.is_common(word)
        and fold(word) not in CITY_NAMES
    )


def round37_names(
    text: str, detections: Iterable[Detection], lexicon: NameLexicon, brands: frozenset[str]
) -> Iterable[Detection]:
    """The names beside the message's findings (see above); ``brands``: folded brand names."""
    found = list(detections)
    persons = [d for d in found if d.entity_type == "PERSON"]
    taken = [(d.start, d.end) for d in found]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken)

    def person_at(start: int, end: int) -> bool:
        return any(d.start <= start and end <= d.end for d in persons)

    out: list[Detection] = []

    def add(start: int, end: int) -> None:
        if free(start, end):
            taken.append((start, end))
            out.append(Detection(start, end, "PERSON", WORD_NAME, 0.7))

    if persons and "&" in text:
        for match in _AMPERSAND.finditer(text):
            if fold(f"{match.group('a')} {match.group('b')}") in brands:
                continue  # "Dolce & Gabbana"
            for side, other in (("a", "b"), ("b", "a")):
                word = match.group(side)
                if (
                    person_at(match.start(other), match.end(other))
                    and not lexicon.is_common(word)
                    and not lexicon.is_word(word, english=False)
                    and (not lexicon.is_word(word) or _SIGN_OFF.search(text, 0, match.start()))
                    and fold(word) not in CITY_NAMES
                ):
                    add(match.start(side), match.end(side))
    if persons:
        for match in _AFTER_JOINT.finditer(text):
            if _plain_first(match.group("b"), lexicon) and any(
                d.end <= match.start() for d in persons
            ):
                add(match.start("b"), match.end("b"))
    if "sitter" in text.lower():
        for match in _SITTER_NAME.finditer(text):
            if not _month_or_day(match.group("name")):
                add(match.start("name"), match.end("name"))
    for phone in (d for d in found if d.entity_type == "PHONE_NUMBER"):
        holder = _PHONE_HOLDER.search(text, max(0, phone.start - 40), phone.start)
        if (
            holder is not None
            and (
                lexicon.is_first(holder.group("name"))
                or (
                    _CALLING_HOLDER.match(holder.group(0))
                    and _cut_first(holder.group("name"), lexicon)
                )
            )
            and fold(holder.group("name")) not in _NO_HOLDER
        ):
            add(holder.start("name"), holder.end("name"))
    for person in persons:
        word = text[person.start : person.end]
        if " " in word or not _plain_first(word, lexicon):
            continue
        before = _SURNAME_FIRST.search(text, max(0, person.start - 30), person.start)
        if before is None:
            continue
        surname = before.group("surname")
        if (
            lexicon.is_surname(surname)
            and not lexicon.is_first(surname)
            # a surname that is a word too ("Rossi Mario, Verdi Anna"), never a greeting
            and not lexicon.is_common(surname)
            and fold(surname) not in CITY_NAMES
        ):
            add(before.start("surname"), before.end("surname"))
    if text.rstrip()[-12:].islower():
        kissed = _KISSED_LOWER.search(text)
        if kissed is not None:
            name = kissed.group("name")
            if not lexicon.is_common(name) and (
                lexicon.is_first(name) or not lexicon.is_word(name)
            ):
                add(kissed.start("name"), kissed.end("name"))
    return out
