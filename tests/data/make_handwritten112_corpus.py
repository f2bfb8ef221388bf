# ruff: noqa: E501
"""Hand-written blind test corpus no. 112 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every person, handle,
e-mail, phone number and address is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partita IVA) were computed once with python-stdnum / the Luhn algorithm and
pasted here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must
survive ``{{CODE:value}}`` (see handwritten_markup.py beside this file).

The six invented businesses are a streamer-merch shop, a martial-arts dojo, a drone-photography
service, the support team of a language-exchange app, a sneaker-resale shop on Telegram and a
babysitting agency.

Regenerate with: ``python make_handwritten112_corpus.py`` (writes handwritten112_corpus.jsonl).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten112_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "merch": "Raccoon Loot Merch",
    "dojo": "Dojo Shinsei Karate & Judo",
    "drone": "AltaQuota Drone Studio",
    "tandem": "Parlami Language Exchange - Support",
    "sneak": "SoleVault Resell",
    "tata": "TataSubito Babysitting",
}
PAGE_IDS: dict[str, str] = {
    "merch": "712900418273645",
    "dojo": "712900552901733",
    "drone": "712900630148297",
    "tandem": "712900774312058",
    "sneak": "712900819046621",
    "tata": "712900905573184",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- streamer merch shop
    {
        "business": "merch",
        "platform": "instagram",
        "customer": "lollo.vibes",
        "lang": "it",
        "start": "2025-02-03T18:42:00",
        "messages": [
            (
                "c",
                "ciao!! volevo sapere se la {{PD:felpa Raccoon Rage nera}} taglia M torna disponibile 🥺 sono [[P:lorenzo]] cmq, mi trovate su twitch come [[H:lollo_vibes99]]",
            ),
            (
                "a",
                "Ciao [[P:Lorenzo]]! La felpa rientra il {{D:14 febbraio}}, costa {{$:49,90 €}}. Vuoi che te la teniamo da parte?",
            ),
            (
                "c",
                "si pls\nmettila a nome [[P:Lorenzo Bellandi]] e spedisci a [[A:via Filippo Turati 8]] [[L:Cesano Maderno]] [[A:20811]]\ncitofono [[P:Bellandi-Rizzo]] xke siamo due famiglie",
            ),
            ("c", "ah e il mio numero [[T:347 612 0983]] se il corriere si perde lol"),
            (
                "a",
                "Perfetto, prenotata con ordine {{O:RL-20250203-0417}}. Ti arriva una mail di conferma, a che indirizzo?",
            ),
            ("c", "[[E:lorenzo.bellandi99@example.it]] grz 🙏"),
            ("a", "Fatto! A presto, [[P:Giada]] - {{B:Raccoon Loot}}"),
            (
                "c",
                "ahh dimenticavo, il regalo è x il compleanno di mio fratello [[P:Gabri]], se mettete un bigliettino scrivete tipo 'auguri [[P:gabri]] da [[P:lollo]] e [[P:Fede]]' 🥳\n[[P:Fede]] è la mia ragazza, [[P:Federica Conti]], su insta [[H:fede_conti.art]]",
            ),
            ("a", "Che carino! Bigliettino aggiunto all'ordine {{O:RL-20250203-0417}} 🎁"),
        ],
    },
    {
        "business": "merch",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-02-11T21:05:00",
        "messages": [
            (
                "c",
                "hi, bought the {{PD:Raccoon Rage mousepad XL}} for my brother [[P:Arjun]] for his bday, order {{O:RL-20250130-0288}}, its been 10 days",
            ),
            ("c", "tracking says {{TR:RR402918375IT}} but nothing moves since {{D:Feb 4}}"),
            (
                "a",
                "Hi [[P:Priya]], sorry about that! I can see the parcel is held at the depot. Can you confirm the delivery address?",
            ),
            (
                "c",
                "[[A:Flat 3, 27 Cavendish Road]]\n[[L:Leicester]] [[A:LE2 7PJ]]\nit's the buzzer that says [[P:Raghunathan / Okafor]], my flatmate is [[P:Chidi]]",
            ),
            (
                "a",
                "Thanks! It was missing the flat number. I've asked the courier to redeliver on {{D:Thursday 13th}}. [[P:Marco]] from the team",
            ),
            (
                "c",
                "oh and can you put a note for [[P:Chidi]] to sign if nobody's home, his mobile is [[T:07700 900 781]]\nour landlord Mr [[P:Hargreaves]] lives downstairs at [[A:Flat 1]] too, he can take it",
            ),
            ("a", "Done, note added for the courier 👍"),
            (
                "c",
                "brilliant thx [[P:marco]] 🙌 [[P:arjun]] streams on twitch too btw, [[H:arjunplaysbad]], he'll be stoked",
            ),
        ],
    },
    {
        "business": "merch",
        "platform": "instagram",
        "customer": "sara_kiwi",
        "lang": "it",
        "start": "2025-03-01T10:12:00",
        "messages": [
            (
                "c",
                "buongiornooo\nsono mod del canale di [[H:@kiwiqueen_tv]] e volevamo fare un drop collab con voi",
            ),
            (
                "c",
                "il suo insta è [[U:instagram.com/kiwiqueen_tv]] e il linktree [[U:https://linktr.ee/kiwiqueen]] cosi vedete i numeri",
            ),
            (
                "a",
                "Ciao! Che bello 😊 Chi è il referente per il contratto? Ci serve nome, email e partita IVA",
            ),
            (
                "c",
                "la streamer si chiama [[P:Beatrice Fontana]] ma tutti la chiamano [[P:Bea]]\nfattura a lei: p.iva [[V:04583720919]]\nmail [[E:bea punto fontana chiocciola kiwimail punto it]]",
            ),
            ("c", "io sono [[P:Sara]] la mod, scrivete pure a me su discord [[H:sarakiwi#4471]]"),
            (
                "a",
                "Perfetto [[P:Sara]], giro tutto al nostro designer. Per la collab ci ispiriamo a {{W:Super Mario}} o facciamo tutto originale? 😄",
            ),
            (
                "c",
                "originale!! [[P:bea]] odia le cose copiate ahah\ncmq lei streamma soprattutto {{PD:Stardew Valley}} e {{PD:Zelda}}, e il suo gatto si chiama {{W:Ferragamo}} lol",
            ),
            ("a", "Ricevuto. Ti mando la proposta entro {{D:venerdì}}. [[P:Giada]]"),
            (
                "c",
                "ps [[P:bea]] ha anche un sito suo [[U:www.beatricefontana.it]] e il canale tiktok [[U:tiktok.com/@kiwiqueen.tv]]\nla manager esterna è [[P:Raffaella Quattrocchi]] [[T:+39 02 8734 1120]] ma passate da me prima pls",
            ),
        ],
    },
    {
        "business": "merch",
        "platform": "messenger",
        "customer": "Tomasz Wiśniewski",
        "lang": "en",
        "start": "2025-03-09T16:30:00",
        "messages": [
            (
                "c",
                "hello i write from [[L:Poland]], you ship to [[L:Kraków]]? i want the {{PD:Raccoon cap}} and {{PD:mug Lvl 99}}",
            ),
            (
                "a",
                "Hi! Yes we ship to all the {{W:EU}}, shipping to [[L:Poland]] is {{$:12 €}}. Total would be {{$:41,50 €}}",
            ),
            (
                "c",
                "ok good. address is [[A:ul. Długa 14/6]], [[A:31-147]] [[L:Kraków]], name [[P:Tomasz Wiśniewski]]\nmy steam is [[H:tomek_wisnia]] if you do the giveaway 😅",
            ),
            ("c", "i pay with card [[C:4532 0151 1283 0366]] is ok to send here??"),
            (
                "a",
                "Please never send card numbers in chat! Delete the message if you can, and use the checkout link. Your order is {{O:RL-20250309-0733}}.",
            ),
            ("c", "ah sorry sorry. deleted. thank you [[P:tomasz]] happy 🙂"),
            (
                "c",
                "also my cousin [[P:Kasia]] in [[L:Gdańsk]] want the same mug, she write you from her email [[E:k.nowak.gd@poczta.example.pl]]. her name [[P:Katarzyna Nowak]]",
            ),
            ("a", "Sure, we'll wait for [[P:Katarzyna]]'s e-mail. Thanks [[P:Tomasz]]!"),
        ],
    },
    {
        "business": "merch",
        "platform": "instagram",
        "customer": "ste.gamer",
        "lang": "it",
        "start": "2025-03-22T23:48:00",
        "messages": [
            (
                "c",
                "raga ho ricevuto la tshirt {{PD:GG EZ}} col colore sbagliato, doveva essere {{W:verde salvia}} e invece è {{W:rosa}}",
            ),
            ("a", "Ciao! Ci dispiace. Mi dai il numero ordine e il tuo nome?"),
            (
                "c",
                "{{O:RL-20250315-1102}}\n[[P:Stefano Greco]], ma l ha ordinata mia morosa [[P:Speranza]] col suo account",
            ),
            (
                "a",
                "Nessun problema. Ti mandiamo un'etichetta di reso all'email dell'ordine, va bene?",
            ),
            (
                "c",
                "si ma la mail è la sua [[E:speranza.dinoia@posta-esempio.it]]\nse no scrivimi al [[T:+39 333 908 1174]] su whatsapp",
            ),
            (
                "a",
                "Ok, mandata a entrambi. La sostituzione parte {{D:lunedì}} col codice {{TR:1Z8V4W210394857712}}. Buona serata! {{W:Speranza}} che stavolta il colore sia giusto 😅",
            ),
        ],
    },
    # ---------------------------------------------------------------- martial-arts dojo
    {
        "business": "dojo",
        "platform": "messenger",
        "customer": "Elena Marchetti",
        "lang": "it",
        "start": "2025-01-13T08:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere mio figlio [[P:Tommaso]] (9 anni) al corso di judo bambini. Che giorni fate?",
            ),
            (
                "a",
                "Buongiorno! Il corso bambini è {{D:martedì}} e {{D:giovedì}} alle {{TM:17:30}}. Quota {{$:55 €}} al mese più tesseramento.",
            ),
            (
                "c",
                "perfetto. anche la sorellina [[P:Bianca]] vorrebbe provare, ha 6 anni\npossiamo venire a fare la prova?",
            ),
            (
                "a",
                "Certo! Per l'assicurazione ci servono nome e cognome dei bimbi e il codice fiscale del genitore.",
            ),
            (
                "c",
                "[[P:Tommaso Marchetti Sanvitale]] e [[P:Bianca Marchetti Sanvitale]]\nil mio cf [[CF:RSSGLI92M41H501R]] (è di mia cognata [[P:Giulia Rossi]] che paga lei, va bene?)",
            ),
            (
                "a",
                "Va bene, intestiamo a [[P:Giulia Rossi]]. Vi aspettiamo {{D:martedì 21}}, il dojo è in {{W:via Garibaldi}} di fronte alla chiesa di {{W:San Rocco}}. Sensei [[P:Kenji]]",
            ),
            ("c", "grazie mille!! [[P:tommi]] è gasatissimo"),
            (
                "c",
                "ah per la gara di {{D:aprile}} la maestra mi ha chiesto la lista cosi:\n[[P:MARCHETTI SANVITALE Tommaso]]\n[[P:FURLAN Pietro]] (il compagno di banco, la mamma [[P:Ornella]] è d'accordo)\n[[P:ZOBEC Ivana]]",
            ),
            (
                "a",
                "Perfetto, li iscriviamo tutti e tre al {{PD:Trofeo San Giusto}}. Sensei [[P:Kenji]]",
            ),
        ],
    },
    {
        "business": "dojo",
        "platform": "whatsapp",
        "customer": "Youssef",
        "lang": "it",
        "start": "2025-01-27T19:02:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Youssef El Amrani]] io volio fare karate adulti. io lavoro fino {{TM:19}} ok per me?",
            ),
            (
                "a",
                "Ciao [[P:Youssef]]! Sì, il corso adulti è alle {{TM:20:00}}. La prima lezione è gratuita.",
            ),
            ("c", "bene. io abita a [[L:Muggia]] e no macchina, c è autobus?"),
            ("a", "Sì, la linea 20 ferma vicino a {{W:piazza Unità}}, poi 5 minuti a piedi."),
            (
                "c",
                "ok grazie. mio amico [[P:Karim]] viene anche lui. suo numero [[T:351 20 48 776]] se vuoi scrivere",
            ),
            ("c", "e mio [[T:0039 320 7741 092]]"),
            (
                "c",
                "mio cognome scrivo lettere x non sbagliare: [[P:E - L   A - M - R - A - N - I]]. amico è [[P:Karim Haddou]]",
            ),
            (
                "a",
                "Perfetto, vi segno per {{D:mercoledì}}. Portate una tuta e una bottiglia d'acqua 💪 [[P:Luca]]",
            ),
        ],
    },
    {
        "business": "dojo",
        "platform": "instagram",
        "customer": "mei.lin.k",
        "lang": "en",
        "start": "2025-02-05T12:40:00",
        "messages": [
            (
                "c",
                "hi! i'm an exchange student from [[L:Taiwan]], staying in [[L:Trieste]] till {{D:june}}. can i join judo for 4 months only?",
            ),
            ("a", "Hi! Absolutely, we have a 4-month pass for {{$:190 €}}. What's your name?"),
            (
                "c",
                "[[P:Lin Mei-Hua]], surname first haha so [[P:Mei-Hua]] is the name. friends say [[P:Mimi]]",
            ),
            ("c", "i'm brown belt already, my old coach [[P:Chen Wei-Ting]] can write a letter"),
            (
                "a",
                "Great! Can you send your e-mail so we can send the form? We also need a local phone or your [[L:Taiwan]] number",
            ),
            (
                "c",
                "[[E:meihua.lin[at]studmail[dot]example]]\n[[T:+886 912 345 678]]\nno italian sim yet 😭",
            ),
            (
                "c",
                "for the insurance form my codice fiscale is [[CF:LNIMHU01E55Z217G]] and i live at [[A:via San Nicolò 9]], room 4, in the house of signora [[P:Vidali]]",
            ),
            (
                "a",
                "Thanks [[P:Mei-Hua]]! See you {{D:Monday}} at {{TM:19:00}}. Sensei [[P:Kenji]] speaks English too 🥋",
            ),
        ],
    },
    {
        "business": "dojo",
        "platform": "messenger",
        "customer": "Franco Delbello",
        "lang": "it",
        "start": "2025-02-18T07:55:00",
        "messages": [
            (
                "c",
                "buongiorno vi scrivo x la fattura della quota annuale, mi serve intestata alla mia ditta",
            ),
            ("a", "Buongiorno! Ci mandi ragione sociale e partita IVA?"),
            (
                "c",
                "{{B:Delbello Impianti}} di [[P:Franco Delbello]]\np iva [[V:12736490504]]\nsede [[A:località Prosecco 41]] [[L:Trieste]]",
            ),
            (
                "c",
                "si lo so {{W:prosecco}} come il vino ahah 🍾 la via vera è [[A:Prosecco 41]] non sbagliate",
            ),
            (
                "a",
                "Tutto chiaro, fattura {{R:FT-2025/0087}} da {{$:480,00 €}}. La mandiamo via PEC o mail normale?",
            ),
            (
                "c",
                "mail normale a mia moglie che fa la contabilità, sig.ra [[P:Delbello]] cioè [[P:Rosa]]\n[[E:rosa.delbello@impianti-esempio.it]]",
            ),
            ("a", "Inviata! Saluti, [[P:Marta]] - segreteria {{B:Dojo Shinsei}}"),
        ],
    },
    {
        "business": "dojo",
        "platform": "whatsapp",
        "customer": "Aleksandar",
        "lang": "en",
        "start": "2025-03-03T20:15:00",
        "messages": [
            (
                "c",
                "hello, i did see the poster at {{W:Bar Stella Polare}}. you do also kickboxing or only karate and judo?",
            ),
            (
                "a",
                "Hi! Only karate and judo, but on Saturday there is a self-defense class at {{TM:10:30}}.",
            ),
            (
                "c",
                "ok self defense is good for my wife [[P:Jelena]]. she is from [[L:Novi Sad]] and speak little italian, english ok",
            ),
            (
                "c",
                "my name [[P:Aleksandar Petrović]]\nphone [[T:+381 64 123 4567]]\nor here italian [[T:328-554-1290]]",
            ),
            (
                "a",
                "Thank you [[P:Aleksandar]]. [[P:Jelena]] can come {{D:Saturday 8 March}}, it's women-only that day for the {{W:Festa della Donna}} 🌼",
            ),
            ("c", "perfect, [[P:jelena]] is happy. hvala!"),
            (
                "c",
                "her email is [[E:jelena.petrovic85@mail.example.rs]], we live [[A:via Giulia 61]] near the {{W:Rossetti}} theatre, bell [[P:Petrović]]",
            ),
            ("a", "Thanks, registration sent to [[P:Jelena]]. See you on Saturday!"),
        ],
    },
    # ---------------------------------------------------------------- drone photography
    {
        "business": "drone",
        "platform": "messenger",
        "customer": "Chiara Zanetti",
        "lang": "it",
        "start": "2025-04-02T09:30:00",
        "messages": [
            (
                "c",
                "ciao! ci sposiamo il {{D:14 giugno}} e vorremmo riprese col drone in villa, fate anche fuori provincia?",
            ),
            (
                "a",
                "Ciao e auguri! 💍 Lavoriamo in tutto il {{W:Veneto}} e {{W:Friuli}}. Dove si trova la villa?",
            ),
            (
                "c",
                "è la casa dei nonni di [[P:Matteo]] (il mio futuro marito) a [[L:Cison di Valmarino]], [[A:via Rolle 23]]\nnon è una location pubblica è proprio casa loro",
            ),
            ("c", "la nonna [[P:Adelina]] è un po' preoccupata per il rumore ahah"),
            (
                "a",
                "Tranquilli, il drone è silenziosissimo 😄 Pacchetto {{PD:Wedding Sky Gold}} a {{$:890 €}}. Per il preventivo ci servono nome completo e codice fiscale di chi firma.",
            ),
            (
                "c",
                "firmo io [[P:Chiara Zanetti]]\ncf [[CF:BNCMTT88A01F205K]] ah no scusa quello è di [[P:Matteo]] 🙈 firma lui allora, [[P:Matteo Bianchi]]",
            ),
            (
                "a",
                "Perfetto, preventivo {{R:PRV-25-0412}} intestato a [[P:Matteo Bianchi]]. Lo mandiamo per email?",
            ),
            ("c", "si a [[E:chiara.zanetti.88@example.com]] grazie!!"),
            (
                "c",
                "ah la wedding planner è [[P:Ludovica]] di {{B:Ludovica Sposi}}, lei vi chiama x gli orari, il suo cel [[T:3401122983]]\ne il fotografo a terra è [[P:Ricky]] ([[H:@ricky.clicks]] su ig)",
            ),
            (
                "a",
                "Perfetto, coordiniamo con [[P:Ludovica]] e [[P:Ricky]]. A presto [[P:Chiara]]! [[P:Davide]] - {{B:AltaQuota}}",
            ),
        ],
    },
    {
        "business": "drone",
        "platform": "whatsapp",
        "customer": "Dev Malhotra",
        "lang": "en",
        "start": "2025-04-10T14:05:00",
        "messages": [
            (
                "c",
                "Hi, I run a small agritourism with my wife, we need aerial photos for the new website. Are you available in {{D:May}}?",
            ),
            ("a", "Hi! Yes, {{D:May}} is open. Where is the property?"),
            (
                "c",
                "[[A:Località Poggio Alto 7]], [[A:53024]] [[L:Montalcino]]. Best to call me first, [[T:+44 7700 900 412]] (my [[L:UK]] number, still haven't switched)",
            ),
            (
                "a",
                "Thanks. Is the website yours or an agency's? We can send the files straight to the web designer.",
            ),
            (
                "c",
                "the designer is a friend, [[P:Ngozi Adeyemi]], her portfolio is [[U:ngoziadeyemi.design]]\nshe's on [[E:ngozi@adeyemi-studio.example]]",
            ),
            ("c", "and my wife [[P:Sunita]] will be there if I'm in [[L:London]] that week"),
            (
                "a",
                "Great, we'll coordinate with [[P:Sunita]] and [[P:Ngozi]]. Quote {{R:PRV-25-0430}}, {{$:650 €}} for a half-day flight plus editing. [[P:Davide]], {{B:AltaQuota}}",
            ),
            ("c", "sounds good 👍 cheers [[P:Davide]]"),
        ],
    },
    {
        "business": "drone",
        "platform": "instagram",
        "customer": "nico_rides",
        "lang": "it",
        "start": "2025-05-06T17:40:00",
        "messages": [
            (
                "c",
                "bella raga ho visto il video che avete fatto al {{W:Giro d'Italia}} sullo {{W:Zoncolan}} pazzesco 🔥",
            ),
            (
                "c",
                "io faccio downhill e vorrei un video mio x il mio canale yt [[U:youtube.com/@nicoriderz]]\nsono [[P:Nicolò]] ma online sono [[H:nicoriderz]]",
            ),
            ("a", "Grazie! Ci piacerebbe 🤙 Dove giri di solito?"),
            (
                "c",
                "sul sentiero dietro casa a [[L:Sauris]], tipo 5 min da [[A:Sauris di Sopra 12]] che è casa dei miei",
            ),
            ("a", "Fantastico. Per i minori serve il consenso di un genitore, hai 18 anni?"),
            (
                "c",
                "ne ho 17 😅 ti passo mia mamma [[P:Loredana]], [[T:0433/86.21.40]] fisso di casa",
            ),
            (
                "a",
                "Ok [[P:Nicolò]], la chiamiamo domani mattina dopo le {{TM:9}}. Il pacchetto {{PD:Action Cam Follow}} costa {{$:220 €}}.",
            ),
            (
                "c",
                "grande!! viene anche il mio socio [[P:Jacopo]] aka [[H:jackodh]] su strava, lui abita a [[L:Ampezzo]]\nse mi taggate sono [[H:@nicoriderz]] ovunque",
            ),
        ],
    },
    {
        "business": "drone",
        "platform": "messenger",
        "customer": "Roberta Kauffmann",
        "lang": "it",
        "start": "2025-05-19T11:11:00",
        "messages": [
            (
                "c",
                "Salve, sono amministratrice di condominio e dovrei far ispezionare il tetto di un palazzo, fate anche rilievi tecnici?",
            ),
            (
                "a",
                "Buongiorno! Sì, facciamo ispezioni tetti con termocamera. Indirizzo del condominio?",
            ),
            (
                "c",
                "Condominio {{B:Residenza Leonardo da Vinci}}, [[A:viale XX Settembre 88]]\nil referente in loco è il sig. [[P:Pavan]], abita al piano terra, [[A:scala A int. 2]]",
            ),
            ("c", "il suo cell [[T:349\n552 0817]] (scusate è andato a capo)"),
            (
                "a",
                "Ricevuto, per la fattura ci servono i dati del condominio e un IBAN per l'eventuale rimborso dell'acconto.",
            ),
            (
                "c",
                "IBAN del conto personale mio visto che anticipo io: [[I:IT60 X054 2811 1010 0000 0123 456]]\nintestato a [[P:Roberta Kauffmann]]",
            ),
            (
                "a",
                "Grazie dott.ssa [[P:Kauffmann]], sopralluogo fissato {{D:27 maggio}} ore {{TM:8:30}}, rif. {{R:ISP-0519-22}}. [[P:Davide]]",
            ),
        ],
    },
    {
        "business": "drone",
        "platform": "telegram",
        "customer": "Hannes",
        "lang": "en",
        "start": "2025-06-02T08:00:00",
        "messages": [
            (
                "c",
                "Hallo, sprechen Sie Deutsch? ich habe ein Ferienhaus am See und brauche Luftbilder",
                "de",
            ),
            ("a", "Hi! Un po' di tedesco, meglio inglese o italiano 🙂 Where is the house?", "en"),
            (
                "c",
                "ok english. house is [[A:Seestraße 5]], [[A:39052]] [[L:Kaltern]], we also come from [[L:Innsbruck]] every weekend",
                "en",
            ),
            (
                "c",
                "name [[P:Hannes Oberhofer]], my son [[P:Lukas]] will open, he is there all week. telegram [[H:@lukas_obh]]",
                "en",
            ),
            (
                "a",
                "Perfect, we'll write to [[P:Lukas]]. Price {{$:380 €}}, booking {{R:BK-2025-0602}}.",
                "en",
            ),
            (
                "c",
                "danke! ich zahle per Überweisung, mein IBAN [[I:DE89 3704 0044 0532 0130 00]]",
                "de",
            ),
            (
                "a",
                "Thanks, but we don't need your IBAN: you'll get our bank details on the invoice. Have a good day! [[P:Irene]]",
                "en",
            ),
        ],
    },
    # ---------------------------------------------------------------- language-exchange app support
    {
        "business": "tandem",
        "platform": "messenger",
        "customer": "Fatima Zahra B.",
        "lang": "it",
        "start": "2025-02-20T22:10:00",
        "messages": [
            (
                "c",
                "salve non riesco piu entrare nel mio account, dice password sbagliata ma io nn l'ho cambiata",
            ),
            ("a", "Ciao! Ci dici l'email o il nome utente dell'account?"),
            (
                "c",
                "nome utente [[H:fatimazahra_ita]]\nemail [[E:fzbenali@posta.example]]\nio sono [[P:Fatima Zahra Benali]] vivo a [[L:Prato]] da 3 anni",
            ),
            ("a", "Grazie. Vediamo un accesso di oggi dall'IP [[IP:91.187.44.203]], eri tu?"),
            (
                "c",
                "no!! io uso solo telefono, con wifi di casa. forse mio ex [[P:Rachid]] sapeva la password 😡",
            ),
            (
                "a",
                "Abbiamo bloccato le sessioni aperte e ti abbiamo mandato il link di reset. Ticket {{R:SUP-88213}}. Se vuoi segnalare l'utente ci dici il suo nome utente?",
            ),
            ("c", "lui è [[H:rachid.m.90]] su app. grazie mille davvero"),
            (
                "c",
                "un altro accesso strano era da [[IP:2a01:4b8:c2f1:9e00::17]] ieri notte, anche quello nn ero io\nla mia amica [[P:Houda]] mi ha detto di scrivervi, lei è [[H:houda_lingue]]",
            ),
            (
                "a",
                "Fatto, lo abbiamo bloccato per te. Un abbraccio, [[P:Serena]] del supporto {{B:Parlami}}",
            ),
        ],
    },
    {
        "business": "tandem",
        "platform": "instagram",
        "customer": "jake.h.learns",
        "lang": "en",
        "start": "2025-03-04T15:25:00",
        "messages": [
            (
                "c",
                "hey, my tandem partner stopped replying and now her profile is gone?? her name was [[P:Giorgia]], user [[H:giorgia_sole]]",
            ),
            (
                "a",
                "Hi! We can't share info about other users, sorry. Maybe she deleted her account. Is there a problem with your account?",
            ),
            (
                "c",
                "kinda. i paid {{PD:Parlami Plus}} yearly ({{$:59,99 €}}) on {{D:Feb 28}} and it still says free",
            ),
            (
                "a",
                "Let's fix that. What's the e-mail on the account and the last 4 digits of the card?",
            ),
            (
                "c",
                "[[E:jake.holloway.92@example.com]]\nfull card is [[C:5374-1234-5678-9012]] lol idk which ones are the last 4",
            ),
            (
                "a",
                "Just the last four was enough 😅 please remove that message. Found it: receipt {{R:GPA.3392-1184-5521-70943}}, Plus is now active.",
            ),
            (
                "c",
                "legend thx. i'm [[P:Jake]] btw, from [[L:Ohio]], moving to [[L:Bologna]] in sept thats why the italian lol",
            ),
            ("a", "In bocca al lupo [[P:Jake]]! 🍀 — [[P:Tom]], {{B:Parlami}} Support"),
        ],
    },
    {
        "business": "tandem",
        "platform": "whatsapp",
        "customer": "Ana Lucía",
        "lang": "it",
        "start": "2025-03-15T13:00:00",
        "messages": [
            (
                "c",
                "hola! scusa il mio italiano. soy [[P:Ana Lucía Fernández Ortega]], uso la app per praticare, pero tengo un problema con el perfil",
                "es",
            ),
            (
                "c",
                "la foto non si carica e il mio nome appare come [[P:Ana Lucia Fernandez]] senza accento, posso cambiare?",
            ),
            (
                "a",
                "Ciao [[P:Ana Lucía]]! Sì, da Impostazioni > Profilo puoi modificare il nome. Per la foto: che telefono usi?",
            ),
            (
                "c",
                "un {{PD:Xiaomi Redmi Note 12}}. vivo a [[L:Valencia]] ma ora sono in erasmus a [[L:Padova]], [[A:via del Santo 57]]",
            ),
            (
                "c",
                "ah e el mio partner di lingua [[P:ale]] dice que non vede i miei messaggi vocali",
            ),
            (
                "a",
                "Aggiorna l'app alla {{PD:versione 5.8.2}} e riprova, dovrebbe risolvere entrambe le cose. Se no scrivici ancora! [[P:Serena]]",
            ),
            ("c", "va bene grazie [[P:serena]]!! 😘"),
        ],
    },
    {
        "business": "tandem",
        "platform": "messenger",
        "customer": "Olumide Balogun",
        "lang": "en",
        "start": "2025-04-07T09:45:00",
        "messages": [
            (
                "c",
                "Good morning. I want to report a user who is asking for money. He says he is a doctor in [[L:Ghana]] and needs help",
            ),
            (
                "a",
                "Thank you for reporting, this is really helpful. Can you tell us his user name?",
            ),
            (
                "c",
                "he calls himself dr. [[P:Samuel Mensah]], user [[H:dr_sam_mensah77]]\nhe sent his whatsapp [[T:+233 24 555 0192]] and asked me to send to his account",
            ),
            (
                "c",
                "I am [[P:Olumide]], user [[H:olu.learns.italiano]]. my sister [[P:Funmi]] got the same message",
            ),
            (
                "a",
                "We've suspended the account, case {{R:TS-2025-1147}}. Please don't send money or personal data. Can [[P:Funmi]] send us her user name too?",
            ),
            ("c", "yes she is [[H:funmibee]]. thank you"),
            (
                "c",
                "he also sent this link [[U:facebook.com/samuel.mensah.doc77]] and an email [[E:drsam.mensah@mailbox.example]]. i live in [[L:Torino]] and we meet many people from [[L:Lagos]] here, he knew where i am from",
            ),
            ("a", "Thank you [[P:Olumide]], we've added all of this to the case."),
        ],
    },
    {
        "business": "tandem",
        "platform": "instagram",
        "customer": "margherita.ferri",
        "lang": "it",
        "start": "2025-04-22T20:30:00",
        "messages": [
            (
                "c",
                "ciao vorrei cancellare definitivamente il mio account e tutti i dati, x la privacy",
            ),
            (
                "a",
                "Ciao! Ci dispiace vederti andare. Per verificare l'identità ci confermi email e numero collegati?",
            ),
            (
                "c",
                "[[E:margherita punto ferri at libero-esempio punto it]]\n[[T:(+39) 340.118.2296]]",
            ),
            (
                "c",
                "mi chiamo [[P:Margherita Ferri]], non la pizza eh 😂\nl'account è [[H:marghe_ferri]]",
            ),
            (
                "a",
                "Ahah, la {{PD:pizza margherita}} la lasciamo stare 🍕 Ok [[P:Margherita]], cancellazione richiesta, pratica {{R:GDPR-25-0311}}. Completata entro {{D:30 giorni}}.",
            ),
            ("c", "grazie! saluta [[P:Serena]] che mi aveva aiutato l'altra volta"),
            ("a", "Lo farò 😊 [[P:Paolo]] - {{B:Parlami}}"),
        ],
    },
    {
        "business": "tandem",
        "platform": "telegram",
        "customer": "Wang Jun",
        "lang": "en",
        "start": "2025-05-11T03:20:00",
        "messages": [
            ("c", "hello, app keep crash when i open chat with [[P:Francesca]]. only this chat"),
            ("a", "Hi! Sorry about that. Could you send us your user name and the device model?"),
            (
                "c",
                "user [[H:wangjun_sh]], {{PD:iPhone 13}}. i am [[P:Wang Jun]] from [[L:Shanghai]], [[P:Francesca]] is my partner from [[L:Napoli]], she send me a voice note about {{W:San Gennaro}} and after that crash",
            ),
            (
                "a",
                "Thanks, it's a known bug with long voice notes. Fixed in the next update on {{D:May 15}}. Ticket {{R:SUP-90417}}.",
            ),
            ("c", "ok thank. also my english name is [[P:Jimmy]] can i put that on profile?"),
            ("a", "Sure! Any display name is fine. Have a good day [[P:Jimmy]] 😊"),
        ],
    },
    # ---------------------------------------------------------------- sneaker resale on Telegram
    {
        "business": "sneak",
        "platform": "telegram",
        "customer": "Kevin ⚡",
        "lang": "it",
        "start": "2025-01-08T19:19:00",
        "messages": [
            ("c", "bro avete le {{PD:Jordan 4 Military Black}} 43?? quanto"),
            ("a", "Ciao! Sì, 43 DS a {{$:310 €}} spedite. Legit check incluso ✅"),
            (
                "c",
                "ok le prendo. le mandi a mio cugino che io sto a [[L:Milano]] x lavoro\n[[P:Kevin Osei]] c/o [[P:Emmanuel Osei]]\n[[A:via Ludovico Ariosto 19]]",
            ),
            ("c", "[[A:25127]] [[L:Brescia]]\nscusa era rimasto indietro il cap"),
            ("a", "Nessun problema. Pagamento con bonifico o PayPal?"),
            (
                "c",
                "paypal a nome di mio cugino [[P:emma]] cioè [[P:Emmanuel]] ahah la mail è [[E:emmanuel.osei.bs@mail-esempio.it]]",
            ),
            (
                "a",
                "Ricevuto {{$:310 €}}, ordine {{O:SV-0108-4491}}, tracking {{TR:3926 4410 8873}} (sembra un numero ma è GLS 😄)",
            ),
            ("c", "top 🔥🔥"),
        ],
    },
    {
        "business": "sneak",
        "platform": "telegram",
        "customer": "d4nny",
        "lang": "it",
        "start": "2025-02-14T16:44:00",
        "messages": [
            ("c", "yo vendo un paio di {{PD:Yeezy 350 Zebra}} 42.5 usate 2 volte, le comprate?"),
            ("a", "Ciao! Mandaci foto di etichetta, suola e scatola. Come ti chiami?"),
            (
                "c",
                "[[P:Daniele]] ma qui tutti [[H:d4nny]]\nsu insta sono [[H:@danny.kicks.ts]] ci sono le foto li",
            ),
            (
                "a",
                "Viste, sono belle 👌 Ti offriamo {{$:190 €}}. Ci serve un IBAN per il bonifico.",
            ),
            (
                "c",
                "[[I:IT46 Q030 6909 6061 0000 0063 812]]\nintestato a mia madre [[P:Tiziana Moretti]] xke io nn ho il conto",
            ),
            (
                "a",
                "Ok. Spedisci con l'etichetta che ti mandiamo, codice {{TR:JJD0099887766554433}}. Il ritiro passa {{D:mercoledì}} tra le {{TM:9}} e le {{TM:13}}.",
            ),
            (
                "c",
                "indirizzo ritiro [[A:via Fabio Severo 102]]\n[[L:trieste]]\nsuonare [[P:moretti]] 3 piano",
            ),
            ("a", "Perfetto [[P:Daniele]], grazie!"),
            (
                "c",
                "ah se mia mamma chiede qualcosa il suo num è [[T:340 9981 372]]\ne se nn risponde chiamate mia sorella [[P:Noemi]] [[T:+39 366-204-8817]]",
            ),
        ],
    },
    {
        "business": "sneak",
        "platform": "telegram",
        "customer": "Liam O'Connor",
        "lang": "en",
        "start": "2025-03-18T21:00:00",
        "messages": [
            (
                "c",
                "hey lads do you ship to [[L:Ireland]]? looking for {{PD:Nike Dunk Low Panda}} UK 9",
            ),
            (
                "a",
                "Hey! Yes we ship to [[L:Ireland]] with DHL, {{$:18 €}}. {{PD:Dunk Panda}} UK 9 is {{$:145 €}}.",
            ),
            (
                "c",
                "grand. send to [[P:Liam O'Connor]]\n[[A:Apt 12, The Maltings, 44 Bridge Street]]\n[[L:Kilkenny]] [[A:R95 X2F7]]",
            ),
            (
                "c",
                "phone [[T:+353 87 123 4567]]\nmy psn is [[H:LiamTheLad_IRL]] if u ever do a giveaway haha",
            ),
            ("a", "Ha, noted! Order {{O:SV-0318-5120}}. Payment link sent."),
            (
                "c",
                "paid. my girlfriend [[P:Saoirse]] wants a pair of {{PD:Adidas Samba}} too, size 5, can I add?",
            ),
            (
                "a",
                "Sure, added for {{$:110 €}}. Tell [[P:Saoirse]] they're the OG white/green 👟 [[P:Ale]] - {{B:SoleVault}}",
            ),
        ],
    },
    {
        "business": "sneak",
        "platform": "telegram",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-04-01T10:02:00",
        "messages": [
            (
                "c",
                "ciao ho comprato da voi le {{PD:New Balance 550}} ma secondo me sono fake, la cucitura del logo è storta",
            ),
            ("a", "Ciao! Tutte le nostre paia passano il legit check. Mi mandi il numero ordine?"),
            ("c", "{{O:SV-0322-2218}}\nsono [[P:Giuseppe La Rosa]] ma chiamami [[P:Giuse]]"),
            (
                "a",
                "Ok [[P:Giuse]], vedo che erano verificate da [[P:Nadia]] del nostro team. Se vuoi facciamo un secondo check gratis con {{B:Legit App}}.",
            ),
            (
                "c",
                "si grazie. intanto vi giro il video che ha fatto mio fratello [[P:Salvo]] su tiktok [[U:https://www.tiktok.com/@salvolarosa_kicks]]",
            ),
            ("c", "ah e il mio discord se serve [[H:giuse.larosa]]"),
            (
                "a",
                "Visto. Il check dice autentiche ✅ certificato {{R:LC-7781-A22}}. Comunque se non sei convinto il reso è gratuito entro {{D:14 giorni}}.",
            ),
            ("c", "ok mi fido. grazie"),
            (
                "c",
                "ultima cosa, il mio amico [[P:Tancredi]] vuole vendere le {{PD:Jordan 1 Mocha}}, gli do il vostro contatto? lui è [[H:@tanc_kicks]] su telegram e abita a [[L:Catania]] come me",
            ),
            ("a", "Certo, digli di scriverci! Ciao [[P:Giuse]] 👋"),
        ],
    },
    {
        "business": "sneak",
        "platform": "telegram",
        "customer": "Xbox_Marvin",
        "lang": "en",
        "start": "2025-05-25T18:30:00",
        "messages": [
            (
                "c",
                "yo, want to trade my {{PD:Travis Scott Fragment}} for cash + the {{PD:Jordan 1 Chicago}}, interested?",
            ),
            ("a", "Could be! Send pics. Where are you based?"),
            (
                "c",
                "[[L:Rotterdam]] but i'm in [[L:Milan]] for {{W:Salone del Mobile}} next month, staying at my aunt's, [[A:Via Paolo Sarpi 31]]",
            ),
            (
                "c",
                "name [[P:Marvin de Vries]], xbox gt [[H:MarvinTheMartian NL]], tg [[H:@marvdv]]",
            ),
            (
                "a",
                "Nice. Trade value {{$:650 €}} + your Fragments for the Chicagos. We can meet near {{W:Duomo}} if you prefer.",
            ),
            (
                "c",
                "better at my aunt's, ask for tante [[P:Ingrid]] if i'm not there lol. she's [[P:Ingrid van Dijk]] on the buzzer",
            ),
            ("a", "Deal, see you there 🤝"),
        ],
    },
    # ---------------------------------------------------------------- babysitting agency
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Valentina",
        "lang": "it",
        "start": "2025-01-20T07:10:00",
        "messages": [
            (
                "c",
                "buongiorno! avrei bisogno di una tata per {{D:sabato sera}} dalle {{TM:19}} alle {{TM:24}}, 2 bimbi [[P:Leo]] 4 anni e [[P:Felice]] 18 mesi",
            ),
            ("a", "Buongiorno! Certo, abbiamo disponibilità. Tariffa {{$:12 €/ora}}. Indirizzo?"),
            (
                "c",
                "[[A:via Giosuè Carducci 15]], [[A:scala B int. 7]]\n[[L:Monza]]\ncitofono [[P:Ferraro-Acquaviva]]",
            ),
            (
                "c",
                "sono [[P:Valentina Acquaviva]], mio marito [[P:Pietro Ferraro]] torna tardi dal turno",
            ),
            (
                "a",
                "Perfetto! Vi mandiamo [[P:Ilaria]], la conoscete? Ha già fatto serate da voi a {{W:Natale}}.",
            ),
            (
                "c",
                "si si [[P:ilaria]] è fantastica!! [[P:leo]] la adora 😍\nil mio cell [[T:338 47 19 062]] se serve",
            ),
            (
                "a",
                "Confermato, prenotazione {{R:TS-0125-019}}. Buona serata! [[P:Chiara]] - {{B:TataSubito}}",
            ),
        ],
    },
    {
        "business": "tata",
        "platform": "messenger",
        "customer": "Emily Carter",
        "lang": "en",
        "start": "2025-02-09T16:00:00",
        "messages": [
            (
                "c",
                "Hi! We're an American family just moved to [[L:Florence]] for my husband's job. Looking for an english-speaking nanny, 3 afternoons a week",
            ),
            (
                "a",
                "Welcome to [[L:Italy]]! We have bilingual babysitters. How old are the children?",
            ),
            (
                "c",
                "[[P:Hope]] is 7 and [[P:Will]] is 5 😊 (yes we like the word names haha)\nwe live at [[A:Via dei Serragli 40]], near the {{W:Ponte Vecchio}}",
            ),
            (
                "c",
                "I'm [[P:Emily Carter]], husband is [[P:Brandon]]\nmy [[L:US]] cell still works: [[T:(617) 555-0148]]\nemail [[E:emily.carter.fam@example.com]]",
            ),
            (
                "a",
                "Lovely! We'd suggest [[P:Aoife]], she's Irish and studies at the university. She can do {{D:Mon}}, {{D:Wed}}, {{D:Fri}} from {{TM:3:30 pm}}.",
            ),
            (
                "c",
                "that sounds perfect. [[P:will]] only eats pasta in bianco btw lol. there's {{W:hope}} we can fix that",
            ),
            (
                "a",
                "Ha, [[P:Aoife]] is a pro with picky eaters! Contract {{R:CTR-25-0208}} sent by email. [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "tata",
        "platform": "instagram",
        "customer": "giulia.b92",
        "lang": "it",
        "start": "2025-03-06T14:14:00",
        "messages": [
            (
                "c",
                "ciao! sono studentessa di scienze della formazione e vorrei lavorare con voi come babysitter 😊",
            ),
            ("a", "Ciao! Che bello. Ci mandi un CV e i tuoi dati?"),
            (
                "c",
                "certo!! sono [[P:Giulia Bortolotti]], qui su insta sono [[H:giulia.b92]] e su tiktok [[H:giuliabortolo]]\nvivo a [[L:Sesto San Giovanni]] ma sono di [[L:Lecce]]",
            ),
            (
                "c",
                "il cv ve lo mando a voi a che mail?\nla mia è [[E:giulia.bortolotti92@gmail-esempio.com]]",
            ),
            (
                "a",
                "Mandalo a lavoraconnoi@tatasubito.example 🙂 Ci servirà anche il codice fiscale per il contratto.",
            ),
            (
                "c",
                "[[CF:BRTGLI92M41E506W]]\nho fatto anche la baby sitter per i figli della mia vicina [[P:Mirela]] x 2 anni, può farmi referenza, [[T:+40 721 334 908]] lei è rumena",
            ),
            (
                "a",
                "Ottimo, grazie [[P:Giulia]]! Ti chiama [[P:Chiara]] per il colloquio {{D:martedì 11}} alle {{TM:10:00}}.",
            ),
        ],
    },
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Amira",
        "lang": "it",
        "start": "2025-04-03T20:50:00",
        "messages": [
            (
                "c",
                "salve la tata di oggi nn è arrivata!!! aspettavamo [[P:Svetlana]] alle {{TM:18}}, ora sono le {{TM:18:40}}",
            ),
            (
                "a",
                "Ci scusiamo moltissimo, la stiamo chiamando. Ci conferma nome e indirizzo della prenotazione?",
            ),
            (
                "c",
                "[[P:Amira Haddad]]\n[[A:corso San Gottardo 7]] [[L:milano]]\nnon {{W:corso di porta ticinese}} come era scritto sulla app!!",
            ),
            (
                "a",
                "Trovato l'errore, [[P:Svetlana]] era andata in {{W:corso di Porta Ticinese}} 😞 arriva in 10 minuti. Le togliamo la prima ora dalla fattura.",
            ),
            (
                "c",
                "ok ok. mio figlio [[P:Yassin]] ha la febbre, ditele di guardare anche quello\nla pediatra è la dott.ssa [[P:Colombo]], numero sul frigo",
            ),
            ("a", "Certamente. Per emergenze [[P:Svetlana]] ha il suo numero? Ce lo lascia?"),
            ("c", "[[T:02 4817 3390]] è lo studio. grazie"),
            (
                "c",
                "e se succede qualcosa chiamate mio marito [[P:Tarek]] [[T:+39 345 771 0298]], io sono a cena da mia sorella [[P:Leila]] a [[L:Sesto]]",
            ),
            (
                "a",
                "Tutto annotato. [[P:Svetlana]] è arrivata adesso, buona serata signora [[P:Haddad]].",
            ),
        ],
    },
    {
        "business": "tata",
        "platform": "messenger",
        "customer": "Sébastien Moreau",
        "lang": "en",
        "start": "2025-05-14T11:30:00",
        "messages": [
            (
                "c",
                "Bonjour, we are French tourists in [[L:Sorrento]] for one week, could we have a babysitter one evening for a dinner? ",
                "en",
            ),
            (
                "c",
                "nous avons deux enfants, [[P:Margaux]] et [[P:Théo]], 8 et 3 ans. désolé mon anglais est mauvais",
                "fr",
            ),
            ("a", "Bonjour! Your English is fine 🙂 Which evening and where are you staying?"),
            (
                "c",
                "{{D:friday}} from {{TM:20h}}. we rent an apartment of sig. [[P:Esposito]], [[A:via Fuorimura 12]], 2nd floor",
            ),
            (
                "c",
                "name [[P:Sébastien Moreau]], my number in [[L:France]] [[T:+33 6 12 34 56 78]], email [[E:seb.moreau@courriel.example.fr]]",
            ),
            (
                "a",
                "Booked! [[P:Rosa]] will come, she speaks a bit of French. Booking {{R:TS-0516-204}}, {{$:15 €/hour}}.",
            ),
            (
                "c",
                "merci beaucoup! [[P:margaux]] will be happy, she loves the {{PD:limoncello}} cake haha not the drink 😂",
            ),
        ],
    },
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Nonna Pina",
        "lang": "it",
        "start": "2025-06-10T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono la nonna di [[P:Agata]] e [[P:Nicolò]] [[P:Sciacca]], mia figlia [[P:Concetta]] mi ha detto di scrivervi x il centro estivo",
            ),
            (
                "a",
                "Buongiorno signora! Il centro estivo è dal {{D:16 giugno}} al {{D:25 luglio}}, {{$:120 €}} a settimana a bambino.",
            ),
            (
                "c",
                "va bene. i bambini stanno da me per l'estate, [[A:contrada Piano Renda 3]], [[L:Caltagirone]]\nil mio numero è [[T:0933 / 21 55 04]] il cellulare nn lo so usare bene",
            ),
            (
                "c",
                "mi chiamo [[P:Giuseppina Sciacca]] ma tutti [[P:Pina]]\nmio genero [[P:Rocco]] paga con la carta lui",
            ),
            (
                "a",
                "Perfetto signora [[P:Pina]]. Suo genero può pagare dal link che mandiamo per email, ci lascia la sua email?",
            ),
            (
                "c",
                "quella di [[P:rocco]] è [[E:rocco.sciacca71 chiocciola tiscali-esempio punto it]]\nspero di averla scritta bene",
            ),
            (
                "c",
                "x il modulo il mio codice fiscale [[CF:SCCGPP52H58B428A]]\n[[P:agata]] ha allergia alle fragole, [[P:nicolò]] niente, lo dica alla ragazza",
            ),
            (
                "a",
                "Scritta benissimo 😊 Iscrizione {{R:CE-2025-0611}}. Buona giornata! [[P:Chiara]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(112, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
