"""``graph-api-live``: the Graph API ``/{page-id}/conversations`` endpoint, read live.

PATH is the Page id (``graph-api-live:104857600000001``), or ``instagram/<page id>`` for an
Instagram account (adds ``platform=instagram``). The base URL and the token come from
``CONVMON_GRAPH_API_BASE_URL`` and ``CONVMON_GRAPH_API_TOKEN`` (sent as a bearer header, never
logged; ``access_token`` is stripped from every URL that is saved). Conversations are paged
newest-updated first until ``updated_time`` falls below the Page's watermark (a state file under
``<data dir>/state/graph-api-live/``, advanced only after a complete read); the nested
``messages`` edge is paged too, so long threads are whole. Calls are spaced to about two per
second, throttling errors (codes 4, 17, 32, 613, 80006), 5xx and timeouts are retried with
exponential backoff, and an invalid or expired token (code 190) fails at once. With
``record_dir`` the responses are saved in the ``graph-api`` folder layout.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from pipeline.models import Platform
from pipeline.settings import Settings
from pipeline.sources._common import parse_offset_time, raw_bytes
from pipeline.sources.base import Record, Rejected, Source, SourceFileError, SourceRef
from pipeline.sources.graph_api import graph_message, next_page_key

log = logging.getLogger(__name__)

FIELDS = (
    "participants,updated_time,message_count,messages{id,message,from,to,created_time,attachments}"
)
THROTTLE_CODES = frozenset({4, 17, 32, 613, 80006})
TOKEN_CODES = frozenset({190})
USAGE_HEADERS = ("x-app-usage", "x-business-use-case-usage", "x-page-usage")


def strip_token(url: str) -> str:
    """The URL without its ``access_token`` query parameter (safe to save and hash)."""
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "access_token"
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _usage_percent(headers: httpx.Headers) -> float:
    """The highest usage percentage reported in the rate-limit headers (0 when absent)."""
    highest = 0.0
    for name in USAGE_HEADERS:
        value = headers.get(name)
        if not value:
            continue
        try:
            data = json.loads(value)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                for key, item in node.items():
                    if key in ("call_count", "total_time", "total_cputime") and isinstance(
                        item, int | float
                    ):
                        highest = max(highest, float(item))
                    else:
                        stack.append(item)
            elif isinstance(node, list):
                stack.extend(node)
    return highest


class GraphApiLiveSource(Source):
    """Live Graph API conversations of one Page (see the module docstring)."""

    format = "graph-api-live"
    replayable = False  # a second read would call the API again and move the watermark

    def __init__(
        self,
        path: Path,
        settings: Settings,
        *,
        min_interval: float = 0.5,
        backoff: float = 1.0,
        max_attempts: int = 6,
        timeout: float = 30.0,
        record_dir: Path | None = None,
        use_watermark: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(path, settings)
        parts = Path(path).parts
        if len(parts) == 2 and parts[0] in ("instagram", "messenger"):
            self.platform = Platform(parts[0])
            self.page_id = parts[1]
        elif len(parts) == 1 and parts[0].isdigit():
            self.platform = Platform.MESSENGER
            self.page_id = parts[0]
        else:
            raise SourceFileError(
                str(path),
                "give the Page id, e.g. graph-api-live:104857600000001 "
                "or graph-api-live:instagram/104857600000002",
            )
        self.where = f"graph-api-live:{self.page_id}"
        self.min_interval = min_interval
        self.backoff = backoff
        self.max_attempts = max_attempts
        self.timeout = timeout
        self.record_dir = record_dir
        self.use_watermark = use_watermark
        self.transport = transport
        self.calls = 0
        self._last_call = 0.0
        self._saved_pages = 0
        base = urlsplit(settings.graph_api_base_url)
        self._origin = (base.scheme, base.netloc)

    # --- state ------------------------------------------------------------------------------
    @property
    def state_file(self) -> Path:
        return self.settings.state_dir / "graph-api-live" / f"{self.page_id}.json"

    def watermark(self) -> datetime | None:
        """The ``updated_time`` up to which a previous complete read got everything."""
        if not self.use_watermark or not self.state_file.is_file():
            return None
        try:
            data = json.loads(self.state_file.read_text(encoding="utf-8"))
            return parse_offset_time(data["updated_time"])
        except (OSError, ValueError, KeyError, TypeError):
            raise SourceFileError(
                self.state_file, "damaged watermark state: delete it to re-read everything"
            ) from None

    def _save_watermark(self, value: datetime) -> None:
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"updated_time": value.isoformat()}), encoding="utf-8")
        os.replace(tmp, self.state_file)

    # --- HTTP -------------------------------------------------------------------------------
    def _token(self) -> str:
        token = self.settings.graph_api_token
        if token is None or not token.get_secret_value():
            raise SourceFileError(
                self.where, "no access token: set CONVMON_GRAPH_API_TOKEN to a Page access token"
            )
        return token.get_secret_value()

    def _wait_turn(self) -> None:
        delay = self._last_call + self.min_interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._last_call = time.monotonic()

    def _get(self, client: httpx.Client, url: str, params: dict[str, str] | None) -> Any:
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) != self._origin:
            raise SourceFileError(
                self.where, "paging.next points to another host than CONVMON_GRAPH_API_BASE_URL"
            )
        problem = ""
        for attempt in range(self.max_attempts):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_turn()
            self.calls += 1
            try:
                response = client.get(url, params=params)
            except httpx.TimeoutException:
                problem = "timed out"
                log.warning("Graph API call timed out (attempt %d)", attempt + 1)
                continue
            except httpx.TransportError as exc:
                problem = f"transport error {type(exc).__name__}"
                log.warning(
                    "Graph API transport error %s (attempt %d)", type(exc).__name__, attempt + 1
                )
                continue
            if _usage_percent(response.headers) >= 95:
                log.warning("Graph API usage above 95%%: slowing down")
                time.sleep(self.backoff)
            try:
                body = response.json()
            except ValueError:
                body = None
            error = body.get("error") if isinstance(body, dict) else None
            if isinstance(error, dict):
                code = error.get("code")
                if code in TOKEN_CODES:
                    raise SourceFileError(
                        self.where,
                        "the access token is invalid or expired (Graph API error 190): create a "
                        "new Page access token and set CONVMON_GRAPH_API_TOKEN",
                    )
                if code in THROTTLE_CODES:
                    problem = f"throttled (error {code})"
                    log.warning("Graph API throttling, error %s (attempt %d)", code, attempt + 1)
                    continue
                if response.status_code >= 500:
                    problem = f"HTTP {response.status_code} (error {code})"
                    log.warning("Graph API HTTP %d (attempt %d)", response.status_code, attempt + 1)
                    continue
                raise SourceFileError(
                    self.where,
                    f"Graph API error {code} ({error.get('type', 'unknown type')}); check the "
                    "Page id, the token's permissions and the API version in the base URL",
                )
            if response.status_code >= 500:
                problem = f"HTTP {response.status_code}"
                log.warning("Graph API HTTP %d (attempt %d)", response.status_code, attempt + 1)
                continue
            if response.status_code != 200 or not isinstance(body, dict):
                raise SourceFileError(
                    self.where, f"unexpected Graph API response (HTTP {response.status_code})"
                )
            return body
        raise SourceFileError(
            self.where,
            f"Graph API still failing after {self.max_attempts} attempts ({problem}); "
            "try again later",
        )

    # --- recording --------------------------------------------------------------------------
    def _record(self, body: dict[str, Any], *, next_url: str | None, top: bool) -> None:
        if self.record_dir is None:
            return
        folder = self.record_dir / self.page_id
        meta = folder / "meta.json"
        if not meta.exists():
            folder.mkdir(parents=True, exist_ok=True)
            meta.write_text(
                json.dumps({"page_id": self.page_id, "platform": self.platform.value}),
                encoding="utf-8",
            )
        if top:
            self._saved_pages += 1
            target = folder / f"page-{self._saved_pages:04d}.json"
        else:
            assert next_url is not None
            target = folder / "next" / f"{next_page_key(next_url)}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")

    @staticmethod
    def _clean_paging(node: Any, *, keep_next: bool) -> None:
        if not isinstance(node, dict) or not isinstance(node.get("paging"), dict):
            return
        paging = node["paging"]
        if isinstance(paging.get("next"), str) and keep_next:
            paging["next"] = strip_token(paging["next"])
        else:
            paging.pop("next", None)
        if isinstance(paging.get("previous"), str):
            paging["previous"] = strip_token(paging["previous"])

    # --- reading ----------------------------------------------------------------------------
    def read(self) -> Iterator[Record | Rejected]:
        token = self._token()
        watermark = self.watermark()
        newest: datetime | None = None
        headers = {"Authorization": f"Bearer {token}"}
        base = self.settings.graph_api_base_url.rstrip("/")
        params: dict[str, str] | None = {"fields": FIELDS, "limit": "25"}
        if self.platform is Platform.INSTAGRAM and params is not None:
            params["platform"] = "instagram"
        url: str | None = f"{base}/{self.page_id}/conversations"
        with httpx.Client(
            headers=headers, timeout=self.timeout, transport=self.transport, follow_redirects=False
        ) as client:
            page_number = 0
            while url is not None:
                body = self._get(client, url, params)
                params = None
                page_number += 1
                data = body.get("data")
                if not isinstance(data, list):
                    raise SourceFileError(self.where, 'response without "data": not conversations')
                stop = False
                conversations: list[tuple[int, Any, list[tuple[Any, str]]]] = []
                for i, conv in enumerate(data):
                    updated = _updated(conv)
                    if watermark is not None and updated is not None and updated < watermark:
                        stop = True
                        data = data[:i]
                        break
                    if updated is not None and (newest is None or updated > newest):
                        newest = updated
                    conversations.append((i, conv, self._messages(client, conv, watermark)))
                next_url = (
                    body.get("paging", {}).get("next")
                    if isinstance(body.get("paging"), dict)
                    else None
                )
                body["data"] = data
                self._clean_paging(body, keep_next=not stop and isinstance(next_url, str))
                self._record(body, next_url=None, top=True)
                for i, conv, messages in conversations:
                    yield from self._emit(conv, messages, page_number, i)
                url = next_url if isinstance(next_url, str) and not stop else None
        if newest is not None and self.use_watermark:
            self._save_watermark(newest)

    def _messages(
        self, client: httpx.Client, conv: Any, watermark: datetime | None
    ) -> list[tuple[Any, str]]:
        """The conversation's messages, newest first, following the nested paging."""
        if not isinstance(conv, dict):
            return []
        node = conv.get("messages")
        out: list[tuple[Any, str]] = []
        level = 0
        key: str | None = None
        while isinstance(node, dict) and isinstance(node.get("data", []), list):
            stop = False
            kept = []
            for j, msg in enumerate(node.get("data", [])):
                created = _created(msg)
                if watermark is not None and created is not None and created < watermark:
                    stop = True
                    break
                kept.append(msg)
                out.append((msg, f"messages[{level}].data[{j}]"))
            node["data"] = kept
            paging = node.get("paging")
            nxt = paging.get("next") if isinstance(paging, dict) else None
            follow = isinstance(nxt, str) and not stop
            self._clean_paging(node, keep_next=follow)
            if key is not None:
                self._record(node, next_url=key, top=False)
            if not isinstance(nxt, str) or not follow:
                break
            key = strip_token(nxt)
            node = self._get(client, nxt, None)
            level += 1
        return out

    def _emit(
        self, conv: Any, messages: list[tuple[Any, str]], page_number: int, i: int
    ) -> Iterator[Record | Rejected]:
        where = f"{self.where}/page-{page_number:04d}"
        if not isinstance(conv, dict):
            yield Rejected(
                "wrong_type",
                SourceRef(where, index=f"data[{i}]"),
                raw_bytes(conv),
                "conversation is not an object",
            )
            return
        for msg, pos in reversed(messages):
            ref = SourceRef(where, index=f"data[{i}].{pos}")
            if not isinstance(msg, dict):
                yield Rejected("wrong_type", ref, raw_bytes(msg), "message is not an object")
                continue
            yield graph_message(
                msg,
                conv.get("id"),
                ref,
                page_id=self.page_id,
                platform=self.platform,
                settings=self.settings,
                stats=self.stats,
            )


def _updated(conv: Any) -> datetime | None:
    try:
        return parse_offset_time(conv.get("updated_time")) if isinstance(conv, dict) else None
    except ValueError:
        return None


def _created(msg: Any) -> datetime | None:
    try:
        return parse_offset_time(msg.get("created_time")) if isinstance(msg, dict) else None
    except ValueError:
        return None
