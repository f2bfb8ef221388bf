# ruff: noqa: E501
"""Hand-written blind test corpus no. 104 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
number, e-mail, address and link is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / the Luhn algorithm and pasted
here as literals; phone numbers use invented or fiction-reserved ranges.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` marks a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (order numbers, prices, products,
brands and Page names, dates, times, tracking codes, ordinary words and public places,
reference codes).

The six businesses are invented: a cooking school for adults, a bicycle-courier service, a
hearing-aid shop, a surf-board shaper, a home-organising consultant and a craft-beer brewery with
a taproom.

Regenerate with: ``python make_handwritten104_corpus.py`` (writes handwritten104_corpus.jsonl
next to this file; the output is byte-identical on every run).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten104_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "cucina": "Mestolo & Fuoco - Scuola di Cucina",
    "bici": "Pedala Svelto Bike Courier",
    "udito": "Acustica Ferraresi",
    "surf": "Mareggiata Surfboards",
    "ordine": "Spazio Chiaro by Viola Marchetti",
    "birra": "Birrificio Malto Ribelle",
}
PAGE_IDS: dict[str, str] = {
    "cucina": "704820153627481",
    "bici": "704820298104736",
    "udito": "704820317745902",
    "surf": "704820466231058",
    "ordine": "704820570918364",
    "birra": "704820689402517",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- cooking school
    {
        "business": "cucina",
        "platform": "instagram",
        "customer": "Chiara Bellomo",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao!! vorrei iscrivermi al corso {{PD:Pasta fresca base}} del {{D:12 aprile}} x me e la mia amica [[P:Teresa]] 🙏",
            ),
            (
                "a",
                "Ciao! Certo, ci sono ancora 3 posti. Il corso costa {{$:85 €}} a persona, dalle {{TM:18:30}} alle {{TM:21:30}}. Mi lasci nome e cognome di entrambe e un'email?",
            ),
            (
                "c",
                "allora io sono [[P:Chiara Bellomo]] e lei [[P:Teresa Quagliarini]]\nmail [[E:chiara.bellomo88@example.it]]",
            ),
            ("c", "ah e [[P:teresa]] è celiaca 😅 è un problema??"),
            (
                "a",
                "Nessun problema, prepariamo un impasto senza glutine a parte. Vi ho prenotate, riferimento {{R:MF-2025-0412-07}}. A presto!\n[[P:Giulia]] - {{B:Mestolo & Fuoco}}",
            ),
            (
                "c",
                "grazieee ❤️ cmq veniamo da [[L:Sesto San Giovanni]] in macchina, c'è parcheggio lì vicino a {{W:corso Buenos Aires}}?",
            ),
            ("a", "Sì, c'è un parcheggio pubblico a 200 metri, dietro {{W:piazza Lima}}. 🚗"),
            (
                "c",
                "perfetto! se serve il numero di [[P:teresa]] è [[T:+39 340 118 7265]]\nil mio insta è [[H:chiaretta.bellomo]] se volete taggarci nelle stories 😍",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "messenger",
        "customer": "Rajesh Venkataraman",
        "lang": "en",
        "start": "2025-04-28T18:02:00",
        "messages": [
            (
                "c",
                "hello, I am in [[L:Milano]] for work until {{D:May 20}}, is there cooking class in english? my wife [[P:Priya]] also want to come",
            ),
            (
                "a",
                "Hi! Yes, our {{PD:Risotto & Ossobuco}} evening on {{D:Thursday 15 May}} is taught in English by chef [[P:Lorenzo]]. It's {{$:€95}} per person, wine included.",
            ),
            (
                "c",
                "perfect. please book 2. [[P:Rajesh Venkataraman]], spelled [[P:R-A-J-E-S-H]] [[P:V-E-N-K-A-T-A-R-A-M-A-N]]",
            ),
            ("c", "my number is [[T:+44 7700 900 384]] it is [[L:UK]] number, whatsapp same"),
            (
                "a",
                "Booked! Confirmation {{R:MF-ENG-0515-02}}. The deposit of {{$:€50}} can be paid by card at the door. — [[P:Lorenzo]] from the team",
            ),
            ("c", "card at door ok. [[P:priya]] is vegetarian no meat pls 🙏"),
            (
                "a",
                "Noted, we'll prepare a saffron {{PD:risotto alla milanese}} without the ossobuco for her. See you Thursday!",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "whatsapp",
        "customer": "Nonna Pina 🍝",
        "lang": "it",
        "start": "2025-02-10T10:41:00",
        "messages": [
            (
                "c",
                "buongiorno volevo regalare un buono x il corso di {{PD:Tiramisù e dolci al cucchiaio}} a mio figlio [[P:Davide]] x il compleanno",
            ),
            (
                "a",
                "Buongiorno! Che bel pensiero. Il buono regalo costa {{$:70 €}} ed è valido 12 mesi. Lo mandiamo via email o preferisce il cartaceo?",
            ),
            (
                "c",
                "cartaceo x favore, lo spedite a casa sua? [[A:via Cesare Battisti 7 scala C]]\n[[A:25038]] [[L:Rovato]]",
            ),
            (
                "c",
                "intestato a [[P:Davide Scaglia]] ma sul citofono c'è [[P:Scaglia-Ferri]] perche vive con la ragazza",
            ),
            (
                "a",
                "Perfetto signora, lo spediamo domani con posta prioritaria. Il codice del buono è {{R:GIFT-7719}}.",
            ),
            (
                "c",
                "grazie mille cara, il mio numero se serve [[T:333 481 2276]]\nsono [[P:Giuseppina]] ma tutti mi chiamano [[P:Pina]]",
            ),
            ("a", "Grazie a lei signora [[P:Giuseppina]]! Buona giornata, [[P:Giulia]]"),
        ],
    },
    {
        "business": "cucina",
        "platform": "telegram",
        "customer": "marta.k",
        "lang": "en",
        "start": "2025-05-19T20:30:00",
        "messages": [
            (
                "c",
                "hi! im [[P:Marta Kowalczyk]], i want to do my 30th birthday as a cooking night for 10 friends 🎉",
            ),
            (
                "c",
                "scusa posso scrivere in italiano, lo parlo un po. vorremmo venerdi {{D:6 giugno}}",
                "it",
            ),
            (
                "a",
                "Certo [[P:Marta]]! {{D:Venerdì 6}} è libero. Per 10 persone il menu {{PD:Cena toscana}} costa {{$:790 €}} + IVA. Le serve la fattura?",
                "it",
            ),
            (
                "c",
                "si, sono fotografa freelance, fattura a me: [[P:Marta Kowalczyk]], p.iva [[V:02784150936]]\n[[A:via del Pratello 48/2]] [[A:40122]] [[L:Bologna]]",
                "it",
            ),
            (
                "c",
                "pec [[E:marta.kowalczyk@pec.example.it]] o normale [[E:m.kowalczyk.foto@example.com]]",
                "it",
            ),
            (
                "a",
                "Ricevuto, grazie! La fattura {{R:FT-2025/188}} arriva domani. Un saluto, [[P:Giulia]]",
                "it",
            ),
            ("c", "dziękuję! 😄 cioè grazie", "it"),
        ],
    },
    {
        "business": "cucina",
        "platform": "messenger",
        "customer": "Samir El Amrani",
        "lang": "it",
        "start": "2025-06-16T08:12:00",
        "messages": [
            (
                "c",
                "salve il corso {{PD:Cucina marocchina moderna}} di sabato l'avete annullato e io avevo pagato {{$:90€}}, rivoglio i soldi",
            ),
            (
                "a",
                "Buongiorno [[P:Samir]], ci scusiamo molto: lo chef [[P:Youssef Bennani]] si è ammalato all'ultimo. Possiamo spostarla al {{D:21 giugno}} oppure rimborsarla.",
            ),
            (
                "c",
                "rimborso grazie. iban [[I:IT92Q0760103200001047382915]] intestato a mia moglie [[P:Leila Haddad]]",
            ),
            ("a", "Perfetto. Mi conferma il numero d'ordine? Lo trova nella mail di conferma."),
            ("c", "ordine n {{O:3402918837}}"),
            (
                "a",
                "Trovato. Rimborso disposto oggi, arriverà in 2-3 giorni lavorativi. Di nuovo scuse, [[P:Marco]]",
            ),
            ("c", "ok grazie. ps lo chef [[P:youssef]] è bravissimo speriamo guarisce presto"),
            (
                "c",
                "la ricevuta mandatela a [[E:samir.elamrani@example.com]] che [[P:Leila]] la vuole vedere 😅",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "whatsapp",
        "customer": "Camille Duret",
        "lang": "en",
        "start": "2025-03-09T15:47:00",
        "messages": [
            (
                "c",
                "Bonjour! je suis française, désolée, my italian is zero 🙈 i'd like a private class for my husband [[P:Julien]], it's his birthday",
            ),
            (
                "a",
                "Bonjour [[P:Camille]]! A private class for two is {{$:€260}} and you choose the menu: {{PD:Gnocchi al pesto}}, {{PD:Pizza Margherita}}, {{PD:Tiramisù}}...",
            ),
            (
                "c",
                "pizza margherita pls he loves it 😍 + tiramisu\nwe are staying at my friend [[P:Margherita]]'s flat, [[A:via Vigevano 18]], is it far?",
            ),
            (
                "a",
                "Not at all, it's 15 minutes by tram. Shall I book {{D:Friday 14th}} at {{TM:7pm}}?",
            ),
            (
                "c",
                "oui!! my number [[T:+33 6 12 48 77 30]] et mon email [[E:camille.duret@example.fr]]",
            ),
            ("a", "Booked, reference {{R:MF-PRV-0314}}. Merci et à vendredi! [[P:Giulia]]"),
            ("c", "merci beaucoup, à vendredi! 🍕", "fr"),
        ],
    },
    # ---------------------------------------------------------------- bicycle courier
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Ale 🚲",
        "lang": "it",
        "start": "2025-01-22T11:05:00",
        "messages": [
            (
                "c",
                "ciao mi serve ritirare un pacco in [[A:via Nizza 152]] e portarlo in [[A:corso Francia 88 int. 4]] entro le {{TM:13}} si può?",
            ),
            (
                "a",
                "Ciao! Sì, corsa urbana {{$:9,50 €}}. Mi dai il nome di chi consegna e di chi riceve?",
            ),
            (
                "c",
                "ritira da [[P:Bruno Lattanzi]] (è il mio coinquilino, citofono [[P:Lattanzi/Rivera]]) e consegni a me [[P:Alessandra Rivera]]\nmio cell [[T:347-219-8830]]",
            ),
            ("c", "ah il portone è quello {{W:verde}} di fianco alla farmacia {{W:San Secondo}}"),
            (
                "a",
                "Fatto, il rider [[P:Kofi]] arriva in [[A:via Nizza]] tra 15 minuti. Codice corsa {{TR:PS-TO-558102}}.",
            ),
            ("c", "top grazie [[P:kofi]] 🙌"),
        ],
    },
    {
        "business": "bici",
        "platform": "instagram",
        "customer": "Hannah Schröder",
        "lang": "en",
        "start": "2025-02-03T16:20:00",
        "messages": [
            (
                "c",
                "hi do you deliver to [[L:Moncalieri]]? i need to send my bike helmet to my brother [[P:Jonas]]",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! We cover all of {{W:Torino}} and the first belt, [[L:Moncalieri]] is {{$:€14}}.",
            ),
            (
                "c",
                "ok his address is [[A:Strada Revigliasco 41/B]], [[A:10024]] [[L:Moncalieri]], phone [[T:+49 1512 3847209]], he has a number from [[L:Germany]]",
            ),
            ("c", "Mein Gott, mein Englisch ist heute schrecklich 😂", "de"),
            (
                "a",
                "No worries! Booked for tomorrow {{TM:10:00}}-{{TM:12:00}}, tracking {{TR:PS-TO-558377}}. Card at pickup or payment link?",
            ),
            ("c", "link pls, mail [[E:hannah.schroeder@example.de]]"),
            ("a", "Sent! — [[P:Marco]] from {{B:Pedala Svelto}}"),
        ],
    },
    {
        "business": "bici",
        "platform": "telegram",
        "customer": "Federico Oddone",
        "lang": "it",
        "start": "2025-03-12T21:48:00",
        "messages": [
            (
                "c",
                "ciao ho visto che cercate rider, sono [[P:Federico Oddone]] 24 anni e ho la mia cargo bike",
            ),
            (
                "a",
                "Ciao [[P:Federico]]! Sì, ci servono rider per il turno serale. Mi mandi codice fiscale e IBAN per il contratto di collaborazione?",
            ),
            ("c", "cf [[CF:DDNFRC01C14L219W]]\niban [[I:IT64M0200811770000103958274]]"),
            ("c", "scusa il mio telegram è [[H:@fede_oddo]] se serve x il gruppo turni"),
            (
                "a",
                "Perfetto. Ti aspetto giovedì alle {{TM:17}} in sede per la prova, chiedi di [[P:Sabrina]].",
            ),
            (
                "c",
                "ok ma abito a [[L:Collegno]] ci metto un po ad arrivare\nah e il mio strava è [[U:strava.com/athletes/fede-oddone-cargo]] se volete vedere i km 😎",
            ),
            ("a", "Ahah ottimo, a giovedì! [[P:Sabrina]]"),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Lucia Ferrante Dall'Olio",
        "lang": "it",
        "start": "2025-04-07T19:33:00",
        "messages": [
            (
                "c",
                "buonasera il pacco {{TR:PSIT2025TO00041877}} nn è mai arrivato!!! doveva essere consegnato ieri a mia mamma [[P:Rosa]] in [[A:via Madama Cristina 63]]",
            ),
            (
                "a",
                "Buonasera, mi dispiace molto. Il rider segnala citofono senza risposta alle {{TM:16:42}}. Il cognome sul citofono è [[P:Dall'Olio]]?",
            ),
            (
                "c",
                "si [[P:dall olio]] o [[P:ferrante]], mia mamma è [[P:Rosa Ferrante]] ha 84 anni ed è un po sorda 🙄",
            ),
            (
                "c",
                "sono [[P:Lucia Ferrante Dall'Olio]] la figlia, numero fisso della mamma [[T:011 / 66 82 419]]",
            ),
            (
                "a",
                "Grazie [[P:Lucia]], riproviamo domani mattina e chiamiamo prima quel numero. Il pacco intanto è nel nostro deposito di {{W:San Salvario}}. [[P:Sabrina]]",
            ),
            ("c", "ok grazie cmq mettete un campanello più forte 😂"),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Tom",
        "lang": "en",
        "start": "2025-02-26T07:10:00",
        "messages": [
            (
                "c",
                "hey, [[P:Tom]] here, I bake sourdough at home and sell online [[U:tomsloaves.example.com]]\nneed daily deliveries mon-fri 7am to 3 cafés, can you quote?",
            ),
            ("c", "my place is [[A:via Saluzzo 12 bis]], [[A:10125]]"),
            (
                "a",
                "Hi [[P:Tom]]! For 3 drops, 5 days a week, it would be {{$:€210/month}}. Can you send the three café names?",
            ),
            (
                "c",
                "1) {{B:Bar Gigi}} in {{W:piazza Vittorio}} 2) {{B:Caffè Aurora}} 3) {{B:Forno Rosalba}}\npay by card ok? [[C:4539 8721 0465 2130]]",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 we'll send you a secure link. Deliveries start {{D:Monday 3 March}}. — [[P:Anna]]",
            ),
            (
                "c",
                "oops sorry. thx [[P:Anna]], cheers. my number for the rider: [[T:+39 351 20 77 614]]",
            ),
            (
                "c",
                "if im out my partner [[P:Giles Harrow]] hands over the bread, his number [[T:+44 7700 900 562]]\nhe doesnt speak italian tho 😅",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Giorgia G.",
        "lang": "it",
        "start": "2025-05-02T13:26:00",
        "messages": [
            (
                "c",
                "ciao devo mandare le chiavi di casa a mia sorella [[P:Vale]] che è rimasta chiusa fuori 😭 da [[A:via Cibrario 60]] a [[A:via Pietro Micca 4]]",
            ),
            ("a", "Ciao! Urgenza in 40 minuti, {{$:15 €}}. Nome completo del destinatario?"),
            ("c", "[[P:Valentina Gallo Marchisio]], è al lavoro all'{{B:Ottica Pellegrini}}"),
            ("c", "pago con carta [[C:4917-6203-8815-4022]] scusa so che nn si fa ma è urgente"),
            (
                "a",
                "Usiamo comunque il link sicuro, te lo mando ora 🙂 Il rider [[P:Ibrahima]] parte subito, tracking {{TR:PS-TO-559004}}.",
            ),
            ("c", "grazieeee siete angeli. il mio cel [[T:338\n417 2206]] se il rider nn trova"),
        ],
    },
    # ---------------------------------------------------------------- hearing-aid shop
    {
        "business": "udito",
        "platform": "whatsapp",
        "customer": "Franco Delbello",
        "lang": "it",
        "start": "2025-03-10T08:55:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Franco Delbello]], l'apparecchio {{PD:Sonetto 3 RIC}} mi fischia da 3 gg, posso passare?",
            ),
            (
                "a",
                "Buongiorno signor [[P:Delbello]], certo. Domani alle {{TM:10:30}} con la dott.ssa [[P:Stoka]] va bene?",
            ),
            ("c", "si va bene. mi accompagna mia nuora [[P:Milena]] perche io non guido piu"),
            ("c", "la tessera sanitaria serve? il codice fiscale è [[CF:DLBFNC41P03G224J]]"),
            (
                "a",
                "Sì, porti la tessera. Appuntamento confermato, rif. {{R:AF-0311-22}}.\n{{B:Acustica Ferraresi}}, [[P:Elena]]",
            ),
            ("c", "grazie signorina [[P:elena]]"),
            (
                "c",
                "se facciamo tardi la chiama mia nuora [[P:Milena Zorzi]] dal suo [[T:345 998 0271]]",
            ),
        ],
    },
    {
        "business": "udito",
        "platform": "messenger",
        "customer": "Manuela Trevisan",
        "lang": "it",
        "start": "2025-04-14T17:40:00",
        "messages": [
            (
                "c",
                "salve mio papà [[P:Guido Trevisan]] ha 91 anni e non può venire in negozio, fate visite a domicilio?",
            ),
            (
                "a",
                "Buonasera, sì, facciamo visite a domicilio in tutta la provincia di {{W:Padova}}. Dove abita il papà?",
            ),
            (
                "c",
                "a [[L:Piove di Sacco]], [[A:frazione Corte, via Argine Sinistro 9]]\ncasa gialla col cancello {{W:verde}}, se nn rispondiamo il vicino [[P:Gianni]] ha le chiavi",
            ),
            (
                "a",
                "Perfetto. Il tecnico [[P:Matteo Ferraresi]] può venire {{D:giovedì 17}} alle {{TM:15}}. Ci lascia un recapito?",
            ),
            ("c", "il mio [[T:+39 349 552 10 87]] oppure il fisso di papà [[T:049 970 3318]]"),
            ("a", "Segnato. A giovedì, [[P:Elena]]"),
            (
                "c",
                "grazie. papà dice che vuole quello 'invisibile' come il suo amico [[P:Bepi]] 😂",
            ),
        ],
    },
    {
        "business": "udito",
        "platform": "instagram",
        "customer": "amira.h",
        "lang": "en",
        "start": "2025-05-06T12:18:00",
        "messages": [
            (
                "c",
                "hi, my mum [[P:Nadia Hamdan]] lives in [[L:Padova]] and i live in [[L:Leeds]], i want to buy her new hearing aids as a gift. can i pay from my [[L:UK]] account?",
            ),
            (
                "a",
                "Hi! Of course, we send an invoice and you pay by bank transfer. The {{PD:Sonetto 5 Mini}} pair is {{$:€2.480}}, fitting included.",
            ),
            (
                "c",
                "ok. my name is [[P:Amira Hamdan]], email [[E:amira dot hamdan at example dot co dot uk]]",
            ),
            ("c", "i will pay from [[I:GB80MIDL40051571839264]] so you can match it"),
            (
                "a",
                "Thank you [[P:Amira]]. Invoice {{R:AF-INV-2025-0097}} sent. We'll call your mum for the fitting. — [[P:Elena]], {{B:Acustica Ferraresi}}",
            ),
            (
                "c",
                "shukran! she speaks little italian, her neighbour signora [[P:Pavan]] can translate, [[T:+39 328 114 6609]]",
            ),
        ],
    },
    {
        "business": "udito",
        "platform": "telegram",
        "customer": "Giacomo",
        "lang": "it",
        "start": "2025-06-02T09:30:00",
        "messages": [
            ("c", "ciao avete le batterie {{PD:zinc-air 312}}? me ne servono 6 confezioni"),
            ("a", "Ciao! Sì, {{$:4,50 €}} a confezione. Le spediamo o passa a ritirare?"),
            (
                "c",
                "spedite a [[A:c/o Casa di riposo Villa Serena, via dei Tigli 40]] [[A:35010]] [[L:Vigonza]] x mio nonno [[P:Aldo Bressan]]",
            ),
            ("c", "sono [[P:Giacomo Bressan]], pago con paypal [[E:jack.bressan@example.com]]"),
            (
                "a",
                "PayPal va benissimo, richiesta inviata. Ordine {{O:AF-7310}}, spedizione {{TR:3S6731209948}} in partenza domani.",
            ),
            (
                "c",
                "grazie! ah il nonno lo chiamano tutti [[P:Aldino]] in casa di riposo, scrivetelo sul pacco se no nn glielo danno 😅",
            ),
            (
                "a",
                "Ahah scriviamo '[[P:Aldo]] ([[P:Aldino]]) [[P:Bressan]]', così arriva di sicuro! [[P:Elena]]",
            ),
        ],
    },
    {
        "business": "udito",
        "platform": "whatsapp",
        "customer": "Chen Wei",
        "lang": "en",
        "start": "2025-06-20T15:02:00",
        "messages": [
            (
                "c",
                "hello i buy hearing aid last month, now one is broken. i am [[P:Chen Wei]], my phone [[T:320 778 4412]]",
            ),
            ("c", "my wife [[P:Li Na]] she speak italian better, she can come tomorow"),
            (
                "a",
                "Hello Mr [[P:Chen]], sorry about that! It's under warranty. Your wife can bring it tomorrow between {{TM:9}} and {{TM:12:30}}. Do you have the order number?",
            ),
            (
                "c",
                "order {{O:AF-6624}}\nwe live [[A:via Tiziano Aspetti 150]] [[A:35133]] if you need",
            ),
            ("a", "Found it. Warranty repair, free of charge. Thank you, [[P:Elena]]"),
            ("c", "谢谢 thank you very much"),
        ],
    },
    # ---------------------------------------------------------------- surfboard shaper
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "lori.surfs",
        "lang": "it",
        "start": "2025-01-15T19:12:00",
        "messages": [
            (
                "c",
                "ciao! vorrei una tavola custom, sono 1,68 x 58 kg, abito a [[L:Celle Ligure]] e surfo quasi sempre a [[L:Varazze]]",
            ),
            (
                "a",
                "Ciao! Per il tuo peso ti consiglio un {{PD:fish 5'6}}, prezzo base {{$:690 €}}, consegna in 5 settimane. Colore?",
            ),
            (
                "c",
                "verde acqua con una riga {{W:rosa}} 🌊 e sul deck voglio scritto il nome di mia figlia '[[P:Bianca]]'",
            ),
            (
                "c",
                "ah io sono [[P:Lorenza Pittaluga]], il mio ig è [[H:@lori.surfs]] e il sito con le mie foto [[U:lorenzapittaluga.example.it]]",
            ),
            (
                "a",
                "Che bello! Segnato: deck con '[[P:Bianca]]' in corsivo. Acconto {{$:200 €}}, i dati per il bonifico te li mando in privato. [[P:Nico]] 🤙",
            ),
            ("c", "ok pago dal mio conto [[I:IT89R0344010600000028461930]] così lo riconosci"),
            (
                "a",
                "Perfetto, ricevuto! Ordine {{O:MS-0115-LP}}, ti aggiorno con le foto della shaping room.",
            ),
        ],
    },
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Jake Morrison",
        "lang": "en",
        "start": "2025-07-14T10:22:00",
        "messages": [
            (
                "c",
                "g'day mate, dinged my board on the rocks at {{W:Capo Mele}}, can u fix it by friday? staying at [[A:via Aurelia 221]] in [[L:Laigueglia]] till sunday",
            ),
            (
                "a",
                "Hey [[P:Jake]]! Bring it by, we're in {{W:Alassio}} near the {{W:Muretto}}. Ding repair is {{$:€40-60}}.",
            ),
            ("c", "legend. my number [[T:+61 412 555 019]] its an [[L:Australia]] number, roaming"),
            ("c", "my mate [[P:Dougie]] has the board today he'll drop it, tall ginger bloke lol"),
            ("a", "No worries. Ticket {{R:REP-0719}}, ready Friday {{TM:4pm}}. [[P:Nico]]"),
            ("c", "cheers 🤙 also my insta is [[H:jakemorro_waves]] if u wanna post the fix"),
        ],
    },
    {
        "business": "surf",
        "platform": "messenger",
        "customer": "Paolo Sechi",
        "lang": "it",
        "start": "2025-06-09T14:05:00",
        "messages": [
            (
                "c",
                "salve spedite anche in [[L:Sardegna]]? ho visto la {{PD:Longboard Classic 9'2}} a {{$:980€}}",
            ),
            (
                "a",
                "Sì, spediamo in tutta {{W:Italia}} con corriere assicurato, per la [[L:Sardegna]] {{$:65 €}}. Mi dà l'indirizzo completo?",
            ),
            ("c", "[[A:via Lamarmora]] ad [[L:Alghero]]"),
            (
                "c",
                "scusa numero [[A:118 scala A]] cap [[A:07041]]\na nome [[P:Paolo Sechi]], cell [[T:0039 340 6612 905]]",
            ),
            (
                "a",
                "Grazie [[P:Paolo]]! Ordine {{O:MS-20250611-03}}, tracking {{TR:1Z 9X4 067 04 1234 5678}}, arriva in 4 giorni.",
            ),
            (
                "c",
                "grazie 👍 se nn ci sono lasciatela pure a mio cugino [[P:Tore]] che sta di fronte",
            ),
        ],
    },
    {
        "business": "surf",
        "platform": "telegram",
        "customer": "Lucía Navarro Gil",
        "lang": "en",
        "start": "2025-05-25T22:14:00",
        "messages": [
            (
                "c",
                "hola! ¿habláis español? no? ok english 😅 i want to rent a board for a week in {{D:August}}",
            ),
            (
                "a",
                "Hi! We don't rent, we shape and sell, but our friend [[P:Dario]] at the surf school nearby does rentals.",
            ),
            (
                "c",
                "ah ok! maybe buy used then. i live in [[L:Valencia]], can you ship to [[A:Calle de Cuba 47, 2º B]] [[A:46006]]?",
            ),
            ("a", "Sure, a used {{PD:Egg 7'0}} at {{$:€320}} + {{$:€45}} shipping to [[L:Spain]]."),
            (
                "c",
                "perfecto!! my name [[P:Lucía Navarro Gil]], phone [[T:+34 612 48 39 07]]\n¡muchas gracias, sois los mejores!",
            ),
            ("c", "pay by card? [[C:5274 1369 8021 4571]]"),
            (
                "a",
                "Please don't share card numbers here 🙏 I'll send a PayPal link, what's your email?",
            ),
            ("c", "[[E:lucia.navarrogil@example.es]]"),
            (
                "c",
                "if im at work my boyfriend [[P:Iker]] will get the package, [[T:+34 655 20 91 48]]",
            ),
        ],
    },
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "teo",
        "lang": "it",
        "start": "2025-08-01T17:50:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Matteo Rinaldi]] ho 17 anni gareggio nel circuito {{W:Italia Surf Tour}} e cerco uno sponsor x la tavola",
            ),
            (
                "c",
                "il mio canale è [[U:youtube.com/@matteorinaldisurf]] e tiktok [[U:tiktok.com/@teo_rina]]",
            ),
            (
                "a",
                "Ciao [[P:Matteo]]! Bel canale. Essendo minorenne dobbiamo parlarne con un genitore, ci lasci un contatto?",
            ),
            (
                "c",
                "mia mamma [[P:Speranza Cuccu]] [[T:338.902.4471]]\nmio papà [[P:Efisio]] invece è a [[L:Cagliari]] per lavoro, meglio lei",
            ),
            (
                "a",
                "Grazie, la chiamiamo in settimana. Intanto complimenti per la finale a {{W:Levanto}}! [[P:Nico]]",
            ),
            ("c", "grazieee 🙏 ho la {{W:speranza}} che dica si lol"),
        ],
    },
    # ---------------------------------------------------------------- home organiser
    {
        "business": "ordine",
        "platform": "instagram",
        "customer": "Beatrice Sala",
        "lang": "it",
        "start": "2025-06-03T21:05:00",
        "messages": [
            (
                "c",
                "ciao [[P:viola]]! ti seguo da un sacco, mi trasferisco a [[L:Monteverde]] il {{D:15 luglio}} e casa è un caos",
            ),
            (
                "a",
                "Ciao! Che bello, congratulazioni! Il pacchetto {{PD:Trasloco Sereno}} parte da {{$:390 €}}: 2 sessioni di decluttering + il giorno del trasloco. Quanti metri quadri?",
            ),
            (
                "c",
                "70mq, siamo io il mio compagno [[P:Edo]] e la piccola [[P:Ginevra]] di 3 anni 🙈\ncasa vecchia [[A:via Giovanni Branca 52]] a [[L:Testaccio]], nuova [[A:via di Donna Olimpia 140 scala B int. 7]]",
            ),
            (
                "a",
                "Perfetto! Prima sessione sabato {{D:28 giugno}} alle {{TM:9:30}} a [[L:Testaccio]]. Mi lasci un numero? [[P:Viola]]",
            ),
            ("c", "[[T:+39 06 5834 2291]] è il fisso, meglio il cell [[T:392 6610 483]]"),
            (
                "c",
                "ah il citofono è rotto, chiama [[P:Edo]] o suona alla sig.ra [[P:Cianfrini]] al piano terra",
            ),
            (
                "c",
                "ti lascio la mia bacheca con le idee x la cameretta [[U:pinterest.com/beasala_home]]",
            ),
            ("a", "Segnato tutto 😊 Porto io le scatole {{W:bianche}} e le etichette. A sabato!"),
        ],
    },
    {
        "business": "ordine",
        "platform": "whatsapp",
        "customer": "Olusegun Adeyemi",
        "lang": "en",
        "start": "2025-02-18T12:40:00",
        "messages": [
            (
                "c",
                "Hi [[P:Viola]], my landlord Mr [[P:Ricci]] recommended you. I'm [[P:Olusegun Adeyemi]], everyone calls me [[P:Segun]]",
            ),
            ("c", "Just moved from [[L:Lagos]] to [[L:Prati]], my wardrobe is a disaster 😩"),
            (
                "a",
                "Hi [[P:Segun]]! Happy to help. A wardrobe session is {{$:€120}} for 3 hours, boxes like {{PD:Skubb}} not included. When are you free?",
            ),
            (
                "c",
                "saturday after {{TM:11}}. address [[A:Via Cola di Rienzo 203, 4th floor]], buzzer '[[P:Adeyemi-Okafor]]'",
            ),
            (
                "c",
                "my wife [[P:Funmi]] will be home too. email for invoice [[E:segun.adeyemi[at]example[dot]com]]",
            ),
            ("a", "Lovely, see you Saturday! Invoice {{R:SC-2025-041}} will follow. — [[P:Viola]]"),
            (
                "c",
                "also im a freelance designer, portfolio [[U:https://segunadeyemi.example.com]] in case you need a new logo 😉",
            ),
        ],
    },
    {
        "business": "ordine",
        "platform": "messenger",
        "customer": "Rosa Calò",
        "lang": "it",
        "start": "2025-03-27T16:15:00",
        "messages": [
            (
                "c",
                "buongiorno ho prenotato la consulenza online {{PD:Armadio Capsula}} ma il link nn mi funziona",
            ),
            ("a", "Buongiorno [[P:Rosa]]! Mi dispiace. Che errore le dà?"),
            (
                "c",
                "dice accesso negato dal tuo indirizzo [[IP:93.41.207.118]] o una cosa così, mio nipote [[P:Lorenzino]] dice che è il firewall\nlui ha provato col telefono e dice [[IP:2a01:e11:4b2:7c90::1f3]]",
            ),
            (
                "a",
                "Proviamo con un altro programma: le mando il nuovo link via email. Quale indirizzo usa?",
            ),
            ("c", "[[E:rosacalo51 chiocciola example punto it]]"),
            (
                "c",
                "se nn va mi chiami al [[T:0832 / 24 19 66]] io sto a [[L:Galatina]] ma sono di [[L:Nardò]]",
            ),
            ("a", "Ricevuto! Ci sentiamo alle {{TM:17}}. [[P:Viola]]"),
            (
                "c",
                "grazie sei un tesoro. la mia amica [[P:Addolorata]] vuole fare anche lei la consulenza, la {{W:Madonna Addolorata}} ti benedica 🙏",
            ),
        ],
    },
    {
        "business": "ordine",
        "platform": "telegram",
        "customer": "Katharina Vogel",
        "lang": "en",
        "start": "2025-04-09T07:58:00",
        "messages": [
            ("c", "Hallo! Ich spreche nur ein bisschen Italienisch...", "de"),
            ("c", "sorry, english: do you do online sessions for someone in [[L:Zürich]]?"),
            (
                "a",
                "Hallo! Yes, online sessions work anywhere, {{$:€75}} per hour on {{B:Zoom}}. I can also ship you our labels kit.",
            ),
            (
                "c",
                "super. i live at [[A:Seefeldstrasse 118]], [[A:8008]] [[L:Zürich]], please send the kit there",
            ),
            ("c", "name on the box [[P:K. Vogel-Brunner]], tel [[T:+41 79 482 15 60]]"),
            (
                "a",
                "Done! Kit {{PD:Etichette & Scatole Starter}} shipped, tracking {{TR:RR 4471 0238 5IT}}. First session {{D:Tuesday 15 April}} at {{TM:18:00}}.",
            ),
            (
                "c",
                "danke schön! my daughter [[P:Lena]] will join the call too, she's the messy one 😂 her telegram is [[H:lenavog_09]]",
            ),
        ],
    },
    {
        "business": "ordine",
        "platform": "whatsapp",
        "customer": "Simone",
        "lang": "it",
        "start": "2025-05-12T18:45:00",
        "messages": [
            (
                "c",
                "salve, scrivo per mio padre [[P:Ernesto Guidi]], accumula tutto da quando è morta la mamma [[P:Carla]]",
            ),
            ("c", "vive da solo a [[L:Ciampino]] in [[A:via Italo Balbo 22]] ma nn vuole aiuto"),
            (
                "a",
                "Buonasera [[P:Simone]], capisco bene, è una situazione delicata. Di solito faccio un primo incontro solo conoscitivo, gratuito, senza toccare niente. Vuole che ne parliamo al telefono?",
            ),
            (
                "c",
                "si grazie, sono [[P:Simone Guidi]] [[T:366 - 401 - 2289]]\ndopo le 18 che lavoro",
            ),
            (
                "a",
                "La chiamo domani alle {{TM:18:15}}. Se vuole mi mandi anche una mail con due righe sulla casa. [[P:Viola]]",
            ),
            (
                "c",
                "[[E:simone.guidi78@example.it]] ok. ah papà lo chiamiamo tutti [[P:Neto]], se lo chiama così si apre di più",
            ),
            (
                "c",
                "grazie. mia sorella [[P:Marina]] forse viene all'incontro, lei vive a [[L:Frascati]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- brewery and taproom
    {
        "business": "birra",
        "platform": "instagram",
        "customer": "il_barba_83",
        "lang": "it",
        "start": "2025-03-03T13:30:00",
        "messages": [
            (
                "c",
                "bella raga, sabato {{D:8 marzo}} vorrei prenotare x 12 per il compleanno del [[P:Gigi]] 🍻",
            ),
            (
                "a",
                "Ciao! Sabato sera abbiamo il tavolone libero dalle {{TM:20}}. A che nome prenoto?",
            ),
            ("c", "[[P:Mirko Locatelli]]. cell [[T:3456782190]]"),
            (
                "a",
                "Fatto [[P:Mirko]]! Prenotazione {{R:MR-0803-12}}. Vi consiglio la {{PD:Ribelle IPA}} e la nuova {{PD:Rosa dei Venti}}, una ale ai lamponi.",
            ),
            ("c", "top! il festeggiato è celiaco avete qualcosa?"),
            ("a", "Sì, la {{PD:Gluten Free Lager}} a {{$:5 €}} la pinta. — [[P:Stefano]]"),
            (
                "c",
                "grande [[P:ste]] 💪 ps [[P:gigi]] lo chiamiamo tutti il [[P:Barone]] se lo sentite urlare è lui",
            ),
        ],
    },
    {
        "business": "birra",
        "platform": "messenger",
        "customer": "Dave Kowalski",
        "lang": "en",
        "start": "2025-05-29T09:10:00",
        "messages": [
            (
                "c",
                "hi guys, visiting from [[L:Portland]] with my buddy [[P:Ryan]], can we do a brewery tour on {{D:June 3}}?",
            ),
            (
                "a",
                "Hi [[P:Dave]]! Tours run Tuesday to Saturday at {{TM:5pm}}, {{$:€18}} with 4 tastings. How many people?",
            ),
            (
                "c",
                "2. we're staying at an airbnb at [[A:Via Borgo Canale 12]] in [[L:Città Alta]]\nhow far is that from you? we'll be on bikes",
            ),
            (
                "a",
                "About 20 min by bike, all downhill going, uphill coming back 😅 Booked: ref {{R:TOUR-0603-2}}. Cheers, [[P:Stefano]]",
            ),
            (
                "c",
                "sweet. my cell [[T:(503) 555-0147]] in case. and if u like homebrew stuff my blog is [[U:davebrewsbeer.example.com]]",
            ),
            ("a", "Ha, we'll have a look! See you Tuesday."),
            (
                "c",
                "also [[P:ryan]] wants to tag you, hes [[H:@ryan_hops_pdx]] on insta. his wife [[P:Kimberly]] might join from [[L:Verona]], add 1?",
            ),
            ("a", "Sure, 3 people then, same reference. See you!"),
        ],
    },
    {
        "business": "birra",
        "platform": "whatsapp",
        "customer": "Marco Pesenti",
        "lang": "it",
        "start": "2025-04-22T10:00:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Marco Pesenti]] della trattoria {{B:Da Pesenti}}\nmi servono 3 fusti da 20 l di {{PD:Ribelle IPA}} x venerdì",
            ),
            (
                "a",
                "Ciao [[P:Marco]]! 3 fusti a {{$:135 €}} l'uno + cauzione. Consegniamo in tutta la {{W:Val Seriana}}, dove siete esattamente?",
            ),
            (
                "c",
                "[[A:via Provinciale 41]] [[L:Albino]], ditta individuale, p iva [[V:03918460589]] cf [[CF:PSNMRC75L22A794B]]",
            ),
            (
                "a",
                "Perfetto, ordine {{O:MR-ORD-4412}}, consegna venerdì mattina con [[P:Samuele]]. Fattura a 30 giorni.",
            ),
            (
                "c",
                "ok pago dal conto [[I:IT93F0538711102000042937516]]\ncmq se nn ci sono riceve mia moglie [[P:Orietta]]",
            ),
            ("a", "Ricevuto, grazie! [[P:Stefano]]"),
        ],
    },
    {
        "business": "birra",
        "platform": "telegram",
        "customer": "Oksana Petrenko",
        "lang": "it",
        "start": "2025-02-11T15:20:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Oksana Petrenko]], cerco lavoro come cameriera nel vostro taproom, ho esperienza 3 anni in [[L:Kyiv]]",
            ),
            (
                "c",
                "mio italiano non perfetto ma capisco bene. abito a [[L:Seriate]] con mia zia [[P:Halyna]]",
            ),
            (
                "a",
                "Buongiorno [[P:Oksana]]! Sì, cerchiamo qualcuno per i weekend. Può venire giovedì alle {{TM:16}} per un colloquio con [[P:Stefano]]?",
            ),
            (
                "c",
                "si va bene. mio telefono [[T:+380 67 214 5590]] ma anche italiano [[T:371 1840 226]]",
            ),
            ("c", "mio instagram è [[H:@oksanka.p]] se volete vedere foto di lavoro"),
            ("a", "Perfetto, a giovedì! Chieda di [[P:Stefano]] al bancone."),
            ("c", "дякую! grazie mille"),
        ],
    },
    {
        "business": "birra",
        "platform": "instagram",
        "customer": "sarah_hopsnob",
        "lang": "en",
        "start": "2025-05-15T20:44:00",
        "messages": [
            (
                "c",
                "hey! ordered the {{PD:Malto Ribelle hoodie}} size M + 2 glasses 2 weeks ago, order {{O:44019287731}}, still nothing 😤",
            ),
            (
                "a",
                "Hi! So sorry. Checking... it went out on {{D:May 2}} with tracking {{TR:GB 0044 7911 2233}}.",
            ),
            (
                "c",
                "shipping address was [[A:Flat 3, 27 Kingsley Road]], [[L:Brighton]] [[A:BN1 4RP]]\nthe name on the door is [[P:S. Whitfield]] not my ig name lol, i'm [[P:Sarah Whitfield]]",
            ),
            (
                "a",
                "Got it, the label said '[[H:sarah_hopsnob]]', my fault. I'll resend today with the right name. — [[P:Stefano]]",
            ),
            (
                "c",
                "haha ok. my flatmate [[P:Will]] says your {{PD:Hope & Glory}} stout is the best he ever had so there's {{W:hope}} for you 😂",
            ),
            ("a", "Tell [[P:Will]] cheers from the taproom! 🍺"),
            ("c", "will do. send the new tracking to [[E:sarah.whitfield@example.co.uk]] pls thx"),
        ],
    },
    {
        "business": "udito",
        "platform": "messenger",
        "customer": "Ivana Jovanović",
        "lang": "it",
        "start": "2025-07-08T10:25:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Ivana Jovanović]], badante della signora [[P:Ines Bortolami]] di [[L:Abano Terme]]",
            ),
            (
                "c",
                "la signora ha perso apparecchio destro al mercato di {{W:Prato della Valle}} 😢 serve nuovo, paga suo figlio [[P:Renzo]]",
            ),
            (
                "a",
                "Buongiorno [[P:Ivana]], mi dispiace! Se l'apparecchio è assicurato serve la denuncia di smarrimento. Ha il codice cliente?",
            ),
            (
                "c",
                "codice cliente {{R:CL-004417}}, indirizzo [[A:via Monteortone 31/A]] [[A:35031]]",
            ),
            (
                "c",
                "numero figlio [[T:+39 335 70 48 126]] email [[E:renzo.bortolami@example.it]]\nmio numero è di [[L:Serbia]] [[T:+381 64 218 3307]] ma uso whatsapp",
            ),
            (
                "a",
                "Grazie. Il sostitutivo {{PD:Sonetto 3 RIC}} costa {{$:1.150 €}}, con l'assicurazione resta solo la franchigia di {{$:150 €}}. Chiamo il signor [[P:Bortolami]] oggi pomeriggio. [[P:Elena]]",
            ),
            (
                "c",
                "hvala! grazie. signora [[P:ines]] dice grazie anche a dott. [[P:Stoka]] per la pazienza 🙏",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "instagram",
        "customer": "Jürgen Hoffmann",
        "lang": "en",
        "start": "2025-06-24T11:37:00",
        "messages": [
            (
                "c",
                "hi, booking for our team offsite, 6 ppl: me ([[P:Jürgen Hoffmann]]), [[P:Aisha Bello]], [[P:Wang Xiu]], [[P:Pedro Álvarez Ruiz]], [[P:Siobhan]] and [[P:Dmitri Volkov]]",
            ),
            (
                "a",
                "Hi [[P:Jürgen]]! Great group. The {{PD:Pizza napoletana masterclass}} on {{D:Wednesday 9 July}} has 6 spots left, {{$:€80}} each.",
            ),
            ("c", "[[P:pedro]] is allergic to nuts and [[P:siobhan]] is vegan, is that fine"),
            ("a", "Both fine, we'll prepare separate doughs and toppings. Who do I invoice?"),
            (
                "c",
                "invoice me personally, company reimburses: [[P:Jürgen Hoffmann]], [[A:Lindenstraße 23]], [[A:80331]] [[L:München]]\n[[E:j.hoffmann@example.de]], i pay from [[I:DE03500105175407193846]]",
            ),
            ("a", "Perfect, booking {{R:MF-GRP-0709}}. Bis bald! — [[P:Lorenzo]]"),
            (
                "c",
                "Vielen Dank! und [[P:Wang]] asks if she can film for her channel [[U:youtube.com/@wangxiucooks]] 🎥",
            ),
        ],
    },
    {
        "business": "birra",
        "platform": "whatsapp",
        "customer": "Debby Z",
        "lang": "it",
        "start": "2025-03-14T08:05:00",
        "messages": [
            (
                "c",
                "ciao vorrei spedire la {{PD:Box Degustazione 6}} a mio papà [[P:Ottavio]] per la festa del papà ({{W:San Giuseppe}} 😄)",
            ),
            ("a", "Ciao! La box costa {{$:32 €}} + spedizione {{$:7 €}}. Indirizzo?"),
            ("c", "[[P:Ottavio Zanchi]], [[A:contrada Cà Bianca 5]]"),
            (
                "c",
                "scusa il cap [[A:24020]] [[L:Gorno]], sul campanello c'è [[P:Zanchi Ottavio]] e [[P:Bice]] che è la mia matrigna",
            ),
            (
                "c",
                "io sono [[P:Debora Zanchi]] mail [[E:debby.zanchi(at)example.it]]\nil mio ig [[H:debby_zan]] se volete taggare 😘",
            ),
            (
                "a",
                "Spedita! Tracking {{TR:0039 3471 8820 5}}. Auguri al papà [[P:Ottavio]]! [[P:Stefano]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(104, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
