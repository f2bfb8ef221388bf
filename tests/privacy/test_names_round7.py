"""Person names, seventh round: a name signing a one-line message before a dash and the
business or before a comma and a department, an agent signing with a name no list knows after
an emoji, a double surname joined by a hyphen, the second partner of a firm after "&", a
surname with its particle written as one word, someone who comes or is sent ("verrà X"), a
name no list knows before someone's contact ("X's insta"), a nickname beside a relative ("con
X e mia cugina"); and what is no person: a weekday's abbreviation before the day, the letters
of a model code, a holiday after a preposition of time, a monarch's regnal number, an
interjection after a title, offices and the labels of a bank transfer, an inflected word in
capitals after a cue, a pet of a breed, the trade in a display name.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.detect import brand_variants, pet_names
from privacy.recognizers.names import load_lexicon
from tests.privacy.test_names_general import chat_message, person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    (
        "dash-business-one-line",
        "Il rimborso parte domani, ci scusiamo per l'attesa. Nives – Lavanderia Aurora",
        "Nives",
    ),
    (
        "dash-business-one-line-word-name",
        "Your table is booked for two at eight, see you then. Hope – Trattoria Belsole",
        "Hope",
    ),
    (
        "comma-department",
        "Le ho mandato il preventivo aggiornato... Ottorina, ufficio commerciale",
        "Ottorina",
    ),
    ("comma-department-en", "Proofs attached, have a look. Wenonah, sales team", "Wenonah"),
    ("hyphen-double-surname", "sul citofono c'è Brambilla-Sgarbossa, secondo piano", "Sgarbossa"),
    ("hyphen-double-surname-before", "ho parlato con Quatermain-Esposito ieri", "Quatermain"),
    ("ampersand-partner", "la fattura intestata a Fumagalli & Cavalli, grazie", "Cavalli"),
    ("ampersand-partner-en", "Invoice to Hartigan & Pond, please", "Pond"),
    ("verra", "Da lunedì verrà Felicity al posto mio.", "Felicity"),
    ("manderemo", "Per il sopralluogo le manderemo Gemma, la nostra tecnica.", "Gemma"),
    ("possessive-contact", "or try Dazzo's insta, he posts every day", "Dazzo"),
    ("possessive-number", "that's Tindrah's number, call her after six", "Tindrah"),
    ("with-kin", "vengo con fedy e mia sorella verso le nove", "fedy"),
    ("with-kin-en", "I'm coming with bibi and my cousin on Friday", "bibi"),
    ("caps-cue-surname", "MI CHIAMO ORSOLA QUARTIGLIO", "QUARTIGLIO"),
    ("caps-word-name", "IL MIO COGNOME È FORTUNATO", "FORTUNATO"),
    ("holiday-first-name-with-surname", "ordine per Natale Brambilla, ritiro sabato", "Brambilla"),
    ("title-particle-noun-surname", "il dottor la torre mi ha visitato ieri", "la torre"),
    ("title-particle-surname-lowercase", "l'avvocato la manna ha chiamato", "la manna"),
    ("regnal-looking-full-name", "la fattura a Mario Bellandi III, grazie", "Bellandi"),
    ("name-after-numbered-day", "booked for Freda on the 28th", "Freda"),
    ("relative-named-place", "Sahara is my daughter's name, in pink please", "Sahara"),
    ("relative-named-after", "my nephew's name is Dakota, he turns 5", "Dakota"),
    ("relative-named-it", "Italia è il nome di mia nipote, scrivetelo in oro", "Italia"),
    ("callback-signoff-lemma", "Richiamami, Lombardi", "Lombardi"),
    ("callback-signoff-en", "Call me back, Danvers", "Danvers"),
]

# (case, text, a word that must not be (part of) a PERSON)
KEPT = [
    ("weekday-short-en", "Done, booked for Thu 14, one person from 9:00.", "Thu"),
    ("weekday-short-it", "confermato per ven 21 alle 18", "ven"),
    ("model-code", "la stampante (la Kyocera TK-M5521) non va", "TK-M"),
    ("holiday-per", "the usual hamper per Natale: panettone and salami", "Natale"),
    ("holiday-dialect", "n'autru ordini a Natali, si Diu voli", "Natali"),
    ("holiday-en", "we are closed over Easter, back on Tuesday", "Easter"),
    ("regnal", "I'm a student at Ferdinando II, can I pay by card?", "Ferdinando"),
    ("interjection-after-title", "mi ha detto l'avvocato boh e poi ha chiuso", "boh"),
    ("office-after-greeting", "Spettabile Segreteria,\n\nvi scrivo per l'iscrizione", "Segreteria"),
    ("bank-label", "Esito: eseguito\nBeneficiario: ASSOCIAZIONE CORALE\nImporto: 40 EUR", "Benef"),
    ("caps-participle", "HO SCRITTO IL MIO NOME SBAGLIATO SUL MODULO", "SBAGLIATO"),
    ("caps-past-tense", "YOUR COURIER DUMPED THE PARCEL IN THE RAIN", "DUMPED"),
    ("firm-words", "Pasticceria Lombardi & Figli, via Dante", "Figli"),
    ("breed-named", "ho un barboncino che si chiama Orfeo", "Orfeo"),
    ("breed-caps", "HO PORTATO LA MIA BASSOTTA BIRBA IERI", "BIRBA"),
    ("modal-verb", "I am afraid I have no mobile.\nShall I ring you tomorrow?", "Shall"),
    ("clitic-verb-after-title", "La dottoressa la ringrazia per la pazienza!", "ringrazia"),
    ("clitic-verb-after-title-lo", "il dottore lo richiama domani mattina", "richiama"),
    ("room-named-after-surname", "ci sono ancora posti nella Sala Marconi?", "Marconi"),
    ("room-named-en", "we are in the Aula Fermi, 30 seats and a projector", "Fermi"),
    ("team-at-firm", 'The tags should say "Seasons greetings from all at Warrick Holt"', "Warrick"),
]


test_found, test_kept = person_case_tests(FOUND, KEPT)


def _conversation(engine: AnonymisationEngine, *turns: tuple[str, str]) -> list[str]:
    messages = [chat_message(index, role, text) for index, (role, text) in enumerate(turns)]
    return [result.text for result in engine.anonymise_conversation(messages)]


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


def test_title_before_a_product_word_is_a_person(engine: AnonymisationEngine) -> None:
    """A word seen inside a product's name ("Nebbiolo Castelvero 2020") is still a person
    after a title in the conversation ("il signor Castelvero")."""
    out = _conversation(
        engine,
        ("customer", "Vorrei 6 bottiglie di Nebbiolo Castelvero 2020"),
        ("customer", "da consegnare al signor Castelvero, portineria"),
    )
    assert "signor Castelvero" not in out[1], out[1]


@pytest.mark.parametrize(
    "reply",
    [
        "Segnato tutto, a sabato 🌷 Ninì",
        "Perfect, proofs by noon tomorrow 🌙 Pinu",
        "Ok, ritiro confermato 😄 Gegè",
    ],
)
def test_agent_signs_with_unknown_name_after_emoji(engine: AnonymisationEngine, reply: str) -> None:
    """An agent's reply closing with a name no list knows after an emoji: the agent signing."""
    name = reply.split()[-1]
    out = _conversation(engine, ("customer", "ciao, è pronto?"), ("agent", reply))
    assert not _survives(name, out[1]), out[1]


