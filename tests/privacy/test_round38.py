"""Round 38 (session 25), from the clean batches hw104-hw112 once studied: their 40 leaked
values were mostly classes: a foreign country an agent quotes a shipping price for ("€45
shipping to Spain", "We ship to Ireland for 19 €"), a country's name or code before one's own
number or address ("its an Australia number", "my NL number", "your Taiwan number", "il mio
indirizzo svizzero"), a foreign customer's stay in the agent's courtesy question ("Da quanto
vive in Italia?"), a two-word country with its second word in small letters ("Czech
republic"), user names built on a name of the conversation ("a friend Iker, he is
ikerdelmar", "user olu.learns.italiano"), a nickname after the words that give it ("lo
chiamiamo il Barone"), a first name that is a word with the age after it ("Hope is 7"), a
surname after "ring" ("ring Zanin the landlady"); and address parts: the house number opening
the message after one that broke off at its cue ("... il civico è il" / "89, secondo
piano"), "n. 27/B / citofono", an address named again without its kind ("località Prosecco
41" ... "la via vera è Prosecco 41"), a village's house number where someone lives, a Dutch
street with its particle ("Witte de Withstraat 41-B"), a student's room ("kamer 12"), the
words after "c/o" before a residence. Then, by probing the same classes with invented text:
"Per la Svizzera la spedizione è 25 €", "ho un cell svizzero", "sc B" without its dot, a
mailbox with its dots spoken ("sara dot k at protonmail"), a platform's numeric id, "she goes
by x", a shop on a marketplace ("her vinted is x"), "my username there is x", the name
someone shows on an app ("on whatsapp she is Mama Fola"), the area of one's own address ("our
Cotswolds address"), any street and its number after "address:" ("my address: Kneza Miloša
10"). Part 2, from hw122-hw127 (commissioned and studied in the same session): "l'amica mia
Bianca", children listed with their ages, "chiama matte 348 ...", capital "D'" surnames, German
kin, "mister hobbs", "soprannome x", "mi trovate come x" after a forum, "see me as x", office
users listed, Venice's sestiere and number in small letters, "spianata", "18 Triq il-Kbira",
"non 9, è 19, scala C", a house number after a message that promised it, "appartement 5",
"telefono ukraino", "ship to you in Italy". Look-alikes that must stay: a clitic before a
verb after a first name ("gigi lo chiamiamo"), zones and sentences without a price ("we ship
to all of Europe"), products, prices and years after a town or a name, "user è admin". Every
text is invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_round26 import _conversation, _count

# (conversation, index of the message, value that must not survive in it)
REDACTED = [
    (
        [
            ("customer", "hi do you have the 9ft longboard?"),
            ("agent", "Yes! It's €410 + €38 shipping to Portugal."),
        ],
        1,
        "Portugal",
    ),
    ([("agent", "Noted! We ship to Denmark for 21 €.")], 0, "Denmark"),
    ([("agent", "Ciao! Spedizione in Austria 16 €, arriva in 4 giorni.")], 0, "Austria"),
    ([("agent", "Perfect, tracked shipping to the UK is 24 €.")], 0, "UK"),
    ([("customer", "call me on +353 87 123 4567, its an Ireland number")], 0, "Ireland"),
    ([("customer", "if the courier needs it my BE number is +32 470 12 34 56")], 0, "BE"),
    ([("agent", "We also need a local phone or your Canada number, please")], 0, "Canada"),
    ([("customer", "il mio indirizzo olandese è Keizersgracht 12, Amsterdam")], 0, "olandese"),
    ([("customer", "my Austrian address is Hauptstraße 4, Graz")], 0, "Austrian"),
    ([("customer", "ho un cell svizzero, vi scrivo da lì")], 0, "svizzero"),
    ([("customer", "use our Cotswolds address for the invoice")], 0, "Cotswolds"),
    ([("customer", "we moved to the Algarve two years ago")], 0, "Algarve"),
    ([("customer", "my address: Kneza Miloša 10, Beograd")], 0, "Kneza"),
    ([("customer", "indirizzo: Ilica 242, Zagreb")], 0, "242"),
    # part 2, from hw122-hw127 (commissioned and studied in this session)
    ([("customer", "un regalo x l'amica mia Bianca, quanto costa?")], 0, "Bianca"),
    ([("customer", "i miei bimbi, Pietro 9 anni e Viola 6")], 0, "Viola"),
    ([("customer", "bianca Rossi. pago con la carta")], 0, "bianca"),
    ([("customer", "se nn rispondo chiama matte 348-119-6037")], 0, "matte"),
    ([("customer", "the buzzer says D'Addario, that's the owner")], 0, "D'Addario"),
    ([("customer", "il suo soprannome è pupetto, scrivetelo sul retro")], 0, "pupetto"),
    ([("customer", "su vespaforum mi trovate come px_lello77")], 0, "px_lello77"),
    ([("customer", "guests see me as JoannaK_NYC on airbnb")], 0, "JoannaK_NYC"),
    ([("customer", "gli utenti windows sono mbianchi e laura.p")], 0, "mbianchi"),
    ([("customer", "sede dorsoduro 3246 primo piano")], 0, "dorsoduro 3246"),
    ([("customer", "abito in spianata Castelletto 12 int. 3")], 0, "spianata"),
    ([("customer", "the address is 7 Triq San Pawl i think")], 0, "Triq San Pawl"),
    (
        [
            ("customer", "abito in via Garibaldi 9, Genova"),
            ("customer", "scusa non 9, è 19, scala C!"),
        ],
        1,
        "scala C",
    ),
    (
        [
            ("customer", "via Torre del Faro\nil numero nn me lo ricordo, chiedo a mio marito"),
            ("customer", "48 la casa gialla col cancello"),
        ],
        1,
        "48",
    ),
    (
        [
            ("customer", "my address is 14 rue des Lilas, 69003 Lyon"),
            ("customer", "pardon, it is appartement 5, 2e étage"),
        ],
        1,
        "appartement",
    ),
    ([("customer", "mio nome Olena, telefono ukraino +380 67 482 1930, grazie")], 0, "ukraino"),
    ([("customer", "Danke! meine Tochter Lena hat am 3. Mai Geburtstag")], 0, "Lena"),
    ([("customer", "he says thank you mister hobbs")], 0, "hobbs"),
    ([("customer", "my telegram is @ada_k btw and Will is willnotwill")], 0, "willnotwill"),
    (
        [
            ("customer", "hi, I live in Dubai but I am in Milan in May, +971 50 123 4567"),
            ("agent", "Sorry, we only ship within the EU. Could we ship to you in Italy instead?"),
        ],
        1,
        "Italy",
    ),
    (
        [
            ("customer", "salve sono Karim, vengo dalla Tunisia e vorrei convertire la patente"),
            ("agent", "Buongiorno Karim! Da quanto vive in Italia?"),
        ],
        1,
        "Italia",
    ),
    ([("customer", "hello i am Pavel from Czech republic, i want the blue one")], 0, "Czech"),
    (
        [("customer", "my cousin Iñigo plays too, he is inigodelmonte on the app")],
        0,
        "inigodelmonte",
    ),
    (
        [
            ("customer", "my brother Tunde got the same scam message"),
            ("agent", "Can Tunde send us his user name?"),
            ("customer", "yes he is tundebeats. thanks"),
        ],
        2,
        "tundebeats",
    ),
    ([("customer", "I am Chiamaka, user chia.draws.daily on your app")], 0, "chia.draws.daily"),
    ([("customer", "ps piero lo chiamiamo tutti il Conte, è lui che ritira")], 0, "Conte"),
    ([("customer", "my son, everyone calls him Bubba, will pick it up")], 0, "Bubba"),
    ([("customer", "Hope is 6 and Grace is 4, both love dinosaurs")], 0, "Hope"),
    ([("customer", "Rosa ha 8 anni e vuole il corso del sabato")], 0, "Rosa"),
    ([("customer", "from Corso Lodi 12 (ring Zanetti the landlord, he has keys)")], 0, "Zanetti"),
    (
        [
            ("customer", "viale Monterosa a Varese... il civico è il"),
            ("customer", "44, terzo piano con ascensore"),
        ],
        1,
        "44",
    ),
    (
        [
            ("customer", "Gallarate, via XXV Aprile\nil numero ve lo mando dopo"),
            ("customer", "n. 12/C / citofono Bassi"),
        ],
        1,
        "12/C",
    ),
    (
        [
            ("customer", "fattura a: sede località Borgonuovo 17 Pistoia"),
            ("customer", "sì lo so sembra un paese, la via vera è Borgonuovo 17"),
        ],
        1,
        "Borgonuovo 17",
    ),
    (
        [("customer", "a 10 minuti da Forni di Sotto 23 che è casa di mia nonna")],
        0,
        "23",
    ),
    ([("customer", "we live at Pieter de Hoochstraat 8-A, 1071 EE Amsterdam")], 0, "Pieter"),
    ([("customer", "send it to my room: Kanaalstraat 91 kamer 7, 3531 CJ Utrecht")], 0, "7"),
    (
        [("customer", "spedite c/o Casa di cura Villa Fiorita, via dei Mille 8, Lucca")],
        0,
        "cura",
    ),
    # and by probing the same classes with invented text
    ([("agent", "Per la Svizzera la spedizione è 25 € più dogana.")], 0, "Svizzera"),
    ([("customer", "via Nazionale 12 int 4 sc B, citofono Bassi")], 0, "sc B"),
    ([("customer", "my email is sara dot k at protonmail")], 0, "sara dot k"),
    ([("customer", "steam id: 76561198012345678 add me")], 0, "76561198012345678"),
    ([("customer", "she goes by kemi.knits online")], 0, "kemi.knits"),
    ([("customer", "her vinted is ella.closet22")], 0, "ella.closet22"),
    ([("customer", "my username there is BigTom, add me")], 0, "BigTom"),
    ([("customer", "her number is +234 803 555 0172, on whatsapp she is Aunty Bisi")], 0, "Bisi"),
]

# (conversation, index of the message, word that must survive as often as it is written)
KEPT = [
    ([("customer", "gigi lo chiamiamo domani mattina")], 0, "chiamiamo"),
    ([("customer", "sono Anna, li porto io sabato")], 0, "porto"),
    ([("agent", "Yes, we ship to all of Europe, 12 € flat.")], 0, "Europe"),
    ([("agent", "Yes we ship to Germany every week with DHL.")], 0, "Germany"),
    ([("agent", "spediamo in tutta Italia a 9 €")], 0, "Italia"),
    ([("customer", "Rosa is 5 € at the market, the red ones")], 0, "Rosa"),
    ([("customer", "vivo a Torino 24 ore su 24 lavoro sempre")], 0, "24"),
    ([("customer", "un prosecco 41 euro? caro")], 0, "prosecco"),
    ([("customer", "la chiamo domani, grazie")], 0, "domani"),
    ([("customer", "ciao sono Giulia, illustratrice di Forlì")], 0, "illustratrice"),
    ([("customer", "c/o Tipografia Melloni, via del Pratello 96, Bologna")], 0, "Tipografia"),
    ([("customer", "order id: 123456, still not shipped")], 0, "123456"),
    ([("customer", "la scala B del condominio è buia")], 0, "B"),
    ([("customer", "on whatsapp she is busy, try later")], 0, "busy"),
    ([("customer", "the Algarve is lovely in May")], 0, "Algarve"),
    ([("customer", "indirizzo: ho 2 case, quale volete?")], 0, "case"),
    ([("customer", "il castello 1200 anni fa era più grande")], 0, "castello"),
    ([("customer", "mi trovate come sempre in negozio")], 0, "sempre"),
    ([("customer", "gli utenti sono contenti del servizio")], 0, "contenti"),
    ([("customer", "il piatto italiano 12 euro, buono")], 0, "italiano"),
    ([("customer", "iphone15 on ebay costs too much")], 0, "iphone15"),
    (
        [("customer", "+1 415 555 0100 or my sister who speaks Italian +39 333 123 4567")],
        0,
        "Italian",
    ),
    ([("customer", "chiama casa 02 1234 5678 dopo le 18")], 0, "casa"),
    (
        [
            ("customer", "via Torre del Faro\nil numero nn me lo ricordo"),
            ("customer", "2 persone verranno domani"),
        ],
        1,
        "2",
    ),
    ([("customer", "Will is willing to help, thanks")], 0, "willing"),
    ([("customer", "grazie mister sempre gentile")], 0, "sempre"),
    ([("customer", "Sure, Anil agreed to share: +91 98765 43210")], 0, "share"),
    ([("customer", "We came from Kyiv 2 years ago, now we live in Pavia")], 0, "2"),
    ([("customer", "time goes by fast, thanks")], 0, "fast"),
    ([("customer", "I sold it on ebay yesterday")], 0, "yesterday"),
]


@pytest.mark.parametrize(("texts", "index", "value"), REDACTED)
def test_round38_value_is_redacted(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, value: str
) -> None:
    out = _conversation(engine, texts)[index]
    assert _count(value, out) == 0, out


@pytest.mark.parametrize(("texts", "index", "word"), KEPT)
def test_round38_look_alike_survives(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, word: str
) -> None:
    out = _conversation(engine, texts)[index]
    assert _count(word, out) == _count(word, texts[index][1]), out
