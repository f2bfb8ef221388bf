"""VAT numbers: the partita IVA glued to its label, and the VAT numbers of the other European
countries, Britain and Switzerland (a sole trader's number names a person as the partita IVA
does), each validated by its checksum with python-stdnum. The numbers are public test values
of the checksum algorithms or computed for these tests; none belongs to a person we know of."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.structured import find_structured
from tests.privacy.test_names_general import chat_message


def _vat(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_structured(text) if d.entity_type == "IT_VAT_CODE"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("piva02345670059 per la fattura", "02345670059"),
        ("P.IVA:IT02345670059", "02345670059"),
        ("our VAT number is DE136695976, invoice please", "DE136695976"),
        ("USt-IdNr. DE 136 695 976", "DE 136 695 976"),
        ("Austrian VAT ATU13585627", "ATU13585627"),
        ("n° TVA FR40303265045", "FR40303265045"),
        ("CIF ESA28015865 para la factura", "ESA28015865"),
        ("BTW NL004495445B01", "NL004495445B01"),
        ("BE0403019261 is our number", "BE0403019261"),
        ("VAT IE6388047V", "IE6388047V"),
        ("NIP PL5260250995", "PL5260250995"),
        ("UK VAT GB980780684", "GB980780684"),
        ("MWST CHE-116.281.710", "CHE-116.281.710"),
    ],
)
def test_vat_numbers_are_found(text: str, value: str) -> None:
    assert value in _vat(text) or any(value in found for found in _vat(text)), _vat(text)


@pytest.mark.parametrize(
    "text",
    [
        # a failed checksum, an order or tracking code with a country's letters
        "order DE136695977 shipped",
        "tracking SE123456789SE arrived",
        "codice articolo FR12345678901 in magazzino",
        "ref. NL12345678 e BE12345678",
    ],
)
def test_codes_with_country_letters_are_not_vat_numbers(text: str) -> None:
    assert _vat(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IBAN for the refund: GB29 HSBC 9291 3072 1206 10, thanks", "GB29 HSBC 9291 3072 1206 10"),
        ("VAT IT 02345670059 (Banca Intesa)", "02345670059"),
        ("mail: lloyds.fan@example.com", "lloyds.fan@example.com"),
    ],
)
def test_a_look_alike_inside_an_identifier_does_not_save_it(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    """A bank's code or a brand inside a validated identifier is part of it: the identifier
    is still redacted whole."""
    out = engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text
    assert value not in out, out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a valid partita IVA with no label before it, in a message about invoicing (session 9)
        ("la mia è 07318520017, regime forfettario, intestata a me", "07318520017"),
        ("per la fattura: 15504200963, codice destinatario 0000000", "15504200963"),
        ("invoice to our company 04629180177, SDI code on request", "04629180177"),
        ("ragione sociale Ottica Lumi, numero 12345670124", "12345670124"),
    ],
)
def test_a_valid_vat_number_in_an_invoicing_message(text: str, value: str) -> None:
    assert value in _vat(text), _vat(text)


@pytest.mark.parametrize(
    "text",
    [
        # no invoicing: an 11-digit code stays what it is
        "il tracking è 07318520017, arriva domani",
        # invoicing, but the checksum fails
        "fattura per l'ordine 12345670120",
    ],
)
def test_no_vat_number_without_invoicing_or_checksum(text: str) -> None:
    assert _vat(text) == [], _vat(text)
