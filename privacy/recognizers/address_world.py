"""Round 19 (A19): address forms from outside Italy and the UK, each behind a cheap gate.

- streets whose type word the Italian and English rules do not know (Spanish/Portuguese "Av.",
  "Avda.", "Calle 5 de Mayo 32", "nº"; Slavic "vul."/"ul."; Cyrillic and Greek type words;
  German "Am/An der/Im + name + number"; one-word Nordic/Dutch/Belgian compounds; Indian
  "No. 23, 4th Cross"; "B-14, Sector 62"; Gulf/Nigerian "House 7, Road 12"; Malay "Jalan");
- Chinese and Japanese block addresses (路/街 + 号, 丁目/番/号, "2-8-1 Nishi-Shinjuku", "chome");
- the parts after a found street: flat/unit/building items of other countries ("piso 4, puerta
  B", "bte 3", "bl. A3, sc. 2, ap. 17", "2. th.", "B 7", "app. 301", "/2/14", "hs", "kv. 4"),
  district items ("col. Centro", "Sector 62"), and a postcode left outside the span (after the
  town, lowercase UK/Canadian, Cedex, Argentine, Japanese, Indian PIN);
- the parts before a found street: "Lot 14", "Villa 23,", "fourteen", "n. 18," before a CAP.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from privacy.recognizers.names import load_lexicon
from privacy.recognizers.text import CONFUSABLES
from privacy.types import Detection


def _conf(words: str) -> str:
    """A regex of ``|``-separated type words that also matches them after ``normalise`` has
    mapped their look-alike Cyrillic/Greek letters to Latin ones ("вул." is seen as "вyл.")."""
    out = []
    for word in words.split("|"):
        parts = []
        for char in word:
            latin = char.translate(CONFUSABLES)
            parts.append(f"[{char}{latin}]" if latin != char else re.escape(char))
        out.append("".join(parts))
    return "(?:" + "|".join(out) + ")"


_UP = r"A-ZÀ-ÝØÆÅÄÖŁŚŻŹĆŃÓČŘŠŽ"
_WORD = rf"[{_UP}][\w'’\-.]{{0,24}}"
_LINK = r"(?:de|del|de\sla|dos|das|da|do|la|las|los|y|e)"
_NUMBER = r"\d{1,5}(?:[ \t]?[A-Za-z](?![\w]))?"

# Spanish/Portuguese/Latin American type words (abbreviated or full) + name + number; the name
# may hold a date ("Calle 5 de Mayo", "Av. 16 de Septiembre"); "nº"/"n°"/"No." before the number
IBERIAN_STREET = re.compile(
    r"(?<![\w])(?:Av\.|Avda\.|Avd\.|Avenida|Calle|C/|Cl\.|Carrera|Cra\.|Rua|R\.|Travessa|Tv\.|"
    r"Alameda|Paseo|Pº|Pso\.|Ronda|Camino|Jirón|Jr\.|Estrada|Rodovia|Praça|Pça\.|Plaza|Pza\.)"
    rf"[ \t](?:\d{{1,2}}[ \t]de[ \t])?{_WORD}(?:[ \t](?:{_LINK}[ \t])?{_WORD}){{0,3}}"
    r",?[ \t](?:(?:nº|n°|Nº|N°|No\.|nro\.|núm\.|num\.|no|No|n\.o|n\.º|N\.º)[ \t]?)?"
    r"\d{1,5}(?:[ \t]?[A-Za-z](?![\w]))?"
    r"(?![\w]|[.,]\d|[ \t]?(?:%|€|\$|km|m(?![\w])))"
)
# Slavic type words, Latin transliteration ("vul. Shevchenka 10", "ul. Długa 5", "ulitsa Lenina 3")
SLAVIC_STREET = re.compile(
    r"(?<![\w])(?i:vul\.|vulytsia|vulytsya|ul\.|ulica|ulitsa|ulitza|prosp\.|prospekt|pr-t|"
    r"bulv\.|pl\.|nab\.|pereulok|per\.|prov\.|shosse)"
    rf"[ \t]{_WORD}(?:[ \t]{_WORD}){{0,2}},?[ \t](?:(?i:d\.|bud\.)[ \t]?)?{_NUMBER}(?![\w]|[.,]\d)"
)
# Cyrillic and Greek streets: the type word, a capitalised name and the number
_CYR_UP = "А-ЯЄІЇҐЁABEKMHOPCTXYIJS"
CYRILLIC_STREET = re.compile(
    r"(?<![\w])"
    + _conf(
        "вул.|вулиця|ул.|улица|пр.|просп.|проспект|пров.|пер.|переулок|бул.|бульвар|пл.|площа|"
        "площадь|наб.|набережная|шосе|шоссе|провулок"
    )
    + rf"[ \t]?[{_CYR_UP}][\w'’\-.]{{1,24}}(?:[ \t][{_CYR_UP}][\w'’\-.]{{1,24}}){{0,2}},?[ \t]"
    + "(?:"
    + _conf("д.|буд.|дом|будинок")
    + r"[ \t]?)?\d{1,4}[а-яА-Яa-zA-Z]?(?![\w])"
)
_GR_UP = "Α-ΩΆ-ΏABEZHIKMNOPTYX"
GREEK_STREET = re.compile(
    r"(?<![\w])"
    + _conf("Οδός|Οδ.|Λεωφόρος|Λεωφ.|Πλατεία|Πλ.")
    + rf"[ \t][{_GR_UP}][\w'’\-.]{{1,24}}(?:[ \t][{_GR_UP}][\w'’\-.]{{1,24}}){{0,2}}"
    + r",?[ \t]\d{1,4}(?![\w])"
)
# German "Am Rosengarten 3", "An der Linde 12a", "Im Winkel 4", "Auf dem Berg 7", "Zur Mühle 2":
# a preposition + article + a capitalised name + a house number that ends the item (comma, a
# postcode, the end). "Im Jahr 2025", "Am Montag 3 Stunden" do not end there or are stop words.
DE_PREPOSITION_STREET = re.compile(
    r"(?<![\w])(?:Am|Im|An[ \t]der|An[ \t]den|Auf[ \t]dem|Auf[ \t]der|In[ \t]der|In[ \t]den|"
    r"Zum|Zur|Unter[ \t]den|Hinter[ \t]dem|Vor[ \t]dem|Beim|Alte[ \t]|Alter[ \t])"
    r"[ \t]?([A-ZÄÖÜ][a-zäöüß]{2,24}(?:-[A-ZÄÖÜ][a-zäöüß]{2,24})?)[ \t](\d{1,3}[a-z]?)"
    r"(?=[ \t]*(?:,|$|\n|[ \t]\d{5}(?![\w])))"
)
_DE_NOT_NAME = frozenset(
    [
        "Jahr",
        "Jahre",
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "Wochenende",
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Ende",
        "Anfang",
        "Moment",
        "Prinzip",
        "Grunde",
        "Durchschnitt",
        "Ganzen",
        "Schnitt",
        "Tag",
        "Abend",
        "Morgen",
        "Mittag",
        "Punkt",
        "Kapitel",
        "Seite",
        "Teil",
        "Level",
        "Platz",
        "Rang",
        "Minute",
        "Stunde",
        "Uhr",
    ]
)
# one-word compounds with a street ending of Nordic, Dutch, Flemish and German languages
# ("Nørrebrogade 34", "Drottninggatan 12", "Mannerheimintie 12"), and hyphenated German
# names ("Cesare-Battisti-Straße 2")
COMPOUND_STREET = re.compile(
    r"(?<![\w\-])[A-ZÆØÅÄÖÜ][a-zæøåäöüéè]{2,30}"
    r"(?:gade|gatan|gata|vej|vejen|väg|vägen|veien|vegen|veg|gata|tie|katu|kuja|polku|"
    r"straat|gracht|laan|plein|kade|dreef|steeg|singel|dijk|stræde|allé|torv|plads|"
    r"gasse|straße|strasse|stieg|damm|ufer|chaussee|platz)"
    r"[ \t]\d{1,4}(?:[ \t]?[A-Za-z](?![\w]))?(?![\w]|[.,]\d|[ \t]?(?:%|€|\$|kr))"
)
HYPHEN_STREET = re.compile(
    r"(?<![\w\-])(?:[A-ZÄÖÜ][\wäöüß]{1,20}-){1,4}"
    r"(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Steig|Chaussee)"
    r"[ \t]\d{1,4}[a-z]?(?![\w])"
)
# Belgian/Dutch one-word street names with no type word: a word + number + 4-digit postcode +
# a capitalised town ("Kouter 12, 9000 Gent")
BARE_STREET_POSTCODE = re.compile(
    r"(?<![\w\-])[A-ZÀ-Ý][a-zà-ÿ]{2,24}(?:-[A-ZÀ-Ý][a-zà-ÿ]{1,24}){0,3}[ \t]\d{1,4}[a-z]?"
    r"(?:[ \t](?:bus|bte)[ \t]\d{1,3})?"
    r",[ \t](?:[A-Z]-)?\d{4}(?:[ \t]?[A-Z]{2})?[ \t]([A-ZÀ-Ý][\w'’\-]{2,24})"
)
# French: a number and an abbreviated type word in lowercase ("8 av. Jean Jaurès", "12 bd.
# Voltaire", "3 imp. des Lilas"); a post-office box and a Cedex postcode ("BP 120, 69441 Lyon
# Cedex 03", "CS 30012, 33000 Bordeaux Cedex")
FR_ABBR_STREET = re.compile(
    r"(?<![\w])\d{1,4}(?:[ \t]?(?:bis|ter|b|t))?,?[ \t]"
    r"(?:av\.|ave\.|bd\.?|boul\.|bld\.?|pl\.|imp\.|all\.|ch\.|rte|qu\.|crs|sq\.|fg\.?|pass\.|"
    r"r\.|Av\.|Bd\.?|Bld\.?|Imp\.|Ch\.|Rte|Fg\.?)"
    rf"[ \t](?:(?:de[ \t]la|de[ \t]l['’]|du|des|de|d['’])[ \t]?)?{_WORD}(?:[ \t]{_WORD}){{0,3}}"
)
CEDEX = re.compile(
    r"(?<![\w])(?:(?:BP|B\.P\.|CS|TSA)[ \t]?\d{1,6},?[ \t])?\d{5}[ \t]"
    rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}[ \t](?i:cedex)(?:[ \t]\d{{1,2}})?(?![\w])"
)
# lowercase English street with a number, closed by a lowercase UK or Canadian postcode
EN_LOWER_POSTCODE = re.compile(
    r"(?<![\w])\d{1,4}[a-z]?[ \t](?:[a-z]{2,20}[ \t]){1,3}"
    r"(?:street|st|road|rd|lane|ln|avenue|ave|drive|dr|close|way|grove|crescent|gardens|terrace|"
    r"place|square|row|walk|hill|court|mews|parade)"
    r"(?:,?[ \t][a-z]{3,20}){0,3},?[ \t]"
    r"(?:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d)(?![\w])"
)
# India: "No. 23, 4th Cross, 6th Main", "#12, 2nd Main, 3rd Block", "B-14, Sector 62"
INDIAN_STREET = re.compile(
    r"(?<![\w])(?:(?:No\.|#)[ \t]?\d{1,4}[A-Z]?(?:/\d{1,3})?|[A-Z]{1,2}-\d{1,4}[A-Z]?)"
    r"(?:,[ \t]?(?:\d{1,2}(?:st|nd|rd|th)[ \t]"
    r"(?:Cross|Main|Block|Stage|Phase|Sector|Floor|A[ \t]?Cross)"
    r"(?:[ \t](?:Road|Rd\.?))?|Sector[ \t]\d{1,3}[A-Z]?|Phase[ \t][IV\d]{1,3}))+"
)
# Gulf, Nigeria, Pakistan, Bangladesh: a numbered house or villa on a numbered road or street,
# or in a named community ("Villa 112, Arabian Ranches")
NUMBERED_HOUSE = re.compile(
    r"(?<![\w])(?:House|Villa|Plot|Flat|Apartment|Building|Bldg\.?)[ \t]"
    r"(?:No\.?[ \t]?)?\d{1,4}[A-Z]?,?[ \t]"
    r"(?:(?:Road|Street|St\.|Rd\.|Lane|Block|Avenue)[ \t]\d{1,3}[A-Z]?"
    r"|[A-Z][a-z]{2,20}[ \t](?:Ranches|Estate|Gardens|Village|Springs|Meadows|Lakes|Hills|Heights|"
    r"Layout|Colony|Enclave|Residences|Town|City|Park|Compound))(?![\w])"
)
# Malay/Indonesian "Jalan Ampang 15", "Jl. Sudirman No. 5", "No. 8, Jalan SS 2/24"
JALAN_STREET = re.compile(
    r"(?<![\w])(?:Jalan|Jln\.?|Jl\.)[ \t][\w'’\-/ ]{2,30}?,?[ \t]"
    r"(?:No\.?[ \t]?)?\d{1,4}[A-Za-z]?(?![\w])"
)
# Chinese: districts, a road or street and the number (号), with a room or floor after it
CHINESE_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{0,14}(?:路|街|道|巷|弄|里)(?:[\u4e00-\u9fff]{1,3}段)?\s?\d{1,5}(?:号|號)"
    r"(?:\s?(?:\d{1,3}(?:楼|樓|层|層|栋|棟|幢|座|单元|單元)|[A-Z]座))*"
    r"(?:\s?\d{1,5}(?:室|房|号房))?"
)
# Japanese: prefecture, ward, district + 丁目/番/号, and romanised block numbers
JAPANESE_ADDRESS = re.compile(
    r"[\u4e00-\u9fff\u3040-\u30ff]{0,14}\d{1,2}丁目\d{1,3}(?:番地?|[-ー－])\d{1,3}(?:号|号室)?"
    r"|[\u4e00-\u9fff\u3040-\u30ff]{1,14}\d{1,4}番地?\d{0,3}号?"
)
JAPANESE_ROMAN = re.compile(
    r"(?<![\w\-/.])(?:\d{1,2}[ \t-]?(?i:chome)[ \t-]?\d{1,3}(?:-\d{1,3})?"
    r"|\d{1,2}-\d{1,3}-\d{1,3})"
    r"(?:[ \t][A-Z][a-z]{2,15}(?:-[A-Z][a-z]{2,15})?)?(?=,)"
)
JP_POSTCODE = re.compile(r"(?:〒[ \t]?)\d{3}-\d{4}(?![\w])")

# --- after a street -------------------------------------------------------------------------
# a building's parts after the number: Spanish, Portuguese, Argentine, French, Belgian, Dutch,
# Romanian, Danish, Finnish, Slavic, Cyrillic
_UNIT_ITEM = (
    r"(?:(?:(?i:piso|planta|puerta|pta\.|dto\.?|dpto\.?|depto\.?|departamento|andar|apto\.?|"
    r"apartamento|interior|"
    r"bte|boîte|boite|bus|bl\.|bloc|bloco|blok|sc\.|scara|ap\.|apt\.?|app\.?|appt\.?|"
    r"appartement|bât\.?|bat\.|bâtiment|batiment|esc\.|escalera|et\.|etaj|kv\.|of\.|oficina|"
    r"local|loc\.|sala|torre|mz\.|lt\.|"
    # round 29: Swedish, Danish, Turkish, Polish, Croatian flats and floors ("lgh 1102",
    # "lejl. 4", "D: 7", "Kat 3", "m. 12", "stan 5")
    r"lgh\.?|lägenhet|lejl\.?|lejlighed|daire|d:|kat|m\.|stan)|"
    + _conf("кв.|квартира|кв|под.|эт.|корп.|лит.")
    + r")[ \t]?(?:n[º°o]\.?[ \t]?)?(?:\d{1,4}[A-Za-z]?|[A-Za-z]\d{0,3}|[IVX]{1,4})(?![\w])"
    r"|\d{1,2}[º°ªoa]?\.?[ \t]?(?i:th|tv|mf|sal|etg|piso|andar|izq\.?|izda\.?|dcha\.?|dch\.?|"
    r"[A-H](?![\w]))\.?(?![\w])"
    r"|\d{1,2}[º°ªo][ \t]?[A-H1-9]?(?![\w])"
    # round 29: a Catalan floor and door ("4t 1a", "2n 3a", "1r 2a")
    r"|\d{1,2}(?:r|n|t|è)[ \t]\d{1,2}[ao]?(?![\w])"
    r"|(?i:hs|huis|bis|ter|sous-sol|rdc|rez-de-chaussée|souterrain|parterre|bg|h\.|hoog)(?![\w])"
    r")"
)
_UNIT_TAIL = re.compile(
    r"(?:,[ \t]?|[ \t])"
    rf"{_UNIT_ITEM}(?:(?:,[ \t]?|[ \t]){_UNIT_ITEM})*"
)
_UNIT_WORD_END = re.compile(
    r"(?:,[ \t]?|[ \t])(?i:piso|planta|puerta|andar|apto|dto|dpto|bte|bus|app|ap|apt|esc|bl|sc|kv"
    r"|bât|bat|et|etaj)\.?$"
)
# right after a house number: Austrian stair/door "/2/14", Finnish/Swedish stair + flat "B 7"
_NUMBER_TAIL = re.compile(
    r"(?:/\d{1,3}[A-Za-z]?){1,3}(?![\w/])|[ \t][A-H][ \t]?\d{1,3}(?![\w]|[.,]\d)"
)
# a compass suffix of Canadian/US/Latin American street names before a comma
_COMPASS_TAIL = re.compile(r"[ \t](?:O|E|N|S|NE|NW|SE|SW|Ouest|Est|Nord|Sud|Norte|Sur|Oeste)(?=,)")
# district items: Mexican colonia, Indian sector, Brazilian bairro
_DISTRICT_TAIL = re.compile(
    rf",[ \t](?:(?i:col\.|colonia|fracc\.|fraccionamiento|sector|bairro|barrio|urb\.|urbanización|"
    rf"mz\.|manzana|lote|barangay|brgy\.))[ \t]?"
    rf"(?:\d{{1,3}}[A-Z]?|{_WORD}(?:[ \t](?:{_LINK}[ \t])?{_WORD}){{0,3}})"
)
# a named estate, dock or community after the street ("..., Grand Canal Dock", "..., Arabian
# Ranches"): capitalised words ending in such a word
_ESTATE_TAIL = re.compile(
    r"(?:,[ \t](?:[A-Z][a-z]{1,20}[ \t]){1,3}|(?:[ \t][A-Z][a-z]{1,20}){0,2}[ \t])"
    r"(?:Dock|Estate|Ranches|Gardens|Village|Quarter|"
    r"Heights|Park|Enclave|Layout|Colony|Compound|Residences)(?![\w])"
)
# a postcode left outside: after the town and a province/state, or alone after a comma
_POSTCODE_ITEM = (
    r"(?:(?i:PIN|pin[ \t]?code|CP|C\.P\.|CEP|〒)[ \t:.\-]*)?"
    r"(?:\d{3}[ \t]?\d{3}(?![\w])|\d{5}(?:-\d{3,4})?(?![\w])|\d{4}(?![\w])|\d{3}-\d{4}(?![\w])"
    r"|[A-Z]\d{4}[A-Z]{3}(?![\w])"  # Argentine CPA
    r"|[a-zA-Z]\d[a-zA-Z][ \t]?\d[a-zA-Z]\d(?![\w])"  # Canada, any case
    r"|[a-zA-Z]{1,2}\d[a-zA-Z\d]?[ \t]\d[a-zA-Z]{2}(?![\w]))"  # UK, any case
    r"(?:[ \t](?i:cedex)(?:[ \t]\d{1,2})?)?"
)
# a label of a code or a count is no town ("Via Roma 5, Ordine 45120", "..., Euro 1500")
_NOT_TOWN = (
    r"(?!(?i:ordine|order|pratica|ticket|codice|code|rif|ref|tel|telefono|phone|cell|fattura|"
    r"invoice|n|nr|no|num|numero|id|ore|euro|eur|usd|gbp|tracking|pacco|parcel|iban|pin)(?![\w]))"
)
_TOWN = rf"{_NOT_TOWN}[A-ZÀ-ÝА-ЯЄІЇҐ][\w'’\-.]{{1,24}}"
_POSTCODE_TAIL = re.compile(
    rf"(?:(?:,?[ \t]{_TOWN}(?:[ \t]{_TOWN}){{0,2}}){{1,3}},?[ \t](?:[A-Z]{{2}}[ \t]|[-–][ \t])?"
    rf"|,?[ \t](?:[A-Z]{{2}}[ \t]|[-–][ \t]))"
    rf"(?!(?:19|20)\d\d(?![\w]))"
    rf"{_POSTCODE_ITEM}(?![ \t]?[\d(+]|[.,]\d|[ \t]?(?:%|€|\$|euro|eur|km))"
    # lowercase: a lowercase town and a UK or Canadian postcode ("... oxford ox1 4ap")
    r"|,?[ \t](?:[a-z]{3,20}[ \t]){1,2}(?:[a-z]{2}[ \t])?"
    r"(?:[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d)(?![\w])"
)
# a postcode right after the street or the town, without a town word between: the forms that
# no price or count takes (five or six digits, Argentine, Canadian, British in any case), and
# a postcode then its town ("..., 06000 Nice", "..., 1000 Bruxelles")
_BARE_POSTCODE_TAIL = re.compile(
    r",?[ \t](?:(?i:PIN|pin[ \t]?code|CP|C\.P\.|CEP)[ \t:.\-]*)?"
    r"(?:\d{5}|\d{3}[ \t]?\d{3}|\d{3}-\d{4}|[A-Z]\d{4}[A-Z]{3}|[a-zA-Z]\d[a-zA-Z][ \t]?\d[a-zA-Z]\d"
    r"|[a-zA-Z]{1,2}\d[a-zA-Z\d]?[ \t]\d[a-zA-Z]{2})"
    r"(?![\w]|[ \t]?[\d(+]|[.,]\d|[ \t]?(?:%|€|\$|euro|eur|km|pz|pezzi|pcs))"
    r"|,[ \t](?:[A-Z]{1,2}-|[A-Z])?(?!(?:19|20)\d\d(?![\w]))\d{4,5}[ \t]"
    + _NOT_TOWN
    + r"[A-ZÀ-Ý][\w'’\-]{1,24}"
    r"(?:[ \t](?i:cedex)(?:[ \t]\d{1,2})?)?"
)
# a town or two after the street and before a postcode: only when the postcode closes them
_CEDEX_TAIL = re.compile(r"[ \t](?i:cedex)(?:[ \t]\d{1,2})?(?![\w])")
# Italian: "al numero 12" after a lowercase street and its name's last words
_IT_NUMBER_TAIL = re.compile(
    r"(?:[ \t][a-zà-ÿ]{3,24}){0,2}[ \t](?:al[ \t])?(?:numero|n\.|civico|nr\.)[ \t]?"
    r"\d{1,4}[a-zA-Z]?(?![\w])"
)

# --- before a street ------------------------------------------------------------------------
_LEAD = re.compile(
    r"(?:(?<![\w])(?:Lot|Plot|Villa|House|Unit|Block|Bldg\.?|Building|Room|Rm\.?|Bât\.?|Bâtiment|"
    r"Résidence|Residence|Immeuble|BP|B\.P\.|CP|Casilla)[ \t]?(?:No\.?[ \t]?)?"
    r"(?:\d{1,4}[A-Z]?|[A-Z])"
    r"(?:[ \t][A-Z][a-z]{1,20}){0,3},?[ \t]"
    r"|(?<![\w])(?:Lot|Plot|Villa|House|Unit|Flat|Lote|Parcela)[ \t]"
    r"|(?<![\w])(?:Résidence|Residence|Immeuble|Bât\.?|Bâtiment|Building|Tower|Torre|Edificio|"
    r"Edifício|Condominio|Condomínio)(?:[ \t][A-Z][\w'’\-]{1,20}){1,3},[ \t]"
    r"|(?<![\w])(?:n\.|n°|nº|nr\.|civico|No\.)[ \t]?\d{1,4}[a-zA-Z]?,[ \t]"
    r"|(?<![\w])(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
    r"(?:[ \-](?i:one|two|three|four|five|six|seven|eight|nine))?[ \t])$"
)
# the part before the street that the lead may start with: a building's name after
# "Résidence"/"Bât." is included by the capitalised words of _LEAD
_STREET_START = re.compile(r"[A-Z0-9\u4e00-\u9fff]")


def _gate(text: str) -> bool:
    return any(map(str.isdigit, text))


_JAPAN_CUES = (
    "Tokyo",
    "Osaka",
    "Kyoto",
    "Japan",
    "Giappone",
    "-ku",
    "-shi",
    "-cho",
    "-machi",
    "chome",
    "Yokohama",
    "Nagoya",
    "Sapporo",
    "Fukuoka",
    "Kobe",
    "Sendai",
    "Hiroshima",
    "〒",
    " Ku,",
    " City",
)


def world_streets(text: str, known_town: Callable[[str], bool]) -> Iterable[Detection]:
    """Streets of the forms above; every one needs a digit in the message."""
    if not _gate(text):
        return
    non_latin = not text.isascii() and any(ord(ch) > 0x36F for ch in text)
    if non_latin:
        if any("\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff" for ch in text):
            for match in CHINESE_ADDRESS.finditer(text):
                if len(match.group(0)) > 3:
                    yield Detection(match.start(), match.end(), "ADDRESS", "cjk-address", 0.8)
            for match in JAPANESE_ADDRESS.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "cjk-address", 0.8)
        if any("\u0400" <= ch <= "\u04ff" for ch in text):
            for match in CYRILLIC_STREET.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "cyrillic-address", 0.8)
        if any("\u0370" <= ch <= "\u03ff" for ch in text):
            for match in GREEK_STREET.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "greek-address", 0.8)
    lowered = text.lower()
    if any(
        cue in lowered
        for cue in (
            "av",
            "bd",
            "bl",
            "pl",
            "imp",
            "all",
            "ch",
            "r.",
            "rte",
            "qu",
            "crs",
            "sq",
            "fg",
            "pass",
        )
    ):
        for match in FR_ABBR_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "fr-abbr-address", 0.8)
    if "edex" in lowered:
        for match in CEDEX.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "cedex", 0.8)
    if text.islower() or any(ch.islower() for ch in text[-8:]):
        for match in EN_LOWER_POSTCODE.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "en-lower-postcode", 0.75)
    for match in JP_POSTCODE.finditer(text):
        yield Detection(match.start(), match.end(), "ADDRESS", "jp-postcode", 0.7)
    if any(
        cue in text
        for cue in (
            "Av",
            "Calle",
            "C/",
            "Cl.",
            "Carrera",
            "Cra.",
            "Ru",
            "R.",
            "Tv",
            "Travessa",
            "Alameda",
            "Pa",
            "P",
            "Ronda",
            "Camino",
            "Jr",
            "Estrada",
            "Rodovia",
            "Pça",
            "Jirón",
        )
    ):
        for match in IBERIAN_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "iberian-address", 0.8)
    if any(cue in lowered for cue in ("ul", "vul", "pr", "bulv", "pl.", "nab.", "per", "shosse")):
        for match in SLAVIC_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "slavic-address", 0.8)
    if any(
        cue in text
        for cue in (
            "Am",
            "Im",
            "An ",
            "Auf ",
            "In d",
            "Zu",
            "Unter ",
            "Hinter ",
            "Vor ",
            "Beim",
            "Alte",
        )
    ):
        for match in DE_PREPOSITION_STREET.finditer(text):
            if match.group(1) not in _DE_NOT_NAME:
                yield Detection(match.start(), match.end(), "ADDRESS", "de-preposition", 0.8)
    for match in COMPOUND_STREET.finditer(text):
        yield Detection(match.start(), match.end(), "ADDRESS", "compound-street", 0.8)
    if "-" in text:
        for match in HYPHEN_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "compound-street", 0.8)
        japan = any(cue in text for cue in _JAPAN_CUES)
        for match in JAPANESE_ROMAN.finditer(text + ",") if japan else ():
            end = min(match.end(), len(text))
            yield Detection(match.start(), end, "ADDRESS", "jp-block", 0.75)
    if "," in text:
        for match in BARE_STREET_POSTCODE.finditer(text):
            if not known_town(match.group(1)):
                continue  # "Windows 10, 2000 Edition"
            yield Detection(match.start(), match.end(), "ADDRESS", "bare-street-postcode", 0.75)
        if "No." in text or "#" in text or "-" in text:
            for match in INDIAN_STREET.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "in-address", 0.8)
    if any(
        cue in text for cue in ("House", "Villa", "Plot", "Flat", "Apartment", "Building", "Bldg")
    ):
        for match in NUMBERED_HOUSE.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "numbered-house", 0.8)
    if "J" in text:
        for match in JALAN_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "jalan-address", 0.8)


def widen(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """Each found address takes the parts right before and after it (see the module's doc)."""
    out: list[Detection] = []
    for d in detections:
        if d.entity_type != "ADDRESS":
            out.append(d)
            continue
        start, end = d.start, d.end
        # a rule that stopped right after a unit's word ("C/ Mayor 5, piso") takes its value
        cut = _UNIT_WORD_END.search(text, start, end)
        if cut:
            tail = _UNIT_TAIL.match(text, cut.start())
            if tail and tail.end() > end:
                end = tail.end()
        for _ in range(6):
            moved = end
            if text[end - 1 : end].isdigit():
                tail = _NUMBER_TAIL.match(text, end)
                if tail:
                    end = tail.end()
            for rule in (_UNIT_TAIL, _COMPASS_TAIL, _DISTRICT_TAIL, _ESTATE_TAIL, _CEDEX_TAIL):
                tail = rule.match(text, end)
                if tail:
                    end = tail.end()
            tail = _POSTCODE_TAIL.match(text, end) or _BARE_POSTCODE_TAIL.match(text, end)
            if tail:
                end = tail.end()
            if not text[end - 1 : end].isdigit() and (
                "numer" in text or "n." in text or "civico" in text
            ):
                tail = _IT_NUMBER_TAIL.match(text, end)
                if tail:
                    end = tail.end()
            if end == moved:
                break
        for _ in range(3):
            lead = _LEAD.search(text, max(0, start - 60), start)
            if not lead:
                break
            start = lead.start()
        start, end = widen_22(text, start, end)
        start, end = widen_23(text, start, end)
        start, end = widen_29(text, start, end)
        out.append(Detection(start, end, d.entity_type, d.recognizer, d.score))
    return out


# --- round 22 -------------------------------------------------------------------------------
# Streets of Romania, Albania, the Maghreb and France typed with their own type word, either
# case ("bulevardul Libertății 12", "Calea Moșilor 40", "Rr. Ismail Qemali 7", "rruga e Kavajës
# 3", "derb Moulay Ali 9", "zanqat Ibn Sina 4", "rue des Lilas 8", "chemin du Moulin 3",
# "impasse Pasteur 2"): type words that are no Italian or English word; with a capitalised name
# and a house number, or without a number when the type word cannot be anything else and the
# name is capitalised.
_W22_DISTINCT = (
    r"bulevardul|b-dul|bd-ul|calea|aleea|[șşs]oseaua|splaiul|intrarea|pia[țţt]a|drumul|"
    r"rruga|rr\.|bulevardi|blv\.|sheshi|derb|zanqat|zankat|zenkat|rue|ruelle|impasse|chemin|"
    r"all[ée]e|quai|lieu-dit|carrer|carreró|passatge|rúa|travessera|"
    r"route(?=[ \t](?:de|du|des|d['’]))"
)
_W22_LINK = (
    r"(?:de|du|des|de\sla|de\sl['’]|d['’]|l['’]|la|le|les|e|i|al|el|ben|ibn|bin|ould|"
    r"lui|cel|dels|del|dos|das|da|do)"
)
_W22_NAME = rf"(?:{_WORD}|[IVX]{{1,4}}(?![\w])|\d{{1,2}}(?=[ \t][A-Z]))"
WORLD_TYPE_STREET = re.compile(
    rf"(?<![\w])(?i:{_W22_DISTINCT})[ \t](?:{_W22_LINK}[ \t]?)?{_WORD}"
    rf"(?:[ \t\-](?:{_W22_LINK}[ \t]?)?{_W22_NAME}){{0,3}}"
    r"(?:,?[ \t](?:(?i:nr\.?|n°|nº|no\.?|numero|num\.?)[ \t]?)?"
    r"(?!(?:19|20)\d\d(?![\w]))\d{1,4}(?:[ \t]?(?i:bis|ter)|[a-zA-Z])?"
    r"(?![\w]|[.,]\d|[ \t]?(?:%|€|\$|km|euro|eur|lei|dh|mad|anni|ani)(?![\w])))?"
)
# a street numbered instead of named, in Morocco, Tunisia and Algeria ("rue 14 n° 7", "derb 3
# n° 12"): the number of the street and the house number
NUMBERED_RUE = re.compile(
    r"(?<![\w])(?i:rue|derb|zanqat|zankat|impasse|ruelle)[ \t]\d{1,3}[ \t,]{1,2}"
    r"(?i:n°|nº|no\.?|n\.|numero|num\.?)[ \t]?\d{1,4}[a-zA-Z]?(?![\w])"
)
# An Italian street word typed wrong ("vai Manin 12", "va Cavour 3", "vìa Po 7", "viae Nizza
# 4"), only with a capitalised name that is no everyday word and a house number that counts
# nothing and is no time.
TYPO_VIA = re.compile(
    r"(?<![\w])(?:[Vv]ai|[Vv]a|[Vv]ìa|[Vv]iae|[Vv]ja|[Vv]ìe|VAI|VIAE)[ \t]"
    r"([A-ZÀ-Ý][a-zà-ÿ'’]{1,24})(?:[ \t](?:[A-ZÀ-Ý][a-zà-ÿ'’.]{1,24}|di|del|della|dei|delle|degli|"
    r"de|d['’][A-ZÀ-Ý][a-zà-ÿ]{1,20})){0,3},?[ \t](?:n\.[ \t]?)?"
    r"\d{1,4}(?:[a-zA-Z]|[ \t]?/[ \t]?[A-Za-z0-9]{1,3})?"
    r"(?![\w]|[.,:]\d|[ \t]?(?:%|€|\$|-|[.:]\d)|[ \t](?i:volte|volta|anni|euro|eur|ore|giorni|"
    r"minuti|pezzi|persone|a[ \t]\d|-[ \t]?\d|gol|punti|set)(?![\w]))"
)
# A farm, a country house or a hamlet's building named without a house number ("podere
# Le Querce", "cascina Santa Maria", "masseria Torre Grande", "baglio Florio", "stazzo Li
# Conchi", "maso Plank"): with a lowercase type word, or after a cue of where someone lives or
# sends, or before a comma and a known town or a CAP.
_FARM = r"podere|cascina|masseria|casale|tenuta|baglio|maso|stazzo|casolare|cascinale|borgata"
RURAL_NAMED = re.compile(
    rf"(?<![\w])(?P<type>(?i:{_FARM}))[ \t]"
    r"(?P<name>(?:(?:Il|La|Lo|Le|I|Gli|L['’]|Li|Lu|Sa|Su|Is|Del|Della|Di|San|Santa|Santo|S\.)"
    r"[ \t]?)?"
    r"[A-ZÀ-Ý](?:[^\W\d_]|['’\-]){2,24}"
    r"(?:[ \t](?:(?:di|del|della|dei|delle|degli|da|in|al|alla|alle)[ \t])?"
    r"[A-ZÀ-Ý](?:[^\W\d_]|['’\-]){1,24}){0,3})"
    r"(?![\w])"
)
_RURAL_CUE = re.compile(
    r"(?i:abito|abitiamo|vivo|viviamo|sto|stiamo|residente|residenza|domicilio|indirizzo|"
    r"spedi\w*|consegn\w*|mandate|inviate|presso|c/o|recapito|abita|vive|sita|sito|"
    r"trovate|trovi|siamo|sono|da[ \t]noi)\b[^.!?\n]{0,30}$"
)
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?i:una|un|la|le|il|della|dalla|nella|questa|quella|alla|sulla|nostra|vostra|"
    r"mia|tua|sua|ogni|quale|che|bella|grande|vecchia)[ \t]$"
)
_RURAL_AFTER = re.compile(
    r",?[ \t](?:\d{5}(?![\w])|[A-ZÀ-Ý][\w'’\-]{1,24}(?:[ \t][A-ZÀ-Ý][\w'’\-]{1,24}){0,2})"
)
# ... and a kilometre of a state, provincial or regional road ("km 23 della SS 114", "al km
# 4,2 della statale 16", "km 8 sulla SP 12")
KM_OF_ROAD = re.compile(
    r"(?<![\w])(?i:km)\.?[ \t]?\d{1,3}(?:[.,+]\d{1,3})?[ \t]"
    r"(?i:della|sulla|dell['’]|sull['’]|lungo[ \t]la|della[ \t]strada|sulla[ \t]strada)[ \t]?"
    r"(?:S\.?S\.?|S\.?P\.?|S\.?R\.?|(?i:statale|provinciale|regionale|strada[ \t]statale|"
    r"strada[ \t]provinciale|strada[ \t]regionale))[ \t]?\d{1,3}[a-z]?(?:[ \t]?(?:bis|dir))?"
    r"(?![\w])"
)
# A building or a complex with its unit, without a street ("residence Il Faro, scala A",
# "palazzo Neri, appartamento 6", "condominio Aurora, interno 9", "villa Gina, piano 2")
_IT_UNIT_22 = (
    r"(?:scala|sc\.|appartamento|app\.to|app\.|appart\.|apt\.?|interno|int\.?|piano|"
    r"palazzina|pal\.|lotto|isolato|is\.|edificio|torre|blocco)"
)
BUILDING_UNIT = re.compile(
    r"(?<![\w])(?i:residence|residenza|palazzo|palazzina|condominio|villa|villino|complesso|"
    r"parco|edificio|stabile|villaggio)[ \t]"
    r"(?:(?:Il|La|Lo|Le|I|Gli|L['’]|Dei|Delle|Degli|Del|Della|San|Santa)[ \t]?)?"
    r"[A-ZÀ-Ý][a-zà-ÿ'’\-]{1,24}(?:[ \t][A-ZÀ-Ý][a-zà-ÿ'’\-]{1,24}){0,2}"
    rf"(?:,?[ \t](?i:{_IT_UNIT_22})[ \t]?(?:n\.[ \t]?)?"
    r"(?:\d{1,4}[A-Za-z]?|[A-Z](?![\w])\d{0,2})(?![\w])){1,3}"
    # not a part of an exhibition or a museum ("palazzo Reale, piano 2 della mostra")
    r"(?![ \t](?i:del|della|dello|dei|delle|degli|di)(?![\w]))"
)
# Italian units after a street's number ("..., appartamento 12", "..., app. 4", "..., isola
# 3"), before any town
_IT_UNIT_TAIL = re.compile(
    r"(?:,[ \t]?|[ \t])(?i:appartamento|app\.to|appart\.|scala|interno|int\.?|piano|isola|is\.|"
    r"torre|palazzina|pal\.|lotto|edificio|blocco|imm\.|immeuble|pallati|shkalla|hyrja|kati|"
    r"sector|sectorul|sc\.|ap\.|et\.|etaj)"
    r"[ \t]?(?:n\.[ \t]?)?(?:\d{1,4}[A-Za-z]?|[A-Z](?![\w])\d{0,2})(?![\w]|[.,]\d)"
    # the Catalan, Spanish and French floors without a number ("..., baixos", "..., bajo")
    r"|,[ \t]?(?i:baixos|bajos|bajo|entresòl|entresuelo|àtic|ático|sobreàtic|rdc|"
    r"rez-de-chaussée)(?![\w])"
)
# what follows the house number glued to it ("14bis", "9ter") or the number glued to the name
# or its comma ("via Manin12", "via Manin,12", "corso Po,3/A")
_GLUED_SUFFIX = re.compile(r"(?i:bis|ter|quater)(?![\w])")
_GLUED_NUMBER = re.compile(
    r",?\d{1,4}(?:[a-zA-Z]|(?i:bis|ter))?(?:/[A-Za-z0-9]{1,3})?(?![\w]|[.,]\d|[ \t]?(?:%|€|\$))"
)
# the house number said after a comma or a road's number ("..., il numero 8", "..., al numero
# 12", "strada provinciale 9 n. 31")
_NUMBER_AFTER = re.compile(
    r",?[ \t](?:(?:il|al|è[ \t]il|e[ \t]il)[ \t])?(?i:numero|n\.|n°|nº|nr\.?|civico)[ \t]?"
    r"\d{1,4}(?:[a-zA-Z]|[ \t]?(?i:bis|ter))?(?:/[A-Za-z0-9]{1,3})?(?![\w]|[.,]\d)"
)
# a district, a quarter or a housing estate before the street ("Hay Nahda, rue 5 n° 3",
# "Lagjia 4, Rruga Dibrës 10", "Sector 2, Strada Lalelelor 8", "torre 3, ...")
_LEAD_22 = re.compile(
    r"(?<![\w])(?:(?:Hay|Quartier|Lagjia|Lagja|Cartier|Sector|Sectorul|Lotissement|Cité|Douar)"
    r"(?:[ \t](?:[A-Z][\w'’\-]{1,20}|\d{1,3}|Al|El|Ben)){1,3}"
    r"|(?i:torre|palazzina|scala|edificio|lotto|bâtiment|batiment|bât\.|imm\.|immeuble|bloc)"
    r"[ \t]?[A-Z0-9]{1,3})[ \t]?,[ \t]$"
)


