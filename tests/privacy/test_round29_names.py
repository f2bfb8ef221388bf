"""Session 18, round 29 (person names): a nickname after how people call the writer ("tutti mi
chiamano giuli", "mi chiamano tutti zia tetta", "my friends call me jojo"); "<Name> and I",
"io e <name>"; both names on a bell or a nameplate joined by "/" or "-", with their particle
("citofono De Rosa/Gallo", "on the bell: Ghersi - Ramella"); a lowercase word-name after a kin
word and "di" ("la moglie di rosa ha chiamato"); a word-name as the subject of what only a
person is ("Viola allergica", "Rosa è celiaca") or of a future or a past tense ("Marina suonerà",
"Rosa arrivò": the verb tables store the accented forms mangled); a name in Arabic that is also
a word of wishes after a kin word or a thanks ("grazie fratello كريم"); a southern diminutive cut
on its stress whose letters make a word ("grazie assuntì"); a conversation's name called out
after a laugh ("ahah marina!"). Kept: "call me back", "mi chiamano spesso", "mamma e io", the
wish "رمضان كريم", "perché", "caffè", "città", "lunedì", "la camicia di rosa antico", the
adjective "felice" in the other messages. Every sentence here is invented for these tests (none
comes from a labelled corpus or the probes)."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.verbs import subject_follows, third_person_forms
from tests.privacy.test_round26 import _conversation, _count

REDACTED = [
    # a nickname after how people call the writer
    ("ok ma tutti mi chiamano giuli, scrivete pure così", "giuli"),
    ("sono teresa ma mi chiamano tutti zia tetta punto", "tetta"),
    ("my friends call me jojo lol", "jojo"),
    ("everyone calls me Bex, no worries", "Bex"),
    # the writer and someone named beside them
    ("Tom and I stayed here last June", "Tom"),
    ("io e rosa veniamo sabato alle 10", "rosa"),
    ("me and Grace are coming on Friday", "Grace"),
    # both names on a bell or a nameplate
    ("citofono De Rosa/Gallo, secondo piano", "De Rosa"),
    ("on the bell is written Ferri - Quaglia since she lives with her aunt", "Quaglia"),
    ("sul campanello: Van Dijk / Moretti", "Van Dijk"),
    # a lowercase word-name after a kin word and "di"
    ("sono il figlio di felice, mio papà ha chiamato", "felice"),
    ("la moglie di rosa ha chiamato ieri", "rosa"),
    # what only a person is, or does in a future or a past tense
    ("Viola allergica alle noci, il fratello niente", "Viola"),
    ("Rosa è celiaca, niente glutine per lei", "Rosa"),
    ("Grazie! Martedì alle 15. Marina suonerà al citofono", "Marina"),
    # another script after a kin word or a thanks
    ("grazie fratello كريم", "كريم"),
    # a southern diminutive cut on its stress
    ("grazie assuntì 🙏", "assuntì"),
]

KEPT = [
    ("call me back later please", "back"),
    ("call me anytime", "anytime"),
    ("mi chiamano spesso dal lavoro", "spesso"),
    ("mamma e io veniamo sabato", "mamma"),
    ("intestato a me e mia moglie, grazie", "mia"),
    ("andiamo al mare Rosa e io", "Rosa"),
    ("il citofono è rotto - suonate forte", "rotto"),
    ("il figlio di primo letto vive con noi", "primo"),
    ("la camicia di rosa antico", "rosa"),
    ("la Viola allergica è una linea di creme?", "Viola"),
    ("رمضان كريم a tutti", "كريم"),
    ("grazie perché, così, caffè, città, lunedì", "caffè"),
    ("grazie perché, così, caffè, città, lunedì", "lunedì"),
    ("grazie papà", "papà"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round29_name_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert value not in _conversation(engine, [("customer", text)])[0]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round29_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert _count(word, _conversation(engine, [("customer", text)])[0]) == _count(word, text)


def test_futures_and_past_tenses_of_a_third_person() -> None:
    clear, _ = third_person_forms()
    assert {"suonerà", "arriverà", "arrivò", "partirà"} <= clear
    assert subject_follows("Rosa arrivò tardi", 4)
    assert not {"città", "perché", "caffè"} & clear


def test_a_cued_word_name_is_not_carried_as_the_word(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "ciao sono il nipote di felice, vi ha chiamato per la caldaia"),
            ("customer", "lui non è per niente felice adesso"),
        ],
    )
    assert "di felice" not in out[0]
    assert "per niente felice adesso" in out[1]


def test_a_name_of_the_conversation_called_out_after_a_laugh(
    engine: AnonymisationEngine,
) -> None:
    out = _conversation(
        engine,
        [
            ("agent", "Nel corso c'è già una sua collega, Marina Zanetto"),
            ("customer", "ahah marina! la vedo sempre alla marina di Ostia"),
        ],
    )
    assert "ahah marina" not in out[1]
    assert "alla marina di" in out[1]
