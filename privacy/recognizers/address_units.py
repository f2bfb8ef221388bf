"""Round 24 (A24): the pieces of an address that come without their street or after it.

- the parts of an Italian building, alone or in a row ("al civico 9", "il civico è 12/a",
  "numero 19, scala C, 20851", "piano terra int. 2", "scala B 3° piano", Venetian "2° pian"):
  "civico N" is always an address, a row of two parts with a staircase or a flat is one, a single
  part ("interno 7", "3° piano") only in a conversation where the customer gave an address
  (privacy.anonymise);
- a CAP after its cue ("il cap è 52044", "CAP: 20100"), and in brackets right after a found
  address ("via Crespi 9 (20127)");
- an Irish Eircode after its town ("Cork T12 XF62"), an Indian PIN after the city and the layout
  pieces of an Indian address ("Indiranagar 2nd Stage", "HSR Layout Sector 2", "DLF Phase 3");
- Venice: a campo or calle before its sestiere ("campo San Polo, San Polo 2170"); the letter
  after the slash is part of the number (privacy.recognizers.address.VENICE_ADDRESS);
- a Dutch ordinal and the name's first words before a compound street ("Tweede Jan
  Steenstraat 87-II"), a Dutch flat suffix ("12-huis", "4-hoog");
- a building with its number before a flat, apartment or unit ("Marina Gate 2, Apt 3208",
  "Burj Views Tower B, Unit 1204").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from privacy.types import Detection

# --- the parts of a building -----------------------------------------------------------------
_ORDINAL_WORD = (
    r"primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono|decimo|ultimo|"
    r"primu|secunnu|terzu"
)
_FLOOR_WORD = r"terra|terreno|rialzato|seminterrato|ammezzato|attico|" + _ORDINAL_WORD
_NUMBER = r"\d{1,4}(?:[ \t]?/[ \t]?[A-Za-z0-9]{1,3}|-\d{1,3}|[a-zA-Z])?(?:[ \t](?i:bis|ter))?"
_NOT_COUNT = (
    r"(?![\w]|[.,:]\d|[ \t]?(?:%|€|\$|x\d|(?i:euro|eur|pezzi|volte|anni|cm|mm|kg)(?![\w])))"
)
# "civico 9", "civico n. 4", "il civico è 12/a", "numero civico 7"
_CIVICO = (
    r"(?:(?i:numero|n\.)[ \t])?(?i:civico|civ\.)"
    r"(?:[ \t]?(?:è|e['’]|:|=|-|(?i:n\.|nr\.?|n°|numero))){0,2}[ \t]?" + _NUMBER + _NOT_COUNT
)
_INTERNO = (
    r"(?<!['’])(?i:interno|int\.|int|intern\.)[ \t]?(?:n\.[ \t]?)?\d{1,3}[A-Za-z]?" + _NOT_COUNT
)
# an upper-case letter or a small number, never a model's scale ("scala 1:43", "scala 1.5")
# (round 38: "sc B" without its dot, before a capital letter)
_SCALA = (
    r"(?:(?i:scala|sc\.)|(?i:sc)(?=[ \t][A-H](?![\w'’])))"
    r"[ \t]?(?:[A-H](?![\w'’])|\d{1,2}(?![\w]|[.,:/]\d))"
)
_FLOOR = (
    r"\d{1,2}[ \t]?[°º^][ \t]?(?i:piano|pian|p\.)(?![\w])"
    rf"|(?i:piano|pian|p\.)[ \t](?:(?i:{_FLOOR_WORD})(?![\w])|\d{{1,2}}[°º]?(?![\w]|[.,:]\d))"
    rf"|(?i:{_ORDINAL_WORD})[ \t](?i:piano|pian)(?![\w])"
)
_HOUSE_NUMBER = r"(?i:numero|num\.|n\.|nr\.?|n°|nº)[ \t]?" + _NUMBER + _NOT_COUNT
# round 27: a flat in English ("apartment 4, 2nd floor", "apt 3B", "flat 2") and English floors
_APARTMENT = (
    r"(?i:apartment|apt\.?|flat|appartamento)[ \t]?(?:(?i:no\.?|nr\.?|n\.)[ \t]?|#)?"
    r"\d{1,4}[A-Za-z]?" + _NOT_COUNT
)
_EN_FLOOR = (
    r"(?i:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|ground|top)[ \t](?i:floor)"
    r"(?![\w])"
)
_PART = re.compile(
    rf"(?<![\w])(?:(?P<civico>{_CIVICO})|(?P<interno>{_INTERNO})|(?P<scala>{_SCALA})"
    rf"|(?P<floor>{_FLOOR}|{_EN_FLOOR})|(?P<number>{_HOUSE_NUMBER})|(?P<apartment>{_APARTMENT}))"
)
# what joins two parts of a row ("scala C, int. 4", "piano terra int. 2", "scala B e 3° piano")
_JOIN = re.compile(r"[ \t]?[,;\-–][ \t]?|[ \t]+(?:(?:e|ed|al|,)[ \t]+)?")
# a CAP after the parts, with its town ("scala C, 20851", "int. 4 - 20100 Milano")
_CAP_AFTER = re.compile(
    r"(?:,[ \t]?|[ \t][-–][ \t]|[ \t])\d{5}(?![\w]|[.,]\d)(?:[ \t][A-ZÀ-Ý][\w'’\-]{1,24})?"
)
# "(20127)" right after a found address
_BRACKET_CAP = re.compile(r"[ \t]?\(\d{5}\)")
# not a municipal building or a civic virtue ("Museo Civico 2", "senso civico")
_NOT_CIVICO_BEFORE = re.compile(
    r"(?i:museo|teatro|ospedale|archivio|cimitero|acquario|polo|orto|liceo|istituto|senso|"
    r"impegno|dovere|spirito|civica|musei|biblioteca|palazzo|centro|stadio|planetario)"
    r"[ \t]$"
)
_STRONG = ("civico", "interno", "scala", "apartment")
# an order's, a ticket's or a booking's number ("ordine numero 19")
_CODE_LABEL_BEFORE = re.compile(
    r"(?i:ordine|order|pratica|fattura|invoice|prenotazione|booking|ticket|tessera|scontrino|"
    r"lezione|lesson|camera|room|tavolo|table|stanza|posto|seat|sala|cabina|volo|treno|ticket)"
    r"[ \t]$"
)


def _rows(text: str) -> Iterable[tuple[int, int, list[str]]]:
    """Rows of building parts: (start, end, the kinds of its parts in order)."""
    start = end = -1
    kinds: list[str] = []
    for match in _PART.finditer(text):
        kind = match.lastgroup or ""
        if kinds:
            join = _JOIN.fullmatch(text, end, match.start()) if match.start() > end else None
            if match.start() == end or join is None:
                yield start, end, kinds
                kinds = []
        if not kinds:
            start = match.start()
        kinds.append(kind)
        end = match.end()
    if kinds:
        yield start, end, kinds


def _row_end(text: str, end: int, kinds: list[str]) -> int:
    cap = _CAP_AFTER.match(text, end)
    return cap.end() if cap and any(kind in _STRONG for kind in kinds) else end


# round 26: a street's name without its kind and a house number before a flat or a staircase
# ("si terraglio 212 int. 3", "Garibaldi 14, scala B"): the whole is the address
_NAMED_NUMBER_BEFORE = re.compile(
    r"(?<![\w'’])([A-Za-zà-ÿ][a-zà-ÿ'’]{3,19})[ \t]+\d{1,4}[a-zA-Z]?(?:/[A-Za-z0-9]{1,3})?"
    r"[ \t]*,?[ \t]*$"
)


# round 29: a house number said alone before a staircase or a flat ("al 12 scala C", "il 4,
# interno 2", "nr. 8 int. 3")
_BARE_NUMBER_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?i:al|il|nr\.?|n\.)[ \t]+|^[ \t]*)"
    # (round 35: or opening the message, "17 interno 2, campanello ...")
    r"\d{1,4}[a-zA-Z]?(?:/[A-Za-z0-9]{1,3})?[ \t]*,?[ \t]*$"
)


def _named_number_before(text: str, start: int) -> int:
    """The start of a street's name and house number right before a row of building parts,
    or of a house number said alone ("al 12 scala C"), else ``start``."""
    bare = _BARE_NUMBER_BEFORE.search(text, max(0, start - 16), start)
    if bare:
        return bare.start()
    lead = _NAMED_NUMBER_BEFORE.search(text, max(0, start - 40), start)
    if lead is None or _CODE_LABEL_BEFORE.search(lead.group(1) + " "):
        return start
    from privacy.recognizers.names import load_lexicon

    if load_lexicon().is_word(lead.group(1), endings=False, english=False):
        return start  # "ho ordinato 3 int. 4", "camera 12 int. 3": no street
    return lead.start(1)


def building_parts(text: str) -> Iterable[Detection]:
    """Parts of a building that are an address on their own: a house number after "civico",
    and a row of two or more parts with a staircase or a flat in it ("numero 19, scala C"); a
    street's name and number before a flat or a staircase ("terraglio 212 int. 3")."""
    lowered = text.lower()
    if not any(cue in lowered for cue in ("civ", "int", "scala", "sc.", "ap", "flat")):
        return
    for start, end, kinds in _rows(text):
        if kinds[0] == "number" and _CODE_LABEL_BEFORE.search(text, max(0, start - 14), start):
            continue
        if "civico" in kinds:
            if kinds[0] == "civico" and _NOT_CIVICO_BEFORE.search(text, max(0, start - 14), start):
                continue
        elif kinds[0] in ("interno", "scala", "apartment"):
            lead = _named_number_before(text, start)
            if lead == start and len(kinds) < 2:
                continue
            start = lead
        elif len(kinds) < 2 or not any(kind in _STRONG for kind in kinds):
            continue
        yield Detection(start, _row_end(text, end, kinds), "ADDRESS", "building-parts", 0.75)


