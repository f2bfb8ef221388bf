"""Compliance commands: ``validate``, ``audit show|list|verify``, ``forget``,
``request-erasure``, ``subject-access`` and ``ropa``. Thin doors to :mod:`pipeline.validate`,
:mod:`pipeline.report`, :mod:`privacy.audit`, :mod:`pipeline.erasure`,
:mod:`pipeline.subject_requests` and :mod:`pipeline.ropa`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from pipeline.commands import parse_day
from pipeline.settings import Settings, load_settings

audit_app = typer.Typer(
    help="Run reports and the tamper-evident audit log.\n\nExample: convmon audit verify",
    no_args_is_help=True,
)
_out = Console()
_err = Console(stderr=True)

EXIT_FAILED = 1
EXIT_USER_ERROR = 2

Platform = Annotated[
    str,
    typer.Option(
        "--platform", help="messenger | instagram | whatsapp | telegram", show_default=False
    ),
]
Page = Annotated[
    str, typer.Option("--page", help="The business Page / account id the subject wrote to.")
]
UserId = Annotated[str | None, typer.Option("--user-id", help="The subject's platform user id.")]
Phone = Annotated[str | None, typer.Option("--phone", help="The subject's phone (WhatsApp).")]


def _settings() -> Settings:
    return load_settings()


@contextmanager
def _user_errors() -> Iterator[None]:
    from pipeline.erasure import ErasureError
    from pipeline.warehouse import WarehouseError
    from privacy.audit import AuditLogError
    from privacy.pseudonym import MissingKeyError

    try:
        yield
    except (
        ErasureError,
        WarehouseError,
        AuditLogError,
        MissingKeyError,
        FileNotFoundError,
        ValueError,
    ) as exc:
        _err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(EXIT_USER_ERROR) from None


def _write_or_print(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    _err.print(f"wrote {out}")


def validate(
    day: Annotated[str, typer.Option("--date", help="First day to re-validate (YYYY-MM-DD).")],
    end: Annotated[
        str | None, typer.Option("--end", help="Exclusive end day (default: the next day).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Re-validate what the warehouse holds for a day with the staging suite.

    Example: convmon validate --date 2026-11-03
    """
    from pipeline.validate import validate_day

    start = parse_day(day, "--date")
    stop = parse_day(end, "--end") if end else start + timedelta(days=1)
    settings = _settings()
    results: list[dict[str, Any]] = []
    with _user_errors():
        current = start
        while current < stop:
            results.append(
                {"day": current.isoformat(), **validate_day(settings, current).to_dict()}
            )
            current += timedelta(days=1)
    if as_json:
        _write_or_print(json.dumps(results, indent=2), None)
    else:
        table = Table(title="convmon validate")
        for column in ("day", "result", "failed expectations (unexpected rows)"):
            table.add_column(column)
        for result in results:
            failed = [
                f"{e['name']} ({e['unexpected_count']})"
                for e in result["expectations"]
                if not e["success"]
            ]
            verdict = "[green]passed[/]" if result["success"] else "[red]FAILED[/]"
            table.add_row(result["day"], verdict, ", ".join(failed))
        _out.print(table)
    if not all(r["success"] for r in results):
        raise typer.Exit(EXIT_FAILED)


@audit_app.command("show")
def audit_show(
    run_id: Annotated[str, typer.Argument(help="A run id (see `convmon audit list`).")],
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the HTML report to this file.")
    ] = None,
) -> None:
    """Print a run's audit report as JSON (and write its HTML page with --html).

    Example: convmon audit show 20261103T020000Z-1a2b3c --html report.html
    """
    from pipeline.report import load_report, render_html

    settings = _settings()
    with _user_errors():
        summary = load_report(settings, run_id)
    _write_or_print(json.dumps(summary, indent=2, sort_keys=True, default=str), None)
    if html is not None:
        _write_or_print(render_html(summary), html)


