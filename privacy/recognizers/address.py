"""Street addresses: Italian (via, piazza ... + number, CAP) and English (number + street)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from privacy.recognizers.address_units import round24_streets, widen_24
from privacy.recognizers.address_world import (
    round22_streets,
    round23_streets,
    round29_streets,
    widen,
    world_streets,
)
from privacy.recognizers.keep import _NO_NAME_CAPITALS as NO_NAME_CAPITALS
from privacy.recognizers.location import CUE_ONLY, LOWERCASE, PRODUCT_WORDS, load_gazetteer
from privacy.recognizers.lookahead import first_letters
from privacy.recognizers.names import fold, load_lexicon
from privacy.types import Detection

_IT_STREET = (
    # a road's owner or use after "strada"/"via" ("strada vicinale Pozzo 18", "via privata
    # Arese 7", "str. com.le Torre 3"): before "strada" and "via", which alone need a capital
    r"(?:strada|via|str\.)\s(?:vicinale|comunale|provinciale|statale|consortile|regionale|"
    r"privata|poderale|interpoderale|vic\.|com\.(?:le)?|prov\.(?:le)?|cons\.)|"
    r"via|viale|piazza|piazzale|piazzetta|corso|largo|vicolo|vicoletto|vico|strada|stradella|"
    # round 27: Ladin's "strèda" (Val di Fassa: "Strèda de Pent de Sera 18")
    r"strèda|streda|"
    r"stradone|stradale|traversa|contrada|localit[aà]|lungomare|lungotevere|lungolago|lungarno|lungadige|"
    r"lungofiume|borgo|borgata|salita|discesa|scalinata|rampa|calata|calle|campiello|fondamenta|"
    # round 38: Genoa's terraces ("spianata Castelletto 8")
    r"spianata|"
    r"frazione|rione|circonvallazione|viottolo|"
    # the rest of the odonyms of ISTAT's and Poste's street registers: Venetian ("salizada San
    # Lio 5", "rio terà dei Pensieri 12", "sottoportego de la Bissa 3"), river and lake banks
    # ("riviera Santa Margherita 40", "alzaia Naviglio Pavese 66", "ripa di Porta Ticinese 61",
    # "lungadige Re Teodorico 3", "lungoparco ..."), slopes and steps, yards and ramparts
    r"riviera|alzaia|ripa|salizada|rio\ster[aà]|sottoportego|sottoportico|lungo[a-zà-ÿ]{3,12}|"
    r"gradoni|gradinata|slargo|spalto|baluardo|bastioni|carraia|vicinale|"
    r"riva|ruga|lista|ramo|corte|campo|galleria|passaggio|portico|cupa|piscina|"
    # Spanish, the type before the name ("Plaza Mayor 3", "Camino de Ronda 12")
    r"plaza|camino|carretera|ronda|glorieta|traves[ií]a|"
    # Portuguese and Spanish streets ("Rua Augusta 120", "Avenida da Liberdade 35", "Carrer de
    # Mallorca 401")
    r"rua|avenida|travessa|praça|praca|carrer|paseo|avinguda|vía|"
    # rural and minor odonyms of the postal registers: farms and hamlets ("Podere Sassi 4",
    # "Vocabolo Pieve 12", "Cascina Ronchi 3", "case sparse 14"), Venice's districts ("sestiere
    # Dorsoduro 1204"), Sicily's courtyards, Liguria's and Piedmont's "regione", Trieste's
    # "androna", paths and quays; all of them everyday words too: only with a house number
    r"podere|vocabolo|casale|cascina|masseria|tenuta|case\ssparse|sestiere|baglio|regione|"
    r"quartiere|villaggio|parco|maso|molo|banchina|androna|vialetto|larghetto|supportico|"
    r"clivio|piaggia|scesa|erta|tratturo|sentiero|mulattiera|argine|casolare|"
    # holiday and housing complexes named like a street ("residence Le Ginestre 12",
    # "complesso Le Terrazze 3", "condominio Aurora 5"): everyday words too, only with a number
    r"residence|residenza|complesso|condominio|"
    # round 16: the regional ones: Vicenza's "contrà", Genoa's "carrugio"/"crosa"/"creuza",
    # Venice's "fondamente"/"salizzada"/"calletta", Sicily's "trazzera"/"vanella", yards,
    # alleys and slopes ("cortile San Rocco 5", "chiasso dei Buoi 3", "costa San Giorgio 12")
    r"contr[aà]|contra['’]|carrugio|caruggio|carruggio|crosa|creuza|fondamente|salizzada|"
    r"trazzera|stradello|stradina|cortile|chiasso|costa|calletta|vanella|piazzuola|"
    # round 18: Livorno's "scali" (quays: "scali del Pesce 3"), steps, lanes and other rare
    # odonyms ("scalette San Rocco 2", "viuzza del Forno 5", "passeggiata Anita Garibaldi 12",
    # "vialone Trieste 8", "rotonda Boscovich 1", "cavalcavia Bussa 4")
    r"scali|scalo|scalette|scalea|viuzza|vietta|passeggiata|vialone|rotonda|cavalcavia|"
    # round 21: the rest of the DUG (ISTAT's street types): Venetian and Tuscan alleys and
    # passages ("callesella dei Preti 4", "sdrucciolo de' Pitti 3", "fondaco San Marco 2"),
    # narrows, crossings, walls, bridges and vaults ("stretta San Rocco 6", "trivio Belli 2",
    # "mura San Carlo 9", "ponte Sisto 3", "volta del Castello 5"), ring and link roads
    # ("circumvallazione Est 4", "diramazione Nord 12", "prolungamento Mazzini 8"): everyday
    # words too, only with a capitalised name and a house number
    r"callesella|calleselle|crocicchio|crocevia|fondaco|sdrucciolo|sottopassaggio|strettoia|"
    r"strettola|stretta|stretto|rughetta|rugheta|trivio|quadrivio|vallone|murazzi|mura|ponte|"
    r"volta|lottizzazione|angiporto|archivolto|borghetto|camminamento|cantone|carrarone|"
    r"cavone|chiassetto|chiassuolo|circumvallazione|corticella|costarella|diramazione|"
    r"emiciclo|lungargine|pendice|piazzola|prolungamento|raccordo|rotatoria|scaletta|"
    r"sobborgo|spiazzo|calatella"
)
# Abbreviations, also glued to the name ("p.zza Duomo", "c.so Italia", "v.Roma").
_IT_STREET_ABBR = (
    r"v\.le|v\.lo|v\.|p\.zza|p\.za|p\.tta|p\.le|c\.so|c\.da|l\.go|str\.|vic\.|loc\.|fraz\.|"
    r"trav\.|l\.mare|l\.tevere|circ\.ne|avda\.|"
    # cascina, vocabolo, podere, masseria, vico, borgo, borgata, quartiere, salita; Spain's
    # "C/ Mayor 5" (not "c/o")
    r"c\.na|voc\.|pod\.|mass\.|v\.co|b\.go|b\.ta|q\.re|sal\.|c/(?![oO](?![\w]))|"
    # written without dots in a hurry ("vle Monza 12", "pzza Garibaldi 3", "cso Italia 5")
    r"vle\.?|pzza\.?|pza\.?|cso\.?|lgo\.?|ple\.?"
)
# The rural and minor odonyms: everyday words and the names of farms and wineries ("la Regione
# Lombardia 2024", "tenuta Rossa 2 bottiglie"): a street only with a house number that is no
# year and no count before a noun.
_DUG_EVERYDAY_TEXT = """
    callesella calleselle crocicchio crocevia fondaco sdrucciolo sottopassaggio strettoia
    strettola stretta stretto rughetta rugheta trivio quadrivio vallone murazzi mura ponte volta
    lottizzazione angiporto archivolto borghetto camminamento cantone carrarone cavone chiassetto
    chiassuolo circumvallazione corticella costarella diramazione emiciclo lungargine pendice
    piazzola prolungamento raccordo rotatoria scaletta sobborgo spiazzo calatella
"""
# Round 21: street words that are everyday words first ("il ponte del 25 aprile", "la costa",
# "una stretta di mano", "campo 2"): a street only with a capitalised word in its name that is
# no month, and a house number after the name.
_EVERYDAY = frozenset(_DUG_EVERYDAY_TEXT.split()) | {"costa", "corte", "campo", "riva", "ramo"}
_RURAL = frozenset(
    [
        "podere",
        "vocabolo",
        "casale",
        "cascina",
        "masseria",
        "tenuta",
        "case",
        "sestiere",
        "baglio",
        "regione",
        "quartiere",
        "villaggio",
        "parco",
        "maso",
        "molo",
        "banchina",
        "androna",
        "vialetto",
        "larghetto",
        "supportico",
        "clivio",
        "piaggia",
        "scesa",
        "erta",
        "tratturo",
        "sentiero",
        "mulattiera",
        "argine",
        "casolare",
        "residence",
        "residenza",
        "complesso",
        "condominio",
        "cortile",
        "chiasso",
        "costa",
        "crosa",
        "calletta",
        "vanella",
        "piazzuola",
        "stradina",
        # round 18: everyday words too ("2 scali a Dubai", "la rotonda 3 uscite")
        "scali",
        "scalo",
        "scalette",
        "scalea",
        "passeggiata",
        "rotonda",
        "cavalcavia",
        "vietta",
        # round 21: the rest of the DUG, everyday words all ("una stretta di mano", "il ponte
        # del 25 aprile", "la prima volta", "le mura", "il raccordo anulare"): see _EVERYDAY
        *_DUG_EVERYDAY_TEXT.split(),
        # round 16: also the street words that name courts, camps and galleries ("Corte
        # d'Appello 2024", "campo estivo 2025", "Galleria Borghese 2 ore"): no year, no count
        "corte",
        "campo",
        "galleria",
        "piscina",
        "passaggio",
        "portico",
        "voc.",
        "pod.",
        "mass.",
        "c.na",
    ]
)
_YEAR = re.compile(r"(?<![\w])(?:19|20)\d\d(?![\w])")
_WORD_AFTER = re.compile(r"\s([a-zà-ÿ]{2,24})(?![\w'’])")
# Venice's addresses are a district and a number without a street ("Cannaregio 5230"), and
# "case sparse 14" (scattered houses) has no name.
VENICE_ADDRESS = re.compile(
    r"(?<![\w])(?:(?i:sestiere)\s)?(?:Cannaregio|Castello|Dorsoduro|San\sPolo|Santa\sCroce|"
    r"San\sMarco|Giudecca|Burano|Murano|Torcello|Mazzorbo|Pellestrina)\s\d{2,4}(?:[/-](?:\d{1,3}|[A-Za-z](?![\w])))?(?![\w,.]\d|\w)"
    r"|(?<![\w])(?i:case\ssparse|c\.se\ssparse)\s(?i:n\.\s?)?\d{1,4}[a-zA-Z]?(?![\w])"
    # round 21: a public housing estate and its lot, block or building ("Case Popolari Lotto
    # 4", "case IACP scala B 2", "Alloggi ATER is. 3", "case popolari n. 12")
    r"|(?<![\w])(?i:case|alloggi|palazzine|case\sparcheggio)\s(?i:popolari|iacp|ater|aler|ina|"
    r"gescal|erp|comunali|operaie|ina-casa|ferrovieri)"
    r"(?:\s(?i:lotto|scala|blocco|palazzina|pal\.|is\.|isolato|edificio|fabbricato|fabb\.|"
    r"comparto|n\.|nr\.?|civico)\s?[A-Za-z]?\d{0,4}[A-Za-z]?){0,2}"
    r"(?<=\d|[A-Z])(?![\w])"
)
# Round 27: a farm's or a street's name without its kind, its number and a CAP ("Oberhof 3,
# 39040", "Garibaldi 14, 20100 Milano")
NAMED_NUMBER_CAP = re.compile(
    r"(?<![\w'’])([A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:[ \t][A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}){0,2})[ \t]"
    r"\d{1,4}[a-zA-Z]?(?:/[A-Za-z0-9]{1,3})?[ \t]*,?[ \t]+(\d{5})(?![\w]|[.,]\d|[ \t]?(?:%|€))"
)
_CODE_NAMES_TEXT = """
    ordine order pagina page fattura invoice lotto tavolo table stanza room camera volo flight
    treno train posto seat articolo item codice code ticket pratica