def lone_building_parts(text: str) -> Iterable[Detection]:
    """A flat's number alone or with its floor or staircase ("interno 7", "al 2° piano, int.
    4"): an address part only where the conversation's customer gave an address (the caller's
    check). A floor or a staircase alone ("la signora del piano terra", "scala B") describes
    the building, not which home; a phone's extension ("(int. 212)", "02 1234 int. 5") stays."""
    lowered = text.lower()
    if "int" not in lowered and "ap" not in lowered and "flat" not in lowered:
        return
    for start, end, kinds in _rows(text):
        if not ("interno" in kinds or "apartment" in kinds) or _EXTENSION_BEFORE.search(
            text, max(0, start - 6), start
        ):
            continue
        yield Detection(start, _row_end(text, end, kinds), "ADDRESS", "building-parts", 0.7)


# a phone's extension, not a flat ("(int. 212)", "02 8475 1200 int. 31", "tel. int 4")
_EXTENSION_BEFORE = re.compile(r"(?:\(|\d[ \t]?|(?i:tel\.?|phone|centralino|ufficio)[ \t])$")


# --- postcodes -------------------------------------------------------------------------------
CAP_CUE = re.compile(
    r"(?<![\w])(?:cap|Cap|CAP|c\.a\.p\.|C\.A\.P\.|(?i:codice[ \t]postale|postcode|post[ \t]code|"
    r"zip[ \t]code|zip|pin[ \t]?code|pincode|eircode|"
    # round 25: other countries' labels ("cod poștal 021453", "code postal", "PLZ", "CEP")
    r"cod(?:\.|ice)?[ \t]po[sșş]tal[e]?|code[ \t]postal|c[oó]digo[ \t]postal|postal[ \t]code|"
    r"kod[ \t]pocztowy|postleitzahl|postnummer)|PLZ|CEP)"
    r"(?:[ \t]?(?:è|e['’]|:|=|-|is|(?i:n\.)|of)){0,2}[ \t]?"
    r"(\d{5,6}(?![\w]|[.,]\d|[ \t]?(?:%|€|\$|(?i:euro|eur)(?![\w])))"
    r"|(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)[ \t]?(?=[A-Z]{0,3}\d)[A-Z0-9]{4}(?![\w]))"
)
# a price or spending limit, not a postcode ("price cap 20000", "tetto/cap di spesa")
_NOT_CAP_BEFORE = re.compile(r"(?i:price|spending|budget|salary|rate|market|fee|hard|soft)[ \t]$")
# an Irish Eircode after its town ("Cork T12 XF62", "Dublin 2 D02 X285")
TOWN_EIRCODE = re.compile(
    r"(?<![\w])([A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?(?:[ \t]\d{1,2}W?)?),?[ \t]"
    r"(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)[ \t]?(?=[A-Z]{0,3}\d)[A-Z0-9]{4}(?![\w])"
)
# India: a layout, stage, phase or sector with the locality's name ("Indiranagar 2nd Stage",
# "HSR Layout Sector 2", "DLF Phase 3", "Koramangala 5th Block", "JP Nagar 7th Phase")
_IN_LAYOUT = (
    r"(?:[A-Z][A-Za-z]{1,20}[ \t]){1,3}"
    r"(?:\d{1,2}(?:st|nd|rd|th)[ \t](?:Stage|Phase|Block|Sector)"
    r"|(?:Layout|Nagar|Colony|Extension|Enclave)(?:[ \t](?:Sector|Phase|Stage|Block)[ \t]\d{1,2})?"
    r"|(?:Phase|Sector|Stage|Block)[ \t](?:[IVX]{1,4}|\d{1,3}[A-Z]?))(?![\w])"
)
_IN_CITIES = (
    r"Bengaluru|Bangalore|Mumbai|Bombay|New[ \t]Delhi|Delhi|Chennai|Madras|Hyderabad|Pune|"
    r"Kolkata|Calcutta|Ahmedabad|Jaipur|Kochi|Cochin|Gurgaon|Gurugram|Noida|Lucknow|Chandigarh|"
    r"Mysore|Mysuru|Coimbatore|Thiruvananthapuram|Trivandrum|Indore|Bhopal|Nagpur|Surat|"
    r"Vadodara|Panaji|Kanpur|Patna|Visakhapatnam|Madurai|Mangalore|Mangaluru|Bhubaneswar|"
    r"Guwahati|Dehradun|Amritsar|Ludhiana|Nashik|Thane|Navi[ \t]Mumbai|Varanasi|Agra"
)
# the city and its six-digit PIN ("Bengaluru 560038", "Mumbai - 400050")
IN_CITY_PIN = re.compile(
    rf"(?<![\w])(?:{_IN_CITIES}),?[ \t]?(?:[-–][ \t]?)?[1-8]\d{{5}}(?![\w]|[.,]\d)"
)
IN_LAYOUT_LINE = re.compile(
    rf"(?<![\w]){_IN_LAYOUT}(?=,?[ \t](?:{_IN_CITIES}|[1-8]\d{{5}}(?![\w])))"
)
_PIN = re.compile(r"(?<![\w])[1-8]\d{5}(?![\w])")
_IN_TAIL = re.compile(rf",[ \t]?{_IN_LAYOUT}")
_PIN_TAIL = re.compile(
    r",?[ \t](?:[A-Z][a-z]{2,24}[ \t]){0,2}(?:[-–][ \t]?)?[1-8]\d{5}(?![\w]|[.,]\d)"
)

