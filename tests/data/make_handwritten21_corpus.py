# ruff: noqa: E501
"""Hand-written blind test corpus no. 21 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten21_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a land surveyor's office (geometra: cadastre,
floor plans, building permits) in Modena, a tango and salsa dance school in Verona, a chimney
sweep in Valtellina, a co-working space in Milan, a private investigator agency in Rimini, and a
car-wash and detailing shop in Brescia.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten21_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten21_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "geometra": "Studio Tecnico Geom. Baraldi & Zanasi",
    "tango": "Milonga Arena Scuola di Tango e Salsa",
    "sweep": "Spazzacamino Alta Valle snc",
    "cowork": "Navigli Hub Coworking",
    "detective": "Agenzia Investigativa Adriatica",
    "carwash": "Lucido Car Wash & Detailing",
}
PAGE_IDS: dict[str, str] = {
    "geometra": "572104400000117",
    "tango": "572104400000228",
    "sweep": "572104400000339",
    "cowork": "572104400000441",
    "detective": "572104400000552",
    "carwash": "572104400000663",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Geometra: Emilian pensioner, cadastral search for his late father's house
    {
        "business": "geometra",
        "platform": "messenger",
        "customer": "Ivano Malagoli",
        "lang": "it",
        "start": "2026-02-03T08:12",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Malagoli Ivano]], abito a [[L:Formigine]] in [[A:via Giardini Sud 88]]. Mi serve una visura catastale della casa che era di mio babbo [[P:Arnaldo]] buonanima. Ci vuole tanto?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Malagoli]], la visura la facciamo in giornata. Se ha foglio e mappale ci aiuta, altrimenti basta l'indirizzo dell'immobile. Costo {{$:25 euro}} + IVA.\n[[P:Elisa]] - {{B:Studio Baraldi}}",
            ),
            (
                "c",
                "adesso a guard... {{R:foglio 14 mappale 302 sub 4}}. Ma l'è a [[L:Casinalbo]] mica a [[L:Formigine]] centro, l'è uguale?",
            ),
            (
                "a",
                "Va benissimo, [[L:Casinalbo]] è frazione di [[L:Formigine]], al catasto è lo stesso comune. A che indirizzo email le mandiamo il pdf?",
            ),
            (
                "c",
                "[[E:ivano.malagoli58@libero.it]] oppure se non arriva chiamate mia nuora [[P:Debora]] al [[T:347 881 2290]] che lei col computer l'è più brava di me",
            ),
            ("a", "Ricevuto, entro stasera le arriva. Saluti anche a [[P:Debora]]! [[P:Elisa]]"),
        ],
    },
    # 2. Geometra: English buyer of a farmhouse in the hills, conformity report before the deed
    {
        "business": "geometra",
        "platform": "whatsapp",
        "customer": "Harriet Oyelaran-Smith",
        "lang": "en",
        "start": "2026-02-05T10:30",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Harriet Oyelaran-Smith]]. I'm buying a small farmhouse in [[L:Castelvetro di Modena]] (the one at [[A:via Sinistra Guerro 41]]) and the notary, dott. [[P:Lugli]], says I need a 'relazione di conformità'. Can your office do it before {{D:12 May}}?",
            ),
            (
                "a",
                "Good morning Mrs [[P:Oyelaran-Smith]], yes, we prepare the relazione tecnica integrata for the rogito. I need to visit the property and compare it with the plans filed at the Comune. Our fee is {{$:€650}} + IVA and cassa geometri.\ngeom. [[P:Corrado Baraldi]]",
            ),
            (
                "c",
                "Brilliant. The seller is Mr [[P:Fontana]], his daughter [[P:Silvia]] has the keys, her number is [[T:+39 333 410 7789]]. My husband [[P:Kwame]] will come too, he speaks a bit of Italian lol",
            ),
            (
                "a",
                "Perfect, I'll call [[P:Silvia]] today and propose {{D:Thursday}} at {{TM:9:30}}. For the invoice I need your codice fiscale and a postal address in Italy, if you have one.",
            ),
            (
                "c",
                "CF is [[CF:YLRHRT79C62Z114Y]]. For now use our rental: [[A:Strada Nuova 7/A]], [[L:Vignola]]. And pls email the quote to [[E:harriet.os@proton.me]] so [[P:Kwame]] sees it too 🙏",
            ),
            ("a", "Done, quote sent. See you {{D:Thursday}}! [[P:Corrado]]"),
        ],
    },
    # 3. Geometra: Ukrainian resident needs a floor plan for the housing suitability certificate
    {
        "business": "geometra",
        "platform": "whatsapp",
        "customer": "Oksana Hrytsenko",
        "lang": "it",
        "start": "2026-02-09T16:05",
        "messages": [
            (
                "c",
                "Buonasera. Io sono [[P:Oksana]], ucraina, abito a [[L:Modena]] zona [[L:Sacca]]. Per ricongiungimento con mio figlio [[P:Taras]] la Questura chiede idoneita alloggiativa e planimetria. Voi fate?",
            ),
            (
                "a",
                "Buonasera [[P:Oksana]], sì, facciamo la planimetria in scala e la relazione per l'idoneità alloggiativa. Ci serve il contratto d'affitto e il nome del proprietario.",
            ),
            (
                "c",
                "Proprietario e signor [[P:Guerzoni Walter]], lui abita sotto di me. Indirizzo [[A:via Canaletto Centro 212]], terzo piano, interno 9",
            ),
            (
                "c",
                "sorry my italian is not so good, can I write english? the appointment in Questura is {{D:3 March}}",
                "en",
            ),
            (
                "a",
                "Of course! We can come on {{D:Saturday}} morning to measure. I'll send you the price by message: {{$:180 euro}} all included. Call me if anything: [[T:059 21 44 873]] - [[P:Elisa]]",
                "en",
            ),
            (
                "c",
                "thank you so much [[P:Elisa]] ❤️ I tell [[P:Walter]] to open the cellar too",
                "en",
            ),
        ],
    },
    # 4. Geometra: architect writing formal, e-mail-like messages about a CILA
    {
        "business": "geometra",
        "platform": "messenger",
        "customer": "Lorenzo Vaccari",
        "lang": "it",
        "start": "2026-02-11T07:48",
        "messages": [
            (
                "c",
                "Gentile geom. [[P:Zanasi]],\nle scrivo per conto della mia cliente, sig.ra [[P:Carla Benatti]], proprietaria dell'unità in [[A:viale Storchi 19]] a [[L:Modena]]. Dovremmo presentare una CILA per la demolizione di un tramezzo e lo spostamento del bagno. Avrebbe disponibilità per l'aggiornamento catastale a fine lavori (DOCFA)?\nCordiali saluti,\narch. [[P:Lorenzo Vaccari]]\n[[T:335.612.0947]]",
            ),
            (
                "a",
                "Gentile arch. [[P:Vaccari]],\nla ringrazio. Sì, possiamo occuparci del DOCFA e, se utile, anche della pratica edilizia. Per il preventivo mi servirebbero la planimetria attuale e il progetto. La sig.ra [[P:Benatti]] è intestataria unica?\nCordialmente,\ngeom. [[P:Michele Zanasi]]",
            ),
            (
                "c",
                "Intestataria al 50% con il marito, sig. [[P:Ugo Pellacani]]. Le giro i file via mail, mi conferma [[E:m.zanasi@studiobaraldizanasi.it]]?",
            ),
            ("a", "Confermo. Preventivo entro {{D:venerdì 13}}. Un saluto, [[P:Zanasi]]"),
            (
                "c",
                "Perfetto. Inizio lavori previsto per il {{D:2 marzo}}, l'impresa è la {{B:Edil Secchia}}. Buona giornata.",
            ),
        ],
    },
    # 5. Geometra: Chinese shop owner, change of use and cadastral registration
    {
        "business": "geometra",
        "platform": "instagram",
        "customer": "Chen Lei",
        "lang": "en",
        "start": "2026-02-16T13:20",
        "messages": [
            (
                "c",
                "hi, i am [[P:Chen Lei]], i want to open nail shop in [[L:Carpi]], the place was a bank office before. my friend [[P:Zhou Min]] say you can do the papers",
            ),
            (
                "a",
                "Hi [[P:Lei]]! Yes, a change of use from office to beauty shop needs a SCIA at the Comune di [[L:Carpi]] and a new cadastral category. What's the address?",
            ),
            (
                "c",
                "[[A:corso Alberto Pio 36]]. landlord is [[P:Rossi]] family, the son [[P:Andrea Rossi]] do everything, his number [[T:338-190-6624]]",
            ),
            (
                "a",
                "Va bene. Quote is {{$:€1.200}} + IVA for SCIA + DOCFA. I need your codice fiscale for the mandate.",
                "en",
            ),
            (
                "c",
                "[[CF:CHNLEI92E45Z210L]]. we can pay half now half after? my husband [[P:Wang Jun]] ask",
                "en",
            ),
            (
                "a",
                "Sure, 50% at signing. I'll send the mandate to sign, ciao [[P:Lei]]! — [[P:Michele]]",
            ),
        ],
    },
    # 6. Geometra: English freelancer asking about a pergola
    {
        "business": "geometra",
        "platform": "instagram",
        "customer": "tom.whitcombe.photo",
        "lang": "en",
        "start": "2026-02-20T18:44",
        "messages": [
            (
                "c",
                "Hey! [[P:Tom]] here ([[H:@tom.whitcombe.photo]]). Moved to [[L:Sassuolo]] last year, want to put a wooden pergola in the garden. Do I need a permit in Italy or is it like the UK where you just build it 😅",
            ),
            (
                "a",
                "Hi [[P:Tom]]! Depends on size and if it's closed. A light bioclimatic pergola is usually edilizia libera, but in some zones there are landscape constraints. Send me the address and I'll check the plan regolatore.",
            ),
            (
                "c",
                "[[A:via Radici in Piano 150]], the garden faces the street. My neighbour Mrs [[P:Ferrara]] already has one, the {{PD:Pergola Sole 4x3}} from {{B:Leroy Merlin}}",
            ),
            (
                "a",
                "That area is fine, no constraints. With that size it's free building, but I'd still do a short CILA-free note for your records. {{$:120 euro}}.",
            ),
            (
                "c",
                "Deal. Invoice to [[P:Thomas Whitcombe]], email [[E:tom [at] whitcombephoto [dot] co [dot] uk]]. Cheers!",
            ),
        ],
    },
    # 7. Geometra: Emilian lady, boundary dispute with the neighbour
    {
        "business": "geometra",
        "platform": "whatsapp",
        "customer": "Loredana Bergonzini",
        "lang": "it",
        "start": "2026-02-24T09:02",
        "messages": [
            ("c", "BUONGIORNO SONO [[P:LOREDANA BERGONZINI]] DI [[L:CASTELFRANCO EMILIA]]", "it"),
            (
                "c",
                "scusi il maiuscolo. il mio vicino [[P:Tagliavini]] ha messo la rete 40 cm dentro il mio cortile e dice che è suo. io non ci sto mica!! mi serve un rilievo dei confini",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Bergonzini]], facciamo il rilievo con GPS e la sovrapposizione con la mappa catastale e il tipo di frazionamento. Dove si trova il terreno?",
            ),
            (
                "c",
                "frazione [[L:Piumazzo]], [[A:via Muzza Corona 54]]. il vicino si chiama [[P:Nerino Tagliavini]], è parente del sindaco pensi un po'. mio figlio [[P:Stefano]] dice di farlo fare a voi",
            ),
            (
                "a",
                "Capisco. Possiamo venire {{D:martedì}} alle {{TM:14.30}}. Se c'è anche [[P:Stefano]] meglio, così vi spiego. Per la fattura: nome completo e codice fiscale?",
            ),
            (
                "c",
                "la fattura a mio figlio, [[P:Righetti Stefano]] [[CF:RGHSFN71C14F257K]], lui paga. grazie geometra!! Dio la benedica",
            ),
        ],
    },
    # 8. Tango school: Veronese mum enrolling her daughter in the kids' salsa course
    {
        "business": "tango",
        "platform": "whatsapp",
        "customer": "Marta Zanetti",
        "lang": "it",
        "start": "2026-01-12T17:15",
        "messages": [
            (
                "c",
                "Ciao! Go visto el volantin del corso de salsa per tosati 😄 Mia fiola [[P:Gaia]] ga 11 anni, se pol ancora iscriverse?",
            ),
            (
                "a",
                "Ciao! Certo, il corso junior è il {{D:mercoledì}} alle {{TM:17:00}} con [[P:Yanet]]. Quota {{$:45 € al mese}} più tessera ASD {{$:15 €}}.",
            ),
            (
                "c",
                "Perfeto. Per la detrazione delle spese sportive la ricevuta deve essere intestata a mi, giusto? [[P:Zanetti Marta]] [[CF:ZNTMRT85T52L781R]]",
            ),
            (
                "a",
                "Esatto, ricevuta a te con il codice fiscale di [[P:Gaia]] nella causale. Mandami anche il suo per favore 🙏",
            ),
            (
                "c",
                "Te lo mando stasera che el ze nel cassetto de me marì [[P:Nicola]]. Vien anca la so amica [[P:Sofia Tosi]], la mama xe [[P:Elena]], ve scrive ela",
            ),
            (
                "a",
                "Benissimo, vi aspettiamo! A mercoledì 💃 [[P:Anna]] - segreteria {{B:Milonga Arena}}",
            ),
        ],
    },
    # 9. Tango school: English beginner asking about salsa with her partner
    {
        "business": "tango",
        "platform": "instagram",
        "customer": "Grace Whitfield",
        "lang": "en",
        "start": "2026-01-14T20:02",
        "messages": [
            (
                "c",
                "Hi!! Total beginner here. Me and my boyfriend [[P:Mark]] want to try salsa, we live in [[L:Borgo Trento]]. Do the classes run in English at all?",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Our teachers speak English, don't worry 😊 The beginners' salsa cubana is {{D:Tuesday}} {{TM:20:30}}. First trial lesson is free.",
            ),
            (
                "c",
                "Amazing. Can I book us both? [[P:Grace Whitfield]] and [[P:Mark Delaney-Hughes]]. [[P:Mark]] has two left feet so be patient lol",
            ),
            (
                "a",
                "Booked! [[P:Grace Whitfield]] + [[P:Mark Delaney-Hughes]], {{D:Tuesday 20th}}. Bring comfy shoes. The studio is at [[A:via Santa Teresa 3]], entrance from the courtyard.",
                "en",
            ),
            ("c", "we'll be there. my number in case: [[T:+44 7700 918442]]"),
            ("a", "Perfect, see you then! ¡Nos vemos! [[P:Yanet]] 💃"),
        ],
    },
    # 10. Tango school: Romanian student asking a refund for a cancelled workshop
    {
        "business": "tango",
        "platform": "messenger",
        "customer": "Daniela Popa",
        "lang": "en",
        "start": "2026-01-19T11:40",
        "messages": [
            (
                "c",
                "Buna ziua, sorry, good morning. I am [[P:Daniela Popa]], I paid the tango weekend workshop with maestro [[P:Facundo Ibarra]] but I read it is cancelled?",
            ),
            (
                "a",
                "Hi [[P:Daniela]], yes, unfortunately [[P:Facundo]] broke his ankle 😔 We refund everyone, or you can keep the credit for the {{W:Carnevale}} workshop in February. What do you prefer?",
            ),
            (
                "c",
                "Refund please, I go back to [[L:Cluj]] for some months. My account is in Romania: [[I:RO31BTRL01301205N48214XX]], name [[P:Popa Daniela]]",
                "en",
            ),
            (
                "a",
                "Got it. Just to check, the account holder is you, [[P:Popa Daniela]]? Refund is {{$:€90}}, you'll see it in 3-5 days.",
            ),
            (
                "c",
                "yes is me. Please say hello to [[P:Chiara]] and [[P:Matteo]] from the Thursday class, multumesc!",
            ),
            ("a", "Will do! Drum bun, [[P:Dani]] 🇷🇴 — [[P:Anna]]"),
        ],
    },
    # 11. Tango school: Veronese milonguera, Instagram, complaining about the floor
    {
        "business": "tango",
        "platform": "instagram",
        "customer": "rosa_finotti_tango",
        "lang": "it",
        "start": "2026-01-25T23:10",
        "messages": [
            (
                "c",
                "ciao ragazzi, bellissima la milonga de stasera ma el pavimento iera un saponeta 😅 go scivolà do volte. [[P:Rosa]] (quela col vestito verde)",
            ),
            (
                "a",
                "Ciao [[P:Rosa]]! Hai ragione, abbiamo cambiato cera e non ci siamo trovati. Da {{D:sabato}} torniamo alla solita. Grazie per avercelo detto 🙏",
            ),
            (
                "c",
                "figurite. ah, chi iera el tanguero alto con la camicia nera? el balava da Dio 😍",
            ),
            (
                "a",
                "Ahah, per privacy non possiamo dare i contatti... ma è [[P:Ettore]], viene ogni sabato, chiediglielo tu! 😉",
            ),
            (
                "c",
                "ahahah ok. tagheme nela storia che ghe fasso vedere a [[P:Lucia]] [[H:@rosa_finotti_tango]]",
            ),
            ("a", "Fatto! E taggiamo anche [[H:@lucia.bertoldi]]? 💃🕺"),
        ],
    },
    # 12. Tango school: Nigerian nurse booking private lessons, substitute teacher
    {
        "business": "tango",
        "platform": "whatsapp",
        "customer": "Joy Adeyemi",
        "lang": "en",
        "start": "2026-02-02T08:55",
        "messages": [
            (
                "c",
                "Good morning. My name is [[P:Joy Adeyemi]], I am a nurse at the hospital in [[L:Borgo Roma]] and I work shifts. Do you do private salsa lessons at flexible times?",
            ),
            (
                "a",
                "Good morning [[P:Joy]]! Yes, private lessons with [[P:Yanet]] or [[P:Rodrigo]], {{$:€40}} per hour. Which days are you free?",
            ),
            (
                "c",
                "Mondays after {{TM:2pm}}. Can my colleague [[P:Chiamaka]] join? Same price split? 😄",
            ),
            (
                "a",
                "Of course, couple lesson same price. [[P:Rodrigo]] is on holiday until the 10th, so first lesson with [[P:Yanet]]. Monday {{D:9 February}} {{TM:15:00}}?",
            ),
            (
                "c",
                "Perfect!! [[P:Chiamaka]]'s number is [[T:+39 320 557 1093]] in case we're late. God bless 🙏🏾",
            ),
            ("a", "See you Monday [[P:Joy]] & [[P:Chiamaka]]! 💃🏾"),
        ],
    },
    # 13. Tango school: Venetian pensioner asking about the summer milonga
    {
        "business": "tango",
        "platform": "messenger",
        "customer": "Giuseppe Ferrara",
        "lang": "it",
        "start": "2026-02-06T15:30",
        "messages": [
            (
                "c",
                "Bondì, son [[P:Bepi]] [[P:Ferrara]], go 74 ani e balo el tango da quando gavevo 30. Fè la milonga anca a {{W:Ferragosto}} sto ano?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Ferrara]]! Sì, il {{D:15 agosto}} facciamo la milonga all'aperto al {{W:Lazzaretto}}, dalle {{TM:21}} a mezzanotte. Ingresso {{$:10 euro}}.",
            ),
            (
                "c",
                "Benon. Vegno co la me morosa, la [[P:Franca Bonomo]] de [[L:San Zeno]]. Bisogna prenotar?",
            ),
            (
                "a",
                "Non serve, ma se vuole vi metto in lista: [[P:Giuseppe Ferrara]] + [[P:Franca Bonomo]]. Le mando promemoria qui su Messenger 😊",
            ),
            ("c", "Grassie tosa! Saludi a [[P:Anna]] e al maestro [[P:Gianfranco]]"),
        ],
    },
    # 14. Tango school: English couple, first dance for their wedding at Lake Garda
    {
        "business": "tango",
        "platform": "whatsapp",
        "customer": "Hope Kirkland",
        "lang": "en",
        "start": "2026-02-12T19:25",
        "messages": [
            (
                "c",
                "Hiya! I'm [[P:Hope]], getting married in [[L:Bardolino]] in June to my fiancé [[P:Callum Reid]] 💍 We want to do a tango for our first dance. Is that mad?",
            ),
            (
                "a",
                "Not mad at all, [[P:Hope]], it's lovely! We do wedding packages: 6 private lessons and a choreography on your song. {{$:€360}}. What's the song?",
            ),
            (
                "c",
                "{{PD:Por Una Cabeza}}, [[P:Callum]]'s choice (he watched {{W:Scent of a Woman}} too many times 🙈)",
            ),
            (
                "a",
                "Classic! [[P:Gianfranco]] will teach you, he's our tango maestro. When are you in [[L:Verona]]?",
            ),
            (
                "c",
                "We fly in from [[L:Leeds]] on {{D:3 April}} and stay at [[P:Callum]]'s mum's flat in [[L:Peschiera del Garda]]. Email me on [[E:hope.kirkland@outlook.com]] with the plan? x",
            ),
            ("a", "Will do, [[P:Hope]]! Congratulations to you and [[P:Callum]] 🥂"),
        ],
    },
    # 15. Chimney sweep: Valtellina, older customer named after an angel
    {
        "business": "sweep",
        "platform": "messenger",
        "customer": "Angelo Bergamo",
        "lang": "it",
        "start": "2025-10-06T07:30",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Angelo Bergamo]] di [[L:Sondrio]], devo far pulire la canna fumaria della stufa a legna prima dell'inverno. Quando passate?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bergamo]]! Questo mese siamo in zona [[L:Sondrio]] il {{D:14}} e il {{D:21 ottobre}}. Pulizia canna + controllo {{$:90 €}}, con rilascio del rapporto per l'assicurazione.",
            ),
            (
                "c",
                "il 21 va bene. abito in [[A:via Vanoni 27]], ultimo campanello, c'è scritto [[P:Bergamo-Songini]]. se non rispondo chiamate mia moglie [[P:Rosa]] [[T:0342 514 302]]",
            ),
            (
                "a",
                "Segnato {{D:martedì 21}}, verso le {{TM:9}}. Viene [[P:Ivan]], il nostro spazzacamino. La stufa è una {{B:Rizzoli}} o una {{B:Piazzetta}}?",
            ),
            (
                "c",
                "una {{B:Piazzetta}} vecchia del 98, l'ha montata il povero [[P:Gigi Fanchetti]] che non c'è più",
            ),
            ("a", "Perfetto, [[P:Ivan]] porta gli scovoli giusti. A martedì! 🧹"),
        ],
    },
    # 16. Chimney sweep: Livigno hotel-keeper, apartment in a small locality
    {
        "business": "sweep",
        "platform": "whatsapp",
        "customer": "Fortunato Della Bosca",
        "lang": "it",
        "start": "2025-10-09T18:02",
        "messages": [
            (
                "c",
                "Salve, [[P:Fortunato]] qui, ho un appartamento per affitti brevi a [[L:Livigno]], località [[L:Trepalle]]. Il camino tira male, fa fumo in sala. Gli ospiti si lamentano",
            ),
            (
                "a",
                "Buonasera [[P:Fortunato]]! Potrebbe essere il comignolo ostruito o un problema di tiraggio. Facciamo videoispezione con telecamera, {{$:150 €}}. Quando è libero l'appartamento?",
            ),
            (
                "c",
                "dal {{D:13}} al {{D:16}} è vuoto. le chiavi le ha la signora delle pulizie, [[P:Mirella Cusini]], [[T:348 0071 566]]. indirizzo [[A:via Pemont 112]]",
            ),
            (
                "a",
                "Ok, mettiamo {{D:martedì 14}} mattina. Mi servono i dati per la fattura, è a nome suo o della società?",
            ),
            (
                "c",
                "a nome mio, [[P:Della Bosca Fortunato]], P.IVA [[V:12876040150]]... no scusi sbaglio, quella è di mio fratello [[P:Remo]]. la mia è [[V:04001370354]]",
            ),
            (
                "a",
                "Nessun problema, usiamo la [[V:04001370354]]. A martedì, saluti da [[P:Ivan]] e [[P:Sergio]]",
            ),
        ],
    },
    # 17. Chimney sweep: English owner of a holiday chalet, pays by card
    {
        "business": "sweep",
        "platform": "messenger",
        "customer": "Nigel Ashworth-Price",
        "lang": "en",
        "start": "2025-10-15T10:10",
        "messages": [
            (
                "c",
                "Good morning. I own a chalet in [[L:Chiesa in Valmalenco]] which we use in winter. I'm in [[L:Harrogate]] at the moment. Could you sweep the chimney and check the flue before we arrive at {{W:Christmas}}?",
            ),
            (
                "a",
                "Good morning Mr [[P:Ashworth-Price]], of course. We're in [[L:Valmalenco]] the first week of November. Someone needs to let us in, or we can pick up keys.",
            ),
            (
                "c",
                "Our neighbour, Mrs [[P:Lenatti]], has a spare key. She lives across the road at [[A:via Rusca 15]]. The chalet is number 17.",
            ),
            (
                "a",
                "Perfect. Cleaning, inspection and certificate {{$:€110}}. We can take card payment by link or you can give us the card details by phone if you prefer.",
            ),
            (
                "c",
                "I'll just write it here, it's quicker: [[C:4539 1720 8846 5132]], exp 09/28, name [[P:N. Ashworth-Price]]. Receipt to [[E:nigel.ashworthprice@btinternet.com]] please.",
            ),
            (
                "a",
                "Thank you, payment done. For safety, please don't share the full card number in chats next time 🙂 We'll send photos after the job. [[P:Sergio]]",
            ),
        ],
    },
    # 18. Chimney sweep: Albanian builder in Morbegno, rental house for his family
    {
        "business": "sweep",
        "platform": "whatsapp",
        "customer": "Arben Kola",
        "lang": "it",
        "start": "2025-10-20T12:45",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:arben]], lavoro edile a [[L:Morbegno]]. casa nuova in affitto ha caminetto, padrone di casa dice che devo fare pulizia io. quanto costa",
            ),
            (
                "a",
                "Buongiorno [[P:Arben]], pulizia caminetto {{$:80 €}}. Se il proprietario non ha il libretto dell'impianto, lo facciamo noi per {{$:30 €}} in più. Dove si trova la casa?",
            ),
            (
                "c",
                "[[A:via Ezio Vanoni 9]] a [[L:Talamona]] non [[L:Morbegno]] scusa. il padrone è sig. [[P:Gusmeroli]] no so nome",
                "it",
            ),
            (
                "a",
                "Va bene lo stesso. {{D:Giovedì 23}} alle {{TM:16.00}} va bene? Deve esserci qualcuno in casa.",
            ),
            (
                "c",
                "si c'e mia moglie [[P:Blerina]] e suocera. numero moglie [[T:+355 69 204 7781]] albanese ma ha whatsapp. lei parla poco italiano, parla con [[P:Elvis]] mio figlio, 15 anni parla meglio di me ahah",
            ),
            ("a", "Ahah perfetto, parleremo con [[P:Elvis]]! A giovedì, faleminderit 👍"),
        ],
    },
    # 19. Chimney sweep: B&B owner in Teglio, certificate for the fire brigade
    {
        "business": "sweep",
        "platform": "messenger",
        "customer": "Bianca Fiore",
        "lang": "it",
        "start": "2025-10-27T09:20",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Bianca]] del B&B {{B:La Baita del Pizzocchero}} a [[L:Teglio]]. Abbiamo una stufa in sala colazioni e la caldaia a pellet: ci serve la dichiarazione per il controllo dei vigili del fuoco.",
            ),
            (
                "a",
                "Buongiorno [[P:Bianca]], facciamo pulizia di entrambi e rilasciamo il rapporto di controllo secondo la norma {{R:UNI 10683}}. Con due apparecchi il costo è {{$:190 € + IVA}}.",
            ),
            (
                "c",
                "Va bene. Fattura a [[P:Fiore Bianca]], ditta individuale, partita iva [[V:IT02917400984]], PEC [[E:biancafiore.bb@pec.it]]. L'indirizzo è [[A:contrada Sant'Antonio 4]], [[L:San Giacomo di Teglio]]",
            ),
            (
                "a",
                "Perfetto. Possiamo venire {{D:lunedì 3 novembre}}? Di solito il lunedì non ci sono ospiti in partenza?",
            ),
            (
                "c",
                "Lunedì va benissimo. Se non ci sono io trovate mio papà [[P:Ottorino]], quello coi baffi 😄 oppure la ragazza che ci aiuta, [[P:Sole]]",
            ),
            (
                "a",
                "Ottimo, grazie [[P:Bianca]]. Porteremo anche i {{PD:Pizzoccheri}} da asporto per [[P:Ottorino]] 😂 scherzo! A lunedì, [[P:Sergio]]",
            ),
        ],
    },
    # 20. Chimney sweep: American retiree in Bormio, US phone
    {
        "business": "sweep",
        "platform": "whatsapp",
        "customer": "Bill Hargreaves",
        "lang": "en",
        "start": "2025-11-03T14:00",
        "messages": [
            (
                "c",
                "Hi there, [[P:Bill Hargreaves]], I'm a retired American living part time in [[L:Bormio]]. I have an old soapstone stove, a {{B:Tulikivi}}, do you service those?",
            ),
            (
                "a",
                "Hello Mr [[P:Hargreaves]]! Yes, we clean masonry heaters too, [[P:Ivan]] did a course in Finland. It takes about 3 hours. {{$:€160}}.",
            ),
            (
                "c",
                "Great. I'm at [[A:Via Roma 58]], 2nd floor. If you need to reach me when I'm back in the States my cell is [[T:(970) 555-0143]], here I use [[T:+39 366 418 2207]]",
            ),
            (
                "a",
                "Thanks! {{D:Thursday 6th}} at {{TM:10 am}}? [[P:Ivan]] will come with our apprentice [[P:Luca]].",
            ),
            (
                "c",
                "See you then. My wife [[P:Joy]] says hi, she's the one who insisted on the stove lol",
            ),
            ("a", "Hi to [[P:Joy]]! 👋 [[P:Sergio]]"),
        ],
    },
    # 21. Chimney sweep: woman forwarding her son's message, Ponte in Valtellina
    {
        "business": "sweep",
        "platform": "whatsapp",
        "customer": "Sole Rinaldi",
        "lang": "it",
        "start": "2025-11-10T19:40",
        "messages": [
            ("c", "buonasera vi giro il messaggio di mio figlio perche io non capisco"),
            (
                "c",
                "[Inoltrato] Mamma scrivi allo spazzacamino che la canna della stufa in taverna fa condensa nera, è la {{B:MCZ}} da 9 kw, e che il tecnico l'anno scorso era [[P:Ivan Pedrazzoli]]. Il mio numero se serve [[T:339/7781240]] - [[P:Mattia]]",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Rinaldi]], la condensa nera di solito è legna umida o canna non coibentata. Passiamo a vedere. È sempre in [[A:via Ginnasio 3]] a [[L:Ponte in Valtellina]]?",
            ),
            (
                "c",
                "si sempre li. mio figlio [[P:Mattia]] lavora a [[L:Lugano]] torna il sabato. io sono [[P:Sole]] ma tutti mi chiamano [[P:Solina]]",
            ),
            (
                "a",
                "Va benissimo sig.ra [[P:Solina]] 😊 allora {{D:sabato 15}} alle {{TM:10}}, così c'è anche [[P:Mattia]]. Saluti, [[P:Ivan]]",
            ),
        ],
    },
    # 22. Co-working: Indian startup founder, monthly desks invoiced to the company
    {
        "business": "cowork",
        "platform": "messenger",
        "customer": "Raj Malhotra",
        "lang": "en",
        "start": "2026-03-02T09:05",
        "messages": [
            (
                "c",
                "Hi, [[P:Raj]] from {{B:Kitelytics}} here. We're a team of 4 and we'd like fixed desks from {{D:1 April}}. Do you have a room with a window? 😅",
            ),
            (
                "a",
                "Hi [[P:Raj]]! Yes, the {{W:Darsena}} room on the first floor has 4 fixed desks and a big window on the canal. {{$:€1.480/month}} + IVA, meeting room credits included.",
            ),
            (
                "c",
                "Sounds great. Invoices to {{B:Kitelytics S.r.l.}}, P.IVA [[V:03487120366]], [[A:viale Bligny 42]], [[L:Milano]], SDI code {{R:M5UXCR1}}",
                "en",
            ),
            ("a", "Noted! Who are the four people, for the access badges?"),
            (
                "c",
                "me ([[P:Raj Malhotra]]), [[P:Ananya Iyer]], [[P:Federico Brambilla]] and [[P:Sun-hee Park]]. [[P:Fede]] is often late, give him a badge that works after 9pm lol",
            ),
            (
                "a",
                "Ahah 24/7 badges for everyone 😉 I'll send the contract to [[E:raj@kitelytics.io]]. Cheers, [[P:Martina]] – {{B:Navigli Hub}}",
            ),
            ("c", "Perfect, thanks [[P:Martina]]!"),
        ],
    },
    # 23. Co-working: Italian freelance designer, invoice problem
    {
        "business": "cowork",
        "platform": "whatsapp",
        "customer": "Federica Sarto",
        "lang": "it",
        "start": "2026-03-04T14:22",
        "messages": [
            (
                "c",
                "Ciao [[P:Marti]]! Sono [[P:Fede Sarto]] della postazione 12 😊 mi è arrivata la fattura di febbraio ma c'è la partita iva sbagliata",
            ),
            ("a", "Ciao [[P:Fede]]! Scusa, che numero c'è?"),
            (
                "c",
                "c'è ancora quella dello studio {{B:Grafiche Porta}} dove lavoravo prima. La mia è [[V:12876040150]], regime forfettario, intestata a [[P:Federica Sarto]], [[A:via Ascanio Sforza 77]], 20141 [[L:Milano]]",
            ),
            (
                "a",
                "Sistemato, ti rifaccio la fattura con nota di credito sulla vecchia. Te la mando sulla mail [[E:federica.sarto.design@gmail.com]] giusto?",
            ),
            (
                "c",
                "sì perfetto grazie mille!! ah, la settimana prossima viene a lavorare con me un giorno la mia amica [[P:Ilaria Fabbri]], le fate un day pass?",
            ),
            (
                "a",
                "Certo! Day pass {{$:25 €}}, basta che [[P:Ilaria]] passi in reception. Ciao [[P:Fede]]! [[P:Martina]]",
            ),
        ],
    },
    # 24. Co-working: English freelance copywriter buying a day pass by card
    {
        "business": "cowork",
        "platform": "instagram",
        "customer": "olivia.writes",
        "lang": "en",
        "start": "2026-03-06T08:01",
        "messages": [
            (
                "c",
                "morning! I'm a freelance copywriter passing through [[L:Milan]] for a week, can I buy a 5-day pass? [[P:Olivia Brennan-Kaye]] ([[H:@olivia.writes]])",
            ),
            (
                "a",
                "Morning [[P:Olivia]]! Yes, 5-day flex pass is {{$:€95}}. I can send you a payment link or you pay at the desk.",
            ),
            ("c", "link pls, I'm on the train from [[L:Turin]] 🚄"),
            (
                "a",
                "Here you go: https://pay.navigli-hub.it/checkout/flex5 — put your name in the notes.",
                "en",
            ),
            (
                "c",
                "The link gives an error?? I'll just give you the card: [[C:5354-8201-7733-0620]], 05/27, it's a {{B:Monzo}} one",
            ),
            (
                "a",
                "Thanks [[P:Olivia]], it went through 👍 Please don't send card numbers in DMs though, I've deleted it on our side. See you at the desk, ask for [[P:Giacomo]]!",
                "en",
            ),
        ],
    },
    # 25. Co-working: Ukrainian developer with a wifi problem, pastes his IP
    {
        "business": "cowork",
        "platform": "messenger",
        "customer": "Dmytro Kovalenko",
        "lang": "en",
        "start": "2026-03-09T10:47",
        "messages": [
            (
                "c",
                "Hi, [[P:Dmytro]] from desk 31. Wifi keeps dropping me every 10 minutes, VPN to my client in [[L:Kyiv]] dies. Other people ok?",
            ),
            (
                "a",
                "Hi [[P:Dmytro]], a few people reported it this morning. Can you tell me the IP your laptop gets?",
            ),
            (
                "c",
                "local is [[IP:10.20.4.117]], and public according to whatismyip is [[IP:93.41.207.18]]. Also my client firewall needs a fixed one, it's possible?",
            ),
            (
                "a",
                "Thanks! The router was giving duplicate leases, [[P:Giacomo]] is resetting it. For a static IP we have the Business plan, {{$:€20/month}} extra.",
            ),
            (
                "c",
                "ok good. bill it to my company in Estonia, or to me personally? My accountant [[P:Olena]] says personally is easier. [[P:Dmytro Kovalenko]], [[A:via Vigevano 18]], [[L:Milano]]",
                "en",
            ),
            (
                "a",
                "Done, personally then. Connection should be stable now, write me if not. [[P:Martina]]",
            ),
        ],
    },
    # 26. Co-working: lawyer, formal, booking the meeting room for a mediation
    {
        "business": "cowork",
        "platform": "messenger",
        "customer": "Chiara Porta",
        "lang": "it",
        "start": "2026-03-11T16:30",
        "messages": [
            (
                "c",
                "Buonasera,\nsono l'avv. [[P:Chiara Porta]] dello studio legale associato [[P:Porta]] & [[P:Mancini]]. Avrei necessità della sala riunioni grande per una mediazione il giorno {{D:19 marzo}} dalle {{TM:9:00}} alle {{TM:13:00}}, per 8 persone. È disponibile? Sarebbe possibile avere anche il servizio caffè?\nDistinti saluti",
            ),
            (
                "a",
                "Buonasera avv. [[P:Porta]],\nla sala {{W:Naviglio Grande}} è disponibile quel giorno. Mezza giornata {{$:€180}} + IVA, coffee break {{$:€6 a persona}}. Le confermo la prenotazione?",
            ),
            (
                "c",
                "Confermo. La fattura va intestata allo studio, P.IVA [[V:02917400984]], sede in [[A:corso di Porta Vittoria 29]], [[L:Milano]]. Parteciperanno anche il collega avv. [[P:Gianmarco Mancini]] e il mediatore, dott.ssa [[P:Rebecca Sironi]].",
            ),
            (
                "a",
                "Perfetto, ho inserito i nominativi in reception. Per qualsiasi necessità il giorno stesso può chiamare [[P:Giacomo]] al [[T:02 8942 1176]].",
            ),
            ("c", "La ringrazio. Cordiali saluti,\n[[P:C. Porta]]"),
        ],
    },
    # 27. Co-working: Chinese founder asking about registered office service
    {
        "business": "cowork",
        "platform": "whatsapp",
        "customer": "Wang Hao",
        "lang": "en",
        "start": "2026-03-13T03:15",
        "messages": [
            (
                "c",
                "hello, I am [[P:Wang Hao]], opening a small import company in [[L:Milano]], I live in [[L:Paolo Sarpi]] area. do you offer domiciliazione (registered address)?",
            ),
            (
                "a",
                "Hello [[P:Wang]], yes! Registered office + mail handling {{$:€75/month}} + IVA, minimum 12 months. We need a copy of ID and the company documents from your notary.",
            ),
            (
                "c",
                "notary is dott. [[P:Beretta]], he say to contact you directly. my email [[E:wanghao.trading@163.com]], my italian partner is [[P:Lorenzo Chen]], he was born here, he speaks better 😄",
            ),
            ("a", "Great, I'll write to both. What's [[P:Lorenzo]]'s email or phone?"),
            ("c", "[[T:+39 331 908 8812]] [[P:Lorenzo]]. thank you very much, xiexie", "en"),
        ],
    },
    # 28. Co-working: all-lowercase member wants a locker
    {
        "business": "cowork",
        "platform": "instagram",
        "customer": "lele.fabbri",
        "lang": "it",
        "start": "2026-03-16T18:58",
        "messages": [
            (
                "c",
                "ehi ciao sono [[P:lele]] della postazione flex, c'è ancora un armadietto libero? ho il monitor {{B:Dell}} da 27 e mi sono rotto di portarmelo in metro",
            ),
            (
                "a",
                "Ciao [[P:Lele]]! Sì, armadietto {{$:10 €/mese}}, il numero 14 è libero. Te lo attivo dal {{D:1 aprile}}?",
            ),
            (
                "c",
                "si top. intestalo a [[P:emanuele fabbri]] che [[P:lele]] è solo per gli amici 😂",
            ),
            (
                "a",
                "Fatto [[P:Emanuele]] 😄 la chiave la trovi da [[P:Giacomo]] domani. Ah, l'abbonamento scade il {{D:31}}, vuoi rinnovarlo?",
            ),
            (
                "c",
                "si rinnova. ah e se passa un certo [[P:Manuel]] dei {{B:Tortellini Lab}} digli che sono al bar sotto",
            ),
            ("a", "Ricevuto 👍 [[P:Marti]]"),
        ],
    },
    # 29. Investigators: Romagnola wife suspects her husband, many third parties
    {
        "business": "detective",
        "platform": "whatsapp",
        "customer": "Monica Gennari",
        "lang": "it",
        "start": "2025-11-17T21:33",
        "messages": [
            (
                "c",
                "Buonasera, scrivo a quest'ora perché mio marito è fuori. Sono [[P:Monica Gennari]], abitiamo a [[L:Santarcangelo di Romagna]]. Credo che mi tradisca",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Gennari]], ci dispiace. Tutto quello che ci scrive resta riservato. Ci racconti pure cosa le fa pensare questo.",
            ),
            (
                "c",
                "Lui si chiama [[P:Roberto Semprini]], fa il rappresentante di vini. Il martedì e giovedì dice che va a [[L:Cesenatico]] dai clienti ma il {{PD:Sangiovese}} in macchina non cala mai 😒 e l'ho sentito al telefono con una certa [[P:Katia]]",
            ),
            (
                "c",
                "la mia amica [[P:Loretta]] dice di averlo visto al bar {{B:Zanzibar}} di [[L:Viserba]] con una bionda. La targa della macchina è una {{B:Audi}} grigia, la ditta è del suo capo [[P:Gianluca Pasini]]",
            ),
            (
                "a",
                "Capisco. Possiamo proporle un servizio di osservazione di due giornate (martedì e giovedì), con documentazione fotografica utilizzabile in sede di separazione. Costo indicativo {{$:1.100 € + IVA}}. Preferisce parlarne in ufficio?",
            ),
            (
                "c",
                "Si meglio in ufficio. Posso venire {{D:venerdì}} mattina? Verrei con mia sorella [[P:Daniela]], lui non deve sapere niente. Il mio numero è questo ma scrivetemi solo dopo le 21",
            ),
            (
                "a",
                "Va bene, venerdì alle {{TM:10:30}} in [[A:via Dante 5]], secondo piano, citofono {{B:Adriatica}}. Scriveremo solo la sera. A presto, [[P:Massimo Bertozzi]]",
            ),
        ],
    },
    # 30. Investigators: Scottish woman looking for a lost relative on the Riviera
    {
        "business": "detective",
        "platform": "messenger",
        "customer": "Fiona McAllister",
        "lang": "en",
        "start": "2025-11-19T12:00",
        "messages": [
            (
                "c",
                "Hello, I hope you can help. My name is [[P:Fiona McAllister]] and I'm writing from [[L:Dundee]]. My late mother had a half-brother, [[P:Bruno Casadei]], born around 1950, who worked as a lifeguard in [[L:Riccione]] in the 70s. We'd love to find him or his family.",
            ),
            (
                "a",
                "Dear Ms [[P:McAllister]], thank you for contacting us. Genealogical and person tracing is one of our services. Do you have any documents, photos or addresses?",
            ),
            (
                "c",
                "A postcard from 1978 sent from [[A:viale Ceccarini 104]] signed '[[P:Bruno]] e [[P:Lidia]]'. My mum was [[P:Margaret Casadei McAllister]], her father was Italian, [[P:Enzo Casadei]], a POW who stayed in Scotland.",
            ),
            (
                "a",
                "That's a good start. We'll check the civil registry in [[L:Riccione]] and [[L:Misano Adriatico]]. First phase {{$:€400}}. Could you scan the postcard to our office e-mail?",
            ),
            (
                "c",
                "Will do. You can also reach me at [[E:fiona.mcallister64@btinternet.com]] or [[T:+44 1382 667 910]]. My cousin [[P:Ewan]] in [[L:Glasgow]] also wants updates.",
            ),
            (
                "a",
                "Thank you, Ms [[P:McAllister]]. We'll keep you both posted. Kind regards, [[P:Serena Fabbri]]",
            ),
        ],
    },
    # 31. Investigators: company owner, employee on sick leave working elsewhere
    {
        "business": "detective",
        "platform": "messenger",
        "customer": "Ettore Casadei",
        "lang": "it",
        "start": "2025-11-24T08:15",
        "messages": [
            (
                "c",
                "Spett.le Agenzia,\nsono il dott. [[P:Ettore Casadei]], titolare della {{B:Casadei Arredamenti}} di [[L:Coriano]]. Un mio dipendente, il sig. [[P:Denis Ugolini]], è in malattia da tre settimane ma mi risulta che lavori come cameriere presso un ristorante di [[L:Bellaria]]. Vorrei un accertamento.",
            ),
            (
                "a",
                "Buongiorno dott. [[P:Casadei]],\nsi tratta di un'indagine per il datore di lavoro, legittima nei limiti dello Statuto dei lavoratori. Ci servono nome, indirizzo di residenza del dipendente e, se possibile, una foto.",
            ),
            (
                "c",
                "Residenza: [[A:via Coriano 211]], [[L:Rimini]]. Il ristorante dovrebbe essere quello del cognato, [[P:Mirco Fabbri]], sul lungomare. Una foto ve la manda la mia segretaria [[P:Valentina]].",
            ),
            (
                "a",
                "Ricevuto. Proponiamo tre giorni di osservazione con relazione finale. Per il mandato ci occorrono ragione sociale e P.IVA.",
            ),
            (
                "c",
                "{{B:Casadei Arredamenti}} srl, P.IVA [[V:IT02715440406]]... anzi no quella è dell'immobiliare, aspetti. Ve la manda [[P:Valentina]] per mail da [[E:v.gobbi@casadeiarredamenti.it]].",
            ),
            ("a", "Nessun problema, attendiamo la mail. Cordiali saluti, [[P:Massimo Bertozzi]]"),
        ],
    },
    # 32. Investigators: Ukrainian woman scammed by a fake landlord
    {
        "business": "detective",
        "platform": "whatsapp",
        "customer": "Iryna Bondarenko",
        "lang": "en",
        "start": "2025-11-26T17:48",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Iryna Bondarenko]], I live in [[L:Rimini]] since 2022. I paid a deposit for a flat in [[L:Marina Centro]] to a man called [[P:Luca Vitali]], and now the flat does not exist and his phone is off 😢",
            ),
            (
                "a",
                "Hello [[P:Iryna]], we're sorry. Did you already report it to the Carabinieri? We can help identify the person behind the ad, the police then handles the criminal part.",
            ),
            (
                "c",
                "yes, denuncia done on {{D:20 November}}, number {{R:RNCS-2025-118802}}. I paid by bank transfer to this IBAN: [[I:IT90 N050 3466 7800 0000 0921 557]] and he wrote from [[T:+39 351 220 6613]]",
            ),
            (
                "c",
                "his instagram was [[H:@luca.vitali.rent]], now deleted. my friend [[P:Natalia]] also talked with him, maybe same man used name [[P:Marco Bianchi]] with her",
            ),
            (
                "a",
                "Thank you, this is useful. The IBAN and the phone can be traced through a formal request. We'll prepare a quote tomorrow. Can you come to the office with [[P:Natalia]]?",
            ),
            ("c", "yes we come together, thank you. дякую 🙏"),
        ],
    },
    # 33. Investigators: Moroccan shopkeeper trying to recover a debt
    {
        "business": "detective",
        "platform": "messenger",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2025-12-01T10:20",
        "messages": [
            (
                "c",
                "salve sono [[P:youssef el amrani]] ho un negozio di alimentari a [[L:Miramare]]. un cliente mi deve 3800 euro di merce per il suo ristorante e è sparito. voi trovate dove è?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:El Amrani]], sì, facciamo rintracci di debitori e accertamenti patrimoniali. Chi è la persona e che dati ha?",
            ),
            (
                "c",
                "si chiama [[P:Samuele Bartolini]] detto [[P:Lello]], aveva ristorante {{B:La Lanterna}} a [[L:Cattolica]] ma ha chiuso. ho le fatture con il suo codice fiscale e un numero [[T:0541 962 447]] che non risponde",
            ),
            (
                "a",
                "Va bene. Con codice fiscale e fatture possiamo verificare residenza attuale, eventuale nuova attività e beni. Costo {{$:350 €}}. Ci mandi le fatture in copia?",
            ),
            (
                "c",
                "si le porta mio cugino [[P:Hamza]] domani, lui lavora a [[L:Rimini]]. grazie mille",
            ),
            ("a", "Perfetto, aspettiamo [[P:Hamza]]. Buona giornata! [[P:Serena]]"),
        ],
    },
    # 34. Investigators: Irish entrepreneur, background check on a business partner
    {
        "business": "detective",
        "platform": "messenger",
        "customer": "Kevin O'Driscoll",
        "lang": "en",
        "start": "2025-12-04T15:05",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Kevin O'Driscoll]], about to invest in a beach club in [[L:Riccione]] with a local guy, [[P:Nicola Pazzaglia]]. Before signing I'd like a discreet background check. Is that something you do?",
            ),
            (
                "a",
                "Hi Mr [[P:O'Driscoll]], yes: company records, protests, bankruptcy proceedings, reputation. We usually need his full name, date of birth and company details.",
            ),
            (
                "c",
                "His company is {{B:Sabbia d'Oro Beach srl}}, he gave me his LinkedIn [[U:https://www.linkedin.com/in/nicola-pazzaglia-riccione]] and his partner there is [[P:Arianna Conti]]. Born '79 I think.",
            ),
            (
                "a",
                "Thanks, that's enough to start. The report takes 10 working days, {{$:€750}} + VAT. Would you like an invoice to your Irish company?",
            ),
            (
                "c",
                "To me personally. [[P:Kevin O'Driscoll]], [[A:14 Grattan Crescent]], [[L:Cork]]. And keep [[P:Nicola]] out of the loop obviously 😉",
            ),
            ("a", "Of course, full confidentiality. Best regards, [[P:Massimo]]"),
        ],
    },
    # 35. Investigators: elderly Romagnolo, neighbour problems, dialect
    {
        "business": "detective",
        "platform": "whatsapp",
        "customer": "Terzo Guidi",
        "lang": "it",
        "start": "2025-12-09T07:02",
        "messages": [
            (
                "c",
                "Bongiorno. A so [[P:Terzo Guidi]] ad [[L:Verucchio]]. Un qualcun mi rompe la siepe e mi ruba i cachi tutte le notti. Sospetto del vicino [[P:Bagli]] ma non ho prove. Si può mettere una telecamera?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Guidi]]! Sì, possiamo installare una fototrappola sulla sua proprietà, inquadrando solo il suo terreno come prevede la legge. Dove abita di preciso?",
            ),
            (
                "c",
                "[[A:via Casale 31]], località [[L:Villa Verucchio]]. la casa con il cane {{W:Ciccio}} davanti. mia nipote [[P:Giorgia]] mi aiuta col telefono, il suo nr è [[T:329.6614.208]]",
            ),
            (
                "a",
                "Perfetto, passiamo {{D:giovedì}} pomeriggio. Fototrappola per 15 giorni {{$:180 €}}. Così vediamo se è davvero il sig. [[P:Bagli]] o magari una volpe 🦊",
            ),
            (
                "c",
                "vulpa o no vulpa, mi va bene. salutami [[P:Bertozzi]], suo babbo [[P:Aldo]] era mio amico a militare",
            ),
        ],
    },
    # 36. Car wash: Brescian motorbike enthusiast, Ducati and a Mercedes
    {
        "business": "carwash",
        "platform": "instagram",
        "customer": "davide_mancini_bs",
        "lang": "it",
        "start": "2026-04-06T12:10",
        "messages": [
            (
                "c",
                "Ciao! Fate anche le moto? Ho una {{B:Ducati}} {{PD:Panigale V4}} da lucidare prima del raduno a {{W:Misano}}. Sono [[P:Davide]], ho visto i vostri video su tiktok",
            ),
            (
                "a",
                "Ciao [[P:Davide]]! Sì, detailing moto completo {{$:120 €}}, con trattamento ceramico sulle carene {{$:220 €}}. Quando ti serve?",
            ),
            (
                "c",
                "entro {{D:venerdì 17}}. Porto anche la {{B:Mercedes}} {{PD:Classe A}} di mia mamma, [[P:Patrizia Mancini]], che dentro fa schifo perché ha il cane 🐶 fate igienizzazione?",
            ),
            (
                "a",
                "Certo, igienizzazione all'ozono e rimozione peli {{$:90 €}}. Ci trovi in zona industriale, dietro al {{B:Bricocenter}}, il capannone giallo 😅",
            ),
            (
                "c",
                "ahah si lo so, ci sono passato. ok giovedì alle {{TM:8}} porto tutto. il mio numero [[T:340 229 81 06]]",
            ),
            ("a", "Perfetto, ti aspettiamo. Chiedi di [[P:Nicolò]] 👊"),
        ],
    },
    # 37. Car wash: Indian IT consultant, lease car returned spotless
    {
        "business": "carwash",
        "platform": "whatsapp",
        "customer": "Priya Raman",
        "lang": "en",
        "start": "2026-04-08T17:35",
        "messages": [
            (
                "c",
                "Hi, my name is [[P:Priya Raman]]. My lease car goes back to {{B:Ayvens}} on {{D:30 April}} and there are coffee stains on the seats and scratches on the bumper 🙈 Can you make it look new?",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Interior deep clean + seat extraction {{$:€140}}, and light scratch polishing from {{$:€80}}. Deeper scratches need a body shop, we can recommend [[P:Franco]] at {{B:Carrozzeria Franzoni}}.",
            ),
            (
                "c",
                "Sounds good. My husband [[P:Arjun]] will drop it off, he works at [[L:Lumezzane]]. Plate is {{R:GK 482 ZT}}. Is Saturday possible?",
            ),
            (
                "a",
                "Saturday {{D:25 April}} is a holiday ({{W:Liberazione}}) but we're open till {{TM:1pm}}. {{TM:8:30}}?",
            ),
            (
                "c",
                "Perfect. [[P:Arjun]]'s number is [[T:+91 98450 17733]] (Indian, he has WhatsApp), mine is [[T:+39 392 770 4158]]. Please send the invoice to [[E:priya.raman.consulting@gmail.com]]",
            ),
            ("a", "All set ✅ See you Saturday, [[P:Nicolò]]"),
        ],
    },
    # 38. Car wash: Albanian cleaner with a minivan, monthly subscription
    {
        "business": "carwash",
        "platform": "messenger",
        "customer": "Elira Hoxha",
        "lang": "it",
        "start": "2026-04-10T09:55",
        "messages": [
            (
                "c",
                "Buongiorno, mi chiamo [[P:Elira Hoxha]], ho una piccola impresa di pulizie a [[L:Brescia]]. Ho un furgone {{B:Fiat}} {{PD:Doblò}} che è sempre sporco, avete abbonamento mensile?",
            ),
            (
                "a",
                "Buongiorno [[P:Elira]]! Sì, abbonamento business 4 lavaggi esterni + 2 interni al mese, {{$:79 € + IVA}}. Fattura alla ditta?",
            ),
            (
                "c",
                "si, ditta individuale [[P:Hoxha Elira]], partita iva [[V:03952100109]], sede [[A:via Milano 140/C]], [[L:Brescia]]. Il furgone lo porta a volte mio marito [[P:Ardit]] o la mia collaboratrice [[P:Shpresa]]",
            ),
            (
                "a",
                "Perfetto, registriamo la targa e chiunque lo porti va bene. Pagamento con addebito o bonifico?",
            ),
            ("c", "bonifico. il nostro iban [[I:IT83U0200812810000104558930]] se serve per il rid"),
            ("a", "Grazie, attiviamo da lunedì. Buon lavoro! [[P:Nicolò]] e [[P:Serena]]"),
        ],
    },
    # 39. Car wash: Instagram car spotter proposing a collaboration
    {
        "business": "carwash",
        "platform": "instagram",
        "customer": "bresciacarspotter",
        "lang": "it",
        "start": "2026-04-13T21:14",
        "messages": [
            (
                "c",
                "yo! sono [[P:Mattia Bonomi]] di [[H:@bresciacarspotter]] (18k follower) 🏎️ ti va una collab? io vengo a fare reel delle auto che lucidate e voi mi fate un detailing alla mia {{B:Golf}} {{PD:GTI}}",
            ),
            ("a", "Ciao [[P:Mattia]]! Ci piace l'idea 🔥 ci mandi un paio di esempi di reel?"),
            (
                "c",
                "certo guarda questo [[U:https://www.instagram.com/reel/C5x9LmTqk2B/]] con la {{B:Porsche}} di [[P:Ferro]] 🤙 e il mio socio [[P:Kevin Zubani]] [[H:@kz.shoots]] fa le foto",
            ),
            (
                "a",
                "Bomba. Proposta: detailing completo della tua {{B:Golf}} ({{$:valore 250 €}}) in cambio di 3 reel e tag a {{B:Lucido Car Wash}}. Ci stai?",
            ),
            ("c", "ci sto!!! sabato? passo con [[P:Kevin]] verso le {{TM:15}}"),
            ("a", "Sabato perfetto. Chiedi di [[P:Nico]] 🤝"),
        ],
    },
    # 40. Car wash: English fleet manager, company cars, formal
    {
        "business": "carwash",
        "platform": "messenger",
        "customer": "Jonathan Pryce-Evans",
        "lang": "en",
        "start": "2026-04-15T08:30",
        "messages": [
            (
                "c",
                "Dear Sir or Madam,\nI am the fleet manager for the Italian branch of {{B:Hollins Engineering}} in [[L:Rezzato]]. We have 11 company cars that need a monthly valet. Could you quote for this service, including collection from our site?\nKind regards,\n[[P:Jonathan Pryce-Evans]]",
            ),
            (
                "a",
                "Dear Mr [[P:Pryce-Evans]],\nthank you for your message. For 11 vehicles, monthly external and internal wash with pick-up and drop-off, our price is {{$:€38 per vehicle}} + IVA. Invoicing to the Italian company with its partita IVA.\nBest regards,\n[[P:Serena Lancini]]",
            ),
            (
                "c",
                "Thank you, Ms [[P:Lancini]]. The invoicing details: {{B:Hollins Engineering Italia S.r.l.}}, VAT [[V:IT02715440406]], [[A:via Treviso 22]], 25086 [[L:Rezzato]]. The keys will be handed over by our receptionist, [[P:Michela Ghidini]].",
            ),
            (
                "a",
                "Noted. Shall we start on {{D:Monday 4 May}}? Our driver [[P:Ionuț]] will come at {{TM:8:00}}.",
            ),
            (
                "c",
                "That works. For anything urgent, my mobile is [[T:+44 (0)7911 402 563]], I'm often in [[L:Coventry]]. Regards, [[P:J. Pryce-Evans]]",
            ),
            ("a", "Perfect, thank you. Best regards, [[P:Serena]]"),
        ],
    },
    # 41. Car wash: Chinese restaurant owner, mixed languages, card paid online
    {
        "business": "carwash",
        "platform": "whatsapp",
        "customer": "Liu Yang",
        "lang": "en",
        "start": "2026-04-18T15:50",
        "messages": [
            (
                "c",
                "ciao, i am [[P:Liu]] from restaurant {{B:Drago d'Oro}} in [[L:Desenzano]]. my {{B:BMW}} {{PD:X5}} smell of fried food 😂 can you clean?",
            ),
            (
                "a",
                "Ciao [[P:Liu]]! Yes, deep interior + ozone removes smells, {{$:€130}}. We can pick up the car, {{$:€20}} extra to [[L:Desenzano]].",
            ),
            (
                "c",
                "ok pick up. my address [[A:via Castello 71]], restaurant is closed monday. you pay online? i send card [[C:3782 819300 22140]]",
                "en",
            ),
            (
                "a",
                "Grazie, payment received ✅ next time use the link we send, it's safer. Our driver [[P:Ionuț]] comes Monday {{TM:10:00}}. Who gives the keys?",
                "en",
            ),
            (
                "c",
                "my wife [[P:Zhang Wei]] or my son [[P:Liu Hao]], he is at school in [[L:Salò]] until 1. his phone [[T:333 7154 096]]",
            ),
            ("a", "Perfetto, ci sentiamo lunedì. Xie xie [[P:Liu]]! 🙏", "it"),
        ],
    },
    # 42. Car wash: customer lost an earring in the car, her friend's message
    {
        "business": "carwash",
        "platform": "whatsapp",
        "customer": "Giorgia Bresciani",
        "lang": "it",
        "start": "2026-04-21T19:05",
        "messages": [
            (
                "c",
                "Ciao!! Sono [[P:Giorgia]], ho lasciato la {{B:Fiat}} {{PD:500}} bianca da voi stamattina per l'interno. Mi sa che ho perso un orecchino d'oro tra i sedili, un cerchietto con una pietra rossa. L'avete trovato per caso? 😭",
            ),
            ("a", "Ciao [[P:Giorgia]]! Fammi chiedere a [[P:Nicolò]] che ha fatto l'aspirazione."),
            ("a", "Trovato!! Era sotto il tappetino lato passeggero 💍 lo teniamo in cassa."),
            (
                "c",
                "NOOO GRAZIE [[P:NICOLÒ]] TI AMO 😍😍 passa a prenderlo la mia amica [[P:Bea]] perché io sono a [[L:Desenzano]] fino a domenica",
            ),
            (
                "c",
                "[Inoltrato da [[P:Bea Piccinelli]]] ciao sono [[P:Beatrice Piccinelli]], passo domani verso le {{TM:18}} per l'orecchino di [[P:Gio]]. Il mio numero è [[T:0039 345 602 1187]]",
            ),
            (
                "a",
                "Perfetto [[P:Beatrice]], ti aspettiamo! Il regalo di chi era l'orecchino? del moroso? 😄 [[P:Serena]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(21, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
