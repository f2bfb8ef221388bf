"""Person names, eighteenth round: first names that are everyday words, by the company they keep.

- After a kin, trade or person noun, also in a diminutive or a plural ("la zietta Gioia", "il
  nipotino Felice", "i nipoti Fortuna, ..."), and after such a noun and a copula ("il geometra
  è Fortuna", "the nanny is Joy").
- Right before a surname that is no word ("Fortuna Brambilla").
- Among other first names in a list ("Gioia, Clelia e Tommaso").
- The person of a shop or trade ("alla Fortuna della merceria", "Stella del caseificio" at the
  end of a message); never a thing of the same name ("la Rosa dei venti", "due Capricciosa").
- A lowercase first name as the subject of a verb of birth, body or diet ("gioia è nata",
  "joy gets carsick") or with the English possessive before a person's circle ("(kate's side)").
- Letters spelt with the words of their punctuation ("D-apostrophe-A-N-G-E-L-O").
- The other party of two surnames joined by a slash ("separazione Cinzano / Adeyemi").

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from tests.privacy.test_names_general import person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("trade-word-name", "la parrucchiera Fortuna mi ha fatto il colore", "Fortuna"),
    ("diminutive-kin", "la zietta Speranza porta il dolce", "Speranza"),
    ("diminutive-kin-ino", "il cuginetto Fortunato arriva dopo", "Fortunato"),
    ("copula-after-trade", "il geometra è Fortuna, chiamala pure", "Fortuna"),
    ("copula-english", "the nanny is Joy, she has the keys", "Joy"),
    ("english-kin-word", "my wife Hope will sign for it", "Hope"),
    ("word-name-surname", "ho parlato con Fortuna Brambilla stamattina", "Fortuna Brambilla"),
    ("list-plural-kin", "i nipoti Gioia, Clelia e Tommaso", "Gioia"),
    ("list-unknown-name", "le figlie Serena, Ornella e Genoveffa", "Serena"),
    ("of-shop", "se non ci sono lascialo alla Fortuna della merceria", "Fortuna"),
    ("of-shop-english", "leave it with Grace from the deli next door", "Grace"),
    ("signed-shop-end", "tutto pronto per sabato! Stella del caseificio", "Stella"),
    ("lowercase-born", "ok grazie. gioia è nata il 3 marzo", "gioia"),
    ("lowercase-allergic", "ah, e stella è allergica alle noci", "stella"),
    ("lowercase-seasick", "sounds great. joy gets carsick tho", "joy"),
    ("lowercase-possessive", "about 40 people (kate's side mostly)", "kate"),
    ("lowercase-possessive-family", "a few from dave's family too", "dave"),
    ("spelt-apostrophe", "surname D-apostrophe-A-N-G-E-L-O please", "D-apostrophe-A-N-G-E-L-O"),
    ("spelt-italian", "cognome D apostrofo A L E S S I O", "D apostrofo A L E S S I O"),
    ("slash-party", "la sentenza di separazione Cinzano / Adeyemi, da tradurre", "Cinzano"),
    ("slash-party-right", "pratica Adeyemi/Cinzano in corso", "Cinzano"),
]

# (case, text, a span that no PERSON detection may touch)
KEPT = [
    ("rose-of-winds", "appendi la Rosa dei venti in salotto", "Rosa"),
    ("poinsettia", "la Stella di Natale del fioraio", "Stella"),
    ("hope-noun", "hope is all we have left", "hope"),
    ("hope-verb", "I will call later, hope that's ok", "hope"),
    ("speranza-noun", "la Speranza è l'ultima a morire", "Speranza"),
    ("today-possessive", "today's special is lasagne", "today"),
    ("bill-possessive", "the bill's total is wrong", "bill"),
    ("beer-brand", "Stella Artois in bottiglia", "Stella"),
    ("cities-list", "Roma, Rosa e Milano", "Rosa"),
    ("elements-list", "Sole, Mare e Vento", "Mare"),
    ("code-spelt", "il codice è A-B-C-D", "A-B-C-D"),
    ("slash-cities", "Milano / Roma andata e ritorno", "Milano"),
    ("slash-brands", "Nike / Adidas taglia 42", "Nike"),
    ("martini-drink", "un Martini bianco e due spritz", "Martini"),
    ("salvo-unless", "salvo imprevisti arrivo alle 5", "salvo"),
    ("aurora-boreal", "l'aurora boreale è bellissima", "aurora"),
    ("pink", "vorrei una camicia rosa", "rosa"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)


def test_role_noun_forms() -> None:
    from privacy.recognizers.names import _role_noun

    for noun in ("cuginetta", "nipotino", "zietta", "nonnina", "figli", "sarta", "husband"):
        assert _role_noun(noun), noun
    for word in ("tavola", "colore", "problema", "marca", "tavolo"):
        assert not _role_noun(word), word