@pytest.mark.parametrize(
    "reply",
    [
        "Ok, ritiro confermato 🙂 Satispay",
        "Perfetto, a domani 👍 Rossi",
        "Segnato tutto 🌷 Grazie",
    ],
)
def test_agent_emoji_ending_no_unknown_name(engine: AnonymisationEngine, reply: str) -> None:
    """A known surname alone (the family business) or a word after the emoji is no new
    signature of the agent by this rule (a surname is still found by the surname rules)."""
    word = reply.split()[-1]
    result = engine.detector.detect([reply])[0]
    signs = engine.detector.agent_sign_offs(reply, result.detections)
    assert not [d for d in signs if reply[d.start : d.end] == word], signs


def test_fused_particle_surname_is_carried(engine: AnonymisationEngine) -> None:
    """A surname with its particle, once found ("Di Gregorio"), is found written as one word
    ("DIGREGORIO") in the conversation."""
    out = _conversation(
        engine,
        ("customer", "Sono Ettore Di Gregorio, avete sbagliato il nome sui biglietti."),
        ("customer", "È DI GREGORIO STACCATO, NON DIGREGORIO!!!"),
    )
    assert "DIGREGORIO" not in out[1], out[1]


def test_trade_in_display_name_is_no_name(engine: AnonymisationEngine) -> None:
    """A display name with a trade ("Ottavio Elettricista") carries the person, not the trade:
    "l'elettricista" stays, "Ottavio" goes."""
    messages = [
        chat_message(
            0, "customer", "ciao sono ottavio l'elettricista di sotto", "Ottavio Elettricista"
        ),
        chat_message(
            1, "agent", "Ciao Ottavio, l'elettricista può passare alle 9?", "Ottavio Elettricista"
        ),
    ]
    out = [result.text for result in engine.anonymise_conversation(messages)]
    assert "elettricista" in out[0] and "ottavio" not in out[0].lower(), out[0]
    assert "Ottavio" not in out[1], out[1]


