"""The ``convmon`` command line: a thin door to the library.

Domain errors are turned into one red line and a non-zero exit here, at one boundary; the
library never prints.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.commands import parse_day
from pipeline.commands.compliance import register as register_compliance
from pipeline.commands.evaluate import evaluate_command
from pipeline.commands.marketing import marketing_app
from pipeline.commands.quarantine import quarantine_app
from pipeline.settings import Settings, load_settings
from pipeline.sources import FORMATS

app = typer.Typer(
    name="convmon",
    help="Privacy-preserving monitoring of private customer conversations.\n\n"
    "Example: convmon run --date 2026-11-03 --source graph-api:exports/graph-api",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
keys_app = typer.Typer(help="Pseudonymisation and quarantine keys.\n\nExample: convmon keys init")
app.add_typer(keys_app, name="keys")
app.add_typer(quarantine_app, name="quarantine")
app.add_typer(marketing_app)
register_compliance(app)
app.command("evaluate")(evaluate_command)

console = Console(stderr=False)
err_console = Console(stderr=True)

EXIT_USER_ERROR = 2
EXIT_RUN_FAILED = 1


def _setup_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(message)s",
        handlers=[RichHandler(console=err_console, show_path=False, rich_tracebacks=False)],
        force=True,
    )
    for noisy in ("presidio-analyzer", "presidio-anonymizer", "great_expectations", "tldextract"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def _user_errors() -> tuple[type[BaseException], ...]:
    from pipeline.run import RunError
    from pipeline.sources import SourceFileError, UnknownFormatError
    from pipeline.warehouse import WarehouseError
    from privacy.pseudonym import MissingKeyError

    errors: list[type[BaseException]] = [
        RunError,
        SourceFileError,
        UnknownFormatError,
        WarehouseError,
        MissingKeyError,
    ]
    return tuple(errors)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the library's domain errors into a red line and exit code 2."""
    try:
        yield
    except _user_errors() as exc:
        err_console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(EXIT_USER_ERROR) from None


def settings_from_cli(**overrides: Any) -> Settings:
    clean = {k: v for k, v in overrides.items() if v is not None}
    settings = load_settings(**clean)
    _setup_logging(settings)
    return settings


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,} messages"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


def _print_summary(summary: dict[str, Any], settings: Settings) -> None:
    totals = summary["totals"]
    table = Table(title=f"convmon run {summary['run_id']}: {summary['status']}", show_header=False)
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    interval = summary["interval"]
    last_day = date.fromisoformat(interval["end"]) - timedelta(days=1)
    table.add_row("data interval", f"{interval['start']} .. {last_day.isoformat()}")
    table.add_row("messages read", f"{totals['read']:,}")
    table.add_row("loaded", f"{totals['loaded']:,}")
    table.add_row("quarantined", f"{totals['quarantined']:,}")
    table.add_row("duplicates", f"{totals['duplicates']:,}")
    if totals.get("not_loaded"):
        table.add_row("[red]staged, not loaded[/]", f"{totals['not_loaded']:,}")
    by_type: Counter[str] = Counter()
    for ent in summary["entities"]:
        by_type[ent["entity_type"]] += ent["count"]
    for entity_type, count in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(f"entities: {entity_type}", f"{count:,}")
    table.add_row(
        f"suppressed cells (k < {summary['min_group_size']})", str(summary["suppressed_cells"])
    )
    table.add_row("key id", summary["key_id"])
    table.add_row("warehouse", str(settings.warehouse))
    table.add_row("marketing file", str(settings.marketing_path))
    table.add_row("run report", summary.get("report_html", ""))
    table.add_row("duration", f"{summary['duration_s']:.1f} s")
    console.print(table)
    for error in summary.get("errors", []):
        err_console.print(f"[bold red]run failed:[/] {error}")


