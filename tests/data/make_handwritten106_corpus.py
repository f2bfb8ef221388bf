# ruff: noqa: E501
"""Hand-written blind test corpus no. 106 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, handle,
address, phone number and e-mail is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted here as
literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive are
marked ``{{CODE:value}}`` (see handwritten_markup.py). The six invented businesses are a retro
video-game shop with a Discord server, a climbing gym, a comic-book artist taking commissions, a
yoga-retreat organiser, a phone-repair kiosk and a chess club. Regenerate the JSONL with
``python make_handwritten106_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten106_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pixel": "Pixel Polveroso Retro Games",
    "climb": "Blocco Nove Climbing",
    "comic": "Tavole di Nina Corsaro",
    "yoga": "Respiro Lento Yoga Retreats",
    "phone": "RiparaSubito Kiosk",
    "chess": "Circolo Scacchi Torre Bianca",
}
PAGE_IDS: dict[str, str] = {
    "pixel": "706840118273645",
    "climb": "706840229384756",
    "comic": "706840330495867",
    "yoga": "706840441506978",
    "phone": "706840552617089",
    "chess": "706840663728190",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- retro games shop ----------------
    {
        "business": "pixel",
        "platform": "telegram",
        "customer": "Dario Mele",
        "lang": "it",
        "start": "2025-02-03T18:22:00",
        "messages": [
            (
                "c",
                "ciao avete ancora la cartuccia di {{PD:Zelda Ocarina of Time}} x {{PD:N64}}?? l ho vista sul discord nel canale offerte",
            ),
            (
                "a",
                "Ciao! si ce l abbiamo ancora, {{$:65 €}} con scatola e manuale. te la teniamo da parte? a che nome?",
            ),
            (
                "c",
                "si si tenetela a nome [[P:dario mele]]\nsul server sono [[H:dariusmelon#4471]] se serve",
            ),
            (
                "c",
                "se me la spedite va a [[L:Civitavecchia]] [[A:via Annibal Caro 12]] [[A:00053]] citofono [[P:Mele]]-[[P:Santoro]]",
            ),
            (
                "a",
                "Perfetto [[P:Dario]], ordine {{O:PP-20931}}, spedizione {{$:7,90 €}}, parte {{D:venerdì 14}}. [[P:Luca]] - {{B:Pixel Polveroso}}",
            ),
            (
                "c",
                "top thx 🙏 ah il mio amico [[P:Gianma]] chiede se avete {{PD:Street Fighter II}} x {{PD:SNES}} pal, lui su discord è [[H:gianmarc0_snes]]",
            ),
            (
                "a",
                "Si solo cartuccia sfusa a {{$:39 €}}, dì a [[P:Gianmarco]] di scriverci in privato sul server 👍",
            ),
        ],
    },
    {
        "business": "pixel",
        "platform": "instagram",
        "customer": "kenji.sato_retro",
        "lang": "en",
        "start": "2025-02-11T21:05:00",
        "messages": [
            (
                "c",
                "hey! do u ship to the [[L:uk]]?? im in [[L:Bristol]] and ur {{PD:Mega Drive}} bundle looks sick",
            ),
            (
                "a",
                "Hi! Yes we ship to the [[L:UK]], about {{$:24 €}} tracked. The bundle is {{$:149 €}} with {{PD:Sonic 2}} and two pads.",
            ),
            (
                "c",
                "sweet. name is [[P:Kenji Sato]], address [[A:Flat 3, 27 Cotham Brow]]\n[[L:Bristol]] [[A:BS6 6AR]]",
            ),
            (
                "c",
                "oh and my email is [[E:kenji dot sato88 at mailbox dot co dot uk]] lol sorry, typing from phone",
            ),
            ("a", "No worries [[P:Kenji]]! Can you also send a phone number for the courier?"),
            (
                "c",
                "[[T:+44 7700 918 342]]\nalso im [[H:@kenji_pixels]] on steam and [[H:KenjiSato-88]] on psn if u ever do online trades",
            ),
            (
                "a",
                "Noted, order {{O:PP-21007}}, tracking {{W:will}} be like {{TR:JJD00044412987331}}. Thanks! [[P:Marta]] from the team",
            ),
        ],
    },
    {
        "business": "pixel",
        "platform": "messenger",
        "customer": "Samira Haddad",
        "lang": "it",
        "start": "2025-03-02T10:40:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei un {{PD:Game Boy Color}} per mio figlio [[P:Youssef]] fa 9 anni il {{D:12 marzo}}, è uguale a quello che avevo io da piccola in [[L:Tunisia]] 😊",
            ),
            (
                "a",
                "Buongiorno [[P:Samira]]! Abbiamo un {{PD:Game Boy Color}} viola revisionato a {{$:89 €}}, con {{PD:Super Mario Land 2}} diventa {{$:115 €}}.",
            ),
            (
                "c",
                "si perfetto con {{PD:Mario}}\nma il mio marito [[P:Karim]] ha già pagato il bonifico sbagliato ieri, {{$:120 €}} invece di 115 potete ridare i 5 euro",
            ),
            ("c", "iban è [[I:IT64X0306909606100000117342]] intestato [[P:Haddad Karim]]"),
            (
                "a",
                "Certo, rimborsiamo i {{$:5 €}} sull IBAN che ci hai scritto entro {{D:lunedì}}. Ritiro in negozio o spedizione?",
            ),
            (
                "c",
                "spedizione x favore [[A:via Roma 8]] [[L:Sesto San Giovanni]], ma è per sorpresa quindi citofonare [[P:Benali]] la vicina 🙈",
            ),
            (
                "a",
                "Ok! Scriviamo sul pacco c/o [[P:Benali]]. Ordine {{O:PP-21118}}. Buona festa a [[P:Youssef]]! [[P:Luca]]",
            ),
        ],
    },
    {
        "business": "pixel",
        "platform": "whatsapp",
        "customer": "Fede 🎮",
        "lang": "it",
        "start": "2025-03-09T22:14:00",
        "messages": [
            (
                "c",
                "zio ciao sono [[P:fede]] quello che streamma su [[U:twitch.tv/fedeplaysretro]] vi ho taggato ieri nella live",
            ),
            ("a", "Ciao [[P:Fede]]! si abbiamo visto, grazie mille 🙌 dimmi tutto"),
            (
                "c",
                "volevo fare una collab x il torneo di {{PD:Tetris}} sul vostro discord, io porto i miei follower voi i premi\nil mio gamertag xbox è [[H:FedeTheGoblin]] e su discord [[H:fede.goblin]]",
            ),
            ("c", "cmq il mio numero x sentirci meglio [[T:347 55\n21 908]] scusa si è spezzato"),
            (
                "a",
                "Ci piace! Ti chiama [[P:Marta]] domani pomeriggio. Il torneo lo faremmo il {{D:22 marzo}} alle {{TM:21:00}}, premio un {{PD:Game Boy}} {{PD:Tetris}} edition.",
            ),
            (
                "c",
                "spaccaaa 🔥 porto anche [[P:bobo]] che è il mio cameraman, [[P:Roberto Cuzzolin]] x la liberatoria",
            ),
            ("a", "Perfetto, mandateci due righe con nome e mail x la liberatoria 👍"),
            (
                "c",
                "[[E:fedeplaysretro@gmail.com]] e quella di [[P:bobo]] è [[E:r.cuzzolin@libero.it]]",
            ),
        ],
    },
    {
        "business": "pixel",
        "platform": "telegram",
        "customer": "Miroslav Novák",
        "lang": "en",
        "start": "2025-03-15T08:03:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Miroslav]] from [[L:Czech republic]], i want buy {{PD:Donkey Kong Country}} PAL version, it is not japan one yes?",
            ),
            (
                "a",
                "Hi [[P:Miroslav]], yes it is the PAL EUR cartridge, {{$:45 €}}. We ship to [[L:Czech Republic]] for {{$:14 €}}.",
            ),
            (
                "c",
                "ok good. my adress: [[P:Miroslav Novák]], [[A:Údolní 53]], [[A:602 00]] [[L:Brno]]\nphone [[T:+420 603 118 274]]",
            ),
            ("c", "Děkuji moc! sorry czech. my telegram is [[H:@miro_novak_brno]] if problem"),
            (
                "a",
                "Thank you! Order {{O:PP-21240}} paid. Have a nice day - [[P:Luca]] from {{B:Pixel Polveroso Retro Games}}",
                "en",
            ),
        ],
    },
    {
        "business": "pixel",
        "platform": "messenger",
        "customer": "Chiara De Santis Ferri",
        "lang": "it",
        "start": "2025-04-01T15:30:00",
        "messages": [
            (
                "c",
                "salve mi serve fattura x l acquisto della {{PD:PlayStation 1}} per la ludoteca della mia associazione",
            ),
            ("a", "Salve! Certo, ci servono ragione sociale, partita IVA e indirizzo."),
            (
                "c",
                "Associazione Gioco Lento di [[P:Chiara De Santis Ferri]]\nP.IVA [[V:04127830968]]\n[[A:corso Garibaldi 140]] [[A:20121]] [[L:Milano]]",
            ),
            (
                "c",
                "si è corso garibaldi ma non quello davanti al vostro negozio eh 😅 voi siete in {{W:via Garibaldi}} a {{W:Lodi}} giusto",
            ),
            (
                "a",
                "Esatto noi siamo a {{W:Lodi}}! fattura {{R:FT-2025/0412}} inviata. Il tracking è {{TR:3471122098}} (sembra un cellulare ma è BRT 😄)",
            ),
            (
                "c",
                "ahah ok grazie, mandatela anche in copia a mio marito [[P:Ivo]] [[E:ivo.ferri@studioferri.example.it]]",
            ),
            ("a", "Fatto. Buona giornata [[P:Chiara]]! [[P:Marta]]"),
        ],
    },
    # ---------------- climbing gym ----------------
    {
        "business": "climb",
        "platform": "instagram",
        "customer": "giulia_b92",
        "lang": "it",
        "start": "2025-02-05T19:12:00",
        "messages": [
            (
                "c",
                "ciaoo vorrei prenotare una festa di compleanno x mio figlio [[P:Tommaso]] compie 8 anni 🧗",
            ),
            (
                "a",
                "Ciao! Che bello 🎉 il pacchetto festa è {{$:18 €}} a bambino, 2 ore con istruttore. Quale data?",
            ),
            (
                "c",
                "sabato {{D:15 febbraio}} pomeriggio tipo {{TM:15:30}}\nsaranno 10 bimbi, anche la cuginetta [[P:Bianca]] che ha 6 anni va bene??",
            ),
            (
                "a",
                "Dai 6 anni ok! Le scarpette le diamo noi, c è anche il muro {{W:bianca}} per i piccoli 😊 a che nome prenoto?",
            ),
            (
                "c",
                "[[P:Giulia Bertoldi]], cell [[T:340-771-2289]]\nse nn rispondo scrivete a mio marito [[P:Ste]] [[T:349 002 6613]]",
            ),
            (
                "a",
                "Prenotato! Codice {{R:FESTA-0215-B}}. A sabato, [[P:Irene]] - {{B:Blocco Nove}}",
            ),
            (
                "c",
                "graziee ❤️ ah [[P:tommi]] vuole la torta con sopra {{PD:Spider-Man}} si può portare?",
            ),
            ("a", "Certo! Portate pure torta e bibite, auguri a [[P:Tommi]] 🎂"),
        ],
    },
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Hope Adeyemi",
        "lang": "en",
        "start": "2025-02-19T07:45:00",
        "messages": [
            (
                "c",
                "hi there, its [[P:Hope]] 👋 just moved to [[L:Bologna]] from [[L:Lagos]] for my masters, is there a student membership?",
            ),
            (
                "a",
                "Hi [[P:Hope]], welcome! Student monthly is {{$:45 €}}, first entry includes a safety check with an instructor.",
            ),
            (
                "c",
                "great i {{W:hope}} i still remember how to belay lol\ncan my flatmate come too, [[P:Ngozi Okafor]]",
            ),
            (
                "c",
                "my number is the one from [[L:Nigeria]] for now [[T:+234 803 114 7752]] my local sim comes next week",
            ),
            (
                "a",
                "Sure, both welcome! Please fill the form with your email and we'll send the waiver.",
            ),
            (
                "c",
                "[[E:hope.adeyemi@unimail.example.com]] and [[P:ngozi]] is [[E:ngozi_ok@example.com]]\nwe live in [[A:via del Pratello 61]] so very close 🙂",
            ),
            ("a", "Perfect, see you Thursday at {{TM:18:00}}! [[P:Davide]] from the team"),
        ],
    },
    {
        "business": "climb",
        "platform": "messenger",
        "customer": "Marco Rinaldi",
        "lang": "it",
        "start": "2025-03-04T12:05:00",
        "messages": [
            (
                "c",
                "buongiorno x l abbonamento annuale vi mando il certificato medico del dott. [[P:Vidmar]] va bene lo stesso se è di [[L:Trieste]]?",
            ),
            (
                "a",
                "Buongiorno [[P:Marco]], certo va benissimo qualsiasi medico sportivo. Ci serve anche il codice fiscale per il tesseramento.",
            ),
            (
                "c",
                "[[CF:SPSNDR79T12H501M]] è quello di mio fratello [[P:Sandro]] che si iscrive con me\nil mio ve lo mando dopo che nn lo trovo",
            ),
            (
                "c",
                "io abito in [[A:via San Nicolò 9]] [[A:34121]] [[L:Trieste]] ma lavoro da voi vicino, tutti e due [[P:Rinaldi]]",
            ),
            (
                "a",
                "Perfetto. Annuale {{$:480 €}}, coppia {{$:860 €}}. Tessera FASI {{R:TS-88213}} per [[P:Sandro]]. [[P:Irene]]",
            ),
            (
                "c",
                "ok e si può pagare con carta al banco? ah vi mando pure il numero così mi chiamate: [[T:040 / 312 8876]]",
            ),
            ("a", "Si carta o bancomat al banco. A presto!"),
        ],
    },
    {
        "business": "climb",
        "platform": "telegram",
        "customer": "Lukas Brandt",
        "lang": "it",
        "start": "2025-03-21T16:50:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Lukas]], vengo dalla [[L:Germania]], parlo un po italiano. noi siamo in vacanza a [[L:Riva del Garda]] e vogliamo arrampicare indoor perché piove",
            ),
            (
                "a",
                "Ciao [[P:Lukas]]! Siamo aperti fino alle {{TM:22:30}}, ingresso giornaliero {{$:16 €}}, noleggio scarpette {{$:4 €}}.",
            ),
            (
                "c",
                "Super, wir sind zu dritt: ich, meine Frau [[P:Anke]] und unser Sohn [[P:Jonas]]. scusa, tedesco 😅",
                "de",
            ),
            ("c", "posso pagare prima online? mia carta [[C:4916 1234 5098 7610]]"),
            (
                "a",
                "Ti preghiamo di non mandare il numero della carta in chat! Cancellalo pure, si paga all ingresso 🙏",
            ),
            (
                "c",
                "ah ok scusa, grazie. a casa siamo a [[L:Freiburg]], [[A:Habsburgerstraße 88]], [[A:79104]] se serve fattura",
            ),
            ("a", "Non serve, vi facciamo lo scontrino. A dopo! [[P:Davide]]"),
        ],
    },
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Rosa Esposito",
        "lang": "it",
        "start": "2025-04-06T11:11:00",
        "messages": [
            (
                "c",
                "ciao nn riesco a fare login sul sito x prenotare il turno mi dice indirizzo bloccato [[IP:93.41.208.17]] che vuol dire",
            ),
            (
                "a",
                "Ciao [[P:Rosa]]! Probabilmente troppi tentativi, lo sblocchiamo noi. Con che mail sei registrata?",
            ),
            (
                "c",
                "[[E:rosa.esposito.napoli@example.it]]\nio sono [[P:Rosa]] ma anche mio fratello [[P:Ciro]] ha lo stesso problema dal pc di casa",
            ),
            ("c", "lui ha questo [[IP:2001:db8:4c1a:17::2f]] boh me l ha mandato lui"),
            (
                "a",
                "Sbloccati tutti e due ✅ intanto abbiamo in negozio le scarpette {{PD:La Sportiva}} {{W:rosa}} che cercavi, {{$:109 €}}",
            ),
            ("c", "nooo le {{PD:Solution}} {{W:rosa}} 😍 tenetemele 38 e mezzo"),
            (
                "a",
                "Tenute a nome [[P:Esposito]] fino a {{D:sabato}}. [[P:Irene]] - {{B:Blocco Nove Climbing}}",
            ),
        ],
    },
    # ---------------- comic artist ----------------
    {
        "business": "comic",
        "platform": "instagram",
        "customer": "Will Thornton",
        "lang": "en",
        "start": "2025-02-08T23:31:00",
        "messages": [
            (
                "c",
                "hi [[P:Nina]]! love ur stuff. i want a commission of my gf as a {{PD:Sailor Moon}} style warrior for our anniversary",
            ),
            (
                "a",
                "Hi! Thanks so much 💜 A full-body colour piece is {{$:120 €}}, bust {{$:70 €}}. Do you have reference pics?",
            ),
            (
                "c",
                "yes her name is [[P:Priya Raman]], she posts a lot at [[U:instagram.com/priya.raman.draws]] haha she draws too\ndont tell her pls",
            ),
            ("c", "I'm [[P:Will]] btw, [[P:Will Thornton]] for the paypal"),
            (
                "a",
                "Secret kept 🤐 Ready in about 3 weeks, before the {{D:14th of March}}. Printed copy shipped?",
            ),
            (
                "c",
                "yes pls to [[A:Flat 12, 44 Holloway Road]], [[L:London]] [[A:N7 8JL]]\nor email the file to [[E:will.thornton@example.co.uk]]",
            ),
            ("a", "Both! Order {{R:COMM-0219}}. [[P:Nina]]"),
        ],
    },
    {
        "business": "comic",
        "platform": "messenger",
        "customer": "Anna Maria Lo Bianco",
        "lang": "it",
        "start": "2025-02-22T17:20:00",
        "messages": [
            (
                "c",
                "ciao [[P:Nina]], vorrei una tavola a fumetti x i 70 anni di mio papà [[P:Felice]], lui ama {{PD:Tex}} e {{PD:Diabolik}}",
            ),
            (
                "a",
                "Ciao [[P:Anna Maria]]! Che idea bella 😊 una tavola da 6 vignette in stile {{PD:Tex}} costa {{$:180 €}}. Mi racconti un po di lui?",
            ),
            (
                "c",
                "allora lui è nato a [[L:Caltanissetta]], poi emigrato a [[L:Torino]] a 18 anni, ha lavorato in {{B:Fiat}} 40 anni\nla mamma si chiama [[P:Concetta]] ma tutti la chiamano [[P:Tina]]",
            ),
            (
                "c",
                "e alla fine metti la scritta buon compleanno e {{W:felice}} vita 😂 gli piacerebbe",
            ),
            (
                "a",
                "Adoro! Per l acconto del 50% puoi fare bonifico a [[I:IT12K0200811770000104562891]] intestato [[P:Nina Corsaro]]",
            ),
            (
                "c",
                "fatto ora, {{$:90 €}} causale tavola papà. ti mando le foto vecchie su whatsapp al [[T:+39 333 918 4410]] che è il mio",
            ),
            ("a", "Ricevuto, grazie! Bozza entro {{D:10 marzo}}."),
        ],
    },
    {
        "business": "comic",
        "platform": "telegram",
        "customer": "xX_ShadowLynx_Xx",
        "lang": "en",
        "start": "2025-03-03T02:14:00",
        "messages": [
            (
                "c",
                "yo. do u draw OCs? mine is called {{W:Aurora}}, she's a lynx knight. refs on my tiktok [[U:https://www.tiktok.com/@shadowlynx.art]]",
            ),
            ("a", "Hi! Yes I do OCs 🐾 what size and style?"),
            (
                "c",
                "full body, dark fantasy, kinda like {{PD:Berserk}}. irl name is [[P:Chen Wei]] if u need it for invoice\nu can also add me on discord [[H:shadowlynx_cw]]",
            ),
            (
                "c",
                "oh and my sister [[P:Chen Xiaoyu]] wants one too of her OC {{W:Miso}}, she's [[H:@xiaoyu.paints]] on ig",
            ),
            (
                "a",
                "Two OCs, {{$:140 €}} each, {{$:260 €}} for both. Send refs and a mail for the files.",
            ),
            ("c", "[[E:chenwei.lynx@example.com]]. paying with card ok? [[C:4532-0188-7766-5431]]"),
            (
                "a",
                "Please don't send card numbers here 🙏 I'll send you a secure payment link by email. [[P:Nina]]",
            ),
        ],
    },
    {
        "business": "comic",
        "platform": "whatsapp",
        "customer": "Paolo Ferraris",
        "lang": "it",
        "start": "2025-03-18T13:00:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Paolo]], vorrei un disegno x il matrimonio di mia sorella, gli sposi sono [[P:Giuse]] e [[P:Marta]]",
            ),
            (
                "c",
                "in lista nozze hanno messo i nomi così: [[P:Ferraris Marta]], [[P:Cannavò Giuseppe]]\nper l invito in stile fumetto",
            ),
            (
                "a",
                "Ciao [[P:Paolo]]! Un invito illustrato con i due sposi è {{$:220 €}}. Quando è il matrimonio?",
            ),
            (
                "c",
                "il {{D:26 luglio}}, giorno di {{W:Sant'Anna}}, nella chiesa di {{W:Sant'Anna}} appunto a [[L:Alba]]\ne vuole le {{PD:Ferrero Rocher}} disegnate sul tavolo 😂 sono di lì",
            ),
            ("a", "Ahah fattibilissimo! A chi spedisco la stampa definitiva?"),
            (
                "c",
                "a me [[P:Paolo Ferraris]] [[A:strada Sant'Anna 14/B]] [[A:12051]] [[L:Alba]], cel [[T:0039 347 220 1185]]",
            ),
            ("a", "Segnato tutto 👍 Ordine {{R:COMM-0330}}. [[P:Nina]]"),
        ],
    },
    {
        "business": "comic",
        "platform": "instagram",
        "customer": "Lucía Martínez Ortega",
        "lang": "it",
        "start": "2025-04-09T20:45:00",
        "messages": [
            (
                "c",
                "holaa [[P:Nina]]! scusa mio italiano nn è perfetto, io sono [[P:Lucía Martínez Ortega]], vengo dalla [[L:Spagna]] ma vivo a [[L:Bologna]] da 2 anni",
            ),
            (
                "c",
                "Quiero un retrato de mi perro y mi novio juntos, mi novio se llama [[P:Andrea]] jaja es nombre de chica en {{W:España}}",
                "es",
            ),
            ("a", "Hola [[P:Lucía]]! 😄 Ritratto doppio {{$:95 €}}. Il cane come si chiama?"),
            (
                "c",
                "{{W:Churro}} 🐶\nil disegno è regalo, mandalo a casa dei miei a [[L:Valencia]] x natale: [[A:Calle de Sueca 31, 4º B]] [[A:46006]]",
            ),
            ("c", "tel de mi madre [[T:+34 612 48 93 07]], [[P:Carmen Ortega]]"),
            (
                "a",
                "Perfetto, ordine {{R:COMM-0412}}. Te lo spedisco entro il {{D:5 dicembre}}. Un abbraccio, [[P:Nina]]",
            ),
        ],
    },
    # ---------------- yoga retreats ----------------
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Francesca Vitale",
        "lang": "it",
        "start": "2025-02-14T09:02:00",
        "messages": [
            ("c", "buongiorno, info sul ritiro di primavera in masseria, è sempre a {{W:Ostuni}}?"),
            (
                "a",
                "Buongiorno! Si, dal {{D:25 al 28 aprile}} vicino a {{W:Ostuni}}, {{$:540 €}} in camera doppia con pasti vegetariani. Ci sono ancora 4 posti.",
            ),
            (
                "c",
                "bene io parto da [[L:Bergamo]] con la mia amica [[P:Ilaria]], [[P:Ilaria Gusmeroli]], prendiamo la doppia insieme\nsiamo principianti va bene lo stesso?",
            ),
            (
                "a",
                "Assolutamente si 🙏 Per la prenotazione ci servono nome, codice fiscale e mail di entrambe.",
            ),
            (
                "c",
                "io [[P:Francesca Vitale]] [[CF:BRTGLI92M51F205O]] ops no quello è di mia cugina [[P:Giuli]] scusate 🙈 lei forse viene a maggio",
            ),
            (
                "c",
                "il mio ve lo mando stasera dal pc. mail [[E:fra.vitale chiocciola example punto it]]\n[[P:ilaria]] invece [[E:ilaria.gus@example.it]]",
            ),
            (
                "a",
                "Nessun problema, quello di [[P:Giulia]] lo cancelliamo. Prenotazione {{R:RL-APR-0917}} in attesa. [[P:Serena]] - {{B:Respiro Lento}}",
            ),
        ],
    },
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Aarav Mehta",
        "lang": "en",
        "start": "2025-02-27T14:25:00",
        "messages": [
            (
                "c",
                "Namaste! My wife [[P:Ananya]] and I are coming from [[L:Toronto]] in May and would love to join the {{PD:Ashtanga Mysore}} week",
            ),
            (
                "a",
                "Hi [[P:Aarav]]! Lovely 🙏 The {{PD:Mysore}} week is {{D:May 12-18}}, {{$:890 €}} per person all inclusive.",
            ),
            (
                "c",
                "perfect. we land in [[L:Bari]] on the 11th, can someone pick us up? my number [[T:(416) 308-7214]]\nor [[P:ananya]]'s [[T:+1 647 552 0193]]",
            ),
            (
                "a",
                "Yes, a shuttle from the airport is {{$:35 €}} each way. Our driver [[P:Cosimo]] {{W:will}} wait at arrivals with a sign.",
            ),
            (
                "c",
                "great! full names for the sign: [[P:Aarav Mehta]] and [[P:Ananya Iyer Mehta]]\nmy email for the invoice [[E:aarav.mehta@example.ca]]",
            ),
            ("c", "and we are staying 2 extra nights in [[L:Lecce]] after, any tips?"),
            (
                "a",
                "It's beautiful there, try the {{PD:pasticciotto}} 😋 Booking {{R:RL-MAY-1104}} confirmed. [[P:Serena]]",
            ),
        ],
    },
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "sere.yoga.life",
        "lang": "it",
        "start": "2025-03-07T18:00:00",
        "messages": [
            (
                "c",
                "ciao! sono insegnante di hatha anch io, mi chiamo [[P:Serena Pozzi]] (sì come la vostra [[P:Serena]] ahah) volevo proporre una collab",
            ),
            (
                "c",
                "tutti i miei link sono qui [[U:linktr.ee/sereyogalife]]\ne il canale [[U:youtube.com/@serenapozziyoga]]",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! 😄 Che coincidenza, la nostra [[P:Serena]] ti saluta. Che tipo di collab avevi in mente?",
            ),
            (
                "c",
                "un weekend a quattro mani a {{D:settembre}}, io porto la mia community, mia sorella [[P:vale]] fa la parte di meditazione",
            ),
            (
                "c",
                "su ig lei è [[H:valentina.pozzi.meditazione]] senza chiocciola perché la cambia sempre lol",
            ),
            (
                "a",
                "Ci piace molto! Scrivici una proposta a info e mettici il tuo numero, ti chiamiamo.",
            ),
            ("c", "eccolo [[T:328.441.90.76]] 🌿 grazie mille"),
        ],
    },
    {
        "business": "yoga",
        "platform": "telegram",
        "customer": "Camille Dubois",
        "lang": "en",
        "start": "2025-03-24T10:10:00",
        "messages": [
            (
                "c",
                "hello, I'm [[P:Camille]] from [[L:Lyon]], sorry my english is not great. je préfère écrire en français si possible?",
                "fr",
            ),
            (
                "a",
                "Hi [[P:Camille]]! English or Italian is better for us, un petit peu de français ok 😊 How can we help?",
            ),
            (
                "c",
                "ok english. I want to offer the june retreat to my mother [[P:Martine]] for her 60 years, she does yoga since long time",
            ),
            (
                "c",
                "she lives [[A:12 rue de la Charité]], [[A:69002]] [[L:Lyon]], can you send a gift card by post? or email [[E:martine.dubois60@example.fr]]",
            ),
            (
                "a",
                "Of course! Gift card {{R:GIFT-RL-0331}} for the {{D:June 20-23}} retreat, {{$:490 €}}. We'll post it and email a copy.",
            ),
            ("c", "merci beaucoup!! my number if problem [[T:+33 6 71 28 44 09]]"),
        ],
    },
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Giovanni Russo",
        "lang": "it",
        "start": "2025-04-12T20:30:00",
        "messages": [
            (
                "c",
                "buonasera purtroppo devo disdire il ritiro di {{D:maggio}}, mia mamma [[P:Lucia]] si è operata all anca e devo starle dietro",
            ),
            (
                "a",
                "Buonasera [[P:Giovanni]], ci dispiace molto 🙏 Auguri di pronta guarigione alla signora [[P:Lucia]]. Ti rimborsiamo l acconto di {{$:150 €}}.",
            ),
            (
                "c",
                "grazie davvero. l iban nuovo è [[I:DE47370400440532013077]], conto tedesco perché lavoro a [[L:Colonia]]\nintestato [[P:Giovanni Russo]]",
            ),
            (
                "c",
                "e cmq a dicembre spero di venire a quello di {{W:Santa Lucia}} 😅 proprio il nome di mamma",
            ),
            (
                "a",
                "Rimborso disposto, arriva in 2-3 giorni. Ti aspettiamo a dicembre! [[P:Michele]]",
            ),
            ("c", "grazie [[P:michele]], se serve il mio numero [[T:+49 1512 3384 710]]"),
        ],
    },
    # ---------------- phone repair kiosk ----------------
    {
        "business": "phone",
        "platform": "whatsapp",
        "customer": "Nadia Petrović",
        "lang": "it",
        "start": "2025-02-06T08:50:00",
        "messages": [
            ("c", "buongiorno si è rotto schermo del mio {{PD:iPhone 13}}, quanto costa cambiare?"),
            (
                "a",
                "Buongiorno! Schermo originale {{$:249 €}}, compatibile {{$:139 €}}, pronto in giornata.",
            ),
            (
                "c",
                "compatibile va bene. io sono [[P:Nadia Petrović]], lavoro al centro commerciale vicino a voi\nmio numero [[T:351 208 7743]]",
            ),
            (
                "c",
                "posso lasciarlo alle {{TM:9}} e passa a prendere mio marito [[P:Dragan]] alle {{TM:18}}? lui ha documento di [[L:Serbia]]",
            ),
            (
                "a",
                "Certo, basta che ci dia il numero della scheda {{R:RS-20250206-14}}. [[P:Kevin]] - {{B:RiparaSubito}}",
            ),
            ("c", "ok perfetto hvala 🙏 ah il codice sblocco ve lo scrivo su un foglietto ahaha"),
            ("a", "Perfetto, lo usiamo solo per il test 😄"),
        ],
    },
    {
        "business": "phone",
        "platform": "messenger",
        "customer": "Ale Costa",
        "lang": "it",
        "start": "2025-02-20T17:35:00",
        "messages": [
            (
                "c",
                "raga il mio {{PD:Galaxy S21}} nn si accende più, dentro ci sono tutte le foto di mia figlia [[P:Sofia]] 😭 si possono recuperare??",
            ),
            (
                "a",
                "Ciao! Nella maggior parte dei casi sì, diagnosi gratuita. Hai il backup su {{B:Google}}?",
            ),
            (
                "c",
                "forse, l account è [[E:ale punto costa 84 at gmail punto com]]\nmio fratello [[P:Nicola]] dice che l ultimo accesso era da [[IP:151.38.77.204]] che sarebbe casa sua boh",
            ),
            (
                "a",
                "Ok, proviamo intanto il recupero diretto. Recupero dati {{$:60 €}}, se va a buon fine.",
            ),
            (
                "c",
                "va bene pago con carta [[C:5234 9100 2211 8738]] giusto? la intestataria è mia moglie [[P:Ilenia]]",
            ),
            (
                "a",
                "Meglio di no in chat, paghi al banco col POS 👍 Scheda {{R:RS-20250220-03}}. [[P:Kevin]]",
            ),
            (
                "c",
                "ok grazie sorry\nsono [[P:Alessandro Costa]] per la scheda, tel [[T:(0039) 392 118 5503]]",
            ),
        ],
    },
    {
        "business": "phone",
        "platform": "instagram",
        "customer": "Tom Becker",
        "lang": "en",
        "start": "2025-03-11T12:12:00",
        "messages": [
            (
                "c",
                "hi!! dropped my {{PD:Pixel 8}} in the {{W:Arno}} basically 😭 water damage. do u fix that? im on vacation staying in [[L:Florence]]",
            ),
            (
                "a",
                "Hi! Yes, bring it in asap and don't charge it. Oxidation cleaning is {{$:79 €}}.",
            ),
            (
                "c",
                "ok we're at an airbnb at [[A:via dei Serragli 36]], is that close? my buddy [[P:Jake]] is gonna walk it over",
            ),
            ("a", "About 15 minutes walking. Name for the ticket?"),
            (
                "c",
                "[[P:Thomas Becker]], my [[L:US]] cell is [[T:(628) 301-7724]] but it's in the dead phone lol\nuse [[P:jake]]'s [[T:+1 312 846 0951]]",
            ),
            (
                "c",
                "oh and home address for the receipt [[A:1840 Linden Ave, Apt 5C]], [[L:Evanston]], [[L:Illinois]] [[A:60201]]",
            ),
            ("a", "Got it, ticket {{R:RS-20250311-09}}. Tell [[P:Jake]] to ask for [[P:Kevin]] 👍"),
        ],
    },
    {
        "business": "phone",
        "platform": "telegram",
        "customer": "Wang Lei",
        "lang": "it",
        "start": "2025-03-26T15:05:00",
        "messages": [
            (
                "c",
                "ciao io [[P:Wang Lei]], telefono {{PD:Xiaomi}} batteria finita subito, voi cambiare batteria?",
            ),
            ("a", "Ciao! Sì, batteria {{PD:Xiaomi Redmi Note 12}} {{$:49 €}}, 1 ora."),
            (
                "c",
                "ok. io abito [[L:Prato]], vengo sabato con mia nipote [[P:Xiaoming]] lei parla italiano meglio 😄",
            ),
            ("c", "mio wechat [[H:wanglei_prato88]], telefono [[T:389 774 0126]]"),
            ("a", "Perfetto, sabato siamo aperti {{TM:9:30}}-{{TM:19:30}}. Grazie!"),
            ("c", "grazie 谢谢. mia nipote nome italiano è [[P:Mimì]] se chiamate lei"),
        ],
    },
    {
        "business": "phone",
        "platform": "whatsapp",
        "customer": "Benedetta Carli",
        "lang": "it",
        "start": "2025-04-03T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno, per la riparazione dei 3 {{PD:iPhone 12}} dello studio mi servirebbe fattura",
            ),
            ("a", "Buongiorno, certo! Mi dà i dati?"),
            (
                "c",
                "Studio Grafico di [[P:Benedetta Carli]]\nP.IVA [[V:09587420580]]\n[[A:via Pier Capponi 7, scala B int. 7]]\n[[A:50132]] [[L:Firenze]]",
            ),
            (
                "c",
                "PEC [[E:benedetta.carli@pec.example.it]]\nse serve il codice fiscale mio è [[CF:KWLMRA88C44Z127H]] no aspetta quello è della mia collaboratrice [[P:Maria Kowalska]] 🤦‍♀️",
            ),
            (
                "a",
                "Non si preoccupi, per la fattura basta la P.IVA 😊 Fattura {{R:FT-RS-2025-118}} di {{$:417 €}} inviata in PEC.",
            ),
            ("c", "perfetto grazie. i telefoni li ritira [[P:Kowalska]] alle {{TM:13}}"),
            ("a", "Perfetto, a dopo! [[P:Sara]] - {{B:RiparaSubito Kiosk}}"),
        ],
    },
    {
        "business": "phone",
        "platform": "messenger",
        "customer": "Ibrahim Diallo",
        "lang": "it",
        "start": "2025-04-15T19:55:00",
        "messages": [
            (
                "c",
                "salve fratello, mio telefono {{PD:Samsung A14}} caduto, lo schermo tutto nero. quanto è",
            ),
            ("a", "Ciao! Schermo {{PD:Galaxy A14}} {{$:89 €}}. Puoi portarlo domani?"),
            (
                "c",
                "domani lavoro, vengo dopo le {{TM:19}}. io sono [[P:Ibrahim Diallo]] dal [[L:Senegal]], abito a [[L:Sesto Fiorentino]]",
            ),
            ("c", "numero di mio amico [[P:Moussa]] perche mio è rotto: [[T:0039 329\n660 4181]]"),
            (
                "c",
                "se non rispondo chiamate mio padrone di casa signor [[P:Bassi]] lui sa dove sto 😅 [[A:via Gramsci 212]]",
            ),
            ("a", "Va bene [[P:Ibrahim]], chiudiamo alle {{TM:19:30}}, ti aspettiamo. [[P:Sara]]"),
            ("c", "Merci, jerejef 🙏", "fr"),
        ],
    },
    # ---------------- chess club ----------------
    {
        "business": "chess",
        "platform": "messenger",
        "customer": "Roberto Gallo",
        "lang": "it",
        "start": "2025-02-10T18:18:00",
        "messages": [
            (
                "c",
                "buonasera volevo iscrivere mio figlio [[P:Matteo]] al corso bambini del sabato, ha 10 anni e gioca già un po",
            ),
            (
                "a",
                "Buonasera! Il corso base è {{$:120 €}} a trimestre, il sabato {{TM:10:00}}-{{TM:11:30}}. [[P:Matteo]] conosce già le aperture?",
            ),
            (
                "c",
                "ahah conosce solo il {{W:Gambetto di Donna}} perché ha visto la serie 😂\ngioca su lichess come [[H:matteo_gallo_2014]]",
            ),
            ("c", "io invece su chess.com sono [[H:robgallo77]] se volete sfidarmi"),
            (
                "a",
                "Perfetto! Per l iscrizione serve una mail e il numero di un genitore. [[P:Dino]] - {{B:Circolo Scacchi Torre Bianca}}",
            ),
            (
                "c",
                "[[E:roberto.gallo77@example.it]] cell [[T:339 41 22 876]]\nla mamma è [[P:Federica Conti]] ma i messaggi mandateli a me",
            ),
            ("a", "Iscrizione {{R:CS-KIDS-2025-31}} fatta, ci vediamo sabato!"),
        ],
    },
    {
        "business": "chess",
        "platform": "telegram",
        "customer": "Olena Kovalenko",
        "lang": "en",
        "start": "2025-02-25T21:40:00",
        "messages": [
            (
                "c",
                "good evening, I want to register for the rapid tournament on {{D:March 8}}. I played in club in [[L:Kharkiv]] before the war, now I live in [[L:Padova]]",
            ),
            (
                "a",
                "Good evening! Welcome 🙂 The {{W:Memorial Capablanca}} rapid is {{$:15 €}}, start at {{TM:14:30}}. Full name please?",
            ),
            (
                "c",
                "[[P:Olena Kovalenko]], spelled [[P:O-L-E-N-A K-O-V-A-L-E-N-K-O]]\nmy lichess is [[H:@olena_k_knight]]",
            ),
            (
                "c",
                "also my son [[P:Bohdan]] 13 years want to play, is possible? his telegram [[H:@bodya_chess13]]",
            ),
            ("a", "Yes, juniors are welcome at the same price. Please leave a phone for the day."),
            (
                "c",
                "[[T:+380 67 412 5590]] is my old number from [[L:Ukraine]], the new one is [[T:371 440 1289]]",
            ),
            ("a", "Registered both, see you on the 8th! [[P:Dino]]"),
        ],
    },
    {
        "business": "chess",
        "platform": "whatsapp",
        "customer": "Tiziana Marchetti",
        "lang": "it",
        "start": "2025-03-13T10:25:00",
        "messages": [
            (
                "c",
                "buongiorno sono la nonna di [[P:Leo]], volevo chiedere se il circolo fa anche lezioni private a casa",
            ),
            (
                "a",
                "Buongiorno signora! Sì, il nostro maestro [[P:Dino Ferrante]] fa lezioni a domicilio a {{$:30 €}} l ora.",
            ),
            (
                "c",
                "ah bene, [[P:leo]] è fissato dopo aver visto {{W:Carlsen}} su youtube, vuole diventare come lui 😄\nnoi stiamo a [[L:Abano Terme]]",
            ),
            (
                "c",
                "[[A:via Monte Grappa 3]], il citofono è [[P:Marchetti]]-[[P:Zhou]] perché mia figlia ha sposato un cinese bravissimo",
            ),
            (
                "a",
                "Perfetto! [[P:Dino]] può venire il mercoledì alle {{TM:17}}. Un numero per conferma?",
            ),
            (
                "c",
                "il mio fisso [[T:049 86\n69 120]] oppure il cell di mia figlia [[P:Elisa]] [[T:+39 345 009 7781]]",
            ),
            ("a", "Grazie, confermiamo mercoledì {{D:19 marzo}}. Buona giornata!"),
        ],
    },
    {
        "business": "chess",
        "platform": "instagram",
        "customer": "scacco_matto_ric",
        "lang": "it",
        "start": "2025-03-28T22:50:00",
        "messages": [
            (
                "c",
                "bella raga, sono [[P:ric]] faccio live di scacchi su [[U:twitch.tv/scaccomattoric]] e volevo streammare il vostro torneo blitz",
            ),
            (
                "a",
                "Ciao [[P:Riccardo]]! Si può fare, basta che nessun giocatore sia contrario. Quale torneo?",
            ),
            (
                "c",
                "quello del {{D:12 aprile}}, il {{W:Trofeo Kasparov}} no? magari intervisto pure qualcuno\ni vod li carico su [[U:https://youtube.com/c/ScaccoMattoRic]]",
            ),
            (
                "c",
                "vengo col mio socio [[P:Jacopo]] aka [[H:jackthebishop]] su chess.com, fa la regia",
            ),
            ("a", "Ok! Mandaci nome e cognome di tutti e due per gli accrediti."),
            (
                "c",
                "[[P:Riccardo Manfredini]] e [[P:Jacopo Sella]], mail [[E:ric.manfredini@example.com]]",
            ),
            ("a", "Accrediti {{R:PRESS-0412-1}} e {{R:PRESS-0412-2}} pronti. Ciao! [[P:Dino]]"),
        ],
    },
    {
        "business": "chess",
        "platform": "messenger",
        "customer": "Elena Moretti Zanetti",
        "lang": "it",
        "start": "2025-04-14T11:30:00",
        "messages": [
            (
                "c",
                "salve vorrei rinnovare la tessera del circolo, posso pagare con bonifico o carta?",
            ),
            (
                "a",
                "Salve! Tessera annuale {{$:60 €}}, bonifico o carta al circolo. Ci serve anche il codice fiscale per la FSI.",
            ),
            (
                "c",
                "il mio nome completo è [[P:Elena Moretti Zanetti]] e il cf ve lo detto a voce\nabito sempre a [[A:località Torre 18]], frazione [[L:Ca' Bianca]] di [[L:Chioggia]]",
            ),
            (
                "c",
                "anzi no ho cambiato, ora sono [[A:c/o Zanetti, via Nazario Sauro 5]] [[A:30015]] [[L:Chioggia]] da mia sorella [[P:Paola]]",
            ),
            (
                "a",
                "Aggiornato! Tessera {{R:FSI-2025-4471}}. Passi quando vuole, siamo in {{W:via Roma}} accanto al bar della {{W:Torre Bianca}}.",
            ),
            (
                "c",
                "perfetto grazie. e mio nipote [[P:Lorenzo]] fa il torneo {{W:Santa Lucia}} a dicembre? lui è [[H:@lollo_zanetti_chess]] su insta",
            ),
            ("a", "Sì, è già iscritto! Saluti, [[P:Dino]]"),
        ],
    },
    # ---------------- extra English conversations ----------------
    {
        "business": "pixel",
        "platform": "messenger",
        "customer": "Siobhan O'Leary",
        "lang": "en",
        "start": "2025-04-18T19:20:00",
        "messages": [
            (
                "c",
                "hiya, my nephew [[P:Cian]] is obsessed with ye on discord, he says ur the best for {{PD:PS2}} stuff. i want to surprise him for his confirmation",
            ),
            (
                "a",
                "Hi! That's so nice to hear 😊 We have a slim {{PD:PlayStation 2}} with {{PD:Crash Bandicoot}} and {{PD:Jak and Daxter}} for {{$:110 €}}.",
            ),
            (
                "c",
                "perfect!! hes [[H:cian_crashfan_09]] on the server, dont let him see lol\nship to me pls: [[P:Siobhan O'Leary]], [[A:14 Ballyhooly Road]], [[L:Cork]] [[A:T23 E6TD]]",
            ),
            (
                "c",
                "its near the {{W:Patrick's Bridge}} end if the courier gets lost, everyone knows it",
            ),
            (
                "a",
                "Ha, noted! We ship to [[L:Ireland]] for {{$:19 €}}. A phone for the courier please?",
            ),
            (
                "c",
                "[[T:+353 87 441 2096]]\nor my sister [[P:Aoife]] who is his mam [[T:087-309-5518]] but shes useless at answering 😂",
            ),
            (
                "a",
                "Order {{O:PP-21377}}, tracking {{TR:CE448120934IT}}. [[P:Luca]] - {{B:Pixel Polveroso}}",
            ),
            ("c", "ur a star. ill also follow ye on insta, im [[H:@siobhan.oleary.cork]]"),
        ],
    },
    {
        "business": "climb",
        "platform": "instagram",
        "customer": "rose_climbs",
        "lang": "en",
        "start": "2025-04-22T08:15:00",
        "messages": [
            (
                "c",
                "hey! saw you're looking for a route setter 👀 i'm [[P:Rose Kimura-Hall]], been setting for 4 yrs in [[L:Sheffield]], just moved to [[L:Trento]]",
            ),
            ("a", "Hi [[P:Rose]]! Yes we are 🙌 do you have a portfolio or some videos?"),
            (
                "c",
                "yep [[U:www.rosekimurahall.com/setting]] and clips on [[U:instagram.com/rose_climbs]]\nmy partner [[P:Dmitri Volkov]] can vouch lol he climbed all of them",
            ),
            (
                "c",
                "oh and ignore the {{W:rose}} gold holds in the pics, that was a sponsor thing with {{B:Black Diamond}}",
            ),
            (
                "a",
                "Love it. Can you send a CV to our mail and a number? [[P:Irene]] who runs the setting team will call you.",
            ),
            (
                "c",
                "sure, CV coming from [[E:rose [at] climbmail [dot] com]]\nnumber [[T:+44 (0)7911 204 638]] still the [[L:uk]] sim for now",
            ),
            ("c", "i live at [[A:via Brennero 102/3]] so i can cycle over any time"),
            ("a", "Perfect, talk soon! [[P:Davide]] - {{B:Blocco Nove}}"),
        ],
    },
    {
        "business": "chess",
        "platform": "whatsapp",
        "customer": "Mohammed Al-Rashid",
        "lang": "en",
        "start": "2025-04-25T16:00:00",
        "messages": [
            (
                "c",
                "Good afternoon. We are moving from [[L:Dubai]] to [[L:Verona]] in June for my work and my daughter [[P:Layla]] plays chess, rated around 1400",
            ),
            (
                "a",
                "Good afternoon! She'd be very welcome. Our junior group meets on Saturdays, and [[P:Dino Ferrante]] also gives online lessons.",
            ),
            (
                "c",
                "Online before we move would be ideal. She is [[H:LaylaQueenGambit]] on chess.com and [[H:@layla_r_chess]] on lichess",
            ),
            (
                "c",
                "my wife [[P:Fatima]] will handle the schedule. her email [[E:fatima.alrashid@example.ae]], mine is [[E:m.alrashid@example.ae]]",
            ),
            (
                "a",
                "Great. Lessons are {{$:30 €}} per hour on {{B:Zoom}} or {{B:Lichess}}. Which address in [[L:Verona]], to suggest the nearest venue for the tournaments?",
            ),
            (
                "c",
                "we rented at [[A:Stradone Porta Palio 41]], [[A:37122]], near {{W:Castelvecchio}}\n[[P:Layla]] asks if she can visit {{W:Juliet's balcony}} 😄",
            ),
            (
                "c",
                "my number [[T:+971 50 718 3342]]\n[[P:Al-Rashid]] with a dash, people always write it wrong",
            ),
            (
                "a",
                "Noted! First lesson {{D:May 6}} at {{TM:17:00}} Italian time, ref {{R:CS-ONL-0506}}. Welcome! [[P:Dino]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(106, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
