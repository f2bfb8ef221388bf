# ruff: noqa: E501
"""Hand-written blind test corpus no. 113 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, phone
number, e-mail, address and account is invented. The checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum (IBAN check digits,
Italian CIN, Luhn, codice fiscale check letter) and pasted here as literals.

Markup (see ``handwritten_markup.py``): ``[[CODE:value]]`` is a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (orders, prices, products, brands,
dates, times, tracking codes, ordinary words and public places, references).

The six invented businesses: a bike repair and rental shop in Trento, an online shop of
handmade ceramics from Caltagirone, a dog groomer in Bologna, a language school for adults in
Milan, a wedding photographer in Puglia and a craft brewery with home delivery in Udine.

Regenerate with ``.venv/bin/python make_handwritten113_corpus.py``; the output is
byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten113_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "bici": "Ciclofficina Dal Bosco",
    "ceramiche": "Le Maioliche di Nunzia",
    "toeletta": "Pelo & Coccole Toelettatura",
    "lingue": "Babel Lab Milano",
    "foto": "Vito Lorusso Fotografo",
    "birra": "Birrificio Cjase di Toni",
}
PAGE_IDS: dict[str, str] = {
    "bici": "713910482015337",
    "ceramiche": "713910590224618",
    "toeletta": "713910601873452",
    "lingue": "713910734510962",
    "foto": "713910845127703",
    "birra": "713910958340271",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- bici (Trento)
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Matteo Zanon",
        "lang": "it",
        "start": "2025-03-10T08:42:00",
        "messages": [
            (
                "c",
                "ciao volevo prenotare 2 ebike x sabato {{D:15 marzo}} siamo io e la mia ragazza [[P:Chiara]] 🚴‍♂️ arriviamo da [[L:Verona]] in treno",
            ),
            (
                "a",
                "Ciao [[P:Matteo]]! Per sabato abbiamo ancora due {{PD:Haibike Trekking 6}}, {{$:45 €}} al giorno cad. Mi lasci un numero e una mail x la conferma? [[P:Luca]] - {{B:Ciclofficina Dal Bosco}}",
            ),
            ("c", "si il mio è [[T:347 218 9043]]\nmail [[E:matte.zanon88@example.it]]"),
            ("c", "ah e chiara è alta 1.60 serve la taglia S 😅"),
            (
                "a",
                "Perfetto, prenotazione {{R:DB-2291}} per il {{D:15/03}} alle {{TM:9:30}}. Ritiro in negozio, a due passi da {{W:piazza Duomo}}. Porta un documento tu e anche [[P:Chiara]]",
            ),
            (
                "c",
                "ok top grazie!! ci vediamo sabato 👍 vi taggo nelle storie sono [[H:matte_zanon]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Anneke de Vries",
        "lang": "en",
        "start": "2025-07-18T16:05:00",
        "messages": [
            (
                "c",
                "hello, we are 4 persons staying in [[L:Levico Terme]] for one week, we want to rent bikes to go around the lake. is possible delivery to the camping?",
            ),
            (
                "a",
                "Hi [[P:Anneke]], yes we deliver within 20 km of {{W:Trento}}. Which campsite and on which days?",
            ),
            (
                "c",
                "camping is [[A:Via Pleina 5, pitch 112]], [[A:38056]] [[L:Levico]]. we arrive {{D:2 august}}\nmy husband [[P:Joost]] wants a mountainbike, me and the kids normal bikes. kids are [[P:Femke]] (9) and [[P:Sem]] (12)",
            ),
            (
                "a",
                "Great. 1 MTB + 1 trekking + 2 junior bikes for 7 days = {{$:390 €}}. Booking ref {{R:DB-2307}}. Can I have a phone number for the delivery?",
            ),
            ("c", "[[T:+31 6 4182 7390]] whatsapp ok\nor email [[E:anneke.devries@example.nl]]"),
            ("c", "dank je wel... sorry, I mean thank you! 😊 [[P:joost]] says also thank you"),
            (
                "a",
                "You're welcome! Our courier [[P:Stefano]] will call you on the morning of the 2nd.",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "instagram",
        "customer": "giada.trentina",
        "lang": "it",
        "start": "2025-04-08T17:20:00",
        "messages": [
            (
                "c",
                "ciao ho portato la mia bici da voi martedì x cambio catena e freni, è pronta? a nome [[P:Giada Pedrotti]]",
            ),
            (
                "a",
                "Ciao [[P:Giada]]! Sì, scheda {{R:OFF-0418}}: catena {{PD:Shimano CN-HG601}} e pastiglie nuove, totale {{$:68,50 €}}. Puoi passare da domani dopo le {{TM:15}}",
            ),
            (
                "c",
                "nn posso passa mio papà [[P:Renzo]] va bene?\ncmq mi fate la fattura? sono libera professionista p.iva [[V:05622140225]]",
            ),
            ("a", "Certo, ci servono anche codice fiscale e indirizzo di fatturazione"),
            (
                "c",
                "cf [[CF:PDRGDI94M54L378G]]\nmandala a [[E:giada.pedrotti.grafica@example.it]] (è anche sul mio sito [[U:giadapedrotti-design.it]])\n[[A:via Santa Croce 41]] [[A:38122]] [[L:Trento]]",
            ),
            ("a", "Perfetto, fattura pronta al ritiro, la diamo a tuo papà. Ciao e grazie!"),
            ("c", "grazie mille 🙏"),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Tomasz Wiśniewski",
        "lang": "en",
        "start": "2025-06-02T13:11:00",
        "messages": [
            (
                "c",
                "hi, my bike broke near [[L:Mezzolombardo]] 😩 rear wheel, 3 spokes broken. can you help? I am cycling from [[L:Kraków]] to [[L:Rome]]",
            ),
            (
                "a",
                "Hi [[P:Tomasz]], oh no! Can you get to the shop? We're open until {{TM:19:00}}. If not, send me where you are",
            ),
            (
                "c",
                "i am at a bar in [[A:Via Rotaliana 17]], cannot walk much with bags. my number is [[T:+48 512 884 207]]",
            ),
            (
                "a",
                "Ok, il mio collega [[P:Ivan]] passa col furgone tra un'ora. Sorry: my colleague [[P:Ivan]] comes with the van in 1 hour 😊",
            ),
            (
                "c",
                "grazie mile!! io parlo poco italiano, mia nonna era di [[L:Gorizia]] 😅 il mio viaggio è su [[U:instagram.com/tomek.bikepacking]]",
                "it",
            ),
            (
                "a",
                "Bravissimo! Ruota posteriore nuova {{PD:Mavic Aksium}} {{$:129 €}}, lavoro incluso. Paghi con carta?",
                "it",
            ),
            ("c", "yes card [[C:4539 1488 0343 6426]]"),
            (
                "a",
                "Please don't send card numbers here 🙏 pay with the POS when [[P:Ivan]] arrives.",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "telegram",
        "customer": "Bobo",
        "lang": "it",
        "start": "2025-05-12T21:47:00",
        "messages": [
            (
                "c",
                "ei raga sono [[P:Roberto Gaio]] ma tutti mi chiamano [[P:Bobo]] 😂 volevo sapere se noleggiate bici x un addio al celibato, siamo in 12, il {{D:7 giugno}}",
            ),
            (
                "a",
                "Ciao [[P:Roberto]]! Sì, per gruppi facciamo il tour {{PD:Sentiero dei Vini}} in {{PD:ebike Cube Reaction}}, {{$:55 €}} a testa, degustazione di {{PD:Teroldego}} inclusa",
            ),
            (
                "c",
                "top!! lo sposo è [[P:Nicola]] detto il [[P:Nik]] ahah nn deve sapere niente\nx i dettagli scrivi anche a mio cugino [[P:Damiano]] [[H:@dami_rovereto]] o al [[T:339.442.1870]]",
            ),
            (
                "c",
                "la caparra la faccio io con bonifico dal mio conto [[I:IT43 O030 6911 8840 0004 7291 356]] ve lo scrivo così sapete da dove arriva",
            ),
            (
                "a",
                "Grazie, basta la causale {{R:GRUPPO-0607}} 😄 Ti mandiamo il preventivo stasera, a che mail?",
            ),
            (
                "c",
                "[[E:roberto.gaio@example.it]] oppure a [[P:dami]] [[E:damiano_gaio@example.com]]",
            ),
            ("a", "Ricevuto, preventivo inviato a tutti e due 👍 [[P:Luca]]"),
            ("c", "grande [[P:luca]] 💪"),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Hamid Rezaei",
        "lang": "it",
        "start": "2025-09-23T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Hamid Rezaei]], studente di dottorato a [[L:Povo]], provo a prenotare la bici in abbonamento dal vostro sito ma dice errore",
            ),
            ("a", "Buongiorno [[P:Hamid]]! Che messaggio vede? Ci scrive la mail dell'account?"),
            (
                "c",
                "[[E:hamid.rezaei chiocciola example punto org]]\ndice 'too many requests from [[IP:193.205.194.77]]' credo è la rete dell'università",
            ),
            (
                "a",
                "Sì, è l'indirizzo dell'ateneo, lo sblocchiamo, e anche [[IP:2001:760:2e01:4a::1b7]] che risulta dal suo telefono. L'abbonamento {{PD:Semestre Studenti}} è {{$:120 €}}, bici {{PD:Bianchi Spillo}}",
            ),
            (
                "c",
                "perfetto. io sono di [[L:Isfahan]], in [[L:Iran]] uso molto bici 😊 mio numero [[T:+39 351 902 4418]]",
            ),
            (
                "a",
                "Fatto! Codice abbonamento {{R:ABB-S25-114}}, ritiro quando vuole. [[P:Elisa]] - Ciclofficina",
            ),
        ],
    },
    # ---------------------------------------------------------------- ceramiche (Caltagirone)
    {
        "business": "ceramiche",
        "platform": "instagram",
        "customer": "lauretta_deco",
        "lang": "it",
        "start": "2025-02-14T19:30:00",
        "messages": [
            ("c", "ciaoo ho visto la {{PD:testa di moro}} blu 30cm, la spedite a [[L:Cuneo]]?? 😍"),
            (
                "a",
                "Ciao! Sì spediamo in tutta {{W:Italia}}, {{$:12 €}} di spedizione. La testa di moro {{W:blu cobalto}}? È {{$:89 €}}",
            ),
            (
                "c",
                "si quella!! allora mi chiamo [[P:Laura Giordanengo]] [[A:corso Nizza 58]] [[A:12100]] [[L:Cuneo]]\ncitofono [[P:Giordanengo-Bessone]]",
            ),
            ("c", "ah e cell [[T:333 91 02 774]]"),
            (
                "a",
                "Perfetto [[P:Laura]], ordine {{O:MN-10482}} registrato. Pagamento con PayPal o bonifico?",
            ),
            (
                "c",
                "paypal a [[E:laura.giorda@example.it]] mandami la richiesta\nps ti ho taggata nelle storie [[H:@lauretta_deco]] 😘",
            ),
            (
                "a",
                "Fatto! Riceverai il codice {{TR:BRT 0574 1930 2281}} appena parte 🙂 [[P:Nunzia]]",
            ),
        ],
    },
    {
        "business": "ceramiche",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-05-03T11:02:00",
        "messages": [
            (
                "c",
                "Hi! I'd like to order the set of 6 {{PD:Caltagirone lemon plates}} as a wedding gift. Do you ship to the [[L:UK]]?",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Yes, to the [[L:UK]] shipping is {{$:35 €}} and customs are paid by the recipient.",
            ),
            (
                "c",
                "Perfect. Ship to my sister-in-law please:\n[[P:Meenakshi Iyer]]\n[[A:Flat 3, 27 Clarendon Road]]\n[[L:Bristol]] [[A:BS6 7ET]]\nher number [[T:07700 914 382]]",
            ),
            (
                "c",
                "and the card should say 'to [[P:Meena]] & [[P:Arjun]], with love from [[P:Priya]] and [[P:Dev]]' 💛",
            ),
            (
                "a",
                "Lovely. Total {{$:164 €}}, order {{O:MN-10497}}. You can pay by card on our site or by bank transfer.",
            ),
            (
                "c",
                "I'll do a transfer from my account [[I:GB06 BARC 2032 5374 9182 63]] today, reference my surname [[P:Raghunathan]]\ninvoice to [[E:priya.r@example.co.uk]] pls",
            ),
            ("a", "Thank you! We'll wrap them in {{W:Sicilian}} newspaper 😄"),
        ],
    },
    {
        "business": "ceramiche",
        "platform": "whatsapp",
        "customer": "Salvo Cannizzaro",
        "lang": "it",
        "start": "2025-10-06T09:15:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Salvatore Cannizzaro]] ho un negozio di articoli da regalo a [[L:Acireale]] vorrei fare un ordine all'ingrosso di 40 {{PD:pigne portafortuna}} e 20 {{PD:lumiere}}",
            ),
            ("a", "Buongiorno! Per il listino rivenditori ci servono partita IVA e sede"),
            (
                "c",
                "p iva [[V:04188230751]] sede [[A:via Vittorio Emanuele 112]] [[A:95024]] [[L:Acireale]]\ncf mio [[CF:CNNSVT71D02A028H]]\npec [[E:cannizzaro.salvatore@pec.example.it]]",
            ),
            (
                "a",
                "Grazie sig. [[P:Cannizzaro]], sconto rivenditore 30%: pigne {{$:18 €}} cad e lumiere {{$:32 €}} cad. Proforma {{R:PF-2025-031}} intestata a p.iva [[V:04188230751]]",
            ),
            (
                "c",
                "va bene mi chiamate al [[T:095 764 2219]] x la consegna, c'è mio figlio [[P:Alfio]] in negozio la mattina\nx eventuali note di credito il mio iban è [[I:IT28 B020 0884 1700 0010 5337 219]]",
            ),
            ("a", "Certo. A presto, [[P:Nunzia]] - {{B:Le Maioliche di Nunzia}}"),
        ],
    },
    {
        "business": "ceramiche",
        "platform": "instagram",
        "customer": "Klaus Brenner",
        "lang": "en",
        "start": "2025-11-19T20:14:00",
        "messages": [
            (
                "c",
                "Hallo, I try to order on your website but always error 'payment refused' 😡 3 times!!",
            ),
            (
                "a",
                "Hi! Sorry about that. Can you tell me the e-mail of your account so I can check?",
            ),
            (
                "c",
                "[[E:k.brenner(at)example(dot)de]]\nalso maybe your system blocks me, my IP is [[IP:84.152.37.219]], I am in [[L:Freiburg]]",
            ),
            (
                "a",
                "Found it: the card was refused by your bank, not by us. I also see attempts from [[IP:2a02:8070:a1c4:3e00:5d1b:92ff:fe41:7c08]], is that you too?",
            ),
            (
                "c",
                "ja ja, the second is my handy. I tried with card [[C:4024 0071 8563 9274]]. Ok I pay with bank transfer, my IBAN [[I:DE22 5001 0517 5408 2193 76]], name [[P:Klaus Brenner]]\nSchöne Grüße aus dem [[L:Schwarzwald]]",
            ),
            (
                "a",
                "Perfect, order {{O:MN-10512}} is on hold until the payment arrives. Delivery to [[A:Habsburgerstraße 88]], [[A:79104]] [[L:Freiburg]], right?",
            ),
            ("c", "richtig 👍 danke"),
        ],
    },
    {
        "business": "ceramiche",
        "platform": "telegram",
        "customer": "Lin Xiaoyu",
        "lang": "it",
        "start": "2025-03-27T10:40:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Lin Xiaoyu]], ho comprato piatto grande ma arrivato rotto 😢 ordine {{O:MN-10455}}",
            ),
            (
                "a",
                "Buongiorno [[P:Xiaoyu]], ci dispiace tantissimo! Può mandarci una foto del pacco e del piatto?",
            ),
            (
                "c",
                "scatola tutta schiacciata. corriere no sapere nome, lui lasciato pacco a vicina signora [[P:Bettini]]",
            ),
            (
                "c",
                "io abita [[A:via Strozzi 23]] [[L:Prato]], [[A:scala B interno 4]]\nmia email [[E:lin.xiaoyu@example.cn]] wechat [[H:linxy_prato]]",
            ),
            (
                "a",
                "Le rispediamo un piatto nuovo gratis. La spedizione {{TR:1Z 4E7 920 68 1183 5521}} parte domani.",
            ),
            ("c", "grazie mille signora [[P:nunzia]] 🙏 buono lavoro"),
        ],
    },
    {
        "business": "ceramiche",
        "platform": "instagram",
        "customer": "Noemi | casa e colori",
        "lang": "it",
        "start": "2025-08-29T15:25:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Noemi Rizzo]] faccio contenuti di home decor [[U:https://www.tiktok.com/@noemi.casa.e.colori]] e [[U:youtube.com/@NoemiCasaColori]], vi andrebbe una collab?",
            ),
            ("a", "Ciao [[P:Noemi]]! Volentieri, ci mandi il media kit?"),
            (
                "c",
                "certo è tutto qui [[U:linktr.ee/noemicasaecolori]]\nsu insta sono [[H:@noemi.casa.e.colori]] 38k follower 😊",
            ),
            (
                "a",
                "Perfetto! Ti mandiamo un {{PD:vaso Pigna Verde Ramina}} e due {{PD:piatti Limoni di Sicilia}}. Indirizzo?",
            ),
            (
                "c",
                "[[A:via Etnea 302]] [[A:95125]] [[L:Catania]], presso [[P:Carla Sciuto]] è lo studio fotografico di una mia amica",
            ),
            ("c", "ah x la collab fatturo io, p.iva [[V:06733010877]]"),
            ("a", "Spedito con {{TR:SDA 6120 4877 3390 11}}! Un saluto a [[P:Carla]]!"),
        ],
    },
    # ---------------------------------------------------------------- toeletta (Bologna)
    {
        "business": "toeletta",
        "platform": "whatsapp",
        "customer": "Fede",
        "lang": "it",
        "start": "2025-03-17T12:03:00",
        "messages": [
            (
                "c",
                "ciao vorrei prenotare bagno e taglio x la mia barboncina {{W:Nuvola}} sabato mattina se c'è posto, vi ho trovati su insta sono [[H:fede.lamber]]",
            ),
            ("a", "Ciao! Sabato {{D:22/03}} ho posto alle {{TM:10:30}}. A che nome?"),
            (
                "c",
                "[[P:Federica Lambertini]] ma sul citofono c'è [[P:Tugnoli]] è il mio compagno 😅 se venite a prenderla voi sono in [[A:via Saragozza 140]]",
            ),
            ("a", "Il taxi-cane costa {{$:8 €}} dentro i viali. Mi lasci un numero?"),
            ("c", "[[T:349/5512093]]\nse nn rispondo chiama [[P:Marco]] [[T:340-118-2746]]"),
            (
                "a",
                "Perfetto [[P:Federica]], prenotazione confermata. [[P:Sara]] - {{B:Pelo & Coccole}}",
            ),
            ("c", "grazie [[P:sara]] sei un tesoro ❤️"),
        ],
    },
    {
        "business": "toeletta",
        "platform": "instagram",
        "customer": "Chiamaka Obi",
        "lang": "en",
        "start": "2025-03-24T14:36:00",
        "messages": [
            (
                "c",
                "hello good afternoon, do you groom big dogs? my dog is a husky, his name is {{W:Zeus}} 🐺",
            ),
            (
                "a",
                "Hi! Yes we do, husky full groom is {{$:60 €}}, about 2 hours. When would you like to come?",
            ),
            (
                "c",
                "thursday is good. my name is [[P:Chiamaka Adaeze Obi]], I live in [[L:Casalecchio]]... posso scrivere in italiano, sto imparando 😊",
            ),
            (
                "c",
                "il mio numero è [[T:+234 803 551 7724]] ma uso anche [[T:351 208 6613]] [[L:italiano]]",
                "it",
            ),
            (
                "a",
                "Bravissima! Giovedì {{D:27 marzo}} alle {{TM:14:00}}, va bene? Ti mando la conferma via mail se vuoi",
                "it",
            ),
            ("c", "si [[E:chiamaka punto obi chiocciola example punto com]] grazie", "it"),
            ("a", "Fatto ✔️ a giovedì", "it"),
        ],
    },
    {
        "business": "toeletta",
        "platform": "messenger",
        "customer": "Giuseppe Cavazza",
        "lang": "it",
        "start": "2025-01-09T18:50:00",
        "messages": [
            (
                "c",
                "buonasera sono il marito di [[P:Paola Cavazza]], ieri avete tosato il nostro {{W:Briciola}} troppo corto ora trema dal freddo",
            ),
            (
                "a",
                "Buonasera sig. [[P:Cavazza]], mi dispiace molto. Controllo la scheda {{R:TL-0921}}",
            ),
            (
                "c",
                "una ragazza bionda forse [[P:Irene]]? mia moglie dice che era gentile ma ha esagerato",
            ),
            (
                "a",
                "Sì, era lei. Il pelo ricresce in 3-4 settimane; vi regaliamo un cappottino {{PD:Ferplast Sweater}} e il prossimo bagno è gratuito",
            ),
            (
                "c",
                "va bene, x il cappottino passa mia figlia [[P:Giusy]]\nabitiamo a [[L:San Lazzaro]] quindi passa venerdì verso le {{TM:18}}",
            ),
            ("a", "Perfetto, lo lascio a nome [[P:Cavazza]]. Buona serata"),
        ],
    },
    {
        "business": "toeletta",
        "platform": "whatsapp",
        "customer": "Mariarosa Testoni",
        "lang": "it",
        "start": "2025-03-26T08:20:00",
        "messages": [
            (
                "c",
                "salve volevo chiedere se venite a domicilio perche io ho 82 anni e nn guido piu e il mio cane {{W:Felice}} è un cocker anziano non sta in macchina mi ha dato il vostro numero la mia vicina la signora [[P:Rosa Gamberini]] che vi porta il suo barboncino",
            ),
            (
                "a",
                "Buongiorno signora! Sì, il martedì facciamo il servizio a domicilio, {{$:15 €}} in più. Mi dà l'indirizzo?",
            ),
            ("c", "abito in [[A:via Mazzini]] vicino alla chiesa di {{W:Santa Rita}}"),
            ("c", "il numero è il [[A:71/3]] terzo piano c'è l'ascensore, citofono [[P:Testoni]]"),
            (
                "a",
                "Grazie signora, martedì {{D:1 aprile}} alle {{TM:10}} va bene? Viene [[P:Irene]] con il furgone",
            ),
            (
                "c",
                "va benissimo. se nn sento il citofono chiamate mio nipote [[P:Gabriele]] al [[T:051 33 87 412]]",
            ),
            ("a", "Certo, a martedì!"),
        ],
    },
    {
        "business": "toeletta",
        "platform": "telegram",
        "customer": "Lucía Fernández Ortega",
        "lang": "en",
        "start": "2025-03-25T22:10:00",
        "messages": [
            (
                "c",
                "hiii my friend [[P:Marta]] said you are the best in {{W:bologna}} 😂 I have a little chihuahua, {{W:Churro}}",
            ),
            ("a", "Hi! Thanks to your friend then 😄 What would you like for {{W:Churro}}?"),
            (
                "c",
                "bath and nails pls. he has his own tiktok ahah [[U:tiktok.com/@churro_in_bologna]] I am [[P:Lucía Fernández Ortega]], my telegram is [[H:@lucia_fdz_ortega]] and insta [[H:luciaa.fo]]\nperdón, mi inglés es malo jaja, soy de [[L:Sevilla]]",
            ),
            ("a", "Your English is great! Saturday {{D:29/03}} {{TM:11:00}}, {{$:25 €}}. ok?"),
            (
                "c",
                "perfect!! address for the invoice is [[A:via Belle Arti 9]], [[A:40126]] [[L:Bologna]], is an erasmus flat with [[P:Hanna]] and [[P:Mei]]",
            ),
            ("a", "See you Saturday, [[P:Lucía]]!"),
        ],
    },
    # ---------------------------------------------------------------- lingue (Milano)
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Rohan Mehta",
        "lang": "en",
        "start": "2025-03-31T19:05:00",
        "messages": [
            (
                "c",
                "Hi, I just moved to [[L:Milan]] from [[L:Pune]] for work and need Italian A1 evening classes. Also my wife [[P:Sneha]] wants to join",
            ),
            (
                "a",
                "Welcome! Our A1 evening course starts {{D:7 April}}, Mon & Wed {{TM:19:00}}-{{TM:20:30}}, {{$:390 €}} for 40 hours. For the enrolment I need full names, codice fiscale and an email",
            ),
            (
                "c",
                "[[P:Rohan Mehta]] [[CF:MHTRHN90E12Z222D]]\n[[P:Sneha Mehta]] [[CF:MHTSNH92B43Z222Z]]",
            ),
            ("c", "emails [[E:rohan.mehta.mi@example.com]] and [[E:sneha_m92@example.in]]"),
            ("a", "Thanks! Payment by card or bank transfer, I'll send you a link"),
            ("c", "card pls: [[C:5312-6703-2291-8477]]"),
            (
                "a",
                "Please don't write card numbers in chat 🙏 use the secure link I just sent. [[P:Martina]] from the team",
            ),
            ("c", "oh sorry 🙈 ok done"),
        ],
    },
    {
        "business": "lingue",
        "platform": "instagram",
        "customer": "Valentina Moretti",
        "lang": "it",
        "start": "2025-02-04T17:52:00",
        "messages": [
            (
                "c",
                "ciao nn riesco ad entrare sulla piattaforma x la lezione online di inglese B2 delle {{TM:18}}, mi dice accesso bloccato",
            ),
            ("a", "Ciao! Mi dici la mail con cui sei iscritta?"),
            ("c", "[[E:valemoretti.03@example.it]]"),
            (
                "a",
                "Vedo 5 tentativi falliti da [[IP:151.38.112.204]] e 2 da [[IP:5.90.221.17]], sei tu? Il sistema blocca per 30 minuti",
            ),
            (
                "c",
                "si sono io, il secondo è il telefono 😩 sono a [[L:Monza]] dai miei e il wifi va e viene",
            ),
            (
                "a",
                "Ti ho sbloccata ✅ Entra pure, la prof [[P:Kate]] ti aspetta. [[P:Martina]] - {{B:Babel Lab}}",
            ),
            ("c", "grazieee ❤️ dille che arrivo"),
        ],
    },
    {
        "business": "lingue",
        "platform": "messenger",
        "customer": "Facundo Gómez",
        "lang": "it",
        "start": "2025-04-14T23:30:00",
        "messages": [
            (
                "c",
                "hola buenas! disculpa, io parlo un poco italiano. sono [[P:Facundo Gómez]], dall'[[L:Argentina]], mio nonno era di [[L:Potenza]] e sto facendo la cittadinanza, mi serve certificato B1",
            ),
            (
                "a",
                "Ciao [[P:Facundo]]! Abbiamo il corso di preparazione {{PD:CILS B1 Cittadinanza}}, 60 ore, {{$:540 €}}. Segui in sede o online?",
            ),
            (
                "c",
                "online, sono ancora a [[L:Rosario]], arrivo a [[L:Milano]] a giugno. mio whatsapp [[T:+54 9 341 628 1937]] mail [[E:facu.gomez.ros@example.com.ar]]",
            ),
            ("c", "ah y mi mujer [[P:Luciana]] también quiere, pero ella es de [[L:Córdoba]] jaja"),
            (
                "a",
                "Perfetto, vi mando il modulo. Per l'iscrizione serve un indirizzo: va bene anche quello in [[L:Argentina]]",
            ),
            ("c", "[[A:Bv. Oroño 1450, piso 6 B]], [[A:S2000]] [[L:Rosario]], [[L:Santa Fe]]"),
            ("a", "Grazie! A presto, [[P:Davide]] - segreteria"),
        ],
    },
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Elena Brambilla",
        "lang": "it",
        "start": "2025-09-08T10:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Elena Brambilla]] dell'ufficio HR di una piccola azienda, volevamo un corso di tedesco aziendale x 3 dipendenti",
            ),
            ("a", "Buongiorno! Certo. Per il preventivo mi servono i dati di fatturazione"),
            (
                "c",
                "p.iva [[V:01473820916]]\nsede [[A:viale Monza 212]] [[A:20127]] [[L:Milano]]\nreferente io, tel diretto [[T:02 8739 1146]]",
            ),
            (
                "c",
                "i dipendenti sono [[P:Mirko Colombo]], [[P:Aisha Benali]] e [[P:Zhang Wei]]\nx gli attestati i cf: [[CF:CLMMRK88H21F205D]] e [[CF:BNLSHA95A70Z352Z]], quello di [[P:Wei]] ve lo mando dopo",
            ),
            (
                "a",
                "Perfetto. Il docente sarà [[P:Jürgen]], madrelingua di [[L:Stoccarda]]. Preventivo {{R:PRV-2025-118}} in arrivo",
            ),
            (
                "c",
                "ottimo. ah, l'anno scorso ci dovevate un rimborso di {{$:120 €}} mai arrivato, IBAN [[I:IT67 Q050 3402 2010 0000 0873 410]] rif. fattura {{R:FT-2024/0877}}",
            ),
            ("a", "Verifico subito con l'amministrazione e le faccio sapere entro {{D:venerdì}}."),
        ],
    },
    {
        "business": "lingue",
        "platform": "telegram",
        "customer": "Oksana K.",
        "lang": "en",
        "start": "2025-10-21T18:44:00",
        "messages": [
            (
                "c",
                "Good evening. I am [[P:Oksana Kovalenko]], I live in [[L:Sesto San Giovanni]] with my daughter [[P:Sofiia]]. I need Italian for work, I am nurse",
            ),
            (
                "a",
                "Good evening [[P:Oksana]]! We have a free A2 course on Saturdays, sponsored by the {{W:Comune di Milano}}. Do you have a codice fiscale?",
            ),
            ("c", "yes [[CF:KVLKSN85R59Z138L]]"),
            (
                "c",
                "my number is [[T:+380 67 412 9035]] and here on telegram [[H:@oksana_kov85]]\nдякую",
            ),
            (
                "a",
                "Perfect, you're enrolled, class {{R:A2-SAB-04}}. Teacher [[P:Giorgia]] will contact you. [[P:Martina]] from the team",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Aoife Brennan",
        "lang": "en",
        "start": "2025-08-26T09:33:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Aoife Brennan]], a CELTA English teacher from [[L:Galway]], just moved to [[L:Milan]]. Are you hiring? My CV is on [[U:aoifebrennan-teaches.com]] and [[U:linkedin.com/in/aoife-brennan-celta]]",
            ),
            (
                "a",
                "Hi [[P:Aoife]], thanks! Yes we need a teacher for B1 evenings. Can you come for a demo lesson on {{D:Tuesday}} at {{TM:17:30}}?",
            ),
            (
                "c",
                "sure! my number [[T:(+353) 87 614 2290]] or the [[L:italian]] one [[T:371 448\n0957]]\nemail [[E:aoife.brennan.celta@example.ie]], and I invoice as a freelancer, partita IVA [[V:07815420497]]",
            ),
            (
                "c",
                "and I'm staying with a friend at [[A:via Padova 88]] for now. sorry my Italian is terrible, sto imparando! 🙈",
            ),
            ("a", "No problem. Ask for [[P:Davide]] at the reception. [[P:Martina]]"),
            ("c", "grand, thanks a million ☘️"),
        ],
    },
    # ---------------------------------------------------------------- foto (Puglia)
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "ale_e_dario_sposi",
        "lang": "it",
        "start": "2025-01-20T21:15:00",
        "messages": [
            (
                "c",
                "ciaoo siamo [[P:Alessandra]] e [[P:Dario]] ci sposiamo il {{D:13 settembre 2025}} in una masseria vicino [[L:Ostuni]] 💍",
            ),
            (
                "a",
                "Ciao ragazzi, auguri!! 🎉 Il {{D:13 settembre}} sono ancora libero. Il pacchetto {{PD:Full Day}} è {{$:2.400 €}} con album. [[P:Vito]]",
            ),
            (
                "c",
                "wow! la location è {{B:Masseria Lama di Pietra}}\nci mandi un contratto? io sono [[P:Alessandra De Santis]] [[CF:DSNLSN93L62A662Q]]",
            ),
            (
                "c",
                "e lui [[P:Dario Lattarulo]], viviamo a [[L:Monopoli]] in [[A:via Vasco da Gama 14]]",
            ),
            ("a", "Perfetto! Contratto a nome vostro, acconto 30%. Mi lasciate un cellulare?"),
            (
                "c",
                "[[T:389 702 44 18]] è il mio, [[P:dario]] [[T:320 55 91 063]]\ncf di lui [[CF:LTTDRA90S05F376Y]]",
            ),
            ("a", "Grazie [[P:Ale]]! Ci sentiamo per il sopralluogo."),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Hannah Whitfield",
        "lang": "en",
        "start": "2025-02-11T20:05:00",
        "messages": [
            (
                "c",
                "Hi [[P:Vito]]! We're getting married in [[L:Polignano a Mare]] next June, my fiancé [[P:Will]] found you on insta 😍 our wedding page is [[U:hannahandwill2026.example.com]] and we're [[H:@hannahandwill2026]] on there too",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Congratulations! Which date? I'm booked on {{D:14 June}} but free on {{D:21 June 2026}}",
            ),
            (
                "c",
                "21st works!! we {{W:will}} have 60 guests, ceremony at the {{W:Chiesa Matrice}}",
            ),
            (
                "c",
                "our address in the [[L:UK]]: [[A:14 Larkspur Gardens]], [[L:Leeds]] [[A:LS8 2QR]]\nmy mobile [[T:+44 7911 402 663]]\nmum's number just in case [[T:0113 496 0728]]",
            ),
            ("a", "Thanks! Shall I send the contract to your email?"),
            (
                "c",
                "yes [[E:hannah.whitfield@example.co.uk]] and cc [[P:Will]]'s [[E:w.ashby86@example.com]]\ndeposit with my amex ok? [[C:3782 816430 90129]]",
            ),
            (
                "a",
                "Perfect, but please pay the deposit from the link in the contract, not here 🙏 {{W:Hope}} to meet you both soon! [[P:Vito]]",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Cosimo Quarta",
        "lang": "it",
        "start": "2025-06-16T12:40:00",
        "messages": [
            (
                "c",
                "buongiorno [[P:vito]] sono [[P:Cosimo Quarta]] il matrimonio del {{D:3 maggio}} a [[L:Galatina]], mia moglie [[P:Speranza]] chiede quando arrivano le foto",
            ),
            (
                "a",
                "Buongiorno [[P:Cosimo]], le foto sono pronte! Codice galleria {{R:GAL-0503-QRT}}",
            ),
            (
                "c",
                "grazie! possiamo usarle sul blog di mia moglie? [[U:speranzaintavola.blogspot.com]] e sul suo insta [[U:instagram.com/speranza_in_tavola]]",
            ),
            (
                "a",
                "Certo, basta citare {{B:Vito Lorusso Fotografo}} 😊 E un abbraccio alla zia [[P:Addolorata]] che ha ballato la {{W:pizzica}} tutta la sera!",
            ),
            (
                "c",
                "ahah glielo dico! l'album lo ritira mio cognato [[P:Uccio]] ([[P:Antonio]]) passa in studio sabato",
            ),
            ("c", "mi raccomando nn dite niente a [[P:speranza]] è una sorpresa x l'anniversario"),
            ("a", "Acqua in bocca 🤐 Nella {{W:speranza}} che le piaccia! [[P:Vito]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "telegram",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2025-04-02T16:28:00",
        "messages": [
            (
                "c",
                "salam, ciao! sono [[P:Youssef El Amrani]], io e [[P:Salma]] facciamo il nikah a [[L:Bari]] e poi festa a [[L:Casablanca]] ad agosto. fai anche trasferte all'estero?",
            ),
            (
                "a",
                "Ciao [[P:Youssef]]! Sì, all'estero + spese di viaggio. Per [[L:Bari]] il pacchetto {{PD:Half Day}} è {{$:1.300 €}}",
            ),
            (
                "c",
                "ok. la famiglia di [[P:salma]] è di [[L:Fès]], sua sorella [[P:Imane]] ti scrive x i dettagli, il suo telegram è [[H:imane_elidrissi]]",
            ),
            (
                "c",
                "mio numero [[T:+212 661 48 27 90]] oppure [[T:0039 328 774 1902]]\nmail [[E:youssef.elamrani@example.ma]]\nacconto lo faccio dal mio conto [[I:IT06 D030 6204 0011 0000 0061 842]]",
            ),
            ("a", "Perfetto! Per il contratto mi serve il nome completo della sposa"),
            ("c", "[[P:Salma El Idrissi]], ma contratto a nome mio, cf [[CF:LMRYSF91C08Z330R]]"),
            ("a", "Grazie, contratto {{R:CTR-2025-044}} in arrivo."),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Maria Grazia Loiacono",
        "lang": "it",
        "start": "2025-10-13T10:05:00",
        "messages": [
            (
                "c",
                "salve sono la mamma della sposa [[P:Federica]], [[P:Maria Grazia Loiacono]], vorrei 10 stampe 20x30 da regalare ai parenti",
            ),
            (
                "a",
                "Buongiorno signora! Le stampe {{PD:Fine Art 20x30}} sono {{$:15 €}} l'una. Gliele spediamo?",
            ),
            (
                "c",
                "5 a casa mia [[A:contrada Pezze Vicine 31]] [[L:Fasano]] e 5 a mia sorella [[P:Lucia]] che sta in [[L:Germania]] a [[L:Wolfsburg]], [[A:Porschestraße 41]] [[A:38440]]",
            ),
            (
                "c",
                "vi mando i soldi dal conto di mio marito [[P:Nicola]] [[I:IT35T0890463590000090215577]] così lo riconoscete",
            ),
            (
                "a",
                "Perfetto, totale {{$:150 €}} + spedizione {{$:22 €}}. Mi dà un numero per il corriere?",
            ),
            ("c", "[[T:080 441\n2673]]"),
            ("a", "Grazie signora, ordine {{O:ST-0119}}."),
        ],
    },
    # ---------------------------------------------------------------- birra (Udine)
    {
        "business": "birra",
        "platform": "whatsapp",
        "customer": "Daniele Zanutta",
        "lang": "it",
        "start": "2025-05-29T17:45:00",
        "messages": [
            (
                "c",
                "mandi! volevo ordinare una cassa mista da 12 x sabato, {{PD:Blanche di Toni}}, {{PD:IPA Tiliment}} e {{PD:Rossa Carnica}}",
            ),
            (
                "a",
                "Mandi! Cassa mista 12 bottiglie {{$:42 €}}, consegna gratis in provincia di {{W:Udine}}. Indirizzo?",
            ),
            (
                "c",
                "[[A:via Roma 3]] frazione [[L:Adorgnano]], [[L:Tricesimo]] [[A:33019]]. citofono [[P:Zanutta-Fabris]]",
            ),
            (
                "c",
                "se nn ci sono lasciate alla vicina [[P:Erminia]] che è sempre a casa 😂 tel mio [[T:0432 88 16 53]] o [[T:347 6610 892]]",
            ),
            (
                "a",
                "Perfetto [[P:Daniele]], ordine {{O:CT-3381}} sabato tra le {{TM:10}} e le {{TM:12}}. [[P:Toni]]",
            ),
            ("c", "grande [[P:toni]] 🍻"),
        ],
    },
    {
        "business": "birra",
        "platform": "instagram",
        "customer": "Lukas Hofbauer",
        "lang": "en",
        "start": "2025-07-30T11:18:00",
        "messages": [
            (
                "c",
                "Servus! We are on holiday in [[L:Lignano]] until {{D:Sunday}}, can you deliver beer to our apartment? 🍺",
            ),
            ("a", "Hi [[P:Lukas]]! We deliver to the coast on Fridays. What would you like?"),
            (
                "c",
                "we want 24 {{PD:Pils Furlana}} and 6 {{PD:Barley Wine Riserva}}\napartment [[A:Viale Europa 60, Wohnung 12]], [[A:33054]] [[L:Lignano Sabbiadoro]], name on the bell [[P:Gruber]] (is the owner)",
            ),
            ("c", "my phone [[T:+43 664 381 2750]], I can give card now [[C:5168 4412 9073 3156]]"),
            (
                "a",
                "Total {{$:98 €}}, ref {{R:DEL-0714}}. No card numbers here please, our driver has the POS 🙂",
            ),
            (
                "c",
                "ja passt. ich komme aus [[L:Graz]] btw, if you deliver to [[L:Austria]] I order for Christmas too 😄",
            ),
            ("a", "We ship to [[L:Austria]] too, see our site! Cheers, [[P:Toni]]"),
        ],
    },
    {
        "business": "birra",
        "platform": "messenger",
        "customer": "Ilaria Cossettini",
        "lang": "it",
        "start": "2025-04-03T15:00:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Ilaria Cossettini]] gestisco un pub a [[L:Cividale]], vorrei info x fusti da 20L",
            ),
            (
                "a",
                "Ciao [[P:Ilaria]]! Fusto {{PD:Keg Pils 20L}} {{$:85 €}} + iva, serve la p.iva x il listino horeca",
            ),
            (
                "c",
                "[[V:03255670303]] intestata a me ditta individuale, cf [[CF:CSSLRI87T44L483U]]\npec [[E:ilaria.cossettini@pec.example.it]]\nper il rid il conto è [[I:IT57 A054 8412 3000 0038 0447 216]]",
            ),
            ("a", "Perfetto. Primo ordine?"),
            (
                "c",
                "4 fusti x il {{D:25 aprile}}, consegna al locale [[A:borgo San Domenico 12]] [[A:33043]] [[L:Cividale del Friuli]]",
            ),
            (
                "c",
                "ah e chiedi di [[P:Mattia]] il mio barista se nn ci sono, [[T:+39 333 20 18 447]]",
            ),
            ("a", "Segnato! {{O:CT-3402}}, consegna {{D:24/04}}."),
        ],
    },
    {
        "business": "birra",
        "platform": "telegram",
        "customer": "xX_Furlan_Xx",
        "lang": "it",
        "start": "2025-11-04T22:37:00",
        "messages": [
            (
                "c",
                "bella raga ho fatto un ordine sul sito ma nn mi è arrivata la mail di conferma, ordine {{O:CT-3390}}",
            ),
            ("a", "Ciao! Che mail hai usato?"),
            (
                "c",
                "[[E:gianlu.furlan[at]example[dot]it]] cmq su twitch sono [[H:Furlan_Gaming]] se vuoi vedermi che bevo la vostra ipa in live ahah [[U:twitch.tv/furlan_gaming]]",
            ),
            (
                "a",
                "Ahah 😄 Trovato: la mail è giusta ma il pagamento da [[IP:93.44.178.61]] e poi da [[IP:2a01:e11:1003:5c40::2f]] non è andato a buon fine. Riprovi?",
            ),
            (
                "c",
                "ok riprovo con l'altra carta [[C:4916338507129962]] wait no scusa nn dovevo scriverla qui 🤦 cancellate pls",
            ),
            ("a", "Tranquillo, cancello il messaggio. Riprova dal sito."),
            (
                "c",
                "fatto, spedite a [[A:via Cussignacco 45]] a [[L:Udine]] giusto? sono [[P:Gianluca Furlan]]",
            ),
            ("a", "Sì, arriva giovedì. Cheers!"),
        ],
    },
    {
        "business": "birra",
        "platform": "whatsapp",
        "customer": "Rafaela Souza",
        "lang": "it",
        "start": "2025-12-01T13:26:00",
        "messages": [
            (
                "c",
                "oi! sorry, ciao 😅 voglio mandare una cassa regalo al mio amico [[P:Gigi]] x il compleanno, lui abita a [[L:Buia]]",
            ),
            ("c", "il suo indirizzo è [[A:via Santo Stefano]] aspetta chiedo il numero"),
            ("c", "numero [[A:8/A]]"),
            (
                "a",
                "Che bello! La {{PD:Gift Box Friûl}} con 6 birre e bicchiere è {{$:39 €}}. Vuoi un biglietto?",
            ),
            (
                "c",
                "sì: 'parabéns [[P:Luigi]], da [[P:Rafa]] e [[P:Thiago]]' ❤️ (my insta [[H:rafa.souza.sp]] if he wants to say thanks)\ni'm writing from [[L:São Paulo]], can i pay with my [[L:brazilian]] card?",
                "en",
            ),
            (
                "a",
                "Yes, any Visa or Mastercard on our site works. And his phone for the courier?",
                "en",
            ),
            (
                "c",
                "[[T:+39 340 771 2098]] is [[P:Gigi]]'s, mine whatsapp [[T:+55 11 98421 6637]]",
                "en",
            ),
            (
                "a",
                "Perfect, order {{O:CT-3415}}, tracking {{TR:GLS 3304 1987 2210}}. Obrigado! [[P:Toni]]",
                "en",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(113, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
