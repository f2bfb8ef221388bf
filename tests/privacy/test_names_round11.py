"""Person names, eleventh round: closed classes of names the lists and cues did not reach.

- Southern Italian truncated vocatives ("Gennà", "Peppì", "Savè"): a first name or nickname of
  the lists cut after its stressed vowel, now also lowercase and anywhere after a greeting or a
  thanks ("grazie gennà", "tanti auguri Peppì") and closing the message after a comma. Italian
  words written with a final accent (perché, città, caffè, futures and past tenses) never count.
- "<Name> here on <someone>'s phone/account": the writer on another person's device, also when
  the name is an everyday word.
- Italian double first names written as one word ("Marialuisa", "Giampaolo"), also after the
  northern article ("salutatemi la Mariachiara").
- A first name and a surname in Cyrillic or Greek script inside Latin text.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from tests.privacy.test_names_general import person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("vocative-thanks-lowercase", "tutto ricevuto, grazie gennà 🙏", "gennà"),
    ("vocative-wishes", "scrivete Tanti auguri Peppì sulla torta", "Peppì"),
    ("vocative-thanks-thousand", "grazie mille Francè!", "Francè"),
    ("vocative-quoted", "sulla torta 'Buongiorno Carmè' in blu", "Carmè"),
    ("vocative-wishes-quoted", "scrivete 'Auguri Gennà' sul biglietto", "Gennà"),
    ("vocative-wishes-quoted-short", "mettete 'Auguri Carmè' sulla crostata", "Carmè"),
    ("vocative-closing-comma", "ok ci sentiamo domani, vincè", "vincè"),
    ("vocative-nickname-accent", "ciao antò come va", "antò"),
    ("here-on-phone", "Ivy here on Martin's phone, we're outside", "Ivy"),
    ("here-on-account-word-name", "Hope here on my sister's account - is it ready?", "Hope"),
    ("compound-anna", "salutatemi la Annalaura dell'amministrazione", "Annalaura"),
    ("compound-maria-elided", "chiedete alla Mariagnese in cassa", "Mariagnese"),
    ("compound-pier", "il Pierstefano passa domani a ritirare", "Pierstefano"),
    ("compound-giam", "ne ho parlato con Giampietro ieri", "Giampietro"),
    ("cyrillic-full-name", "sul biglietto 'Тетяна Мельник' per favore", "Тетяна Мельник"),
    ("greek-full-name", "the card is for Νίκος Αντωνίου, thanks", "Νίκος Αντωνίου"),
]

# (case, text, the word that must not be found as PERSON)
KEPT = [
    ("accented-adverb", "grazie però non serve", "però"),
    ("accented-noun", "ciao città mia, quanto sei bella", "città"),
    ("accented-because", "grazie perché siete sempre gentili", "perché"),
    ("accented-coffee-closing", "arrivo subito, caffè", "caffè"),
    ("accented-past-tense", "grazie, aprì il negozio alle nove", "aprì"),
    ("accented-day", "ciao lunedì passo io", "lunedì"),
    ("here-on-the-lake", "Summer here on the lake is lovely", "Summer"),
    ("brand-after-article", "salutatemi la Fiat di mio zio", "Fiat"),
    ("cyrillic-lowercase-sentence", "Добрий день, дякую за допомогу", "Добрий"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)
