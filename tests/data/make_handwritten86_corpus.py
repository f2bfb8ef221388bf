# ruff: noqa: E501
"""Hand-written blind test corpus no. 86 for convmon's anonymiser.

Written by hand, message by message, for this corpus only: no templates, no Faker, no generated
text. Every person, phone number, e-mail, address, handle and link is invented. The checksummed
identifiers (IBANs, card numbers, codici fiscali, partite IVA, a German VAT number) were computed
once with python-stdnum (IBAN mod 97, Italian CIN, Luhn, codice fiscale check letter) and pasted
here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike (order, price, product, brand, date, time, tracking code,
ordinary word or public place, reference) that must survive.

The six invented businesses: a bike repair shop, an optician, a cooking school, a B&B in the
hills, a hairdresser and an online shop of board games, talking to customers on Messenger,
Instagram, WhatsApp and Telegram, about 60% in Italian and 40% in English.

Regenerate with ``.venv/bin/python make_handwritten86_corpus.py`` from this folder; it
writes ``handwritten86_corpus.jsonl`` next to itself, byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten86_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "bici": "Ciclofficina Raggio Storto",
    "ottica": "Ottica Occhio di Lince",
    "cucina": "Mestolo & Co. Scuola di Cucina",
    "bnb": "B&B Le Tre Querce",
    "capelli": "Salone Ciuffo Ribelle",
    "giochi": "Dadi e Meeple Shop",
}
PAGE_IDS: dict[str, str] = {
    "bici": "686640118273645",
    "ottica": "686640205918374",
    "cucina": "686640337120598",
    "bnb": "686640449812306",
    "capelli": "686640561239847",
    "giochi": "686640672093518",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ bike repair
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Fede Marchetti",
        "lang": "it",
        "start": "2025-03-04T08:12:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:federico marchetti]] ho la bici con la ruota dietro che fa un rumore tipo clack clack ogni giro\nposso passare oggi??",
            ),
            (
                "a",
                "Ciao [[P:Federico]]! oggi siamo pieni ma domani {{D:5 marzo}} alle {{TM:9:30}} ti possiamo guardare la ruota. Che bici è?",
            ),
            ("c", "una {{PD:Bianchi Via Nirone}} vecchiotta era di mio zio [[P:Gigi]] 😅"),
            (
                "c",
                "cmq se nn riesco a venire io passa la mia ragazza [[P:giada]] ok? ha il mio tel [[T:347 812 6690]]\no il suo [[T:+39 349 006 1287]] lei è [[P:Giada Furlan]] su fb [[U:facebook.com/giada.furlan.93]]",
            ),
            (
                "a",
                "Perfetto, segno a nome [[P:Marchetti]] con il numero [[T:347 812 6690]]. Il controllo mozzo costa {{$:15 €}}, se va cambiato il cuscinetto ti chiamiamo prima.\n[[P:Luca]] - {{B:Raggio Storto}}",
            ),
            ("c", "top grazie [[P:luca]] 👍"),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Oksana Hrytsenko",
        "lang": "it",
        "start": "2025-03-11T17:40:00",
        "messages": [
            (
                "c",
                "buonasera, io sono [[P:Oksana Hrytsenko]], abito a [[L:Muggia]] da poco, vengo da [[L:Leopoli]]. mia bici elettrica non carica piu batteria, voi riparate?",
            ),
            (
                "a",
                "Buonasera [[P:Oksana]], sì, facciamo diagnosi batterie e-bike. Ci serve marca e modello della batteria, di solito è scritto sotto.",
            ),
            (
                "c",
                "e scritto {{PD:Bosch PowerPack 500}}. comprata usata da un signore su subito, signor [[P:Zanetti]]",
            ),
            (
                "a",
                "Ok, la diagnosi è {{$:25 €}}. Può portarla in negozio in {{W:via Carducci}} (siamo di fronte alla fermata del 17) oppure la ritiriamo noi a domicilio per {{$:10 €}}.",
            ),
            (
                "c",
                "ritiro per favore, io non ho macchina. indirizzo [[A:strada per Lazzaretto 41]], [[A:34015]] [[L:Muggia]], citofono [[P:Hrytsenko/Bondar]]",
            ),
            (
                "c",
                "mio numero [[T:+39 328 447 1903]]\noppure di mio marito [[P:Taras]] [[T:+380 67 512 3398]]",
            ),
            (
                "a",
                "Segnato! Ritiro giovedì {{D:13/03}} tra le {{TM:14}} e le {{TM:16}}. Il numero di pratica è {{R:RS-2025-0318}}. Il collega [[P:Mirko]] la chiama al [[T:+39 328 447 1903]] mezz'ora prima. A presto!",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "instagram",
        "customer": "tommy.rides",
        "lang": "en",
        "start": "2025-04-02T10:05:00",
        "messages": [
            (
                "c",
                "hey!! im cycling from [[L:Munich]] down to [[L:Dubrovnik]] w my mate, broke a spoke coming down from the karst lol can u fix today",
            ),
            (
                "a",
                "Hi! Yes, bring it in before {{TM:4pm}} and we'll do it while you wait. Rear or front wheel?",
            ),
            (
                "c",
                "rear. its a {{PD:Surly Long Haul Trucker}}, 36 spokes. my name is [[P:Tom Whitcombe]] btw, my mate is [[P:Rajiv]]",
            ),
            (
                "c",
                "also can you check his brakes, hes [[H:@rajiv.pedals]] on insta if you wanna tag us haha",
            ),
            (
                "a",
                "Sure [[P:Tom]]! Spoke replacement + truing is {{$:€20}}, brake check is free. We'll tag you both 🙂 Where are you staying tonight in case we need to drop anything?",
            ),
            (
                "c",
                "campsite near [[L:Sistiana]], my [[L:uk]] number is [[T:+44 7700 914 382]] but whatsapp is better\nor email [[E:tom.whitcombe@example.co.uk]]. were both from [[L:Bristol]] originally",
            ),
            ("a", "Great, see you soon. [[P:Marta]] from the workshop"),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Rosa Vidali",
        "lang": "it",
        "start": "2025-04-19T09:20:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa Vidali]] vi scrivo x la fattura della riparazione della bici di mio figlio [[P:Nicolò]]",
            ),
            (
                "c",
                "mi serve intestata alla mia ditta\n[[P:Vidali Rosa]] grafica\nP.IVA [[V:02317850960]]\n[[A:via del Ronco 7]]\n[[A:34141]] [[L:Trieste]]",
            ),
            (
                "a",
                "Buongiorno signora [[P:Vidali]], la facciamo subito. È la riparazione dell'ordine {{O:4471209}}, cambio catena e pacchi pignoni {{PD:Shimano Deore}}, totale {{$:87,50 €}} giusto?",
            ),
            (
                "c",
                "si esatto. mandatela a [[E:rosa.vidali.grafica@example.it]] grazie\nah se vi serve anche il codice fiscale [[CF:DLBFNC69H48L424K]] no aspetta quello è di mia suocera [[P:Franca Del Bello]] 🙈 il mio ve lo dico a voce",
            ),
            (
                "a",
                "Inviata! Fattura n. {{R:FT-2025/0192}}. Saluti a [[P:Nicolò]], la bici è come nuova 🚲\n[[P:Luca]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "telegram",
        "customer": "kuba_gravel",
        "lang": "en",
        "start": "2025-05-06T19:45:00",
        "messages": [
            (
                "c",
                "hi its [[P:Jakub Wiśniewski]], [[H:kuba_gravel]] here on telegram. i left my gravel bike w you last week, is it ready?",
            ),
            (
                "a",
                "Hi [[P:Jakub]], let me check... yes, new tubeless tyres mounted and sealant done. Ticket {{R:RS-2025-0451}}, total {{$:€64}}.",
            ),
            ("c", "cool. can i pay by card online? card is [[C:5424 1876 5402 9315]] exp 09/27"),
            (
                "a",
                "Please don't send card numbers in chat 🙏 we'll delete the message. You can pay at the counter or via the link we send by e-mail. What's your e-mail?",
            ),
            ("c", "oops sorry. its [[E:jakub dot wisniewski at example dot com]]"),
            (
                "a",
                "Thanks! Link sent to [[E:jakub.wisniewski@example.com]]. Pick up any day {{TM:9:00}}-{{TM:19:00}}, closed {{W:Monday}}.",
            ),
            (
                "c",
                "ok my flatmate [[P:Ola]] {{W:will}} pick it up tmrw, shes got the ticket on her phone",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "telegram",
        "customer": "Kristian S.",
        "lang": "it",
        "start": "2025-06-24T07:35:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Kristian Sulčič]] mi hanno rubato la bici davanti a casa in [[A:via Cologna 30]] stanotte 😡 mi serve copia della fattura x la denuncia",
            ),
            (
                "a",
                "Che rabbia, mi spiace [[P:Kristian]]! Era la {{PD:Cannondale Topstone}} presa da noi a {{D:ottobre}}? Fattura {{R:FT-2024/0877}}, numero telaio {{R:WTU218C4471K}}.",
            ),
            (
                "c",
                "si quella. mandala a [[E:kristian.sulcic@example.it]] pls\nse qualcuno ve la porta a riparare chiamatemi [[T:+39 320 551 0394]]",
            ),
            (
                "c",
                "l'ho gia vista in vendita online da un certo [[H:bikeoccasioni_ts]], il profilo è [[U:www.subito.it/utente/bikeoccasioni_ts]]",
            ),
            (
                "a",
                "Mandata! Teniamo gli occhi aperti, lo diciamo anche al nostro meccanico [[P:Samir]]. In bocca al lupo",
            ),
            ("c", "grazie. il mio coinquilino [[P:Zeno]] dice che ormai è gia a [[L:Lubiana]] 😩"),
        ],
    },
    # ------------------------------------------------------------------ optician
    {
        "business": "ottica",
        "platform": "messenger",
        "customer": "Giuseppina Delbello",
        "lang": "it",
        "start": "2025-03-03T11:00:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare una visita per la vista x mio marito [[P:Bruno]] che nn ci vede piu da vicino e non vuole ammetterlo 😂",
            ),
            (
                "a",
                "Buongiorno! Certo, la visita optometrica costa {{$:35 €}} ed è gratuita se poi fa gli occhiali da noi. A che nome prenoto?",
            ),
            (
                "c",
                "[[P:Delbello Bruno]], io sono la moglie [[P:Giuseppina]] ma tutti mi chiamano [[P:Giuse]]",
            ),
            (
                "c",
                "il suo cell è [[T:340/2917755]] ma nn lo guarda mai meglio il mio [[T:040 63 18 42]] di casa",
            ),
            (
                "a",
                "Perfetto signora [[P:Delbello]], segnato mercoledì {{D:12 marzo}} alle {{TM:10:15}} con la dott.ssa [[P:Kovačić]]. Prenotazione {{R:OL-3381}}.",
            ),
            (
                "c",
                "grazie mille cara, lui porta ancora gli occhiali {{PD:Ray-Ban Clubmaster}} del 2009 figurati",
            ),
            (
                "c",
                "ps se [[P:bruno]] fa storie chiamate mia figlia [[P:Tiziana]] [[T:335 - 610 - 2284]] che lo convince lei",
            ),
            ("a", "Allora è ora di cambiarli 😄 A mercoledì! [[P:Elena]] - {{B:Occhio di Lince}}"),
        ],
    },
    {
        "business": "ottica",
        "platform": "instagram",
        "customer": "amira.b.designs",
        "lang": "en",
        "start": "2025-03-21T15:30:00",
        "messages": [
            (
                "c",
                "hii do you ship contact lenses abroad? im [[P:Amira Benali]], living in [[L:Lyon]] now but i bought my frames at your shop last summer",
            ),
            (
                "a",
                "Hi [[P:Amira]]! Yes, we ship in the EU. Which lenses do you wear? We'll need your prescription too.",
            ),
            (
                "c",
                "{{PD:Acuvue Oasys}} -2.75 both eyes. prescription is from dr [[P:Lefèvre]] here, i'll send a pic",
            ),
            (
                "c",
                "address: [[A:14 rue Paul Bert]]\n[[A:69003]] [[L:Lyon]]\n[[L:France]]\ncc [[E:amira.benali@example.fr]]",
            ),
            (
                "a",
                "Got it. 6 boxes are {{$:€132}} + {{$:€9.90}} shipping, arriving in about 5 days. Invoice to a company or personal?",
            ),
            (
                "c",
                "hmm maybe to my studio, thats my little shop [[U:amirabenali-studio.fr]]\nno wait personal is fine, simpler",
            ),
            ("c", "and if u want to tag me im [[H:@amira.b.designs]] 💕"),
            ("a", "No problem, personal it is. Order {{O:OL-20250321-77}}. Merci [[P:Amira]]! 👓"),
        ],
    },
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Marco B.",
        "lang": "it",
        "start": "2025-04-08T18:10:00",
        "messages": [
            (
                "c",
                "sera. ho rotto la stanghetta degli occhiali da sole {{PD:Persol 714}} cadendo in bici sulla {{W:Napoleonica}} 🤦‍♂️ si aggiustano?",
            ),
            (
                "a",
                "Ciao! Sulla {{PD:714}} il pezzo di ricambio si trova, serve ordinarlo da {{B:Luxottica}}: circa {{$:28 €}} e una settimana.",
            ),
            (
                "c",
                "ok procedete. sono [[P:Marco Bertocchi]], [[T:+39 333 918 27 04]], abito a [[L:Basovizza]] se serve per la consegna",
            ),
            (
                "c",
                "ah una cosa, li ho comprati da voi nel 2022 a nome di mia sorella [[P:Chiara Bertocchi]] se vi serve lo scontrino, la sua mail era [[E:chiara.bertocchi@example.it]]",
            ),
            (
                "a",
                "Trovato lo scontrino, garanzia scaduta però vi facciamo il 10%. Vi scrivo appena arriva il pezzo. [[P:Stefano]]",
            ),
            ("c", "grazie [[P:stefano]] sei un grande"),
        ],
    },
    {
        "business": "ottica",
        "platform": "telegram",
        "customer": "Wei Zhang",
        "lang": "en",
        "start": "2025-05-14T09:02:00",
        "messages": [
            (
                "c",
                "hello. my name [[P:Zhang Wei]]. i am student at university here, my glasses is broken, screw is gone. i need quickly for exam tomorrow. i come from [[L:Chengdu]], i live in student house [[A:via Giustiniano 12]]",
            ),
            (
                "a",
                "Hello! Come by today, screw replacement is free, it takes 5 minutes. We are in {{W:Piazza della Borsa}}, next to the bank.",
            ),
            (
                "c",
                "thank you!! also my friend [[P:Li Na]] want eye test, she is not speak italian. you have english?",
            ),
            (
                "a",
                "Yes, our optometrist [[P:Elena]] speaks English. Tell your friend she can write here anytime.",
            ),
            (
                "c",
                "ok i give her this chat. her wechat id is [[H:lina_0917]] and phone [[T:+39 351 20 44 817]]",
            ),
            ("a", "Thank you, we {{W:will}} contact her. See you later [[P:Wei]]!"),
        ],
    },
    {
        "business": "ottica",
        "platform": "messenger",
        "customer": "Felice Ortolani",
        "lang": "it",
        "start": "2025-06-02T10:25:00",
        "messages": [
            (
                "c",
                "salve mi chiamo [[P:Felice Ortolani]] vorrei sapere se avete le lenti progressive {{PD:Varilux}} e quanto costano",
            ),
            (
                "a",
                "Buongiorno [[P:Felice]]! Sì, le {{PD:Varilux Comfort}} partono da {{$:390 €}} la coppia, con la montatura dipende.",
            ),
            (
                "c",
                "ah però. cmq sono {{W:felice}} di sapere che le avete, ci penso. posso pagare a rate?",
            ),
            (
                "a",
                "Sì, con finanziamento in 10 rate a tasso zero. Serve IBAN e codice fiscale per la pratica, ma li chiediamo in negozio, non qui in chat.",
            ),
            (
                "c",
                "ok ve li porto. abito a [[L:Opicina]] in [[A:via di Prosecco 21]], scendo giù giovedì col tram con mia moglie [[P:Albina]] che deve cambiare anche lei",
            ),
            ("a", "Perfetto, a giovedì! [[P:Elena]]"),
        ],
    },
    # ------------------------------------------------------------------ cooking school
    {
        "business": "cucina",
        "platform": "instagram",
        "customer": "sara_in_cucina",
        "lang": "it",
        "start": "2025-03-06T21:15:00",
        "messages": [
            (
                "c",
                "ciaooo ma il corso di pasta fresca del {{D:22 marzo}} ci sono ancora posti?? vorrei regalarlo alla mia amica [[P:bea]] x il compleanno 🎂",
            ),
            (
                "a",
                'Ciao! Sì, restano 3 posti. Il corso "{{PD:Pasta fresca e ripieni}}" costa {{$:75 €}} a persona, ingredienti e grembiule inclusi.',
            ),
            (
                "c",
                "perfetto prendo 2 posti me e lei. io sono [[P:Sara Lombardo]] lei [[P:Beatrice Feltrin]]",
            ),
            (
                "c",
                "il mio insta lo vedete [[H:sara_in_cucina]] 😂 mail [[E:saralombardo89@example.it]]",
            ),
            (
                "a",
                "Fatto! Prenotazione {{R:MC-0322-14}}. Vi mando il buono regalo in PDF con il nome di [[P:Beatrice]] 🎁 [[P:Giulia]] - {{B:Mestolo & Co.}}",
            ),
            (
                "c",
                "siete i migliori grazie [[P:giulia]]!! ah [[P:bea]] è celiaca va bene lo stesso?\nil buono mandatelo anche a lei [[E:bea.feltrin@example.com]] che abita a [[L:Sacile]] e nn la vedo fino a sabato",
            ),
            ("a", "Certo, facciamo l'impasto senza glutine solo per lei 🙂"),
        ],
    },
    {
        "business": "cucina",
        "platform": "whatsapp",
        "customer": "James O'Connor",
        "lang": "en",
        "start": "2025-04-10T13:00:00",
        "messages": [
            (
                "c",
                "Hi there, I'm [[P:James O'Connor]], we're a group of 6 from [[L:Cork]] coming to [[L:Trieste]] in May for my wife's 40th. Do you do private classes?",
            ),
            (
                "a",
                "Hi [[P:James]]! Yes, private classes for groups of 6-10. Popular choices are {{PD:Jota and Friulian cuisine}} or {{PD:Tiramisù & Gubana}}. Price {{$:€90}} pp.",
            ),
            (
                "c",
                "the friulian one sounds great. my wife [[P:Siobhan]] loves food, she'll be over the moon\nwhat dates do you have around the 17th",
            ),
            (
                "a",
                "We have {{D:Saturday 17 May}} at {{TM:10:00}} or {{D:Sunday 18}} at {{TM:16:00}}.",
            ),
            (
                "c",
                "saturday pls. deposit? we can do bank transfer from my irish account [[I:IE88 AIBK 9310 4428 1953 07]]",
            ),
            (
                "a",
                "Perfect, 30% deposit is {{$:€162}}. Our IBAN is in the booking confirmation we'll send. Name for the booking?",
            ),
            (
                "c",
                "[[P:O'Connor]], spelled [[P:O apostrophe C O N N O R]]. my number [[T:+353 87 204 1177]]\nand please keep it a surprise from [[P:siobhan]]!",
            ),
            (
                "a",
                "Our lips are sealed 🤐 Booking {{R:MC-0517-PRV}}. Cheers, [[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "messenger",
        "customer": "Ahmed El Mansouri",
        "lang": "it",
        "start": "2025-04-22T16:40:00",
        "messages": [
            (
                "c",
                "salve, io [[P:Ahmed El Mansouri]], cuoco in ristorante a [[L:Grado]], voglio fare corso pasticceria professionale. voi fate attestato?",
            ),
            (
                "a",
                "Buongiorno [[P:Ahmed]], sì, il corso {{PD:Pasticceria Base Pro}} (40 ore) rilascia attestato di frequenza. Costa {{$:620 €}}.",
            ),
            (
                "c",
                "ok bene. mio datore di lavoro paga, ristorante di signor [[P:Camuffo]]. fattura a lui, ristorante è in [[A:riva Nazario Sauro 4]], [[A:34073]] [[L:Grado]]",
            ),
            ("a", "Va bene. Ci servono ragione sociale, partita IVA e codice SDI del ristorante."),
            (
                "c",
                "sono [[P:Camuffo Paolo]] ditta individuale, p iva [[V:04876120330]], sdi lo mando domani\nmio codice fiscale per attestato [[CF:KHLSMR88T52Z330X]] no scusa questo è di mia moglie [[P:Samira]] 😅",
            ),
            ("c", "mio è [[CF:LMNHMD85C12Z330F]]"),
            (
                "a",
                "Nessun problema, usiamo il suo. Iscrizione confermata, prima lezione {{D:6 maggio}} {{TM:18:30}}.",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "telegram",
        "customer": "Lena",
        "lang": "en",
        "start": "2025-05-03T08:30:00",
        "messages": [
            (
                "c",
                "Guten Morgen! sorry my english is not so good. I am [[P:Lena Hofbauer]] from [[L:Graz]], I make holiday in [[L:Trieste]] with my daughter [[P:Mia]] (12)",
            ),
            ("c", "do you have course for kids? she want to learn make pizza 🍕"),
            (
                "a",
                "Guten Morgen [[P:Lena]]! Yes, {{PD:Piccoli Chef}} is for kids 8-14, every Wednesday {{TM:15:00}}. This week we make {{PD:pizza Margherita}} and {{PD:pizza Capricciosa}}!",
            ),
            (
                "c",
                "wunderbar. [[P:Mia]] spricht ein bisschen Italienisch, ihr Vater ist aus [[L:Udine]]. can parent stay with her?",
            ),
            (
                "a",
                "Of course, parents can watch or help. Price {{$:€40}} for the child, free for you.",
            ),
            (
                "c",
                "ok we book. my mail [[E:lena.hofbauer(at)example(dot)at]], phone [[T:+43 664 381 2290]]",
            ),
            ("a", "Booked, see you Wednesday! [[P:Giulia]]"),
        ],
    },
    {
        "business": "cucina",
        "platform": "whatsapp",
        "customer": "Pietro ❤️ Anna",
        "lang": "it",
        "start": "2025-05-20T20:05:00",
        "messages": [
            (
                "c",
                'buonasera, siamo [[P:Pietro]] e [[P:Anna]] ci sposiamo a settembre e vorremmo fare il corso di coppia "{{PD:Cena Romantica}}" 😍',
            ),
            (
                "a",
                "Che bello, auguri! Il corso di coppia è il venerdì sera, {{$:140 €}} in due, con il {{PD:Prosecco}} incluso 🥂",
            ),
            (
                "c",
                "perfetto. cognomi [[P:Pietro Sacchi]] e [[P:Anna Dal Maso Rinaldi]], doppio cognome eh\ndopo il matrimonio andiamo a vivere a [[L:Sgonico]] 🏡",
            ),
            (
                "c",
                "ah il vostro corso lo ha consigliato la wedding planner [[P:Francesca]] di [[U:instagram.com/fra.weddings.ts]]",
            ),
            (
                "a",
                "Allora salutatecela! Venerdì {{D:6 giugno}} alle {{TM:19:30}} va bene? Menu: {{PD:risotto al Grana Padano}}, {{PD:branzino in crosta}}, {{PD:Saint Honoré}}.",
            ),
            (
                "c",
                "sìììì 😍 paghiamo con bonifico, intestato a [[P:Pietro Sacchi]], iban [[I:IT37 P030 6909 6061 0000 0063 417]]",
            ),
            (
                "a",
                "Non serve il vostro IBAN 🙂 vi mandiamo noi le coordinate. Prenotazione {{R:MC-0606-CPL}}. A presto! [[P:Giulia]]",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "messenger",
        "customer": "Nonna Lucia",
        "lang": "it",
        "start": "2025-06-11T07:50:00",
        "messages": [
            (
                "c",
                "Buongiorno sono la nonna di [[P:Matteo]] e [[P:Sofia]] vorrei iscriverli al campus estivo di cucina per ragazzi",
            ),
            (
                "c",
                "Mi chiamo [[P:Lucia Pertot]] abito in [[A:via Settefontane 58]] ma i bambini stanno da me solo d'estate, normalmente sono a [[L:Bologna]] con la mamma",
            ),
            (
                "a",
                "Buongiorno signora [[P:Lucia]]! Il campus va dal {{D:23 giugno}} al {{D:4 luglio}}, {{TM:9}}-{{TM:13}}, {{$:180 €}} a settimana. Quanti anni hanno?",
            ),
            (
                "c",
                "[[P:Matteo]] 11 e la [[P:Sofia]] 9. Il cognome dei bambini è [[P:Grison]], come il papà",
            ),
            ("a", "Perfetto. Ci lascia un numero per le emergenze?"),
            (
                "c",
                "Il mio [[T:040 / 37 21 90]] oppure la mamma [[P:Valentina]]\n[[T:348 55\n02 913]]",
            ),
            (
                "a",
                "Grazie, iscritti! Pratica {{R:CAMP-25-031}}. [[P:Marco]] da {{B:Mestolo & Co.}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ B&B in the hills
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "hannah.wanders",
        "lang": "en",
        "start": "2025-03-14T12:40:00",
        "messages": [
            (
                "c",
                "hi!! is the room with the view free from {{D:april 25}} to {{D:28}}? its me and my bf [[P:Noah]], were driving from [[L:Vienna]]",
            ),
            (
                "a",
                "Hi! Yes, the {{PD:Camera del Glicine}} is free those nights. {{$:€95}} per night with breakfast. May I have your full name?",
            ),
            (
                "c",
                "[[P:Hannah Kowalczyk-Reed]] (double barrelled sorry 😅) and [[P:Noah Brenner]]\nmy phone [[T:+43 660 918 2734]]",
            ),
            (
                "c",
                "my insta is [[H:hannah.wanders]] and my blog [[U:https://hannahwanders.blog]] if u want a collab lol",
            ),
            (
                "a",
                "Haha we'll think about it 😊 Booking {{R:TQ-0425-GL}}. Check-in from {{TM:15:00}}. We're 12 km from the {{W:Colli Euganei}} park entrance, the road is narrow so drive slowly!",
            ),
            ("c", "perfect. [[P:noah]] is vegan, is breakfast ok for him?"),
            (
                "a",
                "Sure, my mum [[P:Rina]] bakes vegan cakes too. [[P:Davide]] - {{B:Le Tre Querce}}",
            ),
        ],
    },
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Gianni",
        "lang": "it",
        "start": "2025-04-01T09:10:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare x il ponte del {{D:1 maggio}}, 2 camere, siamo 2 coppie di amici, io da [[L:Paese]] in provincia di [[L:Treviso]], gli altri da [[L:Verona]]",
            ),
            (
                "a",
                "Buongiorno! Per il ponte abbiamo libere la {{PD:Camera Rosa}} e la {{PD:Camera Quercia}}, {{$:110 €}} a notte ciascuna.",
            ),
            (
                "c",
                "ok le prendiamo. [[P:Gianni Fracasso]] e [[P:Moira]], e nell'altra [[P:Ivano]] e [[P:Speranza Lucchin]] che in realtà si sono appena trasferiti ad [[L:Asiago]]",
            ),
            ("c", "la caparra la paga il mio amico [[P:ivano]] dal suo conto, [[P:Ivano Tessari]]"),
            (
                "a",
                "Va bene, la caparra è il 30% = {{$:132 €}}, vi mando le coordinate per mail. Nella causale mettete il codice {{R:TQ0501IT3400502}} per favore.",
            ),
            (
                "c",
                "ahah ok mail [[E:gianni.fracasso@example.it]] cell [[T:347-0021-559]]\n\ne la {{W:speranza}} è che non piova 🙏",
            ),
            (
                "a",
                "Incrociamo le dita! Ah, fornite i documenti all'arrivo, è obbligatorio per {{W:Alloggiati Web}}.",
            ),
        ],
    },
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Klaus Reinhardt",
        "lang": "en",
        "start": "2025-04-18T17:00:00",
        "messages": [
            (
                "c",
                "Good evening. We are [[P:Klaus]] and [[P:Ingrid Reinhardt]], we stay with you {{D:10.-14. Juni}}. Please send invoice to my company for tax.",
            ),
            (
                "c",
                "Weinhandel Pfalzblick GmbH\n[[A:Hauptstraße 112]]\n[[A:67433]] [[L:Neustadt an der Weinstraße]]\nUSt-IdNr [[V:DE274518313]]",
            ),
            (
                "a",
                "Good evening Mr [[P:Reinhardt]], no problem, the invoice will be issued at check-out. Do you want the breakfast with local products only? We serve {{PD:Asiago}} and {{PD:prosciutto Berico-Euganeo}}.",
            ),
            (
                "c",
                "Yes ja sehr gerne. Also we arrive late, maybe {{TM:22:00}}, is ok? Our son [[P:Lukas]] drives, he can call you, [[T:+49 151 2384 6610]]",
            ),
            (
                "a",
                "Late check-in is fine, we'll leave the key in the box. Code comes the same day by SMS to [[P:Lukas]].",
            ),
            ("c", "Danke schön! Bis bald."),
        ],
    },
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Vale 🌻",
        "lang": "it",
        "start": "2025-05-07T22:30:00",
        "messages": [
            (
                "c",
                "ciao!! scusate l'ora ho appena visto che avete la piscina 😍 c'è posto x il weekend del {{D:24 maggio}}? siamo io e mia figlia [[P:Ginevra]] e il cane {{W:Biscotto}}",
            ),
            (
                "a",
                "Ciao! Sì, c'è la {{PD:Camera del Fienile}} con ingresso indipendente, perfetta col cane. {{$:85 €}} a notte + {{$:10 €}} per il cane.",
            ),
            ("c", "perfetto prenoto. [[P:Valentina Rusconi]]\nil cell è [[T:+39 (0)345 778 2016]]"),
            (
                "c",
                "ah la mia ex suocera abita proprio vicino a voi a [[L:Teolo]] ma non ditele niente 😂😂",
            ),
            (
                "a",
                "Saremo muti come pesci 🐟 Prenotazione {{R:TQ-0524-FN}}. Arrivo dopo le {{TM:15}}.",
            ),
            ("c", "graziee e [[P:ginny]] chiede se ci sono le galline"),
            ("a", "Sì! Ne abbiamo 6, una si chiama {{W:Bianca}} 🐔 [[P:Davide]]"),
        ],
    },
    {
        "business": "bnb",
        "platform": "telegram",
        "customer": "Dimitri P.",
        "lang": "en",
        "start": "2025-06-03T14:20:00",
        "messages": [
            (
                "c",
                "hello, [[P:Dimitrios Papadakis]] here, i'm a photographer, [[U:www.papadakis-photo.gr]] , i want to shoot sunrise on the hills, can i stay 2 nights {{D:18-20 june}}?",
            ),
            (
                "a",
                "Hello [[P:Dimitrios]]! Yes, the attic room faces east, best sunrise view from {{W:Monte Venda}}. {{$:€90}}/night.",
            ),
            (
                "c",
                "great. i come by motorbike from [[L:Thessaloniki]], ferry to [[L:Ancona]]. i need secure parking",
            ),
            (
                "a",
                "We have a closed barn for motorbikes 👍 For the registration we need your ID or passport at arrival.",
            ),
            (
                "c",
                "sure. you can also reach me on telegram [[H:@dimi_shoots]] or [[T:+30 694 518 2237]]\ndeposit by card? [[C:4917 6123 4509 8764]]",
            ),
            (
                "a",
                "Thanks, but no need for the card here, we'll send a secure payment link. Booking {{R:TQ-0618-SF}}.",
            ),
        ],
    },
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Lorenza Tonin",
        "lang": "it",
        "start": "2025-06-20T08:00:00",
        "messages": [
            (
                "c",
                "buongiorno abbiamo soggiornato da voi la settimana scorsa, credo di aver dimenticato in camera un caricabatterie e gli orecchini della mia bambina [[P:Alice]]",
            ),
            (
                "a",
                "Buongiorno signora! Sì, li abbiamo trovati nella {{PD:Camera Rosa}}. Glieli spediamo volentieri, ci dia l'indirizzo.",
            ),
            (
                "c",
                "grazie!!! [[P:Lorenza Tonin]], se nn ci sono ritira mio marito [[P:Gabriele]] [[T:349 7712 018]]\n[[A:via Roma 3/b]]\n[[A:35010]] [[L:Vigonza]] ([[L:PD]])",
            ),
            (
                "c",
                "scusate è [[A:via Roma 3/b, scala C int. 9]], il postino nn trova mai l'interno",
            ),
            (
                "a",
                "Perfetto. Spedito con {{B:Poste Italiane}}, codice {{TR:RR123456789IT}}. Arriva in 3-4 giorni.",
            ),
            ("c", "siete gentilissimi. recensione 5 stelle su {{B:Booking}} fatta! [[P:lorenza]]"),
        ],
    },
    # ------------------------------------------------------------------ hairdresser
    {
        "business": "capelli",
        "platform": "instagram",
        "customer": "mari.curly",
        "lang": "it",
        "start": "2025-03-08T10:10:00",
        "messages": [
            ("c", "ciao vorrei prenotare taglio per capelli ricci metodo curly, chi lo fa da voi?"),
            (
                "a",
                "Ciao! Da noi i ricci li segue [[P:Jessica]], è specializzata. Il taglio curly è {{$:55 €}} con definizione.",
            ),
            (
                "c",
                "ok con [[P:jessica]] allora. sabato si può? sono [[P:Marianna Zuliani]], mi ha mandato da voi la mia collega [[P:Debora]]",
            ),
            ("a", "Sabato {{D:15}} alle {{TM:11:00}} è libero. Un numero per la conferma?"),
            (
                "c",
                "[[T:3391827745]]\nho visto su tiktok i lavori di [[P:jessica]] [[U:tiktok.com/@jess.curls.ts]] sono bellissimi",
            ),
            (
                "a",
                "Glielo dico, sarà contentissima 😍 Ci vediamo sabato! [[P:Ale]] - {{B:Ciuffo Ribelle}}",
            ),
        ],
    },
    {
        "business": "capelli",
        "platform": "whatsapp",
        "customer": "Nkechi Okafor",
        "lang": "en",
        "start": "2025-04-04T16:45:00",
        "messages": [
            (
                "c",
                "hi do you do box braids? i just moved here from [[L:Lagos]] and can't find anyone 😩 my name is [[P:Nkechi Okafor]]",
            ),
            (
                "a",
                "Hi [[P:Nkechi]], welcome! Our colleague [[P:Fatou]] does braids on Thursdays and Fridays. Medium box braids are {{$:€120}}, about 5 hours.",
            ),
            ("c", "omg finally. can my sister [[P:Chioma]] come too? same day if possible"),
            (
                "a",
                "[[P:Fatou]] can do one person per day, so we could do you on {{D:Thursday 10th}} and [[P:Chioma]] on {{D:Friday 11th}}.",
            ),
            (
                "c",
                "perfect. my number [[T:+234 803 412 7769]] still nigerian sorry, italian sim coming soon\n[[P:chioma]] is [[T:+39 392 604 1188]]",
            ),
            (
                "a",
                "No worries! Both booked. Please bring your own hair extensions or we can order {{PD:X-pression}} for {{$:€18}}.",
            ),
            ("c", "we bring ours thx!!"),
        ],
    },
    {
        "business": "capelli",
        "platform": "messenger",
        "customer": "Silvana Crevatin",
        "lang": "it",
        "start": "2025-04-29T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno volevo prenotare la piega per mia mamma che ha 88 anni e non cammina bene, fate a domicilio?",
            ),
            (
                "a",
                "Buongiorno! Sì, il servizio a domicilio è il martedì mattina, piega {{$:30 €}} + {{$:10 €}} uscita in città.",
            ),
            (
                "c",
                "va bene. la mamma si chiama [[P:Ernesta Crevatin]] abita in [[A:via dell'Istria 144]] al terzo piano c'è l'ascensore, citofono [[P:Crevatin-Sossi]]",
            ),
            (
                "c",
                "io sono la figlia [[P:Silvana]], il mio numero [[T:338.20.19.774]]\nla badante si chiama [[P:Ljudmila]] vi apre lei",
            ),
            (
                "a",
                "Perfetto signora [[P:Silvana]], martedì {{D:6 maggio}} alle {{TM:10}}, viene [[P:Ale]]. Colore come sempre {{PD:biondo cenere}}?",
            ),
            (
                "c",
                "si si {{PD:biondo cenere}}, e se riuscite un po' di {{PD:lacca Elnett}} che la mamma è affezionata 😊",
            ),
        ],
    },
    {
        "business": "capelli",
        "platform": "telegram",
        "customer": "Diego",
        "lang": "it",
        "start": "2025-05-12T18:55:00",
        "messages": [
            (
                "c",
                "hola! soy [[P:Diego Fernández Ruiz]], vivo a [[L:Trieste]] da 2 mesi, lavoro al porto. voglio fare taglio e barba sabato, si può?",
                "it",
            ),
            (
                "a",
                "Ciao [[P:Diego]]! Sabato abbiamo alle {{TM:9:00}} o alle {{TM:17:30}}. Taglio + barba {{$:38 €}}.",
            ),
            ("c", "17:30 perfecto. el corte como {{W:Messi}} jaja, corto ai lati", "es"),
            ("a", "Ahah ci proviamo ⚽ A nome [[P:Fernández]]?"),
            (
                "c",
                "si [[P:Fernández]]. mi hermano [[P:Álvaro]] también quiere, está de visita desde [[L:Sevilla]], se puede después de mí?",
                "es",
            ),
            ("a", "Sì, alle {{TM:18:15}} per tuo fratello. Lasciaci un numero per favore."),
            (
                "c",
                "[[T:+34 612 48 39 07]] es mi número español, whatsapp ok\nah e [[P:alvaro]] viene con su novia [[P:Lucía]], lei solo guarda 😂",
            ),
        ],
    },
    {
        "business": "capelli",
        "platform": "whatsapp",
        "customer": "Chiara ✂️",
        "lang": "it",
        "start": "2025-06-16T12:15:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:chiara]] quella del colore rame della settimana scorsa, vi volevo chiedere lo shampoo che mi avete usato qual era",
            ),
            (
                "a",
                "Ciao [[P:Chiara]]! Era il {{PD:Davines Alchemic Copper}}, lo abbiamo in negozio a {{$:24,90 €}}.",
            ),
            (
                "c",
                "lo prendo! me lo spedite? nn riesco a passare lavoro a [[L:Monfalcone]] tutto il giorno",
            ),
            ("a", "Certo, spedizione {{$:6 €}}. Ci servono nome completo e indirizzo."),
            ("c", "[[P:Chiara Bonetti]] [[A:via Duca d'Aosta 19]] [[L:Ronchi dei Legionari]]"),
            (
                "c",
                "cap [[A:34077]]\nmail x fattura [[E:chiara punto bonetti chiocciola example punto it]]",
            ),
            ("a", "Spedito! Tracking {{TR:3UW1A0021984652}}. Grazie [[P:Chiara]] 🧡 [[P:Ale]]"),
        ],
    },
    {
        "business": "capelli",
        "platform": "whatsapp",
        "customer": "Ilaria 👰",
        "lang": "it",
        "start": "2025-06-27T19:40:00",
        "messages": [
            (
                "c",
                "ciao!! mi sposo il {{D:13 settembre}} 💍 sono [[P:Ilaria Visintin]], vorrei prova e acconciatura per me e 3 damigelle",
            ),
            (
                "a",
                "Congratulazioni [[P:Ilaria]]! Pacchetto sposa {{$:280 €}} con prova, damigelle {{$:60 €}} ciascuna. Come si chiamano le damigelle?",
            ),
            (
                "c",
                "[[P:Nadia Kos]], mia cugina [[P:Rebecca Visintin]] e la mia migliore amica [[P:Hope Mensah]] che arriva da [[L:Accra]] 🇬🇭\nforse anche la suocera sig.ra [[P:Pahor]] ma deve decidere lei",
            ),
            (
                "c",
                "la messa è nella chiesa di {{W:Sant'Antonio Taumaturgo}} ma ci prepariamo dai miei, [[A:frazione Santa Croce 45/c]]",
            ),
            (
                "a",
                "Perfetto, veniamo noi a domicilio. Prova il {{D:2 agosto}} alle {{TM:15:00}}. Ci lascia un numero?",
            ),
            (
                "c",
                "[[T:331 44 80 917]] o mia mamma [[P:Loredana]] [[T:040 22 41 85]]\n[[P:hope]] nn ha ancora numero italiano, il suo insta è [[H:@hope.mensah]]",
            ),
            ("c", "e ho {{W:speranza}} che riusciate a domare i miei capelli crespi 😂"),
            (
                "a",
                "Ce la faremo! Preventivo {{R:SAL-0913-SP}} mandato qui. [[P:Jessica]] e [[P:Ale]] 💐",
            ),
        ],
    },
    # ------------------------------------------------------------------ board games shop
    {
        "business": "giochi",
        "platform": "messenger",
        "customer": "Andrea Colussi",
        "lang": "it",
        "start": "2025-03-02T20:20:00",
        "messages": [
            (
                "c",
                "ciao il mio ordine {{O:DM-102938}} nn è ancora arrivato, era il {{PD:Catan}} con espansione {{PD:Marinai}}",
            ),
            (
                "a",
                "Ciao! Controllo subito. Il pacco risulta in giacenza presso {{B:BRT}}, tracking {{TR:068000123456789}}. Il corriere dice citofono non trovato.",
            ),
            (
                "c",
                "eh certo sul citofono c'è ancora [[P:Degrassi]] il vecchio proprietario 🙄 io sono [[P:Andrea Colussi]], mail [[E:andrea.colussi76@example.it]]",
            ),
            (
                "c",
                "indirizzo giusto [[A:via Giulia 76]], [[A:34126]] [[L:Trieste]] scrivete presso [[P:Degrassi]] cosi lo trova",
            ),
            (
                "a",
                'Aggiornato: "c/o [[P:Degrassi]], [[A:via Giulia 76]]". Riconsegna domani. Scusa il disagio! [[P:Paolo]] - {{B:Dadi e Meeple}}',
            ),
            (
                "c",
                "grazie [[P:paolo]], il {{PD:catan}} è per mio nipote [[P:Kevin]] che compie gli anni domenica",
            ),
        ],
    },
    {
        "business": "giochi",
        "platform": "instagram",
        "customer": "meeple_mike",
        "lang": "en",
        "start": "2025-03-27T23:10:00",
        "messages": [
            ("c", "yo do you ship {{PD:Gloomhaven}} to [[L:Malta]]? most shops dont 😭"),
            (
                "a",
                "Hi! Yes we ship to [[L:Malta]], {{$:€14.90}} shipping for big boxes. {{PD:Gloomhaven: Jaws of the Lion}} is in stock at {{$:€44.99}}.",
            ),
            (
                "c",
                "nice. full name [[P:Michael Borg Cardona]], [[A:Flat 4, Triq il-Kbira 23]], [[L:Mosta]] [[A:MST 1016]]",
            ),
            (
                "c",
                "im [[H:meeple_mike]] here and [[H:mikeb0rg]] on bgg if u wanna check im legit lol",
            ),
            ("a", "Haha no need 😄 Order {{O:DM-103477}} placed. Phone for the courier please?"),
            (
                "c",
                "[[T:+356 7921 4480]]\n\nalso my gf [[P:Thea]] wants {{PD:Wingspan}}, add it pls",
            ),
            ("a", "Added! New total {{$:€99.89}}. Cheers, [[P:Paolo]]"),
        ],
    },
    {
        "business": "giochi",
        "platform": "whatsapp",
        "customer": "Prof. Santoro",
        "lang": "it",
        "start": "2025-04-15T11:35:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono il prof. [[P:Santoro]] dell'istituto comprensivo, vorrei un preventivo per 10 copie di {{PD:Dixit}} e 10 di {{PD:Ticket to Ride Europa}} per la ludoteca della scuola",
            ),
            (
                "a",
                "Buongiorno professore! Per le scuole facciamo il 15%: totale {{$:612,00 €}} IVA inclusa. Serve fattura elettronica alla scuola?",
            ),
            (
                "c",
                "No, le pago io con il fondo del comitato genitori, fattura a me personalmente: [[P:Santoro Gennaro]] CF [[CF:SNTGNR71E14F839L]], mail [[E:g.santoro.prof@example.it]]",
            ),
            (
                "c",
                "Per l'indirizzo fate [[A:via Marconi 5]] ma vi scrivo il civico giusto dopo, nn ricordo se è 5 o 15",
            ),
            ("c", "è [[A:15]] scusate"),
            (
                "a",
                "Perfetto. Preventivo {{R:PRV-2025-044}} inviato. Pagamento con bonifico o carta. [[P:Irene]]",
            ),
            (
                "c",
                "Bonifico dal conto del comitato, referente la sig.ra [[P:Speranza De Luca]], IBAN [[I:IT36 F050 3401 7530 0000 0012 876]]",
            ),
        ],
    },
    {
        "business": "giochi",
        "platform": "telegram",
        "customer": "Sanjay K.",
        "lang": "en",
        "start": "2025-05-25T15:00:00",
        "messages": [
            (
                "c",
                "hello! [[P:Sanjay Krishnamurthy]] here, ordered {{PD:Terraforming Mars}} last week, order {{O:DM-105201}}, box arrived crushed 😢",
            ),
            (
                "a",
                "Oh no, sorry [[P:Sanjay]]! Could you send a photo of the box and of the courier label?",
            ),
            (
                "c",
                "sent. the label says [[A:Via Fabio Severo 40]] [[L:Trieste]] that's my student residence, the porter Mr [[P:Kocjančič]] signed for it",
            ),
            (
                "a",
                "Thanks, we'll open a claim with the courier ({{R:CLM-88412}}) and send a new copy today, no charge.",
            ),
            (
                "c",
                "amazing!! also my roommate [[P:Arjun]] says hi, he bought {{PD:Azul}} from you too. and can you send the new one to my other email [[E:s.krishnamurthy@example.com]] notification",
            ),
            (
                "a",
                "Done. Replacement tracking {{TR:JJD00123456789012}}. Enjoy terraforming! [[P:Irene]]",
            ),
        ],
    },
    {
        "business": "giochi",
        "platform": "messenger",
        "customer": "Elisa Gherbaz",
        "lang": "it",
        "start": "2025-06-08T09:45:00",
        "messages": [
            (
                "c",
                "ciao avete il gioco {{PD:Carcassonne}}? mio marito [[P:rob]] dice che è da bambini io dico di no 😂",
            ),
            (
                "a",
                "Ciao! Sì, {{PD:Carcassonne}} base è {{$:34,90 €}}. Da bambini proprio no, ci giochiamo anche noi in negozio 😄",
            ),
            ("c", "ahah ok lo prendo. spedite a [[L:Capodistria]]? siamo appena oltre il confine"),
            ("a", "Sì, la [[L:Slovenia]] è nella zona UE, spedizione {{$:9,90 €}}."),
            (
                "c",
                "[[P:Elisa Gherbaz]], [[A:Kidričeva ulica 12]], [[A:6000]] [[L:Koper]], [[L:Slovenija]]\ntel [[T:00386 41 552 308]]\npago con carta [[C:4532-0151-1283-0366]] va bene?",
            ),
            (
                "a",
                "Per sicurezza non scriva mai il numero della carta in chat, lo cancelliamo subito 🙏 le mandiamo il link di pagamento. Ordine {{O:DM-106010}}. [[P:Paolo]]",
            ),
            ("c", "ops grazie [[P:paolo]]! salutami tua sorella [[P:Irene]] 😊"),
        ],
    },
    {
        "business": "giochi",
        "platform": "messenger",
        "customer": "Becky Thornton",
        "lang": "en",
        "start": "2025-06-30T21:05:00",
        "messages": [
            (
                "c",
                "hi i cant log into my account on your site, it says too many attempts from ip [[IP:151.38.204.77]]?? username [[H:boardgamebex]]",
            ),
            (
                "a",
                "Hi! Sorry about that. I can see a lock on the account for [[E:rebecca.thornton@example.com]], is that you? [[P:Irene]] here",
            ),
            (
                "c",
                "yes thats me, [[P:Rebecca Thornton]]. i was on my work vpn before so maybe it showed a weird one like [[IP:2a02:8108:1b40:7c2::3f]]",
            ),
            (
                "a",
                "That explains it, I've unlocked it. Your preorder {{O:DM-107315}} for {{PD:Arcs}} is still there, {{$:€89.90}}, shipping {{D:mid July}}.",
            ),
            (
                "c",
                "yay. can you change the delivery? i moved, new address is [[A:Flat 2B, 17 Clarendon Road]]\n[[L:Leeds]] [[A:LS2 9NZ]]",
            ),
            (
                "c",
                "and pls delete the old one, thats my ex [[P:Dan Whitaker]]'s flat, i dont want stuff going there lol",
            ),
            (
                "a",
                "Done, old address deleted. The courier may call for [[L:UK]] customs, is [[T:+44 113 496 0721]] still right?",
            ),
            (
                "c",
                "yes. thanks [[P:irene]] youre a star ⭐ {{W:hope}} it gets here before games night at [[P:Will]]'s",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(86, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
