# ruff: noqa: E501
"""Hand-written blind test corpus no. 110 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, address,
phone number, e-mail and account is invented. Checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA, EU VAT) were computed once with python-stdnum / Luhn and pasted
here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must
survive ``{{CODE:value}}`` (see handwritten_markup.py beside this file).

The six invented businesses: an optician, a catering company for offices, a kite-surf school,
an online knitting-yarn shop, a carpet cleaner and a travel agency for pilgrimages.

Regenerate with: .venv/bin/python make_handwritten110_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten110_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "ottica": "Ottica Ferrandi",
    "catering": "PranzoDesk Catering",
    "kite": "Ventoforte Kite School",
    "lana": "Gomitolo Matto",
    "tappeti": "Tappeti Splendenti",
    "pellegrini": "Cammini di Luce Viaggi",
}
PAGE_IDS: dict[str, str] = {
    "ottica": "710880314159265",
    "catering": "710880271828182",
    "kite": "710880161803398",
    "lana": "710880141421356",
    "tappeti": "710880173205080",
    "pellegrini": "710880223606797",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- ottica
    {
        "business": "ottica",
        "platform": "messenger",
        "customer": "Marta Delbello",
        "lang": "it",
        "start": "2025-02-03T09:12:00",
        "messages": [
            (
                "c",
                "buongiorno volevo sapere se sono pronti gli occhiali progressivi x mia mamma\nè a nome [[P:Delbello]] [[P:Ornella]]",
            ),
            (
                "a",
                "Buongiorno! Sì, gli occhiali della sig.ra [[P:Delbello]] sono arrivati ieri, ordine {{O:OF-20431}}. Può passare quando vuole, siamo aperti fino alle {{TM:19:30}}. {{B:Ottica Ferrandi}}",
            ),
            (
                "c",
                "ok perfetto ma lei nn cammina bene, potete portarli a casa? abita in [[A:via Commerciale 118]] a [[L:Trieste]] [[A:34134]]\ncitofono [[P:delbello]] terzo piano\nse nn apre chiedete alla vicina sig.ra [[P:Kante]]... cioè la signora [[P:Aminata Kante]] del primo piano ha le chiavi",
            ),
            (
                "a",
                "Certo, il nostro [[P:Stefano]] fa le consegne il giovedì mattina. Le serve anche la regolazione, quindi verrà con la cassetta attrezzi. Il saldo è {{$:€ 245,00}}, si può pagare alla consegna.",
            ),
            (
                "c",
                "grazie mille!! se nn risponde chiamate me [[T:340 718 2261]] o mio marito [[P:Ivan]] [[T:040 36 55 902]]\nsono la figlia [[P:Marta]]",
            ),
            ("a", "Perfetto [[P:Marta]], segnato tutto. Buona giornata! – [[P:Elisa]]"),
        ],
    },
    {
        "business": "ottica",
        "platform": "instagram",
        "customer": "dr.kowalczyk",
        "lang": "en",
        "start": "2025-02-11T16:40:00",
        "messages": [
            (
                "c",
                "hi do u speak english? i'm here for erasmus and broke my glasses 😭 need new ones asap",
            ),
            (
                "a",
                "Hi! Of course. Do you have your prescription with you? We can also do an eye test here, it takes about 20 min and costs {{$:€ 30}}.",
            ),
            (
                "c",
                "i have it from my optician in [[L:Kraków]] but its in polish lol\nmy name is [[P:Zofia Kowalczyk]]\nsaturday is ok?",
            ),
            (
                "a",
                "Saturday {{D:15 February}} at {{TM:10:00}} works, [[P:Zofia]]. Polish prescriptions are fine, numbers are numbers 😊 Could you leave a phone number for the booking?",
            ),
            ("c", "[[T:+48 601 234 877]] polish number, whatsapp works better"),
            ("a", "Got it. See you Saturday! [[P:Marco]] from the team"),
            (
                "c",
                "thx!! my flatmate [[P:Aisha]] needs contacts too, we live together at [[A:via Dante 5, int. 3]]\nbtw i saw the {{B:Ray-Ban}} {{PD:Clubmaster}} in your window, how much?",
            ),
            (
                "a",
                "The {{PD:Clubmaster}} frame is {{$:€ 159}}, with single vision lenses from {{$:€ 219}} total.",
            ),
        ],
    },
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-03-01T11:05:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Giuseppina]] la moglie di [[P:Franco Tassotti]], lui ha perso le lenti a contatto mensili\nvi mando la foto della scatola",
            ),
            ("c", "sono le {{PD:Acuvue Oasys}} -3.25 tutti e due"),
            (
                "a",
                "Ciao [[P:Giuseppina]]! Le abbiamo in negozio, {{$:€ 38,90}} la confezione da 6. Gliele mettiamo da parte a nome [[P:Tassotti]]?",
            ),
            (
                "c",
                "sì grazie, cmq ci serve anche la fattura per la ditta di [[P:franco]], vi do la partita iva [[V:02987610322]]\nragione sociale [[P:Tassotti Franco]] impianti elettrici",
            ),
            (
                "a",
                "Perfetto. Per la fattura elettronica ci serve anche il codice fiscale del titolare o la PEC.",
            ),
            ("c", "pec [[E:tassotti.impianti@pec-example.it]]"),
            (
                "a",
                "Ricevuto, fattura {{R:FT-2025/0312}} pronta al ritiro. Grazie! [[P:Elisa]] - {{B:Ottica Ferrandi}}",
            ),
        ],
    },
    {
        "business": "ottica",
        "platform": "telegram",
        "customer": "Hamid R.",
        "lang": "it",
        "start": "2025-03-18T18:22:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Hamid Rahimi]] volere prenotare visita occhi per mio figlio [[P:Yusuf]], 8 anni, lui nn vede bene lavagna a scuola",
            ),
            (
                "a",
                "Buonasera signor [[P:Rahimi]]! Per i bambini consigliamo una visita dall'oculista; noi facciamo lo screening gratuito. Va bene {{D:martedì 25}} alle {{TM:16:30}}?",
            ),
            (
                "c",
                "si va bene. mio numero è [[T:351.448.09.72]]\noppure mia moglie [[P:Leila]]\n[[T:389 220 4415]]",
            ),
            (
                "a",
                "Perfetto, segnati entrambi. A martedì! Se vuole le consiglio anche la dott.ssa [[P:Premoli]], è brava con i bambini.",
            ),
            (
                "c",
                "grazie mille siete gentili 🙏 io abito [[A:via Padova 210]] vicino, [[L:Milano]] è grande ma voi siete comodi x noi\nmia mail [[E:hamid.rahimi84@example.com]]",
            ),
        ],
    },
    {
        "business": "ottica",
        "platform": "instagram",
        "customer": "vale.occhialuta",
        "lang": "it",
        "start": "2025-04-02T21:48:00",
        "messages": [
            (
                "c",
                "ciaoo ho visto la vostra storia con gli occhiali da sole {{B:Persol}} tartarugati 😍😍 sono ancora disponibili?",
            ),
            (
                "a",
                "Ciao! Sì, il modello {{PD:Persol 649}} havana è disponibile, {{$:€ 210}}. Te lo spediamo anche se vuoi!",
            ),
            (
                "c",
                "sii mandatelo a [[A:via Rosa Luxemburg 7]] [[L:Pordenone]] ... anzi no aspetta sono da mia sorella fino a fine mese\nmandate a [[A:località Campagnola 3]], [[L:Sacile]]\nc/o [[P:Bianca Zuliani]]",
            ),
            (
                "a",
                "Nessun problema, spediamo lì. Ci serve un cellulare per il corriere e una mail per la ricevuta.",
            ),
            (
                "c",
                "[[T:3471190338]]\nmail [[E:valentina punto zuliani chiocciola gmail punto com]]",
            ),
            (
                "a",
                "Perfetto, ordine {{O:OF-20877}} spedito con {{B:BRT}}, tracking {{TR:0519 8830 2214 7760}}. Buone vacanze [[P:Valentina]]!",
            ),
        ],
    },
    # ---------------------------------------------------------------- catering
    {
        "business": "catering",
        "platform": "whatsapp",
        "customer": "Paola Sereni",
        "lang": "it",
        "start": "2025-02-05T08:30:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Paola Sereni]] dell'ufficio amministrazione di {{B:Ferri & Moretti}}, ci servirebbe un buffet x 25 persone giovedì",
            ),
            ("c", "con almeno 5 vegetariani e una persona celiaca (il nostro collega [[P:Luca]])"),
            (
                "a",
                "Buongiorno [[P:Paola]]! Per 25 persone proponiamo il menu {{PD:Business Light}} a {{$:€ 18,50}} a persona: focacce, {{PD:insalata di farro}}, {{PD:torta salata}} e frutta. Per [[P:Luca]] prepariamo un vassoio senza glutine a parte.",
            ),
            (
                "c",
                "ok. dove consegnate? l'ufficio è in [[A:corso Vercelli 41, 4° piano]], [[A:20145]] [[L:Milano]]",
            ),
            ("a", "Consegniamo in tutta {{W:Milano}} e hinterland, nessun problema. Orario?"),
            (
                "c",
                "alle 12:30 giuste. chiedete di me o della [[P:Giovanna]] alla reception\nil mio cell [[T:+39 333 902 4418]]",
            ),
            (
                "a",
                "Confermato: giovedì {{D:6 febbraio}} ore {{TM:12:30}}, preventivo {{R:PD-0219}}. A giovedì! [[P:Chiara]] – {{B:PranzoDesk Catering}}",
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "messenger",
        "customer": "Oliver Brennan",
        "lang": "en",
        "start": "2025-02-20T10:02:00",
        "messages": [
            (
                "c",
                "Hi there, I'm organising a leaving lunch for my colleague [[P:Priya Raman]] next Friday, about 15 people. Do you do Indian-ish food or only Italian?",
            ),
            (
                "a",
                "Hi [[P:Oliver]]! We're mostly Italian but we can do a vegetarian spiced menu: chickpea {{PD:farinata}}, curried lentil salad, {{PD:parmigiana}}... around {{$:€ 21}} per person.",
            ),
            (
                "c",
                "sounds great. she's from [[L:Chennai]] originally so she'll laugh at the curry but whatever 😂\nOffice is [[A:Via Tortona 27]], ground floor, buzz [[P:Brennan]]",
            ),
            ("a", "Lovely. Could you send a billing address and VAT number for the invoice?"),
            (
                "c",
                "it's our UK entity, invoice to [[A:Flat 3, 22 Aldridge Road]], [[L:London]] [[A:W11 1HP]]\nVAT sorry I'll have to ask finance. My email [[E:o.brennan@kestrel-design.example.com]]",
            ),
            (
                "a",
                "Perfect, we'll wait for the VAT number. Booking ref {{R:PD-0244}}, Friday {{D:28 Feb}} at {{TM:13:00}}. Thanks! [[P:Chiara]]",
            ),
            (
                "c",
                "could you also cc my PA [[P:Hannah Lowe]] [[E:h.lowe@kestrel-design.example.com]]\nher direct line is [[T:+44 20 7946 0321]]",
            ),
            (
                "c",
                "cheers! oh and finance says VAT is [[V:GB 274 8812 81]] hopefully right 🤞\n[[P:Priya]] must not know about this, it's a surprise!!",
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "telegram",
        "customer": "fede_b",
        "lang": "it",
        "start": "2025-03-10T17:45:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:fede]], [[P:Federica Tornese]], mi avete fatto il catering x la laurea di mio fratello l'anno scorso\nora mi serve x l'ufficio nuovo",
            ),
            ("a", "Ciao [[P:Federica]]! Che bello sentirti. Dicci pure: quante persone e quando?"),
            (
                "c",
                "tipo 40 persone, inaugurazione il {{D:21 marzo}}, aperitivo dalle {{TM:18}}\nmi piaceva tanto il {{PD:Prosecco}} e le pizzette {{PD:margherita}}\nah e i {{PD:Grana Padano}} a scaglie",
            ),
            (
                "a",
                "Perfetto, tutto fattibile. Aperitivo {{PD:Inaugura}} a {{$:€ 14}} a persona, {{PD:Prosecco}} incluso. Serve fattura?",
            ),
            (
                "c",
                "sì, fattura a me come libera professionista\ncf [[CF:TRNFRC95H60L219Y]]\np iva [[V:07155230480]]\nindirizzo studio [[A:via Nizza 154]] [[L:Torino]]",
            ),
            ("a", "Ricevuto tutto. Ti mando il preventivo {{R:PD-0301}} qui stasera."),
            ("c", "top grazie!! scrivetemi anche su telegram @[[H:fede_tornese]] se serve"),
        ],
    },
    {
        "business": "catering",
        "platform": "whatsapp",
        "customer": "Anand",
        "lang": "en",
        "start": "2025-03-27T07:58:00",
        "messages": [
            (
                "c",
                "good morning, the lunch boxes today are not arrived. we are waiting since {{TM:12}}. order number is {{O:4471 2290 1183}}",
            ),
            (
                "a",
                "Good morning, I'm very sorry! Let me check order {{O:4471 2290 1183}} right away.",
            ),
            (
                "a",
                "The driver, [[P:Kofi]], is stuck in traffic near {{W:Piazzale Loreto}}. He'll be with you in about 15 minutes. We'll refund the delivery fee of {{$:€ 8}}.",
            ),
            (
                "c",
                "ok thanks. please tell him to ask for [[P:Anand Krishnamurthy]] at the gate, security doesn't let in without name\nmy number [[T:+91 98450 22317]] but i am in [[L:italy]] now so call the office [[T:02 8745 1120]]\nmy colleague [[P:Svetlana Ivanova]] also can sign for it, she sits at reception\nmy linkedin if you need to verify [[U:linkedin.com/in/anand-krishnamurthy-ml]]",
            ),
            (
                "a",
                "Done, he has both numbers. Again sorry for the wait, Mr [[P:Krishnamurthy]]. – [[P:Davide]]",
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "instagram",
        "customer": "Ilaria Speranza",
        "lang": "it",
        "start": "2025-04-08T13:20:00",
        "messages": [
            (
                "c",
                "ciao, vi scrivo x il pranzo di natale aziendale (lo so è presto ma il capo vuole prenotare ora 😅)",
            ),
            ("a", "Ciao! Meglio presto che tardi 😄 Per quante persone?"),
            (
                "c",
                "sui 60. il capo è [[P:Renato Felice]], se vi chiama è lui. io sono [[P:Ilaria Speranza]] e seguo la cosa\nnon mettete il panettone per favore, solo pandoro, [[P:renato]] odia i canditi",
            ),
            (
                "a",
                "Ahah segnato! Menu {{PD:Natale in Ufficio}}, {{$:€ 32}} a persona, con pandoro {{B:Melegatti}}. Data indicativa?",
            ),
            (
                "c",
                "{{D:venerdì 19 dicembre}}\nle mail vanno a me [[E:ilaria.speranza@gruppo-lumen.example.it]] e in copia [[E:r.felice@gruppo-lumen.example.it]]",
            ),
            (
                "a",
                "Perfetto [[P:Ilaria]], opzione {{R:PD-XMAS-07}} bloccata. Con {{W:speranza}} di vederci prima di dicembre 😉 [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "messenger",
        "customer": "Roberta Canzian",
        "lang": "it",
        "start": "2025-05-12T08:15:00",
        "messages": [
            (
                "c",
                "buongiorno, vi mando la lista x l'abbonamento pranzi settimanale del nostro studio, siamo in 6\n[[P:Roberta Canzian]] - niente\n[[P:Guo Ming]] - vegetariano\n[[P:Alessio Fumagalli]] - senza lattosio\n[[P:Bea]] (cioè [[P:Beatrice Sala]]) - niente\n[[P:Kwame Mensah]] - no maiale\n[[P:Rosa Amato]] - celiaca",
            ),
            (
                "a",
                "Buongiorno [[P:Roberta]], grazie! Abbonamento {{PD:Settimana Smart}} 5 giorni x 6 persone = {{$:€ 405}} a settimana. Per [[P:Rosa]] usiamo la linea senza glutine certificata.",
            ),
            (
                "c",
                "perfetto. ah [[P:alessio]] da metà giugno va in ferie in [[L:Grecia]] quindi per 2 settimane siamo 5",
            ),
            (
                "c",
                "la fattura intestatela allo studio associato, partita iva [[V:03318420159]]\nsede [[A:via Manin 12]] [[A:31100]] [[L:Treviso]]\nscala A, citofono studio [[P:Canzian]]-[[P:Sala]]",
            ),
            (
                "a",
                "Segnato tutto. Addebito diretto? Ci serve l'IBAN dello studio e il nome del titolare del conto.",
            ),
            (
                "c",
                "[[I:IT75X0306909606100000091827]] intestato a [[P:Roberta Canzian]]\nper urgenze il cell di [[P:Beatrice]] [[T:+39 320.114.5567]] perché io sono sempre in riunione",
            ),
            (
                "a",
                "Perfetto, si parte lunedì {{D:19 maggio}}! [[P:Chiara]] – {{B:PranzoDesk Catering}}",
            ),
        ],
    },
    # ---------------------------------------------------------------- kite
    {
        "business": "kite",
        "platform": "instagram",
        "customer": "Jonas Weber",
        "lang": "en",
        "start": "2025-05-02T19:10:00",
        "messages": [
            (
                "c",
                "hey!! me and my gf want to do beginner kite course in {{D:june}}, 3 days. we come from [[L:Stuttgart]]",
            ),
            (
                "a",
                "Hey! Our {{PD:Beginner 3-Day}} course is {{$:€ 390}} per person, equipment included. Which dates?",
            ),
            (
                "c",
                "{{D:16 to 18 june}}. names are [[P:Jonas Weber]] and [[P:Lea Hoffmann]]\nwe stay at a camping in [[L:Malcesine]]",
            ),
            (
                "c",
                "[[P:Lea]] ist ein bisschen nervös, sie kann nicht so gut schwimmen 😬 is that a problem?",
                "de",
            ),
            (
                "a",
                "No problem at all, [[P:Lea]] will wear an impact vest and the first day is only on the beach. Instructor will be [[P:Tommaso]]. Can you send a phone number for wind updates?",
            ),
            (
                "c",
                "[[T:+49 1523 7788412]]\ninsta of [[P:lea]] is @[[H:lea.hoffi]] if u wanna tag us lol\nher surname is spelled [[P:H-O-F-F-M-A-N-N]] btw",
            ),
            (
                "a",
                "Booked! Ref {{R:VK-0616-22}}. Deposit {{$:€ 150}} by bank transfer (details by email) or on arrival.",
            ),
        ],
    },
    {
        "business": "kite",
        "platform": "whatsapp",
        "customer": "Bobo",
        "lang": "it",
        "start": "2025-05-20T06:45:00",
        "messages": [
            (
                "c",
                "raga c'è vento oggi?? sono [[P:bobo]] ([[P:Roberto Bonetti]] x l'assicurazione) quello col kite {{B:Duotone}} verde",
            ),
            ("a", "Ciao [[P:Bobo]]! {{W:Ora}} da sud dalle {{TM:13}}, 18-22 nodi. Giornata top!"),
            (
                "c",
                "grandee. vengo con [[P:Nico]] e [[P:Sara]], [[P:sara]] fa la lezione di prova\nsu insta è [[H:sara_sulle_onde]]",
            ),
            (
                "a",
                "Ok, per [[P:Sara]] lezione prova {{$:€ 70}} alle {{TM:14:00}} con [[P:Tommaso]]. Mi dai il suo cognome per l'assicurazione?",
            ),
            ("c", "[[P:Sara Mbaye]]\nnata a [[L:Dakar]] ma vive a [[L:Rovereto]] da 10 anni"),
            (
                "a",
                "Perfetto, a dopo! Se [[P:Sara]] ha bisogno mi scriva qui, sono [[P:Irene]] della segreteria.",
            ),
        ],
    },
    {
        "business": "kite",
        "platform": "messenger",
        "customer": "Carmen Ruiz Navarro",
        "lang": "en",
        "start": "2025-06-03T12:30:00",
        "messages": [
            (
                "c",
                "hola! hablan español? quiero alquilar un kite 12m para la semana del {{D:14 de julio}}",
                "es",
            ),
            (
                "a",
                "Hola! A bit of Spanish, better English or Italian 🙂 Rental of a 12m kite is {{$:€ 55}} per day, {{$:€ 300}} per week. Do you have IKO level 2?",
            ),
            (
                "c",
                "yes I have level 3, my card is from the school in [[L:Tarifa]]\nmi nombre: [[P:Carmen Ruiz Navarro]]",
                "en",
            ),
            (
                "a",
                "Perfect [[P:Carmen]]. We need a deposit, you can pay by card here or bank transfer.",
                "en",
            ),
            (
                "c",
                "card ok: [[C:4929 8172 6354 0186]] exp {{D:09/27}}\nor my spanish account [[I:ES79 2100 0813 6101 2345 6789]] whatever is easier",
                "en",
            ),
            (
                "a",
                "Please don't send card numbers by chat 🙏 We'll send you a secure payment link by email. What's your email?",
                "en",
            ),
            ("c", "[[E:carmen.ruiznav@correo-example.es]]", "en"),
        ],
    },
    {
        "business": "kite",
        "platform": "telegram",
        "customer": "kitemaniac_92",
        "lang": "it",
        "start": "2025-06-21T15:15:00",
        "messages": [
            (
                "c",
                "ciao ho perso la tavola ieri al lago, c'era scritto sopra il mio nome [[P:Daniele Pizzol]] e il numero [[T:338/5529014]]\nqualcuno l'ha trovata?",
            ),
            (
                "a",
                "Ciao [[P:Daniele]]! Sì, l'ha portata il bagnino stamattina, è qui in scuola. Passi quando vuoi.",
            ),
            (
                "c",
                "grazie mille!!! oggi nn posso sono a [[L:Bolzano]] x lavoro, può passare mio cugino [[P:Matteo]]?",
            ),
            ("a", "Certo, basta che ci dica il tuo nome. Fino alle {{TM:19}}."),
            (
                "c",
                "perfetto lui è alto con la barba, [[P:Matteo Pizzol]] 😂\ngamer tag [[H:xXPizzolXx]] se lo cercate su discord lol\nabita ad [[L:Arco]] in [[A:via Segantini 8]] se serve x il documento",
            ),
        ],
    },
    {
        "business": "kite",
        "platform": "instagram",
        "customer": "Will",
        "lang": "en",
        "start": "2025-07-09T09:00:00",
        "messages": [
            (
                "c",
                "hi, it's [[P:Will]] 👋 my daughter [[P:Hope]] (14) wants to try kitesurf, do you teach teens?",
            ),
            (
                "a",
                "Hi [[P:Will]]! Yes, from 12 years with a parent's signed consent. We have a {{PD:Junior Kite Camp}}, 5 mornings, {{$:€ 280}}.",
            ),
            (
                "c",
                "great. we're staying at my brother-in-law's in [[L:Riva]] for 2 weeks, [[A:Viale Rovereto 12]]\n{{W:will}} she need a wetsuit?",
            ),
            (
                "a",
                "We provide it. Just bring sunscreen and lots of {{W:hope}} for wind 😄 Can you send her full name and date of birth for the insurance?",
            ),
            (
                "c",
                "my wife [[P:Rachel]] {{W:will}} bring her, her cell [[T:+1 (857) 555-0163]]\n[[P:Hope Calloway]], {{D:3rd March 2011}}\nand my mobile is [[T:(617) 555-0142]] sorry US one",
            ),
            (
                "a",
                "All set. See you Monday at {{TM:9:00}}! – [[P:Tommaso]], {{B:Ventoforte Kite School}}",
            ),
        ],
    },
    {
        "business": "kite",
        "platform": "whatsapp",
        "customer": "Chiara L.",
        "lang": "it",
        "start": "2025-08-14T18:05:00",
        "messages": [
            (
                "c",
                "salve volevo regalare un buono lezione al mio ragazzo x il compleanno, si chiama [[P:Lorenzo]]",
            ),
            (
                "a",
                "Che bell'idea! Buono {{PD:Prima Volta}} {{$:€ 120}}. Lo intestiamo a [[P:Lorenzo]] + cognome?",
            ),
            ("c", "[[P:Lorenzo De Santis Ferraro]] (sì due cognomi)\nda parte di [[P:Chiara]]"),
            ("a", "Perfetto. Il buono {{R:BV-2025-118}} te lo mandiamo via mail in PDF."),
            ("c", "[[E:chiara.lunardi95@example.it]]\nposso pagare con bonifico? mandatemi l'iban"),
            (
                "a",
                "Certo [[P:Chiara]]: IBAN della scuola nella mail. Causale: buono {{R:BV-2025-118}}. Grazie!",
            ),
        ],
    },
    # ---------------------------------------------------------------- lana
    {
        "business": "lana",
        "platform": "instagram",
        "customer": "nonna_knits",
        "lang": "en",
        "start": "2025-01-14T20:30:00",
        "messages": [
            (
                "c",
                "hello lovely shop!! do you ship to [[L:Ireland]]? I want 8 skeins of the {{PD:Merino Fine}} in {{W:Rosa}} antico",
            ),
            (
                "a",
                "Hi! Yes we ship all over the EU, shipping to [[L:Ireland]] is {{$:€ 9,90}}. 8 skeins of {{PD:Merino Fine}} colour {{W:Rosa Antico}} = {{$:€ 63,20}}.",
            ),
            (
                "c",
                "perfect. I'm [[P:Rose Callaghan]], address is [[A:14 Glenview Park]], [[L:Ballincollig]], Co. [[L:Cork]], [[A:P31 X2K4]]",
            ),
            (
                "c",
                "oh and i post my projects on [[U:https://www.instagram.com/rose_knits_and_tea]] and on my blog [[U:roseknitsandtea.example.ie]] if you want to see 🧶",
            ),
            (
                "a",
                "Lovely, we'll have a look! Order {{O:GM-10923}} is ready, you can pay with the link we just sent to your email.",
            ),
            ("c", "which email did you use? it should be [[E:rose.callaghan@example.ie]]"),
            ("a", "That one 👍 Thanks [[P:Rose]]! – [[P:Anna]]"),
        ],
    },
    {
        "business": "lana",
        "platform": "messenger",
        "customer": "Nunzia Esposito",
        "lang": "it",
        "start": "2025-01-29T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno nn mi è arrivato il pacco ordinato il {{D:15 gennaio}}\nordine {{O:GM-10871}}",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Esposito]], controllo subito. Il tracking {{TR:IT0038 1192 2755 1026 3}} risulta in consegna da ieri a [[L:Portici]].",
            ),
            (
                "c",
                "eh ma io sto a [[L:Ercolano]] adesso!!! ho cambiato casa a dicembre, nn ho aggiornato l'indirizzo 😩",
            ),
            (
                "a",
                "Nessun problema, possiamo chiedere al corriere di reindirizzare. Mi scrive il nuovo indirizzo?",
            ),
            (
                "c",
                "[[A:via Quattro Orologi 55]]\n[[A:scala B int. 7]]\n[[A:80056]] [[L:Ercolano]]\ncitofono [[P:Esposito Castaldo]]",
            ),
            ("a", "Fatto! Arriva entro {{D:venerdì}}. [[P:Anna]] – {{B:Gomitolo Matto}}"),
            ("c", "grazie tesoro 😘 i gomitoli sono x la copertina del nipotino [[P:Gennarino]]"),
        ],
    },
    {
        "business": "lana",
        "platform": "whatsapp",
        "customer": "Li Wei",
        "lang": "it",
        "start": "2025-02-17T14:00:00",
        "messages": [
            (
                "c",
                "ciao io [[P:Li Wei]] ho negozio di merceria a [[L:Prato]], vorrei comprare all'ingrosso la lana {{PD:Alpaca Soft}}",
            ),
            (
                "a",
                "Buongiorno! Per rivenditori abbiamo il listino B2B, sconto 30% da 50 gomitoli. Ci manda la partita IVA?",
            ),
            (
                "c",
                "si partita iva [[V:01455900587]] no scusa sbagliato quello è commercialista\nmia è [[V:IT04199231004]] ... no aspetta",
            ),
            (
                "c",
                "ok dopo mando foto visura. mio indirizzo negozio [[A:via Pistoiese 312]], [[A:59100]] [[L:Prato]]\ntelefono [[T:0574 66 21 98]]",
            ),
            (
                "a",
                "Perfetto signor [[P:Li]], appena riceviamo la visura attiviamo l'account. Colori disponibili: {{W:Bianco}} panna, {{W:Nero}}, {{W:Cammello}}.",
            ),
            (
                "c",
                "ok grazie. mia figlia [[P:Xiaoyu]] parla meglio italiano, lei chiama domani\nsuo numero [[T:366 901 2284]] email [[E:xiaoyu.li.po@example.com]]",
            ),
        ],
    },
    {
        "business": "lana",
        "platform": "telegram",
        "customer": "giuli_ferri",
        "lang": "it",
        "start": "2025-03-05T22:15:00",
        "messages": [
            (
                "c",
                "ciao!! il vostro sito mi dà errore, accesso negato per [[IP:151.38.207.94]] 🤷‍♀️\ncmq ho fatto il maglione col vostro kit {{PD:Maglione Santa Lucia}} ed è venuto un amore 😍 vi posso taggare?",
            ),
            ("a", "Ma certo!! Siamo {{B:@gomitolomatto}}. Che bello!"),
            (
                "c",
                "sono [[H:@giuli.ferri.knits]] su insta e ho anche il canale [[U:youtube.com/@giuliferriknits]] dove faccio i tutorial",
            ),
            (
                "c",
                "mi chiamo [[P:Giulia Ferri]] comunque, se volete possiamo fare una collab\nil mio numero x lavoro [[T:+39 392 558 0174]]",
            ),
            (
                "a",
                "Ci piacerebbe tantissimo [[P:Giulia]]! Abiti sempre a [[L:Biella]]? Ti scrive [[P:Anna]], la titolare, in settimana.",
            ),
            (
                "c",
                "scusate un'altra cosa il mio compagno [[P:Ahmed]] vuole un cappello con la lana {{PD:Lana di Biella}} blu, ce l'avete?",
            ),
            (
                "a",
                "Sì! {{PD:Lana di Biella}} colore {{W:Blu Notte}}, {{$:€ 7,50}} a gomitolo. Ne servono 2 per un cappello.",
            ),
        ],
    },
    {
        "business": "lana",
        "platform": "instagram",
        "customer": "Ingrid Solberg",
        "lang": "en",
        "start": "2025-04-12T08:50:00",
        "messages": [
            (
                "c",
                "hi! spedite anche in [[L:Norvegia]]? sorry my italian is bad, I live in [[L:Bergen]]",
                "it",
            ),
            (
                "a",
                "Hi [[P:Ingrid]]! Yes, to [[L:Norway]] shipping is {{$:€ 19}} and there may be customs fees. What would you like?",
            ),
            (
                "c",
                "the {{PD:Mohair Nuvola}} kit, 2 of them. address: [[A:Nordnesgaten 18]], [[A:5005]] [[L:Bergen]], [[L:Norway]]\nname on the bell [[P:Solberg]]/[[P:Haugen]]",
            ),
            ("a", "Total {{$:€ 112}} + shipping. Can we have a phone for the Norwegian courier?"),
            ("c", "[[T:+47 912 34 567]]\nand pay with card [[C:5155-9901-2345-6786]] ok?"),
            ("a", "Please don't send card details here, we'll email you a secure link. Email?"),
            ("c", "[[E:ingrid.solberg@example.no]] thx! mange takk 😊"),
        ],
    },
    # ---------------------------------------------------------------- tappeti
    {
        "business": "tappeti",
        "platform": "whatsapp",
        "customer": "Sig. Vittorio",
        "lang": "it",
        "start": "2025-01-20T09:40:00",
        "messages": [
            (
                "c",
                "Buongiorno. Avrei da far lavare un tappeto persiano 2x3 mt, {{PD:Tabriz}}, era di mia suocera. Venite a ritirarlo?",
            ),
            (
                "a",
                "Buongiorno! Sì, ritiro e riconsegna gratuiti sopra {{$:€ 150}}. Un {{PD:Tabriz}} 2x3 costa {{$:€ 180}} con lavaggio a mano. Mi dà l'indirizzo?",
            ),
            ("c", "[[A:viale Felice Cavallotti]] a [[L:Monza]]... il civico è il"),
            ("c", "[[A:89]], secondo piano senza ascensore, il tappeto è pesante eh"),
            ("a", "Vengono in due, tranquillo. Per il nome sul citofono?"),
            (
                "c",
                "[[P:Gualtieri]]. Io sono [[P:Vittorio Gualtieri]]. Il mio numero è\n[[T:039 2\n314 887]]\nse non ci sono c'è mia figlia [[P:Cinzia]] [[T:335 610 4471]]",
            ),
            (
                "a",
                "Ritiro fissato {{D:giovedì 23 gennaio}} tra le {{TM:9}} e le {{TM:12}}. Pratica {{R:TS-0112}}. Buona giornata! [[P:Roberto]]",
            ),
        ],
    },
    {
        "business": "tappeti",
        "platform": "messenger",
        "customer": "Emily Carter",
        "lang": "en",
        "start": "2025-02-08T15:25:00",
        "messages": [
            (
                "c",
                "Hi, our dog had an accident on the living room rug 🙈 it's a wool rug from {{B:IKEA}}, {{PD:Stockholm}} model. can you clean it?",
            ),
            (
                "a",
                "Hi [[P:Emily]]! Yes, pet stains are our speciality. The {{PD:Stockholm}} 250x350 is {{$:€ 95}}. Where should we pick it up?",
            ),
            (
                "c",
                "we rent a flat in [[L:Bergamo Città Alta]], [[A:via Gombito 9]]\nour landlord Signor [[P:Pezzotta]] lives downstairs so if we're out he can open",
            ),
            ("a", "Perfect. A phone number please?"),
            (
                "c",
                "my husband's [[T:+44 7700 900 418]] or mine [[T:+44 7911 123 456]]\nhe's [[P:Daniel]]",
            ),
            (
                "a",
                "Thanks! Pick-up on {{D:Tuesday 11 Feb}}. Booking {{R:TS-0139}}. – [[P:Roberto]] from the team",
            ),
            (
                "c",
                "also can you send the invoice to [[E:emily at carterhome dot example dot com]]? you get it 😅",
            ),
            ("a", "Got it 😄"),
            (
                "c",
                "thx! I'll leave a review on my blog [[U:https://emilyinbergamo.example.com]] 😄",
            ),
        ],
    },
    {
        "business": "tappeti",
        "platform": "instagram",
        "customer": "mari_delfino",
        "lang": "it",
        "start": "2025-03-14T12:00:00",
        "messages": [
            (
                "c",
                "ciao volevo chiedere x la moquette dell'ufficio di mio padre, è uno studio dentistico",
            ),
            (
                "a",
                "Ciao! Facciamo anche moquette a domicilio, prezzo a metro quadro {{$:€ 6}}. Quanti mq più o meno?",
            ),
            (
                "c",
                "sui 70. lo studio è del dott. [[P:Delfino]] in [[A:piazza Garibaldi 4]] a [[L:Lodi]]\nl'unico giorno è domenica perché c'è chiuso",
            ),
            (
                "a",
                "La domenica facciamo un supplemento del 20%. Per il preventivo ci serve l'intestazione della fattura.",
            ),
            (
                "c",
                "studio dentistico dott. [[P:Carlo Delfino]]\npiva [[V:02604170379]]\ncf [[CF:DLFCRL58A12E648S]]\nmail [[E:studio.delfino@example.it]]\nio sono [[P:Marina]] la figlia, il mio cell [[T:348-771-0925]]",
            ),
            ("a", "Grazie [[P:Marina]]! Preventivo {{R:TS-0167}} in arrivo per mail."),
        ],
    },
    {
        "business": "tappeti",
        "platform": "telegram",
        "customer": "Dragan",
        "lang": "it",
        "start": "2025-04-01T19:30:00",
        "messages": [
            (
                "c",
                "buonasera, io sono [[P:Dragan Petrović]] pulisco case per lavoro, ho cliente che vuole tappeti lavati, voi fate prezzo per me?",
            ),
            (
                "a",
                "Buonasera [[P:Dragan]]! Per chi ci porta lavoro facciamo il 10% di sconto. Quanti tappeti?",
            ),
            (
                "c",
                "tre. casa della signora [[P:Anna Maria Colombo]], [[A:via San Gottardo 40]] a [[L:Monza]], lei anziana\nio sono lì martedì e giovedì",
            ),
            (
                "c",
                "mio numero [[T:0039 320 887 1456]]\noppure mia moglie [[P:Jelena]] [[T:320 887 1499]]",
            ),
            (
                "a",
                "Perfetto. Martedì {{D:8 aprile}} mattina va bene? Il pagamento lo fa la signora o lei?",
            ),
            (
                "c",
                "lei paga con bonifico, mi ha dato suo iban per rimborso se serve [[I:IT53K0306909606100000076543]]",
            ),
            (
                "a",
                "Grazie, ma l'IBAN non ci serve, le diamo i nostri dati noi 🙂 A martedì! Salutiamo la signora [[P:Colombo]]. [[P:Roberto]]",
            ),
        ],
    },
    {
        "business": "tappeti",
        "platform": "whatsapp",
        "customer": "Tommy",
        "lang": "en",
        "start": "2025-05-06T11:11:00",
        "messages": [
            (
                "c",
                "yo, got a big shaggy rug needs cleaning before I move out, landlord will keep my deposit otherwise lol",
            ),
            ("a", "Hi! Sure. Shaggy rugs {{$:€ 12}}/m². Size?"),
            (
                "c",
                "2x2. I'm at [[A:Via Solferino 33]], [[L:Brescia]], moving back to [[L:Manchester]] on the {{D:20th}}\nname's [[P:Tom Okafor]]",
            ),
            (
                "a",
                "We can pick up on {{D:Thursday 8 May}} and return by {{D:Tuesday 13}}. Reference {{R:TS-0201}}.",
            ),
            (
                "c",
                "sweet. my flatmate [[P:Giacomo]] ([[P:Jack]] for me lol) will be home, his number [[T:333 42 11 907]]",
            ),
            ("a", "Great, thanks [[P:Tom]]! 👍"),
            (
                "c",
                "oh and my mate [[P:Chidi]] on floor 2 has a rug too, I gave him your number. he's [[H:chidi_okw]] on ig\nmy email for the receipt [[E:tom.okafor91@example.co.uk]]",
            ),
        ],
    },
    {
        "business": "tappeti",
        "platform": "instagram",
        "customer": "lucia.mancuso_",
        "lang": "it",
        "start": "2025-06-02T20:40:00",
        "messages": [
            (
                "c",
                "ciao avete visto il video?? il mio gatto ha vomitato sul tappeto {{B:Missoni}} 😭😭\nè un regalo di nozze della zia [[P:Nella]]",
            ),
            (
                "a",
                "Ciao! Niente panico 😅 I tappeti {{B:Missoni}} li laviamo a mano, {{$:€ 130}}. Dove lo ritiriamo?",
            ),
            (
                "c",
                "[[L:Sesto Calende]], [[A:via XX Settembre]]\nil numero ve lo scrivo dopo che nn me lo ricordo mai, ci siamo trasferiti da poco da [[L:Cosenza]] 😂",
            ),
            ("c", "[[A:n. 27/B]]\ncitofono [[P:Mancuso]]/[[P:Riva]]"),
            ("a", "Perfetto. Mail per la conferma?"),
            ("c", "mail: [[E:lucia[at]mancusoriva[dot]it]] scritta così x lo spam"),
            (
                "c",
                "ah e se nn ci sono c'è mio suocero [[P:Pasquale]], il cell è [[T:0332\n77 40 18]]",
            ),
            (
                "a",
                "Grazie [[P:Lucia]]! Ritiro {{D:mercoledì 4 giugno}}, pratica {{R:TS-0233}}. [[P:Roberto]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- pellegrini
    {
        "business": "pellegrini",
        "platform": "messenger",
        "customer": "Don Angelo",
        "lang": "it",
        "start": "2025-02-02T17:00:00",
        "messages": [
            (
                "c",
                "Buonasera, sono don [[P:Angelo Brambilla]], parroco di [[L:Cernusco]]. Vorremmo organizzare un pellegrinaggio a {{W:Lourdes}} per 45 parrocchiani a maggio.",
            ),
            (
                "a",
                "Buonasera don [[P:Angelo]]! Abbiamo il pacchetto {{PD:Lourdes in pullman 4 giorni}} a {{$:€ 490}} a persona, con partenza {{D:12 maggio}}. Vi interessa?",
            ),
            (
                "c",
                "Sì. Ci sono alcuni anziani, il più vecchio è il sig. [[P:Ambrogio Crippa]] di 91 anni, e una signora in carrozzina, la sig.ra [[P:Pina Vergani]]. Serve un pullman attrezzato.",
            ),
            (
                "a",
                "Certo, lo prenotiamo con pedana. Per la caparra servono i dati della parrocchia.",
            ),
            (
                "c",
                "Parrocchia di {{W:San Giuseppe}}, referente per i pagamenti il sig. [[P:Ferruccio Galli]] [[T:02 9210 4477]]\nemail [[E:ferruccio.galli@parrocchia-example.it]]",
            ),
            (
                "a",
                "Ricevuto. Pratica {{R:CL-LRD-0512}}. Che {{W:San Giuseppe}} ci accompagni! [[P:Giulia]] – {{B:Cammini di Luce Viaggi}}",
            ),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "whatsapp",
        "customer": "Maria Grazia",
        "lang": "it",
        "start": "2025-03-03T10:30:00",
        "messages": [
            (
                "c",
                "buongiorno volevo iscrivermi al cammino di {{W:Santiago}} di settembre io e mia sorella",
            ),
            (
                "a",
                "Buongiorno! Il {{PD:Cammino Portoghese}} da {{W:Porto}}, 12 giorni, {{$:€ 1.150}}. Mi dà i nomi come sul documento?",
            ),
            (
                "c",
                "[[P:Maria Grazia Lo Presti]] e [[P:Concetta Lo Presti]]\nio scrivo il cognome L-O spazio P-R-E-S-T-I: [[P:L-O P-R-E-S-T-I]]",
            ),
            ("c", "abitiamo insieme a [[L:Paternò]] [[A:contrada Ciappe Bianche snc]] [[A:95047]]"),
            ("a", "Perfetto. Per l'assicurazione ci serve anche il codice fiscale di entrambe."),
            (
                "c",
                "il mio [[CF:LPRMGR61S52G371Z]]\nquello di [[P:concetta]] ve lo manda lei, [[P:concetta]] nn sa usare whatsapp ahah",
            ),
            ("a", "Nessun problema 😊 Le aspetto. [[P:Giulia]]"),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "instagram",
        "customer": "Fr. Michael O'Rourke",
        "lang": "en",
        "start": "2025-03-22T14:10:00",
        "messages": [
            (
                "c",
                "Hello, I'm Father [[P:Michael O'Rourke]] from [[L:Boston]]. Our group of 20 would like a 5-day pilgrimage to {{W:Assisi}} and {{W:Rome}} in October for the feast of {{W:St Francis}}.",
            ),
            (
                "a",
                "Hello Father [[P:Michael]]! Our {{PD:Assisi & Rome 5 days}} tour is {{$:€ 780}} per person, including the Mass at the {{W:Basilica di San Francesco}} on {{D:4 October}}.",
            ),
            (
                "c",
                "Wonderful. Our coordinator is [[P:Deborah Nwosu]], she handles the money. Her email: [[E:deb.nwosu@stbrendan-example.org]] and cell [[T:+1 617-555-0199]]",
            ),
            ("a", "Thank you. For the group contract we need the parish's legal address."),
            (
                "c",
                "[[A:218 Dorchester Avenue, Apt 4]], [[L:South Boston]], [[L:MA]] [[A:02127]] — that's actually my rectory address\nPlease also add my sister [[P:Kathleen Doyle]], she flies in from [[L:Galway]]: [[E:kath.doyle@example.ie]]",
            ),
            ("a", "Perfect, reference {{R:CL-ASR-1004}}. God bless! – [[P:Giulia]]"),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "telegram",
        "customer": "ste_pellegrino",
        "lang": "it",
        "start": "2025-04-15T08:05:00",
        "messages": [
            (
                "c",
                "ciao, ho prenotato {{W:Medjugorje}} x il ponte del {{D:25 aprile}}, prenotazione {{R:CL-MDJ-0425}}\nvolevo aggiungere un posto x un amico",
            ),
            ("a", "Ciao! C'è ancora un posto in pullman. Nome e data di nascita del tuo amico?"),
            (
                "c",
                "[[P:Stefano Pellegrino]], {{D:14/03/1979}}\nlo so il cognome fa ridere per un pellegrinaggio 😂 ma è vero",
            ),
            (
                "c",
                "lui parte da [[L:Verona]] invece che da {{W:Brescia}}, si può fermare il pullman al casello?\nsuo cell [[T:+39 345 (0) 667 2210]]",
            ),
            (
                "a",
                "Sì, fermata al casello di {{W:Verona Sud}} alle {{TM:5:40}}. Supplemento {{$:€ 430}}, puoi pagare con bonifico o carta.",
            ),
            ("c", "carta [[C:3761 802938 47618]] intestata a me\nscadenza {{D:11/26}}"),
            (
                "a",
                "Per sicurezza non scriviamo numeri di carta qui 🙏 ti giriamo il link di pagamento. [[P:Sara]] – {{B:Cammini di Luce Viaggi}}",
            ),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "whatsapp",
        "customer": "Ngozi",
        "lang": "en",
        "start": "2025-05-11T19:50:00",
        "messages": [
            (
                "c",
                "good evening, i want to go to {{W:Fatima}} with my mother in august, she is coming from [[L:Lagos]] to visit me",
            ),
            (
                "a",
                "Good evening! Our {{PD:Fatima Flight 4 days}} leaves {{D:13 August}} from {{W:Milano Malpensa}}, {{$:€ 690}} per person. What are your names?",
            ),
            (
                "c",
                "I am [[P:Ngozi Adeyemi-Bello]] and my mom is [[P:Folasade Adeyemi]]\nher passport is from [[L:Nigeria]], is visa needed for [[L:Portugal]]?",
            ),
            (
                "a",
                "With a passport from [[L:Nigeria]] she'll need a Schengen visa, we can send an invitation letter. Where do you live in [[L:Italy]]?",
            ),
            (
                "c",
                "[[L:Sesto San Giovanni]], [[A:via Marelli 150]], [[A:20099]]\nmy number [[T:+39 351 660 8823]] thanks a lot",
            ),
            (
                "a",
                "Thank you [[P:Ngozi]]! Invitation letter {{R:CL-FAT-0813}} will be ready next week. [[P:Giulia]]",
            ),
            (
                "c",
                "also I use this laptop from the office, the booking site blocked me, it says my ip [[IP:93.44.182.17]] is banned?? and on phone [[IP:2a01:e11:1007:8b40::3f]]",
            ),
            ("a", "So sorry, that's our anti-spam filter. We've unblocked you, try again 🙏"),
            (
                "c",
                "thank you! mum lands in {{W:Malpensa}} on {{D:10 August}} from [[L:Lagos]], her number [[T:+234 803 555 0172]], on whatsapp she is [[H:Mama Fola]] 😂",
            ),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "whatsapp",
        "customer": "Teresa 🙏",
        "lang": "it",
        "start": "2025-06-18T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei info x la gita a {{W:San Giovanni Rotondo}} da {{W:Padre Pio}}, siamo 4 dal gruppo di preghiera",
            ),
            (
                "a",
                "Buongiorno! {{PD:Padre Pio 3 giorni}} in pullman, {{$:€ 285}} a persona, partenza {{D:26 settembre}}. Mi dà i nominativi?",
            ),
            (
                "c",
                "[[P:Teresa Fiorin]], [[P:Angela Speranza]], [[P:Luigina Bortolato]] e il marito [[P:Bepi]]... cioè [[P:Giuseppe Bortolato]]",
            ),
            (
                "c",
                "partiamo da [[L:Castelfranco Veneto]], io sto in [[A:borgo Treviso 61]]\nla [[P:luigina]] sta a [[L:Riese Pio X]]",
            ),
            (
                "a",
                "Perfetto, fermata alla stazione di [[L:Castelfranco]]. Per l'acconto di {{$:€ 100}} a testa può fare bonifico, e mi lasci un recapito.",
            ),
            (
                "c",
                "[[T:0423 49 12 07]] fisso, cell nn ce l'ho. mia nipote [[P:Giada]] mi aiuta con le mail [[E:giada.fiorin@example.it]]\nil mio codice fiscale serve? [[CF:FRNTRS49E55C111N]]",
            ),
            (
                "a",
                "Grazie signora [[P:Teresa]], tutto a posto! Pratica {{R:CL-PP-0926}}. [[P:Giulia]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(110, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