# --- buildings with flats ----------------------------------------------------------------------
_BUILDING_WORDS = (
    r"Tower|Towers|Gate|Court|House|Residence|Residences|Heights|Views|View|Building|Plaza|"
    r"Block|Mansions|Apartments|Suites|Palace|Park|Gardens|Square|Terrace|Point|Place|Walk|"
    r"Centre|Center|Complex|Villas|Lofts|Marina|Bay|Hills|Oasis|Vista|Torre|Palazzo|Residenza|"
    r"Condominio|Edificio"
)
# course parts, not buildings ("Lesson 3, Unit 4", "Book 2, Unit 5")
_NOT_BUILDING_TEXT = """
lesson lessons chapter module book level grade part section week class course page test exam
volume episode season step stage phase lezione capitolo modulo libro livello
"""
_NOT_BUILDING = frozenset(_NOT_BUILDING_TEXT.split())
BUILDING_FLAT = re.compile(
    r"(?<![\w])((?:[A-Z][\w'’\-]{1,24}[ \t]){0,3}"
    rf"(?:{_BUILDING_WORDS})(?:[ \t](?:\d{{1,4}}[A-Z]?|[A-Z](?![\w])))?"
    r"|(?:[A-Z][\w'’\-]{1,24}[ \t]){1,3}\d{1,4}[A-Z]?)"
    r",?[ \t](?:Apt\.?|APT|Apartment|Flat|Unit|Suite|Ste\.?|Appt\.?|Appartamento|Interno|Int\.)"
    r"[ \t]?#?\d{1,5}[A-Za-z]?(?![\w]|[.,]\d)"
)

