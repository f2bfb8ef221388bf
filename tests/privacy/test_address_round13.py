"""Addresses of round 13: a street named after something the keep rules protect elsewhere (a
maker, a brand, a landmark, a saint, a famous surname, a first name, a date, an everyday word),
in every layout the address recognizer knows; one-word Dutch, Flemish, German and Scandinavian
streets by their suffix with a postcode and a town; American addresses with a flat or suite,
city, state and ZIP; neighbourhoods in mixed case after their cue. An address counts only when
every letter and digit of it is redacted and neither its street name nor its house number
survives (the rule of ``privacy/evaluate.py``).

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.address import find_addresses
from tests.privacy.test_address_round12 import _leaks
from tests.privacy.test_names_general import chat_message

# class 1: a street type, a protected name and a house number (message, the address in it)
PROTECTED_STREETS = [
    # makers and brands as the street's name, Italian layouts
    ("abito in via Ducati 14, Bologna", "via Ducati 14, Bologna"),
    ("la consegna è in viale Piaggio 27 int. 3", "viale Piaggio 27 int. 3"),
    ("spedite a corso Lancia 88, 10141 Torino", "corso Lancia 88, 10141 Torino"),
    ("siamo in piazza Bialetti 2, scala A", "piazza Bialetti 2, scala A"),
    ("mandatelo a via Lavazza 9/B", "via Lavazza 9/B"),
    ("mi sono spostato a Lodi, via Benelli 40 int. 2", "via Benelli 40 int. 2"),
    ("ritiro in via Aprilia 7 bis", "via Aprilia 7 bis"),
    ("la sede è in via Vespa 5, Pontedera", "via Vespa 5, Pontedera"),
    ("via Alfa Romeo 33, Arese", "via Alfa Romeo 33, Arese"),
    ("via Moto Guzzi 4, Mandello", "via Moto Guzzi 4, Mandello"),
    ("spedire in via Bianchi 12, scala B, interno 4", "via Bianchi 12, scala B, interno 4"),
    ("largo Olivetti 3, 10015 Ivrea", "largo Olivetti 3, 10015 Ivrea"),
    ("traversa Pirelli 18, Milano", "traversa Pirelli 18, Milano"),
    ("vicolo Campari 6", "vicolo Campari 6"),
    ("via Gilera 9 int. 14", "via Gilera 9 int. 14"),
    # after a condominium, residence or palazzo word, after c/o
    ("Condominio via Ferrari 41, scala C", "via Ferrari 41, scala C"),
    ("Residence viale Benetton 6 int. 12", "viale Benetton 6 int. 12"),
    ("Palazzo Barilla, via Mazzini 3", "via Mazzini 3"),
    ("c/o Studio Neri, via Peroni 17, 00153 Roma", "via Peroni 17, 00153 Roma"),
    ("Condominio Le Querce, viale Marconi 140", "viale Marconi 140"),
    ("fattura: Condominio piazza Volta 8, CF RSSMRA80A01H501U", "piazza Volta 8"),
    ("intestate a Condominio via Fermi 52, P.IVA 01234567897", "via Fermi 52"),
    ("amministrazione: viale Puccini 77, tel 0223456789", "viale Puccini 77"),
    # a landmark, a saint, a famous surname, a first name, a date, a word
    ("il negozio è in corso Porta Romana 61, ASL dice ok", "corso Porta Romana 61"),
    ("piazza Porta Nuova 6, Torino", "piazza Porta Nuova 6, Torino"),
    ("corso Porta Vittoria 45, IVA inclusa", "corso Porta Vittoria 45"),
    ("via San Pellegrino 3, Bergamo", "via San Pellegrino 3, Bergamo"),
    ("viale Santa Rita 21, Cascia", "viale Santa Rita 21, Cascia"),
    ("via Giulia 22, Roma", "via Giulia 22, Roma"),
    ("via Natale 5, Lecce", "via Natale 5, Lecce"),
    ("via XX Settembre 45, Genova", "via XX Settembre 45, Genova"),
    ("piazza IV Novembre 2, Perugia", "piazza IV Novembre 2, Perugia"),
    ("via Verdi 18, SDI M5UXCR1", "via Verdi 18"),
    ("viale Leonardo da Vinci 80, Firenze", "viale Leonardo da Vinci 80, Firenze"),
    # English, French, Spanish and German layouts
    (
        "ship to 14 Burberry Rd, Apt 2B, Boston, MA 02118",
        "14 Burberry Rd, Apt 2B, Boston, MA 02118",
    ),
    (
        "send it to 221 Gucci Ave, Suite 400, Miami, FL 33131",
        "221 Gucci Ave, Suite 400, Miami, FL 33131",
    ),
    (
        "deliver to 9 Tesla Street, Unit 5, Austin, TX 78701",
        "9 Tesla Street, Unit 5, Austin, TX 78701",
    ),
    ("I live at 31 Prada Lane, London SW3 4QT", "31 Prada Lane, London SW3 4QT"),
    ("post it to 5 Dyson Close, Bath BA1 2AB", "5 Dyson Close, Bath BA1 2AB"),
    ("our flat is 70 Mulberry Way, Leeds LS6 1AA", "70 Mulberry Way, Leeds LS6 1AA"),
    ("livraison au 12 rue Chanel, 75008 Paris", "12 rue Chanel, 75008 Paris"),
    ("Calle Zara 14, 28013 Madrid", "Calle Zara 14, 28013 Madrid"),
    ("Avenida Zara 15, 3º B, 28001 Madrid", "Avenida Zara 15, 3º B, 28001 Madrid"),
    ("calle Mango 8, 2º izq., Barcelona", "calle Mango 8, 2º izq., Barcelona"),
    ("envoyez à Rue Lacoste 12, 1204 Genève", "Rue Lacoste 12, 1204 Genève"),
    (
        "Palazzo Ducati, corso Italia 5, scala A, 00198 Roma",
        "Palazzo Ducati, corso Italia 5, scala A, 00198 Roma",
    ),
    ("via Ferrero 14 - 12051 Alba (CN)", "via Ferrero 14 - 12051 Alba (CN)"),
    ("via Olivetti 2, 10015 Ivrea TO, tel 0125 123456", "via Olivetti 2, 10015 Ivrea TO"),
    (
        "I live in 5 Levi Street, Apt 4, Brooklyn, NY 11201",
        "5 Levi Street, Apt 4, Brooklyn, NY 11201",
    ),
    ("Porschestraße 12, 70435 Stuttgart", "Porschestraße 12, 70435 Stuttgart"),
]

# class 2: one-word continental streets by their suffix, with a postcode and a town
SUFFIX_STREETS = [
    ("Shop address Groenmarkt 21, 9000 Gent. Thanks", "Groenmarkt 21, 9000 Gent"),
    ("winkel: Vismarkt 4, 3000 Leuven", "Vismarkt 4, 3000 Leuven"),
    ("ship it to Frankrijklei 12, 2000 Antwerpen", "Frankrijklei 12, 2000 Antwerpen"),
    ("our office is Kiplingvest 8, 2800 Mechelen", "Kiplingvest 8, 2800 Mechelen"),
    ("stuur naar Oosthof 3, 8000 Brugge", "Oosthof 3, 8000 Brugge"),
    ("the studio, Kerkstraat 12, 2514 AB Den Haag", "Kerkstraat 12, 2514 AB Den Haag"),
    ("Prinsengracht 263, 1016 GV Amsterdam", "Prinsengracht 263, 1016 GV Amsterdam"),
    ("address Beukenlaan 7, 5616 VD Eindhoven", "Beukenlaan 7, 5616 VD Eindhoven"),
    ("Stationsplein 4, 3511 ED Utrecht", "Stationsplein 4, 3511 ED Utrecht"),
    ("please use Mechelsesteenweg 90, 2018 Antwerpen", "Mechelsesteenweg 90, 2018 Antwerpen"),
    ("Wijnkaai 2, 1000 Brussel", "Wijnkaai 2, 1000 Brussel"),
    ("Abdijdreef 5, 8200 Brugge", "Abdijdreef 5, 8200 Brugge"),
    ("Zeedijk 110, 8400 Oostende", "Zeedijk 110, 8400 Oostende"),
    ("Nieuwe Haven: Veerkade 3, 3016 DE Rotterdam", "Veerkade 3, 3016 DE Rotterdam"),
    ("Oranjesingel 9, 6511 NS Nijmegen", "Oranjesingel 9, 6511 NS Nijmegen"),
    ("Lindenstraße 4, 10969 Berlin", "Lindenstraße 4, 10969 Berlin"),
    ("Bahnhofstrasse 21, 8001 Zürich", "Bahnhofstrasse 21, 8001 Zürich"),
    ("Herrengasse 6, 1010 Wien", "Herrengasse 6, 1010 Wien"),
    ("Marktplatz 2, 69117 Heidelberg", "Marktplatz 2, 69117 Heidelberg"),
    ("Kastanienallee 30, 10435 Berlin", "Kastanienallee 30, 10435 Berlin"),
    ("Kaiserring 10, 68161 Mannheim", "Kaiserring 10, 68161 Mannheim"),
    ("Kurfürstendamm 50, 10707 Berlin", "Kurfürstendamm 50, 10707 Berlin"),
    ("Drottninggatan 45, 111 21 Stockholm", "Drottninggatan 45, 111 21 Stockholm"),
    ("Sveavägen 12, 113 50 Stockholm", "Sveavägen 12, 113 50 Stockholm"),
    ("Stortorget 2, 211 22 Malmö", "Stortorget 2, 211 22 Malmö"),
    ("Vesterbrogade 12, 1620 København", "Vesterbrogade 12, 1620 København"),
    ("Strandvejen 8, 2900 Hellerup", "Strandvejen 8, 2900 Hellerup"),
    ("Kongsveien 3, 0193 Oslo", "Kongsveien 3, 0193 Oslo"),
]

# class 3: an American street, its flat or suite, then city, state and ZIP
US_UNITS = [
    "412 Larkspur Ave, Apt 7C, Denver, CO 80203",
    "57 Orchard St, Unit 2, Portland, ME 04101",
    "1200 Bayview Blvd, Suite 310, Tampa, FL 33602",
    "88 Willow Rd, Apt. 12, Evanston, IL 60201",
    "19 Crescent Dr, #4B, Austin, TX 78704",
    "301 Pine Street, Ste 9, Seattle, WA 98101",
    "26 Maple Ln Apt 1, Madison, WI 53703",
    "740 Grand Ave, Apartment 5, Oakland, CA 94610",
]

# class 4: neighbourhoods in mixed case or capitals after their cue (message, the name)
NEIGHBOURHOODS = [
    ("Vivo a Torino, zona SaLo, vicino al mercato", "SaLo"),
    ("abito in zona NoPi da due anni", "NoPi"),
    ("sto nel quartiere SoBa, dietro la stazione", "SoBa"),
    ("casa mia è in rione TriVe", "TriVe"),
    ("frazione MoRo, dopo il ponte", "MoRo"),
    ("we moved to the NoMa area last year", "NoMa"),
    ("a loft in the SoWa district", "SoWa"),
    ("ci vediamo in zona DUMBA", "DUMBA"),
]


@pytest.mark.parametrize(("text", "value"), PROTECTED_STREETS)
def test_street_named_after_a_protected_word(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    assert _leaks(engine, text, value) is None


@pytest.mark.parametrize(("text", "value"), SUFFIX_STREETS)
def test_one_word_continental_street(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _leaks(engine, text, value) is None


@pytest.mark.parametrize("value", US_UNITS)
def test_us_address_with_unit_city_state_zip(engine: AnonymisationEngine, value: str) -> None:
    assert _leaks(engine, f"ship it to {value} please", value) is None


@pytest.mark.parametrize(("text", "value"), NEIGHBOURHOODS)
def test_neighbourhood_after_its_cue(engine: AnonymisationEngine, text: str, value: str) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert value not in result.text


# the protected word without a street kind or without a house number, a suffix word with no
# postcode, a mixed-case name with no cue: no address, no place
LOOK_ALIKES = [
    "il Gilera 125 del 1978 è in garage",
    "la Porta Nuova è chiusa per lavori",
    "my Mulberry bag, 2 straps broken",
    "Harvest 12 bottles for the party",
    "Supermarkt 24 ore su 24",
    "il Ducati Monster 821 nero",
    "Lancia Ypsilon 1.2 usata",
    "the Gucci Ace 42 sneakers",
    "a Tesla Model 3 charger",
    "Burberry Kensington 52 trench",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_address(text: str) -> None:
    assert list(find_addresses(text)) == []


PROSE = [
    ("guardavamo viale del tramonto in tv", "tramonto"),
    ("il modello Porta Nuova costa 40 euro", "Nuova"),
    ("SoHo is my favourite perfume", "SoHo"),
    ("la zona ROSSA è finita", "ROSSA"),
    ("I bought the Gilera 50 from a dealer", "Gilera"),
]


@pytest.mark.parametrize(("text", "word"), PROSE)
def test_protected_words_in_prose_survive(
    engine: AnonymisationEngine, text: str, word: str
) -> None:
    result = engine.anonymise_conversation([chat_message(0, "customer", text)])[0]
    assert word in result.text
