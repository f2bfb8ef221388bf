# ruff: noqa: E501
"""Hand-written blind test corpus no. 96 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, address,
phone number, e-mail and handle is invented. Checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted here as
literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive
``{{CODE:value}}`` (see ``handwritten_markup.py``). The six invented businesses are a freight
forwarder for private parcels to and from abroad, a student-room rental agency, a window and
shutter fitter, a horse-riding holiday farm, a cheese maker that ships abroad and a piano mover.
Regenerate with ``python make_handwritten96_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten96_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "cargo": "Oltremare Pacchi Spedizioni",
    "stanze": "StanzaCampus Affitti Studenti",
    "infissi": "Serramenti Fabbri & Figli",
    "ranch": "Ranch Valle dei Mori",
    "formaggi": "Caseificio Santa Brigida",
    "piani": "Gambardella Trasporto Pianoforti",
}
PAGE_IDS: dict[str, str] = {
    "cargo": "696740318205447",
    "stanze": "696740552019836",
    "infissi": "696740904716203",
    "ranch": "696740127384590",
    "formaggi": "696740663058121",
    "piani": "696740281947365",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- cargo
    {
        "business": "cargo",
        "platform": "whatsapp",
        "customer": "Ioana Dumitrescu",
        "lang": "it",
        "start": "2025-02-03T09:12:00",
        "messages": [
            (
                "c",
                "buongiorno devo mandare un pacco a mia mamma in [[L:romania]] a [[L:Craiova]] quanto costa x 20 kg??",
            ),
            (
                "a",
                "Buongiorno! Per la [[L:Romania]] un collo da 20 kg parte da {{$:48 €}}, ritiro a domicilio incluso. Da dove partirebbe il pacco?",
            ),
            (
                "c",
                "da [[L:Pioltello]] [[A:via Leoncavallo 14 scala C 3 piano]]\ncitofono [[P:Dumitrescu]] ma se nn risponde c è scritto [[P:Pop]] che è mio marito",
            ),
            (
                "c",
                "indirizzo di mia mamma e [[A:Strada Brestei 112]], [[L:Craiova]] [[A:200581]] si chiama [[P:Elena Popescu]] tel [[T:+40 745 218 903]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Ioana]], ritiro {{D:giovedì 6}} tra le {{TM:9}} e le {{TM:13}}. Il suo numero per il corriere?",
            ),
            ("c", "[[T:331 482 7719]] grazie mille 🙏"),
            (
                "a",
                "Prenotato, riferimento {{R:OPS-25-00871}}. Buona giornata, [[P:Sara]] - {{B:Oltremare}}",
            ),
        ],
    },
    {
        "business": "cargo",
        "platform": "messenger",
        "customer": "Tom Ashworth",
        "lang": "en",
        "start": "2025-02-07T16:40:00",
        "messages": [
            (
                "c",
                "hi there moving back to the [[L:uk]] after 6 yrs in [[L:Bergamo]] and need to ship 8 boxes of books n stuff to my sisters in [[L:Leeds]]",
            ),
            (
                "c",
                "her address is [[A:Flat 3, 27 Harehills Lane]] [[L:Leeds]] [[A:LS8 4HJ]]\nname is [[P:Rachel Ashworth-Kemp]]",
            ),
            (
                "a",
                "Hi [[P:Tom]], thanks! Boxes to [[L:England]] are {{$:39 €}} each up to 25 kg. We'd collect in [[L:Bergamo]], is that right?",
            ),
            (
                "c",
                "yes [[A:via Borgo Palazzo 58]] top floor no lift sorry 😅 buzzer says [[P:Ashworth]]/[[P:Rinaldi]], [[P:Chiara]] my flatmate will be in if im at work",
            ),
            (
                "c",
                "my [[L:uk]] number is [[T:+44 7700 913 482]] but italian one works till march [[T:347-220-1984]]",
            ),
            (
                "a",
                "Noted. Order {{O:104552198}} created, pickup {{D:14 Feb}}. You'll get tracking {{TR:OP7720918845IT}} once it leaves our hub in {{W:Segrate}}. [[P:Marco]] from the team",
            ),
            ("c", "brilliant cheers [[P:marco]]"),
        ],
    },
    {
        "business": "cargo",
        "platform": "instagram",
        "customer": "nadia.benali_",
        "lang": "it",
        "start": "2025-02-11T21:05:00",
        "messages": [
            (
                "c",
                "salve io ricevo pacco da [[L:marocco]] da mio fratello [[P:Youssef]] ma e fermo da 10 giorni",
            ),
            ("c", "codice e {{TR:MA 4471 0928 3361}} perche nn arriva"),
            (
                "a",
                "Buonasera, controllo subito. Il collo risulta in dogana a {{W:Malpensa}} in attesa di documenti. Ci serve il nome completo del destinatario e l'indirizzo.",
            ),
            (
                "c",
                "[[P:Nadia Benali]] [[A:corso Vercelli 201 int 9]] [[L:Novara]] [[A:28100]]\nmio codice fiscale [[CF:BNCFNC90A41F205Q]] se serve",
            ),
            ("c", "ah scusa il civico e [[A:210]] non [[A:201]] [[A:corso Vercelli 210]]"),
            (
                "a",
                "Nessun problema, correggo in [[A:corso Vercelli 210]]. Può mandare una foto del documento via mail al nostro ufficio doganale indicando la pratica {{R:DG-3390}}?",
            ),
            ("c", "ok la mando da [[E:nadia punto benali chiocciola libero punto it]]"),
            ("a", "Grazie [[P:Nadia]]! Appena arriva sblocchiamo. [[P:Giulia]]"),
        ],
    },
    {
        "business": "cargo",
        "platform": "telegram",
        "customer": "Kwabena",
        "lang": "en",
        "start": "2025-02-19T08:20:00",
        "messages": [
            (
                "c",
                "good morning sir i want to send 2 barrel to [[L:ghana]] [[L:Kumasi]] from [[L:Castel Volturno]]. how much pls",
            ),
            (
                "a",
                "Good morning! Barrels to [[L:Ghana]] go by sea, {{$:135 €}} each, about 6 weeks. Where exactly do we collect?",
            ),
            (
                "c",
                "[[A:viale Domitiana km 34,200]] near the big {{W:Conad}}, ask for [[P:Kwabena Mensah]] or my wife [[P:Akosua]]",
            ),
            (
                "c",
                "receiver is my uncle [[P:Kofi Owusu-Ansah]] [[A:plot 14 Asokwa]] [[L:Kumasi]]\nhis phone [[T:+233 24 418 7720]]",
            ),
            ("a", "Thank you. I also need your phone and an email for the invoice."),
            (
                "c",
                "[[T:0039 389 \n771 0452]] email [[E:kwabena.mensah77@example.com]]\ntelegram [[H:@kwabmensah]]",
            ),
            (
                "a",
                "All set, booking {{R:SEA-0219-44}}, payment by bank transfer to our account or card on pickup. [[P:Marco]]",
            ),
        ],
    },
    {
        "business": "cargo",
        "platform": "whatsapp",
        "customer": "Gianna Lo Presti",
        "lang": "it",
        "start": "2025-03-01T11:02:00",
        "messages": [
            (
                "c",
                "ciao vorrei spedire dei vestiti e regali a mia figlia [[P:Martina]] che fa l erasmus a [[L:Valencia]]",
            ),
            (
                "c",
                "lei sta in [[A:Calle de Cuba 33, 4º A]] [[A:46006]] [[L:Valencia]] e il campanello dice [[P:Lo Presti]] / [[P:García]]",
            ),
            (
                "a",
                "Ciao! Per la [[L:Spagna]] fino a 10 kg sono {{$:29,90 €}}. Il pacco parte da casa sua?",
            ),
            (
                "c",
                "si da [[L:Bagheria]] [[A:via Città di Palermo 87]]\nma sono in campagna a [[L:Aspra]] nel weekend quindi venite lunedi",
            ),
            (
                "c",
                "ah dentro c è anche un pezzo di {{PD:Pecorino Siciliano}} e una bottiglia di {{PD:Marsala}} si può?",
            ),
            (
                "a",
                "Il formaggio stagionato sì se sottovuoto, alcolici no purtroppo 😕. Ritiro {{D:lunedì 3 marzo}}.",
            ),
            ("c", "vabbe la beve il papà 😂 pago con carta [[C:4929 8731 0446 2718]] va bene qui?"),
            (
                "a",
                "Per sicurezza non scriva i dati della carta in chat! Il corriere avrà il POS. [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "cargo",
        "platform": "messenger",
        "customer": "Dieter Hollmann",
        "lang": "en",
        "start": "2025-03-09T14:30:00",
        "messages": [
            (
                "c",
                "Hallo, ich hoffe Sie verstehen Deutsch? sorry my english is bad. i have holiday house in [[L:Tremosine]] and want send 3 box back to [[L:Augsburg]]",
                "de",
            ),
            (
                "a",
                "Hello Mr [[P:Hollmann]], no problem, English is fine. [[L:Germany]] is {{$:34 €}} per box. Address in [[L:Germany]] please?",
            ),
            (
                "c",
                "[[A:Hochfeldstraße 41]], [[A:86159]] [[L:Augsburg]], Name [[P:Dieter Hollmann]]\npick up in [[L:italy]]: [[A:località Pieve, via Sasso 6]] [[L:Tremosine sul Garda]]",
            ),
            (
                "c",
                "my neighbour Signora [[P:Bettoni]] has key, she is house number [[A:8]], tel [[T:0365 918 244]]",
            ),
            (
                "a",
                "Thanks. Is the view of the {{W:Lago di Garda}} as nice as they say? 😄 Booking {{R:DE-1177}}, pickup {{D:12/03}}.",
            ),
            (
                "c",
                "yes very nice. pay by transfer from my account [[I:DE82500105175419036512]] ok?",
            ),
            ("a", "Perfect, we will send you the invoice to confirm. Which email?"),
            ("c", "[[E:d.hollmann@example.de]]"),
        ],
    },
    # ---------------------------------------------------------------- stanze
    {
        "business": "stanze",
        "platform": "instagram",
        "customer": "priya.k.shah",
        "lang": "en",
        "start": "2025-07-22T18:10:00",
        "messages": [
            (
                "c",
                "hii im starting a masters at unibo in september, coming from [[L:Pune]] [[L:india]]. do u have single rooms near {{W:Piazza Verdi}}??",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Yes, we have a single room in {{W:via Zamboni}} area from {{$:520 €}}/month bills included. Could you tell me your full name for the application?",
            ),
            (
                "c",
                "[[P:Priya Kaur Shah]] - P R I Y A, surname S H A H\ncan u also send to my email [[E:priya.shah.pune[at]example[dot]com]]",
            ),
            (
                "c",
                "my dad [[P:Rajesh]] will pay the deposit from [[L:india]], is that ok? his number [[T:+91 98220 47361]]",
            ),
            (
                "a",
                "Sure, international transfer is fine. The deposit is {{$:1.040 €}}. I'll send the contract with reference {{R:BO-2025-118}}.",
            ),
            (
                "c",
                "omg thank u!! also my friend [[P:ananya]] is looking too, her insta is [[H:@ananya.rao.21]]",
            ),
            ("a", "Happy to help her too 😊 [[P:Luca]] - {{B:StanzaCampus}}"),
        ],
    },
    {
        "business": "stanze",
        "platform": "whatsapp",
        "customer": "Fede",
        "lang": "it",
        "start": "2025-08-02T10:00:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:federico]] ho visto la stanza doppia in [[A:via Mascarella 41]] è ancora libera?",
            ),
            ("a", "Ciao [[P:Federico]]! Sì, posto letto in doppia a {{$:330 €}}. Di dove sei?"),
            (
                "c",
                "di [[L:Lamezia]] ma ora sto da mia zia a [[L:Casalecchio]] finche nn trovo qualcosa",
            ),
            (
                "c",
                "la zia sta in [[A:via Porrettana 312]] se dovete mandare documenti li, citofono [[P:Gigliotti]]",
            ),
            ("a", "Ok! Per il contratto mi servono codice fiscale e un recapito."),
            (
                "c",
                "[[CF:MRTLCU85T10H501P]] ah no aspetta questo e di mio padre [[P:luca]] 😂 io nn me lo ricordo te lo mando stasera",
            ),
            ("c", "numero [[T:339.618.2047]]"),
            ("a", "Perfetto, aspetto il tuo. Visita {{D:martedì}} alle {{TM:17:30}}? [[P:Chiara]]"),
        ],
    },
    {
        "business": "stanze",
        "platform": "messenger",
        "customer": "Li Wei",
        "lang": "it",
        "start": "2025-08-20T07:45:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Li Wei]] studentessa cinese, arrivo da [[L:Chengdu]] il {{D:15 settembre}}. italiano poco, scusa",
            ),
            (
                "a",
                "Buongiorno [[P:Wei]], benvenuta! Possiamo scrivere anche in inglese se preferisci.",
            ),
            (
                "c",
                "ok english better. i need room near {{W:Politecnico}}? my cousin [[P:Zhang Hao]] live in [[A:via Andrea Costa 98]] and say your agency is good",
                "en",
            ),
            (
                "a",
                "Our rooms near the {{W:Dipartimento di Ingegneria}} start at {{$:480 €}}. Can I have your email and phone?",
                "en",
            ),
            (
                "c",
                "[[E:liwei0412@example.cn]]\nwechat [[H:liwei_cd0412]]\nphone not yet [[L:italy]], [[L:china]] [[T:+86 138 0828 4471]]",
                "en",
            ),
            (
                "a",
                "Thanks! I'll send photos of the room in {{W:via del Pratello}} by email. [[P:Luca]]",
                "en",
            ),
        ],
    },
    {
        "business": "stanze",
        "platform": "whatsapp",
        "customer": "Marta Sokołowska",
        "lang": "en",
        "start": "2025-09-03T13:15:00",
        "messages": [
            (
                "c",
                "hello, erasmus student from [[L:Kraków]], i rented room {{R:ST-0447}} but the heater dont work and landlord sig. [[P:Tagliaferri]] not answer",
            ),
            ("c", "room is [[A:via San Vitale 73, scala B int. 7]]"),
            (
                "a",
                "Hi [[P:Marta]], sorry! I'll call the plumber today. Is your flatmate home in the afternoon?",
            ),
            ("c", "yes [[P:Kasia]] and the italian girl [[P:bianca]] they are there after 3"),
            ("c", "my polish number [[T:+48 601 274 993]] or [[E:marta.sokolowska@example.pl]]"),
            (
                "a",
                "The plumber is [[P:Dario]], he'll come at {{TM:15:30}}. Sorry again! [[P:Chiara]]",
            ),
            ("c", "thank u 🙏 dziękuję", "pl"),
        ],
    },
    {
        "business": "stanze",
        "platform": "instagram",
        "customer": "giuse.ferrante",
        "lang": "it",
        "start": "2025-09-10T22:40:00",
        "messages": [
            (
                "c",
                "sera! sono la mamma di [[P:Giuseppe Ferrante]], [[P:giuse]] comincia a ingegneria e cerchiamo una singola",
            ),
            (
                "c",
                "noi siamo di [[L:Sapri]] provincia di [[L:salerno]], lui nn conosce nessuno a [[L:bologna]]",
            ),
            (
                "a",
                "Buonasera signora! Abbiamo una singola in {{W:zona Bolognina}} a {{$:450 €}}. Il contratto va intestato a lei o a suo figlio?",
            ),
            (
                "c",
                "a me, [[P:Rosaria Iannuzzi]], pago io con bonifico dal conto [[I:IT53K0760103200001047729184]]",
            ),
            (
                "c",
                "mio cell [[T:(+39) 0973 391 228]] è il fisso di casa in [[A:via Kennedy 5]], meglio il cell [[T:328 9904 117]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Iannuzzi]], le mando la bozza. [[P:Giuseppe]] può passare a vedere la stanza {{D:sabato}}?",
            ),
            ("c", "si lo accompagna mio fratello [[P:Enzo]] che sta a [[L:San Lazzaro]]"),
        ],
    },
    # ---------------------------------------------------------------- infissi
    {
        "business": "infissi",
        "platform": "whatsapp",
        "customer": "Ornella",
        "lang": "it",
        "start": "2025-04-02T08:30:00",
        "messages": [
            (
                "c",
                "buongiorno volevo un preventivo x cambiare 4 finestre e 2 tapparelle motorizzate, abito a [[L:Castelfranco Emilia]] frazione [[L:Piumazzo]]",
            ),
            (
                "a",
                "Buongiorno! Certo, facciamo sopralluogo gratuito. Mi lascia indirizzo e un nome?",
            ),
            (
                "c",
                "[[P:Ornella Vaccari]] [[A:via Muzza Corona 19]]\ncasa gialla dopo il cimitero, il cancello verde",
            ),
            (
                "c",
                "ah il numero giusto e [[A:19/A]] perche al [[A:19]] ci sta mio cognato [[P:Ivano]]",
            ),
            (
                "a",
                "Grazie signora [[P:Vaccari]]! Le interessano le finestre in {{PD:PVC Bianco Perla}} o in legno-alluminio {{PD:Noce Antico}}?",
            ),
            ("c", "pvc bianco, quanto vengono piu o meno?"),
            (
                "a",
                "Indicativamente {{$:680 €}} a finestra posata. Sopralluogo {{D:venerdì 4}} alle {{TM:10}}, viene il nostro tecnico [[P:Walter]]. Un numero per avvisarla?",
            ),
            ("c", "[[T:059 93 27 41]] casa o [[T:347/8812093]] cell grazie"),
        ],
    },
    {
        "business": "infissi",
        "platform": "messenger",
        "customer": "Simone Fabbri",
        "lang": "it",
        "start": "2025-04-10T19:22:00",
        "messages": [
            (
                "c",
                "ciao ma siete parenti? mi chiamo anche io [[P:fabbri]] 😂 [[P:Simone Fabbri]], cmq mi serve una zanzariera",
            ),
            (
                "a",
                "Ciao [[P:Simone]] 😄 nessuna parentela con {{B:Fabbri & Figli}} credo! Zanzariera a rullo o plissé?",
            ),
            (
                "c",
                "plisse x la porta finestra, misure 90x220. sto a [[L:Sassuolo]] in [[A:via Radici in Piano 344]]",
            ),
            (
                "c",
                "piano terra, citofono [[P:fabbri]]/[[P:Montanari]] che la mia compagna è [[P:Erika Montanari]]",
            ),
            ("a", "Ok! La {{PD:Plissé Sirio}} viene {{$:215 €}} montata. Fattura a nome di chi?"),
            (
                "c",
                "alla ditta della mia compagna, [[P:Erika]] fa l estetista, p iva [[V:01987650361]]\nmail [[E:erika.montanari.estetica@example.it]]",
            ),
            (
                "a",
                "Perfetto, mando il preventivo {{R:PR-2025-0412}}. [[P:Lorenzo]] - {{B:Serramenti Fabbri}}",
            ),
        ],
    },
    {
        "business": "infissi",
        "platform": "instagram",
        "customer": "the_oconnors_in_italy",
        "lang": "en",
        "start": "2025-04-18T12:05:00",
        "messages": [
            (
                "c",
                "hiya! irish couple here, we bought an old farmhouse near [[L:Vignola]], the shutters are falling apart lol. do you do wooden persiane?",
            ),
            (
                "a",
                "Hello! Yes we make wooden shutters to measure, in {{PD:Verde Bosco}} or any RAL colour. Where is the house exactly?",
            ),
            (
                "c",
                "its [[A:località Ca' de Bonacci 3]], [[L:Guiglia]], up the hill past the {{W:Rocca di Vignola}} road. my husband [[P:Declan]] is there most days",
            ),
            (
                "c",
                "we're still half living in [[L:Galway]] so best to reach me on [[T:+353 87 614 2290]] or whatsapp. im [[P:Siobhan O'Connor]]",
            ),
            (
                "c",
                "oh and you can see pics on my blog [[U:siobhansfarmhouse.blogspot.com]] there's a post about the windows",
            ),
            (
                "a",
                "Lovely photos [[P:Siobhan]]! 11 shutters, around {{$:390 €}} each. Our fitter [[P:Walter]] can come on {{D:28 April}}.",
            ),
            ("c", "grand, thank you!! [[P:declan]] says ciao 😄"),
        ],
    },
    {
        "business": "infissi",
        "platform": "whatsapp",
        "customer": "Hamza",
        "lang": "it",
        "start": "2025-05-06T17:50:00",
        "messages": [
            (
                "c",
                "salve, io sono [[P:Hamza El Idrissi]] ho negozio kebab a [[L:Carpi]] vorrei serranda nuova la vecchia e rotta",
            ),
            ("a", "Buonasera! Serranda avvolgibile in acciaio? Mi dice l'indirizzo del negozio?"),
            (
                "c",
                "si acciaio. negozio [[A:via Ugo da Carpi 61]] davanti al {{W:Duomo}} ahah no scherzo davanti alla farmacia",
            ),
            ("c", "ma io abito a [[L:Correggio]] [[A:via Mandriolo Superiore]] e fattura a casa"),
            ("c", "numero [[A:7]] scusa mi ero dimenticato"),
            ("a", "Grazie! Per la fattura partita IVA e mail?"),
            (
                "c",
                "[[V:03124570585]] mail [[E:hamzakebab[at]example[dot]it]]\nmio fratello [[P:Rachid]] risponde se io nn ci sono [[T:+39 392 610 4488]]",
            ),
            ("a", "Preventivo {{R:PR-2025-0588}}: {{$:1.250 €}} + IVA. [[P:Lorenzo]]"),
        ],
    },
    {
        "business": "infissi",
        "platform": "messenger",
        "customer": "Bianca Rosa Fiorini",
        "lang": "it",
        "start": "2025-05-20T09:40:00",
        "messages": [
            (
                "c",
                "salve ho un problema con la tapparella che mi avete montato a marzo ordine {{O:2025-00317}} si blocca a metà",
            ),
            ("a", "Buongiorno, mi spiace! A nome di chi è l'ordine?"),
            (
                "c",
                "[[P:Bianca Rosa Fiorini]], [[A:viale Ciro Menotti 150]] [[L:Modena]] [[A:41121]] quarto piano",
            ),
            (
                "a",
                "Trovato, signora [[P:Fiorini]]. Il motore {{PD:Somfy Oximo}} è in garanzia. Possiamo venire {{D:giovedì}} mattina?",
            ),
            (
                "c",
                "giovedi c è mia figlia [[P:speranza]] io lavoro, il citofono e [[P:Fiorini]]-[[P:Gatti]]. con la {{W:speranza}} che si aggiusti 😅",
            ),
            ("a", "Certo! Il tecnico [[P:Walter]] chiamerà prima. Un numero?"),
            ("c", "[[T:+39 059 \n 218 4460]]"),
        ],
    },
    # ---------------------------------------------------------------- ranch
    {
        "business": "ranch",
        "platform": "instagram",
        "customer": "lauren.rides",
        "lang": "en",
        "start": "2025-03-14T20:10:00",
        "messages": [
            (
                "c",
                "hi! me and my best friend are flying from [[L:Denver]] in june and want to do the 5 day trail ride through the {{W:Maremma}}, any spots?",
            ),
            (
                "a",
                "Hi [[P:Lauren]]! Yes, the {{PD:Sentiero dei Butteri}} week has 2 spots left from {{D:9 June}}, {{$:1.150 €}} per person full board.",
            ),
            (
                "c",
                "yessss 🐴🐴 im [[P:Lauren Whitfield]] and she's [[P:Maddie Novak]], we're both intermediate riders",
            ),
            (
                "c",
                "my email [[E:lauren dot whitfield at example dot com]] and my cell [[T:(720) 555-0148]]\nyou can see me riding on [[U:instagram.com/lauren.rides]] lol",
            ),
            (
                "a",
                "Love it! To confirm we need a deposit of {{$:300 €}}. Booking {{R:VDM-0609-LW}}.",
            ),
            (
                "c",
                "after the ride we're staying with [[P:maddies]] aunt in [[L:Lucca]], [[A:via Fillungo 88]]. can u drop the saddle bags there? lol jk",
            ),
            ("a", "Haha no promises 😄 See you in {{W:Grosseto}}! [[P:Tiziana]]"),
        ],
    },
    {
        "business": "ranch",
        "platform": "whatsapp",
        "customer": "Valentina",
        "lang": "it",
        "start": "2025-04-05T15:00:00",
        "messages": [
            (
                "c",
                "ciao! vorrei regalare a mio marito [[P:Stefano]] un weekend a cavallo x il suo compleanno, noi veniamo da [[L:Perugia]]",
            ),
            ("c", "lui nn è mai salito su un cavallo 😂 quindi qualcosa di tranquillo"),
            (
                "a",
                "Ciao! Perfetto il pacchetto {{PD:Weekend Puledro}}: 2 notti, 3 passeggiate con istruttore, {{$:290 €}} a persona. Per quando?",
            ),
            (
                "c",
                "{{D:25-27 aprile}}. io sono [[P:Valentina Brizi]] e la mail è [[E:vale.brizi88@example.it]]",
            ),
            (
                "c",
                "ah e possiamo portare il cane? si chiama {{W:Felice}} 🐶 mentre la nostra vicina [[P:Felicia]] ci tiene il gatto",
            ),
            (
                "a",
                "I cani sono benvenuti! Prenotazione {{R:VDM-0425-VB}}. Per la caparra può fare bonifico, le mando l'IBAN del ranch.",
            ),
            (
                "c",
                "ok te lo faccio dal conto cointestato [[I:IT23M0200811770000102938475]] intestato [[P:Brizi]] [[P:Stefano]] e [[P:Valentina]]",
            ),
            ("a", "Ricevuto, grazie! A presto, [[P:Tiziana]] 🐴"),
        ],
    },
    {
        "business": "ranch",
        "platform": "messenger",
        "customer": "Jean-Baptiste Moreau",
        "lang": "it",
        "start": "2025-05-12T10:20:00",
        "messages": [
            (
                "c",
                "Bonjour! je suis [[P:Jean-Baptiste Moreau]] de [[L:Lyon]], scusi il mio italiano non è buono",
                "fr",
            ),
            (
                "c",
                "voglio venire con mia figlia [[P:Camille]] 12 anni per una settimana di equitazione in luglio, avete cavalli per bambini?",
            ),
            (
                "a",
                "Bonjour signor [[P:Moreau]]! Sì, abbiamo pony e un corso junior, {{PD:Campo Estivo Pony}}, {{D:7-13 luglio}}, {{$:760 €}}.",
            ),
            (
                "c",
                "perfetto. indirizzo per la fattura: [[A:12 rue de la Charité]], [[A:69002]] [[L:Lyon]], [[L:France]]",
            ),
            (
                "c",
                "telefono [[T:+33 6 12 48 77 03]], e mia moglie [[P:Aurélie]] [[T:+33 7 81 20 65 49]] se non rispondo",
            ),
            (
                "a",
                "Grazie! [[P:Camille]] conosce già qualche bambino? Ci sono due ragazze francesi quella settimana.",
                "it",
            ),
            (
                "c",
                "no ma lei parla un po italiano, sua nonna [[P:Giuliana]] è di [[L:Orbetello]]! merci beaucoup",
            ),
        ],
    },
    {
        "business": "ranch",
        "platform": "telegram",
        "customer": "Mikhail",
        "lang": "en",
        "start": "2025-06-01T23:15:00",
        "messages": [
            (
                "c",
                "hello. i am [[P:Mikhail Zaitsev]], i live in [[L:Milano]] but originally from [[L:Novosibirsk]]. want book horse holiday for me and girlfriend [[P:Darya]]",
            ),
            (
                "a",
                "Hello [[P:Mikhail]]! We have the {{PD:Tramonto in Maremma}} 3-day ride from {{$:480 €}} per person. Which dates?",
            ),
            (
                "c",
                "{{D:August 14-17}}. we come by car from [[A:via Padova 301]] [[L:milano]], how many hours?",
            ),
            (
                "a",
                "About 4h30 from [[L:Milan]]. We are near {{W:Scansano}}, the address is on our page. Please leave a phone and email.",
            ),
            (
                "c",
                "telegram is better [[H:@mzaitsev_mi]]. email [[E:m.zaitsev@example.ru]]\nphone [[T:+7 913 402-18-55]]",
            ),
            ("c", "also [[P:darya]] has allergy to hay, is ok?"),
            (
                "a",
                "We'll put you in the {{W:Rosmarino}} cottage, away from the barns. Booking {{R:VDM-0814-MZ}}.",
            ),
        ],
    },
    {
        "business": "ranch",
        "platform": "whatsapp",
        "customer": "Rocco",
        "lang": "it",
        "start": "2025-06-20T07:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rocco Speranza]] istruttore di una scuola di equitazione a [[L:Potenza]], porterei un gruppo di 8 ragazzi a settembre",
            ),
            (
                "a",
                "Buongiorno [[P:Rocco]]! Volentieri. Per gruppi facciamo {{$:95 €}} a persona al giorno tutto compreso. Arrivate col van dei cavalli o usate i nostri?",
            ),
            (
                "c",
                "i vostri. i ragazzi sono tutti di [[L:Tito Scalo]] e [[L:Picerno]], l accompagnatrice è [[P:Maria Concetta D'Andrea]]",
            ),
            (
                "c",
                "fattura all associazione {{B:A.S.D. Speranza Equestre}}, [[A:contrada Serra del Ponte 4]] [[A:85050]] [[L:Tito]]",
            ),
            ("c", "la mail la manda [[P:Concetta]] dal suo pc: [[E:concetta.dandrea@example.it]]"),
            ("a", "Perfetto, preventivo {{R:GRP-0915}} in arrivo. Un cellulare di riferimento?"),
            ("c", "[[T:338 20 44 917]] il mio, chiedete di [[P:rocco]]"),
        ],
    },
    # ---------------------------------------------------------------- formaggi
    {
        "business": "formaggi",
        "platform": "instagram",
        "customer": "helga.in.hamburg",
        "lang": "en",
        "start": "2025-01-10T10:30:00",
        "messages": [
            (
                "c",
                "hi do you ship to [[L:germany]]? i tasted your {{PD:Caciotta Santa Brigida}} on holiday and i miss it 😭",
            ),
            (
                "a",
                "Hi! Yes, we ship vacuum-packed across the {{W:EU}} in 3-4 days. A 1 kg caciotta is {{$:22 €}} plus {{$:14,50 €}} shipping to [[L:Germany]].",
            ),
            (
                "c",
                "perfect, 2 caciotte and one {{PD:Pecorino di Fossa}} please. [[P:Helga Brandstätter]], [[A:Eppendorfer Weg 217]], [[A:20259]] [[L:Hamburg]]",
            ),
            (
                "c",
                "3rd floor, bell says [[P:Brandstätter]]/[[P:Yilmaz]]. if not home leave it with Herr [[P:Krüger]] on the ground floor",
            ),
            ("a", "Noted! Order {{O:SB-44817}}. Can we have a phone for the courier?"),
            ("c", "[[T:+49 40 3187 6621]] or mobile [[T:+49 (0)171 4409 382]]"),
            (
                "a",
                "Thank you [[P:Helga]]! Tracking {{TR:1Z 49E 870 68 3319 2047}} will come by e-mail.",
            ),
            ("c", "to [[E:helga.b@example.de]] danke!"),
        ],
    },
    {
        "business": "formaggi",
        "platform": "whatsapp",
        "customer": "Nonna Pina",
        "lang": "it",
        "start": "2025-01-22T16:45:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Giuseppina Caruso]] mi ha dato il numero mio nipote [[P:Salvo]] vorrei mandare il formaggio a mio figlio in [[L:america]]",
            ),
            (
                "c",
                "lui sta a [[L:Boston]] anzi vicino a [[L:Somerville]] da 20 anni e gli manca il {{PD:Canestrato}}",
            ),
            (
                "a",
                "Buonasera signora! Purtroppo negli [[L:Stati Uniti]] possiamo spedire solo formaggi stagionati oltre 60 giorni, il {{PD:Canestrato Stagionato}} va bene. L'indirizzo?",
            ),
            (
                "c",
                "[[A:45 Highland Ave, Apt 3B]] [[L:Somerville]] [[A:MA 02143]]\nsi chiama [[P:Calogero Caruso]] ma tutti lo chiamano [[P:Lillo]]",
            ),
            ("c", "telefono suo [[T:+1 617-555-0193]]"),
            (
                "a",
                "Perfetto. 2 kg di {{PD:Canestrato}} + spedizione [[L:USA]] = {{$:96 €}}. Come preferisce pagare?",
            ),
            ("c", "mio nipote fa con la carta lui e piu pratico. [[P:salvo]] scrivi tu"),
            (
                "c",
                "salve sono [[P:Salvo]] il nipote, pago con la [[C:5417 3301 2984 6306]] scad 08/27 ok?",
            ),
            (
                "a",
                "Grazie [[P:Salvo]], per sicurezza le mando un link di pagamento, non serve scrivere la carta qui. [[P:Agnese]] - Caseificio",
            ),
        ],
    },
    {
        "business": "formaggi",
        "platform": "messenger",
        "customer": "Oliver Grant",
        "lang": "en",
        "start": "2025-02-14T12:00:00",
        "messages": [
            (
                "c",
                "hello, i run a tiny deli in [[L:Brighton]] and want to try your cheese. do you ship to the [[L:uk]] after brexit?",
            ),
            (
                "a",
                "Hello [[P:Oliver]]! Yes, with customs paperwork. Minimum order 10 kg. We have {{PD:Ricotta Affumicata}}, {{PD:Grana Padano}} 24 months and our {{PD:Blu di Bufala}}.",
            ),
            (
                "c",
                "great. the shop is mine alone, [[U:https://olivergrantdeli.co.uk]], delivery to [[A:Unit 4, 18 Gloucester Road]] [[L:Brighton]] [[A:BN1 4AD]]",
            ),
            (
                "c",
                "my partner [[P:Priyanka]] will receive it, she's there mornings. shop phone [[T:01273 555 814]]",
            ),
            ("a", "Lovely. Quote {{R:UK-Q-0214}}: 10 kg mixed for {{$:£265}}."),
            (
                "c",
                "ok. pay from [[I:GB33BARC20035373461288]] ok? and email [[E:oliver@olivergrantdeli.co.uk]]",
            ),
            ("a", "Perfect, thank you [[P:Oliver]]. [[P:Agnese]]"),
        ],
    },
    {
        "business": "formaggi",
        "platform": "whatsapp",
        "customer": "Paolo",
        "lang": "it",
        "start": "2025-03-03T08:15:00",
        "messages": [
            (
                "c",
                "ciao, ordine {{O:SB-45102}} x mio suocero, dovevate consegnare ieri a [[L:Caltanissetta]] ma nn è arrivato",
            ),
            (
                "a",
                "Ciao [[P:Paolo]], controllo. Il tracking {{TR:BRT 0584 2219 6630}} dice 'destinatario assente'. L'indirizzo era [[A:via Santa Rosalia 9]]?",
            ),
            (
                "c",
                "no è [[A:viale della Regione 90]]! [[A:via Santa Rosalia 9]] era la vecchia casa, l ho sbagliato io scusate",
            ),
            (
                "c",
                "si chiama [[P:Carmelo Di Stefano]], suonare [[P:Di Stefano]] 2 piano. io sono [[P:Paolo Lanza]]",
            ),
            (
                "a",
                "Nessun problema, facciamo giacenza e riconsegna {{D:domani}}. La {{PD:Provola dei Nebrodi}} è sottovuoto, resiste.",
            ),
            ("c", "grazie 🙏 mio suocero risponde al [[T:0934/581229]]"),
            ("a", "Ok, avviso il corriere. [[P:Agnese]]"),
        ],
    },
    {
        "business": "formaggi",
        "platform": "instagram",
        "customer": "chef_amadou",
        "lang": "it",
        "start": "2025-03-21T18:30:00",
        "messages": [
            (
                "c",
                "salve sono chef di un ristorante a [[L:Dakar]] ma adesso lavoro in [[L:italia]] per la stagione a [[L:Cortina]]. vorrei ordinare per me 5 kg di ricotta salata",
            ),
            (
                "a",
                "Ciao! La {{PD:Ricotta Salata Santa Brigida}} è {{$:16 €}}/kg. Spediamo a [[L:Cortina]] in 48 ore. A chi la intestiamo?",
            ),
            (
                "c",
                "[[P:Amadou Diallo]] c/o {{B:Hotel Lorenzi}}, [[A:località Pocol 12]] [[L:Cortina d'Ampezzo]]",
            ),
            (
                "c",
                "mio instagram [[H:@chef_amadou]] e tiktok [[U:tiktok.com/@amadoucooks]] per vedere le ricette 😁",
            ),
            ("c", "numero [[T:+221 77 418 20 63]] o italiano [[T:351 7220 418]]"),
            ("a", "Fatto! Ordine {{O:SB-45388}}. Mandaci il video del piatto 😍"),
        ],
    },
    {
        "business": "formaggi",
        "platform": "telegram",
        "customer": "Ana Lucía",
        "lang": "it",
        "start": "2025-04-09T13:40:00",
        "messages": [
            (
                "c",
                "hola! scusate scrivo un po male, sono [[P:Ana Lucía Fernández Ruiz]] di [[L:Sevilla]], ho comprato da voi alla fiera di {{W:Cremona}}",
                "es",
            ),
            (
                "c",
                "volevo mandare un regalo di formaggi alla mia amica [[P:Lucía]] che vive a [[L:Madrid]], [[A:Calle de Toledo 71, 3º B]] [[A:28005]]",
            ),
            (
                "a",
                "¡Hola! Con piacere. Le consiglio la cassetta {{PD:Sapori di Sicilia}} a {{$:58 €}}: caciocavallo, pecorino e {{PD:Ragusano DOP}}.",
            ),
            (
                "c",
                "perfecto! il suo telefono [[T:+34 612 48 90 37]]. e io pago, il mio email è [[E:analu.fr(at)example.es]]",
                "es",
            ),
            (
                "c",
                "ah la sua casa è [[P:Lucía Márquez]] sul citofono, non [[P:Fernández]], siamo due [[P:Lucía]] diverse jaja",
            ),
            (
                "a",
                "Capito! Ordine {{O:SB-46001}}, consegna prevista {{D:14 aprile}}. Gracias! [[P:Agnese]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- piani
    {
        "business": "piani",
        "platform": "whatsapp",
        "customer": "Maestro Baldini",
        "lang": "it",
        "start": "2025-09-15T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno devo spostare un pianoforte a coda {{PD:Steinway modello B}} dalla mia vecchia casa alla nuova",
            ),
            (
                "c",
                "da [[A:via San Felice 44 terzo piano]] senza ascensore!! a [[A:via Saragozza 131]] [[L:Bologna]] piano terra per fortuna",
            ),
            (
                "a",
                "Buongiorno! Per una coda con 3 piani a piedi serve la squadra da 4 e la slitta, circa {{$:780 €}}. A chi intestiamo?",
            ),
            (
                "c",
                "maestro [[P:Ettore Baldini]], insegno al {{W:Conservatorio Martini}}. cf [[CF:KWLTMS78C12Z118I]] ah no scusi quello è del mio allievo [[P:Tomasz]] che mi aiuta con le carte, il mio lo mando dopo",
            ),
            (
                "c",
                "il trasloco lo segue mia moglie [[P:Rosa]], il cell di lei è [[T:335 62 18 904]]\nil mio [[T:051 644 3310]]",
            ),
            (
                "a",
                "Perfetto maestro. Data? Il {{D:3 ottobre}} abbiamo posto. Dopo il concerto {{W:Omaggio a Chopin}} magari 😊",
            ),
            ("c", "3 ottobre va bene. il portone nuovo ha il citofono [[P:Baldini]]-[[P:Neri]]"),
            ("a", "Confermato, pratica {{R:GTP-1003}}. [[P:Gennaro]] - {{B:Gambardella}}"),
        ],
    },
    {
        "business": "piani",
        "platform": "messenger",
        "customer": "Hannah Lindqvist",
        "lang": "en",
        "start": "2025-09-22T17:30:00",
        "messages": [
            (
                "c",
                "hi, we're relocating from [[L:Rome]] to [[L:Stockholm]] and need my upright {{PD:Yamaha U3}} moved. do you go abroad?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Yes, we do Europe with a climate-controlled truck. From where in [[L:Rome]]?",
            ),
            (
                "c",
                "[[A:via Ostiense 164, interno 12]], [[A:00154]] [[L:Roma]], near the {{W:Gazometro}}. it's the 2nd floor with a tiny lift",
            ),
            (
                "c",
                "destination is [[A:Hornsgatan 52, 4 tr]], [[A:118 21]] [[L:Stockholm]]. my husband [[P:Erik]] will be there to receive it",
            ),
            ("a", "Great. Roughly {{$:1.900 €}} including insurance. Phone for the driver?"),
            (
                "c",
                "[[T:+46 70 318 44 92]] ([[P:erik]]) and mine [[T:+39 340 771 2186]]. email [[E:hannah.lindqvist@example.se]]",
            ),
            (
                "c",
                "also my piano teacher's name is on the piano lid, don't worry it's just a sticker lol\nand your online quote form blocked me twice, it says suspicious ip [[IP:151.38.204.117]] ?? my laptop shows [[IP:2a02:b028:4f1:9c20::1a7]] too idk",
            ),
            ("a", "Haha noted! Quote {{R:GTP-EU-0922}}. [[P:Gennaro]]"),
        ],
    },
    {
        "business": "piani",
        "platform": "instagram",
        "customer": "dj_marcolino",
        "lang": "it",
        "start": "2025-10-01T21:45:00",
        "messages": [
            (
                "c",
                "zio ciao 😎 ho comprato un {{PD:Fender Rhodes}} e un piano verticale usato da un tipo a [[L:Pompei]] e li devo portare nel mio studio",
            ),
            (
                "c",
                "lo studio è a [[L:Torre del Greco]] [[A:via Nazionale 788]] nel garage, citofono [[P:Esposito]] detto [[P:marcolino]] 😂",
            ),
            (
                "a",
                "Ciao! Il verticale a piano terra da [[L:Pompei]] a [[L:Torre del Greco]] viene {{$:220 €}}. Il tipo dove sta esattamente?",
            ),
            (
                "c",
                "[[P:Gaetano Cirillo]] [[A:via Lepanto 15]] vicino agli {{W:Scavi}}, mi ha dato il suo num [[T:081 863 \n 1742]]",
            ),
            (
                "c",
                "mi trovate su [[U:youtube.com/@djmarcolino]] e insta [[H:@dj_marcolino]] poi vi taggo 🔥",
            ),
            ("a", "Grande! Sabato {{D:4 ottobre}} alle {{TM:8:30}}. Il tuo numero?"),
            ("c", "[[T:3 3 3 - 1 2 4 - 0 9 8 7]] scrivimi qui cmq"),
        ],
    },
    {
        "business": "piani",
        "platform": "whatsapp",
        "customer": "Suor Chiara",
        "lang": "it",
        "start": "2025-10-08T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno, sono suor [[P:Chiara Mbeki]], la nostra comunità riceve in dono un pianoforte da una signora anziana di [[L:Frascati]], la signora [[P:Clelia Marchionni]]",
            ),
            (
                "c",
                "lei abita in [[A:via Matteotti 27]], [[L:Frascati]], al primo piano. noi siamo al convento di {{W:Santa Chiara}} a [[L:Roma]]",
            ),
            ("a", "Buongiorno suor [[P:Chiara]]! Che bel gesto. L'indirizzo del convento?"),
            (
                "c",
                "[[A:via Panisperna 231]], il campanello dice {{B:Suore Francescane}}. il telefono del convento è pubblico, ma io sono al [[T:+39 366 40 29 188]]",
            ),
            (
                "a",
                "Per le comunità facciamo un prezzo speciale: {{$:180 €}}. Martedì {{D:14}} va bene?",
            ),
            (
                "c",
                "perfetto, Dio vi benedica. la signora [[P:Clelia]] ha un nipote, [[P:Massimo]], che aprirà la porta",
            ),
        ],
    },
    {
        "business": "piani",
        "platform": "telegram",
        "customer": "Kenji",
        "lang": "en",
        "start": "2025-10-19T06:55:00",
        "messages": [
            (
                "c",
                "good morning. i am [[P:Kenji Watanabe]], pianist from [[L:Osaka]], i rent a flat in [[L:Trastevere]] for 6 month and want rent a digital piano, you do also delivery?",
            ),
            (
                "a",
                "Good morning [[P:Kenji]]! We deliver rental pianos, {{PD:Kawai CN29}} is {{$:75 €}}/month. Address?",
            ),
            (
                "c",
                "[[A:vicolo del Cinque 19]] [[A:00153]] [[L:Roma]], top floor. owner of flat is sig.ra [[P:Delbello]] she live downstairs",
            ),
            (
                "c",
                "my telegram [[H:kenji_w_piano]], japanese phone [[T:+81 90-4418-2706]]\nand my concert site [[U:kenjiwatanabe-piano.jp]]",
            ),
            (
                "a",
                "Delivery {{D:Oct 22}}, between {{TM:10}} and {{TM:12}}. Our driver [[P:Ciro]] will call. [[P:Gennaro]]",
            ),
            ("c", "thank you! i pay with card [[C:4556-3018-7732-9047]] on delivery"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(96, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
