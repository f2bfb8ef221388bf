# ruff: noqa: E501
"""Hand-written blind test corpus no. 67 for convmon's anonymiser.

Every message of this file was written by hand, one by one, as a writer of test data would
write them: no templates, no Faker, no generated sentences. All people, phone numbers, e-mail
addresses, handles, links and street addresses are invented; any resemblance to a real person
is accidental. The checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA
and EU VAT numbers) were computed once with python-stdnum (IBAN check digits, the Italian CIN,
Luhn, the codice fiscale control letter, mod 11-10 for the German VAT number) and pasted here
as literals, so that a detector that checks checksums sees valid values.

Markup (see handwritten_markup.py beside this file): ``[[CODE:value]]`` is a personal value
that the anonymiser must remove, ``{{CODE:value}}`` is a look-alike that must survive
(order numbers, prices, product names, brands and Page names, dates, times, tracking codes,
ordinary words and public names, reference codes). Each value is marked every time it appears.

The six businesses are invented: a piano tuner and repairer in Turin, a pet-sitting agency in
Rome, a dermatology clinic in Padua, a camping site on Lake Trasimeno, an online
print-on-demand T-shirt shop and an art-supplies shop in Florence. The emphasis of this corpus
is on names as people write them (relatives, neighbours, colleagues, children, pets' owners,
lowercase forms, nicknames, names that are words, foreign names, names spelled out, names only
in a signature or on a door bell), with a full mix of the other types.

Regenerate with: ``python make_handwritten67_corpus.py`` (writes handwritten67_corpus.jsonl
beside this file; the output is byte-identical on every run).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten67_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "piano": "Bosio Pianoforti Torino",
    "pets": "Zampette a Domicilio Roma",
    "derma": "Dermaclinica Euganea Padova",
    "camp": "Camping La Cannuccia Trasimeno",
    "tees": "Riotprint Tees",
    "arte": "Colori & Carte Oltrarno",
}
PAGE_IDS: dict[str, str] = {
    "piano": "667450218734561",
    "pets": "667450390182274",
    "derma": "667450475519903",
    "camp": "667450612048837",
    "tees": "667450733961402",
    "arte": "667450851276640",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ piano tuner, Turin
    {
        "business": "piano",
        "platform": "whatsapp",
        "customer": "Lucia Bertinetti",
        "lang": "it",
        "start": "2025-02-03T09:12:00",
        "messages": [
            (
                "c",
                "buongiorno volevo chiedere x un accordatura\nho un verticale {{B:Schimmel}} che era di mia nonna [[P:Gemma]] 🎹 nn lo suona nessuno da anni ma adesso mia nipote [[P:Sofia]] vuole iniziare",
            ),
            (
                "a",
                "Buongiorno! Certo, l'accordatura di un verticale costa {{$:90 €}}; se è fermo da tanto tempo può servire un doppio passaggio ({{$:130 €}}). In che zona si trova?",
            ),
            (
                "c",
                "sono a [[L:Moncalieri]] [[A:strada Revigliasco 41]]\nil citofono è [[P:Bertinetti-Gallo]] xke abito con mio marito",
            ),
            (
                "a",
                "Perfetto, fino a [[L:Moncalieri]] arriviamo senza supplemento. Le andrebbe bene {{D:giovedì 6}} alle {{TM:15:30}}? Passerebbe [[P:Ettore]], il nostro accordatore, con l'apprendista [[P:Samuele]] 🙂",
            ),
            (
                "c",
                "si va bene\nse nn rispondo al citofono chiami il [[T:333 481 2290]] oppure mia figlia [[P:martina]] [[T:349-771-0385]]",
            ),
            (
                "c",
                "ah la bimba si chiama [[P:Sofia]] se [[P:ettore]] le vuole far vedere come funziona dentro ahah",
            ),
            (
                "a",
                "Lo farà volentieri, lo fa sempre coi bambini 😄 A giovedì!\n[[P:Silvia]] - {{B:Bosio Pianoforti}}",
            ),
        ],
    },
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Harold Whitmore",
        "lang": "en",
        "start": "2025-02-05T18:40:00",
        "messages": [
            (
                "c",
                "Hello, I'm an English expat living in [[L:Chieri]] - my daughter [[P:Imogen]] has her grade 5 exam in {{D:March}} and our {{PD:Yamaha U1}} is awfully out of tune. Do you do house calls?",
            ),
            (
                "a",
                "Hi [[P:Harold]]! Yes, we come to you. A standard tuning is {{$:€90}}. Could you send the full address and a phone number?",
            ),
            (
                "c",
                "Sure, it's [[A:via Vittorio Emanuele II 118]], [[A:10023]] [[L:Chieri]]. The buzzer says [[P:Whitmore]] / [[P:Okonkwo]]",
            ),
            (
                "c",
                "my wife [[P:Adaeze]] will be home, her mobile is [[T:+44 7700 918245]] ([[L:UK]] number, she never changed it) or mine [[T:+39 340 559 1827]]",
            ),
            (
                "a",
                "Thank you! [[P:Ettore]] can come on {{D:Tuesday 11 February}} at {{TM:10:00}}. Would that work?",
            ),
            (
                "c",
                "perfect, grazie mille 🙏 [[P:Imogen]] says thank you too, she's been practising with a tuner app lol, her teacher Mrs [[P:Galli]] will be thrilled",
            ),
            (
                "a",
                "Ha, lovely. See you on {{D:Tuesday}}!\n[[P:Silvia]] from {{B:Bosio Pianoforti}}",
            ),
        ],
    },
    {
        "business": "piano",
        "platform": "instagram",
        "customer": "pianista_lorenzo",
        "lang": "it",
        "start": "2025-02-09T21:03:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:lorenzo]] ho visto il reel del restauro 😍😍 io suono su un {{PD:Petrof P 118}} con 2 tasti che si incantano e il pedale destro che cigola tipo porta di un film horror",
            ),
            (
                "a",
                "Ciao [[P:Lorenzo]]! Grazie 🙏 Per i tasti bloccati di solito è l'umidità nei feltri, si sistema in un'oretta. Dove si trova il pianoforte?",
            ),
            (
                "c",
                "in sala prove a [[L:San Salvario]] ma nn è mio è del mio maestro [[P:Gianmaria Ferrero]]",
            ),
            (
                "c",
                "cmq se volete vedere come suona il mio canale è [[U:youtube.com/@lorenzovietti.piano]] e su insta sono [[H:@pianista_lorenzo]] ovviamente ahah",
            ),
            (
                "a",
                "Ottimo! Per intervenire però ci serve l'ok del maestro [[P:Ferrero]]. Ci può lasciare un suo contatto?",
            ),
            (
                "c",
                "[[T:011 658 3391]] è lo studio, chiedete di [[P:Gian]] o [[P:Giamma]] 😂 lo chiamano tutti così\ngli porto pure dei {{B:Ferrero Rocher}} x ringraziarlo",
            ),
            ("a", "Ahah ottima strategia. Lo chiamiamo domattina!\n[[P:Ettore]]"),
        ],
    },
    {
        "business": "piano",
        "platform": "telegram",
        "customer": "Katarzyna W.",
        "lang": "it",
        "start": "2025-02-14T11:20:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Katarzyna Wiśniewska]], polacca, abito a [[L:Torino]] da 2 anni. mio pianoforte digitale non funziona un tasto, voi riparate anche digitale?",
            ),
            (
                "a",
                "Buongiorno [[P:Katarzyna]], sui digitali facciamo solo la diagnosi, per la riparazione ci appoggiamo a un collega. Che modello è?",
            ),
            ("c", "{{PD:Kawai CN29}}. sorry can I write english? is easier for me", "en"),
            (
                "c",
                "the key is the low C, it makes no sound at all. I bought it second hand from a man in [[L:Collegno]], Mr [[P:Bruno Cravero]], he said it was perfect 🙄",
                "en",
            ),
            (
                "a",
                "Of course! Our colleague is [[P:Walter Gribaudo]], he repairs {{B:Kawai}} and {{B:Roland}} digitals. His number is [[T:338.204.7716]], tell him [[P:Silvia]] sent you.",
                "en",
            ),
            (
                "c",
                "thank you! my husband [[P:Tomasz]] will call him tomorrow. my number is from [[L:Poland]] [[T:+48 512 330 847]] if he needs, or email [[E:kasia.wisniewska@example.pl]]. everybody here calls me [[P:Kasia]] 🙂",
                "en",
            ),
            ("a", "Perfect, I'll let him know. Good luck! 🎹\n[[P:Silvia]]", "en"),
        ],
    },
    {
        "business": "piano",
        "platform": "whatsapp",
        "customer": "Paola - Il Pentagramma",
        "lang": "it",
        "start": "2025-03-03T08:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Paola Cerutti]] della scuola di musica {{B:Il Pentagramma}} di [[L:Pinerolo]]. Avremmo 3 pianoforti da accordare prima del saggio del {{D:15 marzo}}",
            ),
            (
                "a",
                "Buongiorno [[P:Paola]]! Per tre strumenti nella stessa sede facciamo {{$:240 €}} + IVA. Ci servono i dati per la fattura.",
            ),
            (
                "c",
                "Allora: Associazione {{B:Il Pentagramma}} APS\nP.IVA [[V:04738210295]]\nsede [[A:corso Torino 212]], [[A:10064]] [[L:Pinerolo]]\nSDI {{R:M5UXCR1}}",
            ),
            (
                "c",
                "il giorno della visita ci sarà il maestro [[P:Aldo]], il cellulare è [[T:335 7720 418]]. io il sabato nn ci sono, per urgenze scrivete alla segretaria [[P:Manuela]] [[E:manu.pentagramma@example.it]]",
            ),
            (
                "a",
                "Perfetto. [[P:Ettore]] può venire {{D:lunedì 10 marzo}} dalle {{TM:9:00}}. La fattura {{R:FT 2025/0147}} ve la mandiamo dopo l'intervento, il bonifico va su [[I:IT08 F030 6911 8840 0004 7113 925]]",
            ),
            (
                "c",
                "ok grazie!! ah, la sig.ra [[P:Cerutti]] sono io eh, se in segreteria chiedono 😅",
            ),
            ("a", "Ahah segnato 🙂 Buona giornata!\n[[P:Silvia]] - {{B:Bosio Pianoforti}}"),
        ],
    },
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Giuse Barale",
        "lang": "it",
        "start": "2025-03-07T19:31:00",
        "messages": [
            (
                "c",
                "salve mi chiamo [[P:Giuseppe Barale]] ma x tutti sono [[P:Giuse]] 😅 dovrei spostare il piano di mia mamma da [[L:Torino]] a [[L:Settimo Torinese]], voi fate anche traslochi di pianoforti?",
            ),
            (
                "a",
                "Salve! Sì, trasporti di pianoforti con tre operatori e carrello. Mi dice piano di partenza e di arrivo e se ci sono ascensori?",
            ),
            (
                "c",
                "partenza [[A:via Nizza 87]], è al 4 piano senza ascensore 😬\narrivo [[A:via Regio Parco]] a [[L:Settimo]], piano terra",
            ),
            ("c", "il numero è [[A:15/B]] scusate"),
            (
                "c",
                "le chiavi di [[A:via nizza]] ce le ha la vicina del 3°, citofonare [[P:Delpiano]] (la sig.ra [[P:Rosa]]), mia mamma è già da me\nah il piano è laccato {{W:rosa}} antico, fate attenzione pls",
            ),
            (
                "a",
                "Con il quarto piano senza ascensore il trasporto è {{$:280 €}}. Sabato {{D:22 marzo}} alle {{TM:8:30}} le va bene? Trattiamo il {{W:rosa}} antico come un neonato, promesso 😊",
            ),
            (
                "c",
                "ok x sabato, giù ad aspettarvi c'è mio cugino [[P:Fabrizio]] ([[P:Fabri]]) [[T:347 90 11 263]]",
            ),
            ("a", "Perfetto, a sabato!\n[[P:Silvia]] - {{B:Bosio Pianoforti}}"),
        ],
    },
    {
        "business": "piano",
        "platform": "instagram",
        "customer": "nora.plays",
        "lang": "en",
        "start": "2025-03-12T16:48:00",
        "messages": [
            (
                "c",
                "hi!! do you restore antique pianos? I have an upright that belonged to my great-grandfather [[P:Ignazio Quaglia]], he bought it in [[L:Vienna]] before the war. it's a {{B:Bösendorfer}} (I think??)",
            ),
            (
                "a",
                "Hi! Yes, restoration is our favourite job 😍 Could you send photos of the frame and the serial number inside the lid?",
            ),
            (
                "c",
                "sending now\nI live in [[L:Aosta]] though, do you travel that far? my partner [[P:Remy]] can drive it down if not",
            ),
            (
                "c",
                "and my email for the quote is [[E:nora dot quaglia at proton dot me]] bc I never check insta dms lol, or text me [[T:+39 371 402 5518]]",
            ),
            (
                "a",
                "Beautiful instrument, it's definitely a {{B:Bösendorfer}}! For a full restoration it has to come to our workshop. We'll send the quote to your e-mail within a week. The first visit in [[L:Aosta]] costs {{$:150 €}} travel included.",
            ),
            ("c", "amazing. he used to play {{W:Chopin}} on it every Sunday, my nonna says 🥹"),
            ("a", "Then we'll make sure it sings {{W:Chopin}} again.\n[[P:Ettore Bosio]]"),
        ],
    },
    {
        "business": "piano",
        "platform": "telegram",
        "customer": "Mimmo",
        "lang": "it",
        "start": "2025-03-18T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei vendere un pianoforte a coda era di mio zio [[P:Tonino]] che è mancato a {{D:gennaio}}, voi comprate o fate valutazioni?",
            ),
            (
                "a",
                "Buongiorno e condoglianze. Non compriamo strumenti ma facciamo valutazioni scritte a {{$:70 €}}. Di che marca è?",
            ),
            (
                "c",
                "{{B:August Förster}} credo anni 60\nè a [[L:Borgo San Paolo]] in casa sua, [[A:via di Nanni 52]] citofono [[P:Esposito]]",
            ),
            (
                "c",
                "mi chiamo [[P:Domenico Esposito]], [[P:Mimmo]] va bene\nil numero è [[T:340 22\n81 904]] (scusate mi è andato a capo)",
            ),
            (
                "a",
                "Nessun problema [[P:Domenico]]. Le proponiamo {{D:venerdì 21}} alle {{TM:17:00}}. Il nostro tecnico si chiama [[P:Ettore]].",
            ),
            (
                "c",
                "va bene. se non ci sono io apre mia cognata [[P:Carmela]], il suo numero è [[T:011 771 2045]]",
            ),
            ("a", "Perfetto. Ci lascia anche una mail per mandarle la valutazione scritta?"),
            (
                "c",
                "[[E:mimmo.esposito64@example.it]] oppure quella di mio figlio [[P:Ciro]], [[E:ciro punto esposito chiocciola example punto it]], che il computer lo usa lui",
            ),
        ],
    },
    # ------------------------------------------------------------------ pet sitting, Rome
    {
        "business": "pets",
        "platform": "whatsapp",
        "customer": "Valentina Rinaldi",
        "lang": "it",
        "start": "2025-03-20T13:14:00",
        "messages": [
            (
                "c",
                "ciao! ci servirebbe qualcuno x il gatto dal {{D:12}} al {{D:19 aprile}}, andiamo in [[L:Portogallo]] 🥳\nil gatto si chiama {{W:Tigre}} ed è un po timido all'inizio",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Due visite al giorno sono {{$:28 €}} al giorno, una sola {{$:16 €}}. In che zona siete?",
            ),
            (
                "c",
                "[[L:Monteverde]], [[A:via Fratelli Bonnet 34 int. 9]]\nle chiavi le lascio alla portiera, la sig.ra [[P:Anna]]",
            ),
            (
                "a",
                "Perfetto, in zona abbiamo [[P:Davide]], che ha già due gatti timidi in carico 😺 Vi facciamo conoscere prima della partenza?",
            ),
            (
                "c",
                "si grazie! mio figlio [[P:Leo]] vuole sapere se gli mandate le foto di {{W:Tigre}} ogni giorno ahah 📸\nil mio numero [[T:+39 328 664 0192]] e la mail [[E:vale.rinaldi85@example.it]]",
            ),
            (
                "a",
                "Foto tutti i giorni, promesso a [[P:Leo]]! [[P:Davide]] vi scrive per l'incontro {{D:sabato}}.\n[[P:Noemi]] - {{B:Zampette a Domicilio}}",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "messenger",
        "customer": "Chidi Okafor",
        "lang": "en",
        "start": "2025-03-22T07:41:00",
        "messages": [
            (
                "c",
                "Hi, my name is [[P:Chidi Okafor]], I'm a nurse at the {{W:Gemelli}} and I do 12h shifts. I need someone to walk my dog {{W:Biscuit}} at lunchtime, mon to fri",
            ),
            (
                "a",
                "Hi [[P:Chidi]]! A 45-minute walk is {{$:€15}}, or {{$:€65}} for the 5-day week. Where do you live?",
            ),
            (
                "c",
                "[[L:Trastevere]], [[A:vicolo del Cinque 19, 2nd floor]]. my neighbour [[P:Hope Adeyemi]] has spare keys, she's at [[T:+39 351 208 7734]], mine is [[T:+39 320 771 0934]]",
            ),
            ("c", "I {{W:hope}} that's ok lol, [[P:Hope]] is always home in the mornings"),
            ("c", "can I pay by card now? [[C:4532 0148 7766 2312]] exp {{D:09/27}}"),
            (
                "a",
                "Please don't send card numbers in chat 🙏 we'll e-mail you a secure payment link instead. Could you delete that message? [[P:Aisha]] will be {{W:Biscuit}}'s walker, she lives two streets away from you.\n[[P:Noemi]]",
            ),
            (
                "c",
                "oops sorry, deleted. send the link to [[E:chidi.okafor@example.com]] pls. thank you!! 🐶",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "instagram",
        "customer": "marti_e_pepe",
        "lang": "it",
        "start": "2025-03-25T20:22:00",
        "messages": [
            (
                "c",
                "ciaooo vorrei prenotare x {{W:Pepe}} il weekend del {{D:5-6 aprile}}, vado a un matrimonio a [[L:Lecce]] 💃",
            ),
            (
                "a",
                "Ciao! Con piacere. Per la prenotazione ci serve nome e cognome del proprietario 🙂",
            ),
            ("c", "[[P:Martina Ciampoli]]\n[[P:C-I-A-M-P-O-L-I]] che tutti scrivono ciampolli"),
            (
                "c",
                "abito al [[L:Pigneto]], [[A:via del Pigneto 210]], citofono [[P:Ciampoli/Serafini]] xke ci vivo col mio ragazzo",
            ),
            (
                "a",
                "Grazie [[P:Martina]]! Se vi va bene manderemmo [[P:Aisha]]. Ci lasci anche una mail per il riepilogo?",
            ),
            (
                "c",
                "[[E:martina.ciampoli chiocciola libero punto it]]\nah {{W:Pepe}} odia i monopattini, ditelo ad [[P:aisha]] 🙈",
            ),
            (
                "a",
                "Riferito! Il totale per il weekend è {{$:60 €}}, prenotazione {{R:ZD-0412}}.\n[[P:Noemi]] 🐾",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "telegram",
        "customer": "Jürgen Hoffmeister",
        "lang": "en",
        "start": "2025-04-01T09:02:00",
        "messages": [
            (
                "c",
                "Guten Tag... Entschuldigung, mein Italienisch ist schlecht. I write english ok?",
                "de",
            ),
            (
                "c",
                "We are [[P:Jürgen]] and [[P:Birgit Hoffmeister]] with our daughter [[P:Mia]], we moved to [[L:Appio Latino]] in {{D:January}}. We fly to [[L:Hamburg]] on {{D:3 May}} for two weeks and need a sitter for our cat {{W:Mozart}}",
            ),
            (
                "a",
                "Hello [[P:Jürgen]]! No problem. Daily visits are {{$:€16}}, two visits {{$:€28}}. What's the address?",
            ),
            (
                "c",
                "[[A:via Appia Nuova 401, scala C]], [[A:00181]]. The name on the bell is still the old tenant, [[P:Marcucci]], sorry 😅",
            ),
            (
                "c",
                "my number from [[L:Germany]] works also there: [[T:+49 1512 3348790]]. For the deposit you can send back to [[I:DE81 3704 0044 0532 0130 47]]",
            ),
            (
                "a",
                "Thank you! The deposit is {{$:€50}}, refunded after the stay. Our sitter [[P:Davide]] will come on {{D:29 April}} at {{TM:18:00}} to meet {{W:Mozart}}.\n[[P:Noemi]] - {{B:Zampette a Domicilio}}",
            ),
            (
                "c",
                "Wunderbar, danke! [[P:Birgit]] says thank you too and [[P:Mia]] will draw a picture for [[P:Davide]] 🎨",
                "de",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "whatsapp",
        "customer": "Rosa Speranza",
        "lang": "it",
        "start": "2025-04-03T15:37:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Rosa Speranza]], il vostro numero me l'ha dato la mia collega [[P:Loredana]]\nho un cagnolino anziano, {{W:Felice}}, che nn può stare solo tutto il giorno",
            ),
            (
                "a",
                "Buonasera signora [[P:Speranza]]! Possiamo fare due uscite brevi al giorno, sono {{$:22 €}}. Dove abitate?",
            ),
            (
                "c",
                "alla [[L:Garbatella]], [[A:piazza Benedetto Brin 5]]\nsono in ospedale {{D:dal 14 al 18}} x un intervento, nulla di grave",
            ),
            (
                "c",
                "ho ancora {{W:speranza}} che mio fratello [[P:Sergio]] se lo possa tenere ma lui abita a [[L:Latina]] e lavora, e mia nipote [[P:Debora]] è incinta",
            ),
            (
                "a",
                "Ci pensiamo noi, stia tranquilla. {{W:Felice}} sarà {{W:felice}} 😊 Ha un guinzaglio o una pettorina particolare?",
            ),
            (
                "c",
                "la pettorina {{W:rosa}} appesa dietro la porta. il mio cell è [[T:06 5413 229]] casa, [[T:338 6120 447]] cellulare\ngrazie di cuore",
            ),
            (
                "a",
                "Grazie a lei signora [[P:Rosa]], in bocca al lupo per l'intervento.\n[[P:Noemi]]",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "messenger",
        "customer": "Zhang Li",
        "lang": "it",
        "start": "2025-04-07T22:10:00",
        "messages": [
            (
                "c",
                "ciao, io sono [[P:Zhang Li]], studentessa a {{W:La Sapienza}}. io ho un coniglio, si chiama {{W:Mochi}}. torno in [[L:Cina]] a [[L:Chengdu]] x 3 settimane, voi curate conigli?",
            ),
            ("a", "Ciao [[P:Li]]! Sì, seguiamo anche conigli. Da quando a quando ti servirebbe?"),
            (
                "c",
                "dal {{D:10 luglio}} al {{D:31 luglio}}. io abito a [[L:San Lorenzo]] con la coinquilina [[P:Giada]] ma lei va in vacanza anche",
            ),
            (
                "c",
                "mi serve fattura con codice fiscale per università (borsa studio) [[CF:ZHNLIX95E61Z210U]]",
            ),
            ("a", "Perfetto, la fattura la intestiamo a te. Ci manderesti l'indirizzo completo?"),
            (
                "c",
                "[[A:via dei Volsci 88 interno 4]]\nil mio amico [[P:Wang Jun]] ha chiave se serve, [[T:320 448 1973]]",
            ),
            (
                "a",
                "Grazie! Per 21 giorni fa {{$:336 €}}. Ti scriverà [[P:Davide]] per conoscere {{W:Mochi}} 🐰\n[[P:Noemi]] - {{B:Zampette a Domicilio}}",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "instagram",
        "customer": "Gianluca Ferretti",
        "lang": "it",
        "start": "2025-04-15T08:50:00",
        "messages": [
            (
                "c",
                "buongiorno, devo fare un reclamo. ieri il sitter doveva venire alle {{TM:12}} ed è arrivato alle {{TM:13:40}}. il cane ha fatto la pipì in casa",
            ),
            (
                "c",
                "il vicino [[P:Sandrino]] (quello del 2° piano, [[P:Ruggeri]]) mi ha detto che [[P:davide]] ha suonato al citofono sbagliato per mezz ora. mia moglie [[P:Eleonora]] era furiosa",
            ),
            (
                "a",
                "Buongiorno signor [[P:Ferretti]], ci scusiamo davvero. Abbiamo parlato con [[P:Davide]]: aveva il civico sbagliato nel gestionale. Le rimborsiamo la visita, {{$:25 €}}, pratica {{R:PS-2025-0318}}.",
            ),
            (
                "c",
                "ok apprezzo. [[I:IT71 N020 0801 6320 0010 4588 213]] intestato a [[P:Gianluca Ferretti]]",
            ),
            (
                "c",
                "e x favore scrivetelo giusto: [[A:via Tuscolana 1012]], non 1021. [[P:Ele]] vi ringrazia 😒",
            ),
            (
                "a",
                "Corretto in anagrafica. Il bonifico parte entro {{D:venerdì}}. Ancora scuse.\n[[P:Noemi]]",
            ),
            (
                "c",
                "ah e mia suocera [[P:Franca]] che abita al piano di sopra dice che le chiavi il sitter le può lasciare a lei, citofono [[P:Pace]]",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "telegram",
        "customer": "Dan R.",
        "lang": "en",
        "start": "2025-04-19T17:26:00",
        "messages": [
            (
                "c",
                "hey! [[P:Daniel Rourke]] here, from [[L:Portland]], [[L:Oregon]]. I'm in [[L:Rome]] for 6 months with my dog {{W:Lincoln}} and I need someone for a few days in {{D:May}}",
            ),
            ("a", "Hi [[P:Daniel]]! Happy to help. Which days and where are you staying?"),
            (
                "c",
                "{{D:May 9}} to {{D:May 12}}, I'm going to [[L:Naples]] for a work thing. apartment is [[A:via dei Coronari 143, apt 4]]",
            ),
            (
                "c",
                "{{W:Lincoln}} takes pills for his joints, his vet here is dr. [[P:Paolucci]]. my [[L:US]] cell is [[T:(503) 555-0187]] but telegram is easier, I'm [[H:dan_in_rome]]",
            ),
            (
                "a",
                "Got it. Four days with two walks a day is {{$:€112}}. [[P:Aisha]] will handle it, she's great with big dogs.\n[[P:Noemi]] - {{B:Zampette a Domicilio}}",
            ),
            ("c", "awesome. {{W:Lincoln}} approves 🐕🇺🇸"),
        ],
    },
    # ------------------------------------------------------------------ dermatology clinic, Padua
    {
        "business": "derma",
        "platform": "whatsapp",
        "customer": "Elisa Schiavon",
        "lang": "it",
        "start": "2025-03-04T08:31:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare una mappatura dei nei, mia sorella [[P:Chiara]] è venuta da voi l anno scorso e si è trovata benissimo con la dott.ssa [[P:Zanon]]",
            ),
            (
                "a",
                "Buongiorno! La mappatura con dermatoscopio digitale costa {{$:120 €}}. La dott.ssa [[P:Zanon]] ha posto {{D:martedì 18 marzo}} alle {{TM:9:40}}. Mi lascia nome, cognome e codice fiscale?",
            ),
            ("c", "[[P:Elisa Schiavon]]\n[[CF:SCHLSE90L62G224M]]\ncell [[T:340 8872 615]]"),
            (
                "c",
                "vengo da [[L:Abano Terme]], c'è parcheggio? ah e se nn riesco ad accompagnarmi da sola mi porta il mio compagno [[P:Nicola]]",
            ),
            (
                "a",
                "Sì, parcheggio interno gratuito. Prenotazione {{R:PR-44871}} confermata. Il giorno prima le arriva un sms di promemoria.\n[[P:Giulia]] - reception {{B:Dermaclinica Euganea}}",
            ),
            ("c", "perfetto grazie mille [[P:giulia]] 😊"),
        ],
    },
    {
        "business": "derma",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-03-06T12:15:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Priya Raghunathan]], postdoc at the {{W:University of Padua}}. I've had eczema on my hands since I moved here from [[L:Chennai]] and my Italian is not good enough for a doctor's visit. Is there an English-speaking dermatologist?",
            ),
            (
                "a",
                "Hello [[P:Priya]]! Yes, dott. [[P:Ferlin]] speaks English fluently. A first visit is {{$:€110}}. Would {{D:Thursday 13}} at {{TM:17:20}} work?",
            ),
            (
                "c",
                "yes please. my husband [[P:Arjun]] also wants to come for a rash, can we book him right after?",
            ),
            (
                "a",
                "Of course: {{TM:17:50}} for [[P:Arjun]]. Could you give me his surname, a phone number and an e-mail for the confirmation?",
            ),
            (
                "c",
                "[[P:Arjun Venkatesan]] (different surname from mine 🙂)\nphone [[T:+39 392 118 4406]]\nemail [[E:priya.r@example.com]]",
            ),
            (
                "c",
                "also the pharmacist in {{W:via Roma}}, dr [[P:Bortolami]], told me to try {{PD:La Roche-Posay Lipikar}}, should I keep using it until the visit?",
            ),
            (
                "a",
                "Yes, that's fine, bring it with you so dott. [[P:Ferlin]] can see it. See you on {{D:Thursday}}!\n[[P:Giulia]] - reception",
            ),
        ],
    },
    {
        "business": "derma",
        "platform": "instagram",
        "customer": "tommy_ricci",
        "lang": "it",
        "start": "2025-03-10T19:44:00",
        "messages": [
            (
                "c",
                "buonasera scrivo dal profilo di mio figlio perché io non ho instagram 😅 sono la mamma di [[P:Tommaso]], ha 15 anni e l'acne gli sta rovinando l'umore",
            ),
            (
                "a",
                "Buonasera! Nessun problema. Per i ragazzi facciamo una prima visita a {{$:95 €}}. Come si chiama lei e dove abitate?",
            ),
            (
                "c",
                "[[P:Patrizia Ricci]], abitiamo a [[L:Piove di Sacco]]. [[P:Tommy]] esce da scuola alle {{TM:13:10}} quindi meglio pomeriggio",
            ),
            (
                "c",
                "la sua prof di italiano, la [[P:Bettin]], mi ha detto che anche sua figlia [[P:Greta]] era venuta qui",
            ),
            (
                "a",
                "Che bello il passaparola 😊 Le propongo {{D:mercoledì 26}} alle {{TM:15:00}} con dott.ssa [[P:Zanon]]. Per la fattura detraibile mi serve il codice fiscale di chi paga.",
            ),
            (
                "c",
                "[[CF:RCCPRZ72D55G224Z]] grazie, la fattura a [[E:patrizia.ricci72@example.it]]\nps nn ditegli che vi ho scritto dal suo profilo ahah",
            ),
            ("a", "Segreto professionale 🤐 A {{D:mercoledì}}!\n[[P:Giulia]]"),
        ],
    },
    {
        "business": "derma",
        "platform": "telegram",
        "customer": "Marco Ghezzo",
        "lang": "it",
        "start": "2025-03-14T10:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, avrei bisogno della fattura della visita del {{D:7 marzo}} intestata alla mia ditta individuale",
            ),
            ("a", "Buongiorno! Certo, mi manda i dati di fatturazione?"),
            (
                "c",
                "[[P:Marco Ghezzo]] - grafica e stampa\nP.IVA [[V:02615940380]]\n[[A:via Roma 14]]\n[[A:35010]] [[L:Vigonza]]\nPEC [[E:marco.ghezzo@pec.example.it]]",
            ),
            (
                "a",
                "Ricevuto. La fattura {{R:FT-2025-0091}} di {{$:180,00 €}} arriva in PEC entro oggi. Posso aiutarla in altro?",
            ),
            (
                "c",
                "si, mio padre [[P:Renzo]] dovrebbe fare il controllo delle cheratosi, ma lui nn usa telegram. lo chiamate voi al [[T:049 964 2871]]? ha 81 anni e abita con me a [[L:Vigonza]], parlate piano",
            ),
            (
                "a",
                "Lo chiamiamo domattina, con calma promesso. Buona giornata!\n[[P:Giulia]] - {{B:Dermaclinica Euganea}}",
            ),
        ],
    },
    {
        "business": "derma",
        "platform": "whatsapp",
        "customer": "Fatima Zahra",
        "lang": "en",
        "start": "2025-03-19T16:27:00",
        "messages": [
            (
                "c",
                "hello good afternoon, I want information for laser on the skin spots (melasma?) my italian is little",
            ),
            (
                "a",
                "Good afternoon! For melasma dott.ssa [[P:Zanon]] does a first visit ({{$:€120}}) and then decides the treatment. Can I have your name?",
            ),
            (
                "c",
                "[[P:Fatima Zahra El Idrissi]]. the surname is [[P:E-L I-D-R-I-S-S-I]], two S 🙂",
            ),
            (
                "c",
                "désolée, je parle mieux français... vous avez quelqu'un qui parle français à la clinique?",
                "fr",
            ),
            (
                "a",
                "Oui, la dott.ssa [[P:Zanon]] parle un peu français 🙂 {{D:Lundi 24 mars}} à {{TM:11h30}}, ça vous va ?",
                "fr",
            ),
            (
                "c",
                "yes ok perfect. I come from [[L:Rovigo]] with my brother [[P:Youssef]], he drives. my phone [[T:0039 347 225 1908]], email [[E:fz.elidrissi arobase example point com]]",
            ),
            (
                "a",
                "Booked, reference {{R:PR-45102}}. See you on {{D:Monday}}, [[P:Fatima]]!\n[[P:Giulia]]",
            ),
        ],
    },
    {
        "business": "derma",
        "platform": "messenger",
        "customer": "Bianca Munaron",
        "lang": "it",
        "start": "2025-03-24T21:58:00",
        "messages": [
            (
                "c",
                "ciao! mi ha consigliato voi la mia collega [[P:Morena]] ([[H:@morena_nails]] su insta) x il peeling chimico. vorrei pagare subito l acconto così mi tengo il posto",
            ),
            (
                "c",
                "carta [[C:5374-1298-3305-6629]] scad {{D:11/26}} intestata a [[P:Bianca Munaron]]",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Per favore non ci mandi i dati della carta in chat, li cancelli subito 🙏 L'acconto di {{$:50 €}} si paga al link che le mandiamo via sms. A che numero?",
            ),
            ("c", "[[T:345 109 8822]]\nscusate nn ci avevo pensato 🙈 ho cancellato"),
            (
                "c",
                "dopo il peeling posso usare la mia crema {{PD:Avène Cicalfate}}? o la pasta {{W:bianca}} che mi aveva dato il dottore la volta scorsa?",
            ),
            (
                "a",
                "Meglio la {{PD:Cicalfate}}, ma ne parla con dott. [[P:Stocco]] il giorno del trattamento. Le ho mandato il link.\n[[P:Giulia]] - reception",
            ),
        ],
    },
    {
        "business": "derma",
        "platform": "instagram",
        "customer": "sven.lq",
        "lang": "en",
        "start": "2025-04-02T13:33:00",
        "messages": [
            (
                "c",
                "hi, I'm [[P:Sven Lindqvist]], erasmus student from [[L:Uppsala]]. I got a really bad sunburn in [[L:Sardinia]] last weekend and there are blisters now, can someone see me this week?",
            ),
            (
                "a",
                "Hi [[P:Sven]], sorry to hear that! Blisters should be seen soon. Tomorrow at {{TM:12:40}} with dott. [[P:Ferlin]], {{$:€110}}. Ok?",
            ),
            (
                "c",
                "yes!! thank you. I live at [[A:via Belzoni 66]] with [[P:Jonas]] and [[P:Inés]], is it far?",
            ),
            (
                "c",
                "[[P:Inés]] asks: ¿también hacéis tratamientos para el acné? ella no habla italiano",
                "es",
            ),
            (
                "a",
                "Sí, claro 🙂 She can write to us here or call the reception. Your place is 15 minutes by tram from us. Please send an e-mail for the receipt.",
                "en",
            ),
            (
                "c",
                "oh and [[P:Jonas]] says hi, he's the one who forgot the sunscreen 🙄 he's [[H:@jonas.bergkvist]] if [[P:Inés]] can't reach you",
            ),
            (
                "c",
                "[[E:sven.lindqvist@student.example.se]]\nand my number from [[L:Sweden]] [[T:+46 70 318 24 96]]\nsee you tomorrow",
            ),
        ],
    },
    {
        "business": "derma",
        "platform": "telegram",
        "customer": "Nicolò M.",
        "lang": "it",
        "start": "2025-04-08T18:11:00",
        "messages": [
            (
                "c",
                "salve scrivo x mia nonna [[P:Giuseppina Menegazzo]] (per tutti nonna [[P:Pina]]) che ha una macchia sul naso che nn le piace per niente",
            ),
            (
                "c",
                "lei è di [[L:Este]] e nn guida piu, la porto io il sabato. sono il nipote [[P:Nicolò]]",
            ),
            (
                "a",
                "Buonasera [[P:Nicolò]]! Il sabato mattina c'è dott. [[P:Stocco]]: {{D:sabato 19 aprile}} alle {{TM:10:20}}. Per la prenotazione mi serve il codice fiscale della signora.",
            ),
            (
                "c",
                "[[CF:MNGGPP41C48D442Z]]\nil fisso di casa sua è [[T:0429\n601 377]] se dovete chiamarla, parlate forte 😅",
            ),
            (
                "a",
                "Perfetto, prenotazione {{R:PR-45890}}. Visita con ticket o privata? Privata è {{$:110 €}}.",
            ),
            ("c", "privata. grazie mille, la [[P:Pina]] è già agitata ahah"),
        ],
    },
    # ------------------------------------------------------------------ camping, Lake Trasimeno
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Stefano M.",
        "lang": "it",
        "start": "2025-04-10T20:45:00",
        "messages": [
            (
                "c",
                "buonasera avete una piazzola x camper {{D:dal 2 al 9 agosto}}? siamo in 4, io [[P:Stefano]], mia moglie [[P:Ilaria]] e i bimbi [[P:Gaia]] e [[P:Pietro]] (7 e 4 anni)",
            ),
            (
                "a",
                "Buonasera! Sì, ci sono ancora piazzole vista lago. Per camper e 4 persone sono {{$:38 €}} a notte più la tassa di soggiorno. A che nome prenoto?",
            ),
            (
                "c",
                "a nome [[P:Manservigi]]\n[[P:M A N S E R V I G I]] 😅 partiamo da [[L:Bologna]] la mattina presto, cell [[T:335 60 44 918]]",
            ),
            (
                "c",
                "mail [[E:stefano.manservigi@example.it]]\n[[P:gaia]] chiede se c'è la piscina e se si può andare all'{{W:Isola Maggiore}} col traghetto",
            ),
            (
                "a",
                "Piscina sì, e il traghetto per l'{{W:Isola Maggiore}} parte da {{W:Castiglione del Lago}} a dieci minuti da noi 🚤 Prenotazione {{R:CLC-25-0412}}, acconto {{$:100 €}}.\n[[P:Mirko]] - {{B:Camping La Cannuccia}}",
            ),
            ("c", "grandeee grazie [[P:Mirko]]"),
        ],
    },
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Femke de Vries",
        "lang": "en",
        "start": "2025-04-14T09:18:00",
        "messages": [
            (
                "c",
                "Hello! We are [[P:Femke]] and [[P:Joost de Vries]] from [[L:Utrecht]], coming with our caravan and our dog. Do you have a pitch from {{D:June 14}} for one week?",
            ),
            (
                "a",
                "Hello [[P:Femke]]! Yes, dogs are welcome (leash in common areas). Caravan + 2 adults + dog is {{$:€34}} per night. Shade or lake view?",
            ),
            ("c", "shade please, [[P:Joost]] is always red like a tomato after one day 😂"),
            (
                "c",
                "my phone is [[T:+31 6 4172 9083]], email [[E:femke.devries@example.nl]]. we drive through [[L:Switzerland]] and sleep one night in [[L:Como]], so arrival is maybe late, after {{TM:21:00}}",
            ),
            (
                "a",
                "No problem, late check-in is possible until {{TM:22:30}}, just call the night number. Booking {{R:CLC-25-0431}}.\n[[P:Annalisa]]",
            ),
            ("c", "dank je wel! see you in {{D:June}}", "nl"),
        ],
    },
    {
        "business": "camp",
        "platform": "instagram",
        "customer": "giuly.on.the.road",
        "lang": "it",
        "start": "2025-04-20T23:02:00",
        "messages": [
            (
                "c",
                "ciaooo siamo 5 amiche e veniamo x il {{W:Moon in June}} 🌙 avete ancora posto x 2 tende??",
            ),
            (
                "a",
                "Ciao! Per il weekend del festival restano poche piazzole, due tende vicine ve le teniamo fino a domani. Nomi?",
            ),
            (
                "c",
                "io sono [[P:Giulia Paffetti]] ([[H:@giuly.on.the.road]] appunto ahah) poi [[P:fede]], [[P:ste]], [[P:vale]] e [[P:Bea Contini]]",
            ),
            (
                "c",
                "veniamo da [[L:Arezzo]] con la panda di [[P:ste]] quindi tipo 5 persone e 10 zaini 😂\nil mio numero [[T:3471190356]]",
            ),
            (
                "a",
                "Ahah coraggiose! Due tende {{$:18 €}} l'una più {{$:9 €}} a persona. Prenotazione {{R:CLC-25-0502}} a nome [[P:Paffetti]].\n[[P:Annalisa]] 🏕️",
            ),
            (
                "c",
                "ah e [[P:Bea]] arriva il giorno dopo in treno da [[L:Firenze]], si può aggiungere? lei è [[P:Beatrice]] sul documento eh",
            ),
            (
                "c",
                "top!! [[P:vale]] ha detto di chiedere se il bar fa la {{PD:pizza Margherita}} di sera",
            ),
            (
                "a",
                "{{PD:Margherita}}, {{PD:diavola}} e la nostra {{PD:pizza Trasimeno}} con il pesce di lago 😉",
            ),
        ],
    },
    {
        "business": "camp",
        "platform": "telegram",
        "customer": "Javier Gómez",
        "lang": "en",
        "start": "2025-04-23T12:40:00",
        "messages": [
            (
                "c",
                "Hola! Sorry, I write in english. We are a family from [[L:Madrid]], 2 adults 2 kids, we want a bungalow {{D:July 20-27}}",
            ),
            (
                "a",
                "Hola! Bungalow for four is {{$:€95}} per night. Could you give me the name for the booking and an address for the invoice?",
            ),
            (
                "c",
                "[[P:Javier Gómez Ruiz]]\n[[A:Calle de Alcalá 214, 5º izq.]]\n[[A:28028]] [[L:Madrid]]\nkids are [[P:Lucía]] (9) and [[P:Mateo]] (6)\nmobile [[T:+34 612 48 90 37]]",
            ),
            (
                "c",
                "mi mujer [[P:Carmen]] pregunta si hay cuna, el pequeño a veces duerme mal",
                "es",
            ),
            (
                "a",
                "Sí, tenemos cuna gratis 🙂 Please pay the 30% deposit ({{$:€199.50}}) by {{D:May 15}}. Booking {{R:CLC-25-0517}}.\n[[P:Mirko]]",
                "en",
            ),
            (
                "c",
                "done. if there is a refund one day, my account is [[I:ES30 2100 0418 4702 0005 1362]]. gracias [[P:Mirko]]!",
            ),
        ],
    },
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Ornella Pucci",
        "lang": "it",
        "start": "2025-05-02T08:07:00",
        "messages": [
            (
                "c",
                "buongiorno purtroppo dobbiamo cancellare la prenotazione {{R:CLC-25-0288}} di {{D:giugno}}\nmio suocero [[P:Gino]] è stato operato a [[L:Terni]] e dobbiamo stare vicino a lui",
            ),
            (
                "a",
                "Buongiorno signora, ci dispiace molto. Cancellando più di 30 giorni prima le restituiamo tutto l'acconto, {{$:150 €}}. Ci manda l'IBAN?",
            ),
            (
                "c",
                "[[I:IT70V0503412100000000731846]]\nintestato a [[P:Ornella Pucci]] e [[P:Massimo Lilli]] (mio marito)",
            ),
            (
                "a",
                "Ricevuto, il rimborso parte entro {{D:mercoledì 7}}. Tanti auguri al signor [[P:Gino]]!\n[[P:Annalisa]] - {{B:Camping La Cannuccia}}",
            ),
            (
                "c",
                "grazie davvero, siete stati gentilissimi. ci rifacciamo a {{D:settembre}}, magari x la {{W:Festa del Tulipano}} a {{W:Castiglione}} coi nipoti [[P:Irene]] e [[P:Tobia]]",
            ),
        ],
    },
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Gareth Pryce-Jones",
        "lang": "en",
        "start": "2025-05-17T19:55:00",
        "messages": [
            (
                "c",
                "Evening. Pitch 52 here, the wifi keeps dropping. My laptop says it's got [[IP:192.168.14.117]] but nothing loads. Need it for a work call tomorrow at {{TM:9}}",
            ),
            (
                "a",
                "Good evening! Sorry about that. Try to forget the network and reconnect to {{W:Cannuccia-Guest}}. If it doesn't work, [[P:Mirko]] at reception can give you a cable spot in the bar from {{TM:8:00}}.",
            ),
            (
                "c",
                "tried that, now it says [[IP:2a02:c7c:8e12:4b00:5d1:9f2a:33c0:1c]] and still nothing. cheers though, I'll pop by",
            ),
            (
                "c",
                "also could you post the invoice home, or email it to [[E:gareth.pj@example.co.uk]]? [[P:Gareth Pryce-Jones]], [[A:Flat 3, 27 Cathedral Road]], [[L:Cardiff]] [[A:CF11 9LJ]]",
            ),
            (
                "a",
                "Of course, we'll post it on departure. And good luck to {{W:Wales}} on {{D:Saturday}} 🏉\n[[P:Annalisa]]",
            ),
            ("c", "ha! my brother-in-law [[P:Rhodri]] will be unbearable if we lose"),
        ],
    },
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Serena Ciolli",
        "lang": "it",
        "start": "2025-06-09T10:30:00",
        "messages": [
            (
                "c",
                "buongiorno siamo ripartiti ieri dalla piazzola 37 e ci siamo accorti che mia figlia [[P:Matilde]] ha lasciato il coniglio di peluche 😭 si chiama {{W:Carotina}}, è grigio",
            ),
            (
                "a",
                "Buongiorno! L'ha trovato [[P:Mirko]] stamattina, è al sicuro in reception 🐰 Possiamo spedirlo, la spedizione costa {{$:9,90 €}}.",
            ),
            (
                "c",
                "grazie grazie!! allora [[P:Serena Ciolli]], [[A:via Garibaldi 9]], [[A:59100]] [[L:Prato]]\n[[P:matilde]] nn dorme senza\nil mio cell [[T:328/7741092]]",
            ),
            (
                "c",
                "se nn ci sono il pacco lo prende la vicina, [[P:Lucrezia]], al piano terra, citofono [[P:Bardi]]",
            ),
            (
                "a",
                "Spedito! Tracking {{TR:3UW1B0472291}}, arriva {{D:mercoledì}}. Ci abbiamo messo anche un disegno del lago per [[P:Matilde]] 😊\n[[P:Annalisa]]",
            ),
            ("c", "siete un amore, buona giornata e speriamo {{W:serena}} anche a voi ☀️"),
        ],
    },
    # ------------------------------------------------------------------ print-on-demand T-shirts, online
    {
        "business": "tees",
        "platform": "instagram",
        "customer": "chloe.makes.things",
        "lang": "en",
        "start": "2025-04-04T14:12:00",
        "messages": [
            (
                "c",
                'hiya!! hen do in {{D:June}} and I want 6 custom tees, "TEAM BRIDE" on the front and each girl\'s name on the back 👰‍♀️ can you do that?',
            ),
            (
                "a",
                "Hi! Absolutely 🎉 The {{PD:Heavyweight Oversized Tee}} with front + back print is {{$:£18.50}} each. Send us the names and colours!",
            ),
            (
                "c",
                "names: [[P:Rose]] (the bride!!), [[P:Chloe]], [[P:Megan]], [[P:Priyanka]], [[P:Siobhan]] and [[P:Aoife]]\n[[P:Siobhan]] is spelled S-I-O-B-H-A-N not shivawn lol",
            ),
            ("c", "colours: 5 in {{W:Sage}} and the bride's one in {{W:Rose}} obviously 💕"),
            (
                "a",
                'Love it. So five {{W:Sage}} and one {{W:Rose}} with "[[P:ROSE]]" on the back? Where do we ship?',
            ),
            (
                "c",
                "yes! to me: [[P:Chloe Marsden]], [[A:12 Hartfield Crescent]], [[L:Brighton]] [[A:BN1 6PQ]]. my insta for tagging is [[H:@chloe.makes.things]] x",
            ),
            (
                "a",
                "All set! Order {{O:#RP-20417}}, total {{$:£111.00}}, ships {{D:May 20}}. 💚\n[[P:Sam]] @ {{B:Riotprint}}",
            ),
        ],
    },
    {
        "business": "tees",
        "platform": "whatsapp",
        "customer": "Davide Colombo",
        "lang": "it",
        "start": "2025-04-11T18:21:00",
        "messages": [
            (
                "c",
                "ciao ho ordinato 2 magliette il {{D:28 marzo}}, ordine {{O:3478812093}}, e nn mi è arrivato niente",
            ),
            (
                "a",
                'Ciao! Controllo subito. Risulta consegnato {{D:mercoledì 9}} alle {{TM:11:42}}, tracking {{TR:GLS 6304198722}}, firmato da un certo "[[P:Brambilla]]"',
            ),
            (
                "c",
                "[[P:brambilla]]?? ah aspetta forse è il portinaio, il sig. [[P:Brambilla]] del palazzo di fianco\nlo chiedo a mia moglie [[P:Simona]]",
            ),
            (
                "c",
                "trovato 🙈 era giù da lui. scusate. l'indirizzo cmq era [[A:via Carducci 31]] [[A:20851]] [[L:Lissone]] e lui sta al [[A:29]] lol",
            ),
            (
                "a",
                "Nessun problema, succede spesso! Il corriere, [[P:Ahmed]], ci ha detto che il [[A:31]] non ha citofono funzionante 😅 Buone magliette!\n[[P:Fede]] @ {{B:Riotprint}}",
            ),
            ("c", "eh lo so, è rotto da mesi. grazie [[P:fede]]!"),
        ],
    },
    {
        "business": "tees",
        "platform": "messenger",
        "customer": "Toby Harrow",
        "lang": "en",
        "start": "2025-04-16T11:05:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Toby Harrow]], illustrator based in [[L:Leeds]]. I'd like to sell my designs through your print-on-demand partner program. Portfolio: [[U:tobyharrow.art]] and [[U:https://www.instagram.com/toby.draws]]",
            ),
            (
                "a",
                "Hi [[P:Toby]]! Thanks, your frog series is brilliant 🐸 Artists get 20% of each sale, paid monthly. We need a bank account for payouts.",
            ),
            ("c", "great! [[I:GB55 NWBK 6016 1331 9268 36]], account name [[P:T. Harrow]]"),
            (
                "c",
                "also some designs are a collab with my friend [[P:Ngozi Eze]], can you split her part to her? she'll message you from her own account, [[H:@ngozi.paints]], her shop is [[U:ngozieze.studio]]",
            ),
            (
                "a",
                "Yes, we can split payouts per design. Your artist ID is {{R:ART-0093}}; please tell [[P:Ngozi]] to quote it.\n[[P:Sam]]",
            ),
            ("c", "perfect, cheers [[P:Sam]]"),
        ],
    },
    {
        "business": "tees",
        "platform": "telegram",
        "customer": "Roberto Ciafrei",
        "lang": "it",
        "start": "2025-04-22T09:47:00",
        "messages": [
            (
                "c",
                "bongiorno so [[P:Roberto Ciafrei]] della pro loco, ce servono 50 magliette x la {{W:Sagra della Porchetta}} de {{D:settembre}} 🐷",
            ),
            ("c", 'davanti er logo, dietro "{{W:San Rocco}} protegge l\'ariccino" ahahah'),
            (
                "a",
                "Buongiorno [[P:Roberto]]! Per 50 pezzi la {{PD:Classic Tee}} stampata fronte/retro è {{$:8,90 €}} cad. + IVA. Intestazione fattura?",
            ),
            (
                "c",
                "Associazione Turistica Pro Loco\nP.IVA [[V:03981270055]]\nspedite c/o mio cognato [[P:Nando Proietti]], [[A:via dei Lecci 12]], [[A:00072]] [[L:Ariccia]] che la sede è sempre chiusa",
            ),
            (
                "c",
                "x qualsiasi cosa [[P:Nando]] risponde al [[T:06/934.77.21]], io so sempre in giro. [[P:Robbè]] me chiamano tutti",
            ),
            (
                "a",
                "Ordine {{O:RP-20588}}, causale del bonifico {{R:IT25RP0020588PROLOCO}}, consegna entro {{D:25 agosto}}, totale {{$:543,00 €}} IVA inclusa.\n[[P:Fede]] @ {{B:Riotprint}}",
            ),
        ],
    },
    {
        "business": "tees",
        "platform": "whatsapp",
        "customer": "Lena Baumgartner",
        "lang": "en",
        "start": "2025-05-05T15:30:00",
        "messages": [
            ("c", "Hello, I ordered 12 shirts for my café staff and size M is much too small"),
            (
                "c",
                "Entschuldigung, ich schreibe kurz auf Deutsch: die Größe M fällt viel zu klein aus, wir brauchen L.",
                "de",
            ),
            (
                "a",
                "Hello! Sorry about that. We'll reprint them in L for free, please send the M ones back with return code {{R:RMA-7731}}.",
            ),
            (
                "c",
                "ok. Invoice please to {{B:Café Baumgartner}}, VAT [[V:DE287461534]], [[A:Schillerstraße 48]], [[A:80336]] [[L:München]]. contact [[P:Lena Baumgartner]] [[T:+49 (0)89 2317 4456]], [[E:lena.baumgartner@example.de]]",
            ),
            ("c", "my staff [[P:Jonas]] and [[P:Mehmet]] need XL, not L, I forgot 🙈"),
            (
                "a",
                "No problem, 10 L + 2 XL. New order {{O:RP-20651}}. Danke!\n[[P:Sam]] @ {{B:Riotprint}}",
            ),
        ],
    },
    {
        "business": "tees",
        "platform": "instagram",
        "customer": "asiaaa_04",
        "lang": "it",
        "start": "2025-05-11T22:17:00",
        "messages": [
            (
                "c",
                "ciaoo posso fare una maglietta con la foto del mio ragazzo e sotto scritto il suo nome?? è x il nostro mesiversario 🥰",
            ),
            ("a", "Ciao! Certo, basta caricare la foto nel configuratore. Che nome scriviamo?"),
            (
                "c",
                '"[[P:NICOLAS]] ❤️ [[P:ASIA]]"\nio sono [[P:asia]] lui è [[P:nico]] ahah, lo trovate come [[H:@nico_rossetti04]] se volete vedere quanto è carino',
            ),
            ("c", "ah ma voi spedite in [[L:Svizzera]]? lui abita a [[L:Lugano]]"),
            (
                "a",
                "Sì, in [[L:Svizzera]] spediamo con {{$:12 €}} di spedizione più eventuali dazi. Per il pagamento usa il checkout del sito 🙂",
            ),
            (
                "c",
                "ok pago con la postepay di mia mamma [[P:Daniela]] [[C:4929 1355 7780 4416]] va bene??",
            ),
            (
                "a",
                "Per carità non scriverci il numero della carta qui 🙈 cancellalo e usa il checkout, lo fa tua mamma in 2 minuti.\n[[P:Fede]]",
            ),
        ],
    },
    {
        "business": "tees",
        "platform": "messenger",
        "customer": "Amélie Rousseau",
        "lang": "en",
        "start": "2025-05-20T10:09:00",
        "messages": [
            (
                "c",
                "Bonjour! I would like 20 tees for my bookshop with a quote from {{W:Jean-Jacques Rousseau}}, and no, he is not my grandfather 😄",
            ),
            (
                "a",
                "Bonjour! Ha, good to know. 20 {{PD:Classic Tee}} with a text print are {{$:€11.90}} each. Who do we invoice?",
            ),
            (
                "c",
                "[[P:Amélie Rousseau]], librairie {{B:Les Pages Vagabondes}}\n[[A:17 rue des Tanneurs]]\n[[A:67000]] [[L:Strasbourg]]\nTVA [[V:FR74482917366]]",
            ),
            (
                "c",
                "Pour les couleurs, mon associé [[P:Karim]] préfère le bleu marine, moi le {{W:bordeaux}} 🙃",
                "fr",
            ),
            (
                "c",
                "mail for the proof: [[E:amelie.rousseau[at]example[dot]fr]], or call me [[T:+33 6 12 48 90 71]]",
            ),
            (
                "a",
                "Navy and {{W:bordeaux}}, 10 each then! Proof by e-mail tomorrow, order {{O:RP-20702}}.\n[[P:Sam]] @ {{B:Riotprint}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ art supplies, Florence
    {
        "business": "arte",
        "platform": "whatsapp",
        "customer": "Cate Nocentini",
        "lang": "it",
        "start": "2025-02-18T17:36:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Caterina Nocentini]], studio all'{{W:Accademia di Belle Arti}}. mi tenete da parte 3 tubetti di acquerello {{B:Winsor & Newton}} {{PD:Cotman}}?",
            ),
            (
                "c",
                "colori: {{PD:Blu di Prussia}}, {{PD:Terra di Siena bruciata}} e {{PD:Verde Veronese}}\npiù un blocco {{PD:Fabriano Artistico}} grana fina 300g",
            ),
            (
                "a",
                "Ciao [[P:Caterina]]! Te li mettiamo da parte fino a {{D:sabato}}: totale {{$:34,60 €}}, con la tessera studenti {{$:31,14 €}}.",
            ),
            (
                "c",
                "grazie!! nn riesco a passare io perché abito a [[L:Sesto Fiorentino]] e ho lezione fino tardi, li ritira il mio amico [[P:Jacopo]]",
            ),
            (
                "c",
                "[[P:jacopo Landi]] alto con i ricci 😂 dite che è x [[P:Cate]]\nse serve il mio cell è [[T:366 210 8843]]",
            ),
            (
                "a",
                "Perfetto, busta a nome [[P:Nocentini]] dietro il bancone.\n[[P:Irene]] - {{B:Colori & Carte}}",
            ),
        ],
    },
    {
        "business": "arte",
        "platform": "instagram",
        "customer": "maggiepaintsitaly",
        "lang": "en",
        "start": "2025-03-02T11:50:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Margaret Kowalczyk]], [[P:Maggie]] to everyone, painting in [[L:Florence]] for a month. I'm staying at [[A:via Maggio 22]] near {{W:Santo Spirito}}, are you close?",
            ),
            (
                "a",
                "Hi [[P:Maggie]]! We're five minutes from {{W:Ponte Vecchio}}, on the {{W:Oltrarno}} side, so very close to you 🙂",
            ),
            (
                "c",
                "great! my host Signora [[P:Lapini]] said you sell {{PD:Sennelier}} oil pastels? I want the 48 set",
            ),
            (
                "a",
                "Yes, the {{PD:Sennelier Oil Pastels 48}} are {{$:€96.00}}. We can also ship bigger purchases home if you buy canvases.",
            ),
            (
                "c",
                "oh yes please, ship to [[P:Margaret Kowalczyk]], [[A:4421 N Winchester Ave, Apt 2R]], [[L:Chicago]], [[L:IL]] [[A:60625]]. my husband [[P:Ted]] will sign",
            ),
            (
                "c",
                "and follow my trip at [[U:instagram.com/maggiepaintsitaly]] 🎨 I'll tag you. receipt to [[E:maggie.k.paints@example.com]] please",
            ),
            (
                "a",
                "Shipping to the [[L:US]] is {{$:€45}} for up to 10 kg. See you soon! [[P:Tommaso]] - {{B:Colori & Carte}}",
            ),
        ],
    },
    {
        "business": "arte",
        "platform": "telegram",
        "customer": "Chiara F.",
        "lang": "it",
        "start": "2025-03-08T09:28:00",
        "messages": [
            (
                "c",
                "buongiorno, avevo ordinato una cornice su misura per il ritratto di mio nonno [[P:Oreste]], quella in noce 40x50, è pronta?",
            ),
            (
                "a",
                "Buongiorno! Sì, è pronta da {{D:giovedì}}: cornice in noce con passepartout avorio, {{$:68 €}}. Passa lei?",
            ),
            (
                "c",
                "nn riesco, abito al [[L:Galluzzo]], in campagna\n[[A:località Le Bagnese, podere Il Poggiolo 3]], se la consegnate pago la consegna",
            ),
            (
                "c",
                "x la fattura: [[P:Chiara Ferri]], cf [[CF:FRRCHR84A41D612W]]\nse non rispondo chiamate mia madre [[P:Marisa]] al fisso [[T:055.234.8871]]",
            ),
            (
                "a",
                "Consegna il {{D:12 marzo}} nel pomeriggio, {{$:10 €}} in più. Il ritratto del signor [[P:Oreste]] starà benissimo 😊\n[[P:Tommaso]]",
            ),
            ("c", "grazie! il cane abbaia ma è buono, si chiama {{W:Brunello}} 🍷"),
        ],
    },
    {
        "business": "arte",
        "platform": "messenger",
        "customer": "Lorella Mugnai",
        "lang": "it",
        "start": "2025-03-13T15:04:00",
        "messages": [
            (
                "c",
                "Buongiorno sono la maestra [[P:Lorella Mugnai]] della primaria {{W:Don Milani}}, avremmo bisogno di materiale per 2 classi terze",
            ),
            (
                "c",
                "48 confezioni di {{PD:Giotto Turbo Color}}, 48 colle {{B:Pritt}} e 10 risme di carta colorata",
            ),
            (
                "a",
                "Buongiorno maestra! Con lo sconto scuole il totale è {{$:312,40 €}}. Preparo il preventivo {{R:PV-2025-033}}?",
            ),
            (
                "c",
                "sì grazie. la mamma di [[P:Brando]], la sig.ra [[P:Fusi]], e il papà di [[P:Aurora Bini]] ci hanno chiesto se possono ordinare anche loro a parte le tempere, si può?",
            ),
            ("a", "Certo, basta che scrivano a nome della classe. Chi viene a ritirare?"),
            (
                "c",
                "il bidello [[P:Gigi]] col furgone del comune, {{D:venerdì}} verso le {{TM:14}}. il mio cell [[T:333-5081-764]]",
            ),
            ("a", "Perfetto, a {{D:venerdì}}!\n[[P:Irene]] - {{B:Colori & Carte Oltrarno}}"),
        ],
    },
    {
        "business": "arte",
        "platform": "whatsapp",
        "customer": "Chen Jiahui",
        "lang": "it",
        "start": "2025-03-27T18:49:00",
        "messages": [
            (
                "c",
                "buonasera, io cerco {{PD:inchiostro di China}} e pennelli per calligrafia, voi avete?",
            ),
            (
                "a",
                "Buonasera! Sì, abbiamo {{PD:inchiostro di China}} {{B:Talens}} e pennelli in pelo di capra. Sono per lei?",
            ),
            (
                "c",
                "sì, io sono [[P:Chen Jiahui]], faccio calligrafia da piccola a [[L:Wenzhou]]. adesso abito a [[L:Prato]]",
            ),
            (
                "c",
                "my italian is not so good, I can write english? I want 2 brushes medium and 1 big, and the rice paper",
                "en",
            ),
            (
                "a",
                "Of course! 3 brushes and 50 sheets of rice paper are {{$:€41.50}}. Do you come to the shop?",
                "en",
            ),
            (
                "c",
                "my brother [[P:Chen Hao]] works in [[L:Florence]], he comes {{D:Saturday}}. if you need me, wechat [[H:chenjh_art]] or [[T:+86 138 1066 2947]]",
                "en",
            ),
            ("a", "Perfect, we'll prepare a bag with your name.\n[[P:Tommaso]]", "en"),
        ],
    },
    {
        "business": "arte",
        "platform": "instagram",
        "customer": "ale.illustra",
        "lang": "it",
        "start": "2025-04-05T12:12:00",
        "messages": [
            (
                "c",
                "ciaoo avete i {{PD:Copic Sketch}}? mi servono i grigi freddi C1 C3 C5 e il {{PD:Caran d'Ache Luminance}} bianco",
            ),
            (
                "a",
                "Ciao! Abbiamo tutto 😍 4 pezzi, {{$:31,20 €}}. Col codice {{R:STUDENTI10}} hai il 10%.",
            ),
            (
                "c",
                "sono [[P:Alessandra Bigazzi]] ma firmo [[P:ale]] ahah, i miei lavori sono tutti qui [[U:linktr.ee/ale.illustra]] o su insta [[H:@ale.illustra]]",
            ),
            (
                "c",
                "li passa a prendere il mio ragazzo [[P:Duccio]] dopo il lavoro, verso le {{TM:19}}, tanto lavora a due passi da voi",
            ),
            (
                "a",
                "Chiudiamo alle {{TM:19:30}}, [[P:Duccio]] fa in tempo 👍 busta a nome [[P:Bigazzi]].\n[[P:Irene]]",
            ),
            ("c", "grazieee [[P:irene]] sei un mito"),
        ],
    },
    {
        "business": "arte",
        "platform": "telegram",
        "customer": "Rahul Menon",
        "lang": "en",
        "start": "2025-04-12T20:33:00",
        "messages": [
            (
                "c",
                "Hello, I tried to buy a gift card on your website for my wife [[P:Deepa]]'s birthday and the payment failed twice, but my bank shows two pending charges",
            ),
            (
                "a",
                "Hello! I'm sorry. Could you give me the order number and the name on the order?",
            ),
            (
                "c",
                "order {{O:CC-88120}}, [[P:Rahul Menon]], phone [[T:+39 348 902 6615]]. the card number is [[C:5167 3498 2201 7736]]",
            ),
            (
                "c",
                "the bank's fraud team said the attempts came from IP [[IP:2001:db8:3c4d:15::1a2f]], which is my home connection, so it was me",
            ),
            (
                "a",
                "Please never share the full card number, we don't need it 🙏 The two pending charges of {{$:€80}} will drop off in a few days; I've issued the gift card manually, code {{R:GC-4471-FLR}}.",
            ),
            (
                "c",
                "brilliant, thanks. [[P:Deepa]] starts a watercolour course at the {{W:Istituto Lorenzo de' Medici}} so she'll be spending it fast 😄",
            ),
            ("a", "Happy birthday to her! [[P:Irene]] - {{B:Colori & Carte}}"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(67, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
