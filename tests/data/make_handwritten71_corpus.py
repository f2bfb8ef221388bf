# ruff: noqa: E501
"""Hand-written blind test corpus no. 71 for convmon's anonymiser.

Every message below was written by hand, one at a time, for this corpus only: no templates, no
Faker, no generated text. All the people, numbers, addresses, e-mails, handles and links are
invented. The checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA, the
German VAT number) were computed once with python-stdnum / the Luhn algorithm and pasted here as
literals, so this file has no dependency beyond the markup module beside it.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value the anonymiser must
remove (P person, E e-mail, T phone, I IBAN, C card, CF codice fiscale, V VAT number, IP, U
personal link, H handle, L personal place, A address part); ``{{CODE:value}}`` is a look-alike
that must survive (O order, $ price, PD product, B brand / Page name, D date, TM time, TR
tracking, W ordinary word or public name, R reference code). Pet names are marked W: they are
not people.

The six invented businesses: a dental clinic in Treviso that books whole families, a wedding
photographer and videomaker on Lake Como, a language school in Bologna with courses for
children and adults, a pet grooming and pet-sitting service in Turin, a bakery in Bari that
makes custom birthday and wedding cakes, and a gym with personal trainers in Milan.

Regenerate with ``python make_handwritten71_corpus.py`` from this folder; the output
``handwritten71_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten71_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "dentale": "Studio Dentistico Sorriso Aperto",
    "foto": "Lucevera Wedding Stories",
    "lingue": "Babel Lab Scuola di Lingue",
    "pet": "Pelo & Coccole Grooming",
    "torte": "Pasticceria Fiordimiele",
    "gym": "Ferro Vivo Training Studio",
}
PAGE_IDS: dict[str, str] = {
    "dentale": "671490318274650",
    "foto": "671490552019384",
    "lingue": "671490907731226",
    "pet": "671490264408917",
    "torte": "671490781355042",
    "gym": "671490436690718",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ dental clinic
    {
        "business": "dentale",
        "platform": "whatsapp",
        "customer": "Marta Zanin",
        "lang": "it",
        "start": "2025-03-10T08:42:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare x tutta la famiglia 😅 io mio marito e i 2 bimbi\nsono [[P:Marta Zanin]]",
            ),
            (
                "a",
                "Buongiorno [[P:Marta]]! Certo, ci dà i nomi e l'età dei bambini? Per i piccoli c'è la dott.ssa [[P:Pellizzari]] il {{D:martedì}} pomeriggio",
            ),
            (
                "c",
                "allora [[P:Tommaso]] 8 anni e [[P:Giulia]] 5\nmio marito [[P:Davide]] ha un dente che gli fa male da giorni ma nn vuole venire 🙄 lo trascino io",
            ),
            ("c", "ah il cognome di lui è diverso [[P:Favaretto]] se serve x la scheda"),
            (
                "a",
                "Perfetto. Propongo {{D:martedì 18 marzo}} alle {{TM:16:30}} per [[P:Tommaso]] e [[P:Giulia]] con la dott.ssa [[P:Pellizzari]], e per [[P:Davide]] una visita urgente {{D:mercoledì}} alle {{TM:8:15}} col dott. [[P:Brunetta]]. Mi lascia un numero per il promemoria?",
            ),
            (
                "c",
                "si [[T:347 218 9043]] il mio\nquello di [[P:davide]] è [[T:340-55 61 772]]\nma scrivete a me che lui nn legge mai 😂",
            ),
            (
                "a",
                "Registrato tutto 👍 Ci trova in {{W:piazza dei Signori}}, sopra la farmacia. [[P:Elisa]] - {{B:Sorriso Aperto}}",
            ),
        ],
    },
    {
        "business": "dentale",
        "platform": "messenger",
        "customer": "Oluwaseun Adebayo",
        "lang": "en",
        "start": "2025-04-02T07:15:00",
        "messages": [
            (
                "c",
                "hello good morning, i am living in [[L:Castelfranco]] since 2 months for work and i need dentist urgent, my wisdom tooth is killing me 😩",
            ),
            (
                "a",
                "Hello! I'm sorry to hear that. We can see you tomorrow, {{D:Thursday}} at {{TM:11:40}}. Could you give me your full name and a phone number?",
            ),
            (
                "c",
                "[[P:Oluwaseun Adebayo]], [[P:O-L-U-W-A-S-E-U-N]] 😅 everybody write it wrong\nphone [[T:+39 351 902 4417]] or my number from [[L:Nigeria]] [[T:+234 803 555 0192]] on whatsapp",
            ),
            ("c", "i have italian health card also, codice fiscale [[CF:DBYLSN91P12Z335R]]"),
            (
                "a",
                "Perfect, thank you [[P:Oluwaseun]]. Please bring the card tomorrow, reception will register you. [[P:Elisa]]",
            ),
            (
                "c",
                "thx so much. my colleague [[P:Femi]] say you are good, he came last year, [[P:Femi Okonkwo]], tall guy with glasses lol",
            ),
            ("a", "That's nice to hear, say hi to Mr [[P:Okonkwo]] 😊 See you tomorrow!"),
        ],
    },
    {
        "business": "dentale",
        "platform": "whatsapp",
        "customer": "Pina",
        "lang": "it",
        "start": "2025-05-06T18:20:00",
        "messages": [
            (
                "c",
                "buonasera sono la nonna di [[P:Nicolò]] e [[P:Matilde]] [[P:Scarpa]] la mamma [[P:Serena]] lavora fino a tardi e mi ha detto di scrivere a voi x il controllo e la pulizia dei denti dei bambini io sono [[P:Giuseppina]] ma mi chiamano tutti [[P:pina]]",
            ),
            ("a", "Buonasera signora [[P:Giuseppina]]! Volentieri. Che giorni preferite?"),
            (
                "c",
                "va bene il {{D:sabato}} mattina? xche in settimana li porto a nuoto a [[L:Mogliano]] e poi dai nonni [[P:Bortolato]] che sono gli altri nonni",
            ),
            (
                "a",
                "Il {{D:sabato}} siamo aperti fino alle {{TM:12:30}}. {{D:Sabato 17}} alle {{TM:9:00}} e alle {{TM:9:30}}, con la dott.ssa [[P:Pellizzari]]?",
            ),
            (
                "c",
                "perfetto. il numero di [[P:serena]] è [[T:0422 41 93 87]] quello di casa, il cell nn lo so a memoria 😅",
            ),
            (
                "c",
                "ah e la tessera di [[P:nicolò]] è [[CF:SCRNCL16B04L407Z]] quella di [[P:Matilde]] nn la trovo aspetti che cerco gli occhiali",
            ),
            (
                "a",
                "Non si preoccupi signora, le tessere le portate in studio 😊 A {{D:sabato}}! [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "dentale",
        "platform": "telegram",
        "customer": "fede.dallagnol",
        "lang": "it",
        "start": "2025-06-12T10:05:00",
        "messages": [
            (
                "c",
                "ciao mi serve la fattura dell'impianto intestata alla partita iva nn a me privato\n[[P:Federico Dall'Agnol]] p.iva [[V:04127530964]]\nsede [[A:via Noalese 118/b]] [[A:31100]] [[L:Treviso]]",
            ),
            (
                "a",
                "Ciao [[P:Federico]], certo. La fattura {{R:FT-2025/0318}} la rigeneriamo. Per l'acconto di {{$:€ 450}} aveva fatto bonifico, giusto?",
            ),
            (
                "c",
                "si dal conto [[I:IT22 T030 6911 8850 0000 4815 162]] ma mi avete addebitato due volte!! controllate pls",
            ),
            (
                "a",
                "Ha ragione, vediamo due accrediti da {{$:450,00 €}}. Le rimborsiamo sullo stesso IBAN entro {{D:venerdì}}, causale {{R:RIMB IT25 0000 0318 4471 09}}. Mi scusi per il disguido, [[P:Sandra]] - amministrazione",
            ),
            (
                "c",
                "ok grz. la fattura mandatela a [[E:fede punto dallagnol chiocciola trevimail punto it]]",
            ),
            (
                "c",
                "anzi no mandatela direttamente al commercialista dott. [[P:Boscolo]] [[E:studio.boscolo@example.it]] cosi nn mi sgrida 😅",
            ),
            ("a", "Inviata al dott. [[P:Boscolo]] ✔️ Buona giornata!"),
        ],
    },
    {
        "business": "dentale",
        "platform": "instagram",
        "customer": "lina.haddad",
        "lang": "en",
        "start": "2025-02-19T15:30:00",
        "messages": [
            (
                "c",
                "hi!! my son [[P:Karim]] needs a braces consultation, he's 11. we just moved from [[L:Beirut]] to [[L:Villorba]] last summer",
            ),
            ("c", "désolée mon italien est nul 😂 english ok?", "fr"),
            (
                "a",
                "English is perfect 😊 Our orthodontist dr. [[P:Mazzon]] sees children on {{D:Fridays}}. What's your son's full name?",
            ),
            (
                "c",
                "[[P:Karim Haddad Nassar]], two surnames, the school always cuts one 🙄\nmy husband [[P:Rami]] will bring him, his number [[T:+961 3 482 917]] is still a [[L:Lebanon]] number but works on whatsapp",
            ),
            (
                "a",
                "Great, booked: {{D:Friday 4 April}} at {{TM:15:00}}, [[P:Karim Haddad Nassar]] with dr. [[P:Mazzon]]. [[P:Giorgia]] - {{B:Sorriso Aperto}}",
            ),
            (
                "c",
                "merci!! 🙏 and can i send you the xray from the dentist in [[L:beirut]]? it's from dr [[P:Khoury]]",
                "en",
            ),
            ("a", "Yes, please bring it on a USB stick or printed, thank you!"),
        ],
    },
    {
        "business": "dentale",
        "platform": "whatsapp",
        "customer": "Stefania Delbello",
        "lang": "it",
        "start": "2025-07-01T09:10:00",
        "messages": [
            (
                "c",
                "buongiorno, mi ha consigliato la mia vicina la sig.ra [[P:Tonon]], volevo prenotare x mia mamma che ha 82 anni, le serve la dentiera nuova",
            ),
            (
                "c",
                "lei abita a [[L:Paese]] in [[A:via Olimpia 9]] ma nn guida piu, avete un servizio di trasporto?",
            ),
            (
                "a",
                "Buongiorno [[P:Stefania]], purtroppo non abbiamo un servizio di trasporto, mi dispiace. Possiamo però darle il primo appuntamento del mattino, così c'è meno attesa.",
            ),
            (
                "c",
                "ok la porta mio fratello [[P:Lucio]] allora. il nome di mamma è [[P:Ida Furlanetto]] ved. [[P:Delbello]]",
            ),
            (
                "a",
                "Perfetto: {{D:giovedì 10 luglio}} alle {{TM:8:30}} con il dott. [[P:Brunetta]] per la signora [[P:Furlanetto]]. Un numero di [[P:Lucio]]?",
            ),
            (
                "c",
                "[[T:335 70 28 114]]\nsi chiama [[P:Lucio Delbello]] ma risponde solo dopo le 13 che fa il panettiere",
            ),
            ("c", "grazie mille 🙏 anche da parte della [[P:Ida]]"),
        ],
    },
    {
        "business": "dentale",
        "platform": "messenger",
        "customer": "Wang Xiaoling",
        "lang": "it",
        "start": "2025-09-23T12:48:00",
        "messages": [
            (
                "c",
                "buongiorno io [[P:Wang Xiaoling]] mio figlio [[P:Leo]] dente rotto a scuola caduto 😭 oggi possibile?",
            ),
            (
                "a",
                "Buongiorno signora [[P:Wang]], mi dispiace! Oggi alle {{TM:17:20}} va bene? Quanti anni ha [[P:Leo]]?",
            ),
            ("c", "7 anni. nome cinese [[P:Wang Haoran]] ma a scuola tutti chiama [[P:Leo]]"),
            ("c", "telefono mio [[T:328 66 04 915]]\nmarito [[P:Chen Jun]] [[T:389 771\n2044]]"),
            ("a", "Perfetto, a dopo! Portate la tessera sanitaria di [[P:Haoran]]. [[P:Chiara]]"),
            ("c", "grazie grazie 🙏 maestra [[P:Bellotto]] ha messo ghiaccio subito"),
        ],
    },
    {
        "business": "dentale",
        "platform": "whatsapp",
        "customer": "Tom Whitfield",
        "lang": "en",
        "start": "2025-08-05T16:02:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Tom Whitfield]] here, we're staying at our daughter's in [[L:Treviso]] ([[L:Sant'Angelo]]) for the summer and I've lost a crown eating {{PD:torrone}} 🙈",
            ),
            (
                "a",
                "Oh no! We can see you tomorrow at {{TM:9:45}} with dott. [[P:Brunetta]]. Could you leave a phone number?",
            ),
            (
                "c",
                "Lovely. my [[L:UK]] mobile is [[T:07700 918 264]] and my wife [[P:Margaret]]'s is [[T:+44 7911 402 337]] in case",
            ),
            ("c", "can we pay a deposit by card now? [[C:4929 8100 6345 1274]] exp 09/27"),
            (
                "a",
                "Please don't write card details in the chat, Mr [[P:Whitfield]] 🙏 we'll take payment at reception. [[P:Elisa]]",
            ),
            (
                "c",
                "oops sorry, [[P:Maggie]] always says I'm hopeless with this stuff. our daughter [[P:Emily]] will drive me, she lives in [[A:via Santa Bona Nuova 62]]",
            ),
            ("a", "No problem at all! See you tomorrow 😊"),
        ],
    },
    # ------------------------------------------------------------------ wedding photographer
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "giuli.e.ale.sposi",
        "lang": "it",
        "start": "2025-01-12T21:14:00",
        "messages": [
            (
                "c",
                "ciaooo!! ci sposiamo il {{D:13 giugno 2026}} a [[L:Bellagio]] e vi seguiamo da una vita 😍😍",
            ),
            (
                "c",
                "siamo [[P:Giulia Ferraresi]] e [[P:Alessandro Bianchi]] (per tutti [[P:ale]])\nvorremmo foto e video",
            ),
            (
                "a",
                "Ciao [[P:Giulia]] e [[P:Ale]]! Congratulazioni 🥂 Il {{D:13 giugno}} siamo ancora liberi. Il pacchetto {{PD:Storia Completa}} foto + video parte da {{$:3.200 €}}",
            ),
            (
                "c",
                "ok e se vogliamo anche il drone? la location è {{W:Villa Gelsomina}}, tema colore {{W:verde salvia}}",
            ),
            (
                "c",
                "ah la testimone è mia sorella [[P:Bianca]], vorrebbe un servizio a parte x la sua proposta di matrimonio a [[P:Jacopo]] 🤫 nn dite niente",
            ),
            (
                "a",
                "Drone +{{$:250 €}} 😊 Per [[P:Bianca]] ne parliamo volentieri, acqua in bocca! [[P:Andrea]] - {{B:Lucevera}}",
            ),
            (
                "c",
                "al buffet ci sarà {{PD:Grana Padano}} e {{PD:Prosecco}} a fiumi venite affamati 😂\nil nostro wedding planner è [[P:Ludovico Sala]] [[T:+39 031 27 44 509]], sentitevi con lui x gli orari",
            ),
            (
                "c",
                "ti mando la moodboard via mail, la mia è [[E:giuliaferraresi94@example.it]], l'abito sarà {{W:bianco}} panna nn {{W:bianca}} ottico eh 😂",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Priya R.",
        "lang": "en",
        "start": "2025-02-03T11:30:00",
        "messages": [
            (
                "c",
                "Hi! [[P:Priya]] here 🙏 [[P:Arjun]] and I are getting married in [[L:Varenna]] in Sept 2026, indian-italian fusion, about 120 guests flying in from [[L:London]] and [[L:Mumbai]]",
            ),
            (
                "c",
                "we want mehndi coverage on the {{D:friday}} too at the hotel. my mum [[P:Sunita]] is VERY particular about the family portraits lol",
            ),
            (
                "a",
                "Hi [[P:Priya]]! How exciting. Mehndi + wedding day is our {{PD:Two Days of Light}} package, {{$:5,400 €}} including a second shooter.",
            ),
            (
                "c",
                "perfect. full names for the contract: [[P:Priya Ramaswamy]] and [[P:Arjun Mehta-Kapoor]]\nmy address [[A:Flat 4, 27 Ashburnham Grove]], [[L:London]] [[A:SE10 8UH]]",
            ),
            (
                "c",
                "oh and [[P:Arjun]]'s cousin [[P:Vikram]] does drone stuff, insta [[H:@vikram.flies]], can he fly too or is that an issue with yours?",
            ),
            (
                "a",
                "He's welcome, we'll just coordinate so the two drones don't cross 😄 I'll send the contract to you tonight. [[P:Andrea]] from {{B:Lucevera Wedding Stories}}",
            ),
            (
                "c",
                "amazing. send it to [[E:priya.ramaswamy@example.co.uk]] and cc [[P:Arjun]]'s dad [[P:Rakesh]] pls, he's paying 😅",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Rosa Esposito",
        "lang": "it",
        "start": "2025-10-08T17:45:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa Esposito]] la mamma della sposa [[P:Carmela]], mia figlia mi ha detto di chiedere a voi il preventivo x l'album genitori",
            ),
            ("a", "Buongiorno signora [[P:Rosa]]! Con piacere. Quanti album vi servono?"),
            (
                "c",
                "due uno x noi e uno x i genitori di [[P:Gennaro]]\nla copertina la vorremmo {{W:rosa}} antico con scritto [[P:Carmela]] e [[P:Gennaro]] in oro",
            ),
            (
                "a",
                "L'album {{PD:Heritage 30x30}} in lino {{W:rosa}} antico è {{$:380 €}} l'uno, la scritta in oro è compresa.",
            ),
            (
                "c",
                "io abito a [[L:Pozzuoli]] mandatelo lì per favore, [[A:via Napoli 41]] [[A:80078]], il secondo va a [[P:Nunzia Capasso]] la consuocera",
            ),
            (
                "c",
                "ah a [[P:Gennaro]] piace di più il {{W:blu}} ma decide [[P:Carmela]] 😂 come sempre",
            ),
            ("a", "Allora aspettiamo il verdetto di [[P:Carmela]] 😄 Un abbraccio, [[P:Andrea]]"),
            (
                "a",
                "Signora [[P:Rosa]], gli album sono partiti! Tracking {{TR:0832 7145 9902 61}}, arrivo previsto {{D:giovedì}}. Il corriere si chiama [[P:Salvatore]] e la chiama prima di passare.",
            ),
            (
                "c",
                "ricevuti!! [[P:carmela]] ha pianto 😭 grazie anche da [[P:Gennaro]] e da sua mamma [[P:Nunzia]], il {{W:rosa}} è venuto bellissimo",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Daniele",
        "lang": "it",
        "start": "2025-05-20T22:03:00",
        "messages": [
            (
                "c",
                "ciao [[P:Andrea]] ecco la lista x le foto di gruppo come mi avevi chiesto:\n1 sposi + genitori ([[P:Franco]] e [[P:Lucia]] / [[P:Renzo]] e [[P:Agnese]])\n2 nonni: nonna [[P:Speranza]] e nonno [[P:Felice]]\n3 zii [[P:Bepi]] e [[P:Graziella]] con i cugini\n4 amici del calcetto",
            ),
            (
                "c",
                "ah nonna [[P:speranza]] è in carrozzina quindi le foto coi nonni al piano terra",
            ),
            (
                "a",
                "Perfetto [[P:Daniele]], segnato tutto, le facciamo nel giardino sotto il portico, con la {{W:speranza}} che non piova 😅",
            ),
            (
                "c",
                "ahah. ah [[P:Francesca]] ha detto di aggiungere le sue colleghe [[P:Noemi]], [[P:Asia]] e [[P:Marisol Quispe]]\ne il suo capo il dott. [[P:Veronesi]] se viene",
            ),
            (
                "c",
                "e nonno [[P:felice]] vuole una foto da solo con la sposa, è il suo pupillo 🥹 lui è proprio {{W:felice}} quel giorno",
            ),
            ("a", "Che dolci! Ci vediamo {{D:sabato}} per il sopralluogo alle {{TM:15}} 📸"),
        ],
    },
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "jonas_und_lena",
        "lang": "en",
        "start": "2025-03-27T19:19:00",
        "messages": [
            (
                "c",
                "Hallo! we are [[P:Jonas]] and [[P:Lena]] from [[L:Munich]], we marry in [[L:Lecco]] next year in May",
            ),
            (
                "c",
                "Entschuldigung, mein Englisch ist nicht so gut. we want only photos, no video, maybe 6 hours",
                "de",
            ),
            (
                "a",
                "Hallo [[P:Jonas]] and [[P:Lena]]! 6 hours photo-only is our {{PD:Essenziale}} package, {{$:1,900 €}}. Which date?",
            ),
            (
                "c",
                "{{D:16 May 2026}}. for the contract: [[P:Jonas Weber]], [[A:Lindwurmstraße 88]], [[A:80337]] [[L:München]]\ndeposit we can do transfer from [[I:DE44500105175407324931]]?",
            ),
            ("a", "Sure, our IBAN is on the contract, the deposit is 30%. I'll email it to you."),
            (
                "c",
                "[[P:Lena]]'s insta is [[H:lena_wbr]] if you want to see our style, and her sister [[P:Katharina]] is the Trauzeugin 😊",
            ),
            ("a", "Love it! [[P:Andrea]] from {{B:Lucevera}}"),
        ],
    },
    {
        "business": "foto",
        "platform": "telegram",
        "customer": "Marco B",
        "lang": "it",
        "start": "2025-11-14T20:40:00",
        "messages": [
            (
                "c",
                "ciao il link x scaricare il video del matrimonio nn funziona, dice 'accesso bloccato per l'indirizzo [[IP:93.41.118.207]]'",
            ),
            ("a", "Ciao [[P:Marco]], scusa! Mi dai il codice della galleria?"),
            ("c", "{{R:LV-2291-MB}}"),
            ("a", "Sbloccato, era il filtro anti-bot. Riprova ora 🙏"),
            (
                "c",
                "va!! grazie. lo carico anche sul canale di mia moglie [[U:youtube.com/@ilariacucina_]] e vi do credit ok?",
            ),
            (
                "c",
                "lei è [[P:Ilaria]] quella che ha pianto tutto il tempo 😂 e la mamma di lei [[P:Loredana]] vuole il video anche su chiavetta",
            ),
            (
                "a",
                "Certo, tagga pure {{B:@lucevera.wedding}}! La chiavetta la spediamo a {{$:25 €}}, ci mandi l'indirizzo di [[P:Loredana]]?",
            ),
            ("c", "[[A:via Manzoni 3]], [[L:Valmadrera]], citofono [[P:Crippa]]"),
            (
                "a",
                "Spedita oggi, tracking {{TR:1Z4A9E720394182265}}. Saluta [[P:Ilaria]]! [[P:Andrea]]",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Lucía Fernández",
        "lang": "it",
        "start": "2025-04-16T13:22:00",
        "messages": [
            (
                "c",
                "hola! scusa mio italiano. sono [[P:Lucía Fernández de la Vega]], mi sposo con [[P:Matteo Colombo]] in ottobre a [[L:Varenna]]",
            ),
            (
                "c",
                "¿Podéis enviar el presupuesto también a mi madre? es [[P:Carmen]], su correo [[E:carmen.delavega@example.es]]",
                "es",
            ),
            (
                "a",
                "¡Hola [[P:Lucía]]! Certo, mandiamo il preventivo a te e alla signora [[P:Carmen]]. [[P:Andrea]]",
            ),
            (
                "c",
                "mio indirizzo in [[L:Spagna]]: [[A:Calle de Embajadores 112, 2º izq.]], [[A:28045]] [[L:Madrid]]",
            ),
            (
                "c",
                "ah il testimone di [[P:Matteo]], il [[P:Pippo]], vuole farvi una domanda sul video della sorpresa, gli do il vostro numero?",
            ),
            ("a", "Sì certo! Digli di chiedere di [[P:Andrea]] 😊"),
        ],
    },
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Sam O'Brien",
        "lang": "en",
        "start": "2025-12-02T09:58:00",
        "messages": [
            (
                "c",
                "hey! me and my fiancé [[P:Declan]] are doing a small elopement on {{W:Lake Como}}, 8 people, just photos for 2h",
            ),
            (
                "c",
                "it's on {{W:St Patrick's}} weekend lol {{D:14 March}}, we fly in from [[L:Galway]] on the 12th",
            ),
            (
                "a",
                "Hi [[P:Sam]]! Elopements are our favourite ❤️ 2h photos is {{$:950 €}}. Names for the booking?",
            ),
            (
                "c",
                "[[P:Samuel O'Brien]] and [[P:Declan Ó Súilleabháin]] (good luck spelling that 😂 it's [[P:S-U-L-L-I-V-A-N]] in english)",
            ),
            ("c", "can I pay the deposit with card? [[C:5521 3400 7719 8207]]"),
            (
                "a",
                "Please don't share card numbers here! I'll send you a secure payment link by email. [[P:Andrea]]",
            ),
            (
                "c",
                "oops. email is [[E:sam.obrien.ie@example.com]]. our friend [[P:Niamh]] is officiating btw",
            ),
        ],
    },
    # ------------------------------------------------------------------ language school
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Silvia Montanari",
        "lang": "it",
        "start": "2025-09-01T19:05:00",
        "messages": [
            (
                "c",
                "buonasera volevo iscrivere i miei figli al corso di inglese x bambini, [[P:Edoardo]] 9 anni e [[P:Viola]] 6",
            ),
            (
                "a",
                "Buonasera! Per l'età di [[P:Viola]] c'è {{PD:Little Explorers}} con teacher [[P:Kate]], per [[P:Edoardo]] {{PD:Young Movers}} con teacher [[P:Dylan]]. {{$:320 €}} a trimestre ciascuno.",
            ),
            (
                "c",
                "perfetto! il papà è [[P:Gianluca Rinaldi]], paga lui col bonifico, io sono [[P:Silvia Montanari]] la mamma",
            ),
            (
                "c",
                "ah [[P:viola]] dimentica sempre le cose, se lascia lo zainetto {{W:viola}} me lo tenete? 😂",
            ),
            ("a", "Certo 😄 Per la scheda ci servono mail e telefono di un genitore"),
            (
                "c",
                "[[E:silvia.montanari81@example.it]]\n[[T:333.618.2290]]\nse nn rispondo c'è la nonna [[P:Loretta]] che li viene a prendere il {{D:martedì}}",
            ),
            (
                "a",
                "Grazie [[P:Silvia]]! Ci vediamo {{D:lunedì 15}}. [[P:Roberta]] - segreteria {{B:Babel Lab}}",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "telegram",
        "customer": "Sasha K",
        "lang": "en",
        "start": "2025-10-03T18:33:00",
        "messages": [
            (
                "c",
                "Hello. I want italian course A2 evening. I am from [[L:Kharkiv]], live in [[L:Bologna]] 1 year, [[L:San Donato]] zone",
            ),
            (
                "a",
                "Hello! Our {{PD:Italiano Sera A2}} course is {{D:Tuesday}} and {{D:Thursday}} at {{TM:19:00}}, {{$:260 €}} for 10 weeks.",
            ),
            (
                "c",
                "ok. name [[P:Oleksandr Kovalenko]], telegram [[H:@sasha_kov]], my wife [[P:Iryna]] also want but she works nights in hospital",
            ),
            (
                "a",
                "Thank you [[P:Oleksandr]]! For [[P:Iryna]] we have a {{D:Saturday}} morning group. Your teacher will be [[P:Paola]]. [[P:Roberta]]",
            ),
            ("c", "thx. [[P:Sasha]] is ok, everybody call me [[P:Sasha]] 🙂"),
            (
                "c",
                "phone is [[T:+380 67 314 2276]], ukrainian sim, italian one i dont remember lol",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "instagram",
        "customer": "Matteo Guidi",
        "lang": "it",
        "start": "2025-01-21T10:12:00",
        "messages": [
            (
                "c",
                "salve, la mia azienda ci paga un corso di business english, siamo in 3: io [[P:Matteo Guidi]], [[P:Chiara Lollini]] e [[P:Youssef El Amrani]]",
            ),
            (
                "a",
                "Buongiorno [[P:Matteo]]! Il corso {{PD:Business English B2}} di gruppo è 20 ore a {{$:1.150 €}} + IVA. A chi intestiamo la fattura?",
            ),
            (
                "c",
                "{{B:Tecnoserramenti Emilia srl}}, p.iva [[V:01987340583]], sede [[A:via del Lavoro 27]], [[A:40127]] [[L:Bologna]]\nmail x la fattura [[E:m.guidi@tecnoserramenti.example]]",
            ),
            (
                "c",
                "[[P:Youssef]] viene dal [[L:Marocco]], parla bene inglese ma scrive meglio in francese, va bene lo stesso?",
            ),
            ("a", "Certo, nessun problema, la teacher [[P:Hannah]] parla anche francese 😊"),
            (
                "c",
                "ok. [[P:chiara]] può solo il {{D:venerdì}} pomeriggio, io e [[P:youssef]] quando volete",
            ),
            (
                "a",
                "Allora proponiamo {{D:venerdì}} {{TM:14:30}}-{{TM:16:30}} dal {{D:7 febbraio}}. Vi mando il modulo. [[P:Roberta]]",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Aisha Bello",
        "lang": "en",
        "start": "2025-05-08T07:55:00",
        "messages": [
            (
                "c",
                "hi, is there still space in the english summer camp for my twins [[P:Amara]] and [[P:Tobi]]? they are 7",
            ),
            (
                "a",
                "Hi! Yes, the {{PD:Summer Camp Babel}} runs {{D:16-27 June}}, {{$:290 €}} per week per child, lunch included.",
            ),
            (
                "c",
                "great. pick up will be our nanny, Mrs [[P:Rosaria Cuccu]], or my husband [[P:Emeka Bello]]",
            ),
            (
                "c",
                "we live in [[L:Casalecchio]], [[A:via Porrettana 190 scala C int. 5]], [[A:40033]]",
            ),
            (
                "a",
                "Thank you [[P:Aisha]]! We'll need a photo ID for Mrs [[P:Cuccu]] at the first pickup. [[P:Roberta]]",
            ),
            (
                "c",
                "sure. [[P:Tobi]] is allergic to nuts pls tell the teachers!! his real name is [[P:Oluwatobi]] but he hates it lol",
            ),
            ("a", "Noted in red on the register, and teacher [[P:Dylan]] will know 👍"),
        ],
    },
    {
        "business": "lingue",
        "platform": "messenger",
        "customer": "Giorgio Pavan",
        "lang": "it",
        "start": "2025-11-03T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno sono in pensione e vorrei imparare lo spagnolo, mia figlia [[P:Elena]] vive a [[L:Valencia]] e ha sposato uno di là, [[P:Jordi]], e i nipotini parlano solo spagnolo 😅",
            ),
            ("c", "¡Hola! sé decir solo esto jaja", "es"),
            (
                "a",
                "¡Hola [[P:Giorgio]]! C'è {{PD:Español para viajeros}}, {{D:lunedì}} e {{D:mercoledì}} alle {{TM:10:00}} con la prof.ssa [[P:Inés]] 😊",
            ),
            (
                "c",
                "perfetto. i nipoti si chiamano [[P:Pau]] e [[P:Núria]], vorrei fargli una sorpresa a {{W:Natale}} e parlargli in spagnolo quando scendo a [[L:Valencia]]",
            ),
            ("a", "Che bella idea! Per la fattura ci serve il codice fiscale"),
            (
                "c",
                "[[CF:PVNGRG52H10A944C]] [[P:giorgio pavan]]\ne la mail è [[E:giorgio.pavan52 at example.it]] quella con la chiocciola insomma",
            ),
            ("a", "Ricevuto, grazie! A {{D:lunedì}}."),
        ],
    },
    {
        "business": "lingue",
        "platform": "instagram",
        "customer": "mei.lin.art",
        "lang": "en",
        "start": "2025-06-18T14:27:00",
        "messages": [
            (
                "c",
                "hi! i'm [[P:Lin Mei]] ([[P:Mei]] is first name haha chinese order), illustrator, i want italian B1 conversation",
            ),
            ("c", "my portfolio [[U:linktr.ee/meilin.draws]] so you know i'm real lol"),
            (
                "a",
                "Hi [[P:Mei]]! Our {{PD:Chiacchiere B1}} conversation group meets {{D:Wednesday}} at {{TM:18:30}} with [[P:Marco]].",
            ),
            ("c", "perfect, i live near {{W:Piazza Maggiore}} so 10 min walk 👍"),
            (
                "c",
                "can my boyfriend join the trial? he's [[P:Zhang Wei]], zero italian 😂 he only knows 'ciao bella'",
            ),
            (
                "a",
                "Of course, the trial lesson is free for both. See you {{D:Wednesday}}! [[P:Roberta]] - {{B:Babel Lab}}",
            ),
        ],
    },
    {
        "business": "lingue",
        "platform": "whatsapp",
        "customer": "Karin Hofer",
        "lang": "it",
        "start": "2025-02-26T13:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Karin]] del corso {{PD:English C1}} del {{D:giovedì}}, volevo passare al gruppo di teacher [[P:Will]] il {{D:martedì}} xche {{D:giovedì}} ho il turno",
            ),
            (
                "c",
                "Entschuldigung, ich schreibe manchmal auf Deutsch 😅 sono di [[L:Brunico]], l'italiano è la mia seconda lingua",
                "de",
            ),
            (
                "a",
                "Ciao [[P:Karin]]! Nessun problema. Il gruppo di [[P:Will]] ha un posto libero dal {{D:4 marzo}}.",
            ),
            ("c", "perfetto!! dite a [[P:Will]] che I {{W:will}} do my homework this time 😂"),
            (
                "c",
                "mi aggiornate anche la mail? ora uso [[E:k.hofer@example.com]], la vecchia era quella dell'ufficio di mio marito [[P:Stefan]]",
            ),
            ("a", "Fatto! [[P:Roberta]]"),
        ],
    },
    # ------------------------------------------------------------------ pet grooming and sitting
    {
        "business": "pet",
        "platform": "whatsapp",
        "customer": "Valentina Rossetti",
        "lang": "it",
        "start": "2025-07-21T20:11:00",
        "messages": [
            (
                "c",
                "ciao! mi serve una pet sitter dal {{D:9}} al {{D:16 agosto}} x la mia gatta {{W:Nuvola}}, vado in [[L:Sardegna]] 🏖 con il mio ragazzo",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Siamo ancora liberi, due visite al giorno sono {{$:18 €}} a visita. Dove abiti?",
            ),
            ("c", "[[A:corso Francia 212]]"),
            (
                "c",
                "[[A:scala B 4° piano]], citofono [[P:Rossetti-Amato]], [[A:10146]]\nle chiavi le lascio alla vicina sig.ra [[P:Gallo]] del 3°",
            ),
            (
                "a",
                "Perfetto, verrà [[P:Ilenia]], ti scrive lei per conoscere {{W:Nuvola}} prima della partenza 🐱",
            ),
            (
                "c",
                "il mio numero [[T:346 1187 520]], se nn rispondo (in spiaggia 😅) c'è mio fratello [[P:Simone]] [[T:349 20 11 386]]",
            ),
            ("c", "ah e la sig.ra [[P:gallo]] è un po sorda, suonate forte"),
        ],
    },
    {
        "business": "pet",
        "platform": "instagram",
        "customer": "jake_and_biscuit",
        "lang": "en",
        "start": "2025-04-28T16:45:00",
        "messages": [
            (
                "c",
                "hey! my golden {{W:Biscuit}} needs a full groom, he rolled in something nasty at {{W:Parco del Valentino}} 🤢",
            ),
            (
                "a",
                "Oh no 😂 A full groom for a large dog is {{PD:Bagno Completo Large}}, {{$:55 €}}. Tomorrow at {{TM:10:00}}?",
            ),
            (
                "c",
                "yes pls! name's [[P:Jake Morrison]], [[L:US]] cell [[T:+1 (415) 555-0186]] still works on whatsapp",
            ),
            (
                "c",
                "my partner [[P:Dani]] will drop him off, she doesn't speak much italian, she's from [[L:Manila]]",
            ),
            ("a", "No problem, [[P:Ilenia]] speaks English 😊"),
            (
                "c",
                "also can you post him? he has his own account lol [[U:instagram.com/biscuit.the.golden]]\nand tag [[P:Dani]] too, she's [[H:@dani.dlc]]",
            ),
            ("a", "We will, he's going to be famous 🐶"),
        ],
    },
    {
        "business": "pet",
        "platform": "whatsapp",
        "customer": "Luigi Bertola",
        "lang": "it",
        "start": "2025-10-14T08:05:00",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO [[P:LUIGI BERTOLA]] IL NONNO DI [[P:ELISA]] CHE MI HA DATO IL VOSTRO NUMERO",
            ),
            (
                "c",
                "IL CANE {{W:BIRBA}} HA IL PELO TUTTO ANNODATO POTETE VENIRE A CASA XCHE IO NON GUIDO PIU",
            ),
            (
                "a",
                "Buongiorno signor [[P:Luigi]]! Sì, facciamo anche toelettatura a domicilio, {{$:15 €}} in più. Dove abita?",
            ),
            (
                "c",
                "ABITO A [[L:MONCALIERI]] [[A:STRADA VALLE SAUGLIO 14]] C'È IL CANCELLO VERDE E LA CASSETTA DELLA POSTA CON SCRITTO [[P:BERTOLA]] E [[P:GIACCONE]] CHE ERA MIA MOGLIE",
            ),
            (
                "a",
                "Grazie! [[P:Ilenia]] arriva {{D:giovedì}} alle {{TM:10:30}}. Ci lascia un numero di telefono?",
            ),
            ("c", "IL NUMERO DI CASA È [[T:011 647 0392]] SE NON RISPONDO SONO NELL'ORTO"),
            ("c", "GRAZIE SIGNORINA MI SALUTI [[P:ILENIA]]"),
        ],
    },
    {
        "business": "pet",
        "platform": "telegram",
        "customer": "Amira Saleh",
        "lang": "en",
        "start": "2025-03-14T17:29:00",
        "messages": [
            (
                "c",
                "hi, my cat {{W:Cleo}} is persian and HATES baths 😾 the vet dr [[P:Ferrero]] said better grooming with sedation at a clinic?",
            ),
            (
                "a",
                "Hi! We don't sedate, but our {{PD:Gentle Cat Groom}} is done slowly in a quiet room, {{$:48 €}}. Many nervous cats are fine 🐾",
            ),
            (
                "c",
                "ok let's try. i live in [[L:San Salvario]], [[A:Via Nizza 95, 2nd floor]], can you pick her up?",
            ),
            ("a", "Yes, pick-up is {{$:8 €}} in [[L:San Salvario]]. Name for the booking?"),
            (
                "c",
                "[[P:Amira Saleh]], spelled [[P:A-M-I-R-A S-A-L-E-H]] lol last time someone wrote [[P:Samira]]\nemail [[E:amira.saleh[at]example[dot]com]]",
            ),
            ("c", "i'll bring you {{B:Ferrero Rocher}} if she doesn't bite anyone 😂"),
            ("a", "Deal! 😄 [[P:Ilenia]] - {{B:Pelo & Coccole}}"),
        ],
    },
    {
        "business": "pet",
        "platform": "whatsapp",
        "customer": "Fra",
        "lang": "it",
        "start": "2025-08-19T21:37:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Francesca]] la padrona di {{W:Pippo}} (il bassotto), ieri la ragazza che doveva venire nn si è presentata 😡 lui è rimasto solo tutto il giorno",
            ),
            (
                "a",
                "Ciao [[P:Francesca]], ci scusiamo tantissimo. [[P:Martina]] ha avuto un incidente in scooter e non siamo riusciti ad avvisare in tempo.",
            ),
            (
                "c",
                "ok mi dispiace x lei davvero. però voglio il rimborso dei {{$:36 €}}\nIBAN [[I:IT61 T050 3401 6330 0000 0271 828]] intestato a [[P:Francesca Mulè]]",
            ),
            ("a", "Certo, rimborso entro {{D:lunedì}}, pratica {{R:PC-0457}}. Ancora scusa."),
            (
                "c",
                "grz. la prox volta mandate [[P:Ilenia]] che {{W:pippo}} la adora, con [[P:martina]] abbaia sempre 😅",
            ),
        ],
    },
    {
        "business": "pet",
        "platform": "messenger",
        "customer": "Hannah Schmidt-Rossi",
        "lang": "en",
        "start": "2025-11-25T12:02:00",
        "messages": [
            (
                "c",
                "Hi, we need pet sitting for 2 dogs and 1 rabbit, {{D:20-27 Dec}}, we go to my parents in [[L:Hamburg]] for {{W:Christmas}}",
            ),
            (
                "c",
                "scusa scrivo anche in italiano x mio marito [[P:Paolo]] che legge la chat 😅",
                "it",
            ),
            (
                "a",
                "Ciao [[P:Hannah]]! Per due cani e un coniglio sono {{$:25 €}} a visita, due visite al giorno. Come si chiamano?",
                "it",
            ),
            (
                "c",
                "Die Hunde heißen {{W:Bruno}} und {{W:Frida}}... sorry german 😂 the dogs are {{W:Bruno}} and {{W:Frida}}, the rabbit is {{W:Rosa}}",
            ),
            (
                "c",
                "address: [[A:Via Madama Cristina 61]], CAP [[A:10126]], buzz [[P:Schmidt-Rossi]]. my mobile [[T:+49 151 2384 6610]], [[P:Paolo]]'s [[T:347/552 09 81]]",
            ),
            (
                "a",
                "Perfect, [[P:Ilenia]] will come for the key on {{D:18 Dec}}. Frohe Weihnachten! 🎄",
            ),
        ],
    },
    {
        "business": "pet",
        "platform": "instagram",
        "customer": "cami.mrt",
        "lang": "it",
        "start": "2025-06-06T18:50:00",
        "messages": [
            (
                "c",
                "ciao!! la mia amica [[P:Sofia]] ([[H:@sofi.tortora]]) mi ha parlato benissimo di voi 🥰",
            ),
            (
                "c",
                "posso prenotare la toelettatura completa x {{W:Luna}}? è una barboncina {{W:albicocca}}",
            ),
            (
                "a",
                "Ciao! Certo, {{D:sabato 14}} alle {{TM:11:00}}? Per una barboncina toy è {{$:45 €}}",
            ),
            ("c", "si! sono [[P:Camilla Moretti]], cell [[T:+39 320 445 7781]]"),
            (
                "c",
                "e se la postate taggate me [[H:@cami.mrt]] 🥹 e il mio ragazzo [[P:Tommy]] che l'ha regalata",
            ),
            ("a", "Fatto! A {{D:sabato}}, [[P:Ilenia]] 💕"),
        ],
    },
    # ------------------------------------------------------------------ bakery, custom cakes
    {
        "business": "torte",
        "platform": "whatsapp",
        "customer": "Annalisa Lorusso",
        "lang": "it",
        "start": "2025-02-10T11:18:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei ordinare una torta x il compleanno di mia figlia che fa 6 anni, tema {{PD:Frozen}} ❄️",
            ),
            (
                "c",
                "scritta: 'Buon compleanno [[P:Ludovica]]'\ncmq tutti la chiamano [[P:Ludo]], anche le maestre",
            ),
            (
                "a",
                "Buongiorno! Una {{PD:Millefoglie}} per 20 persone con decorazione {{PD:Frozen}} è {{$:65 €}}. Preferisce la scritta col nome intero?",
            ),
            (
                "c",
                "meglio '[[P:Ludo]] 6' grande coi glitter azzurri, lei si chiama {{W:Elsa}} da sola da quando ha visto il film 😂",
            ),
            (
                "c",
                "ritiro {{D:sabato}} alle {{TM:17}}, a nome [[P:Lorusso]], viene mio marito [[P:Nicola]]",
            ),
            (
                "c",
                "ah e 2 teglie di pizza {{PD:margherita}} x i bimbi, ci sarà anche la cuginetta [[P:Margherita]] che è celiaca, fate senza glutine?\nla mamma di lei è [[P:Sabrina Lorusso]] x eventuali domande [[T:347 90 12 663]]",
            ),
            (
                "a",
                "Ordine {{O:#4471}} confermato ✨ Buona festa a [[P:Ludovica]]! [[P:Mariangela]] - {{B:Fiordimiele}}",
            ),
        ],
    },
    {
        "business": "torte",
        "platform": "instagram",
        "customer": "Grace Mwangi",
        "lang": "en",
        "start": "2025-01-30T15:40:00",
        "messages": [
            (
                "c",
                "hi! we're getting married in [[L:Polignano]] in july 💍 need a 3 tier wedding cake for 90 guests",
            ),
            ("c", "on top: '[[P:Grace]] & [[P:Tommaso]]' in gold letters pls"),
            (
                "a",
                "Congratulations! Our {{PD:Torta Nuziale Tre Piani}} for 90 starts at {{$:540 €}}. Which date?",
            ),
            (
                "c",
                "{{D:19 July}}. my mother in law [[P:Nunzia]] wants one layer with {{PD:Primitivo}} wine cream lol is that a thing?",
            ),
            ("a", "It is, and it's delicious 😄 We can do a tasting first."),
            (
                "c",
                "yay. my number [[T:+254 712 408 339]] (it's from [[L:Kenya]], I'm still changing sim) or [[P:Tommaso]]'s [[T:392 117 8045]]\nhe's [[P:Tommaso Loiacono]] if you need the full name",
            ),
            ("a", "Perfect, we'll call [[P:Tommaso]] to fix the tasting. [[P:Mariangela]]"),
        ],
    },
    {
        "business": "torte",
        "platform": "whatsapp",
        "customer": "Michele",
        "lang": "it",
        "start": "2025-12-01T18:25:00",
        "messages": [
            (
                "c",
                "salve x il 50° di matrimonio dei miei nonni, [[P:Cosimo]] e [[P:Addolorata]], volevo una torta a forma di cuore per il {{D:6 dicembre}}",
            ),
            (
                "c",
                "scritta '[[P:Cosimo]] & [[P:Dora]] 50 anni insieme' la nonna la chiamano tutti [[P:Dora]]",
            ),
            (
                "a",
                "Che {{W:bello}}! È la settimana di {{W:San Nicola}} e siamo pieni, ma per i nonni si fa 😊 Cuore {{PD:Chantilly e fragole}} per 30 persone {{$:85 €}}",
            ),
            (
                "c",
                "consegna a casa loro a [[L:Modugno]] [[A:via Roma 14]] [[A:70026]], citofono [[P:Difonzo]]",
            ),
            (
                "c",
                "pagamento? bonifico o carta. io sono [[P:Michele Difonzo]], il nipote, [[T:380 2219 647]]",
            ),
            (
                "a",
                "Acconto del 30% con bonifico, il saldo alla consegna. Ordine {{O:#4619}}. Auguri ai nonni!",
            ),
        ],
    },
    {
        "business": "torte",
        "platform": "messenger",
        "customer": "Nguyen Thi Lan",
        "lang": "it",
        "start": "2025-04-09T10:33:00",
        "messages": [
            (
                "c",
                "ciao io [[P:Lan]] di [[L:vietnam]], volio torta per figlio [[P:Minh]] 10 anni, scritta 'Chúc mừng sinh nhật [[P:Minh]]'",
            ),
            (
                "a",
                "Ciao [[P:Lan]]! Certo, scriviamo esattamente così. Che gusto? Per 15 persone {{$:48 €}}",
            ),
            ("c", "cioccolato. tema calcio, squadra {{W:Bari}} lui tifa 😄"),
            (
                "c",
                "io abita [[L:Japigia]], [[A:via Caldarola 58]], marito [[P:Tuan]] viene a prendere {{D:sabato}}",
            ),
            ("c", "pago carta ora? [[C:5168 7320 4918 3564]]"),
            (
                "a",
                "Per favore non scriva il numero della carta in chat 🙏 può pagare al ritiro. Ordine {{O:#4502}}, {{D:sabato}} dopo le {{TM:16}}.",
            ),
        ],
    },
    {
        "business": "torte",
        "platform": "whatsapp",
        "customer": "Ben Hartley",
        "lang": "en",
        "start": "2025-05-27T19:48:00",
        "messages": [
            (
                "c",
                "Hiya, [[P:Ben]] here ([[P:Chiara]]'s husband), we're doing a baby shower, cake should say 'Welcome [[P:Hope]]' - yes we've picked the name 🥹",
            ),
            ("c", "we {{W:hope}} it's not too late to order for {{D:Sunday}}"),
            (
                "a",
                "Not too late! A {{PD:Naked Cake}} with berries for 25 people is {{$:70 €}}. Delivery or pick-up?",
            ),
            ("c", "delivery to my in-laws [[P:Pasquale]] and [[P:Rina]], [[A:Via Sparano]]"),
            ("c", "oops number [[A:22, 2nd floor]], buzzer says [[P:Lattarulo]]"),
            (
                "a",
                "Got it! Delivery {{D:Sunday}} {{TM:11:00}}, order {{O:#4555}}. Congratulations to you and [[P:Chiara]]! [[P:Mariangela]]",
            ),
        ],
    },
    {
        "business": "torte",
        "platform": "telegram",
        "customer": "Pamela",
        "lang": "it",
        "start": "2025-02-18T13:15:00",
        "messages": [
            (
                "c",
                "ciao, sposa qui 👰 [[P:Pamela Gentile]], io e [[P:Vito]] volevamo prenotare la degustazione x la torta nuziale",
            ),
            (
                "a",
                "{{W:Gentile}} [[P:Pamela]], con piacere! Abbiamo {{D:giovedì 6 marzo}} alle {{TM:18:30}}, costa {{$:25 €}} che poi scaliamo dall'ordine.",
            ),
            (
                "c",
                "perfetto. possiamo venire anche con mia suocera [[P:Teresa]]? vuole dire la sua su tutto 🙄",
            ),
            (
                "c",
                "segnatela come sposi [[P:Gentile]]-[[P:Laterza]], il cognome di [[P:vito]] è [[P:Laterza]]",
            ),
            (
                "c",
                "la torta la vorremmo con crema al {{PD:limoncello}} e fichi, tipo il {{PD:pasticciotto}} ma a piani 😂",
            ),
            ("a", "Si può fare! A {{D:giovedì}}, [[P:Mariangela]] - {{B:Pasticceria Fiordimiele}}"),
        ],
    },
    {
        "business": "torte",
        "platform": "instagram",
        "customer": "Olivia Bennett",
        "lang": "en",
        "start": "2025-09-09T09:20:00",
        "messages": [
            (
                "c",
                "hey! aussie here 🇦🇺 staying in [[L:Bari Vecchia]] for a week, can I order a small cake for my mate [[P:Sienna]]'s bday {{D:thursday}}?",
            ),
            ("a", "Hi! Sure, a 6-person cake is {{$:28 €}}. What should we write?"),
            ("c", "'happy 30th [[P:Siennz]]' - it's her nickname lol, and a koala if you can 🐨"),
            (
                "c",
                "we're at the {{B:B&B Corte dei Gelsi}}, room 3, can you deliver? or my number's [[T:+61 412 509 883]]",
            ),
            (
                "a",
                "We deliver in the old town, {{D:Thursday}} at {{TM:19:00}}, order {{O:#4780}}. Name for the order?",
            ),
            (
                "c",
                "[[P:Olivia Bennett]] 🙂 and the other girl in our group is [[P:Priyanka]] in case she picks up",
            ),
        ],
    },
    {
        "business": "torte",
        "platform": "whatsapp",
        "customer": "Rocco Capriati",
        "lang": "it",
        "start": "2025-04-22T17:05:00",
        "messages": [
            (
                "c",
                "salve x la prima comunione di mio figlio [[P:Gabriele]] il {{D:25 maggio}} volevo una torta con scritto '[[P:Gabriele]]' e una colomba {{W:bianca}}",
            ),
            ("c", "la madrina zia [[P:Immacolata]] vuole pagare metà lei, vi scrive lei"),
            (
                "a",
                "Buonasera! Per 50 persone la {{PD:Torta Comunione Classica}} è {{$:160 €}}. Vuole la fattura?",
            ),
            (
                "c",
                "si [[CF:CPRRCC83L21A662C]] [[P:Rocco Capriati]], [[A:via Amendola 172/D]], [[A:70126]] [[L:Bari]]",
            ),
            ("c", "mail [[E:rocco.capriati@example.it]], la zia [[P:Imma]] è [[T:333 58 20 417]]"),
            ("a", "Perfetto, ordine {{O:#4711}}. Auguri a [[P:Gabriele]]! [[P:Mariangela]]"),
        ],
    },
    # ------------------------------------------------------------------ gym and personal training
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Riccardo M",
        "lang": "it",
        "start": "2025-01-07T07:02:00",
        "messages": [
            (
                "c",
                "ciao volevo info x personal training, mi ha consigliato [[P:Dario]] un mio collega che viene da voi",
            ),
            (
                "a",
                "Ciao! Il pacchetto {{PD:PT 10 sessioni}} è {{$:490 €}}, puoi scegliere tra [[P:Nico]] e [[P:Sabrina]].",
            ),
            (
                "c",
                "[[P:Sabrina]] va bene! sono [[P:Riccardo Maggioni]], [[T:339 404 1172]]\nobiettivo perdere 10 kg prima dell'estate 😩",
            ),
            (
                "c",
                "anche mia moglie [[P:Federica]] vorrebbe fare pilates sul {{PD:Reformer}}, sua sorella [[P:Elena Radaelli]] viene già da voi",
            ),
            (
                "a",
                "Ottimo! Prima seduta con [[P:Sabrina]] {{D:giovedì 9}} alle {{TM:7:30}}. Per [[P:Federica]] c'è una lezione di prova {{D:sabato}}. [[P:Giada]] - {{B:Ferro Vivo}}",
            ),
            ("c", "top. [[P:fede]] dice ok x {{D:sabato}}"),
            (
                "c",
                "ah e la borraccia che ho ordinato dal vostro shop? ordine {{O:339 120 4478}} nn è mai arrivata",
            ),
            (
                "a",
                "Scusa [[P:Riccardo]]! È rimasta in reception, te la dà [[P:Sabrina]] {{D:giovedì}} 💪",
            ),
        ],
    },
    {
        "business": "gym",
        "platform": "instagram",
        "customer": "kofi.lifts",
        "lang": "en",
        "start": "2025-03-03T20:30:00",
        "messages": [
            (
                "c",
                "yo, I'm [[P:Kofi Mensah]], moving to [[L:Milan]] for 6 weeks for work and competing at nationals in {{W:Rimini}} in May, need a gym with calibrated plates",
            ),
            (
                "a",
                "Hey [[P:Kofi]]! We have calibrated plates and two competition racks. A 6-week {{PD:Open Pass}} is {{$:180 €}}.",
            ),
            (
                "c",
                "sick. my coach [[P:Ama Owusu]] will send the program, her ig is [[H:@coach.ama.lifts]]",
            ),
            (
                "c",
                "I'm staying in [[L:NoLo]], [[A:Via Padova]] area, so you're like 15 min by bike",
            ),
            (
                "c",
                "also check my channel if you want [[U:youtube.com/@kofimensahlifts]], I film every session",
            ),
            ("a", "Filming is fine, just not other members 😉 See you! [[P:Nico]]"),
        ],
    },
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Elena Sartori",
        "lang": "it",
        "start": "2025-08-28T12:14:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei disdire l'abbonamento {{PD:Open Annuale}}, mi trasferisco a [[L:Lugano]] x lavoro",
            ),
            ("a", "Buongiorno, ci dispiace! Ci indica nome e numero tessera?"),
            (
                "c",
                "tessera {{R:FV-20931}} intestata [[P:Elena Sartori]], cf [[CF:SRTLNE90D47F205U]]\nmi avete addebitato {{$:69 €}} anche questo mese 😕",
            ),
            (
                "a",
                "Verifichiamo subito. Se l'addebito è successivo alla richiesta glielo rimborsiamo.",
            ),
            (
                "c",
                "ok, il rimborso sul mio nuovo conto in [[L:Svizzera]] [[I:CH36 0076 7011 6238 5295 7]]",
            ),
            (
                "c",
                "e per la lettera di recesso il nuovo indirizzo è [[A:Via Nassa 17]], [[A:6900]] [[L:Lugano]]",
            ),
            (
                "a",
                "Tutto registrato, rimborso entro 10 giorni. In bocca al lupo per [[L:Lugano]]! [[P:Giada]] - reception",
            ),
        ],
    },
    {
        "business": "gym",
        "platform": "telegram",
        "customer": "Ravi S.",
        "lang": "en",
        "start": "2025-10-20T09:00:00",
        "messages": [
            (
                "c",
                "Hi, I manage a small team and want corporate memberships for 5 people. I'm [[P:Ravi Subramanian]]",
            ),
            (
                "a",
                "Hi [[P:Ravi]]! Corporate is {{$:45 €}} per person per month, minimum 5. Names please, for the cards.",
            ),
            (
                "c",
                "me, [[P:Ananya Iyer]], [[P:Pedro Alves]], [[P:Zoë Van den Berg]] and [[P:Tariq]]... surname [[P:Haddou]] I think, will confirm",
            ),
            (
                "c",
                "invoice to our German entity, VAT [[V:DE284613976]], and send it to [[E:ravi dot subramanian at example dot com]]",
            ),
            (
                "a",
                "Thanks! Cards ready {{D:Monday}}. Contract ref {{R:CORP-2025-118}}. [[P:Giada]]",
            ),
            (
                "c",
                "great. [[P:zoe]] asks if there's yoga, she came from a studio in [[L:Amsterdam]]",
            ),
            (
                "a",
                "Yes, {{PD:Vinyasa Flow}} on {{D:Tuesdays}} at {{TM:18:00}} with [[P:Sabrina]] 🧘",
            ),
        ],
    },
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Luca Fumagalli",
        "lang": "it",
        "start": "2025-09-15T18:42:00",
        "messages": [
            (
                "c",
                "ciao sono il papà di [[P:Roberto]] (lo chiamiamo tutti [[P:Bobo]]) ha 15 anni gioca negli allievi dell'{{W:Aurora}} calcio e vorrebbe fare preparazione atletica",
            ),
            (
                "a",
                "Ciao! Per gli under 18 serve la firma di un genitore e il certificato medico. [[P:Nico]] segue già alcuni ragazzi delle giovanili.",
            ),
            (
                "c",
                "perfetto il certificato ce l'ha dal dott. [[P:Colnaghi]]\nio sono [[P:Luca Fumagalli]] [[T:+39 02 4812 7730]] ufficio",
            ),
            (
                "c",
                "ah viene con lui anche il suo amico [[P:Samir]] se va bene, la mamma di [[P:samir]] è [[P:Nadia Benali]] e vi scrive lei",
            ),
            (
                "a",
                "Va benissimo, prima seduta insieme {{D:mercoledì}} alle {{TM:17:00}}. [[P:Giada]] - {{B:Ferro Vivo Training Studio}}",
            ),
            ("c", "grazie! [[P:bobo]] è gasatissimo 💪"),
        ],
    },
    {
        "business": "gym",
        "platform": "messenger",
        "customer": "Marie Dubois",
        "lang": "en",
        "start": "2025-11-11T19:27:00",
        "messages": [
            (
                "c",
                "Bonjour! je viens d'arriver à [[L:Milan]] et je cherche une salle de sport",
                "fr",
            ),
            (
                "c",
                "sorry, English: I just moved to [[L:Milan]] from [[L:Lyon]], is the trial week free? my friend [[P:Camille Lefèvre]] did it last month",
            ),
            (
                "a",
                "Bienvenue [[P:Marie]]! Yes, the trial week is free. We need your name and address for the card.",
            ),
            ("c", "[[P:Marie Dubois]], [[A:Corso Buenos Aires 45, 3rd floor]], [[A:20124]]"),
            (
                "c",
                "also I forgot my {{B:Calvin Klein}} hoodie in the changing room yesterday 😭 the {{W:grey}} one",
            ),
            ("a", "Found it! It's at reception with your name on it. [[P:Giada]]"),
        ],
    },
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Serena Colombo",
        "lang": "it",
        "start": "2025-06-24T22:10:00",
        "messages": [
            (
                "c",
                "ciao l'app {{PD:Ferro Vivo App}} nn mi fa entrare, dice 'troppi tentativi dall'IP [[IP:2001:db8:4a1c::7f2e]]'",
            ),
            ("a", "Ciao! È un blocco temporaneo di 30 minuti. Con che mail sei registrata?"),
            (
                "c",
                "[[E:serena.colombo88@example.it]]\nmi iscrivo col nuovo account? user [[H:sere_colombo88]]",
            ),
            ("a", "No, aspetta che lo sblocchiamo noi 🙏 [[P:Nico]]"),
            (
                "c",
                "ok grz. e mia sorella [[P:Giorgia]] vuole la prova gratuita, la sua mail è [[E:giorgia punto colombo chiocciola example punto it]], abita a [[L:Sesto San Giovanni]]",
            ),
            ("a", "Le scriviamo domani! A presto [[P:Serena]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(71, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