"""
_CODE_NAMES = frozenset(_CODE_NAMES_TEXT.split())
_TYPE_BEFORE = re.compile(rf"(?<![\w])(?i:{_IT_STREET}|{_IT_STREET_ABBR})[ \t]?$")
# a state or provincial road and its kilometre ("sulla statale 16 km 3,5", "SS 106 km 12",
# "strada provinciale 25 km 4"); a post-office box ("Postfach 12 04 33", "casella postale 118",
# "PO Box 4471", "RR 2 Box 118")
ROAD_KM = re.compile(
    r"(?<![\w])(?:(?i:strada[ \t])?(?i:statale|provinciale|regionale)|SS|SP|SR|S\.S\.|S\.P\.|"
    r"(?i:ss|sp)(?=\d))[ \t]?\d{1,3}(?:[ \t]?[a-z]{1,3})?[ \t]*,?[ \t]*(?i:km)\.?[ \t]?"
    r"\d{1,3}(?:[.,]\d{1,3})?(?![\w]|[.,]\d)"
)
POST_BOX = re.compile(
    r"(?<![\w])(?:(?i:postfach|casella[ \t]postale|c\.p\.|p\.?[ \t]?o\.?[ \t]?box|"
    r"boîte[ \t]postale|apartado(?:[ \t]de[ \t]correos)?)|RR[ \t]?\d{1,3}[ \t]Box)"
    r"[ \t]*(?:n\.?[ \t]?|no\.?[ \t]?|#)?\d{1,6}(?:[ \t]\d{2}){0,3}(?![\w]|[.,]\d)"
)
_VINTAGE_BEFORE = re.compile(
    r"(?<![\w])(?i:un|uno|il|lo|del|dello|col|annata|vino|bottiglia|bottiglie|cassa|cartone|"
    r"calice|the|of|bottle|bottles)(?:[ \t](?i:di|de|of))?[ \t]$"
)
# Street types that are also everyday words ("lista nozze", "corte d'appello", "campo
# Sportivo", "galleria Borghese", "plaza Hotel"): a street only with a house number.
_NEEDS_NUMBER = frozenset(
    {
        "riva",
        "ruga",
        "lista",
        "ramo",
        "corte",
        "campo",
        "galleria",
        "passaggio",
        "portico",
        "cupa",
        "piscina",
        "plaza",
        "camino",
        "ronda",
        "spalto",
        "baluardo",
        "trazzera",
        "stradello",
    }
    | _RURAL
)
# An Italian street type or its abbreviation (for other recognizers: a phone-like "164 - 95689"
# after a street is a house number and a CAP).
STREET_TYPE = rf"(?:{_IT_STREET}|{_IT_STREET_ABBR})"
_MONTHS = (
    r"[Gg]ennaio|[Ff]ebbraio|[Mm]arzo|[Aa]prile|[Mm]aggio|[Gg]iugno|[Ll]uglio|[Aa]gosto|"
    r"[Ss]ettembre|[Oo]ttobre|[Nn]ovembre|[Dd]icembre"
)
# What introduces a house number: "n. 40", "N. 40", "nr 3", "n° 5", "civico 12", "num. 7".
# (round 37: Spanish and Portuguese "n.º", "nº", also after NFKC made the º an o, "n.o")
_HOUSE_LEAD = (
    r"(?i:n\.?\s?|nr\.?\s?|n°\s?|n\.?º\s?|n\.o\s?|num\.?\s?|numero\s|civ\.?\s?|civico\s|al\s)"
)
# An elided article or preposition glued to the name ("via dell'Artigianato", "piazza d'Azeglio").
_ELIDED = r"(?i:dell|dall|nell|sull|all|d|l)['’]"
_SECTION_WORD = (
    r"(?:tronco|traversa|trav\.|diramazione|dir\.|privata|superiore|inferiore|sup\.|inf\.|"
    r"vecchia|nuova|vecchio|nuovo|alta|bassa|interna|esterna|lotto|isolato|is\.|comparto|"
    r"settore|parallela|prolungamento|tratto|rampa|vico|vicolo|fondo|bis)"
)
_NAME_WORD = (
    rf"(?:(?!{_HOUSE_LEAD}\d)[A-ZÀ-Ý](?:[^\W\d_]|['’.\-]){{0,24}}|{_ELIDED}[A-ZÀ-Ý][^\W\d_]{{1,24}}"
    rf"|(?i:dell[aoe]?'?|degli|del|di|da|dei|d'|san|santa)(?![^\W\d_])"
    # the Tuscan and Emilian elided "de'" / "da'" ("Cà de' Coppi", "Borgo de' Greci")
    rf"|(?i:de|da)['’](?=\s[A-ZÀ-Ý])"
    # inside a name only before a capitalised word ("Poggio alle Mura"; not "via Roma alle 10"),
    # also the Portuguese and Spanish ones ("Rua das Flores", "Carrer de Provença")
    rf"|(?i:alla|alle|allo|agli|al|ai|sulla|sul|per|das|dos|do|de|la|las|los)(?=\s[A-ZÀ-Ý])"
    # Spanish "de la", "de los" ("Avenida de la Constitución")
    rf"|(?i:de)(?=\s(?i:la|las|los)\s[A-ZÀ-Ý])"
    # round 16: an article inside a name, before its last capitalised word and the number ("via
    # Lodovico il Moro 48", "via Ludovico il Moro, 3")
    rf"|(?:il|lo|le|gli)(?=\s[A-ZÀ-Ý][^\W\d_]{{1,24}},?\s\d)"
    # and the other linking words of odonyms ("Radici in Piano", "Santa Maria a Cubito",
    # "Pieve e Corte", "Borgo sotto Castello", "Porta dal Pozzo", "Ponte nella Valle")
    rf"|(?:in|e|a|sotto|sopra|dal|dalla|dai|dalle|dagli|nel|nella|nei|fuori)(?=\s[A-ZÀ-Ý])"
    rf"|\d{{1,2}}[°º]?\s(?:{_MONTHS})"
    # round 21: a section, a branch or a part of the street inside its name, before a roman
    # or arabic numeral or a capitalised word ("via Reggio Campi II tronco 12", "via Nuova
    # trav. II 5", "contrada Piano diramazione B 3", "via Appia prima traversa 8", "via Rossi
    # superiore 4", "Rione Sole lotto 4", "parco Verde is. 5")
    rf"|{_SECTION_WORD}(?=\s(?:[IVX]{{1,4}}(?![\w])|\d|[A-ZÀ-Ý]))"
    # ... and an ordinal before it ("via Roma II traversa 7", "seconda traversa")
    rf"|(?:[IVX]{{1,4}}|(?i:prima|seconda|terza|quarta|quinta|primo|secondo|terzo|quarto|"
    rf"quinto))(?=\s{_SECTION_WORD}\s?(?:[IVX]{{1,4}}(?![\w])|\d|[A-ZÀ-Ý]))"
    r")"
)
_HOUSE = (
    # round 32: the part after a slash ends there ("14/A", "9 / 2"; not "14 / Pina ...")
    r"(?:\d{1,4}(?:[a-zA-Z](?![\w]))?(?:\s?/\s?[a-zA-Z0-9]{1,3}(?![\w])|-\d{1,4}|-[A-Za-z]{1,3}(?![\w]))?"
    r"(?:\s(?i:bis|ter)(?![\w]))?|(?i:snc|s\.n\.c\.|s\.n\.)(?![\w]))"
)
# round 15: the floor or the side of the landing after an ordinal (Portuguese "2º Esq", "3º
# Dto", "1º Frt", Spanish "3ª planta", "2º piso", French "4e étage", German "2. OG", "3. Stock").
_FLOOR_SIDE = (
    r"esq|esqº|esqo|dto|dtº|dto|dt|dir|drt|dta|frt|fte|frente|tras|trás|planta|piso|andar|"
    r"étage|etage|og|obergeschoss|stock|stockwerk|etg"
)
# ... and the parts of a building with their number, in those languages and in English ("Bloque
# 2", "Portal 3", "Escalera B", "Puerta 4", "Bât. C", "Appt 12", "Whg. 5", "Stiege 2", "Tür 7",
# "Top 4", "Ste 400", "Fl 3", "Dept 12", "Bldg C", "Level 5")
_BUILDING_PART = (
    r"bloque|blq\.?|portal|escalera|esc\.|puerta|pta\.|bât\.|bat\.|bâtiment|batiment|"
    r"appt\.?|appartement|whg\.?|wohnung|stiege|stg\.|tür|aufgang|apto\.?|apartamento|fração|"
    r"fracção|ste\.?|dept\.?|bldg\.?"
)
# ... those that are everyday words too, only with a digit ("Top 4", "Level 2"; not "top cell")
_BUILDING_PART_DIGIT = (
    r"local|porte|entrée|entree|top|haus|lote|loja|sala|fl\.|building|level|lvl|box|suite|"
    r"floor|app\."
)
# the sides of a Portuguese landing, alone after the floor ("2º Esq", "R/C Dto")
_SIDE = r"esq|esqº|esqo|dto|dtº|drt|dta|frt|fte|dt|planta|piso|andar|étage|etage|obergeschoss"
# Parts of a building after the street and number, never the town ("Scala C", "Int. 9").
_UNIT_WORD = (
    r"(?i:scala|sc\.|int\.?|interno|piano|pal\.|palazzina|edificio|capannone|lotto|blocco|torre|"
    r"cortile|corpo|ala|presso|c/o|citofono|campanello|apt|apartment|flat|unit|suite|floor|"
    r"ground|first|second|third|top)(?![\w])"
    rf"|(?i:{_BUILDING_PART}|{_BUILDING_PART_DIGIT}|{_FLOOR_SIDE})(?![\w])"
)
_CAP_CITY = (
    # the town's words after the CAP stay on one line ("20121\nMilano\nTel ...")
    r"(?:(?:,?\s|\s[-–—]\s)(?:\d{5})"
    r"(?:\s[A-ZÀ-Ý][\w'’\-]{1,24}(?:[ \t][A-ZÀ-Ý][\w'’\-]{1,24}){0,2})?"
    r"(?:\s?\([A-Z]{2}\))?"
    rf"|,\s(?!{_UNIT_WORD})(?P<town>[A-ZÀ-Ý][\w'’\-]{{1,24}}(?:\s[A-ZÀ-Ý][\w'’\-]{{1,24}}){{0,2}}))?"
)
_QUANTITY = (
    r"\s?(?:volte|giorni|ore|settimane|mesi|anni|euro|eur|pezzi|minuti|persone|colori|taglie|"
    r"paia|articoli|cose|volta|giorno|ora|settimana|times|days|hours|weeks|months|years|items|"
    r"pieces|things|km|kg|cm|mm|gr|x|%|€)(?![\w])"
)
# After a capitalised street a number is a house number unless it counts ("discesa Libera 2
# volte"); "km" stays ("Strada Provinciale 25 km 4"); chat's "x" for "per" before a word is no
# count ("via Tiburtina Valeria 302 x ora", round 37).
_COUNTED = (
    r"\s?(?:volte|volta|times|persone|people|pezzi|pieces|anni|years|euro|eur|€|%|"
    r"x(?![ \t]+[A-Za-zÀ-ÿ]))(?![\w])"
)
_COUNTED_AFTER = re.compile(_COUNTED)
IT_ADDRESS = re.compile(
    rf"(?<![\w])(?i:{first_letters(_IT_STREET, _IT_STREET_ABBR)})"
    rf"(?:(?i:{_IT_STREET})\s|(?i:{_IT_STREET_ABBR})\s?)(?:{_NAME_WORD})(?:\s(?:{_NAME_WORD})){{0,4}}"
    rf"(?:,?\s{_HOUSE_LEAD}?{_HOUSE}(?!\d|{_COUNTED}|(?:[-–/]\d{{1,4}})?\s(?:{_MONTHS}))"
    # round 18: a rural road's kilometre instead of a house number ("tratturo Foggia-Ofanto,
    # km 3", "strada vicinale Sette Fonti km 2,5")
    r"|,?\s(?i:km)\.?\s?\d{1,3}(?:[.,]\d{1,3})?(?![\w]|[.,]\d))?"
    rf"{_CAP_CITY}",
)
_EN_STREET = (
    r"street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|way|court|"
    r"ct\.?|place|pl\.?|close|gardens|terrace|crescent|square|sq\.?|parkway|highway|hwy\.?|"
    r"circle|row|mews|grove|hill|park|gate|parade|quay|wharf|walk|rise|"
    # round 36: Yorkshire's "Mount" after its name ("11 Roundhay Mount")
    r"mount|"
    # estates and closes named without a street word ("14 The Paddocks", "3 Castle View")
    r"view|green|heights|lawns?|vale|meadows?|manor|glen|dale|villas|cottages|paddocks|fields|"
    r"orchard|downs|heath|estate|"
    # the rest of the British and American street words ("Lady Wynd", "Oak Chase", "Mill
    # Drove", "Castle Brae", "Tanners Yard", "Victoria Embankment", "Oxford Circus", "Elm
    # Croft", "Mill Causeway", "Appalachian Trail", "Canal Plaza", "Maple Alley")
    r"wynd|chase|drove|brae|vennel|yard|embankment|esplanade|promenade|circus|broadway|"
    r"causeway|croft|mead|approach|trail|pike|turnpike|expressway|freeway|plaza|alley|"
    r"crossing|pkwy\.?|cir\.?|ter\.?|terr\.?|trl\.?|"
    # round 15: the rest of the American, Canadian and Australian street words and their
    # abbreviations ("Pine Ridge Loop", "Maple Cres", "Harbour Pde", "Ocean Tce", "Elm Gdns")
    r"loop|bend|ridge|hollow|cove|landing|commons|crest|knoll|trace|spur|circuit|route|"
    r"rte\.?|cres\.?|cresc\.?|crt\.?|gdns\.?|grv\.?|hts\.?|pde\.?|tce\.?|mnr\.?|pky\.?|"
    # round 18: Chinese streets in pinyin ("45 Jianguo Lu", "8 Wangfujing Dajie", "12 Nanluogu
    # Xiang"), Indian and South Asian ones ("14 Tilak Marg", "3 Anna Salai", "7 Paharganj Gali",
    # "2 Lal Chowk"), Malay and Indonesian "Jalan" comes before its name: left out
    r"lu|jie|dajie|hutong|xiang|marg|salai|gali|chowk"
)
# A house number in words before a capitalised street ("One Federal Street", "Two Harbour
# Road"): only before the common street words.
# Round 19: in any case and up to fifty ("at fourteen Hazel Walk", "twenty-two Elm Close"),
# before the common British closes and groves too.
_SPELLED_HOUSE = (
    r"(?:(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
    r"(?:[ \-](?i:one|two|three|four|five|six|seven|eight|nine))?)"
)
EN_SPELLED_ADDRESS = re.compile(
    rf"(?<![\w]){_SPELLED_HOUSE}\s(?:[A-Z][\w'’\-]{{1,24}}\s){{1,2}}"
    r"(?:Street|Road|Avenue|Lane|Square|Place|Plaza|Court|Drive|Boulevard|Terrace|Crescent|Row|"
    r"Wharf|Quay|Embankment|Grove|Close|Gardens|Mews|Rise)(?![\w])"
)
# the street words EN_SPELLED_ADDRESS requires as written: the scan only runs where one is (S21)
_EN_SPELLED_GATE = re.compile(
    r"(?:Street|Road|Avenue|Lane|Square|Place|Plaza|Court|Drive|Boulevard|Terrace|Crescent|Row|"
    r"Wharf|Quay|Embankment|Grove|Close|Gardens|Mews|Rise)(?![\w])"
)
# the number after an English street type ("Abbey Road 3", "Hongqiao Road 1200", "Baker Street
# al 221"); a year is no house number ("Abbey Road 2019")
EN_TYPE_THEN_NUMBER = re.compile(
    r"(?<![\w])(?:[A-Z][\w'’\-]{1,24}\s){1,3}"
    r"(?:Street|Road|Avenue|Lane|Drive|Way|Close|Crescent|Terrace|Place|Square|Gardens|Grove|"
    r"Boulevard|Court|Row|Hill|Mews|Rise)\s(?:(?:al|at|no\.?|n\.|nr\.?)\s?)?"
    r"(?!(?:19|20)\d\d(?![\w]))\d{1,4}[a-zA-Z]?(?![\w/.,]\d|[\w])"
)
# French and English types first with the number after the name ("Boulevard Voltaire 88",
# "avenue Foch 12 bis")
_TYPE_FIRST_GATE = re.compile(r"(?i:boulevard|avenue|\bav\.|\bbd\.?)\s")
TYPE_FIRST_ADDRESS = re.compile(
    r"(?<![\w])(?i:boulevard|avenue|av\.|bd\.?)\s(?:(?:de|du|des|d['’]|of|the)\s)?"
    r"(?:[A-ZÀ-Þ][\w'’\-]{1,24}\s){1,3}(?!(?:19|20)\d\d(?![\w]))\d{1,4}"
    r"(?:\s?(?:bis|ter))?(?![\w/.,]\d|[\w])"
)
# Welsh streets, the type first and a house number before it ("3 Heol y Plas", "12 Ffordd yr
# Orsaf", "5 Stryd Fawr", "Lôn Glan Môr 8")
CY_ADDRESS = re.compile(
    r"(?<![\w])(?:\d{1,4}[a-zA-Z]?,?\s)?(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Teras|Llys|Clos|"
    r"Maes|Ffordd)\s(?:(?:y|yr|'r|ap|o|na)\s)?[A-ZÀ-Ý][\w'’\-]{1,24}(?:\s[A-ZÀ-Ý][\w'’\-]{1,24}){0,2}"
    r"(?:\s\d{1,4}[a-zA-Z]?(?![\w]))?"
)
# Round 35: Maltese streets ("Triq il-Kbira 23", "Triq San Pawl 5"), with the flat before
# ("Flat 4, Triq ...") and the town's postcode after ("Mosta MST 1016")
MT_ADDRESS = re.compile(
    r"(?<![\w])(?:(?i:flat|apt\.?|apartment)\s\d{1,4}[A-Za-z]?,?\s)?(?:Triq|Pjazza|Sqaq)\s"
    r"(?:(?:il|l|ir|ix|iż|is|it|id|in|tal|tat|taż|tas|ta|tan)-)?[A-ZÀ-ÝĊĦŻĠ][\w'’\-]{1,24}"
    r"(?:\s(?:(?:il|l|ir|ix|iż|is|it|id|in|tal|tat|taż|tas|ta|tan)-)?[A-ZÀ-ÝĊĦŻĠ][\w'’\-]{1,24}){0,2}"
    r"\s\d{1,4}[a-zA-Z]?(?![\w])"
    r"(?:,?\s[A-ZÀ-ÝĊĦŻĠ][\w'’\-]{1,24}(?:\s[A-ZÀ-ÝĊĦŻĠ][\w'’\-]{1,24})?\s[A-Z]{3}\s?\d{4}(?![\w]))?"
)
# round 38: or the number first, as English writes it ("18 Triq il-Kbira")
MT_NUMBER_FIRST = re.compile(
    r"(?<![\w.,/])\d{1,4}[A-Za-z]?,?\s(?:Triq|Pjazza|Sqaq)\s"
    r"(?:(?:il|l|ir|ix|iż|is|it|id|in|tal|tat|taż|tas|ta|tan)-)?[A-ZÀ-ÝĊĦŻĠ][\w'’\-]{1,24}"
    r"(?:\s(?:(?:il|l|ir|ix|iż|is|it|id|in|tal|tat|taż|tas|ta|tan)-)?[A-ZÀ-ÝĊĦŻĠ][\w'’\-]{1,24}){0,2}"
)
# Polish, Czech and Slovak streets with their abbreviations ("ul. Długa 14/6", "al. Jana
# Pawła II 12", "pl. Zamkowy 4", "os. Tysiąclecia 7", "ulica Mickiewicza 3"): only with a house
# number; a Polish postcode and town may follow ("31-147 Kraków").
PL_ADDRESS = re.compile(
    # (round 35: the Ukrainian "vul." and the flat "kv.", "vul. Soborna 14/a, kv. 27")
    r"(?<![\w])(?:ul\.|al\.|pl\.|os\.|vul\.|ulica|aleja|plac|osiedle|ulice|nám\.|náměstí|třída)\s?"
    r"[A-ZÀ-ÝŁŚŻŹĆŃÓĘĄČŘŠŽ][\w'’.\-]{1,24}(?:\s[A-ZÀ-ÝŁŚŻŹĆŃÓĘĄČŘŠŽIVX][\w'’.\-]{0,24}){0,3}"
    r"\s\d{1,4}[a-zA-Z]?(?:\s?/\s?(?:\d{1,4}[a-zA-Z]?|[a-zA-Z]))?(?![\w])"
    # round 16: the flat after the number ("47 m. 12", "3 lok. 5", "8 m 4")
    r"(?:,?\s(?:m\.?|lok\.|lokal|mieszk\.|kv\.?)\s?\d{1,4}[a-zA-Z]?(?![\w]))?"
    r"(?:,?\s\d{2}-\d{3}(?:\s[A-ZÀ-ÝŁŚŻŹĆŃÓ][\w\-]{1,24}(?:\s[A-ZÀ-ÝŁŚŻŹĆŃÓ][\w\-]{1,24})?)?)?"
)
# Round 15. An industrial, craft or business zone used as an address, with a number, a plot or a
# shed ("zona industriale 14/A", "Z.I. Campo Lungo, lotto 7", "zona artigianale Nord 3", "area
# PIP, capannone 12", "Interporto di Vercelli, lotto C4", "Polo logistico, modulo 3",
# "insediamento produttivo 5", "Centro Direzionale Colleoni, palazzo Andromeda 2"): the zone's
# name is optional, the number is not.
_ZONE = (
    r"(?:(?i:zona|z\.)\s?(?i:industriale|artigianale|commerciale|produttiva|industriale-artigianale|"
    r"ind\.(?:le)?|art\.(?:le)?|comm\.(?:le)?|artigiana|agricola)"
    r"|Z\.\s?I\.|Z\.\s?A\.\s?I\.|Z\.\s?A\.|ZI|ZAI|ZIR|ZIPA|"
    r"(?i:area|zona)\s(?:PIP|P\.I\.P\.|ASI|A\.S\.I\.|(?i:industriale|artigianale|produttiva|"
    r"commerciale|ind\.le|art\.le))|(?i:area)\sP\.?\s?I\.?\s?P\.?|"
    r"(?i:nucleo|agglomerato|distretto|consorzio|comparto|polo|parco|villaggio|insediamento)\s"
    r"(?i:industriale|artigianale|artigiano|produttivo|logistico|commerciale|tecnologico|"
    r"scientifico|direzionale)|(?i:interporto|centro\sdirezionale|centro\scommerciale|"
    r"insediamento\sproduttivo|insediamento))"
)
_ZONE_UNIT = (
    r"(?i:lotto|lott\.|lt\.|capannone|cap\.|capan\.|modulo|mod\.|blocco|settore|fabbricato|"
    r"edificio|palazzina|palazzo|isola|comparto|stabile|box|magazzino|unità|unita|civico|n\.|nr\.?|"
    r"numero)"
)
_ZONE_HINTS = (
    "zona",
    "z.",
    "zi",
    "zai",
    "area",
    "nucleo",
    "agglomerat",
    "distrett",
    "consorzio",
    "comparto",
    "polo",
    "parco",
    "villaggio",
    "insediament",
    "interporto",
    "centro",
)
_ZONE_GATE = re.compile("|".join(map(re.escape, _ZONE_HINTS)))
_UNTYPED_HINTS = (
    "Suite",
    "Ste",
    "STE",
    "SUITE",
    "Unit",
    "UNIT",
    "Floor",
    "FLOOR",
    "Fl",
    "FL",
    "Apt",
    "APT",
    "Dept",
    "Bldg",
    "PH",
    "Penthouse",
    "#",
    "Broadway",
    "Bowery",
    "Embarcadero",
    "Boardwalk",
    "Strand",
    "th Fl",
    "th fl",
)
_UNTYPED_GATE = re.compile("|".join(map(re.escape, _UNTYPED_HINTS)))
IT_ZONE_ADDRESS = re.compile(
    rf"(?=[zZaAnNdDcCpPvViI])(?<![\w.]){_ZONE}"
    # the zone's name: a town after "di", a capitalised word or two, a compass point
    r"(?:\s(?:(?i:di|del|della|dei|delle|de)\s)?(?!(?i:lotto|capannone|modulo|blocco|settore)\b)"
    r"[A-ZÀ-Ý][\w'’\-]{1,24}(?:\s(?:(?:di|del|della|dei|delle|de)\s)?[A-ZÀ-Ý][\w'’\-]{1,24}){0,2})?"
    r"(?:,?\s(?:-\s)?(?:"
    rf"{_ZONE_UNIT}\s?[A-Za-z]?\d{{1,4}}(?:\s?/\s?[A-Za-z0-9]{{1,3}}|[A-Za-z](?![\w]))?"
    rf"|{_ZONE_UNIT}\s?[A-Z](?:\d{{1,3}})?(?![\w])"
    r"|\d{1,4}(?:\s?/\s?[A-Za-z0-9]{1,3}|[A-Za-z](?![\w]))?(?!\d|[.,]\d|\s?(?:%|€|euro|mq|m2|km|"
    r"metri|dipendenti|aziende|ditte|imprese|persone|anni|ettari|ha)(?![\w])"
    # nor a count before a noun ("centro commerciale 3 negozi", "interporto 2 volte")
    r"|\s(?!(?:bis|ter|int|interno|scala|piano|presso|loc|fraz)(?![\w]))[a-zà-ÿ]{3,})))+"
)


# An Italian provincial or state road and its kilometre ("SP 25 km 4", "S.S. 36 km 12,5",
# "SS16 Km 812+300"), maybe with the road's name ("SP 342 Briantea km 7"); also spelt out, in
# any case ("strada statale 16 km 734", "str. provinciale 25 km 4").
IT_ROAD_KM = re.compile(
    r"(?<![\w])(?:S\.?P\.?|S\.?S\.?|S\.?R\.?|(?i:(?:strada|str\.)\s(?:statale|provinciale|regionale)))"
    r"\s?\d{1,3}(?:\s[A-ZÀ-Ý][\w'’\-]{1,24}){0,2}"
    r"(?:,\s?|\s)(?i:km)\.?\s?\d{1,3}(?:[.,+]\d{1,3})?(?![\w])"
)
# Naples' business district has islands, not streets ("Centro Direzionale isola A3", "Centro
# Direzionale di Napoli, Is. G1").
CDN_ADDRESS = re.compile(
    r"(?<![\w])(?i:centro\sdirezionale)(?:\s(?:di\s)?Napoli)?,?\s(?i:isola|is\.)\s?"
    r"[A-Ga-g]\s?\d{1,2}(?![\w])"
)
# A named house before the number ("Glenview House, 14 Harbour Road").
_HOUSE_NAME = (
    r"(?:[A-Z][\w'’\-]{1,24}\s(?:House|Cottage|Lodge|Farm|Villa|Hall|Manor|Mill|Barn|Court|"
    r"Farmhouse|Bungalow),\s"
    # or with "The" ("The Old Forge, 3 Church Lane")
    r"|The(?:\s[A-Z][\w'’\-]{1,24}){1,3},\s)"
)
EN_ADDRESS = re.compile(
    rf"(?<![\w])(?:(?i:flat|apt\.?|apartment|unit|suite)\s\w{{1,5}},?\s|{_HOUSE_NAME})?"
    rf"\d{{1,5}}[a-zA-Z]?(?:-\d{{1,5}}[a-zA-Z]?)?,?\s"
    rf"(?:(?:[A-Z][\w'’\-]{{0,24}}\.?|\d{{1,3}}(?:st|nd|rd|th))\s){{1,4}}(?i:{_EN_STREET})(?![\w])"
    # a direction, or Ireland's upper and lower halves of a street ("O'Connell Street Upper")
    r"(?:\s(?:NW|NE|SW|SE|N|S|E|W|Upper|Lower)(?![\w])"
    # round 18: a Chinese road's section in brackets ("Huaihai Road (M)", "Zhongshan Road (N)",
    # "(East)", "(Middle)")
    r"|\s?\((?:N|S|E|W|M|C|North|South|East|West|Middle|Mid|Central|Upper|Lower)\))?"
    r"(?:,?\s(?:(?i:apt\.?|suite|ste\.?|unit|flat|rm\.?|room)\s?#?\w{1,5}|#\s?\w{1,5}))?"
    # a floor after the street ("One Federal Street, 21st Floor, Boston")
    r"(?:,?\s(?:\d{1,2}(?:st|nd|rd|th)\s(?i:floor)|(?i:floor)\s\d{1,2}))?"
    r"(?:,\s(?:[A-Z][a-z][\w\-]{0,23}|[A-Z]{3,24}(?![\w]))(?:\s(?:[A-Z][a-z][\w\-]{0,23}|[A-Z]{3,24}(?![\w]))){0,2}"
    # a postal district after the town ("Dublin 2", "Dublin 6W")
    r"(?:\s\d{1,2}[wW]?(?=,|\s[A-Z]\d|\s*$|\s*\n))?)?"
    r"(?:,?\s(?i:co\.|county)\s[A-Z][a-z]{2,15})?"
    r"(?:,?\s(?:[A-Z]{2}\s\d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
    # a Canadian province and postal code ("Toronto, ON M4B 1B3")
    r"|[A-Z]{2}\s[A-Z]\d[A-Z]\s?\d[A-Z]\d))?",
)
# Chat style, all lowercase ("via roma 10", "22 baker street"): only with a house number that
# is not a quantity ("corso di yoga 2 volte").
_LOWER_WORD = r"[a-zà-ÿ'’]{2,24}"
_IT_STREET_HINTS = (
    "via",
    "vial",
    "piazz",
    "corso",
    "largo",
    "vic",
    "strad",
    "contr",
    "localit",
    "lungo",
    "borgo",
    "salita",
    "calle",
    "fraz",
    "trav",
    "rion",
    "sces",
    "rampa",
    "calata",
    "campiell",
    "fondament",
    "circonval",
    "viottol",
    "scalinat",
    "v.",
    "p.",
    "c.",
    "l.",
    "str.",
    "loc.",
)
# In lowercase only the common street types: "rampa di carico 2", "frazione di secondo" are prose.
_IT_STREET_COMMON = (
    r"contr[aà]|via|viale|piazza|piazzale|corso|largo|vicolo|vico|strada|contrada|localit[aà]|lungomare|"
    r"lungotevere|borgo|salita|calle|traversa"
)
_SAINTS = frozenset({"s", "ss", "s.ta", "sta", "sto", "st"})
# A saint's abbreviation opening a lowercase street's name ("via s. maria a pugliano 88",
# "piazza ss. annunziata 3"), and "a"/"e" inside it
_LOWER_SAINT = r"(?:(?i:s|ss|s\.ta|sta|sto|st)\.\s?)"
IT_ADDRESS_LOWER = re.compile(
    rf"(?<![\w])(?:(?i:{_IT_STREET_COMMON})\s|(?i:{_IT_STREET_ABBR})\s?){_LOWER_SAINT}?{_LOWER_WORD}"
    # round 27: abbreviated words and a Roman numeral in the name ("c.so vitt. emanuele II 231")
    rf"(?:\.(?=\s[a-zà-ÿ]))?(?:\s(?:{_LOWER_WORD}(?:\.(?=\s[a-zà-ÿ]))?|[ae](?=\s[a-zà-ÿ]{{3}})|"
    rf"[IVX]{{1,4}}(?=\s\d))){{0,3}},?\s{_HOUSE_LEAD}?{_HOUSE}"
    rf"(?![\w.,/]\d|\w)(?!{_QUANTITY})"
    rf"(?:,?\s\d{{5}}(?:\s[a-zà-ÿ'’]{{2,24}}){{0,2}})?"
)
_LOWER_UNIT = r"(?:apt|apartment|unit|flat|suite|ste)\.?\s?#?[a-z0-9]{1,5}"
EN_ADDRESS_LOWER = re.compile(
    # round 37: a flat before the number ("apt 5c 221 east 10th st")
    rf"(?<![\w])(?:{_LOWER_UNIT},?\s)?"
    # not a count ("mia cugina di 19 anni vale??", "3 years ago road trip")
    r"\d{1,5}[a-z]?,?\s(?!(?:anni|anno|years|year|volte|times|euro|mesi|months)\s)"
    # the words of the name, an ordinal too ("318 west 22nd street"), a direction's letter
    # (round 37: "88 w 42nd st")
    r"(?:(?:[a-z][a-z'\-]{1,24}|[nsew]|\d{1,3}(?:st|nd|rd|th))\s){1,3}"
    r"(?:street|road|rd|st|avenue|ave|lane|drive|boulevard|terrace|crescent|close|square|park|way|"
    r"place|row|court|gardens|grove|view|green|heights|lawns?|mews|vale|quay|parade)(?![\w])"
    # round 37: a flat after it, and a US town with its state and ZIP ("... apt 5c", "duval st
    # austin tx 78751")
    rf"(?:,?\s{_LOWER_UNIT}(?![\w]))?"
    r"(?:,?\s(?:[a-z]{2,20}\s){0,2}[a-z]{2,20},?\s[a-z]{2},?\s\d{5}(?:-\d{4})?(?![\w]))?"
    r"(?=\s*$|\s*[,.;:!?)\n]|\s+(?:[A-Z]|\d|please|pls|thanks|thank|and|in|near|for|by)\b)"
)
UK_POSTCODE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\w])")
# An Irish Eircode ("P17 WR40", "D6W XY12"): a routing key and four characters, one a digit.
EIRCODE = re.compile(
    r"(?<![\w])(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)\s?(?=[A-Z]{0,3}\d)[A-Z0-9]{4}(?![\w])"
)
_EIRCODE_LEAD = re.compile(r"(?:,\s?|(?i:eircode)\s?[:\-]?\s?|(?i:co\.?)\s[A-Z][a-z]+\s)$")
# An English street without a house number, but on an address line: a house name may come
# before it and a town or a postcode after it ("Rose Cottage, Church Lane, Ledbury").
EN_STREET_LINE = re.compile(
    r"(?<![\w])(?:(?:The\s)?[A-Z][\w'’\-]{1,24}(?:\s[A-Z][\w'’\-]{1,24}){0,2},\s)?"
    r"(?:[A-Z][\w'’\-]{1,24}\s){1,3}"
    r"(?:Street|Road|Lane|Avenue|Drive|Close|Crescent|Terrace|Gardens|Grove|Place|Square|Mews|"
    r"Court|Walk|Rise|Row|Way|Quay|Wharf|Parade|Hill|Park|"
    # the rarer street words ("Thistle Wynd, Perth", "Badger Chase, Bicester")
    r"Wynd|Chase|Drove|Brae|Yard|Croft|Embankment|Esplanade|Promenade|Causeway)(?![\w])"
    r"(?=,\s?[A-Z][a-z]|\s(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\w]))"
)
# An Italian street in lowercase after its number, as in English ("staying at 20 via delle
# rose"), only where the line or clause ends after it.
IT_ADDRESS_NUMBER_FIRST = re.compile(
    rf"(?<![\w.,:/€$£])\d{{1,4}}[a-z]?,?\s(?:{_IT_STREET})\s{_LOWER_WORD}(?:\s{_LOWER_WORD}){{0,2}}?"
    r"(?=\s*$|\s*[,.;:!?)\n]|\s+(?:for|per|a|in|near|vicino|please|pls|grazie|thanks|until|fino)\b)"
)
# Words before a street that make it someone's address, not a landmark ("5 min walk from Main
# Street").
_ADDRESS_CUE = re.compile(
    r"(?i:address|addr|live|lives|living|send|sent|deliver|delivery|ship|post|posted|staying|"
    r"stay|home|house|flat|moved|return|returned|forward|collect|my|our|his|her|their)\b[^.!?\n]*$"
)
_PREVIOUS = re.compile(r"([A-Za-zÀ-ÿ\-]+)[\s']+$")
_EN_STREET_CUED = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w'’\-]{1,24}[ \t]){1,3}(?:Street|Road|Lane|Avenue|Drive|Close|"
    r"Crescent|Terrace|Gardens|Grove|Place|Square|Mews|Court|Walk|Rise|Row|Way)(?![\w'’])"
)
_HOME_STREET_CUE = re.compile(
    r"(?i:address\s(?:is|was|will\sbe)|address\s?:|i\s+live\s+(?:on|in|at)|we\s+live\s+(?:on|in|at)|"
    r"lives\s+(?:on|in|at)|we'?re\s+on|i'?m\s+on|street\s+is|moved\s+to)[ \t]+(?:the[ \t]+)?$"
)
_EN_LINE_HINTS = (
    "Quay",
    "Wharf",
    "Parade",
    "Hill",
    "Park",
    "Street",
    "Road",
    "Lane",
    "Avenue",
    "Drive",
    "Close",
    "Crescent",
    "Terrace",
    "Gardens",
    "Grove",
    "Place",
    "Square",
    "Mews",
    "Court",
    "Walk",
    "Rise",
    "Row",
    "Way",
    "Wynd",
    "Chase",
    "Drove",
    "Brae",
    "Yard",
    "Croft",
    "Embankment",
    "Esplanade",
    "Promenade",
    "Causeway",
)
# one compiled alternation: a scan for them all, faster than a test of each in turn
_EN_LINE_GATE = re.compile("|".join(map(re.escape, _EN_LINE_HINTS)))
# Italian "via" is also a preposition ("via email"): these words after it are not streets.
_NOT_STREET = frozenset(
    {
        "email",
        "e-mail",
        "mail",
        "whatsapp",
        "messenger",
        "instagram",
        "telegram",
        "sms",
        "chat",
        "telefono",
        "posta",
        "corriere",
        "internet",
        "web",
        "app",
        "facebook",
        "dm",
        "pec",
        "paypal",
        "bonifico",
        "satispay",
        "bancomat",
        "carta",
        "card",
        "bank",
        "transfer",
        "text",
        "phone",
        "dhl",
        "ups",
        "gls",
        "brt",
        "sda",
        "amazon",
        "link",
        # round 16: couriers, shops and apps ("spedito via SEUR", "sent via FedEx")
        "seur",
        "tnt",
        "fedex",
        "dpd",
        "poste",
        "nexive",
        "mrw",
        "correos",
        "chronopost",
        "colissimo",
        "hermes",
        "evri",
        "inpost",
        "usps",
        "yodel",
        "parcelforce",
        "aramex",
        "bartolini",
        "packlink",
        "sendcloud",
        "vinted",
        "ebay",
        "subito",
        "skype",
        "zoom",
        "teams",
        "signal",
        "viber",
        "wechat",
        "discord",
        "slack",
        "mms",
        "raccomandata",
        "fax",
        "glovo",
        "deliveroo",
        "uber",
        "pacco",
        "messaggio",
        "messaggi",
        "sito",
        "website",
        # round 19: fixed phrases that open with a street word and name no street (the Milky
        # Way, Milan's stock exchange, the Way of the Cross)
        "lattea",
        "affari",
        "crucis",
    }
)


# Words that never make a lowercase street name ("in piazza alle 10", "via mail entro le 5").
_FUNCTION_WORDS_TEXT = """
    a al alla alle allo ai agli in su sul sulla sui con per tra fra e o ma che il la lo le gli
    un una uno verso dopo prima entro fino dalle dalla dal circa tipo ore ora the at to on by for
    and or
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
# what a road is after "strada"/"via" ("strada vicinale", "via privata", "str. com.le")
_ROAD_KINDS = frozenset(
    [
        "vicinale",
        "comunale",
        "provinciale",
        "statale",
        "consortile",
        "regionale",
        "privata",
        "poderale",
        "interpoderale",
        "vic.",
        "com.",
        "com.le",
        "prov.",
        "prov.le",
        "cons.",
    ]
)
_CONNECTORS = frozenset(
    {"dei", "del", "della", "delle", "degli", "di", "dello"}
    | {"al", "alla", "alle", "allo", "ai", "agli", "sul", "sulla", "per"}
)
# A house number written before an Italian street, as in English ("20 Via delle Rose").
_NUMBER_BEFORE = re.compile(
    r"(?<![\w.,/:€$£])(?:(?i:civico|numero|n\.|nr\.?)\s?)?\d{1,4}[a-zA-Z]?(?:,|\s(?i:di|in))?\s$"
)
# A post-office box: its number is an address ("PO Box 4471", "casella postale 112").
# Round 36: a plot and its area, as West African addresses are written ("plot 14 Asokwa",
# "Plot 7, Lekki Phase 1")
PLOT_ADDRESS = re.compile(
    r"(?<![\w])(?i:plot|plt)\.?[ \t]?(?:(?i:no\.?|n\.|nr\.?)[ \t]?)?\d{1,5}[A-Za-z]?"
    r",?[ \t]+([A-Z][\w'’\-]{2,24})(?:,?[ \t]+[A-Z][\w'’\-]{2,24})?"
)
# a Japanese postcode before its town ("530-0041 Osaka")
JP_POSTCODE = re.compile(r"(?<![\w\-+])\d{3}-\d{4}[ \t]+([A-Z][a-z]{2,20})(?![\w])")
PO_BOX = re.compile(
    r"(?<![\w])(?i:p\.?\s?o\.?\s?box|post\soffice\sbox|casella\spostale|cas\.\s?post\.|"
    r"c\.p\.|cassetta\spostale|cas\.\s?postale)\s?(?:(?i:n\.?|nr\.?|no\.?)\s?)?\d{1,6}(?![\w])"
)
_TIME_BEFORE = re.compile(
    r"(?<![\w])(?i:alle|ore|h|dalle|entro|verso|by|till|until|around|circa)\s$"
)
# "il corso Yoga", "un corso Pasticceria": "corso" after an article is a course; a street is
# "in corso Garibaldi" (or has a house number).
_COURSE_BEFORE = re.compile(
    r"(?<![\w'])(?i:il|un|del|al|dal|nel|sul|col|quel|questo|nuovo|primo|secondo|mio|tuo|suo|"
    r"vostro|nostro|ogni)\s$"
)
# "v." and "str." also abbreviate "vedi" and "strada" in prose: a street only with a number.
_BARE_ABBR = re.compile(r"(?i:(?:v|str|voc|pod|mass|sal)\.|c/|c\.na)")
_TOWN_COMMA_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*([A-ZÀ-Ý][\w'’\-]{2,24}(?:[ \t][\w'’\-]{2,24})?),[ \t]*$"
)


