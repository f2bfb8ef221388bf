# ruff: noqa: E501
"""Hand-written blind test corpus no. 98 for convmon's anonymiser.

Every conversation was written by hand, message by message, with no templates and no Faker;
all people, numbers, e-mails and addresses are invented. Checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted
here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive
``{{CODE:value}}`` (see ``handwritten_markup.py``).

The six invented businesses are a sailing school on the Tuscan coast, a second-hand furniture
shop near Modena that collects and delivers, a private tutor for university exams in Padova, a
tailor-made suit maker in Milan, a beekeeper selling honey online and a home-nursing agency
around Florence.

Regenerate with ``python make_handwritten98_corpus.py`` from this folder; the output
``handwritten98_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten98_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "vela": "Scuola Vela Maestrale",
    "mobili": "Il Baule Usato - Mobili di Seconda Mano",
    "tutor": "Ripetizioni Universitarie Prof. Carlo Vendramin",
    "sarto": "Sartoria Morelli & Figli",
    "miele": "Apicoltura Valle dei Tigli",
    "cura": "Casa Serena Assistenza Domiciliare",
}
PAGE_IDS: dict[str, str] = {
    "vela": "698760214583907",
    "mobili": "698760338172645",
    "tutor": "698760490216378",
    "sarto": "698760517734092",
    "miele": "698760682945310",
    "cura": "698760745120863",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- sailing school
    {
        "business": "vela",
        "platform": "whatsapp",
        "customer": "Martina L.",
        "lang": "it",
        "start": "2025-06-02T08:41:00",
        "messages": [
            (
                "c",
                "ciao! volevo info x il corso {{PD:Deriva Junior}} x mio figlio [[P:Tommaso]] ha 11 anni\nnoi siamo in vacanza a [[L:Follonica]] dal {{D:14 luglio}}",
            ),
            (
                "a",
                "Ciao! Certo, il corso {{PD:Deriva Junior}} parte ogni lunedì alle {{TM:9:30}} dal nostro pontile di {{W:Marina di Scarlino}}, costa {{$:180 €}} a settimana. Mi lasci nome e cognome del bimbo e un recapito? [[P:Giulia]] - {{B:Scuola Vela Maestrale}}",
            ),
            ("c", "[[P:tommaso lisoni]]\nio sono [[P:martina]] la mamma, cell [[T:347 218 5590]]"),
            (
                "c",
                "ah stiamo in affitto in [[A:via delle Pinete 41]] a [[L:Follonica]] se serve x il modulo, poi il 28 torniamo a [[L:Prato]]",
            ),
            (
                "a",
                "Perfetto [[P:Martina]], iscritto! Ti mando il modulo via mail, a quale indirizzo?",
            ),
            ("c", "[[E:marti.lisoni chiocciola libero punto it]] 🙏"),
            (
                "a",
                "Ricevuto, pratica {{R:ISCR-2025-0417}}. A lunedì! Portate crema solare e scarpette 😊",
            ),
        ],
    },
    {
        "business": "vela",
        "platform": "instagram",
        "customer": "jonas.wbr",
        "lang": "en",
        "start": "2025-08-19T17:05:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Jonas]] from [[L:Freiburg]], we want to make the weekend course in september, me and my girlfriend [[P:Lea]]",
            ),
            ("c", "Ist das Boot auch für Anfänger? wir haben keine Erfahrung 😅", "de"),
            (
                "a",
                "Hi [[P:Jonas]]! Yes, the {{PD:Weekend Crew}} course is for total beginners, {{$:240 €}} per person, boats leave from our base in {{W:Porto Santo Stefano}}. [[P:Marco]] from the team",
            ),
            (
                "c",
                "super. we sleep in a camping in [[L:Orbetello]], it is far?? my number [[T:+49 171 3928 447]]",
            ),
            (
                "a",
                "About 15 minutes by car along the {{W:Aurelia}}. Could you send both full names and a home address for the insurance?",
            ),
            (
                "c",
                "[[P:Jonas Weber]] and [[P:Lea Schmitt-Ohlendorf]]\nour adress [[A:Wiesenweg 12]], [[A:79098]] [[L:Freiburg]], [[L:Germany]]",
            ),
            ("c", "insta of [[P:lea]] is [[H:@lea.ohlendorf]] she do the photos lol"),
            (
                "a",
                "Great, you're booked under {{R:MS-WE-0913}}. See you on {{D:13 September}} at {{TM:10:00}}! 🌊",
            ),
        ],
    },
    {
        "business": "vela",
        "platform": "messenger",
        "customer": "Davide Fernandi",
        "lang": "it",
        "start": "2025-09-03T20:12:00",
        "messages": [
            (
                "c",
                "buonasera, mi trasferisco a [[L:Livorno]] a ottobre x lavoro e vorrei fare la patente nautica",
            ),
            ("c", "sono di [[L:Roma]], zero esperienza ma tanta voglia 😅"),
            (
                "a",
                "Buonasera [[P:Davide]], il corso patente entro 12 miglia costa {{$:650 €}}: teoria online e uscite il sabato da {{W:Castiglione della Pescaia}}. Per l'iscrizione mi servono codice fiscale e residenza.",
            ),
            (
                "c",
                "cf [[CF:FRNDVD94S03H501A]]\nresidenza ancora [[A:via Tuscolana 1120]] [[A:00173]] [[L:Roma]]",
            ),
            (
                "c",
                "ma dal primo il nuovo indirizzo sarà [[A:via della Madonna 27]], [[A:57123]] [[L:Livorno]], scrivete quello",
            ),
            (
                "c",
                "ah ho visto al meteo che sabato c'è libeccio forte su {{W:Livorno}} e {{W:Piombino}}, si esce lo stesso?",
            ),
            (
                "a",
                "Con libeccio sopra i 20 nodi le uscite sono sospese e si recuperano il {{D:20 settembre}}. Ti confermo l'iscrizione, rif. {{R:PN-2025-077}}. [[P:Giulia]]",
            ),
        ],
    },
    {
        "business": "vela",
        "platform": "telegram",
        "customer": "Rohan K",
        "lang": "en",
        "start": "2025-03-11T13:27:00",
        "messages": [
            (
                "c",
                "hi, want to buy a gift voucher for my wife [[P:Priya]] for her bday, the 3 day course pls",
            ),
            (
                "a",
                "Hi! The {{PD:Tre Giorni in Barca}} voucher is {{$:390 €}}, valid all season. How would you like to pay?",
            ),
            ("c", "card is [[C:4539 1827 0461 5325]] exp {{D:08/27}}"),
            (
                "a",
                "Please don't send card numbers in chat, I'll send you a secure payment link instead 🙏 [[P:Anna]]",
            ),
            (
                "c",
                "oops sorry. send the voucher by post to [[A:Flat 3, 27 Canterbury Grove]], [[L:London]] [[A:SE27 0NQ]]",
            ),
            (
                "c",
                "actually no send it to her mum's in [[L:Leicester]], [[A:88 Narborough Road]] [[A:LE3 0BQ]], she's staying there till june. name on it [[P:Priya Nair Kapoor]]",
            ),
            (
                "a",
                "Done! Voucher {{R:GV-2025-118}} posted today, she can choose dates on our website. [[P:Anna]] - {{B:Scuola Vela Maestrale}}",
            ),
            ("c", "thx!! my telegram is [[H:rkapoor_sails]] if u need me"),
        ],
    },
    {
        "business": "vela",
        "platform": "whatsapp",
        "customer": "Rosa",
        "lang": "it",
        "start": "2025-05-20T10:02:00",
        "messages": [
            (
                "c",
                "salve sono la nonna di [[P:Edoardo]] e [[P:Bianca]] [[P:Ghezzi]], vorrei iscriverli al campo estivo",
            ),
            (
                "c",
                "loro vivono a [[L:Lugano]] in [[L:Svizzera]] ma vengono giù da me a [[L:Ribolla]] (frazione di [[L:Roccastrada]]) tutto luglio",
            ),
            (
                "a",
                "Buongiorno! Il campo estivo è dal lunedì al venerdì, {{TM:9}}-{{TM:13}}, {{$:210 €}} a settimana con maglietta {{W:bianca}} e cappellino. Mi lascia un numero?",
            ),
            ("c", "fisso [[T:0564 57 12 83]]\ncell [[T:339\n441 7208]]"),
            ("c", "io sono [[P:Rosa Landucci]] ma tutti mi chiamano nonna [[P:Rosina]] 😊"),
            (
                "a",
                "Grazie signora [[P:Landucci]]! Il cappellino c'è blu o {{W:rosa}}, quale preferiscono?",
            ),
            ("c", "[[P:bianca]] vuole quello {{W:rosa}} ovviamente 😂 [[P:edo]] blu"),
        ],
    },
    # ---------------------------------------------------------------- second-hand furniture
    {
        "business": "mobili",
        "platform": "whatsapp",
        "customer": "Lorenza",
        "lang": "it",
        "start": "2025-04-07T09:33:00",
        "messages": [
            (
                "c",
                "buongiorno devo svuotare la casa di mio padre a [[L:Castelnuovo Rangone]], vi interessa un armadio in noce e una credenza anni 50?",
            ),
            (
                "a",
                "Buongiorno! Sì, ritiriamo gratis entro 30 km dal nostro magazzino in {{W:via Emilia Est 1440}} a {{W:Modena}}. Mi manda indirizzo e qualche foto?",
            ),
            (
                "c",
                "l'indirizzo è [[A:via Zenzalose 9]], [[A:41051]], citofono [[P:Bergonzini]] ma nn risponde nessuno, le chiavi le ha il vicino sig. [[P:Aurelio]]",
            ),
            ("c", "io sono [[P:Lorenza Bergonzini]] [[T:335-681-2274]]"),
            (
                "c",
                "ah il piano è il secondo senza ascensore scusate 😬 e la strada è stretta dopo la chiesa di {{W:San Lorenzo}}",
            ),
            (
                "a",
                "Nessun problema, veniamo in due. Venerdì {{D:11/04}} tra le {{TM:14}} e le {{TM:16}}, riferimento ritiro {{R:RIT-0588}}. [[P:Stefano]]",
            ),
        ],
    },
    {
        "business": "mobili",
        "platform": "messenger",
        "customer": "Amira Haddad",
        "lang": "en",
        "start": "2025-05-14T18:20:00",
        "messages": [
            (
                "c",
                "hi i saw on your page the green velvet sofa, is still available? i live in [[L:Bologna]], [[L:Bolognina]] area",
            ),
            (
                "a",
                "Hi [[P:Amira]]! Yes, the {{PD:divano Chesterfield verde}} is available, {{$:420 €}}, delivery to [[L:Bologna]] {{$:45 €}}.",
            ),
            (
                "c",
                "ok good. address [[A:via Tibaldi 31, 4th floor]], there is lift. the bell says [[P:Haddad]]/[[P:Rinaldi]], i share with my flatmate [[P:Chiara]]",
            ),
            ("a", "Perfect. Can we have a phone number for the driver?"),
            (
                "c",
                "[[T:+39 389 552 0718]] or my number from [[L:Lebanon]] [[T:+961 3 482 117]] if the italian one is off",
            ),
            ("c", "Merci beaucoup, je suis très contente! 😍", "fr"),
            (
                "a",
                "Delivery on {{D:Thursday 22 May}} in the morning, order {{O:BU-20931}}. [[P:Davide]]",
            ),
        ],
    },
    {
        "business": "mobili",
        "platform": "instagram",
        "customer": "walter_restauri",
        "lang": "it",
        "start": "2025-02-25T15:48:00",
        "messages": [
            (
                "c",
                "ciao ho visto che comprate anche mobili, ho una cassettiera {{W:Luigi Filippo}} e un comò {{W:Impero}} da vendere",
            ),
            ("c", "sono a [[L:Pavullo nel Frignano]], frazione [[L:Crocette]]"),
            (
                "a",
                "Ciao! Dalle foto possiamo offrire {{$:150 €}} per la cassettiera e {{$:220 €}} per il comò, ritiro compreso.",
            ),
            (
                "c",
                "ok va bene, bonifico su [[I:IT49M0760103200001047382916]] intestato a [[P:Walter Ognibene]]",
            ),
            (
                "c",
                "l'indirizzo preciso [[A:via Giardini Sud 2204]], la strada x l'{{W:Abetone}}, casa gialla col fienile",
            ),
            (
                "a",
                "Grazie [[P:Walter]], passiamo martedì {{D:4 marzo}} verso le {{TM:10}}. Rif. {{R:ACQ-0131}}.",
            ),
            (
                "c",
                "se vuoi vedere altri pezzi che restauro [[U:instagram.com/walter_restauri_pavullo]]",
            ),
        ],
    },
    {
        "business": "mobili",
        "platform": "telegram",
        "customer": "Carmen",
        "lang": "it",
        "start": "2025-06-16T12:10:00",
        "messages": [
            (
                "c",
                "holaa scusa mio italiano nn perfetto, io torno a [[L:Valencia]] a luglio e vendo letto e scrivania",
            ),
            ("a", "Ciao! Dove ti troviamo? Il letto è {{B:IKEA}}? Lo ritiriamo solo se è integro."),
            (
                "c",
                "si {{PD:Malm}} bianco, tutto ok. [[A:viale Storchi 118 interno 6]] [[L:Modena]]",
            ),
            (
                "c",
                "la mia coinquilina [[P:Giulia]] è a casa la mattina, io lavoro. mi nombre es [[P:Carmen Ruiz Albéniz]], con doble apellido jaja",
                "es",
            ),
            ("c", "¿Podéis venir antes del 30? después ya no estoy en [[L:Italia]]", "es"),
            ("a", "Sì, ritiro {{D:27 giugno}} mattina, ti diamo {{$:90 €}} per tutto. Un numero?"),
            ("c", "[[T:+34 612 48 93 07]] whatsapp, o mi telegram [[H:@carmenruizalb]]"),
        ],
    },
    {
        "business": "mobili",
        "platform": "whatsapp",
        "customer": "Pino",
        "lang": "it",
        "start": "2025-10-02T16:55:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Pino]], ho preso la poltrona relax ieri in negozio, ordine {{O:BU-21077}}",
            ),
            ("c", "la dovete portare a mia zia [[P:Ernesta]] a [[L:Formigine]]"),
            ("c", "[[A:via Sant'Antonio 14]]"),
            ("c", "no scusa [[A:16]] nn 14 ahah"),
            ("c", "citofono [[P:Vandelli]] [[A:scala B]]"),
            ("a", "Segnato: consegna sabato {{D:4 ottobre}} mattina. Un cellulare per l'autista?"),
            (
                "c",
                "il mio [[T:328.774.1905]], se nn rispondo chiamate mia cugina [[P:Debora]] [[T:059 557 301]]",
            ),
            ("a", "Perfetto, grazie [[P:Pino]]! [[P:Stefano]]"),
        ],
    },
    # ---------------------------------------------------------------- university tutor
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Fede 🐝",
        "lang": "it",
        "start": "2025-05-28T22:41:00",
        "messages": [
            (
                "c",
                "ciao prof sono [[P:Federica]] ma tutti [[P:Fede]], ho {{W:Analisi 1}} il {{D:18 giugno}} e sono disperata 😭😭",
            ),
            ("c", "studio ingegneria qui a [[L:Padova]] ma sono fuori sede, sono di [[L:Bassano]]"),
            (
                "a",
                "Ciao [[P:Fede]]! Faccio lezioni online su Meet, {{$:35 €}} l'ora. Mi mandi la mail così ti giro il calendario? [[P:Carlo]]",
            ),
            ("c", "[[E:federica.zanon98 at gmail dot com]]"),
            (
                "c",
                "la mia amica [[P:Elisa]] [[P:Cagnin]] vuole venire in due si può?? lei sta a [[L:Cittadella]] quindi online anche lei",
            ),
            ("a", "Sì, in due {{$:25 €}} a testa. Prima lezione giovedì alle {{TM:18}}?"),
            ("c", "siii grazie milleee, glielo dico a [[P:eli]]"),
        ],
    },
    {
        "business": "tutor",
        "platform": "messenger",
        "customer": "Xiaoyu W.",
        "lang": "en",
        "start": "2025-01-09T11:14:00",
        "messages": [
            (
                "c",
                "hello prof, i am [[P:Xiaoyu]] ([[P:Wang]] is surname), i study at {{W:Bocconi}}, i need help for Statistics exam",
            ),
            (
                "c",
                "my italian is bad so english please. i live in [[L:Milano]], [[L:Porta Romana]] area",
            ),
            ("a", "Hi [[P:Xiaoyu]]! Lessons can be online, {{$:35 €}} per hour. When is the exam?"),
            ("c", "{{D:30 january}}. my parents pay from [[L:China]], i need invoice for them"),
            ("a", "No problem, I just need your codice fiscale and address for the invoice."),
            ("c", "[[CF:WNGXYA01D52Z210S]]\n[[A:via Lamarmora 40]], [[A:20122]] [[L:Milano]]"),
            ("c", "also my friend [[P:Lin Hao]] maybe join. my wechat [[H:xiaoyu_w0212]]"),
            (
                "a",
                "Thanks, invoice {{R:FT-2025/012}} will come by email. First lesson tomorrow at {{TM:15:00}}.",
            ),
        ],
    },
    {
        "business": "tutor",
        "platform": "telegram",
        "customer": "Patrizia Dal Molin",
        "lang": "it",
        "start": "2025-11-04T19:36:00",
        "messages": [
            (
                "c",
                "buonasera, scrivo x mio figlio [[P:Nicolò]] che deve ridare {{W:diritto privato}} per la terza volta 🙄",
            ),
            ("c", "abitiamo a [[L:Rubano]], frazione [[L:Sarmeola]], in [[A:via Borromeo 3]]"),
            (
                "a",
                "Buonasera! Vengo a domicilio entro 15 km da {{W:Padova}}, {{$:40 €}} l'ora. Va bene?",
            ),
            ("c", "perfetto. il campanello è [[P:Dal Molin]]-[[P:Fabris]], secondo piano"),
            ("c", "il fisso [[T:049 633 8210]] oppure il mio [[T:(+39) 346/2217840]]"),
            (
                "c",
                "il prof del corso, il dott. [[P:Speranza]], gli ha detto che c'è ancora {{W:speranza}} 😂",
            ),
            ("a", "Allora giovedì alle {{TM:17.30}}. Salutami [[P:Nicolò]]! [[P:Carlo]]"),
        ],
    },
    {
        "business": "tutor",
        "platform": "instagram",
        "customer": "chinedu.ok",
        "lang": "en",
        "start": "2025-06-21T08:03:00",
        "messages": [
            (
                "c",
                "good morning sir, i am [[P:Chinedu Okafor]] from [[L:Enugu]], [[L:Nigeria]], studying economics in [[L:Pavia]]",
            ),
            ("c", "i need help with {{W:Microeconomia}}, exam is {{D:2 July}}"),
            (
                "a",
                "Good morning [[P:Chinedu]]! I can do online lessons, {{$:35 €}} per hour. Would you prefer online or in person?",
            ),
            (
                "c",
                "my landlord Mr. [[P:Bertoletti]] said i can use the living room but online better",
            ),
            (
                "c",
                "my email is [[E:chinedu.okafor(at)studenti.example.it]]\nand my number [[T:+39 351 208 4467]] or nigerian line [[T:+234 803 417 2290]]",
            ),
            (
                "a",
                "Thanks [[P:Chinedu]], see you on Monday at {{TM:18:00}} on Zoom. Invoice {{R:FT-2025/214}} by mail.",
            ),
        ],
    },
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Oliver",
        "lang": "it",
        "start": "2025-03-17T14:29:00",
        "messages": [
            (
                "c",
                "ciao prof, sono [[P:Oliver]], studente erasmus da [[L:Leeds]], scusa il mio italiano",
            ),
            (
                "c",
                "non posso entrare sulla piattaforma dei quiz, dice che il mio IP [[IP:93.41.187.22]] è bloccato",
            ),
            (
                "a",
                "Ciao [[P:Oliver]]! Capita dopo troppi tentativi, ora lo sblocco. Hai provato anche da un'altra rete?",
            ),
            ("c", "sorry can I switch to english, it's easier", "en"),
            (
                "c",
                "I also tried from my flat's wifi, it shows [[IP:2a02:27b0:4c01:9e10::3f]]",
                "en",
            ),
            (
                "c",
                "my flat is [[A:via del Santo 58]], [[A:35123]] so I could also come in person if that's easier",
                "en",
            ),
            (
                "a",
                "Both unblocked now. In person is fine too, my studio is next to {{W:Prato della Valle}}. [[P:Carlo]]",
                "en",
            ),
            (
                "c",
                "cheers! my housemate [[P:Ines]] also needs help w/ {{W:Statistica}}, can I give her your number?",
                "en",
            ),
        ],
    },
    # ---------------------------------------------------------------- tailor
    {
        "business": "sarto",
        "platform": "whatsapp",
        "customer": "Matteo",
        "lang": "it",
        "start": "2025-02-10T12:50:00",
        "messages": [
            (
                "c",
                "buongiorno, mi sposo a settembre a [[L:Polignano a Mare]] e vorrei un abito su misura, stile {{B:Armani}} ma più classico",
            ),
            (
                "a",
                "Buongiorno e auguri! Lavoriamo con tessuti {{B:Vitale Barberis Canonico}} e {{B:Loro Piana}}, abiti da {{$:1.200 €}}. Quando può passare per le misure?",
            ),
            ("c", "sono [[P:Matteo Cantù]], abito a [[L:Monza]] quindi vengo in macchina"),
            (
                "c",
                "vengo con il testimone [[P:Riccardo]] e mia mamma [[P:Ornella]] che vuole dire la sua 😅",
            ),
            (
                "a",
                "Benissimo, siamo in {{W:corso Magenta 12}}, vicino a {{W:Santa Maria delle Grazie}}. Mi lascia mail e telefono?",
            ),
            ("c", "[[E:matteo.cantu@example.it]]\n[[T:0039 340 118 7762]]"),
            (
                "a",
                "Sabato {{D:15 marzo}} alle {{TM:11}}, rif. {{R:APP-0315-02}}. [[P:Lucia]] - {{B:Sartoria Morelli & Figli}}",
            ),
        ],
    },
    {
        "business": "sarto",
        "platform": "instagram",
        "customer": "marcus.delaney.atx",
        "lang": "en",
        "start": "2025-04-23T21:17:00",
        "messages": [
            (
                "c",
                "Hey! visiting milan next week from [[L:Austin]], [[L:Texas]]. can you make a suit in 5 days??",
            ),
            (
                "a",
                "Hi [[P:Marcus]]! A full bespoke takes 4 weeks, but our {{PD:Su Misura Express}} line is ready in 6 days, from {{$:890 €}}. We can ship it home.",
            ),
            (
                "c",
                "cool. ship to [[A:2207 Windsor Rd, Apt 4B]], [[L:Austin]], [[L:TX]] [[A:78703]]",
            ),
            (
                "c",
                "my insta is [[H:@marcus.delaney.atx]], portfolio [[U:https://marcusdelaney.photo]] so u see my style",
            ),
            (
                "a",
                "Shipping to the [[L:US]] is {{$:90 €}} with {{B:DHL}}. We'll take payment when you're here.",
            ),
            ("c", "can i just pay by card now? [[C:5376-1402-9385-7107]]"),
            (
                "a",
                "Please never write card numbers here, I've deleted it from our notes. We'll take payment in store. [[P:Paolo]]",
            ),
        ],
    },
    {
        "business": "sarto",
        "platform": "messenger",
        "customer": "Assunta Foti",
        "lang": "it",
        "start": "2025-07-01T10:26:00",
        "messages": [
            (
                "c",
                "salve, mio marito [[P:Cosimo]] ha un abito fatto da voi 3 anni fa ora è dimagrito 😅 potete stringerlo per posta?",
            ),
            (
                "c",
                "abitiamo a [[L:Gerace]] provincia di [[L:Reggio Calabria]], fino a {{W:Milano}} nn ce la facciamo",
            ),
            (
                "a",
                "Certo signora! Ci mandi le misure nuove e poi l'abito; il ritocco costa {{$:80 €}} più spedizione.",
            ),
            ("c", "vi scrivo indirizzo x rispedire: [[A:contrada Zammarò 4]]"),
            ("c", "[[A:89040]] [[L:Gerace]], c/o [[P:Foti Assunta]]\ncell [[T:347 – 990 12 46]]"),
            (
                "a",
                "Perfetto, rispediamo con {{B:Poste Italiane}}, vi arriva il codice {{TR:RB483920174IT}}. [[P:Lucia]]",
            ),
        ],
    },
    {
        "business": "sarto",
        "platform": "telegram",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2025-09-12T09:08:00",
        "messages": [
            (
                "c",
                "hi, i'm an architect in [[L:Torino]], i need 2 suits for work, can you invoice to my partita iva?",
            ),
            ("a", "Of course. Please send name, P.IVA, codice fiscale and address."),
            ("c", "[[P:Arjun Mehta]], P.IVA [[V:03847520412]]\nCF [[CF:MHTRJN87H20Z222R]]"),
            ("c", "studio at [[A:via Nizza 204]], [[A:10126]] [[L:Torino]]"),
            ("c", "originally from [[L:Pune]] so pls not too tight, i'm used to loose clothes lol"),
            (
                "a",
                "Noted 😄 Two suits in {{PD:lana fresca}} navy and grey, {{$:2.100 €}}, invoice {{R:FT 88/2025}}. [[P:Paolo]]",
            ),
        ],
    },
    {
        "business": "sarto",
        "platform": "whatsapp",
        "customer": "Alba R.",
        "lang": "it",
        "start": "2025-03-29T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno, vorrei un completino per la comunione di mio figlio [[P:Felice]], 9 anni",
            ),
            ("c", "si chiama [[P:Felice]] come il nonno 😄 e sarà {{W:felice}} solo se è blu"),
            (
                "a",
                "Buongiorno! Per i bambini facciamo il {{PD:Completo Cerimonia Junior}} da {{$:320 €}}. Da dove venite?",
            ),
            (
                "c",
                "siamo di [[L:Bra]] (si come il formaggio {{PD:Bra}} 😂) ma la comunione la fa dai nonni ad [[L:Alba]]",
            ),
            (
                "c",
                "io sono [[P:Alba Rinaudo]], sì mi chiamo come la città, mio marito [[P:Gianluca]] [[P:Bertola]] viene a prendere le misure",
            ),
            (
                "a",
                "Perfetto, se partite all'{{W:alba}} siete qui per le {{TM:10}} 😊 Le fissiamo sabato {{D:5 aprile}}?",
            ),
            ("c", "ok! mail [[E:alba.rinaudo@example.it]]"),
        ],
    },
    # ---------------------------------------------------------------- beekeeper
    {
        "business": "miele",
        "platform": "whatsapp",
        "customer": "Sara P.",
        "lang": "it",
        "start": "2025-12-01T18:44:00",
        "messages": [
            (
                "c",
                "ciao! vorrei 3 vasetti di {{PD:miele di castagno}} e 2 di {{PD:millefiori}} da mandare ai miei genitori x natale",
            ),
            (
                "a",
                "Ciao [[P:Sara]]! Spediamo in tutta {{W:Italia}} con {{B:BRT}}, {{$:8,90 €}} fino a 5 kg. Mi dai l'indirizzo?",
            ),
            ("c", "[[P:Franco Pellegrini]]\n[[A:via Roma 3]]\n[[A:38079]] [[L:Tione di Trento]]"),
            (
                "c",
                "citofono [[P:Pellegrini]]-[[P:Zanetti]], se nn ci sono lasciate al vicino, il sig. [[P:Bonvecchio]]",
            ),
            ("a", "Fatto! Ordine {{O:AP-4471}}, totale {{$:52,40 €}}. Il corriere parte lunedì."),
            (
                "c",
                "ti lascio il num di mio papà x il corriere [[T:0465 322 918]] grazie!! [[P:sara]]",
            ),
            ("a", "Tracking {{TR:0465 3229 1800 7}} 🐝"),
        ],
    },
    {
        "business": "miele",
        "platform": "instagram",
        "customer": "hannah_whit",
        "lang": "en",
        "start": "2025-10-15T20:31:00",
        "messages": [
            (
                "c",
                "hi do you ship to [[L:Scotland]]? my sister [[P:Rebecca]] lives in [[L:Inverness]]",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Yes, we ship to the [[L:UK]] with customs included, {{$:24 €}}. Which honey would you like?",
            ),
            (
                "c",
                "the {{PD:acacia honey}} and the {{PD:honeycomb box}}. she's at [[A:14 Culduthel Gardens]], [[L:Inverness]] [[A:IV2 4AB]]",
            ),
            ("c", "and can you add a note 'happy birthday [[P:Becs]]! love [[P:Han]] & [[P:Tom]]'"),
            ("a", "Of course 💛 Order {{O:AP-4520}}, {{$:47 €}} in total."),
            ("c", "thx! my [[L:UK]] number in case [[T:+44 7911 482 306]]"),
        ],
    },
    {
        "business": "miele",
        "platform": "telegram",
        "customer": "Bruno L",
        "lang": "it",
        "start": "2025-08-05T06:52:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Bruno Lazzarini]] dell'{{B:Osteria da Bruno}}, vorrei 20 kg di {{PD:miele di tiglio}} x i dolci",
            ),
            (
                "c",
                "fattura su P.IVA [[V:06193840581]], mail [[E:bruno.lazzarini chiocciola osteriamail punto it]]",
            ),
            (
                "a",
                "Buongiorno [[P:Bruno]]! 20 kg in latte da 5 kg, {{$:310 €}} IVA inclusa. Consegna al ristorante?",
            ),
            ("c", "no a casa mia che c'è sempre qualcuno: [[A:località Ospitale 12/b]]"),
            ("c", "[[A:41021]] [[L:Fanano]]. se nn ci sono chiedete a mia moglie [[P:Graziella]]"),
            (
                "a",
                "Perfetto, ordine {{O:AP-4502}}, consegna giovedì {{D:7 agosto}}. [[P:Marta]] - {{B:Apicoltura Valle dei Tigli}}",
            ),
        ],
    },
    {
        "business": "miele",
        "platform": "messenger",
        "customer": "Agnieszka Wójcik",
        "lang": "it",
        "start": "2025-11-20T13:13:00",
        "messages": [
            ("c", "buongiorno io sono [[P:Agnieszka]], polacca abito a [[L:Vignola]] da 5 anni"),
            ("c", "volio mandare miele a mia mama in [[L:Polonia]], a [[L:Kraków]], possibile??"),
            (
                "a",
                "Buongiorno [[P:Agnieszka]]! Sì, spediamo in tutta l'{{W:Unione Europea}}, {{$:19 €}} per la [[L:Polonia]].",
            ),
            (
                "c",
                "indirizo [[A:ul. Długa 17 m. 4]], [[A:31-147]] [[L:Kraków]], nome [[P:Halina Wójcik]]",
            ),
            (
                "c",
                "posso mettere anche {{PD:Grana Padano}} e {{PD:Aceto Balsamico di Modena}} dentro il pacco?",
            ),
            (
                "a",
                "Purtroppo spediamo solo i nostri prodotti, ma possiamo aggiungere le {{PD:caramelle al miele}} 😊",
            ),
            ("c", "va bene grazie mille!!! dziękuję 🙏 il mio numero [[T:+48 601 238 447]]"),
        ],
    },
    {
        "business": "miele",
        "platform": "whatsapp",
        "customer": "Kayla",
        "lang": "en",
        "start": "2025-04-02T16:37:00",
        "messages": [
            (
                "c",
                "hey! I want to 'adopt' a hive for my husband [[P:Dev]], is that a thing you do?",
            ),
            (
                "a",
                "Yes! {{PD:Adotta un Alveare}} is {{$:59 €}} a year, with 6 jars and a name plate on the hive.",
            ),
            (
                "c",
                "great, we live in [[L:Lucca]] now, moved from [[L:Portland]] last year so maybe we visit the bees",
            ),
            (
                "c",
                "provo in italiano: la targhetta deve dire 'alveare di [[P:Dev]] e [[P:Kayla]]'",
                "it",
            ),
            (
                "c",
                "ah e mi avete addebitato due volte 😕 rimborso su [[I:IT04Q0200811770000104938275]] per favore",
                "it",
            ),
            ("a", "Ci scusiamo! Rimborso di {{$:59 €}} disposto oggi, rif. {{R:RIMB-0092}}.", "it"),
            ("c", "thanks!! my email for the certificate [[E:kayla.brooks[at]example[dot]com]]"),
        ],
    },
    # ---------------------------------------------------------------- home nursing
    {
        "business": "cura",
        "platform": "whatsapp",
        "customer": "Elena Marchetti",
        "lang": "it",
        "start": "2025-01-22T07:45:00",
        "messages": [
            (
                "c",
                "buongiorno, mia mamma [[P:Giovanna]] è stata operata al femore, esce da {{W:Careggi}} venerdì, ci serve un'infermiera x le medicazioni",
            ),
            (
                "c",
                "abita da sola a [[L:Sesto Fiorentino]], [[A:via Gramsci 415, 3° piano]], c'è l'ascensore",
            ),
            (
                "a",
                "Buongiorno [[P:Elena]], possiamo mandare un'infermiera ogni mattina, {{$:38 €}} a accesso. Chi è il medico di base?",
            ),
            (
                "c",
                "il dott. [[P:Pagnini]]. io abito a [[L:Bologna]] quindi nn posso esserci sempre, la vicina [[P:Loredana]] ha le chiavi",
            ),
            ("c", "mio num [[T:333 80 41 627]]\nmail [[E:elena.marchetti76@example.com]]"),
            (
                "a",
                "Perfetto, primo accesso sabato {{D:25 gennaio}} alle {{TM:8:30}}, pratica {{R:CS-2025-031}}. [[P:Silvia]] - {{B:Casa Serena}}",
            ),
        ],
    },
    {
        "business": "cura",
        "platform": "messenger",
        "customer": "Thomas Keller",
        "lang": "en",
        "start": "2025-02-03T17:02:00",
        "messages": [
            (
                "c",
                "Good evening, I'm writing from [[L:Zürich]], my father [[P:Heinrich Keller]] lives alone in [[L:Fiesole]] and needs help",
            ),
            ("c", "Seine Adresse ist [[A:via Vecchia Fiesolana 26]], oben beim Hügel", "de"),
            (
                "c",
                "sorry, that's his address. he has early dementia, he still calls me [[P:Tomi]] but forgets things",
            ),
            (
                "a",
                "Good evening [[P:Thomas]], we can arrange a carer for mornings and evenings. Is there anybody nearby?",
            ),
            (
                "c",
                "the housekeeper [[P:Marisol]] is there mornings, her number [[T:+39 320 6615 298]]\nmy Swiss mobile [[T:+41 79 482 31 07]]",
            ),
            (
                "c",
                "his CF for the paperwork: [[CF:KLLHRC41A05Z133P]], email me at [[E:t.keller@example.ch]]",
            ),
            (
                "a",
                "Thank you. Our coordinator will visit on {{D:Friday 7 February}} at {{TM:11:00}}. [[P:Silvia]]",
            ),
        ],
    },
    {
        "business": "cura",
        "platform": "telegram",
        "customer": "renzo baldini",
        "lang": "it",
        "start": "2025-10-28T09:21:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:renzo baldini]] ho 84 anni il numero me lo ha dato mio nipote [[P:Andrea]] mi serve qualcuno x la spesa e le pastiglie che da solo nn ce la faccio piu",
            ),
            (
                "c",
                "abito in [[A:via di Ripoli 98]] a [[L:Firenze]] sotto al {{W:Piazzale Michelangelo}} dove ci sono i pullman dei turisti",
            ),
            (
                "a",
                "Buongiorno signor [[P:Baldini]], certo. Possiamo mandare un'operatrice tre volte a settimana.",
            ),
            (
                "c",
                "eh la signora [[P:Teresa]] che veniva prima è andata in pensione e ora sono solo",
            ),
            ("c", "chiamate [[P:andrea]] che sa lui tutto [[T:3471122093]]"),
            (
                "a",
                "Chiamiamo oggi suo nipote. Rif. {{R:CS-2025-288}}. Buona giornata! [[P:Ilaria]]",
            ),
        ],
    },
    {
        "business": "cura",
        "platform": "whatsapp",
        "customer": "Olena",
        "lang": "it",
        "start": "2025-07-09T15:15:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Olena Kovalenko]], da [[L:Ucraina]], [[L:Leopoli]]. cerco lavoro come badante",
            ),
            ("c", "abito a [[L:Prato]] da mia cugina [[P:Iryna]], [[A:via Pistoiese 310]]"),
            (
                "a",
                "Buongiorno [[P:Olena]], grazie! Ha esperienza con persone allettate? Dove può lavorare?",
            ),
            (
                "c",
                "si 6 anni con signora anziana a [[L:Pistoia]]. posso lavorare a [[L:Campi Bisenzio]] o [[L:Signa]], nn ho macchina",
            ),
            (
                "c",
                "stipendio su conto di mia sorella in [[L:Germania]] [[I:DE44500105175407324931]] si puo?",
            ),
            (
                "a",
                "Serve un conto a suo nome, ma ne parliamo al colloquio: lunedì {{D:14 luglio}} alle {{TM:10}} in sede, {{W:via Baracca}} vicino alla {{W:Coop}}. [[P:Ilaria]]",
            ),
        ],
    },
    {
        "business": "cura",
        "platform": "instagram",
        "customer": "ilaria.ndy",
        "lang": "it",
        "start": "2025-12-09T21:48:00",
        "messages": [
            ("c", "salve x mio papà [[P:Mamadou Ndiaye]] serve assistenza notturna, ha 79 anni"),
            ("c", "il cognome si scrive [[P:N-D-I-A-Y-E]] perché al telefono sbagliano sempre"),
            ("c", "abitiamo a [[L:Scandicci]], [[A:via Pisana 9]]"),
            ("c", "[[A:scala C int. 12]]"),
            ("a", "Buonasera, l'assistenza notturna costa {{$:110 €}} a notte. Chi c'è di giorno?"),
            (
                "c",
                "la badante di giorno è [[P:Fatou]], io lavoro a [[L:Lione]] e torno ogni 2 settimane. il mio ig se serve [[H:@ilaria.ndy]]",
            ),
            (
                "a",
                "Perfetto, pratica {{R:PR-7741}}, partiamo domenica {{D:14 dicembre}}. [[P:Silvia]]",
            ),
        ],
    },
    {
        "business": "cura",
        "platform": "messenger",
        "customer": "Giuseppe Russo",
        "lang": "it",
        "start": "2025-03-20T11:31:00",
        "messages": [
            (
                "c",
                "salve qui [[P:Peppe]], mia moglie [[P:Carmela]] è ricoverata a {{W:Santa Maria Nuova}} e dopo la festa di {{W:San Giuseppe}} la dimettono",
            ),
            (
                "c",
                "ci serve una persona x alzarla e lavarla la mattina, abitiamo in [[A:via Faentina 160]] [[L:Firenze]] [[A:50133]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Russo]], {{$:25 €}} l'ora, minimo 2 ore. Paga con bonifico o carta?",
            ),
            ("c", "carta [[C:4917 0258 3619 0448]]"),
            (
                "a",
                "Per sicurezza non scriva la carta in chat, le mandiamo un link di pagamento. [[P:Ilaria]]",
            ),
            (
                "c",
                "scusate nn sono pratico 😅 mio figlio [[P:Salvatore]] mi aiuta, sta a [[L:Napoli]] ma chiama tutti i giorni",
            ),
        ],
    },
    # ---------------------------------------------------------------- extra conversations
    {
        "business": "vela",
        "platform": "whatsapp",
        "customer": "Marghe 🌸",
        "lang": "it",
        "start": "2025-05-06T19:19:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Margherita]] (si come la pizza 🍕) organizzo l'addio al nubilato della mia amica [[P:Serena]] [[P:Colombo]], siamo in 8",
            ),
            (
                "c",
                "veniamo da [[L:Brescia]], [[L:Desenzano]] e una da [[L:Verona]], dormiamo tutte in agriturismo a [[L:Capalbio]]",
            ),
            (
                "a",
                "Ciao [[P:Margherita]]! Uscita privata in catamarano {{$:95 €}} a testa, con aperitivo e {{PD:Prosecco}} a bordo. Che data avete in mente?",
            ),
            (
                "c",
                "{{D:sabato 21 giugno}}! i nomi x la lista:\n[[P:Serena Colombo]]\n[[P:Giada Ferrari]]\n[[P:Noemi]] [[P:Bertazzoli]]\n[[P:Yasmine El Amrani]]\n[[P:Chiara Pozzi]]\n[[P:Vale]]\n[[P:Francy]]\ne io [[P:Margherita Tonoli]]",
            ),
            (
                "c",
                "la sposa nn deve sapere niente!!! scrivete solo a me o a [[P:vale]] [[T:+39 331 904 5582]]",
            ),
            ("c", "e a fine giro ci portate a mangiare una {{PD:margherita}} vera? 😂"),
            (
                "a",
                "Certo, c'è una pizzeria sul porto di {{W:Talamone}} 😄 Prenotazione {{R:CAT-0621-08}}. [[P:Marco]]",
            ),
            (
                "c",
                "il mio insta x taggarvi [[H:@marghe.tonoli]] e quello della sposa [[U:www.instagram.com/serenacolombo.sposa]]",
            ),
        ],
    },
    {
        "business": "mobili",
        "platform": "messenger",
        "customer": "Khaled Mansour",
        "lang": "it",
        "start": "2025-09-24T20:05:00",
        "messages": [
            (
                "c",
                "buonasera, trasloco da [[L:Carpi]] a [[L:Sassuolo]] e vorrei vendervi il divano letto e comprare da voi un tavolo allungabile + 6 sedie",
            ),
            (
                "a",
                "Buonasera! Il {{PD:tavolo allungabile in rovere}} è {{$:380 €}}, le sedie {{$:40 €}} l'una. Per il divano letto offriamo {{$:60 €}}. Dove ritiriamo?",
            ),
            ("c", "ritiro a [[A:via Cattani 51, piano terra]], [[A:41012]] [[L:Carpi]]"),
            ("c", "consegna nella casa nuova: [[A:via Radici in Piano 77]]"),
            (
                "c",
                "[[A:41049]] [[L:Sassuolo]], sul citofono c'è ancora il nome del vecchio proprietario [[P:Montanari]]",
            ),
            (
                "c",
                "io sono [[P:Khaled Mansour]], mia moglie [[P:Samira]] sarà lì tutto il giorno, io lavoro a [[L:Maranello]] da {{B:Ferrari}} 😅\ntel [[T:+39 366 17 40 923]] mail [[E:k.mansour@example.it]]",
            ),
            (
                "a",
                "Perfetto [[P:Khaled]], ordine {{O:BU-21310}}: ritiro e consegna lo stesso giorno, mercoledì {{D:1 ottobre}}. [[P:Davide]]",
            ),
            (
                "c",
                "ah ultima cosa, la casa nuova è al [[A:secondo piano int. 5]] senza ascensore, scusate 🙈",
            ),
        ],
    },
    {
        "business": "tutor",
        "platform": "telegram",
        "customer": "Youssef",
        "lang": "en",
        "start": "2025-08-12T10:40:00",
        "messages": [
            (
                "c",
                "hi prof, my name is [[P:Youssef Benali]], i come from [[L:Casablanca]] and i start engineering in [[L:Padova]] in october",
            ),
            (
                "c",
                "i am still in [[L:Morocco]] until september, can we start online for {{W:Fisica 1}}?",
            ),
            (
                "a",
                "Hi [[P:Youssef]], welcome! Yes, online is fine, {{$:35 €}} per hour. Where will you live in [[L:Padova]]?",
            ),
            ("c", "at [[A:via Belzoni 92]] with my cousin [[P:Hamza]], he is there since 2 years"),
            (
                "c",
                "phone [[T:+212 661 43 27 08]], telegram [[H:@youss3f_b]]\ni also explain exercises on my channel [[U:youtube.com/@youssefsolves]] lol",
            ),
            ("c", "Merci prof, à bientôt !", "fr"),
            (
                "a",
                "First lesson on {{D:1 September}} at {{TM:16:00}}, ref {{R:LEZ-0901-01}}. [[P:Carlo]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(98, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
