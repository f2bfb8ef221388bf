# ruff: noqa: E501
"""Hand-written blind test corpus no. 78 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, address,
phone, e-mail and handle is invented. Checksummed identifiers (IBANs, card numbers, codici
fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted as literals.
Markup: ``[[CODE:value]]`` marks a personal value that must be removed, ``{{CODE:value}}`` a
look-alike that must survive (see handwritten_markup.py). The six invented businesses are a car
repair garage with pick-up service, a holiday-home rental agency, a bakery that delivers cakes,
a physiotherapy studio with home visits, a boat-trip operator and a courier and parcel shop.
The emphasis is on places and addresses: where people live, stay, come from and travel, next to
public places (the businesses' zones, landmarks, weather, products' origins) that must stay.
Regenerate with ``python make_handwritten78_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten78_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "officina": "Autofficina Brenta Motori",
    "dimore": "Dimore del Lago Case Vacanza",
    "pasticceria": "Pasticceria Zuccherino",
    "fisio": "Studio Fisio Carnelli",
    "barche": "Capo Sirena Boat Trips",
    "corriere": "SpediPunto Marghera",
}
PAGE_IDS: dict[str, str] = {
    "officina": "678560214093871",
    "dimore": "678560538120476",
    "pasticceria": "678560902317645",
    "fisio": "678560447201983",
    "barche": "678560175639204",
    "corriere": "678560683014527",
}

CONVERSATIONS: list[Conversation] = []

# ---------------------------------------------------------------- car repair garage
CONVERSATIONS += [
    {
        "business": "officina",
        "platform": "whatsapp",
        "customer": "Loredana Pizzolato",
        "lang": "it",
        "start": "2025-02-03T07:42:00",
        "messages": [
            (
                "c",
                "buongiorno la mia {{PD:panda}} nn parte piu da ieri sera 😩 fate ancora il ritiro a domicilio??",
            ),
            (
                "a",
                "Buongiorno! Sì, facciamo ritiro e riconsegna in tutta la {{W:Riviera del Brenta}} e fino a {{W:Mestre}}. Mi lascia indirizzo e un numero? Grazie",
            ),
            (
                "c",
                "si allora sono [[P:Loredana Pizzolato]] abito a [[L:Mira]] frazione [[L:Gambarare]]\n[[A:via Seriola Veneta 41]] [[A:30034]]\ncampanello [[P:Pizzolato-Furlan]] perche c'è anche il nome di mio marito",
            ),
            (
                "c",
                "cell [[T:347 918 2204]] se nn rispondo chiamate mio figlio [[P:Nicola]] [[T:340-55-71-093]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Pizzolato]], passiamo {{D:domani}} tra le {{TM:8:30}} e le {{TM:9}}. Il preventivo per diagnosi è {{$:35 €}} che scaliamo se fa la riparazione. Pratica {{R:OF-25-0188}}. [[P:Andrea]] - {{B:Brenta Motori}}",
            ),
            (
                "c",
                "ok grazie mille le chiavi le lascio alla vicina sig.ra [[P:Bortolato]] al piano di sopra se io sono al lavoro",
            ),
            (
                "a",
                "Va benissimo, ci diamo appuntamento con la sig.ra [[P:Bortolato]]. Buona giornata!",
            ),
        ],
    },
    {
        "business": "officina",
        "platform": "messenger",
        "customer": "Tomasz Wiśniewski",
        "lang": "en",
        "start": "2025-02-11T16:05:00",
        "messages": [
            (
                "c",
                "hello i am polish truck driver, my car {{PD:golf}} is broken near your place. i stay in hotel in [[L:dolo]] only 3 days. you can pick up?",
            ),
            (
                "a",
                "Hi! Yes we can collect it. Where is the car exactly and which hotel are you staying at?",
            ),
            (
                "c",
                "car is in parking of supermarket on {{W:via Mazzini}} near the big church. me in room of my friend [[P:Darek]] at [[A:via Brentabassa 12/b]]\nmy number polish [[T:+48 601 382 447]]",
            ),
            ("c", "sorry is not my number is of [[P:Darek]] 😅 mine is [[T:+48 512 090 716]]"),
            (
                "a",
                "No problem [[P:Tomasz]]... sorry, Mr [[P:Wiśniewski]]. Can you send the plate number and your full name for the form?",
            ),
            (
                "c",
                "[[P:Tomasz Wiśniewski]] W like wiktor, I, S with accent, N, I, E, W, S, K, I\nplate is polish, car registered in [[L:Gdańsk]]",
            ),
            (
                "a",
                "Thanks, got it. We pick up today at {{TM:18:00}}. Estimate reference {{R:OF-25-0203}}. [[P:Marco]] from the team",
            ),
            ("c", "dzięki! thank you very much"),
        ],
    },
    {
        "business": "officina",
        "platform": "instagram",
        "customer": "giuse.motori_77",
        "lang": "it",
        "start": "2025-03-01T10:20:00",
        "messages": [
            (
                "c",
                "ciao raga vi ho visto da [[H:@ale_garage_rider]] che vi ha taggato, fate tagliando su {{PD:punto}} 2012? quanto costa circa",
            ),
            (
                "a",
                "Ciao! Tagliando completo su {{PD:Fiat Punto 1.2}} da {{$:189 €}} con olio {{B:Selenia}}. Ti serve anche il ritiro?",
            ),
            (
                "c",
                "si xke lavoro a [[L:padova]] tutto il giorno e abito a [[L:Camponogara]], tipo se la prendete {{D:giovedi}} mattina\nio sono [[P:Giuseppe]] ma tutti mi chiamano [[P:Giuse]]",
            ),
            ("a", "Giovedì {{D:6 marzo}} ok. Ci mandi indirizzo preciso in privato e un numero?"),
            (
                "c",
                "[[A:via Roma 140]] (quella vecchia non quella nuova lol) [[A:30010]] [[L:Camponogara]]\n[[T:328.441.7720]]",
            ),
            ("c", "ah il cognome è [[P:Tonello]], cmq sul citofono trovate [[P:Tonello Zecchin]]"),
            (
                "a",
                "Perfetto [[P:Giuse]] 👍 passiamo alle {{TM:7:45}}. Ordine di lavoro {{O:4471-2025}}. [[P:Giulia]]",
            ),
        ],
    },
    {
        "business": "officina",
        "platform": "whatsapp",
        "customer": "Rosa Benetazzo",
        "lang": "it",
        "start": "2025-03-14T14:31:00",
        "messages": [
            (
                "c",
                "salve vorrei la fattura della riparazione della {{PD:Yaris}} intestata alla mia ditta",
            ),
            (
                "c",
                "[[P:Rosa Benetazzo]] ditta individuale, p.iva [[V:04567120383]]\nsede legale [[A:piazzetta Ferretto 3]] [[A:30174]] [[L:Zelarino]]\ncod fiscale [[CF:BNTRSO81L56F241Y]]",
            ),
            (
                "a",
                "Grazie signora [[P:Benetazzo]]. La fattura {{R:FT 2025/0342}} di {{$:412,60 €}} gliela mando via mail, quale indirizzo usiamo?",
            ),
            (
                "c",
                "[[E:rosa.benetazzo.lavori chiocciola libero punto it]]\nscritto tutto attaccato\nper il pagamento faccio bonifico dal conto [[I:IT93M0200802435000104428964]]",
            ),
            (
                "a",
                "Ricevuto, inviata a [[E:rosa.benetazzo.lavori@libero.it]]. Le ricordo che l'auto è pronta dalle {{TM:16}}, la riportiamo noi a [[L:Zelarino]] come d'accordo? [[P:Andrea]]",
            ),
            (
                "c",
                "si ma nn a casa, in negozio da mia sorella [[P:Speranza]] in [[A:via Castellana 88]], c'è la vetrina con le rose {{W:rosa}} antico",
            ),
            ("a", "Perfetto, portiamo lì. Buon pomeriggio!"),
        ],
    },
    {
        "business": "officina",
        "platform": "telegram",
        "customer": "Kwame Mensah",
        "lang": "en",
        "start": "2025-04-02T08:10:00",
        "messages": [
            (
                "c",
                "Good morning sir. my friend [[P:Efua]] give me your telegram. i need revision for my car, the ministerial one, before {{D:15 april}}",
            ),
            (
                "a",
                "Good morning! Yes, we do the revisione. Next free slot is {{D:Tuesday 8 April}} at {{TM:10:30}}, price {{$:79 €}}. Do you need pick-up?",
            ),
            (
                "c",
                "yes please i not have license now 🙏 i live in [[L:Marghera]]\n[[A:via Fratelli Bandiera 27, scala C int. 9]]\n[[A:30175]]\nmy name [[P:Kwame Mensah]] from [[L:Ghana]], [[L:Kumasi]]",
            ),
            ("c", "my phone\n[[T:+39 389\n664 1035]]\nor write here at [[H:kwame_mensah_ve]]"),
            (
                "a",
                "Thanks [[P:Kwame]], booked: ref {{R:REV-0804-12}}. We pick up on {{D:8 April}} at {{TM:9:45}}. Please leave the libretto in the car. [[P:Marco]]",
            ),
            ("c", "thank you boss. God bless"),
        ],
    },
]

# ---------------------------------------------------------------- holiday-home rental agency
CONVERSATIONS += [
    {
        "business": "dimore",
        "platform": "instagram",
        "customer": "Hannah Kessler",
        "lang": "en",
        "start": "2025-01-19T19:02:00",
        "messages": [
            (
                "c",
                "Hi!! we saw the house with the lemon trees on your page 🍋 is it free {{D:12-19 july}}? we are 2 adults + 2 kids",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! {{PD:Casa Limonaia}} in {{W:Gargnano}} is free {{D:12-19 July}}, {{$:1.480 €}} for the week incl. cleaning. Where are you travelling from?",
            ),
            (
                "c",
                "from [[L:Freiburg]] in [[L:germany]], we drive. its me my husband [[P:Jonas]] and the kids [[P:Mila]] (7) and [[P:Ben]] (4)\nis there a {{B:Lidl}} near? lol",
            ),
            (
                "a",
                "There's a supermarket in the village, 5 min walk 😊 To block the dates I need full name, address and phone of the person booking.",
            ),
            (
                "c",
                "[[P:Hannah Kessler]]\n[[A:Wiesentalstraße 18a]]\n[[A:79115]] [[L:Freiburg im Breisgau]], [[L:Germany]]\n[[T:+49 761 4829 3310]]\nmail [[E:hannah.kessler@posteo.example]]",
            ),
            (
                "c",
                "Ach so, wir bringen auch den Hund mit, ist das ok? sorry, the dog, small one 🐶",
                "de",
            ),
            (
                "a",
                "Dogs are welcome, {{$:40 €}} extra. Booking {{R:DL-25-0712K}} confirmed, deposit link by mail. [[P:Chiara]] - {{B:Dimore del Lago}}",
            ),
        ],
    },
    {
        "business": "dimore",
        "platform": "whatsapp",
        "customer": "Franco",
        "lang": "it",
        "start": "2025-02-07T12:15:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:franco ceccato]] di [[L:treviso]] vorrei sapere se l'appartamento a {{W:Malcesine}} è libero a {{D:pasqua}} x 4 persone",
            ),
            (
                "a",
                "Buongiorno [[P:Franco]], per {{D:Pasqua}} è libero il {{PD:Bilocale Monte Baldo}}, {{$:115 €}} a notte. Quante notti le servono?",
            ),
            (
                "c",
                "3 notti {{D:dal 18 al 21}}\nveniamo io mia moglie [[P:Graziella]] e i suoceri, mio suocero cammina poco ci sono scale??",
            ),
            (
                "a",
                "Solo 4 gradini all'ingresso, poi tutto su un piano. Il parcheggio è davanti al {{W:Castello Scaligero}}, a 100 m.",
            ),
            (
                "c",
                "va bene prenoto. mi serve per la ricevuta: [[P:Ceccato Franco]] [[A:via Sant'Antonino 215]] [[A:31100]] [[L:Treviso]]\nCF [[CF:RSSMRA85T10A562S]] no scusi quello è di mio cognato [[P:Mario]] 🤦‍♂️",
            ),
            (
                "c",
                "il mio è [[CF:PLTGPP71M12L219C]] ah no anche questo nn è il mio, è di mio suocero [[P:Giuseppe Paltrinieri]] che paga lui ahah\nintestate a lui",
            ),
            (
                "a",
                "Nessun problema, intestiamo al sig. [[P:Paltrinieri]]. Prenotazione {{R:DL-25-0418M}}, caparra {{$:100 €}} con bonifico entro {{D:venerdì}}. [[P:Luca]]",
            ),
        ],
    },
    {
        "business": "dimore",
        "platform": "messenger",
        "customer": "Aiko Tanaka",
        "lang": "en",
        "start": "2025-03-22T06:48:00",
        "messages": [
            (
                "c",
                "hello, we arrive tomorrow to the house in [[L:Limone]]. the flight from [[L:Osaka]] is late so we come maybe {{TM:23:00}}, is it ok for key?",
            ),
            (
                "a",
                "Hello [[P:Aiko]]! No problem, we have a key box. Code arrives by SMS the day of arrival, which number should we use?",
            ),
            (
                "c",
                "please send to my husband, [[P:Haruto]], japanese number [[T:+81 90-4417-2086]]\nmy phone battery is dead all time lol",
            ),
            (
                "a",
                "Done. The house is {{PD:Casa Olivo}}, [[A:via Caldogno 9]]... sorry, the address is in your confirmation, please ignore. See you tomorrow!",
            ),
            (
                "c",
                "haha ok. also our friend [[P:Mei Lin Zhou]] joins on {{D:saturday}} from [[L:Milano]], she can park?",
            ),
            ("a", "Yes, one extra spot. Have a good flight 🙏 [[P:Chiara]]"),
        ],
    },
    {
        "business": "dimore",
        "platform": "whatsapp",
        "customer": "Bianca",
        "lang": "it",
        "start": "2025-04-14T21:30:00",
        "messages": [
            (
                "c",
                "ciao!!! sono [[P:bianca]] quella che ha la casa {{W:bianca}} a {{W:Torri del Benaco}} da voi 😂 scherzo, vorrei lasciarvi in gestione casa mia",
            ),
            (
                "c",
                "è a [[L:Pai]], frazione di [[L:Torri]], [[A:località Crero 4]], tre camere, vista lago\nio vivo a [[L:Bologna]] e nn ce la faccio piu a seguirla",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Volentieri, gestiamo case tra {{W:Lazise}} e {{W:Malcesine}}. Ci lasci nome completo e un recapito così la chiama il nostro responsabile?",
            ),
            (
                "c",
                "[[P:Bianca Solmi De Angelis]] [[T:051 648 2290]] (casa) oppure [[T:333 7012 884]]\nmail [[E:bsolmi[at]example[dot]it]]",
            ),
            (
                "c",
                "a [[L:pai]] cmq c'è la custode che tiene le chiavi, la [[P:Ornella]], simpatica ma parla tanto ahah",
            ),
            (
                "a",
                "Perfetto, ti chiama [[P:Stefano]] {{D:mercoledì}} mattina. Buona serata! [[P:Luca]] - {{B:Dimore del Lago}}",
            ),
        ],
    },
    {
        "business": "dimore",
        "platform": "instagram",
        "customer": "mariajosé.viajes",
        "lang": "en",
        "start": "2025-05-03T13:12:00",
        "messages": [
            (
                "c",
                "hola! sorry my english is bad. we are 6 friends from [[L:Sevilla]], we want house near {{W:Sirmione}} in {{D:august}}, hay piscina?",
                "es",
            ),
            (
                "a",
                "Hola! Yes, {{PD:Villa Corte Alta}} in {{W:Peschiera}} has a pool, sleeps 6, {{$:2.100 €}} per week in August.",
            ),
            (
                "c",
                "perfect!! I am [[P:María José Fernández Ruiz]], my insta is this one but also [[U:instagram.com/mariajose.fr.viajes]]\nwe pay with card ok?",
            ),
            (
                "a",
                "Sure. You'll get a secure payment link. Please send your address for the contract.",
            ),
            (
                "c",
                "[[A:Calle Feria 112, 2º izq.]]\n[[A:41003]] [[L:Sevilla]] [[L:España]]\nmy friends [[P:Lucía]] and [[P:Rocío]] maybe come 2 days later from [[L:Barcelona]]",
            ),
            (
                "a",
                "Great, booking {{R:DL-25-0809S}} on hold until {{D:10 May}}. Gracias! [[P:Chiara]]",
            ),
        ],
    },
]

# ---------------------------------------------------------------- bakery that delivers cakes
CONVERSATIONS += [
    {
        "business": "pasticceria",
        "platform": "whatsapp",
        "customer": "Vale 🌸",
        "lang": "it",
        "start": "2025-01-28T09:03:00",
        "messages": [
            (
                "c",
                "ciaoo volevo ordinare una torta x il compleanno di mia figlia [[P:Greta]] fa 6 anni {{D:sabato}} 🎂 tema {{PD:Frozen}}",
            ),
            (
                "a",
                "Ciao! Che bello 😍 Per 20 persone consigliamo la {{PD:Torta Nuvola}} panna e fragole, {{$:68 €}}. Ritiro o consegna?",
            ),
            (
                "c",
                "consegna pls a [[L:Spinea]]\n[[A:via Luneo 33 int 4]]\nsono [[P:Valentina Scarpa]]",
            ),
            ("c", "ah il numero è scritto [[A:33/A]] nn solo 33 sennò va dai vicini 😅"),
            (
                "a",
                "Segnato [[A:via Luneo 33/A int. 4]]. Consegniamo a {{W:Spinea}}, {{W:Mirano}} e {{W:Mestre}} gratis sopra {{$:50 €}}. Scritta sulla torta?",
            ),
            (
                "c",
                '"buon compleanno [[P:Gretina]]" con la {{W:Elsa}} di zucchero\ne il mio cell [[T:3494418207]] x il fattorino',
            ),
            (
                "a",
                "Perfetto! Ordine {{O:ZC-1187}}, consegna {{D:sabato 1 febbraio}} tra {{TM:10}} e {{TM:11}}. [[P:Sara]] 🍰",
            ),
        ],
    },
    {
        "business": "pasticceria",
        "platform": "messenger",
        "customer": "Gianpaolo Nordio",
        "lang": "it",
        "start": "2025-02-13T17:40:00",
        "messages": [
            (
                "c",
                "Buonasera, per domani {{W:San Valentino}} fate la {{PD:Sacher}}? la vorrei portare a sorpresa alla mia fidanzata che lavora a [[L:Noale]]",
            ),
            (
                "a",
                "Buonasera! Sì, {{PD:Sacher}} piccola {{$:24 €}} o cuore rosso ai lamponi {{$:29 €}}. A che indirizzo la portiamo?",
            ),
            (
                "c",
                "al suo ufficio: studio dentistico in [[A:piazza Castello 7]], [[L:Noale]]\nlei si chiama [[P:Felicita Bragato]], chiedete di [[P:Feli]]\nnon dite niente alla segretaria [[P:Katia]] che è chiacchierona ahah",
            ),
            ("a", "Sarà un segreto 🤫 Biglietto da allegare?"),
            (
                "c",
                '"alla mia [[P:Feli]], felice di averti - [[P:Gian]]"\npago con carta [[C:4532 0151 1283 0770]] scad {{D:09/27}}',
            ),
            (
                "a",
                "Grazie, per sicurezza non mandi i dati della carta in chat! Le mando un link di pagamento. Ordine {{O:ZC-1240}}. [[P:Sara]]",
            ),
            ("c", "ah ok scusate 🙈"),
        ],
    },
    {
        "business": "pasticceria",
        "platform": "instagram",
        "customer": "the_cake_hunter_uk",
        "lang": "en",
        "start": "2025-03-08T11:25:00",
        "messages": [
            (
                "c",
                "hiya! can you deliver a cake to my mum in [[L:italy]]? i'm in [[L:Leeds]] 🇬🇧 she lives in [[L:Mirano]] since she remarried",
            ),
            (
                "a",
                "Hi! Of course, we deliver in {{W:Mirano}}. What would you like? Our bestseller is the {{PD:Millefoglie Chantilly}}.",
            ),
            (
                "c",
                "perfect. her name is [[P:Susan Whitfield]] but on the buzzer it says [[P:Zanin]] (her husband [[P:Dario]]'s surname)\n[[A:via Gramsci 18]], [[A:30035]]",
            ),
            (
                "c",
                "and my number is [[L:UK]] [[T:07700 912 348]], my name [[P:Olivia Whitfield]]. pls write 'happy mother's day from [[P:Liv]] & [[P:Theo]]'",
            ),
            (
                "a",
                "Lovely! Order {{O:ZC-1302}}, {{$:36 €}} plus delivery {{$:5 €}}, on {{D:Sunday 30 March}} morning. Paying link sent. [[P:Sara]] - {{B:Pasticceria Zuccherino}}",
            ),
            ("c", "amazing thank you!! she'll cry 😭"),
        ],
    },
    {
        "business": "pasticceria",
        "platform": "whatsapp",
        "customer": "Ahmed",
        "lang": "it",
        "start": "2025-04-10T15:55:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Ahmed El Amrani]], volevo torta per festa fine ramadan per mia famiglia, senza alcol senza gelatina di maiale",
            ),
            (
                "a",
                "Salve! Certo, la {{PD:Torta Pistacchio e Rose}} è senza alcol e senza gelatina animale. Per quante persone?",
            ),
            (
                "c",
                "30 persone. festa è a casa di mio fratello [[P:Youssef]] a [[L:Marghera]]\n[[A:via Paolucci 45 terzo piano]]\nscrivo suo numero [[T:0039 320 881 4456]]",
            ),
            ("c", "io abito a [[L:Chirignago]] ma quel giorno sono a lavoro"),
            (
                "a",
                "Va bene. Torta {{$:95 €}}, consegna {{D:30 marzo}}... scusi, {{D:domenica 30}}, a [[L:Marghera]] ore {{TM:17}}. Ordine {{O:ZC-1355}}. Grazie e buona festa! [[P:Sara]]",
            ),
            ("c", "grazie mille, Eid Mubarak 🌙"),
        ],
    },
    {
        "business": "pasticceria",
        "platform": "telegram",
        "customer": "Nives",
        "lang": "it",
        "start": "2025-05-21T08:30:00",
        "messages": [
            (
                "c",
                "buongiorno, x la comunione di mio nipote [[P:Leonardo]] volevo 60 pasticcini misti e una torta con {{PD:Prosecco}} e frutti di bosco per gli adulti",
            ),
            (
                "a",
                "Buongiorno! Ottima scelta, il {{PD:Prosecco}} è di {{W:Valdobbiadene}}. Pasticcini {{$:1,20 €}} l'uno, torta da 40 {{$:120 €}}.",
            ),
            (
                "c",
                "perfetto. il pranzo è al ristorante {{B:Da Gigetto}} a {{W:Oriago}}, ma la torta portatela a casa di mia nuora a [[L:Fiesso d'Artico]], [[A:via Pisani 2]]\nlei è [[P:Debora Marcato]]",
            ),
            (
                "c",
                "il mio nome per la fattura [[P:Nives Dalla Libera]], pago con bonifico da [[I:IT81K0306909606100000063817]]",
            ),
            (
                "a",
                "Grazie signora [[P:Nives]]. Ordine {{O:ZC-1420}}, consegna {{D:domenica 25 maggio}} ore {{TM:9:30}}. Una decorazione col nome di [[P:Leonardo]]? [[P:Sara]]",
            ),
            ("c", "si ma scrivete [[P:Leo]] che lo chiamiamo tutti cosi 😊"),
        ],
    },
]

# ---------------------------------------------------------------- physiotherapy studio with home visits
CONVERSATIONS += [
    {
        "business": "fisio",
        "platform": "whatsapp",
        "customer": "Elena Gobbo",
        "lang": "it",
        "start": "2025-01-14T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno mia mamma è stata operata al femore all'ospedale di {{W:Dolo}}, il dott. [[P:Stoka]] dice che serve fisioterapia a domicilio, venite anche a [[L:Sambruson]]?",
            ),
            (
                "a",
                "Buongiorno, sì, le visite a domicilio le facciamo in tutta la {{W:Riviera}} e a {{W:Mira}}. Come si chiama la paziente e dove abita?",
            ),
            (
                "c",
                "[[P:Amelia Gobbo]] 84 anni, abita da sola in [[A:via Brusaura 66]]\nè una casa gialla in fondo alla stradina, dopo il capitello di {{W:Sant'Antonio}}\ncitofono [[P:Gobbo A.]]",
            ),
            (
                "c",
                "io sono la figlia [[P:Elena]], abito a [[L:Stra]] e vado da lei tutte le sere\nil mio numero [[T:041 / 980 3317]] e cell [[T:339-2217-605]]",
            ),
            (
                "a",
                "Grazie [[P:Elena]]. Prima seduta {{D:lunedì 20 gennaio}} alle {{TM:15:00}} con la dott.ssa [[P:Irene Carnelli]]. Costo {{$:55 €}} a seduta. Pratica {{R:FC-0120-07}}.",
            ),
            (
                "c",
                "perfetto mamma sarà contenta, la chiama [[P:Irene]] o la dottoressa? ahah nn sente bene, meglio che chiami me",
            ),
            ("a", "Chiamiamo lei, certo. A presto! [[P:Irene]]"),
        ],
    },
    {
        "business": "fisio",
        "platform": "instagram",
        "customer": "run_with_nadia",
        "lang": "en",
        "start": "2025-02-20T18:44:00",
        "messages": [
            (
                "c",
                "hi, I'm [[P:Nadia Petrović]], a runner, I saw your reel on {{W:IT band}} stretching. do you do sports massage? I'm training for the {{W:Venice Marathon}}",
            ),
            (
                "a",
                "Hi [[P:Nadia]]! Yes, {{PD:sports massage 50'}} is {{$:60 €}}, in studio or at home. Where are you based?",
            ),
            (
                "c",
                "I moved from [[L:Novi Sad]] to [[L:Mestre]] last year, I live near {{W:Parco San Giuliano}}\n[[A:via Forte Marghera 131, apt 12]], [[A:30173]]",
            ),
            (
                "c",
                "my training plan is on my blog [[U:https://nadiaruns.example.com]] if you want to see km\nand my coach is [[P:Goran]], he's on insta [[H:@goran_coach_km]]",
            ),
            (
                "a",
                "Great, thanks! Home visit {{D:Thursday}} {{TM:19:30}} ok? Please confirm your phone.",
            ),
            (
                "c",
                "[[T:+381 64 218 7705]] serbian number still, sorry 😅 or whatsapp [[T:+39 351 702 9914]]",
            ),
            (
                "a",
                "Booked, ref {{R:FC-0227-19}}. See you Thursday! [[P:Marco]] - {{B:Studio Fisio Carnelli}}",
            ),
        ],
    },
    {
        "business": "fisio",
        "platform": "messenger",
        "customer": "Piero Gasparini",
        "lang": "it",
        "start": "2025-03-05T11:11:00",
        "messages": [
            (
                "c",
                "Salve ho prenotato dal vostro sito ma mi dice errore, ho provato 3 volte. il tecnico di mio figlio dice di mandarvi l'ip, [[IP:93.41.207.158]]",
            ),
            (
                "a",
                "Salve, grazie, segnaliamo il problema. Intanto prenotiamo qui: che trattamento le serve?",
            ),
            (
                "c",
                "mal di schiena da tre settimane, lavoro in campagna a [[L:Campagna Lupia]]\nsi chiama davvero così il paese eh 😂\nabito in [[A:via Lova 9]] località [[L:Lova]]",
            ),
            (
                "a",
                "Ahah la conosciamo! Le propongo tecarterapia, {{$:45 €}} a seduta, in studio in {{W:via Roma}} a {{W:Dolo}} oppure a casa sua con {{$:15 €}} di trasferta.",
            ),
            (
                "c",
                "a casa grazie che nn guido. [[P:Piero Gasparini]] [[CF:GSPPRI52B18D325X]]\nper la detrazione vi serve il cf no?",
            ),
            (
                "a",
                "Esatto, grazie. Prima seduta {{D:martedì 11}} alle {{TM:17}}, ref {{R:FC-0311-03}}. Viene la dott.ssa [[P:Carnelli]]. [[P:Irene]]",
            ),
        ],
    },
    {
        "business": "fisio",
        "platform": "whatsapp",
        "customer": "Sunita",
        "lang": "en",
        "start": "2025-04-09T09:50:00",
        "messages": [
            (
                "c",
                "Good morning, I am writing for my father in law [[P:Rajesh Kumar Sharma]], he had a stroke, he is staying with us in [[L:Vigonovo]] for some months, came from [[L:Jaipur]]",
            ),
            (
                "c",
                "he speaks hindi and little english, no italian. I'm [[P:Sunita]], his daughter in law\nour house: [[A:via Padova 204/C]], [[A:30030]] [[L:Vigonovo]]\nname on door [[P:Sharma-Iyer]]",
            ),
            (
                "a",
                "Good morning [[P:Sunita]], we're sorry to hear that. Our neuro rehab physio [[P:Davide]] speaks English well. Can we call you to plan the first visit?",
            ),
            (
                "c",
                "yes my number [[T:+39 346 019 4482]], after {{TM:2pm}}, I'm working at the {{B:Amazon}} warehouse in the morning\nor my husband [[P:Vikram]] [[T:(+91) 98290 11742]] he is in [[L:India]] now till {{D:may}}",
            ),
            (
                "a",
                "Thank you, [[P:Davide]] will call you today after {{TM:14:00}}. Reference {{R:FC-0409-22}}. [[P:Marco]]",
            ),
        ],
    },
    {
        "business": "fisio",
        "platform": "telegram",
        "customer": "Fede",
        "lang": "it",
        "start": "2025-05-12T20:05:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:fede]] quello del crociato rotto di calcetto 🤕 posso spostare la seduta di domani?",
            ),
            (
                "a",
                "Ciao [[P:Federico]]! Certo, domani hai {{TM:18:30}}, ti va bene {{D:venerdì}} stessa ora?",
            ),
            (
                "c",
                "si perfetto\nah e da venerdì nn sono più a casa dei miei a [[L:Pianiga]], mi sono trasferito dalla morosa a [[L:Oriago]], [[A:via Ghebo Storto 14]]\nse fate la seduta a domicilio venite li",
            ),
            (
                "c",
                "lei si chiama [[P:Martina]] se apre lei nn spaventatevi ahah\ne il citofono dice ancora [[P:Cazzaro]], il vecchio inquilino",
            ),
            (
                "a",
                "Ahah segnato! Seduta a domicilio {{D:venerdì 16}} alle {{TM:18:30}}, [[A:via Ghebo Storto 14]] a [[L:Oriago]], citofono [[P:Cazzaro]]. Forza che a giugno torni in campo ⚽ [[P:Irene]]",
            ),
        ],
    },
]

# ---------------------------------------------------------------- boat-trip operator
CONVERSATIONS += [
    {
        "business": "barche",
        "platform": "instagram",
        "customer": "jake.and.em.travel",
        "lang": "en",
        "start": "2025-05-30T07:20:00",
        "messages": [
            (
                "c",
                "hey!! we're on honeymoon 🥂 staying at an airbnb in [[L:Burano]] next week, do you do private sunset tours to {{W:Torcello}}?",
            ),
            (
                "a",
                "Congratulations! Yes, the {{PD:Sunset Lagoon Private}} tour, 2 hours, {{$:240 €}} for two with a glass of {{PD:Prosecco DOC}}. Pick-up possible from [[L:Burano]] if that's where you stay.",
            ),
            (
                "c",
                "amazing. I'm [[P:Emily Carter-Nwosu]], my husband [[P:Jake]]. we're from [[L:Portland]], [[L:Oregon]] 🌲\nthe airbnb host [[P:Giorgia]] said you can pick up at the jetty near her house, [[A:fondamenta di Terranova 287]]",
            ),
            (
                "c",
                "my [[L:us]] cell [[T:(503) 918-2264]], wifi in the airbnb is bad so better text than call",
            ),
            (
                "a",
                "Haha ok 😄 We'll pick you up at the {{W:Burano}} vaporetto stop, easier to find, {{D:Tuesday 10 June}} at {{TM:19:15}}. Booking {{R:CS-0610-PRV}}. [[P:Matteo]]",
            ),
            (
                "c",
                "perfect, see you then captain! our insta is [[U:instagram.com/jake.and.em.travel]] we'll tag you",
            ),
        ],
    },
    {
        "business": "barche",
        "platform": "whatsapp",
        "customer": "Sandro Vianello",
        "lang": "it",
        "start": "2025-06-03T12:02:00",
        "messages": [
            (
                "c",
                "ciao [[P:Matteo]] sono [[P:Sandro]] di [[L:Pellestrina]] ci siamo conosciuti al bar da [[P:Toni]] la settimana scorsa",
            ),
            (
                "c",
                "ti scrivo per la gita scolastica di mia moglie, fa la maestra a [[L:Chioggia]], sono 22 bambini + 3 maestre",
            ),
            (
                "a",
                "Ciao [[P:Sandro]]! Certo, il giro {{PD:Isole della Laguna}} per scuole è {{$:12 €}} a bambino, insegnanti gratis. Parte da {{W:Fondamenta Nove}} o da {{W:Chioggia}}.",
            ),
            (
                "c",
                "da {{W:Chioggia}} meglio. la moglie è [[P:Cristina Boscolo Bielo]], doppio cognome come metà di [[L:Chioggia]] ahah\nil suo numero [[T:348 22 90 117]]",
            ),
            (
                "a",
                "Ahah vero! Ok, segno {{D:venerdì 13 giugno}} partenza {{TM:9:00}}, rientro {{TM:12:30}}. Codice {{R:CS-SC-0613}}. Per l'assicurazione mi serve una mail della scuola.",
            ),
            (
                "c",
                "usa la sua, [[E:cristina.boscolobielo@scuola-example.it]]\ngrazie mille, offro io il prossimo spritz",
            ),
        ],
    },
    {
        "business": "barche",
        "platform": "messenger",
        "customer": "Dieter Hoffmann",
        "lang": "en",
        "start": "2025-06-18T16:30:00",
        "messages": [
            (
                "c",
                "Good day. I booked fishing trip for {{D:saturday}} for me and my brother [[P:Klaus]]. we have a caravan at camping in [[L:Cavallino]], can you pick up there?",
            ),
            (
                "a",
                "Good day Mr [[P:Hoffmann]]! Pick-up is from our dock at {{W:Punta Sabbioni}}, 10 minutes from the campsites. Which camping are you at?",
            ),
            (
                "c",
                "{{B:Camping Marina Blu}}, pitch [[A:C 44]]. we come from [[L:Bayern]], from small village [[L:Oberammergau]]\nit is famous for the passion play 🎭",
            ),
            (
                "c",
                "Meine Handynummer: [[T:+49 (0)171 / 338 20 61]]\nmy english not so good sorry",
                "de",
            ),
            (
                "a",
                "Your English is perfect 😊 Saturday {{D:21 June}} at {{TM:6:00}} at {{W:Punta Sabbioni}}, ref {{R:CS-FSH-0621}}. Bring a jacket, it can be windy on the {{W:Adriatic}}. [[P:Matteo]]",
            ),
            ("c", "Danke! we bring beer also"),
        ],
    },
    {
        "business": "barche",
        "platform": "whatsapp",
        "customer": "Chiara Zennaro",
        "lang": "it",
        "start": "2025-07-02T10:45:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare il giro x spargere le ceneri di mio papà in laguna, si può fare con voi? lui era pescatore a [[L:Sottomarina]]",
            ),
            (
                "a",
                "Buongiorno, ci dispiace molto. Sì, lo facciamo con discrezione, in una zona autorizzata al largo di {{W:San Felice}}. Quante persone sarete?",
            ),
            (
                "c",
                "circa 10. il mio papà si chiamava [[P:Giovanni Zennaro]] detto [[P:Nane]]\nverrà anche la sua vecchia compagna di barca, la [[P:Flora]] che abita a [[L:Ca' Lino]]",
            ),
            (
                "a",
                "Grazie. Partenza da {{W:Chioggia}}, {{D:sabato 12 luglio}} alle {{TM:18}}, {{$:300 €}} in tutto. Ci servono nome e indirizzo del richiedente per il permesso.",
            ),
            (
                "c",
                "[[P:Chiara Zennaro]]\n[[A:calle Forno 1184]], [[A:30015]] [[L:Chioggia]]\n[[T:041 550 7729]]",
            ),
            (
                "a",
                "Ricevuto, pratica {{R:CS-CEN-0712}}. Siamo vicini alla sua famiglia. [[P:Matteo]] e tutto l'equipaggio di {{B:Capo Sirena}}",
            ),
        ],
    },
    {
        "business": "barche",
        "platform": "telegram",
        "customer": "lucas_fr",
        "lang": "en",
        "start": "2025-07-20T09:00:00",
        "messages": [
            (
                "c",
                "salut! we are 4 students from [[L:Lyon]], we sleep in a hostel in [[L:Mestre]] near the station, is there cheap tour to {{W:Murano}} and {{W:Burano}}?",
            ),
            (
                "a",
                "Hi! The {{PD:Three Islands Shared}} tour is {{$:25 €}} per person, daily at {{TM:9:30}} and {{TM:14:00}} from {{W:Fondamente Nove}}.",
            ),
            (
                "c",
                "super. booking for [[P:Lucas Girard]], [[P:Inès]], [[P:Théo]] and [[P:Yasmine Belkacem]]\nmy telegram is [[H:lucas_fr]] and my friend [[P:Inès]] is [[H:@ines.mtp]]",
            ),
            ("c", "on peut payer sur place? sorry, can we pay on the boat?", "fr"),
            (
                "a",
                "Yes, cash or card on board. Booking {{R:CS-3IS-0721}} for {{D:tomorrow}} {{TM:9:30}}. Bon voyage! [[P:Matteo]]",
            ),
        ],
    },
]

# ---------------------------------------------------------------- courier and parcel shop
CONVERSATIONS += [
    {
        "business": "corriere",
        "platform": "whatsapp",
        "customer": "Ivana",
        "lang": "it",
        "start": "2025-02-17T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno io devo mandare pacco a mia mama in [[L:Moldavia]], 15 kg, voi fate spedizione fino [[L:Chișinău]]?",
            ),
            (
                "a",
                "Buongiorno! Sì, spediamo in tutta {{W:Europa}}. Per la {{W:Moldavia}} 15 kg sono {{$:58 €}}, 6-9 giorni lavorativi. Ci serve indirizzo completo del destinatario.",
            ),
            (
                "c",
                "destinatario [[P:Valentina Rusu]]\n[[A:str. Alba Iulia 75, ap. 18]]\n[[A:MD-2071]] [[L:Chișinău]]\ntelefono [[T:+373 69 214 508]]",
            ),
            (
                "c",
                "mittente io [[P:Ivana Rusu Ciobanu]] abito a [[L:Marghera]] [[A:via Rinascita 60]]\nmio numero [[T:329 4410 872]]",
            ),
            (
                "a",
                "Perfetto [[P:Ivana]]. Quando porta il pacco in negozio, in {{W:piazza Mercato}}, le diamo la lettera di vettura. Il codice di spedizione sarà tipo {{TR:MD3920 4417 0281}}.",
            ),
            (
                "c",
                "ok vengo domani con mio vicino signor [[P:Tiozzo]] che ha la macchina, grazie mille",
            ),
            ("a", "A domani! [[P:Lorenzo]] - {{B:SpediPunto}}"),
        ],
    },
    {
        "business": "corriere",
        "platform": "messenger",
        "customer": "Gareth Evans",
        "lang": "en",
        "start": "2025-03-11T14:00:00",
        "messages": [
            (
                "c",
                "Hi there, I've got a parcel coming to your shop as a pick-up point but I'm away, can my flatmate collect it? Tracking {{TR:3345 9981 2207 44}}",
            ),
            (
                "a",
                "Hi [[P:Gareth]], yes, with a signed delegation and a copy of your ID. What's the flatmate's name?",
            ),
            (
                "c",
                "[[P:Ruairí Ó Briain]] 😅 yes it's Irish, R-U-A-I-R-I with an accent on the I, O B-R-I-A-I-N\nwe live together at [[A:Fondamenta dei Ormesini 2714]], [[L:Cannaregio]]",
            ),
            (
                "c",
                "I'm in [[L:Cardiff]] visiting my gran till {{D:the 20th}}, my [[L:UK]] number is [[T:+44 7911 482 306]]\nmy address back home for the ID is [[A:Flat 3, 22 Cathedral Road]], [[L:Cardiff]] [[A:CF11 9LJ]]",
            ),
            (
                "a",
                "Thanks, noted. The parcel stays with us for 10 days, until {{D:21 March}}. Reference {{R:SP-GIA-0311}}. [[P:Lorenzo]]",
            ),
            ("c", "cheers mate 🍻"),
        ],
    },
    {
        "business": "corriere",
        "platform": "whatsapp",
        "customer": "Marisa Tiozzo",
        "lang": "it",
        "start": "2025-04-01T09:22:00",
        "messages": [
            (
                "c",
                "buongiorno il pacco {{TR:0039 3471 2209}} risulta consegnato ma io nn ho ricevuto niente!! 😡",
            ),
            (
                "a",
                'Buongiorno, mi spiace. Verifico subito: il codice {{TR:0039 3471 2209}} risulta firmato da "[[P:Bellio]]" {{D:ieri}} alle {{TM:12:14}}.',
            ),
            (
                "c",
                "[[P:Bellio]]?? è la signora del piano terra!! io sto in [[A:via Fusinato 12, scala B int. 7]], lei è all'int 1\nvado a suonarle",
            ),
            (
                "c",
                "trovato 🙄 la [[P:Gina Bellio]] lo aveva preso e nn mi ha detto niente. scusate",
            ),
            (
                "a",
                'Nessun problema, meglio così! Per le prossime consegne possiamo segnare "non lasciare ai vicini". Glielo annoto sull\'indirizzo [[A:via Fusinato 12]], [[L:Mestre]]? [[P:Lorenzo]]',
            ),
            ("c", "si grazie, a nome [[P:Marisa Tiozzo]], tel [[T:349.701.22.85]]"),
        ],
    },
    {
        "business": "corriere",
        "platform": "instagram",
        "customer": "vintage.by.carla",
        "lang": "it",
        "start": "2025-04-23T17:35:00",
        "messages": [
            (
                "c",
                "ciao! ho un piccolo shop online di vestiti vintage [[U:www.vintagebycarla.example.it]] e spedisco 20-30 pacchi a settimana, fate prezzi per partite iva?",
            ),
            (
                "a",
                "Ciao [[P:Carla]]! Sì, abbonamento {{PD:SpediPro}} da {{$:4,90 €}} a pacco in {{W:Italia}}. Mi mandi i dati della ditta?",
            ),
            (
                "c",
                "[[P:Carla Busetto]] p.iva [[V:02731840969]]\nsede: [[A:via Trieste 31/D]] [[A:30175]] [[L:Marghera]] (è anche casa mia lol)\ninsta [[H:@vintage.by.carla]]",
            ),
            (
                "c",
                "a volte spedisco anche in [[L:Svizzera]] e [[L:Francia]], tipo questa settimana una giacca {{B:Fendi}} va a [[L:Lugano]] 😍",
            ),
            (
                "a",
                "Perfetto, estero da {{$:14 €}}. Per la {{W:Svizzera}} ci vuole la dichiarazione doganale, la aiutiamo noi. Codice cliente {{R:CL-PRO-2281}}. [[P:Giulia]]",
            ),
            (
                "c",
                "la cliente di [[L:Lugano]] è [[P:Bettina Ferrazzini]], [[A:via Nassa 19]], [[A:6900]] [[L:Lugano]], la porto domani",
            ),
            ("a", "Va benissimo, a domani!"),
        ],
    },
    {
        "business": "corriere",
        "platform": "telegram",
        "customer": "Wei Chen",
        "lang": "en",
        "start": "2025-05-15T11:40:00",
        "messages": [
            (
                "c",
                "hello i want send documents to my cousin in [[L:Wenzhou]] [[L:china]], urgent, how much express?",
            ),
            (
                "a",
                "Hello! Express documents to {{W:China}}: {{$:62 €}}, 3-5 days. Sender and receiver details please.",
            ),
            (
                "c",
                "sender [[P:Chen Wei]], i have shop in [[L:Campalto]], [[A:via Orlanda 180]]\nreceiver [[P:Lin Xiaoyu]] [[A:Lucheng District, Huancheng East Road 88, Room 1203]] [[A:325000]]\nher phone [[T:+86 138 5778 2041]]",
            ),
            (
                "c",
                "my email [[E:chenwei.campalto(at)qq-example.com]]\ni also pay for friend [[P:Zhang]] package last week, i have receipt {{R:SP-2025-04-771}}",
            ),
            (
                "a",
                "Thanks Mr [[P:Chen]]. Express booked, tracking {{TR:EX 4471 0092 38IT}}, pick-up at your shop today at {{TM:16:00}}. [[P:Lorenzo]]",
            ),
        ],
    },
]

# ---------------------------------------------------------------- three more, one garage, one rental, one parcel shop
CONVERSATIONS += [
    {
        "business": "officina",
        "platform": "messenger",
        "customer": "Giulia Spinazzè",
        "lang": "it",
        "start": "2025-05-06T13:05:00",
        "messages": [
            (
                "c",
                "salve mi avete fatto pagare due volte il cambio gomme 😤 {{$:120 €}} + {{$:120 €}}, ordine {{O:IT4400 1120 3391 0082}} mi sembra",
            ),
            (
                "a",
                "Buongiorno, verifico subito. Quello è il numero d'ordine del fornitore {{B:Pirelli}}, il nostro è {{O:OF-4519}}. Come si chiama l'intestatario?",
            ),
            (
                "c",
                "[[P:Giulia Spinazzè]] con l'accento sulla e\nabito a [[L:Paese]], si proprio il paese che si chiama {{W:Paese}} vicino [[L:Treviso]] lol, [[A:via Olimpia 8]]",
            ),
            (
                "c",
                "il rimborso fatelo sul conto di mio marito [[P:Ennio]], il mio è bloccato: [[I:IT60X0542811101000000123456]]\nla mail è [[E:giulia punto spinazze chiocciola gmail punto com]]\ncf [[CF:SPNGLI90D45L736A]]",
            ),
            (
                "a",
                "Ha ragione, doppio addebito. Rimborso di {{$:120 €}} entro 5 giorni. Le scrivo anche a [[E:giulia.spinazze@gmail.com]]. Ci scusi! [[P:Andrea]]",
            ),
            (
                "c",
                "grazie. ah x la cronaca l'auto la usa mia figlia [[P:Asia]] che studia a [[L:Trieste]], per quello nn ero io a ritirarla",
            ),
        ],
    },
    {
        "business": "dimore",
        "platform": "whatsapp",
        "customer": "Pete & Sue",
        "lang": "en",
        "start": "2025-06-09T18:20:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Pete]] here ([[P:Peter Hollingsworth]]). Sadly we have to cancel our stay in {{W:Bardolino}}, my wife [[P:Sue]] broke her wrist 😞 booking {{R:DL-25-0702B}}",
            ),
            (
                "a",
                "Oh no, we're so sorry [[P:Peter]]! Best wishes to [[P:Sue]]. Cancellation more than 21 days before is fully refunded. Which account should we use?",
            ),
            (
                "c",
                "my [[L:UK]] account please, [[I:GB29NWBK60161331926819]], name [[P:P J Hollingsworth]]\nour address [[A:Flat 2B, 41 Holloway Lane]], [[L:Harrogate]] [[A:HG1 4QZ]]",
            ),
            (
                "c",
                "the deposit was paid with [[P:Sue]]'s card [[C:5300-1290-4418-2338]] so maybe it has to go back there?",
            ),
            (
                "a",
                "Yes, card payments are refunded to the same card automatically, no need for the IBAN. Please don't send card numbers in chat 🙏 [[P:Chiara]]",
            ),
            (
                "c",
                "oops sorry. we'll come next year when she's better, maybe to {{W:Garda}} itself, our neighbour [[P:Maureen]] loved your place there",
            ),
        ],
    },
    {
        "business": "corriere",
        "platform": "whatsapp",
        "customer": "Matilde B.",
        "lang": "it",
        "start": "2025-06-24T16:45:00",
        "messages": [
            (
                "c",
                "ciao devo mandare uno scatolone al mio ragazzo che fa l'erasmus a [[L:Boston]]... è negli [[L:USA]] giusto? nn in {{W:inghilterra}}? 🙈",
            ),
            (
                "a",
                "Ciao! Sì, [[L:Boston]] negli [[L:Stati Uniti]] 😄 Per gli {{W:USA}} da {{$:49 €}} fino a 5 kg. Mi serve l'indirizzo.",
            ),
            (
                "c",
                "lui è [[P:Tommaso Favaretto]] ma lo chiamano tutti [[P:Tommy]]\n[[A:1180 Commonwealth Ave, Apt 4C]]\naspetta il resto te lo mando dopo",
            ),
            (
                "c",
                "[[L:Boston]], [[A:MA 02134]]\nil suo numero americano [[T:+1 617 555 0193]] e quello italiano [[T:+39 347\n602 1188]]",
            ),
            ("a", "Perfetto! Mittente? Ci lasci anche un recapito."),
            (
                "c",
                "[[P:Matilde Bortoluzzi]], [[L:Mirano]], [[A:via Cavin di Sala 52]]\nil mio ip dal sito diceva errore pagamento, [[IP:2001:db8:4a1f:7c::21]], pago in negozio",
            ),
            (
                "a",
                "Va bene, ti aspettiamo in negozio. Il tracking sarà simile a {{TR:US 2025 0624 7781}}. Buona spedizione! [[P:Lorenzo]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(78, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
