# ruff: noqa: E501
"""Hand-written blind test corpus no. 44 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, EU VAT numbers, card numbers) were computed once with python-stdnum / Luhn and
pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten44_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a fishmonger in Chioggia, a ceramics workshop in
Faenza shipping to Canada and the US, a children's party entertainer in Parma, a solar-panel
installer in Foggia, a hostel in Trieste full of Slovenian and Croatian backpackers, and a bakery
in Aosta whose customers write in patois and carry French names.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten44_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten44_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "fish": "Pescheria El Bragosso Chioggia",
    "ceramics": "Bottega delle Maioliche Faenza",
    "party": "Festalandia Animazione Feste Parma",
    "solar": "SoleDaunia Fotovoltaico Foggia",
    "hostel": "Molo Audace Hostel Trieste",
    "bakery": "Lo Fornet Panetteria Aosta",
}
PAGE_IDS: dict[str, str] = {
    "fish": "644220000000113",
    "ceramics": "644220000000224",
    "party": "644220000000335",
    "solar": "644220000000446",
    "hostel": "644220000000557",
    "bakery": "644220000000668",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Fish: Christmas Eve order, husband collects
    {
        "business": "fish",
        "platform": "whatsapp",
        "customer": "Giuse B.",
        "lang": "it",
        "start": "2024-12-18T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno sono la [[P:Giuse]] [[P:Boscolo]] ([[P:Giuseppina]] x chi nn mi conosce 😅) volevo prenotare x la {{W:Vigilia}} 2 kg di {{PD:moeche}} e un {{PD:branzino}} da un chilo",
            ),
            (
                "a",
                "Ciao [[P:Giuseppina]]! le moeche a dicembre nn ci sono purtroppo, sono di primavera e autunno 🦀 posso farti {{PD:canoce}} o {{PD:schie}} fresche. ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "ah gia che scema. allora 1 kg canoce e il branzino. passa a ritirare mio marito [[P:Nane]] [[P:Tiozzo]] il {{D:24/12}} verso le {{TM:10.30}}",
            ),
            (
                "a",
                "segnato a nome [[P:Boscolo]] / [[P:Tiozzo]], rif. {{R:VIG-118}}, totale circa {{$:48 €}}. se il [[P:Nane]] nn trova posto puo lasciare la macchina al parcheggio del {{W:Duomo}}",
            ),
            (
                "c",
                "grazie [[P:Tommy]]!! il mio cell se serve [[T:347 218 9904]], quello di [[P:Nane]] è [[T:+39 349 660 1375]]",
            ),
            ("a", "👍 buone feste a tutti e due"),
        ],
    },
    # 2. Fish: trattoria wants a weekly supply with invoice
    {
        "business": "fish",
        "platform": "messenger",
        "customer": "Trattoria Da Speranza",
        "lang": "it",
        "start": "2024-03-05T07:41:00",
        "messages": [
            (
                "c",
                "Salve, scrivo per la {{B:Trattoria Da Speranza}} di [[L:Sottomarina]]. Sono [[P:Speranza]] [[P:Voltolina]], la titolare (mi trovate anche su [[U:facebook.com/speranza.voltolina]]). Ci servirebbero {{PD:seppie}} e {{PD:vongole veraci}} ogni martedi e venerdi",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Voltolina]], si possiamo. Per la fattura mi serve ragione sociale, partita iva e PEC. Consegna all'indirizzo del locale?",
            ),
            (
                "c",
                "Si consegna in [[A:lungomare Adriatico 102]], [[A:30015]] [[L:Sottomarina]]. Fattura: [[P:Voltolina]] & figli snc, P.IVA [[V:04128730381]], PEC [[E:trattoriadasperanza@pec.example.it]]",
            ),
            (
                "c",
                "ah, il martedi in cucina c'e mio figlio [[P:Matteo]], se non risponde chiamate [[T:041-5543872]] o direttamente lui al [[T:3297718204]]",
            ),
            (
                "a",
                "Ricevuto tutto. Primo giro {{D:martedì 12 marzo}}, il furgone passa tra le {{TM:7:00}} e le {{TM:7:30}}. Listino {{PD:seppie nostrane}} {{$:€ 14,50/kg}}. [[P:Chiara]] - amministrazione {{B:El Bragosso}}",
            ),
        ],
    },
    # 3. Fish: tourist in Sottomarina wants a grill box delivered
    {
        "business": "fish",
        "platform": "instagram",
        "customer": "fede.zennaro",
        "lang": "it",
        "start": "2024-07-19T16:05:00",
        "messages": [
            (
                "c",
                "ciaoo mi ha consigliato la mia amica @[[H:marti.zennaro]] 🐟 fate consegne a domicilio x grigliata? siamo in 8 (io sono @[[H:fede.zennaro]])",
            ),
            (
                "a",
                "ciao! si, {{PD:box grigliata mista}} x 8 persone {{$:95 euro}}, consegniamo in zona dopo le {{TM:17}}, dove siete?",
            ),
            (
                "c",
                "top. sono [[P:Fede]] cmq, [[P:Federica]] [[P:Zennaro]]. siamo a [[L:Sottomarina]] in [[A:viale Mediterraneo 7 scala C int. 9]] (residence {{B:Le Vele}}), citofono [[P:Bellemo]] che è il cognome del mio ragazzo",
            ),
            (
                "a",
                "perfetto [[P:Federica]], ci sentiamo x conferma su whatsapp? lasciami un numero",
            ),
            (
                "c",
                "[[T:340.551.2286]] scrivi pure, se nn rispondo ci sta [[P:Ale]] [[P:Bellemo]] [[T:0039 328 774 1920]]",
            ),
            ("a", "fatto, consegna {{D:sabato 20}} ore {{TM:19:30}}, rif {{O:GRL-2044}} 🔥"),
        ],
    },
    # 4. Fish: English couple renting in Isola Verde
    {
        "business": "fish",
        "platform": "telegram",
        "customer": "Mark Church",
        "lang": "en",
        "start": "2024-08-02T09:30:00",
        "messages": [
            (
                "c",
                "Hi there, we're an English couple renting a flat in [[L:Isola Verde]] for the fortnight. Do you clean and gut the fish if we buy {{PD:orata}}? Cheers, [[P:Mark]]",
            ),
            (
                "a",
                "Hello [[P:Mark]]! yes of course, we clean it free. Also {{PD:scampi}} today very fresh. - [[P:Tommaso]]",
            ),
            (
                "c",
                "Brilliant. My wife [[P:Grace]] will pop in around {{TM:11ish}}, she's the one with the straw hat lol. Could you keep 4 orata aside under [[P:Church]]?",
            ),
            (
                "a",
                "ok, 4 orate for [[P:Church]], ready at {{TM:11:00}}. you can pay with card, we take {{B:Visa}} and {{B:Mastercard}}",
            ),
            (
                "c",
                "Great. In case she gets lost her mobile is [[T:+44 7700 900431]] (UK). We're at [[A:via dei Bragozzi 7, int. 2]] if you ever deliver",
            ),
            (
                "a",
                "we deliver only saturdays but no problem. see you, and say hi to [[P:Grace]] 👋",
            ),
        ],
    },
    # 5. Fish: elderly neighbour order in dialect, refund by IBAN
    {
        "business": "fish",
        "platform": "whatsapp",
        "customer": "Rosa Leone",
        "lang": "it",
        "start": "2024-04-10T10:14:00",
        "messages": [
            (
                "c",
                "bondi, so la vissina dea siora [[P:Nives]] [[P:Penzo]], ea xe vecia e no ga el telefono, scrivo mi par ea. so [[P:Rosa]] [[P:Leone]]",
            ),
            ("a", "buongiorno [[P:Rosa]], mi dica pure"),
            (
                "c",
                "ieri ea ga pagà 2 kg de {{PD:gò}} par el {{PD:risoto de gò}} ma ghe ne gavè dà uno soeo. Ea vol indrio i schei, {{$:11 euro}}",
            ),
            (
                "a",
                "ha ragione, errore nostro, scusate. Posso fare bonifico di rimborso, mi manda IBAN e intestatario?",
            ),
            (
                "c",
                "xe el conto de so fio [[P:Gigi]], IBAN [[I:IT57 E050 3411 7010 0000 0012 345]] intestà a [[P:Luigi]] [[P:Penzo]]. ea sta in [[A:calle Forno 561]] se volè portarghe anca un toco de pesse 😂",
            ),
            (
                "a",
                "bonifico fatto oggi {{D:10/04}}, e domani il nostro ragazzo [[P:Ionut]] le porta un po' di {{PD:sardele}} in omaggio. saluti alla sig.ra [[P:Nives]]! [[P:Tommaso]]",
            ),
        ],
    },
    # 6. Fish: late courier delivery to Padua
    {
        "business": "fish",
        "platform": "messenger",
        "customer": "Andrea Ferro",
        "lang": "it",
        "start": "2024-11-22T13:47:00",
        "messages": [
            (
                "c",
                "Buongiorno, ordine {{O:EBR-7741}} spedito ieri con corriere refrigerato, ma a [[L:Padova]] non è ancora arrivato nulla. [[P:Andrea]] [[P:Ferro]]",
            ),
            (
                "a",
                "Buongiorno [[P:Andrea]], vedo tracking {{TR:BRT 0815 2241 9930}}, risulta in consegna oggi. Il corriere è [[P:Ionut]] [[P:Popescu]], di solito chiama 10 min prima",
            ),
            (
                "c",
                "il problema è che l'indirizzo è [[A:via Tiziano Aspetti 143]] ma il citofono è a nome di mia suocera, [[P:Bianca]] [[P:Mancini]]. può avvisarlo?",
            ),
            ("a", "certo, gli scrivo ora. Mi conferma un numero dove chiamarla?"),
            ("c", "[[T:(+39) 333 90 12 664]]. oppure mail [[E:andrea.ferro84@example.com]]"),
            (
                "a",
                "fatto. Se per {{TM:18:00}} non arriva le rimborsiamo la spedizione ({{$:€ 12,90}}). [[P:Chiara]]",
            ),
            ("c", "arrivato alle {{TM:16.40}}, pesce perfetto, grazie a voi e a [[P:Ionut]]!"),
        ],
    },
    # 7. Fish: Chinese restaurant, daughter translates, code-switching
    {
        "business": "fish",
        "platform": "whatsapp",
        "customer": "Lisa Chen",
        "lang": "it",
        "start": "2024-05-14T06:58:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Lisa]] [[P:Chen]], scrivo per mio papà [[P:Chen Wei]] del ristorante {{B:Drago d'Oro}} a [[L:Cavarzere]]. Lui vuole 5 kg di {{PD:calamari}} ogni giovedì",
            ),
            ("a", "Buongiorno [[P:Lisa]]! certo, li prendete voi o consegniamo?"),
            (
                "c",
                "Consegna per favore, [[A:corso del Popolo 88]], [[A:30014]] [[L:Cavarzere]]. He asks if you also have live {{PD:granchio blu}}, sorry my dad says to write it in english for his cousin [[P:Zhang]]",
                "en",
            ),
            (
                "a",
                "Yes, blue crab we have almost every day, price {{$:€ 6/kg}}. Per il pagamento bonifico o contanti alla consegna?",
            ),
            (
                "c",
                "bonifico, il conto è [[I:IT19S0832736240000000998877]], quello da cui vi arrivano i soldi, intestato [[P:Chen Wei]]. numero del papà [[T:+39 388 120 4457]]",
            ),
            ("a", "perfetto, primo giovedì {{D:16 maggio}}. Ciao [[P:Lisa]], [[P:Tommaso]]"),
        ],
    },
    # 8. Ceramics: Toronto customer, dinner set
    {
        "business": "ceramics",
        "platform": "messenger",
        "customer": "Victoria Leone-Baker",
        "lang": "en",
        "start": "2024-02-26T15:20:00",
        "messages": [
            (
                "c",
                "Hello! I fell in love with the {{PD:Garofano}} dinner set on your page. Do you ship to Canada? I'm [[P:Victoria]] [[P:Leone-Baker]], in [[L:Toronto]]",
            ),
            (
                "a",
                "Hi [[P:Victoria]]! Yes, we ship to Canada with {{B:DHL Express}}, usually 6-9 days. The 12-piece {{PD:Garofano}} set is {{$:€ 420}} plus {{$:€ 85}} shipping",
            ),
            (
                "c",
                "Perfect. Address is [[A:Apt 1207, 88 Harbour Street]], [[L:Toronto]], ON [[A:M5J 0C3]]. Phone [[T:+1 (416) 555-0187]]. Please put it under my maiden name [[P:Leone]], the concierge knows me that way",
            ),
            ("a", "Noted. I'll send you a payment link to your email, which one?"),
            (
                "c",
                "[[E:vicky.leonebaker@example.ca]] - thx! or if easier charge my visa [[C:4024 0071 8845 2634]]",
            ),
            (
                "a",
                "please never send card numbers here 🙏 I'll use the link: [[U:https://pay.example.com/bmf/victoria-leone-baker]]",
            ),
            (
                "a",
                "Sent! order {{O:BMF-2024-031}}. Each plate is signed by [[P:Rosa]], our painter 🎨 - [[P:Lorenzo]], {{B:Bottega delle Maioliche}}",
            ),
        ],
    },
    # 9. Ceramics: Portland, sister Hope, checkout blocked
    {
        "business": "ceramics",
        "platform": "instagram",
        "customer": "hope_and_clay",
        "lang": "en",
        "start": "2024-04-03T21:11:00",
        "messages": [
            (
                "c",
                "hiii your shop keeps saying 'access denied' when I try to pay. it shows my IP as [[IP:73.164.22.198]] whatever that means 😩",
            ),
            (
                "a",
                "Hi! sorry for this, our payment provider sometimes blocks foreign IPs. Can you tell me your name and what you want to buy? I'll do a manual order",
            ),
            (
                "c",
                "it's [[P:Hope]] [[P:Nakamura]], I want two {{PD:Melograno}} mugs for me and my sister [[P:Serena]]. ship to [[A:2217 SE Hawthorne Blvd]], [[L:Portland]], OR [[A:97214]]",
            ),
            (
                "a",
                "got it [[P:Hope]]! 2 mugs {{$:€ 38}} each + {{$:€ 29}} shipping USPS. I can send a {{B:PayPal}} request, email?",
            ),
            (
                "c",
                "[[E:hope [at] nakamura-pottery [dot] com]] — lol yes I also do pottery, see [[U:www.nakamura-pottery.com/about-hope]]",
            ),
            (
                "a",
                "love it! request sent to [[E:hope@nakamura-pottery.com]]. tag us when they arrive, we're @{{B:maiolichefaenza}}",
            ),
            ("c", "will do!! my sister's insta is @[[H:serena.nakamura.art]] she'll repost"),
        ],
    },
    # 10. Ceramics: Italian wedding gift with invoice
    {
        "business": "ceramics",
        "platform": "whatsapp",
        "customer": "Marco",
        "lang": "it",
        "start": "2024-06-11T12:03:00",
        "messages": [
            (
                "c",
                "Ciao, volevo un {{PD:piatto commemorativo}} per il matrimonio di mio fratello [[P:Davide]] con [[P:Neve]] [[P:Fontana]], con i loro nomi e la data {{D:21.09.2024}}",
            ),
            (
                "a",
                "Che bello! Possiamo scrivere '[[P:Davide]] e [[P:Neve]]' sul bordo in {{PD:blu di Faenza}}. Costo {{$:€ 140}}. Serve fattura?",
            ),
            (
                "c",
                "si per favore, a nome mio: [[P:Marco]] [[P:Ferro]], CF [[CF:FRRMRC82H14G337L]], [[A:borgo delle Colonne 14]], [[A:43121]] [[L:Parma]]",
            ),
            (
                "c",
                "pardon, volevo dire: sul piatto scrivete [[P:Davide]] & [[P:Neve]], non 'e'. lei ci tiene 😅",
            ),
            ("a", "fatto! Bozza entro {{D:venerdì}}, te la mando qui. [[P:Rosa]] dalla bottega"),
        ],
    },
    # 11. Ceramics: Vancouver, Indian name, customs broker colleague
    {
        "business": "ceramics",
        "platform": "messenger",
        "customer": "Priya R.",
        "lang": "en",
        "start": "2024-09-17T18:44:00",
        "messages": [
            (
                "c",
                "Hi, my order {{O:BMF-2024-118}} is held at customs in [[L:Vancouver]]. The broker asked for an invoice with the HS code. I'm [[P:Priya]] [[P:Raghunathan]]",
            ),
            (
                "a",
                "Hello [[P:Priya]], sorry about this. The code is {{R:HS 6912.00}}. Who should I send the invoice to?",
            ),
            (
                "c",
                "Please send to my colleague at the broker, [[P:Will]] [[P:Fox]], [[E:w.fox@borderlinebrokers.example]], tel [[T:+1 604 555 0163]]. He'll sort it, he's a legend. my details are on [[U:https://www.linkedin.com/in/priya-raghunathan-van]] if they ask",
            ),
            ("a", "Sent to [[P:Will]] just now. Should I also cc you?"),
            (
                "c",
                "yes pls, [[E:priya.raghunathan@example.com]]. the parcel should go to [[A:Suite 410, 1055 West Georgia Street]], [[L:Vancouver]] BC [[A:V6E 3P3]], that's my office",
            ),
            (
                "a",
                "done ✔️ if they charge duties above {{$:CAD 40}} let me know and we'll split it. [[P:Lorenzo]]",
            ),
        ],
    },
    # 12. Ceramics: local artist collaboration via linktree
    {
        "business": "ceramics",
        "platform": "instagram",
        "customer": "giuliabianca.illustra",
        "lang": "it",
        "start": "2024-01-29T10:27:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Giulia]] [[P:Bianca]] [[P:Ricci]], illustratrice di [[L:Forlì]]. mi piacerebbe fare una collab per la {{W:Settimana del Ceramista}}, trovi i miei lavori su [[U:linktr.ee/giuliabianca.illustra]]",
            ),
            (
                "a",
                "Ciao [[P:Giulia]]! abbiamo visto, bellissimi. Ne parlo con [[P:Lorenzo]] e [[P:Rosa]] e ti faccio sapere. Hai un portfolio pdf?",
            ),
            (
                "c",
                "si te lo mando via mail, scrivimi a [[E:giulia punto ricci chiocciola gmail punto com]], ma occhio che il mio profilo personale è @[[H:giuly_ricci93]] e quello di lavoro è questo",
            ),
            (
                "a",
                "perfetto. Noi pensavamo a una serie di {{PD:piastrelle Galli}} con il gallo di Faenza, tu la disegni e noi smaltiamo",
            ),
            (
                "c",
                "adoro 😍 ho anche un sito [[U:https://giuliaricci-illustrazioni.it]], e ovviamente taggate @[[H:giuliabianca.illustra]]",
            ),
        ],
    },
    # 13. Ceramics: Chicago, card declined, card number in chat
    {
        "business": "ceramics",
        "platform": "messenger",
        "customer": "Robbie Mancini",
        "lang": "en",
        "start": "2024-10-08T23:15:00",
        "messages": [
            (
                "c",
                "hey my card got declined twice on your site for the {{PD:Ventaglio}} vase. can I just give you the number? [[C:4532 0188 7654 3217]] exp 09/27",
            ),
            (
                "a",
                "Hi, please don't send card numbers in chat! We won't use it. I'll send a secure {{B:Stripe}} link instead. Your name?",
            ),
            (
                "c",
                "oops sorry 🙈 [[P:Robbie]] [[P:Mancini]], well [[P:Roberto]] on the card, my nonna was from [[L:Lugo]]. I'm at [[A:1419 W Taylor St, Apt 4B]], [[L:Chicago]], IL [[A:60607]]",
            ),
            ("a", "Nice, [[L:Lugo]] is 20 minutes from us! Link sent to which email?"),
            ("c", "[[E:robbie.mancini@example.net]] or text me [[T:(312) 555-0199]]"),
            (
                "a",
                "sent the link, total {{$:USD 265}} incl. shipping. Our system flagged the login from [[IP:98.213.40.77]] as foreign, that's why it declined. all good now - [[P:Lorenzo]]",
            ),
        ],
    },
    # 14. Ceramics: Montreal shop, wholesale
    {
        "business": "ceramics",
        "platform": "telegram",
        "customer": "Geneviève Tremblay",
        "lang": "en",
        "start": "2024-03-21T14:02:00",
        "messages": [
            (
                "c",
                "Hello, I run a small homeware shop in [[L:Montréal]], {{B:Maison Bleu Cobalt}}. Interested in wholesale of your {{PD:Compendiario}} bowls. [[P:Geneviève]] [[P:Tremblay]]",
            ),
            (
                "a",
                "Bonjour [[P:Geneviève]]! Wholesale minimum is 40 pieces, price {{$:€ 22}} each. Do you have an EU VAT or only Canadian business number?",
            ),
            (
                "c",
                "Only Canadian, my business partner [[P:Amara]] [[P:Okonkwo]] handles that. Her email [[E:amara.okonkwo@example.ca]]",
            ),
            (
                "c",
                "Ship to [[A:4520 rue Saint-Denis]], [[L:Montréal]] QC [[A:H2J 2L3]]. Phone of the shop is mine, [[T:514-555-0128]]",
            ),
            (
                "a",
                "perfect, proforma {{R:PF-0324}} sent to [[P:Amara]]. Shipping date {{D:April 9}}. Grazie!",
            ),
        ],
    },
    # 15. Ceramics: Milan restaurant custom plates, deposit refund
    {
        "business": "ceramics",
        "platform": "whatsapp",
        "customer": "Osteria Grace",
        "lang": "it",
        "start": "2024-05-27T11:36:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Grace]] [[P:Adeyemi]] dell'{{B:Osteria Grace}} in [[L:Isola]] a [[L:Milano]]. ci avete fatto i piatti col logo ma 6 su 60 sono arrivati rotti",
            ),
            (
                "a",
                "Buongiorno [[P:Grace]], che peccato. Ci mandi le foto? Se è il corriere apriamo pratica, altrimenti rimborsiamo noi",
            ),
            (
                "c",
                "foto mandate al vostro numero. preferisco rimborso, IBAN [[I:IT47S0103084780000004417720]], intestato {{B:Osteria Grace srl}}, P.IVA [[V:02194580391]]",
            ),
            (
                "a",
                "ok, rimborso di {{$:€ 132}} entro {{D:fine mese}}. chi riceve i pacchi da voi di solito?",
            ),
            (
                "c",
                "il mio socio [[P:Olumide]], [[P:Olu]] per tutti 😄, cell [[T:+39 351 442 0981]]. l'indirizzo resta [[A:via Pastrengo 11]], [[A:20159]] [[L:Milano]]",
            ),
            (
                "a",
                "segnato. [[P:Rosa]] ricuoce i 6 piatti, li spediamo con {{B:GLS}}. ciao, [[P:Lorenzo]]",
            ),
        ],
    },
    # 16. Party: birthday for Leo, animator Betta
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Cristina",
        "lang": "it",
        "start": "2024-02-12T19:08:00",
        "messages": [
            (
                "c",
                "ciao! volevo info x la festa di mio figlio [[P:Leo]] che fa 6 anni il {{D:9 marzo}}. facciamo in casa, saremo una quindicina di bimbi",
            ),
            (
                "a",
                "Ciao! per 15 bimbi consigliamo il pacchetto {{PD:Pirati in Festa}}, 2 ore, {{$:180 €}}. Dove abitate?",
            ),
            (
                "c",
                "[[A:strada Farini 36]], terzo piano, a [[L:Parma]] centro. io sono [[P:Cristina]] [[P:Bello]], il papa è [[P:Paolo]]. se serve fattura a lui: [[P:Bello]] [[P:Paolo]], [[CF:BLLPLA83L21G337R]]",
            ),
            (
                "a",
                "perfetto [[P:Cristina]]! Vi mandiamo la [[P:Betta]], la nostra piratessa 🏴‍☠️ Ti lascio il suo cell x accordarvi, [[T:347/8812034]], o la trovi su [[U:facebook.com/betta.piratessa.parma]]",
            ),
            (
                "c",
                "grazie!! [[P:Leo]] impazzira. una cosa, c'e un bimbo allergico alle arachidi, [[P:Tommaso]] [[P:Leone]], glielo dici a [[P:Betta]] x le caramelle?",
            ),
            (
                "a",
                "certo, usiamo solo caramelle senza frutta secca. a presto! [[P:Elisabetta]] (sì, sono io la [[P:Betta]] 😂)",
            ),
        ],
    },
    # 17. Party: twins Rosa and Bianca, park party
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Stefano Aiello",
        "lang": "it",
        "start": "2024-05-06T21:30:00",
        "messages": [
            (
                "c",
                "Buonasera, le mie gemelle [[P:Rosa]] e [[P:Bianca]] compiono 4 anni il {{D:1 giugno}}. Vorremmo il {{PD:Mago Zucchero}} al {{W:Parco Ducale}}, si può?",
            ),
            (
                "a",
                "Buonasera! Il {{PD:Mago Zucchero}} al parco sì, serve però il permesso del Comune se montiamo il gazebo. Il suo nome?",
            ),
            (
                "c",
                "[[P:Stefano]] [[P:Aiello]]. Il permesso lo chiede mia moglie [[P:Serena]], lavora in Comune 😄",
            ),
            (
                "a",
                "Perfetto. Pacchetto {{PD:Magia Deluxe}} {{$:€ 240}}, inizio {{TM:16:00}}. Mandatemi una mail per il contratto",
            ),
            (
                "c",
                "[[E:stefano.aiello@libero.example.it]]. Se piove ripieghiamo da mia madre, [[A:via Martinella 5]], frazione [[L:Vicofertile]]",
            ),
            (
                "a",
                "ok, contratto {{R:FST-0601}} mandato. [[P:Rosa]] e [[P:Bianca]] avranno una bacchetta magica a testa 🪄 ciao, [[P:Giacomo]] alias {{PD:Mago Zucchero}}",
            ),
        ],
    },
    # 18. Party: Nigerian mum, code-switching
    {
        "business": "party",
        "platform": "instagram",
        "customer": "chiamaka.okafor",
        "lang": "it",
        "start": "2024-07-01T08:55:00",
        "messages": [
            (
                "c",
                "buongiorno, vorrei una festa per mio figlio [[P:Chidi]], 8 anni. sorry my italian is not perfect, can I write in english?",
                "it",
            ),
            ("a", "Of course! Tell me everything 😊", "en"),
            (
                "c",
                "Thank you! I'm [[P:Chiamaka]] [[P:Okafor]], we live in [[L:San Pancrazio]], [[A:via Emilia Ovest 212 scala B int. 7]]. Party at home on {{D:July 20}}, 12 kids",
                "en",
            ),
            (
                "a",
                "Great. For 8 year olds the {{PD:Caccia al Tesoro}} works very well, {{$:€ 200}}. Our animator [[P:Fede]] speaks english too",
                "en",
            ),
            (
                "c",
                "perfect! my husband [[P:Emeka]] will pay. his number [[T:+39 320 665 7741]]. also my friend [[P:Ngozi]] [[P:Eze]] wants your contact for her daughter",
                "en",
            ),
            (
                "a",
                "Certo! dille di scriverci qui o su whatsapp. a presto [[P:Chiamaka]], ciao da [[P:Fede]] e [[P:Betta]]",
            ),
            (
                "c",
                "grazie! se volete taggarmi nelle foto sono @[[H:chiamaka.okafor]], il profilo di [[P:Emeka]] è @[[H:emeka_okafor_pr]]",
            ),
        ],
    },
    # 19. Party: teacher, school end-of-year, association invoice
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Anna maestra",
        "lang": "it",
        "start": "2024-05-20T16:17:00",
        "messages": [
            (
                "c",
                "Salve sono la maestra [[P:Anna]] [[P:Carra]] della scuola {{B:Don Milani}} di [[L:Collecchio]], per la festa di fine anno del {{D:7 giugno}} vi vorremmo per 50 bambini",
            ),
            (
                "a",
                "Salve maestra! con 50 bimbi mandiamo 3 animatori, {{PD:Giochi di una Volta}}, {{$:€ 350}}. Fattura all'istituto o all'associazione genitori?",
            ),
            (
                "c",
                "associazione genitori, la presidente è [[P:Marta]] [[P:Dall'Aglio]]. CF del presidente, mi dicono, è [[CF:MNCBNC95D48L424Q]]... no scusate quello è della tesoriera [[P:Bianca]] [[P:Mancini]], va bene lo stesso?",
            ),
            (
                "a",
                "Serve quello dell'associazione o del legale rappresentante. Mi scrive una mail chi se ne occupa?",
            ),
            (
                "c",
                "si scrive [[P:Bianca]], la sua mail è [[E:bianca at libero dot it]]. il mio cell [[T:0039 339 218 7730]]",
            ),
            (
                "a",
                "perfetto, aspetto la mail di [[P:Bianca]]. ciao, [[P:Giacomo]] - {{B:Festalandia}}",
            ),
        ],
    },
    # 20. Party: American family in Parma
    {
        "business": "party",
        "platform": "telegram",
        "customer": "Hannah Church",
        "lang": "en",
        "start": "2024-10-14T17:40:00",
        "messages": [
            (
                "c",
                "Hi! We moved to [[L:Parma]] from [[L:Ohio]] last year. Do you do {{W:Halloween}} parties? My son [[P:Jack]] wants a spooky party for {{D:Oct 31}}",
            ),
            (
                "a",
                "Hi! yes, {{PD:Notte dei Mostri}} package, 2 hours with makeup and games, {{$:€ 220}}. Your name please?",
            ),
            (
                "c",
                "[[P:Hannah]] [[P:Church]]. We live in [[A:borgo Riccio da Parma 14]], the yellow door. My cell is still a US number [[T:+1 937-555-0114]], or Italian [[T:351 990 2210]]",
            ),
            (
                "a",
                "Perfect [[P:Hannah]], can the party start at {{TM:5 pm}}? deposit is {{$:€ 60}}",
            ),
            (
                "c",
                "5 is great. can I pay the deposit with my US card? it's a Discover [[C:6011-0045-3920-1877]]",
            ),
            (
                "c",
                "oh and my neighbour [[P:Gianni]] [[P:Leone]] said he knows [[P:Giacomo]], the magician? small world lol",
            ),
            (
                "a",
                "ahah yes [[P:Giacomo]] is our boss 😄 booking {{R:FST-1031}} confirmed. boo! 🎃",
            ),
        ],
    },
    # 21. Party: animator sick, replacement, deposit by IBAN
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Luisa",
        "lang": "it",
        "start": "2024-03-15T09:02:00",
        "messages": [
            (
                "a",
                "Ciao [[P:Luisa]], purtroppo il [[P:Fede]] ha la febbre 🤒 per sabato ti mandiamo [[P:Serena]] [[P:Fox]], bravissima con i piccoli. va bene?",
            ),
            (
                "c",
                "ah poverino! si va benissimo, l'importante è che ci sia la {{PD:Baby Dance}}. la caparra l'ho fatta ieri, vi è arrivata?",
            ),
            ("a", "ancora no, da quale conto?"),
            (
                "c",
                "dal conto di mio marito [[P:Ruggero]] [[P:Ferrari]] [[P:Mezzadri]], [[I:IT69 J020 0813 6000 0010 1234 567]], {{$:50 euro}} causale 'festa [[P:Viola]]'",
            ),
            (
                "a",
                "eccolo, arrivato adesso ✔️ [[P:Serena]] arriva in [[A:via Langhirano 44/A]] alle {{TM:15:30}}, giusto?",
            ),
            (
                "c",
                "esatto, a [[L:San Lazzaro Parmense]]. la festeggiata è [[P:Viola]], e ci sarà pure la nonna [[P:Speranza]] che vuole ballare 😂",
            ),
        ],
    },
    # 22. Party: Ukrainian mum, English
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Oksana Kovalenko",
        "lang": "en",
        "start": "2024-09-02T12:25:00",
        "messages": [
            (
                "c",
                "Hello, my daughter [[P:Sofiia]] will be 7. We are from [[L:Kharkiv]], live in [[L:Fidenza]] now. Do you have animator who speaks a little english or ukrainian?",
            ),
            (
                "a",
                "Hello! Our animator [[P:Olena]] [[P:Shevchenko]] speaks ukrainian, she is from [[L:Lviv]] 😊 She could do {{PD:Principesse e Draghi}}",
            ),
            (
                "c",
                "Wonderful!! I am [[P:Oksana]] [[P:Kovalenko]]. Party {{D:15 September}} at [[A:località Case Nuove 3]], near {{W:Fidenza Village}}",
            ),
            ("a", "Noted. Price {{$:€ 190}}. Can I have your email for the contract?"),
            (
                "c",
                "[[E:oksana.kovalenko88@example.com]] and phone [[T:+39 371 448 2093]]. my sister [[P:Iryna]] will help with cake, she is @[[H:iryna_k_cakes]] on insta. also my facebook [[U:facebook.com/oksana.kovalenko.parma]]",
            ),
            ("a", "Perfect! [[P:Olena]] will call you this week. Дякую! [[P:Giacomo]]"),
        ],
    },
    # 23. Solar: farmer in contrada, CF and P.IVA
    {
        "business": "solar",
        "platform": "whatsapp",
        "customer": "Valeria Zanni",
        "lang": "it",
        "start": "2024-01-16T08:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Valeria]] [[P:Zanni]], ho un'azienda agricola a [[L:Borgo Incoronata]] e vorrei mettere i pannelli sul capannone, circa 400 mq",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Zanni]], per 400 mq possiamo valutare un {{PD:impianto da 60 kWp}}. Mi serve l'indirizzo per il sopralluogo",
            ),
            (
                "c",
                "[[A:contrada Incoronata 41]], [[A:71122]] [[L:Foggia]]. l'azienda è intestata a me, P.IVA [[V:07331600713]], CF [[CF:ZNNVLR74A41D643X]]",
            ),
            (
                "a",
                "Grazie. Il nostro tecnico [[P:Saverio]] [[P:Russo]] passa {{D:giovedì 18}} alle {{TM:9}}. Per il {{W:Conto Energia}} non ci sono più incentivi ma c'è il {{PD:credito d'imposta Transizione 5.0}}",
            ),
            (
                "c",
                "va bene. se non ci sono io c'è mio cognato [[P:Michele]] [[P:Di Biase]], [[T:0881/724519]] in ufficio o [[T:+39 333 7120 448]]",
            ),
            (
                "a",
                "Perfetto. Preventivo {{R:PRV-2024-007}} aperto. [[P:Antonella]], ufficio tecnico {{B:SoleDaunia}}",
            ),
        ],
    },
    # 24. Solar: condominium, obfuscated email, neighbour
    {
        "business": "solar",
        "platform": "messenger",
        "customer": "Mario Rossetti",
        "lang": "it",
        "start": "2024-04-22T18:33:00",
        "messages": [
            (
                "c",
                "Salve, sono l'amministratore del condominio di [[A:viale Michelangelo 88]] a [[L:Foggia]], [[P:Mario]] [[P:Rossetti]]. L'assemblea vuole il fotovoltaico sulle parti comuni",
            ),
            (
                "a",
                "Buonasera [[P:Mario]], sì facciamo anche condomini e {{PD:CER}} (comunità energetiche). Mi manda la planimetria del tetto?",
            ),
            (
                "c",
                "gliela mando per mail, lei la mia la scriva così: [[E:mario punto rossetti chiocciola gmail punto com]] (lo scrivo cosi per via dei bot)",
            ),
            (
                "c",
                "ah, la condomina del quinto piano, la sig.ra [[P:Addolorata]] [[P:Ferro]], è contraria e vuole parlare con voi. il suo numero è [[T:0881 63 22 19]]",
            ),
            (
                "a",
                "Nessun problema, la chiamo io. Sono [[P:Antonella]] [[P:Capuano]], l'ing. [[P:Carmine]] [[P:Leone]] seguirà la pratica",
            ),
            (
                "c",
                "grazie mille. l'assemblea è il {{D:14 maggio}} alle {{TM:18:30}}, se l'ing. [[P:Leone]] può venire è meglio",
            ),
        ],
    },
    # 25. Solar: Moroccan customer in San Severo, incentives IBAN
    {
        "business": "solar",
        "platform": "whatsapp",
        "customer": "Youssef",
        "lang": "it",
        "start": "2024-06-03T14:48:00",
        "messages": [
            (
                "c",
                "salam, buongiorno. sono [[P:Youssef]] [[P:El Amrani]] di [[L:San Severo]], avete fatto l impianto a casa mia l anno scorso. il {{B:GSE}} non mi paga ancora lo scambio sul posto",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]]! controllo la pratica. Mi conferma l'indirizzo dell'impianto?",
            ),
            (
                "c",
                "[[A:via Lucera 17 int. 2]], [[A:71016]] [[L:San Severo]]. il conto dove devono pagare è [[I:IT41J0326822300052874561230]] ma sul portale c era un altro iban vecchio",
            ),
            (
                "a",
                "Ecco il problema, sul portale c'è ancora l'IBAN vecchio. Lo aggiorno io con delega. Mi serve il suo codice fiscale",
            ),
            (
                "c",
                "ve lo manda mia moglie [[P:Fatima]] che ha i documenti, scrive dal suo numero [[T:+39 327 5501 996]]",
            ),
            (
                "a",
                "perfetto. il tecnico [[P:Saverio]] ricontrolla anche l'inverter, ha l'IP pubblico [[IP:151.38.72.19]] e non comunica da {{D:marzo}}",
            ),
        ],
    },
    # 26. Solar: British retiree in Vieste
    {
        "business": "solar",
        "platform": "messenger",
        "customer": "Graham Baker",
        "lang": "en",
        "start": "2024-02-08T10:10:00",
        "messages": [
            (
                "c",
                "Good morning. My wife and I have retired to the {{W:Gargano}}, near [[L:Vieste]]. We'd like solar panels and a battery. [[P:Graham]] [[P:Baker]]",
            ),
            (
                "a",
                "Good morning Mr [[P:Baker]]! We can design a {{PD:6 kWp}} system with a {{PD:10 kWh}} battery. Is the house detached?",
            ),
            (
                "c",
                "Yes, it's called [[A:Villa Le Ginestre, contrada Molinella 9]], [[A:71019]] [[L:Vieste]]. Our neighbour [[P:Pasquale]] had it done by you, he recommended you",
            ),
            (
                "a",
                "Ah, [[P:Pasquale]] [[P:Troiano]]! Very kind. For the quote I need your codice fiscale, do you have one?",
            ),
            (
                "c",
                "Yes, it's on the residency card, my wife [[P:Victoria]] has the folder. I'll send it. Our little blog is [[U:grahamandvictoriainpuglia.blogspot.com]]. Best on the phone: [[T:07700 900 862]] (UK) or email [[E:graham.baker@example.co.uk]]",
            ),
            (
                "a",
                "Thank you. [[P:Saverio]] can come {{D:Feb 15}} at {{TM:10 am}}. Regards, [[P:Antonella]]",
            ),
        ],
    },
    # 27. Solar: Spanish engineer, German company, EU VAT
    {
        "business": "solar",
        "platform": "whatsapp",
        "customer": "Javier Ruiz",
        "lang": "it",
        "start": "2024-08-26T09:45:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Javier]] [[P:Ruiz Gómez]], ingegnere della {{B:Sonnenfeld Agrar GmbH}}. Abbiamo un terreno a [[L:Cerignola]] per agrivoltaico e cerchiamo installatori locali",
            ),
            (
                "a",
                "Buongiorno ing. [[P:Ruiz]], molto interessati. Può mandarci i dati della società per l'NDA?",
            ),
            (
                "c",
                "{{B:Sonnenfeld Agrar GmbH}}, USt-IdNr [[V:DE218945618]], referente amministrativa [[P:Katrin]] [[P:Hölzl]], [[E:k.hoelzl@sonnenfeld-agrar.example.de]]",
            ),
            (
                "c",
                "il terreno è in [[A:strada provinciale 73 km 6]], località [[L:Tressanti]]. io sono in Italia fino al {{D:6 settembre}}, cell spagnolo [[T:+34 612 448 903]]",
            ),
            (
                "a",
                "Perfetto. NDA {{R:NDA-SD-0826}} inviato a [[P:Katrin]]. Le propongo sopralluogo {{D:mercoledì}} con il nostro titolare, [[P:Nicola]] [[P:D'Errico]]",
            ),
        ],
    },
    # 28. Solar: angry review on Instagram
    {
        "business": "solar",
        "platform": "instagram",
        "customer": "rocco_manfredonia",
        "lang": "it",
        "start": "2024-09-30T20:51:00",
        "messages": [
            (
                "c",
                "vergogna!! 3 settimane che aspetto il collaudo. lo scrivo anche nel gruppo di [[L:Manfredonia]]. lo sa pure mio cugino @[[H:tonino.dibenedetto]]. io sono @[[H:rocco_manfredonia]] se volete saperlo",
            ),
            (
                "a",
                "Buonasera, ci dispiace. Ci dà nome e numero di pratica così verifichiamo subito?",
            ),
            (
                "c",
                "[[P:Rocco]] [[P:Prencipe]], pratica {{R:CNX-71043}}, casa in [[A:traversa Scaloria 3]], piano terra. il vostro [[P:Saverio]] ha detto che mancava l'ok di {{B:e-distribuzione}}",
            ),
            (
                "a",
                "Verificato: l'ok di e-distribuzione è arrivato oggi {{D:30/09}}. [[P:Saverio]] viene {{D:giovedì}} alle {{TM:8:30}}. Scusi ancora sig. [[P:Prencipe]]",
            ),
            (
                "c",
                "ok va bene. se lo avevate detto prima nn scrivevo niente. fate sapere a mio figlio [[P:Matteo]] che c'è lui a casa, [[T:+39.329.118.4507]]",
            ),
        ],
    },
    # 29. Solar: quote with account manager, card payment for storage deposit
    {
        "business": "solar",
        "platform": "telegram",
        "customer": "Lucia Trezza",
        "lang": "it",
        "start": "2024-11-05T11:19:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Antonella]], sono la [[P:Lucia]] [[P:Trezza]] di [[L:Lucera]]. Per il {{PD:accumulo 5 kWh}} la caparra posso pagarla con carta?",
            ),
            ("a", "Ciao [[P:Lucia]]! sì, ti mando un link {{B:SumUp}}, non scrivere la carta qui"),
            (
                "c",
                "troppo tardi 😅 [[C:5168-4720-9931-7750]] scade 11/26. cmq mandami il link che la ripago lì",
            ),
            (
                "a",
                "ok cancello il messaggio appena puoi anche tu. Link: [[U:https://pay.sumup.example/soledaunia/lucia-trezza-caparra]] ({{$:€ 500}})",
            ),
            (
                "c",
                "fatto! fattura intestata a me, [[A:via Federico II 52]], [[A:71036]] [[L:Lucera]]",
            ),
            ("a", "perfetto, e l'installazione resta {{D:martedì 19}}. a presto!"),
        ],
    },
    # 30. Hostel: Slovenian backpacker, check-in details
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Neža",
        "lang": "en",
        "start": "2024-07-11T13:26:00",
        "messages": [
            (
                "c",
                "hey! booking {{R:MAH-58213}} for tonight, I'll arrive late by bus from [[L:Ljubljana]], like {{TM:23:40}}. is reception open?",
            ),
            (
                "a",
                "Hi! reception closes at {{TM:23:00}} but we'll leave you a key code. Name on the booking?",
            ),
            (
                "c",
                "[[P:Neža]] [[P:Kranjc]] ([[P:N-E-Z-A]] with the little hat on the z, [[P:Kranjc]] [[P:K-R-A-N-J-C]]). my friend [[P:Urška]] is coming tomorrow",
            ),
            (
                "a",
                "got it [[P:Neža]]. for the police registration we need your address, can you write it?",
            ),
            (
                "c",
                "[[A:Trubarjeva cesta 29]], [[A:1000]] [[L:Ljubljana]], Slovenia. phone [[T:+386 41 552 187]]",
            ),
            (
                "a",
                "perfect. code for the door is on your email ([[E:neza.kranjc@example.si]] right?). bed 4 in room {{W:Miramare}}. see you! [[P:Dario]], night shift",
            ),
        ],
    },
    # 31. Hostel: Croatian group from Zagreb
    {
        "business": "hostel",
        "platform": "instagram",
        "customer": "luka.horvat_",
        "lang": "en",
        "start": "2024-08-14T09:03:00",
        "messages": [
            (
                "c",
                "bok! we are 6 guys from [[L:Zagreb]] coming for the {{W:Barcolana}}?? no wait that's October. coming {{D:Aug 23-25}}. do you have a 6 bed dorm?",
            ),
            (
                "a",
                "Bok! yes, dorm {{W:Bora}} has 6 beds, {{$:€ 32}} per night per person. Who's booking?",
            ),
            (
                "c",
                "me, [[P:Luka]] [[P:Horvat]]. the others are [[P:Ivan]], [[P:Marko]], [[P:Tin]] [[P:Babić]], [[P:Josip]] and [[P:Ante]]. [[P:Ante]] is the one who snores sorry in advance 😂",
            ),
            ("a", "hahaha noted, we'll give him the corner bed. Can you send email and phone?"),
            (
                "c",
                "[[E:luka.horvat.zg@example.hr]], [[T:+385 91 447 2036]]. tag us on stories we're @[[H:luka.horvat_]] and @[[H:tinbabic99]]",
            ),
            ("a", "done, booking {{R:MAH-58701}}. welcome to Trieste! - [[P:Sara]]"),
        ],
    },
    # 32. Hostel: invoice for a Slovenian company and a Croatian association
    {
        "business": "hostel",
        "platform": "messenger",
        "customer": "Maja Novak",
        "lang": "en",
        "start": "2024-03-04T10:48:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Maja]] [[P:Novak]], I organise a student exchange. 14 people {{D:April 10-13}}. We need two invoices: one to a Slovenian company and one to a Croatian association",
            ),
            (
                "a",
                "Hello [[P:Maja]]! No problem. Please send company names, VAT numbers and addresses",
            ),
            (
                "c",
                "1) {{B:Kras Mobility d.o.o.}}, VAT [[V:SI51834278]], [[A:Partizanska cesta 12]], [[A:6210]] [[L:Sežana]]. 2) {{B:Udruga Mladi Jadran}}, OIB/VAT [[V:HR73059182649]], [[A:Ulica Ivana Gundulića 14]], [[A:51000]] [[L:Rijeka]]",
            ),
            (
                "c",
                "The Croatian one pays by transfer from [[I:HR6023400091120457789]], contact person [[P:Dubravka]] [[P:Kovačević]]. The Slovenian one from [[I:SI16191000047256361]]",
            ),
            ("a", "Perfect. Group booking {{R:GRP-0410}}. Who is the leader on site?"),
            (
                "c",
                "[[P:Rok]] [[P:Zupan]], teacher, [[T:+386 31 208 774]]. He doesn't use whatsapp, only sms",
            ),
        ],
    },
    # 33. Hostel: Italian student, code-switching
    {
        "business": "hostel",
        "platform": "telegram",
        "customer": "Betta",
        "lang": "it",
        "start": "2024-10-21T15:55:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Betta]] [[P:Zorzenon]], studentessa a [[L:Udine]], ho un esame a {{B:UniTS}} il {{D:28}} e cerco un letto per 2 notti",
            ),
            (
                "a",
                "Ciao [[P:Betta]]! letto in camera femminile {{$:€ 27}} a notte, colazione inclusa",
            ),
            (
                "c",
                "perfetto! my roommate at the hostel will be my friend [[P:Hope]] [[P:Mensah]] from [[L:Accra]], she's doing erasmus here ([[U:https://hope-mensah.github.io]]), can we be in the same room?",
                "en",
            ),
            (
                "a",
                "Sure, I'll put you both in {{W:Molo}} room. Does [[P:Hope]] already have a booking?",
                "en",
            ),
            (
                "c",
                "si, a nome [[P:Mensah]]. il mio numero [[T:+39 345 802 1177]]. a che ora posso fare il check-in? su telegram mi trovi come @[[H:bettazorz]]",
            ),
            ("a", "dalle {{TM:14:00}}. ciao, [[P:Sara]] 👋"),
        ],
    },
    # 34. Hostel: lost item, roommate Will
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Ana",
        "lang": "en",
        "start": "2024-06-17T07:31:00",
        "messages": [
            (
                "c",
                "hi, I checked out yesterday and I think I left my charger and a {{B:Kindle}} in room {{W:Bora}}, bed 2. I'm [[P:Ana]] [[P:Popović]]",
            ),
            (
                "a",
                "Hi [[P:Ana]], let me check with housekeeping. [[P:Mirela]] is cleaning that room now",
            ),
            (
                "a",
                "found them! Also a guy called [[P:Will]] said you lent him a book? he left it at reception for you",
            ),
            (
                "c",
                "omg yes [[P:Will]] [[P:Harper]] from the bar crawl haha. can you post everything? I'm back in [[L:Split]]: [[A:Put Firula 6]], [[A:21000]] [[L:Split]], Croatia",
            ),
            (
                "a",
                "sure, it's {{$:€ 14}} with {{B:Poste Italiane}}, here's the link [[U:https://pay.example.com/mah/ana-popovic-shipping]]. email for the receipt?",
            ),
            ("c", "[[E:ana.popovic@example.hr]] and phone [[T:+385 98 331 540]]. thank u so much"),
            ("a", "sent, tracking {{TR:RR482015736IT}} 📦 - [[P:Dario]]"),
        ],
    },
    # 35. Hostel: card guarantee, IP flag
    {
        "business": "hostel",
        "platform": "messenger",
        "customer": "Kieran Fox",
        "lang": "en",
        "start": "2024-04-29T22:12:00",
        "messages": [
            (
                "c",
                "Hi, your booking engine cancelled my reservation {{R:MAH-57320}} saying 'suspicious login'. I was on hotel wifi in [[L:Bled]]. Name [[P:Kieran]] [[P:Fox]]",
            ),
            (
                "a",
                "Hi [[P:Kieran]], the system flagged the IP [[IP:2.228.104.66]]. I can rebook manually, but I need a card guarantee",
            ),
            ("c", "amex ok? [[C:3794 521188 06542]]"),
            (
                "a",
                "thanks, rebooked as {{R:MAH-57388}}. please delete that message from the chat for safety 🙏 Where are you coming from?",
            ),
            (
                "c",
                "From [[L:Leeds]], home address [[A:Flat 3, 27 Mill Lane]], [[L:Headingley]], [[A:LS6 3AB]]. Mobile [[T:+44 (0)7700 900 217]]",
            ),
            ("a", "all set! check-in from {{TM:2 pm}}. [[P:Sara]]"),
        ],
    },
    # 36. Hostel: Croatian girls, handle and profile link
    {
        "business": "hostel",
        "platform": "instagram",
        "customer": "ivana.babic.travels",
        "lang": "en",
        "start": "2024-09-09T11:44:00",
        "messages": [
            (
                "c",
                "hii 🌊 me and [[P:Marija]] want to stay 3 nights and make a reel about the hostel in exchange for a discount? my profile [[U:instagram.com/ivana.babic.travels]] (@[[H:ivana.babic.travels]])",
            ),
            ("a", "Hi! nice feed 😍 we can offer 30% off. What's your real name for the booking?"),
            (
                "c",
                "[[P:Ivana]] [[P:Babić]] and [[P:Marija]] [[P:Jurić]]. [[P:Marija]] is @[[H:marija.juric.photo]], she does the photos",
            ),
            ("a", "great. dates?"),
            (
                "c",
                "{{D:Sept 19-22}}. we come from [[L:Pula]] by car, is there parking near {{W:Piazza Unità}}?",
            ),
            (
                "a",
                "there's a garage at {{W:Molo IV}}, {{$:€ 18}}/day. booking {{R:MAH-59044}}. tag us @{{B:moloaudacehostel}} 🙌",
            ),
        ],
    },
    # 37. Hostel: Trieste local asking about nephew
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Nonna Licia",
        "lang": "it",
        "start": "2024-12-02T09:15:00",
        "messages": [
            (
                "c",
                "bongiorno, xe qua la [[P:Licia]] [[P:Sancin]], son la nona de [[P:Mitja]] [[P:Sancin]] che lavora da voi de note. el ga lassà a casa el telefono",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Licia]]! [[P:Mitja]] attacca alle {{TM:22}}, glielo diciamo quando arriva",
            ),
            (
                "c",
                "grazie. ghe go da dir che el dotor [[P:Kosmina]] ga spostà la visita a {{D:giovedì}}. el numero del studio xe [[T:040 362 118]]",
            ),
            (
                "a",
                "Va bene, lo scriviamo sul foglio del turno. Vuole lasciare anche il suo numero?",
            ),
            (
                "c",
                "[[T:040/414 7702]], son in [[A:salita di Gretta 18]], a [[L:Gretta]]. e diseghe de magnar 😄",
            ),
        ],
    },
    # 38. Bakery: patois order, micooula for Sant'Orso
    {
        "business": "bakery",
        "platform": "whatsapp",
        "customer": "Jean-Pierre Jorrioz",
        "lang": "it",
        "start": "2024-01-24T06:45:00",
        "messages": [
            (
                "c",
                "bondzor! so [[P:Jean-Pierre]] [[P:Jorrioz]] de [[L:Gressan]]. voi 4 {{PD:micooula}} e 2 {{PD:pan ner}} pe la {{W:Fiera di Sant'Orso}}, lo {{D:30 de dzenî}}",
            ),
            (
                "a",
                "Bondzor [[P:Jean-Pierre]]! 4 {{PD:micòoula}} e 2 {{PD:pan ner}}, segnati. Li ritira il {{D:29}} o il {{D:30}}?",
            ),
            (
                "c",
                "lo {{D:29}}, passe ma fenna [[P:Marie-Claire]] après le travail, vers les {{TM:18h}}",
            ),
            (
                "a",
                "perfetto, a nome [[P:Jorrioz]]. totale {{$:€ 34}}. la [[P:Marie-Claire]] la conosciamo, compra sempre le {{PD:tegole}} 😊",
            ),
            (
                "c",
                "ah oué, ma se no pou pa lé, vin mon fils [[P:Joël]]. son cell [[T:+39 347 102 6618]]",
            ),
            ("a", "d'accordo. merci e bonne fêta! [[P:Dzeanna]] - {{B:Lo Fornet}}"),
        ],
    },
    # 39. Bakery: wedding order in a frazione
    {
        "business": "bakery",
        "platform": "messenger",
        "customer": "Serena Dalle",
        "lang": "it",
        "start": "2024-04-15T17:03:00",
        "messages": [
            (
                "c",
                "Buonasera, mi sposo il {{D:22 giugno}} e vorrei {{PD:fiocca}} e {{PD:torcetti}} per 90 persone. Sono [[P:Serena]] [[P:Dalle]], lo sposo è [[P:Luca]] [[P:Vallet]]",
            ),
            (
                "a",
                "Auguri [[P:Serena]]! La fiocca la montiamo sul posto. Dove si tiene il ricevimento?",
            ),
            (
                "c",
                "Da noi, [[A:frazione Excenex 12]], [[A:11100]] [[L:Aosta]], nel prato di mio zio [[P:Dino]]. c'è una strada sterrata, attenzione col furgone",
            ),
            (
                "a",
                "nessun problema. Per l'acconto ({{$:€ 300}}) ci serve il codice fiscale di chi paga",
            ),
            (
                "c",
                "paga [[P:Luca]], CF [[CF:VLLLCU86B15A326U]]. il mio se serve è [[CF:DLLSRN93P52A326S]]. mail [[E:serena.dalle@example.it]]",
            ),
            ("a", "grazie, preventivo {{R:LF-MATR-06}} mandato. [[P:Dzeanna]] e [[P:Ottavio]]"),
        ],
    },
    # 40. Bakery: restaurant in Courmayeur, P.IVA and IBAN
    {
        "business": "bakery",
        "platform": "whatsapp",
        "customer": "Rif. Petrone",
        "lang": "it",
        "start": "2024-07-08T05:52:00",
        "messages": [
            (
                "c",
                "buongiorno [[P:Ottavio]], sono [[P:Enrica]] [[P:Petrone]] del rifugio {{B:Chalet Mont Fréty}}, da {{D:lunedì}} (sì, quella di [[U:www.enricapetrone-guidealpine.it]], faccio anche la guida) ci servono 60 {{PD:baguette}} al giorno fino a {{W:Ferragosto}}",
            ),
            (
                "a",
                "Ciao [[P:Enrica]]! Le portiamo a {{B:Skyway}} a [[L:Entrèves]] alle {{TM:6:30}}, va bene?",
            ),
            (
                "c",
                "si perfetto, le ritira il nostro cuoco [[P:Hamid]] [[P:Benali]]. fattura a [[P:Petrone]] [[P:Enrica]], P.IVA [[V:01855270078]], CF [[CF:PTRNRC88S62A326X]], [[A:strada Larzey 9]], [[A:11013]] [[L:Courmayeur]]",
            ),
            (
                "a",
                "ricevuto. pagamento a 30 giorni sul nostro conto, te lo mando in fattura. il vostro per eventuali note di credito?",
            ),
            (
                "c",
                "[[I:IT76 D062 3012 3450 0004 5678 901]]. [[P:Hamid]] ha il cell [[T:+39 389 551 0273]] se il furgone non lo trova",
            ),
            ("a", "👍 a lunedì. [[P:Ottavio]]"),
        ],
    },
    # 41. Bakery: English hikers in Cogne
    {
        "business": "bakery",
        "platform": "instagram",
        "customer": "rosie.hikes",
        "lang": "en",
        "start": "2024-08-19T07:05:00",
        "messages": [
            (
                "c",
                "Morning! We're hiking in {{W:Gran Paradiso}} tomorrow, staying in [[L:Cogne]]. Could you make us 4 packed lunches with that rye bread? I'm [[P:Rosie]] [[P:Whitfield]] (@[[H:rosie.hikes]])",
            ),
            (
                "a",
                "Good morning [[P:Rosie]]! Yes, {{PD:pan ner}} sandwiches with {{PD:fontina}} and {{PD:lardo d'Arnad}}, {{$:€ 9}} each. We're in town though, not up in [[L:Cogne]], can you pick up?",
            ),
            (
                "c",
                "ah damn. my partner [[P:Will]] drives past your shop at {{TM:7}} to get our friend [[P:Priyanka]] from the station, he can stop",
            ),
            ("a", "perfect, ready at {{TM:6:45}}. name on the bag?"),
            (
                "c",
                "put [[P:Whitfield]]. [[P:Will]]'s number [[T:+44 7700 900 655]], his insta is @[[H:will_whitfield_climbs]] lol",
            ),
            ("a", "done! have a lovely hike, watch out for the ibex 🐐 [[P:Dzeanna]]"),
        ],
    },
    # 42. Bakery: gluten-free, doctor's note
    {
        "business": "bakery",
        "platform": "telegram",
        "customer": "Chantal",
        "lang": "it",
        "start": "2024-10-03T12:40:00",
        "messages": [
            (
                "c",
                "ciao, mia figlia [[P:Océane]] è celiaca, la dott.ssa [[P:Neve]] [[P:Chenal]] (la trovate su [[U:https://www.dottoressachenal.example.it]]) mi ha detto che voi fate il {{PD:pane senza glutine}} in un laboratorio separato, è vero?",
            ),
            (
                "a",
                "Ciao! sì, laboratorio separato dietro il negozio, con certificazione {{B:AIC}}. Lei è?",
            ),
            (
                "c",
                "[[P:Chantal]] [[P:Bérard]], stiamo a [[L:Saint-Christophe]], [[A:località Pléod 3]]. potete consegnare il sabato? ([[P:Océane]] dice anche se fate la {{PD:tarte aux myrtilles}} gf 🫐)",
            ),
            (
                "a",
                "consegniamo a [[L:Saint-Christophe]] il sabato mattina, e sì, la tarte ai mirtilli gf la facciamo su ordinazione. numero x il corriere?",
            ),
            (
                "c",
                "[[T:0165 32 418]] fisso, o il mio [[T:348-771-2054]]. mail [[E:chantal at berard-famille dot fr]] per le fatture ASL",
            ),
            ("a", "perfetto [[P:Chantal]], primo sabato {{D:5 ottobre}}. salutaci la piccola!"),
        ],
    },
    # 43. Bakery: pre-order for a family reunion, c/o address
    {
        "business": "bakery",
        "platform": "whatsapp",
        "customer": "Yvette",
        "lang": "it",
        "start": "2024-11-28T18:22:00",
        "messages": [
            (
                "c",
                "bonsouar! so [[P:Yvette]] [[P:Cerise]], la sorella di [[P:Aimé]] [[P:Cerise]] di [[L:Arpuilles]]. pe {{W:Tsalende}} (Natale) voi 3 {{PD:flantse}} e 1 {{PD:panettone al génépy}}",
            ),
            ("a", "Bonsouar [[P:Yvette]]! ti portiamo tutto noi?"),
            (
                "c",
                "oué, consegna c/o famille [[P:Cerise]], [[A:frazione Arpuilles 21]], [[A:11100]] [[L:Aosta]]. se non c'è nessuno lasciate tutto alla vicina, Mme no scusate, la sig.ra [[P:Grosjacques]]",
            ),
            ("a", "consegna {{D:24 dicembre}} mattina. totale {{$:€ 46,50}}. paghi alla consegna?"),
            (
                "c",
                "pago con bonifico. ah mio cugino [[P:Fabien]] vuole la vostra {{PD:mecoulin}}, lui sta a [[L:Lione]], [[A:14 rue de la Charité]], [[A:69002]] [[L:Lyon]], spedite in Francia?",
            ),
            (
                "a",
                "in Francia no purtroppo, si secca. ma quando [[P:Fabien]] passa di qua glielo teniamo! [[P:Ottavio]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(44, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
