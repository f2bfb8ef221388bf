# ruff: noqa: E501
"""Hand-written blind test corpus no. 43 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten43_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a pizzeria delivering in Naples (Vomero,
Fuorigrotta), a yoga retreat in Umbria with Irish and Australian guests, a second-hand furniture
shop in Livorno, a driving school in Messina, a hearing-aid centre in Vicenza for elderly
customers, and an immigration-law firm in Milan for Filipino, Senegalese and Albanian clients.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten43_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten43_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pizza": "Pizzeria Sciuè Sciuè Vomero",
    "yoga": "Casale Lumen Yoga Retreat",
    "mobili": "Robavecchia Livorno Mobili Usati",
    "guida": "Autoscuola Peloro Messina",
    "udito": "Centro Acustico Berico",
    "legale": "Studio Legale Navigli Immigrazione",
}
PAGE_IDS: dict[str, str] = {
    "pizza": "643210000000143",
    "yoga": "643210000000254",
    "mobili": "643210000000365",
    "guida": "643210000000476",
    "udito": "643210000000587",
    "legale": "643210000000698",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Pizza: family order in Vomero, wife may answer the door
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Giuse Bello",
        "lang": "it",
        "start": "2025-03-07T19:12:00",
        "messages": [
            (
                "c",
                "bnasera! vorrei ordinare x stasera 2 {{PD:margherita}} e 1 {{PD:diavola}}, consegna al [[L:Vomero]] in [[A:via Luca Giordano 114]], citofono [[P:Bello]] 3 piano",
            ),
            (
                "a",
                "Buonasera! Perfetto, per che ora? siamo pieni fino alle {{TM:21:15}}. Ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "va bene {{TM:21:30}}, il num è [[T:338 412 7765]] se nn trovate. sn [[P:Giuseppe]] ma tutti mi chiamano [[P:Giuse]]",
            ),
            (
                "a",
                "ok [[P:Giuse]] segnato, totale {{$:19,50 €}}. il rider stasera è [[P:Gennarino]], ti squilla lui quando sta sotto",
            ),
            (
                "c",
                "perfetto grazie. ah se risponde mia moglie [[P:Rosa]] è uguale eh 😂 e nn date retta a mia suocera [[P:Carmela]] se dice che nn abbiamo ordinato",
            ),
            ("a", "ahah tranquillo 🍕 a dopo!"),
        ],
    },
    # 2. Pizza: Fuorigrotta, dialect, handle of the customer
    {
        "business": "pizza",
        "platform": "instagram",
        "customer": "ciruzzo_fuorigrotta",
        "lang": "it",
        "start": "2025-03-09T20:40:00",
        "messages": [
            (
                "c",
                "ue guagliù ma consegnate a [[L:Fuorigrotta]]? stong vicino o {{W:Stadio Maradona}}",
            ),
            (
                "a",
                "Ciao! sì, a [[L:Fuorigrotta]] fino a mezzanotte. mandaci indirizzo e telefono qui 👍",
            ),
            (
                "c",
                "[[A:viale Giochi del Mediterraneo 61, scala B, int. 9]]. song [[P:Ciro Leone]], cell [[T:+39 331 908 2214]]",
            ),
            (
                "c",
                "e na {{PD:marinara}} senza aglio pe mammà, chella nun o digerisce. e na {{PD:capricciosa}} pe me",
            ),
            (
                "a",
                "Fatto [[P:Ciro]], 1 {{PD:capricciosa}} + 1 {{PD:marinara}} senza aglio = {{$:14 euro}}. Ordine {{O:#VS-2291}}. Ti taggiamo nella storia come @[[H:ciruzzo_fuorigrotta]] giusto?",
            ),
            (
                "c",
                "sì sì taggate pure, e pure a sorma @[[H:titti.leone_94]] ca nun me crede ca site ie meglio",
            ),
        ],
    },
    # 3. Pizza: Spanish Erasmus student in Vomero
    {
        "business": "pizza",
        "platform": "messenger",
        "customer": "Lucía Fernández",
        "lang": "en",
        "start": "2025-03-12T21:05:00",
        "messages": [
            (
                "c",
                "Hi! do you deliver to [[L:Vomero]]? I'm an erasmus student, my address is [[A:via Scarlatti 201]], name on the bell is [[P:Fernández Ortega]]",
            ),
            ("a", "Hi [[P:Lucía]]! Yes we do 😊 What would you like?"),
            (
                "c",
                "two {{PD:Margherita}} and a calzone with {{B:Nutella}}. pls call [[T:+34 612 448 905]] or my flatmate [[P:Chiara]] on [[T:392 551 0983]], my phone is dying lol",
            ),
            (
                "a",
                "Total {{$:€21.00}}, about 40 min. Cash or card to the rider. [[P:Annalisa]], {{B:Sciuè Sciuè}}",
            ),
            (
                "c",
                "card pls. can you send the receipt to [[E:lucia.fdez.ortega@example.es]]? my full name is [[P:Lucía Fernández Ortega]] for the uni refund thing",
            ),
            ("a", "sure, receipt sent! buon appetito"),
            ("c", "grazie mille!! siete i migliori 🙏", "it"),
        ],
    },
    # 4. Pizza: complaint about a late courier, refund
    {
        "business": "pizza",
        "platform": "telegram",
        "customer": "Speranza M.",
        "lang": "it",
        "start": "2025-03-15T11:02:00",
        "messages": [
            (
                "c",
                "Salve ieri sera ordine {{O:VS-2310}} arrivato dopo un'ora e mezza, freddo. Il ragazzo, credo si chiamasse [[P:Salvatore]], mi ha detto che si era perso all'[[L:Arenella]]",
            ),
            ("a", "Buongiorno, ci scusi tanto. Mi dice nome e indirizzo così verifico?"),
            (
                "c",
                "[[P:Speranza Mancini]], [[A:via Cimarosa 47]], [[A:80127]] [[L:Napoli]]",
            ),
            (
                "a",
                "Trovato, signora [[P:Mancini]]. Le rimborsiamo i {{$:23,00 €}} sulla carta, oppure le offriamo la cena sabato?",
            ),
            (
                "c",
                "preferisco il rimborso grazie. mio figlio [[P:Danilo]] dice che pure la {{PD:montanara}} era cruda",
            ),
            (
                "a",
                "Ha ragione, rimborso fatto entro {{D:venerdì 21}}. Scusi ancora, [[P:Tommaso Russo]] (titolare)",
            ),
            (
                "c",
                "grazie [[P:Tommaso]], gentilissimo. saluti anche ad [[P:Annalisa]] che mi ha risposto al telefono",
            ),
        ],
    },
    # 5. Pizza: office order with invoice
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Elisabetta Iovine",
        "lang": "it",
        "start": "2025-03-18T09:31:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Betta]] dello {{B:Studio Iovine & Associati}}, vorremmo 12 pizze x venerdì alle {{TM:13:00}} in ufficio, [[A:via Caldieri 3, piano 4]]",
            ),
            ("a", "Buongiorno [[P:Betta]]! Con piacere. Fattura a nome dello studio?"),
            (
                "c",
                "sì: P.IVA [[V:04123450639]], sede [[A:via Caldieri 3]], [[A:80128]] [[L:Napoli]], pec [[E:studioiovine@pec.example.it]]",
            ),
            (
                "a",
                "Perfetto. 12 pizze miste {{$:96 €}}, consegna {{D:venerdì 21 marzo}}. Chi ritira?",
            ),
            (
                "c",
                "io o il collega [[P:Fede]] ([[P:Federico Amato]]), ufficio [[T:081 578 4412]], il mio cell [[T:328/771.40.93]]",
            ),
            ("a", "segnato! ciao, [[P:Annalisa]]"),
        ],
    },
    # 6. Pizza: American tourists in an Airbnb
    {
        "business": "pizza",
        "platform": "instagram",
        "customer": "hopebakes.nyc",
        "lang": "en",
        "start": "2025-04-02T19:48:00",
        "messages": [
            (
                "c",
                "hey!! saw your reel, we're at an airbnb at [[A:via Bernini 82]] in [[L:Vomero]], do you deliver to tourists lol",
            ),
            ("a", "Ciao! Of course 😄 what's the name on the buzzer?"),
            (
                "c",
                "it says [[P:Esposito]], our host is [[P:Carmela]]. I'm [[P:Hope Baker]] btw, from [[L:Brooklyn]]",
            ),
            (
                "c",
                "can we get 1 {{PD:Margherita}}, 1 {{PD:pizza fritta}} and 2 {{B:Coca-Cola}}. my US cell [[T:+1 (646) 555-0139]] works on wifi only",
            ),
            (
                "a",
                "Done! {{$:€24.50}}, our rider [[P:Gennaro]] will ring. Grazie [[P:Hope]]! [[P:Annalisa]]",
            ),
            (
                "c",
                "ur the best, tagging u tmrw from @[[H:hopebakes.nyc]] and my bf [[P:Will]]'s account @[[H:will_church_eats]]",
            ),
            (
                "c",
                "also my food blog is [[U:hopebakesnyc.example.com/naples-diary]], gonna write about you and [[P:Gennaro]] the rider 😍 and [[P:Annalisa]] ofc",
            ),
            (
                "a",
                "Grazie mille [[P:Hope]]! Say ciao to [[P:Will]] and try our {{PD:babà}} next time 🍕",
            ),
        ],
    },
    # 7. Pizza: pizzas left at the neighbour's door
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Bianca",
        "lang": "it",
        "start": "2025-04-05T20:55:00",
        "messages": [
            (
                "c",
                "ciao ragazzi, il vostro fattorino ha lasciato le pizze alla mia vicina, la signora [[P:Wang Xiaomei]] del 2 piano invece che a me 😤",
            ),
            ("a", "ops! ci scusi. lei è?"),
            (
                "c",
                "[[P:Bianca Ferro]], [[A:salita Arenella 22, interno 6]]. la signora [[P:Wang]] me le ha portate ma fredde, e suo figlio [[P:Hao]] si è pure mangiato 2 {{PD:crocchè}} 😂",
            ),
            ("a", "mandiamo subito due pizze nuove, gratis. Numero per il rider?"),
            ("c", "[[T:3405512098]]"),
            ("a", "arrivano tra 20 min con [[P:Gennarino]]. ciao, [[P:Tommaso]]"),
        ],
    },
    # 8. Yoga: Irish couple, deposit from the sister's account
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Siobhán Ní Bhriain",
        "lang": "en",
        "start": "2025-05-03T08:14:00",
        "messages": [
            (
                "c",
                "Hi there, myself and my husband [[P:Declan]] are hoping to book the {{PD:Autumn Stillness Week}} from {{D:12 October}}. We're flying from [[L:Cork]] into {{W:Fiumicino}}",
            ),
            (
                "a",
                "Ciao! Lovely to hear from you. We have one double left in the {{W:Olive House}}. Could you give me both full names?",
            ),
            (
                "c",
                "[[P:Siobhán Ní Bhriain]] and [[P:Declan O'Sullivan]]. email is [[E:siobhan.nibhriain@example.ie]], mobile [[T:+353 87 214 6609]]",
            ),
            (
                "a",
                "Thank you [[P:Siobhán]]! Deposit is {{$:€300}}, booking ref {{R:CL-OCT-0412}}.",
            ),
            (
                "c",
                "Grand. The deposit will come from my sister [[P:Aoife]]'s account as a birthday present, IBAN [[I:IE46BOFI90001741236590]], so don't be confused 😊",
            ),
            (
                "a",
                "Perfect, noted. Our driver [[P:Marco]] will collect you at the station. A presto! [[P:Chiara]] - {{B:Casale Lumen}}",
            ),
        ],
    },
    # 9. Yoga: Australian group, card number pasted in chat
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Mia",
        "lang": "en",
        "start": "2025-05-10T22:30:00",
        "messages": [
            (
                "c",
                "G'day! [[P:Mia]] here from [[L:Byron Bay]], booking for me + 2 mates for the {{PD:Vinyasa & Vino retreat}} in {{D:September}}",
            ),
            ("a", "Ciao [[P:Mia]]! Wonderful. Names of all three please?"),
            (
                "c",
                "[[P:Mia Tranter]], [[P:Grace Church]] and [[P:Will Fox]]. [[P:Grace]] is coeliac and [[P:Will]] is vegan (sorry lol)",
            ),
            (
                "c",
                "invoice to me pls: [[A:14 Lighthouse Road]], [[L:Byron Bay]] [[A:NSW 2481]], ph [[T:+61 412 907 553]]. can I just pay the balance by card? [[C:4539 0177 2614 0086]] exp 08/27",
            ),
            (
                "a",
                "[[P:Mia]], please don't send card numbers in chat! 🙈 Delete that message, I'll email you a secure payment link to...?",
            ),
            (
                "c",
                "oops haha deleted. email [[E:mia.tranter@example.com.au]]. [[P:Will]]'s mum [[P:Hope Fox]] might join too, she's in [[L:Ballina]]",
            ),
            ("a", "Lovely, link sent. Ciao, [[P:Chiara]]"),
            (
                "c",
                "ps find us on insta @[[H:mia.tranter]] and [[P:Grace]]'s is @[[H:gracechurch.runs]], we'll post heaps of pics of {{W:Assisi}} haha",
            ),
        ],
    },
    # 10. Yoga: Irish yoga teacher proposing a collaboration
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "serenaflowsyoga",
        "lang": "en",
        "start": "2025-05-21T13:05:00",
        "messages": [
            (
                "c",
                "hi loves 🌿 I'm a yoga teacher from [[L:Galway]], @[[H:serenaflowsyoga]], would you be open to a collab for a {{PD:Sunrise Flow}} week? all my links: [[U:linktr.ee/serenaflowsyoga]]",
            ),
            (
                "a",
                "Hi [[P:Serena]]! We'd love to hear more. Do you have a media kit?",
            ),
            (
                "c",
                "yes! [[U:https://serenaquinnyoga.example.ie/mediakit]]. my manager [[P:Robbie Gallagher]] handles the money side: [[E:robbie [at] gallaghermgmt [dot] ie]]",
            ),
            (
                "c",
                "oh and my co-teacher is [[P:Neve Quinn]], my cousin, she's on @[[H:neve.moves]]",
            ),
            (
                "a",
                "Grand, we'll email [[P:Robbie]] this week. Ciao, [[P:Chiara]] - {{B:Casale Lumen}}",
            ),
        ],
    },
    # 11. Yoga: Italian guest booking Easter Monday weekend, invoice with codice fiscale
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Neve Sparano",
        "lang": "it",
        "start": "2025-03-02T17:44:00",
        "messages": [
            (
                "c",
                "Ciao, volevo info sul weekend {{PD:Respiro e Silenzio}} di {{W:Pasquetta}}, c'è ancora posto x 2?",
            ),
            (
                "a",
                "Ciao! Sì, due posti in camera doppia, {{$:420 €}} a persona tutto incluso. Vi serve fattura?",
            ),
            (
                "c",
                "si grazie, intestata a me: [[P:Neve Sparano]], CF [[CF:SPRNVE01B41F205N]], residente a [[L:Perugia]] in [[A:via dei Priori 38]]",
            ),
            (
                "c",
                "l'altra persona è la mia compagna [[P:Serena Ricci]], arriva da [[L:Foligno]] in treno, il suo cell è [[T:+39 349 220 1187]]",
            ),
            (
                "a",
                "Perfetto [[P:Neve]], prenotazione {{R:CL-PSQ-0077}}. Vi aspettiamo {{D:sabato 19 aprile}} dalle {{TM:15:00}}. Un abbraccio, [[P:Chiara]]",
            ),
        ],
    },
    # 12. Yoga: Irish guest forgot her mat, ship it home
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Niamh C",
        "lang": "en",
        "start": "2025-06-03T10:20:00",
        "messages": [
            (
                "c",
                "Hiya, it's [[P:Niamh]] from last week's retreat, I think I left my {{B:Lululemon}} mat in the {{W:Olive House}} 🙈",
            ),
            (
                "a",
                "Hi [[P:Niamh]]! Yes, [[P:Rosa]] found it under the bed. Shall we post it?",
            ),
            (
                "c",
                "yes pls! [[P:Niamh Church]], [[A:Apartment 7, 22 Harbour View]], [[L:Dún Laoghaire]], Co. [[L:Dublin]] [[A:A96 K2X3]]",
            ),
            (
                "a",
                "Shipping is {{$:€18}} with {{B:DHL}}, tracking {{TR:JD014600006281930457}}. It leaves {{D:Thursday}}.",
            ),
            (
                "c",
                "thx a mil! my dad [[P:Liam]] will be home, his number is [[T:+353 1 284 7710]] if the courier rings",
            ),
            (
                "c",
                "ps my mum [[P:Bernadette]] wants to come next {{D:May}} with her pal [[P:Maura Kinsella]] from [[L:Bray]]. I'm @[[H:niamh.church.yoga]] if you want to tag me 🧘‍♀️",
            ),
            (
                "a",
                "Would love that! Tell [[P:Bernadette]] to write to us anytime. [[P:Chiara]]",
            ),
        ],
    },
    # 13. Yoga: Australian in London, refund to a UK account
    {
        "business": "yoga",
        "platform": "telegram",
        "customer": "Jack L",
        "lang": "en",
        "start": "2025-05-28T07:55:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Jack Leone]] here, Aussie from [[L:Fremantle]] but living in [[L:London]] now. I have to cancel the {{D:June}} retreat, knee surgery 😩 my surgeon Dr [[P:Anil Patel]] says no yoga for 2 months",
            ),
            (
                "a",
                "So sorry [[P:Jack]]! Per our policy we refund 70%, so {{$:€644}}. Which account should we use?",
            ),
            (
                "c",
                "[[I:GB91 MIDL 4005 1571 3922 84]], name [[P:Jack A. Leone]], address on the account is [[A:Flat 2, 41 Calabria Road]], [[L:Highbury]], [[A:N5 1QX]]",
            ),
            (
                "a",
                "Refund issued {{D:3 June}}, ref {{R:RF-2291}}. Get well soon! [[P:Chiara]]",
            ),
            ("c", "legend, thanks 🙏"),
        ],
    },
    # 14. Yoga: Italian-Australian granddaughter, code-switching
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "victoria.bianchi",
        "lang": "en",
        "start": "2025-07-01T23:10:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Victoria Bianchi]], my nonna is from [[L:Spoleto]] 😊 vorrei regalarle un weekend",
                "it",
            ),
            (
                "a",
                "Che bello! Which weekend were you thinking of? We have the {{PD:Dolce Far Niente}} weekend on {{D:6-7 September}}.",
            ),
            (
                "c",
                "perfect. her name is [[P:Assunta Bianchi]], she still lives in [[A:vicolo della Ripa 5]], [[L:Spoleto]]. I'm in [[L:Melbourne]] so I can't come 😢",
            ),
            (
                "c",
                "can my cousin [[P:Daniele]] drive her? his number is [[T:0743 221 908]], it's a landline, he's old school lol",
            ),
            (
                "a",
                "Of course. I'll send the gift voucher {{R:GV-1193}} by email, which address? Baci, [[P:Chiara]]",
            ),
            ("c", "grazie mille!! it's [[E:vic.bianchi@example.com]]"),
        ],
    },
    # 15. Mobili: haggling over a 1950s sideboard, Livornese dialect
    {
        "business": "mobili",
        "platform": "messenger",
        "customer": "Serena Baldacci",
        "lang": "it",
        "start": "2025-02-11T16:22:00",
        "messages": [
            (
                "c",
                "Deh ciao, c'avete sempre quella credenza anni 50 della foto? quanto la fate?",
            ),
            (
                "a",
                "Ciao! sì, è la {{PD:credenza Bassano}} in noce, {{$:280 €}}. [[P:Lapo]]",
            ),
            (
                "c",
                "boia che prezzo 😅 250 e la vengo a vedé domani. abito in [[L:Venezia Nuova]], [[A:scali del Refugio 9]], sono [[P:Serena Baldacci]]",
            ),
            ("a", "vabbè 260 e ti si porta anche a casa, ganzo?"),
            (
                "c",
                "ganzo! chiama il mi' omo [[P:Mauro]] per la consegna, è lui che c'ha i muscoli, [[T:0586.443.120]] (casa) o [[T:339 802 6614]]",
            ),
            (
                "a",
                "fatto, consegna {{D:sabato 15}} mattina. ciao [[P:Serena]]! [[P:Lapo]] - {{B:Robavecchia}}",
            ),
        ],
    },
    # 16. Mobili: clearing a grandmother's house
    {
        "business": "mobili",
        "platform": "whatsapp",
        "customer": "Marco P.",
        "lang": "it",
        "start": "2025-02-19T09:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, mia nonna [[P:Ilda Pardini]] è mancata a gennaio e dobbiamo svuotare la casa ad [[L:Antignano]], [[A:via del Fanale 118, piano terra]]. fate sgomberi?",
            ),
            (
                "a",
                "Buongiorno e condoglianze. Sì, facciamo sopralluogo gratuito. Con chi parlo?",
            ),
            (
                "c",
                "io sono il nipote [[P:Marco Pardini]], mio fratello [[P:Luca]] ha le chiavi, il suo cell è [[T:347-812-3309]]. io sto a [[L:Firenze]] quindi nn ci sono quasi mai",
            ),
            (
                "a",
                "Va bene, sopralluogo {{D:giovedì 27}} alle {{TM:10:00}} con [[P:Luca]]. C'è un armadio {{PD:Luigi XV}} nelle foto, è originale?",
            ),
            (
                "c",
                "boh la nonna diceva di sì 😅 se nn rispondete a [[P:Luca]] c'è la vicina [[P:Rosa Leone]] al primo piano, ha un'altra copia delle chiavi",
            ),
            (
                "c",
                "le foto le ho messe qui [[U:https://drive.example.com/u/marco.pardini/casa-nonna-ilda]], c'è anche il comò del nonno [[P:Oreste]]",
            ),
            ("a", "perfetto. a giovedì, [[P:Lapo]] e [[P:Dario]]"),
        ],
    },
    # 17. Mobili: deposit refund to the customer's IBAN, delivery to Pisa
    {
        "business": "mobili",
        "platform": "instagram",
        "customer": "gaia.del.corona",
        "lang": "it",
        "start": "2025-03-03T18:40:00",
        "messages": [
            (
                "c",
                "ciao! ho lasciato {{$:50 €}} di caparra x il tavolo {{PD:fratino}} ma purtroppo nn ci entra in cucina 😭 me la rendete?",
            ),
            (
                "a",
                "Ciao! Certo, nessun problema. Mi mandi nome e IBAN?",
            ),
            (
                "c",
                "[[P:Gaia Del Corona]], IBAN [[I:IT81 B050 3411 7010 0000 0317 829]] (è intestato a me e al mio ragazzo [[P:Nicolò Ferro]])",
            ),
            (
                "c",
                "però le sedie le prendo, me le portate a [[L:Pisa]]? [[A:lungarno Galilei 14, scala A]], [[A:56125]]",
            ),
            (
                "a",
                "Bonifico fatto oggi {{D:3 marzo}}. Consegna a [[L:Pisa]] {{$:25 €}}, giovedì va bene? Ciao, [[P:Dario]]",
            ),
            ("c", "perfetto grazie mille ❤️ mi trovate anche su @[[H:gaia.del.corona]] se serve"),
        ],
    },
    # 18. Mobili: British couple restoring a farmhouse on the coast
    {
        "business": "mobili",
        "platform": "telegram",
        "customer": "Mark Fox",
        "lang": "en",
        "start": "2025-04-08T12:12:00",
        "messages": [
            (
                "c",
                "Good afternoon. My wife [[P:Victoria]] and I are restoring an old farmhouse near [[L:Castagneto Carducci]] and we love your {{PD:madia}} and the two iron beds.",
            ),
            (
                "a",
                "Good afternoon! Both still available, {{$:€190}} the madia and {{$:€340}} the beds. Delivery to you is {{$:€60}}.",
            ),
            (
                "c",
                "Splendid. Address is [[A:località Poggio ai Venti 3]], [[A:57022]] [[L:Castagneto Carducci]]. Our builder [[P:Renzo]] will be on site, ring him on [[T:+39 0565 771 204]]",
            ),
            (
                "c",
                "Invoices to [[E:mark dot fox at example dot co dot uk]] please, and my UK mobile is [[T:+44 7700 900 461]]. Name [[P:Mark Fox]], [[P:F-O-X]] like the animal 🦊",
            ),
            (
                "a",
                "Noted [[P:Mark]]! Delivery {{D:Tuesday 15 April}}, order {{O:RV-0884}}. Cheers, [[P:Lapo]]",
            ),
            (
                "c",
                "Thank you! If you're curious, [[P:Victoria]] has been blogging the renovation since {{D:2023}} at [[U:https://foxfarmhouse.example.co.uk/victoria-and-mark]]",
            ),
        ],
    },
    # 19. Mobili: Romanian customer spelling his surname, invoice with codice fiscale
    {
        "business": "mobili",
        "platform": "whatsapp",
        "customer": "Ionut",
        "lang": "it",
        "start": "2025-04-14T08:50:00",
        "messages": [
            (
                "c",
                "buongiorno, volevo comprare il divano {{PD:Chesterfield}} verde, serve la fattura x mio lavoro",
            ),
            ("a", "Buongiorno! Certo. Nome, codice fiscale e indirizzo?"),
            (
                "c",
                "[[P:Ionuț Popescu]], cognome si scrive [[P:P O P E S C U]]. CF [[CF:PPSNTI90C22Z129Q]]",
            ),
            (
                "c",
                "abito in [[A:via Giovanni March 40, int. 2]], [[L:Livorno]], quartiere [[L:Shangai]]. mia moglie [[P:Andreea]] è a casa la mattina",
            ),
            (
                "a",
                "Grazie [[P:Ionuț]]. Divano {{$:450 €}}, consegna {{D:venerdì 18}}. Il numero per l'autista?",
            ),
            ("c", "[[T:+40 722 518 904]] rumeno, oppure [[T:0039 351 440 2876]]"),
        ],
    },
    # 20. Mobili: antiques dealer buying with his partita IVA
    {
        "business": "mobili",
        "platform": "messenger",
        "customer": "Gino Antichità",
        "lang": "it",
        "start": "2025-05-06T15:30:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Gino Cecchetti]] del {{B:Mercatino da Gino}} di [[L:Cecina]]. Prenderei in blocco le 6 sedie {{PD:Thonet}} e la specchiera.",
            ),
            (
                "a",
                "Buonasera [[P:Gino]], per un rivenditore facciamo {{$:600 €}} tutto. Fattura a?",
            ),
            (
                "c",
                "{{B:Mercatino da Gino}} di [[P:Cecchetti Gino]], P.IVA [[V:01987650494]], [[A:corso Matteotti 102]], [[A:57023]] [[L:Cecina]]",
            ),
            (
                "c",
                "ritira il mi' figliolo [[P:Samuele]] col furgone, [[T:(0586) 684 219]]. sito nostro [[U:www.mercatinodagino.example.it/gino-cecchetti]]",
            ),
            ("a", "Perfetto, vi aspettiamo {{D:mercoledì}}. [[P:Dario]]"),
        ],
    },
    # 21. Mobili: English-speaking Nigerian student furnishing a flat
    {
        "business": "mobili",
        "platform": "instagram",
        "customer": "chidi.okonkwo",
        "lang": "en",
        "start": "2025-09-02T17:17:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Chidi Okonkwo]], student at the {{W:Accademia Navale}}. I just moved to [[L:Livorno]] and need a desk, a bed and 2 chairs, cheap pls 🙏",
            ),
            (
                "a",
                "Hi [[P:Chidi]]! We have a student bundle for {{$:€220}}. Where do you live?",
            ),
            (
                "c",
                "[[A:via Grande 77, 3rd floor]], flat shared with [[P:Emeka]] and [[P:Tunde Adeyemi]]. the bell says [[P:Adeyemi]]",
            ),
            (
                "c",
                "my number [[T:+234 803 441 2290]] doesn't work here yet, use my flatmate's [[T:320 778 1045]] or email [[E:chidi.okonkwo94@example.com]]",
            ),
            (
                "a",
                "No problem. Delivery {{D:Saturday 6 September}} in the morning. Ciao, [[P:Lapo]]",
            ),
            (
                "c",
                "thank you! my fb in case the driver can't find me: [[U:facebook.com/chidi.okonkwo.94]]. [[P:Tunde]] will be home on {{D:Saturday}} too",
            ),
        ],
    },
    # 22. Guida: mother enrolling her son, codice fiscale
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Rosaria Cannizzaro",
        "lang": "it",
        "start": "2025-01-20T10:00:00",
        "messages": [
            (
                "c",
                "Buongiorno vorrei iscrivere mio figlio [[P:Gabriele]] per la patente {{PD:B}}, ha fatto 18 anni a {{W:Natale}} 🎉 quanto costa?",
            ),
            (
                "a",
                "Buongiorno! Il pacchetto {{PD:Patente B completa}} è {{$:890 €}} con 10 guide. Servono i dati del ragazzo.",
            ),
            (
                "c",
                "[[P:Gabriele Cannizzaro]], CF [[CF:CNNGRL07E14F158P]], residente a [[L:Messina]], [[A:contrada Conca d'Oro 15]], [[L:Giostra]]",
            ),
            (
                "c",
                "io sono la mamma [[P:Rosaria]], il mio cell [[T:349.118.22.07]], quello di [[P:Gabriele]] è [[T:389 004 1156]] ma nn risponde mai 🙄",
            ),
            (
                "a",
                "Perfetto signora. Prima lezione di teoria {{D:lunedì 27 gennaio}} alle {{TM:17:30}}. Un saluto, [[P:Sebastiano]] - {{B:Autoscuola Peloro}}",
            ),
        ],
    },
    # 23. Guida: teenager asking about the schedule, Sicilian slang
    {
        "business": "guida",
        "platform": "instagram",
        "customer": "ale_lombardo_07",
        "lang": "it",
        "start": "2025-02-03T21:41:00",
        "messages": [
            (
                "c",
                "ueee amunì, ma le guide si possono fare pure di sabato? sugnu [[P:Ale]] quello ca ha sbattuto il cono la settimana scorsa 😂",
            ),
            (
                "a",
                "Ciao [[P:Alessio]] 😂 sì, sabato mattina con [[P:Nino]] dalle {{TM:8:00}} alle {{TM:12:00}}.",
            ),
            (
                "c",
                "minchia alle 8 😴 vabbè. mi venite a pigghiari a [[L:Torre Faro]]? [[A:via Circuito 48]]",
            ),
            (
                "a",
                "Sì, partenza da lì. Porta il foglio rosa! [[P:Nino]] ti scrive su @[[H:ale_lombardo_07]] se ritarda",
            ),
            (
                "c",
                "ok grz. ah pure il mio amico [[P:Kevin Russo]] si vuole iscrivere, è @[[H:kevin.russo.me]]",
            ),
        ],
    },
    # 24. Guida: Nigerian resident converting his licence, English
    {
        "business": "guida",
        "platform": "messenger",
        "customer": "Emeka O.",
        "lang": "en",
        "start": "2025-02-12T14:25:00",
        "messages": [
            (
                "c",
                "Good afternoon sir. My name is [[P:Chukwuemeka Okafor]], people call me [[P:Emeka]]. I have a Nigerian licence, can I convert it here in [[L:Messina]]?",
            ),
            (
                "a",
                "Good afternoon [[P:Emeka]]. Nigeria has no conversion agreement, so you need the full exam, but the theory can be done in English. Price {{$:€750}}.",
            ),
            (
                "c",
                "ok. I live at [[A:via Santa Cecilia 131, scala C]], [[L:Messina]]. My employer Mr [[P:Salvatore Arena]] of {{B:Arena Agrumi}} will pay half",
            ),
            (
                "c",
                "you can write to me at [[E:emeka.okafor@example.com]] or call [[T:+39 327 665 0912]]. my wife [[P:Ngozi]] also wants to enrol next month",
            ),
            (
                "a",
                "Great, welcome! Bring the permesso and passport on {{D:Monday}} at {{TM:16:00}}. Regards, [[P:Sebastiano Lo Presti]]",
            ),
            (
                "c",
                "thank you sir. you can also whatsapp me direct: [[U:https://wa.me/393276650912]]. greetings to [[P:Sebastiano]] and the instructors",
            ),
        ],
    },
    # 25. Guida: exam booking, failed exam, fee refund by bank transfer
    {
        "business": "guida",
        "platform": "telegram",
        "customer": "Marta",
        "lang": "it",
        "start": "2025-03-10T09:12:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:Marta Bonaccorso]], l'esame di guida di {{D:martedì}} è confermato? l'istruttore [[P:Turi]] mi ha detto che forse slitta",
            ),
            (
                "a",
                "Ciao [[P:Marta]]! Slitta al {{D:18 marzo}}, ore {{TM:9:40}}, ritrovo alla {{W:Fiera}}. Prenotazione {{R:MCTC-ME-55310}}.",
            ),
            (
                "c",
                "uff. e i {{$:40 €}} della guida in più che nn ho fatto me li ridate? IBAN [[I:IT83G0832703221000000004561]] intestato a mio padre [[P:Carmelo Bonaccorso]]",
            ),
            (
                "a",
                "Sì, te li ridiamo entro la settimana. Ciao, [[P:Sebastiano]]",
            ),
            (
                "c",
                "grz!! ah ho cambiato numero, ora è [[T:+39 366 2281 907]]",
            ),
            (
                "a",
                "segnato [[P:Marta]], lo dico anche a [[P:Turi]] per il {{D:18}} 👍",
            ),
        ],
    },
    # 26. Guida: Ukrainian woman, documents, mixed Italian
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Olena K",
        "lang": "it",
        "start": "2025-04-01T11:48:00",
        "messages": [
            (
                "c",
                "Buongiorno, io sono [[P:Olena Kovalenko]], ucraina, abito a [[L:Messina]] da 2 anni. Posso fare patente con mio italiano non perfetto?",
            ),
            (
                "a",
                "Buongiorno [[P:Olena]]! Certo, abbiamo anche le schede in inglese. Ci serve il codice fiscale e il permesso.",
            ),
            (
                "c",
                "CF [[CF:KVLLNO95R47Z138S]]. Abito da mia amica [[P:Nataliya Shevchuk]], [[A:c/o Shevchuk, via Ghibellina 220]], [[A:98123]]",
            ),
            (
                "c",
                "il mio telefono [[T:+380 67 412 5598]] ucraino e italiano [[T:392-7741-058]]. email [[E:olena punto kovalenko chiocciola gmail punto com]]",
            ),
            (
                "a",
                "Grazie [[P:Olena]], ti aspettiamo {{D:giovedì 3}} alle {{TM:18:00}}. Un saluto, [[P:Giusy]]",
            ),
            ("c", "дякую! cioè grazie 😅"),
        ],
    },
    # 27. Guida: licence renewal, medical visit with the doctor
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Pippo Leone",
        "lang": "it",
        "start": "2025-04-22T08:30:00",
        "messages": [
            (
                "c",
                "bongiorno mi scade la patente a {{D:giugno}}, fate voi il rinnovo? sono [[P:Filippo Leone]] classe 58",
            ),
            (
                "a",
                "Buongiorno! Sì, visita medica il {{D:giovedì}} con la dott.ssa [[P:Grazia Mangano]], {{$:95 €}} tutto compreso.",
            ),
            (
                "c",
                "va bene. porto la patente e 2 foto. abito a [[L:Ganzirri]], [[A:via Lago Grande 17]]. mia figlia [[P:Speranza]] mi accompagna, cell [[T:090 391 2206]]",
            ),
            (
                "a",
                "Perfetto signor [[P:Leone]], giovedì {{D:24 aprile}} alle {{TM:10:15}}. [[P:Giusy]] - {{B:Autoscuola Peloro}}",
            ),
        ],
    },
    # 28. Guida: business client, fleet drivers course with VAT number
    {
        "business": "guida",
        "platform": "messenger",
        "customer": "Trasporti Sciacca",
        "lang": "it",
        "start": "2025-05-13T15:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Concetta Sciacca]], della {{B:Trasporti Sciacca srl}}. Ci servono 3 corsi {{PD:CQC merci}} per i nostri autisti.",
            ),
            (
                "a",
                "Buongiorno signora [[P:Sciacca]]! {{$:1.350 €}} a persona. Ci mandi nomi e dati fattura?",
            ),
            (
                "c",
                "autisti: [[P:Rosario Bello]], [[P:Domenico Arena]] e [[P:Ahmed Ben Salah]]. fattura a {{B:Trasporti Sciacca srl}}, P.IVA [[V:03555120835]], [[A:zona industriale Larderia lotto 14]], [[A:98129]] [[L:Messina]]",
            ),
            (
                "c",
                "per i turni scrivete al capo officina [[P:Santo]] su [[E:santo.magazzino@trasportisciacca.example.it]]",
            ),
            (
                "a",
                "Perfetto, preventivo {{R:PRV-2025-118}} in arrivo. Saluti, [[P:Sebastiano Lo Presti]]",
            ),
        ],
    },
    # 29. Udito: daughter booking a hearing test for her father
    {
        "business": "udito",
        "platform": "messenger",
        "customer": "Paola Zanella",
        "lang": "it",
        "start": "2025-01-14T18:20:00",
        "messages": [
            (
                "c",
                "Buonasera, vorrei prenotare un controllo dell'udito per mio papà [[P:Gino Zanella]], 86 anni, non sente più il campanello e tiene la tv a palla 😅",
            ),
            (
                "a",
                "Buonasera! Il {{PD:test audiometrico}} è gratuito. Può venire {{D:martedì 21}} alle {{TM:9:30}}?",
            ),
            (
                "c",
                "sì lo porto io, sono la figlia [[P:Paola]]. Lui abita a [[L:Arcugnano]], [[A:frazione Lapio, via dei Colli 12]], io invece a [[L:Vicenza]] in [[A:contrà Porti 21]]",
            ),
            (
                "c",
                "per la pratica ASL le servono i suoi dati? CF [[CF:ZNLGNI38P03L840E]], il medico di base è il dott. [[P:Franco Dal Lago]]",
            ),
            (
                "a",
                "Sì grazie, perfetto. Porti anche la tessera sanitaria. Il suo numero?",
            ),
            (
                "c",
                "[[T:0444 530 871]] casa, [[T:347 659 0021]] mio. grazie mille! [[P:Paola]]",
            ),
            ("a", "A martedì, un saluto. [[P:Elisa]] - {{B:Centro Acustico Berico}}"),
        ],
    },
    # 30. Udito: elderly man typing in capitals
    {
        "business": "udito",
        "platform": "whatsapp",
        "customer": "Bepi",
        "lang": "it",
        "start": "2025-01-28T07:02:00",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO [[P:GIUSEPPE FERRO]] DETTO [[P:BEPI]] L APPARECCHIO {{PD:SILENZIA 3}} FISCHIA SEMPRE COSA DEVO FARE",
            ),
            (
                "a",
                "Buongiorno signor [[P:Ferro]]! Probabilmente è da cambiare il tubicino. Passa in negozio?",
            ),
            (
                "c",
                "NON GUIDO PIU MI PORTA LA BADANTE [[P:MARIA]] MA SOLO IL GIOVEDI. ABITO A [[L:CALDOGNO]] [[A:VIA PEDEMONTANA 85]]",
            ),
            (
                "a",
                "Va benissimo giovedì {{D:30 gennaio}} alle {{TM:11:00}}. Se preferisce il nostro tecnico [[P:Michele]] può venire a casa.",
            ),
            (
                "c",
                "NO VENGO IO GRAZIE TANTE. MIO NIPOTE [[P:DAVIDE]] DICE DI DARVI ANCHE IL SUO NUMERO [[T:340.2267.915]]",
            ),
            ("a", "Grazie, a giovedì signor [[P:Bepi]]! [[P:Elisa]]"),
        ],
    },
    # 31. Udito: son in the UK, mother in Vicenza, English
    {
        "business": "udito",
        "platform": "messenger",
        "customer": "Tom Marchetto",
        "lang": "en",
        "start": "2025-02-17T20:10:00",
        "messages": [
            (
                "c",
                "Hello, I'm writing from [[L:Leeds]] on behalf of my mum, [[P:Lucia Marchetto]], who lives in [[L:Vicenza]]. Her hearing aids were fitted by you last year",
            ),
            (
                "a",
                "Good evening! Yes, we have her file. How can we help?",
            ),
            (
                "c",
                "the right one stopped working. she's at [[A:viale della Pace 120, scala B, 2° piano]], and my aunt [[P:Graziella]] can bring her in. I'm [[P:Tom]], [[P:Tommaso]] in Italy lol",
            ),
            (
                "c",
                "for the warranty paperwork please email me at [[E:tom.marchetto@example.co.uk]] or phone [[T:+44 (0)113 496 0732]]. my address is [[A:9 Church Lane]], [[L:Headingley]], [[A:LS6 3BQ]]",
            ),
            (
                "a",
                "Thank you [[P:Tom]]. Bring it in {{D:Friday}} at {{TM:15:00}}, repair is covered until {{D:March 2026}}. [[P:Elisa]]",
            ),
            (
                "c",
                "brilliant, thanks [[P:Elisa]]. [[P:Graziella]] will bring her. if you need to check who I am: [[U:https://www.linkedin.com/in/tom-marchetto-leeds]]",
            ),
        ],
    },
    # 32. Udito: remote fitting via app, the technician needs the IP
    {
        "business": "udito",
        "platform": "telegram",
        "customer": "Renato",
        "lang": "it",
        "start": "2025-03-05T16:45:00",
        "messages": [
            (
                "c",
                "salve, il vostro tecnico [[P:Michele Rigon]] mi ha detto di scrivere qui per la regolazione a distanza con l'app {{B:Phonak}} ma non si collega",
            ),
            (
                "a",
                "Buongiorno! Mi può dire il suo nome e l'indirizzo IP che vede nella schermata Impostazioni?",
            ),
            (
                "c",
                "[[P:Renato Baggio]], l'ip dice [[IP:93.41.187.22]] ma mio genero [[P:Stefano]] dice che col wifi nuovo è cambiato in [[IP:2.235.114.9]]",
            ),
            (
                "a",
                "Grazie, usiamo il secondo. Domani alle {{TM:10:00}} la chiama [[P:Michele]] al numero?",
            ),
            (
                "c",
                "[[T:0444/966.318]] fisso di casa, [[L:Altavilla Vicentina]]. se non rispondo sono dalla vicina [[P:Serena]]",
            ),
            (
                "a",
                "Perfetto signor [[P:Baggio]], a domani alle {{TM:10:00}}. Saluti a [[P:Stefano]]! [[P:Elisa]]",
            ),
        ],
    },
    # 33. Udito: granddaughter on Instagram, payment by card
    {
        "business": "udito",
        "platform": "instagram",
        "customer": "giuly.pozzan",
        "lang": "it",
        "start": "2025-04-09T12:33:00",
        "messages": [
            (
                "c",
                "ciaoo, vorrei regalare a mia nonna [[P:Bianca Pozzan]] il caricatore nuovo x gli apparecchi {{PD:Signia Pure}}, lo spedite?",
            ),
            (
                "a",
                "Ciao! Sì, {{$:79 €}} + spedizione. Dove lo mandiamo?",
            ),
            (
                "c",
                "a lei: [[A:borgo Scroffa 33]], [[A:36100]] [[L:Vicenza]]. pago con la carta [[C:5521-3990-4417-2638]] va bene? 😇",
            ),
            (
                "a",
                "[[P:Giulia]], meglio non scrivere il numero della carta in chat 🙏 ti mandiamo un link di pagamento. Mail?",
            ),
            (
                "c",
                "scusate 🙈 [[E:giulia.pozzan@example.it]]. e scrivete a nome mio [[P:Giulia Pozzan]], nel profilo sono @[[H:giuly.pozzan]]",
            ),
            ("a", "Fatto! Spedizione tracciata {{TR:3S4PZ0098812IT}}. [[P:Elisa]]"),
        ],
    },
    # 34. Udito: elderly lady, e-mail obfuscated by the son
    {
        "business": "udito",
        "platform": "messenger",
        "customer": "Anna Tessaro",
        "lang": "it",
        "start": "2025-05-19T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Anna Tessaro]] ho 81 anni mi ha detto mio figlio [[P:Roberto]] di scrivere qui x la fattura delle pile",
            ),
            (
                "a",
                "Buongiorno signora [[P:Anna]]! Certo. A che indirizzo e-mail la mandiamo?",
            ),
            (
                "c",
                "mio figlio dice di scrivere cosi [[E:anna at libero dot it]] ma non so se e giusto... forse [[E:annatessaro38 at libero dot it]]",
            ),
            (
                "a",
                "Mandiamo a tutti e due per sicurezza 😊 Conferma l'indirizzo [[A:strada di Bertesina 254]], [[L:Bertesina]]?",
            ),
            (
                "c",
                "si giusto. grazie tanto cara. il mio telefono e sempre [[T:0444 911 627]]",
            ),
            ("a", "Grazie a lei! [[P:Elisa]] - {{B:Centro Acustico Berico}}"),
        ],
    },
    # 35. Udito: retired engineer asking for technical details, pays by IBAN
    {
        "business": "udito",
        "platform": "whatsapp",
        "customer": "Ing. Leone",
        "lang": "it",
        "start": "2025-06-24T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno. Sono l'ing. [[P:Vittorio Leone]], cliente dal 2019. Vorrei passare agli {{PD:Oticon Intent}} ricaricabili. Permuta?",
            ),
            (
                "a",
                "Buongiorno ingegnere! Sì, valutiamo la permuta dei vecchi. Il nuovo paio è {{$:3.900 €}}.",
            ),
            (
                "c",
                "Bene. Pagherei con bonifico dal conto cointestato con mia moglie [[P:Mariarosa Zordan]], [[I:IT12U0311111200000000077123]]. Serve la fattura a me.",
            ),
            (
                "c",
                "Residenza: [[A:via Monte Grappa 9/B]], [[A:36061]] [[L:Bassano del Grappa]]. Il sito del mio vecchio studio con i miei dati è [[U:www.studioleone-ingegneria.example.it/vittorio-leone]]",
            ),
            (
                "a",
                "Perfetto, appuntamento {{D:1 luglio}} alle {{TM:9:00}}. Cordiali saluti, [[P:Elisa Barban]]",
            ),
        ],
    },
    # 36. Legale: Filipino domestic worker renewing her permit, employer details
    {
        "business": "legale",
        "platform": "whatsapp",
        "customer": "Grace DC",
        "lang": "en",
        "start": "2025-02-04T19:30:00",
        "messages": [
            (
                "c",
                "Good evening po. I am [[P:Maria Grace Dela Cruz]], my permesso di soggiorno expires {{D:15 March}}. My friend [[P:Jovelyn]] said your office helps Filipinos 🙏",
            ),
            (
                "a",
                "Good evening [[P:Grace]]! Yes, we handle renewals. Are you still working for the same family?",
            ),
            (
                "c",
                "yes po, for Signora [[P:Bianca Colombo]] in [[L:Città Studi]], since 2019. I live with my cousin at [[A:via Padova 288, scala D, 5° piano]], [[A:20132]] [[L:Milano]]",
            ),
            (
                "c",
                "my CF is [[CF:DLCMGR88H55Z216T]]. my number [[T:+39 388 145 7702]], and in the [[L:Philippines]] my sister [[P:Rowena]] [[T:+63 917 552 0418]] has my birth certificate from [[L:Batangas]]",
            ),
            (
                "a",
                "Thank you. Please send the documents to [[E:grace.delacruz88@example.com]]? Or to our address, whichever is easier. Appointment {{D:Thursday 13 February}} at {{TM:18:30}}, ref {{R:SLN-2025-0214}}.",
            ),
            (
                "c",
                "salamat po! my email is correct. my fb is [[U:facebook.com/mariagrace.delacruz.88]] if you need to message me there, or my TikTok @[[H:gracee_dc88]]",
            ),
            ("a", "Perfect. See you Thursday. Avv. [[P:Silvia Navigli]]"),
        ],
    },
    # 37. Legale: Senegalese worker, family reunification
    {
        "business": "legale",
        "platform": "messenger",
        "customer": "Mamadou Ndiaye",
        "lang": "it",
        "start": "2025-03-20T20:02:00",
        "messages": [
            (
                "c",
                "Bonsoir, buonasera avvocato. Sono [[P:Mamadou Ndiaye]], lavoro a [[L:Sesto San Giovanni]]. Voglio fare ricongiungimento per mia moglie [[P:Awa Diop]] e i bambini [[P:Cheikh]] e [[P:Fatou]] che sono a [[L:Thiès]]",
            ),
            (
                "a",
                "Buonasera signor [[P:Ndiaye]]. Servono contratto di lavoro, buste paga e idoneità alloggiativa. Ha un contratto a tempo indeterminato?",
            ),
            (
                "c",
                "si, con {{B:Logistica Brambilla srl}}, P.IVA [[V:02876540242]], il capo si chiama [[P:Walter Brambilla]]. casa mia è [[A:via Fratelli di Dio 41, int. 12]], [[A:20099]] [[L:Sesto San Giovanni]]",
            ),
            (
                "c",
                "il mio codice fiscale [[CF:NDYMMD85S10Z343F]]. Il telefono [[T:351 998 2047]], mia moglie in [[L:Senegal]] [[T:+221 77 645 12 90]]",
            ),
            (
                "a",
                "Perfetto. L'acconto per la pratica è {{$:350 €}}, può fare bonifico all'IBAN dello studio che le mando per mail. Mi conferma la mail?",
            ),
            (
                "c",
                "[[E:mamadou.ndiaye85@example.fr]]. il bonifico lo fa mio cugino [[P:Ousmane Sow]] dal suo conto [[I:IT36V0306909606100000012457]]",
            ),
            ("a", "Ricevuto, grazie. Un saluto, avv. [[P:Karim Haddad]]"),
        ],
    },
    # 38. Legale: Albanian client applying for citizenship, portal login alert
    {
        "business": "legale",
        "platform": "telegram",
        "customer": "Klodiana M.",
        "lang": "en",
        "start": "2025-04-15T08:44:00",
        "messages": [
            (
                "c",
                "Good morning, I'm [[P:Klodiana Marku]] (surname [[P:M-A-R-K-U]]), I have lived in [[L:Milano]] 11 years and want to apply for citizenship",
            ),
            (
                "a",
                "Good morning [[P:Klodiana]]! You need the B1 Italian certificate, the criminal record from Albania and your birth certificate. Do you have them?",
            ),
            (
                "c",
                "B1 yes. the birth certificate my brother [[P:Arben]] is getting from the municipality of [[L:Durrës]]. My CF [[CF:MRKKDN79E60Z100F]], address [[A:viale Monza 165]], [[A:20126]]",
            ),
            (
                "c",
                "btw I got an email that someone logged into your client portal with my account from IP [[IP:151.38.20.177]], was that you?",
            ),
            (
                "a",
                "That was our secretary [[P:Monica]] uploading your file, don't worry. The fee of {{$:€600}} can be paid by transfer, ref {{R:CIT-2025-0391}}.",
            ),
            (
                "c",
                "ok, my brother pays from his Albanian account [[I:AL88 2021 1123 0000 0004 0271 1865]]. or I can use [[U:paypal.me/klodimarku]]",
            ),
            (
                "a",
                "Bank transfer is fine. Write to [[E:klodiana.marku@example.al]]? Regards, avv. [[P:Silvia Navigli]]",
            ),
            ("c", "yes that's me, thank you! faleminderit 😊"),
        ],
    },
    # 39. Legale: Filipino man, work permit conversion, employer VAT
    {
        "business": "legale",
        "platform": "whatsapp",
        "customer": "Jhun Bautista",
        "lang": "en",
        "start": "2025-05-07T21:15:00",
        "messages": [
            (
                "c",
                "Hello attorney, [[P:Reynaldo Santos Bautista]] here but everyone calls me [[P:Jhun]]. I'm a cook in [[L:Monza]], my seasonal permit must become a normal work permit",
            ),
            (
                "a",
                "Hello [[P:Jhun]]! We need the new contract from your employer. Who is it?",
            ),
            (
                "c",
                "{{B:Trattoria Da Ernesto}}, owner [[P:Ernesto Galli]], P.IVA [[V:07612300157]]. he said you can email him [[E:ernesto.galli@trattoriadaernesto.example.it]]",
            ),
            (
                "c",
                "I live at [[A:via Vittorio Veneto 20, c/o Galli]], [[L:Monza]]. my wife [[P:Rowena]] and my daughter [[P:Princess]] are still in [[L:Cebu]] 🥲",
            ),
            (
                "a",
                "Understood. The conversion takes 2-3 months. Please send a copy of your passport. Cheers, [[P:Karim]]",
            ),
            (
                "c",
                "ok po. my cell [[T:+39 320 514 9988]], and my fb [[U:https://www.facebook.com/jhun.bautista.cebu]] for pictures of the docs",
            ),
            (
                "a",
                "Got them, thank you [[P:Jhun]]. I'll call Mr [[P:Galli]] on {{D:Monday}}. [[P:Karim]]",
            ),
        ],
    },
    # 40. Legale: Senegalese student at the Politecnico, study visa and landlord
    {
        "business": "legale",
        "platform": "instagram",
        "customer": "fatou.sow.polimi",
        "lang": "en",
        "start": "2025-09-10T14:00:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Fatou Sow]], engineering student at {{W:Politecnico}}. My landlord won't give me the contract I need for the permesso 😩",
            ),
            (
                "a",
                "Hi [[P:Fatou]]! That's a common problem. Where is the flat and who is the landlord?",
            ),
            (
                "c",
                "[[A:via Pacini 15, int. 4]], [[L:Lambrate]]. the landlord is [[P:Gianfranco Bellini]], his number [[T:02 7063 1189]]. my roommate [[P:Amina El Amrani]] has the same problem",
            ),
            (
                "c",
                "I'm @[[H:fatou.sow.polimi]] here, also [[U:linktr.ee/fatousow]] has my CV. my email [[E:fatou.sow@example.sn]]",
            ),
            (
                "a",
                "Thank you. We offer a free first consultation for students on {{D:Tuesday}} at {{TM:17:00}}. Bring [[P:Amina]] too! [[P:Karim Haddad]]",
            ),
            (
                "c",
                "amazing 🙏 [[P:Amina]]'s brother [[P:Youssef]] might come too, he's @[[H:youssef_elamrani]]",
            ),
        ],
    },
    # 41. Legale: Albanian construction worker posted by a German company
    {
        "business": "legale",
        "platform": "messenger",
        "customer": "Arben Hoxha",
        "lang": "it",
        "start": "2025-06-11T07:35:00",
        "messages": [
            (
                "c",
                "buongiorno, sn [[P:Arben Hoxha]], albanese, lavoro in cantiere a [[L:Rho]] per una ditta tedesca, mi hanno mandato qui in distacco ma nn mi pagano da 2 mesi",
            ),
            (
                "a",
                "Buongiorno [[P:Arben]]. Ci dice il nome della ditta e del suo responsabile?",
            ),
            (
                "c",
                "{{B:Bauhaus Müller GmbH}}, USt-IdNr [[V:DE877589521]], il capo è [[P:Jürgen Müller]]. in Italia il referente è [[P:Dritan Gjoka]], cell [[T:+39 345 661 7304]]",
            ),
            (
                "c",
                "io dormo in un alloggio della ditta, [[A:via Magenta 8, scala 2]], [[A:20017]] [[L:Rho]]. la prima consulenza la pago con carta, va bene? [[C:4917 4660 3358 1205]]",
            ),
            (
                "a",
                "Non mandi il numero della carta qui, lo cancelli per favore 🙏 Le mando il link di pagamento. Mail?",
            ),
            (
                "c",
                "scusi. [[E:arben.hoxha@example.com]]. mio cognato [[P:Ilir]] dice che voi siete bravi, lui era cliente dell'avv. [[P:Navigli]]",
            ),
            (
                "a",
                "Molto gentile. Appuntamento {{D:lunedì 16 giugno}} alle {{TM:18:00}} in studio. [[P:Monica]], segreteria",
            ),
        ],
    },
    # 42. Legale: Indian nurse, recognition of her qualification, invoice to a Belgian agency
    {
        "business": "legale",
        "platform": "whatsapp",
        "customer": "Priya R",
        "lang": "en",
        "start": "2025-07-22T12:50:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Priya Raghunathan]], nurse from [[L:Kochi]], [[L:Kerala]]. I need my nursing degree recognised in Italy, I'm starting at a clinic in [[L:Niguarda]]",
            ),
            (
                "a",
                "Hi [[P:Priya]]! We can handle the Ministry application. Who is paying the fees?",
            ),
            (
                "c",
                "the recruiting agency, {{B:CareBridge Europe}}, VAT [[V:BE0573892085]], my contact there is [[P:Hannah Willems]] [[E:h.willems@carebridge.example.be]]",
            ),
            (
                "c",
                "my husband [[P:Arjun]] will also need a permit later. we stay at [[A:piazzale Maciachini 11, scala A, 3° piano]], [[A:20159]] [[L:Milano]]. my linkedin [[U:linkedin.com/in/priya-raghunathan-rn]]",
            ),
            (
                "a",
                "Great. Do you have the Dataflow verification? We can start with the {{$:€450}} package.",
            ),
            (
                "c",
                "yes. I can pay my part now with my Amex [[C:3714 496353 98175]]? also the portal says my last login was from [[IP:2a02:b027:1d0:4f2::17]] which is my phone",
            ),
            (
                "a",
                "Please don't share card numbers here! We'll send a link. Call me on [[T:+39 02 8942 1170]] if anything. [[P:Silvia Navigli]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(43, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