@audit_app.command("list")
def audit_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print the runs as JSON.")] = False,
) -> None:
    """List the runs known to the warehouse and the reports folder, newest first.

    Example: convmon audit list
    """
    from pipeline.report import list_runs

    with _user_errors():
        runs = list_runs(_settings())
    if as_json:
        _write_or_print(json.dumps(runs, indent=2), None)
        return
    table = Table(title="convmon runs")
    columns = ("run_id", "status", "interval", "read", "loaded", "quarantined", "report")
    for column in columns:
        table.add_column(
            column,
            justify="right" if column in {"read", "loaded", "quarantined"} else "left",
            no_wrap=column in {"run_id", "interval"},
        )
    for run in runs:
        table.add_row(*(str(run.get(c, "")) for c in columns))
    _out.print(table)


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit log's hash chain; exit 1 naming the first bad entry.

    Example: convmon audit verify
    """
    from pipeline.warehouse import connect
    from privacy.audit import AuditLog

    settings = _settings()
    with _user_errors():
        con = connect(settings.warehouse, read_only=True)
        try:
            result = AuditLog.from_settings(con, settings).verify()
        finally:
            con.close()
    if result.ok:
        _out.print(f"audit log intact: {result.entries} entries (keyed chain)")
        return
    _err.print(f"[bold red]audit log broken at entry {result.first_bad_seq}:[/] {result.problem}")
    raise typer.Exit(EXIT_FAILED)


Request = Annotated[
    str | None,
    typer.Option("--request", help="A sealed request's reference (from request-erasure)."),
]


def forget(
    platform: Annotated[
        str | None, typer.Option("--platform", help="messenger | instagram | whatsapp | telegram")
    ] = None,
    page: Annotated[
        str | None, typer.Option("--page", help="The business Page / account id.")
    ] = None,
    user_id: UserId = None,
    phone: Phone = None,
    request: Request = None,
) -> None:
    """Erase one person from the warehouse, staging and quarantine (GDPR Art. 17).

    Name the person (--platform, --page and --user-id or --phone) or give a sealed request.

    Example: convmon forget --platform messenger --page 104857600000001 --user-id 2710000000001
    """
    from pipeline.erasure import ErasureError, forget_subject
    from pipeline.subject_requests import carry_out

    with _user_errors():
        if request is not None:
            if platform or page or user_id or phone:
                raise ErasureError("give either --request or the subject's identifiers, not both")
            result = carry_out(_settings(), request)
        else:
            if not platform:
                raise ErasureError("give --platform (or --request REF)")
            result = forget_subject(
                _settings(), platform=platform, page_id=page or "", user_id=user_id, phone=phone
            )
    _write_or_print(json.dumps(result, indent=2), None)
    if result["remaining_occurrences"]:
        _err.print("[bold red]erasure incomplete:[/] the pseudonym is still in the warehouse")
        raise typer.Exit(EXIT_FAILED)


def request_erasure(
    platform: Platform,
    page: Page,
    user_id: UserId = None,
    phone: Phone = None,
) -> None:
    """Seal an erasure request for the Airflow DAG; prints only its opaque reference.

    Airflow stores a run's conf in its metadata database: trigger subject_erasure with the
    reference, never with the raw identifier.

    Example: convmon request-erasure --platform messenger --page 104857600000001 --user-id 27100001
    """
    from pipeline.subject_requests import create_request
    from privacy.quarantine import QuarantineError

    with _user_errors():
        try:
            reference = create_request(
                _settings(), platform=platform, page_id=page, user_id=user_id, phone=phone
            )
        except QuarantineError as exc:
            raise ValueError(f"cannot seal the request: {exc}") from None
    sys.stdout.write(reference + "\n")
    conf = json.dumps({"request": reference})
    _err.print(f"trigger it: airflow dags trigger subject_erasure --conf '{conf}'")
    _err.print(f"or run it here: convmon forget --request {reference}")


def subject_access(
    platform: Platform,
    page: Page,
    user_id: UserId = None,
    phone: Phone = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the export here (default: stdout).")
    ] = None,
) -> None:
    """Export what the warehouse holds about one person, as JSON (GDPR Art. 15).

    Example: convmon subject-access --platform whatsapp --page 104857600000002 --phone +393331234567
    """
    from pipeline.erasure import subject_access as export

    with _user_errors():
        result = export(_settings(), platform=platform, page_id=page, user_id=user_id, phone=phone)
    _write_or_print(json.dumps(result, indent=2, default=str), out)


def ropa(
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the Markdown here (default: stdout).")
    ] = None,
) -> None:
    """Print the record of processing activities (GDPR Art. 30) as Markdown.

    Example: convmon ropa --out docs/ropa.md
    """
    from pipeline.ropa import render_ropa

    _write_or_print(render_ropa(_settings()), out)


def register(app: typer.Typer) -> None:
    """Add the compliance commands to the ``convmon`` app."""
    app.command("validate")(validate)
    app.command("forget")(forget)
    app.command("request-erasure")(request_erasure)
    app.command("subject-access")(subject_access)
    app.command("ropa")(ropa)
    app.add_typer(audit_app, name="audit")
