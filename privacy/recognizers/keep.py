"""Keep rules of rounds 9 and 10: spans that name a firm, a maker or a code, never a person.

The detector adds them to its protected spans (like the business's own name), so no rule,
no NER guess and no carried-forward name takes them:

- a firm with a legal form whose name holds a trade word ("Lanificio Vercellone Srl",
  "Sutherland Earthmoving Pty Ltd"); a firm named only after people ("Bellini S.r.l.",
  "Fratelli Ferrante snc", "Mario Rossi Srl") is left to the name rules;
- a maker of ``brands.txt`` after a cue no person takes: an article or a possessive and an
  adjective of things ("un vecchio Schimmel", "my old Vespa"), a technician, a dealer or spare
  parts of it ("il tecnico della Riello"); a brand of two words named like a person ("Louis
  Vuitton") only after an article or before a model, and never when its second word is a
  surname ("Giorgio Armani": "Luisa Armani" is a person);
- an order or reference code in capitals and digits after no name ("Reference: BERT-1911",
  "ordine NULE-5531", "CG-2607-WHIT").

Round 10 (for the strict scorer too), by class: sizes and abbreviations in capitals ("taglia.
XL", "(IBAN)"); Italian imperatives with a clitic ("Scriveteci"); terms of trade and law ("Franco
destino", "Reg. UE"); venues ("trattoria da Nanni", '"Da Ciccio"', "Hotel Miramare"); a shop's
staff signature ("Staff Gualandi"); firms named kind-first ("Ditta Castellucci", "Numismatica
Ruffo", "Banca Veneta Centrale"; not "Studio Legale Fabbri", a person's) or partners before a
trade ("Whitfield & Moore Logistics"); brands after a cue (a label, a shop, a drink's measure,
near a shop, a count), a maker's model ("Knaus BoxStar 600", "un Pössl Roadcruiser"), brands of
several words or joined by a hyphen ("Royal Mail", "Ray-Ban"); wines named with their place
("Barbera d'Asti"); countries after a preposition ("abito in Irlanda"). Each stops where a
person's cue is: a title or a greeting before, a first name in or right before the span.

``business_variants`` gives the short forms of a business's own name that is a family firm
("Serramenti Fratelli Caruso" -> "Fratelli Caruso", "F.lli Caruso").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from privacy.recognizers.address_units import lettered_postcode_at
from privacy.recognizers.location import (
    COUNTRY_HOME_BEFORE,
    PRODUCT_WORDS,
    countries,
    country_home,
    homed_town,
    known_place,
    moved_country,
    named_country,
    own_country,
    person_country,
    phone_country,
    well_known_brands,
)
from privacy.recognizers.lookahead import first_letters
from privacy.recognizers.names import WORD, NameLexicon, fold, load_lexicon
from privacy.types import Detection

# --- Firms with a legal form -----------------------------------------------------------------
_LEGAL = (
    r"(?:S\.\s?r\.\s?l\.(?:s\.)?|S\.\s?p\.\s?A\.|S\.\s?n\.\s?c\.|S\.\s?a\.\s?s\.|"
    r"(?i:srls?|spa|snc|sas|ltd\.?|limited|llc|llp|plc|inc\.?|gmbh)|Pty\.?\s(?i:ltd\.?))"
)
_FIRM_WORD = r"(?:[A-ZÀ-Ý][\w'’\-]*|&|e|and|di|de|del|della|dei|of|the|F\.lli)"
# Up to five words of a firm's name, then its legal form.
_FIRM = re.compile(
    rf"(?<![\w.])((?:[A-ZÀ-Ý][\w'’\-]*|F\.lli)(?:[ \t]+{_FIRM_WORD}){{0,5}}?),?[ \t]+{_LEGAL}"
    r"(?![\w])"
)
# (every alternative opens at a word boundary: the boundary and a look-ahead on the first
# letters come first, so the alternatives are tried only where they can start)
_FIRM_FORMS = r"s\.\s?[rpna]\.|srl|spa\b|snc\b|sas\b|ltd|limited\b|llc\b|llp\b|plc\b|inc\b|gmbh\b"
_FIRM_GATE = re.compile(rf"(?i:\b{first_letters(_FIRM_FORMS)}(?:{_FIRM_FORMS}))")
# Words that open a sentence or a phrase before a firm, never part of its name.
_OPENERS_TEXT = """
    grazie thanks thank dear gentile gentili spett spettabile ciao hi hello to for per da dalla
    presso alla al c/o the la il lo le a an at from with con invoice fattura fatture intestata
    intestato ditta company firm società azienda cliente client our nostra nostro your vostra
    """
_OPENERS = frozenset(_OPENERS_TEXT.split())
# Words of a family firm: the family's name is all it says ("Fratelli Ferrante", "& Sons").
_FAMILY_TEXT = """
    fratelli f.lli figli figlio figlia sons son daughters daughter brothers bros sisters eredi
    famiglia family & e and di de del della dei of the
    """
_FAMILY = frozenset(_FAMILY_TEXT.split())


# An association's or a cooperative's form before its name ("ASD Nuotatori Lariani",
# "Cooperativa Sociale Il Faro"), then up to four capitalised words.
_ASSOCIATION = re.compile(
    r"(?<![\w.])(?:A\.?S\.?D\.?|S\.?S\.?D\.?|APS|A\.P\.S\.|ODV|O\.D\.V\.|Onlus|ONLUS|"
    r"Cooperativa(?:[ \t]Sociale)?|Coop\.?)[ \t]+"
    # capitalised words only: "ASD Nuotatori Lariani di Como" ends before the town
    r"([A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){0,3})"
)
_ASSOCIATION_GATE = re.compile(r"ASD|A\.S\.D|SSD|S\.S\.D|APS|A\.P\.S|ODV|O\.D\.V|(?i:onlus|coop)")


_DITTA = re.compile(
    r"(?<![\w])(?:Ditta|DITTA|Impresa|IMPRESA|Azienda[ \t]Agricola|Impresa[ \t]Edile)[ \t]+"
    r"([A-ZÀ-Ý][\w'’\-]+(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Ý][\w'’\-]+)?)"
)


@lru_cache(maxsize=1)
def _kind_first() -> re.Pattern[str]:
    """A kind of firm of ``_FIRM_KINDS``, capitalised, then up to three capitalised words."""
    kinds = "|".join(sorted((re.escape(kind.capitalize()) for kind in _FIRM_KINDS), key=len)[::-1])
    return re.compile(
        rf"(?<![\w])({kinds})[ \t]+"
        r"([A-ZÀ-Ý][\w'’\-]+(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Ý][\w'’\-]+){0,2})"
    )


_PARTNERS = re.compile(
    r"(?<![\w])([A-ZÀ-Ý][\w'’\-]+[ \t]+(?:&|and|e)[ \t]+[A-ZÀ-Ý][\w'’\-]+)[ \t]+"
    r"((?:[A-ZÀ-Ý][\w'’\-]+[ \t]+)?[A-ZÀ-Ý][a-zà-ÿ]+)"
)


def _firms(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    yield from _associations(text, lexicon)
    # (substring gates: the kinds and the joiners that _DITTA and _PARTNERS need, as written)
    if (
        "Ditta" in text
        or "DITTA" in text
        or "Impresa" in text
        or "IMPRESA" in text
        or "Azienda" in text
    ):
        yield from _ditte(text, lexicon)
    yield from _kind_named(text, lexicon)
    if "&" in text or "and" in text or " e " in text or "\t" in text:
        yield from _partners(text, lexicon)
    yield from _legal_forms(text, lexicon)


def _associations(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    if _ASSOCIATION_GATE.search(text):
        for match in _ASSOCIATION.finditer(text):
            words = match.group(1).split()
            # a trade word of the dictionary itself ("Nuotatori"), not a surname read as a
            # plural ("Coop Zanetti Beltrami")
            if _trade_name(words, lexicon, endings=False) and not _person_named(
                text, match.start(1), match.end(1), lexicon
            ):
                yield Detection(match.start(), match.end(1), "BRAND", "firm")


def _ditte(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    # a firm named after its kind ("Ditta Castellucci", "Impresa Edile Bonomi", "Spett.le
    # Ditta Edilstrade"): a first name in it is left to the name rules ("Ditta Mario Rossi")
    for match in _DITTA.finditer(text):
        words = match.group(1).split()
        if any(lexicon.is_first(word) for word in words):
            continue
        yield Detection(match.start(), match.end(1), "BRAND", "firm")


def _kind_named(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    # a trade or an office first, then its name ("Numismatica Ruffo", "Banca Veneta Centrale",
    # "Studio Ghezzi Pavan"); partners joined by "&" before a trade ("Whitfield & Moore
    # Logistics"). A first name among them is left to the name rules ("Ottica Mario Rossi").
    for match in _kind_first().finditer(text):
        # the kind opens the name: after a capitalised word it closes a person's firm
        # ("Adalberta Chiesa Impianti Srl"), and a legal form alone is no name
        # (a capital word opening the sentence is none: "Studia alla Bocconi")
        before = text[max(0, match.start() - 30) : match.start()]
        name_before = _CAPITAL_BEFORE.search(before)
        if name_before is not None and (
            lexicon.is_surname(name_before.group(1))
            or not _SENTENCE_START.search(before[: name_before.start(1)])
        ):
            continue
        if re.fullmatch(_LEGAL, match.group(2)):
            continue
        words = match.group(2).replace("&", " ").split()
        if any(lexicon.is_first(word) for word in words):
            continue
        if _TITLE_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        yield Detection(match.start(), match.end(2), "BRAND", "firm")


def _partners(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _PARTNERS.finditer(text):
        if not any(fold(word) in _TRADES for word in WORD.findall(match.group(2))):
            continue
        if any(lexicon.is_first(word) for word in match.group(1).replace("&", " ").split()):
            continue
        yield Detection(match.start(), match.end(2), "BRAND", "firm")


def _legal_forms(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    if not _FIRM_GATE.search(text):
        return
    for match in _FIRM.finditer(text):
        start = match.start(1)
        words = match.group(1).split()
        # the words before the firm's name ("Grazie", "Invoice to")
        while words and fold(words[0]) in _OPENERS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if not words:
            continue
        # a title before the name ("Arch. Romualdo Pizzighetti Studio Srl") names a person
        if _TITLE_BEFORE.search(text[max(0, start - 20) : start]):
            continue
        if _trade_name(words, lexicon) and not _person_named(text, start, match.end(), lexicon):
            yield Detection(start, match.end(), "BRAND", "firm")


def _person_named(
    text: str, start: int, end: int, lexicon: NameLexicon, *, pairs: bool = True
) -> bool:
    """Whether the words of a kept span name a person: a name-like pair in it (two words of no
    dictionary, "Romualdo Pizzighetti"; an unknown word and a surname, "Adalberta Chiesa"), or
    one of its words of no dictionary or a surname said twice in the text ("I'm Eleri from
    Eleri Bakery Ltd", "Pasquinelli Costruzioni Srl, chiedete di Pasquinelli")."""
    words = text[start:end].split()
    plain = [not lexicon.is_word(word) and fold(word) not in _TRADES for word in words]
    for index in range(len(words) - 1 if pairs else 0):
        first, second = words[index], words[index + 1]
        if not (first[:1].isupper() and second[:1].isupper()) or not plain[index]:
            continue
        if plain[index + 1] or lexicon.is_surname(second):
            return True
    for word, unknown in zip(words, plain, strict=True):
        # a surname that is also a word too ("Hughes Plumbing Ltd" after "Bronwen Hughes")
        if (
            (unknown or lexicon.is_surname(word))
            and len(word) > 2
            and word[:1].isupper()
            and not word.isupper()
        ):
            said = re.findall(rf"(?<![\w]){re.escape(word)}(?![\w])", text, re.IGNORECASE)
            if len(said) > 1:
                return True
    return False


# Trades and shops that open or close a firm's name, a closed class the dictionaries may miss
# ("Ferramenta", "Termoidraulica", "Carrozzeria", "Joinery"): never a person's name.
_TRADES_TEXT = """
    ferramenta falegnameria carrozzeria autofficina officina elettrauto gommista gommisti
    idraulica termoidraulica termotecnica elettricista impianti edilizia edil costruzioni
    serramenti infissi vetreria tipografia cartoleria libreria merceria mesticheria colorificio
    ottica oreficeria gioielleria orologeria pelletteria calzoleria calzaturificio maglificio
    lanificio setificio cotonificio mobilificio salumificio caseificio pastificio panificio
    biscottificio oleificio frantoio cantina cantine enoteca macelleria pescheria ortofrutta
    drogheria erboristeria profumeria parafarmacia farmacia tabaccheria edicola lavanderia
    tintoria sartoria parrucchieria barbieria autoscuola agenzia immobiliare assicurazioni
    onoranze trasporti autotrasporti traslochi spedizioni logistica noleggio autonoleggio vivaio
    vivai floricoltura agraria consorzio forniture ricambi elettronica informatica meccanica
    carpenteria marmi marmeria ceramiche piastrelle pavimenti arredamenti arredi tendaggi
    materassi legnami laterizi scavi giardinaggio pulizie impresa autoricambi idrotermica
    plumbing carpentry joinery roofing builders construction logistics haulage removals motors
    garage electrical electrics decorating landscaping cleaning catering bakery butchers florist
    florists pharmacy opticians solicitors accountants surveyors consulting consultants holdings
    partners associates group trading supplies services solutions engineering interiors
    kitchens windows glazing fencing paving tyres autos
    """
_TRADES = frozenset(_TRADES_TEXT.split())
# The kinds of firm that open an Italian firm's name, before its name: the Italian trades (the
# first twelve lines of ``_TRADES_TEXT``) and the offices. Not "Studio": a professional's
# studio is named after the person ("Studio Legale Fabbri & Porta", "Studio Tecnico Russo").
_FIRM_KINDS_TEXT = """
    banca numismatica filatelia agenzia concessionaria autosalone officina
    """
_FIRM_KINDS = frozenset(
    word for line in _TRADES_TEXT.strip().splitlines()[:12] for word in line.split()
) | frozenset(_FIRM_KINDS_TEXT.split())


def _trade_name(words: list[str], lexicon: NameLexicon, *, endings: bool = True) -> bool:
    """Whether a firm's name holds no first name ("Mario Rossi Srl", "Rossi Mario Srl": the
    name rules decide) and a trade word that is no name ("Lanificio", "Studio", "Nuotatori");
    without one the firm is named after a family ("Bellini S.r.l.", "Fratelli Ferrante snc")."""
    if any(lexicon.is_first(word) for word in words):
        return False
    return any(fold(word) in _TRADES for word in words) or any(
        fold(word) not in _FAMILY
        and lexicon.is_word(word, endings=endings)
        and not lexicon.is_surname(word)
        and not lexicon.is_first(word)
        for word in words
    )


# --- Makers after a cue ----------------------------------------------------------------------
# An article or a possessive and an adjective of things, before a capitalised word
# ("un vecchio Schimmel", "la mia vecchia Vespa", "my old Raleigh").
_THING_ADJECTIVES = (
    r"vecchi[oa]|nuov[oa]|bel|bell[oa]|usat[oa]|splendid[oa]|antic[oa]|"
    r"old|new|vintage|classic|used|lovely|beautiful|little|trusty"
)
_MAKER_CUE = re.compile(
    r"(?<![\w'’])(?i:un|una|uno|il|la|lo|l['’]|mio|mia|tuo|tua|suo|sua|nostro|nostra|"
    r"a|an|the|my|your|his|her|our|their)"
    rf"(?:[ \t]+(?i:mio|mia|tuo|tua|suo|sua|nostro|nostra))?[ \t]+(?i:{_THING_ADJECTIVES})"
    r"[ \t]+([A-ZÀ-Ý][\w'’\-]+)"
    # the maker's service: a technician, a dealer, spare parts, the warranty, the shop
    r"|(?<![\w])(?i:tecnico|tecnici|tecnica|assistenza|centro assistenza|ricambi|ricambio|"
    r"ricambi originali|rivenditore|rivenditori|concessionario|concessionaria|garanzia|"
    r"technician|engineer|dealer|dealership|spare parts|warranty|service centre|service center)"
    r"[ \t]+(?i:della|del|dello|dell['’]|di|from|at|of|for)?[ \t]*(?:(?i:the)[ \t]+)?"
    r"([A-ZÀ-Ý][\w'’\-]+)"
)
_MAKER_GATE_WORDS = (
    rf"{_THING_ADJECTIVES}|tecnic|assistenza|ricamb|rivendit|concessionari|garanzia|"
    r"technician|engineer|dealer|spare|warranty|service"
)
# at a word's start only, where every cue of _MAKER_CUE starts (3x faster; no text it
# matches is gated out)
_MAKER_GATE = re.compile(
    rf"(?<![\w])(?i:{first_letters(_MAKER_GATE_WORDS)}(?:{_MAKER_GATE_WORDS}))"
)
# A person's role right before the word, with no preposition
_ROLE_BARE = re.compile(
    r"(?i:tecnic[oia]|rivenditor[ei]|concessionari[oa]|technician|engineer|dealer)[ \t]+$"
)
# A person goes on after the word: a first name or a clause ("il tecnico della Riello Mario",
# "un vecchio Gibson che mi ha chiamato").
_PERSON_AFTER = re.compile(r"[ \t]+(?:[A-ZÀ-Ý][a-zà-ÿ]+|(?i:che|who|ha detto|said|says)(?![\w]))")
# Two capitalised words that may be a maker named like a person ("Louis Vuitton").
_PAIR = re.compile(r"(?<![\w'’])(?=([A-ZÀ-Ý][\w'’\-]+[ \t][A-ZÀ-Ý][\w'’\-]+))")
# Before a brand of two words: an article, a possessive, a product cue.
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?i:un|una|uno|il|la|lo|l['’]|le|i|gli|a|an|the|my|your|our|her|his|their|"
    r"mio|mia|tuo|tua|suo|sua|nostro|nostra|marca|brand|firmat[oaie]|by|di)[ \t]+$"
)
# After it: a model, a product word or a number ("Speedy 25", "bag", "32").
_MODEL_AFTER = re.compile(r"[ \t]+(?:[A-ZÀ-Ý][\w'’\-]*[ \t]+)?\d|[ \t]+[A-Z][a-z]+[A-Z0-9]")
# After it: the rest of a town's name that opens with the pair ("Santa Margherita Ligure",
# "Santa Margherita d'Adige", "San Giovanni in Fiore")
_TOWN_REST = re.compile(
    r"[ \t](?:(?:d['’]|(?:di|del|della|in|al|sul|sulla)[ \t])?[A-ZÀ-Ý][\w'’\-]+){1,2}"
)


def _town_opened(text: str, start: int, end: int) -> bool:
    """Whether the brand ``text[start:end]`` opens a longer town's name the place lists know
    ("abito a Santa Margherita Ligure", "San Pellegrino Terme"; round 24)."""
    rest = _TOWN_REST.match(text, end)
    return rest is not None and known_place(text[start : rest.end()])


_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?i:sig|signor|signora|signorina|mr|mrs|ms|miss|dr|dott|dottor|dottoressa|avv|"
    r"prof|don|sir|madam)\.?[ \t]+$"
)


