# ruff: noqa: E501
"""Hand-written blind test corpus no. 48 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten48_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a self-service laundry in Milan, a dog-grooming
salon in Verona, an Italian-language school for foreigners in Siena, an electrician in Cagliari,
a vintage-clothing shop on Instagram shipping to the UK and Germany, and a thermal spa hotel in
Abano Terme.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten48_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten48_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "laundry": "Lavanderia Bolla Blu",
    "dogs": "Toelettatura da Bruna",
    "school": "Parola Chiara - Scuola di italiano Siena",
    "electric": "Elettrica Mereu Impianti",
    "vintage": "Soffitta Vintage",
    "spa": "Hotel Terme Villa Ortensia",
}
PAGE_IDS: dict[str, str] = {
    "laundry": "648260417730251",
    "dogs": "648260093318476",
    "school": "648260552104983",
    "electric": "648260781146020",
    "vintage": "648260236659817",
    "spa": "648260904472365",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ laundry, Milan
    # 1. Rosa asks about a big machine for a duvet, then books a home pick-up
    {
        "business": "laundry",
        "platform": "whatsapp",
        "customer": "Rosa Fumagalli",
        "lang": "it",
        "start": "2025-05-13T07:41:00",
        "messages": [
            (
                "c",
                "buongiorno, avete lavatrici grandi x un piumone matrimoniale? sono [[P:Rosa]], quella che abita sopra la tabaccheria del sig. [[P:Colombo]] 😅",
            ),
            (
                "a",
                "Buongiorno [[P:Rosa]]! Sì, abbiamo due lavatrici da {{PD:18 kg}}, {{$:8,50 €}} a lavaggio, asciugatrice {{$:1 €}} ogni 10 minuti. Aperti tutti i giorni {{TM:7:00}}-{{TM:23:00}} 🫧 [[P:Ilenia]]",
            ),
            (
                "c",
                "perfetto. il piumone {{W:rosa}} di mia figlia [[P:Bianca]] (quella che studia a [[L:Pavia]]) ha una macchia di pennarello, secondo te viene via?",
            ),
            (
                "a",
                "Con il programma a 60° e lo smacchiatore del distributore ({{$:2 €}}) di solito sì. Se proprio non viene lo mandiamo alla {{B:Tintoria Brambilla}}, chieda del sig. [[P:Brambilla]], è bravissimo",
            ),
            (
                "c",
                "ok grazie. ma fate anche il ritiro a domicilio? sto in [[A:via P. Crespi 9 scala B 3° piano]] ([[A:20127]]) senza ascensore e ho un mal di schiena che nn ti dico",
            ),
            (
                "a",
                "Il ritiro lo fa [[P:Giorgio]] il martedì e il venerdì dalle {{TM:9}} alle {{TM:12}}, {{$:5 €}} a tratta. Mi lascia un numero per avvisarla quando arriva?",
            ),
            (
                "c",
                "[[T:347 118 2093]] oppure il fisso, risponde mio marito [[P:Fortunato]]: [[T:02 2614 7781]]. grazie mille sei gentilissima",
            ),
            (
                "a",
                "Segnato per venerdì {{D:16 maggio}}, ritiro n. {{R:RIT-0516-04}}. Buona giornata [[P:Rosa]]! [[P:Ilenia]]",
            ),
            (
                "c",
                "grazie! se non ci sono lascio il sacco alla portinaia, la [[P:Stella]], è sempre in guardiola",
            ),
        ],
    },
    # 2. Kwame's coins were eaten by a machine; his flatmate left a hoodie in the dryer
    {
        "business": "laundry",
        "platform": "telegram",
        "customer": "Kwame B.",
        "lang": "en",
        "start": "2025-02-04T20:12:00",
        "messages": [
            (
                "c",
                "Hi, this is [[P:Kwame]], student from [[L:Kumasi]] living here. I used machine 4 yesterday around 21:40 and it took my coins but never started",
            ),
            (
                "a",
                "Hi [[P:Kwame]], sorry about that! How much did you put in? We can refund by bank transfer or PayPal. [[P:Giorgio]]",
            ),
            (
                "c",
                "6 euros. Paypal is [[E:kwame.boateng@example.com]]. Also my flatmate [[P:Ivy Lin]] left a grey hoodie in dryer 2, she's [[H:@ivy_lin_mi]] on here if you found it",
            ),
            (
                "a",
                "Refund of {{$:6 €}} sent, ref {{R:RF-2291}}. There is a grey hoodie in the lost & found box, with a small paint {{W:mark}} on the sleeve? 🙂",
            ),
            (
                "c",
                "yes that's hers!! she'll pass by tomorrow. we live round the corner at [[A:via Giacomo Watt 27]] so it's easy. if you need to reach me my fb is [[U:facebook.com/kwame.boateng.58]]",
            ),
            ("a", "Perfect, we keep it until {{D:Sunday}}. Have a nice evening!"),
            ("c", "thanks [[P:Giorgio]], you're the best 🙌"),
        ],
    },
    # 3. Davide runs short-term rentals and wants a monthly invoice
    {
        "business": "laundry",
        "platform": "whatsapp",
        "customer": "Davide F.",
        "lang": "it",
        "start": "2025-04-29T09:05:00",
        "messages": [
            (
                "c",
                "Salve, gestisco 3 appartamenti su {{B:airbnb}} in zona [[L:Lambrate]] e [[L:Città Studi]] e lavo da voi lenzuola e asciugamani ogni settimana. posso avere la fattura?",
            ),
            (
                "a",
                "Buongiorno, certo! Ci servono nome e cognome o ragione sociale, partita IVA, indirizzo e codice SDI o PEC. La facciamo mensile.",
            ),
            (
                "c",
                "[[P:Davide Ferrario]], ditta individuale, P.IVA [[V:02817360957]], sede in [[A:via Conte Rosso 31]] [[A:20134]] [[L:Milano]]. codice destinatario 0000000, la pec è [[E:davide.ferrario@pec.example.it]]",
            ),
            (
                "a",
                "Grazie sig. [[P:Ferrario]]. Per aprile sono {{$:164,00 €}}, fattura {{R:FT 2025/0418}}. Se preferisce il bonifico l'IBAN è [[I:IT21T0101504800000070446129]]",
            ),
            (
                "c",
                "ok pago stasera. se ci sono problemi scrivete pure alla mia socia [[P:Gioia]], [[T:+39 331 204 8816]]",
            ),
            ("a", "Perfetto, salutiamo [[P:Gioia]]. Buona serata! [[P:Ilenia]]"),
            (
                "c",
                "ah dimenticavo, se vi serve lasciare la recensione il mio profilo host è [[U:airbnb.it/users/show/418872301]] 😉",
            ),
        ],
    },
    # 4. An elderly lady dictates by voice; her nephew will bring the tablecloth
    {
        "business": "laundry",
        "platform": "whatsapp",
        "customer": "Franca",
        "lang": "it",
        "start": "2025-11-18T08:20:00",
        "messages": [
            (
                "c",
                "buongiorno sono la signora [[P:Franca Moretti]] abito in [[A:viale Monza 140]] vicino alla farmacia volevo sapere se posso lavare una tovaglia di lino con le macchie di vino rosso punto",
            ),
            (
                "a",
                "Buongiorno signora [[P:Moretti]]! Sì, per il lino il programma delicati a 40 gradi, {{$:4,50 €}}. Per il vino meglio un pretrattamento, glielo facciamo noi. [[P:Giorgio]]",
            ),
            (
                "c",
                "va bene allora ci mando mio nipote [[P:Bruno]] il figlio di mia sorella [[P:Adele]] che io con le gambe non ce la faccio virgola è quello alto con la barba e il cappotto {{W:bruno}} punto se non lo trovate il mio numero è [[T:02 67 89 34 12]]",
            ),
            (
                "a",
                "Va benissimo, c'è sempre qualcuno dalle {{TM:9}} alle {{TM:13}}. Il nostro indirizzo è [[A:viale Monza 214]], saluti! [[P:Ilenia]]",
            ),
            ("c", "grazie tante cara e che la madonna vi benedica"),
        ],
    },
    # 5. Aarav, on a work trip, wants wash & fold with pick-up at his residence
    {
        "business": "laundry",
        "platform": "telegram",
        "customer": "Aarav Sharma",
        "lang": "en",
        "start": "2025-09-09T16:33:00",
        "messages": [
            (
                "c",
                "Hello, do you have wash and fold service? I am [[P:Aarav]], staying in [[L:Milan]] 3 weeks for work. We're from [[L:Pune]]",
            ),
            (
                "a",
                "Hi [[P:Aarav]]! Yes, wash & fold is {{$:2,80 €}}/kg, ready in 24h. You can drop it at [[A:viale Monza 214]] or we pick up for {{$:5 €}}.",
            ),
            (
                "c",
                "Pick up please. We are at [[A:via Valtellina 5, flat 12]], the name on the bell is [[P:Sharma]]. My wife [[P:Priya]] is at home after 6 pm",
            ),
            (
                "a",
                "Perfetto, [[P:Giorgio]] passa domani alle {{TM:18:30}}. Mi scrive una mail per la ricevuta?",
                "it",
            ),
            ("c", "sorry my italian is little 😅 mail: [[E:aarav.sharma (at) example (dot) com]]"),
            (
                "a",
                "No problem! I {{W:hope}} it's all clear now: pick-up tomorrow {{TM:6:30 pm}}, receipt by email. Grazie! [[P:Ilenia]]",
            ),
            (
                "c",
                "Yes thank you. If you call, my indian number works on whatsapp: [[T:+91 98450 27713]]. grazie mille!!",
            ),
        ],
    },
    # 6. Mattia shrank a purple cashmere sweater that belongs to his girlfriend Viola
    {
        "business": "laundry",
        "platform": "whatsapp",
        "customer": "mattia",
        "lang": "it",
        "start": "2025-01-26T10:14:00",
        "messages": [
            (
                "c",
                "ciao, ieri sera l'asciugatrice n 3 mi ha ristretto un maglione di cashmere {{W:viola}}, era della mia ragazza [[P:Viola]] e ora mi ammazza 😭",
            ),
            (
                "a",
                "Ciao! Mi dispiace 😔 C'è il cartello che il cashmere non va in asciugatrice... però ci mandi una foto?",
            ),
            (
                "c",
                "lo so lo so colpa mia. pero la macchina si è pure bloccata e ho dovuto rimettere 2 gettoni, e il mio coinquilino [[P:Samir]] ne ha perso un altro. [[P:Viola]] dice che almeno i gettoni me li dovete ridare",
            ),
            ("a", "Per i gettoni nessun problema, {{$:2 €}}. Mi dai nome e IBAN?"),
            ("c", "[[P:Mattia Lo Russo]] [[I:IT86B0503460190000000813377]]"),
            ("a", "Fatto, bonifico in arrivo in 1-2 giorni. Salutaci [[P:Viola]] 😅 [[P:Ilenia]]"),
            ("c", "ahah grazie. se vi serve sono anche su ig [[H:@mattia.lorusso]]"),
        ],
    },
    # 7. Grace lost her ring in a washing machine; a regular called Marina found it
    {
        "business": "laundry",
        "platform": "whatsapp",
        "customer": "Grace W",
        "lang": "en",
        "start": "2025-06-17T13:02:00",
        "messages": [
            (
                "c",
                "Hi! I was at your laundromat this morning, machine 6, and I think my ring fell off in the drum. Gold with a small green stone. Please tell me someone found it 🙏",
            ),
            (
                "a",
                "Hi! Yes!! A lady found a ring this afternoon and left it with us. Can you describe the engraving inside?",
            ),
            (
                "c",
                'It says "R & G 2011", R is my husband [[P:Robert]]. I\'m [[P:Grace Whitfield]], we fly back to [[L:Portland]], [[L:Oregon]] on Thursday',
            ),
            (
                "a",
                "That's it! Come by anytime before {{TM:11 pm}}. The lady who found it is [[P:Marina]], she's a regular here, she'd love a thank-you 🙂",
            ),
            (
                "c",
                "Oh my god. Can you give her my number? [[T:+1 503 555 0187]]. I want to buy her something",
            ),
            (
                "a",
                "Sure, I'll pass it on. We're at [[A:viale Monza 214]], next to {{B:Pasticceria Marina}} (a different [[P:Marina]] 😄)",
            ),
            (
                "c",
                "You're angels. Tagging you in my post, I'm [[H:@gracewhitfield.travels]] on insta and the whole story will be on [[U:gracewhitfield.example.org/milan-ring]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ dog grooming, Verona
    # 8. Stella books a grooming for her poodle; her dad Franco will bring him
    {
        "business": "dogs",
        "platform": "whatsapp",
        "customer": "Stella 🌟",
        "lang": "it",
        "start": "2025-03-17T18:44:00",
        "messages": [
            (
                "c",
                "ciao [[P:Bruna]] sono [[P:Stella]], la mamma di Pepe 🐩 avete posto sabato mattina x bagno e taglio?",
            ),
            (
                "a",
                "Ciao [[P:Stella]]! Sabato {{D:22 marzo}} ho libero alle {{TM:9:30}} o alle {{TM:11}}. Barboncino toy bagno+taglio {{$:45 €}}. [[P:Bruna]]",
            ),
            ("c", "9 e mezza perfetto. lo porta mio papà [[P:Franco]] perche io lavoro, va bene?"),
            ("a", "Certo! Saluta [[P:Franco]]. Per la scheda mi servono cognome e un cellulare"),
            (
                "c",
                "[[P:Stella Leone]], [[T:348 5510 276]]. quello di papà è [[T:348/5510277]]. la sua pagina la conosci già 😂 [[H:@pepe_il_barboncino_vr]]",
            ),
            ("a", "Segnato! Sabato lo trasformo da {{W:leone}} a barboncino 😂 a presto"),
            ("c", "ahahah grazie [[P:bruna]] ❤️"),
        ],
    },
    # 9. Ornella needs a home visit for an old German shepherd in the countryside
    {
        "business": "dogs",
        "platform": "messenger",
        "customer": "Ornella Speranza",
        "lang": "it",
        "start": "2025-04-01T17:10:00",
        "messages": [
            (
                "c",
                "Buonasera, ho un pastore tedesco di 11 anni che non si fa toccare da estranei, fate la toelettatura a domicilio?",
            ),
            (
                "a",
                "Buonasera! Sì, il lunedì facciamo domicilio entro 20 km da {{W:Verona}}, supplemento {{$:15 €}}. Dove abitate?",
            ),
            (
                "c",
                "[[A:loc. Corrubbio 14/b]], [[A:37029]] [[L:San Pietro in Cariano]]. la casa gialla dopo la {{B:Cantina Ca' Moretta}}",
            ),
            ("a", "Va bene, lunedì {{D:7 aprile}} alle {{TM:14}}? A nome di chi segno?"),
            (
                "c",
                "[[P:Ornella Speranza]], il cane si chiama Argo. Nella {{W:speranza}} che non morda 🙈",
            ),
            (
                "a",
                "Tranquilla, viene [[P:Samuele]] che è bravissimo coi cani anziani. Mi lascia un numero?",
            ),
            (
                "c",
                "[[T:045 770 1893]] casa, [[T:339 8824 015]] cell. se non rispondo chiamate mia figlia [[P:Gioia]] [[T:347-2209-551]] o scrivetele a [[E:gioia punto speranza at example punto it]]",
            ),
            ("a", "Perfetto signora [[P:Speranza]], a lunedì! [[P:Bruna]]"),
            ("c", "grazie, saluti anche da mio marito [[P:Renzo]]"),
        ],
    },
    # 10. A German family on holiday at Lake Garda with a muddy golden retriever
    {
        "business": "dogs",
        "platform": "whatsapp",
        "customer": "Jonas",
        "lang": "en",
        "start": "2025-08-06T08:55:00",
        "messages": [
            (
                "c",
                "Hello, we are on holiday in [[L:Lazise]] with our dog (golden retriever) and he rolled in something terrible 🤢 Do you have time today or tomorrow?",
            ),
            (
                "a",
                "Hi! Today is full but tomorrow at {{TM:10:00}} is free. Golden full bath and blow-dry {{$:55 €}}. Your name?",
            ),
            (
                "c",
                "[[P:Jonas Weber]]. My wife [[P:Hannah]] will bring him, I have a conference in town. Can I get a receipt to our address in [[L:Germany]] for the insurance? [[A:Lindenstraße 42]], [[A:80469]] [[L:München]], email [[E:jonas.weber@example.de]]",
            ),
            (
                "a",
                "Sure, [[P:Hannah]] gets the receipt tomorrow. Where are you staying, in case of problems? We are in [[A:via Mameli 88]], free parking in front",
            ),
            (
                "c",
                "Apartment in [[A:via Gardesana 71, int. 3]], [[L:Lazise]]. My number is [[T:+49 151 4473 2098]]. And if you want to see him clean later: [[U:instagram.com/biscuit.the.golden]] 😄 the kids [[P:Mia]] and [[P:Lukas]] say he smells like a pig",
            ),
            ("a", "Haha he's famous! See you tomorrow, [[P:Bruna]]"),
        ],
    },
    # 11. A small cut after the bath: complaint in Veronese dialect
    {
        "business": "dogs",
        "platform": "whatsapp",
        "customer": "Gino Bertoldi",
        "lang": "it",
        "start": "2025-10-08T07:30:00",
        "messages": [
            (
                "c",
                "ciò [[P:Bruna]], el me can el ga un taieto soto la recia dopo el bagno de ieri. no son mia contento",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bertoldi]], mi dispiace tanto. Aveva dei nodi molto stretti dietro le orecchie e con la macchinetta può succedere. Mi manda una foto?",
            ),
            (
                "c",
                "ghe lo go fato vardar da la [[P:Righetti]], la veterinaria de [[L:Parona]], la dise che no l'è gnente ma me muier [[P:Luigina]] l'è rabiada",
            ),
            (
                "a",
                "Ha ragione lei. La prossima toelettatura è gratis e se la dott.ssa [[P:Serena Righetti]] le ha fatto pagare la visita gliela rimborso io. [[P:Bruna]]",
            ),
            ("c", "va ben dai. la visita l'è sta {{$:35 euro}}. te mando el scontrin. [[P:Gino]]"),
            ("a", "Grazie [[P:Gino]], le faccio un bonifico: mi manda l'IBAN?"),
            (
                "c",
                "[[I:IT76J0200804810000105962214]] intestà a me fiol [[P:Alberto Bertoldi]] che mi no go conto",
            ),
        ],
    },
    # 12. Whitening shampoo and a flea treatment put aside for a customer's sister
    {
        "business": "dogs",
        "platform": "messenger",
        "customer": "Rosanna Marchi",
        "lang": "it",
        "start": "2025-06-03T15:21:00",
        "messages": [
            (
                "c",
                "salve! la mia maltese è tutta {{W:bianca}} ma ha quelle macchie marroni sotto gli occhi, avete qualcosa?",
            ),
            (
                "a",
                "Salve! C'è lo {{PD:Shampoo Bianco Perla}} di {{B:Iv San Bernard}}, {{$:18,90 €}}, e una lozione per le lacrimazioni a {{$:12 €}}. [[P:Samuele]]",
            ),
            (
                "c",
                "perfetto, me li mettete da parte? passa mia sorella [[P:Bianca]] giovedì, io sono [[P:Rosanna Marchi]]",
            ),
            ("a", "Fatto! A nome [[P:Marchi]], li trova alla cassa in [[A:via Mameli 88]]."),
            ("c", "grazie! ah il {{B:Frontline}} lo tenete? quello per i 2-10 kg"),
            ("a", "Sì, {{PD:Frontline Combo S}} a {{$:24 €}} la confezione da 3. Lo aggiungo?"),
            ("c", "si grazie 😊 se [[P:bianca]] fa tardi la chiamate al [[T:+39 349 62 18 004]]"),
        ],
    },
    # 13. A pet photographer proposes a collaboration and sends her links
    {
        "business": "dogs",
        "platform": "whatsapp",
        "customer": "Marina Z. Foto",
        "lang": "it",
        "start": "2025-02-20T11:47:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Marina]], fotografa di animali, vi seguo da tanto. Vi andrebbe una collaborazione? faccio le foto dopo la toelettatura e voi le postate",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Ci aveva parlato di te anche [[P:Stella]], una nostra cliente. Ci mandi qualche lavoro?",
            ),
            (
                "c",
                "certo, il sito è [[U:www.marinazocca-foto.example.it]], su ig [[H:@marina.zocca.pets]] e su tiktok [[U:https://www.tiktok.com/@marinazoccapets]]",
            ),
            ("a", "Che belle!! Ne parlo con [[P:Samuele]] e ti facciamo sapere. Mail?"),
            ("c", "[[E:marina.zocca@example.it]] oppure [[T:3401187265]] 📸"),
            ("a", "Perfetto [[P:Marina]], ti scrivo io lunedì. [[P:Bruna]]"),
            ("c", "grazieee 🐾 tanto abito a [[L:Quinzano]], vengo a piedi 😄"),
        ],
    },
    # 14. Felice is in hospital and cancels; his daughter-in-law keeps the dog
    {
        "business": "dogs",
        "platform": "messenger",
        "customer": "Felice Tommasi",
        "lang": "it",
        "start": "2025-12-02T09:12:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Felice Tommasi]] devo disdire l'appuntamento di domani per Rocky, il cane di mio figlio [[P:Massimo]], perché sono ricoverato in ospedale. Mi scusi",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Tommasi]], nessun problema, mi dispiace tanto! Guarisca presto. Vuole che passiamo noi a prendere Rocky quando sta meglio?",
            ),
            (
                "c",
                "Grazie molto gentile. Per ora lo tiene mia nuora [[P:Daniela]] in [[A:via Col di Lana 3]] a [[L:Santa Lucia]]",
            ),
            (
                "a",
                "Allora chiamo io la signora [[P:Daniela]] la prossima settimana, mi lascia il numero della signora?",
            ),
            ("c", "[[T:045 8340 912]], ma chiami dopo le 5 che lavora"),
            (
                "a",
                "Perfetto. Sarò {{W:felice}} di rivedervi tutti e due! E per {{D:Santa Lucia}} c'è un regalino per Rocky 🎁 [[P:Bruna]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ Italian school, Siena
    # 15. Chiamaka from Lagos needs a visa letter and a host family
    {
        "business": "school",
        "platform": "messenger",
        "customer": "Chiamaka Okonkwo",
        "lang": "en",
        "start": "2025-03-03T14:05:00",
        "messages": [
            (
                "c",
                "Good afternoon, I'm [[P:Chiamaka Okonkwo]] from [[L:Lagos]], [[L:Nigeria]]. I want to join the 4-week intensive course in June. Is there still place?",
            ),
            (
                "a",
                "Good afternoon [[P:Chiamaka]]! Yes, the June intensive ({{D:June 2}}–{{D:27}}) has 3 places left, {{$:720 €}}. Do you also need accommodation? [[P:Serena]]",
            ),
            (
                "c",
                "Yes please, a host family if possible. For the visa letter the embassy needs my full address: [[A:14 Adeola Odeku Street]], [[L:Victoria Island]], [[L:Lagos]]",
            ),
            (
                "a",
                "Perfect. The host family would be the [[P:Guerrini]] family in [[L:Taverne d'Arbia]], 15 min by bus. Deposit is {{$:200 €}}.",
            ),
            (
                "c",
                "That sounds lovely. Can I pay the deposit with card? [[C:4024 0071 5533 8709]]. My email is [[E:chiamaka.okonkwo@example.com]]",
            ),
            (
                "a",
                "Please don't write card numbers here 🙏 we'll email you a secure payment link. Letter and link will arrive today. [[P:Serena]]",
            ),
            (
                "c",
                "Sorry! Thank you. My sister [[P:Adaeze]] may come to visit in July, can she stay too? She is [[U:instagram.com/adaeze.okk]] if Mrs [[P:Guerrini]] wants to see who she is 😊",
            ),
            (
                "a",
                "We'll ask Mrs [[P:Guerrini]]. Careful, {{D:2 July}} is the {{W:Palio}}, Siena is very full that week! 🐎 [[P:Serena]]",
            ),
        ],
    },
    # 16. Li Wei wants to move up a level; his classmate Hope too
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Li Wei",
        "lang": "it",
        "start": "2025-10-14T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Li Wei]], classe A2 con professoressa [[P:Donatella]]. io voglio cambiare in B1 perche A2 troppo facile per me",
            ),
            (
                "a",
                "Buongiorno [[P:Li]]! Possiamo fare un piccolo test domani alle {{TM:13:00}}. Va bene?",
            ),
            (
                "c",
                "va bene. anche mia compagna [[P:Hope]] vuole fare test, lei viene di [[L:Ghana]]",
            ),
            (
                "a",
                "Certo, anche [[P:Hope]]. Mi date tutti e due un numero di telefono per il gruppo della classe B1?",
            ),
            (
                "c",
                "sorry I write english, is faster 😅 my number [[T:+86 138 1024 5567]] and italian one [[T:351 402 8891]], email [[E:liwei1999 @ example.cn]]. for [[P:Hope]] I don't know, I ask her",
                "en",
            ),
            (
                "a",
                "Grazie! Il libro per il B1 è {{PD:Nuovo Espresso 3}}, lo trova alla {{B:Libreria Senese}}. [[P:Serena]]",
            ),
            (
                "c",
                "grazie mille [[P:Serena]] 🙏 mio nome cinese è [[P:李伟]] se serve per certificato",
            ),
        ],
    },
    # 17. Rafael, an architect from Brazil, wants online lessons for him and his wife
    {
        "business": "school",
        "platform": "telegram",
        "customer": "Rafael N. Costa",
        "lang": "en",
        "start": "2025-07-22T21:30:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Rafael]], architect from [[L:Belo Horizonte]]. Do you have online lessons? I'm moving to [[L:Siena]] in September for a project with the university",
            ),
            (
                "a",
                "Hi [[P:Rafael]]! Yes, 1-to-1 online lessons, {{$:32 €}}/hour, or a package of 10 for {{$:290 €}}. What's your level?",
            ),
            (
                "c",
                "Maybe A1... I understand a bit because of portuguese. My profile if useful: [[U:linkedin.com/in/rafael-nogueira-costa]] and my work [[U:https://rafaelnogueira.example.com/portfolio]]",
            ),
            (
                "a",
                "Nice work! I'll put you with [[P:Donatella]], she loves architecture. [[L:Brazil]] is 5 hours behind, right?",
            ),
            (
                "c",
                "Yes. After 7pm Italy time is perfect. My wife [[P:Luiza]] would like to join some lessons too, is it possible to pay for 2?",
            ),
            (
                "a",
                "Sure, lessons for two are {{$:40 €}}/hour. Book here: {{W:https://www.parolachiara-siena.example.it/prenota}}",
            ),
            (
                "c",
                "Perfect, obrigado! {{B:Telegram}} works better for me, I'm [[H:@rafa_nc]], [[P:Luiza]] is [[H:@luizacosta.arq]]",
            ),
        ],
    },
    # 18. Olena lives near Siena and prepares the CILS exam for citizenship
    {
        "business": "school",
        "platform": "instagram",
        "customer": "olena.kov",
        "lang": "it",
        "start": "2025-09-02T16:16:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Olena]], vivo a [[L:Poggibonsi]] da 2 anni. Vorrei fare esame {{PD:CILS B2}} a dicembre per la cittadinanza. Voi fate preparazione?",
            ),
            (
                "a",
                "Ciao [[P:Olena]]! Sì, corso il martedì e giovedì {{TM:18-20}}, da {{D:ottobre}}. L'iscrizione all'esame invece si fa sul sito dell'{{B:Università per Stranieri}}: {{W:unistrasi.it}}",
            ),
            (
                "c",
                "super! posso pagare a rate? e per fattura serve codice fiscale? [[CF:KVLLNO98S47Z138Z]]",
            ),
            (
                "a",
                "Sì, 2 rate da {{$:190 €}}. Codice fiscale ok, grazie. Ci manda anche l'indirizzo completo?",
            ),
            (
                "c",
                "[[A:via Trento 48]], [[A:53036]] [[L:Poggibonsi]] (SI). scusa my italian is not perfect, can I write english? my friend [[P:Viktoriia]] also wants to come, she lives in [[L:Colle]], her telegram is [[H:@vika_shevchuk]]",
                "en",
            ),
            (
                "a",
                "Of course! Tell [[P:Viktoriia]] to write us here, or she can call the office, {{TM:9}}–{{TM:13}} 🙂 [[P:Serena]]",
                "en",
            ),
        ],
    },
    # 19. Bill and Rose, retired Americans, want a course for older beginners
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Bill H.",
        "lang": "en",
        "start": "2025-05-05T12:40:00",
        "messages": [
            (
                "c",
                "Hello there. My wife [[P:Rose]] and I (both 68) would like a 2-week course in October. Are there classes for older beginners? [[P:Bill Hanrahan]]",
            ),
            (
                "a",
                "Hello [[P:Bill]]! Yes, our 'Over 55' group: mornings {{TM:9:30}}–{{TM:12:30}}, {{$:380 €}} per person for 2 weeks, with a cooking class and a trip to {{W:Montalcino}}.",
            ),
            (
                "c",
                "Sounds perfect. Can you send the {{W:bill}} to my email so our travel insurance covers it? [[E:bill.hanrahan@example.net]]. Also we rent a flat at [[A:via dei Rossi 27]], is it far?",
            ),
            (
                "a",
                "[[A:Via dei Rossi]] is 10 minutes' walk from us! Invoice {{R:PC-2025-311}} sent. Where are you from?",
            ),
            (
                "c",
                "[[L:Savannah]], [[L:Georgia]]. [[P:Rose]] grows {{W:roses}}, she wants to see Italian gardens 😄 Our daughter [[P:Ivy]] may join for a few days. I'm writing it all on my blog [[U:hanrahansabroad.example.com]]",
            ),
            ("a", "Lovely! The {{W:Orto Botanico}} is right next to us 🌹 [[P:Serena]]"),
            ("c", "Our US cell if needed: [[T:(912) 555-0164]]"),
        ],
    },
    # 20. Youssef asks about a morning course for his wife
    {
        "business": "school",
        "platform": "messenger",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2025-01-28T18:02:00",
        "messages": [
            (
                "c",
                "salve, io sono [[P:Youssef El Amrani]], lavoro come muratore a [[L:Monteriggioni]]. mia moglie [[P:Fatima Zahra]] vuole imparare italiano ma lei non parla bene. avete corso per donne la mattina?",
            ),
            (
                "a",
                "Salve [[P:Youssef]]! Sì, il mercoledì mattina c'è un corso gratuito con il {{B:CPIA}}, in collaborazione con noi. Servono permesso di soggiorno e codice fiscale.",
            ),
            (
                "c",
                "ok. codice fiscale di lei è [[CF:LMRFMZ94B54Z330R]], mia email [[E:youssef.elamrani@example.it]]",
            ),
            (
                "a",
                "Grazie. Lezione di prova mercoledì {{D:12 febbraio}} alle {{TM:9:30}}, in [[A:via di Città 61, 2° piano]]. Può portare anche il bambino, c'è chi fa giocare i piccoli.",
            ),
            (
                "c",
                "grazie mille signora. il mio numero [[T:320 4411 783]] per favore chiama me perche lei non capisce telefono. anche mio fratello [[P:Hamza]] che sta a [[L:Poggibonsi]] vuole venire",
            ),
            ("a", "Va bene, buona giornata! [[P:Serena]]"),
            ("c", "ah, la maestra come si chiama? per dire a lei"),
            ("a", "[[P:Donatella Pieri]], è molto dolce 🙂"),
        ],
    },
    # 21. Haruka's wifi in the student room does not work (written in simple Italian)
    {
        "business": "school",
        "platform": "telegram",
        "customer": "Haruka S.",
        "lang": "it",
        "start": "2025-11-05T19:25:00",
        "messages": [
            (
                "c",
                "Buonasera, il wifi nella stanza studenti non funziona da ieri. Mio computer ha IP [[IP:169.254.12.87]] e niente internet. [[P:Haruka]] (stanza 4)",
            ),
            (
                "a",
                "Buonasera [[P:Haruka]], scusa! Il router della stanza studenti è stato resettato. Riprova adesso, dovresti avere un indirizzo tipo 192.168.10.qualcosa",
            ),
            (
                "c",
                "Adesso funziona, IP è [[IP:192.168.10.34]]. Ma mia amica [[P:Zofia]] ancora non può con telefono",
            ),
            (
                "a",
                "Dì a [[P:Zofia]] di dimenticare la rete e riconnettersi, la password è sulla lavagna. Se no domani alle {{TM:15}} viene il tecnico, [[P:Matteo]].",
            ),
            (
                "c",
                "ok grazie! anche, potete cambiare mia email nel portale? nuova è [[E:haruka.sato.it (at) example.jp]]. e mio blog di Siena se volete leggere [[U:note.example.jp/haruka_sato_siena]]",
            ),
            ("a", "Fatto ✔️ Che bello il blog! [[P:Serena]]"),
            ("c", "ありがとう! [[P:佐藤遥]], mio nome in giapponese 😊 buona serata"),
        ],
    },
    # ------------------------------------------------------------------ electrician, Cagliari
    # 22. Efisio's breaker trips whenever the oven is on
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Efisio",
        "lang": "it",
        "start": "2025-04-28T06:50:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi salta il salvavita ogni volta che accendo il forno. Potete mandare qualcuno? Dopo {{D:Sant'Efisio}} se no è impossibile, lo so 😅",
            ),
            (
                "a",
                "Buongiorno, possiamo passare domani mattina. Mi dà indirizzo e nome? Uscita {{$:40 €}} + manodopera.",
            ),
            (
                "c",
                "[[P:Efisio Pinna]], [[A:via Fiume 23]], [[L:Quartu Sant'Elena]]. al citofono c'è scritto [[P:Pinna]]-[[P:Usai]]",
            ),
            (
                "a",
                "Perfetto, passa [[P:Nicola]] tra le {{TM:8:30}} e le {{TM:9:30}}. Un numero per avvisarla?",
            ),
            (
                "c",
                "[[T:3292255014]]. per la fattura codice fiscale [[CF:PNNFSE79C12B354M]], mail [[E:efisio.pinna@example.it]]",
            ),
            ("a", "Ricevuto sig. [[P:Pinna]]. Intervento n. {{R:INT-25-0433}}."),
            (
                "c",
                "[[P:Nicola]] bravissimo, era la resistenza del forno. Anche mia moglie [[P:Tiziana]] dice grazie. Vi ho lasciato 5 {{W:stelle}} su {{B:google}} ⭐⭐⭐⭐⭐",
            ),
        ],
    },
    # 23. Marina bought a flat in the Marina district and wants the wiring redone
    {
        "business": "electric",
        "platform": "messenger",
        "customer": "Marina Cossu",
        "lang": "it",
        "start": "2025-07-07T10:33:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Marina Cossu]], ho comprato casa alla [[L:Marina]], palazzo vecchio, bisogna rifare tutto l'impianto. Fate preventivi?",
            ),
            (
                "a",
                "Salve signora [[P:Cossu]]! Sì, sopralluogo gratuito. Quanti metri quadri? Che piano?",
            ),
            (
                "c",
                "circa 75 mq, [[A:via Sardegna 41, 3° piano]], senza ascensore 😅. Vorrei anche la domotica {{B:BTicino}} {{PD:Living Now}} se non costa troppo",
            ),
            (
                "a",
                "Ottima scelta. Sopralluogo giovedì {{D:10 luglio}} alle {{TM:17:30}} con mio padre [[P:Ignazio]]. Saluti, [[P:Nicola Mereu]]",
            ),
            (
                "c",
                "ci sarà anche il mio compagno [[P:Salvatore]] che è geometra, il suo sito è [[U:www.salvatoreloi-geometra.example.it]]. il portone è quello verde accanto al bar {{B:Stella Marina}}",
            ),
            (
                "a",
                "Benissimo, così guardiamo insieme le planimetrie. Per il controllo da remoto della domotica ci servirà l'IP pubblico del vostro router. [[P:Nicola]]",
            ),
            ("c", "[[P:Salvatore]] dice che è [[IP:151.38.207.114]] ma che cambia ogni tanto 🤷‍♀️"),
        ],
    },
    # 24. Giovanni's bar needs a new line for the ice-cream freezer (voice-to-text)
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Bar Su Nuraxi",
        "lang": "it",
        "start": "2025-02-27T15:08:00",
        "messages": [
            (
                "c",
                "salve sono [[P:giovanni serra]] del bar a [[L:selargius]] ci serve una linea nuova per il frigorifero dei gelati che salta sempre tutto punto quando potete venire punto interrogativo",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Serra]], possiamo venire lunedì pomeriggio. L'indirizzo del bar?",
            ),
            ("c", "bar {{B:Su Nuraxi}} [[A:via Roma 201]] [[L:selargius]] vicino alla chiesa"),
            ("a", "Perfetto sig. [[P:Serra]]. Per la fattura mi serve la partita IVA del bar."),
            (
                "c",
                "partita iva [[V:03745810923]] codice fiscale mio [[CF:SRRGNN68M03B354Q]] è tutto a nome mio [[P:Giovanni Serra]] ditta individuale",
            ),
            (
                "a",
                "Ricevuto. Lunedì {{D:3 marzo}} alle {{TM:15}} passa [[P:Ignazio]] con un operaio. [[P:Luisa]] - ufficio",
            ),
            ("c", "grazie mille e salutatemi a tziu [[P:ignazio]]"),
        ],
    },
    # 25. A British couple's holiday house in Villasimius has half its sockets dead
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Mark P",
        "lang": "en",
        "start": "2025-08-11T07:15:00",
        "messages": [
            (
                "c",
                "Hi, we have a holiday house in [[L:Villasimius]] and since last night half the sockets are dead. We're there until the 20th. Could someone come out? I know it's 45 min from Cagliari",
            ),
            (
                "a",
                "Hello! Yes, we can come on Wednesday morning, the travel fee to [[L:Villasimius]] is {{$:60 €}}. Address please?",
            ),
            (
                "c",
                "[[A:Località Campus, via dei Ginepri 8]], [[A:09049]] [[L:Villasimius]]. It's this one: [[U:airbnb.co.uk/rooms/61804472]]. Name is [[P:Mark Pennington]], mobile [[T:+44 7700 900 418]]",
            ),
            (
                "a",
                "Thanks Mr [[P:Pennington]]. [[P:Nicola]] will come between {{TM:9}} and {{TM:10}}. Could you {{W:mark}} which switches on the fuse box trip?",
            ),
            (
                "c",
                "Will do. Invoice please to our UK address: [[A:27 Ashdown Crescent]], [[L:Hove]] [[A:BN3 4RT]], and by email to [[E:mark.pennington AT example.co.uk]]. My wife [[P:Penny]] will be there, not me: [[T:07700 900 731]]",
            ),
            (
                "a",
                "Perfect. Payment by card on site or bank transfer. See you Wednesday! [[P:Luisa]]",
            ),
            (
                "c",
                "Card on site is easiest, it's an {{B:Amex}} [[C:3714 290665 51203]] if you want to pre-authorise. Cheers! [[P:Mark]]",
            ),
        ],
    },
    # 26. An estate agent needs compliance certificates for four flats
    {
        "business": "electric",
        "platform": "messenger",
        "customer": "Graziella Atzeni",
        "lang": "it",
        "start": "2025-10-09T08:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Graziella Atzeni]] dell'agenzia {{B:Casa Sole Immobiliare}}. Ci servono le dichiarazioni di conformità per 4 appartamenti:\n- [[A:via Is Mirrionis 77, sc. A, int. 5]]\n- [[A:v.le Trieste 150]]\n- [[A:p.zza Garibaldi 4, piano terra]]\n- [[A:c.so Vittorio Emanuele 318]]",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:Atzeni]], sono tutti a Cagliari? Per i primi tre ci servono le vecchie dichiarazioni se ci sono.",
            ),
            (
                "c",
                "si tutti Cagliari tranne il terzo che è a [[L:Pirri]]. per le chiavi chiedete al proprietario sig. [[P:Melis]], [[T:070 451 228]], oppure alla portinaia del corso, [[P:Rita]]",
            ),
            (
                "a",
                "Ok. Possiamo farli tra {{D:martedì 14}} e {{D:mercoledì 15}}. Preventivo {{R:PRV-0582}}: {{$:480 € + IVA}}. A che mail lo mando?",
            ),
            (
                "c",
                "[[E:g.atzeni@casasole-immobiliare.example.it]] e in copia il mio collega [[E:fabio punto deiana chiocciola casasole-immobiliare punto example punto it]], il cell di [[P:Fabio]] è [[T:329 741 0062]]",
            ),
            ("a", "Inviato. Buona giornata, [[P:Luisa]]"),
        ],
    },
    # 27. Sole wants solar panels on the roof; her boyfriend filmed it with a drone
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Sole ☀️",
        "lang": "it",
        "start": "2025-06-19T17:55:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:sole]], mi ha dato il vostro numero mia zia [[P:graziella]] 😊 vorrei mettere i pannelli fotovoltaici sul tetto a [[L:Sinnai]]",
            ),
            (
                "a",
                "Ciao [[P:Sole]]! Con tutto il {{W:sole}} che c'è a [[L:Sinnai]] è un ottimo investimento 😄 La casa è indipendente? Quanto è grande il tetto?",
            ),
            ("c", "si indipendente, circa 60mq. è in [[A:via Giuseppe Verdi]]"),
            ("c", "scusa il civico è [[A:12/a]]"),
            (
                "a",
                "Perfetto. Un impianto da {{PD:6 kW}} con accumulo parte da circa {{$:11.500 €}}, con la detrazione del 50% (info su {{W:www.agenziaentrate.gov.it}}).",
            ),
            (
                "c",
                "il mio ragazzo [[P:Kevin]] ha fatto il video del tetto col drone, è qui [[U:https://www.youtube.com/@kevinmurgia_drone]]",
            ),
            ("a", "Visto, bellissimo! Ti preparo il preventivo, mi dici nome e cognome completo?"),
            ("c", "[[P:Sole Piras]], cell [[T:+39 340 998 7120]]. grazie milleee ☀️"),
        ],
    },
    # 28. A condominium administrator writes a formal letter for LED stair lights
    {
        "business": "electric",
        "platform": "messenger",
        "customer": "Studio Lilliu",
        "lang": "it",
        "start": "2025-11-12T09:00:00",
        "messages": [
            (
                "c",
                "Spett.le {{B:Elettrica Mereu Impianti}},\ncon la presente, in qualità di amministratore del {{B:Condominio Le Palme}} di [[A:via Dante 211]], vi chiedo un preventivo per la sostituzione delle lampade delle scale con LED e sensori di presenza.\nDistinti saluti\nRag. [[P:Paolo Lilliu]]\n{{B:Studio Lilliu}} - [[A:via Sonnino 88]], [[A:09127]] [[L:Cagliari]]\ntel. [[T:070/668.1203]] - [[E:studio.lilliu@example.it]]\nP.IVA [[V:03882140928]]",
            ),
            (
                "a",
                "Buongiorno rag. [[P:Lilliu]], volentieri. Quante rampe di scale e quanti punti luce?",
            ),
            (
                "c",
                "Sono 2 scale (A e B) di 6 piani, circa 24 punti luce. Per il sopralluogo contattate il portiere, sig. [[P:Franco Mura]], [[T:347 66 01 928]]. Cordialità, [[P:P. Lilliu]]",
            ),
            (
                "a",
                "Ricevuto. Sopralluogo venerdì {{D:21 novembre}} alle {{TM:10}}. Il preventivo le arriverà via PEC. [[P:Ignazio Mereu]]",
            ),
            ("c", "La PEC dello studio è [[E:studiolilliu@pec.example.it]]. Grazie"),
        ],
    },
    # ------------------------------------------------------------------ vintage shop, Instagram
    # 29. Amber in Leeds buys a Laura Ashley dress
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "amber.in.leeds",
        "lang": "en",
        "start": "2025-04-10T19:48:00",
        "messages": [
            ("c", "hiya is the laura ashley floral dress still available?? size 12 uk?"),
            (
                "a",
                "Hi! Yes it is 🌸 {{B:Laura Ashley}} {{PD:80s floral midi dress}}, UK 12, {{$:68 €}} + {{$:14 €}} shipping to the UK. Want me to hold it?",
            ),
            (
                "c",
                "yes please!!! I'm [[P:Amber Clarke]], it's for my sister [[P:Jade]]'s wedding 😍 address is [[A:Flat 3, 19 Harehills Lane]], [[L:Leeds]] [[A:LS8 5HU]]",
            ),
            ("a", "Perfect [[P:Amber]]! PayPal request to which email?"),
            ("c", "[[E:amberclarke92@example.co.uk]] x"),
            (
                "a",
                "Paid, thank you! It ships tomorrow, order {{O:#SV-1187}}, tracking {{TR:RR554281067IT}}. Once it's in the UK you can follow it on {{W:royalmail.com/track-your-item}}",
            ),
            (
                "c",
                "amazing, thanks [[P:Viola]] 💕 I'll tag you when it arrives, I'm [[H:@amber.in.leeds]] and I resell bits on [[U:depop.com/amberclarke]] too",
            ),
        ],
    },
    # 30. Lena in Berlin buys an olive Barbour jacket and asks for a small refund
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "lena.hoffmann.design",
        "lang": "en",
        "start": "2025-10-21T11:05:00",
        "messages": [
            (
                "c",
                "Hello from [[L:Berlin]]! The {{B:Barbour}} {{PD:Beaufort}} in {{W:olive}}, what are the exact measurements?",
            ),
            (
                "a",
                "Hi! Chest 58 cm flat, length 79 cm, sleeve 64. It's a size 40, {{$:145 €}}. Shipping to Germany with {{B:DHL}} is {{$:18 €}}.",
            ),
            (
                "c",
                "Perfect, I take it. Bank transfer ok? I'm [[P:Lena Hoffmann]], [[A:Schönhauser Allee 112]], [[A:10437]] [[L:Berlin]]. My work is on [[U:behance.net/lenahoffmann]] if you ever need a logo 😉",
            ),
            (
                "a",
                "Sure, IBAN [[I:IT66Q3677222300EM0012875410]], reference {{O:SV-1203}}. Thanks [[P:Lena]]! [[P:Viola]]",
            ),
            (
                "c",
                "Sent 163 €. Oh, I see shipping to DE is only 15 on your website {{W:soffittavintage.example.shop/shipping}}, can you refund the 3 €? my IBAN [[I:DE59760300800921455002]]",
            ),
            (
                "a",
                "You're right, sorry! 3 € refunded. {{B:DHL}} tracking {{TR:JJD014600003829517734}}, you can follow it on {{W:dhl.de}}",
            ),
            ("c", "Danke schön! 🫶 [[P:Lena]]"),
        ],
    },
    # 31. Gemma, a student in Naples, haggles for a Fiorucci jacket
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "gemmabellandi_",
        "lang": "it",
        "start": "2025-03-08T22:10:00",
        "messages": [
            ("c", "ciaooo il giubbotto {{B:fiorucci}} con gli angioletti c'è ancora? 😍"),
            (
                "a",
                "Ciao! Sì, giubbino di jeans {{B:Fiorucci}} {{PD:Angels}} anni '80, taglia M, {{$:95 €}} ✨",
            ),
            ("c", "me lo fai a 80? ti prego sono una studentessa squattrinata 🥺"),
            ("a", "Dai, {{$:85 €}} spedizione inclusa e non se ne parla più 😂"),
            (
                "c",
                "affare!! [[P:Gemma Bellandi]], [[A:via Foria 207, scala C, interno 14]], [[A:80137]] [[L:Napoli]]. sul citofono c'è scritto [[P:Esposito]] perché sto in affitto da una signora",
            ),
            ("a", "Perfetto! Bonifico o PayPal?"),
            (
                "c",
                "paypal, lo paga il mio ragazzo [[P:Leone]] dal suo account [[E:leone.caputo@example.it]] 😅",
            ),
            (
                "a",
                "Ricevuto! Ordine {{O:#SV-1215}}, parte domani con {{B:Poste Italiane}}, tracking {{TR:RR771203455IT}} su {{W:poste.it}}. Baci, [[P:Viola]] 💜",
            ),
            ("c", "grazie [[P:Viola]]!!! quando arriva ti taggo, sono [[H:@gemmabellandi_]] 💙"),
        ],
    },
    # 32. Dragos in London buys a bundle and sends half of it to his mother in Romania
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "dragos.pop",
        "lang": "en",
        "start": "2025-11-27T18:30:00",
        "messages": [
            (
                "c",
                "Hey, [[P:Dragoș]] here, interested in the {{B:Fred Perry}} polo (M) and the cherry red {{PD:Docs}} size 9. Bundle price?",
            ),
            (
                "a",
                "Hey! Polo {{$:38 €}} + {{B:Dr. Martens}} {{PD:1460}} {{$:90 €}} → bundle {{$:115 €}} with free shipping 🙌",
            ),
            (
                "c",
                "Deal. Can you split the shipping? polo to me in [[L:London]], {{PD:Docs}} to my mum in [[L:Romania]], it's a gift for {{D:Christmas}}",
            ),
            ("a", "Sure, +{{$:9 €}} for the second parcel. Send me both addresses"),
            (
                "c",
                "me: [[P:Dragoș Popescu]], [[A:58 Wightman Road]], [[L:London]] [[A:N4 1RU]]\nmum: [[P:Elena Popescu]], [[A:Str. Mihai Eminescu 45, bl. C2, sc. 1, ap. 14]], [[A:400118]] [[L:Cluj-Napoca]], [[L:Romania]]\nher phone for the courier [[T:+40 722 418 906]]",
            ),
            ("a", "Got it! Total {{$:124 €}}, PayPal to {{W:paypal.me/soffittavintage}}"),
            (
                "c",
                "paid ✔️ btw on the bell it says [[P:Popescu-Rus]], my stepdad's name. if the parcel comes back refund to her account [[I:RO83BTRL01301205N19786XX]]",
            ),
            (
                "a",
                "Noted! Orders {{O:#SV-1221}} and {{O:#SV-1222}}. Thank you [[P:Dragoș]] and happy {{D:Christmas}} to your mum 🎄",
            ),
        ],
    },
    # 33. Olivia, a student in Birmingham, pastes her card number for a Max Mara coat
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "liv.nwosu",
        "lang": "en",
        "start": "2025-01-14T20:20:00",
        "messages": [
            (
                "c",
                "Hi! I'd love the {{B:Max Mara}} camel coat but I don't have {{B:paypal}}. can I just give you my card? it's [[C:4532 0174 8812 3905]] exp 09/27",
            ),
            (
                "a",
                "Hi! Please don't send card details in DMs 🙈 delete that message! I'll send you a secure payment link instead. It's the {{PD:101801}}, {{$:210 €}}. Name and address?",
            ),
            (
                "c",
                "oops sorry 😅 deleted. [[P:Olivia Nwosu]], [[A:112 Moseley Road]], [[L:Birmingham]] [[A:B12 0HJ]] (insta [[H:@liv.nwosu]]). I'm a uni student, can I pay in 2 parts?",
            ),
            ("a", "I'm afraid not, but I can hold it for you for 2 weeks until payday 🙂"),
            (
                "c",
                "you're a star!! I'll pay on the 28th. my friend [[P:Precious]] says hi, she bought the {{B:Pucci}} scarf from you last year. she's [[U:tiktok.com/@preciousstyles_uk]] btw",
            ),
            ("a", "Aww say hi to [[P:Precious]]! Link coming on the {{D:28th}} 💛 [[P:Viola]]"),
        ],
    },
    # 34. Chiara is emptying her grandmother's wardrobe and offers the lot
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "chiara_v_vintage",
        "lang": "it",
        "start": "2025-10-29T13:12:00",
        "messages": [
            (
                "c",
                "Ciao! Sto svuotando l'armadio di mia nonna [[P:Speranza]] (classe 1931) a [[L:Voghera]], ci sono tailleur anni 60, pellicce e un tubino di {{B:Emilio Pucci}}. Vi interessa comprare?",
            ),
            ("a", "Ciao! Tantissimo 😍 Ci mandi qualche foto delle etichette?"),
            (
                "c",
                "ti mando il mio profilo vinted dove ho già messo qualcosa (le foto le ha fatte mio fratello [[P:Luca]]): [[U:https://www.vinted.it/member/88213471-chiaravog]] e quello depop [[U:depop.com/chiara_v_vintage]]",
            ),
            (
                "a",
                "Bellissimi, soprattutto il tailleur {{W:rosa}} cipria! Possiamo venire a vedere? Come ti chiami?",
            ),
            (
                "c",
                "[[P:Chiara Vigo]]. la casa della nonna è in [[A:str. Valle Staffora 22]], fraz. [[L:Torremenapace]]. mail [[E:chiara.vigo@example.org]]",
            ),
            (
                "a",
                "Perfetto, io e la mia socia [[P:Sole]] possiamo venire sabato {{D:8 novembre}}. Ci lasci un numero?",
            ),
            ("c", "[[T:0383 41 72 90]] fisso della nonna oppure il mio [[T:+39 (0)347 502 1188]]"),
        ],
    },
    # 35. Jürgen in Cologne returns a Burberry trench with a moth hole
    {
        "business": "vintage",
        "platform": "messenger",
        "customer": "Jürgen Bauer",
        "lang": "en",
        "start": "2025-02-11T09:37:00",
        "messages": [
            (
                "c",
                "Hello, I received the {{B:Burberry}} trench today but there is a moth hole on the back 😕 photos attached. Order {{O:SV-1190}}",
            ),
            (
                "a",
                "Oh no, I'm so sorry Mr [[P:Bauer]]! I missed it. Would you like a 30% partial refund, or return it for a full refund?",
            ),
            (
                "c",
                "I will return it. My wife [[P:Grace]] can fix small holes but this one is too big. Where do I send it?",
            ),
            (
                "a",
                "Please send it to: [[P:Viola Ferraris]], [[A:via Nizza 164]], [[A:10126]] {{W:Torino}}. I'll refund {{$:175 €}} + your return shipping when it arrives.",
            ),
            (
                "c",
                "OK. Refund please to my account [[I:DE44500105175407324931]], name [[P:Jürgen Bauer]], receipt to [[E:j.bauer@example.de]]. Return tracking {{TR:00340434161094042557}}",
            ),
            ("a", "Thank you, and sorry again! [[P:Viola]]"),
            ("c", "No problem, these things happen. Grüße aus [[L:Köln]]!"),
        ],
    },
    # ------------------------------------------------------------------ thermal spa hotel, Abano Terme
    # 36. Serena books a mud-therapy cycle with a health-service prescription for her and her aunt
    {
        "business": "spa",
        "platform": "messenger",
        "customer": "Serena Ferrari",
        "lang": "it",
        "start": "2025-06-10T16:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei prenotare un ciclo di 12 fanghi con impegnativa ASL per me e mia zia [[P:Mara]], a luglio. Come funziona?",
            ),
            (
                "a",
                "Buongiorno! Con l'impegnativa il ciclo di {{PD:fangoterapia}} costa solo il ticket ({{$:55 €}}), il soggiorno è a parte. Ci servono nome, codice fiscale e data d'arrivo. [[P:Stella]] – reception",
            ),
            (
                "c",
                "[[P:Serena Ferrari]] [[CF:FRRSRN88P65L736Q]] e mia zia [[P:Mara Dalla Libera]] [[CF:DLLMRA71D50G224R]]. arriviamo domenica {{D:6 luglio}}, una doppia per 2 settimane",
            ),
            (
                "a",
                "Perfetto. Doppia {{PD:Superior}} in mezza pensione {{$:98 €}} a persona a notte. La visita medica d'ingresso con il dott. [[P:Righi]] è lunedì alle {{TM:7:30}}.",
            ),
            ("c", "ok. noi veniamo da [[L:Mestre]] in treno, c'è la navetta dalla stazione?"),
            (
                "a",
                "Sì, navetta gratuita dalla stazione {{W:Terme Euganee Abano Montegrotto}}, orari su {{W:www.villaortensia-abano.example.it/navetta}}; i treni li trova su {{W:www.trenitalia.com}}. [[P:Franco]]",
            ),
            ("c", "grazie, finalmente una vacanza {{W:serena}} 😌"),
        ],
    },
    # 37. Klaus, a German regular, moves his arrival a day earlier and asks for a birthday surprise
    {
        "business": "spa",
        "platform": "whatsapp",
        "customer": "Klaus Schröder",
        "lang": "it",
        "start": "2025-08-25T06:35:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Klaus Schröder]], prenotazione {{R:VO-44817}}. Noi vogliamo arrivare un giorno prima, il 14 settembre invece di 15. È possibile?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Schröder]]! Sì, la camera è libera dal {{D:14 settembre}}. La notte in più costa {{$:190 €}} in due con mezza pensione. [[P:Stella]]",
            ),
            (
                "c",
                "Molto bene. Per garanzia la carta è {{B:Mastercard}} [[C:5168 7200 3419 5628]], la stessa di prima. Anche il {{D:16 settembre}} è compleanno di mia moglie [[P:Ingrid]], 70 anni! Potete preparare qualcosa di piccolo?",
            ),
            (
                "a",
                "Certo! Torta e una bottiglia di {{PD:Prosecco}} in camera 🎂 (la carta l'abbiamo già, la prossima volta non la mandi qui per favore 🙏)",
            ),
            (
                "c",
                "Grazie. Nostro indirizzo è cambiato: [[A:Am Weinberg 7]], [[A:79098]] [[L:Freiburg]]. Email sempre [[E:k.schroeder@example.de]]. Scusi mio italiano, lo imparo con [[P:Ingrid]] alla {{W:Volkshochschule}} 😄",
            ),
            (
                "a",
                "Il suo italiano è ottimo! Aggiornato ✔️ Vi aspettiamo. Cordiali saluti, [[P:Franco]], concierge",
            ),
        ],
    },
    # 38. A wellness creator proposes a stay in exchange for posts
    {
        "business": "spa",
        "platform": "instagram",
        "customer": "aurora.slowtravel",
        "lang": "it",
        "start": "2025-01-09T12:12:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Aurora]], travel & wellness creator (48k su ig) 🌿 vorrei proporvi una collaborazione: 2 notti + percorso spa in cambio di reel e stories",
            ),
            (
                "a",
                "Ciao [[P:Aurora]]! Grazie per averci pensato. Ci mandi il media kit e i tuoi profili?",
            ),
            (
                "c",
                "certo! ig [[H:@aurora.slowtravel]], tiktok [[H:@aurorasanfi]], media kit qui [[U:linktr.ee/aurora.slowtravel]] e blog [[U:aurorasanfilippo.example.com]] 💌 fatturo con partita iva [[V:04192730283]]",
            ),
            (
                "a",
                "Ne parliamo con la direzione. Potremmo proporti il {{PD:Percorso Serena}} (idromassaggio, grotta sudatoria e massaggio). Che date avresti?",
            ),
            (
                "c",
                "che {{W:gioia}} 😍 pensavo ai primi di febbraio, da [[L:Bologna]] è un'ora di treno. viene anche il mio compagno [[P:Tommaso]], fa lui le riprese: [[U:youtube.com/@tommasoriprese]]",
            ),
            ("a", "Perfetto, ti scriviamo entro venerdì. Mail per il contratto?"),
            ("c", "[[E:aurora punto sanfilippo chiocciola example punto com]] grazie! ✨"),
            ("a", "Grazie a te! [[P:Stella]] 🌸"),
        ],
    },
    # 39. Hope, a wheelchair user, asks about accessible pools (formal letter)
    {
        "business": "spa",
        "platform": "telegram",
        "customer": "Hope Ellison",
        "lang": "en",
        "start": "2025-04-02T10:02:00",
        "messages": [
            (
                "c",
                "Dear Sir or Madam,\nmy son [[P:Oliver]] booked a room for me from {{D:3rd}} to {{D:17th May}} (booking {{R:20931}}). I use a wheelchair and I would like to be sure the pools are accessible.\nKind regards,\n[[P:Hope Ellison]]",
            ),
            (
                "a",
                "Dear Mrs [[P:Ellison]], thank you for your message. Yes, our indoor and outdoor pools have a hoist, and your room on the ground floor is fully accessible. We {{W:hope}} you will enjoy your stay. [[P:Franco]]",
            ),
            (
                "c",
                "That is such a relief. [[P:Oliver]] will drive me from {{W:Marco Polo}} airport. His mobile is [[T:+44 7700 900 865]] ([[U:wa.me/447700900865]]) and email [[E:oliver.ellison[at]example.co.uk]]",
            ),
            (
                "a",
                "Perfect. We can also arrange an accessible taxi from the airport if [[P:Oliver]] prefers, just let us know.",
            ),
            (
                "c",
                "You are very kind. My late husband [[P:Geoffrey]] and I came to you in 1987, I still remember the {{W:roses}} in the garden. I live in [[L:Harrogate]] now, if anyone from the old staff remembers me 😊",
            ),
            (
                "a",
                "The {{W:roses}} are still there, Mrs [[P:Ellison]] 🌹 Signora [[P:Ortensia]], the owner's mother, still looks after them herself!",
            ),
        ],
    },
    # 40. A pensioners' club from Brescia books a group stay and sends the rooming list
    {
        "business": "spa",
        "platform": "whatsapp",
        "customer": "Fortunato G.",
        "lang": "it",
        "start": "2025-09-15T17:20:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Fortunato Guerra]] del {{B:Circolo Anziani San Faustino}} di [[L:Brescia]]. Vorremmo venire in 18 dal {{D:20}} al {{D:25 ottobre}}, camere doppie. Che prezzo ci fate?",
            ),
            (
                "a",
                "Buonasera sig. [[P:Guerra]]! Per gruppi da 15 in su {{$:85 €}} a persona al giorno in pensione completa, la 18ª persona è gratis. Ci manda i nomi per la rooming list?",
            ),
            (
                "c",
                "Ecco:\n1. [[P:Fortunato Guerra]] e [[P:Lucia Bonomi]]\n2. [[P:Angelo]] e [[P:Rosa Ghidini]]\n3. [[P:Bruno Pasotti]] e [[P:Gemma Zanardelli]]\n4. [[P:Felice]] e [[P:Speranza Lussignoli]]\n5. [[P:Franco]] e [[P:Bianca Tonoli]]\n6. [[P:Mario]] e [[P:Pierina Bertoglio]]\n7. [[P:Giacomina Ferrari]] e [[P:Ada Scalvini]] (sorelle)\n8. [[P:Costantino]] e [[P:Marisa Frassine]]\n9. suor [[P:Maria Grazia]] e [[P:Teresa Pedrali]]",
            ),
            (
                "a",
                "Grazie! Una domanda: il sig. [[P:Felice]] e la signora [[P:Speranza]] hanno bisogno di una camera vicino all'ascensore?",
            ),
            (
                "c",
                "si grazie, lui ha il bastone. e la [[P:Gemma]] è celiaca. l'autista del pullman è [[P:Ottavio]], [[T:335 781 4490]], arriviamo verso le {{TM:11}}",
            ),
            (
                "a",
                "Benissimo, [[P:Ottavio]] può lasciare il pullman nel nostro parcheggio in [[A:via Flacco 24]].",
            ),
            (
                "a",
                "Tutto annotato, preventivo {{R:GR-1025-BS}} inviato. Sarete {{W:felici}}, ottobre qui è bellissimo 🍂 [[P:Franco]]",
            ),
            ("c", "grazie, saluti a tutti voi"),
        ],
    },
    # 41. Rajesh was wrongly charged for the minibar and gets a refund
    {
        "business": "spa",
        "platform": "messenger",
        "customer": "Rajesh Iyer",
        "lang": "en",
        "start": "2025-04-15T08:18:00",
        "messages": [
            (
                "c",
                "Hi, we stayed {{D:10-13 April}} (room {{R:214}}). I see an extra {{$:€45}} on my card for the minibar, but we never opened it. Can you check? [[P:Rajesh Iyer]]",
            ),
            (
                "a",
                "Hello Mr [[P:Iyer]], I'm sorry. I'll check with housekeeping and come back to you today.",
            ),
            (
                "a",
                "Mr [[P:Iyer]], you're right, it was a mix-up with room 241. We'll refund the {{$:€45}}: by card it takes up to 10 days, by bank transfer 1-2 days. [[P:Stella]]",
            ),
            (
                "c",
                "Bank transfer is faster, thanks. [[I:GB62BARC20917450381266]], account holder [[P:Sunita Iyer]] (my wife, joint account). Receipt to [[E:raj.iyer@example.co.uk]]",
            ),
            ("a", "Done, ref {{R:RFD-0413-214}}. Please send our regards to Mrs [[P:Iyer]]."),
            (
                "c",
                "Will do. [[P:Sunita]] loved the massage with [[P:Marta]] by the way, please tell her. I wrote it in my review too: [[U:tripadvisor.com/Profile/RajIyer_LE]]",
            ),
            (
                "c",
                "And our new home address for your christmas card haha: [[A:9 Elmfield Avenue]], [[L:Leicester]] [[A:LE2 1RB]]",
            ),
        ],
    },
    # 42. Giulia buys a Mother's Day voucher for her mum Viola
    {
        "business": "spa",
        "platform": "whatsapp",
        "customer": "Giulia 🌷",
        "lang": "it",
        "start": "2025-05-06T19:30:00",
        "messages": [
            (
                "c",
                "ciao! vorrei regalare a mia mamma un buono per la {{D:festa della mamma}}, tipo massaggio + piscina. quanto costa?",
            ),
            (
                "a",
                "Ciao! Il {{PD:buono Relax}} (piscine + massaggio 50 min) è {{$:89 €}}, quello per due {{$:160 €}}. Digitale o cartaceo?",
            ),
            (
                "c",
                "digitale! intestato a [[P:Viola Bertin]], che è la mia mamma 🥰 da parte di [[P:Giulia]] e [[P:Nico]]",
            ),
            ("a", "Che bello! Mandami la mail a cui spedirlo 🙂"),
            (
                "c",
                "la mia: [[E:giulia.bertin2001@example.it]]. ah, mamma abita a [[L:Teolo]] quindi è vicinissima",
            ),
            (
                "a",
                "Inviato! Codice buono {{R:BR-7781-VB}}, valido 12 mesi. Le regalate anche un accappatoio {{W:viola}}? 😉 ce l'abbiamo a {{$:35 €}} col logo",
            ),
            ("c", "ahahah si dai aggiungilo! pago con bonifico?"),
            (
                "a",
                "Bonifico su [[I:IT86C0306911710000047230518]] intestato a {{B:Villa Ortensia Srl}}. Grazie [[P:Giulia]]! [[P:Stella]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(48, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
