# ruff: noqa: E501
"""Hand-written blind test corpus no. 102 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every person, address,
number and conversation is invented. Checksummed identifiers (IBANs, card numbers, codici
fiscali, partite IVA, a German VAT number) were computed once with python-stdnum / Luhn and
pasted here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that
must survive ``{{CODE:value}}`` (see handwritten_markup.py beside this file).

The six invented businesses: a wedding-transport company with vintage cars, a moving-abroad
consultant for families, a ski-equipment rental in the mountains, a gelato franchise taking
catering orders, a window cleaner and a camper-van rental.

Regenerate with: ``python make_handwritten102_corpus.py`` (writes handwritten102_corpus.jsonl).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten102_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "nozze": "Bellavista Auto d'Epoca",
    "espatrio": "Famiglie Altrove Relocation",
    "sci": "Noleggio Sci Zio Tobia",
    "gelato": "Gelateria Nonna Fiorella",
    "vetri": "Vetri Lucenti",
    "camper": "LiberaStrada Camper",
}
PAGE_IDS: dict[str, str] = {
    "nozze": "702800418273951",
    "espatrio": "702800550193847",
    "sci": "702800127364509",
    "gelato": "702800983017264",
    "vetri": "702800301847562",
    "camper": "702800764250318",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- wedding cars
    {
        "business": "nozze",
        "platform": "whatsapp",
        "customer": "Chiara Benassi",
        "lang": "it",
        "start": "2025-02-11T18:42:00",
        "messages": [
            (
                "c",
                "ciao!! mi sposo il {{D:14 giugno}} e cerco una {{PD:Fiat 500 del 1968}} {{W:bianca}} x portarmi dalla casa dei miei alla chiesa.. sono [[P:chiara benassi]] 😊",
            ),
            (
                "a",
                "Buonasera [[P:Chiara]], congratulazioni! Per il {{D:14 giugno}} la {{PD:Fiat 500 del 1968}} è ancora libera. Da dove partirebbe e dove si trova la chiesa?",
            ),
            (
                "c",
                "parto da casa dei miei a [[L:Altopascio]] [[A:via Bientinese 118]]\ncitofono [[P:Benassi-Corsi]]\nla chiesa è quella di {{W:San Frediano}} in centro",
            ),
            (
                "c",
                "poi il pranzo è alla villa dei nonni di [[P:marco]] (il mio futuro marito) a [[L:Pieve di Compito]] [[A:località Colle Alto 4]]",
            ),
            (
                "a",
                "Perfetto. Con autista per le tre tratte sono {{$:480 €}}, con addobbo floreale {{$:540 €}}. Le mando il preventivo {{R:PRV-2025-0612}} via mail?",
            ),
            (
                "c",
                "si mandalo a [[E:chiara.benassi88 chiocciola examplemail punto it]]\ne metti in copia mio babbo [[P:Renzo]] [[E:renzo.benassi@example.it]] che paga lui 😂",
            ),
            ("a", "Inviato! A presto, [[P:Giulia]] - {{B:Bellavista Auto d'Epoca}}"),
        ],
    },
    {
        "business": "nozze",
        "platform": "instagram",
        "customer": "ollie.and.sam",
        "lang": "en",
        "start": "2025-03-02T10:05:00",
        "messages": [
            (
                "c",
                "hi there!! were getting married in tuscany in september and saw your red {{PD:Alfa Romeo Giulietta Spider}} on insta 😍 do u do pick ups from a villa",
            ),
            (
                "a",
                "Hello and congratulations! Yes, we cover all of {{W:Tuscany}}. Could you tell me the date and where the villa is?",
            ),
            (
                "c",
                "{{D:20th sept}}, its [[L:Villa Le Fornaci]] near [[L:Barga]], we're renting it for the week with both families\nim [[P:Olivia Hartley-Brooks]] btw, my fiance is [[P:Samir Qureshi]]",
            ),
            (
                "c",
                "oh and my parents fly in from [[L:Leeds]] and my nan lives in [[L:Dublin]] so some guests need a lift from [[L:Pisa]] airport too if u do that",
            ),
            (
                "a",
                "Lovely. The {{PD:Spider}} for the ceremony is {{$:390 €}}; airport shuttles with our {{PD:Lancia Flavia}} are {{$:120 €}} each way. Shall I hold the date?",
            ),
            (
                "c",
                "yes pls!! best number is [[T:+44 7700 914 382]] or sams [[T:07700 926 115]]\nhis insta is [[H:@samir.q.photo]]",
            ),
            ("a", "Held under booking {{R:BV-0920-HB}}. Talk soon, [[P:Marco]] from the team"),
        ],
    },
    {
        "business": "nozze",
        "platform": "messenger",
        "customer": "Rosa Iannaccone",
        "lang": "it",
        "start": "2025-04-17T21:13:00",
        "messages": [
            (
                "c",
                "salve volevo sapere x il matrimonio di mia figlia [[P:Speranza]] il {{D:5 luglio}} se avete la {{PD:Rolls-Royce Silver Cloud}} o quella macchina {{W:bianca}} tipo {{B:Bentley}}",
            ),
            (
                "a",
                "Buonasera! La {{PD:Silver Cloud}} il {{D:5 luglio}} è disponibile. Il servizio parte da casa della sposa?",
            ),
            (
                "c",
                "si da casa mia [[A:contrada San Vito 31]] [[L:Polignano]] ma nn e facile da trovare la strada è sterrata dopo il distributore\n[[A:70044]]",
            ),
            (
                "c",
                'poi ci spostiamo a [[L:Monopoli]] x la chiesa e al ristorante "{{B:Da Gino al Porto}}"',
            ),
            (
                "a",
                "Nessun problema, l'autista fa sempre un sopralluogo. Il prezzo con rientro è {{$:650 €}}. Per la caparra di {{$:200 €}} può fare bonifico, la causale è {{R:CAP-0705-IAN}}.",
            ),
            (
                "c",
                "ok il bonifico lo fa mio genero [[P:Felice Dambrosio]] dal suo conto [[I:IT64 X030 6909 6061 0000 0117 342]]\nspero vada bene cosi",
            ),
            (
                "a",
                "Va benissimo signora [[P:Iannaccone]], le confermo appena arriva. Un saluto, [[P:Giulia]]",
            ),
            ("c", "grazie tesoro 🙏 che {{W:San Nicola}} vi benedica"),
        ],
    },
    {
        "business": "nozze",
        "platform": "telegram",
        "customer": "Tomasz",
        "lang": "it",
        "start": "2025-05-06T08:27:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Tomasz Wróblewski]], polacco, sposo ragazza italiana [[P:Ilaria]] ad agosto. mio italiano non è perfetto scusate",
            ),
            (
                "c",
                "noi vogliamo macchina vecchia cabrio per foto a {{W:Piazza dei Miracoli}} e poi andare a [[L:San Giuliano Terme]] dove abita sua famiglia",
            ),
            (
                "a",
                "Buongiorno [[P:Tomasz]], nessun problema! Per le foto consigliamo la {{PD:Fiat 1100 Cabriolet}} azzurra. La data esatta?",
            ),
            (
                "c",
                "{{D:23 agosto}} ore {{TM:16:30}}. indirizzo di famiglia [[A:via Niccolò Pisano 7]]\nscusa sbagliato, è [[A:via Niccolò Pisano 17]] 🙈",
            ),
            (
                "a",
                "Annotato il numero [[A:17]]. Per il contratto mi serve il codice fiscale di chi firma.",
            ),
            (
                "c",
                "io non ho codice italiano, firma [[P:ilaria]], suo è [[CF:BRGLRA85M52F205W]]\nmio telegram è [[H:tomek_wro]] se serve, oppure telefono polacco [[T:+48 601 238 947]]",
            ),
            (
                "a",
                "Perfetto, grazie. Il preventivo {{R:PRV-2025-0823}} è di {{$:430 €}}. [[P:Marco]] - {{B:Bellavista Auto d'Epoca}}",
            ),
        ],
    },
    {
        "business": "nozze",
        "platform": "whatsapp",
        "customer": "Gio 💍",
        "lang": "it",
        "start": "2025-06-19T13:50:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:giovanna]] quella della {{PD:Giulietta}} x sabato\nvolevo dirvi che cambiamo partenza, nn partiamo piu da [[L:Capannori]]",
            ),
            (
                "c",
                "partiamo da casa di mia zia [[P:Bianca]] che sta a [[L:Borgo a Mozzano]]\n[[A:piazza della Chiesa 3, scala B int. 2]]\nsul campanello c'è scritto [[P:Lenzi]]",
            ),
            (
                "a",
                "Ciao [[P:Giovanna]], ricevuto! Il tragitto si allunga di circa 20 minuti, resta confermato l'orario delle {{TM:10:15}}?",
            ),
            (
                "c",
                "si si. il fotografo [[P:Ettore Pardini]] vuole fare foto al {{W:Ponte del Diavolo}} prima, si puo fermare li 5 min?",
            ),
            (
                "a",
                "Certo, il ponte è proprio sulla strada. Nessun sovrapprezzo. A sabato! [[P:Giulia]]",
            ),
            ("c", "grazieee. il numero dell'autista x sicurezza? il mio e [[T:347 218\n9054]]"),
            ("a", "L'autista sabato sarà [[P:Bruno]], la chiamerà lui venerdì sera."),
        ],
    },
    # ---------------------------------------------------------------- moving abroad
    {
        "business": "espatrio",
        "platform": "messenger",
        "customer": "Valentina Ruggeri",
        "lang": "it",
        "start": "2025-01-20T20:31:00",
        "messages": [
            (
                "c",
                "buonasera, ci trasferiamo in [[L:Germania]] a marzo x lavoro di mio marito, siamo in 4 con due bimbi piccoli ([[P:Pietro]] 6 anni e [[P:Nina]] 3) e nn sappiamo da dove cominciare",
            ),
            (
                "a",
                "Buonasera! Ci occupiamo proprio di questo: scuola, casa, Anmeldung e trasloco. In quale città andrete e da dove partite?",
            ),
            (
                "c",
                "andiamo a [[L:Friburgo]], lui lavora gia li da gennaio. abitiamo a [[L:Vicenza]] [[A:contrà Porti 19]] [[A:36100]]\nio sono [[P:valentina ruggeri]], lui [[P:Alessio Dal Zotto]]",
            ),
            (
                "c",
                "ah la casa là l'abbiamo gia trovata, [[A:Habsburgerstraße 84, 2. OG]] [[A:79104]] [[L:Freiburg im Breisgau]]\nil vermieter si chiama Herr [[P:Kessler]] e parla solo tedesco 😅",
            ),
            (
                "a",
                "Ottimo, la casa è già un grande passo. Il pacchetto Famiglia Base costa {{$:1.450 €}} e include l'iscrizione al Kindergarten. Le mando il contratto {{R:FA-2025-0117}}?",
            ),
            (
                "c",
                "ho provato a prenotare la call dal sito ma mi dice accesso negato per l'indirizzo [[IP:93.41.207.118]] boh",
            ),
            (
                "c",
                "si grazie, mail [[E:vale.ruggeri@example.it]]\nper pagare va bene carta? [[C:4532 0151 1283 0366]]",
            ),
            (
                "a",
                "Meglio non scrivere la carta in chat: le mando un link di pagamento sicuro. [[P:Sara]] - {{B:Famiglie Altrove Relocation}}",
            ),
        ],
    },
    {
        "business": "espatrio",
        "platform": "whatsapp",
        "customer": "Kwame",
        "lang": "en",
        "start": "2025-02-03T07:58:00",
        "messages": [
            (
                "c",
                "good morning, my name is [[P:Kwame Mensah-Boateng]], im a nurse from [[L:Kumasi]] living in [[L:Bologna]] 6 yrs. now we move to [[L:Canada]], [[L:Halifax]], with my wife [[P:Abena]] and 3 kids",
            ),
            (
                "a",
                "Good morning [[P:Kwame]], thanks for writing! We help many families moving to [[L:Canada]]: paperwork, shipping and schools. When is the move planned?",
            ),
            (
                "c",
                "july. my current address [[A:via del Pratello 54/2]], [[A:40122]] [[L:Bologna]]. the one in [[L:halifax]] we dont have yet, maybe my cousin [[P:Kofi]] house first at [[A:2219 Gottingen St, Apt 3]]",
            ),
            (
                "a",
                "Noted: first weeks at your cousin's. For the sea container from {{W:Genova}} port the quote is {{$:3.900 €}}, reference {{R:FA-CA-2207}}.",
            ),
            (
                "c",
                "ok. pls call me on [[T:+39 351 442 8817]] after 6pm, or my wife [[T:0039 329 771 0452]]\nand i want invoice with partita iva of my wife small business, [[V:02918470366]]",
            ),
            ("a", "Perfect, I'll call you tonight. [[P:Chiara]] from the team"),
        ],
    },
    {
        "business": "espatrio",
        "platform": "instagram",
        "customer": "martina_nel_mondo",
        "lang": "it",
        "start": "2025-03-14T12:20:00",
        "messages": [
            (
                "c",
                "ciaoo vi seguo da un po 🌍 io e il mio compagno [[P:Jordi]] ci spostiamo a [[L:Valencia]] a settembre, lui è di lì. voi fate anche la [[L:spagna]]?",
            ),
            (
                "a",
                "Ciao! Sì, seguiamo molte famiglie tra {{W:Italia}} e {{W:Spagna}}. Da dove partite?",
            ),
            (
                "c",
                "da [[L:Pescara]], vivo con mia mamma in [[A:via Tiburtina Valeria 302]] x ora. la casa la trova sua madre [[P:Montserrat]], dice che forse in [[A:Carrer de Sueca 41, 4º 2ª]] [[A:46006]]",
            ),
            (
                "c",
                "[[P:Jordi]] te escribe también en castellano si hace falta, su correo es [[E:jordi.pons.ferrer(at)example(dot)es]]",
                "es",
            ),
            (
                "a",
                "Perfetto, possiamo scrivergli anche in spagnolo. Il pacchetto coppia è {{$:890 €}}. Posso avere i vostri nomi completi per il contratto?",
            ),
            (
                "c",
                "[[P:Martina Sabatini]] e [[P:Jordi Pons Ferrer]]. il mio blog dove racconto tutto è [[U:martinanelmondo.blog]] 😄\nsu tiktok sono [[U:tiktok.com/@martina_nel_mondo]]",
            ),
            (
                "a",
                "Grazie [[P:Martina]]! Contratto {{R:FA-ES-0911}} in arrivo. Un saluto da [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "espatrio",
        "platform": "telegram",
        "customer": "Liu Yang",
        "lang": "en",
        "start": "2025-04-08T16:40:00",
        "messages": [
            (
                "c",
                "hello. i am [[P:Liu Yang]], chinese, i live in [[L:Prato]] with my daughter [[P:Xiaomei]]. we go to [[L:Melbourne]] because my sister [[P:Liu Fang]] is there",
            ),
            (
                "a",
                "Hello! Happy to help. Do you need help with the visa documents, the shipping, or both?",
            ),
            (
                "c",
                'both. my address [[A:via Pistoiese 412]] [[A:59100]] [[L:Prato]], 3rd floor, bell "[[P:LIU]]"\nmy sister address is [[A:17 Little Bourke Street]] [[A:VIC 3000]]',
            ),
            ("c", "sorry the number is [[A:71]] not 17"),
            (
                "a",
                "No problem, corrected to [[A:71]]. For the visa review we need a copy of your Italian residence permit. The package is {{$:1.100 €}}.",
            ),
            (
                "c",
                "ok. i pay from bank [[I:IT36 K020 0801 6330 0010 4587 219]], my email is [[E:liuyang.prato@example.com]] and wechat id [[H:liuyang_po88]]",
            ),
            ("a", "Received, thank you. Reference {{R:FA-AU-0412}}. [[P:Sara]]"),
        ],
    },
    {
        "business": "espatrio",
        "platform": "messenger",
        "customer": "Hans-Peter Vogt",
        "lang": "it",
        "start": "2025-05-27T09:12:00",
        "messages": [
            (
                "c",
                "Guten Tag, scrivo in italiano ma non benissimo. io [[P:Hans-Peter Vogt]], tedesco, sono pensionato e vivo a [[L:Merano]] da 10 anni. ora torniamo in [[L:Baviera]], vicino a [[L:Rosenheim]]",
            ),
            (
                "c",
                "meine Frau [[P:Gerlinde]] ist krank, deshalb brauchen wir Hilfe mit dem Umzug und der Krankenkasse",
                "de",
            ),
            (
                "a",
                "Buongiorno signor [[P:Vogt]], ci dispiace per sua moglie. Possiamo seguire tutto noi, anche in tedesco. Qual è l'indirizzo attuale?",
            ),
            (
                "c",
                "[[A:via Cavour 28/B]], [[A:39012]] [[L:Merano]]. nuovo: [[A:Am Mühlbach 6]], [[A:83026]] [[L:Rosenheim]]\nla ditta di mio figlio [[P:Lukas]] paga fattura, USt-IdNr [[V:DE281937460]]",
            ),
            (
                "a",
                "Perfetto. Il preventivo {{R:FA-DE-0527}} per trasloco e pratiche è di {{$:2.300 €}}, consegna prevista il {{D:15 luglio}}.",
            ),
            ("c", "gut. telefono [[T:+49 (0)8031 482 7715]] oppure qui cell. [[T:338/402.19.66]]"),
            ("a", "Grazie, la richiamo domani. Cordiali saluti, [[P:Chiara]]"),
        ],
    },
    # ---------------------------------------------------------------- ski rental
    {
        "business": "sci",
        "platform": "whatsapp",
        "customer": "Davide",
        "lang": "it",
        "start": "2025-01-04T19:22:00",
        "messages": [
            (
                "c",
                "ciao siamo in 5 arriviamo domani a [[L:Cervinia]] x una settimana, ci servono sci e scarponi x 3 adulti e 2 bimbi\nsono [[P:Davide Ferri]] da [[L:Modena]]",
            ),
            (
                "a",
                "Ciao [[P:Davide]]! Il negozio è in {{W:piazza Guido Rey}}, di fianco alla partenza della {{W:funivia}}. Mi dai altezze e numero di scarpa?",
            ),
            (
                "c",
                "io 182 cm 44, mia moglie [[P:Elisa]] 168 39, mio fratello [[P:Teo]] 175 43\ni bimbi [[P:Giacomo]] 130 cm 34 e [[P:Matilde]] 118 31",
            ),
            (
                "c",
                "ah siamo nell'appartamento di un amico, [[A:route Bardoney 12]], [[L:Breuil-Cervinia]], si chiama [[P:Gianca]] il proprietario\nse ce li portate li è meglio 🙏",
            ),
            (
                "a",
                "Consegna a domicilio possibile: {{$:15 €}}. Il noleggio settimana famiglia con {{PD:Rossignol Experience 78}} per gli adulti è {{$:412 €}}. Ordine {{O:SK-24718}}.",
            ),
            (
                "c",
                "top. il numero del [[P:gianca]] x le chiavi se nn ci siamo e [[T:339.804.2217]]\nil mio [[T:335 718 2046]]",
            ),
            (
                "a",
                "Perfetto, domani alle {{TM:17:00}} passa [[P:Nicolò]]. Buona neve! {{B:Noleggio Sci Zio Tobia}}",
            ),
        ],
    },
    {
        "business": "sci",
        "platform": "instagram",
        "customer": "freeride_kuba",
        "lang": "en",
        "start": "2025-02-09T06:48:00",
        "messages": [
            (
                "c",
                "yo do u rent splitboards? me and my buddy are coming from [[L:Kraków]] next week, staying in [[L:Valtournenche]]",
            ),
            (
                "a",
                "Hi! Yes, we have two {{PD:Jones Solution}} splitboards and a {{PD:Burton Family Tree}}. Which days?",
            ),
            (
                "c",
                "{{D:feb 14-18}}. im [[P:Jakub Nowicki]], my friend [[P:Bartek Zieliński]]\nwe stay at [[A:Frazione Crépin 22]] [[A:11028]], the hosts name is [[P:Ornella]]",
            ),
            ("c", "u can find my riding on [[U:youtube.com/@kubarides]] lol"),
            (
                "a",
                "Nice lines! 5 days splitboard + skins is {{$:160 €}} each. Do you also need an avalanche kit ({{PD:Arva}})? Weather says fresh snow on {{W:Monte Rosa}} this weekend ❄️",
            ),
            (
                "c",
                "yes 2 kits. pay by card ok? [[C:5378-4590-1234-5675]] exp 09/27\nmail [[E:jakub.nowicki@example.com]]",
            ),
            (
                "a",
                "Booked as {{O:SK-25102}}. Please don't send card numbers here next time, we'll take payment at the shop. See you! [[P:Nicolò]]",
            ),
        ],
    },
    {
        "business": "sci",
        "platform": "messenger",
        "customer": "Pia Unterkircher",
        "lang": "it",
        "start": "2025-02-22T15:03:00",
        "messages": [
            (
                "c",
                "buonasera, mio nipote [[P:Jonas]] ha rotto gli scarponi, si puo noleggiarli solo x domani? abitiamo qui in paese",
            ),
            ("a", "Buonasera! Certo, un giorno di scarponi sono {{$:18 €}}. Che numero porta?"),
            (
                "c",
                "42. siamo in [[A:via Scoiattoli 9]] proprio dietro la {{W:chiesa di Sant'Anna}}, il maso dei [[P:Unterkircher]]\nio sono la nonna [[P:Pia]]",
            ),
            (
                "c",
                "ah il ragazzo viene da solo, abita a [[L:Valle Aurina]] con sua mamma [[P:Waltraud]], domani dorme da me",
            ),
            (
                "a",
                "Va bene, lo aspettiamo in negozio dalle {{TM:8:30}}. Se preferisce glieli portiamo al maso con {{$:10 €}}. Ticket {{R:TK-0223-PU}}.",
            ),
            ("c", "si portateli grazie. il fisso e [[T:0474 65 82 17]] 😊"),
        ],
    },
    {
        "business": "sci",
        "platform": "telegram",
        "customer": "Ahmed",
        "lang": "it",
        "start": "2025-03-01T11:36:00",
        "messages": [
            (
                "c",
                "salve io [[P:Ahmed El Amrani]] vengo con gruppo di ragazzi della associazione di [[L:Torino]], prima volta su neve per tutti 😅 12 persone",
            ),
            (
                "a",
                "Benvenuti! Per i gruppi facciamo {{$:22 €}} al giorno sci+scarponi+casco. Quando arrivate?",
            ),
            (
                "c",
                "{{D:sabato 8 marzo}}. il pullman arriva verso {{TM:9}}. responsabile è [[P:Youssef]] e la educatrice [[P:Fatima Zahra Benali]]\nper fattura ci serve codice fiscale della associazione?",
            ),
            (
                "a",
                "Per l'associazione serve la partita IVA o il codice fiscale del legale rappresentante.",
            ),
            (
                "c",
                "il presidente è [[P:Marco Trentin]], codice fiscale [[CF:TRNMRC79A15L219W]]\nsede [[A:corso Giulio Cesare 214]] [[A:10155]] [[L:Torino]]",
            ),
            ("c", "scusa il civico è [[A:241]] 🙈 sempre [[A:corso Giulio Cesare]]"),
            (
                "a",
                "Corretto! Preventivo {{R:GRP-0308-TO}} da {{$:264 €}} in arrivo. Ciao da [[P:Nicolò]] - {{B:Noleggio Sci Zio Tobia}}",
            ),
        ],
    },
    {
        "business": "sci",
        "platform": "whatsapp",
        "customer": "Emily",
        "lang": "en",
        "start": "2025-03-18T17:55:00",
        "messages": [
            (
                "c",
                "hi i rented skis for my son [[P:Will]] yesterday and he left his phone in the locker at ur shop 🙈 did anyone find it? its a blue iphone",
            ),
            (
                "a",
                "Hi! Yes, we found a blue phone this morning, it's safe at the counter. What's your name please?",
            ),
            (
                "c",
                "[[P:Emily Carter-Wood]], rental under my husband [[P:Daniel]]'s name i think, order {{O:SK-26341}}\nwe {{W:will}} be gone by tomorrow though, flying back to [[L:Bristol]]",
            ),
            (
                "c",
                "could u post it to us? [[A:Flat 2, 38 Cotham Hill]]\n[[L:Bristol]] [[A:BS6 6LA]]\n[[L:UK]] postage fine we'll pay",
            ),
            (
                "a",
                "Of course. Tracked shipping to the [[L:UK]] is {{$:24 €}}; we'll send the tracking code {{TR:RR482193047IT}} once it's posted.",
            ),
            ("c", "amazing thank u!! my number is [[T:+44 (0)117 496 0382]] if courier needs it"),
        ],
    },
    # ---------------------------------------------------------------- gelato catering
    {
        "business": "gelato",
        "platform": "instagram",
        "customer": "fede.lamanna",
        "lang": "it",
        "start": "2025-04-02T14:10:00",
        "messages": [
            (
                "c",
                "ciao! x la comunione di mia figlia [[P:Aurora]] vorrei il carretto dei gelati con 6 gusti, siamo circa 60 persone\nsono [[P:Federica Lamanna]]",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Il carretto con 6 gusti per 60 ospiti è {{$:390 €}}. Gusti più richiesti: {{PD:pistacchio di Bronte}}, {{PD:nocciola Piemonte}}, {{PD:fiordilatte}}, {{PD:stracciatella}}. Dove si tiene la festa?",
            ),
            (
                "c",
                "a casa di mia suocera, [[A:via Fratelli Cervi 5]] a [[L:Cernusco sul Naviglio]]\nc'è un giardino grande dietro, si entra dal cancello verde",
            ),
            (
                "c",
                "la data {{D:domenica 11 maggio}} dalle {{TM:16}}. il gusto {{PD:Ferrero Rocher}} lo fate? la [[P:aurora]] lo adora 😍",
            ),
            (
                "a",
                "Sì, facciamo il gusto {{PD:Ferrero Rocher}}! Consegniamo in tutta la {{W:Brianza}} e zona {{W:Martesana}}, quindi nessun extra. Ordine {{O:GF-10583}}.",
            ),
            (
                "c",
                "perfetto. x il citofono c'è scritto [[P:Colombo]], se nn risponde nessuno chiamate mio marito [[P:Stefano]] [[T:+39 328 604 1193]]",
            ),
            ("a", "Grazie, a presto! [[P:Ilenia]] di {{B:Gelateria Nonna Fiorella}} 🍦"),
        ],
    },
    {
        "business": "gelato",
        "platform": "messenger",
        "customer": "Corporate Events Helen",
        "lang": "en",
        "start": "2025-05-13T09:30:00",
        "messages": [
            (
                "c",
                "Hello, I'm organising a summer party for our office in [[L:Milan]] and a colleague recommended your gelato cart. I'm [[P:Helen Okafor]].",
            ),
            ("a", "Hello [[P:Helen]], thank you! How many guests and what date?"),
            (
                "c",
                "About 120 people, {{D:Thursday 26 June}}, 6pm. It's at the rooftop of our building, [[A:Via Vittor Pisani 14, 9th floor]], but the delivery entrance is round the back",
            ),
            (
                "c",
                "The invoice should go to my manager [[P:Rajesh Subramanian]], [[E:r.subramanian@example.com]], with our VAT number [[V:04182730657]]",
            ),
            (
                "a",
                "Thanks [[P:Helen]]! The quote for 120 guests with 8 flavours, including {{PD:Amarena Fabbri}} and {{PD:Limone di Sorrento}}, is {{$:1.080 €}} + VAT. Reference {{R:NF-EV-0626}}.",
            ),
            (
                "c",
                "Great. My mobile is [[T:(+39) 02 8734 5519]] ext 204 and I'm on teams as [[H:helen.okafor]]",
            ),
            ("a", "Confirmed! [[P:Ilenia]] - {{B:Gelateria Nonna Fiorella}}"),
        ],
    },
    {
        "business": "gelato",
        "platform": "whatsapp",
        "customer": "Nunzia",
        "lang": "it",
        "start": "2025-06-07T22:14:00",
        "messages": [
            (
                "c",
                "buonasera x il battesimo di [[P:Gennarino]] vorrei la torta gelato grande quella a forma di {{W:Vesuvio}} 😂 la fate?",
            ),
            (
                "a",
                "Buonasera! Sì, la {{PD:torta Vesuvio}} al {{PD:babà e crema}} per 30 persone costa {{$:145 €}}. Ritiro o consegna?",
            ),
            (
                "c",
                "consegna pls, siamo a [[L:Torre del Greco]] [[A:traversa Sant'Antonio 26]]\npiano terra, famiglia [[P:Esposito Scognamiglio]]",
            ),
            (
                "c",
                "ah nn a casa mia, a casa di mia cognata [[P:Titina]] che c'ha la terrazza\n[[A:via Nazionale 771]] dopo il {{W:Santuario}}",
            ),
            ("a", "Va bene signora, consegniamo in [[A:via Nazionale 771]]. Orario?"),
            (
                "c",
                "{{D:sabato 21}} alle {{TM:12:30}}. paga mio marito [[P:Ciro]] con carta quando arrivate",
            ),
            (
                "a",
                "Perfetto! Ordine {{O:GF-11027}}. Auguri al piccolo [[P:Gennarino]]! [[P:Pasquale]]",
            ),
        ],
    },
    {
        "business": "gelato",
        "platform": "telegram",
        "customer": "Ritu",
        "lang": "en",
        "start": "2025-06-30T10:51:00",
        "messages": [
            (
                "c",
                "hi im [[P:Ritu Bhattacharya]] from the indian community association in [[L:Reggio Emilia]], we want gelato for Diwali... i know its in november lol but we plan early",
            ),
            (
                "a",
                "Hi [[P:Ritu]], love the planning! For 200 guests we can do cups or a cart. Any special flavours?",
            ),
            (
                "c",
                "can u make {{PD:kulfi}} style, {{PD:mango Alphonso}} and {{PD:cardamom pistachio}}? 🥭\nvenue is the hall of our association [[A:via Emilia San Pietro 61]], [[A:42121]]",
            ),
            (
                "a",
                "Yes, we can! 3 custom flavours for 200 guests: {{$:1.650 €}}. Date {{D:1 November}}? Order {{O:GF-11340}}.",
            ),
            (
                "c",
                "yes 1 nov. my husband [[P:Arjun]] will call, [[T:+91 98201 44731]] he is in [[L:Mumbai]] till october so use whatsapp\nor mail me [[E:ritu.b (at) example.in]]",
            ),
            ("a", "Thank you [[P:Ritu]]! Talk soon, [[P:Pasquale]] from the team"),
        ],
    },
    {
        "business": "gelato",
        "platform": "messenger",
        "customer": "Lorenzo Pellegrino",
        "lang": "it",
        "start": "2025-07-19T16:26:00",
        "messages": [
            (
                "c",
                "ciao ho visto che aprite un nuovo punto a {{W:Rimini}} in {{W:viale Vespucci}}. fate anche il catering x aziende? ho un bar a [[L:Santarcangelo]]",
            ),
            (
                "a",
                "Ciao! Sì, il nuovo punto {{B:Nonna Fiorella}} di {{W:Rimini}} apre il {{D:1 agosto}}. Per i bar forniamo vaschette da 3,5 kg a {{$:38 €}} l'una.",
            ),
            (
                "c",
                'ok mi interessa. il bar è il "{{B:Caffè Garibaldi}}" in [[A:piazza Ganganelli 3]]\nper la fattura partita iva [[V:01736250588]] intestata a [[P:Pellegrino Lorenzo]]',
            ),
            (
                "c",
                "la mia ragazza [[P:Rose]] gestisce il banco, è inglese, scrivetele anche a lei [[E:rose.whitfield@example.co.uk]]\nmi raccomando il {{PD:Grana Padano}} e pere lo volevo provare 😅",
            ),
            (
                "a",
                "Il gusto {{PD:Grana Padano e pere}} c'è solo a settembre! Primo ordine {{O:GF-11902}} con 6 vaschette. Consegniamo in tutta la {{W:Romagna}} il martedì.",
            ),
            (
                "c",
                "perfetto. iban x addebito [[I:FR14 2004 1010 0505 0001 3M02 606]] è il conto di [[P:Rose]] in [[L:Francia]] va bene?",
            ),
            ("a", "Sì va bene. A presto, [[P:Ilenia]]"),
        ],
    },
    # ---------------------------------------------------------------- window cleaner
    {
        "business": "vetri",
        "platform": "whatsapp",
        "customer": "Mirella",
        "lang": "it",
        "start": "2025-03-10T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei un preventivo x pulire le vetrate del mio appartamento, sono 9 finestre e una vetrata grande sul balcone\nsono [[P:mirella zanon]]",
            ),
            (
                "a",
                "Buongiorno [[P:Mirella]]! Per 9 finestre + vetrata il prezzo è {{$:140 €}}. Mi dice l'indirizzo?",
            ),
            (
                "c",
                "[[A:viale Venezia 77]] [[L:Mestre]], 5 piano senza ascensore purtroppo 😩\nil campanello dice [[P:Zanon-Bortolato]]",
            ),
            (
                "c",
                "anzi aspetti, il lavoro è x mia mamma [[P:Gemma]], abita a [[L:Marghera]] [[A:via Rinascita 40]], [[A:30175]]",
            ),
            ("c", "scala C int 12"),
            (
                "a",
                "Annotato: [[A:via Rinascita 40, scala C interno 12]]. Possiamo venire {{D:giovedì 13}} alle {{TM:9:00}}. Preventivo {{R:VL-0313-ZN}}.",
            ),
            (
                "c",
                "perfetto mia mamma è sorda un po, chiamate me [[T:+39 340 552 8816]] e io la avviso",
            ),
            ("a", "Certo! A giovedì, [[P:Dario]] - {{B:Vetri Lucenti}}"),
        ],
    },
    {
        "business": "vetri",
        "platform": "messenger",
        "customer": "Studio Legale Ranieri",
        "lang": "it",
        "start": "2025-04-01T11:42:00",
        "messages": [
            (
                "c",
                "Buongiorno, scrivo per conto dello studio dell'avv. [[P:Ranieri]]. Ci servirebbe una pulizia mensile delle vetrate dell'ufficio.",
            ),
            (
                "a",
                "Buongiorno! Con piacere. Dove si trova l'ufficio e quanti metri di vetrata circa?",
            ),
            (
                "c",
                "Siamo in [[A:corso Vittorio Emanuele II 112]], [[A:10121]] [[L:Torino]], terzo piano. Circa 40 mq di vetro.\nIl referente sono io, [[P:Samuele Oddone]], segretario.",
            ),
            (
                "a",
                "Per 40 mq mensili il canone è {{$:95 €}} + IVA. Per la fattura serve la partita IVA dello studio.",
            ),
            (
                "c",
                "P.IVA [[V:02918470366]], PEC [[E:studioranieri@pec.example.it]].\nL'avvocato [[P:Ranieri]] chiede se venite anche a casa sua a [[L:Pino Torinese]], ha una veranda.",
            ),
            (
                "a",
                "Sì, copriamo tutta la collina torinese. Ci mandi pure l'indirizzo privato quando vuole. Contratto {{R:VL-CT-0401}}.",
            ),
            (
                "c",
                "[[A:strada Valle Ceppi 8]], lì chiedete della signora [[P:Marisa]], la collaboratrice. Grazie, [[P:Samuele]]",
            ),
        ],
    },
    {
        "business": "vetri",
        "platform": "instagram",
        "customer": "nadia_hm",
        "lang": "it",
        "start": "2025-05-05T19:47:00",
        "messages": [
            (
                "c",
                "salve io [[P:Nadia Haddad]], vengo da [[L:Libano]] e abito in [[L:italia]] da poco. voi pulite vetro di negozio? ho un piccolo negozio di vestiti",
            ),
            ("a", "Salve [[P:Nadia]], benvenuta! Sì, puliamo vetrine. Dove si trova il negozio?"),
            (
                "c",
                "negozio è [[A:via Po 33]] a [[L:Cuneo]]. io abito sopra, stesso palazzo, 2 piano\nanche le mie finestre di casa sono molto sporche 😅",
            ),
            ("a", "Per vetrina + 6 finestre di casa facciamo {{$:110 €}}. Passiamo {{D:venerdì}}?"),
            (
                "c",
                "venerdì ok dopo {{TM:15}}. il mio negozio su instagram è [[U:instagram.com/nadia.boutique.cn]]\nsono anche [[H:nadia_hm]] 😊",
            ),
            (
                "c",
                "mio fratello [[P:Karim]] può aprire se io non ci sono, suo telefono [[T:351-779-2048]]",
            ),
            ("a", "Perfetto, segnato! Appuntamento {{R:VL-0509-HD}}. [[P:Dario]]"),
        ],
    },
    {
        "business": "vetri",
        "platform": "telegram",
        "customer": "Greg",
        "lang": "en",
        "start": "2025-06-16T13:18:00",
        "messages": [
            (
                "c",
                "hey, we're an american family renting a house near [[L:Lake Como]] for the summer, the windows are filthy lol. do you come out to [[L:Tremezzo]]?",
            ),
            ("a", "Hi! Yes, we work all around the {{W:Lake Como}} area. How many windows?"),
            (
                "c",
                "like 20 plus a glass door to the garden. name's [[P:Greg Lindqvist]], we're from [[L:Minneapolis]]\nthe villa is [[A:via Regina 14]], [[L:Tremezzina]]",
            ),
            (
                "c",
                "our landlord Signor [[P:Cattaneo]] says u need to ring the bell marked [[P:CATTANEO]], the gate is always open",
            ),
            (
                "a",
                "Got it. 20 windows + glass door: {{$:230 €}}. {{D:Wednesday the 18th}} at {{TM:10am}}? Booking {{R:VL-0618-LQ}}.",
            ),
            (
                "c",
                "perfect. my wife [[P:Hope]] will be home. her cell is [[T:+1 (612) 555-0147]] and mine [[T:612.555.0183]]\nthere's no {{W:hope}} of us getting up before 9 so 10 is great lol",
            ),
            ("a", "Haha, 10 it is. See you Wednesday, [[P:Dario]] from {{B:Vetri Lucenti}}"),
        ],
    },
    {
        "business": "vetri",
        "platform": "whatsapp",
        "customer": "Elvira",
        "lang": "it",
        "start": "2025-07-22T17:33:00",
        "messages": [
            (
                "c",
                "buonasera sono la sig.ra [[P:Elvira Capuzzo]] di [[L:Conegliano]], il vostro ragazzo [[P:Dario]] mi ha graffiato la vetrata della cucina ieri",
            ),
            (
                "a",
                "Buonasera signora [[P:Capuzzo]], ci dispiace molto. Può mandarci una foto? Apriamo subito la pratica.",
            ),
            (
                "c",
                "foto mandata. l'assicurazione mi serve fattura. il mio codice fiscale [[CF:KHLFTM90E48Z330D]] no scusate quello è di mia nuora [[P:Fatima]] 🙈",
            ),
            (
                "c",
                "il mio ve lo mando domani lo chiede mio figlio [[P:Nicola]]. la casa è in [[L:frazione Ogliano]], [[A:via Manzana 5]]",
            ),
            (
                "a",
                "Nessun problema. Pratica {{R:SIN-0722-EC}}. Il titolare [[P:Lucio]] la chiama domani mattina per il sopralluogo.",
            ),
            ("c", "grazie. siamo gente onesta qui, non è colpa di nessuno... buona serata"),
        ],
    },
    # ---------------------------------------------------------------- camper rental
    {
        "business": "camper",
        "platform": "messenger",
        "customer": "Luca Brambilla",
        "lang": "it",
        "start": "2025-02-25T21:07:00",
        "messages": [
            (
                "c",
                "ciao vorremmo noleggiare un camper x agosto, 2 adulti 2 bimbi e il cane 🐶 giro in [[L:Norvegia]] fino a [[L:Capo Nord]]\nsi puo andare all'estero col vostro?",
            ),
            (
                "a",
                "Ciao! Sì, i nostri mezzi possono andare in tutta {{W:Europa}}. Per 4 persone consiglio il {{PD:Laika Ecovip H 4109}}. Che date?",
            ),
            (
                "c",
                "dal {{D:2}} al {{D:24 agosto}}. partiamo da casa, [[L:Lecco]], e passiamo a prendere mia sorella [[P:Silvia]] a [[L:Innsbruck]] dove studia",
            ),
            (
                "a",
                "22 giorni in alta stagione sono {{$:3.740 €}}, cauzione {{$:1.500 €}}. Il ritiro è nella nostra sede di {{W:Agrate Brianza}} in {{W:via Lecco}}.",
            ),
            (
                "c",
                "ahah {{W:via Lecco}} come la mia città 😂 ok. sono [[P:Luca Brambilla]], mia moglie [[P:Ivana Petrović]] è croata quindi magari facciamo tappa dai suoi a [[L:Spalato]] al ritorno",
            ),
            (
                "c",
                "la cauzione la blocchiamo sulla carta [[C:4012 8888 8888 1881]]? e la mail e [[E:luca.brambilla_77@example.it]]",
            ),
            (
                "a",
                "La cauzione la prendiamo al ritiro con carta fisica, non serve scriverla qui 🙂 Prenotazione {{R:LS-0802-BR}}. [[P:Federico]] - {{B:LiberaStrada Camper}}",
            ),
        ],
    },
    {
        "business": "camper",
        "platform": "instagram",
        "customer": "vanlife.with.lea",
        "lang": "en",
        "start": "2025-03-30T12:44:00",
        "messages": [
            (
                "c",
                "hiii im [[P:Lea Schumacher]] a travel creator from [[L:Zürich]] 🚐 would u be interested in a collab? i have 48k followers on [[U:instagram.com/vanlife.with.lea]]",
            ),
            (
                "a",
                "Hi [[P:Lea]]! Thanks for reaching out. What kind of collab did you have in mind?",
            ),
            (
                "c",
                "10 days in a van around [[L:Sicily]] in may, i post reels + stories. my manager is [[P:Noemi Keller]], [[E:noemi.keller at example dot ch]]\nalso my linktree [[U:linktr.ee/vanlifewithlea]]",
            ),
            (
                "a",
                "Sounds interesting! We can offer the {{PD:Knaus Boxstar}} with a 50% discount: {{$:690 €}} instead of {{$:1.380 €}}. Pick-up from our {{W:Catania}} branch.",
            ),
            (
                "c",
                "btw ur booking page blocked me twice, it said my ip [[IP:2a02:1210:4c8f:9e00::1b7]] looked suspicious lol",
            ),
            (
                "c",
                "deal 🙌 my swiss address for the contract: [[A:Seefeldstrasse 231]], [[A:8008]] [[L:Zürich]]\nand phone [[T:+41 79 428 16 53]]",
            ),
            ("a", "Perfect, contract {{R:LS-COL-0512}} is on its way. [[P:Federico]]"),
        ],
    },
    {
        "business": "camper",
        "platform": "whatsapp",
        "customer": "Anto",
        "lang": "it",
        "start": "2025-05-09T07:15:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:antonella]], abbiamo il camper da voi {{O:LS-33817}} e siamo bloccati col motore a [[L:Sulmona]] 😭😭",
            ),
            (
                "a",
                "Ciao [[P:Antonella]], tranquilla! Siete in un posto sicuro? Mi mandi la posizione precisa così chiamo il soccorso {{B:Europ Assistance}}.",
            ),
            (
                "c",
                "siamo in un'area sosta in [[A:via Patini]] davanti a un bar, tipo vicino {{W:Porta Napoli}}\nmio marito [[P:Gianni]] dice che si è accesa la spia rossa",
            ),
            (
                "a",
                "Soccorso in arrivo tra 40 minuti circa. Il numero del carro attrezzi che vi chiamerà finisce con 218. A che numero vi trovano?",
            ),
            ("c", "[[T:333 9021 786]] o quello di [[P:gianni]] [[T:0039-347-1180-552]]"),
            (
                "c",
                "ah e stanotte dormiamo da mia cugina [[P:Loredana]] a [[L:Pratola Peligna]] se nn si sistema [[A:via Tratturo 11]]",
            ),
            (
                "a",
                "Ok, tengo tutto nel fascicolo {{R:ASS-0509-AN}}. Vi scrivo appena ho notizie. [[P:Federico]]",
            ),
        ],
    },
    {
        "business": "camper",
        "platform": "telegram",
        "customer": "Marek",
        "lang": "en",
        "start": "2025-06-12T18:21:00",
        "messages": [
            (
                "c",
                "hello i returned the van yesterday, booking {{R:LS-0605-MK}}, but the deposit not come back yet on my account",
            ),
            ("a", "Hello! Could you tell me the name on the booking?"),
            (
                "c",
                "[[P:Marek Dvořák]]. i am from [[L:Brno]] but live in [[L:Verona]] now, [[A:via XX Settembre 88]], [[A:37129]]",
            ),
            (
                "a",
                "Thank you [[P:Marek]]. The van came back with a scratch on the right side, the damage check is still open. It should be closed by {{D:20 June}}.",
            ),
            (
                "c",
                "the scratch was there before, my friend [[P:Pavel]] has photo from pick up\nhis telegram is [[H:@pavel_k_bike]]",
            ),
            (
                "c",
                "and send me the money back to [[I:DE83 3704 0044 0532 0130 11]], it's my german account from when i lived in [[L:Köln]]",
            ),
            (
                "a",
                "Thanks, please ask [[P:Pavel]] to send the photos here. Our manager [[P:Roberta]] will check and reply within 48 hours.",
            ),
        ],
    },
    {
        "business": "camper",
        "platform": "messenger",
        "customer": "Concetta Lo Iacono",
        "lang": "it",
        "start": "2025-07-03T15:58:00",
        "messages": [
            (
                "c",
                "salve mio figlio [[P:Salvo]] vuole regalarci un camper x 1 settimana x i 40 anni di matrimonio 🥰 siamo anziani ma io e mio marito guidiamo benissimo",
            ),
            (
                "a",
                "Che bel regalo! Per una coppia consigliamo il {{PD:Adria Twin 600}}, facile da guidare. Da dove partite?",
            ),
            (
                "c",
                "da [[L:Caltagirone]]. vorremmo girare la [[L:Puglia]], mio marito [[P:Calogero]] ha un fratello a [[L:Alberobello]] che non vediamo da anni",
            ),
            (
                "c",
                "il fratello [[P:Nino Lo Iacono]] abita in [[A:contrada Popoleto]] vicino ai {{W:trulli}}, è una strada senza numero",
            ),
            (
                "a",
                "Una settimana a {{D:settembre}} costa {{$:980 €}}, ritiro a {{W:Catania}}. Il contratto lo intestiamo a chi paga?",
            ),
            (
                "c",
                "si a mio figlio, [[P:Salvatore Lo Iacono]], [[E:salvo.loiacono@example.it]]\nlui abita a [[L:Bergamo]] ma viene giu ad agosto",
            ),
            (
                "a",
                "Perfetto signora, aspettiamo la mail di [[P:Salvatore]]. Preventivo {{R:LS-0915-LI}}. Buona giornata!",
            ),
        ],
    },
    # ---------------------------------------------------------------- extra conversations
    {
        "business": "espatrio",
        "platform": "whatsapp",
        "customer": "Paolo & Fra",
        "lang": "it",
        "start": "2025-08-04T20:02:00",
        "messages": [
            (
                "c",
                "ciao ci hanno dato il vostro numero dei nostri amici [[P:Rocco]] e [[P:Lidia]], quelli che si sono trasferiti a [[L:Lisbona]] l'anno scorso",
            ),
            (
                "c",
                "noi andiamo a [[L:Londra]] a gennaio, io faccio il cuoco e mia moglie [[P:Francesca]] la maestra. abbiamo [[P:Tommy]] di 8 anni\nsono [[P:Paolo Castellucci]] comunque",
            ),
            (
                "a",
                "Ciao [[P:Paolo]], salutateci [[P:Rocco]]! Per [[L:Londra]] serve prima di tutto il settled o pre-settled status. Da dove partite?",
            ),
            (
                "c",
                "da [[L:Frosinone]], [[A:viale Mazzini 140]]\nma i mobili stanno in un magazzino a [[L:Ceccano]] da mio suocero [[P:Amedeo]]",
            ),
            (
                "c",
                "a [[L:londra]] abbiamo visto un flat a [[L:Walthamstow]], [[A:Flat 4B, 27 Hoe Street]] [[A:E17 4SA]], il landlord è un certo Mr [[P:Adeyemi]]",
            ),
            (
                "a",
                "Zona bella per le famiglie! Il trasloco da [[L:Frosinone]] a [[L:Londra]] con il pacchetto scuola per [[P:Tommy]] è {{$:4.200 €}}. Preventivo {{R:FA-UK-0104}}.",
            ),
            (
                "c",
                "ok ci pensiamo. scrivimi anche a [[E:paolo.castellucci chiocciola example punto it]]\nil mio cell inglese nuovo e [[T:+44 7911\n123 456]]",
            ),
            ("a", "Fatto! [[P:Sara]] - {{B:Famiglie Altrove Relocation}}"),
        ],
    },
    {
        "business": "nozze",
        "platform": "messenger",
        "customer": "Lucía Fernández",
        "lang": "it",
        "start": "2025-08-27T11:11:00",
        "messages": [
            (
                "c",
                "hola! scusate il mio italiano, sono [[P:Lucía Fernández Ortega]], spagnola di [[L:Siviglia]], mi sposo con [[P:Andrea]] di [[L:Pietrasanta]] il prossimo maggio",
            ),
            (
                "c",
                "mis padres llegan de [[L:Sevilla]] y necesitan un coche desde el hotel hasta la iglesia",
                "es",
            ),
            (
                "a",
                "Hola [[P:Lucía]]! Possiamo scrivere anche in spagnolo se preferisce. Per i genitori possiamo usare la {{PD:Mercedes 190 SL}}. In quale hotel alloggiano?",
            ),
            (
                "c",
                'hotel "{{B:Villa Marignana}}" a [[L:Forte dei Marmi]]. la chiesa è {{W:Sant\'Agostino}} in piazza, poi festa al mare a [[L:Marina di Pietrasanta]] al bagno della famiglia di [[P:andrea]]',
            ),
            (
                "a",
                "Perfetto. Due auto ({{PD:Mercedes 190 SL}} e {{PD:Fiat 500 Jolly}}) per tutto il giorno: {{$:890 €}}. Data?",
            ),
            (
                "c",
                "{{D:17 maggio}}. la suocera [[P:Rosanna]] vuole sapere se potete passare anche da lei a [[A:via Aurelia Nord 233]] per prendere la nonna [[P:Ines]]",
            ),
            (
                "a",
                "Nessun problema, aggiungiamo la tappa. Preventivo {{R:PRV-2026-0517}}. Un abbraccio, [[P:Giulia]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(102, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
