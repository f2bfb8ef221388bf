"""Round 30: house numbers, postcodes and units a conversation talks about after an address.

The address rules find a street with its number where it is written. People then go on
talking about it: they correct the number ("è il 18 non il 16", "via San Marco 19 non 91"),
give it when the town assigns one ("il comune ci ha dato il civico, è il 23/A"), say where a
neighbour lives ("lui sta al 29", "he lives at number 17"), name the number again ("il 31 non
ha citofono"), add the floor or a campsite's pitch ("numero 11 piano terra", "4. etasje",
"pitch 42") or the postcode ("il CAP di Dalmine è 24044"; "... only the number in the
village. 33020"). Each form counts only in a conversation where an address was found, except
those with their own cue ("civico", "CAP di <town>", a village and its number answering "the
exact address?"), so an order's "il 31" or a date's "il 31 marzo" stays. A hotel's or a care
home's room is left: the studied corpora never label it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from privacy.types import Detection

TALK_ADDRESS = "address-talk"

# a house number as people write it: 18, 23/A, 15/B, 7b, 12 bis
_NUMBER = (
    r"\d{1,4}(?:[ \t]?/[ \t]?[A-Za-z0-9]{1,2}(?![\w])|[A-Za-z](?![\w])|(?![A-Za-z]))"
    r"(?:[ \t](?:bis|ter)(?![\w]))?"
)
# what ends a house number: not a price, a quantity, a time, a date, more digits (a phone)
_NUMBER_END = (
    r"(?![\w/.,:]\d|[ \t]*(?:%|€|\$|£|°|º|(?i:euro|eur|kg|km|anni|years?|ore|hours?|min|"
    r"minuti|pezzi|pz|volte|times|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|"
    r"settembre|ottobre|novembre|dicembre|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|alle|at)(?![\w]))|[ \t]?\d)"
)
_NUMBER_END_RE = re.compile(_NUMBER_END)
_NUMBER_AT_END = re.compile(r"(?<![\w/])(" + _NUMBER + r")[ \t]*$")

# "è il 18 non il 16", "it's 18 not 16", "19 non 91" (a correction: both are house numbers)
_CORRECTION = re.compile(
    r"(?<![\w/])(?i:è|e'|e|era|is|it['’]?s|was)[ \t]+(?i:il[ \t]+|al[ \t]+|number[ \t]+)?"
    r"(" + _NUMBER + r")" + _NUMBER_END + r"[ \t]*,?[ \t]*(?i:e[ \t]+)?(?i:non|nn|not)[ \t]+"
    r"(?i:il[ \t]+|al[ \t]+)?(" + _NUMBER + r")" + _NUMBER_END
)
# round 38: the other way round, "non 9, è 19", "not 12, it's 21"
_CORRECTION_AFTER = re.compile(
    r"(?<![\w/])(?i:non|nn|not)[ \t]+(?i:il[ \t]+|al[ \t]+)?("
    + _NUMBER
    + r")"
    + _NUMBER_END
    + r"[ \t]*,?[ \t]*(?i:ma[ \t]+|but[ \t]+)?(?i:è|e'|it['’]?s|is)[ \t]+"
    r"(?i:il[ \t]+|al[ \t]+)?(" + _NUMBER + r")" + _NUMBER_END
)
# right after a street with its number: "via San Marco 19 non 91", "... 12, not 21"
_NOT_AFTER_STREET = re.compile(
    r"[ \t]*,?[ \t]*(?i:e[ \t]+)?(?i:non|nn|not)[ \t]+(?i:il[ \t]+|al[ \t]+)?("
    + _NUMBER
    + r")"
    + _NUMBER_END
)
# the house number with its own cue: "il civico, è il 23/A", "civico: 7", "house number is 12"
# (round 35: an adverb before the verb, "il numero civico in realtà è 19/c")
_CIVICO = re.compile(
    r"(?<![\w])(?i:civico|n\.?[ \t]?civico|numero[ \t]civico|house[ \t]number|street[ \t]number|"
    # round 35: "numero di casa (di mamma) e 14/a", the chats' "e" for "è"
    r"door[ \t]number|numero[ \t]di[ \t]casa(?:[ \t]+(?:di|del|della)[ \t]+[\w'’]+)?)(?![\w])"
    r"[ \t,]*(?:(?i:in[ \t]realt[àa]|invece|giusto|corretto|esatto|"
    r"forse|probabilmente|actually|really|correct|maybe|probably)[ \t,]+"
    r"(?=(?i:è|e'|e|is|was)[ \t]))?"
    r"(?i:è|e'|e(?=[ \t]+\d)|is|:|=|was|sarà)?[ \t]*(?i:il[ \t]+|al[ \t]+)?"
    r"(" + _NUMBER + r")" + _NUMBER_END
)
# "il numero è 15/B" after an address was given (the number's shape tells it from a phone)
# (round 36: "right" or "giusto" between, the chats' "e" for "è": "il numero giusto e 19/A")
_NUMBER_IS = re.compile(
    r"(?<![\w])(?i:il[ \t]numero|numero|the[ \t]number|number|the[ \t]right[ \t]number|"
    r"the[ \t]correct[ \t]number)[ \t]+"
    r"(?:(?i:giusto|corretto|esatto|vero|right|correct)[ \t]+)?"
    r"(?i:è|e'|e(?=[ \t]+\d)|is|was|era)[ \t]+"
    r"(?i:il[ \t]+)?(" + _NUMBER + r")" + _NUMBER_END
)
# round 31: a message opening with a correction and the number ("oops number 22, 2nd floor",
# "scusate, il 14/B", "sorry no. 8") after an address was given
_OOPS_NUMBER = re.compile(
    r"^[ \t]*(?:(?i:oops|ops|sorry|scusa|scusate|scusami|mi[ \t]+scuso|pardon|correction|"
    r"correzione|errata|sbagliato|ho[ \t]+sbagliato|anzi|no|wait|actually)[ \t]*[,!.:]*[ \t]*)"
    # round 32: a few words before the number's noun ("sorry pressed enter, number 17")
    r"{1,3}(?:[a-zà-ÿ']{1,12}[ \t]+){0,3}?(?:[a-zà-ÿ']{1,12}[ \t]*[,.:][ \t]*"
    r"(?=(?i:number|numero|civico|no\.|nr\.?|n\.)))?(?i:it['’]s[ \t]+|è[ \t]+|is[ \t]+)?"
    r"(?i:the[ \t]+|il[ \t]+|al[ \t]+)?(?i:(?:house[ \t]+)?number[ \t]+|numero[ \t]+|"
    r"civico[ \t]+|no\.[ \t]?|nr\.?[ \t]?|n\.[ \t]?)?("
    + _NUMBER
    + r")"
    + _NUMBER_END
    + r"(?=[ \t]*(?:$|[,.;!?)\n]|(?i:non|nn|not|e[ \t]+non|and[ \t]+not)(?![\w])))"
)
# round 35: the number with the apology after it ("è 15 scusate", "its 27A sorry")
_NUMBER_SORRY = re.compile(
    r"^[ \t]*(?i:è|e'|it['’]?s|is|era|was)[ \t]+(?i:il[ \t]+|al[ \t]+|number[ \t]+)?("
    + _NUMBER
    + r")"
    + _NUMBER_END
    + r"[ \t,!.]*(?i:scusa|scusate|scusami|sorry|oops|ops|pardon|my[ \t]+bad)(?![\w])"
)
# where a person lives by number: "lui sta al 29", "abito al 4", "he lives at number 17"
_LIVES_AT = re.compile(
    r"(?<![\w])(?i:sta|stanno|sto|stiamo|abita|abitano|abito|abitiamo|vive|vivono|vivo|"
    r"viviamo|è|sono|siamo)[ \t]+(?i:al|nel)[ \t]+(?i:numero[ \t]+|civico[ \t]+|n\.?[ \t]?)?"
    r"(" + _NUMBER + r")" + _NUMBER_END + r"(?![ \t]*(?i:piano|°|º|anno|posto|per[ \t]?cento))"
    r"|(?<![\w])(?i:lives?|living|stays?|staying|is|i['’]m|we['’]re|he['’]s|she['’]s|they['’]re)"
    r"[ \t]+(?i:at|in)[ \t]+(?i:number|no\.?|nr\.?|#)[ \t]?(" + _NUMBER + r")" + _NUMBER_END
)
# a number of the conversation's addresses named again: "il 31 non ha citofono", "at no. 12"
# (round 36: or corrected to it: "corretto in 206", "updated to 14")
_NAMED_NUMBER = re.compile(
    r"(?<![\w/])(?i:il|al|dal|del|nel|number|no\.|n\.|nr\.?|numero|civico|"
    r"(?:corrett[oa]|cambiat[oa]|aggiornat[oa]|modificat[oa]|updated|changed|corrected)"
    r"[ \t]+(?:in|a|to))[ \t]+"
    r"(" + _NUMBER + r")" + _NUMBER_END
)
# the floor, the room or the pitch right after an address: "numero 11 piano terra",
# "Storgata 91, 4. etasje", "via X 3 stanza 12"
_UNIT_WORDS = (
    r"(?:piano[ \t](?:terra|rialzato|primo|secondo|terzo|quarto|quinto|sesto|ultimo|attico|"
    r"\d{1,2})|pian[ \t]?(?:o[ \t]?)?terr(?:a|eno)|\d{1,2}[ \t]?[°º]?[ \t]?piano|"
    r"(?:first|second|third|fourth|fifth|top|ground|\d{1,2}(?:st|nd|rd|th))[ \t]floor|"
    r"floor[ \t]\d{1,2}|\d{1,2}\.[ \t]?(?:etasje|etg\.?|sal|våning|stock|og|OG|etage|étage)|"
    # round 36: the Swedish floor in flights of stairs ("Hornsgatan 52, 4 tr")
    r"\d{1,2}[ \t]?(?:tr|trappor)\.?(?![\w])|"
    r"\d{1,2}(?:e|er|ème)[ \t]étage|(?:stanza|camera|room|pitch|piazzola|letto|bed|"
    r"box|posto[ \t]letto)[ \t](?:n\.?[ \t]?|(?:numero|nr\.?|no\.)[ \t])?\d{1,4}[A-Za-z]?)"
)
_UNIT_TAIL = re.compile(
    r"[ \t]*[,\-–]?[ \t]*(?i:al[ \t]+|at[ \t]+|on[ \t]+the[ \t]+)?(" + _UNIT_WORDS + r")(?![\w])"
)
_BLOCK_BEFORE = re.compile(r"(?<![\w])((?i:blk|block|bldg|gran))\.?[ \t]*$")
_SIDE_TAIL = re.compile(
    r"[ \t]*,?[ \t]*((?i:izquierda|izq\.|izda\.?|derecha|dcha\.?|centro|gauche|droite|links|"
    r"rechts|sinistra|destra|left|right))(?![\w])"
)
_FLOOR_AT_END = re.compile(r"(?:\d[ \t]?[º°ª]|\d(?:e|er|ème)[ \t]étage|\d\.[ \t]?(?i:og|stock))$")
# a pitch at a campsite in a message with an address or a personal place in it ("camping near
# X, pitch 42"); not a room: the studied corpora leave a hotel's or a care home's room alone
_ROOM = re.compile(r"(?<![\w])((?i:pitch|piazzola)[ \t](?:n\.?[ \t]?)?\d{1,4}[A-Za-z]?)(?![\w])")
# the floor a person lives on: "i live upstairs first floor", "abito al terzo piano"
_LIVES_ON_FLOOR = re.compile(
    r"(?<![\w])(?i:i|we|he|she|they)[ \t]+(?i:live|lives|stay|stays)[ \t]+"
    r"(?i:upstairs[ \t]+|downstairs[ \t]+)?(?i:on[ \t]+)?(?i:the[ \t]+)?"
    r"((?i:first|second|third|fourth|fifth|top|ground|\d{1,2}(?:st|nd|rd|th))[ \t](?i:floor))"
    r"|(?<![\w])(?i:abito|abita|abitiamo|vivo|vive|viviamo|sto|sta|stiamo)[ \t]+(?i:al)[ \t]+"
    r"((?i:primo|secondo|terzo|quarto|quinto|sesto|ultimo|\d{1,2}[ \t]?[°º]?)[ \t](?i:piano))"
)
# the postcode after its label and the town's name: "il CAP di Dalmine è 24044"
_CAP_OF_TOWN = re.compile(
    r"(?<![\w])(?:cap|Cap|CAP|(?i:postcode|zip(?:[ \t]code)?))[ \t]+(?i:di|of|for)[ \t]+"
    r"[A-ZÀ-Ý][\w'’\-]+(?:[ \t](?:[a-z]{1,3}[ \t])?[A-ZÀ-Ý][\w'’\-]+){0,3}[ \t]*"
    r"(?i:è|e'|is|:|=)?[ \t]*(\d{5})(?![\w]|[.,]\d)"
)
# round 35: a postcode's noun anywhere in a message of a conversation that gave an address
# ("26100 mi ero dimenticata il cap", "forgot the postcode: 40135"): its five digits are the
# postcode, as the message says
_POSTCODE_NOUN = re.compile(
    r"(?<![\w.])(?:cap|Cap|CAP|c\.a\.p\.|C\.A\.P\.|(?i:codice[ \t]postale|postcode|post[ \t]code|"
    r"zip|zip[ \t]code|zipcode))(?![\w])"
)
# round 35: another staircase or flat than the one of the conversation's address ("sorry is
# scala D not c" after "via Milano 140 scala c int 9"); the letter a capital (``_UNIT_AGAIN``),
# in the address any (``_UNIT_IN_ADDRESS``)
_UNIT_PART = r"(?<![\w])((?i:scala|sc\.|interno|int\.?)[ \t]*(?:{}|\d{{1,3}}[A-Za-z]?)(?![\w]))"
_UNIT_AGAIN = re.compile(_UNIT_PART.format("[A-Z]"))
_UNIT_IN_ADDRESS = re.compile(_UNIT_PART.format("[A-Za-z]"))
# round 35: a postcode opening a message of a conversation that gave an address, as the
# address's last line sent apart ("34015. second flat is next door", "10145, buzz X", "46006
# Valencia / mail ..."): five digits, then a stop, a comma or a town
_CAP_OPENING = re.compile(r"^[ \t]*(\d{5})(?=[ \t]*(?:[.,;:!/\n]|$|[A-ZÀ-Ý][a-zà-ÿ]))")
# a lettered house number opening a message ("27/B ecco!", "14/a")
_LETTERED_OPENING = re.compile(r"^[ \t]*(\d{1,4}[ \t]?/[ \t]?[A-Za-z])(?![\w])")
# round 35: a house number "at" its label in a conversation that gave an address ("the second
# flat is next door at nr. 14", "lei è al numero 3")
_AT_NUMBER = re.compile(
    r"(?<![\w])(?i:at|al)[ \t]+((?i:nr\.?|no\.|number|numero|n\.|civico)[ \t]?"
    + _NUMBER
    + r")"
    + _NUMBER_END
)
# what follows a house number talked about bare ("17 e casa del vicino", "17, non 19")
_TALKED_NUMBER_AFTER = re.compile(r"[ \t]*(?:[,;!?)\n]|$|(?i:e|è|is|non|nn|not|was)(?![\w]))")
# a list's number opening a line ("2. ing. Rossi – ...")
_LIST_NUMBER = re.compile(r"(?<=\n)\d{1,2}[.)]|^\d{1,2}[.)]")
# a house number of the conversation's, bare before a confirmation ("16 ok", "27A perfetto")
_NUMBER_CONFIRMED = re.compile(
    r"(?<![\w/])(" + _NUMBER + r")[ \t]*(?i:ok|okay|perfetto|corretto|noted|got[ \t]it|✅|👍)"
    r"(?![\w])"
)
# an Italian postcode alone at the end of a message that gave an address
_CAP_AT_END = re.compile(r"(?:^|[.!;\n][ \t]*)(\d{5})[ \t]*[.!]?[ \t]*$")
_FIVE_DIGITS = re.compile(
    r"(?<![\w/.,\-€$£#+])\d{5}(?![\w/]|[.,]\d|[ \t]?(?:€|%|\$|£|(?i:eur|euro|pz|pezzi|kg|km|"
    r"pcs|items|punti|points)(?![\w])))"
)
_CODE_NOUN_BEFORE = re.compile(
    r"(?<![\w])(?i:ordine|order|ord|n\.|nr|no\.|rif|ref|code|cod|tracking|pratica|ticket|fattura|"
    r"invoice|id|sku|art|iban|conto|account|carta|card|tel|cell|phone|telefono|numero|number|"
    r"pin|otp|prenotazione|booking|reservation|lotto|matricola|seriale|serial|partita|p\.?iva|"
    r"vat|cf|telaio|chassis|vin|targa|modello|model|codice|importo|totale|tot)(?![\w])"
    r"[^\w\n]{0,4}(?:[\w]{1,12}[^\w\n]{1,3}){0,2}$"
)
# a village with a number and no street ("Sauris di Sopra 28 - ..."), as the answer to an
# address asked for: capitalised words opening the message, the number, then a break
_VILLAGE_NUMBER = re.compile(
    r"^[ \t]*((?:[A-ZÀ-Ý][\w'’]+[ \t]+(?:(?:di|del|della|de|San|Santa|Sopra|Sotto)[ \t]+)?)"
    r"{1,4}\d{1,4}[A-Za-z]?)(?=[ \t]*(?:[,\-–]|$))"
)
_ASKS_ADDRESS = re.compile(
    r"(?i:(?<![\w])(?:address|indirizzo|indirizzi|adresse|dirección|direccion|anschrift|"
    r"dove\s(?:abita|abiti|consegn|si\strova)|where\s(?:do\syou\slive|is\sthe\shouse|should))"
    r"(?![\w]))"
)


# round 31: an Italian street with its house number in words ("viale Monza numero centoventi",
# "via dei Mille civico ventidue", "corso Italia trentotto")
_SPELLED_STREET = re.compile(
    r"(?<![\w'’])(?P<street>(?i:via|viale|piazza|piazzale|corso|vicolo|strada|largo|contrada|"
    r"borgo|lungomare|località|loc\.)[ \t]+(?:[\w'’.]+[ \t]+){1,4}?)"
    r"(?P<cue>(?i:numero|num\.|n\.|nr\.?|n°|civico)[ \t]*)?(?P<number>[a-zà-ù]{3,24})"
    r"(?P<tail>[ \t]+(?i:barra|bis|ter)(?:[ \t]+[a-z]{1,2}(?![\w]))?)?"
    r"(?=[ \t]*(?:$|[,.;:!?)\n/]|[ \t](?i:e|ma|scala|int|interno|piano|citofono|cap|a|in)(?![\w])))"
)
_UNITS = ("", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_TEENS = [
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
]
_TENS = ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"]


def _italian_numbers() -> frozenset[str]:
    """The Italian words of the numbers 1-399 ("ventuno", "centotrentotto", "trentatré")."""
    below_hundred = [u for u in _UNITS if u] + _TEENS
    for ten in _TENS:
        for unit in _UNITS:
            stem = ten[:-1] if unit in ("uno", "otto") else ten
            below_hundred.append(stem + unit)
            if unit == "tre":
                below_hundred.append(stem + "tré")
    words = set(below_hundred)
    for hundred in ("cento", "duecento", "trecento"):
        words.add(hundred)
        for rest in below_hundred:
            words.add((hundred[:-1] if rest.startswith("otto") else hundred) + rest)
            words.add(hundred + rest)
    return frozenset(words)


ITALIAN_NUMBERS = _italian_numbers()


def _spelled_streets(text: str) -> Iterable[tuple[int, int]]:
    for match in _SPELLED_STREET.finditer(text):
        if match.group("number").lower() not in ITALIAN_NUMBERS:
            continue
        street_end = match.end("street")
        while street_end > match.start() and text[street_end - 1] in " \t":
            street_end -= 1
        yield match.start("street"), street_end
        # the number with its noun and its letter ("numero trentadue barra bi")
        yield match.start("cue") if match.group("cue") else match.start("number"), match.end()


def _house_numbers(text: str, start: int, end: int) -> set[str]:
    """The house numbers inside an address's span (not its postcode)."""
    return {_key(m.group(1)) for m in _IN_ADDRESS.finditer(text, start, end)}


