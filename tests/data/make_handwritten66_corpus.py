# ruff: noqa: E501
"""Hand-written blind test corpus no. 66 for convmon's anonymiser.

Every conversation below was written by hand, message by message: no templates, no Faker, no
generated names. All people, phone numbers, e-mail addresses, handles and addresses are invented.
The checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA and EU VAT numbers)
were computed once with python-stdnum / the Luhn algorithm and pasted here as literals, so they
validate but belong to nobody.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike that must survive (order numbers, prices, products, brands and
Page names, dates, times, tracking codes, ordinary words and public place names, references).

The six invented businesses: a veterinary practice doing home visits around Bergamo, a
bike-courier service in Bologna, a roofer and gutter repairer in Friuli, a bridal hair and
make-up artist in Apulia, a kitesurf school in northern Sardinia and a fresh-pasta shop in Modena
that ships vacuum packs.

Regenerate with: ``.venv/bin/python tests/data/make_handwritten66_corpus.py`` (writes
``handwritten66_corpus.jsonl`` beside this file; the output is byte-identical on every run).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten66_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "vet": "Veterinario a Domicilio Colle dei Tigli",
    "bici": "Ruota Libera Corrieri in Bici Bologna",
    "tetti": "Coperture Tosolini",
    "sposa": "Rosaria Lamanna Bridal Hair & Make-up",
    "kite": "Vento di Maestrale Kite School",
    "pasta": "Pastificio Sfoglia Rosa",
}
PAGE_IDS: dict[str, str] = {
    "vet": "666440318274051",
    "bici": "666440902713368",
    "tetti": "666440557120946",
    "sposa": "666440774306152",
    "kite": "666440260984417",
    "pasta": "666440139658823",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ vet (Bergamo area)
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Silvana Pedrali",
        "lang": "it",
        "start": "2025-03-04T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno scusate il disturbo sono [[P:Silvana Pedrali]] il vostro numero me l'ha dato la mia vicina la sig.ra [[P:Gherardi]]\nho una gatta di 17 anni la {{W:Briciola}} che nn mangia da 2 giorni e io nn guido piu 😔 fate visite a casa?",
            ),
            (
                "a",
                "Buongiorno signora [[P:Pedrali]], certo, facciamo visite a domicilio in tutta la {{W:Valle Brembana}} e nell'hinterland di {{W:Bergamo}}. Mi lascia l'indirizzo completo e un numero di telefono? [[P:Chiara]] - {{B:Colle dei Tigli}}",
            ),
            (
                "c",
                "si allora abito in [[A:via Sant'Alessandro 9]] a [[L:Almè]] [[A:24011]]\nè una palazzina gialla [[A:scala B secondo piano int 6]], il citofono è ancora col nome di mio marito [[P:Pedrali Angelo]] buonanima",
            ),
            (
                "c",
                "il fisso è [[T:035 54 18 207]] oppure il cell di mia figlia [[P:Daniela]] [[T:347 882 1904]] che abita a [[L:Paladina]] e viene a pranzo da me",
            ),
            (
                "a",
                "Perfetto. La dott.ssa [[P:Carminati]] può passare {{D:giovedì 6 marzo}} tra le {{TM:14:30}} e le {{TM:15:00}}. La visita domiciliare costa {{$:65 €}} più eventuali esami del sangue. Le va bene?",
            ),
            ("c", "va benissimo grazie infinite 🙏🙏 lascio il portone aperto"),
            ("a", "A giovedì signora! [[P:Chiara]]"),
        ],
    },
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "fede.brembilla",
        "lang": "it",
        "start": "2025-03-10T17:40:00",
        "messages": [
            (
                "c",
                "ciao!! ho appena preso un cucciolo di border collie 🐶 si chiama {{W:Tiziano}} 😂 volevo sapere x i vaccini quanto costa",
            ),
            (
                "a",
                "Ciao! Il {{PD:Pacchetto Cucciolo}} (2 vaccinazioni, microchip e prima visita) costa {{$:120 €}} e veniamo anche a casa. In che zona sei?",
            ),
            (
                "c",
                "sn a [[L:Sorisole]] [[A:fraz. Petosino]]\n[[A:via dei Carpini 4/b]] cap [[A:24010]] citofono [[P:Brembilla]]\ncmq mi chiamo [[P:Federica Brembilla]] ma tutti mi chiamano [[P:Fede]]",
            ),
            (
                "a",
                "Grazie [[P:Federica]]! Ti scrive il dott. [[P:Rota]] dal numero dello studio per confermare, mi lasci il cell?",
            ),
            ("c", "[[T:+39 328 4471 095]] scrivimi su whatsapp che qui nn lo guardo mai lol"),
            ("a", "Fatto 😊 ci vediamo {{D:sabato 15 marzo}} alle {{TM:10}}"),
            (
                "c",
                "topppp 🥰 ps il mio ragazzo [[P:ale]] chiede se fate anche i conigli 🐰 ha un ariete nano",
            ),
            ("a", "Sì, visitiamo anche conigli e piccoli mammiferi, dillo ad [[P:Ale]]!"),
        ],
    },
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Hannah Whitcombe",
        "lang": "en",
        "start": "2025-03-11T19:05:00",
        "messages": [
            (
                "c",
                "Hello, we're a British couple who moved to [[L:Sarnico]] last year, our spaniel {{W:Winston}} has been limping since yesterday. do you do home visits out here? we don't speak much italian sorry",
            ),
            (
                "a",
                "Hello! Yes, we come to [[L:Sarnico]]. Could you send me your address and a phone number? [[P:Paolo]]",
            ),
            (
                "c",
                "its [[A:Via Vittorio Veneto 112]], the house with the green gate right after the {{B:Esselunga}} roundabout\npostcode [[A:24067]]",
            ),
            (
                "c",
                "my husband [[P:Geoff]] will be home all day, his mobile is [[T:+44 7700 918 224]], mine is [[T:+39 351 207 6618]]",
            ),
            (
                "a",
                "Thank you [[P:Hannah]]. Dr [[P:Elena Carminati]] can come on {{D:Wednesday 12 March}} at {{TM:9:30}}. The home visit fee is {{$:€65}}.",
            ),
            ("c", "perfect thank you so much!! he's a drama queen but we're worried x"),
            ("a", "No problem at all. If it gets worse tonight call our emergency line."),
            ("c", "will do. [[P:Hannah]] & [[P:Geoff Whitcombe]]"),
        ],
    },
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Mirko",
        "lang": "it",
        "start": "2025-04-02T21:48:00",
        "messages": [
            (
                "c",
                "URGENTE il mio cane ha mangiato del cioccolato tipo mezza tavoletta di {{B:Novi}} fondente cosa faccio",
            ),
            (
                "a",
                "Buonasera, quanto pesa il cane e quanto tempo fa? Mi lasci subito un numero, la richiamiamo.",
            ),
            ("c", "20 kg circa un ora fa\n[[T:340 55\n91 327]]"),
            (
                "c",
                "sono [[P:Mirko Locatelli]] siamo a [[L:Ponteranica]] in [[A:via Valbona 21]] [[A:24010]] ultima casa prima del bosco ma nn so se venite di notte",
            ),
            (
                "a",
                "[[P:Mirko]] la chiama ora il dott. [[P:Rota]] che è reperibile stanotte. Intanto non provi a farlo vomitare da solo.",
            ),
            ("c", "ah il campanello è [[P:Locatelli-Ghisleni]] quello in alto a sx"),
            ("a", "Ricevuto, il dottore arriva verso le {{TM:22:30}}."),
        ],
    },
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Luca M.",
        "lang": "it",
        "start": "2025-02-18T11:20:00",
        "messages": [
            (
                "c",
                "salve mi servirebbe la fattura della visita del {{D:3 febbraio}} x il cane di mia madre ma intestata a me x la detrazione",
            ),
            ("a", "Certo! Mi servono nome, cognome, codice fiscale e indirizzo di residenza."),
            (
                "c",
                "[[P:Luca Marinelli]]\n[[CF:MRNLCU95T20A944M]]\n[[A:via Ugo Foscolo 3]] [[A:24048]] [[L:Treviolo]]",
            ),
            (
                "c",
                "me la mandate alla mail? [[E:luca punto marinelli95 chiocciola postamia punto it]]",
            ),
            (
                "a",
                "Ricevuto. La fattura {{R:FT-2025/0188}} di {{$:85,00 €}} arriva in giornata a [[E:luca.marinelli95@postamia.it]].",
            ),
            (
                "c",
                "ah aspetta la residenza è cambiata 😅 ora sto a [[L:Dalmine]] in [[A:via Buttaro 8 int 2]], il cap nn lo so",
            ),
            ("a", "Nessun problema, il CAP di [[L:Dalmine]] è [[A:24044]], aggiorno io."),
        ],
    },
    {
        "business": "vet",
        "platform": "telegram",
        "customer": "Youssef B",
        "lang": "it",
        "start": "2025-04-14T07:30:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Youssef Benali]] ho capre e due cane in cascina, una capra sta male non si alza da ieri",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]], visitiamo anche animali da cortile. Dove si trova la cascina?",
            ),
            (
                "c",
                "[[A:cascina Fontanelle]] vicino [[L:Brembate di Sopra]] [[A:24030]], strada sterrata dopo il distributore {{B:Tamoil}} gira a destra, 2 km, c'è cancello blu\nnon c'è numero civico",
            ),
            (
                "c",
                "mio telefono [[T:389-2204716]] se non rispondo chiama mio fratello [[P:Karim]] [[T:0039 320 118 8043]]",
            ),
            (
                "a",
                "Perfetto, la dott.ssa [[P:Carminati]] passa oggi alle {{TM:17}}. Per le capre la visita costa {{$:80 €}}.",
            ),
            (
                "c",
                "ok grazie. la fattura a nome di mia moglie [[P:Samira Khalil]] codice [[CF:KHLSMR90A60Z330B]] perche la cascina è sua",
            ),
            ("c", "parlo anche français se è più facile. merci beaucoup madame", "fr"),
            ("a", "Merci à vous! À tout à l'heure.", "fr"),
        ],
    },
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Giusy Carrara",
        "lang": "it",
        "start": "2025-06-09T13:02:00",
        "messages": [
            (
                "c",
                "ciao volevo prenotare il richiamo antirabbica x la gatta, prima di andare in [[L:Croazia]] a luglio",
            ),
            (
                "a",
                "Ciao! Per l'estero serve anche il passaporto europeo, ce l'ha già? Mi dai l'indirizzo per la visita?",
            ),
            ("c", "si ce l'ha. [[A:via Papa Giovanni XXIII 16]], [[A:24018]] [[L:Villa d'Almè]]"),
            (
                "c",
                "no scusa ho sbagliato è il [[A:18]] non il [[A:16]]!! il [[A:16]] è della [[P:Teresina]] la vicina 😂",
            ),
            ("a", "Corretto! [[A:via Papa Giovanni XXIII 18]] allora. A nome di chi?"),
            ("c", "[[P:Giuseppina Carrara]] ma sul campanello c'è [[P:Carrara-Mazzoleni]]"),
            (
                "a",
                "Perfetto [[P:Giuseppina]], ti aspettiamo {{D:martedì 24 giugno}} alle {{TM:18:15}}. [[P:Elena]]",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "tomasz.wojcik_",
        "lang": "en",
        "start": "2025-05-20T10:10:00",
        "messages": [
            (
                "c",
                "hi, I paid twice for the visit on {{D:May 9}} for my cat, my bank shows 2x {{$:€95}}. can you refund pls",
            ),
            ("a", "Hi! Sorry about that. Can you send me the name on the account and the IBAN?"),
            (
                "c",
                "[[P:Tomasz Wójcik]]\n[[I:IT12B0311164070000000058821]]\nit's my [[L:italian]] account, the [[L:polish]] one is closed",
            ),
            (
                "a",
                "Thanks [[P:Tomasz]]. Refund of {{$:€95}} sent today, reference {{R:RIMB-0519}}.",
            ),
            (
                "c",
                "thx! also my girlfriend [[P:Agnieszka]] wants to book for her rabbit, her ig is [[H:@aga.kroliczek]], she lives in [[A:via Borgo Palazzo 130/B]] [[A:24125]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ bike couriers (Bologna)
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Marta V.",
        "lang": "it",
        "start": "2025-03-05T09:31:00",
        "messages": [
            (
                "c",
                "ciao devo mandare le chiavi di casa a mia sorella entro le {{TM:13}}, ritiro da me in [[A:via Saragozza 112 scala A 3° piano]] [[A:40135]]",
            ),
            (
                "c",
                "consegna a [[P:Chiara Venturi]] in [[A:via Mascarella 5/2]], lei lavora da casa, citofono [[P:Venturi-Nanni]]",
            ),
            (
                "a",
                "Ciao! Ritiro entro le {{TM:11:30}}, consegna entro le 13. Tariffa urbana {{$:9 €}}. Mi lasci nome e telefono del mittente?",
            ),
            (
                "c",
                "[[P:Marta Venturi]] [[T:333.418.2290]]\nmia sorella invece [[T:051 6390 412]]\nla ricevuta mandatela a [[E:marta.venturi@example.it]] pls",
            ),
            (
                "a",
                "Perfetto, passa [[P:Nicolò]] con la cargo bike 🚲 spedizione {{TR:RL-40135-2207}}. [[P:Ilenia]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "telegram",
        "customer": "zambo_dj",
        "lang": "it",
        "start": "2025-03-21T18:02:00",
        "messages": [
            (
                "c",
                "bella raga fate consegne la sera? devo far arrivare un vinile a un amico che fa 30 anni stasera",
            ),
            ("a", "Ciao! Fino alle {{TM:23:00}} sì, supplemento serale {{$:4 €}}. Indirizzi?"),
            (
                "c",
                "ritiro da me [[A:via Zamboni 33]] è lo studentato, [[A:stanza 214]], chiedi di [[P:Gabri]] in portineria che sono io\nil mio user qua è [[H:zambo_dj]] ma il nome vero è [[P:Gabriele Zambonini]] per la ricevuta",
            ),
            (
                "c",
                "consegna a [[P:Tommi Gardini]] [[A:vicolo Bolognetti 2]], vicino alle {{W:Due Torri}} no aspe è dietro {{W:piazza Aldrovandi}}, portone verde",
            ),
            ("a", "Ok! Numero del destinatario?"),
            ("c", "[[T:+39 348 002 7751]] ma nn dirgli niente è una sorpresa 🤫🎂"),
            ("a", "Muti come pesci 🐟 Consegna tra le {{TM:20}} e le {{TM:21}}. [[P:Matteo]]"),
        ],
    },
    {
        "business": "bici",
        "platform": "messenger",
        "customer": "Kasia Nowak",
        "lang": "en",
        "start": "2025-04-08T12:44:00",
        "messages": [
            (
                "c",
                "hello i am erasmus student from [[L:Kraków]], i need send my documents for university to my professor house, he is sick",
            ),
            ("a", "Hi! Sure, where do we pick up and where do we deliver?"),
            (
                "c",
                "pick up is my flat [[A:via del Pratello 71/2 interno 9]], name on bell is [[P:Moretti]] because is the owner of apartment",
            ),
            (
                "c",
                "deliver to prof. [[P:Gianandrea Sabbatini]], [[A:via Jussi 48]] [[L:San Lazzaro di Savena]], is ok?",
            ),
            ("a", "Yes, {{W:San Lazzaro}} is in our zone, extra {{$:€3}}. Your phone number?"),
            (
                "c",
                "[[T:+48 512 330 871]] is [[L:polish]] number, sorry i dont have [[L:italian]] sim yet. email [[E:k.nowak@student.example.pl]]",
            ),
            (
                "a",
                "No problem [[P:Kasia]], the rider leaves at {{TM:15:10}}. Tracking {{TR:RL-40122-3318}}.",
            ),
            ("c", "dziękuję! thank you very much", "pl"),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Arch. Simone Zucchini",
        "lang": "it",
        "start": "2025-04-01T08:15:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'architetto [[P:Simone Zucchini]], vorrei attivare un abbonamento mensile per le consegne di tavole ai cantieri. Mi fate fattura?",
            ),
            (
                "a",
                "Buongiorno! Abbonamento {{PD:Pedala Pro 20}} (20 consegne al mese) a {{$:140 € + IVA}}. Ci servono intestazione, P.IVA, indirizzo e PEC o codice SDI.",
            ),
            (
                "c",
                "[[P:Zucchini Simone]] architetto\nP.IVA [[V:03655220162]]\nstudio e residenza coincidono: [[A:via Guglielmo Marconi 21/c]], [[A:40122]] [[L:Bologna]]\nPEC [[E:simone.zucchini@pec-archbo.example.it]]",
            ),
            (
                "a",
                "Grazie! Fattura {{R:2025-FT-0412}} emessa. Il primo ritiro è {{D:lunedì 7 aprile}}?",
            ),
            (
                "c",
                "sì alle {{TM:8:45}}, il cantiere è a casa dei clienti, i sig. [[P:Rimondi]], [[A:via Libia 60]], chiedete della signora [[P:Lucia Rimondi]] [[T:339 7702 145]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "instagram",
        "customer": "noemi_bla",
        "lang": "it",
        "start": "2025-05-13T16:20:00",
        "messages": [
            (
                "c",
                "ciaooo sono [[P:Noemi]] devo mandare un regalo a mia nonna nn è lontano 🎁 (mi trovate anche su tiktok come [[H:noemibla.bo]])",
            ),
            ("a", "Ciao [[P:Noemi]]! Dove ritiriamo e dove consegniamo?"),
            (
                "c",
                "ritiro in [[A:via Emilia Levante 140]] a [[L:Bologna]] cap [[A:40139]]\nconsegna da nonna [[P:Assunta]] in [[A:via Torleone]]",
            ),
            ("c", "numero [[A:11 piano terra]]!! dimenticavo scusa"),
            ("a", "Perfetto: [[A:via Torleone 11 piano terra]]. Il citofono a che nome è?"),
            (
                "c",
                "[[P:Bellavia Assunta]] e se nn sente suonate forte lol, il suo fisso è [[T:051 34 22 87]]",
            ),
            (
                "a",
                "Consegna {{D:mercoledì 14 maggio}} tra le {{TM:10}} e le {{TM:12}}, costo {{$:7,50 €}}. [[P:Ilenia]]",
            ),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Derek Holloway",
        "lang": "en",
        "start": "2025-06-27T17:55:00",
        "messages": [
            (
                "c",
                "Hey there! left my backpack at a restaurant, {{B:Trattoria da Gianni}}, and we're leaving [[L:Bologna]] tomorrow at 7am. can you bring it to our airbnb?",
            ),
            (
                "a",
                "Hi! Sure. What's the {{B:Airbnb}} address and the name the restaurant has for the bag?",
            ),
            (
                "c",
                "[[A:Via Castiglione 55, apt 4]], buzzer says [[P:Fantuzzi]] (that's our host). bag is under [[P:Holloway]], my wife [[P:Jenna]] called them already",
            ),
            (
                "c",
                "my number is [[T:+1 (512) 555-0148]], we're from [[L:Austin]] so whatsapp only lol. receipt to [[E:derek.holloway@example.com]]",
            ),
            (
                "a",
                "Great, our rider [[P:Samu]] picks it up at {{TM:19:30}} and will be with you around {{TM:20:00}}. {{$:€12}} evening fee, card on delivery.",
            ),
            ("c", "oh if theres a problem text [[P:Jenna]] [[T:(737) 555-0192]]"),
        ],
    },
    {
        "business": "bici",
        "platform": "whatsapp",
        "customer": "Roberta Cuoghi",
        "lang": "it",
        "start": "2025-07-03T18:30:00",
        "messages": [
            (
                "c",
                "buonasera ho pagato x una consegna urgente e il pacco è arrivato alle 6 di sera invece che a pranzo, codice {{TR:3391 220 4870}}",
            ),
            (
                "a",
                "Buonasera signora, mi scuso. Verifico: la spedizione {{TR:3391 220 4870}} è stata affidata a [[P:Davide]] alle {{TM:12:10}}, c'è stato un guasto alla bici.",
            ),
            (
                "c",
                "si si il ragazzo era gentilissimo ma mia suocera [[P:Liliana]] ha aspettato tutto il giorno, la consegna era in [[A:via del Pilastro 8 scala C int 12]]",
            ),
            (
                "a",
                "Ha ragione. Le rimborsiamo il supplemento urgente di {{$:6 €}}. Mi manda l'IBAN?",
            ),
            ("c", "[[I:IT52C0200801611000104633918]] intestato a [[P:Roberta Cuoghi]]"),
            ("a", "Fatto, rimborso in 2-3 giorni lavorativi. Ancora scuse, [[P:Matteo]]"),
        ],
    },
    {
        "business": "bici",
        "platform": "telegram",
        "customer": "Piero Lanzoni",
        "lang": "it",
        "start": "2025-02-26T09:05:00",
        "messages": [
            (
                "c",
                "salve, potete ritirare dei medicinali alla {{B:Farmacia San Donato}} e portarli a mia madre? io sono a [[L:Torino]] per lavoro fino a venerdì, mi trova al [[T:011 562 3381]]",
            ),
            ("a", "Certo. Serve il promemoria della ricetta elettronica. Indirizzo di consegna?"),
            (
                "c",
                "[[P:Ada Lanzoni]]\n[[A:c/o Residenza Le Magnolie, via Felice Battaglia 19]] [[A:40141]]\ncodice ricetta {{R:0800A4392187}}",
            ),
            ("a", "Ricevuto. Chi firma la ricezione dei farmaci?"),
            (
                "c",
                "la badante [[P:Oksana]] [[T:+39 327 66 09 183]], è ucraina ma parla bene italiano",
            ),
            ("a", "Perfetto, consegna entro le {{TM:17}}. Costo {{$:8 €}}, paga lei o la signora?"),
            ("c", "pago io con carta [[C:5167 3262 2782 6051]] scad 09/27"),
            (
                "a",
                "Sig. [[P:Lanzoni]], per sicurezza non ci mandi i dati della carta in chat! Le mando un link di pagamento {{B:SumUp}}, cancelli pure il messaggio 🙏",
            ),
        ],
    },
    # ------------------------------------------------------------------ roofer (Friuli)
    {
        "business": "tetti",
        "platform": "whatsapp",
        "customer": "Renzo Cecotti",
        "lang": "it",
        "start": "2025-03-18T07:05:00",
        "messages": [
            (
                "c",
                "bundì, mi piove in casa dalla mansarda dopo il temporale di stanotte, potete venire?",
            ),
            ("a", "Buongiorno! Mi dice dove si trova la casa?"),
            (
                "c",
                "[[A:località Borgo Ronchi 7]], frazione di [[L:Tricesimo]], [[A:33019]]. casa in sasso col fienile, l'ultima della strada",
            ),
            (
                "c",
                "io sono [[P:Renzo Cecotti]], il fisso [[T:0432 851 377]] o il cel [[T:335/6209184]], a casa c'è sempre mia moglie [[P:Nives]]. le foto ve le mando da [[E:renzo.cecotti@example.it]]",
            ),
            (
                "a",
                "Signor [[P:Cecotti]], passa mio figlio [[P:Ivan]] {{D:giovedì 20 marzo}} in mattinata a vedere il danno. Intanto metta un telo sopra. [[P:Davide Tosolini]]",
            ),
            (
                "c",
                "grazie mandi 🙏 il cancello è aperto, il cane non morde ma abbaia ehehe si chiama {{W:Tito}}",
            ),
        ],
    },
    {
        "business": "tetti",
        "platform": "messenger",
        "customer": "Loredana Pittana",
        "lang": "it",
        "start": "2025-03-24T14:12:00",
        "messages": [
            (
                "c",
                "salve vorrei un preventivo per rifare le grondaie, sono in rame e ce un buco grosso",
            ),
            ("a", "Buongiorno, volentieri. Dove si trova l'immobile e quanti metri lineari circa?"),
            (
                "c",
                "circa 30 metri. la casa è a [[L:Buttrio]], [[A:via Morpurgo]]... il civico nn c'è perché è una casa colonica\ndopo la chiesetta di {{W:San Rocco}} prendere la stradina bianca, seconda casa a sx",
            ),
            (
                "a",
                "Perfetto, passo io {{D:venerdì 28 marzo}} verso le {{TM:16}}. Il preventivo è gratuito. Chi trovo?",
            ),
            (
                "c",
                "mio marito [[P:Gianni]] e se nn c'è lui mio suocero [[P:Bepi]]. numero [[T:340 771 02 36]]",
            ),
            ("a", "Ok, a venerdì. [[P:Davide]]"),
            ("c", "ah no aspetti, il comune ci ha appena dato il civico, è il [[A:23/A]] 👍"),
            ("c", "grazie. la mail per il preventivo è [[E:lore.pittana(at)postafriul.it]]"),
        ],
    },
    {
        "business": "tetti",
        "platform": "whatsapp",
        "customer": "Matej K.",
        "lang": "en",
        "start": "2025-03-29T10:40:00",
        "messages": [
            (
                "c",
                "good day, I have holiday house in [[L:Cividale]], my neighbour [[P:Franco]] say there are tiles broken after the bora wind. I live in [[L:Ljubljana]] and I come only in summer",
            ),
            ("a", "Hello! We can check it. What is the address of the house?"),
            (
                "c",
                "[[A:Borgo Brossana 15]], [[A:33043]] [[L:Cividale del Friuli]]. key is with [[P:Franco Dorigo]], he lives at number [[A:17]]",
            ),
            ("a", "Thank you. For the invoice we need your full name and home address."),
            (
                "c",
                "[[P:Matej Kranjc]], [[A:Celovška cesta 112]], [[A:1000]] [[L:Ljubljana]], [[L:Slovenia]]\nemail [[E:matej.kranjc@siolnet.example.si]]",
            ),
            ("c", "my phone [[T:+386 41 552 908]]. hvala, thank you"),
            (
                "a",
                "Perfect [[P:Matej]], [[P:Ivan]] will go on {{D:Monday 7 April}} and send you photos on WhatsApp. [[P:Davide]]",
            ),
        ],
    },
    {
        "business": "tetti",
        "platform": "whatsapp",
        "customer": "Davide Zanon",
        "lang": "it",
        "start": "2025-05-06T18:25:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Zanon]] quello del tetto di [[L:Palmanova]], mi fate la fattura per il bonus ristrutturazioni? dati:\n[[P:Davide Zanon]]\nC.F. [[CF:ZNNDVD71S03G284H]]\nres. [[A:borgo Udine 31]] [[A:33057]] [[L:Palmanova]] ([[L:UD]])",
            ),
            (
                "a",
                "Buonasera signor [[P:Zanon]]. Per la detrazione il bonifico deve essere parlante. Le mandiamo la fattura {{R:FT 57/2025}} di {{$:4.880,00 €}}.",
            ),
            ("c", "perfetto. mia moglie [[P:Marisa]] chiede se potete fatturare metà a lei"),
            ("a", "Sì, ci serve il suo codice fiscale."),
            (
                "c",
                "[[P:Tonizzo Marisa]] [[CF:TNZMRS74H58G284W]]\nio ho anche la partita iva [[V:02847160328]] se vi serve ma credo di no",
            ),
            (
                "a",
                "No, per la detrazione bastano i codici fiscali. Grazie! [[P:Sonia]] - amministrazione {{B:Coperture Tosolini}}",
            ),
        ],
    },
    {
        "business": "tetti",
        "platform": "messenger",
        "customer": "Klaus Obermaier",
        "lang": "en",
        "start": "2025-02-12T20:15:00",
        "messages": [
            (
                "c",
                "Hello, we own a small house in [[L:Sauris]] (second home). Snow damaged the gutter and part of the roof. We live in [[L:Vienna]].",
            ),
            (
                "a",
                "Hello! [[L:Sauris]] is a bit far but we also work in {{W:Carnia}}. Can you send photos and the exact address?",
            ),
            (
                "c",
                "[[A:Sauris di Sopra 28]] - there is no street name, only the number in the village. [[A:33020]]",
            ),
            (
                "c",
                "Entschuldigung, mein Italienisch ist schlecht. The neighbours, family [[P:Petris]], have a key. Invoice please to: [[P:Klaus Obermaier]], [[A:Mariahilfer Straße 47/3]], [[A:1060]] [[L:Wien]], [[L:Österreich]]",
            ),
            (
                "a",
                "Danke! We'll go after the snow melts, around {{D:mid-April}}. First estimate about {{$:€2,300}}.",
            ),
            (
                "c",
                "fine. my wife [[P:Brigitte]] will be there at {{W:Easter}}, phone [[T:+43 664 2081 557]]",
            ),
            ("a", "Perfect, we'll call her. [[P:Ivan]]"),
        ],
    },
    {
        "business": "tetti",
        "platform": "whatsapp",
        "customer": "Geom. Sergio Bearzi",
        "lang": "it",
        "start": "2025-03-31T08:50:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono il geom. [[P:Bearzi]], amministratore del condominio {{W:Le Rondini}} in [[A:viale Venezia 211]], [[A:33100]] [[L:Udine]]. Ci sono infiltrazioni in due appartamenti all'ultimo piano:\n- [[A:scala A int. 14]] sig.ra [[P:Moro Graziella]]\n- [[A:scala B int. 16]] sig. [[P:Gashi]] (famiglia albanese, parla poco italiano, meglio chiamare il figlio [[P:Arben]] [[T:+39 366 480 1257]])",
            ),
            (
                "a",
                "Buongiorno geometra. Possiamo fare il sopralluogo {{D:mercoledì 2 aprile}} alle {{TM:9}}. Serve l'accesso al sottotetto.",
            ),
            (
                "c",
                "la chiave del sottotetto ce l'ha il consigliere [[P:Tullio Rizzi]], [[A:int. 3]], è sempre a casa, [[T:0432 47 29 18]]",
            ),
            ("a", "Perfetto, contattiamo il sig. [[P:Rizzi]]. [[P:Davide]]"),
            ("c", "grazie. la sig.ra [[P:Moro]] ha 88 anni, suonate due volte e aspettate"),
        ],
    },
    {
        "business": "tetti",
        "platform": "whatsapp",
        "customer": "Elisa F",
        "lang": "it",
        "start": "2025-06-17T12:00:00",
        "messages": [
            (
                "c",
                "ciao [[P:Davide]]! sono [[P:Elisa]] di [[L:Codroipo]], la casa di [[A:via Candotti]], avete finito ieri coi coppi 👍 quanto ti devo?",
            ),
            (
                "a",
                "Ciao [[P:Elisa]]! Il saldo è {{$:1.350 €}}, fattura {{R:FT 61/2025}}. Puoi pagare con bonifico o con carta quando ripassiamo.",
            ),
            (
                "c",
                "ti faccio bonifico dal conto di mio padre [[P:Fabris Ottavio]], [[I:IT91Q0503411121000000017735]] così lo riconosci",
            ),
            ("a", "Va benissimo, basta la causale con il numero fattura."),
            (
                "c",
                "ok fatto! ah papà dice se passate anche da lui a [[L:Sedegliano]] per il camino, [[A:via dei Martiri della Libertà 9]], [[A:33039]]",
            ),
            ("a", "Volentieri, lo chiamo io. Mi lasci il suo numero?"),
            ("c", "[[T:0432 916 440]] fisso, il cell nn lo usa mai 🙄"),
        ],
    },
    # ------------------------------------------------------------------ bridal make-up (Apulia)
    {
        "business": "sposa",
        "platform": "instagram",
        "customer": "chiaretta.dm",
        "lang": "it",
        "start": "2025-01-15T21:10:00",
        "messages": [
            (
                "c",
                "ciao [[P:Rosaria]]!! 😍 mi sposo il {{D:13 settembre}} alla {{W:Masseria Li Carrubi}} e vorrei trucco e acconciatura x me e mia mamma",
            ),
            (
                "a",
                "Ciao tesoro, auguri 💍 il {{D:13 settembre}} sono ancora libera. Dove vi preparate la mattina?",
            ),
            (
                "c",
                "a casa dei miei a [[L:Monopoli]] in [[A:contrada Cozzana 58]], è una villa in campagna dopo il ristorante {{B:Da Tonino}}",
            ),
            (
                "c",
                "siamo io [[P:Chiara De Marco]] e mamma [[P:Antonella]], forse anche mia cugina [[P:Ilenia]] che fa da testimone. ci porta mio zio [[P:Mimmo]] in macchina",
            ),
            (
                "a",
                "Perfetto! Prova trucco {{$:150 €}}, pacchetto sposa {{$:650 €}}. La prova la facciamo in studio a {{W:Polignano}} il {{D:14 giugno}} alle {{TM:16}}?",
            ),
            ("c", "siii perfetto!! il mio numero [[T:329 51 42 088]] x whatsapp"),
            ("a", "Segnato ❤️ [[P:Rosaria]]"),
        ],
    },
    {
        "business": "sposa",
        "platform": "whatsapp",
        "customer": "Emily Hargreaves",
        "lang": "en",
        "start": "2025-02-03T19:30:00",
        "messages": [
            (
                "c",
                "Hi [[P:Rosaria]]! We're getting married in [[L:Polignano a Mare]] on {{D:June 21st}} and flying in from [[L:Leeds]] 🇬🇧",
            ),
            (
                "c",
                "we're staying at a villa near [[L:Conversano]], [[A:Strada Provinciale 101 km 3,2]], [[A:70014]]. there will be me, my mum [[P:Carol]], and 3 bridesmaids: [[P:Sophie]], [[P:Aisha Rahman]] and my sister [[P:Beth]]",
            ),
            (
                "a",
                "Congratulations [[P:Emily]]! Morning prep at the villa is fine, travel fee {{$:€60}}. Would you like a video consultation first?",
            ),
            (
                "c",
                "yes pls! my email is [[E:emily.hargreaves88@example.co.uk]] and my [[L:UK]] number [[T:+44 7700 900 415]]",
            ),
            (
                "c",
                "ps I have very curly hair lol 🙈 inspo on my pinterest [[U:pinterest.com/emhargreaves]]",
            ),
            ("a", "Love it! I've sent you the contract by email. [[P:Rosaria]] 🌸"),
        ],
    },
    {
        "business": "sposa",
        "platform": "whatsapp",
        "customer": "Filomena Carbonara",
        "lang": "it",
        "start": "2025-04-22T20:40:00",
        "messages": [
            (
                "c",
                "buonasera sono la mamma della sposa [[P:Filomena Carbonara]], mia figlia [[P:Vittoria]] vi ha scritto su instagram",
            ),
            ("a", "Buonasera signora! Sì, [[P:Vittoria]] 😊 mi dica pure"),
            (
                "c",
                "volevo aggiungere le acconciature x le bambine, le mie nipotine [[P:Giorgia]] e [[P:Martina]] di 6 e 8 anni, e per me il trucco\nnoi stiamo a [[L:Gioia del Colle]] in [[A:via Federico II di Svevia 72]], [[A:secondo piano]], [[A:70023]]",
            ),
            (
                "a",
                "Certo! Acconciatura bambine {{$:40 €}} ciascuna. Il {{D:4 ottobre}} alle {{TM:7:30}} iniziamo dalla sposa.",
            ),
            (
                "c",
                "grazie. lo sposo si chiama [[P:Dragan]], il cognome è [[P:K-O-V-A-Č-E-V-I-Ć]] perché è serbo, x la card dei ringraziamenti",
            ),
            ("a", "Grazie! Quindi [[P:Vittoria]] e [[P:Dragan Kovačević]] 💕"),
        ],
    },
    {
        "business": "sposa",
        "platform": "instagram",
        "customer": "ludovica_spada",
        "lang": "it",
        "start": "2025-05-28T22:05:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Ludovica]], ho visto su tiktok il video del trucco che hai fatto a [[P:Serena]] e sono innamorata 😍",
            ),
            (
                "c",
                "mi sposo a [[L:Otranto]] il {{D:30 maggio 2026}} ma abito a [[L:Maglie]] quindi per la prova vengo io",
            ),
            ("a", "Grazie mille! Per il 2026 ho appena aperto il calendario. Mi lasci una mail?"),
            (
                "c",
                "[[E:ludospada[at]mailbox[dot]it]]\nil mio fidanzato [[P:Pietro Donadei]] fa il videomaker, ha il canale [[U:youtube.com/@pietrodonadeifilm]], magari collaborate",
            ),
            ("a", "Che bello! Gli scrivo volentieri. Ti mando listino e contratto, [[P:Rosaria]]"),
            ("c", "grazie 😘 mia sorella [[P:Vale]] ti segue da anni, è [[H:@vale.spada]]"),
        ],
    },
    {
        "business": "sposa",
        "platform": "messenger",
        "customer": "Priya Raghavan",
        "lang": "en",
        "start": "2025-03-02T11:15:00",
        "messages": [
            (
                "c",
                "Hello [[P:Rosaria]], I'm [[P:Priya Raghavan]], getting married at a masseria near [[L:Ostuni]] on {{D:5 September}}. I need hair & makeup for me and saree draping for my mum [[P:Lakshmi]], is that possible?",
            ),
            (
                "a",
                "Hello [[P:Priya]]! I do hair and make-up; for the saree draping I work with a friend, [[P:Nadia]]. Where are you getting ready?",
            ),
            (
                "c",
                "at the venue itself, {{W:Masseria Santu Lasi}}. for the contract: [[P:Priya Raghavan]], [[A:Flat 4, 19 Brondesbury Road]], [[L:London]] [[A:NW6 6BX]]. mobile [[T:07700 900 873]]",
            ),
            (
                "c",
                "my fiancé [[P:Arjun Mehta]] will pay the deposit, here's his card [[C:3782 832948 71096]]",
            ),
            (
                "a",
                "Thank you! Please don't share card numbers here, I'll send a secure payment link for the {{$:€300}} deposit instead. [[P:Rosaria]]",
            ),
            (
                "c",
                "oops sorry!! ❤️ also my cousin [[P:Dev]] is flying in from [[L:Mumbai]], can you do his wife [[P:Kavya]] too?",
            ),
        ],
    },
    {
        "business": "sposa",
        "platform": "whatsapp",
        "customer": "Sara Pagano",
        "lang": "it",
        "start": "2025-06-05T15:45:00",
        "messages": [
            (
                "c",
                "ciao [[P:Rosaria]] ti mando i dati x il contratto\n[[P:Sara Pagano]]\nnata a [[L:Bari]]\n[[CF:PGNSRA99D62A662Z]]\nresidente a [[L:Mola di Bari]] [[A:via Van Westerhout 15]] [[A:70042]]",
            ),
            (
                "a",
                "Grazie [[P:Sara]]! Acconto {{$:200 €}} con bonifico, causale 'acconto sposa {{D:20/09}}'.",
            ),
            (
                "c",
                "fatto! l'ho fatto dal conto cointestato con [[P:Nicola]], [[I:IT54F0889953240000000402219]], se vedi un nome diverso è lui",
            ),
            ("c", "cioè [[P:Nicola Lorusso]] il mio futuro marito ahah"),
            ("a", "Ricevuto tutto ✅ ci vediamo alla prova, [[P:Rosaria]]"),
        ],
    },
    {
        "business": "sposa",
        "platform": "telegram",
        "customer": "Lucía F.",
        "lang": "it",
        "start": "2025-07-10T10:00:00",
        "messages": [
            (
                "c",
                "hola! scusa il mio italiano, sono [[P:Lucía Fernández Ortega]], mi sposo con un ragazzo di [[L:Lecce]] il {{D:27 settembre}}",
            ),
            (
                "c",
                "¿Puedes venir también a la casa de mis suegros? viven en [[A:via Giuseppe Garibaldi 40]], [[L:Galatina]], la suegra se llama [[P:Addolorata]] jaja",
                "es",
            ),
            (
                "a",
                "¡Hola [[P:Lucía]]! Sì, vengo anche a [[L:Galatina]], supplemento {{$:50 €}}. Per il contratto mi servono il tuo indirizzo e una mail.",
            ),
            (
                "c",
                "[[A:Calle de Toledo 71, 3º B]], [[A:28005]] [[L:Madrid]]\n[[E:lucia.fdez.ortega@correo.example.es]]\nmi telefono [[T:+34 612 48 93 07]]",
            ),
            (
                "c",
                "el depósito lo hago desde mi cuenta [[L:española]] [[I:ES4801822370400201594821]] ok?",
                "es",
            ),
            ("a", "Perfetto, grazie! Ti mando tutto per mail. [[P:Rosaria]]"),
        ],
    },
    # ------------------------------------------------------------------ kitesurf (Sardinia)
    {
        "business": "kite",
        "platform": "whatsapp",
        "customer": "Jonas Brandt",
        "lang": "en",
        "start": "2025-05-02T09:20:00",
        "messages": [
            (
                "c",
                "Hi! I'd like to book a beginner course for me and my girlfriend [[P:Lea]], {{D:16-20 June}}. We're staying in [[L:Palau]]",
            ),
            (
                "a",
                "Hi [[P:Jonas]]! The beginner course (3x3h) is {{$:€390}} per person incl. equipment. We meet at the school in {{W:Porto Pollo}}.",
            ),
            (
                "c",
                "Perfekt. Please invoice to me, I'm freelance: [[P:Jonas Brandt]], [[A:Schanzenstraße 18]], [[A:20357]] [[L:Hamburg]], USt-IdNr [[V:DE273649185]]",
            ),
            (
                "c",
                "[[P:Lea]]'s surname is [[P:Vogelsang]], she needs the insurance form too. We pay by transfer from [[I:DE54760501010012884736]]",
            ),
            ("a", "Got it, I'll send both forms. A phone number for the day?"),
            ("c", "[[T:+49 151 2387 6640]]"),
            ("a", "Thanks! See you on {{D:16 June}} at {{TM:10:00}}. [[P:Nico]]"),
        ],
    },
    {
        "business": "kite",
        "platform": "instagram",
        "customer": "marti_kiteaddicted",
        "lang": "it",
        "start": "2025-07-01T13:30:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Marti]], faccio kite da 2 anni e cerco un corso avanzato x i salti 🪁",
            ),
            (
                "a",
                "Ciao [[P:Marti]]! Corso avanzato 2h {{$:110 €}}. Quando arrivate in {{W:Sardegna}}?",
            ),
            (
                "c",
                "dal {{D:2 agosto}}, stiamo in un b&b a [[L:San Pasquale]], [[A:località Li Tauli snc]]",
            ),
            (
                "c",
                "col mio ragazzo [[P:jacopo]] che invece è principiante totale 😂 lui è [[H:jacopo_surfs]] su insta",
            ),
            ("a", "Benissimo, per [[P:Jacopo]] c'è il {{PD:Corso Base Maestrale}} a {{$:390 €}}."),
            (
                "c",
                "ok! mandami la conferma su [[E:martina.sechi98@example.it]], a nome [[P:Martina Sechi]], cell [[T:349 20 11 873]]",
            ),
            ("a", "Fatto! [[P:Sophie]] 🌊"),
        ],
    },
    {
        "business": "kite",
        "platform": "whatsapp",
        "customer": "Camille Lefèvre",
        "lang": "en",
        "start": "2025-06-10T18:00:00",
        "messages": [
            (
                "c",
                "Hello, we are a French couple, [[P:Camille]] and [[P:Hugo]], we arrive in [[L:Sardinia]] on {{D:July 5}} and want private lessons",
            ),
            ("a", "Hello! Private lessons for 2 people are {{$:€150}} per hour."),
            (
                "c",
                "Parfait, on prend 4 heures. For the invoice: [[P:Camille Lefèvre]], [[A:14 rue des Tanneurs]], [[A:67000]] [[L:Strasbourg]]. [[P:Hugo]] has a small company, TVA [[V:FR31814273652]]",
            ),
            ("c", "if you need to refund, my IBAN [[I:FR7630004028370001047763527]]"),
            ("a", "Merci! Where are you staying?"),
            (
                "c",
                "camping near [[L:Cannigione]], [[A:pitch 42]]. [[P:Hugo]]'s phone [[T:+33 6 12 48 90 37]], my email [[E:camille.lefevre@example.fr]]",
            ),
            ("a", "Super, à bientôt! [[P:Nico]]"),
        ],
    },
    {
        "business": "kite",
        "platform": "messenger",
        "customer": "Rachel Goldberg",
        "lang": "en",
        "start": "2025-08-07T16:45:00",
        "messages": [
            (
                "c",
                "Hi! do you do kids lessons? my sons [[P:Ethan]] (11) and [[P:Noah]] (9) are obsessed after watching you guys yesterday 😂",
            ),
            (
                "a",
                "Hi [[P:Rachel]]! Yes, kids from 8 with the {{PD:Mini Rider}} course, {{$:€65}} per hour.",
            ),
            (
                "c",
                "great. we're at a rental in [[L:Baja Sardinia]], [[A:Via Tre Monti 5]], till {{D:Aug 20}}, then back to [[L:New Jersey]] 😭",
            ),
            (
                "c",
                "I'm [[P:Rachel Goldberg]], cell [[T:+1 201-555-0163]]. my husband [[P:Dan]] might join, he's [[H:@dangoldberg_nj]] if you want to tag him in the videos lol. for the waiver our home address is [[A:48 Maple Avenue, Apt 2C]], [[L:Montclair]], [[L:NJ]] [[A:07042]]",
            ),
            (
                "a",
                "Haha deal. Lessons on {{D:Tuesday 12 August}} at {{TM:9}}, when the wind is lighter. [[P:Sophie]]",
            ),
        ],
    },
    {
        "business": "kite",
        "platform": "telegram",
        "customer": "xXFreeRideXx",
        "lang": "en",
        "start": "2025-07-15T22:10:00",
        "messages": [
            ("c", "hey tried to book on your site but it says access blocked ??"),
            (
                "a",
                "Hi! Sometimes the system blocks suspicious IPs. Can you tell us your IP address?",
            ),
            ("c", "[[IP:93.41.172.208]] im at home in [[L:Cork]]"),
            (
                "c",
                "im [[P:Cian Ó Briain]], on telegram [[H:@cianfreeride]], discord [[H:xXFreeRideXx]]",
            ),
            ("a", "Unblocked! Try again. If it still fails send us the e-mail you used."),
            (
                "c",
                "ok works now. email was [[E:cian.obriain@eirmail.example.ie]]. booked the {{PD:Kite Safari Maddalena}} for {{D:Saturday 19}}",
            ),
            ("a", "Great [[P:Cian]]! Confirmation {{R:VM-2025-0877}}."),
            ("c", "my cousin [[P:Seán]] has the same problem, his ip [[IP:2a01:e0a:3c1:7b20::4f]]"),
        ],
    },
    {
        "business": "kite",
        "platform": "whatsapp",
        "customer": "Mark Doyle",
        "lang": "en",
        "start": "2025-07-04T08:55:00",
        "messages": [
            (
                "c",
                "morning, want to pay the course for me and my daughter [[P:Hope]], here's the card [[C:4532 0196 2733 5168]] name [[P:Mark Doyle]]",
            ),
            (
                "a",
                "Good morning Mr [[P:Doyle]]! Please delete the card number from the chat, we'll send you a {{B:Stripe}} payment link for {{$:€520}}.",
            ),
            ("c", "ah sorry 😅 send it to [[E:mark.doyle@example.ie]]"),
            ("a", "Sent. [[P:Hope]] is under 18 so we need a consent form signed by a parent."),
            (
                "c",
                "her mum [[P:Siobhan]] will sign, she arrives from [[L:Dublin]] on {{D:10 July}}. we're staying at her sister's in [[L:Olbia]], [[A:Via Quintino Sella 4]]",
            ),
            ("c", "fingers crossed for wind, I {{W:hope}} it's not flat all week lol"),
            ("a", "No problem, she just signs before the first lesson. [[P:Nico]]"),
        ],
    },
    {
        "business": "kite",
        "platform": "instagram",
        "customer": "daan.kites",
        "lang": "en",
        "start": "2025-08-20T12:25:00",
        "messages": [
            (
                "c",
                "hey! I'm [[P:Daan de Vries]], I film kite content and would love to shoot at your spot for my channel [[U:youtube.com/@daankitesNL]] - all my stuff is here [[U:linktr.ee/daan.kites]]",
            ),
            (
                "a",
                "Hi [[P:Daan]]! Sounds fun. We'd need to agree the filming zone with the {{W:Porto Pollo}} beach rules.",
            ),
            (
                "c",
                "sure. coming from [[L:Scheveningen]] with my buddy [[P:Sem]] (his number [[T:+31 6 4172 0938]]) on {{D:Sept 3}}, we'll sleep in the camper at the [[L:Isola dei Gabbiani]] campsite",
            ),
            ("a", "Great, write to [[P:Nico]], our head instructor, on [[T:+39 349 612 0087]]."),
        ],
    },
    # ------------------------------------------------------------------ fresh pasta (Modena)
    {
        "business": "pasta",
        "platform": "whatsapp",
        "customer": "Anna Colombo",
        "lang": "it",
        "start": "2025-03-14T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei 2 kg di {{PD:tortellini al Parmigiano}} e 1 kg di {{PD:tortelloni di ricotta}} sottovuoto, spedite a [[L:Milano]]?",
            ),
            (
                "a",
                "Buongiorno! Sì, spediamo in tutta {{W:Italia}} in 24/48h con corriere refrigerato. Totale {{$:58,00 €}} + spedizione {{$:12 €}}. Indirizzo?",
            ),
            (
                "c",
                "[[P:Anna Colombo]]\n[[A:via privata Dolomiti 6, scala C, piano 4, int. 18]]\n[[A:20127]] [[L:Milano]]\ncitofono [[P:Colombo]]/[[P:Ferrario]]",
            ),
            (
                "c",
                "se non ci sono lasciate al portiere sig. [[P:Enzo]] o alla vicina del [[A:piano 3]], la sig.ra [[P:Brivio]]",
            ),
            (
                "a",
                "Ordine {{O:SR-10472}} confermato, spedizione {{D:martedì 18 marzo}}, tracking {{TR:BRT 0570 3392 1184}}.",
            ),
            ("c", "grazie! x la fattura il mio CF è [[CF:CLMNNA88H48F257K]]"),
            ("a", "Perfetto, la fattura viaggia col pacco. [[P:Giorgia]]"),
        ],
    },
    {
        "business": "pasta",
        "platform": "messenger",
        "customer": "Ingrid Solheim",
        "lang": "it",
        "start": "2025-11-03T18:20:00",
        "messages": [
            (
                "c",
                "ciao, mia nonna era di [[L:Modena]] ma io vivo in [[L:Norvegia]], spedite anche lì?",
            ),
            (
                "a",
                "Ciao! Verso la [[L:Norvegia]] spediamo solo pasta essiccata e prodotti a lunga conservazione, tipo {{PD:tagliatelle essiccate}} e {{PD:tortellini secchi}}.",
            ),
            (
                "c",
                "ok va bene. il mio indirizzo: [[P:Ingrid Solheim]], [[A:Thorvald Meyers gate 34B]], [[A:0555]] [[L:Oslo]], telefono [[T:+47 412 90 337]]",
            ),
            (
                "c",
                "il vostro sito non accetta il mio ordine, dice indirizzo IP estero [[IP:84.211.47.130]] 😕",
            ),
            (
                "a",
                "Lo facciamo noi a mano! Ordine {{O:SR-10519}}, {{$:46 €}} + spedizione {{$:29 €}}. [[P:Lorenzo]]",
            ),
            ("c", "grazie mille, la nonna [[P:Ines]] faceva i tortellini ogni {{W:Natale}} ❤️"),
        ],
    },
    {
        "business": "pasta",
        "platform": "instagram",
        "customer": "bianca.ferretti",
        "lang": "it",
        "start": "2025-04-11T19:00:00",
        "messages": [
            (
                "c",
                "ciao! vorrei regalare una box a mia zia [[P:Rosa]] x il compleanno, quella con i tortellini e il lambrusco",
            ),
            (
                "a",
                "Ciao! La {{PD:Box Festa}} ({{$:45 €}}) ha {{PD:tortellini}}, {{PD:Parmigiano Reggiano 24 mesi}} e una bottiglia di {{PD:Lambrusco di Sorbara}}.",
            ),
            (
                "c",
                "perfetta. spedite a [[L:Rosarno]]? lei abita lì, [[A:via Nazionale 214]], [[A:89025]]",
            ),
            (
                "c",
                "e scrivete sul biglietto 'auguri zia [[P:Rosa]] da [[P:Bianca]] e [[P:Teo]]' 🌹 e se potete il fiocco {{W:rosa}}",
            ),
            (
                "a",
                "Certo, fiocco {{W:rosa}} ✔️ Ordine {{O:SR-10588}} in partenza {{D:lunedì 14 aprile}}.",
            ),
            (
                "c",
                "il mio nome per il pagamento è [[P:Bianca Ferretti]], pago con {{B:PayPal}} su [[E:bianca.ferretti@example.com]]\nindirizzo per la fattura [[A:via Giardini 480]] [[A:41124]] [[L:Modena]]",
            ),
        ],
    },
    {
        "business": "pasta",
        "platform": "whatsapp",
        "customer": "Oliver Pennington",
        "lang": "en",
        "start": "2025-10-08T20:35:00",
        "messages": [
            (
                "c",
                "Hi, had your tortellini when visiting {{W:Modena}} and I'm hooked! do you ship to the [[L:UK]]?",
            ),
            (
                "a",
                "Hi! Yes, UK shipping is {{$:€35}} (customs included). Vacuum packs keep 60 days in the fridge.",
            ),
            (
                "c",
                "brilliant. address: [[P:Oliver Pennington]], [[A:Flat 3, 27 Cavendish Place]], [[L:Bath]] [[A:BA1 2UB]]",
            ),
            ("c", "mobile [[T:07700 900 216]]\nor landline [[T:(01632) 960 471]]"),
            (
                "a",
                "Order {{O:SR-10601}}: 3 kg {{PD:tortellini}}, 1 kg {{PD:passatelli}}, total {{$:€96}}. DHL tracking {{TR:JD014600006281734592}}.",
            ),
            (
                "c",
                "cheers! my partner [[P:Rhys]] says thank you too 😄 if you ever refund anything it's [[I:GB82MIDL40051572839104]]",
            ),
        ],
    },
    {
        "business": "pasta",
        "platform": "whatsapp",
        "customer": "Marco Bortot",
        "lang": "it",
        "start": "2025-09-22T07:50:00",
        "messages": [
            ("c", "ciao ho fatto ieri l'ordine {{O:SR-10633}} ma ho sbagliato indirizzo!! 😱"),
            ("a", "Ciao! Siamo in tempo, non è ancora partito. Qual è quello giusto?"),
            ("c", "[[A:via San Marco 19]] non [[A:91]] 🤦‍♂️ a [[L:Treviso]]"),
            ("c", "e aggiungi [[A:scala B, 2° piano]], citofono [[P:Bortot]]"),
            (
                "a",
                "Corretto: [[A:via San Marco 19, scala B, 2° piano]], [[A:31100]] [[L:Treviso]].",
            ),
            (
                "c",
                "si. ieri mi ha chiamato un certo [[P:Gianluca]] dal [[T:345 009 6612]], è vostro?",
            ),
            ("a", "Sì, è il nostro corriere. Il tracking nuovo è {{TR:SDA 347118299062}}."),
            ("c", "ok grazie. fattura a [[P:Marco Bortot]] [[CF:BRTMRC79C12L424R]]"),
        ],
    },
    {
        "business": "pasta",
        "platform": "telegram",
        "customer": "Massimo Gualtieri",
        "lang": "it",
        "start": "2025-03-27T15:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, {{B:Trattoria Al Portico}} di {{W:Carpi}}, sono [[P:Massimo Gualtieri]] il titolare, vorrei una fornitura settimanale di 10 kg di {{PD:tagliatelle}} e 5 di {{PD:tortelloni}}",
            ),
            (
                "a",
                "Buongiorno! Per la ristorazione facciamo il 15% di sconto. Mi servono i dati di fatturazione.",
            ),
            (
                "c",
                "[[P:Gualtieri Massimo]] ditta individuale\nP.IVA [[V:04729810301]]\nsede [[A:via Berengario 12]] [[A:41012]] [[L:Carpi]]\nPEC [[E:gualtieri.massimo@pec.example.it]]\nper il RID [[I:IT56L0103012600000001290374]]",
            ),
            (
                "a",
                "Perfetto. Prima consegna {{D:giovedì 3 aprile}} entro le {{TM:10}}, fatture mensili. [[P:Lorenzo]]",
            ),
            ("c", "ok. per le consegne chiedete di mio figlio [[P:Edo]] [[T:059 69 01 228]]"),
        ],
    },
    {
        "business": "pasta",
        "platform": "messenger",
        "customer": "Chen Xiaoling",
        "lang": "en",
        "start": "2025-05-09T11:40:00",
        "messages": [
            (
                "c",
                "hello, my italian not good, sorry. i am [[P:Chen Xiaoling]], live in [[L:Prato]], i want fresh pasta for party of my husband [[P:Wang Lei]], 50 years, he is from [[L:Wenzhou]]",
            ),
            ("a", "Hello! Happy to help. How many guests?"),
            (
                "c",
                "30 people. tortellini and ravioli. send to [[A:via Pistoiese 287]] [[A:59100]], is shop of my sister [[P:Chen Mei]], i live upstairs [[A:first floor]]",
            ),
            (
                "a",
                "For 30 people we suggest 4 kg {{PD:tortellini}} and 3 kg {{PD:ravioli di zucca}}: {{$:€162}}, free shipping.",
            ),
            ("c", "ok. phone [[T:388 6620 417]], wechat [[H:xiaoling_prato]]"),
            ("a", "Order {{O:SR-10702}}, delivery {{D:Friday 16 May}}. [[P:Giorgia]]"),
        ],
    },
    {
        "business": "pasta",
        "platform": "whatsapp",
        "customer": "Reto Hofstetter",
        "lang": "en",
        "start": "2025-12-02T09:15:00",
        "messages": [
            (
                "c",
                "Grüezi! My order {{O:SR-10544}} arrived warm, the vacuum bag of {{PD:tortelloni}} was open 😕",
            ),
            ("a", "Oh no, I'm so sorry! Can you send a photo? We'll refund or re-ship."),
            (
                "c",
                "photo sent. refund pls to [[I:CH9300762011623852957]], [[P:Reto Hofstetter]], mobile [[T:+41 79 318 42 60]]",
            ),
            (
                "c",
                "address was right: [[A:Bahnhofstrasse 12]], [[A:8703]] [[L:Erlenbach]]. courier left it at the neighbour Frau [[P:Keller]] in the sun",
            ),
            ("a", "Refund of {{$:€72}} done, ref {{R:RF-2025-044}}. Sorry again! [[P:Lorenzo]]"),
            ("c", "danke, kein Problem. next time I order for {{W:Christmas}}"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(66, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
