"""Red-team of the rules that KEEP text (brands, products, titles of works, dedications): each
one must not keep a person's name, a phone or an address written beside the same cues. Every
sentence and value is invented; each leaked sentence found in the red-team is a test here."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from privacy.recognizers.location import beside_product, well_known_brands
from privacy.recognizers.structured import find_structured
from tests.privacy.test_names_general import chat_message


@lru_cache(maxsize=1)
def _engine() -> AnonymisationEngine:
    settings = Settings(_env_file=None, business_names=["Ottica Lungomare"], tenant="t")
    return AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-keep-rules-0001", tenant="t")
    )


def _anonymise(text: str) -> str:
    return _engine().anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a brand that is also a surname, with no product cue, is a person
        ("Buongiorno, in negozio mi ha servito Peroni, molto gentile.", ["Peroni"]),
        ("Chiedete di Zanussi, è lui che ha montato la caldaia.", ["Zanussi"]),
        ("Il tecnico era Riello, un signore sulla sessantina.", ["Riello"]),
        ("Motta e Alessi hanno ordinato insieme.", ["Motta", "Alessi"]),
        ("I spoke with Raleigh at the front desk, she was lovely.", ["Raleigh"]),
        ("Please ask Kenwood in accounts to call me back.", ["Kenwood"]),
        ("La Garofalo del terzo piano ritira.", ["Garofalo"]),
        # an indefinite article or a label cue before a surname that is no brand
        ("Ha chiamato una Ferraro, dice che è la proprietaria.", ["Ferraro"]),
        ("Il pacco l'ha ritirato un Esposito, ma io non lo conosco.", ["Esposito"]),
        ("C'è un Moretti che chiede di te al telefono.", ["Moretti"]),
        ("Sull'etichetta c'è scritto Pellegrini invece del mio cognome.", ["Pellegrini"]),
        ("Sulla busta c'è scritto Marchetti, ma il destinatario sono io.", ["Marchetti"]),
        # a lowercase 'plus' or 'pro' after a name is a booking, not a tier
        ("Booking under Gallagher plus one, Saturday.", ["Gallagher"]),
        ("Please put it under Doyle pro forma invoice.", ["Doyle"]),
        ("Marco Ferrari iPad, il mio, non si carica.", ["Marco Ferrari"]),
        ("Giovanna Moretti Plus, il mio abbonamento, scade.", ["Giovanna Moretti"]),
        # a flat or a phone after a surname is no model code
        ("Per favore consegnate a Conti 3B, scala C.", ["Conti"]),
        ("Chiamate Esposito 339 8812345 per il ritiro.", ["Esposito", "339 8812345"]),
        # dedications in quotes are messages for someone, not titles
        ('Sulla torta scrivete "Buon compleanno Zanetti" in blu.', ["Zanetti"]),
        ('Can you write "Happy Retirement Gallagher" on the cake?', ["Gallagher"]),
        ('The engraving should read "Forever Yours, Kowalczyk".', ["Kowalczyk"]),
        ('Incisione: "Per sempre tua, Tommasini".', ["Tommasini"]),
        ('Il biglietto deve dire "Auguri dalla famiglia Mancuso".', ["Mancuso"]),
        # a person spelt out after a dash, in a chat about records or books
        (
            "I ordered the vinyl for my brother, contact Brennan – Aisling Brennan is my "
            "sister-in-law.",
            ["Aisling Brennan"],
        ),
        (
            "Ho comprato due dischi, il destinatario è Ferri – Lucia Ferri, via Roma 12.",
            ["Lucia Ferri"],
        ),
        ("The CD was for my aunt Hegarty - Nuala Hegarty lives nearby.", ["Nuala Hegarty"]),
        ("Send the book to Walsh - Ciaran, 12 Main Street, Ennis", ["Ciaran", "12 Main Street"]),
        ('Scrivete "Casa Zappalà" sulla targa del campanello', ["Zappalà"]),
        # a route list where someone lives is where they live
        (
            "Transfer from Dalkey or Killiney for my mum, she lives there.",
            ["Dalkey", "Killiney"],
        ),
        # a full name after a title article or a 'title' cue is a person
        ("Please address it to The Manager Declan Foley.", ["Declan Foley"]),
        ("The title on the account is Aoife Brennan.", ["Aoife Brennan"]),
        ("Account title: Niamh Walsh, IBAN to follow.", ["Niamh Walsh"]),
        ("The title deeds are in the name of Gráinne O'Neill.", ["Gráinne O'Neill"]),
        ("Il titolo di studio di Marco Ferri non c'entra.", ["Marco Ferri"]),
        ("title holder is Seamus Kinsella", ["Seamus Kinsella"]),
        # counted people are no counted copies
        ("Ho parlato con i due Moretti, padre e figlio.", ["Moretti"]),
        ("I tre Esposito arrivano domani per il trasloco.", ["Esposito"]),
        ("The two Gallaghers will collect the sofa.", ["Gallaghers"]),
        ("the three Doyle kids need uniforms", ["Doyle"]),
        # events named after people are no vintages
        ("Matrimonio Ferraro Esposito 2025, servono 120 coperti.", ["Esposito"]),
        ("Wedding Gallagher Byrne 2026, we'd like the barn.", ["Gallagher", "Byrne"]),
        ("Festa Moretti 2024: grazie per il catering.", ["Moretti"]),
        # a person's things: 'category di Name'
        ("Le scarpe di Martina sono arrivate strette.", ["Martina"]),
        ("La borsa di Federica Moretti è arrivata rotta.", ["Federica Moretti"]),
        ("Il divano di Rossi è ancora in magazzino.", ["Rossi"]),
        ("Il vestito di Annalisa Ferri non è della taglia giusta.", ["Annalisa Ferri"]),
        ("Gli occhiali di Carla Pinto sono pronti?", ["Carla Pinto"]),
        ("La pizza di Gennaro era fredda.", ["Gennaro"]),
        ("Chiedi a Fendi di chiamarmi.", ["Fendi"]),
        ("Benetton e Zegna sono i miei soci.", ["Zegna"]),
        ("Masi, il corriere, non suona mai.", ["Masi"]),
    ],
)
def test_person_beside_a_keep_cue_is_redacted(text: str, values: list[str]) -> None:
    anonymised = _anonymise(text)
    assert not [value for value in values if _survives(value, anonymised)], anonymised


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("È una Vaillant ecoTEC plus di sette anni.", "Vaillant ecoTEC plus"),
        ("Con il contratto Comfort Plus l'uscita è gratuita.", "Comfort Plus"),
        ("Posso fare la guida col Beverly 125 sabato?", "Beverly"),
        ("Ho una Bianchi da corsa del 2019.", "Bianchi"),
        ("Nel carrello ho i tre Montalbano, li spedite insieme?", "Montalbano"),
        ("Il Moscato d'Asti è finito?", "Asti"),
        ("Ho ordinato Lucio Dalla – Caruso in vinile.", "Caruso"),
    ],
)
def test_products_beside_the_same_cues_are_still_kept(text: str, span: str) -> None:
    start = text.index(span)
    assert beside_product(text, start, start + len(span))


def test_brands_marked_as_names_need_a_product_cue() -> None:
    brands, named = well_known_brands()
    assert {"peroni", "zanussi", "kenwood", "raleigh"} <= named
    assert "samsung" in brands and "samsung" not in named
    text = "Ho comprato una Peroni, e la mia Zanussi lava male."
    assert beside_product(text, text.index("Peroni"), text.index("Peroni") + 6)
    assert beside_product(text, text.index("Zanussi"), text.index("Zanussi") + 7)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Cordiali saluti, Giorgio Moretti – www.giorgiomoretti.it", "www.giorgiomoretti.it"),
        ("Thanks, Aoife Dyson, www.aoifedyson.ie", "www.aoifedyson.ie"),
    ],
)
def test_a_site_named_after_a_person_with_a_brand_surname_is_personal(text: str, site: str) -> None:
    found = [text[d.start : d.end] for d in find_structured(text) if d.entity_type == "URL"]
    assert site in found


# Regressions of the name side (pets, dialect words, 'the' + surname), fixed by the names helper.
_NAME_SIDE_FIXED = [
    ("Abbiamo un gatto e mia figlia si chiama Stella.", ["Stella"]),
    ("Bogdan domani viene a montare la cucina.", ["Bogdan"]),
    ("Aisha invece preferisce il modello rosso.", ["Aisha"]),
    ("Jurgen purtroppo è malato e non può ritirare.", ["Jurgen"]),
    ("Yusuf qui ha la ricevuta.", ["Yusuf"]),
    ("The Kelly twins will be there to sign.", ["Kelly"]),
    ("Please don't give it to the Moretti woman upstairs.", ["Moretti"]),
    ("the Hennessy family at number 9 can take it", ["Hennessy"]),
    ("I asked the Brennan lad to help unload.", ["Brennan"]),
    ("SONO MIA ROSSI, CHIAMATEMI.", ["MIA ROSSI"]),
    ("Weekend Firenze Low Cost per Serena Fontana, residente a Prato", ["Serena"]),
    # names round 7: a relative's name, a call-back sign-off, a title before a product word
    ("Kenya is my daughter's name, please put it on the cake.", ["Kenya"]),
    ("Chiamami, Bulgari", ["Bulgari"]),
    ("Barolo Serralunga 2019 per il signor Serralunga", ["signor Serralunga"]),
]
# Still open on the name side: none.
_NAME_SIDE_OPEN: list[tuple[str, list[str]]] = []
# kept for the probe script
_NAME_SIDE = _NAME_SIDE_FIXED + _NAME_SIDE_OPEN


@pytest.mark.parametrize(
    ("text", "values"),
    [
        *_NAME_SIDE_FIXED,
        *(
            pytest.param(
                text,
                values,
                marks=pytest.mark.xfail(
                    strict=True, reason="name side (detect/names/anonymise): open, see notes"
                ),
            )
            for text, values in _NAME_SIDE_OPEN
        ),
    ],
)
def test_name_side_keep_regressions(text: str, values: list[str]) -> None:
    anonymised = _anonymise(text)
    assert not [value for value in values if _survives(value, anonymised)], anonymised


# --- Round 7 (structured side): a maker weighed, priced by measure or sized; weak category
# words (pet care, paper, cleaning machines, insurance, pantry, cases, appliances: only a brand
# beside one is kept, never a town); new well-known brands; a role mailbox at a shortened
# business domain; a postal code in groups. A person, a phone or an address right beside what
# each rule looks for must still go. (The red team's own probes: test_redteam_round7.py.)
_ROUND7_PROBES = [
    # measured goods: only the weighed name is goods, never a full name or whoever receives
    ("Il pacco da 3 kg di Tommaso Rinaldi è arrivato rotto", ["Tommaso Rinaldi"]),
    ("30 litri di olio per Ferrandino, consegna venerdì", ["Ferrandino"]),
    ("ho portato 2 kg di mele a Pierangela ieri", ["Pierangela"]),
    ("sono 5 litri di vino, li ritira Gualtiero Sbarra", ["Gualtiero Sbarra"]),
    ("abbiamo comprato 3 kg di pane e 2 di Gianfranco", ["Gianfranco"]),
    ("5 kg di Rosalinda", ["Rosalinda"]),
    # a size after a name: who takes what, or a size of something else
    ("per la cena: Marisa 2 kg, Teresa 3 kg", ["Marisa", "Teresa"]),
    ("ho preso per Giulia 2 kg di mele", ["Giulia"]),
    ("tell Siobhan 2 kg is fine", ["Siobhan"]),
    ("Listino: Marisa 9 €/kg, Teresa 3 €/kg", ["Marisa", "Teresa"]),
    # priced by measure: only as an item of a list, not after a verb or a preposition
    ("Ho pagato a Bernasconi 9,80 € al litro, troppo.", ["Bernasconi"]),
    ("ho pagato Bernasconi 9,80 €/L", ["Bernasconi"]),
    ("Listino: la signora Bernasconi 9,80 €/L, io 10 €/L", ["Bernasconi"]),
    ("Prezzi: Sig. Gualdrini 12 €/kg", ["Gualdrini"]),
    # rooms: "Sala" as a surname stays a person
    ("Il signor Sala Montanari ha chiamato due volte", ["Montanari"]),
    ("ha chiamato Sala Giovanni, richiamatelo", ["Sala"]),
    ("Beppe Sala Martinelli passa domani", ["Martinelli"]),
    ("In Sala Verdi c'era Giacomo Ferrante ad aspettare", ["Giacomo Ferrante"]),
    ("Please ask Sala about the room, she is Mrs Sala Kowalczyk", ["Kowalczyk"]),
    # category words: a person who acts next, or after a verb of giving
    ("l'olio Bernasconi l'ha portato ieri", ["Bernasconi"]),
    ("the insurance Maguire sold me was useless", ["Maguire"]),
    ("le macchine Pagliarini le ripara mio cugino Ettore Pagliarini", ["Pagliarini"]),
    ("I bought Gerald oil paint for his birthday", ["Gerald"]),
    ("Ho dato le crocchette a Ludovica stamattina", ["Ludovica"]),
    ("portate la pasta a Nunzia Esposito, è al secondo piano", ["Nunzia Esposito"]),
    # a town before a category word after a comma is still a town
    ("ho avuto un incidente ieri a Lucca, polizza 4471, sono la signora Guinizzelli", ["Lucca"]),
    ("abito a Borgomanero, pasta fresca ogni giorno", ["Borgomanero"]),
    # new brands that are also surnames need a product cue
    ("Loison ha chiamato per il panettone, il signor Loison", ["Loison"]),
    ("Ho incontrato Monge al bar, Carlo Monge", ["Monge"]),
    # a maker's line after a weak category word, then a person
    ("la carta Favini Marta ce l'ha", ["Marta"]),
    ("il toner Kyocera Giuseppe lo cambia domani", ["Giuseppe"]),
    ("mi ha risposto il dottor Fedrigoni in persona", ["Fedrigoni"]),
]


@pytest.mark.parametrize(("text", "values"), _ROUND7_PROBES)
def test_round7_keep_rules_do_not_keep_a_person(text: str, values: list[str]) -> None:
    anonymised = _anonymise(text)
    assert not [value for value in values if _survives(value, anonymised)], anonymised


# A first name spoken to, right after a weak category word: only a brand is kept there.
def test_round7_vocative_after_a_category_word() -> None:
    anonymised = _anonymise("passami la carta Giulia che la firmo")
    assert not _survives("Giulia", anonymised), anonymised


_ROUND7_ALLOWED = frozenset({"voltarenabiglietteria", "vb"})


@pytest.mark.parametrize(
    "text",
    [
        "scrivete a nadia.ferri@voltarena.it per la pedana",
        "o direttamente a tobia@voltarena.it",
        "accessibilita@voltarenafan.it",
        "info@arena.it",
    ],
)
def test_round7_a_person_at_a_shortened_business_domain_is_redacted(text: str) -> None:
    found = find_structured(text, _ROUND7_ALLOWED)
    assert [d for d in found if d.entity_type == "EMAIL_ADDRESS"], text


@pytest.mark.parametrize(
    "text",
    [
        "chiamami al 347 118 2290 IT fa lo stesso",
        "scrivimi su WA 348 512 9071 grazie",
        "DM 333 918 4471 oppure mail",
    ],
)
def test_round7_a_phone_beside_capitals_is_still_a_phone(text: str) -> None:
    assert [d for d in find_structured(text) if d.entity_type == "PHONE_NUMBER"], text


@pytest.mark.parametrize(
    "text",
    [
        "il mio profilo è www.otticalungomare.it/u/marco.rossi",
        "forum.otticalungomare.it/utenti/giulia_bertoni/attivita",
    ],
)
def test_round7_a_person_on_the_business_forum_is_redacted(text: str) -> None:
    allowed = frozenset({"otticalungomare"})
    assert [d for d in find_structured(text, allowed) if d.entity_type == "URL"], text