def round22_streets(text: str, known_town: Callable[[str], bool]) -> Iterable[Detection]:
    """Round 22's forms: foreign type words, typed-wrong "via", farms, road kilometres and
    buildings with their unit; each behind a cheap substring gate."""
    lowered = text.lower()
    digits = any(map(str.isdigit, text))
    if any(cue in lowered for cue in _W22_GATE):
        for match in WORLD_TYPE_STREET.finditer(text):
            value = match.group(0)
            if (
                not any(map(str.isdigit, value))
                and value.split()[0].lower().strip(".")
                in (
                    "rue",
                    "chemin",
                    "quai",
                    "impasse",
                    "allée",
                    "allee",
                    "carrer",
                )
                and not _BARE_POSTCODE_AFTER.match(text, match.end())
            ):
                # French and Catalan type words are Italian-chat loanwords only with a number
                # ("la rue", "chemin faisant"), unless a comma and a postcode follow
                continue
            yield Detection(match.start(), match.end(), "ADDRESS", "world-type-street", 0.8)
        if digits:
            for match in NUMBERED_RUE.finditer(text):
                yield Detection(match.start(), match.end(), "ADDRESS", "world-type-street", 0.8)
    if digits and ("va" in lowered or "vì" in lowered or "vj" in lowered or "viae" in lowered):
        for match in TYPO_VIA.finditer(text):
            name = match.group(1)
            if load_lexicon().is_common(name.lower()) and not known_town(name):
                continue
            yield Detection(match.start(), match.end(), "ADDRESS", "typo-via", 0.75)
    if any(cue in lowered for cue in _FARM_GATE):
        for match in RURAL_NAMED.finditer(text):
            kind = match.group("type")
            # a farm's name is an address after no article and no count ("una tenuta Verdi 6
            # bottiglie" is a wine); a winery's "tenuta" only with a cue or a town
            lower_type = (
                kind[0].islower()
                and kind.lower() != "tenuta"
                and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            )
            cue = _RURAL_CUE.search(text, max(0, match.start() - 40), match.start())
            after = _RURAL_AFTER.match(text, match.end())
            town_after = after is not None and (
                after.group(0).strip(", \t").isdigit() or known_town(after.group(0).strip(", \t"))
            )
            if lower_type or cue or town_after:
                yield Detection(match.start(), match.end(), "ADDRESS", "rural-named", 0.75)
    if digits and "km" in lowered:
        for match in KM_OF_ROAD.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "it-road-km", 0.8)
    if any(cue in lowered for cue in _BUILDING_GATE):
        for match in BUILDING_UNIT.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "building-unit", 0.75)


