"""Text normalisation against hiding tricks, with a map back to the original offsets."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from privacy.types import Detection

# Zero-width and invisible formatting characters used to split identifiers.
INVISIBLE = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\ufeff"
)
# Cyrillic and Greek letters that look like Latin ones (one character each, offsets unchanged).
CONFUSABLES = str.maketrans(
    "аеорсхуіјѕԁɡӏАВЕКМНОРСТХУІЈЅαοτνκρΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcxyijsdglABEKMHOPCTXYIJSaotvkpABEZHIKMNOPTYX",
)


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text; output character i comes from ``original[starts[i]:ends[i]]``."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, detection: Detection) -> Detection:
        """The same detection with offsets in the original text."""
        if not self.starts or detection.end <= detection.start:
            return detection
        start = self.starts[detection.start]
        end = self.ends[detection.end - 1]
        return Detection(start, end, detection.entity_type, detection.recognizer, detection.score)


def normalise(text: str) -> NormalisedText:
    """NFKC per character cluster (a base and its combining marks), invisible characters
    dropped, look-alike Cyrillic/Greek letters mapped to Latin, every space kind but the line
    break (signatures sit on their own line) to a space."""
    if text.isascii():
        return _identity(text)
    chars = set(text)
    if all(map(_stable, chars)):
        spaces = {ord(char): " " for char in chars if char.isspace() and char not in " \n"}
        return _identity(text.translate(spaces) if spaces else text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char in INVISIBLE:
            index += 1
            continue
        end = index + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        folded = unicodedata.normalize("NFKC", text[index:end]).translate(CONFUSABLES)
        if folded.isspace() and folded != "\n":
            folded = " "
        pieces.append(folded)
        starts.extend([index] * len(folded))
        ends.extend([end] * len(folded))
        index = end
    return NormalisedText("".join(pieces), tuple(starts), tuple(ends))


def _identity(text: str) -> NormalisedText:
    return NormalisedText(text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))


@lru_cache(maxsize=8192)
def _stable(char: str) -> bool:
    """Whether ``char`` alone is left as it is by ``normalise`` (spaces aside)."""
    return (
        char not in INVISIBLE
        and not unicodedata.combining(char)
        and unicodedata.normalize("NFKC", char).translate(CONFUSABLES) == char
    )


# Latin letters that Unicode does not decompose into a base and an accent.
UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ħ": "h",
        "Ħ": "H",
    }
)


def strip_accents(value: str) -> str:
    """``Niccolò`` -> ``Niccolo``, ``Małgorzata`` -> ``Malgorzata``."""
    if value.isascii():
        return value
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.translate(UNDECOMPOSED)


# The month and weekday names, English and Italian (folded, without accents), shared by the rules
# that must not take a date for a name or a place.
_MONTH_NAMES_TEXT = """
    january february march april may june july august september october november december
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    """
MONTH_NAMES = frozenset(_MONTH_NAMES_TEXT.split())
_WEEKDAY_NAMES_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday
    lunedi martedi mercoledi giovedi venerdi sabato domenica
    """
WEEKDAY_NAMES = frozenset(_WEEKDAY_NAMES_TEXT.split())
