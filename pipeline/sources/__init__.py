"""Source registry: format name -> Source class, and ``FORMAT:PATH`` parsing."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from pipeline.settings import Settings
from pipeline.sources.base import Record, Rejected, Source, SourceFileError, SourceRef, SourceStats

# Imported lazily so that a format's dependencies load only when it is used.
_REGISTRY: dict[str, str] = {
    "jsonl": "pipeline.sources.jsonl:JsonlSource",
    "graph-api": "pipeline.sources.graph_api:GraphApiFolderSource",
    "graph-api-live": "pipeline.sources.graph_live:GraphApiLiveSource",
    "messenger-webhook": "pipeline.sources.messenger_webhook:MessengerWebhookSource",
    "facebook-export": "pipeline.sources.dyi_export:DyiExportSource",
    "instagram-export": "pipeline.sources.dyi_export:InstagramExportSource",
    "whatsapp": "pipeline.sources.whatsapp:WhatsAppExportSource",
    "whatsapp-webhook": "pipeline.sources.whatsapp_webhook:WhatsAppWebhookSource",
    "telegram": "pipeline.sources.telegram:TelegramExportSource",
}

__all__ = [
    "FORMATS",
    "Record",
    "Rejected",
    "Source",
    "SourceFileError",
    "SourceRef",
    "SourceStats",
    "open_source",
    "parse_spec",
    "source_class",
]

FORMATS: tuple[str, ...] = tuple(_REGISTRY)


class UnknownFormatError(ValueError):
    pass


def source_class(fmt: str) -> type[Source]:
    try:
        target = _REGISTRY[fmt]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownFormatError(f"unknown source format {fmt!r}; known formats: {known}") from None
    module_name, _, class_name = target.partition(":")
    cls: type[Source] = getattr(import_module(module_name), class_name)
    return cls


def parse_spec(spec: str) -> tuple[str, Path]:
    """``FORMAT:PATH`` -> (format, path)."""
    fmt, sep, path = spec.partition(":")
    if not sep or not fmt or not path:
        raise UnknownFormatError(f"source {spec!r} is not FORMAT:PATH (e.g. graph-api:exports/)")
    source_class(fmt)
    return fmt, Path(path)


def open_source(spec: str, settings: Settings) -> Source:
    fmt, path = parse_spec(spec)
    return source_class(fmt)(path, settings)