_IN_ADDRESS = re.compile(r"(?<![\w/])(" + _NUMBER + r")(?![\w/]|[ \t]?\d{1,4}(?!\d))")


def _key(number: str) -> str:
    return re.sub(r"[ \t]", "", number).lower()


def _spans(match: re.Match[str]) -> Iterable[tuple[int, int]]:
    for group in range(1, (match.lastindex or 0) + 1):
        if match.group(group) is not None:
            yield match.start(group), match.end(group)


def conversation_address_talk(
    texts: Sequence[str], found: Sequence[Sequence[Detection]]
) -> list[list[Detection]]:
    """The address parts each message adds to the conversation's addresses (see the module's
    docstring), one list per message, in the messages' order."""
    given = any(d.entity_type == "ADDRESS" for detections in found for d in detections)
    talked: list[list[tuple[int, int]]] = []
    for index, (text, detections) in enumerate(zip(texts, found, strict=True)):
        spans: list[tuple[int, int]] = []
        if any(map(str.isdigit, text)):
            for pattern in (_CIVICO, _CAP_OF_TOWN) + (
                (
                    _CORRECTION,
                    _CORRECTION_AFTER,
                    _NUMBER_IS,
                    _LIVES_AT,
                    _OOPS_NUMBER,
                    _NUMBER_SORRY,
                    _CAP_OPENING,
                    _LETTERED_OPENING,
                    _AT_NUMBER,
                )
                if given
                else ()
            ):
                for match in pattern.finditer(text):
                    spans.extend(_spans(match))
            village = _VILLAGE_NUMBER.match(text) if index else None
            if village is not None and _ASKS_ADDRESS.search(texts[index - 1]):
                spans.append((village.start(1), village.end(1)))
            if given and _POSTCODE_NOUN.search(text):
                spans.extend(_postcodes(text))
            addresses = [(d.start, d.end) for d in detections if d.entity_type == "ADDRESS"]
            spans.extend(_after_addresses(text, addresses + spans, detections))
        spans.extend(_spelled_streets(text))
        if given:
            for match in _LIVES_ON_FLOOR.finditer(text):
                spans.extend(_spans(match))
        talked.append(spans)
    # the house numbers of the conversation's addresses, named again ("il 31 non ha citofono")
    numbers: set[str] = set()
    for text, detections, spans in zip(texts, found, talked, strict=True):
        for start, end in spans + [
            (d.start, d.end) for d in detections if d.entity_type == "ADDRESS"
        ]:
            numbers |= _house_numbers(text, start, end)
    units = _units_of_addresses(texts, found)
    cores = _address_cores(texts, found)
    out: list[list[Detection]] = []
    for text, detections, spans in zip(texts, found, talked, strict=True):
        if "casa" in text or "home" in text or "abit" in text or "liv" in text:
            # round 38: a village and its house number where someone lives ("5 min da Sauris
            # di Sopra 12 che è casa dei miei")
            for d in detections:
                if d.entity_type != "LOCATION":
                    continue
                number = _VILLAGE_HOUSE.match(text, d.end)
                if number is not None and _HOME_WORD.search(
                    text, max(0, d.start - 60), min(len(text), number.end() + 60)
                ):
                    spans.append((d.start, number.end(1)))
        if cores:
            # round 38: an address named again without its kind ("località Prosecco 41" ...
            # "la via vera è Prosecco 41")
            folded = text.lower()
            for core in cores:
                for match in re.finditer(
                    r"(?<![\w])" + re.escape(core) + r"(?![\w])(?![ \t]?(?:€|%|(?:euro|eur|kg|"
                    r"g|ml|cl|l|pz|x|bottiglie|bottles|pezzi)\b))",
                    folded,
                ):
                    if not any(d.start < match.end() and match.start() < d.end for d in detections):
                        spans.append(match.span())
        if units:
            # another staircase or flat than the address's: the customer corrects it (the
            # same one named again is the building talked about: "la luce della scala B")
            for match in _UNIT_AGAIN.finditer(text):
                kind, value = _unit(match.group(1))
                if kind in units and value not in units[kind]:
                    spans.append((match.start(1), match.end(1)))
        if numbers and any(map(str.isdigit, text)):
            for match in _NAMED_NUMBER.finditer(text):
                if _key(match.group(1)) in numbers:
                    spans.append((match.start(1), match.end(1)))
            # round 35: a house number with its letter or its slash is that house anywhere
            # ("Updated to 27A" after "its 27A not 27"); a plain one where the message talks of
            # house numbers ("civico e 19 non 17, 17 e casa del vicino") or confirms it ("16 ok")
            talks = bool(spans)
            for match in _IN_ADDRESS.finditer(text):
                key = _key(match.group(1))
                if (
                    key in numbers
                    and (
                        not key.isdigit()
                        or (talks and _TALKED_NUMBER_AFTER.match(text, match.end(1)))
                    )
                    and _NUMBER_END_RE.match(text, match.end(1))
                    and not any(a <= match.start(1) < b for a, b in spans)
                    and not _LIST_NUMBER.match(text, match.start(1))
                ):
                    spans.append((match.start(1), match.end(1)))
            for match in _NUMBER_CONFIRMED.finditer(text):
                if _key(match.group(1)) in numbers:
                    spans.append((match.start(1), match.end(1)))
        out.append(
            [
                # round 38: with the staircase or flat written after it ("è 19, scala C")
                Detection(
                    _unit_head(text, start), _unit_tail(text, end), "ADDRESS", TALK_ADDRESS, 0.75
                )
                for start, end in sorted(set(spans))
                # a town inside a village's address is part of it ("Sauris di Sopra 28")
                if not any(
                    d.start < end and start < d.end and d.entity_type != "LOCATION"
                    for d in detections
                )
            ]
        )
    return out


