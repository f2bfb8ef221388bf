"""The validation gate: a Great Expectations 1.x suite over one day of anonymised staging data.

A day that fails is not loaded. The suite checks the columns and their types, non-null keys,
the pseudonym format, that every timestamp lies inside the day, that the row count reconciles
with what the extract staged, and that no residual personal data (e-mail, phone, IBAN,
Luhn-valid card, codice fiscale, profile URL, @handle) is left in any free-text column
(``text_anon`` one expectation per kind; ``referral_ref`` one for all kinds).

Results keep counts only: GX is asked for no unexpected values (``partial_unexpected_count``
0) and everything else it returns is dropped before a result leaves this module.

Checks that a regex cannot express (IBAN mod 97, Luhn, the codice fiscale check letter, "every
required column is set", "string columns hold strings") are computed as boolean columns on a
private copy of the frame, and GX checks those. GX's cost grows with the number of
expectations (about 0.1 s each), so related checks share one where the name stays telling.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from pipeline.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

PSEUDONYM_REGEX = r"^[0-9a-f]{32}$"
PSEUDONYM_COLUMNS = ("message_key", "conversation_key", "sender_key", "customer_key")
NULLABLE_PSEUDONYM_COLUMNS = ("recipient_key",)
STRING_COLUMNS = (
    "platform",
    "page_id",
    "sender_role",
    "language",
    "text_anon",
    "entity_counts",
    "sentiment",
    "source_format",
    "run_id",
)
NULLABLE_STRING_COLUMNS = ("referral_ad_id", "referral_ref")
INTEGER_COLUMNS = ("n_chars", "attachment_count")
LIST_COLUMNS = ("attachment_types", "topics")
FREE_TEXT_COLUMNS = ("text_anon", "referral_ref")
REQUIRED_COLUMNS = (
    *PSEUDONYM_COLUMNS,
    *STRING_COLUMNS,
    *INTEGER_COLUMNS,
    *LIST_COLUMNS,
    "day",
    "created_time",
)
_REQUIRED_PRESENT = "_required_present"
_STRINGS_OK = "_strings_ok"
ALLOWED_VALUES: dict[str, tuple[str, ...]] = {
    "platform": ("messenger", "instagram", "whatsapp", "telegram"),
    "sender_role": ("customer", "agent"),
    "language": ("it", "en", "und"),
    "sentiment": ("negative", "neutral", "positive"),
}
INTEGER_TYPES = ["int8", "int16", "int32", "int64", "Int8", "Int16", "Int32", "Int64"]

RESIDUAL_REGEX: dict[str, str] = {
    "email": r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
    "phone": (
        r"(?:(?<![\w+])(?:\+|00)[1-9][0-9][0-9 .\-]{6,14}[0-9](?![0-9]))"
        r"|(?:(?<![\w+])3[0-9]{2}[ .\-]?[0-9]{3}[ .\-]?[0-9]{3,4}(?![0-9]))"
    ),
    "profile_url": (
        r"(?i)(?:https?://)?(?:www\.|m\.|web\.)?"
        r"(?:facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|t\.me|telegram\.me"
        r"|wa\.me|m\.me)/[A-Za-z0-9_.\-]+"
    ),
    "handle": r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])?(?![\w@])",
}
_IBAN_CANDIDATE = re.compile(r"\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){11,30}\b")
_CARD_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])[2-6](?:[ \-]?[0-9]){12,18}(?![0-9A-Za-z])")
_FISCAL_CODE_CANDIDATE = re.compile(
    r"(?i)\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}"
    r"[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b"
)


class ValidationFailedError(Exception):
    """A day's staging data failed the suite; the message names the failed expectations."""

    def __init__(self, message: str | Sequence[str], *, day: date | None = None) -> None:
        failed = [message] if isinstance(message, str) else list(message)
        self.failed = failed
        self.day = day
        where = f" for {day.isoformat()}" if day else ""
        text = (
            failed[0]
            if isinstance(message, str)
            else (
                f"validation failed{where}: {', '.join(failed)}; the partition was not loaded "
                "(see the run's audit report)"
            )
        )
        super().__init__(text)