_W22_GATE = (
    "bulev",
    "b-dul",
    "bd-ul",
    "calea",
    "aleea",
    "oseaua",
    "splaiul",
    "intrarea",
    "pia",
    "drumul",
    "rruga",
    "rr.",
    "blv.",
    "sheshi",
    "derb",
    "zanqat",
    "zankat",
    "zenkat",
    "rue",
    "impasse",
    "chemin",
    "allée",
    "allee",
    "quai",
    "lieu-dit",
    "carrer",
    "passatge",
    "rúa",
    "travessera",
    "route d",
)
_FARM_GATE = (
    "podere",
    "cascin",
    "masseria",
    "casale",
    "tenuta",
    "baglio",
    "maso",
    "stazzo",
    "casolare",
    "borgata",
)
_BUILDING_GATE = (
    "scala",
    "sc.",
    "app",
    "apt",
    "int",
    "piano",
    "pal",
    "lotto",
    "is",
    "edif",
    "torr",
    "blocco",
)
_BARE_POSTCODE_AFTER = re.compile(r",[ \t]?(?!(?:19|20)\d\d(?![\w]))\d{4,5}(?![\w])")


def widen_22(text: str, start: int, end: int) -> tuple[int, int]:
    """Round 22: the glued suffix or number, the house number said after the street, the
    Italian units after it and a district or a building's part before it."""
    for _ in range(4):
        moved = end
        last = text[end - 1 : end]
        nxt = text[end : end + 1]
        if last.isdigit() and nxt.isalpha():
            glued = _GLUED_SUFFIX.match(text, end)
            if glued:
                end = glued.end()
        elif last.isalpha() and (
            nxt.isdigit() or (nxt == "," and text[end + 1 : end + 2].isdigit())
        ):
            glued = _GLUED_NUMBER.match(text, end)
            if glued:
                end = glued.end()
        if "n" in text[end : end + 14].lower() or "civico" in text[end : end + 14]:
            said = _NUMBER_AFTER.match(text, end)
            if said:
                end = said.end()
        unit = _IT_UNIT_TAIL.match(text, end)
        if unit:
            end = unit.end()
        if end == moved:
            break
    lead = _LEAD_22.search(text, max(0, start - 40), start)
    if lead:
        start = lead.start()
    return start, end


