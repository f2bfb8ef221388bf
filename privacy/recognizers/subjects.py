"""A first name as the subject of a verb ("Viola arriva alle 5", "Yes, Rosa found it under the
bed", "segnato. Rosa cuoce i piatti"): a capitalised first name of the lists followed by a third
person's finite verb is a person, also when the name is an everyday word (Rosa, Viola, Bianca,
Serena, Grace, Mark), which the other rules take only with a cue or a surname.

The verbs are those of ``privacy.recognizers.verbs.subject_follows``. A name that is also a
word is left alone after an article ("la Rosa è sfiorita") and before the verbs a colour, a
thing or a price takes ("Rosa va benissimo", "Bianca costa 10 euro", "Viola mi piace di più",
"Rose looks nicer"); months, weekdays and seasons are no names ("May arrives", "Summer starts").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from privacy.recognizers.names import NameLexicon, fold
from privacy.recognizers.text import MONTH_NAMES, WEEKDAY_NAMES
from privacy.recognizers.verbs import CLAUSE_ADVERBS, FOLLOWING, subject_follows
from privacy.types import Detection

SUBJECT_NAME = "subject-name"

_CAPITALISED = re.compile(r"(?<![\w'’@#./\\-])([A-ZÀ-Ý][a-zà-ÿ]{2,})(?![\w'’@]|\.[a-z])")
_PREVIOUS = re.compile(r"([\w'’]+)['’ \t]*$")
_SEASONS_TEXT = "spring summer autumn fall winter primavera estate autunno inverno easter pasqua"
_SEASONS = frozenset(_SEASONS_TEXT.split())
# articles, articled prepositions and determiners: "la Rosa", "the Grace period", "il Bianca"
_DETERMINERS_TEXT = """
    il lo la l i gli le un uno una un' del dello della dell dei degli delle al allo alla all ai
    agli alle dal dallo dalla dall dai dagli dalle nel nello nella nell nei negli nelle sul sullo
    sulla sull sui sugli sulle col coi quel quello quella questo questa the a an this that my your
    our their mio mia tuo tua suo sua
    """
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())
# what a colour, a thing or a price does ("Rosa va benissimo", "Bianca costa 10 euro", "Viola mi
# piace", "Rose looks nicer"): a word-name before one of these is the word
_THING_VERBS_TEXT = """
    è e' era sarà sarebbe sia sta stava starà va andava andrà andrebbe costa costava costerà vale
    viene veniva verrebbe piace piaceva piacerebbe sembra sembrava resta rimane manca serve
    funziona esiste conta dura basta
    is was looks seems costs goes suits fits works comes sells remains stays matches
    """
_THING_VERBS = frozenset(_THING_VERBS_TEXT.split())
_SKIPPED_TEXT = "mi ti ci vi si gli ne ce me te lo la li le non not just still already also anche"
_SKIPPED = frozenset(_SKIPPED_TEXT.split()) | CLAUSE_ADVERBS


def _verb_after(text: str, end: int) -> str | None:
    """The first word after ``end`` that is no clitic, negation or adverb of the list."""
    position = end
    for _ in range(4):
        following = FOLLOWING.match(text, position)
        if following is None:
            return None
        word = following.group(1).lower().replace("’", "'")
        if word not in _SKIPPED:
            return word
        position = following.end()
    return None


def find_subject_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """First names that open a clause before a third person's verb (see the module)."""
    for match in _CAPITALISED.finditer(text):
        word = match.group(1)
        folded = fold(word)
        if folded in MONTH_NAMES or folded in WEEKDAY_NAMES or folded in _SEASONS:
            continue
        if not lexicon.is_first(word) or not subject_follows(text, match.end()):
            continue
        if lexicon.is_common(word) or lexicon.is_word(word):
            previous = _PREVIOUS.search(text, max(0, match.start() - 24), match.start())
            if previous is not None and fold(previous.group(1)) in _DETERMINERS:
                continue
            if _verb_after(text, match.end()) in _THING_VERBS:
                continue
        yield Detection(match.start(1), match.end(1), "PERSON", SUBJECT_NAME, 0.6)