# --- Venice and the Netherlands --------------------------------------------------------------
_VENICE_SESTIERE = re.compile(
    r"(?:(?i:sestiere)[ \t])?(?:Cannaregio|Castello|Dorsoduro|San[ \t]Polo|Santa[ \t]Croce|"
    r"San[ \t]Marco|Giudecca)[ \t]\d"
)
_VENICE_LOWER = re.compile(
    r"(?<![\w'’])(?:sestiere[ \t])?(?:cannaregio|castello|dorsoduro|san[ \t]polo|santa[ \t]croce|"
    r"san[ \t]marco|giudecca)[ \t]\d{3,4}(?!\d)[a-z]?"
    r"(?![\w/.,]\d|[ \t]*(?:€|(?i:euro|eur|anni|years|metri|m|km|persone|people|abitanti)\b))"
)
_VENICE_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?i:campo|campiello|calle|fondamenta|fondamente|salizada|salizzada|rio[ \t]terà|"
    r"rio[ \t]tera|ruga|corte|sotoportego|ramo|riva|crosera|piscina|lista|campazzo|"
    r"ruga|rughetta|sestier)"
    r"(?:[ \t](?:[A-ZÀ-Ý][\w'’\-]{0,24}|(?i:de|del|dei|della|delle|dello|di|da|dal|dai|dalla|"
    r"san|santa|sant['’]|dell['’]|dall['’]|d['’])[\w'’]{0,20})){1,5},?[ \t]$"
)
_DUTCH_STREET = re.compile(
    r"[A-Z][a-z]{2,30}(?:straat|laan|gracht|plein|kade|dijk|singel|steeg|dreef|weg|hof|markt|"
    r"plantsoen|pad|kanaal)[ \t]\d"
)
_DUTCH_ORDINAL_BEFORE = re.compile(
    r"(?<![\w])(?:Eerste|Tweede|Derde|Vierde|Vijfde|Zesde|Zevende|1e|2e|3e|4e|5e)[ \t]"
    r"(?:(?:[A-Z][a-z]{1,20}|van|de|der|den|ter|ten)[ \t]){1,3}$"
)
_FLOOR_AFTER_DEGREE = re.compile(r"[ \t]?(?i:piano|pian)(?![\w])")
# a Dutch flat or floor after the house number ("12-huis", "87-hoog", "3-boven")
_DUTCH_SUFFIX = re.compile(r"[ \t]?-[ \t]?(?i:huis|hoog|boven|beneden|bg|hs)(?![\w])")