# --- round 23 -------------------------------------------------------------------------------
# Slavic, Balkan, Hungarian and Turkish streets typed with their own type word. After the name
# ("Trubarjeva cesta 29", "Ilica ulica 5", "Váci utca 12", "Andrássy út 60", "Kossuth tér 3",
# "Bağdat Caddesi No: 41", "Gül Sokak 7") or before it ("Put Firula 6", "Trg bana Jelačića 3",
# "Náměstí Míru 9", "Bulevar kralja Aleksandra 73"), with a house number.
_U23 = "A-ZÀ-ÝØÆÅÄÖŁŚŻŹĆŃÓČŘŠŽİŞĞĐŐŰŤĎŇĽĹŔ"
_W23 = rf"[{_U23}][\w'’\-.]{{0,24}}"
_B23_TYPE_AFTER = (
    r"cesta|ulica|ulice|ul\.|trg|nabrežje|nabrezje|obala|šetalište|setaliste|náměstí|namesti|"
    r"třída|trida|nábřeží|nabrezi|námestie|utca|u\.|út|tér|körút|krt\.|rakpart|sétány|fasor|"
    r"bulevar|bul\.|sokak|sokağı|sokagi|sk\.|caddesi|cadde|cad\.|cd\.|bulvarı|bulvari|blv\."
)
_B23_TYPE_FIRST = (
    r"(?:Put|(?i:ulica|ul\.|trg|obala|šetalište|setaliste|bulevar|bul\.|náměstí|namesti|"
    r"nábřeží|nabrezi|třída|trida|cesta|nabrežje|nabrezje|námestie|aleja|ulice|korzo))"
)
_B23_NUMBER = (
    r",?[ \t](?:(?i:no)[:.]?[ \t]?|(?i:br)\.[ \t]?|č\.[ \t]?(?:p\.[ \t]?)?)?"
    r"(?!(?:19|20)\d\d(?![\w]))\d{1,4}(?:[a-zA-Z]|/\d{1,3}[a-zA-Z]?)?"
    r"(?![\w]|[.,:]\d|[ \t]?(?:%|€|\$|km|kn|eur|euro|ft|tl|din|kč|kc|czk|huf|"
    r"notti|nights|stelle|stars|persone|people|anni|years|volte|times|ore|hours|giorni|days|min)(?![\w]))"
)
BALKAN_STREET = re.compile(
    rf"(?<![\w\-])(?:{_W23}[ \t]){{1,3}}(?i:{_B23_TYPE_AFTER})(?![\w]){_B23_NUMBER}"
    rf"|(?<![\w\-]){_B23_TYPE_FIRST}[ \t](?:[a-zà-žşğı]{{2,10}}[ \t]){{0,2}}{_W23}"
    rf"(?:[ \t](?:[a-zà-žşğı]{{2,10}}[ \t])?{_W23}){{0,2}}(?:[ \t][a-zà-žşğı]{{3,14}})?"
    rf"{_B23_NUMBER}"
    r"(?=[ \t]*(?:[,;\n]|$|\.(?:[ \t]|$)|[ \t]\d{4,5}(?![\w])))"
)
_B23_GATE = (
    "cesta",
    "ulic",
    "ul.",
    "trg",
    "nabre",
    "obala",
    "etali",
    "nám",
    "nam",
    "tříd",
    "trid",
    "nábř",
    "utca",
    "u.",
    "út",
    "tér",
    "körút",
    "krt.",
    "rakpart",
    "sétány",
    "fasor",
    "bul",
    "sok",
    "sk.",
    "cad",
    "cd.",
    "blv.",
    "put ",
    "aleja",
    "korzo",
)
# Japanese addresses written in Latin letters: wards, cities, towns, streets and districts
# with their suffix ("Nakagyo-ku, Karasuma-dori 402-15", "Kita-ku, Umeda 3-1-1", "402-15
# Karasuma-dori, Nakagyo-ku") and the block numbers "402-15", "2-8-1"
_JP_PART = (
    r"[A-Z][a-zōū]{1,15}(?:-[A-Z][a-zōū]{1,15})?-(?:ku|shi|cho|chō|machi|gun|mura|dori|dōri|chome)"
)
_JP_BLOCK = r"\d{1,4}(?:-\d{1,4}){1,2}(?![\w]|-\d)"
JP_ROMAN_23 = re.compile(
    rf"(?<![\w\-])(?:{_JP_PART},?[ \t]){{1,3}}(?:[A-Z][a-zōū]{{2,15}}(?:-[A-Z][a-zōū]{{2,15}})?"
    rf"(?:[ \t]\d{{1,2}}-?(?i:chome))?,?[ \t])?{_JP_BLOCK}"
    rf"|(?<![\w\-/.]){_JP_BLOCK},?[ \t]{_JP_PART}(?![\w])"
)
_JP_TAIL = re.compile(
    rf",?[ \t]{_JP_PART}(?![\w])|,?[ \t](?:[A-Z][a-zōū]{{2,15}}(?:-(?:shi|ku))?,?[ \t])?"
    r"(?:〒[ \t]?)?\d{3}-\d{4}(?![\w]|-\d)"
)
_JP_LEAD = re.compile(rf"(?<![\w\-]){_JP_PART},?[ \t]\Z")
# A South Asian district, phase, block or sector after the house and the street ("House 14,
# Street 7, Gulberg III", "..., DHA Phase 6", "..., Block C", "..., Sector 15", "..., G-9/2",
# "..., Model Town", "..., Bahria Town Phase 8")
_ROMAN = r"(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
_SA_DISTRICT_TAIL = re.compile(
    r",[ \t](?:(?:DHA|PECHS|[A-Z][a-z]{2,15}(?:[ \t]Town)?)[ \t])?(?i:phase|block|sector|scheme)"
    rf"[ \t](?:{_ROMAN}|\d{{1,2}}[A-Z]?|[A-Z])(?![\w])"
    r"|,[ \t][A-Z]-\d{1,2}(?:/\d{1,2})?(?![\w])"
    rf"|,[ \t][A-Z][a-z]{{2,15}}[ \t](?:{_ROMAN}|Town|Colony|Extension|Ext\.)(?![\w])"
)
# the value of a district's word a rule stopped after ("..., Block" + " D")
_SA_WORD_END = re.compile(r"(?<![\w])(?i:phase|block|sector|scheme)$")
_SA_VALUE = re.compile(rf"[ \t](?:{_ROMAN}|\d{{1,2}}[A-Z]?|[A-Z])(?![\w])")
# Before a numbered street: a British house's name ('"Rose Cottage", 7 Church Lane', "Ivy
# House, 2 Mill Road", "The Old Mill, 4 ..."), care of a person or a surname ("c/o Kovač,
# ulica ...", "c/o Anna Weiss, 12 ..."), a Turkish quarter ("Moda Mahallesi, ...").
_HOUSE_TYPE = (
    r"Cottage|House|Farm|Lodge|Barn|Manor|Mill|Hall|Villa|Croft|Grange|Barton|Court|Farmhouse|"
    r"Bungalow|Chalet|Cottages|Rectory|Vicarage|Granary|Stables|Oast|Forge"
)
_HOUSE_NAME_BEFORE = re.compile(
    r"(?<![\w])[\"“'‘]?(?:The[ \t])?(?:[A-Z][\w'’\-]{1,20}[ \t]){1,2}"
    rf"(?:{_HOUSE_TYPE})[\"”'’]?,?[ \t]\Z"
)
_CARE_OF_23 = re.compile(
    r"(?<![\w])(?i:c/o|c\.o\.|care[ \t]of)[ \t]"
    r"(?:(?:[A-ZÀ-Ý][\w'’\-]{1,24}|&)[ \t]?){0,3},?[ \t]?\Z"
)
_QUARTER_BEFORE = re.compile(
    rf"(?<![\w]){_W23}(?:[ \t]{_W23})?[ \t](?i:mahallesi|mah\.|mh\.),?[ \t]\Z"
)


