# ruff: noqa: E501
"""Hand-written blind test corpus no. 31 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten31_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a coin-op laundry with an alterations service in
Varese, a guided bike-tour operator in Bolzano with many German and Dutch guests, a pet shop in
Livorno, a funeral home in Avellino dealing with grieving families, a solar-panel installer in
Foggia selling to farms, and a climbing gym in Arco (Trentino) with many foreign climbers.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten31_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten31_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "laundry": "Bolla Blu Lavanderia Self & Sartoria",
    "bike": "Dolomiti Pedala Bike Tours",
    "pets": "Zampe al Porto Pet Shop",
    "funeral": "Onoranze Funebri Santa Lucia",
    "solar": "SoleDauno Fotovoltaico Agricolo",
    "climb": "Arco Vertical Climbing Gym",
}
PAGE_IDS: dict[str, str] = {
    "laundry": "631090000000114",
    "bike": "631090000000225",
    "pets": "631090000000336",
    "funeral": "631090000000447",
    "solar": "631090000000558",
    "climb": "631090000000669",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Laundry: trousers to shorten, husband picks them up, invoice with codice fiscale
    {
        "business": "laundry",
        "platform": "whatsapp",
        "customer": "Rosa B.",
        "lang": "it",
        "start": "2025-03-04T08:41:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Rosa Bianco]], ho lasciato ieri 2 paia di pantaloni da accorciare, il foglietto dice {{R:BB-0412}}. quando sono pronti?",
            ),
            (
                "a",
                "Ciao [[P:Rosa]]! Li fa la nostra sarta [[P:Liliana]] domani mattina, pronti {{D:giovedì 6}} dopo le {{TM:16:00}}. Orlo semplice {{$:€ 9}} al paio. [[P:Chiara]] - Bolla Blu",
            ),
            (
                "c",
                "perfetto. se nn riesco passa mio marito [[P:Franco]], ok? il suo cell è [[T:347 218 9043]] se non lo trovate chiamate lui",
            ),
            ("a", "Certo, basta che dica il numero del foglietto 👍"),
            (
                "c",
                "ah x la fattura mi serve intestata a me, CF [[CF:BNCRSO81M52L682S]], [[A:via dei Glicini 14]], [[A:21100]] [[L:Varese]]. scusate le maiuscole",
            ),
            ("a", "Segnato tutto, grazie [[P:Rosa]]! ciao, [[P:Chiara]]"),
        ],
    },
    # 2. Laundry: coin machine ate the coins, refund by bank transfer
    {
        "business": "laundry",
        "platform": "messenger",
        "customer": "Chinedu O.",
        "lang": "en",
        "start": "2025-03-09T17:05:00",
        "messages": [
            (
                "c",
                "hello, machine n.6 took my coins and didnt start, I lost {{$:€ 8}}. can I get refund? I'm [[P:Chinedu Okafor]]",
            ),
            (
                "a",
                "Hi [[P:Chinedu]], so sorry about that! We can refund by bank transfer or cash next time you come, which one do you prefer? - [[P:Tommaso]]",
            ),
            (
                "c",
                "bank pls. IBAN [[I:IT42 G050 3422 9000 0000 0318 825]] is under my wife name [[P:Ngozi Okafor-Eze]], same family dont worry",
            ),
            (
                "a",
                "Done, {{$:8 euro}} sent today {{D:10 March}}. If the machine does it again please call my mobile [[T:+39 349 552 1870]] and I come to reset it, I live nearby in [[L:Biumo Inferiore]]",
            ),
            (
                "c",
                "thx [[P:Tommaso]] 🙏 my friend [[P:Emeka]] asks if you wash curtains? he stays at [[A:via Carlo Sanvito 61, scala B, int. 4]]",
            ),
            (
                "a",
                "Yes, curtains {{$:€ 15}} per panel including ironing. He can send photos to [[E:tommaso.bollablu@example.it]] and I'll give him a price",
            ),
        ],
    },
    # 3. Laundry: wedding dress alteration booked on Instagram
    {
        "business": "laundry",
        "platform": "instagram",
        "customer": "betta_sposa25",
        "lang": "it",
        "start": "2025-04-02T20:14:00",
        "messages": [
            (
                "c",
                "ciaoo! vi scrivo anche dal profilo di mia sorella [[H:giuli.mancini.mua]], sono [[P:Betta]] cioè [[P:Elisabetta Mancini]] 😅 devo stringere l'abito da sposa {{B:Pronovias}} entro il {{D:20 maggio}}",
            ),
            (
                "a",
                "Ciao [[P:Betta]]!! Congratulazioni 💐 la sarta [[P:Speranza]] fa le prove il martedì sera. Va bene {{D:martedì 8 aprile}} alle {{TM:18:30}}?",
            ),
            (
                "c",
                "si!! vengo con mia mamma [[P:Graziella]] e la testimone [[P:Serena Leone]]. Possiamo venire in 3? Lo studio è piccolino mi diceva [[P:Giuli]]",
            ),
            (
                "a",
                "Nessun problema, ci stringiamo 😄 L'acconto è {{$:€ 60}}, lo paghi alla prima prova",
            ),
            (
                "c",
                "ok. il fotografo ci chiede se potete mandargli le foto del retro dopo la modifica, lui è [[P:Nico Ferro]], il sito è [[U:www.nicoferrofotografo.it]] oppure su ig [[H:nicoferro.foto]]",
            ),
            ("a", "Volentieri, gliele mandiamo noi. A martedì! [[P:Chiara]]"),
            ("c", "grazieeee ❤️ ah il mio numero se serve [[T:339.804.5512]]"),
        ],
    },
    # 4. Laundry: pickup-and-delivery for a Chinese restaurant owner, mixes English
    {
        "business": "laundry",
        "platform": "telegram",
        "customer": "Wei Chen",
        "lang": "it",
        "start": "2025-04-15T10:02:00",
        "messages": [
            (
                "c",
                "buongiorno io [[P:Chen Wei]], ristorante {{B:Drago d'Oro}}. voi fate ritiro tovaglie ogni settimana?",
            ),
            (
                "a",
                "Buongiorno [[P:Wei]], sì: ritiro il lunedì e consegna il giovedì, {{$:€ 1,20}} a tovaglia, tovaglioli {{$:€ 0,35}}. A che indirizzo?",
            ),
            (
                "c",
                "sorry my italian not so good. pickup at the back door [[A:vicolo San Martino 5/A]], [[L:Masnago]]. my husband [[P:Li Jun]] is there from 9 to 11",
                "en",
            ),
            (
                "a",
                "No problem! First pickup {{D:Monday 21 April}} at {{TM:9:30}}. For the invoice I need partita IVA or codice fiscale",
                "en",
            ),
            (
                "c",
                "codice fiscale mio [[CF:CHNWEI95T45Z210E]], partita iva ristorante [[V:02847310121]]. email fatture [[E:chen.wei.dragodoro@example.com]]",
            ),
            (
                "a",
                "Perfetto, grazie. Il nostro autista si chiama [[P:Dorin]], se non trova la porta chiama il numero del ristorante?",
            ),
            ("c", "no better my mobile [[T:+39 320 66 18 742]] o [[P:Li Jun]] [[T:351 0429 887]]"),
        ],
    },
    # 5. Laundry: English Erasmus student, suit for graduation
    {
        "business": "laundry",
        "platform": "whatsapp",
        "customer": "Mark",
        "lang": "en",
        "start": "2025-06-18T13:27:00",
        "messages": [
            (
                "c",
                "hey, my name is [[P:Mark Fox]], I'm doing Erasmus at {{B:Insubria}}. I need my suit trousers taken in for graduation on {{D:27 June}}, is that possible?",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Yes, [[P:Liliana]] can do it in 3 days. Trousers taken in {{$:€ 18}}, jacket sleeves {{$:€ 22}} if needed",
            ),
            (
                "c",
                "just trousers. my landlady Signora [[P:Ferraro]] said you also do dry cleaning? I spilled {{B:Aperol}} on the jacket lol",
            ),
            (
                "a",
                "Haha happens every summer. Dry cleaning jacket {{$:€ 12}}. Drop it off when you like, we're open until {{TM:19:30}}",
            ),
            (
                "c",
                "cool. my parents are coming from [[L:Bristol]] for the ceremony, can my mum [[P:Victoria]] pick it up if I'm at uni? her number is [[T:+44 7700 914 326]]",
            ),
            (
                "a",
                "Sure, just tell her the ticket {{R:BB-0977}}. Congrats in advance 🎓 - [[P:Tommaso]]",
            ),
            (
                "c",
                "legend, thx! if anything email me at [[E:mark.fox.erasmus@example.co.uk]] I dont check whatsapp much",
            ),
        ],
    },
    # 6. Laundry: elderly man with dialect, neighbour brings the duvets
    {
        "business": "laundry",
        "platform": "messenger",
        "customer": "Giuseppe Ba.",
        "lang": "it",
        "start": "2025-10-07T07:55:00",
        "messages": [
            (
                "c",
                "bongiorno sono il [[P:Giuse]] dela [[L:Schiranna]], [[P:Giuseppe Bassi]], me la scrive mia nipote [[P:Martina]] sto messaggio. ho due piumoni da lavà",
            ),
            (
                "a",
                "Buongiorno signor [[P:Bassi]]! I piumoni matrimoniali sono {{$:€ 25}} l'uno, pronti in 2 giorni. Li porta lei?",
            ),
            (
                "c",
                "no gh'o mia la macchina. ve li porta la vicina [[P:Bianca]], la sciura [[P:Bianca Colombo]] del piano di sotto, mercoledi mattina",
            ),
            (
                "a",
                "Va benissimo. Per la riconsegna possiamo portarli noi a casa, {{$:€ 5}} di consegna. Mi dà l'indirizzo?",
            ),
            (
                "c",
                "[[A:via Pietro Micca 22, piano terra]], citofono [[P:Bassi-Colombo]] che siamo due famiglie. il telefono di casa è [[T:0332 28 41 09]] ma rispondo poco, meglio la [[P:Martina]] [[T:3281907734]]",
            ),
            ("a", "Perfetto, segnato tutto. Grazie e buona giornata! [[P:Chiara]]"),
        ],
    },
    # 7. Laundry: B&B owner, weekly sheets, invoices with partita IVA
    {
        "business": "laundry",
        "platform": "whatsapp",
        "customer": "B&B Il Lago",
        "lang": "it",
        "start": "2025-05-12T09:10:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Fede]] del B&B sul lago, [[P:Federica Speranza]]. vorrei un preventivo per lenzuola e asciugamani da giugno a settembre, circa 40 kg a settimana",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Per 40 kg facciamo {{$:€ 2,10}} al kg lavato e stirato, ritiro e consegna inclusi sopra i 30 kg. Ti mando il preventivo {{R:PRV-2025-031}} via mail?",
            ),
            (
                "c",
                "si a [[E:federica punto speranza chiocciola gmail punto com]]. intestato a Il Lago di [[P:Speranza Federica]], P.IVA [[V:01993420122]]",
            ),
            (
                "c",
                "la struttura è in [[A:località Ronchetto 9]], [[A:21020]] [[L:Bodio Lomnago]]. il martedì c'è mio socio [[P:Rocco Bello]] [[T:+39 348/771 0236]]",
            ),
            (
                "a",
                "Tutto chiaro. Primo ritiro {{D:martedì 3 giugno}}. Pagamento con bonifico a 30 giorni va bene?",
            ),
            (
                "c",
                "meglio carta, vi do la aziendale [[C:5318 4400 9271 6632]] così scarico subito, ma nn ditelo al commercialista 😂",
            ),
            (
                "a",
                "Ahah ok! Per sicurezza i dati carta non scriverli qui, la prossima volta paga in negozio 😉 ciao, [[P:Tommaso]]",
            ),
        ],
    },
    # 8. Bike: Dutch family, e-bikes, child seat, hotel address
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Joost vd Berg",
        "lang": "en",
        "start": "2025-06-02T18:22:00",
        "messages": [
            (
                "c",
                "Hi! We are the [[P:van den Berg]] family from [[L:Utrecht]], 2 adults and 2 kids (8 and 11). We'd like the {{PD:Renon Plateau family tour}} on {{D:July 15}}. I'm [[P:Joost van den Berg]], my wife is [[P:Marieke]]",
            ),
            (
                "a",
                "Hallo [[P:Joost]]! Great choice. The family tour is {{$:€ 65}} per adult and {{$:€ 35}} per child with bikes. Our guide that day would be [[P:Lukas]]. Do the kids need a smaller frame?",
            ),
            (
                "c",
                "[[P:Sanne]] (11) can ride a normal S frame, [[P:Daan]] is small, maybe 24 inch? We stay at Gasthof in [[L:Soprabolzano]], [[A:Dorfstraße 17]]",
            ),
            (
                "a",
                "24 inch is fine. Pickup at the Gasthof at {{TM:08:45}}. I need a phone for the guide, and the deposit link goes by email",
            ),
            (
                "c",
                "phone [[T:+31 6 4127 8830]], email [[E:joost.vandenberg@example.nl]]. dank je wel!",
            ),
            (
                "a",
                "Booking {{R:DP-25-0715-03}} confirmed. Tot ziens! - [[P:Greta]], Dolomiti Pedala",
            ),
            (
                "c",
                "one more thing, if the tour is cancelled for weather please refund to [[I:NL72 RABO 0318 8472 65]], account of [[P:M. van den Berg-Smit]] ([[P:Marieke]])",
            ),
        ],
    },
    # 9. Bike: German couple, she has a knee problem, invoice to her
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Katrin H.",
        "lang": "en",
        "start": "2025-07-08T06:58:00",
        "messages": [
            (
                "c",
                "Good morning, [[P:Katrin Hoffmann]] here, we booked the {{PD:Sella Ronda e-bike day}} for tomorrow. My husband [[P:Jörg]] asks if we can swap to the easier {{PD:Val Gardena Genusstour}}, my knee hurts since yesterday",
            ),
            (
                "a",
                "Guten Morgen [[P:Katrin]]! Of course, same price {{$:€ 119}} p.p. Guide [[P:Matthias Oberhofer]] will meet you at {{W:Piazza Walther}} at {{TM:9:00}}",
            ),
            (
                "c",
                "perfect. for our insurance I need an invoice in my name, address [[A:Lindenweg 4]], [[A:82319]] [[L:Starnberg]]. Steuernummer is not needed I think",
            ),
            (
                "a",
                "Invoice with name and address is enough. For Italian rules I just put your codice fiscale if you have one",
            ),
            (
                "c",
                "I have one from when we bought the house in [[L:Merano]] 😊 [[CF:HFFKTR79P48Z112D]]",
            ),
            (
                "a",
                "Danke! Invoice {{R:FT-2025-0388}} goes to the mail you used for booking. You paid the balance from [[I:DE97700202700015723841]], correct?",
            ),
            (
                "c",
                "please to the new one, [[E:k.hoffmann79 [at] example [dot] de]]. and [[P:Jörg]]'s number if we lose each other [[T:+49 171 5823 904]]",
            ),
        ],
    },
    # 10. Bike: Italian group from Milan via Telegram
    {
        "business": "bike",
        "platform": "telegram",
        "customer": "Robbie MTB",
        "lang": "it",
        "start": "2025-05-20T21:40:00",
        "messages": [
            (
                "c",
                "ciao ragazzi, sono [[P:Robbie]] ([[P:Roberto Galli]]) di [[L:Sesto San Giovanni]], siamo un gruppo di 6 amici x un weekend mtb a fine giugno. avete tour enduro?",
            ),
            (
                "a",
                "Ciao [[P:Roberto]]! Sì, il {{PD:Kohlern Enduro Trail}} sabato e il {{PD:Salten Flow}} domenica, {{$:€ 140}} a testa con guida, bici escluse. Livello?",
            ),
            (
                "c",
                "medio/alto, tranne [[P:Pippo]] che è appena uscito da una frattura al polso lol. ti giro i nomi: [[P:Andrea Rossi]], [[P:Gianluca Ferro]], [[P:Pippo Fumagalli]], [[P:Dario Amato]] e [[P:Will]] (un inglese collega di [[P:Dario]])",
            ),
            (
                "a",
                "Perfetto. Per [[P:Pippo]] possiamo dargli una e-mtb così non si stanca il polso. Il caparra è {{$:€ 200}} per il gruppo, ecco l'IBAN: lo paghi tu?",
            ),
            (
                "c",
                "si, mandamelo pure. anzi lo paga [[P:Gianluca]] dal suo conto, [[I:IT48T0200815702000104662917]] è il suo se vi serve per riconoscerlo",
            ),
            (
                "a",
                "Ok, lo riconosco. Il nostro IBAN ti arriva in privato. Ci sentiamo! [[P:Greta]]",
            ),
            ("c", "grz! il mio cell x il giorno stesso [[T:(+39) 333 412 7765]]"),
        ],
    },
    # 11. Bike: Dutch guest on Instagram, wants to buy photos
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "will.rides.nl",
        "lang": "en",
        "start": "2025-08-11T16:33:00",
        "messages": [
            (
                "c",
                "hey! great tour yesterday 🙌 I'm [[P:Will]], the tall Dutch guy with the orange jersey. can I get the photos [[P:Lukas]] took at the {{W:Seiser Alm}}?",
            ),
            (
                "a",
                "Hi [[P:Will]]! Sure, they're in a shared album. Whats your full name so I find the right folder?",
            ),
            (
                "c",
                "[[P:Willem de Vries]]. my girlfriend [[P:Hope]] was also there (she's American, the one with the pink helmet). you can tag her at [[H:hope.takes.trails]] and me [[H:will.rides.nl]]",
            ),
            (
                "a",
                "Tagged both! Photos are also on our page. If you want the hi-res files, they're {{$:€ 15}} via the link",
            ),
            (
                "c",
                "perfect, pay to whom? or send to [[U:https://www.tikkie.me/pay/willemdevries/8x2k]] lol no wait thats the wrong way around 😂",
            ),
            (
                "c",
                "ok I'll just pay in the shop next year. btw my strava if you want to see the ride [[U:strava.com/athletes/58213397]]",
            ),
        ],
    },
    # 12. Bike: hotel concierge books for guests
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Hotel Laurin Concierge",
        "lang": "it",
        "start": "2025-09-03T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno, [[P:Sabine]] della reception. ho due ospiti tedeschi che vorrebbero il {{PD:tour delle cantine in e-bike}} domani, sig. [[P:Klaus Becker]] e sig.ra [[P:Ute Becker-Stein]]. c'è posto?",
            ),
            (
                "a",
                "Ciao [[P:Sabine]]! Sì, ultimi due posti. Partenza {{TM:10:00}} dal nostro punto in [[L:Gries]]. {{$:€ 89}} a persona degustazione compresa",
            ),
            (
                "c",
                "ottimo. la signora ha un'allergia ai solfiti, la sua dottoressa, dr. [[P:Anja Weber]], ha scritto di non bere vino rosso. potete avvisare la guida?",
            ),
            (
                "a",
                "Certo, avviso [[P:Matthias]]. Mi serve un numero degli ospiti per il giorno stesso",
            ),
            (
                "c",
                "[[P:Klaus]] [[T:0049 160 9371 2285]]. addebito in camera, poi saldiamo noi a fine mese con la solita fattura, ref {{R:LAU-0903-B}}",
            ),
            ("a", "Perfetto, confermato. Grazie e buon lavoro! [[P:Greta]]"),
        ],
    },
    # 13. Bike: German tour operator, EU VAT number, reverse charge
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Alpenrad Reisen",
        "lang": "en",
        "start": "2025-02-17T14:12:00",
        "messages": [
            (
                "c",
                "Dear team, this is [[P:Stefan Krämer]] from a small tour agency in [[L:Regensburg]]. We'd like 4 group dates in September for the {{PD:Etschradweg}} with your guides",
            ),
            (
                "a",
                "Dear [[P:Stefan]], happy to work with you. We can offer {{D:6}}, {{D:13}}, {{D:20}} and {{D:27 September}}, groups of max 12, {{$:€ 850}} per day per guide",
            ),
            (
                "c",
                "Good. Please invoice with reverse charge, our VAT ID is [[V:DE283049117]]. My colleague [[P:Julia Baumgartner]] will handle the guest lists, [[E:j.baumgartner@alpenrad-example.de]]",
            ),
            (
                "a",
                "Noted. Our partita IVA for your records is on the contract. Could you also send a direct line for emergencies during the tours?",
            ),
            (
                "c",
                "Sure, my mobile [[T:+49 (0) 151 2370 4418]]. And if I'm on holiday call [[P:Julia]] at [[T:+49 151 6620 1933]]",
            ),
            (
                "a",
                "Thank you! Contract {{R:DP-B2B-2025-07}} follows by mail. Best regards, [[P:Greta Pichler]]",
            ),
        ],
    },
    # 14. Bike: Italian guest lost sunglasses after tour
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "serenamoretti_",
        "lang": "it",
        "start": "2025-08-25T19:48:00",
        "messages": [
            (
                "c",
                "ciao! ho fatto il tour di sabato con [[P:Lukas]], credo di aver lasciato gli occhiali {{B:Oakley}} nel furgone 😭",
            ),
            (
                "a",
                "Ciao! Sì, abbiamo trovato degli {{B:Oakley}} bianchi sotto il sedile. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Serena Moretti]], ero con il mio ragazzo [[P:Ale]] e i suoi cugini di [[L:Rovereto]]. si sono bianchi con lenti specchiate!",
            ),
            ("a", "Sono loro. Te li spediamo? Con {{B:Poste}} sono {{$:€ 7,50}}"),
            (
                "c",
                "si grazie!! [[A:salita Santa Maria della Sanità 4]], [[A:16122]] [[L:Genova]], citofono [[P:Moretti/Parodi]]",
            ),
            ("a", "Spediti oggi, tracking {{TR:RR193847562IT}}. Buon rientro! [[P:Greta]]"),
            (
                "c",
                "siete dei grandi 🙏 vi tagghiamo nelle storie, [[H:serenamoretti_]] e [[H:ale.parodi.bike]]",
            ),
        ],
    },
    # 15. Pets: dog food delivery, codice fiscale for the vet deduction
    {
        "business": "pets",
        "platform": "whatsapp",
        "customer": "Beppe Ferro",
        "lang": "it",
        "start": "2025-01-13T11:20:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Beppe Ferro]], quello col bassotto {{W:Tobia}} 🐶 mi serve il solito sacco {{PD:Monge Grain Free}} 12 kg e il cibo renale che ha detto la dottoressa [[P:Nardini]]",
            ),
            (
                "a",
                "Ciao [[P:Beppe]]! Il {{PD:Monge}} ce l'ho, il renale arriva {{D:giovedì}}. Te li porto insieme venerdì?",
            ),
            (
                "c",
                "si bravo. sempre [[A:scali del Refugio 7]], 3° piano senza ascensore 😅 se nn ci sono lascia alla [[P:Rosa]] della tabaccheria sotto",
            ),
            ("a", "Ok! Per lo scontrino parlante del cibo dietetico mi serve il CF"),
            (
                "c",
                "[[CF:FRRGPP90H10E625G]]. e la ricetta della vet te la giro, il suo numero se serve [[T:0586 40 27 11]]",
            ),
            ("a", "Perfetto. Totale {{$:€ 84,90}}. A venerdì! [[P:Simone]] - Zampe al Porto"),
        ],
    },
    # 16. Pets: Moroccan customer, cat adopted, speaks mixed Italian
    {
        "business": "pets",
        "platform": "messenger",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2025-02-03T15:44:00",
        "messages": [
            (
                "c",
                "salve, io [[P:Youssef El Amrani]], abbiamo preso un gattino dal gattile di [[L:Collesalvetti]]. cosa serve per iniziare? mia figlia [[P:Nour]] è molto felice",
            ),
            (
                "a",
                "Che bello! Per iniziare: lettiera, sabbia, crocchette kitten tipo {{PD:Royal Canin Kitten}}, un tiragraffi. Il kit base viene circa {{$:€ 55}}",
            ),
            (
                "c",
                "ok va bene. mia moglie [[P:Fatima]] viene stasera, lei paga con carta. possiamo pagare anche a rate?",
            ),
            (
                "a",
                "Per cifre piccole no, mi spiace. Se volete vi prepariamo tutto e lo portiamo noi, consegna gratis sopra {{$:€ 50}} a [[L:Livorno]]",
            ),
            (
                "c",
                "si grazie. [[A:via Giovanni March 33]], quartiere [[L:Shangai]], citofono [[P:El Amrani]]. numero mio [[T:+39 389 0462 118]] oppure [[P:Fatima]] [[T:+212 661 45 20 87]] che usa ancora numero marocchino",
            ),
            ("a", "Perfetto, passiamo domani verso le {{TM:18}}. Come si chiama il micio? 😺"),
            ("c", "[[P:Nour]] ha deciso {{W:Biscotto}} 😂"),
        ],
    },
    # 17. Pets: grooming booking on Instagram
    {
        "business": "pets",
        "platform": "instagram",
        "customer": "lallo_e_neve",
        "lang": "it",
        "start": "2025-04-28T12:10:00",
        "messages": [
            (
                "c",
                "ciao!! vorrei prenotare toelettatura per la mia samoiedo, si chiama {{W:Neve}} ❄️ io sono [[P:Neve]] anche io 😂😂 [[P:Neve Lazzerini]]",
            ),
            (
                "a",
                "Ahaha fantastico 😍 Ciao [[P:Neve]]! Per un samoiedo serve mezza giornata, {{$:€ 70}} bagno e sfoltimento. La groomer è [[P:Jessica]]. {{D:Sabato 10 maggio}} alle {{TM:9}}?",
            ),
            (
                "c",
                "perfetto! la porta il mio compagno [[P:Lallo]] che io lavoro, [[P:Lorenzo Lazzerini]]. anzi no [[P:Lorenzo Baroni]], il [[P:Lazzerini]] sono io lol",
            ),
            ("a", "Ok segno [[P:Lorenzo Baroni]] 😄 Lasciami un numero"),
            (
                "c",
                "[[T:371-228-4019]]. e se vi va taggateci dopo, [[H:lallo_e_neve]] e la pagina della cagnolina [[H:neve.la.samoiedo]]",
            ),
            ("a", "Fatto! A sabato 🐾"),
        ],
    },
    # 18. Pets: English expat, parrot food, delivery to the countryside
    {
        "business": "pets",
        "platform": "whatsapp",
        "customer": "Grace",
        "lang": "en",
        "start": "2025-03-18T09:30:00",
        "messages": [
            (
                "c",
                "Morning! [[P:Grace Baker]] here, I moved to a farmhouse near [[L:Castellina Marittima]] last month. Do you stock {{PD:Harrison's Bird Foods}} for an African grey?",
            ),
            (
                "a",
                "Good morning [[P:Grace]]! We don't keep it in stock but I can order it, arrives in 4-5 days. The 1 lb bag is {{$:€ 24}}",
            ),
            (
                "c",
                "Lovely, 2 bags please. Can you post it? Address is [[A:Podere Il Pino, località Le Badie 2]], [[A:56040]] [[L:Castellina Marittima]]",
            ),
            ("a", "Sure, courier is {{$:€ 6,90}}. How would you like to pay?"),
            (
                "c",
                "Card is easiest, [[C:4532-0117-8834-2901]] exp 09/27, or I can send a payment link from my husband's account, [[P:Church]] is his surname, [[P:Adrian Church]]",
            ),
            (
                "a",
                "Please don't send the card here 🙏 I'll send you a secure payment link by email instead",
            ),
            (
                "c",
                "Oh sorry! email is [[E:grace.baker.tuscany@example.com]]. And our parrot is called {{W:Winston}} by the way 🦜 my neighbour [[P:Aldo Bello]] will be home if I'm out, [[T:0586 65 91 34]]",
            ),
        ],
    },
    # 19. Pets: Ukrainian customer, dog passport and microchip
    {
        "business": "pets",
        "platform": "telegram",
        "customer": "Oksana K.",
        "lang": "it",
        "start": "2025-05-06T18:02:00",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Oksana Kovalenko]], ho cane da [[L:Kharkiv]], devo comprare trasportino per aereo, va a [[L:Varsavia]] da mia sorella [[P:Iryna]]",
            ),
            (
                "a",
                "Buonasera [[P:Oksana]]! Per aereo serve trasportino omologato IATA, il {{PD:Ferplast Atlas 30}} va bene per cani fino a 15 kg, {{$:€ 79}}",
            ),
            (
                "c",
                "cane 11 kg, ok. posso venire domani? io lavoro da famiglia [[P:Del Corso]] come badante, finisco alle {{TM:17:30}}",
            ),
            (
                "a",
                "Certo, siamo aperti fino alle {{TM:19:30}}. Se vuoi te lo teniamo da parte a nome tuo",
            ),
            (
                "c",
                "si grazie. se non arrivo viene signor [[P:Marcello Del Corso]], lui ha numero [[T:347 55 09 183]], mio è [[T:+380 67 214 3390]] ucraino e [[T:324 918 2207]] italiano",
            ),
            ("a", "Perfetto, messo da parte. Buon viaggio a voi due! [[P:Simone]]"),
        ],
    },
    # 20. Pets: small breeder with partita IVA, bulk order
    {
        "business": "pets",
        "platform": "messenger",
        "customer": "Allevamento Poggio Rosso",
        "lang": "it",
        "start": "2025-09-22T10:15:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Marisa Leone]] dell'allevamento di border collie a [[L:Guasticce]]. vorrei un ordine mensile di 8 sacchi {{PD:Farmina N&D}} puppy",
            ),
            (
                "a",
                "Buongiorno [[P:Marisa]]! Per 8 sacchi vi facciamo il 12% di sconto, {{$:€ 612}} al mese. Fattura a chi?",
            ),
            (
                "c",
                "Allevamento Poggio Rosso di [[P:Leone Marisa]], P.IVA [[V:01588490720]], sede [[A:via delle Sorgenti 140/C]], [[A:57017]] [[L:Guasticce]]",
            ),
            ("a", "Perfetto. Pagamento?"),
            (
                "c",
                "bonifico, vi mando da [[I:IT50 R083 2738 5200 0000 0270 431]]. le consegne le ritira mio figlio [[P:Davide]] o il ragazzo che ci aiuta, [[P:Babacar]]",
            ),
            (
                "a",
                "Benissimo. Primo ordine {{O:ZP-1187}} in consegna {{D:lunedì 29}}. Il corriere si chiama [[P:Stefano]], vi chiama prima",
            ),
            ("c", "ok. per le fatture mandatele a [[E:marisa at poggiorossobc dot it]] grazie"),
        ],
    },
    # 21. Pets: American student, hamster, Instagram
    {
        "business": "pets",
        "platform": "instagram",
        "customer": "hopechurch.li",
        "lang": "en",
        "start": "2025-10-14T20:55:00",
        "messages": [
            (
                "c",
                "hi!! I'm an exchange student at the {{B:Scuola Normale}} in [[L:Pisa]] and my roommate [[P:Priya]] and I want to adopt a hamster 🐹 do you have any?",
            ),
            ("a", "Hi! We have two Russian dwarf hamsters right now. What's your name?"),
            (
                "c",
                "[[P:Hope Church]]! and roommate is [[P:Priya Raghunathan]]. we live at [[A:via San Martino 71, 2nd floor]], [[L:Pisa]]. is it ok to take a hamster on the train?",
            ),
            (
                "a",
                "Yes in a small carrier it's fine 🙂 Hamster {{$:€ 15}}, cage kit {{$:€ 49}}. Come on {{D:Saturday}} if you can, [[P:Jessica]] will explain care",
            ),
            (
                "c",
                "amazing! my US number doesn't work here, use [[T:+1 (617) 555-0193]] on whatsapp or priya's [[T:351 884 2610]]",
            ),
            ("a", "Got it. See you Saturday!"),
            ("c", "yay 💕 follow us [[H:hopechurch.li]]"),
        ],
    },
    # 22. Funeral: son organises his father's funeral
    {
        "business": "funeral",
        "platform": "whatsapp",
        "customer": "Marco Leone",
        "lang": "it",
        "start": "2025-01-21T06:48:00",
        "messages": [
            (
                "c",
                "buongiorno, scusate l'orario. sono [[P:Marco Leone]], stanotte è mancato mio padre [[P:Antonio Leone]] all'ospedale {{B:Moscati}}. non so cosa devo fare",
            ),
            (
                "a",
                "Buongiorno [[P:Marco]], le nostre più sentite condoglianze. Ci occupiamo noi di tutto con l'ospedale. Io sono [[P:Gerardo]], la richiamo entro mezz'ora a questo numero?",
            ),
            (
                "c",
                "si grazie. mia sorella [[P:Carmela]] arriva da [[L:Torino]] stasera, vorremmo la messa a [[L:Mercogliano]] dove abitava papà, in [[A:contrada Torrette 21]]",
            ),
            (
                "a",
                "Va bene. La chiesa di {{W:San Modestino}} è libera {{D:giovedì 23}} alle {{TM:15:30}}. Per le pratiche al comune mi servono i suoi dati come richiedente",
            ),
            (
                "c",
                "[[P:Leone Marco]], CF [[CF:LNEMRC77A14A509N]], residente [[A:via Francesco Tedesco 48, sc. A, int. 7]], [[A:83100]] [[L:Avellino]]. il cell è questo, [[T:+39 335 719 4402]]",
            ),
            ("a", "Grazie. Le mando il preventivo per mail, mi dia l'indirizzo"),
            ("c", "[[E:marcoleone77@example.it]]. grazie davvero [[P:Gerardo]]"),
        ],
    },
    # 23. Funeral: English daughter abroad, mother lived in Irpinia
    {
        "business": "funeral",
        "platform": "messenger",
        "customer": "Helen Marsh",
        "lang": "en",
        "start": "2025-02-11T19:05:00",
        "messages": [
            (
                "c",
                "Hello, I'm writing from [[L:Leeds]]. My mother [[P:Concetta Marsh]], born [[P:Concetta Iannaccone]], passed away in [[L:Montoro]] yesterday. I'm [[P:Helen Marsh]], her only daughter. A neighbour, Mrs [[P:Carbone]], gave me your page",
            ),
            (
                "a",
                "Dear [[P:Helen]], I am so sorry for your loss. I'm [[P:Gerardo Santoro]]. We can take care of everything here until you arrive. Do you know if your mother wished burial or cremation?",
            ),
            (
                "c",
                "Burial next to my grandfather in the cemetery at [[L:Piano di Montoro]]. My flight lands in {{W:Naples}} on {{D:Thursday}} at {{TM:13:40}}",
            ),
            (
                "a",
                "Understood. We'll pick you up at the airport. Could I have a UK phone number for the driver?",
            ),
            (
                "c",
                "[[T:07911 482 036]]. My husband [[P:Graham]] is also coming, his is [[T:+44 7823 550 917]]. For payment I'll transfer from our joint account, [[I:GB76 NWBK 6023 1841 7362 90]]",
            ),
            (
                "a",
                "Thank you. Our driver [[P:Pasquale]] will have a sign with your name. Please don't worry about anything else",
            ),
            (
                "c",
                "Thank you, you're very kind. The house keys are with Mrs [[P:Carbone]] at [[A:via Roma 112]], frazione [[L:Torchiati]] if you need clothes for mum",
            ),
        ],
    },
    # 24. Funeral: family speaking dialect, flowers and obituary posters
    {
        "business": "funeral",
        "platform": "whatsapp",
        "customer": "Nunzia",
        "lang": "it",
        "start": "2025-03-27T09:12:00",
        "messages": [
            (
                "c",
                "bongiorno so [[P:Nunzia]] a nepote e zi [[P:Vicienzo]], [[P:Vincenzo Santoro]]. pe e manifesti ammo scritto accussì: i figli [[P:Rosa]], [[P:Pellegrino]] e [[P:Gerardina]], i nipoti...",
            ),
            (
                "a",
                "Buongiorno [[P:Nunzia]], ricevuto. Mi manda il testo completo così lo impagino? I manifesti li affiggiamo a [[L:Atripalda]] e a [[L:Manocalzati]]?",
            ),
            (
                "c",
                "si tutti e due paesi. e pure a [[L:San Potito Ultra]] addò steva a sora [[P:Filomena]]. e a foto è chella cu a coppola, v'a manna mio cugino [[P:Gennaro]]",
            ),
            ("a", "Perfetto. Per il certificato al comune mi serve il codice fiscale dello zio"),
            (
                "c",
                "[[CF:SNTVCN52B21A509Z]]. abitava [[A:rione Parco 3, palazzina C]], [[L:Atripalda]]",
            ),
            (
                "a",
                "Grazie. Corona dei nipoti {{$:€ 180}}, cuscino dei figli {{$:€ 250}}. Messa {{D:sabato 29 marzo}} alle {{TM:11}}. Condoglianze a tutta la famiglia, [[P:Gerardo]]",
            ),
        ],
    },
    # 25. Funeral: Romanian family, repatriation to Romania
    {
        "business": "funeral",
        "platform": "messenger",
        "customer": "Alina Dumitru",
        "lang": "it",
        "start": "2025-04-09T16:30:00",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Alina Dumitru]], mio zio [[P:Costel Dumitru]] è morto sul lavoro a [[L:Solofra]]. la famiglia vuole portarlo a casa in [[L:Bacău]], [[L:Romania]]. voi fate questo?",
            ),
            (
                "a",
                "Buonasera [[P:Alina]], condoglianze sincere. Sì, facciamo il rimpatrio salma in [[L:Romania]], servono 5-7 giorni per i documenti del consolato. Costo indicativo {{$:€ 4.200}}",
            ),
            (
                "c",
                "va bene. il datore di lavoro, signor [[P:Ruggiero]], ha detto che paga una parte. mia madre [[P:Elena]] in [[L:Romania]] paga il resto dal suo conto [[I:RO55BTRLRONCRT0384916201]]",
            ),
            ("a", "Perfetto. Per la procura mi servono i suoi dati: codice fiscale e indirizzo"),
            (
                "c",
                "[[CF:DMTLNA92E55Z129G]], abito [[A:traversa Vittorio Emanuele 4/bis]], [[L:Serino]]. tel [[T:+39 388 201 64 57]], mamma [[T:+40 723 418 902]]",
            ),
            (
                "a",
                "Grazie. Il nostro referente per il consolato di {{W:Napoli}} è [[P:Carmine Russo]], la contatterà lui. [[P:Gerardo]]",
            ),
            ("c", "mulțumesc. grazie tanto"),
        ],
    },
    # 26. Funeral: Indian family in Birmingham, cremation and ashes shipping
    {
        "business": "funeral",
        "platform": "whatsapp",
        "customer": "Rajesh Sharma",
        "lang": "en",
        "start": "2025-06-16T12:00:00",
        "messages": [
            (
                "c",
                "Namaste. I am [[P:Rajesh Sharma]] from [[L:Birmingham]]. My uncle [[P:Suresh Sharma]] was working in a dairy near [[L:Ariano Irpino]] and he passed away on {{D:Saturday}}. We need cremation and to send the ashes to UK",
            ),
            (
                "a",
                "Dear Mr [[P:Sharma]], our deepest condolences. The nearest crematorium is in {{W:Salerno}}; we can arrange the ceremony and the urn shipment. Would the family like a Hindu priest present?",
            ),
            (
                "c",
                "Yes please. My cousin [[P:Anjali]] knows a pandit in [[L:Latina]], Pandit [[P:Devendra Joshi]], his number [[T:+39 0773 62 18 45]]",
            ),
            ("a", "We will call him. For the urn shipment we need a UK address of the recipient"),
            (
                "c",
                "To me: [[A:Flat 2, 48 Soho Road]], [[L:Handsworth]], [[L:Birmingham]] [[A:B21 9DP]]. Email [[E:rajesh.sharma.bham@example.co.uk]]",
            ),
            (
                "a",
                "Thank you. Deposit can be paid by card on the phone or by transfer. Invoice {{R:OF-2025-117}}. I'm [[P:Gerardo]], available day and night",
            ),
            (
                "c",
                "I paid online with the card [[C:5527 1300 6491 8285]], please confirm you received",
            ),
        ],
    },
    # 27. Funeral: online condolence page, nephew asks to remove a comment
    {
        "business": "funeral",
        "platform": "messenger",
        "customer": "Fabio Iannuzzi",
        "lang": "it",
        "start": "2025-09-05T22:14:00",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Fabio Iannuzzi]], nipote di [[P:Maria Grazia Iannuzzi]]. sulla pagina del necrologio [[U:www.ofsantalucia-example.it/necrologi/maria-grazia-iannuzzi]] c'è un commento di un certo [[P:Tonino]] che non c'entra niente",
            ),
            (
                "a",
                "Buonasera [[P:Fabio]], ci scusi. Lo rimuoviamo subito. È il commento delle {{TM:20:12}}?",
            ),
            (
                "c",
                "si quello. e poi mia zia [[P:Speranza]] chiede se potete aggiungere la foto che c'è sul facebook della nonna, [[U:facebook.com/mariagrazia.iannuzzi.52]]",
            ),
            (
                "a",
                "Certo, la scarichiamo noi. Vuole che mettiamo anche l'IBAN per le offerte all'{{B:AIRC}} come avevate chiesto?",
            ),
            (
                "c",
                "si, quello dell'associazione va bene. ah e il trigesimo è il {{D:5 ottobre}} a [[L:Monteforte Irpino]], potete aggiornare?",
            ),
            ("a", "Fatto tutto. Commento rimosso, foto e trigesimo aggiunti. [[P:Gerardo]]"),
        ],
    },
    # 28. Funeral: cousin in New Jersey orders flowers
    {
        "business": "funeral",
        "platform": "telegram",
        "customer": "Anthony DeLuca",
        "lang": "en",
        "start": "2025-11-03T14:40:00",
        "messages": [
            (
                "c",
                "Hi, my name is [[P:Anthony DeLuca]], I'm writing from [[L:Hoboken]], [[L:NJ]]. My second cousin [[P:Pellegrino Capone]] died in [[L:Avellino]]. I'd like to send flowers for the funeral on {{D:Wednesday}}",
            ),
            (
                "a",
                "Dear [[P:Anthony]], thank you for writing. We can prepare a wreath or a standing spray. Prices from {{$:€ 90}} to {{$:€ 300}}. What would you like written on the ribbon?",
            ),
            (
                "c",
                "Something like: with love from [[P:Tony]], [[P:Linda]] and the kids, the [[P:DeLuca]] family, [[L:USA]]. Can I pay with Amex? [[C:3762 148039 17734]]",
            ),
            (
                "a",
                "Yes, Amex is fine; we'll charge it by phone through our secure terminal. The spray of white roses is {{$:€ 180}}",
            ),
            (
                "c",
                "Perfect. My phone [[T:(201) 555-0148]], home address for the receipt [[A:812 Garden St, Apt 4B]], [[L:Hoboken]], [[L:NJ]] [[A:07030]]",
            ),
            (
                "a",
                "All noted. I will send a photo of the flowers to [[E:tony.deluca@example.com]] after the service. [[P:Gerardo]]",
            ),
        ],
    },
    # 29. Solar: farmer wants panels on the barn roof
    {
        "business": "solar",
        "platform": "whatsapp",
        "customer": "Serena Mancini",
        "lang": "it",
        "start": "2025-02-24T08:15:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Serena Mancini]], ho un'azienda agricola a [[L:Borgo Incoronata]], vorrei mettere i pannelli sul tetto della stalla, circa 600 mq. mio padre [[P:Michele]] è scettico 😅",
            ),
            (
                "a",
                "Buongiorno [[P:Serena]]! Con 600 mq si fa un impianto da circa 100 kWp. Con il bando {{PD:Parco Agrisolare}} il contributo arriva al 40%. Passa il nostro tecnico [[P:Ivan Ciccone]] per il sopralluogo?",
            ),
            (
                "c",
                "si, va bene {{D:venerdì}} mattina. siamo in [[A:strada provinciale 80 km 6,5]], dopo il distributore giri a destra, c'è un cancello verde",
            ),
            (
                "a",
                "Perfetto, [[P:Ivan]] arriva alle {{TM:8:30}}. Per la pratica del bando servono i dati dell'azienda e il suo CF",
            ),
            (
                "c",
                "P.IVA [[V:04119570713]], il mio CF è [[CF:MNCSRN88D63D643V]]. la PEC è [[E:az.agr.mancini@pec-example.it]]",
            ),
            ("a", "Grazie. Se ci sono problemi al cancello chi chiamiamo?"),
            (
                "c",
                "il nostro operaio [[P:Gurpreet]] [[T:329 771 08 44]] o mio padre [[T:0881 72 33 19]]. a venerdì",
            ),
        ],
    },
    # 30. Solar: agriturismo company, contract and IBAN for incentives
    {
        "business": "solar",
        "platform": "messenger",
        "customer": "Agriturismo Masseria Sant'Agata",
        "lang": "it",
        "start": "2025-03-11T11:05:00",
        "messages": [
            (
                "c",
                "salve, [[P:Andrea Papasodero]] della Masseria Sant'Agata. per il contratto dell'impianto da 60 kWp vi servono i dati della società o miei?",
            ),
            (
                "a",
                "Buongiorno [[P:Andrea]], tutti e due: la società come intestataria e lei come legale rappresentante. Il contratto è il {{R:SD-CTR-25-044}}",
            ),
            (
                "c",
                "società Masseria Sant'Agata srl, P.IVA [[V:02906140716]], sede legale [[A:contrada Sant'Agata snc]], [[A:71121]] [[L:Foggia]]. io CF [[CF:PPSNDR85R15D643M]]",
            ),
            (
                "a",
                "Grazie. Per l'accredito degli incentivi del {{B:GSE}} serve l'IBAN intestato alla società",
            ),
            (
                "c",
                "[[I:IT82L0103015700000061527009]]. la pratica la segue la mia commercialista, dott.ssa [[P:Lucia Ferro]], [[E:studio.ferro.lucia@example.it]], tel [[T:0881.612.094]]",
            ),
            (
                "a",
                "Perfetto, la contatterà la nostra [[P:Annamaria]] dell'ufficio pratiche. Buona giornata!",
            ),
        ],
    },
    # 31. Solar: English farmer who bought an olive farm
    {
        "business": "solar",
        "platform": "whatsapp",
        "customer": "Tom Baker",
        "lang": "en",
        "start": "2025-04-22T17:40:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Tom Baker]] here. My wife [[P:Grace]] and I bought an olive farm near [[L:Lucera]] two years ago. We'd like solar for the irrigation pumps and the frantoio",
            ),
            (
                "a",
                "Hello [[P:Tom]]! For pumps we'd suggest a 30 kWp system with a battery. Rough estimate {{$:€ 42.000}} before incentives. Where exactly is the farm?",
            ),
            (
                "c",
                "[[A:Masseria La Quercia, contrada Mezzana Grande 12]], [[L:Lucera]]. The track is awful after rain, bring a 4x4 😄",
            ),
            (
                "a",
                "Noted! Our engineer [[P:Raffaele]] can come on {{D:29 April}}. Could you send your mobile and an email?",
            ),
            (
                "c",
                "[[T:+44 7456 301 882]] (UK) or Italian [[T:345 009 2871]]. email [[E:tom.baker.olives@example.com]]. Our neighbour [[P:Nicola De Santis]] did the same last year with you, he recommended you",
            ),
            (
                "a",
                "Great, say hi to [[P:Nicola]]! See you on the 29th. - [[P:Annamaria]], SoleDauno",
            ),
        ],
    },
    # 32. Solar: inverter monitoring offline, router IP
    {
        "business": "solar",
        "platform": "telegram",
        "customer": "Pasquale Russo",
        "lang": "it",
        "start": "2025-07-30T13:22:00",
        "messages": [
            (
                "c",
                "ciao, l'app {{B:SolarEdge}} dice che l'inverter è offline da {{D:domenica}}. [[P:Pasquale Russo]], impianto di [[L:San Severo]]",
            ),
            (
                "a",
                "Ciao [[P:Pasquale]], probabilmente il router ha cambiato indirizzo. Mi scrivi l'IP pubblico che vedi su {{B:whatismyip}}?",
            ),
            (
                "c",
                "[[IP:93.41.207.18]]. ieri era [[IP:93.41.198.240]] perché è venuto il tecnico {{B:TIM}} a cambiare modem",
            ),
            (
                "a",
                "Ecco il motivo. Ti mando [[P:Luigi]] a riconfigurare. Vuoi {{D:giovedì}} pomeriggio?",
            ),
            (
                "c",
                "si, ma ci sta mia moglie [[P:Filomena]], io sto in campagna. casa è [[A:via Tiberio Solis 31]]. il suo cell [[T:340 1187 624]]",
            ),
            ("a", "Perfetto. Intervento {{R:TK-7731}}, in garanzia, quindi gratis 👍"),
        ],
    },
    # 33. Solar: Spanish investor looking at agrivoltaic land
    {
        "business": "solar",
        "platform": "messenger",
        "customer": "Javier Ortega",
        "lang": "en",
        "start": "2025-05-14T10:00:00",
        "messages": [
            (
                "c",
                "Good morning. I am [[P:Javier Ortega Ruiz]] from [[L:Sevilla]]. We are evaluating a 5 MW agrivoltaic project on land near [[L:Cerignola]] owned by the [[P:Daloiso]] family. Do you do EPC for that size?",
            ),
            (
                "a",
                "Good morning [[P:Javier]]. Yes, we've done two agrivoltaic plants of 3 and 4 MW in the {{W:Tavoliere}}. Happy to meet. Who is the landowner contact?",
            ),
            (
                "c",
                "Mr [[P:Savino Daloiso]], [[T:+39 0885 42 19 07]]. The plots are in [[A:località Tressanti, podere 47]]. My partner [[P:Carmen]] handles finance",
            ),
            ("a", "Thank you. We'll need your company's details for the NDA"),
            (
                "c",
                "We use our Dutch holding for Italy: VAT [[V:NL853147267B01]]. Send the NDA to [[E:jortega@example.es]] and copy [[E:carmen.vidal@example.es]]",
            ),
            (
                "a",
                "Will do. Our director [[P:Michele Russo]] will sign it. Visit proposal: {{D:June 3}}, meeting at {{TM:10:00}} at the {{W:Cerignola Campagna}} station",
            ),
            (
                "c",
                "Perfect. My LinkedIn if you want to check us: [[U:linkedin.com/in/javier-ortega-ruiz-energy]]",
            ),
        ],
    },
    # 34. Solar: old farmer in dialect, neighbour mediates
    {
        "business": "solar",
        "platform": "whatsapp",
        "customer": "Vincenzo",
        "lang": "it",
        "start": "2025-08-19T07:10:00",
        "messages": [
            (
                "c",
                "bongiorn, so [[P:Vincenz]] [[P:Capozzi]], a masseria vicino a [[L:Troia]]. l'impianto nun funziona cchiù, u quadro fa tic tic",
            ),
            (
                "a",
                "Buongiorno signor [[P:Capozzi]]! Non tocchi niente per favore. Mandiamo [[P:Luigi]] oggi stesso. Mi conferma la strada?",
            ),
            (
                "c",
                "[[A:tratturo Foggia-Ofanto, km 3]], a masseria ca tene u silo russ. u numero mio nun piglia, chiammate a [[P:Marianna]] a vicina [[T:333 62 71 459]]",
            ),
            (
                "a",
                "Va bene, chiamiamo la signora [[P:Marianna]]. [[P:Luigi]] arriva verso le {{TM:11}}",
            ),
            (
                "c",
                "grazie assai. chist è u numero e mi figlio [[P:Leonardo]] che sta a [[L:Bologna]] [[T:0039 347 9920 183]], isso sape tutt e fatture",
            ),
            ("a", "Grazie, lo teniamo aggiornato. A dopo!"),
        ],
    },
    # 35. Solar: Indian-run cooperative asking about pumps
    {
        "business": "solar",
        "platform": "instagram",
        "customer": "coop.terredelsole",
        "lang": "it",
        "start": "2025-10-02T18:30:00",
        "messages": [
            (
                "c",
                "salve, siamo una cooperativa di braccianti a [[L:Borgo Mezzanone]], il presidente è [[P:Harpreet Singh]]. volevamo un preventivo per pompe solari per 3 serre",
            ),
            (
                "a",
                "Salve! Certo. Ci servono le misure delle serre e la portata delle pompe. Chi ci segue per il sopralluogo?",
            ),
            (
                "c",
                "io sono [[P:Amandeep Kaur]], la segretaria. [[P:Harpreet]] non parla bene italiano, potete mandare anche in inglese?",
            ),
            ("a", "Yes of course, we'll send both versions 🙂", "en"),
            (
                "c",
                "grazie! email [[E:coop.terredelsole@example.org]], tel [[T:+39 320 / 44 81 906]]. l'indirizzo è [[A:via dei Braccianti 8]], [[L:Borgo Mezzanone]]. seguiteci su [[H:coop.terredelsole]] e sul sito [[U:linktr.ee/amandeep.kaur.coop]]",
            ),
            (
                "a",
                "Perfetto. Il preventivo {{R:PRV-SD-25-219}} arriva entro {{D:venerdì}}. [[P:Annamaria]]",
            ),
        ],
    },
    # 36. Climb: Czech climber, 10-entry card, Instagram
    {
        "business": "climb",
        "platform": "instagram",
        "customer": "ondra.crimps",
        "lang": "en",
        "start": "2025-03-30T19:12:00",
        "messages": [
            (
                "c",
                "hi, is the gym open on {{W:Easter}} Monday? I'm [[P:Ondřej Novák]] from [[L:Brno]], here for 2 weeks with my girlfriend [[P:Tereza]]",
            ),
            (
                "a",
                "Ciao [[P:Ondřej]]! Yes, {{W:Pasquetta}} we're open {{TM:10:00}}-{{TM:20:00}}. A 10-entry card is {{$:€ 120}}, shareable between two people",
            ),
            (
                "c",
                "nice, we take one. can you put both names? [[P:Ondřej Novák]] and [[P:Tereza Dvořáková]]. also is there a crash pad rental for {{W:Massone}}?",
            ),
            (
                "a",
                "Sure, both names on card {{R:AV-10-3381}}. Crash pads {{$:€ 10}}/day at the front desk. Ask for [[P:Nicolò]]",
            ),
            (
                "c",
                "thanks! we stay at [[A:via Santa Caterina 27, app. 3]], [[L:Arco]] if you find [[P:Tereza]]'s chalk bag lol she always forgets it",
            ),
            (
                "c",
                "btw our climbing videos are on [[U:youtube.com/@ondratereza]] and my 8a profile [[U:www.8a.nu/user/ondrej-novak-brno]] 😎 tag [[H:ondra.crimps]] and [[H:terka.climbs]]",
            ),
        ],
    },
    # 37. Climb: German group, youth team, invoice with DE VAT
    {
        "business": "climb",
        "platform": "messenger",
        "customer": "DAV Jugend Allgäu",
        "lang": "en",
        "start": "2025-04-07T09:44:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Sebastian Huber]], coach of a youth climbing team from [[L:Kempten]]. 14 kids (12-16) and 3 coaches, {{D:May 1}} to {{D:May 4}}. Can we book the bouldering area mornings?",
            ),
            (
                "a",
                "Hi [[P:Sebastian]]! Mornings {{TM:9-12}} are free those days. Group rate {{$:€ 8}} per kid per session, coaches free. Shoes rental extra",
            ),
            (
                "c",
                "great. invoice to our association, VAT [[V:DE194736214]]. my co-coaches are [[P:Lena Fischer]] and [[P:Mehmet Yılmaz]], in case one of them comes to pay",
            ),
            ("a", "Booking {{R:AV-GRP-0501}} confirmed. We need an emergency contact for the week"),
            (
                "c",
                "me, [[T:+49 176 2281 9430]]. And parents' consent forms will come by mail from [[E:sebastian.huber(at)example.de]]. IP of our booking account changed when I booked, hope that's ok, it was [[IP:2.236.14.201]]",
            ),
            ("a", "No problem at all. See you on the 1st! - [[P:Nicolò]], Arco Vertical"),
        ],
    },
    # 38. Climb: Italian kids course
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Mamma di Leo",
        "lang": "it",
        "start": "2025-09-09T20:30:00",
        "messages": [
            (
                "c",
                "buonasera, vorrei iscrivere mio figlio [[P:Leonardo]] (9 anni) al corso bimbi del martedì. sono la mamma, [[P:Giulia Fontana]]",
            ),
            (
                "a",
                "Buonasera [[P:Giulia]]! Il corso parte {{D:martedì 16 settembre}}, {{TM:17:00}}-{{TM:18:30}}, istruttrice [[P:Marta]]. Quota trimestrale {{$:€ 150}} più tessera {{$:€ 20}}",
            ),
            (
                "c",
                "ok. viene anche il suo amichetto [[P:Tommy]], [[P:Tommaso Bello]], la mamma [[P:Ilaria]] vi scrive domani. per la detrazione sportiva mi serve ricevuta col codice fiscale del bimbo?",
            ),
            ("a", "Sì, del bimbo e del genitore che paga. Li puoi mandare qui o a mano"),
            (
                "c",
                "te li porto a mano, preferisco 😊 abitiamo a [[L:Dro]], [[A:via Cesare Battisti 15]], e il papà [[P:Stefano]] lavora a [[L:Riva del Garda]] quindi a volte lo porta lui. cell papà [[T:+39 346 220 7815]]",
            ),
            ("a", "Perfetto! Ci vediamo martedì 🧗"),
        ],
    },
    # 39. Climb: Ukrainian climber living in Riva, membership and job
    {
        "business": "climb",
        "platform": "telegram",
        "customer": "Dmytro S.",
        "lang": "it",
        "start": "2025-10-20T12:05:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Dmytro Shevchuk]], arrampico da voi da un anno. ho visto che cercate un tracciatore part time, posso candidarmi?",
            ),
            (
                "a",
                "Ciao [[P:Dmytro]]! Sì certo. Mandaci un CV e qualche foto dei tuoi blocchi a [[E:lavoro@arcovertical-example.it]], lo guarda [[P:Nicolò]]",
            ),
            (
                "c",
                "ok. io ho lavorato come tracciatore a [[L:Leopoli]] in palestra {{B:Skelya}}. il mio portfolio è [[U:dmytroshevchuk-routes.com]]",
            ),
            ("a", "Ottimo. Se ti prendiamo serve partita IVA o facciamo prestazione occasionale?"),
            (
                "c",
                "prestazione occasionale per ora. abito a [[L:Riva del Garda]], [[A:viale Rovereto 48, scala 2, piano 3]]. IBAN per pagamento [[I:IT05 O053 8704 0000 0000 3391 570]]",
            ),
            (
                "a",
                "Perfetto, ci sentiamo dopo il colloquio. Il mio numero diretto: [[P:Nicolò Pederzolli]] [[T:347.220.18.56]]",
            ),
            (
                "c",
                "grazie mille, a presto 🙏 tel mio [[T:+380 97 551 20 43]] e italiano [[T:389 4471 026]]",
            ),
        ],
    },
    # 40. Climb: Italian climber Fede on Instagram, lost harness and friend's shoes
    {
        "business": "climb",
        "platform": "instagram",
        "customer": "fede.sbarra",
        "lang": "it",
        "start": "2025-11-11T21:17:00",
        "messages": [
            (
                "c",
                "raga ho lasciato l'imbrago {{B:Black Diamond}} blu nello spogliatoio ieri sera, qualcuno l'ha trovato? sono [[P:Fede]], [[P:Federico Sbarra]]",
            ),
            (
                "a",
                "Ciao [[P:Fede]]! Sì c'è un {{B:Black Diamond}} blu in reception, con scritto FS col pennarello. È tuo?",
            ),
            (
                "c",
                "siii è lui. ah anche la mia amica [[P:Hope]] ha lasciato le scarpette {{B:La Sportiva}} {{PD:Solution}} 38, [[P:Hope Okonkwo]], è nigeriana quindi scrive in inglese",
            ),
            (
                "c",
                "she's asking if you can keep them til {{D:Saturday}}, she's in [[L:Trento]] for work",
                "en",
            ),
            (
                "a",
                "Sure, we keep both until Saturday 👍 nome sul sacchetto: [[P:Hope Okonkwo]] e [[P:Federico Sbarra]]",
                "en",
            ),
            (
                "c",
                "grazie mille! se passa mio fratello [[P:Giacomo]] al posto mio dategliele pure. taggami nelle storie [[H:fede.sbarra]] 😂 e lei [[H:hope.okonkwo.climbs]]",
            ),
        ],
    },
    # 41. Climb: British route setter, accommodation and contract
    {
        "business": "climb",
        "platform": "messenger",
        "customer": "Rob Leone",
        "lang": "en",
        "start": "2025-02-05T10:30:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Robbie Leone]] here, route setter from [[L:Sheffield]]. [[P:Nicolò]] asked me to come reset the lead wall before the {{PD:Rock Master}} weekend",
            ),
            (
                "a",
                "Hi [[P:Robbie]]! Yes, {{D:August 18-22}}. We pay {{$:€ 220}} per day plus accommodation. You'll stay with our instructor [[P:Marta Ferrari]] in [[L:Bolognano]]",
            ),
            (
                "c",
                "Brilliant. For the contract my address is [[A:Rose Cottage, 3 Church Lane]], [[L:Hathersage]], [[A:S32 1AJ]]. UK bank [[I:GB68BARC20371583920416]]",
            ),
            ("a", "Thanks. Since you're self-employed, do you have a VAT number or UTR?"),
            (
                "c",
                "Not VAT registered, my partner [[P:Hannah Church]] does the books: [[E:hannah.church.books@example.co.uk]], [[T:0114 496 0382]]",
            ),
            (
                "a",
                "Perfect, I'll email her. [[P:Marta]]'s address for the GPS: [[A:via Fornaci 9]], [[L:Bolognano]]. Her number [[T:+39 340 318 5520]]",
            ),
            (
                "c",
                "Cheers! my site if you want to see past sets: [[U:https://robbieleone-setting.co.uk]], insta [[H:robbie.sets.routes]]",
            ),
        ],
    },
    # 42. Climb: Spanish climber, booking site blocked her IP, pays with card
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Lucía",
        "lang": "en",
        "start": "2025-07-02T08:55:00",
        "messages": [
            (
                "c",
                "hola! I'm [[P:Lucía García-Morales]], I try to buy the day pass online but the site says my IP is blocked 😩 [[IP:151.38.92.7]]",
            ),
            (
                "a",
                "Hi [[P:Lucía]]! Sorry, our system sometimes blocks mobile networks. I've whitelisted it, try again now",
            ),
            (
                "c",
                "still no. my friend [[P:Mohammed Al-Hashimi]] had the same problem yesterday. can I just pay here?",
            ),
            (
                "a",
                "Better pay at the desk when you come, the day pass is {{$:€ 16}}, with shoes {{$:€ 21}}",
            ),
            (
                "c",
                "ok. I come at {{TM:11}} with [[P:Mohammed]] and [[P:Rocío]]. we stay at the camping in [[L:Prabi]], bungalow 14. my number [[T:+34 612 48 29 07]]",
            ),
            ("a", "Perfect. Ask for [[P:Nicolò]] or [[P:Marta]] at the desk 🧗‍♀️"),
            (
                "c",
                "gracias!! write me if plans change: [[E:lucia.garcia.morales@example.es]] or insta [[H:luciaclimbs.bcn]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(31, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