_VILLAGE_HOUSE = re.compile(
    r"[ \t]+(\d{1,4}[a-zA-Z]?)"
    r"(?![\w/.,:]|[ \t]*(?:€|%|(?i:min|km|m|anni|anno|ore|hours?|h|giorni|days?|years?|yrs|"
    r"months?|mesi|weeks?|settimane|volte|times|persone|people|kg|x|pm|am)\b))"
)
_HOME_WORD = re.compile(
    r"(?<![\w])(?i:casa|home|house|abito|abitiamo|abita|abitano|vivo|viviamo|vive|live|lives)"
    r"(?![\w])"
)
# the kinds of street that open an address, dropped to name it again
_STREET_KIND = re.compile(
    r"(?i:via|viale|piazza|piazzale|corso|largo|vicolo|strada|località|localita|loc\.?|"
    r"frazione|fraz\.?|contrada|c\.da|borgo|calle|rue|street|road)[ \t]+"
)


def _address_cores(texts: Sequence[str], found: Sequence[Sequence[Detection]]) -> set[str]:
    """The conversation's addresses with a house number, lowercase, without the kind of street
    that opens them ("prosecco 41" of "località Prosecco 41"); a name of four letters or more
    and a number, nothing else."""
    cores: set[str] = set()
    for text, detections in zip(texts, found, strict=True):
        for d in detections:
            if d.entity_type != "ADDRESS":
                continue
            kind = _STREET_KIND.match(text, d.start, d.end)
            if kind is None:
                continue
            core = re.match(
                r"[a-zà-ÿ'’]{4,}(?: [a-zà-ÿ'’]{2,}){0,3} \d{1,4}[a-z]?(?![\w/])",
                text[kind.end() : d.end].lower(),
            )
            if core is not None:
                cores.add(core.group(0))
    return cores


