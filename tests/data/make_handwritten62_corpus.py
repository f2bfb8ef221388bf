# ruff: noqa: E501
"""Hand-written blind test corpus no. 62 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten62_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): an olive-oil mill near Ostuni selling online to
Germany, the Netherlands and the US, a driving school in Padua, a dental clinic in Modena, a
backpackers' hostel in Florence, an emergency locksmith in Naples and a dance school in Cagliari.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten62_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten62_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "oil": "Frantoio Masseria Cavallo",
    "drive": "Autoscuola Euganea",
    "dent": "Clinica Dentale Ghirlandina",
    "hostel": "Giglio Hostel Firenze",
    "lock": "Chiavi & Porte Vesuvio H24",
    "dance": "Accademia Danza Stella Marina",
}
PAGE_IDS: dict[str, str] = {
    "oil": "662400517203846",
    "drive": "662400088314572",
    "dent": "662400730195264",
    "hostel": "662400264908137",
    "lock": "662400941572608",
    "dance": "662400385061927",
}

CONVERSATIONS: list[Conversation] = [
    # 1. A customer in Hamburg orders tins for himself and his mother, pays by transfer, gets DHL tracking.
    {
        "business": "oil",
        "platform": "whatsapp",
        "customer": "Jörg Brandtner",
        "lang": "en",
        "start": "2025-01-14T09:12:00",
        "messages": [
            (
                "c",
                "Good morning, my name is [[P:Jörg Brandtner]], I live in [[L:Hamburg]]. My neighbour Frau [[P:Kessler]] gave me a bottle of your {{PD:Coratina}} at Christmas and it was fantastic. Do you ship to Germany?",
            ),
            (
                "a",
                "Guten Morgen [[P:Jörg]]! Yes, we ship to Germany with {{B:DHL}}, 3-5 working days. The 3 litre tin of {{PD:Coratina}} is {{$:39 €}}, shipping to DE {{$:14,90 €}}. Everything is also on our shop {{W:www.frantoiocavallo.example.it/shop}} – [[P:Angela]]",
            ),
            (
                "c",
                "Perfect. I take 2 tins and one {{PD:Nonna Rosa}} 0,75 l for my mother. Please send to [[A:Eppendorfer Landstraße 112, 2. OG]], [[A:20251]] [[L:Hamburg]]. On the bell it says [[P:Brandtner]]/[[P:Oelkers]]",
            ),
            (
                "a",
                "Noted! The {{PD:Nonna Rosa}} is our blend named after the grandmother of the family, {{$:16,50 €}}. Total {{$:108,40 €}}. Bank transfer to [[I:IT91 W030 6912 7110 0000 4517 823]], reason {{O:FC-2501-0087}}, or PayPal if you prefer.",
            ),
            (
                "c",
                "Transfer done from my account [[I:DE35 3704 0044 0581 4472 09]]. My wife [[P:Ute]] asks if you also have the {{PD:Peranzana}}? Her e-mail for the invoice: [[E:ute.oelkers@example.de]]. She makes ceramics, maybe you like a bottle from her, [[U:ute-oelkers-keramik.example.de]] 😉",
            ),
            (
                "a",
                "Payment received, thank you! {{PD:Peranzana}} is sold out until {{D:November}}, sorry. Beautiful plates, tell [[P:Ute]] we say hi from {{W:Ostuni}} ☀️ [[P:Angela]]",
            ),
            (
                "a",
                "Your parcel left today: DHL {{TR:JJD014600003817290451}}, you can follow it on {{W:https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html}}",
            ),
        ],
    },
    # 2. A Dutch customer met the mill at a market on holiday, orders six bottles, her sister wants to order too.
    {
        "business": "oil",
        "platform": "messenger",
        "customer": "Marieke Hoogland",
        "lang": "en",
        "start": "2025-02-03T18:47:00",
        "messages": [
            (
                "c",
                "Hi there, I am writing from [[L:Zwolle]] ([[L:Netherlands]]). Last year I bought your oil on the market in [[L:Lecce]] when we were on holiday with my husband [[P:Sjoerd]]. Now we want 6 bottles. Is it possible to ship to NL?",
            ),
            (
                "a",
                "Hi [[P:Marieke]], of course! 6 x 0,75 l {{PD:Ogliarola Salentina}} at {{$:13 €}} each, shipping {{$:18 €}} to the Netherlands with {{B:GLS}}. I need the full address and a phone for the courier. [[P:Donato]]",
            ),
            (
                "c",
                "Address is [[A:Thorbeckegracht 27a]], [[A:8011 VM]] [[L:Zwolle]]. Phone [[T:+31 6 4172 9380]]. Or my son [[P:Daan]] [[T:06-28817405]] if I am not home, he still lives with us",
            ),
            (
                "a",
                "Thank you! Order {{O:FC-2502-0131}} confirmed, total {{$:96 €}}. I send you the payment link by mail, which address should I use?",
            ),
            (
                "c",
                "[[E:marieke.hoogland (at) example (dot) nl]] 😅 sorry I write it like this because of spam",
            ),
            (
                "c",
                "ps my sister [[P:Femke]] in [[L:Leeuwarden]] wants also, can she write you? her insta is [[H:femke.bakt.brood]], she has a bread blog too [[U:https://femkebakt.blogspot.com]]",
            ),
            (
                "a",
                "Sure, tell [[P:Femke]] to write us here or on {{B:@frantoio.masseria.cavallo}}. With her bread our {{PD:Coratina}} is perfect 😄 [[P:Donato]]",
            ),
        ],
    },
    # 3. A customer in North Carolina orders a mixed box, pastes her card number in the chat, gets UPS tracking.
    {
        "business": "oil",
        "platform": "instagram",
        "customer": "Tasha Whitfield",
        "lang": "en",
        "start": "2025-03-02T21:05:00",
        "messages": [
            (
                "c",
                "hey!! saw ur reel with the harvest 😍 do u ship to the US? I'm in [[L:Asheville]], [[L:NC]]",
            ),
            (
                "a",
                "Hi! Yes, we ship to the US twice a month with {{B:UPS}}, minimum 6 bottles because of customs. The harvest of {{D:October 2024}} is available now.",
            ),
            (
                "c",
                "ok cool. me and my partner [[P:Hope]] want the mixed box. ship to [[A:58 Chestnut Hollow Rd]], [[L:Asheville]], [[L:NC]] [[A:28804]]. phone [[T:(828) 555-0176]]",
            ),
            (
                "a",
                "Great — mixed box of 6 is {{$:$118}} + {{$:$42}} shipping. I'll send you a secure card payment link, please never type card numbers in the chat 🙏 [[P:Angela]]",
            ),
            ("c", "oops too late lol its [[C:4532 7518 0461 2239]] exp 09/27"),
            (
                "a",
                "No worries, I deleted it on our side and we won't use it. Which email should I send the link to?",
            ),
            (
                "c",
                "[[E:tasha.whitfield@example.com]] and cc [[P:Hope]] pls, [[E:hope.adeyemi@example.com]]. my brother [[P:Mark]] wants one box too but he's broke rn haha. also my food blog [[U:tashacooksslow.example.com]] if u want a shoutout 🫒",
            ),
            ("a", "Done! I {{W:hope}} you and [[P:Hope]] will love it 💚"),
            (
                "a",
                "UPS {{TR:1Z 8F4 W07 03 9127 5536}}, you can follow it on {{W:ups.com}}. Delivery expected by {{D:March 21}}.",
            ),
        ],
    },
    # 4. A regular from Carovigno buys two 5-litre tins, one to be shipped to his daughter in Turin, and asks for an invoice.
    {
        "business": "oil",
        "platform": "whatsapp",
        "customer": "Rocco C.",
        "lang": "it",
        "start": "2025-11-18T07:31:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Rocco Casciaro]] di [[L:Carovigno]], vorrei le solite due latte da 5 lt come ogni anno",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Casciaro]]! Certo, quest'anno la latta da 5 lt di {{PD:Coratina}} viene {{$:62 €}}. Le ritira in frantoio o spediamo?",
            ),
            (
                "c",
                "una la ritiro io sabato, l altra va spedita a mia figlia [[P:Luisa]] a [[L:Torino]] [[A:via Nizza 188 scala b]]",
            ),
            (
                "c",
                "il citofono e [[P:Casciaro]]-[[P:Ferrero]], cell di mia figlia [[T:340 772 1908]], mail [[E:luisa.casciaro@example.it]]",
            ),
            (
                "a",
                "Perfetto. La spedizione con {{B:BRT}} è {{$:10 €}}, arriva a [[L:Torino]] entro {{D:giovedì}}. Per la fattura mi serve il codice fiscale",
            ),
            ("c", "[[CF:CSCRCC65M30E506W]]"),
            (
                "a",
                "Grazie. Sabato siamo aperti {{TM:8:30}}-{{TM:13}}, in [[A:c.da Lamacupa 9]] come sempre. Saluti, [[P:Donato]] 🫒",
            ),
            (
                "c",
                "grazie [[P:donato]] saluta a papà tuo, dicci che mi deve ancora una partita a carte 😂",
            ),
        ],
    },
    # 5. A food photographer from Munich books a visit with tasting while travelling in Puglia with a friend.
    {
        "business": "oil",
        "platform": "telegram",
        "customer": "Lena W.",
        "lang": "en",
        "start": "2025-04-09T12:20:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Lena Wunderlich]], food photographer from [[L:München]]. Next month I travel in [[L:Puglia]] with my friend [[P:Grace]] and would love to visit the mill and shoot some photos. My portfolio: [[U:https://lenawunderlich.example.com/portfolio]]",
            ),
            (
                "a",
                "Hi [[P:Lena]]! Visits with tasting are Tue–Sat at {{TM:10:30}}, {{$:15 €}} per person. Here you find us: {{W:https://maps.app.goo.gl/frantoioCavalloOstuni}}",
            ),
            (
                "c",
                "Great. We stay in an agriturismo near [[L:Cisternino]] from {{D:14 May}}. Could we come on {{D:16 May}}? [[P:Grace]]'s Telegram is [[H:@gracefully_lost]], in case I'm offline",
            ),
            (
                "a",
                "{{D:16 May}} is fine, I wrote you down for 2 people. Ask for [[P:Donato]] or me at the gate. [[P:Angela]]",
            ),
            (
                "c",
                "Also: can I tag you? My insta is [[H:@lena.shoots.food]] and [[P:Grace]] has a travel blog, [[U:www.gracefullylost.example.org]]",
            ),
            ("a", "Of course, tag {{B:@frantoio.masseria.cavallo}}! 📸"),
            (
                "c",
                "Danke! One more thing: [[P:Grace]] is vegan and allergic to nuts, is the tasting ok for her?",
            ),
            (
                "a",
                "No problem at all: bread, oil, tomatoes and {{PD:friselle}}, no nuts anywhere 🍅",
            ),
        ],
    },
    # 6. An Italian living in Utrecht receives a broken bottle, forwards the courier message and gets a refund.
    {
        "business": "oil",
        "platform": "messenger",
        "customer": "Ilaria Verhoeven-Conti",
        "lang": "it",
        "start": "2025-02-26T16:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, l'ordine {{O:FC-2502-0219}} è arrivato oggi ma una bottiglia era rotta, olio dappertutto 😢 anche la scatola era fradicia. Vi mando le foto",
            ),
            (
                "a",
                "Oh no, mi dispiace tantissimo [[P:Ilaria]]! Mandi pure le foto: rimborsiamo la bottiglia o ne rispediamo una, come preferisce. [[P:Donato]]",
            ),
            (
                "c",
                "Meglio il rimborso, tanto ad agosto scendiamo in [[L:Puglia]] dai miei 😊 IBAN olandese [[I:NL43 ABNA 0462 2879 15]], intestato a mio marito [[P:Joost Verhoeven]]. Per conoscenza la mia mail è [[E:ilaria.conti@example.nl]]",
            ),
            (
                "c",
                "Inoltro il messaggio del corriere: «Dear [[P:Ilaria Verhoeven-Conti]], your parcel {{TR:3S4GLS90218847}} was delivered to your neighbour at [[A:Oudegracht 216]] (Mr [[P:Bakker]])». Peccato che io abiti in [[A:Oudegracht 214 bis]] e il signor [[P:Bakker]] l'abbia lasciato fuori sotto la pioggia 🙄",
            ),
            (
                "a",
                "Che disastro! Rimborso di {{$:13 €}} + {{$:5 €}} per il disturbo disposto oggi, rif. {{R:RIMB-2025-031}}. Arriva in 1-2 giorni lavorativi.",
            ),
            (
                "c",
                "Grazie mille, gentilissimi! Saluti da [[L:Utrecht]] 🌷 e da [[P:Joost]], che ormai mette il vostro olio pure sul pane con lo hagelslag 🤢",
            ),
        ],
    },
    # 7. An Italian-American in Massachusetts orders gift boxes, mixing English and Italian.
    {
        "business": "oil",
        "platform": "whatsapp",
        "customer": "Jo Lattarulo",
        "lang": "en",
        "start": "2025-12-01T14:44:00",
        "messages": [
            (
                "c",
                "Salve! Sono [[P:Giovanna Lattarulo]], but everybody calls me [[P:Jo]]. My grandpa was from [[L:Ceglie Messapica]], now I live in [[L:Somerville]], [[L:MA]]. Scusate il mio italiano 🙈",
            ),
            (
                "a",
                "Ciao [[P:Giovanna]]! Il tuo italiano va benissimo 😊 Spediamo in Massachusetts senza problemi. Cosa ti serve?",
                "it",
            ),
            (
                "c",
                "3 bottles of the {{PD:Riserva Don Vito}} and the {{PD:Nonna Rosa}} gift box for my aunt, zia [[P:Filomena]], for {{D:Christmas}}",
            ),
            (
                "c",
                "ship everything to me: [[A:22 Highland Ave, Apt 2]], [[L:Somerville]] [[L:MA]] [[A:02143]], [[L:USA]]. cell [[T:+1 617 555 0143]]",
            ),
            (
                "a",
                "Perfetto! Totale {{$:$96}} + {{$:$38}} di spedizione. La {{PD:Riserva Don Vito}} porta il nome del nonno del titolare, ti piacerà. Paghi qui: {{W:https://checkout.frantoiocavallo.example.it}}",
                "it",
            ),
            (
                "c",
                "Paid! Grazie mille. Mio cugino [[P:Tonino]] di [[L:Gioia del Colle]] vi saluta, he says he knows [[P:Donato]] from school 😂 and if u like old family recipes follow me [[U:https://www.instagram.com/nonnasrecipes_jo/]]",
            ),
            (
                "a",
                "Ahah salutacelo tanto! Spedito con {{B:UPS}}, tracking {{TR:1Z 8F4 W07 03 9130 0712}}. Buon {{D:Natale}}! [[P:Donato]]",
                "it",
            ),
        ],
    },
    # 8. A Nigerian traveller arriving late at night asks for her friend to get the bed next to hers.
    {
        "business": "hostel",
        "platform": "instagram",
        "customer": "Chiamaka Okafor",
        "lang": "en",
        "start": "2025-03-28T17:15:00",
        "messages": [
            (
                "c",
                "Hi! I booked 2 nights from {{D:April 3}} on {{B:Hostelworld}}, booking ref {{R:HW-88217364}}. I'm arriving at {{W:Santa Maria Novella}} around {{TM:11:40 pm}}, is reception still open?",
            ),
            (
                "a",
                "Hi [[P:Chiamaka]]! Reception is 24h, no worries. From {{W:Santa Maria Novella}} it's 8 minutes walking. See you soon – [[P:Kofi]], {{B:Giglio Hostel}}",
            ),
            (
                "c",
                "Amazing. My friend [[P:Adaeze]] is coming too from [[L:Lagos]] but her flight lands in {{W:Pisa}}, can she get the bed next to mine in the female dorm?",
            ),
            ("a", "Yes, I moved both of you to room 6. What's her full name for the booking?"),
            (
                "c",
                "[[P:Adaeze Nwankwo-Ibe]]. Her number if she gets lost [[T:+234 803 417 2290]] 🙏 whatsapp is the same",
            ),
            (
                "a",
                "Perfect. Tell her our address is [[A:Via della Scala 91]], second floor, ring {{B:Giglio}}.",
            ),
            (
                "c",
                "Thank youuu 😍 I'll write about you on my blog [[U:https://chiamakatravels.wordpress.com]], follow me [[H:@chiamaka.travels]]",
            ),
        ],
    },
    # 9. A guest from Pune left a scarf and charger; the hostel posts them to a friend in Bologna.
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Priyanka R",
        "lang": "en",
        "start": "2025-05-12T08:03:00",
        "messages": [
            (
                "c",
                "Hello, I stayed in bed 14 until yesterday, I think I left my charger and a blue scarf under the bed. Name is [[P:Priyanka Raghunathan]]",
            ),
            (
                "a",
                "Hi [[P:Priyanka]], yes! [[P:Leone]] from the night shift found a blue scarf and a {{B:Samsung}} charger. Are you still in Italy?",
            ),
            (
                "c",
                "I am in [[L:Bologna]] till Sunday then flying home to [[L:Pune]]. Could you post it to my friend's place? [[A:Via del Pratello 44]], c/o [[P:Anjali Deshmukh]], [[A:40122]] [[L:Bologna]]",
            ),
            (
                "c",
                "if it's too late send it home: [[A:Flat 602, Sai Krupa Apartments, Lane 7, Koregaon Park]], [[L:Pune]] [[A:411001]], [[L:India]]. but Bologna is cheaper I think",
            ),
            (
                "a",
                "Bologna it is, {{B:Poste Italiane}} {{$:7,20 €}}. Where should I send the payment link?",
            ),
            ("c", "[[E:priyanka dot r dot 93 at example dot com]]"),
            (
                "a",
                "Got it. Tracking {{TR:RR419302776IT}}, you can check it on {{W:poste.it}}. Safe travels! [[P:Leone]]",
            ),
        ],
    },
    # 10. Two Chinese guests report a wifi problem and give their IP addresses.
    {
        "business": "hostel",
        "platform": "telegram",
        "customer": "Liu Yifan",
        "lang": "en",
        "start": "2025-06-19T06:40:00",
        "messages": [
            ("c", "hello, wifi in room 3 not work since morning. I am [[P:Liu Yifan]] bed 7"),
            (
                "a",
                "Hi [[P:Yifan]], sorry! Which network are you on, {{W:Giglio_Guest}} or {{W:Giglio_Guest_5G}}?",
            ),
            (
                "c",
                "5G one. it say connected but no internet. my ip is [[IP:192.168.4.117]] and ipv6 [[IP:2a01:e11:5c07:3b0::1f]] if help. my friend [[P:Zhang Wei]] ([[P:张伟]]) same problem",
            ),
            (
                "a",
                "Thanks, I restarted the router. Try now? If it still fails come to reception and ask for [[P:Bianca]]",
            ),
            (
                "c",
                "work now!! thank you. tomorrow we check out {{TM:10:00}}, can leave luggage? our train to [[L:Venice]] is {{TM:15:20}}",
            ),
            (
                "a",
                "Sure, the luggage room is free until {{TM:20:00}}. Tickets are easier on {{W:www.trenitalia.com}} than at the machines 😉",
            ),
            (
                "c",
                "ok. and wechat for [[P:Bianca]]? she say she want learn chinese haha. my wechat id [[H:liuyifan_cd88]]",
            ),
        ],
    },
    # 11. A teacher from Kraków books for a school group and sends the list of names.
    {
        "business": "hostel",
        "platform": "messenger",
        "customer": "Zofia Wiśniewska",
        "lang": "en",
        "start": "2025-02-11T10:26:00",
        "messages": [
            (
                "c",
                "Dear Sir/Madam, I am writing on behalf of a group from [[L:Kraków]]: 2 teachers and 8 students (19-20 years old), {{D:9–12 June}}. Could you offer a group price? Best regards, [[P:Zofia Wiśniewska]]",
            ),
            (
                "a",
                "Dear [[P:Zofia]], thank you for your message. For 10 people we can offer {{$:29 €}} per night per person, breakfast included, in two 6-bed rooms. For the police registration ({{W:alloggiatiweb.poliziadistato.it}}) we will need the list of names.",
            ),
            (
                "c",
                "Here is the list:\n1. [[P:Zofia Wiśniewska]] (teacher)\n2. [[P:Tomasz Kędzierski]] (teacher)\n3. [[P:Natalia Grabowska]]\n4. [[P:Kuba Lis]]\n5. [[P:Ola Zielińska]]\n6. [[P:Wiktoria Mazur]]\n7. [[P:Igor Dąbrowski]]\n8. [[P:Marta Sowa]]\n9. [[P:Filip Róża]]\n10. [[P:Hania Król]]",
            ),
            (
                "a",
                "Thank you! Passports are needed at check-in. Deposit 30% ({{$:261 €}}) to [[I:IT71 N050 3412 9000 0000 0031 846]], reason {{R:GRP-0609-KRK}}. Is there anything else you need?",
            ),
            (
                "c",
                "Is there a {{W:grace}} period for the deposit? The school pays only at the end of the month. Also your booking page says my IP [[IP:83.12.144.90]] is blocked, strange",
            ),
            (
                "a",
                "Sure, end of {{D:February}} is fine. The booking page blocks some foreign networks, sorry, we do everything here. [[P:Marco]]",
            ),
            (
                "c",
                "Transfer is done. Mr [[P:Kędzierski]] has roaming: [[T:+48 601 338 904]], his profile if you need [[U:https://www.facebook.com/tomasz.kedzierski.77]]. Invoice please to [[E:z.wisniewska@example.pl]]. [[P:Wiktoria]] has birthday on {{D:10 June}} 🎂",
            ),
            (
                "a",
                "Received, invoice {{R:FT 2025/0214}} sent. And we will prepare something for [[P:Wiktoria]] 🎉 [[P:Marco]], {{B:Giglio Hostel Firenze}}",
            ),
        ],
    },
    # 12. A Peruvian backpacker, in non-native Italian, applies to volunteer at the reception.
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Mateo QH",
        "lang": "it",
        "start": "2025-06-02T13:09:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Mateo Quispe Huamán]] di [[L:Cusco]], [[L:Perù]] 🇵🇪 ho visto su {{B:Worldpackers}} che cercate volontario per la recepción. Parlo spagnolo, inglese e un poco de italiano",
            ),
            (
                "a",
                "Ciao [[P:Mateo]]! Sì, cerchiamo qualcuno da {{D:luglio}}, 4 ore al giorno in cambio di letto e colazione. Hai un CV?",
            ),
            (
                "c",
                "Sì! [[U:linkedin.com/in/mateo-quispe-huaman]] e le mie foto stanno su [[U:behance.net/mateoqh]] 📷 il mio email [[E:mateoqh@example.com]]",
            ),
            (
                "c",
                "Adesso sto a [[L:Roma]] con mia prima [[P:Rocío]], lei abita a [[L:Trastevere]], posso venire per colloquio quando volete",
            ),
            (
                "a",
                "Perfetto, vieni {{D:giovedì}} alle {{TM:16}}. Chiedi di [[P:Serena]], segue lei i volontari. Siamo in [[A:Via della Scala 91]], il numero della reception è [[T:055 276 4410]]",
            ),
            ("c", "Muchas grazie!! è vicino al {{W:Duomo}}?"),
            (
                "a",
                "A 5 minuti dalla stazione {{W:Santa Maria Novella}}, dal {{W:Duomo}} 10. A giovedì! [[P:Serena]]",
            ),
        ],
    },
    # 13. An Australian couple, Bill and Rose, find an error on their bill and forgot a hat.
    {
        "business": "hostel",
        "platform": "instagram",
        "customer": "Rose Tremaine",
        "lang": "en",
        "start": "2025-10-21T22:50:00",
        "messages": [
            (
                "c",
                "G'day! [[P:Bill]] and I ([[P:Rose]]) stayed with you last week, loved it. Quick q: the {{W:bill}} we got at checkout shows 3 nights but we only stayed 2?",
            ),
            (
                "a",
                "Hi [[P:Rose]]! Let me check… you're right, sorry, system error. We'll refund 1 night ({{$:34 €}}) to the card you paid with.",
            ),
            (
                "c",
                "Legend. It was this one [[C:4929 1338 4470 6514]]. Also [[P:Bill]] forgot his hat in the common room, a green {{B:Akubra}}, very australian haha",
            ),
            (
                "c",
                "We're home now: [[A:17 Lydiard Street North]], [[L:Ballarat]] [[L:VIC]] [[A:3350]], [[L:Australia]]. [[P:Bill]]'s mob [[T:0412 558 931]], email [[E:roseandbill@example.com]]. No rush!",
            ),
            (
                "c",
                "btw the {{W:Rose Garden}} under {{W:Piazzale Michelangelo}} was the best tip, thx to [[P:Ivy]] at reception! and if you wanna see our van trip: [[U:youtube.com/@billandroseontheroad]]",
            ),
            (
                "a",
                "I'll tell [[P:Ivy]] 😊 Refund ref {{R:RF-5530}}, the hat leaves {{D:Monday}}. Safe travels, [[P:Kofi]]",
            ),
        ],
    },
    # 14. A Moroccan guest needs a booking confirmation for his Schengen visa appointment.
    {
        "business": "hostel",
        "platform": "telegram",
        "customer": "Youssef",
        "lang": "en",
        "start": "2025-07-30T11:11:00",
        "messages": [
            (
                "c",
                "Hello, I need a booking confirmation for my Schengen visa appointment at {{W:VFS Global}} in {{W:Rabat}}. Name on passport: [[P:Youssef El Amrani]] ([[P:يوسف العمراني]])",
            ),
            ("a", "Hi [[P:Youssef]], sure. Which dates?"),
            (
                "c",
                "{{D:22/09}} to {{D:27/09}}, 1 bed in mixed dorm. Address to write: [[A:14 Derb Lamdasa]], [[L:Fès]] Médina [[A:30110]], [[L:Morocco]]. My brother [[P:Anas]] comes also, same dates",
            ),
            (
                "a",
                "Done, 2 beds, booking {{R:GH-250922-117}}. I'll {{W:mark}} it as confirmed so it shows on the letter. Where should I send it?",
            ),
            (
                "c",
                "[[E:youssef.elamrani[at]example[dot]com]] please. my couchsurfing profile if you want references [[U:https://www.couchsurfing.com/people/youssef-elamrani]]",
            ),
            ("a", "Sent ✅ Good luck with the visa! [[P:Marco]]"),
            (
                "c",
                "Shukran! 🙏 if the embassy calls to check, my number is [[T:+212 661 47 29 08]]",
            ),
        ],
    },
    # 15. A worried mother asks whether her son and his friend have arrived.
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Gioia Fantini",
        "lang": "it",
        "start": "2025-08-08T19:58:00",
        "messages": [
            (
                "c",
                "Buonasera, mio figlio [[P:Tommaso]] dovrebbe arrivare da voi stasera con l'amico [[P:Pietro Ghezzi]] ma non risponde al telefono da ore, sono preoccupata",
            ),
            ("a", "Buonasera signora, mi dice il cognome della prenotazione?"),
            (
                "c",
                "[[P:Fantini]], [[P:Tommaso Fantini]]. Il suo cell è [[T:347.882.1046]], quello di [[P:Pietro]] [[T:3331907752]]. Dalla storia su [[U:instagram.com/tommi.fantini]] erano a [[L:Pisa]] a mezzogiorno",
            ),
            (
                "a",
                "Ho verificato: [[P:Tommaso]] e [[P:Pietro]] hanno fatto check-in alle {{TM:19:40}}, ora sono in camera. Il telefono di [[P:Tommaso]] era scarico 😊",
            ),
            (
                "c",
                "Grazie al cielo!! Gli dica di chiamare la mamma per favore. Siamo di [[L:Cerreto Guidi]], se serve qualcosa può chiamare anche mio marito [[P:Felice]] al [[T:0571 55 8203]]",
            ),
            ("a", "Glielo dico subito, stia tranquilla. [[P:Bianca]]"),
            ("c", "Grazie [[P:Bianca]], adesso sono proprio {{W:felice}} 🙏"),
        ],
    },
    # 16. A young man from Camin enrols for the car licence and books the medical certificate.
    {
        "business": "drive",
        "platform": "whatsapp",
        "customer": "Matteo",
        "lang": "it",
        "start": "2025-03-04T19:22:00",
        "messages": [
            ("c", "ciao volevo iscrivermi x la patente b, quanto costa tutto?"),
            (
                "a",
                "Ciao! Il pacchetto completo patente B è {{$:890 €}} (teoria + 8 guide), esclusi bollettini e visita medica. Come ti chiami?",
            ),
            ("c", "[[P:matteo tonello]], abito a [[L:camin]] ma lavoro in zona industriale"),
            (
                "a",
                "Ciao [[P:Matteo]]! Per l'iscrizione servono codice fiscale, residenza, una fototessera e il certificato medico. Puoi passare in sede in [[A:via Facciolati 52]], siamo aperti {{TM:9}}-{{TM:12:30}} e {{TM:15}}-{{TM:19}}. [[P:Giada]]",
            ),
            (
                "c",
                "cf [[CF:TNLMTT99L21G224E]] residenza [[A:via Vigonovese 211 int 4]] [[A:35127]] [[L:padova]], mail [[E:matteotonello99 at example dot it]]",
            ),
            (
                "c",
                "il certificato lo faccio dal dottor [[P:Salmaso]]? me l ha detto mio cugino [[P:Enrico]]",
            ),
            (
                "a",
                "Sì, il dott. [[P:Salmaso]] viene da noi il {{D:martedì}} alle {{TM:18}}, {{$:60 €}}. Ti segno per {{D:martedì 11 marzo}}?",
            ),
        ],
    },
    # 17. A learner whose permit expires in June books the compulsory lessons; "rosa" and "bianca" also as words.
    {
        "business": "drive",
        "platform": "messenger",
        "customer": "Rosa Bianchi",
        "lang": "it",
        "start": "2025-04-15T10:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Rosa Bianchi]], ho il {{W:foglio rosa}} che scade a {{D:giugno}} e non ho ancora fatto l'esame pratico 😰",
            ),
            (
                "a",
                "Buongiorno [[P:Rosa]]! Non si preoccupi, ci sono posti per l'esame del {{D:22 maggio}}. Quante guide ha fatto finora?",
            ),
            (
                "c",
                "5 con l'istruttore [[P:Bruno]] e qualcuna con il mio ragazzo [[P:Nicolò]] sulla sua {{PD:Panda}}, ma lui urla sempre 😅",
            ),
            (
                "a",
                "Ahah succede! Le mancano le 3 guide obbligatorie (autostrada, extraurbana, notturna). [[P:Bruno]] ha posto {{D:mercoledì}} alle {{TM:17:30}} e {{D:venerdì}} alle {{TM:20:30}} per la notturna. La passiamo a prendere a casa?",
            ),
            (
                "c",
                "sì grazie, abito in [[A:via Bernina 7/B]], all'[[L:Arcella]], citofono [[P:Bianchi]]-[[P:Rizzato]]",
            ),
            (
                "a",
                "Segnato. Le ricordo il saldo di {{$:240 €}} prima dell'esame, va bene anche il bonifico. Per la ricevuta mi conferma il codice fiscale?",
            ),
            (
                "c",
                "[[CF:BNCRSO90A41F257P]]. Ah, la macchina dell'esame è la {{PD:Yaris}} {{W:bianca}}? così mi abituo",
            ),
            ("a", "Sì, la {{PD:Yaris}} {{W:bianca}} col doppio pedale. A mercoledì! [[P:Giada]]"),
        ],
    },
    # 18. A Nigerian nurse living in Padua asks about converting his licence and enrols with his wife.
    {
        "business": "drive",
        "platform": "whatsapp",
        "customer": "Seun Adebayo",
        "lang": "en",
        "start": "2025-09-23T18:36:00",
        "messages": [
            (
                "c",
                "Good evening, I'm [[P:Seun Adebayo]], I live in [[L:Padova]] since 2 years and I work as a nurse at the hospital. I have a Nigerian licence, can I convert it?",
            ),
            (
                "a",
                "Good evening [[P:Seun]]! Unfortunately Nigeria has no conversion agreement with Italy, so you need the full patente B, theory and practical. We have evening classes on Tuesday and Thursday at {{TM:19:30}}.",
            ),
            (
                "c",
                "Ok. My wife [[P:Funmilayo]] also wants to enroll, we can come together. Our address is [[A:Via Tiziano Aspetti 144]], [[A:35133]], in case you need it for documents",
            ),
            (
                "a",
                "Perfect. Bring permesso di soggiorno, passport and codice fiscale. I'll email you the full list, which email?",
            ),
            (
                "c",
                "[[E:seun.adebayo@example.com]], and for my wife [[E:funmi.adebayo@example.com]]",
            ),
            (
                "c",
                "Also my colleague Dr [[P:Okonkwo]] said you have an instructor who speaks english?",
            ),
            (
                "a",
                "Yes, [[P:Franco]] speaks English very well 😊 He is free in the mornings. Call us at [[T:049 872 3391]] to fix the first lesson. [[P:Giada]]",
            ),
        ],
    },
    # 19. Voice-to-text: a young man from a hamlet of Piove di Sacco books the A2 motorbike course.
    {
        "business": "drive",
        "platform": "telegram",
        "customer": "Davide F",
        "lang": "it",
        "start": "2025-01-29T07:48:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:davide frison]] mi ha dato il vostro contatto il mio amico [[P:leo]] cioè [[P:leonardo marangon]] che ha fatto la a2 da voi l'anno scorso",
            ),
            (
                "a",
                "Ciao [[P:Davide]]! Certo, mi ricordo di [[P:Leonardo]]. Per la A2 hai già la patente B?",
            ),
            (
                "c",
                "si ce l ho dal 2021 abito a [[L:piove di sacco]] frazione [[L:piovega]] [[A:via boschi 14/a]] quanto costa il corso con la moto vostra",
            ),
            (
                "a",
                "Con la B basta l'esame pratico: {{$:480 €}} con 6 guide sulla nostra {{PD:Honda CB500F}}. Le guide le facciamo nel piazzale a {{W:Ponte di Brenta}}.",
            ),
            (
                "c",
                "ok mi segni per sabato mattina il mio numero è [[T:tre quattro nove uno sei due zero otto otto cinque]]",
            ),
            (
                "a",
                "Segnato sabato alle {{TM:8:30}}. Porta casco e guanti, se non li hai te li prestiamo. Ciao! [[P:Franco]]",
            ),
            (
                "c",
                "top grazie [[P:franco]] saluti anche da mio fratello [[P:ivan]] che fa la b con voi ostrega che freddo però sabato",
            ),
        ],
    },
    # 20. A 14-year-old asks about the moped licence, gives her mother's name and her TikTok.
    {
        "business": "drive",
        "platform": "instagram",
        "customer": "giu.ferro_",
        "lang": "it",
        "start": "2025-05-06T15:57:00",
        "messages": [
            ("c", "ciaoo quanto costa il patentino x il motorino? ho 14 anni e mezzo"),
            (
                "a",
                "Ciao! Patente AM {{$:350 €}} tutto compreso 🛵 Per l'iscrizione servono i genitori perché sei minorenne 😊",
            ),
            (
                "c",
                "ok ne parlo cn mia mamma, intanto la mia amica [[P:Gaia]] vuole farla anche lei, ti scrive dal suo profilo [[H:gaia.bbb_]]",
            ),
            (
                "c",
                "cmq io sono [[P:Giulia Ferro]] e mia mamma si chiama [[P:Stella]], la chiamate voi? [[T:+39 328 440 6917]]",
            ),
            (
                "a",
                "Certo [[P:Giulia]], chiamiamo la mamma domani. Ps complimenti per i video su {{B:TikTok}} 😄",
            ),
            (
                "c",
                "ahah grazieee, seguimi [[U:tiktok.com/@giuferro_dance]] 🌟 e anche la [[P:gaia]], su tiktok è [[H:gaiabbb]]",
            ),
            ("a", "Fatto! Sei una {{W:stella}} ⭐ A presto, [[P:Giada]]"),
        ],
    },
    # 21. A plumber renews his licence and wants the invoice to his sole-trader business.
    {
        "business": "drive",
        "platform": "whatsapp",
        "customer": "Franco Marin",
        "lang": "it",
        "start": "2025-11-24T08:15:00",
        "messages": [
            (
                "c",
                "Buongiorno. Sono [[P:Marin Franco]]. Mi scade la patente il {{D:12 dicembre}}, fate voi il rinnovo? Grazie",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Marin]]! Sì, facciamo il rinnovo con visita medica in sede: {{$:120 €}} tutto compreso, bollini e foto inclusi.",
            ),
            (
                "c",
                "Va bene. La fattura la potete intestare alla mia ditta? Sono idraulico, {{B:Marin Franco Impianti}}, P.IVA [[V:03819460282]], sito [[U:www.marinfrancoimpianti.example.it]]",
            ),
            ("a", "Sì, certo. Mi conferma sede legale, codice fiscale e una mail?"),
            (
                "c",
                "Sede [[A:via dell'Artigianato 3]], [[L:Rubano]]. CF [[CF:MRNFNC78T12G224T]]. Mail [[E:info@marinfrancoimpianti.example.it]]. Vengo con mia moglie [[P:Speranza]] che guida lei, io di sera non ci vedo più tanto bene",
            ),
            (
                "a",
                "Sarò {{W:franca}}: se il medico nota problemi alla vista di sera potrebbe mettere una limitazione alla guida notturna. Le fisso la visita giovedì {{D:4 dicembre}} alle {{TM:18:15}}, porti la patente vecchia. [[P:Giada]]",
            ),
            ("c", "Grazie gentilissima. Speriamo bene, la {{W:speranza}} è l'ultima a morire 😄"),
        ],
    },
    # 22. A mother asks how to retake the theory exam and gets a double payment refunded.
    {
        "business": "drive",
        "platform": "messenger",
        "customer": "Paola Zanon",
        "lang": "it",
        "start": "2025-03-14T12:40:00",
        "messages": [
            (
                "c",
                "Salve, sono la mamma di [[P:Viola Zanon]]. Ieri ha fatto l'esame di teoria ed è stata bocciata per 4 errori 😞 come si fa a ripeterlo?",
            ),
            (
                "a",
                "Buongiorno signora, mi dispiace! Può ripeterlo dopo un mese, il primo turno utile è il {{D:17 aprile}}. Servono {{$:26,20 €}} di bollettini.",
            ),
            (
                "c",
                "Va bene. Tra l'altro a {{D:febbraio}} vi abbiamo pagato due volte la rata, una io e una mio marito [[P:Graziano]]",
            ),
            (
                "a",
                "Verifico… sì, risultano due bonifici da {{$:300 €}}. Le restituiamo quello in più, mi manda l'IBAN?",
            ),
            (
                "c",
                "[[I:IT71 M020 0803 4330 0010 4772 019]] intestato a [[P:Zanon Paola]]. La ricevuta a [[E:zanon.paola@example.it]] grazie",
            ),
            (
                "a",
                "Rimborso disposto oggi. Dica a [[P:Viola]] di non mollare: si può esercitare con i quiz ministeriali e l'esito lo trova su {{W:www.ilportaledellautomobilista.it}} 💪",
            ),
            (
                "c",
                "Grazie mille, la porta a lezione la nonna [[P:Bruna]] che abita a [[L:Selvazzano]], così ripassano i cartelli in macchina 😅",
            ),
        ],
    },
    # 23. A patient moves her hygiene appointment and asks for an invoice in her own name.
    {
        "business": "dent",
        "platform": "whatsapp",
        "customer": "Loredana Ferraresi",
        "lang": "it",
        "start": "2025-03-17T09:02:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Loredana Ferraresi]], paziente della dott.ssa [[P:Barbieri]], volevo spostare l'igiene di martedì",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Ferraresi]], certo. La dott.ssa [[P:Barbieri]] ha posto {{D:giovedì 20}} alle {{TM:16:40}} o {{D:lunedì 24}} alle {{TM:9:00}}. [[P:Serena]], reception",
            ),
            (
                "c",
                "giovedì va bene. Ah, la fattura dell'ultima volta era intestata a mio marito [[P:Carlo]] invece che a me, per la detrazione mi serve a mio nome",
            ),
            ("a", "Mi scusi! Mi conferma codice fiscale e indirizzo di residenza?"),
            ("c", "[[CF:FRRLDN71C54F257I]], [[A:via Emilia Est 1290]], [[A:41126]] [[L:Modena]]"),
            ("a", "Rifatta: fattura {{R:n. 318/2025}} a suo nome. Gliela mando per mail?"),
            (
                "c",
                "sì a [[E:loredana.ferraresi@example.it]]. Mio figlio [[P:Jacopo]] invece ha la visita ortodontica il {{D:3 aprile}}, confermata vero?",
            ),
            (
                "a",
                "Sì, [[P:Jacopo]] è confermato il {{D:3 aprile}} alle {{TM:15:20}} con il dott. [[P:Gualdi]]. Buona giornata!",
            ),
        ],
    },
    # 24. Sunday toothache: a man from the Apennines gets the on-call dentist.
    {
        "business": "dent",
        "platform": "messenger",
        "customer": "Filippo Casolari",
        "lang": "it",
        "start": "2025-02-09T07:14:00",
        "messages": [
            (
                "c",
                "buongiorno scusate se scrivo di domenica ho un male cane al dente del giudizio nn ho dormito",
            ),
            (
                "a",
                "Buongiorno, mi dispiace! Oggi siamo chiusi ma il dott. [[P:Gualdi]] è reperibile per le urgenze. Mi lascia nome, numero e da dove viene?",
            ),
            (
                "c",
                "[[P:filippo casolari]], [[T:339 0441 872]], vengo da [[L:pavullo]], frazione [[L:Sassoguidano]]",
            ),
            (
                "a",
                "Grazie [[P:Filippo]]. Il dottore la richiama entro mezz'ora. Intanto niente caldo sulla guancia. [[P:Serena]]",
            ),
            (
                "c",
                "grazie mille. se nn rispondo chiamate mia moglie [[P:rosanna]] [[T:3470918833]] che guido io",
            ),
            (
                "a",
                "Il dott. [[P:Gualdi]] la aspetta alle {{TM:11:30}} in [[A:viale Buon Pastore 88]], suoni al citofono {{B:Ghirlandina}}.",
            ),
        ],
    },
    # 25. A freelance graphic designer asks about clear aligners, gives her VAT number and portfolio.
    {
        "business": "dent",
        "platform": "instagram",
        "customer": "valee.smile",
        "lang": "it",
        "start": "2025-05-20T20:31:00",
        "messages": [
            ("c", "ciaoo! info su {{PD:Invisalign}}? quanto viene più o meno?"),
            (
                "a",
                "Ciao! Dipende dal caso, in media da {{$:3.200 €}} a {{$:4.800 €}}, prima visita e scansione 3D gratuite. Come ti chiami?",
            ),
            (
                "c",
                "[[P:valentina]]! ma tutti mi chiamano [[P:vale]]. me l'ha consigliato la mia amica [[P:Asia Medici]] che ha fatto da voi",
            ),
            (
                "a",
                "Ah [[P:Asia]]! Che bello 😊 Ti va {{D:mercoledì 14}} alle {{TM:18:00}}? Ci serve il cognome per la scheda",
            ),
            (
                "c",
                "[[P:Pignatti]]. la fattura poi a P.IVA perché sono freelance (grafica): [[V:04182730368]]. ho provato a prenotare dal vostro sito ma mi dice 'accesso negato dall'IP [[IP:93.41.207.18]]' boh",
            ),
            (
                "a",
                "Scusa, il portale a volte fa i capricci, ti segno io: {{D:mercoledì 14}} {{TM:18:00}} con la dott.ssa [[P:Barbieri]]. Le indicazioni sono su {{W:www.clinicaghirlandina.example.it}}",
            ),
            (
                "c",
                "perfettoo grazie 🦷✨ se vi serve una grafica per i social il mio portfolio è [[U:valepignatti.example.it]] e su insta sono [[H:valee.smile]] 😉",
            ),
        ],
    },
    # 26. An Indian PhD student loses a crown and needs an insurance form.
    {
        "business": "dent",
        "platform": "whatsapp",
        "customer": "Ananya Iyer",
        "lang": "en",
        "start": "2025-12-29T13:27:00",
        "messages": [
            (
                "c",
                "Hi, do you speak English? I'm a PhD student at {{W:Unimore}} and my crown fell off while eating torrone 😅",
            ),
            (
                "a",
                "Hi! Yes, of course. We can see you today at {{TM:17:15}}. May I have your name and a phone number?",
            ),
            (
                "c",
                "[[P:Ananya Iyer]], [[T:+39 351 208 7734]]. My Indian number (I'm from [[L:Bengaluru]]) is on whatsapp too, [[T:+91 98450 17723]]",
            ),
            (
                "a",
                "Thank you [[P:Ananya]]. Do you have the Italian health card or private insurance?",
            ),
            (
                "c",
                "Private, they need a form filled by the dentist. Please send it to [[E:ananya.iyer@example.org]]. Address for the invoice is my flat, [[A:via Ganaceto 63/2, scala A, 3° piano]]. My research page is [[U:ananyaiyer.github.io]] if you need to check my position",
            ),
            (
                "a",
                "Perfect. Dr [[P:Gualdi]] will fill in the form after the visit. See you at {{TM:17:15}}, [[A:viale Buon Pastore 88]], second floor. [[P:Serena]]",
            ),
            (
                "c",
                "Thank you so much! My flatmate [[P:Chen Jing]] will come with me, she's from [[L:Chengdu]] but speaks perfect Italian 😄",
            ),
        ],
    },
    # 27. A granddaughter writes for her grandfather Fortunato, whose denture hurts.
    {
        "business": "dent",
        "platform": "telegram",
        "customer": "Sofia L.",
        "lang": "it",
        "start": "2025-02-28T17:50:00",
        "messages": [
            (
                "c",
                "Buonasera, scrivo per mio nonno [[P:Fortunato Lugli]] che ha 84 anni e non usa il telefono. La protesi di sotto gli fa male da una settimana",
            ),
            ("a", "Buonasera! Certo, lo vediamo volentieri. È già nostro paziente?"),
            (
                "c",
                "Sì, la protesi l'aveva fatta il dottor [[P:Gualdi]] nel 2019. Abita a [[L:Montale Rangone]] in [[A:via Vandelli 12]] ma lo accompagno io",
            ),
            (
                "a",
                "Perfetto. Venerdì {{D:7 marzo}} alle {{TM:10:00}} va bene? Abbiamo il parcheggio riservato davanti all'ingresso.",
            ),
            (
                "c",
                "Va benissimo. Io sono [[P:Sofia]], la nipote, il mio numero [[T:339/6620418]] se serve",
            ),
            ("a", "Grazie [[P:Sofia]], saluti al sig. [[P:Fortunato]]! [[P:Serena]]"),
            ("c", "Grazie! Lui dice che è {{W:fortunato}} ad avere un dentista così paziente 😂"),
        ],
    },
    # 28. A patient pays an implant in instalments; "serena" as a name and as a word.
    {
        "business": "dent",
        "platform": "whatsapp",
        "customer": "Bianca Setti",
        "lang": "it",
        "start": "2025-06-10T11:38:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Bianca Setti]], ho fatto il preventivo per l'impianto ({{$:4.600 euro}}). Posso pagare a rate?",
            ),
            (
                "a",
                "Salve sig.ra [[P:Setti]]! Sì, con la finanziaria {{B:Agos}} fino a 24 rate senza interessi. Servono documento, codice fiscale e IBAN per l'addebito.",
            ),
            (
                "c",
                "Il codice fiscale glielo porto di persona. L'IBAN è [[I:IT83N0103004000000002658410]], conto cointestato con mio fratello [[P:Bruno]]",
            ),
            (
                "a",
                "Perfetto, prepariamo la pratica. L'acconto di {{$:500 €}} può farlo con bonifico a noi: [[I:IT68 W053 8712 9000 0000 3390 175]], causale {{R:PREV-2025-0871}}",
            ),
            (
                "c",
                "Fatto. Devo dire che dopo aver parlato con la dottoressa sono più {{W:serena}} 😊 avevo il terrore del trapano",
            ),
            ("a", "Ci fa piacere! Vedrà che andrà tutto bene. A lunedì, [[P:Serena]]"),
            ("c", "ahah [[P:Serena]] che mi rende {{W:serena}} 😄 a lunedì"),
        ],
    },
    # 29. A mother gives a new address, the babysitter's number and her e-mail spelled out.
    {
        "business": "dent",
        "platform": "messenger",
        "customer": "Nicoletta Pinelli",
        "lang": "it",
        "start": "2025-10-02T16:12:00",
        "messages": [
            (
                "c",
                "Buongiorno, volevo comunicare il nuovo indirizzo per la corrispondenza: ci siamo trasferiti a [[L:Formigine]], [[A:via Giardini Sud 41]]",
            ),
            ("c", "Sono la mamma di [[P:Leone]] e [[P:Gioia Pinelli]] (7 e 10 anni)"),
            (
                "a",
                "Aggiornato, grazie! Il controllo dell'apparecchio di [[P:Gioia]] è {{D:venerdì}} alle {{TM:16:30}}.",
            ),
            (
                "c",
                "Venerdì la porta la babysitter, [[P:Ioana]], è rumena ma parla benissimo italiano. Il suo numero [[T:328 71 90 445]]",
            ),
            (
                "a",
                "Benissimo, serve una delega firmata da lei o dal papà. Gliela mando per e-mail?",
            ),
            (
                "c",
                "sì a [[E:nicoletta punto pinelli chiocciola example punto it]]. [[P:Leone]] invece è un {{W:leone}}, dal dentista non ha paura di niente 🦁",
            ),
        ],
    },
    # 30. Locked out at night: caps, Neapolitan dialect, a cylinder change and the codice fiscale.
    {
        "business": "lock",
        "platform": "whatsapp",
        "customer": "Gennaro Esposito",
        "lang": "it",
        "start": "2025-01-04T22:41:00",
        "messages": [
            ("c", "BUONASERA MI SONO CHIUSO FUORI CASA CON LE CHIAVI DENTRO!!! venite subito?"),
            ("a", "Buonasera, sì, siamo reperibili h24. Mi dica l'indirizzo preciso e un nome."),
            (
                "c",
                "[[P:Gennaro Esposito]], [[A:via Tarsia 39, 3° piano]], il palazzo di fronte alla farmacia",
            ),
            (
                "a",
                "Arriviamo in 25 minuti, uscita notturna {{$:90 €}} + eventuale cilindro. Il tecnico è [[P:Ciro]], il suo numero [[T:081 552 9047]]",
            ),
            ("c", "va bene. nun tengo manco o' portafoglio, pozzo pagà cu {{B:Satispay}}?"),
            ("a", "Sì, anche {{B:Satispay}} o carta col POS. [[P:Ciro]] è partito ora."),
            (
                "c",
                "ok sto aspettando sotto o palazzo cu a vicina, a signora [[P:Carmela]] do primo piano, che m'ha fatto pure o caffè",
            ),
            (
                "a",
                "[[P:Ciro]] dice che la porta è una {{B:Dierre}}, conviene cambiare il cilindro: {{$:65 €}} in più. Per la fattura mi serve il codice fiscale.",
            ),
            ("c", "[[CF:SPSGNR83S02F839N]]. grazie a [[P:Ciro]] ca è nu santo 🙏"),
        ],
    },
    # 31. Two Irish sisters locked out of their holiday flat in the Quartieri Spagnoli.
    {
        "business": "lock",
        "platform": "telegram",
        "customer": "Mary Collins",
        "lang": "en",
        "start": "2025-07-12T23:18:00",
        "messages": [
            (
                "c",
                "Hi, is this the locksmith? The key broke inside the door of our airbnb and we can't get in! We're at [[A:Vico Lungo Gelso 27]], in the [[L:Quartieri Spagnoli]]",
            ),
            (
                "a",
                "Hello! Yes, we can be there within 30 minutes. Night call is {{$:90 €}}. Which floor and what name is on the bell?",
            ),
            (
                "c",
                "2nd floor, the bell says [[P:Amitrano]]. The host is [[P:Salvatore]], his number [[T:+39 366 410 2281]] but he doesn't answer. This is his page: [[U:https://www.airbnb.it/users/show/418827305]]",
            ),
            (
                "a",
                "Our technician [[P:Ciro]] is on the way. If you like, wait in the bar on the corner, it's open till {{TM:2}}.",
            ),
            (
                "c",
                "Thank you. I'm [[P:Mary Collins]] and my sister [[P:Ivy]] is with me. We're from [[L:Cork]], not used to these tiny alleys haha",
            ),
            ("a", "[[P:Ciro]] says 5 minutes, he has a red {{PD:Vespa}} 🛵"),
            (
                "c",
                "He's here!!! Bless him. Can I pay by card? Receipt to [[E:mary [dot] collins [at] example [dot] com]] please",
            ),
            ("a", "Yes, POS available. Receipt sent. Enjoy {{W:Napoli}}! 🍕 [[P:Annalisa]]"),
        ],
    },
    # 32. A formal request from a building administrator for a new front-door lock.
    {
        "business": "lock",
        "platform": "messenger",
        "customer": "Studio De Santis",
        "lang": "it",
        "start": "2025-04-03T08:55:00",
        "messages": [
            (
                "c",
                "Spett.le ditta,\ncon la presente, in qualità di amministratore del condominio di [[A:via Pietro Castellino 141]] ([[L:Vomero]]), richiedo un preventivo per la sostituzione della serratura del portone e la fornitura di n. 34 chiavi.\nDistinti saluti\nRag. [[P:Marcello De Santis]]",
            ),
            (
                "a",
                "Gentile rag. [[P:De Santis]], grazie per la richiesta. Possiamo fare un sopralluogo {{D:martedì 8}} alle {{TM:10:00}}. Consigliamo una serratura {{B:Cisa}} a cilindro europeo con chiavi a profilo protetto.",
            ),
            (
                "c",
                "Va bene. Sul posto troverà il portiere, sig. [[P:Pasquale Iovine]], cell. [[T:338-2094471]]. Il preventivo lo invii alla PEC [[E:studio.desantis@pec.example.it]], intestato a {{B:Studio De Santis}}, P.IVA [[V:09277160637]]",
            ),
            (
                "a",
                "Ricevuto. Preventivo {{R:PRV-0412}} inviato: {{$:1.180 € + IVA}}. Cordiali saluti, [[P:Annalisa Russo]], {{B:Chiavi & Porte Vesuvio H24}}",
            ),
            (
                "c",
                "Grazie. Per l'accesso al cortile contatti anche la consigliera sig.ra [[P:Esposito]], interno 12, tel. [[T:081 579 3318]].",
            ),
        ],
    },
    # 33. A young woman changes the lock after her ex moved out; the address comes in two messages.
    {
        "business": "lock",
        "platform": "instagram",
        "customer": "nunzia_dr",
        "lang": "it",
        "start": "2025-09-15T21:03:00",
        "messages": [
            (
                "c",
                "ciao, mi sono appena trasferita e voglio cambiare la serratura perché il mio ex ha ancora le chiavi 🙄 quanto costa?",
            ),
            (
                "a",
                "Ciao! Dipende dalla porta: cambio cilindro da {{$:85 €}} montato, serratura completa da {{$:180 €}}. Mandami una foto della serratura e ti dico subito",
            ),
            (
                "c",
                "è una blindata, sul pannello c'è scritto {{B:Mottura}}. la foto te la mando su whatsapp, il mio è [[U:wa.me/393389127450]]",
            ),
            ("a", "Vista, è un cilindro europeo: {{$:95 €}} con 5 chiavi nuove. Quando e dove?"),
            ("c", "domani mattina, sto a [[L:Fuorigrotta]] in [[A:via Giacomo Leopardi 176]]"),
            (
                "c",
                "[[A:parco Leopardi, scala D, interno 9]]. citofono [[P:De Rosa]]/[[P:Gallo]] (c'è ancora il nome suo 😤)",
            ),
            (
                "a",
                "Perfetto, [[P:Ciro]] passa alle {{TM:9:30}}. Ti consiglio di togliere anche il nome dal citofono 😉 A che nome segno?",
            ),
            (
                "c",
                "[[P:Nunzia De Rosa]]. se non rispondo chiama la mia amica [[P:Rosaria]] che dorme da me stanotte, [[T:333 0192 847]]",
            ),
        ],
    },
    # 34. An elderly lady in Portici (voice-to-text) needs a cellar lock; her son in Stuttgart pays.
    {
        "business": "lock",
        "platform": "messenger",
        "customer": "Immacolata Sorrentino",
        "lang": "it",
        "start": "2025-09-26T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:immacolata sorrentino]] abito a [[L:portici]] in [[A:corso garibaldi 273]] la porta della cantina non si chiude più la serratura è rotta mi serve uno che viene a vedere",
            ),
            (
                "a",
                "Buongiorno signora [[P:Sorrentino]], possiamo venire {{D:domani}} verso le {{TM:15:00}}. Va bene?",
            ),
            (
                "c",
                "si va bene paga mio figlio [[P:salvatore]] che sta in [[L:germania]] a [[L:stoccarda]] lui fa il bonifico",
            ),
            (
                "c",
                "Salve, sono [[P:Salvatore Sorrentino]], il figlio, scrivo dal telefono di mamma. Mi mandate il preventivo a [[E:s.sorrentino@example.de]]? Per la ricevuta il mio indirizzo è [[A:Hauptstätter Str. 58]], [[A:70178]] [[L:Stuttgart]]",
            ),
            (
                "a",
                "Buongiorno [[P:Salvatore]], il preventivo è {{$:140 €}} compresa la serratura nuova. Bonifico su [[I:IT29 R010 0503 4000 0000 0019 822]], causale {{R:CANT-0927}}",
            ),
            (
                "c",
                "Bonifico fatto dal mio conto tedesco [[I:DE03 6005 0101 7492 0338 16]]. Grazie e trattatemi bene la mamma 😊",
            ),
            (
                "a",
                "Ricevuto, grazie. [[P:Ciro]] ha finito, la cantina si chiude benissimo. La signora gli ha offerto caffè e sfogliatella ☕ [[P:Annalisa]]",
            ),
        ],
    },
    # 35. A US Navy family in Pozzuoli forgot the code of their safe and pays by phone with an Amex.
    {
        "business": "lock",
        "platform": "whatsapp",
        "customer": "Kevin Marchetti",
        "lang": "en",
        "start": "2025-08-19T10:06:00",
        "messages": [
            (
                "c",
                "Hi there, we're a US Navy family living in [[L:Pozzuoli]], our wall safe won't open, we forgot the code 🤦 Can you help?",
            ),
            (
                "a",
                "Hi! Yes, we open safes. Which brand is it? Price from {{$:150 €}} depending on the model.",
            ),
            (
                "c",
                "Says {{B:Yale}} on the front. I'm [[P:Kevin Marchetti]], my wife [[P:Dana]] will be home all day. Address: [[A:Via Campi Flegrei 58, Parco Azzurro, villa 6]]",
            ),
            (
                "a",
                "Thanks [[P:Kevin]]. [[P:Ciro]] can be there at {{TM:2:30 pm}}. A phone number for him?",
            ),
            (
                "c",
                "[[P:Dana]]'s cell is [[T:+1 (757) 555-0198]] (US number, whatsapp works), mine [[T:+39 342 118 0563]]. I'm usually out on the boat at the {{W:marina}} till 2",
            ),
            (
                "a",
                "Great. Do you need a receipt for the housing office? You can pay cash, POS, or card by phone.",
            ),
            (
                "c",
                "Receipt in the name of [[P:Dana R. Marchetti]] please, email [[E:dana.marchetti @ example.com]]. Card by phone is fine: Amex [[C:3782 824631 00055]]",
            ),
            (
                "a",
                "All set, receipt {{R:RC-2025-1187}} will arrive after the job. See you later! [[P:Annalisa]]",
            ),
        ],
    },
    # 36. A student renting in Secondigliano has a jammed armoured door; dialect, handle, gamer tag.
    {
        "business": "lock",
        "platform": "telegram",
        "customer": "Luigi",
        "lang": "it",
        "start": "2025-09-18T18:24:00",
        "messages": [
            (
                "c",
                "uè buongiorno, a porta blindata s'è bloccata, nun s'arape manco cu a chiave. state aperti o sabato?",
            ),
            (
                "c",
                "sto a [[L:secondigliano]], [[A:via Roma verso Scampia 212]], però a casa è d'o padrone, o sig. [[P:Vitiello]], io so studente e sto in affitto. me chiammo [[P:Luigi Capasso]]",
            ),
            ("a", "Va bene [[P:Luigi]], passiamo {{D:sabato}} alle {{TM:11}}. Un numero?"),
            (
                "c",
                "[[T:3479021156]] oppure scrivetemi qua su telegram [[H:@luigicapa_98]], o [[U:t.me/luigicapa_98]] se o numero nun va. sto sempre online, gioco a fifa cu o nick [[H:LuiginhoNA98]]",
            ),
            (
                "a",
                "Perfetto. Apertura {{$:80 €}}, se c'è da cambiare il defender te lo diciamo prima. [[P:Annalisa]]",
            ),
            ("c", "grazie assai, {{W:San Gennaro}} v'accumpagna 🙏"),
        ],
    },
    # 37. An adult student enrols in contemporary dance; Viola, Marina (a flatmate) and the Marina district.
    {
        "business": "dance",
        "platform": "whatsapp",
        "customer": "Viola P.",
        "lang": "it",
        "start": "2025-09-08T17:42:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Viola]], vorrei iscrivermi al corso di contemporaneo adulti del lunedì, ci sono ancora posti?",
            ),
            (
                "a",
                "Ciao [[P:Viola]]! Sì, ultimi 3 posti. Corso {{$:55 €}} al mese + tessera {{$:25 €}}. Lezione di prova gratuita {{D:lunedì}} alle {{TM:20:00}} 💃 maestra [[P:Gioia]]",
            ),
            (
                "c",
                "Perfetto! Vengo con la mia coinquilina [[P:Marina]], abitiamo tutte e due alla [[L:Marina]] 😅",
            ),
            (
                "c",
                "Per la ricevuta ti lascio i dati: [[P:Viola Pisano]], [[CF:PSNVLI01E49B354C]], [[A:via Barcellona 22]], [[A:09124]] [[L:Cagliari]], mail [[E:viola.pisano01@example.it]]. Le mie coreografie sono qui [[U:linktr.ee/violapisano.dance]] se sei curiosa",
            ),
            (
                "a",
                "Grazie! Ti mando la ricevuta su whatsapp. Il body {{W:viola}} per il saggio lo ordiniamo a {{D:marzo}} 😉",
            ),
            ("c", "haha un body {{W:viola}} per [[P:Viola]], perfetto 💜"),
        ],
    },
    # 38. A mother asks about the tutu for the recital and organises car-sharing with other parents.
    {
        "business": "dance",
        "platform": "messenger",
        "customer": "Aurora Melis",
        "lang": "it",
        "start": "2025-04-28T20:15:00",
        "messages": [
            (
                "c",
                "Buonasera maestra, sono la mamma di [[P:Celeste Melis]] (propedeutica 5 anni). Per il saggio il tutù va comprato o lo fornite voi?",
            ),
            (
                "a",
                "Buonasera! Il tutù lo forniamo noi ({{$:35 €}}), {{W:rosa}} cipria per le propedeutiche. Le scarpette invece sono da comprare, consigliamo mezza punta {{B:Repetto}} o {{B:Capezio}}",
            ),
            (
                "c",
                "Ok. Con le altre mamme ci organizziamo per accompagnarle a turno: lunedì io, mercoledì [[P:Simona]] (mamma di [[P:Bianca]]), venerdì il papà di [[P:Sole]], [[P:Efisio]]",
            ),
            (
                "a",
                "Che {{W:gioia}} queste mamme organizzate! Mi mandate i numeri così se cambia l'orario vi avviso tutti?",
            ),
            (
                "c",
                "Io [[T:347 229 0815]], [[P:Simona Loi]] [[T:3405518072]], [[P:Efisio Cocco]] [[T:+39 320 661 4439]]. [[P:Simona]] fa anche le torte per le feste, guarda [[U:www.facebook.com/simona.loi.cakes]] 🎂",
            ),
            (
                "a",
                "Grazie mille! Il saggio è {{D:sabato 7 giugno}} al {{W:Teatro Massimo}}, prova generale il giorno prima alle {{TM:17}}. Maestra [[P:Stella]]",
            ),
            (
                "c",
                "Perfetto! Ah, [[P:Celeste]] chiede se può portare sul palco il suo peluche {{W:stella marina}} 🙈",
            ),
        ],
    },
    # 39. A London hip hop teacher wintering in Cagliari proposes a workshop.
    {
        "business": "dance",
        "platform": "instagram",
        "customer": "jonah.moves",
        "lang": "en",
        "start": "2025-01-20T14:33:00",
        "messages": [
            (
                "c",
                "Hey! I'm [[P:Jonah Mensah-Clarke]], hip hop & house teacher from [[L:London]], spending the winter in [[L:Cagliari]]. Would you be interested in a weekend workshop at your school?",
            ),
            ("a", "Hi [[P:Jonah]]! Sounds great. Can you send us some videos of your classes?"),
            (
                "c",
                "Sure: [[U:youtube.com/@jonahmovesldn]] and my site [[U:https://www.jonahmensahclarke.example.co.uk]] 🙌 ig is [[H:@jonah.moves]] but you found me already lol",
            ),
            (
                "a",
                "Love the energy! [[P:Stella]], our director, proposes {{D:Saturday 15 February}}: 2 classes of 90 min, at {{TM:15:00}} and {{TM:17:00}}. We pay {{$:400 €}} + 30% of the tickets. OK?",
            ),
            (
                "c",
                "Deal! Payment to my UK account [[I:GB62 NWBK 6016 1348 0722 63]], name [[P:J. Mensah-Clarke]]. I also opened an Italian partita IVA last month, forfettario: [[V:03558470922]], if you need it for the invoice",
            ),
            (
                "c",
                "I'm staying at my friend [[P:Kwame]]'s flat in [[L:Stampace]], [[A:via Azuni 51]], top floor, if you need to post the contract",
            ),
            ("a", "We'll send it by email, easier. Which address?"),
            (
                "c",
                "[[E:jonah (at) example (dot) com]]. And tell [[P:Stella]] my mate [[P:Kwame]] wants to join the class too 😄",
            ),
        ],
    },
    # 40. A tango student misses three weeks and lost a sun-shaped earring, found by Sole.
    {
        "business": "dance",
        "platform": "telegram",
        "customer": "Monica Floris",
        "lang": "it",
        "start": "2025-04-24T10:47:00",
        "messages": [
            (
                "c",
                "Ciao ragazze, sono [[P:Monica]] del tango del giovedì. Io e mio marito [[P:Gianfranco]] per 3 settimane non possiamo venire, andiamo dai suoceri a [[L:Nuoro]] 😬 possiamo recuperare?",
            ),
            (
                "a",
                "Ciao [[P:Monica]]! Certo, potete recuperare il {{D:martedì}} con il gruppo intermedio di [[P:Massimo]]",
            ),
            (
                "c",
                "Grazie! Ah, giovedì scorso ho perso un orecchino d'oro a forma di {{W:sole}}, me l'aveva regalato mia figlia [[P:Daniela]] per i 50 anni 🥺 lei fa gioielli, è uno dei suoi [[U:etsy.com/shop/DanielaFlorisGioielli]]",
            ),
            (
                "a",
                "L'ha trovato [[P:Sole]] della segreteria!! Un {{W:sole}} trovato da [[P:Sole]] ☀️ È nel cassetto della reception.",
            ),
            (
                "c",
                "Nooo che bello!!! Passa a prenderlo mia cognata [[P:Rita Piras]], abita a [[L:Selargius]] vicino a voi, il suo cell [[T:349 55 81 206]]",
            ),
            (
                "a",
                "Perfetto! Siamo in [[A:via Sonnino 139]], secondo piano, campanello {{B:Stella Marina}}. Dal {{D:1° maggio}} al 4 siamo chiusi per {{W:Sant'Efisio}} 🌸 il calendario è su {{W:www.stellamarinadanza.example.it}}",
            ),
        ],
    },
    # 41. A mother enrols her twins Serena and Speranza and offers her card number in the chat.
    {
        "business": "dance",
        "platform": "whatsapp",
        "customer": "Grazia Atzori",
        "lang": "it",
        "start": "2025-09-02T12:19:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere le mie gemelle [[P:Serena]] e [[P:Speranza]] al modern 8-10 anni",
            ),
            (
                "a",
                "Buongiorno! Benissimo. Per i fratelli c'è lo sconto del 15%: {{$:46,75 €}} al mese a testa. Il cognome?",
            ),
            (
                "c",
                "[[P:Atzori]], ma il papà si chiama [[P:Fadda]], le bimbe hanno il doppio cognome: [[P:Serena Fadda Atzori]] e [[P:Speranza Fadda Atzori]]",
            ),
            (
                "c",
                "la ricevuta a me per favore: [[P:Grazia Atzori]], [[A:via Is Mirrionis 95]], [[L:Cagliari]], mail [[E:grazia punto atzori at example punto it]]. Se volete vi do il numero di carta così addebitate voi ogni mese: [[C:5413 0692 7754 0188]] scad 11/27",
            ),
            (
                "a",
                "Meglio di no signora, i numeri di carta qui non li teniamo 🙏 si paga in segreteria o con il link che le mandiamo ogni mese.",
            ),
            (
                "c",
                "Ah ok scusate 😅 allora pago in segreteria. Le bimbe sono un po' timide, soprattutto [[P:Speranza]]. Mio marito [[P:Andrea]] dice che ballano solo davanti allo specchio del bagno",
            ),
            (
                "a",
                "Con la maestra [[P:Gioia]] si sciolgono subito, vedrà! A {{D:lunedì}} alle {{TM:17:15}}",
            ),
            ("c", "allora c'è {{W:speranza}} 😂"),
        ],
    },
    # 42. A Spanish Erasmus student, in non-native Italian, signs up for bachata and gets a refund.
    {
        "business": "dance",
        "platform": "whatsapp",
        "customer": "Lucía F.",
        "lang": "it",
        "start": "2025-10-07T19:12:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Lucía Ferrándiz]], studentessa Erasmus di [[L:Valencia]]. Avete clase de bachata per principianti? Il mio italiano è ancora piano piano 😅",
            ),
            (
                "a",
                "Ciao [[P:Lucía]]! Sì, bachata principianti il {{D:mercoledì}} alle {{TM:21:00}} con [[P:Massimo]] e [[P:Alessia]]. {{$:40 €}} al mese, la prima lezione è gratis 💃",
            ),
            (
                "c",
                "Che bello! Vengo con le mie compagne di piso, [[P:Inês]] (è di [[L:Porto]]) e [[P:Kasia]] (di [[L:Wrocław]]). Viviamo insieme in [[A:via Dante 112]], vicino a {{W:piazza Garibaldi}}",
            ),
            (
                "a",
                "Ciao [[P:Lucía]], purtroppo il corso del mercoledì è sospeso per un mese: [[P:Massimo]] si è fatto male al ginocchio 🤕 Rimborsiamo il mese a tutte e tre. Mi mandate gli IBAN?",
            ),
            (
                "c",
                "Ayyy povero! Il mio è [[I:ES52 2100 0418 4002 7114 3385]]. [[P:Inês]] e [[P:Kasia]] preferiscono contanti in segreteria",
            ),
            (
                "c",
                "Per la ricevuta metti il mio indirizzo di [[L:Spagna]] per favore: [[A:Carrer de Sueca 31, 4º 2ª]], [[A:46006]] [[L:València]]",
            ),
            ("a", "Fatto, rif. {{R:RIMB-BAC-0312}}. [[P:Massimo]] vi saluta!"),
            (
                "c",
                "Dille che guarisca presto da parte di tutte 💕 il mio insta è [[H:lucia.ferrandiz]], taggateci quando ricomincia la bachata!",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(62, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