# round 26: a postcode with its country's letters before its town ("MD-2001 Chișinău",
# "D-80331 München", "CH-8001 Zürich"), the old European way of addressing letters abroad
_LETTERED_POSTCODE = re.compile(
    r"(?<![\w\-])[A-Z]{1,2}-\d{4,6}(?![\w\-])(?=[ \t]+([A-ZÀ-ÝĀ-ɏ][a-zà-ÿā-ɏ'’\-]{1,24}))"
)


def lettered_postcode_at(text: str, start: int) -> bool:
    """Whether a postcode with its country's letters and its town starts at ``start``, on an
    address's line: after a comma or a line break (not a model's "A-2000 Bianco")."""
    if _LETTERED_POSTCODE.match(text, start) is None:
        return False
    return text[max(0, start - 2) : start].rstrip(" \t")[-1:] in (",", "\n") or start == 0


# round 26: a street named after someone, written without its kind, and its number after a
# cue of living or of sending ("abito in garibaldi 12", "mandatelo a mazzini 45/b", "can u ship
# to marconi 18?"); the name no everyday word and no town ("abito in zona 3", "a Roma 2 volte")
_CUED_NAMED_STREET = re.compile(
    r"(?<![\w'’])(?i:abito|abitiamo|vivo|viviamo|sto|stiamo|abita|vive|sta)[ \t]+(?i:in|a)[ \t]+"
    r"(?P<a>(?:[A-Za-zà-ÿ][a-zà-ÿ'’]{3,19}[ \t]+){1,2}"
    + _NUMBER
    + r")"
    + _NOT_COUNT
    + r"|(?<![\w'’])(?i:mandatelo|mandatela|mandateli|mandate|spedite|speditelo|spedisci|"
    r"consegnate|consegnatelo|portatelo|portate|ship(?:[ \t]it)?|deliver(?:[ \t]it)?|"
    r"send(?:[ \t]it)?|post(?:[ \t]it)?|(?:i|we)[ \t]live)"
    r"(?:[ \t]+(?i:pure|anche|direttamente|please|pls|directly))?[ \t]+(?i:a|to|at|on|in)[ \t]+"
    r"(?P<b>(?:[A-Za-zà-ÿ][a-zà-ÿ'’]{3,19}[ \t]+){1,2}"
    + _NUMBER
    + r")"
    + _NOT_COUNT
    # round 38: any street's words and number right after "address:" ("my address: Kneza
    # Miloša 10, Beograd", "indirizzo: Ilica 242")
    + r"|(?<![\w'’])(?i:address|indirizzo|adresse|dirección|direccion|adres|anschrift)"
    r"[ \t]*(?::|(?i:is|è|e'|ist|est|es)[ \t]*:?)[ \t]*"
    r"(?P<c>(?:[A-ZÀ-Ýa-zà-ÿ][\w'’]{2,19}[ \t]+){1,3}" + _NUMBER + r")" + _NOT_COUNT
)
# "v gramsci 9": "via" cut to its letter without a dot
_V_STREET = re.compile(
    r"(?<![\w'’.])[vV][ \t]+(?P<a>[a-zà-ÿ][a-zà-ÿ'’]{3,19}[ \t]+" + _NUMBER + r")" + _NOT_COUNT
)


