# ruff: noqa: E501
"""Hand-written blind test corpus no. 103 for convmon's anonymiser.

Written by hand, message by message, without templates and without Faker; every person,
handle, e-mail, phone and address is invented. The checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted
here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must
survive ``{{CODE:value}}`` (see handwritten_markup.py). The six invented businesses are an
anime and manga shop with a Telegram channel, a boxing gym, a hobby-electronics shop, a
children's theatre school, a photo-booth rental and a vintage-watch dealer on Instagram.
Regenerate with ``python make_handwritten103_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten103_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "manga": "Kitsune Manga Corner",
    "boxe": "Guantoni di Ferro Boxing Club",
    "elettronica": "SaldaLab Elettronica",
    "teatro": "Teatrino Lucciola",
    "photobooth": "ClickClack Photobooth",
    "orologi": "Lancette d'Epoca",
}
PAGE_IDS: dict[str, str] = {
    "manga": "703810411928374",
    "boxe": "703810582736190",
    "elettronica": "703810930184726",
    "teatro": "703810264519083",
    "photobooth": "703810775203641",
    "orologi": "703810318846207",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ manga (telegram)
    {
        "business": "manga",
        "platform": "telegram",
        "customer": "Fede ✨",
        "lang": "it",
        "start": "2025-02-11T16:02:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:federica]] quella che ha prenotato {{PD:chainsaw man vol 17}} 🙏 e arrivato??",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! si è arrivato stamattina, te lo teniamo da parte fino a {{D:sabato}} 😊",
            ),
            (
                "c",
                "top!! nn riesco a passare io cmq viene mio fratello [[P:Tommy]]\nsi chiama [[P:Tommaso Ruggeri]] se vi serve il nome x il ritiro",
            ),
            (
                "c",
                "ah e il mio user qui su tg e [[H:@fede_kuro]] se vi serve scrivermi x le novita",
            ),
            (
                "a",
                "Perfetto, segnato ritiro a nome [[P:Tommaso Ruggeri]] per l'ordine {{O:KMC-20931}}, totale {{$:7,90 €}}. Ci vediamo! - [[P:Ilaria]]",
            ),
            ("c", "grazieee 💜 ah una cosa, [[P:tommy]] ha 15 anni va bene lo stesso?"),
            ("a", "Certo nessun problema, basta che dica il tuo nome e il numero ordine 👍"),
            (
                "c",
                "ok glielo dico. se nn trova il negozio gli do il numero di [[P:Ilaria]]? o chiama me [[T:351 204 77 19]]\nps sono anche su insta [[U:instagram.com/fede.kuro.draws]] disegno fanart 🎨",
            ),
            ("a", "Meglio il tuo numero 😊 bellissime le fanart, seguiti!"),
        ],
    },
    {
        "business": "manga",
        "platform": "telegram",
        "customer": "ryo_senpai",
        "lang": "en",
        "start": "2025-03-02T20:41:00",
        "messages": [
            (
                "c",
                "hi do u ship to [[L:Ireland]]? i saw the {{PD:One Piece box set 2}} on ur channel",
            ),
            (
                "a",
                "Hi! Yes we ship to the EU, the box set is {{$:€ 189}} plus shipping. Can you give me the full address?",
            ),
            (
                "c",
                "ok its [[P:Ryan O'Sullivan]]\n[[A:Apt 4, 17 Harbour View Road]]\n[[L:Cobh]] co. [[L:Cork]]\n[[A:P24 XK82]]",
            ),
            ("c", "my number is [[T:+353 87 214 9063]]"),
            (
                "a",
                "Thanks [[P:Ryan]], i'll send you the payment link by email, which address should i use?",
            ),
            (
                "c",
                "[[E:ryan.osull.otaku@example.com]] thx\nalso my discord is [[H:ryosenpai#4471]] if easier",
            ),
            (
                "a",
                "Link sent! Tracking will follow once it leaves, usually {{TM:within 48h}}. [[P:Marco]] from the team",
            ),
            ("c", "pog thank u [[P:marco]]"),
            (
                "c",
                "oh and if im not home my neighbour [[P:Siobhán]] from [[A:Apt 3]] will sign, shes cool",
            ),
        ],
    },
    {
        "business": "manga",
        "platform": "telegram",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-04-19T10:15:00",
        "messages": [
            (
                "c",
                "buongiorno volevo sapere se avete ancora le card di {{PD:Pokémon Scarlatto e Violetto}} e se fate il torneo di {{D:domenica}}",
            ),
            (
                "a",
                "Buongiorno! Sì, il torneo è {{D:domenica 27}} alle {{TM:15:30}}, iscrizione {{$:5€}}. Serve nome e cognome e il Player ID",
            ),
            (
                "c",
                "allora iscrivo me e mio figlio\n[[P:Giuseppe Lo Bianco]] e [[P:Matteo Lo Bianco]]\nplayer id di matteo e [[H:MattLB_2013]]",
            ),
            ("c", "io nn ce l ho il player id 😅 sono vecchio"),
            (
                "a",
                "Ahah tranquillo, lo creiamo qui in negozio! Segnati tutti e due. [[P:Ilaria]] - {{B:Kitsune Manga Corner}}",
            ),
            ("c", "gentilissima grazie [[P:ilaria]]"),
        ],
    },
    {
        "business": "manga",
        "platform": "telegram",
        "customer": "Xu Mei",
        "lang": "it",
        "start": "2025-05-06T18:30:00",
        "messages": [
            (
                "c",
                "ciao io sono [[P:Xu Mei]], ho ordine {{O:KMC-21877}} ma pacco nn arrivato. io abito a [[L:Prato]], [[A:via Pistoiese 208]]",
            ),
            (
                "a",
                "Ciao [[P:Mei]], controllo subito. Il tracking è {{TR:0039 3815 5520 7]]".replace(
                    "0039 3815 5520 7]]", "3920 8811 4075 2}}"
                )
                + " con {{B:BRT}}, risulta in consegna oggi",
            ),
            (
                "c",
                "ok ma citofono e scritto [[P:Zhang]] non Xu, è di mio marito [[P:Zhang Wei]]".replace(
                    "non Xu", "non [[P:Xu]]"
                ),
            ),
            ("c", "se corriere chiama mio numero [[T:328 441 9027]]"),
            (
                "a",
                "Aggiunto in nota: citofono [[P:Zhang]], tel [[T:328 441 9027]]. Grazie Mei!".replace(
                    "grazie Mei", ""
                ).replace("Grazie Mei", "Grazie [[P:Mei]]"),
            ),
            ("c", "谢谢 grazie mille"),
        ],
    },
    {
        "business": "manga",
        "platform": "telegram",
        "customer": "daku",
        "lang": "it",
        "start": "2025-06-14T22:05:00",
        "messages": [
            (
                "c",
                "raga ma il giveaway di {{PD:Demon Slayer}} l avete estratto? io avevo commentato come [[H:daku_nosferatu]]",
            ),
            ("a", "Ciao! Estratto ieri sera, ha vinto [[H:@hana.chan.99]] 😢 mi spiace"),
            (
                "c",
                "noo vabbe. cmq sul mio canale twitch [[U:twitch.tv/daku_nosferatu]] faccio unboxing dei vostri pacchi se volete collab",
            ),
            ("c", "scrivetemi a [[E:daku punto streams chiocciola gmail punto com]]"),
            ("a", "Figo! Ti scrive il nostro [[P:Luca]] che segue i social, grazie 🦊"),
        ],
    },
    # ------------------------------------------------------------------ boxe
    {
        "business": "boxe",
        "platform": "instagram",
        "customer": "marti.boxe",
        "lang": "it",
        "start": "2025-01-08T08:50:00",
        "messages": [
            (
                "c",
                "ciao vorrei provare una lezione di boxe femminile, ci sono posti {{D:giovedì}}?",
            ),
            (
                "a",
                "Ciao! Sì, giovedì alle {{TM:19:00}} con il maestro [[P:Rocco]]. Mi lasci nome e un numero?",
            ),
            (
                "c",
                "[[P:Martina De Angelis]] 3477710452".replace("3477710452", "[[T:347 771 0452]]"),
            ),
            ("c", "vengo con la mia amica [[P:Bianca]] va bene?? lei e piu brava di me ahah"),
            (
                "a",
                "Certo! Prova gratuita per entrambe. Portate scarpe da ginnastica pulite e fasce se le avete, altrimenti le vendiamo a {{$:8€}} 👊",
            ),
            ("c", "ok perfetto. ah una cosa, il parcheggio? arriviamo da [[L:Settimo Torinese]]"),
            (
                "a",
                "C'è il parcheggio del {{W:Lingotto}} a due minuti. A giovedì! Chiara - {{B:Guantoni di Ferro}}".replace(
                    "Chiara", "[[P:Chiara]]"
                ),
            ),
        ],
    },
    {
        "business": "boxe",
        "platform": "whatsapp",
        "customer": "Ahmed Benali",
        "lang": "it",
        "start": "2025-02-20T12:12:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Ahmed Benali]] vorrei iscrivere mio figlio [[P:Youssef]] al corso ragazzi, lui ha 12 anni",
            ),
            (
                "a",
                "Buongiorno Ahmed! Il corso ragazzi è lun/mer alle {{TM:17:30}}, quota {{$:45 € al mese}}. Per il certificato medico serve quello non agonistico".replace(
                    "Buongiorno Ahmed", "Buongiorno [[P:Ahmed]]"
                ),
            ),
            (
                "c",
                "ok il certificato lo fa dottoressa [[P:Castellano]] domani. per iscrizione serve codice fiscale?",
            ),
            ("a", "Sì, quello del ragazzo e del genitore che paga"),
            (
                "c",
                "youssef: [[CF:BNCLCU92A15F205L]] no scusa questo sbagliato è di mio cognato [[P:Luca]] 🤦".replace(
                    "youssef", "[[P:youssef]]"
                ),
            ),
            (
                "c",
                "giusto: mio [[CF:KWLNMR88T52Z100X]]\nquello di [[P:youssef]] lo porto in palestra su carta",
            ),
            (
                "a",
                "Nessun problema, il primo lo cancelliamo subito. Ci vediamo lunedì! [[P:Rocco]]",
            ),
        ],
    },
    {
        "business": "boxe",
        "platform": "instagram",
        "customer": "Kasia W.",
        "lang": "en",
        "start": "2025-03-15T19:20:00",
        "messages": [
            (
                "c",
                "hello, im [[P:Katarzyna Wiśniewska]] from [[L:Poland]], here in [[L:Torino]] for erasmus until june. do you have monthly pass for students?",
            ),
            (
                "a",
                "Hi Katarzyna! Yes, the student pass is {{$:39€}} per month, you just need your university card".replace(
                    "Hi Katarzyna", "Hi [[P:Katarzyna]]"
                ),
            ),
            (
                "c",
                "perfect. my flatmate [[P:Agnieszka]] want also come, she is beginner\nwe live in [[A:via Nizza 145]] so very close",
            ),
            ("c", "can i pay with card? [[C:4921 8173 6455 2013]] exp 09/27"),
            (
                "a",
                "Please don't send card numbers here 🙏 you can pay at the desk with POS. See you! Chiara".replace(
                    "Chiara", "[[P:Chiara]]"
                ),
            ),
            (
                "c",
                "oh sorry 🙈 ok see you thursday. my insta is [[H:@kasia.punches]] tag me in the stories pls",
            ),
        ],
    },
    {
        "business": "boxe",
        "platform": "whatsapp",
        "customer": "Nico",
        "lang": "it",
        "start": "2025-04-02T21:45:00",
        "messages": [
            (
                "c",
                "oh ciao, sono nico del corso serale. stasera il maestro rocco mi ha detto di chiedere a voi la fattura x la ditta".replace(
                    "sono nico", "sono [[P:nico]]"
                ).replace("maestro rocco", "maestro [[P:rocco]]"),
            ),
            (
                "a",
                "Ciao Nico! Certo, mi servono ragione sociale e partita IVA".replace(
                    "Ciao Nico", "Ciao [[P:Nico]]"
                ),
            ),
            (
                "c",
                "Impianti [[P:Ferraris]] di [[P:Nicolò Ferraris]]\npiva [[V:02187650219]]\nsede [[A:corso Francia 77]] [[A:10138]] [[L:Torino]]",
            ),
            ("c", "mail x fattura [[E:amministrazione@impiantiferraris.example.it]]"),
            (
                "a",
                "Perfetto, ti mando la fattura {{R:FT-2025/0412}} di {{$:540,00 €}} (annuale) entro domani.",
            ),
            ("c", "grazie mille. ps salutami [[P:Tonino]] quello del sacco pesante 😂"),
            (
                "c",
                "ah e se la fattura arriva a [[P:Marisa]] in ufficio e lei chiama, il suo fisso e [[T:011 / 433 82 19]]",
            ),
        ],
    },
    {
        "business": "boxe",
        "platform": "messenger",
        "customer": "Obinna Okafor",
        "lang": "en",
        "start": "2025-05-22T07:30:00",
        "messages": [
            (
                "c",
                "good morning, i saw the poster about the charity fight night for {{W:San Giovanni}} can i still sign up as fighter",
            ),
            (
                "a",
                "Good morning! Registrations close {{D:Friday 30 May}}. We need full name, weight and your phone",
            ),
            (
                "c",
                "[[P:Obinna Chukwuemeka Okafor]], 81 kg\nphone [[T:+44 7700]]\n[[T:900 318]] sorry my uk number broke in two".replace(
                    "[[T:+44 7700]]\n[[T:900 318]]", "[[T:+44 7700\n900 318]]"
                ).replace("my uk number", "my [[L:uk]] number"),
            ),
            ("c", "my coach back in [[L:Lagos]] was [[P:Emeka]] he say hi to everyone lol"),
            (
                "a",
                "Great, you're in! Weigh-in is at {{TM:6pm}}. Bring your gloves, {{B:Everlast}} or {{B:Leone}} both fine. Rocco".replace(
                    "Rocco", "[[P:Rocco]]"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ elettronica
    {
        "business": "elettronica",
        "platform": "messenger",
        "customer": "Stefano Pellegrini",
        "lang": "it",
        "start": "2025-01-27T14:05:00",
        "messages": [
            ("c", "salve avete il {{PD:Raspberry Pi 5 da 8GB}}? e il case {{PD:Argon NEO}}"),
            (
                "a",
                "Buongiorno! Sì, {{PD:Pi 5 8GB}} a {{$:92,50 €}}, l'{{PD:Argon NEO}} a {{$:19,90 €}}. Spediamo in tutta {{W:Italia}} con {{B:BRT}}",
            ),
            (
                "c",
                "ok prendo tutti e due. spedire a\n[[P:Stefano Pellegrini]]\n[[A:loc. Case Sparse 14]]\n[[A:53024]] [[L:Montalcino]] (SI)",
            ),
            (
                "c",
                "il corriere deve chiamare prima perché la casa e in mezzo alle vigne [[T:0577/84 92 13]] oppure cell [[T:339.602.1184]]",
            ),
            (
                "a",
                "Perfetto Stefano, ordine {{O:SL-44871}} creato. Puoi pagare con bonifico su {{R:IT-CAUSALE SL-44871}} oppure {{B:PayPal}}".replace(
                    "Perfetto Stefano", "Perfetto [[P:Stefano]]"
                ).replace(
                    "{{R:IT-CAUSALE SL-44871}} oppure", "IBAN che ti mando in privato oppure"
                ),
            ),
            (
                "c",
                "bonifico fatto dal conto di mia moglie [[P:Elena Bassi]], [[I:IT61 M076 0111 2000 0104 7392 816]] cosi lo trovate",
            ),
            ("a", "Ricevuto, grazie! Spediamo oggi. Davide".replace("Davide", "[[P:Davide]]")),
        ],
    },
    {
        "business": "elettronica",
        "platform": "instagram",
        "customer": "circuit_gremlin",
        "lang": "en",
        "start": "2025-02-14T23:10:00",
        "messages": [
            (
                "c",
                "yo, my {{PD:Arduino Uno R4}} from order {{O:SL-45102}} is dead on arrival, the led doesnt even blink",
            ),
            (
                "a",
                "Hi! Sorry about that. Did you try a different USB cable? If yes we'll swap it. Can you send a short video?",
            ),
            (
                "c",
                "yeah tried 3 cables. video is on my drive [[U:https://gremlinbuilds.example.net/doa-video]]\nor on my tiktok [[U:tiktok.com/@circuit.gremlin]]",
            ),
            (
                "c",
                "name for the return is [[P:Lukas Brenner]], i live in [[L:Bolzano]] but ship the new one to my parents in [[L:Innsbruck]]\n[[A:Höttinger Au 38/5]], [[A:6020]] [[L:Innsbruck]], [[L:Austria]]",
            ),
            (
                "a",
                "Got it Lukas. RMA {{R:RMA-2025-0193}} opened, return label sent to your email".replace(
                    "Got it Lukas", "Got it [[P:Lukas]]"
                ),
            ),
            ("c", "which email lol i didnt give it. [[E:lukas.brenner[at]example[dot]at]]"),
            (
                "a",
                "Ahah right 😅 sent now. Davide from SaldaLab".replace(
                    "Davide", "[[P:Davide]]"
                ).replace("SaldaLab", "{{B:SaldaLab}}"),
            ),
            ("c", "danke! 🔧", "de"),
        ],
    },
    {
        "business": "elettronica",
        "platform": "whatsapp",
        "customer": "Prof. Gallo",
        "lang": "it",
        "start": "2025-03-10T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono il prof. [[P:Gallo]] dell'ITIS {{W:Galileo Ferraris}}. Vorrei un preventivo per 25 kit {{PD:ESP32 DevKit}} per il laboratorio",
            ),
            (
                "a",
                "Buongiorno professore! 25 kit a {{$:6,40 €}} cad., totale {{$:160 €}} + IVA. Intestiamo alla scuola?",
            ),
            (
                "c",
                "no la fattura la fa l'associazione dei genitori, presidente [[P:Rosa Imbriani]]\nP.IVA [[V:04739180588]]",
            ),
            (
                "c",
                "il referente per la consegna è il tecnico di laboratorio [[P:Salvatore]] detto [[P:Totò]] 😄 numero [[T:(+39) 081 555 7731]]",
            ),
            ("a", "Perfetto, preventivo {{R:PRV-0317}} inviato a chi? mi serve una mail"),
            ("c", "[[E:genitori.itis.gallo@example.it]]\ngrazie mille e buona giornata"),
            (
                "a",
                "Grazie a lei! Consegna prevista {{D:17 marzo}}. Davide - {{B:SaldaLab Elettronica}}".replace(
                    "Davide", "[[P:Davide]]"
                ),
            ),
        ],
    },
    {
        "business": "elettronica",
        "platform": "messenger",
        "customer": "Raj",
        "lang": "en",
        "start": "2025-04-25T17:48:00",
        "messages": [
            (
                "c",
                "hello i am [[P:Rajesh Venkataraman]] my order of {{PD:Nixie tube clock kit}} shows delivered but i did not get. tracking {{TR:1Z 999 AA1 01 2345 6784}}",
            ),
            (
                "a",
                'Hi Rajesh, i see it was left with a neighbour, signed by "[[P:M. Colombo]]". Do you know them?'.replace(
                    "Hi Rajesh", "Hi [[P:Rajesh]]"
                ),
            ),
            (
                "c",
                "ah yes mrs [[P:Colombo]] from 2nd floor, she is always home 🙏 thanks\nmy address is [[A:via Padova 12, scala C]] so she is same building",
            ),
            (
                "c",
                "also can you add my [[L:india]] number for future [[T:+91 98450 31762]] because italian sim sometimes off",
            ),
            ("a", "Added! Enjoy the kit, and send us a photo when the tubes glow ✨"),
        ],
    },
    {
        "business": "elettronica",
        "platform": "whatsapp",
        "customer": "Gigi",
        "lang": "it",
        "start": "2025-06-03T11:20:00",
        "messages": [
            (
                "c",
                "ciao sono gigi, mi si e bruciato il router del server di casa e nn riesco piu a entrare. ip era [[IP:192.168.1.47]] e da fuori [[IP:93.41.208.117]]".replace(
                    "sono gigi", "sono [[P:gigi]]"
                ),
            ),
            (
                "a",
                "Ciao! Possiamo provare la riparazione in laboratorio, diagnosi {{$:25€}}. Che modello è?",
            ),
            (
                "c",
                "un {{PD:MikroTik hAP ax2}} comprato da voi a natale, lo scontrino era intestato a mio suocero [[P:Pierluigi Marras]]",
            ),
            ("c", "ah e c era anche ipv6 [[IP:2001:db8:4f2a:11::7c]] se serve\nnon so se serve 😂"),
            (
                "a",
                "Ahah non serve, ma ci annotiamo tutto. Portalo quando vuoi, siamo in via {{W:Garibaldi}} dietro la {{W:Mole}}. Ciao! - [[P:Sara]]",
            ),
            ("c", "grazie [[P:sara]] passo giovedi"),
            (
                "c",
                "ah se passa mio cugino [[P:Gavino]] al posto mio e lui, [[P:Gavino Marras]] tipo alto con la barba, [[T:+39.349.118.2270]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ teatro
    {
        "business": "teatro",
        "platform": "messenger",
        "customer": "Valentina Sarti",
        "lang": "it",
        "start": "2025-01-13T13:30:00",
        "messages": [
            (
                "c",
                "buongiorno volevo iscrivere le mie gemelle al laboratorio del sabato\n[[P:Sarti]] [[P:Aurora]] e [[P:Sarti]] [[P:Gioia]], 7 anni",
            ),
            (
                "a",
                'Buongiorno! Che belle 😊 Il laboratorio "{{PD:Piccoli Pinocchi}}" è il sabato alle {{TM:10:00}}, {{$:60€}} al mese a bimba, sconto fratelli 10%',
            ),
            (
                "c",
                "perfetto. [[P:gioia]] e un po timida, [[P:auri]] invece parla x tutte e due ahaha",
            ),
            (
                "c",
                "a volte le porta il nonno [[P:Franco]] o la baby sitter [[P:Speranza]], posso delegarli?",
            ),
            (
                "a",
                "Certo, ci serve solo la delega firmata con i loro nomi. Un abbraccio, [[P:Giulia]] - {{B:Teatrino Lucciola}}",
            ),
            ("c", "grazie giulia! ci vediamo sabato".replace("giulia", "[[P:giulia]]")),
        ],
    },
    {
        "business": "teatro",
        "platform": "whatsapp",
        "customer": "Dolores",
        "lang": "it",
        "start": "2025-02-04T18:00:00",
        "messages": [
            (
                "c",
                "hola! scusa mi italiano. mi hijo [[P:Mateo]] quiere hacer teatro, tiene 9 años",
                "es",
            ),
            (
                "a",
                "¡Hola! Nessun problema 😊 abbiamo il gruppo 8-10 anni il mercoledì alle {{TM:16:45}}. Come vi chiamate?",
            ),
            (
                "c",
                "yo soy [[P:Dolores García Márquez]] y el niño [[P:Mateo Fernández García]]\nsomos de [[L:Sevilla]], ahora vivimos en [[L:San Salvario]]",
                "es",
            ),
            ("c", "el papá [[P:Álvaro]] viene a buscarlo los miércoles", "es"),
            (
                "a",
                'Perfetto, segnati! Il saggio di fine anno sarà "{{PD:Il Piccolo Principe}}" al {{W:Teatro Carignano}}, {{D:7 giugno}}. Giulia'.replace(
                    "Giulia", "[[P:Giulia]]"
                ),
            ),
            ("c", "que bonito!! gracias giulia 💛".replace("giulia", "[[P:giulia]]"), "es"),
        ],
    },
    {
        "business": "teatro",
        "platform": "instagram",
        "customer": "mamma_di_leo",
        "lang": "it",
        "start": "2025-03-21T21:15:00",
        "messages": [
            (
                "c",
                "ciao! ho visto le foto dello spettacolo di {{W:San Giuseppe}} sul vostro profilo, c'e anche il mio leo vestito da grillo 😍 posso ripostarle?".replace(
                    "il mio leo", "il mio [[P:leo]]"
                ),
            ),
            (
                "a",
                "Ciao! Certo, taggaci pure [[H:@teatrino.lucciola]]".replace(
                    "[[H:@teatrino.lucciola]]", "{{B:@teatrino.lucciola}}"
                ),
            ),
            (
                "c",
                "grazie! il mio profilo e privato [[H:@mamma_di_leo]] ma vi aggiungo. ps nella foto 3 c'e anche [[P:Ginevra]] la figlia della [[P:Pozzi]], chiedete anche a lei?",
            ),
            (
                "a",
                "Giusto, la sig.ra [[P:Pozzi]] ci ha già dato il consenso. Grazie per l'attenzione 🙏",
            ),
            (
                "c",
                "perfetto. [[P:Leonardo]] vuole gia sapere quando c'e il prossimo, è fissato con {{PD:Pinocchio}} 😂",
            ),
            (
                "a",
                "Il prossimo è a {{D:dicembre}}! Salutaci Leo e anche papà [[P:Fabrizio]] che ci ha aiutato con le scenografie 🎄".replace(
                    "Salutaci Leo", "Salutaci [[P:Leo]]"
                ),
            ),
        ],
    },
    {
        "business": "teatro",
        "platform": "messenger",
        "customer": "Hannah Keller",
        "lang": "en",
        "start": "2025-04-08T10:40:00",
        "messages": [
            (
                "c",
                "Hi! We're moving from [[L:Freiburg]] to [[L:Turin]] in september and my daughter [[P:Lotte]] (8) loves acting. Do you have classes in english or german?",
            ),
            (
                "a",
                "Hi Hannah! Our teacher [[P:Will]] runs a bilingual italian/english group on tuesdays. No german group for now, sorry!".replace(
                    "Hi Hannah", "Hi [[P:Hannah]]"
                ),
            ),
            (
                "c",
                "[[P:Will]] would be great! Our new address is [[A:Via Cibrario 58, int. 9]], [[A:10144]]\nmy number [[T:+49 151 2384 7710]] until we get an italian one",
            ),
            (
                "c",
                "oh and her older brother [[P:Jonas]] might join too if there is something for teens. he says it's uncool but I know he'd love it 🙄",
            ),
            (
                "a",
                "The teen group is on fridays, {{$:70€}} monthly. We'll keep two places until {{D:31 August}}. Have a good move! [[P:Giulia]]",
            ),
            ("c", "Vielen Dank, bis bald!", "de"),
        ],
    },
    {
        "business": "teatro",
        "platform": "whatsapp",
        "customer": "Marco Bellini",
        "lang": "it",
        "start": "2025-05-29T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno per il saggio servono i biglietti? siamo in 6: io, mia moglie, i nonni [[P:Bellini]] e la zia [[P:Felice]] con il fidanzato",
            ),
            (
                "a",
                "Buongiorno Marco! Ingresso libero con offerta, ma serve prenotare. Ti segno 6 posti, prenotazione {{R:SAG-0614}}".replace(
                    "Buongiorno Marco", "Buongiorno [[P:Marco]]"
                ),
            ),
            (
                "c",
                "ottimo. mia moglie [[P:Ludovica]] chiede se può portare un mazzo di {{W:rose}} sul palco a fine spettacolo x [[P:Pietro]]",
            ),
            (
                "a",
                "Certo 🌹 alla fine chiamiamo i bimbi uno per uno, è il momento giusto. A sabato! {{B:Teatrino Lucciola}}",
            ),
            (
                "c",
                "ps la zia e [[P:Felice Ardito]], non e un aggettivo ahahah scrivetela giusta sul foglio",
            ),
            ("a", "Ahah segnata! Siamo {{W:felice}} di avervi tutti 😄"),
        ],
    },
    # ------------------------------------------------------------------ photobooth
    {
        "business": "photobooth",
        "platform": "instagram",
        "customer": "ele.e.davide.sposi",
        "lang": "it",
        "start": "2025-01-19T20:20:00",
        "messages": [
            (
                "c",
                "ciaoo ci sposiamo il {{D:14 giugno}} e vorremmo il photobooth con lo sfondo glitter oro, siete liberi?",
            ),
            (
                "a",
                'Ciao e auguri!! 🥂 Sì, il 14 giugno è libero. Pacchetto "{{PD:Gold Party}}" 4 ore {{$:590€}}. Dove si tiene il ricevimento?',
            ),
            (
                "c",
                "a villa {{W:Castelbarco}} a [[L:Vaprio d'Adda]] ma noi abitiamo a [[L:Monza]]\nsiamo [[P:Eleonora Villa]] e [[P:Davide Mancuso]]",
            ),
            (
                "c",
                "ah x gli stampini mettete le nostre iniziali e l hashtag che vi mando dopo, lo sta decidendo la testimone [[P:Bea]] 🙄",
            ),
            (
                "a",
                "Che carino! Per il contratto ci serve il codice fiscale di uno dei due e un recapito",
            ),
            (
                "c",
                "[[CF:RSSGNN85M41H501N]] è di mia mamma [[P:Giovanna Rossi]] che ci fa il regalo 😅 il suo numero [[T:0039 335 219 8804]]",
            ),
            (
                "a",
                "Perfetto! Contratto {{R:CCP-2025-061}} in arrivo. A presto, [[P:Alessio]] - {{B:ClickClack Photobooth}}",
            ),
        ],
    },
    {
        "business": "photobooth",
        "platform": "messenger",
        "customer": "Sophie Laurent",
        "lang": "en",
        "start": "2025-02-26T15:35:00",
        "messages": [
            (
                "c",
                "Bonjour! sorry my italian is bad. I organise a company party for 80 people on {{D:March 20}} near [[L:Lake Como]], can you come?",
                "en",
            ),
            (
                "a",
                "Hi Sophie! Yes we cover all of {{W:Lombardia}}. For 80 guests we suggest the {{PD:Mirror Booth}}, {{$:720€}} for 3 hours".replace(
                    "Hi Sophie", "Hi [[P:Sophie]]"
                ),
            ),
            (
                "c",
                "great. the invoice must go to my company, the VAT is [[V:FR19812345676]] ... no wait, that's our old one. use the italian branch [[V:IT12507640030]]",
            ),
            (
                "c",
                "contact on site will be my colleague [[P:Thibault Moreau]] (+33 6 12 48 90 37)".replace(
                    "(+33 6 12 48 90 37)", "([[T:+33 6 12 48 90 37]])"
                ),
            ),
            (
                "a",
                "Noted! Please send the signed quote to [[E:alessio@clickclack.example.it]] hmm no, to our bookings address. Alessio".replace(
                    "[[E:alessio@clickclack.example.it]] hmm no, to our bookings address",
                    "our bookings inbox",
                ).replace("Alessio", "[[P:Alessio]]"),
            ),
            ("c", "Merci beaucoup, à bientôt!", "fr"),
        ],
    },
    {
        "business": "photobooth",
        "platform": "whatsapp",
        "customer": "Salvo",
        "lang": "it",
        "start": "2025-03-30T11:11:00",
        "messages": [
            (
                "c",
                "ciao sono salvo, x i 18 anni di mia figlia chiara volevo il booth con gli accessori tipo {{PD:Barbie}} e {{PD:Super Mario}}".replace(
                    "sono salvo", "sono [[P:salvo]]"
                ).replace("figlia chiara", "figlia [[P:chiara]]"),
            ),
            ("a", "Ciao! Che bella festa 🎉 data e posto?"),
            (
                "c",
                "sabato {{D:12 aprile}} a casa nostra, [[A:contrada Sant'Anna 4]] [[L:Ragusa]]\nil cancello verde dopo la chiesa di {{W:Sant'Anna}}",
            ),
            (
                "c",
                "[[T:392 71]]\n[[T:58 330]] il mio cell".replace(
                    "[[T:392 71]]\n[[T:58 330]]", "[[T:392 71\n58 330]]"
                ),
            ),
            (
                "a",
                "Segnato! Ti mando acconto da {{$:100€}} via bonifico, IBAN in fattura. [[P:Alessio]]",
            ),
            (
                "c",
                "fatto ora dal conto di mio fratello [[P:Ignazio]] [[I:IT46 Q030 6909 6061 0000 0063 521]] causale chiara 18".replace(
                    "causale chiara 18", "causale [[P:chiara]] 18"
                ),
            ),
        ],
    },
    {
        "business": "photobooth",
        "platform": "instagram",
        "customer": "djnoor",
        "lang": "en",
        "start": "2025-05-10T01:50:00",
        "messages": [
            (
                "c",
                "hey it's [[P:Noor]] the dj from last night's party at {{W:Magazzini Generali}}, the booth was fire 🔥 can you send me the gif files?",
            ),
            (
                "a",
                "Hey Noor! Glad you liked it! Gallery is at clickclack.example.it/gallery/{{R:G-0510-MGZ}}, password on the flyer".replace(
                    "Hey Noor", "Hey [[P:Noor]]"
                ),
            ),
            (
                "c",
                "amazing. also if you post them tag me [[H:@djnoor.official]] and on tiktok i'm [[H:noorspins]]\nmy site is [[U:www.noor-haddad.example.com]]",
            ),
            (
                "c",
                "my manager [[P:Kareem Haddad]] might write you for a collab, his mail is [[E:kareem(at)noor-haddad.example.com]]",
            ),
            ("a", "Awesome, will do! ✌️"),
        ],
    },
    {
        "business": "photobooth",
        "platform": "messenger",
        "customer": "Anna Maria Colombo Rinaldi",
        "lang": "it",
        "start": "2025-06-18T09:45:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Anna Maria Colombo Rinaldi]], per la festa dei 50 anni di matrimonio dei miei genitori [[P:Ernesto]] e [[P:Luisa]] vorrei un preventivo",
            ),
            (
                "c",
                "il posto è l'agriturismo {{B:Cascina Gamberini}} a [[L:Oltrepò]], il {{D:5 luglio}}, saremo circa 60",
            ),
            (
                "a",
                'Buongiorno! Per 60 persone pacchetto "{{PD:Classic Vintage}}" {{$:480€}}, include album. A chi intestiamo?',
            ),
            (
                "c",
                "a me, via [[A:San Martino 9]], [[A:27043]] [[L:Broni]]. mail [[E:annamaria.colombo.r@example.it]]",
            ),
            (
                "c",
                "acconto lo mando dal conto cointestato con mio marito [[P:Gianfranco Rinaldi]], [[I:IT22 R020 0805 3640 0010 4428 779]]",
            ),
            (
                "a",
                "Perfetto, preventivo {{R:CCP-2025-118}} inviato. Auguri ai festeggiati! Alessio".replace(
                    "Alessio", "[[P:Alessio]]"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ orologi (instagram)
    {
        "business": "orologi",
        "platform": "instagram",
        "customer": "tick.tock.tommaso",
        "lang": "it",
        "start": "2025-01-31T21:00:00",
        "messages": [
            (
                "c",
                "bella sera, il {{PD:Omega Seamaster 1968}} nel post di ieri e ancora disponibile? prezzo?",
            ),
            (
                "a",
                "Buonasera! Sì, ancora disponibile: {{$:2.350 €}}, revisionato con garanzia 12 mesi",
            ),
            (
                "c",
                "mi interessa molto. sono [[P:Tommaso Gentile]], il mio sito di recensioni e [[U:tommasogentile-orologi.example.it]] se volete vedere che nn sono un truffatore ahah",
            ),
            (
                "c",
                "posso vederlo di persona? abito a [[L:Padova]] ma lavoro a [[L:Verona]] in settimana",
            ),
            (
                "a",
                "Certo, su appuntamento in showroom a {{W:Vicenza}}, vicino a {{W:corso Palladio}}. Giovedì alle {{TM:18}} va bene? Edoardo".replace(
                    "Edoardo", "[[P:Edoardo]]"
                ),
            ),
            (
                "c",
                "perfetto. vengo con mio padre [[P:Renzo]] che mi ha fatto venire la malattia degli orologi 😂",
            ),
        ],
    },
    {
        "business": "orologi",
        "platform": "instagram",
        "customer": "watchnerd_hk",
        "lang": "en",
        "start": "2025-03-05T03:25:00",
        "messages": [
            (
                "c",
                "hi from [[L:Hong Kong]]! is the {{PD:Heuer Carrera ref. 2447}} still available? can ship to asia?",
            ),
            (
                "a",
                "Hi! Yes it is, {{$:€ 6.900}} including insured {{B:DHL}} to Hong Kong. Can I have name and address for the proforma?".replace(
                    "to Hong Kong", "to [[L:Hong Kong]]"
                ),
            ),
            (
                "c",
                "[[P:Chan Ka Wing]] (english name [[P:Kevin]])\n[[A:Flat 12B, Tower 3, Harbour Crest, 88 Tai Kok Tsui Road]]\n[[L:Kowloon]]",
            ),
            ("c", "phone [[T:+852 9123 4076]]\npay by card ok? [[C:5464 1300 9927 4816]]"),
            (
                "a",
                "Please never post card numbers in DMs, delete it 🙏 I'll send a secure payment link to your email. Edoardo".replace(
                    "Edoardo", "[[P:Edoardo]]"
                ),
            ),
            ("c", "deleted sorry. email [[E:kevin.chan.watches@example.hk]]"),
        ],
    },
    {
        "business": "orologi",
        "platform": "instagram",
        "customer": "Lucia",
        "lang": "it",
        "start": "2025-04-14T16:10:00",
        "messages": [
            (
                "c",
                "ciao vorrei far valutare l'orologio di mio nonno, un {{PD:Longines}} anni 50 con cinturino originale. il nonno si chiamava [[P:Attilio Zanella]], c'e inciso dietro",
            ),
            (
                "a",
                "Ciao Lucia, che bel ricordo. Mandaci foto del quadrante, del fondello e del movimento se possibile".replace(
                    "Ciao Lucia", "Ciao [[P:Lucia]]"
                ),
            ),
            (
                "c",
                "ok le ho messe qui [[U:https://lucia-zanella.example.com/foto-nonno]] nn riesco a caricarle in dm",
            ),
            (
                "a",
                "Viste! Valutazione indicativa {{$:900-1.200 €}}. Se vuoi venderlo facciamo una perizia scritta {{R:PER-0414}}",
            ),
            (
                "c",
                "ci penso, ne devo parlare con mia zia [[P:Graziella]] e mio cugino [[P:Beppe]] perché era di tutti 🙃",
            ),
        ],
    },
    {
        "business": "orologi",
        "platform": "instagram",
        "customer": "the.rolex.guy.paolo",
        "lang": "it",
        "start": "2025-05-17T12:00:00",
        "messages": [
            (
                "c",
                "oh ciao, vendo un {{PD:Rolex Datejust 1601}} del 1974, vi interessa? sono [[P:Paolo Rinaldi]] ma su insta mi trovate come [[H:the.rolex.guy.paolo]]",
            ),
            (
                "a",
                "Ciao Paolo! Ci interessa, servono foto e se hai scatola e garanzia. Lo compriamo solo con documento del venditore".replace(
                    "Ciao Paolo", "Ciao [[P:Paolo]]"
                ),
            ),
            (
                "c",
                "certo. codice fiscale e tutto, ecco [[CF:BNCLCU92A15F205L]] no aspetta e quello vecchio... cmq il mio nome è registrato, il conto per il bonifico [[I:DE44 5001 0517 5407 3249 31]] perché vivo a [[L:Francoforte]]",
            ),
            (
                "c",
                "l ho preso da un collezionista di [[L:Ginevra]], tale [[P:Herr Bachmann]] lol, ho ancora le sue mail".replace(
                    "[[P:Herr Bachmann]]", "Herr [[P:Bachmann]]"
                ),
            ),
            (
                "a",
                "Ok, fissiamo un incontro in showroom. Non prima di aver visto le foto però 😉 [[P:Edoardo]]",
            ),
        ],
    },
    {
        "business": "orologi",
        "platform": "instagram",
        "customer": "Yara",
        "lang": "en",
        "start": "2025-06-22T19:30:00",
        "messages": [
            (
                "c",
                "hi! looking for a small vintage watch for my husband's 40th, budget around 1500, something like the {{PD:Cartier Tank}} or a {{PD:Patek}} if i'm dreaming lol",
            ),
            (
                "a",
                "Hi! A {{PD:Patek}} is a dream at that budget 😅 but we have a {{PD:Universal Genève Polerouter}} at {{$:1.450 €}}, lovely piece",
            ),
            (
                "c",
                'ohh pretty. i {{W:hope}} he likes it, his name is [[P:Karim]] btw, can you engrave "forever yours 2025" on the back?',
            ),
            (
                "c",
                "i'm [[P:Yara El-Masri]], ship to [[A:22 Rue des Martyrs]], [[A:75009]] [[L:Paris]] please 🇫🇷\nwhatsapp [[T:+33 7 81 20 45 66]]",
            ),
            (
                "a",
                "Lovely, engraving is free. Order {{O:LE-1187}}, shipping with {{B:Chronopost}}, tracking {{TR:XW 4512 3309 8FR}} tomorrow. Edoardo from {{B:Lancette d'Epoca}}".replace(
                    "Edoardo", "[[P:Edoardo]]"
                ),
            ),
            ("c", "merci!! he's going to love it 💝"),
            (
                "c",
                "oh and pls dont tag me, he follows ur page, he's [[H:@karim.elm]] 🤫 and my sister [[P:Rania]] might ask u the same for her husband [[P:Samir]] lol",
            ),
            ("a", "Our lips are sealed 🤐"),
        ],
    },
    # ------------------------------------------------------------------ extra: one more per business
    {
        "business": "manga",
        "platform": "telegram",
        "customer": "Kuroneko",
        "lang": "it",
        "start": "2025-07-04T19:00:00",
        "messages": [
            (
                "c",
                "ciao! organizzo la serata lan x {{PD:Street Fighter 6}} da voi il {{D:19 luglio}}, vi mando la lista iscritti cognome nome + tag",
            ),
            (
                "c",
                "[[P:Esposito]] [[P:Gennaro]] - psn [[H:GennyHadouken]]\n[[P:Moretti]] [[P:Alice]] - steam [[H:alice_mrtt]]\n[[P:Nguyen]] [[P:Bao]] - xbox [[H:BaoTheBrawler]]\n[[P:Kowalczyk]] [[P:Piotr]] - discord [[H:piotrk#0912]]",
            ),
            ("c", "e io ovviamente [[P:Ruggiero]] [[P:Sofia]] aka [[H:kuroneko_sofi]] 😼"),
            (
                "a",
                "Grande Sofia! Segnati tutti e 5, quota {{$:10€}} a testa con una bibita. Ci serve un numero di riferimento x la serata".replace(
                    "Grande Sofia", "Grande [[P:Sofia]]"
                ),
            ),
            (
                "c",
                "il mio [[T:+39 333 0917 442]]\nse nn rispondo chiamate [[P:genny]] [[T:371-882-0416]]",
            ),
            (
                "a",
                "Perfetto. Vi facciamo trovare anche le tavole di {{PD:Jujutsu Kaisen}} esposte 😉 [[P:Ilaria]]",
            ),
            (
                "c",
                "ah dimenticavo [[P:alice]] porta il fratellino [[P:Edo]] di 11 anni, puo stare a guardare?",
            ),
            ("a", "Certo, con un adulto va benissimo! A sabato"),
        ],
    },
    {
        "business": "boxe",
        "platform": "whatsapp",
        "customer": "Coach Dragan",
        "lang": "it",
        "start": "2025-07-11T10:30:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Dragan Petrović]], allenatore a [[L:Novi Sad]]. porto 3 ragazzi per lo sparring camp di {{D:agosto}}, nomi per assicurazione:",
            ),
            (
                "c",
                "[[P:Petrović Milan]] 19 anni\n[[P:Jovanović Stefan]] 21\n[[P:Đorđević Nikola]] 18\nil mio mail [[E:dragan.petrovic.box@example.rs]]",
            ),
            (
                "a",
                "Benvenuti! Servono anche le date di nascita e una foto del passaporto di ognuno, mandatele per mail. Per l'alloggio avete già trovato?",
            ),
            (
                "c",
                "si, dormiamo da amico mio [[P:Zoran]] a [[L:Moncalieri]], [[A:strada Revigliasco 31]]\nsuo numero [[T:+381 64 218 7730]] no scusa questo e il mio, [[P:Zoran]] ha [[T:340 558 1290]]",
            ),
            (
                "a",
                "Perfetto. Il camp costa {{$:150 €}} a pugile, materiale incluso (guantoni {{B:Cleto Reyes}} da 16 oz). Rocco ti aspetta!".replace(
                    "Rocco ti", "[[P:Rocco]] ti"
                ),
            ),
            ("c", "hvala! ci vediamo 🥊", "it"),
        ],
    },
    {
        "business": "elettronica",
        "platform": "instagram",
        "customer": "maker.mira",
        "lang": "en",
        "start": "2025-07-15T15:15:00",
        "messages": [
            (
                "c",
                "hiii i'm [[P:Mira Shah]], i run a small maker channel [[U:youtube.com/@MiraMakesThings]] and i'm building a {{PD:Tesla coil}} 😅 do you sell the {{PD:Nikola}} driver board?",
            ),
            (
                "a",
                "Hi Mira! The {{PD:Nikola DRSSTC driver}} is out of stock, back {{D:next week}}. Want us to reserve one?".replace(
                    "Hi Mira", "Hi [[P:Mira]]"
                ),
            ),
            (
                "c",
                "yes pls!! name on the order [[P:Mira Shah]] or my partner [[P:Tobias Lindqvist]] if he picks up\nmy linktree is [[U:linktr.ee/miramakes]] with all my socials",
            ),
            (
                "c",
                "also my uni is paying, invoice to [[E:m.shah@example.ac.uk]] and the lab manager dr. [[P:Okonkwo]] needs to approve",
            ),
            (
                "a",
                "Reserved as {{O:SL-46630}}! We'll ping you here. Sara".replace(
                    "Sara", "[[P:Sara]]"
                ),
            ),
            (
                "c",
                "ur the best. i'll give u a shoutout in the vid, my insta is [[H:maker.mira]] btw",
            ),
        ],
    },
    {
        "business": "teatro",
        "platform": "whatsapp",
        "customer": "Rosa",
        "lang": "it",
        "start": "2025-09-08T17:20:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Rosa]] la mamma di [[P:Nadia]] e [[P:Karim]] [[P:Bouazizi]], volevo confermare l iscrizione al nuovo anno",
            ),
            (
                "a",
                'Buonasera Rosa! Confermati 😊 quest\'anno lo spettacolo sarà "{{PD:La Bella Addormentata}}" e le prove sono il martedì'.replace(
                    "Buonasera Rosa", "Buonasera [[P:Rosa]]"
                ),
            ),
            (
                "c",
                "bellissimo!! [[P:nadia]] vuole fare la fata verde, quella {{W:rosa}} no perché dice che e da piccole 😂",
            ),
            (
                "c",
                "mi servirebbe fattura x la detrazione, il mio cf è [[CF:BNCLCU92A15F205L]]... no scusa quello e di mio marito [[P:Luca]], tanto paga lui, intestatela a lui",
            ),
            (
                "a",
                "Nessun problema, la intestiamo a [[P:Luca]]. Mi confermi l'indirizzo di residenza?",
            ),
            (
                "c",
                "[[A:via Madama Cristina 40]]\ninterno 12".replace(
                    "interno 12", "[[A:interno 12]]"
                ),
            ),
            ("a", "Grazie! A martedì. [[P:Giulia]] 🎭"),
        ],
    },
    {
        "business": "photobooth",
        "platform": "instagram",
        "customer": "laura_events_mi",
        "lang": "it",
        "start": "2025-09-20T12:40:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Laura Ferri]] wedding planner [[U:instagram.com/laura_events_mi]], ho due matrimoni a {{D:ottobre}} e vorrei il vostro 360 booth",
            ),
            (
                "a",
                "Ciao Laura! Il {{PD:Booth 360}} è {{$:650€}} per 3 ore. Date e location?".replace(
                    "Ciao Laura", "Ciao [[P:Laura]]"
                ),
            ),
            (
                "c",
                "4 ottobre sposi [[P:Brambilla]] / [[P:Okoye]] a {{W:Villa Necchi}}\n11 ottobre sposi [[P:Fumagalli]] - [[P:Zanetti]] in una cascina a [[L:Cassano d'Adda]]",
            ),
            (
                "c",
                "la sposa del 4 e [[P:Chiamaka Okoye]], vi scrive lei direttamente dal suo profilo [[H:@chiamaka.ok]] x gli sfondi",
            ),
            (
                "c",
                "x fatture mandate a me [[E:laura.ferri.events at example dot it]] P.IVA [[V:12507640030]]",
            ),
            (
                "a",
                "Tutto segnato, contratti {{R:CCP-2025-201}} e {{R:CCP-2025-207}}. Grazie! [[P:Alessio]]",
            ),
        ],
    },
    {
        "business": "orologi",
        "platform": "instagram",
        "customer": "vintagehunter_dan",
        "lang": "en",
        "start": "2025-10-02T22:10:00",
        "messages": [
            (
                "c",
                "hey, saw ur reel with the {{PD:Seiko 6139 Pogue}}. how much? i'm [[P:Dan Whitfield]] from [[L:Leeds]]",
            ),
            (
                "a",
                "Hi Dan! It's {{$:890 €}}, full service last month. UK shipping is fine, we handle customs paperwork".replace(
                    "Hi Dan", "Hi [[P:Dan]]"
                ),
            ),
            (
                "c",
                "sound. send to my work pls, c/o [[P:Priya Nair]] reception\n[[A:Unit 5, 41 Kirkstall Road]]\n[[L:Leeds]] [[A:LS3 1HR]]",
            ),
            ("c", "mobile [[T:07911 123 408]] and my mate [[P:Gaz]] might collect if im out"),
            (
                "a",
                "Perfect! Order {{O:LE-1240}}, payment link sent. Edoardo".replace(
                    "Edoardo", "[[P:Edoardo]]"
                ),
            ),
            ("c", "paid 👍 [[P:dan]]"),
            (
                "c",
                "actually card got declined twice, try this one [[C:3764-112988-30154]] my dads, [[P:Graham Whitfield]] ok with it",
            ),
            (
                "a",
                "Dan please only use the payment link, never send card numbers in chat. Delete that message 🙏".replace(
                    "Dan please", "[[P:Dan]] please"
                ),
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(103, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
