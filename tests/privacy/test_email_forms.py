"""E-mail addresses in the forms customers type them: "(a)" for the at sign, one word with AT
and DOT, letters spaced one by one, and a mailbox named with its provider but no domain written
out ("jane.doe at outlook", "mario.rossi82 su gmail", "gmail: kev_88"). Every value is invented."""

from __future__ import annotations

import pytest

from privacy.recognizers.structured import find_structured


def _emails(text: str) -> list[str]:
    return [
        text[d.start : d.end] for d in find_structured(text) if d.entity_type == "EMAIL_ADDRESS"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mail: ottone.piva (a) gmail.com", "ottone.piva (a) gmail.com"),
        ("write to fennelATyahooDOTcom please", "fennelATyahooDOTcom"),
        ("mail  q u i n c e @ g m x . d e  grazie", "q u i n c e @ g m x . d e"),
        # (round 37: the provider written after "at" is part of the address)
        ("my email is ada.quill at outlook", "ada.quill at outlook"),
        ("email is hquist1987 at yahoo", "hquist1987 at yahoo"),
        ("la mia mail è ettore.zamp82 su gmail", "ettore.zamp82"),
        ("gmail: bruna_vel", "bruna_vel"),
        ("mail: lidia.orsatti (libero)", "lidia.orsatti"),
        ("la mail è gualtiero.r, dominio hotmail", "gualtiero.r"),
    ],
)
def test_email_forms_are_found(text: str, value: str) -> None:
    assert value in _emails(text), _emails(text)


@pytest.mark.parametrize(
    "text",
    [
        # a provider named beside a code or a file, no mailbox: nothing to take
        "ordine ORD-3391, ho pagato con l'account gmail",
        "I live in Leeds, my gmail is broken",
        "ho scaricato fattura.pdf da outlook",
        "the (a) option and the (b) option",
    ],
)
def test_no_mailbox_no_email(text: str) -> None:
    assert _emails(text) == []
