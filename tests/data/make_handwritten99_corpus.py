# ruff: noqa: E501
"""Hand-written blind test corpus no. 99 for convmon's anonymiser.

Every conversation below was written by hand, message by message: no templates, no Faker, no
generated text. All people, numbers, e-mails, handles, links and addresses are invented. The
checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA) were computed once
with python-stdnum / Luhn and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` a look-alike that must survive.

The six invented businesses: an escape-room venue, a skateboard shop with a TikTok channel, a
violin maker's workshop, a pet-insurance broker, a nail-art studio and an e-sports coaching
service.

Regenerate with ``python make_handwritten99_corpus.py`` from this folder; the output
(``handwritten99_corpus.jsonl``) is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten99_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "escape": "Enigma Lab Escape Rooms",
    "skate": "Rampa Skate Shop",
    "violin": "Liuteria Ferrandi",
    "pet": "Zampa Sicura Broker",
    "nails": "Smalto & Co Nail Studio",
    "esports": "Respawn Coaching",
}
PAGE_IDS: dict[str, str] = {
    "escape": "699770318204577",
    "skate": "699770442918306",
    "violin": "699770157730942",
    "pet": "699770860213459",
    "nails": "699770274406181",
    "esports": "699770935561720",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- escape room
    {
        "business": "escape",
        "platform": "instagram",
        "customer": "Martina Colombo",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao! volevo prenotare la stanza {{PD:Il Laboratorio del Dottor Moreau}} x sabato {{D:15 marzo}} siamo in 5\nè x il compleanno della mia amica [[P:Sofi]] 🎉",
            ),
            (
                "a",
                "Ciao! Per sabato {{D:15 marzo}} abbiamo libero alle {{TM:18:30}} o alle {{TM:21:00}}. Il prezzo per 5 persone è {{$:€120}}. A che nome segno la prenotazione?",
            ),
            (
                "c",
                "alle {{TM:18 e 30}} va benissimo\nnome [[P:Martina Colombo]], cell [[T:347 218 9043]]",
            ),
            (
                "c",
                "ah e se potete mettere un messaggio x la festeggiata all'inizio del gioco tipo «buon compleanno [[P:sofia]]» sarebbe top 😍 lei è [[P:Sofia Marchetti Rinaldi]] ma la chiamiamo tutti [[P:sofi]] o [[P:Sofì]]",
            ),
            (
                "a",
                "Che bella idea! Prenotato: codice {{R:ENL-2025-0412}}, sabato {{D:15/03}} ore {{TM:18:30}}, stanza {{PD:Il Laboratorio del Dottor Moreau}}. Il messaggio per [[P:Sofia]] lo prepariamo noi 😊 Ti mandiamo conferma a che mail?",
            ),
            (
                "c",
                "[[E:marti.colombo96@example.it]] grz!!\nse nn rispondo io scrivete a [[P:Giada]] la mia coinquilina [[T:+39 340 66 21 587]]",
            ),
            ("a", "Fatto! A sabato, [[P:Luca]] - {{B:Enigma Lab}}"),
        ],
    },
    {
        "business": "escape",
        "platform": "messenger",
        "customer": "Tomasz Wiśniewski",
        "lang": "en",
        "start": "2025-04-01T16:40:00",
        "messages": [
            (
                "c",
                "hello, we are group of colleagues from [[L:Poland]], staying in [[L:Milan]] next week.. is possible escape room in english?",
            ),
            (
                "a",
                "Hi! Yes, all our rooms are available in English. How many people and which day?",
            ),
            (
                "c",
                "6 people, thursday {{D:10 april}}, evening. my name [[P:Tomasz Wiśniewski]], colleague [[P:Agnieszka]] will pay with her card maybe",
            ),
            (
                "a",
                "Perfect, Thursday {{D:10 April}} at {{TM:20:00}} in {{PD:Blackout Bunker}} works. It's {{$:€144}} for 6. You can pay on site or by card online with the link we send. Can I have a phone number?",
            ),
            ("c", "[[T:+48 512 334 871]] is my [[L:Poland]] number, whatsapp also ok"),
            (
                "c",
                "we are [[P:Tomasz]], [[P:Agnieszka]], [[P:Paweł]], [[P:Kasia]], [[P:Marek]] and [[P:Zofia]] 🙂",
            ),
            (
                "c",
                "and [[P:agnieszka]] email is [[E:a.kowalczyk (at) example (dot) com]], full name [[P:Agnieszka Kowalczyk]]",
            ),
            (
                "a",
                "Thanks [[P:Tomasz]]! Booking {{R:ENL-2025-0433}} confirmed. We'll email [[P:Agnieszka]] the payment link. See you Thursday! – [[P:Chiara]], {{B:Enigma Lab}}",
            ),
        ],
    },
    {
        "business": "escape",
        "platform": "whatsapp",
        "customer": "Giuse 🦁",
        "lang": "it",
        "start": "2025-03-19T11:02:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Giuseppe Ferraro]] ho prenotato x domenica ma nn trovo la mail di conferma",
            ),
            ("a", "Buongiorno [[P:Giuseppe]], mi dice il codice di prenotazione o la mail usata?"),
            (
                "c",
                "la mail è [[E:giuse.ferraro chiocciola libero punto it]]\no forse quella del lavoro [[E:g.ferraro@ferraroimpianti.example.it]]",
            ),
            (
                "c",
                "cmq siamo io mia moglie [[P:Anna]] e i ragazzi [[P:Matteo]] e [[P:Bianca]] che ha 11 anni va bene x lei?",
            ),
            (
                "a",
                "Trovata! Era sulla seconda mail, codice {{R:ENL-2025-0398}}, domenica {{D:23 marzo}} alle {{TM:16:00}}, stanza {{PD:La Stanza Bianca}} 😄 Dai 10 anni in su va benissimo, [[P:Bianca]] può giocare con voi.",
            ),
            ("c", "ahah la {{PD:stanza bianca}} x [[P:bianca]] è destino 😂 ok grazie"),
            (
                "a",
                "Vi aspettiamo! Siamo in {{W:via Alessandro Volta}}, di fronte alla {{W:chiesa di San Carlo}}. [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "escape",
        "platform": "instagram",
        "customer": "jess.on.tour",
        "lang": "en",
        "start": "2025-02-10T21:33:00",
        "messages": [
            (
                "c",
                "hiii do u do gift vouchers?? want to get one for my bf [[P:Dan]] for our anniversary",
            ),
            (
                "a",
                "Hi! Yes, we do digital gift vouchers from {{$:€25}} per person. Which room would you like?",
            ),
            ("c", "the {{PD:Sherlock Suite}} one!! he's obsessed w {{W:sherlock holmes}} lol"),
            (
                "c",
                "for 2 ppl. can u put 'to [[P:Danny]] from [[P:Jess]] 🖤' on it\nmy email [[E:jessica.obi.writes@example.com]]",
            ),
            (
                "a",
                "Of course! Voucher {{R:GV-7781}} for 2 people, {{$:€60}}, text 'To [[P:Danny]] from [[P:Jess]] 🖤'. Pay via the link we'll email to [[E:jessica.obi.writes@example.com]].",
            ),
            (
                "c",
                "amazing thx!! also follow me back im [[H:@jess.on.tour]] 😅 im the one who tagged u last week w my sister [[P:Ngozi]]",
            ),
            ("a", "Followed! Say hi to [[P:Ngozi]] 😊 – [[P:Marco]] from the team"),
        ],
    },
    {
        "business": "escape",
        "platform": "telegram",
        "customer": "Rashid",
        "lang": "it",
        "start": "2025-03-27T08:50:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Rashid Benali]], volio prenotare per team building azienda, 12 persone, fattura con partita iva",
            ),
            (
                "a",
                "Buongiorno! Per 12 persone possiamo usare due stanze in parallelo, {{PD:Blackout Bunker}} e {{PD:Sherlock Suite}}. Per la fattura ci servono ragione sociale, P.IVA e indirizzo.",
            ),
            (
                "c",
                "ditta {{B:BNL Logistica srl}}, p.iva [[V:03184570962]], sede [[A:via Torino 41]] [[A:20063]] [[L:Cernusco sul Naviglio]]",
            ),
            (
                "c",
                "mio numero [[T:+39 320 55 18 734]] oppure collega [[P:Irina]] [[T:328/4410927]]",
            ),
            ("a", "Perfetto, grazie [[P:Rashid]]. Che giorno preferite?"),
            ("c", "venerdi {{D:4 aprile}} dopo le {{TM:17}} se possibile"),
            (
                "a",
                "Confermato venerdì {{D:4 aprile}} alle {{TM:17:30}}, prenotazione {{R:ENL-2025-0451}}, totale {{$:€276}} + IVA. Grazie! [[P:Luca]]",
            ),
        ],
    },
    {
        "business": "escape",
        "platform": "whatsapp",
        "customer": "Tiziano",
        "lang": "it",
        "start": "2025-04-14T19:05:00",
        "messages": [
            (
                "c",
                "ciao prenotazione x addio al celibato sabato {{D:26 aprile}}, 8 persone, stanza {{PD:Il Caveau}}",
            ),
            (
                "a",
                "Ciao! Disponibile alle {{TM:22:00}}. Per l'assicurazione ci servono i nomi di tutti.",
            ),
            (
                "c",
                "ok: [[P:Bortolotti Tiziano]], [[P:Ferri Marco]], [[P:Guo Jianyu]], [[P:Haddad Omar]], [[P:Lombardi Nicola]], [[P:Santoro Felice]], [[P:Vitale Cristian]] e lo sposo [[P:Kowalski Piotr]]",
            ),
            (
                "c",
                "lo sposo si scrive [[P:K-O-W-A-L-S-K-I]], [[P:Piotr]]... ma chiamatelo [[P:Pietrino]] ahah",
            ),
            (
                "a",
                "Perfetto! Prenotazione {{R:ENL-2025-0502}}, totale {{$:€208}}. {{W:Felice}} serata in anticipo! 🎉",
            ),
            (
                "c",
                "grazie!! il mio num [[T:328 90 11 462]], e se nn rispondo chiamate [[P:omar]] [[T:+39 (0)2 8745 3310]]",
            ),
            ("a", "Segnato. A sabato! [[P:Luca]] - {{B:Enigma Lab}}"),
        ],
    },
    # ---------------------------------------------------------------- skate shop
    {
        "business": "skate",
        "platform": "instagram",
        "customer": "ale_sk8_",
        "lang": "it",
        "start": "2025-04-08T17:20:00",
        "messages": [
            (
                "c",
                "yo ma la tavola che avete fatto vedere nel tiktok di ieri quella con la grafica di {{W:Tony Hawk}} c è ancora?",
            ),
            (
                "a",
                "Ciao! Sì, è la {{PD:Birdhouse Tony Hawk Icon 8.0}}, {{$:€79,90}}. Te la teniamo?",
            ),
            (
                "c",
                "si pls tienimela a nome [[P:Alessandro Greco]] passo sabato\nse nn riesco passa mio fratello [[P:Nico]]",
            ),
            ("a", "Fatto, riservata a nome [[P:Greco]] fino a sabato {{D:12/04}}. 🛹"),
            (
                "c",
                "grande!! ah e nel prossimo video taggatemi sono [[H:ale_sk8_]] anche su tiktok e il canale yt è [[U:youtube.com/@alegreco.skate]]",
            ),
            (
                "a",
                "Ahah volentieri, ti tagghiamo nel video delle nuove {{PD:Vans Old Skool}}! – [[P:Kevin]], {{B:Rampa Skate Shop}}",
            ),
            (
                "c",
                "top ci sta anche [[P:fede]] nel video? quello che fa i kickflip al {{W:parco Sempione}}",
            ),
            ("a", "[[P:Fede]] è il nostro rider, sì 😎"),
        ],
    },
    {
        "business": "skate",
        "platform": "instagram",
        "customer": "Liam O'Connor-Byrne",
        "lang": "en",
        "start": "2025-02-22T13:11:00",
        "messages": [
            (
                "c",
                "hey saw ur tiktok, do u ship to [[L:ireland]]? want the {{PD:Santa Cruz Screaming Hand}} deck",
            ),
            (
                "a",
                "Hi! Yes we ship to [[L:Ireland]], shipping is {{$:€14}}. The {{PD:Santa Cruz Screaming Hand}} 8.25 is {{$:€84}}.",
            ),
            (
                "c",
                "sweet. send to [[P:Liam O'Connor-Byrne]], [[A:Flat 3, 27 Harbour View]], [[L:Dún Laoghaire]], [[L:Co. Dublin]] [[A:A96 K2X7]]",
            ),
            (
                "c",
                "phone [[T:+353 87 412 9936]] for the courier\nand its a gift for my nephew [[P:Cian]] so no invoice in the box pls",
            ),
            (
                "a",
                "No problem [[P:Liam]]! Order {{O:#RS-20931}} placed, we'll send the tracking number tomorrow.",
            ),
            ("a", "Tracking: {{TR:1Z 4F7 93X 68 2291 0435}} (UPS). Thanks! [[P:Kevin]]"),
            (
                "c",
                "legend cheers. if the pay link fails again just charge my card [[C:4539 5711 2233 4453]]",
            ),
        ],
    },
    {
        "business": "skate",
        "platform": "whatsapp",
        "customer": "Mamma di Leo",
        "lang": "it",
        "start": "2025-03-11T10:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, mio figlio [[P:Leonardo]] vuole iscriversi al corso di skate del sabato, ha 9 anni. Io sono [[P:Paola Esposito]]",
            ),
            (
                "a",
                "Buongiorno [[P:Paola]]! Il corso per bambini è il sabato alle {{TM:10:00}} allo skatepark di {{W:via Melchiorre Gioia}}, {{$:€60}} al mese.",
            ),
            (
                "c",
                "perfetto. serve certificato medico? il pediatra è il dott. [[P:Mancuso]] posso chiederlo a lui\nmio cell [[T:339.802.4417]]",
            ),
            (
                "a",
                "Sì, basta un certificato non agonistico. Ci serve anche il codice fiscale di [[P:Leonardo]] per l'assicurazione.",
            ),
            ("c", "[[CF:SPSLRD16D12F205Z]]\nlo chiamiamo [[P:Leo]] cmq 😊"),
            (
                "c",
                "ah e viene con lui anche il suo amico [[P:Kofi]] se c'è posto, la mamma è [[P:Abena Mensah]] vi scrive lei",
            ),
            ("a", "C'è posto per entrambi 😊 A sabato! [[P:Sara]] - {{B:Rampa Skate Shop}}"),
        ],
    },
    {
        "business": "skate",
        "platform": "messenger",
        "customer": "Kenji Watanabe",
        "lang": "en",
        "start": "2025-01-29T15:45:00",
        "messages": [
            (
                "c",
                "hello i am exchange student from [[L:Japan]] living in [[L:Bologna]], i want buy bearings {{PD:Bones Reds}}, do you have?",
            ),
            ("a", "Hi! Yes, {{PD:Bones Reds}} are {{$:€22}}. Pick up in store or shipping?"),
            (
                "c",
                "shipping to my dorm pls. [[A:c/o Residenza Galvani, stanza 214]], [[A:via Zamboni 38]], [[A:40126]] [[L:Bologna]]",
            ),
            (
                "c",
                "name [[P:Kenji Watanabe]], [[P:Watanabe]] is family name 😅 phone [[T:+81 90-4418-2273]] or [[L:italy]] number [[T:351 447 0982]]",
            ),
            (
                "a",
                "Thanks [[P:Kenji]]! Order {{O:#RS-20977}}, {{$:€22}} + {{$:€6}} shipping. We'll send a payment link by message.",
            ),
            (
                "c",
                "ok paid with card. my friend [[P:Yuki]] also want one, he follow your tiktok [[H:yuki.grinds]]",
            ),
            ("a", "Great, tell [[P:Yuki]] to DM us 🤙"),
            (
                "a",
                "Shipped to [[P:Kenji Watanabe]] with BRT, tracking {{TR:0590 3412 2087 7734 01}} 📦",
            ),
        ],
    },
    {
        "business": "skate",
        "platform": "telegram",
        "customer": "Davide 🔥",
        "lang": "it",
        "start": "2025-05-05T20:12:00",
        "messages": [
            (
                "c",
                "ciao ho visto su tiktok il video del contest di domenica al {{W:Parco Dora}}, io sono quello con la maglia rossa che cade 😂 me lo potete mandare?",
            ),
            ("a", "Ahah certo! Come ti chiami così ti tagghiamo?"),
            (
                "c",
                "[[P:davide rinaldi]] su tiktok [[H:@dvd.rinaldi]] e su insta [[U:instagram.com/davide_rinaldi_04]]",
            ),
            (
                "c",
                "e cmq voglio comprare una tavola nuova xke la mia si è spaccata, budget tipo {{$:70 euro}}",
            ),
            (
                "a",
                "Ti consiglio la {{PD:Element Seal 8.0}} a {{$:€69}}. Ah, il premio del contest lo ritira [[P:Samira]]? Era la tua compagna di squadra giusto?",
            ),
            (
                "c",
                "si [[P:samira el amrani]] passa lei mercoledì, il suo numero [[T:375 / 602 11 98]]",
            ),
            (
                "a",
                "Perfetto, ciao [[P:Davide]]! La tavola è l'ordine n. {{O:3391208845}}, la ritiri insieme al premio 🛹 [[P:Kevin]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- violin maker
    {
        "business": "violin",
        "platform": "messenger",
        "customer": "Elisabetta Conti",
        "lang": "it",
        "start": "2025-04-09T09:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, mia figlia [[P:Irene]] studia violino al conservatorio e avrebbe bisogno di una revisione del suo strumento, un 3/4. Si può prenotare?",
            ),
            (
                "a",
                "Buongiorno! Certo. Il maestro [[P:Ferrandi]] riceve il martedì e il giovedì. Per una revisione completa con cambio corde {{PD:Thomastik Dominant}} sono circa {{$:€90}}.",
            ),
            (
                "c",
                "Giovedì {{D:17}} va bene? il violino era del nonno, [[P:Aldo Conti]], c'è un'etichetta dentro con scritto «{{W:Antonius Stradivarius}}» ma ovviamente è una copia 😅",
            ),
            ("a", "Ahah capita spesso! Giovedì {{D:17 aprile}} alle {{TM:15:00}}. A che nome?"),
            (
                "c",
                "[[P:Elisabetta Conti]], [[T:0521 284 910]] (casa) — abitiamo a [[L:Fidenza]] quindi veniamo in macchina",
            ),
            (
                "c",
                "ah il cognome di mia figlia è diverso, [[P:Irene Dall'Aglio]], se serve per la ricevuta",
            ),
            (
                "a",
                "Perfetto signora [[P:Conti]], a giovedì. [[P:Giulia]] - {{B:Liuteria Ferrandi}}",
            ),
        ],
    },
    {
        "business": "violin",
        "platform": "instagram",
        "customer": "Hannah Vogel",
        "lang": "en",
        "start": "2025-03-13T18:02:00",
        "messages": [
            (
                "c",
                "Hi! I'm a violist from [[L:Germany]], currently on tour in [[L:Italy]], my bridge just cracked 😭 can you fix it before Friday? concert at {{W:Teatro Regio}}",
            ),
            (
                "a",
                "Oh no! Yes, we can fit a new bridge tomorrow morning. It's {{$:€110}} including the {{PD:Aubert Deluxe}} bridge blank. What's your name?",
            ),
            (
                "c",
                "[[P:Hannah Vogel]]. I'm staying at a friend's place, [[A:Borgo Rodolfo Tanzi 12]] — my friend is [[P:Lukas Brenner]], bell says '[[P:Brenner]]/[[P:Oliveri]]'",
            ),
            (
                "c",
                "sorry my italian is bad 😅 kann ich morgen um {{TM:9 Uhr}} kommen? my number [[T:+49 171 3382914]]",
            ),
            (
                "a",
                "Kein Problem! Tomorrow at {{TM:9:00}} is fine. I'll ask [[P:Giacomo]] in the workshop to prepare the blank. – [[P:Giulia]]",
            ),
            (
                "c",
                "danke!! you saved my concert 🙏 if you want to see it, my channel is [[U:https://www.youtube.com/@hannahvogel.viola]]",
            ),
            ("a", "We'll watch it! Good luck [[P:Hannah]] 🎻"),
        ],
    },
    {
        "business": "violin",
        "platform": "whatsapp",
        "customer": "Prof. Sandro",
        "lang": "it",
        "start": "2025-02-03T20:47:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Sandro Pellegrini Lodi]], insegno alla scuola media di [[L:Salsomaggiore]]. Volevo un preventivo per 6 violini da studio per l'orchestra della scuola",
            ),
            (
                "a",
                "Buonasera professore! Per 6 violini da studio {{PD:Stentor Student II}} 4/4 il prezzo è {{$:€1.140}} totale. Gli strumenti sono assemblati in {{W:Cina}} e regolati qui in bottega.",
            ),
            (
                "c",
                "Va bene. La fattura va all'istituto ma la referente è la segretaria sig.ra [[P:Delfina Rosa]]\nla sua mail è [[E:d.rosa.scuola@example.it]]",
            ),
            ("c", "il mio cell è [[T:348 77\n20 415]]"),
            (
                "a",
                "Ricevuto. Il preventivo {{R:PRV-2025/037}} è in arrivo a [[E:d.rosa.scuola@example.it]].",
            ),
            (
                "c",
                "Perfetto grazie. ah la sig.ra [[P:Rosa]] è in ferie fino al {{D:22}}, nel caso scriva a me o al collega [[P:Bruno Ventura]]",
            ),
            ("a", "Certamente. Buona serata, [[P:Giulia]] - {{B:Liuteria Ferrandi}}"),
        ],
    },
    {
        "business": "violin",
        "platform": "messenger",
        "customer": "Wei Zhang",
        "lang": "en",
        "start": "2025-04-22T07:58:00",
        "messages": [
            (
                "c",
                "Good morning. I would like to sell my late father's violin. It is from {{W:Cremona}}, made 1978 by a luthier named [[P:Gualtiero Semenzi]]",
            ),
            (
                "c",
                "My name is [[P:Zhang Wei]] ([[P:Zhang]] is surname). My father was [[P:Zhang Guoliang]].",
            ),
            (
                "a",
                "Good morning and our condolences. Maestro [[P:Ferrandi]] can do an appraisal, {{$:€80}}, deducted if we buy it. Could you send photos of the label?",
            ),
            (
                "c",
                "Yes I send now. My email [[E:zhang.wei.lyon@example.fr]], I live in [[L:Lyon]], [[L:France]], I come to [[L:Italy]] in {{D:May}}",
            ),
            (
                "c",
                "Je peux aussi vous appeler si c'est plus simple : [[T:+33 6 12 48 90 37]]. sorry, french habit 😄",
            ),
            (
                "a",
                "No problem! Appointment {{R:APP-1189}} on {{D:14 May}} at {{TM:11:00}}. See you, Mr [[P:Zhang]]. – [[P:Giacomo]]",
            ),
        ],
    },
    {
        "business": "violin",
        "platform": "telegram",
        "customer": "bea.cello",
        "lang": "it",
        "start": "2025-04-16T22:10:00",
        "messages": [
            (
                "c",
                "ciao! sn [[P:beatrice]], suono il violoncello in un quartetto, ci serve un liutaio x una regolazione dell'anima prima del concerto «{{W:Vivaldi}} e le {{W:Quattro Stagioni}}» del {{D:3 maggio}}",
            ),
            ("a", "Ciao [[P:Beatrice]]! Regolazione anima {{$:€35}}. Quando puoi passare?"),
            (
                "c",
                "lunedì dopo le 18? vengo con [[P:Ottavio]] il primo violino del quartetto, anche lui ha un problema col ponticello\nsu telegram mi trovi anche come [[H:@bea_cello]]",
            ),
            ("a", "Lunedì alle {{TM:18:30}} va bene. Ci lasci un recapito?"),
            (
                "c",
                "[[T:+39 333 9012 784]] e la mail [[E:beatrice.ngcobo(at)example(dot)it]]\nil cognome è [[P:Ngcobo]], [[P:N-G-C-O-B-O]], mio papà è di [[L:Durban]] 😊",
            ),
            (
                "c",
                "dopo il concerto andiamo a mangiare una {{PD:quattro stagioni}} da {{B:Pizzeria Da Michele}} se volete venire ahah",
            ),
            ("a", "Ahah grazie! A lunedì [[P:Beatrice]] 🎻 [[P:Giacomo]]"),
        ],
    },
    # ---------------------------------------------------------------- pet insurance
    {
        "business": "pet",
        "platform": "whatsapp",
        "customer": "Roberta",
        "lang": "it",
        "start": "2025-01-14T10:20:00",
        "messages": [
            (
                "c",
                "Buongiorno vorrei info per assicurare il mio cane, un golden di 3 anni si chiama {{W:Biscotto}}",
            ),
            (
                "a",
                "Buongiorno! Abbiamo la polizza {{PD:Zampa Base}} a {{$:€12,90}}/mese e la {{PD:Zampa Plus}} a {{$:€21,50}}/mese con rimborso visite. Le serve un preventivo?",
            ),
            ("c", "si la plus. sono [[P:Roberta Lanzillotta]] cf [[CF:LNZRRT85H52L219R]]"),
            ("c", "residente in [[A:via San Francesco d'Assisi 9/B]] [[A:10122]] [[L:Torino]]"),
            ("a", "Grazie signora [[P:Lanzillotta]]. Ha un veterinario di riferimento?"),
            (
                "c",
                "la dott.ssa [[P:Marisa Ghedini]] dell'ambulatorio {{B:Santa Chiara}}, quello vicino a {{W:Porta Nuova}}",
            ),
            (
                "a",
                "Preventivo {{R:ZS-Q-55102}} inviato. Il pagamento può farlo con addebito su IBAN. [[P:Marco]] - {{B:Zampa Sicura}}",
            ),
            (
                "c",
                "ok l'iban è [[I:IT60 X054 2811 1010 0000 0123 456]] intestato a me e a mio marito [[P:Franco]]",
            ),
        ],
    },
    {
        "business": "pet",
        "platform": "messenger",
        "customer": "Oliver Bennett",
        "lang": "en",
        "start": "2025-02-18T12:35:00",
        "messages": [
            (
                "c",
                "hi, my cat {{W:Pumpkin}} needs surgery and i want to know if your policy covers pre-existing stuff",
            ),
            (
                "a",
                "Hi [[P:Oliver]]! Pre-existing conditions are excluded in the first 12 months on {{PD:Zampa Plus}}. Is the surgery already scheduled?",
            ),
            (
                "c",
                "yeah on the {{D:28th}} at the vet in [[L:Trastevere]], near my flat. dr [[P:Okafor]] said it's like {{$:€900}}",
            ),
            (
                "c",
                "i moved here from [[L:Leeds]] last year so not sure how it works in italy lol. my [[L:UK]] number is [[T:+44 7700 900461]]",
            ),
            (
                "a",
                "Understood. I'm afraid this one wouldn't be covered, but we can cover future issues. Want a quote? We'll need your codice fiscale and address.",
            ),
            ("c", "ok sure. [[CF:BNNLVR90A15Z114M]]"),
            (
                "c",
                "address [[A:via della Lungaretta 88, int. 4]], [[A:00153]] [[L:Roma]]. email [[E:oliver.bennett.rome@example.com]]\nrefunds can go to my old [[L:UK]] account [[I:GB20NWBK60161348271093]]",
            ),
            (
                "a",
                "Thanks! Quote {{R:ZS-Q-55127}} sent. Get well soon to {{W:Pumpkin}} 🐱 – [[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "pet",
        "platform": "instagram",
        "customer": "giorgia_e_i_suoi_gatti",
        "lang": "it",
        "start": "2025-03-02T19:48:00",
        "messages": [
            (
                "c",
                "ciao! io ho 3 gatti {{W:Oreo}}, {{W:Luna}} e {{W:Mirtillo}} 🐈 fate sconti x più animali?",
            ),
            ("a", "Ciao! Sì, dal secondo animale {{$:-15%}}. Ci dici età e razza?"),
            (
                "c",
                "{{W:oreo}} 5 anni europeo, {{W:luna}} 2 anni siamese, {{W:mirtillo}} 1 anno trovatello\nah sono [[P:Giorgia Pace]] cmq 😊",
            ),
            (
                "c",
                "e la polizza la intesto a mio marito [[P:Emanuele]] che paga lui 😂 [[P:Emanuele Sartori]], [[E:ema.sartori@example.it]]",
            ),
            (
                "a",
                "Ahah perfetto! Per 3 gatti con {{PD:Zampa Base}} sono {{$:€31,40}}/mese. Se volete la fattura ci serve la P.IVA.",
            ),
            (
                "c",
                "si lui ha la partita iva è fotografo, [[V:09128370153]], il suo sito è [[U:www.emanuelesartori.it]] se vi serve",
            ),
            ("a", "Perfetto, grazie [[P:Giorgia]]! Vi mandiamo tutto via mail 🐾 [[P:Elena]]"),
            (
                "c",
                "grazieee ps seguiteci [[H:@giorgia_e_i_suoi_gatti]] 😻 e anche [[P:ema]] è su insta come [[H:ema.sartori.ph]]",
            ),
        ],
    },
    {
        "business": "pet",
        "platform": "whatsapp",
        "customer": "Ahmed Al-Sayed",
        "lang": "en",
        "start": "2025-04-03T14:07:00",
        "messages": [
            (
                "c",
                "Hello, I have a claim for my dog {{W:Rocky}}, he ate chocolate and we went to emergency vet. Policy number {{R:ZSP-00452871}}",
            ),
            (
                "a",
                "Hello [[P:Ahmed]], sorry to hear that! Is {{W:Rocky}} okay? Please send the vet invoice and the IBAN for the refund.",
            ),
            (
                "c",
                "He is fine now thanks god. Invoice coming. Refund to my wife account please, [[P:Layla Al-Sayed]], IBAN [[I:DE44500105175407324931]] it is bank in [[L:Germany]], we lived in [[L:Frankfurt]] before",
            ),
            (
                "c",
                "the chocolate was {{PD:Kinder Bueno}} from my son [[P:Yusuf]] lol he left it on sofa",
            ),
            (
                "a",
                "Claim {{R:CLM-2025-3390}} opened. Refund {{$:€186,00}} to the account of [[P:Layla Al-Sayed]], within 10 working days.",
            ),
            ("c", "Thank you so much. Also my new phone [[T:(+39) 366-201-7745]]"),
            ("a", "Updated! Take care, [[P:Elena]] - {{B:Zampa Sicura}}"),
        ],
    },
    {
        "business": "pet",
        "platform": "telegram",
        "customer": "Nonna Pina",
        "lang": "it",
        "start": "2025-02-25T18:30:00",
        "messages": [
            (
                "c",
                "buonasera sono la signora [[P:Giuseppina Rota]] ma tutti mi chiamano [[P:Pina]], mio nipote [[P:Tommaso]] mi ha detto di scrivere qui x il gatto",
            ),
            ("a", "Buonasera signora [[P:Pina]]! Come possiamo aiutarla?"),
            (
                "c",
                "il gatto si chiama {{W:Napoleone}} ha 14 anni si può assicurare? abito a [[L:Ponte di Piave]] in provincia di [[L:treviso]]",
            ),
            (
                "a",
                "Fino a 10 anni possiamo assicurarlo con la {{PD:Zampa Senior}}, per 14 anni purtroppo no 😔 Possiamo però indicarle un veterinario convenzionato.",
            ),
            (
                "c",
                "peccato. il telefono di casa è [[T:0422 75 93 18]] se mi chiamate mi spiegate meglio, il cellulare ce l'ha [[P:tommaso]] [[T:3401187265]]",
            ),
            ("a", "La chiamiamo domani mattina, signora. Un saluto, [[P:Marco]]"),
            (
                "c",
                "grazie. se serve la mail è quella di mio nipote [[P:Tommaso Rota]] [[E:tommy.rota03@example.it]] io nn la so usare",
            ),
        ],
    },
    # ---------------------------------------------------------------- nail studio
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "chiaraaa.nails.lover",
        "lang": "it",
        "start": "2025-03-20T13:25:00",
        "messages": [
            (
                "c",
                "ciaoo vorrei prenotare semipermanente + nail art x venerdì, la stessa che avete fatto a [[P:Vale]] nella storia di ieri 😍",
            ),
            (
                "a",
                "Ciao! Quella è la nail art «{{PD:Bordeaux Velvet}}», {{$:€45}}. Venerdì abbiamo le {{TM:15:00}} o le {{TM:17:30}} con [[P:Xiomara]].",
            ),
            (
                "c",
                "le {{TM:17 e 30}}!! nome [[P:Chiara Mazzoleni]] [[T:+39 347-6628-019]]\nvengo con la mia amica [[P:Ludo]] se c è posto anche x lei",
            ),
            (
                "a",
                "Per [[P:Ludovica]]? Alle {{TM:17:30}} abbiamo anche [[P:Jenny]] libera 😊 Ci dai il cognome?",
            ),
            ("c", "[[P:ludovica de sanctis]] 💅"),
            ("a", "Prenotate! Codice {{R:SC-8812}}. [[P:Xiomara]] - {{B:Smalto & Co}}"),
            (
                "c",
                "mi raccomando colore {{W:rosso ferrari}} per lei 😂 e x me qualcosa tipo {{PD:Chanel Rouge Noir}}",
            ),
        ],
    },
    {
        "business": "nails",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-04-28T08:15:00",
        "messages": [
            (
                "c",
                "Hi, I'm getting married on {{D:June 7}} at [[L:Lake Como]] and need bridal nails for me + 4 bridesmaids. Do you travel?",
            ),
            (
                "a",
                "Congratulations! Yes, we travel for weddings. For 5 people the bridal package {{PD:Ivory Bride}} is {{$:€320}} + travel. Where will you be getting ready?",
            ),
            (
                "c",
                "{{W:Villa Carlotta}}? no wait that's only where the photos are. we stay at my aunt's house in [[L:Tremezzo]], [[A:via Regina 17]]",
            ),
            (
                "c",
                "bridesmaids: [[P:Ananya]], [[P:Meera]], my sister [[P:Kavya Raghunathan]] and [[P:Rose Whitfield]]. i'm [[P:Priya]]. my fiancé [[P:Tom]] says hi lol",
            ),
            (
                "a",
                "Lovely! Booking {{R:SC-W-0607}}, arrival at {{TM:9:00}}. Please send the {{$:€100}} deposit via the card link. Email?",
            ),
            ("c", "[[E:priya.r.weds.tom@example.com]] and mobile [[T:+1 (415) 555-0182]]"),
            ("a", "Perfect, see you on the {{D:7th}}! – [[P:Jenny]], {{B:Smalto & Co}}"),
        ],
    },
    {
        "business": "nails",
        "platform": "whatsapp",
        "customer": "Mihaela",
        "lang": "it",
        "start": "2025-05-02T09:40:00",
        "messages": [
            (
                "c",
                "buna ziua.. scusa, buongiorno 😅 sono [[P:Mihaela Popescu]], ho unghia rotta, potete fare ricostruzione oggi??",
            ),
            (
                "a",
                "Buongiorno [[P:Mihaela]]! Oggi alle {{TM:12:30}} abbiamo posto. Ricostruzione singola {{$:€8}}.",
            ),
            ("c", "si vengo, lavoro qui vicino al bar di [[P:Franco]]"),
            (
                "c",
                "pago con carta, ho solo {{B:Revolut}}, va bene? se serve numero carta [[C:5167 3390 4128 8457]]",
            ),
            (
                "a",
                "Va benissimo il POS, ma non ci mandi il numero della carta qui per sicurezza 🙏 A dopo!",
            ),
            (
                "c",
                "ah ok scusa 🙈 mia collega [[P:Ionela]] vuole venire domani, numero [[T:371.440.8826]]",
            ),
            ("a", "La scriviamo per domani alle {{TM:10:00}}. Cognome di [[P:Ionela]]?"),
            ("c", "[[P:Dumitru]], [[P:Ionela Dumitru]] grazie mille"),
        ],
    },
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "sunny_side_sadie",
        "lang": "en",
        "start": "2025-04-21T16:55:00",
        "messages": [
            (
                "c",
                "heyy can u do the {{PD:Hello Kitty}} nail set from ur tiktok for my daughter [[P:Hope]]'s 10th bday party? like 6 little girls",
            ),
            (
                "a",
                "Hi! Yes, the kids mini set is {{$:€12}} per child, no gel, just polish 💖 When's the party?",
            ),
            (
                "c",
                "saturday {{D:3 may}} at home, could u come to us? [[A:via Ludovico Ariosto 5]], near {{W:piazza Vittorio}}. im [[P:Sadie Morgan]]",
            ),
            ("a", "We can! Travel fee {{$:€20}} within the city. Which buzzer?"),
            (
                "c",
                "buzz [[P:Morgan-Ferri]] on the 3rd floor. my husband [[P:Stefano]] will open if im not back",
            ),
            (
                "a",
                "Perfect, booking {{R:SC-K-0503}} at {{TM:15:00}}. [[P:Jenny]] and [[P:Xiomara]] will come! {{W:Hope}} everyone has a great party 🎉",
            ),
            (
                "c",
                "yaaay thank u!! also pls dont post pics of the kids on ur insta, [[P:hope]]'s dad is strict about it 😅",
            ),
        ],
    },
    {
        "business": "nails",
        "platform": "telegram",
        "customer": "Fra",
        "lang": "it",
        "start": "2025-03-06T11:12:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:francesca]] ho un centro estetico a [[L:Vignola]] e vorrei fare il vostro corso di nail art avanzato",
            ),
            (
                "a",
                "Ciao [[P:Francesca]]! Il corso {{PD:Nail Art Pro}} dura 2 giorni, {{$:€290}}, prossima data {{D:19-20 maggio}}.",
            ),
            (
                "c",
                "ok mi iscrivo. fattura a [[P:Francesca Bertolini]] ditta individuale p iva [[V:14739200583]] indirizzo [[A:via per Sassuolo 1420]] [[A:41058]] [[L:Vignola]] ([[L:MO]])",
            ),
            ("a", "Perfetto. Per il pagamento: bonifico a {{B:Smalto & Co}} oppure carta."),
            (
                "c",
                "bonifico dal conto [[I:IT54K0306909606100000063527]]. poi vi mando la contabile. su insta sono [[H:francescabeauty_vignola]] se volete ripostare i miei lavori 😊 tutti i link qui [[U:linktr.ee/francescabeauty]]",
            ),
            ("a", "Certo! Benvenuta, [[P:Xiomara]]"),
        ],
    },
    {
        "business": "nails",
        "platform": "messenger",
        "customer": "Anna Maria",
        "lang": "it",
        "start": "2025-05-09T17:03:00",
        "messages": [
            (
                "c",
                "Salve sono [[P:Anna Maria Cocco]], vorrei regalare un buono a mia nuora [[P:Speranza]] per il suo compleanno",
            ),
            (
                "a",
                "Che bel pensiero! I buoni partono da {{$:€30}}. Lo intestiamo a [[P:Speranza]]?",
            ),
            ("c", "si, [[P:Speranza Oduya]]. la {{W:speranza}} è che le piaccia 😄"),
            (
                "c",
                "I write also in english because she is from [[L:Nairobi]] and reads better: happy birthday [[P:Speranza]], from mama [[P:Anna]] and [[P:Gigi]]",
                "en",
            ),
            (
                "a",
                "Bellissimo! Buono {{R:GV-SC-0911}} da {{$:€50}}. Glielo mandiamo via mail o lo ritirate?",
            ),
            ("c", "mandatelo a lei [[E:speranza_oduya [chiocciola] example.it]]"),
            ("a", "Fatto, buona giornata! [[P:Jenny]] - {{B:Smalto & Co}}"),
        ],
    },
    # ---------------------------------------------------------------- e-sports coaching
    {
        "business": "esports",
        "platform": "messenger",
        "customer": "xXDarkNovaXx",
        "lang": "en",
        "start": "2025-03-24T22:41:00",
        "messages": [
            (
                "c",
                "yo i want coaching for {{PD:valorant}}, im stuck in gold 2 😤 my riot id is [[H:DarkNova#EUW7]]",
            ),
            (
                "a",
                "Hey! Our {{PD:Valorant}} coach [[P:Andrea]] (in game [[H:Kairo]]) does 1:1 VOD review, {{$:€25}}/hour. What's your main?",
            ),
            (
                "c",
                "{{W:jett}} and {{W:reyna}}. also my discord is [[H:darknova_]] add me there\nirl name [[P:Samuel Adeyemi]] btw",
            ),
            (
                "a",
                "Added! First session Thursday {{TM:19:00}} CET? Payment by {{B:PayPal}} to our business account.",
            ),
            (
                "c",
                "bet. my mum pays tho her email is [[E:folake.adeyemi@example.co.uk]] she's [[P:Folake]]",
            ),
            (
                "a",
                "No worries, invoice {{R:RC-INV-2207}} sent to [[P:Folake]]. See you Thursday! – [[P:Andrea]] from {{B:Respawn}}",
            ),
            (
                "c",
                "also can my duo join? he's [[H:Tw1tchy_Fenn]] on twitch, [[U:twitch.tv/tw1tchy_fenn]]",
            ),
        ],
    },
    {
        "business": "esports",
        "platform": "telegram",
        "customer": "Lorenzo",
        "lang": "it",
        "start": "2025-02-12T18:18:00",
        "messages": [
            (
                "c",
                "ciao mio figlio [[P:Gabriele]] ha 15 anni e vorrebbe migliorare a {{PD:FIFA}}, ehm {{PD:EA Sports FC}}, fate coaching x ps5?",
            ),
            (
                "a",
                "Ciao! Sì, il nostro coach [[P:Yusuf]] segue {{PD:EA FC 25}} su {{PD:PS5}}. Pacchetto 4 sessioni {{$:€80}}. Qual è l'ID PSN di [[P:Gabriele]]?",
            ),
            ("c", "[[H:gabri_ronaldo07]] ... lo so, ama {{W:Ronaldo}} 😂"),
            (
                "c",
                "io sono il papà [[P:Lorenzo Bassi Maran]], cell [[T:0039 392 114 5560]]\nil pagamento con carta [[C:4927-1835-6402-1174]] va bene o preferite link?",
            ),
            (
                "a",
                "Meglio il link di pagamento, non scriva il numero della carta in chat 🙏 Glielo mandiamo per SMS. Prima sessione giovedì alle {{TM:18:00}}?",
            ),
            ("c", "giovedì ok. [[P:gabri]] è emozionatissimo"),
            ("a", "Ottimo! A giovedì, [[P:Yusuf]] - {{B:Respawn Coaching}}"),
        ],
    },
    {
        "business": "esports",
        "platform": "instagram",
        "customer": "Marta Jiménez",
        "lang": "en",
        "start": "2025-04-05T15:29:00",
        "messages": [
            (
                "c",
                "Hola! sorry, hi 😅 I'm [[P:Marta Jiménez García]] from [[L:Valencia]], I play {{PD:League of Legends}} support, could I get coaching in Spanish?",
            ),
            (
                "a",
                "¡Hola [[P:Marta]]! Yes, our coach [[P:Lucía]] speaks Spanish. Sessions are {{$:€30}}/hour. Your summoner name?",
            ),
            (
                "c",
                "[[H:MartaSupp0rt]] on EUW. Mi hermano [[P:Javi]] también quiere jugar, es [[H:JaviJungle99]]",
            ),
            (
                "c",
                "we can pay by bank transfer, for refunds my IBAN is [[I:ES5601824471620201583609]]",
            ),
            (
                "a",
                "Thanks! Booking {{R:RC-0412-LOL}} for {{D:April 12}} at {{TM:17:00}}. [[P:Lucía]] will add you on Discord, what's your tag?",
            ),
            (
                "c",
                "[[H:marta.jg]] 💜 and pls dont tell [[P:javi]] i booked him lol its a surprise for his bday",
            ),
            ("a", "Haha our lips are sealed 🤐 – [[P:Lucía]]"),
        ],
    },
    {
        "business": "esports",
        "platform": "whatsapp",
        "customer": "Simo",
        "lang": "it",
        "start": "2025-04-18T21:14:00",
        "messages": [
            (
                "c",
                "raga il coaching di ieri nn ha funzionato, la chiamata su discord è caduta dopo 10 min 😡 [[P:Davide]] il coach nn rispondeva",
            ),
            ("a", "Ciao, ci scusiamo! Ci dai il tuo nome e il tuo user Discord così verifichiamo?"),
            (
                "c",
                "[[P:Simone Russo]], discord [[H:simorusso.exe]], steam [[H:SimoTheGreat]]\nil mio ip è [[IP:93.44.187.210]] se vi serve x capire il lag",
            ),
            (
                "a",
                "Grazie [[P:Simone]]. Dai log sembra un problema dal nostro lato. Ti rimborsiamo la sessione ({{$:€25}}) o la recuperiamo sabato?",
            ),
            (
                "c",
                "recupero sabato ma cn un altro coach pls, magari [[P:Erika]] che mi ha detto il mio amico [[P:Pietro]] che è brava",
            ),
            (
                "a",
                "Fatto: sabato {{D:19/04}} alle {{TM:16:00}} con [[P:Erika]], ticket {{R:TCK-30917}}. [[P:Andrea]] - {{B:Respawn Coaching}}",
            ),
            (
                "c",
                "ok grz. ah nel caso il mio ipv6 è [[IP:2001:db8:4f2a:1c::7]] boh nn so se serve 😅",
            ),
        ],
    },
    {
        "business": "esports",
        "platform": "telegram",
        "customer": "Kwame",
        "lang": "en",
        "start": "2025-04-20T12:00:00",
        "messages": [
            (
                "c",
                "hey, i run a small twitch channel and i want coaching for {{PD:Apex Legends}} + advice on streaming. channel [[U:https://twitch.tv/kwame_apexgod]]",
            ),
            (
                "a",
                "Hey! We do a combo: 3 gameplay sessions + 1 stream review, {{$:€120}}. What's your name?",
            ),
            (
                "c",
                "[[P:Kwame Asante]]. im in [[L:Accra]] so timezone GMT, is that ok? my xbox gamertag is [[H:KwameAsanteGH]] too",
            ),
            (
                "a",
                "Totally fine, our coach [[P:Nikolai]] plays late anyway 😄 We'll send a payment link. Phone for WhatsApp reminders?",
            ),
            (
                "c",
                "[[T:+233 24 551 8307]]\nalso my manager/cousin [[P:Ama Boateng]] handles business emails: [[E:ama.b@kwameapex.example]]",
            ),
            (
                "a",
                "Great, invoice {{R:RC-INV-2231}} goes to [[P:Ama]]. First session {{D:Tuesday 22 April}}, {{TM:20:00}} GMT. – [[P:Nikolai]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(99, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
