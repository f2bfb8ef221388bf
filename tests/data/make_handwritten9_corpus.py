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
  numbers, tracking codes, prices, dates, times, products, brands, horses' names and
  everyday words that are also first names...).

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
KEEP_TYPES = {"ORDER", "TRACKING", "PRICE", "DATE", "TIME", "PRODUCT", "BRAND", "WORD", "ANIMAL"}

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
                "cilindro europeo {{BRAND:Cisa}} {{PRODUCT:Astral S}}, {{PRICE:148 €}} "
                "montaggio "
                "compreso. Le va bene?\n[[PER:Elisa]] – ufficio",
            ),
            (
                "c",
                "it",
                "Va benissimo. Per la fattura Vi comunico il mio codice fiscale: "
                "[[CF:CRSMRA52T48L219O]].\n"
                "Giovedì sarà presente anche mio nipote [[PER:Davide]], che mi aiuta con "
                "queste "
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
                "Buongiorno, il lavoro è stato eseguito con grande cortesia. Desidero "
                "ringraziare "
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
                "[[PER:mirko ferrari]] numero [[PHONE:328 4471093]] è quello col furgone "
                "{{WORD:bianco}}",
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
                "Hi there, is this the 24h locksmith? My guest is locked out of my flat in "
                "[[LOC:Turin]] "
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
                "Just pulled shut I think. She's sitting on the stairs bless her. Can I pay "
                "you "
                "by card now? Here: [[CARD:4532 1287 6604 5742]] exp 08/28, name on card "
                "[[PER:Richard J. Moore]]",
            ),
            (
                "a",
                "en",
                "Please don't send card numbers in chat 🙏 delete that message if you can. Our "
                "technician has a POS, so [[PER:June]] can pay on site, or we send you a "
                "payment "
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
                "Buonasera, ci sono i surci nella cantina, scusate, i topi, mio marito dice "
                "che "
                "sono ratti grossi. Io mi scanto assai a scendere. Abito a "
                "[[LOC:Moncalieri]], a [[LOC:Testona]]. Fate pure la derattizzazione?",
            ),
            (
                "a",
                "it",
                "Buonasera! Sì, facciamo derattizzazione con esche in contenitori di "
                "sicurezza. "
                "È una cantina privata o condominiale? Mi lascia un indirizzo e un numero? "
                "[[PER:Elisa]]",
            ),
            (
                "c",
                "it",
                "Condominiale. [[ADDR:Strada Revigliasco 41/3]], il palazzo giallo. "
                "L'amministratore è il ragioniere [[PER:Musso]], però i topi li ho visti io "
                "per "
                "prima e pure la signora [[PER:Gatto]] del terzo piano, che ha il "
                "{{WORD:gatto}}, e il "
                "{{WORD:gatto}} manco ci scende 😂 Il mio numero è [[PHONE:320.556.1748]], sono "
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
                "> Il primo intervento costa {{PRICE:120 euro}} con due passaggi di controllo "
                "inclusi\n"
                "IVA compresa? La mail del ragioniere è [[EMAIL:studio.musso(at)libero.it]]. "
                "Ma se lui non "
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
                "BUONGIORNO. IERI IL VOSTRO OPERAIO HA CAMBIATO LA SERRATURA DEL MIO NEGOZIO "
                "IN "
                "[[ADDR:VIA GARIBALDI 9]] E OGGI LA CHIAVE NON GIRA!!! HO DOVUTO TENERE CHIUSO "
                "TUTTA LA MATTINA. PRETENDO IL RIMBORSO DEI {{PRICE:230 EURO}}.\n"
                "[[PER:FORTUNATO BELLO]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PER:Bello]], ci dispiace molto. Mandiamo subito "
                "qualcuno a "
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
                "Arriva [[PER:Salvatore]] in persona entro mezz'ora. Se il cilindro è "
                "difettoso "
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
                "Hello, I am living in [[LOC:Torino]] from 2 years, I don't speak good "
                "italian. I "
                "want "
                "install smart lock and one camera at my door. Is possible? My flat is "
                "[[ADDR:corso Regina Margherita 205 int. 12]]",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Bogdan]], sure! We install the {{BRAND:Nuki}} {{PRODUCT:Smart Lock "
                "Pro}} ({{PRICE:€279}} fitted) and connect it to your Wi-Fi. Do you already "
                "have "
                "a camera?",
            ),
            (
                "c",
                "en",
                "Yes I have camera {{BRAND:Ezviz}} but it not connect. Router say the camera "
                "is "
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
                "whatsapp ok) and mail [[EMAIL:bogdan_ionescu87@yahoo.com]]. Thank you very "
                "much "
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
                "Hiya, I'm after coming back from a trip and I think I've brought bed bugs "
                "home "
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
    {
        "business": "fabbro",
        "platform": "telegram",
        "customer": "Callum",
        "messages": [
            ("c", "en", "hi do u do key copies? lost mine on a night out 🙃"),
            (
                "a",
                "en",
                "Ciao! Yes, we copy most keys in the shop. Do you still have a spare? "
                "[[PER:Elisa]]",
            ),
            (
                "c",
                "en",
                "my flatmate [[PER:Jacopo]] has one. its one of those long security ones with "
                "the weird teeth, it says {{BRAND:Mottura}} on it",
            ),
            (
                "a",
                "en",
                "{{BRAND:Mottura}} double-bit keys can only be copied with the code card. "
                "Without the card we'd have to change the cylinder ({{PRICE:€160}} fitted).",
            ),
            (
                "c",
                "en",
                "ugh. the landlady has the card i think, signora [[PER:Fiorella Ruffino]]. "
                "shes at [[ADDR:via Cibrario 14]] too, same building 3rd floor, but she doesnt "
                "speak english lol could u call her? [[PHONE:+39 011 437 22 09]]",
            ),
            (
                "a",
                "en",
                "Sure, I'll call her and explain. Whose name shall I put on the order?",
            ),
            ("c", "en", "[[PER:callum reid]] 🙏 cheers"),
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
                "Buongiorno [[PER:Lucia]]! Sì, c'è ancora posto nel gruppo delle "
                "{{TIME:10:00}} "
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
                "[[PER:Sole]] deve avere body {{WORD:rosa}} e scarpette a mezza punta 🩰",
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
                "mamma è [[PHONE:3471206683]] si chiama [[PER:federica]]. [[PER:giuly]] "
                "invece è "
                "[[PER:giulia santoro]] ma la sua mamma vi chiama lei",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, scriviamo a [[PER:Federica]] oggi. Ci vediamo martedì "
                "ragazze! ✌️",
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
                "bambini. Scusi il mio italiano. The recital costume – quanto costa and "
                "where do "
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
                "[[EMAIL:mark.sullivan AT outlook DOT com]]. Also [[PER:Hope]]'s grandma "
                "[[PER:Barbara]] is flying in from [[LOC:Portland]] for the show, can she "
                "get a "
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
            (
                "a",
                "en",
                "Three tickets reserved under [[PER:Sullivan]] ✅ I'll {{WORD:mark}} them as "
                "paid when you come by the desk.",
            ),
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
                "Purtroppo mia figlia si trasferisce a [[LOC:Rovereto]] per lavoro e il "
                "bambino "
                "da aprile non potrà più venire. Avevamo pagato il trimestre, come si fa per "
                "il "
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
                "Grazie. Rimborso di {{PRICE:130 €}} (aprile e maggio) disposto, arriverà in "
                "2-3 "
                "giorni lavorativi. Un abbraccio a [[PER:Edoardo]] da [[PER:Bianca]] e da "
                "tutti "
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
                "ciao vi inoltro la mail che vi avevo mandato, [[PER:Bianca]] dice che non "
                "vi è "
                "arrivata\n\n"
                "Inoltrato:\n"
                "---------- Messaggio inoltrato ----------\n"
                "Da: [[PER:Alessandra Conti]] <[[EMAIL:ale.conti@fastwebnet.it]]>\n"
                "A: segreteria {{BRAND:Passo a Due}}\n"
                "Oggetto: liberatoria foto saggio\n"
                "Data: {{DATE:3 aprile 2026}} 21:14\n\n"
                "Buonasera,\n"
                "come da vostra richiesta confermo che NON autorizzo la pubblicazione di "
                "foto e "
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
                "G'day! We're Aussies spending the summer in [[LOC:Bologna]] for my "
                "husband's work "
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
                "[[EMAIL:chelsea.ferrari93@hotmail.co.uk]]. I'm coeliac and training for a "
                "half "
                "marathon in May so I need a plan that isn't just salad lol. My training's all "
                "on Strava if that helps: [[URL:https://www.strava.com/athletes/48117290]]",
            ),
            (
                "a",
                "en",
                "Lovely [[PER:Chelsey]]! I'll send you a booking link. Would Thursday at "
                "{{TIME:7pm}} UK time "
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
                "Buongiorno dottoressa, il pediatra di mio figlio, il dottor [[PER:Fabbri]], "
                "mi "
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
                "Good morning Mr [[PER:Cook]]! Yes: the first visit is in person in Milan, "
                "then "
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
                "[[PHONE:+39 0344 40 218]]. Don't use my old US cell [[PHONE:(508) "
                "555-0147]], I "
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
    # ------------------------------------------------------------------ Torrefazione Nonno Aldo
    {
        "business": "caffe",
        "platform": "messenger",
        "customer": "Grace Smith",
        "messages": [
            (
                "c",
                "en",
                "Hello, I ordered 2 bags of the {{PRODUCT:Moka Blend}} on the 3rd (order "
                "{{ORDER:NA-20418}}) and the tracking hasn't moved since Friday. It just says "
                "'held at depot'. Any idea?\n[[PER:Grace Smith]]",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Grace]], sorry about that! Since Brexit parcels sometimes sit in "
                "customs for a couple of days. Let me check with the courier. Could you "
                "confirm "
                "the delivery address?",
            ),
            (
                "c",
                "en",
                "It's [[ADDR:Flat 4, 19 Aberdeen Road, Highbury, London N5 2UH]]. My partner "
                "[[PER:Hope]] is home most days if they need a signature.",
            ),
            (
                "a",
                "en",
                "Thanks! The courier says there's a customs charge of {{PRICE:£6.40}} to pay, "
                "they should have texted you a link. Tracking no. "
                "{{TRACKING:JD014600011839265702}}.",
            ),
            (
                "c",
                "en",
                "Ah, the text must have gone to my old number. Could you update it to "
                "[[PHONE:07700 900 283]]? And honestly I'm a bit annoyed about the surprise "
                "fee, "
                "nobody mentioned it at checkout.",
            ),
            (
                "a",
                "en",
                "Number updated! And you're right, we'll refund the {{PRICE:£6.40}}, so sorry "
                "for the hassle.\n[[PER:Marta]] @ {{BRAND:Nonno Aldo}}",
            ),
            (
                "c",
                "en",
                "That's really kind, thank you [[PER:Marta]]! {{WORD:Hope}} it turns up before "
                "the weekend x",
            ),
        ],
    },
    {
        "business": "caffe",
        "platform": "whatsapp",
        "customer": "Declan",
        "messages": [
            (
                "c",
                "en",
                "Hi lads, quick one. Is the {{PRODUCT:Classica}} ground fine enough for a "
                "{{BRAND:Bialetti}}? My mam got me one for Christmas and I haven't a clue 😅",
            ),
            (
                "a",
                "en",
                "Hi! Yes, our moka grind is made exactly for that kind of pot. Don't press the "
                "coffee down, just level it off. [[PER:Nicolò]]",
            ),
            (
                "c",
                "en",
                "Grand so. I'll take 3 x 250g. Delivery to [[ADDR:12 Sunday's Well Road, Cork "
                "T23 X6P4]], name's [[PER:Declan O'Sullivan]], email "
                "[[EMAIL:declan.osullivan@eircom.net]]",
            ),
            (
                "a",
                "en",
                "Lovely. That's {{PRICE:€27.90}} + {{PRICE:€8.50}} shipping to Ireland. "
                "Shall I "
                "send you a payment link?",
            ),
            (
                "c",
                "en",
                "Do. And could ye stick a note in saying 'Happy 80th [[PER:Nora]]!', one of "
                "the "
                "bags is for my neighbour, she's mad about coffee",
            ),
            ("a", "en", "Done, note added 🎉 The link is in your inbox."),
        ],
    },
    {
        "business": "caffe",
        "platform": "instagram",
        "customer": "sofiaelle.b",
        "messages": [
            (
                "c",
                "it",
                "Ciao! Vorrei il cofanetto regalo con la latta incisa. La scritta deve essere: "
                "'Per sempre, [[PER:Tommaso]] ♥ 12.06.2016'. È per il nostro anniversario, lui "
                "è fissato col caffè 😍",
            ),
            (
                "a",
                "it",
                "Che bella idea! L'incisione costa {{PRICE:12 €}} in più sul "
                "{{PRODUCT:Cofanetto Degustazione}} ({{PRICE:39 €}}). Massimo 40 caratteri: "
                "'Per sempre, [[PER:Tommaso]] ♥ 12.06.2016' ci sta 👍",
            ),
            (
                "c",
                "it",
                "Perfetto!! Speditelo direttamente a lui, però deve essere una sorpresa quindi "
                "niente nome del mittente sul pacco per favore. [[PER:Tommaso Gallo]], "
                "[[ADDR:Vicolo San Marco 6, 37121 Verona]]. Pago con PayPal",
            ),
            (
                "a",
                "it",
                "Nessun mittente, promesso 🤫 Ordine {{ORDER:NA-20533}} confermato, spediamo "
                "lunedì con {{BRAND:GLS}}.",
            ),
            (
                "c",
                "it",
                "Graziee! Se vi scrive lui fate finta di niente 😂 sono [[PER:Sofia]] comunque, "
                "il mio profilo personale è [[HANDLE:@sofiaelle.b]] se volete che vi tagghi",
            ),
            ("a", "it", "Segreto professionale! Grazie [[PER:Sofia]] ☕"),
        ],
    },
    {
        "business": "caffe",
        "platform": "messenger",
        "customer": "Dylan Hartley",
        "messages": [
            (
                "c",
                "en",
                "Hi team, I run a small café in [[LOC:Fremantle]] (WA) and a regular brought "
                "me "
                "a bag of your {{PRODUCT:Espresso Bar}} blend from her trip. Do you do "
                "wholesale "
                "to Australia?\n[[PER:Dylan Hartley]], Salt & Crema Café",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Dylan]]! We do, minimum 10 kg per order, by air or sea. Could you "
                "send "
                "me your business details and roughly how much you go through a week?",
            ),
            (
                "c",
                "en",
                "About 15kg a week. Details:\n"
                "Salt & Crema Café Pty Ltd\n"
                "ABN 51 824 753 556\n"
                "[[ADDR:Shop 3, 88 South Terrace, Fremantle WA 6160]]\n"
                "Ph [[PHONE:(08) 9335 2741]]\n"
                "Mob [[PHONE:0438 116 502]]\n"
                "[[EMAIL:dylan@saltandcrema.com.au]]",
            ),
            (
                "a",
                "en",
                "Thanks [[PER:Dylan]]. I'll put together a quote with air freight and give "
                "you a "
                "call – "
                "what time suits, given we're 9 hours apart?\n"
                "[[PER:Nicolò Sardo]], {{BRAND:Torrefazione Nonno Aldo}}",
            ),
            (
                "c",
                "en",
                "Arvo my time is best, so your morning, say {{TIME:9am}} your time. No rush mate.",
            ),
        ],
    },
    {
        "business": "caffe",
        "platform": "whatsapp",
        "customer": "Carmine",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno a voi. Io so' napoletano e 'o cafè 'o saccio fà, però 'nu collega "
                "mio 'e [[LOC:Trieste]] m'ha fatto assaggià 'a miscela vosta e m'aggia "
                "ricredere 😅 Vulesse ordinà 'nu chilo in grani. Spedite a [[LOC:Pozzuoli]]?",
            ),
            (
                "a",
                "it",
                "Buongiorno! Detto da un napoletano è il complimento più bello 😄 Certo che "
                "spediamo a [[LOC:Pozzuoli]]. 1 kg in grani di {{PRODUCT:Miscela Classica}}: "
                "{{PRICE:28,50 €}}, spedizione gratuita sopra i 40 €.",
            ),
            (
                "c",
                "it",
                "Allora facimmo 2 chili, accussì m'a spedite gratis. L'indirizzo è "
                "[[ADDR:via Carlo Maria Rosini 41, 80078 Pozzuoli (NA)]], citofono "
                "[[PER:Esposito]]. Io so' [[PER:Carmine]]. 'O collega è [[PER:Stefano "
                "Kosovel]], ringraziatelo pure vuje 😂",
            ),
            (
                "a",
                "it",
                "Ordine {{ORDER:NA-20611}}: 2 kg di {{PRODUCT:Miscela Classica}} in grani, "
                "{{PRICE:57,00 €}}. Le mando il link per il pagamento. Saluti a "
                "[[PER:Stefano]]!",
            ),
            (
                "c",
                "it",
                "Pagato. Mi raccomando, stu pacco trattatelo buono, che se arriva rotto mia "
                "moglie [[PER:Assunta]] nun me fa trasì a casa 😂",
            ),
            (
                "a",
                "it",
                "Lo imballiamo come un neonato 👶☕ {{WORD:Spedito}} oggi, tracking "
                "{{TRACKING:0614 2207 9381}}.\n[[PER:Marta]]",
            ),
        ],
    },
    {
        "business": "caffe",
        "platform": "messenger",
        "customer": "Donna Kowalski",
        "messages": [
            (
                "c",
                "en",
                "I WAS CHARGED TWICE FOR ORDER {{ORDER:NA-20577}}!!! {{PRICE:$64.80}} TWICE ON "
                "MY VISA. FIX THIS NOW.\n[[PER:DONNA KOWALSKI]]",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Donna]], I'm really sorry. I can see one payment on our side; the "
                "second may be a pending authorisation that drops off in 3–5 days. Could you "
                "send a screenshot of your statement (with the card number hidden)?",
            ),
            (
                "c",
                "en",
                "I TRIED TO LOG IN TO YOUR SITE TO CHECK AND IT SAYS MY IP "
                "[[IP:73.162.88.201]] "
                "IS BLOCKED!!! WHAT KIND OF BUSINESS IS THIS. the card is "
                "[[CARD:4024 0071 3386 4826]] if you need it, I don't even care anymore",
            ),
            (
                "a",
                "en",
                "We don't need the card number, please don't post it, I've hidden your "
                "message. "
                "The block was our anti-fraud filter reacting to the double attempt; it's "
                "lifted now. I've also refunded the second charge manually just in case: "
                "{{PRICE:$64.80}}, ref. {{ORDER:RF-7731}}.\n– [[PER:Nicolò]]",
            ),
            (
                "c",
                "en",
                "ok. thank you. sorry for the caps, bad day. my husband [[PER:Rich]] says I "
                "overreacted lol",
            ),
            (
                "a",
                "en",
                "No worries at all, it happens. Enjoy the coffee ☕ And say hi to [[PER:Rich]]!",
            ),
            (
                "c",
                "en",
                "will do. one more thing, the next order goes to my sister not me:\n"
                "[[PER:Theresa Novak]]\n"
                "[[ADDR:1418 W Cullerton St, Apt 2R\nChicago, IL 60608]]\n"
                "she's the real coffee snob in the family",
            ),
            (
                "a",
                "en",
                "Saved as a second shipping address on your account. [[PER:Theresa]] is in "
                "good hands ☕ – [[PER:Nico]]",
            ),
        ],
    },
    {
        "business": "caffe",
        "platform": "instagram",
        "customer": "lourdes.cafecito",
        "messages": [
            (
                "c",
                "en",
                "Hello!! I am [[PER:Lourdes]], coffee content creator from [[LOC:Valencia]] 🇪🇸 "
                "I have 48k followers in instagram ([[HANDLE:@lourdes.cafecito]]) and "
                "tiktok. I "
                "would love to make a collab with your brand, you can see my works here "
                "[[URL:https://www.instagram.com/lourdes.cafecito/]] and "
                "[[URL:linktr.ee/lourdescafecito]]",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Lourdes]], thank you for thinking of us! We're a small family "
                "roastery "
                "so we don't do paid collabs, but we'd be happy to send you a sample box 🙂",
            ),
            (
                "c",
                "en",
                "Oh yes please!! My address is [[ADDR:Carrer de Sueca 37, 4º 2ª, 46006 "
                "València]], name [[PER:Lourdes Ibáñez Mora]]. Thank you so much, I will tag "
                "you 🥰",
            ),
            (
                "a",
                "en",
                "Sample box on its way! Tag us as {{BRAND:@torrefazione.nonnoaldo}} so we see "
                "it ☕",
            ),
            ("c", "en", "🥰🥰🥰"),
        ],
    },
    {
        "business": "caffe",
        "platform": "whatsapp",
        "customer": "M. Grazia T.",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, il corriere dice consegnato ma io non ho ricevuto niente! Vi "
                "inoltro il messaggio:\n\n"
                "Inoltrato\n"
                "«{{BRAND:BRT}} - Gentile cliente, la spedizione {{TRACKING:061422079512}} è "
                "stata CONSEGNATA il {{DATE:18/03/2026}} alle {{TIME:11:42}} a: [[PER:PAGANO]] "
                "(vicino). Indirizzo: [[ADDR:VIA ROMA 57 INT. 3]] - [[LOC:SAN DONÀ DI PIAVE]]»"
                "\n\nIo abito in [[ADDR:via Roma 75]], non al 57!!",
            ),
            (
                "a",
                "it",
                "Buongiorno signora! Dal messaggio sembra che il pacco l'abbia ritirato un "
                "vicino, [[PER:Pagano]]. Può provare a chiedere? Intanto apro una segnalazione "
                "con {{BRAND:BRT}}.",
            ),
            (
                "c",
                "it",
                "La signora [[PER:Pagano]] sta al 57 sì, ma è in ospedale da una settimana, in "
                "casa c'è la badante [[PER:Oksana]]. Provo a suonare.",
            ),
            (
                "c",
                "it",
                "Trovato!!! Ce l'aveva [[PER:Oksana]], scusate tanto 🙏\n[[PER:Maria Grazia]]",
            ),
            (
                "a",
                "it",
                "Che bello! Buon caffè signora [[PER:Tonon]] ☕\nTeam {{BRAND:Nonno Aldo}}",
            ),
        ],
    },
    {
        "business": "caffe",
        "platform": "whatsapp",
        "customer": "Jim Turner",
        "messages": [
            (
                "c",
                "en",
                "Hey! Quick question about the subscription. I want to send one bag a month to "
                "my daughter, she just started at uni in [[LOC:Edinburgh]]. Can I pay from the "
                "US and ship to the UK?",
            ),
            (
                "a",
                "en",
                "Hi! Yes, the {{PRODUCT:Abbonamento Mensile}} ships anywhere in the UK, "
                "{{PRICE:€18.50}} a month including shipping. I just need her name and address "
                "🙂 [[PER:Marta]]",
            ),
            (
                "c",
                "en",
                "Awesome. Ship to:\n"
                "[[PER:Abigail Turner]]\n"
                "c/o [[PER:Mackie]]\n"
                "[[ADDR:7 Marchmont Crescent, Flat 2F1\nEdinburgh EH9 1HN]]\n"
                "Her cell over there is [[PHONE:+44 7700 900512]]. I'm [[PER:Jim Turner]], "
                "billing's on my card, I'll do that part on your website.",
            ),
            (
                "a",
                "en",
                "Perfect. Which grind? Does she have a moka, a French press or an espresso "
                "machine?",
            ),
            (
                "c",
                "en",
                "No clue honestly lol. One of those {{BRAND:AeroPress}} things I think? Her IG "
                "is [[HANDLE:@abbyturner.eats]] if you want to see her setup 😂",
            ),
            (
                "a",
                "en",
                "AeroPress → our filter grind is perfect. I'll put a note in the first bag: "
                "'Good luck with the exams, [[PER:Abby]]! – Dad'. Sound ok?",
            ),
            (
                "c",
                "en",
                "> 'Good luck with the exams, [[PER:Abby]]! – Dad'\n"
                "That's perfect, she'll love it 😂 Thanks [[PER:Marta]]!",
            ),
        ],
    },
    # ------------------------------------------------------------------ Maneggio Valle del Trebbia
    {
        "business": "maneggio",
        "platform": "whatsapp",
        "customer": "Anke",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno! Noi siamo una famiglia di Olanda, in vacanza a [[LOC:Bobbio]] in "
                "agosto. Noi vogliamo fare passeggiata con cavalli, 2 adulti e 2 bambini (9 e "
                "12 anni). È posibile? Grazie mille, [[PER:Anke van Dijk]]",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PER:Anke]]! Certo, la passeggiata di un'ora nel bosco costa "
                "{{PRICE:35 €}} a persona, i bambini possono venire dagli 8 anni in su. Che "
                "giorno preferite? [[PER:Gioia]]",
            ),
            (
                "c",
                "it",
                "Il 14 agosto è festa in Italia, vero? Allora il {{DATE:13 agosto}}, la "
                "mattina. Mio marito [[PER:Joost]] pesa 98 kg, è troppo per il cavallo? 😅",
            ),
            (
                "a",
                "it",
                "Nessun problema! Il 13 alle {{TIME:9:30}} va benissimo. Per [[PER:Joost]] "
                "abbiamo {{ANIMAL:Ercole}}, un haflinger bello robusto 🐴 Mi scrive i nomi dei "
                "quattro cavalieri?",
            ),
            (
                "c",
                "it",
                "Sì: [[PER:Anke]], [[PER:Joost]], [[PER:Femke]] (12) e [[PER:Sem]] (9). Il "
                "mio telefono olandese è [[PHONE:+31 6 2874 5190]]. Noi dormiamo in "
                "agriturismo a [[LOC:Coli]].",
            ),
            ("a", "it", "{{WORD:Perfetto}}, siete prenotati! A presto 🐎"),
        ],
    },
    {
        "business": "maneggio",
        "platform": "messenger",
        "customer": "Monica Dell'Acqua",
        "messages": [
            (
                "c",
                "it",
                "Buonasera, vorrei informazioni sul campo estivo con i pony. Mia figlia "
                "[[PER:Bianca]] ha 8 anni e adora i cavalli. Noi siamo di [[LOC:Piacenza]].\n"
                "[[PER:Monica Dell'Acqua]]",
            ),
            (
                "a",
                "it",
                "Buonasera [[PER:Monica]]! Il {{PRODUCT:Pony Camp}} va dal lunedì al venerdì, "
                "{{TIME:8:30}}–{{TIME:16:30}}, {{PRICE:190 €}} a settimana pranzo compreso. "
                "Settimane ancora libere: {{DATE:22–26 giugno}} e {{DATE:6–10 luglio}}.",
            ),
            (
                "c",
                "it",
                "Prendiamo 22-26 giugno. Devo segnalare che [[PER:Bianca]] è allergica al kiwi "
                "e alle punture di vespa, ha il certificato della pediatra, la dott.ssa "
                "[[PER:Miriam Fontana]], ve lo mando in foto.",
            ),
            (
                "a",
                "it",
                "Grazie, lo segniamo nella scheda e lo diciamo a [[PER:Gioia]] e a "
                "[[PER:Luca]], che seguono i bambini. Per la ricevuta (è detraibile) ci "
                "servono codice fiscale e indirizzo del genitore.",
            ),
            (
                "c",
                "it",
                "[[PER:Dell'Acqua Monica]]\n"
                "[[CF:DLLMNC84R63G535F]]\n"
                "[[ADDR:Via Emilia Pavese 112, 29121 Piacenza]]",
            ),
            (
                "a",
                "it",
                "Iscrizione confermata! Ci vediamo il {{DATE:22 giugno}} 🐴\n"
                "[[PER:Ettore]] e lo staff",
            ),
        ],
    },
    {
        "business": "maneggio",
        "platform": "whatsapp",
        "customer": "Rachel Whitaker",
        "messages": [
            (
                "c",
                "en",
                "Hello! We're a family of four staying at an agriturismo in [[LOC:Marsaglia]] "
                "from {{DATE:2nd August}} and we'd love a half-day trek. Riders:\n\n"
                "Name | Age | Height | Weight | Experience\n"
                "[[PER:Simon]] | 46 | 185cm | 88kg | none\n"
                "[[PER:Rachel]] | 44 | 168cm | 62kg | rode as a teen\n"
                "[[PER:Florence]] | 14 | 160cm | 50kg | weekly lessons\n"
                "[[PER:Alfie]] | 10 | 140cm | 33kg | pony rides only\n\n"
                "Is that doable?\n[[PER:Rachel Whitaker]]",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Rachel]]! Lovely group. For [[PER:Alfie]] and [[PER:Simon]] I'd "
                "suggest the 2-hour ride along the river rather than the half day "
                "({{PRICE:€60}} each). [[PER:Florence]] could join our afternoon trail with "
                "the "
                "experienced riders if she likes! [[PER:Gioia]]",
            ),
            (
                "c",
                "en",
                "[[PER:Florence]] would be over the moon. Let's do the 2-hour one all together "
                "on the 4th and [[PER:Flo]] on the trail on the 6th. My number is "
                "[[PHONE:+44 (0)7700 900731]].",
            ),
            (
                "a",
                "en",
                "Booked! {{DATE:4 August}} {{TIME:10:00}} for four, and {{DATE:6 August}} "
                "{{TIME:15:30}} for [[PER:Flo]]. Long trousers and closed shoes please, we "
                "lend "
                "the helmets.",
            ),
            (
                "c",
                "en",
                "Brilliant, cheers. [[PER:Simon]]'s asking if there's somewhere to get a pint "
                "after 😂",
            ),
            ("a", "en", "Ha! The bar in the village square is five minutes away 🍺"),
        ],
    },
    {
        "business": "maneggio",
        "platform": "whatsapp",
        "customer": "Carla",
        "messages": [
            (
                "c",
                "it",
                "Ciao [[PER:Ettore]], sono [[PER:Carla]], la proprietaria di "
                "{{ANIMAL:Sultano}}. Il maniscalco [[PER:Jack]] (il [[PER:Giacomo Fermi]]) "
                "passa giovedì, lo fai entrare tu? Io sono a [[LOC:Lodi]] per lavoro fino a "
                "venerdì.",
            ),
            (
                "a",
                "it",
                "Ciao [[PER:Carla]], sì, ci penso io. Ti ricordo anche il vaccino: la "
                "dott.ssa [[PER:Armani]] passa il {{DATE:28 marzo}} per tutta la scuderia.",
            ),
            (
                "c",
                "it",
                "Perfetto. La fattura della pensione di marzo quest'anno intestala all'azienda "
                "agricola di mio marito:\n"
                "Az. Agr. [[PER:Ghezzi Roberto]]\n"
                "P.IVA [[VAT:01788320727]]\n"
                "[[ADDR:località Cà dei Mori 4, 29029 Rivergaro (PC)]]",
            ),
            (
                "a",
                "it",
                "Ok! Pensione di marzo {{PRICE:420 €}} + maniscalco {{PRICE:90 €}}. Ti rimando "
                "l'IBAN del maneggio?",
            ),
            (
                "c",
                "it",
                "No ce l'ho. Il bonifico te l'ho già fatto ieri dal conto dell'azienda, "
                "[[IBAN:IT56M0832736240000000007312]], guarda se è arrivato. CRO "
                "{{ORDER:0830551277640}}",
            ),
            (
                "a",
                "it",
                "Arrivato, grazie! Do una carota a {{ANIMAL:Sultano}} da parte tua 🥕",
            ),
        ],
    },
    {
        "business": "maneggio",
        "platform": "instagram",
        "customer": "madi.k.exchange",
        "messages": [
            (
                "c",
                "en",
                "hiii so me and my bff are doing an exchange year in [[LOC:piacenza]] and we "
                "wanna ride "
                "horses lol do u have lessons for beginners",
            ),
            (
                "a",
                "en",
                "Hi! Yes, beginner lessons on Saturday mornings, {{PRICE:€25}} for 45 min. How "
                "old are you both?",
            ),
            (
                "c",
                "en",
                "16 and 17! im [[PER:madison]] and shes [[PER:kayla]] we're from "
                "[[LOC:ohio]] lol. my host mom is [[PER:paola]] she can drive us. her number "
                "is "
                "[[PHONE:345-612-0988]]",
            ),
            (
                "a",
                "en",
                "Great! As you're both under 18 we need your host mum to sign the form. We'll "
                "text [[PER:Paola]] 🙂",
            ),
            ("c", "en", "omg yay tysm!!! follow us [[HANDLE:@madi.k.exchange]] 🐴💕"),
        ],
    },
    {
        "business": "maneggio",
        "platform": "messenger",
        "customer": "Ambrogio Bassani",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno. Sono il nonno di un ragazzo di 10 anni, [[PER:Filippo]], che "
                "vorrebbe imparare ad andare a cavallo. Io non sono pratico di questi "
                "computer, "
                "mi ha aiutato mia nuora. Potete telefonarmi al [[PHONE:0523 933 410]] dopo "
                "pranzo?\n[[PER:Ambrogio Bassani]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PER:Bassani]], la chiamo oggi verso le {{TIME:15:00}}.\n"
                "[[PER:Ettore Bergonzi]]",
            ),
            (
                "c",
                "it",
                "Grazie. Abitiamo a [[LOC:Mezzano Scotti]], frazione di [[LOC:Bobbio]], quindi "
                "siamo vicini.",
            ),
            (
                "a",
                "it",
                "Come d'accordo al telefono, [[PER:Filippo]] inizia sabato {{DATE:11 aprile}} "
                "alle {{TIME:10:00}}. Jeans lunghi e scarpe chiuse, il caschetto glielo diamo "
                "noi. Buona giornata! [[PER:Ettore]]",
            ),
            ("c", "it", "Grazie, gentilissimo. Distinti saluti.\n[[PER:A. Bassani]]"),
        ],
    },
    # ------------------------------------------------------------------ SolareSud Impianti
    {
        "business": "solare",
        "platform": "whatsapp",
        "customer": "Francesco",
        "messages": [
            (
                "c",
                "it",
                "Bongiorno. Mi chiamo [[PER:Francesco Di Stefano]], abbito a [[LOC:Santa Maria "
                "La Scala]], che è frazione di [[LOC:Acireale]]. Mio figghiu [[PER:Turi]] dice "
                "che cu stu {{WORD:sole}} il fotovoltaico conviene. Io ho 80 anni e non ci "
                "capisco niente. Mi "
                "mannate uno a casa a spiegarmi?",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PER:Di Stefano]]! Certo, un nostro tecnico passa per un "
                "sopralluogo gratuito. Ci lascia l'indirizzo preciso e un numero di telefono?\n"
                "[[PER:Agata]] – ufficio pratiche",
            ),
            (
                "c",
                "it",
                "[[ADDR:Via Scalo Grande 19]], la casa cu u canciello virdi. Telefono "
                "[[PHONE:095 764 1183]] oppure mio figghiu [[PHONE:338.902.4417]]. Meglio di "
                "matina, dopo manciari io riposo.",
            ),
            (
                "a",
                "it",
                "Perfetto. Martedì {{DATE:17 marzo}} alle {{TIME:10:00}} passa [[PER:Salvo]], "
                "il nostro tecnico. Per preparare il preventivo con la detrazione ci serve "
                "anche il suo codice fiscale.",
            ),
            (
                "c",
                "it",
                "[[CF:DSTFNC45E09C351U]] l'ho copiato da la tessera sanitaria. Grazie assai, "
                "siete gentili.",
            ),
            (
                "a",
                "it",
                "Gentile signor [[PER:Di Stefano]], come anticipato da [[PER:Salvo]] le "
                "mandiamo il preventivo: impianto da 4,5 kWp con accumulo da 5 kWh, "
                "{{PRICE:9.800 €}} IVA inclusa, detrazione del 50% in 10 anni. Una copia "
                "arriva anche per posta.\nCordiali saluti,\nIng. [[PER:Gaetano Lo Monaco]]",
            ),
            ("c", "it", "Ci penso cu me figghiu. Salutamu."),
        ],
    },
    {
        "business": "solare",
        "platform": "messenger",
        "customer": "Antonio D'Amico",
        "messages": [
            (
                "c",
                "it",
                "Salve, so' [[PER:Antonio D'Amico]], avete montato i pannelli sul tetto mio a "
                "[[LOC:Casoria]] a febbraio. Mo' 'o commercialista vuole 'a fattura e 'o "
                "bonifico parlante, ma io 'o bonifico l'aggio fatto normale, nun sapevo "
                "niente! "
                "Che aggia fà?",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PER:D'Amico]], non si preoccupi, capita spesso. Se il "
                'bonifico non era "parlante" si può chiedere una rettifica alla banca, oppure '
                "il commercialista valuta le alternative. Ci manda gli estremi del bonifico?",
            ),
            (
                "c",
                "it",
                "Aggio fatto {{PRICE:3.000 €}} il {{DATE:12/02}} dal conto "
                "[[IBAN:IT46 Y010 3003 4000 0006 1529 874]] intestato a me e a mia moglie "
                "[[PER:Immacolata Cozzolino]]. Codice fiscale mio [[CF:DMCNTN70L08F839W]]. 'O "
                "commercialista è 'o dottor [[PER:Capuano]], 'o numero è [[PHONE:081 757 "
                "3320]]",
            ),
            (
                "a",
                "it",
                "Grazie. La fattura {{ORDER:FT 2026/118}} è già intestata a lei con il suo "
                "codice fiscale: la mandiamo oggi al dott. [[PER:Capuano]] con la "
                "dichiarazione dell'impresa. Vuole una copia anche per sua moglie?",
            ),
            (
                "c",
                "it",
                "Sì grazie, mandatela pure a [[EMAIL:immacozzolino74[at]gmail[dot]com]]",
            ),
            (
                "a",
                "it",
                "Fatto! Un saluto da tutto l'ufficio.\n[[PER:Agata]] – {{BRAND:SolareSud}}",
            ),
        ],
    },
    {
        "business": "solare",
        "platform": "whatsapp",
        "customer": "W. Baker",
        "messages": [
            (
                "c",
                "en",
                "Good afternoon. My wife [[PER:Gill]] and I had your 6 kW system installed "
                "last "
                "autumn at our trullo near [[LOC:Ostuni]]. Since Sunday the app shows zero "
                "production and the inverter display just says 'Grid Fault'.\n"
                "Regards,\n[[PER:William Baker]]",
            ),
            (
                "a",
                "en",
                "Good afternoon Mr [[PER:Baker]], sorry to hear that. Is the inverter still "
                "connected to your Wi-Fi? If you open the router page it should be listed with "
                "an address like 192.168.x.x. [[PER:Salvo]]",
            ),
            (
                "c",
                "en",
                "The router shows it at [[IP:192.168.0.117]] and I can ping it from my laptop. "
                "Our neighbour [[PER:Vito]] says the whole contrada had a power cut on Sunday, "
                "if that matters.",
            ),
            (
                "a",
                "en",
                "That's very likely it: after a grid fault some inverters wait for a manual "
                "reset. I can talk you through it, or send someone on Thursday. Please confirm "
                "the address for the job sheet.",
            ),
            (
                "c",
                "en",
                "[[ADDR:Contrada Lamacavallo 14/B, 72017 Ostuni BR]]. We'd rather someone "
                "came, "
                "I don't trust myself with it! Invoice to me as before, codice fiscale "
                "[[CF:BKRWLM68C14Z114Z]], copy to [[EMAIL:will.gill.baker@btinternet.com]]",
            ),
            (
                "a",
                "en",
                "Thursday between {{TIME:9}} and {{TIME:11am}} then. The call-out is free "
                "under "
                "warranty.\nRegards,\n[[PER:Salvatore Privitera]]\n{{BRAND:SolareSud}} "
                "technical team",
            ),
        ],
    },
    {
        "business": "solare",
        "platform": "whatsapp",
        "customer": "Vincenzo Gatto",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[PER:Vincenzo Gatto]] della [[PER:Gatto Vincenzo]] & Figli "
                "s.n.c., ricambi auto, P.IVA [[VAT:05614400876]]. Vorremmo un preventivo per "
                "il "
                "tetto del capannone, circa 600 mq, in [[ADDR:Stradale Primosole 41, 95121 "
                "Catania]]. Poi a parte anche la casa mia ad [[LOC:Aci Castello]], intestata a "
                "me: [[CF:GTTVCN66B17G273V]].",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PER:Gatto]], grazie. Per 600 mq valutiamo un impianto "
                "intorno ai 100 kWp. Ci manda la visura camerale e le ultime bollette? "
                "Vanno bene anche le foto qui in chat.",
            ),
            (
                "c",
                "it",
                "Inviato tutto. Il referente tecnico è mio figlio, il geometra [[PER:Daniele "
                "Gatto]], cell. [[PHONE:+39 347 55 12 908]], "
                "[[EMAIL:daniele.gatto@gattoricambi.it]].",
            ),
            (
                "a",
                "it",
                "Ricevuto. Il sopralluogo lo fa l'Ing. [[PER:Lo Monaco]] lunedì alle "
                "{{TIME:8:30}}. Per la casa ad [[LOC:Aci Castello]] facciamo un preventivo a "
                "parte.",
            ),
            ("c", "it", "Bene. Grazie."),
        ],
    },
    {
        "business": "solare",
        "platform": "messenger",
        "customer": "Grace Lombardi",
        "messages": [
            (
                "c",
                "en",
                "Hi! My husband [[PER:Hank]] and I bought an old house in [[LOC:Noto]] and "
                "we're renovating. We'd like solar + battery. Do you guys work in the "
                "[[LOC:Noto]] "
                "area? We're in [[LOC:Denver]] until June.\n– [[PER:Grace Lombardi]]",
            ),
            (
                "a",
                "en",
                "Hi [[PER:Grace]]! Yes, we cover the whole province of Siracusa. Could you "
                "share "
                "the address so we can look at the roof on satellite first?",
            ),
            (
                "c",
                "en",
                "Sure, it's [[ADDR:Via Cavour 88, Noto]]. The geometra handling the renovation "
                "is [[PER:Sebastiano Calvo]], he speaks English, [[PHONE:+39 0931 83 47 26]]. "
                "Our US number is [[PHONE:+1 303-555-0199]], email "
                "[[EMAIL:grace.lombardi@me.com]].",
            ),
            (
                "a",
                "en",
                "Thanks! Our engineer will coordinate with Mr [[PER:Calvo]]. To book the "
                "survey "
                "we ask a {{PRICE:€150}} deposit, deducted from the final price; I'll email "
                "you "
                "a payment link.",
            ),
            (
                "c",
                "en",
                "Just take it from my Amex, it's easier: [[CARD:3715 540287 31609]]",
            ),
            (
                "a",
                "en",
                "We can't take card numbers over chat, sorry, and please delete that message! "
                "The link will be in your inbox in a minute. [[PER:Agata]]",
            ),
            ("c", "en", "Oops. Deleted. Paid! 🙌"),
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
