# ruff: noqa: E501
"""Hand-written blind test corpus no. 84 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
handle, e-mail, phone and address is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA, a German VAT number) were computed once with python-stdnum / Luhn
and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` marks a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (orders, prices, products, brands,
dates, times, tracking codes, ordinary words and public names, references).

The six invented businesses: an esports club (Nexus Arena Gaming), a music school (Scuola di
Musica Allegro Vivace), a second-hand clothes shop on Instagram (Seconda Pelle Vintage), a
babysitting agency (TataPronta), a wedding planner (Fiori d'Arancio Wedding Planner) and a
computer repair shop (PC Doctor Riparazioni).

Regenerate with: python make_handwritten84_corpus.py (writes handwritten84_corpus.jsonl here).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten84_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "esports": "Nexus Arena Gaming",
    "music": "Scuola di Musica Allegro Vivace",
    "vintage": "Seconda Pelle Vintage",
    "tata": "TataPronta Babysitting",
    "wedding": "Fiori d'Arancio Wedding Planner",
    "repair": "PC Doctor Riparazioni",
}
PAGE_IDS: dict[str, str] = {
    "esports": "684620311452907",
    "music": "684620458120336",
    "vintage": "684620902271154",
    "tata": "684620137764208",
    "wedding": "684620580093411",
    "repair": "684620726615082",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- esports club
    {
        "business": "esports",
        "platform": "telegram",
        "customer": "Lollo_Rizzi",
        "lang": "it",
        "start": "2025-03-04T16:12:00",
        "messages": [
            (
                "c",
                "ciao raga volevo iscrivermi al team di {{PD:Valorant}} x il torneo di {{D:sabato 15 marzo}}\nsono [[P:lorenzo rizzi]] ma in game sono [[H:LolloTheReaper]]\nsu discord mi trovate come [[H:lollo_reaper]]",
            ),
            (
                "a",
                "Ciao [[P:Lorenzo]]! Benvenuto 🎮 se sei minorenne ci serve il nome di un genitore, una mail e il tuo Riot ID completo",
            ),
            (
                "c",
                "ho 16 anni quindi si mia mamma è [[P:Patrizia Donadoni]]\nmail [[E:patri.donadoni chiocciola libero punto it]]\nriot id [[H:LolloTheReaper#EUW7]]",
            ),
            (
                "c",
                "ah e gioco in duo con il mio amico [[P:ivan]] lui su steam è [[H:ivanhoe_99]] il profilo è [[U:steamcommunity.com/id/ivanhoe_99]]",
            ),
            (
                "a",
                "Perfetto, vi mettiamo nel roster tutti e due. Quota {{$:25 €}} a testa, check-in alle {{TM:15:30}} in sala {{W:Leonardo da Vinci}} 😄 la vostra pratica è {{R:NXA-2025-0312}}\n[[P:Matteo]] - {{B:Nexus Arena}}",
            ),
            ("c", "top grazie matte 🔥🔥 ci vediamo li"),
            (
                "c",
                "ah nn so se [[P:ivan]] ha gia la mail ve la mando dopo cmq è [[E:ivan.kovac07@example.com]]",
            ),
        ],
    },
    {
        "business": "esports",
        "platform": "instagram",
        "customer": "Kwame Asante-Boateng",
        "lang": "en",
        "start": "2025-03-09T10:40:00",
        "messages": [
            (
                "c",
                "Hi there, my son [[P:Kofi]] (14) is obsessed with {{PD:Rocket League}} and {{PD:Fortnite}} and wants to join your youth academy. We moved to [[L:Milan]] from [[L:Accra]] last year so his Italian is still so-so",
            ),
            (
                "a",
                "Hi [[P:Kwame]], thanks for reaching out! Our youth academy trains on {{D:Tuesdays}} and {{D:Thursdays}} from {{TM:17:00}}. Coaches speak English too. Could you send us [[P:Kofi]]'s gamer tags and a phone number for a parent?",
            ),
            (
                "c",
                "sure. PSN is [[H:KofiBlaze_GH]], epic name [[H:k0fi.blaze]]\nhe also streams a bit, [[U:twitch.tv/kofiblaze_gh]]\nmy number [[T:+44 7911 238604]] (still my [[L:UK]] sim) or my wife [[P:Abena]] on [[T:+39 347 882 1906]]",
            ),
            (
                "c",
                "oh and he asked if the academy jersey can be shipped home, we are at [[A:via Paolo Sarpi 14]], [[A:20154]], close to {{W:Arco della Pace}}",
            ),
            (
                "a",
                "Great, [[P:Kofi]] is registered for the spring block (ref {{R:ACAD-SPR-118}}). The jersey is {{$:39.90€}}, we ship it with {{B:BRT}}, tracking will look like {{TR:084052731996}}. Which name should be printed on the back?",
            ),
            ("c", "[[H:BLAZE]] please, not his real name 😂 thx!!"),
            ("a", "Noted 😄 Welcome to the team! [[P:Sara]] from {{B:Nexus Arena}}"),
        ],
    },
    {
        "business": "esports",
        "platform": "whatsapp",
        "customer": "Giuse 🎧",
        "lang": "it",
        "start": "2025-04-02T21:05:00",
        "messages": [
            (
                "c",
                "buonasera nn è possibile che ho pagato {{$:40 euro}} x la lan di {{D:sabato}} e poi la annullate cosi 😡\nvoglio il rimborso",
            ),
            (
                "a",
                "Buonasera, ci dispiace moltissimo, la LAN è stata annullata per un guasto elettrico alla sala. Rimborsiamo tutti entro 5 giorni. Mi dice nome e cognome e l'IBAN?",
            ),
            (
                "c",
                "[[P:Giuseppe Mancuso Ferri]]\ndue cognomi si\niban [[I:IT11 K030 6909 6061 0000 0063 719]] intestato a mio padre [[P:Salvo Mancuso]]",
            ),
            (
                "c",
                "e x la ricevuta ecco cf [[CF:PLMFNC90A01L219P]] no aspetta quello è di mio cugino [[P:Franco]] che ha pagato con me 🤦 il suo è quello ok va bene intestatela a lui [[P:Francesco Palmieri]]",
            ),
            (
                "a",
                "Nessun problema, rimborso di {{$:80,00 €}} (due quote) disposto con riferimento {{R:RMB-0402-77}}. Se volete il posto garantito alla prossima LAN scriveteci il vostro gamertag Xbox",
            ),
            (
                "c",
                "[[H:xX GiuseMancu Xx]] il mio e [[P:franco]] è [[H:PalmaFranky90]]\nah e la maglietta dell ordine {{O:#NX-40917}} nn e mai arrivata il tracking è {{TR:3917 2045 8812}}",
            ),
            (
                "a",
                "Verifico subito con il corriere e la ricontatto domani mattina. [[P:Andrea]] - {{B:Nexus Arena Gaming}}",
            ),
        ],
    },
    {
        "business": "esports",
        "platform": "telegram",
        "customer": "mateo.gp",
        "lang": "en",
        "start": "2025-04-18T18:22:00",
        "messages": [
            (
                "c",
                "hello!! i am [[P:Mateo García Pons]], streamer of fighting games, i am in [[L:Torino]] for erasmus until july, from [[L:Valencia]]",
            ),
            (
                "c",
                "i see you make tournament of {{PD:Street Fighter 6}} and {{PD:Tekken 8}}, can i stream it in my channel? [[U:https://www.twitch.tv/mateogp_fgc]]\nalso tiktok [[U:tiktok.com/@mateogarciapons]]",
                "en",
            ),
            (
                "a",
                "Hi [[P:Mateo]]! Sounds great 🙌 we allow co-streaming with a 2 minute delay. Send us your e-mail and we'll share the partner rules. Our main streamer is [[P:Davide]], his handle on twitch is [[H:davide_nxa]]",
            ),
            (
                "c",
                "perfecto! mi correo es [[E:mateo.gpons@correo-ejemplo.es]], bueno, my email 😅\nmy friend [[P:Dani]] want to play also, he main {{W:Ryu}} and he is very strong, his tag is [[H:DaniShoryuken]]",
                "en",
            ),
            ("c", "Muchas gracias de verdad, nos vemos el sábado", "es"),
            (
                "a",
                "De nada! Tournament is on {{D:26/04}} at {{TM:14:00}}, entry {{$:15 €}} including a {{B:Red Bull}} 😄 Your registration code is {{R:FGC-TO-0426}}. [[P:Matteo]]",
            ),
        ],
    },
    {
        "business": "esports",
        "platform": "messenger",
        "customer": "Bianca Zanetti",
        "lang": "it",
        "start": "2025-05-20T08:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, scrivo per mio figlio [[P:Felice]] che vorrebbe fare il vostro camp estivo di {{PD:Minecraft}} e coding. Ha 11 anni",
            ),
            (
                "a",
                "Buongiorno! Il camp è dal {{D:16 al 27 giugno}}, dalle {{TM:9}} alle {{TM:13}}, costo {{$:180 €}} a settimana. Serve il modulo firmato da un genitore",
            ),
            (
                "c",
                "ok perfetto, il modulo lo firma il papà [[P:Renato Zanetti]] perche io sono via per lavoro a [[L:Bruxelles]] fino a {{D:luglio}}\nil suo cell è [[T:333.418.7720]]",
            ),
            (
                "c",
                "ah importante: [[P:felice]] va a prenderlo la nonna [[P:Graziella]] il martedì, e poi c'è il suo amichetto [[P:Samuele Ortolan]] che viene con lui, la mamma è [[P:Lucia]], vi scrive lei",
            ),
            (
                "a",
                "Grazie, annotiamo tutto. Per l'account {{PD:Minecraft}} ci serve il nome utente di [[P:Felice]] 🙂 il server si chiama {{W:San Giorgio}} come la via della sede",
            ),
            (
                "c",
                "credo sia [[H:felix_builder11]] ma glielo chiedo stasera, sono {{W:felice}} che ci sia posto 😊",
                "it",
            ),
        ],
    },
    # ---------------------------------------------------------------- music school
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Marta",
        "lang": "it",
        "start": "2025-01-13T13:30:00",
        "messages": [
            (
                "c",
                "salve volevo info x lezioni di pianoforte x mia figlia [[P:Rosa]] ha 7 anni\nio sono [[P:Marta Pellizzari]]",
            ),
            (
                "a",
                "Buongiorno [[P:Marta]]! Per i bambini di 7 anni abbiamo il corso di propedeutica con la maestra [[P:Elena]], il {{D:mercoledì}} alle {{TM:16:45}}. Avete un pianoforte a casa?",
            ),
            (
                "c",
                "si un {{B:Yamaha}} verticale vecchio di mio suocero [[P:Gianni]] 😅 lo facciamo accordare\nil mio numero x la segreteria è [[T:340 55\n91 204]] scusa mi è partito",
            ),
            (
                "c",
                "cioè [[T:340 5591204]] ecco\nsiamo in [[A:via Rossetti 33]] a [[L:Trieste]] quindi siete vicinissimi",
            ),
            (
                "a",
                "Perfetto! La prima lezione di prova è gratuita. A {{D:giugno}} c'è il saggio al {{W:Teatro Verdi}} con un programma su {{W:Chopin}} e {{W:Clementi}}, magari [[P:Rosa]] suonerà già qualcosa 🎹 [[P:Giulia]] - {{B:Allegro Vivace}}",
            ),
            (
                "c",
                "che bello grazie [[P:giulia]]!! mia mamma [[P:Speranza]] si commuove gia 😂 a mercoledi",
                "it",
            ),
        ],
    },
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Chidi Okonkwo-Adeyemi",
        "lang": "en",
        "start": "2025-02-02T19:10:00",
        "messages": [
            (
                "c",
                "Good evening, I'm [[P:Chidi Okonkwo-Adeyemi]], 34, I'd like adult guitar lessons. I play a bit of afrobeat by ear. I've got a {{B:Fender}} {{PD:Stratocaster}} and an old {{PD:Gibson Les Paul}} copy",
            ),
            (
                "a",
                "Good evening [[P:Chidi]]! Our electric guitar teacher is [[P:Tomás Ibarra]], he teaches in English and Spanish. Thursday at {{TM:20:00}} works for you?",
            ),
            (
                "c",
                "thursday is perfect. you can check how I play on my channel [[U:youtube.com/@chidiokonkwoplays]], and my insta is [[H:@chidi.strings]]\nI live in [[L:San Donà]] so I drive in",
            ),
            (
                "c",
                "my partner [[P:Will]] might join later for bass, {{W:will}} he need his own amp?",
            ),
            (
                "a",
                "[[P:Will]] is very welcome! We have {{B:Marshall}} and {{B:Ampeg}} amps in the rooms, no need to bring one. Monthly fee is {{$:120 €}} for 4 lessons, receipt {{R:AV-2025-0087}}. Send me an e-mail address for the invoice please",
            ),
            ("c", "[[E:c.okonkwo.adeyemi (at) mailbox-demo (dot) com]]\ncheers"),
        ],
    },
    {
        "business": "music",
        "platform": "instagram",
        "customer": "aurora.sings",
        "lang": "it",
        "start": "2025-02-21T22:47:00",
        "messages": [
            (
                "c",
                "ciaoo volevo fare lezioni di canto moderno 🎤 ho 17 anni canto su tiktok [[U:tiktok.com/@aurora.sings_]] e ho messo un pezzo su spotify [[U:open.spotify.com/artist/4xQm7vAuroraDM]]",
            ),
            (
                "c",
                "mi chiamo [[P:aurora de martino]] tutto attaccato [[P:demartino]] su insta sono [[H:aurora.sings]] ma il profilo privato è [[H:auri_dm_07]]",
            ),
            (
                "a",
                "Ciao [[P:Aurora]]! 🎶 Il corso di canto moderno è con [[P:Vanessa]], {{D:lunedì}} e {{D:venerdì}} pomeriggio. Essendo minorenne ci serve il contatto di un genitore",
            ),
            (
                "c",
                "mio papà [[P:Ciro De Martino]] [[T:+39 328 114 0673]]\nvengo con la mia amica [[P:giorgia]] che suona la chitarra possiamo fare lezione insieme?",
            ),
            (
                "a",
                "Certo, abbiamo le lezioni di coppia a {{$:30 €}} a testa. Preparate un pezzo, anche di {{W:Mina}} o {{W:Elisa}} va benissimo 😄",
            ),
            ("c", "{{W:elisa}} la adoroo 😍 ok grazieee"),
        ],
    },
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Davide Bertoli",
        "lang": "it",
        "start": "2025-03-11T09:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi servirebbe la fattura per le lezioni di batteria di mio figlio [[P:Niccolò]] del trimestre, intestata a me: [[P:Davide Bertoli]], codice fiscale [[CF:BRTDVD88C12H501B]]",
            ),
            (
                "c",
                "anzi no, intestatela alla mia ditta che cosi la scarico, p.iva [[V:04129380715]], ditta individuale",
            ),
            ("a", "Buongiorno! Certo. Ci serve la sede legale della ditta e una PEC o mail"),
            ("c", "[[A:via dei Mille 8/B]]\n[[A:00185]] [[L:Roma]]"),
            (
                "c",
                "mail amministrazione [[E:amministrazione@bertoli-impianti.example.it]] ma mandatela anche a mia moglie [[P:Silvia]] [[E:silvia.r.bertoli@example.it]] che le sistema lei",
            ),
            (
                "a",
                "Fattura {{R:FT 2025/0142}} da {{$:345,00 €}} inviata a entrambi gli indirizzi. Il prossimo trimestre parte il {{D:1 aprile}}. Buona giornata, [[P:Chiara]] - segreteria",
            ),
        ],
    },
    {
        "business": "music",
        "platform": "telegram",
        "customer": "Ute",
        "lang": "en",
        "start": "2025-04-07T11:20:00",
        "messages": [
            (
                "c",
                "Hallo, I am [[P:Ute Brandstätter]], my english is not so good, italian worse 🙈 my daughter [[P:Hope]] want to learn cello. We live since september in [[L:Udine]]",
            ),
            (
                "a",
                "Hello [[P:Ute]]! No problem at all. We have cello lessons on Saturday morning with maestro [[P:Kowalczyk]]. How old is [[P:Hope]]?",
            ),
            (
                "c",
                "she is 9. in summer she is at grandma [[P:Hildegard]] in [[L:München]], can you send the sheet music there? [[A:Lindenstraße 12]], [[A:80331]] [[L:München]]",
            ),
            ("c", "Vielen Dank, Sie sind sehr nett!", "de"),
            (
                "a",
                "Of course, we send the {{PD:Suzuki Cello School vol. 1}} book by post, {{$:18 €}} plus shipping. We {{W:hope}} [[P:Hope]] will love it 😊 Please send a phone number for the teacher",
            ),
            (
                "c",
                "haha yes 😄 my number [[T:0049 171 4432 908]] my husband [[P:Jörg]] [[T:+39 351 220 7784]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- vintage clothes on Instagram
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "fede_ricciardi",
        "lang": "it",
        "start": "2025-01-27T20:15:00",
        "messages": [
            ("c", "ciao la giacca {{B:Levi's}} trucker anni 90 è ancora disponibile? taglia M?"),
            ("a", "Ciao! Sì 🤍 taglia M, {{$:48 €}} + spedizione. Vuoi che te la blocchi?"),
            (
                "c",
                "siii bloccamela x favore\nsono [[P:Federica Ricciardi]]\nspedisci a [[A:via Garibaldi 112, scala C int. 9]]\n[[A:80142]] [[L:Napoli]]",
            ),
            (
                "c",
                "sul citofono c è scritto [[P:Esposito]] perche è casa del mio ragazzo [[P:Gennaro]] 😅 il suo num [[T:3891207745]]",
            ),
            (
                "a",
                "Perfetto [[P:Fede]]! Ordine {{O:SPV-1187}}, ti mando il link {{B:PayPal}} per il pagamento. Ti metto da parte anche la borsa {{B:Gucci}} color {{W:rosa antico}} che avevi messo like?",
            ),
            ("c", "nooo nn tentarmi 😂 ok va bene anche la borsa ma solo se mi fai lo sconto"),
            (
                "a",
                "Ahah ok {{$:10 €}} di sconto 😉 spedito tutto stamattina, tracking {{TR:IT0045 2231 9087 4412 0063}}. Grazie [[P:Federica]]! [[P:Irene]] di {{B:Seconda Pelle}}",
            ),
            (
                "c",
                "siii graziee [[P:ire]] 😘 se nn mi trova il corriere chiamate [[P:genny]] al numero di prima",
            ),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "ellie.thrifts",
        "lang": "en",
        "start": "2025-02-08T23:05:00",
        "messages": [
            (
                "c",
                "hiya!! is the {{B:Burberry}} trench still available?? do you ship to the [[L:UK]]? 🇬🇧",
            ),
            (
                "a",
                "Hi! Yes it is 😊 size 10 UK, {{$:95 €}}. We ship to the {{W:UK}} with {{B:DHL}}, about 4-5 days",
            ),
            (
                "c",
                "amazing. name is [[P:Eleanor Whitcombe]] but everyone calls me [[P:Ellie]]\n[[A:Flat 3, 27 Ashgrove Road]]\n[[L:Bristol]]\n[[A:BS6 5LT]]",
            ),
            (
                "c",
                "phone for the courier [[T:07700 913 482]] and paypal is [[E:ellie.whitcombe92@example.co.uk]]\noh and if nobody answers leave it with my neighbour Mrs [[P:Okafor]] at number 25 lol",
            ),
            (
                "a",
                "All set [[P:Ellie]]! Order {{O:SPV-1203}}, tracking will be sent tomorrow, it looks like {{TR:JD014600003828471902}}. Thank you for shopping vintage 💚 [[P:Noemi]]",
            ),
            ("c", "omg thank uuu [[P:noemi]] 💕 will tag you [[H:@ellie.thrifts]] when it lands"),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "giuliamarino.closet",
        "lang": "it",
        "start": "2025-03-03T12:44:00",
        "messages": [
            (
                "c",
                "ciao ho visto che fate conto vendita 👀 io ho tipo 20 capi da vendere, qualcosa di {{B:Max Mara}} e un cappotto {{B:Valentino}}",
            ),
            (
                "a",
                "Ciao! Sì, tratteniamo il 40% sul venduto e paghiamo a fine mese con bonifico. Ci servono i tuoi dati per il contratto 📄",
            ),
            (
                "c",
                "allora [[P:Giulia Marino]] cf [[CF:MRNGLI92T45F205U]]\niban [[I:IT36 W020 0802 4350 0010 4428 964]]\nmi ha consigliato voi [[P:Camilla]] [[H:@cami.secondhand]] che vende da voi da un anno",
            ),
            (
                "c",
                "ah il cappotto {{B:valentino}} era di mia nonna [[P:Valentina]] quindi ci tengo 🥲 almeno {{$:200}}",
            ),
            (
                "a",
                "Capito, mettiamo {{$:220 €}} come prezzo di partenza. Il contratto è il {{R:CV-2025-031}}, lo puoi firmare in negozio in {{W:corso Buenos Aires}}. Ciao [[P:Giulia]]! [[P:Irene]]",
            ),
            ("c", "perfetto passo giovedi con mia sorella [[P:bea]] che ha altre cose 🛍️"),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "xiaoling_c",
        "lang": "it",
        "start": "2025-03-19T17:33:00",
        "messages": [
            (
                "c",
                "ciao, io vuole compra borsa {{B:Chanel}} nera, quanto costa? io sono [[P:Chen Xiaoling]]",
            ),
            (
                "a",
                "Ciao [[P:Xiaoling]]! La borsa {{B:Chanel}} è {{$:650 €}} con certificato di autenticità. Vuoi vederla in negozio o te la spediamo?",
            ),
            (
                "c",
                "spedire per favore a [[L:Prato]], [[A:via Pistoiese 211]], [[A:59100]]\nnome campanello [[P:Lin]] per mio marito [[P:Lin Hao]]",
            ),
            (
                "c",
                "mio fidanzato.. no mio amico [[P:Valentino]] dice che anche c'e scarpe {{B:Valentino}} rosso? per lui sorella",
            ),
            (
                "a",
                "Sì, abbiamo delle décolleté {{B:Valentino}} color {{W:rosso}} n. 38 a {{$:140 €}} 👠 Il tuo ordine per la borsa è {{O:SPV-1241}}",
            ),
            (
                "c",
                "ok grazie mille. telefono [[T:+86 138 1024 7756]] o wechat [[H:xiaoling_prato88]]",
            ),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "Amélie Rousseau",
        "lang": "en",
        "start": "2025-04-10T09:18:00",
        "messages": [
            (
                "c",
                "Bonjour! sorry my english, I see the {{B:Yves Saint Laurent}} blazer in your story, it is size 38 FR?",
            ),
            ("a", "Bonjour [[P:Amélie]]! It's an IT 42, so a FR 38, yes 😊 {{$:130 €}}"),
            (
                "c",
                "parfait! je le prends. Please send to my sister [[P:Margaux Rousseau]] in [[L:Lyon]], [[A:12 rue Victor Hugo]], [[A:69002]]",
                "fr",
            ),
            (
                "c",
                "I am living in [[L:Bologna]] for my work but she will give it to me at Christmas\nmy mail [[E:amelie.rousseau@exemple.fr]]",
            ),
            (
                "a",
                "Perfect, order {{O:SPV-1275}} shipped with {{B:Colissimo}} tomorrow. The blazer is from the {{D:1998}} collection, a true classic! [[P:Noemi]]",
            ),
            ("c", "merci beaucoup [[P:Noemi]], très gentille", "fr"),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "rosa_nera_vintage_lover",
        "lang": "it",
        "start": "2025-05-06T21:51:00",
        "messages": [
            (
                "c",
                "ciao il vestito a fiori {{B:Laura Biagiotti}} è ancora disponibile? quello {{W:rosa}} con le maniche a sbuffo",
            ),
            ("a", "Ciao! Sì, taglia 44, {{$:65 €}} 🌸"),
            (
                "c",
                "lo prendo!! sono [[P:Rosa Nerini]], mi trovi anche su tiktok come [[H:rosanera.vtg]] e ho un mio piccolo shop [[U:www.rosanerini-handmade.it]]",
            ),
            (
                "c",
                "spedisci a [[L:Sesto San Giovanni]]\n[[A:via Fratelli Bandiera 5]] [[A:20099]] presso [[P:Dell'Acqua]]",
            ),
            (
                "a",
                "Ordine {{O:SPV-1302}} confermato [[P:Rosa]]! Ti mandiamo anche un buono di {{$:10 €}} per il prossimo acquisto 💝",
            ),
            ("c", "graziee ❤️ ah se serve il mio num è [[T:339-4410-287]]"),
        ],
    },
    # ---------------------------------------------------------------- babysitting agency
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Ilaria",
        "lang": "it",
        "start": "2025-01-09T07:41:00",
        "messages": [
            (
                "c",
                "buongiorno avrei bisogno urgente di una tata x venerdi sera\nho due bimbi [[P:Tommaso]] 5 anni e [[P:Gioia]] 2\nio sono [[P:Ilaria Benedetti]]",
            ),
            (
                "a",
                "Buongiorno [[P:Ilaria]]! Venerdì {{D:10 gennaio}} dalle {{TM:19:30}} abbiamo disponibile [[P:Alessia]], ha il corso di primo soccorso pediatrico. Tariffa {{$:12 €/ora}}. Ci manda l'indirizzo?",
            ),
            ("c", "[[A:viale Monza 45]]\n[[A:scala B int. 7]]\ncitofono [[P:Benedetti-Lorusso]]"),
            (
                "c",
                "mio marito [[P:Pasquale]] torna alle 23 circa, il suo numero è [[T:(+39) 366 702 1154]]\n[[P:gioia]] deve andare a letto alle 8 sennò è una tragedia 😂",
            ),
            (
                "a",
                "Segnato tutto 🙂 [[P:Alessia]] arriverà alle {{TM:19:15}}. La prenotazione è {{R:TP-0110-22}}. Che {{W:gioia}} due bimbi così! [[P:Martina]] - {{B:TataPronta}}",
            ),
            ("c", "grazie [[P:martina]] 🙏"),
        ],
    },
    {
        "business": "tata",
        "platform": "messenger",
        "customer": "Jennifer Holloway",
        "lang": "en",
        "start": "2025-02-14T15:02:00",
        "messages": [
            (
                "c",
                "Hi! We just relocated to [[L:Bologna]] from [[L:Austin]] for my husband's job and we need an English-speaking sitter 3 afternoons a week",
            ),
            (
                "c",
                "our kids are [[P:Mason]] (8) and [[P:Lily]] (4). [[P:Lily]] has a peanut allergy so that's super important",
            ),
            (
                "a",
                "Welcome to [[L:Bologna]] [[P:Jennifer]]! We have a lovely sitter, [[P:Amara Diallo]], fluent in English and French, trained in allergy care. Monday, Wednesday, Friday {{TM:14:00}}-{{TM:18:00}}?",
            ),
            (
                "c",
                "perfect!! our apartment is [[A:via Saragozza 98, apt 4]] (the landlord signor [[P:Cavazza]] lives downstairs, ring him if the buzzer doesn't work)\nmy cell is a [[L:US]] number [[T:+1 (512) 555-0143]]",
            ),
            (
                "a",
                "Noted, thank you! Monthly package is {{$:540 €}}, booking {{R:TP-0214-05}}. [[P:Amara]] will come on {{D:Monday the 17th}} for a meet & greet. [[P:Martina]]",
            ),
            (
                "c",
                "thank you so much [[P:Martina]], [[P:mason]] is already asking if she plays {{PD:Minecraft}} lol",
            ),
        ],
    },
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Oksana",
        "lang": "it",
        "start": "2025-03-01T10:25:00",
        "messages": [
            (
                "c",
                "buongiorno, io cerco lavoro come babysitter, ho esperienza 6 anni in [[L:Ucraina]] e 2 anni qui in [[L:Italia]]. mi chiamo [[P:Oksana Kovalenko]]",
            ),
            (
                "a",
                "Buongiorno [[P:Oksana]], grazie per averci scritto! Ci può mandare un CV, un recapito e i riferimenti di una famiglia per cui ha lavorato?",
            ),
            (
                "c",
                "si certo. mail [[E:oksana.kovalenko[at]example[dot]com]]\ntel [[T:351 880 43 12]]\nho lavorato per famiglia [[P:Bellandi]] a [[L:Varese]] e prima a [[L:Bra]] vicino [[L:Cuneo]], signora [[P:Cristina Bellandi]] [[T:0332 281944]]",
            ),
            (
                "a",
                "Perfetto. Per il contratto occasionale ci servono codice fiscale e IBAN per i pagamenti",
            ),
            (
                "c",
                "codice fiscale ancora non ho quello definitivo, iban è [[I:DE44 5001 0517 5407 3249 31]] è della banca di mio fratello [[P:Taras]] in [[L:Germania]], va bene?",
            ),
            (
                "a",
                "Per i pagamenti serve un conto a suo nome, ma ne parliamo al colloquio {{D:mercoledì 5}} alle {{TM:11}} in {{W:via Indipendenza}}, di fronte alla {{W:Feltrinelli}} 🙂 [[P:Martina]]",
            ),
        ],
    },
    {
        "business": "tata",
        "platform": "telegram",
        "customer": "Enzo",
        "lang": "it",
        "start": "2025-04-04T20:58:00",
        "messages": [
            (
                "c",
                "salve sn il papà di [[P:nicolò]] quello con la tata [[P:Ramona]] del martedì\nvolevo dire che da questa settimana [[P:nicolò]] nn puo mangiare latticini lo ha detto la pediatra dott.ssa [[P:Fiorentini]]",
            ),
            (
                "a",
                "Buonasera, grazie per l'avviso! Lo comunichiamo subito a [[P:Ramona]]. Ci conferma il suo nome per la scheda? Abbiamo solo quello della mamma",
            ),
            (
                "c",
                "[[P:Vincenzo Caruso]] ma tutti mi dicono [[P:Enzo]]\nmartedì prossimo lo va a prendere la nonna [[P:Pina]] perche io sono a [[L:Catania]] per lavoro",
            ),
            ("c", "il num della nonna [[T:095 / 731 2269]]\nè un po sorda chiamate forte 😅"),
            (
                "a",
                "Perfetto signor [[P:Caruso]], aggiornato. Per la festa di {{W:San Nicola}} la tata può portarlo al {{W:Parco Sempione}} come gli altri bimbi? 🎈",
            ),
            ("c", "si si va benissimo grazie"),
        ],
    },
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Priya R.",
        "lang": "en",
        "start": "2025-05-12T18:30:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Priya Raghunathan]], we need a sitter who can speak a little Hindi or Tamil for my kids [[P:Arjun]] and [[P:Diya]]. we live in [[L:Lainate]]",
            ),
            (
                "a",
                "Hello [[P:Priya]]! We have [[P:Shreya]], a student from [[L:Pune]] who speaks Hindi and Italian, she's available on weekends",
            ),
            (
                "c",
                "oh lovely. my husband [[P:Karthik]] will be home saturdays from 2. address [[A:via Garbagnate 17]]\n[[A:20045]]",
            ),
            ("c", "my whatsapp is this one but the house phone is\n[[T:02 9370\n4415]]"),
            (
                "a",
                "Booking {{R:TP-0517-09}} confirmed for {{D:Saturday 17 May}}, {{TM:14:00}}-{{TM:20:00}}, {{$:78 €}} total. [[P:Shreya]] will bring some {{PD:Bournvita}} if the kids like it 😄",
            ),
            ("c", "[[P:diya]] will be so happy thank you!! 🙏"),
        ],
    },
    # ---------------------------------------------------------------- wedding planner
    {
        "business": "wedding",
        "platform": "whatsapp",
        "customer": "Chiara 💍",
        "lang": "it",
        "start": "2025-01-18T11:05:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Chiara Esposito Gallo]] ci siamo sentite alla fiera degli sposi, io e [[P:Stefano]] ci sposiamo il {{D:13 settembre}} e vorremmo voi 😍",
            ),
            (
                "a",
                "Ciao [[P:Chiara]]! Che bello, congratulazioni a te e [[P:Stefano]] 💐 Avete già scelto chiesa e location?",
            ),
            (
                "c",
                "chiesa di {{W:San Francesco}} in centro e ricevimento a {{W:Villa Erba}}\nio sono di [[L:Caserta]] quindi metà invitati arrivano da giu, lui invece è di [[L:Como]]",
            ),
            (
                "c",
                "i testimoni sono mia cugina [[P:Annarita]] e il suo amico [[P:gigi bonfanti]] detto il [[P:Bonfa]] 😂\nil vestito è {{B:Pronovias}} e la torta la vogliamo tipo {{PD:Sacher}} ma a 4 piani",
            ),
            (
                "a",
                "Perfetto, prendo nota! Per il preventivo mi mandi una mail e il numero di [[P:Stefano]]? Il pacchetto base parte da {{$:3.500 €}}. [[P:Valeria]] - {{B:Fiori d'Arancio}}",
            ),
            (
                "c",
                "[[E:chiara.espositogallo@example.it]]\n[[P:stefano]] [[T:+39 349 6620 318]]\nil mio è questo",
            ),
            ("a", "Grazie! Preventivo {{R:FDA-25-013}} in arrivo entro {{D:venerdì}} 🤍"),
        ],
    },
    {
        "business": "wedding",
        "platform": "messenger",
        "customer": "Hannah Pritchard",
        "lang": "en",
        "start": "2025-02-03T20:40:00",
        "messages": [
            (
                "c",
                "Hi! My fiancé [[P:Oliver]] and I are planning a small wedding in [[L:Tuscany]] next June, about 40 guests, we're flying in from [[L:Leeds]]. Do you organise everything incl. the legal side?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Yes, we handle the paperwork at the comune and the nulla osta at the consulate. Could you both send your full names as they appear on your passports?",
            ),
            (
                "c",
                "[[P:Hannah Louise Pritchard]] and [[P:Oliver James Thistlewood]]\n[[P:T-H-I-S-T-L-E-W-O-O-D]], people always get it wrong 😅",
            ),
            (
                "c",
                "oh and his uncle [[P:Rob]] will do a reading, and our photographer is [[P:Priyanka Shah]], her work is at [[U:instagram.com/priyankashah.photo]]\nmy email [[E:hannah.pritchard@mail-example.co.uk]] and mobile [[T:+44 (0)7723 418 905]]",
            ),
            (
                "a",
                "Lovely! We'll suggest a few venues near {{W:Montalcino}} with a {{PD:Brunello}} tasting for the guests 🍷 Your file number is {{R:FDA-25-021}}. [[P:Valeria]]",
            ),
            ("c", "{{PD:Brunello}}?? [[P:Oliver]] is already sold 😂 thank you [[P:Valeria]]!"),
        ],
    },
    {
        "business": "wedding",
        "platform": "instagram",
        "customer": "dj_samirakhalil",
        "lang": "it",
        "start": "2025-02-26T15:15:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Samira Khalil]], dj e vocalist per matrimoni 🎧 vorrei proporvi una collaborazione, il mio set lo trovate su [[U:soundcloud.com/samirakhalil-dj]] e [[U:linktr.ee/djsamira.k]]",
            ),
            (
                "a",
                "Ciao [[P:Samira]]! Ci interessa, abbiamo diversi matrimoni in estate. Lavori con partita IVA?",
            ),
            (
                "c",
                "si certo p iva [[V:05987120432]], cf [[CF:KHLSMR95E55Z330Z]]\nsono nata in [[L:Marocco]] ma vivo a [[L:Bergamo]] da 20 anni 😊\niban x i pagamenti [[I:IT06 M032 6822 3000 5284 9400 761]]",
            ),
            (
                "c",
                "lavoro in coppia con [[P:Yassine]] il mio fonico, su insta è [[H:yassine.sound]]\nil mio num [[T:347-204-9981]]",
            ),
            (
                "a",
                "Perfetto, ti inseriamo tra i fornitori (codice {{R:FORN-088}}). La tariffa che proponi per 5 ore è {{$:900 €}}? [[P:Valeria]]",
            ),
            (
                "c",
                "si {{$:900}} + iva, e la prima canzone la scelgono gli sposi, anche {{W:Ed Sheeran}} va bene eh 😂",
            ),
        ],
    },
    {
        "business": "wedding",
        "platform": "whatsapp",
        "customer": "Loredana",
        "lang": "it",
        "start": "2025-04-22T09:48:00",
        "messages": [
            (
                "c",
                "buongiorno sono la mamma della sposa [[P:Benedetta]]\nvolevo dire che il tavolo {{W:Puccini}} non va bene perche c e mia cognata [[P:Ornella]] vicino al mio ex marito [[P:Franco Rigamonti]] e non si parlano da 10 anni",
            ),
            (
                "a",
                "Buongiorno signora, capisco benissimo 🙏 spostiamo [[P:Ornella]] al tavolo {{W:Verdi}} con le cugine di [[P:Benedetta]]?",
            ),
            (
                "c",
                "si ma non vicino alla zia [[P:Santa]] che la critica sempre\ne poi il messa la fa don [[P:Aurelio]] non don [[P:Piero]] ho sbagliato io a dirvi",
            ),
            (
                "c",
                "la chiesa è {{W:Santa Rita}}, sempre quella. ah e mio fratello [[P:Nando]] viene da [[L:Buenos Aires]] atterra il {{D:3 giugno}} a {{W:Malpensa}} serve un autista",
            ),
            (
                "a",
                "Tutto annotato: tavoli aggiornati, celebrante don [[P:Aurelio]] e transfer per [[P:Nando]] il {{D:3/6}} (volo {{R:AR1140}}). Ci manda il suo numero? [[P:Valeria]]",
            ),
            (
                "c",
                "[[T:+54 9 11 4827 3310]] è [[L:argentino]] il numero\ngrazie cara sei un tesoro",
            ),
        ],
    },
    {
        "business": "wedding",
        "platform": "telegram",
        "customer": "Yousef",
        "lang": "en",
        "start": "2025-05-29T13:00:00",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Yousef Al-Hashimi]], I want to marry my fiancée [[P:Layla Haddad]] in [[L:Italy]] in October. Her family comes from [[L:Amman]] and mine from [[L:Dubai]]",
            ),
            (
                "a",
                "Hello [[P:Yousef]], congratulations! We have organised many multicultural weddings. Do you need halal catering and a separate area for the henna night?",
            ),
            (
                "c",
                "yes both please 🙏 her mother Mrs [[P:Rania]] will contact you too, she is the real boss 😄\nmy email [[E:yousef.alhashimi@example.ae]], telegram [[H:@yousef_hashimi]]",
            ),
            (
                "c",
                "also my best man [[P:Tariq]] is a photographer [[U:www.tariqlens-portfolio.com]]",
            ),
            (
                "a",
                "Perfect! We'll prepare a proposal with venues on {{W:Lake Garda}}, around {{$:25,000 €}} for 150 guests. Reference {{R:FDA-25-047}}. Warm regards, [[P:Valeria]]",
            ),
            ("c", "Shukran, thank you [[P:Valeria]]!"),
        ],
    },
    # ---------------------------------------------------------------- computer repair shop
    {
        "business": "repair",
        "platform": "whatsapp",
        "customer": "Massimo T.",
        "lang": "it",
        "start": "2025-01-22T17:12:00",
        "messages": [
            (
                "c",
                "salve ho portato ieri un portatile {{B:Dell}} {{PD:Inspiron 15}} che non si accende, a nome [[P:Massimo Tedeschi]], volevo sapere a che punto siete",
            ),
            (
                "a",
                "Buonasera, la pratica è la {{R:PCD-2025-0118}}: è la scheda madre, riparazione {{$:160 €}} oppure sostituzione con un {{B:HP}} {{PD:Pavilion}} ricondizionato a {{$:299 €}}",
            ),
            (
                "c",
                "riparatelo pls dentro ci sono le foto della comunione di mia figlia [[P:Giada]]\nse serve chiamate mia moglie [[P:Lorella]] [[T:0039 338 771 2049]] che io sono in turno",
            ),
            ("c", "e la fattura a [[E:massimo.tedeschi71@example.it]] grazie"),
            ("a", "Ok, procediamo. Pronto per {{D:lunedì 27}}. [[P:Luca]] - {{B:PC Doctor}}"),
            ("c", "grazie [[P:luca]]"),
        ],
    },
    {
        "business": "repair",
        "platform": "messenger",
        "customer": "Ryan Castellanos",
        "lang": "en",
        "start": "2025-02-11T22:30:00",
        "messages": [
            (
                "c",
                "hey my instagram got hacked, someone changed the email and now posts crypto scams 😭 my handle was [[H:@ryan.castellanos]]",
            ),
            (
                "a",
                "Hi [[P:Ryan]], sorry to hear that! Do you still have access to the e-mail that was originally linked? And did you get any login alert?",
            ),
            (
                "c",
                "original email [[E:ryancastellanos.music@example.com]]\nthe alert said login from [[IP:185.203.72.14]] in some city i've never been to\nand another one from [[IP:2a02:2f0b:a10c:4e00:9d3f:61ab:c2e7:1a05]]",
            ),
            (
                "c",
                "my sister [[P:Marisol]] still follows me, her account is [[H:marisol_cstl]], she saw the scam stories first",
            ),
            (
                "a",
                "OK, bring the phone to the shop tomorrow, we'll do the recovery with you ({{$:35 €}}, ticket {{R:PCD-2025-0231}}). Please don't click anything in the meantime. [[P:Luca]]",
            ),
            ("c", "thanks man 🙏 i'll come by around {{TM:10}}"),
        ],
    },
    {
        "business": "repair",
        "platform": "telegram",
        "customer": "Nikolai_V",
        "lang": "it",
        "start": "2025-03-07T19:45:00",
        "messages": [
            (
                "c",
                "ciao vorrei un pc da gaming assemblato, budget {{$:1500}}, con {{PD:Ryzen 7 7800X3D}} e una {{PD:RTX 4070 Super}}\nci gioco a {{PD:Counter-Strike 2}} e {{PD:Baldur's Gate 3}}",
            ),
            (
                "a",
                "Ciao! Fattibile 💪 ti preparo una configurazione con case {{B:NZXT}} e alimentatore {{B:Corsair}}. Nome e cognome per il preventivo?",
            ),
            (
                "c",
                "[[P:Nikolai Vasilenko]]\nsteam [[H:nikovas_cs]] se volete vedere cosa gioco 😂 [[U:https://steamcommunity.com/id/nikovas_cs/]]\ndiscord [[H:niko.vas]]",
            ),
            (
                "c",
                "ah fattura alla mia partita iva che faccio il grafico freelance [[V:07731460155]]\nsede [[A:via Nizza 152]] [[A:10126]] [[L:Torino]]",
            ),
            (
                "a",
                "Preventivo {{R:PREV-0307-12}}: {{$:1.489 €}} montato e testato, pronto in 5 giorni. Si ritira in negozio in {{W:corso Vittorio Emanuele}}",
            ),
            (
                "c",
                "perfetto, lo passa a prendere mio coinquilino [[P:Dimitri]] se io sono a lavoro ok?",
            ),
        ],
    },
    {
        "business": "repair",
        "platform": "whatsapp",
        "customer": "Sergio Vidali",
        "lang": "it",
        "start": "2025-04-14T08:20:00",
        "messages": [
            (
                "c",
                "Buon giorno, sono [[P:Sergio Vidali]], ho 78 anni, mio nipote [[P:Nicolò]] mi ha detto di scrivere qui\nil computer non mi fa piu vedere le foto della mia povera moglie [[P:Bruna]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Vidali]], non si preoccupi, quasi sempre le foto si recuperano. Può portarci il computer o preferisce che veniamo a casa?",
            ),
            (
                "c",
                "meglio a casa io non guido piu. abito in [[A:via San Michele 41]] a [[L:Muggia]]\nal secondo piano",
            ),
            (
                "c",
                "numero di casa [[T:040 / 30 44 187]]\nse non rispondo e perche sono dalla vicina signora [[P:Zuppin]] a giocare a carte 🙂",
            ),
            (
                "a",
                "Perfetto, passa il nostro tecnico [[P:Luca]] {{D:giovedì}} verso le {{TM:10:30}}, uscita a domicilio {{$:30 €}}. Le porti una chiavetta se ce l'ha",
            ),
            ("c", "grazie mille siete gentilissimi saluti [[P:Sergio]]"),
        ],
    },
    {
        "business": "repair",
        "platform": "instagram",
        "customer": "kasia.wn",
        "lang": "en",
        "start": "2025-05-03T14:10:00",
        "messages": [
            (
                "c",
                "hi! i spilled tea on my {{B:Apple}} {{PD:MacBook Air M2}} 😩 keyboard not working. i'm [[P:Katarzyna Wójcik-Nowak]], erasmus student here, my friends call me [[P:Kasia]]",
            ),
            (
                "a",
                "Hi [[P:Kasia]], oh no! Turn it off and don't charge it. Liquid damage diagnosis is {{$:40 €}}, usually ready in 48h",
            ),
            (
                "c",
                "ok can i pay by card online? visa [[C:4532 0151 1283 0366]]\n[[L:Polish]] card, is it a problem?",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 you can pay by card at the shop. Order {{O:PCD-6621}}",
            ),
            (
                "c",
                "oops sorry 🙈 my links are all here if you need to contact me [[U:linktr.ee/kasia.wn]]\nor whatsapp [[T:+48 512 330 918]]",
            ),
            ("c", "thank youuu dziękuję 🙏 i bring it {{D:monday}}"),
        ],
    },
    {
        "business": "repair",
        "platform": "whatsapp",
        "customer": "Trattoria da Nino",
        "lang": "it",
        "start": "2025-06-02T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno qui {{B:Trattoria da Nino}}, sono [[P:Antonio Greco]] il titolare\nil router nn va piu e il pos delle carte nemmeno, siamo disperati col pranzo",
            ),
            (
                "a",
                "Buongiorno, mandiamo subito qualcuno. Mi conferma indirizzo e partita IVA per l'intervento?",
            ),
            (
                "c",
                "p.iva [[V:12876540324]]\n[[A:via Roma 9]] [[L:Cormons]]\nil mio cell [[T:339 20 71 846]]",
            ),
            (
                "c",
                "il ragazzo di prima, [[P:Kevin]] quello che ci aveva fatto la rete, aveva scritto su un foglio ip [[IP:192.168.40.117]] per la cassa e [[IP:80.117.246.35]] quello pubblico non so se serve",
            ),
            (
                "a",
                "Sì utilissimo, grazie. Il tecnico è [[P:Marco]], arriva entro le {{TM:11:15}}. Intervento urgente {{$:85 €}}, ticket {{R:PCD-URG-0602}}",
            ),
            (
                "c",
                "grazie mille, la pizza {{PD:margherita}} gliela offriamo noi 😄 se vuole c'è anche il {{PD:frico}} col {{PD:Montasio}}",
            ),
            (
                "c",
                "ah la fattura mandatela al commercialista dott. [[P:Ulian]] [[E:studio.ulian(chiocciola)example.it]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(84, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
