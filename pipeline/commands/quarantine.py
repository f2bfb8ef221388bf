"""``convmon quarantine``: list, show, replay and purge the encrypted quarantine."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipeline.settings import Settings, load_settings
from privacy.quarantine import QuarantineError, QuarantineStore, entry_as_dict

quarantine_app = typer.Typer(
    help="Rejected records, encrypted with the quarantine key.\n\nExample: convmon quarantine list",
    no_args_is_help=True,
)
_out = Console()
_err = Console(stderr=True)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except QuarantineError as exc:
        _err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None


def _store() -> QuarantineStore:
    settings: Settings = load_settings()
    return QuarantineStore(settings)


@quarantine_app.command("list")
def list_command(
    run_id: Annotated[str | None, typer.Option("--run-id", help="Only this run.")] = None,
    reason: Annotated[str | None, typer.Option(help="Only this reason code.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List entries: id, reason, source reference, run and time (no content, no key needed).

    Example: convmon quarantine list --reason invalid_json
    """
    with _errors():
        entries = _store().list(run_id=run_id, reason=reason)
    if as_json:
        for entry in entries:
            typer.echo(json.dumps(entry_as_dict(entry)))
        return
    table = Table("id", "reason", "ref", "run", "created")
    for entry in entries:
        table.add_row(
            entry.id, entry.reason, entry.ref, entry.run_id, f"{entry.created:%Y-%m-%d %H:%M}"
        )
    _out.print(table)
    _out.print(f"{len(entries)} entries")


@quarantine_app.command("show")
def show_command(
    entry_id: Annotated[str, typer.Argument(help="The entry id (from `quarantine list`).")],
) -> None:
    """Decrypt one entry and print its reason, detail, real file:line and raw record (personal
    data!).

    Example: convmon quarantine show q20261125101500-0123456789abcdef
    """
    with _errors():
        record = _store().show(entry_id)
    _err.print(
        f"[yellow]{record.entry.reason}[/] at {record.entry.ref} (run {record.entry.run_id}): "
        f"{record.detail or '-'}",
        highlight=False,
    )
    _err.print(f"real location: {record.origin}", markup=False, highlight=False)
    typer.echo(record.raw.decode("utf-8", "replace"))


@quarantine_app.command("replay")
def replay_command(
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write (mode 0600).")],
    entry_ids: Annotated[
        list[str] | None, typer.Argument(help="Entry ids (default: all, or --reason/--run-id).")
    ] = None,
    run_id: Annotated[str | None, typer.Option("--run-id", help="Only this run.")] = None,
    reason: Annotated[str | None, typer.Option(help="Only this reason code.")] = None,
    remove: Annotated[bool, typer.Option(help="Delete the entries once written.")] = False,
) -> None:
    """Write the raw records, one per line, to a file you can fix and read again.

    Example: convmon quarantine replay --reason invalid_json -o fix.jsonl, edit fix.jsonl, then
    convmon run --date 2026-11-03 --source jsonl:fix.jsonl
    """
    with _errors():
        store = _store()
        ids = entry_ids or [e.id for e in store.list(run_id=run_id, reason=reason)]
        raws = [store.replay(entry_id) for entry_id in ids]
        descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            for raw in raws:
                handle.write(raw.rstrip(b"\r\n") + b"\n")
        if remove:
            for entry_id in ids:
                store.remove(entry_id)
    _err.print(f"wrote {len(raws)} raw records to {output} (personal data: delete it when done)")


@quarantine_app.command("purge")
def purge_command(
    older_than_days: Annotated[
        int | None,
        typer.Option(help="Age in days (default: CONVMON_QUARANTINE_RETENTION_DAYS)."),
    ] = None,
) -> None:
    """Delete entries older than the retention.

    Example: convmon quarantine purge --older-than-days 30
    """
    with _errors():
        removed = _store().purge(older_than_days)
    _out.print(f"purged {removed} entries")
