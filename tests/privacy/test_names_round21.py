"""Person names, twenty-first round: short forms of names from abroad, names spelt in every way,
and the parallel items of a list of people.

- Diminutives and short forms of Polish, Russian and Ukrainian, Romanian, Hungarian, Greek,
  Arabic, Nigerian, Indian and Filipino first names ("Zosia", "Vanya", "Costel", "Zsófi",
  "Giorgos", "Emeka"), Albanian, Nigerian, Indian and Filipino first names and Chinese given
  names in pinyin that Faker's locales lack, and a few Chinese, Korean and Vietnamese surnames.
- A two- or three-letter surname spelt right after its cue ("surname W-U", "cognome: Li, L.I.").
- A name spelt with the Italian names of the letters ("emme a erre ti i enne i") or with a word
  per letter ("K as in Kilo, I as in India, M as in Mike", "R come Roma, O come Otranto").
- The items of a list of people of the same shape as one that is a first name or "me": a height,
  an age in brackets, a size, a count of tickets ("me 175 cm, Bogna 160 cm, Tymek 120 cm").

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from tests.privacy.test_names_general import person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    # whom a party is for, a workshop's painter (lead, from hw42-hw45)
    ("party-role", "la festeggiata è Ginevra, e ci sarà la nonna", "Ginevra"),
    ("party-role-word-name", "la festeggiata è Viola, e ci sarà anche lo zio", "Viola"),
    ("painter-apposed", "each mug is signed by Rosa, our painter", "Rosa"),
    ("polish-diminutive", "ciao, sono Marysia, scrivo per la torta", "Marysia"),
    ("polish-kin", "my son Kubuś is allergic to nuts", "Kubuś"),
    ("russian-diminutive", "my husband Vanya will pick it up", "Vanya"),
    ("ukrainian-diminutive", "mia figlia Nastya viene alle 5", "Nastya"),
    ("romanian-diminutive", "sono Gigel, il muratore di via sopra", "Gigel"),
    ("hungarian-diminutive", "a nevem Zsuzsi, I booked for two", "Zsuzsi"),
    ("greek-short", "ask for Giorgos at the desk", "Giorgos"),
    ("nigerian-short", "Hi, Chidi here, is the car ready?", "Chidi"),
    ("indian-short", "my cousin Venky will collect it", "Venky"),
    ("albanian-first", "mio marito Kujtim passa domani", "Kujtim"),
    ("pinyin-given", "my daughter Xiaoling has the voucher", "Xiaoling"),
    ("spelt-short-surname", "surname W-U, first name Bao", "W-U"),
    ("spelt-short-dots", "il cognome è Ng, N.G.", "N.G"),
    ("spelt-short-after-name", "cognome: Hu, H-U", "H-U"),
    ("spelt-letter-names", "cognome emme a erre ti i enne i, grazie", "emme a erre ti i enne i"),
    ("spelt-letter-names-double", "si scrive ci a, doppia esse, i, enne, i", "doppia esse"),
    (
        "spelt-phonetic",
        "surname K as in Kilo, O as in Oscar, W as in Whiskey, A as in Alpha",
        "K as in Kilo, O as in Oscar, W as in Whiskey",
    ),
    (
        "spelt-phonetic-italian",
        "R come Roma, O come Otranto, T come Torino, A come Ancona",
        "R come",
    ),
    ("parallel-height", "me 175 cm, Bogna 160 cm, Tymek 120 cm", "Tymek"),
    ("parallel-height-first", "me 175 cm, Bogna 160 cm, Tymek 120 cm", "Bogna"),
    ("parallel-age", "Ilinca (9 anni), Radu (6 anni)", "Radu"),
    ("parallel-size", "Giulia taglia M, Zuri taglia S", "Zuri"),
    ("parallel-tickets", "Marco: 2 biglietti, Kayode: 1", "Kayode"),
    (
        "parallel-sentence-end",
        "io 1,80 m, Oana 1,65 m e Tudorel 1,20 m. arriviamo sabato",
        "Tudorel",
    ),
]

# (case, text, a span that no PERSON detection may touch)
KEPT = [
    # an instruction before "qui" is no writer's name (lead, session 13)
    ("imperative-here", "paga qui il saldo, grazie", "paga"),
    ("imperative-here-write", "scrivi qui sotto il tuo ordine", "scrivi"),
    ("sizes-spelt", "taglia L-XL o S-M-L", "S-M-L"),
    ("size-after-name", "name tag size S-M please", "S-M"),
    ("code-short", "il codice è A-B-C", "A-B-C"),
    ("phonetic-code", "codice B come Bologna, X come Xeres, T come Torino", "B come Bologna"),
    ("phonetic-one-letter", "the code ends in M as in Mike", "M as in"),
    ("months-counted", "March 3, April 5, May 7", "March"),
    ("cities-counted", "Milano 3, Roma 2, Torino 4", "Milano"),
    ("products-counted", "Giulia 2 kg, Mele 3 kg, Pere 1 kg", "Pere"),
    ("rooms-counted", "Camera 12, Suite 3, Mario 2", "Camera"),
    ("counted-without-name", "Adulti 2, Bambini 3", "Bambini"),
    ("brand-in-list", "Anna taglia 38, Nike taglia 42", "Nike"),
    ("italian-words-letters", "e di a o i per tutti", "di a o i"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)


def test_parallel_shape() -> None:
    from privacy.recognizers.names import _parallel_shape

    assert _parallel_shape("168 cm 39") == ("9", "cm")
    assert _parallel_shape("(8 anni)") == ("(", "9")
    assert _parallel_shape("taglia M") == ("taglia", "Z")
    assert _parallel_shape("said hello") == ()


# saints' feast days are dates (lead, session 13, from red team R24): after "festa/giorno/vigilia
# di" any saint; after a preposition of time the feasts no town is usually meant by
FEAST_KEPT = [
    ("feast-valentine", "per San Valentino volete una torta a cuore?", "San Valentino"),
    ("feast-stephen", "siete aperti a Santo Stefano?", "Santo Stefano"),
    ("feast-cue-any-saint", "per la festa di San Giuseppe fate le zeppole?", "San Giuseppe"),
    ("feast-eve", "la vigilia di Santa Lucia arrivano i regali", "Santa Lucia"),
    ("feast-english", "for St Patrick's Day we close early", "St Patrick"),
]
FEAST_FOUND = [
    ("saint-town-with-name", "abito a San Giuseppe Vesuviano da due anni", "San Giuseppe"),
]
_, test_feast_kept = person_case_tests([], FEAST_KEPT)


def test_a_saints_town_is_still_a_place() -> None:
    from benchmarks.blind_corpora import convmon_engine

    engine = convmon_engine(["Bottega Test"])
    for _, text, value in FEAST_FOUND:
        found = engine.detector.detect([text])[0].detections
        assert any(text[d.start : d.end].startswith(value) for d in found), text


# a month or a weekday is no place, a lowercase modal verb no scored name (lead, from R24)
DATE_WORDS_KEPT = [
    ("month-after-a", "ci vediamo a Maggio allora", "Maggio"),
    ("month-after-a-march", "passo a Marzo per il ritiro", "Marzo"),
    ("modal-after-name", "my wife jenny will collect it", "will"),
]
_, test_date_words_kept = person_case_tests([], DATE_WORDS_KEPT)


def test_a_month_is_no_place() -> None:
    from benchmarks.blind_corpora import convmon_engine

    engine = convmon_engine(["Bottega Test"])
    text = "ci vediamo a Maggio allora"
    assert engine.detector.detect([text])[0].detections == ()


def test_a_surname_that_is_a_word_follows_a_scored_first_name() -> None:
    from benchmarks.blind_corpora import convmon_engine

    engine = convmon_engine(["Bottega Test"])
    text = "un piatto per mio fratello Davide con Neve Fontana, con i loro nomi"
    found = [text[d.start : d.end] for d in engine.detector.detect([text])[0].detections]
    assert "Fontana" in " ".join(found)
    kept = "ciao Giulia Grazie mille, a Lunedì"
    found = [kept[d.start : d.end] for d in engine.detector.detect([kept])[0].detections]
    assert not any("Grazie" in f or "Lunedì" in f for f in found)