# What follows a street and number: staircase, flat, floor ("scala C", "int. 6", "piano 2").
_SUFFIXES = re.compile(
    r"(?:,?\s(?:-\s)?(?:(?i:scala|sc\.|int\.?|interno|piano|apt\.?|flat|unit|capannone|lotto|"
    # glued to its number only when it holds a digit ("int.6", "Unit4"; not "United")
    r"edificio|palazzina|pal\.|blocco|torre|corpo)(?:\s|(?=[A-Za-z]?\d))[A-Za-z0-9]{1,3}"
    r"(?:/[A-Za-z0-9]{1,3})?"
    # the floor abbreviated ("p. 2", "p.3", "p. T")
    r"|(?i:p\.)\s?(?:\d{1,2}|[Tt](?![\w]))"
    # a room in a residence, a dorm or a hotel ("room 214", "stanza 12", "camera n. 5")
    r"|(?i:room|rm\.?|stanza|camera)\s(?:(?i:n\.?|no\.?|nr\.?)\s?)?\d{1,4}[A-Za-z]?"
    r"|(?i:km)\.?\s?\d{1,3}(?:[.,]\d{1,3})?|\d{1,2}°?\s?(?i:piano)"
    # a floor in words ("3rd floor", "ground floor", "terzo piano", "piano terra")
    r"|\d{1,2}(?i:st|nd|rd|th)\s(?i:floor)|(?i:ground|first|second|third|fourth|top)\s(?i:floor)"
    r"|(?i:primo|secondo|terzo|quarto|quinto|sesto|ultimo)\s(?i:piano)"
    r"|(?i:piano)\s(?i:terra|rialzato|primo|secondo|terzo|quarto)"
    # a Spanish floor and door ("3º B", "2º izq.", "1º 2ª", "bajo A"; after normalisation
    # the ordinal signs are letters: "3o B")
    r"|\d{1,2}(?:\s?[º°ª]|[oa](?![\w]))"
    r"(?:\s?(?:(?i:izq|izda|dcha|dch|der|centro)\.?|\d{1,2}(?:\s?[ºª]|[oa])|[A-Za-z])(?![\w]))?"
    r"|(?i:bajo|entresuelo|ático|atico)(?:\s[A-Za-z](?![\w]))?"
    # round 15: a Portuguese floor and side ("2º Esq", "3º Dto", "1º Frt", "R/C Dir"), a
    # Spanish, French or German floor in words ("3ª planta", "2º piso", "4e étage", "2. OG",
    # "3. Stock"), and the building's parts of those countries ("Bloque 2", "Portal 3",
    # "Escalera B", "Puerta 4", "Bât. C", "Appt 12", "Whg. 5", "Stiege 2", "Tür 7", "Top 4")
    rf"|(?:\d{{1,2}}(?:\s?[º°ª]|[oa]|\.|(?i:er|re|e|ème|eme))?\s?|(?i:r/c|rc|rés-do-chão)\s?)"
    rf"(?i:{_FLOOR_SIDE})\.?|(?i:{_SIDE})\.?"
    rf"|(?i:{_BUILDING_PART})(?:\s|(?=[A-Za-z]?\d|#|(?i:n|no|nr)\.))(?:(?i:n\.?|no\.?|nr\.?|#)\s?)?"
    r"[A-Za-z0-9]{1,4}"
    rf"|(?i:{_BUILDING_PART_DIGIT})\s?(?:(?i:n\.?|no\.?|nr\.?|#)\s?)?[A-Za-z]?\d{{1,4}}[A-Za-z]?"
    r"|(?i:r/c|rés-do-chão|res-do-chao|rez-de-chaussée|rez-de-chaussee|erdgeschoss|hochparterre"
    r"|dachgeschoss|souterrain|sobreloja)"
    # round 16: the named building or complex of the flat ("condominio Le Genziane",
    # "palazzina Aurora", "residence Il Faro")
    # (not a "parco" nor a "villaggio": the labelled sets leave Naples' "parco X" out)
    r"|(?i:condominio|cond\.|palazzina|pal\.|residence|residenza|complesso|"
    r"stabile|edificio|torre|palazzo)\s(?:(?i:il|lo|la|le|i|gli)\s|(?i:l)['’])?"
    r"[A-ZÀ-Ý][\w'’\-]{1,24}(?:\s[A-ZÀ-Ý][\w'’\-]{1,24}){0,2}"
    # Florence's and Genoa's red numbers ("Borgo Pinti 58 rosso")
    r"|(?i:rosso|nero))(?![\w])"
    # care of someone, without brackets: "presso Bianchi", "c/o Ferri" (a name on the intercom,
    # "citofono Sorrentino", is left to the name rules: it names a person)
    r"|,?\s(?i:c/o|presso)\s[A-ZÀ-Ý][\w'’]{1,24}(?:\s[A-ZÀ-Ý][\w'’]{1,24})?"
    # an aside in brackets that names who lives there: "(citofono Rossi)", "(c/o Ferri)"
    r"|\s?\((?i:citofono|campanello|c/o|presso)"
    r"[^()\n]{0,30}\))+"
)
_SENTENCE_STOP = re.compile(r"(?!trav\.)[a-zà-ÿ]{4}\.\s")
_ELIDED_NAME = re.compile(rf"{_ELIDED}[A-ZÀ-Ý]")
# One or two short comma-separated asides between the street and its CAP ("Via Roma 10, dopo il
# ponte, 25010 ...", "Via Tortona 27, cortile interno, 20144 Milano"): the CAP is the address's.
_ASIDES_TO_CAP = re.compile(
    r"(?:,\s?(?:(?!\d{5})[^,\n.!?;:()]){1,30}){1,2}(?=,?\s\d{5}(?![\w]|[ \t]?[\d(+]))"
)
# A town of several words after a CAP or a town: "di", "del", "sul" and a capitalised word
# ("95030 Gravina di Catania", "Castagnole di Paese", "San Felice del Benaco").
_TOWN_TAIL = re.compile(
    r"\s(?:di|de|del|della|dei|delle|sul|sulla|in|al|sopra|sotto)\s[A-ZÀ-Ý][\w'’\-]{1,24}"
    r"(?:\s[A-ZÀ-Ý][\w'’\-]{1,24})?(?![\w'’])"
)
_HAS_CAP = re.compile(r"(?<![\w])\d{5}(?![\w])")
# not the first group of a phone number on the next line ("NR21 0JG\n01328 878 512")
_CAP = re.compile(r"(?:,\s?|\s[-–—]\s|\s)\d{5}(?![\w]|[ \t]?[\d(+])")
_TOWN_WORD = re.compile(r"\s([A-Za-zÀ-ÿ](?:[a-zà-ÿ'’\-]{1,24}|[A-ZÀ-Ý'’\-]{1,24}))(?![\w])")
_DASH_AFTER_CAP = re.compile(r"\s?[-–—](?=\s)")
_ENDS_WITH_TOWN = re.compile(r"(?<![\w])\d{5}\s[A-ZÀ-Ý][\w'’\-]{1,24}$")
_ENDS_WITH_CAP = re.compile(r"(?<![\w])\d{5}$")
_TOWN_LEAD = re.compile(r"(?:,\s?|\s[-–—]\s|\s)(?=[A-Za-zÀ-ÿ])")
# A province code, in brackets or in capitals ("Ala (TN)", "Bra CN"); in lowercase only after
# a CAP ("80134 napoli na"): elsewhere a lowercase pair is prose ("Kinsale, ring me").
_PROVINCE = re.compile(r"\s?\((?i:[a-z]{2})\)|\s[A-Z]{2}(?![\w])")
_PROVINCE_AFTER_CAP = re.compile(
    r"\s?\((?i:[a-z]{2})\)|\s(?i:[a-z]{2})(?![\w])"
    # after a comma only in capitals ("28921 Verbania Intra, VB"; not "Milano, mi raccomando")
    r"|,\s?\(?[A-Z]{2}\)?(?![\w])"
)
# After the town: a US state and ZIP, a UK postcode, an Eircode or a Dublin district.
_POSTAL = re.compile(
    r",?\s(?:(?i:[a-z]{2})\s\d{5}(?:-\d{4})?|(?i:[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2})"
    r"|(?i:[a-z]\d{2}\s?[a-z0-9]{4})|\d{1,2}w?)(?![\w])"
)
_POSTAL_ONLY = re.compile(
    r",?\s(?:(?i:[a-z]{1,2}\d[a-z\d]?\s\d[a-z]{2})|[A-Z]\d{2}\s?[A-Z0-9]{4})(?![\w])"
)
# Chat sign-offs that may end an address line ("via roma 10, thx").
_NOT_TOWN = frozenset(
    {"thx", "tnx", "ty", "asap", "pls", "plz", "grz", "xx", "xoxo", "tks", "grazie"}
)
# A staircase, flat, floor or doorbell in brackets after the number ("Piazza Duomo 1 (scala A)").
_BRACKET_ASIDE = re.compile(
    r"\s?\((?i:scala|sc\.|int\.?|interno|piano|citofono|campanello|flat|apt\.?|unit|floor|"
    r"suite|buzzer)[^()\n]{0,24}\)"
)
# Labels of the contact lines under an address: never a town.
_CONTACT_LABELS = frozenset(
    {"tel", "telefono", "phone", "ph", "mob", "mobile", "cell", "cellulare", "fax", "email", "mail"}
    # the payment and tax lines of a signature ("IBAN IT60...", "P.IVA ...", "PEC ...")
    | {"iban", "bic", "swift", "pec", "cf", "piva", "vat", "web", "www", "attn", "rif", "ref"}
)
# a flat's number holds a digit or is one letter ("Flat 2B", "Apt C"; not "the flat is ...")
_FLAT_BEFORE = re.compile(
    # round 18: a whole word ("Plot 14, ..." is no "lot"), also a plot, a room, a house or door
    # number ("Plot 14, Admiralty Way", "Room 805, 120 Huaihai Road", "House No. 12, ...")
    r"(?:(?<![\w])(?i:flat|apt\.?|apartment|unit|suite|shop|lot|plot|room|rm\.?|"
    r"(?:house|door|shop|flat|plot)\s(?:no\.?|number|#))\s?(?:[\w/\-]{0,4}\d[\w/\-]{0,4}|[A-Za-z])"
    # or the floor ("3rd Floor, 82 King St", "Level 2, 10 Queen St", "2° piano, via ...")
    r"|(?<![\w])(?i:(?:basement|garden|ground[- ]floor|top[- ]floor|upper|lower)\sflat"
    # the floor, maybe naming the flat on it ("1st Floor Flat, 22 Elm Grove")
    r"|(?:\d{1,2}(?:st|nd|rd|th)\sfloor|(?:ground|first|second|third|fourth|fifth|top)"
    r"\sfloor)(?:\sflat)?|floor\s\d{1,2}|level\s\d{1,2}|\d{1,2}°\s?piano|piano\s(?:terra|\d{1,2})))"
    r",?\s$"
)
# A named building on a line of its own before the street line of an address block, maybe after
# the flat ("Flat 3, Rosemount House\n11 Church Lane", "Apartment 4\nBirchwood Court\n2 Mill St").
_BUILDING = (
    # maybe after a room's number ("1029 Tisch Hall\n435 S State St")
    r"(?:\d{1,4}[A-Z]?\s)?"
    r"[A-Z][\w'’\-]{1,24}(?:\s[A-Z][\w'’\-]{1,24})?\s(?:House|Cottage|Lodge|Farm|Villa|Hall|"
    r"Manor|Mill|Barn|Court|Farmhouse|Bungalow|Building|Apartments|Mansions|Tower|Towers)"
)
_FLAT = (
    r"(?:(?i:flat|apt\.?|apartment|unit|suite)\s(?:[\w/]{0,4}\d[\w/]{0,4}|[A-Za-z])"
    r"|(?i:\d{1,2}(?:st|nd|rd|th)\sfloor|(?:ground|first|second|third|fourth|fifth|top)\sfloor|"
    r"floor\s\d{1,2}|level\s\d{1,2}))"
)
# A British house named with "The" on its own line ("The Old Forge\n3 Church Lane", "The
# Willows\n12 Mill Road").
_THE_HOUSE = r"The(?:[ \t][A-Z][\w'’\-]{1,24}){1,3}"
_LINE_BEFORE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:{_FLAT}(?:,?[ \t]+{_BUILDING})?|{_BUILDING}|{_THE_HOUSE}),?"
    r"[ \t]*\n[ \t]*$"
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return load_gazetteer(load_lexicon())


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    from faker.providers.address.it_IT import Provider as ItalianAddress

    return frozenset(code.lower() for code in ItalianAddress.states_abbr)