@dataclass(frozen=True)
class ExpectationOutcome:
    name: str
    success: bool
    unexpected_count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "success": self.success,
            "unexpected_count": self.unexpected_count,
        }


@dataclass(frozen=True)
class ValidationResult:
    success: bool
    expectations: list[ExpectationOutcome] = field(default_factory=list)

    def failed_names(self) -> list[str]:
        return [e.name for e in self.expectations if not e.success]

    def to_dict(self) -> dict[str, Any]:
        return {
            "success": self.success,
            "expectations": [e.to_dict() for e in self.expectations],
        }


# --- checksum scanners ------------------------------------------------------------------------


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def has_card(text: str) -> bool:
    """A 13-19 digit run with a card prefix (2-6), not glued to letters, that passes Luhn."""
    for match in _CARD_CANDIDATE.finditer(text):
        digits = re.sub(r"[ \-]", "", match.group())
        if 13 <= len(digits) <= 19 and len(set(digits)) > 1 and _luhn_ok(digits):
            return True
    return False


def has_iban(text: str) -> bool:
    from stdnum import iban

    return any(iban.is_valid(m.group()) for m in _IBAN_CANDIDATE.finditer(text))


def has_fiscal_code(text: str) -> bool:
    from stdnum.it import codicefiscale

    return any(
        codicefiscale.is_valid(m.group().upper()) for m in _FISCAL_CODE_CANDIDATE.finditer(text)
    )


CHECKSUM_SCANNERS: dict[str, Callable[[str], bool]] = {
    "iban": has_iban,
    "card": has_card,
    "fiscal_code": has_fiscal_code,
}
_COMPILED = {kind: re.compile(regex) for kind, regex in RESIDUAL_REGEX.items()}


def has_residual(text: str) -> bool:
    """Any kind of residual personal data in ``text`` (the scan of secondary text columns)."""
    return any(p.search(text) for p in _COMPILED.values()) or any(
        scanner(text) for scanner in CHECKSUM_SCANNERS.values()
    )


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and value != value


def _all_rows(
    frame: pd.DataFrame, columns: Iterable[str], ok: Callable[[object], bool]
) -> list[bool]:
    present = [c for c in columns if c in frame]
    return (
        [all(ok(v) for v in values) for values in zip(*(frame[c] for c in present), strict=True)]
        if present
        else [True] * len(frame)
    )


# --- the suite ---------------------------------------------------------------------------------


def message_columns() -> tuple[str, ...]:
    from pipeline.warehouse import MESSAGE_COLUMNS

    return MESSAGE_COLUMNS


def _residual_column(kind: str, column: str) -> str:
    return f"_residual_{kind}__{column}"


DERIVED_COLUMNS = (
    *(_residual_column(kind, "text_anon") for kind in CHECKSUM_SCANNERS),
    *(_residual_column("any", column) for column in FREE_TEXT_COLUMNS[1:]),
    _REQUIRED_PRESENT,
    _STRINGS_OK,
)


def _prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """A private copy with uniform types and the checksum scan columns."""
    import pandas as pd

    prepared = frame.copy()
    if "created_time" in prepared:
        prepared["created_time"] = pd.to_datetime(prepared["created_time"], utc=True)
    if "day" in prepared:
        prepared["day"] = [
            v.date().isoformat()
            if isinstance(v, datetime)
            else v.isoformat()
            if isinstance(v, date)
            else None
            if v is None or v is pd.NaT
            else str(v)
            for v in prepared["day"]
        ]
    for column in LIST_COLUMNS:
        if column in prepared:
            prepared[column] = [
                list(v)
                if v is not None and not isinstance(v, str) and hasattr(v, "__iter__")
                else v
                for v in prepared[column]
            ]
    texts = {
        column: list(prepared[column]) if column in prepared else [None] * len(prepared)
        for column in FREE_TEXT_COLUMNS
    }
    for kind, scanner in CHECKSUM_SCANNERS.items():
        prepared[_residual_column(kind, "text_anon")] = [
            isinstance(v, str) and scanner(v) for v in texts["text_anon"]
        ]
    for column in FREE_TEXT_COLUMNS[1:]:
        prepared[_residual_column("any", column)] = [
            isinstance(v, str) and has_residual(v) for v in texts[column]
        ]
    prepared[_REQUIRED_PRESENT] = _all_rows(
        prepared, REQUIRED_COLUMNS, lambda v: v is not None and not _is_nan(v)
    )
    prepared[_STRINGS_OK] = _all_rows(
        prepared,
        (*STRING_COLUMNS, *NULLABLE_STRING_COLUMNS),
        lambda v: v is None or _is_nan(v) or isinstance(v, str),
    )
    return prepared


