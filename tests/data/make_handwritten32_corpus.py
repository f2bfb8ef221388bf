# ruff: noqa: E501
"""Hand-written blind test corpus no. 32 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten32_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a wedding planner in Ostuni for foreign couples, a
print and copy shop in Pisa serving students, an osteopath in Como, a sport-fishing charter in
Trapani, a used-car dealer in Treviso, and an English-speaking paediatrician's office in Milan
(parents write about their children).

Regenerate with::

    .venv/bin/python tests/data/make_handwritten32_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten32_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "wedding": "Bianco Calce Weddings Ostuni",
    "print": "CopiaIncolla Pisa",
    "osteo": "Studio Osteopatico Lariano",
    "fishing": "Tonnara Blu Fishing Charter",
    "cars": "AutoSile Usato Treviso",
    "paeds": "Little Steps Paediatric Practice Milano",
}
PAGE_IDS: dict[str, str] = {
    "wedding": "632100000000113",
    "print": "632100000000224",
    "osteo": "632100000000335",
    "fishing": "632100000000446",
    "cars": "632100000000557",
    "paeds": "632100000000668",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Wedding: couple from Manchester asking about a June date
    {
        "business": "wedding",
        "platform": "instagram",
        "customer": "Ellie Church",
        "lang": "en",
        "start": "2024-09-03T19:12:00",
        "messages": [
            (
                "c",
                "hiya! me and my fiancé [[P:Tom]] are getting married next {{D:June}} and we've fallen in love with [[L:Ostuni]] 😍 is {{D:14th June}} free? I'm [[P:Ellie Church]] btw, found you via @[[H:puglia.brides.uk]]",
            ),
            (
                "a",
                "Ciao [[P:Ellie]]! Congratulations to you and [[P:Tom]] 💛 {{D:14 June}} is still open for now. How many guests are you thinking? Do you already have a venue in mind or would you like us to scout masserie for you? – [[P:Giusy]], {{B:Bianco Calce}}",
            ),
            (
                "c",
                "around 60 ppl, mostly flying from [[L:Manchester]] and a few from [[L:Cork]] ([[P:tom]]'s side lol). we saw {{B:Masseria Il Frantoio}} on insta but no idea on price",
            ),
            (
                "a",
                "Lovely. For 60 guests a full-day masseria package starts around {{$:€18,500}}, our planning fee is separate ({{$:€3,200}}). Can I have an email so I can send the brochure? and a phone for a quick call?",
            ),
            (
                "c",
                "sure, [[E:ellie.church88@example.co.uk]] and my mobile is [[T:+44 7700 900 214]]. evenings uk time are best, after {{TM:7pm}}",
            ),
            (
                "a",
                "Perfect, brochure sent to [[E:ellie.church88@example.co.uk]]. I'll ring you {{D:Thursday}} at {{TM:19:30}} UK time. Grazie! [[P:Giusy]]",
            ),
            (
                "c",
                "amazing thx!! ps my mum [[P:Hope]] might call you too, she's the organised one 😂 her number is [[T:07700 900 377]]",
            ),
        ],
    },
    # 2. Wedding: US couple paying the deposit
    {
        "business": "wedding",
        "platform": "whatsapp",
        "customer": "Priya R.",
        "lang": "en",
        "start": "2024-10-15T16:40:00",
        "messages": [
            (
                "c",
                "Hi, this is [[P:Priya Raghunathan]], we spoke on {{B:Zoom}} with [[P:Giusy]] last week. My fiancé [[P:Will Baker]] and I are ready to book the {{D:September 20}} date. How do we pay the deposit?",
            ),
            (
                "a",
                "Hi [[P:Priya]]! So happy 🎉 The deposit is {{$:€2,000}} by bank transfer to [[I:IT13 T030 6911 8840 0001 2345 678]], account holder {{B:Bianco Calce Weddings}} srl, reference {{R:BCW-2025-041}}. Please send us the receipt.",
            ),
            (
                "c",
                "[[P:Will]] is sending it from his account now. Do you need our billing address? It's [[A:418 Church Street, Apt 4B]], [[L:Evanston]], [[L:IL]] [[A:60201]]",
            ),
            (
                "a",
                "Yes thanks, we'll put it on the contract. Any tax ID for the invoice? Otherwise your full names are fine.",
            ),
            (
                "c",
                "Just names. Oh and my parents will fly in from [[L:Chennai]], my dad [[P:Raghu]] is very keen to help with the baraat 😅 his email is [[E:raghu.n [at] example [dot] in]]",
            ),
            (
                "a",
                "Received the transfer, thank you [[P:Will]]! And we'd love to meet [[P:Raghu]], we've done two baraats in the valley already 🐎 Contract on its way to your email.",
            ),
            (
                "c",
                "Great! send it to my email please [[E:priya.r.baker@example.com]], [[P:Will]] never checks his 😂",
            ),
        ],
    },
    # 3. Wedding: Nigerian-British couple booking rooms for the family
    {
        "business": "wedding",
        "platform": "messenger",
        "customer": "Chinedu Okafor",
        "lang": "en",
        "start": "2024-11-21T13:05:00",
        "messages": [
            (
                "c",
                "Good afternoon. My name is [[P:Chinedu Okafor]], I am marrying [[P:Grace Fox]] in [[L:Ostuni]] on {{D:3 May}}. We need rooms for 12 guests near the {{W:Cathedral}}. Can you help?",
            ),
            (
                "a",
                "Good afternoon [[P:Chinedu]], of course. There are several B&Bs in the old town; we usually work with {{B:Dimora Lucente}} and {{B:Le Volte Bianche}}. Could you send me the guest list with names and arrival dates?",
            ),
            (
                "c",
                "Here: [[P:Ngozi]] and [[P:Emeka Okafor]] (my parents) arrive {{D:30 April}}, [[P:Grace]]'s sister [[P:Victoria Fox]] and her partner [[P:Mark Bello]] {{D:1 May}}, and my uncle [[P:Oluwaseun Adeyemi]] from [[L:Lagos]], date tbc.",
            ),
            (
                "a",
                "Thanks! I've put a hold at {{B:Dimora Lucente}} under the name [[P:Okafor]]. For your uncle [[P:Oluwaseun]] I'd need his name exactly as it is on the passport, for the invitation letter.",
            ),
            (
                "c",
                "It is [[P:O-L-U-W-A-S-E-U-N]], surname [[P:A-D-E-Y-E-M-I]]. His address for the letter: [[A:Plot 14, Admiralty Way]], [[L:Lekki]], [[L:Lagos]]",
            ),
            (
                "a",
                "Perfect, letter drafted and sent to [[P:Grace]] for a check. Speak soon, [[P:Giusy]] 🌿",
            ),
            (
                "c",
                "Thank you. Please send invoices to [[E:chinedu.okafor@example.org]] and keep [[P:Grace]] in copy: [[E:gracefox.designs@example.com]]. Her portfolio is [[U:www.gracefoxdesigns.example.com]] if you need a designer for the menus 😉",
            ),
        ],
    },
    # 4. Wedding: Ukrainian-Irish couple in Dublin, photographers and handles
    {
        "business": "wedding",
        "platform": "instagram",
        "customer": "oksana.kov",
        "lang": "en",
        "start": "2024-12-02T21:48:00",
        "messages": [
            (
                "c",
                "hi!! do u work with photographers or we bring our own? we love @[[H:lucaphotostudio_]] but maybe too expensive",
            ),
            (
                "a",
                "Hi! We have a list of trusted photographers, but you're free to bring your own 📸 [[P:Luca]] is great btw. Can I ask your names and date?",
            ),
            (
                "c",
                "[[P:Oksana]] & [[P:Sean Mancini]] 😊 {{D:august 2025}}, we live in [[L:Dublin]] ([[L:Rathmines]]). my inspo board is here [[U:linktr.ee/oksana.k.weddinginspo]]",
            ),
            (
                "a",
                "Love the moodboard [[P:Oksana]]! Olive trees and terracotta, so our style 🫒 For {{D:August}} I'd suggest a late ceremony, around {{TM:18:30}}, it's very hot. What's your budget range?",
            ),
            (
                "c",
                "around 25k all in. [[P:sean]]'s mum wants a catholic ceremony, my family is orthodox, from [[L:Lviv]]... is that possible??",
            ),
            (
                "a",
                "Yes, we've done mixed ceremonies before. I'll check with the parish priest, don [[P:Cosimo]], and come back to you.",
            ),
            (
                "c",
                "amazing. my insta is this one and [[P:sean]] is @[[H:seanmancini_dub]] if easier to dm us both. or tag me as @[[H:oksana.kov]] in the group chat",
            ),
            (
                "a",
                "Followed you both! Chat soon 💛 [[P:Giusy]]",
            ),
        ],
    },
    # 5. Wedding: the bride's father pays the flowers (Italian)
    {
        "business": "wedding",
        "platform": "whatsapp",
        "customer": "Franco Bellomo",
        "lang": "it",
        "start": "2024-07-08T09:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Franco Bellomo]], il papà di [[P:Serena]] che si sposa con [[P:Jack Thornton]] a {{D:ottobre}}. Volevo pagare io la parte dei fiori, mi manda i dati?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bellomo]], che bel pensiero! Le giro l'IBAN: [[I:IT05U0200816203000104567321]] intestato a {{B:Bianco Calce Weddings}} srl, causale {{R:BCW-2024-118}} fiori. Importo {{$:2.400 €}}.",
            ),
            (
                "c",
                "fatto il bonifico. La fattura a nome mio x favore: [[P:Franco Bellomo]], cf [[CF:BLLFNC58B11E506S]], [[A:via Giuseppe Palmieri 27]], [[A:73100]] [[L:Lecce]]",
            ),
            (
                "a",
                "Ricevuto, grazie! La fattura arriva via mail. Mi conferma l'indirizzo email?",
            ),
            (
                "c",
                "[[E:franco punto bellomo chiocciola libero punto it]]. mia moglie [[P:Rosa]] dice di mettere anche le peonie bianche 😅",
            ),
            (
                "a",
                "Le peonie a {{D:ottobre}} sono difficili, ma chiedo alla fiorista [[P:Mimma]]. Saluti alla signora [[P:Rosa]]! [[P:Giusy]]",
            ),
        ],
    },
    # 6. Wedding: Chinese couple from London, elopement, card pasted in chat
    {
        "business": "wedding",
        "platform": "telegram",
        "customer": "Mei Zhou",
        "lang": "en",
        "start": "2024-01-17T11:02:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Zhou Meilin]], you can call me [[P:Mei]]. My partner [[P:Daniel Wong]] and I want a small elopement in {{D:March}}, only the 2 of us + photographer.",
            ),
            (
                "a",
                "Hello [[P:Mei]]! Elopements are our favourite 🤍 Our {{PD:Olive Grove Elopement}} package is {{$:€4,900}} and includes ceremony, photographer, hair & make-up and dinner for two.",
            ),
            (
                "c",
                "Sounds perfect. can I pay the deposit by card? my card is [[C:4532 0151 1283 0366]] exp 09/27",
            ),
            (
                "a",
                "Please don't send card details in chat 🙏 I'll delete this message; we'll send you a secure payment link instead: [[U:pay.example-checkout.com/bcw/zhou-meilin-0325]]",
            ),
            (
                "c",
                "Oh sorry! Thanks. Our address in [[L:London]]: [[A:Flat 7, Juniper House, 22 Commercial Road]], [[A:E1 1LN]]",
            ),
            (
                "a",
                "Got it. One more thing, do you need a translator for the ceremony? [[P:Daniel]] speaks Italian, right?",
            ),
            (
                "c",
                "a little 😂 his grandmother was from [[L:Prato]]. we're fine, thank you [[P:Giusy]]",
            ),
        ],
    },
    # 7. Wedding: Spanish-American groom, guest logistics and wedding website
    {
        "business": "wedding",
        "platform": "messenger",
        "customer": "Alejandro Ruiz Ortega",
        "lang": "en",
        "start": "2024-05-29T15:20:00",
        "messages": [
            (
                "c",
                "hey there, [[P:Alejandro Ruiz Ortega]] here ([[P:Alex]]). our guests keep asking where to fly into — [[L:Brindisi]] or [[L:Bari]]?",
            ),
            (
                "a",
                "Hi [[P:Alex]]! [[L:Brindisi]] is closer (about 35 min), [[L:Bari]] has more flights. We can arrange shuttles from both. Is your wedding website live yet? We can add a transport page.",
            ),
            (
                "c",
                "yes it's [[U:www.alexandhannahinpuglia.com]] password is olive2025. [[P:Hannah]]'s dad [[P:Robert Kowalski]] handles the US guests, his cell is [[T:(312) 555-0147]]",
            ),
            (
                "a",
                "Great, we'll coordinate with [[P:Robert]]. Shuttle timetable for {{D:Friday 12 September}}: departures at {{TM:14:00}} and {{TM:18:00}}.",
            ),
            (
                "c",
                "perfect. also my sister [[P:Lucía]] needs a high chair for her baby at the dinner, and my grandma [[P:Esperanza]] uses a wheelchair. oh and the invoice goes to my studio pls, {{B:Ruiz Ortega Arquitectos}} SL, VAT [[V:ESB73648198]]",
            ),
            (
                "a",
                "Noted all three 🤍 The masseria is all on one level, so [[P:Esperanza]] will be fine. Un abbraccio, [[P:Giusy]]",
            ),
        ],
    },
    # 8. Print: thesis binding, invoice for the scholarship
    {
        "business": "print",
        "platform": "whatsapp",
        "customer": "Bianca",
        "lang": "it",
        "start": "2024-07-09T10:14:00",
        "messages": [
            (
                "c",
                "ciao! sn [[P:Bianca]], devo stampare la tesi x il {{D:18 luglio}}, 3 copie rilegate in pelle blu. quanto costa?",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Rilegatura {{PD:Classic}} in similpelle blu {{$:22 €}} a copia + stampa {{$:0,08 €}}/pagina b/n. Quante pagine? Ci sono pagine a colori?",
            ),
            (
                "c",
                "148 pag, 20 a colori. il frontespizio ha il logo dell'{{B:Università di Pisa}}, va bene?",
            ),
            (
                "a",
                "Sì certo. Mandaci il pdf qui in chat o con wetransfer. Ti serve fattura? nel caso nome, cf e indirizzo",
            ),
            (
                "c",
                "sì x la borsa di studio. [[P:Bianca Leone]], [[CF:LNEBNC99L65G702A]], [[A:via San Martino 54]], [[L:Pisa]]. anzi no, la residenza è a [[L:Cascina]], [[A:via Tosco Romagnola 1210]]",
            ),
            (
                "a",
                "Perfetto, tutto segnato. Pronte {{D:martedì 16}} dopo le {{TM:15}}. [[P:Chiara]]",
            ),
            (
                "c",
                "graziee 🙏 se io sn a [[L:Livorno]] passa a ritirarle la mia coinquilina [[P:Xu Jing]], ok?",
            ),
            (
                "a",
                "Nessun problema, basta che dica il tuo nome. Ciao! [[P:Chiara]] - {{B:CopiaIncolla}}",
            ),
        ],
    },
    # 9. Print: student collective posters, graphic designer, upload form blocked
    {
        "business": "print",
        "platform": "instagram",
        "customer": "fede_garbo",
        "lang": "it",
        "start": "2024-04-11T17:33:00",
        "messages": [
            (
                "c",
                "Ehi! siamo il collettivo di {{W:Scienze Politiche}}, ci servono 50 locandine A3 per la festa del {{D:23}}. Mi chiamo [[P:Federico Garbini]], qui su ig @[[H:fede_garbo]]",
            ),
            (
                "a",
                "Ciao [[P:Federico]]! A3 a colori su carta 135g: {{$:1,20 €}} l'una, sopra le 40 copie {{$:0,95 €}}. File in pdf con 3mm di abbondanza 😉",
            ),
            (
                "c",
                "ok top. il grafico è [[P:Ahmed]], [[P:Ahmed El Amrani]], vi scrive lui dal suo profilo @[[H:elamrani.design]]. ha provato a caricare dal vostro sito ma dice troppi tentativi dall'indirizzo [[IP:2.36.118.240]] 🙄",
            ),
            (
                "a",
                "Sì il form a volte fa i capricci, meglio che li mandi qui in direct. Quando arrivano i file li mettiamo in coda. Dopo le {{TM:18:30}} siamo chiusi, eh",
            ),
            (
                "c",
                "cmq x pagare va bene satispay? o bonifico... il conto del collettivo è intestato a [[P:Giulia Fontana]], IBAN [[I:IT02J0103071570000001122334]]",
            ),
            (
                "a",
                "Meglio satispay o contanti al ritiro 👍 ciao, [[P:Tommaso]]",
            ),
        ],
    },
    # 10. Print: business cards for a nutritionist
    {
        "business": "print",
        "platform": "messenger",
        "customer": "Federica Esposito",
        "lang": "it",
        "start": "2024-02-20T08:51:00",
        "messages": [
            (
                "c",
                "Salve, vorrei 200 biglietti da visita. Testo: [[P:Federica Esposito]] – Biologa nutrizionista – [[T:347 219 8834]] – [[E:federica.esposito.bio@example.it]] – [[U:linkedin.com/in/federica-esposito-bio]]",
            ),
            (
                "a",
                "Buongiorno [[P:Federica]]! Carta {{PD:Tintoretto Gesso}} 350g, fronte/retro, {{$:38 €}}. Va aggiunto anche l'indirizzo dello studio?",
            ),
            (
                "c",
                "sì, studio in [[A:via Santa Maria 112]], [[A:56126]] [[L:Pisa]], e il martedì a [[L:San Giuliano Terme]]. nn so se ci sta tutto 😅",
            ),
            (
                "a",
                "Ci sta, riduciamo un po' il corpo. Per la fattura mi serve cf o p.iva",
            ),
            (
                "c",
                "P.IVA [[V:02345670018]], cf [[CF:SPSFRC01D54F839V]]",
            ),
            (
                "a",
                "Perfetto. Bozza entro stasera su questa chat. [[P:Chiara]]",
            ),
            (
                "c",
                "grazie mille! se nn rispondo scrivi a mia sorella [[P:Betta]] al [[T:+39 328 554 1170]], è lei che mi gestisce i social lol",
            ),
        ],
    },
    # 11. Print: Erasmus student, upload blocked, lost USB stick
    {
        "business": "print",
        "platform": "telegram",
        "customer": "Carmen D.",
        "lang": "en",
        "start": "2024-03-06T12:27:00",
        "messages": [
            (
                "c",
                "hi, I'm an Erasmus student, [[P:Carmen Delgado Ruiz]]. I tried to upload my files on your website but it says my IP [[IP:151.38.204.77]] is blocked??",
            ),
            (
                "a",
                "Hi [[P:Carmen]]! Sorry about that, our upload form sometimes blocks mobile networks. You can just send the files here on {{B:Telegram}}.",
            ),
            (
                "c",
                "ok thx. 2 copies of my learning agreement + 1 of my passport scan. receipt to [[E:carmen.delgado.r@example.es]] pls. also do you have a lost&found? I forgot a usb stick yesterday, it's pink with a keyring from [[L:Sevilla]]",
            ),
            (
                "a",
                "Yes! We have a pink one, it has a label that says '[[P:Neve]]'. Is that yours?",
            ),
            (
                "c",
                "yes!! [[P:Neve]] is my flatmate's nickname, it's hers actually 😂 her real name is [[P:Nieves Blanco]]. can I pick it up for her?",
            ),
            (
                "a",
                "Sure, bring a photo of her ID or she can message us. Prints ready at {{TM:4pm}}. Ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "vale, muchas gracias! le digo que os escriba, su número es [[T:+34 612 45 78 90]]",
                "es",
            ),
        ],
    },
    # 12. Print: a mother chases a thesis stuck at the courier
    {
        "business": "print",
        "platform": "whatsapp",
        "customer": "Rita Cosentino",
        "lang": "it",
        "start": "2024-10-22T18:45:00",
        "messages": [
            (
                "c",
                "Buonasera sono la mamma di [[P:Giuseppe Rossi]], vi ha ordinato 2 copie della tesi da spedire a casa nostra ma nn sono arrivate. ordine {{O:CI-20931}}",
            ),
            (
                "a",
                "Buonasera signora, controllo subito. La spedizione è partita {{D:venerdì}} con {{B:BRT}}, tracking {{TR:084215509931}}. Risulta in giacenza a [[L:Cosenza]] per indirizzo incompleto.",
            ),
            (
                "c",
                "ah ecco. l'indirizzo giusto è [[A:contrada Serra Spiga 41]], [[A:87036]] [[L:Rende]] ([[L:CS]]), citofono [[P:Rossi-Cosentino]]",
            ),
            (
                "a",
                "Grazie, faccio correggere. Mi lascia anche un numero di telefono per il corriere?",
            ),
            (
                "c",
                "il mio fisso [[T:0984 83 22 17]] oppure il cell di mio marito [[P:Pino]] [[T:338/7712045]]",
            ),
            (
                "a",
                "Perfetto. Consegna prevista {{D:mercoledì}}. Auguri a [[P:Giuseppe]] per la laurea! 🎓 [[P:Chiara]]",
            ),
            (
                "c",
                "grazie cara, [[P:Peppe]] si laurea il {{D:25}}, siamo emozionatissimi",
            ),
        ],
    },
    # 13. Print: graduation "papiro" with caricature
    {
        "business": "print",
        "platform": "instagram",
        "customer": "giuliaaa.b",
        "lang": "it",
        "start": "2024-06-03T22:10:00",
        "messages": [
            (
                "c",
                "ciaoo fate anche i papiri di laurea? x la mia amica [[P:Mariasole Ferro]] detta [[P:Soletta]] 😂",
            ),
            (
                "a",
                "Certo! Papiro 70x100 {{$:15 €}}, se ci mandate il testo noi impaginiamo con la caricatura. Quando si laurea?",
            ),
            (
                "c",
                "{{D:giovedì 11}} in {{W:Ingegneria}}. il testo lo scrive [[P:Lollo]] ([[P:lorenzo]]) il suo ragazzo. la caricatura la fate voi da foto? guardate il suo tiktok [[U:tiktok.com/@soletta.ferro]] o ig @[[H:soletta.ferro]]",
            ),
            (
                "a",
                "Sì, dalle foto. Ne bastano 2-3 nitide. Per il ritiro serve un nome e un numero",
            ),
            (
                "c",
                "[[P:Giulia Bianchi]], [[T:3402218876]]. ah nel papiro ci deve essere anche la prof [[P:Carla Speranza]] che l'ha bocciata 3 volte 😂😂",
            ),
            (
                "a",
                "Ahah promesso, la prof [[P:Speranza]] avrà il suo spazio 😂 Pronto {{D:mercoledì}} pomeriggio. [[P:Tommaso]]",
            ),
        ],
    },
    # 14. Print: pastry shop flyers, invoice with partita IVA
    {
        "business": "print",
        "platform": "messenger",
        "customer": "Sandro Leone",
        "lang": "it",
        "start": "2024-05-13T07:58:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Sandro]] della {{B:Pasticceria Leone}} di [[L:Marina di Pisa]]. Mi servono 1000 volantini per l'apertura estiva",
            ),
            (
                "a",
                "Buongiorno! A5 fronte-retro, 1000 copie {{$:65 €}} + iva. Ha già la grafica?",
            ),
            (
                "c",
                "la fa mio nipote [[P:Kevin]]. Fattura a {{B:Pasticceria Leone}} di [[P:Leone Alessandro]], p.iva [[V:01876540053]], codice SDI {{R:M5UXCR1}}, [[A:via della Repubblica Pisana 31]], [[L:Marina di Pisa]]",
            ),
            (
                "a",
                "Ricevuto sig. [[P:Leone]]. Mi lascia una mail per la bozza?",
            ),
            (
                "c",
                "[[E:sandroleone62@example.it]], ma guarda piu che altro [[P:Kevin]] che io col telefono nn sono bravo",
            ),
            (
                "a",
                "Perfetto, bozza entro {{D:giovedì}}. Buona giornata, [[P:Chiara]]",
            ),
        ],
    },
    # 15. Print: funeral prayer cards for a grandfather
    {
        "business": "print",
        "platform": "whatsapp",
        "customer": "Marco P.",
        "lang": "it",
        "start": "2024-11-04T16:02:00",
        "messages": [
            (
                "c",
                "buongiorno, mi serve stampare 100 santini per il funerale di mio nonno, [[P:Armando Pellegrini]]. si possono avere x domani?",
            ),
            (
                "a",
                "Buongiorno, condoglianze. Sì, per domani mattina si riesce. Ci mandi la foto e il testo.",
            ),
            (
                "c",
                "testo: 'in ricordo di [[P:Armando Pellegrini]], [[L:Calci]] {{D:1934}} – [[L:Pisa]] {{D:2024}}'. la foto ve la porta mia cugina [[P:Ilaria]] stasera",
            ),
            (
                "a",
                "Va bene. Costo {{$:35 €}}. [[P:Ilaria]] riesce ad arrivare prima delle {{TM:19:30}}?",
            ),
            (
                "c",
                "sì. il mio numero se serve è [[T:0039 345 661 2093]], [[P:Marco]]",
            ),
            (
                "a",
                "Perfetto [[P:Marco]], ci vediamo domani. Un abbraccio, [[P:Tommaso]]",
            ),
        ],
    },
    # 16. Osteo: back pain, referred by the GP, invoice for the tax deduction
    {
        "business": "osteo",
        "platform": "whatsapp",
        "customer": "Serena Mancini",
        "lang": "it",
        "start": "2024-09-02T08:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, ho mal di schiena da 2 settimane, il mio medico dott. [[P:Galli]] mi ha consigliato voi. si può avere un appuntamento?",
            ),
            (
                "a",
                "Buongiorno, sono [[P:Paola]] dello studio. Il dott. [[P:Valsecchi]] ha posto {{D:lunedì 9}} alle {{TM:17:40}} o {{D:mercoledì}} alle {{TM:8:20}}. Mi dice nome e cognome?",
            ),
            (
                "c",
                "lunedì va benissimo. [[P:Serena Mancini]]. per la detrazione vi serve il cf? [[CF:MNCSRN89A70C933P]], residente in [[A:salita Cappuccini 5]], [[L:Como]]",
            ),
            (
                "a",
                "Sì grazie, lo mettiamo in fattura. Prima visita {{$:70 €}}, si paga anche con bancomat. Porti eventuali lastre o risonanze.",
            ),
            (
                "c",
                "ok. lunedì arrivo dall'ufficio a [[L:Cernobbio]] in bus, il 4 ferma vicino?",
            ),
            (
                "a",
                "Sì, la fermata è proprio davanti alla {{W:Basilica di Sant'Abbondio}}. A lunedì! [[P:Paola]]",
            ),
            (
                "c",
                "perfetto grazie. ah mia figlia [[P:Bianca]] ha la scoliosi, magari la porto la prox volta",
            ),
        ],
    },
    # 17. Osteo: newborn with colic, sent by the paediatrician
    {
        "business": "osteo",
        "platform": "messenger",
        "customer": "Ludovica Sala",
        "lang": "it",
        "start": "2024-04-16T20:40:00",
        "messages": [
            (
                "c",
                "salve, mia figlia [[P:Aurora]] ha 2 mesi e ha le coliche e la testina un po' piatta, la pediatra dott.ssa [[P:Colombo]] dice di provare l'osteopatia",
            ),
            (
                "a",
                "Buonasera! Sì, il dott. [[P:Valsecchi]] segue molti neonati. Il trattamento dura circa 30 minuti. Che giorni preferisce?",
            ),
            (
                "c",
                "mattina. io sono [[P:Ludovica Sala]], cell [[T:+39 339.442.7781]]. possiamo venire anche in 3? mio marito [[P:Ale]] vuole esserci",
            ),
            (
                "a",
                "Certo, nessun problema. {{D:Giovedì 18}} alle {{TM:10:00}}, va bene?",
            ),
            (
                "c",
                "perfetto. nn so se serve ma [[P:aurora]] è nata con il cesareo il {{D:2 febbraio}}. veniamo da [[L:Olgiate Comasco]]",
            ),
            (
                "a",
                "Utile saperlo, grazie. Portate il libretto pediatrico. A giovedì, [[P:Paola]]",
            ),
        ],
    },
    # 18. Osteo: British runner living on the lake
    {
        "business": "osteo",
        "platform": "whatsapp",
        "customer": "Becky Mills",
        "lang": "en",
        "start": "2024-10-01T09:15:00",
        "messages": [
            (
                "c",
                "Hi, is the doctor English-speaking? I'm [[P:Becky Mills]], training for a marathon in {{D:November}} and my knee is killing me",
            ),
            (
                "a",
                "Hi [[P:Becky]]! Yes, Dr [[P:Valsecchi]] speaks English well. We have {{D:Friday}} at {{TM:11:20}}. First visit is {{$:€70}}.",
            ),
            (
                "c",
                "Friday's perfect. I live in [[L:Tremezzo]], at [[A:Villa Glicine, via Regina 14]], in case you need it for the receipt",
            ),
            (
                "a",
                "Great. Could I have your email for the receipt?",
            ),
            (
                "c",
                "[[E:becky (dot) mills (at) example (dot) co (dot) uk]] 🙂 and my physio back home in [[L:Bristol]] is [[P:James Baker]] if the doctor wants to talk to him, [[T:+44 117 496 0832]]",
            ),
            (
                "a",
                "Perfetto [[P:Becky]], ho segnato tutto. A venerdì! [[P:Paola]]",
                "it",
            ),
        ],
    },
    # 19. Osteo: husband asks a home visit for his pregnant wife (Lombard dialect)
    {
        "business": "osteo",
        "platform": "telegram",
        "customer": "Gianni Brambilla",
        "lang": "it",
        "start": "2024-03-12T07:22:00",
        "messages": [
            (
                "c",
                "buongiorno, scrivo per la mia sciura, [[P:Rosa]], incinta di 7 mesi, ha la sciatica. tutti la ciamano [[P:Rosina]] ma il nome è [[P:Rosa Brambilla Cattaneo]]",
            ),
            (
                "a",
                "Buongiorno! Certo, trattiamo anche in gravidanza con tecniche dolci. Mi lascia un recapito della signora?",
            ),
            (
                "c",
                "il numero di casa [[T:031 26 45 98]], sennò il mio [[T:+39 (0)348 901 2233]]. Noi siamo su a [[L:Brunate]], [[A:via Nazario Sauro 7 scala B int. 4]]. el dutur fa le visite a cà? lei fa fatica a scendere in funicolare",
            ),
            (
                "a",
                "Il dott. [[P:Valsecchi]] fa domicilio il {{D:sabato}} mattina, {{$:90 €}}. {{D:Sabato 23}} alle {{TM:9:30}}?",
            ),
            (
                "c",
                "va ben, grazie. ghe sem. [[P:Gianni]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Gianni]], a sabato. Saluti alla signora [[P:Rosa]]. [[P:Paola]]",
            ),
        ],
    },
    # 20. Osteo: yoga teacher proposes a collaboration
    {
        "business": "osteo",
        "platform": "instagram",
        "customer": "martayoga.lario",
        "lang": "it",
        "start": "2024-01-29T14:44:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Marta]] di @[[H:martayoga.lario]], insegno yoga a [[L:Lecco]] e a [[L:Bellagio]]. vi va una collab? io porto le mie allieve, voi fate uno sconto",
            ),
            (
                "a",
                "Ciao [[P:Marta]], bella idea! Ne parlo col dott. [[P:Valsecchi]]. Hai un sito o un portfolio?",
            ),
            (
                "c",
                "tutto qui [[U:linktr.ee/martayoga.lario]] 🧘‍♀️ oppure il mio sito [[U:https://martaguzzetti.example.com]]",
            ),
            (
                "a",
                "Visto, bellissimo. Ti proponiamo il 15% per le tue allieve con il codice {{R:YOGALARIO15}}. Ok?",
            ),
            (
                "c",
                "super! la mia socia [[P:Chen Xiaoyu]] (la chiamano tutti [[P:Sara]]) gestisce le iscrizioni, la taggo: @[[H:sara.chen.yoga]]",
            ),
            (
                "a",
                "Grazie mille [[P:Marta]], e ciao [[P:Sara]]! [[P:Paola]] 🙏",
            ),
        ],
    },
    # 21. Osteo: Indian engineer commuting from Switzerland
    {
        "business": "osteo",
        "platform": "whatsapp",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2024-05-06T18:03:00",
        "messages": [
            (
                "c",
                "Hello, I work in [[L:Lugano]] but live just across the border in [[L:Chiasso]]. Neck pain from the laptop for weeks. Do you accept Swiss health insurance?",
            ),
            (
                "a",
                "Hi! We issue an invoice you can submit to your insurer. Could I have your name and address for it?",
            ),
            (
                "c",
                "[[P:Arjun Mehta]], [[A:Via Livio 9]], [[A:6830]] [[L:Chiasso]], [[L:Switzerland]]. email [[E:arjun.mehta.ch@example.com]]",
            ),
            (
                "a",
                "Thanks [[P:Arjun]]. Earliest slot is {{D:Tuesday 14}} at {{TM:18:40}}.",
            ),
            (
                "c",
                "works. my wife [[P:Divya]] also wants a session, same day if possible? her surname is different: [[P:Divya Krishnan]], spelled [[P:K-R-I-S-H-N-A-N]]",
            ),
            (
                "a",
                "Booked [[P:Divya]] at {{TM:19:30}}. Total {{$:€140}}. See you {{D:Tuesday}}, [[P:Paola]]",
            ),
        ],
    },
    # 22. Osteo: cancellation and refund to an IBAN
    {
        "business": "osteo",
        "platform": "messenger",
        "customer": "Lorenzo Colombo",
        "lang": "it",
        "start": "2024-11-18T21:09:00",
        "messages": [
            (
                "c",
                "buonasera devo disdire l'appuntamento di domani, ho la febbre 🤧. avevo pagato in anticipo {{$:70 €}} con bonifico",
            ),
            (
                "a",
                "Buonasera, mi spiace! Preferisce spostarlo o il rimborso?",
            ),
            (
                "c",
                "rimborso grazie, tanto il mese prox mi trasferisco a [[L:Varese]]. IBAN [[I:IT17 D050 3445 6800 0000 0987 654]] intestato a [[P:Lorenzo Colombo]]",
            ),
            (
                "a",
                "Fatto, arriverà in 2-3 giorni lavorativi. Riferimento {{R:RIMB-0412}}. Guarisca presto sig. [[P:Colombo]]!",
            ),
            (
                "c",
                "grazie, gentilissimi. salutatemi il dottore",
            ),
            (
                "a",
                "Lo farò 😊 [[P:Paola]]",
            ),
        ],
    },
    # 23. Fishing: friends from Palermo, bluefin tuna day (Sicilian)
    {
        "business": "fishing",
        "platform": "whatsapp",
        "customer": "Calogero",
        "lang": "it",
        "start": "2024-06-21T06:50:00",
        "messages": [
            (
                "c",
                "bongiorno capitano, semu 5 amici di [[L:Palermo]], vulemu fari a pisca o tunnu a {{D:settembre}}. quantu costa?",
            ),
            (
                "a",
                "Buongiorno! Sono [[P:Totò]] 🎣 Giornata intera big game {{$:1.200 €}} per la barca, massimo 6 persone. Partenza alle {{TM:5:30}} dal porto. Chi prenota?",
            ),
            (
                "c",
                "iu, [[P:Calogero Schifani]]. u me numeru è [[T:320 44 18 995]]. Ci veni puru me cuggino [[P:Turi]] da [[L:Bagheria]], chiddu ca si scanta du mari 😂",
            ),
            (
                "a",
                "Ahaha lo teniamo a bada a [[P:Turi]]. Caparra {{$:300 €}} su IBAN [[I:IT67A0306927410100000063512]] intestato a [[P:Salvatore Bello]], causale {{R:TB-SETT-14}}.",
            ),
            (
                "c",
                "fattu. mi fai a ricevuta? [[P:Schifani Calogero]], [[A:calata dei Benedettini 6]], [[L:Palermo]]",
            ),
            (
                "a",
                "Ricevuta in arrivo: emessa da [[P:Salvatore Bello]], cf [[CF:BLLSVT66E17L331B]], ditta individuale p.iva [[V:04455660284]]. Ci vediamo al molo, [[P:Totò]]",
            ),
        ],
    },
    # 24. Fishing: American honeymooners, sunset trip
    {
        "business": "fishing",
        "platform": "instagram",
        "customer": "jakefoxoutdoors",
        "lang": "en",
        "start": "2024-05-10T23:15:00",
        "messages": [
            (
                "c",
                "hey! honeymooners here 🥂 staying in [[L:Erice]] end of {{D:May}}, any half-day trips? it's me [[P:Jake]] and my wife [[P:Hope]]",
            ),
            (
                "a",
                "Hey [[P:Jake]], congratulations! Half-day {{PD:Amberjack Jigging}} is {{$:€650}} for two, or the {{PD:Sunset Trolling}} tour {{$:€480}} with aperitivo on board 🍷",
            ),
            (
                "c",
                "sunset sounds amazing. {{D:May 29}}? [[P:hope]] gets seasick tho lol",
            ),
            (
                "a",
                "{{D:May 29}} works, and we keep ginger candies on board for [[P:Hope]] 😉 Full name + phone for the booking?",
            ),
            (
                "c",
                "[[P:Jacob Fox]], [[T:+1 406-555-0193]]. we're from [[L:Bozeman]], [[L:Montana]] haha. can I pay now? amex [[C:3778 123456 78901]]. follow us @[[H:foxandhope.travels]] we'll tag you!",
            ),
            (
                "a",
                "Please no card numbers here 🙏 you pay on board, cash or card. Booked! Ref {{R:TB-0529-SUN}}. Meet at {{TM:17:45}} by the fuel dock near {{W:Torre di Ligny}}. [[P:Ninni]]",
            ),
        ],
    },
    # 25. Fishing: company team building from Marsala
    {
        "business": "fishing",
        "platform": "messenger",
        "customer": "Valentina Ferrara",
        "lang": "it",
        "start": "2024-04-03T10:37:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Valentina Ferrara]], HR di {{B:Officine Meccaniche Lo Presti}} di [[L:Marsala]]. Vorremmo un'uscita di team building per 12 colleghi a {{D:giugno}}",
            ),
            (
                "a",
                "Buongiorno [[P:Valentina]]! Con 12 persone servono 2 barche. {{PD:Pesca & Cous Cous}} mezza giornata con pranzo a bordo, {{$:95 €}} a testa.",
            ),
            (
                "c",
                "ottimo. dati fattura: {{B:Officine Meccaniche Lo Presti}} srl, p.iva [[V:03123120580]], [[A:contrada Bosco 22/A]], [[A:91025]] [[L:Marsala]]. referente amministrazione [[P:Vito Lo Presti]], [[E:v.lopresti@example.it]]",
            ),
            (
                "a",
                "Perfetto. Che data?",
            ),
            (
                "c",
                "{{D:venerdì 20 giugno}}. una collega, [[P:Ioana Munteanu]], è celiaca, e [[P:Vito]] vuole portare il figlio [[P:Gabriele]] se si può",
            ),
            (
                "a",
                "Nessun problema, cous cous senza glutine per [[P:Ioana]] e giubbotto piccolo per [[P:Gabriele]] 👍 Conferma entro {{D:lunedì}}. [[P:Ninni]]",
            ),
        ],
    },
    # 26. Fishing: German agency sending clients
    {
        "business": "fishing",
        "platform": "whatsapp",
        "customer": "Klaus Fischer",
        "lang": "en",
        "start": "2024-08-26T08:12:00",
        "messages": [
            (
                "c",
                "Good morning, I am [[P:Klaus Fischer]] from [[L:Hamburg]]. I run a small fishing tour agency and would like to send 4 clients in {{D:October}}.",
            ),
            (
                "a",
                "Good morning [[P:Klaus]]! With pleasure. For agencies we give 10% commission. Do you need an invoice with VAT number?",
            ),
            (
                "c",
                "Yes please, reverse charge. {{B:Fischer Angelreisen}}, VAT [[V:DE284719361]], [[A:Elbchaussee 312]], [[A:22609]] [[L:Hamburg]]. We pay from [[I:DE44 5001 0517 5407 3249 31]]",
            ),
            (
                "a",
                "Noted. The clients' names please, for the harbour office list.",
            ),
            (
                "c",
                "[[P:Jens Hoffmann]], [[P:Uwe Brandt]], [[P:Petra Brandt]] and [[P:Mustafa Yilmaz]]. [[P:Mustafa]] is vegetarian.",
            ),
            (
                "a",
                "Thanks. Dates {{D:7-8 October}}, {{$:€2,100}} in total. Captain [[P:Totò]] will be with them both days. [[P:Ninni]]",
            ),
            (
                "c",
                "Wunderbar, danke [[P:Ninni]]! Bis {{D:Oktober}}, Grüße an [[P:Totò]].",
                "de",
            ),
        ],
    },
    # 27. Fishing: sunglasses left on the boat, shipped to Catania
    {
        "business": "fishing",
        "platform": "telegram",
        "customer": "Nicolò Marino",
        "lang": "it",
        "start": "2024-07-28T11:41:00",
        "messages": [
            (
                "c",
                "ciao, ieri ero sulla vostra barca col gruppo di [[P:Fabrizio]], ho dimenticato i miei {{B:Ray-Ban}} {{PD:Clubmaster}} 😭",
            ),
            (
                "a",
                "Ciao! Sì, li abbiamo trovati sotto la panca. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Nicolò Marino]], ora sono già a [[L:Catania]]. me li potete spedire? [[A:via Etnea 510 piano 3]], [[A:95128]] [[L:Catania]], c/o [[P:Agata Russo]]",
            ),
            (
                "a",
                "Sì, con {{B:SDA}} sono {{$:9,90 €}}. Ti mando il link per pagare",
            ),
            (
                "c",
                "ok. cell x il corriere [[T:+39.392.004.5561]]",
            ),
            (
                "a",
                "Spediti! Tracking {{TR:3UW1K00482213}}. Ciao, [[P:Ninni]]",
            ),
            (
                "c",
                "grazieeee siete mitici, salutami [[P:Totò]]",
            ),
        ],
    },
    # 28. Fishing: a mother books a kids' birthday trip
    {
        "business": "fishing",
        "platform": "instagram",
        "customer": "ilenia_tp",
        "lang": "it",
        "start": "2024-06-14T15:26:00",
        "messages": [
            (
                "c",
                "ciao! mio figlio [[P:Leonardo]] compie 10 anni ed è fissato con la pesca 🐟 fate uscite x bambini? siamo di [[L:Valderice]]",
            ),
            (
                "a",
                "Ciao! Sì, {{PD:Piccoli Pescatori}}: 2 ore, max 8 bambini, {{$:25 €}} a bimbo, con giubbotti. Quando?",
            ),
            (
                "c",
                "{{D:sabato 6 luglio}} mattina. vengono [[P:Leo]], [[P:Tommy]], [[P:Gioele]], [[P:Rayan]] e la cuginetta [[P:Speranza]]. io sono [[P:Ilenia]], la mamma. [[P:Gioele]] è allergico alle arachidi",
            ),
            (
                "a",
                "Segnato tutto. Serve un adulto accompagnatore ogni 4 bimbi 👍 un numero per la conferma?",
            ),
            (
                "c",
                "[[T:3286610042]] oppure scrivi a mio marito su ig @[[H:dario_piccione_tp]]. dopo si fa la festa a casa, [[A:lungomare Tramontana 41]], se volete passare 🎂",
            ),
            (
                "a",
                "Grazie [[P:Ilenia]]! Buon compleanno a [[P:Leo]] 🎂 [[P:Totò]]",
            ),
        ],
    },
    # 29. Fishing: returning Scottish anglers
    {
        "business": "fishing",
        "platform": "messenger",
        "customer": "Ian MacLeod",
        "lang": "en",
        "start": "2024-02-11T20:18:00",
        "messages": [
            (
                "c",
                "Evening. [[P:Ian MacLeod]] here, we fished with you last year, me and my brother [[P:Rory]]. Same again in {{D:April}}? Do we need a licence?",
            ),
            (
                "a",
                "Ciao [[P:Ian]]! Of course we remember you, the 30kg tuna 😄 No licence needed on a charter, we cover it. {{D:April 15}} or {{D:April 22}}?",
            ),
            (
                "c",
                "22nd please. [[P:Rory]]'s moved, he's in [[L:Inverness]] now, I'm still in [[L:Oban]] at [[A:Kilbride Cottage, 4 Soroba Road]], [[A:PA34 4HX]]. you'll need that for the receipt i suppose",
            ),
            (
                "a",
                "Yes thanks. The deposit can be paid by card at this link: [[U:pay.example-checkout.com/tonnarablu/macleod-ian]]",
            ),
            (
                "c",
                "your link says my address [[IP:2a01:4b00:8f21:1a00::7c]] is not allowed?? tried again on the laptop and it went through, done",
            ),
            (
                "a",
                "Received, sorry about that! Could I have [[P:Rory]]'s email too, for his copy?",
            ),
            (
                "c",
                "[[E:rory.macleod [at] example [dot] scot]]",
            ),
            (
                "a",
                "Perfect. A presto, [[P:Totò]]",
            ),
        ],
    },
    # 30. Cars: Romanian buyer, Panda with financing and trade-in
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Andreea Popescu",
        "lang": "it",
        "start": "2024-03-19T12:11:00",
        "messages": [
            (
                "c",
                "buongiorno, ho visto su {{B:Subito}} la {{B:Fiat}} {{PD:Panda}} grigia del {{D:2017}} a {{$:7.900 €}}, è ancora disponibile?",
            ),
            (
                "a",
                "Buongiorno, sì! 68.000 km, tagliandata. Sono [[P:Davide]] di {{B:AutoSile}}. Vuole venire a provarla?",
            ),
            (
                "c",
                "sì sabato. io sono [[P:Andreea Popescu]], abito a [[L:Mogliano Veneto]]. posso fare il finanziamento? lavoro da {{B:Benetton}} a [[L:Ponzano]]",
            ),
            (
                "a",
                "Certo, con {{B:Findomestic}}. Mi servono codice fiscale, ultima busta paga e un documento.",
            ),
            (
                "c",
                "cf [[CF:PPSNDR93P48Z129J]]. la busta paga la mando a voi per mail dal mio indirizzo [[E:andreea.popescu93@example.com]]. ah il mio compagno [[P:Mihai]] viene con me, lui ha una {{B:Dacia}} {{PD:Logan}} da dare in permuta",
            ),
            (
                "a",
                "Perfetto, valutiamo anche la {{PD:Logan}}. Sabato alle {{TM:10:30}}? [[P:Davide Ferro]]",
            ),
            (
                "c",
                "ok perfetto, a sabato! [[P:Mihai]] dice grazie 😊",
            ),
        ],
    },
    # 31. Cars: a private seller offers his Golf
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Luigi Zanella",
        "lang": "it",
        "start": "2024-09-25T19:47:00",
        "messages": [
            (
                "c",
                "salve vendo la mia {{B:Volkswagen}} {{PD:Golf}} 7 del {{D:2016}}, la comprate? sono [[P:Gigi]], [[P:Luigi Zanella]]. annuncio qui [[U:www.subito.it/auto/golf-7-luigi-zanella-castelfranco-1234567.htm]]",
            ),
            (
                "a",
                "Salve [[P:Luigi]], visto l'annuncio. Quanti km? Possiamo passare noi a vederla.",
            ),
            (
                "c",
                "142 mila km, diesel. sono a [[L:Castelfranco Veneto]], frazione [[L:Salvatronda]], [[A:via Sile 3/c]]. ci sono dopo le {{TM:17}}",
            ),
            (
                "a",
                "{{D:Giovedì}} passa la mia collega [[P:Elisa Trevisan]], il suo numero è [[T:0422 555 019]].",
            ),
            (
                "c",
                "ok. se nn ci sono io c'è mia mamma [[P:Bruna]]. il mio cell [[T:3479902211]]",
            ),
            (
                "a",
                "Perfetto. A giovedì. [[P:Davide]]",
            ),
        ],
    },
    # 32. Cars: Ukrainian haulier buys a Yaris for his wife
    {
        "business": "cars",
        "platform": "telegram",
        "customer": "Taras Bondarenko",
        "lang": "it",
        "start": "2024-02-05T13:30:00",
        "messages": [
            (
                "c",
                "buongiorno, io interessato {{B:Toyota}} {{PD:Yaris}} ibrida. prezzo ultimo? io pago subito bonifico",
            ),
            (
                "a",
                "Buongiorno! La {{PD:Yaris}} è {{$:13.500 €}} con garanzia 12 mesi. Come si chiama?",
            ),
            (
                "c",
                "[[P:Taras Bondarenko]], ditta trasporti a [[L:Oderzo]]. ma macchina è per mia moglie [[P:Olena]]. bonifico da conto rumeno ok? [[I:RO21RNCB0082044617440001]]",
            ),
            (
                "a",
                "Sì, va bene. Per la fattura alla ditta serve la partita IVA.",
            ),
            (
                "c",
                "sorry my italian is bad, I write english: VAT is [[V:01765430978]], company {{B:Bondarenko Trans}}, address [[A:via Postumia 54]], [[A:31046]] [[L:Oderzo]]",
                "en",
            ),
            (
                "a",
                "No problem! Intestiamo l'auto a [[P:Olena Bondarenko]]? Ci serve il suo codice fiscale.",
            ),
            (
                "c",
                "si, lo mando domani. grazie [[P:Davide]]",
            ),
        ],
    },
    # 33. Cars: warranty complaint, the mechanic in Paese
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Nadia Cusin",
        "lang": "it",
        "start": "2024-05-27T17:55:00",
        "messages": [
            (
                "c",
                "buonasera, ho comprato da voi la {{B:Peugeot}} {{PD:208}} a {{D:marzo}}, contratto {{O:AS-2024-0331}}. si è accesa la spia motore. il mio meccanico [[P:Bepi]] dice che è la valvola egr",
            ),
            (
                "a",
                "Buonasera, mi dispiace. È in garanzia. Con chi parlo?",
            ),
            (
                "c",
                "[[P:Nadia Cusin]]. il meccanico è [[P:Giuseppe Bortolato]] della {{B:Officina Bortolato}} a [[L:Paese]], [[T:0422 95 87 41]]",
            ),
            (
                "a",
                "Sig.ra [[P:Cusin]], può farla riparare da loro e paghiamo noi. Mi fa mandare il preventivo da [[P:Bortolato]]?",
            ),
            (
                "c",
                "ok ve lo gira lui, oppure ve lo inoltro io da [[E:nadia.cusin@example.it]]. cmq nn è bello che dopo 2 mesi...",
            ),
            (
                "a",
                "Ha ragione, ci scusiamo. Le offriamo anche il prossimo tagliando gratuito. [[P:Elisa]]",
            ),
        ],
    },
    # 34. Cars: young buyer, financing with his uncle as guarantor
    {
        "business": "cars",
        "platform": "instagram",
        "customer": "youss.bnl",
        "lang": "it",
        "start": "2024-12-09T21:31:00",
        "messages": [
            (
                "c",
                "bro quanto la {{B:BMW}} {{PD:Serie 1}} nera che avete messo nelle storie?",
            ),
            (
                "a",
                "Ciao! {{$:16.900 €}}, {{D:2019}}, 89.000 km. Sei interessato?",
            ),
            (
                "c",
                "si sn [[P:Youssef]], [[P:Youssef Benali]]. sto a [[L:Villorba]]. si può pagare a rate? lavoro da poco in un magazzino a [[L:Silea]]",
            ),
            (
                "a",
                "Sì, con busta paga o un garante. Hai un familiare che può fare da garante?",
            ),
            (
                "c",
                "mio zio [[P:Karim Benali]], ha la pizzeria a [[L:Preganziol]]. il suo ig @[[H:pizzeria_da_karim]], numero [[T:+39 351 776 0218]]. io su fb sono [[U:facebook.com/youssef.benali.33]]",
            ),
            (
                "a",
                "Ok [[P:Youssef]], venite quando volete, siamo aperti anche il {{D:sabato}}. [[P:Davide]]",
            ),
        ],
    },
    # 35. Cars: Alfa delivered to Belluno, card pasted in chat
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Marisa Dal Farra",
        "lang": "it",
        "start": "2024-10-07T09:02:00",
        "messages": [
            (
                "c",
                "buongiorno, la {{B:Alfa Romeo}} {{PD:Giulietta}} bianca è ancora lì? siamo di [[L:Belluno]], non riusciamo a venire",
            ),
            (
                "a",
                "Buongiorno, sì. Possiamo consegnarla noi con la bisarca, {{$:180 €}}. Serve una caparra di {{$:500 €}}.",
            ),
            (
                "c",
                "ok, la carta è [[C:5355 2200 1234 5678]] intestata a mio marito [[P:Renzo Dal Farra]]",
            ),
            (
                "a",
                "Per sicurezza non scriva i dati della carta in chat 🙏 Le mando un link {{B:Nexi}} per il pagamento. Indirizzo di consegna?",
            ),
            (
                "c",
                "[[A:borgo Piave 18]], [[A:32100]] [[L:Belluno]]. io sono [[P:Marisa]]. il pomeriggio c'è mio suocero [[P:Celeste]]",
            ),
            (
                "a",
                "Perfetto sig.ra [[P:Marisa]]. Consegna {{D:martedì 15}}. [[P:Davide Ferro]], {{B:AutoSile}}",
            ),
        ],
    },
    # 36. Cars: ownership transfer, the dealer's own data
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Ivano Tonon",
        "lang": "it",
        "start": "2024-08-01T11:18:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Ivano]] il figlio del sig. [[P:Tonon]] che ha comprato la {{B:Fiat}} {{PD:Tipo}}. x la delega al passaggio in agenzia mi servono i vostri dati",
            ),
            (
                "a",
                "Buongiorno [[P:Ivano]]! Delegato: [[P:Davide Ferro]], cf [[CF:FRRDVD78S02L407D]], per {{B:AutoSile}} srl p.iva [[V:06789010813]].",
            ),
            (
                "c",
                "grazie. mio papà [[P:Silvano Tonon]] abita a [[L:Biancade]] di [[L:Roncade]], [[A:via Principe 4]]",
            ),
            (
                "a",
                "Perfetto, l'agenzia {{B:Pratiche Auto Sile}} vi chiamerà in settimana.",
            ),
            (
                "c",
                "ok. il mio numero [[T:+39 340 119 8823]]. mio papà nn usa whatsapp, la mail è [[E:silvano.tonon chiocciola example.it]]",
            ),
            (
                "a",
                "Ricevuto, grazie [[P:Ivano]]! [[P:Elisa]]",
            ),
        ],
    },
    # 37. Paeds: toddler with fever, mixed Italian-American family
    {
        "business": "paeds",
        "platform": "whatsapp",
        "customer": "Sarah Gallo",
        "lang": "en",
        "start": "2024-11-26T07:35:00",
        "messages": [
            (
                "c",
                "Hi, my son [[P:Leo]] (3) has had a fever of 38.9 since last night. Can Dr [[P:Ricci]] see him today?",
            ),
            (
                "a",
                "Hi! This is [[P:Grace]] at reception. Dr [[P:Anna Ricci]] has a slot at {{TM:12:15}} today. Child's full name and codice fiscale please?",
            ),
            (
                "c",
                "[[P:Leonardo Gallo]], codice fiscale [[CF:GLLLRD21H03F205B]]. I'm his mum, [[P:Sarah Gallo]] ([[P:Sarah Whitfield]] on my passport lol)",
            ),
            (
                "a",
                "Thank you [[P:Sarah]]. Please bring his vaccination booklet. We're two minutes from {{W:Porta Venezia}}, M1 stop.",
            ),
            (
                "c",
                "great. we live in [[L:Città Studi]] so it's quick. my husband [[P:Marco]] will bring him, he's on [[T:+39 349 552 1190]]",
            ),
            (
                "c",
                "Buongiorno, sono [[P:Marco]], il papà di [[P:Leo]]. Siamo in ritardo di 10 minuti, scusate!",
                "it",
            ),
            (
                "a",
                "No problem, see [[P:Leo]] at {{TM:12:30}} then. Get well soon! [[P:Grace]]",
            ),
        ],
    },
    # 38. Paeds: Nigerian family with a newborn
    {
        "business": "paeds",
        "platform": "messenger",
        "customer": "Adaeze Nwosu",
        "lang": "en",
        "start": "2024-01-15T09:48:00",
        "messages": [
            (
                "c",
                "Good morning doctor. I am [[P:Adaeze Nwosu]], my baby girl [[P:Chiamaka]] was born on {{D:12 January}} at the {{B:Mangiagalli}}. We need a paediatrician who speaks English",
            ),
            (
                "a",
                "Congratulations [[P:Adaeze]]! Dr [[P:Ricci]] is taking new patients. The first visit is {{$:€120}}, 45 minutes. Where do you live?",
            ),
            (
                "c",
                "We are in [[L:Sesto San Giovanni]], [[A:via Fratelli Bandiera 221]], 3rd floor. My husband [[P:Obinna]] works nights, so mornings are best",
            ),
            (
                "a",
                "{{D:Thursday 25 January}} at {{TM:9:00}}? Please bring the hospital discharge letter.",
            ),
            (
                "c",
                "Yes. my email is [[E:adaeze.nwosu@example.com]]. my UK number still works too: [[T:+44 (0)7700 900461]]",
            ),
            (
                "a",
                "Booked. Welcome to the world, [[P:Chiamaka]] 💕 [[P:Grace]]",
            ),
        ],
    },
    # 39. Paeds: a father abroad, the nanny brings the child
    {
        "business": "paeds",
        "platform": "instagram",
        "customer": "rohan.iyer",
        "lang": "en",
        "start": "2024-03-27T06:58:00",
        "messages": [
            (
                "c",
                "hi there, my daughter [[P:Ananya]] (6) has a rash on her arms since she came back from school. her teacher, Mrs [[P:Moretti]], says 3 other kids have it",
            ),
            (
                "a",
                "Hi! Could you send a photo here? Dr [[P:Ricci]] will have a look. Does she have a fever?",
            ),
            (
                "c",
                "no fever. photo sent. our nanny [[P:Rocío]] noticed it first, she can bring her in, I'm in [[L:Bangalore]] for work till friday",
            ),
            (
                "a",
                "It could be hand-foot-and-mouth. Dr [[P:Ricci]] can see her {{D:tomorrow}} at {{TM:16:30}}. What's [[P:Rocío]]'s surname for the registration?",
            ),
            (
                "c",
                "[[P:Rocío Vargas Ortiz]], her number [[T:+39 327 884 0022]]. and my wife [[P:Neha]] is @[[H:neha.iyer.mi]] on here if you need her",
            ),
            (
                "a",
                "Thank you [[P:Rohan]], all set. [[P:Grace]]",
            ),
        ],
    },
    # 40. Paeds: vaccination certificate, the neighbour's twins (Italian)
    {
        "business": "paeds",
        "platform": "telegram",
        "customer": "Francesca Villa",
        "lang": "it",
        "start": "2024-08-28T10:20:00",
        "messages": [
            (
                "c",
                "buongiorno, mi serve il certificato vaccinale di [[P:Vittoria]] per l'asilo, entro {{D:venerdì}}. è possibile?",
            ),
            (
                "a",
                "Buongiorno! Sì, lo prepara la dott.ssa [[P:Ricci]]. Mi conferma nome e cognome completi della bimba?",
            ),
            (
                "c",
                "[[P:Vittoria Villa Ghezzi]], doppio cognome. mandatelo a [[E:francesca.villa.ghezzi@example.it]] x favore. ah e la mia vicina [[P:Giovanna]] vorrebbe iscrivere i suoi gemelli da voi",
            ),
            (
                "a",
                "Certo! Come si chiamano i gemelli? E un recapito della signora?",
            ),
            (
                "c",
                "[[P:Pietro]] e [[P:Paolo Cattaneo]], lei è [[P:Giovanna Brivio]], [[T:02 8734 5521]]. abitiamo tutti in [[A:viale Monza 140]], [[L:Gorla]]",
            ),
            (
                "a",
                "Grazie! Certificato inviato. Dite pure a [[P:Giovanna]] di scriverci. Buona giornata, [[P:Grace]]",
            ),
        ],
    },
    # 41. Paeds: Ukrainian mother, video consultation
    {
        "business": "paeds",
        "platform": "whatsapp",
        "customer": "Iryna Shevchenko",
        "lang": "en",
        "start": "2024-02-13T17:06:00",
        "messages": [
            (
                "c",
                "Hello. I am [[P:Iryna Shevchenko]], mother of [[P:Bohdan]] (14) and [[P:Sofiia]] (9). We came from [[L:Kharkiv]] 2 years ago, now we live in [[L:Cinisello Balsamo]]. Can I book the video consultation?",
            ),
            (
                "a",
                "Hello [[P:Iryna]], yes, video consults are {{$:€60}}. You'll get the link by email. What's your email?",
            ),
            (
                "c",
                "[[E:iryna.shevchenko.ua@example.com]]. I tried the link but it says access denied from IP [[IP:93.44.112.9]]",
            ),
            (
                "a",
                "Sorry, our system blocks some VPNs. Try again without VPN, or use this direct room: [[U:https://meet.example-health.eu/room/shevchenko-bohdan]]",
            ),
            (
                "c",
                "now it works. for payment, card [[C:4917-6123-4509-8764]]?",
            ),
            (
                "a",
                "Please never post card numbers in chat, we'll send you a secure link. [[P:Grace]]",
            ),
            (
                "c",
                "ok sorry. my friend [[P:Oksana]] from church recommended you, thank you so much",
            ),
        ],
    },
    # 42. Paeds: British family moving back, letter for the new GP
    {
        "business": "paeds",
        "platform": "messenger",
        "customer": "Charlotte Baker",
        "lang": "en",
        "start": "2024-06-25T14:12:00",
        "messages": [
            (
                "c",
                "Hi, we're moving back to the UK in {{D:August}} and need a summary letter for [[P:Oliver]]'s new GP. He's the one with the nut allergy 🥜",
            ),
            (
                "a",
                "Hi [[P:Charlotte]]! Of course, Dr [[P:Ricci]] can write it in English. Who should it be addressed to?",
            ),
            (
                "c",
                "Dr [[P:Priya Shah]], {{B:Fulwood Surgery}}, [[A:11 Jepson Lane]], [[L:Sheffield]] [[A:S10 3QT]]. We'll be at [[A:Flat 2, 9 Mill Lane]], [[L:Sheffield]] from {{D:September}}",
            ),
            (
                "a",
                "Noted. The letter fee is {{$:€40}}, and we'll refund the {{$:€100}} deposit. Email and account for the refund?",
            ),
            (
                "c",
                "[[E:charlie.baker@example.co.uk]], copy my husband [[P:Will]] pls: [[E:will at example dot co dot uk]]. refund to our UK account [[I:GB42 BARC 2004 1763 8829 15]]",
            ),
            (
                "a",
                "Will do. The letter will be ready {{D:Monday}}. [[P:Grace]] x",
            ),
            (
                "c",
                "thx!! [[P:Olly]] says grazie 😂",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(32, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
