"""Address stress list of round 12: the street-address forms people write in chats, Italian,
British, Irish, American and continental, each inside a short sentence, run through the whole
engine. An address counts only when every letter and digit of it is inside a redaction and
neither its street name nor its house number survives (the rule of ``privacy/evaluate.py``).

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.evaluate import _alnum_positions, _covered, _survives, address_parts
from privacy.recognizers.address import find_addresses
from tests.privacy.test_names_general import chat_message

# (class, message, the address inside it)
STRESS = [
    # Italian street types
    ("via", "mandatelo in via Giacomo Leopardi 23, grazie", "via Giacomo Leopardi 23"),
    ("viale", "abito in viale Bottego 41/A", "viale Bottego 41/A"),
    ("v.le", "spedizione a v.le Carducci 15, Cesena", "v.le Carducci 15, Cesena"),
    ("piazza", "il negozio nuovo è in piazza Garibaldi 8, Lugo", "piazza Garibaldi 8, Lugo"),
    ("p.za", "ritiro in p.za Castello 3", "p.za Castello 3"),
    ("p.zza", "consegnare a p.zza Vittorio Veneto 19", "p.zza Vittorio Veneto 19"),
    ("piazzale", "sto in piazzale Clodio 12 scala B", "piazzale Clodio 12 scala B"),
    ("largo", "largo Zecchini 4, 00142 Roma", "largo Zecchini 4, 00142 Roma"),
    ("corso", "corso Vercelli 77, Ivrea", "corso Vercelli 77, Ivrea"),
    ("c.so", "c.so Matteotti 120 int. 5", "c.so Matteotti 120 int. 5"),
    ("vicolo", "vicolo del Pozzo Vecchio 2, Spello", "vicolo del Pozzo Vecchio 2, Spello"),
    ("vico", "abito a vico Lungo Gelso 31, Napoli", "vico Lungo Gelso 31, Napoli"),
    ("contrada", "contrada Scalzagallo 18, Modica", "contrada Scalzagallo 18, Modica"),
    ("c.da", "c.da Pantanelli 5, 92100 Agrigento", "c.da Pantanelli 5, 92100 Agrigento"),
    ("localita", "località Poggiarello 9, Sovicille", "località Poggiarello 9, Sovicille"),
    ("loc.", "loc. Caselle 14, Trequanda", "loc. Caselle 14, Trequanda"),
    ("frazione", "frazione Sant'Andrea 33, Cortona", "frazione Sant'Andrea 33, Cortona"),
    ("fraz.", "fraz. Pianezze 6, Valdobbiadene", "fraz. Pianezze 6, Valdobbiadene"),
    ("borgo", "borgo Pinti 47 rosso, Firenze", "borgo Pinti 47 rosso, Firenze"),
    ("salita", "salita Sant'Anna 11, Genova", "salita Sant'Anna 11, Genova"),
    ("discesa", "discesa Gaiola 40, Napoli", "discesa Gaiola 40, Napoli"),
    ("calata", "calata Trinità Maggiore 7, Napoli", "calata Trinità Maggiore 7, Napoli"),
    (
        "lungomare",
        "lungomare Cristoforo Colombo 210, Pescara",
        "lungomare Cristoforo Colombo 210, Pescara",
    ),
    ("lungotevere", "lungotevere dei Mellini 44, Roma", "lungotevere dei Mellini 44, Roma"),
    ("lungarno", "lungarno Pacinotti 12, Pisa", "lungarno Pacinotti 12, Pisa"),
    ("traversa", "seconda traversa Marzano 5, Bari", "traversa Marzano 5, Bari"),
    ("rione", "rione Terra 23, Pozzuoli", "rione Terra 23, Pozzuoli"),
    ("strada", "strada Baraccone 19, Moncalieri", "strada Baraccone 19, Moncalieri"),
    ("str.", "str. del Drosso 110, Torino", "str. del Drosso 110, Torino"),
    ("sp-km", "siamo sulla SP 71 km 12, vicino al bivio", "SP 71 km 12"),
    ("ss-km", "azienda agricola lungo la SS 113 km 58", "SS 113 km 58"),
    ("statale-km", "siamo in strada statale 18 km 402", "strada statale 18 km 402"),
    ("sr-km", "la sede è SR 204 km 7,5", "SR 204 km 7,5"),
    ("via-privata", "via privata Bassini 6, Milano", "via privata Bassini 6, Milano"),
    ("parco", "abito al parco Verde 4, Casoria", "parco Verde 4, Casoria"),
    ("residence", "residence Le Ginestre 12, Porto Rotondo", "residence Le Ginestre 12"),
    ("complesso", "complesso Le Terrazze 3, scala A", "complesso Le Terrazze 3, scala A"),
    (
        "isola",
        "Centro Direzionale isola C2, scala B, Napoli",
        "Centro Direzionale isola C2, scala B, Napoli",
    ),
    (
        "isola-is.",
        "ufficio al Centro Direzionale, Is. F11 piano 4",
        "Centro Direzionale, Is. F11 piano 4",
    ),
    ("snc", "località Piano dei Grilli snc, Narni", "località Piano dei Grilli snc, Narni"),
    # civic number forms
    ("civ-slash", "via Solferino 12/A", "via Solferino 12/A"),
    ("civ-letter", "via Solferino 12A", "via Solferino 12A"),
    ("civ-bis", "via Solferino 12 bis", "via Solferino 12 bis"),
    ("civ-range", "via Solferino 12-14", "via Solferino 12-14"),
    ("civ-n.", "via Solferino n. 12", "via Solferino n. 12"),
    ("civ-n-degree", "via Solferino n°12", "via Solferino n°12"),
    ("civ-civico", "via Solferino civico 12", "via Solferino civico 12"),
    ("civ-km", "via Emilia km 3,5", "via Emilia km 3,5"),
    # appendages after a comma
    ("app-scala", "via Tiburtina 88, scala B, Roma", "via Tiburtina 88, scala B, Roma"),
    ("app-sc.", "via Tiburtina 88, sc. B", "via Tiburtina 88, sc. B"),
    ("app-interno", "via Tiburtina 88, interno 7", "via Tiburtina 88, interno 7"),
    ("app-int.", "via Tiburtina 88, int. 7", "via Tiburtina 88, int. 7"),
    ("app-piano", "via Tiburtina 88, piano 3", "via Tiburtina 88, piano 3"),
    ("app-p.", "via Tiburtina 88, p. 2", "via Tiburtina 88, p. 2"),
    ("app-palazzina", "via Tiburtina 88, palazzina C", "via Tiburtina 88, palazzina C"),
    ("app-lotto", "via Tiburtina 88, lotto 4", "via Tiburtina 88, lotto 4"),
    ("app-edificio", "via Tiburtina 88, edificio 2", "via Tiburtina 88, edificio 2"),
    ("app-torre", "via Tiburtina 88, torre B", "via Tiburtina 88, torre B"),
    (
        "app-chain",
        "via Tiburtina 88, scala B, interno 7, piano 3",
        "via Tiburtina 88, scala B, interno 7, piano 3",
    ),
    ("app-co", "via Tiburtina 88, c/o Ferraresi", "via Tiburtina 88, c/o Ferraresi"),
    ("app-presso", "via Tiburtina 88 presso Studio Lenti", "via Tiburtina 88 presso Studio Lenti"),
    ("cap-before", "spedite a 40126 Bologna, via Irnerio 30", "40126 Bologna, via Irnerio 30"),
    ("cap-after", "via Irnerio 30, Bologna 40126", "via Irnerio 30, Bologna 40126"),
    ("province", "via Irnerio 30, 20090 Segrate (MI)", "via Irnerio 30, 20090 Segrate (MI)"),
    # United Kingdom and Ireland
    ("uk-flat", "post it to Flat 5, 27 Tanner Road, Leeds", "Flat 5, 27 Tanner Road, Leeds"),
    ("uk-floor", "we're on the 3rd floor, 48 Queen St, Bath", "3rd floor, 48 Queen St, Bath"),
    (
        "uk-house-name",
        "Bramble Cottage, Chapel Lane, Ashby DE65 4QT",
        "Bramble Cottage, Chapel Lane, Ashby DE65 4QT",
    ),
    (
        "uk-unit",
        "Unit 11, Brookside Industrial Estate, Hull",
        "Unit 11, Brookside Industrial Estate, Hull",
    ),
    ("uk-postcode", "12 Dorset Rise, London SE15 3PQ", "12 Dorset Rise, London SE15 3PQ"),
    ("uk-bt", "send it to 9 Lisburn Road, Belfast BT7 1NN", "9 Lisburn Road, Belfast BT7 1NN"),
    ("eircode", "deliver to 4 Grange Park, Dublin, D04 K7P2", "4 Grange Park, Dublin, D04 K7P2"),
    ("uk-12a", "I live at 12a Fernhill Avenue", "12a Fernhill Avenue"),
    (
        "uk-range",
        "the shop is at 12-14 Westgate Street, Gloucester",
        "12-14 Westgate Street, Gloucester",
    ),
    # United States
    (
        "us-apt",
        "ship to Apt 6C, 205 W 31st St, New York, NY 10001",
        "Apt 6C, 205 W 31st St, New York, NY 10001",
    ),
    (
        "us-suite",
        "our office is 2200 Larkin Blvd, Suite 200, Austin, TX 78701",
        "2200 Larkin Blvd, Suite 200, Austin, TX 78701",
    ),
    ("us-pobox", "mail it to PO Box 4417, Boise, ID 83701", "PO Box 4417"),
    ("us-nw", "we met at 2150 Delaware Ave NW, Washington", "2150 Delaware Ave NW, Washington"),
    # German, French, Spanish, Swiss
    ("fr-rue", "livraison au 14 rue des Capucines, Lyon", "14 rue des Capucines"),
    ("fr-avenue", "j'habite 8 avenue Jean Jaurès", "8 avenue Jean Jaurès"),
    ("fr-chemin", "chez moi, 23 chemin des Vignes", "23 chemin des Vignes"),
    ("fr-boulevard", "au 101 boulevard Voltaire, Paris", "101 boulevard Voltaire"),
    ("fr-bis", "mon adresse: 12 bis rue Pasteur", "12 bis rue Pasteur"),
    ("de-strasse", "Lieferung an Lindenstraße 14, 10115 Berlin", "Lindenstraße 14, 10115 Berlin"),
    ("de-gasse", "bitte an Kirchgasse 3 schicken", "Kirchgasse 3"),
    ("de-weg", "wohne am Birkenweg 17", "Birkenweg 17"),
    ("es-calle", "envíalo a calle Mayor 5, Toledo", "calle Mayor 5"),
    ("es-avenida", "vivo en Avenida del Puerto 120", "Avenida del Puerto 120"),
    ("es-plaza", "estamos en Plaza Nueva 4", "Plaza Nueva 4"),
    ("es-paseo", "en Paseo de Gracia 43, Barcelona", "Paseo de Gracia 43"),
    ("es-carrer", "Carrer de Sants 221, Barcelona", "Carrer de Sants 221"),
    ("es-c/", "C/ Olmo 8, 2º A, Madrid", "C/ Olmo 8, 2º A"),
    ("ch-strasse", "Bahnhofstrasse 21, 8001 Zürich", "Bahnhofstrasse 21, 8001 Zürich"),
    # writing styles
    ("caps-it", "SPEDIRE A VIA DELLE ROSE 14, 25100 BRESCIA", "VIA DELLE ROSE 14, 25100 BRESCIA"),
    ("caps-en", "SHIP TO 41 HAWTHORN ROAD, YORK", "41 HAWTHORN ROAD, YORK"),
    ("lower-it", "mandalo a via dei mille 9 genova", "via dei mille 9"),
    ("lower-en", "its 41 hawthorn road", "41 hawthorn road"),
    ("two-lines-it", "indirizzo:\nvia Cavour 55\n10123 Torino", "via Cavour 55\n10123 Torino"),
    ("two-lines-en", "address:\n41 Hawthorn Road\nYork YO1 7HH", "41 Hawthorn Road\nYork YO1 7HH"),
    ("citofono", "via Mazzini 31, citofono 12", "via Mazzini 31, citofono 12"),
    ("consegnare", "consegnare a via Pastrengo 17, Verona", "via Pastrengo 17, Verona"),
    ("ship-to", "ship to: 77 Orchard Lane, Norwich", "77 Orchard Lane, Norwich"),
]


# More forms: numbers in a street's name, abbreviated titles, dashes between the parts, floors,
# business districts, care-of, writing styles, Spanish, Portuguese, Swiss and French Swiss
MORE = [
    ("sono in Via dell'Artigianato 4, Fano", "Via dell'Artigianato 4, Fano"),
    ("Viale della Repubblica, 12 - 59100 Prato", "Viale della Repubblica, 12 - 59100 Prato"),
    ("via Roma n.12, Asti", "via Roma n.12, Asti"),
    ("abito in Via XX Settembre 14", "Via XX Settembre 14"),
    ("Via IV Novembre 3, Lecco", "Via IV Novembre 3, Lecco"),
    ("via 1° Maggio 8, Empoli", "via 1° Maggio 8, Empoli"),
    ("piazza 8 Marzo 2, Cesena", "piazza 8 Marzo 2, Cesena"),
    ("Corso Vittorio Emanuele II, 154 Napoli", "Corso Vittorio Emanuele II, 154 Napoli"),
    ("P.zza S. Croce 3, Firenze", "P.zza S. Croce 3, Firenze"),
    ("via S. Giovanni Bosco 4", "via S. Giovanni Bosco 4"),
    ("via G. Verdi 7, Parma", "via G. Verdi 7, Parma"),
    ("via Gen. Cantore 21r, Genova", "via Gen. Cantore 21r, Genova"),
    ("V. Nazionale 5, Trento", "V. Nazionale 5, Trento"),
    ("Via Roma, 12 - 20100 Milano MI", "Via Roma, 12 - 20100 Milano MI"),
    ("via Nazionale, 5 - Roma", "via Nazionale, 5 - Roma"),
    ("via Fratelli Cervi 1 Reggio Emilia", "via Fratelli Cervi 1 Reggio Emilia"),
    ("indirizzo: Via Garibaldi 5\n20010 Arluno MI", "Via Garibaldi 5\n20010 Arluno MI"),
    ("VIA GIUSEPPE MAZZINI 12", "VIA GIUSEPPE MAZZINI 12"),
    ("SPEDIRE A: P.ZZA DELLA LIBERTÀ 9", "P.ZZA DELLA LIBERTÀ 9"),
    ("via roma 12 int 4", "via roma 12 int 4"),
    ("via dei tigli 3 scala b", "via dei tigli 3 scala b"),
    ("viale europa 40/c, 80143 napoli", "viale europa 40/c, 80143 napoli"),
    ("Via Boschetti 4 - 2° piano - 20121 Milano", "Via Boschetti 4 - 2° piano - 20121 Milano"),
    ("Via Boschetti 4, primo piano", "Via Boschetti 4, primo piano"),
    ("via Boschetti 4, interno 12/B", "via Boschetti 4, interno 12/B"),
    (
        "Via del Lavoro 12, Zona Industriale, 36040 Grisignano",
        "Via del Lavoro 12, Zona Industriale, 36040 Grisignano",
    ),
    ("Loc. Pian di Molino 3, 52010 Subbiano AR", "Loc. Pian di Molino 3, 52010 Subbiano AR"),
    ("Frazione Ronchi, via Chiesa 4", "Frazione Ronchi, via Chiesa 4"),
    ("Via Cavour 10, 1° piano, scala A", "Via Cavour 10, 1° piano, scala A"),
    ("via Carlo Alberto dalla Chiesa 5", "via Carlo Alberto dalla Chiesa 5"),
    ("mandatemelo in via San Francesco d'Assisi 15, Lecce", "via San Francesco d'Assisi 15, Lecce"),
    ("via Pietro Nenni 44 (TO)", "via Pietro Nenni 44 (TO)"),
    ("Via Luigi Einaudi 3 - 20090 Assago (MI)", "Via Luigi Einaudi 3 - 20090 Assago (MI)"),
    ("c/o Rossetti, via del Fante 7", "via del Fante 7"),
    ("Piazza Italia 3, Prato", "Piazza Italia 3, Prato"),
    ("citofono Benassi, via Settembrini 61", "via Settembrini 61"),
    ("consegna presso Bar Centrale, piazza Duomo 4", "Bar Centrale, piazza Duomo 4"),
    ("ship to 33 St John's Road, Sevenoaks", "33 St John's Road, Sevenoaks"),
    ("4 O'Connell Street Upper, Dublin 1", "4 O'Connell Street Upper, Dublin 1"),
    (
        "Apartment 12, The Maltings, 3 Quay St, Bristol",
        "Apartment 12, The Maltings, 3 Quay St, Bristol",
    ),
    ("1st Floor Flat, 22 Elm Grove, Brighton", "1st Floor Flat, 22 Elm Grove, Brighton"),
    ("basement flat, 7 Hanover Square", "basement flat, 7 Hanover Square"),
    ("42B Baker St, London NW1 6XE", "42B Baker St, London NW1 6XE"),
    (
        "my address is 123 Main St., Apt. 5, Springfield, IL 62704",
        "123 Main St., Apt. 5, Springfield, IL 62704",
    ),
    ("55 E 10th St #3R, New York", "55 E 10th St #3R, New York"),
    ("Unit 5/17 Albert Street, Brisbane QLD 4000", "Unit 5/17 Albert Street, Brisbane QLD 4000"),
    (
        "The Old Forge\n3 Church Lane\nHadleigh\nIP7 5EE",
        "The Old Forge\n3 Church Lane\nHadleigh\nIP7 5EE",
    ),
    (
        "Flat 4\nBirchwood House\n12 Station Road\nCardiff CF10 1AA",
        "Flat 4\nBirchwood House\n12 Station Road\nCardiff CF10 1AA",
    ),
    ("Rose Cottage, Church Lane, Ledbury", "Rose Cottage, Church Lane, Ledbury"),
    ("apt 4b 318 west 22nd street", "apt 4b 318 west 22nd street"),
    ("8 rue de la Paix, 75002 Paris", "8 rue de la Paix, 75002 Paris"),
    ("Calle de Alcalá 45, 2º izq., 28014 Madrid", "Calle de Alcalá 45, 2º izq., 28014 Madrid"),
    ("Avda. de la Constitución 12, Sevilla", "Avda. de la Constitución 12, Sevilla"),
    ("Rua das Flores 88, Porto", "Rua das Flores 88, Porto"),
    ("Friedrichstraße 123, 10117 Berlin", "Friedrichstraße 123, 10117 Berlin"),
    ("Rue du Marché 12, 1204 Genève", "Rue du Marché 12, 1204 Genève"),
    ("Via Nassa 21, 6900 Lugano", "Via Nassa 21, 6900 Lugano"),
    ("Chemin des Crêts 5, 1218 Le Grand-Saconnex", "Chemin des Crêts 5, 1218 Le Grand-Saconnex"),
    ("citofono: via Po 12, Torino", "via Po 12, Torino"),
    ("via Po 2 Torino", "via Po 2 Torino"),
    ("abito in via Roma al 12", "via Roma al 12"),
    ("Via Montenapoleone 8 - 20121 Milano", "Via Montenapoleone 8 - 20121 Milano"),
    ("Str. Val San Martino Superiore 194, Torino", "Str. Val San Martino Superiore 194, Torino"),
    ("Vico II San Nicola alla Dogana 9, Napoli", "Vico II San Nicola alla Dogana 9, Napoli"),
    ("Salita dei Cappuccini 3/5, Trieste", "Salita dei Cappuccini 3/5, Trieste"),
    ("Borgo Santa Croce 12 rosso", "Borgo Santa Croce 12 rosso"),
    ("Lungomare Trieste 1, 84121 Salerno SA", "Lungomare Trieste 1, 84121 Salerno SA"),
    ("Contrada Piano Lago snc, 87050 Mangone", "Contrada Piano Lago snc, 87050 Mangone"),
    ("via per Cesano 45, Seregno", "via per Cesano 45, Seregno"),
    ("Str. Statale 36 km 12, Lecco", "Str. Statale 36 km 12"),
    ("S.S. 7 Quater km 40", "S.S. 7 Quater km 40"),
    ("Via Appia Nuova km 14,200", "Via Appia Nuova km 14,200"),
    ("P.le Loreto 1, Milano", "P.le Loreto 1, Milano"),
    ("L.go Augusto 3", "L.go Augusto 3"),
]


def _leaks(engine: AnonymisationEngine, text: str, value: str) -> str | None:
    """Why the address ``value`` in ``text`` leaks, or None."""
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    start = text.index(value)
    mask = _covered(result.detections, len(text))
    missed = "".join(
        text[i] for i in _alnum_positions(text, start, start + len(value)) if not mask[i]
    )
    if missed:
        return f"not covered: {missed!r} -> {result.text!r}"
    for part in address_parts(value):
        if part and _survives(part, text.replace(value, " "), result.text):
            return f"{part!r} survives -> {result.text!r}"
    return None


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in STRESS])
def test_stress_address_is_fully_redacted(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    assert _leaks(engine, text, value) is None


@pytest.mark.parametrize(("text", "value"), MORE)
def test_more_address_forms_are_fully_redacted(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    assert _leaks(engine, text, value) is None


def test_zip_plus_four(engine: AnonymisationEngine) -> None:
    value = "1450 Birch Hollow Dr, Dayton, OH 45402-1234"
    assert _leaks(engine, f"send it to {value}", value) is None


LOOK_ALIKES = [
    "il complesso residenziale ha 3 piscine",
    "un complesso di 3 edifici",
    "il residence è a 200 metri dal mare",
    "il condominio ha 12 appartamenti",
    "Il complesso Rolling Stones 2 volte in Italia",
    "il Residence Miramare ha 40 camere",
    "ordine n. 40126 Bologna, spedito ieri",
    "Ci vediamo il 1° maggio alle 10",
    "la strada statale è chiusa per 3 km",
    "Il prezzo è 12,50 € per 3 pezzi",
    "il modello Avenue de la Mode 12 pezzi",
    "Place Settings 12 pieces",
    "Route 66 Diner",
    "la taglia 2a è finita",
    "Rue 21 opens at 9",
    "Ho preso il 3° posto",
    "alle 12 p. 3 del libro",
    "Chemin de fer 3 fois",
    "Quai des Brumes 1938",
    "il centro direzionale apre alle 9",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_address(text: str) -> None:
    assert list(find_addresses(text)) == []


def test_snc_after_a_street_is_no_firm(engine: AnonymisationEngine) -> None:
    # "snc" is also a partnership's "S.n.c.": after a street it is the missing house number
    value = "località Fonte Bianca snc"
    assert _leaks(engine, f"siamo in {value}, dopo il ponte", value) is None


def test_cap_and_town_before_the_street_need_a_known_town() -> None:
    text = "ordine 40126 Spedito, via Irnerio 30"
    assert [text[d.start : d.end] for d in find_addresses(text)] == ["via Irnerio 30"]