def _expectations(
    day: date, expected_rows: int, *, empty: bool, end: date | None = None
) -> list[tuple[str, Any]]:
    """The suite as (name, expectation) pairs: few expectations, since GX pays per expectation."""
    import great_expectations.expectations as gx_expectations

    gxe: Any = gx_expectations
    columns = [*message_columns(), *DERIVED_COLUMNS]
    start = datetime.combine(day, time(0), tzinfo=UTC)
    last = day if end is None else end - timedelta(days=1)
    items: list[tuple[str, Any]] = [
        ("columns_match", gxe.ExpectTableColumnsToMatchSet(column_set=columns, exact_match=True)),
        ("row_count_reconciles", gxe.ExpectTableRowCountToEqual(value=expected_rows)),
        (
            "created_time_in_interval",
            gxe.ExpectColumnValuesToBeBetween(
                column="created_time",
                min_value=start,
                max_value=datetime.combine(last, time(0), tzinfo=UTC) + timedelta(days=1),
                strict_max=True,
            ),
        ),
        (
            "day_is_partition",
            gxe.ExpectColumnValuesToBeInSet(
                column="day",
                value_set=[
                    (day + timedelta(days=i)).isoformat() for i in range((last - day).days + 1)
                ],
            ),
        ),
        (
            "required_columns_not_null",
            gxe.ExpectColumnValuesToBeInSet(column=_REQUIRED_PRESENT, value_set=[True]),
        ),
        (
            "string_columns_are_strings",
            gxe.ExpectColumnValuesToBeInSet(column=_STRINGS_OK, value_set=[True]),
        ),
    ]
    for column in PSEUDONYM_COLUMNS:
        items.append((f"not_null:{column}", gxe.ExpectColumnValuesToNotBeNull(column=column)))
    for column in (*PSEUDONYM_COLUMNS, *NULLABLE_PSEUDONYM_COLUMNS):
        items.append(
            (
                f"pseudonym_format:{column}",
                gxe.ExpectColumnValuesToMatchRegex(column=column, regex=PSEUDONYM_REGEX),
            )
        )
    for column in INTEGER_COLUMNS:
        items.append(
            (
                f"type_int:{column}",
                gxe.ExpectColumnValuesToBeInTypeList(column=column, type_list=INTEGER_TYPES),
            )
        )
    for column in () if empty else LIST_COLUMNS:
        items.append(
            (f"type_list:{column}", gxe.ExpectColumnValuesToBeOfType(column=column, type_="list"))
        )
    for column, allowed in ALLOWED_VALUES.items():
        items.append(
            (
                f"allowed_values:{column}",
                gxe.ExpectColumnValuesToBeInSet(column=column, value_set=list(allowed)),
            )
        )
    items.append(("unique:message_key", gxe.ExpectColumnValuesToBeUnique(column="message_key")))
    for kind, regex in RESIDUAL_REGEX.items():
        items.append(
            (
                f"no_residual_{kind}:text_anon",
                gxe.ExpectColumnValuesToNotMatchRegex(column="text_anon", regex=regex),
            )
        )
    for kind in CHECKSUM_SCANNERS:
        items.append(
            (
                f"no_residual_{kind}:text_anon",
                gxe.ExpectColumnValuesToBeInSet(
                    column=_residual_column(kind, "text_anon"), value_set=[False]
                ),
            )
        )
    for column in FREE_TEXT_COLUMNS[1:]:
        items.append(
            (
                f"no_residual_pii:{column}",
                gxe.ExpectColumnValuesToBeInSet(
                    column=_residual_column("any", column), value_set=[False]
                ),
            )
        )
    return items


