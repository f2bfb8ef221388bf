"""``convmon query``, ``convmon marts`` and ``convmon dashboard``: the marketing doors.

They read only the marketing file (published, k-suppressed marts), read-only and with
DuckDB's external access off, so a query cannot attach the warehouse or read other files.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from pipeline.settings import Settings, load_settings

marketing_app = typer.Typer()
_out = Console()
_err = Console(stderr=True)
EXIT_USER_ERROR = 2


class OutputFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    PARQUET = "parquet"


@contextmanager
def _errors() -> Iterator[None]:
    from pipeline.dashboard import DashboardError
    from pipeline.marts import MartsError

    try:
        yield
    except (MartsError, DashboardError) as exc:
        _err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(EXIT_USER_ERROR) from None
    except duckdb.Error as exc:
        _err.print(f"[bold red]query failed:[/] {exc}")
        _err.print("list the tables and their columns with `convmon marts`")
        raise typer.Exit(EXIT_USER_ERROR) from None


def open_marketing(settings: Settings) -> duckdb.DuckDBPyConnection:
    """The marketing file, read-only, with no access to other files."""
    path = settings.marketing_path
    if not path.exists():
        from pipeline.marts import MartsError

        raise MartsError(
            f"{path}: no marketing file yet; run `convmon run`, or `convmon marts --export` "
            "after a run, or set CONVMON_MARKETING_WAREHOUSE"
        )
    con = duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})
    con.execute("SET TimeZone = 'UTC'")
    return con


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return value


@marketing_app.command()
def query(
    sql: Annotated[str, typer.Argument(help="One SQL query over the marts (see `convmon marts`).")],
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.TABLE,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file (parquet needs it).")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows in the terminal table.")] = 200,
) -> None:
    """Run a read-only SQL query on the marketing file (marts only).

    Example: convmon query "SELECT day, sum(messages_in) FROM daily_activity GROUP BY day"
    """
    settings = load_settings()
    if fmt is OutputFormat.PARQUET and output is None:
        raise typer.BadParameter("parquet is binary: give -o FILE.parquet", param_hint="--format")
    if fmt is OutputFormat.TABLE and output is not None:
        raise typer.BadParameter(
            "to write a file use --format csv, json or parquet", param_hint="-o"
        )
    with _errors():
        con = open_marketing(settings)
        try:
            relation = con.sql(sql)
            if relation is None:
                raise typer.BadParameter("give a query that returns rows (SELECT ...)")
            columns = list(relation.columns)
            if fmt is OutputFormat.PARQUET:
                import pyarrow.parquet as pq

                assert output is not None
                pq.write_table(relation.to_arrow_table(), output)
                _err.print(f"wrote {relation.shape[0]:,} rows to {output}")
                return
            rows = relation.fetchall()
        finally:
            con.close()
    if fmt is OutputFormat.TABLE:
        _print_table(columns, rows, limit)
        return
    text = _render_text(fmt, columns, rows)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        _err.print(f"wrote {len(rows):,} rows to {output}")


def _render_text(fmt: OutputFormat, columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    if fmt is OutputFormat.JSON:
        records = [{c: _jsonable(v) for c, v in zip(columns, row, strict=True)} for row in rows]
        return json.dumps(records, indent=1, ensure_ascii=False) + "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_jsonable(v) for v in row] for row in rows])
    return buffer.getvalue()


def _print_table(columns: list[str], rows: list[tuple[Any, ...]], limit: int) -> None:
    table = Table(*columns, header_style="bold")
    for row in rows[:limit]:
        table.add_row(*("" if v is None else str(_jsonable(v)) for v in row))
    _out.print(table)
    if len(rows) > limit:
        _err.print(f"{len(rows) - limit:,} more rows: use --limit, or --format csv -o FILE")


@marketing_app.command()
def marts(
    export: Annotated[
        bool,
        typer.Option(
            "--export", help="First copy the marts from the warehouse into the marketing file."
        ),
    ] = False,
) -> None:
    """List the marts with their columns and a one-line description each.

    Example: convmon marts
    """
    from pipeline.marts import MARTS, RELEASE_TABLE, describe_marts, export_marketing

    settings = load_settings()
    if export:
        with _errors():
            path = export_marketing(settings)
        _err.print(f"exported the marts to {path}")
    columns = describe_marts(settings)
    entries = [(m.name, ", ".join(m.dimensions), m.description) for m in MARTS]
    entries.append((RELEASE_TABLE, "one row", "When and how the marts were built (k, SLA)."))
    for name, grain, description in entries:
        _out.print(f"[bold]{name}[/]  [dim](one row per {grain})[/]")
        _out.print(f"  {description}", highlight=False)
        cols = ", ".join(f"{col} [dim]{kind}[/]" for col, kind in columns[name])
        _out.print(f"  columns: {cols}", highlight=False)
    _out.print(
        f"marketing file: {settings.marketing_path} "
        f"({'present' if settings.marketing_path.exists() else 'not built yet'}); "
        f"every row counts >= {settings.min_group_size} distinct customers"
    )


@marketing_app.command()
def dashboard(
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")] = Path(
        "dashboard.html"
    ),
) -> None:
    """Write the marketing dashboard: one self-contained HTML page (no network needed).

    Example: convmon dashboard -o dashboard.html
    """
    from pipeline.dashboard import write_dashboard

    settings = load_settings()
    with _errors():
        path = write_dashboard(settings.marketing_path, output)
    _out.print(f"dashboard written to {path}")


@marketing_app.command()
def release(
    epsilon: Annotated[
        float | None, typer.Option(help="Privacy budget this release spends (e.g. 0.5).")
    ] = None,
    mart: Annotated[str, typer.Option(help="The mart to release.")] = "daily_activity",
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Write here (.parquet or .csv); default <data dir>/releases/."
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--from", help="First local day (YYYY-MM-DD); default 28 days ago."),
    ] = None,
    until: Annotated[
        str | None, typer.Option("--to", help="Last local day (YYYY-MM-DD); default yesterday.")
    ] = None,
    measures: Annotated[
        str, typer.Option(help="Comma-separated measures (customers is required).")
    ] = "customers,messages_in",
    max_days: Annotated[
        int, typer.Option(help="Days a customer may count in, per Page and platform.")
    ] = 7,
    show_ledger: Annotated[
        bool, typer.Option("--ledger", help="Show the budget ledger instead of releasing.")
    ] = False,
) -> None:
    """Publish a differentially private release of a mart, charged to the epsilon budget.

    Example: convmon release --epsilon 0.5 --from 2026-03-01 --to 2026-03-28 -o march.csv
    """
    from pipeline import dp
    from pipeline.warehouse import WarehouseError

    settings = load_settings()
    if show_ledger:
        _print_ledger(settings)
        return
    if epsilon is None:
        raise typer.BadParameter("give the epsilon to spend, e.g. --epsilon 0.5")
    try:
        start = dt.date.fromisoformat(since) if since else None
        end = dt.date.fromisoformat(until) if until else None
    except ValueError as exc:
        raise typer.BadParameter(f"dates are YYYY-MM-DD ({exc})") from None
    try:
        result = dp.release(
            settings,
            mart=mart,
            epsilon=epsilon,
            measures=[m.strip() for m in measures.split(",") if m.strip()],
            max_days_per_customer=max_days,
            start=start,
            end=end,
            output=output,
        )
    except (dp.DPError, WarehouseError) as exc:
        _err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(EXIT_USER_ERROR) from None
    _out.print(
        f"release {result.release_id}: {result.published_cells:,} of {result.domain_cells:,} "
        f"cells published ({result.suppressed_cells:,} below k after noise) to {result.path}"
    )
    _out.print(
        f"epsilon spent {result.epsilon:g}; total {result.total_after:g} of "
        f"{result.total_budget:g} ({result.remaining:g} left)"
    )


def _print_ledger(settings: Settings) -> None:
    from pipeline import dp

    rows = dp.ledger(settings)
    table = Table("release_id", "created_at", "mart", "epsilon", "measures", "total_after")
    for release_id, created, mart, epsilon, measures, total in rows:
        table.add_row(
            release_id,
            created.isoformat(timespec="seconds"),
            mart,
            f"{epsilon:g}",
            measures,
            f"{total:g}",
        )
    _out.print(table)
    spent = rows[-1][5] if rows else 0.0
    _out.print(f"budget: {spent:g} of {settings.dp_total_epsilon:g} spent")
