"""``jsonl``: one normalised message per line (``schemas/message.schema.json``).

Blank lines are skipped. A line that is not JSON, not an object, lacks a required field or holds
a wrong type is a ``Rejected`` naming the line. A file that is not UTF-8 fails as a whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.models import Message
from pipeline.sources._common import build_record, iter_json_lines
from pipeline.sources.base import Record, Rejected, Source

_KNOWN = frozenset(Message.model_fields)


class JsonlSource(Source):
    """Reads a ``.jsonl`` file of normalised messages."""

    format = "jsonl"

    def read(self) -> Iterator[Record | Rejected]:
        for ref, raw, value in iter_json_lines(self.path):
            if isinstance(value, Rejected):
                yield value
                continue
            if not isinstance(value, dict):
                yield Rejected("wrong_type", ref, raw, f"line is a JSON {type(value).__name__}")
                continue
            for key in value:
                if key not in _KNOWN:
                    self.stats.unknown_fields[key] += 1
            yield build_record(value, ref, raw, self.settings)
