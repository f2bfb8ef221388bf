"""A look-ahead on the first letters of a regex alternation, so that the regex engine skips the
positions where no alternative can start instead of trying each of them there.

``(?<![\\w])(?:via|viale|piazza|...)`` tries every alternative at every word start;
``(?<![\\w])(?=[pv])(?:via|viale|piazza|...)`` tries them only where a ``p`` or a ``v`` stands.
The look-ahead consumes nothing and only rules out positions where no alternative can match, so
the matches are the same (Italian street types, cue words: about twice as fast).
"""

from __future__ import annotations

from collections.abc import Iterator


def first_letters(*alternations: str) -> str:
    """``(?=[...])`` on the first characters of the top-level alternatives of ``alternations``
    (regex alternations, ``"via|viale|p\\.zza|gentil(?:e|issim[oa])"``), or ``""`` (no
    look-ahead) when one does not open with a plain letter (an escape, a class, an optional
    letter or group) or the alternation is malformed; an alternative that opens with a
    non-capturing group gives the first letters of the group's alternatives.

    Inside ``(?i:...)`` the class matches both cases, as the alternatives do; outside it, the
    letters are taken as written."""
    letters: set[str] = set()
    for alternation in alternations:
        heads = _heads(alternation)
        if heads is None:
            return ""
        letters |= heads
    return "(?=[" + "".join(sorted(letters)) + "])" if letters else ""


def _heads(alternation: str) -> set[str] | None:
    """The first letters of the top-level alternatives of ``alternation``; an alternative that
    opens with a non-capturing group that must match ("(?:strada|via)\\s...") gives the first
    letters of the group's own alternatives. None when one opens otherwise."""
    alternatives = _top_level(alternation)
    if alternatives is None:
        return None
    letters: set[str] = set()
    for alternative in alternatives:
        if alternative.startswith("(?:"):
            close = _group_end(alternative)
            if close is None or alternative[close + 1 : close + 2] in ("?", "*", "{"):
                return None
            inner = _heads(alternative[3:close])
            if inner is None:
                return None
            letters |= inner
            continue
        head, following = alternative[:1], alternative[1:2]
        if not head.isalpha() or following in ("?", "*", "{"):
            return None
        letters.add(head)
    return letters


def _structure(text: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character of a pattern that is not
    inside a class or after a backslash; last, (len(text), "", -1) when a class or an escape
    is left open."""
    depth, in_class, escaped = 0, False, False
    for index, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
    if in_class or escaped:
        yield len(text), "", -1


def _group_end(text: str) -> int | None:
    """The index of the ``)`` that closes the group opening ``text`` (not inside a class or
    after a backslash), or None."""
    for index, char, depth in _structure(text):
        if char == ")" and depth == 0:
            return index
    return None


def _top_level(alternation: str) -> list[str] | None:
    """The alternatives of ``alternation`` split at its top-level ``|`` (not inside a group, a
    class or after a backslash), or None when its groups or classes do not close."""
    parts: list[str] = []
    start, depth = 0, 0
    for index, char, depth in _structure(alternation):
        if depth < 0:
            return None
        if char == "|" and depth == 0:
            parts.append(alternation[start:index])
            start = index + 1
    if depth:
        return None
    parts.append(alternation[start:])
    return parts
