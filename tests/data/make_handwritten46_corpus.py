# ruff: noqa: E501
"""Hand-written blind test corpus no. 46 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten46_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a hair salon and barber in Turin, a nursery school
(asilo nido) in Monza, an online photo-printing shop, a sailing school in Liguria, a backpackers'
hostel in Florence and a bridal-bouquet florist in Lecce.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten46_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten46_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "salon": "Gemma Hair & Barber Torino",
    "nido": "Asilo Nido Il Girasole Monza",
    "photo": "StampaLuce - stampa foto online",
    "vela": "Scuola Vela Maestrale Lavagna",
    "hostel": "Il Grillo Backpackers Firenze",
    "fiori": "Fiori di Rosaria - Bouquet Sposa Lecce",
}
PAGE_IDS: dict[str, str] = {
    "salon": "646240318502771",
    "nido": "646240904116238",
    "photo": "646240557290043",
    "vela": "646240271845906",
    "hostel": "646240683017452",
    "fiori": "646240149360587",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ salon (Torino)
    # 1. Rosa books colour and blow-dry, asks for the pastel pink her friend told her about
    {
        "business": "salon",
        "platform": "whatsapp",
        "customer": "Rosa F.",
        "lang": "it",
        "start": "2025-03-17T08:41:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Rosa Ferraris]], vorrei prenotare colore + piega x sabato. la mia amica [[P:Viola]] mi ha detto che fate anche il {{W:rosa}} pastello 😍",
            ),
            (
                "a",
                "Ciao [[P:Rosa]]! Sì, il {{W:rosa}} pastello lo facciamo con {{PD:Davines Alchemic}}, dura 4-5 settimane. Sabato {{D:22 marzo}} c'è posto alle {{TM:9:30}} con [[P:Gemma]] oppure alle {{TM:14}} con [[P:Bruno]]. Colore + piega {{$:78 €}}.",
            ),
            (
                "c",
                "meglio le 9 e mezza con [[P:gemma]]. se devo spostare chiamo voi? il mio cell è [[T:347 218 9904]]",
            ),
            (
                "a",
                "Perfetto, segnato! Per spostamenti scrivi pure qui o chiama il negozio allo [[T:011 562 4471]]. Siamo in [[A:via Nizza 148]], a due passi dalla fermata {{W:Dante}} del metro 😊",
            ),
            (
                "c",
                "ok!! ah su insta sono [[H:rosaferraris_]] se volete taggarmi nella foto del prima/dopo 🌸",
            ),
            ("a", "Volentieri, se ci dai l'ok la pubblichiamo su {{B:@gemmahair.torino}} 💕"),
            ("c", "ok grazie!! ci vediamo sabato. [[P:rosa]]"),
            ("a", "A sabato! [[P:Gemma]]"),
        ],
    },
    # 2. A Nigerian customer books a skin fade for her husband, partly in English
    {
        "business": "salon",
        "platform": "instagram",
        "customer": "ola.adeyemi",
        "lang": "en",
        "start": "2025-04-07T17:12:00",
        "messages": [
            (
                "c",
                "Hi! Do you do afro hair / skin fades? My husband [[P:Tunde]] just moved to [[L:Torino]] from [[L:Lagos]] and can't find a barber 😅",
            ),
            (
                "a",
                "Hi! Yes, [[P:Bruno]] does skin fades every day, also on afro hair. A fade is {{$:22 €}}, with beard {{$:30 €}}. Tuesday to Saturday, {{TM:9:00}}-{{TM:19:30}}.",
            ),
            (
                "c",
                "Great. Can he come {{D:Thursday}} after work, like {{TM:6pm}}? His number is [[T:+234 803 417 2290]] but he also has an italian one now [[T:351 094 7712]]",
            ),
            (
                "a",
                "Giovedì {{D:10 aprile}} alle {{TM:18:15}} con [[P:Bruno]], ok! Scusa, scrivo in italiano per il gestionale 😄 Nome e cognome per la prenotazione?",
                "it",
            ),
            (
                "c",
                "[[P:Babatunde Adeyemi]]. He follows you already, he is [[H:@tunde.cuts.lagos]] lol",
            ),
            (
                "a",
                "Perfect, see you Thursday! If he gets lost we are in [[A:via Nizza 148]], 5 minutes from {{W:Porta Nuova}} station 🙂",
            ),
        ],
    },
    # 3. An elderly customer in caps books a shave before his nephew's wedding
    {
        "business": "salon",
        "platform": "messenger",
        "customer": "Franco Gili",
        "lang": "it",
        "start": "2025-05-29T07:55:00",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO [[P:FRANCO]] QUELLO DI [[L:BORGO SAN PAOLO]] CON I BAFFI. DOMANI C'È IL [[P:BRUNO]]? DEVO FARE BARBA E CAPELLI PRIMA DEL MATRIMONIO DI MIO NIPOTE [[P:FORTUNATO]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Franco]]! Domani [[P:Bruno]] c'è fino alle {{TM:13}}. Le va bene alle {{TM:10:45}}? Auguri al nipote 🎉",
            ),
            (
                "c",
                "va bene punto il nipote è {{W:fortunato}} di nome e di fatto perché si sposa con la [[P:Serena]] della farmacia punto a domani",
            ),
            ("a", "Ahah bellissimo! A domani alle {{TM:10:45}} 👍 [[P:Gemma]]"),
            (
                "c",
                "UN ALTRA COSA MIA MOGLIE [[P:BIANCA]] CHIEDE SE FATE LA PIEGA A DOMICILIO ALLE SIGNORE CHE NON CAMMINANO BENE. STIAMO IN [[A:C.SO RACCONIGI 57 SC. B 3° PIANO]] SENZA ASCENSORE",
            ),
            (
                "a",
                "Purtroppo a domicilio no, ma se la signora [[P:Bianca]] viene in negozio la facciamo sedere subito, niente attesa 😊 Il martedì mattina è tranquillo. Se serve un taxi, quello di [[P:Nicola]] (cugino di [[P:Gemma]]) la porta lui: [[T:333 9071 642]]",
            ),
            ("c", "GRAZIE SIETE GENTILISSIMI. MARTEDÌ ALLE 10 ALLORA, IL TAXI LO CHIAMO IO"),
        ],
    },
    # 4. A gift voucher paid by bank transfer for a friend called Stella
    {
        "business": "salon",
        "platform": "whatsapp",
        "customer": "Chiara B.",
        "lang": "it",
        "start": "2025-02-11T19:30:00",
        "messages": [
            (
                "c",
                "ciao! vorrei regalare un buono x la mia amica [[P:Stella Marchetti]] per il compleanno, tipo taglio + trattamento. si può fare col bonifico?",
            ),
            (
                "a",
                "Ciao! Certo 😊 Il buono taglio + trattamento {{PD:Olaplex}} è {{$:65 €}}. Bonifico su [[I:IT29L0200801046000104783219]] intestato a [[P:Gemma Orlando]], causale 'buono [[P:Stella]]'.",
            ),
            (
                "c",
                "fatto! ti giro la contabile, a che mail? cmq io sono [[P:Chiara Bonetto]], la mia è [[E:chiara.bonetto88 chiocciola example.it]] se mi rimandate la conferma",
            ),
            (
                "a",
                "Mandala a [[E:gemmahair.torino@example.it]] 🙏 Il buono ha codice {{R:BG-2025-0317}}, valido fino al {{D:31 dicembre}}. Lo intestiamo a [[P:Stella]] o al portatore?",
            ),
            (
                "c",
                "intestalo a lei, [[P:Stella Marchetti]]. e scrivi tipo 'a una {{W:stella}} che brilla' ahah. lei è di [[L:Vanchiglia]], se passate a lasciarlo voi ancora meglio: [[A:via Guastalla 12/b]]",
            ),
            (
                "a",
                "😄 Consegne a domicilio non ne facciamo, ma il buono lo trovi pronto in cassa da domani dopo le {{TM:15}}. Grazie [[P:Chiara]]!",
            ),
        ],
    },
    # 5. A Ukrainian customer books three wedding updos, writes in non-native English
    {
        "business": "salon",
        "platform": "telegram",
        "customer": "Oksana K",
        "lang": "en",
        "start": "2025-04-28T10:03:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Oksana]], I find you on google. I need updo for 3 girls on saturday {{D:May 17}} morning: me, my sister [[P:Iryna]] and our friend [[P:Hope]] from [[L:Dublin]]. Is possible?",
            ),
            (
                "a",
                "Hi [[P:Oksana]]! Yes, we can open at {{TM:8:00}} for you. Updo is {{$:45 €}} each, with a trial the week before for {{$:20 €}}. What time is the ceremony?",
            ),
            (
                "c",
                "ceremony at 11 in {{W:Basilica di Superga}}. I {{W:hope}} is enough time 🙏 my telegram not always working, whatsapp is better [[T:+380 67 512 4093]]. Ideas of hair are here [[U:pinterest.com/oksanakov/wedding-hair]]",
            ),
            (
                "a",
                "Plenty of time 😊 Lovely board! We'll book {{TM:8:00}}-{{TM:10:00}} with [[P:Gemma]] and [[P:Ilaria]]. Could you send me full names for the booking?",
            ),
            (
                "c",
                "[[P:Oksana Kovalenko]], [[P:Iryna Kovalenko]], [[P:Hope Gallagher]]. [[P:Hope]] arrive friday night, she stay at her cousin in [[A:via Madama Cristina 71]]. my username here is [[H:@oksana_kv]] if number not work",
            ),
            ("a", "Perfect, all booked! See you on the {{D:17th}} 💐"),
        ],
    },
    # 6. A make-up artist proposes a collaboration and gives her VAT number for invoicing
    {
        "business": "salon",
        "platform": "instagram",
        "customer": "marina.sacco.mua",
        "lang": "it",
        "start": "2025-05-05T13:20:00",
        "messages": [
            (
                "c",
                "Ciao! sono [[P:Marina Sacco]] ([[H:@marina.sacco.mua]]), make up artist. Vi scrivo per una collab: shooting sposa a {{D:giugno}}, servirebbe un hairstylist. Portfolio: [[U:https://www.marinasacco.example.it/portfolio]]",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Molto belli i lavori 😍 Per le collab si occupa [[P:Ilaria]], il suo contatto diretto è [[E:ilaria.gemmahair@example.it]]. Lo shooting dove sarebbe?",
            ),
            (
                "c",
                "al {{W:Parco del Valentino}} e poi ai {{W:Murazzi}}. la fotografa è [[P:Sole Ambrosio]], la trovate su [[U:instagram.com/sole.ambrosio.ph]]",
            ),
            (
                "a",
                "Perfetto, lo giro a [[P:Ilaria]]. Se poi ci fosse da fatturare qualcosa ci serve la tua partita IVA 🙂",
            ),
            (
                "c",
                "certo: [[V:04817360011]], [[P:Marina Sacco]], [[A:strada del Fioccardo 44]], [[A:10133]] [[L:Torino]]. Grazie mille!!",
            ),
            ("a", "Grazie a te! Ti scrive [[P:Ilaria]] entro {{D:venerdì}} 🌸"),
        ],
    },
    # 7. A mother moves her son's appointment and wants to go back to her natural brown
    {
        "business": "salon",
        "platform": "whatsapp",
        "customer": "Giulia",
        "lang": "it",
        "start": "2025-04-21T16:47:00",
        "messages": [
            (
                "c",
                "ciao scusate devo spostare l appuntamento di mio figlio [[P:Leone]] di domani, ha la febbre 🤒",
            ),
            (
                "a",
                "Ciao! Nessun problema, guarisca presto. Va bene {{D:mercoledì 30}} alle {{TM:17}} sempre con [[P:Bruno]]?",
            ),
            (
                "c",
                "si perfetto. e possiamo fare anche a me il colore? vorrei tornare al mio {{W:bruno}} naturale, il biondo mi ha stufato. sono la mamma, [[P:Giulia Ferrero]]",
            ),
            (
                "a",
                "Certo [[P:Giulia]]! Allora {{TM:17}} [[P:Leone]] con [[P:Bruno]] e alle {{TM:17:15}} tu con [[P:Gemma]] per il colore. Mi ricordi il numero per il promemoria?",
            ),
            (
                "c",
                "[[T:338.40.17.256]] grazie. p.s. [[P:leone]] vuole il taglio 'da {{W:leone}}' lunghino davanti 😂",
            ),
            ("a", "Ahah ricevuto, criniera da {{W:leone}} garantita 🦁"),
        ],
    },
    # ------------------------------------------------------------------ nido (Monza)
    # 8. Pre-enrolment of a baby girl called Gioia; the mother gives her codice fiscale
    {
        "business": "nido",
        "platform": "whatsapp",
        "customer": "Viola Ferrari",
        "lang": "it",
        "start": "2025-03-03T09:15:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei informazioni per l'iscrizione al nido di mia figlia [[P:Gioia]], nata a {{D:novembre}}. Abitiamo a [[L:San Fruttuoso]], siete lontani?",
            ),
            (
                "a",
                "Buongiorno! Per l'anno {{D:2025/26}} abbiamo ancora 3 posti nella sezione lattanti. La retta tempo pieno è {{$:640 €}} al mese. Può venire all'open day di sabato {{D:12 aprile}} alle {{TM:10}}?",
            ),
            ("c", "Sì! Veniamo io e mio marito [[P:Samuele]]. Per la preiscrizione cosa vi serve?"),
            (
                "a",
                "Ci servono nome e codice fiscale del genitore che firma e della bimba, e un recapito. Può anche scrivere a [[E:segreteria@girasole-nido.example.it]].",
            ),
            (
                "c",
                "Eccoli: [[P:Viola Ferrari]], CF [[CF:FRRVLA91M52F704O]], cell [[T:+39 349 660 1823]]. La bimba è [[P:Gioia Colombo]], il suo CF ve lo porto sabato perché non lo trovo 🙈 indirizzo [[A:via Buonarroti 210]], [[A:20900]] [[L:Monza]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Ferrari]], preiscrizione registrata con numero {{R:PRE-0412}}. A sabato! Maestra [[P:Serena]]",
            ),
            (
                "c",
                "grazie! [[P:Gioia]] è già una {{W:gioia}} di suo ma due ore di pausa per me saranno oro 😂",
            ),
        ],
    },
    # 9. The grandmother picks the boy up; carnival day
    {
        "business": "nido",
        "platform": "messenger",
        "customer": "Alessia Villa",
        "lang": "it",
        "start": "2025-02-27T11:02:00",
        "messages": [
            (
                "c",
                "ciao maestre, oggi [[P:Leone]] lo viene a prendere la nonna, [[P:Speranza Villa]], alle 16. la delega l'avevo firmata a settembre",
            ),
            (
                "a",
                "Ciao! Sì, la delega per la signora [[P:Villa]] c'è 👍 Le chiediamo solo il documento all'uscita. [[P:Leone]] oggi ha mangiato tutto e dormito un'ora e mezza 😊",
            ),
            (
                "c",
                "evvai! nonna ha sempre il cell scarico, in caso chiamate il nonno [[P:Primo]] al [[T:039 2314 587]] (fisso di casa, [[A:via Ramazzotti 21]])",
            ),
            (
                "a",
                "Segnato. Ah, domani festa di {{D:Carnevale}}, i bimbi possono venire mascherati 🎭 Maestra [[P:Stella]]",
            ),
            ("c", "lui vuole fare il {{W:leone}} ovviamente 🦁😂"),
            (
                "a",
                "Ahah perfetto, abbiamo già due {{W:leoni}}, un pompiere e una {{W:stella}} cometa 🌟",
            ),
        ],
    },
    # 10. A father activates direct debit for the fees; obfuscated e-mail, song about the sun
    {
        "business": "nido",
        "platform": "whatsapp",
        "customer": "Felice B.",
        "lang": "it",
        "start": "2025-01-14T20:10:00",
        "messages": [
            (
                "c",
                "Buonasera, sono il papà di [[P:Sole Brambilla]], sezione {{W:Girasoli}}. Volevo attivare l'addebito diretto per la retta, che dati servono?",
            ),
            (
                "a",
                "Buonasera! Ci servono IBAN, intestatario e codice fiscale dell'intestatario. Il modulo SEPA glielo mandiamo per mail.",
            ),
            (
                "c",
                "IBAN [[I:IT60T0503410900000000012875]] intestato a me, [[P:Felice Bruno]], CF [[CF:BRNFLC76D22H501B]]. la mail è [[E:felice punto bruno chiocciola example punto it]]",
            ),
            (
                "a",
                "Grazie signor [[P:Bruno]]! Mandiamo il modulo entro domani. Per il {{W:730}} le ricevute della retta le trova nell'area genitori su {{W:www.girasole-nido.example.it}}, e il bonus nido si chiede su {{W:www.inps.it}}.",
            ),
            (
                "c",
                "perfetto. una curiosità: [[P:Sole]] continua a cantare una canzone sul {{W:sole}} e la {{W:luna}}, me la mandate che non la so? 😂",
            ),
            (
                "a",
                "Ahah è 'Ciao {{W:sole}}, ciao mattino', la registriamo e la mettiamo nel gruppo genitori ☀️ Maestra [[P:Bianca]]",
            ),
        ],
    },
    # 11. A Chinese family starting in September, mostly in English, names in two scripts
    {
        "business": "nido",
        "platform": "whatsapp",
        "customer": "Zhang Wei",
        "lang": "en",
        "start": "2025-06-16T06:48:00",
        "messages": [
            (
                "c",
                "Hello, good morning. Sorry my italian not good. My daughter [[P:Zhang Mei]] (chinese name [[P:张美]]) start at your nido in {{D:September}}. We live in [[A:v.le Libertà 89, scala C, int. 7]], is it near?",
            ),
            (
                "a",
                "Good morning! Yes, it's about 10 minutes walking 😊 Benvenuti! Can you tell me the name of mum and dad and a phone number?",
            ),
            (
                "c",
                "I am [[P:Zhang Wei]] ([[P:张伟]]), mother is [[P:Liu Fang]]. Phone [[T:+39 328 715 0462]], my wife [[T:331 208 5519]]. Also wechat [[H:zhangwei_mb88]]. Codice fiscale of [[P:Mei]] is [[CF:ZHNMEI24B55F704H]]",
            ),
            (
                "a",
                "Grazie! Vi aspettiamo lunedì {{D:1 settembre}} alle {{TM:9:00}} per l'inserimento. Portate due cambi e il ciuccio se lo usa 🙂",
                "it",
            ),
            (
                "a",
                "(English: inserimento = settling-in week, one parent stays with the baby the first days) Maestra [[P:Rosa]]",
            ),
            ("c", "grazie mille maestra [[P:Rosa]]! 🙏", "it"),
        ],
    },
    # 12. A mother asks to remove her daughter's photo from the parents' group
    {
        "business": "nido",
        "platform": "telegram",
        "customer": "Donatella G.",
        "lang": "it",
        "start": "2025-05-12T18:26:00",
        "messages": [
            (
                "c",
                "Buongiorno, ho visto nel gruppo la foto della festa con [[P:Matilde]], [[P:Angelo]] e [[P:Bianca]]. Io avevo chiesto di non pubblicare il viso di mia figlia [[P:Azzurra]]... potete toglierla?",
            ),
            (
                "a",
                "Buongiorno signora, ha ragione, ci scusiamo. L'abbiamo tolta subito. Per sicurezza: nel modulo privacy risulta [[P:Azzurra Greco]] con liberatoria firmata SÌ.",
            ),
            (
                "c",
                "no è un errore, ho firmato NO. sono [[P:Donatella Greco]], [[H:@donagreco]] qui su telegram. e per favore nemmeno la foto del fiocco {{W:azzurro}} col nome sull'armadietto",
            ),
            (
                "a",
                "Corretto il modulo, mi scusi ancora. Le mando copia firmata per mail, a quale indirizzo?",
            ),
            ("c", "[[E:donatella.greco(at)example.it]]"),
            (
                "a",
                "Inviata a [[E:donatella.greco@example.it]]. Da {{D:settembre}} le foto le condivideremo solo nell'app {{B:KinderTap}}, con accesso per ogni famiglia.",
            ),
            (
                "c",
                "ok grazie. e ditelo anche a [[P:Fortunato]] il tirocinante che fa le foto col cellulare 🙄",
            ),
            ("a", "Già fatto, ne parliamo stasera in équipe. Coordinatrice [[P:Marta Galbiati]]"),
        ],
    },
    # 13. A job application from an educator: CV, LinkedIn, address
    {
        "business": "nido",
        "platform": "messenger",
        "customer": "Ortensia Rizzo",
        "lang": "it",
        "start": "2025-06-03T14:05:00",
        "messages": [
            (
                "c",
                "Salve, mi chiamo [[P:Ortensia Rizzo]], sono educatrice con laurea in Scienze dell'Educazione alla {{W:Bicocca}}. Avete posizioni aperte da {{D:settembre}}?",
            ),
            (
                "a",
                "Salve! Sì, cerchiamo una educatrice part-time per la sezione {{W:Coccinelle}}. Può mandare il CV a [[E:lavoraconnoi@girasole-nido.example.it]]?",
            ),
            (
                "c",
                "inviato ora! il mio profilo è anche su [[U:linkedin.com/in/ortensia-rizzo-edu]]. abito a [[L:Vimercate]], [[A:via Cavour nr 3]], quindi non lontano",
            ),
            (
                "a",
                "Ricevuto, grazie. Colloquio giovedì {{D:12 giugno}} alle {{TM:14:30}}? Chieda di [[P:Marta]] o di [[P:Serena]].",
            ),
            (
                "c",
                "perfetto! se serve il mio numero è [[T:347/5520918]]. una domanda, il nido è quello di fronte alla {{W:Villa Reale}}?",
            ),
            (
                "a",
                "No, siamo in [[A:via Lecco 66]], dietro al {{W:Parco di Monza}}, ingresso dal cancello verde. Ci trova anche qui: {{W:https://maps.app.goo.gl/GirasoleNidoMonza}}",
            ),
        ],
    },
    # 14. An American mother: the nanny will pick up her daughter Ivy
    {
        "business": "nido",
        "platform": "whatsapp",
        "customer": "Hannah W.",
        "lang": "en",
        "start": "2025-10-08T05:58:00",
        "messages": [
            (
                "c",
                "Hi! It's [[P:Hannah Whitaker]], [[P:Ivy]]'s mom. Our nanny [[P:Grace Mensah]] will pick her up {{D:Thursday}} and {{D:Friday}}, I'm in [[L:Boston]] for work. Do you need a form?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Yes, we need the delega form signed by you plus a copy of [[P:Grace]]'s ID. You can email it to [[E:segreteria@girasole-nido.example.it]].",
            ),
            (
                "c",
                "Sent! [[P:Grace]]'s WhatsApp is [[U:wa.me/393204481976]] if you need her. Also, [[P:Ivy]] came home with green hands yesterday lol",
            ),
            (
                "a",
                "Haha yes, the kids planted {{W:ivy}} and basil in the garden 🌱 She loved it. See you {{D:Monday}}! [[P:Rosa]]",
            ),
            (
                "c",
                "Amazing. By the way, my US cell if anything urgent: [[T:(617) 555-0148]]. Grazie!",
            ),
        ],
    },
    # ------------------------------------------------------------------ photo (online printing)
    # 15. Wrong delivery address on an order; a dark photo of grandma Margherita
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Margherita L.",
        "lang": "it",
        "start": "2025-02-03T21:14:00",
        "messages": [
            (
                "c",
                "ciao ho fatto l'ordine {{O:SL-482913}} ieri sera ma ho sbagliato l'indirizzo!!! ho messo quello vecchio 😩",
            ),
            (
                "a",
                "Ciao! Nessun problema se non è ancora partito. Mi scrivi nome e indirizzo giusto?",
            ),
            (
                "c",
                "[[P:Margherita Longo]], [[A:via Giuseppe Garibaldi 17]] (non 71 ahah), [[A:37121]] [[L:Verona]]. citofono [[P:Longo-Pasetto]]. per il corriere [[T:340 5118 207]]",
            ),
            (
                "a",
                "Corretto ✅ Parte domani con {{B:BRT}}, tracking {{TR:084726193550}}. Le {{PD:stampe 13x18 lucide}} sono 48, totale {{$:23,90 €}}.",
            ),
            (
                "c",
                "grazieeee. ah e nel fotolibro c'è una foto di mia nonna [[P:Margherita]] (sì, stesso nome 😅) che è venuta scura, è la 12 di questo album [[U:https://photos.app.goo.gl/Xk4mRb7qLz2NvP8e6]], si può schiarire?",
            ),
            (
                "a",
                "La sistemo io prima della stampa 👍 Bellissima la foto con la pizza {{W:margherita}} in mano 😄 [[P:Davide]]",
            ),
        ],
    },
    # 16. An Irish photographer: fine-art prints, upload fails, card number sent in chat
    {
        "business": "photo",
        "platform": "instagram",
        "customer": "markdevlin.photo",
        "lang": "en",
        "start": "2025-09-09T15:31:00",
        "messages": [
            (
                "c",
                "Hey! I'm [[P:Mark Devlin]] ([[H:@markdevlin.photo]]), landscape photographer from [[L:Cork]] - [[U:www.markdevlinphoto.example.com]]. I want to print 20 fine art prints (quote {{R:PRV-3391}}) on {{PD:Hahnemühle Photo Rag}}, 40x50. Do you ship to [[L:Ireland]]?",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Yes, we ship to [[L:Ireland]] in 4-6 working days with {{B:DHL}}. 40x50 on {{PD:Photo Rag}} is {{$:18,50 €}} each. Upload here: {{W:https://stampaluce.example.it/upload}}",
            ),
            (
                "c",
                "Upload keeps failing at 80%. My IP is [[IP:87.198.42.117]] if that helps your tech guy 😅",
            ),
            (
                "a",
                "Thanks, I've passed it to [[P:Tommaso]] in IT, he says try again now, the firewall had blocked it. Which address for delivery?",
            ),
            (
                "c",
                "[[A:14 Douglas Road, apartment 3]], [[L:Cork]] [[A:T12 XF62]], [[L:Ireland]]. Also payment failed twice, card is [[C:5274193066528044]] exp {{D:09/27}}, can you charge it manually?",
            ),
            (
                "a",
                "Please don't send card numbers in chat, [[P:Mark]], I've asked you to delete that message! 🙏 I'll email you a secure payment link instead. What's your email?",
            ),
            ("c", "[[E:mark@markdevlinphoto.example.com]] - cheers, and sorry, long day"),
        ],
    },
    # 17. A freelance wedding photographer asks for an invoice (VAT number, PEC)
    {
        "business": "photo",
        "platform": "messenger",
        "customer": "Lorenzo Pace Fotografo",
        "lang": "it",
        "start": "2025-07-22T08:12:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi serve la fattura per l'ordine {{O:SL-479055}}. Sono fotografo freelance: [[P:Lorenzo Pace]], P.IVA [[V:11293050156]], [[A:corso di Porta Romana 132]], [[A:20122]] [[L:Milano]]. Codice SDI {{R:M5UXCR1}}",
            ),
            (
                "a",
                "Buongiorno [[P:Lorenzo]], grazie. Ci serve anche il codice fiscale e, se ce l'ha, la PEC.",
            ),
            (
                "c",
                "CF [[CF:PCALNZ85L20F205M]], PEC [[E:lorenzopace@pec.example.it]], su ig sono [[H:@lorenzopace.wedding]]. il sito se vi serve per il logo in fattura: [[U:https://lorenzopace.example.it]]",
            ),
            (
                "a",
                "Perfetto, fattura {{R:FT-2025/0886}} emessa, la trova nella sua area clienti. Buon lavoro e un po' di {{W:pace}} in questa stagione di matrimoni 😄",
            ),
            (
                "c",
                "ahah magari! a {{D:settembre}} ho 9 matrimoni, tra cui quello di [[P:Benedetta]] e [[P:Ahmed]] a [[L:Bergamo]]... vi manderò un ordinone. per urgenze il mio studio: [[T:02-8734-1190]]",
            ),
            (
                "a",
                "Li aspettiamo! 📸 Le ricordo che con il codice {{R:PRO15}} ha il 15% sugli album {{PD:Linea Bodoni}}.",
            ),
        ],
    },
    # 18. A grandmother dictating by voice wants the christening photos printed
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Immacolata",
        "lang": "it",
        "start": "2025-06-25T10:40:00",
        "messages": [
            (
                "c",
                "buongiorno signorina volevo stampare le foto del battesimo della mia nipotina [[P:Celeste]] che me le ha mandate mia figlia [[P:Annunziata]] sul telefonino punto come si fa punto",
            ),
            (
                "a",
                "Buongiorno! Può caricarle dal sito oppure mandarle qui su WhatsApp e gliele prepariamo noi. Quante sono?",
            ),
            (
                "c",
                "sono tante virgola forse cento punto mi aiuta mio nipote grande [[P:Felice]] che è bravo col computer punto lui ha la posta [[E:felice.amato2004@example.com]]",
            ),
            (
                "a",
                "Perfetto, mandiamo a [[P:Felice]] il link per caricarle. Le 10x15 costano {{$:0,19 €}} l'una. Sulla carta opaca i colori delicati, tipo il vestitino {{W:celeste}}, vengono benissimo.",
            ),
            ("c", "grazie signorina e le spedite a casa mia in [[A:via San Francesco d'Assisi]]"),
            (
                "c",
                "[[A:numero 4]] a [[L:Cosenza]] intestate a [[P:Immacolata Amato]] e il telefono è [[T:zero nove otto quattro sette tre due uno cinque otto]]",
            ),
            ("a", "Ricevuto signora [[P:Amato]]! Le arriva un SMS quando partono ✨"),
        ],
    },
    # 19. A damaged canvas: refund to a German IBAN, sister's shop link
    {
        "business": "photo",
        "platform": "telegram",
        "customer": "Jonas K",
        "lang": "en",
        "start": "2025-11-04T12:19:00",
        "messages": [
            (
                "c",
                "Hallo, I ordered a {{PD:canvas 60x90}} (order {{O:SL-490127}}) and it arrived with a crack in the frame. I'm [[P:Jonas Krüger]].",
            ),
            (
                "a",
                "Hi [[P:Jonas]], so sorry! Could you send a photo of the damage and of the box? We'll refund or reprint, as you prefer.",
            ),
            (
                "c",
                "Photos sent. Refund please, to [[I:DE44500105175407324931]] (account holder [[P:Jonas Krüger]]). My address if you need it for the return: [[A:Lindenstraße 23]], [[A:10969]] [[L:Berlin]]",
            ),
            (
                "a",
                "No need to return it 🙂 Refund of {{$:74,00 €}} issued today, reference {{R:RF-22817}}. It takes 2-3 working days.",
            ),
            (
                "c",
                "Danke! Great service, I'll tell my sister [[P:Lena]] who wanted to print her illustrations. Her shop is [[U:etsy.com/shop/LenaKruegerArt]] and telegram [[H:@lenakrueger_art]]",
            ),
            ("a", "Thanks [[P:Jonas]]! Tell her to use code {{R:WELCOME10}} 😊 [[P:Davide]]"),
        ],
    },
    # 20. A TikTok creator proposes an unboxing collab and invoices with her own VAT number
    {
        "business": "photo",
        "platform": "instagram",
        "customer": "bianca.ricorda",
        "lang": "it",
        "start": "2025-06-30T17:44:00",
        "messages": [
            (
                "c",
                "ciaooo sono [[P:Bianca]] di [[H:@bianca.ricorda]] 🌸 vi va una collab? faccio unboxing di fotolibri, su tiktok [[U:tiktok.com/@bianca.ricorda]] ho 80k",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Volentieri 😍 Ti mandiamo un {{PD:Fotolibro Premium A4}} in omaggio (ordine {{O:SL-488730}}). Indirizzo di spedizione?",
            ),
            (
                "c",
                "[[P:Bianca Conti]], [[A:p.zza Vittorio Veneto 9]], [[A:50123]] [[L:Firenze]]. tutti i miei link sono qui [[U:linktr.ee/biancaricorda]]",
            ),
            (
                "a",
                "Spedito con {{B:GLS}}, tracking {{TR:ZB7712049385}}! Per il giveaway estraiamo le vincitrici il {{D:15 luglio}} in diretta su {{B:@stampaluce.it}}. Per il compenso ci mandi la fattura?",
            ),
            (
                "c",
                "sì, P.IVA [[V:09152640489]], te la mando da [[E:collab.biancaricorda@example.it]]. ps nel fotolibro mettete la copertina {{W:bianca}} in lino, il bianco è la mia palette",
            ),
            ("a", "Copertina {{W:bianca}} in lino, fatto 🤍"),
            (
                "c",
                "le due che hanno vinto sono [[H:@giadina_98]] e [[H:@ele.fotografa]], e una straniera, [[P:Priya]], vi scrivo il suo user in privato",
            ),
        ],
    },
    # 21. A giveaway winner living in Turin; husband in India; asks to ship to Chennai
    {
        "business": "photo",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-07-16T09:03:00",
        "messages": [
            (
                "a",
                "Congratulazioni! 🎉 Hai vinto il giveaway di {{B:StampaLuce}} x [[H:@bianca.ricorda]]! Ci mandi nome, indirizzo e telefono per la spedizione?",
                "it",
            ),
            (
                "c",
                "OMG thank you!! Sorry I don't speak italian well, I live in [[L:Italy]] only since 1 year. [[P:Priya Raghunathan]], [[A:via Ormea civico 101, interno 12]], [[A:10126]] [[L:Torino]]",
            ),
            ("a", "No problem! We ship within a week 😊 Phone number for the courier?"),
            (
                "c",
                "[[T:+39 375 612 0934]]. Or my husband [[P:Karthik]] [[T:+91 98450 31726]], he is in [[L:Bengaluru]] this month. Mail: [[E:priya.r @ example.com]]",
            ),
            (
                "a",
                "Thank you [[P:Priya]]! Your {{PD:Fotolibro Premium A4}} (order {{O:SL-491806}}) leaves next {{D:Tuesday}}.",
            ),
            (
                "c",
                "Can I send it as gift to my mother in [[L:Chennai]] instead? [[A:No. 18, 4th Cross Street, Besant Nagar]], [[L:Chennai]] [[A:600090]]",
            ),
            (
                "a",
                "Sorry, the prize ships only in Italy, but you can order for [[L:India]] from our site, shipping {{$:19 €}}.",
            ),
        ],
    },
    # ------------------------------------------------------------------ vela (Lavagna, Liguria)
    # 22. Two women enrol in the beginners' course; Marina the person and the marina
    {
        "business": "vela",
        "platform": "whatsapp",
        "customer": "Marina D.",
        "lang": "it",
        "start": "2025-05-19T18:02:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Marina Dellepiane]] di [[L:Genova]], volevo iscrivermi al corso base di {{D:luglio}}. serve saper nuotare? 😅",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Sì, serve saper nuotare almeno 50 metri. Il corso base dura 5 giorni, {{$:390 €}}, dal {{D:7}} all'{{D:11 luglio}}, ritrovo alle {{TM:9:00}} al pontile C della {{W:Marina di Lavagna}}.",
            ),
            (
                "c",
                "ahah il nome non mi aiuterà a orientarmi in {{W:marina}} 😂 vengo con la mia compagna [[P:Stella Repetto]] ([[H:@stella.repetto]]), si può prenotare per due?",
            ),
            (
                "a",
                "Certo! Mi mandate nome, codice fiscale e un recapito di entrambe per l'assicurazione?",
            ),
            (
                "c",
                "io [[CF:DLLMRN90D43D969P]], [[T:010 246 8813]] (casa) / [[T:+39 333 91 02 476]]. [[P:Stella]] [[CF:RPTSLL88R65D969T]]. abitiamo insieme in [[A:salita Santa Maria della Sanità 33/12]], [[A:16122]]",
            ),
            (
                "a",
                "Perfetto, iscritte! Acconto {{$:100 €}} a testa con bonifico su [[I:IT84S0832703221000000045177]], causale 'corso base luglio + nome'. Buon vento ⛵ [[P:Leone]]",
            ),
            ("c", "fatto! e se il giorno c'è {{W:tramontana}} forte si esce lo stesso?"),
            ("a", "Fino a 20 nodi sì, e imparate di più 😄 Sopra si fa teoria al circolo."),
        ],
    },
    # 23. A German family books the junior week for their children
    {
        "business": "vela",
        "platform": "messenger",
        "customer": "Katrin Hoffmann",
        "lang": "en",
        "start": "2025-06-10T19:37:00",
        "messages": [
            (
                "c",
                "Hello! We are a family from [[L:Munich]], staying in [[L:Chiavari]] in {{D:August}}. Our kids [[P:Finn]] (11) and [[P:Mia]] (9) would like the junior sailing week. Any place left?",
            ),
            (
                "a",
                "Hi! Yes, junior week {{D:4-8 August}} still has 3 places, {{$:260 €}} per child, on {{PD:Optimist}} dinghies, {{TM:9:30}}-{{TM:12:30}}. Do they swim well?",
            ),
            (
                "c",
                "Yes both swim very good. I am [[P:Katrin Hoffmann]], mobile [[T:+49 151 2370 4486]]. Email [[E:katrin dot hoffmann at example dot de]]",
            ),
            (
                "a",
                "Thank you [[P:Katrin]], I've booked [[P:Finn Hoffmann]] and [[P:Mia Hoffmann]]. Please send a medical certificate (non-competitive) before the start. [[P:Leone]] 🌊",
            ),
            (
                "c",
                "Perfect. Our address for the invoice: [[A:Nymphenburger Straße 118]], [[A:80636]] [[L:München]]. In [[L:Chiavari]] we are in an apartment at [[A:corso Dante 58 int. 4]]",
            ),
            ("a", "Got it, invoice on arrival. See you at the {{W:Marina}}! ⛵"),
        ],
    },
    # 24. A new boat owner books private lessons aboard his own boat, called Speranza
    {
        "business": "vela",
        "platform": "telegram",
        "customer": "Gianluca Parodi",
        "lang": "it",
        "start": "2025-05-30T07:21:00",
        "messages": [
            (
                "c",
                "Buongiorno, ho comprato una barca, un {{PD:Bavaria Cruiser 34}} usato, si chiama {{W:Speranza}} (il nome della ex moglie del vecchio proprietario 😂). La tengo a [[L:Santa Margherita Ligure]]. Fate lezioni private a bordo della propria barca?",
            ),
            (
                "a",
                "Buongiorno! Sì, pacchetto 3 uscite con istruttore a bordo, {{$:450 €}}. Chi è il comandante? 🙂 Mi lascia nome e un contatto?",
            ),
            (
                "c",
                "[[P:Gianluca Parodi]], telegram [[H:@gianluca_parodi_sail]] (o [[U:t.me/gianluca_parodi_sail]]), cell [[T:0039 335 7741 203]]. sono di [[L:Alessandria]] ma vengo su tutti i weekend",
            ),
            (
                "a",
                "Perfetto [[P:Gianluca]]. Il nostro istruttore [[P:Fortunato Canepa]] è libero sabato {{D:14 giugno}}, con {{W:maestrale}} previsto a 15 nodi, ottimo per iniziare.",
            ),
            (
                "c",
                "ok sabato. viene anche la mia compagna, che si chiama pure lei [[P:Speranza]], giuro 😂 [[P:Speranza Ottonello]]",
            ),
            (
                "a",
                "Ahah allora la barca è destino! Sabato alle {{TM:10}} al vostro posto barca, pontile 3 del porto di {{W:Santa Margherita}}. [[P:Fortunato]] vi chiama venerdì sera.",
            ),
        ],
    },
    # 25. A British couple's day sail cancelled for weather, refund to a UK IBAN
    {
        "business": "vela",
        "platform": "whatsapp",
        "customer": "Rose Thornton",
        "lang": "en",
        "start": "2025-09-15T16:58:00",
        "messages": [
            (
                "c",
                "Hi, it's [[P:Rose]] and [[P:Bill Thornton]], we're booked on the {{W:Cinque Terre}} day sail tomorrow. {{W:https://www.windy.com}} says {{W:libeccio}} 30 knots, is it still on?",
            ),
            (
                "a",
                "Hi [[P:Rose]]! Unfortunately we have to cancel, safety first. We can move you to {{D:Thursday}} or refund the full {{$:180 €}}.",
            ),
            (
                "c",
                "Thursday we fly back from {{W:Pisa}} 😢 refund please. UK account: [[I:GB40NWBK20451738291046]], name [[P:William J. Thornton]]",
            ),
            (
                "a",
                "Done, refund reference {{R:VM-RIMB-0619}}. So sorry about the weather! If you come back next year, the calendar is on {{W:www.scuolavelamaestrale.example.it}}",
            ),
            (
                "c",
                "Thanks love. If you're ever in [[L:Kent]] you have a bed: [[A:27 Marlowe Crescent]], [[L:Whitstable]] [[A:CT5 2QH]]. [[P:Bill]]'s mobile [[T:07700 900 512]]. [[P:Rose]] x",
            ),
            ("a", "Ahah lovely, thank you both! ⛵ [[P:Leone]]"),
        ],
    },
    # 26. A mother asks to correct her son's name in the regatta results
    {
        "business": "vela",
        "platform": "instagram",
        "customer": "mamma_cevasco",
        "lang": "it",
        "start": "2025-08-25T12:50:00",
        "messages": [
            (
                "c",
                "Ciao! Nella classifica della {{W:Coppa Tigullio}} avete scritto [[P:Tommaso Cevasco]] invece di [[P:Tomaso Cevasco]], con una m sola 😅 è mio figlio",
            ),
            (
                "a",
                "Ciao! Chiediamo scusa, correggiamo subito su {{W:scuolavelamaestrale.example.it/regate}}. E complimenti per il terzo posto!",
            ),
            (
                "c",
                "grazie!! lui era al settimo cielo. le foto le ha fatte mia cognata [[P:Iris Cevasco]], sono qui [[U:https://www.flickr.com/photos/iris_cevasco]]",
            ),
            (
                "a",
                "Bellissime! Le mettiamo sulla pagina citandola. Può scrivere lei a [[E:info@scuolavelamaestrale.example.it]] per l'ok?",
            ),
            (
                "c",
                "la avviso. ah e [[P:Tomaso]] vorrebbe fare il corso {{PD:Laser}} a {{D:settembre}}, ha 15 anni, lo mandiamo da [[L:Rapallo]] in treno. il suo insta è [[H:@tomasocev_sailing]] se volete taggarlo",
            ),
            (
                "a",
                "Benissimo, corso {{PD:ILCA 6}} (l'ex {{PD:Laser}}) il sabato mattina 👍 Lo aspettiamo. [[P:Leone]]",
            ),
            (
                "c",
                "grazie! vi lascio il mio numero per la scheda: [[T:3494408127]], [[P:Simona Cevasco]]",
            ),
        ],
    },
    # 27. A French woman enrols in the skipper licence course
    {
        "business": "vela",
        "platform": "whatsapp",
        "customer": "Amélie G.",
        "lang": "en",
        "start": "2025-09-02T07:33:00",
        "messages": [
            (
                "c",
                "Bonjour! Sorry for my english. I am [[P:Amélie Garnier]] from [[L:Nice]], I want to do the skipper course for the patente nautica in {{D:October}}. Is it in english?",
            ),
            (
                "a",
                "Bonjour [[P:Amélie]]! The theory is in Italian but our instructor [[P:Marina Bozzo]] speaks French and English 😊 The exam is at the {{W:Capitaneria di Porto}} in Genova.",
            ),
            (
                "c",
                "Super, {{W:nice}}! 😄 I pay by transfer, what is your IBAN? And if the course is cancelled you refund to my account [[I:FR7630006000014718530201693]] ok?",
            ),
            (
                "a",
                "Sure! Our IBAN is [[I:IT11J0306234210000001996403]]. For the enrolment we also need your home address.",
            ),
            (
                "c",
                "[[A:12 rue de la Buffa]], [[A:06000]] [[L:Nice]], [[L:France]]. Phone [[T:+33 6 12 48 73 90]]. My facebook if whatsapp not work: [[U:facebook.com/amelie.garnier.nice]]",
            ),
            (
                "a",
                "Merci! You are enrolled, first lesson {{D:6 October}} at {{TM:18:30}}. À bientôt! [[P:Marina]]",
            ),
        ],
    },
    # 28. A Genoese customer left her sunglasses on the boat
    {
        "business": "vela",
        "platform": "messenger",
        "customer": "Gioia Bacigalupo",
        "lang": "it",
        "start": "2025-08-04T20:06:00",
        "messages": [
            (
                "c",
                "belin ragassi ho lasciato gli occhiali da {{W:sole}} sulla barca di ieri, quella con [[P:Bruno]] lo skipper. sono [[P:Gioia Bacigalupo]]",
            ),
            (
                "a",
                "Ciao [[P:Gioia]]! Sì, li ha trovati [[P:Bruno]], dei {{B:Ray-Ban}} neri? Li teniamo in segreteria.",
            ),
            (
                "c",
                "si quelli! nn riesco a passare prima di {{D:Ferragosto}}, me li spedite? [[A:salita San Nicolò 5/2]], [[A:16136]] [[L:Genova]]. se nn ci sono lasciateli alla vicina sig.ra [[P:Cambiaso]]",
            ),
            (
                "a",
                "Va bene, spediamo con {{B:Poste Italiane}}, {{$:5,50 €}}. Ti mando il codice per seguirlo su {{W:www.poste.it}}.",
            ),
            (
                "c",
                "grazie tesori. ps salutatemi la [[P:Rosa]] della segreteria e ditele che il pesto di mia suocera [[P:Maria Luisa]] è in arrivo 😂 il mio numero x il postino [[T:347 00 12 989]]",
            ),
            ("a", "Ahah riferito! Codice spedizione {{TR:RR482917365IT}} 📦"),
        ],
    },
    # ------------------------------------------------------------------ hostel (Firenze)
    # 29. Four Brazilian friends arriving early, one phone number on a Brazilian SIM
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Larissa Mendes",
        "lang": "en",
        "start": "2025-06-02T22:40:00",
        "messages": [
            (
                "c",
                "Hi!! We are 4 girls from [[L:São Paulo]] arriving {{D:Friday 6 June}}, booked on {{B:Hostelworld}} under [[P:Larissa Mendes]]. Can we check in early, like 10am?",
            ),
            (
                "a",
                "Hi [[P:Larissa]]! Check-in is from {{TM:14:00}}, but you can leave bags from {{TM:8:00}} for free. Your booking {{R:HW-558102734}} is for a 4-bed female dorm 🙂",
            ),
            (
                "c",
                "Perfect! The others are [[P:Bruna Carvalho]], [[P:Júlia Rocha]] and [[P:Vitória]] (she hates her surname lol, insta [[H:@vivi.rocha]]). How far from {{W:Santa Maria Novella}}? We come by train from {{W:Roma Termini}}, tickets from {{W:trenitalia.com}}",
            ),
            (
                "a",
                "7 minutes walking! We're at [[A:via Faenza 48]], second floor. Ring the bell '{{B:Il Grillo}}' 🦗",
            ),
            (
                "c",
                "Amazing. My whatsapp is this one, but [[P:Bruna]] has the brazilian sim: [[T:+55 11 98234-5610]]. You can see us here lol [[U:https://instagram.com/larimendes_]]",
            ),
            ("a", "Haha great pics. See you {{D:Friday}}! [[P:Tiziano]] at reception"),
        ],
    },
    # 30. A Scottish guest left his Kindle; postage to Glasgow, card number
    {
        "business": "hostel",
        "platform": "instagram",
        "customer": "callum.reid.travels",
        "lang": "en",
        "start": "2025-07-08T11:16:00",
        "messages": [
            (
                "c",
                "hey, i stayed in room 6 last week, think i left my kindle on the top bunk. name's [[P:Callum Reid]], insta [[H:@callum.reid.travels]] obvs",
            ),
            (
                "a",
                "Hi [[P:Callum]]! Yes, a {{PD:Kindle Paperwhite}} with a green cover, it's at reception. Want us to post it?",
            ),
            (
                "c",
                "legend. yes please: [[A:Flat 2/1, 63 Hyndland Road]], [[L:Glasgow]] [[A:G12 9UX]]. ill pay whatever, just charge [[C:4556 7302 1948 8303]]",
            ),
            (
                "a",
                "Ha, please don't send card numbers here 🙈 Shipping with tracking to the [[L:UK]] is {{$:16 €}}, pay through {{W:https://pay.ilgrillohostel.example.it/lost-found}} and we post it tomorrow.",
            ),
            (
                "c",
                "paid! receipt to [[E:callum reid at example dot co dot uk]] pls. and tell [[P:Dario]] from the bar he still owes me a pint 🍺 - [[P:Cal]]",
            ),
            (
                "a",
                "Haha will do. Tracking: {{TR:LX029481736IT}} 📦 If you vlog the trip, we'd love a mention!",
            ),
            (
                "c",
                "already did mate [[U:youtube.com/@callumreidtravels]] ep 14, the bit with [[P:Dario]] making negronis 😂 my uk number if the postman calls [[T:07700 900 163]]",
            ),
        ],
    },
    # 31. Wi-fi problems for an Indian guest (private IP addresses), parcel from Pune
    {
        "business": "hostel",
        "platform": "messenger",
        "customer": "Arjun Venkataraman",
        "lang": "en",
        "start": "2025-09-13T19:25:00",
        "messages": [
            (
                "c",
                "Good evening sir, I am [[P:Arjun Venkataraman]], guest in dorm 4. The wifi is not connecting, it says IP conflict, my laptop has [[IP:192.168.1.57]]",
            ),
            (
                "a",
                "Hi [[P:Arjun]], sorry! Our router reset this morning. Please forget the network {{B:IlGrillo_Guests}} and reconnect, the password is on the board at reception.",
            ),
            (
                "c",
                "Now it gives me [[IP:10.0.0.214]] and IPv6 [[IP:fe80::1c2b:9aff:fe4e:71d3]] but still no internet. My friend [[P:Rohan]] in bed 4B has same issue.",
            ),
            ("a", "[[P:Tiziano]] is coming up to check the access point now 🙏"),
            (
                "c",
                "Working now, thank you. Also, my parents want to send me a parcel with sweets for {{D:Ganesh Chaturthi}}, can they post it here? They are in [[L:Pune]].",
            ),
            (
                "a",
                "Sure, write your name c/o {{B:Il Grillo Backpackers}}, [[A:via Faenza 48]], [[A:50123]] {{W:Firenze}}, and give them our phone.",
            ),
            (
                "c",
                "Thank you. Their address for the return label if it comes back: [[A:Flat 302, Sai Krupa Apartments, Baner Road]], [[L:Pune]] [[A:411045]]. Father's number [[T:+91-98220-47315]]",
            ),
        ],
    },
    # 32. A Sicilian school trip: list of students and the accompanying teacher
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Prof. Agata Russo",
        "lang": "it",
        "start": "2025-02-19T15:09:00",
        "messages": [
            (
                "c",
                "ciao! siamo un gruppo di 8 studenti da [[L:Catania]] per la gita di {{D:aprile}}, prof accompagnatrice [[P:Agata Russo]]. avete una camerata da 8?",
            ),
            (
                "a",
                "Ciao! Sì, la camerata {{W:Brunelleschi}} da 8 con bagno, {{$:32 €}} a testa a notte con colazione.",
            ),
            (
                "c",
                "ok! serve la lista dei nomi? [[P:Agata Russo]], [[P:Salvo Pappalardo]], [[P:Rosaria Di Mauro]], [[P:Carmelo Sciuto]], [[P:Stella La Rosa]], [[P:Vittoria Grasso]], [[P:Alfio]] e [[P:Santo Lombardo]] (sono fratelli)",
            ),
            (
                "a",
                "Perfetto, ricevuto. Per la fattura alla scuola ci serve il codice univoco, il resto lo mandi pure per mail.",
            ),
            (
                "c",
                "mandate tutto a me [[E:agata.russo@scuola-verga.example.it]], poi giro io in segreteria. il mio cell [[T:349 1188 230]]. ah [[P:Carmelo]] ha la celiachia, se c'è un problema scrive lui su discord, è [[H:carmelo_ct07]] 🙄",
            ),
            (
                "a",
                "Segnato per la colazione senza glutine 👍 Grazie prof [[P:Russo]]! Ricordate che il {{D:25 aprile}} i musei statali sono aperti, gli {{W:Uffizi}} si prenotano su {{W:www.uffizi.it}}",
            ),
        ],
    },
    # 33. A Ghanaian student in Bologna applies as a volunteer, in non-native Italian
    {
        "business": "hostel",
        "platform": "telegram",
        "customer": "Kwame A.",
        "lang": "it",
        "start": "2025-03-25T13:33:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Kwame Asante]], vengo da [[L:Accra]] ma adesso studio a [[L:Bologna]]. Voi prendete volontari per la reception in cambio di letto per l'estate?",
            ),
            (
                "a",
                "Ciao [[P:Kwame]]! Sì, prendiamo 2 volontari da {{D:giugno}} a {{D:settembre}}, minimo 4 settimane, 20 ore a settimana. Ci mandi un breve CV?",
            ),
            (
                "c",
                "Certo, è sul mio sito [[U:kwameasante.example.com/cv]] e su [[U:https://www.linkedin.com/in/kwame-asante-bo]]. Parlo inglese, twi, un po di italiano e francese.",
            ),
            (
                "a",
                "Ottimo. Mandalo anche a [[E:jobs@ilgrillohostel.example.it]] con le date che preferisci.",
            ),
            (
                "c",
                "Fatto, da [[E:kwame.asante [at] example [dot] org]]. Il mio telegram è [[H:@kwame_in_bo]] e telefono [[T:+39 392 006 7815]]. Abito in [[A:via del Pratello 92]] a [[L:Bologna]] se serve",
            ),
            ("a", "Ricevuto, [[P:Chiara]] la nostra manager ti chiama {{D:lunedì}} 🙂"),
        ],
    },
    # 34. A Romanian guest's key deposit refunded by bank transfer, in non-native Italian
    {
        "business": "hostel",
        "platform": "whatsapp",
        "customer": "Ioana Popescu",
        "lang": "it",
        "start": "2025-07-03T09:54:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Ioana Popescu]], ieri ho fatto check out da camera 3. Deposito chiave {{$:20 €}} ho pagato contanti, [[P:Tiziano]] ha detto che rimborsate con bonifico perché cassa era vuota?",
            ),
            (
                "a",
                "Buongiorno [[P:Ioana]]! Sì, scusa per il disagio. Mandaci un IBAN e facciamo il bonifico oggi.",
            ),
            (
                "c",
                "[[I:RO19BTRLRONCRT0041827364]], intestato [[P:Ioana Maria Popescu]], [[A:Strada Mihai Eminescu 41, bl. B2, sc. 1, ap. 14]], [[L:Cluj-Napoca]]. Telefono romeno [[T:+40 741 203 558]]",
            ),
            ("a", "Bonifico fatto, riferimento {{R:GR-DEP-0703}}. Buon viaggio!"),
            (
                "c",
                "Multumesc! Ho messo 5 stelle su {{B:Booking}}. Mio amico [[P:Andrei Ionescu]] viene ad {{D:agosto}}, gli do vostro numero",
            ),
        ],
    },
    # 35. An American family: elevator, grandmother Faith, late-arrival door code, Amex
    {
        "business": "hostel",
        "platform": "messenger",
        "customer": "Joy Bennett",
        "lang": "en",
        "start": "2025-07-15T02:12:00",
        "messages": [
            (
                "c",
                "Hi there, this is [[P:Joy Bennett]], we have the family room for 3 nights starting {{D:July 21}}. Quick question - is there an elevator? My mom [[P:Faith]] is 78 and uses a cane.",
            ),
            (
                "a",
                "Hi [[P:Joy]]! Unfortunately no elevator, we're on the second floor (38 steps). I can put you in room 1, the closest to the stairs. Would that work?",
            ),
            (
                "c",
                "That's kind. I have {{W:faith}} she'll manage 😂 My husband [[P:Will]] {{W:will}} carry the bags. We're flying in from [[L:Charlotte]], [[L:NC]]. We blog the whole trip at [[U:bennettsabroad.example.com]]",
            ),
            (
                "a",
                "Perfect, room 1 it is. For late arrival (after {{TM:23:00}}) we send a door code by WhatsApp, what number?",
            ),
            (
                "c",
                "Text [[T:+1 704 555 0193]], that's [[P:Will]]'s. Mine is [[T:704-555-0162]]. Email [[E:joy.bennett@example.com]] for the receipt please. Deposit on my {{B:Amex}} [[C:378217493026151]]?",
            ),
            (
                "a",
                "All noted, but we only take the card at the desk, please don't share it here 🙏 And if your mom wants a quiet afternoon, the {{W:Giardino di Boboli}} has benches everywhere 🌳",
            ),
        ],
    },
    # 36. A Spanish travel blogger asks for a stay in exchange for a review
    {
        "business": "hostel",
        "platform": "instagram",
        "customer": "pilar.porelmundo",
        "lang": "en",
        "start": "2025-08-28T16:05:00",
        "messages": [
            (
                "c",
                "Hola! Soy [[P:Pilar Ortega]], travel blogger ([[U:www.pilarporelmundo.example.es]], [[H:@pilar.porelmundo]]). I will be in [[L:Florence]] {{D:15-18 October}}, would you host me in exchange for a review?",
            ),
            (
                "a",
                "Hola [[P:Pilar]]! We'd love that. 3 nights in a private room, you pay only the city tax ({{$:3 €}} per night, see {{W:www.comune.fi.it}}). Can you send your stats to [[E:social@ilgrillohostel.example.it]]?",
            ),
            (
                "c",
                "Sent! My partner [[P:Consuelo]] maybe comes too, is ok? She is photographer, her account [[U:instagram.com/consu_fotografia]]",
            ),
            (
                "a",
                "Certo, nessun problema 🙂 Stessa camera. Il {{D:17 ottobre}} c'è anche l'aperitivo in terrazza con vista sul {{W:Duomo}}, se volete fare foto!",
                "it",
            ),
            (
                "c",
                "Genial!! Ah one thing, for the invoice my company is in [[L:Spain]]: [[A:Calle de Toledo 84, 3º izq.]], [[A:28005]] [[L:Madrid]]. The city tax I pay by transfer from [[I:ES6901825322240200049857]] ok?",
            ),
            ("a", "Perfect, see you in {{D:October}}! ✨ [[P:Chiara]]"),
        ],
    },
    # ------------------------------------------------------------------ fiori (Lecce)
    # 37. A bride called Dalia wants peonies and roses, no dahlias
    {
        "business": "fiori",
        "platform": "whatsapp",
        "customer": "Dalia Quarta",
        "lang": "it",
        "start": "2025-03-31T17:20:00",
        "messages": [
            (
                "c",
                "Buongiorno! mi sposo il {{D:20 settembre}} a [[L:Galatina]], sono [[P:Dalia Quarta]]. Vorrei un bouquet di peonie e {{W:rose}} cipria, niente {{W:dalie}} anche se mi chiamo così 😂 le idee sono qui [[U:pinterest.it/daliaquarta/matrimonio]]",
            ),
            (
                "a",
                "Auguri [[P:Dalia]]! 💐 A settembre le peonie purtroppo non ci sono più, ma possiamo fare {{W:rose}} inglesi {{PD:David Austin}} color cipria con {{W:ortensie}} bianche, l'effetto è molto simile.",
            ),
            (
                "c",
                "che belle! si ok. il mio fidanzato [[P:Cosimo]] vuole anche la bottoniera coordinata, e le damigelle [[P:Chiara]] e [[P:Annalisa]] un braccialetto di fiori",
            ),
            (
                "a",
                "Perfetto. Preventivo: bouquet {{$:180 €}}, boutonnière {{$:25 €}}, 2 braccialetti {{$:40 €}}. Vuole passare in negozio per vedere le prove? Siamo in [[A:via Giuseppe Libertini 31]], dietro {{W:Porta Rudiae}}.",
            ),
            (
                "c",
                "venerdì pomeriggio arrivo da [[L:Galatina]] con mia mamma [[P:Addolorata]] 🙏 la mattina del matrimonio il bouquet va portato a casa dei miei, [[A:contrada Pisanello snc]], è in campagna, vi mando la posizione",
            ),
            (
                "a",
                "Certo, consegna in contrada {{$:20 €}}. Un numero fisso per il giorno del matrimonio?",
            ),
            ("c", "[[T:0836 561 204]], risponde mio papà [[P:Totò]] 😅"),
            ("a", "Perfetto, vi aspetto venerdì! [[P:Rosaria]]"),
        ],
    },
    # 38. An English bride marrying at a masseria; lily of the valley and a flower girl called Lily
    {
        "business": "fiori",
        "platform": "instagram",
        "customer": "poppyharrington",
        "lang": "en",
        "start": "2025-01-20T20:45:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Poppy Harrington]], getting married at {{W:Masseria Torre Bianca}} on {{D:May 30}}. Our planner [[P:Serena]] gave us your Insta 🌸 I'm [[H:@poppy.harrington]] btw",
            ),
            (
                "a",
                "Hi [[P:Poppy]]! Congratulations 💐 What style are you dreaming of? Colours, flowers?",
            ),
            (
                "c",
                "Wild and loose, white and blush, with {{W:lily}} of the valley if possible? And olive branches. Also my little niece [[P:Lily]] is flower girl, she needs a flower crown 😍 everything is on our site [[U:www.poppyandjack.example.com]]",
            ),
            (
                "a",
                "{{W:Lily}} of the valley in {{D:May}} is possible but imported, it adds about {{$:60 €}}. Flower crown for [[P:Lily]] {{$:35 €}}. I'll send a moodboard by email, what's yours?",
            ),
            (
                "c",
                "[[E:poppy.harrington@example.co.uk]] or my fiancé [[P:Jack Okonkwo]] at [[E:j.okonkwo AT example DOT co DOT uk]]. And our UK number [[T:+44 7700 900 418]] ([[P:Jack]]'s). We live in [[L:Bristol]] so the time is 1 hour behind!",
            ),
            ("a", "Perfect, moodboard on its way tomorrow. [[P:Rosaria]] ✨"),
        ],
    },
    # 39. The bride's father writes in Salentino dialect and pays the balance
    {
        "business": "fiori",
        "platform": "messenger",
        "customer": "Uccio Luna",
        "lang": "it",
        "start": "2025-09-18T08:05:00",
        "messages": [
            (
                "c",
                "buongiornu, su [[P:Uccio]], lu papà te [[P:Grazia]] ca se sposa a ottobre. quantu aggiu dare pe lu bouquet e la chiesa?",
            ),
            (
                "a",
                "Buongiorno signor [[P:Uccio]]! Per il bouquet di [[P:Grazia]] e gli allestimenti in chiesa il saldo è {{$:640 €}}. Può pagare in negozio o con bonifico su [[I:IT28Q0103014200000061527390]] intestato a [[P:Rosaria Caroppo]].",
            ),
            (
                "c",
                "fazzu bonificu. la fattura a nome te mia fija, [[P:Grazia Luna]], codice fiscale [[CF:LNUGRZ95E55E506B]], [[A:via Leuca n. 112]], [[L:Lecce]]",
            ),
            (
                "a",
                "Perfetto, la fattura {{R:FT 118/2025}} la mando appena arriva il bonifico. La chiesa è {{W:San Matteo}}?",
            ),
            (
                "c",
                "no, {{W:Santa Croce}}. e ci sta puru la nonna [[P:Ninetta]] ca ole nu mazzettu te {{W:margherite}} pe lu cimitero, ca allu nonnu [[P:Oronzo]] le piacianu",
            ),
            (
                "a",
                "Che dolce 🌼 Il mazzetto per nonna [[P:Ninetta]] lo regaliamo noi. Lo prepariamo per {{D:Sant'Oronzo}} o prima?",
            ),
            ("c", "prima, ca pe {{D:Sant'Oronzo}} simu a [[L:Porto Cesareo]] de la sorella mia"),
        ],
    },
    # 40. A wedding planner sends three couples and invoices her commission
    {
        "business": "fiori",
        "platform": "telegram",
        "customer": "Francesca Leone",
        "lang": "it",
        "start": "2025-02-24T10:10:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Rosaria]]! Sono [[P:Francesca Leone]], wedding planner ({{B:Francesca Leone Events}}), ti ricordi? Ho tre coppie per {{D:giugno}} in {{W:Salento}}",
            ),
            ("a", "Ciao [[P:Francesca]]! Certo che mi ricordo 😊 Dimmi tutto."),
            (
                "c",
                "1) [[P:Martina]] e [[P:Gabriele]], {{D:7 giugno}}, {{W:Castello di Corigliano}} 2) [[P:Sarah Klein]] & [[P:Tobias Weber]], tedeschi, {{D:14 giugno}} a [[L:Otranto]] 3) [[P:Felicity]] e [[P:Rahul]], {{D:28 giugno}}, in spiaggia a [[L:Torre dell'Orso]]",
            ),
            (
                "c",
                "le mail delle spose: [[E:martina.cezzi@example.it]], [[E:sarah.klein@example.de]], [[E:felicity.rao@example.com]]. [[P:Sarah]] parla solo inglese e tedesco",
            ),
            (
                "a",
                "Perfetto! Per la provvigione mi mandi la fattura come sempre? Ci servono i tuoi dati aggiornati.",
            ),
            (
                "c",
                "[[P:Francesca Leone]], P.IVA [[V:03674280726]], [[A:via Giuseppe Mazzini 17/A]], [[A:70122]] [[L:Bari]]. Mail fatture: [[E:francesca punto leone at example punto it]]. Il nuovo portfolio è qui [[U:francescaleone.example.it/portfolio]]",
            ),
            (
                "a",
                "Ricevuto, grazie! Ci sentiamo per i sopralluoghi. Se mi chiami in negozio: [[T:0832 245 918]]. [[P:Rosaria]] 🌿",
            ),
            (
                "c",
                "ok! il mio nuovo numero invece è [[T:080 521 77 43]] (ufficio), il cell è sempre quello",
            ),
        ],
    },
    # 41. A Moroccan bride wants jasmine like her name; her sister pays from the Netherlands
    {
        "business": "fiori",
        "platform": "whatsapp",
        "customer": "Yasmine",
        "lang": "it",
        "start": "2025-05-07T18:55:00",
        "messages": [
            (
                "c",
                "Salve! Sono [[P:Yasmine El Amrani]] (in arabo [[P:ياسمين العمراني]]), abito a [[L:Surbo]]. Mi sposo a {{D:luglio}} e vorrei un bouquet con il {{W:gelsomino}}, come il mio nome 😊",
            ),
            (
                "a",
                "Che bella idea! Il {{W:gelsomino}} a luglio c'è, però dura poco, lo uniamo a {{W:rose}} bianche e {{W:tuberose}}. Per che giorno?",
            ),
            (
                "c",
                "{{D:12 luglio}}. My sister [[P:Nour]] lives in [[L:Rotterdam]] and wants to pay part, can she write you in english?",
                "en",
            ),
            (
                "a",
                "Of course! She can write here or to [[E:ordini@fioridirosaria.example.it]]. We can also send her a payment link.",
                "en",
            ),
            (
                "c",
                "Thanks. Her whatsapp [[U:wa.me/31641728093]], insta [[H:@nour.elamrani]]. She pays from [[I:NL53INGB0007261553]]. And my mother [[P:Fatima]] will come to choose the ribbon, she speaks arabic and a bit italian 🙏",
                "en",
            ),
            ("a", "Nessun problema, ci capiremo a gesti e sorrisi 😄 A presto [[P:Yasmine]]!"),
        ],
    },
    # 42. Viola wants a purple bouquet; payment error, card number, bouquet preservation
    {
        "business": "fiori",
        "platform": "instagram",
        "customer": "viola.trisolini",
        "lang": "it",
        "start": "2025-04-14T21:30:00",
        "messages": [
            (
                "c",
                "ciao 💜 sono [[P:Viola Trisolini]], mi sposo a [[L:Nardò]] il {{D:6 settembre}}. il mio colore è il {{W:viola}} (ovviamente 😂) e vorrei un bouquet {{W:viola}} e lilla. fate anche la conservazione del bouquet dopo?",
            ),
            (
                "a",
                "Ciao [[P:Viola]]! Sì: bouquet con {{W:iris}}, lisianthus e lavanda, e dopo il matrimonio lo essicchiamo in una teca ({{PD:Teca Ricordo}} {{$:90 €}}). Acconto del 30% per bloccare la data.",
            ),
            (
                "c",
                "perfetto! sto pagando dal vostro sito ma mi da errore, la carta è [[C:4532018744296170]] scadenza {{D:11/26}}, devo riprovare?",
            ),
            (
                "a",
                "Per sicurezza cancella il messaggio con la carta 🙏 Il tentativo dal tuo IP [[IP:151.38.204.66]] è stato bloccato dall'antifrode, l'ho sbloccato: riprova tra 10 minuti su {{W:https://fioridirosaria.example.it/acconto}}",
            ),
            (
                "c",
                "fatto, è passato! ricevuta a [[E:viola.trisolini@example.it]] per favore. il fotografo è [[P:Matteo Renna]] ([[U:behance.net/matteo_renna]], su insta [[H:@matteorenna.ph]]) se volete le foto del bouquet dopo. e il mio futuro marito [[P:Gianmarco]] ([[H:@gianmarco.de.pascalis]]) vuole la boutonnière con la lavanda",
            ),
            ("a", "Ricevuta inviata 💐 A presto, [[P:Rosaria]] e [[P:Anna]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(46, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
