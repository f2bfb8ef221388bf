"""Source paths as they may be persisted or logged: people's names replaced by keyed digests.

Export file and folder names often carry a contact's name: ``WhatsApp Chat with <name>.txt``
(and its .zip, and the translated forms), Facebook/Instagram DYI thread folders
``<name>_<digits>``, a Telegram export folder renamed after the chat (the folder that holds
``result.json``). What is persisted or logged shows each such name as a short keyed digest.
The real path stays in memory and in the encrypted quarantine payload only.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from pathlib import Path

_NAME = r"(?P<name>[^/\\!:#\u2039\u203a]+?)"
_WHATSAPP_FILE = re.compile(
    r"(?P<keep>WhatsApp Chat with |WhatsApp Chat - |Chat (?:di )?WhatsApp con |"
    r"Chat de WhatsApp con |WhatsApp-Chat mit |Discussion WhatsApp avec |"
    r"Conversa do WhatsApp com )" + _NAME + r"(?=\.txt|\.zip|[/\\!:#]|$)",
    re.IGNORECASE,
)
_THREAD_FOLDER = re.compile(
    r"(?<=[/\\!])(?P<keep>)(?P<name>[^/\\!:#\u2039\u203a]*_\d{6,})(?=[/\\])"
)
_CHAT_FOLDER = re.compile(r"(?<=[/\\])(?P<keep>)" + _NAME + r"(?=[/\\]result\.json)")
_DEFAULT_CHAT_FOLDER = re.compile(
    r"^(?:(?:ChatExport|DataExport)_[\d\-_. ()]*|telegram|exports?|data)$", re.IGNORECASE
)
_display_key: bytes = secrets.token_bytes(32)


def set_display_key(key: bytes) -> None:
    """Key the digests of names in displayed paths (a run uses one derived from its key ring;
    until then a random per-process salt is used)."""
    global _display_key
    _display_key = key


def _digest(name: str) -> str:
    tag = hmac.new(_display_key, name.encode("utf-8", "surrogatepass"), hashlib.sha256)
    return "\u2039" + tag.hexdigest()[:6] + "\u203a"


def _replace(match: re.Match[str]) -> str:
    name = match["name"]
    if _DEFAULT_CHAT_FOLDER.match(name):
        return match[0]
    return match["keep"] + _digest(name)


def display_text(text: str) -> str:
    """``text`` with every name-bearing path component replaced by a keyed digest, e.g.
    ``whatsapp/WhatsApp Chat with \u2039a3f9c2\u203a.txt:12``."""
    for pattern in (_WHATSAPP_FILE, _THREAD_FOLDER, _CHAT_FOLDER):
        text = pattern.sub(_replace, text)
    return text


def display_path(path: Path | str) -> str:
    """The form of a source path that may be persisted or logged (see ``display_text``)."""
    where = str(path)
    if isinstance(path, Path) and (path / "result.json").is_file():
        return display_text(where + "/result.json").removesuffix("/result.json")
    return display_text(where)


def display_spec(spec: str) -> str:
    """A ``FORMAT:PATH`` source spec as it may be persisted or logged."""
    fmt, sep, path = spec.partition(":")
    return fmt + sep + display_path(Path(path)) if sep and path else display_text(spec)
