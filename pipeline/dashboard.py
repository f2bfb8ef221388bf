"""The marketing dashboard: one self-contained HTML page of inline SVG charts, from the marts.

It reads only the marketing file (published, k-suppressed marts) and needs no network: no
external script, font, style sheet or image.
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

PALETTE = ("#2563eb", "#f97316", "#16a34a", "#dc2626", "#9333ea", "#0891b2", "#ca8a04")
SENTIMENT_COLOURS = {"negative": "#dc2626", "neutral": "#9ca3af", "positive": "#16a34a"}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CHARTS = (
    "volume",
    "response-times",
    "response-rate",
    "heatmap",
    "topics",
    "sentiment",
    "campaigns",
    "customers",
)


class DashboardError(Exception):
    """The dashboard cannot be built; the message says what to do."""


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    colour: str


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _fmt(value: float) -> str:
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def _empty(chart: str, width: int = 560, height: int = 120) -> str:
    return (
        f'<svg data-chart="{chart}" data-empty="true" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img">'
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#f9fafb"/>'
        f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" class="muted">'
        "No published cell yet: every group counted fewer than k customers.</text></svg>"
    )


def _legend(series: Sequence[Series], x: float, y: float) -> str:
    parts = []
    for i, s in enumerate(series):
        ox = x + i * 170
        parts.append(
            f'<rect x="{ox}" y="{y - 9}" width="10" height="10" fill="{s.colour}"/>'
            f'<text x="{ox + 14}" y="{y}" class="legend">{_esc(s.name)}</text>'
        )
    return "".join(parts)


def line_chart(chart: str, labels: Sequence[str], series: Sequence[Series], unit: str = "") -> str:
    """Lines over categorical x labels (days), with points carrying a tooltip."""
    points = [v for s in series for v in s.values if v is not None]
    if not labels or not points:
        return _empty(chart)
    width, height, left, right, top, bottom = 760, 280, 60, 20, 30, 50
    top_value = max(max(points), 1e-9)
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(labels) - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return left + i * step, top + plot_h - v / top_value * plot_h

    out = [
        f'<svg data-chart="{chart}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img">'
    ]
    for frac in (0, 0.5, 1):
        y = top + plot_h - frac * plot_h
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" class="grid"/>')
        out.append(
            f'<text x="{left - 6}" y="{y + 4}" text-anchor="end" class="axis">'
            f"{_esc(_fmt(top_value * frac))}{_esc(unit)}</text>"
        )
    every = max(1, math.ceil(len(labels) / 10))
    for i, label in enumerate(labels):
        if i % every == 0:
            short = label[5:] if len(label) == 10 and label[4] == "-" else label
            out.append(
                f'<text x="{left + i * step}" y="{height - bottom + 18}" text-anchor="middle" '
                f'class="axis">{_esc(short)}</text>'
            )
    for s in series:
        coords = [(i, v) for i, v in enumerate(s.values) if v is not None]
        path = " ".join(
            f"{'M' if n == 0 else 'L'}{x:.1f},{y:.1f}"
            for n, (x, y) in enumerate(xy(i, v) for i, v in coords)
        )
        out.append(f'<path d="{path}" fill="none" stroke="{s.colour}" stroke-width="2"/>')
        for i, v in coords:
            x, y = xy(i, v)
            out.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{s.colour}">'
                f"<title>{_esc(labels[i])} · {_esc(s.name)}: {_esc(_fmt(v))}{_esc(unit)}</title>"
                "</circle>"
            )
    out.append(_legend(series, left, height - 8))
    out.append("</svg>")
    return "".join(out)


def bar_chart(
    chart: str,
    labels: Sequence[str],
    series: Sequence[Series],
    unit: str = "",
    stacked: bool = False,
) -> str:
    """Horizontal bars per label: grouped, or stacked when ``stacked``."""
    values = [v or 0.0 for s in series for v in s.values]
    if not labels or not values or max(values) <= 0:
        return _empty(chart)
    left, right, top, row_h = 170, 80, 10, 22 if stacked else 14 * len(series) + 8
    width = 760
    height = top + row_h * len(labels) + 30
    plot_w = width - left - right
    totals = [sum((s.values[i] or 0.0) for s in series) for i in range(len(labels))]
    top_value = max(totals) if stacked else max(values)
    out = [
        f'<svg data-chart="{chart}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img">'
    ]
    for i, label in enumerate(labels):
        y = top + i * row_h
        out.append(
            f'<text x="{left - 8}" y="{y + row_h / 2 + 4}" text-anchor="end" class="axis">'
            f"{_esc(label)}</text>"
        )
        offset = 0.0
        for j, s in enumerate(series):
            if s.values[i] is None and not stacked:
                out.append(
                    f'<text x="{left + 4}" y="{y + 12 + j * 14}" class="value">'
                    f"{_esc(s.name)}: n/a</text>"
                )
                continue
            v = s.values[i] or 0.0
            w = v / top_value * plot_w
            if stacked:
                x, by, bh = left + offset, y + 2, row_h - 6
                offset += w
            else:
                x, by, bh = left, y + 2 + j * 14, 12
            out.append(
                f'<rect x="{x:.1f}" y="{by:.1f}" width="{max(w, 0.5):.1f}" height="{bh}" '
                f'fill="{s.colour}"><title>{_esc(label)} · {_esc(s.name)}: '
                f"{_esc(_fmt(v))}{_esc(unit)}</title></rect>"
            )
            if not stacked:
                out.append(
                    f'<text x="{x + w + 4:.1f}" y="{by + 10:.1f}" class="value">'
                    f"{_esc(_fmt(v))}{_esc(unit)}</text>"
                )
        if stacked:
            out.append(
                f'<text x="{left + offset + 4:.1f}" y="{y + row_h / 2 + 4}" class="value">'
                f"{_esc(_fmt(totals[i]))}{_esc(unit)}</text>"
            )
    if len(series) > 1:
        out.append(_legend(series, left, height - 6))
    out.append("</svg>")
    return "".join(out)


def heatmap(chart: str, cells: dict[tuple[int, int], float]) -> str:
    """A weekday x hour grid; darker is busier; blank cells were suppressed or empty."""
    if not cells:
        return _empty(chart)
    left, top, cell = 50, 24, 28
    width, height = left + 24 * cell + 10, top + 7 * cell + 10
    peak = max(cells.values())
    out = [
        f'<svg data-chart="{chart}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img">'
    ]
    for hour in range(24):
        out.append(
            f'<text x="{left + hour * cell + cell / 2}" y="{top - 8}" text-anchor="middle" '
            f'class="axis">{hour}</text>'
        )
    for day in range(1, 8):
        y = top + (day - 1) * cell
        out.append(
            f'<text x="{left - 8}" y="{y + cell / 2 + 4}" text-anchor="end" class="axis">'
            f"{WEEKDAYS[day - 1]}</text>"
        )
        for hour in range(24):
            value = cells.get((day, hour))
            x = left + hour * cell
            if value is None:
                out.append(
                    f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="#f3f4f6"/>'
                )
                continue
            alpha = 0.15 + 0.85 * value / peak
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                f'fill="#2563eb" fill-opacity="{alpha:.2f}"><title>{WEEKDAYS[day - 1]} '
                f"{hour:02d}:00 · {_esc(_fmt(value))} inbound messages</title></rect>"
            )
    out.append("</svg>")
    return "".join(out)


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    return con.execute(sql).fetchall()


def _charts(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    charts: dict[str, str] = {}
    volume = _rows(
        con,
        "SELECT day, sum(messages_in), sum(messages_out), sum(new_customers), "
        "sum(returning_customers) FROM daily_activity GROUP BY day ORDER BY day",
    )
    days = [str(r[0]) for r in volume]
    charts["volume"] = line_chart(
        "volume",
        days,
        [
            Series("messages in", [float(r[1]) for r in volume], PALETTE[0]),
            Series("messages out", [float(r[2]) for r in volume], PALETTE[1]),
        ],
    )
    charts["customers"] = bar_chart(
        "customers",
        days,
        [
            Series("new customers", [float(r[3]) for r in volume], PALETTE[2]),
            Series("returning customers", [float(r[4]) for r in volume], PALETTE[4]),
        ],
        stacked=True,
    )
    response = _rows(
        con,
        "SELECT platform, "
        "sum(first_response_median_s * first_contacts_answered) "
        "  / nullif(sum(first_contacts_answered) FILTER "
        "    (WHERE first_response_median_s IS NOT NULL), 0) / 60, "
        "sum(reply_median_s * turns_answered) "
        "  / nullif(sum(turns_answered) FILTER (WHERE reply_median_s IS NOT NULL), 0) / 60, "
        "sum(reply_meta_avg_s * turns_answered) "
        "  / nullif(sum(turns_answered) FILTER (WHERE reply_meta_avg_s IS NOT NULL), 0) / 60 "
        "FROM daily_response GROUP BY platform ORDER BY platform",
    )
    charts["response-times"] = bar_chart(
        "response-times",
        [str(r[0]) for r in response],
        [
            Series("first response, median", [r[1] for r in response], PALETTE[0]),
            Series("reply, median", [r[2] for r in response], PALETTE[1]),
            Series("reply, Meta avg of fastest 90%", [r[3] for r in response], PALETTE[2]),
        ],
        unit=" min",
    )
    rates = _rows(
        con,
        "SELECT day, 100 * sum(turns_within_sla) / nullif(sum(customer_turns), 0), "
        "100 * sum(meta_answered_24h) / nullif(sum(meta_new_messages), 0) "
        "FROM daily_response GROUP BY day ORDER BY day",
    )
    charts["response-rate"] = line_chart(
        "response-rate",
        [str(r[0]) for r in rates],
        [
            Series("answered within SLA", [r[1] for r in rates], PALETTE[2]),
            Series("Meta response rate (24 h)", [r[2] for r in rates], PALETTE[0]),
        ],
        unit="%",
    )
    charts["heatmap"] = heatmap(
        "heatmap",
        {
            (int(r[0]), int(r[1])): float(r[2])
            for r in _rows(
                con,
                "SELECT weekday, hour, sum(messages_in) FROM hour_of_week GROUP BY ALL",
            )
        },
    )
    topics = _rows(
        con,
        "SELECT topic, sum(messages) AS n FROM daily_topics GROUP BY topic ORDER BY n DESC",
    )
    charts["topics"] = bar_chart(
        "topics",
        [str(r[0]).replace("_", " ") for r in topics],
        [Series("customer messages", [float(r[1]) for r in topics], PALETTE[5])],
    )
    sentiment = dict(
        _rows(con, "SELECT sentiment, sum(messages) FROM daily_sentiment GROUP BY sentiment")
    )
    names = [s for s in SENTIMENT_COLOURS if s in sentiment]
    charts["sentiment"] = bar_chart(
        "sentiment",
        ["customer messages"],
        [Series(s, [float(sentiment[s])], SENTIMENT_COLOURS[s]) for s in names],
        stacked=True,
    )
    campaigns = _rows(
        con,
        "SELECT referral_ad_id, sum(conversations_started), sum(conversions) "
        "FROM campaigns GROUP BY referral_ad_id ORDER BY 2 DESC, 1",
    )
    charts["campaigns"] = bar_chart(
        "campaigns",
        [f"ad {r[0]}" for r in campaigns],
        [
            Series("conversations started", [float(r[1]) for r in campaigns], PALETTE[0]),
            Series("conversions", [float(r[2]) for r in campaigns], PALETTE[2]),
        ],
    )
    return charts


TITLES = {
    "volume": ("Volume over time", "Customer (in) and business (out) messages per day."),
    "response-times": (
        "Response times by platform",
        "Minutes; daily cell medians weighted by answered messages.",
    ),
    "response-rate": (
        "Response rate",
        "Share of customer turns answered within the SLA; Meta's rule: new messages (after "
        "24 h of silence) answered within 24 h.",
    ),
    "heatmap": ("Inbound messages by hour of week", "Local time of the business."),
    "topics": ("Topics and intents", "Customer messages per topic (keyword taxonomy)."),
    "sentiment": ("Sentiment", "Customer messages by sentiment (lexicon)."),
    "campaigns": (
        "Campaigns (click-to-Messenger ads)",
        "Conversations started from each ad and those that converted.",
    ),
    "customers": ("New vs returning customers", "Customers active per day."),
}

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#111827;
background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:0 0 2px}
.muted,.note{color:#6b7280;font-size:12px}
.kpis{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.kpi{border:1px solid #e5e7eb;border-radius:8px;padding:10px 14px;min-width:120px}
.kpi b{display:block;font-size:20px}
.grid-2{display:grid;grid-template-columns:repeat(auto-fit,minmax(780px,1fr));gap:16px}
section{border:1px solid #e5e7eb;border-radius:8px;padding:12px;overflow-x:auto}
svg text{font-size:11px;fill:#374151}svg .grid{stroke:#e5e7eb}
svg .legend{font-size:11px}svg .value{font-size:10px;fill:#6b7280}
"""