def _cued_named_streets(text: str, known_town: Callable[[str], bool]) -> Iterable[Detection]:
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    for pattern in (_CUED_NAMED_STREET, _V_STREET):
        for match in pattern.finditer(text):
            group = next(g for g in ("a", "b", "c") if g in match.groupdict() and match.group(g))
            words = re.findall(r"[^\W\d_][\w'’]*", match.group(group))
            if any(
                lexicon.is_word(word, endings=False, english=False)
                or lexicon.is_common(word)
                # after "address:" a first name or a town is the street's ("Kneza Miloša 10")
                or (group != "c" and (lexicon.is_first(word) or known_town(word)))
                for word in words
            ):
                continue
            start = match.start() if pattern is _V_STREET else match.start(group)
            yield Detection(start, match.end(group), "ADDRESS", "named-street", 0.7)


# round 26: a CAP in brackets after its town ("Mestre (30174)"), a Romanian postcode after the
# county ("jud. Cluj, 400123")
_TOWN_BRACKET_CAP = re.compile(
    r"(?<![\w'’])([A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}(?:[ \t][A-ZÀ-Ý][a-zà-ÿ'’\-]{2,24}){0,2})"
    r"[ \t]?\((\d{5})\)"
)
_COUNTY_POSTCODE = re.compile(
    r"(?<![\w'’])(?i:jud\.|judet|judetul|județ|județul)[ \t]*[A-ZÀ-Ý][\w\-]{2,24}[ \t]*,?[ \t]*"
    r"(\d{6})(?![\w])"
)


