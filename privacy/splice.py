"""Direct replacement of non-overlapping entities, equal to Presidio's AnonymizerEngine.

``AnonymizerEngine.anonymize`` copies the results, resolves conflicts, looks each operator up
in its factory, validates its parameters and rebuilds the text once per entity. When the
entities are already in reading order, disjoint and inside the text, and every entity type has
a ``replace`` or ``convmon_surrogate`` operator, none of that changes anything: ``splice``
calls the same operators, right to left as Presidio does, and joins the pieces once. In any
other case it returns None and the caller asks Presidio.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from privacy.presidio import SURROGATE_OPERATOR


def splice(
    text: str, results: Sequence[RecognizerResult], operators: Mapping[str, OperatorConfig]
) -> str | None:
    """``text`` with each result replaced as Presidio's anonymizer would (merging of entities
    separated by spaces off), or None when the results or operators need Presidio."""
    previous_end = 0
    for result in results:
        if not previous_end <= result.start < result.end or not result.entity_type:
            return None
        previous_end = result.end
        config = operators.get(result.entity_type)
        if config is None:
            return None
        if config.operator_name == SURROGATE_OPERATOR:
            if not callable(config.params.get("surrogate")):
                return None
        elif config.operator_name != "replace" or not isinstance(
            config.params.get("new_value"), str
        ):
            return None
    if previous_end > len(text):
        return None
    pieces: list[str] = []
    cursor = len(text)
    for result in reversed(results):
        config = operators[result.entity_type]
        if config.operator_name == SURROGATE_OPERATOR:
            replacement = config.params["surrogate"](
                result.entity_type, text[result.start : result.end]
            )
            if not isinstance(replacement, str):
                raise TypeError("the surrogate function must return a str")
        else:
            replacement = config.params["new_value"] or f"<{result.entity_type}>"
        pieces.append(text[result.end : cursor])
        pieces.append(replacement)
        cursor = result.start
    pieces.append(text[:cursor])
    return "".join(reversed(pieces))
