"""Keep rules of round 9: spans that name a firm, a maker or a code, never a person.

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

``business_variants`` gives the short forms of a business's own name that is a family firm
("Serramenti Fratelli Caruso" -> "Fratelli Caruso", "F.lli Caruso").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from privacy.recognizers.location import well_known_brands
from privacy.recognizers.names import NameLexicon, fold
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
_FIRM_GATE = re.compile(
    r"(?i:\bs\.\s?[rpna]\.|\bsrl|\bspa\b|\bsnc\b|\bsas\b|\bltd|\blimited\b|\bllc\b|\bllp\b|"
    r"\bplc\b|\binc\b|\bgmbh\b)"
)
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


def _firms(text: str, lexicon: NameLexicon) -> Iterable[Detection]:
    if _ASSOCIATION_GATE.search(text):
        for match in _ASSOCIATION.finditer(text):
            words = match.group(1).split()
            # a trade word of the dictionary itself ("Nuotatori"), not a surname read as a
            # plural ("Coop Zanetti Beltrami")
            if _trade_name(words, lexicon, endings=False) and not _person_named(
                text, match.start(1), match.end(1), lexicon
            ):
                yield Detection(match.start(), match.end(1), "BRAND", "firm")
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
    plain = [not lexicon.is_word(word) for word in words]
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


def _trade_name(words: list[str], lexicon: NameLexicon, *, endings: bool = True) -> bool:
    """Whether a firm's name holds no first name ("Mario Rossi Srl", "Rossi Mario Srl": the
    name rules decide) and a trade word that is no name ("Lanificio", "Studio", "Nuotatori");
    without one the firm is named after a family ("Bellini S.r.l.", "Fratelli Ferrante snc")."""
    if any(lexicon.is_first(word) for word in words):
        return False
    return any(
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
_MAKER_GATE = re.compile(
    rf"(?i:{_THING_ADJECTIVES}|tecnic|assistenza|ricamb|rivendit|concessionari|garanzia|"
    r"technician|engineer|dealer|spare|warranty|service)"
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
        if before is not None:
            word = before.group(1)
            # after a capitalised word or a first name it may be a name ("Mario ROSSI-1234",
            # "sono mario ROSSI-1234"); after a cue or punctuation it is a code
            if word[:1].isupper() and fold(word) not in _CODE_CUES:
                continue
            if lexicon.is_first(word) or lexicon.is_surname(word):
                continue
        yield Detection(match.start(1), match.end(1), "CODE", "code")


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


def keep_spans(text: str, lexicon: NameLexicon) -> list[Detection]:
    """The spans of ``text`` that name a firm, a maker or a code (module docstring)."""
    found: list[Detection] = []
    found.extend(_firms(text, lexicon))
    found.extend(_makers(text, lexicon))
    if "DO" in text or "IG" in text or "P" in text:
        found.extend(_designated(text, lexicon))
    if any(char.isdigit() for char in text):
        found.extend(_priced(text, lexicon))
    if "-" in text and any(char.isdigit() for char in text):
        found.extend(_codes(text, lexicon))
    return found


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
