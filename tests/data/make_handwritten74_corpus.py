# ruff: noqa: E501
"""Hand-written blind test corpus no. 74 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
phone number, e-mail, address and account is invented. The checksummed identifiers (IBANs,
card numbers, codici fiscali, partite IVA, EU VAT numbers) were computed once with python-stdnum
and the Luhn algorithm and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike (order number, price, product, brand, date, time, tracking
code, ordinary word or public place, reference) that must survive.

The six businesses are invented: an agriturismo with rooms in the hills above the Piave, a
bicycle repair and rental shop in Bologna, a pet grooming salon in Trieste, a furniture store
in the Treviso area that delivers and assembles, a language school in Milan, and a car-sharing
service in Turin. The corpus leans on places: where people live, come from, stay and travel,
where their deliveries go and the country of their documents, next to public places that stay.

Regenerate with ``python make_handwritten74_corpus.py`` from this folder; the output
``handwritten74_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten74_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "agri": "Agriturismo Col dei Ciliegi",
    "bici": "Raggi Storti Ciclofficina",
    "toelettatura": "Pelo & Coccole Toelettatura",
    "mobili": "Arredamenti Bortolin",
    "lingue": "Babel Bridge Language School",
    "carsharing": "Giraauto Car Sharing",
}
PAGE_IDS: dict[str, str] = {
    "agri": "674520318274605",
    "bici": "674520490137722",
    "toelettatura": "674520563019848",
    "mobili": "674520127745391",
    "lingue": "674520886102473",
    "carsharing": "674520240958116",
}

CONVERSATIONS: list[Conversation] = []

# --- agriturismo ---------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "agri",
        "platform": "messenger",
        "customer": "Lorena Tessaro",
        "lang": "it",
        "start": "2025-04-02T18:42:00",
        "messages": [
            (
                "c",
                "buonasera volevo sapere se avete una camera x il ponte del {{D:25 aprile}} siamo in 2 + il cane 🐶 arriviamo da [[L:mestre]]",
            ),
            (
                "a",
                "Buonasera! Per il {{D:25 aprile}} abbiamo ancora la camera {{PD:Ciliegio}} con terrazzino, {{$:95 €}} a notte con colazione. Il cane è il benvenuto 😊 A che nome la segno?",
            ),
            (
                "c",
                "[[P:Tessaro]] [[P:Lorena]]\n[[P:T E S S A R O]]\nil mio numero [[T:347 281 9065]]",
            ),
            ("c", "ah mio marito si chiama [[P:Ivano]] se chiama lui è uguale"),
            (
                "a",
                "Perfetto signora [[P:Tessaro]], le ho bloccato la camera dal {{D:24}} al {{D:26 aprile}}, prenotazione {{R:CDC-2504-118}}. Per la caparra le mando l'iban in privato. Da [[L:Mestre]] sono circa 50 minuti, prenda l'uscita {{W:Conegliano}} e segua per {{W:Col San Martino}}.\n[[P:Silvia]]",
            ),
            (
                "c",
                "grazie mille [[P:silvia]]!! ma x la cena fate anche il {{PD:risotto al radicchio di Treviso}}?? mia suocera [[P:Graziella]] lo adora 😂",
            ),
            ("a", "Certo, il sabato sera c'è sempre! Vi aspettiamo 🍷"),
        ],
    },
    {
        "business": "agri",
        "platform": "instagram",
        "customer": "thomas.k_wandert",
        "lang": "en",
        "start": "2025-05-11T07:15:00",
        "messages": [
            (
                "c",
                "hi!! we are 2 hikers from [[L:Graz]] ([[L:austria]]) doing the {{W:Prosecco}} hills trail, do u have room on {{D:june 3}}? my name is [[P:thomas]] [[P:Kofler]] and my gf [[P:Anja]]",
            ),
            (
                "a",
                "Hi [[P:Thomas]]! Yes, on {{D:3 June}} we have the {{PD:Fienile}} room free, {{$:110 €}} per night for two with breakfast. The {{W:Prosecco}} hills are beautiful in June 🌿",
            ),
            (
                "c",
                "perfect!! we walk from [[L:Valdobbiadene]] so we arrive late maybe 8 pm is ok?\nalso we need to go on to [[L:cortina]] next day, is there bus",
            ),
            (
                "a",
                "8 pm is fine, we'll wait for you. For [[L:Cortina]] there is a bus from {{W:Conegliano}} station in the morning, we can drive you there at {{TM:7:30}}. Could you send an email for the confirmation?",
            ),
            (
                "c",
                "yes [[E:thomas.kofler(at)bergpost.at]]\nmy insta is [[H:@thomas.k_wandert]] if u want tag us haha",
            ),
            ("c", "Danke schön! wir freuen uns sehr 😊", "de"),
            (
                "a",
                "Thank you, booking {{R:CDC-2506-031}} is confirmed for [[P:Kofler]], 1 night. See you soon! [[P:Marta]] from {{B:Col dei Ciliegi}}",
            ),
        ],
    },
]

CONVERSATIONS += [
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Fede 🌻",
        "lang": "it",
        "start": "2025-06-19T21:03:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:federica]], l'amica di [[P:Chiara Zanette]] che è stata da voi a maggio\nvolevo organizzare la festa x i 40 anni di mio fratello [[P:Nicolò]] tipo pranzo x 25 persone",
            ),
            (
                "c",
                "lui vive a [[L:londra]] da 10 anni e torna a [[L:pieve di soligo]] solo d'estate quindi sarebbe il {{D:9 agosto}}",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Che bella idea 🎉 Il {{D:9 agosto}} la sala sotto il portico è libera. Menù degustazione {{$:38 €}} a persona, bambini {{$:15 €}}. Ci mandi un'email con i dettagli?",
            ),
            (
                "c",
                "si certo la mia mail è [[E:fede.bastianon chiocciola libero punto it]]\ne il mio numero se serve [[T:340.772.18.36]]",
            ),
            (
                "c",
                "ah io sono [[P:Federica Bastianon]] eh nn solo [[P:fede]] 😅 e c'è anche la compagna di [[P:nico]] che viene dal [[L:Brasile]] quindi se fate qualcosa vegetariano x lei",
            ),
            (
                "a",
                "Nessun problema, facciamo anche il {{PD:tortino di zucca}} e le verdure dell'orto. Preventivo {{R:EV-0819-07}} in arrivo sulla mail. Un saluto da [[P:Silvia]]",
            ),
        ],
    },
    {
        "business": "agri",
        "platform": "telegram",
        "customer": "Radek",
        "lang": "en",
        "start": "2025-08-27T10:21:00",
        "messages": [
            (
                "c",
                "hello, i stay in your agriturismo last week with my wife [[P:Zuzana]], room 4. i think i forgot a charger of the laptop in room, black, {{B:Lenovo}}",
            ),
            (
                "a",
                "Hello! Yes, our housekeeper [[P:Mirella]] found a {{B:Lenovo}} charger in room 4. Can you tell me your surname so I check the booking?",
            ),
            (
                "c",
                "[[P:Dvořák]] — [[P:Radek Dvořák]]\nwe are now back home in [[L:brno]], [[L:czech republic]]. can you send it by post? i pay of course",
            ),
            (
                "c",
                "address is [[A:Kounicova 1184/27]]\n[[A:602 00]] [[L:Brno]]\nphone [[T:+420 604 318 277]]",
            ),
            (
                "a",
                "Of course Mr [[P:Dvořák]]. Shipping to the [[L:Czech Republic]] costs {{$:18 €}}, you can pay by card on this link or by bank transfer. We ship from the {{W:Conegliano}} post office on {{D:Monday}}.",
            ),
            (
                "c",
                "ok transfer from my account is fine, [[I:DE45370400440917364528]] is my german account from when i work in [[L:munich]], send me your iban pls",
            ),
            (
                "a",
                "Thank you! Tracking will be {{TR:RR742019385IT}}, it should arrive in about 6 days. Greetings to [[P:Zuzana]] 🙂",
            ),
        ],
    },
    {
        "business": "agri",
        "platform": "messenger",
        "customer": "Gianpaolo Ros",
        "lang": "it",
        "start": "2025-09-30T12:10:00",
        "messages": [
            (
                "c",
                "salve vorrei prenotare x la castagnata di {{W:San Martino}}, siamo un gruppo di pensionati di [[L:Salzano]] ci organizza la sig.ra [[P:Bellò]] ma lei nn usa facebook",
            ),
            (
                "a",
                "Buongiorno! La castagnata di {{W:San Martino}} è domenica {{D:9 novembre}} dalle {{TM:15:00}}. Quanti sareste?",
            ),
            (
                "c",
                "circa 30, veniamo in pullman. la fattura a nome dell'associazione ma il referente sono io [[P:Ros Gianpaolo]]\ncod fisc [[CF:RSOGPL52H14H735J]]",
            ),
            (
                "c",
                "ah il pullman parte da piazza a [[L:salzano]] e passa x [[L:robegano]] a prendere gli altri",
            ),
            (
                "a",
                "Benissimo signor [[P:Ros]]. Per la strada: dal centro di {{W:Follina}} seguite le indicazioni per l'abbazia e poi salite 3 km. Il pullman può parcheggiare davanti alla cantina. Offerta {{R:GR-1109-03}}, {{$:22 €}} a testa con {{PD:vin novello}} e caldarroste 🌰",
            ),
            (
                "c",
                "grazie gentilissima. x qualsiasi cosa mia figlia [[P:Patrizia]] ha whatsapp [[T:0039 328 4410 972]]",
            ),
        ],
    },
]

# --- bicycle repair and rental ---------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "bici",
        "platform": "instagram",
        "customer": "gio.pedala",
        "lang": "it",
        "start": "2025-03-14T08:55:00",
        "messages": [
            (
                "c",
                "ciao raga mi si è spaccato il deragliatore della {{PD:Bianchi Via Nirone}} stamattina in via {{W:Irnerio}} 😭 riuscite entro venerdì??",
            ),
            (
                "a",
                "Ciao! Portacela pure oggi pomeriggio dopo le {{TM:15}}, se il pezzo {{B:Shimano}} ce l'abbiamo è pronta per giovedì. Come ti chiami?",
            ),
            (
                "c",
                "[[P:giorgia]]\ncognome [[P:Manservisi]]\nabito a [[L:casalecchio]] quindi passo verso le 6",
            ),
            (
                "c",
                "ah e se nn rispondo qui scrivetemi su whatsapp [[T:351 0928 447]] o al mio ragazzo [[P:Ettore]] che tanto la porta lui",
            ),
            (
                "a",
                "Segnato: riparazione {{R:RS-0314-22}} a nome [[P:Manservisi]]. Deragliatore {{PD:Tiagra}} {{$:42 €}} + manodopera {{$:20 €}}. A dopo!\n[[P:Dario]]",
            ),
            ("c", "grazie [[P:dario]] sei un mito 🚲"),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Emily R.",
        "lang": "en",
        "start": "2025-04-22T16:30:00",
        "messages": [
            (
                "c",
                "Hi! I'd like to rent 2 e-bikes for the weekend, me and my sister [[P:Hannah]]. We're staying at an airbnb in [[L:Bolognina]] and want to ride to [[L:Monteveglio]] and the hills",
            ),
            (
                "a",
                "Hi! Two {{PD:Cannondale Adventure Neo}} e-bikes are free from {{D:Saturday 26}} to {{D:Sunday 27}}: {{$:35 €}} per day each, helmet and lock included. Could you give me your full name and an ID document?",
            ),
            (
                "c",
                "[[P:Emily Rourke]], [[L:US]] passport. my number is [[T:+1 (617) 555-0143]]\nactually wait that's my [[L:US]] one, the italian sim is [[T:389 66 01 724]]",
            ),
            (
                "c",
                "and the airbnb is at [[A:via Tiarini 14]] if you deliver? host is a guy called [[P:Massimo]]",
            ),
            (
                "a",
                "We don't deliver to {{W:Bolognina}} on weekends sorry, but the shop is 10 min walk from {{W:Piazza Maggiore}}. Deposit is {{$:100 €}} on a card, refundable.",
            ),
            (
                "c",
                "ok card is [[C:4532 0188 7412 5538]] exp 09/27 just hold it pls\nalso my sister's last name is different, [[P:Hannah Ostrowski]], she's married lol",
            ),
            (
                "a",
                "Thanks [[P:Emily]], we'll hold the deposit when you pick up. Booking {{R:NOL-2604-09}}. Enjoy the {{W:Colli Bolognesi}}! 🌄 [[P:Dario]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Abdelkader Benali",
        "lang": "it",
        "start": "2025-05-06T19:12:00",
        "messages": [
            (
                "c",
                "buonasera io lavoro come rider x consegne e ho la bici elettrica che nn carica piu batteria. quanto costa cambiare",
            ),
            (
                "a",
                "Buonasera! Dipende dal modello, una batteria nuova parte da {{$:280 €}}. Possiamo prima fare un test, {{$:15 €}}. Che bici è?",
            ),
            (
                "c",
                "è una {{PD:Fiido D11}} comprata su internet. io sono [[P:Abdelkader]], sono del [[L:marocco]] ma abito a [[L:san lazzaro]] da 3 anni",
            ),
            ("c", "il mio collega [[P:Youssef El Amrani]] dice che voi siete bravi e onesti 👍"),
            (
                "a",
                "Grazie a [[P:Youssef]] allora 😊 Porta la bici quando vuoi, siamo aperti fino alle {{TM:19:30}}. Mi lasci un numero per avvisarti?",
            ),
            ("c", "[[T:320 4\n81 5590]] scusa ho sbagliato. [[T:320 481 5590]]"),
            ("a", "Perfetto, ti chiamiamo noi. Test {{R:RS-0507-04}} a nome [[P:Benali]]."),
        ],
    },
    {
        "business": "bici",
        "platform": "telegram",
        "customer": "marcolino_mtb",
        "lang": "it",
        "start": "2025-07-01T11:47:00",
        "messages": [
            (
                "c",
                "bella! avete ancora la {{PD:Specialized Stumpjumper}} usata in vetrina? quella verde",
            ),
            ("a", "Ciao! Sì, taglia M, {{$:1.450 €}} con tagliando fatto. Vuoi provarla?"),
            (
                "c",
                "si ma sto a [[L:porretta terme]] e scendo in città solo sabato. me la tenete fino a sabato?? ti faccio bonifico di acconto\nsono [[P:Marco Guidotti]], su strava mi trovi come [[H:marcolino_mtb]]",
            ),
            (
                "a",
                "Te la teniamo fino a sabato con {{$:100 €}} di acconto. IBAN del negozio te lo mando in privato, causale {{R:USATO-0701}}.",
            ),
            (
                "c",
                "fatto, dal conto di mia madre perché il mio è bloccato 🙄 [[I:IT91Y0503436280000000118264]] intestato a [[P:Rita Nanni]]",
            ),
            ("c", "ah sabato viene con me mio cugino [[P:Lollo]] che vuole vedere anche le gravel"),
            (
                "a",
                "Ricevuto, grazie [[P:Marco]]! A sabato. Se passate dal {{W:Pratello}} vi conviene parcheggiare in via {{W:San Felice}}.",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Sabine",
        "lang": "it",
        "start": "2025-09-09T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Sabine]], io abito a [[L:Zurigo]] ma ho casa a [[L:Sasso Marconi]]. vorrei spedire mia bici da corsa in [[L:Svizzera]] dopo revisione, è possibile?",
            ),
            (
                "a",
                "Buongiorno [[P:Sabine]]! Sì, spediamo anche all'estero con corriere, la bici va smontata in scatola: {{$:65 €}} per la [[L:Svizzera]] più la revisione completa {{$:90 €}}.",
            ),
            (
                "c",
                "ok super. indirizzo: [[A:Langstrasse 212]], [[A:8005]] [[L:Zürich]]\nnome [[P:Sabine Huber-Merz]]\nwie lange dauert es? scusa.. quanto tempo ci vuole",
                "it",
            ),
            (
                "c",
                "e la fattura con mia partita iva italiana x favore, ho studio di grafica: [[V:02741830968]]",
            ),
            (
                "a",
                "Circa 5 giorni lavorativi. Le mando la fattura {{R:FT-2025-0412}} via email, a quale indirizzo?",
            ),
            ("c", "[[E:s.huber-merz@studiohm.example]]"),
            (
                "a",
                "Grazie! La bici parte {{D:venerdì 12}}, tracking {{TR:1Z 8F4 772 68 9041 3327}}. Buona giornata, [[P:Elena]] - {{B:Raggi Storti}}",
            ),
        ],
    },
]

# --- pet grooming salon ------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "toelettatura",
        "platform": "instagram",
        "customer": "la_vale_e_briciola",
        "lang": "it",
        "start": "2025-02-17T13:20:00",
        "messages": [
            (
                "c",
                "ciaoo avete posto x un bagno + taglio sabato? è una barboncina toy si chiama {{W:Briciola}} 🐩",
            ),
            (
                "a",
                "Ciao! Sabato alle {{TM:10:30}} c'è posto 🐾 Bagno e taglio toy {{$:40 €}}. Mi dai nome e cognome e un numero?",
            ),
            (
                "c",
                "[[P:Valentina Sussich]] [[T:+39 347 55 20 819]]\nsiamo di [[L:muggia]] quindi arriviamo in macchina",
            ),
            (
                "c",
                "ah l'ultima volta l'aveva fatta la [[P:Tiziana]] ed era venuta benissimo, c'è ancora?",
            ),
            (
                "a",
                "Sì, [[P:Tiziana]] c'è sabato, te la segno con lei! Appuntamento {{R:PC-0222-05}}. Se venite da [[L:Muggia]] c'è parcheggio gratuito in {{W:Piazzale Rosmini}} 😉",
            ),
            (
                "c",
                "top grazie!! ps il mio profilo è [[U:instagram.com/la_vale_e_briciola]] se volete pubblicare le foto io sono felicissima",
            ),
        ],
    },
    {
        "business": "toelettatura",
        "platform": "whatsapp",
        "customer": "Dragana",
        "lang": "it",
        "start": "2025-03-29T17:48:00",
        "messages": [
            (
                "c",
                "buonasera io sono [[P:Dragana Petrović]] io ho cane husky molto pelo, voi fate servizio a domicilio? io non ho macchina",
            ),
            (
                "a",
                "Buonasera [[P:Dragana]]! Sì, facciamo il ritiro e la riconsegna a domicilio in tutta {{W:Trieste}} città, {{$:10 €}} in più. Dove abita?",
            ),
            (
                "c",
                "io abito a [[A:via del Bosco 9, secondo piano]], suonare [[P:Petrović-Ilić]]\nzona [[L:san giacomo]]",
            ),
            (
                "c",
                "cane si chiama {{W:Vuk}}. è un po nervoso con uomini perche prima padrone in [[L:serbia]] non era buono",
            ),
            (
                "a",
                "Grazie per avercelo detto, manderemo [[P:Sara]] a ritirarlo. Martedì alle {{TM:9:00}} va bene? Toelettatura completa husky {{$:65 €}} + ritiro.",
            ),
            (
                "c",
                "si va bene martedi. numero di mio figlio [[P:Luka]] se io non rispondo [[T:388 1920 334]]",
            ),
            ("a", "Perfetto, appuntamento {{R:PC-0401-11}}. A martedì!"),
        ],
    },
    {
        "business": "toelettatura",
        "platform": "messenger",
        "customer": "Paolo Crismani",
        "lang": "it",
        "start": "2025-05-20T08:02:00",
        "messages": [
            (
                "c",
                "buongiorno, volevo lamentarmi. ieri ho ritirato il mio gatto persiano {{W:Pascià}} e ha una piccola ferita sull'orecchio",
            ),
            (
                "a",
                "Buongiorno signor [[P:Crismani]], ci dispiace moltissimo. Può mandarci una foto? La titolare [[P:Roberta Zennaro]] la richiama oggi stesso.",
            ),
            (
                "c",
                "ecco la foto. il veterinario, il dott. [[P:Stolfa]] di [[L:opicina]], dice che è una cosa piccola ma ho speso {{$:35 €}} di visita",
            ),
            (
                "c",
                "vi chiedo almeno il rimborso della visita, mandate pure su [[I:IT94Y0200812310000105937461]] intestato a me [[P:Crismani Paolo]]",
            ),
            (
                "a",
                "Ha ragione. Rimborsiamo la visita e anche il servizio di ieri ({{$:45 €}}), pratica {{R:RECL-0520-01}}. [[P:Roberta]] la chiama al numero che abbiamo in scheda, è ancora il [[T:040 361 227]]?",
            ),
            ("c", "no quello è di casa di mia madre a [[L:Gretta]], il mio è [[T:339/8806415]]"),
            ("a", "Aggiornato, grazie. Ancora scuse a lei e a {{W:Pascià}} 🙏 [[P:Roberta]]"),
        ],
    },
    {
        "business": "toelettatura",
        "platform": "telegram",
        "customer": "Niamh",
        "lang": "en",
        "start": "2025-07-15T15:33:00",
        "messages": [
            (
                "c",
                "hiya, we're moving from [[L:Cork]] to [[L:trieste]] next month with our two dogs, a spaniel and a lurcher. do you do nail clipping for big dogs too?",
            ),
            (
                "a",
                "Hi! Welcome in advance 😊 Yes, nail clipping is {{$:12 €}} for any size. When do you arrive?",
            ),
            (
                "c",
                "we land on the {{D:2nd of August}}, our new flat is up in [[L:Roiano]], [[A:via Ferruccio Cattaneo 31/1]], i think near a big church? my partner [[P:Ciarán]] found it",
            ),
            (
                "c",
                "oh and i'm [[P:Niamh O'Sullivan]], email [[E:niamh.osullivan@examplemail.ie]] and my irish mobile still works [[T:+353 87 412 6690]]",
            ),
            (
                "a",
                "Thank you [[P:Niamh]]! I'll put you down for nails for both dogs on {{D:6 August}} at {{TM:11:00}}, booking {{R:PC-0806-03}}. If you need a vet in the area, ask us 🐶\n[[P:Tiziana]] from {{B:Pelo & Coccole}}",
            ),
            (
                "c",
                "amazing, thanks a mil!! the dogs are {{W:Guinness}} and {{W:Murphy}} haha typical irish",
            ),
        ],
    },
    {
        "business": "toelettatura",
        "platform": "whatsapp",
        "customer": "Mariolina",
        "lang": "it",
        "start": "2025-10-03T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno mi chiamo [[P:Maria Grazia Rocco]] ma tutti mi dicono [[P:mariolina]] 😊 ho un bassotto a pelo lungo, {{W:Otto}}, vorrei prenotare x la settimana prossima",
            ),
            (
                "a",
                "Buongiorno [[P:Maria Grazia]]! Per un bassotto a pelo lungo bagno e sfoltitura {{$:38 €}}. Giovedì {{D:9 ottobre}} alle {{TM:14:30}}?",
            ),
            (
                "c",
                "giovedi perfetto. ma vi volevo chiedere vendete anche la pappa {{PD:Almo Nature}} gusto salmone? la compro sempre a [[L:capodistria]] quando vado da mia sorella [[P:Nives]] ma costa meno",
            ),
            (
                "a",
                "Sì, abbiamo {{PD:Almo Nature Holistic}} salmone, sacco 2 kg {{$:19,90 €}}. Te la mettiamo da parte?",
            ),
            (
                "c",
                "si grazie cara. ps mio nipote [[P:Denis]] ha fatto il sito del suo allevamento di gatti [[U:www.gattidelcarso-denisrocco.it]] se volete metterlo nelle vostre pagine 🐱",
            ),
            (
                "c",
                "ah e il fiocchetto {{W:rosa}} come l'altra volta eh, la mia vicina [[P:Rosa]] dice che era bellissimo. lei ha il cane di suo figlio [[P:Felice]] che è a lavorare in [[L:germania]], magari lo porta anche lei",
            ),
            (
                "a",
                "Volentieri! Fiocchetto {{W:rosa}} segnato 🎀 e salutateci la signora [[P:Rosa]]. A giovedì, [[P:Tiziana]]",
            ),
        ],
    },
]

# --- furniture store: delivery and assembly ----------------------------------------------------
CONVERSATIONS += [
    {
        "business": "mobili",
        "platform": "messenger",
        "customer": "Elisa Furlan",
        "lang": "it",
        "start": "2025-01-23T20:14:00",
        "messages": [
            (
                "c",
                "buonasera ho visto in negozio il divano {{PD:Asolo}} 3 posti color {{W:salvia}}, lo consegnate anche in [[L:friuli]]? io sto a [[L:sacile]]",
            ),
            (
                "a",
                "Buonasera! Sì, consegniamo in tutto il {{W:Veneto}} e nel {{W:Friuli}} occidentale, per [[L:Sacile]] la consegna con montaggio è {{$:60 €}}. Il divano {{PD:Asolo}} costa {{$:1.290 €}}.",
            ),
            (
                "c",
                "ok allora lo prendo. via è [[A:via Mameli 48]] ma attenzione che è una laterale, il navigatore vi manda a [[L:Cavolano]] 😅",
            ),
            (
                "c",
                "cap [[A:33077]]\nsul campanello c'è scritto [[P:Furlan]] - [[P:De Zorzi]]\ncell [[T:+39 333 604 1187]]",
            ),
            (
                "a",
                "Grazie signora [[P:Furlan]]! Ordine {{O:AB-2025-00731}}, consegna prevista {{D:giovedì 6 febbraio}} tra le {{TM:8}} e le {{TM:12}}. Per il saldo può pagare alla consegna con carta o bancomat.",
            ),
            ("c", "perfetto. se nn ci sono io c'è mio suocero [[P:Bepi]] che abita sotto"),
            (
                "a",
                "Benissimo, avviso l'autista [[P:Manuel]]. Il codice spedizione del corriere è {{TR:340 7712 0953 18}}, lo trova anche nella mail. Buona serata! [[P:Alessia]] – {{B:Arredamenti Bortolin}}",
            ),
        ],
    },
    {
        "business": "mobili",
        "platform": "whatsapp",
        "customer": "Wei Zhang",
        "lang": "it",
        "start": "2025-03-03T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno io comprato cucina ieri. quando arriva montaggio? io abito [[L:Oderzo]] ma cucina va in negozio di mio cugino a [[L:Motta di Livenza]]",
            ),
            ("a", "Buongiorno! Mi dà il numero d'ordine o il suo nome per favore?"),
            (
                "c",
                "ordine {{O:AB-2025-01104}}\nmio nome [[P:Zhang Wei]], mio cugino [[P:Chen Jianguo]]",
            ),
            (
                "c",
                "indirizzo negozio [[A:via Riviera Scarpa 15/B]] [[A:31045]] [[L:Motta di Livenza]]. numero cugino [[T:331.204.7788]]",
            ),
            (
                "a",
                "Grazie signor [[P:Zhang]]. La cucina {{PD:Linea Cortina}} sarà montata {{D:mercoledì 12 marzo}} dalle {{TM:8:30}}, servono circa 5 ore. Fattura intestata alla ditta del cugino?",
            ),
            ("c", "si fattura a ditta. partita iva [[V:01583920473]]"),
            (
                "a",
                "Perfetto, fattura {{R:FT-0312-2025}} con la P.IVA indicata. 谢谢 e buona giornata!",
            ),
        ],
    },
    {
        "business": "mobili",
        "platform": "instagram",
        "customer": "casa.di.bea",
        "lang": "it",
        "start": "2025-05-28T22:31:00",
        "messages": [
            (
                "c",
                "ciaooo la libreria {{PD:Montello}} bianca è ancora in offerta? la vorrei x il mio nuovo appartamento ma è a [[L:padova]] 🥹 ci arrivate?",
            ),
            (
                "a",
                "Ciao! Sì, {{$:349 €}} fino a fine mese. Fino a {{W:Padova}} consegniamo il martedì, con montaggio {{$:45 €}} 😊",
            ),
            (
                "c",
                "yesss allora ordino! mi chiamo [[P:Beatrice Scquizzato]]\ndue z e una q lo so 😂 [[P:S C Q U I Z Z A T O]]",
            ),
            (
                "c",
                "indirizzo [[A:via Jacopo Facciolati 102]], [[A:scala C int. 14]], quartiere [[L:Santa Rita]]",
            ),
            (
                "c",
                "ah dimenticavo: il proprietario, il sig. [[P:Menegazzo]], vuole che avvisiamo quando c'è il furgone in cortile quindi chiamatemi prima al [[T:349 7731 008]]",
            ),
            (
                "a",
                "Fatto, ordine {{O:AB-2025-01877}}, consegna martedì {{D:10 giugno}}. Il nostro montatore [[P:Igor]] ti chiama mezz'ora prima 👍",
            ),
            (
                "c",
                "grazieee ps seguite il mio profilo [[H:@casa.di.bea]] sto documentando tutto l'arredamento 🏠✨",
            ),
        ],
    },
    {
        "business": "mobili",
        "platform": "messenger",
        "customer": "Graham Whitfield",
        "lang": "en",
        "start": "2025-08-12T14:05:00",
        "messages": [
            (
                "c",
                "Good afternoon. My wife and I have bought a holiday house near [[L:Asolo]] and need a dining table and 6 chairs. Do you deliver to rural addresses? It's a farmhouse up a gravel track",
            ),
            (
                "a",
                "Good afternoon! Yes, we deliver across the {{W:Treviso}} province including the hills around {{W:Asolo}} (famous for its {{PD:Prosecco Superiore}} 🍾). Which model did you like?",
            ),
            (
                "c",
                "The {{PD:Grappa}} oak table, 200 cm, and the {{PD:Bassano}} chairs. Address is [[A:località Col Roigo 4]], [[A:31011]] [[L:Asolo]]. The neighbour, a Mr [[P:Baldisser]], knows the way if your driver gets lost",
            ),
            (
                "c",
                "Invoices to my [[L:UK]] address please: [[A:Flat 3, 27 Marlborough Crescent]], [[L:Bristol]] [[A:BS8 2JW]]. Phone [[T:+44 7700 918 334]] — it's a [[L:UK]] mobile",
            ),
            (
                "a",
                "Thank you Mr [[P:Whitfield]]. Table {{$:1.180 €}} + 6 chairs {{$:894 €}}, delivery and assembly included. Order {{O:AB-2025-02915}}, delivery {{D:2 September}}. The chairs come from our supplier with tracking {{TR:IT60 0312 7741 9025 BRT}}.",
            ),
            (
                "c",
                "Splendid. I'll pay by card when we're there. My wife [[P:Penelope]] will be at the house from the 30th.",
            ),
        ],
    },
    {
        "business": "mobili",
        "platform": "telegram",
        "customer": "ale_toffolo",
        "lang": "it",
        "start": "2025-11-04T18:22:00",
        "messages": [
            (
                "c",
                "ciao il letto che mi avete montato sabato cigola da morire 😤 l'ordine era {{O:AB-2025-03366}}",
            ),
            (
                "a",
                "Ciao, ci scusiamo! Mandiamo qualcuno a sistemarlo senza costi. Mi confermi l'indirizzo di consegna?",
            ),
            (
                "c",
                "si [[A:via Castellana 201]] a [[L:Trebaseleghe]]\nma sto traslocando dalla mia ragazza [[P:Noemi]] a [[L:Camposampiero]] per cui meglio se venite la settimana prossima lì",
            ),
            (
                "c",
                "nuovo indirizzo [[A:via Cordenons]] ... il numero civico te lo dico dopo che nn me lo ricordo 🤦‍♂️",
            ),
            ("c", "[[A:17]]! [[A:via Cordenons 17]] scusate"),
            (
                "a",
                "Nessun problema. Intervento {{R:ASS-1104-02}}, {{D:martedì 11}} alle {{TM:17:30}} a [[L:Camposampiero]]. Ci lasci un recapito?",
            ),
            (
                "c",
                "[[T:346-512-0093]] [[P:Alessandro Toffolo]]\nse nn rispondo chiedete di [[P:noemi]] ahah",
            ),
        ],
    },
]

# --- language school -----------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "lingue",
        "platform": "instagram",
        "customer": "priya.travels",
        "lang": "en",
        "start": "2025-01-08T10:12:00",
        "messages": [
            (
                "c",
                "hi i just moved to [[L:milan]] from [[L:Pune]] for work and i need italian A1 asap 😅 do you have evening classes?",
            ),
            (
                "a",
                "Hi and welcome! Our A1 evening course starts {{D:3 February}}, Tuesdays and Thursdays {{TM:19:00}}-{{TM:20:30}}, {{$:390 €}} for 10 weeks. Which part of town are you in? We also have a branch near {{W:Porta Venezia}}.",
            ),
            (
                "c",
                "i live in [[L:NoLo]], near [[A:via Padova 71]] so {{W:porta venezia}} is perfect\nname is [[P:Priya Raghunathan]], office colleague [[P:Arjun]] also wants to join but he's in [[L:Sesto San Giovanni]]",
            ),
            (
                "a",
                "Great, [[P:Priya]]! I can register you both. For the enrolment we need a codice fiscale, have you got one yet?",
            ),
            (
                "c",
                "yes got it last week!! [[CF:RGHPRY94L52Z222Y]]\nemail [[E:priya.r.works@mailbox.example]]",
            ),
            (
                "a",
                "Perfect, you're in: enrolment {{R:BB-A1-0203-17}}. Tell [[P:Arjun]] to write to us directly 😊 Ciao! [[P:Luca]]",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Kasia",
        "lang": "it",
        "start": "2025-02-26T19:45:00",
        "messages": [
            (
                "c",
                "salve, io sono polacca di [[L:Cracovia]], parlo un po italiano ma devo fare esame {{PD:CILS B1}} x cittadinanza. voi fate preparazione?",
            ),
            (
                "a",
                "Buonasera! Sì, corso di preparazione {{PD:CILS B1}} il sabato mattina, {{$:320 €}}, prossima sessione d'esame {{D:5 giugno}}. Come si chiama?",
            ),
            ("c", "[[P:Katarzyna Wiśniewska-Kowal]]\nscusi nome lungo 😅 tutti dicono [[P:Kasia]]"),
            (
                "c",
                "abito a [[L:Cinisello]] con mio marito [[P:Gianluca]], lui è italiano di [[L:Lecce]]. Mój mąż mówi, że mój włoski jest dobry ale io non credo 😂",
                "it",
            ),
            (
                "a",
                "Il suo italiano è ottimo [[P:Kasia]]! Per iscriversi ci serve un documento e un numero di telefono.",
            ),
            (
                "c",
                "carta identità polacca, numero telefono [[T:+48 512 330 974]] e italiano [[T:392 118 6045]]",
            ),
            (
                "a",
                "Registrata, iscrizione {{R:BB-CILS-0301-04}}. Ci vediamo sabato in {{W:via Tortona}}! [[P:Francesca]]",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "messenger",
        "customer": "Roberto Galimberti",
        "lang": "it",
        "start": "2025-04-14T12:30:00",
        "messages": [
            (
                "c",
                "buongiorno, mia figlia [[P:Sofia]] (14 anni) vorrebbe fare la vacanza studio in [[L:Irlanda]] con voi quest'estate. noi siamo di [[L:Monza]]",
            ),
            (
                "a",
                "Buongiorno! La vacanza studio di luglio è a {{W:Galway}}, 2 settimane in famiglia, {{$:2.450 €}} volo incluso da {{W:Malpensa}}. Partenza {{D:6 luglio}}.",
            ),
            (
                "c",
                "ok e la famiglia ospitante dove abita? sua cugina [[P:Matilde]] l'anno scorso era finita in un paesino a [[L:Oranmore]] e si annoiava 😅",
            ),
            (
                "a",
                "Le famiglie sono tutte a {{W:Galway}} città quest'anno. Per l'iscrizione mi manda il codice fiscale di [[P:Sofia]] e i dati del genitore?",
            ),
            (
                "c",
                "[[P:Sofia Galimberti]] [[CF:GLMSFO10R59F704Y]]\ngenitore [[P:Roberto Galimberti]], [[A:via Lecco 12]] [[A:20900]] [[L:Monza]]\npagamento con carta [[C:5523-7800-4419-2064]]",
            ),
            (
                "a",
                "Grazie signor [[P:Galimberti]], iscrizione {{R:VS-IRL-0706-22}} confermata. Le mandiamo contratto e lista cose da portare.",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "telegram",
        "customer": "Mateo",
        "lang": "en",
        "start": "2025-06-03T16:08:00",
        "messages": [
            (
                "c",
                "hey, i'm an erasmus student at {{W:politecnico}}, from [[L:Valencia]]. do u have conversation groups in italian? my italian is muy malo jaja",
            ),
            (
                "a",
                "Hi! Yes, our {{PD:Aperitivo Italiano}} conversation group meets every Wednesday at {{TM:18:30}}, {{$:10 €}} per evening with a spritz included 🍹",
            ),
            (
                "c",
                "perfect! can i bring my flatmate [[P:Jonas]]? he is from [[L:Hamburg]]. we live together in [[L:Città Studi]], [[A:via Pascoli 40]]",
            ),
            (
                "c",
                "ah my name is [[P:Mateo Ferrer Climent]], telegram [[H:@mateo_fc]]. Nos vemos el miércoles entonces! 🙌",
                "en",
            ),
            (
                "a",
                "Of course, [[P:Jonas]] is welcome! See you Wednesday, [[P:Mateo]]. Ask for [[P:Luca]] at reception 😊",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Amina",
        "lang": "it",
        "start": "2025-09-16T08:25:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Amina Diallo]] vengo dal [[L:senegal]], sono a [[L:Milano]] da 6 mesi, lavoro come badante x una signora anziana, la sig.ra [[P:Colombo]]",
            ),
            (
                "c",
                "vorrei corso di italiano ma posso solo mattina 10-12 quando la signora dorme. quanto costa",
            ),
            (
                "a",
                "Buongiorno [[P:Amina]]! Il corso mattutino A2 è {{$:280 €}} per 8 settimane, lunedì e mercoledì {{TM:10:00}}-{{TM:12:00}}. Abbiamo anche borse di studio comunali.",
            ),
            (
                "c",
                "la borsa di studio si per favore. abito a [[A:corso Lodi 94]] presso la signora, c/o [[P:Colombo]]\nnumero [[T:371 440 9928]]",
            ),
            (
                "c",
                "mio fratello [[P:Ousmane]] è in [[L:francia]], a [[L:lione]], lui dice imparare francese più facile 😂 Je préfère l'italien quand même!",
            ),
            (
                "a",
                "Ahah ha ragione lei 😄 Le ho prenotato un colloquio per la borsa {{R:BS-2025-0917}}, giovedì alle {{TM:10:30}}. A presto, [[P:Francesca]]",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "messenger",
        "customer": "Henrik Lund",
        "lang": "en",
        "start": "2025-10-21T07:50:00",
        "messages": [
            (
                "c",
                "Hello, I'm a Danish engineer relocating from [[L:Aarhus]] to [[L:Bergamo]] next year with my family. Do you offer private online lessons for 3 people?",
            ),
            (
                "a",
                "Hello! Yes, private online lessons for families are {{$:45 €}} per hour. Who would attend?",
            ),
            (
                "c",
                "Myself, my wife [[P:Sigrid]] and our son [[P:Magnus]] (9). We'd like to start in {{D:November}}. I can pay by bank transfer from my Danish account if ok",
            ),
            (
                "a",
                "Sure, an invoice will follow. Could you send your full name, email and billing address?",
            ),
            (
                "c",
                "[[P:Henrik Lund]], [[E:henrik.lund@nordmail.example]]\n[[A:Skovvejen 18, 2. th.]]\n[[A:8000]] [[L:Aarhus C]], [[L:Denmark]]\nEU VAT for my consultancy: [[V:DK27619533]]",
            ),
            (
                "a",
                "Thank you Mr [[P:Lund]], invoice {{R:INV-2025-1187}} sent. First lesson {{D:Monday 3 November}} at {{TM:17:00}} CET. Vi ses! [[P:Luca]]",
            ),
        ],
    },
]

# --- car sharing --------------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "carsharing",
        "platform": "whatsapp",
        "customer": "Simo",
        "lang": "it",
        "start": "2025-02-10T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno l'app nn mi fa sbloccare la macchina in via {{W:Roma}} davanti a {{W:Porta Nuova}} e devo andare al lavoro a [[L:Rivoli]] 😫😫",
            ),
            ("a", "Buongiorno, ci scusiamo! Mi dà il suo nome utente e la targa dell'auto?"),
            (
                "c",
                "utente [[H:simo.ghirardi91]]\ntarga {{R:GX 418 KT}}\nsono [[P:Simona Ghirardi]]",
            ),
            (
                "a",
                "Grazie [[P:Simona]], vedo un errore di login da un indirizzo insolito, [[IP:93.41.207.18]]. È lei?",
            ),
            (
                "c",
                "si sono io sono col wifi di mia sorella [[P:Debora]] a [[L:borgo san paolo]] perché ho finito i giga 🙈",
            ),
            (
                "a",
                "Ok, ho resettato la sessione, ora dovrebbe aprirsi. Le abbiamo aggiunto 15 minuti gratis, pratica {{R:TK-0210-0087}}. Buon lavoro!",
            ),
            ("c", "funziona!!! grazie mille 🙏"),
        ],
    },
    {
        "business": "carsharing",
        "platform": "messenger",
        "customer": "Ignazio Lo Presti",
        "lang": "it",
        "start": "2025-04-04T13:15:00",
        "messages": [
            (
                "c",
                "salve ho ricevuto una multa di {{$:87 €}} per una zona ZTL il {{D:12 marzo}} ma quel giorno ero in [[L:sicilia]] dai miei a [[L:Caltagirone]]!! non ero io",
            ),
            (
                "a",
                "Buongiorno, verifichiamo subito. Mi manda il numero del verbale e l'email del suo account?",
            ),
            ("c", "verbale {{R:V-2025-0331872}}\nmail [[E:ignazio.lopresti[at]postaweb[dot]it]]"),
            (
                "c",
                "e comunque il mio account lo usa anche mio figlio [[P:Salvatore]] ma lui studia a [[L:Pisa]] quindi impossibile",
            ),
            (
                "a",
                "Dai log il noleggio del {{D:12 marzo}} è partito da un telefono con IP [[IP:2a02:6b8:1f04:3c::2e7]], non associato al suo dispositivo. Apriamo una segnalazione di uso fraudolento {{R:FR-0404-012}}.",
            ),
            (
                "c",
                "meno male. mi raccomando la carta collegata è la [[C:4917 6235 0081 7344]] bloccatela se serve",
            ),
            (
                "a",
                "La carta non è stata addebitata, non serve bloccarla. La richiamerà il collega [[P:Stefano]] entro domani, signor [[P:Lo Presti]].",
            ),
        ],
    },
    {
        "business": "carsharing",
        "platform": "instagram",
        "customer": "jules_on_wheels",
        "lang": "en",
        "start": "2025-06-12T11:02:00",
        "messages": [
            (
                "c",
                "hi can i register with a french driving license? i'm [[P:Julien Mercier]], i'm doing an internship in [[L:torino]] for 3 months, from [[L:Lyon]]",
            ),
            (
                "a",
                "Hi [[P:Julien]]! Yes, all EU driving licences are accepted. You need to upload the licence and an ID in the app, plus a credit card.",
            ),
            (
                "c",
                "ok done. billing address is still my parents' one in [[L:France]]: [[A:14 rue des Tanneurs]], [[A:69005]] [[L:Lyon]]\n{{W:hope}} its ok",
            ),
            (
                "c",
                "also can i drive to [[L:chamonix]] in the weekend? going to see my girlfriend [[P:Léa]] who works in a ski shop there 🏔️",
            ),
            (
                "a",
                "Our cars can leave {{W:Piemonte}} but not {{W:Italy}}, sorry, so [[L:Chamonix]] isn't possible. You could drive to {{W:Courmayeur}} and take the bus through the {{W:Mont Blanc}} tunnel 😉",
            ),
            (
                "c",
                "ahh ok merci quand même! my tiktok is [[U:tiktok.com/@jules_on_wheels]] i'll make a video about your cars haha",
                "en",
            ),
        ],
    },
    {
        "business": "carsharing",
        "platform": "telegram",
        "customer": "Sergio",
        "lang": "it",
        "start": "2025-07-28T23:40:00",
        "messages": [
            (
                "c",
                "ciao ho lasciato il portafoglio nella {{PD:Fiat 500e}} bianca, l'ho parcheggiata in {{W:piazza Vittorio}} mezz'ora fa. è marrone con dentro la patente e carta d'identità a nome [[P:Sergio Abbà]]",
            ),
            (
                "a",
                "Ciao [[P:Sergio]], ho bloccato l'auto così nessuno può noleggiarla. Il nostro operatore [[P:Kevin]] passa entro un'ora a recuperarlo. Dove vuole che glielo portiamo?",
            ),
            (
                "c",
                "sono a casa a [[L:Moncalieri]], [[A:strada Revigliasco 66]] frazione [[L:Testona]]. il citofono dice [[P:Abbà-Gribaudo]]",
            ),
            ("c", "numero [[T:011 64 29 317]] o cell [[T:(+39) 348 0095 126]]"),
            ("a", "Perfetto, [[P:Kevin]] arriva verso le {{TM:00:45}}. Pratica {{R:LF-0728-19}}."),
            (
                "c",
                "grazie davvero, dentro c'era anche la tessera del {{W:Toro}} di mio padre [[P:Gianni]] ci teneva tanto 🐂",
            ),
        ],
    },
    {
        "business": "carsharing",
        "platform": "whatsapp",
        "customer": "Olu",
        "lang": "en",
        "start": "2025-09-22T17:25:00",
        "messages": [
            (
                "c",
                "hello, i want to close my account, i'm moving back to [[L:Lagos]] in [[L:Nigeria]] next week. how do i get my prepaid credit back?",
            ),
            (
                "a",
                "Hello! We're sorry to see you go. You have {{$:42,50 €}} of credit. We can refund it by bank transfer. Could you send your full name and IBAN?",
            ),
            (
                "c",
                "[[P:Oluwaseun Adebayo-Okafor]]\nitalian account [[I:IT38E0306911884000004728193]]\nit will stay open for some months",
            ),
            (
                "c",
                "my friend [[P:Chidi]] also use your cars, he stay in [[L:San Salvario]], i will tell him about the promo",
            ),
            (
                "a",
                "Thank you! Refund {{R:RF-0922-05}} will arrive in 3-5 working days. Safe travels to [[L:Lagos]], [[P:Oluwaseun]]! 🌍 [[P:Stefano]]",
            ),
        ],
    },
    {
        "business": "carsharing",
        "platform": "messenger",
        "customer": "Marina Dell'Acqua",
        "lang": "it",
        "start": "2025-11-18T09:33:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei attivare l'abbonamento aziendale x il mio studio, siamo in 4 architetti a [[L:Chieri]] ma spesso andiamo in cantiere a [[L:Alba]] e [[L:Bra]]",
            ),
            (
                "a",
                "Buongiorno! L'abbonamento business è {{$:29 €}} al mese per utente. Le zone {{W:Chieri}} e {{W:Alba}} non sono ancora coperte per il parcheggio, ma potete lasciare l'auto in sosta durante il noleggio.",
            ),
            (
                "c",
                "ok. dati fatturazione: [[P:Marina Dell'Acqua]], studio in [[A:via Vittorio Emanuele II 52]], [[A:10023]] [[L:Chieri]]\nCF [[CF:DLLMRN80P63C627W]]",
            ),
            (
                "c",
                "gli altri colleghi sono [[P:Paolo Bertola]], [[P:Fatima Zahra Ouali]] e [[P:Gigi]] ([[P:Luigi Cena]], ma tutti lo chiamano [[P:gigi]])",
            ),
            (
                "a",
                "Grazie, creo i 4 account con codice aziendale {{R:BIZ-1118-DA}}. Ognuno riceverà un'email di invito. Per i pagamenti preferite carta o SDD?",
            ),
            ("c", "sdd dal conto dello studio, lo mando via pec. grazie a presto"),
        ],
    },
]

# --- a few more, added after the first count ---------------------------------------------------
CONVERSATIONS += [
    {
        "business": "agri",
        "platform": "instagram",
        "customer": "the_hollis_family",
        "lang": "en",
        "start": "2025-07-07T20:50:00",
        "messages": [
            (
                "c",
                "hi there! family of 5 from [[L:Leeds]] looking for 4 nights in {{D:late august}}, do you have a family room? kids are [[P:Will]] (11), [[P:Rosie]] (8) and [[P:Alfie]] (4)",
            ),
            (
                "c",
                "we'll be driving down from [[L:lake garda]] where we stay with my mum's cousin [[P:Maureen]] in [[L:bardolino]]\nwe will be in the car so will check in the evening. we will also need a cot",
            ),
            (
                "a",
                "Hi! Yes, the {{PD:Castagno}} family suite sleeps 5, {{$:165 €}} per night with breakfast, cot free. {{D:26}}-{{D:30 August}} is available. Can I have the lead guest's name?",
            ),
            (
                "c",
                "[[P:Rebecca Hollis]]. phone [[T:07700 934 218]] ([[L:UK]]) and email [[E:beccahollis at example dot co dot uk]]\nhubby is [[P:Tom]] if he calls",
            ),
            (
                "c",
                "card for the deposit [[C:3765 402188 30140]] - it's {{B:amex}}, {{W:hope}} that works. hold on, the billing postcode is [[A:LS6 3HN]]",
            ),
            (
                "a",
                "{{B:Amex}} is fine! Deposit {{$:150 €}} taken, booking {{R:CDC-2608-044}}. The kids will love the donkeys 🐴 Safe drive! [[P:Marta]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Hope Adeyemi",
        "lang": "en",
        "start": "2025-10-10T12:44:00",
        "messages": [
            (
                "c",
                "hello! i'm organising a bike tour of the {{W:Colli Bolognesi}} for my company team (12 people) from [[L:Manchester]]. we fly into [[L:bologna]] on the {{D:23rd}} and stay at a hotel in [[A:via Indipendenza 61]]",
            ),
            (
                "a",
                "Hello! We'd love to help. A guided e-bike tour to {{W:San Luca}} and the hills with a tasting of {{PD:Pignoletto}} and {{PD:Mortadella Bologna}} is {{$:75 €}} per person. There is always {{W:hope}} for sunshine in October 😄",
            ),
            (
                "c",
                "haha let's {{W:hope}}!! sounds great. I'm [[P:Hope Adeyemi]], the contact on the day will be my colleague [[P:Siddharth Menon]] [[T:+44 (0)161 496 0738]]",
            ),
            (
                "c",
                "for payment we have a [[L:UK]] company account [[I:GB14MIDL40051552817394]], can you do an invoice to that? company address [[A:Unit 4, 118 Great Ancoats Street]], [[A:M4 6DE]] [[L:Manchester]]",
            ),
            (
                "a",
                "Of course, invoice {{R:FT-2025-0988}} to follow. Tour confirmed for {{D:Friday 24 October}} at {{TM:9:30}} from the shop. [[P:Dario]] will be your guide 🚴",
            ),
            ("c", "perfect thanks [[P:Dario]]! oh and [[P:sid]] is vegetarian fyi"),
        ],
    },
    {
        "business": "toelettatura",
        "platform": "messenger",
        "customer": "Carmen",
        "lang": "en",
        "start": "2025-11-21T09:14:00",
        "messages": [
            (
                "c",
                "hola! sorry my italian is bad. i'm [[P:Carmen Ruiz de la Fuente]], from [[L:Sevilla]], living in [[L:trieste]] now with my partner [[P:Marko]] who is from [[L:Ljubljana]]",
            ),
            (
                "c",
                "we have a golden retriever and he needs a bath before we go to see my family in [[L:Spain]] for christmas. Tiene mucho pelo, de verdad 😅",
                "en",
            ),
            (
                "a",
                "Hi [[P:Carmen]]! We have a slot on {{D:Saturday 13 December}} at {{TM:9:00}}, bath and de-shedding for a golden is {{$:60 €}}. Does that work?",
            ),
            (
                "c",
                "yes perfect. we live in [[A:via dell'Istria 7]], [[L:San Giacomo]], so we walk. my number [[T:+34 612 48 90 37]]\nfor invoice pls use my spanish account [[I:ES6421000418490200093817]] if you need it for refund or something",
            ),
            (
                "a",
                "You're booked, {{R:PC-1213-02}}. Payment is at the shop, no need for the account. Feliz Navidad! 🎄 [[P:Sara]] – {{B:Pelo & Coccole}}",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(74, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
