# ruff: noqa: E501
"""Hand-written blind test corpus no. 95 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, every person, number, address and
handle invented for this file. Checksummed identifiers (IBANs, card numbers, codici fiscali,
partite IVA) were computed once with python-stdnum / Luhn and pasted here as literals.
Markup (see handwritten_markup.py): [[CODE:value]] is a personal value that must be removed,
{{CODE:value}} is a look-alike that must survive.
The six invented businesses are a bridal shop with fittings, a city scooter rental, a home-baked
dog-treats shop on Instagram, a chimney sweep, a kids' swimming school and a used-car dealer.
Regenerate with: python make_handwritten95_corpus.py (from this folder).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten95_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "bridal": "Atelier Sposa Lucrezia",
    "scooter": "ZipRide Scooters Torino",
    "dog": "Biscotti di Bau",
    "chimney": "Spazzacamino Ferri & Figli",
    "swim": "Delfini Blu Scuola Nuoto",
    "cars": "AutoPiù Usato Garantito",
}
PAGE_IDS: dict[str, str] = {
    "bridal": "695730418820317",
    "scooter": "695730552901846",
    "dog": "695730107734529",
    "chimney": "695730683310275",
    "swim": "695730249968140",
    "cars": "695730871205593",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- bridal ----------------
    {
        "business": "bridal",
        "platform": "instagram",
        "customer": "chiara.sposa2025",
        "lang": "it",
        "start": "2025-02-11T18:20:00",
        "messages": [
            (
                "c",
                "ciao!! mi sposo a settembre 😍 vorrei prenotare una prova x l abito, sn [[P:Chiara Montanari]] ma su insta mi trovate come [[H:@chiara.sposa2025]]",
            ),
            (
                "a",
                "Ciao [[P:Chiara]], auguri!! 💐 Abbiamo posto {{D:sabato 22 febbraio}} alle {{TM:10:30}} oppure {{D:martedì 25}} alle {{TM:17:00}}. Ci lasci un numero per la conferma? [[P:Giulia]] - {{B:Atelier Sposa Lucrezia}}",
            ),
            (
                "c",
                "sabato perfetto\nil num è [[T:347 281 9034]]\nvengo cn mia mamma [[P:Loredana]] e la testimone [[P:Fede]]",
            ),
            (
                "c",
                "ah e mi piaceva tanto il modello {{PD:Aurora}} in pizzo chantilly che avete messo in storia",
            ),
            (
                "a",
                "Segnato! Il modello {{PD:Aurora}} parte da {{$:1.890 €}}, le prepariamo anche il {{PD:Rosa Antica}} che gli somiglia. A sabato, un abbraccio a [[P:Loredana]] e [[P:Federica]]!",
            ),
            ("c", "grazie [[P:giulia]] sei un amore ❤️ ci vediamo sabato"),
        ],
    },
    {
        "business": "bridal",
        "platform": "whatsapp",
        "customer": "Milica Jovanović",
        "lang": "it",
        "start": "2025-03-03T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Milica Jovanović]], mia figlia [[P:Jelena]] fa il matrimonio a [[L:Novi Sad]] in giugno, noi abitiamo qui a [[L:Mestre]] da 10 anni. voi fate vestito anche per mamma della sposa?",
            ),
            (
                "a",
                "Buongiorno signora [[P:Jovanović]], certo! Abbiamo la linea cerimonia {{PD:Eleganza Blu}} da {{$:420 €}}. Può venire con [[P:Jelena]] per una prova insieme?",
            ),
            (
                "c",
                "si pero lei vive a [[L:Belgrado]], arriva solo 14 aprile. io posso venire prima. mia email è [[E:milica.jovanovic74@example.com]]",
            ),
            (
                "a",
                "Perfetto, le scrivo la conferma lì. Le propongo {{D:mercoledì 19 marzo}} alle {{TM:16:00}}. Il suo riferimento appuntamento è {{R:APP-2025-0319-07}}. [[P:Marco]]",
            ),
            ("c", "va bene grazie mille [[P:marco]] 🙏"),
            ("c", "scusi, il numero di casa se non rispondo whatsapp: [[T:041 538 2216]]"),
        ],
    },
    {
        "business": "bridal",
        "platform": "messenger",
        "customer": "Rose Whitfield",
        "lang": "en",
        "start": "2025-04-07T14:40:00",
        "messages": [
            (
                "c",
                "hi there! im getting married in [[L:Lake Como]] in july, i live in [[L:Manchester]] tho 🙈 do u ship dresses to the [[L:UK]]?? its for me and my sister [[P:Hope]]",
            ),
            (
                "a",
                "Hi [[P:Rose]]! Congratulations 🥂 Yes, we ship to the [[L:UK]]. Shipping is {{$:65 €}} and takes about 10 working days. Which style caught your eye?",
            ),
            (
                "c",
                "the {{PD:Bianca Luna}} mermaid one!! and a bridesmaid dress in dusty {{W:rose}} for [[P:Hope]] (she says hi lol)\naddress is [[A:Flat 4, 27 Wilbraham Road]]\n[[L:Manchester]] [[A:M21 9HR]]",
            ),
            (
                "a",
                "Lovely choice. We'd need measurements taken by a tailor there. Could you send your email so we can send the measurement sheet? - [[P:Giulia]]",
            ),
            (
                "c",
                "sure its rose punto whitfield at gmail punto com... sorry i mean [[E:rose.whitfield@gmail.com]] 😂 and my number is [[T:+44 7700 912 483]]",
            ),
            (
                "c",
                "oh and if u need someone local my aunt [[P:Margaret Doyle]] can sign for the parcel",
            ),
            (
                "a",
                "Perfect, sheet sent to [[E:rose.whitfield@gmail.com]]. Your quote number is {{R:QT-7741}}. Speak soon!",
            ),
        ],
    },
    {
        "business": "bridal",
        "platform": "whatsapp",
        "customer": "Vale",
        "lang": "it",
        "start": "2025-05-16T21:12:00",
        "messages": [
            (
                "c",
                "salve volevo chiedere x il saldo del vestito, posso fare bonifico? l ordine è {{O:ORD 2025 8841 33}}",
            ),
            (
                "a",
                "Buonasera, certo. Il saldo è {{$:980,00 €}}. IBAN dell'atelier ve lo mandiamo in fattura. Lei ha bisogno della fattura intestata?",
            ),
            (
                "c",
                "si a nome di mio marito [[P:Stefano Lo Russo]], codice fiscale [[CF:BRTLCU90A12F205O]]\ncmq il bonifico parte dal conto di mio padre [[P:Gianni Delbello]] quindi vedrete quel nome",
            ),
            (
                "c",
                "ah il cf sopra è sbagliato è quello di mio cugino [[P:Luca]] 🤦‍♀️ scusate ve lo rimando domani",
            ),
            (
                "a",
                "Nessun problema! Attendiamo il codice corretto. Per eventuali rimborsi ci serve l'IBAN di chi paga.",
            ),
            (
                "c",
                "ok quello di papà è [[I:IT21 X030 6909 6061 0000 0117 243]]\nintestato [[P:Giovanni Delbello]] [[A:via San Francesco 15]] [[L:Trieste]]",
            ),
            (
                "a",
                "Grazie signora [[P:Valentina]], tutto registrato. Ci vediamo alla prova finale il {{D:2 giugno}}! 👰",
            ),
        ],
    },
    {
        "business": "bridal",
        "platform": "instagram",
        "customer": "amira_ben",
        "lang": "en",
        "start": "2025-06-02T11:00:00",
        "messages": [
            (
                "c",
                "salam hello, i am [[P:Amira Ben Youssef]] from [[L:Tunis]] but now studying in [[L:Bologna]]. my italian is not good sorry. you have modest wedding dress with long sleeve?",
            ),
            (
                "a",
                "Hello [[P:Amira]]! Yes, our {{PD:Grace}} and {{PD:Santa Chiara}} models have long sleeves and a high neckline. Prices from {{$:1.250 €}}.",
            ),
            (
                "c",
                "very nice 😊 my fiance [[P:Karim]] family is in [[L:Sfax]], the wedding is there. can i try dress this friday? my whatsapp [[T:+216 22 418 907]]\nor italian [[T:351 604 2291]]",
            ),
            (
                "a",
                "Friday at {{TM:15:30}} works. Please bring shoes with the heel you'll wear. See you, [[P:Giulia]]",
            ),
            (
                "c",
                "thank u [[P:giulia]]!! also my friend [[H:@noor.designs]] will come, she makes my hijab 💕",
            ),
            (
                "c",
                "her name is [[P:Noor Haddad]], she has shop [[U:https://www.etsy.com/shop/noorhaddaddesigns]]. she lives in [[L:Casalecchio]] so is near",
            ),
            ("a", "Wonderful, see you both on Friday [[P:Amira]]! 🤍"),
        ],
    },
    # ---------------- scooter ----------------
    {
        "business": "scooter",
        "platform": "whatsapp",
        "customer": "Tom Baker",
        "lang": "en",
        "start": "2025-04-19T08:45:00",
        "messages": [
            (
                "c",
                "hey, want to rent 2 scooters for the weekend, me and my mate [[P:Dev Patel]]\nwe are staying at an airbnb on [[A:via Nizza 88]] near {{W:Porta Nuova}}",
            ),
            (
                "a",
                "Hi [[P:Tom]]! Two {{PD:Vespa Primavera 125}} are available, {{$:45 €}} per day each. We need a driving licence and a card for the deposit.",
            ),
            (
                "c",
                "cool. card is [[C:4532 9187 0012 3450]] exp 09/27\nlicence is from [[L:Ireland]] is that ok",
            ),
            (
                "a",
                "Irish licences are fine 👍 Booking ref {{R:ZR-19044}}. Pickup at our shop on {{W:corso Vittorio Emanuele II}} from {{TM:9:00}}. - [[P:Marco]] from the team",
            ),
            (
                "c",
                "sweet. if im late call [[P:Dev]] [[T:+44 7911 123 456]] my phone dies a lot lol",
            ),
            ("c", "oh and can u email receipt to [[E:tom.baker.dublin@example.com]] thx"),
        ],
    },
    {
        "business": "scooter",
        "platform": "telegram",
        "customer": "Wei Zhang",
        "lang": "it",
        "start": "2025-05-08T12:30:00",
        "messages": [
            (
                "c",
                "ciao io [[P:Zhang Wei]], studente al politecnico. abito [[A:via Madama Cristina 104 int 6]] [[L:San Salvario]]. monopattino mensile quanto costa?",
            ),
            (
                "a",
                "Ciao! L'abbonamento mensile studenti è {{$:29,90 €}}. Ti serve il tesserino del {{W:Politecnico}} e un documento.",
            ),
            (
                "c",
                "ok. documento è passaporto [[L:cinese]]. telegram mio è [[H:zhangwei_to]], anche wechat stesso nome",
            ),
            (
                "a",
                "Va bene. Ti mandiamo il link per pagare, codice abbonamento {{R:SUB-M-0508-112}}. [[P:Andrea]]",
            ),
            (
                "c",
                "grazie [[P:andrea]]. il mio coinquilino [[P:Li Na]] vuole anche, lei numero [[T:+39 392.558.7104]]",
            ),
            ("a", "Perfetto, scrivo io a [[P:Li Na]]. Buona giornata!"),
        ],
    },
    {
        "business": "scooter",
        "platform": "messenger",
        "customer": "Giuseppe Arcuri",
        "lang": "it",
        "start": "2025-06-21T19:02:00",
        "messages": [
            (
                "c",
                "buonasera ho ricevuto una multa x un vostro scooter ma io il 14 giugno ero a [[L:Cosenza]] da mia madre!!! targa {{R:GD 41872}}",
            ),
            (
                "a",
                "Buonasera, ci dispiace. Ci può dare nome, codice fiscale e indirizzo di residenza per verificare il noleggio?",
            ),
            (
                "c",
                "[[P:Giuseppe Arcuri]] cf [[CF:DLBGNN78T08L219X]] (si lo so è strano è di quando ero in comune a [[L:Torino]])\nresidenza [[A:corso Francia 211]]",
            ),
            ("c", "[[A:10138]] [[L:Torino]] scala C"),
            (
                "a",
                "Grazie signor [[P:Arcuri]]. Risulta un noleggio {{R:NL-0614-5532}} con il suo account alle {{TM:22:47}} del {{D:14/06}}, pagato con carta finale {{R:0881}}. Può essere stato qualcuno con la sua app?",
            ),
            ("c", "ah ecco... mio figlio [[P:Nicola]] 😤 ci parlo io. mi scusi"),
            ("a", "Nessun problema, capita! Buona serata. [[P:Sara]]"),
        ],
    },
    {
        "business": "scooter",
        "platform": "whatsapp",
        "customer": "Lukas",
        "lang": "en",
        "start": "2025-07-02T09:10:00",
        "messages": [
            (
                "c",
                "Guten Morgen! sorry my english not perfect. I am [[P:Lukas Schäfer]] from [[L:Stuttgart]], I rent scooter yesterday and I forgot my sunglasses in the box 😎",
            ),
            (
                "a",
                "Good morning [[P:Lukas]]! Which scooter? The number is on the back, like {{R:ZR-112}}.",
            ),
            (
                "c",
                "it was 207 I think. Ich bin nicht sicher. You can send to my hotel, {{W:Hotel Principi di Piemonte}}? no sorry, I am in a B&B, [[A:via Lagrange 9]]",
            ),
            (
                "a",
                "Found them! We can drop them off today between {{TM:14:00}} and {{TM:16:00}}. Whose name is on the intercom?",
            ),
            (
                "c",
                "bell says [[P:Ferrero]] (the owner) ha ha not the chocolate 😂 my number [[T:+49 171 4482 903]]",
            ),
            ("a", "Great, see you later. Our courier [[P:Omar]] will bring them."),
        ],
    },
    {
        "business": "scooter",
        "platform": "instagram",
        "customer": "martina.rides",
        "lang": "it",
        "start": "2025-08-12T17:25:00",
        "messages": [
            (
                "c",
                "ciaoo volevo fare una collab! sono [[P:Martina Sereno]] ho un canale di viaggi [[U:youtube.com/@martinasereno]] e tiktok [[U:tiktok.com/@martina.rides]]",
            ),
            (
                "c",
                "faccio video in giro x [[L:Torino]] in scooter, tipo dal {{W:Valentino}} a {{W:Superga}} 🛵",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! Bello! Scrivici una proposta a partnership@, la guarda [[P:Elisa]] del marketing. Intanto ti offriamo il codice {{R:RIDE10}}.",
            ),
            (
                "c",
                "top! mandato da [[E:martina punto sereno chiocciola libero punto it]]\nse serve il mio agente è [[P:Paolo Grisenti]] [[T:011/765.43.21]]",
            ),
            ("a", "Ricevuto, ti risponde [[P:Elisa]] entro {{D:venerdì}}. 🧡"),
        ],
    },
    # ---------------- dog treats ----------------
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "bobo_il_beagle",
        "lang": "it",
        "start": "2025-01-20T20:15:00",
        "messages": [
            (
                "c",
                "ciao!! il mio beagle {{W:bobo}} va matto x i vostri biscotti 🐶 vorrei ordinare 3 sacchetti di {{PD:Zucca & Carote}}",
            ),
            (
                "a",
                "Ciao! Che bello 🥰 Sono {{$:6,50 €}} l'uno, spedizione {{$:5,90 €}}. Mi scrivi nome e indirizzo?",
            ),
            (
                "c",
                "[[P:Serena Palumbo]]\n[[A:via Roma 3]] (si proprio via roma lol)\n[[A:80048]] [[L:Sant'Anastasia]] [[L:NA]]",
            ),
            ("c", "citofono [[P:Palumbo-Esposito]] pk è la casa di mia nonna [[P:Carmela]]"),
            (
                "a",
                "Perfetto [[P:Serena]]! Ordine {{O:BB-00417}}. Tracking {{TR:0039 8812 4456 01}} appena parte 📦",
            ),
            (
                "c",
                "graziee ps il profilo di {{W:bobo}} è [[H:@bobo_il_beagle]] taggatelo se fate foto 😂",
            ),
        ],
    },
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "Anja K",
        "lang": "en",
        "start": "2025-02-27T09:40:00",
        "messages": [
            (
                "c",
                "hi do u ship to [[L:Austria]]? we live in [[L:Innsbruck]] and my husky is allergic to chicken, do u have grain free?",
            ),
            (
                "a",
                "Hi! Yes we ship to [[L:Austria]] ({{$:12 €}}). Our {{PD:Salmone & Patata Dolce}} is grain free and chicken free 🐟",
            ),
            (
                "c",
                "perfect. name [[P:Anja Kowalczyk]], [[A:Anichstraße 24/3]], [[A:6020]] [[L:Innsbruck]]\nphone [[T:+43 664 318 2290]]",
            ),
            (
                "a",
                "Noted! Order {{O:BB-00452}} total {{$:31,50 €}}. You can pay by {{B:PayPal}} or bank transfer.",
            ),
            (
                "c",
                "transfer from my bank is [[I:DE78 3704 0044 0532 0130 04]] (german account from when i lived in [[L:Köln]])",
            ),
            (
                "c",
                "oh the dog is called {{W:Speranza}} lol my italian grandma named her. nonna [[P:Pina]] says hi",
            ),
            ("a", "Ciao to {{W:Speranza}} and to nonna [[P:Pina]]! 💛 Shipping {{D:Monday}}."),
        ],
    },
    {
        "business": "dog",
        "platform": "whatsapp",
        "customer": "Dario",
        "lang": "it",
        "start": "2025-03-14T13:05:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:Dario]] del pet shop {{B:Zampe Felici}} di [[L:Lecco]], vorremmo rivendere i vostri snack. fate prezzi x negozi?",
            ),
            (
                "a",
                "Ciao [[P:Dario]]! Sì, listino rivenditori da 20 pezzi. Ci serve ragione sociale e partita IVA per la fattura.",
            ),
            (
                "c",
                "partita iva [[V:04123980585]] intestata a me [[P:Dario Colombo]] ditta individuale\nsede [[A:via Cavour 41]] [[A:23900]] [[L:Lecco]]",
            ),
            (
                "a",
                "Grazie! Ti mando il listino su [[E:dario.colombo@zampefelici.example.it]]? Va bene anche {{PD:Ossicini al Grana Padano}} e {{PD:Biscotto Prosecco-free}} 😄",
            ),
            (
                "c",
                "si mail giusta. cmq nn il prosecco x carità 😂 il mio socio [[P:Ivan]] è astemio anche lui",
            ),
            ("a", "Ahah ok! Listino inviato, rif {{R:RIV-2025-031}}. [[P:Laura]]"),
        ],
    },
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "fatou.diallo",
        "lang": "it",
        "start": "2025-04-22T16:50:00",
        "messages": [
            (
                "c",
                "bonjour, scusa mio italiano. io [[P:Fatou Diallo]], lavoro come dog sitter a [[L:Milano]]. ho 4 cani clienti 🐕🐕🐕🐕",
            ),
            (
                "c",
                "voglio torta compleanno per cane, si chiama {{W:Felice}}, compie 5 anni il {{D:3 maggio}}",
            ),
            (
                "a",
                'Ciao [[P:Fatou]]! Facciamo la {{PD:Torta Bau Party}} da {{$:18 €}}. Scriviamo "Buon compleanno {{W:Felice}}"? 🎂',
            ),
            (
                "c",
                "si! ma è per la padrona signora [[P:Brambilla]], consegna a lei [[A:viale Monza 140]], terzo piano, citofono [[P:Brambilla]]",
            ),
            ("c", "il mio numero [[T:+33 6 12 48 77 90]] francese, o italiano [[T:328 90 14 562]]"),
            ("a", "Perfetto! Consegna {{D:2 maggio}} mattina. Ordine {{O:BB-00519}}."),
            ("c", "merci beaucoup! c'est super gentil ❤️", "fr"),
        ],
    },
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "Kelly",
        "lang": "en",
        "start": "2025-05-30T22:10:00",
        "messages": [
            (
                "c",
                "hiii ur account was recommended by [[H:@milo.thegolden]] 🐾 i have a dog blog too [[U:https://kellyandpeanut.blog]] would love to review ur treats",
            ),
            (
                "a",
                "Hi [[P:Kelly]]! Thank you! We'd be happy to send a sample box 🥰 Where should it go?",
            ),
            (
                "c",
                "im [[P:Kelly Nguyen]], staying with my boyfriend [[P:Marco Rinaldi]] in [[L:Verona]] this summer\n[[A:vicolo San Pietro Incarnario 6]]",
            ),
            ("c", "[[A:37122]]\nhe's at work all day so leave w the neighbour mrs [[P:Tosi]]"),
            (
                "a",
                "Got it! Sample box {{PD:Degustazione Mix}} shipping {{D:June 4}}, tracking {{TR:JJD0002249871453}}. - [[P:Laura]]",
            ),
            ("c", "yay!! also my linktree if u want to repost [[U:linktr.ee/kellyandpeanut]]"),
        ],
    },
    # ---------------- chimney ----------------
    {
        "business": "chimney",
        "platform": "whatsapp",
        "customer": "Ernesto Bianchi",
        "lang": "it",
        "start": "2025-09-15T07:55:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei la pulizia della canna fumaria stufa a legna prima dell inverno, siamo a [[L:Castelrotto]] frazione [[A:località Siusi 47]]",
            ),
            (
                "a",
                "Buongiorno, siamo in zona {{W:Val Gardena}} il {{D:giovedì 25 settembre}}. Il servizio completo con verifica tiraggio costa {{$:120 €}} + IVA. Ci conferma nome e telefono?",
            ),
            ("c", "[[P:Ernesto Bianchi]] [[T:0471\n706 128]] fisso, meglio la sera"),
            (
                "a",
                "Perfetto signor [[P:Bianchi]]. Passerà il nostro tecnico [[P:Walter]] tra le {{TM:8}} e le {{TM:10}}.",
            ),
            (
                "c",
                "va bene. la casa è gialla dopo la chiesa di {{W:San Valentino}}, se nn trovate chiedete alla [[P:Resi]] del bar",
            ),
            ("a", "Benissimo. Appuntamento {{R:SP-0925-014}}. Buona giornata! [[P:Walter]]"),
        ],
    },
    {
        "business": "chimney",
        "platform": "messenger",
        "customer": "Anna Rita Pellegrini",
        "lang": "it",
        "start": "2025-10-03T18:40:00",
        "messages": [
            (
                "c",
                "salve avrei bisogno di un certificato di pulizia x l assicurazione, la caldaia è a pellet. intestato a me [[P:Anna Rita Pellegrini]] cf [[CF:MRTFNC85M41H501M]]",
            ),
            (
                "c",
                "cioè no scusate quello è il cf di mia sorella [[P:Francesca]], il mio ve lo mando dopo che lo cerco 🙄",
            ),
            (
                "a",
                "Nessun problema. Ci serve anche l'indirizzo dell'immobile e una mail dove mandare il certificato.",
            ),
            (
                "c",
                "[[A:strada vicinale delle Vigne 3]], [[L:Montalcino]]\nmail [[E:annarita.pellegrini[at]example[dot]it]]",
            ),
            (
                "a",
                "Grazie! La pulizia è a {{$:95 €}}. Siamo nella zona del {{W:Brunello}} il {{D:14 ottobre}}. Va bene? [[P:Stefano]]",
            ),
            (
                "c",
                "ok ma di pomeriggio, la mattina ho in casa mia suocera [[P:Assunta]] che dorme 😅",
            ),
            ("a", "Segnato dopo le {{TM:14:30}}. A presto!"),
        ],
    },
    {
        "business": "chimney",
        "platform": "whatsapp",
        "customer": "Mark Jennings",
        "lang": "en",
        "start": "2025-10-20T10:15:00",
        "messages": [
            (
                "c",
                "hello we bought an old farmhouse in [[L:Umbria]], near [[L:Spello]], the fireplace smokes inside the house a lot. can you come look? we are [[P:Mark]] and [[P:Sue Jennings]]",
            ),
            (
                "a",
                "Hello [[P:Mark]]! Yes, we can do an inspection with camera ({{$:150 €}}). Could you send the address?",
            ),
            (
                "c",
                "its [[A:località Collepino 12]], [[A:06038]] [[L:Spello]] [[L:PG]]. google maps puts it wrong, theres a green gate\nmy cell [[T:+1 (503) 555-0187]]",
            ),
            (
                "a",
                "Thank you. Our technician [[P:Walter Ferri]] will come {{D:October 28}} around {{TM:11am}}.",
            ),
            (
                "c",
                "great. [[P:Sue]] will be there, shes [[T:+1 503 555 0142]]. and can u invoice to my company? VAT is [[V:02876540150]] its italian, our accountant dott. [[P:Rinaldi]] set it up",
            ),
            (
                "a",
                "Of course, invoice {{R:FT-2025-0412}} will follow the visit. - [[P:Stefano]], {{B:Spazzacamino Ferri & Figli}}",
            ),
        ],
    },
    {
        "business": "chimney",
        "platform": "messenger",
        "customer": "Ivana",
        "lang": "it",
        "start": "2025-11-04T20:30:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:ivana]] il vostro spazzacamino è venuto stamattina e ha lasciato tutto pieno di fuliggine sul tappeto 😡😡",
            ),
            (
                "a",
                "Buonasera, ci scusiamo molto. Ci può dire nome completo e indirizzo per ritrovare l'intervento?",
            ),
            (
                "c",
                "[[P:Ivana Horvat]] [[A:via Pordenone 12/B]] [[L:Sacile]]. il tecnico era uno alto, [[P:Denis]] credo",
            ),
            (
                "a",
                "Sì, intervento {{R:SP-1104-003}} di [[P:Denis]]. Le mandiamo un'impresa per la pulizia del tappeto a nostre spese. Va bene {{D:giovedì}}?",
            ),
            (
                "c",
                "va bene. chiamate mio marito [[P:Zoran]] [[T:+385 91 552 3310]] io lavoro\nah e ha rotto anche un vaso di {{B:Venini}} 🙃",
            ),
            ("a", "Ci pensiamo noi, ci mandi una foto del vaso. Di nuovo scuse, [[P:Stefano]]"),
        ],
    },
    {
        "business": "chimney",
        "platform": "telegram",
        "customer": "Rocco",
        "lang": "it",
        "start": "2025-11-18T08:00:00",
        "messages": [
            (
                "c",
                "giorno. preventivo x 3 camini in un condominio [[A:via Garibaldi 56]] [[L:Belluno]], sono l amministratore [[P:Rocco De Marchi]] studio {{B:De Marchi Amministrazioni}}",
            ),
            (
                "a",
                "Buongiorno geometra! Per tre canne il preventivo è {{$:330 €}} + IVA. Ci serve la P.IVA dello studio.",
            ),
            (
                "c",
                "[[V:09312450373]]\nreferente in loco il portiere sig. [[P:Gino]] [[T:347-112-0093]]",
            ),
            ("a", "Grazie. Preventivo {{R:PRV-1118-09}} inviato. Proponiamo {{D:1 dicembre}}."),
            (
                "c",
                "ok fatturate all email dello studio [[E:rocco.demarchi@studiodm.example.it]] grazie",
            ),
            (
                "c",
                "ah dimenticavo, all interno 4 abita la sig.ra [[P:Tamara Kovačević]] che ha un cane che morde 😬 suonate prima a lei, [[T:0437 / 92 18 05]]\nil camino del terzo piano invece è del sig. [[P:Dal Farra]], lui è a [[L:Cortina]] fino a natale, le chiavi le ha il figlio [[P:Enrico]]",
            ),
            (
                "a",
                "Grazie dell'avviso! Il tecnico [[P:Walter]] chiamerà la signora [[P:Kovačević]] il giorno prima. Buona giornata [[P:Rocco]].",
            ),
        ],
    },
    # ---------------- swim ----------------
    {
        "business": "swim",
        "platform": "whatsapp",
        "customer": "Elena Rossi",
        "lang": "it",
        "start": "2025-09-01T09:20:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei iscrivere i miei figli al corso di nuoto, [[P:Tommaso]] 6 anni e [[P:Bianca]] 4 anni. io sono [[P:Elena Rossi]]",
            ),
            (
                "a",
                "Buongiorno! Per i 4 anni c'è {{PD:Acquaticità Pesciolini}} il {{D:martedì}} alle {{TM:17:00}}, per i 6 anni {{PD:Delfini Junior}} il {{D:giovedì}}. Quota {{$:180 €}} a trimestre.",
            ),
            (
                "c",
                "perfetto. [[P:bianca]] ha paura dell acqua 🙈 il papà [[P:Alessio]] la porta il martedì\nil num di [[P:alessio]] [[T:0039 333 481 7720]]",
            ),
            ("c", "e il mio [[T:340 7718\n293]]"),
            (
                "a",
                "Nessun problema, l'istruttrice [[P:Sofia]] è bravissima coi più piccoli 🐬 Serve il certificato medico del pediatra.",
            ),
            (
                "c",
                "ok lo chiedo al dott. [[P:Stoka]]. per il pagamento ho la carta [[C:5354 1822 0067 8941]] va bene?",
            ),
            (
                "a",
                "Meglio di persona al POS, non mandi i dati della carta in chat 🙏 Iscrizione {{R:ISC-0901-22}}. [[P:Giada]] - {{B:Delfini Blu Scuola Nuoto}}",
            ),
        ],
    },
    {
        "business": "swim",
        "platform": "messenger",
        "customer": "Priya Sharma",
        "lang": "en",
        "start": "2025-09-09T15:45:00",
        "messages": [
            (
                "c",
                "hi do you have english speaking instructors? we just moved from [[L:Bangalore]] to [[L:Padova]] for my husbands job, my son [[P:Arjun]] is 7",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Yes, instructor [[P:Sofia]] speaks English. Group {{PD:Delfini Junior}} {{D:Thursday}} at {{TM:17:45}}.",
            ),
            (
                "c",
                "great. full name for form: [[P:Arjun Sharma Iyer]], dob 12/03/2018\nparent [[P:Priya Sharma]], dad is [[P:Rohan Iyer]]",
            ),
            ("c", "we live at [[A:via Savonarola 149, scala A int. 5]], [[A:35137]]"),
            (
                "a",
                "Thank you! Please bring a swim cap in {{W:giallo}} (yellow, the group colour) 😊 Reference {{R:ISC-0909-41}}.",
            ),
            (
                "c",
                "ok. my email [[E:priya.sharma.iyer@example.com]], the school sends msgs on whatsapp to [[T:+91 98450 22731]]? my italian number not active yet",
            ),
            ("a", "Sure, we'll use that. Welcome to [[L:Padova]]! [[P:Giada]]"),
        ],
    },
    {
        "business": "swim",
        "platform": "whatsapp",
        "customer": "Nonno Pino",
        "lang": "it",
        "start": "2025-10-06T16:30:00",
        "messages": [
            (
                "c",
                "salve sono il nonno di [[P:Gaia Fontana]] la accompagno io il mercoledi. volevo sapere se posso entrare in vasca a vederla",
            ),
            (
                "a",
                "Buongiorno! I genitori e i nonni possono guardare dalla tribuna al primo piano 😊",
            ),
            (
                "c",
                "grazie. mi chiamo [[P:Giuseppe Fontana]] ma tutti mi chiamano [[P:Pino]]. la [[P:gaia]] è contenta della maestra [[P:Rosa]]",
            ),
            ("a", "Che bello! Riferiamo a [[P:Rosa]] 🌹"),
            (
                "c",
                "ah un altra cosa mia nuora [[P:Daniela]] chiede se la cuffia va bene quella {{B:Arena}} {{W:rosa}} o deve essere gialla",
            ),
            (
                "a",
                "Va bene qualsiasi cuffia, anche {{W:rosa}}! Saluti a [[P:Daniela]] e buona serata signor [[P:Pino]].",
            ),
        ],
    },
    {
        "business": "swim",
        "platform": "messenger",
        "customer": "Carmen Ruiz",
        "lang": "it",
        "start": "2025-10-21T12:10:00",
        "messages": [
            (
                "c",
                "hola! scusa, io sono [[P:Carmen Ruiz Gallardo]], spagnola, abito a [[L:Treviso]] da poco. mia figlia [[P:Lucía]] (8 anni) vuole fare nuoto agonistico",
            ),
            (
                "c",
                "en [[L:España]] nadaba en el club de [[L:Sevilla]], tiene ya el nivel 3, no sé cómo se dice aquí",
                "es",
            ),
            (
                "a",
                "Ciao [[P:Carmen]]! Può fare una prova di livello {{D:sabato}} alle {{TM:9:00}} con l'allenatore [[P:Matteo]]. Ci lascia un contatto?",
            ),
            (
                "c",
                "si [[T:+34 612 48 90 31]] e [[E:carmen.ruiz.g@example.es]]\nel padre [[P:Javier]] vive ancora in [[L:Sevilla]], per i documenti chiedo a lui",
            ),
            ("a", "Perfetto. Prova {{R:PRV-NUO-1025}}. A sabato!"),
            (
                "c",
                "gracias! ah il nostro indirizzo per il modulo è [[A:borgo Cavalli 33]] [[L:Treviso]]",
            ),
        ],
    },
    {
        "business": "swim",
        "platform": "whatsapp",
        "customer": "Fra",
        "lang": "it",
        "start": "2025-11-11T19:55:00",
        "messages": [
            (
                "c",
                'ciao scusa il disturbo, oggi mio figlio [[P:Leo]] ha perso l accappatoio blu con scritto "[[P:LEO M.]]" nello spogliatoio 😭',
            ),
            ("a", "Ciao! L'ha trovato [[P:Rosa]] della reception, è qui 😊 Passate quando volete."),
            (
                "c",
                "grazieee. passa a prenderlo mia cognata [[P:Marta Zanetti]] domani, va bene?\nio sono [[P:Francesca Moretti]] se serve",
            ),
            (
                "a",
                "Certo, lasciamo il nome alla reception. Ricordo che il rinnovo del trimestre è {{$:180 €}} entro il {{D:30 novembre}}.",
            ),
            (
                "c",
                "ok faccio bonifico da [[I:IT90 M020 0811 7700 0010 5683 921]] causale [[P:Leo Moretti]] delfini?",
            ),
            (
                "a",
                'Perfetto, causale "{{R:ISC-0903-17}} [[P:Leo Moretti]]". Grazie [[P:Francesca]]! [[P:Giada]]',
            ),
        ],
    },
    {
        "business": "swim",
        "platform": "instagram",
        "customer": "coach_yusuf",
        "lang": "en",
        "start": "2025-12-01T10:00:00",
        "messages": [
            (
                "c",
                "hello, im [[P:Yusuf Adeyemi]], former swimmer from [[L:Lagos]], now living in [[L:Vicenza]]. looking for work as instructor, i have FIN certificate",
            ),
            (
                "c",
                "my cv is on my site [[U:www.yusufadeyemi-swim.com]] and insta [[H:@coach_yusuf]]",
            ),
            (
                "a",
                "Hi [[P:Yusuf]]! Thanks for reaching out. Please send your CV to our coordinator [[P:Giada Benetti]], she'll call you.",
            ),
            ("c", "ok thank u. my number [[T:+39 366 901 44 58]]. i can start {{D:January}}"),
            ("a", "Great, we've got it. Have a nice day!"),
            (
                "c",
                "sorry one more thing, reference from my old club coach [[P:Chidi Okonkwo]], his email [[E:chidi.okonkwo (at) example (dot) com]]\nand my current landlord sig. [[P:Zordan]] can confirm i live in [[L:Vicenza]] if needed 😅",
            ),
            ("a", "Thank you [[P:Yusuf]], noted. [[P:Giada]] will be in touch."),
        ],
    },
    # ---------------- cars ----------------
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Salvatore Greco",
        "lang": "it",
        "start": "2025-03-25T11:30:00",
        "messages": [
            (
                "c",
                "salve ho visto la {{PD:Fiat Panda 1.2 Lounge}} grigia del 2019 a {{$:8.900 €}}, è ancora disponibile? annuncio {{R:AU-55921}}",
            ),
            (
                "a",
                "Buongiorno! Sì, disponibile, 62.000 km, tagliandata. Vuole fissare una prova? [[P:Roberto]]",
            ),
            (
                "c",
                "si sabato. io sn [[P:Salvatore Greco]], vengo da [[L:Acireale]] con mio fratello [[P:Turi]] che capisce di macchine",
            ),
            (
                "c",
                "per il finanziamento vi lascio il codice fiscale [[CF:KWLNNA92E55Z118A]]... no aspè è quello di mia moglie [[P:Anna]], meglio a nome suo tanto",
            ),
            (
                "a",
                "Va bene, prepariamo la pratica a nome della signora. Ci serve anche una mail e un numero.",
            ),
            ("c", "[[E:greco.salvo80@example.it]] e [[T:095 / 764 31 20]]"),
            (
                "a",
                "Perfetto. Sabato ore {{TM:10:00}}, piazzale di {{W:viale Mario Rapisardi}}. A presto!",
            ),
        ],
    },
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Hans Müller",
        "lang": "en",
        "start": "2025-05-05T14:00:00",
        "messages": [
            (
                "c",
                "Hello, I am interested in the {{PD:Alfa Romeo Giulietta}} red. I live in [[L:Zürich]] but I have holiday house in [[L:Lugano]]. can you export to [[L:Switzerland]]?",
            ),
            (
                "a",
                "Hello! Yes, we handle export documents. The price is {{$:11.500 €}} plus {{$:350 €}} for the export plates.",
            ),
            (
                "c",
                "ok. my details: [[P:Hans-Peter Müller]], [[A:Seefeldstrasse 118]], [[A:8008]] [[L:Zürich]]\ntel [[T:+41 79 412 88 06]]",
            ),
            ("c", "payment with card [[C:3761 920441 01237]] for the deposit, rest by transfer"),
            (
                "a",
                "Thank you Mr [[P:Müller]]. Deposit {{$:1.000 €}}, order {{O:VEND-2025-0505-3}}. [[P:Roberto]]",
            ),
            (
                "c",
                "gut, danke. my wife [[P:Ursula]] will drive it back, she needs the papers in her name too?",
                "en",
            ),
            ("a", "Only the buyer's name is needed. Have a good day!"),
        ],
    },
    {
        "business": "cars",
        "platform": "instagram",
        "customer": "the_real_nico",
        "lang": "it",
        "start": "2025-06-17T23:05:00",
        "messages": [
            (
                "c",
                "bro quanto viene la {{PD:Golf GTI}} nera?? sono [[P:nico]] ho 19 anni neopatentato 😎",
            ),
            (
                "a",
                "Ciao! La {{PD:Golf GTI}} è {{$:16.900 €}}, ma attenzione: da neopatentato non puoi guidarla per limiti di potenza. Ti proponiamo la {{PD:Polo 1.0}} a {{$:9.400 €}}.",
            ),
            (
                "c",
                "nooo 😭 vbb allora chiedo a mio padre [[P:Massimo Ferrante]] di venire lui\nil suo num [[T:338 5590 771]]",
            ),
            ("c", "ah e io sono su ps5 [[H:NicoFerr_07]] se volete giocare ahah"),
            (
                "a",
                "Ahah! Aspettiamo tuo padre allora 😄 Siamo a {{W:Brescia}} in {{W:via Orzinuovi}}.",
            ),
            ("c", "ok noi siamo di [[L:Chiari]] 20 min. ciao"),
        ],
    },
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Olena Bondarenko",
        "lang": "it",
        "start": "2025-07-29T09:50:00",
        "messages": [
            (
                "c",
                "buongiorno io [[P:Olena Bondarenko]], ucraina, abito a [[L:Brescia]] [[A:via Milano 205]]. ho comprato da voi {{PD:Opel Corsa}} a maggio e la spia motore è accesa",
            ),
            (
                "a",
                "Buongiorno signora! La garanzia copre l'intervento. Ci dice la targa o il numero di contratto?",
            ),
            (
                "c",
                "contratto {{R:CTR-24-0871}}\nio lavoro fino le 18, può portare macchina mio compagno [[P:Bogdan]]?",
            ),
            (
                "a",
                "Certo. Officina aperta dalle {{TM:8:00}} alle {{TM:18:30}}. Mi lascia un numero di [[P:Bogdan]]?",
            ),
            (
                "c",
                "[[T:+380 67 412 5593]] lui parla poco italiano, meglio inglese\nio [[T:389 2041 776]]",
            ),
            ("a", "Perfetto, lo chiama [[P:Roberto]] domattina. Buona giornata!"),
        ],
    },
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Ahmed",
        "lang": "it",
        "start": "2025-08-08T17:20:00",
        "messages": [
            (
                "c",
                "salam ciao, sono [[P:Ahmed El Mansouri]], voglio vendere la mia macchina a voi, {{PD:Dacia Sandero}} del 2016, 140mila km",
            ),
            (
                "a",
                "Ciao [[P:Ahmed]]! Possiamo fare una valutazione gratuita. Dove si trova l'auto?",
            ),
            (
                "c",
                "a casa mia a [[L:Rovato]], [[A:via Franciacorta 12]]. posso portare io. il mio nome sul libretto è [[P:El Mansouri Ahmed]]",
            ),
            (
                "c",
                "il pagamento su conto spagnolo va bene? ho lavorato a [[L:Barcellona]], conto [[I:ES91 2100 0418 4502 0005 1332]]",
            ),
            (
                "a",
                "Meglio un conto italiano o assegno, ne parliamo in sede. Valutazione {{R:VAL-0808-06}} {{D:martedì}} alle {{TM:15:00}}. [[P:Roberto]]",
            ),
            ("c", "ok. mio cugino [[P:Youssef]] viene con me. grazie fratello 🙏"),
        ],
    },
    {
        "business": "scooter",
        "platform": "telegram",
        "customer": "k4tja",
        "lang": "it",
        "start": "2025-09-03T23:40:00",
        "messages": [
            (
                "c",
                "aiuto!! qualcuno ha usato il mio account {{B:zipride}} stanotte, mi sono arrivati 3 noleggi che nn ho fatto 😱 sono [[P:Katia Lombardo]], account [[E:katia.lombardo91@example.it]]",
            ),
            (
                "a",
                "Ciao [[P:Katia]], blocchiamo subito l'account. Vediamo accessi da un IP diverso dal solito alle {{TM:02:14}}. Tu di solito ti colleghi da casa?",
            ),
            (
                "c",
                "si da casa a [[L:Moncalieri]], il mio ip di casa dovrebbe essere [[IP:93.41.227.18]] me l ha detto mio fratello [[P:Gabri]] che fa il sistemista",
            ),
            (
                "c",
                "lui dice che quello strano è [[IP:185.220.101.47]] e anche uno ipv6 [[IP:2a01:4f8:c17:2b9e::1]] 🤷‍♀️",
            ),
            (
                "a",
                "Grazie, giriamo tutto al nostro tecnico [[P:Andrea]]. I noleggi {{R:NL-0903-7781}}, {{R:NL-0903-7782}} e {{R:NL-0903-7790}} verranno stornati, totale {{$:23,40 €}}.",
            ),
            (
                "c",
                "grazie mille 🙏 la carta collegata era [[C:4012 8886 0012 8819]], devo bloccarla?",
            ),
            (
                "a",
                "Per sicurezza sì, chiama la tua banca. E per favore non scrivere il numero intero in chat la prossima volta 😅 [[P:Sara]]",
            ),
            (
                "c",
                "ops vero 🙈 ok\nil mio nuovo num x l sms di verifica è [[T:+39 345 66\n10 298]]",
            ),
            ("a", "Aggiornato. Ti arriverà un codice dal numero {{R:40555}}. Buonanotte!"),
        ],
    },
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Lorenzo Bassi",
        "lang": "it",
        "start": "2025-10-14T18:15:00",
        "messages": [
            (
                "c",
                "buonasera vorrei dare in permuta la mia {{PD:Lancia Ypsilon}} e prendere la {{PD:Toyota Yaris Hybrid}} bianca che avete a {{$:14.700 €}}",
            ),
            (
                "a",
                "Buonasera! Ci può dare nome, targa e chilometri della {{PD:Ypsilon}}? Così il nostro perito fa una stima.",
            ),
            (
                "c",
                "[[P:Lorenzo Bassi]], targa {{R:FK 318 ZT}}, 98mila km\nla macchina però è intestata a mia zia [[P:Bassi Ornella]] che abita a [[L:Gussago]], [[A:via Sale 11]]",
            ),
            ("c", "lei ha 82 anni e nn guida più, la usava il suo badante [[P:Mihai]]"),
            (
                "a",
                "Capito. Per il passaggio serve la presenza della signora [[P:Ornella]] o una delega firmata. Stima indicativa {{$:3.200 €}}.",
            ),
            (
                "c",
                "ok le faccio fare la delega. cmq la {{PD:yaris}} la intesto alla mia ditta, p iva [[V:02876540150]]... no aspetta quella è del mio commercialista lol, la mia ve la mando da pc",
            ),
            (
                "c",
                "la mail della ditta è [[E:lorenzo@bassi-serramenti.example.it]] e il sito del mio negozio [[U:bassi-serramenti.example.it/lorenzo]]",
            ),
            (
                "a",
                "Perfetto, la aspettiamo {{D:sabato 18}} alle {{TM:11:00}}. Pratica {{R:PERM-1014-02}}. [[P:Roberto]] - {{B:AutoPiù Usato Garantito}}",
            ),
            (
                "c",
                "sabato vengo cn mia moglie [[P:Giusy]], il mio num è [[T:(030) 274 91 60]] se tardo",
            ),
        ],
    },
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "Ji-woo",
        "lang": "en",
        "start": "2025-11-25T12:35:00",
        "messages": [
            (
                "c",
                "hello!! christmas box for my 2 dogs pls 🎄 name is [[P:Park Ji-woo]], [[P:P-A-R-K]] then [[P:J-I dash W-O-O]], people always write it wrong lol",
            ),
            (
                "a",
                "Hi! Got it, [[P:Park Ji-woo]] 😊 The {{PD:Box Natale Bau}} is {{$:24 €}}. Where do we ship?",
            ),
            (
                "c",
                "im in [[L:Firenze]] for erasmus, [[A:via dei Serragli 78 rosso]] [[A:50124]], name on door says [[P:Nardini]] (my host family)",
            ),
            (
                "c",
                "my dogs are back home in [[L:Busan]] with my mom, i send the box with my friend [[P:Min-seo]] who flies on the 20th",
            ),
            (
                "a",
                "Lovely! Order {{O:BB-00788}}, it ships {{D:December 2}}. Do you want a card with a message?",
            ),
            (
                "c",
                'yes: "to {{W:Mochi}} and {{W:Kimchi}} from unnie [[P:ji-woo]]" 🐶🐶 jk the dogs arent people haha, write "love from [[P:jiwoo]]"',
            ),
            ("a", "Haha done ✍️ Have a nice day! [[P:Laura]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(95, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