_TALK_UNIT_TAIL = re.compile(
    r"[ \t]*,?[ \t]*(?i:scala|sc\.|interno|int\.|piano|staircase|flat|apt\.?)[ \t]?"
    r"(?:[A-Za-z](?![\w'’])|\d{1,3}[A-Za-z]?(?![\w]))"
)


_TALK_UNIT_HEAD = re.compile(
    r"(?<![\w])(?i:appartement|appartamento|apartment|apt\.?|flat|interno|int\.|wohnung|"
    r"stanza|room)[ \t]?(?:(?i:n\.|no\.|nr\.?|#)[ \t]?)?$"
)


def _unit_head(text: str, start: int) -> int:
    """The start of a number's span with the flat's word written right before it
    ("appartement 5")."""
    head = _TALK_UNIT_HEAD.search(text, max(0, start - 16), start)
    return head.start() if head else start


def _unit_tail(text: str, end: int) -> int:
    """The end of a house number's span with the unit written right after it."""
    tail = _TALK_UNIT_TAIL.match(text, end)
    return tail.end() if tail else end


def _unit_kind(word: str) -> str:
    """ "scala", "interno": the kind of a building part as written ("sc. B", "int 9")."""
    return "scala" if word.lower().startswith("sc") else "interno"


def _units_of_addresses(
    texts: Sequence[str], found: Sequence[Sequence[Detection]]
) -> dict[str, set[str]]:
    """The building parts ("scala", "interno") the conversation's addresses name, each kind
    with the values written ("scala": {"c"})."""
    units: dict[str, set[str]] = {}
    for text, detections in zip(texts, found, strict=True):
        for d in detections:
            if d.entity_type == "ADDRESS":
                for match in _UNIT_IN_ADDRESS.finditer(text, d.start, d.end):
                    kind, value = _unit(match.group(1))
                    units.setdefault(kind, set()).add(value)
    return units