def _quiet_gx() -> None:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    for name in ("great_expectations", "great_expectations.core", "tqdm"):
        logging.getLogger(name).setLevel(logging.ERROR)


@functools.cache
def _context() -> Any:
    _quiet_gx()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = context.data_sources.add_pandas("staging").add_dataframe_asset("messages")
    asset.add_batch_definition_whole_dataframe("partition")
    return context


_names = itertools.count(1)


def _count(result: Any) -> int | None:
    if not isinstance(result, dict):
        return None
    value = result.get("unexpected_count")
    return int(value) if isinstance(value, int | float) else None


def validate_staging(
    frame: pd.DataFrame, *, day: date, expected_rows: int, end: date | None = None
) -> ValidationResult:
    """Run the suite over one day's staging frame (columns of ``messages``). Never raises.

    With ``end``, the frame holds the days [day, end) of one data interval, checked in one pass
    (GX's cost is per validation, not per row).
    """
    import great_expectations as gx

    try:
        prepared = _prepare(frame)
        context = _context()
        batch = (
            context.data_sources.get("staging")
            .get_asset("messages")
            .get_batch_definition("partition")
        )
        number = next(_names)
        suite = gx.ExpectationSuite(name=f"staging-{day.isoformat()}-{number}")
        named = _expectations(day, expected_rows, empty=prepared.empty, end=end)
        for index, (_, expectation) in enumerate(named):
            expectation.meta = {"index": index}
            suite.add_expectation(expectation)
        suite = context.suites.add(suite)
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(
                name=f"staging-{day.isoformat()}-{number}", data=batch, suite=suite
            )
        )
        try:
            raw = definition.run(
                batch_parameters={"dataframe": prepared},
                result_format={"result_format": "SUMMARY", "partial_unexpected_count": 0},
            )
        finally:
            context.validation_definitions.delete(definition.name)
            context.suites.delete(suite.name)
    except Exception as exc:  # the gate must answer, not crash: it fails closed
        log.error("validation of %s could not run: %s", day, type(exc).__name__)
        return ValidationResult(False, [ExpectationOutcome("suite_ran", False, None)])
    outcomes: dict[int, ExpectationOutcome] = {}
    for item in raw.results:
        config = item.expectation_config
        index = int(((config.meta if config is not None else None) or {}).get("index", -1))
        if 0 <= index < len(named):
            outcomes[index] = ExpectationOutcome(
                named[index][0], bool(item.success), _count(item.result)
            )
    expectations = [
        outcomes.get(i, ExpectationOutcome(name, False, None)) for i, (name, _) in enumerate(named)
    ]
    return ValidationResult(all(e.success for e in expectations), expectations)


def validate_day(settings: Settings, day: date) -> ValidationResult:
    """Re-validate what the warehouse holds for ``day`` (``convmon validate --date D``)."""
    from pipeline.warehouse import connect

    con = connect(settings.warehouse, read_only=True)
    try:
        columns = ", ".join(message_columns())
        frame = con.execute(
            f"SELECT {columns} FROM messages WHERE day = ? ORDER BY message_key",  # noqa: S608
            [day],
        ).df()
        row = con.execute("SELECT sum(rows_loaded) FROM partitions WHERE day = ?", [day]).fetchone()
    finally:
        con.close()
    expected = int(row[0]) if row is not None and row[0] is not None else len(frame)
    return validate_staging(frame, day=day, expected_rows=expected)


def failing(results: Iterable[ValidationResult]) -> list[str]:
    """Every failed expectation name of several results."""
    return [name for result in results for name in result.failed_names()]
