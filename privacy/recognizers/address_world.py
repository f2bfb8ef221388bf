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
    r",?[ \t](?:(?:nº|n°|Nº|N°|No\.|nro\.|núm\.|num\.|no|No|n\.o)[ \t]?)?"
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
    r"bte|boîte|boite|bus|bl\.|bloc|bloco|blok|sc\.|scara|ap\.|apt\.?|app\.?|appt\.?|"
    r"appartement|bât\.?|bat\.|bâtiment|batiment|esc\.|escalera|et\.|etaj|kv\.|of\.|oficina|"
    r"local|loc\.|sala|torre|mz\.|lt\.)|"
    + _conf("кв.|квартира|кв|под.|эт.|корп.|лит.")
    + r")[ \t]?(?:n[º°o]\.?[ \t]?)?(?:\d{1,4}[A-Za-z]?|[A-Za-z]\d{0,3}|[IVX]{1,4})(?![\w])"
    r"|\d{1,2}[º°ªoa]?\.?[ \t]?(?i:th|tv|mf|sal|etg|piso|andar|izq\.?|izda\.?|dcha\.?|dch\.?|"
    r"[A-H](?![\w]))\.?(?![\w])"
    r"|\d{1,2}[º°ªo][ \t]?[A-H1-9]?(?![\w])"
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
        out.append(Detection(start, end, d.entity_type, d.recognizer, d.score))
    return out