ERROR_CAPTURE = """
(function(){var root=document.documentElement;function add(m){
root.setAttribute('data-console-errors',(root.getAttribute('data-console-errors')||'')+m+'\\n');}
window.addEventListener('error',function(e){add(String(e.message));});
var original=console.error;console.error=function(){add(Array.prototype.join.call(arguments,' '));
original.apply(console,arguments);};})();
"""

DRAWN_CHECK = """
document.querySelectorAll('svg[data-chart]').forEach(function(svg){
svg.setAttribute('data-shapes',String(svg.querySelectorAll('rect,path,circle').length));});
"""


def render_html(con: duckdb.DuckDBPyConnection) -> str:
    """The dashboard page for the marts in ``con`` (a marketing file connection)."""
    charts = _charts(con)
    release = con.execute(
        "SELECT built_at, min_group_size, suppressed_cells, timezone, sla_minutes FROM release_info"
    ).fetchone()
    if release is None:
        raise DashboardError("the marketing file has no release_info: rebuild it (convmon run)")
    built_at, k, suppressed, timezone, sla = release
    totals = con.execute(
        "SELECT coalesce(sum(messages_in), 0), coalesce(sum(messages_out), 0), "
        "coalesce(sum(conversations_started), 0), coalesce(sum(conversions), 0), "
        "min(day), max(day) FROM daily_activity"
    ).fetchone()
    assert totals is not None
    kpis = [
        ("messages in", _fmt(float(totals[0]))),
        ("messages out", _fmt(float(totals[1]))),
        ("conversations started", _fmt(float(totals[2]))),
        ("conversions", _fmt(float(totals[3]))),
        ("k (min customers per row)", str(k)),
        ("suppressed cells", str(suppressed)),
    ]
    period = f"{totals[4]} to {totals[5]}" if totals[4] is not None else "no published day"
    sections = []
    for chart in CHARTS:
        title, note = TITLES[chart]
        sections.append(
            f'<section id="chart-{chart}"><h2>{_esc(title)}</h2>'
            f'<p class="note">{_esc(note)}</p>{charts[chart]}</section>'
        )
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<!DOCTYPE html>\n<html lang="en" data-console-errors=""><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>convmon: conversations dashboard</title>"
        f"<script>{ERROR_CAPTURE}</script><style>{STYLE}</style></head><body>"
        "<h1>Private conversations: marketing dashboard</h1>"
        f'<p class="muted">Period {_esc(period)} · time zone {_esc(timezone)} · SLA {sla} min · '
        f"marts built {_esc(str(built_at)[:16])} · page generated {generated}. Only aggregates "
        f"in which every row counts at least {k} distinct customers; smaller groups are merged "
        "into (other) rows or suppressed, so totals are lower bounds.</p>"
        '<div class="kpis">'
        + "".join(f'<div class="kpi"><b>{_esc(v)}</b>{_esc(n)}</div>' for n, v in kpis)
        + '</div><div class="grid-2">'
        + "".join(sections)
        + f"</div><script>{DRAWN_CHECK}</script></body></html>\n"
    )


def write_dashboard(marketing_path: Path, output: Path) -> Path:
    """Render the dashboard of the marketing file at ``marketing_path`` into ``output``."""
    if not marketing_path.exists():
        raise DashboardError(
            f"{marketing_path}: no marketing file yet; run `convmon run` (or `convmon marts "
            "--export`) first"
        )
    con = duckdb.connect(
        str(marketing_path), read_only=True, config={"enable_external_access": False}
    )
    try:
        page = render_html(con)
    finally:
        con.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, output)
    return output