_BUSINESS_HEADS = frozenset(
    [
        "studio",
        "ditta",
        "azienda",
        "officina",
        "farmacia",
        "hotel",
        "albergo",
        "ufficio",
        "bottega",
        "libreria",
        "ferramenta",
        "agenzia",
        "negozio",
        "laboratorio",
        "ottica",
        "edicola",
        "enoteca",
        "trattoria",
        "osteria",
        "clinica",
        "scuola",
        "parrocchia",
        "associazione",
        "cooperativa",
        "società",
        "fondazione",
        "circolo",
        "palestra",
        "office",
        "shop",
        "company",
        "studios",
        "bakery",
        "pharmacy",
    ]
)


def _is_business(word: str) -> bool:
    """A shop's or a firm's head word after "c/o" ("Tipografia", "Pasticceria", "Studio")."""
    lowered = word.lower()
    return lowered in _BUSINESS_HEADS or lowered.endswith(
        ("eria", "ficio", "grafia", "toria", "ificio")
    )


def round23_streets(text: str) -> Iterable[Detection]:
    """Round 23's forms: Balkan/Slavic/Hungarian/Turkish type words and romanised Japanese
    addresses; each behind a cheap gate."""
    if not any(map(str.isdigit, text)):
        return
    lowered = text.lower()
    if any(cue in lowered for cue in _B23_GATE):
        for match in BALKAN_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "balkan-street", 0.8)
    if "-" in text and any(
        cue in text for cue in ("-ku", "-shi", "-cho", "-chō", "-machi", "-dori", "-dōri", "chome")
    ):
        for match in JP_ROMAN_23.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "jp-block", 0.75)


