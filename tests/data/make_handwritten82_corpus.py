# ruff: noqa: E501
"""Hand-written blind test corpus no. 82 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, handle,
e-mail, phone and address is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partita IVA) were computed once with python-stdnum / Luhn and pasted here as
literals. Markup: [[CODE:value]] marks a personal value to remove, {{CODE:value}} a look-alike
that must survive (see handwritten_markup.py). The businesses are a tattoo studio, a language
school, a gaming cafe, a pet-sitting service, a photography studio and a bakery that takes
custom orders. Regenerate with: .venv/bin/python make_handwritten82_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten82_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "tattoo": "Inchiostro Nero Tattoo Studio",
    "lingue": "Babele Scuola di Lingue",
    "gaming": "Respawn Game Café",
    "pets": "Zampe Felici Pet Sitting",
    "foto": "Studio Fotografico Ottavio Lanza",
    "forno": "Forno di Nonna Adelina",
}
PAGE_IDS: dict[str, str] = {
    "tattoo": "682600311420587",
    "lingue": "682600498713026",
    "gaming": "682600127659340",
    "pets": "682600864205119",
    "foto": "682600552038471",
    "forno": "682600703916648",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- tattoo ----------------
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "vale.inkk",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao raga volevo info x un tattoo piccolo sul polso, una {{W:rosa}} 🌹 tipo fine line\nsono [[P:valentina]] cmq",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Certo, per un fine line piccolo partiamo da {{$:80€}}. Hai già un riferimento? Puoi mandarci le foto qui in dm",
            ),
            (
                "c",
                "si ho salvato un lavoro di una ragazza su insta [[U:instagram.com/mirta.lines]] quello della {{W:rosa}} col gambo lungo",
            ),
            (
                "c",
                "ah e vengo con la mia amica [[P:Rosa]] che ne vuole uno uguale 😂 matching tattoo",
            ),
            (
                "a",
                "Che bello! Abbiamo posto {{D:giovedì 13}} alle {{TM:16:30}} e poi alle {{TM:17:30}}. Mi lasci un numero per la conferma?\n[[P:Dario]] - {{B:Inchiostro Nero}}",
            ),
            ("c", "[[T:347 218 6604]] è il mio, quello di [[P:rosa]] nn ce l ho a memoria lol"),
        ],
    },
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Mehmet Yıldırım",
        "lang": "en",
        "start": "2025-03-06T18:02:00",
        "messages": [
            (
                "c",
                'hello i am [[P:Mehmet]] from [[L:Izmir]], i am in erasmus here until june. i want cover up old tattoo on shoulder, name of ex girlfriend 😅 it says "[[P:Elif]]"',
            ),
            (
                "a",
                "Hi [[P:Mehmet]]! Cover ups are totally doable, we need to see it first. Could you send a photo with good light?",
            ),
            (
                "c",
                "ok i send now\nmy friend [[P:Baran Öztürk]] also he did with you last year, he say [[P:Dario]] is best",
            ),
            (
                "a",
                "Ha thanks! [[P:Dario]] is the one doing cover ups, yes. The consultation is free, the deposit is {{$:50 euro}}, ref {{R:INT-2025-0317}}",
            ),
            (
                "c",
                "perfect. i pay deposit with card? [[C:4532 0151 1283 0366]] is it ok to send here",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 you can pay at the studio or with the payment link we'll send by e-mail. What's your e-mail?",
            ),
            ("c", "sorry!! [[E:mehmet.yildirim94@postamail.example]]"),
        ],
    },
    {
        "business": "tattoo",
        "platform": "messenger",
        "customer": "Gianluca Ferraro",
        "lang": "it",
        "start": "2025-03-10T21:40:00",
        "messages": [
            (
                "c",
                "buonasera vorrei tatuarmi il nome di mia figlia appena nata, [[P:Speranza]] 🥹 in corsivo sul avambraccio",
            ),
            (
                "a",
                "Auguri!! 💛 Che nome bellissimo. Per il lettering di solito usiamo il font {{PD:Script Royal}}, ti mando qualche prova",
            ),
            (
                "c",
                "grazie mille. mia moglie [[P:Ilaria]] dice di mettere anche la data {{D:02.03.2025}} ma nn so se è troppo",
            ),
            (
                "a",
                "Secondo me sta benissimo sotto al nome, piccolina. Possiamo fissare per {{D:sabato 22 marzo}}?",
            ),
            (
                "c",
                "va bene. cmq la {{W:speranza}} è l ultima a morire lo dico sempre a [[P:ila]] 😂\nil mio cell è [[T:+39 328 440 1975]] se serve",
            ),
            (
                "a",
                "Perfetto [[P:Gianluca]], segnato! A sabato\n[[P:Sofia]] – {{B:Inchiostro Nero}}",
            ),
        ],
    },
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "nikkodrawz",
        "lang": "it",
        "start": "2025-03-12T14:20:00",
        "messages": [
            (
                "c",
                "yo, sono [[P:nicolò]] aka [[H:@nikkodrawz]], faccio illustrazioni, vorrei farmi tatuare un mio disegno\nil portfolio è su [[U:https://nikkodrawz.carrd.co]]",
            ),
            ("a", "Ciao! Bellissimi lavori 🔥 Che soggetto hai in mente?"),
            (
                "c",
                "un {{W:san giorgio}} col drago, tipo ispirato alla statua di {{W:Donatello}}. lo voglio x {{W:San Giorgio}} il {{D:23 aprile}} che è anche il mio onomastico... no aspe io mi chiamo [[P:nicolò]] 😂 è l onomastico di mio nonno [[P:Giorgio]]",
            ),
            (
                "a",
                "Ahah bellissima idea per il nonno. Per un pezzo così grande servono almeno 2 sedute da {{$:300€}}",
            ),
            (
                "c",
                "ok ci sta. mi scrive [[P:Dario]] o [[P:Sofia]]? su tiktok ho visto i reels di uno di voi, [[H:sofi.tattoo.ink]]",
            ),
            (
                "a",
                "[[P:Sofia]] ti scrive lei, il suo profilo personale è quello sì! Intanto ti blocco la data {{D:23/04}} ore {{TM:10:00}}",
            ),
        ],
    },
    {
        "business": "tattoo",
        "platform": "telegram",
        "customer": "Carmen Ruiz de la Fuente",
        "lang": "en",
        "start": "2025-03-15T11:05:00",
        "messages": [
            (
                "c",
                "hola! sorry my english is not so good. soy [[P:Carmen Ruiz de la Fuente]], vivo en [[L:Sevilla]] pero estoy de vacaciones aquí una semana",
            ),
            ("c", "i want small tattoo of a sunflower, like the painting of {{W:Van Gogh}} 🌻"),
            (
                "a",
                "Hola [[P:Carmen]]! We can do it this week, we have friday at {{TM:15:00}}. What name should I put for the booking?",
            ),
            (
                "c",
                "[[P:carmen ruiz]], [[P:R-U-I-Z]]. and my sister [[P:Lucía]] maybe also come, she write you from her account [[H:lucia_rdlf]]",
            ),
            (
                "a",
                "Great, booked: [[P:Carmen Ruiz]], friday {{D:21 March}} {{TM:15:00}}, booking {{R:IN-4471}} 🌻 see you!\n[[P:Marco]] from the team",
            ),
        ],
    },
    # ---------------- lingue ----------------
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Wang Xiaoling",
        "lang": "it",
        "start": "2025-02-03T08:50:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Wang Xiaoling]], cinese, abito a [[L:Prato]] da due anni. voglio corso italiano livello B1 x lavoro",
            ),
            (
                "a",
                "Buongiorno! Il corso {{PD:Italiano B1 intensivo}} inizia il {{D:17 febbraio}}, costa {{$:420 €}}. Le serve anche la certificazione {{PD:CILS}}?",
            ),
            (
                "c",
                "si certificazione serve per permesso. mio marito [[P:Chen Jun]] anche vuole ma lui solo sera",
            ),
            (
                "a",
                "C'è il corso serale il martedì e giovedì alle {{TM:19:00}}. Mi lascia un'email per mandarvi i moduli?",
            ),
            ("c", "[[E:xiaoling.wang88@example.com]]\nmarito: [[E:chenjun_prato@example.it]]"),
            ("a", "Ricevuto, grazie! Le mando tutto oggi.\n[[P:Giulia]] - {{B:Babele}}"),
        ],
    },
    {
        "business": "lingue",
        "platform": "messenger",
        "customer": "Tommaso Bellavia",
        "lang": "it",
        "start": "2025-02-05T17:30:00",
        "messages": [
            (
                "c",
                "salve vorrei iscrivere mio figlio [[P:Leonardo]] al corso di inglese x ragazzi, ha 11 anni",
            ),
            (
                "a",
                "Salve! Certo, il corso {{PD:Junior Explorers}} è proprio per la fascia 10-12. [[P:Leonardo]] ha già studiato inglese?",
            ),
            (
                "c",
                "si a scuola, la maestra [[P:Ferretti]] dice che è bravino ma timido. anche sua cugina [[P:Bianca]] viene da voi se nn sbaglio, [[P:Bianca Morelli]]",
            ),
            (
                "a",
                "Sì, [[P:Bianca]] è nel gruppo del mercoledì! Possiamo metterli insieme se volete. Per l'iscrizione ci serve il codice fiscale del bambino",
            ),
            ("c", "[[CF:BLLLRD13E21L424E]]\nvi faccio bonifico? da che iban"),
            (
                "a",
                "Il nostro IBAN è sul modulo. Causale: {{R:ISCR-JUN-0542}} + nome del bambino 👍",
            ),
            (
                "c",
                "ok fatto dal conto di mia moglie [[P:Serena]], [[I:IT22Q0306909606100000117788]] se dovete controllare",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "instagram",
        "customer": "emma.k.hoffmann",
        "lang": "en",
        "start": "2025-02-11T12:12:00",
        "messages": [
            (
                "c",
                "hi!! i'm [[P:Emma]], [[L:german]] au pair, staying with a family in [[L:Gorizia]] 🙂 looking for italian lessons, private ones?",
            ),
            (
                "a",
                "Hi [[P:Emma]]! Yes, we do 1:1 lessons, {{$:35€}}/hour, in person or on zoom. Which level are you?",
            ),
            (
                "c",
                "like A2 maybe. Ich verstehe viel aber sprechen ist schwer haha\nthe mum of the family, [[P:Chiara]], says you are very good",
            ),
            (
                "a",
                "That's lovely to hear! Our teacher [[P:Ahmed]] has free slots on monday {{TM:18:00}}. Shall I book you?",
            ),
            (
                "c",
                "yes pls! my number is a [[L:german]] one [[T:+49 1512 3387462]] (my [[L:german]] sim) or whatsapp",
            ),
            ("a", "Done ✅ Monday {{D:17/02}} {{TM:18:00}} with [[P:Ahmed]]. Ciao!"),
        ],
    },
    {
        "business": "lingue",
        "platform": "telegram",
        "customer": "Fatima",
        "lang": "it",
        "start": "2025-02-14T10:00:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Fatima Zahra El Idrissi]] da [[L:Casablanca]], vorrei fare il test livello. mi ha mandato la mia amica [[P:Nadia]]",
            ),
            (
                "a",
                "Buongiorno [[P:Fatima]]! Il test è gratuito, si fa online. Le mando il link via mail, quale indirizzo usa?",
            ),
            ("c", "[[E:fatima punto elidrissi chiocciola example punto it]]"),
            (
                "c",
                "cioè [[E:fatima punto elidrissi chiocciola example punto it]] scusa nn so scrivere bene sul telefono",
            ),
            (
                "a",
                "Perfetto, il test è il {{PD:Placement Test Babele}}, le arriva entro oggi. Poi la richiama [[P:Giulia]] per l'orario",
            ),
            ("c", "grazie. telefono [[T:351 902\n44 18]]"),
        ],
    },
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Sam O'Connell",
        "lang": "en",
        "start": "2025-02-20T19:45:00",
        "messages": [
            (
                "c",
                "hey, company wants me to do an italian course before I move to [[L:Milan]] in may. can you do invoices to a company?",
            ),
            ("a", "Hi [[P:Sam]]! Yes of course, we just need the company's details and VAT number"),
            (
                "c",
                "it's a small firm of my uncle actually, [[P:Patrick Doyle]], but the italian branch has partita iva [[V:04123450787]]",
            ),
            (
                "a",
                "Great. The business Italian course, {{PD:Business Italian A1-A2}}, is {{$:690€}}. Invoice number will be {{R:FT-2025/118}}",
            ),
            (
                "c",
                "cheers. send the invoice to me [[E:sam.oconnell@harbourmail.example]] and cc [[E:p.doyle@doyle-design.example]] pls\nand my irish number is [[T:+353 87 214 6630]]",
            ),
            ("a", "{{W:Will}} do! Talk soon\n[[P:Giulia]]"),
        ],
    },
    # ---------------- gaming ----------------
    {
        "business": "gaming",
        "platform": "instagram",
        "customer": "xX_Pandemonio_Xx",
        "lang": "it",
        "start": "2025-04-01T15:33:00",
        "messages": [
            ("c", "raga sabato fate il torneo di {{PD:Tekken 8}}? io e il mio team ci siamo"),
            (
                "a",
                "Ciao! Sì, sabato alle {{TM:15:00}}, iscrizione {{$:10€}} a testa. Mi scrivete i gamer tag?",
            ),
            (
                "c",
                "allora io sono [[H:Pandemonio]] su psn, poi [[H:LuKiNo_07]] che sarebbe [[P:luca]] mio cugino, e [[H:DarkHeihachi]] cioè [[P:Ettore]]",
            ),
            (
                "c",
                "ah e [[P:marghe]] che gioca con {{W:Lili}} ma nn ha tag, mettila [[P:Margherita Sanna]]",
            ),
            (
                "a",
                "Fatto 🎮 siete iscritti col numero squadra {{R:TK-S-019}}. Ricordatevi i pad se avete quelli vostri!\n[[P:Kevin]] - {{B:Respawn}}",
            ),
        ],
    },
    {
        "business": "gaming",
        "platform": "messenger",
        "customer": "Roberta Sgrò",
        "lang": "it",
        "start": "2025-04-03T09:10:00",
        "messages": [
            (
                "c",
                "buongiorno, volevo organizzare la festa di compleanno x mio figlio [[P:Mattia]] che fa 12 anni, ci sono pacchetti?",
            ),
            (
                "a",
                "Buongiorno! Sì, il pacchetto {{PD:Party Level Up}} per 10 ragazzi costa {{$:180€}} con 2 ore di console e merenda",
            ),
            (
                "c",
                "bene. ci sarà anche torta? la ordino io dal {{B:forno di nonna adelina}}, quella di {{W:Super Mario}} 😄",
            ),
            ("a", "Potete portarla voi senza problemi! Data?"),
            (
                "c",
                "{{D:sabato 10 maggio}}. i bambini sono [[P:Mattia]], [[P:Giacomo]], [[P:Aziz]], [[P:Pietro]], le gemelle [[P:Costa]] e altri. \nmi chiami al [[T:0965/812377]] fisso o cel [[T:339.772.01.45]]",
            ),
            (
                "a",
                "Segnato {{D:10 maggio}} ore {{TM:16:00}}, prenotazione {{R:PARTY-0510}} 🎉\n[[P:Kevin]]",
            ),
        ],
    },
    {
        "business": "gaming",
        "platform": "telegram",
        "customer": "ghostbyte",
        "lang": "en",
        "start": "2025-04-05T23:12:00",
        "messages": [
            (
                "c",
                "yo do you guys have {{PD:Counter-Strike 2}} on the pcs? me and [[H:n0sc0pe_raj]] wanna come tmrw",
            ),
            ("a", "Hey! Yes, all 12 PCs have CS2. {{$:5€}}/hour or {{$:20€}} for 5 hours"),
            (
                "c",
                "sick. i'm [[P:Arjun Mehta]] btw, [[P:raj]] is [[P:Rajesh]] my roommate. my telegram is [[H:@ghostbyte_arj]] if u need",
            ),
            (
                "a",
                "Nice to meet you [[P:Arjun]]. Our wifi blocked a weird connection last time from your pc, ip [[IP:93.41.207.118]], were you using a VPN?",
            ),
            ("c", "lol prob [[P:raj]]'s vpn. sorry bro 😅 we come at {{TM:14:00}}"),
        ],
    },
    {
        "business": "gaming",
        "platform": "whatsapp",
        "customer": "Edoardo",
        "lang": "it",
        "start": "2025-04-08T18:00:00",
        "messages": [
            (
                "c",
                "ciao ho dimenticato le cuffie ieri sera, {{PD:HyperX Cloud II}} rosse, postazione 7",
            ),
            ("a", "Ciao! Sì le abbiamo trovate noi 🙌 Nome?"),
            (
                "c",
                "[[P:edoardo Brambilla-Crespi]], con trattino 😅 il tag su discord è [[H:edo.bramba]]",
            ),
            (
                "a",
                "Perfetto [[P:Edoardo]], te le teniamo in cassa. Passa quando vuoi, siamo in {{W:via Garibaldi}} fino alle {{TM:23:00}}",
            ),
            (
                "c",
                "passa mio fratello [[P:Filippo]] domani, ok? ha i capelli blu nn puoi sbagliare 😂",
            ),
            ("a", "Ok nessun problema 👍"),
        ],
    },
    {
        "business": "gaming",
        "platform": "instagram",
        "customer": "streamwithsveta",
        "lang": "en",
        "start": "2025-04-11T13:25:00",
        "messages": [
            (
                "c",
                "hi! i'm [[P:Svetlana Kovalenko]], i stream on twitch [[U:twitch.tv/streamwithsveta]] and i would love to do a live from your café",
            ),
            ("a", "Hi [[P:Svetlana]]! That sounds fun. How many viewers do you usually have?"),
            (
                "c",
                "around 300, mostly from [[L:Ukraine]] and [[L:Poland]] cause i'm from [[L:Kharkiv]]. my manager [[P:Oleh]] can call you",
            ),
            ("a", "Great, we can give you the corner station. Send me his contact?"),
            (
                "c",
                "[[P:oleh]]: [[T:+380 67 415 2290]] / [[E:oleh.manager@streamteam.example]]\nyoutube too [[U:youtube.com/@svetaplays]]",
            ),
            ("a", "Perfect, thanks! Talk soon 💜 [[P:Kevin]] from {{B:Respawn}}"),
        ],
    },
    # ---------------- pets ----------------
    {
        "business": "pets",
        "platform": "whatsapp",
        "customer": "Marisa Delbello",
        "lang": "it",
        "start": "2025-05-02T07:45:00",
        "messages": [
            (
                "c",
                "buongiorno sono la sig.ra [[P:Delbello]], avrei bisogno di qualcuno x il mio gatto {{W:Felice}} {{D:dal 12 al 19}} che vado da mia sorella a [[L:Bari]]",
            ),
            (
                "a",
                "Buongiorno signora! Certo, visita a domicilio 1 volta al giorno {{$:15€}}. Mi dà l'indirizzo?",
            ),
            ("c", "[[A:via Carducci 14]], scala B int. 7, [[L:Trieste]]"),
            (
                "c",
                "citofono [[P:Delbello]] ma il campanello nn funziona bene, le lascio le chiavi dalla vicina [[P:Vesna Kralj]] al piano terra",
            ),
            (
                "a",
                "Perfetto. Verrà la nostra [[P:Aurora]], ve la presento prima. Il gatto prende medicine?",
            ),
            (
                "c",
                "si una pastiglia di {{PD:Fortekor}} la mattina. il veterinario è il dott. [[P:Stoka]] se succede qualcosa [[T:040 637 221]]",
            ),
            (
                "a",
                "Tutto segnato, ordine servizio {{O:ZF-20250512}}. Buon viaggio!\n[[P:Chiara]] - {{B:Zampe Felici}}",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "messenger",
        "customer": "Hope Whitaker",
        "lang": "en",
        "start": "2025-05-04T20:15:00",
        "messages": [
            (
                "c",
                "hi there, i'm [[P:Hope]], american living in [[L:Trieste]] with my husband [[P:Will]]. we need a dog walker for our beagle {{W:Biscuit}} 🐶",
            ),
            ("a", "Hi [[P:Hope]]! We'd love to meet {{W:Biscuit}}. How many walks per day?"),
            ("c", "2 walks, monday to friday. we live at [[A:via Rossetti 51]]"),
            (
                "c",
                "sorry, address continued: [[A:3rd floor]], buzz [[P:Whitaker]]. postcode [[A:34141]]",
            ),
            (
                "a",
                "Thank you! It's {{$:220€}} a month for 2 walks a day. I'll send [[P:Luca]] for a first meet and greet",
            ),
            (
                "c",
                "great. we {{W:hope}} he likes dogs that pull lol. my number [[T:(415) 555-0193]] it's still my US one",
            ),
            ("a", "Haha he's used to it 😄 [[P:Chiara]]"),
        ],
    },
    {
        "business": "pets",
        "platform": "instagram",
        "customer": "giuse_e_bobo",
        "lang": "it",
        "start": "2025-05-07T16:40:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:giuse]] e {{W:bobo}} è il mio cane 🐕 (lo vedete nel mio profilo [[H:giuse_e_bobo]]) vi scrivo x il dog sitting di agosto",
            ),
            ("a", "Ciao [[P:Giuse]]! {{W:Bobo}} è stupendo 😍 Che date?"),
            (
                "c",
                "{{D:dal 4 al 18 agosto}} vado in [[L:Grecia]] con il mio ragazzo [[P:Samir]]\n{{W:bobo}} mangia solo crocchette {{PD:Royal Canin Medium Adult}}",
            ),
            (
                "a",
                "Segnato! Il servizio in casa nostra costa {{$:25€}}/notte. Vuoi venire a vedere la pensione?",
            ),
            (
                "c",
                "si magari sabato. vengo con mia mamma [[P:Giuseppina]], anche lei si chiama [[P:giuse]] 😂 [[P:giuseppina Lo Russo]]",
            ),
            ("a", "Ahah due [[P:Giuse]]! A sabato allora ✨"),
        ],
    },
    {
        "business": "pets",
        "platform": "telegram",
        "customer": "Kwame A.",
        "lang": "en",
        "start": "2025-05-10T10:30:00",
        "messages": [
            (
                "c",
                "good morning, i am [[P:Kwame Asante]] from [[L:Ghana]], i stay in [[L:Muggia]]. my daughter [[P:Abena]] has a rabbit and we travel to [[L:Accra]] for 3 weeks",
            ),
            (
                "a",
                "Good morning [[P:Kwame]]! We do take care of rabbits too 🐰 What's the rabbit's name?",
            ),
            ("c", "his name is {{W:Prosecco}} 😂 my daughter choose it, dont ask"),
            ("a", "Love it! Home visits are {{$:12€}} per day. We need your address and a contact"),
            (
                "c",
                "[[A:strada per Lazzaretto 88]], [[L:Muggia]] [[A:34015]]\nphone [[T:0039 340 118 2276]] and email [[E:kwame.asante(at)example(dot)com]]",
            ),
            (
                "a",
                "Thank you! Booking {{R:ZF-R-0613}} confirmed, [[P:Aurora]] will visit {{W:Prosecco}} every morning 🥕",
            ),
        ],
    },
    {
        "business": "pets",
        "platform": "whatsapp",
        "customer": "Paola",
        "lang": "it",
        "start": "2025-05-15T21:05:00",
        "messages": [
            (
                "c",
                "scusate l ora, il mio vicino sig. [[P:Cattaneo]] mi ha dato il vostro numero. ho un pappagallo, lo tenete?",
            ),
            ("a", "Buonasera! Sì, uccelli sì, serpenti no 😅 Di che specie?"),
            (
                "c",
                'un cenerino, si chiama {{W:Napoleone}}. parla tantissimo, dice "[[P:paola]] vieni qui" tutto il giorno 🙈',
            ),
            ("a", "Ahah fantastico! Per quando?"),
            (
                "c",
                "{{D:dal 2 giugno}}, vado a [[L:Lourdes]] con la parrocchia. pago con carta, [[C:5378-4510-9823-4410]] scad {{D:08/27}}",
            ),
            (
                "a",
                "Signora, per sicurezza non scriva i dati della carta in chat! Le mandiamo un link di pagamento. Nome e cognome per la ricevuta?",
            ),
            ("c", "[[P:Paola Bertoldi]]. cf [[CF:BRTPLA58A62L424K]]"),
        ],
    },
    # ---------------- foto ----------------
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "ele_e_dani_sposi",
        "lang": "it",
        "start": "2025-01-20T19:00:00",
        "messages": [
            (
                "c",
                "ciao! ci sposiamo a settembre 💍 siamo [[P:Eleonora]] e [[P:Daniele]], vorremmo un preventivo x il servizio completo",
            ),
            ("a", "Ciao ragazzi, auguri!! 🥂 Dove sarà la cerimonia?"),
            (
                "c",
                "in chiesa a [[L:Cividale]] e poi ristorante. ah il testimone di [[P:dani]] è [[P:Ottavio]], tipo come voi 😂 ma nn c entra",
            ),
            (
                "a",
                "Ahah! Il pacchetto {{PD:Wedding Gold}} è {{$:1.850€}} con album {{PD:Fine Art}}. Vi mando il pdf?",
            ),
            (
                "c",
                "si grazie alla mail di [[P:dani]] [[E:daniele.furlan.87@example.it]]\noppure la mia [[E:ele[at]eleonorapaviot[dot]it]]",
            ),
            ("a", "Inviato! Preventivo n. {{R:PRV-2025-014}} 📸\n[[P:Ottavio]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Anneliese Gruber",
        "lang": "it",
        "start": "2025-01-24T11:11:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Anneliese Gruber]], vengo da [[L:Innsbruck]]. vorrei foto di famiglia con mia mamma che ha 90 anni",
            ),
            (
                "c",
                "Entschuldigung, mein Italienisch ist nicht perfekt. mia mamma si chiama [[P:Hedwig]], abita qui a [[L:Tarvisio]]",
            ),
            (
                "a",
                "Buongiorno signora [[P:Gruber]], che bella idea. Possiamo venire noi a casa della mamma se è più comodo",
            ),
            ("c", "sì, grazie!! indirizzo è [[A:via Roma 7]]"),
            (
                "a",
                "Perfetto. Il servizio a domicilio è {{$:260€}}. Va bene {{D:domenica 2 febbraio}} alle {{TM:11:00}}?",
            ),
            (
                "c",
                "ja perfekt. mio telefono austriaco [[T:+43 664 281 3390]]. grazie Herr [[P:Lanza]]",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Rose",
        "lang": "en",
        "start": "2025-01-28T15:20:00",
        "messages": [
            (
                "c",
                "hi! [[P:Rose Adeyemi]] here, i need passport photos for my nigerian passport renewal, do you do the embassy format?",
            ),
            (
                "a",
                "Hi [[P:Rose]]! Yes, we do passport photos for most countries, {{$:15€}} for 4 photos. Come anytime, no booking needed",
            ),
            (
                "c",
                "lovely. also can you print a photo from my blog? it's [[U:roseadeyemiwrites.com]], the one with the {{W:rose}} garden in [[L:Lagos]] where i grew up",
            ),
            (
                "a",
                "Sure, send us the file in full resolution. Do you want it on {{PD:Hahnemühle}} paper?",
            ),
            ("c", "yes!! the fancy one. and my son [[P:Tunde]] needs passport photos too, he is 6"),
            ("a", "No problem 😊 [[P:Ottavio]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "telegram",
        "customer": "Marco Z.",
        "lang": "it",
        "start": "2025-02-02T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno ho un negozio online di ceramiche, mi servono foto prodotto. il sito è [[U:www.ceramichedimarcozanin.it]], sono solo io a farlo",
            ),
            (
                "a",
                "Buongiorno [[P:Marco]]! Lo shooting still life costa {{$:25€}} a foto, minimo 10. Quanti pezzi sono?",
            ),
            (
                "c",
                "una trentina, piatti e tazze, colori {{W:verde salvia}} e {{W:blu cobalto}} soprattutto",
            ),
            ("a", "Ok. Per la fattura mi serve la partita iva"),
            (
                "c",
                "[[V:IT04123450787]]\n[[P:marco zanin]], [[A:frazione San Lorenzo 3]], [[L:Buttrio]]\nah mi chiamo [[P:Zanin Marco]] in fattura",
            ),
            ("a", "Ricevuto. Fattura {{R:FT-82/2025}} la trovi in mail. Ciao!"),
        ],
    },
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "luz.cosplay",
        "lang": "en",
        "start": "2025-02-06T17:55:00",
        "messages": [
            (
                "c",
                "heyy i'm [[P:Luz]] ([[H:@luz.cosplay]]), i'd like a cosplay shooting as {{W:Zelda}} in your studio 🗡️",
            ),
            (
                "a",
                "Hey [[P:Luz]]! We love cosplay shoots. The studio session is {{$:120€}} for 1 hour + 15 edited photos",
            ),
            (
                "c",
                "amazing. my bf [[P:Diego Fernández Ortiz]] comes as {{W:Link}} obviously 😂 he's [[H:diegofo_cos]] on insta",
            ),
            ("c", "oh and can we shoot outside by the {{W:Castello di Miramare}}? or only studio"),
            (
                "a",
                "Outdoor is possible, +{{$:40€}}. We'd need the permit though, I'll check. [[P:Ottavio]]",
            ),
            ("c", "ok! whatsapp me [[T:+34 612 48 93 07]] spanish number 🇪🇸 gracias!!"),
        ],
    },
    # ---------------- forno ----------------
    {
        "business": "forno",
        "platform": "whatsapp",
        "customer": "Lucia Parisi",
        "lang": "it",
        "start": "2025-06-02T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei ordinare una torta x la comunione di mia nipote [[P:Sofia]], per 30 persone",
            ),
            (
                "a",
                "Buongiorno! Che bello 🕊️ Che gusto preferite? La nostra {{PD:Millefoglie Chantilly}} va molto per le comunioni",
            ),
            (
                "c",
                'si quella! con scritto "[[P:Sofia]] 1a comunione" e una colomba\nla ritira mio marito [[P:Franco]]',
            ),
            ("a", "Perfetto, sono {{$:95€}}. Per che giorno?"),
            (
                "c",
                "{{D:domenica 25 maggio}}, la ritiriamo sabato x le {{TM:18}}. ordine a nome [[P:Parisi]]",
            ),
            (
                "a",
                "Segnato ordine {{O:3395128746}} ✅ per sabato {{D:24/05}} alle {{TM:18:00}}.\n[[P:Adelina]] jr 😄",
            ),
        ],
    },
    {
        "business": "forno",
        "platform": "instagram",
        "customer": "chef.ibrahim",
        "lang": "en",
        "start": "2025-06-04T12:30:00",
        "messages": [
            (
                "c",
                "salam! i am [[P:Ibrahim Al-Masri]], i have a small restaurant. can you make bread without any pork fat? {{PD:pane al lardo}} is on your page",
            ),
            (
                "a",
                "Hi [[P:Ibrahim]]! Yes, all our breads except the {{PD:pane al lardo}} are made without animal fat",
            ),
            (
                "c",
                "great. i need 40 {{PD:ciabatta}} every friday. my partner [[P:Youssef]] picks them",
            ),
            ("a", "Sure! {{$:0,80€}} each. Invoice to the restaurant?"),
            (
                "c",
                "yes, invoice to me, [[E:ibrahim@almasri-kitchen.example]]. we pay by bank [[I:IT64C0847312200000004455213]]",
            ),
            ("a", "Perfect, weekly order ref {{R:ORD-WK-7731}}. Thanks!"),
        ],
    },
    {
        "business": "forno",
        "platform": "messenger",
        "customer": "Bianca Ventura",
        "lang": "it",
        "start": "2025-06-06T18:45:00",
        "messages": [
            (
                "c",
                "ciao!! vorrei una torta x i 18 anni di mia sorella [[P:Gaia]], colore {{W:rosa}} antico e {{W:bianca}} con la scritta",
            ),
            ("a", "Ciao! Bellissimo 💕 Che scritta vuoi?"),
            (
                "c",
                '"auguri [[P:gaietta]]" però scrivi [[P:Gaietta]] con la G maiuscola. la consegnate a casa? [[A:viale Miramare 120]]',
            ),
            ("c", "[[A:34135]] [[L:trieste]], citofono [[P:Ventura-Kosuta]]"),
            (
                "a",
                "Sì consegniamo in tutta {{W:Trieste}}, {{$:8€}}. La torta {{PD:Rosa Antica}} per 20 persone è {{$:65€}}",
            ),
            (
                "c",
                "ok! paga il mio ragazzo [[P:Jacopo]], se vi chiama dal [[T:392-5518833]] è lui\nio sono [[P:bianca]] ovviamente 😅",
            ),
            (
                "a",
                "Perfetto [[P:Bianca]], ordine {{O:FN-0621}}, consegna {{D:sabato 21}} entro le {{TM:12:00}} 🎂",
            ),
        ],
    },
    {
        "business": "forno",
        "platform": "telegram",
        "customer": "Jean-Pierre",
        "lang": "en",
        "start": "2025-06-09T07:30:00",
        "messages": [
            (
                "c",
                "bonjour! i'm [[P:Jean-Pierre Moreau]], french, i live in [[L:Grado]] since last year. do you ship panettone to [[L:France]]? my mother in [[L:Lyon]] adores it",
            ),
            (
                "a",
                "Bonjour! We only ship in {{W:Italy}} for now, sorry 😞 But we could ship to you in [[L:Grado]]!",
            ),
            (
                "c",
                "dommage. ok then ship to me, [[A:via Dante Alighieri 9]], [[L:Grado]]\nje vais lui apporter en personne à Noël",
            ),
            (
                "a",
                "Perfect! Our {{PD:Panettone Classico}} is {{$:28€}}. Tracking will be {{TR:IT5571204896GR}} once shipped",
            ),
            ("c", "merci. my neighbour madame [[P:Kovačić]] will take it if i'm not home"),
            ("a", "Noted! Thank you [[P:Jean-Pierre]] 🎄 [[P:Adelina]]"),
        ],
    },
    {
        "business": "forno",
        "platform": "whatsapp",
        "customer": "Francesca",
        "lang": "it",
        "start": "2025-06-12T16:10:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Francesca Ricci]], la mamma di [[P:Mattia]] quello della festa al {{B:Respawn Game Café}} 😄 la torta di {{W:Super Mario}} la fate?",
            ),
            (
                "a",
                "Ciao [[P:Francesca]]! Certo, con i personaggi in pasta di zucchero. Per 12 bambini sono {{$:55€}}",
            ),
            (
                "c",
                "ah aspetta, scusate, sono la zia, la mamma è [[P:Roberta]] 🙈 cmq ordino io. dentro nutella, ma senza nocciole intere che [[P:Aziz]] è allergico",
            ),
            (
                "a",
                "Perfetto, la facciamo con {{PD:Nutella}} liscia e niente granella. Per il {{D:10 maggio}}?",
            ),
            (
                "c",
                "sii. mi mandi conferma su [[E:francy.ricci.82@example.com]]\no scrivimi al [[T:333 41 07 892]]",
            ),
            ("a", "Fatto! Ordine {{O:FN-0510-SM}}, ciao 🍄"),
        ],
    },
    {
        "business": "gaming",
        "platform": "whatsapp",
        "customer": "Dome",
        "lang": "it",
        "start": "2025-04-14T17:20:00",
        "messages": [
            (
                "c",
                "oii sono [[P:dome]], [[P:Domenico Esposito]], organizzo una lan party per il mio addio al celibato 🍻 siamo in 8",
            ),
            (
                "c",
                "allora ti scrivo i nomi e i nick x le postazioni:\n[[P:Ciro]] = [[H:CiroTheHero]]\n[[P:Gennaro]] = [[H:genny_sniper]]\n[[P:Salvatore Amato]] = [[H:Totò_Reloaded]]\n[[P:Pasquale]] = [[H:PaskyBoy99]]\ne io [[H:DomeDestroyer]]",
            ),
            (
                "c",
                "gli altri 3 te li manda [[P:Ciro]] che nn me li ricordo, tipo [[P:kiko]] e [[P:Lello]] e quello nuovo [[P:Vikram Nair]]",
            ),
            (
                "a",
                "Ahah grande [[P:Domenico]]! Pacchetto {{PD:LAN Night}} 8 persone {{$:200€}} dalle {{TM:20:00}} alle {{TM:02:00}}. Che giochi?",
            ),
            (
                "c",
                "{{PD:Fortnite}} e {{PD:Rocket League}}. lo sposo è [[P:pasquale]] eh, nn ditegli niente 🤫 la sua ragazza [[P:Assunta]] lo sa già",
            ),
            ("a", "Muti come pesci 🐟 Mi lasci un numero?"),
            (
                "c",
                "[[T:+39 331\n207 5588]] oppure la mail [[E:domenico.esposito.91@example.it]]\nil mio insta è [[U:instagram.com/dome_esposito91]]",
            ),
            ("a", "Perfetto, prenotazione {{R:LAN-0426-DE}} 🎮\n[[P:Kevin]] - {{B:Respawn}}"),
        ],
    },
    {
        "business": "lingue",
        "platform": "instagram",
        "customer": "priya.learns.italian",
        "lang": "en",
        "start": "2025-02-25T13:15:00",
        "messages": [
            (
                "c",
                "hi!! i'm [[P:Priya Raghunathan]] from [[L:Bangalore]], my handle here is [[H:priya.learns.italian]] lol. i'm doing a PhD in [[L:Trieste]] and want to learn italian properly",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Welcome 😊 We have the {{PD:Italiano per Ricercatori}} course on saturdays, {{$:310€}}",
            ),
            (
                "c",
                "perfect. my friends [[P:Ananya]] and [[P:Kofi Mensah]] also want to join, and my flatmate [[P:Dragana Petrović]] from [[L:Belgrade]]",
            ),
            (
                "c",
                "can i register all of them? emails:\n[[E:ananya.s@uni-mail.example]]\n[[E:kofi.mensah@example.com]]\n[[E:dragana_petrovic@example.org]]",
            ),
            (
                "a",
                "Of course! Group booking {{R:GRP-RIC-0301}}, 4 people. Our teacher [[P:Matteo]] will contact you all",
            ),
            (
                "c",
                "grazie mille!! sto imparando 😂 my whatsapp is [[T:+91 98450 31762]] still indian number, my italian one is [[T:371 448 2093]]",
            ),
            ("a", "Brava [[P:Priya]]! 👏 [[P:Giulia]]"),
        ],
    },
    {
        "business": "pets",
        "platform": "messenger",
        "customer": "Rosa Benvenuti Kapllani",
        "lang": "it",
        "start": "2025-05-20T09:00:00",
        "messages": [
            (
                "c",
                "salve, mi chiamo [[P:Rosa Benvenuti Kapllani]], doppio cognome, ho due cani e un gatto e mio marito [[P:Arben]] è spesso via x lavoro",
            ),
            ("a", "Buongiorno signora [[P:Benvenuti Kapllani]]! Come si chiamano i pelosetti?"),
            (
                "c",
                "{{W:Pepe}}, {{W:Margherita}} (come la pizza 🍕) e il gatto {{W:Tiziano}} come il pittore. mia figlia [[P:Elira]] ha scelto i nomi",
            ),
            (
                "a",
                "Nomi stupendi! Per 3 animali il servizio giornaliero è {{$:30€}}. Dove abitate?",
            ),
            (
                "c",
                "[[A:località Borgo Grotta Gigante 41/A]], [[L:Sgonico]], [[A:34010]]\nc/o [[P:Benvenuti]] sul campanello",
            ),
            (
                "c",
                "il mio num [[T:340 / 551 92 06]], quello di [[P:arben]] [[T:+355 69 204 7731]] che è albanese. mail [[E:rosa.benvenuti@example.it]]",
            ),
            (
                "a",
                "Grazie! Passa [[P:Aurora]] giovedì alle {{TM:10:00}} per conoscerli. Riferimento {{R:ZF-BK-0522}}\n[[P:Chiara]]",
            ),
            (
                "c",
                "perfetto grazie [[P:chiara]] 🐾 ah [[P:arben]] vuole pagare col bonifico dal suo conto tedesco [[I:DE97500105175408812733]] va bene?",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Federica",
        "lang": "it",
        "start": "2025-02-10T10:30:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Fede]], [[P:Federica Marchetti]], ci siamo visti al matrimonio di [[P:ele]] e [[P:dani]] 😊 volevo fare un book maternità",
            ),
            ("a", "Ciao [[P:Federica]]! Certo che mi ricordo 😄 Auguri! Di quanti mesi sei?"),
            (
                "c",
                "7 mesi, è una bimba, si chiamerà [[P:Bianca]] ma nn ditelo a nessuno. mio marito [[P:Stefano De Santis]] nn vuole essere in foto 🙄",
            ),
            (
                "c",
                "cmq la mia pagina di ricette dove metto le foto è [[U:linktr.ee/fede.incucina]] e su tiktok [[H:fede.in.cucina]]",
            ),
            (
                "a",
                "Il {{PD:Maternity Book}} è {{$:180€}}, 2 ore in studio o al parco del {{W:Castello di San Giusto}}. Quando preferisci?",
            ),
            (
                "c",
                "al castello! tipo {{D:1 marzo}} verso le {{TM:15}}? io abito a [[L:Opicina]] quindi vicino\nmail [[E:f.marchetti@example.com]] / cell [[T:348-2209174]]",
            ),
            ("a", "Segnato {{R:MAT-0301}}, a presto!\n[[P:Ottavio]] 📸"),
        ],
    },
    {
        "business": "forno",
        "platform": "instagram",
        "customer": "la_vera_martina",
        "lang": "it",
        "start": "2025-06-15T19:30:00",
        "messages": [
            (
                "c",
                "ciaoo vorrei 50 {{PD:cupcake}} x la laurea del mio ragazzo [[P:Andrea Kuzmanović]] 🎓 colore {{W:rosso}} e oro",
            ),
            (
                "a",
                "Ciao! Congratulazioni ad [[P:Andrea]] 🎉 Sì, {{$:2,50€}} l'uno. Con topper personalizzato?",
            ),
            (
                "c",
                'si con scritto "dott. [[P:Kuzma]]" che è il suo soprannome 😂 e la sua faccia stampata, la foto la prendi dal suo profilo [[U:instagram.com/andrea.kuzma]]',
            ),
            (
                "c",
                "io sono [[P:martina]] cmq, [[H:la_vera_martina]] è il mio profilo. la festa è a casa dei suoi a [[L:Sistiana]]",
            ),
            (
                "a",
                "Perfetto [[P:Martina]]! Consegniamo anche a {{W:Sistiana}}, {{$:10€}}. Indirizzo?",
            ),
            (
                "c",
                "[[A:Sistiana 58/C]] [[A:34011]] [[L:Duino Aurisina]], citofono [[P:Kuzmanović]]. paga la mamma [[P:Snežana]] alla consegna\nil mio cel [[T:366 019 4827]]",
            ),
            (
                "a",
                "Ordine {{O:FN-0705-CC}}, consegna {{D:sabato 5 luglio}} ore {{TM:17:00}} 🧁\n[[P:Adelina]]",
            ),
        ],
    },
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Ludo",
        "lang": "it",
        "start": "2025-03-18T12:40:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Ludovica Greco]] ma tutti mi chiamano [[P:ludo]]. vorrei regalare un buono a [[P:Felice]], il mio migliore amico, x il compleanno 🎁",
            ),
            (
                "a",
                "Ciao [[P:Ludovica]]! Certo, i buoni regalo partono da {{$:50€}}. A che nome lo intestiamo?",
            ),
            (
                "c",
                "[[P:Felice Amodeo]]. lui vuole tatuarsi il logo dei {{W:Pink Floyd}}, tipo il prisma di {{PD:The Dark Side of the Moon}}",
            ),
            (
                "c",
                "il suo insta è [[H:@felix_amodeo]] se volete vedere che stile gli piace. sta a [[L:Monfalcone]] ma lavora qui",
            ),
            (
                "a",
                "Perfetto, buono {{R:GIFT-0325-FA}} da {{$:150€}} intestato a [[P:Felice]] 😊 te lo mandiamo in pdf?",
            ),
            (
                "c",
                "sii mandalo a [[E:ludo.greco at libero-mail.example]] o su whats, questo numero va bene [[T:+39 320 66 14 783]]\nsiete dei grandi, grazie [[P:sofi]]!!",
            ),
            ("a", "Grazie a te! Buon compleanno a [[P:Felice]] 🎉 [[P:Sofia]]"),
        ],
    },
    {
        "business": "gaming",
        "platform": "telegram",
        "customer": "Jonas",
        "lang": "en",
        "start": "2025-04-18T16:00:00",
        "messages": [
            (
                "c",
                "hey, [[P:Jonas Weißmüller]] here, exchange student from [[L:Stuttgart]]. can I book a pc for the {{PD:League of Legends}} clash on sunday? our team name is {{W:Kaiserschmarrn Five}} 😂",
            ),
            (
                "a",
                "Hi [[P:Jonas]]! Sure, 5 PCs on sunday from {{TM:18:00}}, {{$:60€}} total. Summoner names?",
            ),
            (
                "c",
                "[[H:Jonny Weiss]], [[H:LaTortuga88]] (that's [[P:Pilar]]), [[H:xiaolongbao_enjoyer]] ([[P:Li Wei]]), [[H:Mo Salah Fan]] ([[P:Karim Haddad]]) and [[H:Wojtek_PL]] ([[P:Wojciech Nowak]])",
            ),
            ("a", "Booked, ref {{R:CLASH-0420}}. Good luck to [[P:Wojtek]] and the team 🍀"),
            (
                "c",
                "danke! my number is [[T:+49 (0)176 4412 0958]] and mail [[E:jonas.weissmueller@studmail.example]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(82, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