def execute_run(
    settings: Settings, *, start: date, end: date, sources: list[str] | None
) -> dict[str, Any]:
    from pipeline.run import run_interval

    with _progress() as progress:
        task = progress.add_task("anonymising", total=None, rate="")
        done = 0
        import time

        started = time.perf_counter()

        def advance(n: int) -> None:
            nonlocal done
            done += n
            elapsed = max(time.perf_counter() - started, 1e-6)
            progress.update(task, advance=n, rate=f"{done / elapsed:,.0f} msg/s")

        summary = run_interval(settings, start=start, end=end, sources=sources, progress=advance)
    _print_summary(summary, settings)
    return summary


@app.command()
def run(
    day: Annotated[str | None, typer.Option("--date", help="One UTC day, YYYY-MM-DD.")] = None,
    start: Annotated[str | None, typer.Option(help="First UTC day of a range.")] = None,
    end: Annotated[str | None, typer.Option(help="Last UTC day of a range (inclusive).")] = None,
    source: Annotated[
        list[str] | None,
        typer.Option(
            help="FORMAT:PATH, repeatable (default: CONVMON_SOURCE). Formats: "
            + ", ".join(FORMATS)
            + "."
        ),
    ] = None,
) -> None:
    """Run the pipeline for one day or a range of days (models load once).

    Example: convmon run --start 2026-11-02 --end 2026-11-15 --source graph-api:var/demo/graph-api
    """
    if day is not None and (start or end):
        raise typer.BadParameter("use either --date or --start/--end")
    if day is not None:
        first = last = parse_day(day, "--date")
    elif start and end:
        first, last = parse_day(start, "--start"), parse_day(end, "--end")
    else:
        raise typer.BadParameter("give --date D, or --start D1 --end D2")
    settings = settings_from_cli()
    with user_errors():
        summary = execute_run(
            settings, start=first, end=last + timedelta(days=1), sources=source or None
        )
    if summary["status"] != "succeeded":
        raise typer.Exit(EXIT_RUN_FAILED)


@app.command()
def anonymise(
    input_path: Annotated[Path, typer.Argument(help="The input file or folder.")],
    fmt: Annotated[str, typer.Option("--format", help="Source format (jsonl, graph-api, ...).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output JSONL file.")],
) -> None:
    """Anonymise a file ad hoc with the same privacy core; writes one JSON line per message.

    Example: convmon anonymise --format graph-api var/demo/graph-api -o anonymised.jsonl
    """
    from pipeline.adhoc import anonymise_file

    settings = settings_from_cli()
    with user_errors():
        counts = anonymise_file(settings, fmt=fmt, path=input_path, output=output)
    console.print(
        f"wrote {counts['written']:,} messages to {output} "
        f"({counts['quarantined']:,} quarantined, {counts['duplicates']:,} duplicates)"
    )


@app.command("demo-data")
def demo_data(
    out: Annotated[Path, typer.Option(help="Folder to write the demo dataset into.")] = Path(
        "var/demo"
    ),
    conversations: Annotated[int, typer.Option(help="How many conversations.")] = 120,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same bytes).")] = 7,
) -> None:
    """Generate the synthetic demo dataset (Graph API pages, JSONL, labels, canaries).

    Example: convmon demo-data --out var/demo --conversations 200 --seed 7
    """
    from pipeline.demo import generate

    settings = settings_from_cli()
    manifest = generate(out, conversations=conversations, seed=seed, settings=settings)
    console.print(f"demo data written to {out}: {json.dumps(_manifest_dict(manifest))}")


def _manifest_dict(manifest: Any) -> dict[str, Any]:
    if isinstance(manifest, dict):
        return manifest
    to_dict = getattr(manifest, "to_dict", None)
    if callable(to_dict):
        result: dict[str, Any] = to_dict()
        return result
    return dict(vars(manifest))