def widen_23(text: str, start: int, end: int) -> tuple[int, int]:
    """Round 23: Japanese wards and postcodes and South Asian districts after the street; a
    house's name, a care-of name and a Turkish quarter before it."""
    if _SA_WORD_END.search(text, max(0, end - 6), end):
        value = _SA_VALUE.match(text, end)
        end = value.end() if value else end
    for _ in range(4):
        moved = end
        for rule in (_JP_TAIL, _SA_DISTRICT_TAIL) if "-" in text or "," in text else ():
            tail = rule.match(text, end)
            if tail:
                end = tail.end()
        if end == moved:
            break
    before = text[max(0, start - 60) : start]
    for _ in range(3):
        moved = start
        if "-" in before:
            lead = _JP_LEAD.search(text, max(0, start - 40), start)
            if lead:
                start = lead.start()
        lead = _HOUSE_NAME_BEFORE.search(text, max(0, start - 50), start)
        if lead:
            start = lead.start()
        if "/" in before or "c." in before.lower() or "care" in before.lower():
            lead = _CARE_OF_23.search(text, max(0, start - 70), start)
            words = lead.group(0).split()[1:] if lead else []
            # care of a business ("c/o Tipografia Rossi") is no person's name: left as it is;
            # a whole name ("c/o Ana Cruz, ...") is left to the name rules, which carry it
            # through the conversation: only a surname alone is taken
            if lead and len(words) <= 1 and not (words and _is_business(words[0].strip(","))):
                start = lead.start()
        if "ah" in before.lower() or "mh." in before.lower():
            lead = _QUARTER_BEFORE.search(text, max(0, start - 50), start)
            if lead:
                start = lead.start()
        if start == moved:
            break
    return start, end


