# ruff: noqa: E501
"""Hand-written blind test corpus no. 22 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten22_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a walking-tour guide in Venice, a wine shop in
Montalcino shipping abroad, a sewing-machine repairer in Prato, a thesis print-and-bind copy shop
in Padua, a chauffeur / NCC car service in Como, and a small-town public library in Umbria.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten22_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten22_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "tour": "Calli Nascoste Venice Walking Tours",
    "wine": "Enoteca Poggio delle Ginestre",
    "sewing": "Bardazzi Assistenza Macchine per Cucire",
    "thesis": "TesiLampo Copisteria Portello",
    "ncc": "LarioDrive NCC Como",
    "library": "Biblioteca Comunale Il Chiostro",
}
PAGE_IDS: dict[str, str] = {
    "tour": "522290000000117",
    "wine": "522290000000228",
    "sewing": "522290000000339",
    "thesis": "522290000000440",
    "ncc": "522290000000551",
    "library": "522290000000662",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Tour: Irish family booking a private walk, grandmother with a stick
    {
        "business": "tour",
        "platform": "messenger",
        "customer": "Siobhán Ní Bhriain",
        "lang": "en",
        "start": "2026-04-03T07:12",
        "messages": [
            (
                "c",
                "Hi there! [[P:Siobhan]] here, we're a family of five from [[L:Ballincollig]] coming to [[L:Venice]] on {{D:the 14th of May}}. My mam [[P:Nuala]] is 78 and walks with a stick, is the {{PD:Hidden Cannaregio}} walk ok for her?",
            ),
            (
                "a",
                "Hi [[P:Siobhán]]! Lovely to hear from you. {{PD:Hidden Cannaregio}} is flat apart from six bridges, and we can take it slow. I'm [[P:Marta]], I'd be your guide. Private for 5 is {{$:€260}}.",
            ),
            (
                "c",
                "Grand so. Book us in for {{TM:9.30}}. Names for the list: me, my husband [[P:Donal Ó Briain]], the kids [[P:Aoife]], [[P:Cian]] and mam [[P:Nuala Keane]]. My mobile is [[T:+353 87 614 2093]]",
            ),
            (
                "a",
                "Done, booking {{R:CN-0514-07}}. Meeting point is the {{W:Ponte delle Guglie}} side of the canal, I'll be holding a yellow umbrella. Ciao!",
            ),
            (
                "c",
                "Brilliant. [[P:Donal]] says will there be gelato. Jaysus that man 🙄",
            ),
            ("a", "There is ALWAYS gelato 😄 see you on the 14th, [[P:Marta]]"),
        ],
    },
    # 2. Tour: American couple, payment link and a lost phone
    {
        "business": "tour",
        "platform": "instagram",
        "customer": "Brooke Whitfield-Hale",
        "lang": "en",
        "start": "2026-04-05T15:40",
        "messages": [
            (
                "c",
                "hey!! saw your reel about the {{PD:Ghost Stories of Castello}} night tour 👻 is it ok for 2 adults on {{D:Sept 2}}? we're staying in [[L:Lido]] tho",
            ),
            (
                "a",
                "Hi [[P:Brooke]]! Yes we have spots on {{D:2 September}} at {{TM:8pm}}. From the [[L:Lido]] take line 1 to [[L:Arsenale]], 20 mins. Can I have full names + a phone for the day?",
            ),
            (
                "c",
                "[[P:Brooke Whitfield-Hale]] and [[P:Tanner Hale]] (my husband, he's scared of everything lol). Phone [[T:(617) 555-0148]]. also I'm @[[H:brookewanders]] if you wanna tag us",
            ),
            (
                "a",
                "Perfect. Here's your payment link: [[U:https://pay.callinascoste.it/r/whitfield-hale-0209]] ({{$:$118}} for two). Grazie!",
            ),
            (
                "c",
                "paid! ps my sister [[P:Kenzie]] might join, her cell is [[T:+1 312 555 0199]], she'll text you",
            ),
            ("a", "Great, I'll keep one seat for [[P:Kenzie]] until {{D:Aug 25}}."),
        ],
    },
    # 3. Tour: Scottish school teacher group, invoice
    {
        "business": "tour",
        "platform": "messenger",
        "customer": "Fiona MacAskill",
        "lang": "en",
        "start": "2026-04-09T10:05",
        "messages": [
            (
                "c",
                "Good morning. I'm organising a wee trip for 12 colleagues from a school in [[L:Kirkcaldy]], {{D:October 20th}}. Do ye do group rates? Cheers, [[P:Fiona MacAskill]]",
            ),
            (
                "a",
                "Dear [[P:Fiona]], yes: 12 people on the {{PD:Doge's Secret Venice}} walk is {{$:€28}} each. Shall I send an invoice?",
            ),
            (
                "c",
                "Aye please, to the school bursar Mr [[P:Alasdair Rennie]], e-mail [[E:a.rennie@kirkcaldyhigh-staff.org.uk]]. Address is [[A:14 Balwearie Gardens]], [[L:Kirkcaldy]] KY2 5LX",
            ),
            (
                "a",
                "Invoice sent, ref {{R:INV-2026-0311}}. Our guide that day will be [[P:Gianluca]].",
            ),
            (
                "c",
                "Och wonderful. One of us, [[P:Morag]], is a wheelchair user, is that a problem?",
            ),
            (
                "a",
                "Not at all, [[P:Gianluca]] will plan a route without steps. Ask [[P:Morag]] to call him on [[T:+39 347 882 1906]] if she wants to check anything.",
            ),
        ],
    },
    # 4. Tour: Italian customer, gift voucher for his parents (Italian)
    {
        "business": "tour",
        "platform": "whatsapp",
        "customer": "Nicolò Zanetti",
        "lang": "it",
        "start": "2026-04-12T18:22",
        "messages": [
            (
                "c",
                "Buonasera, vorrei regalare ai miei genitori il tour in italiano del sestiere, per il loro anniversario. Sono di [[L:Mestre]] ma non conoscono per niente [[L:Dorsoduro]] 😅",
            ),
            (
                "a",
                "Che bella idea! Il buono regalo costa {{$:90 euro}} per due. A chi lo intestiamo?",
            ),
            (
                "c",
                "A [[P:Franco]] e [[P:Liliana Zanetti]]. Mandatelo a mia madre, [[E:lili.zanetti56@libero.it]], ma SENZA dirle niente prima eh",
            ),
            (
                "a",
                "Promesso 🤐 Codice buono {{R:GIFT-DD-4471}}, valido fino al {{D:31/12}}. Pagamento con bonifico a [[I:IT69X0306905020100000004821]] causale il codice.",
            ),
            ("c", "fatto. grazie mille [[P:Marta]] siete gentilissimi"),
        ],
    },
    # 5. Tour: English tourist lost her bag, cafe, police
    {
        "business": "tour",
        "platform": "whatsapp",
        "customer": "Harriet Pemberton-Lowe",
        "lang": "en",
        "start": "2026-04-18T13:55",
        "messages": [
            (
                "c",
                "HELP. I think I left my handbag at the cafe where we stopped this morning on the tour with [[P:Gianluca]]?? It had my passport!!",
            ),
            (
                "a",
                "Hi [[P:Harriet]], don't panic, it was Caffè {{W:Rosa Bianca}}? I'm calling them now.",
            ),
            (
                "c",
                "yes I think so, the one by the big church. The bag is brown, {{B:Radley}}, with a little dog on it",
            ),
            (
                "a",
                "They have it!! The owner, signora [[P:Bortoluzzi]], kept it behind the till. She closes at {{TM:19:00}}.",
            ),
            (
                "c",
                "Oh thank god. My partner [[P:Rupert]] will run over now. You are an angel, tell [[P:Gianluca]] a million thanks xx",
            ),
        ],
    },
    # 6. Tour: American solo traveller, accessibility + hotel address
    {
        "business": "tour",
        "platform": "messenger",
        "customer": "Deshawn Okafor",
        "lang": "en",
        "start": "2026-04-21T09:30",
        "messages": [
            (
                "c",
                "Hey, [[P:Deshawn Okafor]] from [[L:Atlanta]]. I wanna do the {{PD:Venice at Dawn}} photo walk. I'm staying at an apartment at [[A:Fondamenta della Sensa 3321]], can your guide meet me there?",
            ),
            (
                "a",
                "Hi [[P:Deshawn]], yes, the dawn walk starts nearby anyway. Which date?",
            ),
            (
                "c",
                "{{D:May 3}}. also my buddy [[P:Chidi]] wants in, he's flying in from [[L:Lagos]] the day before. His email [[E:chidi.nwankwo.photo@gmail.com]]",
            ),
            (
                "a",
                "Booked you both for {{TM:5:45am}}, ref {{R:DAWN-0503-2}}. Your guide is [[P:Elisa Trevisan]], she's a photographer too.",
            ),
            ("c", "dope 🔥 thanks"),
        ],
    },
    # 7. Tour: complaint from a Dubliner, refund by card
    {
        "business": "tour",
        "platform": "messenger",
        "customer": "Ciarán Dunphy",
        "lang": "en",
        "start": "2026-04-27T20:10",
        "messages": [
            (
                "c",
                "Lads, we booked the {{D:Saturday}} tour and the guide never showed. Stood there like eejits for 40 mins at the bridge. Not happy.",
            ),
            (
                "a",
                "[[P:Ciarán]], I'm so sorry. There was a mix-up with the meeting point, our guide [[P:Tommaso]] was waiting at the other side. We'll refund in full.",
            ),
            (
                "c",
                "Fair enough. Refund it to the card I paid with, ends in 5210. Or actually the full thing is [[C:4539 1200 3874 5210]] if ye need it",
            ),
            (
                "a",
                "Please don't send full card numbers here! We don't need it, the refund of {{$:€150}} goes back automatically in 5-7 days.",
            ),
            (
                "c",
                "grand. tell [[P:Tommaso]] no hard feelings, me and [[P:Declan]] got pints instead 🍺",
            ),
        ],
    },
    # 8. Wine: London customer shipping Brunello
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "Oliver Tremayne",
        "lang": "en",
        "start": "2026-03-11T11:00",
        "messages": [
            (
                "c",
                "Hello, can you ship 6 bottles of the {{PD:Brunello di Montalcino 2019}} to the UK? Duties etc included?",
            ),
            (
                "a",
                "Hi [[P:Oliver]], yes, DDP shipping to UK is {{$:€65}} for 6 bottles, duties included. Can I have your delivery address?",
            ),
            (
                "c",
                "[[P:Oliver Tremayne]], [[A:Flat 4, 22 Alwyne Villas]], [[L:Islington]], [[L:London]] N1 2HG. Phone [[T:07700 900461]]",
            ),
            (
                "a",
                "Thank you. Order {{O:PG-20931}} confirmed, you'll get a {{B:DHL}} tracking code tomorrow. Saluti from [[P:Beatrice]] at the enoteca",
            ),
            (
                "c",
                "Lovely. If I'm out, leave it with my neighbour Mrs [[P:Adebayo]] at number 22A",
            ),
            (
                "a",
                "Noted! Tracking is {{TR:JD014600009876543210}}. Cheers!",
            ),
        ],
    },
    # 9. Wine: Swiss-Italian client, company purchase with P.IVA (Italian)
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Ristorante Da Gigi - Lugano",
        "lang": "it",
        "start": "2026-03-14T09:15",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Luigi Cattaneo]] del ristorante, ci servono 24 bottiglie di {{PD:Rosso di Montalcino}} e 12 di {{PD:Moscadello}} per la sede italiana di [[L:Campione d'Italia]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Cattaneo]], certo. Per la fattura mi serve ragione sociale e partita IVA.",
            ),
            (
                "c",
                "{{B:Cattaneo Ristorazione srl}}, P.IVA [[V:04188261004]], sede in [[A:via Totone 7]], [[L:Campione d'Italia]]. Mail fatture [[E:amministrazione@cattaneoristorazione.it]]",
            ),
            (
                "a",
                "Perfetto. Totale {{$:€812,40}} IVA inclusa, ordine {{O:PG-20977}}. Consegna con il nostro furgone {{D:giovedì 19}}, guida [[P:Ettore]].",
            ),
            (
                "c",
                "Ok. Se non ci sono io chiedete del mio socio [[P:Gigi]] junior, [[T:+41 79 482 11 06]]",
            ),
        ],
    },
    # 10. Wine: Chinese customer in Shanghai via Italian friend, mixed
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Zhou Meiling",
        "lang": "en",
        "start": "2026-03-20T02:40",
        "messages": [
            (
                "c",
                "Hello, my Italian friend [[P:Paola Sarti]] from [[L:Siena]] recommend your shop. I want to send wine gift to my father in [[L:Hangzhou]], possible?",
            ),
            (
                "a",
                "Hello! Yes, we ship to China with a licensed importer. Which wine do you like? The {{PD:Brunello Riserva 2016}} is our best gift.",
            ),
            (
                "c",
                "ok 2 bottles Riserva. father name [[P:Zhou Jianguo]], phone [[T:+86 138 0571 2264]]. I pay with card [[C:5374-8001-6243-0987]]",
            ),
            (
                "a",
                "Thank you [[P:Meiling]], but please delete the card number from the chat, I'll send you a secure link instead: {{$:€240}} + shipping.",
            ),
            ("c", "sorry sorry 🙏 ok send link"),
            (
                "a",
                "Ecco il link: [[U:https://enotecapoggio.it/checkout/guest/zhou-meiling-7c2e]] 🍷",
                "it",
            ),
        ],
    },
    # 11. Wine: Italian retiree, regalo Natale (Italian)
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Graziella Fiore",
        "lang": "it",
        "start": "2026-03-22T16:30",
        "messages": [
            (
                "c",
                "BUONASERA VOLEVO SAPERE SE MANDATE IL VINO ANCHE IN GERMANIA A MIO FIGLIO [[P:PIERPAOLO]] CHE ABITA A [[L:MONACO]]",
            ),
            (
                "a",
                "Buonasera signora [[P:Fiore]]! Sì, spediamo in Germania in 4-5 giorni. Mi dà l'indirizzo di suo figlio?",
            ),
            (
                "c",
                "[[P:PIERPAOLO FIORE]] [[A:LEOPOLDSTRASSE 118]] 80802 [[L:MÜNCHEN]]. IL TELEFONO LO SA MIA NUORA [[P:KATRIN]] CHE È TEDESCA, VE LO MANDO DOPO",
            ),
            (
                "a",
                "Perfetto, intanto le preparo 3 bottiglie di {{PD:Brunello}} e un {{PD:Grappa di Brunello}} confezione regalo, {{$:€178}}.",
            ),
            ("c", "ECCO IL NUMERO DI [[P:KATRIN]] [[T:0049 171 5538204]] GRAZIE TANTE"),
            ("a", "Grazie a lei! Buone feste a tutta la famiglia, [[P:Beatrice]]"),
        ],
    },
    # 12. Wine: US importer inquiry, with VAT and IBAN (bank details of winery)
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Grace Delacroix-Byrne",
        "lang": "en",
        "start": "2026-03-27T14:05",
        "messages": [
            (
                "c",
                "Hi, I run a small wine bar in [[L:Asheville]], NC. Would you consider selling us 5 cases of Rosso wholesale? I'm [[P:Grace Delacroix-Byrne]], owner.",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Happy to. Our wholesale price is {{$:€11.50}} a bottle ex-cellar. For US we work through an importer, [[P:Matt Hollister]] at {{B:Hollister Selections}}, [[E:matt@hollisterselections.com]].",
            ),
            (
                "c",
                "I know [[P:Matt]]! ok I'll loop him in. Can you send me your company details for my accountant [[P:Hope Ramirez]]?",
            ),
            (
                "a",
                "Sure: Poggio delle Ginestre soc. agr., P.IVA [[V:IT02338710482]], IBAN [[I:IT89 K050 3411 7010 0000 0772 390]]. Contact [[P:Beatrice Ciacci]], [[T:0577 846 213]].",
            ),
            (
                "c",
                "perfect thx. PS my Insta is @[[H:gracepourswine]] if you want to repost us 😊",
            ),
        ],
    },
    # 13. Wine: Belgian customer, broken bottle (English with bits of Italian)
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "Wout Verhaegen",
        "lang": "en",
        "start": "2026-04-02T08:50",
        "messages": [
            (
                "c",
                "Buongiorno! Order {{O:PG-21044}} arrived in [[L:Leuven]] but one bottle was broken 😢 the box is all red",
            ),
            (
                "a",
                "Oh no [[P:Wout]]! Can you send a photo of the box and the label? We'll reship it for free.",
            ),
            (
                "c",
                "sent. The courier guy, [[P:Jef]], said he saw it fall from the van lol. Please send the new one to my work: [[A:Naamsestraat 61]], [[L:Leuven]], c/o [[P:Lotte Peeters]]",
            ),
            (
                "a",
                "Reshipped, tracking {{TR:1Z999AA10123456784}}. Sorry again, grazie for your patience!",
            ),
        ],
    },
    # 14. Wine: Italian sommelier student, visit + tasting (Italian)
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Vale Montagnani",
        "lang": "it",
        "start": "2026-04-06T19:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:valentina]], studio al corso AIS di [[L:Grosseto]]. possiamo venire in 6 a fare degustazione sabato prossimo?",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Sabato alle {{TM:11}} va benissimo, degustazione con tagliere {{$:25€}} a testa.",
            ),
            (
                "c",
                "top!! siamo io, [[P:Fede]], [[P:Lorenzo Bellandi]], [[P:Sole]], [[P:Giò]] e la prof [[P:Mancini]]. arriviamo da [[L:Roccastrada]] in macchina",
            ),
            (
                "a",
                "Perfetto, prenotazione {{R:DEG-0411}}. Vi aspetta [[P:Ettore]], il nostro cantiniere 🍇",
            ),
            ("c", "grazie mille ❤️ [[P:vale]]"),
        ],
    },
    # 15. Sewing: Chinese-Italian confezione in Prato, industrial machine (Italian)
    {
        "business": "sewing",
        "platform": "whatsapp",
        "customer": "Chen Wei",
        "lang": "it",
        "start": "2026-02-09T07:45",
        "messages": [
            (
                "c",
                "buongiorno signor [[P:Bardazzi]], io [[P:Chen]] di laboratorio in [[A:via Pistoiese 412]]. macchina {{B:Juki}} taglia-cuci non va più, fa rumore tipo tac tac tac",
            ),
            (
                "a",
                "Buongiorno [[P:Chen]], è la {{PD:MO-6814S}}? Probabilmente il crochet. Passo io oggi pomeriggio verso le {{TM:15}}.",
            ),
            (
                "c",
                "si quella. se io non ci sono c'è mia moglie [[P:Lin Xiaoyan]] o il ragazzo [[P:Hu Jun]]. fattura a nome mio, codice fiscale [[CF:CHNWEI99H21G999V]]",
            ),
            (
                "a",
                "Ok. Per la fattura mi serve anche l'indirizzo della ditta se è diverso.",
            ),
            (
                "c",
                "ditta è Confezioni Stella Rossa di [[P:Chen Wei]], [[A:via Galcianese 88/C]] [[L:Prato]], partita iva [[V:07392150541]]",
            ),
            (
                "a",
                "Perfetto, a dopo. Porto anche l'ago di ricambio. [[P:Sandro]]",
            ),
        ],
    },
    # 16. Sewing: retiree with her mother's old Singer (Italian, no accents, dialect)
    {
        "business": "sewing",
        "platform": "messenger",
        "customer": "Loredana Guasti",
        "lang": "it",
        "start": "2026-02-12T10:20",
        "messages": [
            (
                "c",
                "buongiorno, ho la {{B:Singer}} a pedale della mi' mamma bonanima, la [[P:Ida]], che la usava per fa' i grembiuli. si puo' rimettere a posto? e' ferma da anni",
            ),
            (
                "a",
                "Buongiorno signora! Le {{B:Singer}} a pedale si rimettono quasi sempre. Me la porta in laboratorio in [[A:via del Purgatorio 9]]?",
            ),
            (
                "c",
                "io un ce la fo a portalla l'e' pesa. me la viene a prende mi' genero [[P:Massimo]], o il mi' nipote [[P:Tommi]] che c'ha il furgone",
            ),
            (
                "a",
                "Va benissimo. Preventivo pulizia e cinghia nuova circa {{$:70 euro}}. Mi lascia un numero?",
            ),
            (
                "c",
                "[[T:0574 60 47 13]] casa, se un rispondo chiamate la [[P:Rosanna]] la vicina [[T:338-4471902]]. abito a [[L:Vaiano]]",
            ),
            ("a", "Grazie signora [[P:Guasti]], a presto!"),
        ],
    },
    # 17. Sewing: fashion student, embroidery machine (Italian/English mix)
    {
        "business": "sewing",
        "platform": "instagram",
        "customer": "Ludo ✂️ atelier",
        "lang": "it",
        "start": "2026-02-18T21:10",
        "messages": [
            (
                "c",
                "ciaooo la mia {{B:Brother}} da ricamo mi da errore E6 da ieri 😭 ho la consegna del progetto per la fashion week studentesca venerdi",
            ),
            (
                "a",
                "Ciao! E6 di solito è il sensore del telaio. Portala in mattinata, la guardo subito. Nome?",
            ),
            (
                "c",
                "[[P:Ludovica Parenti]], mi trovi anche come @[[H:ludo.cuce]]. vengo con la mia coinquilina [[P:Bianca]] che ha la macchina 🚗",
            ),
            (
                "a",
                "Ok [[P:Ludovica]], scheda {{R:RIP-0218-03}}. Se è il sensore sono {{$:45€}} più pezzo.",
            ),
            (
                "c",
                "omg thank you sooo much you're a lifesaver 🙏 ci vediamo domani",
                "en",
            ),
        ],
    },
    # 18. Sewing: Pakistani-Italian tailor asking for a used machine, bank transfer
    {
        "business": "sewing",
        "platform": "whatsapp",
        "customer": "Imran Sartoria",
        "lang": "it",
        "start": "2026-02-24T12:00",
        "messages": [
            (
                "c",
                "Salve sono [[P:Imran Qureshi]] ho sartoria in [[L:Macrolotto]]. Avete macchina lineare usata tipo {{B:Pfaff}} o {{B:Durkopp}}?",
            ),
            (
                "a",
                "Salve [[P:Imran]], ho una {{PD:Pfaff 463}} revisionata a {{$:380€}} con garanzia 6 mesi.",
            ),
            ("c", "ok la prendo. come pago"),
            (
                "a",
                "Bonifico a [[P:Bardazzi Sandro]], IBAN [[I:IT51M0200803284000105733921]], causale 'Pfaff 463 [[P:Qureshi]]'. Oppure contanti al ritiro.",
            ),
            (
                "c",
                "faccio bonifico. viene a ritirare mio cugino [[P:Faisal]], numero suo [[T:+39 327 5519 084]]",
            ),
        ],
    },
    # 19. Sewing: Moroccan-Italian customer, home visit (Italian)
    {
        "business": "sewing",
        "platform": "whatsapp",
        "customer": "Khadija El Amrani",
        "lang": "it",
        "start": "2026-03-03T17:35",
        "messages": [
            (
                "c",
                "Buonasera, la mia macchina {{B:Necchi}} si inceppa il filo sotto sempre. Mio figlio [[P:Yassine]] dice che è la bobina. Venite a casa?",
            ),
            (
                "a",
                "Buonasera signora! Sì, a domicilio {{$:30€}} di uscita. Dove abita?",
            ),
            (
                "c",
                "[[A:via Roma 215]] scala B, [[L:Coiano]]. Citofono [[P:El Amrani]]. Se non rispondo sul cellulare chiamare mia figlia [[P:Salma]] [[T:351 208 7736]]",
            ),
            (
                "a",
                "Perfetto, passo giovedì alle {{TM:18}}. Le ricordo di tenere a portata le bobine che ha.",
            ),
            ("c", "grazie mille signor [[P:Sandro]], Allah ti benedica"),
        ],
    },
    # 20. Sewing: overlock for a theatre costume shop, email + VAT (Italian)
    {
        "business": "sewing",
        "platform": "messenger",
        "customer": "Costumeria Teatro Metastasio",
        "lang": "it",
        "start": "2026-03-09T09:05",
        "messages": [
            (
                "c",
                "Buongiorno, qui [[P:Carla]] della costumeria. Abbiamo tre macchine da revisionare prima della stagione estiva. Potete venire a vederle?",
            ),
            (
                "a",
                "Buongiorno [[P:Carla]], certo. Posso lunedì {{D:16 marzo}}. Per il preventivo a chi intesto?",
            ),
            (
                "c",
                "Intestate alla cooperativa, P.IVA [[V:02338710482]]. Mandate il preventivo a [[E:costumi.carla.bini@teatroscena-coop.it]], in copia il direttore dott. [[P:Fabbri]]",
            ),
            (
                "a",
                "Preventivo {{R:PREV-26-031}} inviato. A lunedì!",
            ),
        ],
    },
    # 21. Sewing: English expat in Chianti, machine shipped by courier
    {
        "business": "sewing",
        "platform": "messenger",
        "customer": "Penny Lockhart",
        "lang": "en",
        "start": "2026-03-15T14:45",
        "messages": [
            (
                "c",
                "Hello! Do you speak English? My old {{B:Bernina}} 830 needs a service, I live near [[L:Greve in Chianti]] so quite far from [[L:Prato]]",
            ),
            (
                "a",
                "Hello [[P:Penny]], yes a little 🙂 You can send it with courier, we do the service and send back. About {{$:€90}}.",
            ),
            (
                "c",
                "Wonderful. Pick-up address: [[P:Penelope Lockhart]], [[A:Podere Le Case 4]], loc. [[L:Lucolena]]. My husband [[P:Mark]]'s phone is best, [[T:+44 7911 123456]]",
            ),
            (
                "a",
                "Ok! Courier will come {{D:Wednesday}}, shipment {{TR:BRT 0579 3318 2204}}.",
            ),
        ],
    },
    # 22. Thesis: panicking student, deadline tomorrow (Italian slang)
    {
        "business": "thesis",
        "platform": "instagram",
        "customer": "giulia.lmbrd",
        "lang": "it",
        "start": "2026-03-02T23:48",
        "messages": [
            (
                "c",
                "RAGAZZI AIUTO 😭😭 devo consegnare la tesi in segreteria domani alle 12 e non ho ancora stampato nulla. fate in tempo??",
            ),
            (
                "a",
                "Ciao! Tranquilla, apriamo alle {{TM:8:30}}. Mandaci il pdf stanotte e alle {{TM:10}} è pronta. Rilegatura rigida o termica?",
            ),
            (
                "c",
                "rigida blu con scritte oro. 2 copie. sono [[P:Giulia Lombardi]], la mail è [[E:giulia.lombardi.3@studenti.unipd.it]]",
            ),
            (
                "a",
                "Ricevuto [[P:Giulia]], ordine {{O:TL-5582}}, {{$:€64}} totale. Per la ricevuta ci serve il codice fiscale.",
            ),
            ("c", "[[CF:LMBGLI01M52G224I]] grazie raga siete dei grandi 🫶"),
            (
                "c",
                "ah ritira mio fratello [[P:Ste]] che io sono in segreteria, si chiama [[P:Stefano]] uguale cognome",
            ),
            ("a", "Perfetto, a domani! 💪 [[P:Ale]] di {{B:TesiLampo}}"),
        ],
    },
    # 23. Thesis: mother organising graduation party + print of a poster (Italian)
    {
        "business": "thesis",
        "platform": "whatsapp",
        "customer": "Mamma Rosa 🌹",
        "lang": "it",
        "start": "2026-03-06T09:10",
        "messages": [
            (
                "c",
                "Buongiorno, volevo fare il cartellone di laurea per mio figlio [[P:Angelo]] con le foto imbarazzanti, quello lungo 2 metri. Laurea il {{D:27 marzo}} in Ingegneria al {{W:Bo}}",
            ),
            (
                "a",
                "Buongiorno! Certo, il papiro lo facciamo in {{$:35€}} su carta da 100 grammi. Ci manda foto e testo?",
            ),
            (
                "c",
                "vi mando tutto via mail da [[E:rosa.scarpa.pd@alice.it]]. Scrivete 'dottor [[P:Angelo Scarpa]]' grande e sotto 'da [[L:Piove di Sacco]] al mondo'. le foto le ha fatte la zia [[P:Ornella]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Scarpa]]. Pronto per il {{D:25}}, codice {{R:PAP-0325-11}}.",
            ),
            (
                "c",
                "Grazie. Ah, il ragazzo ha la fidanzata [[P:Fortunata]], mettete anche una foto di loro due? c'è quella al mare di [[L:Sottomarina]]",
            ),
            ("a", "Certo, la mettiamo in fondo ❤️"),
        ],
    },
    # 24. Thesis: Erasmus student, English, printing and shipping one copy home
    {
        "business": "thesis",
        "platform": "messenger",
        "customer": "Anaïs Lefebvre",
        "lang": "en",
        "start": "2026-03-10T15:20",
        "messages": [
            (
                "c",
                "Hi! I'm an Erasmus student, my supervisor prof. [[P:Dalla Costa]] wants a printed copy of my master thesis. Can you also ship one copy to my parents in [[L:Lyon]]?",
            ),
            (
                "a",
                "Hi [[P:Anaïs]]! Yes, printing + hardcover {{$:€32}}, shipping to France {{$:€18}}. Send us the address.",
            ),
            (
                "c",
                "[[P:Michel]] et [[P:Sylvie Lefebvre]], [[A:12 rue Sainte-Catherine]], 69001 [[L:Lyon]]. Tel [[T:+33 6 47 21 83 09]]",
            ),
            (
                "a",
                "Done, order {{O:TL-5619}}. Pay here: [[U:https://tesilampo.it/pay/lefebvre-anais-5619]]",
            ),
            (
                "c",
                "merci!! 🙏 and can my friend [[P:Ioana]] pick up my copy? I'm in [[L:Venice]] that day",
            ),
            (
                "a",
                "Sure, just tell [[P:Ioana]] to bring a photo of your ID 🙂",
            ),
        ],
    },
    # 25. Thesis: male student, file problems, all lowercase no accents (Italian)
    {
        "business": "thesis",
        "platform": "whatsapp",
        "customer": "Matte",
        "lang": "it",
        "start": "2026-03-12T13:02",
        "messages": [
            (
                "c",
                "ciao sono [[P:matteo de rossi]] ti ho mandato la tesi ma il pdf e rovinato, le formule non si vedono perche ho usato un font strano",
            ),
            (
                "a",
                "Ciao [[P:Matteo]], sì, il font {{PD:Cambria Math}} non era incorporato. Riesporta da Word con 'incorpora caratteri' e rimanda.",
            ),
            (
                "c",
                "fatto. se non va ancora ti chiama il mio relatore lol no scherzo. ti chiama la mia ragazza [[P:Chiara]] che e piu brava di me col pc, [[T:3495512087]]",
            ),
            ("a", "Ora va 👍 ritiro da domani dopo le {{TM:14}}."),
            (
                "c",
                "grazie bro. mi servirebbe anche la fattura per la borsa di studio ESU, a nome di mio padre [[P:Roberto De Rossi]] [[A:via Facciolati 31]] [[L:Padova]]",
            ),
        ],
    },
    # 26. Thesis: Chinese student in Padua, mixed Italian/English
    {
        "business": "thesis",
        "platform": "messenger",
        "customer": "Xu Yiran",
        "lang": "it",
        "start": "2026-03-16T11:15",
        "messages": [
            (
                "c",
                "Buongiorno, io [[P:Xu Yiran]], studentessa di Farmacia. Tesi 180 pagine a colori, quanto costa? my Italian not very good sorry",
            ),
            (
                "a",
                "Ciao [[P:Yiran]]! A colori sono {{$:0,25€}} a pagina, quindi {{$:45€}} + rilegatura {{$:15€}}. No problem, we can write in English too 🙂",
            ),
            (
                "c",
                "ok thank you! I come with my roommate [[P:Wang Lu]] tomorrow morning. She also need print, her thesis is with prof [[P:Bertazzo]]",
                "en",
            ),
            (
                "a",
                "Perfect! We are in [[L:Portello]], near the bridge. See you 🙏",
                "en",
            ),
        ],
    },
    # 27. Thesis: professor ordering copies for the department, VAT (Italian)
    {
        "business": "thesis",
        "platform": "messenger",
        "customer": "Prof. Gianpaolo Menegazzo",
        "lang": "it",
        "start": "2026-03-19T08:30",
        "messages": [
            (
                "c",
                "Buongiorno, sono il prof. [[P:Menegazzo]]. Avrei bisogno di 40 copie degli atti del convegno, rilegatura a spirale. Paga il dipartimento.",
            ),
            (
                "a",
                "Buongiorno professore. Mi servono i dati di fatturazione elettronica del dipartimento.",
            ),
            (
                "c",
                "Le scrive la segretaria, dott.ssa [[P:Nicoletta Favaro]], da [[E:nicoletta.favaro@dipartimento-unipd.example.it]]. Il referente è il collega [[P:Bill Pertile]]",
            ),
            (
                "a",
                "Perfetto, preventivo {{R:PREV-TL-0419}} pronto entro oggi. Buona giornata!",
            ),
        ],
    },
    # 28. Thesis: student couple, Moroccan-Italian, graduation bouquet + gift (Italian)
    {
        "business": "thesis",
        "platform": "instagram",
        "customer": "yousra_b",
        "lang": "it",
        "start": "2026-03-24T18:40",
        "messages": [
            (
                "c",
                "ciaoo avete anche le pergamene per la laurea? la mia amica [[P:Imane]] si laurea venerdì e le vogliamo fare una sorpresa con [[P:Hamza]] e [[P:Nour]]",
            ),
            (
                "a",
                "Ciao! Sì, pergamena personalizzata {{$:12€}}. Che nome e che corso?",
            ),
            (
                "c",
                "'[[P:Imane Bouazza]] - Scienze dell'Educazione - la prima dottoressa di [[L:Cittadella]] che non sa cucinare' 😂 io sono [[P:Yousra Benali]], pago io, tel [[T:+39 366 412 9087]]",
            ),
            ("a", "Hahah perfetta 😂 pronta giovedì, codice {{R:PERG-0327}}"),
            (
                "c",
                "siete i migliori, vi tagga [[P:Nour]] nelle storie, lei è @[[H:nour.in.padova]]",
            ),
        ],
    },
    # 29. NCC: American executive, Malpensa to Bellagio hotel
    {
        "business": "ncc",
        "platform": "whatsapp",
        "customer": "Bradley Kowalczyk",
        "lang": "en",
        "start": "2026-05-04T06:15",
        "messages": [
            (
                "c",
                "Hi, need a transfer from Malpensa to the Grand Hotel in [[L:Bellagio]] for 3 pax, flight {{R:DL 184}} from JFK landing {{TM:8:05}} on {{D:May 12}}.",
            ),
            (
                "a",
                "Good morning Mr [[P:Kowalczyk]], confirmed: Mercedes V-Class, {{$:€290}}. Driver [[P:Davide]] will wait in arrivals with a sign.",
            ),
            (
                "c",
                "Great. Passengers are me, [[P:Bradley Kowalczyk]], my colleague [[P:Priya Raman]] and our client [[P:Joy Whitaker]]. Put [[P:Joy]]'s name on the sign, she's VIP lol",
            ),
            (
                "a",
                "Will do, sign for Ms [[P:Whitaker]]. [[P:Davide]]'s number: [[T:+39 335 604 7781]]. Booking {{R:LD-0512-03}}.",
            ),
            (
                "c",
                "Also please invoice my company, send to [[E:bkowalczyk@northfieldcap.example.com]]",
            ),
            (
                "a",
                "Sure. Card for the deposit please via our secure page: [[U:https://lariodrive.it/deposit/kowalczyk-0512]]",
            ),
            ("c", "done 👍"),
        ],
    },
    # 30. NCC: Italian wedding guest transfers (Italian)
    {
        "business": "ncc",
        "platform": "whatsapp",
        "customer": "Serena Porta",
        "lang": "it",
        "start": "2026-05-06T12:40",
        "messages": [
            (
                "c",
                "Buongiorno, mi sposo il {{D:20 giugno}} a {{W:Villa del Balbianello}} e ci servono due auto per gli sposi e i testimoni da [[L:Cernobbio]] a [[L:Lenno]]",
            ),
            (
                "a",
                "Auguri!! Due berline nere con nastro bianco, {{$:480€}} in tutto. Da dove partite esattamente?",
            ),
            (
                "c",
                "io dalla casa dei miei in [[A:via Regina 47]], [[L:Cernobbio]]. lo sposo, [[P:Federico Bergamo]], dall'hotel con i testimoni [[P:Nicola]] e [[P:Marianna Sala]]",
            ),
            (
                "a",
                "Perfetto. Prima auto alle {{TM:15:15}} da lei, seconda all'hotel alle {{TM:15:00}}. Autisti [[P:Davide]] e [[P:Ruggero]].",
            ),
            (
                "c",
                "il mio papà [[P:Giorgio]] viene con me in macchina, è lui che mi accompagna all'altare 🥹",
            ),
            (
                "a",
                "Che bello. Per l'acconto il nostro IBAN è [[I:IT89K0503411701000000772390]], intestato a {{B:LarioDrive srl}}.",
            ),
            (
                "c",
                "bonifico fatto. se serve sentite la mia wedding planner [[P:Bea Colombo]] [[T:031 27 45 880]]",
            ),
        ],
    },
    # 31. NCC: Irish golf group, Linate, Villa d'Este
    {
        "business": "ncc",
        "platform": "messenger",
        "customer": "Pádraig Moynihan",
        "lang": "en",
        "start": "2026-05-08T19:05",
        "messages": [
            (
                "c",
                "How's it going. 8 lads from [[L:Killarney]] coming over for golf, landing Linate {{D:Thurs 4 June}} {{TM:11:40}}, {{B:Aer Lingus}} EI 430. Need a minibus to [[L:Cernobbio]]",
            ),
            (
                "a",
                "Hi [[P:Pádraig]], we have a 9-seat Sprinter, {{$:€340}} one way with golf bags. Names please for the list?",
            ),
            (
                "c",
                "[[P:Pádraig Moynihan]], [[P:Seán Cronin]], [[P:Tadhg O'Leary]], [[P:Mick Healy]], [[P:Fergal Doyle]], [[P:Eoin Sheehan]], [[P:Colm]] and big [[P:Dinny Fitz]]",
            ),
            (
                "a",
                "Grand (I learned that from you guys 😄). Booking {{R:LD-0604-01}}, driver [[P:Ruggero Cattaneo]].",
            ),
            (
                "c",
                "Ha! Any chance we stop for a pint on the way? [[P:Tadhg]] is asking, not me",
            ),
            ("a", "We'll see what [[P:Ruggero]] can do 🍺"),
        ],
    },
    # 32. NCC: elderly Comasco, hospital visits (Italian, retiree)
    {
        "business": "ncc",
        "platform": "whatsapp",
        "customer": "Angelo Frigerio",
        "lang": "it",
        "start": "2026-05-11T07:30",
        "messages": [
            (
                "c",
                "Buon giorno. Mi serve un auto per portare mia moglie alla visita al Sant'Anna di [[L:San Fermo della Battaglia]] martedi alle 9 e un quarto. Abitiamo a [[L:Brunate]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Frigerio]], certo. Andata e ritorno con attesa {{$:85€}}. Mi conferma l'indirizzo?",
            ),
            (
                "c",
                "[[A:Via Pissarottino 6]]. mia moglie si chiama [[P:Ermelinda]] ma tutti la chiamano [[P:Linda]], cammina col deambulatore",
            ),
            (
                "a",
                "Nessun problema, mando l'auto con il pianale. Viene [[P:Davide]] alle {{TM:8:30}}.",
            ),
            (
                "c",
                "grazie. se il dottor [[P:Ballabio]] ci tiene di più vi chiamo dal [[T:031.22.03.17]] che e il fisso di mio figlio [[P:Marco]]",
            ),
            ("a", "Va benissimo, buona giornata!"),
        ],
    },
    # 33. NCC: Indian family, hotel pickup, phone dictated in words
    {
        "business": "ncc",
        "platform": "whatsapp",
        "customer": "Arjun Venkataraman",
        "lang": "en",
        "start": "2026-05-14T10:50",
        "messages": [
            (
                "c",
                "Namaste, I am [[P:Arjun Venkataraman]] from [[L:Bengaluru]]. We are 4 persons staying at a B&B in [[L:Tremezzo]], need full day tour to [[L:Varenna]] and [[L:Menaggio]] and then drop at {{W:Milano Centrale}}",
            ),
            (
                "a",
                "Hello [[P:Arjun]]! Full day lake tour with drop in [[L:Milan]] is {{$:€620}}. Which date?",
            ),
            (
                "c",
                "{{D:17th May}}. My wife [[P:Lakshmi]], my mother [[P:Kamala]] and son [[P:Rohan]]. Mother is vegetarian, any lunch suggestion?",
            ),
            (
                "a",
                "Our driver [[P:Ruggero]] knows a nice trattoria in [[L:Bellano]] with great vegetarian risotto 🙂",
            ),
            (
                "c",
                "Wonderful. My Indian number may not work, use my son's Italian sim: [[T:three four seven, two two one, eight zero five six]]",
            ),
            (
                "a",
                "Got it, so [[T:347 221 8056]]. Confirmation {{R:LD-0517-02}}.",
            ),
        ],
    },
    # 34. NCC: Ukrainian customer, night transfer, IP login alert issue
    {
        "business": "ncc",
        "platform": "telegram",
        "customer": "Olena Kovalchuk",
        "lang": "it",
        "start": "2026-05-18T22:10",
        "messages": [
            (
                "c",
                "Buonasera, ho prenotato dal vostro sito ma mi arriva una mail strana: 'nuovo accesso da [[IP:93.44.187.21]]' non sono io!! 😨",
            ),
            (
                "a",
                "Buonasera [[P:Olena]], tranquilla, quell'indirizzo è la rete dell'hotel dove ha fatto la prenotazione? Comunque le resettiamo la password.",
            ),
            (
                "c",
                "ah forse si, ero all'hotel. La mia rete di casa è [[IP:192.168.1.254]] mi dice mio marito [[P:Taras]]",
            ),
            (
                "a",
                "Ok, allora era lei 🙂 La prenotazione {{R:LD-0519-05}} per {{TM:4:30}} da [[A:viale Varese 12]] a Malpensa è confermata.",
            ),
            (
                "c",
                "Grazie. Mia sorella [[P:Iryna Kovalchuk]] viene con noi, ha la valigia grande. Il suo telefono [[T:+380 67 312 4590]]",
            ),
            (
                "a",
                "Perfetto, mandiamo la station wagon. Autista [[P:Davide]]. Buona notte!",
            ),
        ],
    },
    # 35. NCC: Scottish couple, honeymoon, mix
    {
        "business": "ncc",
        "platform": "instagram",
        "customer": "Kirsty & Euan 💍",
        "lang": "en",
        "start": "2026-05-22T16:00",
        "messages": [
            (
                "c",
                "Hiya! We're on our honeymoon, [[P:Kirsty]] and [[P:Euan Mackintosh-Reid]] from [[L:Dundee]]. Could ye pick us up at the ferry in [[L:Bellagio]] and take us to [[L:Como]] for our train?",
            ),
            (
                "a",
                "Congratulations!! 🥂 Yes, {{$:€140}}, we also do a stop at {{W:Villa Melzi}} gardens if you like.",
            ),
            (
                "c",
                "oh that'd be pure magic. my gran [[P:Isobel]] honeymooned there in 1962!! 😭 send me the details at [[E:kirsty [at] mackintoshreid [dot] scot]]",
            ),
            (
                "a",
                "Sent! Tell granny [[P:Isobel]] we'll take a photo for her 📸",
            ),
        ],
    },
    # 36. Library: retiree, reservation of a novel, all caps and no accents (Italian)
    {
        "business": "library",
        "platform": "messenger",
        "customer": "Renato Bianconi",
        "lang": "it",
        "start": "2026-01-13T09:02",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO [[P:BIANCONI RENATO]] VOLEVO PRENOTARE IL LIBRO GIALLO NUOVO QUELLO CHE HANNO FATTO ANCHE IN TV",
            ),
            (
                "a",
                "Buongiorno signor [[P:Bianconi]]! Ce n'è una copia in prestito, rientra il {{D:20 gennaio}}. La metto in coda?",
            ),
            (
                "c",
                "SI GRAZIE. LA TESSERA E A NOME MIO CODICE FISCALE [[CF:BNCRNT48C15D653K]] ABITO IN [[A:VIA DELLA FONTE 3]] FRAZIONE [[L:CASE SPARSE DI PIETRAUTA]]",
            ),
            (
                "a",
                "Prenotazione {{R:PR-2026-0047}} fatta. Quando arriva la avviso qui o chiamo a casa?",
            ),
            (
                "c",
                "CHIAMI A CASA [[T:0742 37 19 02]]. SE NON CI SONO DITE A MIA MOGLIE [[P:ADA]] CHE CI PENSA LEI. GRAZIE SIGNORINA [[P:CINZIA]]",
            ),
            ("a", "Grazie a lei e buona giornata! [[P:Cinzia]]"),
        ],
    },
    # 37. Library: mother asking about the children's reading hour (Italian)
    {
        "business": "library",
        "platform": "whatsapp",
        "customer": "Elisa Ferrara",
        "lang": "it",
        "start": "2026-01-19T17:20",
        "messages": [
            (
                "c",
                "Ciao! L'ora del racconto per bimbi c'è anche a {{W:Carnevale}}? Vorrei portare [[P:Pietro]] (5 anni) e la sua amichetta [[P:Gaia]]",
            ),
            (
                "a",
                "Ciao [[P:Elisa]]! Sì, sabato {{D:14 febbraio}} alle {{TM:16:30}} c'è la lettura mascherata con [[P:Marisa]], la nostra volontaria. Si prenota qui.",
            ),
            (
                "c",
                "prenota per [[P:Pietro Ferrara]] e [[P:Gaia Lupattelli]]. la mamma di [[P:Gaia]] è [[P:Debora]], il suo numero è [[T:333 190 4462]] se serve",
            ),
            (
                "a",
                "Fatto 🎭 Vengono vestiti da qualcosa?",
            ),
            (
                "c",
                "[[P:pietro]] da pompiere, [[P:gaia]] da {{W:Befana}} perché non ha voluto sentire ragioni 😂",
            ),
        ],
    },
    # 38. Library: English retired couple living in the countryside, membership
    {
        "business": "library",
        "platform": "messenger",
        "customer": "Rosemary Ashdown",
        "lang": "en",
        "start": "2026-01-22T11:45",
        "messages": [
            (
                "c",
                "Good morning, my husband and I have moved to a farmhouse near [[L:Collazzone]]. Can foreigners get a library card? Do you have any books in English?",
            ),
            (
                "a",
                "Good morning! Of course, the card is free, you just need an ID and your Italian address. We have a small English shelf, about 300 books 🙂",
            ),
            (
                "c",
                "Marvellous. We are [[P:Rosemary]] and [[P:Nigel Ashdown]], [[A:Vocabolo Casalina 21]], [[L:Collazzone]]. Our email is [[E:ashdowns.umbria@btinternet.com]]",
            ),
            (
                "a",
                "Thank you Mrs [[P:Ashdown]]. Come any morning, my colleague [[P:Lorenzo]] speaks English better than me!",
            ),
            (
                "c",
                "We shall. [[P:Nigel]] wants to know if you have detective novels in Italian, he's trying to learn 😄",
            ),
            ("a", "We have all of them! '{{PD:Dieci piccoli indiani}}' is a good start 📚", "en"),
        ],
    },
    # 39. Library: Albanian high-school student, study room and wifi IP (Italian)
    {
        "business": "library",
        "platform": "instagram",
        "customer": "klea.hoxha_",
        "lang": "it",
        "start": "2026-02-02T15:10",
        "messages": [
            (
                "c",
                "ciao la sala studio è aperta anche il sabato pomeriggio? io e [[P:Arber]] dobbiamo preparare la maturità",
            ),
            (
                "a",
                "Ciao! Sabato apriamo solo la mattina, {{TM:9-13}}. Per il pomeriggio c'è la sala del {{W:Chiostro}} il giovedì fino alle {{TM:19}}.",
            ),
            (
                "c",
                "ok grazie. poi il wifi non mi fa entrare, mi dice 'dispositivo bloccato [[IP:10.20.4.117]]' 🥲 sono [[P:Klea Hoxha]], tessera a nome mio",
            ),
            (
                "a",
                "Ho sbloccato il dispositivo, riprova adesso. Se non va chiedi a [[P:Lorenzo]] al banco.",
            ),
            ("c", "vaa grazie milleee 🙏🙏 vi seguo, sono @[[H:klea.hoxha_]]"),
        ],
    },
    # 40. Library: local historian donating books, tax receipt (Italian)
    {
        "business": "library",
        "platform": "whatsapp",
        "customer": "Fortunato Sarto",
        "lang": "it",
        "start": "2026-02-09T10:30",
        "messages": [
            (
                "c",
                "Gentile biblioteca, sono [[P:Fortunato Sarto]], ex maestro elementare. Vorrei donare circa 200 volumi di storia locale che furono di mio zio, il canonico don [[P:Settimio Sarto]].",
            ),
            (
                "a",
                "Buongiorno maestro [[P:Sarto]], che bella notizia! La nostra direttrice, la dott.ssa [[P:Maria Grazia Ottaviani]], la chiamerà per un sopralluogo.",
            ),
            (
                "c",
                "Benissimo. I libri sono nella casa di [[L:Bevagna]], in [[A:Corso Matteotti 58]]. Per le chiavi chiedere alla vicina, signora [[P:Perugini]].",
            ),
            (
                "a",
                "Perfetto. Per la ricevuta di donazione ci serve un suo indirizzo mail.",
            ),
            (
                "c",
                "[[E:fortunato punto sarto chiocciola tiscali punto it]]. Lo scrivo così perché non mi fido di internet",
            ),
            (
                "a",
                "Capito 🙂 lo segno così: [[E:fortunato.sarto@tiscali.it]]. Grazie ancora!",
            ),
        ],
    },
    # 41. Library: event with author, Nigerian-Italian writer, speaker fee via IBAN (Italian)
    {
        "business": "library",
        "platform": "messenger",
        "customer": "Chiamaka Eze",
        "lang": "it",
        "start": "2026-02-16T14:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Chiamaka Eze]], autrice di '{{PD:Il Sole di Lagos}}'. Mi ha scritto la vostra [[P:Cinzia]] per la presentazione di marzo. Confermo volentieri!",
            ),
            (
                "a",
                "Che bello, grazie [[P:Chiamaka]]! {{D:Venerdì 13 marzo}} alle {{TM:18}}. Presenterà con lei la prof.ssa [[P:Anna Rita Tomassini]]. Per il rimborso spese ci manda un IBAN?",
            ),
            (
                "c",
                "Certo: [[I:IT51 M020 0803 2840 0010 5733 921]], intestato a me. Vengo in treno da [[L:Perugia]] con mia figlia [[P:Adaeze]]",
            ),
            (
                "a",
                "Perfetto, vi veniamo a prendere in stazione a [[L:Foligno]]. Il mio numero per quel giorno: [[T:+39 329 70 81 455]]",
            ),
            (
                "c",
                "Grazie! Trovate le mie foto per la locandina sul mio sito [[U:www.chiamakaeze-scrive.it/press]]",
            ),
        ],
    },
    # 42. Library: overdue loan, forgetful student, English/Italian mix
    {
        "business": "library",
        "platform": "whatsapp",
        "customer": "Tommi",
        "lang": "it",
        "start": "2026-02-23T19:55",
        "messages": [
            (
                "a",
                "Ciao [[P:Tommaso]], ti ricordiamo che '{{PD:Il nome della rosa}}' era da restituire il {{D:10 febbraio}} 📚",
            ),
            (
                "c",
                "ommioddio scusate 🙈 ce l'ha mia sorella [[P:Agnese]] a [[L:Bologna]], lo riporta settimana prossima quando torna a [[L:Cannara]]",
            ),
            (
                "a",
                "Nessun problema, ti proroghiamo il prestito fino al {{D:3 marzo}}. Codice prestito {{R:PR-2026-0112}}.",
            ),
            (
                "c",
                "grazie [[P:Cinzia]] sei un mito. btw my flatmate [[P:Jack Fairweather-Stone]] is Erasmus here, can he borrow books too?",
                "en",
            ),
            (
                "a",
                "Yes, tell [[P:Jack]] to come with his passport and his address in Italy 🙂",
                "en",
            ),
            ("c", "top. ciao ciao!"),
        ],
    },
    # 43. Library: the mayor's office forwards a complaint about noise (Italian)
    {
        "business": "library",
        "platform": "messenger",
        "customer": "Giuseppina Ragni",
        "lang": "it",
        "start": "2026-03-02T08:15",
        "messages": [
            (
                "c",
                "Buongiorno, vi inoltro quello che mi ha scritto il vicino:\n\n> '[[P:Giuse]], di' alla biblioteca che i ragazzi fanno un casino tremendo sotto casa mia in [[A:via del Forno 2]] fino a mezzanotte. [[P:Guerrino]]'",
            ),
            (
                "a",
                "Buongiorno signora [[P:Ragni]], ci dispiace. La sala studio chiude alle {{TM:19}}, forse sono ragazzi che si fermano in piazza dopo. Avviseremo comunque i frequentatori.",
            ),
            (
                "c",
                "grazie. il signor [[P:Guerrino Paoletti]] è anziano e ha ragione, ma anche voi poveretti. io sono la [[P:Giuse]] della merceria di fronte se passate",
            ),
            (
                "a",
                "Passo io in pausa pranzo, grazie [[P:Giuse]]! [[P:Cinzia]]",
            ),
        ],
    },
    # 44. Tour: American family reunion, many relatives, Venmo-style links
    {
        "business": "tour",
        "platform": "messenger",
        "customer": "Cheryl-Ann Vitale",
        "lang": "en",
        "start": "2026-05-02T14:25",
        "messages": [
            (
                "c",
                "Hi hon! My grandpa [[P:Salvatore Vitale]] was born in [[L:Burano]] and we're bringing the whole family over from [[L:Providence]] to see it. 11 of us!",
            ),
            (
                "a",
                "How wonderful, [[P:Cheryl-Ann]]! We can do a private boat + walk on [[L:Burano]] and [[L:Mazzorbo]]. Do you know where his house was?",
            ),
            (
                "c",
                "Grandma [[P:Carmela]] always said it was the green house on the canal near the leaning bell tower, [[A:Fondamenta Pontinello 142]] maybe? we have an old letter",
            ),
            (
                "a",
                "That's a real street! Our guide [[P:Elisa]] has an uncle in the lace museum, she'll ask around 🙂",
            ),
            (
                "c",
                "omg I'm crying. ok the list: me, my husband [[P:Vinnie]], my brother [[P:Sal Jr]], his wife [[P:Dawn]], cousins [[P:Gina]] and [[P:Anthony Vitale-Russo]], and 5 kids. Aunt [[P:Rosemarie]] is paying, she'll message you",
            ),
            (
                "c",
                "oh and my cousin [[P:Gina]] wants to bring her old camera, she has a blog, [[U:https://ginavitalerusso.blogspot.com]]",
            ),
            (
                "a",
                "Perfect. Booking {{R:BUR-0610-11}} on {{D:June 10}}, {{$:€1,150}} total. [[P:Rosemarie]] can pay by card on our page or by bank transfer.",
            ),
            (
                "c",
                "Aunt [[P:Ro]] says here's her card [[C:3765 120884 31705]] exp 09/28 🙄 I told her not to",
            ),
            (
                "a",
                "Please ask her to use the secure link instead, we'll ignore the number. Email me at the address on our page and I'll send it. Ciao!",
            ),
        ],
    },
    # 45. NCC: London law firm PA booking for a partner and a judge's wife
    {
        "business": "ncc",
        "platform": "whatsapp",
        "customer": "Hannah Okonjo-Price",
        "lang": "en",
        "start": "2026-05-26T08:05",
        "messages": [
            (
                "c",
                "Good morning, I'm PA to [[P:Jeremy St. Clair-Whitby]] at a firm in [[L:London]]. He and his wife [[P:Philippa]] arrive at Malpensa on {{D:3 July}}, BA 572, {{TM:12:40}}.",
            ),
            (
                "a",
                "Good morning [[P:Hannah]], noted. Destination?",
            ),
            (
                "c",
                "A private villa in [[L:Torno]], [[A:Via Plinio 19]]. The housekeeper there is Signora [[P:Pozzoli]], she has the gate code. Her mobile [[T:+39 340 99 17 268]]",
            ),
            (
                "a",
                "Thank you. Mercedes S-Class with driver [[P:Davide Noseda]], {{$:€260}}. Booking {{R:LD-0703-01}}.",
            ),
            (
                "c",
                "Lovely. Mr [[P:St. Clair-Whitby]] is rather particular: still water, no radio, and the driver should not talk about football 😅",
            ),
            (
                "a",
                "Noted 😄 [[P:Davide]] supports {{B:Como 1907}}, he will suffer in silence.",
            ),
            (
                "c",
                "Ha. Please also send the invoice to our accounts, [[E:accounts.payable@stclairwhitby-llp.example.co.uk]], and copy me at [[E:hannah.op@stclairwhitby-llp.example.co.uk]]. My direct line is [[T:+44 20 7946 0321]].",
            ),
            (
                "a",
                "All done. We'll also send the driver's live location link on the day to Mrs [[P:St. Clair-Whitby]]'s phone if you give it to us.",
            ),
            (
                "c",
                "[[T:07700 900 518]]. Thanks ever so much, [[P:Hannah]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(22, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
