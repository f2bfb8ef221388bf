# ruff: noqa: E501
"""Hand-written blind test corpus no. 92 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every customer, agent,
relative, address, phone number and e-mail is invented. The checksummed identifiers (IBANs,
card numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and
pasted here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must
survive are marked ``{{CODE:value}}`` (see handwritten_markup.py beside this file).

The six invented businesses are a pizzeria that delivers, a physiotherapy studio, a record
label's merch shop, a kayak rental on a lake, a wedding photographer and an insurance broker.

Regenerate with: .venv/bin/python make_handwritten92_corpus.py (from this folder).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten92_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pizza": "Pizzeria Da Ninetto",
    "fisio": "Studio Fisio Rinascita",
    "merch": "Lampione Records Store",
    "kayak": "Pagaia Blu Kayak Rental",
    "foto": "Ottavia Brunelli Wedding Stories",
    "broker": "Ponte Sicuro Broker Assicurativo",
}
PAGE_IDS: dict[str, str] = {
    "pizza": "692700184620375",
    "fisio": "692700529174806",
    "merch": "692700731058294",
    "kayak": "692700946302517",
    "foto": "692700215783640",
    "broker": "692700803961452",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- pizzeria
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Dani",
        "lang": "it",
        "start": "2025-02-07T19:42:00",
        "messages": [
            (
                "c",
                "ciao {{B:ninetto}} 🍕 x stasera 2 {{PD:margherita}} 1 {{PD:diavola}} e una {{PD:capricciosa}} senza funghi pls",
            ),
            (
                "a",
                "Ciao! Certo, per che ora? Mi lasci indirizzo e un numero? Il totale è {{$:24,50 €}}",
            ),
            ("c", "verso le {{TM:20.30}} se riuscite\nindirizzo [[A:via Gorizia 14]]"),
            (
                "c",
                "scusa nn ho finito 😅 [[A:scala C interno 9]], citofono [[P:Morandin]] nn il mio nome è di mia suocera",
            ),
            (
                "c",
                "il numero è [[T:347 21\n88 093]] se nn rispondo chiama [[P:Davide]] il mio compagno [[T:340 559 1207]]",
            ),
            (
                "a",
                "Perfetto, consegna alle {{TM:20:30}} in [[A:via Gorizia 14]] citofono [[P:Morandin]]. Grazie! [[P:Ilaria]]",
            ),
            ("c", "grazie [[P:ila]] sei un mito ❤️ ah e la {{PD:bufala}} di ieri era top"),
        ],
    },
    {
        "business": "pizza",
        "platform": "instagram",
        "customer": "tomasz.wl",
        "lang": "en",
        "start": "2025-05-17T20:05:00",
        "messages": [
            (
                "c",
                "hello you deliver to airbnb?? we are tourist from [[L:Poland]] staying near {{W:Piazza Duomo}}",
            ),
            ("a", "Hi! Yes we deliver in the whole city centre 😊 What's the exact address?"),
            (
                "c",
                "[[A:via San Vitale 6/B]], 2nd floor flat 4 the name on bell is [[P:Ferraresi]] not us, is the owner",
            ),
            (
                "c",
                "my name [[P:Tomasz Wilczyński]] , [[P:W-I-L-C-Z-Y-N-S-K-I]] if driver need\nphone [[T:+48 512 774 306]]",
            ),
            (
                "a",
                "Thanks [[P:Tomasz]]! Order {{O:#4471}}: 3 {{PD:Marinara}} + 1 {{PD:Quattro Formaggi}}, {{$:31,00 €}}, about 35 min",
            ),
            ("c", "super thx!! my friend [[P:Kasia]] ask if you have gluten free"),
            (
                "a",
                "Yes, gluten free base is +{{$:3 €}}, I'll add one for [[P:Kasia]]. Enjoy! [[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "pizza",
        "platform": "messenger",
        "customer": "Gianluca Sperti",
        "lang": "it",
        "start": "2025-03-22T21:40:00",
        "messages": [
            (
                "c",
                "buonasera ordine {{O:3391120457}} arrivato dopo un ora e mezza e tutto freddo 😡",
            ),
            ("c", "nn è la prima volta, anche a mia cognata [[P:Lucia]] è successo"),
            (
                "a",
                "Buonasera [[P:Gianluca]], ci scusiamo davvero. Sabato sera il rider ha avuto un problema col motorino. Possiamo rimborsarle i {{$:27,90 €}} con bonifico",
            ),
            (
                "c",
                "ok allora iban [[I:IT36K0200801633000104583921]] intestato a [[P:Gianluca Sperti]]",
            ),
            ("c", "e il rider cmq era scortese, un certo [[P:Ivo]] mi pare"),
            (
                "a",
                "Ricevuto, rimborso disposto oggi, riferimento {{R:RMB-2025-0318}}. Parlerò con [[P:Ivo]]. [[P:Ilaria]] - {{B:Pizzeria Da Ninetto}}",
            ),
            (
                "c",
                "ok grazie. la prossima volta mandate [[P:Mirko]] quello alto, è il figlio della [[P:Pina]] del bar sotto casa mia",
            ),
            ("a", "Lo diremo a [[P:Mirko]] 😊 buona serata [[P:Gianluca]]"),
        ],
    },
    {
        "business": "pizza",
        "platform": "telegram",
        "customer": "mamma_sole",
        "lang": "it",
        "start": "2025-06-02T11:12:00",
        "messages": [
            (
                "c",
                "ciao!! sabato {{D:14 giugno}} compleanno di [[P:Tommy]] fa 7 anni, ci servono 6 pizze baby e 2 {{PD:Bianca}} con patatine",
            ),
            ("a", "Che bello, auguri a [[P:Tommy]]! Intendi la pizza {{PD:Bianca}} grande o baby?"),
            (
                "c",
                "grandi x i genitori 😂 poi [[P:Gaia]] e [[P:Nicolò]] sono allergici al latte quindi 2 senza mozzarella",
            ),
            (
                "c",
                "consegna a [[A:località Case Sparse 3]] [[L:Montecalvo]], dopo il ponte cè un cancello verde {{W:verde}} proprio",
            ),
            (
                "a",
                "Perfetto. [[L:Montecalvo]] è fuori zona di 2 km, supplemento {{$:4 €}}. Ti confermo per le {{TM:16:00}}?",
            ),
            (
                "c",
                "si grazie! sono [[P:Solange]], su telegram mi trovi come [[H:@mamma_sole]] se serve",
            ),
            ("a", "Confermato, prenotazione {{R:PR-0614}}. A sabato! [[P:Marco]]"),
        ],
    },
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Wei",
        "lang": "en",
        "start": "2025-10-09T22:18:00",
        "messages": [
            ("c", "hi i am student at university, can order now? i am [[P:Liu Wei]]"),
            ("a", "Hi [[P:Wei]], kitchen is open until {{TM:23:30}}! What would you like?"),
            (
                "c",
                "1 {{PD:diavola}} and 1 {{PD:Napoli}} pizza. address is student house [[A:viale Ungheria 41]] room 12, ask for [[P:wei]] or [[P:Zhang Min]] my roommate",
            ),
            (
                "c",
                "or email me [[E:liuwei2003 at example dot cn]] if phone not work, my italian friend [[P:Matilde]] say you are best pizza in town 😋",
            ),
            ("c", "sorry 我的电话 my phone [[T:+86 138 0013 4471]] no italian sim yet"),
            (
                "a",
                "No problem, we'll call the room bell. Total {{$:15,50 €}}, cash or card at the door",
            ),
            ("c", "card ok. thx!! 🙏"),
        ],
    },
    # ---------------------------------------------------------------- physio
    {
        "business": "fisio",
        "platform": "whatsapp",
        "customer": "Marta R.",
        "lang": "it",
        "start": "2025-01-13T08:30:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare con il dott. [[P:Stoka]] x la spalla, me lo ha consigliato la mia amica [[P:Debora Lenzi]]",
            ),
            (
                "a",
                "Buongiorno! Il dott. [[P:Stoka]] ha posto giovedì {{D:16/01}} alle {{TM:17:15}}. Va bene? Mi serve nome e codice fiscale per la fattura",
            ),
            ("c", "perfetto. [[P:Marta Rizzardi]] cf [[CF:RSSGLI85M52F205B]]"),
            (
                "c",
                "ah no scusa quello è di mia sorella [[P:Giulia]] 🙈 il mio è [[CF:BNCLCU78T12L219H]]",
            ),
            (
                "c",
                "ah e [[P:giuly]] chiede se il dott. [[P:Stoka]] fa anche linfodrenaggio, lei abita a [[L:Trieste]] ma viene giù spesso",
            ),
            ("a", "Nessun problema, corretto. La fattura gliela mandiamo per mail?"),
            ("c", "si a [[E:marta punto rizzardi chiocciola libero punto it]]"),
            ("a", "Ricevuto [[P:Marta]], a giovedì! [[P:Chiara]] - {{B:Studio Fisio Rinascita}}"),
        ],
    },
    {
        "business": "fisio",
        "platform": "messenger",
        "customer": "Loredana Piccinini",
        "lang": "it",
        "start": "2025-04-03T14:05:00",
        "messages": [
            (
                "c",
                "salve scrivo x mio figlio [[P:Federico]] 16 anni si è fatto male alla caviglia a calcetto",
            ),
            ("c", "[[P:fede]] nn può guidare ovviamente e io lavoro, fate anche domicilio?"),
            ("a", "Salve, sì, facciamo domicilio nel raggio di 15 km dallo studio. Dove abitate?"),
            (
                "c",
                "[[A:frazione San Pietro]] di [[L:Castelnuovo]], [[A:strada dei Mulini 7]] dopo la chiesa di {{W:San Rocco}}",
            ),
            (
                "a",
                "Ci rientrate. La dott.ssa [[P:Anzolin]] può venire lunedì {{D:7 aprile}} alle {{TM:18}}. Seduta domiciliare {{$:60 €}}",
            ),
            (
                "c",
                "perfetto, il cancello è quello con scritto [[P:Piccinini - Rauber]] 2 cognomi perché c'è anche mio marito [[P:Helmut]]",
            ),
            ("c", "ok grazie. il mio cell è [[T:328-447-1095]] caso mai, chiedete di [[P:Lori]]"),
        ],
    },
    {
        "business": "fisio",
        "platform": "instagram",
        "customer": "jonas.laeuft",
        "lang": "en",
        "start": "2025-09-18T07:50:00",
        "messages": [
            (
                "c",
                "hi! im a runner from [[L:Freiburg]], here for training camp 3 weeks, knee pain since the {{W:Berlin Marathon}} ugh",
            ),
            (
                "a",
                "Hi! Sorry to hear that. We can do an assessment with our sports physio [[P:Andrea]]. Do you have a phone number?",
            ),
            ("c", "[[T:+49 (0)170 4823 915]] whatsapp works too. name [[P:Jonas Brückner]]"),
            (
                "c",
                "Entschuldigung mein Englisch ist nicht so gut 😅 ich wohne bei [[P:Frau Hollerbach]] in der [[A:via Roma 88]]",
                "de",
            ),
            (
                "a",
                "No worries, your English is great! [[P:Andrea]] speaks a bit of German too. Friday {{D:19 Sept}} {{TM:9:00}}?",
            ),
            ("c", "perfect. my strava is [[H:jonas_runs_fr]] if he want to see my km lol"),
            ("a", "Haha noted. See you Friday, [[P:Jonas]]! [[P:Chiara]]"),
        ],
    },
    {
        "business": "fisio",
        "platform": "whatsapp",
        "customer": "Ale Pittore",
        "lang": "it",
        "start": "2025-07-08T16:20:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Alessandro Vettorel]], ho fatto 5 sedute da voi, mi serve fattura intestata alla partita iva",
            ),
            (
                "c",
                "p.iva [[V:02847360456]] ditta individuale, sede [[A:via dell'Artigianato 5]] [[A:31044]] [[L:Montebelluna]]",
            ),
            ("a", "Ciao [[P:Alessandro]], certo. Ci mandi anche la pec o il codice sdi?"),
            ("c", "pec [[E:vettorel.decorazioni@pec.example.it]]"),
            (
                "a",
                "Perfetto, fattura {{R:FT-2025/0412}} di {{$:250,00 €}} emessa oggi. [[P:Andrea]] ti saluta!",
            ),
            (
                "c",
                "salutamelo. ah mia moglie [[P:Speranza]] voleva prenotare x la schiena, la {{W:speranza}} è che nn sia l'ernia 😬",
            ),
            (
                "a",
                "Certo, dille pure di scriverci qui, le troviamo un buco anche il {{D:sabato 12}} mattina",
            ),
        ],
    },
    {
        "business": "fisio",
        "platform": "telegram",
        "customer": "Rosa Mastrangelo",
        "lang": "it",
        "start": "2025-11-04T10:02:00",
        "messages": [
            (
                "c",
                "buongiorno scrivo x mia mamma [[P:Rosa]] 82 anni, protesi all'anca operata al {{W:Gaetano Pini}} il {{D:20 ottobre}}",
            ),
            (
                "a",
                "Buongiorno, ci dispiace. Possiamo impostare la riabilitazione. Come si chiama lei?",
            ),
            ("c", "io sono [[P:Felice]] il figlio 😅 si lo so nome da donna no da uomo"),
            (
                "c",
                "la mamma sta da me adesso a [[L:Sesto San Giovanni]] [[A:via Fratelli Bandiera 23]] [[A:20099]]",
            ),
            (
                "a",
                "Grazie [[P:Felice]]. Possiamo partire con 10 sedute a domicilio, la prima lunedì alle {{TM:10:30}}. Chiamiamo questo numero?",
            ),
            (
                "c",
                "meglio il fisso [[T:02 2484 9130]] o il mio [[T:+39 339 840 2216]]\nil medico di base è il dott. [[P:Okafor]]",
            ),
            ("a", "Perfetto, grazie. Un caro saluto alla signora [[P:Rosa]]. [[P:Chiara]]"),
        ],
    },
    # ---------------------------------------------------------------- merch shop
    {
        "business": "merch",
        "platform": "instagram",
        "customer": "ingrid.hf",
        "lang": "en",
        "start": "2025-03-02T18:30:00",
        "messages": [
            (
                "c",
                "hey!! do u ship to [[L:Norway]]? i want the {{PD:Neon Lampioni tour hoodie}} size M 🖤",
            ),
            (
                "a",
                "Hi! Yes we ship all over {{W:Europe}}, [[L:Norway]] is {{$:14 €}} shipping with tracking",
            ),
            (
                "c",
                "ok great. [[P:Ingrid Halvorsen-Fjeld]], [[A:Møllergata 19 B]], [[A:0179]] [[L:Oslo]]",
            ),
            (
                "c",
                "my insta is [[H:@ingrid.hf]] and my gf [[P:Sunniva]] wants the vinyl {{PD:Luci di Marzo LP}} too",
            ),
            (
                "a",
                "Done: order {{O:LR-20931}}, {{$:62,00 €}} total. Tracking will be {{TR:NO4821 9034 7751 2290 IT}} once it leaves",
            ),
            ("c", "wait that tracking looks like a bank number lol 😂 ok thx!"),
            ("a", "Haha it does! Thanks [[P:Ingrid]] ✌️ [[P:Nico]] @ {{B:Lampione}}"),
        ],
    },
    {
        "business": "merch",
        "platform": "messenger",
        "customer": "Samu Ferri",
        "lang": "it",
        "start": "2025-04-11T12:14:00",
        "messages": [
            (
                "c",
                "ciao mi è arrivata la maglietta {{PD:Tour 2024 Black}} in XL ma avevo preso la S 😩 ordine {{O:LR-19877}}",
            ),
            (
                "a",
                "Ciao [[P:Samuele]], scusa! Te la cambiamo subito. L'indirizzo è sempre lo stesso?",
            ),
            ("c", "no adesso sto da [[P:Bobo]] un amico x un mese, [[A:via Caduti del Lavoro 2]]"),
            ("c", "[[A:40017]] [[L:San Giovanni in Persiceto]] c/o [[P:Roberto Galletti]]"),
            (
                "a",
                "Perfetto, spediamo c/o [[P:Galletti]]. Il corriere è {{W:Bartolini}}, ti arriva un sms",
            ),
            (
                "c",
                "ok e già che ci sei aggiungi la spilla {{PD:Lampione Pin}} {{$:5 €}}, pago con carta [[C:4532 0151 1283 0366]]",
            ),
            (
                "a",
                "[[P:Samu]] per sicurezza non scrivere il numero della carta in chat 🙏 ti mando un link di pagamento. [[P:Nico]]",
            ),
        ],
    },
    {
        "business": "merch",
        "platform": "whatsapp",
        "customer": "Kayla",
        "lang": "en",
        "start": "2025-08-21T23:05:00",
        "messages": [
            (
                "c",
                "hii im in the [[L:US]], saw {{W:Le Lucciole}} live in {{W:Brooklyn}} and need the tote bag!!",
            ),
            (
                "c",
                "shipping to [[A:2230 Maple Ave Apt 5F]], [[L:Evanston]], [[A:IL 60201]]\nname [[P:Kayla Okonkwo-Reyes]]",
            ),
            (
                "c",
                "oh and pls write [[P:K. Okonkwo]] on the box, the mailman [[P:Earl]] gets confused with my sister [[P:Kendra]]",
            ),
            (
                "a",
                "Hi [[P:Kayla]]! The {{PD:Lucciole tote}} is {{$:18 €}} + {{$:22 €}} shipping to the [[L:US]]. Phone number for the courier?",
            ),
            (
                "c",
                "[[T:(847) 555-0163]] or my mom [[P:Adaeze]] [[T:847.555.0198]] she's home all day",
            ),
            ("a", "Great, order {{O:LR-21540}} placed. It'll leave {{D:Aug 25}}"),
            ("c", "yay!! tell the band [[P:kayla]] from [[L:chicago]] says hi lol"),
        ],
    },
    {
        "business": "merch",
        "platform": "instagram",
        "customer": "martina.vnl",
        "lang": "it",
        "start": "2025-06-28T15:45:00",
        "messages": [
            (
                "c",
                "ciaoo!! vorrei fare un collab, faccio video sui vinili su tiktok [[U:tiktok.com/@martivinili]]",
            ),
            (
                "c",
                "tutti i miei link qui [[U:https://linktr.ee/martina.vanelli]] ho tipo 40k follower",
            ),
            (
                "a",
                "Ciao! Che bello, giriamo la proposta a [[P:Greta]] che si occupa delle collab. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Martina Vanelli]] ma tutti mi chiamano [[P:Marti]], sono di [[L:Bra]] 🧀 si come il formaggio {{PD:Bra}}",
            ),
            (
                "a",
                "Ahah fantastico. [[P:Greta]] ti scrive entro {{D:venerdì}}. Intanto il nuovo LP {{PD:Fuochi a Novembre}} esce il {{D:5/07}}",
            ),
            (
                "c",
                "top! mandatelo pure a me che lo recensisco, scrivetemi a [[E:marti.vinili[at]example[dot]it]]",
            ),
        ],
    },
    {
        "business": "merch",
        "platform": "telegram",
        "customer": "Paolo",
        "lang": "it",
        "start": "2025-09-30T09:10:00",
        "messages": [
            ("c", "buongiorno il vostro sito mi blocca l'ordine dice 'indirizzo IP sospetto' 🤔"),
            ("a", "Buongiorno, ci dispiace. Ci scrive il suo IP così il tecnico lo sblocca?"),
            (
                "c",
                "dice [[IP:93.41.172.208]] ma a volte cambia, ieri era [[IP:2a02:29b8:1c04:7e00::3f1]]",
            ),
            (
                "c",
                "sono [[P:Paolo Dal Cortivo]] mail [[E:p.dalcortivo@example.com]] volevo il cofanetto {{PD:Lampione 10 anni Box}}",
            ),
            (
                "a",
                "Sbloccato! Il box è {{$:89,90 €}}. [[P:Davide]] del supporto tecnico dice che era il filtro anti-bot",
            ),
            ("c", "ok ordinato {{O:LR-22014}}. su telegram sono [[H:paolodc_77]] se serve"),
            ("a", "Grazie [[P:Paolo]], il box parte domani da {{W:Bologna}} con {{W:SDA}}"),
            ("c", "ok se nn ci sono lo lasciano alla vicina sig.ra [[P:Tonon]] al piano terra"),
        ],
    },
    {
        "business": "merch",
        "platform": "messenger",
        "customer": "Camille Aubert",
        "lang": "en",
        "start": "2025-12-01T17:25:00",
        "messages": [
            (
                "c",
                "hello, sorry my english, I buy the poster {{PD:Lampione x Moka}} but it arrive broken",
            ),
            ("c", "c'est vraiment dommage, c'était un cadeau pour mon copain [[P:Théo]] 😢", "fr"),
            (
                "a",
                "Oh no, so sorry [[P:Camille]]! Can you send a photo and your address? We'll send a new one",
            ),
            (
                "c",
                "[[P:Camille Aubert]], [[A:12 rue des Tanneurs]], [[A:67000]] [[L:Strasbourg]], [[L:France]]",
            ),
            ("c", "and the number [[T:+33 6 71 42 09 58]]"),
            (
                "a",
                "New poster shipped, tracking {{TR:RR204918375IT}}. Merci [[P:Camille]]! [[P:Greta]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- kayak
    {
        "business": "kayak",
        "platform": "whatsapp",
        "customer": "Matteo",
        "lang": "it",
        "start": "2025-06-10T18:00:00",
        "messages": [
            ("c", "ciao x sabato {{D:21/06}} vorremmo 4 kayak doppi alle {{TM:9}} siamo in 8"),
            (
                "a",
                "Ciao! Sì disponibili. Mi dai i nomi di tutti per l'assicurazione? {{$:35 €}} a kayak per mezza giornata",
            ),
            (
                "c",
                "allora io [[P:Matteo Zanin]], [[P:Chiara Bof]], [[P:Luca Tessaro]], [[P:Giuse]] cioè [[P:Giuseppe Lo Monaco]]",
            ),
            (
                "c",
                "poi [[P:Irene Pavan]], [[P:Filo Tessaro]] fratello di [[P:luca]], [[P:Nadia El Idrissi]] e [[P:Bianca Moretto]]",
            ),
            ("a", "Grazie! [[P:Lo Monaco]] si scrive staccato?"),
            (
                "c",
                "si [[P:L-O spazio M-O-N-A-C-O]]. ah e [[P:bianca]] vuole il kayak {{W:bianco}} 😂 quello {{B:Pagaia Blu}} giallo nn le piace",
            ),
            (
                "a",
                "Segnato 😄 prenotazione {{R:KB-0621-08}}. Ci vediamo al pontile vicino al {{W:Lido Comunale}}. [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "kayak",
        "platform": "instagram",
        "customer": "sanne_and_bas",
        "lang": "en",
        "start": "2025-07-22T08:40:00",
        "messages": [
            (
                "c",
                "goedemorgen! we are couple from [[L:Utrecht]], stay at camping near [[L:Pella]] until sunday",
            ),
            (
                "c",
                "can we rent 2 single kayaks tomorrow morning? [[P:Sanne]] and [[P:Bas van der Linden]]",
            ),
            (
                "a",
                "Good morning! Yes, from {{TM:8:30}}. Single kayak is {{$:20 €}}/2h. A phone number please?",
            ),
            (
                "c",
                "[[T:+31 6 2847 1190]]\nalso [[P:bas]] wants to go to the island {{W:Isola San Giulio}}, is possible?",
            ),
            (
                "a",
                "Yes, it's about 40 min paddling. Tell [[P:Bas]] to wear a hat ☀️ see you tomorrow! [[P:Sara]]",
            ),
            ("c", "thank you 🙏 our insta is [[H:@sanne_and_bas]] we will tag you"),
        ],
    },
    {
        "business": "kayak",
        "platform": "messenger",
        "customer": "Lorenzo Gatti",
        "lang": "it",
        "start": "2025-08-04T19:20:00",
        "messages": [
            ("c", "salve ieri ho lasciato sul kayak n 7 degli occhiali da sole {{B:Ray-Ban}} neri"),
            ("a", "Salve, sì li abbiamo trovati! Li ha portati al bar [[P:Gino]] il bagnino"),
            ("c", "grande!! purtroppo sono già tornato a casa, me li potete spedire? pago io"),
            ("c", "[[P:Lorenzo Gatti]] [[A:corso Vittorio Emanuele II 118]]"),
            ("c", "nn ho finito, citofono [[P:Gatti - Haddad]] interno 12"),
            ("c", "[[A:10121]] [[L:Torino]] scusa sono in treno nn prende"),
            (
                "a",
                "Nessun problema, spedizione {{$:8 €}}. Le mandiamo IBAN o preferisce pagare con paypal?",
            ),
            (
                "c",
                "paypal a nome di mia moglie [[P:Yasmin]], email [[E:yasmin.gatti88@example.it]]",
            ),
        ],
    },
    {
        "business": "kayak",
        "platform": "whatsapp",
        "customer": "Priya",
        "lang": "en",
        "start": "2025-08-15T10:15:00",
        "messages": [
            (
                "c",
                "hello we are family of 5 from [[L:Pune]], living in [[L:Milan]] now, children 6 and 9 can they kayak?",
            ),
            (
                "a",
                "Hi! Yes, kids from 6 can go in a double with an adult, life jackets included. Names and ages please?",
            ),
            (
                "c",
                "[[P:Priya Raghunathan]] me, husband [[P:Arjun]], kids [[P:Aarav]] 9 and [[P:Diya]] 6, and my mother in law [[P:Lakshmi]] she will watch from beach lol",
            ),
            (
                "a",
                "Lovely! {{W:Ferragosto}} is busy, we have {{TM:15:00}} free today. Total {{$:70 €}}",
            ),
            (
                "c",
                "ok book. my number [[T:+39 351 209 4478]] and [[P:arjun]] [[T:+91 98220 41736]]",
            ),
            (
                "a",
                "Booked, ref {{R:KB-0815-15}}. [[P:Diya]] and [[P:Aarav]] will love it 🛶 [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "kayak",
        "platform": "telegram",
        "customer": "Lucía",
        "lang": "it",
        "start": "2025-09-06T13:30:00",
        "messages": [
            (
                "c",
                "ola, io sono spagnola, parlo poco italiano. voglio noleggiare un kayak per domani con mia amica",
            ),
            (
                "c",
                "mi nombre es [[P:Lucía Fernández Ocaña]] y mi amiga se llama [[P:Itziar]], vivimos en [[L:Bilbao]]",
                "es",
            ),
            (
                "a",
                "Ciao [[P:Lucía]]! Nessun problema. Domani {{D:7 settembre}} alle {{TM:10}} va bene? Un kayak doppio {{$:35 €}}",
            ),
            (
                "c",
                "si perfetto. mi telefono [[T:+34 612 48 30 97]]\nfactura a mi casa per favore [[A:Calle Iparraguirre 46, 2º izq]] [[A:48011]] [[L:Bilbao]]",
            ),
            ("a", "Perfetto, la ricevuta la mandiamo via email, me la scrivi?"),
            ("c", "[[E:lucia.fdez.ocana@example.es]] graciasss 😘"),
        ],
    },
    # ---------------------------------------------------------------- wedding photographer
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Vale",
        "lang": "it",
        "start": "2025-01-28T21:10:00",
        "messages": [
            (
                "c",
                "ciao [[P:ottavia]]!! ci sposiamo il {{D:13 settembre}} a [[L:Noto]] e ti vogliamo assolutamente 😍",
            ),
            (
                "c",
                "io sono [[P:Valentina Cusumano]] lui è [[P:Gabriele]] ma lo chiamano tutti [[P:Lele]]\nla chiesa è {{W:San Domenico}} poi ricevimento in masseria",
            ),
            (
                "a",
                "Ciao [[P:Valentina]], che meraviglia [[L:Noto]] al tramonto! Il pacchetto intera giornata è {{$:2.400 €}}, con album {{PD:Fine Art 30x30}} {{$:2.950 €}}",
            ),
            (
                "c",
                "ok il secondo 💍 ma attenzione, [[L:Noto]] la città eh, nn è che {{W:noto}} che nn hai capito 😂",
            ),
            (
                "a",
                "Ahah chiarissimo! Per bloccare la data serve un acconto di {{$:500 €}}, intestato a {{B:Ottavia Brunelli Wedding Stories}}",
            ),
            (
                "c",
                "fatto il bonifico dal conto di mio papà [[P:Salvo Cusumano]], [[I:IT64X0306909606100000117342]] così lo trovi",
            ),
            (
                "a",
                "Ricevuto, data bloccata! Contratto {{R:OB-2025-017}}. Un abbraccio a te e [[P:Lele]]. [[P:Ottavia]]",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "emily.and.josh",
        "lang": "en",
        "start": "2025-02-14T11:00:00",
        "messages": [
            (
                "c",
                "hi [[P:ottavia]]! we're getting married at a villa on [[L:Lake Como]] next june, we're from [[L:Manchester]]",
            ),
            (
                "c",
                "im [[P:Emily Hargreaves]] and my fiancé is [[P:Josh Adeyemi]]. our planner [[P:Rosie]] gave us your name",
            ),
            (
                "a",
                "Hi [[P:Emily]]! Congratulations! Which date? I'd love to send you my brochure, what's your email?",
            ),
            (
                "c",
                "{{D:June 14th 2026}}! email is [[E:emily dot hargreaves at example dot co dot uk]]",
            ),
            (
                "c",
                "for the contract my address [[A:Flat 3, 27 Wilmslow Road]], [[L:Manchester]] [[A:M14 5TQ]]",
            ),
            (
                "a",
                "Perfect. Deposit is {{$:600 €}}. You can pay by card link or transfer, whichever is easier",
            ),
            (
                "c",
                "transfer from [[P:josh]]'s account [[I:GB89BARC20417359284710]] 👍 will be under [[P:J Adeyemi]]",
            ),
            ("a", "Got it, thank you! Talk soon. [[P:Ottavia]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Claudia De Santis Arcuri",
        "lang": "it",
        "start": "2025-05-06T09:45:00",
        "messages": [
            (
                "c",
                "buongiorno quando arriva l'album? il matrimonio era il {{D:12 ottobre}}, sono [[P:Claudia De Santis Arcuri]]",
            ),
            (
                "a",
                "Buongiorno [[P:Claudia]]! L'album è in stampa, lo spediamo entro {{D:venerdì 9}}. L'indirizzo è cambiato?",
            ),
            ("c", "si ci siamo trasferiti [[A:viale Europa 210, scala B int. 7]]"),
            (
                "c",
                "[[A:00144]] [[L:Roma]]. sul citofono c'è ancora [[P:Pellegrino]] il vecchio inquilino",
            ),
            ("a", "Segnato. Corriere {{W:GLS}}, tracking {{TR:3906 7712 0458}} appena parte"),
            (
                "c",
                "ok il mio cell [[T:0039 333 716 2048]] grazie mille!! e una copia piccola x mia suocera [[P:Marisa]] si può?",
            ),
            (
                "c",
                "ah sul pacco scrivete [[P:De Santis Arcuri]] tutto attaccato sennò nn lo trovano, mio marito [[P:Gennaro]] lo ritira in portineria da [[P:Vittorio]]",
            ),
            ("a", "Certo, album {{PD:Mini 15x15}} a {{$:90 €}}. Lo aggiungo. [[P:Ottavia]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Fra",
        "lang": "it",
        "start": "2025-07-15T22:30:00",
        "messages": [
            (
                "c",
                "ciao ero invitata al matrimonio di [[P:Sara]] e [[P:Dario]] sabato, hai anche foto degli invitati?",
            ),
            (
                "c",
                "tipo quella dove ci sono io con il vestito {{W:rosa}} e la [[P:Rosa]] la cugina di [[P:dario]] col vestito {{W:blu}}",
            ),
            (
                "a",
                "Ciao! Sì, ma devo chiedere il permesso agli sposi prima di condividerle. Come ti chiami?",
            ),
            (
                "c",
                '[[P:Francesca Ilić]] ma [[P:Sara]] mi conosce come "[[P:Franci]]" \nmi trovi su insta come [[U:instagram.com/franci.ilic]]',
            ),
            ("a", "Perfetto [[P:Franci]], scrivo a [[P:Sara]] e ti faccio sapere"),
            ("c", "grazie!! anche [[P:dario]] era d'accordo cmq 😅"),
        ],
    },
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Chidi Nwosu",
        "lang": "en",
        "start": "2025-10-20T16:50:00",
        "messages": [
            (
                "c",
                "Good afternoon. I am [[P:Chidi Nwosu]], I live in [[L:Brescia]] since 6 years. My wedding with [[P:Ngozi]] is in [[L:Lagos]] in December",
            ),
            ("c", "you travel to [[L:Nigeria]]? we pay flight"),
            (
                "a",
                "Good afternoon [[P:Chidi]]! Yes, I do destination weddings. Travel costs are separate, the day rate is {{$:2.200 €}}",
            ),
            ("c", "ok. deposit I pay card [[C:5529 3810 4477 2197]] is ok?"),
            (
                "a",
                "Please don't share card numbers in chat! I'll send you a secure payment link by email",
            ),
            (
                "c",
                "sorry. email [[E:chidi.nwosu@example.ng]] , my brother [[P:Emeka]] also help organise [[T:+234 803 417 2290]]",
            ),
            ("a", "Thank you [[P:Chidi]], link sent. [[P:Ottavia]]"),
        ],
    },
    # ---------------------------------------------------------------- insurance broker
    {
        "business": "broker",
        "platform": "whatsapp",
        "customer": "Ettore",
        "lang": "it",
        "start": "2025-03-10T10:05:00",
        "messages": [
            ("c", "buongiorno vorrei un preventivo rc auto, mi scade il {{D:31 marzo}}"),
            ("a", "Buongiorno! Ci servono nome, codice fiscale, data di nascita e residenza"),
            (
                "c",
                "[[P:Ettore Bianchin]] cf [[CF:KWLMRA90A41Z118P]] nato a [[L:Feltre]] residente a [[L:Belluno]] [[A:via Mezzaterra 31]]",
            ),
            (
                "c",
                "e il cell è [[T:0437\n940 512]] di casa oppure [[T:349 117 2806]] di [[P:nicola]]",
            ),
            ("c", "ah no quel cf è di mia moglie [[P:Maria]] ahah nn sapevo fosse suo il foglio"),
            (
                "a",
                "Nessun problema, ci manda il suo quando può? Intanto preparo il confronto tra {{B:Allianz}} e {{B:Generali}}",
            ),
            (
                "c",
                "il mio ve lo manda mio figlio [[P:Nicola]] sta sera che io nn so usare bene il telefono",
            ),
            ("a", "Perfetto. Preventivo {{R:PRV-25-0331}}. [[P:Stefano]] - {{B:Ponte Sicuro}}"),
        ],
    },
    {
        "business": "broker",
        "platform": "messenger",
        "customer": "Cristina Gorla",
        "lang": "it",
        "start": "2025-04-22T15:15:00",
        "messages": [
            ("c", "salve, ho una piccola attività (parrucchiera) e vorrei assicurare il negozio"),
            ("a", "Salve! Ci indica ragione sociale, partita IVA e indirizzo del locale?"),
            ("c", "{{B:Cri Hair Studio}} di [[P:Cristina Gorla]], piva [[V:11934500213]]"),
            (
                "c",
                "negozio in [[A:piazza Libertà 4]] a [[L:Saronno]], ma la sede legale è casa mia [[A:via Varese 112]]",
            ),
            ("a", "Grazie. Per il pagamento annuale preferisce il SDD? Ci servirebbe l'IBAN"),
            (
                "c",
                "[[I:IT03M0569611000000051873100]] conto intestato a me e a mio marito [[P:Renato Sala]]",
            ),
            (
                "a",
                "Perfetto, premio annuo {{$:640 €}}, polizza {{R:POL-78420-MI}}. Buona giornata, [[P:Stefano]]",
            ),
        ],
    },
    {
        "business": "broker",
        "platform": "whatsapp",
        "customer": "Youssef",
        "lang": "en",
        "start": "2025-06-04T18:40:00",
        "messages": [
            (
                "c",
                "hello sorry italian not good. i need insurance for house i rent in [[L:Cinisello]], landlord says obligatory",
            ),
            (
                "c",
                "il mio nome [[P:Youssef Benali]], vengo da [[L:Marocco]], passaporto [[L:marocchino]]",
                "it",
            ),
            (
                "a",
                "Hi [[P:Youssef]], no problem, we can write in English. Your landlord's name is on the contract?",
            ),
            (
                "c",
                "yes sig. [[P:Ambrogio Cattaneo]]. the address [[A:via Fulvio Testi 304]]\n[[A:20092]]",
            ),
            (
                "c",
                "my phone [[T:+39 320/884 5127]] and my [[L:moroccan]] one [[T:+212 661-448203]]",
            ),
            (
                "a",
                "Thank you. Home policy {{PD:Casa Serena Base}} is {{$:180 €}}/year. I'll send you the form, email?",
            ),
            ("c", "[[E:youssef.benali(at)example.com]] shukran 🙏"),
        ],
    },
    {
        "business": "broker",
        "platform": "telegram",
        "customer": "Gio",
        "lang": "it",
        "start": "2025-07-29T08:25:00",
        "messages": [
            (
                "c",
                "buongiorno ho avuto un incidente stamattina alla rotonda di {{W:viale Marconi}} 😞",
            ),
            (
                "c",
                "l'altro conducente è un certo [[P:Walter Frigerio]] tel [[T:335 66 41 092]] targa nn ce l'ho sottomano",
            ),
            ("a", "Buongiorno, tutto bene lei? Ha compilato il CAI? Ci sono testimoni?"),
            (
                "c",
                "si tutto ok, cai fatto. testimone una signora [[P:Anna Cheng]] abita lì [[A:viale Marconi 15]] ha visto tutto",
            ),
            (
                "a",
                "Bene. Apro il sinistro {{R:SIN-2025-11873}}. Mi manda le foto e il suo nome completo per la pratica?",
            ),
            (
                "c",
                "[[P:Giorgio Menegatti]] ma per voi [[P:gio]] va bene lo stesso 😅 le foto ve le manda [[P:Elisa]] la mia ragazza dal suo telegram [[H:@elisa_mng]]",
            ),
            ("a", "Ricevute, grazie. La richiama il perito entro {{D:giovedì}}. [[P:Stefano]]"),
        ],
    },
    {
        "business": "broker",
        "platform": "instagram",
        "customer": "zhao.jiayi",
        "lang": "en",
        "start": "2025-11-12T20:00:00",
        "messages": [
            (
                "c",
                "hi, you do travel insurance? going to [[L:Japan]] for 3 weeks in January with my sister",
            ),
            (
                "a",
                "Hi! Yes, we have {{PD:Viaggio Sicuro World}} from {{$:79 €}}. Names and dates of birth please",
            ),
            (
                "c",
                "[[P:Zhao Jiayi]] and [[P:Zhao Meilin]], we live in [[L:Prato]] but passports are [[L:Chinese]]",
            ),
            ("c", "[[P:meilin]] has asthma is covered?"),
            ("a", "Pre-existing conditions need a declaration, I'll send the form. Email?"),
            ("c", "[[E:jiayi.zhao@example.cn]] and my cf [[CF:HSSYSF92C08Z330P]] if needed"),
            (
                "c",
                "also my boyfriend [[P:Riccardo]] maybe join, his email [[E:riki.tomasi@example.it]]",
            ),
            (
                "a",
                "Thanks [[P:Jiayi]]! Quote {{R:VS-1112-2}} sent. [[P:Lorena]] from {{B:Ponte Sicuro}}",
            ),
        ],
    },
    {
        "business": "broker",
        "platform": "messenger",
        "customer": "Piero Vinci",
        "lang": "it",
        "start": "2025-12-03T11:30:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Piero Vinci]] abito a [[L:Vinci]] si lo so 😂 come {{W:Leonardo}}",
            ),
            (
                "c",
                "vorrei assicurare la cantina, produciamo {{PD:Chianti}} e un po' di {{PD:Vin Santo}}",
            ),
            ("a", "Buongiorno! Molto volentieri. Ci serve la partita IVA dell'azienda agricola"),
            (
                "c",
                "[[V:07318260887]] az. agr. di mio fratello [[P:Sandro]], indirizzo [[A:località Sant'Ansano]], [[A:podere Le Capanne 3]]",
            ),
            ("a", "Grazie. Le faccio chiamare dal collega per il sopralluogo. Numero?"),
            ("c", "[[T:0571 56 83 20]] cantina oppure cell [[T:+39.347.902.1184]]"),
            ("a", "Perfetto, a presto! [[P:Stefano]]"),
        ],
    },
    # ---------------------------------------------------------------- extra: kayak and photographer
    {
        "business": "kayak",
        "platform": "messenger",
        "customer": "Reto Baumgartner",
        "lang": "en",
        "start": "2025-05-31T17:05:00",
        "messages": [
            (
                "c",
                "hi, we are 3 friends from [[L:Switzerland]], coming over the weekend with the camper",
            ),
            (
                "c",
                "Grüezi übrigens 😄 wir kommen aus [[L:Winterthur]], der Camper steht beim Onkel [[P:Hansruedi]] in [[L:Omegna]]",
                "de",
            ),
            (
                "a",
                "Hi and welcome! How many kayaks and which day? Saturday {{D:31/05}} is almost full",
            ),
            (
                "c",
                "sunday {{TM:10:00}}, 3 singles. names [[P:Reto Baumgartner]], [[P:Urs Kälin]] and [[P:Mirjam Zbinden]]",
            ),
            (
                "c",
                "invoice to my company pls [[A:Technikumstrasse 9]], [[A:CH-8400]] [[L:Winterthur]], vat [[V:CHE-116.281.710]]",
            ),
            ("a", "Sure. 3 singles half day is {{$:60 €}}. A mobile number for sunday?"),
            (
                "c",
                "[[T:+41 79 384 22 61]], or [[P:urs]] [[T:+41 76 512 09 47]]. [[P:urs]] films everything for his youtube [[U:youtube.com/@UrsPaddelt]] ok?",
            ),
            ("a", "Of course, tell [[P:Urs]] to tag us 🎥 booking {{R:KB-0601-03}}. [[P:Sara]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "telegram",
        "customer": "Nadia K.",
        "lang": "it",
        "start": "2025-09-09T19:35:00",
        "messages": [
            (
                "c",
                "ciao [[P:ottavia]] sono [[P:Nadia Kowalczyk]], ci siamo sentite a {{W:Sposi Expo}} a {{W:Verona}}... ti ricordi? io e [[P:Ahmed]]",
            ),
            ("a", "Ciao [[P:Nadia]], certo che mi ricordo! Avete deciso la data?"),
            (
                "c",
                "si!!! {{D:2 maggio 2026}} a [[L:Sirmione]], poi festa da zia [[P:Halina]] a [[L:Desenzano]] [[A:via Castello 40]]",
            ),
            (
                "c",
                "[[P:ahmed]] voleva sapere se fai anche video, suo cugino [[P:Karim]] ha fatto quello del fratello ma nn ci piace",
            ),
            (
                "a",
                "Collaboro con un videomaker, [[P:Tobia]], ti mando il suo profilo. Pacchetto foto+video {{$:3.600 €}}",
            ),
            (
                "c",
                "ok mandami tutto su [[E:nadia.kowalczyk@example.pl]] o scrivimi su tg [[H:@nadiakow]]\nil mio numero [[T:+48 601 93 27 15]] (ho ancora quello [[L:polacco]])",
            ),
            ("a", "Ti scrivo domani! [[P:Ottavia]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(92, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
