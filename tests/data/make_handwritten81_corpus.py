# ruff: noqa: E501
"""Hand-written blind test corpus no. 81 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every person, phone,
e-mail, address and handle is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted here
as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive
``{{CODE:value}}`` (see handwritten_markup.py beside this file).

The six invented businesses: a removals company, a plant nursery that delivers, a yoga
studio, a bicycle courier service, an agriturismo with rooms and a furniture restorer who
collects and returns pieces. The emphasis is on places and addresses.

Regenerate with: python make_handwritten81_corpus.py (writes handwritten81_corpus.jsonl).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten81_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "trasl": "Traslochi Fratelli Zanutto",
    "vivaio": "Vivaio Il Glicine",
    "yoga": "Prana Yoga Loft",
    "bici": "Pedalò Bike Courier",
    "agri": "Agriturismo Ca' dei Gelsi",
    "rest": "Bottega Restauri Ferlin",
}
PAGE_IDS: dict[str, str] = {
    "trasl": "681590204817365",
    "vivaio": "681590377120948",
    "yoga": "681590561238804",
    "bici": "681590719043326",
    "agri": "681590832665017",
    "rest": "681590948372150",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- removals ----------------
    {
        "business": "trasl",
        "platform": "messenger",
        "customer": "Serena Tomasin",
        "lang": "it",
        "start": "2025-02-03T08:42:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei un preventivo x trasloco da [[L:Mestre]] a [[L:Bassano del Grappa]]\nsiamo in 3 piu il gatto 😅 appartamento al 2 piano senza ascensore",
            ),
            (
                "a",
                "Buongiorno! Volentieri. Mi indica gli indirizzi di partenza e arrivo e la data indicativa? Grazie, {{B:Traslochi Fratelli Zanutto}}",
            ),
            (
                "c",
                "partenza [[A:via Piave 118]] scala C int 9, [[A:30171]] [[L:Mestre]]\narrivo [[A:viale delle Fosse 27]] [[L:bassano]] ma il civico nn sono sicura te lo confermo stasera",
            ),
            ("c", "data verso il {{D:15 marzo}} cmq prima della fine mese pls"),
            (
                "a",
                "Perfetto. Il sopralluogo lo fa il nostro tecnico [[P:Loris]] giovedì alle {{TM:10:30}}, va bene? Citofono a nome [[P:Tomasin]]?",
            ),
            (
                "c",
                "no citofono [[P:Bellotto]] è di mio compagno [[P:Davide]] 🙂 il mio cell è [[T:347 281 9034]]",
            ),
            ("c", "ah il civico giusto di [[L:bassano]] è [[A:29]] non 27 scusa"),
            ("a", "Annotato tutto, grazie [[P:Serena]]! A giovedì. [[P:Michela]]"),
        ],
    },
    {
        "business": "trasl",
        "platform": "whatsapp",
        "customer": "Tom Whitfield",
        "lang": "en",
        "start": "2025-02-11T17:05:00",
        "messages": [
            (
                "c",
                "hi there, we're relocating from [[L:Manchester]] to [[L:Udine]] in april, do you do international moves or only inside italy?",
            ),
            (
                "a",
                "Hi [[P:Tom]], yes we handle moves from the {{W:UK}} too, with a partner for the English side. Could you send the pick-up address and a rough list of furniture?",
            ),
            (
                "c",
                "sure its [[A:Flat 4, 22 Clarendon Road]], [[L:Didsbury]], [[A:M20 2QT]]\n2 bed flat, a piano (!!) and maybe 40 boxes\nnew place is [[A:via Cividina 41]] in [[L:udine]], landlord is a mr [[P:Pitassi]]",
            ),
            (
                "a",
                "Thanks. The piano needs a special crew. We'd quote around {{$:€ 4.800}} all in, insurance included. Reference {{R:PRV-2025-0318}}.",
            ),
            (
                "c",
                "ok sounds fair. my wife [[P:Hannah]] will sign, her email is [[E:hannah.whitfield@example.co.uk]]\nmy uk number [[T:+44 7700 918 342]] works on whatsapp",
            ),
            ("c", "oh and pls the piano is a {{B:Steinway}}, be gentle 😬"),
            (
                "a",
                "Promised 🙂 We'll send the contract to [[P:Hannah]] today. [[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "trasl",
        "platform": "instagram",
        "customer": "kri.novak",
        "lang": "it",
        "start": "2025-03-01T10:20:00",
        "messages": [
            (
                "c",
                "ciao io sono [[P:Kristina Novaković]] vivo a [[L:Gorizia]] e devo portare solo un armadio e una lavatrice da mia nonna a [[L:Nova Gorica]]\nsi fa anche oltre confine?",
            ),
            (
                "a",
                "Ciao [[P:Kristina]], sì andiamo anche in {{W:Slovenia}}, nessun problema. Mi dai le due vie?",
            ),
            (
                "c",
                "da [[A:via Rastello 15]] a casa di nonna [[P:Vesna]] in [[A:Kidričeva ulica 9]]\nlei nn parla italiano bene, se chiamate chiedete di [[P:Mirko]] mio zio [[T:00386 41 552 907]]",
            ),
            (
                "a",
                "Benissimo. Per un piccolo trasporto così il prezzo è {{$:180 euro}}. Va bene sabato {{D:8 marzo}}?",
            ),
            (
                "c",
                "si perfetto hvala 🙏 ah pagamento con carta? [[C:4938 1726 0451 9732]] scade 09/27",
            ),
            (
                "a",
                "[[P:Kristina]] per sicurezza non mandare il numero della carta in chat 🙏 ti mandiamo un link di pagamento sicuro. [[P:Giulia]] - {{B:Zanutto}}",
            ),
        ],
    },
    {
        "business": "trasl",
        "platform": "telegram",
        "customer": "ahmed_b",
        "lang": "it",
        "start": "2025-03-06T19:48:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Ahmed Benali]] io cambio casa da [[L:Pordenone]] a [[L:Sacile]] e io voglio sapere quanto costa piccolo furgone con 2 persona",
            ),
            (
                "a",
                "Buonasera [[P:Ahmed]], furgone con due operatori costa {{$:45 euro l'ora}}. Di solito per quel tragitto servono 4-5 ore.",
            ),
            (
                "c",
                "ok bene. casa vecchia [[A:via Montereale 63/B]] casa nuova frazione [[L:Cavolano]] [[A:via del Bosco 6]]\nil mio amico [[P:Youssef]] aiuta anche",
            ),
            ("c", "mio telefono [[T:320.448.61.09]]"),
            (
                "a",
                "Grazie! Le mando la conferma con il codice {{R:TR-0412}}. Il giorno prima la chiama [[P:Loris]] per l'orario.",
            ),
            ("c", "grazie mille fratello 👍"),
        ],
    },
    {
        "business": "trasl",
        "platform": "messenger",
        "customer": "Valeria De Luca Ferri",
        "lang": "it",
        "start": "2025-03-12T13:02:00",
        "messages": [
            (
                "c",
                "salve dovrei fare un trasloco per mia madre che si trasferisce da [[L:Lecce]] qui da noi a [[L:Treviso]]\nlei abita in [[A:via Taranto 14]], 3 piano\nio sono [[P:Valeria De Luca Ferri]]",
            ),
            (
                "a",
                "Buongiorno signora, dalla {{W:Puglia}} facciamo viaggi ogni due settimane con groupage. Il prossimo carico parte il {{D:27 marzo}}.",
            ),
            (
                "c",
                "ottimo. consegna da me in [[A:borgo Cavalli 52]], [[A:31100]]\nla mamma si chiama [[P:Addolorata Ferri]] ma tutti la chiamano [[P:Dora]], le telefonate meglio a me [[T:0422 / 58 31 76]]",
            ),
            ("c", "per la fattura mi servirebbe a nome mio col codice fiscale"),
            ("a", "Certo, ci invii pure il codice fiscale e la mail per la fattura."),
            (
                "c",
                "cf [[CF:RSSGLI85M41F205V]] no scusi quello è di mia nuora [[P:Giulia]] 🤦‍♀️ lascio perdere lo mando via mail a [[E:vale.deluca.ferri@libero.it]]",
            ),
            ("a", "Nessun problema, aspettiamo la mail. Buona giornata, [[P:Michela]]"),
        ],
    },
    {
        "business": "trasl",
        "platform": "whatsapp",
        "customer": "Jonas",
        "lang": "en",
        "start": "2025-03-20T07:55:00",
        "messages": [
            (
                "c",
                "hallo, i am [[P:Jonas Weißmüller]], i move from [[L:Trieste]] back to [[L:Germany]], to [[L:Regensburg]]\nmy english better than italian sorry",
            ),
            (
                "a",
                "Hi [[P:Jonas]], no problem! Where in [[L:Trieste]] should we pick up, and the address in [[L:Regensburg]]?",
            ),
            (
                "c",
                "pickup [[A:via della Ginnastica 31]], near the {{W:Piazza Unità}}\ndelivery [[A:Ludwigstraße 17a]], [[A:93047]] [[L:Regensburg]]",
            ),
            ("c", "Meine Mutter wohnt im Erdgeschoss, also kein Problem mit der Treppe 😄", "de"),
            (
                "a",
                "Perfect, ground floor is easy. Quote {{R:PRV-2025-0402}} is {{$:€ 2.350}}. Deposit by bank transfer please.",
            ),
            ("c", "ok i send from my german account [[I:DE49760501010042837165]] tomorrow"),
            ("a", "Thank you [[P:Jonas]]! Our IBAN is in the quote PDF. [[P:Marco]]"),
        ],
    },
    # ---------------- plant nursery ----------------
    {
        "business": "vivaio",
        "platform": "instagram",
        "customer": "la_rosa_di_teo",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            ("c", "ciao avete ancora gli ulivi da 2 metri? 🫒 li consegnate a [[L:Conegliano]]?"),
            (
                "a",
                "Ciao! Sì, {{PD:olivo Leccino}} h 2 m a {{$:89 €}}. Consegniamo in tutta la {{W:Marca Trevigiana}} il martedì e il venerdì.",
            ),
            (
                "c",
                "top ne prendo 2 + 3 {{PD:rosa Pierre de Ronsard}}\nconsegna a [[A:via Madonna della Neve 4]] loc. [[L:Scomigo]]\nse nn ci sono io c'è mia sorella [[P:Rosa]] lol si chiama proprio così",
            ),
            ("a", "Perfetto 😊 ordine {{O:VG-24817}}. A chi intestiamo?"),
            ("c", "[[P:Teodoro Battistella]] ma x tutti sono [[P:teo]]\ncell [[T:349 7730 218]]"),
            (
                "a",
                "Grazie [[P:Teo]]! Consegna venerdì mattina. [[P:Anna]] - {{B:Vivaio Il Glicine}}",
            ),
        ],
    },
    {
        "business": "vivaio",
        "platform": "messenger",
        "customer": "Margaret O'Donnell",
        "lang": "en",
        "start": "2025-03-08T15:30:00",
        "messages": [
            (
                "c",
                "Hello! We have a holiday house in [[L:Asolo]] and I'd love some lavender and a lemon tree planted before we arrive at Easter. Do you also plant, or only deliver?",
            ),
            (
                "a",
                "Hello [[P:Margaret]], we can deliver and plant. Lavender {{PD:Lavandula Hidcote}} is {{$:6,50 €}} each, {{PD:limone Femminello}} in a 40 cm pot {{$:65 €}}.",
            ),
            (
                "c",
                "lovely. the house is at [[A:via Browning 9]]\nactually hmm {{W:via Browning}} is the main street, our gate is at the back on [[A:vicolo San Martino 2]]\nour neighbour Signora [[P:Pellizzari]] has the key",
            ),
            (
                "a",
                "Noted, we'll ring Signora [[P:Pellizzari]]. Could we have a phone number for her or for you?",
            ),
            ("c", "mine is [[T:+353 87\n412 6609]]"),
            (
                "c",
                "sorry that got split!! it's [[T:+353 87 412 6609]] (Irish number), I'm in [[L:Cork]] until the 10th",
            ),
            (
                "a",
                "Got it, thank you! Planting scheduled for {{D:12 April}}, order {{O:VG-24833}}. [[P:Anna]] from the nursery",
            ),
        ],
    },
    {
        "business": "vivaio",
        "platform": "whatsapp",
        "customer": "Gianni",
        "lang": "it",
        "start": "2025-03-15T11:10:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Gianni Furlanetto]] volevo sapere se la siepe di {{PD:photinia Red Robin}} ce l'avete in vaso 18\nmi servono 40 piante x il giardino dietro casa a [[L:Ponzano]]",
            ),
            (
                "a",
                "Buongiorno [[P:Gianni]], sì disponibili a {{$:7,90 €}} cad. Per 40 pz le facciamo {{$:280 €}} con consegna.",
            ),
            (
                "c",
                "va bene. l'indirizzo è [[A:via Camalò 88]] [[L:Ponzano Veneto]]\nchiedete a mio figlio [[P:Nicola]] che è sempre in casa lui lavora da remoto",
            ),
            ("c", "poi per la fattura a nome ditta, partita iva [[V:05837120947]]"),
            (
                "a",
                "Ricevuto. Ordine {{O:VG-24902}}, consegna martedì {{D:18/03}} tra le {{TM:8}} e le {{TM:12}}.",
            ),
        ],
    },
    {
        "business": "vivaio",
        "platform": "instagram",
        "customer": "greenthumb.lin",
        "lang": "en",
        "start": "2025-03-22T20:41:00",
        "messages": [
            (
                "c",
                "hii love your page!! 🌿 i'm [[P:Lin Xiaoyu]] student in [[L:Padova]], can u ship a monstera to my dorm??",
            ),
            (
                "a",
                "Hi [[P:Lin]]! 💚 We deliver in {{W:Padova}} on Thursdays. {{PD:Monstera deliciosa}} in a 17 cm pot is {{$:24 €}}.",
            ),
            (
                "c",
                "yesss. address is [[A:via Tiziano Aspetti 88]], collegio, room [[A:214]]\ncall my roommate [[P:Chiara]] if i'm at lesson, [[T:328-904-5517]]",
            ),
            (
                "c",
                "also do u have {{PD:pothos Marble Queen}}? my friend [[P:Priya Raghunathan]] wants one, she's also in [[L:padova]] but [[A:via Belzoni 61]]",
            ),
            (
                "a",
                "We do, {{$:12 €}}. Two separate drops then, no extra fee since they're close 😊",
            ),
            ("c", "omg thx!! my insta is [[U:instagram.com/greenthumb.lin]] i'll tag u"),
        ],
    },
    {
        "business": "vivaio",
        "platform": "telegram",
        "customer": "Ornella",
        "lang": "it",
        "start": "2025-04-02T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno mi chiamo [[P:Ornella Speranza]], ho visto i vostri gerani al mercato di {{W:Piazza dei Signori}}\nvorrei 20 gerani parigini rossi e 10 {{PD:petunie Surfinia}} bianche x i balconi",
            ),
            ("a", "Buongiorno signora, certo. Dove li portiamo?"),
            (
                "c",
                "sono di [[L:Montebelluna]] ma i balconi sono della casa al mare a [[L:Bibione]], [[A:corso del Sole 112]], appartamento di sopra",
            ),
            (
                "a",
                "A {{W:Bibione}} consegniamo solo il sabato, con supplemento di {{$:15 €}}. Va bene?",
            ),
            (
                "c",
                "si va bene, ci sarà la mia vicina [[P:Felicita]] che ha le chiavi\nio non sarò lì purtroppo, ho la {{W:speranza}} di andarci a {{W:Pasqua}} 🙂",
            ),
            (
                "a",
                "Perfetto signora [[P:Speranza]]. Ordine {{O:VG-25011}}, sabato {{D:5 aprile}}. [[P:Anna]]",
            ),
        ],
    },
    # ---------------- yoga studio ----------------
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "mari.yogi",
        "lang": "it",
        "start": "2025-01-13T18:22:00",
        "messages": [
            (
                "c",
                "ciao! mi sono appena trasferita a [[L:Vicenza]] da [[L:Palermo]] e cerco un corso di yin la sera 🧘‍♀️\nvoi siete in centro giusto?",
            ),
            (
                "a",
                "Ciao e benvenuta! Sì siamo in {{W:contrà Porti}}, a due passi dalla {{W:Basilica Palladiana}}. Yin il martedì alle {{TM:19:30}}.",
            ),
            (
                "c",
                "perfetto abito in [[A:contrà San Marco 30]] quindi vicinissimo\nmi chiamo [[P:Mariagrazia Lo Cicero]], x tutti [[P:Mari]]",
            ),
            (
                "a",
                "Che bello [[P:Mari]]! La prima lezione di prova è gratuita. Ci lasci un'email per la scheda?",
            ),
            (
                "c",
                "[[E:mari punto locicero chiocciola gmail punto com]]\nscritto così xk ho paura dello spam ahah",
            ),
            ("a", "Ahah capito 😄 Ti aspettiamo martedì! Namaste, [[P:Elisa]]"),
        ],
    },
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Sanjay",
        "lang": "en",
        "start": "2025-01-20T07:02:00",
        "messages": [
            (
                "c",
                "good morning, my name is [[P:Sanjay Kulkarni]], I am in [[L:Vicenza]] for 3 months for work at the base\nI'd like a 10 class pass if possible",
            ),
            (
                "a",
                "Good morning [[P:Sanjay]]! The 10-class card is {{$:120 €}}, valid 4 months. Where are you staying, so we can suggest the closest classes?",
            ),
            (
                "c",
                "a small apartment at [[A:viale Trento 201]], third floor\noriginally I'm from [[L:Pune]] so yoga is a bit like home 🙏",
            ),
            (
                "a",
                "Lovely! Mornings at {{TM:7:15}} might suit you then. You can pay by bank transfer to our account.",
            ),
            (
                "c",
                "ok I will transfer. can I pay with my wife's card? it's [[C:5376-1490-2283-4055]], name [[P:Ananya Kulkarni]]",
            ),
            (
                "a",
                "Please don't share card numbers here 🙏 you can pay at the desk with the card. See you soon! [[P:Elisa]] - {{B:Prana Yoga Loft}}",
            ),
        ],
    },
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Federica Zanella",
        "lang": "it",
        "start": "2025-02-05T21:14:00",
        "messages": [
            (
                "c",
                "salve volevo iscrivere me e mia figlia [[P:Bianca]] al corso mamma e bimba del sabato\nlei ha 6 anni",
            ),
            (
                "a",
                "Buonasera! Il corso del sabato alle {{TM:10}} ha ancora due posti. Ci servono nome e cognome di entrambe.",
            ),
            (
                "c",
                "[[P:Federica Zanella]] e [[P:Bianca Dal Prà]]\nabitiamo a [[L:Torri di Quartesolo]], [[A:via Roma 7]]\nse vengo in ritardo la porta la nonna [[P:Luisella]] va bene?",
            ),
            (
                "a",
                "Certo, basta avvisarci. Per il tappetino bimbi consigliamo quello {{W:bianco}} antiscivolo, lo trovate anche da noi a {{$:18 €}}.",
            ),
            ("c", "perfetto grazie\n[[P:bianca]] è super emozionata 💕"),
        ],
    },
    {
        "business": "yoga",
        "platform": "telegram",
        "customer": "@dario_handstand",
        "lang": "it",
        "start": "2025-02-17T12:40:00",
        "messages": [
            (
                "c",
                "yo ciao, faccio acroyoga e cerco una sala da affittare x workshop 2 giorni\nsono [[P:Dario Pegoraro]], su insta [[H:@dario_handstand]] mi conoscono un po 😎",
            ),
            (
                "a",
                "Ciao [[P:Dario]]! La sala grande si affitta a {{$:35 €/h}}. Che date avevi in mente?",
            ),
            (
                "c",
                "{{D:29 e 30 marzo}}\nvengo da [[L:Schio]] con la mia partner [[P:Ilenia]], lei fa le iscrizioni sul suo sito [[U:https://ileniamoves.it]]",
            ),
            (
                "c",
                "fattura intestata a lei, [[P:Ilenia Cazzola]], p.iva [[V:12987450637]]\nindirizzo [[A:via Pasubio 140]], [[A:36015]] [[L:Schio]]",
            ),
            (
                "a",
                "Perfetto, blocco le date. Riferimento prenotazione {{R:SALA-0329}}. [[P:Elisa]]",
            ),
            ("c", "grande grazie!! 🙌"),
        ],
    },
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "aminakh",
        "lang": "it",
        "start": "2025-03-03T16:55:00",
        "messages": [
            (
                "c",
                "buonasera io sono [[P:Amina Khalil]] sono incinta 5 mese posso fare yoga prenatale da voi? mio italiano non tanto buono scusa",
            ),
            (
                "a",
                "Buonasera [[P:Amina]], congratulazioni! Sì, il giovedì alle {{TM:18}} c'è yoga in gravidanza con [[P:Sara]], ostetrica.",
            ),
            (
                "c",
                "bene. io vivo a [[L:Arzignano]] viene mia cugina [[P:Fatima]] con me in macchina\nil mio medico dott. [[P:Zordan]] dice ok",
            ),
            ("c", "per iscrizione serve codice fiscale? [[CF:KHLMNA90E55Z330Z]]"),
            ("a", "Sì grazie, lo usiamo solo per la ricevuta. Ti aspettiamo giovedì! 🌸"),
            ("c", "Merci beaucoup, à jeudi !", "fr"),
        ],
    },
    # ---------------- bicycle courier ----------------
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Luca Bonaldo",
        "lang": "it",
        "start": "2025-01-28T09:03:00",
        "messages": [
            (
                "c",
                "ciao mi serve un ritiro urgente\nbusta documenti da [[A:via Altinate 44]] (studio notaio) a [[A:via Savonarola 212]] int 3\nentro le {{TM:11}} pls",
            ),
            (
                "a",
                "Ciao! Ce la facciamo, parte [[P:Kevin]] tra 10 minuti. Consegna in zona {{W:centro storico}} {{$:8 €}}.",
            ),
            (
                "c",
                "ok. al ritiro chiedete di dott.ssa [[P:Marangon]], alla consegna c'è mio padre [[P:Renzo Bonaldo]]\nil citofono dice [[P:Bonaldo-Pilotto]]",
            ),
            (
                "a",
                "Perfetto. Codice spedizione {{TR:PD8837201455}}, puoi seguirlo dal link che ti mandiamo.",
            ),
            ("c", "grazie. se serve il mio numero è [[T:333 1904472]]"),
            (
                "a",
                "Consegnato alle {{TM:10:48}} ✅ firmato [[P:Renzo]]. [[P:Kevin]] - {{B:Pedalò Bike Courier}}",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "telegram",
        "customer": "ele_cakes",
        "lang": "it",
        "start": "2025-02-14T07:30:00",
        "messages": [
            (
                "c",
                "buongiorno!! san valentino panico 😱 ho 6 torte da consegnare oggi in bici si può? sono [[P:Eleonora]] del laboratorio, [[H:ele_cakes]] qui su telegram",
            ),
            ("a", "Buongiorno [[P:Eleonora]]! Sì, con la cargo bike. Mandaci i 6 indirizzi 🎂"),
            (
                "c",
                "1) [[A:via Belludi 3]] per [[P:Matteo Crivellaro]]\n2) [[A:riviera Tito Livio 18]] chiedere di [[P:Giada]]\n3) [[A:via Cesarotti 27]] sig. [[P:Huang]]\n4) [[A:piazzale Stanga 9]] ufficio 2 piano per [[P:Lorenza]]",
            ),
            (
                "c",
                "5) [[A:via Giotto 55]] lasciare al bar sotto se nessuno risponde\n6) questa è fuori, [[L:Abano Terme]], [[A:via Monteortone 70]], per mia zia [[P:Pina]]",
            ),
            (
                "a",
                "[[L:Abano]] è fuori dalla nostra zona bici, possiamo con lo scooter elettrico a {{$:14 €}}. Le altre 5 a {{$:8 €}} l'una.",
            ),
            ("c", "va benissimo!! la {{PD:Sacher}} va alla zia, le altre sono {{PD:red velvet}} ❤️"),
            (
                "a",
                "Ricevuto, tracking {{TR:PD8837209981}} per il giro. Buon {{W:San Valentino}}! 💘 [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Oluwaseun Adeyemi",
        "lang": "en",
        "start": "2025-02-20T14:12:00",
        "messages": [
            (
                "c",
                "hello, i need to send my passport copies and a letter to the questura, can your rider bring it? i am at [[A:via Tommaseo 96]] near the {{W:Fiera}}",
            ),
            ("a", "Hi! Yes, we can. Questura delivery is {{$:8 €}}. Who should the rider ask for?"),
            (
                "c",
                "me, [[P:Oluwaseun Adeyemi]], people call me [[P:Seun]]. apartment [[A:5B]], name on the buzzer is [[P:Okafor]] because i share with my cousin [[P:Chidi]]",
            ),
            (
                "c",
                "I'm from [[L:Lagos]], first time doing this in [[L:italy]] so sorry for many questions",
            ),
            (
                "a",
                "No worries at all! Rider [[P:Tommaso]] will be there at {{TM:15:30}}. Tracking {{TR:PD8837210032}}.",
            ),
            ("c", "thank you so much. my number [[T:+39 351 602 7718]]"),
        ],
    },
    {
        "business": "bici",
        "platform": "instagram",
        "customer": "vintage.by.marta",
        "lang": "it",
        "start": "2025-03-10T10:45:00",
        "messages": [
            (
                "c",
                "ciao ho un negozietto online di vestiti vintage [[U:www.vintagebymarta.it]] e vorrei fare le consegne locali con voi in bici\ntutte in città",
            ),
            (
                "a",
                "Ciao! Con gli e-commerce facciamo un abbonamento, 20 consegne al mese a {{$:120 €}}. Da dove ritiriamo?",
            ),
            (
                "c",
                "da casa mia che è anche magazzino 😂 [[A:via Beato Pellegrino 131]], citofono [[P:Scarpa]]\nio sono [[P:Marta Scarpa]]",
            ),
            (
                "c",
                "la prima consegna domani a [[P:Giorgia Tonello]], [[A:via Chiesanuova 220]], un {{PD:cappotto Max Mara}} anni 80\nlei è su ig [[H:@giorgia.tonello]]",
            ),
            (
                "a",
                "Perfetto [[P:Marta]]. Codice cliente {{R:CLI-0087}}, ritiro domani alle {{TM:9}}.",
            ),
            (
                "c",
                "🙏🙏 ah x la fatturazione vi mando la mail [[E:marta[at]vintagebymarta[dot]it]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Rafael",
        "lang": "it",
        "start": "2025-03-18T18:20:00",
        "messages": [
            (
                "c",
                "hola, scusa mio italiano, sono [[P:Rafael Ortega Sánchez]] di [[L:Sevilla]], sono a [[L:Padova]] per erasmus\ndevo mandare chiavi di casa a mio coinquilino",
            ),
            ("a", "Ciao [[P:Rafael]]! Nessun problema. Da dove a dove?"),
            (
                "c",
                "io sono in universitá, palazzo {{W:Bo}}\nchiavi devono andare a [[A:via Cavalletto 12]], [[P:Luca]] aspetta li\nsu numero è [[T:347\n5520 918]]",
            ),
            ("c", "perdón il numero intero [[T:347 5520918]]", "it"),
            ("a", "Perfetto, [[P:Kevin]] passa dal {{W:Bo}} tra 15 minuti. Costo {{$:6 €}}."),
            ("c", "¡Genial, muchas gracias! 😄", "es"),
        ],
    },
    # ---------------- agriturismo ----------------
    {
        "business": "agri",
        "platform": "messenger",
        "customer": "Claudia Reiter",
        "lang": "en",
        "start": "2025-02-02T16:00:00",
        "messages": [
            (
                "c",
                "Hello, we are a family of four from [[L:Innsbruck]] and would like to stay 3 nights in May. Do you have a family room?",
            ),
            (
                "a",
                "Hello [[P:Claudia]]! Yes, our family room with two bunk beds is {{$:140 €}} per night with breakfast. Which dates?",
            ),
            (
                "c",
                "{{D:1 to 4 May}}. The children are [[P:Lukas]] (8) and [[P:Lena]] (5). My husband [[P:Stefan Reiter]] is vegetarian, is that ok for dinner?",
            ),
            (
                "a",
                "Of course, our cook [[P:Rina]] prepares vegetarian dishes with our own vegetables. Booking reference {{R:CDG-0501}}.",
            ),
            (
                "c",
                "wunderbar! for the deposit I need your IBAN, and for the registration: [[A:Anichstraße 24]], [[A:6020]] [[L:Innsbruck]], [[L:Austria]]",
            ),
            (
                "a",
                "Thank you, our bank details are in the confirmation e-mail. To which address should we send it?",
            ),
            ("c", "[[E:claudia.reiter@example.at]]"),
        ],
    },
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Paolo",
        "lang": "it",
        "start": "2025-02-25T12:30:00",
        "messages": [
            (
                "c",
                "salve avete disponibilità x il pranzo di pasqua? saremmo in 12\nsono [[P:Paolo Gasparotto]] di [[L:Castelfranco]]",
            ),
            (
                "a",
                "Buongiorno [[P:Paolo]], sì abbiamo ancora la sala del camino. Menù di {{W:Pasqua}} a {{$:45 €}} con {{PD:risotto al Radicchio di Treviso}} e agnello.",
            ),
            (
                "c",
                "perfetto. x 12 persone di cui 3 bambini\nsiamo io mia moglie [[P:Cinzia]], i suoceri e la famiglia di mio cognato [[P:Roberto Zamprogna]] che vengono da [[L:Bolzano]]",
            ),
            ("c", "ci chiedevano se potete tenere 2 camere x la notte, loro sono in 5"),
            ("a", "Sì, due camere comunicanti {{$:190 €}} totali. Intestate a chi?"),
            ("c", "a mio cognato, [[P:Zamprogna Roberto]], il suo cell [[T:0039 340 881 2254]]"),
            (
                "a",
                "Fatto, prenotazione {{R:CDG-0420}}. Grazie e a presto! [[P:Giovanna]] - {{B:Agriturismo Ca' dei Gelsi}}",
            ),
        ],
    },
    {
        "business": "agri",
        "platform": "instagram",
        "customer": "wanderingmei",
        "lang": "en",
        "start": "2025-03-09T22:10:00",
        "messages": [
            (
                "c",
                "hi! i found you through a reel, is it possible to get there without a car? i'm travelling solo from [[L:Singapore]], landing in [[L:Venice]]",
            ),
            (
                "a",
                "Hi! The nearest station is {{W:Cornuda}}, we can pick you up there for free 🚗 Which dates are you thinking?",
            ),
            (
                "c",
                "{{D:june 12-15}}. i'm [[P:Mei Ling Tan]], my blog is [[U:wanderingmei.blog]] if you want to see 🙈\ni'd love to do the {{PD:Prosecco}} tasting and the walk to the {{W:Montello}}",
            ),
            (
                "c",
                "after you i go to [[L:Florence]] and then my friend [[P:Aditi]] in [[L:Zurich]]",
            ),
            (
                "a",
                "Sounds like a wonderful trip! Single room {{$:85 €}}/night, tasting {{$:25 €}}. Reference {{R:CDG-0612}}.",
            ),
            ("c", "booked!! my whatsapp [[T:+65 9123 4870]] for the pickup"),
        ],
    },
    {
        "business": "agri",
        "platform": "messenger",
        "customer": "Giuseppe Cattelan",
        "lang": "it",
        "start": "2025-03-14T08:48:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Giuse]] [[P:Cattelan]], volevo chiedere se fate ancora le cassette di verdura e uova a domicilio\nabito a [[L:Crocetta del Montello]]",
            ),
            (
                "a",
                "Buongiorno [[P:Giuseppe]]! Sì, la cassetta grande {{$:30 €}}, consegniamo a {{W:Crocetta}} il mercoledì.",
            ),
            (
                "c",
                "bene mi segni fisso ogni mercoledì\nindirizzo [[A:via Erizzo 35]] frazione [[L:Ciano]]",
            ),
            (
                "c",
                "e se potete aggiungete 1 kg di {{PD:Asiago}} e un {{PD:salame nostrano}}\nah dimenticavo il numero civico è cambiato adesso è [[A:35/A]]",
            ),
            ("a", "Annotato tutto 👍 Se non la troviamo, lasciamo la cassetta alla vicina?"),
            ("c", "si alla sig.ra [[P:Piovesan]] di fronte, è cugina di mia moglie"),
        ],
    },
    {
        "business": "agri",
        "platform": "telegram",
        "customer": "Nadia Ferrante",
        "lang": "it",
        "start": "2025-04-06T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare 2 notti x me e il mio compagno per l'anniversario\nsono [[P:Nadia Ferrante]] di [[L:Bari]] ma lavoro a [[L:Milano]]",
            ),
            (
                "a",
                "Buongiorno [[P:Nadia]], auguri! Abbiamo la suite del fienile, {{$:120 €}} a notte. Date?",
            ),
            (
                "c",
                "venerdì {{D:16}} e sabato {{D:17 maggio}}\nlui si chiama [[P:Angelo Russo]], ma gli fate una sorpresa? tipo una bottiglia di {{PD:Cartizze}} in camera 🥂",
            ),
            (
                "a",
                "Che bella idea, ci pensiamo noi 😊 Per confermare ci serve una caparra di {{$:80 €}} con bonifico.",
            ),
            (
                "c",
                "fatto ora dal mio conto [[I:IT23 Z020 0811 7700 0040 1237 788]]\nla ricevuta a [[E:nadia.ferrante88@example.it]]",
            ),
            ("a", "Ricevuto grazie! Prenotazione {{R:CDG-0516}}. [[P:Giovanna]]"),
        ],
    },
    # ---------------- furniture restorer ----------------
    {
        "business": "rest",
        "platform": "messenger",
        "customer": "Elena Dorigo",
        "lang": "it",
        "start": "2025-01-09T15:20:00",
        "messages": [
            (
                "c",
                "buonasera ho un comò della nonna in noce anni 30 tutto tarlato 😢 lo venite a prendere voi?\nè a casa di mia mamma a [[L:Oderzo]]",
            ),
            (
                "a",
                "Buonasera! Sì, ritiriamo e riconsegniamo nel raggio di 40 km dalla bottega di {{W:Motta di Livenza}}. Può mandarci qualche foto?",
            ),
            (
                "c",
                "vi mando le foto domani. mia mamma è [[P:Ida Zanardo]], abita in [[A:via Garibaldi 61]], è la casa gialla dopo la {{W:chiesa di San Giovanni}}",
            ),
            (
                "c",
                "riconsegna invece da me a [[L:Treviso]], [[A:via Sant'Antonino 240]], [[A:31100]]\nio sono [[P:Elena Dorigo]] [[T:338-6102-447]]",
            ),
            (
                "a",
                "Perfetto. Il trattamento antitarlo + lucidatura a gommalacca per un comò viene circa {{$:420 €}}. Ritiro martedì. [[P:Ferlin]]",
            ),
            (
                "c",
                "ok, per il pagamento faccio bonifico da [[I:IT80X0306909606100000123456]] va bene?",
            ),
            ("a", "Va benissimo, a fine lavoro. Grazie signora [[P:Dorigo]]."),
        ],
    },
    {
        "business": "rest",
        "platform": "instagram",
        "customer": "sabine.hausmann",
        "lang": "it",
        "start": "2025-01-24T11:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Sabine Hausmann]], tedesca ma abito a [[L:Portobuffolè]] da 10 anni\nho una credenza {{W:Biedermeier}} da restaurare, viene da casa dei miei genitori a [[L:Bamberg]]",
            ),
            (
                "a",
                "Buongiorno [[P:Sabine]], che bel pezzo! Il {{W:Biedermeier}} è una delle nostre specialità. È già in [[L:Italia]]?",
            ),
            (
                "c",
                "no ancora in [[L:Germania]], mio fratello [[P:Jürgen]] la porta giù a aprile\npotete ritirarla da me? [[A:via Businello 5]]",
            ),
            (
                "c",
                "[[P:Jürgen]] hat gesagt, die Rückwand ist gebrochen, vielleicht schicke ich Fotos.",
                "de",
            ),
            (
                "a",
                "Nessun problema, sistemiamo anche lo schienale. Il nostro [[P:Ennio]] passa per il ritiro quando ci avvisa.",
            ),
            ("c", "perfetto grazie. email [[E:s.hausmann(at)example.de]]"),
        ],
    },
    {
        "business": "rest",
        "platform": "whatsapp",
        "customer": "Marco Bianchini",
        "lang": "it",
        "start": "2025-02-13T09:35:00",
        "messages": [
            (
                "c",
                "buongiorno mi ha dato il vostro numero [[P:Patrizia]] del negozio di cornici\nho 6 sedie {{W:Thonet}} da reimpagliare",
            ),
            (
                "a",
                "Buongiorno! La reimpagliatura in canna d'{{W:India}} è {{$:65 €}} a sedia. Dove sono le sedie?",
            ),
            (
                "c",
                "sono nella casa di campagna di mio suocero in località [[L:Campagna di Sotto]], [[L:Cessalto]]\n[[A:strada Arzeri 3]], la strada è bianca dopo il capitello",
            ),
            (
                "c",
                "lui si chiama [[P:Bruno Marcon]] ha 87 anni, sente poco, meglio chiamare me\n[[P:Marco Bianchini]] [[T:(0421) 71 39 05]] fisso ufficio",
            ),
            ("a", "Va bene. Per la fattura ci serve il codice fiscale."),
            ("c", "[[CF:BNCMRC79A12H501P]]\nsono nato a [[L:Roma]] ma ormai sono veneto 😄"),
            (
                "a",
                "Grazie! Scheda lavoro {{R:RF-2025-014}}. [[P:Ennio]] passa giovedì. Saluti, {{B:Bottega Ferlin}}",
            ),
        ],
    },
    {
        "business": "rest",
        "platform": "messenger",
        "customer": "Helen Carter",
        "lang": "en",
        "start": "2025-03-05T14:25:00",
        "messages": [
            (
                "c",
                "Hi, we bought an old farmhouse near [[L:Sacile]] and found a beautiful painted wardrobe in the attic. Could you restore it and bring it back?",
            ),
            (
                "a",
                "Hello [[P:Helen]], with pleasure! Painted wardrobes from the {{W:Friuli}} area are often 19th century. Where exactly is the farmhouse?",
            ),
            (
                "c",
                "it's at [[A:via San Liberale 48]], hamlet of [[L:Camolli]]\nthe postcode is [[A:33077]] I think\nwe're originally from [[L:Bristol]], still learning italian lol",
            ),
            (
                "c",
                "my husband [[P:Will]] says it weighs a ton, so bring strong people 😂 we will be there from the 20th",
            ),
            (
                "a",
                "We will! [[P:Ennio]] and [[P:Nicolò]] will come on {{D:21 March}} at {{TM:9:00}}. Please send a phone number.",
            ),
            ("c", "[[T:+44 (0)7911 204 583]] or [[P:Will]]'s [[T:07911 204 590]]"),
        ],
    },
    {
        "business": "rest",
        "platform": "telegram",
        "customer": "fabio_ribera",
        "lang": "it",
        "start": "2025-03-27T18:00:00",
        "messages": [
            (
                "c",
                "ciao, ho comprato un tavolo su {{B:Subito}} da un signore di [[L:Conegliano]] e vorrei che lo ritiraste voi direttamente da lui e me lo portaste sistemato\nio sono [[P:Fabio Ribera]]",
            ),
            ("a", "Ciao [[P:Fabio]]! Certo. Ci mandi indirizzo del venditore e il tuo?"),
            (
                "c",
                "venditore [[P:sig. Dal Col]], [[A:via Cal di Mezzo 19]]\nio sto a [[L:Vittorio Veneto]], [[A:via Cavour 88]] vicino al {{W:Museo della Battaglia}}",
            ),
            (
                "c",
                "pago con carta se si può [[C:4173 0064 8821 9551]]\nil mio ip se serve per il pagamento online è [[IP:93.41.207.118]] 😅 non so se serve",
            ),
            (
                "a",
                "Non serve nulla di tutto questo in chat 🙏 ti mandiamo il link di pagamento. Preventivo {{R:RF-2025-031}}: {{$:260 €}} con trasporto.",
            ),
        ],
    },
    # ---------------- extra conversations ----------------
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Kasia W.",
        "lang": "it",
        "start": "2025-04-11T09:12:00",
        "messages": [
            (
                "c",
                "buongiorno, io scrivo da [[L:Kraków]] [[L:Polonia]], mio italiano è poco\nvogliamo 3 camere per {{D:agosto 8-12}}, siamo 6 amiche 🙂",
            ),
            (
                "a",
                "Buongiorno! Abbiamo 3 camere doppie libere in quelle date, {{$:95 €}} a camera a notte. A che nome prenoto?",
            ),
            (
                "c",
                "[[P:Katarzyna Wiśniewska]]\nspelling: [[P:W - I - S - N - I - E - W - S - K - A]] 😅 tutti dicono [[P:Kasia]]",
            ),
            ("c", "mio indirizzo per ricevuta: [[A:ul. Długa 14 m. 3]]\n[[A:31-147]] [[L:Kraków]]"),
            ("a", "Grazie [[P:Kasia]]! Le altre amiche arrivano con lei da [[L:Cracovia]]?"),
            (
                "c",
                "no, [[P:Agnieszka]] e [[P:Ola]] vengono da [[L:Wien]] dove lavorano, le altre con me in aereo a {{W:Treviso}}\nmio telefono [[T:+48 601 338 472]], email [[E:kasia.wisniewska@example.pl]]",
            ),
            (
                "a",
                "Perfetto, prenotazione {{R:CDG-0808}}. Se volete vi prenotiamo anche la degustazione di {{PD:Prosecco Superiore}} a {{W:Valdobbiadene}}. [[P:Giovanna]]",
            ),
            ("c", "tak tak sì!! grazie 🍾"),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Layla Haddad",
        "lang": "en",
        "start": "2025-04-14T16:35:00",
        "messages": [
            (
                "c",
                "hi, can you pick up medicine from the {{W:Farmacia al Santo}} and bring it to an old neighbour of mine? i'm stuck at work in [[L:Piove di Sacco]] today",
            ),
            ("a", "Hi! Sure. Who is the neighbour and where does he live?"),
            (
                "c",
                "his name is [[P:Arturo Bortolami]], [[A:via del Santo 87]], second floor\nbuzzer says [[P:Bortolami A.]]\nhe lives alone, his daughter [[P:Mirella]] is in [[L:Australia]] so we help out",
            ),
            (
                "c",
                "the prescription is under my name, [[P:Layla Haddad]], the pharmacist dr [[P:Sartori]] knows\nah sorry, dottor [[P:Sartori]], not dr 😄",
            ),
            (
                "a",
                "That's kind of you. The rider will show your name. It's {{$:8 €}}, tracking {{TR:PD8837214470}}.",
            ),
            (
                "c",
                "ok perfetto, ora scrivo in italiano che è più facile per voi 😅 il mio numero [[T:388 20 74 561]] se il rider ha problemi",
                "it",
            ),
            (
                "a",
                "Grazie [[P:Layla]]! Consegnato al sig. [[P:Bortolami]] alle {{TM:17:40}}, era molto contento 🙂 [[P:Tommaso]]",
                "it",
            ),
        ],
    },
    {
        "business": "rest",
        "platform": "instagram",
        "customer": "nico.dallavalle",
        "lang": "it",
        "start": "2025-04-17T19:50:00",
        "messages": [
            (
                "c",
                "ciao! mio nonno [[P:Tarcisio]] ci ha lasciato una cassapanca del 700 nella sua baita sopra [[L:Asiago]]\nla potete recuperare voi? io sono a [[L:Mirano]]",
            ),
            (
                "a",
                "Ciao! Sull'altopiano saliamo volentieri, è un pezzo che merita. Dove si trova precisamente la baita?",
            ),
            (
                "c",
                "[[A:contrada Ebene 6]], [[L:Sasso di Asiago]], la strada dopo la casera dove fanno l'{{PD:Asiago stravecchio}}\nle chiavi le ha il vicino [[P:Bepi Rigoni]]",
            ),
            ("c", "poi riportarla a casa mia [[A:via Cavin di Sala 150]]"),
            (
                "c",
                "scusa manca il cap [[A:30035]]\nio sono [[P:Nicola Dalla Valle]] ma qui su ig sono [[H:nico.dallavalle]]",
            ),
            (
                "a",
                "Perfetto [[P:Nicola]]. Ritiro possibile il {{D:3 maggio}} con il furgone, preventivo {{R:RF-2025-047}} circa {{$:680 €}} incluso il restauro.",
            ),
            (
                "c",
                "ok fatemi sapere! il cell di mia compagna se nn rispondo [[T:346/7791203]], [[P:Irene]]",
            ),
        ],
    },
    {
        "business": "vivaio",
        "platform": "telegram",
        "customer": "arjun_mehta",
        "lang": "en",
        "start": "2025-04-19T08:30:00",
        "messages": [
            (
                "c",
                "Hi, I just moved from [[L:Bangalore]] to [[L:Treviso]] with my family, new flat has a big terrace and it's completely empty 😅\nI'm [[P:Arjun Mehta]]",
            ),
            (
                "a",
                "Welcome [[P:Arjun]]! We can put together a terrace kit: 3 {{PD:olivo}} in pots, {{PD:gelsomino}}, herbs. Around {{$:350 €}} delivered.",
            ),
            (
                "c",
                "sounds great. address is [[A:viale Felissent 19, scala A, int. 12]]\nthe intercom panel is a bit broken, just call me",
            ),
            (
                "c",
                "my wife [[P:Deepa]] will be home in the morning. our older neighbour Signor [[P:Gatto]] told us about you 😊",
            ),
            (
                "a",
                "Lovely, say thank you to Signor [[P:Gatto]]! Delivery on {{D:Tuesday 22 April}}, order {{O:VG-25140}}. [[P:Anna]]",
            ),
            ("c", "also can you send an invoice to my company, [[E:a.mehta@example.in]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(81, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
