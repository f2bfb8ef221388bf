# ruff: noqa: E501
"""Hand-written blind test corpus no. 68 for convmon's anonymiser.

Every conversation below was written by hand, message by message: no templates, no Faker, no
generated text. All people, handles, links, e-mail addresses, phone numbers and addresses are
invented. The checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA) were
computed once with python-stdnum (IBAN mod 97 and the Italian CIN, Luhn for cards and partite
IVA, the codice fiscale check letter) and pasted here as literals.

Markup (see ``handwritten_markup.py``): ``[[CODE:value]]`` is a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (order and tracking codes, prices,
dates, times, products, brands and the businesses' own Page names, links and hashtags, ordinary
words and public places that look like names or places).

The six businesses: an escape room in Verona, a custom gaming-PC builder in Milan, a babysitting
agency in Naples, a mountain-guide office in the Dolomites, a second-hand phone shop in Palermo
and a cafe-bookshop in Genoa that runs events. This corpus leans on personal links and handles
(social profiles, gamer tags, Telegram user names, linktr.ee, personal sites) mixed with the
businesses' own public links and hashtags, and on obfuscated e-mail addresses.

Regenerate with ``python make_handwritten68_corpus.py`` from this folder; the output
``handwritten68_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten68_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "escape": "La Chiave di Giulietta Escape Room",
    "pcbuild": "Kraken Rig Lab",
    "tata": "Tate di Partenope",
    "guide": "Pescosta Mountain Guides",
    "phones": "Usato Smart Ballarò",
    "cafe": "Il Gozzo Caffè Libreria",
}
PAGE_IDS: dict[str, str] = {
    "escape": "668460311204587",
    "pcbuild": "668460742915036",
    "tata": "668460158830271",
    "guide": "668460903447612",
    "phones": "668460576120948",
    "cafe": "668460264089315",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ escape room, Verona
    {
        "business": "escape",
        "platform": "instagram",
        "customer": "Bea Zanoni",
        "lang": "it",
        "start": "2025-03-08T17:42:00",
        "messages": [
            (
                "c",
                "ciaoo vorrei prenotare {{PD:Il Segreto del Conte}} x {{D:sabato 15 marzo}} verso le {{TM:21}}\nsiamo in 6, è x il compleanno del mio ragazzo [[P:Nicolò]] 🎉🎉",
            ),
            (
                "a",
                "Ciao! {{D:sabato 15/03}} alle {{TM:21:00}} è libero 😊 per 6 giocatori sono {{$:138 €}} ({{$:23 €}} a testa). mi lasci nome e cognome e un cell per la prenotazione?",
            ),
            (
                "c",
                "si allora a nome [[P:Beatrice Zanoni]]\n[[P:zanoni]] con la zeta 😂 cell [[T:347 218 5590]]",
            ),
            (
                "c",
                "se serve la mail è [[E:bea.zanoni92 chiocciola libero punto it]] e mi fate la ricevuta col mio cf [[CF:ZNNBRC92C54L781P]] che la passo al lavoro",
            ),
            (
                "a",
                "perfetto [[P:Beatrice]], prenotazione {{R:VR-2291}} confermata ✅ ricevuta intestata a te, te la mandiamo per mail dopo il gioco. vi aspettiamo 15 min prima qui in {{W:via Sottoriva}}\n[[P:Irene]] - {{B:La Chiave di Giulietta}}",
            ),
            (
                "c",
                "grazie!! ah se fate la foto di gruppo taggateci, io sono [[H:@bea.zeta_]] e lui [[H:@nico_bortolaso]] 📸 e cmq [[P:nico]] nn sa niente è una sorpresa shhh 🤫",
            ),
            (
                "a",
                "ahah segreto custodito 🤐 le foto finiscono su {{B:instagram.com/chiavedigiulietta}} con {{W:#escaperoomverona}}, vi taggiamo volentieri!",
            ),
        ],
    },
    {
        "business": "escape",
        "platform": "messenger",
        "customer": "Tom Ashworth",
        "lang": "en",
        "start": "2025-04-02T11:05:00",
        "messages": [
            (
                "c",
                "hi there do you speak english? we're a group of 8 from work over from [[L:Leeds]] for a trade fair, want to do the {{PD:Escape from Alcatraz}} room {{D:thursday 10th}} evening",
            ),
            (
                "a",
                "Hi! Yes of course 😊 on {{D:Thursday 10 April}} we have {{TM:19:30}} or {{TM:21:15}} free. For 8 players it's {{$:€176}}. Can I have a name and a phone number?",
            ),
            (
                "c",
                "{{TM:19.30}} pls. name is [[P:Tom Ashworth]], my [[L:UK]] number is [[T:+44 7700 914382]] whatsapp works too\nwe're at an airbnb in [[L:Borgo Trento]], [[A:via Nino Bixio 9]] i think",
            ),
            (
                "c",
                "oh and can you invoice the company? [[P:Priya Raghunathan]] does our expenses, send it to [[E:priya.r@ashlyle-consulting.co.uk]]\ncompany is {{B:Ashworth & Lyle}} ltd",
            ),
            (
                "a",
                "No problem [[P:Tom]]! Booking {{R:VR-2304}} confirmed, we'll email the invoice to [[P:Priya]] after the game.\n[[P:Tommaso]] from the team",
            ),
            (
                "c",
                "cheers mate 👍 one of the lads is vegan, anywhere near for food after? [[P:Jas]] wants to stream it too lol he's [[H:jas_plays_stuff]] on twitch",
            ),
            ("a", "Try around {{W:Piazza delle Erbe}}, lots of options 🙂 see you {{D:Thursday}}!"),
        ],
    },
    {
        "business": "escape",
        "platform": "whatsapp",
        "customer": "Fede Castellani",
        "lang": "it",
        "start": "2025-02-11T15:20:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Federico Castellani]], ho un canale yt sulle escape room, [[U:youtube.com/@fedescappa]] circa 40k iscritti, mi piacerebbe girare un video da voi",
            ),
            (
                "c",
                "tutti i miei link qui [[U:https://linktr.ee/fede.castellani]] 🙏 sono anche su tiktok [[U:tiktok.com/@fedecast_escape]]",
            ),
            (
                "a",
                "Ciao [[P:Federico]]! che bello, ne parlo con il titolare [[P:Andrea Pozzerle]] e ti faccio sapere. hai una mail x mandarti la proposta?\n[[P:Tommaso]]",
            ),
            (
                "c",
                "si [[E:collab(at)fedecastellani(dot)it]] oppure scrivimi su telegram, sono [[H:fede_castella]]",
            ),
            (
                "a",
                "ricevuto 👍 intanto guarda la nostra pagina {{B:tiktok.com/@lachiavedigiulietta}} così vedi le room, e gli orari su {{B:https://www.chiavedigiulietta.it/prenota}}",
            ),
            ("c", "gia vista 😎 quella del conte è pazzesca"),
            (
                "a",
                "[[P:Andrea]] dice ok x {{D:martedì 25}} mattina alle {{TM:10}}, siamo chiusi al pubblico e avete la room tutta x voi",
            ),
            (
                "c",
                "perfetto vengo col mio cameraman [[P:Luca Dal Bosco]] ([[H:@lucafilma]] su ig, i suoi lavori su [[U:vimeo.com/lucadalbosco]]) ci vediamo lì",
            ),
        ],
    },
    {
        "business": "escape",
        "platform": "messenger",
        "customer": "Marzia Tezza",
        "lang": "it",
        "start": "2025-05-03T09:12:00",
        "messages": [
            (
                "c",
                "Buongiorno, fate anche feste per bambini? mio figlio [[P:Leonardo]] compie 10 anni il {{D:24 maggio}} e vorrebbe fare la room {{PD:Laboratorio di Frankenstein}} con i compagni",
            ),
            (
                "a",
                "Buongiorno! sì, la versione junior del {{PD:Laboratorio di Frankenstein}} va benissimo dai 9 anni in su. Massimo 8 bambini, {{$:15 €}} a bambino + merenda {{$:40 €}}. A che nome?",
            ),
            (
                "c",
                "[[P:Marzia Tezza]], vengono [[P:Leo]], [[P:Ginevra]], i gemelli [[P:Colombo]], [[P:Aziz]] e [[P:Pietro]]... cmq max 8 si\nabitiamo a [[L:San Giovanni Lupatoto]] ci mettiamo 20 min",
            ),
            ("c", "ah la mamma di [[P:Aziz]], la sig.ra [[P:Benali]], chiede se c'è parcheggio"),
            (
                "a",
                "C'è il parcheggio {{W:Arsenale}} a 5 minuti 🚗 confermo {{D:sabato 24/05}} alle {{TM:16:00}}, codice {{R:VR-2417}}. Per la fattura mi serve un indirizzo",
            ),
            (
                "c",
                "[[A:via Garofoli 188]], [[A:37057]] [[L:San Giovanni Lupatoto]], grazie mille!! [[P:leo]] è già in fibrillazione 😂",
            ),
        ],
    },
    {
        "business": "escape",
        "platform": "instagram",
        "customer": "kiki.dallas",
        "lang": "en",
        "start": "2025-06-14T21:48:00",
        "messages": [
            (
                "c",
                "hi guys we were in the {{TM:9pm}} room tonight and my friend [[P:Chiara]] left her phone in the locker room i think 😭 pink case with glitter",
            ),
            (
                "c",
                "we're the ones who beat the record lol 😅 i'm [[P:Kristina]], [[H:@kiki.dallas]] on ig\nshe's [[H:@chiaretta_mn]] (and [[U:tiktok.com/@chiaretta.mn]]) if you want to reach her but yeah she has no phone 🙈",
            ),
            (
                "a",
                "Hi [[P:Kristina]]! yes, we found an iphone with a {{W:pink}} case 💖 it's at the desk. You can come by tomorrow from {{TM:3pm}}",
            ),
            (
                "c",
                "thank you sooo much!!! her brother [[P:Matteo Gobbi]] will come cause she works tomorrow, ok? he has his ID",
            ),
            (
                "a",
                "sure, he just needs to tell us [[P:Chiara]]'s name and describe the phone. Good night!\n[[P:Irene]]",
            ),
            (
                "c",
                "you're an angel ❤️ and {{PD:Il Segreto del Conte}} was amazing, leaving you a review",
            ),
        ],
    },
    {
        "business": "escape",
        "platform": "whatsapp",
        "customer": "Giorgia M.",
        "lang": "it",
        "start": "2025-07-01T12:30:00",
        "messages": [
            (
                "c",
                "ciao! organizzo l'addio al nubilato della mia migliore amica [[P:Serena Bonomi]] 👰 saremo 7 ragazze, {{D:sabato 19 luglio}} sera, avete posto?",
            ),
            (
                "a",
                "Ciao! il {{D:19}} abbiamo {{TM:20:00}} e {{TM:22:15}}. Per i gruppi sopra le 6 persone chiediamo un acconto di {{$:50 €}}",
            ),
            (
                "c",
                "alle {{TM:22:15}} perfetto 🥂 come pago l'acconto? ti do la carta: [[C:4532 0188 7341 2200]]",
            ),
            (
                "a",
                "Ti prego non mandare i numeri della carta in chat 🙏 cancella pure il messaggio! ti mando un link di pagamento sicuro via sms",
            ),
            (
                "c",
                "oddio scusa 🙈 allora manda a [[T:+39 328 44 19 027]]\nah e metti come nome [[P:Giorgia Menegazzi]]",
            ),
            (
                "a",
                "fatto, link inviato ✅ prenotazione {{R:VR-2530}}. Per [[P:Serena]] abbiamo anche il velo da sposa in dotazione 😂 [[P:Irene]]",
            ),
            (
                "c",
                "ahahah perfetto, lei non deve sapere niente, se vi scrive [[P:sere]] negate tutto 🤫\nse volete taggarci io sono [[H:@giorgiamene]] e la sposa [[H:@serenabonomi.mua]], ha anche il sito [[U:www.serenabonomimakeup.it]] lo sposo lo odia 😂",
            ),
        ],
    },
    {
        "business": "escape",
        "platform": "telegram",
        "customer": "Sasha K",
        "lang": "en",
        "start": "2025-01-28T20:10:00",
        "messages": [
            (
                "c",
                "Hello, I want buy gift card for my girlfriend birthday. She loves puzzles. I am [[P:Oleksandr Kovalenko]], live in [[L:Verona]] since 2 years",
            ),
            (
                "a",
                "Hi [[P:Oleksandr]]! Our gift cards are {{$:€25}}, {{$:€50}} or a full room for 4 at {{$:€96}}. What name should we print on it?",
            ),
            (
                "c",
                "full room pls. Name: [[P:Daryna]]. [[P:D-A-R-Y-N-A]]. surname [[P:Melnyk]]. she is from [[L:Lviv]] so maybe write also in ukrainian? 😅",
            ),
            (
                "a",
                "Sure, we can add a line in Ukrainian if you send us the text 🙂 where do we send the PDF?",
            ),
            (
                "c",
                "email: [[E:oleks dot kovalenko at gmail dot com]]\nor my telegram [[H:@sasha_kov_vr]]",
            ),
            (
                "a",
                "Done! Voucher {{R:GC-0871}} sent, valid until {{D:31/12/2025}}. Happy birthday to [[P:Daryna]]! 🎁\n[[P:Tommaso]] - {{B:La Chiave di Giulietta}}",
            ),
            ("c", "Дякую! thank you very much [[P:Tommaso]]"),
        ],
    },
    {
        "business": "escape",
        "platform": "messenger",
        "customer": "Alberto Tosi",
        "lang": "it",
        "start": "2025-09-09T10:00:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Alberto Tosi]], ho uno studio grafico a [[L:Bussolengo]], vorrei fare una serata team building x i miei 5 collaboratori a {{D:ottobre}}",
            ),
            (
                "a",
                "Buongiorno! per 6 persone consiglio {{PD:Fuga da Alcatraz}}, {{$:132 €}} totali + IVA. Serve fattura?",
            ),
            (
                "c",
                "si fattura elettronica: {{B:Tosi Grafica}} di [[P:Alberto Tosi]], p.iva [[V:04182650236]], codice sdi {{R:M5UXCR1}}\nsede [[A:via Monte Baldo 41/B]] [[A:37012]] [[L:Bussolengo]]",
            ),
            (
                "a",
                "ricevuto tutto ✅ date libere: {{D:giovedì 9}} o {{D:giovedì 16 ottobre}} alle {{TM:20:30}}",
            ),
            (
                "c",
                "il {{D:16}}. ah e la mia socia [[P:Laura]] chiede se potete mandare la conferma anche a lei, [[E:laura@tosigrafica.it]]",
            ),
            ("a", "fatto! a presto [[P:Alberto]] 🙂 [[P:Irene]]"),
        ],
    },
    # ------------------------------------------------------------------ gaming-PC builder, Milan
    {
        "business": "pcbuild",
        "platform": "instagram",
        "customer": "Zed 🦑",
        "lang": "it",
        "start": "2025-02-20T22:15:00",
        "messages": [
            (
                "c",
                "yo ragazzi sono [[P:Edoardo]], streammo su twitch come [[H:ZedTheSquid]] ([[U:twitch.tv/zedthesquid]]) volevo una build x streaming + gaming budget tipo {{$:2500}}",
            ),
            (
                "a",
                "Ciao [[P:Edoardo]]! Per streaming+gaming a {{$:2.500 €}} ti proporrei {{PD:Ryzen 7 7800X3D}} + {{PD:RTX 4070 Super}}, 32GB DDR5, case {{PD:Lian Li O11 Dynamic}} bianco. Ti faccio un preventivo dettagliato?",
            ),
            (
                "c",
                "si dai e fammela in tema calamaro 🦑 viola e nero, rgb ovunque lol\nse vuoi vedere il setup attuale è sul mio insta [[H:@zed.thesquid]]",
            ),
            (
                "a",
                "Visto, bellissimo 😎 il preventivo {{R:PRV-25-0193}} ti arriva in giornata. A che nome e che mail?",
            ),
            (
                "c",
                "[[P:Edoardo Zanetti]], [[E:edoardo.zanetti.gg@gmail.com]]\nah e su discord sono [[H:zedthesquid#4471]] se è più comodo",
            ),
            (
                "a",
                "Perfetto! A build finita facciamo un reel e ti tagghiamo da {{B:@krakenriglab}} 🦑\n[[P:Davide]] - {{B:Kraken Rig Lab}}",
            ),
            (
                "c",
                "bomba 🔥 ci sta anche uno shoutout in live, i miei mod [[H:tuttoPhil]] e [[H:LadyGrogu]] impazziranno",
            ),
        ],
    },
    {
        "business": "pcbuild",
        "platform": "whatsapp",
        "customer": "Stefano Rota",
        "lang": "it",
        "start": "2025-03-12T18:40:00",
        "messages": [
            (
                "c",
                "buonasera il pc che mi avete spedito fa schermate blu ogni tanto, ordine {{O:KRL-10452}}",
            ),
            (
                "a",
                "Ciao [[P:Stefano]]! ci spiace 😕 possiamo collegarci in remoto stasera? se lanci il nostro tool di diagnosi ti mostra l'indirizzo ip, mandacelo",
            ),
            (
                "c",
                "ip pubblico dice [[IP:93.41.187.22]] e sotto c'è scritto locale [[IP:192.168.1.47]]\nnn so quale serve",
            ),
            (
                "a",
                "il primo 👍 ... fatto, era il driver della {{PD:RTX 4060 Ti}} corrotto, sistemato. se ricapita mandiamo un tecnico, l'indirizzo è quello della spedizione?",
            ),
            (
                "c",
                "si [[A:frazione Ca' Rossa]], [[A:via dei Tigli 3]], [[A:24030]] [[L:Palazzago]]\nse venite chiedete di [[P:Rota]] al bar, mi conoscono tutti 😂",
            ),
            (
                "c",
                "ah il mio cell se serve è [[T:345\n881 20 64]] e quello di mia moglie [[P:Sonia]] [[T:035 54 19 873]] a casa",
            ),
            ("a", "segnato tutto, buona serata! [[P:Kevin]] del supporto"),
            (
                "c",
                "grazie! ah se vi serve vedere i giochi che uso il mio profilo steam è [[U:steamcommunity.com/id/stefrota_bg]]",
            ),
        ],
    },
    {
        "business": "pcbuild",
        "platform": "messenger",
        "customer": "Callum Fraser",
        "lang": "en",
        "start": "2025-04-18T10:25:00",
        "messages": [
            (
                "c",
                "hiya, bought a {{PD:RX 7900 XT}} from you last week (order {{O:KRL-10588}}) and it's got coil whine like a kettle 😩 can I return it?",
            ),
            (
                "a",
                "Hi! Sorry about that. Yes, within 14 days you can return it for a full refund of {{$:€749}}. Can you give me your name and the pickup address?",
            ),
            (
                "c",
                "[[P:Callum Fraser]], [[A:Via Padova 118, scala C 3rd floor]], [[A:20127]] [[L:Milano]]. buzzer says [[P:Fraser-Oduya]] (my partner [[P:Ngozi]]'s name too)",
            ),
            (
                "a",
                "Thanks [[P:Callum]], courier {{B:BRT}} will come on {{D:Tuesday 22}} between {{TM:9}} and {{TM:13}}. Where should we send the refund?",
            ),
            (
                "c",
                "my [[L:UK]] account is easiest, [[I:GB85 NWBK 6016 1347 7302 15]], name [[P:C J Fraser]]",
            ),
            (
                "a",
                "Perfect, the refund goes out once the card is checked, usually 3-5 days. Tracking for the pickup: {{TR:0620 0347 1195 882}}\n[[P:Kevin]]",
            ),
            ("c", "legend, cheers [[P:Kevin]]"),
        ],
    },
    {
        "business": "pcbuild",
        "platform": "telegram",
        "customer": "Giulio | Lupi Neri",
        "lang": "it",
        "start": "2025-05-06T14:00:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Giulio Marchetti]] manager del team {{B:Lupi Neri Esports}}, ci servono 5 postazioni identiche x il campionato, budget circa {{$:1.800 €}} l'una",
            ),
            (
                "a",
                "Ciao [[P:Giulio]]! Ottimo, per 5 macchine facciamo un prezzo dedicato. Serve fattura a società?",
            ),
            (
                "c",
                "si: {{B:Lupi Neri Esports}} srl, p.iva [[V:02837460159]], mandate tutto a me [[E:giulio.marchetti@lupineri.gg]]",
            ),
            (
                "c",
                "i ragazzi sono [[H:Ghost_Vik]], [[H:n1colas]], [[H:ItsBrambi]], [[H:Kaito]] e [[H:Mr Pandoro]]... ognuno vuole il suo nick inciso sul case lol\npoi il coach [[P:Pietro Galli]], [[H:Galloz]] su [[U:twitch.tv/galloz]], vuole la sua in nero",
            ),
            (
                "a",
                "Si può fare con incisione laser, {{$:25 €}} a case 😎 consegna prevista {{D:20 giugno}}, ordine {{O:KRL-10701}}",
            ),
            (
                "c",
                "top. consegna alla gaming house dove vivono i ragazzi, [[A:via Cassanese 201]], [[A:20054]] [[L:Segrate]], citofono [[P:Brambilla]]",
            ),
            ("a", "segnato ✅ [[P:Davide]]"),
        ],
    },
    {
        "business": "pcbuild",
        "platform": "instagram",
        "customer": "fra.lomba",
        "lang": "it",
        "start": "2025-11-20T21:30:00",
        "messages": [
            (
                "c",
                "ciao! vorrei la build {{PD:Kraken Tide}} da {{$:1.390 €}} ma posso pagarla a rate?",
            ),
            (
                "a",
                "Ciao! sì, con {{B:Scalapay}} in 3 rate oppure finanziamento {{B:Findomestic}} fino a 20 rate. Per il finanziamento servono codice fiscale e documento",
            ),
            (
                "c",
                "ok finanziamento allora. [[P:Francesco Lombardi]], cf [[CF:LMBFNC01T15F205S]]\nla carta x la prima rata è [[C:5374-6610-2938-4753]]",
            ),
            (
                "a",
                "Grazie [[P:Francesco]], ma i dati della carta non servono qui 🙏 te li chiede {{B:Findomestic}} sulla sua pagina. Ti mando il link alla tua mail",
            ),
            (
                "c",
                "ah ok scusa. mail [[E:fra.lombardi01[at]outlook[dot]it]]\ne il mio gamertag x il gioco in regalo è [[H:FraLomba_01]] su psn e [[H:xFraLombaX]] su xbox",
            ),
            (
                "a",
                "Ricevuto ✅ ordine {{O:KRL-10955}}, il gioco in bundle è {{PD:Cyberpunk 2077}} 🎮 [[P:Davide]]",
            ),
            (
                "c",
                "grazie!! lo ritiro io in negozio in {{W:zona Lambrate}} così risparmio la spedizione",
            ),
        ],
    },
    {
        "business": "pcbuild",
        "platform": "whatsapp",
        "customer": "Wang Lei",
        "lang": "en",
        "start": "2025-06-03T16:05:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Wang Lei]], student at {{W:Politecnico}}. i want computer for 3D rendering, not gaming. max price {{$:2000 euro}}. sorry my italian not good",
            ),
            (
                "a",
                "Hello! No problem 😊 for rendering we suggest {{PD:Ryzen 9 7900}} with 64GB and {{PD:RTX 4070}}, about {{$:€1,950}}. Would you like to come to the shop?",
            ),
            (
                "c",
                "no, now i stay in [[L:Prato]] with my uncle, please ship to him: [[P:Chen Jianguo]], [[A:via Pistoiese 312]], [[A:59100]] [[L:Prato]]",
            ),
            (
                "c",
                "my number [[T:+86 138 1045 7721]] but better wechat: [[H:wanglei_render]]\nor email [[E:wanglei.arch@163.com]]\nmy portfolio [[U:behance.net/wanglei_arch]]",
            ),
            (
                "a",
                "Perfect Mr [[P:Wang]]! 😊 quote {{R:PRV-25-0412}} sent by email. Shipping {{$:€15}}. nice renders on your portfolio btw!",
            ),
            (
                "c",
                "thank you 谢谢. on the intercom is written [[P:CHEN J.]] and there is a shop downstairs",
            ),
        ],
    },
    {
        "business": "pcbuild",
        "platform": "telegram",
        "customer": "marti_gg",
        "lang": "it",
        "start": "2025-10-10T13:00:00",
        "messages": [
            (
                "c",
                "ciao ho ordinato il {{PD:Kraken Pulse}} il {{D:2 ottobre}}, n. ordine {{O:3408812293}} ma il tracking {{TR:1Z 84A 2E6 04 1187 3329}} nn si muove da 3 gg",
            ),
            (
                "a",
                "Ciao! controllo subito... risulta in giacenza al deposito {{B:UPS}} di {{W:Vimercate}} per indirizzo incompleto 😕 mi confermi nome e indirizzo?",
            ),
            (
                "c",
                "[[P:Martina Colnaghi]]\n[[A:via Lecco 12]] ma manca l'interno\n[[A:20871]] [[L:Vimercate]]",
            ),
            ("c", "l'interno è [[A:int. 9]] scusa"),
            ("a", "aggiornato ✅ consegna {{D:lunedì 13}}. [[P:Kevin]]"),
            (
                "c",
                "grazie. domanda: un tizio su reddit, [[H:u/build_doctor_mi]], dice di essere vostro tecnico e mi ha chiesto accesso remoto al pc, è vero?? mi ha dato questo ip [[IP:2001:db8:3c4d:15::1a2f]]",
            ),
            (
                "a",
                "NO 🚫 non è nostro, non dargli accesso! i nostri tecnici scrivono solo da {{B:@krakenriglab}} o da {{B:supporto@krakenriglab.it}}. Segnalalo pure",
            ),
            ("c", "meno male 😱 grazie [[P:Kevin]]"),
        ],
    },
    {
        "business": "pcbuild",
        "platform": "instagram",
        "customer": "sarab.cosplay",
        "lang": "en",
        "start": "2025-08-05T19:20:00",
        "messages": [
            (
                "c",
                "hii i'm [[P:Sara]] from [[L:Lugano]] 🇨🇭 i'd love a full pink build for my cosplay streams, do you ship to [[L:Switzerland]]?",
            ),
            (
                "a",
                "Hi! Yes we ship there 📦 all our builds are on {{B:linktr.ee/krakenriglab}}. customs and shipping are about {{$:CHF 60}}. Do you have a budget in mind?",
            ),
            (
                "c",
                "around {{$:2k}}. address: [[P:Sara Bernasconi]], [[A:Via Nassa 21]], [[A:6900]] [[L:Lugano]]\nmy cosplay page is [[U:youtube.com/@sarabcosplay]] and everything else [[U:linktr.ee/sarab.cosplay]]",
            ),
            (
                "a",
                "Love the {{PD:Zelda}} cosplay 😍 preventivo {{R:PRV-25-0587}} coming, with the {{PD:NZXT H6 Flow}} in pink",
            ),
            (
                "c",
                "thx!! my discord is [[H:sarab_0420]] if faster\nmy brother [[P:Gianluca]] will pay, he lives in [[L:Como]], [[E:gianluca.bernasconi@example.ch]]",
            ),
            ("a", "Perfect, thank you! [[P:Davide]] - {{B:Kraken Rig Lab}}"),
        ],
    },
    # ------------------------------------------------------------------ babysitting agency, Naples
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Ilaria Russo",
        "lang": "it",
        "start": "2025-02-03T08:10:00",
        "messages": [
            (
                "c",
                "buongiorno, mi servirebbe una tata x i pomeriggi dal lun al ven, {{TM:14}}-{{TM:19}}, x i miei 2 bimbi [[P:Gennarino]] 6 anni e [[P:Sofia]] 3",
            ),
            (
                "a",
                "Buongiorno! Certo 😊 in che zona siete? la tariffa è {{$:11 €/h}} per due bambini",
            ),
            (
                "c",
                "[[L:Vomero]], [[A:via Luca Giordano 56 scala B int 12]]\ncitofono [[P:Russo-Amato]]\nse volete vedermi sono [[U:facebook.com/ilaria.russo.7392]]",
            ),
            (
                "c",
                "io sono [[P:Ilaria Russo]] cell [[T:333 / 4128 907]] e mio marito [[P:Ciro]] [[T:081 578 33 12]] a casa",
            ),
            (
                "a",
                "Grazie [[P:Ilaria]]! Vi proporrei [[P:Speranza]], lavora con noi da 4 anni ed è bravissima coi piccoli. Colloquio {{D:giovedì}} alle {{TM:18}}?",
            ),
            (
                "c",
                "perfetto!! speriamo bene, [[P:gennarino]] è una peste 😅 ah [[P:sofi]] è allergica alle arachidi, lo dico subito",
            ),
            ("a", "segnato 📝 a {{D:giovedì}}. [[P:Carmela]] - {{B:Tate di Partenope}}"),
        ],
    },
    {
        "business": "tata",
        "platform": "messenger",
        "customer": "Giovanni Esposito",
        "lang": "it",
        "start": "2025-03-19T21:05:00",
        "messages": [
            (
                "c",
                "salve vorrei iscrivermi al servizio tate x le emergenze, ho visto su {{B:tatedipartenope.it}} che serve registrarsi",
            ),
            (
                "a",
                "Buonasera! sì, mi servono nome e cognome, codice fiscale del genitore, una mail e i nomi dei bambini",
            ),
            (
                "c",
                "[[P:Giovanni Esposito]] [[CF:SPSGNN88M12F839V]]\nmail [[E:giovanni punto esposito88 chiocciola gmail punto com]]\nbimba [[P:Aurora]] 4 anni",
            ),
            (
                "c",
                "ah il pediatra è il dott. [[P:Liguori]] se serve, e in caso di emergenza chiamate mia madre [[P:Assunta]] al [[T:339.712.4480]]",
            ),
            ("a", "Grazie, registrazione {{R:TP-0388}} completata ✅ Dove abitate?"),
            ("c", "a [[L:Fuorigrotta]] vicino allo {{W:stadio Maradona}}"),
            ("a", "Perfetto, zona coperta 👍 [[P:Rosaria]]"),
        ],
    },
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Jennifer Kowalczyk",
        "lang": "en",
        "start": "2025-07-22T10:45:00",
        "messages": [
            (
                "c",
                "Hi! we're an american family here for 2 weeks, staying at a rental in [[L:Posillipo]]. Need a sitter for {{D:Saturday night}} for our kids [[P:Will]] (7) and [[P:Hope]] (4) so we can go out to dinner",
            ),
            (
                "a",
                "Hi! Sure 😊 we have English-speaking sitters. From what time? The evening rate is {{$:€14/h}}",
            ),
            (
                "c",
                "{{TM:7pm}} to midnight, I {{W:hope}} that works! the address is [[A:Via Posillipo 276, apartment 3]], [[A:80123]], there's a gate code, I'll text it",
            ),
            (
                "c",
                "I'm [[P:Jennifer Kowalczyk]], cell [[T:+1 917 482 6630]], my husband [[P:Dave]]'s is [[T:+1 (646) 201-7789]]",
            ),
            (
                "a",
                "Great, thank you [[P:Jennifer]]! Our sitter [[P:Nadia]] speaks perfect English, she'll be there at {{TM:18:45}} ✅ booking {{R:TP-0512}}",
            ),
            (
                "c",
                "amazing. {{W:will}} she be ok with bedtime stories? [[P:Will]] only sleeps with {{PD:Harry Potter}} lol",
            ),
            ("a", "Of course 😄 [[P:Nadia]] loves {{PD:Harry Potter}} too! [[P:Carmela]]"),
        ],
    },
    {
        "business": "tata",
        "platform": "telegram",
        "customer": "Andrea K.",
        "lang": "en",
        "start": "2025-01-15T19:30:00",
        "messages": [
            (
                "c",
                "good evening, my name is [[P:Andrea Kovačić]], I am croatian from [[L:Rijeka]], I live in [[L:Naples]] since 3 years. I want to work like babysitter with you. my italian is ok but english is better 🙂",
            ),
            (
                "a",
                "Good evening [[P:Andrea]]! thank you 😊 can you send us a CV and references from families you worked with?",
            ),
            (
                "c",
                "yes. I worked 2 years for family [[P:Amato]] in [[L:Chiaia]] (kids [[P:Matilde]] and [[P:Tommaso]]) and for mrs [[P:Vittoria De Simone]]. number of mrs [[P:De Simone]] [[T:347 6620 158]]",
            ),
            ("a", "perfect. for the contract we need your codice fiscale and your IBAN"),
            (
                "c",
                "codice fiscale [[CF:KVCNDR93S41Z118U]]\niban [[I:IT61 V030 6911 7200 0000 1048 293]]\nmy instagram is [[U:instagram.com/andrea.kovacic.nanny]] with photos of creative activities with kids\nand my old blog from croatia [[U:andreadadilja.blogspot.com]]",
            ),
            (
                "a",
                "thanks! interview {{D:Wednesday 22 January}} at {{TM:11}} in our office, {{W:via Toledo}} opposite the metro 🙂 [[P:Rosaria]]",
            ),
            ("c", "hvala! thank you, see you {{D:wednesday}}"),
        ],
    },
    {
        "business": "tata",
        "platform": "instagram",
        "customer": "marty.educa",
        "lang": "it",
        "start": "2025-04-08T16:00:00",
        "messages": [
            (
                "c",
                "ciao! sono educatrice con partita iva, collaborate anche con freelance? il mio profilo [[U:https://www.linkedin.com/in/martina-deluca-educatrice]]",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! sì, collaboriamo anche a fattura. ci mandi p.iva e un recapito?",
            ),
            (
                "c",
                "p iva [[V:07615280638]], [[P:Martina De Luca]], regime forfettario\ncell [[T:+39 366 902 1175]]\nho anche un blog di attività x bimbi [[U:giochiamoconmarty.wordpress.com]]",
            ),
            (
                "c",
                "referenze: la famiglia [[P:Cozzolino]] di [[L:Pozzuoli]] e la mamma di [[P:Rebecca]] e [[P:Bianca]], la sig.ra [[P:Iacono]]",
            ),
            (
                "a",
                "Bellissimo il blog, adoriamo i lavoretti con la carta {{W:bianca}} e i tappi 😍 ti chiamiamo {{D:lunedì}}. [[P:Carmela]]",
            ),
            ("c", "grazie mille!! 🌸 ah su ig sono [[H:@marty.educa]]"),
        ],
    },
    {
        "business": "tata",
        "platform": "whatsapp",
        "customer": "Pasquale Ferrante",
        "lang": "it",
        "start": "2025-02-25T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno. ieri la ragazza doveva arrivare alle {{TM:8}} ed è arrivata alle {{TM:9 meno un quarto}}, mia moglie ha fatto tardi al lavoro. nn è la prima volta",
            ),
            (
                "a",
                "Buongiorno, ci scusi davvero. Ci dice il nome della tata e il suo, così verifichiamo?",
            ),
            (
                "c",
                "[[P:Pasquale Ferrante]], la tata è [[P:Speranza]]... cioè no l'altra, [[P:Noemi]]. [[P:Speranza]] era bravissima",
            ),
            (
                "a",
                "Grazie sig. [[P:Ferrante]]. Ho parlato con [[P:Noemi]]: c'è stato un guasto della {{W:Cumana}} ma doveva avvisare. Da {{D:lunedì}} torna [[P:Speranza]], le va bene?",
            ),
            (
                "c",
                "si grazie, nn perdiamo la {{W:speranza}} 😅 ah lei ce l'ha il mio cell? [[T:328 9051 446]]",
            ),
            (
                "a",
                "sì, gliel'ho girato ✅ e le applichiamo uno sconto di {{$:20 €}} sulla fattura di {{D:febbraio}}. [[P:Carmela]]",
            ),
        ],
    },
    {
        "business": "tata",
        "platform": "messenger",
        "customer": "Lucía Fernández",
        "lang": "en",
        "start": "2025-10-02T17:10:00",
        "messages": [
            (
                "c",
                "hola! sorry, i'm spanish, my italian is very bad, english ok? Soy [[P:Lucía Fernández Ortega]], estamos en [[L:Nápoles]] por el Erasmus de mi marido. I need a nanny for my baby [[P:Mateo]], 18 months",
            ),
            (
                "a",
                "Hola [[P:Lucía]]! 😊 English is perfect, and we have [[P:Titti]] who speaks Spanish too. Which area are you in?",
            ),
            (
                "c",
                "Vivimos en el centro, [[A:vico San Domenico Maggiore 9]], [[A:80134]]. mi marido [[P:Javier]] paga con transferencia",
                "es",
            ),
            ("a", "perfect. for the invoice we need a home address, [[L:Spain]] is fine"),
            (
                "c",
                "ok: [[A:Calle de Alcalá 212, 4º izq.]], [[A:28028]] [[L:Madrid]]. email [[E:lucia.fdez.ortega@example.es]]",
            ),
            ("a", "gracias! first trial {{D:Monday 6}} at {{TM:9:30}} ✅ [[P:Rosaria]]"),
        ],
    },
    # ------------------------------------------------------------------ mountain guides, Dolomites
    {
        "business": "guide",
        "platform": "whatsapp",
        "customer": "Katrin Hofbauer",
        "lang": "en",
        "start": "2025-06-10T07:55:00",
        "messages": [
            (
                "c",
                "Guten Morgen! Wir möchten die Ferrata {{W:Brigata Tridentina}} machen, zwei Personen, am {{D:14. Juli}}. Sprechen Sie Englisch?",
                "de",
            ),
            (
                "a",
                "Guten Morgen! Yes, English or German are both fine 😊 the {{W:Brigata Tridentina}} with a guide is {{$:€290}} for two, harness and helmet included.",
            ),
            (
                "c",
                "great, english then. I'm [[P:Katrin Hofbauer]], my husband is [[P:Jonas]]. we come from [[L:Munich]], for the invoice [[A:Lindenstraße 14]], [[A:80331]] [[L:München]]",
            ),
            (
                "c",
                "deposit by transfer? in case of cancel pls refund to [[I:DE30 5001 0517 5417 8309 62]]. my mobile [[T:+49 171 3948 2207]]\nour tours from last year are on [[U:komoot.com/user/katrin.jonas.berg]]",
            ),
            (
                "a",
                "Deposit {{$:€90}} to our account, refunded in case of bad weather of course. Booking {{R:PMG-1407}}. Your guide will be [[P:Luis]] ⛰️ [[P:Verena]]",
            ),
            (
                "c",
                "perfect! [[P:jonas]] asks if we can meet at the hotel, we stay in [[L:Colfosco]], {{B:Garni Sonnenhof}}",
            ),
            ("a", "Sure, [[P:Luis]] picks you up at {{TM:7:00}} at the {{B:Sonnenhof}} 👍"),
        ],
    },
    {
        "business": "guide",
        "platform": "messenger",
        "customer": "Marco Capuzzi",
        "lang": "it",
        "start": "2025-08-01T20:20:00",
        "messages": [
            (
                "c",
                "buonasera, siamo 4 amici di [[L:Roma]] in appartamento a [[L:La Villa]] {{D:dal 9 al 16 agosto}}, vorremmo salire sul {{W:Piz Boè}} con una guida",
            ),
            (
                "a",
                "Buonasera! il {{W:Piz Boè}} dal {{W:passo Pordoi}} è perfetto, {{$:70 €}} a persona. Che giorno preferite?",
            ),
            (
                "c",
                "{{D:martedì 12}}. i nomi x l'assicurazione: [[P:Marco Capuzzi]], [[P:Daniele Sbardella]], [[P:Valerio Proietti]] e [[P:Er Pantera]] cioè [[P:Simone Pantaleoni]] 😂\ntaggate [[P:daniele]] se fate foto, è [[H:@dani_sbarde]]",
            ),
            (
                "c",
                "x la fattura cf [[CF:CPZMRC79A03H501P]], pago io con carta [[C:4917 2365 0184 3399]]",
            ),
            (
                "a",
                "grazie [[P:Marco]] ✅ per la carta ti mando il link {{B:SumUp}}, non serve scriverla qui 🙏 ritrovo alle {{TM:8}} al parcheggio della funivia. [[P:Luis]] ha la giacca rossa",
            ),
            (
                "c",
                "ok perfetto. il cell di [[P:Valerio]] che guida la macchina [[T:+39 340 558 9921]]",
            ),
            (
                "a",
                "Segnato. Buona serata e pregate per il meteo ☀️ [[P:Verena]] - {{B:Pescosta Mountain Guides}}",
            ),
        ],
    },
    {
        "business": "guide",
        "platform": "instagram",
        "customer": "Arjun & Meera ✈️",
        "lang": "en",
        "start": "2025-09-02T13:40:00",
        "messages": [
            (
                "c",
                "hi! we are on our honeymoon from [[L:Bengaluru]] 🇮🇳 and would love a sunrise hike with photos. we run a small travel blog [[U:wanderwithmeera.com]]",
            ),
            (
                "a",
                "Congratulations!! 💍 sunrise at {{W:Seceda}} is magic, {{$:€180}} for two with a private guide. Which day?",
            ),
            (
                "c",
                "{{D:Friday 5 September}} if possible! I'm [[P:Arjun Ramaswamy]] and my wife is [[P:Meera Iyer]]. our insta is [[H:@arjunandmeera_travels]] and meera's own is [[H:@meera.iyer.clicks]]",
            ),
            (
                "c",
                "my whatsapp is [[T:+91 98450 27316]], email [[E:arjun.ramaswamy[at]example.com]]",
            ),
            (
                "a",
                "Thank you [[P:Arjun]]! Booked ✅ pickup at {{TM:4:45}} at your hotel, where are you staying?",
            ),
            ("c", "we're in [[L:Ortisei]] at {{B:Villa Meina}}"),
            (
                "a",
                "Perfect. [[P:Luis]] will bring a thermos of tea ☕ tag us {{B:@pescostaguides}} and {{W:#dolomites}} if you post 😊",
            ),
            ("c", "{{W:will}} do!! [[U:linktr.ee/wanderwithmeera]] has all our reels"),
        ],
    },
    {
        "business": "guide",
        "platform": "whatsapp",
        "customer": "Roberta DV",
        "lang": "it",
        "start": "2025-07-14T18:30:00",
        "messages": [
            (
                "c",
                "ciao, siamo 3 amiche di [[L:Asiago]] e vorremmo fare un corso base di arrampicata a {{D:settembre}}",
            ),
            (
                "a",
                "Ciao! corso base 2 giorni {{$:240 €}} a testa con materiale. Mi dai i nomi completi?",
            ),
            (
                "c",
                "[[P:Roberta Dalla Valle]], [[P:Elisa Zordan]] e [[P:Mirjana Stojanović]]\n[[P:stojanović]] si scrive [[P:S T O J A N O V I C]] con la c con l'accento",
            ),
            ("a", "grazie! e portate voi l'{{PD:Asiago}} stravecchio per la merenda in parete? 😄"),
            (
                "c",
                "ahaha certo, [[P:Mirji]] ha il caseificio sotto casa. il mio cell [[T:0039 349 2280 613]], mail [[E:roby.dallavalle@example.it]]\nle nostre salite le mettiamo su [[U:instagram.com/tre.amiche.in.parete]]",
            ),
            (
                "a",
                "perfetto, corso {{D:20-21 settembre}}, ritrovo alla palestra di roccia in {{W:Vallunga}} alle {{TM:8:30}}. [[P:Luis]]",
            ),
        ],
    },
    {
        "business": "guide",
        "platform": "telegram",
        "customer": "Liam O'S",
        "lang": "en",
        "start": "2025-07-15T06:50:00",
        "messages": [
            (
                "c",
                "g'day, solo traveller from [[L:Perth]], keen on the {{W:Marmolada}} glacier route next week if conditions are ok",
            ),
            (
                "a",
                "Hi! the {{W:Marmolada}} normal route depends on the glacier, we check it daily. Private guide {{$:€420}}. Experience?",
            ),
            (
                "c",
                "done a fair bit in [[L:NZ]], my strava's here [[U:strava.com/athletes/liamosully84]] and my climbing log on thecrag is [[H:@liam_osully]]",
            ),
            (
                "c",
                "name's [[P:Liam O'Sullivan]], number [[T:+61 412 887 305]], I'm at the campsite in [[L:Canazei]]",
            ),
            (
                "a",
                "Thanks [[P:Liam]], nice log 💪 tentative {{D:Wednesday 23}}, {{TM:5:30}} start. [[P:Luis]] will message you the night before. [[P:Verena]]",
            ),
            (
                "c",
                "legend 🤙 my mate [[P:Connor]] might join, he's [[H:@connor.climbs]] on insta, can he?",
            ),
            ("a", "of course, {{$:€520}} for two. send us his full name for the insurance"),
            ("c", "[[P:Connor Fitzgerald-Byrne]]. cheers!"),
        ],
    },
    {
        "business": "guide",
        "platform": "instagram",
        "customer": "juju.en.montagne",
        "lang": "en",
        "start": "2025-06-02T12:10:00",
        "messages": [
            (
                "c",
                "Bonjour! nous sommes un couple de [[L:Annecy]], vous faites des randonnées faciles avec un chien? 🐕",
                "fr",
            ),
            (
                "a",
                "Bonjour! 😊 sorry, we speak English or Italian! yes, the {{W:Cinque Torri}} loop is perfect with dogs too. {{$:€150}} for two",
            ),
            (
                "c",
                "english is fine! I'm [[P:Juliette Moreau]], my partner is [[P:Bastien Lefèvre]]. the dog is called {{W:Rocky}} 😂",
            ),
            (
                "c",
                "for the invoice: [[A:12 rue des Marquisats]], [[A:74000]] [[L:Annecy]]. phone [[T:+33 6 47 21 90 38]]",
            ),
            (
                "a",
                "Merci [[P:Juliette]]! Booked for {{D:Saturday 28 June}} ✅ {{R:PMG-1533}}. Meeting point in {{W:Cortina}} at the bottom of the chairlift, photos of the route on {{B:pescostaguides.com/cinque-torri}}",
            ),
            (
                "c",
                "parfait! my insta if you want [[H:@juju.en.montagne]] 🏔️ and [[P:Bastien]]'s is [[H:@bast.lefevre]], he takes all the photos",
            ),
        ],
    },
    {
        "business": "guide",
        "platform": "whatsapp",
        "customer": "Paolo Gasperi",
        "lang": "it",
        "start": "2025-08-19T06:40:00",
        "messages": [
            (
                "c",
                "buongiorno, qui a [[L:Pedraces]] piove a dirotto, la ferrata di domani si fa? prenotazione {{R:PMG-1602}} a nome [[P:Paolo Gasperi]], mail [[E:paolo.gasperi at tin dot it]]",
            ),
            (
                "a",
                "Buongiorno [[P:Paolo]], purtroppo no, temporali previsti su tutta la {{W:Val Badia}} ⛈️ spostiamo a {{D:venerdì}} o rimborsiamo i {{$:90 €}} di acconto",
            ),
            ("c", "spostiamo a {{D:venerdì}} dai. mio figlio [[P:Nicola]] ci teneva troppo"),
            ("a", "fatto ✅ stessa ora, {{TM:7:30}}. [[P:Luis]] vi aspetta. [[P:Verena]]"),
            ("c", "grazie! ah nel caso il numero di [[P:Nicola]] è [[T:347-55-20-918]]"),
        ],
    },
    # ------------------------------------------------------------------ second-hand phones, Palermo
    {
        "business": "phones",
        "platform": "whatsapp",
        "customer": "Rosario Cusumano",
        "lang": "it",
        "start": "2025-03-03T10:15:00",
        "messages": [
            (
                "c",
                "salve vorrei vendervi il mio {{PD:iPhone 13 Pro}} 256gb, batteria 88%, perfetto, quanto mi date",
            ),
            (
                "a",
                "Salve! per un {{PD:13 Pro}} in quelle condizioni valutiamo fino a {{$:420 €}}, dopo verifica in negozio. può passare o ce lo spedisce?",
            ),
            ("c", "sono a [[L:Bagheria]], nn posso venire, lo spedisco. pagate con bonifico?"),
            (
                "a",
                "sì, appena verificato. ci mandi nome, iban e l'indirizzo x il ritiro gratuito 📦 le condizioni sono su {{B:usatosmartballaro.it/vendi}}",
            ),
            (
                "c",
                "[[P:Rosario Cusumano]]\n[[I:IT95 J020 0803 4540 0010 5832 277]]\nritiro in [[A:via Città di Palermo 140]], [[A:90011]] [[L:Bagheria]]",
            ),
            (
                "c",
                "se nn rispondo chiamate mia figlia [[P:Giusy]] [[T:392 77 18 456]] o scrivetele a [[E:giusy.cusumano chiocciola hotmail punto it]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Cusumano]], ritiro {{D:giovedì}} mattina, pratica {{R:USB-7730}}. [[P:Salvo]] - {{B:Usato Smart Ballarò}}",
            ),
        ],
    },
    {
        "business": "phones",
        "platform": "messenger",
        "customer": "Dalila Pecoraro",
        "lang": "it",
        "start": "2025-05-21T15:35:00",
        "messages": [
            (
                "c",
                "ciao il {{PD:Samsung Galaxy S23}} verde a {{$:389 €}} c'è ancora? lo spedite a [[L:Catania]]?",
            ),
            (
                "a",
                "Ciao! sì c'è ancora 💚 spediamo in tutta la {{W:Sicilia}} a {{$:7 €}}, arriva in 24/48h. Puoi ordinare su {{B:usatosmartballaro.it}} oppure ti mando un link qui",
            ),
            ("c", "pago qui, ecco [[C:5453 0177 2094 1835]] intestata a me [[P:Dalila Pecoraro]]"),
            (
                "a",
                "aspetta [[P:Dalila]], i numeri della carta non scriverli in chat 🙏 ti mando il link {{B:Stripe}} ora",
            ),
            (
                "c",
                "ok scusa 🙈 indirizzo [[A:via Etnea 602]]\n[[A:95128]] [[L:Catania]], c/o [[P:Finocchiaro]]\ncell [[T:349 80\n17 225]]",
            ),
            (
                "a",
                "pagamento ricevuto ✅ ordine {{O:USB-90217}}, tracking {{TR:JD014600003921847562}} da domani. [[P:Giusi]]",
            ),
            (
                "c",
                "graziee ❤️ mi metti anche la pellicola {{B:Belkin}}? se vi va taggatemi quando lo spedite sono [[H:@dali.peco]] 🥰",
            ),
        ],
    },
    {
        "business": "phones",
        "platform": "whatsapp",
        "customer": "Emeka",
        "lang": "en",
        "start": "2025-04-04T14:20:00",
        "messages": [
            (
                "c",
                "good afternoon sir. i buy {{PD:iphone 11}} from your shop last month and now it say locked to owner. my name [[P:Chukwuemeka Obi]]",
            ),
            (
                "a",
                "Good afternoon! 😟 that should never happen, can you send the receipt number or the email you gave us?",
            ),
            (
                "c",
                "email is [[E:emeka.obi.pa(at)yahoo.com]]. receipt no have but i pay {{$:210 euro}} cash on {{D:3 march}}",
            ),
            (
                "a",
                "Found it, sale {{O:USB-88410}}. The previous owner didn't remove his account, we'll contact him. Please come to the shop, we change the phone or refund",
            ),
            (
                "c",
                "thank you. i come tomorrow with my friend [[P:Ibrahim]] because my italian is not good. my number [[T:+39 320 118 4409]], also my [[L:nigerian]] number [[T:+234 803 441 7729]] for whatsapp",
            ),
            ("c", "i live in [[L:Ballarò]] near the market, [[A:via Porta di Castro]]"),
            (
                "a",
                "Perfect, we're 2 minutes from you then 😄 see you tomorrow [[P:Emeka]]. [[P:Salvo]]",
            ),
        ],
    },
    {
        "business": "phones",
        "platform": "telegram",
        "customer": "Nino TecnoFix",
        "lang": "it",
        "start": "2025-06-17T11:00:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Antonino Lo Presti]] ho un laboratorio riparazioni a [[L:Misilmeri]], cerco {{PD:iPhone 12}} ricondizionati a stock x rivendita, 10 pezzi",
            ),
            ("a", "Ciao! Per rivenditori facciamo {{$:240 €}} l'uno grado A. ti serve fattura?"),
            (
                "c",
                "si, [[P:Lo Presti Antonino]] ditta individuale {{B:TecnoFix}}, p.iva [[V:05128370821]]\nsito [[U:www.tecnofixlopresti.it]]\nsu telegram mi trovi come [[H:@nino_tecnofix]]",
            ),
            (
                "a",
                "Perfetto [[P:Nino]] 👍 ordine {{O:USB-B2B-0219}} da {{$:2.400 €}}, bonifico anticipato. ti mando i dati",
            ),
            (
                "c",
                "ok. x il ritiro viene mio cugino [[P:Calogero]] col furgone, cell [[T:+39 327 640 1182]]",
            ),
            ("a", "segnato, {{D:venerdì}} dalle {{TM:16}}. [[P:Salvo]]"),
        ],
    },
    {
        "business": "phones",
        "platform": "instagram",
        "customer": "rosa_nera_pa",
        "lang": "it",
        "start": "2025-09-01T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno il telefono che ho preso da voi si spegne al 30% 😡 ordine {{O:3294417702}} del {{D:12 agosto}}",
            ),
            (
                "a",
                "Buongiorno, mi dispiace! Chi ci scrive? il modello è il {{PD:Xiaomi Redmi Note 12}} nella colorazione {{W:rosa}}?",
            ),
            (
                "c",
                "si quello {{W:rosa}}. sono [[P:Rosa Militello]] ma nn è x me è x mia nonna [[P:Rosa]] anche lei lol, abbiamo lo stesso nome",
            ),
            (
                "a",
                "Ahah due [[P:Rose]] allora 🌹 È in garanzia 12 mesi: sostituiamo la batteria gratis. La nonna può portarlo in negozio?",
            ),
            (
                "c",
                "nn cammina bene, passo io {{D:sabato}}. mia nonna sta a [[L:Borgo Vecchio]] se serve ma vengo io",
            ),
            (
                "c",
                "e se volete vedere le recensioni che faccio su tiktok sono [[U:tiktok.com/@rosanera.pa]] 😏 nn vi preoccupate se va bene faccio una bella recensione",
            ),
            ("a", "Ti aspettiamo {{D:sabato}} 😊 [[P:Giusi]]"),
        ],
    },
    {
        "business": "phones",
        "platform": "whatsapp",
        "customer": "Mohamed B.S.",
        "lang": "it",
        "start": "2025-10-14T17:55:00",
        "messages": [
            (
                "c",
                "salam, buongiorno. io cerco telefono economico per mio fratello in [[L:Tunisia]], [[L:Sfax]]. funziona con sim [[L:tunisina]]?",
            ),
            (
                "a",
                "Salam! 😊 sì, i telefoni sbloccati funzionano ovunque. il {{PD:Redmi 12C}} a {{$:89 €}} è ottimo",
            ),
            (
                "c",
                "ok prendo. io [[P:Mohamed Ben Salah]], lavoro al mercato {{W:Vucciria}}, vengo dopo. mio fratello si chiama [[P:Karim]], numero [[T:+216 98 442 170]] per mettere whatsapp",
            ),
            (
                "a",
                "Perfetto [[P:Mohamed]], te lo configuriamo con whatsapp già pronto per [[P:Karim]] 👍",
            ),
            (
                "c",
                'grazie fratello. altra cosa: mia moglie [[P:Amira]] vuole cover con nome "[[P:Yasmine]]" per nostra figlia, possibile? lei manda la foto da facebook, [[U:facebook.com/amira.bensalah.90]]',
            ),
            ("a", "Certo, cover personalizzata {{$:12 €}} 😊 [[P:Salvo]]"),
        ],
    },
    {
        "business": "phones",
        "platform": "messenger",
        "customer": "Giuseppe Napoli",
        "lang": "it",
        "start": "2025-12-02T18:10:00",
        "messages": [
            (
                "c",
                "buonasera, vorrei dare in permuta il mio {{PD:Galaxy S21}} x il {{PD:Galaxy S24}}, quanto viene la differenza?",
            ),
            (
                "a",
                "Buonasera! se l'{{PD:S21}} è in buono stato lo valutiamo {{$:150 €}}, l'{{PD:S24}} è {{$:599 €}}, differenza {{$:449 €}}",
            ),
            (
                "c",
                "ok. mi chiamo [[P:Giuseppe Napoli]], sono di [[L:Napoli]] ma vivo a [[L:Palermo]] da 20 anni 😂 per la garanzia vi serve il codice fiscale? [[CF:NPLGPP70E22F839O]]",
            ),
            ("a", "sì grazie sig. [[P:Napoli]] 😄 tifoso del {{W:Napoli}} o del {{W:Palermo}}?"),
            (
                "c",
                "{{W:Palermo}} sempre 💗🖤 cmq se poi l'{{PD:S21}} vale di più mandatemi la differenza sul conto [[I:IT41H0503411701000000277465]]\nla ricevuta a [[E:peppe.napoli70@example.it]]",
            ),
            (
                "a",
                "sarà fatto. il {{PD:Galaxy S24}} lo vuole {{W:nero}} o {{W:viola}}? [[P:Giusi]]",
            ),
            ("c", "{{W:viola}} x mia moglie [[P:Concetta]] che poi me lo ruba 😂"),
        ],
    },
    # ------------------------------------------------------------------ cafe-bookshop, Genoa
    {
        "business": "cafe",
        "platform": "instagram",
        "customer": "Lorenzo Parodi",
        "lang": "it",
        "start": "2025-02-04T11:30:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Lorenzo Parodi]], ho appena pubblicato un giallo ambientato a {{W:Boccadasse}} 📚 vi andrebbe una presentazione da voi? info su [[U:https://lorenzoparodi.it]]",
            ),
            (
                "a",
                "Ciao [[P:Lorenzo]]! Adoriamo i gialli genovesi 🕵️ ci mandi una scheda del libro? di solito le presentazioni sono il {{D:giovedì}} alle {{TM:18:30}}",
            ),
            (
                "c",
                "scheda qui [[U:lorenzoparodi.it/la-morte-a-boccadasse]], il titolo è {{PD:La morte a Boccadasse}} 😅 su ig sono [[H:@lorenzo.parodi.scrive]]",
            ),
            (
                "a",
                "Perfetto, {{D:giovedì 13 marzo}} alle {{TM:18:30}}. Compenso {{$:100 €}} + vendita copie, ci serve una tua fattura",
            ),
            (
                "c",
                "certo, p.iva [[V:09347180102]], bonifico su [[I:IT58 J061 7501 4000 0000 2981 547]]\nse serve la mail è [[E:lorenzo[chiocciola]lorenzoparodi.it]]",
            ),
            (
                "a",
                "tutto chiaro ✅ facciamo la locandina con {{W:#gialligenovesi}} e {{B:#ilgozzolegge}} 📖 [[P:Marta]] - {{B:Il Gozzo}}",
            ),
            (
                "c",
                "grande!! porto anche mia moglie [[P:Chiara]] che ha fatto la copertina, è [[H:@chiara.disegna]] se volete taggarla",
            ),
        ],
    },
    {
        "business": "cafe",
        "platform": "messenger",
        "customer": "Alessandra Ferrari",
        "lang": "it",
        "start": "2025-05-12T20:45:00",
        "messages": [
            (
                "c",
                "salve vorrei affittare la sala sopra per la festa di laurea di mia sorella [[P:Giulia]] il {{D:5 luglio}}, circa 30 persone",
            ),
            (
                "a",
                "Salve! la saletta costa {{$:250 €}} per la serata + buffet da {{$:15 €}} a persona. A che nome prenoto?",
            ),
            (
                "c",
                "[[P:Alessandra Ferrari]], detta [[P:Ale]] 😊 la fattura intestata a me, cf [[CF:FRRLSN95H62D969X]], mail [[E:ale.ferrari95 at libero dot it]]",
            ),
            (
                "c",
                "residente in [[A:salita San Nicolò 14/3]], [[A:16136]] [[L:Genova]] 🙂 cell [[T:+39 347 920 3318]] o a casa [[T:010 21 48 776]]",
            ),
            (
                "a",
                "Grazie [[P:Alessandra]]! Prenotazione {{R:GZ-2025-071}} ✅ nel buffet mettiamo {{PD:focaccia di Recco}} e {{PD:farinata}}?",
            ),
            (
                "c",
                "siii e tanta! ah il dj è il mio ragazzo [[P:Matteo]], su ig [[H:@djteo_genova]] ci sono i suoi set ([[U:soundcloud.com/djteo-genova]]), porta lui le casse",
            ),
            ("a", "Perfetto, ci sentiamo più vicino alla data. [[P:Ettore]]"),
        ],
    },
    {
        "business": "cafe",
        "platform": "whatsapp",
        "customer": "Zosia",
        "lang": "en",
        "start": "2025-10-20T16:25:00",
        "messages": [
            (
                "c",
                "hi! I'm [[P:Zofia]], erasmus student from [[L:Kraków]] at {{W:UniGe}}. I saw you look for volunteers for the book swap 📚 can I help?",
            ),
            (
                "a",
                "Hi [[P:Zofia]]! Yes, the swap is {{D:every first Sunday}} 😊 send us your full name and a contact",
            ),
            (
                "c",
                "[[P:Zofia Wiśniewska]], [[E:zofia.wisniewska@example.pl]] (or on telegram [[H:zosia_wis]]), and my insta is [[U:instagram.com/zosia.reads]] where i post book reviews",
            ),
            (
                "c",
                "I live in [[L:Castelletto]] with 2 flatmates, one of them [[P:Agnieszka]] may come too",
            ),
            (
                "a",
                "Brilliant, the more the merrier 🎉 first swap is {{D:Sunday 2 November}} from {{TM:10}}. [[P:Marta]]",
            ),
            ("c", "Dziękuję! 💛 can we also read polish poetry? {{W:Szymborska}} maybe 😊"),
            (
                "a",
                "Absolutely, we have a whole shelf of {{W:Szymborska}} in Italian too! [[P:Marta]]",
            ),
        ],
    },
    {
        "business": "cafe",
        "platform": "telegram",
        "customer": "Sangui",
        "lang": "it",
        "start": "2025-09-15T23:05:00",
        "messages": [
            (
                "c",
                "ciao ho visto che fate serate acustiche, sono un cantautore di [[L:Sestri Levante]], mi chiamo [[P:Davide Sanguineti]] in arte [[P:Sangui]]",
            ),
            (
                "c",
                "ascoltami qui [[U:https://open.spotify.com/artist/3kZ8qLmV0xW7sTq2Rb9dYe]] o su [[U:sangui.bandcamp.com]]",
            ),
            (
                "a",
                "Bello! 🎸 la prossima data libera è {{D:venerdì 21 novembre}}, {{TM:21:30}}. Rimborso {{$:80 €}} + cena",
            ),
            (
                "c",
                "ci sto! telegram [[H:@sangui_music]], mail [[E:davide.sanguineti(at)proton.me]]\nah suona con me [[P:Pietro]] al violoncello, detto [[P:Pedro]], lui è [[H:@pedro_cello]]",
            ),
            (
                "a",
                "perfetto, vi mettiamo in locandina. Fate anche qualcosa di {{W:De André}}? qui a {{W:Genova}} va sempre 😄 [[P:Ettore]]",
            ),
            ("c", "ovvio, {{PD:Bocca di Rosa}} non manca mai 🌹"),
        ],
    },
    {
        "business": "cafe",
        "platform": "whatsapp",
        "customer": "Felice Repetto",
        "lang": "it",
        "start": "2025-11-06T09:50:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Felice Repetto]], avevo ordinato {{PD:Il cane di terracotta}} x mio nipote [[P:Filippo]], è arrivato? ordine {{O:GZ-L-4471}}",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Repetto]]! sì, è arrivato ieri 📕 {{$:12,50 €}}. Lo teniamo in cassa a nome [[P:Felice]]?",
            ),
            (
                "c",
                "si grazie, sono {{W:felice}} 😊 passa a prenderlo mia moglie [[P:Carla]] o la vicina, la sig.ra [[P:Dufour]]",
            ),
            (
                "a",
                "perfetto. se vuole la avvisiamo anche per la serata su {{W:Calvino}} di {{D:giovedì}}",
            ),
            (
                "c",
                "volentieri, numero di casa [[T:010 / 36 21 554]] che il cellulare nn lo guardo mai",
            ),
            ("a", "segnato 📞 buona giornata! [[P:Marta]]"),
        ],
    },
    {
        "business": "cafe",
        "platform": "instagram",
        "customer": "vale.ghio",
        "lang": "it",
        "start": "2025-10-13T13:15:00",
        "messages": [
            (
                "c",
                "ciao! al laboratorio di illustrazione x bimbi di {{D:sabato 18}} c'è ancora posto? vorrei iscrivere [[P:Tommy]] (8) e [[P:Bianca]] (5)",
            ),
            (
                "a",
                "Ciao! sì, ultimi 3 posti 🎨 {{$:12 €}} a bimbo, merenda inclusa. Il nome del genitore?",
            ),
            (
                "c",
                "[[P:Valentina Ghio]] 😊 [[P:bianca]] è piccola ma disegna sempre, le metto i disegni su [[H:@bianca.disegna.tutto]]... lo gestisco io eh 😂",
            ),
            (
                "c",
                "ah viene anche il cuginetto [[P:Samuele]], la mamma è [[P:Fatima Idrissi]], vi scrive lei, è [[H:@fatima.idr]]",
            ),
            (
                "a",
                "Perfetto, vi segno tutti e tre ✅ il laboratorio lo tiene l'illustratrice [[P:Sara Olivieri]], se volete vedere i suoi lavori [[U:saraolivieri.art]]. [[P:Marta]]",
            ),
            ("c", "la seguo già!! 😍 [[P:tommy]] impazzirà"),
        ],
    },
    {
        "business": "cafe",
        "platform": "messenger",
        "customer": "Élodie M.",
        "lang": "en",
        "start": "2025-08-27T19:40:00",
        "messages": [
            (
                "c",
                "Bonjour! sorry my italian is bad. yesterday i forgot my bag in your café, a blue tote with a book of {{W:Simenon}} inside",
            ),
            ("a", "Bonjour! yes we found it 😊 can you tell me what else is inside, to be sure?"),
            (
                "c",
                "my agenda with my name [[P:Élodie Marchand]] and a postcard to my grandmother, Mamie [[P:Jeanne]] in [[L:Lyon]]",
            ),
            ("a", "that's it! we close at {{TM:20}} today"),
            (
                "c",
                "i leave tomorrow at {{TM:7}} from {{W:Genova Piazza Principe}} 😭 can you send it to me? [[A:27 rue de la Charité]], [[A:69002]] [[L:Lyon]]",
            ),
            (
                "a",
                "of course, shipping to [[L:France]] is {{$:18 €}}, we'll send you a payment link. phone or email?",
            ),
            (
                "c",
                "[[T:+33 6 12 84 57 09]] or [[E:elodie.marchand[at]example.fr]] merci beaucoup!! [[P:Marta]]? or [[P:Ettore]]? thank you both 💐",
            ),
        ],
    },
    {
        "business": "cafe",
        "platform": "instagram",
        "customer": "priyanka.in.genoa",
        "lang": "en",
        "start": "2025-11-24T18:05:00",
        "messages": [
            (
                "c",
                "hey, is the English book club still on {{D:Tuesdays}}? me and my partner just moved to [[L:Genoa]] from [[L:Toronto]]",
            ),
            (
                "a",
                "Hi! yes, {{D:every second Tuesday}} at {{TM:19:00}} 📚 this month's book is {{PD:The Remains of the Day}}",
            ),
            (
                "c",
                "perfect. I'm [[P:Priyanka Chatterjee-Walsh]], he's [[P:Declan Walsh]]. you can find me at [[U:goodreads.com/priyankacw]]",
            ),
            (
                "c",
                "also we write a little newsletter about expat life [[U:priyankaingenoa.substack.com]] 😅 and I'm [[H:@priyanka.in.genoa]] on insta",
            ),
            ("a", "Welcome! 🎉 we'll add you to the group chat. Which number for whatsapp?"),
            (
                "c",
                "mine's [[T:+39 351 447 0982]] ([[L:italian]] sim finally!) and [[P:Declan]] doesn't do whatsapp lol",
            ),
            ("a", "haha noted. see you on {{D:Tuesday}}! [[P:Ettore]] - {{B:Il Gozzo}}"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(68, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
