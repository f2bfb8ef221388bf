"""A contact's name in an export's file name never reaches what a run writes or logs.

WhatsApp names its export ``WhatsApp Chat with <contact>.txt``; the name must show as a keyed
digest everywhere (warehouse, report, audit log, staging manifests, quarantine metadata, logs,
errors) and only ``convmon quarantine show``, which decrypts, tells the operator the real file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from faker import Faker
from typer.testing import CliRunner

from pipeline.run import extract_shard, run_interval
from pipeline.settings import Settings
from pipeline.sources import SourceFileError
from pipeline.sources.display import display_path, display_text

pytestmark = pytest.mark.slow

DAY = date(2026, 11, 24)


def _canary_contact() -> str:
    fake = Faker("it_IT")
    Faker.seed(4242)
    while True:
        name = f"{fake.first_name()} {fake.last_name()}"
        if name.isascii() and "'" not in name:
            return name


@pytest.mark.parametrize(
    ("path", "hidden", "kept"),
    [
        pytest.param(
            "exports/WhatsApp Chat with {name}.txt:12",
            "{name}",
            "exports/WhatsApp Chat with \u2039",
            id="whatsapp-english-txt",
        ),
        pytest.param(
            "exports/WhatsApp Chat - {name}.zip!_chat.txt:3",
            "{name}",
            ".zip!_chat.txt:3",
            id="whatsapp-ios-zip",
        ),
        pytest.param(
            "exports/Chat WhatsApp con {name}.txt",
            "{name}",
            "Chat WhatsApp con \u2039",
            id="whatsapp-italian",
        ),
        pytest.param(
            "dyi.zip!messages/inbox/{slug}_1234567890/message_1.json#messages[0]",
            "{slug}",
            "inbox/\u2039",
            id="dyi-thread-folder",
        ),
        pytest.param(
            "exports/{name}/result.json#messages[2]",
            "{name}",
            "/result.json#messages[2]",
            id="telegram-folder-named-after-chat",
        ),
        pytest.param(
            "exports/ChatExport_2026-11-24/result.json",
            "\u2039",
            "ChatExport_2026-11-24/result.json",
            id="telegram-default-folder-kept",
        ),
        pytest.param(
            "var/demo/telegram/result.json",
            "\u2039",
            "var/demo/telegram/result.json",
            id="telegram-generic-folder-kept",
        ),
    ],
)
def test_display_text_hides_names_in_paths(path: str, hidden: str, kept: str) -> None:
    name = _canary_contact()
    slug = name.replace(" ", "").lower()
    shown = display_text(path.format(name=name, slug=slug))
    assert hidden.format(name=name, slug=slug) not in shown
    assert kept in shown
    assert display_text(shown) == shown, "a displayed path is displayed again unchanged"


def _chat(name: str) -> str:
    return (
        f"24/11/2026, 14:03 - {name}: Buongiorno, avete il divano Milano?\n"
        "24/11/2026, 14:10 - Casa Verde: Sì, consegna in 5 giorni.\n"
        f"31/02/2026, 14:11 - {name}: allora lo ordino\n"
        f"24/11/2026, 14:12 - {name}: grazie\n"
    )


def _written_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.parent.name != "keys"]


def test_contact_name_in_the_file_name_reaches_no_written_byte_and_no_log(
    tmp_path: Path,
    make_settings: Callable[..., Settings],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.commands.quarantine import quarantine_app
    from privacy.quarantine import QuarantineStore

    name = _canary_contact()
    surname = name.split()[-1]
    export = tmp_path / "exports" / "whatsapp" / f"WhatsApp Chat with {name}.txt"
    export.parent.mkdir(parents=True)
    export.write_text(_chat(name), encoding="utf-8")
    root = tmp_path / "run"
    settings = make_settings(root)
    caplog.set_level(logging.DEBUG)

    summary = run_interval(
        settings, start=DAY, end=DAY.replace(day=25), sources=[f"whatsapp:{export}"]
    )

    assert summary["status"] == "succeeded"
    assert summary["totals"]["quarantined"] == 1
    assert summary["sources"][0]["spec"].endswith(".txt")
    assert "WhatsApp Chat with \u2039" in summary["sources"][0]["spec"]
    files = _written_files(root)
    assert any(p.suffix == ".duckdb" for p in files) and any(p.suffix == ".html" for p in files)
    assert any(p.suffix == ".qjson" for p in files)
    leaks = [
        str(p.relative_to(root))
        for p in files
        if surname.encode() in p.read_bytes() or name.encode() in p.read_bytes()
    ]
    assert not leaks
    assert caplog.records, "guard: the run logs at DEBUG"
    assert surname not in caplog.text
    assert all(surname not in str(record.args) for record in caplog.records)

    [entry] = QuarantineStore(settings).list()
    assert entry.ref.startswith(display_path(export)) and entry.ref.endswith(":3")
    assert surname not in entry.ref + entry.source
    monkeypatch.setenv("CONVMON_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("CONVMON_QUARANTINE_KEY_FILE", str(settings.quarantine_key_file))
    # a wide terminal: rich folds long paths at the terminal width (the depth of pytest's
    # temporary directory must not decide whether the path reads whole)
    shown = CliRunner().invoke(quarantine_app, ["show", entry.id], env={"COLUMNS": "1000"})
    assert shown.exit_code == 0, shown.output
    assert f"WhatsApp Chat with {name}.txt:3" in shown.output


def test_a_bad_file_named_after_a_contact_fails_naming_its_display_form_and_line(
    tmp_path: Path, make_settings: Callable[..., Settings]
) -> None:
    name = _canary_contact()
    export = tmp_path / f"WhatsApp Chat with {name}.txt"
    export.write_bytes(_chat(name).encode("utf-8") + b"24/11/2026, 15:00 - x: caf\xe9\n")
    settings = make_settings(tmp_path / "run")

    with pytest.raises(SourceFileError) as failure:
        extract_shard(
            settings, run_id="r1", start=DAY, end=DAY.replace(day=25), source=f"whatsapp:{export}"
        )

    message = str(failure.value)
    assert name.split()[-1] not in message
    assert "WhatsApp Chat with \u2039" in message and ".txt:5: not UTF-8" in message
