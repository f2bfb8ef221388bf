"""Topic, sentiment and conversion labels from the bundled Italian/English taxonomy."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.enrich import Labels, Taxonomy, TaxonomyError, classify, load_taxonomy
from pipeline.settings import Settings


@pytest.mark.parametrize(
    ("text", "language", "topics"),
    [
        ("Quando arriva il pacco? Il corriere non è passato", "it", {"shipping", "order_status"}),
        ("Vorrei fare il reso e avere il rimborso", "it", {"returns_refunds"}),
        ("Avete la taglia M in blu? È disponibile?", "it", {"product_info"}),
        ("Quanto costa la giacca? Vorrei comprarla", "it", {"purchase_intent"}),
        ("C'è un codice sconto per il black friday?", "it", {"promotions_giveaways"}),
        ("Posso pagare con PayPal?", "it", {"payment"}),
        ("My parcel was never delivered", "en", {"shipping", "complaint"}),
        ("I want a refund, the item arrived broken", "en", {"returns_refunds", "complaint"}),
        ("Where is my order? Order number please", "en", {"order_status"}),
        ("Hi there", "en", set()),
        ("Ciao! Where is my order?", "und", {"order_status"}),
    ],
    ids=[
        "it-shipping-courier",
        "it-returns-refund",
        "it-product-size",
        "it-purchase-price",
        "it-promo-code",
        "it-payment-paypal",
        "en-shipping-complaint",
        "en-refund-broken",
        "en-order-status",
        "en-greeting-no-topic",
        "und-matches-every-language",
    ],
)
def test_topics(text: str, language: str, topics: set[str]) -> None:
    assert set(classify(text, language).topics) == topics


@pytest.mark.parametrize(
    ("text", "language", "sentiment"),
    [
        ("Grazie mille, servizio ottimo!", "it", "positive"),
        ("Pessimo servizio, sono deluso", "it", "negative"),
        ("Il prodotto non è bello", "it", "negative"),
        ("Nessun problema, grazie", "it", "positive"),
        ("Non lo so. Bellissimo!", "it", "positive"),
        ("Thanks, great job!", "en", "positive"),
        ("This is not good", "en", "negative"),
        ("No problem at all", "en", "positive"),
        ("The box was damaged and the staff was rude", "en", "negative"),
        ("Can I change the address?", "en", "neutral"),
        ("👍", "und", "positive"),
        ("😡😡", "und", "negative"),
        ("Ho ricevuto la giacca ma non mi piace il colore", "it", "negative"),
    ],
    ids=[
        "it-positive",
        "it-negative",
        "it-negation-non-flips-positive",
        "it-negation-nessun-flips-negative",
        "it-negation-stops-at-sentence-end",
        "en-positive",
        "en-negation-not",
        "en-negation-no-problem",
        "en-negative",
        "en-neutral-question",
        "emoji-positive",
        "emoji-negative",
        "it-non-mi-piace",
    ],
)
def test_sentiment(text: str, language: str, sentiment: str) -> None:
    assert classify(text, language).sentiment == sentiment


@pytest.mark.parametrize(
    ("text", "language", "conversion"),
    [
        ("Ordine confermato, grazie!", "it", True),
        ("Ho appena ordinato le scarpe", "it", True),
        ("Thanks for your order! Payment received", "en", True),
        ("I want to order", "en", False),
        ("Vorrei ordinare", "it", False),
        ("Ho ordinato la giacca ma non è ancora arrivata", "it", False),
    ],
    ids=[
        "it-order-confirmed",
        "it-just-ordered",
        "en-payment-received",
        "en-intent-only",
        "it-intent-only",
        "it-past-order-complaint-is-not-a-conversion",
    ],
)
def test_conversion_signal(text: str, language: str, conversion: bool) -> None:
    assert classify(text, language).conversion is conversion


def test_typographic_apostrophe_matches() -> None:
    assert "order_status" in classify("Dov\u2019è il mio pacco?", "it").topics


def test_labels_are_frozen_and_sorted() -> None:
    labels = classify("Refund for my broken parcel", "en")
    assert isinstance(labels, Labels)
    assert list(labels.topics) == sorted(labels.topics)
    with pytest.raises(AttributeError):
        labels.sentiment = "positive"  # type: ignore[misc]


def test_custom_taxonomy_from_settings(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.toml"
    path.write_text(
        '[topics.bikes]\nit = ["bici*"]\nen = ["bike*"]\n'
        '[sentiment.en]\npositive = ["rad"]\nnegative = []\nnegators = []\n',
        encoding="utf-8",
    )
    settings = Settings(_env_file=None, taxonomy_file=path)  # type: ignore[call-arg]
    taxonomy = load_taxonomy(settings.taxonomy_file)
    assert classify("Rad bikes!", "en", taxonomy) == Labels(("bikes",), "positive", False)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not toml = = =", "not valid TOML"),
        ("[conversion]\nit = []\n", "topics"),
        ('[topics.x]\nit = "spedizione"\n', "list of strings"),
    ],
    ids=["broken-toml", "no-topics", "keywords-not-a-list"],
)
def test_bad_taxonomy_says_how_to_fix(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=message):
        Taxonomy.from_file(path)


def test_missing_taxonomy_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="CONVMON_TAXONOMY_FILE"):
        Taxonomy.from_file(tmp_path / "nope.toml")
