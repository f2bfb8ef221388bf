"""Build ``handwritten9_corpus.jsonl``: a blind, hand-written test corpus for the anonymiser.

Every conversation below was written by hand, message by message, by an author who had not
seen the anonymiser, its recognisers, its word lists, the other corpora or their scores. No
template and no Faker: the people, addresses and identifiers are invented (identifiers with a
valid check digit were computed once with python-stdnum / the Luhn algorithm and pasted here
as literal text). Any resemblance to real people is accidental.

The businesses (Page names, see ``BUSINESS_NAMES``) are invented too:

- Fabbro Pronto Intervento Caruso: locksmith and pest control around Torino;
- Scuola di Danza Passo a Due: a dance school near Bologna (parents write about children);
- Nutrizione Dott.ssa Marini: a nutritionist's practice in Milano (in person and online);
- Torrefazione Nonno Aldo: a coffee roaster's online shop in Trieste, shipping abroad;
- Maneggio Valle del Trebbia: a horse-riding stable in the Piacenza hills;
- SolareSud Impianti: a solar-panel installer in Sicily and Campania.

Markup inside the message texts:

- ``[[TYPE:value]]`` marks a personal value (an entity); TYPE is a short code mapped to the
  canonical entity types by ``ENTITY_CODES``;
- ``{{TYPE:value}}`` marks a look-alike that must survive anonymisation (a keep span: order
  numbers, tracking codes, prices, dates, times, products, brands...).

The script strips the markup, computes the offsets and writes one JSON line per message in
the format read by ``privacy.evaluate.load_dataset``. The output is deterministic (timestamps
are derived from the position of the conversation and of the message). Regenerate with::

    .venv/bin/python tests/data/make_handwritten9_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten9_corpus.jsonl")

ENTITY_CODES = {
    "PER": "PERSON",
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "CARD": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "VAT": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "HANDLE": "HANDLE",
    "LOC": "LOCATION",
    "ADDR": "ADDRESS",
}
KEEP_TYPES = {"ORDER", "TRACKING", "PRICE", "DATE", "TIME", "PRODUCT", "BRAND", "WORD", "CODE"}

# business key -> (page id, Page name)
BUSINESSES = {
    "fabbro": ("page-hw9-fabbro-caruso", "Fabbro Pronto Intervento Caruso"),
    "danza": ("page-hw9-passo-a-due", "Scuola di Danza Passo a Due"),
    "nutri": ("page-hw9-nutrizione-marini", "Nutrizione Dott.ssa Marini"),
    "caffe": ("page-hw9-nonno-aldo", "Torrefazione Nonno Aldo"),
    "maneggio": ("page-hw9-valle-trebbia", "Maneggio Valle del Trebbia"),
    "solare": ("page-hw9-solaresud", "SolareSud Impianti"),
}
BUSINESS_NAMES = tuple(name for _, name in BUSINESSES.values())

_MARKUP = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{([A-Z]+):(.+?)\}\}", re.DOTALL)
_BASE_TIME = datetime(2026, 3, 2, 7, 40, tzinfo=UTC)

# Each conversation: business, platform, customer (display name of the customer's account)
# and messages as (role, language, text); role "c" is the customer, "a" the business.
CONVERSATIONS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Fabbro Caruso
    {
        "business": "fabbro",
        "platform": "messenger",
        "customer": "Mara Corsi",
        "messages": [
            (
                "c",
                "it",
                "Gentile Ditta,\n"
                "mi permetto di scrivervi tramite questo mezzo, su suggerimento di mio nipote, "
                "poiché il telefono del Vostro ufficio risulta sempre occupato.\n"
                "La settimana scorsa ignoti hanno tentato di forzare la porta del mio alloggio "
                "e da allora la serratura gira male. Desidererei la sostituzione del cilindro "
                "con uno di sicurezza.\n"
                "L'indirizzo è il seguente:\n"
                "[[ADDR:Via Nizza 118, scala B, int. 5\n10126 Torino]]\n"
                "Sul citofono c'è ancora il cognome di mio marito, buonanima: "
                "[[PER:Bertolino]].\n"
                "Ringraziando anticipatamente porgo distinti saluti.\n"
                "[[PER:Mara Corsi]] ved. [[PER:Bertolino]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PER:Corsi]], grazie del messaggio e ci scusi per il "
                "telefono, in questi giorni siamo pieni di chiamate. Possiamo passare giovedì "
                "{{DATE:12 marzo}} tra le {{TIME:9:30}} e le {{TIME:10:30}}. Le consigliamo un "
                "cilindro europeo {{BRAND:Cisa}} {{PRODUCT:Astral S}}, {{PRICE:148 €}} montaggio "
                "compreso. Le va bene?\n[[PER:Elisa]] – ufficio",
            ),
            (
                "c",
                "it",
                "Va benissimo. Per la fattura Vi comunico il mio codice fiscale: "
                "[[CF:CRSMRA52T48L219O]].\n"
                "Giovedì sarà presente anche mio nipote [[PER:Davide]], che mi aiuta con queste "
                "cose; il suo cellulare è [[PHONE:347 218 5590]]. Io rispondo al fisso "
                "[[PHONE:011 663 4217]], ma la mattina sono spesso dal medico, il dottor "
                "[[PER:Pellegrino]].\nCordialità\n[[PER:M. Corsi]]",
            ),
            (
                "a",
                "it",
                "Perfetto, segnato tutto. Verrà [[PER:Salvatore]], il titolare. "
                "A giovedì! [[PER:E.B.]]",
            ),
            (
                "c",
                "it",
                "Buongiorno, il lavoro è stato eseguito con grande cortesia. Desidero ringraziare "
                "il signor [[PER:Caruso]] e il suo giovane aiutante, [[PER:Kevin]] mi pare. "
                "Il bonifico lo farà mio nipote in settimana.\nDistinti saluti.",
            ),
            (
                "a",
                "it",
                "Grazie a lei, signora! Buona giornata da tutti noi.\nStaff {{BRAND:Caruso}}",
            ),
            ("c", "it", "Grazie. 🙏"),
        ],
    },
    {
        "business": "fabbro",
        "platform": "whatsapp",
        "customer": "Gianni Porta",
        "messages": [
            (
                "c",
                "it",
                "ciao [[PER:totò]] sono [[PER:gianni porta]] ti scrivo col vocale perché sono "
                "sul ponteggio senti mi servirebbero sei serrature per le porte delle cantine "
                "nel cantiere di [[ADDR:corso francia 212]] a [[LOC:collegno]] quelle che mi "
                "hai messo l'anno scorso a [[LOC:grugliasco]] andavano bene chiamami quando "
                "puoi al [[PHONE:339 881 2045]] grazie ciao",
            ),
            (
                "a",
                "it",
                "Ciao [[PER:Gianni]]! Sei serrature come quelle di [[LOC:Grugliasco]] "
                "({{BRAND:Viro}} {{PRODUCT:8251}}) le ho in magazzino. Passo domani verso le "
                "{{TIME:7:30}} prima di aprire. Per la fattura stessi dati dell'anno scorso?",
            ),
            (
                "c",
                "it",
                "si intestata a [[PER:porta giovanni]] partita iva [[VAT:04125980013]] e "
                "mandala anche via pec a [[EMAIL:impresa.porta at pec punto it]] che la "
                "commercialista la vuole lì punto",
            ),
            (
                "a",
                "it",
                "Ricevuto. Fattura a [[PER:Porta Giovanni]], P.IVA [[VAT:04125980013]], via "
                "PEC. Sei cilindri con montaggio {{PRICE:690 €}} + IVA.",
            ),
            (
                "c",
                "it",
                "ok perfetto ah dimenticavo se non ci sono io chiedi al capocantiere si chiama "
                "[[PER:mirko ferrari]] numero [[PHONE:328 4471093]] è quello col furgone bianco",
            ),
            ("a", "it", "👍 Segnato, domattina chiedo di [[PER:Mirko]]. [[PER:Totò]]"),
        ],
    },
    {
        "business": "fabbro",
        "platform": "whatsapp",
        "customer": "Rich Moore",
        "messages": [
            (
                "c",
                "en",
                "Hi there, is this the 24h locksmith? My guest is locked out of my flat in Turin "
                "and I'm stuck in [[LOC:Manchester]] so I can't do anything 😩 Address is "
                "[[ADDR:Via San Donato 37, 3rd floor, 10144 Torino]]. Guest's name is "
                "[[PER:June Okafor]], her mobile [[PHONE:+44 7700 900418]]. Can someone go ASAP?",
            ),
            (
                "a",
                "en",
                "Hello! Yes, we're on call tonight. A technician can be there in about 40 "
                "minutes. Night call-out is {{PRICE:€95}} plus the work. Is the door just "
                "pulled shut or double-locked? – [[PER:Salvatore]]",
            ),
            (
                "c",
                "en",
                "Just pulled shut I think. She's sitting on the stairs bless her. Can I pay you "
                "by card now? Here: [[CARD:4532 1287 6604 5742]] exp 08/28, name on card "
                "[[PER:Richard J. Moore]]",
            ),
            (
                "a",
                "en",
                "Please don't send card numbers in chat 🙏 delete that message if you can. Our "
                "technician has a POS, so [[PER:June]] can pay on site, or we send you a payment "
                "link by e-mail. What's your e-mail?",
            ),
            ("c", "en", "Oops, sorry. Deleted. It's [[EMAIL:rich.moore.lets@gmail.com]]"),
            (
                "a",
                "en",
                "Link sent. [[PER:Totò]] is on his way, he'll ring [[PER:June]] when he's "
                "downstairs.",
            ),
            (
                "c",
                "en",
                "Legend. She just texted me she's in! Cheers [[PER:Totò]] 🍻\n[[PER:Rich]]",
            ),
        ],
    },
    {
        "business": "fabbro",
        "platform": "messenger",
        "customer": "Rosa De Luca",
        "messages": [
            (
                "c",
                "it",
                "Buonasera, ci sono i surci nella cantina, scusate, i topi, mio marito dice che "
                "sono ratti grossi. Io mi scanto assai a scendere. Abito a "
                "[[LOC:Moncalieri]], a [[LOC:Testona]]. Fate pure la derattizzazione?",
            ),
            (
                "a",
                "it",
                "Buonasera! Sì, facciamo derattizzazione con esche in contenitori di sicurezza. "
                "È una cantina privata o condominiale? Mi lascia un indirizzo e un numero? "
                "[[PER:Elisa]]",
            ),
            (
                "c",
                "it",
                "Condominiale. [[ADDR:Strada Revigliasco 41/3]], il palazzo giallo. "
                "L'amministratore è il ragioniere [[PER:Musso]], però i topi li ho visti io per "
                "prima e pure la signora [[PER:Gatto]] del terzo piano, che ha il gatto, e il "
                "gatto manco ci scende 😂 Il mio numero è [[PHONE:320.556.1748]], sono "
                "[[PER:Rosa De Luca]].",
            ),
            (
                "a",
                "it",
                "Grazie signora [[PER:Rosa]]. Per le parti comuni serve l'ok "
                "dell'amministratore: se ci dà la sua mail lo contattiamo noi. Il primo "
                "intervento costa {{PRICE:120 euro}} con due passaggi di controllo inclusi.",
            ),
            (
                "c",
                "it",
                "La mail del ragioniere è [[EMAIL:studio.musso(at)libero.it]]. Ma se lui non "
                "risponde pago io, che ho il picciriddu piccolo e non ne voglio bestie in casa.",
            ),
            (
                "a",
                "it",
                "Ricevuto, scriviamo oggi stesso al rag. [[PER:Musso]] e la richiamiamo domani "
                "mattina. Buona serata!\nStaff {{BRAND:Caruso}}",
            ),
        ],
    },
    {
        "business": "fabbro",
        "platform": "whatsapp",
        "customer": "Fortunato Bello",
        "messages": [
            (
                "c",
                "it",
                "BUONGIORNO. IERI IL VOSTRO OPERAIO HA CAMBIATO LA SERRATURA DEL MIO NEGOZIO IN "
                "[[ADDR:VIA GARIBALDI 9]] E OGGI LA CHIAVE NON GIRA!!! HO DOVUTO TENERE CHIUSO "
                "TUTTA LA MATTINA. PRETENDO IL RIMBORSO DEI {{PRICE:230 EURO}}.\n"
                "[[PER:FORTUNATO BELLO]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PER:Bello]], ci dispiace molto. Mandiamo subito qualcuno a "
                "vedere: lei è in negozio adesso?\n[[PER:Elisa Borgogno]], amministrazione",
            ),
            (
                "c",
                "it",
                "SI SONO QUI. E NON MANDATEMI LO STESSO DI IERI. QUELLO CON LA BARBA. "
                "[[PER:MARCO]] SI CHIAMAVA",
            ),
            (
                "a",
                "it",
                "Arriva [[PER:Salvatore]] in persona entro mezz'ora. Se il cilindro è difettoso "
                "lo sostituiamo gratis e le rimborsiamo l'uscita di ieri.",
            ),
            (
                "c",
                "it",
                "ok la porta adesso va. il rimborso lo voglio comunque. iban "
                "[[IBAN:IT96F0200801664000104587236]] cointestato [[PER:Bello Fortunato]] e "
                "[[PER:Gioia Marchetti]]",
            ),
            (
                "a",
                "it",
                "Disposto oggi il bonifico di {{PRICE:95 €}} (uscita del {{DATE:4/3}}). Ci "
                "scusi ancora per il disagio. [[PER:E.B.]]",
            ),
        ],
    },
    {
        "business": "fabbro",
        "platform": "messenger",
        "customer": "Bogdan Ionescu",
        "messages": [
            (
                "c",
                "en",
                "Hello, I am living in Torino from 2 years, I don't speak good italian. I want "
                "install smart lock and one camera at my door. Is possible? My flat is "
                "[[ADDR:corso Regina Margherita 205 int. 12]]",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Bogdan]], sure! We install the {{BRAND:Nuki}} {{PRODUCT:Smart Lock "
                "Pro}} ({{PRICE:€279}} fitted) and connect it to your Wi-Fi. Do you already have "
                "a camera?",
            ),
            (
                "c",
                "en",
                "Yes I have camera {{BRAND:Ezviz}} but it not connect. Router say the camera is "
                "[[IP:192.168.1.64]] and my internet IP is [[IP:151.34.207.118]], my colleague "
                "[[PER:Andrei]] say maybe is port forwarding problem?",
            ),
            (
                "a",
                "en",
                "Could be. Our technician [[PER:Kevin]] also does the network side. (Tip: "
                "better not to post your public IP around 🙂) When are you at home?",
            ),
            (
                "c",
                "en",
                "saturday morning ok. my phone [[PHONE:+40 723 418 906]] (romanian number, "
                "whatsapp ok) and mail [[EMAIL:bogdan_ionescu87@yahoo.com]]. Thank you very much "
                "my friend",
            ),
            (
                "a",
                "en",
                "Booked for Saturday {{DATE:14 March}}, {{TIME:9:00}}. See you!\n"
                "[[PER:Elisa]], {{BRAND:Caruso}} office",
            ),
        ],
    },
    {
        "business": "fabbro",
        "platform": "whatsapp",
        "customer": "Siobhan K",
        "messages": [
            (
                "c",
                "en",
                "Hiya, I'm after coming back from a trip and I think I've brought bed bugs home "
                "with me, I'm in bits. Do ye do that kind of thing? I'm in [[LOC:Chieri]].",
            ),
            (
                "a",
                "en",
                "Hi! Yes, we do bed bug treatments (heat + targeted spray). How many rooms? "
                "[[PER:Elisa]]",
            ),
            (
                "c",
                "en",
                "Just the bedroom thank God. Small flat, [[ADDR:Via Vittorio Emanuele II 61, "
                "Chieri]]. My landlord is Mr [[PER:Ghione]], he's grand about it but wants the "
                "receipt in his name. I'm [[PER:Siobhan]] btw, [[PER:Siobhan Kavanagh]].",
            ),
            (
                "a",
                "en",
                "No problem [[PER:Siobhan]]. The bedroom treatment is {{PRICE:€180}}, two "
                "visits. For a receipt in his name we need his codice fiscale.",
            ),
            (
                "c",
                "en",
                "He says it's [[CF:ghnpri58b03l219j]] and would ye send it to "
                "[[EMAIL:piero.ghione@tiscali.it]] as well, he's not on whatsapp",
            ),
            ("a", "en", "Grand 😉 We'll be with you Tuesday at {{TIME:14:00}}."),
        ],
    },
    # ------------------------------------------------------------------ Danza Passo a Due
    {
        "business": "danza",
        "platform": "whatsapp",
        "customer": "Lucia",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, vorrei iscrivere mia figlia [[PER:Sole]] (7 anni) al corso di "
                "propedeutica del sabato. È ancora possibile? Grazie, [[PER:Lucia]]",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PER:Lucia]]! Sì, c'è ancora posto nel gruppo delle {{TIME:10:00}} "
                "con la maestra [[PER:Bianca]]. Ci servono: modulo di iscrizione, certificato "
                "medico non agonistico e il codice fiscale di chi paga, per la detrazione.\n"
                "[[PER:Ilaria]], segreteria",
            ),
            (
                "c",
                "it",
                "Perfetto. Il certificato ce l'ha fatto la pediatra, la dott.ssa "
                "[[PER:Serena Orlandi]], ve lo porto sabato. Pago io: [[PER:Lucia Ferro]], "
                "[[CF:FRRLCU88D41A944Q]], residente in [[ADDR:via della Pace 14/2, 40033 "
                "Casalecchio di Reno (BO)]]",
            ),
            (
                "a",
                "it",
                "Grazie! La quota è {{PRICE:65 €}} al mese + {{PRICE:30 €}} di tesseramento. "
                "[[PER:Sole]] deve avere body rosa e scarpette a mezza punta 🩰",
            ),
            (
                "c",
                "it",
                "Le scarpette le abbiamo prese da {{BRAND:Repetto}}, vanno bene? Ah, al corso "
                "la porta anche il papà, [[PER:Matteo Galli]], e a volte la nonna "
                "[[PER:Nives]].",
            ),
            (
                "a",
                "it",
                "Vanno benissimo. Segno papà e nonna tra le persone autorizzate al ritiro. "
                "A sabato!",
            ),
            ("c", "it", "Grazie mille!! 😊"),
        ],
    },
    {
        "business": "danza",
        "platform": "instagram",
        "customer": "marti.dancee",
        "messages": [
            (
                "c",
                "it",
                "ciaoo ma il corso di hip hop x 14enni è il martedì o il giovedì?? io e la mia "
                "amica [[PER:giuly]] vorremmo venire",
            ),
            (
                "a",
                "it",
                "Ciao! Hip hop teen è martedì e giovedì {{TIME:18:30}}-{{TIME:20:00}} con "
                "[[PER:Dario]] 🔥 La prima lezione di prova è gratis!",
            ),
            (
                "c",
                "it",
                "ommioddio [[PER:daario]] è quello dei video?? troppo forte 😭 allora veniamo "
                "martedì. sono [[PER:marti]] cmq, mi trovate qua o su tiktok "
                "[[HANDLE:@marti.dancee]]",
            ),
            (
                "a",
                "it",
                "Sì, è lui 😄 Per la prova serve che un genitore compili il modulo: mi lasci il "
                "numero di mamma o papà?",
            ),
            (
                "c",
                "it",
                "mamma è [[PHONE:3471206683]] si chiama [[PER:federica]]. giuly invece è "
                "[[PER:giulia santoro]] ma la sua mamma vi chiama lei",
            ),
            (
                "a",
                "it",
                "Perfetto, scriviamo a [[PER:Federica]] oggi. Ci vediamo martedì ragazze! ✌️",
            ),
            ("c", "it", "siiii grazieee"),
        ],
    },
    {
        "business": "danza",
        "platform": "whatsapp",
        "customer": "Mark Sullivan",
        "messages": [
            (
                "c",
                "en",
                "Buongiorno, sono [[PER:Mark]], papà di [[PER:Hope Sullivan]], classe di jazz "
                "bambini. Scusi il mio italiano. The recital costume – quanto costa and where do "
                "I pay?",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Mark]]! No problem, we can write in English. The costume for the "
                "{{DATE:May 30}} recital is {{PRICE:€42}}, you can pay at the desk or by bank "
                "transfer. [[PER:Ilaria]]",
            ),
            (
                "c",
                "en",
                "Great. Can you send me the bank details by email? "
                "[[EMAIL:mark.sullivan AT outlook DOT com]]. Also Hope's grandma "
                "[[PER:Barbara]] is flying in from [[LOC:Portland]] for the show, can she get a "
                "ticket?",
            ),
            (
                "a",
                "en",
                "Sent! Family tickets are {{PRICE:€10}}, max 4 per child. How many do you need?",
            ),
            (
                "c",
                "en",
                "Three: me, my wife [[PER:Chiara]] and grandma. If you need to reach me my US "
                "cell is [[PHONE:(503) 555-0162]], the Italian one is "
                "[[PHONE:+39 351 902 7714]]. Grazie mille!!",
            ),
            ("a", "en", "Three tickets reserved under [[PER:Sullivan]] ✅"),
        ],
    },
    {
        "business": "danza",
        "platform": "messenger",
        "customer": "Ornella Zanetti",
        "messages": [
            (
                "c",
                "it",
                "Salve, sono la nonna di [[PER:Edoardo Marchi]] del corso di breakdance. "
                "Purtroppo mia figlia si trasferisce a [[LOC:Rovereto]] per lavoro e il bambino "
                "da aprile non potrà più venire. Avevamo pagato il trimestre, come si fa per il "
                "rimborso?\n[[PER:Ornella Zanetti]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PER:Zanetti]], ci dispiace perdere [[PER:Edoardo]]! Da "
                "regolamento rimborsiamo le mensilità non godute: ci servono l'IBAN e "
                "l'intestatario del conto.",
            ),
            (
                "c",
                "it",
                "L'IBAN è quello di mia figlia: [[IBAN:IT50 C050 3411 7010 0000 0045 113]] "
                "intestato a [[PER:Valeria Marchi]]. Lei è più brava di me con queste cose, se "
                "serve il suo numero è [[PHONE:+39 333 4091 287]]",
            ),
            (
                "a",
                "it",
                "Grazie. Rimborso di {{PRICE:130 €}} (aprile e maggio) disposto, arriverà in 2-3 "
                "giorni lavorativi. Un abbraccio a [[PER:Edoardo]] da [[PER:Bianca]] e da tutti "
                "noi!",
            ),
            (
                "c",
                "it",
                "Grazie infinite, siete sempre stati gentili. [[PER:Edoardo]] vi manderà un "
                "disegno 😊",
            ),
            ("a", "it", "Lo appendiamo in bacheca! 💛"),
        ],
    },
    {
        "business": "danza",
        "platform": "whatsapp",
        "customer": "Alessandra",
        "messages": [
            (
                "c",
                "it",
                "ciao vi inoltro la mail che vi avevo mandato, [[PER:Bianca]] dice che non vi è "
                "arrivata\n\n"
                "Inoltrato:\n"
                "---------- Messaggio inoltrato ----------\n"
                "Da: [[PER:Alessandra Conti]] <[[EMAIL:ale.conti@fastwebnet.it]]>\n"
                "A: segreteria Passo a Due\n"
                "Oggetto: liberatoria foto saggio\n"
                "Data: {{DATE:3 aprile 2026}} 21:14\n\n"
                "Buonasera,\n"
                "come da vostra richiesta confermo che NON autorizzo la pubblicazione di foto e "
                "video di mia figlia [[PER:Aurora Conti]] (classico 2) sui vostri canali "
                "social. Va bene invece per le foto di gruppo stampate.\n"
                "Cordiali saluti\n"
                "[[PER:Alessandra Conti]]\n"
                "[[PHONE:051 644 28 19]]\n\n"
                "Inviato da iPhone",
            ),
            (
                "a",
                "it",
                "Ciao [[PER:Alessandra]], ricevuta ora! Forse era finita nello spam. Abbiamo "
                'segnato [[PER:Aurora]] come "no social" ✅',
            ),
            (
                "c",
                "it",
                "Grazie. Anche la cugina [[PER:Ginevra Conti Bassi]] del classico 1, stessa "
                "cosa, ve lo conferma la mamma [[PER:Loredana]]",
            ),
            ("a", "it", "Ok, aspettiamo conferma dalla signora [[PER:Bassi]]. Grazie!"),
            ("c", "it", "👍"),
        ],
    },
    {
        "business": "danza",
        "platform": "messenger",
        "customer": "Kylie Nguyen",
        "messages": [
            (
                "c",
                "en",
                "G'day! We're Aussies spending the summer in Bologna for my husband's work "
                "(visiting prof). Our son [[PER:Will]] (11) is mad about tap, do you run a "
                "summer intensive in July? Cheers, [[PER:Kylie Nguyen]]",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Kylie]]! Yes, {{PRODUCT:Summer Tap}} runs {{DATE:6-17 July}}, "
                "mornings, {{PRICE:€210}}. [[PER:Will]] would be with the 10–13 group 😊",
            ),
            (
                "c",
                "en",
                "Perfect, he'll be stoked. Where do we sign up? We're staying at "
                "[[ADDR:Via San Vitale 52, Bologna]] till the end of August. My mobile is "
                "[[PHONE:0412 558 903]] (Aussie number, on WhatsApp) or email "
                "[[EMAIL:kylie.nguyen@bigpond.com]]",
            ),
            (
                "a",
                "en",
                "I've emailed you the form. His teacher will be [[PER:Dario]]. Anything health "
                "related we should know?",
            ),
            (
                "c",
                "en",
                "Nah all good, bit of asthma, his puffer will be in his bag. Ta!",
            ),
        ],
    },
    # ------------------------------------------------------------------ Nutrizione Marini
    {
        "business": "nutri",
        "platform": "messenger",
        "customer": "Paolo Romano",
        "messages": [
            (
                "c",
                "it",
                "Spett.le Studio,\n"
                "con la presente richiedo un primo appuntamento con la Dott.ssa [[PER:Marini]] "
                "per un percorso di riduzione del peso corporeo (attualmente kg 94,5 per cm "
                "178).\n"
                "Disponibilità: lunedì e mercoledì dopo le ore 18:00.\n\n"
                "Distinti saluti\n\n"
                "--\n"
                "Ing. [[PER:Paolo Romano]]\n"
                "Studio Tecnico [[PER:Romano]] & Associati\n"
                "[[ADDR:Viale Monza 347, 20126 Milano]]\n"
                "Tel. [[PHONE:+39 02 2574 4180]] | Cell. [[PHONE:+39 348 771 0392]]\n"
                "[[EMAIL:p.romano@studioromanoassociati.it]]\n"
                "P.IVA [[VAT:09871260825]]\n\n"
                "Le informazioni contenute nel presente messaggio sono riservate e destinate "
                "esclusivamente al destinatario (Reg. UE 2016/679).",
            ),
            (
                "a",
                "it",
                "Buonasera Ingegnere, la Dott.ssa [[PER:Marini]] può riceverla lunedì "
                "{{DATE:16 marzo}} alle {{TIME:18:30}}. La prima visita dura un'ora e costa "
                "{{PRICE:110 €}}. Porti pure eventuali esami del sangue recenti.\n"
                "[[PER:Rebecca]] – segreteria",
            ),
            (
                "c",
                "it",
                "Confermo lunedì {{DATE:16/03}} ore {{TIME:18:30}}.\n"
                "Quesito: la fattura va intestata allo Studio o a me personalmente? Ai fini "
                "della detrazione sanitaria preferirei a me: C.F. [[CF:RMNPLO83P24D969E]].\n\n"
                "Ing. [[PER:P. Romano]]",
            ),
            (
                "a",
                "it",
                "A lei personalmente va benissimo, è la scelta giusta per la detrazione. A lunedì!",
            ),
            (
                "c",
                "it",
                "Grazie. Porterò gli esami (emocromo, glicemia, assetto lipidico) eseguiti "
                "presso il laboratorio del dott. [[PER:Sergio Lanzani]].\n"
                "Cordiali saluti,\n[[PER:Paolo Romano]]",
            ),
        ],
    },
    {
        "business": "nutri",
        "platform": "instagram",
        "customer": "chelsea.runs",
        "messages": [
            (
                "c",
                "en",
                "Hiya! Do you do online consultations in English? I'm half Italian but my "
                "Italian's rubbish 🙈 Based in [[LOC:Leeds]].",
            ),
            (
                "a",
                "en",
                "Hi! Yes, Dr [[PER:Marini]] does video consultations in English. The first one "
                "is {{PRICE:€90}}, 60 min on Zoom. May I have your full name and email?",
            ),
            (
                "c",
                "en",
                "Amazing. It's [[PER:Chelsea Ferrari]] (yes like the cars 😂) and "
                "[[EMAIL:chelsea.ferrari93@hotmail.co.uk]]. I'm coeliac and training for a half "
                "marathon in May so I need a plan that isn't just salad lol. My training's all "
                "on Strava if that helps: [[URL:https://www.strava.com/athletes/48117290]]",
            ),
            (
                "a",
                "en",
                "Lovely! I'll send you a booking link. Would Thursday at {{TIME:7pm}} UK time "
                "work?",
            ),
            (
                "c",
                "en",
                "Perfect. Can I pay by card here? [[CARD:5168-3340-2119-7272]]",
            ),
            (
                "a",
                "en",
                "Thank you, but please don't share card numbers in messages: the booking link "
                "has a secure payment page. See you Thursday!\n[[PER:Rebecca]]",
            ),
            ("c", "en", "oh god sorry 🙈 deleted"),
        ],
    },
    {
        "business": "nutri",
        "platform": "whatsapp",
        "customer": "Giulia",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno dottoressa, il pediatra di mio figlio, il dottor [[PER:Fabbri]], mi "
                "ha consigliato di rivolgermi a lei. [[PER:Nicolò]] ha 12 anni ed è un po' in "
                "sovrappeso, soprattutto da quando ha smesso calcio. Quando potremmo venire?\n"
                "[[PER:Giulia La Rosa]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PER:La Rosa]], sono la dott.ssa [[PER:Ilenia Marini]]. "
                "Con i ragazzi faccio la prima visita con un genitore presente. Giovedì alle "
                "{{TIME:17:00}} le andrebbe bene?",
            ),
            (
                "c",
                "it",
                "Giovedì va bene. Veniamo da [[LOC:Cinisello]], col tram ci mettiamo venti "
                "minuti. [[PER:Nicolò]] non è proprio entusiasta 😅",
            ),
            (
                "a",
                "it",
                "Lo capisco 😊 Gli dica che la pizza del sabato non gliela tolgo! Per la "
                "ricevuta mi serve il codice fiscale del genitore che paga.",
            ),
            (
                "c",
                "it",
                "[[CF:lrsgli79s50h501l]] scusi il minuscolo, dal telefono. Il bambino ha il "
                "cognome del papà, [[PER:Nicolò Russo]], se serve per la cartella",
            ),
            ("a", "it", "Perfetto, grazie. A giovedì!\ndott.ssa [[PER:I. Marini]]"),
        ],
    },
    {
        "business": "nutri",
        "platform": "whatsapp",
        "customer": "Sabine",
        "messages": [
            (
                "c",
                "en",
                "Buongiorno, io sono [[PER:Sabine Krüger]], abito a [[LOC:Milano]] da 6 mesi e "
                "lavoro a [[LOC:Segrate]]. Io vorrei fare una dieta per... how do you say, "
                "intolleranza al lattosio? Is possible to speak English?",
            ),
            (
                "a",
                "en",
                "Of course! The Doctor speaks English. We have a slot on Friday {{DATE:20 "
                "March}} at {{TIME:12:30}}, during your lunch break – would that be ok?",
            ),
            (
                "c",
                "en",
                "Friday is perfect, my office is near, [[ADDR:Via Cassanese 224]]. I pay with "
                "card at the studio? Or bonifico, I have only German account "
                "[[IBAN:DE81 7002 0270 0015 8293 74]]",
            ),
            (
                "a",
                "en",
                "Card at the studio is fine, no need for bank details 🙂 Please bring your "
                "lactose breath test if you have one.",
            ),
            (
                "c",
                "en",
                "Yes I have it, from Dr. [[PER:Hoffmann]] in [[LOC:München]]. Danke! A venerdì",
            ),
            ("a", "it", "A venerdì! [[PER:Rebecca]]"),
        ],
    },
    {
        "business": "nutri",
        "platform": "telegram",
        "customer": "Serena B.",
        "messages": [
            (
                "c",
                "it",
                "Salve devo spostare l'appuntamento di domani, sono [[PER:Serena Bianchi]]",
            ),
            (
                "a",
                "it",
                "Ciao [[PER:Serena]], nessun problema. Martedì {{DATE:24/03}} alle {{TIME:8:45}}?",
            ),
            ("c", "it", "ok"),
            ("a", "it", "Spostato ✔️ [[PER:Reb]]"),
            (
                "c",
                "it",
                "grazie!! intanto vi mando il diario di questa settimana così la dottoressa "
                "lo guarda:\n"
                "- lun: yogurt greco, mela / pasta al pesto / minestrone\n"
                "- mar: caffè e basta (lo so 🙈) / insalatona / pizza con [[PER:Bea]]\n"
                "- mer: porridge / riso e pollo / sushi\n"
                "il resto uguale più o meno",
            ),
        ],
    },
    {
        "business": "nutri",
        "platform": "messenger",
        "customer": "Bill Cook",
        "messages": [
            (
                "c",
                "en",
                "Good morning. My name is [[PER:Bill Cook]], I'm a retired schoolteacher from "
                "[[LOC:Worcester, Massachusetts]], now living in [[LOC:Tremezzo]] on Lake Como "
                "with my wife [[PER:Maureen]]. My cardiologist back home, Dr. "
                "[[PER:Alan Whitfield]], wants me to cut down on salt. Do you do remote "
                "follow-ups?",
            ),
            (
                "a",
                "en",
                "Good morning Mr [[PER:Cook]]! Yes: the first visit is in person in Milan, then "
                "video follow-ups every 4 weeks. Could you send a 3-day food diary before the "
                "visit?",
            ),
            (
                "c",
                "en",
                "Sure, here it is:\n\n"
                "Day | Breakfast | Lunch | Dinner\n"
                "----|-----------|-------|-------\n"
                "Mon | {{BRAND:Nutella}} toast | prosciutto panino | pizza margherita\n"
                "Tue | cornetto + cappuccino | risotto | missoltini & polenta\n"
                "Wed | oatmeal | caprese | steak, fries\n\n"
                "[[PER:Maureen]] says I forgot the gelato 😅",
            ),
            (
                "a",
                "en",
                "Very honest, thank you! 😄 I'll pass it on to the Doctor. Which email should "
                "we use for the video link?",
            ),
            (
                "c",
                "en",
                "[[EMAIL:bcook1954 at comcast dot net]], or call the landline at the house, "
                "[[PHONE:+39 0344 40 218]]. Don't use my old US cell [[PHONE:(508) 555-0147]], I "
                "gave it up when we moved.",
            ),
            (
                "a",
                "en",
                "Noted. See you on {{DATE:2 April}} at {{TIME:11:00}}.\nKind regards,\n"
                "[[PER:Rebecca Sala]]\n{{BRAND:Studio Marini}}",
            ),
        ],
    },
]


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup of one message: the plain text, its entities and its keep spans."""
    text: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    length = 0
    cursor = 0
    for match in _MARKUP.finditer(marked):
        plain = marked[cursor : match.start()]
        text.append(plain)
        length += len(plain)
        code, value = (match.group(1), match.group(2)) if match.group(1) else match.groups()[2:]
        if match.group(1):
            if code not in ENTITY_CODES:
                raise ValueError(f"unknown entity code {code!r}")
            target, kind = entities, ENTITY_CODES[code]
        else:
            if code not in KEEP_TYPES:
                raise ValueError(f"unknown keep type {code!r}")
            target, kind = keep, code
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        text.append(value)
        length += len(value)
        cursor = match.end()
    text.append(marked[cursor:])
    plain_text = "".join(text)
    for leftover in ("[[", "]]", "{{", "}}"):
        if leftover in plain_text:
            raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return plain_text, entities, keep


def build() -> str:
    """The whole corpus as JSON lines (deterministic)."""
    lines = []
    for number, conversation in enumerate(CONVERSATIONS, start=1):
        page_id, page_name = BUSINESSES[conversation["business"]]
        conversation_id = f"hw9-c{number:02d}"
        customer_id = f"hw9-u{number:02d}"
        start = _BASE_TIME + timedelta(days=number, hours=(number * 5) % 11, minutes=number * 7)
        when = start
        for index, (role, language, marked) in enumerate(conversation["messages"], start=1):
            text, entities, keep = parse(marked)
            when += timedelta(minutes=2 + (index * 13 + number * 3) % 41)
            customer = role == "c"
            message = {
                "message_id": f"{conversation_id}-m{index:02d}",
                "conversation_id": conversation_id,
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": customer_id if customer else page_id,
                "sender_name": conversation["customer"] if customer else page_name,
                "sender_role": "customer" if customer else "agent",
                "recipient_id": page_id if customer else customer_id,
                "created_time": when.isoformat(),
                "text": text,
            }
            record = {"message": message, "language": language, "entities": entities}
            record["keep"] = keep
            lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def main() -> None:
    OUTPUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUTPUT.name}")


if __name__ == "__main__":
    main()