# --- round 29 -------------------------------------------------------------------------------
# German streets whose name is a town's adjective in -er before the street's kind, written
# apart ("Lübecker Chaussee 14", "Kieler Weg 7", "Altonaer Markt 3") or as a compound ("Eppendorfer
# Landstraße 112", "Hamburger Hauptstraße 9"); no kind that is also an English word ("Silver
# Ring 2"), and a number that counts nothing.
_DE_KIND = (
    r"straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|steig|stieg|pfad|chaussee|markt|"
    r"deich|graben|kamp|landstraße|heerstraße"
)
DE_ADJECTIVE_STREET = re.compile(
    r"(?<![\w\-])[A-ZÄÖÜ][a-zäöüß]{2,24}er[ \t]"
    rf"(?:[A-ZÄÖÜ][a-zäöüß]{{1,24}}(?:{_DE_KIND})|(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|"
    r"Damm|Ufer|Steig|Stieg|Pfad|Chaussee|Markt|Deich|Graben|Kamp|Landstraße|Heerstraße))"
    r"[ \t]\d{1,4}[a-z]?(?![\w]|[.,]\d|[ \t]?(?:%|€|\$|(?i:euro|eur|stück|mal)(?![\w])))"
)
# ... and the adjective before a street another rule found from its compound ("Landstraße 112")
_DE_ADJECTIVE_BEFORE = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][a-zäöüß]{2,24}er[ \t]$")
_DE_COMPOUND_START = re.compile(rf"[A-ZÄÖÜ][a-zäöüß]{{0,24}}(?:{_DE_KIND})[ \t]\d", re.IGNORECASE)
# Romania and Moldova: the kind, the name (lowercase links "cel", "lui", "de", "din"; dates "1
# Decembrie 1918") and "nr." before the house number ("Str. Ștefan cel Mare nr. 24", "Bd.
# Nicolae Bălcescu nr. 5", "Șos. Kiseleff nr. 3", "Aleea Trandafirilor nr. 7"); the flat's
# items after it come from _UNIT_TAIL ("bl. 3, sc. A, ap. 12")
_RO_UP = "A-ZÀ-ÝĂÂÎȘŞȚŢ"
_RO_WORD = rf"[{_RO_UP}][\w'’\-.]{{0,24}}"
RO_STREET = re.compile(
    r"(?<![\w])(?i:str\.|strada|bd\.|bdul\.?|b-dul\.?|bulevardul|calea|aleea|[șşs]os\.|"
    r"[șşs]oseaua|splaiul|intrarea|pia[țţt]a|p-[țţt]a|drumul|fundătura|fundatura)[ \t]?"
    rf"(?:\d{{1,2}}[ \t])?{_RO_WORD}(?:[ \t](?:(?:cel|lui|de|din|la|al|a|și|si)[ \t])?"
    rf"(?:{_RO_WORD}|\d{{4}}(?![\w]))){{0,4}}"
    r",?[ \t](?i:nr)\.?[ \t]?\d{1,4}[A-Za-z]?(?![\w]|[.,]\d)"
)
# Colombia's grid: the kind and number of the street, then "#"/"No." and the crossing street's
# number with the distance ("Carrera 43A # 5-33", "Calle 10 # 4-21", "Cra. 7 No. 45-10",
# "Cl 53 Sur # 24B-12", "Av. Boyacá # 12-40", "Diagonal 40 Bis # 15-20")
_GRID_KIND = (
    r"(?i:carrera|cra\.?|kra\.?|cr\.?|kr\.?|calle|cl\.?|cll\.?|avenida|av\.?|avda\.?|diagonal|"
    r"dg\.?|diag\.?|transversal|tv\.?|trans\.?|tr\.?|circular|circ\.?|autopista)"
)
_GRID_NUMBER = r"\d{1,3}[ \t]?[A-Z]?(?:[ \t]?(?i:bis))?(?:[ \t]?[A-Z](?![\w]))?"
GRID_STREET = re.compile(
    rf"(?<![\w]){_GRID_KIND}[ \t]?(?:{_GRID_NUMBER}|{_WORD}(?:[ \t]{_WORD})?)"
    r"(?:[ \t](?i:sur|norte|este|oeste))?,?[ \t]?(?:#|(?i:no|n[°º]|nro|núm|num)\.?)[ \t]?"
    rf"{_GRID_NUMBER}[ \t]?[-–][ \t]?\d{{1,3}}[A-Z]?(?![\w]|[.,]\d)"
)
# the Maghreb's house number before the street's kind ("14 Derb Lamdasa", "7 Zankat Ibn
# Battouta", "12 bis, rue Allal Ben Abdallah"), and a capitalised avenue or boulevard after its
# number with a known town after it or a Maghreb name ("45 Avenue Habib Bourguiba, Sousse",
# "23 Bd Mohammed V"), which French product names ("2 Avenue Mugs") are not
_MAGHREB_KIND_START = re.compile(r"(?i:derb|zanqat|zankat|zenkat|rue|ruelle|impasse|avenue)[ \t]")
_NUMBER_BEFORE_29 = re.compile(r"(?<![\w.,/:\-])\d{1,4}(?:[ \t]?(?i:bis|ter)|[a-zA-Z])?,?[ \t]$")
_MAGHREB_NAME = re.compile(
    r"(?<![\w])(?:Ibn|Ben|Bin|Ould|El|Al|Moulay|Sidi|Lalla|Bab|Mohammed|Mohamed|Hassan|Habib|"
    r"Abdelkrim|Allal|Abdallah|Abdellah|Youssef|Tarik|Okba|Zerktouni|Bourguiba)(?![\w])"
)
NUMBERED_AVENUE = re.compile(
    r"(?<![\w.,/:\-])\d{1,4}(?:[ \t]?(?i:bis|ter))?,?[ \t](?:Avenue|Boulevard|Av\.|Bd\.?)[ \t]"
    rf"(?P<name>{_WORD}(?:[ \t](?:{_WORD}|[IVX]{{1,4}}(?![\w]))){{0,3}})"
    r"(?=,?[ \t]?(?P<town>[A-ZÀ-Ý][\w'’\-]{1,24})?)"
)
# an Italian street named with "verso" and the place it leads to ("via Roma verso Scampia 212")
_TOWARDS_TAIL = re.compile(
    r"[ \t]verso[ \t][A-ZÀ-Ý][\w'’\-]{1,24}(?:[ \t][A-ZÀ-Ý][\w'’\-]{1,24})?,?[ \t]"
    r"\d{1,4}(?:[a-zA-Z]|/[A-Za-z0-9]{1,3})?(?![\w]|[.,:]\d)"
)


