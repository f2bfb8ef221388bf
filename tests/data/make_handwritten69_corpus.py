# ruff: noqa: E501
"""Hand-written blind test corpus no. 69 for convmon's anonymiser.

Every conversation below was written by hand, message by message: no templates, no Faker, no
generated sentences. All the people, phone numbers, e-mail addresses, addresses and handles are
invented. The checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA and the
German VAT number) were computed once with python-stdnum / the Luhn algorithm and pasted here as
literals, so the file needs nothing but the markup module to run.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` marks a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (order numbers, prices, products,
brands and Page names, dates, times, tracking codes, ordinary words and public places,
references).

The six invented businesses: a pilgrimage tour operator in Assisi, a ferry-tickets agency in
Livorno, a home-swap agency for families, a Sicilian sweets e-shop that ships abroad, a
student-housing agency in Pavia and a cleaning company in Trento. The emphasis is on places:
where people live, come from, study, travel and were born, next to public places that must
survive (the business's own town and zones, weather, news, products named after places, events).

Regenerate with: python make_handwritten69_corpus.py (writes handwritten69_corpus.jsonl beside
this file; the output is byte-identical on every run).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten69_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "vialucis": "Via Lucis Pellegrinaggi Assisi",
    "fortezza": "Fortezza Traghetti Livorno",
    "casapercasa": "Casa per Casa - Scambi tra Famiglie",
    "rosalia": "Dolceria Santa Rosalia",
    "ticino": "Ticino Student Housing Pavia",
    "splendor": "Splendor Pulizie Trento",
}
PAGE_IDS: dict[str, str] = {
    "vialucis": "669470218430571",
    "fortezza": "669470305916284",
    "casapercasa": "669470447029163",
    "rosalia": "669470512873640",
    "ticino": "669470638104927",
    "splendor": "669470791265038",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ Via Lucis (Assisi)
    {
        "business": "vialucis",
        "platform": "whatsapp",
        "customer": "Piero Gallucci",
        "lang": "it",
        "start": "2025-06-03T08:42:00",
        "messages": [
            (
                "c",
                "buongiorno sono don [[P:Piero Gallucci]] parroco a [[L:Sant'Ilario d'Enza]]\nsiamo un gruppo di 38 persone della parrocchia e vorremmo fare il {{PD:Pellegrinaggio Assisi e La Verna 3 giorni}} x la festa di {{W:San Francesco}}",
            ),
            (
                "a",
                "Buongiorno don [[P:Piero]]! Per il {{D:4 ottobre}} abbiamo ancora posti, la quota è {{$:285 €}} a persona in mezza pensione con pullman incluso. Da dove partireste?\n[[P:Chiara]] - {{B:Via Lucis}}",
            ),
            (
                "c",
                "partiamo da [[L:Sant'Ilario]] davanti alla chiesa, poi ci sono 6 persone che salgono a [[L:Calerno]] e due signore di [[L:Montecchio]] che portiamo noi in macchina",
            ),
            (
                "c",
                "il mio cell è [[T:347 218 5560]] x l autista, se nn rispondo c'è la sig.ra [[P:Ferretti]] della segreteria [[T:0522 67 13 84]]",
            ),
            (
                "a",
                "Perfetto, ho segnato le fermate. Le mando il preventivo {{R:PRV-2025-0412}} per mail, a quale indirizzo?",
            ),
            (
                "c",
                "[[E:piero.gallucci55@example.it]] grazie\nah un altra cosa, la signora [[P:Rosa Bedogni]] ha 91 anni e va in carrozzina, in basilica di {{W:Santa Chiara}} ce l'accesso?",
            ),
            (
                "a",
                "Sì, c'è la rampa laterale e nella {{W:Basilica Superiore}} l'ascensore. Per la sig.ra [[P:Bedogni]] teniamo anche il posto davanti sul pullman 🙏 [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "vialucis",
        "platform": "messenger",
        "customer": "Maureen O'Driscoll",
        "lang": "en",
        "start": "2025-01-21T15:10:00",
        "messages": [
            (
                "c",
                "Hi there! I'm organizing a small group from our parish in [[L:Scranton]], [[L:Pennsylvania]], 14 people, mostly retirees lol. we want 2 nights with you in May, is the {{PD:Assisi & Perugia Spiritual Weekend}} still available??",
            ),
            (
                "a",
                "Hello [[P:Maureen]], yes! The {{D:May 16-18}} departure has room for 14. It's {{$:€ 340}} per person, Mass at the {{W:Porziuncola}} on Sunday included.\n[[P:Tommaso]] from the {{B:Via Lucis}} team",
            ),
            (
                "c",
                "wonderful!! my husband [[P:Dennis]] wants to know if we can see the tomb of {{W:Carlo Acutis}} too, his sister [[P:Peggy Kowalski]] is coming from [[L:Wilkes-Barre]] and she's very devoted",
            ),
            (
                "a",
                "Of course, the {{W:Santuario della Spogliazione}} is right on the way. Could you give me a phone number for the day of arrival?",
            ),
            (
                "c",
                "sure its [[T:+1 (570) 555-0143]] or [[P:Dennis]] cell [[T:570.555.0188]]\nemail is [[E:maureen dot odriscoll at example dot com]]",
            ),
            (
                "c",
                "and for the deposit can I just give you my card here? [[C:4532 6440 5733 4777]]",
            ),
            (
                "a",
                "Thank you [[P:Maureen]], but please don't share card numbers in chat 🙏 I'll send you a secure payment link by email instead, and you may want to delete that message. [[P:Tommaso]]",
            ),
        ],
    },
    {
        "business": "vialucis",
        "platform": "instagram",
        "customer": "marti.cammina",
        "lang": "it",
        "start": "2025-07-09T21:03:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:martina]] ho 24 anni e vorrei fare il {{W:Cammino di Francesco}} da sola da {{W:La Verna}} fino alla {{W:Porziuncola}} 🥾 fate anche solo la prenotazione degli ostelli?",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! Sì, c'è il pacchetto {{PD:Cammino Libero 8 tappe}} con ostelli e trasporto zaino, {{$:420 €}}. Da dove parti?",
            ),
            (
                "c",
                "sono di [[L:Bra]] (si proprio come il reggiseno 😂) in [[L:piemonte]], arrivo in treno e poi alla fine vorrei fermarmi 2 giorni in più a [[L:Spello]] da una mia amica\nlei è [[P:Giuse]] cioè [[P:Giuseppina Arcangeli]] ma nessuno la chiama così ahah, magari fa anche lei le ultime 2 tappe",
            ),
            (
                "a",
                "Perfetto! Le tappe sono {{W:La Verna}} - {{W:Pieve Santo Stefano}} - {{W:Sansepolcro}} - {{W:Citerna}} - {{W:Città di Castello}} - {{W:Pietralunga}} - {{W:Gubbio}} - {{W:Valfabbrica}} - {{W:Assisi}}. Partenza il {{D:12 settembre}}? Mi lasci un contatto?",
            ),
            (
                "c",
                "si {{D:12 sett}} va benissimo!! [[T:333 90 12 477]] oppure scrivimi qui, il mio profilo vecchio era [[H:@martiBRA_96]] ma ora uso questo 😅\nho anche un blog dove racconto i cammini [[U:martinacammina.blogspot.com]]",
            ),
            (
                "a",
                "Bellissimo il blog! Ti mando il modulo. Buon cammino [[P:Martina]] 🌿 - [[P:Tommaso]]",
            ),
        ],
    },
    {
        "business": "vialucis",
        "platform": "telegram",
        "customer": "Luca Ventura",
        "lang": "it",
        "start": "2025-04-28T10:17:00",
        "messages": [
            (
                "c",
                "salve scrivo x conto di mio padre [[P:Giovanni Ventura]], vorrebbe venire alla {{PD:Giornata a Cascia e Roccaporena}} del {{D:22 maggio}} x la festa di {{W:Santa Rita}}\nlui è cresciuto a [[L:Cascia]] anche se è nato a [[L:Roma]] e nn ci torna da 40 anni",
            ),
            (
                "a",
                "Buongiorno, che bella cosa! Il pullman parte da {{W:Assisi}} alle {{TM:7:30}} da {{W:piazza Unità d'Italia}}. Il papà viene qui o lo andiamo a prendere?",
            ),
            (
                "c",
                "no lui vive a [[L:Norcia]] adesso, in [[A:via Anicia 18]], io sto a [[L:Terni]] e quel giorno lavoro",
            ),
            (
                "c",
                "x l'assicurazione vi serve il cf? è [[CF:VNTGNN64L22H501W]]\nil suo cellulare è [[T:339 447\n1082]]",
            ),
            (
                "a",
                "Ricevuto, grazie [[P:Luca]]. A [[L:Norcia]] facciamo salire il papà alle {{TM:6:45}} davanti a {{W:Porta Romana}}. Prenotazione {{R:VL-CAS-0522-17}}.",
            ),
            (
                "c",
                "grazie mille, papà è {{W:felice}} come un bambino 😂 ah lui ci sente poco, se chiamate parlate forte",
            ),
        ],
    },
    {
        "business": "vialucis",
        "platform": "whatsapp",
        "customer": "Agnieszka W.",
        "lang": "en",
        "start": "2025-09-15T18:55:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Agnieszka Wróbel]], i am polish from [[L:Kraków]] but i live in [[L:Dublin]] since 9 years. me and my mother [[P:Halina]] want come to you in november, only 2 people, is possible?",
            ),
            (
                "a",
                "Hello, of course! We have the {{PD:Assisi Silent Retreat 4 days}} from {{D:6 November}}, {{$:€ 390}} pp in a convent guesthouse. {{W:Will}} your mother need any assistance?",
            ),
            (
                "c",
                "she is 78 but walk good 🙂 only she speak no english and no italian, only polish. she fly from [[L:Katowice]] and me from [[L:Dublin]], we meet in [[L:rome]]",
            ),
            (
                "c",
                "my number from [[L:Ireland]] [[T:+353 87 261 4490]]\nmy mom number [[T:+48 601 338 271]]",
            ),
            (
                "a",
                "Thank you! In the guesthouse there is a Polish nun, sister [[P:Bożena]], she will be happy to talk with your mother 😊 [[P:Tommaso]]",
            ),
            (
                "c",
                "oh that is so nice!! dziękuję bardzo 🙏 my email is [[E:a.wrobel.dub@example.com]] for the papers",
            ),
        ],
    },
    {
        "business": "vialucis",
        "platform": "messenger",
        "customer": "Speranza Iacobelli",
        "lang": "it",
        "start": "2025-06-09T19:31:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Speranza Iacobelli]] ero nel gruppo di sabato da [[L:Pontecorvo]], il pullman è arrivato con 2 ore di ritardo e abbiamo perso la messa a {{W:San Damiano}}!!! voglio un rimborso",
            ),
            (
                "a",
                "Gentile sig.ra [[P:Iacobelli]], ci scusiamo davvero, c'è stato un incidente in {{W:A1}} all'altezza di {{W:Frosinone}}, era anche al tg. Mi dà il numero della prenotazione?",
            ),
            (
                "c",
                "{{R:VL-2025-0387}}\neravamo io mio marito [[P:Tonino]] e mia sorella [[P:Assunta]] che è venuta apposta da [[L:Cassino]]",
            ),
            (
                "a",
                "Ho verificato. Come gesto le rimborsiamo {{$:60 €}} a persona. Ci indica un IBAN intestato a lei?",
            ),
            (
                "c",
                "[[I:IT57 R030 6909 6061 0000 0147 203]] intestato a [[P:Iacobelli Speranza]]\nio ci spero sempre, la {{W:speranza}} è l'ultima a morire, che nn succeda + 😤",
            ),
            (
                "a",
                "Disposto il bonifico di {{$:180 €}} oggi {{D:14/06}}. Ancora scuse a lei, al sig. [[P:Tonino]] e alla sig.ra [[P:Assunta]]. [[P:Chiara]] - {{B:Via Lucis}}",
            ),
        ],
    },
    {
        "business": "vialucis",
        "platform": "instagram",
        "customer": "thomas.varghese.lei",
        "lang": "en",
        "start": "2025-05-02T12:20:00",
        "messages": [
            (
                "c",
                "Hi, we are a Syro-Malabar Catholic family, originally from [[L:Kottayam]] in [[L:Kerala]], now living in [[L:Leicester]] 🇬🇧 me, my wife [[P:Jincy]] and our kids [[P:Ann Mary]] (9) and [[P:Joel]] (6). any family pilgrimage in August?",
            ),
            (
                "a",
                "Hi! Yes, the {{PD:Family Pilgrimage Assisi & Greccio}} from {{D:August 8}}, kids under 12 pay {{$:€ 95}}. Who should I put as lead name? [[P:Chiara]]",
            ),
            (
                "c",
                "[[P:Thomas Varghese]] 👍 please post the booking letter, we need it for the visa of my mother in law [[P:Mariamma Kurian]] who will come from [[L:india]]",
            ),
            ("c", "address [[A:27 Evington Drive]], [[L:Leicester]] [[A:LE5 6QZ]]"),
            (
                "a",
                "Posted today, tracking {{TR:RR482109375IT}}. The kids will love the donkeys at {{W:Greccio}} 😊",
            ),
            (
                "c",
                "thank you so much! also my brother in law [[P:Shibu]] follows you, hes [[H:@shibu_kurian_ldn]] on insta, maybe he joins",
            ),
        ],
    },
    {
        "business": "vialucis",
        "platform": "whatsapp",
        "customer": "Bianca Merlo",
        "lang": "it",
        "start": "2025-02-11T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno sono la prof.ssa [[P:Bianca Merlo]] insegno religione alle medie di [[L:Sale]] in provincia di [[L:Alessandria]], vorrei portare 2 classi da voi a fine aprile, 44 ragazzi + 4 accompagnatori",
            ),
            (
                "a",
                "Buongiorno prof.ssa! Per le scuole abbiamo il {{PD:Assisi Junior 1 giorno}} a {{$:38 €}} con pranzo al sacco e laboratorio sul {{W:Cantico delle Creature}}. [[P:Chiara]]",
            ),
            (
                "c",
                "ottimo. per i ragazzi serve la lista nomi? perché ho un alunno, [[P:Bilal]], che ha il padre molto preoccupato, gli può scrivere direttamente? il sig. [[P:Khoury]] [[T:+39 392 7710 415]]",
            ),
            (
                "a",
                "Certo, lo chiamo io. Per le magliette del gruppo preferite {{W:bianca}} o {{W:azzurra}}? 😊",
            ),
            (
                "c",
                "{{W:bianca}} va benissimo. la collega che viene con me è [[P:Felicita Ruggeri]], x le emergenze il suo numero è [[T:348/5519027]]",
            ),
            (
                "c",
                "ah e la fattura intestata alla scuola ma mandatela anche alla mia mail personale [[E:bianca.merlo[at]example[dot]it]] grazie",
            ),
        ],
    },
    # ------------------------------------------------------------------ Fortezza Traghetti (Livorno)
    {
        "business": "fortezza",
        "platform": "whatsapp",
        "customer": "Silvia Baldacci",
        "lang": "it",
        "start": "2025-06-18T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare {{W:livorno}} [[L:olbia]] x il {{D:2 agosto}} di notte, 2 adulti 2 bambini un cane e una {{PD:Panda}}",
            ),
            (
                "a",
                "Buongiorno! Il {{D:2/8}} c'è la partenza {{B:Moby}} delle {{TM:22:00}}, arrivo alle {{TM:7:00}}. Cabina interna 4 letti + auto + cane in cabina pet: {{$:412,50 €}}. A nome di chi?",
            ),
            (
                "c",
                "[[P:Silvia Baldacci]], i bimbi sono [[P:Tommy]] 8 anni e [[P:Gaia]] 5 😊 il cane si chiama {{W:Birba}}",
            ),
            (
                "c",
                "noi partiamo da [[L:Empoli]] quindi al porto arriviamo verso le {{TM:20}}... andiamo dai suoceri a [[L:San Teodoro]], [[A:via Sardegna 7]]",
            ),
            (
                "a",
                "Perfetto [[P:Silvia]]. Prenotazione {{R:FTL-88214}}, la carta d'imbarco ve la mando qui. Un cellulare per eventuali ritardi?",
            ),
            ("c", "[[T:+39 328 114 9052]] oppure mio marito [[P:Andrea]] [[T:328 6603 771]]"),
            (
                "a",
                "Grazie! Buon viaggio a tutti e una carezza a {{W:Birba}} 🐶 [[P:Ilaria]] - {{B:Fortezza Traghetti}}",
            ),
        ],
    },
    {
        "business": "fortezza",
        "platform": "messenger",
        "customer": "Jürgen Baumgärtner",
        "lang": "en",
        "start": "2025-07-30T16:44:00",
        "messages": [
            (
                "c",
                "Hello, we are [[P:Jürgen]] and [[P:Heike]] from [[L:Freiburg im Breisgau]], we travel with our Wohnmobil (camper 7,2 m) to [[L:Bastia]] in september. Ferry from {{W:Livorno}} possible?",
            ),
            (
                "a",
                "Hello! Yes, {{B:Corsica Ferries}} sails daily at {{TM:8:00}}, camper up to 8 m {{$:€ 268}} one way with 2 passengers. Which date?",
            ),
            (
                "c",
                "the {{D:13.09.}} please, and back from [[L:Porto-Vecchio]]? no sorry, back from [[L:Bastia]] on {{D:27.09.}} Entschuldigung, mein Englisch ist nicht so gut 😅",
            ),
            (
                "a",
                "No problem, your English is fine! Total {{$:€ 536}}. Could you send me full names as in the passport and a phone?",
            ),
            (
                "c",
                "[[P:Jürgen Baumgärtner]] and [[P:Heike Baumgärtner-Lutz]], phone [[T:+49 (0)761 4829 317]] or mobil [[T:0171 / 55 20 348]]\nI am selbstständig (carpenter), please invoice with my USt-IdNr [[V:DE271839468]], [[A:Wiesentalstraße 12]], [[A:79115]] [[L:Freiburg]]",
            ),
            ("c", "payment with amex ok? [[C:3714 825396 72858]]"),
            (
                "a",
                "Amex is fine, but please don't write the card here, we send a payment link by e-mail. Which address? 🙂",
            ),
            ("c", "[[E:j.baumgaertner@example.de]] danke!"),
        ],
    },
    {
        "business": "fortezza",
        "platform": "telegram",
        "customer": "Luca Greco",
        "lang": "it",
        "start": "2025-03-25T07:12:00",
        "messages": [
            (
                "c",
                "ciao, sono residente a [[L:Capraia Isola]] da marzo, x la tariffa residenti cosa vi serve?",
            ),
            (
                "a",
                "Ciao! Serve il certificato di residenza o la carta d'identità con la residenza, più il codice fiscale. Con {{B:Toremar}} il residente paga {{$:6,50 €}} la tratta.",
            ),
            (
                "c",
                "ok il cf è [[CF:GRCLCU99C12D612I]], sono nato a [[L:Firenze]] ma ora abito qui in [[A:via dell'Assunzione 3]] (sopra il bar)... il certificato ve lo manda il comune?",
            ),
            ("a", "No, lo carica lei dal sito. A che nome faccio la tessera?"),
            (
                "c",
                "[[P:Luca Greco]]. ah anche il mio vicino [[P:Felice]] chiede se vale x lui che ci sta solo d'estate 😅",
            ),
            (
                "a",
                "Purtroppo serve la residenza anagrafica. Saluti al sig. [[P:Felice]]! La tessera {{R:TRS-CAP-00431}} sarà pronta {{D:lunedì}}. [[P:Marco]]",
            ),
            (
                "c",
                "perfetto grazie sono proprio {{W:felice}} cosi risparmio un sacco, quella delle {{TM:8:30}} la prendo tutti i giorni x andare a lavorare a [[L:Livorno]]",
            ),
        ],
    },
    {
        "business": "fortezza",
        "platform": "whatsapp",
        "customer": "Ollie Fairbairn",
        "lang": "en",
        "start": "2025-08-04T11:37:00",
        "messages": [
            (
                "c",
                "hiya! me and my mate [[P:Kez]] are interrailing, we're from [[L:Reading]] (the town not the hobby lol). want {{W:livorno}} to [[L:Bastia]] on the {{D:19th}} then bus to [[L:Calvi]] and then ferry to [[L:Nice]]. can u do the whole thing?",
            ),
            (
                "a",
                "Hi! We can book both crossings: {{W:Livorno}}–[[L:Bastia]] foot passengers {{$:€ 42}} each and [[L:Calvi]]–[[L:Nice]] {{$:€ 79}}. The bus you pay on board.",
            ),
            (
                "c",
                "{{W:nice}} one 👌 names: [[P:Oliver Fairbairn]] and [[P:Kerry-Ann Oduya]]. my [[L:UK]] number is [[T:07700 900418]]",
            ),
            (
                "a",
                "Booked ✅ {{R:3391 0357 22}} and {{R:3391 0357 23}}, QR codes coming here on WhatsApp. Enjoy the trip! [[P:Marco]]",
            ),
            (
                "c",
                "legend. [[P:kez]] says thanks too, she's [[H:kez.wanders]] if u wanna see the vids [[U:tiktok.com/@kez.wanders]]",
            ),
        ],
    },
    {
        "business": "fortezza",
        "platform": "instagram",
        "customer": "ngozi.oye",
        "lang": "it",
        "start": "2025-06-27T13:48:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Ngozi]], vorrei biglietto x [[L:Golfo Aranci]] x me e mio figlio di 4 anni, {{D:luglio 10}}",
            ),
            (
                "a",
                "Buongiorno! Il {{D:10 luglio}} c'è la partenza {{B:Sardinia Ferries}} alle {{TM:9:00}}, poltrona {{$:71 €}} adulto e {{$:18 €}} il bimbo. Mi scrive nome e cognome come nel documento?",
            ),
            (
                "c",
                "[[P:Oyelaran]] [[P:O-Y-E-L-A-R-A-N]], nome [[P:Ngozi Adaeze]]\nbambino [[P:Chidi]] stesso cognome",
            ),
            ("c", "io abito a [[L:Prato]] ma documento è di [[L:Nigeria]], va bene x imbarco?"),
            ("a", "Sì, il passaporto va benissimo, anche per il bimbo. Andate da parenti?"),
            (
                "c",
                "si mia sorella [[P:Chiamaka]] lavora a [[L:Olbia]] in hotel, noi stiamo tutta estate 🙏 mio numero [[T:351 889 0274]]",
            ),
            (
                "a",
                "Ecco la prenotazione {{R:FTL-77102}}. Al porto di {{W:Livorno}} presentatevi alle {{TM:8:00}} al {{W:varco Galvani}}. Buon viaggio [[P:Ngozi]]! [[P:Ilaria]]",
            ),
        ],
    },
    {
        "business": "fortezza",
        "platform": "messenger",
        "customer": "Doriano Cecchi",
        "lang": "it",
        "start": "2025-10-06T06:50:00",
        "messages": [
            (
                "c",
                "salve ho un furgone {{PD:Ducato}} 6 m x consegne, devo fare {{W:livorno}} [[L:olbia]] andata e ritorno {{D:martedì 8}}, mi fate fattura?",
            ),
            (
                "a",
                "Salve, sì. Furgone fino a 6 m con conducente A/R {{$:389 €}} più diritti portuali. Dati per la fattura?",
            ),
            (
                "c",
                "ditta individuale [[P:Cecchi Doriano]]\n[[A:via del Brennero 44]]\n[[A:55100]] [[L:Lucca]]\np.iva [[V:02856310947]]\ncodice sdi {{R:M5UXCR1}}",
            ),
            (
                "c",
                "mandatela alla pec [[E:doriano.cecchi@pec.example.it]] e la ricevuta alla mail normale [[E:dorianotrasporti@example.it]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Cecchi]], prenotazione {{R:FTL-80991}}, fattura {{R:FT 2025/1184}} in arrivo. A [[L:Olbia]] lo sbarco è all'{{W:Isola Bianca}}.",
            ),
            (
                "c",
                "grazie. il furgone a volte lo guida mio nipote [[P:Jacopo]], se cambia devo avvisare?",
            ),
            ("a", "Sì, basta scriverci nome e cellulare prima della partenza. [[P:Marco]]"),
            ("c", "ok allora ve lo scrivo subito, lui è [[P:Jacopo Cecchi]] [[T:347.66.21.903]]"),
        ],
    },
    {
        "business": "fortezza",
        "platform": "telegram",
        "customer": "Wei Chen",
        "lang": "en",
        "start": "2025-04-14T14:26:00",
        "messages": [
            (
                "c",
                "hello! I'm [[P:Chen Wei]], master student in [[L:Florence]], from [[L:Chengdu]] 🇨🇳 I want to visit [[L:Elba]] with 2 classmates, day trip, which ferry?",
            ),
            (
                "a",
                "Hi! Ferries to the island leave from {{W:Piombino}}, 1h by train from {{W:Livorno}}. We can sell you a {{B:Toremar}} day return to {{W:Portoferraio}}, {{$:€ 39}} pp.",
            ),
            (
                "c",
                "great. names [[P:Chen Wei]], [[P:Li Xiaoyu]], [[P:Nguyen Thi Hoa]] (she is vietnamese from [[L:Hanoi]] lol international team). date {{D:May 3}}\nmy telegram is [[H:chenwei_fi]] and phone [[T:+39 380 512 7764]], number in [[L:China]] also [[T:+86 138 0028 4519]]",
            ),
            (
                "a",
                "Booked ✅ {{R:TMR-503-771}}. Bring passports at boarding. If the sea is rough ({{W:libeccio}} is forecast 🌊) we'll write you here.",
            ),
            ("c", "thank you!! [[P:Xiaoyu]] gets seasick haha she will take pills"),
        ],
    },
    # ------------------------------------------------------------------ Casa per Casa (home swap)
    {
        "business": "casapercasa",
        "platform": "whatsapp",
        "customer": "Manuela De Bortoli",
        "lang": "it",
        "start": "2025-03-02T20:14:00",
        "messages": [
            (
                "c",
                "ciao! siamo una famiglia di [[L:Ponte nelle Alpi]], casa con giardino e 3 camere, vorremmo scambiare x 2 settimane ad agosto con una famiglia al mare, meglio [[L:puglia]] o [[L:sardegna]]",
            ),
            (
                "a",
                "Ciao! Bellissimo, le famiglie di mare d'estate cercano spesso la montagna 🏔️ Mi mandi l'indirizzo e qualche foto? Poi vi iscriviamo con il {{PD:Piano Famiglia Annuale}} a {{$:129 €}}",
            ),
            ("c", "[[A:via Roma 41]] fraz. [[L:Quantin]], [[A:32014]]"),
            (
                "c",
                "siamo io [[P:Manuela]], mio marito [[P:Ivan De Bortoli]] e i bimbi [[P:Nicolò]] 10 e [[P:Greta]] 7. le foto sono sul mio profilo [[U:instagram.com/manu.debortoli]]",
            ),
            (
                "a",
                "Che belle! Abbiamo una famiglia di [[L:Alghero]] che cerca montagna proprio ad agosto, i [[P:Piras]].",
            ),
            (
                "c",
                "ma dai [[L:alghero]] sarebbe un sogno 😍 la mia mail è [[E:manuela.debortoli chiocciola example.it]]",
            ),
            ("a", "Le scrivo lì con i dettagli. [[P:Giulia]] - {{B:Casa per Casa}}"),
        ],
    },
    {
        "business": "casapercasa",
        "platform": "messenger",
        "customer": "Sanne van Dijk",
        "lang": "en",
        "start": "2025-01-30T19:40:00",
        "messages": [
            (
                "c",
                "Hi! We're a Dutch family from [[L:Utrecht]], 2 kids, we'd love a swap in [[L:Tuscany]] in July. our place is a canal house, [[A:Oudegracht 231-bis]], [[A:3511 NK]]",
            ),
            (
                "a",
                "Hi [[P:Sanne]]! We have three Tuscan families looking for a swap abroad. One is in [[L:Lucca]], with a garden and a pool 🏊",
            ),
            (
                "c",
                "[[L:lucca]] sounds perfect!! the kids are [[P:Sem]] (11) and [[P:Lotte]] (8), my husband is [[P:Bram]]. my phone [[T:+31 6 4182 0937]]",
            ),
            (
                "a",
                "Lovely. For the security deposit ({{$:€ 250}}, refunded after the swap) we need the account holder's IBAN.",
            ),
            (
                "c",
                "[[I:NL84 RABO 0317 2645 91]] in the name of [[P:S. van Dijk]]\nbtw the login page kept saying 'suspicious login from [[IP:198.51.100.23]]' that is our home wifi, is that ok?",
            ),
            ("a", "Yes, that's just our security check, all fine. Welcome aboard! [[P:Giulia]]"),
        ],
    },
    {
        "business": "casapercasa",
        "platform": "instagram",
        "customer": "vale.gorgo",
        "lang": "it",
        "start": "2025-02-16T22:05:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Valentina]], mamma single con una bimba di 6 anni, siamo di [[L:Gorgonzola]] (si come il formaggio 🧀) e vorremmo andare in [[L:inghilterra]] x fare pratica di inglese",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Abbiamo proprio una mamma a [[L:Bath]] che cerca [[L:Milano]] e dintorni 😊",
            ),
            (
                "c",
                "[[L:bath]]?? quella delle terme romane? 😍 io lavoro in centro a [[L:Milano]] quindi [[L:gorgonzola]] è comoda, c'è la {{W:metro verde}}",
            ),
            (
                "c",
                "casa nostra è in [[A:via Italia 55, scala C]], [[A:20064]], 2 camere, c'è un parco giochi sotto. la bimba si chiama [[P:Bianca]], ama il {{W:gorgonzola}} pensa te ahah",
            ),
            (
                "a",
                "Ahah brava! La mamma è [[P:Harriet]], ha un bimbo di 7 anni, [[P:Alfie]]. Le passo il tuo contatto?",
            ),
            ("c", "si certo! [[H:@vale.gorgo]] o whatsapp [[T:+39 340 22 18 964]]"),
        ],
    },
    {
        "business": "casapercasa",
        "platform": "whatsapp",
        "customer": "Geneviève Tremblay",
        "lang": "en",
        "start": "2025-10-20T23:12:00",
        "messages": [
            (
                "c",
                "Hello! We are from [[L:Montréal]], family of 5, looking for a swap in [[L:Italy]] next summer, ideally near the sea but not too hot 😅",
            ),
            (
                "a",
                "Hello [[P:Geneviève]]! For a family of 5 we have lovely houses in {{W:Liguria}} and {{W:Friuli}}, both with sea and a bit cooler in July.",
            ),
            (
                "c",
                "[[L:Liguria]] oui!! my husband [[P:Marc-André]] loves pesto lol. our house: [[A:4521 rue Saint-Denis, app. 3]], [[L:Montréal]] [[A:H2J 2L3]]. Les enfants: [[P:Hope]] (14), [[P:Élodie]] (11) et [[P:Félix]] (6)",
            ),
            (
                "c",
                "I {{W:hope}} the kids can have their own rooms lol. membership by card? [[C:4024 2027 4083 7261]]",
            ),
            (
                "a",
                "Please never write card numbers in chat 🙏 I'll send a secure link to your email. Which email?",
            ),
            ("c", "[[E:gen.tremblay@example.ca]] merci! et désolée pour la carte 🙈"),
            ("a", "Pas de problème! Link sent. [[P:Giulia]]"),
        ],
    },
    {
        "business": "casapercasa",
        "platform": "telegram",
        "customer": "Gavino Sanna",
        "lang": "it",
        "start": "2025-04-03T13:33:00",
        "messages": [
            (
                "c",
                "salve siamo la famiglia [[P:Sanna]] di [[L:San Vero Milis]] in [[L:sardegna]], casa in campagna a due passi dal mare, [[A:località Su Pallosu snc]]\nvorremmo scambiare con una città grande del nord europa, [[L:Berlino]] o [[L:Copenaghen]], i ragazzi vogliono vedere il mondo",
            ),
            (
                "a",
                "Ciao! Per la {{W:Germania}} abbiamo una famiglia a [[L:Prenzlauer Berg]] con due ragazzi. Lei è il sig. [[P:Gavino]]? Mi lascia un numero?",
            ),
            (
                "c",
                "si sono [[P:Gavino Sanna]], [[T:0783 52 19 08]] fisso o cell [[T:349 118 2235]] di mia moglie [[P:Maria Grazia]]",
            ),
            (
                "c",
                "c'è anche tzia [[P:Giuannica]] che vive con noi ma resta a casa e bada all'orto 😂",
            ),
            (
                "a",
                "Va benissimo anche con la zia in casa, basta dirlo alla famiglia ospite. Sa che a {{W:Berlino}} piove anche a luglio? ☔",
            ),
            (
                "c",
                "ahah nn importa, al tg hanno detto che in {{W:Sardegna}} è allerta caldo, un po di pioggia ce la sogniamo",
            ),
        ],
    },
    {
        "business": "casapercasa",
        "platform": "instagram",
        "customer": "rocio.jb",
        "lang": "en",
        "start": "2025-05-19T17:02:00",
        "messages": [
            (
                "c",
                "hi!! I'm [[P:Rocío Jiménez Barrantes]] from [[L:Sevilla]], we are 4 (me, my partner [[P:Dani]] and 2 kids) we want swap with italian family in [[L:Sicily]] or [[L:Puglia]] in august",
            ),
            ("a", "Hi! We have a family in [[L:Lecce]] looking for a city swap in August 🌞"),
            (
                "c",
                "[[L:lecce]]!!! perfect. our flat: [[A:Calle Feria 112, 2º izq.]], [[A:41002]], centro, very hot in august jaja pero tiene aire acondicionado en todas las habitaciones",
            ),
            (
                "c",
                "kids: [[P:Lucía]] 9, [[P:Pablo]] 4. for deposit my account [[I:ES22 0049 1500 0127 1836 4095]]",
            ),
            (
                "a",
                "Got it, thanks! They are the [[P:Quarta]]s, the mum is [[P:Annalisa]]. Shall I put you in touch?",
            ),
            ("c", "sí claro! my whatsapp [[T:+34 612 48 90 37]] 🙌"),
        ],
    },
    {
        "business": "casapercasa",
        "platform": "messenger",
        "customer": "Laura Delbello",
        "lang": "it",
        "start": "2025-08-25T10:09:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Laura Delbello]] di [[L:Trieste]], devo fare un reclamo: la famiglia [[P:Hofer]] di [[L:Brunico]] ha lasciato casa nostra un disastro",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Delbello]], mi dispiace molto. Ci racconta cosa è successo? Apro la pratica {{R:CPC-RCL-2025-019}}.",
            ),
            (
                "c",
                "macchie di vino sul divano, la lavatrice rotta e la vicina sig.ra [[P:Zorzut]] dice che facevano festa fino alle 2 😡 abitiamo in [[A:via dell'Istria 58, 3° piano]], il condominio è tranquillo",
            ),
            (
                "c",
                "le foto le ho caricate qui [[U:https://photos.example.com/laura.delbello/hofer-swap]]",
            ),
            (
                "a",
                "Grazie. Per aprire il sinistro con {{B:Allianz}} ci serve il suo codice fiscale; il numero di polizza è {{R:IT40 ALZ 2025 0019 4471}}.",
            ),
            (
                "c",
                "[[CF:DLBLRA77E63L424K]]. e mio marito [[P:Stefano]] dice che il vino era pure il nostro {{W:Terrano del Carso}} buono 🍷",
            ),
            ("a", "Ricevuto. Contatteremo i sig. [[P:Hofer]] entro {{D:venerdì}}. [[P:Giulia]]"),
        ],
    },
    {
        "business": "casapercasa",
        "platform": "whatsapp",
        "customer": "Reto Ammann",
        "lang": "en",
        "start": "2025-07-01T08:26:00",
        "messages": [
            (
                "c",
                "Grüezi, we are [[P:Reto]] and [[P:Chiara Ammann-Rusconi]] from [[L:Zürich]], my wife's family is from [[L:Lecco]] so we'd like to swap at [[L:Lake Como]] this autumn",
            ),
            ("a", "Hello! The lake in autumn is gorgeous 🍂 Tell me a bit about your home?"),
            (
                "c",
                "our flat [[A:Langstrasse 187]], [[A:8004]] [[L:Zürich]], 4 rooms, bikes included. phone [[T:+41 79 382 51 06]]",
            ),
            (
                "c",
                "[[P:Chiara]]'s nonna still lives in [[L:Malgrate]], so somewhere near would be great, she is 94 🙂",
            ),
            (
                "a",
                "We have a family in [[L:Valmadrera]], right next to [[L:Malgrate]]! The [[P:Colombo]] family, 2 kids. I'll send you their listing {{R:CPC-LC-0087}}.",
            ),
            ("c", "perfekt, thank you! [[E:reto.ammann@example.ch]]"),
        ],
    },
    # ------------------------------------------------------------------ Dolceria Santa Rosalia (sweets e-shop)
    {
        "business": "rosalia",
        "platform": "whatsapp",
        "customer": "Concetta Randazzo",
        "lang": "it",
        "start": "2025-11-05T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei spedire un pacco a mio figlio [[P:Salvo]] che studia a [[L:Monaco di Baviera]], 6 {{PD:cannoli scomposti}} e una {{PD:cassata al pistacchio}} x il suo compleanno",
            ),
            (
                "a",
                "Buongiorno! In {{W:Germania}} spediamo in 48h col refrigerato, {{$:19,90 €}}. La cassata intera però nn la consigliamo, meglio le {{PD:cassatine monoporzione}}. Indirizzo?",
            ),
            (
                "c",
                "[[P:Salvatore Randazzo]]\nc/o [[P:Huber]]\n[[A:Leopoldstraße 74]]\n[[A:80802]] [[L:München]]\ncitofono [[P:Huber]] perché lui è in subaffitto",
            ),
            (
                "a",
                "Perfetto. Ordine {{O:DSR-10482}}, totale {{$:46,30 €}}. Il tracking glielo mando appena parte da {{W:Palermo}}.",
            ),
            (
                "c",
                "grazie... mi raccomando che arrivi entro {{D:venerdì 17}}, io sono di [[L:Bagheria]] e ci tengo che mangi bene 😂 il mio numero [[T:091 943 2817]]",
            ),
            (
                "a",
                "Spedito! Tracking {{TR:00340434161094038}}. Auguri a [[P:Salvo]]! 🎂 [[P:Rosalba]]",
            ),
        ],
    },
    {
        "business": "rosalia",
        "platform": "messenger",
        "customer": "Frank Lo Presti",
        "lang": "en",
        "start": "2025-11-28T02:15:00",
        "messages": [
            (
                "c",
                "hey guys my grandma was from [[L:Ribera]] near [[L:Agrigento]] and she made the best cassata, do you ship to the [[L:US]]?? i'm in [[L:Brooklyn]]",
            ),
            (
                "a",
                "Hi! Yes, we ship to the {{W:USA}} except fresh ricotta products (FDA rules 😔). You can have {{PD:frutta martorana}}, {{PD:Crema di Pistacchio di Bronte DOP}}, {{PD:Cioccolato di Modica}} and our {{PD:Marmellata di Arance di Ribera DOP}}",
            ),
            (
                "c",
                "lol {{PD:Ribera oranges}}, grandma would be proud. ok: 2 martorana boxes, 1 pistachio cream, 3 {{PD:modica bars}}. ship to [[P:Frank Lo Presti]], [[A:238 Bedford Ave, Apt 4R]], [[L:Brooklyn]], [[L:NY]] [[A:11249]]",
            ),
            (
                "a",
                "Order {{O:DSR-10517}}, {{$:$ 78.40}} incl. shipping. I'll send you a payment link.",
            ),
            (
                "c",
                "just charge this [[C:5167 5966 8908 4528]] lol easier. phone [[T:(718) 555-0162]]",
            ),
            (
                "a",
                "We'll text the secure link to your phone instead, card numbers shouldn't go in chat 🙏 UPS tracking will be {{TR:1Z 4F7 92E 03 5821 6637}}",
            ),
        ],
    },
    {
        "business": "rosalia",
        "platform": "instagram",
        "customer": "giorgia.modica_",
        "lang": "it",
        "start": "2025-02-06T18:22:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Giorgia Modica]] e sì mi chiamo come il cioccolato 😂 vorrei fare una sorpresa al mio ragazzo che fa il militare a [[L:Lecce]]",
            ),
            (
                "a",
                "Ciao [[P:Giorgia]]! 🍫 Allora il {{PD:Box Innamorati}} con {{PD:cioccolato di Modica}} al peperoncino e {{PD:cannoli}} è perfetto, {{$:34 €}}",
            ),
            (
                "c",
                "si quello!! lui si chiama [[P:Davide Spanò]] ma tutti lo chiamano [[P:Dado]]... nn in caserma, mandatelo a casa del suo amico [[P:Pier]] in [[A:via dei Ferrari 12]], [[A:73100]] [[L:Lecce]]",
            ),
            ("a", "Perfetto! Ordine {{O:DSR-10599}}. Vuoi un bigliettino? 💌"),
            (
                "c",
                'siii scrivi "x il mio [[P:dado]], da [[P:giorgia]] che ti aspetta a [[L:Modica]]" ahah si sono proprio di [[L:modica]]',
            ),
            ("a", "Che carina 😍 Spedito oggi, tracking {{TR:AX 3392 0418 77}}. [[P:Rosalba]]"),
            ("c", "grazieee ti taggo nelle storie, sono [[H:@giorgia.modica_]]"),
        ],
    },
    {
        "business": "rosalia",
        "platform": "whatsapp",
        "customer": "Ingrid Solberg",
        "lang": "en",
        "start": "2025-11-18T16:00:00",
        "messages": [
            (
                "c",
                "hello, do you ship to [[L:Norway]]? I live in [[L:Tromsø]] 🥶 my grandfather was from [[L:Caltagirone]] and I miss his Christmas sweets",
            ),
            (
                "a",
                "Hello [[P:Ingrid]]! [[L:Norway]] is outside the EU so only dry products: {{PD:buccellati}}, {{PD:torrone di mandorle}}, {{PD:frutta martorana}}. Our shop in {{W:via Maqueda}} ships every Tuesday.",
            ),
            (
                "c",
                "buccellati!! nonno [[P:Carmelo]] called them 'cucciddati' ❤️ 2 boxes please. address [[A:Storgata 91, 4. etasje]], [[A:9008]] [[L:Tromsø]]",
            ),
            ("c", "email is [[E:ingrid.solberg at example dot no]]\nphone [[T:+47 912 44 078]]"),
            (
                "a",
                "Order {{O:DSR-10633}}, {{$:€ 52}} + shipping {{$:€ 24}}, customs about {{$:NOK 150}}. It should arrive before {{W:Santa Lucia}} 🕯️",
            ),
            ("c", "perfect, tusen takk!"),
        ],
    },
    {
        "business": "rosalia",
        "platform": "telegram",
        "customer": "Ilaria Benvenuti",
        "lang": "it",
        "start": "2025-11-24T11:11:00",
        "messages": [
            (
                "c",
                "buongiorno, ho un piccolo studio di grafica (ditta individuale) a [[L:Reggio Emilia]] e vorrei regalare ai clienti 25 scatole di {{PD:Frutta Martorana Assortita}} x natale",
            ),
            (
                "a",
                "Buongiorno! Per 25 pezzi facciamo {{$:14,50 €}} cad invece di {{$:18 €}}. Intestazione fattura?",
            ),
            (
                "c",
                "[[P:Ilaria Benvenuti]]\np.iva [[V:01734920653]]\n[[A:via Emilia San Pietro 33/A]]\n[[A:42121]] [[L:Reggio Emilia]]",
            ),
            (
                "c",
                "le scatole però speditele a casa mia, in studio a dicembre nn c'è nessuno: [[A:via Guasco 4]], fraz. [[L:Rivalta]]\nmio cell [[T:335-7120-448]], mail [[E:ilaria@benvenutigrafica.example]]",
            ),
            (
                "a",
                "Perfetto. Ordine {{O:DSR-10702}}. Le etichette le facciamo col suo logo? Ce lo mandi qui in chat.",
            ),
            ("c", "si ve lo mando stasera"),
            ("a", "Grazie [[P:Ilaria]]! 🎄 [[P:Rosalba]]"),
        ],
    },
    {
        "business": "rosalia",
        "platform": "instagram",
        "customer": "mel_inthekitchen",
        "lang": "en",
        "start": "2025-09-02T07:45:00",
        "messages": [
            (
                "c",
                "hiii I'm [[P:Mel]] from [[L:Melbourne]] 🇦🇺 my parents are from [[L:Vizzini]] and I run a little baking page [[U:www.instagram.com/mel_inthekitchen]], would love to try your {{PD:cannoli shells}}",
            ),
            (
                "a",
                "Hi [[P:Mel]]! We ship to {{W:Australia}} only shelf-stable things, the {{PD:Kit Cannoli Fai-da-te}} is {{$:€ 22}} 😊",
            ),
            (
                "c",
                "yesss. real name [[P:Melissa Catania]] for the parcel 😅 [[A:14/52 Lygon Street]], [[L:Carlton]] [[L:VIC]] [[A:3053]]\nemail [[E:mel.catania(at)example.com.au]] and pay with [[C:5425-4994-5206-7838]]",
            ),
            (
                "a",
                "Please don't post card numbers here 🙏 I'll email a payment link. Order {{O:DSR-10745}}, tracking will be {{TR:3920 5518 7741}} once shipped.",
            ),
            (
                "c",
                "oops sorry!! deleted. tag me when you post, maybe we do a collab with my cousin [[P:Sal]] in [[L:Catania]], he has a bakery too",
            ),
            ("a", "Love it! We'll make a {{W:margherita}} cake together one day ahah 🍰"),
        ],
    },
    {
        "business": "rosalia",
        "platform": "messenger",
        "customer": "Antonella Fumagalli",
        "lang": "it",
        "start": "2025-07-22T14:37:00",
        "messages": [
            (
                "c",
                "buongiorno la cassata è arrivata tutta spappolata!!! ordine {{O:DSR-10388}}, abito a [[L:Sesto San Giovanni]] e il corriere l'ha lasciata alla vicina",
            ),
            (
                "a",
                "Buongiorno, ci dispiace tantissimo 😔 può mandarci una foto? A nome di chi era l'ordine?",
            ),
            (
                "c",
                "[[P:Antonella Fumagalli]], l'ha ritirata la sig.ra [[P:Parisi]] del piano di sotto e l'ha tenuta in macchina al sole... [[A:viale Gramsci 210]] citofono [[P:Fumagalli]]\ni bimbi piangevano, li ho consolati con un {{B:Ferrero Rocher}} 🙄",
            ),
            (
                "a",
                "Capito. Le rimborsiamo l'intero importo di {{$:39,80 €}}. Preferisce bonifico o rispedizione?",
            ),
            (
                "c",
                "bonifico, [[I:IT33 Q020 0811 7700 0010 5839 271]] intestato a mio marito [[P:Renato Colnaghi]]",
            ),
            (
                "a",
                "Fatto, rimborso {{R:RIMB-2025-044}}. Un abbraccio da {{W:Palermo}} dove oggi c'è lo {{W:scirocco}} 🥵 [[P:Rosalba]]",
            ),
        ],
    },
    {
        "business": "rosalia",
        "platform": "whatsapp",
        "customer": "Camille Arnaud",
        "lang": "it",
        "start": "2025-05-12T12:03:00",
        "messages": [
            (
                "c",
                "buongiorno! sono francese, abito a [[L:Lione]], scrivo in italiano ma è un po rotto scusate 😅 vorrei {{PD:pasta di mandorle}} per la festa di mia figlia [[P:Lison]]",
            ),
            (
                "a",
                "Buongiorno! Il suo italiano è perfetto 😊 In {{W:Francia}} spediamo in 3 giorni. Quanti pezzi?",
            ),
            (
                "c",
                "30 pezzi. indirizzo: [[P:Camille Arnaud]], [[A:12 rue Mercière]], [[A:69002]] [[L:Lyon]]",
            ),
            (
                "c",
                "excusez-moi, je continue en français c'est plus simple: si problème, mon IBAN pour le remboursement est [[I:FR39 3000 4028 3700 0198 4326 741]]",
            ),
            (
                "a",
                "Pas de souci! Ordine {{O:DSR-10811}}, {{$:31 €}} + spedizione {{$:12 €}}. Bonne fête à [[P:Lison]]!",
            ),
            ("c", "merci! mon numéro [[T:+33 6 72 18 40 95]] pour le livreur"),
        ],
    },
    # ------------------------------------------------------------------ Ticino Student Housing (Pavia)
    {
        "business": "ticino",
        "platform": "whatsapp",
        "customer": "Carmela Russo",
        "lang": "it",
        "start": "2025-07-14T21:18:00",
        "messages": [
            (
                "c",
                "buonasera sono la mamma di [[P:Sofia Pirani]], mia figlia inizia la magistrale da voi a ottobre, noi siamo di [[L:Vallo della Lucania]] in provincia di [[L:Salerno]] e nn conosciamo nessuno li",
            ),
            (
                "a",
                "Buonasera signora! Abbiamo singole vicino al {{W:Policlinico San Matteo}} e in {{W:Borgo Ticino}}, da {{$:420 €}} al mese spese incluse. Che corso fa [[P:Sofia]]?",
            ),
            (
                "c",
                "farmacia. la singola vicino al {{W:san matteo}} andrebbe bene... lei è nata a [[L:Parma]] perché mio marito lavorava lì ma è cresciuta qui da noi",
            ),
            (
                "a",
                "Perfetto, la stanza {{R:TSH-SM-12}} è libera dal {{D:1 ottobre}}. Per il contratto servono il codice fiscale di [[P:Sofia]] e un IBAN per la restituzione della cauzione.",
            ),
            (
                "c",
                "cf [[CF:PRNSFO03S55G337W]]\niban mio [[I:IT80 T053 8712 1000 0004 2816 593]] intestato [[P:Carmela Russo]]\nmia mail [[E:carmela.russo71@example.it]]",
            ),
            (
                "a",
                "Ricevuto tutto, vi aspettiamo per la firma. [[P:Federico]] - {{B:Ticino Student Housing}}",
            ),
            ("c", "grazie mille, vi scrive anche [[P:sofia]] dal suo numero [[T:320 4455 017]]"),
        ],
    },
    {
        "business": "ticino",
        "platform": "messenger",
        "customer": "Jacek Kowalczyk",
        "lang": "en",
        "start": "2025-01-08T09:49:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Jacek Kowalczyk]], visiting researcher from [[L:Poznań]], 6 months at the Physics department from February. I need a studio flat, not shared please",
            ),
            (
                "a",
                "Hello [[P:Jacek]]! We have a studio near the science campus at {{W:Cravino}}, {{$:€ 610}}/month bills included.",
            ),
            (
                "c",
                "sounds good. my wife [[P:Marta]] and daughter [[P:Zosia]] will visit in april for 2 weeks, is ok?",
            ),
            (
                "a",
                "Sure, short visits are fine. For the contract we need your Italian codice fiscale, do you have one?",
            ),
            (
                "c",
                "yes I got it at the Agenzia delle Entrate: [[CF:KWLJCK98H14Z127W]]\nmy phone from [[L:Poland]] [[T:+48 512 309 884]], email [[E:jacek.kowalczyk@example.pl]]",
            ),
            ("a", "Thanks! Reservation {{R:TSH-CR-07}}. [[P:Federico]]"),
        ],
    },
    {
        "business": "ticino",
        "platform": "instagram",
        "customer": "nicole_lmp",
        "lang": "it",
        "start": "2025-08-11T15:27:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Nicole]], vengo da [[L:Lampedusa]] 🏝️ e a settembre inizio ingegneria, cerco una doppia con la mia amica [[P:Cate]]",
            ),
            (
                "a",
                "Ciao [[P:Nicole]]! Doppia in {{W:Borgo Ticino}} {{$:330 €}} a testa, 10 minuti a piedi dal {{W:Ponte Coperto}}",
            ),
            (
                "c",
                "bellissimo il {{W:ponte coperto}} l'ho visto su tiktok 😍 [[P:cate]] è [[P:Caterina Sferlazzo]] di [[L:Linosa]] ahah siamo le isolane",
            ),
            (
                "c",
                "il mio numero [[T:+39 329 6021 883]], [[P:cate]] [[T:3925510644]]\nsu insta mi trovate anche come [[H:nicole.lmp]]",
            ),
            (
                "a",
                "Perfetto! Vi blocco la {{R:TSH-BT-04}} fino a {{D:venerdì}}. Qui a {{W:Pavia}} a novembre c'è la nebbia eh, portatevi il piumino 😂",
            ),
            ("c", "nebbia?? noi a [[L:Lampedusa]] a novembre andiamo ancora al mare 😭"),
        ],
    },
    {
        "business": "ticino",
        "platform": "whatsapp",
        "customer": "Aditya Deshpande",
        "lang": "en",
        "start": "2025-06-30T05:40:00",
        "messages": [
            (
                "c",
                "Hi, I am [[P:Aditya Deshpande]] from [[L:Pune]], [[L:India]], admitted to MSc Computer Engineering at {{W:UniPV}}. need room from sept",
            ),
            (
                "a",
                "Hi [[P:Aditya]]! Welcome 🇮🇹 Single rooms near the {{W:Cravino}} campus from {{$:€ 380}}. Do you have an Italian number?",
            ),
            (
                "c",
                "not yet, only the one from [[L:India]] [[T:+91 98220 41736]]. my father [[P:Sunil Deshpande]] will pay the deposit from his account in [[L:Mumbai]]",
            ),
            (
                "a",
                "No problem. Please log in to the tenant portal first, then we send the contract.",
            ),
            (
                "c",
                "I tried but it says 'access denied from IP [[IP:203.0.113.58]]' 😕 maybe because i'm on VPN in my hostel in [[L:Bangalore]]?",
            ),
            (
                "a",
                "Yes, please disable the VPN and retry. If it still fails send me your email and I'll unlock it.",
            ),
            ("c", "[[E:aditya.deshpande98@example.in]] thank you sir 🙏"),
            ("a", "Unlocked ✅ — [[P:Federico]]"),
        ],
    },
    {
        "business": "ticino",
        "platform": "telegram",
        "customer": "Youssef Hassan",
        "lang": "it",
        "start": "2025-09-22T19:03:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Youssef Hassan]], nato [[L:Casablanca]], lavoro a [[L:Vigevano]] in fabbrica scarpe e adesso faccio università serale x infermiere, cerco stanza x tre giorni a settimana",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]]! Abbiamo la formula {{PD:Settimana Corta}} lun-gio a {{$:260 €}} al mese.",
            ),
            (
                "c",
                "buono. per contratto mio codice fiscale [[CF:HSSYSF86B03Z330A]]. mia moglie [[P:Khadija]] resta a [[L:vigevano]] con bambini",
            ),
            (
                "c",
                "mio indirizzo residenza [[A:corso Genova 88]] [[A:27029]] [[L:vigevano]], numero [[T:351 / 720 66 19]]",
            ),
            (
                "a",
                "Perfetto, le mando il contratto. Se preferisce glielo spiega anche in arabo il mio collega [[P:Karim]] 🙂",
            ),
            ("c", "shukran, grazie mille, va bene anche italiano piano piano 😊"),
        ],
    },
    {
        "business": "ticino",
        "platform": "messenger",
        "customer": "Graciela López",
        "lang": "en",
        "start": "2025-12-02T17:51:00",
        "messages": [
            (
                "c",
                "hi! I'm [[P:Graciela López]], Erasmus student from [[L:Salamanca]], I arrive on {{D:February 3}} for one semester 🙌",
            ),
            (
                "a",
                "Hi [[P:Graciela]]! Erasmus rooms near {{W:Piazza della Vittoria}}, {{$:€ 450}} all inclusive.",
            ),
            (
                "c",
                "perfect! for the contract i have codice fiscale [[CF:LPZGRC97R51Z131X]], i was born in [[L:Spain]] but my mom is from [[L:Argentina]] so sometimes i write weird jaja\nuna pregunta, ¿puedo pagar la fianza desde mi cuenta española? es esta [[I:ES16 2100 3817 1302 0047 1635]]",
            ),
            (
                "a",
                "Sí claro 😄 a Spanish IBAN is fine. Your room is {{R:TSH-PV-21}}. My colleague [[P:Lorena]] speaks Spanish if you need.",
            ),
            ("c", "genial! my whatsapp [[T:+34 644 019 372]] and insta [[H:@graci.lpz]]"),
        ],
    },
    {
        "business": "ticino",
        "platform": "whatsapp",
        "customer": "Pietro Vailati",
        "lang": "it",
        "start": "2025-02-19T07:34:00",
        "messages": [
            (
                "c",
                "buongiorno ho un problema in appartamento, [[A:via Scopoli 10/B int. 3]], il termosifone in camera nn va da 3 giorni e la mia coinquilina [[P:Bea]] dice che anche da lei",
            ),
            (
                "a",
                "Buongiorno [[P:Pietro]], apro subito il ticket {{R:TK-4471}}. Il tecnico [[P:Oscar]] può passare domani alle {{TM:10}}?",
            ),
            (
                "c",
                "domani sono a lezione fino alle {{TM:13}}, c'è [[P:Beatrice]] però, il suo numero [[T:347 0981 553]]",
            ),
            (
                "c",
                "ah e a fine mese torno a casa a [[L:Codogno]] x il tirocinio e poi da marzo vado in erasmus a [[L:Groningen]]... la cauzione la restituite su questo iban? [[I:IT69 O083 2735 3200 0000 0718 254]]",
            ),
            (
                "a",
                "Sì, la cauzione si restituisce a fine contratto sull'IBAN che ci indica. Complimenti per l'Erasmus! [[P:Federico]]",
            ),
            (
                "c",
                "grazie!! ps il tecnico può citofonare [[P:Vailati]] o [[P:Corbellini]] che è il cognome di [[P:bea]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ Splendor Pulizie (Trento)
    {
        "business": "splendor",
        "platform": "whatsapp",
        "customer": "Michela Zeni",
        "lang": "it",
        "start": "2025-02-24T08:15:00",
        "messages": [
            (
                "c",
                "buongiorno sono la figlia della sig.ra [[P:Ornella Dallapiccola]], mia mamma abita a [[L:Povo]] e avrebbe bisogno di una signora x le pulizie 2 volte a settimana",
            ),
            (
                "a",
                "Buongiorno! A {{W:Povo}} e in tutta la collina est passiamo il martedì e il venerdì, {{$:22 €}}/ora.",
            ),
            (
                "c",
                "perfetto. l'indirizzo è [[A:via Sabbioni 14]] [[A:38123]], citofono [[P:Dallapiccola]] o [[P:Zeni]] (è il cognome di papà che nn c'è più 🙏)",
            ),
            (
                "c",
                "io sono [[P:Michela]] e vivo a [[L:Rovereto]] quindi x le chiavi passate da me o dalla vicina [[P:Nives]]\nmio cell [[T:0039 348 211 7609]]",
            ),
            (
                "a",
                "Grazie. Le mandiamo [[P:Oksana]], è con noi da 6 anni, bravissima. Primo intervento {{D:martedì 4 marzo}} alle {{TM:9:00}}. [[P:Elisa]] - {{B:Splendor Pulizie}}",
            ),
            (
                "c",
                "ottimo, la mamma ha 88 anni ed è un po sorda, suonate forte! e con questo freddo in {{W:Trentino}} mettete le scarpe da neve 😂 ah lei usa solo {{B:Mastro Lindo}}, è fissata",
            ),
        ],
    },
    {
        "business": "splendor",
        "platform": "messenger",
        "customer": "Daniel Whitfield",
        "lang": "en",
        "start": "2025-03-04T17:29:00",
        "messages": [
            (
                "c",
                "Hi, I'm a visiting professor at the university here (from [[L:Ann Arbor]], [[L:Michigan]]). looking for biweekly cleaning of my rental in [[L:Villazzano]]",
            ),
            (
                "a",
                "Hello! {{W:Villazzano}} is in our zone 🙂 {{$:€ 24}}/hour, minimum 3 hours. Address?",
            ),
            (
                "c",
                "[[A:via della Villa 21]], ground floor. my landlord Mr. [[P:Pedrotti]] lives upstairs, he can open if I'm at the lab",
            ),
            (
                "c",
                "I also have a smart lock, it shows up on my router as [[IP:2001:db8:4a1:7::23]] if your app needs it lol. phone [[T:+1 734-555-0127]] / local [[T:371 402 8815]]",
            ),
            (
                "a",
                "No app needed 😊 [[P:Oksana]] will come with the keys from Mr. [[P:Pedrotti]]. Email for invoices?",
            ),
            ("c", "[[E:dwhitfield at umich-example dot edu]]"),
            ("a", "Perfect, first visit {{D:March 11}}. [[P:Elisa]]"),
        ],
    },
    {
        "business": "splendor",
        "platform": "instagram",
        "customer": "fra.montini.home",
        "lang": "it",
        "start": "2025-05-27T12:44:00",
        "messages": [
            (
                "c",
                "ciao! affitto su airbnb il mio bilocale a [[L:Molveno]] e mi servono le pulizie al cambio ospiti il sabato",
            ),
            (
                "a",
                "Ciao! Sì, copriamo anche l'{{W:Altopiano della Paganella}} e il {{W:lago di Molveno}}, supplemento trasferta {{$:15 €}}.",
            ),
            (
                "c",
                "top. l'appartamento è in [[A:via Lungolago 7]] [[A:38018]], le foto sono qui [[U:linktr.ee/fra.montini]]",
            ),
            (
                "c",
                "fattura a me, ho la partita iva come host: [[P:Francesca Montini]], cf [[CF:MNTFNC01A41L378T]], p.iva [[V:02398710547]]",
            ),
            ("a", "Perfetto [[P:Francesca]]. Le chiavi dove le ritiriamo?"),
            (
                "c",
                "nel lockbox, il codice ve lo mando sabato. se serve chiamate mia cugina [[P:Martina Endrizzi]] che abita a [[L:Andalo]] [[T:340-7731290]]",
            ),
        ],
    },
    {
        "business": "splendor",
        "platform": "telegram",
        "customer": "Lavinia Tomasi",
        "lang": "it",
        "start": "2025-10-13T13:05:00",
        "messages": [
            (
                "c",
                "buongiorno, sono la dott.ssa [[P:Lavinia Tomasi]], ho uno studio dentistico in [[A:via Brennero 119]], cerco pulizia serale 3 volte a settimana, circa 90 mq",
            ),
            (
                "a",
                "Buongiorno dottoressa! Per gli studi medici usiamo il protocollo {{PD:Splendor Sanitas}} con sanificazione. Preventivo {{R:PRV-SP-2025-118}}, circa {{$:540 €}}/mese + IVA.",
            ),
            (
                "c",
                "ok. fatturate a [[P:Tomasi Lavinia]] p.iva [[V:04518270360]], pec [[E:lavinia.tomasi@pec.example.it]]",
            ),
            (
                "c",
                "la mia assistente [[P:Rosa]] chiude alle {{TM:19:30}}, arrivate dopo. ah e le tende {{W:rosa}} della sala d'attesa vanno lavate a parte 😅",
            ),
            ("a", "Certo. Il turno serale lo fa [[P:Dragan]], ve lo presento domani. [[P:Elisa]]"),
            (
                "c",
                "ok, per le chiavi chiamate a casa [[T:0461/923 554]] dopo le 20 o mio marito, il dott. [[P:Giacomelli]]",
            ),
        ],
    },
    {
        "business": "splendor",
        "platform": "whatsapp",
        "customer": "Olena Kovalenko",
        "lang": "it",
        "start": "2025-04-07T10:52:00",
        "messages": [
            (
                "c",
                "buongiorno, io [[P:Olena Kovalenko]], vengo da [[L:Kharkiv]] [[L:Ucraina]], abito a [[L:Gardolo]] da 2 anni. cerco lavoro pulizie, ho esperienza hotel",
            ),
            (
                "a",
                "Buongiorno [[P:Olena]]! Stiamo cercando proprio ora. Ha la macchina? Lavoriamo anche in {{W:Valsugana}}.",
            ),
            (
                "c",
                "no macchina, only bus. sorry my italian not good, I can write english better? I can work in the city, morning",
                "en",
            ),
            (
                "a",
                "No problem, English is fine 😊 Send me your CV and email, and for payroll an IBAN.",
                "en",
            ),
            (
                "c",
                "email [[E:olena.kovalenko.ua@example.com]]\niban [[I:IT51 B076 0103 2000 0102 3957 461]]\nphone [[T:+39 389 50 44 127]], my number from [[L:Ukraine]] not work now",
                "en",
            ),
            (
                "a",
                "Thank you [[P:Olena]], I'll call you tomorrow morning. Welcome! [[P:Elisa]]",
                "en",
            ),
            (
                "c",
                "дякую! thank you so much, my daughter [[P:Sofiia]] help me with messages 🙂",
                "en",
            ),
        ],
    },
    {
        "business": "splendor",
        "platform": "messenger",
        "customer": "Matteo Zanella",
        "lang": "it",
        "start": "2025-06-20T22:40:00",
        "messages": [
            (
                "c",
                "ciao devo lasciare l'appartamento a [[L:Mattarello]] il {{D:30 giugno}}, il padrone di casa [[P:Sartori]] vuole la pulizia professionale se no mi trattiene la caparra 🙄",
            ),
            ("a", "Ciao! Pulizia di fine locazione fino a 70 mq {{$:180 €}}. Quanti mq sono?"),
            ("c", "60 circa. [[A:via Catoni 12, secondo piano]]"),
            ("c", "pago con carta? [[C:4929 2260 0621 9589]] così fate prima"),
            (
                "a",
                "Grazie, ma per sicurezza non scriva i dati della carta in chat: le mandiamo il link {{B:SumUp}}. Nome per la ricevuta?",
            ),
            (
                "c",
                "[[P:Matteo Zanella]]. dal {{D:1 luglio}} mi trasferisco a [[L:Bolzano]] x lavoro, se serve sono al [[T:+39 345 660 1198]]. ah il [[P:sartori]] controlla tutto col guanto bianco eh 😂",
            ),
            (
                "a",
                "Tranquillo, mandiamo [[P:Dragan]] e [[P:Oksana]], sono i più pignoli 😄 [[P:Elisa]]",
            ),
        ],
    },
    {
        "business": "splendor",
        "platform": "whatsapp",
        "customer": "Roberta Pojer",
        "lang": "it",
        "start": "2025-10-29T18:20:00",
        "messages": [
            (
                "c",
                "ciao! abbiamo finito di ristrutturare casa a [[L:Pressano]], frazione di [[L:Lavis]], c'è polvere ovunque 😩 fate pulizie post cantiere?",
            ),
            (
                "a",
                "Ciao! Sì, {{W:Lavis}} è in zona nostra. Post cantiere da {{$:6 €}}/mq. [[P:Elisa]]",
            ),
            (
                "c",
                "casa è sui 140 mq. indirizzo [[A:via dei Vigneti 9]]\nmio marito [[P:Roberto]] (lo chiamano tutti [[P:Bobo]]) ha la ditta edile, fatturate a lui: [[P:Pojer Roberto]] p.iva [[V:05129740188]]",
            ),
            (
                "a",
                "Perfetto. Possiamo venire il {{D:15 novembre}}, prima dei {{W:Mercatini di Natale}} che poi siamo pienissimi 🎄",
            ),
            (
                "c",
                "ottimo!! se vedete il nonno [[P:Gigi]] nel maso accanto salutatelo, vi offre sicuro un {{W:Teroldego}} 🍷 il mio numero [[T:333.815.4402]]",
            ),
            ("a", "Ahah con piacere! A presto"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(69, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
