"""The live Graph API client against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from pydantic import SecretStr

from pipeline.settings import Settings
from pipeline.sources import SourceFileError
from pipeline.sources.graph_api import GraphApiFolderSource
from pipeline.sources.graph_live import GraphApiLiveSource, strip_token
from tests.sources.conftest import read_all

PAGE = "104857600000001"
TOKEN = "EAAtesttoken0123456789"


@dataclass
class FakeGraph:
    """Serves recorded-style pages; ``script`` injects failures before a path's real answer."""

    base: str = ""
    pages: dict[str, Any] = field(default_factory=dict)
    script: dict[str, list[tuple[int, Any, float]]] = field(default_factory=dict)
    requests: list[tuple[str, str | None]] = field(default_factory=list)


def _person(psid: str, name: str) -> dict[str, str]:
    return {"name": name, "email": f"{psid}@facebook.com", "id": psid}


def build_pages(graph: FakeGraph) -> None:
    page = _person(PAGE, "Casa Verde")
    alice = _person("7203918273645501", "Ilaria Fontanesi")
    bob = _person("7203918273645502", "Tobia Marchetti")
    b = graph.base
    msgs = [
        {
            "id": f"m_{k}",
            "created_time": f"2026-01-15T10:{k:02d}:00+0000",
            "from": alice if k % 2 == 0 else page,
            "to": {"data": [page if k % 2 == 0 else alice]},
            "message": f"testo {k}",
        }
        for k in range(5)
    ][::-1]
    graph.pages[f"/v21.0/{PAGE}/conversations"] = {
        "data": [
            {
                "id": "t_1",
                "updated_time": "2026-01-15T10:04:00+0000",
                "participants": {"data": [alice, page]},
                "messages": {
                    "data": msgs[:2],
                    "paging": {"next": f"{b}/v21.0/t_1/messages?after=M1&access_token={TOKEN}"},
                },
            }
        ],
        "paging": {
            "cursors": {"after": "C1"},
            "next": f"{b}/v21.0/{PAGE}/conversations?after=C1&access_token={TOKEN}",
        },
    }
    graph.pages["/v21.0/t_1/messages?after=M1"] = {
        "data": msgs[2:4],
        "paging": {"next": f"{b}/v21.0/t_1/messages?after=M2&access_token={TOKEN}"},
    }
    graph.pages["/v21.0/t_1/messages?after=M2"] = {"data": msgs[4:]}
    graph.pages[f"/v21.0/{PAGE}/conversations?after=C1"] = {
        "data": [
            {
                "id": "t_2",
                "updated_time": "2026-01-14T09:00:00+0000",
                "participants": {"data": [bob, page]},
                "messages": {
                    "data": [
                        {
                            "id": "m_b",
                            "created_time": "2026-01-14T09:00:00+0000",
                            "from": bob,
                            "to": {"data": [page]},
                            "message": "ciao",
                        }
                    ]
                },
            }
        ],
        "paging": {"cursors": {"after": "C2"}},
    }


def _key(path: str) -> str:
    parts = urlsplit(path)
    query = "&".join(
        p
        for p in parts.query.split("&")
        if p and not p.startswith(("access_token=", "fields=", "limit=", "platform="))
    )
    return parts.path + (f"?{query}" if query else "")


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    state = FakeGraph()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def do_GET(self) -> None:
            key = _key(self.path)
            state.requests.append((self.path, self.headers.get("Authorization")))
            queue = state.script.get(key)
            if queue:
                status, body, delay = queue.pop(0)
            else:
                status, body, delay = (200, state.pages.get(key), 0.0)
                if body is None:
                    status, body = 404, {"error": {"code": 803, "type": "OAuthException"}}
            time.sleep(delay)
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-App-Usage", json.dumps({"call_count": 10}))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    build_pages(state)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def live(
    settings: Settings, graph: FakeGraph, path: str = PAGE, **kwargs: Any
) -> GraphApiLiveSource:
    configured = settings.model_copy(
        update={"graph_api_base_url": f"{graph.base}/v21.0", "graph_api_token": SecretStr(TOKEN)}
    )
    options: dict[str, Any] = {"min_interval": 0.0, "backoff": 0.01, "timeout": 0.5}
    options.update(kwargs)
    return GraphApiLiveSource(Path(path), configured, **options)