def round29_streets(text: str, known_town: Callable[[str], bool]) -> Iterable[Detection]:
    """Round 29's forms: German -er streets, Romanian streets with "nr.", Colombia's grid and
    the Maghreb's numbered avenues; each behind a cheap gate."""
    if not any(map(str.isdigit, text)):
        return
    if "er " in text:
        for match in DE_ADJECTIVE_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "de-adjective-street", 0.8)
    lowered = text.lower()
    if "nr" in lowered:
        for match in RO_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "ro-street", 0.8)
    if "-" in text or "–" in text:
        for match in GRID_STREET.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "grid-street", 0.8)
    if "Av" in text or "Bd" in text or "Boulevard" in text:
        for match in NUMBERED_AVENUE.finditer(text):
            name, town = match.group("name"), match.group("town")
            if _MAGHREB_NAME.search(name) or (town and known_town(town)):
                yield Detection(match.start(), match.end("name"), "ADDRESS", "fr-address", 0.8)


def widen_29(text: str, start: int, end: int) -> tuple[int, int]:
    """Round 29: the German adjective and the Maghreb's house number before a found street;
    "verso" and its place and number after an Italian street without a number."""
    if _DE_COMPOUND_START.match(text, start):
        lead = _DE_ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
        if lead:
            start = lead.start()
    elif _MAGHREB_KIND_START.match(text, start):
        lead = _NUMBER_BEFORE_29.search(text, max(0, start - 12), start)
        if lead:
            start = lead.start()
    if text[end - 1 : end].isalpha() and "verso" in text[end : end + 8]:
        tail = _TOWARDS_TAIL.match(text, end)
        if tail:
            end = tail.end()
    return start, end
