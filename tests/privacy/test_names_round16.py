"""Person names, sixteenth round: honorifics and "sono" of the dialects, names in an apposition
or before a copula with a person noun, names as the subject of a verb only a person does,
someone's kin in English, a title capitalised before a name.

- Honorifics of the dialects and regional Italian before a first name, also one that is a
  word ("la siora Speranza", "el sior Sole", "sciura Bianca", "donna Grazia", "commare Rosa",
  "sora Gioia", "zì Fortunato", "madama Stella", "nonna Speranza"); never before a word that
  is no first name.
- "sono" of the dialects and chat after a greeting or opening the message ("bongiorno, so
  Gioia", "ciao son Serena", "sugnu Rosa", "songo Carmela", "mi son Bianca", the autocorrected
  "sogno Aurora"); never the bare "so" (I know) opening a message ("so Rosa che...").
- A first name before a person noun in an apposition or after a copula ("Serena è una
  studentessa", "Gioia, la nuova ragazza", "Hope is the new nanny"), and a name no list knows
  joining the others ("viene anche Ling, la nuova ragazza"); never after an article or a
  preposition ("la Bianca, la signora", "da Decathlon, la commessa"), never with a thing ("Rosa è un
  colore").
- A first name, also a word, opening a sentence before a verb only a person does ("Grazia ha
  firmato", "Gioia ti saluta", "Grace asked me").
- Someone's kin in English ("Paolo's daughter Grazia", "Mario's wife Speranza").
- A trade or a title capitalised before a name is no place ("thanks to Maestra Dall'Olio").

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import assert_no_person, chat_message, person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    # honorifics
    ("venetian-siora", "la siora Speranza la xe a casa", "Speranza"),
    ("venetian-sior", "el sior Sole el ga dito de si", "Sole"),
    ("lombard-sciura", "la sciura Bianca la paga lei", "Bianca"),
    ("southern-donna", "donna Grazia passa domani", "Grazia"),
    ("southern-commare", "commare Rosa viene dopo", "Rosa"),
    ("roman-sora", "la sora Gioia ha chiamato", "Gioia"),
    ("neapolitan-zi", "zì Fortunato porta le sedie", "Fortunato"),
    ("piedmontese-madama", "madama Stella a l'è rivà", "Stella"),
    ("grandma-bare", "nonna Speranza compie 90 anni", "Speranza"),
    ("truncated-title", "dottò Serena ci ha risposto", "Serena"),
    # dialect "sono"
    ("venetian-so", "bongiorno, so Gioia, la vissina de casa", "Gioia"),
    ("venetian-son", "ciao son Serena, la fia de Toni", "Serena"),
    ("autocorrected-sono", "sogno Aurora, go ordinà el pacco", "Aurora"),
    ("sicilian-sugnu", "salve, sugnu Rosa di Catania", "Rosa"),
    ("neapolitan-songo", "buonasera songo Stella", "Stella"),
    ("venetian-mi-son", "mi son Bianca e go un problema", "Bianca"),
    # apposition and copula
    ("copula-student", "Serena è una studentessa, il suo numero ve lo mando", "Serena"),
    ("copula-new-girl", "Gioia è la nuova ragazza del corso", "Gioia"),
    ("apposed-unknown", "viene anche Ling, la nuova ragazza cinese", "Ling"),
    ("apposed-neighbour", "viene anche Aurora la mia vicina", "Aurora"),
    ("copula-nanny", "Hope is the new nanny", "Hope"),
    ("copula-nurse", "Grace is a nurse at the clinic", "Grace"),
    # subject of a person's verb
    ("signed-it", "Grazia ha firmato il modulo ieri", "Grazia"),
    ("greets-you", "Ok grazie. Gioia ti saluta", "Gioia"),
    ("asked-me", "Grazia asked me to send it over", "Grazia"),
    ("also-coming", "and Hope is coming with us", "Hope"),
    # someone's kin in English
    ("possessive-daughter", "Paolo's daughter Grazia asked me for it", "Grazia"),
    ("possessive-wife", "Mario's wife Speranza will pay", "Speranza"),
    # a title before a name
    ("title-before-surname", "thanks to Maestra Dall'Olio!", "Dall'Olio"),
]

# (case, text, the word that must not be found as PERSON)
KEPT = [
    ("i-know", "so Rosa che vi piace di più", "Rosa"),
    ("i-know-greeting", "ciao, so che siete chiusi", "so"),
    ("colour-copula", "Rosa è un colore bellissimo", "Rosa"),
    ("size-copula", "Bianca è la taglia più venduta", "Bianca"),
    ("article-before", "La Bianca, la signora l'ha già presa", "Bianca"),
    ("shop-after-preposition", "siamo passati da Decathlon, la commessa era gentile", "Decathlon"),
    ("region-after-preposition", "in Sardegna la mia amica ha una casa", "Sardegna"),
    ("store-asked", "ho chiesto a Ikea, la signora mi ha detto di no", "Ikea"),
    # ("virtue", "Grace is a virtue"): see test_grace_as_a_virtue below (session 19)
    ("month", "May is the best month", "May"),
    # epithets of the dead after a kin noun (session 11 review: "bonanima" was taken for the
    # husband's name after round 15's dialect kin)
    ("epithet-dialect", "c'è scritto Ferraro, 'o cugnome 'e maritemo bonanima", "bonanima"),
    ("epithet-italian", "il cognome di mio marito buonanima", "buonanima"),
    ("epithet-late", "mia zia defunta aveva un conto da voi", "defunta"),
    ("key", "Hope is the key", "Hope"),
    ("collection", "Oggi Bianca, la nuova collezione", "Bianca"),
    ("title-alone", "thanks to Maestra Dall'Olio!", "Maestra"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)


# (session 19's retrained scorer took 'Grace' before 'is a'; session 20's, retrained with
# hw71/hw72, keeps it again: the strict xfail is lifted)
def test_grace_as_a_virtue(engine: AnonymisationEngine) -> None:
    assert_no_person(engine, "Grace is a virtue", "Grace")


def test_title_is_no_place(engine: AnonymisationEngine) -> None:
    """A trade capitalised before a surname is neither a place nor a person."""
    text = "grazie alla Maestra Dall'Olio"
    found = engine.detector.detect([text])[0].detections
    assert not [d for d in found if text[d.start : d.end] == "Maestra"]


def test_name_inside_blocked_longer_name(engine: AnonymisationEngine) -> None:
    """A name carried from an earlier message whose longer form a place blocks is still
    replaced in its shorter form."""
    messages = [
        chat_message(0, "customer", "My teacher Maestra Dall'Olio sent me to you."),
        chat_message(1, "agent", "Thanks to Maestra Dall'Olio then!"),
    ]
    out = engine.anonymise_conversation(messages)
    assert "Dall'Olio" not in out[1].text


def test_merge_keeps_shorter_name_of_blocked_longer() -> None:
    """A carried name that a place blocks gives way to the shorter name inside it."""
    from privacy.anonymise import _merge
    from privacy.types import Detection

    carried = Detection(0, 16, "PERSON", "carry-forward", 0.9)
    place = Detection(0, 7, "LOCATION", "place", 0.5)
    surname = Detection(8, 16, "PERSON", "name-strong", 0.9)
    merged, _ = _merge([carried], [place, surname], lambda d: "customer")
    assert surname in merged
    assert place in merged
