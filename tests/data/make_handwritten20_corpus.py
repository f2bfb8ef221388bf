# ruff: noqa: E501
"""Hand-written blind test corpus no. 20 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten20_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a barber shop in Turin taking bookings by chat, a
holiday masseria rental in Salento with guests from the UK, Germany and the Netherlands, a
self-storage and moving-boxes firm in Rome, a pizzeria with home delivery in Naples, a private
medical-transport service in Bari moving elderly patients to hospitals, and a garden centre and
landscaping firm near Lucca.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten20_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten20_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "barber": "Barberia Sabauda Torino",
    "masseria": "Masseria Terra Rossa Salento",
    "storage": "DepositoFacile Self Storage Roma",
    "pizzeria": "Pizzeria Fronn' 'e Limone",
    "medtrans": "Levante Trasporti Sanitari Bari",
    "garden": "Vivaio Le Camelie Lucca",
}
PAGE_IDS: dict[str, str] = {
    "barber": "527300000001120",
    "masseria": "527300000002240",
    "storage": "527300000003360",
    "pizzeria": "527300000004480",
    "medtrans": "527300000005590",
    "garden": "527300000006610",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Barber: father books for himself and his son
    {
        "business": "barber",
        "platform": "whatsapp",
        "customer": "Davide Gariglio",
        "lang": "it",
        "start": "2026-02-03T17:12",
        "messages": [
            (
                "c",
                "ciao [[P:Ivano]], sono [[P:Davide Gariglio]], c'e posto {{D:sabato 14}}? per me e mio figlio [[P:Tommaso]], ha 9 anni",
            ),
            (
                "a",
                "Ciao [[P:Davide]]! Sabato alle {{TM:10:30}} ho due poltrone libere di fila: [[P:Samuele]] fa il bimbo e io faccio te. Taglio + barba {{$:28 €}}, bimbo {{$:15 €}}",
            ),
            (
                "c",
                "perfetto. se all'ultimo non riesco ti scrive mia moglie [[P:Chiara]] dal suo numero [[T:347 881 2093]]",
            ),
            (
                "a",
                "Segnato 👍 {{R:prenotazione B-0417}}. Se [[P:Tommi]] vuole la sfumatura alta ditemelo prima",
            ),
            ("c", "la vuole uguale a quella del cugino [[P:Edo]] 😅 ti mando foto"),
            ("a", "Ahah ok, ci pensa [[P:Samu]]. A sabato!"),
        ],
    },
    # 2. Barber: teenager, lowercase, very short messages
    {
        "business": "barber",
        "platform": "instagram",
        "customer": "nico.bertolino_",
        "lang": "it",
        "start": "2026-02-05T15:40",
        "messages": [
            ("c", "bro"),
            ("c", "domani ce posto x un taglio? sn [[P:nico]]"),
            ("a", "Ciao [[P:Nicolò]]! Domani {{TM:16:15}} o {{TM:18:00}}"),
            ("c", "16 e un quarto. vengo cn [[P:ale]] e [[P:fede]] se ce posto pure x loro"),
            (
                "a",
                "Per [[P:Alessio]] e [[P:Federico]] ho {{TM:16:45}} e {{TM:17:15}}, va bene? Mettimi i cognomi che li segno",
            ),
            (
                "c",
                "[[P:alessio mastrangelo]] e [[P:fede cravero]]. [[P:fede]] e quello ke ha i capelli rosa lol",
            ),
            ("a", "Fatto 💈 ricordate che siamo chiusi {{D:lunedì}}"),
            ("c", "ok grz 🙏 ah seguici [[H:@nico.bertolino_]] e [[H:@ale_mstr04]] ahah"),
        ],
    },
    # 3. Barber: English-speaking expat in Turin
    {
        "business": "barber",
        "platform": "messenger",
        "customer": "Rhys Pemberton-Clarke",
        "lang": "en",
        "start": "2026-02-09T09:05",
        "messages": [
            (
                "c",
                "Hi there, I'm [[P:Rhys]], I moved to [[L:Vanchiglia]] last month. Do you do skin fades? My Italian is terrible sorry",
            ),
            (
                "a",
                "Hi [[P:Rhys]], no problem! Yes, skin fade is {{$:€22}}. I'm [[P:Ivano]]. Thursday at {{TM:12:00}} is free",
            ),
            (
                "c",
                "Thursday works. Can you text me the day before? My number is [[T:+44 7700 918 342]], the Italian SIM isn't active yet",
            ),
            ("a", "Sure. Name for the booking: [[P:Rhys Pemberton-Clarke]], right?"),
            (
                "c",
                "Yep. Also my flatmate [[P:Gianmarco]] recommended you, he says hi. He said ask for the {{PD:Sabauda Classic}} beard oil",
            ),
            (
                "a",
                "Ahah [[P:Gianmarco Operti]] is a good customer 😄 We have it, {{$:€14}}. See you Thursday",
            ),
            ("c", "cheers mate 👍"),
        ],
    },
    # 4. Barber: wedding party, groom and friends, with a payment deposit
    {
        "business": "barber",
        "platform": "whatsapp",
        "customer": "Matteo Fiore",
        "lang": "it",
        "start": "2026-03-11T19:22",
        "messages": [
            (
                "c",
                "Buonasera, mi sposo il {{D:6 giugno}} a [[L:Chieri]] e vorremmo venire in 5 la mattina alle {{TM:8}}. Io, mio fratello [[P:Luca Fiore]], il testimone [[P:Angelo Vottero]] e i due cugini [[P:Rosario]] e [[P:Gaetano Bergamo]]",
            ),
            (
                "a",
                "Auguri [[P:Matteo]]!! Per 5 persone apriamo prima, facciamo pacchetto sposo {{$:140 €}} totale. Serve un acconto di {{$:40 €}}",
            ),
            ("c", "ok, a chi faccio il bonifico?"),
            (
                "a",
                "Intestato a [[P:Ivano Ferrero]], IBAN [[I:IT81 X030 6904 0131 0000 0061 842]], causale sposo {{R:FIORE-0606}}",
            ),
            (
                "c",
                "fatto ora. ps il [[P:Ferrero]] che scrivi sei tu, non quello dei {{B:Rocher}} vero 😂 comunque la fattura la intesti a me: [[CF:SPSGNR71H12F839P]] no scusa quello e di mio suocero [[P:Gennaro]], il mio te lo mando dopo",
            ),
            ("a", "Ahah no, magari! Aspetto il tuo codice fiscale, tranquillo"),
        ],
    },
    # 5. Barber: elderly customer, voice note transcription, Piedmontese touch
    {
        "business": "barber",
        "platform": "whatsapp",
        "customer": "Franco Rubatto",
        "lang": "it",
        "start": "2026-03-14T07:58",
        "messages": [
            (
                "c",
                "[Messaggio vocale trascritto] buongiorno sono [[P:Rubatto]] quello dei baffi bianchi neh... volevo sapere se martedì mattina c'è il [[P:Ivano]] perché l'altro ragazzo giovane non lo conosco e poi mi porta mio nipote [[P:Simone]] in macchina da [[L:Moncalieri]] che io non guido più",
            ),
            (
                "a",
                "Buongiorno signor [[P:Franco]]! Martedì ci sono io tutta la mattina, le va bene alle {{TM:9:45}}?",
            ),
            ("c", "VA BENE GRAZIE. MIO NIPOTE HA IL NUMERO [[T:011 647 3320]] SE SERVE"),
            ("a", "Perfetto, l'aspetto. Saluti a [[P:Simone]]"),
        ],
    },
    # 6. Barber: customer changes booking, gift card for boyfriend, Romanian name
    {
        "business": "barber",
        "platform": "instagram",
        "customer": "Ioana Dumitrescu",
        "lang": "it",
        "start": "2026-03-20T12:31",
        "messages": [
            (
                "c",
                "Ciao! Vorrei regalare un buono al mio ragazzo [[P:Andrei]] per il compleanno, fate gift card? Lui è [[P:Andrei Munteanu]], abita a [[L:Collegno]] ma lavora in [[L:Crocetta]]",
            ),
            (
                "a",
                "Ciao [[P:Ioana]]! Sì, {{PD:Gift Card Sabauda}} da {{$:30}} o {{$:50 €}}. La paghi qui in negozio o con link",
            ),
            ("c", "link pls, carta [[C:4539 8712 0044 3188]] va bene? o devo metterla nel link"),
            (
                "a",
                "Meglio non scrivere il numero della carta in chat 🙏 te lo cancello io. Ecco il link: pay.sumup.com/b/SABAUDA50 - il nome sul buono?",
            ),
            ("c", "scusa 🙈 scrivi 'per [[P:Andu]] da [[P:Ioa]]' con un cuore"),
            ("a", "Fatto ❤️ {{R:buono GC-2291}}"),
        ],
    },
    # 7. Barber: English teen + mum, Erasmus kid in Turin
    {
        "business": "barber",
        "platform": "messenger",
        "customer": "Grace Okonkwo",
        "lang": "en",
        "start": "2026-04-02T16:04",
        "messages": [
            (
                "c",
                "Hello, I'm writing for my son [[P:Chidi]], he's 16 and wants braids lined up + a taper. Do you do afro hair? We live near [[L:Porta Palazzo]], [[A:corso Giulio Cesare 28]]",
            ),
            (
                "a",
                "Hello [[P:Grace]]! Yes, our colleague [[P:Moussa]] specialises in afro hair. Saturday {{TM:11:30}} ok?",
            ),
            (
                "c",
                "Perfect. his number is [[T:+39 351 204 7788]] if [[P:Moussa]] needs to ask him anything",
            ),
            ("c", "and my email for the receipt [[E:grace.okonkwo at libero dot it]]"),
            ("a", "Great, booked for [[P:Chidi Okonkwo]] 👍 {{R:B-0562}}"),
        ],
    },
    # 8. Masseria: British family, arrival details, airport transfer
    {
        "business": "masseria",
        "platform": "whatsapp",
        "customer": "Harriet Ashworth",
        "lang": "en",
        "start": "2026-05-04T10:15",
        "messages": [
            (
                "c",
                "Hi! [[P:Harriet]] here, we've booked the {{PD:Casa del Frantoio}} from the {{D:12th of July}}. We land in [[L:Brindisi]] at {{TM:14:20}}. Could you arrange a taxi for 4 adults and a baby?",
            ),
            (
                "a",
                "Dear [[P:Harriet]], welcome! Our driver [[P:Cosimo]] can pick you up, {{$:€95}} for the van with baby seat. Who are the other guests, for the police registration?",
            ),
            (
                "c",
                "Me, my husband [[P:Oliver Ashworth]], my parents [[P:Margaret]] and [[P:Dennis Holloway]] and baby [[P:Florence]] (8 months). We're from [[L:Harrogate]]",
            ),
            ("c", "oh and Dad's mobile in case we get separated: [[T:07812 445 903]]"),
            (
                "a",
                "Perfect, thank you. [[P:Cosimo]] will wait at arrivals with a sign '[[P:ASHWORTH]]'. His number is [[T:+39 328 560 1147]]. {{R:Booking TR-2607-11}}",
            ),
            ("c", "Brilliant, thanks [[P:Dora]]! 🌞"),
        ],
    },
    # 9. Masseria: Dutch couple, damage deposit refund to IBAN
    {
        "business": "masseria",
        "platform": "messenger",
        "customer": "Sanne van der Berg",
        "lang": "en",
        "start": "2026-06-21T18:44",
        "messages": [
            (
                "c",
                "Hello [[P:Dora]], we are home in [[L:Zwolle]] again. Thank you for the wonderful week! Can you return the deposit to my partner [[P:Joost]]'s account? [[P:J.M. Kuipers]], [[I:IT19M0200804671000105527310]]",
            ),
            (
                "c",
                "sorry, wrong one, that is the Italian account of my brother-in-law [[P:Marco]] who lives in [[L:Lecce]] 🙈 use that one anyway, he will pass it to us, it is easier",
            ),
            (
                "a",
                "Hi [[P:Sanne]], no worries! I'll send {{$:€300}} to [[P:Marco Kuipers]]'s IBAN tomorrow. Please confirm his full name as on the account",
            ),
            (
                "c",
                "[[P:Marco Johannes Kuipers]]. And [[P:Joost]] says thank you for the olive oil from nonno [[P:Uccio]] 😍",
            ),
            ("a", "I'll tell [[P:Uccio]], he will be so happy. Safe travels! – [[P:Addolorata]]"),
        ],
    },
    # 10. Masseria: German guest writing English, lost item
    {
        "business": "masseria",
        "platform": "whatsapp",
        "customer": "Lukas Brenner",
        "lang": "en",
        "start": "2026-07-02T08:03",
        "messages": [
            (
                "c",
                "Good morning, we left yesterday and my daughter [[P:Mia]] forgot her {{B:Steiff}} teddy in the pool house 😢 Can you send it? Address: [[P:Lukas Brenner]], [[A:Wilhelmstraße 47]], 79098 [[L:Freiburg]]",
            ),
            (
                "a",
                "Oh no, poor [[P:Mia]]! Our cleaner [[P:Antonella]] found it, don't worry. We send it with {{B:DHL}}, shipping {{$:€24}}",
            ),
            ("c", "Thank you!! Please charge my card, [[C:5228-7103-4659-0218]] exp 09/28"),
            (
                "a",
                "Please don't send card details here 🙏 I'll delete the message. I'll send you a payment link by email instead, is it still [[E:l.brenner@posteo.de]]?",
            ),
            ("c", "yes that is correct. Danke!"),
            ("a", "Shipped: tracking {{TR:JJD0001472283391}} 🧸"),
        ],
    },
    # 11. Masseria: hen party, many names, influencer handle
    {
        "business": "masseria",
        "platform": "instagram",
        "customer": "poppy.tindall",
        "lang": "en",
        "start": "2026-03-30T21:10",
        "messages": [
            (
                "c",
                "OMG this place is gorgeous 😍 we're planning a hen do for my bestie [[P:Jess]] in september, 9 girls. is the whole masseria available {{D:18-21 sept}}?",
            ),
            (
                "a",
                "Hi [[P:Poppy]]! Yes, the whole estate is free those nights. For 9 guests it's {{$:€2,950}} total incl. breakfast",
            ),
            (
                "c",
                "amazing. the girls are me, [[P:Jess Whitfield]], [[P:Hope]], [[P:Kirsty McAllister]], [[P:Anjali Rao]], [[P:Bex]], [[P:Joy Adebayo]] and the twins [[P:Lottie]] & [[P:Maisie Greer]] lol",
            ),
            ("c", "could you do a pizzica dancing night? [[P:Jess]] would DIE"),
            (
                "a",
                "Of course, a group from [[L:Melpignano]] plays for us 💃 We'd need a deposit of 30%. Who should we invoice?",
            ),
            (
                "c",
                "me! [[P:Poppy Tindall]], [[A:Flat 3, 22 Alderney Road]], [[L:Bristol]] BS2 8QF. insta [[H:@poppy.tindall]] if u wanna tag us 😘",
            ),
            ("a", "Lovely, invoice coming. Ciao from [[P:Dora]] 🌿"),
        ],
    },
    # 12. Masseria: retired British couple, accessibility and a doctor
    {
        "business": "masseria",
        "platform": "messenger",
        "customer": "Bill Hargreaves",
        "lang": "en",
        "start": "2026-08-09T13:27",
        "messages": [
            (
                "c",
                "Good afternoon. My wife [[P:Rosemary]] has had a fall on the steps near the trulli. Nothing broken we think but her ankle is swollen. Is there a doctor nearby who speaks English?",
            ),
            (
                "a",
                "I'm so sorry [[P:Bill]]. Dottoressa [[P:Pascali]] in [[L:Uggiano la Chiesa]] speaks English, I'm calling her now. Her surgery is on the main square",
            ),
            ("a", "She can see [[P:Rosemary]] at {{TM:17:00}}. [[P:Cosimo]] will drive you"),
            (
                "c",
                "Thank you so much. Should I bring her NHS card? She is [[P:Rosemary Anne Hargreaves]], born 1951",
            ),
            ("a", "Bring the EHIC/GHIC card and her passport, that's enough"),
            ("c", "Will do. You've been very kind, please thank dott. [[P:Pascali]] too"),
        ],
    },
    # 13. Masseria: German family, long message about arrival, frazione
    {
        "business": "masseria",
        "platform": "whatsapp",
        "customer": "Katrin Vogelsang",
        "lang": "en",
        "start": "2026-07-18T22:55",
        "messages": [
            (
                "c",
                "Hello, we are lost 😅 google maps sent us to [[L:Giuggianello]] and now we are in a field with cows. My husband [[P:Jörg]] says the road is closed. Can somebody help?",
            ),
            (
                "a",
                "Hi [[P:Katrin]], don't worry, it happens! Send me your location please",
            ),
            ("c", "[location] this is where the car is, next to a little chapel"),
            (
                "a",
                "Ok, you are near [[L:Minervino di Lecce]]. [[P:Cosimo]] is coming with the jeep, 10 minutes. Stay there 🚙",
            ),
            (
                "c",
                "THANK YOU. the kids [[P:Finn]] and [[P:Lotta]] are asleep in the back, so that is good",
            ),
            ("a", "Welcome to Salento 😄 [[P:Dora]]"),
        ],
    },
    # 14. Masseria: Dutch guest, VAT invoice for company retreat
    {
        "business": "masseria",
        "platform": "messenger",
        "customer": "Pieter de Wit",
        "lang": "en",
        "start": "2026-01-19T11:11",
        "messages": [
            (
                "c",
                "Good morning, I'd like to book the masseria for a team retreat in {{D:May 2026}}, 12 people. The invoice should go to our Italian branch, P.IVA [[V:07419280636]], attn [[P:Federica Ingrosso]]",
            ),
            (
                "a",
                "Dear [[P:Pieter]], with pleasure. Could you send me the branch's certified email (PEC) and the SDI code?",
            ),
            (
                "c",
                "PEC: [[E:f.ingrosso@pec.dewitconsulting.it]], SDI {{R:M5UXCR1}}. Our office manager in [[L:Utrecht]] is [[P:Maartje]], she'll handle the room list",
            ),
            ("a", "Thank you! I'll prepare a quote for 4 nights, half board"),
            (
                "c",
                "Great. Connect with me on [[U:https://www.linkedin.com/in/pieter-de-wit-utrecht]] if easier",
            ),
        ],
    },
    # 15. Masseria: guest complaint, wifi and IP address from router page
    {
        "business": "masseria",
        "platform": "whatsapp",
        "customer": "Tom Gallagher",
        "lang": "en",
        "start": "2026-08-14T09:40",
        "messages": [
            (
                "c",
                "hi, wifi keeps dropping in the {{PD:Casa del Pozzo}}, I have to work remotely today. router page says WAN IP [[IP:93.41.207.118]] and 'no DNS'",
            ),
            (
                "a",
                "Sorry [[P:Tom]]! It's {{W:Ferragosto}} tomorrow and the provider is slow to answer. I'll restart the antenna now",
            ),
            ("c", "still nothing. my laptop shows [[IP:192.168.1.37]] but no internet lol"),
            (
                "a",
                "Our technician [[P:Salvatore Miggiano]] will come at {{TM:11}}. Meanwhile you can use the hotspot in the main house, password is on the fridge",
            ),
            ("c", "legend. tell [[P:Salvo]] there's a cold {{B:Peroni}} waiting for him"),
        ],
    },
    # 16. Storage: couple moving, boxes delivery, Roman voice
    {
        "business": "storage",
        "platform": "whatsapp",
        "customer": "Valentina Proietti",
        "lang": "it",
        "start": "2026-02-16T09:20",
        "messages": [
            (
                "c",
                "Buongiorno, ci trasferiamo da [[L:Monteverde]] a [[L:Ciampino]] a fine mese e ci servirebbe un box da 5 mq per 3 mesi + 40 scatoloni. Sono [[P:Valentina Proietti]]",
            ),
            (
                "a",
                "Buongiorno [[P:Valentina]], il box {{PD:M5}} costa {{$:89 €/mese}}, il {{PD:Kit Trasloco Large}} (40 scatole + nastro) {{$:65 €}}. Ve lo portiamo a casa?",
            ),
            (
                "c",
                "si grazie, [[A:via Federico Ozanam 112]], scala B int. 7, citofono [[P:Proietti-Sabatini]]",
            ),
            ("c", "se non ci sono io c'è il mio compagno [[P:Daniele]], [[T:339.204.1876]]"),
            (
                "a",
                "Perfetto, consegna {{D:giovedì 19}} tra le {{TM:9}} e le {{TM:13}}. Ordine {{O:DF-30218}}",
            ),
            ("c", "ahò grazie, siete stati velocissimi"),
        ],
    },
    # 17. Storage: company customer, invoice with P.IVA and IBAN for direct debit
    {
        "business": "storage",
        "platform": "messenger",
        "customer": "Edilizia Tiburtina snc",
        "lang": "it",
        "start": "2026-02-23T14:02",
        "messages": [
            (
                "c",
                "Salve, siamo una piccola impresa edile di [[L:Guidonia]], ci serve un box grande per attrezzi per 12 mesi. Referente [[P:Sandro Mancini]], [[T:0774 30 21 88]]",
            ),
            (
                "a",
                "Salve [[P:Sandro]], per 12 mesi il {{PD:box L15}} viene {{$:1.740 €}} + IVA. Intestazione?",
            ),
            (
                "c",
                "Edilizia Tiburtina snc di [[P:Mancini]] e [[P:Fabbri]], P.IVA [[V:IT09153670410]], addebito SEPA su [[I:IT40 Q076 0104 0000 0104 8392 615]]",
            ),
            (
                "c",
                "la fattura mandatela alla commercialista dott.ssa [[P:Raffaella Sarto]] [[E:studio.sarto@gmail.com]]",
            ),
            (
                "a",
                "Ricevuto. Contratto {{R:CTR-2026-0091}} in arrivo via mail, da firmare da [[P:Alessandro Mancini]] come legale rappresentante",
            ),
            ("c", "va bene, firma [[P:Sandro]] che è sempre lui 😂"),
        ],
    },
    # 18. Storage: English student leaving Rome, storage over the summer
    {
        "business": "storage",
        "platform": "instagram",
        "customer": "priya.venkatesh",
        "lang": "en",
        "start": "2026-06-10T20:48",
        "messages": [
            (
                "c",
                "hey!! I'm an exchange student at Sapienza, going home to [[L:Leicester]] for the summer. Can I store like 6 boxes and a bike until {{D:September 15}}?",
            ),
            (
                "a",
                "Hi [[P:Priya]]! The {{PD:Mini box 1 mq}} is {{$:€29}}/month, bike fits too. Where are you in [[L:Rome]]?",
            ),
            (
                "c",
                "[[L:San Lorenzo]], [[A:via dei Volsci 40]]. my roommate [[P:Yuki]] will be there on pickup day if I'm at the airport",
            ),
            (
                "c",
                "her number i need to ask her. mine is [[T:+44 7911 623 450]]. also can [[P:Yuki Tanabe]] access the box if i'm away?",
            ),
            (
                "a",
                "Yes, add her as an authorised person in the app. We'll need a copy of her ID. Pickup {{D:June 28}}?",
            ),
            ("c", "perfect ty 🙏"),
        ],
    },
    # 19. Storage: login alert from the app, IP address, worried customer
    {
        "business": "storage",
        "platform": "whatsapp",
        "customer": "Mario Cerroni",
        "lang": "it",
        "start": "2026-03-08T23:17",
        "messages": [
            (
                "c",
                "SCUSATE L'ORARIO MA MI È ARRIVATA UNA MAIL DI ACCESSO AL MIO ACCOUNT DA UN IP CHE NON CONOSCO: [[IP:185.220.101.44]] !!! il box e il {{R:B-214}}",
            ),
            (
                "a",
                "Buonasera signor [[P:Cerroni]], controllo subito. Il box {{R:B-214}} non risulta aperto stanotte. Da casa che IP ha di solito?",
            ),
            (
                "c",
                "boh mio figlio [[P:Lorenzo]] dice [[IP:79.18.144.203]], casa nostra a [[L:Centocelle]]",
            ),
            (
                "a",
                "Allora le consiglio di cambiare password. La disconnetto da tutti i dispositivi. Tutto ok col box, le telecamere non segnalano nulla",
            ),
            (
                "c",
                "grazie. domani passa mio cognato [[P:Pino Fabrizi]] a prendere le sedie, e autorizzato",
            ),
            ("a", "Lo trova in elenco, tranquillo. Buonanotte"),
        ],
    },
    # 20. Storage: moving company job, elderly lady, daughter writes
    {
        "business": "storage",
        "platform": "messenger",
        "customer": "Simona Aureli",
        "lang": "it",
        "start": "2026-04-14T11:35",
        "messages": [
            (
                "c",
                "buongiorno scrivo per mia madre [[P:Anna Maria Aureli]] che entra in RSA a [[L:Frascati]]. Dobbiamo svuotare casa sua in [[A:via Giuseppe Libetta 7]] a [[L:Garbatella]] e tenere i mobili in deposito",
            ),
            (
                "a",
                "Buongiorno [[P:Simona]], mi dispiace. Facciamo un sopralluogo gratuito, quando è possibile? Servono i dati per il contratto",
            ),
            (
                "c",
                "contratto a nome mio, [[P:Simona Aureli]], CF [[CF:LPRNTN48S55A662K]] - ah no scusi quello è di mamma, il mio non lo ricordo a memoria",
            ),
            (
                "a",
                "Non si preoccupi, lo prendiamo al sopralluogo. {{D:Martedì 21}} alle {{TM:15}}?",
            ),
            (
                "c",
                "va bene, apre la vicina signora [[P:Rosa]] se tardo, ha le chiavi. Mi chiamo sempre allo [[T:06 5740 3318]]",
            ),
            ("a", "Segnato {{R:SOP-0441}}. A martedì, [[P:Federica]]"),
        ],
    },
    # 21. Storage: British customer, card payment and a lost key
    {
        "business": "storage",
        "platform": "messenger",
        "customer": "Callum Fairweather-Doyle",
        "lang": "en",
        "start": "2026-05-02T17:09",
        "messages": [
            (
                "c",
                "Hello, my husband [[P:Callum]] lost the padlock key of unit {{R:C-077}} 🙄 can you cut the lock? I'm [[P:Imogen]], his wife, also on the contract",
            ),
            (
                "a",
                "Hi [[P:Imogen]], yes, lock removal is {{$:€35}} and you need to be there with ID. Tomorrow {{TM:10am}}?",
            ),
            (
                "c",
                "fine. I'll pay with the Amex [[C:3794 620188 57347]], or do you only take cash? we live in [[L:Trastevere]] so it's a bit of a trip",
            ),
            (
                "a",
                "Card at the desk is fine – please don't share the number here, I'll remove it. See you tomorrow, Mrs [[P:Fairweather-Doyle]]",
            ),
            ("c", "thanks [[P:Mark]] 👍"),
        ],
    },
    # 22. Storage: short messages, student buying boxes, obfuscated email
    {
        "business": "storage",
        "platform": "telegram",
        "customer": "Kevin Osei",
        "lang": "it",
        "start": "2026-09-03T13:00",
        "messages": [
            ("c", "salve vendete solo scatole?"),
            ("a", "Sì! {{PD:Scatola Media 40x30x30}} {{$:2,20 €}} l'una, sopra le 20 {{$:1,90 €}}"),
            ("c", "25 x favore. le ritiro io a [[L:Tor Pignattara]]? sono [[P:Kevin]]"),
            ("a", "Certo [[P:Kevin]], le prepariamo per domani. Nome e mail per la ricevuta?"),
            ("c", "[[P:Kevin Osei Mensah]], [[E:kevin punto osei chiocciola outlook punto it]]"),
            ("a", "Perfetto, ordine {{O:DF-30577}} pronto dalle {{TM:12}}"),
        ],
    },
    # 23. Pizzeria: Neapolitan dialect, delivery with citofono
    {
        "business": "pizzeria",
        "platform": "whatsapp",
        "customer": "Gennaro Esposito",
        "lang": "it",
        "start": "2026-01-24T19:48",
        "messages": [
            (
                "c",
                "uè buonasera, vulesse ordinà 3 {{PD:margherite}}, 1 {{PD:diavola}} e na {{PD:montanara fritta}}. [[A:via Luca Giordano 98]], al [[L:Vomero]]",
            ),
            ("a", "Buonasera! Totale {{$:29,50 €}}. A che nome citofoniamo?"),
            (
                "c",
                "citofonare [[P:Esposito-Capasso]], terzo piano. si nun risponne nisciuno chiammate a mia figlia [[P:Carmela]] [[T:3382719045]]",
            ),
            ("a", "Perfetto, ordine {{O:#418}}, il rider [[P:Ciro]] arriva verso le {{TM:20:40}}"),
            ("c", "grazie assaje. e diciteme a [[P:Ciruzzo]] che o' resto se lo tene isso 😄"),
        ],
    },
    # 24. Pizzeria: rider lost, customer gives directions, short messages
    {
        "business": "pizzeria",
        "platform": "whatsapp",
        "customer": "Fra 🍕",
        "lang": "it",
        "start": "2026-02-14T20:55",
        "messages": [
            ("c", "ciao ma il rider dove sta?? ordine {{O:#502}}"),
            (
                "a",
                "Ciao! [[P:Salvatore]] è già in [[A:via Manzoni]] a [[L:Posillipo]] ma non trova il civico 🙈",
            ),
            ("c", "e il 23/C, quello con il cancello verde. sn [[P:francesca ruotolo]]"),
            ("c", "dite a [[P:salvatore]] di chiamarmi [[T:331-908-4462]]"),
            (
                "a",
                "Gli giro il numero. È San Valentino, scusate il ritardo ❤️ vi aggiungiamo due {{PD:graffe}} omaggio",
            ),
            ("c", "ok arrivato!! grazie [[P:salvatò]] 😂"),
        ],
    },
    # 25. Pizzeria: Erasmus student, English, gluten free
    {
        "business": "pizzeria",
        "platform": "instagram",
        "customer": "emre.yildiz",
        "lang": "en",
        "start": "2026-03-05T21:02",
        "messages": [
            ("c", "hi do u have gluten free pizza? my gf [[P:Lucía]] is celiac"),
            ("a", "Hi! Yes, {{PD:Margherita senza glutine}} {{$:€9}}, cooked in a separate oven"),
            (
                "c",
                "ok 2 of those + 1 {{PD:Marinara}}. we're at [[A:vico Lammatari 14]] in [[L:Sanità]], ring [[P:Yildiz]]/[[P:Moreno]]",
            ),
            ("a", "Thank you [[P:Emre]]! ~35 min, order {{O:#611}}"),
            (
                "c",
                "can u bring change for 50? and tell the rider to call [[T:+90 532 447 18 09]] if the door is closed, italian number doesnt work",
            ),
            ("a", "Sure 👍 [[P:Ciro]] will call you"),
        ],
    },
    # 26. Pizzeria: birthday party order, office, P.IVA
    {
        "business": "pizzeria",
        "platform": "messenger",
        "customer": "Assunta Iovine",
        "lang": "it",
        "start": "2026-04-17T10:22",
        "messages": [
            (
                "c",
                "Buongiorno, per venerdì a pranzo ci servono 15 pizze in ufficio per il compleanno del nostro capo dott. [[P:Capuozzo]]. [[A:Centro Direzionale isola E5]], torre B piano 9",
            ),
            (
                "a",
                "Buongiorno [[P:Assunta]], nessun problema. Consegna alle {{TM:13:00}}? Per la fattura ci servono i dati",
            ),
            (
                "c",
                "Studio Legale Partenope Associati, P.IVA [[V:12038460585]], mail [[E:a.iovine@studiopartenope.it]]",
            ),
            (
                "c",
                "il capo si chiama [[P:Saverio]], se mettete la candelina con scritto 'Auguri [[P:Savè]]' sulla {{PD:Nutella pizza}} è perfetto 😅",
            ),
            (
                "a",
                "Ahah fatto! Ordine {{O:#655}}, {{$:187 €}} iva inclusa. Per domande chiamate [[P:Nunzia]] in pizzeria",
            ),
        ],
    },
    # 27. Pizzeria: complaint, voice note transcription
    {
        "business": "pizzeria",
        "platform": "whatsapp",
        "customer": "Pasquale Iazzetta",
        "lang": "it",
        "start": "2026-05-01T21:30",
        "messages": [
            (
                "c",
                "[vocale] allora sentite io so [[P:Pasquale]] e abito a [[L:Fuorigrotta]] [[A:viale Augusto 140]], è n'ora che aspetto... mia moglie [[P:Immacolata]] sta murenno e famme, i creature chiagnono. che è successo?",
            ),
            (
                "a",
                "Signor [[P:Iazzetta]], ha ragione, scusi. C'è la partita allo stadio e le strade sono chiuse. Il rider è bloccato verso [[L:Bagnoli]]",
            ),
            ("c", "vabbuò. ma almeno na coca cola ce la regalate"),
            (
                "a",
                "Le aggiungiamo 2 {{B:Coca-Cola}} e il {{$:20%}} di sconto sul prossimo ordine, codice {{R:SCUSA20}}",
            ),
            ("c", "ok mo va bene 👍 salutame a [[P:Nunzia]]"),
        ],
    },
    # 28. Pizzeria: job application as rider, CV
    {
        "business": "pizzeria",
        "platform": "messenger",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2026-06-03T16:10",
        "messages": [
            (
                "c",
                "Salve, ho visto che cercate rider. Mi chiamo [[P:Youssef El Amrani]], ho 24 anni, abito a [[L:Portici]], ho lo scooter mio",
            ),
            (
                "a",
                "Ciao [[P:Youssef]]! Sì, cerchiamo per il weekend. Mandami il curriculum e il tuo codice fiscale",
            ),
            (
                "c",
                "CF [[CF:MSTVNC02D22L219S]]... no scusa ho copiato quello di mio amico [[P:Vincenzo]] 😅 il mio te lo mando con foto",
            ),
            (
                "c",
                "il cv e qui [[U:https://drive.google.com/file/d/1yEaMranI_cv2026/view]] e la mail [[E:youssef.elamrani98@gmail.com]]",
            ),
            ("a", "Perfetto. Vieni sabato alle {{TM:18}} per una prova con [[P:Ciro]]"),
        ],
    },
    # 29. Pizzeria: grandma ordering via grandson's account, lowercase
    {
        "business": "pizzeria",
        "platform": "instagram",
        "customer": "gigi_della_sanita",
        "lang": "it",
        "start": "2026-07-12T19:05",
        "messages": [
            (
                "c",
                "buonasera scrivo io nonna [[P:teresa]] dal telefono di [[P:gigi]]. voglio na {{PD:margherita}} e na {{PD:capricciosa}}",
            ),
            ("a", "Buonasera signora [[P:Teresa]] 😊 indirizzo?"),
            (
                "c",
                "[[A:salita capodimonte 21]] vicino a {{W:Madre Serafina}} la chiesa. citofono [[P:de luca teresa]]",
            ),
            ("a", "Totale {{$:14 €}}, {{O:ordine #733}}. Arriva tra 30 minuti"),
            (
                "c",
                "grazie figlio mio. [[P:gigi]] dice di mettere il suo profilo [[H:@gigi_della_sanita]] nella storia lol",
            ),
        ],
    },
    # 30. Medical transport: daughter books dialysis transfers for her father
    {
        "business": "medtrans",
        "platform": "whatsapp",
        "customer": "Angela Lorusso",
        "lang": "it",
        "start": "2026-01-12T08:15",
        "messages": [
            (
                "c",
                "Buongiorno, mio padre [[P:Vito Lorusso]] deve fare la dialisi al {{W:Policlinico}} tre volte a settimana, lunedì mercoledì e venerdì alle {{TM:7:30}}. Abita a [[L:Carrassi]], [[A:via Giulio Petroni 55]], quarto piano senza ascensore",
            ),
            (
                "a",
                "Buongiorno signora [[P:Angela]], serve la sedia portantina allora. Il paziente cammina un poco?",
            ),
            (
                "c",
                "pochissimo. ha 87 anni. il medico di base e il dott. [[P:Giannuzzi]], se vi serve la richiesta ve la fa lui",
            ),
            (
                "a",
                "Va bene. Ci servono il codice fiscale di papà e un recapito fisso. Il servizio dialisi ha {{R:pratica ASL BA/2026/1187}}?",
            ),
            (
                "c",
                "si quella. CF [[CF:CRLMRA39E60A662A]] no aspetti è di mia zia [[P:Maria Carella]], la sorella di mamma, l'ho confuso 🤦‍♀️ papà ve lo porto in cartaceo. fisso [[T:080 556 1893]]",
            ),
            (
                "a",
                "Nessun problema. Primo trasporto {{D:lunedì 19 gennaio}}, equipaggio [[P:Michele]] e [[P:Onofrio]]",
            ),
        ],
    },
    # 31. Medical transport: Apulian dialect, grandson writing, discharge
    {
        "business": "medtrans",
        "platform": "whatsapp",
        "customer": "Nicola D.",
        "lang": "it",
        "start": "2026-02-02T12:40",
        "messages": [
            (
                "c",
                "uè bongiorno, a nonna mè [[P:Nunzia Depalma]] la dimettono mò dal {{W:Di Venere}}, ce sta n'ambulanza pe purtarla a [[L:Triggiano]]?",
            ),
            ("a", "Buongiorno! A che ora la dimettono? Ci serve il foglio di dimissione"),
            (
                "c",
                "dic ca verso le {{TM:15}}. stè jind a ortopedia, letto 12. a casa sta a [[A:via Casalino 31]]",
            ),
            (
                "c",
                "ce sta pure a zia [[P:Filomena]] che l'accompagna, u numero suo è [[T:349 77 01 562]]",
            ),
            (
                "a",
                "Ok, mandiamo [[P:Onofrio]] con la barella. Costo {{$:70 €}} pagabile anche con bancomat",
            ),
            ("c", "grazie assai. so [[P:Nicola]], u nipote. ciao"),
        ],
    },
    # 32. Medical transport: English-speaking son abroad, mother in Bari
    {
        "business": "medtrans",
        "platform": "messenger",
        "customer": "Raffaele Mastrogiacomo",
        "lang": "en",
        "start": "2026-03-03T06:50",
        "messages": [
            (
                "c",
                "Good morning, I live in [[L:Manchester]] and my mum [[P:Lucia]] needs to go from her flat in [[L:Japigia]] to the oncology day hospital at {{W:Giovanni Paolo II}} on {{D:March 10}}. Can you help? I can't fly down",
            ),
            (
                "a",
                "Good morning [[P:Raffaele]], of course. Does your mother need a wheelchair? Who will be with her?",
            ),
            (
                "c",
                "Wheelchair yes. Her neighbour Mrs [[P:Scarangella]] will go with her. Mum's address is [[A:via Gentile 112]], bell [[P:Mastrogiacomo L.]]",
            ),
            (
                "c",
                "I'll pay by card. email me the link please [[E:raff.mastro@btinternet.com]] and my UK number [[T:+44 161 496 0732]]",
            ),
            (
                "a",
                "Done. Pickup {{TM:8:15}}, ref {{R:LTS-0310-04}}. I'll message [[P:Lucia]] the evening before",
            ),
            ("c", "Thank you so much, it means a lot"),
        ],
    },
    # 33. Medical transport: invoice to family, IBAN refund after cancellation
    {
        "business": "medtrans",
        "platform": "whatsapp",
        "customer": "Pietro Cassano",
        "lang": "it",
        "start": "2026-04-09T17:33",
        "messages": [
            (
                "c",
                "Salve, il trasporto di domani per mia madre [[P:Rosa Cassano]] va annullato, purtroppo è ricoverata a [[L:Altamura]] da stanotte",
            ),
            (
                "a",
                "Ci dispiace molto signor [[P:Pietro]]. Il trasporto era già pagato, le rimborsiamo {{$:120 €}}. Ci dà un IBAN?",
            ),
            ("c", "[[I:IT28K0538741560000003218807]] intestato a me [[P:Cassano Pietro]]"),
            (
                "a",
                "Bonifico disposto, arriva in 1-2 giorni. {{R:Rimborso RB-0088}}. Un abbraccio alla signora [[P:Rosa]]",
            ),
            ("c", "grazie a voi e a [[P:Michele]] che è sempre gentilissimo con mamma"),
        ],
    },
    # 34. Medical transport: retirement home coordinator, several patients
    {
        "business": "medtrans",
        "platform": "messenger",
        "customer": "RSA Villa degli Ulivi",
        "lang": "it",
        "start": "2026-05-13T09:02",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Giusy]] la coordinatrice. Per giovedì ci servono 3 trasporti: [[P:Domenico Abbrescia]] per la TAC alle {{TM:9:40}}, [[P:Lucrezia Fortunato]] visita cardiologica {{TM:11}}, e sig. [[P:Bianco]] al Policlinico per i controlli",
            ),
            ("a", "Buongiorno [[P:Giusy]]! Per il signor [[P:Bianco]] ci dice il nome?"),
            (
                "c",
                "[[P:Angelo Bianco]]. Attenti che è sordo, parlategli forte. La signora [[P:Fortunato]] invece ha il catetere",
            ),
            (
                "a",
                "Ok. Partenza dalla RSA in [[A:strada Torre di Mizzi 4]], [[L:Palese]] alle {{TM:8:45}}",
            ),
            (
                "c",
                "Perfetto. Se serve sono al [[T:080 530 66 41]] int. 3, oppure la dottoressa [[P:Loiacono]]",
            ),
            ("a", "Ricevuto, {{R:ordine di servizio OS-1305}}"),
        ],
    },
    # 35. Medical transport: Albanian caregiver, short messages, ALL CAPS
    {
        "business": "medtrans",
        "platform": "whatsapp",
        "customer": "Elona Hoxha",
        "lang": "it",
        "start": "2026-06-22T07:05",
        "messages": [
            ("c", "BUONGIORNO. SONO [[P:ELONA]] BADANTE DI SIGNOR [[P:LATERZA]]"),
            ("c", "AMBULANZA NON ARRIVATA. DOVEVA ESSERE ORE 7"),
            (
                "a",
                "Buongiorno [[P:Elona]], l'equipaggio è fermo sulla statale per un incidente, arriva in 15 minuti. Siete sempre in [[A:via Abate Gimma 203]]?",
            ),
            (
                "c",
                "SI. SIGNOR [[P:SAVINO]] E PRONTO CON BORSA. FIGLIA [[P:ROSANNA]] HA DETTO CHIAMARE LEI [[T:0039 340 118 2276]]",
            ),
            ("a", "La chiamiamo noi, grazie [[P:Elona]] 🙏"),
        ],
    },
    # 36. Medical transport: Indian doctor family in Bari, English
    {
        "business": "medtrans",
        "platform": "whatsapp",
        "customer": "Arjun Malhotra",
        "lang": "en",
        "start": "2026-08-25T19:45",
        "messages": [
            (
                "c",
                "Hi, my father-in-law [[P:Rajesh Iyer]] is visiting from [[L:Pune]] and fell at our home in [[L:Poggiofranco]]. He's fine but needs an X-ray tomorrow and can't walk. Do you do private transfers?",
            ),
            ("a", "Hi [[P:Arjun]], yes. What time is the appointment and where?"),
            (
                "c",
                "{{TM:10:20}} at the {{W:Mater Dei}} clinic. we're at [[A:viale Luigi Einaudi 46]], name on the door [[P:Malhotra]]/[[P:Iyer]]",
            ),
            ("a", "Ok, we'll be there at {{TM:9:50}} with a wheelchair. {{$:€60}} return trip"),
            ("c", "great. my wife [[P:Deepa]] will come along, her number [[T:+39 392 660 4815]]"),
        ],
    },
    # 37. Garden: British couple in the Lucca hills, landscaping quote
    {
        "business": "garden",
        "platform": "messenger",
        "customer": "Penelope Whitcombe",
        "lang": "en",
        "start": "2026-03-16T10:30",
        "messages": [
            (
                "c",
                "Good morning! My husband [[P:Hugh]] and I have just bought an old farmhouse above [[L:Segromigno in Monte]] and the garden is a jungle. Could someone come and quote for clearing + an olive terrace?",
            ),
            (
                "a",
                "Good morning [[P:Penelope]], with pleasure. Our landscaper [[P:Lorenzo Pardini]] can come on {{D:Thursday 19th}}. Could you send the address?",
            ),
            (
                "c",
                "[[A:via della Chiesa 47]], località [[L:Ciciana]]. The lane is narrow, a small van is best. [[P:Hugh]]'s mobile is [[T:+44 (0)7723 508 911]], mine doesn't work up here",
            ),
            ("a", "Noted. [[P:Lorenzo]] will call [[P:Hugh]] when he leaves [[L:Capannori]]"),
            (
                "c",
                "Lovely. Our neighbour Signor [[P:Bertolacci]] says you did his lemon trees, he was very pleased. Also we'd love some {{PD:Camellia japonica}}, obviously 😊",
            ),
            ("a", "Of course, it's our speciality! See you Thursday. [[P:Elisa]]"),
        ],
    },
    # 38. Garden: Italian customer, plant order with delivery and payment by card
    {
        "business": "garden",
        "platform": "whatsapp",
        "customer": "Marisa Giannecchini",
        "lang": "it",
        "start": "2026-04-04T15:18",
        "messages": [
            (
                "c",
                "Buonasera, vorrei 6 {{PD:gelsomini rampicanti}}, 2 sacchi di {{B:Compo}} e un {{PD:limone quattro stagioni}}. Me li portate a [[L:Marlia]]?",
            ),
            (
                "a",
                "Buonasera [[P:Marisa]], sì, la consegna a [[L:Marlia]] è {{$:10 €}}. Totale {{$:146,80 €}}. Indirizzo?",
            ),
            (
                "c",
                "[[A:via di Corte Ciomei 8]], il cancello è quello con la vite. se non rispondo c'è mio marito [[P:Fortunato]] nell'orto",
            ),
            ("c", "pago con la carta al ritiro? è una [[C:4012 8887 6543 2105]] della Posta"),
            (
                "a",
                "Sì, il fattorino ha il POS, non serve il numero 🙂 lo cancelliamo. Consegna {{D:martedì 7}} mattina, ordine {{O:VC-1147}}",
            ),
            ("c", "grazie. salutatemi [[P:Elisa]] e [[P:Beppe]]"),
        ],
    },
    # 39. Garden: irrigation controller, wifi IP, mixed English and Italian
    {
        "business": "garden",
        "platform": "whatsapp",
        "customer": "Jonas Lindqvist",
        "lang": "en",
        "start": "2026-06-27T07:44",
        "messages": [
            (
                "c",
                "Hi [[P:Lorenzo]], the {{B:Rain Bird}} controller you installed is offline again. The app says last seen at [[IP:192.168.0.114]]. Villa is in [[L:San Martino in Freddana]]",
            ),
            (
                "a",
                "Ciao [[P:Jonas]]! Probabilmente il router si è riavviato e ha cambiato indirizzo. Can you check the router page?",
                "it",
            ),
            (
                "c",
                "router public IP is [[IP:2.235.88.61]], the controller now [[IP:192.168.0.121]]",
            ),
            (
                "a",
                "Ok, I'll reconfigure it remotely. Our tech [[P:Beppe Lazzarini]] will pass by on Monday anyway to check the drip line",
            ),
            ("c", "grazie mille! my wife [[P:Astrid]] says the hydrangeas are thirsty 😅"),
        ],
    },
    # 40. Garden: condominium maintenance contract, administrator
    {
        "business": "garden",
        "platform": "messenger",
        "customer": "Studio Amministrazioni Nieri",
        "lang": "it",
        "start": "2026-02-10T11:05",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Gabriele Nieri]], amministratore del condominio {{W:Le Mura}} in [[A:viale Carducci 121]] a [[L:Lucca]]. Ci serve un preventivo annuale per siepi e prato",
            ),
            (
                "a",
                "Buongiorno [[P:Nieri]], facciamo un sopralluogo {{D:venerdì 13}} alle {{TM:9}}?",
            ),
            (
                "c",
                "Va bene. Vi apre il portiere, [[P:Dario]]. Il preventivo intestatelo al condominio, CF [[CF:SPSGNR71H12F839P]] no, mi scusi, quello è di un condomino, il sig. [[P:Esposito]]. Ve lo mando per PEC",
            ),
            ("c", "PEC [[E:gabriele.nieri@pec.it]], cellulare [[T:335/6127784]]"),
            ("a", "Perfetto, grazie. Preventivo {{R:PRV-2026-017}} entro fine mese"),
        ],
    },
    # 41. Garden: Ukrainian customer, lowercase, planting a memorial tree
    {
        "business": "garden",
        "platform": "telegram",
        "customer": "Oksana Kovalenko",
        "lang": "it",
        "start": "2026-10-20T18:12",
        "messages": [
            (
                "c",
                "buonasera. vorrei piantare un albero per mio papa [[P:Mykola]] che e morto a marzo. cosa mi consigliate?",
            ),
            (
                "a",
                "Ci dispiace tanto [[P:Oksana]]. Un {{PD:tiglio}} o un {{PD:acero rosso}} sono bellissimi. Dove lo piantereste?",
            ),
            (
                "c",
                "nel giardino di mia sorella [[P:Iryna]] a [[L:Porcari]], [[A:via Romana Est 33]]",
            ),
            ("a", "Possiamo piantarlo noi, con una targhetta. {{$:180 €}} tutto compreso"),
            ("c", "si, sulla targhetta '[[P:Микола Коваленко]] 1954-2025'. grazie di cuore"),
            ("a", "Sarà fatto con cura. [[P:Elisa]]"),
        ],
    },
    # 42. Garden: Chinese restaurant owner, plants for terrace, Instagram
    {
        "business": "garden",
        "platform": "instagram",
        "customer": "wei.lin.lucca",
        "lang": "en",
        "start": "2026-05-08T14:25",
        "messages": [
            (
                "c",
                "hello, I'm [[P:Lin Wei]], my restaurant terrace in [[L:Viareggio]] needs bamboo and {{PD:ulivi}} in pots. 10 large pots. my cousin [[P:Zhang Hao]] will translate if needed 😊",
            ),
            (
                "a",
                "Hi [[P:Wei]]! {{PD:Olive tree 180 cm in pot}} is {{$:€135}}, {{PD:bamboo Phyllostachys}} {{$:€48}}. Do you need delivery?",
            ),
            (
                "c",
                "yes please, to [[A:via Coppino 251]]. pay by bank transfer. our website [[U:www.linweicucina.it]] has the photos of the terrace",
            ),
            ("a", "Thanks! Our IBAN is on the invoice. Delivery {{D:May 14}}, order {{O:VC-1203}}"),
            ("c", "ok. follow us [[H:@linwei.cucina]] we will tag you 🎋"),
        ],
    },
    # 43. Masseria: Dutch family reunion, many relatives and a shared sheet
    {
        "business": "masseria",
        "platform": "whatsapp",
        "customer": "Femke Jansen",
        "lang": "en",
        "start": "2026-04-22T16:36",
        "messages": [
            (
                "c",
                "Hi [[P:Dora]]! It's [[P:Femke]] again. For the family reunion in {{D:August}}: my mother [[P:Wilhelmina Jansen]] turns 80, so we come with 14 people from [[L:Utrecht]], [[L:Amersfoort]] and [[L:Ghent]]",
            ),
            (
                "c",
                "rooms: Mama + aunt [[P:Truus]]; me + [[P:Bram]] + kids [[P:Noor]] and [[P:Sem]]; my brother [[P:Daan Jansen]] with [[P:Yasmina El Idrissi]]; cousin [[P:Hendrik]] and his husband [[P:Mark Verhoeven]]... the rest is in the sheet",
            ),
            ("c", "[[U:https://docs.google.com/spreadsheets/d/1FemkeJansen-reunie80/edit]]"),
            (
                "a",
                "Thank you [[P:Femke]]! I see it. For the birthday dinner our chef [[P:Ninetta]] can make a {{PD:pasticciotto}} cake. Shall I write 'Happy 80th [[P:Willy]]'?",
            ),
            (
                "c",
                "Yes!! she will cry 😭 and [[P:Daan]] asks if the {{PD:Trullo Grande}} has a cot for baby [[P:Jip]]",
            ),
            (
                "a",
                "It does 👶 Please send [[P:Daan]]'s email so I can send him the key code: we use {{B:Nuki}} locks",
            ),
            ("c", "[[E:daan.jansen (at) ziggo (dot) nl]]"),
        ],
    },
    # 44. Storage: American couple relocating, mixed English and Italian
    {
        "business": "storage",
        "platform": "whatsapp",
        "customer": "Brooke Castellano",
        "lang": "en",
        "start": "2026-07-07T12:12",
        "messages": [
            (
                "c",
                "Hi! We're relocating from [[L:Providence]] to [[L:Rome]] and our container arrives before our apartment is ready. Can we store 2 pallets for ~6 weeks? I'm [[P:Brooke]], my husband is [[P:Joe Castellano]]",
            ),
            (
                "a",
                "Hi [[P:Brooke]]! Sure, the {{PD:box L10}} fits two pallets, {{$:€159}}/month. Where will you live?",
            ),
            (
                "c",
                "[[L:Prati]], [[A:via Cola di Rienzo 212]], int. 14. the shipping agent is [[P:Gianfranco Porta]] from the forwarder, his cell [[T:(+39) 348 225 6091]]",
            ),
            (
                "c",
                "my US cell is [[T:(401) 555-0187]], [[P:Joe]]'s email [[E:joe.castellano@verizon.net]]",
            ),
            (
                "a",
                "Perfect. Container ref {{TR:MSCU 718204-3}}, we'll coordinate with [[P:Gianfranco]]. Contract in the name of?",
            ),
            (
                "c",
                "both of us pls. [[P:Joe]]'s codice fiscale is on the way, our lawyer avv. [[P:Benedetta Caruso]] is doing it",
            ),
        ],
    },
    # 45. Barber: English tourist group, stag do in Turin
    {
        "business": "barber",
        "platform": "instagram",
        "customer": "callumjmacrae",
        "lang": "en",
        "start": "2026-09-11T11:48",
        "messages": [
            (
                "c",
                "alright lads 👋 stag do in [[L:Turin]] next sat, 6 of us want a proper Italian shave before the {{B:Juve}} game. I'm [[P:Callum Macrae]] from [[L:Glasgow]]",
            ),
            (
                "a",
                "Ciao [[P:Callum]]! Hot towel shave {{$:€25}} each. Names please, I'll book two chairs from {{TM:10:00}}",
            ),
            (
                "c",
                "[[P:Callum]], the groom [[P:Fraser Lennox]], [[P:Ewan]], [[P:Big Davie]], [[P:Rory O'Halloran]] and [[P:Sandy McBride]]. [[P:Fraser]]'s getting the full works",
            ),
            ("c", "deposit? i can send on revolut [[U:revolut.me/callummacrae]]"),
            ("a", "Not needed 😄 Just come on time. See you Saturday – [[P:Ivano]] & [[P:Samu]]"),
            ("c", "legends. tag us [[H:@callumjmacrae]] [[H:@fraz.lennox]] 🥃"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(20, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
