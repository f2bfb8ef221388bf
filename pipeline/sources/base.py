"""The source interface: one small abstract reader, one implementation per format.

A source yields, in order, either a ``Record`` (a valid normalised ``Message`` with where it came
from) or a ``Rejected`` (a record that could not be normalised, with a reason code and where it
came from). Nothing is dropped silently: every record of the input is one or the other, or is
counted in ``SourceStats.skipped`` with a named reason (deliveries, reads, reactions: events that
are not messages). A whole file that cannot be read raises ``SourceFileError`` naming the file.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.models import Message
from pipeline.settings import Settings
from pipeline.sources.display import display_path, display_text


@dataclass(frozen=True)
class SourceRef:
    """Where a record came from: a file and a line (text formats) or an index (JSON arrays).

    ``file`` is the real path, kept in memory; ``str(ref)`` is what may be written or logged.
    """

    file: str
    line: int | None = None
    index: str | None = None

    def __str__(self) -> str:
        """The form that may be persisted or logged: names in the path shown as digests."""
        return display_text(self.origin())

    def __repr__(self) -> str:
        return f"SourceRef({str(self)!r})"

    def origin(self) -> str:
        """The real ``file:line#index`` (may name a person: only for the encrypted quarantine)."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.index is not None:
            where += f"#{self.index}"
        return where


@dataclass(frozen=True)
class Record:
    message: Message
    ref: SourceRef


@dataclass(frozen=True)
class Rejected:
    """A record that failed normalisation. ``raw`` may hold personal data: it only ever goes to
    the encrypted quarantine. ``detail`` must never contain content (field names only)."""

    reason: str
    ref: SourceRef
    raw: bytes
    detail: str = ""


@dataclass
class SourceStats:
    """What a source saw besides its records: ignored fields and skipped non-message events."""

    unknown_fields: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)


class SourceFileError(Exception):
    """A whole file cannot be read (truncated JSON, wrong encoding, not a zip...).

    ``path`` and the message show the file in its display form (names as digests).
    """

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        self.path = display_path(path)
        self.line = line
        self.problem = problem
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {problem}")


class Source(ABC):
    """Reads one input (a file, a folder or an API) in one format."""

    format: str = ""
    #: Whether ``read()`` can be called again with the same result (files and folders can; a
    #: live API cannot). Replayable sources are read twice to keep memory flat.
    replayable: bool = True

    def __init__(self, path: Path, settings: Settings) -> None:
        self.path = path
        self.settings = settings
        self.stats = SourceStats()

    @abstractmethod
    def read(self) -> Iterator[Record | Rejected]:
        """Yield every record of the input, valid or rejected, in source order."""

    def describe(self) -> str:
        return f"{self.format}:{display_path(self.path)}"
