"""The audit report of a run: JSON, and a self-contained HTML page with inline SVG charts.

The HTML has no external asset and needs no network: inline CSS, charts drawn here as SVG,
and a few lines of inline script that record JavaScript errors in ``data-console-errors`` and
mark ``data-charts-ready`` on ``<html>`` (so that a headless browser can check both). Every key
of the summary is shown, in the sections and again in the full listing at the end.

The summary holds counts, ids, versions and names of checks: never message text.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from pipeline.settings import Settings

PALETTE = ("#2f6f8f", "#e08e45", "#5b9e5b", "#b85450", "#8867a8", "#8c6d4f", "#c7609b", "#7f7f7f")
_OK = "#3c8d40"
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_BAD = "#c0392b"

_CSS = """
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232a; }
body { margin: 0 auto; max-width: 1180px; padding: 24px; background: #fafbfc; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 28px 0 8px; }
.status { display: inline-block; padding: 2px 10px; border-radius: 12px; color: #fff; }
.succeeded { background: #3c8d40; } .failed { background: #c0392b; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { background: #fff; border: 1px solid #dde3e8; border-radius: 8px; padding: 10px 16px;
        min-width: 130px; }
.card b { display: block; font-size: 1.4rem; } .card span { color: #5a6672; font-size: .85rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
figure { background: #fff; border: 1px solid #dde3e8; border-radius: 8px; margin: 0;
         padding: 12px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .88rem; }
th, td { border: 1px solid #dde3e8; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f5; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.fail { color: #c0392b; font-weight: 600; } .pass { color: #3c8d40; }
dl.tree { margin: 0; } dl.tree dt { font-weight: 600; margin-top: 4px; }
dl.tree dd { margin-left: 18px; } .muted { color: #5a6672; }
code { background: #eef2f5; padding: 0 4px; border-radius: 4px; }
svg.chart { max-width: 100%; height: auto; }
section { overflow-x: auto; }
"""

_SCRIPT = """
(function () {
  var root = document.documentElement;
  function record(message) {
    var previous = root.getAttribute('data-console-errors') || '';
    root.setAttribute('data-console-errors', previous + String(message) + '\\n');
  }
  window.addEventListener('error', function (event) { record(event.message); });
  var original = console.error;
  console.error = function () {
    record(Array.prototype.join.call(arguments, ' '));
    return original.apply(console, arguments);
  };
  window.addEventListener('DOMContentLoaded', function () {
    var charts = document.querySelectorAll('svg.chart');
    var drawn = 0;
    charts.forEach(function (svg) { if (svg.getBBox().width > 0) { drawn += 1; } });
    root.setAttribute('data-charts-ready', String(drawn));
    root.setAttribute('data-charts-total', String(charts.length));
  });
})();
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _num(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return _e(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    return _e(value)


# --- charts -------------------------------------------------------------------------------------


def bar_chart(
    title: str,
    bars: Sequence[tuple[str, float]],
    *,
    colors: Sequence[str] = PALETTE,
    chart_id: str,
) -> str:
    """A horizontal bar chart as inline SVG (one bar per label)."""
    if not bars:
        return _empty_chart(title, chart_id)
    label_w, bar_w, row_h = 190, 300, 24
    height = row_h * len(bars) + 12
    top = max((v for _, v in bars), default=0) or 1
    parts = [
        f'<svg class="chart" id="{_e(chart_id)}" role="img" aria-label="{_e(title)}" '
        f'width="{label_w + bar_w + 90}" height="{height}" '
        f'viewBox="0 0 {label_w + bar_w + 90} {height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, value) in enumerate(bars):
        y = 6 + i * row_h
        width = max(1.0, bar_w * value / top) if value else 0.0
        color = colors[i % len(colors)]
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"{_e(label)}</text>"
            f'<rect x="{label_w}" y="{y + 2}" width="{width:.1f}" height="{row_h - 6}" '
            f'fill="{color}"><title>{_e(label)}: {_num(value)}</title></rect>'
            f'<text x="{label_w + width + 6:.1f}" y="{y + 15}" font-size="12">{_num(value)}</text>'
        )
    parts.append("</svg>")
    return _figure(title, "".join(parts))


def stacked_chart(
    title: str,
    rows: Mapping[str, Mapping[str, float]],
    *,
    chart_id: str,
) -> str:
    """Horizontal stacked bars: one bar per row key, one segment per series, with a legend."""
    if not rows:
        return _empty_chart(title, chart_id)
    series = sorted({s for values in rows.values() for s in values})
    color = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(series)}
    label_w, bar_w, row_h = 190, 300, 24
    legend_h = 22
    height = legend_h + row_h * len(rows) + 12
    top = max((sum(v.values()) for v in rows.values()), default=0) or 1
    width_total = label_w + bar_w + 90
    parts = [
        f'<svg class="chart" id="{_e(chart_id)}" role="img" aria-label="{_e(title)}" '
        f'width="{width_total}" height="{height}" viewBox="0 0 {width_total} {height}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    x = label_w
    for s in series:
        parts.append(
            f'<rect x="{x}" y="4" width="12" height="12" fill="{color[s]}"/>'
            f'<text x="{x + 16}" y="14" font-size="12">{_e(s)}</text>'
        )
        x += 24 + 8 * len(s)
    for i, (label, values) in enumerate(rows.items()):
        y = legend_h + 6 + i * row_h
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"{_e(label)}</text>"
        )
        offset = float(label_w)
        for s in series:
            value = values.get(s, 0)
            if not value:
                continue
            w = max(1.0, bar_w * value / top)
            parts.append(
                f'<rect x="{offset:.1f}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" '
                f'fill="{color[s]}"><title>{_e(label)} / {_e(s)}: {_num(value)}</title></rect>'
            )
            offset += w
        parts.append(
            f'<text x="{offset + 6:.1f}" y="{y + 15}" font-size="12">'
            f"{_num(sum(values.values()))}</text>"
        )
    parts.append("</svg>")
    return _figure(title, "".join(parts))


def validation_chart(days: Sequence[Mapping[str, Any]], *, chart_id: str) -> str:
    """One square per expectation and day: green passed, red failed."""
    title = "Validation: expectations per day"
    if not days:
        return _empty_chart(title, chart_id)
    cell, label_w = 11, 96
    most = max((len(d.get("expectations", [])) for d in days), default=0)
    width = label_w + most * (cell + 2) + 120
    height = len(days) * (cell + 8) + 10
    parts = [
        f'<svg class="chart" id="{_e(chart_id)}" role="img" aria-label="{_e(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, day in enumerate(days):
        y = 6 + i * (cell + 8)
        expectations = day.get("expectations", [])
        failed = sum(1 for e in expectations if not e.get("success"))
        parts.append(
            f'<text x="{label_w - 6}" y="{y + cell - 1}" text-anchor="end" font-size="12">'
            f"{_e(day.get('day', ''))}</text>"
        )
        for j, expectation in enumerate(expectations):
            ok = bool(expectation.get("success"))
            parts.append(
                f'<rect x="{label_w + j * (cell + 2)}" y="{y}" width="{cell}" height="{cell}" '
                f'fill="{_OK if ok else _BAD}"><title>{_e(expectation.get("name", ""))}: '
                f"{'passed' if ok else 'FAILED'}</title></rect>"
            )
        parts.append(
            f'<text x="{label_w + len(expectations) * (cell + 2) + 6}" y="{y + cell - 1}" '
            f'font-size="12">{len(expectations) - failed}/{len(expectations)} passed</text>'
        )
    parts.append("</svg>")
    return _figure(title, "".join(parts))


def _empty_chart(title: str, chart_id: str) -> str:
    svg = (
        f'<svg class="chart" id="{_e(chart_id)}" role="img" aria-label="{_e(title)}" '
        'width="320" height="30" viewBox="0 0 320 30" xmlns="http://www.w3.org/2000/svg">'
        '<text x="4" y="19" font-size="12" fill="#5a6672">nothing to show</text></svg>'
    )
    return _figure(title, svg)


def _figure(title: str, svg: str) -> str:
    return f"<figure><figcaption>{_e(title)}</figcaption>{svg}</figure>"


# --- tables and the full listing -----------------------------------------------------------------


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for value in row:
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            cells.append(f'<td class="num">{_num(value)}</td>' if numeric else _cell(value))
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(headers)}" class="muted">none</td></tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _cell(value: object) -> str:
    if isinstance(value, Mapping | list):
        return f"<td>{tree(value)}</td>"
    return f"<td>{_e('' if value is None else value)}</td>"


def tree(value: object) -> str:
    """Any JSON value as nested HTML (every key shown)."""
    if isinstance(value, Mapping):
        if not value:
            return '<span class="muted">{}</span>'
        items = "".join(f"<dt>{_e(k)}</dt><dd>{tree(v)}</dd>" for k, v in value.items())
        return f'<dl class="tree">{items}</dl>'
    if isinstance(value, list):
        if not value:
            return '<span class="muted">[]</span>'
        if all(isinstance(v, Mapping) for v in value):
            keys: list[str] = []
            for v in value:
                keys.extend(k for k in v if k not in keys)
            return _table(keys, ([v.get(k) for k in keys] for v in value))
        return "<ul>" + "".join(f"<li>{tree(v)}</li>" for v in value) + "</ul>"
    if value is None:
        return '<span class="muted">null</span>'
    return _num(value) if isinstance(value, int | float) else _e(value)


def _merged_reasons(sources: Sequence[Mapping[str, Any]]) -> Counter[str]:
    reasons: Counter[str] = Counter()
    for source in sources:
        reasons.update(
            {str(k): int(v) for k, v in (source.get("quarantined_by_reason") or {}).items()}
        )
    return reasons


def render_html(summary: Mapping[str, Any]) -> str:
    """The self-contained HTML page of a run summary."""
    run_id = str(summary.get("run_id", "?"))
    status = str(summary.get("status", "unknown"))
    totals: Mapping[str, Any] = summary.get("totals") or {}
    interval: Mapping[str, Any] = summary.get("interval") or {}
    sources: Sequence[Mapping[str, Any]] = summary.get("sources") or []
    entities: Sequence[Mapping[str, Any]] = summary.get("entities") or []
    validation: Sequence[Mapping[str, Any]] = summary.get("validation") or []
    partitions: Sequence[Mapping[str, Any]] = summary.get("partitions") or []
    detector: Mapping[str, Any] = summary.get("detector") or {}

    cards = "".join(
        f'<div class="card"><b>{_num(totals.get(k, 0))}</b><span>{_e(k)}</span></div>'
        for k in ("read", "loaded", "quarantined", "duplicates")
    ) + "".join(
        f'<div class="card"><b>{_num(summary.get(k))}</b><span>{_e(label)}</span></div>'
        for k, label in (
            ("duration_s", "duration (s)"),
            ("throughput_msgs_per_s", "messages / s"),
            ("min_group_size", "minimum group size k"),
            ("suppressed_cells", "suppressed cells"),
        )
    )
    by_type: dict[str, Counter[str]] = {}
    by_recognizer: Counter[str] = Counter()
    for ent in entities:
        by_type.setdefault(str(ent.get("entity_type")), Counter())[str(ent.get("language"))] += int(
            ent.get("count", 0)
        )
        by_recognizer[str(ent.get("recognizer"))] += int(ent.get("count", 0))
    by_type_sorted = dict(sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())))
    reasons = _merged_reasons(sources)
    failed = [
        (str(day.get("day")), str(e.get("name")), e.get("unexpected_count"))
        for day in validation
        for e in day.get("expectations", [])
        if not e.get("success")
    ]
    charts = "".join(
        [
            bar_chart(
                "Messages: read, loaded, quarantined, duplicates",
                [
                    (k, float(totals.get(k, 0) or 0))
                    for k in ("read", "loaded", "quarantined", "duplicates")
                ],
                chart_id="chart-counts",
            ),
            stacked_chart(
                "Entities found, by type and language", by_type_sorted, chart_id="chart-entities"
            ),
            bar_chart(
                "Entities found, by recognizer",
                by_recognizer.most_common(),
                chart_id="chart-recognizers",
            ),
            bar_chart("Quarantined, by reason", reasons.most_common(), chart_id="chart-reasons"),
            bar_chart(
                "Rows loaded per day",
                [(str(p.get("day")), float(p.get("rows", 0) or 0)) for p in partitions],
                chart_id="chart-partitions",
            ),
            validation_chart(validation, chart_id="chart-validation"),
        ]
    )
    failed_html = (
        '<p class="fail">Failed expectations (counts only):</p>'
        + _table(["day", "expectation", "unexpected rows"], failed)
        if failed
        else '<p class="pass">Every expectation passed.</p>'
        if validation
        else '<p class="muted">No validation results.</p>'
    )
    operators = detector.get("operators")
    errors = summary.get("errors") or []
    title = f"convmon audit report {run_id}"
    return f"""<!DOCTYPE html>
<html lang="en" data-run-id="{_e(run_id)}" data-status="{_e(status)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<title>{_e(title)}</title>
<style>{_CSS}</style>
<script>{_SCRIPT}</script>
</head>
<body>
<header>
<h1>Audit report <code>{_e(run_id)}</code>
<span class="status {_e(status)}">{_e(status)}</span></h1>
<p class="muted">Data interval {_e(interval.get("start", "?"))} to {_e(interval.get("end", "?"))}
(end exclusive) · started {_e(summary.get("started_at", "?"))} · finished
{_e(summary.get("finished_at", "?"))} · code version {_e(summary.get("code_version", "?"))} ·
key id <code>{_e(summary.get("key_id", "?"))}</code></p>
</header>
<section id="totals"><div class="cards">{cards}</div></section>
<section id="charts"><h2>Charts</h2><div class="grid">{charts}</div></section>
<section id="validation"><h2>Validation</h2>{failed_html}</section>
<section id="errors"><h2>Errors</h2>{tree(errors)}</section>
<section id="sources"><h2>Sources</h2>{tree(list(sources))}</section>
<section id="entities"><h2>Entities by type, language and recognizer</h2>{tree(list(entities))}
</section>
<section id="operators"><h2>Operators applied per entity type</h2>{tree(operators)}</section>
<section id="detector"><h2>Detector configuration</h2>{tree(detector)}</section>
<section id="evaluation"><h2>Latest evaluation</h2>{tree(summary.get("evaluation"))}</section>
<section id="all-fields"><h2>Every field of the run summary</h2>{tree(dict(summary))}</section>
</body>
</html>
"""


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def report_paths(settings: Settings, run_id: str) -> tuple[Path, Path]:
    if not run_id or "/" in run_id or run_id.startswith("."):
        raise ValueError(f"{run_id!r} is not a run id: see `convmon audit list`")
    base = settings.reports_dir / run_id
    return base.with_suffix(".json"), base.with_suffix(".html")


def write_run_report(settings: Settings, summary: dict[str, Any]) -> tuple[Path, Path]:
    """Write ``reports_dir/<run_id>.json`` and ``.html``; returns both paths."""
    json_path, html_path = report_paths(settings, str(summary["run_id"]))
    _atomic_write(json_path, json.dumps(summary, indent=2, sort_keys=True, default=str) + "\n")
    _atomic_write(html_path, render_html(json.loads(json.dumps(summary, default=str))))
    return json_path, html_path


def load_report(settings: Settings, run_id: str) -> dict[str, Any]:
    """A run's summary: its JSON report, else the ``runs`` table of the warehouse."""
    json_path, _ = report_paths(settings, run_id)
    if json_path.exists():
        data: dict[str, Any] = json.loads(json_path.read_text(encoding="utf-8"))
        return data
    if settings.warehouse.exists():
        from pipeline.warehouse import connect

        con = connect(settings.warehouse, read_only=True)
        try:
            row = con.execute("SELECT summary FROM runs WHERE run_id = ?", [run_id]).fetchone()
        finally:
            con.close()
        if row is not None:
            stored: dict[str, Any] = json.loads(row[0])
            return stored
    raise FileNotFoundError(f"no report for run {run_id}: see `convmon audit list`")


def list_runs(settings: Settings) -> list[dict[str, Any]]:
    """Every known run (warehouse ``runs`` table and report files), newest first."""
    runs: dict[str, dict[str, Any]] = {}
    if settings.warehouse.exists():
        from pipeline.warehouse import connect

        con = connect(settings.warehouse, read_only=True)
        try:
            rows = con.execute(
                "SELECT run_id, status, interval_start, interval_end, messages_read, loaded, "
                "quarantined, duplicates, started_at FROM runs"
            ).fetchall()
        finally:
            con.close()
        for run_id, status, start, end, read, loaded, quarantined, duplicates, started in rows:
            runs[str(run_id)] = {
                "run_id": str(run_id),
                "status": str(status),
                "interval": f"{start}..{end}",
                "read": int(read),
                "loaded": int(loaded),
                "quarantined": int(quarantined),
                "duplicates": int(duplicates),
                "started_at": str(started),
                "report": False,
            }
    if settings.reports_dir.exists():
        for path in settings.reports_dir.glob("*.json"):
            entry = runs.get(path.stem)
            if entry is None:
                data = json.loads(path.read_text(encoding="utf-8"))
                totals = data.get("totals") or {}
                interval = data.get("interval") or {}
                entry = runs[path.stem] = {
                    "run_id": path.stem,
                    "status": str(data.get("status", "?")),
                    "interval": f"{interval.get('start')}..{interval.get('end')}",
                    "read": int(totals.get("read", 0)),
                    "loaded": int(totals.get("loaded", 0)),
                    "quarantined": int(totals.get("quarantined", 0)),
                    "duplicates": int(totals.get("duplicates", 0)),
                    "started_at": str(data.get("started_at", "")),
                }
            entry["report"] = True
    return sorted(runs.values(), key=lambda r: (r["started_at"], r["run_id"]), reverse=True)
