# ruff: noqa: E501
"""Hand-written blind test corpus no. 93 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, address,
phone number, e-mail and handle is invented. Checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted below as
literals. Markup follows handwritten_markup.py: [[CODE:value]] is a personal value to remove,
{{CODE:value}} a look-alike that must survive.

The six invented businesses are an international removals firm, a holiday-flat agency by the
sea, a boiler and heating technician, a pet-transport service, an olive-oil producer that ships
abroad and a furniture shop that delivers and assembles.

Regenerate with: .venv/bin/python make_handwritten93_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten93_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "removals": "Traslochi Bellini International",
    "flats": "Lido Azzurro Appartamenti",
    "boiler": "Termotecnica Zanardi",
    "pets": "PetVoyage Italia",
    "oil": "Frantoio Colle Serafino",
    "furniture": "Arredamenti Fabbri & Figli",
}
PAGE_IDS: dict[str, str] = {
    "removals": "693710482019375",
    "flats": "693710550918264",
    "boiler": "693710617283940",
    "pets": "693710739182056",
    "oil": "693710804736152",
    "furniture": "693710928374615",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- removals ----------------
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Chiara Venturelli",
        "lang": "it",
        "start": "2025-02-03T08:40:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei un preventivo x trasloco da [[L:Bologna]] a [[L:Rotterdam]] 😅 ci trasferiamo x lavoro di mio marito",
            ),
            (
                "a",
                "Buongiorno e grazie per averci scritto! Per un preventivo ci servono indirizzo di partenza, piano, se c'è ascensore e la data indicativa",
            ),
            (
                "c",
                "allora partenza [[A:via Saragozza 141]] [[A:40135]] [[L:bologna]]\n3 piano senza ascensore 🙈\narrivo [[A:Van Speijkstraat 28-B]] [[A:3014 RT]] [[L:Rotterdam]]",
            ),
            (
                "c",
                "la data sarebbe tipo fine {{D:aprile}}, il nostro contratto finisce il {{D:30/04}}",
            ),
            (
                "a",
                "Perfetto. Il sopralluogo gratuito a {{W:Bologna}} lo facciamo il martedì, le andrebbe {{D:martedì 11}} alle {{TM:10:30}}? Il tecnico si chiama [[P:Loris]]",
            ),
            (
                "c",
                "ok va bene, citofono [[P:Venturelli-Orsi]] perche c'è anche il cognome di mio marito [[P:Davide Orsi]]. il suo cell è [[T:347 218 9930]] se nn rispondo io",
            ),
            (
                "a",
                "Segnato tutto 👍 Riferimento pratica {{R:TB-25-0318}}. A presto, [[P:Martina]] - {{B:Traslochi Bellini}}",
            ),
        ],
    },
    {
        "business": "removals",
        "platform": "whatsapp",
        "customer": "Tom Hargreaves",
        "lang": "en",
        "start": "2025-02-10T17:05:00",
        "messages": [
            (
                "c",
                "hi there, moving back to the [[L:uk]] after 6 yrs in [[L:Lucca]] lol. need a quote for a 2 bed flat, about 35 boxes + a piano",
            ),
            ("a", "Hi [[P:Tom]], happy to help! Where exactly are you moving from and to?"),
            (
                "c",
                "from [[A:via del Fosso 62]] [[L:lucca]], [[A:55100]]\nto my mum's place first, [[A:Flat 3, 19 Belmont Terrace]], [[L:Harrogate]] [[A:HG1 2QP]]",
            ),
            (
                "c",
                "her name is [[P:Margaret Hargreaves]] if the driver needs someone to sign. she's 78 so pls call before, her landline is [[T:01423 566 104]]",
            ),
            (
                "a",
                "Noted. Our {{W:UK}} partner delivers across {{W:Yorkshire}} every second week. Rough estimate for groupage is {{$:£2,350}} incl. piano crating",
            ),
            (
                "c",
                "ok thats not bad. my [[L:italian]] number is [[T:+39 331 40 27 815]] and my email [[E:tom.hargreaves.lucca@example.com]]",
            ),
            (
                "a",
                "Thank you [[P:Tom]], I'll send the written quote today. Ref {{R:TB-UK-2207}}. Best, [[P:Giacomo]] from the team",
            ),
        ],
    },
    {
        "business": "removals",
        "platform": "instagram",
        "customer": "ana.lu.mendes",
        "lang": "it",
        "start": "2025-03-01T11:20:00",
        "messages": [
            (
                "c",
                "ciao io sono [[P:Ana Luísa Mendes Carvalho]], sono [[L:brasiliana]], vivo a [[L:Torino]] ma vado a [[L:Lisboa]] in giugno. voi fate [[L:portogallo]]?",
            ),
            (
                "a",
                "Ciao [[P:Ana]]! Sì, facciamo il {{W:Portogallo}} con carico condiviso ogni mese 😊 Da dove partirebbe di preciso?",
            ),
            (
                "c",
                "[[A:corso Casale 208 int 14 scala c]], [[L:Torino]]... no aspetta è [[A:corso Casale 206]], il 208 è il panificio 😂",
            ),
            (
                "c",
                "a [[L:lisboa]] la casa è della mia zia [[P:Graça]], [[A:Rua dos Anjos 54, 2º Esq]], [[A:1150-039]] [[L:Lisboa]]",
            ),
            (
                "a",
                "Perfetto, corretto in [[A:206]]. Ci può mandare una mail con la lista dei mobili? info@ nostro sito oppure risponda qui",
            ),
            (
                "c",
                "te la mando dalla mia mail [[E:analu.mcarvalho@example.com.br]] ok? mi trovi anche su insta come [[H:ana.lu.mendes]] lo sai gia 😅",
            ),
            ("a", "Ricevuto grazie! Pratica {{R:TB-PT-0611}}. [[P:Martina]]"),
        ],
    },
    {
        "business": "removals",
        "platform": "telegram",
        "customer": "Kamil",
        "lang": "en",
        "start": "2025-03-14T19:45:00",
        "messages": [
            (
                "c",
                "hello i am [[P:Kamil Wróblewski]], sorry my english. i move from [[L:Milano]] to [[L:Kraków]], only small things, 10 box and one bike",
            ),
            (
                "a",
                "Hello [[P:Kamil]], no problem at all! For small moves to {{W:Poland}} we have a van leaving {{D:22 March}}. What's the pickup address?",
            ),
            (
                "c",
                '[[A:via Padova 117]], [[A:20127]] [[L:milano]], citofono is [[P:Wroblewski]] but written wrong, "[[P:Vroblevski]]" haha\nfloor 5',
            ),
            (
                "c",
                "in [[L:krakow]] is [[A:ul. Długa 12/4]], [[A:31-146]] [[L:Kraków]]. my brother [[P:Tomek]] will be there",
            ),
            (
                "a",
                "Great. Price for 10 boxes + bike to [[L:Kraków]]: {{$:€390}}. Payment by bank transfer before pickup",
            ),
            (
                "c",
                "ok i pay from my [[L:polish]] account is ok? or i give card [[C:4532 0151 1283 0366]]",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 I'll send you a secure payment link. Bank transfer is also fine. Ref {{R:TB-PL-0322}}",
            ),
            ("c", "ok sorry 😬 my tg is [[H:@kamil_wro]] if you need"),
        ],
    },
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Rosaria Cuomo",
        "lang": "it",
        "start": "2025-04-02T09:10:00",
        "messages": [
            (
                "c",
                "salve nn so se fate questo ma mia madre deve andare in una rsa a [[L:Sorrento]] e bisogna svuotare la casa a [[L:Castellammare]]",
            ),
            (
                "c",
                "lei si chiama [[P:Immacolata Sposito]] ma tutti la chiamano zia [[P:Tina]] 😊 la casa è in [[A:via Plinio il Vecchio 33]]",
            ),
            (
                "a",
                "Buongiorno, sì facciamo anche sgomberi e piccoli trasferimenti locali. Il civico [[A:33]] ha un ascensore?",
            ),
            (
                "c",
                "no è una scala stretta, 2 piano. il vicino don [[P:Peppe]] ha le chiavi se nn ci sono io, il suo numero [[T:081 871 4526]]",
            ),
            (
                "a",
                "Va bene. Per il preventivo passiamo {{D:venerdì 4}}, il nostro magazzino è a {{W:Pompei}} vicino agli {{W:Scavi}} quindi siamo comodi",
            ),
            (
                "c",
                "perfetto grazie mille. x la fattura vi do il mio codice fiscale [[CF:CMURSR68D62C129P]]",
            ),
            ("a", "Grazie signora [[P:Cuomo]]! Ci sentiamo venerdì. [[P:Martina]]"),
        ],
    },
    # ---------------- flats ----------------
    {
        "business": "flats",
        "platform": "instagram",
        "customer": "giuly_b92",
        "lang": "it",
        "start": "2025-01-20T21:30:00",
        "messages": [
            ("c", "ciaooo avete disponibilità x agosto? siamo in 4 adulti + 1 bimba di 3 anni"),
            (
                "a",
                "Ciao! Per agosto abbiamo ancora il bilocale {{PD:Conchiglia}} dal {{D:9}} al {{D:16 agosto}}, a 200 m dalla spiaggia di {{W:Lido Azzurro}} 🌊",
            ),
            (
                "c",
                "top! io sono [[P:Giulia Bertolazzi]], veniamo da [[L:Cremona]]. la bimba si chiama [[P:Bianca]] e deve avere un lettino x favore",
            ),
            (
                "a",
                "Il lettino c'è! Il prezzo per la settimana è {{$:1.180 €}} più tassa di soggiorno",
            ),
            (
                "c",
                "ok!! mia sorella [[P:Fede]] viene col ragazzo, lui è [[L:tedesco]], [[P:Jonas Pfeiffer]], arriva da [[L:Stoccarda]] direttamente",
            ),
            (
                "c",
                "x la conferma vi scrivo anche su mail [[E:giulia punto bertolazzi chiocciola example punto it]]",
            ),
            (
                "a",
                "Perfetto [[P:Giulia]], ti mandiamo il contratto via mail. Codice prenotazione {{R:LA-2508-CNC}}. [[P:Sara]] - {{B:Lido Azzurro}}",
            ),
        ],
    },
    {
        "business": "flats",
        "platform": "whatsapp",
        "customer": "Henrik",
        "lang": "en",
        "start": "2025-02-15T13:00:00",
        "messages": [
            (
                "c",
                "Hi! We are a family from [[L:Aarhus]] [[L:Denmark]] looking for a flat in june, 2 weeks. Is it close to the sea really?",
            ),
            (
                "a",
                "Hello! Yes, all our flats are within 300 m of the beach. In June we have {{PD:Gabbiano}} (3 rooms) free from {{D:7}} to {{D:21 June}}",
            ),
            (
                "c",
                "sounds good. I'm [[P:Henrik Søndergaard]], my wife [[P:Mette]] and the kids [[P:Asger]] and [[P:Ida]]. Do you need passports?",
            ),
            (
                "a",
                "Yes, at check-in we register all guests as required by Italian law. Deposit is {{$:€400}} by bank transfer",
            ),
            (
                "c",
                "ok. ich kann auch deutsch wenn einfacher ist 😄 our address for the invoice is [[A:Fredensgade 37, 2. th.]], [[A:8000]] [[L:Aarhus C]]",
                "en",
            ),
            ("c", "and my number [[T:+45 28 61 93 07]]"),
            (
                "a",
                "Thank you [[P:Henrik]], English is perfect 😊 Booking ref {{R:LA-2506-GAB}}. [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "flats",
        "platform": "messenger",
        "customer": "Speranza Loiacono",
        "lang": "it",
        "start": "2025-03-05T10:15:00",
        "messages": [
            (
                "c",
                "buongiorno sono la sig.ra [[P:Speranza Loiacono]] avevo prenotato x luglio ma devo cambiare le date perche mio figlio [[P:Nicola]] si sposa il {{D:12}} 🎉",
            ),
            ("a", "Tanti auguri! Ci dà il codice della prenotazione?"),
            (
                "c",
                "{{R:LA-2507-STL}} credo. e nella {{W:speranza}} che ci sia ancora posto preferiremmo dal {{D:19}} al {{D:26}}",
            ),
            (
                "a",
                "Sì, l'appartamento {{PD:Stella Marina}} è libero in quelle date, spostiamo senza costi",
            ),
            (
                "c",
                "grazie!! poi una domanda, mia cognata [[P:Addolorata]] abita a [[L:Bitonto]], puo venire a trovarci e dormire sul divano letto?",
            ),
            (
                "a",
                "Certo, va solo registrata all'arrivo. Il divano letto è {{$:15 €}} a notte per la biancheria",
            ),
            ("c", "va bene. il mio cell nuovo è [[T:328-9104-776]] quello vecchio nn lo uso piu"),
            ("a", "Aggiornato, grazie signora [[P:Loiacono]]! [[P:Sara]]"),
        ],
    },
    {
        "business": "flats",
        "platform": "telegram",
        "customer": "Wei",
        "lang": "en",
        "start": "2025-04-10T07:50:00",
        "messages": [
            (
                "c",
                "hello, my name is [[P:Zhang Wei]] and my friend [[P:Liu Yang]], we are students in [[L:Padova]], want a cheap flat 3 night in may",
            ),
            (
                "a",
                "Hi [[P:Wei]]! In May we have {{PD:Delfino}} studio at {{$:€65}} per night, from {{D:16}} to {{D:19 May}} it's free",
            ),
            ("c", "ok good!! how we arrive from station? we dont have car"),
            (
                "a",
                "From the station take bus 21 and get off at {{W:Piazza Garibaldi}}, the stop in front of the {{W:Torre dell'Orologio}}. The flat is 5 minutes walk",
            ),
            (
                "c",
                "perfect. my telegram is [[H:@weiwei_pd]], email [[E:zhangwei98[at]example[dot]cn]]\nwe live [[A:via Belzoni 44]] [[L:padova]] student house",
            ),
            ("a", "Thanks! Reference {{R:LA-2505-DLF}}. See you in May 😊 [[P:Sara]]"),
        ],
    },
    {
        "business": "flats",
        "platform": "whatsapp",
        "customer": "Massimo",
        "lang": "it",
        "start": "2025-05-22T18:30:00",
        "messages": [
            (
                "c",
                "salve siamo nell appartamento {{PD:Conchiglia}} e nn funziona l aria condizionata 🥵🥵",
            ),
            (
                "a",
                "Ci dispiace molto! Mandiamo subito il tecnico, il nostro [[P:Ivo]]. Ci conferma il suo nome?",
            ),
            (
                "c",
                "[[P:Massimo Ferraresi]], siamo arrivati ieri da [[L:Reggio Emilia]]. il numero della mia compagna è [[T:0039 340 552 1873]] se io sono in spiaggia",
            ),
            ("c", "lei si chiama [[P:Rosa]], [[P:rosa Pellacani]]"),
            (
                "a",
                "Perfetto, [[P:Ivo]] passa verso le {{TM:19:15}}. Nel frattempo c'è un ventilatore nell'armadio della camera",
            ),
            (
                "c",
                "ok grazie... qui dicono che domani c è allerta meteo su tutta la {{W:Romagna}} è vero?",
            ),
            ("a", "Sì, temporali previsti in mattinata, poi torna il sole ☀️"),
        ],
    },
    # ---------------- boiler ----------------
    {
        "business": "boiler",
        "platform": "messenger",
        "customer": "Elisa Moretto",
        "lang": "it",
        "start": "2025-01-08T07:15:00",
        "messages": [
            (
                "c",
                "buongiorno caldaia in blocco da stanotte, codice errore {{R:E10}}, siamo al freddo con 2 bimbi 😩",
            ),
            ("a", "Buongiorno, ci dispiace! Ci dà indirizzo e modello della caldaia?"),
            (
                "c",
                "e una {{PD:Vaillant ecoTEC plus}}, abito in [[A:via Monte Grappa 7/B]] a [[L:Castelfranco]]",
            ),
            (
                "c",
                "scusate [[A:31033]] [[L:castelfranco veneto]], frazione [[L:Salvatronda]], nn quella in centro",
            ),
            (
                "a",
                "Il tecnico [[P:Renzo]] può passare alle {{TM:11}}. Intanto verifichi la pressione, deve essere tra 1 e 1,5 bar",
            ),
            (
                "c",
                "ok la pressione è 0,5 lo sapevo 🙄 citofono [[P:Moretto-Gobbo]], secondo campanello a sinistra",
            ),
            (
                "a",
                "Allora probabilmente basta ricaricare l'impianto. A dopo! Intervento {{R:TZ-0108-04}}",
            ),
        ],
    },
    {
        "business": "boiler",
        "platform": "whatsapp",
        "customer": "Ahmed",
        "lang": "it",
        "start": "2025-01-27T16:40:00",
        "messages": [
            (
                "c",
                "salve io [[P:Ahmed Ben Salah]] ho bisogno fare revisione caldaia x contratto affitto, il proprietario vuole libretto",
            ),
            (
                "a",
                "Buonasera [[P:Ahmed]], certo. Il controllo fumi costa {{$:90 €}} + IVA. Dove si trova?",
            ),
            (
                "c",
                "[[A:via Giordano Bruno 51]] [[L:Vicenza]], 1 piano. proprietario è sig [[P:Zanella]] il suo numero [[T:0444 / 32 18 07]]",
            ),
            ("a", "Perfetto. Possiamo venire {{D:giovedì 30}} mattina?"),
            ("c", "si ok. fattura a mio nome x favore codice fiscale [[CF:BNSHMD85A12Z352W]]"),
            (
                "a",
                "Grazie. Ci vediamo giovedì, il tecnico è [[P:Renzo]]. {{B:Termotecnica Zanardi}}",
            ),
            ("c", "merci beaucoup, à jeudi. [[P:Ahmed]]", "fr"),
        ],
    },
    {
        "business": "boiler",
        "platform": "messenger",
        "customer": "Studio Tecnico Dal Bosco",
        "lang": "it",
        "start": "2025-02-18T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno, scrivo per conto del condominio di [[A:via Cavour 88]] a [[L:Montebelluna]], sono l'amministratore geom. [[P:Paolo Dal Bosco]]",
            ),
            ("a", "Buongiorno geometra, mi dica pure"),
            (
                "c",
                "serve preventivo x sostituzione centrale termica. intestazione fattura: Studio [[P:Dal Bosco]], P.IVA [[V:02918470150]]",
            ),
            (
                "c",
                "referente in loco il custode Sig. [[P:Bepi Fior]] che abita al piano terra, [[A:scala A int. 1]]",
            ),
            (
                "a",
                "Ricevuto. Il sopralluogo costa {{$:120 €}}, detraibili dal lavoro. Proponiamo {{D:25/02}} alle {{TM:9:00}}",
            ),
            ("c", "va bene. mi mandate il preventivo a [[E:dalbosco.studio@example.it]] grazie"),
            ("a", "Certamente. Pratica {{R:TZ-PRV-2502}}. Saluti, [[P:Luca Zanardi]]"),
        ],
    },
    {
        "business": "boiler",
        "platform": "whatsapp",
        "customer": "Ines",
        "lang": "en",
        "start": "2025-03-03T20:10:00",
        "messages": [
            (
                "c",
                "hello sorry my italian is bad. i'm [[P:Inés Garrido Peña]], from [[L:Valencia]], i rent a house in [[L:Asolo]] for 6 months. radiators are cold 🥶",
            ),
            (
                "a",
                "Hello [[P:Inés]], no problem, we speak English. Is the boiler showing any error?",
            ),
            (
                "c",
                "no lights at all. the landlord Mr [[P:Gasparin]] said to call you. address [[A:via Browning 4]]",
            ),
            (
                "c",
                "¡perdón! es [[A:via Browning 14]], no 4. the house with green gate near the {{W:Rocca}}",
                "en",
            ),
            (
                "a",
                "No worries! Our technician [[P:Renzo]] can come tomorrow at {{TM:8:30}}. Can you leave a phone number?",
            ),
            ("c", "[[T:+34 612 48 90 33]] [[L:spanish]] number, whatsapp is same"),
            ("a", "Perfect, see you tomorrow. Ref {{R:TZ-0304-11}}"),
        ],
    },
    {
        "business": "boiler",
        "platform": "instagram",
        "customer": "f.tonon",
        "lang": "it",
        "start": "2025-10-14T12:30:00",
        "messages": [
            (
                "c",
                "ciao ho visto il vostro post sulla pompa di calore {{PD:Daikin Altherma}}, fate anche installazione in montagna?",
            ),
            (
                "a",
                "Ciao! Sì, lavoriamo in tutta la provincia di {{W:Treviso}} e {{W:Belluno}}. Dove sarebbe?",
            ),
            (
                "c",
                "casa di mio padre in [[L:località Pian de le Femene]], [[L:Revine Lago]]. lui si chiama [[P:Gino Tonon]], ha 84 anni",
            ),
            (
                "c",
                "io sono [[P:Francesca]], abito a [[L:Conegliano]] ma mi occupo io. mi trovi su [[U:instagram.com/f.tonon]] o [[U:linktr.ee/francescatonon]] per il lavoro",
            ),
            (
                "a",
                "Grazie [[P:Francesca]]. Per un preventivo serve un sopralluogo, {{$:80 €}}. Va bene un sabato?",
            ),
            (
                "c",
                "sabato {{D:25}} ok. il telefono di papà [[T:0438\n523 118]] (fisso) ma nn sente bene 😅 meglio il mio [[T:349 771 0264]]",
            ),
            ("a", "Perfetto, segnato. [[P:Luca]] - {{B:Termotecnica Zanardi}}"),
        ],
    },
    # ---------------- pets ----------------
    {
        "business": "pets",
        "platform": "instagram",
        "customer": "lenahofer_art",
        "lang": "en",
        "start": "2025-02-06T15:00:00",
        "messages": [
            (
                "c",
                "hi!! i need to bring my cat from [[L:Trieste]] to [[L:Graz]] where i'm moving, is it possible with you?",
            ),
            (
                "a",
                "Hi! Yes, we do {{W:Austria}} every Thursday 🐾 What's the cat's name and does she have an EU pet passport?",
            ),
            (
                "c",
                "her name is {{W:Miso}} lol and yes passport ok. I'm [[P:Lena Hofer]], pickup at [[A:via Udine 39]], [[A:34132]] [[L:trieste]]",
            ),
            (
                "c",
                "delivery to my new flat [[A:Annenstraße 52/7]], [[A:8020]] [[L:Graz]]. my boyfriend [[P:Matthias]] will be there",
            ),
            ("a", "Great! Price is {{$:€240}} door to door. Next trip {{D:Thursday 13 Feb}}"),
            (
                "c",
                "ok book it! my art page is [[U:https://lenahofer-illustration.at]] and insta [[H:@lenahofer_art]] haha if you want to tag us 😹",
            ),
            (
                "a",
                "Booked! Ref {{R:PV-AT-0213}}. Love the illustrations 😍 [[P:Chiara]] from {{B:PetVoyage}}",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "whatsapp",
        "customer": "Oluwaseun",
        "lang": "it",
        "start": "2025-03-11T10:00:00",
        "messages": [
            (
                "c",
                "buongiorno, io [[P:Oluwaseun Adeyemi]], mia moglie [[P:Funmi]] va in [[L:Irlanda]] x lavoro con il cane, voi portate?",
            ),
            (
                "a",
                "Buongiorno! Sì, per l'{{W:Irlanda}} serve il trattamento antiparassitario 1-5 giorni prima. Il cane che taglia ha?",
            ),
            (
                "c",
                "golden retriever 32 kg. si chiama {{W:Leone}}. noi viviamo a [[L:Brescia]] [[A:via Milano 140]]\nlei va a [[L:Cork]]",
            ),
            (
                "a",
                "Per un cane di quella taglia il viaggio in furgone climatizzato costa {{$:€780}}",
            ),
            (
                "c",
                "ok. indirizzo [[L:cork]] è [[A:27 Ballyhooly Road]], [[L:Dillon's Cross]], [[A:T23 X8K2]]",
            ),
            ("c", "pago bonifico dal conto [[I:IT24 Q030 6909 6061 0000 0063 917]] va bene?"),
            ("a", "Perfetto, vi mandiamo i nostri estremi. Pratica {{R:PV-IE-0388}}"),
        ],
    },
    {
        "business": "pets",
        "platform": "messenger",
        "customer": "Felice Amodio",
        "lang": "it",
        "start": "2025-04-15T08:25:00",
        "messages": [
            (
                "c",
                "salve devo portare il gatto di mia sorella da [[L:Salerno]] a [[L:Bolzano]] lei ha avuto un incidente e nn puo guidare",
            ),
            (
                "a",
                "Ci dispiace per sua sorella. Possiamo organizzare, il prossimo viaggio nord è il {{D:22 aprile}}",
            ),
            (
                "c",
                "va bene. io sono [[P:Felice Amodio]], mia sorella [[P:Carmela]] sta dal figlio in [[A:Wangergasse 18]] a [[L:bolzano]]",
            ),
            (
                "c",
                "il gatto è a casa mia [[A:via Irno 203]], [[A:84135]] [[L:salerno]]. sono {{W:felice}} se lo portate voi ahah",
            ),
            (
                "a",
                "Preventivo: {{$:€310}} con trasportino incluso. Lasci un recapito per l'autista [[P:Antonio]]",
            ),
            ("c", "[[T:(089) 27 41 506]] casa o cell [[T:392.118.4409]]"),
            ("a", "Grazie! Rif. {{R:PV-0422-SA}}. [[P:Chiara]]"),
        ],
    },
    {
        "business": "pets",
        "platform": "telegram",
        "customer": "priya",
        "lang": "en",
        "start": "2025-05-02T22:05:00",
        "messages": [
            (
                "c",
                "hey! me and my husband moving from [[L:Milan]] to [[L:Bengaluru]] 😭 can u take our dog to [[L:malpensa]] cargo",
            ),
            (
                "a",
                "Hi! Yes, we do airport transfers to {{W:Malpensa}} cargo. Do you already have the airline booking?",
            ),
            (
                "c",
                "yes {{R:AWB 176-48209315}} on {{D:June 3}}. i'm [[P:Priya Raghunathan]], hubby is [[P:Arjun]]. pickup [[A:viale Monza 285, 4th floor]], buzzer [[P:Raghunathan]]",
            ),
            ("a", "Perfect. Transfer is {{$:€150}}. We'll pick up at {{TM:6:00}} to be safe"),
            (
                "c",
                "ok! email pls to [[E:priya.r.design@example.in]] and my tg [[H:@priyaraghu]]\nalso my mom [[P:Lakshmi]] calls from [[L:india]] sometimes, her number is [[T:+91 98450 21637]] just in case",
            ),
            ("a", "All set, ref {{R:PV-MXP-0603}}. Safe travels! 🐶"),
        ],
    },
    {
        "business": "pets",
        "platform": "whatsapp",
        "customer": "Bobo",
        "lang": "it",
        "start": "2025-06-20T14:45:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:bobo]] cioè [[P:Roberto Sacchetti]] 😂 il tuo collega [[P:Chiara]] mi ha detto di scrivere qui",
            ),
            (
                "c",
                "devo portare 2 conigli a mia nonna a [[L:Vigo di Fassa]] in [[L:Val di Fassa]] ad agosto, lei abita in [[A:strada de Sot 9]]",
            ),
            ("a", "Ciao [[P:Roberto]]! I conigli li trasportiamo volentieri. Da dove partono?"),
            (
                "c",
                "da [[L:Verona]], [[A:via XX Settembre 56]], vicino all'{{W:Arena}}. anzi lo sai che cè la partita del {{W:Verona}} quel giorno ci sarà traffico 😅",
            ),
            (
                "a",
                "Ottimo da sapere! Prezzo {{$:€95}}. Partenza il {{D:9 agosto}} alle {{TM:7:30}}",
            ),
            (
                "c",
                "ok perfetto la nonna è nonna [[P:Pina]] cioè [[P:Giuseppina Vian]], tel [[T:0462 76 41 90]]",
            ),
        ],
    },
    # ---------------- oil ----------------
    {
        "business": "oil",
        "platform": "instagram",
        "customer": "sarah.k.cooks",
        "lang": "en",
        "start": "2025-01-12T19:00:00",
        "messages": [
            (
                "c",
                "hiii i tried your oil in a restaurant in [[L:Florence]] last summer 😍 do you ship to the [[L:US]]?",
            ),
            (
                "a",
                "Hi! Yes we ship to the {{W:USA}}. Our {{PD:Colle Serafino Extra Vergine DOP Umbria}} 3 L tin is {{$:$79}} + shipping",
            ),
            (
                "c",
                "amazing. send 2 tins to [[P:Sarah Kowalczyk]], [[A:1847 N Damen Ave, Apt 3R]], [[L:Chicago]], [[A:IL 60647]]",
            ),
            (
                "c",
                "my cell [[T:(312) 555-0187]]. oh and one more tin as a gift to my friend [[P:Dana Whitfield]] in [[L:Evanston]], i'll send her address later",
            ),
            ("a", "Lovely! Order {{O:CS-10492}} created. Shipping to the {{W:US}} is {{$:$38}}"),
            ("c", "her address: [[A:622 Judson Ave]] [[L:Evanston]] [[A:60202]]. thx!!"),
            (
                "a",
                "Got it, added as order {{O:CS-10493}}. Tracking will be {{TR:1Z 8W4 937 04 5618 2203}} once picked up. Grazie! [[P:Elena]]",
            ),
        ],
    },
    {
        "business": "oil",
        "platform": "messenger",
        "customer": "Dieter Brandstätter",
        "lang": "it",
        "start": "2025-02-22T10:30:00",
        "messages": [
            (
                "c",
                "buongiorno io vorrei ordinare olio per la [[L:germania]], sono [[P:Dieter Brandstätter]], io parlo poco italiano scusi",
            ),
            ("a", "Buongiorno [[P:Dieter]]! Nessun problema. Quante latte desidera?"),
            (
                "c",
                "6 latte di 5 litri. indirizzo [[A:Schillerstraße 23]], [[A:79102]] [[L:Freiburg im Breisgau]]. Ich bin ab {{TM:17 Uhr}} zu Hause.",
                "it",
            ),
            (
                "a",
                "Perfetto. Il totale è {{$:€312}} spedizione inclusa. Può pagare con bonifico o carta sul sito",
            ),
            (
                "c",
                "bonifico da mio conto [[I:DE44 5001 0517 5407 3249 31]]. per fattura ho partita iva [[L:tedesca]] [[V:DE271845909]]",
            ),
            (
                "a",
                "Grazie! Ordine {{O:CS-10877}}, spediamo lunedì con corriere. Il codice di tracciamento: {{TR:00340434161094015902}}",
            ),
            (
                "c",
                "danke schön! mia moglie [[P:Ursula]] è molto contenta, ama l olio {{W:umbro}} 😊",
            ),
        ],
    },
    {
        "business": "oil",
        "platform": "whatsapp",
        "customer": "Lucia Paolini",
        "lang": "it",
        "start": "2025-11-05T16:20:00",
        "messages": [
            (
                "c",
                "ciao volevo regalare l olio nuovo a mio figlio che vive a [[L:Oslo]], spedite anche in [[L:Norvegia]]?",
            ),
            (
                "a",
                "Ciao [[P:Lucia]]! Sì, in {{W:Norvegia}} spediamo ma ci sono dazi a carico del destinatario, circa {{$:25%}}",
            ),
            (
                "c",
                "ah ok. allora manda a lui, [[P:Tommaso Paolini]], [[A:Thorvald Meyers gate 61]], [[A:0552]] [[L:Oslo]]. tel suo [[T:+47 412 77 053]]",
            ),
            ("c", "io pago con carta [[C:5378-2910-4455-6718]]"),
            (
                "a",
                "Grazie, ma per sicurezza la preghiamo di pagare dal link che le inviamo 🙏 Ordine {{O:CS-11204}}, due bottiglie di {{PD:Novello Frantoio 2025}}",
            ),
            (
                "c",
                'ok scusa nn lo sapevo. ah e mettici un biglietto "x [[P:Tommi]] da mamma e papà [[P:Franco]]" ❤️',
            ),
            ("a", "Che bello! Lo mettiamo noi. [[P:Elena]] - {{B:Frantoio Colle Serafino}}"),
        ],
    },
    {
        "business": "oil",
        "platform": "telegram",
        "customer": "Yusuf",
        "lang": "en",
        "start": "2025-11-18T11:45:00",
        "messages": [
            (
                "c",
                "hello, i have a small deli in [[L:Leeds]], want to buy wholesale. my name [[P:Yusuf Al-Khatib]]",
            ),
            ("a", "Hello [[P:Yusuf]]! For wholesale we need your company details and VAT number"),
            (
                "c",
                "company is [[P:Al-Khatib]] Fine Foods, it's just me lol. shop at [[A:58 Harehills Lane]], [[A:LS8 4HB]]. my website [[U:www.yusufalkhatib.co.uk]]",
            ),
            (
                "c",
                "[[L:uk]] bank [[I:GB04 MIDL 4005 1571 6382 90]]. and my number [[T:07700 914 382]]",
            ),
            (
                "a",
                "Thank you. Minimum order is 48 bottles of {{PD:Serafino Classico 0,75}}, {{$:€7.90}} each. Also our {{PD:Olive Taggiasche}} jars if interested",
            ),
            (
                "c",
                "perfect, also can you send a sample first to my home? [[A:11 Roundhay Mount]], [[L:leeds]] [[A:LS8 1DS]]",
            ),
            ("a", "Sure! Sample order {{O:CS-S-0091}}. [[P:Elena]]"),
        ],
    },
    {
        "business": "oil",
        "platform": "messenger",
        "customer": "Marisa Cecchetti",
        "lang": "it",
        "start": "2025-12-01T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Marisa]], ho ordinato 3 latte ma ne sono arrivate 2 😕 ordine {{O:CS-11587}}",
            ),
            ("a", "Buongiorno [[P:Marisa]], ci scusi! Ci conferma l'indirizzo di consegna?"),
            (
                "c",
                "[[A:frazione Casenove 12]], [[A:06034]] [[L:Foligno]]... nn so se il corriere ha lasciato la terza alla mia vicina sig.ra [[P:Delbello]]",
            ),
            (
                "a",
                "Il tracking {{TR:3914 0027 5581 0604}} dice consegna parziale. Spediamo la terza latta domani senza costi",
            ),
            ("c", "grazie. e auguri x {{W:San Feliciano}} visto che voi siete li vicino 😄"),
            (
                "a",
                "Grazie mille! Le mandiamo anche un assaggio di {{PD:Crema di Olive Trevi}}. [[P:Elena]]",
            ),
        ],
    },
    # ---------------- furniture ----------------
    {
        "business": "furniture",
        "platform": "messenger",
        "customer": "Valentina",
        "lang": "it",
        "start": "2025-03-08T10:00:00",
        "messages": [
            (
                "c",
                "buongiorno ho comprato in negozio il divano {{PD:Milano 3 posti}} color {{W:tortora}} e la cucina, quando consegnate?",
            ),
            (
                "a",
                "Buongiorno! Mi dà il numero d'ordine? Il nostro showroom è in {{W:via Emilia}} a {{W:Modena}} come sa 😊",
            ),
            ("c", "ordine {{O:AF-39214027}}\nsono [[P:Valentina Gualtieri]]"),
            (
                "a",
                "Trovato. Consegna e montaggio previsti il {{D:18 marzo}}, fascia {{TM:8-13}}. L'indirizzo è ancora [[A:via Giardini 1020]]?",
            ),
            ("c", "no no è cambiato!! adesso siamo a [[L:Formigine]] [[A:via Ghiarola Nuova]]"),
            (
                "c",
                "numero [[A:72]] scusate, [[A:int 3 piano 2]], citofono [[P:Gualtieri-Bonfatti]]",
            ),
            ("a", "Aggiornato. I montatori sono [[P:Dario]] e [[P:Kevin]]. A presto!"),
        ],
    },
    {
        "business": "furniture",
        "platform": "whatsapp",
        "customer": "Nadia",
        "lang": "it",
        "start": "2025-04-01T12:10:00",
        "messages": [
            (
                "c",
                "salve sn [[P:Nadia El Amrani]] volevo sapere se consegnate anche a [[L:Sassuolo]]",
            ),
            (
                "a",
                "Buongiorno [[P:Nadia]], sì: consegniamo in tutta la provincia di {{W:Modena}} e {{W:Reggio}} gratis sopra {{$:500 €}}",
            ),
            (
                "c",
                "ok xke ho visto il letto {{PD:Parigi contenitore}} in {{W:bianco}} e l armadio {{PD:Vienna 6 ante}}",
            ),
            (
                "c",
                "io abito [[A:via Regina Pacis 88]], ma al 4 piano senza ascensore 😬 ce la fate?",
            ),
            ("a", "Sì, nessun problema, con l'armadio serve un supplemento piano di {{$:40 €}}"),
            (
                "c",
                "ok allora passo sabato in negozio con mio fratello [[P:Youssef]]. se nn rispondo chiamate lui [[T:+39 351 602 8841]]",
            ),
            ("a", "Perfetto, vi aspettiamo! [[P:Giorgia]] - {{B:Arredamenti Fabbri}}"),
        ],
    },
    {
        "business": "furniture",
        "platform": "instagram",
        "customer": "mr.olek",
        "lang": "en",
        "start": "2025-05-14T20:00:00",
        "messages": [
            (
                "c",
                "hi, do u deliver to [[L:Switzerland]]? i live in [[L:Lugano]], saw your table on insta",
            ),
            (
                "a",
                "Hi! Yes, we deliver to {{W:Canton Ticino}}, customs handled by us. Which table?",
            ),
            (
                "c",
                "the oak one {{PD:Tavolo Verona 180}}. my name is [[P:Oleksandr Tkachenko]], [[A:via Cassarate 5]], [[A:6900]] [[L:Lugano]]",
            ),
            (
                "c",
                "the ground floor is my landlord's shop, Signora [[P:Bernasconi]], she will open the door if i'm at work",
            ),
            ("a", "Great. Price {{$:CHF 1.450}} delivered and assembled. Delivery on {{D:5 June}}"),
            (
                "c",
                "perfect. my ig is [[H:mr.olek]] and email [[E:o.tkachenko@example.ch]]. ip of the shop checkout gave error btw [[IP:85.195.240.17]] thats my home",
            ),
            ("a", "Thanks, we'll check the checkout. Order {{O:AF-40071}}. [[P:Giorgia]]"),
        ],
    },
    {
        "business": "furniture",
        "platform": "messenger",
        "customer": "Graziella Casarini",
        "lang": "it",
        "start": "2025-06-03T15:30:00",
        "messages": [
            (
                "c",
                "salve il montatore ha rovinato il muro quando ha montato la libreria, sono molto arrabbiata",
            ),
            (
                "a",
                "Ci dispiace molto signora. Ci può mandare una foto e dirci il nome del montatore?",
            ),
            (
                "c",
                "era quello giovane [[P:kevin]] credo. io sono [[P:Graziella Casarini]], [[A:strada Santa Caterina 31]], [[L:Carpi]]",
            ),
            (
                "c",
                "mia figlia [[P:Chiara]] dice di scrivervi anche via mail, la sua è [[E:chiaracasarini76 at example dot it]]",
            ),
            (
                "a",
                "Mandiamo il nostro responsabile [[P:Stefano Fabbri]] a vedere il danno. La riparazione è a carico nostro",
            ),
            (
                "c",
                "va bene, ma il giorno di {{W:San Bernardino}} nn ci sono che è la festa di {{W:Carpi}} e vado in centro",
            ),
            ("a", "Certo, proponiamo il {{D:23 giugno}}. Pratica reclamo {{R:AF-RCL-0612}}"),
        ],
    },
    {
        "business": "furniture",
        "platform": "telegram",
        "customer": "Marta",
        "lang": "it",
        "start": "2025-09-09T09:00:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Marta Ricci Lancellotti]], ordinato la cameretta x mio figlio [[P:Leo]] che compie 6 anni 🎂",
            ),
            (
                "c",
                "ma la consegna nn va a casa mia, va da mia suocera che la tiene lei fino a ottobre: [[P:Anna Lancellotti]], [[A:c/o Lancellotti]], [[A:località Cà de' Coppi 4]], [[L:Serramazzoni]]",
            ),
            (
                "a",
                "Ciao [[P:Marta]]! Nessun problema. [[L:Serramazzoni]] rientra nella zona {{W:Appennino}}, consegna il {{D:venerdì 19}}",
            ),
            (
                "c",
                "ok! paghiamo con bonifico dal conto di mio marito [[I:IT60 X054 2811 1010 0000 0123 456]], intestato a [[P:Ricci Lorenzo]]",
            ),
            (
                "a",
                "Perfetto. Ordine {{O:AF-41580}}, totale {{$:€2.190}}. Ci lascia un numero della suocera?",
            ),
            (
                "c",
                "[[T:0536 95 22 17]]. ah mi trovi anche su tiktok [[U:tiktok.com/@martaricci.home]] dove faccio vedere la casa 😅",
            ),
            ("a", "Che bello, aspettiamo il video della cameretta! [[P:Giorgia]]"),
        ],
    },
    # ---------------- extra: removals and flats ----------------
    {
        "business": "removals",
        "platform": "whatsapp",
        "customer": "Javi R.",
        "lang": "en",
        "start": "2025-07-07T10:05:00",
        "messages": [
            (
                "c",
                "hola! sorry, hello 😅 i'm [[P:Javier Ruiz de la Fuente]], i got a job in [[L:Milano]] and need to move my stuff from [[L:Madrid]]",
            ),
            (
                "c",
                "address in [[L:madrid]] is [[A:Calle Toledo 71, 3º B]], [[A:28005]] [[L:Madrid]]\nnew flat is [[A:via Tortona]], [[L:zona Navigli]]",
            ),
            (
                "a",
                "Hi [[P:Javier]]! We run a groupage truck from {{W:Spain}} twice a month. Any big items?",
            ),
            (
                "c",
                "a sofa, a bed and like 20 boxes. my girlfriend [[P:Nerea]] comes in september with her cat so only my things now",
            ),
            (
                "c",
                "ah the [[L:milan]] number is [[A:19]] but the door is on the courtyard, intercom [[P:RUIZ]] is not there yet, write [[P:Pozzi]] (the old tenant)",
            ),
            (
                "a",
                "Got it! Estimate {{$:€1.650}}, loading on {{D:28 July}}. Can you confirm an email for the contract?",
            ),
            (
                "c",
                "my email is [[E:javi.ruizdelafuente arroba example punto es]]\nmy [[L:spanish]] phone [[T:+34 655 302 718]]",
                "en",
            ),
            ("c", "te pago desde mi cuenta [[I:ES66 2100 0418 4012 3456 7891]] vale? 👍", "es"),
            (
                "a",
                "Perfect, we'll send bank details for the transfer. Ref {{R:TB-ES-0728}}. [[P:Giacomo]] - {{B:Traslochi Bellini}}",
            ),
        ],
    },
    {
        "business": "flats",
        "platform": "messenger",
        "customer": "Gianni Tonelli",
        "lang": "it",
        "start": "2025-08-25T08:00:00",
        "messages": [
            (
                "c",
                "buongiorno volevo prenotare x settembre 2 settimane x me e mia moglie [[P:Wanda]], siamo pensionati di [[L:Sesto San Giovanni]]",
            ),
            (
                "a",
                "Buongiorno! Dal {{D:6}} al {{D:20 settembre}} è libero {{PD:Gabbiano}}, {{$:890 €}} in bassa stagione. A che nome prenoto?",
            ),
            (
                "c",
                "[[P:Tonelli]], T come {{W:Torino}} O come {{W:Otranto}} N come {{W:Napoli}} E L L I. nome [[P:Giovanni]] ma per tutti [[P:Gianni]]",
            ),
            ("a", "Perfetto signor [[P:Tonelli]]. Il sito le dava errore col pagamento?"),
            (
                "c",
                "si mi dice indirizzo nn valido, mio nipote [[P:Samuele]] dice di darvi questo [[IP:2a02:8070:c1a4:3f00::2b7]] boh 🤷",
            ),
            (
                "c",
                "cf [[CF:TNNGNI41B03H264V]]\nla fattura va alla ditta di mio figlio [[P:Matteo]] P.IVA [[V:01738560042]], [[A:via Carducci 12]] [[A:20099]] [[L:sesto]]",
            ),
            ("c", "paga lui con carta [[C:4917 6100 8234 5711]]"),
            (
                "a",
                "Grazie, per sicurezza non scriva i numeri di carta in chat: gli mandiamo il link di pagamento. Prenotazione {{R:LA-2509-GAB}}. [[P:Sara]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(93, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
