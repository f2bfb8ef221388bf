# ruff: noqa: E501
"""Hand-written blind test corpus no. 121 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
address, phone number, e-mail, handle and link is invented. The checksummed identifiers (IBANs,
card numbers, codici fiscali, partite IVA) were computed once with python-stdnum / the Luhn
algorithm and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike that must survive (order numbers, prices, products, brands and
Page names, dates, times, tracking codes, ordinary words and public places, reference codes).

The six invented businesses: a driving school in Ancona, a gym with personal trainers in Turin,
an online seller of artisanal soaps, a hostel in Venice, a kids' birthday party organiser in Rome
and a mobile phone repair kiosk in Messina.

Regenerate with: .venv/bin/python make_handwritten121_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten121_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "autoscuola": "Autoscuola Brunetti Ancona",
    "gym": "MoleFit Lab Torino",
    "saponi": "Saponi di Nonna Adele",
    "ostello": "Ostello Ca' Zattere Venezia",
    "feste": "Le Feste di Zia Pina",
    "fix": "Carmelo Phone Fix Messina",
}
PAGE_IDS: dict[str, str] = {
    "autoscuola": "721990384756102",
    "gym": "721990917364205",
    "saponi": "721990240581736",
    "ostello": "721990663018427",
    "feste": "721990105927384",
    "fix": "721990872645310",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- driving school, Ancona
    {
        "business": "autoscuola",
        "platform": "whatsapp",
        "customer": "Fede Marinelli",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei iscrivere mio figlio [[P:Tommaso]] per la patente B, ha fatto 18 anni il {{D:3 marzo}} 🎉 cosa serve??",
            ),
            (
                "a",
                "Buongiorno! Servono carta d'identità, codice fiscale, certificato medico e 2 foto tessera. Il pacchetto teoria + 10 guide è {{$:950 €}}, si può pagare in 2 rate. Mi manda i dati del ragazzo?\n[[P:Sabrina]] - {{B:Autoscuola Brunetti}}",
            ),
            (
                "c",
                "allora [[P:Tommaso Marinelli]]\ncf [[CF:MRNTMS07C03A271M]]\nabitiamo in [[A:via Torresi 41]] a [[L:Collemarino]], [[A:60127]] 👍",
            ),
            ("c", "il cell suo è [[T:347 882\n1054]] il mio [[T:+39 333.419.2207]]"),
            (
                "a",
                "Perfetto, grazie! Per il certificato medico può andare dal dott. [[P:Cingolani]] che riceve qui da noi il {{D:martedì}} alle {{TM:17:30}}, costa {{$:45 €}}. Ci serve anche una mail per il portale della motorizzazione",
            ),
            (
                "c",
                "[[E:tommaso.marinelli07 chiocciola gmail punto com]] oppure la mia [[E:fede.gasparri@libero.it]] se nn la legge 😅",
            ),
            (
                "c",
                "ah e se può fare le guide col sig [[P:Brunetti]] il pomeriggio meglio, [[P:tommi]] la mattina ha scuola",
            ),
            (
                "a",
                "Certo, segno preferenza pomeriggio con [[P:Walter]] (il sig. [[P:Brunetti]] 😊). La pratica è la {{R:PR-2025-0412}}. A presto! [[P:Sabrina]]",
            ),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "messenger",
        "customer": "Chinedu Okafor",
        "lang": "en",
        "start": "2025-03-11T16:40:00",
        "messages": [
            (
                "c",
                "hello good morning i am [[P:Chinedu Okafor]] from [[L:Nigeria]], i have driving licence of my country, i want to take italian patente. my friend [[P:Emeka]] say you help foreigner",
            ),
            (
                "a",
                "Hello [[P:Chinedu]]! Yes, licences from outside the EU like yours cannot be converted, so you need the full patente B. We have theory lessons in English every {{D:Thursday}} at {{TM:6 pm}}, the package is {{$:790 €}}.\n[[P:Marco]] from the team",
            ),
            (
                "c",
                "ok good. my codice fiscale is [[CF:KFRCND99S22Z335H]] and permesso di soggiorno ok. i live in [[A:via Ascoli Piceno 12 int 3]] in [[L:Ancona]] near {{W:Piazza Cavour}}",
            ),
            (
                "c",
                "my number here is [[T:351 204 7718]], the [[L:Nigeria]] one is [[T:+234 803 514 2287]] but only whatsapp",
            ),
            ("a", "Thanks! Can you send also an email for the quiz app?"),
            ("c", "[[E:okafor point chinedu99 at yahoo dot com]]"),
            (
                "a",
                "Registered ✅ your file is {{R:PR-2025-0431}}. See you {{D:Thursday}}! [[P:Marco]]",
            ),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "instagram",
        "customer": "lucamartini_85",
        "lang": "it",
        "start": "2025-03-19T21:05:00",
        "messages": [
            (
                "c",
                "ciao ho fatto l'esame di teoria da voi ma poi ho rinunciato x lavoro, mi avevate detto che rimborsavate le guide nn fatte. sono [[P:Luca Martini]] cf [[CF:MRTLCU85M12A271P]]",
            ),
            ("a", "Ciao [[P:Luca]], sì, le 4 guide non fatte sono {{$:160 €}}. Ci mandi l'IBAN?"),
            (
                "c",
                "[[I:IT87M0306909606100000061234]]\nè cointestato con mia moglie [[P:Rosa Pieroni]] va bene lo stesso?",
            ),
            (
                "c",
                "lei vi segue pure su insta è [[H:rosettapieroni]], [[P:rosetta]] per gli amici 😂 magari si iscrive lei dopo",
            ),
            (
                "a",
                "Va benissimo cointestato. Bonifico entro {{D:venerdì 14}}. [[P:Giorgio]] l'istruttore ti saluta! [[P:Sabrina]]",
            ),
            (
                "c",
                "grazie mille 🙏 salutatemi [[P:giorgio]]. se serve ricevuta mandatela a [[E:luca.martini85[at]tiscali[dot]it]]",
            ),
            ("a", "Fatto, ricevuta n. {{R:RC-0093/25}} inviata"),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "whatsapp",
        "customer": "Giuly 🌸",
        "lang": "it",
        "start": "2025-04-02T13:22:00",
        "messages": [
            (
                "c",
                "ciaoo sn [[P:giulia]] quella che fa le guide con [[P:marco]] il {{D:giovedì}}, posso spostare la guida di {{D:domani}} alle {{TM:15}} a {{D:sabato}}?? ho la verifica di latino 😭😭",
            ),
            (
                "a",
                "Ciao [[P:Giulia]]! {{D:Sabato}} c'è posto alle {{TM:10:00}} con [[P:Walter]] o alle {{TM:11:30}} con [[P:Marco]]",
            ),
            (
                "c",
                "alle {{TM:10}} va bene\nposso portare la mia amica [[P:Bea]] che deve iscriversi? si chiama [[P:Beatrice Sabbatini]] la trovi su ig come [[H:@bea.sabba_]]",
            ),
            ("c", "anzi ditemi il prezzo che glielo giro"),
            (
                "a",
                "Certo! Pacchetto base {{$:890 €}}, se si iscrive entro il {{D:31 maggio}} ha {{$:50 €}} di sconto. Ti segno {{D:sabato}} {{TM:10:00}}. L'istruttore passa a prenderti?",
            ),
            (
                "c",
                "si davanti al {{W:Passetto}} anzi no a casa [[A:via Maratta 9]], citofono [[P:Ceccarelli]]",
            ),
            ("a", "Perfetto 👍 [[P:Walter]] sarà lì alle {{TM:9:55}}. Ciao! [[P:Sabrina]]"),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "telegram",
        "customer": "Andrea R.",
        "lang": "it",
        "start": "2025-04-15T18:10:00",
        "messages": [
            (
                "c",
                "salve, mio nipote [[P:Kevin]] vorrebbe fare la patente A2, fate lezioni anche a [[L:Falconara]]? sta lì da mia sorella [[P:Loredana]]",
            ),
            (
                "a",
                "Buongiorno, le guide moto partono dalla sede di {{W:Ancona}} in {{W:via Flaminia}}, ma possiamo organizzare il ritiro a [[L:Falconara]] stazione",
            ),
            (
                "c",
                "ok mi scriva pure qui su telegram [[H:@andrea_rossetti_an]], oppure direttamente a lui, è [[H:kevinmoto_03]] su telegram",
            ),
            (
                "a",
                "Perfetto, scrivo a [[P:Kevin]]. Costo A2 {{$:680 €}} esame incluso. [[P:Marco]]",
            ),
            (
                "c",
                "grazie! ah il cognome suo è [[P:Dubini]] non [[P:Rossetti]] eh, è figlio di mia sorella 😂",
            ),
        ],
    },
    # ---------------------------------------------------------------- gym, Turin
    {
        "business": "gym",
        "platform": "instagram",
        "customer": "chiara.rgg",
        "lang": "it",
        "start": "2025-01-08T19:45:00",
        "messages": [
            (
                "c",
                "ciao! volevo info x personal trainer, mi ha consigliato [[P:Ale]] ([[H:@alessia_fitto]]) che si allena da voi col [[P:Davide]]",
            ),
            (
                "a",
                "Ciao! Sì, [[P:Davide]] ha ancora posti il {{D:lunedì}} e {{D:mercoledì}} sera. Pacchetto 10 sessioni {{$:390 €}}. Vuoi una prova gratuita? [[P:Irene]] | {{B:MoleFit Lab}}",
            ),
            (
                "c",
                "si dai!! sono [[P:Chiara Ruggeri]], abito in [[L:San Salvario]] quindi comodissimo",
            ),
            ("c", "x la detrazione sportiva vi serve il cf? [[CF:RGGCHR95B54L219N]]"),
            (
                "a",
                "Perfetto [[P:Chiara]], ti segno la prova {{D:mercoledì 15}} alle {{TM:19:30}}. Per l'addebito mensile facciamo SDD sull'IBAN",
            ),
            ("c", "[[I:IT12Q0200802435000104428964]] ok? è della {{B:UniCredit}}"),
            ("a", "Ok! A che mail ti mandiamo il contratto?"),
            ("c", "[[E:chiara.ruggeri95@gmail.com]] 🙏"),
        ],
    },
    {
        "business": "gym",
        "platform": "messenger",
        "customer": "Matteo Lazzari",
        "lang": "it",
        "start": "2025-01-21T10:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Matteo Lazzari]] dell'ufficio HR di {{B:Vectra Logistica}} srl, vorremmo una convenzione aziendale per una quindicina di colleghi",
            ),
            (
                "a",
                "Buongiorno [[P:Matteo]], volentieri: sconto 20% sull'annuale, {{$:480 €}} invece di {{$:600 €}}. Per la fattura ci servono ragione sociale e P.IVA",
            ),
            ("c", "P.IVA [[V:04729830150]], il codice SDI lo mando via mail"),
            (
                "c",
                "i primi a iscriversi siamo io, [[P:Paola Gentile]] dell'amministrazione e [[P:Samir Haddad]] del magazzino. [[P:Samir]] vorrebbe fare boxe",
            ),
            (
                "a",
                "Perfetto. La boxe la tiene [[P:Ivan Petrov]] {{D:martedì}} e {{D:giovedì}} alle {{TM:20:00}}. La proposta a che indirizzo la mando?",
            ),
            (
                "c",
                "[[E:m.lazzari@vectralogistica.it]] grazie, in cc metta [[P:Paola]]: [[E:p.gentile@vectralogistica.it]]",
            ),
            ("a", "Inviata, rif. {{R:CONV-TO-2025-07}}. Buona giornata, [[P:Irene]]"),
        ],
    },
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Sara",
        "lang": "en",
        "start": "2025-02-03T08:30:00",
        "messages": [
            (
                "c",
                "hi! do you have female only classes? i'm [[P:Sara Khalil]], just moved to [[L:Torino]] from [[L:Milan]]",
            ),
            (
                "a",
                "Hi [[P:Sara]], yes we have {{PD:Ladies Functional}} on {{D:Saturday}} morning at {{TM:9:30}} with [[P:Valentina]]. Trial is free 💪",
            ),
            (
                "c",
                "great, can i bring my mom? she's [[P:Fatima]], she speaks better italian than english lol",
            ),
            (
                "c",
                "anzi scrivo in italiano così capisce anche lei 😅 mia mamma ha problemi al ginocchio, il suo ortopedico il dott. [[P:Benali]] dice che può fare solo cose leggere",
                "it",
            ),
            (
                "a",
                "Nessun problema, per [[P:Fatima]] va benissimo il corso {{PD:Postural Soft}}, serve solo il certificato medico non agonistico.",
                "it",
            ),
            (
                "c",
                "ok. il mio cf è [[CF:KHLSRA90E41Z330F]], abitiamo in [[A:via Nizza 154 scala B]], tel [[T:(+39) 320-557-8193]]",
                "it",
            ),
            (
                "a",
                "Grazie! Vi aspettiamo {{D:sabato}}, [[P:Valentina]] ha il vostro numero se serve. {{B:MoleFit Lab}}",
                "it",
            ),
            ("c", "perfetto ci vediamo {{D:sabato}} inshallah 🙏", "it"),
        ],
    },
    {
        "business": "gym",
        "platform": "telegram",
        "customer": "xX_DarkBrio_Xx",
        "lang": "it",
        "start": "2025-02-17T23:12:00",
        "messages": [
            (
                "c",
                "yo raga sn [[P:fabrizio]] ma tutti mi chiamano [[P:brio]], streamo su twitch come [[H:DarkBrio]] e sto tipo 10 ore seduto 💀 avete qlc x la schiena",
            ),
            (
                "a",
                "Ciao [[P:Fabrizio]]! Sì, il nostro PT [[P:Gianluca]] segue già due streamer. Percorso posturale 8 sedute {{$:320 €}}",
            ),
            (
                "c",
                "top. il mio canale è [[U:twitch.tv/darkbrio]] se volete fare collab ahah, anche su yt [[U:https://www.youtube.com/@DarkBrioLive]]",
            ),
            (
                "c",
                "cmq si iscrive pure il mio coinquilino [[P:Nico]], [[P:nicola Ferrandino]], è [[H:NicoFerro#2281]] su discord",
            ),
            (
                "a",
                "Perfetto, vi segno entrambi. Vi aspettiamo {{D:lunedì}} alle {{TM:18:00}} in sede, {{W:via Madama Cristina}}",
            ),
            ("c", "ok ci saremo, se ritardiamo scrivetemi qui [[H:@darkbrio_tg]]"),
            ("a", "👍 [[P:Gianluca]]"),
        ],
    },
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Elisa T.",
        "lang": "it",
        "start": "2025-06-26T12:50:00",
        "messages": [
            (
                "c",
                "buongiorno devo disdire l'abbonamento perché mi trasferisco a [[L:Bologna]] per lavoro a {{D:settembre}} 😢",
            ),
            ("a", "Ciao! Mi dispiace 😢 Mi dici nome e cognome?"),
            ("c", "[[P:Elisa Tortora]], sono iscritta dal {{D:2023}}, tessera {{R:MF-10482}}"),
            (
                "a",
                "Trovata, [[P:Elisa]]. Hai pagato l'annuale a {{D:gennaio}}, ti spetta un rimborso di {{$:175 €}} per i mesi non usati. Su che IBAN?",
            ),
            (
                "c",
                "[[I:IT60X0542811101000000123456]] è del mio compagno [[P:Stefano Bellini]] va bene? o deve essere mio",
            ),
            (
                "a",
                "Deve essere intestato a te, scusa! Oppure serve una delega firmata da [[P:Stefano]]",
            ),
            (
                "c",
                "ok allora lo faccio io, mi mandate il modulo? [[E:elisa punto tortora at outlook punto it]]\nah il mio nuovo indirizzo sarà [[A:via del Pratello 73]] [[A:40122]] [[L:Bologna]] x eventuali lettere",
            ),
            ("a", "Inviato! In bocca al lupo per il trasferimento 🍀 [[P:Irene]]"),
        ],
    },
    # ---------------------------------------------------------------- artisanal soaps, online
    {
        "business": "saponi",
        "platform": "instagram",
        "customer": "marta_lavender",
        "lang": "it",
        "start": "2025-05-06T17:33:00",
        "messages": [
            (
                "c",
                "ciao! vorrei ordinare il {{PD:sapone al latte d'asina}} e due {{PD:Lavanda di Provenza}} x regalo a mia nonna [[P:Iolanda]] 🥰",
            ),
            (
                "a",
                "Ciao! Che bel pensiero 💜 Totale {{$:24,50 €}} + spedizione {{$:5,90 €}}. Mi scrivi l'indirizzo di spedizione?",
            ),
            ("c", "[[P:Iolanda Ferraris]]\n[[A:località San Rocco 3]]\n[[A:12050]] [[L:Treiso]]"),
            (
                "c",
                "nel biglietto scrivete tipo 'alla nonna [[P:Iole]] con amore da [[P:Marta]] e [[P:Gigi]]' 🐶",
            ),
            (
                "a",
                "Che dolci! Ordine {{O:#SNA-20418}} creato. Il corriere a volte chiama: lasciamo il tuo numero o quello della nonna?",
            ),
            (
                "c",
                "il mio [[T:338 6620 415]] che la nonna nn sente il telefono 😂 il citofono è [[P:Ferraris]] ma c'è scritto solo [[P:Iole F.]]",
            ),
            (
                "a",
                "Perfetto! Spedito con {{B:BRT}}, tracking {{TR:0548 2210 9934 17}} ✨ [[P:Adele]]",
            ),
        ],
    },
    {
        "business": "saponi",
        "platform": "messenger",
        "customer": "Hannah Whitaker",
        "lang": "en",
        "start": "2025-05-12T07:58:00",
        "messages": [
            (
                "c",
                "Hi there, do you ship to the [[L:UK]]? I'd love the {{PD:Rosemary & Olive bar}} and a {{PD:Castile soap}}",
            ),
            (
                "a",
                "Hi! Yes we ship to the [[L:UK]] with {{B:DHL}}, {{$:12 €}} shipping, 5-7 days 📦",
            ),
            (
                "c",
                "lovely. the card on the website keeps failing, it's [[C:4147 2099 0153 6840]] exp {{D:09/27}}, can you try it manually?",
            ),
            (
                "a",
                "Please don't send card details here, for your own safety 🙏 We can't take it manually, could you try PayPal?",
            ),
            (
                "c",
                "oh ok sorry! PayPal then, it's [[E:hannah.whitaker@example.co.uk]]. Ship to [[A:Flat 2, 17 Elm Grove]], [[L:Brighton]] [[A:BN2 3ES]]",
            ),
            (
                "c",
                "and put it under my partner's name [[P:Rory McBride]] as he's home in the day. his mobile [[T:+44 7700 900 418]]",
            ),
            (
                "a",
                "Done! Order {{O:#SNA-20433}} 🇬🇧 we'll send the tracking to your email. Cheers, [[P:Adele]] & [[P:Nico]]",
            ),
        ],
    },
    {
        "business": "saponi",
        "platform": "whatsapp",
        "customer": "Erboristeria La Malva",
        "lang": "it",
        "start": "2025-05-20T09:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Gabriella]] dell'erboristeria {{B:La Malva}} di [[L:Sestri Levante]], vorremmo rivendere i vostri saponi",
            ),
            (
                "a",
                "Buongiorno [[P:Gabriella]]! Listino rivenditori: minimo 40 pezzi, {{$:3,20 €}} a saponetta. Per la fattura servono P.IVA e codice SDI",
            ),
            (
                "c",
                "P.IVA [[V:12983740585]] intestata a me [[P:Gabriella Orsenigo]], ditta individuale, SDI {{R:M5UXCR1}}",
            ),
            ("c", "la sede è uguale al negozio [[A:via Dante 64]] [[A:16039]]"),
            (
                "a",
                "Perfetto. Ordine {{O:#WH-0871}} pronto: 20 {{PD:Calendula}}, 20 {{PD:Miele e Avena}}. Consegna {{D:giovedì 22}}.",
            ),
            (
                "c",
                "grazie! per qualsiasi cosa il pomeriggio c'è mia figlia [[P:Martina]] al negozio, [[T:0185 / 48 23 71]]",
            ),
            ("a", "Grazie a voi 🌿 [[P:Adele]]"),
        ],
    },
    {
        "business": "saponi",
        "platform": "instagram",
        "customer": "soapy.jules",
        "lang": "en",
        "start": "2025-06-02T15:27:00",
        "messages": [
            (
                "c",
                "hey!! i'm [[P:Jules]] ([[P:Julia Brandt]]), i make skincare reels, would you send me some bars for a review? my ig is [[H:@soapy.jules]] and tiktok [[U:tiktok.com/@jules.brandt.skin]]",
            ),
            ("a", "Hi [[P:Jules]]! Thanks for reaching out 🧼 Can you share your media kit?"),
            (
                "c",
                "sure everything is here [[U:linktr.ee/soapyjules]] and my blog [[U:https://julesbrandt.blog]]",
            ),
            (
                "c",
                "Ich wohne übrigens in [[L:Hamburg]], hoffe das ist kein Problem für den Versand 😊",
            ),
            ("a", "No problem, we ship to [[L:Germany]] too. Send us the address please"),
            (
                "c",
                "[[A:Eppendorfer Weg 211]], [[A:20253]] [[L:Hamburg]], bell [[P:Brandt]]/[[P:Okonkwo]]",
            ),
            (
                "a",
                "Package on its way! {{PD:Nonna Adele Gift Box}}, tracking {{TR:JJD0099871234567}} 💕 [[P:Nico]]",
            ),
        ],
    },
    {
        "business": "saponi",
        "platform": "telegram",
        "customer": "Pina",
        "lang": "it",
        "start": "2025-06-18T20:14:00",
        "messages": [
            (
                "c",
                "buonasera il pacco è arrivato ma l'ha preso la vicina la sig.ra [[P:Delbello]] e la saponetta {{PD:Bergamotto di Calabria}} era rotta in due",
            ),
            ("c", "mi chiamo [[P:Giuseppina Amato]] ordine {{O:SNA-20377}}"),
            (
                "a",
                "Buonasera signora [[P:Amato]], ci dispiace! Le rispediamo subito una saponetta nuova. Indirizzo sempre [[A:via Roma 5]]?",
            ),
            (
                "c",
                "si [[A:via roma 5]] ma [[A:scala C]] sennò va di nuovo dalla [[P:Delbello]] 😤 qui a [[L:Vigevano]]",
            ),
            ("a", "Segnato! Le mandiamo conferma via mail, quale indirizzo?"),
            (
                "c",
                "[[E:giuse.amato52 chiocciola virgilio.it]] me l'ha fatta mio nipote [[P:Ricky]]",
            ),
            ("a", "Ricevuto, buona serata signora [[P:Giuseppina]]! [[P:Adele]]"),
        ],
    },
    # ---------------------------------------------------------------- hostel, Venice
    {
        "business": "ostello",
        "platform": "whatsapp",
        "customer": "Wei Zhang",
        "lang": "en",
        "start": "2025-06-05T03:20:00",
        "messages": [
            (
                "c",
                "Hello, I booked 4 beds for {{D:12-15 June}}, booking {{R:CZ-58213}}. the names are: [[P:Zhang Wei]], [[P:Liu Yang]], [[P:Chen Xiaoling]] and [[P:Huang Mei]]",
            ),
            (
                "a",
                "Hi [[P:Wei]], thanks! For the city tax we need nationality and document numbers at check-in. Check-in from {{TM:2 pm}}.",
            ),
            (
                "c",
                "ok, we are from [[L:Chengdu]], [[L:China]] passports. we arrive from [[L:Florence]] by train around {{TM:5}}",
            ),
            ("c", "[[P:Xiaoling]]'s name is [[P:X-I-A-O L-I-N-G]], the website spelled it wrong"),
            (
                "a",
                "Fixed! From {{W:Santa Lucia}} station take vaporetto line 2 to {{W:Zattere}}. My colleague [[P:Tommaso]] will be at the desk. — [[P:Bianca]]",
            ),
            ("c", "thank you [[P:Bianca]]! my wechat is [[H:zhangwei_cd88]] if problem"),
        ],
    },
    {
        "business": "ostello",
        "platform": "instagram",
        "customer": "lucas.fdez",
        "lang": "en",
        "start": "2025-06-23T11:47:00",
        "messages": [
            (
                "c",
                "hey i stayed last week room 6, i forgot my charger and a {{B:Quechua}} jacket 😩 i'm [[P:Lucas Fernández Ortega]]",
            ),
            (
                "a",
                "Hi [[P:Lucas]]! Our cleaner [[P:Milena]] found a black jacket in room 6 🙌 We can ship it, about {{$:18 €}} to [[L:Spain]]",
            ),
            (
                "c",
                "genial!! mi dirección es [[A:Calle de Embajadores 142, 4º izq]], [[A:28045]] [[L:Madrid]]",
            ),
            ("c", "si no hay nadie déjalo al portero, el señor [[P:Julián]]"),
            (
                "a",
                "Perfect, shipped with {{B:GLS}}, tracking {{TR:ES2200917734}}. Your reference is {{R:LF-0622}}.",
            ),
            (
                "c",
                "muchas gracias!! tell [[P:milena]] she's the best 😘 can i pay with bizum? my number [[T:+34 612 48 90 27]]",
            ),
            (
                "a",
                "We can't do Bizum sorry, a PayPal link is on its way to your booking email. Ciao! [[P:Bianca]]",
            ),
        ],
    },
    {
        "business": "ostello",
        "platform": "messenger",
        "customer": "Aisha Bello",
        "lang": "en",
        "start": "2025-04-09T14:00:00",
        "messages": [
            (
                "c",
                "Hi! I saw you're looking for volunteers for the summer. I'm [[P:Aisha Bello]], 23, from [[L:Manchester]]. I speak English, Hausa and a bit of Italian",
            ),
            (
                "a",
                "Hi [[P:Aisha]]! Yes, 4h a day at reception in exchange for bed and breakfast. Can you send a CV and a reference?",
            ),
            (
                "c",
                "my CV is on [[U:aishabello.carrd.co]] and my last host was [[P:Kristof Nagy]] at a hostel in [[L:Budapest]], his email [[E:kristof.nagy@example.com]]",
            ),
            (
                "c",
                "you can also reach me on insta [[H:@aisha.travels.b]] or my [[L:uk]] number [[T:07700 900 261]]",
            ),
            (
                "a",
                "Great, thanks! Our manager [[P:Ludovica]] will video call you. Is {{D:Thursday}} {{TM:6 pm}} Italian time ok?",
            ),
            (
                "c",
                "yes perfect, whatsapp same number. ps my friend [[P:Hope]] wants to apply too, i {{W:hope}} that's ok",
            ),
            ("a", "Of course, ask her to write us. — [[P:Tommaso]]"),
        ],
    },
    {
        "business": "ostello",
        "platform": "whatsapp",
        "customer": "Sophie",
        "lang": "en",
        "start": "2025-07-14T19:31:00",
        "messages": [
            (
                "c",
                "bonsoir! on arrive tard ce soir, vers minuit, c'est possible? réservation {{R:CZ-58377}} au nom de [[P:Sophie Marchand]]",
            ),
            (
                "a",
                "Hi [[P:Sophie]], sorry I don't speak French 😅 late check-in is fine, the night guard [[P:Ibrahim]] is there until {{TM:7 am}}.",
                "en",
            ),
            (
                "c",
                "ah sorry! ok perfect. we are 2, me and my friend [[P:Léa Dubois-Martin]]. our train from [[L:Lyon]] is late, after {{W:venice}} we go to my aunt [[P:Colette]] in [[L:Padova]]",
                "en",
            ),
            ("c", "if problem call [[P:léa]] [[T:+33 6 74\n58 21 09]] my phone is dead 🪫", "en"),
            (
                "a",
                "No problem, [[P:Ibrahim]] will wait. Ring the bell at the door on {{W:Fondamenta delle Zattere}}.",
                "en",
            ),
            ("c", "merci!!! 🙏"),
        ],
    },
    {
        "business": "ostello",
        "platform": "telegram",
        "customer": "Ostap",
        "lang": "en",
        "start": "2025-08-01T09:12:00",
        "messages": [
            (
                "c",
                "hello. wifi in hostel block me, i am [[P:Ostap Kovalenko]] bed 14. i work remote for company in [[L:Kyiv]], need vpn",
            ),
            ("a", "Hi [[P:Ostap]], sorry! Can you tell me the device IP shown in the error page?"),
            ("c", "it say [[IP:10.0.4.87]] and blocked address [[IP:2001:db8:4f2a::1c]]"),
            (
                "a",
                "Thanks, I whitelisted it. The password is on the card at reception. — [[P:Tommaso]]",
            ),
            (
                "c",
                "work now thank you very much. my colleague [[P:Oksana]] come next week, she write you on telegram [[H:@oksana_hr_kyiv]]",
            ),
            ("a", "Perfect, we'll keep a bed for her. Telegram is fine for us too 👍"),
        ],
    },
    {
        "business": "ostello",
        "platform": "instagram",
        "customer": "Anna Speranza",
        "lang": "it",
        "start": "2025-01-29T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono la prof.ssa [[P:Speranza]] del liceo {{W:Galilei}} di [[L:Cosenza]]",
            ),
            (
                "c",
                "gita {{D:dal 3 al 6 marzo}}, 22 ragazzi + 2 accompagnatori, io e il prof [[P:Mancuso]]",
            ),
            (
                "a",
                "Buongiorno prof.ssa! Per i gruppi scolastici {{$:29 €}} a notte con colazione. Mi manda la lista nominativa?",
            ),
            (
                "c",
                "ve la mando da [[E:a.speranza@liceogalilei-cs.example.it]]\nah 2 ragazze hanno intolleranze, [[P:Aurora]] e [[P:Nour]], e il papà di [[P:Gabriele Russo]] vi chiamerà dal [[T:0984 41 22 67]]",
            ),
            (
                "a",
                "Perfetto. Pratica {{R:CZ-GR-0303}}. Vi aspettiamo, il vaporetto parte da {{W:Piazzale Roma}}! [[P:Ludovica]]",
            ),
            ("c", "grazie, con tutta la {{W:speranza}} che si comportino bene 😂"),
        ],
    },
    # ---------------------------------------------------------------- kids' parties, Rome
    {
        "business": "feste",
        "platform": "whatsapp",
        "customer": "Valentina Colonna",
        "lang": "it",
        "start": "2025-03-10T21:40:00",
        "messages": [
            (
                "c",
                "ciao! vorrei organizzare la festa per i 6 anni di [[P:Bianca]] {{D:sabato 5 aprile}}, tema {{PD:Frozen}} ❄️ a casa nostra",
            ),
            (
                "a",
                "Ciao! Che bello! Pacchetto {{PD:Principesse dei Ghiacci}} con animatrice, trucca bimbi e bolle giganti {{$:280 €}} fino a 15 bimbi. Dove si fa?",
            ),
            (
                "c",
                "[[A:via Tuscolana 812 int. 9]] zona [[L:Cinecittà]], c'è il giardino condominiale",
            ),
            (
                "c",
                "ah la torta la facciamo noi, {{W:bianca}} e azzurra 😍 una bimba è celiaca, [[P:Giorgia]] la figlia di [[P:Serena]] la mia vicina",
            ),
            (
                "a",
                "Perfetto, avvisiamo l'animatrice [[P:Jessica]]. Ci lascia un numero per il giorno della festa?",
            ),
            ("c", "[[T:339-7045518]] oppure mio marito [[P:Dario]] [[T:06 7261 904]]"),
            (
                "a",
                "Segnato! Prenotazione {{R:FZP-0405}}, acconto {{$:80 €}}. A presto, [[P:Pina]] 🎈",
            ),
        ],
    },
    {
        "business": "feste",
        "platform": "messenger",
        "customer": "Emily Carter",
        "lang": "en",
        "start": "2025-04-22T16:15:00",
        "messages": [
            (
                "c",
                "Hi! We're a family from [[L:Texas]] living in [[L:Monteverde]], my son [[P:Noah]] turns 8 on {{D:May 17}}. Do you do superhero parties in English?",
            ),
            (
                "a",
                "Hi [[P:Emily]], yes! Our animator [[P:Kwame]] is bilingual. Superhero package {{$:320 €}}, 2 hours.",
            ),
            (
                "c",
                "Awesome. About 12 kids, mostly from [[P:Noah]]'s class at {{W:St. George's}}, plus his cousins [[P:Ava]] and [[P:Liam]] flying in from [[L:Boston]]",
            ),
            ("c", "Address is [[A:via di Donna Olimpia 166]], buzz [[P:Carter]]/[[P:Rinaldi]]"),
            ("a", "Great! Can we have an email for the contract?"),
            (
                "c",
                "[[E:emily.carter.rome@gmail.com]], and cc my husband [[P:Marco Rinaldi]] [[E:marco.rinaldi77@example.it]]",
            ),
            ("a", "Sent! Booking {{R:FZP-0517}}. See you on {{D:the 17th}}! [[P:Pina]]"),
        ],
    },
    {
        "business": "feste",
        "platform": "instagram",
        "customer": "giuli_mamma_di_3",
        "lang": "it",
        "start": "2025-05-02T22:03:00",
        "messages": [
            (
                "c",
                "ciaooo ho visto la festa di [[P:Bianca]] che avete fatto, la mamma [[P:Vale]] mi ha dato il vostro contatto 🥳",
            ),
            (
                "c",
                "x i miei gemelli [[P:Leo]] e [[P:Tito]] 4 anni, tema dinosauri 🦖 tipo a {{D:giugno}}",
            ),
            (
                "a",
                "Ciao! Grazie a [[P:Valentina]] allora 😊 Tema {{PD:Dino Park}} {{$:260 €}}. {{D:Sabato 14 giugno}} è libero!",
            ),
            ("c", "perfetto!! mi fate fattura? [[P:Giulia Ferri]] cf [[CF:FRRGLI92D55H501U]]"),
            (
                "c",
                "la festa la facciamo al parco della {{W:Caffarella}} se non piove, sennò da mia suocera [[P:Ornella]] in [[A:via Appia Nuova 1045]]",
            ),
            (
                "a",
                "Perfetto [[P:Giulia]]! Taggaci nelle storie se ti va, siamo {{B:@lefestedizia.pina}} 😍",
            ),
            ("c", "certo!! e tagga anche il papà [[H:@ste_fanoferri]] che fa le foto 📸"),
            ("a", "Fatto! Acconto {{$:60 €}}, ti mando i dati. [[P:Pina]]"),
        ],
    },
    {
        "business": "feste",
        "platform": "telegram",
        "customer": "Rahul",
        "lang": "en",
        "start": "2025-05-08T13:36:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Rahul Venkataraman]], my daughter [[P:Ananya]] turns 5 next month. We want the magician show. We live in [[L:EUR]], near the {{W:Laghetto}}",
            ),
            (
                "a",
                "Hi [[P:Rahul]]! Our magician {{W:Mago Merlino}} 🎩 (real name [[P:Fulvio]]) is free on {{D:Sunday 8 June}}, {{$:220 €}} for 1h30.",
            ),
            (
                "c",
                "Perfect. My wife [[P:Priya]] will handle the details, her number [[T:+91 98450 12376]] but she also has a local sim [[T:328 553 9012]]",
            ),
            ("c", "Can I pay the deposit by card? [[C:5379-4100-3382-7166]]"),
            (
                "a",
                "Please don't share card numbers in chat! We'll send a secure payment link to your email 🙏",
            ),
            ("c", "oh sorry. [[E:rahul.v@example.in]]"),
            ("a", "Link sent. Booking {{R:FZP-0608}}. — [[P:Pina]]"),
        ],
    },
    {
        "business": "feste",
        "platform": "whatsapp",
        "customer": "Nonno Gino",
        "lang": "it",
        "start": "2025-05-13T10:48:00",
        "messages": [
            (
                "c",
                "Buongiorno sono il nonno di [[P:Mattia]] e [[P:Sofia]] [[P:Cardarelli]], gli volevo fare una sorpresa x la comunione di [[P:sofia]]",
            ),
            (
                "c",
                "cè la festa al ristorante {{B:Da Checco}} a {{W:Trastevere}}, mi manda uno con le bolle e i palloncini?",
            ),
            (
                "a",
                "Buongiorno! Certo, animatore + bolle + palloncini {{$:150 €}} per 2 ore. Per che giorno?",
            ),
            (
                "c",
                "{{D:domenica 25 maggio}} alle {{TM:13}}. io mi chiamo [[P:Luigi]] ma tutti [[P:Gino]], il numero di casa [[T:06-5813-227]] oppure il cel di mia figlia [[P:Antonella]] [[T:347.905.3316]]",
            ),
            (
                "a",
                "Grazie signor [[P:Luigi]]! Manderemo [[P:Jessica]] 🎈 Per l'acconto le mandiamo il nostro IBAN per il bonifico.",
            ),
            ("c", "nn so fare il bonifico lo fa [[P:Anto]] 😂"),
        ],
    },
    # ---------------------------------------------------------------- phone repair, Messina
    {
        "business": "fix",
        "platform": "whatsapp",
        "customer": "Davide B.",
        "lang": "it",
        "start": "2025-02-12T09:55:00",
        "messages": [
            (
                "c",
                "salve quanto costa cambiare il vetro {{PD:iPhone 13}}? mi è caduto sul traghetto x [[L:Villa San Giovanni]]",
            ),
            (
                "a",
                "Salve! Schermo originale {{$:189 €}}, compatibile {{$:99 €}}, pronto in un'ora. — [[P:Carmelo]]",
            ),
            ("c", "originale. mi fate fattura? [[P:Davide Bianchi]] cf [[CF:BNCDVD78A01F158L]]"),
            (
                "c",
                "ah e c'è da recuperare le foto, la password del backup la sa mia moglie [[P:Concetta]], detta [[P:Titti]] 😅",
            ),
            (
                "a",
                "Nessun problema. Lo porti in {{W:via Garibaldi 88}} quando vuole, siamo aperti fino alle {{TM:20}}",
            ),
            ("c", "ok passo verso le {{TM:6}}. se nn rispondo chiamate a casa [[T:090 2938 441]]"),
            ("a", "Perfetto, ticket {{R:RIP-3317}}. [[P:Carmelo]]"),
        ],
    },
    {
        "business": "fix",
        "platform": "instagram",
        "customer": "elena.dsn",
        "lang": "it",
        "start": "2025-03-26T18:20:00",
        "messages": [
            (
                "c",
                "ciao!! avete ancora l'offerta batteria {{PD:Samsung S21}} a {{$:49 €}}?? sono di [[L:Milazzo]] posso spedirvelo?",
            ),
            (
                "a",
                "Ciao! Sì, fino a fine mese. Si può: ritiro con corriere {{$:10 €}} andata e ritorno. Mi dai nome e indirizzo?",
            ),
            (
                "c",
                "[[P:Elena De Santis]] [[A:via Cumbo Borgia 19]] [[A:98057]] [[L:Milazzo]]\ncf se serve [[CF:DSNLNE01C47F158H]]",
            ),
            (
                "c",
                "il corriere mi trova solo dopo le {{TM:3}} sennò lo lascia a mia sorella [[P:Ilenia]] che sta al piano di sotto, [[A:interno 4]]",
            ),
            ("a", "Ok [[P:Elena]]. La conferma ti arriva per mail 📩"),
            (
                "c",
                "[[E:elena_desantis01 at hotmail dot it]] 🙏 e se vuoi seguimi [[U:instagram.com/elena.dsn]] ahah",
            ),
            (
                "a",
                "Ahah fatto 😄 ritiro {{D:mercoledì}}, tracking {{TR:SDA 6K00294815337}}. [[P:Salvo]]",
            ),
        ],
    },
    {
        "business": "fix",
        "platform": "whatsapp",
        "customer": "Tom Schneider",
        "lang": "en",
        "start": "2025-04-28T13:05:00",
        "messages": [
            (
                "c",
                "hi, my phone fell in the water at the port, we are on the {{B:AIDA}} cruise ship and leave at {{TM:6pm}} 😱 can you fix it fast?",
            ),
            (
                "a",
                "Hi! Bring it now, we're 5 min from the port in {{W:via Garibaldi}}. Water damage check is free. — [[P:Salvo]]",
            ),
            (
                "c",
                "ok coming. my name is [[P:Thomas Schneider]], if I don't answer call my wife [[P:Birgit]] [[T:+49 171 3348 902]]",
            ),
            (
                "c",
                "Entschuldigung, mein Englisch ist nicht so gut. Können Sie die Daten auf einen USB-Stick kopieren? Meine Tochter [[P:Lena]] hat alle Fotos von [[L:Taormina]] drauf",
            ),
            (
                "a",
                "Sure, we can copy the data. If it's not ready in time, we can ship it to your home in [[L:Germany]]",
            ),
            ("c", "[[A:Lindenstraße 27]], [[A:50674]] [[L:Köln]]. Danke!!"),
            (
                "a",
                "Phone is working again 🎉 {{$:60 €}} for the cleaning. Gute Reise! [[P:Salvo]] & [[P:Carmelo]]",
            ),
        ],
    },
    {
        "business": "fix",
        "platform": "telegram",
        "customer": "kekko_pro",
        "lang": "it",
        "start": "2025-05-19T15:42:00",
        "messages": [
            (
                "c",
                "bro sn [[P:kekko]] cioè [[P:Francesco]], mi avete cambiato lo schermo al {{PD:Redmi Note 12}} ma ora il touch nn va quando gioco a {{PD:Brawl Stars}}, il mio gamertag è [[H:KekkoMe_98]] se volete vedere",
            ),
            (
                "a",
                "Ciao [[P:Francesco]], passa con lo scontrino e lo rivediamo in garanzia. Cognome x cercare la scheda?",
            ),
            ("c", "[[P:Lo Presti]], la scheda è a nome di mio padre [[P:Nino Lo Presti]] credo"),
            ("a", "Trovata, {{R:RIP-3290}} del {{D:2 maggio}}. Passa {{D:domani}}"),
            (
                "c",
                "ok ma dopo le {{TM:2}} che esco da scuola. mio papà vi scrive su tg è [[H:@nino_lopresti_me]]",
            ),
            ("a", "👍 [[P:Carmelo]]"),
        ],
    },
    {
        "business": "fix",
        "platform": "messenger",
        "customer": "Giovanni Coppola",
        "lang": "it",
        "start": "2025-06-09T17:17:00",
        "messages": [
            (
                "c",
                "Buonasera, ho un negozietto a [[L:Scilla]] e vendo 10 telefoni usati {{PD:iPhone 11}}, vi interessano?",
            ),
            (
                "a",
                "Buonasera! Ci interessano, {{$:120 €}} l'uno se in buono stato. Per l'acquisto ci servono i dati fiscali",
            ),
            ("c", "[[P:Giovanni Coppola]], CF [[CF:CPPGNN88T20H224Z]], P.IVA [[V:03857160422]]"),
            (
                "c",
                "il conto è ancora quello di quando stavo a [[L:Londra]]: [[I:GB67BARC20035377218456]]",
            ),
            (
                "a",
                "Nessun problema. Li porta lei o passiamo noi? Ritiriamo in tutta la {{W:Calabria}} il {{D:giovedì}}",
            ),
            (
                "c",
                "ritirate pure, [[A:contrada Melia 14]] [[A:89058]] [[L:Scilla]], se nn ci sono chiedete di mio cugino [[P:Rocco]]",
            ),
            ("a", "Perfetto, {{D:giovedì}}. [[P:Carmelo]]"),
        ],
    },
    {
        "business": "fix",
        "platform": "whatsapp",
        "customer": "Amira",
        "lang": "en",
        "start": "2025-07-02T11:09:00",
        "messages": [
            (
                "c",
                "hello my phone is lock, i forget the code, before is phone of my brother [[P:Youssef]]. i am [[P:Amira Ben Salah]]",
            ),
            (
                "a",
                "Hi [[P:Amira]], we can reset it but all data is lost, unless you remember the Google account",
            ),
            (
                "c",
                "account is [[E:amira.bensalah93 @ gmail . com]] i think, or the one of [[P:youssef]] [[E:youssef_bs_tn@example.com]]",
            ),
            (
                "c",
                "scusa parlo poco italiano, io abito [[A:via Palermo 310]] vicino la {{W:Chiesa di Montalto}}",
                "it",
            ),
            (
                "a",
                "Va bene, parliamo anche in inglese 😊 Bring it with an ID document. Reset is {{$:30 €}}",
            ),
            ("c", "ok thank you, my [[L:Tunisia]] passport is ok?"),
            ("a", "Yes fine! [[P:Salvo]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(121, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