def _makers(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    brands, named = well_known_brands()
    if _MAKER_GATE.search(text):
        for match in _MAKER_CUE.finditer(text):
            group = 1 if match.group(1) is not None else 2
            word = match.group(group)
            folded = fold(word)
            if folded not in brands or _PERSON_AFTER.match(text, match.end(group)):
                continue
            # a technician or a dealer named right after the role is a person ("il tecnico
            # Moretti", "the engineer Morris"); the maker's comes after of/della/from
            if group == 2 and _ROLE_BARE.search(text, match.start(), match.start(group)):
                continue
            yield Detection(match.start(group), match.end(group), "BRAND", "maker-cue")
    for match in _PAIR.finditer(text):
        pair = match.group(1)
        folded = " ".join(fold(word) for word in pair.split())
        if folded not in named or folded not in brands:
            continue
        # a surname a person may bear ("Giorgio Armani", "Calvin Klein": "Luisa Armani")
        if lexicon.is_surname(pair.split()[1]):
            continue
        start, end = match.start(1), match.start(1) + len(pair)
        before = text[max(0, start - 20) : start]
        if _TITLE_BEFORE.search(before):
            continue
        if _town_opened(text, start, end):
            continue
        if _ARTICLE_BEFORE.search(before) or _MODEL_AFTER.match(text, end):
            yield Detection(start, end, "BRAND", "maker-pair")


# --- Codes -----------------------------------------------------------------------------------
# Capitals and digits joined by hyphens, with three digits or more ("BERT-1911", "CG-2607-WHIT",
# "NULE-5531"); the letters of a name in capitals before it would make it a person's.
_CODE = re.compile(
    r"(?<![\w\-/.])((?=[A-Z0-9\-]*\d{3})[A-Z]{1,6}[0-9]*(?:-[A-Z0-9]{2,10}){1,4})(?![\w\-])"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w\n]{0,3}$")


def _codes(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _CODE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        # a first name or a surname in it ("MARTA-1990", "FRZ-PIETRO-2212") is a person's
        # handle or password unless an order or reference cue comes right before
        named = any(
            len(part) >= 3 and (lexicon.is_first(part) or lexicon.is_surname(part))
            for part in re.findall(r"[A-Z]+", match.group(1))
        )
        if named and (before is None or fold(before.group(1)) not in _CODE_CUES):
            continue
        if lettered_postcode_at(text, match.start(1)):
            continue  # round 26: a postcode abroad ("..., MD-2001 Chișinău")
        if before is not None:
            word = before.group(1)
            # after a capitalised word or a first name it may be a name ("Mario ROSSI-1234",
            # "sono mario ROSSI-1234"); after a cue or punctuation it is a code
            if word[:1].isupper() and fold(word) not in _CODE_CUES:
                continue
            if lexicon.is_first(word) or lexicon.is_surname(word):
                continue
        yield Detection(match.start(1), match.end(1), "CODE", "code")


# Round 26. A boat's name after its prefix ("M/Y Aurora", "S/Y Bella Vita", "HMS Victory"):
# a vessel, no person or place.
_VESSEL = re.compile(
    r"(?<![\w/])(?:M/Y|M/V|S/Y|S/V|M/N|HMS|RMS)[ \t]+"
    r"([A-ZÀ-Ý][\w'’\-]{1,24}(?:[ \t][A-ZÀ-Ý][\w'’\-]{1,24}){0,2})"
)


def _vessels(text: str) -> Iterable[Detection]:
    for match in _VESSEL.finditer(text):
        yield Detection(match.start(1), match.end(1), "BRAND", "vessel")


# A saint alone, his day, church or village ("per San Giuseppe", "chiusi per Santa Lucia"): no
# private person; a name after it goes on ("Santa Lucia Bianchi"? a person) and is left alone.
# A star sign ("segno del Leone", "I'm a Leo"): no person either.
_SAINT_ALONE = re.compile(
    r"(?<![\w'’])(?:San|Santa|Santo|Sant['’]|Santissima|Santissimo)[ \t]?"
    r"[A-ZÀ-Ý][a-zà-ÿ]{2,20}(?![\w'’])(?![ \t]+[A-ZÀ-Ý])(?![ \t]*,?[ \t]*(?:n\.?[ \t]?)?\d)"
)
_STAR_SIGN = re.compile(
    r"(?<![\w'’])(?i:segno(?:[ \t]+zodiacale)?[ \t]+(?:del|della|dei|dell['’])[ \t]*|"
    r"(?:star[ \t]+)?sign[ \t]+is[ \t]+|I['’]m[ \t]+an?[ \t]+)"
    r"((?i:ariete|toro|gemelli|cancro|leone|vergine|bilancia|scorpione|sagittario|capricorno|"
    r"acquario|pesci|aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|"
    r"capricorn|aquarius|pisces))(?![\w'’])"
)


_PLACE_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?i:a|ad|in|da|dal|at|from|near|to|frazione|fraz\.|borgo|località|loc\.|"
    r"quartiere|zona|paese|comune|village|town)|[A-ZÀ-Ý][\w'’]*)[ \t]+$"
)


# only a saint's feast, church or wishes before it: a town or a district is named after a saint
# as often ("San Severo", "Sant'Agata", "per San Vito": the train's goal)
_FEAST_BEFORE = re.compile(
    r"(?<![\w'’])(?i:festa|giorno|vigilia|ponte|chiesa|basilica|parrocchia|santuario|auguri|"
    r"buon|buona|happy)(?:[ \t]+(?i:di|del|della|de|per|of))?[ \t]+$"
)


def _saints_and_signs(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _SAINT_ALONE.finditer(text):
        name = match.group(0).split()[-1].split("'")[-1].split("’")[-1]
        before = max(0, match.start() - 40)
        if not lexicon.is_first(name) or _PLACE_BEFORE.search(text, before, match.start()):
            continue  # "Santo Rizzo": a person; "abito a Santa Lucia": a village
        if not _FEAST_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        yield Detection(match.start(), match.end(), "WORD", "saint")
    for match in _STAR_SIGN.finditer(text):
        yield Detection(match.start(1), match.end(1), "WORD", "star-sign")


def find_named_codes(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    """The name inside a code that ``_codes`` leaves to the person ("il mio riferimento è
    ROSSI-1971", "password MARTA-1990"): its letters that are a first name or a surname of four
    letters or more, when no order or reference cue comes right before the code."""
    if "-" not in text:
        return
    seen: set[int] = set()
    # a code of the shapes ``_codes`` knows, or a long name in capitals before a year or a
    # number ("FUMAGALLI-1971", which is too long for a code's letters)
    for match in (*_CODE.finditer(text), *_NAME_NUMBER.finditer(text)):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is not None and fold(before.group(1)) in _CODE_CUES:
            continue
        for part in re.finditer(r"[A-Z]{4,}", match.group(1)):
            word = part.group(0)
            start = match.start(1) + part.start()
            if start not in seen and (lexicon.is_first(word) or lexicon.is_surname(word)):
                seen.add(start)
                yield Detection(start, start + len(word), "PERSON", "named-code", 0.8)


_NAME_NUMBER = re.compile(r"(?<![\w\-/.])([A-Z]{7,})-[0-9]{2,8}(?![\w\-])")


_CODE_CUES_TEXT = """
    order ordine ordini ref reference riferimento rif causale codice code pratica booking
    prenotazione tracking spedizione n no nr num number numero id
    """
_CODE_CUES = frozenset(_CODE_CUES_TEXT.split())


# --- Products with a designation or a price ---------------------------------------------------
# Up to three capitalised words before a protected designation of origin ("Pecorino Sardo DOP",
# "San Marzano DOP", "Lardo di Colonnata IGP"): only foods and wines carry one.
_DESIGNATION = re.compile(
    r"(?<![\w'’])([A-ZÀ-Ý][\w'’\-]*(?:[ \t](?:di|del|della|d['’]|de)?[ \t]?[A-ZÀ-Ý][\w'’\-]*){0,2})"
    r"[ \t]+(?:DOP|IGP|DOC|DOCG|IGT|STG|PDO|PGI|AOC|AOP)(?![\w])"
)
# A capitalised offer of two or three words after "our"/"the"/"il nostro" with a price next
# ("our Starter Search (€ 240)", "with our Move Home Small is € 640", "il nostro Pacchetto
# Base a 90 €").
_PRICED = re.compile(
    r"(?<![\w])(?i:our|the|il nostro|la nostra|il|la)[ \t]+"
    r"([A-ZÀ-Ý][\w'’\-]+(?:[ \t][A-ZÀ-Ý][\w'’\-]+){1,2})"
    r"[ \t]*(?:\(|(?i:is|costs|at|for|è|costa|a)[ \t]+)?[ \t]*"
    r"(?:[€£$][ \t]?\d|\d+(?:[.,]\d+)?[ \t]?(?:€|£|\$|(?i:euro|eur|gbp|usd)\b))"
)


# Round 29: a bell, an intercom or a nameplate right before a maker whose first word is a
# surname's particle ("citofono De Rosa/Gallo", "on the bell: Van Houten"): the family's name
# written on it, not the maker
_PLATE_BEFORE = re.compile(
    r"(?i:citofono|campanello|targhetta|doorbell|bell|intercom|buzzer|nameplate|mailbox|"
    r"letterbox)(?:[ \t]*[:,]?[ \t]+(?:[a-zà-ÿ'’]{1,12}[ \t]+){0,4})?[ \t:\"“«'’]*$"
)
_PARTICLE_FIRST = re.compile(r"(?:De|Di|Da|Del|Della|Lo|La|Li|Van|Von)[ \t]+[A-ZÀ-Ý]")
_GREETING_BEFORE = re.compile(
    r"(?<![\w])(?i:dear|hi|hello|ciao|caro|cara|cari|care|gentile|gentilissim[oa]|salve)[ \t,]+$"
)


def _designated(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _DESIGNATION.finditer(text):
        words = match.group(1).split()
        # a person's name before it is no product ("Dear Anna Bianchi DOP")
        if any(
            lexicon.is_first(word) or (lexicon.is_surname(word) and not lexicon.is_word(word))
            for word in words
        ):
            continue
        # a greeting before or opening it names a person ("Dear Manfredo Caciotta DOP")
        if _GREETING_BEFORE.search(text[max(0, match.start(1) - 12) : match.start(1)]) or (
            _GREETING_BEFORE.match(words[0] + " ")
        ):
            continue
        # (foods have names no dictionary knows: "Caciocavallo Podolico")
        if _person_named(text, match.start(1), match.end(1), lexicon, pairs=False):
            continue
        yield Detection(match.start(1), match.end(1), "PRODUCT", "designation")


def _priced(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _PRICED.finditer(text):
        words = match.group(1).split()
        # a person's name is never an offer ("the Mario Rossi (€ 240)", "our Tamsin Hughes")
        # every word an everyday one; a surname only when a dictionary word ("Small")
        if not all(
            lexicon.is_word(word)
            and not lexicon.is_first(word)
            and (not lexicon.is_surname(word) or fold(word) in lexicon.dictionary)
            for word in words
        ):
            continue
        yield Detection(match.start(1), match.end(1), "PRODUCT", "priced-offer")


# --- Round 10: classes of look-alikes (strict scorer) -------------------------------------------
# Sizes, and abbreviations of banking, tax, trade and delivery in capitals: never a person's
# name, even alone after a full stop or in brackets ("taglia. XL", "(IBAN)", "OTP", "MBE").
# Two letters may be an agent's initials ("QR", "CF"): only sizes and "OK" of them.
_NO_NAME_CAPITALS_TEXT = """
    xxs xs s m l xl xxl xxxl xxxxl 2xl 3xl 4xl 5xl
    iban bic swift cin abi cab cap iva vat pec spid cie isee inps inail imu tari tasi irpef
    sdi ddt rma pin puk otp cvv cvc nfc sim esim imei ean sku upc pdf sms mms faq gps usb
    wifi atm pos vin rca ztl asl ussl iso bio
    mbe dhl ups gls brt sda tnt dpd fedex usps
    ok tbc tba asap fyi eta utc gmt cet cest bst
    """
_NO_NAME_CAPITALS = frozenset(_NO_NAME_CAPITALS_TEXT.split())
_CAPITALS = re.compile(r"(?<![\w\-])(?:[2-5]?[A-Z]{1,5})(?![\w\-])")


def _capitals(text: str) -> Iterable[Detection]:
    for match in _CAPITALS.finditer(text):
        word = match.group(0)
        # a single letter only as a size ("taglia M"), never an initial ("M. Rossi")
        if len(word) == 1 and not _SIZE_BEFORE.search(
            text, max(0, match.start() - 16), match.start()
        ):
            continue
        if word.lower() in _NO_NAME_CAPITALS:
            yield Detection(match.start(), match.end(), "WORD", "capitals")


_SIZE_BEFORE = re.compile(r"(?i:taglia|size|tg\.?|misura)[ \t:.~]*$")

# Italian second-person plural imperatives with a clitic ("Scriveteci", "Contattateci",
# "Seguiteci", "Chiamatemi", "Mandatelo"): a verb form no name has, capitalised at a start.
_IMPERATIVE = re.compile(
    r"(?<![\w'’])([A-ZÀ-Ý][a-zà-ÿ]{2,}[aei]te(?:ci|mi|vi|lo|la|li|le|ne|celo|cela|melo|mela|"
    r"glielo|gliela))(?![\w'’])"
)


# Terms of trade and of law that open with a capital: "Franco destino" (free delivery), "Reg.
# UE", "Art. 5", "D.Lgs. 196" ("Franco" is a first name, "Reg" a nickname: not before these).
_TERMS = re.compile(
    r"(?<![\w'’])(?:(?:Franco|FRANCO)[ \t]+(?i:destino|fabbrica|partenza|magazzino|domicilio|"
    r"vettore|porto|cantiere|banchina)"
    r"|(?:Reg|Regg|Art|Artt|Cod|Cfr|Dir|Par|Prot|All|D\.[ \t]?Lgs|D\.[ \t]?P\.[ \t]?R|D\.[ \t]?L)"
    r"\.(?=[ \t]*(?:UE|CE|EU|EC|CEE|n\.|nr|\d)))"
)


def _imperatives(text: str) -> Iterable[Detection]:
    for match in _IMPERATIVE.finditer(text):
        yield Detection(match.start(1), match.end(1), "WORD", "imperative")
    for match in _TERMS.finditer(text):
        yield Detection(match.start(), match.end(), "WORD", "term")


# A restaurant named after its cook, after the kind of place ("trattoria da Nanni", "la
# pizzeria Da Gino"), or in quotes with a capital "Da" ('"Da Ciccio"'): a venue, where "da
# Nanni" alone stays a person ("vado da Nanni").
_EATERIES = (
    r"trattoria|trattorie|pizzeria|pizzerie|osteria|osterie|hostaria|ostaria|ristorante|"
    r"ristoranti|locanda|taverna|enoteca|braceria|rosticceria|friggitoria|paninoteca|piadineria|"
    r"gelateria|pasticceria|bar|caffè|caffe|birreria|pub|agriturismo|restaurant|trattoria's"
)
_VENUE = re.compile(
    rf"(?<![\w])(?i:{first_letters(_EATERIES)}(?:{_EATERIES}))"
    r"[ \t]+(?:(?i:da|dal|dalla|dai|dallo|dall['’])[ \t]*)"
    r"([A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+)?)"
)
_QUOTED_VENUE = re.compile(
    r"[\"“«‘']((?:Da|Dal|Dalla|Dai|DA)[ \t]+[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+)?)[\"”»’']"
)
# Lodgings and venues named with their kind first ("Hotel Miramare", "Albergo Stella",
# "Camping Lago Blu", "Pub The Anchor"): a first name right after it may be a person's.
# Session 9: the kind also in lower case ("il ristorante La Lanterna", "bar Zanzibar"), B&Bs,
# guest houses and bistros, a name with its article ("B&B La Baita del Fieno") and with a
# linking word inside ("ristorante Sole d'Oro", "La Lanterna sul Mare"; never "di": "bar Sport di
# Riccione" is in a town). Farms and estates
# (masseria, tenuta, cascina, podere) are left out: they open postal addresses.
_LODGING_KINDS = (
    r"Hotel|Albergo|Pensione|Residence|Resort|Motel|Hostel|Ostello|Camping|"
    r"Campeggio|Villaggio|Agriturismo|Ristorante|Restaurant|Trattoria|Pizzeria|Osteria|Locanda|"
    r"Taverna|Enoteca|Bar|Caffè|Pub|Inn|Lido|Bagni|Bagno|Stabilimento|Palestra|Cinema|Teatro|"
    r"B&B|B[ \t]&[ \t]B|Bed[ \t]+(?:and|&)[ \t]+Breakfast|Guest[ \t]?house|Bistrot|Bistro|"
    r"Gelateria|Pasticceria|Birreria|Paninoteca|Rosticceria|Piadineria|Discoteca|Rifugio"
)
# a part of each of _LODGING_KINDS, lowercase (a substring gate: "ostel" of hostel and ostello,
# "eria" of pizzeria, osteria, gelateria..., "teca" of enoteca, paninoteca, discoteca, "&" of B&B)
_LODGING_HEADS = (
    "hotel",
    "albergo",
    "pensione",
    "residence",
    "resort",
    "motel",
    "ostel",
    "camp",
    "villaggio",
    "agriturismo",
    "ristorante",
    "restaurant",
    "trattoria",
    "eria",
    "locanda",
    "taverna",
    "teca",
    "bar",
    "caffè",
    "pub",
    "inn",
    "lido",
    "bagn",
    "stabilimento",
    "palestra",
    "cinema",
    "teatro",
    "&",
    "bed",
    "guest",
    "bistro",
    "rifugio",
)
_LODGING = re.compile(
    rf"(?<![\w&])(?i:{first_letters(_LODGING_KINDS)}(?:{_LODGING_KINDS}))"
    r"[ \t]+((?:(?:La|Il|Lo|Le|Gli|The|la|il|lo|le|the)[ \t]+|L['’]|l['’])?"
    r"[A-ZÀ-Ý][\w'’\-]+"
    r"(?:[ \t]+(?:(?:del|della|dello|dei|delle|sul|sulla|al|alla)[ \t]+|d['’])?"
    r"[A-ZÀ-Ý][\w'’\-]+)?)"
)


def _venues(text: str, lexicon: NameLexicon, lowered: str | None) -> Iterable[Detection]:
    """(``lowered``: ``text.lower()``, or None when the text holds a character of
    ``_CASE_ODD``: no substring gate then)"""
    if lowered is None or "da" in lowered:
        for match in _VENUE.finditer(text):
            yield Detection(match.start(), match.end(), "BRAND", "venue")
    if "Da" in text or "DA" in text:
        for match in _QUOTED_VENUE.finditer(text):
            yield Detection(match.start(1), match.end(1), "BRAND", "venue")
    if lowered is not None and not any(head in lowered for head in _LODGING_HEADS):
        return
    for match in _LODGING.finditer(text):
        words = match.group(1).split()
        if lexicon.is_first(words[0]) and not lexicon.is_word(words[0]):
            continue  # "Hotel Giovanna"? a receptionist may be named so: left to the rules
        if _TITLE_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        yield Detection(match.start(), match.end(1), "BRAND", "venue")


# A shop's or a team's signature, "Staff Gualandi", "Team Ciclofficina", "lo staff di X": the
# shop's name. A first name after "Staff" is a person signing ("Staff Giulia").
_STAFF = re.compile(
    r"(?<![\w])(?:Staff|Team|STAFF|TEAM)[ \t]+([A-ZÀ-Ý][\w'’\-]+)(?![ \t]+[A-ZÀ-Ý])"
)


def _staff(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _STAFF.finditer(text):
        if lexicon.is_first(match.group(1)):
            continue
        yield Detection(match.start(), match.end(1), "BRAND", "staff")


# Cues that say the next words are a brand of a known list: a label or a mark ("marca
# Fjällräven", "the label says Reformation"); a shop of the kind ("farmacia Lloyds", "the
# supermarket Lidl"); near a shop ("vicino al Lidl", "behind the Tesco"); a drink's measure
# ("a round of Guinness", "uno shot di Jameson", "una pinta di Kilkenny"); a count ("4
# Kilkenny", "two Peroni"). A person cue before still wins ("il signor Peroni").
_BRAND_CUE = re.compile(
    r"(?<![\w])(?i:"
    r"marca|marchio|brand|label(?:[ \t]says)?|etichetta|griffe|logo|made[ \t]by|prodotto[ \t]da|"
    r"farmacia|parafarmacia|supermercato|supermarket|ipermercato|discount|negozio|store|shop|"
    r"pharmacy|chemist|banca|bank|birra|birre|beer|beers|lager|stout|pint|pints|pinta|pinte|"
    r"round|shot|shots|bicchiere|bicchieri|glass|bottiglia|bottiglie|bottle|bottles|lattina|"
    r"lattine|cans|crate|"
    r"vicino[ \t]al|vicino[ \t]alla|dietro[ \t]il|dietro[ \t]al|davanti[ \t]al|accanto[ \t]al|"
    r"di[ \t]fronte[ \t]al|next[ \t]to[ \t]the|near[ \t]the|behind[ \t]the|opposite[ \t]the"
    r")[ \t:]+(?:(?i:of|di|del|della|dello|da|from|is|è|says|dice)[ \t]+)?$"
)


def _brand_words(text: str) -> Iterable[tuple[int, int]]:
    """The spans of ``text`` that are a brand of ``brands.txt`` (up to three words)."""
    brands = well_known_brands()[0]
    words = list(_CAP_WORD.finditer(text))
    # once per word: whether a space or a hyphen alone joins it to the next one, and its folded
    # letter runs (WORD never spans the separator, so a run's are its words' in order)
    joined = [text[a.end() : b.start()] in _BRAND_JOINERS for a, b in pairwise(words)]
    parts = [[fold(w) for w in WORD.findall(word.group(0))] for word in words]
    index = 0
    while index < len(words):
        found = None
        for size in (3, 2, 1):
            run = words[index : index + size]
            if len(run) < size or not all(joined[index : index + size - 1]):
                continue
            folded = " ".join(part for at in range(index, index + size) for part in parts[at])
            # letters only, two or more ("N1" is a postcode, not the brand "N")
            if (
                folded in brands
                and len(folded) > 1
                and not any(char.isdigit() for w in run for char in w.group(0))
            ):
                found = (run[0].start(), run[-1].end(), size)
                break
        if found is None:
            index += 1
            continue
        if _town_opened(text, found[0], found[1]) or homed_town(text, found[0], found[1]):
            index += found[2]
            continue
        yield found[0], found[1]
        index += found[2]


_CAP_WORD = re.compile(r"(?<![\w'’\-])[A-ZÀ-Ý][\w'’]*(?:-[A-Za-zÀ-ÿ][\w'’]*)*")
# What joins the words of one brand: a space, a hyphen, and since round 20 "&", "and", "e"
# ("Dolce & Gabbana", "Marks and Spencer"): the brand must still be listed whole.
_BRAND_JOINERS = frozenset((" ", "-", " & ", "&", " and ", " e "))
# A model after a maker: up to three words of a model, then a number or a code ("Knaus BoxStar
# 600", "Michelin Alpin 6", "Shimano Stradic FL 2500", "Maxi-Cosi Pebble 360"), or a model word
# with capitals or digits inside ("Trek Marlin" after a count: "4 Trek Marlin").
_MODEL_WORD = re.compile(r"[ \t]+([A-ZÀ-Ý][\w'’\-]*|[A-Z][A-Z0-9\-]*)")
_NUMBER_AFTER = re.compile(r"[ \t]+(?:n\.?[ \t]?)?\d{1,5}[a-zA-Z]{0,3}(?![\d:/]|[.,]\d)")
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d{1,3}|(?i:due|tre|quattro|cinque|sei|sette|otto|dieci|two|three|four|"
    r"five|six|seven|eight|ten))[ \t]+$"
)
_THING_ARTICLE = re.compile(
    r"(?<![\w'’])(?i:un|una|il|la|lo|l['’]|i|le|gli|a|an|the|my|your|our|this|that|questo|"
    r"questa|quel|quella|mio|mia|tuo|tua|nostro|nostra|vostro|vostra)[ \t]+$"
)


def _branded(
    text: str, lexicon: NameLexicon, brand_spans: Sequence[tuple[int, int]] | None = None
) -> Iterable[Detection]:
    named = well_known_brands()[1]
    for start, end in _brand_words(text) if brand_spans is None else brand_spans:
        before = text[max(0, start - 30) : start]
        if _TITLE_BEFORE.search(before) or _GREETING_BEFORE.search(before):
            continue
        if _PLATE_BEFORE.search(before) and _PARTICLE_FIRST.match(text, start):
            continue  # round 29: "citofono De Rosa/Gallo": the surname on the bell
        model = _model_after(text, end, lexicon, fold(text[start:end]) in named)
        if model is not None:
            yield Detection(start, model, "PRODUCT", "maker-model")
            continue
        if _COUNT_BEFORE.search(before) or _THING_ARTICLE.search(before):
            # a count or an article, the maker and a model ("4 Trek Marlin", "quattro Pirelli
            # Cinturato", "un Pössl Roadcruiser"): the product, not a person after a maker
            model_word = _MODEL_WORD.match(text, end)
            if model_word is not None and _model_word(model_word.group(1), lexicon):
                yield Detection(start, model_word.end(), "PRODUCT", "maker-model")
                continue
        words = text[start:end].split()
        # round 20: a maker, then a model that is a word or a name ("Fiat Panda", "Vespa
        # Primavera", "una Alfa Romeo Giulietta"): a first name or a surname as the model only
        # after an article or a count, and never with a capital word after (a person's name)
        model_end = _named_model(text, start, end, lexicon, fold(text[start:end]) in named)
        if model_end is not None:
            yield Detection(start, model_end, "PRODUCT", "maker-model")
            continue
        # round 20: the brand, then the kind of thing ("Nike shoes", "Armani jeans"); a brand
        # that is a first name of the main lists may be a person given a thing
        after = _THING_AFTER.match(text, end)
        if (
            after is not None
            and fold(after.group(1)) in PRODUCT_WORDS
            and not any(fold(word) in lexicon.first_names for word in words)
        ):
            yield Detection(start, end, "BRAND", "brand-thing")
            continue
        # round 20: a brand of the list that is also a name but of no name list ("~Dyson",
        # "~Barbie") after an indefinite article, a possessive or a demonstrative ("un Dyson",
        # "la mia Barbie", "the Dyson"); not after "il"/"la" ("la Garofalo del terzo piano" is
        # a woman) nor "a" ("chiedi a Fendi"), not one a list knows ("il Ferrari")
        if (
            _OWNED_ARTICLE.search(before)
            and not _NEXT_CAPITAL.match(text, end)
            and not _PERSON_AFTER_CLAUSE.match(text, end)
            and not _PERSON_AFTER.match(text, end)
            and not any(lexicon.is_first(word) or lexicon.is_surname(word) for word in words)
        ):
            yield Detection(start, end, "BRAND", "brand-article")
            continue
        if _PERSON_AFTER.match(text, end):
            continue
        # a maker of words joined by a hyphen ("Ray-Ban", "Rolls-Royce") or by "&"/"and"
        # ("Dolce & Gabbana", "Marks and Spencer") is no person's name
        span = text[start:end]
        if ("-" in span and " " not in span) or "&" in span or " and " in span or " e " in span:
            yield Detection(start, end, "BRAND", "brand-joined")
            continue
        # a maker, a dash and its model with a number ("Bialetti – Moka 6 tazze")
        dash = _DASH_AFTER.match(text, end)
        if dash is not None:
            model = _model_after(text, dash.end() - 1, lexicon, True)
            if model is not None:
                yield Detection(start, model, "PRODUCT", "maker-model")
                continue
        # a maker of two words or more that is no person's name ("Royal Mail", "Stone Island";
        # not "John Lewis", "Max Mara": those only after a cue)
        # (round 20: a last word that is a surname after a first one of no name list, "Ferrero
        # Rocher", "Emporio Armani")
        if (
            " " in text[start:end]
            and not _name_pair(words, lexicon)
            and (
                not lexicon.is_surname(words[-1])
                or not (lexicon.is_first(words[0]) or lexicon.is_surname(words[0]))
            )
            and not _FIRST_NAME_BEFORE.search(before)
        ):
            yield Detection(start, end, "BRAND", "brand-words")
            continue
        counted = _COUNT_BEFORE.search(before) and fold(text[start:end]) not in named
        if counted or _BRAND_CUE.search(before) is not None:
            yield Detection(start, end, "BRAND", "brand-cue")


# Round 19: a brand of the list after the thing it makes and "di"/"by"/"from" ("il profumo di
# Armani", "shoes by Jimmy Choo", "a dress from Dolce & Gabbana", "la collezione di Missoni").
# A brand that is also a first name ("Valentino", "Chanel") may be the owner there ("la giacca
# di Valentino"): only a brand that is no first name of the main lists counts (a surname, a
# word, a foreign first name such as "Armani").
_MADE_BY = re.compile(
    r"(?<![\w'’])(?i:(?:(un|una|uno|un['’]|a|an|some|dei|degli|delle)[ \t]+)?([a-zà-ÿ\-]+)[ \t]+"
    r"(?:(?:(?:da|per|for)[ \t]+)?(?:uomo|donna|men|women)[ \t]+)?"
    r"(di|by|from|of|firmat[aioe][ \t]+da|signed[ \t]+by|designed[ \t]+by))[ \t]+$"
)
# Things no person owns as a belonging ("la collezione di", "il profumo di"): after them even a
# brand that is a common surname is the maker; after a belonging with "the"/"il" ("la borsa di
# Moretti") such a brand is the owner, the maker only after "un"/"una" ("una borsa di Moretti")
# or with "by"/"designed by".
_MAKER_ONLY_TEXT = """
    profumo profumi perfume perfumes fragranza fragranze fragrance fragrances collezione
    collezioni collection collections linea line range sfilata show moda fashion
    """
_MAKER_ONLY = frozenset(_MAKER_ONLY_TEXT.split())
_MADE_EXTRA_TEXT = """
    profumo profumi perfume perfumes fragranza fragrance eau acqua rossetto lipstick mascara
    fondotinta trucco makeup make-up cosmetici skincare crema crème siero serum
    moda fashion sfilata show capi capo pezzo pezzi outfit look completo tailleur smoking
    suit suits tuxedo gown abito-da-sposa sposa bridal couture pret-a-porter prêt-à-porter
    """
_MADE_EXTRA = frozenset(_MADE_EXTRA_TEXT.split())


def _made_by(
    text: str, lexicon: NameLexicon, brand_spans: Sequence[tuple[int, int]] | None = None
) -> Iterable[Detection]:
    named = well_known_brands()[1]
    for start, end in _brand_words(text) if brand_spans is None else brand_spans:
        before = text[max(0, start - 40) : start]
        cue = _MADE_BY.search(before)
        if cue is None:
            continue
        thing = fold(cue.group(2))
        if thing not in PRODUCT_WORDS and thing not in _MADE_EXTRA:
            continue
        words = text[start:end].split()
        if fold(text[start:end]) in named:
            if any(fold(word) in lexicon.first_names for word in words) or _name_pair(
                words, lexicon
            ):
                continue
            # "la borsa di Moretti", "a dress from Bianchi": the owner or the giver may be meant
            link = fold(cue.group(3).split()[0])
            owned = link in ("di", "of", "from") and thing not in _MAKER_ONLY
            if owned and cue.group(1) is None:
                continue
        if _PERSON_AFTER.match(text, end) and not _AND_BRAND.match(text, end):
            continue
        yield Detection(start, end, "BRAND", "made-by")


_AND_BRAND = re.compile(r"[ \t]+(?:&|e|and)[ \t]+[A-ZÀ-Ý]")


# Round 19: a product named after the kind of thing it is ("la pizza Diavola", "il gusto
# Stracciatella", "la torta Mimosa", "il menu Degustazione", "la linea Aurora", "il pacchetto
# Sposa Luxury", "the Sunset package"? no: the cue comes first): up to three capitalised words
# after a cue of the kind, and the next ones of a list ("2 Margherita e una Diavola"). A first
# name and a surname after the cue are a person ("il modello Marco Rossi"), never kept.
_PRODUCT_KIND = re.compile(
    r"(?<![\w'’])(?i:pizza|pizze|pizzetta|gusto|gusti|torta|torte|dessert|menu|menù|"
    r"linea|modello|collezione|collezioni|variante|versione|edizione|serie|pacchetto|"
    r"formula|abbonamento|trattamento|taglio|piega|piatto|panino|cocktail|gelato|flavou?r|"
    r"flavou?rs|cake|pie|package|bundle|edition|series|collection|range|blend|miscela|"
    r"caffè|tè|tisana|varietà|cultivar|vitigno|uvaggio|cuvée|vino|liquore|amaro|grappa|"
    r"birra|beer|tour|itinerario|escursione|percorso|sentiero|trail)"
    r"[ \t]+(?=[A-ZÀ-Ý])"
)
_KIND_WORD = re.compile(r"[A-ZÀ-Ý][\w'’\-]*")
_LIST_NEXT = re.compile(
    r"[ \t]*(?:,|e|o|and|or|\+)[ \t]+(?:(?:\d{1,2}|una|un|uno|due|tre|quattro|one|two|three|"
    r"a|an)[ \t]+)?(?=[A-ZÀ-Ý])"
)


def _kind_products(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for cue in _PRODUCT_KIND.finditer(text):
        at = cue.end()
        first = True
        while True:
            words: list[re.Match[str]] = []
            pos = at
            while len(words) < 3:
                match = _KIND_WORD.match(text, pos)
                if match is None:
                    break
                words.append(match)
                pos = match.end()
                if text[pos : pos + 1] not in (" ", "\t") or not text[pos + 1 : pos + 2].isupper():
                    break
                pos += 1
            if not words:
                break
            names = [w.group(0) for w in words]
            # a first name opening two words or more is a person ("il modello Carlo Benvenuti")
            if (
                (len(names) > 1 and lexicon.is_first(names[0]))
                or _name_pair(names, lexicon)
                or (len(names) == 1 and not first and lexicon.is_surname(names[0]))
            ):
                break
            if len(names) == 1 and _PERSON_AFTER.match(text, words[-1].end()) and not first:
                break
            yield Detection(words[0].start(), words[-1].end(), "PRODUCT", "kind-product")
            first = False
            more = _LIST_NEXT.match(text, words[-1].end())
            if more is None:
                break
            at = more.end()


# Round 19: a person's workplace that is a brand of the list ("lavoro da Benetton", "lavora in
# Lavazza", "I work at Ferrari", "works for Pirelli"): the firm, not a person; a brand that is
# also a first name ("da Zara") may be someone's home, never kept.
_WORK_AT = re.compile(
    r"(?<![\w'’])(?i:lavor[oaiae]|lavoriamo|lavorate|lavorano|lavorava|lavoravo|lavorato|"
    r"impiegat[oa]|assunt[oa]|dipendente|work|works|worked|working|employed|job)"
    r"[ \t]+(?i:da|in|per|presso|alla|al|at|for|with|by)[ \t]+$"
)


def _workplaces(
    text: str, lexicon: NameLexicon, brand_spans: Sequence[tuple[int, int]] | None = None
) -> Iterable[Detection]:
    for start, end in _brand_words(text) if brand_spans is None else brand_spans:
        before = text[max(0, start - 30) : start]
        if _WORK_AT.search(before) is None:
            continue
        words = text[start:end].split()
        if any(lexicon.is_first(word) for word in words) or _PERSON_AFTER.match(text, end):
            continue
        yield Detection(start, end, "BRAND", "workplace")


# A first name or a capitalised word right before: a person's name may go on ("Giuseppe De
# Rosa", "Anna Royal Mail"?): the brand of several words is then left to the other rules.
_FIRST_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+[ \t]$")
_DASH_AFTER = re.compile(r"[ \t]*[–—][ \t]*(?=[A-ZÀ-Ý])")


def _name_pair(words: list[str], lexicon: NameLexicon) -> bool:
    """Whether two words in a row may be a first name and a surname (or two first names)."""
    for first, second in pairwise(words):
        if lexicon.is_first(first) and (
            lexicon.is_first(second) or lexicon.is_surname(second) or not lexicon.is_word(second)
        ):
            return True
    return False


def _model_word(word: str, lexicon: NameLexicon) -> bool:
    """A word that may name a model: no first name, no surname of no dictionary."""
    return not (
        fold(word) in lexicon.first_names
        or (lexicon.is_surname(word) and not lexicon.is_word(word))
    )


# A grape or a wine named with its place ("Barbera d'Asti", "Nero d'Avola", "Montepulciano
# d'Abruzzo"): the product, not a person.
_WINE_OF_PLACE = re.compile(
    r"(?<![\w'’])((?:[A-ZÀ-Ý][a-zà-ÿ]+[ \t])?([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]d['’][A-ZÀ-Ý][a-zà-ÿ]+)"
)


def _wines(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _WINE_OF_PLACE.finditer(text):
        if fold(match.group(2)) not in PRODUCT_WORDS and fold(match.group(2)) != "nero":
            continue
        start = match.start(1) if match.start(1) != match.start(2) else match.start(2)
        first = match.group(1).split()[0]
        if start != match.start(2) and (lexicon.is_first(first) or lexicon.is_surname(first)):
            start = match.start(2)
        yield Detection(start, match.end(1), "PRODUCT", "wine")


# Countries are no personal data ("abito in Irlanda", "shipped from Germany"); a city-state
# or a country that is also a name ("Georgia", "Jordan") is left to the other rules.
_CITY_STATES_TEXT = """
    monaco malta singapore singapur andorra liechtenstein lussemburgo luxembourg gibilterra
    gibraltar vaticano vatican kuwait gibuti djibouti panama macao
    """
_CITY_STATES = frozenset(_CITY_STATES_TEXT.split())


def _countries(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    known = countries()
    for match in _CAP_WORD.finditer(text):
        word = match.group(0)
        folded = fold(word)
        if folded not in known or folded in _CITY_STATES:
            continue
        if lexicon.is_first(word) or lexicon.is_surname(word):
            continue
        before = text[max(0, match.start() - 20) : match.start()]
        if _TITLE_BEFORE.search(before) or _GREETING_BEFORE.search(before):
            continue
        if _NEXT_CAPITAL.match(text, match.end()):
            continue  # "Irlanda Bianchi"? a name goes on
        # only after a preposition ("abito in Irlanda", "from Germany"): a street named after
        # a country ("via Francia 18", "Corso Italia") or an address's last line is no case
        if not _TO_PLACE_BEFORE.search(before) or _NUMBER_NEXT.match(text, match.end()):
            continue
        home = COUNTRY_HOME_BEFORE.search(before)
        if home and country_home(text, match.start() - len(before) + home.start(), home.group(0)):
            continue  # round 16: where another person lives ("sua figlia vive in Australia")
        if person_country(text, match.start(), match.end()):
            continue  # round 18: a relative's, a repatriation's, a family's signature
        if moved_country(text, match.start(), match.end()):
            continue  # round 21: where a person moves ("ci trasferiamo in Portogallo")
        if own_country(text, match.start()):
            continue  # round 24: the writer's address or firm ("our address in Germany")
        if named_country(text, match.start(), match.end()):
            continue  # round 26: a named person's ("Chidi from Ghana")
        if phone_country(text, match.start(), match.end()):
            continue  # round 31: a phone number's ("+254 712 408 339 (it's from Kenya)")
        yield Detection(match.start(), match.end(), "LOCATION", "country")


_NEXT_CAPITAL = re.compile(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]")
_TO_PLACE_BEFORE = re.compile(
    r"(?<![\w'’])(?i:in|a|da|dal|dalla|dall['’]|dagli|nel|nella|negli|per|verso|from|to|into|"
    r"across|around|of|the|la|il|l['’])[ \t]+$"
)
_NUMBER_NEXT = re.compile(r"[ \t,]*\d")


def _model_after(text: str, end: int, lexicon: NameLexicon, named: bool) -> int | None:
    """The end of a maker's model right after ``end``: its words, then a number, none of them
    a first name or a surname of no dictionary ("Fiat Giovanna 3" is no model); a maker that
    is no name may have the number alone ("Gamakatsu n.14", "Aigle 44")."""
    words = list(_MODEL_WORD.finditer(text[end : end + 60]))
    at = end
    taken = 0
    for match in words:
        if match.start() != at - end or taken == 3:
            break
        if not _model_word(match.group(1), lexicon):
            return None
        at = end + match.end()
        taken += 1
    number = _NUMBER_AFTER.match(text, at)
    if taken == 0:
        return number.end() if number is not None and not named else None
    if number is not None:
        return number.end()
    # a model word with a capital or a digit inside ("BoxStar", "Pro3") is a model by itself
    last = text[end:at].split()[-1]
    if any(c.isdigit() for c in last) or any(c.isupper() for c in last[1:]):
        return at
    return None


# The characters that a case-insensitive pattern matches to an ASCII letter and ``str.lower``
# does not turn into it (capital I with a dot, dotless i, long s): a text that holds one is never
# gated out by a substring test on its lowercase.
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")
_DECIMAL = re.compile(r"\d")
_CURRENCIES = ("€", "£", "$")


def _has_digit(text: str) -> bool:
    """``any(char.isdigit() for char in text)``: a decimal digit (``\\d``) is one, and an ASCII
    text has no other."""
    if _DECIMAL.search(text) is not None:
        return True
    return not text.isascii() and any(char.isdigit() for char in text)


def keep_spans(text: str, lexicon: NameLexicon) -> list[Detection]:
    """The spans of ``text`` that name a firm, a maker or a code (module docstring)."""
    found: list[Detection] = []
    lowered = text.lower() if _CASE_ODD.search(text) is None else None
    digit = _has_digit(text)
    # round 20 first: whole names of landmarks, institutions, appellations (a later part of
    # one, "Montalcino", must not be kept alone)
    found.extend(_landmarks(text, lexicon))
    found.extend(_institutions(text, lexicon))
    found.extend(_known_institutions(text, lexicon))
    found.extend(_firms(text, lexicon))
    found.extend(_makers(text, lexicon))
    if "DO" in text or "IG" in text or "P" in text:
        found.extend(_designated(text, lexicon))
    # a price needs a digit and a currency (a sign, or euro/eur/gbp/usd in any case)
    if digit and (
        lowered is None
        or any(sign in text for sign in _CURRENCIES)
        or "eur" in lowered
        or "gbp" in lowered
        or "usd" in lowered
    ):
        found.extend(_priced(text, lexicon))
    if "-" in text and digit:
        found.extend(_codes(text, lexicon))
    if "/" in text or "HMS" in text or "RMS" in text:
        found.extend(_vessels(text))
    if "San" in text or "Sant" in text or "segno" in text.lower() or "sign" in text.lower():
        found.extend(_saints_and_signs(text, lexicon))
    # round 10: classes of look-alikes the strict scorer took
    found.extend(_capitals(text))
    found.extend(_imperatives(text))
    found.extend(_venues(text, lexicon, lowered))
    if "taff" in text or "eam" in text or "TAFF" in text or "EAM" in text:
        found.extend(_staff(text, lexicon))
    # the brands of the list in the text, found once for the three rules that start from them
    # (a pure function of the text)
    brand_spans = list(_brand_words(text))
    found.extend(_branded(text, lexicon, brand_spans))
    # round 19: brands after the thing they make, products after their kind, workplaces
    found.extend(_made_by(text, lexicon, brand_spans))
    found.extend(_kind_products(text, lexicon))
    found.extend(_workplaces(text, lexicon, brand_spans))
    if "d'" in text or "d’" in text:
        found.extend(_wines(text, lexicon))
    found.extend(_countries(text, lexicon))
    low = lowered if lowered is not None else text.lower()
    if any(stem in low for stem in _PUBLIC_PLACE_STEMS):
        found.extend(_public_places(text))
    if lowered is None or any(stem in lowered for stem in _LANDMARK_STEMS):
        found.extend(_landmark_streets(text))
    return found


# --- Round 25 ----------------------------------------------------------------------------------
# A square or a street named without a number as a landmark near the place meant ("vicino a
# piazza Dante", "a due passi da piazza Duomo", "la traversa dopo via Roma", "near Piazza
# Unità", "dietro corso Italia", "vicino alla fondamenta del Soccorso"): a public place, not
# where someone lives. Not with a house number after it ("vicino a via Roma 12" is an address),
# nor after someone's home said without its own number ("our flat is near Piazza Vittorio",
# "abito vicino a via Roma": there it locates them).
_LANDMARK_STREET = re.compile(
    r"(?<![\w'’])(?i:vicin[oaie][ \t](?:a|al|alla|allo|ai|alle|agli|all['’])|"
    r"vicinissim[oaie][ \t](?:a|al|alla|allo|all['’])|"
    r"a[ \t](?:due|pochi|quattro|tre)[ \t]passi[ \t](?:da|dalla|dal)|"
    r"dopo|prima[ \t]di|dietro(?:[ \t]a)?|davanti[ \t](?:a|al|alla)|"
    r"di[ \t]fronte[ \t](?:a|al|alla)|"
    r"accanto[ \t](?:a|al|alla)|di[ \t]lato[ \t](?:a|al|alla)|in[ \t]fondo[ \t](?:a|al|alla)|"
    r"near|nearby|next[ \t]to|close[ \t]to|opposite|behind|"
    r"(?:round|around)[ \t]the[ \t]corner[ \t]from|"
    r"a[ \t]few[ \t](?:steps|minutes)[ \t]from|walking[ \t]distance[ \t]from)[ \t]"
    r"((?i:via|viale|piazza|piazzale|piazzetta|corso|largo|vicolo|campo|campiello|fondamenta|"
    r"riva|calle|lungomare|lungarno)"
    r"(?:[ \t](?:(?i:de|del|dei|degli|della|delle|dello|di|da|san|santa|santo)[ \t]){0,2}"
    r"(?:(?i:dell['’]|sant['’]|d['’]))?[A-ZÀ-Ý][\w'’\-]{0,24}){1,4})"
    r"(?![\w'’]|,?[ \t]?(?i:n\.|nr\.?|n°|civico|numero|no\.)?[ \t]?\d)"
)
_LANDMARK_STEMS = (
    "vicin",
    "passi",
    "dopo",
    "prima",
    "dietro",
    "davanti",
    "fronte",
    "accanto",
    "lato",
    "fondo",
    "near",
    "next",
    "close",
    "opposite",
    "behind",
    "corner",
    "few",
    "distance",
)
_HOME_BEFORE_LANDMARK = re.compile(
    r"(?<![\w])(?i:abit[oiaeu]\w{0,4}|viv[oiae]\w{0,3}|live[sd]?|living|stay(?:ing)?|"
    r"airbnb['’]?s?|b&b|flat|apartment|appartamento|casa[ \t](?:mia|nostra|sua)|home|"
    r"our[ \t]place|my[ \t]place|alloggio|residenza)(?![\w])[^\d.!?\n]{0,40}$"
)


def _landmark_streets(text: str) -> Iterable[Detection]:
    for match in _LANDMARK_STREET.finditer(text):
        if _HOME_BEFORE_LANDMARK.search(text, max(0, match.start() - 50), match.start(1)):
            continue
        yield Detection(match.start(1), match.end(1), "WORD", "landmark-street")


# --- The business's own names ----------------------------------------------------------------
_BROTHERS = re.compile(r"(?<![\w.])(?:Fratelli|F\.lli|F\.LLI|FRATELLI)(?![\w])")


def business_variants(names: Sequence[str]) -> list[str]:
    """Short forms of the business's names that are a family firm: "F.lli" and "Fratelli" for
    each other, and without the trade word before them ("Serramenti Fratelli Caruso" ->
    "Fratelli Caruso", "F.lli Caruso"). Other short forms may be a person ("Accordature Maestro
    Ligas" -> "Maestro Ligas", "Carrozzeria Da Tonino" -> "vado da Tonino"): none is made."""
    variants: set[str] = set()
    for name in names:
        brothers = _BROTHERS.search(name)
        if brothers is None:
            continue
        other = "Fratelli" if brothers.group(0).lower().startswith("f.") else "F.lli"
        for form in (name, name[: brothers.start()] + other + name[brothers.end() :]):
            variants.add(form)
            at = _BROTHERS.search(form)
            # the firm's words from "Fratelli" on, with the family's name after them
            if at is not None and at.start() > 0 and len(form[at.start() :].split()) >= 2:
                variants.add(form[at.start() :])
    return sorted(variants - set(names))


# --- Round 20 ---------------------------------------------------------------------------------
# Landmarks, events and protected foods and wines of ``landmarks.txt`` ("Fontana di Trevi",
# "Salone del Mobile", "Brunello di Montalcino"): the whole name, from its first capital word.
# Indexed by the folded first word, so a regex is tried only at a capital word that may open one.
@lru_cache(maxsize=1)
def _landmark_index() -> dict[str, tuple[re.Pattern[str], ...]]:
    lexicon = load_lexicon()
    path = resources.files("privacy.data").joinpath("landmarks.txt")
    lines = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()[:1] not in ("", "#")
    ]
    index: dict[str, list[str]] = {}
    for line in lines:
        words = line.split()
        # a single word that is a name is no landmark alone ("Taleggio"? a surname too)
        if len(words) == 1 and (lexicon.is_first(line) or lexicon.is_surname(line)):
            continue
        key = fold(WORD.findall(words[0])[0])
        pattern = r"[ \t]+".join(
            re.escape(word).replace("'", "['’]").replace("’", "['’]") for word in words
        )
        index.setdefault(key, []).append(pattern)
    return {
        key: tuple(
            re.compile(rf"{pattern}(?![\w'’])", re.IGNORECASE)
            for pattern in sorted(patterns, key=len, reverse=True)
        )
        for key, patterns in index.items()
    }


def _landmarks(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    index = _landmark_index()
    at = 0
    for match in _CAP_WORD.finditer(text):
        if match.start() < at:
            continue
        head = WORD.match(match.group(0))
        if head is None:
            continue
        patterns = index.get(fold(head.group(0)))
        if patterns is None:
            continue
        before = text[max(0, match.start() - 20) : match.start()]
        if _TITLE_BEFORE.search(before) or _GREETING_BEFORE.search(before):
            continue
        for pattern in patterns:
            found = pattern.match(text, match.start())
            if found is None:
                continue
            # one word after a first name may be a surname ("Anna Colosseo"?)
            if " " not in found.group(0) and _FIRST_NAME_BEFORE.search(before):
                previous = before.split()[-1]
                if lexicon.is_first(previous):
                    break
            yield Detection(found.start(), found.end(), "BRAND", "landmark")
            at = found.end()
            break


# Before a thing, never before a person: an indefinite article, a possessive, a demonstrative
# (Italian "il"/"la" come before a woman's or a man's surname too: "la Rossi").
_OWNED_ARTICLE = re.compile(
    r"(?<![\w'’])(?i:un|una|uno|un['’]|an|the|my|your|our|his|her|their|this|that|"
    r"questo|questa|quel|quella|quell['’]|(?:il|la|lo|l['’]|i|le|gli)[ \t]+(?:mio|mia|tuo|tua|suo|"
    r"sua|nostro|nostra|vostro|vostra|miei|mie|nuovo|nuova|vecchio|vecchia))[ \t]+$"
)
# A lowercase word right after a brand: the kind of thing it makes when a product word
# ("Nike shoes", "Armani jeans", "Hermès scarves").
_THING_AFTER = re.compile(r"[ \t]+([a-zà-ÿ][a-zà-ÿ\-]+)(?![\w'’])")


def _named_model(text: str, start: int, end: int, lexicon: NameLexicon, named: bool) -> int | None:
    """The end of a maker's model that is one capital word of the dictionary ("Fiat Panda",
    "Vespa Primavera"), or None. A maker that is also a name ("Ferrari", "Alfa Romeo") needs an
    indefinite article, a possessive or a count before it; a capital word or a clause after the
    model is a person's name going on ("Vespa Carla Rossi"), a first name before the maker a
    person's."""
    model = _MODEL_WORD.match(text, end)
    if model is None or not model.group(1)[:1].isupper() or len(model.group(1)) < 2:
        return None
    if _NEXT_CAPITAL.match(text, model.end()) or _PERSON_AFTER_CLAUSE.match(text, model.end()):
        return None
    word = model.group(1)
    before = text[max(0, start - 30) : start]
    if _FIRST_NAME_BEFORE.search(before) and lexicon.is_first(before.split()[-1]):
        return None
    article = _OWNED_ARTICLE.search(before) is not None or _COUNT_BEFORE.search(before) is not None
    # a first name or a surname of no dictionary is a person ("la Yamaha Loredana passa"), an
    # unknown capital word a surname no list knows ("Fiat Zompetti")
    if (
        lexicon.is_first(word)
        or (lexicon.is_surname(word) and not lexicon.is_word(word))
        or not lexicon.is_word(word)
    ):
        return None
    if named and not article:
        return None
    return model.end()


_PERSON_AFTER_CLAUSE = re.compile(
    r"[ \t]+(?i:(?:mi|ci|ti|vi|si|gli|le|ne)[ \t]+)?"
    r"(?i:che|who|ha|hanno|ho|è|era|sta|aveva|was|is|has|had|said|says|told|dice|disse)(?![\w])"
)


# Round 20: an institution named after a person or a saint ("ospedale Cannizzaro", "liceo
# Galilei", "l'istituto Volta", "Studio Dentistico Greco", "Policlinico San Matteo"): its
# kind, capitalised or after an article or an articulated preposition, then its name. A first
# name in the name is a person ("all'ospedale Marco mi ha detto"); "in clinica Rossi" (no
# article) may be the doctor.
_INSTITUTION_KINDS = (
    r"ospedale|ospedali|policlinico|clinica|casa[ \t]di[ \t]cura|liceo|istituto|"
    r"istituto[ \t]comprensivo|istituto[ \t]tecnico|istituto[ \t]professionale|"
    r"scuola[ \t]media|scuola[ \t]elementare|scuola[ \t]primaria|università|universita|"
    r"politecnico|conservatorio|accademia|studio[ \t]dentistico|studio[ \t]medico|"
    r"studio[ \t]veterinario|studio[ \t]odontoiatrico|ambulatorio|poliambulatorio|"
    r"centro[ \t]medico|clinica[ \t]veterinaria|museo|musei|basilica|chiesa|cattedrale|"
    r"duomo|santuario|abbazia|teatro|stadio|pinacoteca|"
    r"pasticceria|panetteria|panificio|macelleria|gelateria|tessuti|ferramenta|autofficina|"
    r"hospital|museum|cathedral|stadium"
)
# (the article is looked for before the kind apart: an optional group before the kind's gate
# costs a try at every position)
_INSTITUTION_ARTICLE = re.compile(
    r"(?<![\w])(?i:il|lo|la|l['’]|al|allo|alla|all['’]|del|dello|della|dell['’]|nel|"
    r"nello|nella|nell['’]|dal|dallo|dalla|dall['’]|sul|sulla|the|at)[ \t]*$"
)
_INSTITUTION = re.compile(
    rf"(?<![\w])((?i:{first_letters(_INSTITUTION_KINDS)}(?:{_INSTITUTION_KINDS})))[ \t]+"
    # "di" only before a saint ("basilica di San Marco"): "l'ospedale di Negrar", "la scuola
    # di Rivoli", "la chiesa di Fornacette" name a town
    r"(?:(?:del|della|dei|degli|alla|dell['’])[ \t]*|(?P<di>di)[ \t]+(?=S))?"
    r"(?P<name>(?:San|Santa|Santo|Santi|Sant['’][ \t]?|Santissima|SS\.|St\.?|Saint)"
    r"[ \t]*[A-ZÀ-Ý][\w'’\-]+"
    r"|[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Ý][\w'’\-]+)?)"
)
_SAINT_OF_KINDS = frozenset(("basilica", "cattedrale", "duomo", "santuario", "abbazia"))
_SAINT = re.compile(r"San|Santa|Santo|Santi|Sant['’]|Santissima|SS\.|St\.?|Saint")


def _institutions(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _INSTITUTION.finditer(text):
        kind = match.group(1)
        article = (
            _INSTITUTION_ARTICLE.search(text, max(0, match.start() - 8), match.start()) is not None
        )
        # a lowercase kind needs an article ("all'ospedale X", "il liceo X")
        if not kind[:1].isupper() and not article:
            continue
        name = match.group("name")
        words = name.replace("&", " ").split()
        if match.group("di") is not None and (
            not _SAINT.match(words[0]) or fold(kind).split()[0] not in _SAINT_OF_KINDS
        ):
            continue  # "la chiesa di Sant'Anna" may be a village: only the great churches
        if _SAINT.match(words[0]):
            # the saint's name only: a name going on is a person's ("San Giuseppe Verdi")
            if len(words) > 2 or _NEXT_CAPITAL.match(text, match.end()):
                continue
        elif _NEXT_CAPITAL.match(text, match.end()) or (
            # a first name, unless one word that is a surname as well ("Pasticceria Leone",
            # "Studio Dentistico Greco")
            any(lexicon.is_first(word) for word in words)
            and not (len(words) == 1 and lexicon.is_surname(words[0]))
        ):
            continue
        if not _SAINT.match(words[0]) and (
            _PERSON_AFTER_CLAUSE.match(text, match.end())  # "all'ospedale Bruni mi ha visitato"
            # "il teatro Bologna"? the town's; a place that is a surname too may be a
            # person's name ("ospedale Cannizzaro")
            or ((known_place(name) or known_place(words[0])) and not lexicon.is_surname(words[-1]))
        ):
            continue
        before = text[max(0, match.start(1) - 20) : match.start(1)]
        if _TITLE_BEFORE.search(before):
            continue
        # a capital kind after a capital word closes a person's name ("Adalberta Chiesa"),
        # unless that word opens the sentence
        name_before = _CAPITAL_BEFORE.search(before)
        if name_before is not None and (
            lexicon.is_first(name_before.group(1))
            or not lexicon.is_word(name_before.group(1))
            or not _SENTENCE_START.search(before[: name_before.start(1)])
        ):
            continue
        yield Detection(match.start(1), match.end("name"), "BRAND", "institution")


# Hospitals and universities known by the name of a person or a place alone, after "al"/"alla"
# /"all'" or the kind ("al Gemelli", "alla Bocconi", "al Niguarda").
_KNOWN_INSTITUTIONS = re.compile(
    r"(?<![\w])(?i:al|alla|all['’]|nel|nella|del|della|ospedale|policlinico|università)[ \t]*"
    r"(Gemelli|Niguarda|Cardarelli|Careggi|Molinette|Rizzoli|Besta|Sacco|Fatebenefratelli|"
    r"Humanitas|Cotugno|Cannizzaro|Bocconi|Galliera|Gaslini|Meyer|Sant['’]Orsola|Cisanello|"
    r"Spallanzani|Mangiagalli|Monaldi|Pascale|Bambino[ \t]Gesù|San[ \t]Raffaele|"
    r"San[ \t]Matteo|Luiss|Sapienza|Normale|Statale|Cattolica|Iulm|Bicocca)(?![\w'’])"
)


_CAPITAL_BEFORE = re.compile(r"(?<![\w'’])([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][ \t\"“«]*)$")


def _known_institutions(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    for match in _KNOWN_INSTITUTIONS.finditer(text):
        if _NEXT_CAPITAL.match(text, match.end()):
            continue
        # a name before "del"/"della" goes on ("il dott Speranza del Galliera")
        # (a capital word opening the sentence is none: "Studia alla Bocconi")
        before = text[max(0, match.start() - 30) : match.start()]
        name_before = _CAPITAL_BEFORE.search(before)
        if name_before is not None and (
            lexicon.is_surname(name_before.group(1))
            or not _SENTENCE_START.search(before[: name_before.start(1)])
        ):
            continue
        yield Detection(match.start(1), match.end(1), "BRAND", "institution")


# --- Round 27 ----------------------------------------------------------------------------------
# A town where only the public is: an event named after it ("the Venice Biennale"), the
# business's own shop ("your shop in Como", "il vostro negozio di Alba"), a football club ("la
# Juventus ha perso col Napoli", "Naples won the league"). Not an event held in a town (the
# corpora label "ci siamo visti alla fiera di Lucca", "I'm at a fair in Lisbon" the person's
# place), nor a carrier's hub (near the customer's home: the demo corpus labels "the Leeds hub"
# a place, round 6), nor a place the person is tied to in the same clause (a cue of living,
# coming or sending).
_PLACE_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ \t\-](?:di|del|della|d['’])?[ \t]?[A-ZÀ-Ý][a-zà-ÿ'’]+){0,2}"
_PUBLIC_PLACES = (
    # the place before its event ("the Venice Biennale", "la Milano Design Week")
    re.compile(
        rf"({_PLACE_NAME})[ \t]+(?i:biennale|design[ \t]week|fashion[ \t]week|marathon|"
        r"maratona|film[ \t]festival|fair|expo)(?![\w])"
    ),
    # the business's own shop
    re.compile(
        r"(?<![\w'’])(?i:your|vostro|vostra|il[ \t]vostro|la[ \t]vostra)"
        r"(?:[ \t]+(?i:shop|store|negozio|boutique|laboratorio|showroom|sede|studio|branch|"
        rf"punto[ \t]vendita))?[ \t]+(?i:in|a|di|at)[ \t]+({_PLACE_NAME})"
    ),
    # a club that wins, loses or draws, or the one it played
    re.compile(
        rf"({_PLACE_NAME})[ \t]+(?i:ha[ \t]vinto|ha[ \t]perso|ha[ \t]pareggiato|won|lost|beat|"
        r"drew)(?![\w'’])"
    ),
    re.compile(
        r"(?<![\w'’])(?i:perso|vinto|pareggiato|lost|won|drew)[ \t]+(?i:col|con[ \t]il|contro|"
        rf"against|to)[ \t]+(?:(?i:il|la|the)[ \t]+)?({_PLACE_NAME})"
    ),
)
_PUBLIC_PLACE_STEMS = (
    "biennale", "expo", "marat", "fair", "week", "festival", "your", "vostr", "vinto", "perso",
    "pareggiato", "won", "lost", "beat", "drew",
)  # fmt: skip
_PERSON_PLACE_CUE = re.compile(
    r"(?i:abito|abita|vivo|vive|abitiamo|viviamo|sono[ \t]di|vengo|live|living|lives|i'?m[ \t]from|"
    r"we'?re[ \t]from|spedite|spedire|mandate|consegnate|send|ship|deliver)"
)


def _public_places(text: str) -> Iterable[Detection]:
    for pattern in _PUBLIC_PLACES:
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if not known_place(match.group(1)):
                continue
            clause_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), 0)
            if _PERSON_PLACE_CUE.search(text, clause_start, start):
                continue
            yield Detection(start, end, "LOCATION", "public-place")
