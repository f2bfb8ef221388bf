# ruff: noqa: E501
"""Hand-written blind test corpus no. 127 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
number, address, e-mail, handle and link is invented. The checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA, the German VAT number) were computed once with
python-stdnum / the Luhn algorithm and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` a look-alike that must survive.

The six invented businesses: a family doctor's private practice in Padua, a kayak rental on Lake
Garda, an online shop of Sicilian sweets, a moving company for students, a hair salon for kids in
Turin and an English tutor for teenagers.

Regenerate with ``.venv/bin/python make_handwritten127_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten127_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "medico": "Studio Medico Dott.ssa Stoppato",
    "kayak": "Remo Libero Kayak Garda",
    "dolci": "Dolci di Nonna Carmela",
    "trasloco": "MoveMate Studenti",
    "forbicine": "Le Forbicine di Ludovica",
    "tutor": "English with Mr Hobbs",
}
PAGE_IDS: dict[str, str] = {
    "medico": "728050314159201",
    "kayak": "728050482736115",
    "dolci": "728050590213348",
    "trasloco": "728050617720904",
    "forbicine": "728050733058162",
    "tutor": "728050846291577",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ medico (Padova)
    {
        "business": "medico",
        "platform": "messenger",
        "customer": "Giuliana Ferrarese",
        "lang": "it",
        "start": "2025-03-05T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:giuliana ferrarese]] volevo prenotare una visita x mia mamma [[P:Ornella]] che nn sta bene da ieri\nha febbre 38 e tosse 😷",
            ),
            (
                "a",
                "Buongiorno [[P:Giuliana]], mi dispiace per la mamma. La dott.ssa [[P:Stoppato]] ha un posto {{D:giovedì 6 marzo}} alle {{TM:10:40}}. Mi manda nome completo e codice fiscale della signora? [[P:Nadia]] - segreteria",
            ),
            ("c", "si perfetto\n[[P:Bettin Ornella]]\n[[CF:BTTRNL49C52G224G]]"),
            (
                "c",
                "ah ora abita da me in [[A:via Tiziano Aspetti 118]] [[A:35132]] [[L:Padova]], citofono [[P:Ferrarese]] secondo piano. se serve la dottoressa può venire a domicilio?",
            ),
            (
                "a",
                "Il domicilio è possibile solo il {{D:venerdì}} pomeriggio. Per domani riesce a venire in studio? Se nel weekend peggiora chiami la guardia medica. A domani, [[P:Nadia]]",
            ),
            (
                "c",
                "ok grazie mille [[P:nadia]]. la accompagna mio fratello [[P:Tommy]] xke io lavoro, il suo numero è [[T:347 218 9043]]",
            ),
            ("a", "Perfetto, annoto [[P:Tommaso]] come accompagnatore. Buona giornata!"),
        ],
    },
    {
        "business": "medico",
        "platform": "whatsapp",
        "customer": "Amina K.",
        "lang": "en",
        "start": "2025-03-10T17:40:00",
        "messages": [
            (
                "c",
                "hello, i am erasmus student at {{W:unipd}}, my friend [[P:Lukas]] told me your doctor speak english? my ear hurts since 3 days",
            ),
            (
                "a",
                "Hi! Yes, dr [[P:Stoppato]] speaks English. Are you registered with the Italian health service or do you have the EHIC card? [[P:Nadia]]",
            ),
            (
                "c",
                "i have tessera sanitaria temporary, my codice fiscale is [[CF:KHLMNA01S55Z330J]]\nmy name is [[P:Amina Khelifi]], i come from [[L:Fès]], [[L:Morocco]]",
            ),
            (
                "c",
                "sorry my english is not so good 😅 je peux écrire en français si c'est plus facile?",
                "fr",
            ),
            (
                "a",
                "Your English is fine, don't worry! {{D:Tomorrow}} at {{TM:15:20}} is free. Can you send an email for the confirmation?",
            ),
            ("c", "yes [[E:amina.khelifi01 at gmail dot com]]"),
            ("c", "and i live in the residence [[A:via Venezia 12 room 214]] if you need"),
            (
                "a",
                "Thank you [[P:Amina]], confirmed for {{D:11 March}} at {{TM:15:20}}. Please bring your documents. [[P:Nadia]] from the practice",
            ),
        ],
    },
    {
        "business": "medico",
        "platform": "messenger",
        "customer": "Giuseppe Zanon",
        "lang": "it",
        "start": "2025-03-12T07:05:00",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO [[P:ZANON GIUSEPPE]] DETTO [[P:BEPI]] VOLEVO LA RICETTA DEL {{PD:CARDIOASPIRIN}} E DEL {{PD:PANTORC}} COME SEMPRE",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Zanon]], le preparo le ricette. Gliele mando per mail o passa in studio? [[P:Nadia]]",
            ),
            (
                "c",
                "LA MAIL LA GUARDA MIA NIPOTE [[P:SILVIA]] [[E:SILVIA PUNTO ZANON CHIOCCIOLA LIBERO PUNTO IT]]",
            ),
            ("c", "OPPURE IL NUMERO DI LEI [[T:333.4471.902]]"),
            (
                "a",
                "Perfetto, mando tutto a [[E:silvia.zanon@libero.it]]. Le ricordo che la dottoressa sarà in ferie dal {{D:24}} al {{D:28 marzo}}, la sostituisce il dott. [[P:Gasparini]].",
            ),
            (
                "c",
                "GRAZIE SIGNORINA E SALUTI ALLA DOTTORESSA. IL MIO VICINO [[P:BORTOLAMI]] CHIEDE SE PRENDETE ANCORA NUOVI PAZIENTI",
            ),
            (
                "a",
                "Sì, il sig. [[P:Bortolami]] può chiamare in segreteria dalle {{TM:9:00}} alle {{TM:12:00}}. Buona giornata!",
            ),
        ],
    },
    {
        "business": "medico",
        "platform": "whatsapp",
        "customer": "fede_mazzon",
        "lang": "it",
        "start": "2025-03-18T21:30:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Fede]] la mamma di [[P:Leo]] e [[P:Gaia Mazzon]] ci servirebbe il certificato x il nuoto nn agonistico alla {{W:Rari Nantes}}",
            ),
            (
                "a",
                "Buonasera, la dottoressa fa i certificati sportivi solo per gli assistiti adulti, per i bambini deve chiedere al pediatra. Chi è il vostro pediatra?",
            ),
            (
                "c",
                "il dott [[P:Ceccon]] ma è in pensione da {{D:gennaio}} e ancora nn ci hanno assegnato nessuno 🙄",
            ),
            (
                "c",
                "io invece sono vostra paziente cmq, [[P:federica mazzon]], serve anche a me il certificato x la palestra",
            ),
            (
                "a",
                "Certo [[P:Federica]], per lei nessun problema: {{D:lunedì 24}} alle {{TM:18:10}}. Per i bimbi provi a scrivere all'ufficio scelta del pediatra. [[P:Nadia]]",
            ),
            ("c", "top grazie!! se nn riesco può passare il mio compagno [[P:Ahmed]] a ritirarlo?"),
            ("a", "Sì, con una delega firmata e copia del documento. Buona serata!"),
        ],
    },
    {
        "business": "medico",
        "platform": "telegram",
        "customer": "Marta R.",
        "lang": "it",
        "start": "2025-03-25T13:10:00",
        "messages": [
            (
                "c",
                "buongiorno x la visita privata di ieri mi serve fattura sulla mia partita iva, sono grafica freelance\n[[P:Marta Rigon]] P.IVA [[V:04827360282]]",
            ),
            ("a", "Buongiorno, certo. Ci servono anche indirizzo della sede e codice fiscale."),
            ("c", "[[CF:RGNMRT88E61G224H]] , studio in [[A:via Beato Pellegrino 45/B]]"),
            (
                "c",
                "[[A:35137]] [[L:Padova]]\nmandatela pure a [[E:marta@rigondesign.it]], se vi serve il mio sito è [[U:rigondesign.it]]",
            ),
            (
                "a",
                "Ricevuto [[P:Marta]], fattura n. {{R:FT-2025/0318}} di {{$:€ 120,00}} in invio oggi. [[P:Nadia]] - {{B:Studio Stoppato}}",
            ),
            (
                "c",
                "grazie! ah la dottoressa mi aveva detto di farmi vedere dal dermatologo dott. [[P:Adeyemi]], avete il contatto?",
            ),
            (
                "a",
                "Sì, il dott. [[P:Chukwuemeka Adeyemi]] riceve al {{W:Poliambulatorio Arcella}}, gli può scrivere a [[E:c.adeyemi[at]example[dot]it]].",
            ),
        ],
    },
    # ------------------------------------------------------------------ kayak (Lago di Garda)
    {
        "business": "kayak",
        "platform": "whatsapp",
        "customer": "Jonas Weber",
        "lang": "en",
        "start": "2025-06-14T08:30:00",
        "messages": [
            (
                "c",
                "Hi! we are 4 persons, 2 adults 2 kids ([[P:Mia]] 9 and [[P:Finn]] 12), want to rent kayaks tomorrow morning. Do you have double kayaks?",
            ),
            (
                "a",
                "Hi [[P:Jonas]]! Yes, we have 2 {{PD:tandem sit-on-top}} kayaks free from {{TM:9:00}}, {{$:€45}} each for half a day. Kids get small paddles and vests. - [[P:Tobia]]",
            ),
            (
                "c",
                "perfect. booking name [[P:Weber]], [[P:W-E-B-E-R]]. we stay at a camping in [[L:Brenzone]], can you come pick us up? 😅",
            ),
            (
                "a",
                "Sorry, no pick up, but we are 15 min by car on the {{W:Gardesana}}, near the {{W:Funivia Malcesine-Monte Baldo}}.",
            ),
            (
                "c",
                "ok. my wife [[P:Anke]] asks if we can pay with card there? and invoice for my firm please, USt-IdNr [[V:DE273849154]]. my number is [[T:+49 171 4839 2270]] ... ah you have it already lol",
            ),
            ("c", "Entschuldigung, meine Frau fragt auch: gibt es Parkplätze?", "de"),
            (
                "a",
                "Ja, wir haben Parkplätze! Card is ok. See you tomorrow [[P:Jonas]], [[P:Anke]], [[P:Mia]] and [[P:Finn]] 🛶 [[P:Tobia]]",
            ),
        ],
    },
    {
        "business": "kayak",
        "platform": "instagram",
        "customer": "giuli.tretti",
        "lang": "it",
        "start": "2025-06-20T19:02:00",
        "messages": [
            (
                "c",
                "ciaoo vi ho trovato dalla storia di [[H:@marti.bonomi]] 😍 volevo prenotare x sabato al tramonto x 6, è l'addio al nubilato della mia amica [[P:Chiara]]",
            ),
            (
                "a",
                "Ciao! Che bello 🥂 sabato {{D:21 giugno}} c'è il tour al tramonto delle {{TM:19:30}}, {{$:35€}} a testa. A che nome prenoto? [[P:Kasia]]",
            ),
            (
                "c",
                "a nome mio [[P:Giulia Tretti]]\nsiamo io [[P:chiara]] [[P:marti]] [[P:bea]] e le due sorelle di chiara [[P:Ilaria]] e [[P:Benedetta]]",
            ),
            ("c", "ah [[P:bea]] nn sa nuotare benissimo è un problema?"),
            (
                "a",
                "Nessun problema, giubbotto obbligatorio per tutte e la guida [[P:Tobia]] sta sempre vicino al gruppo. Mi lasci un numero?",
            ),
            ("c", "certo [[T:+39 340 551\n8927]]"),
            (
                "c",
                "e se volete taggarci nelle foto la sposa è [[H:@chiaraaa.vitt]] 😂 e su tiktok [[U:tiktok.com/@chiaravitt_]]",
            ),
            (
                "a",
                "Ahah perfetto! Prenotazione {{R:RL-0621-T6}} confermata. A sabato! [[P:Kasia]] - {{B:Remo Libero}}",
            ),
        ],
    },
    {
        "business": "kayak",
        "platform": "messenger",
        "customer": "Ola Wiśniewska",
        "lang": "en",
        "start": "2025-07-02T10:00:00",
        "messages": [
            ("c", "hello, i left my sunglasses in kayak n.7 yesterday, black {{B:Ray-Ban}}"),
            ("a", "Hi! Yes we found them 😎 Who should we give them to?"),
            (
                "c",
                "me [[P:Aleksandra Wiśniewska]], or my boyfriend [[P:Tomek]] comes tomorrow. we stay in a hotel in [[L:Torri del Benaco]]",
            ),
            (
                "a",
                "Cześć [[P:Ola]]! Jestem [[P:Kasia]], też z [[L:Polski]] 🙂 we can also ship them to you if you leave already",
                "pl",
            ),
            (
                "c",
                "omg super! yes we leave saturday, ship please to [[A:ul. Długa 14/3]], [[A:80-827]] [[L:Gdańsk]], [[L:Poland]]. i pay shipping",
            ),
            (
                "a",
                "Ok! Shipping is {{$:€12,90}} with {{B:GLS}}, tracking will be {{TR:6104 8823 317}}. I'll send a payment link to your email?",
            ),
            ("c", "yes [[E:ola.wisniewska93@example.com]] thx!! and thanks [[P:kasia]] 🙏"),
        ],
    },
    {
        "business": "kayak",
        "platform": "whatsapp",
        "customer": "Rocco Melchiorri",
        "lang": "it",
        "start": "2025-07-15T06:50:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rocco Melchiorri]] di {{B:Fratelli Melchiorri Serramenti}}, organizzo una giornata x i colleghi sabato {{D:26}}, siamo 14",
            ),
            (
                "a",
                "Buongiorno [[P:Rocco]]! Per 14 persone possiamo fare il giro fino a {{W:Punta San Vigilio}} con pranzo al sacco, {{$:40€}} a persona.",
            ),
            ("c", "ottimo. fattura all'azienda, p iva [[V:03195740455]]"),
            (
                "c",
                "ah un collega, [[P:Dragan Petrović]], ha problemi alla spalla, può stare in kayak doppio con [[P:Mirko]]?",
            ),
            ("a", "Certo, li mettiamo in tandem. Mi manda la lista dei nomi per l'assicurazione?"),
            (
                "c",
                "[[P:Melchiorri Rocco]], [[P:Dragan Petrović]], [[P:Mirko Tosi]], [[P:Elisa Fanton]], [[P:Samuele Tosi]], [[P:Yuki Arai]], [[P:Priya Raman]], [[P:Fabio Guerra]]\ngli altri te li manda [[P:Elisa]] che oggi è in ufficio",
            ),
            ("a", "Perfetto, grazie! Saluti, [[P:Tobia]] - {{B:Remo Libero Kayak Garda}}"),
        ],
    },
    {
        "business": "kayak",
        "platform": "telegram",
        "customer": "Hope A.",
        "lang": "en",
        "start": "2025-08-03T16:20:00",
        "messages": [
            ("c", "hey, is it windy today? we wanted to come but the app says strong {{W:Pelèr}}"),
            (
                "a",
                "Hi! Yes, strong {{W:Pelèr}} this morning, and after {{TM:14:00}} the {{W:Ora}} starts. Best window is {{TM:17:30}} to sunset.",
            ),
            (
                "c",
                "ok we come at {{TM:5.30}}. im [[P:Hope Adeyinka]] and my friend is [[P:Will]]. {{W:will}} text when we arrive",
            ),
            ("c", "my telegram is [[H:@hope_adey]] btw and [[P:Will]] is [[H:willnotwill]]"),
            (
                "a",
                "Great, see you later [[P:Hope]]! Ask for [[P:Kasia]] at the kiosk. Fingers crossed for the wind 🤞",
            ),
        ],
    },
    {
        "business": "kayak",
        "platform": "whatsapp",
        "customer": "Sergio Valle",
        "lang": "it",
        "start": "2025-08-18T20:15:00",
        "messages": [
            (
                "c",
                "buonasera ieri abbiamo noleggiato 2 {{PD:sup}} e vi abbiamo lasciato la cauzione con carta, quando la sbloccate? sono [[P:Sergio Valle]]",
            ),
            (
                "a",
                "Buonasera [[P:Sergio]], la pre-autorizzazione di {{$:€ 200}} si sblocca in 5-7 giorni lavorativi. Mi dice le ultime cifre della carta?",
            ),
            ("c", "la carta era di mia moglie [[P:Rosa]], [[C:5352-1847-0921-3644]]"),
            (
                "a",
                "Grazie, bastavano le ultime 4 🙂 tutto ok, rilasciata oggi. Se passate ancora da {{W:Malcesine}} vi aspettiamo! Ps avete lasciato un cappellino {{W:rosa}} al pontile",
            ),
            (
                "c",
                "ahah è di nostra figlia [[P:Asia]]! lo passa a prendere mio cognato [[P:Walter]] che abita a [[L:Cassone]]",
            ),
            ("a", "Perfetto, lo teniamo in cassa. Chiedete di [[P:Kasia]] 😊"),
        ],
    },
    # ------------------------------------------------------------------ dolci (online shop)
    {
        "business": "dolci",
        "platform": "instagram",
        "customer": "Emanuela Cattaneo",
        "lang": "it",
        "start": "2025-04-02T12:15:00",
        "messages": [
            (
                "c",
                "ciao!! vorrei ordinare 2 scatole di {{PD:cannoli scomposti}} e una {{PD:cassata siciliana}} x il compleanno di mio papà [[P:Gianni]] il {{D:12 aprile}}",
            ),
            (
                "a",
                "Ciao! 🎂 La {{PD:cassata}} la spediamo solo in {{W:Italia}} con corriere refrigerato. Dove va consegnata?",
            ),
            (
                "c",
                "a [[L:Bergamo]], [[A:via Borgo Palazzo 88 scala C int. 4]], la ritira mio fratello [[P:Paolo Cattaneo]] xke io lavoro",
            ),
            ("c", "[[A:24125]]\nil cel di [[P:paolo]] è [[T:0039 348 902 1176]]"),
            (
                "a",
                "Perfetto! Ordine {{O:DNC-48213}}, totale {{$:€ 64,50}}, spedizione il {{D:10 aprile}} con {{B:BRT}}. Tracking appena parte 📦 [[P:Rosaria]]",
            ),
            (
                "c",
                "grazie mille [[P:rosaria]]!! nel biglietto scrivete 'auguri papà da [[P:manu]], [[P:paolo]] e la piccola [[P:Sofi]]'",
            ),
            ("a", "Scritto! Il tracking è {{TR:084512300019876}}"),
        ],
    },
    {
        "business": "dolci",
        "platform": "whatsapp",
        "customer": "Daniel Okafor",
        "lang": "en",
        "start": "2025-04-18T09:40:00",
        "messages": [
            (
                "c",
                "hi do you ship to the [[L:UK]]? my nan is from [[L:Catania]] and misses the {{PD:paste di mandorla}}",
            ),
            (
                "a",
                "Hi! Yes, we ship to the [[L:UK]] with {{B:DHL Express}}, 3-4 days, from {{$:£18}}.",
            ),
            (
                "c",
                "amazing. it's for her 90th. send to Mrs [[P:Concetta Okafor]], [[A:Flat 2, 17 Larkhall Rise]]\n[[L:London]] [[A:SW4 6HZ]]",
            ),
            (
                "c",
                "my number [[T:+44 7700 914 382]] and email [[E:dan.okafor@example.co.uk]]. can i pay by bank transfer from [[I:GB04BARC20035378451296]]?",
            ),
            (
                "a",
                "Of course! Order {{O:DNC-48377}}: 1kg {{PD:paste di mandorla}} + a {{PD:Frutta Martorana}} box, {{$:£41.60}} total. We'll add a card, what should it say?",
            ),
            ("c", "'buon compleanno nonna, from [[P:Dan]], [[P:Ifeoma]] and baby [[P:Chidi]]' ❤️"),
            ("a", "So sweet 🥹 Done! Greetings from {{W:Sicily}}, [[P:Salvo]]"),
        ],
    },
    {
        "business": "dolci",
        "platform": "messenger",
        "customer": "Rosalia Spataro",
        "lang": "it",
        "start": "2025-05-06T11:00:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Rosalia Spataro]] ho un b&b a [[L:Noto]] e vorrei fare ordini regolari di {{PD:biscotti di mandorla}} x le colazioni",
            ),
            (
                "a",
                "Buongiorno signora [[P:Spataro]]! Per i B&B abbiamo il listino rivenditori: minimo 5 kg, {{$:€ 18/kg}}. Le serve fattura?",
            ),
            (
                "c",
                "si. {{B:B&B Villa Rosalia}} p.iva [[V:02618470039]]\nsede [[A:contrada Baravitalla snc]] [[A:96017]] [[L:Noto]]",
            ),
            ("c", "pec [[E:villarosalia@pec.example.it]]"),
            (
                "a",
                "Perfetto. Primo ordine {{O:DNC-R-0097}}, consegna {{D:venerdì 9}}. Il nostro furgone passa da {{W:Noto}} ogni venerdì quindi niente spedizione 🚐",
            ),
            ("c", "ottimo. chiedete di [[P:Concetta]] o di mio marito [[P:Turi]] se nn ci sono io"),
            ("a", "Consegna [[P:Salvo]], vi chiama prima al numero che ci date."),
            ("c", "[[T:0931 83 42 17]] fisso oppure cell di [[P:turi]] [[T:339-7781204]]"),
        ],
    },
    {
        "business": "dolci",
        "platform": "whatsapp",
        "customer": "Liwei",
        "lang": "it",
        "start": "2025-11-28T20:05:00",
        "messages": [
            (
                "c",
                "buonasera io volere comprare regalo natale per mia professoressa, cosa consiglia?",
            ),
            (
                "a",
                "Buonasera! Per Natale il più richiesto è il {{PD:Panettone al pistacchio di Bronte}}, {{$:€ 32}} 🎄",
            ),
            (
                "c",
                "ok prendo 2. mio nome [[P:Chen Liwei]], cinese, studio a [[L:Milano]] {{W:Politecnico}}",
            ),
            ("c", "indirizzo [[A:viale Romagna 62]] c/o [[P:Wang Fang]], [[A:20133]] [[L:Milano]]"),
            ("c", "pago con carta [[C:4920 1384 7561 0231]] va bene?"),
            (
                "a",
                "Gentile [[P:Liwei]], per sicurezza non scriva mai il numero della carta in chat! Le mandiamo un link di pagamento sicuro. Ordine {{O:DNC-51102}}. [[P:Rosaria]]",
            ),
            ("c", "ah scusa scusa 🙏 grazie. email [[E:chenliwei2003 (at) example.com]]"),
        ],
    },
    {
        "business": "dolci",
        "platform": "telegram",
        "customer": "Pippo",
        "lang": "it",
        "start": "2025-12-10T18:30:00",
        "messages": [
            ("c", "ciao il pacco {{O:DNC-51388}} è arrivato con il {{PD:torrone}} tutto rotto 😡"),
            ("a", "Ci dispiace tanto! Ci manda una foto? Con chi parlo?"),
            (
                "c",
                "[[P:Filippo Ragusa]] ma tutti mi chiamano [[P:Pippo]]. la foto ve la mando qui su telegram, sono [[H:pippo_rgs]]",
            ),
            (
                "c",
                "l'ha ritirato la vicina sig.ra [[P:Delbello]] xke il corriere [[P:Gianmarco]] nn ha aspettato 2 minuti",
            ),
            (
                "a",
                "Capito, lo segnalo a {{B:SDA}}. Le rispediamo il {{PD:torrone}} gratis, stesso indirizzo di [[L:Monza]]? [[P:Salvo]]",
            ),
            (
                "c",
                "no mandatelo al lavoro: [[A:via Lecco 14]], [[A:20871]] [[L:Vimercate]], c/o ufficio {{B:Tecnoplast}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ trasloco (students)
    {
        "business": "trasloco",
        "platform": "whatsapp",
        "customer": "Sara Mazzucato",
        "lang": "it",
        "start": "2025-08-25T10:00:00",
        "messages": [
            (
                "c",
                "ciao devo traslocare da [[L:Treviso]] a [[L:Bologna]] x l'uni, ho tipo 10 scatoloni una scrivania e la bici",
            ),
            (
                "a",
                "Ciao! Certo, il furgone {{PD:Small}} va benissimo: {{$:€ 230}} tutto compreso. Che data?",
            ),
            (
                "c",
                "{{D:sabato 13 settembre}}, partenza da [[A:via Sant'Antonino 201]], [[A:31100]] [[L:Treviso]]",
            ),
            (
                "c",
                "arrivo a [[L:Bologna]] in [[A:via Mascarella 37 int. 9]], [[A:40126]], 3 piano senza ascensore 😭 citofono [[P:Garofalo]]/[[P:Mazzucato]]",
            ),
            (
                "a",
                "Niente paura, mandiamo [[P:Omar]] e [[P:Ivan]] che sono dei treni 💪 La fattura a chi?",
            ),
            ("c", "a me, [[P:Sara Mazzucato]] [[CF:MZZSRA02L49L407F]]"),
            (
                "a",
                "Perfetto [[P:Sara]], prenotazione {{R:MM-2025-0913-TV}}. Acconto di {{$:€ 50}}, ti mando i dati per il bonifico. [[P:Giada]] - {{B:MoveMate}}",
            ),
            (
                "c",
                "ok grz [[P:giada]] 🙏 ah la mia coinquilina [[P:Ludmila]] nn c'è quel giorno, le chiavi le ha la proprietaria sig.ra [[P:Garofalo]] [[T:051 6392 118]]",
            ),
        ],
    },
    {
        "business": "trasloco",
        "platform": "instagram",
        "customer": "kofi.mensah",
        "lang": "en",
        "start": "2025-09-02T14:40:00",
        "messages": [
            (
                "c",
                "yo, need to move my stuff from my room in [[L:Città Studi]] to a new flat in [[L:NoLo]], both [[L:milano]], possible this week?",
            ),
            ("a", "Hi! Sure, we have a van on {{D:Thursday}} afternoon. How many things?"),
            (
                "c",
                "a mattress, guitar, 6 boxes, {{PD:ps5}} and a small sofa lol. from [[A:via Pascoli 9]] to [[A:via Venini 41, 2nd floor apt 6]]",
            ),
            (
                "c",
                "my landlord mr [[P:Colombo]] wants the keys back by {{TM:6pm}} so we need to finish before",
            ),
            (
                "a",
                "No problem, {{TM:14:00}} start, {{$:€ 140}}. Name and phone for the driver? You can pay by card on the day.",
            ),
            (
                "c",
                "[[P:Kofi Mensah]], [[T:+233 24 418 7730]] is my [[L:ghana]] number, italian one [[T:351 209 4418]]. card is [[C:4173 0982 5647 3106]]",
            ),
            ("c", "also my gamer tag if the driver wants to play later 😂 [[H:KofiKnightGH]]"),
            (
                "a",
                "Haha noted! Booking {{R:MM-0904-MI}}. Driver [[P:Omar]] will text you. No card numbers in chat pls, he has a POS 🙂 - [[P:Giada]]",
            ),
        ],
    },
    {
        "business": "trasloco",
        "platform": "messenger",
        "customer": "Ale Brambilla",
        "lang": "it",
        "start": "2025-09-10T21:10:00",
        "messages": [
            (
                "c",
                "buonasera, mio figlio [[P:Jacopo]] inizia il {{W:Politecnico}} a [[L:Torino]] e dobbiamo portare le sue cose da [[L:Lecco]]. fate anche tratte lunghe?",
            ),
            (
                "a",
                "Buonasera! Sì, facciamo anche [[L:Lecco]]-[[L:Torino]]: {{$:€ 390}} con furgone {{PD:Medium}}.",
            ),
            (
                "c",
                "ok. lui sta in uno studentato {{B:Camplus}} in [[A:corso Castelfidardo 30/A]] [[A:10129]]",
            ),
            ("c", "ritiro invece a casa nostra [[A:località Ca' Bianca 3]], [[L:Valmadrera]]"),
            ("a", "Perfetto. Che data preferite?"),
            (
                "c",
                "{{D:20 settembre}}. x info scrivete a me o a mio marito [[P:Giorgio]]: [[E:ale.brambilla78@example.it]] / [[E:giorgio_b@example.it]]. il cell di [[P:jacopo]] è [[T:+39 366 1203 884]]",
            ),
            ("a", "Fatto, {{R:MM-0920-LC}}. Buona serata signora [[P:Brambilla]]!"),
        ],
    },
    {
        "business": "trasloco",
        "platform": "whatsapp",
        "customer": "Lucía",
        "lang": "en",
        "start": "2025-09-15T12:00:00",
        "messages": [
            ("c", "hola! sorry, I'm [[P:Lucía Fernández Ruiz]], erasmus from [[L:Valencia]]"),
            (
                "c",
                "necesito... sorry I need to move from a hostel to my room, only 2 suitcases and a bike, is it too small for you?",
            ),
            (
                "a",
                "Hi [[P:Lucía]]! Not too small at all 😊 We have the {{PD:Mini}} service, {{$:€ 60}}.",
            ),
            (
                "c",
                "perfecto! from the {{W:Ostello We_Bologna}} to [[A:via del Pratello 58]], [[A:40122]]",
            ),
            (
                "c",
                "e adesso provo in italiano: la mia amica [[P:Inés]] viene con me, lei ha il telefono italiano [[T:(+39) 327 880 1943]]",
                "it",
            ),
            (
                "a",
                "Bravissima! 👏 Allora {{D:domani}} alle {{TM:11:00}}, [[P:Omar]] vi chiama a quel numero. [[P:Giada]]",
                "it",
            ),
            (
                "c",
                "gracias!! 🙌 mi instagram es [[U:instagram.com/lucia.fdz.ruiz]] si queréis la foto del traslado jaja",
                "es",
            ),
        ],
    },
    {
        "business": "trasloco",
        "platform": "telegram",
        "customer": "Matte",
        "lang": "it",
        "start": "2025-10-01T09:15:00",
        "messages": [
            (
                "c",
                "ciao ragazzi sono [[P:Matteo Scarpa]], trasloco di ieri {{R:MM-0930-PD}}, si è rotta la lampada {{B:Artemide}} nel trasporto 😕",
            ),
            (
                "a",
                "Ciao [[P:Matteo]], ci dispiace! Mandaci una foto e l'IBAN per il rimborso ({{$:€ 85}}). [[P:Giada]]",
            ),
            (
                "c",
                "ok foto mandata. iban [[I:IT75Y0200801633000105238492]] intestato a [[P:Scarpa Matteo]]",
            ),
            (
                "c",
                "anzi scusa quello è il conto vecchio, usa questo: [[I:IT75 Q050 3411 7010 0000 0127 733]]",
            ),
            (
                "a",
                "Perfetto, bonifico disposto. Il tuo coinquilino [[P:Dario]] ci ha detto che manca anche una sedia?",
            ),
            ("c", "si ma è sua quella, scrivetegli voi su telegram [[H:@dario_lvr]] 😂"),
        ],
    },
    # ------------------------------------------------------------------ forbicine (Torino)
    {
        "business": "forbicine",
        "platform": "whatsapp",
        "customer": "Giulia Rossotto",
        "lang": "it",
        "start": "2025-02-03T15:30:00",
        "messages": [
            (
                "c",
                "ciao [[P:ludovica]]! vorrei prenotare un taglio x i miei gemelli [[P:Pietro]] e [[P:Bianca]] di 4 anni",
            ),
            (
                "a",
                "Ciao! Che belli i gemelli 😍 {{D:sabato 8}} alle {{TM:10:00}} ho due poltroncine libere, {{$:€ 18}} a bimbo. Il nome della mamma?",
            ),
            (
                "c",
                "[[P:Giulia Rossotto]]. [[P:bianca]] ha i capelli lunghissimi e nn vuole tagliarli, solo le punte, [[P:piero]] invece vuole il taglio di {{W:Spiderman}} 🕷️",
            ),
            ("c", "ah e il papà [[P:Fabrizio]] chiede se avete le ciocche finte {{W:rosa}} lol"),
            (
                "a",
                "Sì, abbiamo le {{PD:ciocche clip-on}} {{W:rosa}} e {{W:azzurre}}! A sabato, [[P:Ludo]]",
            ),
            ("c", "grazie! siamo in [[L:San Salvario]] quindi veniamo a piedi"),
        ],
    },
    {
        "business": "forbicine",
        "platform": "instagram",
        "customer": "marghe.tv",
        "lang": "it",
        "start": "2025-02-11T20:40:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Margherita]] ([[H:@marghe.tv]] su ig) mamma di [[P:Greta]] e [[P:Tommy]], vorrei proporvi una collab 💕",
            ),
            ("a", "Ciao [[P:Margherita]]! Piacere, ci interessa! Che tipo di contenuto?"),
            (
                "c",
                "un reel del primo taglio di [[P:tommy]], ho un canale youtube [[U:youtube.com/@margheritaemami]] e un blog [[U:https://www.lamammamarghe.it]]",
            ),
            ("a", "Fantastico. Ti mando la nostra proposta per mail?"),
            (
                "c",
                "si [[E:marghe punto tv chiocciola gmail punto com]], oppure al mio manager [[P:Ilyas]] [[E:ilyas.moh@example.it]]",
            ),
            (
                "a",
                "Perfetto! Ti scrivo entro {{D:venerdì}}. [[P:Ludovica]] - {{B:Le Forbicine di Ludovica}}",
            ),
            ("c", "top!! stasera {{PD:pizza margherita}} per festeggiare 🍕😂"),
        ],
    },
    {
        "business": "forbicine",
        "platform": "messenger",
        "customer": "Nadia Hussain",
        "lang": "en",
        "start": "2025-03-01T11:11:00",
        "messages": [
            (
                "c",
                "Hello, do you cut curly afro hair for kids? my daughter [[P:Amara]] is 6, we just moved to [[L:Turin]] from [[L:Leeds]] and the last salon had no idea how to handle it",
            ),
            (
                "a",
                "Hello! Yes of course, our stylist [[P:Fatou]] specialises in curly hair 🌸 She works {{D:Tuesday}} and {{D:Saturday}}.",
            ),
            (
                "c",
                "Amazing! Saturday morning please. I'm [[P:Nadia Hussain]], mobile [[T:+44 (0)7911 238 405]], I still have my [[L:UK]] number",
            ),
            (
                "a",
                "Booked for Saturday at {{TM:9:30}}, ref {{R:FL-0301}}. Anything we should know?",
            ),
            (
                "c",
                "she's a bit scared after a bad experience. she loves {{W:Frozen}} though, so if [[P:Fatou]] can talk about {{W:Elsa}} 😅",
            ),
            (
                "a",
                "[[P:Fatou]] will be the queen of {{W:Arendelle}} for the day 👑 See you Saturday! [[P:Ludo]]",
            ),
        ],
    },
    {
        "business": "forbicine",
        "platform": "telegram",
        "customer": "nonna Franca",
        "lang": "it",
        "start": "2025-03-14T08:00:00",
        "messages": [
            (
                "c",
                "buongiorno sono la nonna di [[P:Edoardo Ghigo]], lo porto io giovedì perché la mamma [[P:Serena]] lavora. posso pagare in contanti?",
            ),
            (
                "a",
                "Buongiorno! Certo, contanti va benissimo. [[P:Edoardo]] è in agenda alle {{TM:16:30}} 😊",
            ),
            (
                "c",
                "grazie cara. io mi chiamo [[P:Franca Bertolotti]] se serve il mio telefono è [[T:011 4391\n227]]",
            ),
            ("c", "ah il bimbo vuole il gel dei {{B:Gormiti}}? nn so cosa sia 😂"),
            ("a", "Ahah sì, abbiamo il gel colorato! A giovedì signora [[P:Franca]]. [[P:Ludo]]"),
            (
                "c",
                "ah un'altra cosa, mio marito [[P:Felice]] dice di ricordarvi che [[P:Edo]] si muove tanto 😅 ma è {{W:felice}} se gli date le caramelle",
            ),
        ],
    },
    {
        "business": "forbicine",
        "platform": "whatsapp",
        "customer": "Kevin Ferrero",
        "lang": "it",
        "start": "2025-04-05T18:45:00",
        "messages": [
            (
                "c",
                "ciao annullo l'appuntamento di domani x [[P:Nicolò]], ha la varicella 🤒. sono il papà [[P:Kevin Ferrero]]",
            ),
            ("a", "Oh no, povero [[P:Nicolò]]! Nessun problema. Vuoi spostarlo?"),
            (
                "c",
                "si tra 2 settimane. intanto volevo comprare una gift card x il compleanno della figlia della mia collega [[P:Arianna]]",
            ),
            (
                "a",
                "Certo! {{PD:Gift card Forbicine}} da {{$:€ 25}} o {{$:€ 50}}. A chi la intestiamo?",
            ),
            (
                "c",
                "a [[P:Matilde Vaudagna]], la mamma è [[P:Arianna Vaudagna]], abitano a [[L:Moncalieri]], la passa a prendere lei",
            ),
            (
                "c",
                "mi mandi il link x pagare a [[E:kevin.ferrero(at)example(dot)it]] pls. ps come regalo ho preso anche i {{PD:Ferrero Rocher}} 😂",
            ),
            ("a", "Fatto! Codice gift {{R:GC-7710-TO}}. Auguri a [[P:Matilde]]! [[P:Ludo]]"),
        ],
    },
    # ------------------------------------------------------------------ tutor (English)
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Barbara Pavan",
        "lang": "it",
        "start": "2025-09-08T19:00:00",
        "messages": [
            (
                "c",
                "buonasera, mia figlia [[P:Camilla]] fa la terza al liceo e ha il debito in inglese 😩 fate lezioni private online?",
            ),
            (
                "a",
                "Good evening! Sì, faccio lezioni online su {{B:Zoom}}, {{$:€ 30}} l'ora, oppure in presenza a {{W:Vicenza}}. [[P:Oliver]]",
            ),
            (
                "c",
                "online meglio, abitiamo a [[L:Schio]]. lei è molto timida, la prof [[P:Dal Santo]] dice che capisce tutto ma nn parla",
            ),
            (
                "a",
                "Very common! Possiamo fare 2 lezioni a settimana. Mi servono nome e mail di [[P:Camilla]] per il link.",
            ),
            (
                "c",
                "[[P:Camilla Pavan]], mail [[E:cami.pavan2009@example.it]]. il papà [[P:Luca Dalla Pozza]] vuole la fattura a nome suo, cf [[CF:DLLLCU78D03L840C]]",
            ),
            (
                "c",
                "e su instagram lei è [[H:cami_pvn]] se ogni tanto vuole mandarle meme in inglese 😂",
            ),
            (
                "a",
                "Ahah, I'll stick to email 😄 Prima lezione {{D:martedì 16}} alle {{TM:17:00}}. [[P:Oliver]]",
            ),
        ],
    },
    {
        "business": "tutor",
        "platform": "telegram",
        "customer": "xX_Dami_Xx",
        "lang": "en",
        "start": "2025-10-12T22:30:00",
        "messages": [
            (
                "c",
                "hey mr [[P:hobbs]] its [[P:damiano]] from the tuesday group, cant come tmrw, football match vs {{W:Juventus}} under 17 lol",
            ),
            (
                "a",
                "Hi [[P:Damiano]]! No worries. Please do exercise 4 on page 37 and send it to me 😉",
            ),
            ("c", "ok can i send it on discord? im [[H:DamiTheGoat#4471]]"),
            (
                "c",
                "also [[P:Riccardo]] and [[P:Zhang Hao]] from the group want to switch to thursday, their moms will text u",
            ),
            (
                "a",
                "Let's keep it on Telegram, thanks. I'll talk to [[P:Riccardo]]'s and [[P:Hao]]'s parents. Good luck for the match! [[P:Oliver]]",
            ),
            ("c", "thx!! forza {{W:Toro}} 🐂"),
        ],
    },
    {
        "business": "tutor",
        "platform": "messenger",
        "customer": "Priyanka Nair",
        "lang": "it",
        "start": "2025-10-20T08:20:00",
        "messages": [
            (
                "c",
                "buongiorno, mio figlio [[P:Arjun]] 15 anni. noi indiani, abitiamo a [[L:Vicenza]] da 2 anni. lui parla bene inglese ma serve preparazione per {{PD:Cambridge First}}",
            ),
            (
                "a",
                "Good morning! Sì, preparo al {{PD:FCE}}. Possiamo scrivere in English if easier 🙂",
            ),
            (
                "c",
                "yes english better thank you! i am [[P:Priyanka Nair]], my husband [[P:Rajesh]] works at {{B:Fiamm}}. exam is in {{D:December}}",
                "en",
            ),
            (
                "a",
                "Perfect. Group course on Saturday or private lessons on Wednesday, {{$:€ 280}} for 10 lessons.",
                "en",
            ),
            (
                "c",
                "private please. we live [[A:contrà San Marco 21]], [[A:36100]] [[L:Vicenza]], he can come by bike",
                "en",
            ),
            (
                "c",
                "payment from my [[L:German]] account ok? [[I:DE15370400440532013847]], name [[P:P. Nair]]",
                "en",
            ),
            (
                "a",
                "Sure, any SEPA transfer is fine. First lesson {{D:Wednesday 22}}, {{TM:15:00}}. [[P:Chiara]], assistant to Mr [[P:Hobbs]]",
                "en",
            ),
        ],
    },
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Bea Marangoni",
        "lang": "it",
        "start": "2025-11-03T13:00:00",
        "messages": [
            ("c", "salve pago il pacchetto x mio figlio [[P:Samuele]], avete satispay o carta?"),
            ("a", "Salve! Può pagare con {{B:Satispay}} o con bonifico. Importo {{$:€ 300}}."),
            (
                "c",
                "ho fatto bonifico dal conto di mia mamma [[P:Graziella Marangoni]] [[I:IT53E0306912345000004567812]] così lo riconoscete",
            ),
            (
                "c",
                "ah poi dopo il corso serve un attestato x il {{W:Liceo Fogazzaro}}, il prof di inglese è il prof. [[P:Lo Presti]]",
            ),
            ("a", "Ricevuto! Attestato a fine corso. Fattura {{R:INV-2025-114}}. [[P:Chiara]] 😊"),
            (
                "c",
                "grazie [[P:chiara]]. ps [[P:samu]] dice che su {{B:Duolingo}} è [[H:samu_the_snake]] e vuole sfidarvi 🐍",
            ),
        ],
    },
    {
        "business": "tutor",
        "platform": "instagram",
        "customer": "lily.osei",
        "lang": "en",
        "start": "2025-11-20T16:00:00",
        "messages": [
            (
                "c",
                "hi! i saw your post about the conversation club. im [[P:Lily Osei]], 17, from [[L:Manchester]], doing an exchange year in [[L:Bassano del Grappa]]",
            ),
            (
                "a",
                "Hi [[P:Lily]]! Welcome 😊 The club is for Italian teens practising English, so you'd be a perfect helper!",
            ),
            (
                "c",
                "yes!! my host mum [[P:Michela Bizzotto]] said its ok. their son [[P:Nico]] wants to join too",
            ),
            ("c", "my host address is [[A:via Jacopo da Ponte 7]] if you need it for the form"),
            (
                "a",
                "Great! The club meets on {{D:Fridays}} at {{TM:18:00}} at the {{W:Biblioteca Civica}}. Can you share a contact?",
            ),
            (
                "c",
                "[[E:lily dot osei at outlook dot com]] or my insta [[U:https://instagram.com/lily.osei]]",
            ),
            ("a", "Thanks [[P:Lily]], see you Friday! [[P:Oliver Hobbs]]"),
        ],
    },
    {
        "business": "tutor",
        "platform": "telegram",
        "customer": "Oksana K.",
        "lang": "en",
        "start": "2025-12-02T17:05:00",
        "messages": [
            (
                "c",
                "Hello mr [[P:Oliver]], my son [[P:Bohdan]] cannot enter the zoom lesson, it says access denied from his IP [[IP:93.41.207.118]]",
            ),
            (
                "a",
                "Hi! Sorry about that. Can he try from a phone hotspot? And which email does he use?",
            ),
            (
                "c",
                "[[E:bohdan.kovalenko@example.com]]. we are from [[L:Kharkiv]], now in [[L:Marostica]] with my sister [[P:Iryna]]",
            ),
            (
                "c",
                "the router of [[P:Iryna]] shows also [[IP:2001:db8:4a1c:7::2f]] maybe this is the problem?",
            ),
            (
                "a",
                "I've whitelisted both addresses. Tell [[P:Bohdan]] to try again, I'll wait 5 minutes ⏱️ [[P:Oliver]]",
            ),
            ("c", "works!! дякую 🙏 he says thank you mister [[P:hobbs]]"),
            (
                "c",
                "my name is [[P:Oksana Kovalenko]] for the invoice, address [[A:via Montegrappa 15]], [[A:36063]] [[L:Marostica]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(127, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