def test_pet_in_capitals_keeps_mia_a_person() -> None:
    """A breed in capitals after a possessive ("LA MIA BASSOTTA TOBIA") names the pet, never
    "MIA": a Mia elsewhere in the conversation stays a person."""
    assert pet_names("HO RITIRATO LA MIA BASSOTTA TOBIA IERI, HA LE PULCI") == {"tobia"}
    # a pet really called Mia is left a person: redacting a pet costs little
    assert pet_names("OUR SPANIEL MIA IS FINE") == set()
    assert pet_names("il mio barboncino si chiama Ottone") == {"ottone"}


# Keep rules of this round, each probed with a person right beside what it looks for: the
# person is redacted.
KEEP_PROBES = [
    # weekday abbreviation before a day number
    ("booked for Fri 28 with Gwendolyn Ashcombe", ["Gwendolyn Ashcombe"]),
    ("confermato per sab 14, chiedete di Ermenegildo", ["Ermenegildo"]),
    ("Mon 3 Tarquinia Belloni picks up the keys", ["Tarquinia Belloni"]),
    # a model code glued to digits
    ("la stampante TK-M5521 di Gualtiero Pennisi non va", ["Gualtiero Pennisi"]),
    ("my colleague Ainsley Rourke has the XR-T900 model", ["Ainsley Rourke"]),
    ("il modello XR-T900 di Filiberto Capuana", ["Filiberto Capuana"]),
    # a holiday after a preposition of time
    ("per Natale Ginevra Sbaraglia vuole il cesto grande", ["Ginevra Sbaraglia"]),
    ("per Natale chiedete di Ermete Scognamiglio", ["Ermete Scognamiglio"]),
    ("after Easter Rowena Blackwood takes over the shop", ["Rowena Blackwood"]),
    # a regnal number after a lone first name
    ("Federica Ottoboni II piano, citofono", ["Federica Ottoboni"]),
    ("the invoice goes to Ambrose Keating III, our director", ["Ambrose Keating"]),
    ("at Federico II my tutor Ilaria Castagnoli signs it", ["Ilaria Castagnoli"]),
    # a pet of a breed
    ("il mio bassotto e mia figlia Zelinda vengono alle 10", ["Zelinda"]),
    ("our spaniel and my son Ruairi will be there", ["Ruairi"]),
    ("la maltese di Ernestina Gualandi ha la tosse", ["Ernestina Gualandi"]),
    # capitals after a cue: a surname that is a word still goes
    ("MI CHIAMO FILOMENA ESPOSITO", ["FILOMENA ESPOSITO"]),
    ("IL MIO COGNOME È SCARAMUZZA", ["SCARAMUZZA"]),
    ("MY NAME IS WINIFRED", ["WINIFRED"]),
    # an interjection after a title, beside a surname
    ("il dottor Scarabelli ah e poi il dottore boh", ["Scarabelli"]),
    ("mi ha visitato la dottoressa Quaglieri, eh", ["Quaglieri"]),
    ("il professore Tamburrini oh che gentile", ["Tamburrini"]),
    # a room named after a surname: the people booking it still go
    ("la Sala Marconi è prenotata da Ginevra Pozzetti", ["Ginevra Pozzetti"]),
    ("nella Sala Fermi c'è la dottoressa Arcangeli", ["Arcangeli"]),
    ("Aula Volta, docente Cesira Brambati", ["Cesira Brambati"]),
    # a clitic and a verb after a title: the doctor's surname beside it still goes
    ("la dottoressa Guazzaloca la saluta", ["Guazzaloca"]),
    ("il dottor la pira la richiama domani", ["la pira"]),
    ("l'avvocato Tresoldi lo aspetta alle 9", ["Tresoldi"]),
    # "all at" a firm: the people named beside it still go
    ("love from all at Maggie's, Joan Pelling", ["Joan Pelling"]),
    ("everyone at Brackley Dunn says hi, Moira Fenton", ["Moira Fenton"]),
    ("the team at Quill Print thanks Ruaidhri Byrne", ["Ruaidhri Byrne"]),
    # red team of round 7: a floor after a name, a title before a weekday, a holiday surname,
    # a nationality before a name, a capitalised interjection surname, a person after "all at",
    # a person clause after a room
    ("consegnate a Teodoro III piano, citofono", ["Teodoro"]),
    ("please ask Mrs Sat 10 minutes before closing", ["Sat"]),
    ("the parcel for Sun 14 Mill Street is mine", ["Sun"]),
    ("la bolletta è intestata a Befana, mia suocera", ["Befana"]),
    ("la mia collega maltese Doriana ritira per me", ["Doriana"]),
    ("Mrs Uh rang about the parcel", ["Uh"]),
    ("Season's greetings from all at Tess and Rob Hartley", ["Tess"]),
    ("in Aula Scognamillo mi ha detto la maestra", ["Scognamillo"]),
    # a firm's own words after "&": the partners still go
    ("Pasticceria Lombardi & Figli di Oreste Lombardi", ["Oreste Lombardi"]),
    ("Brennan & Sons, ask for Caoimhe Brennan", ["Caoimhe Brennan"]),
    ("Studio Tacconi & Associati, avv. Rinaldo Tacconi", ["Rinaldo Tacconi"]),
]


@pytest.mark.parametrize(("text", "values"), KEEP_PROBES)
def test_keep_rules_round7_redact_persons(
    engine: AnonymisationEngine, text: str, values: list[str]
) -> None:
    out = engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text
    assert not [value for value in values if _survives(value, out)], out


def test_business_is_also_called_without_its_trade_or_titled_owner() -> None:
    """A business is also called without the trade closing its name ("Casa Lucente Pulizie"
    -> "Casa Lucente") or without a title and surname ("Studio Fisio Dott.ssa Ranieri" ->
    "Studio Fisio"); one word left alone is never a variant."""
    variants = brand_variants(["Casa Lucente Pulizie", "Centro Moto Sport Dott.ssa Ranieri"])
    assert "Casa Lucente" in variants
    assert "Centro Moto Sport" in variants
    assert "Farmacia" not in brand_variants(["Farmacia Dott.ssa Orlandi"])
    # never a surname alone, never a person's full name
    assert "Brambati" not in brand_variants(["Brambati Traslochi"])
    assert "Marco Ferri" not in brand_variants(["Marco Ferri Impianti"], lexicon=load_lexicon())
