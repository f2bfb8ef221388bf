# ruff: noqa: E501
"""Hand-written blind test corpus no. 17 for convmon's anonymiser.

Every message below was composed by hand, one by one, by an author who had not read the
anonymiser, its tests or the other corpora: no templates, no Faker. All people, addresses and
identifiers are invented (the IBANs, codici fiscali, partite IVA and card numbers were made
valid once with python-stdnum / the Luhn algorithm and pasted here as literal text).

Markup inside the message texts:

- ``[[TYPE:value]]`` marks personal data (an entity); TYPE is a short alias (see ``ALIASES``)
  of one of ``privacy.types.ENTITY_TYPES``;
- ``{{KIND:value}}`` marks a look-alike that must survive anonymisation (a keep span: order
  numbers, prices, products, brands, times, dates, tracking codes...).

The script strips the markup, computes the offsets and writes the JSONL dataset read by
``privacy.evaluate.load_dataset``. Output is deterministic (timestamps are derived from the
conversation and message index), so the same bytes come out on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a dry cleaner and laundrette with pick-up, a
tyre shop with seasonal storage, an amateur football club, a gluten-free online shop, a
haberdashery doing embroidery on order, and a bicycle courier service.

Regenerate with::

    python tests/data/make_handwritten17_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).with_name("handwritten17_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "lavanderia": "Lavanderia Bolle di Sapone",
    "gommista": "Pneumatici Fratelli Ogliari",
    "calcio": "ASD Polisportiva Borgo Vittoria",
    "glutenfree": "Dispensa Senza Glutine",
    "merceria": "Merceria Filo di Perla",
    "courier": "Pedala Express Milano",
}
PAGE_IDS: dict[str, str] = {
    key: f"17{index:03d}0000{index}" for index, key in enumerate(BUSINESS_NAMES, start=1)
}

ALIASES: dict[str, str] = {
    "P": "PERSON",
    "EM": "EMAIL_ADDRESS",
    "PH": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "CC": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "VAT": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "H": "HANDLE",
    "LOC": "LOCATION",
    "ADDR": "ADDRESS",
}

# Each conversation: business key, platform, customer display name, then messages as
# (role, language, text) with role "c" (customer) or "a" (agent).
CONVERSATIONS: list[dict[str, object]] = []

# --- Lavanderia Bolle di Sapone (Torino, San Salvario): dry cleaning, laundrette, pick-up ---
CONVERSATIONS += [
    {
        "business": "lavanderia",
        "platform": "whatsapp",
        "customer": "Ada Ferro",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[P:Ada Ferro]], vorrei prenotare il ritiro di due piumoni e un cappotto di lana. Abito in [[ADDR:via Belfiore 37, scala B, int. 5]], citofono [[P:Ferro-Gallesio]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[P:Ferro]]! Il ritiro lo facciamo il {{DATE:martedì}} e il {{DATE:venerdì}} dalle {{TIME:9}} alle {{TIME:12}}. Le va bene {{DATE:venerdì 13}}? Piumone matrimoniale {{PRICE:18 €}}, cappotto {{PRICE:14 €}}. [[P:Rosa]]",
            ),
            (
                "c",
                "it",
                "Venerdì va benissimo. Se non ci sono io lascio tutto alla vicina, la signora [[P:Bello]] al piano terra",
            ),
            (
                "a",
                "it",
                "Perfetto 👍 il nostro fattorino [[P:Samuele]] passa tra le {{TIME:10}} e le {{TIME:11}}. Le lascio anche il numero diretto del furgone: [[PH:348 771 0293]]",
            ),
            ("c", "it", "grazie mille"),
            (
                "a",
                "it",
                "Ritirato tutto! Scontrino n. {{ORDER:BS-04417}}, pronto {{DATE:giovedì prossimo}}. Buona giornata signora [[P:Ada]] 🫧",
            ),
        ],
    },
    {
        "business": "lavanderia",
        "platform": "messenger",
        "customer": "Kealey Dunne",
        "messages": [
            (
                "c",
                "en",
                "hi there!! im an aussie backpacker staying at the hostel on [[ADDR:via Principe Tommaso 18]], do u guys do service washes?? got like 3 weeks of stinky clothes lol",
            ),
            (
                "a",
                "en",
                "Hi! Yes we do 🙂 {{PRICE:€9}} for up to 6 kg washed, dried and folded, ready in 3 hours. Drop it off before {{TIME:10:30}} and it's ready by lunch. [[P:Ilenia]]",
            ),
            (
                "c",
                "en",
                "legend!! can my mate [[P:Jacko]] pick it up tho? im off to [[LOC:Genova]] on a day trip. his real name is [[P:Jack Pearce]] if u need it haha",
            ),
            (
                "a",
                "en",
                "Sure, just tell him to bring the ticket number. What's your name for the bag?",
            ),
            (
                "c",
                "en",
                "[[P:Kealey]]!! [[P:K-E-A-L-E-Y]]. and my number is [[PH:+61 412 558 903]] in case u lose us",
            ),
            ("a", "en", "Got it [[P:Kealey]], bag {{ORDER:#2208}} 👕 See you later!"),
            ("c", "en", "cheers heaps 🙏"),
        ],
    },
    {
        "business": "lavanderia",
        "platform": "whatsapp",
        "customer": "Nonno Gino",
        "messages": [
            (
                "c",
                "it",
                "bongiorno sono [[P:Gino Russo]] di [[ADDR:corso Raffaello 9]] volevo sapere se siete aperti sabato pomerigio che mia moglie [[P:Ines]] vuole portare le tende del salotto grazzie",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[P:Russo]], il sabato siamo aperti solo la mattina, {{TIME:8.30}}-{{TIME:12.30}}. Per le tende possiamo anche venire a ritirarle noi, sono {{PRICE:5 euro}} in più.",
            ),
            (
                "c",
                "it",
                "allora venite voi che io con la schiena non ce la facio. il numero di casa e [[PH:011 650 4418]] se non risponde chiamate mio figlio [[P:Claudio]] al [[PH:3391227045]]",
            ),
            (
                "a",
                "it",
                "Va bene, passiamo {{DATE:lunedì}} mattina. Le tende le laviamo a {{PRICE:6 € al metro}}. Saluti, [[P:Rosa C.]]",
            ),
            ("c", "it", "grazie signora [[P:rosa]] gentilisima come sempre saluti a vostro padre"),
        ],
    },
    {
        "business": "lavanderia",
        "platform": "instagram",
        "customer": "serena.dimeo",
        "messages": [
            (
                "c",
                "it",
                "ciao!! ho lasciato da voi un vestito da cerimonia blu di {{BRAND:Armani}} e mi avete restituito quello di un'altra 😭😭 il mio ha un'etichetta col nome [[P:Serena Di Meo]] cucita dentro",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Serena]], ci scusiamo tantissimo! Controlliamo subito. Ci puoi dare il numero dello scontrino?",
            ),
            (
                "c",
                "it",
                '{{ORDER:BS-04390}}. quello che ho a casa ha un bigliettino con scritto "[[P:Lourdes Arancibia]]"',
            ),
            (
                "a",
                "it",
                "Trovato 🙏 Il tuo vestito è qui, la signora [[P:Arancibia]] ha il tuo per sbaglio. Ti scrive lei direttamente per lo scambio? Se preferisci ci pensiamo noi e ti riportiamo il tuo a casa gratis.",
            ),
            (
                "c",
                "it",
                "meglio voi dai. sono in [[ADDR:via Ormea 64]], quarto piano, c'è scritto [[P:Di Meo / Coassolo]] sul citofono",
            ),
            (
                "a",
                "it",
                "Fatto, {{DATE:domani}} entro le {{TIME:13}}. Ancora scusa! — Staff Bolle di Sapone",
            ),
        ],
    },
    {
        "business": "lavanderia",
        "platform": "messenger",
        "customer": "Mariarosa Bianco",
        "messages": [
            (
                "c",
                "it",
                "Gentili Signori,\nscrivo per conto della mia condomina, la Sig.ra [[P:Clelia Gatto]], che ha 91 anni e non usa internet. Desidera far ritirare settimanalmente la biancheria di casa (lenzuola, asciugamani).\nL'indirizzo è [[ADDR:Via Madama Cristina 101]], [[LOC:Torino]], piano rialzato.\nLa fattura andrà intestata a suo nipote, dott. [[P:Ettore Gatto]], codice fiscale [[CF:GTTSVT66P08G273H]].\nDistinti saluti\n[[P:Mariarosa Bianco]]",
            ),
            (
                "a",
                "it",
                "Gentile signora [[P:Bianco]], grazie del messaggio. Possiamo passare ogni {{DATE:mercoledì}} mattina; l'abbonamento biancheria è {{PRICE:22 €}} a settimana fino a 8 kg. Ci conferma un recapito telefonico del nipote per la fattura?",
            ),
            (
                "c",
                "it",
                "Il dott. [[P:Gatto]] risponde al [[PH:+39 091 6120 447]] (è a [[LOC:Palermo]]) oppure per e-mail: [[EM:ettore.gatto@pec-studiogatto.it]]",
            ),
            (
                "a",
                "it",
                "Grazie, iniziamo {{DATE:mercoledì 18}}. Cordiali saluti, [[P:Rosa Capello]]",
            ),
        ],
    },
]

# --- Pneumatici Fratelli Ogliari (gommista, Crema/Cremona): seasonal storage ---
CONVERSATIONS += [
    {
        "business": "gommista",
        "platform": "whatsapp",
        "customer": "Dario",
        "messages": [
            (
                "c",
                "it",
                "buongiorno sono [[P:dario mastropietro]] ho le gomme invernali da voi in deposito volevo fare il cambio settimana prossima la macchina è una golf targa ex 412 ff grazie",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Dario]], trovato: deposito {{ORDER:DEP-2025-0318}}, 4 {{PRODUCT:Michelin Alpin 6}} 205/55 R16. Ha posto {{DATE:mercoledì}} alle {{TIME:8:00}} o {{DATE:giovedì}} alle {{TIME:14:30}}. [[P:Mauro]]",
            ),
            (
                "c",
                "it",
                "mercoledi alle otto perfetto lascio la macchina e poi mi viene a prendere mio cognato [[P:Fortunato]]",
            ),
            (
                "a",
                "it",
                "Segnato. Il cambio con equilibratura è {{PRICE:40 €}}, il deposito estivo {{PRICE:35 €}}.",
            ),
        ],
    },
    {
        "business": "gommista",
        "platform": "whatsapp",
        "customer": "Edilizia Fabbri",
        "messages": [
            (
                "c",
                "it",
                "ciao [[P:mauro]] sono [[P:walter fabbri]] ti detto col telefono che sono sul ponteggio allora mi servono quattro gomme per il furgone ducato quelle da carico le solite che mi hai messo l'anno scorso la fattura fammela a edilizia [[P:fabbri]] partita iva [[VAT:04781200151]] sede [[ADDR:via dei Mulini 22 frazione Vergonzana]] [[LOC:Crema]] grazie ciao",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Walter]], le {{PRODUCT:Continental VanContact 4Season}} 215/65 R16C sono {{PRICE:128 €}} l'una montate. Te le ordino per {{DATE:lunedì}}?",
            ),
            ("c", "it", "si ordinale e poi mandami il conto che pago col bonifico come sempre"),
            (
                "a",
                "it",
                "Fatto, ordine {{ORDER:OG-7712}}. Coordinate per il bonifico: [[IBAN:IT41P0503401633000000018342]], intestato a Pneumatici F.lli Ogliari snc. Causale: {{ORDER:OG-7712}}",
            ),
            (
                "c",
                "it",
                "ok ricevuto ti faccio il bonifico venerdi che mi paga il cliente di [[LOC:Offanengo]]",
            ),
        ],
    },
    {
        "business": "gommista",
        "platform": "messenger",
        "customer": "Klaus Obermeier",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, io sono turista tedesco con camper, io ho una gomma bucata sulla strada vicino [[LOC:Pizzighettone]]. Voi potete venire? Mio telefono [[PH:+49 171 4429 870]]. Mio nome [[P:Klaus Obermeier]]",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Klaus]]! Sì, abbiamo il servizio di soccorso. Dove siete esattamente? Può mandare la posizione su WhatsApp?",
            ),
            (
                "c",
                "it",
                "Noi siamo al parcheggio del supermercato {{BRAND:Esselunga}}... no scusi, è {{BRAND:Conad}}, [[ADDR:via Tosi 4]]. Mia moglie [[P:Hildegard]] dice è vicino a chiesa.",
            ),
            (
                "a",
                "it",
                "Ok, arriva mio fratello [[P:Luca Ogliari]] tra 40 minuti circa con il furgone. Uscita di soccorso {{PRICE:60 €}} più la gomma se serve.",
            ),
            ("c", "it", "Danke, grazie mille!! 🙏"),
        ],
    },
    {
        "business": "gommista",
        "platform": "whatsapp",
        "customer": "Giusy",
        "messages": [
            (
                "c",
                "it",
                "Salve, ma voi le gomme le tenete o no?? Sono passata stamattina e il ragazzo mi ha detto che le mie nun ce stanno. Sono [[P:Giuseppina Esposito]], le avevo lasciate a novembre, quattro {{PRODUCT:Pirelli Cinturato}} per la Panda",
            ),
            (
                "a",
                "it",
                'Buongiorno signora [[P:Esposito]], mi scuso per il disguido. Il collega nuovo ha cercato sotto "[[P:Espositi]]" 🙈 Le sue gomme ci sono, scaffale {{ORDER:C-14}}, tagliando {{ORDER:DEP-2024-1187}}.',
            ),
            ("c", "it", "Ah menomale, stavo già a fa' 'o quarantotto 😅 Quando posso venì?"),
            (
                "a",
                "it",
                "Anche domani {{TIME:9:15}}. Se non può, ci lasci detto: il numero dell'officina è [[PH:0373 84 12 96]]. Saluti, [[P:M. Ogliari]]",
            ),
        ],
    },
    {
        "business": "gommista",
        "platform": "messenger",
        "customer": "Chiara Porta",
        "messages": [
            (
                "c",
                "it",
                "Salve, vorrei un preventivo per 4 gomme 4 stagioni per una {{PRODUCT:Fiat 500X}}. La macchina è intestata a mio padre, [[P:Giancarlo Porta]], vive a [[LOC:Soresina]]. Potete mandarmi il preventivo a [[EM:chiara (punto) porta92 (chiocciola) libero.it]]?",
            ),
            (
                "a",
                "it",
                "Certo [[P:Chiara]]. Con {{PRODUCT:Goodyear Vector 4Seasons Gen-3}} 215/55 R17 siamo sui {{PRICE:520 €}} montate. Le mando il PDF per mail in giornata.",
            ),
            (
                "c",
                "it",
                "Grazie! Se si può fare fattura a lui, CF [[CF:rssgnn49e55h501m]]... ah no scusate, è quello di mia nonna, aspetto che me lo detta",
            ),
            ("a", "it", "Nessun problema, ce lo porta quando viene 🙂"),
        ],
    },
]

# --- ASD Polisportiva Borgo Vittoria (Torino): amateur football club, memberships and kit ---
CONVERSATIONS += [
    {
        "business": "calcio",
        "platform": "telegram",
        "customer": "Genitori Pulcini 2017",
        "messages": [
            (
                "a",
                "it",
                "Buonasera a tutti i genitori dei Pulcini 2017 ⚽\nsabato torneo a [[LOC:Venaria Reale]], ritrovo ore {{TIME:8:15}} al campo di [[ADDR:via Stefanat 54]].\nConvocati: [[P:Tommaso]], [[P:Leo B.]], [[P:Leo Gallina]], [[P:Samuel]], [[P:Nicolò]], [[P:Gioele]], [[P:Adam]], [[P:Yassine]], [[P:Matteo P.]], [[P:Sole]] (sì, [[P:Sole]] gioca con noi anche sabato!).\nPortare divisa gialla e parastinchi.\nMister [[P:Fabio]]",
            ),
            (
                "c",
                "it",
                "Mister [[P:Gioele]] ha la febbre, non viene. [[P:Alessia]] (mamma di [[P:Gioele]])",
            ),
            (
                "c",
                "it",
                "buonasera, [[P:Adam]] lo porta il papà di [[P:Yassine]], io lavoro. [[P:Bukola]]",
            ),
            (
                "a",
                "it",
                "Ok grazie [[P:Alessia]], auguri a [[P:Gioele]] 💪. [[P:Bukola]] nessun problema, il sig. [[P:Benali]] ha già confermato.",
            ),
            (
                "c",
                "it",
                "Scusate ma il campo di [[LOC:Venaria]] è quello vicino al {{BRAND:Lidl}}? L'anno scorso siamo andati a quello sbagliato 😅 [[P:Marco Cook]]",
            ),
            (
                "a",
                "it",
                "Sì [[P:Marco]], quello dietro il {{BRAND:Lidl}}, c'è il parcheggio grande.",
            ),
        ],
    },
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Chinedu Okafor",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[P:Chinedu Okafor]], papà di [[P:Precious]] e [[P:Emeka]], tutti e due nei Primi Calci. Vorrei pagare le due iscrizioni insieme, c'è lo sconto fratelli?",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Chinedu]]! Sì, la quota è {{PRICE:280 €}} per il primo e {{PRICE:220 €}} per il secondo, kit incluso ({{PRODUCT:tuta Macron}}, borsa, due completi). Può pagare in segreteria o con bonifico.",
            ),
            (
                "c",
                "it",
                "Bonifico meglio. Mi manda l'IBAN? E per la detrazione serve il codice fiscale dei bambini? Quello di [[P:Emeka]] è [[CF:NDBCHK88H22Z335V]]... no aspetti, questo è il mio 😂",
            ),
            (
                "a",
                "it",
                '😄 Per la detrazione serve quello del genitore che paga, quindi va bene il suo! IBAN della società: [[IBAN:IT18K0200801633000104827715]], causale "iscrizione [[P:Precious]] e [[P:Emeka Okafor]] 2026/27". — [[P:Daniela]], segreteria',
            ),
            (
                "c",
                "it",
                "Perfetto, fatto adesso. Taglie: [[P:Precious]] 7-8 anni, [[P:Emeka]] 5-6. Grazie mille signora [[P:Daniela]]",
            ),
            ("a", "it", "Ricevuto 👍 Il kit arriva verso il {{DATE:20 settembre}}."),
        ],
    },
    {
        "business": "calcio",
        "platform": "messenger",
        "customer": "Rich Moore",
        "messages": [
            (
                "c",
                "en",
                "Hello, we moved to [[LOC:Turin]] from [[LOC:Leeds]] last month, my son [[P:Will]] is 11 and mad about football. Does your club have a team for his age and do you have any English-speaking coaches? He's picking up Italian but slowly. [[P:Rich Moore]]",
            ),
            (
                "a",
                "en",
                "Hi [[P:Rich]], welcome to [[LOC:Torino]]! Yes, our Esordienti 2015 group trains Monday and Thursday {{TIME:17:30}}-{{TIME:19:00}}. Coach [[P:Stefano Gioia]] lived in [[LOC:Manchester]] for years, so [[P:Will]] will be fine 😊 Would he like a free trial session?",
            ),
            (
                "c",
                "en",
                "Brilliant, yes please. Thursday? We're at [[ADDR:Via Chiesa della Salute 77]], is that close?",
            ),
            (
                "a",
                "en",
                "Ten minutes on foot. Thursday it is. Bring trainers and shin pads, and a medical certificate if he joins (sports doctor, {{PRICE:€40}} approx). Our secretary [[P:Daniela]] can help you book one: [[PH:+39 011 739 2281]].",
            ),
            (
                "c",
                "en",
                "Cheers, much appreciated. My wife [[P:June]] will bring him, she's on [[PH:+44 7723 418 605]] if anything changes.",
            ),
        ],
    },
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Ketty",
        "messages": [
            (
                "c",
                "it",
                "SCUSATE MA È LA TERZA VOLTA CHE MIO FIGLIO [[P:DENIS]] RESTA IN PANCHINA TUTTA LA PARTITA!!! PAGHIAMO {{PRICE:280 EURO}} COME TUTTI E VOGLIO SAPERE DAL MISTER [[P:CARUSO]] PERCHÉ",
            ),
            (
                "a",
                "it",
                "Buonasera signora [[P:Ketty]], capisco il dispiacere. Il mister [[P:Caruso]] è disponibile a parlarne di persona {{DATE:giovedì}} dopo l'allenamento, alle {{TIME:19}}. Le va bene? [[P:Daniela]]",
            ),
            (
                "c",
                "it",
                "VA BENE MA VENGO CON MIO MARITO. E DITE AL MISTER CHE ANCHE [[P:KEVIN DELL'ACQUA]] NON GIOCA MAI, NON SONO L'UNICA MAMMA ARRABBIATA",
            ),
            ("a", "it", "Ne parlerete direttamente con lui. A giovedì."),
        ],
    },
    {
        "business": "calcio",
        "platform": "instagram",
        "customer": "ale_borgovitt",
        "messages": [
            (
                "c",
                "it",
                "raga ma la maglia con nome e numero si può ancora ordinare?? tipo con scritto BOMBER 10 ahah no scherzo, [[P:ALE]] 7",
            ),
            (
                "a",
                "it",
                'Ciao! Sì, la {{PRODUCT:maglia gara personalizzata}} costa {{PRICE:35 €}}, consegna in 3 settimane. Nome e numero da stampare confermati: "[[P:ALE]] 7"?',
            ),
            (
                "c",
                "it",
                "si si. pago alla partita sabato, mi chiamo [[P:alessandro la rosa]] juniores. segui anche il mio profilo [[H:@ale.larosa07]] che ci sono i video dei gol 😎",
            ),
            ("a", "it", "Segnato 👍 Forza Borgo!"),
        ],
    },
]

# --- Dispensa Senza Glutine (online gluten-free shop, ships to IT, UK, IE) ---
CONVERSATIONS += [
    {
        "business": "glutenfree",
        "platform": "instagram",
        "customer": "siobhan_bakes",
        "messages": [
            (
                "c",
                "en",
                "Hiya! Do ye ship to Ireland? Me and my daughter are both coeliac and the gluten free pasta here is shocking 😩",
            ),
            (
                "a",
                "en",
                "Hi! Yes, we ship to Ireland with {{BRAND:DHL}}, 3-5 working days, free over {{PRICE:€69}}. Our best seller is the {{PRODUCT:Pasta di Mais e Riso Mezze Maniche}} 🍝 [[P:Martina]]",
            ),
            (
                "c",
                "en",
                "Grand so, I'll put in an order tonight. Its going to [[ADDR:14 Carrigmore Close]], [[LOC:Ballincollig]], [[LOC:Co. Cork]], under [[P:Siobhán Ní Bhriain]] but my husband [[P:Declan]] might be the one to sign for it",
            ),
            (
                "a",
                "en",
                "Perfect, no problem at all. Just leave a note in the order if you'd like {{BRAND:DHL}} to leave it with a neighbour.",
            ),
            (
                "c",
                "en",
                "Order's in! {{ORDER:DSG-10442}}. Paid with my card ending {{NUMBER:4471}} and it went through twice?? can you check pls",
            ),
            (
                "a",
                "en",
                "Checked: only one payment was captured, the other is a pre-authorisation that your bank releases in a few days. Thanks [[P:Siobhán]]! 💛",
            ),
        ],
    },
    {
        "business": "glutenfree",
        "platform": "messenger",
        "customer": "Lucio Brunetti",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[P:Lucio Brunetti]] da [[LOC:Milano]]. Ho un problema con l'ordine {{ORDER:DSG-10398}}: mi è arrivato il pacco ma le {{PRODUCT:fette biscottate al grano saraceno}} erano tutte rotte. Vi allego la foto. Ho una call alle {{TIME:10}}, rispondetemi pure qui che leggo tra una riunione e l'altra.",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Lucio]], ci dispiace! Le rispediamo subito le fette biscottate senza costi. L'indirizzo è sempre [[ADDR:viale Lombardia 51]]?",
            ),
            (
                "c",
                "it",
                "No, mandatele in ufficio: [[ADDR:c/o Studio Legale Ruggeri & Marchetti, via Fatebenefratelli 14]], 20121. Alla reception chiedete di me o della mia assistente [[P:Bianca]].",
            ),
            (
                "a",
                "it",
                "Perfetto. Spedizione {{TRACK:BRT 057 390 144 226}} partita oggi. [[P:Martina]] — Dispensa Senza Glutine",
            ),
            ("c", "it", "Ok grazie. Top."),
        ],
    },
    {
        "business": "glutenfree",
        "platform": "instagram",
        "customer": "mamma.celiaca.ct",
        "messages": [
            (
                "c",
                "it",
                "Ciao! Mia figlia [[P:Agata]] è celiaca da un anno e stiamo impazzendo per trovare le merendine per la scuola. Voi avete qualcosa di buono che non sa di cartone? 😅 Siamo di [[LOC:Acireale]], spedite in Sicilia?",
            ),
            (
                "a",
                "it",
                "Ciao! Certo che spediamo in Sicilia, 2-3 giorni. Per la scuola le più amate sono le {{PRODUCT:Tortine al cacao Senza Pensieri}} e i {{PRODUCT:Crackers di ceci}} 🍫 Ti faccio un box prova da {{PRICE:19,90 €}}?",
            ),
            (
                "c",
                "it",
                "Sì dai, e ci mettete pure i biscotti con le gocce che li voleva pure mio marito [[P:Turi]] ca si mangia tutto iddu 😂 Indirizzo: [[ADDR:via Galatea 88, 95024 Acireale (CT)]]. Nome sul citofono [[P:Grasso]]",
            ),
            (
                "a",
                "it",
                "Aggiunti anche i biscotti per [[P:Turi]] 😄 Ordine {{ORDER:DSG-10455}}, spedito {{DATE:domani}}.",
            ),
        ],
    },
    {
        "business": "glutenfree",
        "platform": "messenger",
        "customer": "Grace Adeyemi-Clarke",
        "messages": [
            (
                "c",
                "en",
                "Good afternoon. I placed order {{ORDER:DSG-10461}} to be delivered in [[LOC:London]] and I would like to change the delivery address please. New address:\nFlat 3\n[[ADDR:27 Ravensbourne Road\nLondon SE6 4UX]]\nKind regards,\n[[P:Grace Adeyemi-Clarke]]\nSenior Analyst | Hollins Whitby LLP\nT: [[PH:+44 (0)20 7946 0831]]\nM: [[PH:07700 900 614]]\nE: [[EM:g.adeyemi-clarke@hollinswhitby.co.uk]]\nThis e-mail and any attachments are confidential.",
            ),
            (
                "a",
                "en",
                "Dear [[P:Grace]], done: the parcel will go to the new address. The courier will text you on your mobile before delivery. Best regards, [[P:M. Coppola]]",
            ),
            (
                "c",
                "en",
                "Thank you. Also, can you confirm the {{PRODUCT:Panettone senza glutine}} is free from lupin? My colleague [[P:Hope]] has an allergy.",
            ),
            (
                "a",
                "en",
                "Yes, it's lupin-free (the ingredient list is on the product page). Happy Christmas to you and [[P:Hope]]! 🎄",
            ),
        ],
    },
    {
        "business": "glutenfree",
        "platform": "whatsapp",
        "customer": "Rosalba",
        "messages": [
            (
                "c",
                "it",
                "Buonasera sono la signora [[P:Rosalba Pagano]] ho fatto un ordine per telefono con sua collega ma non mi ricordo se ho dato il numero di carta giusto era [[CC:4929 1366 7862 0578]] scadenza {{DATE:09/28}} potete controllare grazie",
            ),
            (
                "a",
                "it",
                "Buonasera signora [[P:Pagano]], la preghiamo di non scrivere il numero della carta in chat, per la sua sicurezza! Il pagamento è andato a buon fine, ordine {{ORDER:DSG-10470}}. Le consigliamo di cancellare il messaggio. [[P:Martina]]",
            ),
            (
                "c",
                "it",
                "ah scusate non lo sapevo, me lo ha detto mia nipote [[P:Vale]] di scriverlo qua. grazie e buon natale",
            ),
        ],
    },
]

# --- Merceria Filo di Perla (Bergamo): haberdashery, embroidery on order ---
CONVERSATIONS += [
    {
        "business": "merceria",
        "platform": "instagram",
        "customer": "giuliabrambilla.sposa",
        "messages": [
            (
                "c",
                "it",
                "Ciao! Vorrei far ricamare il fazzoletto per il mio matrimonio, con le iniziali e una frase. Si può fare in azzurro?",
            ),
            (
                "a",
                "it",
                "Ciao! Certo 😍 Ricamo a mano in filo {{BRAND:DMC}} azzurro, {{PRICE:25 €}} iniziali + frase fino a 30 lettere. Che frase vorresti?",
            ),
            (
                "c",
                "it",
                '"Per sempre, [[P:Tommaso]]" e sotto le iniziali [[P:G.B.]] e [[P:T.R.]] e la data {{DATE:12.09.2026}}. Io sono [[P:Giulia Brambilla]], lui è [[P:Tommaso Rota]] 🥹',
            ),
            (
                "a",
                "it",
                'Che bello! Ricapitolo: "Per sempre, [[P:Tommaso]]" + [[P:G.B.]] ♡ [[P:T.R.]] + {{DATE:12.09.2026}}. Pronto in 10 giorni. Lo ritiri in negozio in [[ADDR:via Broseta 31]] o te lo spediamo?',
            ),
            ("c", "it", "Lo ritira mia mamma [[P:Lucia]], lavora lì vicino all'Accademia Carrara"),
            ("a", "it", "Perfetto, le diamo il pacchettino con il fiocco 🎀 [[P:Nives]]"),
        ],
    },
    {
        "business": "merceria",
        "platform": "messenger",
        "customer": "Elda Cortinovis",
        "messages": [
            (
                "c",
                "it",
                'Spett.le Merceria Filo di Perla,\ncon la presente vorrei ordinare n. 6 asciugamani di lino con ricamato il monogramma di famiglia "C" in filo bordeaux, come quelli che la Sua gentile mamma, la signora [[P:Carminati]], ricamò per me nel 1987.\nInoltre Le chiedo se può procurarmi 4 rocchetti di filo {{BRAND:Gütermann}} col. {{PRODUCT:384}}.\nRingraziando anticipatamente porgo distinti saluti.\n[[P:Elda Cortinovis ved. Locatelli]]\n[[ADDR:Via Sant\'Alessandro 12\n24122 Bergamo]]\nTel. [[PH:035 21 77 04]]',
            ),
            (
                "a",
                "it",
                "Gentilissima signora [[P:Cortinovis]], che piacere sentirla! Mia mamma se la ricorda benissimo e la saluta. Gli asciugamani sono {{PRICE:38 €}} l'uno ricamati, pronti in 3 settimane; i rocchetti glieli teniamo da parte. Cordialmente, [[P:Nives Carminati]]",
            ),
            (
                "c",
                "it",
                "Gentile [[P:Nives]], va benissimo. Passerà a ritirarli il mio vicino, il sig. [[P:Ambrogio Mapelli]], che mi fa sempre da autista. Distinti saluti.",
            ),
        ],
    },
    {
        "business": "merceria",
        "platform": "instagram",
        "customer": "ruthie.stitches",
        "messages": [
            (
                "c",
                "en",
                'hey!! saw your reel of the embroidered denim jacket and i NEED one. im in [[LOC:boston]], do you ship to the US? i\'d want "[[P:Ruthie]]" on the back in cursive + little daisies 🌼',
            ),
            (
                "a",
                "en",
                "Hi [[P:Ruthie]]! Yes we ship to the US (about 10 days, {{PRICE:€22}} shipping). You can send us your jacket or we use a {{BRAND:Levi's}} one of ours, {{PRICE:€95}} all included. [[P:Lella]] ✂️",
            ),
            (
                "c",
                "en",
                "use yours!! size M. ship to [[ADDR:48 Peterborough St, Apt 2F, Boston, MA 02215]]. my full name for customs is [[P:Ruth Ann Kowalczyk]] and my cell is [[PH:(617) 555-0143]]",
            ),
            (
                "a",
                "en",
                "Perfect, order {{ORDER:FP-0922}}. We'll send you a photo before shipping 📸",
            ),
            ("c", "en", "omg yay. also can u tag me when u post it? [[H:@ruthie.stitches]] 💕"),
        ],
    },
    {
        "business": "merceria",
        "platform": "whatsapp",
        "customer": "Maricel",
        "messages": [
            (
                "c",
                "en",
                "Good morning maam, I am [[P:Maricel Dumalagan]], I work for signora [[P:Fumagalli]] in [[LOC:Città Alta]]. She ask me to buy elastic white 2 cm 5 meters and buttons for her husband shirt. Do you have? Grazie",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Maricel]]! Sì, abbiamo tutto. Elastico bianco 2 cm {{PRICE:0,90 € al metro}}. I bottoni: ha un campione?",
            ),
            (
                "c",
                "it",
                "Si ho un bottone, lo porto oggi pomeriggio. Signora dice mettere sul conto suo, nome [[P:Fumagalli Serenella]]",
            ),
            ("a", "it", "Va bene, lo segniamo sul conto della signora [[P:Serenella]] 👍 A dopo!"),
            ("c", "en", "Thank you po 🙏"),
        ],
    },
    {
        "business": "merceria",
        "platform": "messenger",
        "customer": "Paola Dell'Orto",
        "messages": [
            (
                "c",
                "it",
                "Buonasera, vorrei il bavaglino ricamato per il battesimo di mio nipote. Nome: [[P:Francesco Maria]]. Data: {{DATE:3 maggio 2026}}. È per mia figlia [[P:Chiara Dell'Orto]], ma pago io. Servono anche le bomboniere di tulle con il nome, 40 pezzi.",
            ),
            (
                "a",
                "it",
                "Buonasera signora! Bavaglino {{PRICE:18 €}}, sacchetti di tulle con nome ricamato {{PRICE:2,50 €}} l'uno. Per 40 pezzi ci servono 15 giorni. Le va bene il ritiro il {{DATE:24 aprile}}?",
            ),
            (
                "c",
                "it",
                "Sì grazie. Mi fa fattura? Sono [[P:Paola Dell'Orto]], C.F. [[CF:DLCNTN57C62F839R]], residente in [[ADDR:via Roma 6, frazione Sforzatica]], [[LOC:Dalmine]]",
            ),
            ("a", "it", "Fatto, ordine {{ORDER:FP-0940}}. [[P:N.]]"),
        ],
    },
]

# --- Pedala Express Milano: bicycle couriers in the city ---
CONVERSATIONS += [
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Avv. Lorenzo Sala",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno. Urgente: ritiro busta documenti da [[ADDR:corso di Porta Vittoria 28]] (Tribunale, ingresso cancelleria) consegna entro le {{TIME:12:00}} a [[ADDR:via Visconti di Modrone 11]], studio [[P:Sala]], alla mia segretaria [[P:Gabriella]]. Fattura a Studio Legale [[P:Sala]], P.IVA [[VAT:09217630152]]. Grazie. [[P:L. Sala]]",
            ),
            (
                "a",
                "it",
                "Ricevuto avvocato, parte [[P:Nicola]] adesso, ritiro stimato {{TIME:10:40}}. Codice spedizione {{TRACK:PX-48812}}. — [[P:Giò]] (centrale)",
            ),
            ("c", "it", "Ok."),
            ("a", "it", "Consegnato alle {{TIME:11:22}}, firmato da [[P:G. Pellegatta]]."),
            (
                "c",
                "it",
                "Perfetto, grazie. Da domani tutte le consegne le prenota la mia nuova assistente, [[P:Sofia Ferrari]], [[PH:+39 02 7601 3342]] / [[EM:s.ferrari@studiolegalesala.it]]",
            ),
            ("a", "it", "Grazie, la aggiungiamo agli utenti autorizzati. Buona giornata! [[P:GB]]"),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Ronnie Tagliaferri",
        "messages": [
            (
                "c",
                "it",
                "ciao sono [[P:ronnie]] della {{BRAND:trattoria da Nanni}} in [[ADDR:via Vigevano 8]] ho bisogno di un rider per portare una torta a una signora in [[ADDR:via Padova 142]] la signora si chiama [[P:Gemma Ghezzi]] il numero è [[PH:339 45 82 017]] deve arrivare entro le sette che c'è la festa della nipote virgola ah e non capovolgerla mi raccomando punto",
            ),
            (
                "a",
                "it",
                'Ciao [[P:Ronnie]]! 😂 Ricevuto il "punto". Ritiro alle {{TIME:17:45}}, consegna entro le {{TIME:18:30}}, con il cargo bike così la torta sta dritta. {{PRICE:14 €}} la corsa. [[P:Fede]]',
            ),
            ("c", "it", "perfetto grazie [[P:federica]] virgola pagherò con satispay punto"),
            ("a", "it", "Consegnata, la signora [[P:Gemma]] ringrazia tanto 🎂"),
        ],
    },
    {
        "business": "courier",
        "platform": "messenger",
        "customer": "Bill Whitfield",
        "messages": [
            (
                "c",
                "en",
                'Hi folks. American here, just moved to [[LOC:Milan]] for work. Can you guys pick up a package from the post office? The slip says "giacenza" and I have no idea what that means. I\'m at [[ADDR:Via Lazzaro Palazzi 19]], buzzer says [[P:WHITFIELD]].',
            ),
            (
                "a",
                "en",
                'Hi [[P:Bill]]! "Giacenza" means the post office is holding your parcel. We can collect it if you give us a signed delegation and a copy of your ID. {{PRICE:€12}} plus waiting time. Shall we send you the form?',
            ),
            (
                "c",
                "en",
                "Yes please. Send it to [[EM:bill.whitfield at outlook dot com]]. The parcel is from my mom in [[LOC:Ohio]], tracking {{TRACK:RR123456785US}}. Office is the one on [[ADDR:Via Vittor Pisani 9]] I think.",
            ),
            (
                "a",
                "en",
                "Form sent. Once signed, [[P:Kofi]] can go tomorrow morning. Cheers, the Pedala Express team 🚲",
            ),
            (
                "c",
                "en",
                "You guys rock. Also, my colleague [[P:Mark Baker]] wants your number, ok to pass it on?",
            ),
            ("a", "en", "Of course: [[PH:+39 02 4951 7720]] (that's our office line)."),
        ],
    },
    {
        "business": "courier",
        "platform": "telegram",
        "customer": "Amira Haddad",
        "messages": [
            (
                "c",
                "it",
                "Ciao, ho un negozio di ceramiche online e vorrei fare le consegne in città con voi 2-3 volte alla settimana. Avete un contratto per aziende?",
            ),
            (
                "a",
                "it",
                "Ciao! Sì, abbonamento Business: 20 consegne a {{PRICE:190 € + IVA}}. Ci servono ragione sociale, P.IVA e un referente.",
            ),
            (
                "c",
                "it",
                "[[P:Haddad]] Atelier di [[P:Amira Haddad]], P.IVA [[VAT:11873450156]], sede [[ADDR:via Tortona 37]], referente io: [[PH:+39 351 402 7789]], [[EM:amira@haddadatelier.it]]. Il sito è [[URL:https://www.haddadatelier.it/chi-sono-amira]] se volete vedere cosa vendo",
            ),
            (
                "a",
                "it",
                'Perfetto [[P:Amira]], ti mandiamo il contratto per la firma digitale. Il tuo referente qui sarà [[P:Giovanni Bruni]] ("[[P:Giò]]"). A presto!',
            ),
            ("c", "it", "Top, grazie mille 🙏"),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Lorna",
        "messages": [
            (
                "c",
                "en",
                "Hello, my name is [[P:Lorna Aquino]], I'm working as a nanny for the family [[P:Colombo-Arrighi]]. Madam [[P:Beatrice]] ask me to send the forgotten lunchbox of [[P:Pietro]] to the school, scuola [[ADDR:via Giacosa 46]]. Possible now? I am in [[ADDR:viale Monza 212 int. 4]]",
            ),
            (
                "a",
                "en",
                "Hi [[P:Lorna]], yes! A rider will be there in 15 minutes. Who receives at the school?",
            ),
            (
                "c",
                "it",
                "La maestra [[P:Anna Maria]] o la bidella, dire per [[P:Pietro Colombo]] classe 2B. Grazie mille po",
            ),
            (
                "a",
                "en",
                "Delivered to maestra [[P:Anna Maria]] at {{TIME:11:05}} 👍 The payment goes on Mrs [[P:Colombo]]'s account as usual. — [[P:Kofi]]",
            ),
        ],
    },
]

# --- More voices, mostly English, across the six businesses ---
CONVERSATIONS += [
    {
        "business": "glutenfree",
        "platform": "messenger",
        "customer": "Priya Raman",
        "messages": [
            (
                "c",
                "en",
                'Hello team, I am not able to login in my account since yesterday, it is saying "too many attempts, your IP is blocked". My IP is [[IP:151.38.202.7]] as per the website. Kindly do the needful. Registered mail is [[EM:priya.raman.blr@gmail.com]]',
            ),
            (
                "a",
                "en",
                "Hi [[P:Priya]], sorry about that! I've unblocked it. If it happens again, please send us a screenshot. Could you try now? — [[P:Martina]]",
            ),
            (
                "c",
                "en",
                "Now it is showing another one, [[IP:2001:db8:7a1::4c]], because I switched to mobile data I think. Still blocked.",
            ),
            (
                "a",
                "en",
                "Unblocked that one too 🙂 You should be fine now. Your basket still has the {{PRODUCT:Farina Mix per Pane}} x3 and the {{PRODUCT:Grissini al rosmarino}}.",
            ),
            (
                "c",
                "en",
                "Yes it is working. Thank you so much madam. My husband [[P:Karthik]] is the coeliac one, he will be very happy 😊",
            ),
        ],
    },
    {
        "business": "glutenfree",
        "platform": "instagram",
        "customer": "bondi.gf.babe",
        "messages": [
            (
                "c",
                "en",
                "g'day! any chance u ship to [[LOC:Sydney]]?? the GF italian stuff here costs an arm and a leg",
            ),
            (
                "a",
                "en",
                "Hi! Unfortunately we can't ship food to Australia, customs are very strict 😔 Sorry!",
            ),
            (
                "c",
                "en",
                "ahh bummer. my cousin [[P:Tash]] is in [[LOC:Bologna]] til march, could i order to her and she brings it back in her suitcase? 😂",
            ),
            (
                "a",
                "en",
                "Ha, that works! Just put her name and address at checkout. Customs at your end are her problem though 😅",
            ),
            (
                "c",
                "en",
                "done, order {{ORDER:DSG-10488}} to [[P:Natasha Kerr]], [[ADDR:Via del Pratello 61/2, 40122 Bologna]]. she'll be stoked. ta!",
            ),
            ("a", "en", "Shipped today with {{BRAND:BRT}} 🚚"),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Seán Gallagher",
        "messages": [
            (
                "c",
                "en",
                "WHERE IS MY PARCEL??? I PAID FOR SAME DAY DELIVERY AND IT'S NOW 8PM. TRACKING {{TRACK:PX-48977}}. THIS IS A CONTRACT FOR A CLIENT AND I LOOK LIKE AN EEJIT",
            ),
            ("a", "en", "Hi, I'm very sorry. Checking right now with the rider."),
            (
                "a",
                "en",
                "The rider ([[P:Matteo]]) tried at {{TIME:17:50}} at [[ADDR:Via Savona 97]] but nobody answered the intercom and the number on the order, [[PH:+353 87 214 6630]], was off. He's still nearby, can someone open now?",
            ),
            (
                "c",
                "en",
                "oh for god's sake. the intercom says [[P:GALLAGHER-RIVA]] not [[P:Gallagher]], my wife [[P:Marta]] is home, ring again",
            ),
            (
                "a",
                "en",
                "Delivered at {{TIME:20:14}}, signed by [[P:M. Riva]]. Apologies again for the trouble, [[P:Seán]]. We've refunded the {{PRICE:€4}} express fee. [[P:Giò]]",
            ),
            ("c", "en", "Fair enough, thanks. Sorry for shouting."),
        ],
    },
    {
        "business": "courier",
        "platform": "messenger",
        "customer": "Femke de Vries",
        "messages": [
            (
                "c",
                "en",
                "Hi, I want to send a gift to my friend for her birthday, a bouquet that I buy myself in the flower market. Can you bring from me in [[ADDR:Via Melzo 3]] to her at the office, [[ADDR:Piazza Gae Aulenti 1]], tower B, floor 12? Her name is [[P:Chelsea Okonjo]]. It must be surprise, don't call her please 🙏",
            ),
            (
                "a",
                "en",
                "Hi [[P:Femke]]! Lovely idea 💐 We'll ask reception to call her down without saying why. What time?",
            ),
            (
                "c",
                "en",
                'Around 12:30 is good, then she goes to lunch. I write a card: "Happy 30 [[P:Chels]]! Love from [[P:Femke]] & [[P:Joost]]". Is ok?',
            ),
            (
                "a",
                "en",
                "Perfect. Pick-up {{TIME:12:00}}, {{PRICE:€11}}. You can pay with the link we send you.",
            ),
            (
                "c",
                "en",
                "Thanks! My number if needed [[PH:+31 6 1274 8390]], but i am in a meeting until 12",
            ),
            ("a", "en", "Delivered 🎉 She was very surprised! [[P:Kofi]]"),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Logistica Ferramenta",
        "messages": [
            (
                "c",
                "it",
                "Inoltrato:\n---\nDDT n. {{ORDER:2026/0381}} del {{DATE:04/03/2026}}\nMittente: {{BRAND:Ferramenta Manzoni srl}}, P.IVA [[VAT:06552100155]]\nDestinatario: Geom. [[P:Arturo Tresoldi]], cantiere [[ADDR:via Ripamonti 220]], [[LOC:Milano]]\nRif. telefonico cantiere: [[PH:347-880-1952]]\nColli: 2 - {{PRODUCT:Viti autoperforanti 4,2x19}} (conf. 1000), {{PRODUCT:Tasselli Fischer SX 8}}\n---\nMi serve entro le 14, grazie. [[P:Mirko]] magazzino",
            ),
            (
                "a",
                "it",
                "Ricevuto [[P:Mirko]], il cargo bike passa alle {{TIME:12:15}}. I colli pesano meno di 25 kg in totale?",
            ),
            ("c", "it", "si sono circa 18 kg"),
            (
                "a",
                "it",
                "Ok. Consegnato alle {{TIME:13:32}} al geometra [[P:Tresoldi]]. [[P:Giovanni B.]]",
            ),
        ],
    },
    {
        "business": "lavanderia",
        "platform": "whatsapp",
        "customer": "Hannah Lockwood",
        "messages": [
            (
                "c",
                "en",
                "Hello, I manage two short-let flats in [[LOC:San Salvario]] and I'm looking for a linen service between guests. Roughly:\n\nFlat | beds | changes/week\n[[ADDR:Via Goito 12 int. 3]] | 1 double + sofa bed | 3\n[[ADDR:Via Silvio Pellico 5]] | 2 singles | 2\n\nCould you quote? I'm based in [[LOC:Bristol]] most of the year so WhatsApp is easiest. [[P:Hannah Lockwood]]",
            ),
            (
                "a",
                "en",
                "Hi [[P:Hannah]], thanks! For that volume we'd suggest our host package: {{PRICE:€11}} per double set, {{PRICE:€8}} per single set (sheets, 2 towels each), pick-up and drop-off included. The key handover we can do with your cleaner. Who is she? [[P:Rosa]]",
            ),
            (
                "c",
                "en",
                "Brilliant. The cleaner is [[P:Mihaela]], she's lovely but her Italian is better than her English: [[PH:+39 328 667 0415]]. Invoices please to my company, [[P:Lockwood]] Lets Ltd, and copy my accountant [[EM:accounts@lockwoodlets.co.uk]].",
            ),
            (
                "a",
                "en",
                "Perfect, I'll call [[P:Mihaela]] today. First pick-up {{DATE:Saturday 7th}}.",
            ),
            ("c", "en", "Lovely, ta very much."),
        ],
    },
    {
        "business": "lavanderia",
        "platform": "instagram",
        "customer": "tizi_04",
        "messages": [
            (
                "c",
                "it",
                "raga ho lasciato le air force bianche da lavare ma ce scritto sul foglietto [[P:TIZIANO]] e io sono [[P:tiziana]] 💀 le avete date a un altro??",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Tiziana]] 😅 scusa, errore di battitura! Le tue {{PRODUCT:Air Force 1}} sono qua, pulite. Il foglietto è il {{ORDER:BS-04431}}.",
            ),
            (
                "c",
                "it",
                "ok meno male sennò mia mamma mi ammazzava. passa a prenderle mia sorella [[P:giada]] dopo scuola tipo alle 4",
            ),
            ("a", "it", "Ok! {{PRICE:12 €}} da pagare al ritiro ✨"),
            ("c", "it", "grz"),
        ],
    },
    {
        "business": "merceria",
        "platform": "messenger",
        "customer": "Margaret Hollis",
        "messages": [
            (
                "c",
                "en",
                "Dear Sir or Madam,\n\nI am writing from [[LOC:Harrogate]], [[LOC:North Yorkshire]]. My late mother, Mrs [[P:Eileen Hollis]], left an unfinished cross-stitch sampler which I understand was bought from your shop on a holiday in [[LOC:Bergamo]] in 1994. I should very much like to have it finished and framed. Would you undertake such work?\n\nYours faithfully,\n\n[[P:Margaret A. Hollis]] (Miss)\n[[ADDR:The Old Vicarage, 2 Church Lane, Pannal, Harrogate HG3 1NT]]\nTel. [[PH:01423 879 552]]",
            ),
            (
                "a",
                "en",
                "Dear Miss [[P:Hollis]],\nthank you for your kind message. Yes, we would be honoured to finish your mother's work. If you send us the sampler by tracked post, we will look at the threads and send you a quote before starting.\nKind regards,\n[[P:Nives Carminati]]",
            ),
            (
                "c",
                "en",
                'Dear Mrs [[P:Carminati]],\nThank you. The parcel was sent today, reference {{TRACK:RN 4418 2093 6GB}}. The sampler reads "[[P:Eileen]] & [[P:Frank]] 1961".\nYours sincerely,\n[[P:M. A. Hollis]]',
            ),
            (
                "a",
                "en",
                "Received today, in perfect condition. We will write soon with the quote. [[P:N. C.]]",
            ),
        ],
    },
    {
        "business": "merceria",
        "platform": "instagram",
        "customer": "kaylee.mum.of.3",
        "messages": [
            (
                "c",
                "en",
                "Hi lovely! Can you embroider names on 3 kids backpacks? [[P:Harper]], [[P:Mason]] and [[P:Billie-Rose]] 🥰 we're from [[LOC:Perth]] but living in [[LOC:Bergamo]] this year with my husbands work",
            ),
            (
                "a",
                "en",
                "Hi! Of course 😊 {{PRICE:€12}} per name, any colour. Bring the backpacks to the shop, it takes 4-5 days.",
            ),
            (
                "c",
                "en",
                'Amazing!! can you do "[[P:Billie-Rose]]" in pink with a little heart? and the boys in navy. I\'ll drop them in tomorrow, my name is [[P:Kaylee Brennan]]. insta is [[URL:instagram.com/kaylee.mum.of.3]] if you wanna tag',
            ),
            (
                "a",
                "en",
                "Perfect, pink with heart for [[P:Billie-Rose]] and navy for [[P:Harper]] and [[P:Mason]]. See you tomorrow [[P:Kaylee]]! 🧵 [[P:Lella]]",
            ),
        ],
    },
    {
        "business": "gommista",
        "platform": "whatsapp",
        "customer": "SSgt D. Alvarez",
        "messages": [
            (
                "c",
                "en",
                "Good morning, I'm stationed at the base near [[LOC:Ghedi]] and a buddy said you guys speak some English. I need snow tires for a {{PRODUCT:Jeep Grand Cherokee}}, 265/60 R18. Also, do you store tires? We PCS back to the States in June.",
            ),
            (
                "a",
                "en",
                "Good morning! Yes, a little English 🙂 For 265/60 R18 we have {{PRODUCT:Bridgestone Blizzak DM-V3}} at {{PRICE:€185}} each mounted. Storage is {{PRICE:€35}} per season. Your name please?",
            ),
            (
                "c",
                "en",
                "Staff Sgt [[P:Daniel Alvarez]]. Cell [[PH:+1 (910) 555-0176]] or my Italian one [[PH:3 2 0 1 4 4 7 8 9 0]]. I can come Saturday. Can I pay with card?",
            ),
            (
                "a",
                "en",
                "Yes, card is ok. Saturday {{TIME:8:30}}, ask for [[P:Luca]]. Address: Pneumatici F.lli Ogliari, [[ADDR:via Milano 126]], [[LOC:Crema]].",
            ),
            ("c", "en", "Copy that. Thanks, sir."),
        ],
    },
    {
        "business": "gommista",
        "platform": "messenger",
        "customer": "Turi Licciardello",
        "messages": [
            (
                "c",
                "it",
                "Salve, u picciottu vostro mi fici na rigata sul cerchione quando ha cambiato le gomme, la macchina è di mio suocero [[P:Salvatore Licciardello]], siamo scesi da [[LOC:Paternò]] per le feste e abbiamo preso la gomma da voi",
            ),
            (
                "a",
                "it",
                "Buongiorno, ci dispiace molto. Può mandarci una foto del cerchione? Se è un danno nostro lo sistemiamo senza costi. [[P:Mauro Ogliari]]",
            ),
            (
                "c",
                "it",
                "vi mannu a foto. io sono il genero, [[P:Turi]], mi chiamate al [[PH:+39 095 78 43 116]] che è a casa di mia suocera [[P:Concetta]] a [[LOC:Paternò]], o al cellulare [[PH:3477102965]]",
            ),
            (
                "a",
                "it",
                "Visto, è nostro, ci scusiamo. Lo portate lunedì e facciamo ripristino del cerchio gratis. Grazie della pazienza, signor [[P:Turi]].",
            ),
            ("c", "it", "Vabbè, capita. Grazie assai"),
        ],
    },
    {
        "business": "calcio",
        "platform": "messenger",
        "customer": "Graham Cook",
        "messages": [
            (
                "c",
                "en",
                "Dear Sir/Madam,\nI am the team manager of Hartfield Juniors U12 (Surrey, England). We are touring Piedmont from {{DATE:8}} to {{DATE:12 April}} and would love to arrange a friendly match with your U12 side.\nWe are a squad of 16 boys and girls plus 5 adults.\nBest wishes,\n[[P:Graham Cook]]\nTeam Manager, Hartfield Juniors FC\n[[PH:+44 1483 550 219]] | [[EM:graham.cook@hartfieldjuniors.org.uk]]",
            ),
            (
                "a",
                "en",
                "Dear [[P:Graham]], what a lovely idea! Our coach [[P:Stefano Gioia]] (he speaks English) will contact you. April {{DATE:10}}, {{TIME:4 pm}} at our pitch in [[ADDR:Via Stefanat 54]] could work. Best, [[P:Daniela Morra]], ASD Polisportiva Borgo Vittoria",
            ),
            (
                "c",
                "en",
                "Wonderful. The 10th suits us. One of our girls, [[P:Grace]], is coeliac. Is there somewhere for a post-match meal that can cater for her?",
            ),
            (
                "a",
                "en",
                "Yes, the pizzeria near the club does gluten-free pizzas. I'll book for 21. — [[P:Daniela]]",
            ),
            ("c", "en", "Perfect. Thank you, [[P:Daniela]]!"),
        ],
    },
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Kwame Mensah",
        "messages": [
            (
                "c",
                "en",
                "Good evening madam. I am [[P:Kwame Mensah]], father of [[P:Nana Yaw]] under 14. Please the coach said we need medical certificate before next Monday. Where we can do it? I don't have family doctor yet, we come from [[LOC:Kumasi]] only in January.",
            ),
            (
                "a",
                "en",
                "Good evening [[P:Kwame]]! He needs a sports medical visit at a sports medicine centre, not the family doctor. We work with Centro Medicina Sport in [[ADDR:corso Grosseto 71]], {{PRICE:€45}}. Call [[PH:011 229 6605]] and say he plays with us.",
            ),
            (
                "c",
                "it",
                "Grazie signora. Ho prenotato per giovedì alle 15. Il bambino si chiama [[P:Nana Yaw Mensah]], io porto il documento.",
            ),
            ("a", "it", "Perfetto, portate anche il tesserino sanitario. Buona serata! [[P:D.]]"),
        ],
    },
    {
        "business": "courier",
        "platform": "telegram",
        "customer": "Vittoria Sangiorgi",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno ragazzi, ho una call fino alle 11, ritiro alle 11:15 in [[ADDR:via Fatebenefratelli 5]] (reception, chiedete di [[P:Sangiorgi]]), consegna a [[ADDR:piazza Cordusio 2]], sesto piano, a [[P:Riccardo Bellotti]]. Contratto da firmare e riportare indietro. Fattura come sempre a [[EM:amministrazione+pedala@sangiorgiconsulting.it]]. Vi pago con la carta aziendale [[CC:5457-6284-8775-2573]]. Grazie, [[P:V.]]",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Vittoria]], tutto ok, andata e ritorno {{PRICE:22 €}}. La carta ce l'abbiamo già in archivio, la prossima volta non serve scriverla 😉 [[P:Giò]]",
            ),
            ("c", "it", "Hai ragione, scusa, giornata folle. Fatto?"),
            (
                "a",
                "it",
                "Contratto firmato da [[P:Bellotti]] e riconsegnato alla reception alle {{TIME:12:41}}. Ricevuta {{ORDER:PX-R-2291}}.",
            ),
            ("c", "it", "Grande. Ci vediamo al solito aperitivo del venerdì coi rider 🍹"),
        ],
    },
]

# --- Last batch: more English voices, code-switching, quoted replies ---
CONVERSATIONS += [
    {
        "business": "glutenfree",
        "platform": "messenger",
        "customer": "Aoife Brennan-Walsh",
        "messages": [
            (
                "c",
                "en",
                "Hi, the box for order {{ORDER:DSG-10502}} arrived crushed and two jars of {{PRODUCT:Pesto senza glutine}} were smashed, glass everywhere. I'd rather a refund than a replacement as we're moving house next week. My bank details: [[IBAN:IE29 AIBK 9311 5212 3456 78]], account name [[P:Aoife Brennan-Walsh]].",
            ),
            (
                "a",
                "en",
                "Hi [[P:Aoife]], so sorry about that! Refund of {{PRICE:€15.80}} sent today, it should reach your account in 2-3 working days. Good luck with the move! [[P:Martina]]",
            ),
            (
                "c",
                "en",
                "> Refund of {{PRICE:€15.80}} sent today\nStill nothing on my side and it's been a week?",
            ),
            (
                "a",
                "en",
                "Apologies, the bank bounced it: the name on the account doesn't match. Is it maybe in your husband's name too?",
            ),
            (
                "c",
                "en",
                "Ah it's a joint account, it's \"[[P:A. Brennan-Walsh & C. Walsh]]\". [[P:Cian]] is my husband. Sorry!",
            ),
            ("a", "en", "Re-sent with the full name ✅"),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Tomasz Wiśniewski",
        "messages": [
            (
                "c",
                "en",
                "Hello. I need to send my laptop to repair shop, it is {{BRAND:Apple}} authorized, in [[ADDR:Corso Buenos Aires 77]]. I am in [[ADDR:Via Carlo Imbonati 43]], 3rd floor, name on bell is [[P:Wisniewski]] (without accent). When you can come?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Tomasz]], we can come in 40 min. It's {{PRICE:€9}} for the ride, plus {{PRICE:€3}} for the padded bag. Payment by card on the link.",
            ),
            (
                "c",
                "en",
                "Ok. The link is not working for me, can I give you the card here? [[CC:3714 498383 61335]] exp {{DATE:11/27}}",
            ),
            (
                "a",
                "en",
                "Please don't send card numbers in chat 🙏 The rider has a POS, you can pay him directly. Please delete the message.",
            ),
            (
                "c",
                "en",
                "Ok sorry, deleted. Also my colleague [[P:Jack Smith]] need to send something tomorrow, I give him your number",
            ),
            (
                "a",
                "en",
                "Sure, thanks! Laptop delivered at {{TIME:15:47}}, signed by [[P:D. Colombo]]. Tracking {{TRACK:PX-49102}}. [[P:Kofi]]",
            ),
        ],
    },
    {
        "business": "lavanderia",
        "platform": "messenger",
        "customer": "Amber Lyons",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno! Io sono turista americana. Io ho uno vestito per matrimonio di mia amica domani e c'è uno macchia di vino 😱 Voi potete pulire oggi??",
            ),
            (
                "a",
                "it",
                "Buongiorno! Sì, servizio express: se lo porta entro le {{TIME:11}} è pronto alle {{TIME:18}}. {{PRICE:25 €}}. Che tessuto è?",
            ),
            (
                "c",
                "en",
                "Sorry, my Italian is terrible 😂 It's silk, I think? The label says {{BRAND:Reformation}}. I'm staying at [[ADDR:Via Nizza 150]], can you pick it up? My friend [[P:Brooke Hale]] is getting married at [[LOC:Superga]] tomorrow!",
            ),
            (
                "a",
                "en",
                "No problem! Silk is ok. Yes, our driver [[P:Samuele]] can pick it up at 10:30. Your name and phone please?",
            ),
            (
                "c",
                "en",
                "[[P:Amber Lyons]], [[PH:(503) 555.0182]] (US number, WhatsApp works). Thank you thank you thank you 🙏💕",
            ),
            (
                "a",
                "en",
                "Done: the stain is gone, delivered back to your door at {{TIME:18:20}} 👗 Enjoy the wedding! — [[P:Rosa]] & team",
            ),
        ],
    },
    {
        "business": "merceria",
        "platform": "messenger",
        "customer": "Morag Fraser",
        "messages": [
            (
                "c",
                "en",
                "Hello there, I'm after a christening gown embroidered with the baby's name and date. Her name is [[P:Isla Catherine]] and the christening is on the {{DATE:14th of June}}. We're in [[LOC:Inverness]] but my son lives near you, in [[LOC:Treviolo]].",
            ),
            (
                "a",
                "en",
                'Hello! How lovely. We can embroider "[[P:Isla Catherine]] · {{DATE:14.06.2026}}" in white or ivory silk thread on the hem, {{PRICE:€45}}. Gown itself from {{PRICE:€120}}. Would your son collect it?',
            ),
            (
                "c",
                "en",
                "Ivory please. Yes, my son [[P:Callum Fraser]] will collect it, he's [[PH:+39 349 118 2730]]. His wife [[P:Giorgia]] may come instead, she's Italian so that's easier for you!",
            ),
            (
                "a",
                "en",
                "Perfect, order {{ORDER:FP-0971}}, ready {{DATE:6 June}}. Thank you Mrs [[P:Fraser]]! [[P:Nives]]",
            ),
            ("c", "en", "Thank you dear. Granny [[P:Morag]] x"),
        ],
    },
    {
        "business": "calcio",
        "platform": "instagram",
        "customer": "jess.in.torino",
        "messages": [
            (
                "c",
                "en",
                "Hi! Is your summer camp open to kids who aren't in the club? My daughter [[P:Bianca]] is 9, she's never played on a team but she's obsessed since the Women's Euros lol. We're Americans living in [[LOC:Borgo Vittoria]]",
            ),
            (
                "a",
                "en",
                "Hi! Yes, the camp is open to everyone, 6-13 years, {{DATE:June 15}} to {{DATE:July 24}}, {{PRICE:€120}} per week with lunch. Girls very welcome ⚽ Do you want the registration form?",
            ),
            (
                "c",
                "en",
                "Yes please! Email is [[EM:jess dot moran at gmail dot com]] (sorry, don't want bots picking it up). Or my fb is [[URL:facebook.com/jessica.moran.5682]]",
            ),
            (
                "a",
                "en",
                "Sent to your email 👍 Bring the form to the office, [[P:Daniela]] is there Mon-Fri 5-7pm.",
            ),
            (
                "c",
                "en",
                "Awesome, thanks!! Follow [[H:@bianca_kicks_it]] for her first goals haha (her dad runs it)",
            ),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Jack Moretti",
        "messages": [
            (
                "c",
                "en",
                "Ciao ragazzi, it's [[P:Jack]] from [[P:Moretti]]'s kitchen, [[ADDR:via Pestalozzi 4]]. Ho bisogno di 3 consegne this afternoon, lista:\n1. Sig.ra [[P:Mazza]], [[ADDR:via Savona 40]], citofono 12, entro le 15\n2. [[P:Chris & Ben]], [[ADDR:Alzaia Naviglio Grande 66]], ask for [[P:Ben Gilmore]]\n3. Ufficio [[P:Pellizzari]], [[ADDR:via Tortona 21]], dopo le 16",
            ),
            (
                "a",
                "en",
                "Ciao [[P:Jack]]! All three ok: one rider, one loop, {{PRICE:€24}} total. Pick-up at {{TIME:14:20}}?",
            ),
            (
                "c",
                "en",
                "Perfetto. And the invoice on [[P:Moretti]] Kitchen srl as usual, P.IVA [[VAT:IT 03124580634]]",
            ),
            (
                "a",
                "en",
                'Done ✅ All delivered by {{TIME:16:35}}. Note from [[P:Ben]]: "tell [[P:Jack]] the lasagne are gone already" 😂',
            ),
            ("c", "en", "ahaha legend. grazie mille"),
        ],
    },
    {
        "business": "gommista",
        "platform": "whatsapp",
        "customer": "Liam & Ellie",
        "messages": [
            (
                "c",
                "en",
                "Hiya, we're two Aussies in a hired campervan and we've got a slow leak in the rear left tyre 😬 A lady at the servo said you're good. We're at the campsite near [[LOC:Soncino]]. Can we come in today?",
            ),
            (
                "a",
                "en",
                "Hi! Yes, come before {{TIME:6 pm}}. If it's a nail we repair it for about {{PRICE:€20}}. Address: [[ADDR:via Milano 126]], [[LOC:Crema]]. Ask for [[P:Luca]].",
            ),
            (
                "c",
                "en",
                "Sweet as. The van's booked under [[P:Ellie Marchetti-Hayes]] (my partner), I'm [[P:Liam]]. Phone [[PH:+61 (0)423 880 117]]",
            ),
            (
                "a",
                "en",
                "Fixed: it was a screw. {{PRICE:€18}}. Safe travels, [[P:Liam]] and [[P:Ellie]]! 🚐",
            ),
            ("c", "en", "you beauty, cheers mate!!"),
        ],
    },
]


_MARKUP = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z_]+):(.+?)\}\}", re.DOTALL)
_START = datetime(2026, 2, 2, 8, 30, tzinfo=UTC)


def parse(marked: str) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """Strip the markup of one message: (plain text, entity spans, keep spans)."""
    parts: list[str] = []
    entities: list[dict[str, object]] = []
    keep: list[dict[str, object]] = []
    length = 0
    last = 0
    for match in _MARKUP.finditer(marked):
        before = marked[last : match.start()]
        parts.append(before)
        length += len(before)
        if match.group(1) is not None:
            kind, value = ALIASES[match.group(1)], match.group(2)
            target = entities
        else:
            kind, value = match.group(3), match.group(4)
            target = keep
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        parts.append(value)
        length += len(value)
        last = match.end()
    parts.append(marked[last:])
    text = "".join(parts)
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in: {marked[:60]!r}")
    return text, entities, keep


def build() -> str:
    """The whole corpus as JSONL text (one labelled message per line)."""
    lines: list[str] = []
    for c_index, conversation in enumerate(CONVERSATIONS, start=1):
        business = str(conversation["business"])
        page_id = PAGE_IDS[business]
        conversation_id = f"hw17-c{c_index:03d}"
        customer_id = f"hw17-u{c_index:03d}"
        started = _START + timedelta(days=2 * c_index, hours=c_index % 9, minutes=7 * c_index % 50)
        messages = conversation["messages"]
        assert isinstance(messages, list)
        for m_index, (role, language, marked) in enumerate(messages, start=1):
            text, entities, keep = parse(marked)
            is_customer = role == "c"
            created = started + timedelta(minutes=11 * m_index + (m_index * 7) % 5)
            message = {
                "message_id": f"{conversation_id}-m{m_index:02d}",
                "conversation_id": conversation_id,
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": customer_id if is_customer else page_id,
                "sender_name": conversation["customer"]
                if is_customer
                else BUSINESS_NAMES[business],
                "sender_role": "customer" if is_customer else "agent",
                "recipient_id": page_id if is_customer else customer_id,
                "created_time": created.isoformat(),
                "text": text,
            }
            record = {"message": message, "language": language, "entities": entities, "keep": keep}
            lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")


if __name__ == "__main__":
    main()
