"""Text normalisation against hiding tricks, with a map back to the original offsets."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from privacy.types import Detection

# Zero-width and invisible formatting characters used to split identifiers.
INVISIBLE = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\ufeff"
)


@dataclass(frozen=True)
class NormalisedText:
    """NFKC text without invisible characters; ``origin[i]`` is the original index of char i."""

    text: str
    origin: tuple[int, ...]
    original_length: int

    def to_original(self, detection: Detection) -> Detection:
        """The same detection with offsets in the original text."""
        if not self.origin:
            return detection
        start = self.origin[detection.start]
        last = self.origin[max(detection.end - 1, detection.start)]
        end = last + 1
        return Detection(start, end, detection.entity_type, detection.recognizer, detection.score)


def normalise(text: str) -> NormalisedText:
    """NFKC per character, invisible characters dropped, U+202F/NBSP become spaces."""
    if text.isascii():
        return NormalisedText(text, tuple(range(len(text))), len(text))
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in INVISIBLE:
            continue
        folded = unicodedata.normalize("NFKC", char)
        if folded.isspace():
            folded = " "
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return NormalisedText("".join(pieces), tuple(origin), len(text))


def strip_accents(value: str) -> str:
    """``Niccolò`` -> ``Niccolo``."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
