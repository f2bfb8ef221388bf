"""The dashboard page: self-contained, every chart drawn, no console error in Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.dashboard import CHARTS, write_dashboard


@pytest.fixture(scope="module")
def page(marketing_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_dashboard(marketing_file, tmp_path_factory.mktemp("dash") / "dashboard.html")


def test_page_is_self_contained(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "http://" not in text.replace("http://www.w3.org", "")
    assert "https://" not in text
    assert "@import" not in text and "url(" not in text


@pytest.mark.parametrize("chart", CHARTS, ids=list(CHARTS))
def test_every_chart_has_shapes(page: Path, chart: str) -> None:
    text = page.read_text(encoding="utf-8")
    match = re.search(rf'<svg data-chart="{chart}".*?</svg>', text, re.S)
    assert match is not None
    assert "data-empty" not in match.group(0)
    assert re.search(r"<(rect|path|circle)\b", match.group(0))


@pytest.mark.browser
def test_dashboard_renders_in_chromium(page: Path) -> None:
    from tests.browser_util import render

    result = render(page, window=(1400, 2600))
    assert result.console_errors == []
    drawn = dict(re.findall(r'data-chart="([^"]+)"[^>]*data-shapes="(\d+)"', result.dom))
    assert set(drawn) == set(CHARTS)
    for chart, shapes in drawn.items():
        assert int(shapes) > 0, chart
    assert result.screenshot_png.stat().st_size > 10_000
