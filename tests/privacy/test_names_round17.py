"""Person names, seventeenth round: first names that are everyday Italian nouns or adjectives
written in lowercase without a cue, and a surname particle alone after a name.

- A lowercase first name that is rather the everyday word ("uomo o donna", "al massimo", "la
  fede nuziale", "porto franco", "la norma", "la tara", "vitto e alloggio", "ho rotto il remo")
  is no name without a cue, for the lowercase rule, the closing vocative and the scorer; with a
  cue it still is ("donna Grazia", "ciao norma", "mia cugina Fede").
- A capitalised particle and a known name after the ampersand between partners ("Studio
  Tecnico Galli & La Rosa"), never a thing ("Pane & La Cucina").
- A lowercase particle alone after a cued name is a preposition ("Grazie Javi dalla sua mail",
  "grazie Tea della pazienza"); with its surname it stays ("mia cugina anna dalla costa").

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from tests.privacy.test_names_general import person_case_tests

# (case, text, the name that must be found as PERSON)
FOUND = [
    ("honorific-donna", "donna Grazia passa domani", "Grazia"),
    ("greeted-lowercase-word-name", "ciao norma, ci vediamo dopo", "norma"),
    ("kin-fede", "mia cugina Fede arriva alle 6", "Fede"),
    ("lowercase-plain-name", "domani viene federico a ritirare", "federico"),
    ("particle-surname-kept", "mia cugina anna dalla costa viene", "dalla costa"),
    ("name-before-dalla", "Grazie Javi dalla sua mail vedo l'ordine", "Javi"),
    ("partners-particle", "Studio Tecnico Galli & La Rosa, secondo piano", "La Rosa"),
    ("partners-particle-di", "Notai Ferretti & Di Carlo, appuntamento alle 10", "Di Carlo"),
]

# (case, text, a span that no PERSON detection may touch)
KEPT = [
    ("donna-either", "uomo o donna non importa", "donna"),
    ("donna-opening", "donna cerca borsa nera taglia 42", "donna"),
    ("massimo-at-most", "al massimo arrivo alle 5", "massimo"),
    ("fede-ring", "vorrei incidere la fede nuziale", "fede"),
    ("franco-port", "spedizione in porto franco", "franco"),
    ("marcia-gear", "metti la marcia indietro", "marcia"),
    ("tara-weight", "la tara del peso è 200 g", "tara"),
    ("norma-rule", "la norma prevede il reso", "norma"),
    ("remo-oar", "ho rotto il remo", "remo"),
    ("fedele-loyal", "un cliente fedele da anni", "fedele"),
    ("vitto-board", "vitto e alloggio compresi", "vitto"),
    ("libero-free", "il posto è libero domani", "libero"),
    ("dalla-preposition", "Grazie Javi dalla sua mail vedo l'ordine", "dalla"),
    ("della-preposition", "grazie Tea della pazienza", "della"),
    ("ampersand-thing", "il locale Pane & La Cucina apre alle 8", "La Cucina"),
]

test_found, test_kept = person_case_tests(FOUND, KEPT)
