"""Person names, twelfth round: closed classes of names the lists and cues did not reach.

- Italian professional titles abbreviated before a surname ("rag.", "geom.", "arch."); the
  abbreviation itself is never the name after a greeting ("Buongiorno geom. Sala").
- An initial and a surname after "signed by" / "firmato da", also when the surname is a word.
- Initials on the line after a formal closing ("Cordialità,\\nXYZ").
- A family named in the English plural of its surname ("the Bertolinis").
- A card's wishes ("Happy 40 Gabs!") and a pet name closing a declaration ("ti amo, Pupi").
- A short nickname signing after an emoji at the end ("fatto 🙏 Fil"); chat interjections never.
- A title or a teacher's form of address and an initial signing ("Coach T.").
- A first name after "poor" / "povera" ("poor Ava!").

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from tests.privacy.test_names_general import person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("title-rag", "Buonasera rag. Tessitori, le giro la fattura", "Tessitori"),
    ("title-geom", "Buongiorno geom. Brambillasca, ecco la planimetria", "Brambillasca"),
    ("title-arch", "ne ho parlato con l'arch. Fumagallini ieri", "Fumagallini"),
    ("signed-initial-word", "Box left at 9:40, signed by R. Gallo. Thanks", "R. Gallo"),
    ("signed-italian-initial", "pacco firmato da G. Ferro alle 9", "G. Ferro"),
    ("closing-initials-next-line", "Tutto chiaro, a lunedì.\nCordialità,\nFGT", "FGT"),
    ("thanks-initials-next-line", "Grazie, a presto.\nMBZ", "MBZ"),
    ("family-plural", "we are staying with the Bertolinis next week", "Bertolinis"),
    ("family-plural-host", "my host family is the Lanfranchis in Treviso", "Lanfranchis"),
    ("wishes-number", 'on the cake: "Happy 40 Gabs! Love from Tom"', "Gabs"),
    ("wishes-ordinal", "please write Happy 21st Bibs on it", "Bibs"),
    ("declared-pet-name", 'Scritta: "Buon compleanno – ti amo, Pupi" grazie', "Pupi"),
    ("declared-love-you", 'the tag says "love you, Bibs!"', "Bibs"),
    ("emoji-signed-nickname", "Spostato a giovedì ✔️ Fil", "Fil"),
    ("emoji-signed-two-letters", "ok ricevuto grazie 😅 Ro", "Ro"),
    ("coach-initial", "Hi! Yes, the term is paid. Coach T.", "T."),
    ("teacher-initial", "Ciao, tutto a posto per domani. Maestra G.", "G."),
    ("poor-first-name", "Oh no, poor Ava! We'll look for it", "Ava"),
    ("povera-first-name", "povera Giulia, che sfortuna", "Giulia"),
]

# (case, text, the word that must not be found as PERSON)
KEPT = [
    ("rag-cloth", "wipe it with a damp rag. Then let it dry", "Then"),
    ("family-plural-brand", "I love the Ferraris at the motor show", "Ferraris"),
    ("declared-endearment", "ti amo, Amore", "Amore"),
    ("wishes-endearment", "Happy 30 Babe!", "Babe"),
    ("emoji-interjection-bye", "Fatto tutto 🙏 Bye", "Bye"),
    ("emoji-word-top", "Arrivo alle 5 👍 Top", "Top"),
    ("emoji-word-ok", "Perfetto, grazie 😊 Ok", "Ok"),
    ("poor-month", "after a poor May the shop is quiet", "May"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)