def _error(code: int) -> dict[str, Any]:
    return {"error": {"message": "x", "type": "OAuthException", "code": code, "fbtrace_id": "A"}}


def test_pages_both_levels_through_throttling_500_and_slow(
    settings: Settings, graph: FakeGraph, tmp_path: Path
) -> None:
    graph.script[f"/v21.0/{PAGE}/conversations"] = [(400, _error(4), 0.0), (400, _error(613), 0.0)]
    graph.script["/v21.0/t_1/messages?after=M1"] = [(500, {"error": {"code": 2}}, 0.0)]
    graph.script["/v21.0/t_1/messages?after=M2"] = [(200, {"data": []}, 1.0)]
    graph.script[f"/v21.0/{PAGE}/conversations?after=C1"] = [
        (503, "busy", 0.0),
        (400, _error(80006), 0.0),
    ]
    record = tmp_path / "recorded"
    source = live(settings, graph, record_dir=record)
    records, rejected = read_all(source)
    assert rejected == []
    assert [r.message.message_id for r in records] == ["m_0", "m_1", "m_2", "m_3", "m_4", "m_b"]
    assert source.calls == 4 + 6
    assert all(auth == f"Bearer {TOKEN}" for _, auth in graph.requests)
    recorded, _ = read_all(GraphApiFolderSource(record, settings))
    assert [r.message for r in recorded] == [r.message for r in records]
    for file in record.rglob("*.json"):
        assert TOKEN not in file.read_text()


def test_watermark_stops_paging_on_the_next_run(settings: Settings, graph: FakeGraph) -> None:
    first, _ = read_all(live(settings, graph))
    assert len(first) == 6
    calls_before = len(graph.requests)
    source = live(settings, graph)
    again, _ = read_all(source)
    assert [r.message.message_id for r in again] == ["m_4"]
    new_requests = [path for path, _ in graph.requests[calls_before:]]
    assert len(new_requests) == 2 and not any("/messages?" in path for path in new_requests)
    assert not list(settings.state_dir.rglob("*.tmp"))


def test_expired_token_fails_at_once(settings: Settings, graph: FakeGraph) -> None:
    graph.script[f"/v21.0/{PAGE}/conversations"] = [(401, _error(190), 0.0)] * 3
    source = live(settings, graph)
    with pytest.raises(SourceFileError, match="190") as info:
        list(source.read())
    assert source.calls == 1
    assert TOKEN not in str(info.value)


def test_endless_throttling_gives_up(settings: Settings, graph: FakeGraph) -> None:
    graph.script[f"/v21.0/{PAGE}/conversations"] = [(400, _error(17), 0.0)] * 10
    source = live(settings, graph, max_attempts=3)
    with pytest.raises(SourceFileError, match="after 3 attempts"):
        list(source.read())
    assert source.calls == 3


def test_calls_are_spaced(settings: Settings, graph: FakeGraph) -> None:
    started = time.monotonic()
    read_all(live(settings, graph, min_interval=0.1, use_watermark=False))
    assert time.monotonic() - started >= 0.1 * 3


def test_instagram_page_adds_platform_and_missing_token(
    settings: Settings, graph: FakeGraph
) -> None:
    graph.pages[f"/v21.0/{PAGE}/conversations"]["paging"].pop("next")
    records, _ = read_all(live(settings, graph, path=f"instagram/{PAGE}"))
    assert "platform=instagram" in graph.requests[0][0]
    assert records[0].message.platform.value == "instagram"
    with pytest.raises(SourceFileError, match="CONVMON_GRAPH_API_TOKEN"):
        list(GraphApiLiveSource(Path(PAGE), settings).read())
    with pytest.raises(SourceFileError, match="Page id"):
        GraphApiLiveSource(Path("not/a/page/id"), settings)


def test_strip_token() -> None:
    assert (
        strip_token("https://g/x?after=A&access_token=T&limit=2") == "https://g/x?after=A&limit=2"
    )
