# ruff: noqa: E501
"""Hand-written blind test corpus no. 122 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every person, address,
phone number, e-mail, handle and link is invented. The checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA, German VAT numbers) were computed once with python-stdnum
(IBAN check digits, Luhn, codice fiscale check letter) and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that the anonymiser
must remove, ``{{CODE:value}}`` is a look-alike that must survive.

The six invented businesses: a locksmith in Palermo named after its owner, an online shop of
vintage watches, a nursery school in Bergamo, a dance school in Bari named after its founder,
a wine bar in Verona that takes event bookings, and an IT helpdesk for small firms.

Regenerate with: .venv/bin/python make_handwritten122_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten122_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "fabbro": "Fabbro Totò Lo Cascio h24",
    "orologi": "Lancette d'Epoca Vintage Watches",
    "nido": "Asilo Nido Il Girotondo Bergamo",
    "danza": "Scuola di Danza Mariella Fanizzi",
    "enoteca": "Enoteca Da Berto",
    "helpdesk": "NodoUno IT Helpdesk",
}
PAGE_IDS: dict[str, str] = {
    "fabbro": "723000418273645",
    "orologi": "723000902114387",
    "nido": "723000275560913",
    "danza": "723000631847202",
    "enoteca": "723000784019356",
    "helpdesk": "723000159372648",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ fabbro (Palermo)
    {
        "business": "fabbro",
        "platform": "whatsapp",
        "customer": "Rosalia 🌸",
        "lang": "it",
        "start": "2025-07-14T19:42:00",
        "messages": [
            (
                "c",
                "buonasera sn rimasta chiusa fuori!! chiavi dentro casa e mia suocera nn sa aprire la blindata 😭😭 potete venire subito??",
            ),
            (
                "a",
                "Buonasera signora, certo. Ci scrive indirizzo preciso e un numero di cellulare? Il tecnico di turno parte subito",
            ),
            (
                "c",
                "[[A:via Maqueda 214]] terzo piano\nal citofono c'è scritto [[P:Di Liberto]] ma io sono [[P:Rosalia Gennaro]] ci siamo sposati da poco e nn abbiamo cambiato il nome lol\ncell [[T:328 417 9052]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Gennaro]], mando [[P:Salvo]] che è in zona {{W:Ballarò}}. Apertura porta blindata serale {{$:90 €}} più uscita {{$:30 €}}, va bene?",
            ),
            (
                "c",
                "si si va bene basta che fate presto\nla bimba [[P:Martina]] è dentro con la nonna [[P:Pina]] e sta piangendo 😩 x via del festino di {{W:Santa Rosalia}} c'è un traffico assurdo sotto casa",
            ),
            (
                "a",
                "[[P:Salvo]] è partito, arriva verso le {{TM:21:40}}. Se serve lo chiama diretto al [[T:349 882 1176]]\n[[P:Giusi]] - {{B:Fabbro Totò Lo Cascio}}",
            ),
            (
                "c",
                "grazie mille siete angeli 🙏 x la fattura vi do il cf [[CF:GNNRSL79C62G273Z]] a nome mio [[P:rosalia gennaro]]",
            ),
        ],
    },
    {
        "business": "fabbro",
        "platform": "messenger",
        "customer": "Pietro Cusimano",
        "lang": "it",
        "start": "2025-02-03T08:05:00",
        "messages": [
            (
                "c",
                "salve stanotte ci hanno provato a entrare nella casa al mare a [[L:Mondello]] hanno rovinato il cilindro della porta d'ingresso\nvorrei cambiare serratura con una a cilindro europeo antiscasso tipo quella che pubblicizzate",
            ),
            (
                "a",
                "Buongiorno, ci dispiace molto. Il cilindro {{PD:Mottura Champions C38}} montato costa {{$:145 €}}. Ci lascia indirizzo della casa?",
            ),
            (
                "c",
                "[[A:via Torre di Mondello]]\nil numero nn me lo ricordo mai ahah aspetti chiedo a mia moglie",
            ),
            (
                "c",
                "[[A:57]] la villetta col cancello {{W:verde}}. se nn ci sono io le chiavi le ha il vicino sig. [[P:Lo Verde]] che abita di fronte, tel [[T:091 684 2217]]",
            ),
            (
                "a",
                "Grazie sig. [[P:Cusimano]]. Possiamo venire {{D:giovedì 6 febbraio}} alle {{TM:9:30}}. Ci servirebbe anche il codice fiscale per la detrazione",
            ),
            (
                "c",
                "ok giovedi va bene\n[[CF:CSMPTR65E09G273G]]\nmandate la fattura alla mail di mio figlio che io nn la uso [[E:gabriele.cusimano84@libero.it]]",
            ),
            (
                "a",
                "Segnato: {{R:INT-2025-0147}}, giovedì {{TM:9:30}}, [[A:via Torre di Mondello 57]]. A giovedì! [[P:Totò]]",
            ),
        ],
    },
    {
        "business": "fabbro",
        "platform": "instagram",
        "customer": "jonas.wbr",
        "lang": "en",
        "start": "2025-08-09T23:18:00",
        "messages": [
            (
                "c",
                "hello sorry for late writing, key is broken inside the lock of our apartment 😫 we are tourists, the host is not answering",
            ),
            (
                "c",
                "we stay in [[A:Vicolo del Ferro 9]], 2nd floor, near the {{W:Quattro Canti}}\nbell says [[P:Caruso]] thats the owner i think",
            ),
            (
                "a",
                "Good evening! No problem, we work 24/7. Night call-out is {{$:120 €}} including key extraction. Can you give me your name and a phone number?",
            ),
            (
                "c",
                "[[P:Jonas Weber]], my german number [[T:+49 151 2374 6809]]\nmy girlfriend [[P:Lea]] has whatsapp on [[T:+49 170 5518324]] if mine dont work",
            ),
            (
                "c",
                "Entschuldigung, mein Englisch ist nicht so gut... ok we wait outside, it is still 30 degrees lol",
                "de",
            ),
            (
                "a",
                "Don't worry [[P:Jonas]] 🙂 [[P:Fabrizio]] is on the way, about 25 minutes. He will call you from [[T:+39 333 902 4418]]",
            ),
            (
                "c",
                "thank you so much!! also can you write a receipt to our home address, for the insurance: [[A:Gollierstraße 48]], [[A:80339]] [[L:München]]",
            ),
            (
                "c",
                "and can I pay by card to him? [[C:3772 846105 93720]] or the insurance pays back to [[I:DE79 3704 0044 0532 0133 74]] anyway",
            ),
            (
                "a",
                "Sure, he has a POS, no need to send the card here 🙂 [[P:Fabrizio]] will bring the receipt. Have a good night and enjoy your holiday!",
            ),
        ],
    },
    {
        "business": "fabbro",
        "platform": "telegram",
        "customer": "Ionela P.",
        "lang": "it",
        "start": "2025-04-22T10:30:00",
        "messages": [
            (
                "c",
                "buongiorno io vorrei fare copia di chiave per garage e anche telecomando del cancello, io lavoro da una signora a [[L:Carini]] e lei ha detto chiedere voi",
            ),
            (
                "a",
                "Buongiorno! Copia chiave {{$:6 €}}, telecomando duplicato da {{$:25 €}}. Ci porta l'originale in negozio in {{W:via Libertà}}?",
            ),
            (
                "c",
                "io nn ho macchina, posso solo sabato. la signora si chiama [[P:Benedetta Sciortino]] lei paga, io sono [[P:Ionela Popescu]]\nsono romena scusate italiano",
            ),
            (
                "a",
                "Nessun problema, il suo italiano va benissimo 😊 Sabato siamo aperti fino alle {{TM:13:00}}. Ci lascia un numero?",
            ),
            (
                "c",
                "si [[T:+40 742 118 903]] è numero romeno ma funziona whatsapp\nopure della signora [[T:091 867 3390]] fisso di casa [[A:contrada Piraineto 12]]",
            ),
            ("a", "Perfetto [[P:Ionela]], a sabato. Chieda di [[P:Giusi]] al banco."),
        ],
    },
    {
        "business": "fabbro",
        "platform": "whatsapp",
        "customer": "Studio Amm.ne Condomini",
        "lang": "it",
        "start": "2025-10-01T11:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'amministratore del condominio di [[A:via Notarbartolo 33]], dott. [[P:Ferdinando Milazzo]]. Il portone non chiude più bene e ci servirebbe un preventivo per serratura elettrica + molla chiudiporta",
            ),
            (
                "a",
                "Buongiorno dott. [[P:Milazzo]], possiamo fare un sopralluogo gratuito. A chi intestiamo il preventivo?",
            ),
            (
                "c",
                "a me come ditta individuale, P.IVA [[V:05128730966]]\nmail [[E:ferdinando punto milazzo chiocciola studiomilazzo punto it]]\nper il sopralluogo chiedete della portiera, la sig.ra [[P:Concetta]], è lì dalle 8 alle 12",
            ),
            ("a", "Grazie. Scusi, la mail la riscrive per intero? Non vorrei sbagliare"),
            (
                "c",
                "[[E:ferdinando.milazzo@studiomilazzo.it]]\ncmq se nn rispondo chiamate il cell [[T:335-6721094]]",
            ),
            (
                "a",
                "Ricevuto. Sopralluogo {{D:3 ottobre}}, rif. {{R:PRV-0931}}. [[P:Totò]] - {{B:Fabbro Totò Lo Cascio h24}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ orologi (vintage watches)
    {
        "business": "orologi",
        "platform": "instagram",
        "customer": "d.okonkwo",
        "lang": "en",
        "start": "2025-01-19T20:02:00",
        "messages": [
            (
                "c",
                "hi is the {{PD:Omega Seamaster 300 ref. 165.024}} still available?? saw it on your stories",
            ),
            (
                "a",
                "Hi! Yes it is, {{$:€ 4.250}}, serviced in 2024, with papers. Would you like more photos?",
            ),
            (
                "c",
                "yes pls and can u ship to [[L:UK]]? im in [[L:London]] but originally from [[L:Lagos]] so dont mind the english lol\nflat address is [[A:Flat 4, 27 Coldharbour Lane]], [[A:SE5 9NR]]",
            ),
            (
                "a",
                "Of course, insured DHL to the [[L:UK]] {{$:€ 45}}. Could you confirm your full name and a phone number for the courier?",
            ),
            (
                "c",
                "[[P:Daniel Okonkwo]]\n[[T:+44 7700 914 362]]\nalso my insta is [[H:@dan_ticks_ldn]] if u want to tag me when i post it 😎\nor mail me [[E:dan dot okonkwo at example dot co dot uk]]... i mean [[E:dan.okonkwo@example.co.uk]]",
            ),
            (
                "c",
                "tried paying on the site with card [[C:5237 9164 0283 1573]] but it got declined?? 🤔",
            ),
            (
                "a",
                "Sorry [[P:Daniel]], please don't send card numbers in chat 🙏 Foreign cards sometimes get a 3D Secure check; try again or use bank transfer. Your order is {{O:LE-10482}}",
            ),
            (
                "c",
                "ok done it worked the second time. thx [[P:Chiara]] right? u signed the last msg",
            ),
            ("a", "Yes, [[P:Chiara]] here 🙂 Tracking will follow: {{TR:1Z 84R 279 04 1938 6620}}"),
        ],
    },
    {
        "business": "orologi",
        "platform": "messenger",
        "customer": "Giulia Rossi",
        "lang": "it",
        "start": "2025-03-11T15:25:00",
        "messages": [
            (
                "c",
                "Salve, vorrei vendervi il {{PD:Patek Philippe Calatrava}} di mio papà, [[P:Franco]], è mancato l'anno scorso e nessuno lo porta\nè del 1968 credo, ha la scatola ma non il certificato",
            ),
            (
                "a",
                "Buongiorno e condoglianze. Per una valutazione ci servono foto del quadrante, del fondello e del movimento. Da dove scrive?",
            ),
            (
                "c",
                "da [[L:Monreale]], ma posso venire anche a [[L:Milano]] da mia sorella [[P:Elisabetta]] se serve vederlo di persona",
            ),
            (
                "a",
                "Non serve, lavoriamo con spedizione assicurata. Dalle foto offriamo {{$:€ 11.800}}. Se accetta ci servono dati anagrafici e IBAN per il bonifico",
            ),
            (
                "c",
                "accetto!! [[P:Giulia Rossi]] [[CF:RSSGLI85M41G273X]]\nIBAN [[I:IT60 X054 2811 1010 0000 0123 456]]\nintestato a me e mio marito [[P:Andrea Schirò]]",
            ),
            (
                "a",
                "Perfetto, ricevuto. Le mandiamo l'etichetta prepagata per la spedizione, rif. {{R:ACQ-2025-0077}}. [[P:Alessio]]",
            ),
            ("c", "grazie [[P:Alessio]] scusi se ho scritto tutto di fretta ero al lavoro"),
        ],
    },
    {
        "business": "orologi",
        "platform": "whatsapp",
        "customer": "Lukas B.",
        "lang": "it",
        "start": "2025-05-06T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno, scrivo in italiano ma è poco buono, io cerco un {{PD:Universal Genève Polerouter}} per mio figlio, spedite in [[L:Svizzera]]?",
            ),
            (
                "a",
                "Buongiorno! Sì, spediamo in [[L:Svizzera]] con dogana già inclusa. Abbiamo un {{PD:Polerouter}} del 1959 a {{$:€ 2.900}}",
            ),
            (
                "c",
                "ok, maybe better in english, is faster for me 😅 i take it. address: [[P:Lukas Brunner]], [[A:Seefeldstrasse 112]], [[A:8008]] [[L:Zürich]]",
                "en",
            ),
            (
                "c",
                "my phone is [[T:+41 79 436 21 88]] and pay with swiss account [[I:CH09 0070 0123 4567 8901 2]]",
                "en",
            ),
            (
                "a",
                "Thank you Mr [[P:Brunner]]! Order {{O:LE-10617}}, ships {{D:8 May}}. Tracking: {{TR:CH 4471 0938 2216}}",
                "en",
            ),
            ("c", "Vielen Dank! mein Sohn [[P:Nico]] hat am 10. Mai Geburtstag, perfekt 🎉", "de"),
        ],
    },
    {
        "business": "orologi",
        "platform": "instagram",
        "customer": "tommy_orologiaio",
        "lang": "it",
        "start": "2025-06-17T18:40:00",
        "messages": [
            (
                "c",
                "ciao raga il {{PD:Seiko 6139 Pogue}} ke mi avete mandato ha il cronografo ke nn si azzera\nlo faccio vedere anche nel mio video [[U:tiktok.com/@tommaso.tickvlog]]",
            ),
            ("a", "Ciao, ci dispiace! Ci mandi il numero ordine e facciamo il reso gratuito"),
            (
                "c",
                "ordine {{O:3479215086}} (si lo so sembra un numero di tel 😂)\nsono [[P:Tommaso Vitale]] da [[L:Bra]], quello del formaggio ahah",
            ),
            ("a", "Trovato [[P:Tommaso]]. Ritiro con BRT: indirizzo uguale a quello dell'ordine?"),
            (
                "c",
                "no cambio, ritirate al negozio di mio cugino [[P:Ale]]\n[[A:corso Garibaldi 41]] [[A:12042]] [[L:Bra]] c/o [[P:Alessio Vitale]]\nio sn sempre su insta [[H:tommy_orologiaio]] o mail [[E:tommaso.vitale.97 at gmail dot com]]",
            ),
            (
                "a",
                "Perfetto, ritiro {{D:venerdì 20}}, codice ritiro {{TR:0593 2847 1120}}. [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "orologi",
        "platform": "telegram",
        "customer": "Lucía FG",
        "lang": "en",
        "start": "2025-09-02T12:15:00",
        "messages": [
            (
                "c",
                "hello, i returned the {{PD:Longines Conquest}} 2 weeks ago and no refund yet 😕 order {{O:LE-11203}}",
            ),
            (
                "a",
                "Hello! Sorry for the delay, the watch arrived back yesterday. Can you confirm name and IBAN for the refund of {{$:€ 1.650}}?",
            ),
            (
                "c",
                "[[P:Lucía Fernández García]]\n[[I:ES91 2100 0418 4502 0005 1332]]\nlo siento, mi inglés es malo, estoy en [[L:Sevilla]] y el reloj era para mi abuelo [[P:Manolo]]",
                "es",
            ),
            ("a", "No te preocupes [[P:Lucía]] 🙂 Refund sent today, ref {{R:RMB-5521}}"),
            (
                "c",
                "thank you!! if need something my mail is [[E:luciafdzgarcia@correo.example]] and address still [[A:Calle Feria 88, 2º izq]], [[A:41003]]",
            ),
            ("a", "Noted, thank you. [[P:Alessio]]"),
        ],
    },
    {
        "business": "orologi",
        "platform": "messenger",
        "customer": "Wei Zhang",
        "lang": "en",
        "start": "2025-11-28T21:05:00",
        "messages": [
            (
                "c",
                "hi good evening i want buy gift for my father 60 birthday, budget 2000 euro, he like gold watch",
            ),
            (
                "a",
                "Good evening! We have a {{PD:Tissot Seastar}} in 18k gold plate at {{$:€ 1.450}} and a {{PD:Zenith Sporto}} at {{$:€ 1.980}}. Both lovely gifts",
            ),
            (
                "c",
                "{{B:Zenith}} ok. My name [[P:Zhang Wei]] ([[P:Zhang]] is family name), i live [[L:Prato]] [[A:via Pistoiese 301]]\nphone [[T:+39 380 552 7741]]",
            ),
            (
                "c",
                "father name is [[P:Zhang Jianguo]] can u engrave?\nmy wechat [[H:zhangwei_prato88]]\nemail [[E:zhang.wei88@example.com]]",
            ),
            ("a", "Engraving is {{$:€ 35}}. What text would you like?"),
            ("c", '"爸爸 60" and date {{D:12.12.2025}}'),
            ("a", "Perfect, order {{O:LE-11958}} confirmed. [[P:Chiara]] 🎁"),
        ],
    },
    {
        "business": "orologi",
        "platform": "telegram",
        "customer": "Fede Stoka",
        "lang": "it",
        "start": "2025-10-21T17:35:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Federico Stoka]] ho una pagina di orologi [[U:instagram.com/stoka_watches_ts]] e un sito mio [[U:https://federicostoka-orologi.example.it]]\nvolevo proporvi in conto vendita un {{PD:Heuer Carrera 2447}} del 67",
            ),
            (
                "a",
                "Ciao [[P:Federico]]! Molto interessante. Conto vendita al 15% di commissione. Da dove spedisci?",
            ),
            (
                "c",
                "da [[L:Trieste]], [[A:via Giulia 14]] [[A:34126]]\nma il pacco lo consegna mio fratello [[P:Andrej]] che sta a [[L:Muggia]]",
            ),
            (
                "c",
                "per il pagamento [[I:IT64F0623011203000046217093]] intestato [[P:Stoka Federico]]\nsu telegram [[H:@fede_stoka]] e mail [[E:fede.stoka@example.it]]",
            ),
            (
                "a",
                "Perfetto. Per l'etichetta DHL assicurata ti chiediamo {{$:€ 20}} col link di pagamento",
            ),
            ("c", "pagato con [[C:4182 7603 5918 4620]] ok?? ah scusa nn dovevo scriverla 🤦"),
            (
                "a",
                "Ricevuto 👍 ma cancella il messaggio con la carta. Pratica {{R:CV-2025-0032}}, tracking {{TR:JD014600011223344556}}. [[P:Chiara]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ nido (Bergamo)
    {
        "business": "nido",
        "platform": "whatsapp",
        "customer": "Elena Brignoli",
        "lang": "it",
        "start": "2025-01-27T13:20:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei iscrivere mio figlio al nido da settembre, ha 2 anni, si chiama [[P:Tommaso]]\nci siamo appena trasferiti a [[L:Seriate]]",
            ),
            (
                "a",
                "Buongiorno! Le iscrizioni per l'anno {{R:2025/26}} sono aperte. Ci manda i dati del bambino e di un genitore?",
            ),
            (
                "c",
                "[[P:Tommaso Brignoli]] [[CF:BRGTMS23B03A794H]]\nmamma [[P:Elena Brignoli]] [[CF:BRGLNE90H57A794G]]\nabitiamo in [[A:via Cesare Battisti 18]] [[A:24068]] [[L:Seriate]]",
            ),
            (
                "c",
                "il papà è [[P:Davide]] ma lavora in [[L:Germania]] fino a giugno\nio sono raggiungibile al [[T:347.218.6605]]",
            ),
            (
                "a",
                "Grazie signora [[P:Brignoli]]! Colloquio conoscitivo {{D:mercoledì 5 febbraio}} alle {{TM:17:00}}. La retta full time è {{$:€ 540}} al mese",
            ),
            (
                "c",
                "perfetto ci sarò. una domanda, [[P:tommi]] ha l'allergia alle proteine del latte, la pediatra è la dott.ssa [[P:Pezzotta]] posso farle mandare il certificato? mail [[E:elena.brignoli90@example.it]]",
            ),
            ("a", "Certo, lo faccia mandare pure a noi. A mercoledì! Maestra [[P:Sara]]"),
        ],
    },
    {
        "business": "nido",
        "platform": "messenger",
        "customer": "Samira Khalil",
        "lang": "it",
        "start": "2025-03-18T08:48:00",
        "messages": [
            (
                "c",
                "buongiorno maestra scusa io scrivo male italiano. mio figlio [[P:Adam]] oggi non viene, ha febbre 38 e mezzo",
            ),
            (
                "a",
                "Buongiorno signora, grazie di averci avvisato. Guarisca presto [[P:Adam]]! Quando rientra serve il certificato del pediatra",
            ),
            (
                "c",
                "ok. il dottore è dott [[P:Gualandris]] lo chiamo dopo\nC'est difficile avec le travail, mon mari [[P:Youssef]] travaille à [[L:Dalmine]] tous les jours",
                "fr",
            ),
            (
                "a",
                "Non si preoccupi, capiamo bene 🙂 Se vuole possiamo scriverle anche in francese",
            ),
            (
                "c",
                "merci!! 🙏 altra cosa la retta di marzo ho pagato da conto francese [[I:FR14 2004 1010 0505 0001 3M02 606]] va bene?",
            ),
            (
                "a",
                "Sì, il bonifico è arrivato. Ci serve solo il codice fiscale di [[P:Adam]] per la ricevuta, e il suo",
            ),
            (
                "c",
                "[[P:Adam]] [[CF:KHLDMA22L11A794D]]\nio [[CF:KHLSMR92C55Z330S]]\nnumero per urgenze [[T:+39 351 908 4472]] o [[T:0033 6 12 48 90 73]] di mia sorella [[P:Nadia]] a [[L:Lyon]]",
            ),
        ],
    },
    {
        "business": "nido",
        "platform": "whatsapp",
        "customer": "Priya R",
        "lang": "en",
        "start": "2025-06-04T17:30:00",
        "messages": [
            (
                "c",
                "Hi, we are moving to [[L:Bergamo]] in August for my husband's job at {{B:Brembo}}. Do you have English speaking staff? Our daughter [[P:Ananya]] is 18 months",
            ),
            (
                "a",
                "Hello and welcome! Yes, one of our educators speaks fluent English and we do bilingual songs every day 🙂",
            ),
            (
                "c",
                "great!! I'm [[P:Priya Raghunathan]], husband is [[P:Karthik Raghunathan]]. we are coming from [[L:Chennai]] but now in [[L:Stuttgart]] for 2 years",
            ),
            (
                "c",
                "our new flat will be [[A:via Borgo Palazzo 127, scala B int. 7]]\n[[A:24125]] [[L:Bergamo]]\nemail [[E:priya.r.raghu@example.com]]\nwhatsapp [[T:+49 1523 884 1097]] until July",
            ),
            (
                "a",
                "Thank you [[P:Priya]]! [[A:Borgo Palazzo]] is 10 minutes from us. A spot is available from {{D:1 September}}. Shall we book a video call?",
            ),
            (
                "c",
                "yes pls, any day after 6pm CET. Also can grandma [[P:Lakshmi]] visit during settling-in weeks? she comes from [[L:India]]",
            ),
            ("a", "Of course, grandparents are welcome during inserimento. Talk soon! [[P:Sara]]"),
        ],
    },
    {
        "business": "nido",
        "platform": "telegram",
        "customer": "Marco Bianchi",
        "lang": "it",
        "start": "2025-10-09T07:55:00",
        "messages": [
            (
                "c",
                "buongiorno oggi [[P:Gioele]] lo viene a prendere il nonno [[P:Felice]] perché io e mia moglie siamo a [[L:Milano]] x lavoro",
            ),
            ("a", "Buongiorno! Il nonno è già nella lista delle deleghe?"),
            (
                "c",
                "no nn credo 😬 vi mando la delega adesso\nio sono [[P:Marco Bianchi]] [[CF:BNCMRC90A01A794T]]\ndelego [[P:Felice Bianchi]] nato a [[L:Zogno]] nel 1952, carta identità {{R:CA41872EF}}",
            ),
            (
                "a",
                "Ricevuta, grazie. Lo faremo {{W:felice}} 😄 Il nonno deve mostrare il documento all'ingresso",
            ),
            (
                "c",
                "ahah si è la battuta preferita sua\nil suo cell se serve [[T:035 / 61 28 447]] è un fisso in realtà, vive in [[A:località Ca' Bonetti 4]] e nn ha cellulare 🙄",
            ),
            ("a", "Perfetto. [[P:Gioele]] oggi ha mangiato tutto 🍝 Maestra [[P:Roberta]]"),
        ],
    },
    {
        "business": "nido",
        "platform": "instagram",
        "customer": "chiara.vdm",
        "lang": "it",
        "start": "2025-12-15T22:10:00",
        "messages": [
            (
                "c",
                "ciao scusate l'orario, nel vostro ultimo post sulla recita di {{W:Santa Lucia}} si vede bene la faccia di mia figlia [[P:Emma]] e il cartellino col nome intero, [[P:Emma Vanoncini]]\nnoi nn abbiamo dato il consenso alle foto social",
            ),
            ("a", "Buonasera, ha ragione, ci scusiamo molto. Togliamo il post entro stasera."),
            (
                "c",
                'grazie. ah e nei commenti qualcuno ha taggato me [[H:@chiara.vdm]] e mio marito [[H:@gigi_vanoncini]] con scritto "che bella la vostra [[P:emmina]]" 😕 togliete anche quelli',
            ),
            (
                "c",
                "i profili sono [[U:instagram.com/chiara.vdm]] e [[U:https://instagram.com/gigi_vanoncini]] controllate pls",
            ),
            (
                "a",
                "Fatto, post rimosso e commenti cancellati. Domani la direttrice [[P:Lorena Capelli]] la chiama per scusarsi, va bene al solito numero?",
            ),
            (
                "c",
                "si [[T:339 7402 218]] dopo le 18 pls\nse nn rispondo scrivete a [[E:chiara[at]vanoncini[dot]it]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ danza (Bari)
    {
        "business": "danza",
        "platform": "instagram",
        "customer": "anna_delbello",
        "lang": "it",
        "start": "2025-09-08T16:00:00",
        "messages": [
            (
                "c",
                "ciao vorrei iscrivere mia figlia a classico, ha 8 anni, si chiama [[P:Bianca]]\nha già fatto 2 anni a [[L:Monopoli]] ma ci siamo trasferiti a [[L:Bari]]",
            ),
            (
                "a",
                "Ciao! Il corso {{PD:Propedeutica Classica 2}} è il martedì e giovedì alle {{TM:17:30}}, quota mensile {{$:€ 55}}. Divisa: body nero e calze chiare, le trovate da {{B:Decathlon}} 😊",
            ),
            (
                "c",
                "ok il body {{W:rosa}} ce l'ha già, va bene lo stesso? 😂 dati:\n[[P:Bianca Delbello]] [[CF:DLBBNC17P61A662F]]\nmamma [[P:Anna Delbello]] [[CF:DLBNNA88E48A662G]]\n[[A:via Sparano da Bari 96]] [[A:70121]]",
            ),
            (
                "c",
                "x il certificato medico va bene quello del dott [[P:Loiudice]]?\nil mio cell [[T:+39 340 118 7263]]",
            ),
            ("a", "Sì va benissimo, basta che sia non agonistico. Benvenute! [[P:Mariella]]"),
            ("c", "grazieee 💕 [[P:bianchina]] non vede l'ora"),
        ],
    },
    {
        "business": "danza",
        "platform": "whatsapp",
        "customer": "Nico Marino",
        "lang": "it",
        "start": "2025-10-14T20:20:00",
        "messages": [
            (
                "c",
                "uè buonasera, c'è posto al corso di pizzica adulti? siamo in tre, io mia moglie [[P:Rosa]] e il mio collega [[P:Vito Capriati]]",
            ),
            (
                "a",
                "Buonasera! Sì, il lunedì alle {{TM:21:00}}. {{$:€ 40}} al mese a persona, la prima lezione è gratuita",
            ),
            (
                "c",
                "perfetto. io sono [[P:Nicola Marino]] [[CF:MRNNCL80A07A662R]]\nabitiamo a [[L:Gioia del Colle]], [[A:via Federico II di Svevia 23]]\n[[P:vito]] invece sta a [[L:Polignano a Mare]]",
            ),
            (
                "c",
                "ho fatto il bonifico per tutti e tre dal conto [[I:IT85M0306909606100000117821]] causale pizzica {{R:OTT25}}",
            ),
            (
                "a",
                "Ricevuto, grazie [[P:Nicola]]! Venite con scarpe comode e gonna ampia per [[P:Rosa]] se le va 😊",
            ),
            (
                "c",
                "ahah lei dice che la gonna la porto io 🤣 cmq per la festa di {{W:San Nicola}} fate l'esibizione in piazza?",
            ),
            (
                "a",
                "Sì, il {{D:8 maggio}} sul lungomare, vi aspettiamo! Per info scrivete anche a [[P:Mimmo]] al [[T:329 66 41 702]]",
            ),
        ],
    },
    {
        "business": "danza",
        "platform": "messenger",
        "customer": "Kasia Wiśniewska",
        "lang": "en",
        "start": "2025-02-24T14:05:00",
        "messages": [
            (
                "c",
                "hello! i am Erasmus student from [[L:Kraków]], here in [[L:Bari]] until july. do you have contemporary class in english or i must try italian? 😅",
            ),
            (
                "a",
                "Hi! Our teacher [[P:Serena]] speaks English, the {{PD:Contemporaneo Open}} class is on Wednesdays at {{TM:19:00}}, {{$:€ 12}} per lesson",
            ),
            (
                "c",
                "amazing. allora provo a scrivere italiano: mi chiamo [[P:Katarzyna Wiśniewska]] ma tutti dice [[P:Kasia]]\nabito [[A:via Crisanzio 155]] con due ragazze spagnole",
                "it",
            ),
            ("a", "Brava [[P:Kasia]], il tuo italiano è ottimo! 😊 Ci lasci un contatto?", "it"),
            (
                "c",
                "[[E:kasia.wisniewska@student.example.pl]]\npolish number [[T:+48 512 907 334]]\nand my dance videos on [[U:youtube.com/@kasiadancesKRK]]",
                "en",
            ),
            (
                "c",
                "oh and my friend [[P:Marta Kowalczyk]] wants to come too, she is also from [[L:Poland]]",
                "en",
            ),
            ("a", "Great, see you both on Wednesday! [[P:Serena]] 💃", "en"),
        ],
    },
    {
        "business": "danza",
        "platform": "whatsapp",
        "customer": "Francesca",
        "lang": "it",
        "start": "2025-05-20T10:45:00",
        "messages": [
            (
                "c",
                "buongiorno sono la mamma di [[P:Giorgia]] e [[P:Speranza]] del corso hip hop kids\nvolevo prenotare 4 biglietti per il saggio al {{W:Teatro Petruzzelli}}",
            ),
            (
                "a",
                "Buongiorno! Saggio {{D:15 giugno}} alle {{TM:20:30}}, biglietto {{$:€ 15}}. Pagamento con carta tramite link o in segreteria",
            ),
            (
                "c",
                "col link nn va, vi do la carta qui? [[C:4556-7182-0934-1277]] scad 09/27\nintestata a mio marito [[P:Gianluca Loiacono]]",
            ),
            (
                "a",
                "Signora, per sicurezza non scriva i dati della carta in chat! Le consiglio di cancellare il messaggio. Le rimandiamo il link",
            ),
            (
                "c",
                "oddio scusate 🙈 ok cancello\nla fattura a me [[P:Francesca Loiacono]] [[CF:LCNFNC86R44A662V]]\nnoi viviamo a [[L:Triggiano]]",
            ),
            (
                "c",
                "ah ultima cosa la nonna [[P:Addolorata]] è in carrozzina, c'è posto accessibile? con tanta {{W:speranza}} 😅",
            ),
            (
                "a",
                "Certo, riserviamo due posti in platea accessibile. Biglietti {{R:SAG-118}} a {{R:SAG-121}}. [[P:Mariella]]",
            ),
        ],
    },
    {
        "business": "danza",
        "platform": "telegram",
        "customer": "Dario Lestingi",
        "lang": "it",
        "start": "2025-07-01T09:30:00",
        "messages": [
            (
                "c",
                "salve ho visto l'annuncio x insegnante di breaking, vi mando il mio materiale\nportfolio [[U:linktr.ee/dario.bboy.lestingi]]\ninsta [[U:https://www.instagram.com/bboy_darietto/]]\ntiktok [[U:tiktok.com/@darietto.breaks]]",
            ),
            ("a", "Ciao [[P:Dario]], grazie! Ci racconti un po' di esperienza?"),
            (
                "c",
                "8 anni di gare, il mio nome da crew è [[H:B-Boy Darietto]], ho insegnato alla palestra di [[P:Peppino Amoruso]] a [[L:Altamura]]\nabito a [[L:Modugno]]",
            ),
            (
                "c",
                "vi lascio anche il cel [[T:392 4871 056]] e telegram [[H:@darietto_bboy]]\nper la collaborazione ho partita iva [[V:07319450123]] regime forfettario",
            ),
            (
                "a",
                "Perfetto, ti chiamiamo per un provino {{D:lunedì 7 luglio}}. A presto! [[P:Mariella]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ enoteca (Verona)
    {
        "business": "enoteca",
        "platform": "whatsapp",
        "customer": "Luca F.",
        "lang": "it",
        "start": "2025-03-02T18:12:00",
        "messages": [
            (
                "c",
                "ciao [[P:Berto]]! volevo prenotare la saletta per i miei 40 anni, sabato {{D:29 marzo}}, circa 25 persone",
            ),
            (
                "a",
                "Ciao! Saletta libera 👍 Menu degustazione con {{PD:Amarone della Valpolicella}}, {{PD:Soave Classico}} e taglieri a {{$:€ 48}} a persona. Chi mi lascia il nome?",
            ),
            (
                "c",
                "[[P:Luca Ferrari]], ti ricordi? quello che abita a [[L:Soave]] 😂 fammi fattura come professionista\n[[CF:FRRLCU78T12L781Z]] p.iva [[V:04588120933]]",
            ),
            (
                "c",
                "ah e vengono anche [[P:Marta]] e [[P:Giacomo Zanetti]] da [[L:Bardolino]], lei è celiaca\nmia sorella [[P:Ilaria]] porta la torta se si può",
            ),
            ("a", "Certo, la torta va bene. Caparra {{$:€ 200}}. Ti mando il riepilogo per mail?"),
            (
                "c",
                "si [[E:luca.ferrari.arch@example.it]]\nindirizzo studio x fattura [[A:viale Trento 8]] [[A:37038]] [[L:Soave]]",
            ),
            ("a", "Fatto, prenotazione {{R:EV-0329-F}}. Ci vediamo sabato! [[P:Alberto]]"),
        ],
    },
    {
        "business": "enoteca",
        "platform": "instagram",
        "customer": "hope.and.will",
        "lang": "en",
        "start": "2025-04-15T11:00:00",
        "messages": [
            (
                "c",
                "Hi there! We're getting married at [[L:Lake Garda]] in June and would love to book your place for the rehearsal dinner on {{D:June 13th}}, about 30 guests 🥂",
            ),
            (
                "a",
                "Congratulations! Yes, that date is available. We can do a private evening with {{PD:Lugana}} and {{PD:Recioto}} pairings, from {{$:€ 65}} per guest",
            ),
            (
                "c",
                "Perfect!! I'm [[P:Hope Thornton]], my fiancé is [[P:Will Ashby]] (yes our IG is a pun 🙈 [[H:@hope.and.will]])\nwe live in [[L:Bristol]], [[A:12 Clifton Vale]], [[A:BS8 4PH]]\nall the details are on our wedding site [[U:hopeandwill-wedding.example.com]]",
            ),
            (
                "c",
                "we really {{W:hope}} the weather will be nice 😅 my mum [[P:Rose]] will handle payment, she's on [[T:+44 (0)117 496 0732]]",
            ),
            (
                "a",
                "Lovely! Deposit is {{$:€ 500}}. Bank transfer or card by phone, whatever is easier for [[P:Rose]]",
            ),
            (
                "c",
                "she says transfer from [[I:GB32 MIDL 4005 1572 8493 16]] name [[P:Rosemary Thornton]]\nwill send proof to [[E:rose.thornton@example.co.uk]]",
            ),
            (
                "a",
                "Wonderful, booking {{R:EV-0613-T}} confirmed. See you in {{W:Verona}}! [[P:Alberto]] 🍷",
            ),
        ],
    },
    {
        "business": "enoteca",
        "platform": "messenger",
        "customer": "Ufficio Personale",
        "lang": "it",
        "start": "2025-11-20T09:35:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Valentina Pasetto]] dell'ufficio del personale di una piccola azienda di [[L:San Giovanni Lupatoto]]. Vorremmo l'aperitivo di Natale da voi il {{D:19 dicembre}}, 18 persone",
            ),
            (
                "a",
                "Buongiorno! Volentieri. Formula aperitivo lungo con {{PD:Prosecco}}, {{PD:Monte Veronese}} e polenta con {{PD:Grana Padano}} a {{$:€ 30}} a testa",
            ),
            (
                "c",
                "Ottimo. La fattura va intestata alla ditta [[P:Zanini Ottavio]] (è il nome del titolare, ditta individuale) P.IVA [[V:02266480744]]\nsede [[A:via Monte Baldo 3/B]] [[A:37057]] [[L:San Giovanni Lupatoto]]",
            ),
            (
                "c",
                "il referente quella sera sarà il collega [[P:Osvaldo]] cell [[T:345 7710 293]]\nle conferme a [[E:v.pasetto@zaniniottavio.example]]",
            ),
            ("a", "Tutto chiaro, rif. {{R:EV-1219-Z}}. Serve un tavolo per la torta?"),
            (
                "c",
                "no grazie ma uno dei ragazzi, [[P:Hamza]], non beve alcol, avete qualcosa di analcolico?",
            ),
            (
                "a",
                "Certo, abbiamo un ottimo succo d'uva del {{W:Valpolicella}}. A presto! [[P:Alberto]]",
            ),
        ],
    },
    {
        "business": "enoteca",
        "platform": "whatsapp",
        "customer": "Stefan Huber",
        "lang": "en",
        "start": "2025-08-27T16:50:00",
        "messages": [
            (
                "c",
                "hallo, we are group of 12 from our company in [[L:Munich]], we come for the opera in the {{W:Arena}} on {{D:6 September}} and want wine tasting before",
            ),
            (
                "a",
                "Hello! Welcome. Tasting at {{TM:17:30}} works, {{$:€ 35}} per person with 5 wines. The {{W:Arena}} is 5 minutes walk from {{W:Piazza Bra}}",
            ),
            (
                "c",
                "sehr gut. Rechnung bitte an die Firma, USt-IdNr [[V:DE284756105]]\n{{B:Isarlicht Elektrotechnik GmbH}}, [[A:Landsberger Straße 210]], [[A:80687]] [[L:München]]",
                "de",
            ),
            (
                "c",
                "sorry i write german 😄 my name [[P:Stefan Huber]], phone [[T:+49 89 5120 6631]]\nmy colleague [[P:Jürgen]] is vegetarian",
            ),
            (
                "a",
                "No problem, we understand a bit of Deutsch 😉 Booking {{R:EV-0906-H}}. For the deposit you can pay by card link",
            ),
            (
                "c",
                "paid with company card [[C:4793 1826 0537 2142]] hope ok\nif problem call Frau [[P:Leitner]] in office [[T:+49 89 5120 6600]]",
            ),
            (
                "a",
                "Payment received, all good. Please don't share full card numbers in chat next time 🙏 Bis bald! [[P:Alberto]]",
            ),
        ],
    },
    {
        "business": "enoteca",
        "platform": "telegram",
        "customer": "Marta Z.",
        "lang": "it",
        "start": "2025-10-28T13:00:00",
        "messages": [
            (
                "c",
                "ciao [[P:Alberto]], devo disdire la degustazione di sabato {{R:EV-1101-Z}} 😢 mio papà è in ospedale a [[L:Negrar]]",
            ),
            (
                "a",
                "Ciao [[P:Marta]], mi dispiace tantissimo. Nessun problema, ti rimborsiamo la caparra di {{$:€ 120}}. Mi mandi l'IBAN?",
            ),
            (
                "c",
                "grazie sei gentilissimo\n[[I:IT19S0200804682000104738291]]\nintestato a [[P:Marta Zorzi]]",
            ),
            (
                "c",
                "ah se ti chiede qualcuno, [[P:Giacomo]] il mio compagno era quello che aveva prenotato, ma il conto è mio",
            ),
            (
                "a",
                "Perfetto. Rimborso fatto oggi, CRO {{R:0300921874561203}}. Un abbraccio al papà ❤️",
            ),
            (
                "c",
                "grazie ❤️ appena esce andiamo tutti a [[L:Bardolino]] da lui e poi passiamo da voi per un {{PD:Bardolino Chiaretto}} 🍷",
            ),
        ],
    },
    # ------------------------------------------------------------------ helpdesk (IT for small firms)
    {
        "business": "helpdesk",
        "platform": "telegram",
        "customer": "Studio Dentistico Scarpa",
        "lang": "it",
        "start": "2025-02-11T08:20:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Matteo Scarpa]] dello studio dentistico, da stamattina la posta non scarica più e la segretaria [[P:Loredana]] non riesce a mandare i preventivi",
            ),
            (
                "a",
                "Buongiorno dott. [[P:Scarpa]]. Ci serve l'indirizzo mail che non funziona e, se riesce, l'IP pubblico dello studio (lo vede su whatismyip)",
            ),
            (
                "c",
                "la mail è [[E:segreteria.studioscarpa@example.it]]\nl'IP dice [[IP:93.41.207.18]]\nil pc della segreteria invece ha [[IP:192.168.1.34]]",
            ),
            (
                "c",
                "ah la casella di [[P:Loredana]] è [[E:loredana.p@studioscarpa.example.it]] e nel gestionale il suo utente è [[H:lore_segreteria]]",
            ),
            (
                "a",
                "Grazie, il vostro IP risulta in una blacklist. Lo sblocchiamo e verifichiamo. Il contratto è intestato a lei?",
            ),
            (
                "c",
                "si, p.iva dello studio [[V:02847610827]] e il mio cf [[CF:SCRMTT81H14F205H]] se serve\nil mio cell [[T:+39 338 240 9917]]",
            ),
            (
                "a",
                "Tutto risolto, ticket {{R:TCK-24817}}. La posta ora riparte. [[P:Lorenzo]] - {{B:NodoUno}}",
            ),
        ],
    },
    {
        "business": "helpdesk",
        "platform": "whatsapp",
        "customer": "Chinedu",
        "lang": "en",
        "start": "2025-05-29T15:40:00",
        "messages": [
            (
                "c",
                "hi, my VPN to the client's server keeps dropping every 10 min, I'm freelance graphic designer working from home in [[L:Turin]]",
            ),
            (
                "a",
                "Hi! Can you send us your current IPv4 and IPv6 addresses and the VPN user name?",
            ),
            (
                "c",
                "ipv4 [[IP:151.38.224.96]]\nipv6 [[IP:2a02:1210:5e1c:9b00:4d2:1ff:fe3a:77c1]]\nvpn user [[H:c.eze.design]]",
            ),
            (
                "a",
                "Thanks. Your router renews the IPv6 prefix too often. Which provider and router model?",
            ),
            (
                "c",
                "{{PD:FRITZ!Box 7530}} from {{B:Tim}}\nbtw i'm [[P:Chinedu Eze]], my studio site is [[U:www.chinedueze-studio.example]]\ninvoice to partita iva [[V:01934580216]]",
            ),
            (
                "a",
                "Fixed remotely, ticket {{R:TCK-25190}}. Please reboot the router after {{TM:18:00}}. [[P:Lorenzo]]",
            ),
            (
                "c",
                "works! thx [[P:Lorenzo]] 🙌 ill tell my friend [[P:Obinna]] about u, he has same problem in his shop in [[L:Moncalieri]]",
            ),
        ],
    },
    {
        "business": "helpdesk",
        "platform": "messenger",
        "customer": "Studio Fabbri Commercialisti",
        "lang": "it",
        "start": "2025-09-16T10:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, la stampante {{PD:Kyocera ECOSYS M2540dn}} non stampa più da nessun pc tranne quello di [[P:Giovanna]]",
            ),
            ("a", "Buongiorno! Ci può dire l'IP della stampante? Lo trova nel menu Rete"),
            (
                "c",
                "[[IP:192.168.10.250]]\nil pc di [[P:giovanna]] è [[IP:192.168.10.21]] mentre quelli che non vanno sono di [[P:Ruggero Fabbri]] e [[P:Pamela]]",
            ),
            (
                "c",
                "gli utenti windows sono [[H:rfabbri]] e [[H:pamela.t]]\nio sono [[P:Nadia Fabbri]], la figlia del titolare 😊",
            ),
            (
                "c",
                "ah e la mail di [[P:ruggero]] che si blocca sempre è [[E:ruggero.fabbri@studiofabbri.example]]\nla mia [[E:nadia.fabbri@studiofabbri.example]]",
            ),
            (
                "a",
                "Grazie [[P:Nadia]]. Avvio una sessione remota sul pc di [[P:Ruggero]], codice sessione {{R:847 219 035}}",
            ),
            (
                "c",
                "ok accettato\nse servisse venire di persona siamo in [[A:via Mazzini 62]] a [[L:Lodi]] secondo piano",
            ),
            ("a", "Risolto, era il driver. Ticket {{R:TCK-26002}}. Buona giornata! [[P:Irene]]"),
        ],
    },
    {
        "business": "helpdesk",
        "platform": "instagram",
        "customer": "Mei's Bubble Tea",
        "lang": "en",
        "start": "2025-07-22T12:30:00",
        "messages": [
            (
                "c",
                "hi, sorry my italian not so good, our POS terminal in the shop not connecting since morning, customers cannot pay with card",
            ),
            ("a", "Hi! Is the POS on WiFi or cable? And which IP does it show in settings?"),
            (
                "c",
                "wifi. it shows [[IP:10.0.0.12]] but sometimes [[IP:169.254.17.3]]\nmy name is [[P:Chen Mei]], shop is in [[L:Padova]], [[A:via Roma 48]]",
            ),
            (
                "c",
                "allora provo in italiano: ieri un cliente ha pagato con carta [[C:5168 7340 2918 4562]] e il pos ha stampato errore, ma i soldi sono usciti? ho scritto numero per ricordare",
                "it",
            ),
            (
                "a",
                "Capito [[P:Mei]]. Per il pagamento del cliente deve contattare la banca del POS, noi sistemiamo la connessione. Si collega da remoto tra 5 minuti",
                "it",
            ),
            (
                "a",
                "Done, the POS had lost the WiFi password. Ticket {{R:TCK-25533}}. [[P:Lorenzo]]",
            ),
            (
                "c",
                "thank you!! my brother [[P:Chen Hao]] will send the invoice data from [[E:hao.chen.padova@example.com]], p.iva [[V:03461200580]]",
            ),
        ],
    },
    {
        "business": "helpdesk",
        "platform": "whatsapp",
        "customer": "Ivo",
        "lang": "it",
        "start": "2025-12-02T17:05:00",
        "messages": [
            (
                "c",
                "ciao ragazzi il server nas dell'officina nn si vede più dalla rete, domani mattina devo fare le fatture 😩",
            ),
            (
                "a",
                "Ciao! Ci mandi l'IP del NAS e quello del tuo pc? Intanto spegni e riaccendi il NAS",
            ),
            ("c", "nas [[IP:192.168.0.200]] pc mio [[IP:192.168.0.15]]\nfatto il riavvio niente"),
            (
                "c",
                "l'ip pubblico del router dice [[IP:79.12.183.45]] se vi serve x il collegamento\nmail officina [[E:officina.bertazzoni@example.it]]",
            ),
            ("a", "Serve un intervento in sede. Indirizzo dell'officina?"),
            (
                "c",
                "officina [[P:Ivo Bertazzoni]] & figli\n[[A:strada provinciale 62 km 14]]\n[[L:Castelnuovo Rangone]], chiedi di mio figlio [[P:Samuele]] se nn ci sono",
            ),
            ("c", "il suo cel [[T:0039 347\n552 8140]] scusa è andato a capo"),
            (
                "a",
                "Nessun problema. Passa [[P:Lorenzo]] domani alle {{TM:8:00}}, intervento on-site {{$:€ 70}}/h. Ticket {{R:TCK-27114}}",
            ),
        ],
    },
    {
        "business": "helpdesk",
        "platform": "telegram",
        "customer": "Y. El Amrani",
        "lang": "en",
        "start": "2025-04-03T11:45:00",
        "messages": [
            (
                "c",
                "Hello, I run a small import company of argan oil and spices, we need new laptops for 3 employees and Microsoft 365 setup",
            ),
            (
                "a",
                "Hello! Happy to help. Could you tell us the company name, VAT and a contact e-mail for the quote?",
            ),
            (
                "c",
                "[[P:Youssef El Amrani]], for the warehouse abroad we have [[V:DE817362905]], here p.iva [[V:03842150470]]\nmail [[E:youssef dot elamrani at atlas-import dot example]]",
            ),
            (
                "c",
                "Désolé, je mélange les langues 😅 j'ai grandi à [[L:Casablanca]] et vécu à [[L:Marseille]]. warehouse is [[A:via dell'Industria 7/C]] [[A:20090]] [[L:Segrate]]",
                "fr",
            ),
            (
                "a",
                "No problem at all! Quote {{R:PRV-2025-0418}}: 3x {{PD:Lenovo ThinkPad E14}} at {{$:€ 849}} each plus setup. Who is the contact for the installation?",
            ),
            (
                "c",
                "my assistant [[P:Fatima Zahra Bennani]] [[T:+39 02 8712 4405]] or me on telegram [[H:@youssef_elamrani]]\nfor payment we use [[I:IT33K0760104600000091827364]]",
            ),
            ("a", "Perfect, we'll schedule it for {{D:10 April}}. [[P:Irene]]"),
        ],
    },
    {
        "business": "helpdesk",
        "platform": "whatsapp",
        "customer": "Sergio Gusmeroli",
        "lang": "it",
        "start": "2025-11-05T09:12:00",
        "messages": [
            (
                "c",
                "ciao ragazzi urgente!! è arrivata una mail dal fornitore con IBAN nuovo, dice di pagare su [[I:IT03N3608105138276410293847]] invece del solito [[I:IT33 B050 3411 1000 0000 0045 812]] mi puzza 🤔",
            ),
            (
                "a",
                "Ciao [[P:Sergio]], non pagare nulla! Ci giri la mail? Chi risulta come mittente?",
            ),
            (
                "c",
                "dice [[E:amministrazione@forniture-valtellina.example]] ma guardando bene è [[E:amministrazione@forniture-valtellna.example]] manca una i 😱\ndi solito ci scrive la sig.ra [[P:Pedrotti]]",
            ),
            (
                "a",
                "Esatto, è una truffa. Dai log la tua casella ha accessi da [[IP:185.220.101.47]] e [[IP:2001:b07:6472:a3f1::1c]]. Cambiamo subito la password: qual è il tuo utente webmail?",
            ),
            (
                "c",
                "[[H:sergio.gusmeroli]] e sul gestionale [[H:SGUSMER01]]\nieri ho anche comprato online con la carta aziendale [[C:5425-2334-3010-9903]] da quel pc, la blocco?",
            ),
            (
                "a",
                "Per prudenza sì, chiama la banca. Noi blocchiamo gli accessi dall'estero. Ticket {{R:TCK-28340}}, fattura sulla solita p.iva?",
            ),
            (
                "c",
                "si [[V:09155320717]]\nmio figlio [[P:Kevin]] dice che è colpa mia perché clicco tutto 🙄 il suo cell [[T:348 019 7726]] se nn mi trovate",
            ),
            ("a", "Tranquillo, succede a tanti. [[P:Irene]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(122, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
