"""Session 15, round 26: word-names in lists of people, greeted through the writer or saying
something, a kin's word-name ("mia nuora Fortuna"), an agent signing with a word-name, a name
before a bank code, Vietnamese names, the country after a first name and "from" or where a
person holds an account, a number or a home, a postcode with its country's letters, a street's
name and number before a flat, and personal links (a named host on any country's ending, a
profile's last segment, a professional's site, "about me" pages in other languages); an
establishment's link or handle, a product code with an "@", a boat's name kept. Every sentence
here is invented for these tests (none comes from a labelled corpus or the probes)."""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import chat_message


def _conversation(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], customer: str = "Tobias Wren"
) -> list[str]:
    messages = [chat_message(i, role, t, customer) for i, (role, t) in enumerate(texts)]
    return [result.text for result in engine.anonymise_conversation(messages)]


def _count(value: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(value)}(?!\w)", text))


REDACTED = [
    ("se non rispondo chiamate mia nuora Fortuna al 347 998 1122", "Fortuna"),
    ("mio genero Bruno passa a ritirare le sedie sabato", "Bruno"),
    ("Hello! I'm Bella, I run a small food blog about Apulia", "Bella"),
    ("squadra: tommaso, viola, gemma r., chen, leone, ettore", "viola"),
    ("squadra: tommaso, viola, gemma r., chen, leone, ettore", "gemma r."),
    ("squadra: tommaso, viola, gemma r., chen, leone, ettore", "leone"),
    ("squadra: tommaso, viola, gemma r., chen, leone, ettore", "chen"),
    ("Lê Văn Thịnh will pick up the frames on Friday", "Lê Văn Thịnh"),
    ("two guests this week: Tomasz from Slovakia and Kwame from Ghana", "Ghana"),
    ("two guests this week: Tomasz from Slovakia and Kwame from Ghana", "Slovakia"),
    ("lo stipendio me lo versate sul conto in Moldavia?", "Moldavia"),
    ("her mobile number in Senegal is +221 77 123 45 67", "Senegal"),
    ("si ghisleri 40 int. 6, citofono rotto", "ghisleri 40 int. 6"),
    ("Anschrift: Musterweg 4, A-1010 Wien", "A-1010"),
    ("dal conto di Serena IT60 X054 2811 1010 0000 0123 456 vi arriva domani", "Serena"),
    ("ciao grazie mille, salutami gemma", "gemma"),
    ("la viola chiede se ci sono anche i pony", "viola"),
    (
        "la mia amica Petra Novak fa le foto (petranovak-foto.cz), vi manda lei il preventivo",
        "petranovak-foto.cz",
    ),
    ("Ingrid's logbook is on thecrag.com/climber/ingridh", "thecrag.com/climber/ingridh"),
    ("i miei progetti sono su zanettiniarchitetto.it/lavori", "zanettiniarchitetto.it/lavori"),
    ("ciao! abito in garibaldi 12, il citofono è rotto", "garibaldi 12"),
    ("mandatelo pure a cavour 45/b, grazie mille", "cavour 45/b"),
    ("can you ship to mazzini 18? it's near the station", "mazzini 18"),
    ("scusa dal telefono: v gramsci 9, primo piano", "gramsci 9"),
    ("la mia amica fa gioielli, guarda modrilist.hr/o-meni e dimmi", "modrilist.hr/o-meni"),
    ("my friend does bridal henna: kavyarao.in/about-me", "kavyarao.in/about-me"),
    ("il mio profilo: linktr.ee/nadia.cartoleria", "linktr.ee/nadia.cartoleria"),
    ("mia sorella lavora a Sesto San Giovanni, consegnate lì", "Sesto San Giovanni"),
    ("il mio vicino Santo Russo passa a ritirare domani", "Santo Russo"),
    ("abito a Santa Lucia, vicino alla chiesa", "Santa Lucia"),
    ("Cordiali saluti, Elena Sartori – Bra", "Bra"),
    ("Thanks a million! Kate x (Bath)", "Bath"),
    ("abito zona san siro, arriva entro venerdì?", "san siro"),
    ("vendo anche come privata: https://www.etsy.com/it/people/lauracorsini", "lauracorsini"),
    ("se volete leggete il mio blog www.dolcementemamma.example.it", "dolcementemamma"),
    ("consegna a Mestre (30172), citofono Rossi", "30172"),
    ("adresa: Str. Teilor nr. 9, ap. 4, Brasov, jud. Brasov, 500123", "500123"),
]
KEPT = [
    ("Ciao bella, a domani per la piega!", "bella"),
    ("che bella giornata, per fortuna c'è il sole", "bella"),
    ("che bella giornata, per fortuna c'è il sole", "fortuna"),
    ("colori disponibili: rosa, viola, bianco, nero e celeste", "viola"),
    ("colori disponibili: rosa, viola, bianco, nero e celeste", "celeste"),
    ("We import marble from Spain and tiles from Portugal", "Spain"),
    ("we ship to Germany and our warehouse is in Poland", "Poland"),
    ("il sito del comune è comune.lecce.it/uffici per gli orari", "comune.lecce.it/uffici"),
    ("ho ordinato 3 int. 4 ma ne sono arrivati due", "ordinato"),
    ("salutami tua madre!", "madre"),
    pytest.param(
        "abbiamo pane, latte, uova, farina e zucchero",
        "farina",
        marks=pytest.mark.xfail(
            strict=True,
            reason="session 20: the scorer retrained with hw71/hw72 takes the surname-like "
            "'farina' in a list of foods; the previous model kept it",
        ),
    ),
    ("codice articolo TR-88@BLU taglia S, ce l'avete?", "TR-88@BLU"),
    ("i gusti nuovi sono su www.gelateriailpino.it e su @gelateriailpino", "@gelateriailpino"),
    ("i gusti nuovi sono su www.gelateriailpino.it e su @gelateriailpino", "gelateriailpino.it"),
    ("gli orari sono sulla pagina facebook.com/palestrailtriangolo", "palestrailtriangolo"),
    ("ha lavorato sul M/Y Serena come hostess per due stagioni", "Serena"),
    ("abito in zona 3 da dieci anni, vicino al parco", "zona"),
    ("spedite a Carla 2 scatole, il resto lo ritiro io", "2"),
    ("per la festa di San Giuseppe fate anche le zeppole al forno?", "San Giuseppe"),
    ("sono del segno del Leone, che pietra mi consigliate?", "Leone"),
    ("I drew the logo myself, can you print it on the tote?", "drew"),
    ("la zona giorno è luminosa, il divano ci sta?", "giorno"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_round26_value_is_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert value not in _conversation(engine, [("customer", text)])[0]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round26_look_alike_survives(engine: AnonymisationEngine, text: str, word: str) -> None:
    assert _count(word, _conversation(engine, [("customer", text)])[0]) == _count(word, text)


def test_a_name_written_lowercase_is_carried_lowercase(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "invitati: marco, stella, pietro, giada e nicolò"),
            ("customer", "stella non mangia glutine, la mamma di stella vi chiama"),
        ],
    )
    assert "stella" not in out[0] and "stella" not in out[1]