def _town(text: str, pos: int, comma: bool) -> int:
    """End of the town that starts at ``pos`` (after a street, number or CAP), or ``pos``; with
    its tail of "di"/"del" and a capitalised word ("Gravina di Catania")."""
    end = _town_head(text, pos, comma)
    if end > pos and text[pos : pos + 1].isupper():
        tail = _TOWN_TAIL.match(text, end)
        if tail:
            return tail.end()
    return end


def _town_head(text: str, pos: int, comma: bool) -> int:
    places = _places()
    words: list[re.Match[str]] = []
    at = pos - 1
    while len(words) < 3:
        match = _TOWN_WORD.match(text, at)
        if match is None:
            break
        words.append(match)
        at = match.end()
    if (
        words
        and text[words[0].end() : words[0].end() + 2][:1] == "-"
        and (text[words[0].end() + 1 : words[0].end() + 2].isdigit())
    ):
        return pos  # a country's prefix before a postcode ("CH-1003 Lausanne")
    if words and words[0].group(1)[:1].isupper():
        names = _country_names()
        for size in range(len(words), 0, -1):
            if " ".join(fold(m.group(1)) for m in words[:size]) in names:
                return pos  # a country, added after the address by _tail ("Regno Unito")
    if words and fold(words[0].group(1)) in _CONTACT_LABELS:
        return pos  # the next line of a signature ("GU7 1EX\nTel. 01483 ...")
    if words and words[0].group(1).isupper() and words[0].group(1).lower() in NO_NAME_CAPITALS:
        # a tax, bank or courier abbreviation after the town ("..., Milano, SDI X1Y2Z3"): never
        # a town, and the keep rules protect it, which would drop the whole address
        return pos
    for size in range(len(words), 0, -1):
        run = words[:size]
        folded = " ".join(fold(m.group(1)) for m in run)
        capital = run[0].group(1)[:1].isupper()
        known = folded in places or LOWERCASE + folded in places
        if known or (capital and CUE_ONLY + folded in places):
            return run[-1].end()
        if size == 1 and comma:
            postal = _POSTAL.match(text, run[0].end()) or _PROVINCE.match(text, run[0].end())
            alone = text[run[0].end() : run[0].end() + 1] in ("", "\n", ".", ";", "!", "?")
            cue_only = (
                capital or (alone and not load_lexicon().is_common(run[0].group(1)))
            ) and CUE_ONLY + folded in places
            line_end = text[run[0].end() : run[0].end() + 1] in ("", "\n")
            plain = (
                (capital or line_end)
                and not load_lexicon().is_common(run[0].group(1))
                and folded not in _NOT_TOWN
            )
            if postal or cue_only or plain:
                return run[0].end()
    return pos


# A US ZIP after the state when no comma came before the town ("Portland OR 82325").
_STATE_END = re.compile(r"\s[A-Z]{2}$")
# an Australian state and postcode after the suburb ("Fitzroy VIC 3065")
_AU_STATE_POSTCODE = re.compile(
    r",?\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:VIC|NSW|QLD|WA|SA|TAS|ACT|NT)\s\d{4}\b"
)
_AU_STATE_AFTER_TOWN = re.compile(r",?\s(?:VIC|NSW|QLD|WA|SA|TAS|ACT|NT)\s\d{4}(?![\w])")
_AU_STATE_END = re.compile(r"\s(?:VIC|NSW|QLD|WA|SA|TAS|ACT|NT)$")
_AU_POSTCODE = re.compile(r"\s\d{4}(?![\w])")
# A number and an estate's name with "The", then a town ("9 The Spinney, Naas").
EN_ESTATE = re.compile(
    r"(?<![\w.,/:€$£])\d{1,4}[a-zA-Z]?,?\sThe\s[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?(?=,\s[A-Z][a-z])"
)
# German, Austrian and Swiss streets: the street kind is glued to the name ("Hauptstraße 12a")
DE_ADDRESS = re.compile(
    # round 18: an adjective or a title before the name, part of the street ("Nieuwe Binnenweg
    # 212A", "Oude Kerkstraat 3", "Lange Leidsedwarsstraat 9", "Neue Schönhauser Straße 12",
    # "Große Bleichen 5", "Eerste Jacob van Campenstraat"), and the Dutch kinds written apart
    # after one ("Oude Gracht 45", "Nieuwe Markt 8", "Korte Weg 3")
    r"(?<![\w])(?:Nieuwe|Oude|Lange|Korte|Hoge|Grote|Kleine)\s(?:Gracht|Markt|Weg|Straat|Laan|"
    r"Kade|Dijk|Singel|Plein|Haven|Steeg|Vest|Wal)\s\d{1,4}[a-zA-Z]?(?![\w])"
    r"|(?<![\w])(?:(?:Nieuwe|Oude|Lange|Korte|Hoge|Lage|Grote|Kleine|Brede|Smalle|Nieuw|Oud|"
    r"Eerste|Tweede|Derde|Vierde|Sint|Burgemeester|Neue|Alte|Große|Grosse|Obere|Untere|"
    r"Hintere|Vordere|Innere|Äußere|Hohe|Breite|Sankt|Oost|West|Noord|Zuid)\s)?"
    # (round 38: a Dutch name and its particle before the glued one, "Witte de Withstraat 41-B",
    # "Jan van Galenstraat 12")
    r"(?:[A-Z][a-zé]+\s(?:van\s(?:de|der|den)|de|van|der|den|ter|ten)\s)?"
    # (round 35: the Nordic letters, "Nygårdsgaten 41", "Østerbrogade 12")
    r"[A-ZÄÖÜÅØÆ][a-zäöüßåøæé]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
    r"(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|ufer|ring|steig|stieg|pfad|chaussee|"
    # Dutch and Flemish ("Kerkstraat 12", "Prinsengracht 263", "Stationsplein 4", "Beukenlaan
    # 3") and Scandinavian ("Storgatan 5", "Vesterbrogade 12", "Strandvejen 8", "Kongsveien 3")
    r"straat|laan|plein|gracht|kade|singel|dijk|steeg|dreef|"
    r"gatan|gata|gaten|gade|vej|vejen|veien|vegen|vägen"
    # or the kind apart after an adjective ("Berliner Straße 12", "Alte Gasse 3")
    # Finnish ("Mannerheimintie 5", "Aleksanterinkatu 12")
    r"|katu|kuja|tie"
    r"|[a-zäöüß]?\s(?:Straße|Strasse|Str\.|Gasse|Allee))\s\d{1,4}[a-zA-Z]?"
    # round 16: a letter, a floor in Roman numerals or a flat after a dash ("221-B", "412-III",
    # "18-2")
    r"(?:-(?:[A-Za-z]{1,3}|\d{1,3})(?![\w]))?(?![\w])"
    # in capitals, as on an envelope ("LINDENSTRASSE 4", "AM MÜHLWEG 12", "BAHNHOFSTR. 3A")
    r"|(?<![\w])(?:(?:AM|IM|ZUM|ZUR|(?:AN|IN|AUF)\sDER|AUF\sDEM|UNTER\sDEN)\s)?"
    r"[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ]{2,})*"
    r"(?:STRASSE|STRAẞE|STRAßE|STR\.|GASSE|WEG|PLATZ|ALLEE|DAMM|UFER|RING|STEIG|PFAD|CHAUSSEE"
    r"|STRAAT|LAAN|PLEIN|GRACHT|KADE|GATAN|GADE|VEJ|VEIEN)\s\d{1,4}[A-Za-z]?(?![\w])"
)
# Round 16. Norwegian, Danish and Swedish streets whose kind is a word of its own after a
# genitive ("Karl Johans gate 31", "Thorvald Meyers gate 5B", "Kongens vei 3", "Dronningens
# gade 8"): the name's last word ends in -s.
NORDIC_ADDRESS = re.compile(
    r"(?<![\w])(?:[A-ZÄÖÜÅØÆ][a-zäöüåøæé]+\s)?[A-ZÄÖÜÅØÆ][a-zäöüåøæé]+s\s"
    r"(?:gate|gata|gatan|vei|veg|vej|gade|väg|allé|plass|plads|torg)\s\d{1,4}[A-Za-z]?(?![\w])"
)
# Dutch, Flemish and Scandinavian one-word streets whose kind is also the end of everyday words
# ("Vismarkt 4", "Frankrijklei 12", "Hoogstraatvest 8", "Begijnhof 3", "Stortorget 2"): only
# with a postcode and a town after them ("..., 2000 Antwerpen", "..., 3511 LX Utrecht").
POSTCODE_STREET = re.compile(
    r"(?<![\w])[A-ZÄÖÜÅØÆ][a-zäöüßåøæé]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
    r"(?:markt|lei|vest|hof|kaai|baan|veld|plaats|pad|wal|burgwal|torget|torg|plads|plass|"
    r"platsen|stræde|strædet|gränd|backe)"
    r"\s\d{1,4}[a-zA-Z]?(?:-\d{1,4}|-[A-Za-z]{1,3})?(?=,?\s(?:(?:B|NL|DK|S|N)-)?(?:[1-9]\d{3}\s?[A-Z]{2}|\d{4,5}|[1-9]\d{2}\s\d{2})"
    r"\s[A-ZÄÖÜÅØÆ])"
)
# French streets: the number first, the street kind in lowercase or capitalised and its name
# ("12 rue des Lilas", "8 avenue Montaigne", "3 place de la Mairie"); a square, a road, a
# course, or an avenue in capitals, only with "de"/"du"/"des" ("2 Place Settings", "2 Avenue
# Mugs" are no streets).
_FR_LINK = r"(?:(?:de\sla|de\sl['’]|du|des|de|d['’]|l['’])\s?)"
FR_ADDRESS = re.compile(
    r"(?<![\w])\d{1,4}(?:\s?(?:bis|ter))?,?\s"
    rf"(?:(?i:rue|impasse|allée|allee|chemin|quai)\s{_FR_LINK}?|(?:avenue|boulevard|bd)\s{_FR_LINK}?"
    rf"|(?i:avenue|boulevard|place|route|cours|square)\s{_FR_LINK})"
    r"[A-ZÀ-Ý][\w'’\-]+(?:[\s\-](?:[A-ZÀ-Ý][\w'’\-]+|de|du|des|la|le|les)){0,4}(?<![\s\-])"
)
# The street kind first and the number after its name, as in Switzerland, Belgium and on
# envelopes ("Rue du Marché 12", "Chemin des Crêts 5", "Avenue de la Gare 14"): capitalised;
# an avenue, a boulevard, a square or a road only with "de"/"du"/"des" ("Place Settings 12").
FR_TYPE_FIRST = re.compile(
    rf"(?<![\w])(?:(?:Rue|Ruelle|Chemin|Ch\.|Impasse|Allée|Quai|Sentier)\s{_FR_LINK}?"
    rf"|(?:Avenue|Av\.|Boulevard|Bd|Place|Route|Rte|Promenade|Passage)\s{_FR_LINK})"
    r"[A-ZÀ-Ý][\w'’\-]+(?:[\s\-](?:[A-ZÀ-Ý][\w'’\-]+|de|du|des|la|le|les)){0,4}"
    # a number that is no year ("Quai des Brumes 1938")
    r"\s(?!(?:19|20)\d\d(?![\w]))\d{1,4}(?:\s?(?:bis|ter)|[a-z])?(?![\w]|[.,]\d)"
)
# The unit word before an address whose first number is the unit ("Unit 5, Riverside Park").
_UNIT_WORD_BEFORE = re.compile(r"(?<![\w])(?i:flat|apt\.?|apartment|unit|suite|shop|plot|room)\s$")
# a unit number glued before the house number ("Unit 4/17 Brunswick St")
_UNIT_BEFORE = re.compile(
    r"(?:(?i:unit|flat|apt\.?|apartment|suite|shop)\s?\w{1,4}\s?|(?<![\w/.])\d{1,4}[A-Za-z]?)/\s?$"
)
# "No." before the house number ("No. 8, 3rd Cross Street", "#12 Elm Street").
_NUMBER_WORD_BEFORE = re.compile(r"(?<![\w])(?:No\.?\s?|NO\.?\s?|no\.\s?|Nr\.?\s?|#\s?)$")
# A town and a six-digit postcode after the street (India's PIN, also Russia's, China's,
# Singapore's: "3rd Cross Street, Adyar, Chennai 600020", "..., Chennai - 600020").
_TOWN_PIN = re.compile(r",?\s(?:[A-Z][a-zà-ÿ'’\-]{1,24}\s){0,2}(?:[-–]\s?)?\d{6}(?![\w])")
# An Irish county after the town ("Naas, Co. Kildare").
_COUNTY = re.compile(r",?\s(?i:co\.?|county)\s[A-Z][a-z]{2,15}(?![\w])")
_ZIP = re.compile(r"\s\d{5}(?:-\d{4})?(?![\w])")
# The next lines of an address block: a town, a district ("Dublin 13"), a postcode, a county.
_BLOCK_LINE = re.compile(
    r"\n[ \t]*(?:"
    # a US town, state and ZIP ("Asheville, NC 28803"), an Australian one ("Fitzroy VIC 3065"),
    # a Dutch postcode and town ("3813 KG Amersfoort")
    r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2},?\s(?:[A-Z]{2}\s\d{5}(?:-\d{4})?|"
    r"(?:VIC|NSW|QLD|WA|SA|TAS|ACT|NT)\s\d{4})"
    r"|[1-9]\d{3}\s?[A-Z]{2}\s[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}"
    r"|[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}(?:\s\d{1,2}[wW]?)?"
    # a town and its postcode on one line ("Harrogate HG2 0JR")
    r"(?:,?\s(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z0-9]{4}))?"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|(?i:co\.?|county)\s[A-Z][a-z]+)[ \t]*(?=\n|$)"
)


