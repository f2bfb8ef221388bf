# ruff: noqa: E501
"""Hand-written blind test corpus no. 90 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, address,
phone number, e-mail and account is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted here as
literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive are
marked ``{{CODE:value}}`` (see handwritten_markup.py). The six invented businesses are a parcel
shipping service to and from abroad, a real-estate agency, a carpenter who fits kitchens, a
home-care nursing service, a farm shop that delivers boxes and a locksmith; the corpus leans on
places and addresses. Regenerate with ``python make_handwritten90_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten90_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "spedi": "PacchiMondo Spedizioni",
    "casa": "Immobiliare Ca' del Borgo",
    "cucine": "Falegnameria Tonon Cucine",
    "cura": "Mani Amiche Assistenza Domiciliare",
    "orto": "Cascina Le Fave",
    "chiavi": "Pronto Chiavi 24h",
}
PAGE_IDS: dict[str, str] = {
    "spedi": "690680214337581",
    "casa": "690680559012476",
    "cucine": "690680873340192",
    "cura": "690680120698834",
    "orto": "690680447215903",
    "chiavi": "690680938761250",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- spedi ----------------
    {
        "business": "spedi",
        "platform": "whatsapp",
        "customer": "Oksana",
        "lang": "it",
        "start": "2025-02-03T08:41:00",
        "messages": [
            (
                "c",
                "buongiorno io devo mandare pacco a mia mamma in [[L:Ucraina]] citta [[L:Vinnytsia]] quanto costa 10 kg?",
            ),
            (
                "a",
                "Buongiorno! Per l'[[L:Ucraina]] 10 kg con il servizio {{PD:Eco Est}} sono {{$:48,00 €}}, consegna in circa 8-10 giorni lavorativi. Ci serve indirizzo completo del destinatario e un telefono",
            ),
            (
                "c",
                "ok allora destinatario [[P:Hanna Kovalchuk]]\n[[A:vul. Soborna 14, kv. 27]]\n[[A:21050]] [[L:Vinnytsia]]\ntel [[T:+380 67 412 3398]]",
            ),
            (
                "c",
                "mittente io [[P:Oksana Melnyk]] abito [[A:via Carducci 9]] [[L:Monfalcone]] cell [[T:347 551 2086]]",
            ),
            (
                "a",
                "Perfetto [[P:Oksana]], ho creato la spedizione {{R:PM-UA-55120}}. Può portare il pacco nel nostro punto in {{W:viale XX Settembre}} 41 entro {{TM:le 18}}, fuori c'è l'insegna gialla",
            ),
            ("c", "scusa numero di casa di mamma e [[A:14/a]] nn [[A:14]] 🙈"),
            (
                "a",
                "Nessun problema, corretto in [[A:vul. Soborna 14/a, kv. 27]]. Buona giornata! [[P:Giulia]]",
            ),
        ],
    },
    {
        "business": "spedi",
        "platform": "messenger",
        "customer": "Tom Whitcombe",
        "lang": "en",
        "start": "2025-02-11T17:05:00",
        "messages": [
            (
                "c",
                "hi there do u ship from [[L:italy]] to the [[L:UK]]? moving back to [[L:Leeds]] next month and got 4 boxes of books",
            ),
            (
                "a",
                "Hi [[P:Tom]], yes we ship to the whole {{W:UK}} every week. 4 boxes up to 20 kg each are {{$:£165}} with the {{PD:Mondo Standard}} service. Where are you collecting from?",
            ),
            (
                "c",
                "from my flat in [[L:Udine]], [[A:via Grazzano 33 int 4]] 3rd floor no lift sorry 😅",
            ),
            (
                "c",
                "delivery to my sisters\n[[P:Becky Whitcombe-Ansah]]\n[[A:Flat 2, 17 Harehills Lane]]\n[[L:Leeds]] [[A:LS8 4HQ]]",
            ),
            ("a", "Noted. Could you give us a [[L:UK]] phone for the courier?"),
            (
                "c",
                "her mobile [[T:07700 918 442]] or mine [[T:+44 7911\n204 876]] (my [[L:UK]] number still works)",
            ),
            (
                "a",
                "Thanks! Booking ref {{R:PM-GB-80317}}, pickup {{D:Tuesday 4th March}} between {{TM:9:00}} and {{TM:13:00}}. [[P:Marco]] from the team",
            ),
            ("c", "brill thx [[P:marco]] 🙏"),
        ],
    },
    {
        "business": "spedi",
        "platform": "instagram",
        "customer": "vale.in.berlin",
        "lang": "it",
        "start": "2025-03-02T21:12:00",
        "messages": [
            (
                "c",
                "ciao!! dove sta il mio pacco?? tracking {{TR:3920 5561 0874}} doveva arrivare a [[L:Berlino]] venerdi 😩",
            ),
            (
                "a",
                "Ciao! Vedo che la spedizione {{TR:3920 5561 0874}} è ferma nel centro di smistamento di {{W:Lipsia}} per un indirizzo incompleto. Ci confermi via e numero?",
            ),
            (
                "c",
                "[[A:Wrangelstraße 58]], [[A:Hinterhaus 3. OG]] [[A:10997]] [[L:Berlin]] – il campanello dice [[P:Sartori/Nguyen]] perche abito con la mia coinquilina [[P:Linh]]",
            ),
            ("c", "e il mio numero tedesco [[T:0176 2934 5518]]"),
            (
                "a",
                "Grazie, aggiornato! Il corriere riprova {{D:lunedì}}. Per qualsiasi cosa scrivici qui o a info, siamo a {{W:Gorizia}}",
            ),
            (
                "c",
                "grazie mille!! btw mia amica [[P:Chiara]] vuole mandare roba da [[L:Bari]] a [[L:Amburgo]] le passo il vostro profilo",
                "it",
            ),
            (
                "a",
                "Grazie! Da [[L:Bari]] ad [[L:Amburgo]] ci vogliono circa 4 giorni, prezzi da {{$:19,90 €}}. [[P:Giulia]]",
            ),
        ],
    },
    {
        "business": "spedi",
        "platform": "telegram",
        "customer": "Rashid",
        "lang": "en",
        "start": "2025-03-19T10:30:00",
        "messages": [
            (
                "c",
                "salam hello i want send parcel to my brother in [[L:Casablanca]] its clothes and 2 phone old",
            ),
            (
                "c",
                "he is [[P:Youssef El Amrani]] adress [[A:Rue Ibn Batouta 112, Appt 6]] [[L:Casablanca]] [[A:20250]] [[L:Maroc]]",
            ),
            (
                "a",
                "Hello [[P:Rashid]], for [[L:Morocco]] we need a customs form. Old phones are ok if without battery. 7 kg cost {{$:62 €}}. Your full name and a phone please",
            ),
            (
                "c",
                "[[P:Rashid El Amrani]] i live [[L:Pordenone]] [[A:via Montereale 150]] phone [[T:+39 389 402 7715]] my brother phone [[T:+212 661-447-093]]",
            ),
            (
                "a",
                "Thank you. Your shipment number is {{O:4417098823}} (it's an order number, not a phone 😊). Pay at the counter or by bank transfer to our IBAN on the receipt. [[P:Elena]]",
            ),
            ("c", "ok shukran i come tomorrow with [[P:rashid]] my cousin same name haha"),
            (
                "a",
                "See you tomorrow [[P:Rashid]], we open at {{TM:8:30}} in {{W:viale XX Settembre}}, next to the {{W:Esselunga}}",
            ),
        ],
    },
    {
        "business": "spedi",
        "platform": "whatsapp",
        "customer": "Marisa",
        "lang": "it",
        "start": "2025-04-07T14:02:00",
        "messages": [
            (
                "c",
                "salve vorrei spedire una scatola di {{PD:Grana Padano}} e 2 bottiglie di {{PD:Prosecco}} a mia figlia in [[L:Australia]] si puo?",
            ),
            (
                "a",
                "Salve! Il formaggio stagionato sì, sottovuoto. Gli alcolici verso l'[[L:Australia]] purtroppo no con il nostro corriere. Il {{PD:Grana}} da 2 kg costa {{$:79 €}} spedito",
            ),
            (
                "c",
                "va bene solo grana allora. lei sta a [[L:Perth]] [[A:unit 5/42 Hay Street]] [[L:Subiaco]] [[A:WA 6008]] si chiama [[P:Federica Zanin]] ma tutti la chiamano [[P:Fede]]",
            ),
            ("c", "mail sua [[E:fede punto zanin chiocciola libero punto it]]"),
            (
                "a",
                "Perfetto, la ricevuta arriva alla sua mail. Ci lascia anche i suoi dati da mittente?",
            ),
            (
                "c",
                "[[P:Marisa Tomadini]] [[A:borgo Colmello di Grotta 7]] [[L:Farra d'Isonzo]] [[A:34072]]",
            ),
            (
                "a",
                "Grazie signora [[P:Tomadini]], spedizione {{R:PM-AU-20991}}. [[P:Giulia]] - {{B:PacchiMondo}}",
            ),
        ],
    },
    {
        "business": "spedi",
        "platform": "messenger",
        "customer": "Wei Zhang",
        "lang": "en",
        "start": "2025-05-15T09:48:00",
        "messages": [
            ("c", "hello i receive parcel from [[L:china]] but customs want pay 37 euro why"),
            ("a", "Hi! Parcels from outside the EU pay VAT on arrival. Can you send the tracking?"),
            (
                "c",
                "{{TR:LP00 5829 1173 CN}} name on parcel [[P:Zhang Wei]] but address wrong they write [[A:via Roma 1]] not [[A:via Roma 11]]",
            ),
            ("c", "i live [[L:Cormons]] with wife [[P:Li Na]] her name maybe on bell [[P:Li]]"),
            (
                "a",
                "Thanks, we'll ask the courier to deliver to [[A:via Roma 11]]. The customs fee is paid to the courier, {{$:37,20 €}}. [[P:Marco]]",
            ),
            ("c", "ok thx, email for receipt [[E:zhangwei_88@example.com]]"),
            ("a", "Receipt sent to [[E:zhangwei_88@example.com]]. Have a nice day [[P:Wei]]!"),
        ],
    },
    # ---------------- casa ----------------
    {
        "business": "casa",
        "platform": "messenger",
        "customer": "Davide Brumat",
        "lang": "it",
        "start": "2025-01-20T19:22:00",
        "messages": [
            (
                "c",
                "buonasera ho visto l'annuncio del bilocale in {{W:piazza Vittoria}} ({{R:rif. CB-214}}) è ancora libero? io e la mia ragazza ci trasferiamo da [[L:Bolzano]] a marzo",
            ),
            (
                "a",
                "Buonasera [[P:Davide]], sì è ancora disponibile: {{$:650 €}} al mese più spese. Possiamo fissare una visita? Mi lascia un numero?",
            ),
            (
                "c",
                "certo [[T:340.118.2267]] oppure lei [[P:Ilaria Pichler]] [[T:0471 93 20 58]] (fisso dei suoi a [[L:Bressanone]] 😂)",
            ),
            (
                "a",
                "Perfetto. Va bene {{D:sabato 25}} alle {{TM:10:30}}? L'ingresso è dal portone accanto al {{W:Caffè degli Specchi}}",
            ),
            ("c", "ok. x il contratto vi serve il mio cf? [[CF:BRMDVD91L08A952X]]"),
            (
                "c",
                "e quello di [[P:Ilaria]] è [[CF:PCHLRI93M52A952C]], lei è nata a [[L:Bolzano]] come me",
            ),
            (
                "a",
                "Grazie, li verifichiamo in agenzia! A sabato. [[P:Sabrina]] - {{B:Ca' del Borgo}}",
            ),
        ],
    },
    {
        "business": "casa",
        "platform": "whatsapp",
        "customer": "Margarete Kleinert",
        "lang": "en",
        "start": "2025-02-06T11:15:00",
        "messages": [
            (
                "c",
                "Good morning, we are a retired couple from [[L:Munich]] looking to buy a small house in the [[L:Collio]] hills, near [[L:San Floriano]] maybe. Budget 250k",
            ),
            (
                "a",
                "Good morning Mrs [[P:Kleinert]]! We have a stone farmhouse in località {{W:Giasbana}} ({{R:ref. CB-377}}, {{$:238.000 €}}) and one near the {{W:Castello di Spessa}}. When are you in [[L:Italy]]?",
            ),
            (
                "c",
                "We stay from 10 April at a friend's, [[P:Luisa Cernic]], [[A:località Scedina 4]] [[L:Oslavia]]. Our address at home is [[A:Belgradstraße 21]], [[A:80796]] [[L:München]] if you send paper brochure",
            ),
            (
                "c",
                "Mein Mann [[P:Günther]] spricht nur Deutsch, sorry 😊 his mobile [[T:+49 151 4472 0961]], mine [[T:+49 (0)89 3012 447]]",
                "de",
            ),
            (
                "a",
                "Wunderbar, a colleague speaks German. I'll post the brochures today. [[P:Sabrina]]",
            ),
            ("c", "and my e-mail is [[E:m.kleinert(at)posteo(dot)de]] – thank you!"),
        ],
    },
    {
        "business": "casa",
        "platform": "instagram",
        "customer": "samu_ferr",
        "lang": "it",
        "start": "2025-03-11T22:40:00",
        "messages": [
            (
                "c",
                "ciao cerco affitto x studenti vicino all'università, sono di [[L:Lecce]] e inizio a settembre",
            ),
            (
                "a",
                "Ciao! Abbiamo una stanza singola in {{W:via Alviano}}, zona {{W:Campagnuzza}}, {{$:320 €}} tutto incluso ({{R:CB-402}})",
            ),
            (
                "c",
                "top! sono [[P:samuele]], [[P:Samuele Ferraro]]. su ig mi trovi anche come [[H:@samu_ferr]] e il mio tiktok è [[U:tiktok.com/@samuferr.vlog]] se volete vedere che nn sono un pazzo 😂",
            ),
            (
                "c",
                "mio papà [[P:Rocco]] fa da garante, abita [[A:via Leuca 88]] [[A:73100]] [[L:Lecce]], tel [[T:0832 / 34 19 70]]",
            ),
            ("a", "Grazie [[P:Samuele]]! Ti mando il contratto tipo via mail?"),
            ("c", "si a [[E:samuele.ferraro03@example.it]] grazie mille"),
        ],
    },
    {
        "business": "casa",
        "platform": "messenger",
        "customer": "Gianni Furlan",
        "lang": "it",
        "start": "2025-04-02T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei vendere l'appartamento di mia madre buonanima, [[A:via San Michele 47, scala B int. 7]], [[L:Gorizia]]. lei era [[P:Rosa Furlan]] ved. [[P:Bressan]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Furlan]], condoglianze. Per una valutazione gratuita passiamo noi. Il {{W:San Michele}} è una bella zona, vicino al {{W:Parco Piuma}}",
            ),
            (
                "c",
                "grazie. le chiavi le ha la vicina sig.ra [[P:Delbello]] al piano terra, citofono [[P:Delbello]]. io vivo a [[L:Treviso]] ora, [[A:viale Felissent 12]]",
            ),
            ("c", "il mio cell [[T:335 78\n22 019]]"),
            (
                "a",
                "Grazie, ci sentiamo per la data. Il nostro ufficio è in {{W:corso Italia}} 66 se preferisce passare. [[P:Sabrina]]",
            ),
            ("c", "ok. il notaio sarebbe il dott. [[P:Stoka]] di [[L:Cormons]] se serve"),
            (
                "a",
                "Perfetto, conosciamo lo studio del dott. [[P:Stoka]] in {{W:piazza della Vittoria}}. [[P:Sabrina]]",
            ),
        ],
    },
    {
        "business": "casa",
        "platform": "telegram",
        "customer": "Amara Okafor",
        "lang": "en",
        "start": "2025-05-08T13:33:00",
        "messages": [
            (
                "c",
                "hello, I'm a nurse from [[L:Lagos]], I'll work at the hospital in [[L:Monfalcone]] from june. need 1 bedroom flat, ok with pets? i have a cat called {{W:Pepper}}",
            ),
            (
                "a",
                "Hello [[P:Amara]]! Yes, the flat in {{W:via Terenziana}} ({{R:CB-419}}, {{$:540 €}}) accepts pets. We need a payslip or a work contract",
            ),
            (
                "c",
                "ok i will send my contract. my current address is in [[L:England]], [[A:Flat 9B, 221 Stretford Road]], [[L:Manchester]] [[A:M15 5EP]]",
            ),
            (
                "c",
                "telegram is [[H:amara_ok]] and whatsapp [[T:+44 7723 556 108]]. my referee is my landlord Mr. [[P:Derek Holloway]]",
            ),
            ("a", "Perfect, thanks [[P:Amara]]. Welcome to [[L:Italy]]!"),
        ],
    },
    {
        "business": "casa",
        "platform": "whatsapp",
        "customer": "Bianca",
        "lang": "it",
        "start": "2025-06-14T18:50:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Bianca]] la sorella di [[P:Nicolò Speranza]] vi ha scritto lui x la casa a [[L:Mossa]]",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Sì, la casa {{W:bianca}} con il portico in [[A:via Montello 5]], giusto? Quella che ha visto tuo fratello",
            ),
            (
                "c",
                "si quella. noi ora siamo in [[L:Spagna]], a [[L:Valencia]] [[A:Calle de Cádiz 39, 2º izq]] [[A:46006]], torniamo a luglio",
            ),
            (
                "c",
                "se potete mandare le foto a [[P:nico]] [[E:nico.speranza@example.com]] o al mio [[T:+34 612 48 93 07]]. ¡gracias! perdón mi italiano ya es mezclado 😅",
                "es",
            ),
            (
                "a",
                "Certo, le mandiamo oggi stesso. Con la {{W:speranza}} che piaccia! [[P:Sabrina]]",
            ),
            (
                "c",
                "ah la caparra la manda [[P:nico]] dal suo conto in [[L:germania]] [[I:DE44500105175407324931]] intestato [[P:Nicolò Speranza]] ok?",
            ),
        ],
    },
    # ---------------- cucine ----------------
    {
        "business": "cucine",
        "platform": "messenger",
        "customer": "Loredana Visintin",
        "lang": "it",
        "start": "2025-01-28T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei un preventivo x cucina su misura in rovere, parete 3,40 m. casa nostra è a [[L:Gradisca]], [[A:via Ciotti 18]]",
            ),
            (
                "a",
                "Buongiorno! Volentieri. Il sopralluogo lo fa il titolare [[P:Walter]] in persona. Il modello {{PD:Rovere Isonzo}} parte da {{$:7.900 €}}",
            ),
            (
                "c",
                "ok. x il sopralluogo meglio il pomeriggio, citofono [[P:Visintin-Colja]], secondo piano",
            ),
            (
                "c",
                "ah attenzione che il numero civico l'hanno cambiato, ora è [[A:18/B]] non [[A:18]]",
            ),
            (
                "a",
                "Segnato! {{D:Giovedì 6 febbraio}} alle {{TM:15}} va bene? Lei è raggiungibile al numero del profilo?",
            ),
            ("c", "meglio [[T:0481 99 40 26]] fisso o mio marito [[P:Stefano]] [[T:328-6620-415]]"),
            ("a", "Perfetto, a giovedì. [[P:Walter Tonon]]"),
        ],
    },
    {
        "business": "cucine",
        "platform": "whatsapp",
        "customer": "Kamal",
        "lang": "it",
        "start": "2025-02-17T16:44:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Kamal Hossain]] ho comprato casa a [[L:Ronchi dei Legionari]] e serve cucina piccola angolo, ho visto foto vostre su facebook molto belle",
            ),
            (
                "c",
                "casa è [[A:via Redipuglia 3]] ma entrata dietro, [[A:vicolo del Forno]] , piano terra",
            ),
            (
                "a",
                "Buongiorno [[P:Kamal]], grazie! Per un angolo piccolo consigliamo la linea {{PD:Carso Compact}}, circa {{$:4.200 €}} montata. Passiamo a misurare?",
            ),
            (
                "c",
                "si grazie. io lavoro in cantiere a [[L:Trieste]] torno dopo 17. mio cugino [[P:Jamal]] puo aprire la mattina numero [[T:371 204 8890]]",
            ),
            (
                "a",
                "Va bene, ci accordiamo con [[P:Jamal]] per {{D:martedì}} mattina. Per l'acconto le mandiamo la fattura {{R:FT 2025/118}} con i dati bancari",
            ),
            (
                "c",
                "ok per fattura io ho partita iva ditta mia [[V:02314050960]] intestata a [[P:Hossain Kamal]]",
            ),
        ],
    },
    {
        "business": "cucine",
        "platform": "instagram",
        "customer": "Elisa | home & plants",
        "lang": "it",
        "start": "2025-03-25T20:31:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:elisa]] di [[H:@elisa.homeandplants]] 🌿 mi piacerebbe collaborare, faccio contenuti di interior! il mio blog è [[U:www.elisaperbacco.it]]",
            ),
            (
                "a",
                "Ciao [[P:Elisa]]! Che bello, grazie. Dove abiti? Se sei in zona ti facciamo vedere lo showroom in {{W:via Aquileia}} a {{W:Cormons}}",
            ),
            (
                "c",
                "sto a [[L:Aquileia]] 😂 che coincidenza col nome della via! sono in [[A:via Giulia Augusta 29]]",
            ),
            (
                "c",
                "anche su youtube [[U:youtube.com/@elisaperbacco]] e linktree [[U:linktr.ee/elisa.perbacco]]",
            ),
            ("a", "Perfetto, ti scrive [[P:Martina]] del marketing. A presto!"),
        ],
    },
    {
        "business": "cucine",
        "platform": "messenger",
        "customer": "Pete Lindqvist",
        "lang": "en",
        "start": "2025-04-22T09:00:00",
        "messages": [
            (
                "c",
                "Hi, we are renovating a holiday house in [[L:Grado]] (we live in [[L:Gothenburg]]). Do you fit kitchens also when we are not there?",
            ),
            (
                "a",
                "Hi [[P:Pete]], yes, many of our clients are abroad. We can coordinate with someone local who has the keys",
            ),
            (
                "c",
                "Great. The house is [[A:Calle Porta Grande 6]], [[L:Grado]], our geometra [[P:Franco Marizza]] has the keys, [[T:+39 0431 80 55 14]]",
            ),
            (
                "c",
                "My wife [[P:Ingrid]] wants the {{PD:Laguna}} model in sage green, but not the {{W:Verde Salvia}} from {{B:IKEA}} haha",
            ),
            (
                "a",
                "Ha, understood! Our {{PD:Laguna}} in {{W:verde salvia}} is {{$:9.350 €}} fitted. [[P:Walter]]",
            ),
            (
                "c",
                "send offer to [[E:pete.lindqvist@example.se]] please, and the invoice to our Swedish address: [[A:Linnégatan 14]], [[A:413 04]] [[L:Göteborg]]",
            ),
            (
                "a",
                "Offer sent to [[E:pete.lindqvist@example.se]]. [[P:Franco]] will open the house for our measuring on {{D:2 May}} at {{TM:10:00}}",
            ),
        ],
    },
    {
        "business": "cucine",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-05-30T07:55:00",
        "messages": [
            (
                "c",
                "[[P:walter]] buongiorno sono il [[P:Giuse]] della cucina di [[L:Capriva]] quella con l'isola",
            ),
            (
                "c",
                "volevo dire che l'anta del lavello nn chiude bene e mia moglie [[P:Antonella]] è disperata 😂😂 ce la fate a passare?",
            ),
            (
                "a",
                "Ciao [[P:Giuse]]! Certo, è in garanzia. Mi ricordi l'indirizzo? Ho il tuo ordine {{O:ORD-2291}} ma l'indirizzo è del vecchio cantiere",
            ),
            (
                "c",
                "[[A:via Russiz 2]] [[L:Capriva del Friuli]] poi ti ricordi la strada dopo la chiesa di {{W:San Rocco}}, casa gialla",
            ),
            ("a", "Sì sì! Passo {{D:venerdì}} verso le {{TM:8:30}}. [[P:Walter]]"),
        ],
    },
    # ---------------- cura ----------------
    {
        "business": "cura",
        "platform": "whatsapp",
        "customer": "Paola Cosolo",
        "lang": "it",
        "start": "2025-01-09T07:30:00",
        "messages": [
            (
                "c",
                "buongiorno mio papà [[P:Giuseppe Ferrari]] 87 anni è appena stato dimesso e serve l'infermiera x le medicazioni tutti i giorni",
            ),
            (
                "c",
                "lui abita da solo in [[A:frazione Merna 12]], [[L:Miren-Kostanjevica]] no scusate quello è di là del confine, è a [[L:Merna]] lato sloveno ma la casa di cura dice che coprite anche lì?",
            ),
            (
                "a",
                "Buongiorno signora [[P:Cosolo]]. Purtroppo oltre confine no: copriamo {{W:Gorizia}} e i comuni della provincia. Ha un recapito in [[L:Italia]] per suo padre?",
            ),
            (
                "c",
                "si allora viene da me fino a fine mese: [[A:via Brigata Pavia 21]], [[L:Lucinico]], [[A:34170]] [[L:Gorizia]], citofono [[P:Cosolo-Ferrari]]",
            ),
            (
                "c",
                "cf di papà [[CF:FRRGPP57C12L424U]]\nil medico di base è la dott.ssa [[P:Nadia Vuga]]",
            ),
            (
                "a",
                "Grazie. Domani alle {{TM:8:00}} passa l'infermiera [[P:Anna]]. Il pacchetto {{PD:Medicazioni Plus}} è {{$:35 €}} ad accesso",
            ),
            ("c", "grazie infinite. il mio cell x ogni cosa [[T:0039 347 66 01 285]]"),
        ],
    },
    {
        "business": "cura",
        "platform": "messenger",
        "customer": "Hélène Marchetti",
        "lang": "it",
        "start": "2025-02-22T15:12:00",
        "messages": [
            (
                "c",
                "bonjour, scusate il mio italiano. mia suocera [[P:Ester Marchetti]] vive sola a [[L:San Canzian d'Isonzo]] e io sono a [[L:Lyon]], ho bisogno di qualcuno 3 volte la settimana",
            ),
            (
                "a",
                "Bonjour signora! Certo, abbiamo operatrici a [[L:San Canzian]]. Ci serve l'indirizzo preciso della signora [[P:Ester]]",
            ),
            ("c", "[[A:via Trieste 104]]"),
            (
                "c",
                "mais attention la casa è dietro, si entra da [[A:via dei Campi]], il cancello verde. la vicina [[P:Mirella]] ha una chiave",
            ),
            (
                "c",
                "moi: [[P:Hélène Marchetti]], [[A:12 rue Sainte-Catherine]], [[A:69001]] [[L:Lyon]], tél [[T:+33 6 71 24 58 90]]. Je préfère écrire en français si possible",
                "fr",
            ),
            (
                "a",
                "Pas de problème! Le scriviamo anche in francese. L'operatrice sarà [[P:Dragana Petrović]]. [[P:Chiara]] - {{B:Mani Amiche}}",
            ),
        ],
    },
    {
        "business": "cura",
        "platform": "whatsapp",
        "customer": "Enzo",
        "lang": "it",
        "start": "2025-03-14T12:00:00",
        "messages": [
            (
                "c",
                "salve sono [[P:enzo bortolotti]] ma io sto bene eh 😂 è x mia moglie [[P:Felicita]] che ha rotto il femore",
            ),
            (
                "a",
                "Salve signor [[P:Bortolotti]], ci dispiace! Serve fisioterapia a domicilio? Dove abitate?",
            ),
            (
                "c",
                "si fisio. stiamo a [[L:Villesse]] [[A:via Felice Cavallotti 8]], dopo il {{W:centro commerciale Tiare}} girate a destra",
            ),
            (
                "c",
                "tel [[T:0481 / 91.72.30]]. per pagare vi do iban nostro x addebito? [[I:IT66F0306909606000000478213]]",
            ),
            (
                "a",
                "Grazie, per l'addebito mandiamo un modulo. Il fisioterapista si chiama [[P:Luca]], passa {{D:lunedì 17}}. Buona giornata e auguri alla signora [[P:Felicita]]!",
            ),
            ("c", "grazie, {{W:felice}} di sentirlo 🙏 [[P:felicita]] vi saluta"),
        ],
    },
    {
        "business": "cura",
        "platform": "telegram",
        "customer": "Ravi Menon",
        "lang": "en",
        "start": "2025-04-11T06:20:00",
        "messages": [
            (
                "c",
                "Hello, my father-in-law [[P:Carlo De Marchi Rossetti]] lives in [[L:Sagrado]], [[A:località Peteano 23]], he has diabetes and needs insulin checks twice a day",
            ),
            (
                "c",
                "I am in [[L:Bangalore]] for work till May, my wife [[P:Giulia De Marchi]] is in [[L:Milan]]. Please contact her on [[T:+39 02 4879 3312]] or me [[T:+91 98450 27716]]",
            ),
            (
                "a",
                "Hello [[P:Ravi]], we can start on {{D:Monday}}. The nurse will be [[P:Svetlana]]. Our fee is {{$:28 €}} per visit, invoiced monthly",
            ),
            ("c", "Fine. Pay by card is ok? [[C:5413 7500 9918 2479]] exp 09/27"),
            (
                "a",
                "Please don't send card numbers in chat 🙏 We'll send a secure payment link to your e-mail",
            ),
            ("c", "sorry! it's [[E:ravi.menon@example.in]]"),
            (
                "c",
                "or for the first month use my wife's card [[C:4917-6200-5533-0186]], [[P:Giulia]] said ok",
            ),
            (
                "a",
                "Thank you, but please use the link only: we never keep card numbers from chat. [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "cura",
        "platform": "messenger",
        "customer": "Nonna Lia",
        "lang": "it",
        "start": "2025-05-26T17:45:00",
        "messages": [
            (
                "c",
                "BUONASERA SONO LA SIGNORA [[P:LIA PERCO]] SCRIVE MIO NIPOTE [[P:MATTIA]] PER ME",
            ),
            (
                "c",
                "ciao sono [[P:mattia]] il nipote 😅 la nonna chiede se l'infermiere puo venire anche sabato, lei è in [[A:via Duca d'Aosta 71 scala C 3° piano]] a [[L:Monfalcone]]",
            ),
            (
                "a",
                "Ciao [[P:Mattia]]! Sì, il sabato passa [[P:Ahmed]] tra le {{TM:9}} e le {{TM:10}}. Ricordami il citofono",
            ),
            ("c", "[[P:Perco]]. ah no scusa è [[A:scala D]] non C, la C è della [[P:Zorzenon]] 😂"),
            ("a", "Corretto, grazie! [[P:Chiara]]"),
        ],
    },
    # ---------------- orto ----------------
    {
        "business": "orto",
        "platform": "instagram",
        "customer": "martina.cucina",
        "lang": "it",
        "start": "2025-02-01T09:05:00",
        "messages": [
            (
                "c",
                "ciao! consegnate la {{PD:Box Famiglia}} anche a [[L:Cervignano]]? abito in [[L:frazione Strassoldo]]",
            ),
            (
                "a",
                "Ciao! Sì, consegniamo in tutta la {{W:Bassa Friulana}} il giovedì. La {{PD:Box Famiglia}} è {{$:32 €}} con uova, verdura di stagione e il nostro {{PD:Montasio}}",
            ),
            (
                "c",
                "perfetto!! allora [[A:via del Castello 3]] [[L:Strassoldo]] [[A:33052]], sul campanello c'è [[P:Ruzzier]] non il mio nome perché è casa del mio compagno [[P:Ivo]]",
            ),
            ("c", "io sono [[P:Martina Gallas]], numero [[T:333 4 07 19 62]]"),
            (
                "a",
                "Segnato tutto! Primo ordine {{O:#5530}}, arriva {{D:giovedì 6}}. [[P:Lorenzo]] della {{B:Cascina}}",
            ),
            ("c", "grazieee 🥕🥚"),
        ],
    },
    {
        "business": "orto",
        "platform": "whatsapp",
        "customer": "Sandro",
        "lang": "it",
        "start": "2025-03-07T18:18:00",
        "messages": [
            (
                "c",
                "buonasera posso ordinare una box x i miei genitori? loro stanno a [[L:Romans d'Isonzo]] io invece a [[L:Bologna]]",
            ),
            (
                "a",
                "Buonasera! Certo, [[L:Romans]] è nella nostra zona. Ci dà nome e indirizzo dei suoi genitori?",
            ),
            (
                "c",
                "[[P:Dino]] e [[P:Marisa Pecorari]]\n[[A:via Latina 40]]\n[[L:Versa]]\nfrazione di [[L:Romans]]",
            ),
            (
                "c",
                "mio papà nn sente il telefono quindi chiamate mia mamma [[T:0481.90.96.41]] e le fatture a me: [[P:Sandro Pecorari]], [[A:via Mascarella 59/2]], [[A:40126]] [[L:Bologna]] – [[E:sandro.pecorari@example.it]]",
            ),
            ("c", "pago con bonifico dal mio conto [[I:IT12K0503411701000000093127]] va bene?"),
            (
                "a",
                "Benissimo. Ordine {{O:5561-0481-90}} (sì, sembra un telefono 😄). Le mettiamo anche un {{PD:Frico}} in omaggio. [[P:Lorenzo]]",
            ),
        ],
    },
    {
        "business": "orto",
        "platform": "messenger",
        "customer": "Jessica Bradley",
        "lang": "en",
        "start": "2025-04-16T12:40:00",
        "messages": [
            (
                "c",
                "hiya, we're renting an agriturismo near [[L:Cividale]] for 2 weeks in may with the kids, can you deliver a veg box there?",
            ),
            (
                "a",
                "Hi! [[L:Cividale]] is just outside our area but for 2 boxes we come. Where exactly are you staying?",
            ),
            (
                "c",
                "[[A:Borgo Ronchi 11]], [[L:Prepotto]], the place is called {{B:Agriturismo La Subida di Sopra}}",
            ),
            (
                "c",
                "I'm [[P:Jess]], my husband is [[P:Will]], kids [[P:Poppy]] and [[P:Alfie]] are fussy lol will eat only potatoes 🥔. my number [[T:+1 (617) 555-0148]] ([[L:US]]) or email [[E:jess.bradley.fam at gmail dot com]]",
            ),
            (
                "a",
                "Haha we {{W:will}} add extra potatoes! Two {{PD:Box Famiglia}} for {{D:12 May}} and {{D:19 May}}, {{$:64 €}} total. [[P:Lorenzo]]",
            ),
            ("c", "amazing, we're from [[L:Boston]] btw so everything here is a dream ❤️"),
            (
                "a",
                "[[L:Boston]]! Then you must try our {{PD:Prosciutto di San Daniele}}, we'll put a sample in 😊",
            ),
        ],
    },
    {
        "business": "orto",
        "platform": "whatsapp",
        "customer": "Dragan",
        "lang": "it",
        "start": "2025-05-20T07:12:00",
        "messages": [
            (
                "c",
                "dobro jutro buon giorno, io [[P:Dragan Jovanović]] vorrei box ogni settimana, casa mia [[L:Staranzano]] [[A:via Primo Maggio 17]]",
            ),
            (
                "a",
                "Buongiorno [[P:Dragan]]! Abbonamento settimanale {{PD:Box Orto}} {{$:24 €}}, consegna il venerdì. Ci scrive il civico completo e il nome sul campanello?",
            ),
            (
                "c",
                "[[A:17 interno 2]], campanello [[P:Jovanovic]] e [[P:Bašić]] perche abito con [[P:Milena]] mia moglie",
            ),
            ("c", "scusa civico e [[A:19]] non [[A:17]], [[A:17]] e casa del vicino [[P:Mauro]]"),
            ("a", "Ah ok, allora [[A:via Primo Maggio 19 int. 2]]. Grazie, a venerdì!"),
        ],
    },
    {
        "business": "orto",
        "platform": "telegram",
        "customer": "Chen Yu",
        "lang": "it",
        "start": "2025-06-03T11:22:00",
        "messages": [
            ("c", "buongiorno io vorrei box verdura per ristorante? o solo famiglie?"),
            (
                "a",
                "Buongiorno! Facciamo anche forniture per ristoranti, servono partita IVA e indirizzo",
            ),
            (
                "c",
                "ristorante è di mio marito [[P:Liu Jian]], partita iva [[V:01789320411]], io sono [[P:Chen Yu]] abito sopra ristorante [[A:corso Verdi 3]] [[L:Gorizia]]",
            ),
            ("c", "il ristorante si chiama {{B:Drago d'Oro}} e mio telegram [[H:@chenyu_go]]"),
            (
                "a",
                "Grazie! Le mandiamo il listino {{R:LIST-HO-25}}. Per il radicchio {{PD:Rosa di Gorizia}} siamo in stagione fino a marzo",
            ),
            (
                "c",
                "ok grazie, [[P:jian]] dice anche {{PD:Frico}} ok, consegna dopo {{TM:15:00}} x favore 🙏",
            ),
        ],
    },
    # ---------------- chiavi ----------------
    {
        "business": "chiavi",
        "platform": "whatsapp",
        "customer": "Fra",
        "lang": "it",
        "start": "2025-01-14T23:48:00",
        "messages": [
            (
                "c",
                "aiutooo sono chiusa fuori casa 😭 siete aperti?? [[A:via Garibaldi 14]] [[L:Gorizia]] terzo piano",
            ),
            (
                "a",
                "Sì, pronto intervento 24h. Uscita notturna {{$:120 €}}. Il tecnico arriva in 25 minuti circa. Nome e numero?",
            ),
            ("c", "[[P:Francesca Lupieri]] [[T:349 883 1207]]\ncitofono [[P:Lupieri/Abramo]]"),
            (
                "c",
                "pls fate presto fa freddissimo, ci sono -3 dicono al tg che nevica a {{W:Tarvisio}}",
            ),
            ("a", "Arriva [[P:Nicola]] con il furgone bianco. Intervento {{R:PC-0114-77}}"),
            (
                "c",
                "ok sono davanti al {{W:bar Garibaldi}} all'angolo con la mia vicina [[P:Rosa]] che mi fa compagnia 🥶",
            ),
            ("c", "ps il civico e [[A:16]] non [[A:14]] sorry panico 😅"),
            ("a", "Tranquilla, [[P:Nicola]] vi vede. [[A:16]] ok"),
        ],
    },
    {
        "business": "chiavi",
        "platform": "messenger",
        "customer": "Hamid Karimi",
        "lang": "en",
        "start": "2025-02-19T08:25:00",
        "messages": [
            (
                "c",
                "hello i want change lock of front door, i am new tenant, landlord sig. [[P:Pahor]] say ok. i am from [[L:Afghanistan]], sorry my english",
            ),
            (
                "a",
                "Hello! A new security cylinder {{PD:Cisa Asix}} fitted is {{$:145 €}}. What's the address?",
            ),
            ("c", "[[A:via Vittorio Veneto 9]]"),
            ("c", "[[L:Monfalcone]], floor 2, bell [[P:Karimi]], near the {{W:Duomo}}"),
            ("a", "Thanks [[P:Hamid]], Thursday at {{TM:14:30}} ok? [[P:Nicola]] will come"),
            (
                "c",
                "ok. number [[T:+39 328 09 71 446]] or my friend [[P:Farid]] [[T:351 6612093]] he speak italian",
            ),
        ],
    },
    {
        "business": "chiavi",
        "platform": "instagram",
        "customer": "luca_bikes_go",
        "lang": "it",
        "start": "2025-03-28T13:10:00",
        "messages": [
            (
                "c",
                "yo fate copie chiavi {{PD:Mul-T-Lock}}? ho la tessera ma sono a [[L:Udine]] per lavoro fino a domenica",
            ),
            (
                "a",
                "Ciao! Sì, con la tessera originale facciamo la copia in 3 giorni, {{$:38 €}} l'una. Per la spedizione ci serve l'indirizzo",
            ),
            (
                "c",
                "spedite a [[P:Luca Tavagnacco]] [[A:c/o Studio Berti, viale Tricesimo 102]] [[A:33100]] [[L:Udine]]",
            ),
            (
                "c",
                "su ig sono [[H:luca_bikes_go]] e il mio shop online di bici [[U:https://lucatavagnaccobikes.it]] se vi serve un'altra info 😎",
            ),
            ("a", "Perfetto, ordine {{O:PC-3310-0102}}. [[P:Nicola]]"),
            ("c", "grazie [[P:nicola]] 🤙"),
        ],
    },
    {
        "business": "chiavi",
        "platform": "whatsapp",
        "customer": "Ingrid Novak",
        "lang": "it",
        "start": "2025-04-29T19:55:00",
        "messages": [
            (
                "c",
                "buonasera ho un problema strano, la serratura del garage nn gira. garage e in [[A:via Cadorna 55 box numero 4]] ma io abito a [[L:Nova Gorica]], di là",
            ),
            ("a", "Buonasera! Possiamo venire {{D:domani}}. Lei riesce ad esserci o c'è qualcuno?"),
            (
                "c",
                "mia sorella [[P:Katja]] vive a [[L:Sant'Andrea]] vicino, tel [[T:+386 41 552 309]] (sloveno)\nmoj telefon [[T:+386 31 907 884]]",
            ),
            (
                "c",
                "ah e x fattura indirizzo mio: [[A:Erjavčeva ulica 18]], [[A:5000]] [[L:Nova Gorica]], [[L:Slovenija]]",
            ),
            (
                "a",
                "Grazie signora [[P:Novak]]. Per le fatture estere ci serve il suo codice fiscale sloveno o la partita IVA",
            ),
            ("c", "ok domani lo porta [[P:Katja]], hvala 🙏"),
        ],
    },
    {
        "business": "chiavi",
        "platform": "telegram",
        "customer": "Mike T",
        "lang": "en",
        "start": "2025-06-21T02:14:00",
        "messages": [
            (
                "c",
                "locked out of my airbnb in [[L:Trieste]], host not answering. [[A:via della Madonnina 8]], 4th floor, door says [[P:Vescovi]]",
            ),
            (
                "a",
                "Hi, we cover {{W:Trieste}} at night, {{$:140 €}}. Do you have proof you're staying there? Booking confirmation is fine",
            ),
            (
                "c",
                "yes booking {{R:HMQ8X2RT4P}}, host is [[P:Alessandra Vescovi]]. I'm [[P:Michael Thornbury]], from [[L:Toronto]], my cell [[T:+1 416 555 0193]]",
            ),
            (
                "c",
                "my ip address showed up in the airbnb message they said to share for verification?? [[IP:93.41.208.117]] no idea if that helps lol",
            ),
            (
                "a",
                "No need for that! Our tech [[P:Stefano]] is on the way, 20 min. Wait at the {{W:Canal Grande}} end of the street",
            ),
            (
                "c",
                "thx man 🙏 also fyi my ipv6 from the hotel wifi yesterday [[IP:2001:db8:4c2::1f3a]] same issue lol never mind",
            ),
            (
                "c",
                "he's here, legend 🙌 if u ever want to see [[L:Toronto]] follow me [[U:instagram.com/mike.thornbury.travels]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(90, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
