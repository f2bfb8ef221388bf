# ruff: noqa: E501
"""Hand-written blind test corpus no. 100 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every customer, agent,
relative, neighbour, courier and pet owner is invented. Checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted
here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive
``{{CODE:value}}`` (see ``handwritten_markup.py``). The six invented businesses are a wedding-cake
bakery, a roofing company, a ferry-ticket agency, a pottery class, a mobile car-wash and a
dog-training school. Regenerate with ``python make_handwritten100_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten100_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "cake": "Zuccherofilato Torte Nuziali",
    "roof": "Tetti Brambilla & Figli",
    "ferry": "Approdo Facile Biglietteria Traghetti",
    "clay": "Bottega dell'Argilla",
    "wash": "LavaGo Mobile Car Wash",
    "dog": "Scuola Cinofila Zampa Felice",
}
PAGE_IDS: dict[str, str] = {
    "cake": "700780314159260",
    "roof": "700780271828182",
    "ferry": "700780161803398",
    "clay": "700780141421356",
    "wash": "700780173205080",
    "dog": "700780223606797",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- cake
    {
        "business": "cake",
        "platform": "instagram",
        "customer": "chiara.e.tommi",
        "lang": "it",
        "start": "2025-02-11T18:42:00",
        "messages": [
            (
                "c",
                "ciao!! ci sposiamo il {{D:14 giugno}} 💍 volevamo info x una torta a 3 piani tipo la vostra {{PD:Nuvola di Panna}} che ho visto nel reel",
            ),
            (
                "a",
                "Ciao e congratulazioni!! 🎉 la {{PD:Nuvola di Panna}} a 3 piani parte da {{$:€ 380}} per circa 80 ospiti. Mi dite nome degli sposi e dove si tiene il ricevimento?",
            ),
            (
                "c",
                "io sono [[P:Chiara Venturini]] lui [[P:Tommaso Kessler]] ([[P:tommi]] x gli amici 😂)\nil ricevimento è a [[L:Castelnuovo Rangone]] in una villa privata dei nonni di lui, [[A:via Montanara 118]]",
            ),
            (
                "c",
                "ah e mia suocera [[P:Brigitte]] vuole per forza i fiori di zucchero colore {{W:rosa}} antico nn chiedetemi perche",
            ),
            (
                "a",
                "Perfetto [[P:Chiara]]! Il {{W:rosa}} antico ci sta benissimo. Per consegne fuori {{W:Modena}} aggiungiamo {{$:35€}}. Vi segno una degustazione sabato {{D:1 marzo}} alle {{TM:11:00}}? rif. {{R:ZF-2025-0214}}\n[[P:Giulia]]",
            ),
            (
                "c",
                "sisi perfetto vengo con [[P:tommi]] e forse mia sorella [[P:Ele]] se riesce, il mio cell è [[T:347 218 9054]] x qualsiasi cosa",
            ),
            ("a", "Segnato! A sabato 😊 [[P:Giulia]] - {{B:Zuccherofilato}}"),
            (
                "c",
                "ah dimenticavo, il testimone [[P:Rashid Al-Amin]] vuole fare una sorpresa e pagare lui la torta, vi scrive dalla sua mail [[E:rashid.alamin88@example.com]] ok? nn ditelo a [[P:tommi]] 🤫",
            ),
            ("a", "Top secret 🤐 aspettiamo la mail di [[P:Rashid]]!"),
        ],
    },
    {
        "business": "cake",
        "platform": "whatsapp",
        "customer": "Amani Wanjiru",
        "lang": "en",
        "start": "2025-03-03T10:05:00",
        "messages": [
            (
                "c",
                "hi good morning, my name is [[P:Amani Wanjiru]] i am getting married in italy in may, my partner [[P:Luca Ferraboli]] is from [[L:Cremona]] and i am from [[L:Nairobi]] 🇰🇪\nwe want a cake that mix both cultures maybe with mango and passion fruit?",
            ),
            (
                "a",
                "Hello [[P:Amani]], how lovely! Yes we can do a mango & passion fruit layer inside our {{PD:Torta Sfoglia Reale}}. Date and number of guests?",
            ),
            (
                "c",
                "{{D:24 may}}, about 120 people. venue is his family farmhouse, [[A:Cascina Ronchetto, strada provinciale 33 km 4]], [[A:26100]] [[L:Cremona]]",
            ),
            (
                "c",
                "also can you email me the quote? [[E:amani.wanjiru.weds@mailbox-example.com]]  or to [[P:luca]] [[E:l.ferraboli@example.it]]",
            ),
            (
                "a",
                "Of course! Quote {{R:PRV-0331}} coming by email today: {{$:€ 640}} incl. delivery. To confirm we ask a 30% deposit by bank transfer. [[P:Marco]] from the team",
            ),
            (
                "c",
                "ok thank you [[P:Marco]]! [[P:luca]] will pay from his account, is it ok if the name on transfer is his dad [[P:Giancarlo Ferraboli]]?",
            ),
            (
                "a",
                "No problem at all, [[P:Amani]], just write the quote number {{R:PRV-0331}} in the reason 👍",
            ),
        ],
    },
    {
        "business": "cake",
        "platform": "messenger",
        "customer": "Rosa Delbello",
        "lang": "it",
        "start": "2025-04-17T21:13:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Rosa Delbello]] vi ho scritto x la torta della comunione di mia nipote [[P:Speranza]] ma poi nn mi avete + risposto",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Delbello]], ci scusi! Ritroviamo l'ordine {{O:40218837}}: torta {{PD:Millefoglie Chantilly}} per {{D:domenica 11 maggio}}, giusto?",
            ),
            (
                "c",
                'si giusto ma volevo cambiare la scritta, deve essere "Auguri [[P:Speri]]" non il nome intero che lei nn lo sopporta 😅 e poi la ritiro io in negozio nn serve consegna a [[L:Sesto San Giovanni]]',
            ),
            (
                "a",
                "Fatto, scritta cambiata e consegna tolta: nuovo totale {{$:€ 72,00}}. Ritiro dalle {{TM:9.30}} in {{W:via Roma}}, davanti alla farmacia",
            ),
            (
                "c",
                "grazie mille cara. ah se nn ci sono io viene mio genero [[P:Felice Arcuri]] quello alto coi baffi ahah",
            ),
            ("a", "Perfetto, annotato [[P:Felice]] 😊 buona serata!"),
            (
                "c",
                "ah e se mi chiamate usate il fisso di casa [[T:02 2485 6610]] che il cellulare lo tiene sempre [[P:Speranza]] x giocare 🙄 abito in [[A:via Falck 52]] se serve",
            ),
        ],
    },
    {
        "business": "cake",
        "platform": "telegram",
        "customer": "nadia_kos",
        "lang": "it",
        "start": "2025-05-08T08:20:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Nadia Kosteckaja]], su telegram [[H:@nadia_kos]], scusa mio italiano nn perfetto. io voglio torta per matrimonio di mio figlio [[P:Artëm]] con [[P:Giorgia]], giugno, a [[L:Lecco]]",
            ),
            (
                "a",
                "Buongiorno [[P:Nadia]], nessun problema! Che giorno esattamente e quanti invitati? Per {{W:Lecco}} e tutta la {{W:Brianza}} la consegna è inclusa sopra i {{$:300€}}",
            ),
            (
                "c",
                "il {{D:21/06}}, 90 persone. io paga con carta adesso ok? [[C:4539 8712 0046 7310]] scade 09/27",
            ),
            (
                "a",
                "[[P:Nadia]] la prego non ci scriva mai il numero della carta in chat 🙏 le mandiamo un link di pagamento sicuro. Ci serve solo indirizzo di consegna completo",
            ),
            ("c", "ah scusa!! indirizzo è [[A:via Ghislanzoni 9]]\n[[A:scala C int. 12]]"),
            (
                "c",
                "[[A:23900]] [[L:Lecco]], citofono [[P:Kosteckaja]] oppure [[P:Bianchini]] che è famiglia di sposa",
            ),
            ("a", "Grazie! Ordine {{O:ZF-5521}}, link inviato. [[P:Giulia]]"),
        ],
    },
    {
        "business": "cake",
        "platform": "whatsapp",
        "customer": "Deepa",
        "lang": "en",
        "start": "2025-06-02T14:55:00",
        "messages": [
            (
                "c",
                "Hey! [[P:Deepa]] here ([[P:Deepa Raghunathan]]), we met at the wedding fair in {{W:Bologna}}. I need an eggless cake, my in laws are strict vegetarian 🙏",
            ),
            (
                "a",
                "Hi [[P:Deepa]]! Of course, our {{PD:Cassata Bianca}} and the {{PD:Pistacchio di Bronte}} cake can both be made eggless. When is the wedding?",
            ),
            (
                "c",
                "{{D:September 6}}. Its in [[L:Bellagio]] we are staying at a friend's place, [[P:Oskar Lindqvist]], he has a villa there. delivery to [[A:via Valassina 41]], [[A:22021]] [[L:Bellagio]]",
            ),
            (
                "c",
                "my number is [[T:+44 7700 912384]] (my [[L:UK]] number) and my fiance [[P:Arjun]] is on [[T:+91 98201 44763]]",
            ),
            (
                "a",
                "Thanks [[P:Deepa]], noted. Quote {{R:ZF-Q-0906}}: {{$:€ 520}} for 100 slices, pistachio eggless. [[P:Giulia]] - {{B:Zuccherofilato}}",
            ),
            (
                "c",
                'perfect!! ps [[P:arjun]] asks if you can write "[[P:Deepa]] & [[P:Arjun]]" in hindi on the topper lol',
            ),
            ("a", "Ahah we will try our best, we'll ask [[P:Arjun]] to send us the spelling 😄"),
        ],
    },
    # ---------------------------------------------------------------- roof
    {
        "business": "roof",
        "platform": "messenger",
        "customer": "Gianpaolo Stoka",
        "lang": "it",
        "start": "2025-01-20T07:48:00",
        "messages": [
            (
                "c",
                "buongiorno ho una infiltrazione dal tetto dopo la grandinata di ieri su {{W:Bergamo}}, mi gocciola in camera da letto 😩 potete passare?",
            ),
            (
                "a",
                "Buongiorno, ci spiace! Ci dà nome, indirizzo e un numero? Passiamo in giornata per un sopralluogo gratuito. {{B:Tetti Brambilla}}",
            ),
            (
                "c",
                "[[P:Gianpaolo Stoka]]\n[[A:via Borgo Palazzo 207]]\n[[L:Bergamo]]\ncell [[T:339/4471208]]",
            ),
            (
                "c",
                "è una villetta bifamiliare, di sopra abita mia cognata [[P:Ornella]] se nn rispondo io suonate a lei, campanello [[P:Stoka-Rinaldi]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Stoka]], passa il nostro [[P:Davide]] verso le {{TM:14:30}}. Numero intervento {{R:INT-250120-07}}",
            ),
            (
                "c",
                "ok grazie, x la fattura la intestate a me, codice fiscale [[CF:MRNFNC90C14G224K]] no scusate quello è di mio figlio [[P:Francesco]] 🙈 il mio ve lo do dopo",
            ),
            (
                "a",
                "Nessun problema, lo prendiamo a voce durante il sopralluogo. A dopo! [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "roof",
        "platform": "whatsapp",
        "customer": "Studio Arch. Pellegrino",
        "lang": "it",
        "start": "2025-02-04T11:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'arch. [[P:Sofia Pellegrino]], vi scrivo per conto di un mio cliente, sig. [[P:Hamid Boukhari]], rifacimento completo copertura in coppi, circa 140 mq",
            ),
            (
                "c",
                "immobile a [[L:Sorisole]], [[A:località Petosino, via Carrara 3/B]]. Vi giro le foto sulla mail dello studio [[E:sofia.pellegrino@studio-pellegrino-arch.it]]",
            ),
            (
                "a",
                "Buongiorno architetto, grazie. Per un preventivo ci serve anche la ragione sociale o i dati fiscali del committente",
            ),
            (
                "c",
                "Il committente è persona fisica, [[P:Boukhari Hamid]], CF [[CF:BKHHMD76P10Z330P]]. La fattura del mio studio invece va su P.IVA [[V:02748510365]]",
            ),
            (
                "a",
                "Ricevuto. Preventivo {{R:PRV-2025-0088}} entro venerdì: coppi {{PD:Coppo Antico Toscano}}, guaina {{PD:Mapeplan T}} e linea vita. Indicativamente {{$:18.400 €}} + IVA. [[P:Luca Brambilla]]",
            ),
            (
                "c",
                "perfetto grazie, se serve il sig. [[P:Boukhari]] è reperibile al [[T:+39 351 082 6613]] dopo le {{TM:18}}",
            ),
        ],
    },
    {
        "business": "roof",
        "platform": "messenger",
        "customer": "Will Harrington",
        "lang": "en",
        "start": "2025-03-15T16:02:00",
        "messages": [
            (
                "c",
                "hi there, im an english guy living in italy since 2 yrs, bought an old farmhouse near [[L:Urbino]] and the roof is a disaster lol. do you guys work in [[L:Marche]]??",
            ),
            (
                "a",
                "Hi! We're based in {{W:Lombardy}} but for big jobs we do travel to {{W:Marche}} and {{W:Umbria}}. What's the address and roughly how big is it?",
            ),
            (
                "c",
                "[[A:Contrada Ca' Lucciola 5]], [[A:61029]] [[L:Urbino]] (PU). google maps puts it in the wrong field so just call me when ur close, [[T:+44 (0)7911 203 557]] or whatsapp on the italian one [[T:328.660.1942]]",
            ),
            (
                "c",
                "its around 220sqm, partially collapsed on the barn side. my wife [[P:Hope]] says we should just knock it down haha but i {{W:hope}} we can save the old tiles",
            ),
            (
                "a",
                "Got it [[P:Will]], we'll try to save what we can, old tiles are gold 😊 Our site manager [[P:Stefano]] can come on {{D:March 27}}. Ticket {{R:TB-1932}}.",
            ),
            (
                "c",
                "brill, cheers. email for the quote is [[E:will.harrington (at) posteo-example (dot) net]]",
            ),
            (
                "a",
                "Thanks, {{W:will}} send it there. [[P:Stefano]] from the team will call the day before",
            ),
            (
                "c",
                "one more thing, our neighbour [[P:Gino Rossini]] ([[A:Contrada Ca' Lucciola 7]]) wants a quote too, his roof is even worse 😂 his number is [[T:0722 318 904]]",
            ),
            ("a", "Great, we'll visit Mr [[P:Rossini]] the same day then 👍"),
        ],
    },
    {
        "business": "roof",
        "platform": "instagram",
        "customer": "mirko.rtt",
        "lang": "it",
        "start": "2025-04-28T20:40:00",
        "messages": [
            (
                "c",
                "ciao ragaa ma fate anche pannelli solari o solo tetti? mio padre vuole metterli sul capannone",
            ),
            (
                "a",
                "Ciao! Sì, montiamo impianti fotovoltaici in collaborazione con {{B:SunPower}}. Dove si trova il capannone?",
            ),
            (
                "c",
                "zona industriale di [[L:Verdello]], [[A:via dell'Artigianato 14]]. se vi serve lui si chiama [[P:Renato Rottoli]] ma nn usa insta, scrivetegli su mail [[E:renato.rottoli@ditta-example.it]] o chiamate [[T:035 87 14 402]]",
            ),
            (
                "c",
                "io sono [[P:Mirko]] cmq, il figlio. il mio profilo è questo [[H:@mirko.rtt]] se volete taggarmi quando finite 😎",
            ),
            ("a", "Grazie [[P:Mirko]]! Contattiamo tuo papà domani mattina. Pratica {{R:FV-0428}}"),
        ],
    },
    {
        "business": "roof",
        "platform": "whatsapp",
        "customer": "Eleonora G.",
        "lang": "it",
        "start": "2025-05-19T09:12:00",
        "messages": [
            (
                "c",
                "salve vi scrivo x il saldo dei lavori di grondaia, fattura {{R:FT 2025/117}}. posso pagare con bonifico? mi date iban",
            ),
            (
                "a",
                "Buongiorno! Certo, l'IBAN aziendale è sulla fattura. Ci conferma il nome dell'intestatario del conto da cui paga così lo riconosciamo?",
            ),
            (
                "c",
                "il conto è cointestato con mio marito, [[P:Eleonora Gualtieri]] e [[P:Kwame Mensah]]\nIBAN [[I:IT85 M087 1312 8000 0004 5219 873]]",
            ),
            (
                "c",
                "ah e x il rimborso di quei {{$:120 euro}} del pluviale che avevate detto, usate sempre quello",
            ),
            (
                "a",
                "Perfetto signora [[P:Gualtieri]], rimborso di {{$:€ 120,00}} in partenza entro {{D:venerdì 23}}. Grazie ancora! [[P:Sara]] - {{B:Tetti Brambilla & Figli}}",
            ),
        ],
    },
    # ---------------------------------------------------------------- ferry
    {
        "business": "ferry",
        "platform": "whatsapp",
        "customer": "Pino Esposito",
        "lang": "it",
        "start": "2025-06-20T06:55:00",
        "messages": [
            (
                "c",
                "buongiorno mi servono 4 biglietti {{W:Napoli}} - {{W:Ischia}} x sabato {{D:28/06}} corsa delle {{TM:8.40}} con macchina, una {{PD:Fiat Panda}}",
            ),
            (
                "a",
                "Buongiorno! Disponibile con {{B:Medmar}}, totale {{$:€ 186,40}} con auto. Ci servono i nominativi di tutti i passeggeri come da documento",
            ),
            (
                "c",
                "[[P:Giuseppe Esposito]]\n[[P:Carmela Esposito Iannaccone]]\n[[P:Ciro Esposito]] (9 anni)\n[[P:Assunta Iannaccone]] mia suocera",
            ),
            (
                "c",
                "la targa ve la mando dopo, sta in garage a [[L:Pomigliano]] e nn me la ricordo 😂 il mio numero è [[T:0039 333 90 12 776]]",
            ),
            (
                "a",
                "Grazie sig. [[P:Esposito]]! Prenotazione {{R:AF-7H2K9Q}} in attesa della targa. Paghi con il link che le mando qui. [[P:Marta]]",
            ),
            (
                "c",
                "ok. ma la nonna ha la carrozzina, si può avere assistenza? ha 84 anni nonna [[P:Assunta]]",
            ),
            ("a", "Certo, segnaliamo assistenza PRM per la sig.ra [[P:Iannaccone]] 👍"),
            (
                "c",
                "targa trovata ve la scrivo domani. intanto la mail x i biglietti [[E:pino.esposito74@example.it]], e se nn rispondo scrivete a mio cognato [[P:Gennaro]] [[T:338 20 41 997]] che viene con noi fino al porto",
            ),
        ],
    },
    {
        "business": "ferry",
        "platform": "messenger",
        "customer": "Marguerite Tessier",
        "lang": "en",
        "start": "2025-07-02T13:25:00",
        "messages": [
            (
                "c",
                "Bonjour, sorry my english is not so good. Je voudrais un billet pour la {{W:Corse}}... from {{W:Livorno}} to {{W:Bastia}} for me and my daughter, {{D:15 july}}",
            ),
            (
                "a",
                "Bonjour [[P:Marguerite]]! No problem, we can write in English or try French 😊 Names and dates of birth please, as written on the ID",
            ),
            (
                "c",
                "[[P:Marguerite Tessier]] 12/03/1971\n[[P:Camille Tessier-Nguyen]] 30/08/2004\nwe live in [[L:Lyon]], we come back to [[L:France]] by this ferry",
            ),
            (
                "c",
                "mon email: [[E:marguerite.tessier chez laposte-exemple point fr]] (chez = @ 😅)",
            ),
            (
                "a",
                "Merci! Booking {{R:CF-LB-55019}} for 2 passengers, cabin inside, {{$:€ 142}}. Ticket will arrive by email. [[P:Marta]] from the team",
            ),
            ("c", "merci beaucoup [[P:Marta]]!! [[P:Camille]] says thank you also"),
        ],
    },
    {
        "business": "ferry",
        "platform": "telegram",
        "customer": "Leon",
        "lang": "en",
        "start": "2025-07-09T22:10:00",
        "messages": [
            (
                "c",
                "hey, need 1 ticket {{W:Piombino}}-{{W:Portoferraio}} tmrw morning with motorbike, is there space? im [[P:Leon Hartmann]], telegram [[H:@leon_h_moto]]",
            ),
            (
                "a",
                "Hi [[P:Leon]]! Yes, {{B:Toremar}} at {{TM:07:10}} still has moto spots, {{$:€ 58,90}}. Can you confirm your phone?",
            ),
            (
                "c",
                "bike is a {{PD:BMW R 1250 GS}}, phone [[T:+49 171 5534 802]]. Ich wohne in [[L:München]] falls das wichtig ist",
            ),
            ("a", "Alles klar 😊 I need also an address for the invoice, just street and city"),
            ("c", "[[A:Schleißheimer Straße 112]], [[A:80797]] [[L:München]], [[L:Germany]]"),
            (
                "a",
                "Done, ticket {{R:TX-88012-PIO}} sent to the chat as PDF. Buon viaggio [[P:Leon]]! [[P:Ivo]]",
            ),
        ],
    },
    {
        "business": "ferry",
        "platform": "instagram",
        "customer": "sara_inviaggio",
        "lang": "it",
        "start": "2025-07-21T11:40:00",
        "messages": [
            (
                "c",
                "ciaooo ma il traghetto x la {{W:Sardegna}} da {{W:Civitavecchia}} costa di più il venerdì o il sabato? siamo 3 ragazze + una cagnolina 🐶",
            ),
            (
                "a",
                "Ciao! Di solito il venerdì notte costa meno. Per {{W:Olbia}} il {{D:1 agosto}} con cabina pet-friendly siamo a {{$:€ 312}} in tre",
            ),
            (
                "c",
                "okk allora prenota x favore: io [[P:Sara Okafor]], [[P:Giada Moretti]] e [[P:Yasmin El Idrissi]]. la cagnolina si chiama {{W:Perla}} ma nn credo serva ahah",
            ),
            (
                "c",
                "ah la mail è [[E:sara_okafor94@example.it]] e il cell [[T:320 1189\n437]] (scusate mi è partito l'invio)",
            ),
            (
                "a",
                "Nessun problema 😄 prenotazione {{R:AF-OLB-0801-3}} confermata. Ricordatevi il libretto della cagnolina! [[P:Ivo]]",
            ),
            (
                "c",
                "grazie mille! [[P:yasmin]] chiede se potete mandare la ricevuta anche a lei, [[E:yasmin.elidrissi[at]example[dot]com]]",
            ),
            ("a", "Fatto, inviata anche a [[P:Yasmin]] 👍"),
        ],
    },
    {
        "business": "ferry",
        "platform": "whatsapp",
        "customer": "Zhang Wei",
        "lang": "en",
        "start": "2025-08-05T08:00:00",
        "messages": [
            (
                "c",
                "Hello I want change my ferry ticket {{R:AF-PMO-2231}}, {{W:Palermo}} to {{W:Napoli}}, from {{D:8 August}} to {{D:10 August}}. Name is [[P:Zhang Wei]], also passenger [[P:Li Na]] my wife",
            ),
            (
                "a",
                "Hello Mr [[P:Zhang]], the change is possible with a fee of {{$:€ 25}} per person. Do you want to pay by card on the link?",
            ),
            (
                "c",
                "yes ok. We stay now in [[L:Cefalù]] in a B&B, owner is Signora [[P:Lo Cascio]], if you need to send paper there [[A:via Vittorio Emanuele 61]]",
            ),
            (
                "a",
                "No paper needed, e-ticket is fine 😊 new ticket {{R:AF-PMO-2231-B}} on {{D:10/08}} at {{TM:20:15}}",
            ),
            (
                "c",
                "thank you very much. my Chinese phone not work here, use my wife number [[T:+39 389 447 0215]]",
            ),
            (
                "a",
                "Perfect, noted the number of Mrs [[P:Li]]. Have a nice stay in [[L:Cefalù]]! [[P:Ivo]]",
            ),
            (
                "c",
                "thanks [[P:Ivo]]! after [[L:Napoli]] we go to [[L:Roma]] to visit our son [[P:Zhang Hao]], he study there",
            ),
        ],
    },
    {
        "business": "ferry",
        "platform": "messenger",
        "customer": "Daniela Ruiz",
        "lang": "it",
        "start": "2025-08-27T17:33:00",
        "messages": [
            (
                "c",
                "hola! scusate il mio italiano, sono spagnola. Necesito un billete para {{W:Barcellona}} desde {{W:Genova}}... con {{B:Grandi Navi Veloci}}?",
            ),
            (
                "a",
                "Hola [[P:Daniela]]! Sì, {{B:GNV}} da {{W:Genova}} a {{W:Barcellona}} il {{D:3 settembre}}, passaggio ponte {{$:€ 89}}, cabina {{$:€ 165}}",
            ),
            (
                "c",
                "cabina x favore. [[P:Daniela Ruiz Castañeda]], torno a casa a [[L:Sabadell]]. il pagamento con carta [[C:5473-1288-0931-2644]] va bene??",
            ),
            (
                "a",
                "[[P:Daniela]], per sicurezza non scriva il numero della carta qui 🙏 le mando il link di pagamento sicuro. Per la fattura serve l'indirizzo",
            ),
            ("c", "[[A:Carrer de la Creu Alta 27, 2º 1ª]]\n[[A:08208]] [[L:Sabadell]]"),
            ("a", "Perfetto, prenotazione {{R:GNV-GE-BCN-0903}}. Buen viaje! [[P:Marta]]"),
        ],
    },
    # ---------------------------------------------------------------- clay
    {
        "business": "clay",
        "platform": "instagram",
        "customer": "giuse.ceramics",
        "lang": "it",
        "start": "2025-01-09T19:05:00",
        "messages": [
            (
                "c",
                "ciao! il corso base al tornio del martedì ha ancora posti? siamo io e la mia amica",
            ),
            (
                "a",
                "Ciao! Sì, restano 3 posti per il ciclo che parte il {{D:4 febbraio}}, 8 lezioni a {{$:220€}} argilla e cotture incluse. Nomi?",
            ),
            (
                "c",
                "io [[P:Giuseppina Loiacono]] (ma tutti mi chiamano [[P:Giuse]]) e [[P:Anja Kovačević]]. lei è croata, vive a [[L:Trieste]] ma viene su apposta il martedì",
            ),
            (
                "c",
                "il mio profilo è [[H:@giuse.ceramics]] se volete vedere i miei disastri 😂 e [[P:anja]] ha il suo shop di orecchini [[U:www.anjakovacevic-nakit.com]]",
            ),
            (
                "a",
                "Che belli gli orecchini di [[P:Anja]]! 😍 Vi segniamo entrambe. Ci lasciate un'email per la ricevuta? [[P:Bianca]]",
            ),
            ("c", "[[E:giuseppina.loiacono@example.it]] grazie [[P:Bianca]]!!"),
        ],
    },
    {
        "business": "clay",
        "platform": "messenger",
        "customer": "Ruth Abernathy",
        "lang": "en",
        "start": "2025-02-22T10:30:00",
        "messages": [
            (
                "c",
                "Hello! I'd like to book a private pottery session as a birthday gift for my husband [[P:Graham]], he's turning 60. We're on holiday in [[L:Faenza]] from {{D:10 to 17 March}}",
            ),
            (
                "a",
                "Hello [[P:Ruth]], what a lovely gift! We have a 2-hour private class in {{W:Faenza}} majolica style for {{$:€ 95}} per person. Which day suits you?",
            ),
            (
                "c",
                "Wednesday {{D:12th}} afternoon would be perfect. We're staying at an Airbnb, [[A:via Severoli 19]], the host is called [[P:Mattia Zanelli]] if you need to reach us there",
            ),
            (
                "c",
                "Best number is my mobile, [[T:(617) 555-0143]]... sorry, thats my US one, here i use [[T:+39 371 205 8864]]. And he's on instagram as [[U:instagram.com/graham_throws_pots]] ha, he'll love this",
            ),
            (
                "a",
                "Booked! Reference {{R:BA-PRV-0312}}, Wed {{D:12 March}} at {{TM:15:00}} with our teacher [[P:Rosa]]. [[P:Bianca]] - {{B:Bottega dell'Argilla}}",
            ),
            (
                "c",
                "Brilliant, thank you so much! Fingers crossed he doesn't find out before then 🤫 — [[P:Ruth]]",
            ),
        ],
    },
    {
        "business": "clay",
        "platform": "whatsapp",
        "customer": "Mohamed",
        "lang": "it",
        "start": "2025-03-30T12:12:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Mohamed Ait Benali]] insegnante in una scuola elementare a [[L:Imola]], vorrei portare una classe di 22 bambini a fare laboratorio",
            ),
            (
                "a",
                "Buongiorno [[P:Mohamed]]! Volentieri, laboratorio scuole 2h a {{$:€ 12}} a bambino. Ci serve la fattura elettronica alla scuola?",
            ),
            (
                "c",
                "si, la scuola ha codice fiscale, la collega di segreteria [[P:Luisa Parmeggiani]] vi manda i dati via mail da [[E:segreteria.parmeggiani@example.it]]",
            ),
            (
                "c",
                "nella classe c'è un bimbo, [[P:Tenzin]], che ha allergia al lattice, avete guanti senza?",
            ),
            (
                "a",
                "Sì, usiamo solo guanti in nitrile 👍 Data proposta: {{D:giovedì 10 aprile}} ore {{TM:9:30}}, codice {{R:LAB-SC-0410}}. Grazie maestro [[P:Mohamed]]! [[P:Bianca]]",
            ),
        ],
    },
    {
        "business": "clay",
        "platform": "telegram",
        "customer": "vale",
        "lang": "it",
        "start": "2025-05-12T23:02:00",
        "messages": [
            (
                "c",
                "scusate l'ora ma ho visto che vendete anche ciotole fatte dagli allievi... quella blu {{PD:Ciotola Blu Cobalto}} è ancora disponibile? la spedite?",
            ),
            (
                "a",
                "Ciao! Sì, {{$:€ 38}} + spedizione {{$:€ 9}}. Spediamo in tutta {{W:Italia}} con {{B:BRT}}. Indirizzo?",
            ),
            (
                "c",
                "[[P:Valentina Ferreira da Silva]]\nc/o [[P:Bortolotti]]\n[[A:viale Piave 5]]\n[[A:25123]] [[L:Brescia]]",
            ),
            (
                "c",
                "è a casa del mio ragazzo [[P:Nicola Bortolotti]] che io sto sempre in giro x lavoro. se il corriere nn trova nessuno chiami lui [[T:392-6650-183]]",
            ),
            (
                "a",
                "Spedita! Tracking {{TR:BRT 058391047220}}, ordine {{O:BA-1187}}. Grazie [[P:Valentina]]!",
            ),
            ("c", "graziee 💙 [[P:vale]]"),
        ],
    },
    {
        "business": "clay",
        "platform": "instagram",
        "customer": "felice.rossetti",
        "lang": "it",
        "start": "2025-06-14T16:45:00",
        "messages": [
            (
                "c",
                "ciao bottega! sono [[P:Felice Rossetti]], faccio il ceramista a [[L:Deruta]]. collaborate con artisti esterni per workshop? il mio sito è [[U:https://feliceceramiche-deruta.it]]",
            ),
            (
                "a",
                "Ciao [[P:Felice]]! Sì, ogni tanto ospitiamo workshop esterni. Ci mandi un portfolio? Il nostro laboratorio è in {{W:piazza del Popolo}}, dietro al {{W:Duomo}}",
            ),
            (
                "c",
                "certo! intanto guardate il mio tiktok [[U:tiktok.com/@felice.ceramica]] che lì faccio vedere il raku. la mail è [[E:felice punto rossetti chiocciola example punto it]]",
            ),
            (
                "a",
                "Bellissimo il raku! 🔥 Ti scrive la nostra responsabile [[P:Bianca Scarpellini]] per le date. Buona giornata, {{W:felice}} settimana!",
            ),
            (
                "c",
                "grazie ragazzi, ah io di solito nn guido, mi accompagna mio fratello [[P:Lorenzo]] col furgone x i forni",
            ),
            (
                "a",
                "Perfetto, diciamo a [[P:Bianca]] di tenere libero il cortile per il furgone di [[P:Lorenzo]] 🚐",
            ),
            (
                "c",
                "grazie! se vi serve il suo numero è [[T:075 9710 288]], abita con me a [[L:Deruta]] in [[A:via Tiberina 104]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- wash
    {
        "business": "wash",
        "platform": "whatsapp",
        "customer": "Marco T.",
        "lang": "it",
        "start": "2025-03-08T08:15:00",
        "messages": [
            (
                "c",
                "ciao venite anche in ufficio a lavare la macchina? lavoro in {{W:Porta Nuova}} parcheggio sotterraneo",
            ),
            (
                "a",
                "Ciao! Sì, serviamo tutta {{W:Milano}} città. Lavaggio completo interni+esterni {{$:€ 45}}, {{PD:Trattamento Ceramico Lux}} {{$:€ 120}}. Che auto è?",
            ),
            (
                "c",
                "{{PD:Audi A4 Avant}} grigio {{W:Nardò}}, piena di peli del cane 🙄 sono [[P:Marco Tagliabue]], posto auto -2 numero 118, torre {{W:Diamante}}",
            ),
            (
                "c",
                "se nn rispondo chiedete in reception di [[P:Samira]] che mi chiama lei. il mio numero [[T:+39 02 8712 3345]] è il fisso dell'ufficio, il cell è [[T:345 009 7712]]",
            ),
            (
                "a",
                "Perfetto [[P:Marco]], passa [[P:Kevin]] mercoledì {{D:12/03}} alle {{TM:10}}. Prenotazione {{R:LG-31208}}",
            ),
            ("c", "top thx 👍"),
            (
                "c",
                "ah se mi fate fattura va a [[P:Marco Tagliabue]] P.IVA [[V:07124930145]], sono freelance. la mail è [[E:m.tagliabue.design@example.it]]",
            ),
            (
                "a",
                "Ricevuto [[P:Marco]], fattura dopo il servizio. Spedizione del kit profumatori: tracking {{TR:3401 2287 5519 02}}",
            ),
        ],
    },
    {
        "business": "wash",
        "platform": "instagram",
        "customer": "ironsaint_88",
        "lang": "en",
        "start": "2025-04-05T15:20:00",
        "messages": [
            (
                "c",
                "yo do u detail motorbikes too or only cars? got a {{PD:Ducati Monster}} that needs love",
            ),
            ("a", "Hey! Yes we do bikes too, full detail {{$:€ 60}}. Where should we come?"),
            (
                "c",
                "im at my bros place this week, [[A:via San Gottardo 88]], [[L:Monza]]. buzz [[P:Achterberg]], thats his surname, mine is [[P:van Dijk]] lol dutch family",
            ),
            (
                "c",
                "[[P:Joost van Dijk]] btw, on psn im [[H:IronSaint_88]] if u play 😂 number [[T:+31 6 4812 2075]]",
            ),
            (
                "a",
                "Haha nice, maybe one day 🎮 Booked for {{D:Saturday 12 April}} {{TM:9am}}, ref {{R:LG-MOTO-0412}}. [[P:Kevin]] from LavaGo",
            ),
            ("c", "cheers [[P:kev]]"),
        ],
    },
    {
        "business": "wash",
        "platform": "messenger",
        "customer": "Fatima Zahra Benali",
        "lang": "it",
        "start": "2025-05-27T18:50:00",
        "messages": [
            (
                "c",
                "salve vorrei abbonamento mensile x 2 macchine, una mia e una di mio marito, abitiamo in condominio a [[L:Cinisello Balsamo]]",
            ),
            (
                "a",
                "Buonasera! Abbonamento {{PD:LavaGo Family}}: 2 auto, 2 lavaggi al mese ciascuna, {{$:€ 79/mese}}. Ci serve indirizzo e dati per l'addebito",
            ),
            (
                "c",
                "[[A:via Libertà 143]], [[A:scala D]], box numero 7. intestataria [[P:Fatima Zahra Benali]], codice fiscale [[CF:PLLSFO87D52A794L]] ah no questo è della mia amica [[P:Sofia]] scusa, lo avevo copiato x lei",
            ),
            (
                "c",
                "il mio è [[CF:BNLFMZ89R47Z330C]]. iban x addebito [[I:IT98 B050 3411 7020 0000 0387 216]]",
            ),
            (
                "a",
                "Grazie sig.ra [[P:Benali]]! Contratto {{R:ABB-2025-0527}} attivo dal {{D:1 giugno}}. Primo passaggio lo fa [[P:Omar]]. Per sicurezza la prossima volta ci mandi l'IBAN via mail e non in chat 🙏",
            ),
            (
                "c",
                "ok scusate. ah il box è intestato a mio marito [[P:Youssef Benali]], se il portinaio sig. [[P:Colombo]] chiede ditegli che siete da parte di [[P:Fatima]]",
            ),
        ],
    },
    {
        "business": "wash",
        "platform": "whatsapp",
        "customer": "Tom",
        "lang": "en",
        "start": "2025-06-30T07:05:00",
        "messages": [
            (
                "c",
                "hi, do you guys do rental cars before returning? got a {{B:Hertz}} car full of sand from the beach 😬 need it clean by noon",
            ),
            ("a", "Hi! Yes, express wash {{$:€ 35}} in 40 mins. Where are you?"),
            (
                "c",
                "at my friend's flat, [[A:Flat 3, 27 via Giulio Cesare]]\n[[L:Rimini]]. I'm [[P:Tom Okonkwo-Reilly]], normally based in [[L:Dublin]]",
            ),
            ("c", "phone is [[T:+353 87\n441 9023]]\nsorry it got split, its my irish mobile"),
            (
                "a",
                "No worries! [[P:Omar]] is on his way, arrives at {{TM:10:30}}. Ref {{R:LG-EXP-0630}}",
            ),
            ("c", "legend. will leave the keys with my mate [[P:Dario]] at the door"),
        ],
    },
    {
        "business": "wash",
        "platform": "telegram",
        "customer": "ale_ricci",
        "lang": "it",
        "start": "2025-09-14T12:00:00",
        "messages": [
            (
                "c",
                "ciao ho prenotato col sito ma mi è arrivata la conferma con il nome sbagliato, c'è scritto [[P:Alessio Ricci]] invece di [[P:Alessia Ricci]] 🙄",
            ),
            ("a", "Ciao [[P:Alessia]], ci scusiamo! Ci dai il numero della prenotazione?"),
            (
                "c",
                "{{O:LG-2025-309441}}. la fattura va alla mia ditta individuale, P.IVA [[V:03816200152]], [[A:via Cavour 31]], [[A:20900]] [[L:Monza]]",
            ),
            (
                "c",
                "e la macchina è quella di mia mamma [[P:Ornella Ricci]], una {{PD:Lancia Ypsilon}} {{W:Bianca}}, la trovate nel cortile",
            ),
            (
                "a",
                "Corretto tutto, nuova conferma inviata a te su telegram [[H:@ale_ricci]]. A domani! [[P:Kevin]] - {{B:LavaGo}}",
            ),
        ],
    },
    # ---------------------------------------------------------------- dog
    {
        "business": "dog",
        "platform": "messenger",
        "customer": "Bobo Castellani",
        "lang": "it",
        "start": "2025-02-02T09:40:00",
        "messages": [
            (
                "c",
                "ciao ho un cucciolo di {{W:pastore tedesco}} di 5 mesi, si chiama {{W:Thor}}, tira al guinzaglio come un trattore 😅 fate corsi cuccioli?",
            ),
            (
                "a",
                "Ciao! Sì, il corso {{PD:Puppy Class}} parte il {{D:15 febbraio}}, 6 incontri il sabato mattina, {{$:€ 150}}. Ci dai i tuoi dati per l'iscrizione?",
            ),
            (
                "c",
                "[[P:Roberto Castellani]] ma tutti mi chiamano [[P:Bobo]]\nabito a [[L:Melzo]], [[A:via Bianchi 4]]\ncell [[T:340 55 21 098]]",
            ),
            (
                "c",
                "ah viene anche mia figlia [[P:Martina]] che ha 12 anni, il cane è praticamente suo",
            ),
            (
                "a",
                "Benissimo, [[P:Martina]] è la benvenuta! Iscrizione {{R:ZF-PUP-0215}}. L'istruttrice è [[P:Irene Sabbadini]], ci vediamo al campo in {{W:via Santa Rita}}",
            ),
            ("c", "super grazie! [[P:bobo]] e {{W:thor}} 🐕"),
        ],
    },
    {
        "business": "dog",
        "platform": "whatsapp",
        "customer": "Priya",
        "lang": "en",
        "start": "2025-03-19T20:25:00",
        "messages": [
            (
                "c",
                "Hi, i rescued a dog from a shelter in [[L:Romania]], hes very scared of men and other dogs. do you do behavioural sessions one to one? I'm [[P:Priya Venkataraman]]",
            ),
            (
                "a",
                "Hi [[P:Priya]], thank you for adopting him 💛 Yes, our behaviourist does 1:1 sessions at home, first visit {{$:€ 70}}. Where do you live?",
            ),
            (
                "c",
                "[[A:via Carlo Goldoni 12, int. 5]]\n[[A:20129]] [[L:Milano]]\nmy partner [[P:Bogdan]] is home most days, he speaks italian better than me",
            ),
            (
                "c",
                "[[P:bogdan]]'s number [[T:+40 722 318 564]] (romanian), mine [[T:+39 366 4410 827]]. the dog is called {{W:Lupo}}",
            ),
            (
                "a",
                "Thanks! [[P:Irene]] can come {{D:Thursday 27th}} at {{TM:18:30}}. Booking {{R:ZF-BEH-0327}}",
            ),
            ("c", "amazing thank you so much [[P:Irene]] ❤️"),
            (
                "c",
                "ps the shelter lady [[P:Ioana Dumitrescu]] from [[L:Brașov]] might want to call you to check on him, is it ok if i give her your number?",
            ),
            ("a", "Of course [[P:Priya]], happy to talk with her!"),
        ],
    },
    {
        "business": "dog",
        "platform": "telegram",
        "customer": "Gigi",
        "lang": "it",
        "start": "2025-04-09T21:58:00",
        "messages": [
            (
                "c",
                "buonasera ho comprato il corso online {{PD:Richiamo Perfetto}} ma la piattaforma mi dice accesso bloccato da IP sospetto 😡",
            ),
            (
                "a",
                "Ci scusi! A volte succede con le connessioni mobili. Ci dice mail dell'account e l'IP che vede nel messaggio di errore?",
            ),
            ("c", "mail [[E:luigi.marchetto1961@example.com]]\nl'ip dice [[IP:93.41.207.118]]"),
            (
                "c",
                "poi ho provato dal pc di mio nipote [[P:Tommy]] e dice un altro numero lungo tipo [[IP:2a01:4f8:c17:2e4b::1]] boh",
            ),
            (
                "a",
                "Sbloccati entrambi sig. [[P:Marchetto]] ✅ ordine {{O:ZF-ON-77310}}, può riprovare. [[P:Andrea]], supporto tecnico",
            ),
            ("c", "funziona!! grazie [[P:andrea]]. [[P:Gigi Marchetto]]"),
        ],
    },
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "lacasadiolivia",
        "lang": "it",
        "start": "2025-05-05T13:13:00",
        "messages": [
            (
                "c",
                "ciao! vi ho scoperto grazie al profilo di [[H:@dogmom_serena]] 😍 fate anche dog sitting durante le vacanze?",
            ),
            (
                "a",
                "Ciao! No, solo educazione e addestramento, ma collaboriamo con una pensione a {{W:Gorgonzola}} 😊",
            ),
            (
                "c",
                "ah peccato! allora il corso agility x il mio {{W:border collie}}. sono [[P:Olivia Tran]], mia mamma è vietnamita mio papà di [[L:Cantù]] ahah",
            ),
            (
                "c",
                "il mio blog dove parlo dei miei cani è [[U:lacasadiolivia.blogspot.com]] e il linktree [[U:linktr.ee/olivia.tran]]",
            ),
            (
                "a",
                "Che bello! Il corso {{PD:Agility Base}} è il mercoledì sera {{TM:19-20}}, {{$:€ 180}} per 8 lezioni. Ti iscrivo? [[P:Irene]]",
            ),
            ("c", "sìì! email [[E:olivia.tran.dogs@example.com]] e cell [[T:331 708 4456]]"),
            ("a", "Fatto [[P:Olivia]]! Iscrizione {{R:ZF-AGI-0507}}"),
        ],
    },
    {
        "business": "dog",
        "platform": "whatsapp",
        "customer": "Oksana",
        "lang": "it",
        "start": "2025-06-11T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno, io [[P:Oksana]], [[P:Oksana Hrytsenko]]. mio cane morde il postino 😔 ieri ha morso giacca di signor [[P:Pasquale]]. io ho paura di denuncia",
            ),
            (
                "a",
                "Buongiorno [[P:Oksana]], capiamo la preoccupazione. Possiamo fare una valutazione comportamentale a casa. Dove abita?",
            ),
            (
                "c",
                "[[L:Pioltello]], [[A:via Roma 20]]. citofono [[P:Hrytsenko]]. io pago con bonifico? ho conto in [[L:Ucraina]] [[I:DE77 5001 0517 5417 3829 46]] no scusa questo è conto tedesco di lavoro",
            ),
            (
                "a",
                "Va benissimo anche il bonifico da conto tedesco 👍 Valutazione {{$:€ 70}}, rif. {{R:ZF-VAL-0613}}, venerdì {{D:13 giugno}} alle {{TM:17}}. Viene [[P:Irene Sabbadini]]",
            ),
            (
                "c",
                "grazie grazie. mio vicino [[P:Aldo]] dice che cane è cattivo ma no è solo paura",
            ),
        ],
    },
    {
        "business": "dog",
        "platform": "messenger",
        "customer": "Jack Mulligan",
        "lang": "en",
        "start": "2025-07-15T16:35:00",
        "messages": [
            (
                "c",
                "hello, my landlord Mr [[P:Ferrante]] said our lab must be trained or we have to leave the flat lol. is it too late for a 4yr old dog?",
            ),
            (
                "a",
                "Hi [[P:Jack]]! Never too late 😊 Our {{PD:Adult Manners}} course is 6 sessions, {{$:€ 160}}. Can you send your details?",
            ),
            (
                "c",
                "[[P:Jack Mulligan]], [[A:via Padova 211, apt 9]], [[L:Milano]]. originally from [[L:Boston]]. email [[E:jack.mulligan@example.com]] / my wife [[P:Rose]] is [[E:rose.m.mulligan@example.com]]",
            ),
            ("c", "dog is {{W:Biscuit}}, yellow lab, loves {{B:Barilla}} pasta more than us"),
            (
                "a",
                "Haha, classic lab! You're in the {{D:July 22}} group, ref {{R:ZF-ADM-0722}}. Payment by card at the first lesson. [[P:Irene]] from {{B:Zampa Felice}}",
            ),
            ("c", "thanks [[P:Irene]]! [[P:rose]] says hi 👋"),
            (
                "c",
                "oh and pay card is [[C:4917 6055 3820 1468]], can you charge it now so we don't forget? card is in [[P:Rose Mulligan]]'s name",
            ),
            (
                "a",
                "Please don't share card numbers here, [[P:Jack]] 🙏 we'll take payment at the desk on {{D:July 22}}",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(100, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