# A named building or a business, maybe care of it, before the street ("c/o Studio Vidal, viale
# Monza 140", "Palazzo Guadagni, Piazza Santo Spirito 9", "presso Hotel Miramonti, via ...").
# Care of a person ("c/o Amanda Reyes, 4410 Duval St") is left to the name rules: the name is
# then carried through the conversation.
_CARE_OF_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:c/o|care\sof|presso)\s)?"
    r"(?:Hotel|Albergo|Palazzo|Villa|Residence|Residenza|Condominio|Palazzina|Cascina|"
    # where students and workers live ("c/o Collegio Volta", "Pensionato San Carlo")
    r"Collegio|Convitto|Pensionato|Studentato|Foresteria|"
    r"Agriturismo|Ostello|Hostel|Casa|Masseria|Tenuta|Podere|Studio|Ufficio|Ditta|Azienda|"
    r"Agenzia|Farmacia|Ristorante|Pizzeria|Bar|Negozio|Officina|Clinica|Scuola|Office|Shop)"
    r"(?:\s(?:[A-ZÀ-Ý][\w'’.\-]*|&|d['’][A-ZÀ-Ý][\w'’\-]*|di|del|della|dei|delle)){1,4},\s?"
    # round 37: and the room or flat in it ("c/o Residenza Galvani, stanza 214, via ...")
    r"(?:(?i:stanza|camera|room|app\.?|appartamento|int\.?|interno|flat|apt\.?)\s?\d{1,4}"
    r"[A-Za-z]?,\s?)?$"
)


_CARE_OF_WORDS = re.compile(r"(?<![\w])(?i:c/o|care\sof)[ \t]+(?:[\w'’.\-&]+,?[ \t]+){0,5}$")
# A Welsh, Scottish or Irish house name opening the address line before its number ("Bryn
# Awel, 3 Heol y Plas", "Tŷ Gwyn, 12 Church Road", "Tigh na Mara, 4 Shore Street"): its first
# word is one of the heads of such names (hill, house, home, slope, stream, wood, bank, rock).
_CELTIC_HOUSE_BEFORE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:Bryn|Ty|Tŷ|Hafod|Hendre|Bod|Pen|Gwel|Llys|Nant|Coed|Cartref|Glan|Plas|"
    r"Fferm|Bwthyn|Cae|Craig|Tyddyn|Tigh|Taigh|Teach|Ard|Dun|Cnoc|Ros)"
    r"(?:[ \t](?:[A-ZÀ-Ýŵŷ][\w'’\-]{1,24}|na|yr|y|an)){1,3},[ \t]?$"
)


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow an address over a flat before it and the suffixes, CAP, town, province and postcode
    after it, and over the town lines of an address block, so that the whole address is one
    span."""
    start, end = _extend_line(text, start, end)
    end = _town_then_cap(text, start, end)
    care_of = _CARE_OF_BEFORE.search(text, max(0, start - 60), start)
    if care_of:
        start = care_of.start()
    # round 38: and the words after "c/o" before that place ("c/o Casa di riposo Villa Serena")
    care_of_words = _CARE_OF_WORDS.search(text, max(0, start - 50), start) if care_of else None
    if care_of_words:
        start = care_of_words.start()
    unit = _UNIT_BEFORE.search(text, max(0, start - 14), start)
    if unit:
        start = unit.start()
    elif text[start : start + 1].isdigit() and (
        celtic := _CELTIC_HOUSE_BEFORE.search(text, max(0, start - 60), start)
    ):
        start = celtic.start() + len(celtic.group(0)) - len(celtic.group(0).lstrip())
    elif text[start : start + 1].isdigit():
        unit_word = _UNIT_WORD_BEFORE.search(text, max(0, start - 11), start) or (
            _NUMBER_WORD_BEFORE.search(text, max(0, start - 5), start)
        )
        start = unit_word.start() if unit_word else start
    for _ in range(2):  # the flat and the building on the lines above the street
        line = _LINE_BEFORE.search(text, max(0, start - 80), start)
        if line is None:
            break
        start = line.start() + len(line.group(0)) - len(line.group(0).lstrip())
    australian = _AU_STATE_POSTCODE.match(text, end)
    if australian:
        end = australian.end()
    elif _AU_STATE_AFTER_TOWN.match(text, end) and text[end - 1 : end].isalpha():
        end = _AU_STATE_AFTER_TOWN.match(text, end).end()  # type: ignore[union-attr]
    elif _AU_STATE_END.search(text, max(start, end - 4), end):
        postcode = _AU_POSTCODE.match(text, end)
        end = postcode.end() if postcode else end
    county = _COUNTY.match(text, end)
    postal = _POSTAL_ONLY.match(text, county.end()) if county else None
    if postal:  # the county between the town and the Eircode ("Naas, Co. Kildare, W91 XY34")
        end = postal.end()
    if _STATE_END.search(text, max(0, end - 3), end):
        zip_code = _ZIP.match(text, end)
        if zip_code:
            end = zip_code.end()
    pin = _TOWN_PIN.match(text, end)
    if pin:
        end = pin.end()
    for _ in range(2):
        line = _BLOCK_LINE.match(text, end)
        if (
            line is None
            or load_lexicon().is_common(line.group(0).split()[0])
            or fold(line.group(0).split()[0]).strip(".:") in _CONTACT_LABELS
        ):
            break
        end = line.end()
    return start, end


# round 16: the CAP written after the town ("via Locatelli 7, Orio al Serio, 24050")
_CAP_AFTER_TOWN = re.compile(r",?[ \t]\d{5}(?![\w]|[ \t]?[\d(+])")
_LAST_WORD = re.compile(r",[ \t]?[A-ZÀ-Ý][\w'’\-]{1,24}(?:[ \t]?\([A-Z]{2}\))?$")


def _town_then_cap(text: str, start: int, end: int) -> int:
    """The end of an address with a house number that ends with its town after a comma, grown
    over the town's tail ("Orio al Serio") and a CAP after it."""
    if not _LAST_WORD.search(text, max(start, end - 32), end) or not any(
        map(str.isdigit, text[start:end])
    ):
        return end
    if text[end - 1 : end].isalpha():
        tail = _TOWN_TAIL.match(text, end)
        end = tail.end() if tail else end
    if not _HAS_CAP.search(text, start, end):
        cap = _CAP_AFTER_TOWN.match(text, end)
        end = cap.end() if cap else end
    return end


# The hamlet or locality after the street and number ("Via dei Pini 4, frazione Ronchi",
# "località pischeredda 14, fraz. monte nieddu"): its name is one to three words that are no
# everyday word, also in lowercase.
_HAMLET = re.compile(r",?\s(?i:frazione|fraz\.|località|localita|loc\.|borgata|contrada|c\.da)\s?")
_HAMLET_WORD = re.compile(r"\s?([A-Za-zÀ-ÿ][\w'’\-]{1,24})(?![\w])")


def _hamlet(text: str, end: int) -> int:
    """End of a hamlet named after the address that ends at ``end``, or ``end``."""
    lead = _HAMLET.match(text, end)
    if lead is None:
        return end
    lexicon = load_lexicon()
    at, last, named = lead.end(), end, 0
    while named < 3:
        word = _HAMLET_WORD.match(text, at)
        if word is None:
            break
        value = word.group(1)
        lowered = value.lower()
        if named and lowered in _CONNECTORS:
            at = word.end()  # "frazione San Martino di Sotto"
            continue
        if lowered in _FUNCTION_WORDS or lexicon.is_common(value):
            break
        at = last = word.end()
        named += 1
    return last


