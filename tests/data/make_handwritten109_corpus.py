# ruff: noqa: E501
"""Hand-written blind test corpus no. 109 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every person, handle,
e-mail, phone, address and link is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted here as
literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive are
marked ``{{CODE:value}}`` (see handwritten_markup.py). The six invented businesses are a cosplay
costume maker on Instagram, a board-game café, a football academy for kids, a podcast-editing
freelancer, a vinyl-record shop and a 3D-printing service. Regenerate with
``python make_handwritten109_corpus.py`` from this folder; the output is byte-identical each run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten109_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "cosplay": "Kitsune Forge Cosplay",
    "ludo": "Il Dado Tratto Ludocafè",
    "calcio": "Piccoli Bomber Academy",
    "podcast": "Onda Lunga Audio",
    "vinili": "Solco 33 Dischi",
    "stampa3d": "Strato Zero 3D",
}
PAGE_IDS: dict[str, str] = {
    "cosplay": "709870214365870",
    "ludo": "709870558102943",
    "calcio": "709870731209466",
    "podcast": "709870402918735",
    "vinili": "709870690347211",
    "stampa3d": "709870125873094",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- cosplay ----------------
    {
        "business": "cosplay",
        "platform": "instagram",
        "customer": "marti.kuro",
        "lang": "it",
        "start": "2025-02-03T18:22:00",
        "messages": [
            (
                "c",
                "ciaoo 😭💜 vi seguo da secoli sono [[H:@marti.kuro]] ma il mio nome vero è [[P:Martina Esposito Valli]] lol\nvolevo un preventivo x il costume di {{W:Raiden Shogun}} x il {{W:Lucca Comics}}",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! 💜 certo, il {{PD:Raiden Shogun full set}} parte da {{$:340 €}}, parrucca esclusa. Ci mandi le misure? - [[P:Yuki]] di {{B:Kitsune Forge Cosplay}}",
            ),
            (
                "c",
                "si allora misure le ha prese mia sorella [[P:giada]] ieri sera\nbusto 84 vita 66 fianchi 92\naltezza 1.63",
            ),
            (
                "c",
                "ah e la spedizione va a [[A:via Ugo Bassi 12]] a [[L:Casalecchio di Reno]] [[A:40033]], citofono [[P:Esposito]] / [[P:Ferri]] che è il mio coinquilino",
            ),
            (
                "a",
                "Perfetto 🙌 ti mando il riepilogo sull'ordine {{O:KF-2025-0188}}. Per l'acconto puoi fare bonifico o paypal a nome dell'atelier",
            ),
            ("c", "ok fatto paypal da [[E:martiesposito.v@example.it]] ✨ grazie mille [[P:yuki]]"),
            (
                "c",
                "ah dimenticavo la mia amica [[P:Sveva]] [[H:@sveva.cos]] vuole un preventivo x {{W:Yae Miko}}\nposso darle il vostro contatto? il suo cell è [[T:329 4410 872]]",
            ),
            ("a", "Certo! dille di scriverci qui 😊 [[P:Yuki]]"),
        ],
    },
    {
        "business": "cosplay",
        "platform": "instagram",
        "customer": "Dmitri V.",
        "lang": "en",
        "start": "2025-02-11T21:05:00",
        "messages": [
            (
                "c",
                "hello, sorry my english not perfect. i am [[P:Dmitri Volkonskij]] from [[L:Brno]], i see your armor of {{W:Geralt}} on tiktok [[H:@forge_fan_cz]] repost it",
            ),
            (
                "c",
                "i want same but with {{W:Witcher}} medallion bigger. you ship to [[L:Czech Republic]]?",
            ),
            (
                "a",
                "Hi [[P:Dmitri]]! yes we ship to the {{W:EU}} 😊 the {{PD:White Wolf armor kit}} is {{$:€ 410}} plus {{$:€ 28}} shipping. What's your address?",
            ),
            (
                "c",
                "[[A:Kounicova 48/7]]\n[[A:602 00]] [[L:Brno]]\nname on bell [[P:Volkonskij]] / [[P:Horáková]] (my girlfriend [[P:Lenka]])",
            ),
            ("c", "phone [[T:+420 604 318 227]]"),
            (
                "a",
                "Got it, order {{O:KF-2025-0203}} is confirmed. Tracking will be {{TR:RR418220935IT}} once it leaves. [[P:Yuki]] from the team",
            ),
        ],
    },
    {
        "business": "cosplay",
        "platform": "instagram",
        "customer": "sakuraamami",
        "lang": "it",
        "start": "2025-03-01T10:40:00",
        "messages": [
            (
                "c",
                "buongiorno scrivo x mia figlia [[P:Aurora]] che ha 11 anni e vuole fare {{W:Nezuko}} a carnevale 🎎\nsono [[P:Rosa]] la mamma",
            ),
            (
                "a",
                "Buongiorno [[P:Rosa]]! che bello 😍 per le bimbe facciamo il {{PD:kimono Nezuko junior}} a {{$:95 €}}. Taglia?",
            ),
            (
                "c",
                "140 cm ma cresce tipo erba lol\ncmq il kimono {{W:rosa}} va bene, nn quello {{W:rosa}} antico quello più acceso",
            ),
            (
                "c",
                "x pagare posso fare bonifico? il mio iban è [[I:IT60 X054 2811 1010 0000 0123 456]] se serve x rimborsi",
            ),
            (
                "a",
                "Grazie, per il rimborso eventuale useremo quello. Ti mandiamo il link di pagamento. Spedizione entro il {{D:14 marzo}} 🙏 [[P:Chiara]]",
            ),
            (
                "c",
                "perfetto!! il pacco lo ritira la nonna [[P:Maria Pia Cacciapuoti]] in [[A:contrada Santa Lucia 4]], [[L:Agerola]] [[A:80051]]",
            ),
            ("a", "Annotato! {{O:KF-2025-0312}} 🎀"),
        ],
    },
    {
        "business": "cosplay",
        "platform": "instagram",
        "customer": "Oumar | props",
        "lang": "en",
        "start": "2025-03-18T16:12:00",
        "messages": [
            (
                "c",
                "yo!! collab idea?? im [[P:Oumar Diallo]], prop maker, 40k on tiktok [[U:tiktok.com/@oumarbuildsprops]]\nalso twitch [[H:oumar_builds]]",
            ),
            (
                "a",
                "Hey [[P:Oumar]]! love your {{W:Mandalorian}} helmet 🔥 what did you have in mind?",
            ),
            (
                "c",
                "a live build stream together, u do fabric i do foam. my linktree has everything [[U:https://linktr.ee/oumar.builds]]\nmy manager is [[P:Sophie Nkemelu]] [[E:sophie.nkemelu@talentbox.example.com]]",
            ),
            (
                "c",
                "she is in [[L:Lyon]] so write her in french if u can, she says « [[P:Oumar]] répond jamais à ses mails » 😂",
                "en",
            ),
            (
                "a",
                "Haha noted! We'll email [[P:Sophie]] this week. Our {{PD:Armani-style tailored coat}} build could be fun for the stream 👀",
                "en",
            ),
            ("c", "perfect bro. discord is [[H:oumarD#4417]] if easier"),
        ],
    },
    {
        "business": "cosplay",
        "platform": "instagram",
        "customer": "lele",
        "lang": "it",
        "start": "2025-04-02T23:48:00",
        "messages": [
            (
                "c",
                "raga scusate lora\nil costume di {{W:Link}} nn mi sta, le maniche sono corte di 5 cm\nordine {{O:KF-2025-0377}}",
            ),
            ("a", "Ciao! ci spiace 😕 mandaci pure una foto. Come ti chiami?"),
            (
                "c",
                "[[P:Emanuele]] ma tutti mi chiamano [[P:lele]]\ncognome [[P:Bonfiglio]]\nla foto te la manda il mio ragazzo [[P:Tiago]] dal suo profilo [[H:tiago.pvs]]",
            ),
            (
                "a",
                "Ok [[P:Emanuele]], possiamo allungarle gratis. Ce lo rispedisci? Ti mandiamo l'etichetta. [[P:Giulia]] - {{B:Kitsune Forge}}",
            ),
            (
                "c",
                "si grazie!! ah il numero x il corriere è [[T:347 81 20 396]]\nabito a [[L:Monza]] [[A:via Borgazzi 117 int 4]]",
            ),
            ("c", "pardon [[A:interno 4 scala B]], nn int 4 e basta"),
        ],
    },
    # ---------------- board game café ----------------
    {
        "business": "ludo",
        "platform": "messenger",
        "customer": "Francesca Rinaldi",
        "lang": "it",
        "start": "2025-01-10T12:05:00",
        "messages": [
            (
                "c",
                "ciao vorrei prenotare x sabato sera tavolo da 6 x giocare a {{PD:Terraforming Mars}}\na nome [[P:Rinaldi]]",
            ),
            (
                "a",
                "Ciao [[P:Francesca]]! sabato {{D:18 gennaio}} alle {{TM:20:30}} va bene? ti lascio il codice {{R:DT-4471}}",
            ),
            (
                "c",
                "perfetto\nvengono anche [[P:Beppe]], [[P:Ludo]], [[P:Zhang Wei]] e sua moglie [[P:Li Na]] e [[P:Fede]]\n[[P:ludo]] è celiaca avete snack senza glutine?",
            ),
            (
                "a",
                "Sì, abbiamo i {{PD:nachos Dado Rosso}} senza glutine 🙂 e la {{PD:pizza Margherita}} con base gluten free su richiesta",
            ),
            ("c", "top. se ritardo vi chiamo dal [[T:340-118-7725]]"),
            ("a", "Ok! A sabato. [[P:Marco]] dal bancone"),
            (
                "c",
                "ah ultima cosa, [[P:zhang]] chiede se potete scrivere un nome sulla torta, è il compleanno di [[P:li na]]\nscrivete [[P:Lina]] che qui in [[L:italia]] si fa chiamare così",
            ),
            ("a", "Certo, 'Auguri [[P:Lina]]' sulla {{PD:torta Meeple al cioccolato}} 🎂"),
        ],
    },
    {
        "business": "ludo",
        "platform": "messenger",
        "customer": "Hannah Becker",
        "lang": "en",
        "start": "2025-01-22T15:30:00",
        "messages": [
            (
                "c",
                "hi! i'm on erasmus in [[L:Padova]] from [[L:Freiburg]], do you do english game nights?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! every thursday at {{TM:21:00}} we have {{W:English Night}} 🎲 we play {{PD:Codenames}} and {{PD:Wingspan}}",
            ),
            (
                "c",
                "amazing. my flatmates want to come too: [[P:Ayesha Rahman]] and [[P:Kwame Mensah]]\nand maybe [[P:Jonas]] if he survives his exam lol",
            ),
            ("c", "Ich hoffe ihr habt auch {{PD:Die Siedler von Catan}} auf Deutsch 😅", "de"),
            (
                "a",
                "We do! the German box of {{PD:Catan}} is on shelf {{R:B-12}} 😄 see you thursday",
            ),
            ("c", "danke!! btw my insta is [[H:hannah.bckr]] if you want to tag us"),
            ("c", "and [[P:kwame]] is [[H:@kwame_plays]] on insta"),
        ],
    },
    {
        "business": "ludo",
        "platform": "messenger",
        "customer": "Gabriele Sanna",
        "lang": "it",
        "start": "2025-02-14T09:12:00",
        "messages": [
            (
                "c",
                "salve vorrei organizzare un compleanno x mio figlio [[P:Nicolò]] che fa 9 anni\nsiamo una quindicina di bambini",
            ),
            (
                "a",
                "Buongiorno [[P:Gabriele]]! per le feste abbiamo il {{PD:pacchetto Mini Meeple}} a {{$:14 € a bambino}} con merenda",
            ),
            (
                "c",
                "ok\nsarebbe il {{D:8 marzo}} pomeriggio\nposso pagare l'acconto con bonifico? fattura intestata a me [[P:Sanna Gabriele]] [[CF:BNCMRC88A12L219I]]",
            ),
            (
                "c",
                "ah no scusa quello è il cf di mio cognato [[P:Marco Bianchi]] 🤦 il mio te lo mando dopo",
            ),
            (
                "a",
                "Nessun problema, attendo il tuo. Iban del locale lo trovi in fattura {{R:FT 2025/0091}}. [[P:Elisa]]",
            ),
            (
                "c",
                "mia moglie [[P:Speranza]] ti scrive dalla sua mail [[E:speranza.pinna[at]example[dot]it]] con i nomi dei bimbi x i segnaposto",
            ),
        ],
    },
    {
        "business": "ludo",
        "platform": "messenger",
        "customer": "Raúl",
        "lang": "en",
        "start": "2025-03-05T19:44:00",
        "messages": [
            (
                "c",
                "hola, sorry, hello! my name is [[P:Raúl Fernández Ortega]], i live in [[L:Valencia]] but i am in [[L:Verona]] this week for work",
            ),
            ("c", "¿tenéis torneo de {{PD:Magic: The Gathering}} el viernes?", "es"),
            (
                "a",
                "Hi [[P:Raúl]]! yes, friday {{D:7 March}} at {{TM:20:00}}, {{W:Modern}} format, entry {{$:10 €}}",
            ),
            (
                "c",
                "great, i register. my arena name is [[H:RaulFO_Valencia]] and a friend [[P:Iker]] also, he is [[H:ikerdelmar]]",
            ),
            ("a", "Registered both 👍 ref {{R:MTG-0307-14}}"),
            ("c", "gracias! if problem my whatsapp is [[T:+34 612 48 90 33]]"),
        ],
    },
    {
        "business": "ludo",
        "platform": "messenger",
        "customer": "Bea Tortora",
        "lang": "it",
        "start": "2025-03-29T17:20:00",
        "messages": [
            (
                "c",
                "ciao ho perso un gioco da voi ieri sera\nera una scatola di {{PD:Dixit}} con scritto dentro «proprietà di [[P:Beatrice Tortora]]»",
            ),
            ("a", "Ciao [[P:Beatrice]]! sì l'abbiamo trovato 😊 è in cassa"),
            (
                "c",
                "menomale!! lo passa a prendere il mio amico [[P:Salvatore]] detto [[P:Totò]], abita in [[A:via San Francesco 31]] qui vicino",
            ),
            (
                "a",
                "Ok, lo diamo a [[P:Totò]] 😁 siamo aperti fino alle {{TM:23}}. Ci vediamo dopo la statua di {{W:San Francesco}}? ahah no scherzo, siamo sempre in {{W:piazza Garibaldi}}",
            ),
            ("c", "ahaha ok, se non c'è chiamate me [[T:0039 328 554 1190]]"),
        ],
    },
    # ---------------- football academy ----------------
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Papà di Kevin",
        "lang": "it",
        "start": "2025-01-08T07:55:00",
        "messages": [
            (
                "c",
                "buongiorno mister\nsono [[P:Luca Pellegrini]] papà di [[P:Kevin]] annata 2016\noggi nn viene ha la febbre",
            ),
            (
                "a",
                "Buongiorno [[P:Luca]], grazie per l'avviso. Riposo e buona guarigione a [[P:Kevin]]! Mister [[P:Alessio]]",
            ),
            (
                "c",
                "grazie\nposso chiedere x la visita medica? la fa il dott. [[P:Stoka]] anche quest'anno?",
            ),
            (
                "a",
                "Sì, il dott. [[P:Stoka]] è in sede il {{D:25 gennaio}} dalle {{TM:9:00}}. Serve il certificato, costo {{$:35 €}}",
            ),
            ("c", "ok grazie mister"),
        ],
    },
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Samira",
        "lang": "it",
        "start": "2025-01-15T20:10:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Samira El Amrani]] mamma di [[P:Youssef]] e [[P:Adam]]\nvoglio iscrivere tutti e due, mi scusi italiano non perfetto",
            ),
            ("a", "Buonasera signora [[P:El Amrani]], nessun problema! Quanti anni hanno?"),
            (
                "c",
                "[[P:youssef]] 10 e [[P:adam]] 7\nnoi abitiamo a [[L:Sesto San Giovanni]] [[A:viale Gramsci 210]]",
            ),
            ("c", "marito [[P:Hicham]] porta loro il sabato, suo numero\n[[T:+39 351\n227 4061]]"),
            (
                "a",
                "Perfetto. Quota {{$:280 € a stagione}}, per fratelli {{$:480 €}} in due. Ci serve il codice fiscale dei bimbi per l'iscrizione",
            ),
            (
                "c",
                "ok domani mando foto tessera sanitaria\nper fattura metto il mio [[CF:RSSGLI92H47F205K]]? è quello di mia collega [[P:Giulia Russo]] che mi aiuta col modulo 😅 no sbaglio aspetta",
            ),
            (
                "a",
                "Tranquilla, ci mandi solo i suoi dati quando ha tutto 🙂 [[P:Sara]] - segreteria",
            ),
        ],
    },
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Mike Donovan",
        "lang": "en",
        "start": "2025-02-20T13:33:00",
        "messages": [
            (
                "c",
                "hi there, we just moved to [[L:Bergamo]] from [[L:Manchester]] and my son [[P:Ollie]] (8) is football mad ⚽\nany space in your under 9s?",
            ),
            (
                "a",
                "Hi [[P:Mike]]! yes we have 2 spots left in the {{W:Pulcini}} group. Training tue/thu {{TM:17:30}} at {{W:Stadio Brumana}}",
            ),
            (
                "c",
                "brilliant. he supports {{W:Man United}} so go easy on him lol\nmy [[L:UK]] number is [[T:+44 7700 900 418]] and my wife [[P:Claire]] uses [[T:(035) 412 8876]] at the flat",
            ),
            (
                "c",
                "our address is [[A:via Pignolo 58]], [[A:24121]] [[L:Bergamo]] - buzz [[P:Donovan]]",
            ),
            ("a", "Thanks! I'll email the forms. Which email?"),
            ("c", "[[E:mike dot donovan at example dot co dot uk]]\nno spaces obviously lol"),
            (
                "c",
                "oh and [[P:Ollie]]'s best mate from school [[P:Riccardo]] wants to try too\nhis mum is [[P:Alessandra Cortesi]], [[E:ale.cortesi@example.it]]",
            ),
        ],
    },
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "nonna Pina",
        "lang": "it",
        "start": "2025-03-12T16:02:00",
        "messages": [
            (
                "c",
                "Buonasera sono la nonna di [[P:Tommaso Ferrari]] e [[P:Gabriele]]\n[[P:Tommy]] ha lasciato la borraccia della {{B:Juventus}} ieri al campo",
            ),
            (
                "a",
                "Buonasera! L'abbiamo trovata, c'è scritto [[P:TOMMY F.]] sopra 😊 gliela ridiamo giovedì",
            ),
            (
                "c",
                "grazie tante. io sono [[P:Giuseppina]] ma mi chiamano tutti [[P:Pina]]\nil mio telefono di casa è [[T:02/ 4471 2286]]",
            ),
            (
                "c",
                "e poi volevo dire che il torneo di {{W:San Giuseppe}} lo facciamo? che mio nipote ci tiene",
            ),
            (
                "a",
                "Sì! torneo di {{W:San Giuseppe}} il {{D:19 marzo}}, ritrovo {{TM:8:45}}. Saluti, [[P:Davide]]",
            ),
        ],
    },
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Ana Kovač",
        "lang": "en",
        "start": "2025-04-09T18:50:00",
        "messages": [
            (
                "c",
                "hello coach, [[P:ana]] here, mother of [[P:Luka Kovač]] (2014)\nwe go back to [[L:Zagreb]] for easter, he miss 2 trainings",
            ),
            (
                "a",
                "Hi [[P:Ana]], no problem, have a good trip! Remember the {{PD:Bomber Camp}} summer form is due {{D:30 April}}",
            ),
            (
                "c",
                "yes i fill online, the site asked email i put [[E:ana.kovac84@example.hr]]\nand paid with card [[C:4539 5712 3498 7651]] is ok? no confirmation",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 I see the payment {{R:PAY-88213}} went through. [[P:Sara]]",
            ),
            (
                "c",
                "ah sorry!! ok thank you [[P:sara]]\nalso [[P:luka]] friend [[P:Marko Petrović]] want to join camp, his dad is [[P:Goran]] [[T:+385 91 554 2019]]",
            ),
        ],
    },
    # ---------------- podcast freelancer ----------------
    {
        "business": "podcast",
        "platform": "telegram",
        "customer": "Valerio",
        "lang": "it",
        "start": "2025-01-13T11:00:00",
        "messages": [
            (
                "c",
                "ciao [[P:Irene]]! sono [[P:Valerio Mancuso]] mi ha dato il tuo contatto [[P:Dario]] di {{B:Radio Nebbia}}\nho un podcast di true crime '{{PD:Ombre sul Po}}' e cerco editing",
            ),
            (
                "a",
                "Ciao [[P:Valerio]]! piacere 🙂 faccio editing + mix a {{$:60 € a puntata}} fino a 45 min. Mi mandi un episodio di prova?",
            ),
            (
                "c",
                "certo ti giro il wetransfer. intanto il mio tg è [[H:@valemancu]] e il canale youtube [[U:youtube.com/@ombresulpo_valerio]]",
            ),
            (
                "c",
                'nella puntata 3 parliamo di un caso vero quindi i nomi li ho cambiati, tipo "zia [[P:Carmela]]"... quello è il nome vero di mia zia che fa la voce narrante in realtà lol',
            ),
            ("a", "Ok! Per la fattura mi servono ragione sociale o CF/P.IVA"),
            (
                "c",
                "partita iva [[V:02847360522]] intestata a me, studio a [[A:strada Valle Grande 7]], [[A:loc. Boschetto]], [[L:Chivasso]] [[A:10034]]",
            ),
            ("a", "Perfetto, ti mando la bozza fattura {{R:IV-2025-007}}. [[P:Irene]]"),
        ],
    },
    {
        "business": "podcast",
        "platform": "telegram",
        "customer": "priya_talks",
        "lang": "en",
        "start": "2025-02-02T08:30:00",
        "messages": [
            (
                "c",
                "hi [[P:irene]], [[P:Priya Raghunathan]] here, we spoke on linkedin\nmy show is '{{PD:Chai & Chaos}}' and i record with my cohost [[P:Arjun]] from [[L:Pune]] while im in [[L:Milan]]",
            ),
            (
                "a",
                "Hi [[P:Priya]]! yes I remember. Remote recording with lag? I can fix sync. {{$:75 €}} per episode with two tracks",
            ),
            (
                "c",
                "great. [[P:arjun]]'s full name for the credits: [[P:Arjun Venkataraman]], spelled [[P:V-E-N-K-A-T-A-R-A-M-A-N]]\nhe is [[H:arjun.v_pod]] on insta",
            ),
            ("c", "my site is [[U:www.priyaraghunathan.com]] you can take the logo from there"),
            ("a", "Lovely. For payment: do you prefer IBAN or paypal?"),
            (
                "c",
                "i pay from my [[L:german]] account still, [[I:DE86 5001 0517 5408 7126 33]], name [[P:P. Raghunathan]]",
            ),
            ("a", "Received the transfer, thanks 🙏 [[P:Irene]] from {{B:Onda Lunga Audio}}"),
        ],
    },
    {
        "business": "podcast",
        "platform": "telegram",
        "customer": "CalcioParlato",
        "lang": "it",
        "start": "2025-02-25T22:15:00",
        "messages": [
            (
                "c",
                "ciao [[P:irene]] urgente!! puntata di domani sul derby ha un problema di audio\nio [[P:Stefano]] e [[P:Checco]] ci sovrapponiamo",
            ),
            (
                "a",
                "Ciao [[P:Stefano]]! mandami le tracce separate, ci lavoro stanotte. Chi è [[P:Checco]] sulla traccia 2?",
            ),
            (
                "c",
                "si traccia 2 è [[P:Francesco Lo Iacono]] alias [[P:Checco]]\ntraccia 3 l'ospite [[P:Bianca De Santis]] che parla del {{W:Milan}} femminile",
            ),
            (
                "c",
                "ah e nella puntata nominiamo {{W:Zlatan}} e {{W:Maldini}} ovviamente ma quelli sono pubblici 😂",
            ),
            ("a", "Ahah certo. Pronto per le {{TM:7:00}}. Lo carico su {{B:Spreaker}}?"),
            (
                "c",
                "si! login [[E:calcioparlato.podcast@example.it]] la pw te la manda [[P:checco]] in privato su tg, è [[H:@checco_li]]",
            ),
        ],
    },
    {
        "business": "podcast",
        "platform": "telegram",
        "customer": "Thandiwe",
        "lang": "en",
        "start": "2025-03-20T14:45:00",
        "messages": [
            (
                "c",
                "hey! [[P:Thandiwe Mokoena]] here, I run a small audio drama from [[L:Cape Town]], found you via [[P:Hope]]",
            ),
            ("c", "[[P:Hope Adeyemi]] i mean, she was your client last year"),
            ("a", "Oh, [[P:Hope]]! yes, lovely project. What do you need?"),
            (
                "c",
                "sound design for 6 episodes, my budget is like {{$:500 USD}} total 😬\nalso one actor [[P:Will Carrington]] recorded in a bathroom lol, can you fix reverb?",
            ),
            (
                "a",
                "I will try, {{W:hope}} dies last 😄 send me a sample. I'd say {{$:90 €}} per ep for full design",
            ),
            (
                "c",
                "ok deal. my email [[E:thandi(at)mokoenaaudio(dot)example]] and whatsapp [[T:+27 82 519 3046]]",
            ),
            (
                "c",
                "also pls credit my co-writer [[P:Sipho Dlamini]] and the narrator [[P:Grace]]\njust [[P:Grace]] pls, no surname, she is shy lol",
            ),
        ],
    },
    {
        "business": "podcast",
        "platform": "telegram",
        "customer": "Noemi B",
        "lang": "it",
        "start": "2025-04-14T10:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Noemi Barbieri]] faccio un podcast di cucina '{{PD:Mestoli}}' con la mia nonna [[P:Adelina]]\nregistriamo in casa sua a [[L:Fiorenzuola d'Arda]] c'è il frigo che ronza",
            ),
            ("a", "Ciao [[P:Noemi]]! il ronzio si toglie facile 😉 quante puntate?"),
            (
                "c",
                "8\nparliamo di {{PD:Grana Padano}} {{PD:Prosecco}} {{PD:culatello di Zibello}} ecc\nla nonna dice sempre 'chiedete a [[P:Ernesto]] il macellaio' e lo nomina 40 volte 😂 va tagliato?",
            ),
            (
                "a",
                "Lo lascio, è parte del charme! Per pagamento bonifico su IBAN che ti mando. [[P:Irene]]",
            ),
            (
                "c",
                "ok, la fattura a nome dell'associazione, p.iva [[V:11938500375]]\nla mail è [[E:noemi.barbieri chiocciola example punto it]]",
            ),
        ],
    },
    # ---------------- vinyl shop ----------------
    {
        "business": "vinili",
        "platform": "messenger",
        "customer": "Roberto Giordano",
        "lang": "it",
        "start": "2025-01-18T17:00:00",
        "messages": [
            ("c", "buonasera avete la prima stampa di {{PD:Crêuza de mä}} di {{W:De André}}?"),
            (
                "a",
                "Buonasera [[P:Roberto]]! abbiamo una {{PD:Ricordi 1984}} in condizioni VG+ a {{$:85 €}}",
            ),
            (
                "c",
                "la prendo. me la spedite? [[A:corso Vittorio Emanuele II 44]] a [[L:Savona]]... no aspetta quello è il negozio di mio fratello [[P:Paolo]]",
            ),
            (
                "c",
                "a casa mia: [[A:via Montenotte 9/3]] [[A:17100]] [[L:Savona]], [[P:Giordano R.]] sul campanello",
            ),
            (
                "a",
                "Ok! spedizione {{$:7,90 €}}, tracking {{TR:3SDOC81234567}}. Grazie, [[P:Nico]] di {{B:Solco 33}}",
            ),
            ("c", "grazie [[P:nico]]. ps salutami [[P:lorenza]] la tua socia"),
        ],
    },
    {
        "business": "vinili",
        "platform": "instagram",
        "customer": "yas.mine.dig",
        "lang": "en",
        "start": "2025-02-06T20:20:00",
        "messages": [
            (
                "c",
                "hiii do you have anything by {{W:Fela Kuti}} or {{W:Ebo Taylor}}?? im [[H:yas.mine.dig]] i'm a DJ here in [[L:Bologna]]",
            ),
            (
                "a",
                "Hi! we have {{PD:Zombie}} reissue ({{$:32 €}}) and an original {{PD:Love and Death}} ({{$:140 €}}) 🔥",
            ),
            (
                "c",
                "omg both. my name for the order is [[P:Yasmine Haddad]]\nmy soundcloud [[U:soundcloud.com/yasmine-haddad-dj]] if u want to hear my sets hehe",
            ),
            (
                "c",
                "i'll pick up saturday with my friend [[P:Chen Xiaolin]], she's [[H:@xiaolin.wav]]",
            ),
            ("a", "Reserved under {{R:RES-0208}} 🙌 see you saturday! [[P:Nico]]"),
        ],
    },
    {
        "business": "vinili",
        "platform": "messenger",
        "customer": "Felice Amato",
        "lang": "it",
        "start": "2025-02-27T11:11:00",
        "messages": [
            (
                "c",
                "salve\nho ereditato la collezione di dischi di mio padre [[P:Felice]] buonanima, circa 600 lp jazz\nvi interessa?",
            ),
            ("a", "Buongiorno, condoglianze. Sì, valutiamo volentieri! Dove si trovano i dischi?"),
            (
                "c",
                "a casa di mia madre [[P:Concetta]] in [[A:via Tiziano 15]] a [[L:Rosa]], vicino a [[L:Bassano]]\nsi chiama proprio [[L:Rosa]] il paese ahah",
            ),
            (
                "c",
                "io sono [[P:Felice]] anche io come lui, [[P:Felice Amato]] jr\nnumero [[T:0424.581.302]]",
            ),
            (
                "a",
                "Perfetto, posso passare martedì {{D:4 marzo}} verso le {{TM:15}}. Sarò io, [[P:Lorenza]], con il furgone",
            ),
            (
                "c",
                "va bene. ci sono anche dei {{W:Miles Davis}} e {{W:Coltrane}} che mio papà adorava, siamo felici se vanno a qualcuno che li ama. {{W:felice}} giornata",
            ),
        ],
    },
    {
        "business": "vinili",
        "platform": "messenger",
        "customer": "Jürgen Maier",
        "lang": "en",
        "start": "2025-03-16T09:40:00",
        "messages": [
            (
                "c",
                'Guten Tag, i write in english. i search {{W:Italo Disco}} 12" original, {{PD:Gazebo - I Like Chopin}} maybe?',
                "en",
            ),
            (
                "a",
                "Hi! yes, {{PD:Gazebo I Like Chopin}} Baby Records 1983, {{$:45 €}}. Shipping to [[L:Germany]] {{$:18 €}}",
            ),
            (
                "c",
                "super. please send to [[P:Jürgen Maier]], [[A:Lindenstraße 23a]], [[A:80469]] [[L:München]]\nmy email [[E:j.maier.vinyl@example.de]]",
            ),
            (
                "c",
                "Bitte gut verpacken, letztes Mal kam eine Platte aus {{W:Italien}} zerbrochen an 😢",
                "de",
            ),
            (
                "a",
                "Don't worry, double boxed! Order {{O:S33-1093}}, tracking {{TR:00340434161094027318}} tomorrow. [[P:Lorenza]]",
            ),
            ("c", "danke [[P:Lorenza]]! my discogs is [[H:juergen_m_muc]] i leave good feedback"),
        ],
    },
    {
        "business": "vinili",
        "platform": "instagram",
        "customer": "cla_brividi",
        "lang": "it",
        "start": "2025-04-05T18:18:00",
        "messages": [
            (
                "c",
                "ciaooo il mio ragazzo [[P:Pietro]] compie gli anni e vorrei regalargli il vinile di {{PD:Mina - Le migliori}} autografato se ce l'avete? 🥹",
            ),
            (
                "a",
                "Ciao! autografato no purtroppo 😅 ma abbiamo {{PD:Mina Celentano Le migliori}} nuovo a {{$:29,90 €}}",
            ),
            (
                "c",
                "ok va bene lo stesso\nsono [[P:Claudia Lombardo]] ma su ig sono [[H:cla_brividi]]\nnon ditelo a [[P:pietro]] che lui vi segue [[H:@pietro.groove]] 🤫",
            ),
            ("c", "lo pago con carta [[C:5522-4100-9876-5430]] al telefono o in negozio?"),
            (
                "a",
                "Meglio in negozio o col link sicuro, mai carta in chat 🙏 Te lo teniamo fino a {{D:sabato 12}}. [[P:Nico]]",
            ),
            ("c", "ok scusate 🙈 passo io con mia cugina [[P:Benedetta]] sabato"),
        ],
    },
    # ---------------- 3D printing ----------------
    {
        "business": "stampa3d",
        "platform": "whatsapp",
        "customer": "Andrea Colombo",
        "lang": "it",
        "start": "2025-01-21T10:30:00",
        "messages": [
            (
                "c",
                "buongiorno, mi serve stampare un pezzo di ricambio x la lavatrice {{B:Candy}}, vi mando lo stl\nsono [[P:Andrea Colombo]]",
            ),
            ("a", "Buongiorno [[P:Andrea]]! in {{PD:PETG nero}} viene {{$:18 €}}, pronto domani"),
            (
                "c",
                "perfetto\nse vengo alle {{TM:18:30}} c'è qualcuno? altrimenti passa mia moglie [[P:Vittoria]]",
            ),
            (
                "a",
                "Sì fino alle {{TM:19}}. Siamo in {{W:via Leonardo da Vinci}} vicino al {{B:Carrefour}}, non si può sbagliare 😉 [[P:Matteo]]",
            ),
            (
                "c",
                "ok, per la fattura [[P:Colombo Andrea]] [[CF:FRRSFN01T58H501M]]... no aspetta è di mia nipote [[P:Stefania Ferraris]] che mi ha girato il modulo lol",
            ),
            (
                "a",
                "Nessun problema, la intestiamo a lei se serve. Ci manda l'indirizzo di residenza?",
            ),
            ("c", "[[A:via Cadorna 3]], [[A:20831]] [[L:Seregno]]"),
        ],
    },
    {
        "business": "stampa3d",
        "platform": "whatsapp",
        "customer": "Tarek",
        "lang": "en",
        "start": "2025-02-09T15:15:00",
        "messages": [
            (
                "c",
                "hi bro, im [[P:Tarek Saleh]], i make mods for {{PD:Warhammer 40k}} and need 30 minis resin print\nsteam [[H:tarek_the_painter]] xbox [[H:TarekPaints 77]] if u wanna see my stuff lol",
            ),
            (
                "a",
                "Hey [[P:Tarek]]! for resin minis we charge {{$:4 €}} each at 28mm, files must be licensed though 🙂",
            ),
            (
                "c",
                "ye i bought them on my patreon from [[P:Kasia Nowak]], she is a sculptor in [[L:Kraków]] [[U:patreon.com/kasianowaksculpts]]",
            ),
            (
                "c",
                "deliver to my friend place, [[P:Dawit Bekele]], [[A:via Nizza 142]] [[L:Torino]] [[A:10126]]\ni stay with him this month",
            ),
            (
                "a",
                "Great, order {{O:SZ-25-0214}}, shipping code {{TR:IT7300125847321}}. [[P:Matteo]]",
            ),
            ("c", "thx man. psn is [[H:Tarek-Saleh_90]] if u play {{PD:Elden Ring}} haha"),
            (
                "c",
                "also my cousin [[P:Nour]] in [[L:Beirut]] wants 5 minis, u ship to [[L:Lebanon]]?",
            ),
            (
                "a",
                "We can, customs may take a while though. Tell [[P:Nour]] to message us directly 👍",
            ),
        ],
    },
    {
        "business": "stampa3d",
        "platform": "whatsapp",
        "customer": "Prof. Galli",
        "lang": "it",
        "start": "2025-03-03T08:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono la prof.ssa [[P:Ornella Galli]] dell'istituto {{W:Galileo Galilei}}\nvorremmo far stampare i modelli dei ragazzi per la fiera della scienza",
            ),
            ("a", "Buongiorno professoressa! con piacere, quanti pezzi sono?"),
            (
                "c",
                "12 modelli. i file li manda il collega prof. [[P:Aldo Benvenuto]] dalla mail [[E:a.benvenuto@scuola-example.it]]\nreferente alunni [[P:Sofia]] e [[P:Gioele Marchetti]]",
            ),
            (
                "a",
                "Ok! preventivo {{R:PRV-0303-12}}: {{$:160 €}} in {{PD:PLA bianco}}. Intestazione scuola?",
            ),
            (
                "c",
                "sì certo la segreteria vi manda i dati. il mio cell è [[T:333 902 4417]] x urgenze",
            ),
            (
                "c",
                "ah dimenticavo, un modello è la statua di {{W:Sant'Ambrogio}} x la festa, la vogliono oro",
            ),
        ],
    },
    {
        "business": "stampa3d",
        "platform": "whatsapp",
        "customer": "Lukas",
        "lang": "en",
        "start": "2025-03-26T19:00:00",
        "messages": [
            (
                "c",
                "hey, i run a small etsy shop of lamps, [[U:lukasmeyerlights.etsy.com]], i want a print partner in {{W:italy}}\nim [[P:Lukas Meyer]] from [[L:Zürich]]",
            ),
            ("a", "Hi [[P:Lukas]]! sounds great. Volumes per month?"),
            (
                "c",
                "about 40 shades, {{PD:Voronoi lamp}} design\nmy studio address for samples: [[A:Langstrasse 112]], [[A:8004]] [[L:Zürich]]",
            ),
            (
                "c",
                "j'habite aussi à [[L:Lausanne]] le weekend chez ma copine [[P:Élodie]] 😅 but send to [[L:zürich]]",
                "fr",
            ),
            (
                "a",
                "Ha, noted. For B2B we need your VAT. Which IP did you log in from? our portal flagged [[IP:185.44.210.67]] as suspicious",
            ),
            (
                "c",
                "yes that's my office vpn, also my home is [[IP:2a02:1210:4c3f:9e00::1b]]\nVAT CHE is coming by email",
            ),
        ],
    },
    {
        "business": "stampa3d",
        "platform": "whatsapp",
        "customer": "Giorgia Ferrero",
        "lang": "it",
        "start": "2025-04-11T12:40:00",
        "messages": [
            (
                "c",
                "ciao! mi chiamo [[P:Giorgia Ferrero]] (si come i {{B:Ferrero Rocher}} ma niente parentela 😂)\nvorrei un portachiavi per mio marito [[P:Ivo]]",
            ),
            ("a", "Ciao [[P:Giorgia]]! 😄 che nome?"),
            (
                "c",
                "uno con scritto '[[P:Ivo]] & [[P:Gio]]' e un cuoricino, mi chiama [[P:Gio]] solo lui\ncolore {{W:verde}} salvia se c'è",
            ),
            ("a", "Sì! {{PD:portachiavi personalizzato}} {{$:6 €}} l'uno. Spedisco o ritiri?"),
            (
                "c",
                "spedisci pls [[A:frazione Cascine Vica]] [[A:via Lombardia 8]] [[L:Rivoli]] [[A:10098]]\nse nn ci sono lascia al vicino sig. [[P:Quaglia]]",
            ),
            ("a", "Perfetto, ordine {{O:SZ-25-0411}} 💚 [[P:Matteo]]"),
        ],
    },
    # ---------------- extra: board game café tournament ----------------
    {
        "business": "ludo",
        "platform": "messenger",
        "customer": "Kappa Clan",
        "lang": "it",
        "start": "2025-04-18T21:30:00",
        "messages": [
            (
                "c",
                "ehi raga sono [[P:Jacopo]] del clan discord 'Kappa', volevamo iscriverci al torneo di {{PD:Mario Kart}} di venerdì\nvi mando la lista cognome nome + tag",
            ),
            (
                "c",
                "[[P:Moretti Jacopo]] - [[H:jacopino_kappa]]\n[[P:Nguyen Thi Lan]] - [[H:LanLan.exe]]\n[[P:Dell'Acqua Fabrizio]] - [[H:fabrix_88]]\n[[P:Okafor Chidi]] - [[H:ChidiKartKing]]",
            ),
            (
                "c",
                "ah e [[P:Mirko]] che nn ha discord ma su twitch è [[H:mirko_nonmollare]]\nsu telegram [[H:@mirkooo_tg]]",
            ),
            (
                "a",
                "Ciao [[P:Jacopo]]! iscritti tutti e 5 🏁 quota {{$:8 €}} a testa, inizio {{TM:21:00}}. Il torneo è aperto anche a {{PD:Super Smash Bros}} dopo",
            ),
            (
                "c",
                "top!! [[P:lan]] chiede se può portare la sua switch, e [[P:chidi]] porta il volante lol",
            ),
            ("a", "Certo 😄 ah, serve un referente con numero per il regolamento"),
            ("c", "metti me, [[T:+39 389 \n 610 7752]] (scusa mi è partito l'invio)"),
            (
                "c",
                "mail di backup [[E:jacopo.moretti.kappa@example.it]]\nse non rispondo scrivete a mia sorella [[P:Ginevra]], lei è sempre online [[H:@gine.moretti]]",
            ),
            (
                "a",
                "Perfetto, codice squadra {{R:MK-KAPPA-05}}. [[P:Elisa]] dal {{B:Dado Tratto}} 🎲",
            ),
            (
                "c",
                "grazie [[P:elisa]]!! ps il nostro server ha l'IP [[IP:93.41.187.22]] se volete fare la diretta da noi",
            ),
        ],
    },
    # ---------------- extra: cosplay US commission ----------------
    {
        "business": "cosplay",
        "platform": "instagram",
        "customer": "kayla.crafts.cos",
        "lang": "en",
        "start": "2025-04-22T02:10:00",
        "messages": [
            (
                "c",
                "hiii!! sorry for the late msg, time zones 😅 im [[P:Kayla Brooks-Whitfield]], that's [[P:B-R-O-O-K-S dash W-H-I-T-F-I-E-L-D]] for the invoice",
            ),
            (
                "c",
                "i want the {{PD:Frieren mage robe}} for {{W:Anime Expo}}\nmy friend [[P:Destiny]] ordered from u last year and loved it",
            ),
            (
                "a",
                "Hi [[P:Kayla]]! 💜 the robe is {{$:260 €}}, international shipping to the [[L:US]] {{$:45 €}}. Can you send your address and a phone for the courier?",
            ),
            (
                "c",
                "[[A:2231 W Belmont Ave, Apt 3F]]\n[[L:Chicago]], [[L:IL]] [[A:60618]]\nphone [[T:(773) 555-0148]]",
            ),
            (
                "c",
                "oh and my stream is [[U:twitch.tv/kaylacraftscos]] i'll shout you out!! my bf [[P:Marcus]] does the camera, he's [[H:marcus_on_cam]] on tiktok",
            ),
            (
                "a",
                "Amazing, thank you! Order {{O:KF-2025-0455}}. We'll ship by {{D:May 20}}. [[P:Yuki]] 🦊",
            ),
            (
                "c",
                "wait one more thing, can u write the name of my mom [[P:Rose]] inside the collar? she passed last year and she got me into anime 🥲",
            ),
            (
                "a",
                "Of course, we'll embroider [[P:Rose]] inside in {{W:rose}} gold thread 💜 [[P:Yuki]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(109, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
