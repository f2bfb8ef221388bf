# ruff: noqa: E501
"""Hand-written blind test corpus no. 33 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten33_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a Parmigiano Reggiano dairy near Reggio Emilia
shipping abroad, a glass-blowing workshop in Murano with foreign buyers, a nail salon in Prato run
by a Chinese-Italian family, a home-cleaning agency in Rome placing domestic workers, a tennis
club in Forli, and a sworn-translation agency in Turin.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten33_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten33_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "dairy": "Caseificio Vecchia Fornace Parmigiano Reggiano",
    "glass": "Vetreria Sfumature Murano",
    "nails": "Lily Nails & Beauty Prato",
    "clean": "CasaSerena Servizi Domestici Roma",
    "tennis": "Tennis Club Ronco Forli",
    "transl": "Studio Traduzioni Giurate Dora",
}
PAGE_IDS: dict[str, str] = {
    "dairy": "633110000000104",
    "glass": "633110000000215",
    "nails": "633110000000326",
    "clean": "633110000000437",
    "tennis": "633110000000548",
    "transl": "633110000000659",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Dairy: a daughter sends a piece of 30-month cheese to her old dad near Boston
    {
        "business": "dairy",
        "platform": "messenger",
        "customer": "Maureen DiNapoli-Shaw",
        "lang": "en",
        "start": "2025-11-03T08:14:00",
        "messages": [
            (
                "c",
                "hi!! i'd like to send a piece of your {{PD:Parmigiano Reggiano 30 mesi}} to my dad in [[L:Somerville]] for {{W:Thanksgiving}}, is that even possible from Italy?",
            ),
            (
                "a",
                "Hi! Yes, we ship to the US with {{B:DHL Express}}, vacuum packed. 1 kg of 30 months is {{$:€ 34,50}} and shipping to the USA is {{$:€ 39,00}}. Can you send me the full address and a phone number for the courier? [[P:Giulia]] - Vecchia Fornace",
            ),
            (
                "c",
                "great. it's for [[P:Frank DiNapoli]], [[A:41 Elm Street Apt 2R]], [[L:Somerville]], [[A:MA 02144]]. his phone is [[T:(617) 555-0148]]. bill it to me pls, [[P:Maureen DiNapoli-Shaw]], [[E:maureen.dns@example.com]]",
            ),
            (
                "a",
                "Perfect, order {{O:CVF-2291}} is set up. I'll email you the payment link in a minute. Grazie [[P:Maureen]]!",
            ),
            (
                "c",
                "paid :) btw dad is 89 and kinda deaf so if dhl calls him he won't pick up. can they call my cell instead? [[T:+1 617-555-0193]]",
            ),
            (
                "a",
                "Noted on the label: call [[T:+1 617-555-0193]] first. Tracking is {{TR:1Z8V47E20432915578}}, it leaves on {{D:Nov 10}}. Say hi to [[P:Frank]] from the whole caseificio! [[P:Giulia]]",
            ),
        ],
    },
    # 2. Dairy: an emigrant in Munich orders for his brother, pays from a German account, wants an invoice
    {
        "business": "dairy",
        "platform": "whatsapp",
        "customer": "Giuse Ferretti",
        "lang": "it",
        "start": "2025-11-05T18:40:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Giuseppe Ferretti]] ma tutti mi chiamano [[P:Giuse]], sto a [[L:Monaco di Baviera]] da 20 anni e qui il parmigiano vero nn si trova 😅 mi spedite 2 pezzi da 1 kg del {{PD:24 mesi}}?",
            ),
            (
                "a",
                "Buonasera [[P:Giuse]]! Certo, in Germania spediamo con {{B:GLS}} in 3-4 giorni. 2 kg di {{PD:24 mesi}} fanno {{$:56 euro}} + {{$:18 euro}} di spedizione. Mi dai l'indirizzo completo?",
            ),
            (
                "c",
                "allora nn a me, a mio fratello [[P:Tonino]] che sta a [[L:Schwabing]]: [[P:Antonio Ferretti]], [[A:Hiltenspergerstraße 47]], [[A:80796]] [[L:München]], 3° piano campanello [[P:Ferretti-Huber]]. tel di lui [[T:+49 151 23847561]]",
            ),
            (
                "a",
                "Segnato tutto. Per il pagamento puoi fare bonifico, ti mando l'IBAN del caseificio: [[I:IT35Q0503466470000000082917]] intestato a Vecchia Fornace, causale {{O:ORD 4417}}",
            ),
            (
                "c",
                "fatto dal conto tedesco [[I:DE35 3704 0044 0532 0130 99]], spero arrivi uguale. mi serve fattura intestata a me, codice fiscale [[CF:RSSGPP80A01H223Z]] è quello vecchio di quando stavo a [[L:Scandiano]], va bene lo stesso? si mi sono cambiato il cognome col matrimonio, lunga storia 😂",
            ),
            (
                "a",
                "Arrivato, grazie! Fattura con quel codice fiscale va benissimo, te la mando via mail: a che indirizzo?",
            ),
            (
                "c",
                "[[E:giuse.ferretti80@example.de]] grazie mille e saluti a tutti a [[L:Albinea]]",
            ),
        ],
    },
    # 3. Dairy: a deli owner in Rotterdam asks for wholesale prices and a reverse-charge invoice
    {
        "business": "dairy",
        "platform": "instagram",
        "customer": "kaas_en_co_rotterdam",
        "lang": "en",
        "start": "2025-09-16T10:02:00",
        "messages": [
            (
                "c",
                "Hello from [[L:Rotterdam]]! I run a small deli, {{B:Kaas & Co}}, and we'd like to stock your 36 month wheel quarters. Do you do wholesale to the Netherlands?",
            ),
            (
                "a",
                "Hello! Yes we do, from 20 kg up. Price list attached, the {{PD:Stravecchio 36 mesi}} is {{$:€ 24,80/kg}} ex works. Who am I speaking with? I'm [[P:Davide]], I handle exports.",
            ),
            (
                "c",
                "I'm [[P:Sanne de Vries]], owner. Our VAT number is [[V:NL004495445B01]], please invoice with reverse charge. Deliveries to [[A:Nieuwe Binnenweg 212A]], [[A:3015 GE]] [[L:Rotterdam]]",
            ),
            (
                "a",
                "Thanks [[P:Sanne]]. First pallet could leave on {{D:30 September}} with {{B:Arcese}}. Best number for the driver?",
            ),
            (
                "c",
                "My shop manager [[P:Bram]] will be there mornings, [[T:+31 6 4127 8830]]. If he doesn't answer call me on [[T:0031 10 4765 221]]. Invoices to [[E:administratie@kaasenco-example.nl]] pls",
            ),
            (
                "a",
                "All set: proforma {{R:PF-2025-118}} sent. Follow us back on IG, we'll repost your shelf when it arrives! [[P:Davide]]",
            ),
            (
                "c",
                "Will do, our personal account is @[[H:sanne.kaasmeisje]] if you want to tag me 🧀",
            ),
        ],
    },
    # 4. Dairy: a firm from Modena sends Christmas gifts to staff at home, mixed Emilian addresses
    {
        "business": "dairy",
        "platform": "telegram",
        "customer": "Roberta Gualtieri",
        "lang": "it",
        "start": "2025-11-20T09:31:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Roberta Gualtieri]] dell'ufficio personale di {{B:Meccanica Secchia srl}}, p.iva [[V:02417580350]]. Vorremmo regalare a {{W:Natale}} una confezione {{PD:Scrigno 1 kg}} a 6 dipendenti che lavorano da casa, spedita ai loro indirizzi. Fattibile?",
            ),
            (
                "a",
                "Buongiorno [[P:Roberta]], fattibilissimo. La confezione {{PD:Scrigno}} costa {{$:€ 29,90}} + {{$:€ 8,50}} di corriere ciascuna. Mi mandi pure la lista",
            ),
            (
                "c",
                "Eccola:\n1) [[P:Marco Leone]], [[A:via Emilia Ovest 1042]], [[L:Modena]]\n2) [[P:Rosa Mancini]], [[A:fraz. Puianello, via Chiesa 3]], [[L:Quattro Castella]]\n3) [[P:Bianca Ferro]], [[A:loc. Case Sparse 14]], [[L:Carpineti]] (la casa gialla dopo il ponte)\n4) [[P:Lorenzo Bello]], [[A:borgo Bottegone 7/A]], [[L:Correggio]]\n5) [[P:Serena Baldini Costi]], [[A:strada provinciale 486 km 12]], [[L:Castellarano]]\n6) [[P:Ionut Popescu]], [[A:vicolo del Forno 5 int. 3]], [[L:Rubiera]]",
            ),
            (
                "a",
                "Ricevuto! Per la 3 e la 5 il corriere vorrà un telefono, le località sparse le trova male",
            ),
            (
                "c",
                "la [[P:Bianca]] è [[T:338 417 2290]], la [[P:Serena]] [[T:347.902.11.84]]. Ah e il [[P:Ionut]] si scrive [[P:I-O-N-U-T]], sul badge l'hanno scritto [[P:Ionuth]] ma è sbagliato",
            ),
            (
                "a",
                "Perfetto, consegne previste entro il {{D:16 dicembre}}. Ordine {{O:VF-N-0771}}, fattura elettronica al codice SDI che ci avete dato. Buone feste! [[P:Chiara]]",
            ),
        ],
    },
    # 5. Dairy: a Canadian customer whose card is declined pastes the number in the chat
    {
        "business": "dairy",
        "platform": "whatsapp",
        "customer": "Grace Church",
        "lang": "en",
        "start": "2025-10-07T21:55:00",
        "messages": [
            (
                "c",
                "hey there, your website keeps rejecting my card at checkout 😩 trying to buy the {{PD:Degustazione Tre Stagionature}} box for {{$:€ 62}}",
            ),
            (
                "a",
                "Hi, sorry about that! Sometimes the bank blocks foreign payments. Which country are you in?",
            ),
            (
                "c",
                "[[L:Canada]], [[L:Halifax]]. here's the card maybe you can run it manually: [[C:4532 0174 6238 9159]] exp 08/27, name [[P:Grace Church]]",
            ),
            (
                "a",
                "Please don't send card numbers on chat, we can't process them here and you should delete that message! I'll send you a {{B:PayPal}} request instead. What e-mail?",
            ),
            (
                "c",
                "oops ok deleting. [[E:grace.church.hfx@example.ca]] . address is [[A:2318 Agricola Street]], [[L:Halifax]] NS [[A:B3K 4B6]]. my husband [[P:Will]] might sign for it, or the neighbour [[P:Hope MacIsaac]] at 2320. or i can pay to my own paypal.me thing if that's easier, it's [[U:paypal.me/gracechurchhfx]]",
            ),
            (
                "a",
                "PayPal request sent to [[E:grace.church.hfx@example.ca]]. Once paid it goes out {{D:Thursday}}. Thanks [[P:Grace]]! [[P:Davide]]",
            ),
        ],
    },
    # 6. Dairy: a Reggio family orders for a cousin in London, code-switching, Reggiano dialect
    {
        "business": "dairy",
        "platform": "messenger",
        "customer": "Fede Incerti",
        "lang": "it",
        "start": "2025-12-01T12:20:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Fede]], la figlia della [[P:Ivana]] di [[L:Bibbiano]], la mamma dice che vi conosce da una vita. Dovrei mandare un bel pezzo a mio cugino a [[L:Londra]] x {{W:Natale}}, quanto ci mette?",
            ),
            (
                "a",
                "Ciao [[P:Fede]]! Salutaci la [[P:Ivana]] 😊 In UK ci vogliono 4-5 giorni e c'è la dogana, conviene spedire entro il {{D:12 dicembre}}. Quanto ne vuoi?",
            ),
            (
                "c",
                "un chilo e mezzo di 30 mesi e un vasetto di {{PD:Aceto Balsamico Tradizionale}}. Lui è [[P:Matteo Incerti]], [[A:Flat 3, 27 Mill Lane]], [[L:Hackney]], [[L:London]] [[A:E5 8QA]]",
            ),
            (
                "c",
                "his flatmate will pick it up if he's at work, he's called [[P:Mark Baker]], super nice guy, phone [[T:+44 7700 900461]]",
                "en",
            ),
            (
                "a",
                "Ok! E il numero di [[P:Matteo]] ce l'hai? Il corriere inglese vuole quello del destinatario",
            ),
            (
                "c",
                "[[T:0044 20 7946 0832]] fisso di casa, se no la mail [[E:matteo punto incerti chiocciola gmail punto com]]. e poi arzan che costa tòt? 😂 la mamma vuole sapere",
            ),
            (
                "a",
                "Ahah! Totale {{$:€ 71,40}} con spedizione. Ti mando il link {{B:Satispay}}. Ordine {{O:VF-1208}}, ciao [[P:Fede]]! [[P:Chiara]] del caseificio",
            ),
        ],
    },
    # 7. Dairy: a food creator asks for a collaboration, handles and link pages
    {
        "business": "dairy",
        "platform": "instagram",
        "customer": "robbie.eats.italy",
        "lang": "en",
        "start": "2025-06-11T15:45:00",
        "messages": [
            (
                "c",
                "Ciao! [[P:Robbie]] here (@[[H:robbie.eats.italy]]), food creator from [[L:Manchester]], 48k followers. I'll be in [[L:Reggio Emilia]] from {{D:June 23}} and would love to film a dairy visit 🧀🎥",
            ),
            (
                "a",
                "Hi [[P:Robbie]]! We do visits at {{TM:8:30}} when the cheesemaker breaks the curd. Do you have a media kit?",
            ),
            (
                "c",
                "yes everything is on [[U:linktr.ee/robbieeatsitaly]] and my website [[U:https://www.robertokeefe-food.example.com]]. real name is [[P:Robert O'Keefe]] btw, [[P:O-apostrophe-K-E-E-F-E]], for the booking",
            ),
            ("c", "my partner [[P:Victoria]] will film, she's @[[H:vicky_behindthelens]] on insta"),
            (
                "a",
                "Lovely. Booked you both for {{D:Tuesday 24 June}} at {{TM:8:30}}, ref {{R:VIS-0624-02}}. Our cheesemaker [[P:Ermes]] will show you around, he speaks little English but lots of dialect 😄. His mobile for the day: [[T:+39 333 189 4471]]. [[P:Davide]]",
            ),
            ("c", "amazing thx!! see you then"),
        ],
    },
    # 8. Glass: a Texan couple bought a chandelier on holiday and need it shipped home
    {
        "business": "glass",
        "platform": "messenger",
        "customer": "Linda Hollis",
        "lang": "en",
        "start": "2025-05-19T16:05:00",
        "messages": [
            (
                "c",
                "Hello! My husband [[P:Dwight]] and I visited your furnace last {{D:Tuesday}} and ordered the blue {{PD:Rezzonico}} chandelier, 8 arms. The gentleman with the white beard, [[P:Bepi]] I think? said you'd ship it.",
            ),
            (
                "a",
                "Good afternoon, yes, I remember you! [[P:Bepi]] is my father 😊 Your order is {{O:SFM-25-0311}}, it's being packed in a wooden crate. I need the delivery address and a phone for {{B:FedEx}}. [[P:Elisa Zanetti]]",
            ),
            (
                "c",
                "Wonderful. [[P:Linda]] and [[P:Dwight Hollis]], [[A:7714 Live Oak Lane]], [[L:Fredericksburg]], [[A:TX 78624]]. My cell [[T:(830) 555-0172]], [[P:Dwight]]'s [[T:830.555.0109]]",
            ),
            (
                "a",
                "Thank you! The crate is 42 kg, shipping and insurance come to {{$:$ 640}}. Shall I charge the same card you used in the shop? If so I'll need the number again, we don't store it.",
            ),
            (
                "c",
                "Use the Amex: [[C:3782 822463 10005]], exp 11/27. Also could you put our daughter as alternate contact, [[P:Kimberly Hollis-Grant]], [[E:kim.hollisgrant@example.com]]? she's closer, in [[L:San Antonio]]",
            ),
            (
                "a",
                "Done. Estimated delivery {{D:June 6}}, tracking {{TR:7719 4402 8815}}. It was a pleasure, ciao from [[L:Murano]]! [[P:Elisa]]",
            ),
        ],
    },
    # 9. Glass: a Shanghai interior designer asks for samples, chats partly via WeChat id
    {
        "business": "glass",
        "platform": "instagram",
        "customer": "lulu.interiors.sh",
        "lang": "en",
        "start": "2025-03-02T03:40:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Lu Xiaoyan]], you can call me [[P:Lulu]]. Interior designer in [[L:Shanghai]]. I need 30 {{PD:Sommerso}} vases for a hotel lobby, can you send me samples?",
            ),
            (
                "a",
                "Ni hao [[P:Lulu]]! Happy to. Samples cost {{$:€ 180}} incl. express shipping, deducted from the order. Where should we send them?",
            ),
            (
                "c",
                "Studio address: [[A:Room 1203, 88 Wulumuqi Road (M)]], [[L:Xuhui District]], [[L:Shanghai]] [[A:200031]]. recipient my assistant [[P:Zhang Wei]], [[T:+86 138 1624 7095]]",
            ),
            (
                "c",
                "easier to chat on wechat, my id is [[H:lulu_xy_design]]. or email [[E:lulu [at] xiaoyan-design [dot] example]]",
            ),
            (
                "a",
                "Thanks, I'll add you. Samples leave {{D:Monday 10 March}} with {{B:DHL}}, ref {{R:CMP-0310}}. Our master [[P:Nicolò Ongaro]] will choose the best colours for you. [[P:Elisa]]",
            ),
            ("c", "👍 xie xie"),
        ],
    },
    # 10. Glass: a Venetian restaurant owner orders glasses, dialect, VAT and iban
    {
        "business": "glass",
        "platform": "whatsapp",
        "customer": "Ostaria Da Toni",
        "lang": "it",
        "start": "2025-02-11T11:12:00",
        "messages": [
            (
                "c",
                "ciò [[P:Elisa]], xe [[P:Toni]] dea ostaria de [[L:Burano]]. me servi altri 48 goti da ombra come queli de l'ano scorso, i ga roti tuti i turisti 😂",
            ),
            (
                "a",
                "Ciao [[P:Toni]]! Certo, i {{PD:goto da ombra}} rigati, {{$:€ 9,50}} l'uno. Te li porto io col vaporetto venerdì. Fattura sempre a {{B:Ostaria Da Toni snc}}?",
            ),
            (
                "c",
                "si ma ga cambià la partita iva perché xe entrà me fia [[P:Giada]] in società: [[V:03592810679]]. el codice fiscae mio xe sempre queo",
            ),
            (
                "a",
                "Ok aggiorno. Per il saldo ti ricordo l'iban nuovo del laboratorio: [[I:IT52 A083 2703 2210 0000 0013 708]]",
            ),
            (
                "c",
                "fato bonifico, {{$:456 euro}}. se no ghe son mi venerdì ciama [[P:Giada]] al [[T:041 527 0914]] o al cel [[T:340-118-4622]]",
            ),
            (
                "a",
                "Perfetto, venerdì {{D:14 febbraio}} verso le {{TM:10}}. Salutame [[P:Giada]]! [[P:Elisa]]",
            ),
        ],
    },
    # 11. Glass: a wedding planner in Mumbai orders favours; partial refund to her account
    {
        "business": "glass",
        "platform": "telegram",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-08-04T07:10:00",
        "messages": [
            (
                "c",
                "Good morning! [[P:Priya]] from {{B:Shaadi Sutra Weddings}}, [[L:Mumbai]]. We received the 250 {{PD:millefiori}} pendants for the [[P:Mehta]]-[[P:Kapoor]] wedding, but 14 arrived broken 😢",
            ),
            (
                "a",
                "Oh no, I'm so sorry [[P:Priya]]. Could you send photos of the broken ones and the box? We'll refund them, {{$:€ 12}} each.",
            ),
            (
                "c",
                "Photos sent. Bride's mother [[P:Sunita Mehta]] is quite upset, they were for the sangeet on {{D:16 August}}. Can you refund to our bank? [[I:GB88 NWBK 6016 1331 9268 24]], account name [[P:Priya Raghunathan]], it's our UK account",
            ),
            (
                "a",
                "Refund of {{$:€ 168}} sent today. And we'll air-ship 14 replacements for free, to which address?",
            ),
            (
                "c",
                "to my co-planner in [[L:Bandra]]: [[P:Arjun Nair]], [[A:Flat 502, Sea Breeze CHS, 14th Road]], [[L:Bandra West]], [[L:Mumbai]] [[A:400050]], mobile [[T:+91 98201 47733]]",
            ),
            (
                "a",
                "Shipped with {{B:DHL}}, tracking {{TR:4417839920}}. Best wishes to the couple! [[P:Elisa]]",
            ),
        ],
    },
    # 12. Glass: a Ukrainian buyer living in Krakow reports a wrong colour
    {
        "business": "glass",
        "platform": "whatsapp",
        "customer": "Oksana",
        "lang": "en",
        "start": "2025-04-22T19:30:00",
        "messages": [
            (
                "c",
                "hello, my name is [[P:Oksana Kovalenko]]. i ordered on your site the {{PD:Goccia}} lamp in amber but i got it in green. order {{O:SFM-25-0198}}",
            ),
            (
                "a",
                "Hello [[P:Oksana]], I apologise, we mixed two parcels. Are you still in [[L:Kraków]]?",
            ),
            (
                "c",
                "yes, [[A:ul. Długa 29/7]], [[A:31-147]] [[L:Kraków]]. my husband [[P:Taras]] is home after 17, phone [[T:+48 512 904 337]]",
            ),
            (
                "a",
                "We'll send the amber one and {{B:InPost}} will pick up the green one. Sorry again. [[P:Marco]] from Vetreria Sfumature",
            ),
            (
                "c",
                "ok thank you. by the way my friend [[P:Olena Shevchuk]] wants same lamp, can i give her your number? she's in [[L:Lviv]], her instagram is @[[H:olena.shev_art]]",
            ),
            (
                "a",
                "Of course, or she can write to [[E:marco.ongaro@vetreriasfumature-example.it]] and mention your name. [[P:Marco]]",
            ),
        ],
    },
    # 13. Glass: a Milanese architect asks for a custom lamp for a client's flat
    {
        "business": "glass",
        "platform": "messenger",
        "customer": "Arch. Silvia Brambilla",
        "lang": "it",
        "start": "2025-01-27T09:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'architetto [[P:Silvia Brambilla]]. Sto ristrutturando un attico in [[L:zona Brera]] per un cliente e vorrei 3 sospensioni su misura color ametista. Fate preventivi?",
            ),
            (
                "a",
                "Buongiorno Architetto, certo. Mi servono le misure e se possibile una foto dell'ambiente. Sono [[P:Marco Ongaro]], seguo i progetti custom",
            ),
            (
                "c",
                "Le ho mandate via mail da [[E:s.brambilla@studiobrambilla-example.it]], i miei lavori precedenti li trova su [[U:www.silviabrambilla-architetto.example.it]]. Il cliente è il dott. [[P:Leone]], la consegna va fatta in cantiere: [[A:via Fiori Chiari 18]], [[A:20121]] [[L:Milano]], scala B, 6° piano",
            ),
            (
                "a",
                "Ricevute, grazie. Preventivo {{R:PREV-2025-014}}: {{$:€ 3.900}} + IVA, consegna e montaggio compresi, pronte per fine {{D:marzo}}",
            ),
            (
                "c",
                "Ok per me. Per la fattura usate lo studio, P.IVA [[V:08461730213]]. In cantiere il capocantiere è [[P:Speranza]], sì è un uomo 😄, [[P:Speranza Cuomo]], [[T:+39 333 90 41 287]]",
            ),
            ("a", "Perfetto, annotato! A presto, [[P:Marco]]"),
        ],
    },
    # 14. Glass: a Nigerian customer in Lagos buys via her sister in London
    {
        "business": "glass",
        "platform": "instagram",
        "customer": "adaeze_okafor",
        "lang": "en",
        "start": "2025-10-13T13:22:00",
        "messages": [
            (
                "c",
                "Good afternoon ma, I saw your {{PD:Angelo}} glass figurines on your page. I'm in [[L:Lagos]], do you ship to Nigeria?",
            ),
            (
                "a",
                "Good afternoon! Unfortunately our insurer doesn't cover Nigeria, but we can ship to the UK or anywhere in Europe.",
            ),
            (
                "c",
                "ok no wahala, send to my sister in [[L:Peckham]] then. [[P:Ngozi Okafor-Bello]], [[A:Flat 12, Marigold House, 55 Rye Lane]], [[L:London]] [[A:SE15 4ST]]. her number [[T:07700 900 734]], she's on fb as [[U:facebook.com/ngozi.okaforbello]]",
            ),
            (
                "c",
                "and my own email is [[E:adaeze.okafor@example.ng]], I am [[P:Adaeze]]. my husband [[P:Chinedu]] will pay with his card",
            ),
            (
                "a",
                "Thank you [[P:Adaeze]]. The set of 6 angels is {{$:£ 210}} delivered. I'll email the secure payment link. [[P:Elisa]]",
            ),
            ("c", "🙏🏾 thank you, God bless"),
        ],
    },
    # 15. Nails: a girl books a semi-permanent for herself and her friend, nicknames and handles
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "betta_s_03",
        "lang": "it",
        "start": "2025-03-06T17:48:00",
        "messages": [
            (
                "c",
                "ciaooo avete posto sabato x un semipermanente? siamo in 2, io e la mia amica [[P:Giorgia]] (@[[H:giorgiaa.b_]]), io sono @[[H:betta_s_03]]",
            ),
            (
                "a",
                "Ciao! Sabato {{D:8 marzo}} c'è posto alle {{TM:15:30}} con [[P:Jenny]] e [[P:Mei]] insieme. Mi dici nome e cell?",
            ),
            (
                "c",
                "[[P:Elisabetta Sarti]] ma chiamami [[P:Betta]] 😘 [[T:3294418207]]. la [[P:Giorgia]] fa il {{PD:french baby boomer}}, io il colore della settimana",
            ),
            (
                "a",
                "Segnate! Il colore della settimana è {{PD:Rosso Valentino}} 💅 {{$:25 €}} semipermanente, {{$:35 €}} il baby boomer. Ciao [[P:Betta]], a sabato! [[P:Jenny]] - Lily Nails",
            ),
            (
                "c",
                "siii ganzo!! ah la [[P:Giorgia]] arriva da [[L:Vaiano]] in bus quindi forse 5 min di ritardo",
            ),
            ("a", "Tranquille 😊"),
        ],
    },
    # 16. Nails: a bride books a trial, the family-run salon answers, mother and sister-in-law
    {
        "business": "nails",
        "platform": "whatsapp",
        "customer": "Sposa Chiara 💍",
        "lang": "it",
        "start": "2025-04-14T10:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi sposo il {{D:21 giugno}} e vorrei fare la prova unghie. Mi ha consigliato [[P:Lily]] la mia collega [[P:Wang Fang]] che viene sempre da voi",
            ),
            (
                "a",
                "Buongiorno! Io sono [[P:Lily]], cioè [[P:Lin Li]], la titolare 😊 La prova sposa costa {{$:€ 30}} e poi si scala dal pacchetto {{PD:Sposa Luxury}}. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Chiara Nesti]]. Verrebbero anche la mia mamma [[P:Rossana]] e mia cognata [[P:Neve]] per il giorno del matrimonio, si può fare a domicilio? Foto e programma sono sul nostro sito [[U:www.chiaraeluca-sposi.example.it]] 🥰 Ci prepariamo dalla nonna a [[L:Figline di Prato]], [[A:via di Cantagallo 22]]",
            ),
            (
                "a",
                "A domicilio sì, con supplemento di {{$:€ 20}}. Vengo io con mia sorella [[P:Mei]]. Per la prova, va bene giovedì {{D:17 aprile}} alle {{TM:18}}?",
            ),
            (
                "c",
                "perfetto! il mio numero se serve è [[T:+39 366 712 0483]], quello della mamma [[T:0574 460 221]] (fisso, lei il cell nn lo guarda mai 🙄)",
            ),
            ("a", "Segnato tutto, prenotazione {{R:SP-0417}}. A giovedì [[P:Chiara]]! [[P:Lily]]"),
        ],
    },
    # 17. Nails: a complaint about lifting gel, the neighbour recommended the salon
    {
        "business": "nails",
        "platform": "messenger",
        "customer": "Marisa Becagli",
        "lang": "it",
        "start": "2025-05-30T20:14:00",
        "messages": [
            (
                "c",
                "salve, sono stata da voi martedì, mi ha fatto la ricostruzione una ragazza, mi pare [[P:Sofia]]. dopo 4 giorni si sono già alzate tre unghie. icché è successo??",
            ),
            (
                "a",
                "Buonasera signora, mi dispiace tanto. Mi dice il suo nome così controllo in agenda? Sono [[P:Jenny Lin]]",
            ),
            (
                "c",
                "[[P:Marisa Becagli]], abito in [[A:via Bologna 361]] a [[L:La Querce]], mi ci ha mandato la mi' vicina la [[P:Loredana]] che dice che siete bravissime. appunto.",
            ),
            (
                "a",
                "Trovata, {{D:martedì 27}} con [[P:Sofia]]. Ha ragione, le rifacciamo gratis. Quando può passare? Domani alle {{TM:11:00}} o alle {{TM:16:30}}?",
            ),
            ("c", "alle 11 va bene. e la prossima volta la voglio fare con la [[P:Jenny]] eh"),
            ("a", "Certamente signora [[P:Becagli]], la aspetto io. Scusi ancora 🙏 [[P:Jenny]]"),
        ],
    },
    # 18. Nails: an Erasmus student from Nigeria in Prato, mixing English and Italian
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "blessing.ade",
        "lang": "en",
        "start": "2025-10-21T14:33:00",
        "messages": [
            (
                "c",
                "hi, do you do acrylic long coffin shape? i'm an erasmus student at {{B:PIN}}, my italian is not good yet lol. i'm @[[H:blessing.ade]]",
            ),
            (
                "a",
                "Hi! Yes we do, {{PD:Acrylic Coffin XL}} is {{$:€ 45}}. You can write in English, my sister [[P:Mei]] speaks it well 😊 What's your name?",
            ),
            (
                "c",
                "[[P:Blessing Adeyemi]]. can i come friday after 5? i live near the {{W:Duomo}}, [[A:via dell'Altopascio 6]]",
            ),
            ("c", "scusate, venerdì alle 17:30 va bene? ho lezione fino alle 5", "it"),
            (
                "a",
                "Friday {{D:24 October}} at {{TM:17:30}} with [[P:Mei]], perfect. Can I have your number for a reminder?",
            ),
            ("c", "[[T:+234 803 447 2196]] it's my nigerian one, i have whatsapp on it. thx!!"),
        ],
    },
    # 19. Nails: a husband buys a gift card for his wife Rosa
    {
        "business": "nails",
        "platform": "telegram",
        "customer": "Stefano L.",
        "lang": "it",
        "start": "2025-02-10T12:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei fare una gift card per {{W:San Valentino}} per mia moglie. Si chiama [[P:Rosa]], [[P:Rosa Lunardi]]. Tipo {{$:50 euro}}",
            ),
            (
                "a",
                "Buongiorno! Che bel pensiero. La gift card da {{$:50 €}} la può ritirare in salone o la mandiamo digitale via mail. A chi la intestiamo?",
            ),
            (
                "c",
                "digitale, a nome suo, e mandatela a me così gliela do io: [[E:stefano.lunardi76 at libero dot it]]. se possibile con scritto 'per la mia [[P:Rosina]]' 🌹",
            ),
            (
                "a",
                "Fatto 😊 Codice {{R:GC-LN-2025-044}}, valida fino al {{D:31/12/2025}}. Pagamento con carta al link, o bonifico",
            ),
            (
                "c",
                "carta, ma il link nn mi si apre, posso dirvi il numero? [[C:5425-2389-3301-7743]]",
            ),
            (
                "a",
                "Meglio di no per la sua sicurezza! Cancelli il messaggio, le rimando il link da {{B:SumUp}}, dovrebbe funzionare. [[P:Lily]]",
            ),
        ],
    },
    # 20. Nails: a supplier chases an unpaid invoice, VAT and IBAN both ways
    {
        "business": "nails",
        "platform": "whatsapp",
        "customer": "Nailpro Forniture",
        "lang": "it",
        "start": "2025-07-08T09:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Debora]] dell'amministrazione di {{B:Nailpro Forniture}}. Ci risulta non pagata la fattura {{R:FT 2025/0612}} di {{$:€ 486,20}}. Potete verificare?",
            ),
            (
                "a",
                "Buongiorno [[P:Debora]], la contabilità la segue mio fratello [[P:Wei]], [[P:Lin Wei]]. Ti giro il suo numero: [[T:+39 329 801 5526]]",
            ),
            (
                "c",
                "Grazie. Per sicurezza vi ricordo i dati: noi P.IVA [[V:05273940147]], IBAN [[I:IT76N0311123700000000660154]]",
            ),
            (
                "a",
                "buongiorno sono [[P:Wei]], scusate ritardo, ho pagato oggi da conto salone [[I:IT52 W020 0812 8340 0010 6385 524]]. la nostra p.iva è [[V:01938470356]] se serve x nota credito",
            ),
            ("c", "Ricevuto, grazie [[P:Wei]]. Buona giornata, [[P:Debora Pacini]]"),
        ],
    },
    # 21. Nails: a nail technician applies for a job, codice fiscale and address
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "nails_by_ale_po",
        "lang": "it",
        "start": "2025-09-02T22:10:00",
        "messages": [
            (
                "c",
                "ciao ho visto che cercate una onicotecnica! io sono [[P:Alessia Poggiali]], ho 4 anni di esperienza, i miei lavori sono su @[[H:nails_by_ale_po]] e sul mio sito [[U:alessiapoggiali-nails.example.it]]",
            ),
            (
                "a",
                "Ciao [[P:Alessia]]! Lavori bellissimi 😍 Puoi mandarci il cv a [[E:lin.li@lilynails-example.it]]? Ti chiamerà la titolare, [[P:Lily]]",
            ),
            (
                "c",
                "mandato! vi lascio anche qui i dati x il colloquio: [[A:via Pistoiese 148/B]], [[A:59100]] [[L:Prato]], cell [[T:351 776 0394]], cf [[CF:PPSBTT75T52F205D]] no aspetta questo è di mia mamma 🤦‍♀️ il mio lo porto al colloquio",
            ),
            (
                "a",
                "Ahah tranquilla, lo porti tu. Ti va bene mercoledì {{D:10 settembre}} alle {{TM:14}}? [[P:Jenny]]",
            ),
            ("c", "perfetto, grazie mille!! ci sarò"),
        ],
    },
    # 22. Cleaning: a daughter looks for a live-in carer for her mother, Roman dialect
    {
        "business": "clean",
        "platform": "whatsapp",
        "customer": "Manuela",
        "lang": "it",
        "start": "2025-01-13T08:47:00",
        "messages": [
            (
                "c",
                "bongiorno, me chiamo [[P:Manuela Proietti]], cerco na signora che stia co mi madre giorno e notte, ha 91 anni e nun ce la fa più da sola. abita a [[L:Garbatella]]",
            ),
            (
                "a",
                "Buongiorno signora [[P:Proietti]], sono [[P:Serena]] di CasaSerena. Abbiamo due signore disponibili da febbraio: [[P:Mihaela Dumitrescu]], rumena, 12 anni di esperienza con anziani, e [[P:Halyna Bondar]], ucraina. Come si chiama la mamma?",
            ),
            (
                "c",
                "[[P:Assunta Ciarla]], la chiamano tutti [[P:Sunta]]. l'indirizzo è [[A:via Giovanni Ansaldo 9, scala C, interno 14]], terzo piano senza ascensore, 'na tragedia",
            ),
            (
                "a",
                "Capito. Direi [[P:Mihaela]], è robusta e abituata alle scale 😊 Possiamo fare un incontro conoscitivo {{D:giovedì 16}} alle {{TM:10:30}} a casa della signora?",
            ),
            (
                "c",
                "daje, va bene. ce sarà pure mi fratello [[P:Claudio]], er numero suo è [[T:06 5413 2287]], er mio [[T:339/4401276]]",
            ),
            (
                "a",
                "Perfetto, appuntamento {{R:COL-0116-03}}. Porto il contratto tipo. A giovedì, [[P:Serena Valli]]",
            ),
        ],
    },
    # 23. Cleaning: the contract for a carer needs both fiscal codes, the doctor is mentioned
    {
        "business": "clean",
        "platform": "messenger",
        "customer": "Claudio Proietti",
        "lang": "it",
        "start": "2025-01-20T19:02:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Claudio Proietti]], il figlio della signora [[P:Ciarla]]. Per il contratto di [[P:Mihaela]] cosa vi serve?",
            ),
            (
                "a",
                "Buonasera! Il codice fiscale del datore di lavoro (la mamma o lei), quello della lavoratrice ce l'abbiamo già, e l'IBAN da cui pagherete lo stipendio per l'addebito contributi",
            ),
            (
                "c",
                "Il datore lo faccio io: [[CF:MRNFNC68C10L219U]], sono nato a [[L:Torino]] anche se vivo a [[L:Roma]] da sempre. IBAN [[I:IT64Y0306912711000000417293]]",
            ),
            (
                "c",
                "Ah, il medico della mamma, il dott. [[P:Fabrizio Mele]], dice che la badante deve sapere fare le iniezioni di eparina. [[P:Mihaela]] le sa fare?",
            ),
            ("a", "Sì, ha il certificato OSS. Le mando il contratto da firmare a quale email?"),
            ("c", "[[E:claudio.proietti68@example.it]]. grazie, [[P:Claudio]]"),
        ],
    },
    # 24. Cleaning: an American expat family in Parioli needs a cleaner twice a week
    {
        "business": "clean",
        "platform": "whatsapp",
        "customer": "Jennifer Fox",
        "lang": "en",
        "start": "2025-09-08T07:15:00",
        "messages": [
            (
                "c",
                "Hi! We just moved to [[L:Rome]] from [[L:Chicago]], my husband works at the embassy. We're looking for someone to clean twice a week, 4 hours each. I'm [[P:Jennifer Fox]]",
            ),
            (
                "a",
                "Welcome to [[L:Rome]] [[P:Jennifer]]! Our rate is {{$:€ 16/hour}} all included. We have [[P:Maricel]], she's from the [[L:Philippines]] and speaks perfect English. Which neighbourhood are you in?",
            ),
            (
                "c",
                "[[L:Parioli]], [[A:via Archimede 141]], building B, 4th floor, apartment 9. The doorman is [[P:Sandro]], he'll let her in. Here's my facebook so she recognises me: [[U:facebook.com/jennifer.fox.rome]]",
            ),
            (
                "a",
                "Great. Could [[P:Maricel Dela Cruz]] start {{D:Monday 15th}} at {{TM:9am}}? Her number is [[T:+39 320 552 1978]] in case you need her directly.",
            ),
            (
                "c",
                "Perfect. My cell is [[T:+1 (312) 555-0166]] but I also got an Italian one [[T:351 902 4418]]. My husband is [[P:Mark]], if I'm not home he'll pay her",
            ),
            (
                "a",
                "Booked, contract {{R:CS-2025-0908}}. Payment by bank transfer or card at the end of the month. Thanks! [[P:Serena]]",
            ),
        ],
    },
    # 25. Cleaning: a Ukrainian worker asks about her pay and gives a new bank account
    {
        "business": "clean",
        "platform": "telegram",
        "customer": "Halyna B.",
        "lang": "it",
        "start": "2025-03-01T21:40:00",
        "messages": [
            (
                "c",
                "buona sera signora [[P:Serena]], sono [[P:Halyna]]. stipendio febbraio non arrivato ancora. forse perché ho cambiato banca?",
            ),
            (
                "a",
                "Ciao [[P:Halyna]], sì probabilmente! Abbiamo ancora il vecchio conto. Mi mandi il nuovo IBAN?",
            ),
            (
                "c",
                "si. [[I:IT52W0200812834000106385524]] intestato [[P:Halyna Bondar]]. Mi aiutato mio vicino [[P:Ahmed]] a aprire conto, lui parla bene italiano",
            ),
            (
                "a",
                "Perfetto, lo rifaccio lunedì {{D:3 marzo}}. Ti serve anche la busta paga stampata?",
            ),
            (
                "c",
                "si per favore, per permesso di soggiorno. mio indirizzo adesso è [[A:viale della Primavera 210]], [[L:Centocelle]], non più [[A:via Casilina 602]]",
            ),
            ("a", "Aggiornato tutto. Buona serata, [[P:Serena]]"),
        ],
    },
    # 26. Cleaning: a broken vase, an angry customer, the worker defends herself
    {
        "business": "clean",
        "platform": "whatsapp",
        "customer": "Avv. Ludovica Orsini",
        "lang": "it",
        "start": "2025-06-17T13:03:00",
        "messages": [
            (
                "c",
                "Buongiorno. Stamattina la vostra collaboratrice, [[P:Ramona]], mi ha rotto un vaso di {{B:Venini}} in salotto. Mi aspetto un rimborso.",
            ),
            (
                "a",
                "Buongiorno avvocato [[P:Orsini]], mi dispiace molto. Ho sentito [[P:Ramona Ilie]] e dice che il vaso era già incrinato, ma ovviamente verifichiamo. Abbiamo un'assicurazione con {{B:UnipolSai}}.",
            ),
            (
                "c",
                "Già incrinato?! Ce l'ho da vent'anni. Me lo regalò mia zia [[P:Bianca Maria Orsini]] per la laurea. La signora del piano di sotto, la [[P:Colasanti]], ha sentito il botto.",
            ),
            (
                "a",
                "Capisco. Per la pratica mi serve una foto, il valore stimato e il suo codice fiscale. Il perito, [[P:Gianluca Testa]], la chiamerà per un sopralluogo in [[A:lungotevere dei Mellini 44]]",
            ),
            (
                "c",
                "Codice fiscale [[CF:MNCRSO57S49A944O]] no, scusi, quello è di mia suocera, l'ho copiato dal documento sbagliato. Il mio lo do al perito. Numero [[T:+39 06 3211 9045]], studio.",
            ),
            (
                "a",
                "Grazie, apro la pratica {{R:SIN-2025-07}}. Le faccio sapere entro {{D:venerdì}}. [[P:Serena Valli]]",
            ),
        ],
    },
    # 27. Cleaning: a British pensioner in Trastevere wants her usual lady back
    {
        "business": "clean",
        "platform": "messenger",
        "customer": "Hope Langley",
        "lang": "en",
        "start": "2025-11-11T10:30:00",
        "messages": [
            (
                "c",
                "Dear [[P:Serena]], it's [[P:Hope]] from [[A:vicolo del Cedro 31]] in [[L:Trastevere]]. [[P:Rosalie]] hasn't come for two weeks, is she alright? The new girl is lovely but I miss [[P:Rosalie]].",
            ),
            (
                "a",
                "Dear Mrs [[P:Langley]], [[P:Rosalie]] went home to [[L:Cebu]] for her father's funeral, she'll be back on {{D:1 December}}. I'll tell her you asked 🙏",
            ),
            (
                "c",
                "Oh dear, poor thing. Please pass on my condolences. Could you give me her e-mail so I can write to her? My nephew [[P:Oliver Langley-Church]] sets up the computer for me.",
            ),
            (
                "a",
                "She said it's fine: [[E:rosalie.m.santos@example.com]]. And Mrs [[P:Langley]], remember this month's invoice, {{$:€ 256}}",
            ),
            (
                "c",
                "Yes, [[P:Oliver]] will pay it from my English account, he is so good to me. His number is [[T:+44 (0)1632 960 418]] if there's a problem.",
            ),
            ("a", "Thank you, take care! [[P:Serena]]"),
        ],
    },
    # 28. Cleaning: the booking portal blocks a customer, IP addresses are exchanged
    {
        "business": "clean",
        "platform": "instagram",
        "customer": "fabio.mancuso.rm",
        "lang": "it",
        "start": "2025-04-03T23:12:00",
        "messages": [
            (
                "c",
                "ciao il vostro sito mi dice 'accesso bloccato, troppe richieste' e nn riesco a prenotare la pulizia di fine locazione",
            ),
            (
                "a",
                "Ciao! A volte il firewall esagera. Mi dici il tuo indirizzo IP? Lo trovi cercando 'qual è il mio ip' su {{B:Google}}",
            ),
            (
                "c",
                "[[IP:93.41.208.17]] . sono [[P:Fabio Mancuso]] cmq (@[[H:fabio.mancuso.rm]] qui), la casa da pulire è a [[L:Monteverde]], [[A:via Fratelli Bonnet 17, piano 2, int. 5]]",
            ),
            ("c", "ah ora mi ha cambiato ip perché sono passato al 4g: [[IP:151.38.112.204]]"),
            (
                "a",
                "Sbloccati entrambi. Se preferisci prenoto io: pulizia fine locazione {{PD:Check-out Plus}} {{$:€ 180}}, sabato {{D:5 aprile}} dalle {{TM:9}}. Ti va bene [[P:Ramona]]?",
            ),
            (
                "c",
                "ok perfetto. le chiavi le lascio alla portiera, la sig.ra [[P:Speranza]], chiedete a lei. il mio num [[T:+39.347.118.9020]]",
            ),
            ("a", "Perfetto, prenotazione {{R:FL-0405-11}}. Buonanotte! [[P:Serena]]"),
        ],
    },
    # 29. Tennis: booking a doubles court, Romagnolo, the partners named one by one
    {
        "business": "tennis",
        "platform": "whatsapp",
        "customer": "Gigi Casadei",
        "lang": "it",
        "start": "2025-05-06T07:58:00",
        "messages": [
            (
                "c",
                "ciao burdèl, c'è un campo in terra x stasera alle 19? doppio: io, il [[P:Pier]], [[P:Sauro Foschi]] e il figlio della [[P:Loretta]], [[P:Nicola]]",
            ),
            (
                "a",
                "Ciao [[P:Gigi]]! Alle {{TM:19:00}} il {{PD:campo 3}} è libero, {{$:€ 32}} l'ora in 4 con le luci. Ti segno come [[P:Luigi Casadei]]?",
            ),
            (
                "c",
                "sì sì. e metti anche il cognome del [[P:Pier]] che l'altra volta ha fatto casino la segreteria: [[P:Pierpaolo Zoli]], [[P:Z-O-L-I]], nn [[P:Zoni]]",
            ),
            (
                "a",
                "Fatto 😄 prenotazione {{R:TC-0506-19}}. Occhio che alle 20 c'è il corso di [[P:Robbie]] sul 2, quindi puntuali",
            ),
            (
                "c",
                "ohi ohi quel là l'è sempre in anticipo. il [[P:Pier]] ha messo le foto dell'ultima partita su [[U:facebook.com/pierpaolo.zoli.75]] 😂 a stasera, [[P:Gigi]]",
            ),
        ],
    },
    # 30. Tennis: a mother enrols two kids in the winter course, FIT cards need fiscal codes
    {
        "business": "tennis",
        "platform": "telegram",
        "customer": "Laura Ricci Bertaccini",
        "lang": "it",
        "start": "2025-09-10T20:20:00",
        "messages": [
            (
                "c",
                "Buonasera, vorrei iscrivere i miei figli al corso invernale under 12. Sono [[P:Laura Ricci Bertaccini]], i bimbi sono [[P:Tommaso]] (10 anni) e [[P:Victoria]] (8)",
            ),
            (
                "a",
                "Buonasera [[P:Laura]]! Il corso è il martedì e giovedì dalle {{TM:17}} alle {{TM:18}} con il maestro [[P:Marco Leone]]. Costo {{$:€ 390}} da {{D:ottobre}} a {{D:maggio}}. Per il tesseramento {{B:FITP}} servono nome, data di nascita e codice fiscale di ognuno",
            ),
            (
                "c",
                "[[P:Tommaso Bertaccini]] nato il {{D:04/02/2015}} a [[L:Forlì]] e [[P:Victoria Bertaccini]] nata il {{D:19/11/2016}} a [[L:Cesena]]. I codici fiscali ve li porto, però il maestro [[P:Leone]] intanto il suo ce l'ha già: [[CF:LNEMRC88H12D704X]], me l'ha dato per la fattura delle lezioni private 😅",
            ),
            (
                "a",
                "Ahah quello è il codice del maestro, per i bimbi ci servono i loro 😄 Può mandarceli anche per mail a [[E:segreteria.ronco@example.it]]. Il certificato medico non agonistico lo fa il pediatra?",
            ),
            (
                "c",
                "sì, la dott.ssa [[P:Grazia Montanari]] di [[L:Forlimpopoli]]. Abitiamo a [[L:Villa Selva]], [[A:via Selva Vecchia 188]], se dovete mandare le tessere a casa",
            ),
            (
                "a",
                "Perfetto, iscrizione {{R:CI-2025-044}} e {{R:CI-2025-045}}. A presto! [[P:Ilaria]] - segreteria",
            ),
        ],
    },
    # 31. Tennis: a Dutch tourist on holiday asks to play and for a partner
    {
        "business": "tennis",
        "platform": "messenger",
        "customer": "Joost van Leeuwen",
        "lang": "en",
        "start": "2025-07-22T09:12:00",
        "messages": [
            (
                "c",
                "Hi, I'm on holiday at my in-laws in [[L:Bertinoro]] for 2 weeks. Can a non-member book a court? And do you have someone to play with? I'm around 4.0 level. I'm @[[H:joostvl]] on telegram too",
            ),
            (
                "a",
                "Hi! Sure, non-members pay {{$:€ 15}} per hour per person. Our coach [[P:Will]] (he's English) often hits with visitors, he's {{$:€ 40}}/hour. What's your name?",
            ),
            (
                "c",
                "[[P:Joost van Leeuwen]]. My wife [[P:Elena]] might join too, she's from here, her mum is [[P:Rosanna Bello]] from [[A:via Mainardi 7]] if you know her 😄",
            ),
            (
                "a",
                "Ha, everybody knows the [[P:Bello]] family! Tomorrow {{TM:8:00}} with [[P:Will Thornton]] on {{PD:court 1}}? It's cooler in the morning",
            ),
            (
                "c",
                "Perfect. My number [[T:+31 6 2871 4409]], or email [[E:joost.vanleeuwen@example.nl]]",
            ),
            (
                "a",
                "Booked, ref {{R:TC-0723-08}}. [[P:Will]]'s mobile is [[T:+44 7700 900 215]] if you're late. Enjoy! [[P:Ilaria]]",
            ),
        ],
    },
    # 32. Tennis: registration for the social tournament, a player spells a difficult surname
    {
        "business": "tennis",
        "platform": "whatsapp",
        "customer": "Ale Gb",
        "lang": "it",
        "start": "2025-08-28T18:05:00",
        "messages": [
            (
                "c",
                "ciao vorrei iscrivermi al torneo sociale di {{D:settembre}}, 4a categoria. [[P:Alessandro Ghinassi-Babini]], col trattino, [[P:G-H-I-N-A-S-S-I]]",
            ),
            (
                "a",
                "Ciao [[P:Alessandro]]! Iscritto. La quota è {{$:€ 25}}, il tabellone esce il {{D:5 settembre}}. Tessera FITP valida?",
            ),
            (
                "c",
                "sì, scade a dicembre. iscrivi anche il mio compagno di doppio, [[P:Raffaele Ferro]], ma lui è di [[L:Faenza]], va bene lo stesso?",
            ),
            ("a", "Sì, basta che sia socio di un circolo affiliato. Mi dai un suo numero?"),
            (
                "c",
                "[[T:0546 22 817]] è il negozio di suo padre, il cell nn lo so a memoria. scrivigli su insta @[[H:raffa_ferro_tennis]]",
            ),
            ("a", "Ok, gli scrivo io. Buon torneo! [[P:Ilaria]]"),
        ],
    },
    # 33. Tennis: a club member asks the coach to tag her, handles and a video link
    {
        "business": "tennis",
        "platform": "instagram",
        "customer": "marti.tennis.fc",
        "lang": "it",
        "start": "2025-06-03T21:33:00",
        "messages": [
            (
                "c",
                "ciaoo! nel reel di ieri c'è il mio rovescio 😍 potete taggarmi? sono @[[H:marti.tennis.fc]], [[P:Martina]] del corso del giovedì",
            ),
            (
                "a",
                "Certo [[P:Marti]]! Taggata. Il video completo l'ha caricato [[P:Robbie]] (@[[H:robbie_coach_fc]]) sul suo canale: [[U:youtube.com/@robertocamporesi_coach]]",
            ),
            (
                "c",
                "grande!! e la mia amica [[P:Aurora]] è @[[H:auroraa_bianchini]], c'è anche lei al minuto 2 che sbaglia la volée 😂",
            ),
            (
                "a",
                "Taggata anche lei 😄 ricordate che giovedì {{D:5 giugno}} c'è la festa di fine corso, porta qualcosa da mangiare!",
            ),
            ("c", "la mia nonna [[P:Ines]] fa la {{PD:piadina}} per tutti, garantito"),
            ("a", "Allora siamo a posto 🙌 [[P:Robbie]] e [[P:Ilaria]]"),
        ],
    },
    # 34. Tennis: annual membership fee, medical certificate, paying from the wife's account
    {
        "business": "tennis",
        "platform": "messenger",
        "customer": "Vittorio Gardini",
        "lang": "it",
        "start": "2025-01-08T11:41:00",
        "messages": [
            (
                "c",
                "Buongiorno, devo rinnovare la quota sociale 2025. Quant'è quest'anno? [[P:Vittorio Gardini]], socio dal 1998",
            ),
            (
                "a",
                "Buongiorno signor [[P:Gardini]]! La quota annuale è {{$:€ 420}}, entro il {{D:31 gennaio}}. Bonifico a [[I:IT35Q0503466470000000082917]] no scusi, quello è vecchio: [[I:IT52A0832703221000000013708]] intestato al circolo, causale 'quota 2025 + nome'",
            ),
            (
                "c",
                "Pago dal conto di mia moglie [[P:Mirella]], si vedrà [[P:Mirella Zannoni]] come ordinante, va bene?",
            ),
            (
                "a",
                "Va benissimo. Ci serve anche il certificato medico nuovo, il suo scade il {{D:15 febbraio}}",
            ),
            (
                "c",
                "L'ho già fatto dal dott. [[P:Church]], quello inglese del poliambulatorio di [[L:Forlì]], lo porto sabato. Se non ci sono io passa mio nipote [[P:Gabriele]]",
            ),
            ("a", "Perfetto, grazie! [[P:Ilaria]] - Tennis Club Ronco"),
        ],
    },
    # 35. Tennis: an Indian engineer working in Forlì wants lessons for himself and his son
    {
        "business": "tennis",
        "platform": "whatsapp",
        "customer": "Rahul Iyer",
        "lang": "en",
        "start": "2025-10-15T17:50:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Rahul Iyer]], I work at {{B:Ferrari}}... no joking, at a company in the industrial area 😄 I'd like lessons for me and my son [[P:Aarav]], age 11. We're beginners",
            ),
            (
                "a",
                "Hi [[P:Rahul]]! Coach [[P:Will]] teaches in English. Parent + child lessons are {{$:€ 45}} for 1 hour. Evenings or weekends?",
            ),
            (
                "c",
                "Saturday mornings best. We live in [[L:San Martino in Strada]], [[A:via Ravegnana 402]]. My wife [[P:Deepa]] will bring [[P:Aarav]] sometimes, her number [[T:+39 389 014 7723]]",
            ),
            (
                "a",
                "Saturday {{D:18 October}} at {{TM:10:00}}, ref {{R:TC-1018-10}}. Rackets can be borrowed. Can I have your email for the invoice?",
            ),
            ("c", "[[E:rahul.iyer@example.in]]. Invoice to my company pls, VAT [[V:03109820153]]"),
            ("a", "Done. See you Saturday! [[P:Ilaria]]"),
        ],
    },
    # 36. Translation: a Romanian birth certificate to be sworn, names with diacritics
    {
        "business": "transl",
        "platform": "messenger",
        "customer": "Andreea Munteanu",
        "lang": "it",
        "start": "2025-02-18T10:25:00",
        "messages": [
            (
                "c",
                "Buongiorno, devo tradurre e asseverare il certificato di nascita di mio figlio, è in rumeno. Quanto costa e quanto ci vuole?",
            ),
            (
                "a",
                "Buongiorno! Traduzione giurata di un certificato: {{$:€ 65}} più le marche da bollo ({{$:€ 16}} ciascuna), pronta in 3 giorni lavorativi. Mi manda una scansione? [[P:Federica]] - Studio Dora",
            ),
            (
                "c",
                "Ve l'ho mandata. Il bambino è [[P:Ștefan-Luca Munteanu]], nato a [[L:Iași]]. Io sono la mamma, [[P:Andreea Munteanu]], il papà [[P:Luca Bosio]] è italiano, abitiamo a [[L:Torino]] in [[A:corso Giulio Cesare 77]], [[L:Barriera di Milano]]",
            ),
            (
                "a",
                "Ricevuta. Attenzione: sul certificato il nome del padre è scritto '[[P:Bosió]]' con l'accento, lo lasciamo come nell'originale o correggiamo in nota?",
            ),
            (
                "c",
                "mettete una nota per favore, l'impiegato di [[L:Iași]] ha sbagliato. Mi chiamate al [[T:+40 745 118 302]] o al [[T:011 248 5561]] quando è pronto?",
            ),
            (
                "a",
                "Certo. Pratica {{R:TG-2025-0218}}, ritiro da {{D:venerdì 21}} dopo le {{TM:15}}. [[P:Federica Aimar]]",
            ),
        ],
    },
    # 37. Translation: a British man marrying in Turin needs his nulla osta translated
    {
        "business": "transl",
        "platform": "whatsapp",
        "customer": "Tom Leadbetter",
        "lang": "en",
        "start": "2025-04-02T12:40:00",
        "messages": [
            (
                "c",
                "Hi there, I'm getting married in [[L:Turin]] in {{D:June}} to my Italian fiancée [[P:Serena Bianco]] and the comune wants my certificate of no impediment translated and sworn. Can you help?",
            ),
            (
                "a",
                "Hello and congratulations! Yes, {{$:€ 90}} including the sworn statement at the tribunale. Please send the certificate and a copy of your passport. I'm [[P:Federica]]",
            ),
            (
                "c",
                "Sent both. Name's [[P:Thomas James Leadbetter]], goes by [[P:Tom]]. My address in the UK is [[A:Rose Cottage, 4 Church Road]], [[L:Little Snoring]], [[L:Norfolk]] [[A:NR21 0HU]], and here I'm staying at [[P:Serena]]'s flat in [[L:San Salvario]]",
            ),
            (
                "c",
                "oh and the comune needs the translation for [[P:Serena]] too? her codice fiscale is [[CF:BNCSRN01E61H501Q]], she was born in [[L:Rome]]",
            ),
            (
                "a",
                "No, only your documents need translating. The appointment at the registry office is with Ms [[P:Giordano]]? Tell her we'll email the sworn copy to [[E:tom.leadbetter@example.co.uk]] by {{D:14 April}}",
            ),
            ("c", "Brilliant, cheers! My mobile is [[T:07700 900 982]] if needed"),
            (
                "c",
                "ah e grazie mille, sto imparando l'italiano per [[P:Serena]] e la sua nonna 😅",
                "it",
            ),
        ],
    },
    # 38. Translation: a Moroccan client uploads a diploma, the portal fails, IP address
    {
        "business": "transl",
        "platform": "telegram",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2025-06-24T16:16:00",
        "messages": [
            (
                "c",
                "salve, devo tradurre dall'arabo il mio diploma di maturità per iscrivermi al {{B:Politecnico}}. ho provato a caricarlo sul vostro portale ma dà errore 403",
            ),
            (
                "a",
                "Salve! Il portale a volte blocca gli IP esteri. Mi scrive il suo nome e il suo indirizzo IP?",
            ),
            (
                "c",
                "[[P:Youssef El Amrani]]. sono a [[L:Casablanca]] ancora, arrivo a [[L:Torino]] a settembre. il mio ip è [[IP:105.158.77.23]]. se serve mi trovate anche qui su telegram, @[[H:youssef_elamrani]]",
            ),
            (
                "a",
                "Sbloccato [[P:Youssef]], riprovi pure. La traduzione giurata del diploma con legalizzazione costa {{$:€ 120}}. Chi ritira in studio?",
            ),
            (
                "c",
                "mio cugino [[P:Hamza Bennani]], abita in [[A:via Nizza 154]], [[L:Torino]], tel [[T:+39 328 557 0162]]. è caricato adesso, grazie",
            ),
            (
                "a",
                "Ricevuto, pratica {{R:TG-2025-0624}}. Il traduttore di arabo, il dott. [[P:Karim Haddad]], finisce entro il {{D:2 luglio}}. [[P:Federica]]",
            ),
        ],
    },
    # 39. Translation: a Spanish Erasmus student with two surnames needs transcripts translated
    {
        "business": "transl",
        "platform": "instagram",
        "customer": "lucia.fdez.ortega",
        "lang": "en",
        "start": "2025-09-29T11:07:00",
        "messages": [
            (
                "c",
                "hi! I need my university transcript from {{B:Universidad de Sevilla}} translated into Italian for the {{B:UniTo}} master. it's 3 pages",
            ),
            (
                "a",
                "Hi! 3 pages sworn is {{$:€ 150}}. What's your full name as on the passport? Spanish double surnames get mixed up a lot here 😅",
            ),
            (
                "c",
                "yes lol, [[P:Lucía Fernández Ortega]]. [[P:Fernández]] is my father's, [[P:Ortega]] my mother's. The italian uni keeps calling me '[[P:Ortega Lucia]]' 🙄",
            ),
            (
                "a",
                "We'll keep it exactly as in the passport. Where should we send it, [[P:Lucía]]?",
            ),
            (
                "c",
                "I live in a student residence, [[A:via Verdi 15]], room 312, [[L:Vanchiglia]], [[L:Torino]]. or email [[E:lucia.fernandez.ortega@example.es]]. I can pay with my card, [[C:4012 8888 9999 1810]]? my linkedin if you need to check me: [[U:linkedin.com/in/lucia-fernandez-ortega]]",
            ),
            ("a", "Perfect, I'll send you a payment link. Ciao! [[P:Federica]]"),
        ],
    },
    # 40. Translation: an exporting company needs a contract translated, VAT numbers of both parties
    {
        "business": "transl",
        "platform": "messenger",
        "customer": "Ing. Paolo Chiesa",
        "lang": "it",
        "start": "2025-03-19T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'ing. [[P:Paolo Chiesa]] di {{B:Valsusa Componenti spa}}, p.iva [[V:11284600480]]. Ci serve la traduzione giurata in tedesco di un contratto di fornitura di 24 pagine con un cliente austriaco",
            ),
            (
                "a",
                "Buongiorno Ingegnere, certo. Ci mandi il file e i dati delle parti come devono comparire. Tempo stimato 8 giorni lavorativi. [[P:Davide Rosso]], project manager",
            ),
            (
                "c",
                "Le parti sono noi e {{B:Steirer Antriebstechnik GmbH}}, UID [[V:ATU13585627]], rappresentata dal sig. [[P:Johann Pichler]]. Il referente tecnico da noi è [[P:Grace Adeyemi-Conti]], [[E:g.adeyemiconti@valsusa-example.it]]",
            ),
            (
                "a",
                "Perfetto. Preventivo {{R:PRV-0319}}: {{$:€ 1.080}} + IVA. Per l'asseverazione serve la presenza del traduttore in tribunale, lo facciamo noi",
            ),
            (
                "c",
                "Ok. Abbiamo anche un distributore tedesco che vorrebbe la versione francese, {{B:Rheinhold Vertrieb}}, USt-IdNr [[V:DE136695976]]. Poi vi facciamo sapere.",
            ),
            ("a", "Va bene, nel caso le mando il secondo preventivo. Buona giornata, [[P:Davide]]"),
        ],
    },
    # 41. Translation: a Chinese driving licence to be converted, the family name order
    {
        "business": "transl",
        "platform": "whatsapp",
        "customer": "Zhou Jiahui",
        "lang": "it",
        "start": "2025-05-12T14:45:00",
        "messages": [
            (
                "c",
                "buongiorno, mi serve traduzione patente cinese per convertire in italiana. io mi chiamo [[P:Zhou Jiahui]], [[P:Zhou]] è cognome",
            ),
            (
                "a",
                "Buongiorno! Per la conversione in {{B:Motorizzazione}} serve la traduzione giurata, {{$:€ 70}}. Ci mandi foto fronte e retro 😊",
            ),
            (
                "c",
                "mandate. mia figlia [[P:Anna Zhou]] vi porta originale domani, lei parla italiano meglio, suo numero [[T:+39 377 410 8852]]",
            ),
            (
                "a",
                "Grazie. Sul permesso di soggiorno il suo nome risulta '[[P:Jiahui Zhou]]', lo indichiamo in nota così non ci sono problemi",
            ),
            (
                "c",
                "ok grazie. abito a [[L:Porta Palazzo]], [[A:via Priocca 3]], [[A:10152]] [[L:Torino]], se spedite",
            ),
            ("a", "Ritiro in studio va benissimo. A domani [[P:Anna]]! [[P:Federica]]"),
        ],
    },
    # 42. Translation: a Ukrainian teacher needs diplomas translated, pays from abroad
    {
        "business": "transl",
        "platform": "telegram",
        "customer": "Iryna Tkachenko",
        "lang": "en",
        "start": "2025-07-01T08:30:00",
        "messages": [
            (
                "c",
                "Good morning. I am [[P:Iryna Tkachenko]], teacher from [[L:Kharkiv]], now living in [[L:Moncalieri]]. I need my diploma and its supplement translated for the recognition at the ministry",
            ),
            (
                "a",
                "Good morning [[P:Iryna]]. For diploma + supplement (about 6 pages) the sworn translation is {{$:€ 210}}. Our Ukrainian translator is [[P:Olha]]",
            ),
            (
                "c",
                "Can I pay from my Polish account? I lived in [[L:Wrocław]] one year. Or my sister [[P:Natalia]] can pay from [[L:France]]: [[I:FR14 2004 1010 0505 0001 3M02 606]]",
            ),
            (
                "a",
                "Both fine. Please write '{{R:TG-0701}} [[P:Tkachenko]]' in the reference. Our bank details are in the quote {{R:TG-2025-0701}}",
            ),
            (
                "c",
                "Thank you. My address: [[A:strada Revigliasco 54]], [[A:10024]] [[L:Moncalieri]]. telephone [[T:+39 351 220 6618]], email [[E:iryna.tkachenko@example.ua]], my CV is on [[U:https://iryna-tkachenko.example.org/cv]]",
            ),
            ("a", "Received. [[P:Olha Savchuk]] will start on {{D:Monday}}. [[P:Federica]]"),
        ],
    },
    # 43. Translation: a lawyer sends a divorce judgment, confidential, IPs whitelisted
    {
        "business": "transl",
        "platform": "whatsapp",
        "customer": "Avv. Carlo Ruffino",
        "lang": "it",
        "start": "2025-10-30T15:10:00",
        "messages": [
            (
                "c",
                "Buonasera [[P:Federica]], sono l'avv. [[P:Ruffino]]. Le mando via cartella condivisa la sentenza di divorzio [[P:Martini]] / [[P:Okafor]], da tradurre in inglese per la {{B:High Court}}",
            ),
            (
                "a",
                "Buonasera Avvocato! La cartella accetta solo IP autorizzati: da quale indirizzo si collega lo studio?",
            ),
            (
                "c",
                "Lo studio esce con [[IP:82.85.190.44]]. La mia segretaria [[P:Rosa]] lavora da casa, mandale un accesso a [[E:rosa.gallo@studioruffino-example.it]]",
            ),
            (
                "a",
                "Autorizzato. Per la traduzione ci servono anche i dati del cliente per la fattura",
            ),
            (
                "c",
                "Fatturate a lui: [[P:Chinedu Okafor]], codice fiscale [[CF:OKFCHN90B22Z335M]], residente in [[A:via Cibrario 61]], [[L:Torino]]. Paga con carta [[C:4917 6104 0023 5180]] come l'altra volta, ha detto che vi va bene",
            ),
            (
                "a",
                "Grazie Avvocato, carichiamo l'addebito. La collega [[P:Grace]] ha già iniziato, consegna entro il {{D:7 novembre}}. [[P:Federica Aimar]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(33, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