def _extend_line(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow an address within its line (and over a CAP on the next one)."""
    before = _FLAT_BEFORE.search(text[max(0, start - 16) : start])
    if before:
        start -= len(before.group(0))
    suffix = _SUFFIXES.match(text, end)
    if suffix:
        end = suffix.end()
    end = _hamlet(text, end)
    aside = _BRACKET_ASIDE.match(text, end)
    if aside:
        end = aside.end()
    has_cap = _HAS_CAP.search(text, start, end) is not None
    if not has_cap and any(map(str.isdigit, text[start:end])):
        asides = _ASIDES_TO_CAP.match(text, end)
        if asides:
            end = asides.end()
    cap = _CAP.match(text, end)
    if cap is None and has_cap:
        # The CAP ended the street's match: a town may still follow a dash ("5, 10128 - Torino").
        dash = _DASH_AFTER_CAP.match(text, end) if _ENDS_WITH_CAP.search(text, start, end) else None
        town_end = _town(text, dash.end() + 1, comma=True) if dash else end
        if dash and town_end > dash.end() + 1:
            end = town_end
        elif _ENDS_WITH_TOWN.search(text, start, end):
            tail = _TOWN_TAIL.match(text, end)
            end = tail.end() if tail else end
        elif _ENDS_WITH_CAP.search(text, start, end) and text[end : end + 1] == " ":
            # a known town in lowercase after the CAP ("piazzale Loreto 4 20131 milano")
            town_end = _town(text, end + 1, comma=False)
            end = town_end if town_end > end + 1 else end
        province = _PROVINCE_AFTER_CAP.match(text, end)
        if province and province.group(0).strip(" (),").lower() in _provinces():
            return start, province.end()
        return start, end
    if cap:
        # The town after the CAP, also after a dash ("10128 - Torino (TO)").
        dash = _DASH_AFTER_CAP.match(text, cap.end())
        town_at = dash.end() if dash else cap.end()
        town_end = _town(text, town_at + 1, comma=True)
        end = town_end if town_end > town_at + 1 else cap.end()
    else:
        lead = _TOWN_LEAD.match(text, end)
        town_end = _town(text, lead.end(), comma="," in lead.group(0)) if lead else end
        if lead and town_end > lead.end():
            end = town_end
        else:
            province = _PROVINCE.match(text, end)
            if province and province.group(0).strip(" (),").lower() in _provinces():
                return start, province.end()
            postal_only = _POSTAL_ONLY.match(text, end)
            return start, postal_only.end() if postal_only else end
    province = (_PROVINCE_AFTER_CAP if cap or has_cap else _PROVINCE).match(text, end)
    if province and province.group(0).strip(" (),").lower() in _provinces():
        return start, province.end()
    postal = _POSTAL.match(text, end)
    if postal and (cap is None):
        end = postal.end()
    return start, end


# An address written without a house number, in lines or between commas, above its postcode
# ("Rosemary Cottage, Mill Lane, Little Snoring, Norfolk NR21 0AB", "The Old Rectory\nChurch
# Street\nLavenham\nSudbury CO10 9SA"): the items of capitalised words above the postcode, up to
# the highest one that names a street, a building or a flat, or starts with a number.
_TOWN_BEFORE_POSTCODE = re.compile(r"(?:[A-Z][\w'’\-]*\.?[ \t]){1,3}$")
_ITEM_SEPARATOR = re.compile(r"(?:,[ \t]*|[ \t]*\n[ \t]*)$")
_ITEM = re.compile(
    r"(?:^|(?<=\n)|(?<=,))[ \t]*((?:\d{1,5}[A-Za-z]?,?[ \t])?[A-Z][\w'’\-]*\.?"
    r"(?:[ \t](?:[A-Z][\w'’\-]*\.?|of|on|the|upon|in|\d{1,5}[A-Za-z]?)){0,4})[ \t]*$"
)
_ITEM_ANCHOR = re.compile(
    rf"(?:^\d|(?<![\w])(?:(?i:{_EN_STREET})|House|Cottage|Lodge|Farm|Farmhouse|Villa|Hall|Manor|"
    r"Mill|Barn|Court|Bungalow|Rectory|Vicarage|Building|Apartments|Mansions|Flat|Apartment|"
    r"Unit)(?![\w]))"
)


def _block_above(text: str, start: int) -> int:
    head = _TOWN_BEFORE_POSTCODE.search(text, max(0, start - 60), start)
    pos = head.start() if head else start
    anchor = start
    for _ in range(5):
        separator = _ITEM_SEPARATOR.search(text, max(0, pos - 4), pos)
        if separator is None:
            break
        item = _ITEM.search(text, max(0, separator.start() - 60), separator.start())
        words = item.group(1).split() if item else []
        if item is None or (len(words) == 1 and load_lexicon().is_common(words[0])):
            break  # a greeting or a word alone ("Thanks, Leeds LS6 2AB")
        pos = item.start(1)
        if _ITEM_ANCHOR.search(item.group(1)):
            anchor = pos
    return anchor


# A continental street line (the name, then the number, no street word: "Kruiskamp 58",
# "Hauptweg 5a") over or before its postcode and town: a Dutch postcode ("3813 KG Amersfoort"),
# or four or five digits and a known town ("10115 Berlin", "1050 Bruxelles").
POSTCODE_BLOCK = re.compile(
    r"(?:^|(?<=\n)|(?<=[,:][ \t]))[ \t]*([A-ZÀ-Ý][\w'’\-]+(?:[ \t][A-Za-zÀ-ÿ][\w'’\-]+){0,3}"
    r"[ \t]\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4})?)(?:,[ \t]?|[ \t]*\n[ \t]*)"
    r"(?:([1-9]\d{3}[ \t]?[A-Z]{2})|(\d{4,5}))[ \t]"
    r"([A-ZÀ-Ý][\w'’\-]+(?:[ \t][A-ZÀ-Ý][\w'’\-]+){0,2})"
    r"(?=[ \t]*(?:\n|$|,|\.|;))"
)
_NOT_DUTCH = frozenset({"SA", "SD", "SS"})


def _postcode_blocks(text: str) -> Iterable[Detection]:
    places = _places()
    lexicon = load_lexicon()
    for match in POSTCODE_BLOCK.finditer(text):
        street = match.group(1).split()
        if lexicon.is_common(street[0]) or fold(street[0]) in _CONTACT_LABELS:
            continue  # "Ordine 58", "Tel 58"
        if match.group(2):
            if match.group(2)[-2:] in _NOT_DUTCH:
                continue
        else:
            town = " ".join(fold(word) for word in match.group(4).split())
            if not (town in places or LOWERCASE + town in places):
                continue
        yield Detection(match.start(1), match.end(), "ADDRESS", "postcode-block", 0.75)


_DE_POSTCODE_TOWN = re.compile(
    # a Dutch postcode with its letters ("1016 GV Den Haag"), a Belgian or a German one
    r",?\s(?:(?:D|A|CH|B|NL|DK|S|N)-)?(?:[1-9]\d{3}\s?[A-Z]{2}(?=\s[A-Z])|\d{4,5}|[1-9]\d{2}\s\d{2})"
    r"\s[A-ZÄÖÜÅØÆ][\w'’\-]{1,24}"
    r"(?:\s(?:(?i:am|an\sder|im|bei|ob\sder)\s)?[A-ZÄÖÜ][\w'’\-]{1,24})?(?![\w])"
)


_SWISS_POSTCODE_TOWN = re.compile(
    r",?\s(?:CH-)?[1-9]\d{3}\s([A-ZÀ-Ý][\w'’\-]{1,24}(?:\s[A-ZÀ-Ý][\w'’\-]{1,24})?)(?![\w])"
)
_CAP_TOWN_BEFORE = re.compile(
    r"(?<![\w])\d{5}\s([A-ZÀ-Ý][\w'’\-]{1,24}(?:\s[A-ZÀ-Ý][\w'’\-]{1,24}){0,2})"
    r"(?:\s?\([A-Z]{2}\))?,?\s$"
)


# Round 15. The postcodes of other countries before their town, after a street or alone: a
# Portuguese "1100-321 Lisboa", a Polish "00-950 Warszawa", a Dutch "2514 AB Den Haag", a Czech,
# Slovak, Swedish or Greek "110 00 Praha", a Canadian "K1A 0B1"; a country's prefix ("CH-8001
# Zürich", "D-80331 München"); four or five digits only with a town the gazetteer knows.
_COUNTRY_PREFIX = (
    r"(?:(?:CH|D|DE|A|AT|B|BE|F|FR|E|ES|P|PT|NL|L|LU|DK|N|NO|S|SE|FI|FIN|H|HU|PL|CZ|SK|GR|I|IT)-)"
)
PREFIXED_POSTCODE = re.compile(rf"{_COUNTRY_PREFIX}\d{{4,5}}")
_TOWN_WORDS = r"[A-ZÀ-ÝŁŚŻŹĆŃÓČŘŠŽ][\w'’\-]{1,24}(?:[ \t][A-ZÀ-ÝŁŚŻŹĆŃÓČŘŠŽ][\w'’\-]{1,24}){0,2}"
_DISTINCT_POSTCODE = (
    r"\d{4}-\d{3}|\d{2}-\d{3}|[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}(?=[ \t][A-Z])|\d{3}[ \t]\d{2}"
)
FOREIGN_POSTCODE_TOWN = re.compile(
    rf"(?=[\dA-Z])(?<![\w\-/.,+])(?:{_COUNTRY_PREFIX}?(?:{_DISTINCT_POSTCODE})|{_COUNTRY_PREFIX}\d{{4,5}}"
    rf"|(?P<plain>\d{{4,5}}))[ \t](?P<town>{_TOWN_WORDS})"
    # a Prague, Vienna or Budapest district after the town ("Praha 1")
    r"(?:[ \t]\d{1,2}(?![\w]))?(?![\w])"
    # a Canadian postal code, after its province or alone
    r"|(?<![\w\-/])(?P<province>(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t])?"
    r"[ABCEGHJKLMNPRSTVXY]\d[A-Z][ \t]?\d[A-Z]\d(?![\w])"
)
_FOREIGN_TAIL = re.compile(r",?[ \t](?:[-–][ \t])?(?=\d|[A-Z]{1,3}-\d|[A-Z]\d[A-Z])")
# An American town, its state and ZIP ("New York, NY 10018", "Austin TX 78701-1234").
_US_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    r"NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
US_TOWN_STATE_ZIP = re.compile(
    rf"(?<![\w])(?P<town>(?:[A-Z][a-z][\w'’\-.]{{0,23}}[ \t]){{0,2}}[A-Z][a-z][\w'’\-]{{0,23}})"
    r",?[ \t]"
    rf"(?:{_US_STATES})[ \t]\d{{5}}(?:-\d{{4}})?(?![\w])"
)
# A number and a street with no street word, on an address line that shows it: a suite, a floor,
# a unit after it ("1450 Broadway, Suite 1200", "77 Massachusetts Ave Bldg 3"... ) or a town,
# state and ZIP ("600 Congress, Austin, TX 78701"); and the streets that are their own name
# ("1450 Broadway", "2 The Embarcadero", "118 Bowery").
_UNIT_DESIGNATOR = (
    r"(?:(?:Suite|Ste\.?|STE|SUITE|Unit|UNIT|Floor|FLOOR|Fl\.?|FL|Apt\.?|APT|Apartment|"
    r"Dept\.?|Bldg\.?|Penthouse|PH)[ \t]?#?|#[ \t]?)"
    r"[A-Za-z]?\d{1,5}[A-Za-z]?(?:-\d{1,4})?(?![\w])"
    r"|\d{1,3}(?:st|nd|rd|th)[ \t](?i:floor|fl\.?)"
)
_EN_NAME = r"(?:[A-Z][\w'’\-.]{0,24}|\d{1,3}(?:st|nd|rd|th))"
EN_UNTYPED_ADDRESS = re.compile(
    rf"(?<![\w.,:/€$£#])\d{{1,5}}[A-Za-z]?[ \t](?:{_EN_NAME}[ \t]){{0,3}}{_EN_NAME}"
    rf"(?:,?[ \t](?:{_UNIT_DESIGNATOR})(?:,?[ \t](?:{_UNIT_DESIGNATOR}))?"
    rf"|(?=,[ \t](?:[A-Z][a-z][\w'’\-.]{{0,23}}[ \t]){{0,2}}[A-Z][a-z][\w'’\-]{{0,23}},?[ \t]"
    rf"(?:{_US_STATES})[ \t]\d{{5}}(?![\w])))"
    r"|(?<![\w.,:/€$£#])\d{1,5}[ \t](?:The[ \t])?"
    r"(?:Broadway|Bowery|Embarcadero|Boardwalk|Strand)(?![\w])"
    # on an address line, not a show ("2 Broadway tickets")
    r"(?=[ \t]*$|[ \t]*[,.;\n]|[ \t](?:Suite|Ste|Apt|Unit|Floor|Fl|#|New[ \t]York|NY(?![\w])))"
)
# Countries after an address ("..., 87600 Kaufbeuren, Germany", "..., Regno Unito", "..., USA"),
# in English, Italian and the country's own language.
_NATIVE_COUNTRIES = frozenset(
    {
        "usa",
        "u.s.a.",
        "u.s.",
        "us",
        "uk",
        "u.k.",
        "united states",
        "united states of america",
        "stati uniti",
        "stati uniti d'america",
        "united kingdom",
        "great britain",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "inghilterra",
        "scozia",
        "galles",
        "gran bretagna",
        "polska",
        "sverige",
        "espana",
        "deutschland",
        "nederland",
        "holland",
        "olanda",
        "belgique",
        "belgie",
        "schweiz",
        "suisse",
        "svizzera",
        "osterreich",
        "danmark",
        "norge",
        "suomi",
        "eire",
        "hellas",
        "cesko",
        "ceska republika",
        "slovensko",
        "magyarorszag",
        "portugal",
        "brasil",
        "mexico",
        "canada",
        "ireland",
        "irlanda",
        "hrvatska",
        "slovenija",
        "romania",
        "turkiye",
        "luxembourg",
        "lussemburgo",
        "italia",
        "italy",
        "repubblica ceca",
        "czech republic",
        "czechia",
        "the netherlands",
        "paesi bassi",
        "regno unito",
    }
)
_COUNTRY_AFTER = re.compile(
    r",?[ \t](?:[-–][ \t])?([A-ZÀ-Ý][\w'’.\-]*(?:[ \t](?:[A-ZÀ-Ý][\w'’.\-]*|of|d['’]America))"
    r"{0,3})"
)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from privacy.recognizers.location import countries

    return countries() | _NATIVE_COUNTRIES


def _country_end(text: str, end: int) -> int:
    """The end of a country named right after an address that ends at ``end``, or ``end``."""
    match = _COUNTRY_AFTER.match(text, end)
    if match is None:
        return end
    words = match.group(1).split()
    names = _country_names()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        if fold(candidate.rstrip(".")) in names or fold(candidate) in names:
            at = match.start(1) + len(candidate)
            return at
    return end


_TOWN_BEFORE_CODE = re.compile(r"(?<![\w'’-])([A-Za-zà-ÿ]{3,24}(?:[ -][A-Za-zà-ÿ]{3,24})?),?[ \t]$")


def _known_town(town: str) -> bool:
    folded = " ".join(fold(word) for word in town.split())
    places = _places()
    return any(prefix + folded in places for prefix in ("", LOWERCASE, CUE_ONLY))


# a code's label before five digits ("ordine 45120 Roma" is an order)
_CODE_BEFORE = re.compile(
    r"(?i:ordine|order|pratica|ticket|codice|code|rif\.?|ref\.?|n\.|nr\.?|no\.|num\.?|"
    r"fattura|invoice|id|lotto|cod\.?|tracking|sku|art\.?)[ \t:]*$"
)
_YEAR_LETTERS = re.compile(r"(?:19|20)\d\d[ \t]?[A-Z]{2}(?![\w])")
_STREET_BEFORE_POSTCODE = re.compile(
    # words of letters, capitalised or linking ("Rua do Sol", "Na Příkopě", "Calle de la Paz"),
    # no code and no sentence ("Sure: BE0417263811. Shop address ...")
    r"(?:^|(?<=[\n,:;(])|(?<=[,:;][ \t]))[ \t]*([A-ZÀ-ÝŁŚŻŹĆŃÓČŘŠŽ][^\W\d_]+(?:['’\-][^\W\d_]+)*\.?"
    r"(?:[ \t](?:[A-ZÀ-ÝŁŚŻŹĆŃÓČŘŠŽ][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?|(?:de|da|do|das|dos|du|des|"
    r"la|le|del|van|der|den|am|im|an|na|ul\.|út|utca|u\.)(?![\w])))"
    r"{0,3}[ \t]\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?)"
    r",?[ \t]?\n?[ \t]*$"
)


# Round 21: a known town and its CAP after a comma, without a street ("Pescara, 65122"), and
# the house number before it ("al 36 a Pescara, 65122"): the CAP is an address's, not a code.
TOWN_COMMA_CAP = re.compile(
    r"(?<![\w])(?P<house>(?:(?i:al|n\.|nr\.?|civico)\s?)?\d{1,4}[a-zA-Z]?\s(?:a|in)\s)?"
    r"(?P<town>[A-ZÀ-Ý][\w'’\-]{1,24}(?:\s(?:[A-ZÀ-Ý][\w'’\-]{1,24}|di|del|sul|in)){0,3})"
    # round 25: also without the comma, and the six digits of Romania, India ... ("Pescara
    # 65121", "Cluj-Napoca 400391")
    r"(?:,[ \t]?|[ \t])\d{5,6}(?![\w]|[.,]\d|[ \t]?[\d(+€$£%])"
)
_QUANTITY_AFTER = re.compile(_QUANTITY)


def _towns_with_cap(text: str) -> Iterable[Detection]:
    for match in TOWN_COMMA_CAP.finditer(text):
        town = match.group("town")
        if not _known_town(town) or _QUANTITY_AFTER.match(text, match.end()):
            continue
        start = match.start() if match.group("house") else match.start("town")
        yield Detection(start, match.end(), "ADDRESS", "town-cap", 0.75)


def _postcode_towns(text: str) -> Iterable[Detection]:
    """A foreign postcode and its town, an American town, state and ZIP: an address's line."""
    if _HAS_CAP.search(text) and "," in text:
        yield from _towns_with_cap(text)
    for match in FOREIGN_POSTCODE_TOWN.finditer(text):
        town = match.group("town")
        if match.group("plain"):
            # four or five digits: only a known town, not after a count ("2000 Verona" is no
            # year: only with a comma, a colon or a line before it)
            before = text[max(0, match.start() - 2) : match.start()]
            # round 16: five digits are a CAP before a known town anywhere on the line ("3°
            # piano senza ascensore 40122 Bologna"), not after money or a count's sign
            five = (
                len(match.group(0).split()[0]) == 5
                and before[-1:] not in "€$£#"
                and not _CODE_BEFORE.search(text, max(0, match.start() - 14), match.start())
            )
            if not (
                _known_town(town)
                and (five or match.start() == 0 or before[-1:] in "\n:" or "," in before)
            ):
                continue
            if _YEAR.fullmatch(match.group(0)[:4]) and len(match.group(0).split()[0]) == 4:
                continue
        else:
            # a distinctive postcode: a town no everyday word, known or on an address line
            before = text[max(0, match.start() - 2) : match.start()]
            line = match.start() == 0 or before[-1:] in "\n:(" or "," in before
            if town is None:  # a Canadian code: after its province or on an address line
                if not (line or match.group("province")):
                    continue
            elif load_lexicon().is_common(town.split()[0]) or not (line or _known_town(town)):
                continue
            elif _YEAR_LETTERS.match(match.group(0)) and not _known_town(town):
                continue  # a model year and its trim ("2019 GT Turbo")
        start = match.start()
        street = _STREET_BEFORE_POSTCODE.search(text, max(0, start - 60), start)
        if street:
            first = street.group(1).split()[0]
            if not (load_lexicon().is_common(first) or fold(first) in _CONTACT_LABELS):
                start = street.start(1)  # the street line before it ("Nerudova 12, 118 00 Praha")
        yield Detection(start, match.end(), "ADDRESS", "postcode-town", 0.75)
    zips = US_TOWN_STATE_ZIP.finditer(text) if _HAS_CAP.search(text) else ()
    for match in zips:
        # "Ticket ID 12345" is no town: without a comma only a known town ("Austin TX 78701")
        town = match.group("town")
        if load_lexicon().is_common(town.split()[0]) or (
            "," not in match.group(0) and not _known_town(town)
        ):
            continue
        yield Detection(match.start(), match.end(), "ADDRESS", "us-town-zip", 0.75)


def _tail(text: str, end: int) -> int:
    """Grow an address over a foreign postcode and town and a country after it."""
    lead = _FOREIGN_TAIL.match(text, end)
    if lead:
        postcode = FOREIGN_POSTCODE_TOWN.match(text, lead.end())
        if postcode and not (
            postcode.group("plain")
            and not _known_town(postcode.group("town"))
            and not _postcode_on_line(text, lead, postcode)
        ):
            end = postcode.end()
    return _country_end(text, end)


# round 18: what ends an address line after its town ("..., 6830 Chiasso, Switzerland")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:$|[,.;:!?)\n])")


def _postcode_on_line(text: str, lead: re.Match[str], postcode: re.Match[str]) -> bool:
    """Round 18. Four or five digits after a comma that ends a street with its house number,
    then a capitalised town that ends the line or its item: a postcode (CH, AT, BE, DK, NO, DE,
    FR, ES, IT) and its town, known or not ("Via Livio 9, 6830 Chiasso"), not a year."""
    digits = postcode.group(0).split()[0]
    return (
        "," in lead.group(0)
        and text[lead.start() - 1 : lead.start()].isalnum()
        and any(map(str.isdigit, text[max(0, lead.start() - 6) : lead.start()]))
        and not (len(digits) == 4 and _YEAR.fullmatch(digits))
        and not load_lexicon().is_common(postcode.group("town").split()[0].lower())
        and _LINE_END_AFTER.match(text, postcode.end()) is not None
    )


# A side street of a named street ("traversa via Manzoni 9", "II traversa via Roma 4", "parallela
# di via Verdi 3"): the side street is the address.
_SIDE_STREET_BEFORE = re.compile(
    r"(?<![\w])(?:(?:\d{1,2}(?:[ªº°]|[ao](?![\w]))?|[IVX]{1,4}|(?i:prima|seconda|terza|quarta|quinta|"
    r"sesta))\s)?(?i:traversa|trav\.|parallela|laterale)\s(?:(?i:di|a)\s)?$"
)


# Round 18. An address line that opens with its unit, the way Indian, Chinese, Nigerian, Gulf and
# British letters write it ("Flat 7, Palm Grove CHS, 2nd Road, Khar West, Mumbai 400052", "Room
# 9, 12 Yan'an Road (E), Huangpu District", "Plot 3, Kofo Abayomi Street, Victoria Island"):
# the unit and its number, then items of capitalised words, ordinals and numbers between commas,
# maybe a postcode; an address when an item names a street or a building, or a postcode ends it.
_UNIT_OPENER = (
    r"(?:Flat|FLAT|Apt\.?|APT|Apartment|Unit|UNIT|Suite|Plot|PLOT|Room|Rm\.?|Shop|Villa|Office|"
    r"(?:House|Door|Shop|Flat|Plot|Office)[ \t](?:No\.?|Number|#)|H\.[ \t]?No\.?)"
)
_LINE_WORD = r"(?:[A-Z][\w'’\-.&]*|\d{1,3}(?:st|nd|rd|th)|\((?:[A-Z][a-z]{0,6})\))"
_LINE_ITEM = (
    rf"(?:(?:\d{{1,5}}[A-Za-z]?|[A-Z]?-?\d{{1,4}}(?:[-/]\d{{1,4}})?)[ \t])?{_LINE_WORD}"
    rf"(?:[ \t](?:{_LINE_WORD}|of|the|de|da|do|di|el|al|\d{{1,4}}[A-Za-z]?(?=,|$))){{0,4}}"
)
UNIT_LINE = re.compile(
    rf"(?<![\w]){_UNIT_OPENER}[ \t]?#?[A-Za-z]?\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}}[A-Za-z]?)?"
    rf"(?:,[ \t]?{_LINE_ITEM}){{1,6}}(?:[ \t]?[-–]?[ \t]?\d{{4,6}}(?![\w]))?"
)
# the words of a street or a building in one of its items ("Sea View CHS", "Lotus Apartments",
# "Shanti Niwas", "Sector 12", "Phase 2", "Green Park Colony", "14th Road")
_LINE_ANCHOR = re.compile(
    rf"(?<![\w])(?:(?i:{_EN_STREET})|CHS|C\.H\.S\.?|Society|Soc\.|Apartments?|Apts\.?|Residency|"
    r"Residences?|Towers?|Heights|Enclave|Complex|Building|Bldg\.?|Chambers|Mansions?|Bhavan|"
    r"Bhawan|Niwas|Nivas|Sadan|Kunj|Vihar|Nagar|Colony|Layout|Sector|Phase|Block|Estate|Compound|"
    r"Garden|Gardens|Court|House|Lodge|Villas?|Plaza|Centre|Center|District|Qu|Xian|Cun|"
    r"Lu|Jie|Dajie|Hutong|Marg|Salai|Gali|Chowk|Way|Close|Crescent)(?![\w])"
)
_ENDS_WITH_POSTCODE = re.compile(r"(?<![\w])\d{4,6}$")


# a full stop that ends the sentence inside a unit line's words ("..., H91 X2E4. Her phone"):
# after a word with a digit or of five letters or more, not an abbreviation ("St.", "Bldg.")
_LINE_STOP = re.compile(r"([\w'’\-]+)\.[ \t]+(?=[A-Z])")


def _line_end(text: str, start: int, end: int) -> int:
    for stop in _LINE_STOP.finditer(text, start, end):
        word = stop.group(1)
        if len(word) > 4 or any(map(str.isdigit, word)):
            return stop.end(1)
    return end


def _unit_lines(text: str) -> Iterable[Detection]:
    for match in UNIT_LINE.finditer(text):
        end = _line_end(text, match.start(), match.end())
        line = text[match.start() : end]
        items = line.split(",")[1:]
        if not items or not (
            _ENDS_WITH_POSTCODE.search(line) or any(_LINE_ANCHOR.search(item) for item in items)
        ):
            continue
        yield Detection(match.start(), end, "ADDRESS", "unit-line", 0.8)


# Round 18. A flat, suite or unit alone, without its street, where someone is, lives or leaves
# something ("she's right across at Apt 4C", "drop it at Suite 210", "lives in Unit 12B",
# "next door in #3F"): the flat is that person's address. "Room 101" is left alone (a hotel's or
# an office's rooms, the business's own).
UNIT_ALONE = re.compile(
    r"(?<![\w])(?i:at|in|to|from|across|opposite|into|inside|outside|near|beside|next\sdoor|"
    r"upstairs|downstairs|lives|live|living|neighbou?r|door|apartment\sis|flat\sis|address\sis)"
    r"(?:[ \t](?i:the|my|his|her|their|our|your))?[ \t]"
    r"((?:Apt\.?|APT|apt\.?|Apartment|apartment|Flat|Suite|Ste\.?|Unit|#)[ \t]?#?"
    r"(?:\d{1,5}[A-Za-z]?|[A-Za-z]-?\d{1,4}|\d{1,3}-[A-Za-z0-9]{1,3}))"
    r"(?![\w]|[.,]\d|[ \t]?(?:%|€|\$))"
    # a course's or a book's unit ("Unit 3 of the course")
    r"(?![ \t](?i:of|del|della|dello|in\sthe|on\spage)(?![\w]))"
)
# Italian: two parts of a building in a row, without the street ("scala B, interno 7", "int. 4
# scala C", "piano 3, interno 12")
_IT_UNIT = r"(?:scala|sc\.|interno|int\.|piano|pal\.|palazzina)[ \t]?(?:[A-Za-z]|\d{1,3}[A-Za-z]?)"
IT_UNITS_ALONE = re.compile(rf"(?<![\w])(?i:{_IT_UNIT}),?[ \t](?i:{_IT_UNIT})(?![\w])")


def _units_alone(text: str) -> Iterable[Detection]:
    for match in UNIT_ALONE.finditer(text):
        yield Detection(match.start(1), match.end(1), "ADDRESS", "unit-alone", 0.75)
    lowered = text.lower()
    if "scala" in lowered or "int" in lowered or "piano" in lowered:
        for match in IT_UNITS_ALONE.finditer(text):
            if any(map(str.isdigit, match.group(0))):
                yield Detection(match.start(), match.end(), "ADDRESS", "unit-alone", 0.75)


# What an address never ends with: an order, booking or invoice number or a price after a comma
# ("Via Roma 5, Ordine 45120", "Via Roma 5, 1500 Euro"), taken for a town and its CAP.
_CODE_TAIL = re.compile(
    r",[ \t]*(?:(?i:order|ordine|ordini|ref|rif|riferimento|fattura|invoice|pratica|prenotazione"
    r"|booking|tracking|codice|code|totale|total|importo|scontrino|ticket)"
    r"(?:[ \t#:.°º]*\d[\w\-/]*)?"
    r"|€?[ \t]?\d[\d.,]*[ \t]?(?i:euro|eur|€|usd|dollars?|gbp|sterline|chf|franchi))[ \t]*$"
)


def _without_code_tail(text: str, found: Iterable[Detection]) -> list[Detection]:
    out = []
    for detection in found:
        tail = _CODE_TAIL.search(text, detection.start, detection.end)
        if tail and tail.end() == detection.end and tail.start() > detection.start:
            detection = Detection(
                detection.start,
                tail.start(),
                detection.entity_type,
                detection.recognizer,
                detection.score,
            )
        out.append(detection)
    return out


def find_addresses(text: str) -> Iterable[Detection]:
    """Street addresses with house number, CAP or postcode when present; a piece inside another
    found address is left out (round 15: a town, state and ZIP inside the street's address)."""
    found = list(_find_addresses(text))
    found.extend(
        w
        for w in world_streets(text, _known_town)
        if not any(f.start <= w.start and w.end <= f.end for f in found)
    )
    found.extend(
        w
        for w in round22_streets(text, _known_town)
        if not any(f.start <= w.start and w.end <= f.end for f in found)
    )
    found.extend(
        w
        for w in round23_streets(text)
        if not any(f.start <= w.start and w.end <= f.end for f in found)
    )
    found.extend(
        w
        for w in round24_streets(text, _known_town)
        if not any(f.start <= w.start and w.end <= f.end for f in found)
    )
    found.extend(
        w
        for w in round29_streets(text, _known_town)
        if not any(f.start <= w.start and w.end <= f.end for f in found)
    )
    if len(found) > 1:
        pieces = (
            "us-town-zip",
            "postcode-town",
            "en-untyped-address",
            "unit-line",
            "unit-alone",
            "town-cap",
        )
        found = [
            d
            for i, d in enumerate(found)
            if d.recognizer not in pieces
            or not any(
                j != i
                and o.start <= d.start
                and d.end <= o.end
                and (o.end - o.start > d.end - d.start or j < i)
                for j, o in enumerate(found)
            )
        ]
    widened = [
        d
        if d.entity_type != "ADDRESS"
        else Detection(*widen_24(text, d.start, d.end), d.entity_type, d.recognizer, d.score)
        for d in widen(text, found)
    ]
    return _joined_over_number_cue(text, _without_code_tail(text, widened))


# Round 37: what stands between a street that has a number in its name and its house number
# ("strada Provinciale 48 n 7", "SS 16 km 3, n. 12")
_NUMBER_CUE_GAP = re.compile(r"[ \t]*,?[ \t]*(?i:n|n\.|nr\.?|no\.|num\.?|numero|civico)[ \t]*")


def _joined_over_number_cue(text: str, found: list[Detection]) -> list[Detection]:
    """Two addresses with only a number's cue between them are one: the street whose name
    holds a number (a provincial road) and its house number."""
    found = sorted(found, key=lambda d: d.start)
    out: list[Detection] = []
    for detection in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.entity_type == detection.entity_type == "ADDRESS"
            and last.end < detection.start
            and _NUMBER_CUE_GAP.fullmatch(text, last.end, detection.start)
            and text[detection.start : detection.start + 1].isdigit()
        ):
            out[-1] = Detection(
                last.start,
                detection.end,
                "ADDRESS",
                last.recognizer,
                max(last.score, detection.score),
            )
            continue
        out.append(detection)
    return out


