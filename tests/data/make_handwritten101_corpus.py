# ruff: noqa: E501
"""Hand-written blind test corpus no. 101 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, number,
address and e-mail is invented. Checksummed identifiers (IBANs, card numbers, codici fiscali,
partite IVA) were computed once with python-stdnum / Luhn and pasted here as literals.
Markup (see handwritten_markup.py): [[CODE:value]] marks a personal value to remove,
{{CODE:value}} a look-alike that must survive.
The six invented businesses are a vineyard with tastings and wine shipping, a student-exchange
agency, a solar-panel installer, an online dance-wear shop, a dog hotel and a guitar-repair
workshop.
Regenerate with: python make_handwritten101_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten101_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "vigna": "Tenuta Sassoverde Vini",
    "scambi": "PonteMondo Exchange",
    "solare": "SoleSano Impianti",
    "danza": "Mezzapunta Dancewear",
    "cani": "Bau Relais La Cuccia",
    "chitarre": "Liuteria Corde Storte",
}
PAGE_IDS: dict[str, str] = {
    "vigna": "701790214365870",
    "scambi": "701790338102946",
    "solare": "701790459027731",
    "danza": "701790562814409",
    "cani": "701790671930285",
    "chitarre": "701790780446152",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- vigna
    {
        "business": "vigna",
        "platform": "instagram",
        "customer": "ele.marchetti",
        "lang": "it",
        "start": "2025-04-05T10:12:00",
        "messages": [
            (
                "c",
                "ciao!! volevo prenotare la degustazione x sabato {{D:12 aprile}} siamo in 4\nio [[P:Elena Marchetti]] e il mio ragazzo [[P:Dario]] + 2 amici",
            ),
            (
                "a",
                "Ciao [[P:Elena]]! sabato {{D:12 aprile}} abbiamo posto alle {{TM:11:00}} o alle {{TM:16:30}}, la degustazione {{PD:Classica 5 calici}} è {{$:28 €}} a persona 🍷",
            ),
            ("c", "ok le 16.30 va benissimo\nil mio numero x sicurezza [[T:347 281 9904]]"),
            (
                "c",
                "ah una cosa veniamo da [[L:Cremona]] quanto ci vuole da voi? siete vicino a {{W:Valdobbiadene}} giusto",
            ),
            (
                "a",
                "Sì siamo sulle colline a 10 minuti da {{W:Valdobbiadene}}, da [[L:Cremona]] circa 2 ore e mezza. Prenotazione {{R:DEG-2504-118}} confermata a nome [[P:Marchetti]]. A sabato! [[P:Chiara]] - {{B:Tenuta Sassoverde}}",
            ),
            (
                "c",
                "grazie mille [[P:chiara]] 😍 [[P:dario]] dice se c è anche il {{PD:Cartizze}} da assaggiare",
            ),
            (
                "a",
                "C'è! il {{PD:Superiore di Cartizze}} è nel percorso {{PD:Premium}} ({{$:38 €}}), se volete cambiamo al momento 😊",
            ),
            (
                "c",
                "super! ah gli altri 2 sono [[P:Jacopo Lanzoni]] e [[P:Asia]] la sua ragazza, [[P:jacopo]] è astemio quindi guida lui ahah",
            ),
        ],
    },
    {
        "business": "vigna",
        "platform": "messenger",
        "customer": "Klaus Wendtner",
        "lang": "en",
        "start": "2025-05-19T16:40:00",
        "messages": [
            (
                "c",
                "Hello, i buy 2 box of {{PD:Prosecco Brut}} on your site, order {{O:40021873}}, can you ship to [[L:Germany]]? my adress is [[A:Lindenstraße 14]], [[A:80469]] [[L:München]]",
            ),
            (
                "a",
                "Hello Mr [[P:Wendtner]], yes we ship to [[L:Germany]] with {{B:GLS}}, shipping is {{$:19,90 €}} for 2 boxes. Can you confirm the name on the doorbell?",
            ),
            (
                "c",
                "on the bell is [[P:Wendtner]]/[[P:Hofbauer]], my wife is [[P:Sabine Hofbauer]] she is home in the morning\nphone [[T:+49 171 4839 2206]]",
            ),
            ("c", "ach so und die Rechnung bitte auf meine Firma, USt-IdNr kommt gleich", "de"),
            (
                "a",
                "No problem! Please send the company name and VAT number and we make the invoice {{R:FT 2025/0387}}. [[P:Marco]] from the team",
            ),
            (
                "c",
                "my carpentry firm, VAT [[V:07319620485]] is the italian one from my partner [[P:Luca Ferrari]] in [[L:Bolzano]], better use this",
            ),
            (
                "a",
                "Perfect, invoice to the Italian VAT then. Tracking will be {{TR:0534 8812 7765 0019}} once it leaves on {{D:21/05}}.",
            ),
        ],
    },
    {
        "business": "vigna",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-06-02T19:05:00",
        "messages": [
            (
                "c",
                "buonasera sono giuseppina [[P:Dal Molin]] ma tutti mi chiamano [[P:Giuse]] 😅 vorrei regalare a mio cugino [[P:Renato]] una cassa di {{PD:Rosa dei Colli}} x il compleanno",
            ),
            (
                "a",
                "Buonasera! che bel regalo 🎁 il {{PD:Rosa dei Colli}} da 6 bottiglie costa {{$:72 €}}. A che indirizzo lo spediamo?",
            ),
            (
                "c",
                "a lui direttamente\n[[P:Renato Dal Molin]] [[A:via San Rocco 9/b]]\n[[A:36061]] [[L:Bassano]]",
            ),
            (
                "c",
                "citofono [[P:dal molin]] ma nn è in casa il pomeriggio lavora in {{W:Fiera}}, meglio mattina",
            ),
            ("a", "Perfetto, consegna al mattino. Ti mando il link di pagamento qui o per mail?"),
            (
                "c",
                "mail [[E:giuse punto dalmolin chiocciola libero punto it]] cmq è [[E:giuse punto dalmolin chiocciola libero punto it]] ahah",
            ),
            (
                "a",
                'Ricevuto 😄 ordine {{O:SV-7734}} fatto, biglietto con scritto "auguri [[P:Renà]] da [[P:Giuse]]" come chiedevi. [[P:Chiara]]',
            ),
        ],
    },
    {
        "business": "vigna",
        "platform": "messenger",
        "customer": "Aiko Tanabe",
        "lang": "en",
        "start": "2025-07-11T08:22:00",
        "messages": [
            (
                "c",
                "hi! we are staying in [[L:Asolo]] next week at an airbnb, can we visit the cellar without car? we are from [[L:Osaka]]",
            ),
            (
                "a",
                "Hi! Welcome 😊 from [[L:Asolo]] there is a bus to {{W:Pieve di Soligo}} and we can pick you up there. How many people?",
            ),
            (
                "c",
                "2 person, me [[P:Aiko Tanabe]] and my friend [[P:Mei-Ling Zhao]]\nmy whatsapp is [[T:+81 90 3318 7742]]",
            ),
            (
                "a",
                "Great, booked for {{D:Tuesday 15th}} at {{TM:10 am}}, ref {{R:VIS-0715-02}}. Is the {{PD:Grand Tour}} okay? it includes the {{PD:Prosecco Col Fondo}}",
            ),
            (
                "c",
                "yes!! and can we pay by card there? [[P:mei-ling]] asks if you ship to [[L:Taiwan]] too, she lives in [[L:Taichung]]",
            ),
            (
                "a",
                "Card is fine. Sorry, we don't ship outside the EU for now 🙏 See you Tuesday! [[P:Marco]]",
            ),
        ],
    },
    {
        "business": "vigna",
        "platform": "telegram",
        "customer": "Fabrizio",
        "lang": "it",
        "start": "2025-09-23T21:48:00",
        "messages": [
            (
                "c",
                "salve ho ricevuto ordine {{O:SV-8102}} ma 1 bottiglia di {{PD:Verdiso}} è arrivata rotta 😡 il corriere (un certo [[P:Aurelio]]) l ha lasciata dal vicino sig. [[P:Pittarello]] senza chiedere",
            ),
            ("a", "Ci dispiace tanto! Ci manda una foto? La rimborsiamo subito, {{$:13,50 €}}"),
            (
                "c",
                "foto mandata\nrimborso su iban pls\n[[I:IT51R0306909606100000071845]]\nintestato a [[P:Fabrizio Toffolo]]",
            ),
            (
                "a",
                "Ricevuto, bonifico entro {{D:venerdì}}. Il numero del reclamo è {{R:RC-0923-44}}.",
            ),
            (
                "c",
                "ok grazie. il mio tg è [[H:@fabri_toffo]] se serve, o chiamate [[T:0423 58 19 07]] fisso di casa",
            ),
            ("a", "Perfetto, grazie a lei. [[P:Chiara]] - {{B:Tenuta Sassoverde}}"),
        ],
    },
    # ---------------------------------------------------------------- scambi
    {
        "business": "scambi",
        "platform": "whatsapp",
        "customer": "Mamma di Sofia",
        "lang": "it",
        "start": "2025-01-14T13:02:00",
        "messages": [
            (
                "c",
                "buongiorno sono la mamma di [[P:Sofia Grimaldi]], 16 anni, vorremmo info x il semestre in [[L:Irlanda]] dell anno prox",
            ),
            (
                "a",
                "Buongiorno! Il semestre in [[L:Irlanda]] parte a {{D:fine agosto}}, il programma {{PD:High School Semester}} costa {{$:9.400 €}} con famiglia ospitante. [[P:Sofia]] preferisce città o campagna?",
            ),
            (
                "c",
                "lei dice campagna ma io preferirei vicino a [[L:Dublino]] 😅\nio sono [[P:Antonella Russo]] il papà è [[P:Marco Grimaldi]]",
            ),
            (
                "c",
                "vi lascio anche la mail [[E:antonella.russo74@tiscali.example.it]] e il codice fiscale di [[P:sofia]] x la preiscrizione [[CF:ZNGMLE95E60G273I]] no aspetta quello è il mio vecchio",
            ),
            ("c", "scusate quello sopra era sbagliato lasciate perdere, ve lo mando dopo"),
            (
                "a",
                "Nessun problema signora [[P:Russo]], la preiscrizione {{R:PM-2025-0311}} è aperta, ci manda tutto quando ha i documenti. [[P:Irene]] - {{B:PonteMondo}}",
            ),
        ],
    },
    {
        "business": "scambi",
        "platform": "instagram",
        "customer": "kwame.b",
        "lang": "en",
        "start": "2025-02-08T17:30:00",
        "messages": [
            (
                "c",
                "hey im [[P:Kwame Boateng]] from [[L:Kumasi]] but i live in [[L:Leeds]] now, can i do the italian language year with you guys at 19?",
            ),
            (
                "a",
                "Hi [[P:Kwame]]! Yes, the {{PD:Gap Year Italia}} is 18-25. Host city is {{W:Bologna}} or {{W:Siena}}. Which passport do you have?",
            ),
            (
                "c",
                "ghanaian passport, [[L:UK]] residence card. my number is [[T:07700 918 342]]\nsnap/insta is [[H:kwame.b]] too",
            ),
            (
                "a",
                "Thanks! For a [[L:Ghana]] passport you'll need a study visa, we help with that. Can you send an email so we can share the forms?",
            ),
            (
                "c",
                "[[E:kwame.boateng@example.com]]\nmy landlord is Mr [[P:Okonkwo]] if you need the address proof, he is at [[A:Flat 3, 27 Harehills Lane]] [[A:LS8 4HD]]",
            ),
            (
                "a",
                "Perfect. We'll send the forms today. Ref {{R:GY-0208-K}}. Talk soon, [[P:Tom]] from the team",
            ),
            ("c", "cheers [[P:tom]] 🙌"),
        ],
    },
    {
        "business": "scambi",
        "platform": "messenger",
        "customer": "Lucía Fernández Ortega",
        "lang": "en",
        "start": "2025-03-21T11:15:00",
        "messages": [
            (
                "c",
                "Hola! sorry my english. I am [[P:Lucía Fernández Ortega]], I want host italian student in my house in [[L:Valencia]] for the exchange",
            ),
            (
                "c",
                "vivimos en [[A:Calle de Cirilo Amorós 48, 5º C]], [[A:46004]] [[L:Valencia]], somos 3 personas y un perro",
                "es",
            ),
            (
                "a",
                "¡Hola [[P:Lucía]]! Thank you so much. To become a host family we need a short interview. What is your phone?",
            ),
            (
                "c",
                "[[T:+34 612 48 93 07]]\nmy husband [[P:Javier]] speak better english call him [[T:+34 699 201 554]]",
            ),
            (
                "a",
                "Great, we will call [[P:Javier]] on {{D:Monday 24}} at {{TM:18:00}} your time. Please also send the IBAN for the monthly contribution ({{$:450 €}})",
            ),
            ("c", "[[I:ES5521003842900200147653]] titular [[P:Javier Molina Sáez]]"),
            ("a", "Thank you! [[P:Irene]] - {{B:PonteMondo}}"),
        ],
    },
    {
        "business": "scambi",
        "platform": "whatsapp",
        "customer": "Tommi",
        "lang": "it",
        "start": "2025-04-28T22:03:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:tommaso]] sto in [[L:Canada]] col vostro programma, la famiglia è ok ma il fratello ospitante [[P:Tyler]] mi ha fregato le cuffie lol",
            ),
            (
                "c",
                "scherzo cmq volevo chiedere se posso cambiare scuola, qui a [[L:Kelowna]] ci sono solo 2 italiani e uno è [[P:Gabri]] di [[L:Monza]] che conosco già 🙄",
            ),
            (
                "a",
                "Ciao [[P:Tommaso]] 😄 il cambio scuola si può chiedere entro il {{D:30 maggio}}. Ne hai parlato con la coordinatrice locale, Mrs [[P:Chen]]?",
            ),
            (
                "c",
                "si [[P:Linda Chen]] ha detto di scrivere a voi\nil mio numero canadese [[T:(250) 555-0187]]",
            ),
            (
                "c",
                "e la mail della mia ospite è [[E:karen.wh (at) shaw-mail (dot) ca]] se vi serve",
            ),
            (
                "a",
                "Ok [[P:Tommaso]], apro la richiesta {{R:CH-0428-17}} e sentiamo [[P:Linda]]. Avvisiamo anche mamma [[P:Paola]]. [[P:Irene]]",
            ),
        ],
    },
    {
        "business": "scambi",
        "platform": "telegram",
        "customer": "Anh Nguyen",
        "lang": "en",
        "start": "2025-05-06T07:40:00",
        "messages": [
            (
                "c",
                "good morning, i am [[P:Nguyen Thi Anh]] from [[L:Hanoi]], i see your program for university summer in {{W:Florence}}",
            ),
            (
                "a",
                "Good morning [[P:Anh]]! The {{PD:Summer Arts Program}} in {{W:Florence}} runs {{D:7 July}} - {{D:1 August}}, {{$:3.200 €}} with shared flat.",
            ),
            (
                "c",
                "ok can I pay with card\n[[C:4026 3177 5089 1434]] exp 08/27 name [[P:NGUYEN THI ANH]]",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 we'll send you a secure payment link. What's your email?",
            ),
            ("c", "sorry! [[E:anh.nguyen.hn@example.com]]\nmy tele is [[H:anhnguyen_99]]"),
            ("a", "Link sent, reference {{R:SUM-25-0506}}. [[P:Tom]]"),
        ],
    },
    # ---------------------------------------------------------------- solare
    {
        "business": "solare",
        "platform": "messenger",
        "customer": "Gianfranco Zennaro",
        "lang": "it",
        "start": "2025-02-17T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno volevo un preventivo x fotovoltaico 6 kw con accumulo, casa singola a [[L:Noale]]",
            ),
            (
                "a",
                "Buongiorno! Con piacere. Ci può dare indirizzo e un recapito per il sopralluogo gratuito? Il {{PD:Kit Casa 6 kW + batteria 10 kWh}} parte da {{$:11.900 €}}.",
            ),
            (
                "c",
                "[[A:via Tempesta 31]] [[A:30033]] [[L:Noale]], sono [[P:Gianfranco Zennaro]] cell [[T:340.772.1053]]",
            ),
            (
                "c",
                "il tetto è a sud ma c è il noce del vicino [[P:Bortolato]] che fa ombra il pomeriggio",
            ),
            (
                "a",
                "Capito, il tecnico valuterà l'ombreggiamento. Sopralluogo {{D:martedì 25}} alle {{TM:9:30}}, verrà [[P:Stefano]]. Pratica {{R:SOP-0217-06}}.",
            ),
            (
                "c",
                "ok. x la detrazione vi serve il mio codice fiscale? [[CF:FRRLCU77C12L219R]] no scusi questo è di mio genero [[P:Luca]], il mio lo porta mia figlia",
            ),
            (
                "a",
                "Sì, servirà il suo, lo prendiamo al sopralluogo. Grazie! [[P:Martina]] - {{B:SoleSano}}",
            ),
        ],
    },
    {
        "business": "solare",
        "platform": "whatsapp",
        "customer": "Rebecca Lowe",
        "lang": "en",
        "start": "2025-03-30T14:25:00",
        "messages": [
            (
                "c",
                "Hi, we bought a farmhouse near [[L:Todi]] and want solar panels, we're in [[L:Bristol]] until June. Can you quote remotely?",
            ),
            ("a", "Hi! Sure. Please send the address or the coordinates and roof photos."),
            (
                "c",
                "it's [[A:Vocabolo Pian di Porto 12]], [[A:06059]] [[L:Todi]]\nthe previous owner signor [[P:Ceccarelli]] said the roof was redone in 2019",
            ),
            (
                "c",
                "my husband [[P:Will]] will be there in May, his number [[T:+44 7911 482 306]], mine [[T:+44 7700 900 415]]",
                "en",
            ),
            (
                "a",
                "Thanks [[P:Rebecca]]! We'll prepare a quote {{R:PRV-2503-41}} for a {{PD:9 kW}} system. Do you want the invoice to an Italian company?",
            ),
            (
                "c",
                "yes our Italian company, partita iva [[V:02847560212]]\nemail [[E:rebecca@lowe-partners.example.co.uk]]",
            ),
            ("a", "Perfect. [[P:Martina]] from {{B:SoleSano}}"),
            (
                "c",
                "thanks! {{W:will}} let you know 🙂 fingers crossed the weather in {{W:Umbria}} stays good",
            ),
        ],
    },
    {
        "business": "solare",
        "platform": "instagram",
        "customer": "samir_elect",
        "lang": "it",
        "start": "2025-05-12T18:10:00",
        "messages": [
            (
                "c",
                "salve io sono elettricista [[P:Samir Benali]] lavoro in [[L:Brianza]], cercate installatori?",
            ),
            (
                "a",
                "Ciao [[P:Samir]]! Sì, cerchiamo collaboratori nella zona di {{W:Monza}} e {{W:Lecco}}. Ci mandi un cv?",
            ),
            (
                "c",
                "ok x mail? il mio sito è [[U:samirbenali-impianti.it]] c è tutto\nanche [[U:linktr.ee/samir.elettrico]]",
            ),
            ("a", "Perfetto, scrivi alla mail del sito con oggetto {{R:COLLAB-MB}}."),
            (
                "c",
                "ok fatto. partita iva [[V:04598030585]], abito [[A:via Cavour 3]] a [[L:Seregno]] ma nn quella di {{W:Milano}} eh ahah",
            ),
            ("a", "Ricevuto, ti chiama [[P:Stefano]] la prossima settimana 👍"),
        ],
    },
    {
        "business": "solare",
        "platform": "telegram",
        "customer": "Ornella",
        "lang": "it",
        "start": "2025-07-03T11:50:00",
        "messages": [
            (
                "c",
                "buongiorno l inverter segna errore E-07 da ieri 😟 impianto installato da voi a {{D:marzo}}, contratto {{R:IMP-2403-112}}",
            ),
            ("a", "Buongiorno! Ci manda una foto del display? Chi è l'intestatario?"),
            (
                "c",
                "[[P:Ornella Speranza Guidotti]], mio marito [[P:Felice]] è morto l anno scorso quindi è a mio nome adesso",
            ),
            (
                "a",
                "Le siamo vicini, signora. Per l'errore E-07 di solito basta un riavvio: spegnere il sezionatore per 5 minuti. Se persiste mandiamo un tecnico.",
            ),
            (
                "c",
                "ho provato niente\nvenite voi, sono a [[A:strada Provinciale 48 n 7]] frazione [[L:Ca' Bianca]]\nil nipote [[P:Nicolò]] vi apre se nn ci sono [[T:333 9041 286]]",
            ),
            (
                "c",
                "ah il wifi del monitoraggio ha IP [[IP:192.168.1.47]] se vi serve me l ha scritto [[P:Nicolò]]",
            ),
            (
                "a",
                "Grazie signora [[P:Guidotti]], intervento fissato {{D:lunedì 7}} tra le {{TM:8}} e le {{TM:12}}, ticket {{R:TK-5531}}. {{W:Felice}} giornata! [[P:Martina]]",
            ),
        ],
    },
    {
        "business": "solare",
        "platform": "messenger",
        "customer": "Dragan Petrović",
        "lang": "it",
        "start": "2025-08-19T15:35:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Dragan Petrović]] ho capanone a [[L:Pordenone]] vorrei pannelli sopra ma tetto ha eternit, voi fate anche rimozione?",
            ),
            (
                "a",
                "Buongiorno [[P:Dragan]], sì, facciamo bonifica amianto e poi il fotovoltaico. Quanti metri quadri?",
            ),
            (
                "c",
                "circa 600 mq\nindirizzo [[A:via Nuova di Corva 88]] [[A:33170]]\ntelefono [[T:0039 328 110 4475]]",
            ),
            ("c", "mio socio [[P:Zoran]] dice anche prezzo per batterie"),
            ("a", "Mandiamo un preventivo completo {{R:IND-0819-03}}. Ci lascia una mail?"),
            (
                "c",
                "[[E:petrovic.dragan@posta.example.it]] oppure quella di [[P:Zoran Kovačević]] [[E:z.kovacevic@example.com]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- danza
    {
        "business": "danza",
        "platform": "instagram",
        "customer": "bianca.ballerina",
        "lang": "it",
        "start": "2025-01-20T20:14:00",
        "messages": [
            (
                "c",
                "ciao!! avete le {{PD:punte Gaynor Minden}} numero 37? x mia figlia [[P:Bianca]] che fa il saggio a {{D:giugno}}",
            ),
            (
                "a",
                "Ciao! Sì, abbiamo le {{PD:Gaynor Minden 37}} in larghezza media, {{$:119 €}}. Il colore è {{W:rosa}} salmone o {{W:bianca}}?",
            ),
            (
                "c",
                "ahah {{W:rosa}}! [[P:bianca]] è lei non le scarpe 😂\nspedite a [[A:via dei Mille 140]] [[A:10123]] [[L:Torino]] c/o [[P:Rosa Amato]] che è la nonna",
            ),
            ("a", "Perfetto 😄 spedizione in 48h. Nome sul citofono?"),
            ("c", "[[P:Amato]]\nio sono [[P:Valentina Ferri]] [[T:3891027736]]"),
            (
                "a",
                "Ordine {{O:MZ-20417}} creato, vi mando il link di pagamento. Buon saggio a [[P:Bianca]]! 🩰 [[P:Giada]] - {{B:Mezzapunta}}",
            ),
        ],
    },
    {
        "business": "danza",
        "platform": "whatsapp",
        "customer": "Priya",
        "lang": "en",
        "start": "2025-02-25T12:33:00",
        "messages": [
            (
                "c",
                "hi i ordered {{PD:Capezio tap shoes}} order {{O:MZ-20588}} but they are too small, can i swap for 39?",
            ),
            ("a", "Hi! Of course. Who's the order for?"),
            (
                "c",
                "[[P:Priya Raghunathan]], i'm in [[L:Milan]] for erasmus, delivery was to my flatmate [[P:Chiara]] because I was out\naddress [[A:viale Monza 211, scala C int. 9]]",
            ),
            (
                "a",
                "Thanks [[P:Priya]]! Please send them back with the prepaid label, tracking will be {{TR:LD803716512IT}}. The {{PD:Capezio K360}} in 39 is in stock.",
            ),
            (
                "c",
                "perfect, and can you refund the diff? it's {{$:5 €}}. paypal [[E:priya.r.dance@example.com]]",
            ),
            ("a", "Done! 💃 [[P:Giada]]"),
        ],
    },
    {
        "business": "danza",
        "platform": "messenger",
        "customer": "Salvatore Ingrassia",
        "lang": "it",
        "start": "2025-04-09T09:55:00",
        "messages": [
            (
                "c",
                "salve scuola di ballo {{B:Passi di Luce}} di [[L:Bagheria]] volevamo 20 body neri x le allieve, fattura elettronica",
            ),
            (
                "a",
                "Salve! Il {{PD:Body Classic Nero}} per 20 pezzi è {{$:18 €}} cad. invece di {{$:24 €}}. Ci serve ragione sociale, P.IVA e codice SDI.",
            ),
            (
                "c",
                "Asd {{B:Passi di Luce}}, piva [[V:12038460155]], sede [[A:corso Butera 66]] [[A:90011]] [[L:Bagheria]]",
            ),
            (
                "c",
                "la responsabile è mia moglie [[P:Giovanna]] io sono [[P:Salvatore Ingrassia]]\n[[T:091 / 93 28 471]]",
            ),
            (
                "a",
                "Perfetto, preventivo {{R:PREV-0409-20}} in arrivo. Le taglie le manda la sig.ra [[P:Giovanna]]?",
            ),
            (
                "c",
                "si ve le manda lei oggi, ah una di loro si chiama [[P:Speranza]] e vuole il body {{W:speranza}} verde ahah no scherzo nero x tutte",
            ),
        ],
    },
    {
        "business": "danza",
        "platform": "instagram",
        "customer": "mx.swing",
        "lang": "en",
        "start": "2025-06-14T23:10:00",
        "messages": [
            (
                "c",
                "yo do u have {{PD:Bloch split sole}} jazz shoes in black 44? for lindy hop, im [[P:Maxime Dubois]]",
            ),
            (
                "c",
                "je suis français mais j habite à [[L:Gent]], vous livrez en [[L:Belgique]] ?",
                "fr",
            ),
            (
                "a",
                "Hi [[P:Maxime]]! Yes, we ship to [[L:Belgium]], {{$:12 €}}. The {{PD:Bloch Jazz Split Sole}} black 44 is {{$:64 €}}.",
            ),
            (
                "c",
                "ok cool. send to [[A:Sint-Pietersnieuwstraat 102 bus 4]], [[A:9000]] [[L:Gent]]\nmy tiktok is [[U:tiktok.com/@maxswingout]] lol if u want to repost",
            ),
            ("a", "Haha we'll check it out 😄 order {{O:MZ-21230}}. Phone for the courier?"),
            ("c", "[[T:+32 471 28 90 13]]"),
            (
                "c",
                "oh and if im not home give it to my neighbour [[P:Griet Vermeulen]], she is at [[A:nr 100]]",
            ),
            ("a", "Noted! Thanks [[P:Maxime]] 🕺 [[P:Giada]]"),
        ],
    },
    {
        "business": "danza",
        "platform": "telegram",
        "customer": "Noemi",
        "lang": "it",
        "start": "2025-09-02T16:48:00",
        "messages": [
            (
                "c",
                "ciao il pacco {{TR:3901284755601}} risulta consegnato ma io nn ho ricevuto niente 😢 ordine {{O:MZ-22019}}",
            ),
            ("a", "Ciao! Verifichiamo subito. A che nome era?"),
            (
                "c",
                "[[P:Noemi Cardullo]] [[A:via Etnea 514]] [[L:Catania]]\nforse l ha preso la portinaia sig.ra [[P:Musumeci]]?",
            ),
            ("c", "il mio numero [[T:+39 349 66\n71 208]] scusa è andato a capo"),
            ("a", 'Il corriere dice che ha firmato "[[P:Musumeci]]". Può chiedere in portineria?'),
            ("c", "trovato!! era giù da [[P:Santina]] la portinaia 🙈 grazie grazie"),
            ("a", "Meno male! 😊 [[P:Giada]]"),
        ],
    },
    # ---------------------------------------------------------------- cani
    {
        "business": "cani",
        "platform": "whatsapp",
        "customer": "Laura B.",
        "lang": "it",
        "start": "2025-06-20T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno avete posto x 2 cani dal {{D:9}} al {{D:23 agosto}}? {{W:Bobo}} (beagle) e {{W:Nerina}} (meticcia) 🐶🐶",
            ),
            (
                "a",
                "Buongiorno! Sì, abbiamo una suite doppia, {{$:32 €}} a notte per due. I cani sono vaccinati e microchippati?",
            ),
            (
                "c",
                "si tutto ok. io sono [[P:Laura Bellotti]] [[T:348 55 02 917]], andiamo in [[L:Grecia]] a [[L:Naxos]] 😎",
            ),
            (
                "c",
                "li porta mio papà [[P:Ettore]] perché io parto prima\nlui abita a [[L:Rosà]] quindi è vicino",
            ),
            ("a", "Perfetto! Prenotazione {{R:BAU-0809-2}}. Chiediamo un acconto di {{$:100 €}}."),
            ("c", "iban x restituzione acconto se annullo? [[I:IT60X0542811101000000123456]]"),
            ("a", "Registrato 👍 Buone vacanze! [[P:Sara]] - {{B:La Cuccia}}"),
        ],
    },
    {
        "business": "cani",
        "platform": "messenger",
        "customer": "Hannah Fischer",
        "lang": "en",
        "start": "2025-07-07T19:20:00",
        "messages": [
            (
                "c",
                "hello we are on holiday at {{W:Lake Garda}}, staying at a campsite in [[L:Lazise]], can you take our dog for 2 days? we want to go to {{W:Venice}}",
            ),
            ("a", "Hello! Yes, for which dates? And what's the dog's name and breed?"),
            (
                "c",
                "{{D:10}} and {{D:11 July}}. he is {{W:Otto}}, a german shepherd, very friendly\nmy husband [[P:Jonas Fischer]] will bring him",
            ),
            ("c", "meine Handynummer ist [[T:+49 (0)152 0381 4476]]", "de"),
            (
                "a",
                "Perfect, booked: {{R:BAU-0710-7}}. Bring the EU pet passport please. [[P:Sara]]",
            ),
            (
                "c",
                "thank you! our home address is needed? it's [[A:Goethestraße 7a]], [[A:69115]] [[L:Heidelberg]]",
            ),
            ("a", "Thanks, that's for the form only. Enjoy {{W:Venice}}!"),
        ],
    },
    {
        "business": "cani",
        "platform": "instagram",
        "customer": "frenchie_pepe",
        "lang": "it",
        "start": "2025-10-01T13:30:00",
        "messages": [
            (
                "c",
                "ciao! {{W:pepe}} il mio bulldog francese è stato da voi la settimana scorsa e ha ancora la tosse 😟",
            ),
            (
                "a",
                "Ciao! Ci dispiace molto. Da noi stava benissimo, però controlliamo subito. A che nome era il soggiorno?",
            ),
            (
                "c",
                "[[P:Martino Cescon]], il cane si chiama {{W:Pepe}} ahah lo so\nl account è suo [[H:frenchie_pepe]] anche [[U:instagram.com/frenchie_pepe]]",
            ),
            (
                "a",
                "Trovato, soggiorno {{R:BAU-0922-5}}. Il nostro veterinario, dott.ssa [[P:Marangon]], lo ha visitato all'ingresso ed era ok. Il vostro vet cosa dice?",
            ),
            (
                "c",
                "il dott. [[P:Zuanon]] dice tosse dei canili forse\nnn vi sto accusando eh volevo solo avvisare",
            ),
            (
                "a",
                "Grazie davvero, avvisiamo gli altri ospiti. Se serve la cartella la mandiamo al dott. [[P:Zuanon]]. [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "cani",
        "platform": "telegram",
        "customer": "Yusuf",
        "lang": "it",
        "start": "2025-11-12T10:45:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Yusuf Al-Haddad]] lavoro turno notte, voi fate asilo diurno per cane?",
            ),
            (
                "a",
                "Salve! Sì, il {{PD:Day Care}} è dalle {{TM:7:30}} alle {{TM:19:00}}, {{$:18 €}} al giorno, anche con ritiro a casa.",
            ),
            (
                "c",
                "ritiro a casa bello, abito [[A:via Marconi 17]] ma parte vecchia di [[L:Castelfranco]] dietro {{W:piazza Giorgione}}\nterzo piano campanello [[P:Haddad]]",
            ),
            (
                "c",
                "cane si chiama {{W:Leo}} 5 anni\ntelefono [[T:+39 351 402 8816]]\nmia moglie [[P:Mariam]] [[T:320 / 441 7093]]",
            ),
            (
                "a",
                "Perfetto, il primo ritiro {{D:lunedì 17}} alle {{TM:7:45}}. Pagamento con carta o bonifico?",
            ),
            ("c", "carta ma vengo di persona"),
            (
                "c",
                "ah se nn rispondo io scrivete a [[E:yusuf.haddad@example.com]] o a mio cugino [[P:Karim]] che abita sotto [[T:0423 1987 554]]",
            ),
            ("a", "Perfetto [[P:Yusuf]], a lunedì! [[P:Sara]]"),
        ],
    },
    {
        "business": "cani",
        "platform": "whatsapp",
        "customer": "Teo",
        "lang": "it",
        "start": "2025-12-18T17:00:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:teo]] 🙋‍♂️ x natale la cuccia è piena? volevo portare {{W:Rocky}} dal {{D:24}} al {{D:2 gennaio}}",
            ),
            ("a", "Ciao! Ci resta un solo box 😅 ci dai nome e cognome?"),
            (
                "c",
                "[[P:Matteo Scapin]], ma scrivi [[P:teo]] che mi conoscete gia, c era [[P:Ale]] l anno scorso alla reception",
            ),
            (
                "c",
                "ah e stavolta lo porta la mia compagna [[P:Irina Volkova]] che io lavoro, lei nn parla bene italiano",
            ),
            ("c", "hello is me [[P:Irina]], I bring dog on 24 morning ok?", "en"),
            (
                "a",
                "Ok, ci pensiamo noi 😊 Prenotazione {{R:BAU-1224-1}}, {{$:25 €}} a notte. Mail per la conferma?",
            ),
            ("c", "[[E:teo.scapin[at]example[dot]it]]"),
            ("c", "e il numero di [[P:irina]] [[T:+7 916 482-33-07]] è {{W:russo}} ma ha whatsapp"),
            (
                "a",
                "Fatto! Buon Natale a te, [[P:Irina]] e {{W:Rocky}} 🎄 [[P:Ale]] - {{B:Bau Relais}}",
            ),
        ],
    },
    # ---------------------------------------------------------------- chitarre
    {
        "business": "chitarre",
        "platform": "instagram",
        "customer": "riffmaster_gigi",
        "lang": "it",
        "start": "2025-03-03T15:15:00",
        "messages": [
            (
                "c",
                "zio la mia {{PD:Strato}} ha il manico storto dopo il tour, quanto x una regolazione completa + tasti?",
            ),
            (
                "a",
                "Ciao! Regolazione completa {{$:60 €}}, rettifica tasti {{$:90 €}}. Se serve rifrettatura si sale a {{$:280 €}}. Quando la porti?",
            ),
            (
                "c",
                "giovedì, sono [[P:Gigi]] cioè [[P:Luigi Pavan]] suono coi {{W:Lupi di Marca}}\nsul tubo [[U:youtube.com/@gigipavanguitar]]",
            ),
            ("c", "e la chitarra nn è mia è di [[P:Sandro]] il bassista ma la paga lui tranquillo"),
            ("a", "Ottimo 🎸 la scheda sarà {{R:LAB-0303-09}}. Ci lasci un numero?"),
            ("c", "[[T:+39 338-2074-119]]"),
            (
                "c",
                "o chiama [[P:sandro]] [[T:347/5510832]] tanto è sua lol, [[P:Sandro Michielin]] nel caso la fattura",
            ),
            ("a", "Perfetto, a giovedì. [[P:Davide]] - {{B:Corde Storte}}"),
        ],
    },
    {
        "business": "chitarre",
        "platform": "messenger",
        "customer": "Oliver Hart",
        "lang": "en",
        "start": "2025-05-27T10:20:00",
        "messages": [
            (
                "c",
                "Hi, I'm a music teacher in [[L:Padua]] (from [[L:Manchester]] originally). My {{PD:Martin D-28}} has a crack on the top after the winter, can you fix it?",
            ),
            (
                "a",
                "Hi [[P:Oliver]]! Yes, crack repair with cleats is usually {{$:150-200 €}}. Could you send photos?",
            ),
            (
                "c",
                "sent. It belonged to my grandfather [[P:Arthur Hart]], so it's important to me\nI live at [[A:via Belzoni 54]], can you pick it up?",
            ),
            (
                "a",
                "We don't do pickups, sorry, but you can ship it or drop it here. We're open {{TM:9}}–{{TM:18}}.",
            ),
            (
                "c",
                "ok I'll bring it on {{D:Saturday}}. email [[E:oliver.hart.music@example.com]] tel [[T:+44 (0) 7700 912 638]]",
            ),
            ("a", "See you Saturday! ticket {{R:LAB-0527-14}}. [[P:Davide]]"),
        ],
    },
    {
        "business": "chitarre",
        "platform": "whatsapp",
        "customer": "Wei Zhang",
        "lang": "it",
        "start": "2025-08-05T18:30:00",
        "messages": [
            (
                "c",
                "buonasera, io [[P:Zhang Wei]], studente conservatorio a [[L:Vicenza]], mia chitarra classica {{PD:Ramírez}} ha ponte staccato",
            ),
            ("a", "Buonasera! L'incollaggio del ponte costa {{$:120 €}}, ci vuole una settimana."),
            (
                "c",
                "ok. mio professore maestro [[P:Dal Santo]] ha detto venire da voi\npotete fare fattura a mio nome? codice fiscale [[CF:KWLDNA88T52Z118R]]",
            ),
            (
                "c",
                "scusi no, quello è di mia coinquilina [[P:Dana Kowalski]] 😅 ho sbagliato foto, ve lo mando dopo il mio",
            ),
            ("a", "Nessun problema, lo prendiamo quando porta la chitarra. Numero di telefono?"),
            (
                "c",
                "[[T:+86 138 0571 6624]] cinese, italiano [[T:371 884 2290]]\nwechat [[H:zhangwei_guitar]]",
            ),
            ("a", "Grazie! Scheda {{R:LAB-0805-22}}. [[P:Davide]]"),
        ],
    },
    {
        "business": "chitarre",
        "platform": "telegram",
        "customer": "Rosalba",
        "lang": "it",
        "start": "2025-10-15T11:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei regalare a mio figlio [[P:Christian]] un setup per la sua {{PD:Gibson Les Paul}} per i 18 anni, fate buoni regalo?",
            ),
            (
                "a",
                "Buongiorno! Certo, il buono {{PD:Setup Completo}} è {{$:70 €}}. A che nome lo intestiamo?",
            ),
            (
                "c",
                "a [[P:Christian Bortoluzzi]]\nlo pago con carta [[C:5189 4462 0037 1257]] va bene qui?",
            ),
            ("a", "Meglio non scrivere la carta in chat 🙏 le mandiamo un link sicuro. Mail?"),
            (
                "c",
                "[[E:rosalba.bortoluzzi@example.it]]\nsono [[P:Rosalba Tonin]] la mamma, abitiamo a [[L:Feltre]] ma il buono lo ritiro io in negozio",
            ),
            (
                "a",
                "Link inviato, buono {{R:GIFT-1015-03}}. Tanti auguri a [[P:Christian]]! [[P:Davide]]",
            ),
        ],
    },
    {
        "business": "chitarre",
        "platform": "instagram",
        "customer": "dj_nando",
        "lang": "it",
        "start": "2025-11-26T21:40:00",
        "messages": [
            (
                "c",
                "raga ho spedito la mia {{PD:Telecaster}} x il refret, tracking {{TR:IT39 0000 0482 1756 33}} sembra un iban lol",
            ),
            ("a", "Ahah vero 😄 arriva domani. A che nome?"),
            (
                "c",
                "[[P:Fernando Alves da Silva]], brasiliano ma abito a [[L:Treviso]] in [[A:borgo Cavour 21]]\nig [[H:@dj_nando]]",
            ),
            (
                "c",
                "ah e il mio pc mi dice che il vostro sito nn va, il mio ip è [[IP:2a02:6b8:1f04:22::3a]] se vi serve x capire",
            ),
            (
                "a",
                "Grazie, lo giriamo al tecnico del sito. La chitarra è già arrivata: scheda {{R:LAB-1126-31}}. Pagamento alla consegna, {{$:290 €}}.",
            ),
            (
                "c",
                "ok bonifico da iban [[I:DE15370400440532013847]] conto tedesco di mio fratello [[P:Rodrigo]] che sta a [[L:Stoccarda]]",
            ),
            ("a", "Perfetto. [[P:Davide]] - {{B:Liuteria Corde Storte}}"),
        ],
    },
    {
        "business": "vigna",
        "platform": "whatsapp",
        "customer": "Giulia R",
        "lang": "it",
        "start": "2025-10-28T12:20:00",
        "messages": [
            (
                "c",
                "ciao vorrei iscrivermi al {{PD:Club Sassoverde}} quello con 6 bottiglie ogni 3 mesi\nnome [[P:giulia rossi]], [[P:R O S S I]], [[P:giulia]] con la G",
            ),
            (
                "a",
                "Ciao! Benvenuta 🍇 allora [[P:Giulia Rossi]] giusto? L'abbonamento è {{$:89 €}} a trimestre, prima spedizione {{D:15 novembre}}.",
            ),
            (
                "c",
                "si giusto. x la fattura codice fiscale [[CF:RSSGLI85M41H501S]]\nindirizzo [[A:via Tiburtina 1022]]",
            ),
            (
                "c",
                "scala B int. 7 scusa nn l avevo scritto, [[A:00156]] [[L:Roma]]\nil portiere si chiama [[P:Mohamed]] lasciate pure a lui",
            ),
            (
                "a",
                "Perfetto. Per il pagamento ricorrente ci serve la carta, ma ti mandiamo un link: che mail usi?",
            ),
            (
                "c",
                "[[E:giulia.rossi85 chiocciola example.it]]\ncioè [[E:giulia.rossi85 chiocciola example.it]]\nse nn rispondo chiamate [[T:06.8841.3327]] o il cell di mio marito [[P:Andrea]] [[T:339 740 1185]]",
            ),
            ("a", "Fatto, link inviato. Abbonamento {{R:CLUB-1028-77}}. [[P:Chiara]]"),
            (
                "c",
                "ah pagato con la carta aziendale [[C:4917-5400-0123-4565]] spero vada bene 😬 me la rimborsa [[P:Rossana]] in ufficio",
            ),
            (
                "a",
                "Tutto ok, pagamento ricevuto 👍 ti consigliamo di non scrivere più il numero della carta in chat!",
            ),
        ],
    },
    {
        "business": "scambi",
        "platform": "messenger",
        "customer": "Rahul Mehta",
        "lang": "en",
        "start": "2025-11-03T18:55:00",
        "messages": [
            (
                "c",
                "Hello, we are the [[P:Mehta]] family from [[L:Pune]], our son [[P:Arjun]] is coming to [[L:Italy]] with your program in january. Who is the host family?",
            ),
            (
                "a",
                "Hello Mr [[P:Mehta]]! [[P:Arjun]] will stay with the [[P:Bianchi]] family in [[L:Monza]]: [[P:Marco]] and [[P:Federica]] and their kids [[P:Pietro]] and [[P:Gaia]].",
            ),
            (
                "c",
                "wonderful, can we have their contact? my wife [[P:Kavita]] wants to call them before",
            ),
            (
                "a",
                "Sure, [[P:Marco Bianchi]] agreed to share: [[T:+39 02 8394 1176]], email [[E:marco.bianchi90@example.it]]. They live at [[A:via Borgazzi 45]], [[A:20900]] [[L:Monza]].",
            ),
            (
                "c",
                "thank you. for the italian tax id of the host, the school asks, is it [[CF:BNCMRC90A01F205H]]? it was in the pdf you sent",
            ),
            ("a", "Yes that's the one on the host agreement. Please don't forward it to others 🙏"),
            (
                "c",
                "of course. [[P:arjun]]'s insta is [[H:arjun.m_07]] if [[P:Pietro]] wants to follow him before\nand my whatsapp [[T:+91 98220 41736]]",
            ),
            (
                "a",
                "Perfect! Agreement ref {{R:HF-2601-MB}}. Arrival {{D:12 January}} at {{W:Malpensa}}, flight {{R:AI 137}}. [[P:Irene]] - {{B:PonteMondo}}",
            ),
            ("c", "namaste and thank you [[P:irene]] ji 🙏"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(101, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
