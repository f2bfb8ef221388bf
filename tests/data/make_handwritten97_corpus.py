# ruff: noqa: E501
"""Hand-written blind test corpus no. 97 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, every person, handle, phone,
e-mail and address invented. The checksummed identifiers (IBANs, card numbers, codici fiscali,
partite IVA) were computed once with python-stdnum / Luhn and pasted here as literals.
Markup: ``[[CODE:value]]`` marks a personal value to be removed, ``{{CODE:value}}`` a
look-alike that must survive (see handwritten_markup.py). The six invented businesses are a
retro-games shop with a Discord community, a padel club, an online knitting-wool shop, a party
magician, a barber shop and a youth football academy.
Regenerate with: ``python make_handwritten97_corpus.py`` (writes handwritten97_corpus.jsonl).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten97_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "retro": "Pixel Polveroso Retro Games",
    "padel": "Padel Club Ventiquattro",
    "lana": "Gomitolo Felice",
    "mago": "Mago Anselmo Feste & Magia",
    "barber": "Barberia Don Ciccio",
    "calcio": "Orsetti Football Academy",
}
PAGE_IDS: dict[str, str] = {
    "retro": "697750310284417",
    "padel": "697750428815093",
    "lana": "697750551902736",
    "mago": "697750604417382",
    "barber": "697750719263548",
    "calcio": "697750882104659",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- retro games shop ----------------
    {
        "business": "retro",
        "platform": "instagram",
        "customer": "tommy_gb88",
        "lang": "it",
        "start": "2025-02-03T17:12:00",
        "messages": [
            (
                "c",
                "ciao raga ho visto sul discord l annuncio x il {{PD:Game Boy Color}} giallo, è ancora disp?? nel server sono [[H:tommy_gb88]]",
            ),
            (
                "a",
                "Ciao! Sì è ancora disponibile a {{$:89€}}, te lo teniamo fino a {{D:venerdì 7}}. Come ti chiami per la prenotazione?",
            ),
            (
                "c",
                "[[P:Tommaso Ferlin]] ma tutti mi chiamano [[P:tommy]] 😅\nil cell è [[T:347 218\n9056]]",
            ),
            (
                "a",
                "Perfetto [[P:Tommaso]], prenotazione {{R:PR-2291}} a tuo nome. Passi in negozio o spediamo?",
            ),
            ("c", "spedite pls [[A:via Garibaldi 14]]"),
            ("c", "[[A:36015]] [[L:Schio]], citofono [[P:Dal Maso]] xke sto da mia nonna"),
            (
                "a",
                "Ricevuto! Parte domani con tracking {{TR:3S9021874412IT}}. Grazie da {{B:Pixel Polveroso}} 👾 - [[P:Ale]]",
            ),
            (
                "c",
                "top!! ah il mio amico [[P:gigi]] ([[H:@GigiLupo_98]] su insta) cerca {{PD:Zelda Link's Awakening}} con scatola, ve lo mando",
            ),
            (
                "c",
                "e x il gruppo discord aggiungete anche [[H:FedeNES_91]] e [[H:xX_Luigi_Xx]], sono [[P:Federico]] e [[P:Luigi Brambilla]] (si chiama davvero [[P:Luigi]] 😂 e gioca solo a {{PD:Luigi's Mansion}})",
            ),
        ],
    },
    {
        "business": "retro",
        "platform": "telegram",
        "customer": "Kenji",
        "lang": "en",
        "start": "2025-02-11T21:40:00",
        "messages": [
            (
                "c",
                "hi, do u ship to [[L:Osaka]]?? i live there since 2019. looking for {{PD:Super Mario Land 2}} cart + {{PD:Donkey Kong Country}} PAL version",
            ),
            (
                "a",
                "Hi! Yes we ship to [[L:Japan]], about {{$:32€}} with tracking. Both in stock: {{$:45€}} and {{$:38€}}. Name and address please?",
            ),
            (
                "c",
                "[[P:Kenji Watanabe-Rossi]]\n[[A:2-14-9 Tenjinbashi, Kita-ku]]\n[[A:530-0041]] [[L:Osaka]]",
            ),
            (
                "c",
                "my tg is [[H:kenji_crt]] and steam [[H:KenjiPlaysRetro]] if u want to see my collection lol",
            ),
            (
                "a",
                "Thanks [[P:Kenji]]! Order {{O:RG-48117}} created. You can pay by card on the link we send.",
            ),
            ("c", "card ok? [[C:4532 0151 1283 0366]] exp {{D:09/27}}"),
            (
                "a",
                "Please never send card numbers in chat 🙏 we deleted it, use the payment link. – [[P:Ale]]",
            ),
        ],
    },
    {
        "business": "retro",
        "platform": "messenger",
        "customer": "Giuseppina Abbate",
        "lang": "it",
        "start": "2025-03-02T10:05:00",
        "messages": [
            (
                "c",
                "Buongiorno volevo fare un regalo a mio nipote [[P:Nicolò]] x la comunione, lui gioca a {{PD:Pokémon Rosso}} mi ha detto, che mi consiglia",
            ),
            (
                "a",
                "Buongiorno signora! Abbiamo {{PD:Pokémon Blu}} originale a {{$:60€}} oppure la {{PD:Nintendo 64}} con {{PD:Mario Kart 64}}. Quanti anni ha?",
            ),
            (
                "c",
                "ha 10 anni. Il papà [[P:Salvo]] dice che lui ha il profilo discord [[H:nico.abbate#2210]] e che gli piacciono i giochi vecchi",
            ),
            ("c", "si puo pagare con bonifico? non ho la carta"),
            (
                "a",
                "Certo signora, le mando gli estremi insieme alla fattura {{R:FT-2025-0312}}. A che nome la intesto?",
            ),
            (
                "c",
                "ho fatto il bonifico dal mio conto [[I:IT81M0200805364000104587213]] intestato a [[P:Abbate Giuseppina]] {{$:100 euro}}",
            ),
            (
                "a",
                "Ricevuto signora [[P:Abbate]], grazie! Lo ritira in negozio in {{W:via Roma}} vicino alla fontana?",
            ),
            ("c", "si passa mia figlia [[P:Rosa]] sabato mattina, grazie tante"),
        ],
    },
    {
        "business": "retro",
        "platform": "whatsapp",
        "customer": "Dario",
        "lang": "it",
        "start": "2025-03-15T22:18:00",
        "messages": [
            (
                "c",
                "zio il torneo di {{PD:Street Fighter II}} di sabato si fa ancora? io e [[P:marco]] ci iscriviamo",
            ),
            (
                "a",
                "Yes! Iscrizione {{$:5€}} a testa, servono nickname e psn/xbox per la classifica online",
            ),
            (
                "c",
                "io sono [[H:DarioKen_Hadouken]] su psn, lui è [[H:MarcoBlanka77]] su xbox\ncognomi [[P:Pellegrini]] e [[P:Okafor]]",
            ),
            ("c", "ah cmq [[P:Marco Okafor]] è nigeriano ma parla itla meglio di me 😂"),
            (
                "a",
                "Iscritti 👍 codice squadra {{R:SF2-0038}}. Inizio {{TM:15:30}}. Il torneo va in streaming sul canale twitch dello shop, ok per voi?",
            ),
            ("c", "si va bene, se volete linkate il mio twitch [[U:twitch.tv/dariokenlive]]"),
            (
                "c",
                "ah il bot del server discord mi ha bannato x sbaglio, dice ip [[IP:2001:db8:3c4d:15::1a2f]] bloccato, potete sbloccarmi? li sono [[H:dario.pellegrini]]",
            ),
            (
                "a",
                "Sbloccato, l'ha fatto [[P:Simo]] che è il mod. Se ricapita scrivigli direttamente: [[H:@simo_mod_pixel]]",
            ),
            ("a", "Fatto! [[P:Ale]] e [[P:Simo]] vi aspettano 🕹️"),
        ],
    },
    {
        "business": "retro",
        "platform": "instagram",
        "customer": "lena.pixelwitch",
        "lang": "en",
        "start": "2025-04-05T14:50:00",
        "messages": [
            (
                "c",
                "hey! saw your reel with the {{PD:Sega Mega Drive}} mod. can i trade my {{PD:Sonic 3}} + {{PD:Streets of Rage}}? im [[P:Lena Müller]] from [[L:Graz]] but studying in [[L:Padova]] now",
            ),
            (
                "a",
                "Hi [[P:Lena]]! Sure, bring them to the shop, we value trades in store. What's your number so we can text you?",
            ),
            (
                "c",
                "[[T:+43 664 812 3390]] (austrian) or whatsapp on my italian one [[T:351-4402917]]",
            ),
            (
                "c",
                "oh and ich hab auch einen {{PD:Game Gear}} kaputt, repariert ihr das? sorry mixing languages haha",
            ),
            ("c", "btw on discord im [[H:lenapixelwitch]] and steam [[H:LenaMueller_AT]]"),
            (
                "a",
                "Ja! We repair {{PD:Game Gear}} screens, about {{$:40€}}. Ask for [[P:Simone]] at the counter.",
            ),
            (
                "c",
                "perfect, my flatmate [[P:Chiara]] might come instead of me, she's [[H:@chiaretta_gg]]",
            ),
            ("a", "No problem, we'll note it on ticket {{R:TRD-0455}}. See you! [[P:Simo]]"),
        ],
    },
    {
        "business": "retro",
        "platform": "telegram",
        "customer": "Wojtek",
        "lang": "en",
        "start": "2025-04-20T09:30:00",
        "messages": [
            (
                "c",
                "hello i write from [[L:Kraków]], u have {{PD:The Witcher}} big box pc version? my name [[P:Wojciech Zieliński]]",
            ),
            (
                "a",
                "Hi [[P:Wojciech]]! We have one, good condition, {{$:55€}}. Shipping to [[L:Poland]] {{$:18€}}.",
            ),
            (
                "c",
                "ok good. email for invoice [[E:wojtek.z punkt zielinski at poczta dot pl]] sorry i mean [[E:wojtek.zielinski@poczta-example.pl]]",
            ),
            (
                "c",
                "address [[A:ul. Długa 41/7]]\n[[A:31-147]] [[L:Kraków]]\nmy NIP ... no i dont have company, private",
            ),
            (
                "a",
                "Got it, order {{O:RG-48342}}. Your tracking will look like {{TR:CP884501236IT}}, we'll send it tonight.",
            ),
            (
                "c",
                "dziękuję! my brother [[P:Bartek]] also want {{PD:Gothic}} but he write u himself, he is [[H:bartekz_1999]] on steam",
            ),
        ],
    },
    # ---------------- padel club ----------------
    {
        "business": "padel",
        "platform": "whatsapp",
        "customer": "Francesca",
        "lang": "it",
        "start": "2025-01-18T08:10:00",
        "messages": [
            (
                "c",
                "ciao vorrei prenotare il campo 2 x domani {{TM:19:00}} siamo in 4\nio, [[P:Lucia]], [[P:Bea]] e [[P:Speranza]]",
            ),
            ("a", "Ciao! Campo 2 {{TM:19-20:30}} libero. A che nome?"),
            (
                "c",
                "[[P:Francesca Moretti De Angelis]], si scrive [[P:M O R E T T I]] e poi [[P:De Angelis]] staccato",
            ),
            (
                "a",
                "Ok [[P:Francesca]], prenotazione {{R:PDL-7710}}, {{$:40€}} a campo. Nel week-end ci vuole la tessera: ce l'avete tutte?",
            ),
            (
                "c",
                "io e [[P:bea]] si, [[P:Speranza]] no è di [[L:Trieste]] viene solo x il weekend\nil suo numero se serve [[T:0039 340 778 1124]]",
            ),
            (
                "a",
                "Perfetto, facciamo una tessera ospite. Ci si vede domani! [[P:Giulia]] - {{B:Padel Club Ventiquattro}}",
            ),
            ("c", "grazie!! {{W:speranza}} che nn piova 🤞"),
            (
                "c",
                "ah e [[P:Lucia]] chiede se domenica c'è posto anche x suo marito [[P:Andrea Brusadin]] e il figlio [[P:Pietro]]\nla sua mail [[E:lucia.brusadin at libero punto it]]",
            ),
            ("a", "Domenica c'è posto dalle {{TM:10:00}}, scrivo io a [[P:Lucia]] 👍"),
        ],
    },
    {
        "business": "padel",
        "platform": "instagram",
        "customer": "rahul.smash",
        "lang": "en",
        "start": "2025-02-07T18:25:00",
        "messages": [
            (
                "c",
                "hi! do you have coaching for beginners in english? me and my wife [[P:Priya]] just moved to [[L:Bologna]] from [[L:Pune]]",
            ),
            (
                "a",
                "Hi! Yes, our coach [[P:Iván]] speaks English and Spanish. Group lessons {{D:Tuesdays}} {{TM:20:00}}, {{$:15€}} per person.",
            ),
            (
                "c",
                "great. im [[P:Rahul Venkataraman]], she's [[P:Priya Nair]]. my number [[T:+91 98450 31276]] but better the italian [[T:+39 392 115 0087]]",
            ),
            (
                "a",
                "Thanks [[P:Rahul]]! For the membership we need an e-mail and codice fiscale for each.",
            ),
            (
                "c",
                "[[E:rahul.venkat@mailbox-example.com]] and CF [[CF:KHLAMD95A01Z330T]] wait thats my colleague's [[P:Ahmed]] CF from the other form sorry lol. i'll bring mine",
            ),
            (
                "a",
                "No worries, we removed it. Bring the tessera sanitaria at reception. – [[P:Giulia]]",
            ),
            (
                "c",
                "also i posted our first match on tiktok [[U:https://www.tiktok.com/@rahul.smash]] tag u 🎾",
            ),
        ],
    },
    {
        "business": "padel",
        "platform": "messenger",
        "customer": "Gianluca Serafini",
        "lang": "it",
        "start": "2025-03-09T12:00:00",
        "messages": [
            ("c", "Salve, mi serve fattura x la quota annuale aziendale, siamo 3 colleghi"),
            (
                "a",
                "Salve! Ci indichi ragione sociale, partita IVA e indirizzo della sede per cortesia.",
            ),
            (
                "c",
                "{{B:Serafini Consulenze}} di [[P:Gianluca Serafini]] P.IVA [[V:04382150961]]\n[[A:via Carlo Alberto 8, scala B int. 7]] [[A:10123]] [[L:Torino]]",
            ),
            (
                "c",
                "i colleghi sono [[P:Bruno Cattaneo]] e [[P:Ilaria Zhou]], mandate le tessere a [[E:amministrazione punto serafini chiocciola example punto it]]",
            ),
            (
                "a",
                "Perfetto, fattura {{R:FT-PDL-2025-044}} emessa, totale {{$:690€}}. Il campo coperto vicino a {{W:corso Vittorio Emanuele}} è incluso.",
            ),
            ("c", "ottimo grazie. [[P:Ilaria]] chiede se c'è il torneo di {{W:San Valentino}}"),
            ("a", "Sì, il {{D:14 febbraio}} ogni anno! Iscrizioni da [[P:Matteo]] in reception."),
        ],
    },
    {
        "business": "padel",
        "platform": "whatsapp",
        "customer": "Beto",
        "lang": "it",
        "start": "2025-04-12T19:44:00",
        "messages": [
            (
                "c",
                "hola, scusa mio italiano nn buono. io cerco pareja x jugar padel, livello medio. sono [[P:Alberto Ruiz Gallardo]] de [[L:Sevilla]]",
            ),
            (
                "a",
                "Ciao [[P:Alberto]]! Abbiamo la chat 'cerco partner' su Telegram, ti aggiungo? Dimmi il tuo username.",
            ),
            (
                "c",
                "si mi username es [[H:beto_ruizg]]\ny mi amigo [[P:Javi]] también quiere, él es [[H:@javi.padelero]]",
            ),
            (
                "a",
                "Aggiunti entrambi 👍 Le racchette {{PD:Bullpadel Vertex}} si noleggiano a {{$:3€}}.",
            ),
            ("c", "perfecto!! ahora vivo en [[A:via Santo Stefano 31]] muy cerca de voi jaja"),
            ("a", "Allora sei a due passi! Ci vediamo in club. [[P:Matteo]]"),
        ],
    },
    {
        "business": "padel",
        "platform": "telegram",
        "customer": "Olly",
        "lang": "en",
        "start": "2025-05-03T07:55:00",
        "messages": [
            (
                "c",
                "morning! lost my {{PD:Adidas Metalbone}} racket yesterday on court 4, black and orange, my name is written inside: [[P:Oliver Hartley-Brown]]",
            ),
            ("a", "Good morning! Yes, it's at reception. Who will collect it?"),
            (
                "c",
                "my partner [[P:Will]] will come around {{TM:6pm}}. or my landlord mr [[P:Caputo]] if [[P:Will]] cant",
            ),
            ("c", "[[P:will]]'s number [[T:(+44) 7700 918 442]]"),
            ("a", "Noted on lost & found ticket {{R:LF-0093}}. [[P:Giulia]] will be at the desk."),
            (
                "c",
                "cheers. if u need me im [[E:olly.hb@example.co.uk]], i'm staying at [[A:Flat 3, 27 Kingsway Court]] when i'm back in [[L:Brighton]] anyway lol {{W:will}} be back in june",
            ),
        ],
    },
    # ---------------- wool shop ----------------
    {
        "business": "lana",
        "platform": "instagram",
        "customer": "nonna.maglia",
        "lang": "it",
        "start": "2025-01-09T15:20:00",
        "messages": [
            (
                "c",
                "buonasera cara, avete la {{PD:Merino Extrafine}} colore {{W:salvia}} 10 gomitoli? devo fare il maglione x mio nipote [[P:Leonardo]]",
            ),
            (
                "a",
                "Buonasera! Sì, 10 gomitoli {{$:64€}}. Mi lascia nome e indirizzo per la spedizione?",
            ),
            (
                "c",
                "[[P:Annunziata Lo Presti]]\n[[A:contrada San Giuliano 12]]\n[[A:93100]] [[L:Caltanissetta]]",
            ),
            (
                "c",
                "ah il tel è [[T:0934.55.18.27]] casa, nn ho il cellulare, quello di mia figlia [[P:Tiziana]] è [[T:333/6610245]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Annunziata]], ordine {{O:GF-10294}}. Arriva con {{W:Poste}} in 3 giorni.",
            ),
            (
                "c",
                "grazie tesoro, mi ha detto [[P:tiziana]] che siete bravi. la pagina instagram la fa lei, è [[H:@tiziana_lopresti]]",
            ),
            ("a", "Che gentile! Saluti da {{B:Gomitolo Felice}} 🧶 [[P:Marta]]"),
        ],
    },
    {
        "business": "lana",
        "platform": "messenger",
        "customer": "Sophie Laurent",
        "lang": "en",
        "start": "2025-01-27T11:11:00",
        "messages": [
            (
                "c",
                "Bonjour! sorry my english... i want the kit {{PD:Scialle Aurora}} in {{W:rose}} and the alpaca {{PD:Nuvola}}. Livraison en [[L:France]] possible?",
            ),
            (
                "a",
                "Bonjour [[P:Sophie]]! Yes, we ship to [[L:France]], {{$:12€}}. Please send full name and address.",
            ),
            (
                "c",
                "[[P:Sophie Laurent-Ferrand]]\n[[A:14 rue des Tanneurs, Bât. C]]\n[[A:67000]] [[L:Strasbourg]]",
            ),
            (
                "c",
                "c'est pour ma fille [[P:Rose]], elle tricote depuis cet hiver. her insta is [[U:instagram.com/rose.tricote]] 😍",
            ),
            (
                "a",
                "Lovely! Order {{O:GF-10388}}, tracking {{TR:LX204417786IT}} tomorrow. Merci! [[P:Marta]]",
            ),
            (
                "c",
                "merci!! also my friend [[P:Hélène]] wants the catalogue, her mail [[E:helene.b[at]example[dot]fr]]",
            ),
            (
                "c",
                "et [[P:Rose]] a un tiktok aussi [[H:@rosetricote_]] 🥰 if any problem call me [[T:+33 6 12 44 87 09]]",
            ),
        ],
    },
    {
        "business": "lana",
        "platform": "whatsapp",
        "customer": "Bianca",
        "lang": "it",
        "start": "2025-02-19T20:30:00",
        "messages": [
            (
                "c",
                "ciaoo! sono [[P:Bianca]] del gruppo di maglia del giovedì, ordino x tutte: io, [[P:Gio]], [[P:Mirella]] e [[P:Fatima]]",
            ),
            (
                "c",
                "4 gomitoli {{PD:Drops Alpaca}} {{W:bianca}} e 4 {{W:blu notte}} + ferri {{PD:KnitPro Zing}} 4mm",
            ),
            ("a", "Ciao [[P:Bianca]]! Totale {{$:52,80€}}. Consegna a te o a ognuna?"),
            ("c", "a me x favore: [[P:Bianca Ferraro]], [[A:via Monte Grappa 9]]"),
            (
                "c",
                "[[A:20900]] [[L:Monza]], suonare [[P:Ferraro/Kassab]] (mio marito è libanese 😊)",
            ),
            ("a", "Perfetto! Ordine {{O:GF-10502}}. Il pagamento con carta o bonifico?"),
            ("c", "bonifico, ti mando la contabile da [[E:bianca.ferraro92@example.it]]"),
            (
                "c",
                "ah e [[P:fatima]] chiede se fate il corso online, lei sta a [[L:Lecco]] col bimbo piccolo [[P:Yusuf]]",
            ),
            (
                "a",
                "Sì, il corso online è su Zoom ogni {{D:martedì}}, il link lo mando a te. Un abbraccio a tutte! [[P:Marta]] - {{B:Gomitolo Felice}}",
            ),
        ],
    },
    {
        "business": "lana",
        "platform": "telegram",
        "customer": "Hannah",
        "lang": "en",
        "start": "2025-03-21T16:40:00",
        "messages": [
            (
                "c",
                "hi there! wholesale question: i run a tiny yarn shop online, [[U:www.hannahsyarnnook-example.com]] (just me). can i buy 50 skeins of {{PD:Lana Cotta Sarda}}?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Yes, wholesale from 30 skeins, 20% off. We'll need your VAT number.",
            ),
            (
                "c",
                "it's an EU one, i'm in [[L:Germany]] now: [[P:Hannah Schäfer]], [[A:Lindenstraße 42]], [[A:80331]] [[L:München]]",
            ),
            ("c", "IBAN for refunds [[I:DE89500105175407319271]]"),
            ("c", "and my USt-IdNr is [[V:DE281593741]], sole trader"),
            ("a", "Thank you! Quote {{R:Q-2025-118}} sent. Shipping via {{W:DHL}}."),
            (
                "c",
                "great!! my assistant [[P:Ngozi]] will handle it, telegram [[H:ngozi_knits]]. we're also on etsy as {{B:Nook & Needles}}",
            ),
        ],
    },
    {
        "business": "lana",
        "platform": "instagram",
        "customer": "giuse_sferruzza",
        "lang": "it",
        "start": "2025-04-28T09:02:00",
        "messages": [
            (
                "c",
                "ciao!! ho comprato il kit {{PD:Cardigan Santa Lucia}} ma nel pacco manca il {{W:rosso}} 😢 ordine {{O:GF-10877}}",
            ),
            (
                "a",
                "Ciao! Ci scusiamo tanto. Chi c'è dietro questo profilo così ti mandiamo il gomitolo mancante?",
            ),
            (
                "c",
                "[[P:Giuseppa Sferrazza]] ma [[P:Giuse]] va benissimo\nstesso indirizzo dell ordine",
            ),
            (
                "c",
                "anzi no mi sono trasferita, ora sto a [[L:Bagheria]], [[A:via Papa Giovanni XXIII 5]]",
            ),
            (
                "a",
                "Perfetto [[P:Giuse]]! Spediamo oggi, tracking {{TR:0034 5821 9937 6610}} (non è un telefono 😅).",
            ),
            (
                "c",
                "ahah grazieee, vi tagga mia cugina [[P:Rosalia]] nelle stories, è [[H:rosy.knitting]]",
            ),
        ],
    },
    # ---------------- magician ----------------
    {
        "business": "mago",
        "platform": "whatsapp",
        "customer": "Valentina",
        "lang": "it",
        "start": "2025-02-01T13:15:00",
        "messages": [
            (
                "c",
                "Ciao {{B:Mago Anselmo}}! vorrei prenotarti x la festa dei 7 anni di [[P:Edoardo]] il {{D:22 marzo}}",
            ),
            ("a", "Ciao! Il {{D:22}} sono libero al pomeriggio. Quanti bimbi e dove si fa?"),
            (
                "c",
                "circa 20 bimbi, a casa dei nonni a [[L:Castelfranco Veneto]], [[A:via dei Tigli 3/A]]",
            ),
            (
                "c",
                "il nonno si chiama [[P:Gino Bortolato]] se non trovi la casa, tel [[T:0423 490 118]]",
            ),
            (
                "a",
                "Perfetto! Spettacolo {{PD:Magia Gigante}} 1 ora {{$:180€}}, con palloncini {{$:220€}}. Acconto {{$:50€}}.",
            ),
            (
                "c",
                "palloncini si!! il mio cell [[T:+39 328 44 71 903]], sono [[P:Valentina Bortolato]] la mamma",
            ),
            ("c", "ah [[P:edo]] è fissato con {{W:Harry Potter}}, puoi fare qualcosa a tema?"),
            (
                "c",
                "dimenticavo vengono anche i cugini [[P:Mattia]] e [[P:Sofia Bortolato]] da [[L:Bassano]]",
            ),
            ("a", "Certo, porto la bacchetta! A presto 🎩 [[P:Anselmo]]"),
        ],
    },
    {
        "business": "mago",
        "platform": "messenger",
        "customer": "Mark O'Donnell",
        "lang": "en",
        "start": "2025-03-05T19:00:00",
        "messages": [
            (
                "c",
                "Hi, we're an Irish family living in [[L:Milan]], looking for a bilingual magician for our twins [[P:Aoife]] and [[P:Cian]]'s birthday",
            ),
            ("a", "Hello! I do shows in English too 🎩 Which date and how many children?"),
            (
                "c",
                "{{D:April 12th}}, around 15 kids, at our flat [[A:via Vigevano 18, 4th floor]]. buzz [[P:O'Donnell]]",
            ),
            (
                "a",
                "Great. The show is {{$:200€}}. Could you send an e-mail for the booking confirmation?",
            ),
            (
                "c",
                "[[E:mark.odonnell(at)example.ie]]. my wife [[P:Siobhán]] will pay, she's on whatsapp [[T:+353 87 442 1908]]",
            ),
            (
                "c",
                "our nanny [[P:Mariela Quispe]] will open the door, she's from [[L:Peru]], her number [[T:+39 347 660 1283]]",
            ),
            ("a", "Booked, ref {{R:MAG-0412}}. Thanks [[P:Mark]]!"),
            (
                "c",
                "brilliant. ps [[P:cian]] wants the trick from {{W:Houdini}} with the chains lol, not sure that's safe",
            ),
        ],
    },
    {
        "business": "mago",
        "platform": "instagram",
        "customer": "fede.eventi",
        "lang": "it",
        "start": "2025-03-30T10:45:00",
        "messages": [
            (
                "c",
                "ciao! organizzo eventi aziendali, cerco un mago per la cena di natale di un cliente. io sono [[P:Federica Gallo]], [[H:fede.eventi]] qui, il sito è [[U:federicagallo-eventi.it]]",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Per eventi aziendali faccio close-up ai tavoli. Quante persone?",
            ),
            (
                "c",
                "80 persone al ristorante {{W:Da Vittorio}} a [[L:Bergamo]]... non il ristorante famoso eh, un altro",
            ),
            ("a", "Ok! Per close-up 3 ore {{$:650€}} + IVA. Serve fattura a te o al cliente?"),
            ("c", "a me, ditta individuale, P.IVA [[V:07519230465]], CF [[CF:GLLFDR92C55A794K]]"),
            ("a", "Perfetto, preventivo {{R:PREV-MAG-77}} inviato. Il referente in sala chi sarà?"),
            (
                "c",
                "il maître [[P:Kwame Mensah]], te lo presento la sera stessa. mi raccomando niente trucco col coniglio 🐇 [[P:fede]]",
            ),
        ],
    },
    {
        "business": "mago",
        "platform": "telegram",
        "customer": "Lorenzo",
        "lang": "it",
        "start": "2025-05-10T21:30:00",
        "messages": [
            (
                "c",
                "buonasera, festa a sorpresa per mia moglie [[P:Felicita]], vorrei un mago che fa il trucco dell anello",
            ),
            ("a", "Buonasera! Bellissima idea. Quando e dove?"),
            (
                "c",
                "{{D:sabato 24 maggio}} {{TM:21:00}} al circolo vicino {{W:piazza Cavour}}, poi dopo andiamo a casa [[A:strada Provinciale 45 km 3,2]] [[A:località Ca' Bianca]]",
            ),
            (
                "c",
                "siamo io [[P:Lorenzo Piva]] e i suoi amici [[P:Donatella]], [[P:Ruggero]] e la [[P:Titti]]",
            ),
            ("a", "Perfetto, ci sono. Mi serve un numero per coordinarmi la sera."),
            (
                "c",
                "[[T:345 9\n02 61 77]] scusa mi è partito a capo. e mi raccomando [[P:felicita]] nn deve saperlo!",
            ),
            (
                "a",
                "Top segreto 🤫 Prenotazione {{R:MAG-0524}}. {{W:Felicità}} garantita! [[P:Anselmo]]",
            ),
        ],
    },
    {
        "business": "mago",
        "platform": "whatsapp",
        "customer": "Amira",
        "lang": "en",
        "start": "2025-06-01T14:05:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Amira El-Sayed]], we come from [[L:Alexandria]] and now live in [[L:Varese]]. my son [[P:Omar]] will be 5, do you do show for small kids?",
            ),
            ("a", "Hello [[P:Amira]]! Yes, a 40-minute show with bubbles and animals, {{$:150€}}."),
            (
                "c",
                "ok perfect. my husband [[P:Karim]] ask if you accept paypal to [[E:karim.elsayed@example.com]]",
            ),
            (
                "c",
                "or send contract to me [[E:amira.elsayed@example.com]]. my insta is [[H:@amira_bakes_va]] i make cakes 🎂",
            ),
            ("a", "Yes, PayPal is fine. Date and address?"),
            ("c", "{{D:june 21}}, at the park behind our house, [[A:via Sacco 7]] [[A:21100]]"),
            (
                "c",
                "sorry also my sister [[P:Nour]] will bring her kids [[P:Layla]] and [[P:Adam]] they speak only arabic and little italian",
            ),
            ("a", "No problem, magic needs no words ✨ See you on {{D:the 21st}}! [[P:Anselmo]]"),
        ],
    },
    # ---------------- barber ----------------
    {
        "business": "barber",
        "platform": "whatsapp",
        "customer": "Salvo",
        "lang": "it",
        "start": "2025-01-14T09:00:00",
        "messages": [
            (
                "c",
                "uè [[P:ciccio]] domani c'è posto x taglio e barba? sono [[P:Salvo]] quello della moto",
            ),
            ("a", "Ciao [[P:Salvo]]! Domani alle {{TM:17:30}} con [[P:Mimmo]], ok?"),
            (
                "c",
                "ok perfetto. porto pure mio figlio [[P:Kevin]] che vuole il taglio di {{W:Ronaldo}} 🙄",
            ),
            ("a", "Ahah va bene, due posti. Taglio + barba {{$:25€}}, bimbo {{$:12€}}."),
            (
                "c",
                "grande. ah il mio numero nuovo è [[T:392-118-4420]], il vecchio [[T:338 104 7721]] nn lo uso più",
            ),
            (
                "c",
                "e di a [[P:Mimmo]] che [[P:Turi]] il mio compare passa giovedì x la barba, il suo insta è [[U:instagram.com/turi_lamoto]]",
            ),
            ("a", "Salvato! A domani. - [[P:Ciccio]]"),
        ],
    },
    {
        "business": "barber",
        "platform": "instagram",
        "customer": "yassine.fade",
        "lang": "it",
        "start": "2025-02-22T16:10:00",
        "messages": [
            (
                "c",
                "salam fratè, fate il {{PD:low fade}} con disegno? ho visto il video di [[H:@mimmo_barber_ct]]",
            ),
            ("a", "Ciao! Sì, [[P:Mimmo]] fa i disegni, {{$:20€}}. Per quando?"),
            ("c", "sabato se c'è. sono [[P:Yassine Benali]], mio cugino [[P:Hamza]] viene pure"),
            ("c", "ah vi taggo sul mio tiktok [[H:yassine_benali04]] ho 30k follower"),
            ("c", "[[P:hamza]] paga con satispay a nome [[P:Hamza Benali]] [[T:+39 320 774 1198]]"),
            ("a", "Sabato {{TM:10:00}} e {{TM:10:40}} per voi due. Serve un numero per conferma."),
            ("c", "[[T:+39 351 2290 645]]"),
            ("a", "Confermato! Ti aspetto, [[P:Mimmo]] ✂️"),
        ],
    },
    {
        "business": "barber",
        "platform": "messenger",
        "customer": "Peter Jansen",
        "lang": "en",
        "start": "2025-03-18T12:30:00",
        "messages": [
            (
                "c",
                "hello, dutch tourist here, staying at an airbnb in [[A:via Etnea 210]] till friday. can i get a classic shave today?",
            ),
            ("a", "Hi [[P:Peter]]! Yes, {{TM:4:15 pm}} is free. Hot towel shave {{$:18€}}."),
            (
                "c",
                "excellent. my name for the booking [[P:Pieter-Jan Jansen]], people call me [[P:Peter]]. i'm from [[L:Utrecht]]",
            ),
            (
                "c",
                "my friend [[P:Daan de Vries]] wants a beard trim too. his phone [[T:+31 6 1284 7730]]",
            ),
            (
                "a",
                "Both booked 👍 We're near {{W:Piazza Università}}, the statue of {{W:Bellini}} is a good landmark.",
            ),
            (
                "c",
                "great, we will find it. can we pay with card? [[P:Daan]] only has {{B:Revolut}}",
            ),
            ("a", "Cards and {{B:Revolut}} both fine. See you! [[P:Ciccio]]"),
        ],
    },
    {
        "business": "barber",
        "platform": "telegram",
        "customer": "Andre",
        "lang": "it",
        "start": "2025-04-08T18:50:00",
        "messages": [
            (
                "c",
                "buonasera vorrei regalare un buono a mio papà [[P:Agatino]] x i 60 anni, fate gift card?",
            ),
            ("a", "Buonasera! Sì, gift card da {{$:30€}} o {{$:50€}} con il kit {{PD:Proraso}}."),
            (
                "c",
                "quella da {{$:50}}. intestata a [[P:Agatino Scuderi]]\nio sono [[P:Andrea Scuderi]] ma su telegram [[H:andre_scud]]",
            ),
            (
                "c",
                "la mando via mail? [[E:andrea.scuderi87 at gmail punto com]]\nno aspetta usa [[E:a.scuderi@example.it]] quella è vecchia",
            ),
            ("a", "Perfetto, gift card {{R:GC-0188}} inviata. Pagamento con link."),
            (
                "c",
                "ho provato col link ma mi chiede indirizzo ip o roba simile, il mio è [[IP:93.41.207.118]] se serve",
            ),
            (
                "a",
                "Non serve, tranquillo! Prova da un altro browser. Auguri a papà! ✂️ {{B:Barberia Don Ciccio}}",
            ),
        ],
    },
    {
        "business": "barber",
        "platform": "whatsapp",
        "customer": "Mattia",
        "lang": "it",
        "start": "2025-05-16T10:20:00",
        "messages": [
            (
                "c",
                "ciao! mi sposo a giugno 🤵 vorrei barba + capelli x me e 4 testimoni la mattina del {{D:14 giugno}}",
            ),
            ("a", "Auguri!! Pacchetto sposo disponibile. Nomi di tutti per il calendario?"),
            (
                "c",
                "io [[P:Mattia Lombardo]], poi [[P:Gabri]], [[P:Nello]], [[P:Fortunato]] e mio fratello [[P:Gaetano]]",
            ),
            ("c", "ah la mattina veniamo da [[L:Acireale]] dove sta la sposa [[P:Serena]]"),
            (
                "a",
                "Segnato: dalle {{TM:8:00}}, pacchetto {{PD:Sposo Deluxe}} {{$:140€}}. Acconto {{$:40€}} su IBAN.",
            ),
            (
                "c",
                "fatto bonifico da [[I:IT22K0306909606100000063715]] intestato a mia mamma [[P:Concetta Lombardo]]",
            ),
            ("a", "Ricevuto, grazie! [[P:Ciccio]] e [[P:Mimmo]] vi aspettano 💈"),
        ],
    },
    # ---------------- youth football academy ----------------
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Roberta",
        "lang": "it",
        "start": "2025-01-08T19:20:00",
        "messages": [
            (
                "c",
                "buonasera mister, vorrei iscrivere mio figlio [[P:Christian]] all'academy, è del 2015",
            ),
            (
                "a",
                "Buonasera! Per i 2015 c'è il gruppo Pulcini, allenamenti {{D:lunedì e giovedì}} {{TM:17:00}}. Ci serve modulo + certificato medico.",
            ),
            ("c", "nome completo [[P:Christian Esposito Vaccaro]], nato a [[L:Aversa]] il"),
            (
                "c",
                "scusate è partito il msg, la data la scrivo sul modulo. CF [[CF:VCCRRT88M52H501G]] no quello è mio. il suo lo porto a mano",
            ),
            ("a", "Va benissimo signora. Il certificato lo fa dal dott. [[P:Russo]] o da noi?"),
            (
                "c",
                "dalla pediatra dott.ssa [[P:Adeyemi]]. il mio numero [[T:081 503 2217]] e la mail [[E:roberta.vaccaro@example.it]]",
            ),
            (
                "c",
                "mio marito [[P:Gennaro Esposito]] lo trovate al [[T:338 55 21 907]] dopo le 18\ne [[P:Christian]] ha un fratellino [[P:Gabriele]] che vuole venire l anno prossimo",
            ),
            (
                "a",
                "Perfetto, pratica {{R:ISC-2025-031}} aperta. Quota {{$:320€}} annua. Mister [[P:Davide]]",
            ),
        ],
    },
    {
        "business": "calcio",
        "platform": "messenger",
        "customer": "Fiona Campbell",
        "lang": "en",
        "start": "2025-02-14T17:35:00",
        "messages": [
            (
                "c",
                "Hi, we're relocating from [[L:Glasgow]] to [[L:Naples]] in March. our boys [[P:Callum]] (11) and [[P:Rory]] (9) play football, any english-speaking coaches?",
            ),
            (
                "a",
                "Hello! Our coach [[P:Emeka]] speaks English, and the kids learn Italian fast 😊 Trial sessions are free.",
            ),
            (
                "c",
                "amazing. my husband [[P:Stuart]] handles the paperwork, e-mail [[E:stuart.campbell@example.co.uk]], UK mobile [[T:+44 7911 203 855]]",
            ),
            ("c", "we'll rent a flat in [[L:Posillipo]], is that far?"),
            (
                "c",
                "actually the flat is [[A:via Orazio 112]] [[A:80122]]. and [[P:rory]]'s xbox tag is [[H:RoryTheRocket09]] if the coach wants a match lol",
            ),
            (
                "a",
                "About 20 minutes. Do the boys follow any team? Here everyone supports {{W:Napoli}} 😄",
            ),
            (
                "c",
                "[[P:callum]] is {{W:Celtic}} mad lol. he watches every match of {{W:Maradona}} on youtube now",
            ),
            ("a", "Perfect fit then! Trial booked {{D:March 20}}, ref {{R:TRIAL-0088}}."),
        ],
    },
    {
        "business": "calcio",
        "platform": "instagram",
        "customer": "dani.gk01",
        "lang": "it",
        "start": "2025-03-11T20:10:00",
        "messages": [
            (
                "c",
                "ciao sono un portiere del 2009, posso fare un provino? questo è il mio canale con le parate [[U:youtube.com/@danielegk01]]",
            ),
            ("a", "Ciao! Certo. Nome, squadra attuale e numero di un genitore per favore."),
            (
                "c",
                "[[P:Daniele Kowalczyk]], gioco nella {{W:Virtus}} under 16, mio papà [[P:Tomasz]] [[T:+48 601 223 918]] ha il numero polacco",
            ),
            ("c", "e mia mamma [[P:Anna]] [[T:331 902 4466]]"),
            (
                "a",
                "Grazie [[P:Daniele]]! Provino {{D:martedì 18}} {{TM:18:30}} campo {{W:San Paolo}}. Porta i guanti!",
            ),
            (
                "c",
                "grazie milleeee ci sarò. su psn mi trovate come [[H:DaniWall_GK]] se volete giocare a {{PD:EA FC 25}} 😂",
            ),
            ("a", "Ahah vedremo! Mister [[P:Davide]] ⚽"),
        ],
    },
    {
        "business": "calcio",
        "platform": "telegram",
        "customer": "Ciro",
        "lang": "it",
        "start": "2025-04-02T08:45:00",
        "messages": [
            (
                "c",
                "mister buongiorno sono il nonno di [[P:Ciruzzo]]... [[P:Ciro Amato]] jr degli Esordienti. Sabato lo accompagna il vicino [[P:Pasquale]]",
            ),
            ("a", "Buongiorno! Va bene, ci serve il nome completo del vicino per la delega."),
            (
                "c",
                "[[P:Pasquale Iovine]], abita sopra di noi in [[A:via Manzoni 144]], [[A:80123]]",
            ),
            ("c", "il telefono di [[P:Pasquale]] [[T:(081) 764-3390]]"),
            (
                "a",
                "Delega {{R:DEL-0402}} registrata. La partita è contro la {{W:Juve Stabia}} alle {{TM:10:30}}.",
            ),
            ("c", "forza ragazzi!! saluti a mister [[P:Emeka]] da nonno [[P:Ciro]]"),
        ],
    },
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Li Wei",
        "lang": "en",
        "start": "2025-04-25T13:30:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Li Wei]], my daughter [[P:Zhang Xinyi]] want join girl team. we live [[L:Pozzuoli]]. she speak italian well, i only little",
            ),
            (
                "a",
                "Hello! Our girls team trains {{D:Wednesdays}}. We need a parent e-mail and a phone number.",
            ),
            (
                "c",
                "email [[E:liwei.family@example.cn]]\nphone [[T:+86 138 0013 7745]] or [[L:italy]] [[T:0039 389 551 2046]]",
            ),
            ("c", "she call herself [[P:Sara]] in school, classmates call her [[P:Xixi]]"),
            (
                "a",
                "Lovely. Fee {{$:280€}}, you can pay by card in the office. Coach [[P:Giorgia]] will meet you.",
            ),
            ("c", "can i pay now with card [[C:5234-5678-1234-5671]]?"),
            (
                "a",
                "Please don't send card numbers here 🙏 Pay at the office or with the secure link. Ref {{R:GIRL-0125}}.",
            ),
        ],
    },
    {
        "business": "calcio",
        "platform": "messenger",
        "customer": "Giovanni Buonocore",
        "lang": "it",
        "start": "2025-05-20T18:00:00",
        "messages": [
            (
                "c",
                "Buonasera, sponsor per le maglie: la mia ditta vorrebbe mettere il logo. [[P:Buonocore Giovanni]], [[P:Buonocore Alfonso]] soci",
            ),
            ("a", "Buonasera e grazie! Ci serve ragione sociale, P.IVA e referente."),
            (
                "c",
                "la P.IVA gliela manda il commercialista dott. [[P:Sannino]] domani. referente mio figlio [[P:Alfonso]] [[T:339.887.21.04]]",
            ),
            ("c", "i miei contatti sono tutti su [[U:linktr.ee/giovannibuonocore]]"),
            (
                "a",
                "Perfetto, preventivo sponsor {{R:SPN-2025-07}}: {{$:1.500€}} per 40 maglie {{PD:Joma Champion}}.",
            ),
            (
                "c",
                "va bene. le maglie ritirate da [[P:Alfonso]] in sede, lui ha l'ufficio a [[L:Casoria]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(97, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
