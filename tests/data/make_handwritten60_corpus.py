# ruff: noqa: E501
"""Hand-written blind test corpus no. 60 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten60_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a pharmacy home-delivery service in Trieste, a
real-estate agency on Lake Como named after its owner, a boat-tour operator on the Amalfi coast
named after its skipper, a personal trainer's small gym in Reggio Calabria, a ceramics workshop
with an online shop in Faenza and a Milan agency for small influencers and content creators.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten60_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten60_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pharma": "Farmacia Al Faro · Consegne a domicilio Trieste",
    "homes": "Bernasconi Immobiliare Lario",
    "boats": "Capitan Gennaro Boat Tours",
    "gym": "FitLab Stretto",
    "ceramics": "Maioliche Zaffera – Bottega in Faenza",
    "agency": "Nebbia Talent Milano",
}
PAGE_IDS: dict[str, str] = {
    "pharma": "660380417203568",
    "homes": "660380952180437",
    "boats": "660380306749215",
    "gym": "660380781526094",
    "ceramics": "660380129847361",
    "agency": "660380564093872",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ pharmacy, Trieste
    # 1. A daughter orders her mother's usual medicines; the mother has moved in with her.
    {
        "business": "pharma",
        "platform": "whatsapp",
        "customer": "Rosa Delbello",
        "lang": "it",
        "start": "2025-02-04T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Rosa Delbello]], la figlia della sig.ra [[P:Marcella Gregori]]. Volevo ordinare le solite medicine x la mamma, le servono entro {{D:giovedì}}",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Delbello]]! Certo. Mi conferma l'indirizzo? Sempre [[A:via dei Giardini 22]] a [[L:Servola]]? [[P:Tiziana]]",
            ),
            (
                "c",
                "no adesso la mamma sta da me, [[A:strada di Guardiella 88/1]], [[A:34128]] [[L:Trieste]], citofono [[P:Delbello]] - [[P:Vascotto]]. Le servono {{PD:Cardioaspirina}}, {{PD:Lasix 25}} e la crema {{PD:Bepanthenol}}, quella col tappo {{W:rosa}}",
            ),
            (
                "a",
                "Perfetto, totale {{$:23,40 €}}, sopra i {{$:20 €}} la consegna è gratuita. Per il Lasix ci serve il codice fiscale della mamma o il numero di ricetta elettronica (NRE)",
            ),
            (
                "c",
                "CF [[CF:GRGMCL41C43L424C]]\nNRE {{R:0400A4005218734}}\nil medico è il dott. [[P:Stoka]]",
            ),
            (
                "a",
                "Ricevuto, grazie! Passa il nostro [[P:Dejan]] {{D:giovedì}} tra le {{TM:15}} e le {{TM:17}}. Un saluto alla sig.ra [[P:Marcella]] 🙂 [[P:Tiziana]] – {{B:Farmacia Al Faro}}",
            ),
        ],
    },
    # 2. A Slovenian living in Opicina orders for his feverish wife and wants the receipt by mail.
    {
        "business": "pharma",
        "platform": "messenger",
        "customer": "Matej Kravos",
        "lang": "it",
        "start": "2025-02-11T15:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Matej Kravos]], abito a [[L:Opicina]] ([[L:Opčine]]) vicino fermata del tram. Mia moglie [[P:Nataša]] ha febbre da ieri, potete portare {{PD:Tachipirina 1000}} e qualcosa per gola?",
            ),
            (
                "a",
                "Buongiorno [[P:Matej]], certo. A [[L:Opicina]] consegniamo ogni pomeriggio. Per la gola le consiglio le pastiglie {{PD:Benagol}}. Mi manda indirizzo completo e un numero per il fattorino?",
            ),
            (
                "c",
                "[[A:str. per Vienna 47]], [[A:34151]], casa con cancello verde. Telefono [[T:+386 41 552 873]] (sloveno) o mia moglie [[T:348 771 0932]]",
            ),
            (
                "a",
                "Grazie! Totale {{$:14,90 €}}. Può pagare in contanti o con carta al fattorino. Le serve lo scontrino con codice fiscale per la detrazione?",
            ),
            (
                "c",
                "Si prego, mio è [[CF:KRVMTJ79C12Z150C]]. Scontrino mandate a [[E:matej.kravos@example.si]]. Se preferite bonifico mio conto è [[I:SI72 1910 0000 7264 193]]",
            ),
            (
                "a",
                "Contanti o carta alla porta è più semplice, non serve il bonifico 🙂 Il nostro [[P:Dejan]] arriva verso le {{TM:16:30}}. Auguri di pronta guarigione a [[P:Nataša]]! – [[P:Tiziana]]",
            ),
            ("c", "hvala! grazie mille"),
        ],
    },
    # 3. A Croatian woman in Muggia orders for her 90-year-old neighbour, non-native Italian.
    {
        "business": "pharma",
        "platform": "telegram",
        "customer": "Ivana B.",
        "lang": "it",
        "start": "2025-02-19T17:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, io sono [[P:Ivana]], croata, abito a [[L:Muggia]]. Mio vicino sig. [[P:Fortunato Zacchigna]] ha 90 anni e non può camminare, posso ordinare per lui?",
            ),
            (
                "a",
                "Buongiorno [[P:Ivana]], certo. Se il medico ha fatto la ricetta elettronica basta il numero NRE. Mi scrive l'indirizzo del signore?",
            ),
            (
                "c",
                "[[A:via C. Battisti 9 int. 4]], [[L:Muggia]], suonare [[P:Zacchigna]]. lui è stato {{W:fortunato}}, la caduta poteva essere molto peggio 😅 ricetta {{R:0400A3317092265}} dal dott. [[P:Sancin]]",
            ),
            (
                "a",
                "Ricevuto. Consegna oggi dopo le {{TM:18}}. Il nostro fattorino la chiama prima, a che numero?",
            ),
            (
                "c",
                "mio numero [[T:+385 91 447 2290]] croato, o fisso del signor [[T:040 27 18 336]]. anche su telegram [[U:t.me/ivana_basic_ts]] o [[H:@ivana_basic_ts]]",
            ),
            ("a", "Perfetto, grazie [[P:Ivana]]. Buona serata! [[P:Luka]] 🙂"),
        ],
    },
    # 4. An old man dictates in Triestine dialect with voice-to-text; the granddaughter pays.
    {
        "business": "pharma",
        "platform": "whatsapp",
        "customer": "Bruno F.",
        "lang": "it",
        "start": "2025-03-03T09:22:00",
        "messages": [
            (
                "c",
                "buongiorno qua xe [[P:Bruno Furlan]] de [[L:San Giacomo]] go bisogno del solito {{PD:Pantoprazolo}} e le gocce per la [[P:Nives]] mia moglie che la ga mal de testa",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Furlan]]! Le gocce sono la {{PD:Novalgina}}? L'indirizzo xe sempre [[A:via dell'Istria 104]]? 😊 [[P:Tiziana]]",
            ),
            (
                "c",
                "si si {{PD:novalgina}} quela e [[A:via del istria 104 terzo piano scala b]] il campanello dice [[P:furlan]] [[P:sancin]] virgola ah e mia nipote [[P:Serena]] ga dito che paga ela con la carta punto",
            ),
            (
                "a",
                "Va bene! Se la nipote vuole pagare col link, ce lo mandiamo sul suo numero, ce lo dà?",
            ),
            (
                "c",
                "el numero de la [[P:Serena]] xe [[T:339 421 8870]] la stà a [[L:Roiano]] ma ogi la xe in ufficio",
            ),
            (
                "a",
                "Fatto, link inviato. Passiamo dopo le {{TM:11}}. Con sta bora non xe proprio una giornata {{W:serena}}, stia in casa sig. [[P:Bruno]]! 🌬️",
            ),
        ],
    },
    # 5. A British tourist in Trieste for the regatta needs antihistamines for her sister.
    {
        "business": "pharma",
        "platform": "instagram",
        "customer": "grace.okafor.mcr",
        "lang": "en",
        "start": "2025-10-10T18:31:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Grace]], here for the {{W:Barcolana}} with my sister [[P:Hope]] 😅 she's having a bad allergic reaction, do you deliver antihistamines to a hotel/airbnb?",
            ),
            (
                "a",
                "Hi [[P:Grace]], yes we do. For antihistamines like {{PD:Zirtec}} no prescription is needed. Where are you staying?",
            ),
            (
                "c",
                "airbnb at [[A:via San Nicolò 17]], 2nd floor, buzzer says [[P:Kovačič]] (the host). we're from [[L:Stockport]] btw, back home this would be half the price lol. my number [[T:+44 7700 900418]]",
            ),
            (
                "a",
                "{{W:Hope}} she feels better soon! Zirtec 20 tablets {{$:9,80 €}}, delivery {{$:3 €}}. Our driver [[P:Luka]] will be there by {{TM:19:45}}. Opening hours and the on-duty pharmacies are on {{W:www.farmaciaalfaro.example.it/turni}}",
            ),
            (
                "c",
                "amazing thank you!! [[P:Hope]] says ur a lifesaver. she's [[H:@hope_okafor_]] on insta if u want a 5 star story haha",
            ),
            (
                "a",
                "Haha thank you! Enjoy the regatta, and if it gets worse the hospital {{W:Cattinara}} has a 24h ER 🙏",
            ),
        ],
    },
    # 6. A physiotherapist orders supplies for her practice, pays by transfer and wants an invoice.
    {
        "business": "pharma",
        "platform": "messenger",
        "customer": "Viola Crevatin",
        "lang": "it",
        "start": "2025-03-18T07:58:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Viola Crevatin]], fisioterapista. Vorrei ordinare 10 confezioni di {{PD:Voltaren Emulgel}} e dei cerotti {{PD:Compeed}} per lo studio, mi serve la fattura",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:Crevatin]], certo. Ci mandi pure i dati di fatturazione.",
            ),
            (
                "c",
                "Dati: [[P:Viola Crevatin]]\n[[A:viale D'Annunzio 41]]\n[[A:34138]] [[L:Trieste]]\nP.IVA [[V:04128470350]]\nPEC [[E:viola.crevatin@pec.example.it]]",
            ),
            (
                "a",
                "Grazie! Totale {{$:86,50 €}} IVA inclusa. Può pagare con bonifico su [[I:IT69 A050 3411 7010 0000 0914 426]] intestato a {{B:Farmacia Al Faro snc}}, causale {{O:ORD-2291}}",
            ),
            (
                "c",
                "bonifico fatto dal conto dello studio [[I:IT24P0306902217000041837265]]. la fattura mandatela anche alla mia segretaria [[P:Manuela]]: [[E:amministrazione punto crevatin chiocciola example punto it]]",
            ),
            (
                "a",
                "Ricevuto, fattura {{R:FT 118/2025}} inviata. Consegna domani mattina allo studio. [[P:Luka]]",
            ),
            (
                "c",
                "grazie mille! ah, se avete i cerotti per bambini {{W:viola}} con le stelline prendo anche quelli, mia figlia [[P:Noemi]] li adora 😂",
            ),
        ],
    },
    # 7. A grandson across the border orders for his Slovenian grandmother and pastes a card number.
    {
        "business": "pharma",
        "platform": "whatsapp",
        "customer": "Žiga R.",
        "lang": "en",
        "start": "2025-04-07T10:14:00",
        "messages": [
            (
                "c",
                "hi, my grandma [[P:Milka Grgič]] lives in [[L:Basovizza]], I'm in [[L:Sežana]] across the border and can't come today. can you bring her {{PD:Eutirox 50}}? the prescription is on her tessera sanitaria",
            ),
            (
                "a",
                "Hi! Yes, with the tessera sanitaria we can see the doctor's prescription. We need her address and a phone number.",
            ),
            (
                "c",
                "address is just [[A:Basovizza 164]], [[A:34149]], the house after the church. her phone [[T:040 226 114]]. can I pay now? card [[C:4556 7301 9284 6378]] exp 09/27",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 delete the message if you can. Our driver brings a POS, or we can send you a secure payment link.",
            ),
            (
                "c",
                "ah ok sorry!! send the link to [[E:ziga.rebula@example.com]] then. i'm [[P:Žiga Rebula]] btw",
            ),
            (
                "c",
                "scusate il mio italiano non è buono, la nonna parla solo sloveno e un po dialetto, se chiamate chiedete di [[P:Milka]] o della vicina [[P:Ljuba]]",
                "it",
            ),
            (
                "a",
                "Nessun problema! Il nostro [[P:Dejan]] parla sloveno 😊 Passa verso le {{TM:12}}. [[P:Luka]]",
                "it",
            ),
        ],
    },
    # ------------------------------------------------------------------ real estate, Como
    # 8. A buyer from Mendrisio books a viewing in Cernobbio with his wife and father-in-law.
    {
        "business": "homes",
        "platform": "whatsapp",
        "customer": "Mattia Cereghetti",
        "lang": "it",
        "start": "2025-04-02T16:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Mattia Cereghetti]] di [[L:Mendrisio]]. Ho visto l'annuncio del trilocale a {{W:Cernobbio}} su {{W:immobiliare.it}}, rif. {{R:BRN-0342}}. È ancora disponibile?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Cereghetti]], sì, è disponibile. Prezzo {{$:385.000 €}}. Possiamo fare una visita {{D:sabato 12 aprile}} alle {{TM:10:30}}? [[P:Paola Bernasconi]]",
            ),
            (
                "c",
                "Sabato va bene. Vengo con mia moglie [[P:Bianca]] e forse mio suocero [[P:Franco Realini]] che ci aiuta col mutuo. La caparra si può versare in {{W:franchi}}?",
            ),
            (
                "a",
                "La caparra va in euro sul conto dell'agenzia, ma la sua banca può convertire. Per la proposta d'acquisto servono codice fiscale italiano e documento.",
            ),
            (
                "c",
                "Il codice fiscale italiano non ce l'ho ancora. Vi lascio i dati: [[A:Via Lavizzari 8]], [[A:6850]] [[L:Mendrisio]], tel. [[T:+41 79 318 44 27]], mail [[E:m.cereghetti@example.ch]]. Conto per eventuali rimborsi [[I:CH18 0840 1000 0615 2738 4]]",
            ),
            (
                "a",
                "Grazie! Il codice fiscale si chiede anche online sul sito dell'Agenzia delle Entrate, {{W:www.agenziaentrate.gov.it}}. A {{D:sabato}}!",
            ),
            (
                "c",
                "perfetto. la [[P:Bianca]] chiede se c'è il posto barca 😄 lei è cresciuta a [[L:Brissago]] sul lago, senza barca non vive",
            ),
        ],
    },
    # 9. A formal Swiss-German couple from Zürich look for a holiday flat, deposit refund IBAN.
    {
        "business": "homes",
        "platform": "messenger",
        "customer": "Urs Brügger",
        "lang": "en",
        "start": "2025-05-06T06:45:00",
        "messages": [
            (
                "c",
                "Dear Sirs,\nmy name is [[P:Urs Brügger]], I live in [[L:Zürich]] and my wife [[P:Stella]] and I are looking for a small holiday apartment in {{W:Bellagio}} or {{W:Varenna}}, budget about {{$:CHF 450'000}}.\nKind regards",
            ),
            (
                "a",
                "Dear Mr [[P:Brügger]], thank you for contacting {{B:Bernasconi Immobiliare}}. We have two options: ref. {{R:BRN-0351}} (2 rooms, lake view, {{$:410.000 €}}) and ref. {{R:BRN-0358}} in the hamlet of {{W:San Giovanni}}. My colleague [[P:Stefano Guanella]] can show them on {{D:Friday 16 May}}.",
            ),
            (
                "c",
                "Friday works. Please send documents by post to [[A:Hadlaubstrasse 63]], [[A:8006]] [[L:Zürich]], [[L:Switzerland]]. Tel. [[T:+41 44 261 70 38]]. Our daughter [[P:Ivy]] may join us, she lives in [[L:Milan]] now.\nBest regards, [[P:Urs Brügger]]",
            ),
            (
                "a",
                "Will do. For the reservation deposit of {{$:10.000 €}} we would also need an IBAN for a possible refund; the reservation has a 10-day {{W:grace}} period.",
            ),
            (
                "c",
                "IBAN [[I:CH61 0070 0110 0048 3729 1]], account holders [[P:Urs Brügger]] and [[P:Stella Brügger-Frei]].",
            ),
            (
                "a",
                "Thank you. See you on Friday at {{TM:11:00}} at the ferry pier in {{W:Bellagio}}; ferry times are on {{W:www.navigazionelaghi.it}}. Best, [[P:Stefano]]",
            ),
            (
                "c",
                "Perfect. [[P:Stella]] asks if the flat has the {{W:ivy}} on the facade like in the photos 🙂",
            ),
        ],
    },
    # 10. A local man wants to sell his mother's house in Brunate; his sister lives in Dublin.
    {
        "business": "homes",
        "platform": "whatsapp",
        "customer": "Davide Petri",
        "lang": "it",
        "start": "2025-03-25T18:02:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Davide Petri]], vorrei vendere la casa di mia mamma a [[L:Brunate]], lei ora è in RSA a [[L:Lipomo]]",
            ),
            (
                "a",
                "Buonasera sig. [[P:Petri]], mi dispiace per la mamma. Possiamo fare una valutazione gratuita, mi dà l'indirizzo dell'immobile?",
            ),
            (
                "c",
                "[[A:via Monte Rosa 7]], [[L:Brunate]], villetta con giardino. Siamo due eredi, io e mia sorella [[P:Gioia]]",
            ),
            (
                "c",
                "per l'incarico le mando già i miei dati: [[CF:PTRDVD70A22C933A]], residente in [[A:via Borgovico 131]], [[A:22100]] [[L:Como]]",
            ),
            (
                "a",
                "Perfetto. Posso passare {{D:martedì}} alle {{TM:17}}? Mi servono anche visura catastale e APE se c'è. [[P:Paola]]",
            ),
            (
                "c",
                "martedi ok. mia sorella non c'è, vive a [[L:Dublino]], la sentite voi? [[E:gioia punto petri at example punto ie]]",
            ),
            (
                "a",
                "La contatto io, grazie. Sarà una {{W:gioia}} seguire questa vendita, a martedì!",
            ),
        ],
    },
    # 11. A Swiss couple from near Lausanne saw an Instagram post about a flat in Menaggio.
    {
        "business": "homes",
        "platform": "instagram",
        "customer": "lea.morand",
        "lang": "en",
        "start": "2025-03-09T20:11:00",
        "messages": [
            (
                "c",
                "Hello! we saw your post about the apartment in {{W:Menaggio}} 😍 I am [[P:Léa]], my partner is [[P:Kofi]]. we live in [[L:Pully]] near [[L:Lausanne]] but we dream of the lake",
            ),
            (
                "a",
                "Hi [[P:Léa]]! The flat in {{W:Menaggio}} (ref {{R:BRN-0366}}) is {{$:295.000 €}}, 3 rooms and a terrace. Shall I send the floor plan by email?",
            ),
            (
                "c",
                "yes pls: [[E:lea.morand (at) example (dot) ch]]. and for paper documents: [[A:chemin des Vignes 9]], [[A:1009]] [[L:Pully]]",
            ),
            (
                "c",
                "also my partner posts lake photos, [[U:instagram.com/kofi.shoots.lakes]] 😂 maybe he can do photos for you. his full name is [[P:Kofi Mensah]] if you want to credit, or just tag [[H:@kofi.shoots.lakes]]",
            ),
            (
                "a",
                "Sent! And lovely shots [[P:Kofi]] 👏 Tag us {{B:@bernasconi.immobiliare}} if you post the visit",
            ),
            ("c", "merci!! we come the {{D:Easter}} weekend, is {{D:Saturday 19}} ok?"),
        ],
    },
    # 12. A nurse from Sicily looks for a rental near her hospital; her boyfriend works in Chiasso.
    {
        "business": "homes",
        "platform": "telegram",
        "customer": "Marina LG",
        "lang": "it",
        "start": "2025-05-14T21:37:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Marina]], cerco un bilocale in affitto zona {{W:Camerlata}}, lavoro come infermiera al {{W:Sant'Anna}}. vengo da [[L:Barcellona Pozzo di Gotto]] e adesso sto da un'amica a [[L:Tavernola]]",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Abbiamo un bilocale in [[A:via Pasquale Paoli 21]], {{$:650 €/mese}} più spese, libero da {{D:giugno}}. Ti interessa?",
            ),
            (
                "c",
                "siii! il mio numero è [[T:347-218-6604]], il mio ragazzo [[P:Tindaro]] (si chiama proprio così 😂) lavora a [[L:Chiasso]], per lui è comodissimo",
            ),
            (
                "a",
                "Ottimo. Visita {{D:giovedì}} alle {{TM:18:30}}? Servono busta paga e documento. [[P:Stefano]]",
            ),
            (
                "c",
                "perfetto grazie! la mia mail [[E:marina.logiudice94@example.it]], e se volete vedere che sono una persona {{W:vera}} eccomi [[U:facebook.com/marina.logiudice.94]]",
            ),
            (
                "a",
                "Ahah non serve, a giovedì! Ti mando la posizione, è a due passi dalla stazione {{W:Como Camerlata}}",
            ),
        ],
    },
    # 13. An Indian banker working in Lugano asks about buying in Como with a Swiss mortgage.
    {
        "business": "homes",
        "platform": "messenger",
        "customer": "Anil Raghunathan",
        "lang": "en",
        "start": "2025-06-01T11:26:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Anil Raghunathan]], I work in [[L:Lugano]] and we're thinking to buy instead of renting. Do you work with cross-border mortgages?",
            ),
            (
                "a",
                "Hi [[P:Anil]], yes, many of our clients are frontalieri. We work with an independent broker, [[P:Silvia Mauri]], who can call you.",
            ),
            (
                "c",
                "Great. Here's my LinkedIn so you know I'm not a scammer 😅 [[U:https://www.linkedin.com/in/anil-raghunathan-cfa]]. Our current address is [[A:Via Cantonale 42]], [[A:6900]] [[L:Lugano]]",
            ),
            (
                "c",
                "my wife [[P:Priya]] handles the search, she's on whatsapp [[T:+41 76 402 19 88]]. Her parents come from [[L:Pune]] in {{D:July}} and would love to see the lake",
            ),
            (
                "a",
                "Lovely! The agency fee is 3% + VAT, invoiced at the deed, no surprises on the {{W:bill}} 😉 Weekends are fine for visits.",
            ),
            (
                "c",
                "perfect, send the shortlist to [[E:anil.r@example.com]] and cc [[E:priya.iyer.r@example.org]]",
            ),
            ("a", "Will do by {{D:Wednesday}}. [[P:Paola]]"),
        ],
    },
    # 14. A surveyor handles the sale for a Swiss owner; the address arrives split in two messages.
    {
        "business": "homes",
        "platform": "whatsapp",
        "customer": "Geom. Leone Frigerio",
        "lang": "it",
        "start": "2025-06-19T08:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono il geom. [[P:Leone Frigerio]]. Seguo la pratica del sig. [[P:Albert Kägi]] per il rustico di sua proprietà a [[L:Pognana Lario]]",
            ),
            ("a", "Buongiorno geometra, mi dica pure."),
            (
                "c",
                "il rogito è fissato dal notaio {{B:Ronchetti & Associati}} il {{D:3 luglio}}. Serve la residenza del sig. [[P:Kägi]] per l'atto, ve la giro: [[A:Rätusstrasse 14]]",
            ),
            ("c", "[[A:7000]] [[L:Chur]], [[L:Svizzera]]. tel [[T:0041 81 252 67 90]]"),
            ("a", "Ricevuto, grazie. Il sig. [[P:Kägi]] viene di persona o con procura?"),
            (
                "c",
                "con procura alla figlia [[P:Ladina]], che vive a [[L:Tremezzo]], [[A:fraz. Bolvedro, via Regina 12]]",
            ),
            (
                "a",
                "Perfetto, ci sentiamo per la procura. [[P:Stefano Guanella]] – {{B:Bernasconi Immobiliare Lario}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ boat tours, Amalfi coast
    # 15. An American honeymoon couple book a private sunset tour and try to pay by card in chat.
    {
        "business": "boats",
        "platform": "instagram",
        "customer": "rose.delaney",
        "lang": "en",
        "start": "2025-06-08T14:03:00",
        "messages": [
            (
                "c",
                "Hi!! my husband [[P:Mark]] and I are on our honeymoon 🥂 we'd love a private sunset tour from {{W:Positano}} on {{D:June 14}}. I'm [[P:Rose Delaney]] btw",
            ),
            (
                "a",
                "Congratulations [[P:Rose]] and [[P:Mark]]! The private sunset tour is 3h, {{$:€650}} for up to 6, with {{W:prosecco}} and snacks. Where are you staying?",
            ),
            (
                "c",
                "a villa in [[L:Praiano]], [[A:via Gennaro Capriglione 112]]. can you pick us up there? my cell [[T:+1 (415) 555-0134]]. or just charge this [[C:3798 153462 09418]] 🙈",
            ),
            (
                "a",
                "Please don't share the card here 🙏 The pick up is at {{W:Marina di Praiano}}, 5 minutes walk from you. Deposit {{$:€150}} through our booking page {{W:https://book.capitangennaro.example.it/sunset}}, the rest on board. Call me there: [[P:Gennaro]] [[T:+39 338 905 1172]]",
            ),
            (
                "c",
                "done!! booking {{R:CG-0614-02}}. we'll tag you, I'm [[H:@rose.delaney]] and he's [[H:@markd_travels]]. [[P:Mark]] wants to bring me a {{W:rose}} on the boat haha, is that cheesy",
            ),
            ("a", "Not at all 🌹 See you on the {{D:14th}} at {{TM:18:15}}!"),
        ],
    },
    # 16. A Nigerian-British group of friends book a surprise birthday tour for eight.
    {
        "business": "boats",
        "platform": "whatsapp",
        "customer": "Chiamaka O.",
        "lang": "en",
        "start": "2025-07-28T09:55:00",
        "messages": [
            (
                "c",
                "Good morning sir. This is [[P:Chiamaka Okonkwo]] from [[L:London]], we are 8 friends coming to [[L:Amalfi]] for my sister [[P:Patience]]'s 30th birthday 🎉",
            ),
            (
                "a",
                "Good morning [[P:Chiamaka]]! Happy birthday to [[P:Patience]] 🎂 For 8 we have the {{PD:Gozzo Sorrentino 9m}} full day, {{$:€1.100}}, with swimming stops at {{W:Grotta dello Smeraldo}} and {{W:Fiordo di Furore}}.",
            ),
            (
                "c",
                "Lovely. {{D:Saturday 23rd August}}. We stay at [[A:Via Pietro Capuano 40]], 2nd floor, the host is Signora [[P:Carmela]]. Please send confirmation to [[E:chiamaka.okonkwo@example.co.uk]] and cc my cousin [[P:Tobenna]] [[E:tobi.nwosu (at) example.com]]",
            ),
            (
                "a",
                "Booked ✅ ref {{R:CG-0823-08}}. Meeting point is the pier in front of {{W:Piazza Flavio Gioia}} at {{TM:9:30}}. If you come by ferry from {{W:Salerno}} check {{W:www.travelmar.it}}",
            ),
            (
                "c",
                "Thank you! it's a surprise so please don't tag her, her insta is [[U:instagram.com/patience.okonkwo]] ([[H:@patience.okonkwo]]) and she checks everything 🤫 we need {{W:patience}} with that girl lol",
            ),
            ("c", "deposit by card ok? [[C:5229 0411 8376 4503]] name [[P:Chiamaka N. Okonkwo]]"),
            (
                "a",
                "Got it, charged {{$:€300}} and deleted your message from our side, please delete it too 🙏 My number for the day: [[P:Gennaro]] [[T:338 905 1172]]. Yours?",
            ),
            ("c", "[[T:07700 900 772]] 👍"),
        ],
    },
    # 17. A Neapolitan family books a Sunday tour from Maiori, written in dialect.
    {
        "business": "boats",
        "platform": "whatsapp",
        "customer": "Ciro Improta",
        "lang": "it",
        "start": "2025-07-10T19:48:00",
        "messages": [
            (
                "c",
                "buongiorno so [[P:Ciro Improta]] 'a [[L:Napoli]], vulesse prenotà 'a barca pe' dummeneca, simme 5: io, muglierema [[P:Titina]], 'e criature [[P:Sole]] e [[P:Gennarino]] e mia suocera [[P:Nunzia]]",
            ),
            (
                "a",
                "Buongiorno [[P:Ciro]]! {{D:Domenica}} danno {{W:sole}} pieno ☀️ Il giro di 4 ore costa {{$:480 €}}. Partite da {{W:Amalfi}} o da {{W:Maiori}}?",
            ),
            (
                "c",
                "{{W:maiori}}, chella settimana stammo 'e casa a [[L:Minori]], [[A:via S. Lucia 18]]",
            ),
            (
                "a",
                "Perfetto, partenza alle {{TM:9:00}} dal porto di {{W:Maiori}}, vicino alla {{W:marina}} dei pescatori. Mi mandate un documento per la conferma? [[P:Annalisa]]",
            ),
            (
                "c",
                "'o numero mio è [[T:329 884 1203]], scriveteme ccà [[U:wa.me/393298841203]], 'a carta d'identità te la manno cchiù tarde",
            ),
            ("a", "A nome di chi segno la prenotazione?"),
            ("c", "[[P:Improta]]"),
            (
                "a",
                "Grazie! La piccola [[P:Sole]] quanti anni ha? Abbiamo i giubbotti per bambini 👍",
            ),
            (
                "c",
                "tene 4 anne, [[P:Gennarino]] 7. mia suocera soffre 'o mare, purtate 'e limoni 😂",
            ),
            (
                "a",
                "Ci pensa [[P:Gennaro]], tiene sempre i limoni di {{PD:sfusato amalfitano}} a bordo 🍋",
            ),
        ],
    },
    # 18. A solo traveller with a travel blog asks for a shared tour discount.
    {
        "business": "boats",
        "platform": "messenger",
        "customer": "Ivy Nguyen",
        "lang": "en",
        "start": "2025-09-02T07:30:00",
        "messages": [
            (
                "c",
                "hey! solo traveller here, any shared tours to {{W:capri}} on {{D:thursday}}? I'm [[P:Ivy]] 🙋‍♀️ from [[L:Footscray]] in [[L:Melbourne]]",
            ),
            (
                "a",
                "Hi [[P:Ivy]]! Yes, shared tour to {{W:Capri}} Thursday, {{$:€95}} pp, departure {{TM:8:45}} from {{W:Amalfi}} port.",
            ),
            (
                "c",
                "sweet. I write a travel blog, would you do a discount for a review? [[U:ivyroamsslow.example.com]] and ig [[H:ivy.roams.slow]]",
            ),
            (
                "a",
                "Love the blog! {{$:€80}} with a story tag to {{B:@capitangennaro_boats}}. Full name and where you're staying?",
            ),
            (
                "c",
                "[[P:Ivy Nguyen]], at a hostel in [[L:Agerola]], [[A:via Belvedere 3]], [[L:Bomerano]]. my aussie number won't work here, use whatsapp [[T:+61 412 738 905]] cheers",
            ),
            (
                "a",
                "Booked, ref {{R:CG-0911-S12}}. The bus from [[L:Agerola]] at {{TM:7:40}} gets you to {{W:Amalfi}} in time, timetable on {{W:www.sitasudtrasporti.it}}",
            ),
        ],
    },
    # 19. A German family's tour is cancelled for rough sea; refund to a German IBAN.
    {
        "business": "boats",
        "platform": "telegram",
        "customer": "J. Haller",
        "lang": "en",
        "start": "2025-08-12T16:17:00",
        "messages": [
            (
                "c",
                "Hello, we are family [[P:Haller]] from [[L:München]], booked for tomorrow tour (booking {{R:CG-0813-05}}). The weather forecast say strong wind, it is still possible?",
            ),
            (
                "a",
                "Hello Mr [[P:Haller]], unfortunately the coast guard closed the sea tomorrow, mare mosso 🌊 We can move you to {{D:Friday}} or refund the {{$:€200}} deposit.",
            ),
            (
                "c",
                "We leave already Thursday. Please refund on my account [[I:DE44 5001 0517 5407 3249 31]], owner [[P:Jürgen Haller]]. For the receipt: [[A:Lindwurmstraße 88]], [[A:80337]] [[L:München]], [[E:j.haller@example.de]]",
            ),
            ("a", "Refund sent today, you'll see it in 2–3 working days. So sorry! [[P:Annalisa]]"),
            (
                "c",
                "Thank you. My daughter [[P:Franka]] is very sad, she wanted to see the dolphins 🐬 maybe next year",
            ),
            (
                "a",
                "Next year we wait for you! Ciao [[P:Franka]] 👋 {{W:Mark}} the calendar: dolphins are easiest in {{D:June}}",
            ),
        ],
    },
    # 20. A bride from Cava de' Tirreni wants boats for her wedding guests.
    {
        "business": "boats",
        "platform": "instagram",
        "customer": "alba.senatore",
        "lang": "it",
        "start": "2025-04-22T13:09:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Alba]], mi sposo a {{W:Ravello}} il {{D:20 settembre}} e vorremmo un giro in barca per gli invitati il giorno dopo. Siamo di [[L:Cava de' Tirreni]]",
            ),
            (
                "a",
                "Ciao [[P:Alba]], auguri!! 💍 Per gli invitati abbiamo due gozzi da 12. Vi consiglio il giro all'{{W:alba}}, il mare è una tavola 😍",
            ),
            (
                "c",
                "ahah all'{{W:alba}} come me! quanto viene? il mio futuro marito [[P:Pasquale]] ([[H:@pasqui_dp]] su ig) dice che siamo matti. tutte le info per gli invitati sono su [[U:www.albaepasquale.example.it]]",
            ),
            (
                "a",
                "Due gozzi, 3 ore, {{$:1.400 €}} in tutto. Mi lasci mail e telefono per il preventivo?",
            ),
            (
                "c",
                "[[E:alba.senatore@example.it]] / [[T:3405527819]], se non rispondo chiama mia sorella [[P:Immacolata]] che fa da wedding planner [[T:333 61 04 289]]",
            ),
            (
                "a",
                "Preventivo {{R:PRV-2025-118}} inviato! Mi raccomando, niente pioggia per l'{{W:Immacolata}} 😂 scherzo, a {{D:settembre}}! [[P:Annalisa]]",
            ),
        ],
    },
    # 21. A Chinese student forgot her sunglasses on the boat; shipped to her flat in Milan.
    {
        "business": "boats",
        "platform": "whatsapp",
        "customer": "Xinyi Z.",
        "lang": "en",
        "start": "2025-09-15T10:02:00",
        "messages": [
            (
                "c",
                "Hello, I was on your boat yesterday, group tour 11am. I forgot my sunglasses, {{B:Ray-Ban}} black ones 😭 I'm [[P:Zhou Xinyi]] ([[P:周欣怡]])",
            ),
            (
                "a",
                "Hi [[P:Xinyi]]! Yes, [[P:Gennaro]] found them under the bench 😎 Do you want us to ship them?",
            ),
            (
                "c",
                "yes please!! I study in [[L:Milano]], address [[A:via Giuseppe Ponzio 44]], [[A:20133]] [[L:Milano]], citofono [[P:Wang]]",
            ),
            (
                "c",
                "scusa il mio italiano, se non ci sono riceve il mio coinquilino [[P:Wang Hao]], tel [[T:+39 351 220 4417]]",
                "it",
            ),
            (
                "a",
                "Nessun problema! Spediamo domani con {{B:BRT}}, tracking {{TR:05120473821934}}. Costo {{$:8 €}}, ti mando un link {{B:PayPal}} 👍",
                "it",
            ),
            ("c", "grazie mille!! 谢谢 and thank you [[P:Gennaro]] 🙏"),
        ],
    },
    # ------------------------------------------------------------------ gym, Reggio Calabria
    # 22. A young man signs up with abbreviations; registration data and emergency contact.
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Francesco B.",
        "lang": "it",
        "start": "2025-01-07T19:10:00",
        "messages": [
            (
                "c",
                "ciao [[P:rocco]], sn [[P:Francesco]] l amico di [[P:Saverio]], vorrei iniziare cn te x perdere 10kg entro l estate, cm funziona?",
            ),
            (
                "a",
                "Ciao [[P:Francesco]]! Prima seduta di valutazione gratuita 💪 Poi pacchetto 10 lezioni {{$:250 €}} o abbonamento sala {{$:45 €/mese}}. Quando sei libero?",
            ),
            ("c", "lunedi dp le {{TM:19}}? cmq abito a [[L:Gallico]] nn lontano"),
            (
                "a",
                "Lunedì {{TM:19:30}} ok. Per l'iscrizione mi mandi nome completo, CF, indirizzo e un contatto di emergenza? Serve x l'assicurazione",
            ),
            (
                "c",
                "[[P:Francesco Bianco]] [[CF:BNCFNC91M07H224V]] [[A:via Nazionale 211]] [[A:89135]] [[L:Gallico]] [[L:RC]], emergenza mia madre [[P:Concetta]] [[T:0965 37 41 28]]. mail [[E:francy.bianco91 @ example.it]]",
            ),
            ("a", "Perfetto, a lunedì 🔥 [[P:Rocco]]"),
            (
                "c",
                "ah x il certificato medico vado dal dott [[P:Nucera]] va bene? e cmq se vuoi vedere quanto corro (poco 😂) [[U:strava.com/athletes/48213377]], su telegram sn [[H:francybianco91]]",
            ),
            (
                "a",
                "Sì, basta il certificato non agonistico. E da lunedì su Strava vediamo i progressi 😏",
            ),
        ],
    },
    # 23. A Peruvian Erasmus student asks about student prices and brings her flatmate.
    {
        "business": "gym",
        "platform": "instagram",
        "customer": "xime.lifts",
        "lang": "it",
        "start": "2025-02-24T12:44:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Ximena]], studentessa erasmus de [[L:Cusco]] 🇵🇪 (bueno, studio a [[L:Granada]] però sono peruviana). Avete prezzo per studenti?",
            ),
            (
                "a",
                "Ciao [[P:Ximena]]! Sì, studenti {{$:35 €/mese}}, porta il tesserino universitario. Siamo in [[A:via Reggio Campi II tronco 40]], accanto alla farmacia. Orari: {{W:fitlabstretto.example.it/orari}}",
            ),
            (
                "c",
                "che bello!! io vivo in [[A:via Santa Caterina 12]], molto vicino jaja. il mio coinquilino [[P:Oumar]] vuole venire anche, lui è di [[L:Dakar]]",
            ),
            (
                "a",
                "Portalo! Prima settimana gratis per tutti e due 😊 Nome completo per l'iscrizione?",
            ),
            ("c", "[[P:Ximena Quispe Mamani]]"),
            (
                "c",
                "puoi seguire la mia pagina? posto i miei progressi, [[H:@xime.lifts]] e tiktok [[H:ximequispe.fit]]. [[P:Oumar]] è [[H:oumar_diallo.sn]] ma non posta mai lol",
            ),
            ("a", "Fatto! Tagga {{B:@fitlab.stretto}} nelle storie 💪 [[P:Giusy]]"),
            ("c", "affare fatto 😂 ci vediamo {{D:lunedì}}"),
        ],
    },
    # 24. An older man writes in Calabrian dialect about knee rehab; his wife is called Speranza.
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Peppino Zumbo",
        "lang": "it",
        "start": "2025-03-12T09:05:00",
        "messages": [
            (
                "c",
                "bongiornu, sugnu [[P:Peppino Zumbo]], me figghiu [[P:Totò]] mi dissi mi vi scrivu. Haiu nu ginocchiu malatu, l'operaru a [[L:Messina]] u misi passatu",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Zumbo]]! Facciamo rieducazione post operatoria, sedute da {{$:30 €}}. Ha la relazione del chirurgo?",
            ),
            (
                "c",
                "sì, u dutturi [[P:Laganà]] a scrissi. mo va manda me mugghieri [[P:Speranza]] cu telefonu so, [[T:328 66 10 947]]",
            ),
            (
                "a",
                "Perfetto. La {{W:speranza}} è di farla tornare a camminare bene entro l'estate 💪 Dove abita? Le prime volte possiamo venire noi a casa",
            ),
            ("c", "a [[L:Pellaro]], [[A:c.da Lume n. 7]], vicinu a chiesa. u cancellu è virdi"),
            ("a", "Va bene, {{D:mercoledì}} alle {{TM:10}} passo io. [[P:Rocco]]"),
        ],
    },
    # 25. A nutritionist proposes a partnership; website, handle, VAT number and IBAN.
    {
        "business": "gym",
        "platform": "messenger",
        "customer": "Celeste Morabito",
        "lang": "it",
        "start": "2025-04-15T20:30:00",
        "messages": [
            (
                "c",
                "Buonasera [[P:Rocco]], sono la dott.ssa [[P:Celeste Morabito]], biologa nutrizionista. Potremmo collaborare: io seguo l'alimentazione dei tuoi clienti, tu mi mandi chi vuole un piano",
            ),
            ("a", "Buonasera dottoressa, idea interessante! Ha un sito dove vedere il suo lavoro?"),
            (
                "c",
                "sì [[U:www.celestemorabito-nutrizione.example.it]] e su ig sono [[H:dott.ssa_celeste_nutri]]. lo studio è in [[A:corso Garibaldi 318, piano 2]]",
            ),
            ("a", "Molto bello. Per le provvigioni come preferisce?"),
            (
                "c",
                "Fattura mia a voi, P.IVA [[V:03852190648]], bonifico su [[I:IT55 H020 0812 3100 0010 5733 918]]. Per i contratti scrivete a [[E:celeste.morabito[at]example.it]]",
            ),
            (
                "a",
                "Perfetto, le mando la bozza entro {{D:venerdì}}. Il volantino lo facciamo {{W:celeste}} come il suo logo? 😄",
            ),
            (
                "c",
                "ahah sì! e mettete anche [[P:Annunziata]], la mia collaboratrice, fa le misurazioni in studio il {{D:sabato}}",
            ),
        ],
    },
    # 26. A retired British couple living in Scilla ask about classes for older people.
    {
        "business": "gym",
        "platform": "telegram",
        "customer": "Nigel Ashworth",
        "lang": "en",
        "start": "2025-01-20T10:55:00",
        "messages": [
            (
                "c",
                "Good afternoon, my wife [[P:Dawn]] and I moved to [[L:Scilla]] last year from [[L:Harrogate]]. We're both 67 — do you run classes for older folk?",
            ),
            (
                "a",
                "Good afternoon! Yes, the {{PD:Silver Fit}} class, Tuesday and Thursday at {{TM:9:30}}, {{$:40 €/month}} each.",
            ),
            (
                "c",
                "Splendid. [[P:Dawn]] prefers early; she's been swimming at {{W:dawn}} in the sea all winter, mad woman. She even writes about it: [[U:dawnandnigelinscilla.example.co.uk]]",
            ),
            ("a", "Ha! Respect 🙌 Can I have your full names and a phone number for the register?"),
            (
                "c",
                "[[P:Nigel Ashworth]] and [[P:Dawn Ashworth]], [[T:+39 320 118 4472]]. We're at [[A:via Annunziata 25]], [[L:Scilla]], the [[L:Chianalea]] end.",
            ),
            ("a", "Thanks [[P:Nigel]]! See you {{D:Tuesday}}. [[P:Giusy]]"),
        ],
    },
    # 27. A returning member's booking app is blocked; he pastes the IP from the error screen.
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Felice Idone",
        "lang": "it",
        "start": "2025-05-05T07:15:00",
        "messages": [
            (
                "c",
                "[[P:Rocco]] bongiorno, [[P:Felice]] sono. L'app per prenotare le lezioni mi dice 'accesso bloccato' da ieri",
            ),
            (
                "a",
                "Ciao [[P:Felice]]! Mi mandi uno screenshot? A volte blocca se cambi troppo spesso rete",
            ),
            (
                "c",
                "nn riesco a mandare la foto dal pc, c'è scritto: tentativi sospetti dall'IP [[IP:151.38.207.114]], account [[E:felice.idone@example.it]]",
            ),
            (
                "a",
                "Ok, ho scritto all'assistenza di {{B:GymBook}}. Intanto ti ho prenotato io lo spinning di {{D:giovedì}} alle {{TM:18:00}} 👍",
            ),
            ("c", "grazie sei un grande. sono troppo {{W:felice}} di tornare dopo l'infortunio"),
            (
                "c",
                "ah ho lasciato lo zaino {{W:bruno}} della {{B:Decathlon}} in spogliatoio {{D:martedì}}, l'avete trovato? c'è dentro la tessera di mio fratello [[P:Natale]]",
            ),
            ("a", "Sì, ce l'ha [[P:Giusy]] in reception 😄"),
        ],
    },
    # 28. A mother enrols her daughter in the kids' course; the family lives on via Marina.
    {
        "business": "gym",
        "platform": "messenger",
        "customer": "Maria Grazia Polimeni",
        "lang": "it",
        "start": "2025-09-08T15:33:00",
        "messages": [
            (
                "c",
                "Salve, vorrei iscrivere mia figlia [[P:Stella]] (11 anni) al corso ragazzi, fa già pallavolo con [[P:Aurora Scordo]] che viene da voi",
            ),
            (
                "a",
                "Salve! Il corso ragazzi è {{D:lunedì}} e {{D:venerdì}} alle {{TM:17}}, {{$:30 €/mese}}. Mi dice il suo nome per il modulo?",
            ),
            ("c", "[[P:Maria Grazia Polimeni]], abitiamo a [[L:Catona]], [[A:via Marina 140]]"),
            (
                "a",
                "Grazie sig.ra [[P:Polimeni]]. Per il certificato basta quello del pediatra. La {{W:stella}} del corso è proprio [[P:Aurora]] 😄",
            ),
            (
                "c",
                "ahah allora [[P:Stella]] sarà contenta. Il mio numero [[T:347.902.1136]] e quello del papà [[P:Domenico]] [[T:349 22 07 815]]",
            ),
            ("a", "Perfetto, a lunedì! [[P:Rocco]]"),
        ],
    },
    # ------------------------------------------------------------------ ceramics workshop, Faenza
    # 29. An illustrator orders personalised plates for her studio opening; invoice and deposit.
    {
        "business": "ceramics",
        "platform": "whatsapp",
        "customer": "Serena Marino",
        "lang": "it",
        "start": "2025-02-13T11:20:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Serena Marino]], illustratrice, ho visto i vostri piatti della serie {{PD:Caterina}} e li vorrei personalizzati col mio logo x l'inaugurazione dello studio",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! Che bello. Quanti pezzi? Su base {{W:bianca}} o avorio? I piatti {{PD:Caterina}} Ø 26 personalizzati vengono {{$:38 €}} l'uno, tempi 3 settimane",
            ),
            (
                "c",
                "20 pezzi. Mi serve fattura: [[P:Serena Marino]], P.IVA [[V:02716540881]], CF [[CF:MRNSRN88T61D458V]], [[A:via Cavour 27]], [[A:48018]] [[L:Faenza]]",
            ),
            (
                "a",
                "Il totale è {{$:760 €}}, acconto 30% ({{$:228 €}}) con bonifico su [[I:IT22 X083 2736 2500 0000 0027 713]] intestato a {{B:Maioliche Zaffera}}",
            ),
            (
                "c",
                "fatto! ti giro il portfolio così vedi il logo: [[U:https://serenamarino.example.it/portfolio]] o su behance ([[U:behance.net/serena-marino-illustra]]). su ig sono [[H:serena.disegna]]",
            ),
            (
                "a",
                "Bellissimo! Ordine {{O:ZF-10452}} confermato, te li consegniamo a mano visto che sei a due passi. [[P:Marta]]",
            ),
        ],
    },
    # 30. An American customer's jug is stuck in transit; claim with the courier.
    {
        "business": "ceramics",
        "platform": "instagram",
        "customer": "faith.adeyemi",
        "lang": "en",
        "start": "2025-11-18T16:05:00",
        "messages": [
            (
                "c",
                "Hi, I ordered the {{PD:Bianchi di Faenza}} jug 3 weeks ago, order {{O:ZF-10388}}, and tracking says it's stuck in {{W:Memphis}} 😩",
            ),
            (
                "a",
                "Hi! So sorry. Can you confirm name and shipping address so I can open a claim with {{B:FedEx}}?",
            ),
            (
                "c",
                "[[P:Faith Adeyemi]], [[A:2218 NE Alder Street, Apt 4B]], [[L:Portland]], [[L:Oregon]] [[A:97232]]. email [[E:faith.adeyemi@example.com]], insta [[H:@faith.ade.pdx]]",
            ),
            (
                "a",
                "Thanks [[P:Faith]]. Tracking {{TR:7745 2091 3386}}, I've opened claim {{R:FX-CLM-558201}}. If it doesn't move by {{D:Friday}} we ship a new one.",
            ),
            (
                "c",
                "thank you!! it's for my mom [[P:Mercy]]'s birthday, she grew up in [[L:Ibadan]] and collects ceramics from everywhere. fingers crossed, keeping the {{W:faith}} 🙏",
            ),
            ("a", "🙏 We'll keep you posted. [[P:Ilaria]]"),
        ],
    },
    # 31. A Romanian woman in Bologna books a pottery class and ships a vase to her mother in Cluj.
    {
        "business": "ceramics",
        "platform": "messenger",
        "customer": "Ioana Mureșan",
        "lang": "it",
        "start": "2025-02-26T18:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi chiamo [[P:Ioana Mureșan]], abito a [[L:Bologna]], vorrei prenotare il corso di tornio per me e il mio compagno [[P:Andrei]] {{D:sabato 8 marzo}}",
            ),
            (
                "a",
                "Buongiorno [[P:Ioana]]! Corso base 3 ore {{$:70 €}} a persona, argilla e cottura incluse. {{D:Sabato 8}} ci sono 2 posti 😊 Se arrivate prima, il {{W:MIC}} è a 5 minuti: {{W:www.micfaenza.org}}",
            ),
            (
                "c",
                "perfetto! poi vorrei spedire un vaso a mia mamma in [[L:Romania]], si può? indirizzo: [[A:Str. Mihai Eminescu nr. 27, bl. C2, sc. A, ap. 14]], [[L:Cluj-Napoca]], [[A:400089]]",
            ),
            (
                "a",
                "Sì, spediamo in tutta Europa con {{B:GLS}}, per la Romania {{$:24 €}}. Mi dà un telefono del destinatario?",
            ),
            (
                "c",
                "mama [[P:Doina Mureșan]] [[T:+40 744 518 203]]. grazie!! la mia mail [[E:ioana.muresan@example.ro]]",
            ),
            (
                "a",
                "Prenotazione {{R:CORSO-0308-04}} fatta. Vi aspettiamo alle {{TM:10}} in bottega, [[A:via della Croce 14]]. [[P:Marta]]",
            ),
        ],
    },
    # 32. A Welsh customer received broken plates and a customs charge; forwarded courier note.
    {
        "business": "ceramics",
        "platform": "whatsapp",
        "customer": "Rhiannon Pryce",
        "lang": "en",
        "start": "2025-03-21T17:25:00",
        "messages": [
            (
                "c",
                "Hiya, the {{PD:servizio Raffaello}} arrived today but 2 plates are smashed 😩 order {{O:ZF-10417}}. Also I had to pay a customs {{W:bill}} of {{$:£38}}?!",
            ),
            (
                "a",
                "Oh no, I'm so sorry! We'll send 2 new plates free. The customs charge is collected by the courier since Brexit, but we can refund half of it as goodwill.",
            ),
            (
                "c",
                "that's kind, thanks. my husband [[P:Bill]] says diolch too lol. address is the same: [[A:Flat 3, 27 Heol y Deri]], [[L:Rhiwbina]], [[L:Cardiff]] [[A:CF14 6HF]]. refund to [[I:GB32 BARC 2045 1763 0298 14]]",
            ),
            (
                "c",
                "---------- Forwarded message ----------\nFrom: {{B:DPD UK}}\nDear [[P:Rhiannon Pryce]], your parcel {{TR:15501234567890}} has been delivered to your safe place (porch).",
            ),
            (
                "a",
                "Got it. {{$:£19}} refunded today, the new plates leave {{D:Monday}}. [[P:Ilaria]]",
            ),
            ("c", "brill x"),
        ],
    },
    # 33. An order is held by the fraud check (foreign IP, different card holder); unblocked.
    {
        "business": "ceramics",
        "platform": "telegram",
        "customer": "Leo Gatti",
        "lang": "it",
        "start": "2025-08-18T08:03:00",
        "messages": [
            (
                "c",
                "Ciao, ho fatto un ordine ieri sera ({{O:ZF-10460}}) ma mi è arrivata una mail che è 'in verifica', come mai?",
            ),
            (
                "a",
                "Ciao! Il sistema l'ha segnalato perché l'indirizzo di spedizione è diverso da quello della carta e l'accesso risultava da un IP estero ([[IP:185.220.101.47]]). Eri tu?",
            ),
            (
                "c",
                "si si ero io, ero in vacanza a [[L:Tenerife]] con la VPN 😅 sono [[P:Leonardo Gatti]], la carta è di mia madre [[P:Loredana]] e la spedizione è a casa mia",
            ),
            ("a", "Nessun problema, mi confermi l'indirizzo di spedizione?"),
            ("c", "[[A:via Fermini 18/B]], [[A:48022]] [[L:Lugo]] ([[L:RA]])"),
            (
                "a",
                "Sbloccato ✅ Spediamo domani con {{B:Poste Italiane}}, codice {{TR:RR149302854IT}}, lo segui su {{W:https://www.poste.it/cerca}}. [[P:Ilaria]]",
            ),
        ],
    },
    # 34. A Punjabi customer orders a wedding plate with names in two scripts.
    {
        "business": "ceramics",
        "platform": "instagram",
        "customer": "harpreet.k.faenza",
        "lang": "en",
        "start": "2025-05-27T13:50:00",
        "messages": [
            (
                "c",
                "Hello, do you write names on plates? It's for my brother [[P:Gurpreet]] and his wife [[P:Simran]], wedding gift 💍",
            ),
            (
                "a",
                "Ciao! Sì, nomi dipinti a mano, {{$:55 €}} sul piatto grande {{PD:Garofano Ø 32}}. Quali nomi esattamente, e in che alfabeto? Possiamo fare anche il gurmukhi se ci mandi le lettere",
                "it",
            ),
            (
                "c",
                "both pls: [[P:Gurpreet]] & [[P:Simran]] and [[P:ਗੁਰਪ੍ਰੀਤ]] ਤੇ [[P:ਸਿਮਰਨ]]. [[P:Simran]] sells jewellery online, maybe you like it [[U:https://www.etsy.com/shop/SimranKaurJewels]]",
            ),
            (
                "c",
                "io abito a [[L:Granarolo]], vengo io a ritirare. sono [[P:Harpreet Kaur]], tel [[T:389 514 2270]]",
                "it",
            ),
            (
                "a",
                "Perfetto [[P:Harpreet]]! Pronto per {{D:venerdì 23}}, ti aspettiamo in bottega 😊",
                "it",
            ),
        ],
    },
    # 35. A piadineria owner (sole trader) orders 60 plates with ex-works delivery.
    {
        "business": "ceramics",
        "platform": "whatsapp",
        "customer": "Primo Galassi",
        "lang": "it",
        "start": "2025-03-04T10:10:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Primo Galassi]] della piadineria a [[L:Cesenatico]], mi servono 60 piatti piani {{PD:Bianchi di Faenza}} per la riapertura di {{D:Pasqua}}",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Galassi]]! 60 pezzi li facciamo in due lotti, il {{W:primo}} pronto in 10 giorni. Prezzo {{$:16 €}} cad. + IVA, resa {{W:franco}} bottega o spedizione a parte",
            ),
            (
                "c",
                "va bene, passo io col furgone. fattura a me, ditta individuale, P.IVA [[V:07361820454]], [[A:viale Carducci 212]], [[A:47042]] [[L:Cesenatico]]",
            ),
            (
                "c",
                "mail [[E:primo.galassi AT example.it]], pec non ce l'ho. cell [[T:335/6120447]], se non rispondo c'è mia moglie [[P:Vera]]",
            ),
            ("a", "Perfetto. Le scrive la mia collega [[P:Ilaria]] per l'acconto. [[P:Marta]]"),
        ],
    },
    # ------------------------------------------------------------------ influencer agency, Milan
    # 36. A cooking creator asks for representation; links, handles and contract data.
    {
        "business": "agency",
        "platform": "instagram",
        "customer": "lollo.cucina_povera",
        "lang": "it",
        "start": "2025-01-15T22:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Lorenzo]] ma online mi chiamano tutti [[P:Lollo]] 😅 faccio cucina povera su tiktok [[H:lollocucinapovera]] (62k) e ig [[H:@lollo.cucina_povera]]",
            ),
            ("a", "Ciao [[P:Lorenzo]]! Ti seguiamo da un po' 👀 Hai un media kit?"),
            (
                "c",
                "tutto qui [[U:linktr.ee/lollocucinapovera]], c'è anche il canale yt [[U:youtube.com/@LolloCucinaPovera]]. ricette di mia nonna [[P:Assunta]] da [[L:Irpinia]], i video me li fa mia sorella [[P:Chiara]] ([[H:chiaracoppola.video]] su insta)",
            ),
            (
                "a",
                "Top. Ti va una call {{D:giovedì}} alle {{TM:15}}? Per la bozza di contratto ci servono nome completo, CF e residenza. Intanto guarda come lavoriamo: {{W:nebbiatalent.example.it/creators}} [[P:Giada]]",
            ),
            (
                "c",
                "[[P:Lorenzo Coppola]]\n[[CF:CPPLNZ95B14F205I]]\n[[A:viale Monza 120, scala B, 3° piano, int. 9]]\n[[A:20127]] [[L:Milano]]",
            ),
            ("a", "Perfetto. La bozza a che mail te la mandiamo?"),
            ("c", "[[E:lollo.cucinapovera@example.com]] (non quella personale eh)"),
        ],
    },
    # 37. A Brazilian creator moving from Lisbon gets a fashion brief; portfolio and substack.
    {
        "business": "agency",
        "platform": "whatsapp",
        "customer": "Thaís Nogueira",
        "lang": "en",
        "start": "2025-07-02T09:18:00",
        "messages": [
            (
                "c",
                "Hi [[P:Giada]]! [[P:Thaís]] here, [[P:Bea]] gave me your number. I'm moving from [[L:Lisbon]] to [[L:Milan]] in {{D:September}} 🥰",
            ),
            (
                "a",
                "Hi [[P:Thaís]]! Welcome 😊 We have a brief from {{B:Elisabetta Franchi}} for {{W:Fashion Week}}, would you be interested?",
            ),
            (
                "c",
                "omg yes!! portfolio: [[U:https://thaisnogueira.example.com]] and my IG [[U:https://www.instagram.com/thais.nogueira.style/]]. I also write a substack ([[U:thaisnotes.substack.com]])",
            ),
            ("a", "Love it. What's your rate for 1 reel + 3 stories?"),
            (
                "c",
                "usually {{$:€1.800}} but flexible for {{B:EF}} 😍 email [[E:thais@example.pt]], invoices go to my portuguese company",
            ),
            ("a", "Noted. I'll send the brief tonight. [[P:Giada Sormani]] – {{B:Nebbia Talent}}"),
            (
                "c",
                "obrigada!! also my boyfriend [[P:Rafael Paiva]] is a photographer, [[U:rafaelpaiva.example.net]], he's [[H:@rafa.paiva.foto]] everywhere",
            ),
        ],
    },
    # 38. A creator's Instagram account is hacked; login IP, recovery and new link in bio.
    {
        "business": "agency",
        "platform": "telegram",
        "customer": "Sofi B",
        "lang": "it",
        "start": "2025-10-21T23:14:00",
        "messages": [
            (
                "c",
                "[[P:GIADA]] AIUTO MI HANNO HACKERATO INSTA!!! [[H:@sofi.brambi]] NON RIESCO PIU A ENTRARE",
            ),
            (
                "a",
                "[[P:Sofia]] calma, ci pensiamo noi. Ti è arrivata una mail di Instagram con cambio password?",
            ),
            (
                "c",
                "si, accesso da un dispositivo sconosciuto, IP [[IP:102.89.34.211]]. io sono a [[L:Monza]] da mia nonna [[P:Ernestina]], il mio di casa è tipo [[IP:93.41.188.20]]",
            ),
            (
                "a",
                "Ok. Vai su {{W:instagram.com/hacked}} e segui la procedura, noi apriamo un ticket con il nostro contatto {{B:Meta}}: {{R:META-PS-4471902}}",
            ),
            (
                "c",
                "fatto. la mail collegata era [[E:sofia.brambilla02@example.it]] e il numero [[T:+39 340 771 2095]]. hanno messo in bio un link a un sito di crypto 😭 intanto posto dal profilo di riserva [[H:@sofibrambi.backup]]",
            ),
            (
                "a",
                "Recuperato! ✅ Cambia password, attiva la 2FA e rimetti il link giusto: [[U:linktr.ee/sofibrambi]]",
            ),
            (
                "c",
                "grazie [[P:giada]] sei la mia {{W:stella}} 🌟 domani ti porto i pasticcini di {{B:Marchesi}}",
            ),
        ],
    },
    # 39. A mother asks how contracts work for her teenage streamer son; mixed Italian and English.
    {
        "business": "agency",
        "platform": "messenger",
        "customer": "Ngozi Eze",
        "lang": "it",
        "start": "2025-11-04T18:26:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Ngozi Eze]], la mamma di [[P:Kelechi]] che fa le live su twitch come [[H:KeloZ_07]]. È minorenne, volevo capire come funzionano i contratti",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Eze]], domanda giustissima. Con i minori firma il genitore e i compensi vanno su un conto intestato al ragazzo. Dove abitate?",
            ),
            ("c", "a [[L:Sesto San Giovanni]], [[A:via Fratelli Casiraghi 301]]"),
            (
                "c",
                "sorry my english is better: his channel is [[U:twitch.tv/keloz_07]] and on discord he is [[H:keloz.07]]",
                "en",
            ),
            (
                "a",
                "No problem! We'd like a call with you and [[P:Kelechi]], and with his dad too if he's involved?",
                "en",
            ),
            (
                "c",
                "his dad [[P:Emeka]] lives in [[L:Enugu]], I have full custody. call me [[T:+39 392 604 8813]] or email [[E:ngozi.eze [at] example [dot] com]]",
                "en",
            ),
            ("a", "Thank you, we'll call on {{D:Tuesday}}. [[P:Ottavio]]", "en"),
        ],
    },
    # 40. A dog account's owner asks about a late payment; new IBAN and occasional-work receipt.
    {
        "business": "agency",
        "platform": "whatsapp",
        "customer": "Martina Colombo",
        "lang": "it",
        "start": "2025-03-17T12:12:00",
        "messages": [
            (
                "c",
                "ciao [[P:Ottavio]], sono [[P:Martina Colombo]], la mamma umana di {{W:Biscotto}} 🐶 ([[H:biscotto_the_bassotto]] su ig, [[U:https://www.tiktok.com/@biscotto_the_bassotto]]). il pagamento della campagna {{B:Monge}} non è ancora arrivato",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! Il cliente ha pagato noi il {{D:28 febbraio}}, noi paghiamo a 30 giorni, quindi il {{D:30 marzo}}. Mi confermi l'IBAN?",
            ),
            (
                "c",
                "ho cambiato banca! nuovo [[I:IT88C0306910811100000006842]], cointestato con [[P:Simone Gerosa]] (il mio compagno)",
            ),
            ("a", "Ok aggiornato. La fattura a chi la intestiamo? Hai partita IVA?"),
            (
                "c",
                "no, prestazione occasionale. residenza [[A:via Padova 211]] (zona [[L:NoLo]]), [[A:20132]] [[L:Milano]]",
            ),
            (
                "a",
                "Perfetto, ritenuta del 20%, netto {{$:1.240 €}}. Un grattino a {{W:Biscotto}}! 🐾",
            ),
        ],
    },
    # 41. A Ukrainian make-up artist in Milan looks for an agency; Cyrillic and Arabic names.
    {
        "business": "agency",
        "platform": "instagram",
        "customer": "olena.mua.milano",
        "lang": "it",
        "start": "2025-05-19T15:41:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Olena Kovalchuk]] ([[P:Олена Ковальчук]]), truccatrice ucraina, vivo a [[L:Milano]] da 3 anni, su ig [[H:olena.mua.milano]]. Cerco agenzia",
            ),
            ("a", "Ciao [[P:Olena]]! Grazie di averci scritto. Ci mandi il portfolio?"),
            (
                "c",
                "[[U:www.olenakovalchuk-mua.example.com/portfolio]] e video prima-dopo su tiktok [[U:tiktok.com/@olena.mua]]",
            ),
            (
                "c",
                "spesso lavoro con mia amica [[P:Yasmine Haddad]] ([[P:ياسمين حداد]]), lei fa capelli, sua pagina è [[U:instagram.com/yasmine.hairlab]] o insta [[H:yasmine.hairlab]]",
            ),
            (
                "a",
                "Lavori bellissimi 🔥 In che zona sei? Spesso scattiamo negli studi in zona {{W:Tortona}}",
            ),
            (
                "c",
                "abito a [[L:Città Studi]], vicino metro {{W:Piola}}, 20 minuti. ho partita IVA forfettaria [[V:11930760126]] quindi fatture ok. mail [[E:olena.kovalchuk.mua@example.com]]",
            ),
            ("a", "Perfetto, ti chiamiamo questa settimana. [[P:Giada]]"),
        ],
    },
    # 42. An Argentine creator in Madrid never received a PR box; resend to his girlfriend's office.
    {
        "business": "agency",
        "platform": "whatsapp",
        "customer": "Joaco Ferreyra",
        "lang": "en",
        "start": "2025-08-26T11:07:00",
        "messages": [
            (
                "c",
                "Hola [[P:Giada]]! [[P:Joaquín]] here from [[H:@joaco.viaja]]. the {{B:Kiko Milano}} box never arrived to [[L:Madrid]] 😕",
            ),
            ("a", "Ciao [[P:Joaquín]]! Controllo subito. Che indirizzo gli avevi dato?", "it"),
            (
                "c",
                "[[A:Calle de Toledo 71, 3º B]], [[A:28005]] [[L:Madrid]]. maybe the floor is the problem, spanish addresses confuse italians haha",
            ),
            (
                "a",
                "Haha probably. They shipped to '[[A:Calle Toledo 71]]' without the floor. Tracking {{TR:JJD000390017736405}} says returned to sender.",
            ),
            (
                "c",
                "ugh. can they resend to my girlfriend's office? [[P:Lucía Pardo]], [[A:Paseo de la Castellana 95, planta 12]], [[L:Madrid]], tel [[T:+34 612 48 90 37]], she's [[H:luciapardo_]] on insta",
            ),
            (
                "a",
                "Asked them ✅ They resend on {{D:Monday}}. Are you coming to {{W:Venice}} for the film festival? The {{W:Leone d'Oro}} night is wild",
            ),
            (
                "c",
                "yesss, staying at my friend [[P:Mateo]]'s place in [[L:Mestre]]. I'll vlog it on [[U:youtube.com/c/joacoviaja]] 🎬",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(60, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
