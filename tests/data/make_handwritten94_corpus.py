# ruff: noqa: E501
"""Hand-written blind test corpus no. 94 for convmon's anonymiser.

Every conversation below was written by hand, message by message: no templates, no Faker, no
generated text. All people, handles, e-mails, phones and addresses are invented. The checksummed
identifiers (IBANs, card numbers, codici fiscali, partite IVA) were computed once with
python-stdnum (IBAN mod-97, Luhn, the codice fiscale control letter) and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` marks a personal value that must be removed,
``{{CODE:value}}`` marks a look-alike that must survive (orders, prices, products, brands, dates,
times, tracking codes, ordinary words, references).

The six invented businesses are a climbing gym in Turin, a board-game café in Bologna, a guitar
and piano teacher in Trieste, a children's summer camp in Trentino, a sneaker reseller selling on
Instagram and a beauty salon in Como.

Regenerate with ``.venv/bin/python make_handwritten94_corpus.py`` from this folder; the
output ``handwritten94_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten94_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "climb": "Verticale Bloc Lab",
    "games": "Il Dado Tratto - Board Game Café",
    "music": "Note a Margine - lezioni di chitarra e piano",
    "camp": "Lupetti del Bosco - Campo Estivo",
    "sneak": "SoleDrop Resell",
    "beauty": "Estetica Aurora",
}
PAGE_IDS: dict[str, str] = {
    "climb": "694720118302457",
    "games": "694720224913086",
    "music": "694720337481920",
    "camp": "694720450276318",
    "sneak": "694720561839204",
    "beauty": "694720673025591",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ climbing gym
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Fede Marchetti",
        "lang": "it",
        "start": "2025-03-10T18:42:00",
        "messages": [
            (
                "c",
                "ciao! volevo prenotare l intro al boulder x me e la mia ragazza sabato {{D:15 marzo}}... io sono [[P:Federico Marchetti]] lei [[P:Ilenia]] 🧗‍♂️",
            ),
            (
                "a",
                "Ciao [[P:Federico]]! certo, il corso intro del {{D:15 marzo}} parte alle {{TM:10:30}} e costa {{$:35€}} a testa con noleggio scarpette incluso. mi lasci un numero x conferma?",
            ),
            (
                "c",
                "si [[T:347 218\n9063]]\ne la mail [[E:fede.marchetti92 chiocciola gmail punto com]]",
            ),
            (
                "c",
                "ah [[P:ile]] è vegana cmq nn c entra niente lol, cmq vi ha trovato [[P:bobo]] il mio coinquilino, dice che siete i migliori di tutta {{W:Torino}}",
            ),
            (
                "a",
                "Ahah 😄 salutaci [[P:Bobo]]! vi ho segnati: prenotazione {{R:VB-2291}}. portate un asciugamano e acqua. a sabato! – [[P:Chiara]], {{B:Verticale}}",
            ),
            (
                "c",
                "grazie chiara!! 🙌 ah il cognome di ile è [[P:Pautasso]] se vi serve x la liberatoria",
            ),
            ("a", "perfetto, liberatoria a nome [[P:Ilenia Pautasso]] pronta in reception 👍"),
            (
                "c",
                "ah dimenticavo, mi trovate anche su insta [[H:fede.climbs_to]] se postate le foto taggateci, [[P:ile]] invece è [[H:@ilenia.ptss]]",
            ),
        ],
    },
    {
        "business": "climb",
        "platform": "instagram",
        "customer": "kuba.climbs",
        "lang": "en",
        "start": "2025-03-18T11:05:00",
        "messages": [
            (
                "c",
                "hello i am [[P:Jakub Wiśniewski]] from [[L:Kraków]], i stay in [[L:Torino]] for erasmus until june. is possible monthly pass for student?",
            ),
            (
                "a",
                "Hi [[P:Jakub]]! yes, the student monthly is {{$:€49}}, you just need your university card. Do you climb already or first time?",
            ),
            (
                "c",
                "i climb 3 years in [[L:poland]], 6b+ boulder... my friend [[P:Tomek]] want come also, his insta is [[H:@tomek_crimps]] you can see his videos haha",
            ),
            (
                "c",
                "also i have problem with your website, when i pay it say 'access blocked' and show my ip [[IP:151.38.92.14]] ??",
            ),
            (
                "a",
                "Sorry about that! Our booking system sometimes blocks foreign cards. Send me your email and I'll register you manually 🙂 – [[P:Marco]] from the team",
            ),
            (
                "c",
                "[[E:jakub.wisniewski@studenti.example.it]] thx man 🙏 and tomek is [[P:Tomasz Zieliński]] if u need full name",
            ),
            (
                "a",
                "Done ✅ membership {{R:MBR-40417}} active from {{D:1 April}}. Tell [[P:Tomasz]] to drop by for the induction. See you on the wall!",
            ),
            (
                "c",
                "ok! tomek number is [[T:+48 512 889 046]] he is in [[L:Wrocław]] till friday, then he come",
            ),
        ],
    },
    {
        "business": "climb",
        "platform": "messenger",
        "customer": "Anna Rosa Delpiano",
        "lang": "it",
        "start": "2025-04-02T09:20:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei info x festa di compleanno x mio figlio [[P:Tommaso]] che fa 9 anni, siamo circa 12 bimbi",
            ),
            (
                "a",
                "Buongiorno! la festa kids dura 2 ore, {{$:18€}} a bambino con merenda. che data avevate in mente?",
            ),
            (
                "c",
                "il {{D:27 aprile}} domenica pomeriggio, se possibile. io sono [[P:Anna Rosa Delpiano]] il mio cell è [[T:+39 333 904 1176]]",
            ),
            (
                "c",
                "ah e vengono anche i cuginetti [[P:Gaia]] e [[P:Leo]] che hanno 5 anni va bene lo stesso?",
            ),
            (
                "a",
                "Sì dai 5 anni va benissimo 😊 Sig.ra [[P:Delpiano]] le blocco la sala {{W:Dolomiti}} dalle {{TM:15:00}} alle {{TM:17:00}}. le mando la conferma via mail, quale indirizzo?",
            ),
            (
                "c",
                "[[E:annarosa.delpiano@example.it]] grazie mille! [[P:tommi]] è felicissimo, vuole la torta con l uomo ragno",
            ),
            ("a", "Fatto! codice festa {{R:KID-0427-12}}. a presto, [[P:Giulia]]"),
            (
                "c",
                "ah il papà [[P:Marco Gribaudo]] porta lui i bimbi, se serve il suo numero [[T:335.618.4420]]",
            ),
        ],
    },
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Hope Adeyemi",
        "lang": "en",
        "start": "2025-04-07T19:55:00",
        "messages": [
            (
                "c",
                "Hi, good evening. My name is [[P:Hope Adeyemi]], I want to ask if the gym have showers and lockers. i live in [[L:San Salvario]] so i come by bike",
            ),
            (
                "a",
                "Hi [[P:Hope]]! yes we have showers and lockers, bring your own padlock. Day pass is {{$:€14}}.",
            ),
            ("c", "ok great. i {{W:hope}} is not too crowded on monday evening lol"),
            (
                "c",
                "my husband [[P:Chinedu]] maybe come too, he is beginner beginner 😅 and our neighbour Mrs [[P:Ferrero]] says her son works there?",
            ),
            (
                "a",
                "Monday after {{TM:20:00}} is quiet 👍 Beginners welcome, staff will show him the basics. And yes, [[P:Luca]] at the desk is her son 😄 – [[P:Chiara]]",
            ),
            ("c", "haha small world. thank u [[P:chiara]] 🙏"),
            (
                "c",
                "and [[P:chinedu]] email is [[E:chinedu.adeyemi@mail.example.com]] for the waiver form, he forget everything 🙈",
            ),
        ],
    },
    {
        "business": "climb",
        "platform": "telegram",
        "customer": "Ste",
        "lang": "it",
        "start": "2025-04-22T13:10:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Stefano Greco]], vorrei organizzare una serata team building x 10 colleghi tipo venerdì {{D:9 maggio}}",
            ),
            (
                "a",
                "Ciao [[P:Stefano]]! volentieri, pacchetto team {{$:25€}}/persona con istruttore. per la fattura mi servono intestazione e partita iva",
            ),
            (
                "c",
                "fatturate a me che ho la ditta individuale: [[P:Greco Stefano]] P.IVA [[V:03827410154]]\n[[A:corso Raffaello 20 bis]]\n[[A:10125]] [[L:Torino]]",
            ),
            (
                "c",
                "ah e scrivetemi pure qui su telegram, sono [[H:ste_greco88]] oppure fisso [[T:011/5824409]]",
            ),
            (
                "a",
                "Perfetto, segnato per venerdì {{D:9 maggio}} alle {{TM:19:30}}. ref {{R:TB-0509}}. [[P:Marco]]",
            ),
            (
                "c",
                "top. ah la mia collega [[P:Ornella]] è incinta, può fare solo il giro guidato senza arrampicare?",
            ),
            ("a", "certo, nessun problema. tanti auguri a [[P:Ornella]]! – [[P:Marco]]"),
            (
                "c",
                "grazie! i colleghi sono: [[P:Ferraris Paolo]], [[P:Bosio Marta]], [[P:Nguyen Thi Lan]], [[P:El Amrani Youssef]] e altri 5 che vi mando dopo",
            ),
        ],
    },
]

CONVERSATIONS += [
    # ------------------------------------------------------------------ board-game café
    {
        "business": "games",
        "platform": "instagram",
        "customer": "luca.meeple",
        "lang": "it",
        "start": "2025-03-06T16:30:00",
        "messages": [
            (
                "c",
                "ciaoo avete {{PD:catan}} e {{PD:Terraforming Mars}}? vorrei prenotare un tavolo x 5 sabato sera",
            ),
            (
                "a",
                "Ciao! sì, entrambi 🎲 tavolo da 5 sabato alle {{TM:21}} va bene? a nome di chi?",
            ),
            (
                "c",
                "[[P:Luca Ferri]]... anzi mettilo a nome della mia ragazza [[P:Speranza]] che arriva prima lei 😂 si chiama proprio cosi",
            ),
            (
                "a",
                "ahah bellissimo nome! prenotato a nome [[P:Speranza]], tavolo 4, {{R:DT-1187}}. coperto gioco {{$:5€}} a testa",
            ),
            (
                "c",
                "top. ah una cosa, [[P:Speranza]] è celiaca avete snack senza glutine? l ultima volta [[P:Michi]] ha portato le sue patatine e il cameriere si è arrabbiato 😅",
            ),
            (
                "a",
                "sì, abbiamo patatine e taralli gluten free, tranquilli. ci vediamo sabato! [[P:Dario]] – {{B:Il Dado Tratto}}",
            ),
            (
                "c",
                "ah e viene anche [[P:michi]] cioè [[P:Michela Sartori]], il suo insta è [[H:michi.sartori]] se volete taggarla",
            ),
        ],
    },
    {
        "business": "games",
        "platform": "telegram",
        "customer": "Ravi",
        "lang": "en",
        "start": "2025-03-12T20:14:00",
        "messages": [
            (
                "c",
                "hey, i'm [[P:Ravi Subramanian]], we want to run a {{PD:d&d}} campaign every thursday at your place, 4 players. can we book the back room?",
            ),
            (
                "a",
                "Hi [[P:Ravi]]! the back room is {{$:€30}} per evening, thursdays are free from {{TM:19:00}}. who's the DM?",
            ),
            (
                "c",
                "me lol. players are [[P:Mei Lin]], [[P:Oluwaseun]] (we call him [[P:Seun]]), and [[P:Gretchen]] who only speaks german when she's rolling dice 😂",
            ),
            (
                "c",
                "we coordinate on discord, my tag is [[H:ravi_rolls#4471]] , add me if u want to ping us about cancellations",
            ),
            ("c", "hier ist [[P:Gretchen]] lol: hallo! habt ihr Bier aus {{W:München}}? 🍺", "de"),
            (
                "a",
                "Hallo! we have {{PD:Paulaner}} on tap 😄 I've booked thursdays in {{W:Sala Tolkien}} for you, ref {{R:DT-TH-204}}. – [[P:Dario]]",
            ),
            ("c", "legend. [[P:mei]] says she'll bring her own dice tower, hope that's ok"),
            (
                "a",
                "Hi [[P:Mei]] 👋 sure! and I added [[H:ravi_rolls#4471]] on discord, I'm [[H:dario_dadotratto]] there",
            ),
        ],
    },
    {
        "business": "games",
        "platform": "whatsapp",
        "customer": "Mattia",
        "lang": "it",
        "start": "2025-03-15T10:02:00",
        "messages": [
            (
                "c",
                "ciao x il torneo di {{PD:Magic}} del {{D:22 marzo}} posso iscrivere anche mio fratello? io sono [[P:Mattia Bernardi]] lui [[P:Nicolò]]",
            ),
            (
                "a",
                "Ciao [[P:Mattia]]! sì, iscrizione {{$:10€}} a testa, formato {{PD:Pauper}}. mi servono i nomi completi e un contatto",
            ),
            ("c", "[[P:Bernardi Mattia]] e [[P:Bernardi Nicolò]], cell [[T:3402297715]]"),
            (
                "c",
                "ah ma fate anche la serata {{PD:EA FC 25}}? il psn di [[P:nico]] è [[H:NikoBernz07]] e il mio steam è [[H:matt_b3rnardi]] se fate roba su pc",
            ),
            (
                "a",
                "La serata {{PD:EA FC 25}} è il {{D:5 aprile}}, su {{PD:PS5}}. vi segno entrambi, codice {{R:MTG-0322-031}}",
            ),
            (
                "c",
                "grande 🔥🔥 viene anche il nostro amico [[P:Kevin Osei]] gamertag xbox [[H:K3vOsei]]",
            ),
            ("a", "ok aggiunto anche [[P:Kevin]]! a sabato – [[P:Irene]]"),
        ],
    },
    {
        "business": "games",
        "platform": "messenger",
        "customer": "Bianca Okafor",
        "lang": "en",
        "start": "2025-03-27T09:40:00",
        "messages": [
            (
                "c",
                "hi i think i left my scarf at your cafe yesterday, green one, near the {{PD:Ticket to Ride}} shelf",
            ),
            ("a", "Hi! we found a green scarf 🧣 — can you tell me your name so I can label it?"),
            (
                "c",
                "[[P:Bianca Okafor]]. my friend [[P:Rose]] can pick it up for me tomorrow, i'm in [[L:Milan]] for work till friday",
            ),
            (
                "a",
                "No problem, we'll leave it at the counter under '[[P:Bianca]]' for [[P:Rose]]. Is she coming in the afternoon?",
            ),
            ("c", "yes around 5. it's the one with the {{W:rose}} pattern lol not to confuse 🌹"),
            ("a", "Got it! – [[P:Irene]], {{B:Il Dado Tratto}}"),
            (
                "c",
                "oh and if she can't, my flatmate [[P:Zainab Hussain]] will come, her number [[T:+39 351 207 6634]]",
            ),
        ],
    },
    {
        "business": "games",
        "platform": "instagram",
        "customer": "giada_plays",
        "lang": "it",
        "start": "2025-04-01T15:25:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Giada]], faccio streaming di giochi da tavolo su twitch ([[U:twitch.tv/giada_plays]]) e mi piacerebbe fare una live dal vostro locale",
            ),
            ("a", "Ciao [[P:Giada]]! che bello, quante persone sareste e che giochi?"),
            (
                "c",
                "io e [[P:Sami]] ([[H:@samihaddad.tt]] su tiktok) + forse [[P:Kasia]]. pensavamo {{PD:Wingspan}} e {{PD:Azul}}",
            ),
            (
                "c",
                "poi vi taggo, il mio insta è [[H:@giada_plays]] e ho anche un canale youtube [[U:https://youtube.com/@giadaplaysbg]]",
            ),
            (
                "a",
                "Perfetto! martedì {{D:8 aprile}} dalle {{TM:18}}? il wifi regge lo streaming. ti scrive [[P:Dario]] il titolare x i dettagli",
            ),
            (
                "c",
                "siii grazie mille 💜 dite a [[P:dario]] che sami è allergico ai gatti, il vostro gatto {{W:Meeple}} c è ancora? 😹",
            ),
            (
                "a",
                "ahah {{W:Meeple}} c è ma sta in cucina 😸 ciao [[P:Giada]], sono [[P:Dario]]! mi dai una mail per il contratto?",
            ),
            ("c", "[[E:giada.plays.bg[at]example[dot]it]] 💜"),
        ],
    },
    {
        "business": "games",
        "platform": "whatsapp",
        "customer": "Deepa R",
        "lang": "en",
        "start": "2025-04-14T12:48:00",
        "messages": [
            (
                "c",
                "hello, I bought a gift card on your site for my nephew [[P:Arjun]] but i was charged twice?? card is [[C:4917 6123 4509 8715]] sorry i dont know what u need",
            ),
            (
                "a",
                "Hi! Please don't send the full card number here, the last 4 digits are enough 🙏 Could you give me the order number?",
            ),
            ("c", "oops sorry. order {{O:#10482}} , name [[P:Deepa Raman]]"),
            (
                "a",
                "Thanks [[P:Deepa]], I see two charges of {{$:€40}}. I've refunded one, you'll see it in 3-5 days. The gift card code went to [[E:arjun.r2011@mailbox.example.com]], right?",
            ),
            (
                "c",
                "yes that's his email, thx!! he's coming with his friend [[P:Wen]] on saturday to play {{PD:Dixit}}",
            ),
            ("a", "Lovely, have fun [[P:Arjun]] and [[P:Wen]]! – [[P:Irene]]"),
        ],
    },
    # ------------------------------------------------------------------ music teacher
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Paola",
        "lang": "it",
        "start": "2025-03-03T20:30:00",
        "messages": [
            (
                "c",
                "buonasera maestro, sono la mamma di [[P:Aurora]], volevo chiederle se per le ricevute le serve il codice fiscale",
            ),
            (
                "a",
                "Buonasera! sì, per le ricevute mi serve il CF del genitore che paga e il nome dell'allievo",
            ),
            (
                "c",
                "paga mio marito [[P:Federico Bianchi]] CF [[CF:BNCFDR85T10F205G]]\nallieva [[P:Aurora Bianchi]] naturalmente 😊",
            ),
            ("c", "ah dopo la lezione di giovedì viene a prenderla la nonna [[P:Graziella]]"),
            (
                "a",
                "Perfetto. giovedì lavoriamo sul {{PD:Notturno op. 9}} di {{W:Chopin}} 🎹 la lezione è {{$:30€}}. saluti, [[P:Ettore]]",
            ),
            ("c", "grazie maestro! [[P:aury]] è emozionatissima"),
            ("a", "ci vediamo alle {{TM:17:15}} 👋"),
            ("c", "ah maestro la nonna ha il numero nuovo [[T:340 88\n12 765]] se deve avvisarla"),
        ],
    },
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Will Harrington",
        "lang": "en",
        "start": "2025-03-09T17:12:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Will Harrington]], I moved to [[L:Trieste]] from [[L:Leeds]] in January and I'd like guitar lessons. Fingerstyle mostly",
            ),
            (
                "a",
                "Hi [[P:Will]]! happy to. Lessons are {{$:€35}} for 45 min at my studio near {{W:Piazza Unità}}.",
            ),
            ("c", "great. i {{W:will}} bring my own guitar, it's a {{PD:Martin D-28}}"),
            (
                "c",
                "my number is [[T:+44 7700 918 245]] (my [[L:UK]] one still) or whatsapp on my italian one [[T:+39 389 664 0172]]",
            ),
            (
                "c",
                "my girlfriend [[P:Lucía]] asks: ¿también das clases de ukelele para principiantes? 😂",
                "es",
            ),
            (
                "a",
                "Perfect, I'll text you on the Italian number. Ukulele yes, tell [[P:Lucía]] 😄 First lesson Tuesday {{D:18 March}} at {{TM:6pm}}? – [[P:Ettore]]",
            ),
            ("c", "brilliant, cheers mate"),
            ("c", "oh and my email is [[E:will.harrington@example.co.uk]] for the receipts"),
        ],
    },
    {
        "business": "music",
        "platform": "instagram",
        "customer": "lorenzo.synth",
        "lang": "it",
        "start": "2025-04-03T08:50:00",
        "messages": [
            (
                "c",
                "ciao ettore, sono [[P:Lorenzo]] quello del corso di canto... purtroppo mi trasferisco a [[L:Bolzano]] x lavoro e devo interrompere 😢",
            ),
            (
                "a",
                "Ciao [[P:Lorenzo]], mi dispiace! ti restano 3 lezioni del pacchetto da {{$:240€}}, te le rimborso. mi mandi l'IBAN?",
            ),
            (
                "c",
                "[[I:IT60 X054 2811 1010 0000 0123 456]] intestato a [[P:Lorenzo Ricci Valdemarin]]",
            ),
            ("c", "ah e se conosci un insegnante a [[L:bolzano]]..."),
            (
                "a",
                "bonifico fatto, CRO {{R:0306-2291-A}}. a [[L:Bolzano]] conosco [[P:Hannah Oberhofer]], ti giro il contatto: [[T:0471 93 28 10]]",
            ),
            ("c", "grazieeee sei un grande"),
            ("c", "ha un insta? se no le scrivo su whatsapp"),
            (
                "a",
                "è [[H:@hannah.oberhofer.voice]] su insta, dille che ti mando io. in bocca al lupo [[P:lore]]!",
            ),
        ],
    },
    {
        "business": "music",
        "platform": "telegram",
        "customer": "Yusuf",
        "lang": "en",
        "start": "2025-03-21T18:05:00",
        "messages": [
            (
                "c",
                "Salam, hello. I am [[P:Yusuf Al-Khatib]], my son [[P:Omar]] 11 years want learn the oud but i think you teach guitar only?",
            ),
            (
                "a",
                "Hello [[P:Yusuf]]! I teach guitar and piano, not oud sadly. But classical guitar is a good start for [[P:Omar]]. Trial lesson is free.",
            ),
            (
                "c",
                "ok good. we live in [[L:Muggia]] is far? my telegram is [[H:@yusuf_alkhatib]] and email [[E:y.alkhatib(at)posta.example(dot)it]]",
            ),
            (
                "a",
                "Not far, 20 min by bus. Saturday {{D:29 March}} {{TM:10:00}}? Studio is on {{W:via Carducci}} above the pharmacy, ring {{B:Note a Margine}}",
            ),
            (
                "c",
                "inshallah we come. [[P:omar]] cousin [[P:Layla]] maybe come also to watch. shukran 🙏",
            ),
            ("a", "Of course, [[P:Layla]] is welcome! See you Saturday"),
        ],
    },
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Marisa",
        "lang": "it",
        "start": "2025-03-25T10:33:00",
        "messages": [
            (
                "c",
                "buongiorno maestro sono [[P:Marisa Coslovich]] mi ha dato il suo numero la mia vicina la sig.ra [[P:Zuccheri]] che le fa lezione al nipote [[P:Matteo]] io ho 67 anni e ho sempre voluto imparare il pianoforte secondo lei sono troppo vecchia?? ho un pianoforte vecchio {{B:Petrof}} che era di mia mamma",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Coslovich]]! non si è mai troppo vecchi 😊 possiamo fare lezione anche a casa sua, con un piccolo supplemento. dove abita?",
            ),
            (
                "c",
                "abito in [[A:via Commerciale 41 scala B secondo piano]], citofono [[P:Coslovich]]",
            ),
            ("c", "mio marito [[P:Bruno]] dice che sono matta ahah"),
            (
                "a",
                "Ahah dica a [[P:Bruno]] che ci vediamo mercoledì {{D:2 aprile}} alle {{TM:16}} 🎹 lezione a domicilio {{$:40€}}. [[P:Ettore]]",
            ),
            ("c", "grazie!! le faccio trovare il caffè e la {{PD:putizza}} 😊"),
            (
                "c",
                "ah se nn rispondo chiami mia figlia [[P:Elena]] al [[T:040 / 63 18 27]] che lei il telefonino lo sente sempre",
            ),
        ],
    },
]

CONVERSATIONS += [
    # ------------------------------------------------------------------ summer camp
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Valentina Moretti",
        "lang": "it",
        "start": "2025-04-10T21:15:00",
        "messages": [
            (
                "c",
                "buongiorno volevo iscrivere i miei due bimbi al turno di luglio, [[P:Edoardo]] 8 anni e [[P:Sofia]] 6. come funziona?",
            ),
            (
                "a",
                "Buongiorno! il turno 1 è dal {{D:7 al 18 luglio}}, {{$:390€}} a bimbo, sconto fratelli 10%. ci servono nome, cognome e codice fiscale dei bambini",
            ),
            (
                "c",
                "[[P:Edoardo Moretti]] [[CF:MRTDRD17C12L378V]]\n[[P:Sofia Moretti]] [[CF:MRTSFO19P63L378H]]",
            ),
            (
                "c",
                "ah [[P:sofi]] è allergica alle arachidi!! e [[P:edo]] ha paura del buio nn so se serve saperlo",
            ),
            (
                "a",
                "segnato tutto ✅ tranquilla, di notte lasciamo la lucina. serve anche un recapito di emergenza",
            ),
            (
                "c",
                "io [[T:348-771-2093]] e il papà [[P:Daniele]] [[T:349 / 11 22 580]]. veniamo da [[L:Rovereto]] li portiamo noi la mattina",
            ),
            (
                "a",
                "Perfetto, iscrizione {{R:LUP-2025-118}}. vi mando la conferma via mail? – [[P:Sara]], {{B:Lupetti del Bosco}}",
            ),
            ("c", "si [[E:vale.moretti@example.it]] grazie!!"),
        ],
    },
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Sarah Kohl",
        "lang": "en",
        "start": "2025-04-16T07:58:00",
        "messages": [
            (
                "c",
                "Hello! we are a german family spending July in [[L:Malè]], can our daughter [[P:Lina]] (9) join the camp just for one week? She speaks a bit italian",
            ),
            (
                "a",
                "Hello! Of course, weekly spots are {{$:€210}}. I need the parent's name and home address for the form",
            ),
            (
                "c",
                "[[P:Sarah Kohl]], [[A:Lindenstraße 23]], [[A:80469]] [[L:München]]. ah and my husband is [[P:Jens]], he will pick her up on fridays",
            ),
            ("c", "[[P:Lina]] sagt sie freut sich riesig auf die Pferde! 🐴", "de"),
            (
                "a",
                "Wie schön! 😊 week {{D:14-18 July}} booked, ref {{R:LUP-W-0714}}. Payment by bank transfer or card at arrival. – [[P:Sara]]",
            ),
            ("c", "we pay with card there. danke!"),
            (
                "c",
                "email for the form: [[E:sarah punkt kohl at example punkt de]] and [[P:Jens]] mobile [[T:+49 151 2388 4107]]",
            ),
        ],
    },
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-05-05T14:20:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Giuseppe Tomasi]] ho una ditta individuale e vorrei la fattura del campo di mio figlio [[P:Pietro]]",
            ),
            ("a", "Ciao! certo, ci serve la partita IVA e l'indirizzo di fatturazione"),
            ("c", "[[V:09173640229]] , [[A:frazione Cogolo 12]] [[A:38024]] [[L:Peio]]"),
            ("c", "ah e il mio CF se serve [[CF:TMSGPP78C05C794M]]"),
            (
                "a",
                "Grazie [[P:Giuseppe]]! fattura {{R:FT 2025/087}} di {{$:390€}} in arrivo via pec. a che indirizzo?",
            ),
            (
                "c",
                "[[E:giuseppe.tomasi@pec.example.it]]. [[P:pietro]] chiede se c è anche il suo amico [[P:Ale Zanon]] nel turno 2",
            ),
            (
                "a",
                "non posso dare info su altri bambini per privacy 🙏 ma potete chiedere ai genitori di [[P:Ale]]! – [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Amara Diallo",
        "lang": "en",
        "start": "2025-06-20T09:05:00",
        "messages": [
            (
                "c",
                "good morning, my son [[P:Moussa]] broke his arm 😞 so he cannot come to camp in july. is possible refund?",
            ),
            (
                "a",
                "Oh no, so sorry! wish him a quick recovery 🙏 yes, with a medical certificate we refund 80%. Can you send the certificate and an IBAN?",
            ),
            (
                "c",
                "certificate is from dr. [[P:Pellegrini]] i send photo now. IBAN [[I:IT46Q0306909606100000063521]] name [[P:Amara Diallo]]",
            ),
            (
                "c",
                "the account is italian yes, i live in [[L:Trento]] since 2015, before in [[L:Dakar]]",
            ),
            (
                "a",
                "Received, thank you [[P:Amara]]. Refund of {{$:€312}} will arrive in 5 working days, ref {{R:RIMB-0331}}.",
            ),
            (
                "c",
                "merci beaucoup, [[P:Moussa]] dit merci aussi, il reviendra l'année prochaine 😊",
                "fr",
            ),
            (
                "c",
                "my phone if you need [[T:320 445 9981]], or my brother [[P:Ibrahima]] who speaks italian better than me",
            ),
        ],
    },
    {
        "business": "camp",
        "platform": "telegram",
        "customer": "nonna Pina",
        "lang": "it",
        "start": "2025-07-09T16:40:00",
        "messages": [
            (
                "c",
                "salve sono la nonna di [[P:Matilde]] e [[P:Giacomo]] [[P:Dallapè]], mia figlia [[P:Chiara]] mi ha detto che mettete le foto online, dove le vedo?",
            ),
            (
                "a",
                "Buongiorno signora! le foto sono in un album privato, mandiamo la password solo ai genitori. può chiederla a sua figlia 😊",
            ),
            (
                "c",
                "eh ma lei nn risponde mai 😅 sono [[P:Giuseppina Dallapè]] la potete mandare a me? [[E:pina.dallape@example.it]]",
            ),
            (
                "a",
                "Mi spiace, per privacy possiamo mandarla solo all'indirizzo dei genitori registrato. scrivo io alla sig.ra [[P:Chiara]]",
            ),
            (
                "c",
                "va bene grazie cara. un bacio ai bimbi e [[P:tilde]] si ricordi il cappellino!! c è un sole oggi in {{W:Val di Sole}} 🌞",
            ),
            ("a", "glielo ricordiamo noi ☀️ – [[P:Sara]]"),
            (
                "c",
                "ah mia figlia è [[P:Chiara Dallapè]], con la C maiuscola eh 😂 il suo cell è [[T:0461 23 45 67]] se nn risponde a voi",
            ),
        ],
    },
    # ------------------------------------------------------------------ sneaker reseller
    {
        "business": "sneak",
        "platform": "instagram",
        "customer": "dani.kicks",
        "lang": "it",
        "start": "2025-03-02T22:10:00",
        "messages": [
            ("c", "bro le {{PD:Jordan 4 Black Cat}} in 43 ci sono ancora?"),
            ("a", "Ciao! si ultime 43 e 44, {{$:320€}} spedite. per chi sono?"),
            (
                "c",
                "x me, [[P:Daniele Russo]], spedisci a [[A:via Garibaldi 77]] [[A:65122]] [[L:Pescara]]",
            ),
            ("c", "[[A:int 4]], citofono [[P:Russo-Amadio]] che è il cognome della mia ragazza"),
            ("a", "ok! ordine {{O:SD-30918}}, paghi con {{B:PayPal}}? mandami la mail"),
            ("c", "[[E:dani.russo.kicks@inbox.example.com]]"),
            ("a", "spedito! tracking {{TR:1Z9A47E80392617704}} con {{B:UPS}} 📦 – [[P:Kev]]"),
            ("c", "fuoco 🔥 grazie frate"),
            ("c", "ah il mio insta vero è [[H:danirusso_43]], questo è il profilo x i kicks"),
        ],
    },
    {
        "business": "sneak",
        "platform": "instagram",
        "customer": "zhao.wei.sneaks",
        "lang": "en",
        "start": "2025-03-14T13:33:00",
        "messages": [
            ("c", "hi do u ship to [[L:UK]]? looking for {{PD:Adidas Samba}} og white green sz 9"),
            ("a", "Hey! yes, duties included. Sambas are {{$:£140}}. Name + address?"),
            (
                "c",
                "[[P:Zhao Wei]], [[A:Flat 3, 27 Brixton Water Lane]], [[L:London]] [[A:SW2 1PE]]",
            ),
            (
                "c",
                "and can u also check if u have {{PD:Stan Smith}} for my gf [[P:Xiaolin]]? she's [[H:@xiaolin.xo]] on ig, you can DM her directly for size",
            ),
            (
                "a",
                "{{PD:Stan Smith}} we have in {{W:UK}} 5 and 6 👀 I'll DM her. Order {{O:SD-31004}}, tracking tomorrow.",
            ),
            ("c", "thx man 🙏 my number for courier [[T:+44 (0)20 7946 0381]]"),
            ("a", "Shipped via {{B:DHL}}: {{TR:4827719035}} – [[P:Kev]] @ {{B:SoleDrop}}"),
            ("c", "xiaolin full name is [[P:Chen Xiaolin]] for the parcel, same address"),
        ],
    },
    {
        "business": "sneak",
        "platform": "instagram",
        "customer": "ale_thebrick",
        "lang": "it",
        "start": "2025-04-04T18:18:00",
        "messages": [
            (
                "c",
                "ciao ho ricevuto le {{PD:Yeezy 350 Zebra}} ma secondo me sono fake 😡 le ho fatte vedere a mio cugino [[P:Gigi]] che lavora da {{B:Foot Locker}}",
            ),
            (
                "a",
                "Ciao! tutte le nostre paia passano da {{B:Legit Check}}. mandaci foto di etichetta e suola e il numero ordine",
            ),
            (
                "c",
                "ordine {{O:SD-29877}} ... sono [[P:Alessandro Brigo]] vi mando le foto anche su mail [[E:a.brigo@example.it]]",
            ),
            (
                "a",
                "ricevute, grazie [[P:Alessandro]]. le ricontrolliamo con [[P:Nadia]] che fa l'autenticazione 👍",
            ),
            ("c", "ok ma se sono fake voglio il rimborso sulla carta [[C:5228-1390-4455-1209]]"),
            (
                "a",
                "Tranquillo, se ci sono problemi rimborsiamo sul metodo usato per pagare, non serve il numero della carta 🙏 cancellalo pure dalla chat",
            ),
            ("c", "ok scusa"),
            ("c", "cmq [[P:gigi]] dice che siete seri 😂"),
            (
                "a",
                "aggiornamento: sono originali, è un lotto del 2022 con le cuciture diverse. ti mandiamo il certificato {{R:LC-77120-Z}}. [[P:Nadia]] ti saluta",
            ),
        ],
    },
    {
        "business": "sneak",
        "platform": "whatsapp",
        "customer": "Tyrese",
        "lang": "en",
        "start": "2025-04-19T02:45:00",
        "messages": [
            (
                "c",
                "yo its [[P:Tyrese Mitchell]] from the discord ([[H:tyreseKicks#0912]]), u still got the {{PD:Kobe 6 Grinch}}?",
            ),
            ("a", "Yo [[P:Tyrese]]! yep size 10.5, {{$:$420}} + shipping"),
            (
                "c",
                "bet. ship to [[A:1420 Peachtree St NE, Apt 12B]], [[L:Atlanta]], [[L:GA]] [[A:30309]]",
            ),
            ("c", "my cell [[T:(404) 555-0187]]"),
            ("a", "Got it. Invoice goes to your email — which one?"),
            ("c", "[[E:tyrese.m@example.com]] , also my cashapp is [[H:$tyreseM]] if easier"),
            (
                "a",
                "we only take {{B:PayPal}} or card sorry. Tracking {{TR:9400 1118 9922 3019 4857 20}} via {{B:USPS}}",
            ),
            ("c", "🔥🔥 my boy [[P:Dre]] gonna want the {{PD:LeBron 21}} next"),
        ],
    },
    {
        "business": "sneak",
        "platform": "instagram",
        "customer": "martina.vntg",
        "lang": "it",
        "start": "2025-05-08T11:11:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Martina]] ho un profilo tiktok di outfit ([[U:tiktok.com/@martina.vntg]]) ~40k follower, vi andrebbe una collab?",
            ),
            ("a", "ciao [[P:Martina]]! mandaci il tuo media kit 🙌"),
            (
                "c",
                "tutto qui: [[U:linktr.ee/martinavintage]] ... ah lavoro con la mia amica [[P:Noemi]] che fa le foto, lei è [[H:noemi.shoots]] su insta",
            ),
            (
                "a",
                "Top! pensavamo alle {{PD:New Balance 550}} e alle {{PD:Asics Gel-Kayano 14}}. che numero porti?",
            ),
            ("c", "38 e mezzo. spedite a [[A:via Lecco 9]] [[L:Monza]]?"),
            ("c", "sono dai miei fino a settembre, citofono [[P:Cattaneo]]"),
            ("a", "perfetto, spediamo lunedì. – [[P:Kev]]"),
            (
                "c",
                "e la mail x il contratto [[E:martina.vintage.collab@example.it]], cell [[T:+39 347 555 2219]]",
            ),
        ],
    },
    {
        "business": "sneak",
        "platform": "instagram",
        "customer": "nikos_v",
        "lang": "en",
        "start": "2025-05-21T15:47:00",
        "messages": [
            (
                "c",
                "hello friend i buy {{PD:Air Max 1 Patta}} but size is small 😩 i want return. i live in [[L:Berlin]] now, my bank is german",
            ),
            ("a", "Hi! sure, returns within 14 days. Name and order number?"),
            (
                "c",
                "[[P:Nikos Vlachopoulos]] order {{O:SD-31122}}. my IBAN [[I:DE78 3704 0044 0532 0138 77]] name is [[P:Nikolaos Vlachopoulos]] on the bank",
            ),
            (
                "a",
                "Thanks [[P:Nikos]]. Please send the box to our warehouse, return code {{R:RTN-31122}}. refund {{$:€260}} after check.",
            ),
            (
                "c",
                "ok i send with {{B:DHL}} from [[A:Warschauer Str. 58]], [[A:10243]]. tracking {{TR:JJD000390017744821}}",
            ),
            ("a", "Received ✅ refund sent. – [[P:Kev]]"),
            (
                "c",
                "thank u. my friend [[P:Jörg]] in [[L:Hamburg]] want buy also, his insta [[H:joerg.sneaks.hh]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ beauty salon
    {
        "business": "beauty",
        "platform": "whatsapp",
        "customer": "Elisa Zanetti",
        "lang": "it",
        "start": "2025-04-09T12:12:00",
        "messages": [
            (
                "c",
                "ciao vorrei prenotare una pulizia viso x sabato mattina, sono [[P:Elisa Zanetti]]",
            ),
            (
                "a",
                "Ciao [[P:Elisa]]! sabato abbiamo {{TM:9:30}} o {{TM:11:00}}. pulizia viso {{$:55€}}",
            ),
            (
                "c",
                "9 e mezza perfetto. e mia sorella [[P:Bea]] vuole semipermanente, magari insieme?",
            ),
            ("a", "sì, [[P:Bea]] alle {{TM:9:30}} con [[P:Jessica]] e tu con me 😊 colore?"),
            ("c", "lei dice rosso {{W:Bordeaux}} tipo lo smalto di {{B:Chanel}}"),
            ("a", "perfetto! prenotazione {{R:AUR-0412}}, ti mando il promemoria a questo numero?"),
            ("c", "no meglio sul mio nuovo [[T:0039 328 5570 914]] grazie ✨"),
            ("a", "a sabato! [[P:Martina]] – {{B:Estetica Aurora}}"),
            ("c", "ah [[P:bea]] è [[P:Beatrice Zanetti]] se devi segnarla col nome completo"),
        ],
    },
    {
        "business": "beauty",
        "platform": "instagram",
        "customer": "priya.glow",
        "lang": "en",
        "start": "2025-04-23T10:27:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Priya Nair]], getting married in [[L:Bellagio]] in June 😍 do you do bridal makeup + mehndi?",
            ),
            (
                "a",
                "Congratulations [[P:Priya]]! We do bridal makeup, for mehndi we work with [[P:Farah]], a henna artist. Package is from {{$:€450}}.",
            ),
            (
                "c",
                "amazing. my fiancé [[P:Rohan]] wants to surprise me w/ a spa day the day before, can he book without me knowing lol",
            ),
            ("a", "Of course 🤫 he can message us directly, we won't say a word"),
            (
                "c",
                "his number is [[T:+91 98201 44731]] just in case. and my mom [[P:Lakshmi]] also wants a trial, she arrives from [[L:Kochi]] on {{D:2 June}}",
            ),
            (
                "a",
                "Noted! trial for Mrs [[P:Lakshmi]] on {{D:4 June}} at {{TM:15:00}}. – [[P:Martina]]",
            ),
            (
                "c",
                "and pls send the contract to [[E:priya.nair.weds@example.com]] and cc my planner [[P:Giorgia Colombo]]",
            ),
        ],
    },
    {
        "business": "beauty",
        "platform": "messenger",
        "customer": "Speranza Esposito",
        "lang": "it",
        "start": "2025-05-02T19:03:00",
        "messages": [
            (
                "c",
                "salve, vorrei regalare un buono a mia mamma x la festa della mamma, si chiama [[P:Rosa]] come il colore 😂",
            ),
            (
                "a",
                "Che bel pensiero! abbiamo buoni da {{$:50€}}, {{$:80€}} o il massaggio {{PD:Aurora Relax}} da {{$:70€}}",
            ),
            (
                "c",
                "quello del massaggio. il buono intestato a [[P:Rosa Esposito]], da parte di [[P:Speranza]] e [[P:Ciro]] (i figli)",
            ),
            (
                "a",
                "Fatto, buono n. {{R:BG-0511-07}} valido fino al {{D:31 dicembre}}. confezione {{W:rosa}} o oro?",
            ),
            (
                "c",
                "{{W:rosa}} ovviamente!! potete spedirlo a mia mamma in [[A:via San Fedele 3]] a [[L:Cernobbio]]? nn deve saperlo prima eh",
            ),
            ("a", "Spediamo in busta anonima 😉 – [[P:Martina]]"),
            (
                "c",
                "ah sul citofono c è [[P:Esposito-Capuano]] perché abita con la zia [[P:Nunzia]]",
            ),
        ],
    },
    {
        "business": "beauty",
        "platform": "telegram",
        "customer": "Olena",
        "lang": "en",
        "start": "2025-05-03T17:50:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Olena Kovalenko]], friend [[P:Iryna]] say you make lash lift very good. i want try but i have allergy before, in [[L:Ukraine]] 😕",
            ),
            (
                "a",
                "Hi [[P:Olena]]! we do a patch test 48h before, it's free. when are you available?",
            ),
            ("c", "tuesday after 18. my number [[T:+380 67\n412 5589]]"),
            ("c", "scusa il mio italiano nn è buono, posso scrivere inglese?", "it"),
            (
                "a",
                "Of course, English is perfect 😊 patch test Tuesday {{D:6 May}} at {{TM:18:15}}, lash lift {{$:€60}}. – [[P:Jessica]]",
            ),
            ("c", "thank you [[P:Jessica]]! ❤️"),
            (
                "c",
                "[[P:Iryna]] say she come also, she is [[P:Iryna Shevchuk]], her insta [[H:@iryna_nails_como]]",
            ),
        ],
    },
    {
        "business": "beauty",
        "platform": "instagram",
        "customer": "la_giuly_",
        "lang": "it",
        "start": "2025-06-04T08:15:00",
        "messages": [
            (
                "c",
                "ciao ho provato a comprare il buono dal sito ma mi dà errore 'indirizzo IP non autorizzato' [[IP:2a02:b127:8f1c:4d00::1a3]] ??? sono [[P:Giulia Rossi]] ah e nn so se c entra ma sto a [[L:Lugano]] in [[L:svizzera]]",
            ),
            (
                "a",
                "Ciao [[P:Giulia]]! il sito blocca alcuni acquisti dall'estero, possiamo farlo noi. ti serve la fattura?",
            ),
            ("c", "si, col mio codice fiscale [[CF:RSSGLI92M41H501R]]"),
            (
                "c",
                "e il mio profilo insta è [[H:la_giuly_]] se volete taggarmi quando lo ritiro 💅 ho anche un blog [[U:www.giuliarossibeauty.example.com]]",
            ),
            (
                "a",
                "perfetto! buono {{R:BG-0602-11}} da {{$:100€}}. ritiro quando vuoi, siamo in {{W:via Vittorio Emanuele}} vicino al {{W:Duomo}}",
            ),
            ("c", "vengo sabato con mia cugina [[P:Benedetta]] ciaooo"),
            ("a", "ciao anche a [[P:Benedetta]]! 💅 – [[P:Jessica]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(94, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