def _postcodes_beside_towns(text: str, known_town: Callable[[str], bool]) -> Iterable[Detection]:
    if "(" in text:
        for match in _TOWN_BRACKET_CAP.finditer(text):
            if known_town(match.group(1)):
                yield Detection(match.start(2), match.end(2), "ADDRESS", "town-cap", 0.75)
    if "jud" in text.lower():
        for match in _COUNTY_POSTCODE.finditer(text):
            yield Detection(match.start(1), match.end(1), "ADDRESS", "county-postcode", 0.75)


def round24_streets(text: str, known_town: Callable[[str], bool]) -> Iterable[Detection]:
    """Round 24's address pieces that stand without a street (see the module's doc)."""
    if not any(map(str.isdigit, text)):
        return
    yield from building_parts(text)
    yield from _cued_named_streets(text, known_town)
    # round 38: a Venetian address in small letters, the sestiere and its three- or four-digit
    # number ("castello 5179 secondo piano")
    for match in _VENICE_LOWER.finditer(text):
        yield Detection(match.start(), match.end(), "ADDRESS", "venice-sestiere", 0.75)
    yield from _postcodes_beside_towns(text, known_town)
    lowered = text.lower()
    if any(
        cue in lowered
        for cue in ("cap", "c.a.p", "post", "zip", "pin", "eircode", "poșt", "poşt", "plz", "cep")
    ):
        for match in CAP_CUE.finditer(text):
            if not _NOT_CAP_BEFORE.search(text, max(0, match.start() - 10), match.start()):
                yield Detection(match.start(1), match.end(1), "ADDRESS", "cap-cue", 0.75)
    if "-ku" in text or "-shi" in text or "Tokyo" in text or "Japan" in text:
        for match in JAPANESE_BLOCK.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "jp-block", 0.75)
    if "-" in text:
        for match in _LETTERED_POSTCODE.finditer(text):
            if lettered_postcode_at(text, match.start()):
                yield Detection(match.start(), match.end(), "ADDRESS", "lettered-postcode", 0.75)
    for match in TOWN_EIRCODE.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        town = match.group(1).rstrip("0123456789W ")
        if known_town(town) or before.endswith((",", ", ")):
            yield Detection(match.start(), match.end(), "ADDRESS", "town-eircode", 0.75)
    if any(city in text for city in ("Bengal", "Bangal", "Delhi", "Mumbai", "Chennai", "Pune")) or (
        _PIN.search(text)
    ):
        for match in IN_CITY_PIN.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "in-city-pin", 0.75)
        for match in IN_LAYOUT_LINE.finditer(text):
            yield Detection(match.start(), match.end(), "ADDRESS", "in-layout", 0.75)
    if any(
        unit in text for unit in ("Apt", "APT", "Apartment", "Flat", "Unit", "Suite", "Ste")
    ) or ("ppartamento" in text or "Int" in text):
        for match in BUILDING_FLAT.finditer(text):
            first = match.group(1).split()[0].lower()
            if first not in _NOT_BUILDING:
                yield Detection(match.start(), match.end(), "ADDRESS", "building-flat", 0.75)


_GERMAN_TAIL = re.compile(
    r"[ \t]*,?[ \t]*(?:(?i:hinterhaus|vorderhaus|seitenflügel|gartenhaus|quergebäude|"
    r"dachgeschoss|erdgeschoss|obergeschoss|souterrain)|\d{1,2}\.[ \t]?(?:OG|Stock|Etage|"
    # (round 38: a student's room, "Biltstraat 203 kamer 12", "Zimmer 4")
    r"Obergeschoss)|(?:EG|DG|UG|HH|VH)|(?i:stiege|tür|top|stock|kamer|zimmer)[ \t]\d{1,3})(?![\w])"
)
_GERMAN_FLOOR_DOT = re.compile(r"\.[ \t]?(?:OG|Stock|Etage|Obergeschoss)(?![\w])")
_FLAT_BEFORE = re.compile(
    r"(?<![\w])(?i:appartement|appart\.?|appt\.?|apt\.?|apartment|flat|unit|bâtiment|bât\.?|"
    r"wohnung|whg\.?|interno|int\.)[ \t]?\d{1,4}[A-Za-z]?[ \t]*,[ \t]*$"
)
# a Japanese block address: chome-block-house and the district, then a ward or city ("3-14-7
# Koenji-minami, Suginami-ku")
JAPANESE_BLOCK = re.compile(
    r"(?<![\w\-])\d{1,2}-\d{1,2}(?:-\d{1,3})?[ \t]+[A-Z][a-z]{2,14}(?:-[a-z]{2,10})?"
    r"(?:,[ \t]*[A-Z][a-z]{2,14}-(?:ku|shi|cho|machi|gun))?(?![\w])"
)