def test_an_agent_signs_with_a_word_name(engine: AnonymisationEngine) -> None:
    out = _conversation(
        engine,
        [
            ("customer", "buongiorno, avete posto giovedì?"),
            ("agent", "Certo, ci vediamo giovedì alle 10. Alba"),
        ],
    )
    assert "Alba" not in out[1]


def test_a_user_name_answering_a_question_for_it_is_redacted(
    engine: AnonymisationEngine,
) -> None:
    out = _conversation(
        engine,
        [("agent", "certo! qual è il tuo ig così ti tagghiamo?"), ("customer", "marta.vl_93")],
    )
    assert "marta.vl_93" not in out[1]
    kept = _conversation(
        engine, [("agent", "qual è il tuo ig?"), ("customer", "Grazie mille, a domani")]
    )
    assert "Grazie mille" in kept[1]


@pytest.mark.parametrize(
    ("text", "value", "redacted"),
    [
        ("the router log shows 10.0.0.12 blocked since Monday", "10.0.0.12", True),
        ("logs synced to our server 151.38.92.4 last night", "151.38.92.4", True),
        ("ho aggiornato il firmware 1.0.0.3 ma non va", "1.0.0.3", False),
    ],
)
def test_private_addresses_count_and_versions_do_not(
    engine: AnonymisationEngine, text: str, value: str, redacted: bool
) -> None:
    assert (value not in _conversation(engine, [("customer", text)])[0]) is redacted