def _find_addresses(text: str) -> Iterable[Detection]:
    for detection in _find_streets(text):
        if detection.recognizer in ("eircode", "uk-postcode"):
            above = _block_above(text, detection.start)
            if above < detection.start:
                detection = Detection(
                    above, detection.end, "ADDRESS", detection.recognizer, detection.score
                )
        if detection.recognizer == "eircode":  # the last item of an address line
            end = _country_end(text, detection.end)
            yield Detection(detection.start, end, "ADDRESS", "eircode", detection.score)
            continue
        start, end = _extend(text, detection.start, detection.end)
        if detection.recognizer in ("de-address", "fr-address-type-first"):
            # a German, Austrian or Swiss postcode and town ("8001 Zürich", "A-1010 Wien")
            postcode = _DE_POSTCODE_TOWN.match(text, end)
            end = postcode.end() if postcode else end
        elif detection.recognizer == "it-address" and (
            postcode := _SWISS_POSTCODE_TOWN.match(text, end)
        ):
            # a Swiss (Ticino, Grisons) or Sammarinese postcode and a known town ("Via Nassa
            # 21, 6900 Lugano")
            town = " ".join(fold(word) for word in postcode.group(1).split())
            if town in _places() or LOWERCASE + town in _places():
                end = postcode.end()
        cap_town = _CAP_TOWN_BEFORE.search(text, max(0, start - 50), start)
        if cap_town and detection.recognizer in ("it-address", "it-address-lower"):
            # the CAP and the town before the street ("40126 Bologna, via Irnerio 30")
            town = " ".join(fold(word) for word in cap_town.group(1).split())
            if town in _places() or LOWERCASE + town in _places():
                start = cap_town.start()
        if detection.recognizer.startswith("it-address"):
            side = _SIDE_STREET_BEFORE.search(text, max(0, start - 30), start)
            start = side.start() if side else start
        end = _tail(text, end)
        yield Detection(start, end, detection.entity_type, detection.recognizer, detection.score)


# A lowercase street without a number after a locative ("il cantiere di via sciuti", "abito in
# viale ferrucci"): a name only of words that no dictionary knows.
# Also in an English sentence ("the wifi at via del pratello") and after an article of the name
# ("in via dei coronari"): the name's first word after it still no dictionary word.
IT_STREET_NAMED_LOWER = re.compile(
    r"(?<![\w])(?:in|di|da|nella|sulla|alla|dalla|della|verso|per|at|on|near|from|to)\s"
    r"(via|viale|piazza|piazzale|corso|vicolo|largo|contrada)\s"
    r"(?:(?:del|della|dei|delle|degli|dello|di)\s)?"
    r"([a-zà-ÿ]{3,24})(?:\s([a-zà-ÿ]{3,24}))?(?![\w'’])"
)


def _named_lower_streets(text: str) -> Iterable[Detection]:
    lexicon = load_lexicon()
    for match in IT_STREET_NAMED_LOWER.finditer(text):
        name = match.group(2)
        if (
            name in _NOT_STREET
            or name in _FUNCTION_WORDS
            or name in _CONNECTORS
            or lexicon.is_word(name)
        ):
            continue
        end = match.end(2)
        second = match.group(3)
        if second and not (
            second in _FUNCTION_WORDS or second in _CONNECTORS or lexicon.is_word(second)
        ):
            end = match.end(3)
        yield Detection(match.start(1), end, "ADDRESS", "it-street-lower", 0.7)


# An English street named without a number where someone says they live, lived or moved there,
# before or after it in the same sentence ("In the old one Kenmure Road I don't live anymore",
# "we moved from Ashgrove Avenue last year"): the street of someone's home.
EN_STREET_NAMED = re.compile(
    r"(?<![\w])((?:[A-Z][a-z][\w'’\-]{0,23}\s){1,2})(?:Street|Road|Lane|Avenue|Drive|Close|"
    r"Crescent|Terrace|Gardens|Grove|Mews|Square)(?![\w])"
)
_LIVES_AROUND = re.compile(
    r"(?i:\b(?:live|lived|lives|living|moved|move|address|addresses|abito|abitavo|vivo|vivevo|"
    r"abitiamo|abitavamo|trasferit[oaie]|indirizzo)\b)"
)
_CLAUSE_END = re.compile(r"[.!?\n]")


def _named_en_streets(text: str) -> Iterable[Detection]:
    lexicon = load_lexicon()
    for match in EN_STREET_NAMED.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        before = _CLAUSE_END.split(before)[-1]
        after = _CLAUSE_END.split(text[match.end() : match.end() + 40])[0]
        if not (_LIVES_AROUND.search(before) or _LIVES_AROUND.search(after)):
            continue
        start = match.start()
        for word in match.group(1).split():
            if not lexicon.is_word(word) or lexicon.is_surname(word):
                break
            start += len(word) + 1  # a sentence's first word ("Yesterday Ashgrove Road")
        if start < match.start(1) + len(match.group(1)):
            yield Detection(start, match.end(), "ADDRESS", "en-street-named", 0.7)


def _rural_numbered(text: str, match: re.Match[str]) -> bool:
    """Whether a rural odonym's match has a house number: not a year alone, not a count
    before a noun ("tenuta Rossa 2 bottiglie")."""
    value = match.group(0)
    if not any(map(str.isdigit, _YEAR.sub("", value))):
        return False
    after = _WORD_AFTER.match(text, match.end())
    if after and not _HAS_CAP.search(value):
        word = after.group(1)
        if (
            word not in _FUNCTION_WORDS
            and load_lexicon().is_word(word)
            and not _UNIT_AFTER.match(word)
        ):
            return False
    return True


# Round 21: one or two lowercase words of the street's name or section and then its house number
# after a street the pattern ended before them ("via Campi Alti II tronco 12", "via Roma interno
# cortile 5", "viale Europa lato mare 40"); the number ends the clause or a comma, a CAP follows.
_NUMBERED_TAIL = re.compile(
    r"((?:\s(?:[a-zà-ÿ]{2,14}\.?|[IVX]{1,4})){1,2}),?\s(?:n\.\s?|civico\s)?\d{1,4}[a-zA-Z]?"
    r"(?:/[A-Za-z0-9]{1,3})?(?=\s*$|[,;)\n]|\.(?:\s|$)|\s\d{5}(?![\w]))"
)
_NOT_IN_TAIL_TEXT = """
    lunedi lunedì martedi martedì mercoledi mercoledì giovedi giovedì venerdi venerdì sabato
    domenica oggi domani ieri giorno giorni ore ora minuti angolo incrocio davanti vicino accanto
    dietro chiude apre aperto aperta chiuso chiusa dalle alle dal al entro fino tra fra circa
    anno anni mese mesi settimana settimane volte volta euro numero tel telefono cell km
"""
_NOT_IN_TAIL = frozenset(_NOT_IN_TAIL_TEXT.split()) | _FUNCTION_WORDS


def _numbered_tail(text: str, end: int) -> int:
    """The end of a street without a number grown over a numbered tail of its name."""
    tail = _NUMBERED_TAIL.match(text, end)
    if tail is None:
        return end
    words = [word.strip(".").lower() for word in tail.group(1).split()]
    if any(word in _NOT_IN_TAIL or _MONTH_WORD.fullmatch(word) for word in words):
        return end
    return tail.end()


_MONTH_WORD = re.compile(_MONTHS)
_HOUSE_TOKEN = re.compile(r"\d{1,4}[a-zA-Z]?,?")


_ELIDED_NAME_HEAD = re.compile(r"^(?i:dell|dall|nell|sull|all|d|l)['’](?=[A-ZÀ-Ý])")


def _named_and_numbered(words: list[str]) -> bool:
    """Whether an everyday street word's match has a capitalised name that is no month and a
    house number after it that opens no date ("ponte Sisto 3"; not "ponte del 25 aprile")."""
    named = False
    for at, word in enumerate(words[1:], 1):
        # round 27: an elided name counts too ("scali d'Azeglio 38")
        core = _ELIDED_NAME_HEAD.sub("", word)
        if core[:1].isupper() and not _MONTH_WORD.fullmatch(core):
            named = True
        elif named and _HOUSE_TOKEN.fullmatch(word):
            following = words[at + 1] if at + 1 < len(words) else ""
            return not _MONTH_WORD.fullmatch(following.strip(",."))
    return False


_ROMAN = re.compile(r"[IVXLC]{1,6}")
_UNIT_AFTER = re.compile(
    r"(?:scala|int|interno|piano|bis|ter|rosso|presso|loc|fraz|frazione|"
    # round 27: a floor's ordinal ("scali d'Azeglio 38 secondo piano")
    r"primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|ultimo|attico)$"
)


def _town_checked(match: re.Match[str]) -> int:
    """The end of an Italian street's match, less the words after its comma that are no town:
    a tax, bank or contact label and what follows it ("viale X 31, CF RSSMRA...", "corso X 6,
    ASL dice"), a word with a digit (a code). The keep rules protect such a label, and the
    whole address would then be dropped."""
    town = match.group("town")
    if town is None:
        return match.end()
    at = match.start("town")
    for word in town.split(" "):
        if (
            fold(word) in _CONTACT_LABELS
            or (word.isupper() and word.lower() in NO_NAME_CAPITALS)
            or any(map(str.isdigit, word))
        ):
            return _before_comma(match, at)
        at += len(word) + 1
    return match.end()


def _before_comma(match: re.Match[str], at: int) -> int:
    text = match.string
    while at > match.start() and text[at - 1] in ", ":
        at -= 1
    return at


# Round 19: the English word before a lowercase "via" that makes it the preposition "through"
# ("went via Frankfurt", "shipped via Rotterdam", "fly via Doha"): a verb's past or -ing form, a
# verb of moving or sending, a pronoun object, or a noun of travel.
_EN_VIA_BEFORE = re.compile(
    r"(?<![\w])(?:[a-z]{2,20}(?:ed|ing)|go|goes|gone|went|send|sends|sent|ship|ships|come|comes|"
    r"came|fly|flies|flew|flown|travel|travels|drive|drives|drove|ride|rode|route|routes|it|them|"
    r"us|me|him|her|back|home|then|also|only|directly|flight|flights|train|trains|bus|ferry|"
    r"connection|arrive|arrives|passes|transit|and|or)[ \t]$"
)
# a postcode-shaped code right after a code's or coupon's word ("codice AB12 3CD", "promo code
# SW1 2AB"): no address
_CODE_WORD_BEFORE = re.compile(
    r"(?<![\w])(?<!post[ \t])(?<!postal[ \t])(?i:codice|code|coupon|promo|voucher|sconto|"
    r"discount|gift[ \t]card|buono)[ \t]?:?[ \t]?$"
)


# Round 22: a course's level or kind after "corso" ("il corso base 2", "un corso avanzato 3"),
# and "nel corso del 2024": a course or a time, not a street, after an article or a preposition.
_COURSE_KIND_TEXT = """
    base avanzato avanzata intermedio intermedia principianti online serale intensivo
    intensiva pratico teorico completo gratuito annuale breve livello modulo di del della
    dell dei degli delle
"""
_COURSE_KIND = frozenset(_COURSE_KIND_TEXT.split())


def _lower_course(text: str, match: re.Match[str], words: list[str]) -> bool:
    """Whether a lowercase "corso" + word + number is a course or a time ("il corso base 2",
    "nel corso del 2024"), after an article or a preposition."""
    if not _COURSE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return False
    return len(words) > 1 and (words[1] in _COURSE_KIND or _YEAR.fullmatch(words[-1]) is not None)


