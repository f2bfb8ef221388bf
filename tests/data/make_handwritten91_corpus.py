# ruff: noqa: E501
"""Hand-written blind test corpus no. 91 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
handle, e-mail, phone number and address is invented. The checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted
here as literals. Markup (see handwritten_markup.py): [[CODE:value]] marks a personal value that
must be removed, {{CODE:value}} a look-alike that must survive.

The six invented businesses are a music festival's ticket desk, a board/video games shop with
tournaments, a karate school, a nail salon, a second-hand bike seller on Instagram and an online
tutoring service.

Regenerate with: .venv/bin/python make_handwritten91_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten91_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "fest": "Onde di Laguna Festival - Biglietteria",
    "games": "Dado Rosso Games & Tornei",
    "karate": "Kiai Dojo Karate ASD",
    "nails": "Unghie di Bea Nail Studio",
    "bikes": "seconda.ruota bici usate",
    "tutor": "PonteStudio Ripetizioni Online",
}
PAGE_IDS: dict[str, str] = {
    "fest": "691690104417283",
    "games": "691690228805164",
    "karate": "691690337129540",
    "nails": "691690450062718",
    "bikes": "691690561938402",
    "tutor": "691690672254039",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- festival
    {
        "business": "fest",
        "platform": "messenger",
        "customer": "Chiara Zanetti",
        "lang": "it",
        "start": "2025-05-12T10:04:00",
        "messages": [
            (
                "c",
                "ciao!! ho preso 2 abbonamenti x il {{PD:weekend pass}} ma nella mail c'è scritto [[P:chiara zanetti]] su tutti e due... il secondo è x la mia amica [[P:Ludovica Spanò]] si può cambiare??",
            ),
            (
                "a",
                "Ciao [[P:Chiara]]! certo, ci mandi il numero ordine e l'e-mail usata per l'acquisto? 😊",
            ),
            (
                "c",
                "ordine {{O:OLF-2025-338172}}\nla mail è [[E:chiaretta.zanetti92@libero.it]]\nlei si chiama [[P:Ludovica Spanò]] con l'accento sulla o finale mi raccomando",
            ),
            (
                "c",
                "cmq noi veniamo da [[L:Bassano del Grappa]] e arriviamo il {{D:venerdì 20 giugno}} verso le {{TM:18}}",
            ),
            (
                "a",
                "Fatto: il biglietto {{R:TK-88213-B}} ora è intestato a [[P:Ludovica Spanò]]. Il cambio nome è gratuito fino al {{D:15 giugno}}, dopo costa {{$:5 €}}.\nBuon festival! [[P:Irene]] - {{B:Onde di Laguna}}",
            ),
            ("c", "grazieee ❤️ [[P:ludo]] ti ringrazia anche lei"),
        ],
    },
    {
        "business": "fest",
        "platform": "instagram",
        "customer": "tom.w.hartley",
        "lang": "en",
        "start": "2025-05-18T21:40:00",
        "messages": [
            (
                "c",
                "hey there, me and my mate [[P:Raj]] bought {{PD:camping passes}} but the confirmation never came. booked under [[P:Thomas Hartley]], email [[E:tomhartley (at) example (dot) co.uk]]",
            ),
            (
                "a",
                "Hi [[P:Thomas]]! Sorry about that. Could you send your phone number too? We can look it up from there.",
            ),
            (
                "c",
                "sure its my [[L:UK]] number [[T:+44 7700 914 382]]\nor [[P:Raj]]'s one [[T:07700 \n958 221]] if mine doesnt work abroad lol",
            ),
            (
                "a",
                "Found it! Order {{O:OLF-2025-401955}}, 2x {{PD:Camping Pass Lido}} at {{$:€89}} each. We've resent it to the e-mail. Was [[P:Raj Malhotra]] the second holder?",
            ),
            (
                "c",
                "yep [[P:Raj Malhotra]], spelled [[P:M A L H O T R A]]. we're flying in from [[L:Leeds]] on the {{D:19th}}",
            ),
            (
                "a",
                "Perfect, all set. See you at the {{W:Chopin}} sunrise set on the beach 🌅 — [[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "fest",
        "platform": "whatsapp",
        "customer": "Mamma Patrizia",
        "lang": "it",
        "start": "2025-06-02T08:12:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Patrizia Lo Iacono]] mamma di [[P:Samuele]] che ha 15 anni, può entrare da solo al concerto di {{D:sabato}}? o serve delega?? grazie",
            ),
            (
                "a",
                "Buongiorno! Sotto i 16 anni serve un accompagnatore maggiorenne oppure la delega firmata, che trova sul sito. Sarà con qualcuno?",
            ),
            (
                "c",
                "va con suo cugino [[P:Mattia Lo Iacono Ferretti]] che ha 19 anni... [[P:mattia]] ha il biglietto suo, il mio numero x emergenze è [[T:347 218 0964]]\nabitiamo a [[L:Chioggia]] [[A:calle Ponte Caneva 1183]] se serve x la delega",
            ),
            ("c", "ah e [[P:samu]] è allergico alle arachidi, ci sono stand senza?"),
            (
                "a",
                "Sì, lo stand {{W:Rosa dei Venti}} ha cibo senza frutta a guscio. Per la delega ci basta nome del ragazzo, dell'accompagnatore e un suo recapito: li ho già segnati, pratica {{R:DEL-0641}}.\n[[P:Giulia]] - {{B:Onde di Laguna}}",
            ),
            ("c", "grazie mille [[P:Giulia]] siete gentilissimi 🙏"),
        ],
    },
    {
        "business": "fest",
        "platform": "telegram",
        "customer": "Nikola",
        "lang": "en",
        "start": "2025-06-10T14:55:00",
        "messages": [
            (
                "c",
                "hello i am [[P:Nikola Petrović]] from [[L:Novi Sad]] [[L:serbia]], i want refund for ticket, my band is not playing anymore?? the {{W:Santa Lucia}} stage is cancel?",
            ),
            (
                "a",
                "Hi [[P:Nikola]], the {{W:Santa Lucia}} stage was moved, not cancelled: same line-up on {{D:21 June}} at the {{W:San Nicolò}} beach. Do you still want a refund?",
            ),
            (
                "c",
                "ah ok no refund then 😅 but can you send ticket also to my girlfriend [[P:Jovana]] telegram [[H:@jovana_mrk]] , she lost the mail\nher mail [[E:jovana.markovic@example.rs]]",
            ),
            (
                "a",
                "Done, sent to [[E:jovana.markovic@example.rs]]. Booking {{R:OLF-TK-55201}}, 2 tickets at {{$:€42}}.",
            ),
            ("c", "thank you brother. also in serbian: hvala puno!!", "en"),
        ],
    },
    {
        "business": "fest",
        "platform": "messenger",
        "customer": "Franzi Bauer",
        "lang": "en",
        "start": "2025-06-14T19:30:00",
        "messages": [
            (
                "c",
                "Hallo! sorry my english is not so good. Ich habe drei Tickets gekauft aber die Rechnung braucht meine Firma. invoice to my company pls",
            ),
            ("a", "Hi! No problem. We need company name, address and VAT number for the invoice."),
            (
                "c",
                "{{B:Bauer Eventtechnik}}, owner is me [[P:Franziska Bauer]]\n[[A:Lindenstraße 14]], [[A:80331]] [[L:München]]\nVAT [[V:DE287519368]]\nand please write on it the names of [[P:Lukas Brandl]] and [[P:Hannah Özdemir]] my colleagues",
            ),
            (
                "a",
                "Thank you [[P:Franziska]]. Invoice {{R:FT-2025-0917}} for 3 tickets, total {{$:€126,00}}, will arrive at the order e-mail within 2 days. Danke! 🙂",
            ),
            ("c", "perfekt. danke [[P:Irene]]? or who is writing?", "en"),
            ("a", "It's [[P:Irene]], yes 😄 see you in {{D:June}}!"),
        ],
    },
    # ---------------------------------------------------------------- games shop
    {
        "business": "games",
        "platform": "instagram",
        "customer": "kevin.tcg",
        "lang": "it",
        "start": "2025-02-03T17:20:00",
        "messages": [
            (
                "c",
                "ciao x il torneo di {{PD:Magic}} di {{D:sabato}} mi iscrivo io e il mio amico, io sono [[P:Kevin Mancuso]] lui [[P:Diego]] detto [[P:Dieghino]] lol",
            ),
            (
                "a",
                "Ciao [[P:Kevin]]! Per il torneo {{PD:Magic: The Gathering}} formato {{W:Pioneer}} ci servono nome e cognome di tutti e due e un recapito.",
            ),
            (
                "c",
                "lui è [[P:Diego Fernández Ruiz]] è spagnolo. il mio cell [[T:329.774.1082]]\nsu discord siamo [[H:kevmanc#4471]] e [[H:dieghino_frz]]",
            ),
            (
                "c",
                "ah e lui nn parla benissimo italiano, meglio scrivergli in spagnolo se serve 😂 tipo: ¿puedes traer tu mazo el {{D:sábado}}?",
                "it",
            ),
            (
                "a",
                "Perfetto, iscritti! Quota {{$:10 €}} a testa, inizio {{TM:15:30}}. Vi aggiungiamo al server Discord del negozio. [[P:Ste]] da {{B:Dado Rosso}}",
            ),
            ("c", "grande [[P:ste]] 🤘"),
        ],
    },
    {
        "business": "games",
        "platform": "messenger",
        "customer": "Lorenzo Gatti",
        "lang": "it",
        "start": "2025-02-11T12:05:00",
        "messages": [
            (
                "c",
                "buongiorno ho ordinato {{PD:Catan}} + espansione {{PD:Marinai}} sul vostro sito ma il tracking {{TR:3920044187265}} è fermo da 5 giorni",
            ),
            ("a", "Buongiorno [[P:Lorenzo]], controllo subito. Mi conferma il numero ordine?"),
            (
                "c",
                "{{O:DR-20250207-0391}}\nconsegna a mio nome [[P:Lorenzo Gatti]] c/o [[P:Anna Russo]]\n[[A:via Giuseppe Verdi 41]] [[A:20025]] [[L:Legnano]]",
            ),
            ("c", "la signora [[P:russo]] è la mia vicina, lavoro tutto il giorno"),
            (
                "a",
                'Grazie. Il pacco è in giacenza al deposito di {{W:Milano Nord}}, il corriere ha segnato "destinatario sconosciuto": forse il citofono non riporta il suo nome?',
            ),
            (
                "c",
                "ah sì giusto citofono [[P:Russo Bertolini]]... mettete quello pls, il mio numero è [[T:0331 / 548 907]]",
            ),
            (
                "a",
                "Aggiornato, riconsegna prevista {{D:giovedì 13}}. Scusi il disagio! [[P:Stefano]]",
            ),
        ],
    },
    {
        "business": "games",
        "platform": "whatsapp",
        "customer": "Aisha",
        "lang": "en",
        "start": "2025-03-01T16:45:00",
        "messages": [
            (
                "c",
                "hi! is the {{PD:Tekken 8}} tournament open to non members? my brother [[P:Yusuf]] wants to join, hes 17",
            ),
            (
                "a",
                "Hi! Yes, open to everyone 14+. Minors need a parent's OK. What's his PSN or Steam ID for the bracket?",
            ),
            (
                "c",
                "psn is [[H:YusufKingOfIron]]\nsteam [[H:yus_k_07]]\nim his sister [[P:Aisha Khalil]], our dad [[P:Omar Khalil]] will sign the form",
            ),
            ("c", "he also streams, [[U:twitch.tv/yusufkingofiron]] if you want to share lol"),
            (
                "a",
                "Great, [[P:Yusuf]] is in slot {{R:TK8-B-12}}. Entry {{$:€8}}, check-in at {{TM:14:00}} on {{D:March 8}}. Bring the signed form please!",
            ),
            ("c", "thx!! he's so hyped 🔥"),
        ],
    },
    {
        "business": "games",
        "platform": "messenger",
        "customer": "Ginevra Palumbo",
        "lang": "it",
        "start": "2025-03-14T20:10:00",
        "messages": [
            (
                "c",
                "salve volevo fare un regalo a mio marito [[P:Felice]], gli piace tantissimo {{PD:Zelda}} e {{PD:Hollow Knight}}. avete buoni regalo?",
            ),
            (
                "a",
                "Buonasera! Sì, buoni da {{$:25}}, {{$:50}} o {{$:100 €}}. Vuole che scriviamo un nome sul buono?",
            ),
            (
                "c",
                'si scrivete "per [[P:Felice]], dalla tua [[P:Gine]]" 😍\nsono [[P:Ginevra Palumbo]], pago con bonifico?',
            ),
            (
                "a",
                "Certo: causale {{R:BUONO-7713}}. Le mando l'IBAN in privato per e-mail, ci lascia l'indirizzo?",
            ),
            (
                "c",
                "[[E:ginevra punto palumbo chiocciola gmail punto com]]\nil bonifico parte dal conto di mia mamma se va bene, [[P:Lucia Morelli]], iban [[I:IT37X0306909606100000063217]]",
            ),
            (
                "a",
                "Va benissimo, appena arriva le mandiamo il buono. Con {{W:felice}} giornata! 😄 [[P:Stefano]] - {{B:Dado Rosso}}",
            ),
        ],
    },
    {
        "business": "games",
        "platform": "telegram",
        "customer": "Zhang Wei",
        "lang": "en",
        "start": "2025-04-02T11:00:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Zhang Wei]], exchange student in [[L:Bologna]]... sorry, I mean I study at university there but I live in [[L:Casalecchio]]. can I pre-order the {{PD:Pokémon}} box {{PD:Prismatic Evolutions}}?",
            ),
            (
                "a",
                "Hi! Sure, pre-order price {{$:€54,90}}, arrival {{D:April 25}}. Name and a contact please?",
            ),
            (
                "c",
                "name on order: [[P:Zhang Wei]] ([[P:Zhang]] is family name). telegram is [[H:zhangwei_cards]]\nphone [[T:+86 138 0013 7742]] or [[L:italy]] one [[T:351 906 2218]]",
            ),
            ("a", "Pre-order {{O:DR-PO-04120}} saved. Pickup in store or shipping?"),
            (
                "c",
                "shipping to my friend [[P:Li Na]] please, she is in [[L:Padova]], [[A:via Belzoni 88]], [[A:35121]]",
            ),
            ("c", "她会收的 — she will receive it, sorry 😂", "en"),
        ],
    },
    {
        "business": "games",
        "platform": "instagram",
        "customer": "xX_Bobo_Xx",
        "lang": "it",
        "start": "2025-04-19T22:30:00",
        "messages": [
            (
                "c",
                "raga ma il torneo di {{PD:FIFA}} / {{PD:EA FC 25}} è su ps5 o xbox?? io gioco su xbox gamertag [[H:Bobo Furioso 88]]",
            ),
            (
                "a",
                "Ciao! Su {{PD:PS5}}, ma per il prossimo facciamo anche {{PD:Xbox}}. Come ti chiami per la lista?",
            ),
            (
                "c",
                "[[P:roberto ciani]] ma tutti mi chiamano [[P:bobo]]\nse nn va bene xbox iscrivete mio fratello [[P:Nico]] che ha la play, psn [[H:nico_ciani_10]]",
            ),
            ("a", "Ok, [[P:Nico]] iscritto, e ti avvisiamo per il torneo Xbox. Ci dai un numero?"),
            ("c", "[[T:3  4  0  7  7  1  2  3  5  6]] scusa ho scritto con gli spazi lol"),
        ],
    },
    # ---------------------------------------------------------------- karate
    {
        "business": "karate",
        "platform": "whatsapp",
        "customer": "Valentina Greco",
        "lang": "it",
        "start": "2025-09-03T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere i miei due figli al corso bambini. [[P:Tommaso]] 7 anni e [[P:Speranza]] 9 anni",
            ),
            (
                "a",
                "Buongiorno! Benvenuti. Per l'iscrizione servono i dati del genitore e il codice fiscale dei bambini per l'assicurazione {{W:FIJLKAM}}.",
            ),
            (
                "c",
                "sono [[P:Valentina Greco]], mio marito [[P:Andrea De Santis]]\nCF di [[P:tommaso]] [[CF:DSNTMS18B12L736E]]\nCF di [[P:speranza]] arriva dopo, l'ho lasciato a casa",
            ),
            (
                "c",
                "ecco: [[CF:DSNSRN16M52L736I]]\nabitiamo a [[L:Mestre]], [[A:via Piave 112 scala B int. 7]]",
            ),
            (
                "a",
                "Perfetto, grazie! Lezioni il {{D:martedì}} e {{D:giovedì}} alle {{TM:17:00}}, quota {{$:45 €}} al mese. Il maestro è [[P:Hiroshi Tanaka-Bellini]], vi aspetta in palestra in {{W:via Garibaldi}}.\nSensei [[P:Paola]]",
            ),
            (
                "c",
                "grazie [[P:Paola]], speriamo che non ci sia troppa {{W:speranza}} di vederli calmi 😂",
            ),
        ],
    },
    {
        "business": "karate",
        "platform": "messenger",
        "customer": "Kwame Mensah",
        "lang": "en",
        "start": "2025-09-08T18:15:00",
        "messages": [
            (
                "c",
                "Good evening, I am [[P:Kwame Mensah]], originally from [[L:Kumasi]] in [[L:Ghana]], I did shotokan for 10 years, brown belt. Can I train with the adults?",
            ),
            (
                "a",
                "Good evening [[P:Kwame]]! Of course, adult class is {{D:Mon}}/{{D:Wed}}/{{D:Fri}} at {{TM:20:30}}. Come for a free trial whenever you like.",
            ),
            (
                "c",
                "great. my wife [[P:Abena]] wants to try too, she is beginner.\nmy number [[T:+39 388 410 2276]], whatsapp same. email [[E:k.mensah.karate@example.com]]",
            ),
            (
                "a",
                "Wonderful, I'll put you both down for {{D:Wednesday 10}}. Bring your grading certificate, the {{W:Shotokan}} grades can be recognised.",
            ),
            ("c", "thank you. [[P:Abena Mensah-Owusu]] is her full name for the insurance"),
            ("a", "Noted! [[P:Paola]], {{B:Kiai Dojo}}"),
        ],
    },
    {
        "business": "karate",
        "platform": "instagram",
        "customer": "martina_kumite",
        "lang": "it",
        "start": "2025-10-01T13:40:00",
        "messages": [
            (
                "c",
                "ciaoo posso mettere nella bio il link del dojo? ho un profilo dove posto i video delle gare [[U:https://www.instagram.com/martina_kumite]] e su tiktok [[U:tiktok.com/@marti.kumite.06]]",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! Certo, anzi grazie 🥋 Taggaci pure. Ci mandi anche i video della gara di {{W:Lignano}}?",
            ),
            (
                "c",
                "siii li ha fatti mio papà [[P:Gianni]], li trovi sul suo canale [[U:youtube.com/@giannicoletti_video]]\nc'è anche [[P:Sofi]] la mia compagna di squadra, lei è [[H:@sofi.lunetta]]",
            ),
            (
                "a",
                "Bellissimi! Li ripostiamo nelle storie. Complimenti per la medaglia a [[P:Martina Coletti]] e [[P:Sofia Lunetta]] 🥇",
            ),
            ("c", "grazie sensei!! 😭❤️"),
        ],
    },
    {
        "business": "karate",
        "platform": "whatsapp",
        "customer": "Dott. Stoka",
        "lang": "it",
        "start": "2025-10-15T07:50:00",
        "messages": [
            (
                "c",
                "Buongiorno sono il dott. [[P:Stoka]], pediatra. Vi scrivo per il certificato medico di [[P:Ivan Kovačič]], il ragazzo è idoneo, lo consegna la madre [[P:Mojca]] domani",
            ),
            (
                "a",
                "Buongiorno dottore, grazie mille. Il certificato scade tra un anno dalla data di rilascio, giusto?",
            ),
            (
                "c",
                "sì, rilasciato {{D:14/10/2025}}. per qualsiasi cosa il mio studio è [[T:040 361 229]], oppure [[E:studio.stoka@example.it]]",
            ),
            ("a", "Perfetto. Buona giornata! [[P:Paola]]"),
        ],
    },
    {
        "business": "karate",
        "platform": "telegram",
        "customer": "Ahmed",
        "lang": "it",
        "start": "2025-11-04T20:05:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Ahmed Ben Salah]] io volere iscrivere figlio [[P:Youssef]] corso karate, lui ha 11 anno. quanto costa?",
            ),
            (
                "a",
                "Buonasera [[P:Ahmed]]! Per i ragazzi sono {{$:45 €}} al mese più {{$:30 €}} di iscrizione annuale con assicurazione. Le lezioni sono {{D:martedì}} e {{D:giovedì}} alle {{TM:18:15}}.",
            ),
            (
                "c",
                "ok bene. io pagare con carta?? mio numero carta [[C:4929 3847 1620 5537]]",
                "it",
            ),
            (
                "a",
                "La ringrazio ma per sicurezza non ci mandi i dati della carta in chat 🙏 Può pagare in palestra col POS. Ci serve solo il codice fiscale di [[P:Youssef]].",
            ),
            (
                "c",
                "ok scusa. codice fiscale [[CF:BNSYSF14C20Z352Q]]. noi abitare [[L:Marghera]] vicino {{W:piazza Mercato}}",
            ),
            ("a", "Grazie, ci vediamo {{D:giovedì}}! Sensei [[P:Paola]]"),
        ],
    },
    # ---------------------------------------------------------------- nails
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "sere.nails.addict",
        "lang": "it",
        "start": "2025-01-20T15:10:00",
        "messages": [
            (
                "c",
                "ciao [[P:bea]]!!! hai posto {{D:sabato}} mattina x {{PD:semipermanente}} + {{PD:french}}? sono [[P:serena]] quella della volta scorsa col colore {{W:rosa antico}}",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! 💅 {{D:Sabato}} alle {{TM:10:30}} c'è posto. Ti segno come [[P:Serena Bortolin]]?",
            ),
            (
                "c",
                "si esatto! e riesci anche a fare la mia amica [[P:Bianca]] dopo di me? lei vuole il {{PD:gel}} con {{PD:nail art Hello Kitty}}",
            ),
            ("a", "Sì, [[P:Bianca]] alle {{TM:11:45}}. Mi dai il suo numero x conferma?"),
            (
                "c",
                "[[T:+39 333 \n902 7714]] è [[P:Bianca Fabris]]\nah e la paghi tu in contanti lei dice lol",
            ),
            (
                "a",
                "Perfetto segnate tutte e due ❤️ Totale {{$:35 €}} + {{$:48 €}}. A {{D:sabato}}! [[P:Bea]]",
            ),
            ("c", "ciaooo 😘 ps adoro il tuo nuovo {{W:bianco}} latte"),
        ],
    },
    {
        "business": "nails",
        "platform": "whatsapp",
        "customer": "Olena",
        "lang": "it",
        "start": "2025-02-07T11:25:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Olena Shevchenko]] io vorrei apuntamento per {{PD:manicure russa}} per me e mia sorella [[P:Oksana]]",
            ),
            (
                "a",
                "Buongiorno [[P:Olena]]! Abbiamo posto {{D:mercoledì 12}} alle {{TM:16:00}} e {{TM:17:00}}. Va bene?",
            ),
            (
                "c",
                "si va bene. la mia sorella nome completo [[P:Oksana Shevchenko-Melnyk]], telefono [[T:+380 67 441 2093]] perché ha ancora numero di [[L:Ucraina]]",
            ),
            (
                "c",
                "io invece [[T:320 557 8816]]. noi abitiamo a [[L:Spinea]], la via è [[A:via Roma 7]] se serve",
            ),
            (
                "a",
                "Segnate! Manicure russa {{$:40 €}} a testa. Ci vediamo {{D:mercoledì}} ☺️ [[P:Bea]] - {{B:Unghie di Bea}}",
            ),
        ],
    },
    {
        "business": "nails",
        "platform": "messenger",
        "customer": "Emily Carter",
        "lang": "en",
        "start": "2025-03-22T09:35:00",
        "messages": [
            (
                "c",
                "hi!! im visiting [[L:venice]] for my sister's wedding, staying in [[L:Lido]] at my aunt's. could we book bridal nails for 4 people on {{D:friday}}? my name is [[P:Emily Carter]]",
            ),
            (
                "a",
                "Hi [[P:Emily]], congratulations to your sister! {{D:Friday 28th}} we can do 4 from {{TM:9:00}}. Could you give me all the names?",
            ),
            (
                "c",
                "sure: [[P:Emily Carter]], the bride [[P:Hope Carter]], our mom [[P:Linda]] and [[P:Rose Gallagher]] the maid of honour\ncolors: {{W:champagne}} and {{W:rose}} gold 💍",
            ),
            (
                "c",
                "my [[L:US]] cell [[T:(617) 555-0193]], text me there or email [[E:emilyc.boston@example.com]]. our aunt [[P:Giuliana]] lives at [[A:Gran Viale Santa Maria Elisabetta 36]], you could come there?",
            ),
            (
                "a",
                "We'd love to come to you! Home service is {{$:€20}} extra. Booking ref {{R:BEA-W-0328}}. — [[P:Bea]]",
            ),
            ("c", "perfect, [[P:Hope]] is crying happy tears lol ❤️"),
        ],
    },
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "giuse.pp",
        "lang": "it",
        "start": "2025-04-11T18:50:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Giuse]] la cugina di [[P:marika]]... mi ha detto che fai anche fattura? ho una piccola attività",
            ),
            (
                "a",
                "Ciao [[P:Giuseppina]]! Sì certo, mi servono ragione sociale, partita IVA e indirizzo.",
            ),
            (
                "c",
                "{{B:Estetica Giuse}} di [[P:Giuseppina Amato]]\nP.IVA [[V:04817330964]]\n[[A:via San Marco 19/A]], [[A:30034]] [[L:Mira]]\npec [[E:giuseppina.amato@pec.example.it]]",
            ),
            (
                "a",
                "Perfetto, ti emetto la fattura {{R:FT 12/2025}} per il {{PD:refill gel}} di ieri, {{$:38 €}}.",
            ),
            ("c", "grazie cara! e saluta [[P:Bea]] la tua collega se nn sei tu 😂"),
            ("a", "Sono io [[P:Bea]] 😂😂 un bacio"),
        ],
    },
    {
        "business": "nails",
        "platform": "whatsapp",
        "customer": "Carmen",
        "lang": "it",
        "start": "2025-05-05T12:00:00",
        "messages": [
            (
                "c",
                "Hola! soy [[P:Carmen Villalobos Ortega]], vivo en [[L:Treviso]] desde hace 2 años... perdona, scrivo italiano: vorrei disdire appuntamento di domani",
            ),
            (
                "a",
                "Ciao [[P:Carmen]]! Nessun problema, disdetto l'appuntamento {{R:APP-0506-14}}. Vuoi spostarlo?",
            ),
            (
                "c",
                "sì, la settimana prossima. viene anche mia hija [[P:Lucía]], 14 años, solo smalto normale color {{W:Ferrari}}? jaja rosso",
            ),
            (
                "a",
                "Rosso {{PD:Ferrari}} si può fare 😄 {{D:Martedì 13}} alle {{TM:15:30}} per tutte e due?",
            ),
            (
                "c",
                "perfecto. mi numero [[T:0034 612 48 93 05]] di [[L:Spagna]], l'altro nn funziona",
            ),
            ("a", "Segnato. Hasta martes! [[P:Bea]]"),
        ],
    },
    # ---------------------------------------------------------------- bikes
    {
        "business": "bikes",
        "platform": "instagram",
        "customer": "fede_pedala",
        "lang": "it",
        "start": "2025-03-10T19:20:00",
        "messages": [
            (
                "c",
                "ciao la {{PD:Bianchi Impulso}} taglia 54 del post di ieri è ancora disponibile?? quanto x spedirla a [[L:Cagliari]]?",
            ),
            (
                "a",
                "Ciao! Sì disponibile, {{$:650 €}}. Spedizione in [[L:Sardegna]] {{$:60 €}} con imballo bici. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Federico Piras]], [[P:fede]] per gli amici\nindirizzo [[A:via Sonnino 204]] [[A:09127]] [[L:Cagliari]] citofono [[P:Piras-Usai]]",
            ),
            (
                "c",
                "pago con bonifico dal conto di mia ragazza [[P:Martina Usai]] ok? [[I:IT19K0503401753000000004812]]",
            ),
            (
                "a",
                "Perfetto, ricevuto! Ti mando il tracking appena parte. [[P:Luca]] di {{B:seconda.ruota}}",
            ),
            ("a", "Partita! Tracking {{TR:BRT 0583 9912 4471}}, consegna prevista {{D:venerdì}}."),
            ("c", "grazie [[P:luca]] 🚴‍♂️"),
        ],
    },
    {
        "business": "bikes",
        "platform": "instagram",
        "customer": "Jan de Vries",
        "lang": "en",
        "start": "2025-04-05T10:10:00",
        "messages": [
            (
                "c",
                "hi, do you ship to [[L:Netherlands]]? interested in the {{PD:Colnago Master}} steel frame. i'm [[P:Jan de Vries]] from [[L:Utrecht]]",
            ),
            (
                "a",
                "Hi [[P:Jan]]! Yes, we ship across the EU. The {{PD:Colnago}} is {{$:€890}}, shipping to [[L:NL]] {{$:€75}}.",
            ),
            (
                "c",
                "ok. address [[A:Oudegracht 231-bis]], [[A:3511 NK]] [[L:Utrecht]]\nmy email [[E:jan.devries.fietst@example.nl]], and I pay by card, [[C:5375-9812-0044-7818]] is it fine to give here?",
            ),
            (
                "a",
                "Please don't send card numbers in DMs, we'll send you a secure payment link by e-mail instead 🙏",
            ),
            (
                "c",
                'oh right sorry. my IP keeps getting blocked on your shop site btw, [[IP:83.161.204.77]] it says "suspicious"',
            ),
            (
                "a",
                "Thanks, I'll tell the webmaster to whitelist it. Payment link sent, order {{O:SR-2025-0412}}. Cheers, [[P:Luca]]",
            ),
        ],
    },
    {
        "business": "bikes",
        "platform": "instagram",
        "customer": "ale.vintage.bikes",
        "lang": "it",
        "start": "2025-05-02T16:00:00",
        "messages": [
            (
                "c",
                "ciao! ti propongo una permuta: io ho una {{PD:Graziella}} rossa anni 70 e tu mi dai la {{PD:Atala}} da corsa. foto sul mio profilo [[U:instagram.com/ale.vintage.bikes]] oppure sul mio sito [[U:www.alessandrobiciantiche.it]]",
            ),
            ("a", "Ciao! Bella la {{PD:Graziella}} 😍 Come ti chiami? Da dove scrivi?"),
            (
                "c",
                "[[P:Alessandro Ferri]], sto a [[L:Rovigo]] ma lavoro a [[L:Ferrara]]. il mio socio [[P:Piero]] ha un furgone, possiamo portarla noi {{D:sabato}}",
            ),
            (
                "a",
                "Ok per la permuta ci sta, più {{$:80 €}} di differenza. {{D:Sabato}} ci troviamo al negozio in {{W:via Garibaldi}} vicino al {{W:ponte di Rialto}}?",
            ),
            ("c", "deal ✌️ il numero di [[P:piero]] è [[T:349-210-7756]] se mi perdo"),
        ],
    },
    {
        "business": "bikes",
        "platform": "instagram",
        "customer": "sara_e_lola",
        "lang": "it",
        "start": "2025-05-20T21:15:00",
        "messages": [
            (
                "c",
                "buonasera, cerco una bici bimba 20 pollici x mia figlia [[P:Lola]] che fa 6 anni il {{D:3 giugno}} 🎂 avete qualcosa di rosa o {{W:viola}}?",
            ),
            (
                "a",
                'Buonasera! Abbiamo una {{PD:Legnano}} 20" viola a {{$:110 €}}, come nuova. Vuole venire a vederla?',
            ),
            (
                "c",
                "sì, sono [[P:Sara Colombo]], passo con mio padre [[P:Giorgio]]\nci abitiamo vicino, [[A:via Sant'Antonio 9]], quindi a piedi lol",
            ),
            (
                "c",
                "posso farle una sorpresa? la tenete nascosta fino al compleanno? se no [[P:lola]] la vede dalla vetrina 😂",
            ),
            (
                "a",
                "Certo! La mettiamo da parte a nome [[P:Colombo]], ref {{R:SR-HOLD-27}}. Un abbraccio alla piccola [[P:Lola]]!",
            ),
        ],
    },
    {
        "business": "bikes",
        "platform": "instagram",
        "customer": "mtb.dominik",
        "lang": "en",
        "start": "2025-06-12T08:30:00",
        "messages": [
            (
                "c",
                "Servus! I saw the {{PD:Specialized Stumpjumper}} on your story. Still for sale? I'm [[P:Dominik Huber]] from [[L:Innsbruck]], coming to [[L:Italy]] on holiday next week",
            ),
            (
                "a",
                "Hi [[P:Dominik]]! Yes, still here, {{$:€1.350}}. Where are you staying? Maybe we can meet halfway.",
            ),
            (
                "c",
                "we rent a flat in [[L:Cortina]], [[A:Via Cesare Battisti 5, 2nd floor]]. my friend [[P:Matthias]] has a car. his insta [[H:matthias.trails]] btw he also wants to see your {{PD:Canyon}}",
            ),
            ("c", "my whatsapp: [[T:+43 664 3918 220]]", "en"),
            (
                "a",
                "Great, we'll bring both bikes to {{W:Belluno}} on {{D:Saturday}} at {{TM:11}}. [[P:Luca]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- tutoring
    {
        "business": "tutor",
        "platform": "messenger",
        "customer": "Roberta Mazza",
        "lang": "it",
        "start": "2025-09-15T17:45:00",
        "messages": [
            (
                "c",
                "buonasera, mio figlio [[P:Edoardo]] fa la terza liceo scientifico e va male in matematica... avete tutor per ripetizioni online?",
            ),
            (
                "a",
                "Buonasera! Sì, abbiamo tutor di matematica e fisica. Le propongo la prof.ssa [[P:Chiara Bellotti]], lezioni su {{PD:Zoom}} da 60 minuti a {{$:22 €}}.",
            ),
            (
                "c",
                "ok benissimo. io sono [[P:Roberta Mazza]], mio marito [[P:Claudio]] paga con bonifico\nla mail di [[P:edoardo]] è [[E:edo.mazza2009@example.it]] così lo aggiungete voi\nsu discord è [[H:edo_mazz]]",
            ),
            (
                "a",
                "Perfetto. Prima lezione {{D:giovedì 18}} alle {{TM:16:00}}. Per la fattura ci servono codice fiscale e indirizzo di chi paga.",
            ),
            (
                "c",
                "[[P:Claudio Ferrante]] [[CF:FRRCLD75E08F839P]]\n[[A:via Pitagora 3]] [[A:80125]] [[L:Napoli]] zona [[L:Fuorigrotta]] nn so se serve",
            ),
            ("a", "Grazie signora, tutto registrato! [[P:Marta]] - {{B:PonteStudio}}"),
        ],
    },
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Priya",
        "lang": "en",
        "start": "2025-10-02T20:20:00",
        "messages": [
            (
                "c",
                "hi, I'm [[P:Priya Venkataraman]], I moved to [[L:Milan]] with my husband for work and need Italian lessons, B1 level. also my daughter [[P:Ananya]] needs help with Italian for school",
            ),
            (
                "a",
                "Hi [[P:Priya]]! We'd be glad to help. We have a tutor, [[P:Federica]], who teaches Italian to adults and kids. Would you prefer lessons together or separate?",
            ),
            (
                "c",
                "separate pls. [[P:Ananya]] is 12. my husband [[P:Arjun]] may join later\nwhatsapp me here or [[E:priya.v@example.in]]",
            ),
            (
                "c",
                "also the school teacher wants a report, is it ok to send to her? prof. [[P:Marchetti]]",
            ),
            (
                "a",
                "Of course! We can send a monthly report to [[P:Marchetti]] if you give us her e-mail. Package of 8 lessons is {{$:€170}}. [[P:Marta]]",
            ),
            ("c", "thank you [[P:Marta]], grazie mille 😊", "en"),
        ],
    },
    {
        "business": "tutor",
        "platform": "telegram",
        "customer": "giacomo_b",
        "lang": "it",
        "start": "2025-10-20T22:40:00",
        "messages": [
            (
                "c",
                "ciao nn riesco ad entrare sulla piattaforma mi dice account bloccato. username [[H:giacomo_b_2007]]",
            ),
            (
                "a",
                "Ciao! Vediamo. Ci dici nome completo e da che rete ti colleghi? A volte blocchiamo IP strani.",
            ),
            (
                "c",
                "[[P:Giacomo Barbieri]]. sono da casa, l'ip dice [[IP:2a01:e11:17:3c40::5b2]] boh\nla mia tutor è [[P:Nadia]] quella di latino",
            ),
            (
                "a",
                "Sbloccato! Era l'IPv6 nuovo del tuo router. La lezione con [[P:Nadia]] di {{W:Cicerone}} è confermata per domani alle {{TM:15}}.",
            ),
            (
                "c",
                "top. ah ditele che la versione di {{W:Seneca}} nn l'ho fatta perché sono malato 🤒",
                "it",
            ),
            ("a", "Ahah glielo diciamo 😄 guarisci presto! [[P:Davide]]"),
        ],
    },
    {
        "business": "tutor",
        "platform": "messenger",
        "customer": "Marc Dubois",
        "lang": "en",
        "start": "2025-11-06T13:05:00",
        "messages": [
            (
                "c",
                "Bonjour! je cherche... sorry, I'm looking for a physics tutor for my son [[P:Théo]], he is in a lycée in [[L:Lyon]] but we'll be in [[L:Torino]] for 6 months. lessons in english or french?",
            ),
            (
                "a",
                "Bonjour [[P:Marc]]! We have [[P:Ousmane]], who teaches physics in French and English. Fees are {{$:€25}}/hour.",
            ),
            (
                "c",
                "parfait. my son's gamer name on discord is [[H:theo_quantum]], that's where he answers lol\nmy phone [[T:+33 6 47 18 92 05]]",
            ),
            ("a", "Great. [[P:Ousmane Diallo]] will contact [[P:Théo]] there. Invoice address?"),
            (
                "c",
                "[[P:Marc Dubois]], [[A:12 rue Victor Hugo]], [[A:69002]] [[L:Lyon]]. VAT not needed, private person",
                "en",
            ),
            ("a", "All set! Ref {{R:PS-FR-1106}}. À bientôt, [[P:Marta]]"),
        ],
    },
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Nonna Pina",
        "lang": "it",
        "start": "2025-11-25T10:10:00",
        "messages": [
            (
                "c",
                "Buongiorno scrive [[P:Giuseppina Rizzo Caruso]] la nonna di [[P:Kevin]] e [[P:Jessica]]. la mia nuora [[P:Debora]] mi ha detto di scrivere qui. i bambini hanno bisogno di inglese",
            ),
            ("a", "Buongiorno signora [[P:Rizzo Caruso]]! Che classe fanno i nipoti?"),
            (
                "c",
                "[[P:Kevin]] quinta elementare [[P:Jessica]] prima media. il telefono della mamma è [[T:338\n612 4470]] io nn so usare il computer",
            ),
            (
                "a",
                "Nessun problema, chiamiamo [[P:Debora]]. Proponiamo la tutor [[P:Emma Walsh]], madrelingua, {{$:18 €}} a lezione per i bambini.",
            ),
            (
                "c",
                "Grazie tante, [[P:Emma]] è un bel nome. Dio vi benedica e {{W:Santa Rita}} vi protegga 🙏",
            ),
        ],
    },
    # ---------------------------------------------------------------- more
    {
        "business": "games",
        "platform": "messenger",
        "customer": "Gabriele Rinaldi",
        "lang": "it",
        "start": "2025-04-26T15:35:00",
        "messages": [
            (
                "c",
                'ciao iscrivo la squadra x il torneo {{PD:Rocket League}} 3v3 del {{D:10 maggio}}. nome team "{{W:I Gufi di Zio Tonino}}" 😂 in ordine cognome nome:\n[[P:Rinaldi Gabriele]] (capitano)\n[[P:Okafor Chidi]]\n[[P:Marchesini Tommaso]] detto [[P:Tommy]]',
            ),
            (
                "a",
                "Ciao [[P:Gabriele]]! Nome top 😂 Ci servono gli ID di gioco di tutti e tre e un contatto del capitano.",
            ),
            (
                "c",
                "io epic [[H:GabboRinaldi]] e steam [[H:gabbo_r_99]]\n[[P:chidi]] xbox [[H:ChidiTheWall]]\n[[P:tommy]] psn [[H:tommy-marchese-7]]",
            ),
            (
                "c",
                "il mio numero [[T:+39 366 \n481 2290]]\ne la mail [[E:gabbo.rinaldi[at]example[dot]it]]",
            ),
            (
                "a",
                "Registrati, team {{R:RL-T-019}}. Quota {{$:15 €}} a squadra. Trasmettiamo le finali sul canale Twitch del negozio, vi va bene?",
            ),
            (
                "c",
                "sìì e se volete linkate anche il canale di [[P:chidi]] [[U:https://www.twitch.tv/chidithewall]] fa le dirette tutte le sere\ne quello di [[P:tommy]] [[U:youtube.com/@tommymarchese]]",
            ),
            ("a", "Fatto 👍 Ci vediamo il 10! [[P:Ste]] - {{B:Dado Rosso}}"),
        ],
    },
    {
        "business": "fest",
        "platform": "whatsapp",
        "customer": "Anna Krawczyk",
        "lang": "it",
        "start": "2025-06-05T11:15:00",
        "messages": [
            (
                "c",
                "buongiorno! sono fotografa, vorrei accredito stampa per il festival. mi chiamo [[P:Anna Krawczyk]], sono polacca ma vivo a [[L:Trieste]] da 8 anni",
            ),
            ("a", "Buongiorno! Ci può fare lo spelling del cognome e mandarci il portfolio?"),
            (
                "c",
                "certo [[P:K R A W C Z Y K]] 😅 nessuno lo scrive giusto\nportfolio [[U:linktr.ee/annakraw.photo]] e il sito [[U:annakrawczyk-foto.it]]",
            ),
            (
                "c",
                "lavoro con la mia assistente [[P:Marta Pellegrini]], anche lei avrebbe bisogno del pass\nmail: [[E:anna punto krawczyk at proton punto me]]\ntel [[T:0039 340 / 55 81 027]]",
            ),
            (
                "a",
                "Grazie [[P:Anna]]! Accredito {{R:PRESS-2025-044}} per lei e [[P:Marta Pellegrini]], valido tutti e tre i giorni. Il ritiro è al desk stampa in {{W:Riva degli Schiavoni}} dalle {{TM:14}}. [[P:Irene]]",
            ),
            ("c", "perfetto!! dziękuję, cioè grazie 😄"),
        ],
    },
    {
        "business": "bikes",
        "platform": "instagram",
        "customer": "m.alvarez.garcia",
        "lang": "it",
        "start": "2025-07-08T18:00:00",
        "messages": [
            (
                "c",
                "ciao vi vendo la mia {{PD:Cannondale CAAD12}}, mi trasferisco in [[L:spagna]] e non posso portarla. sono [[P:Miguel Álvarez García]]",
            ),
            (
                "a",
                "Ciao [[P:Miguel]]! Mandaci foto e anno, ti facciamo una proposta. Dove ti trovi?",
            ),
            (
                "c",
                "sto a [[L:Marostica]], [[A:via Montegrappa]]... il numero civico te lo scrivo dopo che nn me lo ricordo mai lol appena trasferito",
            ),
            (
                "c",
                "[[A:27/B]] ecco! citofono [[P:Álvarez]]\nse vuoi scrivimi su telegram [[H:@miguel_alvgar]]",
            ),
            (
                "a",
                "Ti offriamo {{$:520 €}}, passiamo a ritirarla noi {{D:venerdì}}. Pagamento con bonifico?",
            ),
            (
                "c",
                "ok vale! il conto è ancora in [[L:Spagna]], a nome di [[P:Miguel Álvarez García]]: [[I:ES7714650100952030876293]]\nme voy a [[L:Valencia]] el {{D:20 de julio}} 🇪🇸",
            ),
            ("a", "Perfetto, ricevuta {{R:SR-ACQ-0709}}. Buen viaje! [[P:Luca]]"),
        ],
    },
    {
        "business": "tutor",
        "platform": "instagram",
        "customer": "lea.studies",
        "lang": "en",
        "start": "2025-11-12T09:25:00",
        "messages": [
            (
                "c",
                "hi! I'm [[P:Lea Schneider]], Erasmus student at {{W:Ca' Foscari}}, i need help with Italian grammar for my exam and maybe some statistics? my friend [[P:Kofi]] recommended you",
            ),
            (
                "a",
                "Hi [[P:Lea]]! Happy to help. [[P:Kofi Boateng]]? He was with [[P:Davide]] last semester, right? 😊",
            ),
            (
                "c",
                "yes that [[P:kofi]] lol. i live in [[L:Cannaregio]], [[A:Fondamenta della Misericordia 2563]], if you ever do in-person\nmy IBAN for refunds is from [[L:Germany]] [[I:DE44500105175407324931]], {{W:hope}} thats ok",
            ),
            (
                "c",
                "oh and my email [[E:lea.schneider@example.de]], insta [[H:@lea.studies]] (this one) and my study blog [[U:leastudiesvenice.blog]]",
            ),
            (
                "a",
                "Thanks! Italian with [[P:Federica]] on {{D:Tuesdays}} and statistics with [[P:Davide]] on {{D:Thursdays}}, {{$:€25}} each. Ref {{R:PS-ER-1112}}. [[P:Marta]]",
            ),
            ("c", "danke!! see you online 🙌", "en"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(91, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
