# ruff: noqa: E501
"""Hand-written blind test corpus no. 111 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every customer, agent,
relative, neighbour and address is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA, the UK VAT number) were computed once with python-stdnum / Luhn and
pasted here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must
survive ``{{CODE:value}}`` (see handwritten_markup.py beside this file).

The six invented businesses: a bike-rental shop on Lake Garda, an architecture studio for home
renovations near Bologna, a veterinary clinic for exotic pets in Turin, a document courier
between Italy and the UK, a bakery supplying hotels on the Romagna coast, and an antiques
restorer in Florence. The emphasis is on places and addresses.

Regenerate with ``python make_handwritten111_corpus.py`` from this folder; the output
``handwritten111_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten111_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "bike": "PedaLago Bike Rent Torbole",
    "arch": "Studio Lodi Ferretti Architetti",
    "vet": "Clinica Veterinaria Il Camaleonte - Esotici",
    "courier": "PostaPonte Documents Italy-UK",
    "bakery": "Forno Santa Lucia - Forniture Hotel",
    "antiques": "Bottega Anticaglia Restauri",
}
PAGE_IDS: dict[str, str] = {
    "bike": "711890104418275",
    "arch": "711890226193048",
    "vet": "711890357720419",
    "courier": "711890482046631",
    "bakery": "711890519938702",
    "antiques": "711890640271586",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- bike rental
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Fede Marchetti",
        "lang": "it",
        "start": "2025-04-08T18:42:00",
        "messages": [
            (
                "c",
                "ciao! vorrei noleggiare 3 bici x sabato {{D:12 aprile}}, siamo io mia moglie [[P:Chiara]] e nostro figlio [[P:Tommy]] che ha 9 anni... avete bici x bambini?",
            ),
            (
                "a",
                "Ciao! sì abbiamo bici junior da 24 pollici 🚲 per sabato {{D:12/04}} ok. La {{PD:City Comfort}} adulti {{$:18 €}} al giorno, la junior {{$:12 €}}. A che nome prenoto?",
            ),
            (
                "c",
                "[[P:Federico Marchetti]]\nveniamo da [[L:Cremona]] in macchina arriviamo verso le {{TM:9.30}}",
            ),
            ("c", "ah il mio cell [[T:347 218 9043]] se serve"),
            (
                "a",
                "Perfetto [[P:Federico]], prenotazione {{R:RB-2204}} confermata. Ci trovi in {{W:via Lungolago}} di fronte all'imbarcadero 😊 - [[P:Sara]]",
            ),
            ("c", "top grazie [[P:sara]]"),
            (
                "c",
                "ah anche mia suocera [[P:Gabriella]] ci raggiunge da [[L:Salò]] in battello, le serve una bici normale 😅",
            ),
            ("c", "ah scusa ma il sentiero del {{W:Ponale}} è fattibile x un bimbo??"),
            (
                "a",
                "Sì con calma, i primi 3 km sono in salita. Se sabato piove (il meteo dà temporali su tutto il {{W:Trentino}}) spostiamo senza costi 👍",
            ),
        ],
    },
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "hannah.w.travels",
        "lang": "en",
        "start": "2025-05-27T07:55:00",
        "messages": [
            (
                "c",
                "hiii we're staying in [[L:Arco]] for a week, could u deliver 2 e-bikes to our apartment? [[A:Via dei Capitelli 6]], [[A:38062]] [[L:Arco]] 🙏",
            ),
            (
                "a",
                "Hi! Yes, we deliver in {{W:Arco}}, {{W:Nago}} and {{W:Torbole}} for {{$:10 €}}. Which dates and names for the booking?",
            ),
            (
                "c",
                "amazing. names are [[P:Hannah Whitfield]] and my partner [[P:Oluwaseun Adeyemi]] (thats [[P:O-L-U-W-A-S-E-U-N]] lol everyone gets it wrong)",
            ),
            (
                "c",
                "we're from [[L:Leeds]] btw, my [[L:uk]] number is [[T:+44 7700 914382]]\n{{D:3 june}} to {{D:10 june}} pls",
            ),
            (
                "a",
                "Thanks [[P:Hannah]]! Booking {{R:RB-2231}}: 2x {{PD:Haibike Trekking 5}} from {{D:3 June}} to {{D:10 June}}, {{$:210 €}} in total. Delivery around {{TM:10:00}}. [[P:Marco]] from the team",
            ),
            ("c", "perfect. oh and the buzzer is under [[P:Gruber]] not our name, its the owners"),
            ("a", "Noted 👍 we'll buzz [[P:Gruber]]."),
            (
                "c",
                "also can we leave them at the {{W:Lago di Tenno}} car park on the last day? we drive straight to [[L:Verona]] for the flight",
            ),
            ("a", "Sure, no problem, just lock them to the rack and send us a pic."),
        ],
    },
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Jürgen Pfeiffer",
        "lang": "it",
        "start": "2025-05-11T20:03:00",
        "messages": [
            (
                "c",
                "Buongiorno, io sono [[P:Jürgen]], noi siamo 4 persone da [[L:Stuttgart]], volere bici mountain per 2 giorni, possibile?",
            ),
            ("c", "Entschuldigung, mein Italienisch ist nicht so gut 😅", "de"),
            (
                "a",
                "Buonasera [[P:Jürgen]]! Kein Problem 😊 sì, abbiamo la {{PD:Cube Stereo 140}} a {{$:45 €}} al giorno. Per quali giorni?",
            ),
            (
                "c",
                "{{D:20}} e {{D:21 maggio}}. noi dormire in campeggio a [[L:Pietramurata]], voi portare bici li?",
            ),
            ("a", "Sì, consegna fuori zona {{$:25 €}}. Mi lasci una email per la conferma?"),
            (
                "c",
                "mia email [[E:j.pfeiffer(at)posteo-mail(punkt)de]]\nla mia moglie [[P:Ulrike]] e figli [[P:Lukas]] e [[P:Mia]] anche vengono, [[P:Mia]] ha 12 anni",
            ),
            (
                "a",
                "Perfetto, conferma inviata. Serve un documento per ogni bici. A presto! - [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "bike",
        "platform": "telegram",
        "customer": "lorenzo_bk",
        "lang": "it",
        "start": "2025-05-14T09:12:00",
        "messages": [
            (
                "c",
                "buongiorno ieri ho noleggiato una ebike ({{R:RB-2258}}) e mi avete addebitato 2 volte, la carta è [[C:4532 0151 1283 1232]]",
            ),
            (
                "a",
                "Buongiorno, mi scusi! Controllo subito. Mi conferma nome e cognome dell'intestatario?",
            ),
            ("c", "[[P:Lorenzo Bassi-Kovačević]]"),
            ("c", "abito a [[L:Rovereto]] se serve x la fattura, [[A:via Dante 14/b]] [[A:38068]]"),
            (
                "a",
                "Trovato: il secondo addebito di {{$:38,00 €}} è stato stornato oggi {{D:14/05}}, ci vogliono 3-5 giorni lavorativi. [[P:Giulia]]",
            ),
            (
                "c",
                "e l'altra carta [[C:4012 8888 1881 1230]] di mia moglie [[P:Dragana]] nn è stata toccata vero?",
            ),
            ("a", "No, su quella risulta solo la cauzione sbloccata."),
            ("c", "ok grz. cmq la bici era top il giro fino a {{W:Malcesine}} spettacolo"),
            ("a", "😊 grazie [[P:Lorenzo]], alla prossima!"),
        ],
    },
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Priya R.",
        "lang": "en",
        "start": "2025-06-19T16:20:00",
        "messages": [
            (
                "c",
                "Hello, I rented bikes yesterday with my friends and i think i left my sunglasses in the basket of bike nr {{R:47}}",
            ),
            ("a", "Hi! Yes, we found a pair of {{B:Ray-Ban}} in a basket this morning 🕶️"),
            (
                "c",
                "yes!! those r mine. im [[P:Priya Raghunathan]], we're staying at my cousin's place in [[L:Varone]], can u send them there?",
            ),
            (
                "c",
                "we're from [[L:Chennai]] but [[P:Arjun]] moved here in 2019\nmy cousin is [[P:Arjun Nair]], [[A:via Venezia 31]], [[A:38066]] [[L:Riva del Garda]]",
            ),
            ("a", "We can drop them off tomorrow, no charge 🙂 Will someone be home?"),
            (
                "c",
                "[[P:arjun]]'s wife [[P:Deepa]] is home all day, her no is [[T:+39 328 440 1976]]\nthe intercom says [[P:Nair-Sandri]]",
            ),
            ("a", "Perfect, tomorrow around {{TM:11}}. [[P:Sara]]"),
        ],
    },
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "giuliab_92",
        "lang": "it",
        "start": "2025-07-02T22:10:00",
        "messages": [
            (
                "c",
                "ciao ho visto il vostro reel 😍 fate anche tour guidati? siamo 2 amiche di [[L:Brescia]]",
            ),
            (
                "a",
                "Ciao! Sì, il sabato c'è il {{PD:Tour del Lago di Ledro}}, {{$:55 €}} a testa 🚴‍♀️",
            ),
            (
                "c",
                "ok io sono [[P:giulia]] ([[H:@giuliab_92]]) e la mia amica è [[H:@martina.rossetti]] su insta, ci taggate nelle storie?",
            ),
            ("c", "ah lei si chiama [[P:Marti]] e nn ha la patente x l'ebike è un problema?"),
            (
                "a",
                "Nessun problema, non serve la patente 😄 vi scrivo la conferma qui. [[P:Giulia]] (sì, ci chiamiamo uguale 😂)",
            ),
        ],
    },
    # ---------------------------------------------------------------- architect
    {
        "business": "arch",
        "platform": "messenger",
        "customer": "Marta Rinaldi",
        "lang": "it",
        "start": "2025-02-24T19:30:00",
        "messages": [
            (
                "c",
                "buonasera ho comprato un appartamento anni 60 da ristrutturare, vorrei un sopralluogo",
            ),
            ("a", "Buonasera! Certo. Mi dice dove si trova e la metratura circa?"),
            ("c", "è a [[L:Casalecchio di Reno]], [[A:via Porrettana 212]]"),
            ("c", "[[A:scala C int 9, 3° piano]] senza ascensore 😩 circa 85 mq"),
            (
                "a",
                "Perfetto. Il sopralluogo costa {{$:150 €}}, scalati dal preventivo. Giovedì {{D:6 marzo}} alle {{TM:17:30}} va bene? Arch. [[P:Elena Lodi]]",
            ),
            (
                "c",
                "va bene. al citofono c'è scritto [[P:Rinaldi-Esposito]], sono [[P:Marta]]\nil mio numero [[T:051/6143 872]]",
            ),
            ("a", "Segnato, a giovedì [[P:Marta]]!"),
            (
                "c",
                "grazie mille. ah l'ex proprietario il sig. [[P:Tonelli]] ha lasciato i progetti vecchi del 1964 li porto",
            ),
        ],
    },
    {
        "business": "arch",
        "platform": "whatsapp",
        "customer": "Samir K.",
        "lang": "en",
        "start": "2025-03-15T11:05:00",
        "messages": [
            (
                "c",
                "Hi, we are a couple from [[L:Rotterdam]] buying an old farmhouse near [[L:Monghidoro]], wanted a quote for the renovation + permits",
            ),
            (
                "a",
                "Hello! Happy to help. Could you send the exact location and the cadastral data if you have them?",
            ),
            (
                "c",
                "[[A:Località Ca' di Bazzone 4]], [[A:40063]] [[L:Monghidoro]]. the cadastral stuff our notary dott. [[P:Zanardi]] has it",
            ),
            (
                "c",
                "for now we live at [[A:Witte de Withstraat 41-B]], [[A:3012 BN]] [[L:Rotterdam]], we move in spring\noh and the estate agent says the hamlet is called [[L:Valgattara]] on the maps, maybe both work",
            ),
            (
                "a",
                "Got it. For the building permit we also need the owner's codice fiscale, do you have one yet?",
            ),
            (
                "c",
                "yes mine is [[CF:KHLSMR92C15Z330O]], im [[P:Samir Kahlaoui]], born in [[L:Casablanca]] thats why the weird code",
            ),
            (
                "a",
                "Thanks [[P:Samir]]. We'll prepare the quote by {{D:Friday}}. – [[P:Luca]], {{B:Studio Lodi Ferretti}}",
            ),
            (
                "c",
                "great. email [[E:samir dot kahlaoui at kahlnet dot nl]]\nand my wife [[P:Ilse]] is [[E:ilse.vermeulen@example.com]] pls cc her",
            ),
        ],
    },
    {
        "business": "arch",
        "platform": "telegram",
        "customer": "Davide Orsini",
        "lang": "it",
        "start": "2025-04-02T08:47:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Davide Orsini]], x il progetto della mansarda mi serve la fattura intestata a me, ho partita iva [[V:04519820379]]",
            ),
            ("a", "Buongiorno [[P:Davide]], certo. Ci manda anche l'indirizzo di fatturazione?"),
            ("c", "[[A:viale Aldo Moro 58]], [[A:40127]] [[L:Bologna]]"),
            (
                "a",
                "Grazie. Fattura {{R:FT 2025/118}} di {{$:1.830,00 €}}, le coordinate per il bonifico sono sul nostro sito.",
            ),
            (
                "c",
                "fatto il bonifico dal mio conto [[I:IT17 K030 6921 8030 0000 4471 285]] ieri, arrivato?",
            ),
            ("a", "Sì, ricevuto stamattina, grazie! [[P:Elena]]"),
        ],
    },
    {
        "business": "arch",
        "platform": "instagram",
        "customer": "ross_ella.home",
        "lang": "it",
        "start": "2025-04-20T21:14:00",
        "messages": [
            (
                "c",
                "ciao!! adoro i vostri lavori, ho visto quello vicino a {{W:Porta Saragozza}} 😍",
            ),
            (
                "c",
                "dovrei rifare il bagno di mia mamma, lei abita a [[L:Sasso Marconi]] frazione [[L:Fontana]]",
            ),
            ("a", "Ciao! Grazie 🙏 Certo, ci manda qualche foto?"),
            (
                "c",
                "ti giro il profilo dove ho messo le foto [[U:instagram.com/casa_di_ross]]\nsono [[P:Rossella]] cmq, mia mamma si chiama [[P:Speranza]]",
            ),
            (
                "c",
                "vorrei colori tipo {{W:verde salvia}} e piastrelle {{PD:Marazzi Grande Marble Look}}",
            ),
            ("a", "Bellissimo. Passiamo {{D:mercoledì}}? L'indirizzo esatto?"),
            (
                "c",
                "[[A:via del Mulino 3]], campanello [[P:Guidi]]. la {{W:speranza}} è che costi poco lol",
            ),
            ("a", "😂 faremo il possibile! [[P:Luca]]"),
        ],
    },
    {
        "business": "arch",
        "platform": "whatsapp",
        "customer": "Meredith Olsen",
        "lang": "en",
        "start": "2025-06-03T14:38:00",
        "messages": [
            (
                "c",
                "Hey, this is [[P:Meredith Olsen]], we spoke on the phone. I'm in [[L:Boston]] until August, then moving to [[L:Bologna]] for good",
            ),
            (
                "c",
                "can u send the contract to my US address? [[A:1148 Beacon St, Apt 3R]], [[L:Brookline]], [[L:MA]] [[A:02446]]",
            ),
            (
                "a",
                "Of course [[P:Meredith]]. We'll courier it tomorrow. The project is for the flat in [[A:via Santo Stefano 40]], right?",
            ),
            ("c", "yes, [[A:2nd floor]]. the current tenant mr [[P:Bellucci]] leaves end of july"),
            ("c", "my phone here is [[T:(617) 555-0143]]"),
            ("a", "Perfect, noted. [[P:Luca]]"),
            ("c", "thx [[P:luca]]!"),
        ],
    },
    # ---------------------------------------------------------------- exotic vet
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Alessio",
        "lang": "it",
        "start": "2025-01-17T10:02:00",
        "messages": [
            ("c", "salve il mio pogona nn mangia da 3 gg, è tutto fermo, che faccio?? 😢"),
            ("a", "Buongiorno, ci dica età e temperatura del terrario"),
            (
                "c",
                "ha 4 anni si chiama {{W:Pippo}}. il terrario è a 28 sotto la lampada {{PD:Exo Terra Solar Glo}}",
            ),
            (
                "a",
                "Meglio vederlo. Oggi alle {{TM:16:15}} con la dott.ssa [[P:Stoka]]? Nome e cellulare?",
            ),
            ("c", "[[P:Alessio Ferrigno]] [[T:339 72 04 518]]"),
            ("c", "vengo da [[L:Chieri]] ci metto 40 min"),
            (
                "c",
                "ah la mia ragazza [[P:Sveva]] dice che l'abbiamo preso a [[L:Asti]] da un allevatore, un certo [[P:Gualtieri]], magari serve",
            ),
            (
                "a",
                "Perfetto [[P:Alessio]], a dopo. Siamo in {{W:corso Francia 112}}, parcheggio nel cortile.",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Lin Zhang",
        "lang": "en",
        "start": "2025-02-05T17:26:00",
        "messages": [
            (
                "c",
                "hello, my parrot (african grey) is pulling feathers. i am student at {{W:Politecnico}}, not speak italian good",
            ),
            (
                "a",
                "Hello! Feather plucking can have many causes, we should see him. What's your name?",
            ),
            ("c", "[[P:Zhang Wei-Lin]], but everybody call me [[P:Lin]]"),
            (
                "c",
                "i live [[A:via Madama Cristina 77]], in [[L:San Salvario]]. can doctor come home? parrot very stress in car",
            ),
            (
                "a",
                "Home visits in {{W:Torino}} are {{$:70 €}}. Dr. [[P:Stoka]] can come on Thursday at {{TM:18:00}}.",
            ),
            (
                "c",
                "ok. the bell say [[P:Hu]] (my roommate), [[A:4 floor]]\nmy number [[T:+86 138 0013 8765]] or italian one [[T:351 904 2267]]",
            ),
            ("a", "Saved both. See you Thursday! – [[P:Irene]]"),
        ],
    },
    {
        "business": "vet",
        "platform": "telegram",
        "customer": "Lena S.",
        "lang": "it",
        "start": "2025-03-09T20:51:00",
        "messages": [
            ("c", "buonasera vorrei la fattura della visita del furetto di ieri intestata a me"),
            ("a", "Certo, ci servono codice fiscale e indirizzo di residenza"),
            (
                "c",
                "[[P:Lena Stakić]] [[CF:STKLNE78M41L424Q]], abito a [[L:Moncalieri]] [[A:strada Revigliasco 150]]",
            ),
            (
                "c",
                "ah no aspetta ci siamo trasferiti, ora è [[A:via Cavour 9]] sempre [[L:Moncalieri]] [[A:10024]]",
            ),
            ("a", "Aggiornato 👍 La fattura {{R:FV-0931}} di {{$:95 €}}: a che mail la mandiamo?"),
            ("c", "[[E:lena.stakic@mailbox.example.it]]"),
            (
                "c",
                "ah se serve x il cf sono nata a [[L:Trieste]] ma cresciuta a [[L:Belgrado]], è giusto così",
            ),
            ("a", "Inviata! Un saluto a {{W:Nocciola}} 🦦 [[P:Irene]]"),
        ],
    },
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "rhi.and.noodle",
        "lang": "en",
        "start": "2025-04-28T12:12:00",
        "messages": [
            (
                "c",
                "hi! moving from [[L:Bristol]] to [[L:Turin]] next month with my corn snake, do u need his records?",
            ),
            ("a", "Hi! Yes please, any previous vet history helps. What's your name?"),
            (
                "c",
                "[[P:Rhiannon Price-Okafor]]. his old vet is Dr [[P:Patel]] at {{B:Clifton Exotics}}",
            ),
            (
                "c",
                "our new flat is [[A:corso Vittorio Emanuele II 84]]\nugh sorry and my tiktok where i post him lol [[U:tiktok.com/@rhi.and.noodle]]",
            ),
            (
                "a",
                "Haha love {{W:Noodle}} 🐍 Send the records to our email and we'll open his file. [[P:Irene]]",
            ),
            (
                "c",
                "will do! my mum [[P:Gwen]] might bring him in if im at work, shes coming over from [[L:Cardiff]] for a month",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Noemi 🌻",
        "lang": "it",
        "start": "2025-05-31T18:58:00",
        "messages": [
            ("c", "aiuto la tartaruga del mio vicino è caduta dal balcone, il guscio è crepato!!"),
            ("c", "il vicino è il sig. [[P:Boschetti]], è in ospedale e la tengo io"),
            ("a", "Portatela subito, siamo aperti fino alle {{TM:20}}. Da dove venite?"),
            ("c", "da [[L:Volpiano]] 20 min. sono [[P:Noemi]]"),
            ("c", "(la tartaruga si chiama {{W:Felice}} lol, nn so se è felice adesso)"),
            ("a", "Ok [[P:Noemi]], vi aspettiamo. Tenetela al caldo in una scatola."),
        ],
    },
    # ---------------------------------------------------------------- courier IT-UK
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Amara O-B",
        "lang": "en",
        "start": "2025-02-11T08:15:00",
        "messages": [
            (
                "c",
                "Hi I need to send my birth certificate (apostilled) from [[L:London]] to a notary in [[L:Milan]], how long does it take?",
            ),
            (
                "a",
                "Hi! {{PD:Express Docs}} is 48h, {{$:£38}}. Pickup anywhere in {{W:Greater London}}.",
            ),
            ("c", "great, pickup from [[A:Flat 4, 27 Cranbrook Road]], [[L:Ilford]] [[A:IG1 4PU]]"),
            (
                "c",
                "it goes to Notaio [[P:Fumagalli]], [[A:via Brera 18]], [[A:20121]] [[L:Milano]]",
            ),
            (
                "a",
                "Booked, tracking {{TR:PP-LDN-448812903}}. Our courier [[P:Kwame]] will collect tomorrow between {{TM:9}} and {{TM:13}}. Name and phone for the pickup?",
            ),
            (
                "c",
                "[[P:Amara Osei-Bonsu]]\n[[T:07700 900281]]\npls ring twice the buzzer is broken",
            ),
            (
                "c",
                "also my sister [[P:Efua]] in [[L:Croydon]] might send hers next week, same price from [[A:CR0 2AB]]?",
            ),
            ("a", "Yes, same price anywhere in {{W:Greater London}} 👍 [[P:Oliver]]"),
        ],
    },
    {
        "business": "courier",
        "platform": "messenger",
        "customer": "Graziella Colombo",
        "lang": "it",
        "start": "2025-03-03T15:44:00",
        "messages": [
            (
                "c",
                "buongiorno devo mandare dei documenti a mia figlia [[P:Valentina]] a [[L:Manchester]], il passaporto rinnovato",
            ),
            ("a", "Buongiorno! Certo, da dove ritiriamo?"),
            ("c", "da casa mia [[A:via Gorizia 5]], [[L:Legnano]]. citofono [[P:Colombo Bertani]]"),
            (
                "c",
                "l'indirizzo di lei è [[A:Apartment 12, 40 Chorlton Street]], [[L:Manchester]] [[A:M1 3HW]]",
            ),
            ("a", "Perfetto. {{$:42 €}} con assicurazione. Numero di telefono della destinataria?"),
            (
                "c",
                "[[T:+44 (0)161 496 0732]]\nah paga lei, mia figlia dice che fa il bonifico dal suo conto in [[L:UK]] [[I:GB90 MIDL 4005 1572 3188 46]]",
            ),
            (
                "a",
                "Va benissimo. Spedizione {{TR:3457720916}}, ritiro domani {{TM:10-12}}. [[P:Roberta]]",
            ),
        ],
    },
    {
        "business": "courier",
        "platform": "telegram",
        "customer": "Tom W.",
        "lang": "en",
        "start": "2025-03-21T09:30:00",
        "messages": [
            (
                "c",
                "Morning, I'm a sole trader doing certified translations, invoices to me pls. VAT no [[V:GB284731104]]",
            ),
            ("c", "name [[P:Tomasz Wiśniewski]], trading as {{B:Clearword Translations}}"),
            ("a", "Thanks [[P:Tomasz]], noted. Address for the invoice?"),
            (
                "c",
                "[[A:88 Lavender Hill]], [[L:London]] [[A:SW11 5RL]]\nwe'll send about 10 packs a month to the consulate in [[L:Rome]]",
            ),
            (
                "a",
                "Great, the monthly plan {{PD:DocBridge Pro}} is {{$:£290}}/month. I'll send the contract today. [[P:Oliver]]",
            ),
            (
                "c",
                "cheers [[P:oliver]]. my telegram is [[H:@tomwis_translates]] if u need me quick",
            ),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Cate L.",
        "lang": "it",
        "start": "2025-04-14T13:07:00",
        "messages": [
            ("c", "ciao il mio plico nn è mai arrivato!!! tracking {{TR:IT29PP00418837720015}}"),
            (
                "a",
                "Ciao, mi spiace! Controllo subito... risulta fermo a {{W:Heathrow}} per un controllo doganale",
            ),
            (
                "c",
                "ma sono solo documenti x l'università!! la destinataria è mia sorella [[P:Bea]] a [[L:Edinburgh]]",
            ),
            ("c", "[[P:Beatrice Lanfranchi]]\n[[A:17/3 Marchmont Crescent]]\n[[A:EH9 1HN]]"),
            ("a", "Ho sollecitato, dovrebbe ripartire domani. Ti aggiorno io. [[P:Roberta]]"),
            (
                "c",
                "ok grazie [[P:roberta]] scusa x il tono ma è x la borsa di studio 😭\nil mio numero se serve [[T:0039 345 118 2290]]",
            ),
            ("a", "Nessun problema! 🙏"),
        ],
    },
    {
        "business": "courier",
        "platform": "instagram",
        "customer": "inma.rf",
        "lang": "en",
        "start": "2025-05-06T19:49:00",
        "messages": [
            (
                "c",
                "hola! sorry my english. i need send papers of my job from [[L:Bergamo]] to [[L:Londres]]",
            ),
            (
                "c",
                "mi nombre es [[P:Inmaculada Ruiz de la Fuente]], pero todos me llaman [[P:Inma]]",
                "es",
            ),
            ("a", "Hi [[P:Inma]]! No problem. What's the pickup address in [[L:Bergamo]]?"),
            (
                "c",
                "[[A:via Pignolo 45]], 2 piano. is my boyfriend house, name on door [[P:Cattaneo]]",
            ),
            (
                "c",
                "destination is office of my new boss mr [[P:Hargreaves]], [[A:3 Bishop's Court]], [[A:EC4A 1AA]]",
            ),
            ("a", "Done: {{TR:PP-BGY-551203877}}, {{$:39 €}}. Where do I send the payment link?"),
            ("c", "[[E:inma.ruizf[at]correo[dot]es]] gracias!! 🙏"),
            (
                "c",
                "ah and from october i live in london too, [[A:Flat 2, 9 Tollington Park]], [[L:Finsbury Park]] [[A:N4 3QW]], so maybe i send things back to [[L:Italia]] with you 😄",
            ),
        ],
    },
    # ---------------------------------------------------------------- bakery for hotels
    {
        "business": "bakery",
        "platform": "whatsapp",
        "customer": "Gianni Hotel Miramare",
        "lang": "it",
        "start": "2025-06-12T17:33:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Gianni]] dell'{{B:Hotel Miramare Bellaria}}, x domani ci servono 200 cornetti in più, abbiamo un gruppo tedesco",
            ),
            (
                "a",
                "Buongiorno [[P:Gianni]]! 200 {{PD:cornetti}} vuoti o farciti? Consegna solita alle {{TM:6:30}}?",
            ),
            ("c", "farciti, 100 {{PD:crema}} e 100 {{PD:albicocca}}. si alle 6 e mezza"),
            ("c", "ah nn lasciateli al bancone, dateli a [[P:Mirela]] in cucina che li mette via"),
            (
                "a",
                "Ok! Ordine {{O:48213}}, totale {{$:136 €}}. [[P:Alessandro]] - {{B:Forno Santa Lucia}}",
            ),
            (
                "c",
                "grazie [[P:ale]]\nps la fattura da questo mese a nome della nuova società, P.IVA [[V:02314560414]]",
            ),
        ],
    },
    {
        "business": "bakery",
        "platform": "messenger",
        "customer": "Ingrid Sæther",
        "lang": "en",
        "start": "2025-05-22T08:40:00",
        "messages": [
            (
                "c",
                "Hi, I run a small b&b from my home in the hills, 4 rooms. do you deliver up there?",
            ),
            (
                "a",
                "Hi! We deliver all along the {{W:Riviera}} and inland up to {{W:Verucchio}}. Where are you exactly?",
            ),
            (
                "c",
                "[[A:Via Casale 12]], frazione [[L:Montebello]], [[L:Poggio Torriana]] [[A:47824]]\nits the yellow house after the church",
            ),
            (
                "c",
                "my name is [[P:Ingrid Sæther]], I'm from [[L:Norway]] lol so sorry for the english",
            ),
            (
                "a",
                "Your English is perfect [[P:Ingrid]] 😊 We can come Tue/Thu/Sat. {{PD:Piadina romagnola}} and {{PD:ciambella}} for breakfast?",
            ),
            (
                "c",
                "yes!! and some {{PD:pane di Altamura}} if u have. my husband [[P:Bjørn]] will pay, his mail is [[E:bjorn.saether@fjordpost.example]]",
            ),
            ("a", "Thanks! First delivery {{D:Saturday 7 June}}. [[P:Alessandro]]"),
        ],
    },
    {
        "business": "bakery",
        "platform": "telegram",
        "customer": "Chef Rocco",
        "lang": "it",
        "start": "2025-03-28T22:05:00",
        "messages": [
            (
                "c",
                "salve, chef [[P:Rocco Di Stefano]] dell'{{B:Hotel Le Palme}}, vorrei un campione dei vostri {{PD:panini al latte}} x il buffet",
            ),
            ("a", "Buonasera chef! Volentieri, dove lo portiamo?"),
            (
                "c",
                "il lunedì sono a casa, potete lasciarlo a casa mia? [[A:via Tripoli 120]] [[L:Rimini]], citofono [[P:Di Stefano]]",
            ),
            ("c", "cell [[T:333\n409 1182]]"),
            ("a", "Segnato! Lunedì tra le {{TM:8}} e le {{TM:9}}. [[P:Sofia]]"),
            ("c", "x il contratto pago con la carta? [[C:5523-4567-8901-1237]]"),
            (
                "a",
                "Meglio non mandare i dati della carta in chat 🙏 le mandiamo un link di pagamento, riferimento {{R:PAY-7731}}",
            ),
        ],
    },
    {
        "business": "bakery",
        "platform": "whatsapp",
        "customer": "Camille L.",
        "lang": "en",
        "start": "2025-06-24T10:18:00",
        "messages": [
            (
                "c",
                "Bonjour ! je suis [[P:Camille Lefèvre]], la nouvelle responsable F&B de l'{{B:Hôtel Belvedere Riccione}}",
                "fr",
            ),
            (
                "c",
                "sorry I switch to english. we need {{PD:gluten-free croissants}} every day from {{D:1 July}}",
            ),
            (
                "a",
                "Welcome [[P:Camille]]! We make GF croissants at {{$:1,90 €}} each. How many per day?",
            ),
            ("c", "60 per day. deliver to staff entrance, ask for [[P:Youssef]] the night porter"),
            ("c", "my mobile is still my [[L:french]] one [[T:+33 6 12 45 78 90]]"),
            ("a", "Noted, first delivery {{D:1 July}} at {{TM:6:00}}. [[P:Alessandro]]"),
            ("c", "merci!!", "fr"),
        ],
    },
    {
        "business": "bakery",
        "platform": "instagram",
        "customer": "aurora.e.matteo.sposi",
        "lang": "it",
        "start": "2025-07-09T23:01:00",
        "messages": [
            (
                "c",
                "ciao! mi sposo a [[L:San Marino]] il {{D:14 settembre}} e l'hotel dice che il pane lo fate voi 😍",
            ),
            (
                "c",
                "sono [[P:Aurora]], volevo chiedere se potete fare le {{PD:mini piadine}} x l'aperitivo, ci seguite? [[H:@aurora.e.matteo.sposi]]",
            ),
            ("a", "Congratulazioni!! 💐 Sì, ne parliamo con l'hotel. Quanti invitati?"),
            (
                "c",
                "120. il mio fidanzato [[P:Matteo]] vuole anche i {{PD:cassoni alle erbe}}\nah la mia testimone [[P:Ludo]] vi scrive x una sorpresa nn ditemi nulla 🤫",
            ),
            ("a", "Muti come pesci 🤐 [[P:Sofia]]"),
        ],
    },
    # ---------------------------------------------------------------- antiques restorer
    {
        "business": "antiques",
        "platform": "whatsapp",
        "customer": "Piero",
        "lang": "it",
        "start": "2025-02-18T11:23:00",
        "messages": [
            (
                "c",
                "buongiorno ho un cassettone dell'800 della mia nonna [[P:Clelia]], ha i tarli. fate ritiro?",
            ),
            (
                "a",
                "Buongiorno! Sì, ritiriamo in tutta la {{W:Toscana}} col furgone. Dove si trova?",
            ),
            ("c", "a [[L:Impruneta]], frazione [[L:Tavarnuzze]], [[A:via di Montebuoni 31]]"),
            ("c", "è al primo piano e la scala è stretta"),
            ("a", "Nessun problema. Il preventivo lo facciamo dopo averlo visto. Nome?"),
            ("c", "[[P:Piero Castellucci]], [[T:055.201.4478]]"),
            (
                "a",
                "Grazie [[P:Piero]], passiamo {{D:martedì}}. [[P:Ottavio]] - {{B:Bottega Anticaglia}}",
            ),
            ("c", "ottimo. il mobile è stile {{W:Luigi Filippo}} mi sa"),
        ],
    },
    {
        "business": "antiques",
        "platform": "messenger",
        "customer": "Laurent B.N.",
        "lang": "en",
        "start": "2025-03-12T16:09:00",
        "messages": [
            (
                "c",
                "Hello, I bought the walnut mirror on your website but payment failed 3 times, it says my IP [[IP:203.0.113.47]] is blocked?",
            ),
            (
                "a",
                "Hi! Sorry about that, our fraud filter flags some foreign connections. Where are you connecting from?",
            ),
            (
                "c",
                "I'm in [[L:Lyon]] for work but I live in [[L:Montreal]]\nmy wife [[P:Thu Trang]] tried from home too and got blocked, her IP was [[IP:2001:db8:4f2a:17::9c]]",
            ),
            (
                "c",
                "can you ship it to [[A:4521 rue Saint-Denis]], [[L:Montréal]] [[L:QC]] [[A:H2J 2L3]]",
            ),
            (
                "a",
                "Yes, shipping to [[L:Canada]] is {{$:180 €}}, crated. I've whitelisted you, please try again.",
            ),
            ("c", "it worked 👍 order {{O:AN-10392}}. I'm [[P:Laurent Bouchard-Nguyen]] btw"),
            ("a", "Thanks [[P:Laurent]]! – [[P:Ottavio]]"),
        ],
    },
    {
        "business": "antiques",
        "platform": "telegram",
        "customer": "Karim",
        "lang": "it",
        "start": "2025-04-07T09:56:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Karim Benali]], ho una cornice dorata del {{W:Seicento}} da restaurare",
            ),
            ("a", "Buongiorno! Ci mandi qualche foto. La doratura a foglia parte da {{$:250 €}}."),
            ("c", "ok. dove siete esattamente?"),
            (
                "a",
                "In {{W:via Maggio 11r}}, in {{W:Oltrarno}}, a due passi da {{W:Palazzo Pitti}}.",
            ),
            (
                "c",
                "perfetto abito a [[L:Scandicci]] passo sabato\nx l'acconto faccio il bonifico dal conto di mia moglie [[P:Leila]] [[I:IT74 R020 0811 7700 0010 5892 634]]",
            ),
            ("a", "Ricevuto, grazie. [[P:Ottavio]]"),
            (
                "c",
                "ciao [[P:ottavio]], x la fattura metti il cf di [[P:leila]] [[CF:BNLLLE88E61Z352Q]]",
            ),
        ],
    },
    {
        "business": "antiques",
        "platform": "instagram",
        "customer": "velvetandoak",
        "lang": "en",
        "start": "2025-05-19T20:37:00",
        "messages": [
            (
                "c",
                "hi! i'm a furniture flipper, saw your gilding work 😍 could we collab? my stuff: [[U:linktr.ee/velvetandoak.nina]]",
            ),
            (
                "c",
                "i'm [[P:Nina Okonkwo-Harris]], based in [[L:Lucca]] now, originally from [[L:Lagos]]",
            ),
            ("a", "Hi [[P:Nina]]! Thanks, happy to chat. What kind of pieces?"),
            (
                "c",
                "mostly {{W:Art Deco}} dressers. my partner [[P:Dario]] has a van, we could bring pieces to you",
            ),
            ("c", "email [[E:nina(at)velvetandoak.example]]"),
            ("a", "Perfect, write us there with photos. [[P:Ottavio]]"),
        ],
    },
    {
        "business": "antiques",
        "platform": "whatsapp",
        "customer": "Elisa M.",
        "lang": "it",
        "start": "2025-06-26T07:48:00",
        "messages": [
            (
                "c",
                "buongiorno, mio zio [[P:Aldo]] è mancato e nella sua casa a [[L:Greve in Chianti]] ci sono mobili antichi, potete fare una valutazione?",
            ),
            (
                "c",
                "la casa è in [[A:località Lamole 7]], strada bianca, girate dopo il cartello del {{PD:Chianti Classico}}",
            ),
            ("a", "Condoglianze. Possiamo venire {{D:giovedì}} alle {{TM:15}}. Chi ci apre?"),
            (
                "c",
                "la vicina sig.ra [[P:Rosa]] ha le chiavi, [[T:338 6619 072]]\nio sono [[P:Elisa]] ma vivo a [[L:Zurigo]], scendo solo nel weekend",
            ),
            ("a", "Va bene [[P:Elisa]]. [[P:Ottavio]]"),
            (
                "c",
                "il mio indirizzo [[L:svizzero]] x la fattura: [[A:Seefeldstrasse 118]], [[A:8008]] [[L:Zürich]]",
            ),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Giuli F.",
        "lang": "it",
        "start": "2025-08-28T12:31:00",
        "messages": [
            (
                "c",
                "ciao! mi trasferisco a [[L:Londra]] il mese prossimo e devo mandare il contratto firmato al mio landlord",
            ),
            (
                "c",
                "sono [[P:Giulia Ferrero]] (sì come i {{B:Ferrero Rocher}} 🙄) cf [[CF:FRRGLI90D52H501K]] se vi serve x la dogana",
            ),
            (
                "a",
                "Ciao [[P:Giulia]]! Il codice fiscale per i documenti non serve 🙂 Da dove ritiriamo e dove va?",
            ),
            (
                "c",
                "ritiro a casa dei miei, [[A:viale Vittorio Veneto 27]], [[A:00044]] [[L:Frascati]], citofono [[P:Ferrero-Conti]]\nva al landlord mr [[P:Desmond Achterberg]], [[A:Flat B, 112 Stockwell Road]], [[L:London]] [[A:SW9 9TN]]",
            ),
            ("c", "aspetta ho sbagliato il civico è [[A:121]] non 112 🤦‍♀️"),
            (
                "a",
                "Corretto! Spedizione {{TR:PP-ROM-330187552}}, {{$:45 €}}, ritiro {{D:lunedì 1}} tra le {{TM:14}} e le {{TM:18}}. [[P:Roberta]]",
            ),
            (
                "c",
                "mia mamma [[P:Loredana]] è a casa, il suo cell [[T:06 9422 1175]]\ne questo è il mio nuovo numero [[L:inglese]] [[T:+44 20 7946 0381]]",
            ),
            ("a", "Perfetto, buon trasloco! 🇬🇧"),
        ],
    },
    {
        "business": "arch",
        "platform": "messenger",
        "customer": "Mario Bonacci",
        "lang": "it",
        "start": "2025-09-04T18:12:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Mario Bonacci]], vivo a [[L:Monaco di Baviera]] da 10 anni ma ho ereditato la casa di mio nonno [[P:Gino]] in montagna",
            ),
            (
                "c",
                "è a [[L:Poggiolforato]], [[A:via Poggiolforato 19]], [[A:40042]] [[L:Lizzano in Belvedere]]",
            ),
            (
                "a",
                "Buongiorno! Zona bellissima, vicino al {{W:Corno alle Scale}}. Che lavori pensa?",
            ),
            (
                "c",
                "tetto, cappotto e riscaldamento. x il sopralluogo c'è mio cugino [[P:Walter]] che abita a [[L:Vidiciatico]], [[T:0534 53 2871]]",
            ),
            ("a", "Perfetto. Per la pratica ci servirà il suo codice fiscale e una mail."),
            (
                "c",
                "[[CF:BNCMRA85T10A944I]]\nla mail [[E:mario.bonacci chiocciola gmx-mail punto de]]\npago dal conto [[L:tedesco]] [[I:DE44 5001 0517 5407 3249 31]] va bene?",
            ),
            ("a", "Va benissimo. Ci sentiamo dopo il sopralluogo con [[P:Walter]]. [[P:Elena]]"),
            ("c", "danke! ah [[P:walter]] parla solo dialetto, auguri 😂"),
        ],
    },
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Yasmin H.",
        "lang": "en",
        "start": "2025-08-13T15:02:00",
        "messages": [
            (
                "c",
                "hi! my name is [[P:Yasmin Haddad]], we are coming from [[L:Amman]] to visit my brother [[P:Tariq]] who lives in [[L:Trento]]",
            ),
            (
                "c",
                "he lives [[A:via Grazioli 88]], [[A:38122]] [[L:Trento]], can u deliver 5 bikes there? or too far",
            ),
            (
                "a",
                "Hi [[P:Yasmin]]! Sorry, we only deliver around the {{W:Alto Garda}}, {{W:Trento}} is too far. You can pick them up at our shop in {{W:Torbole}}.",
            ),
            (
                "c",
                "ok we come by car. my brother's wife [[P:Hind]] and the kids [[P:Omar]] and [[P:Salma]] too, [[P:omar]] is 7",
            ),
            ("c", "wait my brother says his friend [[P:Hope]] is coming too so 6 bikes"),
            (
                "a",
                "6 bikes on {{D:Sunday 24 August}}, {{$:96 €}}. Ask for [[P:Marco]] at the desk 🙂",
            ),
            (
                "c",
                "my email [[E:yasmin.haddad at desertmail dot example]]\nand [[P:tariq]]'s number [[T:+39 392 771 0458]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(111, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