def _unit(part: str) -> tuple[str, str]:
    """("scala", "d") of "scala D", ("interno", "9") of "int. 9"."""
    value = re.sub(r"^[A-Za-z]+\.?[ \t]*", "", part).lower()
    return _unit_kind(part), value


def _postcodes(text: str) -> Iterable[tuple[int, int]]:
    """The postcodes' shapes of ``text``, not a code after its noun ("ordine 26100")."""
    for match in _FIVE_DIGITS.finditer(text):
        if not _CODE_NOUN_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            yield match.start(), match.end()


def _after_addresses(
    text: str, addresses: Sequence[tuple[int, int]], detections: Sequence[Detection]
) -> Iterable[tuple[int, int]]:
    """Parts written beside an address in its message: the number it corrects, the floor or
    the room after it, a room or a pitch in the same message, the postcode ending it."""
    for start, end in addresses:
        correction = _NOT_AFTER_STREET.match(text, end)
        if correction is not None and _NUMBER_AT_END.search(text[start:end]):
            yield correction.start(1), correction.end(1)
        unit = _UNIT_TAIL.match(text, end)
        if unit is not None:
            yield unit.start(1), unit.end(1)
        # round 35: a block's word before the address ("Blk 231 Bain Street #04-17")
        block = _BLOCK_BEFORE.search(text, max(0, start - 8), start)
        if block is not None:
            yield block.start(1), block.end(1)
        # round 35: the door's side after the floor ("2º izquierda", "3e étage gauche", "3.
        # OG links")
        side = _SIDE_TAIL.match(text, unit.end(1) if unit is not None else end)
        if side is not None and (unit is not None or _FLOOR_AT_END.search(text, start, end)):
            yield side.start(1), side.end(1)
    if addresses or any(d.entity_type == "LOCATION" for d in detections):
        for match in _ROOM.finditer(text):
            yield match.start(1), match.end(1)
    if addresses:
        cap = _CAP_AT_END.search(text)
        if cap is not None:
            yield cap.start(1), cap.end(1)
        # round 32: the address's house number written again beside it ("17! via Cordenons 17
        # scusate")
        numbers = set().union(*(_house_numbers(text, start, end) for start, end in addresses))
        for match in _IN_ADDRESS.finditer(text):
            # at the message's start, as a correction is written ("17! ...")
            if (
                _key(match.group(1)) in numbers
                and not text[: match.start(1)].strip()
                and not any(start <= match.start(1) < end for start, end in addresses)
                and _NUMBER_END_RE.match(text, match.end(1))
            ):
                yield match.start(1), match.end(1)
        # round 32: any postcode's shape in a message that gives an address ("ora sto a Rende
        # quindi 87036", "Pina Marcon 36061", "sempre Mira 30034"), not a code after its noun
        yield from _postcodes(text)
