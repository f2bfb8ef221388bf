from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.sources import FORMATS, UnknownFormatError, open_source, parse_spec, source_class

EXPECTED = {
    "jsonl",
    "graph-api",
    "graph-api-live",
    "messenger-webhook",
    "facebook-export",
    "instagram-export",
    "whatsapp",
    "whatsapp-webhook",
    "telegram",
}


def test_every_format_is_registered_and_named_like_its_class() -> None:
    assert set(FORMATS) == EXPECTED
    for fmt in FORMATS:
        assert source_class(fmt).format == fmt


@pytest.mark.parametrize(
    "spec",
    ["whatsapp", "nope:x", ":x", "jsonl:"],
    ids=["no-path", "unknown-format", "no-format", "empty-path"],
)
def test_bad_specs_say_how_to_fix(spec: str) -> None:
    with pytest.raises(UnknownFormatError, match=r"FORMAT:PATH|known formats"):
        parse_spec(spec)


def test_open_source_builds_the_reader(tmp_path: Path) -> None:
    from pipeline.settings import load_settings

    source = open_source(f"telegram:{tmp_path / 'result.json'}", load_settings(data_dir=tmp_path))
    assert source.describe().startswith("telegram:")