def _find_streets(text: str) -> Iterable[Detection]:
    lowered = text.lower()
    if "via " in lowered or "piazz" in lowered or "corso " in lowered or "viale " in lowered:
        yield from _named_lower_streets(text)
    if any(cue in lowered for cue in ("v", "p", "c", "l", "s", "b", "f", "t", "r", "d")):
        for match in IT_ADDRESS.finditer(text):
            words = match.group(0).split()
            street_word = words[0].lower()
            if len(words) < 2 or words[1].lower().strip(".,") in _NOT_STREET:
                continue
            if (
                words[0] == "via"
                and not any(map(str.isdigit, match.group(0)))
                and _EN_VIA_BEFORE.search(text, max(0, match.start() - 24), match.start())
            ):
                continue  # round 19: English "via" = through ("it went via Frankfurt")
            if (
                street_word == "via"
                and words[1].strip(".,!?").isupper()
                and len(words[1].strip(".,!?")) > 1
                and not _ROMAN.fullmatch(words[1].strip(".,"))
                and not any(map(str.isdigit, match.group(0)))
            ):
                continue  # round 16: "via" as a preposition before an acronym ("via SEUR.")
            connector = (
                words[1].lower() in _CONNECTORS
                or bool(_ELIDED_NAME.match(words[1]))
                or words[1].lower().replace("’", "'") in ("de'", "da'")
            )
            if (
                street_word
                in {"via", "corso", "strada", "strèda", "streda", "borgo", "salita", "calle"}
                and not (
                    words[1][:1].isupper()
                    or words[1][:1].isdigit()
                    or connector
                    # Spanish "de" before a capitalised name ("calle de Alcalá 45")
                    or (street_word == "calle" and words[1].lower() == "de")
                    # round 16: a dialect's or Spanish "de" before a capitalised name ("strada de
                    # Contrin 18", "via de Gasperi 3")
                    or (words[1].lower() == "de" and len(words) > 2 and words[2][:1].isupper())
                    or words[1].lower() in _ROAD_KINDS
                )
            ):
                continue
            numbered = any(map(str.isdigit, match.group(0)))
            if street_word in _NEEDS_NUMBER and not numbered:
                continue
            if street_word in _RURAL and not _rural_numbered(text, match):
                continue
            if street_word in _EVERYDAY and (
                not _named_and_numbered(words) or _QUANTITY_AFTER.match(text, match.end())
            ):
                continue
            if (
                _BARE_ABBR.match(match.group(0))
                and not numbered
                # round 28: after a town and a comma, ending the message ("Silea, str.
                # Lanzaghe"), the abbreviation is the street the next message numbers
                and not (
                    (
                        town := _TOWN_COMMA_BEFORE.search(
                            text, max(0, match.start() - 40), match.start()
                        )
                    )
                    and not text[match.end() :].strip(" \t.!")
                    and _known_town(town.group(1))
                )
            ):
                continue
            previous = _PREVIOUS.search(text, max(0, match.start() - 30), match.start())
            if not numbered and previous and previous.group(1).lower() in PRODUCT_WORDS:
                continue  # a product line: "collezione Borgo Antico", "modello Corso Italia"
            if (
                street_word == "corso"
                and not any(map(str.isdigit, match.group(0)))
                and _COURSE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            ):
                continue
            if all(word.lower() in _CONNECTORS or not word[:1].isalpha() for word in words[1:]):
                continue  # "discesa di 3 km": no name
            start, end = match.start(), _town_checked(match)
            # a full stop after a whole word ends the sentence ("in via Manna. Porta la carta");
            # after an abbreviation it does not ("via Gen. Cantore", "via S. Maria")
            stop = _SENTENCE_STOP.search(match.group(0), len(words[0]))
            if stop:
                end = start + stop.start() + 4
            while end > start and text[end - 1] in ",. ":
                end -= 1
            if not numbered:
                end = _numbered_tail(text, end)
            if not any(map(str.isdigit, text[start:end])):
                # English word order in an Italian address: "20 Via delle Rose".
                number = _NUMBER_BEFORE.search(text, max(0, start - 24), start)
                if number and not _TIME_BEFORE.search(
                    text, max(0, number.start() - 8), number.start()
                ):
                    start = number.start()
            yield Detection(start, end, "ADDRESS", "it-address", 0.85)
    if any(map(str.isdigit, text)):
        lowercase_streets = (
            IT_ADDRESS_LOWER.finditer(text)
            if any(hint in lowered for hint in _IT_STREET_HINTS)
            else ()
        )
        for match in lowercase_streets:
            words = [word.lower().strip(".,") for word in match.group(0).split()]
            # "a"/"e" inside the name ("via s. maria a pugliano"), a saint's abbreviation
            inner = [
                word
                for at, word in enumerate(words)
                if not ((word in ("a", "e") and 2 < at < len(words) - 2) or word in _SAINTS)
            ]
            if words[0] == "corso" and _lower_course(text, match, words):
                continue
            if len(words) > 1 and words[1] not in _NOT_STREET and _FUNCTION_WORDS.isdisjoint(inner):
                yield Detection(match.start(), match.end(), "ADDRESS", "it-address-lower", 0.8)
        for match in EN_ADDRESS_LOWER.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "en-address-lower", 0.8)
        for match in EN_ADDRESS.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "en-address", 0.85)
        if "The " in text:
            for match in EN_ESTATE.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "en-estate", 0.75)
        for match in DE_ADDRESS.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "de-address", 0.8)
        for match in POSTCODE_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "de-address", 0.8)
        if "s " in text:
            for match in NORDIC_ADDRESS.finditer(text):
                genitive = match.group(0).split()[-3]
                if load_lexicon().is_word(genitive) or load_lexicon().is_word(genitive[:-1]):
                    continue  # "Departures gate 5", "Arrivals gate 12"
                yield Detection(match.start(), match.end(), "ADDRESS", "de-address", 0.8)
        for pattern, name in (
            (CY_ADDRESS, "cy-address"),
            (PL_ADDRESS, "pl-address"),
            (MT_ADDRESS, "mt-address"),
            (MT_NUMBER_FIRST, "mt-address"),
        ):
            for match in pattern.finditer(text):
                if any(map(str.isdigit, match.group(0))):
                    yield Detection(match.start(), match.end(), "ADDRESS", name, 0.8)
        for match in NAMED_NUMBER_CAP.finditer(text):
            name = match.group(1).split()[0]
            if load_lexicon().is_common(name) or fold(name) in _CODE_NAMES:
                continue
            if _TYPE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                continue  # the street rules take "via Leopardi 3, 60121" whole
            yield Detection(match.start(), match.end(2), "ADDRESS", "named-number-cap", 0.75)
        if "km" in text.lower():
            for match in ROAD_KM.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "road-km", 0.8)
        if "post" in text.lower() or "box" in text.lower():
            for match in POST_BOX.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "post-box", 0.8)
        for match in VENICE_ADDRESS.finditer(text):
            # round 24: a wine's or a castle's vintage is no house number ("un Castello 2019",
            # "bottiglie di San Marco 2018")
            if not _COUNTED_AFTER.match(text, match.end()) and not (
                _YEAR.fullmatch(match.group(0).split()[-1])
                and _VINTAGE_BEFORE.search(text, max(0, match.start() - 20), match.start())
            ):
                yield Detection(match.start(), match.end(), "ADDRESS", "it-address", 0.8)
        for match in IT_ROAD_KM.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "it-road-km", 0.8)
        zones = IT_ZONE_ADDRESS.finditer(text) if _ZONE_GATE.search(lowered) else ()
        for match in zones:
            if not _YEAR.fullmatch(match.group(0).split()[-1]):
                yield Detection(match.start(), match.end(), "ADDRESS", "it-zone", 0.8)
        if "irezional" in text:
            for match in CDN_ADDRESS.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "it-address", 0.8)
        for match in FR_ADDRESS.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "fr-address", 0.8)
        for match in FR_TYPE_FIRST.finditer(text):
            if not _COUNTED_AFTER.match(text, match.end()):
                yield Detection(match.start(), match.end(), "ADDRESS", "fr-address-type-first", 0.8)
        for match in UK_POSTCODE.finditer(text):
            if _CODE_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                continue
            yield Detection(match.start(), match.end(), "ADDRESS", "uk-postcode", 0.7)
            # round 36: the known town before it in small letters ("11 Roundhay Mount, leeds
            # LS8 1DS"); a capitalised one is the places' rules'
            town = _TOWN_BEFORE_CODE.search(text, max(0, match.start() - 40), match.start())
            if town and town.group(1).islower() and _known_town(town.group(1)):
                yield Detection(town.start(1), town.end(1), "LOCATION", "uk-postcode-town", 0.7)
        yield from _postcode_blocks(text)
        yield from _postcode_towns(text)
        untyped = (
            EN_UNTYPED_ADDRESS.finditer(text)
            if _HAS_CAP.search(text) or _UNTYPED_GATE.search(text)
            else ()
        )
        for match in untyped:
            yield Detection(match.start(), match.end(), "ADDRESS", "en-untyped-address", 0.8)
        yield from _unit_lines(text)
        yield from _units_alone(text)
        if "lot" in text or "LOT" in text:
            for match in PLOT_ADDRESS.finditer(text):
                if not load_lexicon().is_word(match.group(1)):  # "we plot 3 Games"
                    yield Detection(match.start(), match.end(), "ADDRESS", "plot-address", 0.75)
        if "-" in text:
            for match in JP_POSTCODE.finditer(text):
                if _known_town(match.group(1)):
                    yield Detection(
                        match.start(), match.start(1) - 1, "ADDRESS", "jp-postcode", 0.7
                    )
        for match in PO_BOX.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "po-box", 0.75)
        for match in EIRCODE.finditer(text):
            before = text[max(0, match.start() - 30) : match.start()]
            line_end = text[match.end() : match.end() + 1] in ("", "\n", ".", ";")
            if not (line_end or _EIRCODE_LEAD.search(before)):
                continue
            yield Detection(match.start(), match.end(), "ADDRESS", "eircode", 0.7)
        for match in IT_ADDRESS_NUMBER_FIRST.finditer(text):
            words = [word.lower().strip(".,") for word in match.group(0).split()]
            before = text[max(0, match.start() - 8) : match.start()]
            if (
                words[2] not in _NOT_STREET
                and words[1] not in _EVERYDAY
                and _FUNCTION_WORDS.isdisjoint(words[2:])
                and not _TIME_BEFORE.search(before)
            ):
                yield Detection(
                    match.start(), match.end(), "ADDRESS", "it-address-number-first", 0.8
                )
    if " " in text and _EN_SPELLED_GATE.search(text):
        for match in EN_SPELLED_ADDRESS.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "en-spelled-address", 0.75)
        # session 13 (red team R26): the number after the street's type, as Italians write a
        # foreign address ("Abbey Road 3, Londra", "Baker Street al 221"); no year after it
        if any(map(str.isdigit, text)):
            for match in EN_TYPE_THEN_NUMBER.finditer(text):
                if not _COUNTED_AFTER.match(text, match.end()):  # "Oxford Street 2 volte"
                    yield Detection(
                        match.start(), match.end(), "ADDRESS", "en-type-then-number", 0.75
                    )
    if " " in text and _TYPE_FIRST_GATE.search(text):
        for match in TYPE_FIRST_ADDRESS.finditer(text):
            if not _COUNTED_AFTER.match(text, match.end()):
                yield Detection(match.start(), match.end(), "ADDRESS", "type-first-address", 0.75)
    if " " in text and _EN_LINE_GATE.search(text):
        # round 37: a street without its number where the writer says it is their address
        # ("the address is Elm Road", "we live on Carlton Crescent")
        for match in _EN_STREET_CUED.finditer(text):
            if _HOME_STREET_CUE.search(text, max(0, match.start() - 30), match.start()):
                yield Detection(match.start(), match.end(), "ADDRESS", "en-street-line", 0.75)
        yield from _named_en_streets(text)
        for match in EN_STREET_LINE.finditer(text):
            line_start = match.start() == 0 or text[match.start() - 1] == "\n"
            house = "," in match.group(0)
            postcode = text[match.end() : match.end() + 1] == " "
            cue = _ADDRESS_CUE.search(text, max(0, match.start() - 40), match.start())
            if line_start or house or postcode or cue:
                yield Detection(match.start(), match.end(), "ADDRESS", "en-street-line", 0.75)


# Round 22: the second half of an address sent as its own message right after a message that
# ends with a street ("via Lanza" ⏎ "numero 12", "civico 5, 20100", "int 4", "n 7 scala B"): a
# short message that is only a house number or a unit, maybe after an apology or a filler.
FOLLOW_UP_NUMBER = re.compile(
    r"^[ \t]*(?:(?i:scusa(?:te)?|sorry|ah|oh|ops|pardon|dimenticavo|e|ed|il|al|ok)[,!.]?"
    r"[ \t]+){0,2}"
    r"((?i:numero|num\.?|n\.?|nr\.?|n°|nº|civico|civ\.?|int\.?|interno|scala|sc\.|piano|"
    r"appartamento|app\.?)[ \t]?\d{1,4}[a-zA-Z]?(?:[ \t]?/[ \t]?[A-Za-z0-9]{1,3})?"
    r"(?:[ \t]?(?i:bis|ter))?"
    r"(?:,?[ \t](?:(?i:scala|sc\.|int\.?|interno|piano|appartamento)[ \t]?[A-Za-z0-9]{1,3}|"
    r"\d{5}(?:[ \t][A-ZÀ-Ý][\w'’\-]{1,24})?))*)"
    r"[ \t]*[.!]?[ \t]*$"
)
_QUANTITY_WORD = _QUANTITY.removeprefix(r"\s?")
FOLLOW_UP_LEAD = re.compile(
    # round 27: after a short sentence without digits ("scusi è partito. n. 318, la villetta")
    r"^[ \t]*(?:[^.!?\n\d]{1,30}[.!?][ \t]+)?"
    r"(?:(?i:scusa(?:te)?|scusi|sorry|ah|oh|ops|pardon|dimenticavo|e|ed|il|al|ok|poi)[,!.]?"
    r"[ \t]+){0,2}"
    r"((?i:numero|num\.?|n\.|nr\.?|n°|nº|civico|civ\.?)[ \t]?\d{1,4}[a-zA-Z]?"
    r"(?:[ \t]?/[ \t]?[A-Za-z0-9]{1,3})?(?:[ \t]?(?i:bis|ter))?)"
    # (round 38: or a slash before the next part, "n. 27/B / citofono Mancuso")
    rf"(?=[ \t]*[,;.!:\-–/]|[ \t]*$|[ \t]+(?!{_QUANTITY_WORD})[\w'’(])"
)
# round 29: "al 18, secondo piano", "at 22, top floor" after a street without its number
FOLLOW_UP_AT = re.compile(
    r"^[ \t]*(?:(?i:scusa(?:te)?|sorry|ah|oh|ok|e|and|sì|si|yes)[,!.]?[ \t]+){0,2}"
    r"(?i:al|at|è[ \t]al|it['’]s|number|no\.)[ \t]+"
    r"(\d{1,4}[a-zA-Z]?(?:[ \t]?/[ \t]?[A-Za-z0-9]{1,3})?)"
    r"(?=[ \t]*[,;.!]|[ \t]*$|[ \t]+(?i:scala|sc\.|int\.?|interno|piano|primo|secondo|terzo|quarto|"
    r"quinto|ultimo|pian\s?terreno|floor|flat|top|ground|first|second|third))"
)
_STREET_AT_END = re.compile(r"[\w.'’][ \t]*[.!,]?[ \t]*$")
# Round 25: the house number or the CAP alone ("32", "ah scusa 19", "it's 9", "number 204",
# "no. 12", "00167"), the answer to a message that ends with a street ("via Marsala" ⏎ "32") or
# that asks for the house number or the postcode ("numero civico?", "sì ma manca il civico!!",
# "e il cap?", "sorry forgot the house number", "what's the postcode?").
FOLLOW_UP_BARE = re.compile(
    r"^[ \t]*(?:(?i:scusa(?:te)?|sorry|ah|oh|ops|pardon|dimenticavo|ok|okay|sì|si|yes|yeah|"
    r"è|e'|it['’]s|it\sis|the|il|al|number|no\.|nr\.?|n\.|num\.?|numero|civico|cap|"
    r"house\snumber)[,!.:]?[ \t]+){0,3}"
    r"(\d{1,4}[a-zA-Z]?(?:[ \t]?/[ \t]?[A-Za-z0-9]{1,3})?(?:[ \t]?(?i:bis|ter))?|\d{5})"
    r"[ \t]*[.!]?[ \t]*$"
)
_ASKS_NUMBER = re.compile(
    r"(?i:(?<![\w])(?:civico|civ\.|house\s(?:number|no\.?)|street\snumber|door\snumber|"
    r"building\snumber|postcode|post\scode|zip(?:\s?code)?|codice\spostale|c\.a\.p\.?)(?![\w])"
    r"|(?:^|(?<![\w])(?:il|e|del|manca|anche|qual\s?è|quale\sè|serve|mi\sdai)[ \t])cap(?![\w])"
    # a street given after its label, its number to come ("street: Am Kirchberg")
    r"|(?<![\w])(?:street|strasse|straße|via|indirizzo|address)[ \t]?:)"
)


# Round 38: a message that breaks off at the house number's cue ("viale Cavallotti a Monza...
# il civico è il") and the number opening the next one ("89, secondo piano ...")
_DANGLING_NUMBER_CUE = re.compile(
    r"(?<![\w])(?i:civico|numero|n\.|nr\.?|number|house[ \t]number|no\.)"
    r"(?:[ \t]+(?i:è|e'|is))?(?:[ \t]+(?i:il|al|the))?[ \t]*[:.…]*[ \t]*$"
)
_NUMBER_PROMISED = re.compile(
    r"(?<![\w])(?i:il[ \t]+numero|il[ \t]+civico|the[ \t]+number|house[ \t]+number)(?![\w])"
)
_OPENING_NUMBER = re.compile(
    r"^[ \t]*(\d{1,4}[a-zA-Z]?(?:[ \t]?/[ \t]?[A-Za-z0-9]{1,3})?)"
    r"(?=[ \t]*[,;.!]|[ \t]*$|[ \t]+\D)"
)


def follow_up_address(
    previous: str, previous_addresses: Sequence[Detection], text: str
) -> Detection | None:
    """The house number or unit a short message adds to the street that ends the message before
    it (the street's detection ends at most a few characters before that message's end)."""
    if not any(map(str.isdigit, text[:80])):
        return None
    if (
        previous_addresses
        and (
            _DANGLING_NUMBER_CUE.search(previous[-40:])
            # or a street without its number and the number promised ("via Torre di Mondello /
            # il numero nn me lo ricordo, chiedo a mia moglie" -> "57 la villetta col cancello")
            or (
                _NUMBER_PROMISED.search(previous)
                and any(
                    d.entity_type == "ADDRESS"
                    and not any(map(str.isdigit, previous[d.start : d.end]))
                    for d in previous_addresses
                )
            )
        )
    ):
        opening = _OPENING_NUMBER.match(text)
        if (
            opening is not None
            and any(d.entity_type == "ADDRESS" for d in previous_addresses)
            and not re.match(_QUANTITY, text[opening.end(1) :])
        ):
            return Detection(opening.start(1), opening.end(1), "ADDRESS", "address-follow-up", 0.75)
    if len(text) <= 30 and len(previous) <= 120:
        bare = FOLLOW_UP_BARE.match(text)
        if bare is not None and (
            _ASKS_NUMBER.search(previous)
            or any(
                d.entity_type == "ADDRESS" and len(previous) - d.end <= 3
                for d in previous_addresses
            )
        ):
            return Detection(bare.start(1), bare.end(1), "ADDRESS", "address-follow-up", 0.75)
    match = FOLLOW_UP_NUMBER.match(text) if len(text) <= 60 else None
    # round 24: the house number that opens a longer message, the rest about something else
    # ("numero 4 a Cosenza, intestate a ...", "civico 12, il citofono è Rossi")
    match = match or FOLLOW_UP_LEAD.match(text) or FOLLOW_UP_AT.match(text)
    if match is None:
        return None
    ends_with_street = any(
        d.entity_type == "ADDRESS" and len(previous) - d.end <= 3 for d in previous_addresses
    )
    # round 36: or a street without its number anywhere in it ("abito a Correggio via
    # Mandriolo Superiore e fattura a casa" -> "numero 7 scusa mi ero dimenticato")
    numberless = any(
        d.entity_type == "ADDRESS" and not any(map(str.isdigit, previous[d.start : d.end]))
        for d in previous_addresses
    )
    if not (ends_with_street or numberless):
        return None
    return Detection(match.start(1), match.end(1), "ADDRESS", "address-follow-up", 0.75)