def widen_24(text: str, start: int, end: int) -> tuple[int, int]:
    """Round 24: the building parts, a bracketed CAP, an Indian layout and PIN and a Dutch flat
    suffix after a found address; a Venetian campo and a Dutch ordinal before it."""
    for _ in range(4):
        moved = end
        if text[end - 1 : end].isdigit() or text[end - 1 : end] == "°":
            suffix = _DUTCH_SUFFIX.match(text, end)
            if suffix:
                end = suffix.end()
        if text[end - 1 : end] == "°":  # "Dorsoduro 1032, 2°" + "pian"
            floor = _FLOOR_AFTER_DEGREE.match(text, end)
            if floor:
                end = floor.end()
        join = _JOIN.match(text, end)
        part = _PART.match(text, join.end()) if join else None
        if part:
            end = part.end()
        cap = _BRACKET_CAP.match(text, end)
        if cap:
            end = cap.end()
        if "," in text[end : end + 2]:
            layout = _IN_TAIL.match(text, end)
            if layout:
                end = layout.end()
            pin = _PIN_TAIL.match(text, end)
            if pin:
                end = pin.end()
        if end == moved:
            break
    # round 28: a German floor or back building after the number ("Weserstraße 58,
    # Hinterhaus, 3. OG"); a flat's number before the street ("appartement 22, 8 boulevard ...")
    for _ in range(3):
        tail = _GERMAN_TAIL.match(text, end)
        if tail is None:
            break
        end = tail.end()
    if text[end - 1 : end].isdigit():
        floor = _GERMAN_FLOOR_DOT.match(text, end)
        if floor:
            end = floor.end()
    lead = _FLAT_BEFORE.search(text, max(0, start - 30), start)
    if lead and text[start : start + 1].isdigit():
        start = lead.start()
    if _VENICE_SESTIERE.match(text, start):
        place = _VENICE_PLACE_BEFORE.search(text, max(0, start - 80), start)
        if place:
            start = place.start()
    elif _DUTCH_STREET.match(text, start):
        lead = _DUTCH_ORDINAL_BEFORE.search(text, max(0, start - 60), start)
        if lead:
            start = lead.start()
    return start, end


# Round 27: a postcode written right after a town or an address that was found, without a
# comma's or a bracket's cue ("Cluj-Napoca 400391", "Bucuresti 030167", "Graz 8010"): four to
# six digits, no year, no price, no count.
_POSTCODE_AFTER = re.compile(
    # round 29: also after a comma and a short label ("Cluj-Napoca, cod 400089", "Wien, PLZ
    # 1010"); not a product's code ("Milano cod 123456")
    r"(?:[ \t]*,[ \t]*(?i:cod|cp|c\.p\.|plz|zip|cap)\.?:?[ \t]?|[ \t]*,?[ \t]*)(\d{4,6})"
    r"(?![\w]|[.,:/]\d|[ \t]?(?:%|€|\$|£|(?i:euro|eur|kg|km|pz|pezzi|"
    r"anni|volte|persone|people|years|ore|hours|min)(?![\w])))"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def postcodes_after_places(text: str, detections: Iterable[Detection]) -> Iterable[Detection]:
    """The postcodes right after a found town or address (see above)."""
    for found in detections:
        if found.entity_type not in ("LOCATION", "ADDRESS"):
            continue
        match = _POSTCODE_AFTER.match(text, found.end)
        if match is None or _YEAR_LIKE.fullmatch(match.group(1)):
            continue
        yield Detection(match.start(1), match.end(1), "ADDRESS", "postcode-after-place", 0.7)
