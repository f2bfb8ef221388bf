# ruff: noqa: E501
"""Hand-written blind test corpus number 12 for convmon's anonymiser.

Every message below was composed by hand, one at a time, without templates, without Faker and
without looking at the anonymiser, its tests or the other corpora (written blind). All people,
addresses and identifiers are invented; the IBANs, codici fiscali, partite IVA and card numbers
were computed once with python-stdnum / the Luhn algorithm and pasted here as literal text.

Businesses (the Page names are listed in ``BUSINESS_NAMES``):

- Diving Capo Gallo: a scuba-diving centre near Palermo (tourists in English, German-English,
  French-English; Sicilian customers);
- Carrozzeria Da Tonino: a car body shop near Naples (insurers, accident reports, experts);
- Casa Studenti Porta Saragozza: a student-housing agency in Bologna (Erasmus students, parents
  paying deposits, landlords);
- Mago Fofò Feste: a kids' party entertainer in Turin;
- Volta E-Bike: an e-bike subscription service in Milan (app, accounts, thefts);
- Spazzacamino F.lli Gatto: a chimney sweep in Valsesia (elderly customers, British owners of
  mountain houses).

Markup inside the message texts: ``[[TYPE:value]]`` marks personal data (an entity of
``privacy.types.ENTITY_TYPES``), ``{{KIND:value}}`` marks a look-alike that must survive (order
numbers, prices, products, brands...). The script strips the markup, computes the offsets and
writes ``handwritten12_corpus.jsonl`` next to it; the output is deterministic (same bytes on
every run, timestamps derived from each conversation's start time).

Regenerate with::

    .venv/bin/python tests/data/make_handwritten12_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten12_corpus.jsonl")

BUSINESSES: dict[str, tuple[str, str]] = {
    "diving": ("pg-hw12-diving", "Diving Capo Gallo"),
    "carrozzeria": ("pg-hw12-carrozzeria", "Carrozzeria Da Tonino"),
    "studenti": ("pg-hw12-studenti", "Casa Studenti Porta Saragozza"),
    "feste": ("pg-hw12-feste", "Mago Fofò Feste"),
    "ebike": ("pg-hw12-ebike", "Volta E-Bike"),
    "spazzacamino": ("pg-hw12-spazzacamino", "Spazzacamino F.lli Gatto"),
}
BUSINESS_NAMES: tuple[str, ...] = tuple(name for _, name in BUSINESSES.values())

_MARKUP = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]|\{\{([A-Z_]+):(.*?)\}\}", re.DOTALL)

C, A = "customer", "agent"

# Each conversation: business, platform, customer display name, start time (UTC) and messages
# as (sender role, language, marked-up text).
CONVERSATIONS: list[dict[str, Any]] = []

# --- Diving Capo Gallo -------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "diving",
        "platform": "instagram",
        "customer": "Hannah Whitfield",
        "start": "2026-06-03T08:14",
        "messages": [
            (
                C,
                "en",
                "Hi there! My partner and I are coming to Palermo {{DATE:14-21 July}} and we'd love to do the {{PRODUCT:PADI Open Water}} course with you. Is there still space? We're both total beginners 😅 [[PERSON:Hannah]]",
            ),
            (
                A,
                "en",
                "Ciao [[PERSON:Hannah]]! Yes, we still have two places on the course starting {{DATE:Monday 15 July}}. It's {{PRICE:€420}} per person, equipment included. Could you send me both full names and a phone number for WhatsApp?\n– [[PERSON:Rosalia]], {{BRAND:Diving Capo Gallo}}",
            ),
            (
                C,
                "en",
                "Brilliant, thank you! It's [[PERSON:Hannah Whitfield]] and [[PERSON:Richard Sowerby]] (he goes by [[PERSON:Rich]] lol). My mobile is [[PHONE_NUMBER:07700 914382]], or email [[EMAIL_ADDRESS:hannah.whitfield88@btinternet.com]]. We're staying at an Airbnb in [[LOCATION:Mondello]] if that matters for pick-up?",
            ),
            (
                A,
                "en",
                "Perfect. Pick-up from [[LOCATION:Mondello]] is free 👍 I need a medical self-declaration from each of you, I'll email the forms. Deposit is {{PRICE:€100}} each, by card over the phone or bank transfer.",
            ),
            (
                C,
                "en",
                "Done the transfer from [[PERSON:Rich]]'s account just now, reference {{ORDER:CG-2607-WHIT}}. Also his sister [[PERSON:Bethany]] might join for a try dive on the Wednesday, is that ok? She lives in [[LOCATION:Harrogate]] and flies in on the 16th",
            ),
            (
                A,
                "en",
                "Received, grazie! Try dive for [[PERSON:Bethany]] no problem, {{PRICE:€75}}. See you on the 15th at {{TIME:8:30}} 🐠\n[[PERSON:R.C.]]",
            ),
        ],
    },
    {
        "business": "diving",
        "platform": "instagram",
        "customer": "lukas.taucht",
        "start": "2026-06-11T17:40",
        "messages": [
            (
                C,
                "en",
                "Hello! I am [[PERSON:Lukas]], I dive since 2019 (Advanced, 64 dives) and I want to make 4 dives at {{SITE:Isola delle Femmine}} in the first week of August. You have Nitrox? My buddy is also coming, she is called [[PERSON:Johanna Kessler]].",
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Lukas]], welcome! Yes, {{PRODUCT:Nitrox 32}} is available, {{PRICE:€8}} per tank. The 4-dive package is {{PRICE:€190}}. Can you send a photo of both certification cards please?",
            ),
            (
                C,
                "en",
                "Of course. Here is mine, the one of [[PERSON:Johanna]] she send tomorrow, she is still in [[LOCATION:Stuttgart]] at the work. My full name is [[PERSON:Lukas Brenner]], born 1991, [[PHONE_NUMBER:+49 171 4408213]] for WhatsApp.",
            ),
            (
                C,
                "en",
                "Ah and one thing: last year I paid a deposit to you and then we cancelled because of the storm, the {{PRICE:50 euro}} never came back. Can you send it to [[IBAN_CODE:DE36 2882 7568 2264 3192 37]]? Thank you!!",
            ),
            (
                A,
                "en",
                "Sorry about that [[PERSON:Lukas]]! I checked, it was booking {{ORDER:CG-2509-0117}}, I'll refund the {{PRICE:€50}} this week to the DE36... account. Dive plan for August coming by email.\nStaff Capo Gallo 🤿",
            ),
            (C, "en", "Super, danke 🙏"),
        ],
    },
    {
        "business": "diving",
        "platform": "whatsapp",
        "customer": "Amélie R.",
        "start": "2026-06-19T09:02",
        "messages": [
            (
                C,
                "it",
                "Buongiorno, io sono [[PERSON:Amélie]], francese, parlo poco italiano scusi. Io voglio fare il battesimo del mare con mio figlio [[PERSON:Théo]], 12 anni, è possibile? Noi siamo in vacanza a [[LOCATION:Terrasini]].",
            ),
            (
                A,
                "it",
                "Buongiorno [[PERSON:Amélie]]! Certo, dai 10 anni si può. Il battesimo costa {{PRICE:65 €}}. Se preferisce possiamo scrivere in inglese o francese 😊",
            ),
            (
                C,
                "en",
                "Oh yes English is more easy for me, thank you! So, for [[PERSON:Théo]] we need a certificate from the doctor? In France our paediatrician is Dr [[PERSON:Vasseur]] in [[LOCATION:Annecy]], I can ask him to send by email.",
            ),
            (
                A,
                "en",
                "For under-14s we need a simple medical certificate, yes. He can email it to us or you can forward it here. Which day would you like? We have {{DATE:Thursday 25th}} at {{TIME:9:00}} or {{TIME:14:30}}.",
            ),
            (
                C,
                "en",
                "Thursday 9h is perfect. Here the mail of the doctor:\n\nInoltré / Forwarded:\nDe : Cabinet Dr [[PERSON:Pierre Vasseur]] <[[EMAIL_ADDRESS:cabinet.vasseur@orange.fr]]>\nÀ : [[EMAIL_ADDRESS:amelie.rousseau.74@gmail.com]]\nObjet : certificat [[PERSON:Théo Rousseau]]\n\nJe soussigné certifie que l'enfant [[PERSON:Théo Rousseau]], né le 03/02/2014, ne présente pas de contre-indication à la pratique de la plongée.\n[[ADDRESS:12 rue Sommeiller]], [[LOCATION:Annecy]]",
            ),
            (
                A,
                "en",
                "Merci! All good. Thursday {{TIME:9:00}}, meeting point at the harbour. Ask for [[PERSON:Totò]] 🙂",
            ),
            (C, "it", "Grazie mille, a giovedì!"),
        ],
    },
    {
        "business": "diving",
        "platform": "messenger",
        "customer": "Jack Moore",
        "start": "2026-07-02T22:51",
        "messages": [
            (
                C,
                "en",
                "g'day, any chance of a fun dive tomorrow arvo? just me, got my own reg and computer, just need a tank and weights. cheers, [[PERSON:Jack]]",
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Jack]], tomorrow afternoon we go out at {{TIME:15:00}} to {{SITE:Capo Gallo}} north wall. {{PRICE:€55}} with tank and weights. What's your cert level?",
            ),
            (
                C,
                "en",
                "rescue diver, SSI. legend. can you pick me up? staying at the hostel on [[ADDRESS:Via Maqueda 221]], room 5, bit hungover so might be slow lol. my aussie number is [[PHONE_NUMBER:+61 412 503 997]], whatsapp works",
            ),
            (
                A,
                "en",
                "No pick-ups from the centre of Palermo sorry mate, it's the 806 bus to Mondello then 10 min walk. Or a taxi, about {{PRICE:€30}}.",
            ),
            (
                C,
                "en",
                "no dramas, I'll get the bus. my mate [[PERSON:Liam O'Sullivan]] might tag along to snorkel, he's in the bunk under mine haha. ta",
            ),
            (
                A,
                "en",
                "Snorkel is {{PRICE:€20}} with mask and fins. See you both at {{TIME:14:30}} at the dock!\n[[PERSON:Kevin]]",
            ),
        ],
    },
    {
        "business": "diving",
        "platform": "whatsapp",
        "customer": "Peppe Lo Cascio",
        "start": "2026-07-08T07:15",
        "messages": [
            (
                C,
                "it",
                "Salutamu, sugnu [[PERSON:Peppe]] di [[LOCATION:Sferracavallo]], u cucinu di [[PERSON:Totò]]. Me figghiu [[PERSON:Calogero]] voli fari u corsu sub, ma unn'avi ancora 15 anni. Si po' fari?",
            ),
            (
                A,
                "it",
                "Ciao [[PERSON:Peppe]]! Certo che si può, dai 10 anni fa il {{PRODUCT:Junior Open Water}}. Lo facciamo a luglio, 4 giornate, {{PRICE:320 €}}. Mi serve il codice fiscale del ragazzo per l'assicurazione e il certificato del medico.",
            ),
            (
                C,
                "it",
                "Talè ccà: [[IT_FISCAL_CODE:lcscgr11m14g273c]] chistu è so codice. U certificatu ci u fa a dutturessa [[PERSON:Scalia]] giovedì. Iddu avi u telefunu so: [[PHONE_NUMBER:329 4417085]]",
            ),
            (
                A,
                "it",
                "Perfetto, grazie. Mi scrivi anche il tuo codice fiscale? Per i minorenni la ricevuta va intestata al genitore.",
            ),
            (
                C,
                "it",
                "[[IT_FISCAL_CODE:LCSSVT68L23G273W]] però a ricevuta mettitila a nomu di me mugghieri [[PERSON:Nunzia Caruana]], ca idda paga cu bancomat. Abitamu in [[ADDRESS:via Sferracavallo 87]], [[LOCATION:Palermo]]",
            ),
            (
                A,
                "it",
                "Fatto ✅ Iscrizione {{ORDER:JOW-2026-031}}. Ci vediamo lunedì alle {{TIME:8:00}} al porticciolo. Saluti a [[PERSON:Nunzia]]!\n[[PERSON:Rosalia]]",
            ),
            (C, "it", "Grazzii assai 👍"),
        ],
    },
    {
        "business": "diving",
        "platform": "messenger",
        "customer": "June Baker",
        "start": "2026-07-12T14:20",
        "messages": [
            (
                C,
                "en",
                "Hello from [[LOCATION:Columbus, Ohio]]! My husband [[PERSON:Mark]] and I (both in our 60s, both certified since the 90s) will be on a cruise that docks in Palermo on {{DATE:August 9}}. We'd have about 6 hours ashore. Could we squeeze in two dives and be back to the ship by {{TIME:4:30 PM}}?",
            ),
            (
                A,
                "en",
                "Hello [[PERSON:June]]! Yes, that's doable: we'd collect you at the port at {{TIME:8:30}}, two boat dives, back by {{TIME:14:30}}. {{PRICE:€130}} each including transfer. We'd need a deposit to hold the boat.",
            ),
            (
                C,
                "en",
                "Wonderful. Please charge the deposit to my card: [[CREDIT_CARD:3740 565842 96826]], exp 09/28. Name on card is [[PERSON:June M. Baker]]. Billing address [[ADDRESS:4471 Olentangy River Rd, Apt 3B]], [[LOCATION:Columbus, OH 43214]]. Our cell numbers are [[PHONE_NUMBER:(614) 555-0197]] (me) and [[PHONE_NUMBER:614.555.0143]] ([[PERSON:Mark]]).",
            ),
            (
                A,
                "en",
                "Thank you [[PERSON:June]], but please don't send full card numbers in chat! I've charged {{PRICE:€60}} and I suggest you delete that message. Receipt {{ORDER:CG-R-4482}} sent to your email — which address should I use?",
            ),
            (
                C,
                "en",
                "Oops, my grandson [[PERSON:Tyler]] will scold me 🙈 Email is [[EMAIL_ADDRESS:junebaker.dives (at) gmail (dot) com]]. Thank you dear!",
            ),
            (
                A,
                "en",
                "Done! See you on the 9th. Ask for [[PERSON:Rosalia]] or [[PERSON:Kevin]] at the port gate.\n— [[PERSON:Rosalia Crimi]], Diving Capo Gallo, [[PHONE_NUMBER:+39 091 684 2210]]",
            ),
        ],
    },
    {
        "business": "diving",
        "platform": "instagram",
        "customer": "gio.dellacqua",
        "start": "2026-07-20T23:48",
        "messages": [
            (
                C,
                "it",
                "ciaoo raga ma fate tipo buoni regalo?? devo fare un regalo alla mia migliore amica [[PERSON:bianca]] che compie 18 anni e lei è fissata col mare ahahah",
            ),
            (
                A,
                "it",
                "Ciao! Sì certo 🎁 il buono per il battesimo costa {{PRICE:65 €}}, lo personalizziamo col nome. Vale 12 mesi.",
            ),
            (
                C,
                "it",
                'top!! allora mettete tipo "Per [[PERSON:Bianca Fortunato]], buon diciottesimo sirenetta 🧜‍♀️ da [[PERSON:Gio]] [[PERSON:Sere]] e [[PERSON:Ludo]]" siamo in tre che paghiamo',
            ),
            (
                C,
                "it",
                "ah e mandatelo alla mia mail che io non ho mai soldi sul conto lol, paga mia mamma [[PERSON:Daniela]]. la mail è [[EMAIL_ADDRESS:giorgia_dellacqua07@libero.it]] e il mio profilo ig è [[HANDLE:@gio.dellacqua]] se vi serve",
            ),
            (
                A,
                "it",
                "Fatto, ti arriva il pdf in mail appena la mamma paga con il link 😉 Buon compleanno a [[PERSON:Bianca]]!",
            ),
            (C, "it", "grazieee siete i migliori ❤️❤️"),
        ],
    },
]

# --- Carrozzeria Da Tonino ---------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "carrozzeria",
        "platform": "whatsapp",
        "customer": "Gennaro Esposito",
        "start": "2026-03-02T08:05",
        "messages": [
            (
                C,
                "it",
                "Buongiorno don [[PERSON:Tonino]], so' [[PERSON:Gennaro Esposito]], o marito 'e [[PERSON:Carmela]] d' 'o bar. Aieri na signora m'è venuta addosso a [[LOCATION:Casoria]] vicino 'a rotonda, m'ha sfasciato tutt' 'o paraurti 'e dietro. Avimmo fatto 'o CID. Quann' pozzo purtà 'a machina?",
            ),
            (
                A,
                "it",
                "Buongiorno [[PERSON:Gennaro]]! Mi dispiace. Portala pure domani mattina dalle {{TIME:8}}. Mandami foto del modulo CAI firmato da tutti e due, e la polizza tua. Con chi sei assicurato?",
            ),
            (
                C,
                "it",
                "Cu {{BRAND:Generali}}. Chesta è 'a signora: [[PERSON:Immacolata Bove]], abita a [[LOCATION:Afragola]], [[ADDRESS:via Santa Maria La Nova 40]], telefono [[PHONE_NUMBER:331 209 7764]]. Essa tene {{BRAND:UnipolSai}}. Ha firmato tutto, è stata gentile pure.",
            ),
            (C, "it", "Ah 'o codice fiscale mio si serve: [[IT_FISCAL_CODE:SPSGNR79S05F839Z]]"),
            (
                A,
                "it",
                "Perfetto. Apro io la pratica con UnipolSai, è procedura di risarcimento diretto quindi passa dalla tua {{BRAND:Generali}}. Ti servono i giorni di macchina sostitutiva?",
            ),
            (
                C,
                "it",
                "Eh sì, che aggia ji a faticà a [[LOCATION:Pomigliano]] tutt' 'e juorne. Grazie assaje, site na brava perzona",
            ),
            (
                A,
                "it",
                "Figurati. Macchina sostitutiva pronta, una {{PRODUCT:Panda}} grigia. Pratica n. {{CLAIM:TN-26-0188}}.\n[[PERSON:Tonino]]",
            ),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "whatsapp",
        "customer": "Ciro Bello Impianti",
        "start": "2026-03-05T12:41",
        "messages": [
            (
                C,
                "it",
                "salve sono [[PERSON:ciro bello]] l'idraulico quello del furgone bianco il ducato ho preso lo specchietto e la fiancata destra in un vicolo a [[LOCATION:San Giorgio a Cremano]] non ho tempo di passare oggi che sto in un cantiere domani vengo verso le 7 e mezza se mi fate un preventivo punto grazie",
            ),
            (
                A,
                "it",
                "Buongiorno [[PERSON:Ciro]], va bene domani alle {{TIME:7:30}}. Il furgone è il {{PRODUCT:Fiat Ducato}} del 2018 come l'anno scorso?",
            ),
            (
                C,
                "it",
                "si quello stesso virgola la fattura però questa volta intestatela alla ditta che il commercialista mi ha detto così partita iva [[IT_VAT_CODE:45333140585]] ditta [[PERSON:Bello Ciro]] impianti idraulici [[ADDRESS:via Cupa Vicinale Sant'Aniello 9]] [[LOCATION:Portici]] punto la pec ve la manda mia moglie [[PERSON:Assunta]]",
            ),
            (
                C,
                "it",
                "scusate il messaggio di prima lo ha scritto il telefono da solo che sto guidando",
            ),
            (
                A,
                "it",
                "Nessun problema 😄 Preventivo pronto: specchietto + fiancata {{PRICE:€ 640,00}} + IVA. Ci vediamo domani.",
            ),
            (C, "it", "ok perfetto"),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "messenger",
        "customer": "Vincenzo Russo",
        "start": "2026-03-09T18:22",
        "messages": [
            (
                C,
                "it",
                "BUONASERA. SONO DIECI GIORNI CHE LA MIA MACCHINA STA DA VOI E NESSUNO MI DICE NIENTE!!! MI AVEVATE DETTO PRONTA VENERDÌ. SONO [[PERSON:VINCENZO RUSSO]], LA {{PRODUCT:GOLF}} BLU. RISPONDETE",
            ),
            (
                C,
                "it",
                "HO CHIAMATO TRE VOLTE AL FISSO E NON RISPONDE NESSUNO. DOMANI VENGO LÌ CON MIO COGNATO [[PERSON:GAETANO]] E VEDIAMO",
            ),
            (
                A,
                "it",
                "Buonasera signor [[PERSON:Russo]], ha ragione e mi scuso. Il ritardo è dovuto al pezzo (il faro posteriore) che {{BRAND:Volkswagen}} ci ha spedito solo oggi, tracking {{TRACKING:1Z 4A8 79F 68 1043 2250}}. Domani pomeriggio montiamo e mercoledì è pronta, glielo garantisco.\n[[PERSON:Carmela Iervolino]] – ufficio",
            ),
            (
                C,
                "it",
                "MERCOLEDÌ. SE NON È PRONTA MI RIDATE I SOLDI DELL'ANTICIPO. ALTRIMENTI SCRIVO LA RECENSIONE",
            ),
            (A, "it", "Mercoledì entro le {{TIME:17}}. Le mando una foto appena finita."),
            (
                C,
                "it",
                "Va bene. Scusate il tono ma ho bisogno della macchina per mia madre che fa la dialisi a [[LOCATION:Nola]]",
            ),
            (
                A,
                "it",
                "Capisco benissimo, nessun problema. A mercoledì, un saluto anche a sua madre.\n[[PERSON:C.]]",
            ),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "messenger",
        "customer": "Fortunato Dell'Acqua",
        "start": "2026-03-12T10:00",
        "messages": [
            (
                C,
                "it",
                "Spett.le {{BRAND:Carrozzeria Da Tonino}},\ncon la presente Vi chiedo cortesemente un preventivo per la riparazione della portiera anteriore sinistra della vettura aziendale {{PRODUCT:Skoda Octavia}} in uso al sottoscritto.\nVogliate intestare il preventivo a:\n[[PERSON:Dell'Acqua]] Consulting S.r.l.\n[[ADDRESS:Corso Vittorio Emanuele 312, scala B, int. 5]]\n80121 [[LOCATION:Napoli]]\nP.IVA [[IT_VAT_CODE:89328800969]]\n\nDistinti saluti\n\nDott. [[PERSON:Fortunato Dell'Acqua]]\nAmministratore Unico\nTel. [[PHONE_NUMBER:081 764 33 18]] – Cell. [[PHONE_NUMBER:+39 335 602 1147]]\nPEC: [[EMAIL_ADDRESS:dellacquaconsulting@pec.it]]\n\nAi sensi del GDPR, il presente messaggio è riservato.",
            ),
            (
                A,
                "it",
                "Buongiorno Dott. [[PERSON:Dell'Acqua]], grazie. Può passare per una valutazione giovedì alle {{TIME:9:30}}? Serve vedere il danno per un preventivo preciso.\n[[PERSON:Antonio Iervolino]]",
            ),
            (
                C,
                "it",
                "Gentile Sig. [[PERSON:Iervolino]],\nconfermo giovedì ore 9:30. Accompagnerà la vettura il mio collaboratore, Sig. [[PERSON:Raffaele De Simone]], munito di delega.\nCodice fiscale del sottoscritto, qualora necessario per la delega: [[IT_FISCAL_CODE:DLLFTN83P02F205D]].\nCordialità\n[[PERSON:F. Dell'Acqua]]",
            ),
            (A, "it", "Ricevuto, grazie. Giovedì aspettiamo il Sig. [[PERSON:De Simone]]."),
            (
                C,
                "it",
                "P.S. Vi pregherei di inviare il preventivo esclusivamente all'indirizzo PEC e in copia a [[EMAIL_ADDRESS:r.desimone@dellacquaconsulting.it]]. Grazie.",
            ),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "instagram",
        "customer": "sofia.ferrari.99",
        "start": "2026-03-16T16:33",
        "messages": [
            (
                C,
                "it",
                "Ciao! Ho una riga lunghissima sulla fiancata della mia {{PRODUCT:500}} 😭 qualcuno con la chiave nel parcheggio dell'università. L'assicurazione copre gli atti vandalici, mi ha scritto il perito, vi inoltro",
            ),
            (
                C,
                "it",
                "Inoltrato:\n---------- Messaggio inoltrato ---------\nDa: [[PERSON:Marco Gatto]] <[[EMAIL_ADDRESS:m.gatto@periziesud.it]]>\nData: 14 mar 2026, 11:02\nA: [[EMAIL_ADDRESS:sofiaferrari99@gmail.com]]\nOggetto: Sinistro {{CLAIM:2026/NA/044187}} – atti vandalici\n\nGentile Sig.ra [[PERSON:Ferrari]],\nLa informo che la garanzia eventi sociopolitici/atti vandalici è operante. Può rivolgersi a una carrozzeria convenzionata, che mi invierà le foto per la perizia. Franchigia {{PRICE:150,00 euro}}.\nCordiali saluti\n[[PERSON:Marco Gatto]]\nPerito assicurativo – Studio Perizie Sud\n[[PHONE_NUMBER:081.552.90.31]]",
            ),
            (
                A,
                "it",
                "Ciao [[PERSON:Sofia]]! Sì siamo convenzionati. Mandaci le foto e il numero di sinistro lo giriamo noi al perito [[PERSON:Gatto]]. Quando puoi portarla?",
            ),
            (
                C,
                "it",
                "Anche domani! Abito a [[LOCATION:Portici]], lavoro la mattina, posso lunedì pomeriggio? Ah la macchina è intestata a mio papà [[PERSON:Luigi Ferrari]] se serve",
            ),
            (
                A,
                "it",
                "Lunedì dalle {{TIME:15}} va benissimo. Serve la delega firmata da tuo papà con copia del suo documento. Ci vogliono circa 3 giorni.",
            ),
            (C, "it", "Perfetto grazie mille 🥰"),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "whatsapp",
        "customer": "+39 348 771 0526",
        "start": "2026-03-20T19:10",
        "messages": [
            (
                C,
                "it",
                "Buonasera, sono la moglie di [[PERSON:Pasquale Sorrentino]] (la {{PRODUCT:Yaris}} grigia riparata la settimana scorsa). Abbiamo notato che nella fattura {{ORDER:FT 2026/117}} avete messo due volte la voce verniciatura paraurti, {{PRICE:€ 180}} in più. Potete verificare?",
            ),
            (
                A,
                "it",
                "Buonasera signora, ha ragione, è un errore nostro, ci scusi. Le rimborsiamo subito i {{PRICE:180 euro}}: mi manda l'IBAN e l'intestatario?",
            ),
            (
                C,
                "it",
                "IBAN [[IBAN_CODE:IT56X5507391091786278980096]] intestato a [[PERSON:Anna Maria Sorrentino]]. Il codice fiscale mio per la nota di credito: [[IT_FISCAL_CODE:srrnmr70h51a662u]]",
            ),
            (
                A,
                "it",
                "Grazie signora [[PERSON:Sorrentino]], bonifico fatto oggi e nota di credito {{ORDER:NC 2026/004}} inviata via mail. Saluti a [[PERSON:Pasquale]]!\nStaff {{BRAND:Da Tonino}}",
            ),
            (C, "it", "Grazie a voi, gentilissimi"),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "messenger",
        "customer": "Rosa La Rosa",
        "start": "2026-03-24T11:47",
        "messages": [
            (
                C,
                "it",
                "Salve, avete ancora la macchina di cortesia? Devo lasciare la mia da voi da lunedì a giovedì. La guideremo io e mio figlio [[PERSON:Salvatore]], ha 22 anni, patente da 3.",
            ),
            (
                A,
                "it",
                "Salve signora, sì è disponibile. Mi servono nome e cognome dei due guidatori e le foto delle patenti.",
            ),
            (
                C,
                "it",
                "Io sono [[PERSON:Rosa La Rosa]] (sì lo so 😅) e lui [[PERSON:Salvatore Di Stefano]]. Le foto ve le mando su whatsapp al [[PHONE_NUMBER:081 19 25 44 07]]? è quello della carrozzeria?",
            ),
            (
                A,
                "it",
                "Sì, è il nostro numero. Lunedì dalle {{TIME:8:00}} trovate [[PERSON:Tonino]] o me ([[PERSON:Carmela]]).",
            ),
            (C, "it", "Perfetto"),
        ],
    },
]

# --- Casa Studenti Porta Saragozza -------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "studenti",
        "platform": "messenger",
        "customer": "Ciara Doyle",
        "start": "2026-05-04T20:15",
        "messages": [
            (
                C,
                "en",
                "Hiya! I'm [[PERSON:Ciara]], I'm doing my Erasmus at UniBo from September (Law, for the full year). Do you have any single rooms left near the centre? Budget is around {{PRICE:€500}} a month max, my mam will kill me otherwise 😂",
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Ciara]]! Welcome to Bologna 🙂 We have a single room in a 4-person flat in [[ADDRESS:via del Pratello]], {{PRICE:€480}} bills included, from {{DATE:1 September}}. Would you like a video viewing?",
            ),
            (
                C,
                "en",
                "Ah that'd be deadly. I'm free most evenings after 7 Irish time. My number's [[PHONE_NUMBER:087 241 6630]] (or [[PHONE_NUMBER:+353 87 241 6630]] from Italy I suppose). My friend [[PERSON:Aoife Gallagher]] from [[LOCATION:Ballincollig]] is also looking, she might message you too",
            ),
            (
                A,
                "en",
                "Great, I'll call you Thursday at {{TIME:19:30}} Italian time, so 18:30 for you. For the booking we'll need a copy of your passport and an Italian codice fiscale — the university can give you one, or we can request it for you.",
            ),
            (
                C,
                "en",
                "I actually already got one at the consulate in Dublin! It's [[IT_FISCAL_CODE:DYLCRA05R48Z116T]]. Email for the contract is [[EMAIL_ADDRESS:ciara.doyle@umail.ucc.ie]]",
            ),
            (
                A,
                "en",
                "Perfect, thanks! Talk on Thursday.\n[[PERSON:Bea]] – Casa Studenti Porta Saragozza",
            ),
        ],
    },
    {
        "business": "studenti",
        "platform": "whatsapp",
        "customer": "Bríd Doyle",
        "start": "2026-05-12T09:30",
        "messages": [
            (
                C,
                "en",
                "Good morning, this is [[PERSON:Bríd Doyle]], [[PERSON:Ciara]]'s mother. She tells me the room on [[ADDRESS:via del Pratello]] is agreed and that a deposit of two months is needed. Could you confirm the amount and where I should send it? I'd rather pay it myself than have her fumbling with it.",
            ),
            (
                A,
                "en",
                "Good morning Mrs [[PERSON:Doyle]], of course. The deposit is {{PRICE:€960}} (2 × €480), refundable at the end of the contract. Bank details are on the booking {{ORDER:CSPS-26-0412}} we emailed to [[PERSON:Ciara]]. Please put the booking number as the reference.",
            ),
            (
                C,
                "en",
                "Grand. I've just sent it from our joint account. For the refund next summer, please use this one, it's in my name: [[IBAN_CODE:IE28 AIBK 6726 9239 1745 79]] ([[PERSON:Bríd Doyle]], AIB [[LOCATION:Bishopstown]]). Our postal address if you need it for anything: [[ADDRESS:7 Wilton Gardens]], [[LOCATION:Bishopstown, Cork T12 X2E9]].",
            ),
            (
                A,
                "en",
                "Thank you, noted. I'll confirm as soon as it arrives (usually 1–2 working days from Ireland).",
            ),
            (
                A,
                "en",
                "Mrs [[PERSON:Doyle]], the deposit has arrived. [[PERSON:Ciara]] is all set! Keys from {{DATE:1 September}} at our office, [[ADDRESS:via Saragozza 118/A]].\n[[PERSON:Beatrice Zanardi]]",
            ),
            (C, "en", "Wonderful, thank you [[PERSON:Beatrice]]. Mind her for me! 😊"),
        ],
    },
    {
        "business": "studenti",
        "platform": "messenger",
        "customer": "Bill Cook",
        "start": "2026-05-19T02:12",
        "messages": [
            (
                C,
                "en",
                "Hi. My son [[PERSON:Will]] will be studying at the Johns Hopkins campus in Bologna this fall and I'm the one paying, so I'll need the lease in MY name, not his. Is that possible for a non-resident? - [[PERSON:Bill Cook]], [[LOCATION:Evanston, IL]]",
            ),
            (
                A,
                "en",
                "Hi Mr [[PERSON:Cook]], yes, a parent can be the guarantor and payer; the lease must still be signed by the tenant ([[PERSON:Will]]) since he lives there. We'll need both codici fiscali, which the consulate issues.",
            ),
            (
                C,
                "en",
                "OK got it. Can I put the first 3 months on a credit card? Visa [[CREDIT_CARD:4121-3590-7595-7288]]. [[PERSON:Will]]'s cell here is [[PHONE_NUMBER:847-555-0162]], mine is [[PHONE_NUMBER:+1 312 555 0108]]. Home address [[ADDRESS:2215 Ridge Ave]], [[LOCATION:Evanston, IL 60201]].",
            ),
            (
                A,
                "en",
                "We can take cards via a secure payment link only (we never charge numbers written in chat, please delete that message). I'll send the link to your email — which one?",
            ),
            (
                C,
                "en",
                "[[EMAIL_ADDRESS:wcook@cookandmoore-law.com]]. Sorry, long day. My wife [[PERSON:Hope]] will handle it if I'm travelling, her email is [[EMAIL_ADDRESS:hope.cook.1968@yahoo.com]]",
            ),
            (A, "en", "Link sent to both. Thanks!\n[[PERSON:Matteo G.]]"),
        ],
    },
    {
        "business": "studenti",
        "platform": "instagram",
        "customer": "lourdes.mg",
        "start": "2026-05-27T13:05",
        "messages": [
            (
                C,
                "en",
                "Hola! sorry my english is not perfect. I am [[PERSON:Lourdes]], from [[LOCATION:Zaragoza]] (jaja like your name Saragozza 😂). I search a room for Erasmus from {{DATE:February}} for 5 months, double room is ok also, I can share with other girl",
            ),
            (
                A,
                "en",
                "Ciao [[PERSON:Lourdes]]! Ahah yes, Porta Saragozza 😄 For February we have a bed in a double room in [[ADDRESS:via Andrea Costa 37]], {{PRICE:€330}}/month. The other girl is Italian, very nice.",
            ),
            (
                C,
                "it",
                "Perfecto! Io parlo un poco italiano, sto studiando con Duolingo 😅 Il mio nome completo è [[PERSON:Lourdes Martín García]], il codice fiscale [[IT_FISCAL_CODE:MRTLDS03C62Z131D]] me lo ha dato l'università",
            ),
            (
                C,
                "en",
                "and my mail is [[EMAIL_ADDRESS:lourdes.martin.g@estudiantes.unizar.es]], my mother [[PERSON:Pilar]] will pay, she can do transfer from Spain?",
            ),
            (
                A,
                "en",
                "Yes, a SEPA transfer from Spain is fine. I'll send the contract by email. Your roommate will be [[PERSON:Giulia]], if you want to say hi she's [[HANDLE:@giuliaa.bnc]] on Instagram 🙂",
            ),
            (C, "en", "Qué guay! Thank youuu"),
        ],
    },
    {
        "business": "studenti",
        "platform": "whatsapp",
        "customer": "Addolorata Lamanna",
        "start": "2026-06-08T16:44",
        "messages": [
            (
                C,
                "it",
                "Buonasera sono la mamma di [[PERSON:Nicola Lamanna]] che ha preso la stanza in [[ADDRESS:via Irnerio 45]] da ottobre. Volevo sapere se il bonifico della caparra lo posso fare dalla posta perché io la banca non ce l'ho",
            ),
            (
                A,
                "it",
                "Buonasera signora [[PERSON:Lamanna]], sì certo, va bene anche un bonifico da BancoPosta. Nella causale scriva {{ORDER:CSPS-26-0530}} e il nome di [[PERSON:Nicola]].",
            ),
            (
                C,
                "it",
                "Va bene grazie. Poi mi hanno detto che serve il codice fiscale del ragazzo per il contratto è questo [[IT_FISCAL_CODE:LMNNCL06E09A225S]] ... scusate non so se è giusto l'ho copiato dalla tessera sanitaria. Noi stiamo ad [[LOCATION:Altamura]] provincia di Bari",
            ),
            (
                A,
                "it",
                "È giusto, grazie. Il contratto lo mandiamo a [[PERSON:Nicola]] per la firma digitale. Se serve può chiamare in ufficio, chieda di [[PERSON:Beatrice]].",
            ),
            (
                C,
                "it",
                "Grazie tante signora [[PERSON:Beatrice]] siete gentili. Mio figlio è un bravo ragazzo non vi darà problemi",
            ),
            (A, "it", "Ne siamo sicuri 😊 Buona serata!"),
        ],
    },
    {
        "business": "studenti",
        "platform": "telegram",
        "customer": "hugo",
        "start": "2026-10-14T23:58",
        "messages": [
            (
                C,
                "en",
                "yo the wifi at [[ADDRESS:via del pratello]] is dead again 💀 since like 9pm. me and [[PERSON:marta]] have exams tmrw",
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Hugo]], sorry! Can you restart the router (the white {{PRODUCT:FRITZ!Box}} in the corridor) and tell me if the light is red or green?",
            ),
            (
                C,
                "en",
                "did it. light is orange lol. speedtest on 4g says my ip is [[IP_ADDRESS:151.38.204.77]] if that helps idk",
            ),
            (
                C,
                "en",
                "also the router page says wan ip [[IP_ADDRESS:93.41.208.17]] and then 'pppoe error'",
            ),
            (
                A,
                "en",
                "Thanks, that's the line, not the router. I've opened a ticket with the provider ({{TICKET:INC-88214093}}). Meanwhile you can use my hotspot code at the office tomorrow. Good luck with the exams to you and [[PERSON:Marta]]!",
            ),
            (C, "en", "ur a legend [[PERSON:bea]] 🙏"),
        ],
    },
    {
        "business": "studenti",
        "platform": "messenger",
        "customer": "Ettore Brambilla",
        "start": "2026-07-01T08:02",
        "messages": [
            (
                C,
                "it",
                "Buongiorno,\nsono l'ing. [[PERSON:Ettore Brambilla]], proprietario dell'appartamento di [[ADDRESS:via Andrea Costa 37]] che gestite voi. Vi comunico che ho cambiato banca: da luglio i canoni vanno accreditati su\n[[IBAN_CODE:IT90X3505035987079902810249]]\nintestato a me. Per la certificazione unica vi ricordo il mio codice fiscale [[IT_FISCAL_CODE:BRMTTR72D19B157A]].\nCordiali saluti\n[[PERSON:E. Brambilla]]\n[[ADDRESS:viale Venezia 22]], [[LOCATION:Brescia]]",
            ),
            (
                A,
                "it",
                "Buongiorno Ing. [[PERSON:Brambilla]], ricevuto, aggiorniamo i dati da luglio. Le mando il riepilogo dei canoni via mail.",
            ),
            (
                C,
                "it",
                "Grazie. Un'altra cosa: la vicina del piano di sotto, signora [[PERSON:Pagano]], lamenta un'infiltrazione dal bagno. Il suo numero è [[PHONE_NUMBER:051 642 19 87]]. Potete mandare qualcuno?",
            ),
            (
                A,
                "it",
                "Certo, chiamo la signora [[PERSON:Pagano]] oggi e mando il nostro tecnico [[PERSON:Fabio]] entro venerdì.",
            ),
            (C, "it", "Bene. Attendo aggiornamenti."),
        ],
    },
]

# --- Mago Fofò Feste ---------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "feste",
        "platform": "messenger",
        "customer": "Grace Chen-Whitaker",
        "start": "2026-02-02T19:20",
        "messages": [
            (
                C,
                "en",
                "Hi! We're an American family living in Turin and our son [[PERSON:Sawyer]] turns 6 on {{DATE:March 14}}. A friend from school ([[PERSON:Francesca]]'s mom) said your magic show was the highlight of her party. Do you do shows in English, or half and half? About 15 kids, mostly bilingual.",
            ),
            (
                A,
                "en",
                "Ciao! Sì, facciamo lo spettacolo anche in inglese 🎩🐇 Mago Fofò speaks 'a little English, very funny English' 😄 — for 15 kids the {{PRODUCT:Pacchetto Super Mago}} is {{PRICE:€280}}, 90 minutes with balloons. Where would the party be?",
            ),
            (
                C,
                "en",
                "Perfect, funny English is exactly what they need 😂 At our apartment: [[ADDRESS:Corso Francia 145, int. 12]], [[LOCATION:Torino]]. The courtyard is big if the weather is ok. I'm [[PERSON:Grace Chen-Whitaker]], [[PHONE_NUMBER:+39 351 220 4871]]. You can see it's us here: [[URL:https://www.facebook.com/grace.chenwhitaker]]",
            ),
            (
                A,
                "en",
                "Great! Saturday 14 March at {{TIME:16:00}} is free. I'll send the booking confirmation. Deposit {{PRICE:€80}}.\n[[PERSON:Sole]] – assistant of the Mago",
            ),
            (
                C,
                "en",
                "Thank you [[PERSON:Sole]]! Oh and our neighbor [[PERSON:Gioia Fabbri]] downstairs has twins who'll come too, she asked if you'd do their party in May — I gave her your page.",
            ),
            (A, "en", "Wonderful, thank you! Tell [[PERSON:Gioia]] to write anytime 🎈"),
        ],
    },
    {
        "business": "feste",
        "platform": "instagram",
        "customer": "chiaramente.mamma",
        "start": "2026-02-10T21:37",
        "messages": [
            (
                C,
                "it",
                'Ciao Fofò!! Vorrei prenotare per il compleanno di mia figlia [[PERSON:Sole]] (4 anni) il {{DATE:22 marzo}}. Ci fate anche lo striscione personalizzato? Tipo "Tanti auguri [[PERSON:Sole]] 🌞 la principessa del [[LOCATION:Lingotto]]" ahahah',
            ),
            (
                A,
                "it",
                "Ciao! Certo, lo striscione è {{PRICE:25 €}} in più. Confermi la scritta esatta? E ci serve il luogo della festa.",
            ),
            (
                C,
                "it",
                'Scritta: "Tanti auguri [[PERSON:Sole Marchetti]]! 4 anni di magia" e poi sotto piccolino "con amore mamma [[PERSON:Chiara]] e papà [[PERSON:Dario]]". La festa è alla sala del condominio, [[ADDRESS:via Nizza 262]] scala C, citofono [[PERSON:Marchetti/Bruno]].',
            ),
            (
                A,
                "it",
                "Segnato tutto! 🎉 Per la conferma mi scrivi una mail a cui mandare il contratto?",
            ),
            (
                C,
                "it",
                "[[EMAIL_ADDRESS:chiara.bruno.84 chiocciola hotmail.it]] → scusa, [[EMAIL_ADDRESS:chiara.bruno.84@hotmail.it]] 😅 e se non rispondo chiama mio marito [[PHONE_NUMBER:340/8812093]]",
            ),
            (A, "it", "Perfetto [[PERSON:Chiara]], ti è arrivato tutto. A presto!\nFofò 🎩"),
        ],
    },
    {
        "business": "feste",
        "platform": "messenger",
        "customer": "Maria Concetta Sciacca",
        "start": "2026-02-18T10:05",
        "messages": [
            (
                C,
                "it",
                "Egregio Signor Mago,\nmi chiamo [[PERSON:Maria Concetta Sciacca]] e sono la nonna di [[PERSON:Tommaso]], un bambino di sette anni molto vivace. Il giorno {{DATE:3 maggio}} farà la Prima Comunione e mia figlia [[PERSON:Loredana]] desidera un intrattenimento per i bambini durante il pranzo al ristorante. Io pago volentieri, ma non so usare le carte di credito.\nLa ringrazio anticipatamente per la cortese risposta.\nDistinti saluti,\n[[PERSON:Maria Concetta Sciacca]]\n[[ADDRESS:Via Principe Amedeo 9]]\n[[LOCATION:Chieri]] (TO)\ntel. [[PHONE_NUMBER:011 947 3362]]",
            ),
            (
                A,
                "it",
                "Gentile signora [[PERSON:Sciacca]], grazie del messaggio! Per la Prima Comunione di [[PERSON:Tommaso]] proponiamo 2 ore di animazione con magia e palloncini a {{PRICE:€ 320}}. Può pagare in contanti il giorno stesso, nessuna carta.",
            ),
            (
                C,
                "it",
                'Gentile Signor Mago,\nLa ringrazio molto. Il ristorante è "{{BRAND:La Pergola}}" a [[LOCATION:Pecetto Torinese]]. Volevo anche domandare se potete preparare una piccola scatola di legno per il bambino con scritto "Per sempre, [[PERSON:Tommaso]] – 3.5.2026". Se non è possibile non importa.\nCon osservanza,\n[[PERSON:M. C. Sciacca]]\nP.S. il mio codice fiscale se serve per la ricevuta è [[IT_FISCAL_CODE:SCCMCN57T48C351Q]]',
            ),
            (
                A,
                "it",
                "Signora, la scatolina la facciamo volentieri, è un omaggio del Mago 😊 Ci vediamo il 3 maggio alle {{TIME:12:30}}.\nCordiali saluti,\n[[PERSON:Alfonso Ruggeri]] (Mago Fofò)",
            ),
            (C, "it", "Grazie infinite. Che Dio La benedica."),
        ],
    },
    {
        "business": "feste",
        "platform": "whatsapp",
        "customer": "Maestra Ornella",
        "start": "2026-05-06T13:15",
        "messages": [
            (
                C,
                "it",
                "Buongiorno, sono la maestra [[PERSON:Ornella Porta]] della scuola primaria di [[LOCATION:Rivoli]], classe 2ªB. Per la festa di fine anno vorremmo lo spettacolo in giardino. I genitori mi chiedono le allergie per la merenda, vi giro la tabella che ho fatto:",
            ),
            (
                C,
                "it",
                "NOME | ALLERGIA | GENITORE DA CHIAMARE\n[[PERSON:Edoardo R.]] | arachidi | [[PERSON:Federica]] [[PHONE_NUMBER:347 118 2290]]\n[[PERSON:Aya Benali]] | nessuna (no maiale) | [[PERSON:Karim]] [[PHONE_NUMBER:389 550 6021]]\n[[PERSON:Leonardo Cook]] | lattosio | [[PERSON:Serena]] [[PHONE_NUMBER:333 904 1176]]\n[[PERSON:Matilde]] | glutine (celiaca) | [[PERSON:Barbara Gatto]] [[PHONE_NUMBER:+39 346 021 7745]]",
            ),
            (
                A,
                "it",
                "Grazie maestra! Noi portiamo solo palloncini e magia, la merenda la prepara il bar della scuola, ma giro comunque la tabella a [[PERSON:Sole]] che coordina. Data confermata {{DATE:giovedì 4 giugno}}, {{TIME:10:00}}.",
            ),
            (
                C,
                "it",
                "Perfetto. Il preventivo intestatelo all'Associazione Genitori, il referente è il sig. [[PERSON:Bill Russo]] (sì si chiama proprio [[PERSON:Bill]] 😄), mail [[EMAIL_ADDRESS:genitori.rivoli2b [at] gmail.com]]",
            ),
            (A, "it", "Fatto. Preventivo {{ORDER:MF-2026-057}} inviato. Buona giornata!"),
        ],
    },
    {
        "business": "feste",
        "platform": "whatsapp",
        "customer": "Dario",
        "start": "2026-04-20T07:48",
        "messages": [
            (
                C,
                "it",
                "buongiorno sono [[PERSON:dario]] vi scrivo col vocale perché sto guidando volevo sapere se sabato 9 siete liberi per una festa a [[LOCATION:Collegno]] per mio nipote [[PERSON:fortunato]] fa 5 anni sono tipo 20 bambini nel giardino di mia sorella [[PERSON:rosa]] in [[ADDRESS:via Torino 51]] grazie fatemi sapere",
            ),
            (
                A,
                "it",
                "Buongiorno [[PERSON:Dario]]! Sabato 9 maggio pomeriggio siamo liberi. Per 20 bambini {{PRODUCT:Pacchetto Super Mago}} {{PRICE:€ 300}}. Orario?",
            ),
            (
                C,
                "it",
                "alle 4 va bene punto interrogativo mia sorella dice se fate anche il truccabimbi",
            ),
            (
                A,
                "it",
                "Alle {{TIME:16}} perfetto. Truccabimbi +{{PRICE:40 €}}, lo fa [[PERSON:Sole]]. Confermo?",
            ),
            (C, "it", "si confermato grazie ciao"),
        ],
    },
    {
        "business": "feste",
        "platform": "messenger",
        "customer": "Ioana Popescu",
        "start": "2026-04-27T15:02",
        "messages": [
            (
                C,
                "it",
                "Salve, io sono [[PERSON:Ioana]], abito a [[LOCATION:Moncalieri]]. Mio figlio [[PERSON:Luca Andrei]] fa 7 anni, vuole mago come amico suo [[PERSON:Samuele]]. Quanto costa per 12 bambini? Scusate mio italiano",
            ),
            (
                A,
                "it",
                "Ciao [[PERSON:Ioana]], il tuo italiano va benissimo! Per 12 bambini {{PRICE:€ 220}}, un'ora e mezza. Quale giorno?",
            ),
            (
                C,
                "it",
                "Domenica {{DATE:17 maggio}}, pomeriggio. Casa nostra è [[ADDRESS:strada Revigliasco 118]], frazione [[LOCATION:Testona]]. Mio marito si chiama [[PERSON:Mihai Popescu]], lui paga con bonifico, il suo numero [[PHONE_NUMBER:0040 745 218 903]] è romeno ma ha whatsapp",
            ),
            (
                A,
                "it",
                "Perfetto, domenica 17 alle {{TIME:15:30}}. Mando a [[PERSON:Mihai]] i dati per il bonifico su whatsapp.\n[[PERSON:A.R.]]",
            ),
            (C, "it", "Multumesc! Grazie mille 😊"),
        ],
    },
]

# --- Volta E-Bike ------------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Arjun Raghunathan",
        "start": "2026-09-01T07:55",
        "messages": [
            (
                C,
                "en",
                'Hello team, kindly help. Since yesterday I am not able to login in the Volta app, it is showing "account locked – suspicious activity". I am using same phone only. My registered mail id is [[EMAIL_ADDRESS:arjun.r.dev@gmail.com]]. Please do the needful as I am using the bike daily for office.',
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Arjun]], sorry for the trouble! Our system locked the account after several logins from a new network. Do you recognise logins from the IP addresses below?\n- [[IP_ADDRESS:185.203.116.42]] (Milano)\n- [[IP_ADDRESS:2a02:8108:1c40:3e00::7b2]] (Frankfurt)",
            ),
            (
                C,
                "en",
                "First one is office wifi only. Second one I went to Frankfurt last weekend for my cousin [[PERSON:Karthik]]'s marriage, maybe I opened app there. Home wifi is [[IP_ADDRESS:79.18.45.201]] I think, my flatmate [[PERSON:Sandeep]] checked.",
            ),
            (
                A,
                "en",
                "That explains it 🙂 I've unlocked the account. For security please confirm your date of birth and the last 4 digits of the card on file.",
            ),
            (
                C,
                "en",
                "20/08/1994 and 8744. Also one more query, for the tax receipt you need my codice fiscale? It is [[IT_FISCAL_CODE:RGHRJN94M20Z222J]]. My company address is mentioned in profile: [[URL:linkedin.com/in/arjun-raghunathan-dev]]",
            ),
            (
                A,
                "en",
                "Thanks, all verified and unlocked. The fiscal code is now on your receipts. Have a good ride!\n[[PERSON:Chiara]] – Customer Care Volta",
            ),
            (C, "en", "Thank you so much [[PERSON:Chiara]] ji 🙏"),
        ],
    },
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Nicolò Ferraris",
        "start": "2026-09-09T22:16",
        "messages": [
            (
                C,
                "it",
                "Ciao, mi hanno rubato la bici stasera sotto casa 😡 l'avevo legata con il vostro lucchetto alla rastrelliera davanti al civico, [[ADDRESS:via Padova 140]]. Telaio {{SERIAL:VLT-MI-0048812}}. Cosa devo fare?",
            ),
            (
                A,
                "it",
                "Ciao [[PERSON:Nicolò]], mi dispiace moltissimo. Intanto la blocchiamo da remoto e vediamo l'ultima posizione GPS. Per la copertura furto serve la denuncia: appena ce l'hai mandaci la foto.",
            ),
            (
                C,
                "it",
                "Fatto stamattina dai carabinieri di [[LOCATION:Crescenzago]]. Il maresciallo [[PERSON:Ferro]] dice che ne rubano 3 al giorno in zona. Vi giro il verbale, c'è il mio indirizzo vecchio perché sulla carta d'identità ho ancora [[LOCATION:Cologno Monzese]]",
            ),
            (
                A,
                "it",
                "Ricevuto, grazie. Il GPS segna l'ultima posizione in [[ADDRESS:via Cavezzali 11]] alle {{TIME:23:41}}, l'abbiamo girata ai carabinieri. Ti mandiamo una bici sostitutiva domani: la consegna la fa [[PERSON:Youssef]] tra le {{TIME:9}} e le {{TIME:13}}, va bene a [[ADDRESS:via Padova]]?",
            ),
            (
                C,
                "it",
                "Sì perfetto, citofono [[PERSON:Ferraris / Lodi]], 3° piano. Se non ci sono lasciatela alla portinaia, la signora [[PERSON:Bianca]]",
            ),
            (
                A,
                "it",
                "Ok! Sinistro {{CLAIM:FUR-2026-0913}}, nessun costo per te con il piano {{PRODUCT:Volta Plus}}.",
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "instagram",
        "customer": "chelsea.h.travels",
        "start": "2026-09-15T18:03",
        "messages": [
            (
                C,
                "en",
                "Hiya, I need to cancel my subscription, I'm moving back to the UK at the end of the month 😢 It's been brilliant though. Account name [[PERSON:Chelsea Hargreaves]].",
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Chelsea]], sorry to see you go! Cancellation takes effect at the end of the billing month ({{DATE:30 September}}). You'll need to return the bike and charger to our hub in via Tortona. Any refund of the unused insurance goes back to the card.",
            ),
            (
                C,
                "en",
                "The card I used has been cancelled (got cloned in [[LOCATION:Lambrate]] 🙄), could you refund to my UK account instead? [[IBAN_CODE:GB06 NWBK 4051 9625 5824 94]], Natwest. Final invoice to my new address please:\n[[ADDRESS:Flat 4\n27 Wilmslow Road]]\n[[LOCATION:Manchester]] M14 5TB",
            ),
            (
                A,
                "en",
                "No problem, noted. Could you also confirm a UK phone number in case the bank asks?",
            ),
            (
                C,
                "en",
                "It's [[PHONE_NUMBER:+44 7911 603 228]], or my mum's landline [[PHONE_NUMBER:0161 496 0732]] if I'm not answering, ask for Mrs [[PERSON:Hargreaves]] lol",
            ),
            (
                A,
                "en",
                "Perfect. Return slot booked for {{DATE:Sat 27 Sept}}, {{TIME:11:00}}. Safe travels [[PERSON:Chelsea]]!\n– [[PERSON:JM]], Volta",
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "telegram",
        "customer": "Jacopo",
        "start": "2026-09-22T12:30",
        "messages": [
            (
                C,
                "it",
                "Ciao! Posso passare il mio abbonamento a un collega? Io da ottobre lavoro da remoto e la bici non mi serve, lui invece fa [[LOCATION:Rho]]-Milano ogni giorno",
            ),
            (
                A,
                "it",
                "Ciao! Sì, il subentro si può fare senza penali. Ci servono nome, mail e telefono del collega, poi gli arriva l'invito per attivare l'account.",
            ),
            (
                C,
                "it",
                "Si chiama [[PERSON:Jacopo Armani]] (no, niente a che vedere con quello della moda 😂), mail [[EMAIL_ADDRESS:jacopo[dot]armani[at]outlook[dot]it]], cell [[PHONE_NUMBER:+39.342.660.1893]]. Io sono [[PERSON:Stefano Moretti]], il contratto è il {{ORDER:VB-22817}}",
            ),
            (
                A,
                "it",
                "Grazie [[PERSON:Stefano]], invito mandato a [[PERSON:Jacopo]]. Dal {{DATE:1 ottobre}} l'addebito passa sulla sua carta.",
            ),
            (C, "it", "Grande. Ah, il casco lo lascio a lui, è quello {{BRAND:Abus}} nero"),
            (A, "it", "Ok 👍"),
        ],
    },
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Brandon Keller",
        "start": "2026-10-03T06:40",
        "messages": [
            (
                C,
                "en",
                "YOU GUYS CHARGED MY CARD TWICE THIS MONTH. {{PRICE:€49}} AND {{PRICE:€49}}. I HAVE ONE BIKE. ONE. FIX IT TODAY",
            ),
            (
                C,
                "en",
                "card ending 5733 btw. [[PERSON:Brandon Keller]]. this is the second time this happens",
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Brandon]], I'm really sorry. I can see the double charge on {{DATE:October 1}}, it was a payment-system error that affected a few accounts. The duplicate {{PRICE:€49}} has been refunded, it'll show in 3–5 business days.",
            ),
            (
                C,
                "en",
                "3-5 DAYS?? whatever. can you at least email me the refund confirmation. [[EMAIL_ADDRESS:b.keller@bocconi-exchange.org]] no wait thats my school one, use [[EMAIL_ADDRESS:bkeller2003@icloud.com]]",
            ),
            (
                A,
                "en",
                "Sent to your iCloud address. As an apology we've added a free month to your plan. Again, sorry about that.\n[[PERSON:Dev]] @ Volta",
            ),
            (C, "en", "ok. thanks i guess"),
        ],
    },
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Gaia Fontana",
        "start": "2026-10-12T15:25",
        "messages": [
            (
                C,
                "it",
                "Buongiorno, mi è arrivata la batteria nuova ma la bolla è intestata a un'altra persona, ve la giro:",
            ),
            (
                C,
                "it",
                "DOCUMENTO DI TRASPORTO n. {{ORDER:DDT 2026/3381}}\nMittente: Volta E-Bike srl – Hub Tortona\nDestinatario: [[PERSON:FONTANA GAIA]]\nc/o [[PERSON:Ruggiero Nadia]]\n[[ADDRESS:Via Fratelli Bandiera 19 scala A]]\n20099 [[LOCATION:Sesto San Giovanni]] (MI)\nTel. [[PHONE_NUMBER:3357719046]]\nColli: 1 – {{PRODUCT:Batteria 500Wh}}\nVettore: {{BRAND:BRT}} – spedizione {{TRACKING:0741 2883 5519 02}}",
            ),
            (
                C,
                "it",
                "[[PERSON:Nadia]] è mia cognata, abito da lei da settembre perché stiamo ristrutturando casa. Va bene lo stesso? Non vorrei che la garanzia fosse sbagliata",
            ),
            (
                A,
                "it",
                "Buongiorno [[PERSON:Gaia]], va benissimo, la garanzia è legata al contratto, non all'indirizzo di consegna. Vuole che aggiorniamo l'indirizzo sull'account?",
            ),
            (
                C,
                "it",
                "Sì grazie, mettete quello di [[LOCATION:Sesto]] fino a gennaio. E per la fattura il codice fiscale è [[IT_FISCAL_CODE:fntgai98s63f205c]]",
            ),
            (A, "it", "Fatto ✅\n[[PERSON:Chiara B.]]"),
        ],
    },
]

# --- Spazzacamino F.lli Gatto ------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "spazzacamino",
        "platform": "messenger",
        "customer": "Ines Zucchetti",
        "start": "2026-09-28T09:10",
        "messages": [
            (
                C,
                "it",
                "Spettabile Ditta {{BRAND:Fratelli Gatto}},\nLe scrivo tramite il telefono di mia nipote [[PERSON:Elisa]] perché io con questi apparecchi non sono pratica.\nDesidero far pulire la canna fumaria della stufa a legna prima dell'inverno, come ogni anno faceva il Suo povero padre, il signor [[PERSON:Ernesto]], che ricordo con affetto.\nAbito sempre in [[ADDRESS:frazione Rima San Giuseppe, casa 14]], comune di [[LOCATION:Alto Sermenza]].\nSono disponibile tutte le mattine.\nRingraziando, porgo distinti saluti.\n[[PERSON:Ines Zucchetti]] ved. [[PERSON:Bertolini]]",
            ),
            (
                A,
                "it",
                "Gentile signora [[PERSON:Zucchetti]], grazie per il pensiero per papà. Possiamo salire a [[LOCATION:Rima]] martedì {{DATE:6 ottobre}} in mattinata, verso le {{TIME:9:30}}. Va bene?\n[[PERSON:Piero Gatto]]",
            ),
            (
                C,
                "it",
                "Gentile Signor [[PERSON:Piero]],\nmartedì va benissimo. Le chiedo se può lasciare la ricevuta con il mio codice fiscale, che per la detrazione lo vuole il figlio di mia sorella che mi fa il 730: [[IT_FISCAL_CODE:ZCCNSI39H44L669G]].\nCordialmente,\n[[PERSON:I. Zucchetti]]",
            ),
            (A, "it", "Certo signora, nessun problema. A martedì."),
            (
                C,
                "it",
                "ciao sono [[PERSON:elisa]] la nipote 😊 la nonna dice di ricordarvi che il cancello si apre tirando forte, grazie!!",
            ),
        ],
    },
    {
        "business": "spazzacamino",
        "platform": "messenger",
        "customer": "Nigel Ashcroft",
        "start": "2026-10-02T17:45",
        "messages": [
            (
                C,
                "en",
                "Good afternoon,\nMy wife [[PERSON:Penelope]] and I own a stone house near [[LOCATION:Rossa]] which we use in summer and at Christmas. The wood burner hasn't been swept since we bought it in 2022 (I'm told that's rather naughty). Could you do it before we arrive on {{DATE:19 December}}? Our neighbour, Signor [[PERSON:Fortunato Bello]], has a key.\nKind regards,\n[[PERSON:Nigel Ashcroft]]\n\n[[ADDRESS:The Old Forge\n3 Church Lane]]\n[[LOCATION:Little Bardfield]], Essex CM7 4TS\n[[PHONE_NUMBER:+44 (0)1371 810 442]]",
            ),
            (
                A,
                "en",
                "Good afternoon Mr [[PERSON:Ashcroft]], thank you for your message. Yes, we can sweep it in November. Please send us the exact address of the house in [[LOCATION:Rossa]] and the phone number of Mr [[PERSON:Bello]].\n[[PERSON:Piero]] – {{BRAND:Spazzacamino F.lli Gatto}}",
            ),
            (
                C,
                "en",
                "Splendid. The house is at [[ADDRESS:località Boco, 7]] (the one with green shutters, opposite the fountain). [[PERSON:Fortunato]]'s mobile is [[PHONE_NUMBER:339 21 04 557]], he speaks only Italian and a good deal of dialect, I'm afraid. Invoice to me please, email [[EMAIL_ADDRESS:nigel.ashcroft@btopenworld.com]].",
            ),
            (
                A,
                "en",
                "Perfect, I'll call [[PERSON:Fortunato]] to arrange a day. The sweep and inspection is {{PRICE:€110}}, plus {{PRICE:€30}} for the certificate for your insurance.",
            ),
            (
                C,
                "en",
                "Marvellous. [[PERSON:Penelope]] says grazie mille. We'll pay by bank transfer from our Italian account when we arrive, if that suits.",
            ),
            (A, "en", "That's fine. Buon viaggio!"),
        ],
    },
    {
        "business": "spazzacamino",
        "platform": "whatsapp",
        "customer": "Caseificio Alpe Vigna",
        "start": "2026-10-08T06:12",
        "messages": [
            (
                C,
                "it",
                "Buongiorno, caseificio Alpe Vigna di [[PERSON:Marisa Guglielmina]]. Abbiamo la caldaia a legna del laboratorio da controllare e la canna fumaria del locale stagionatura. Ci fate un preventivo?",
            ),
            (
                A,
                "it",
                "Buongiorno [[PERSON:Marisa]]! Certo. Due canne più la verifica caldaia vengono circa {{PRICE:€ 260 + IVA}}. Per la fattura mi mandate i dati?",
            ),
            (
                C,
                "it",
                "Caseificio Alpe Vigna di [[PERSON:Guglielmina Marisa]]\n[[ADDRESS:Località Alpe Vigna, 2]]\n13020 [[LOCATION:Rimasco]] (VC)\nP.IVA [[IT_VAT_CODE:40723860124]]\nSDI: {{SDI:M5UXCR1}}\nMail: [[EMAIL_ADDRESS:alpevigna.formaggi@gmail.com]]",
            ),
            (
                A,
                "it",
                "Grazie! Veniamo giovedì {{DATE:15 ottobre}} alle {{TIME:8}}. Ci sarà qualcuno?",
            ),
            (
                C,
                "it",
                "C'è sempre mio figlio [[PERSON:Mattia]] dalle 6, mungiamo presto 🐄 il suo numero è [[PHONE_NUMBER:0163 95 12 88]] (fisso del caseificio)",
            ),
            (A, "it", "Perfetto, a giovedì.\n[[PERSON:P.G.]]"),
        ],
    },
    {
        "business": "spazzacamino",
        "platform": "whatsapp",
        "customer": "Impresa Edile Sesone",
        "start": "2026-10-13T13:02",
        "messages": [
            (
                C,
                "it",
                "[[PERSON:piero]] ciao sono [[PERSON:gigi sesone]] ti scrivo dal furgone sto rifacendo il tetto alla casa dei [[PERSON:Calderini]] a [[LOCATION:Campertogno]] quella grande sulla provinciale devo smontare il comignolo e mi serve che passi a vedere la canna prima che chiudo tutto tipo venerdì o sabato mattina fammi sapere che il [[PERSON:Calderini]] quello giovane [[PERSON:Massimo]] è rompiballe",
            ),
            (
                A,
                "it",
                "Ciao [[PERSON:Gigi]] 😂 sabato alle {{TIME:8}} ci sono. Dimmi solo se serve la videoispezione o basta guardare dall'alto.",
            ),
            (
                C,
                "it",
                "serve la video che la signora [[PERSON:Calderini]] vuole il certificato per l'assicurazione il numero suo è [[PHONE_NUMBER:338 402 7719]] si chiama [[PERSON:Grazia]] chiamala tu per il prezzo che io non mi ci metto",
            ),
            (A, "it", "Va bene, la chiamo io. A sabato."),
            (C, "it", "👍"),
        ],
    },
    {
        "business": "spazzacamino",
        "platform": "messenger",
        "customer": "Bruno Ferro",
        "start": "2026-10-20T20:33",
        "messages": [
            (
                C,
                "it",
                "ciao scrivo x mio nonno [[PERSON:bruno ferro]] che non ha fb. ha la stufa che fa fumo in casa da ieri 😷 abita a [[LOCATION:Varallo]] in [[ADDRESS:via Durio 23]], 1 piano. può venire qualcuno presto??",
            ),
            (
                A,
                "it",
                "Ciao, grazie di averci scritto. Nel frattempo ditegli di non accenderla! Domani pomeriggio passa [[PERSON:Luca]], mio fratello, verso le {{TIME:14}}. Il nonno è in casa?",
            ),
            (
                C,
                "it",
                "sì sempre, lui non esce mai ahah. il telefono suo è [[PHONE_NUMBER:0163 51 847]] ma è un po sordo quindi insistete. io sono [[PERSON:matteo]] se serve il mio è [[PHONE_NUMBER:3924418057]]",
            ),
            (
                C,
                "it",
                "ah e la fattura a nome suo, il codice fiscale: [[IT_FISCAL_CODE:FRRBRN41A12L669A]]",
            ),
            (
                A,
                "it",
                "Perfetto [[PERSON:Matteo]], segnato tutto. Salutami il signor [[PERSON:Ferro]]!",
            ),
            (C, "it", "grz mille 🙏"),
        ],
    },
    {
        "business": "spazzacamino",
        "platform": "whatsapp",
        "customer": "Lorenzo Viscardi",
        "start": "2026-11-02T11:20",
        "messages": [
            (
                C,
                "it",
                "Buongiorno, ho una seconda casa ad [[LOCATION:Alagna]] in [[ADDRESS:via dei Walser 4, int. 2]]. Quest'anno vorrei anche la pulizia del camino aperto oltre alla stufa. Le chiavi le ha la vicina, signora [[PERSON:Mirella D'Amico]], al piano terra.",
            ),
            (
                A,
                "it",
                "Buongiorno! Sì, possiamo fare tutto insieme: {{PRICE:€ 180}} camino + stufa. Lei sarà presente o ci arrangiamo con la signora [[PERSON:D'Amico]]?",
            ),
            (
                C,
                "it",
                "Io sto a [[LOCATION:Milano]], venite pure con la signora. Pago con bonifico, mi mandate l'IBAN? Per il rimborso dell'anno scorso (quella doppia fattura) invece usate il mio: [[IBAN_CODE:IT34X4496288256400695689160]], [[PERSON:Lorenzo Viscardi]].",
            ),
            (A, "it", "Grazie, le mando tutto per mail. Indirizzo?"),
            (C, "it", "[[EMAIL_ADDRESS:lorenzo.viscardi@fastwebnet.it]]. Grazie, perfetto così."),
            (
                A,
                "it",
                "Perfetto. Intervento fissato per {{DATE:mercoledì 11}} alle {{TIME:10}}.\n{{BRAND:Fratelli Gatto}} – [[PERSON:Luca]]",
            ),
        ],
    },
]

# --- More English voices, across the six businesses --------------------------------------------
CONVERSATIONS += [
    {
        "business": "diving",
        "platform": "messenger",
        "customer": "Gulf Coast Scuba Club",
        "start": "2026-04-14T15:00",
        "messages": [
            (
                C,
                "en",
                "Howdy from Texas! I run a small dive club out of [[LOCATION:Corpus Christi]] and we're planning a trip to Sicily in {{DATE:late September}}. 8 divers, all at least Advanced. Pasting the email our treasurer sent to the group so you have the names:\n\n-----Original Message-----\nFrom: [[PERSON:Darlene Pruitt]] <[[EMAIL_ADDRESS:dpruitt.gcsc@gmail.com]]>\nSent: Tuesday, April 14, 2026 8:02 AM\nTo: GCSC Members\nSubject: Sicily roster – FINAL\n\n1. [[PERSON:Wade Hollis]] (trip leader)\n2. [[PERSON:Darlene Pruitt]]\n3. [[PERSON:Ray]] & [[PERSON:Carol Ann Dupree]]\n4. [[PERSON:Hector Villarreal]]\n5. [[PERSON:Jack Smith]] (not THAT [[PERSON:Jack Smith]] lol)\n6. [[PERSON:Precious Okafor]]\n7. [[PERSON:Dusty Baker]]\n\nDeposits due May 1. Y'all text me at [[PHONE_NUMBER:361-555-0114]] with questions.\n\nSent from my iPhone",
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Wade]], what a great group! For 8 divers we can do a 5-day package with 10 boat dives: {{PRICE:€560}} per person, tanks and weights included, Nitrox +{{PRICE:€40}}. September is perfect, water still 25°C.",
            ),
            (
                C,
                "en",
                "Sounds great. [[PERSON:Carol Ann]] needs a full rental set, she's a women's medium, shoe size 8 US. Can we pay the group deposit with our club card? [[CREDIT_CARD:5468 1930 3642 6218]] exp 11/27, it's under Gulf Coast Scuba Club Inc.",
            ),
            (
                A,
                "en",
                "We'll send a secure payment link instead — please don't share card numbers here, I'll ask the platform to hide that message. Rental for [[PERSON:Carol Ann]] noted (women's M, EU 39). Group booking {{ORDER:CG-GRP-0926}}.",
            ),
            (
                C,
                "en",
                "Ha, my bad. Send the link to [[EMAIL_ADDRESS:wade@gcscuba.org]]. Thanks y'all!",
            ),
            (A, "en", "Done! Grazie [[PERSON:Wade]], see you in September 🐙\n[[PERSON:Rosalia]]"),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "messenger",
        "customer": "Kayla Jefferson",
        "start": "2026-04-16T09:25",
        "messages": [
            (
                C,
                "en",
                "Hi, do you speak English? My husband is stationed at the Navy base and someone backed into our Jeep in the parking lot at the mall in [[LOCATION:Giugliano]]. The other driver left a note with his info but it's in Italian. Can you help with the insurance part?",
            ),
            (
                A,
                "en",
                "Hi! Yes, we speak English, we work with many families from the base. Please send a photo of the note and of the damage. Do you have a CAI form (the blue and yellow accident report)?",
            ),
            (
                C,
                "en",
                'No form, just the note. It says "scusi, sono stato io, [[PERSON:Gaetano Iorio]] [[PHONE_NUMBER:333 8172 045]] assicurazione {{BRAND:Allianz}}". We live off base in [[LOCATION:Lago Patria]], [[ADDRESS:Via Ripuaria 212, Parco Le Dune, palazzina C]]. I\'m [[PERSON:Kayla Jefferson]], cell [[PHONE_NUMBER:+1 (757) 555-0139]] or Italian [[PHONE_NUMBER:320 771 3306]]',
            ),
            (
                A,
                "en",
                "Thank you [[PERSON:Kayla]]. We'll call Mr [[PERSON:Iorio]] today and ask him to sign a CAI with you, it makes the claim much faster. Can you come by tomorrow at {{TIME:10}}? Ask for [[PERSON:Carmela]], she handles the paperwork.",
            ),
            (
                C,
                "en",
                "Tomorrow works. My husband [[PERSON:Marcus]] will drive it over, he's the one with the Italian license. Thank you so much, this was stressing me out!!",
            ),
            (A, "en", "No worries, we'll sort it out 👍\n[[PERSON:Carmela I.]]"),
        ],
    },
    {
        "business": "studenti",
        "platform": "instagram",
        "customer": "sanne.dv",
        "start": "2026-08-25T21:10",
        "messages": [
            (
                C,
                "en",
                "hi!! I am [[PERSON:Sanne]], exchange student from [[LOCATION:Utrecht]]. my room in [[ADDRESS:via Mascarella]] is nice but the heating is not working and its already cold at night 🥶 also the landlord came in the room without asking, is this normal in Italy??",
            ),
            (
                A,
                "en",
                "Hi [[PERSON:Sanne]], no, it's not normal, the landlord must always ask first. Which landlord is it, Mr [[PERSON:Bortolotti]]? We'll talk to him. For the heating I'll send the technician.",
            ),
            (
                C,
                "en",
                "yes [[PERSON:Bortolotti]], the old man with the dog 😅 my roommate [[PERSON:Femke]] says he also came in her room. our flat is [[ADDRESS:via Mascarella 73, int. 9]]. you can also ask [[PERSON:femke]] on insta [[HANDLE:@femke.vdberg]]",
            ),
            (
                A,
                "en",
                "Thank you, I'm calling him now and I'll put it in writing. The technician is [[PERSON:Fabio]], he can come tomorrow between {{TIME:9}} and {{TIME:11}}. Is that OK?",
            ),
            (
                C,
                "en",
                "yes ok, [[PERSON:Femke]] is home tomorrow morning. dankjewel 🙏 btw i made a tiktok about the flat lol [[URL:https://www.tiktok.com/@sanne.devries.bo]]",
            ),
            (
                A,
                "en",
                "Haha we'll watch it 😄 Let me know after [[PERSON:Fabio]]'s visit.\n[[PERSON:Bea]]",
            ),
        ],
    },
    {
        "business": "feste",
        "platform": "whatsapp",
        "customer": "Harriet",
        "start": "2026-06-02T20:40",
        "messages": [
            (
                C,
                "en",
                'Hello! I\'m a British mum in Turin, my daughter [[PERSON:Poppy]] turns 8 on {{DATE:27 June}}. Could you do a magic show in our garden in [[LOCATION:Pino Torinese]]? Ideally in Italian AND English as half her class is Italian. Also, do you do personalised balloons? "Happy 8th [[PERSON:Poppy]]" in gold',
            ),
            (
                A,
                "en",
                "Hello! Yes to both 🎈 Bilingual show {{PRICE:€260}}, gold balloons with text {{PRICE:€3.50}} each. What's the address and how many children?",
            ),
            (
                C,
                "en",
                "About 18. Address: [[ADDRESS:Strada Val Pattonera 46]], [[LOCATION:Pino Torinese]] – there's a big green gate, the bell says [[PERSON:Lindqvist-Moore]]. I'm [[PERSON:Harriet]], my mobile is [[PHONE_NUMBER:07412 550 981]] (UK one, I never changed it)",
            ),
            (
                A,
                "en",
                "Noted! Saturday 27th at {{TIME:16:00}}. Please pay the {{PRICE:€80}} deposit by bank transfer, details coming by email. Which email should we use?",
            ),
            (
                C,
                "en",
                "[[EMAIL_ADDRESS:harriet.lindqvist.moore@gmail.com]], ta! And my husband [[PERSON:Anders]] will be around to help with parking. [[PERSON:Poppy]] is SO excited, she's been practising card tricks on the cat 🐈",
            ),
            (A, "en", "Ahah, tell her Mago Fofò will need an assistant then 🎩\n[[PERSON:Sole]]"),
        ],
    },
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Tegan Walsh",
        "start": "2026-10-21T08:05",
        "messages": [
            (
                C,
                "en",
                "Hey, had a bit of a stack this morning on the tram tracks on corso Sempione 🙃 I'm fine, just a grazed knee, but the front wheel's buckled and the display is cracked. What do I do?",
            ),
            (
                A,
                "en",
                "Oh no, glad you're ok! Don't ride it. Can you send photos and tell me where the bike is now? We'll collect it and bring you a replacement.",
            ),
            (
                C,
                "en",
                "It's locked up outside my work, [[ADDRESS:Via Domodossola 18]], 2nd floor is our office (Brightline Studio). Name's [[PERSON:Tegan Walsh]], Aussie number [[PHONE_NUMBER:0438 771 206]] or Italian [[PHONE_NUMBER:+39 371 558 0924]]. My colleague [[PERSON:Grace]] can hand over the key if I'm in a meeting",
            ),
            (
                A,
                "en",
                "Perfect. [[PERSON:Youssef]] will come by at {{TIME:12:30}}. Damage in an accident is covered by your plan, but we'll charge the {{PRICE:€25}} excess to the card on file (Visa ending 2451). OK?",
            ),
            (
                C,
                "en",
                "Yeah fair enough, go for it. Actually can you use my new card instead, the old one expires this month: [[CREDIT_CARD:4383-2364-0562-2415]]",
            ),
            (
                A,
                "en",
                "Please update it in the app instead, we can't store card numbers from chat 🙏 I've hidden the message. Replacement at {{TIME:12:30}}, ride safe [[PERSON:Tegan]]!\n– [[PERSON:JM]]",
            ),
        ],
    },
    {
        "business": "spazzacamino",
        "platform": "messenger",
        "customer": "Colleen Murphy",
        "start": "2026-11-06T18:50",
        "messages": [
            (
                C,
                "en",
                "Hi lads, we're an Irish couple who bought an old house in [[LOCATION:Carcoforo]] last spring. It's on Airbnb part of the year: [[URL:https://www.airbnb.ie/rooms/80271635]]. The guests said the stove smokes. Could you take a look before the ski season? We're back in [[LOCATION:Galway]] until January.",
            ),
            (
                A,
                "en",
                "Hello! Yes, we cover [[LOCATION:Carcoforo]]. We can go up before 15 December. Who can let us in?",
            ),
            (
                C,
                "en",
                "The cleaner has the keys, [[PERSON:Rosanna]], her number is [[PHONE_NUMBER:348 20 66 931]]. And I'm [[PERSON:Colleen Murphy]], [[PHONE_NUMBER:+353 (0)91 524 388]]. Invoice to my husband please, [[PERSON:Declan Murphy]], he has the Italian P.IVA for the rental: [[IT_VAT_CODE:55118480585]]",
            ),
            (A, "en", "Thanks [[PERSON:Colleen]]. Address for the invoice?"),
            (
                C,
                "en",
                "The house: [[ADDRESS:frazione Tetto Minocco 5]], 13026 [[LOCATION:Carcoforo]] VC. Email [[EMAIL_ADDRESS:declan.murphy.galway@eircom.net]]. Go raibh maith agat!",
            ),
            (
                A,
                "en",
                "Perfect, we'll call [[PERSON:Rosanna]] next week. The sweep is {{PRICE:€120}} + VAT.\n[[PERSON:Luca Gatto]]",
            ),
        ],
    },
]

# --- end of conversations ----------------------------------------------------------------------


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup of one message: (text, entities, keep spans) with offsets in the text."""
    text: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    position = 0
    length = 0
    for match in _MARKUP.finditer(marked):
        plain = marked[position : match.start()]
        text.append(plain)
        length += len(plain)
        kind = match.group(1) or match.group(3)
        value = match.group(2) if match.group(1) else match.group(4)
        span = {"start": length, "end": length + len(value), "type": kind, "value": value}
        (entities if match.group(1) else keep).append(span)
        text.append(value)
        length += len(value)
        position = match.end()
    text.append(marked[position:])
    plain_text = "".join(text)
    if "[[" in plain_text or "{{" in plain_text or "]]" in plain_text or "}}" in plain_text:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return plain_text, entities, keep


def records() -> list[dict[str, Any]]:
    """Every labelled message of the corpus, in conversation order."""
    out: list[dict[str, Any]] = []
    for number, conversation in enumerate(CONVERSATIONS, start=1):
        page_id, page_name = BUSINESSES[conversation["business"]]
        conversation_id = f"hw12-c{number:02d}"
        customer_id = f"hw12-u{number:02d}"
        start = datetime.fromisoformat(conversation["start"]).replace(tzinfo=UTC)
        when = start
        for index, (role, language, marked) in enumerate(conversation["messages"], start=1):
            if index > 1:
                # Deterministic, uneven gaps: a few minutes to a few hours.
                when += timedelta(minutes=3 + (number * 37 + index * 53) % 170)
            text, entities, keep = parse(marked)
            customer = role == C
            message = {
                "message_id": f"{conversation_id}-m{index:02d}",
                "conversation_id": conversation_id,
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": customer_id if customer else page_id,
                "sender_name": conversation["customer"] if customer else page_name,
                "sender_role": role,
                "recipient_id": page_id if customer else customer_id,
                "created_time": when.isoformat(),
                "text": text,
            }
            out.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return out


def render() -> str:
    """The JSONL text of the corpus (one labelled message per line)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
