"""``jsonl``: one normalised message per line (``schemas/message.schema.json``).

Blank lines are skipped. A line that is not JSON, not an object, lacks a required field or holds
a wrong type is a ``Rejected`` naming the line. A file that is not UTF-8 fails as a whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from pipeline.models import Message
from pipeline.sources._common import build_record
from pipeline.sources.base import Record, Rejected, Source, SourceFileError, SourceRef

_KNOWN = frozenset(Message.model_fields)


class JsonlSource(Source):
    """Reads a ``.jsonl`` file of normalised messages."""

    format = "jsonl"

    def _check_file(self) -> None:
        if not self.path.is_file():
            raise SourceFileError(self.path, "not a file: give the path of a .jsonl file")
        with self.path.open("rb") as handle:
            head = handle.read(4)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise SourceFileError(self.path, "UTF-16 file: re-save it as UTF-8", 1)
            handle.seek(0)
            for number, line in enumerate(handle, start=1):
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise SourceFileError(
                        self.path,
                        f"not UTF-8 at byte {exc.start}: re-save the file as UTF-8",
                        number,
                    ) from None

    def read(self) -> Iterator[Record | Rejected]:
        self._check_file()
        name = str(self.path)
        with self.path.open("rb") as handle:
            for number, raw_line in enumerate(handle, start=1):
                line = raw_line.decode("utf-8-sig" if number == 1 else "utf-8")
                if not line.strip():
                    continue
                ref = SourceRef(name, number)
                raw = raw_line.rstrip(b"\r\n")
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Rejected("invalid_json", ref, raw, f"invalid JSON at column {exc.colno}")
                    continue
                except RecursionError:
                    yield Rejected("invalid_json", ref, raw, "JSON nested too deeply")
                    continue
                if not isinstance(value, dict):
                    yield Rejected("wrong_type", ref, raw, f"line is a JSON {type(value).__name__}")
                    continue
                for key in value:
                    if key not in _KNOWN:
                        self.stats.unknown_fields[key] += 1
                yield build_record(value, ref, raw, self.settings)