@app.command("demo-run")
def demo_run(
    demo_dir: Annotated[Path, typer.Option(help="Where the demo dataset lives.")] = Path(
        "var/demo"
    ),
    conversations: Annotated[int, typer.Option(help="Conversations when generating.")] = 300,
) -> None:
    """What `make run` does: local demo keys if none, demo data if absent, a run over all of it.

    The run reads the Graph API copy and the Messenger webhook events (which alone carry the
    click-to-Messenger referrals); a message in both is loaded once, with the referral.

    Example: convmon demo-run --demo-dir var/demo
    """
    from pipeline.demo import generate

    settings = settings_from_cli()
    overrides = _ensure_demo_keys(settings)
    manifest_path = demo_dir / "manifest.json"
    if not manifest_path.exists():
        console.print(f"generating the demo dataset in {demo_dir} ...")
        generate(demo_dir, conversations=conversations, seed=7, settings=settings)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    settings = settings_from_cli(**overrides)
    start, end = date.fromisoformat(manifest["start"]), date.fromisoformat(manifest["end"])
    sources = [
        f"graph-api:{demo_dir / 'graph-api'}",
        f"messenger-webhook:{demo_dir / 'messenger-webhook' / 'events.jsonl'}",
    ]
    with user_errors():
        summary = execute_run(settings, start=start, end=end, sources=sources)
    if summary["status"] != "succeeded":
        raise typer.Exit(EXIT_RUN_FAILED)


def _ensure_demo_keys(settings: Settings) -> dict[str, Any]:
    """Create local key files when no key is configured, and say so. Returns overrides."""
    from privacy.pseudonym import ensure_local_key
    from privacy.quarantine import ensure_local_key as ensure_quarantine_key

    overrides: dict[str, Any] = {}
    if settings.pseudonym_key is None and settings.pseudonym_key_file is None:
        path = settings.keys_dir / "pseudonym.key"
        if ensure_local_key(path):
            console.print(
                f"[yellow]no pseudonymisation key configured: created a local demo key in {path} "
                "(mode 0600). For real data set CONVMON_PSEUDONYM_KEY_FILE to a key you keep "
                "outside the warehouse.[/]"
            )
        overrides["pseudonym_key_file"] = path
    if settings.quarantine_key is None and settings.quarantine_key_file is None:
        path = settings.keys_dir / "quarantine.key"
        if ensure_quarantine_key(path):
            console.print(f"[yellow]no quarantine key configured: created {path} (mode 0600).[/]")
        overrides["quarantine_key_file"] = path
    return overrides


@keys_app.command("init")
def keys_init(
    path: Annotated[
        Path | None,
        typer.Option(help="Key file to create (default: <data dir>/keys/pseudonym.key)."),
    ] = None,
) -> None:
    """Create a random pseudonymisation key file (mode 0600) if it does not exist.

    Example: convmon keys init --path /etc/convmon/pseudonym.key
    """
    from privacy.pseudonym import ensure_local_key

    settings = settings_from_cli()
    target = path or settings.keys_dir / "pseudonym.key"
    created = ensure_local_key(target)
    console.print(
        f"{'created' if created else 'kept the existing'} key file {target}; "
        f"set CONVMON_PSEUDONYM_KEY_FILE={target}"
    )


@keys_app.command("rotate")
def keys_rotate(
    yes: Annotated[
        bool, typer.Option("--yes", help="Rotate without asking (for scripts).")
    ] = False,
) -> None:
    """Add a new key version and switch the warehouse to it; audited (docs/reliability.md).

    Pseudonyms made after the rotation do not join with those made before it.

    Example: convmon keys rotate --yes
    """
    from pipeline.keys import rotate_key

    settings = settings_from_cli()
    if not yes and not typer.confirm(
        f"rotate the pseudonymisation key of {settings.warehouse}? New pseudonyms will not "
        "join with the old ones"
    ):
        raise typer.Exit(EXIT_USER_ERROR)
    with user_errors():
        result = rotate_key(settings)
    verb = "finished the interrupted rotation" if result.resumed else "rotated"
    console.print(
        f"{verb}: key id {result.old_key_id or '(none)'} (v{result.old_version}) -> "
        f"{result.new_key_id} (v{result.new_version}) in {result.key_file}; "
        f"audit entry {result.audit_seq}"
    )


def main() -> None:  # pragma: no cover - console entry point alias
    app()
