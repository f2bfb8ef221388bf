# ruff: noqa: E501
"""Hand-written blind test corpus no. 72 for convmon's anonymiser.

Written by hand, message by message, without templates and without Faker: every person, phone
number, e-mail, handle, link and address below is invented. The checksummed identifiers (IBANs,
card numbers, codici fiscali, partite IVA, German and French VAT numbers) were computed once with
python-stdnum (IBAN mod 97, Luhn, codice fiscale check letter, mod 11-10) from invented bases and
pasted here as literals; nothing is computed at run time.

Markup (see ``handwritten_markup.py``): ``[[CODE:value]]`` is a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (orders, prices, products, brands and
Page names, dates, times, tracking codes, ordinary words and public places, reference codes).

The six invented businesses: an Instagram streetwear shop (Sottopasso Streetwear), a gaming
hardware and PC-building shop (PixelForge PC Lab), a tattoo studio (Inchiostro Nero Tattoo), the
ticket office of a small lake music festival (Lago Sonoro Festival), a smartphone repair lab doing
data recovery and account unlocking (FixPoint Smartphone Lab) and a yoga retreat selling stays
(Casa Prana Yoga Retreat).

Regenerate with ``python make_handwritten72_corpus.py`` from this folder; the output
``handwritten72_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten72_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "sottopasso": "Sottopasso Streetwear",
    "pixelforge": "PixelForge PC Lab",
    "inchiostro": "Inchiostro Nero Tattoo",
    "lagosonoro": "Lago Sonoro Festival",
    "fixpoint": "FixPoint Smartphone Lab",
    "prana": "Casa Prana Yoga Retreat",
}
PAGE_IDS: dict[str, str] = {
    "sottopasso": "672500118340271",
    "pixelforge": "672500239514806",
    "inchiostro": "672500347120958",
    "lagosonoro": "672500461893027",
    "fixpoint": "672500572048316",
    "prana": "672500683215794",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ Sottopasso Streetwear
    {
        "business": "sottopasso",
        "platform": "instagram",
        "customer": "giuly.rvn",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao raga ho visto la {{PD:felpa Boxy Crewneck}} nella storia di ieri ma nn trovo la M 😭 ce l'avete ancora??",
            ),
            (
                "a",
                "Ciao! sì la M in {{W:nero}} c'è ancora, in {{W:salvia}} è finita. costa {{$:69€}}, ti mando il link al carrello? [[P:Sveva]]",
            ),
            (
                "c",
                "si pls\ncmq la spedite a [[L:Cagliari]]? sto da mia zia [[P:Tonina]] x l'estate, [[A:via Sonnino 118]] [[A:09127]] citofono [[P:Pireddu]]",
            ),
            (
                "a",
                "Certo, le isole arrivano in 3-4 giorni lavorativi. mi lasci nome e cognome per l'etichetta e un numero per il corriere?",
            ),
            (
                "c",
                "[[P:Giulia Ravanelli]]\n[[T:347 218 9034]]\nah e la mail x la ricevuta è [[E:giuly.ravanelli chiocciola libero punto it]]",
            ),
            (
                "c",
                "ps mi seguite su insta? sono [[H:@giuly.rvn]] ho fatto la storia col vostro {{PD:cappello Bucket Fango}} 🧢 e mia cugina [[P:Ale]] è [[H:ale_pireddu.03]] ci tiene tantissimo",
            ),
            (
                "a",
                "Fatto ordine {{O:#SP-20931}} ✅ vi seguiamo già ahah, grazie [[P:Giulia]]! [[P:Sveva]] - {{B:Sottopasso}}",
            ),
        ],
    },
    {
        "business": "sottopasso",
        "platform": "instagram",
        "customer": "Kwame Osei-Bonsu",
        "lang": "en",
        "start": "2025-03-06T21:40:00",
        "messages": [
            (
                "c",
                "yo do u ship to [[L:UK]]?? im in [[L:Leeds]] rn, the {{PD:Cargo Pant Asfalto}} in size 32 🔥",
            ),
            (
                "a",
                "Hey! yes we ship to the UK, about 5-7 days, duties included over {{$:£135}}. Want me to reserve a pair? [[P:Jacopo]] from the team",
            ),
            (
                "c",
                "yes bro\nname is [[P:Kwame Osei-Bonsu]]\n[[A:Flat 3, 27 Brudenell Grove]]\n[[L:Leeds]] [[A:LS6 1HR]]",
            ),
            (
                "c",
                "number [[T:+44 7700 914 362]] or my mums [[T:0113 496 0721]] if im out lol, she's called [[P:Akosua]]",
            ),
            ("a", "Perfect. Payment link sent to your DMs 👍"),
            (
                "c",
                "paid ✅ also tag me when u post, [[H:kwame.fits]] on insta and tiktok [[U:tiktok.com/@kwamefits_]]\nmy boy [[P:Dele]] wants the same in black, he's [[H:@dele.og]]",
            ),
            (
                "a",
                "Got it, order {{O:SP-20944}}, tracking tomorrow. we'll tag you [[P:Kwame]] 🙌 tell [[P:Dele]] to DM us",
                "en",
            ),
        ],
    },
    {
        "business": "sottopasso",
        "platform": "instagram",
        "customer": "Dario ✦",
        "lang": "it",
        "start": "2025-03-10T18:05:00",
        "messages": [
            (
                "c",
                "buonasera volevo fare il reso della {{PD:giacca Coach Nebbia}} ordine {{O:SP-19877}} mi sta enorme",
            ),
            ("a", "Ciao [[P:Dario]]! nessun problema, vuoi il cambio taglia o il rimborso?"),
            (
                "c",
                "rimborso grazie, nn paypal perché l'ho chiuso\nIBAN [[I:IT04 R030 6912 7811 0000 0047 219]] intestato a [[P:Dario Mezzasalma]]",
            ),
            (
                "c",
                "anzi aspetta il conto è cointestato con mia moglie [[P:Noemi]], va bene lo stesso? [[P:Mezzasalma Dario]] e [[P:Noemi Catalfamo]]",
            ),
            (
                "a",
                "Va benissimo. Ti mando l'etichetta di reso prepagata per mail, a quale indirizzo?",
            ),
            (
                "c",
                "[[E:dario.mezzasalma@posteo.example]]\nil ritiro fatelo in [[A:via Etnea 407]] a [[L:Catania]] ma nn prima delle {{TM:15}} che lavoro. se nn ci sono c'è mio suocero [[P:Turi]] [[T:095 / 43 72 18]]",
            ),
            (
                "a",
                "Perfetto, ritiro BRT il {{D:12 marzo}} pomeriggio, tracking {{TR:0571 2290 4418 02}}. Rimborso entro 5 giorni dal rientro. [[P:Jacopo]]",
            ),
        ],
    },
    {
        "business": "sottopasso",
        "platform": "instagram",
        "customer": "marti_sk8",
        "lang": "it",
        "start": "2025-03-12T15:22:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Martina]], skater di [[L:Rimini]], faccio contenuti su [[U:youtube.com/@martisk8vlog]] e tiktok [[H:@marti_sk8]] 🛹 vi va una collab?",
            ),
            ("a", "Ciao [[P:Martina]]! ci piace un sacco l'idea. hai un media kit?"),
            (
                "c",
                "si tutto qui [[U:https://linktr.ee/marti.sk8]]\nse serve fattura ho partita iva [[V:02743910586]] (forfettaria)",
            ),
            (
                "c",
                "ah e la mia manager è [[P:Ludovica]], [[E:ludo[at]ramphouse[dot]it]] scrivete anche a lei\no whatsapp [[T:+39 331 20 48 776]]",
            ),
            (
                "a",
                "Top, ti scrive [[P:Jacopo]] per i dettagli. intanto ti mandiamo l'{{PD:Hoodie Grigio Cemento}} taglia S?",
            ),
            (
                "c",
                "S perfetta 🙏 spedite a [[A:via Flaminia 52, scala C int. 9]] [[A:47923]] [[L:Rimini]], citofono [[P:Baldisserri]]",
            ),
            (
                "c",
                "sono sempre io il cognome [[P:Baldisserri]] lol [[P:Martina Baldisserri]]\nil mio ragazzo [[P:Nico]] fa le riprese, lui è [[H:nico.films.rn]]",
            ),
        ],
    },
    {
        "business": "sottopasso",
        "platform": "instagram",
        "customer": "Lin Xiaoyu",
        "lang": "it",
        "start": "2025-03-14T11:48:00",
        "messages": [
            (
                "c",
                "ciao, io studentessa a [[L:Milano]], voglio comprare {{PD:t-shirt Logo Tangenziale}} colore {{W:bianco}} taglia L. possibile ritiro in negozio?",
            ),
            (
                "a",
                "Ciao! il ritiro si fa solo nel nostro store in {{W:via del Pratello}} a {{W:Bologna}}, non abbiamo negozi in altre città. Ti spediamo a casa in 24/48h?",
            ),
            (
                "c",
                "ok spedizione. my italian not good sorry 😅 address: [[A:viale Monza 214]], [[A:20127]] [[L:Milano]], name [[P:Lin Xiaoyu]], bell says [[P:Lin]] / [[P:Zhao]]",
                "en",
            ),
            (
                "a",
                "No problem, we can write in English 🙂 Can I have a phone number for the courier?",
                "en",
            ),
            (
                "c",
                "[[T:+86 138 0013 5729]] is chinese number, italian one is [[T:351.402.8816]]",
                "en",
            ),
            (
                "c",
                "my roommate [[P:Zhao Yiran]] will get the package if i'm in class. her wechat [[H:yiran_zh98]]\nmy email [[E:linxiaoyu2003@163.example]]",
                "en",
            ),
            (
                "a",
                "Perfect, order {{O:SP-20988}}, total {{$:€39}} incl. shipping. [[P:Sveva]]",
                "en",
            ),
        ],
    },
    {
        "business": "sottopasso",
        "platform": "messenger",
        "customer": "Rosa Ingrassia",
        "lang": "it",
        "start": "2025-03-17T08:30:00",
        "messages": [
            (
                "c",
                "Salve vorrei la felpa {{W:rosa}} per mio figlio [[P:Tommaso]] ha 15 anni, che taglia prendo? è alto 1,70",
            ),
            (
                "a",
                "Buongiorno! per 1,70 consigliamo la S. La {{PD:Felpa Zip Pastello}} in {{W:rosa}} costa {{$:74,90€}}.",
            ),
            (
                "c",
                "Va bene. Sono [[P:Rosa Ingrassia]], pago con carta [[C:4539 7812 0463 5517]] scadenza 09/27 va bene scriverla qui?",
            ),
            (
                "a",
                "Gentile [[P:Rosa]], per sicurezza non scriva mai i dati della carta in chat! Le mando un link di pagamento sicuro. La prego di cancellare il messaggio 🙏",
            ),
            (
                "c",
                "Ah scusate nn lo sapevo. ok cancello. Spedite a [[A:contrada Gibiesi 14]] [[A:92016]] [[L:Ribera]] ([[L:AG]])",
            ),
            (
                "c",
                "se nn ci sono lasciate dalla vicina sig.ra [[P:Speranza]] che abita sopra, o chiamate [[P:Tommy]] [[T:320 88 19 443]]",
            ),
            (
                "a",
                "Certo. Ordine {{O:SP-21003}}, consegna prevista {{D:venerdì 14}}. Buona giornata! [[P:Jacopo]]",
            ),
        ],
    },
    {
        "business": "sottopasso",
        "platform": "instagram",
        "customer": "Mateo R.",
        "lang": "en",
        "start": "2025-03-19T19:10:00",
        "messages": [
            (
                "c",
                "hola! sorry english not perfect. i want the {{PD:Windbreaker Periferia}} but ship to [[L:Valencia]] possible?",
            ),
            ("a", "Hi! Yes, we ship to Spain, 4-6 days, {{$:€9.90}} shipping. 😊"),
            (
                "c",
                "perfecto!! mi dirección es [[A:Calle de Cuba 38, 2º izq]], [[A:46006]] [[L:Valencia]]. nombre [[P:Mateo Ruiz Alcántara]]",
            ),
            (
                "c",
                "móvil [[T:+34 612 48 93 07]]\nand my insta [[H:mateo.ruiz.alc]] if u want to see the fit after 😎",
            ),
            (
                "a",
                "Done! order {{O:SP-21017}}. Tracking will come from GLS, something like {{TR:GLS-ES-448102993}}. Thanks [[P:Mateo]]! — [[P:Sveva]]",
            ),
            (
                "c",
                "gracias!! my brother [[P:Javi]] wants one too, he'll write u from his account [[H:@javiruiz_07]]\nif refund ever needed my account is [[I:ES11 0049 1500 0627 1829 3044]]",
            ),
        ],
    },
    {
        "business": "sottopasso",
        "platform": "instagram",
        "customer": "Achille Roversi",
        "lang": "it",
        "start": "2025-03-22T13:55:00",
        "messages": [
            (
                "c",
                "raga il pacco {{O:SP-20702}} risulta consegnato ma io nn ho ricevuto niente!!! abito in [[A:via Ca' Selvatica 9]] a [[L:Bologna]]",
            ),
            (
                "a",
                'Ciao, ci dispiace! Dal tracking {{TR:1Z8F42296804177731}} risulta firmato da "[[P:Ferri]]" alle {{TM:11:42}}. È qualcuno del palazzo?',
            ),
            (
                "c",
                "ah si la [[P:Ferri]] è la portinaia 😅 [[P:Loredana]]. scusate ora scendo a prenderlo\nil corriere di solito è [[P:Gennaro]] e mi chiama prima, oggi no boh",
            ),
            (
                "c",
                "già che ci sono: potete cambiare la mail del mio account da [[E:achille.rov@gmail.example]] a [[E:a.roversi@studio-unibo.example]]? l'altra nn la uso più\nsul vostro sito il mio user è [[H:achille_rvs]]",
            ),
            ("a", "Fatto! Account aggiornato. Buona giornata [[P:Achille]] ✌️"),
        ],
    },
    # ------------------------------------------------------------------ PixelForge PC Lab
    {
        "business": "pixelforge",
        "platform": "messenger",
        "customer": "Nicolò Zanin",
        "lang": "it",
        "start": "2025-03-05T17:20:00",
        "messages": [
            (
                "c",
                "bella! vorrei un pc da gaming sui {{$:1500€}} x giocare a {{W:Valorant}} e fare stream. avete qualcosa già montato?",
            ),
            (
                "a",
                "Ciao! Con quel budget ti consiglio la config {{PD:Forge R7 Ember}}: {{PD:Ryzen 7 7700}}, {{PD:RTX 4060 Ti}}, 32GB. {{$:1.489€}} montata e testata.",
            ),
            (
                "c",
                "top. possiamo sentirci su discord che faccio prima? sono [[H:zanin_nico#4471]] oppure il nuovo user [[H:nicozan]]",
            ),
            ("a", "Certo, ti aggiunge [[P:Ivo]] del reparto build 👍"),
            (
                "c",
                "ok. cmq spedite o devo venire a {{W:Padova}}? io sto a [[L:Piove di Sacco]], tipo 20 min",
            ),
            (
                "a",
                "Puoi venire in negozio o la consegniamo noi gratis entro 30 km. Ci lasci indirizzo e telefono?",
            ),
            (
                "c",
                "[[A:via Garibaldi 3/B]] [[A:35028]] [[L:Piove di Sacco]]\ncell [[T:340/7719283]] se nn rispondo mio papà [[P:Renzo]] [[T:049 970 4412]]",
            ),
            (
                "c",
                "ah il mio canale è [[U:twitch.tv/nicozan_live]] se volete vedere il setup vecchio che fa pena 😂",
            ),
        ],
    },
    {
        "business": "pixelforge",
        "platform": "messenger",
        "customer": "Emeka Chukwu",
        "lang": "en",
        "start": "2025-03-08T20:02:00",
        "messages": [
            (
                "c",
                "hey, my GPU {{PD:RX 6800 XT}} is doing artifacts in every game. bought from u last year, invoice {{R:FT-2024-00871}}",
            ),
            (
                "a",
                "Hi! Sorry to hear that. It should still be under warranty. Can you send a short video of the artifacts?",
            ),
            (
                "c",
                "yeah its all on my stream vod lol [[U:twitch.tv/emeka_chk]] around 1:32:00\nor my channel [[U:https://www.youtube.com/@EmekaPlaysPC]]",
            ),
            (
                "a",
                "Saw it, definitely the VRAM. Bring it in or we send a courier? We need name + address for the RMA.",
            ),
            (
                "c",
                "courier pls. [[P:Emeka Chukwu]]\n[[A:via Tiziano Aspetti 88, int 4]]\n[[A:35133]] [[L:Padova]]",
            ),
            (
                "c",
                "phone [[T:+234 803 555 0192]] is nigerian, whatsapp better, italian sim [[T:+39 392 004 8817]]",
            ),
            ("a", "RMA {{R:RMA-7731}} opened ✅ courier {{D:Thursday}} 9-13. [[P:Chiara]]"),
            (
                "c",
                "thx [[P:chiara]] 🙏 my gamertag is [[H:EmekaTheForge]] on psn if u ever wanna get smoked in fifa ahaha",
            ),
            (
                "c",
                "oh and the card i paid with back then was [[C:2223 0071 4829 3469]] in case u need it for the warranty lookup",
            ),
            (
                "a",
                "We don't need the card number, the invoice is enough 🙂 please delete it from the chat!",
            ),
        ],
    },
    {
        "business": "pixelforge",
        "platform": "telegram",
        "customer": "Bobo",
        "lang": "it",
        "start": "2025-03-11T22:15:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Roberto]] ma tutti mi chiamano [[P:Bobo]] 😂 mi ha passato il contatto [[P:Giuse]] del mio clan",
            ),
            (
                "c",
                "volevo sapere se fate upgrade: ho un {{PD:i5-9400F}} e una {{PD:GTX 1660 Super}}, mi cambiate scheda madre+cpu?",
            ),
            (
                "a",
                "Ciao [[P:Bobo]]! Sì, kit {{PD:B650 + Ryzen 5 7600}} con montaggio {{$:389€}}. La RAM va cambiata però (DDR5).",
            ),
            (
                "c",
                "ahia. ok fa niente. scrivimi qui su tg a [[H:@bobo_gaming_vr]] o a mio fratello [[H:@luca_ferrante]] che è lui che paga 😅",
            ),
            ("c", "siamo a [[L:Verona]] zona [[L:Borgo Roma]], lo porto io sabato"),
            (
                "a",
                "Ti aspettiamo sabato dalle {{TM:9:30}}. Per il preventivo mi serve nome completo e mail",
            ),
            (
                "c",
                "[[P:Roberto Ferrante]]\n[[E:roberto . ferrante 89 @ outlook . example]]\ncell [[T:+39 345 221 87 09]] e su discord nel clan sono [[H:BoboTheBrave#0912]]",
            ),
            ("c", "ah [[P:luca]] dice se gli fate lo sconto studenti lol"),
        ],
    },
    {
        "business": "pixelforge",
        "platform": "messenger",
        "customer": "Ilaria Boscolo Bielo",
        "lang": "it",
        "start": "2025-03-13T10:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Ilaria Boscolo Bielo]], architetto, ci servono 3 workstation per rendering. Fattura a studio",
            ),
            (
                "a",
                "Buongiorno [[P:Ilaria]], volentieri. Per quale software? {{W:Blender}}, {{W:Lumion}}?",
            ),
            (
                "c",
                "Lumion soprattutto. dati fattura: intestazione [[P:Ilaria Boscolo Bielo]] architetto, P.IVA [[V:06138820581]], sede [[A:calle Larga 1120]] [[A:30015]] [[L:Chioggia]]",
            ),
            (
                "c",
                "PEC [[E:boscolobielo.ilaria@pec.archiworld.example]] e codice fiscale [[CF:BSCLRI87M63C638Q]]",
            ),
            (
                "c",
                "il referente tecnico è il mio socio [[P:Enrico Tiozzo]] [[T:+39 041 5508337 int. 24]]",
            ),
            (
                "a",
                "Perfetto, preventivo {{R:PRV-2025-118}} in arrivo entro {{D:domani}}. [[P:Ivo]]",
            ),
            (
                "c",
                "grazie. ah se [[P:Tiozzo]] non risponde chiamate la segretaria [[P:Mirca]] allo stesso numero interno 20",
            ),
        ],
    },
    {
        "business": "pixelforge",
        "platform": "instagram",
        "customer": "sk1llz.yara",
        "lang": "en",
        "start": "2025-03-16T23:05:00",
        "messages": [
            (
                "c",
                "hii i bought the {{PD:Forge Mini ITX}} and my ping is awful, like my pc gets ip [[IP:192.168.1.47]] but the router says something weird [[IP:fe80::1c4a:7bff:fe21:9d3e]]??",
            ),
            (
                "a",
                "Hi! Local IPs are fine, that's normal. What's your public IP from whatsmyip? Just to check the ISP routing",
            ),
            ("c", "[[IP:93.41.208.176]]\nalso my bf [[P:Dawit]] says its the wifi card lol"),
            (
                "a",
                "[[P:Dawit]] might be right 😄 The {{PD:Intel AX210}} needs the antennas screwed in at the back. Can you check?",
            ),
            (
                "c",
                "omg it was unscrewed. fixed!! ty. follow me on twitch [[H:sk1llz_yara]] and insta [[H:@sk1llz.yara]] i'll shout u out. discord is [[H:yara.h]]",
            ),
            ("c", "btw my name's [[P:Yara Haddad]] for the review, [[P:yara]] is fine"),
            ("a", "Thanks [[P:Yara]]! Glad it works 🎮 — [[P:Chiara]], {{B:PixelForge}}"),
        ],
    },
    {
        "business": "pixelforge",
        "platform": "whatsapp",
        "customer": "Marco Pellizzari",
        "lang": "it",
        "start": "2025-03-18T12:30:00",
        "messages": [
            ("c", "Ciao ho fatto il bonifico x il pc ordine {{O:IT-PF-2025-004417}}"),
            (
                "c",
                "causale: [[P:Pellizzari Marco]] ordine 004417. dal conto [[I:IT20 F053 8703 6010 0000 3318 452]]",
            ),
            (
                "a",
                "Grazie [[P:Marco]]! Il bonifico risulta in arrivo, appena accreditato spediamo.",
            ),
            (
                "c",
                "perfetto. spedite a mio cognato che io sono in trasferta a [[L:Monaco]] fino a fine mese",
            ),
            (
                "c",
                "[[P:Stefano Lazzarin]]\n[[A:via Roma 15]] [[A:31021]] [[L:Mogliano Veneto]]\n[[T:333 64 72 019]]",
            ),
            (
                "a",
                "Ricevuto. Spedizione con SDA, tracking {{TR:6X00412277918}}. Buon viaggio! [[P:Ivo]]",
            ),
            (
                "c",
                "grazie [[P:ivo]]! se [[P:Stefano]] nn risponde sua moglie [[P:Debora]] è sempre a casa",
            ),
        ],
    },
    {
        "business": "pixelforge",
        "platform": "telegram",
        "customer": "Olek",
        "lang": "en",
        "start": "2025-03-21T16:45:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Aleksander Wiśniewski]], friends say [[P:Olek]]. i live in [[L:Trento]] for work, from [[L:Kraków]]",
            ),
            ("c", "i want to sell my old pc to you, trade in? {{PD:RTX 3080}} + {{PD:i7-12700K}}"),
            (
                "a",
                "Hi [[P:Olek]]! Yes we do trade-ins. Send photos and we'll give you a quote within 24h.",
            ),
            (
                "c",
                "ok sent. if you pay me, my account is in [[L:Germany]]: [[I:DE44 5001 0517 5407 3249 31]]",
            ),
            (
                "c",
                "email [[E:olek.wisniewski(at)proton(dot)example]] and telegram here is [[H:@olek_wis]]",
            ),
            ("a", "Quote: {{$:€620}} for both, pickup free. [[P:Chiara]]"),
            (
                "c",
                "ok deal. address [[A:via Brennero 140]], [[A:38121]] [[L:Trento]], name on door [[P:Wiśniewski]]/[[P:Nowak]]\nphone [[T:+48 604 118 273]] still polish sorry",
            ),
        ],
    },
    {
        "business": "pixelforge",
        "platform": "messenger",
        "customer": "Samuele Ottaviani",
        "lang": "it",
        "start": "2025-03-24T09:12:00",
        "messages": [
            (
                "c",
                "salve sono il papà di [[P:Gabriele]] che ha comprato la tastiera {{PD:Forge K87 Lava}} ieri, è minorenne e ha usato la mia carta senza permesso",
            ),
            (
                "a",
                "Buongiorno, capiamo. Possiamo annullare l'ordine se non è ancora partito. Ha il numero d'ordine?",
            ),
            (
                "c",
                "{{O:PF-88130}}. la carta è questa [[C:5253-6194-8207-7138]] intestata a me [[P:Samuele Ottaviani]]",
            ),
            (
                "a",
                "Grazie, ordine annullato e rimborso avviato sulla stessa carta. Per favore non condivida il numero della carta in chat. Saluti, [[P:Ivo]]",
            ),
            (
                "c",
                "grazie mille. [[P:Gabri]] è in punizione 😤\nse serve richiamarmi [[T:0721 33 48 90]] ufficio, o mail [[E:samuele.ottaviani@pec.example.it]]. siamo di [[L:Pesaro]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ Inchiostro Nero Tattoo
    {
        "business": "inchiostro",
        "platform": "instagram",
        "customer": "fede.ink",
        "lang": "it",
        "start": "2025-03-03T14:00:00",
        "messages": [
            (
                "c",
                "ciao!! ho visto il portfolio di [[P:Vera]] su [[U:instagram.com/vera.linework]] e voglio un fineline sul polso 🥹",
            ),
            (
                "a",
                "Ciao! [[P:Vera]] ha posto da {{D:aprile}}. Mi dici nome, idea e dimensione? Mandaci anche un reference",
            ),
            (
                "c",
                'sono [[P:Federica]] ([[P:Fede]])\nl\'idea è il nome di mia nonna "[[P:Ines]]" in corsivo + una {{W:margherita}}',
            ),
            ("c", "cognome x la prenotazione: [[P:Scarabello]], [[P:S-C-A-R-A-B-E-L-L-O]]"),
            (
                "a",
                "Perfetto [[P:Fede]]! {{D:martedì 8 aprile}} alle {{TM:15:00}}, acconto {{$:50€}}. Ti mando i dati per l'acconto in privato. [[P:Dalia]] 🖤",
            ),
            (
                "c",
                "ok! se serve il mio numero [[T:+39 345 90 11 786]], mail [[E:federica.scarabello@icloud.example]]\nviene anche la mia migliore amica [[P:Agne]] a farmi compagnia, lei è [[H:@agne.vilkaite]]",
            ),
        ],
    },
    {
        "business": "inchiostro",
        "platform": "instagram",
        "customer": "Hannah Vogt",
        "lang": "en",
        "start": "2025-03-07T10:25:00",
        "messages": [
            (
                "c",
                "Hi! I'm in [[L:Turin]] until the 20th for a conference, any chance of a small walk-in? I'm from [[L:Freiburg]]",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! We have a flash day on {{D:Saturday 15th}}, walk-ins from {{TM:11am}}. Flash designs are pinned on our page {{B:@inchiostronero.tattoo}}",
            ),
            (
                "c",
                "perfect! ich freue mich so 😍 can I book the {{PD:Mole Antonelliana flash}}? haha very touristy",
            ),
            ("a", "Sure, {{$:€120}}. Name and phone for the list?"),
            (
                "c",
                "[[P:Hannah Vogt]], [[T:+49 176 2289 4410]]\nstaying at my friend [[P:Lukas]]'s place [[A:Via Nizza 57]], [[A:10126]]\nmail [[E:hannah punkt vogt at posteo punkt example]] and my drawings [[U:instagram.com/hannah.draws.things]]",
            ),
            ("c", "if u need my german VAT for the invoice (freelancer) it's [[V:DE813752098]]"),
            ("a", "Got it, see you Saturday! — [[P:Kenji]]"),
        ],
    },
    {
        "business": "inchiostro",
        "platform": "whatsapp",
        "customer": "Karim",
        "lang": "it",
        "start": "2025-03-09T19:30:00",
        "messages": [
            (
                "c",
                "salam, io volere tatuaggio nome di mia madre [[P:Fatima Zahra]] in arabo su braccio. quanto costa?",
            ),
            (
                "a",
                "Ciao [[P:Karim]]! Per una scritta in arabo sull'avambraccio parliamo di {{$:150-200€}}. Ci mandi la scritta esatta?",
            ),
            (
                "c",
                "si ti mando foto. mio nome [[P:Karim El Idrissi]], io abita [[L:Barriera di Milano]] vicino {{W:piazza Crispi}}\nguarda mio insta [[H:karim.elid]] ci sono altri tatuaggi",
            ),
            (
                "c",
                "numero mio [[T:+212 661 42 07 85]] marocchino e italiano [[T:328 - 944 - 1062]]",
            ),
            ("a", "Ok. [[P:Kenji]] ha posto giovedì {{TM:18:30}}. Ti va?"),
            (
                "c",
                "va bene. vengo con mio cugino [[P:Youssef]] anche lui vuole, scritta [[P:Amina]] nome della figlia",
            ),
        ],
    },
    {
        "business": "inchiostro",
        "platform": "instagram",
        "customer": "Bianca Melis",
        "lang": "it",
        "start": "2025-03-15T16:10:00",
        "messages": [
            ("c", "ciao volevo info su un tattoo con inchiostro {{W:bianco}}, dura?"),
            (
                "a",
                "Ciao! Il {{W:bianco}} sbiadisce prima, consigliamo un ritocco dopo un anno. Che soggetto hai in mente?",
            ),
            ("c", "una rondine piccola. ah sono [[P:Bianca]] comunque 😅 il nome è un destino"),
            (
                "a",
                "Ahah perfetto [[P:Bianca]]! per la prenotazione ci serve il codice fiscale per il consenso informato",
            ),
            (
                "c",
                "[[CF:MLSBNC06P48E281K]] e nome completo [[P:Bianca Melis]], sono di [[L:Iglesias]] ma studio qui a [[L:Torino]]\nig [[H:@bianca.melis_]]",
            ),
            (
                "c",
                "mia sorella [[P:Chiara]] ([[H:@chiaramelis.ph]]) viene con me x il consenso? io ho 19 anni eh",
            ),
            ("a", "Se sei maggiorenne non serve 🙂 a {{D:venerdì}}! [[P:Vera]]"),
        ],
    },
    {
        "business": "inchiostro",
        "platform": "telegram",
        "customer": "Priya",
        "lang": "en",
        "start": "2025-03-18T08:50:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Priya Raghunathan]], illustrator. I'd like [[P:Kenji]] to tattoo one of my own designs, is that ok?",
            ),
            (
                "c",
                "my work is on [[U:priyadraws.example.com]] and [[U:https://www.behance.net/priya_raghu]]",
            ),
            (
                "a",
                "Hi [[P:Priya]], [[P:Kenji]] loves working on artists' designs! Send the file to our studio email and we'll quote.",
            ),
            (
                "c",
                "sent from [[E:priya dot raghu at gmail dot com]]. my husband [[P:Arjun]] also wants a matching one, his is [[E:arjun.m.nair@fastmail.example]] in cc",
            ),
            (
                "a",
                "Received! Quote {{R:INV-TT-0392}}: {{$:€260}} each, 3h sessions. Deposit link coming. [[P:Kenji]]",
            ),
            (
                "c",
                "thanks!! we are in [[L:Italy]] until {{D:june 2}}, living in [[L:Bangalore]] normally, so before that pls 🙏 [[P:Arjun]]'s number is [[T:+91 98450 31276]]",
            ),
        ],
    },
    {
        "business": "inchiostro",
        "platform": "instagram",
        "customer": "lorenzo_r",
        "lang": "it",
        "start": "2025-03-20T21:35:00",
        "messages": [
            (
                "c",
                "ciao il tatuaggio che mi ha fatto [[P:Dalia]] settimana scorsa si sta spellando tantissimo è normale??",
            ),
            (
                "a",
                "Ciao [[P:Lorenzo]]! Sì, dal giorno 5-7 è normale. Usi la crema che ti abbiamo dato?",
            ),
            (
                "c",
                "si la {{PD:Bepanthenol}}... cmq la mia ragazza [[P:Gaia]] dice che è infetto 😬\nmando foto",
            ),
            (
                "a",
                "Dalla foto sembra tutto ok, niente infezione. Se vuoi passa in studio in {{W:via Po}} e lo guardiamo. [[P:Dalia]]",
            ),
            (
                "c",
                "ok passo domani. sono [[P:Lorenzo Rinaldi]] se vi serve x l'agenda, cell [[T:(+39) 366 112 0498]]",
            ),
            (
                "c",
                "ah e volevo prenotarne un altro con [[P:Kenji]], quello giapponese sul collo, [[P:gaia]] lo segue da anni [[U:instagram.com/kenji.irezumi.to]]\nlei è [[H:gaia.p_art]] se la volete taggare",
            ),
        ],
    },
    {
        "business": "inchiostro",
        "platform": "messenger",
        "customer": "Jamal Brooks",
        "lang": "en",
        "start": "2025-03-25T02:15:00",
        "messages": [
            (
                "c",
                "hey do u sell gift cards? want one for my gf [[P:Rose]] she's been following u since forever",
            ),
            ("a", "Hi! Yes, gift vouchers from {{$:€50}}, valid 12 months. Digital or printed?"),
            (
                "c",
                "printed pls, mail it to [[A:2214 W Belmont Ave, Apt 3R]] [[L:Chicago]], [[L:IL]] [[A:60618]]",
            ),
            ("a", "We can ship to the US, {{$:€18}} shipping. Name for the voucher?"),
            (
                "c",
                '"for [[P:Rose Delgado]], love [[P:Jamal]]" lol\nmy number [[T:(773) 555-0148 ext 2]] is work, cell [[T:312.555.0193]], ig [[H:jbrooks.chi]]',
            ),
            (
                "a",
                "Voucher {{R:GV-5512}} 🎁 ships {{D:tomorrow}}. [[P:Kenji]], {{B:Inchiostro Nero}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ Lago Sonoro Festival
    {
        "business": "lagosonoro",
        "platform": "messenger",
        "customer": "Elisa Fontana",
        "lang": "it",
        "start": "2025-05-02T18:40:00",
        "messages": [
            (
                "c",
                "ciao ho comprato 2 abbonamenti 3 giorni ma la mia amica nn può più venire, posso cambiare nome sul biglietto?",
            ),
            (
                "a",
                "Ciao! Sì, il cambio nominativo è gratuito fino al {{D:30 giugno}}. Mi dai il codice ordine e il nuovo nome?",
            ),
            (
                "c",
                "ordine {{O:LS25-004512}}\nbiglietto di [[P:Carlotta Bellini]] --> va a [[P:Anna Kowalczyk]]",
            ),
            (
                "c",
                "la mail di [[P:anna]] è [[E:anna.k_1999@wp.example]] e il suo cell [[T:+48 501 224 918]] è polacco",
            ),
            (
                "a",
                "Fatto! [[P:Anna]] riceverà il nuovo QR. Il tuo resta invariato. [[P:Ilenia]] - {{B:Lago Sonoro}}",
            ),
            (
                "c",
                "grazie!! ah e la mia amica [[P:carlotta]] chiede se può avere il rimborso del suo... il mio numero x sicurezza [[T:+39 0341 28 77 06]]",
            ),
            ("a", "Purtroppo no [[P:Elisa]], i biglietti non sono rimborsabili, solo cedibili 😔"),
        ],
    },
    {
        "business": "lagosonoro",
        "platform": "instagram",
        "customer": "dj.tomasz",
        "lang": "en",
        "start": "2025-05-04T01:20:00",
        "messages": [
            (
                "c",
                "yo!! im a dj from [[L:Ljubljana]], any chance to play the warm up stage? my sets: [[U:soundcloud.com/tomasz-novak-dj]]",
            ),
            (
                "c",
                "full press kit: [[U:linktr.ee/djtomasznovak]] // ig [[H:@dj.tomasz]] // mixcloud [[U:https://bit.ly/tomasz-mix24]]",
            ),
            (
                "a",
                "Hi [[P:Tomasz]]! The lineup is closed but we're collecting demos for the {{PD:Sunset Stage}} open call. Send it to our booking email with your rider.",
            ),
            (
                "c",
                "sent from [[E:tomasz@novak-sound.example]] 🙌 my agent is [[P:Mirjana Kovač]], [[T:+386 41 552 903]]",
            ),
            ("a", "Thanks! We'll reply by {{D:May 15}}. [[P:Tobia]]"),
            (
                "c",
                "hvala! also i can crash at my cousin [[P:Matej]]'s place in [[L:Brescia]] so no hotel needed 😄",
            ),
        ],
    },
    {
        "business": "lagosonoro",
        "platform": "whatsapp",
        "customer": "Gianmarco",
        "lang": "it",
        "start": "2025-05-06T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno, prenotato campeggio x 4 persone, vi do i nomi x i braccialetti:\n[[P:Gianmarco Pizzolato]]\n[[P:Erika Dal Molin]]\n[[P:Thomas Bonetti]]\n[[P:Sofia Ghirardelli]]",
            ),
            (
                "a",
                "Grazie! Piazzola {{R:C-114}} assegnata. Qualcuno ha bisogno di accesso facilitato?",
            ),
            (
                "c",
                "sì [[P:Thomas]] è in carrozzina, serve il parcheggio disabili. la targa nn la so ancora",
            ),
            (
                "a",
                "Nessun problema, parcheggio P2 riservato vicino all'ingresso di {{W:Lovere}}. [[P:Tobia]]",
            ),
            (
                "c",
                "perfetto. partiamo da [[L:Schio]], arriviamo venerdì sera tipo {{TM:21}}\n[[P:Erika]] chiede se si può portare il cane, un {{W:bassotto}} di nome {{W:Biscotto}} 🐶",
            ),
            (
                "c",
                "se serve il mio cell è [[T:347 12\n28 904]]\nmail [[E:gianmarco.pizzolato(chiocciola)gmail.example]]",
            ),
            ("a", "Cani ammessi al guinzaglio in campeggio 🐾 a venerdì!"),
        ],
    },
    {
        "business": "lagosonoro",
        "platform": "messenger",
        "customer": "Sinéad Ó Briain",
        "lang": "en",
        "start": "2025-05-08T13:45:00",
        "messages": [
            (
                "c",
                "hi, I was charged twice for 1 ticket 😩 order {{O:LS25-006630}}, paid with [[C:3782 856194 47213]]",
            ),
            (
                "a",
                "Hi [[P:Sinéad]], so sorry! We see the double charge. The second one will be refunded in 5-10 days. Please don't share full card numbers here.",
            ),
            (
                "c",
                "oops sorry. could u refund by bank transfer instead? I live in [[L:Belfast]] actually, account [[I:GB04 BARC 2003 8574 6198 23]]",
            ),
            ("a", "We can only refund to the original card, sorry. [[P:Tobia]]"),
            (
                "c",
                "ok fine. name on card is [[P:Sinéad Ó Briain]] (with the fada 🙃) in case. my email [[E:sinead.obriain@eircom.example]]",
            ),
            (
                "c",
                "my friend [[P:Aoife]] bought on your site too and got charged twice, her order is {{O:LS25-006631}}, she'll msg u from [[H:aoife_mcg]]",
            ),
        ],
    },
    {
        "business": "lagosonoro",
        "platform": "instagram",
        "customer": "rita.sntr",
        "lang": "it",
        "start": "2025-05-10T17:30:00",
        "messages": [
            ("c", "ciao! vorrei fare la volontaria al festival 🙋‍♀️ come funziona?"),
            (
                "a",
                "Ciao! Compila il form sul sito e scegli i turni. I volontari hanno ingresso gratuito e pasti.",
            ),
            (
                "c",
                "fatto ma il form mi dava errore. ti scrivo qui: sono [[P:Rita Santoro]], CF [[CF:SNTRTI99E60L736O]], nata a [[L:Venezia]], abito a [[L:Mestre]] in [[A:via Piave 61]]",
            ),
            ("c", "taglia maglietta M, allergica ai crostacei. turni sab e dom"),
            (
                "a",
                "Registrata! Riceverai il pass {{R:VOL-2025-0218}}. La coordinatrice dei volontari è [[P:Ilenia]], la trovi su tg [[H:@ilenia_lagosonoro]]",
            ),
            (
                "c",
                "grazie!! io su tg sono [[H:ritasntr]] ✨ la mia amica [[P:Vale]] si iscrive anche lei, [[P:Valeria Zanon]] [[T:+39 346 551 02 89]]",
            ),
        ],
    },
    {
        "business": "lagosonoro",
        "platform": "telegram",
        "customer": "Chen Wei",
        "lang": "en",
        "start": "2025-05-13T11:15:00",
        "messages": [
            ("c", "hi, student ticket available? i study in [[L:Pavia]], i'm from [[L:Chengdu]]"),
            (
                "a",
                "Hi! Yes, {{$:€89}} instead of {{$:€119}} with a valid student card. Send a photo of it to the office email.",
            ),
            (
                "c",
                "sent. name [[P:Chen Wei]] (surname [[P:Chen]]). email [[E:chenwei.pv[at]studenti.example.it]]",
            ),
            ("a", "Approved ✅ your code is {{R:STU-83521}}. [[P:Ilenia]]"),
            (
                "c",
                "thx!! my friend [[P:Wang Lei]] also want, she will message, her wechat is [[H:wanglei_0412]]\nwe come by train from [[L:Pavia]] together. my number [[T:+86 139 8012 4476]]",
            ),
        ],
    },
    {
        "business": "lagosonoro",
        "platform": "messenger",
        "customer": "Pietro Gallo",
        "lang": "it",
        "start": "2025-07-14T10:00:00",
        "messages": [
            (
                "c",
                "salve, ho perso il portafoglio sabato sotto il {{PD:Main Stage}} 😭 marrone, dentro patente a nome [[P:Pietro Gallo]]",
            ),
            (
                "a",
                "Buongiorno [[P:Pietro]], c'è un portafoglio marrone all'ufficio oggetti smarriti! Per ritirarlo serve un documento o lo spediamo?",
            ),
            (
                "c",
                "spedito pls, sto a [[L:Bergamo]], [[A:via Borgo Palazzo 130]] [[A:24125]]. cell [[T:0039 348 5520 117]], mail [[E:p.gallo76 at tiscali punto example]]",
            ),
            (
                "c",
                "ah se chiedete, la tessera della palestra dentro è di mia moglie [[P:Simona]] 😅 e la foto è di [[P:Leo]] nostro figlio",
            ),
            ("a", "Tutto ok, spediamo con raccomandata {{TR:RR447109325IT}}. [[P:Tobia]]"),
        ],
    },
    # ------------------------------------------------------------------ FixPoint Smartphone Lab
    {
        "business": "fixpoint",
        "platform": "whatsapp",
        "customer": "Giuseppina Tagliaferri",
        "lang": "it",
        "start": "2025-04-01T09:30:00",
        "messages": [
            (
                "c",
                "Buongiorno. Mi chiamo [[P:Giuseppina Tagliaferri]]. Il telefono mi chiede la password di {{B:Apple}} e non la so. Me l'aveva fatta mio nipote [[P:Christian]]",
            ),
            (
                "a",
                "Buongiorno signora, possiamo aiutarla. Si ricorda l'email che ha usato [[P:Christian]] per l'account?",
            ),
            (
                "c",
                "credo [[E:pina.tagliaferri46@icloud.example]] oppure quella di mio figlio [[P:Massimo]] [[E:max.tagliaferri@alice.example]]\no chiamate [[P:Massimo]] al [[T:347-55-10-882]]",
            ),
            ("a", "Per sbloccarlo serve la prova d'acquisto a suo nome. Ha lo scontrino?"),
            (
                "c",
                "Si ce l'ho. Posso venire in negozio? abito a [[L:Monteverde]], [[A:via Ozanam 41]]",
            ),
            (
                "c",
                "Il numero del telefono bloccato è [[T:06 5823 4410]] no scusi quello è di casa. il cellulare è [[T:338 227 5016]]",
            ),
            (
                "a",
                "Venga pure, siamo in {{W:viale Trastevere}} aperti fino alle {{TM:19:30}}. Chieda di [[P:Samir]]. Buona giornata!",
            ),
        ],
    },
    {
        "business": "fixpoint",
        "platform": "messenger",
        "customer": "Oluwaseun Adeyemi",
        "lang": "en",
        "start": "2025-04-03T19:50:00",
        "messages": [
            (
                "c",
                "Hi my phone fell in the {{W:Tiber}} lol 😭 it doesn't turn on. i need the photos, my daughter [[P:Ife]]'s first birthday is on it",
            ),
            (
                "a",
                "Oh no! Don't charge it. Bring it asap, we do data recovery from water damage, diagnosis {{$:€35}}.",
            ),
            (
                "c",
                "ok coming tmrw. name [[P:Oluwaseun Adeyemi]], people call me [[P:Seun]]. phone now is my wife's [[T:+39 389-441-2087]]",
            ),
            ("a", "Perfect [[P:Seun]]. Ticket {{R:FX-10422}}. — [[P:Giorgia]]"),
            (
                "c",
                "can u also put the photos on a drive and send to [[E:seun.adeyemi@yahoo.example]]? or my wife [[P:Temitope]] [[E:temi_ade@outlook.example]]",
            ),
            (
                "a",
                "Sure, we'll share a private link. Recovery success is about 70% with water damage, fingers crossed 🤞",
            ),
            (
                "c",
                "also i live in [[L:Pigneto]] if u do pickup? [[A:via del Pigneto 212]]\nand u can see the phone in my pics lol [[H:seun.captures]]",
            ),
        ],
    },
    {
        "business": "fixpoint",
        "platform": "telegram",
        "customer": "ste",
        "lang": "it",
        "start": "2025-04-05T23:40:00",
        "messages": [
            (
                "c",
                "ciao mi hanno hackerato insta [[H:@stefi.moretti]] hanno cambiato mail e numero 😡 riuscite a recuperarlo?",
            ),
            (
                "a",
                "Ciao! Possiamo guidarti nella procedura di recupero ufficiale, non forziamo account. Quali erano mail e numero originali?",
            ),
            (
                "c",
                "mail [[E:stefania.moretti92@gmail.example]]\nnumero [[T:+39 329 7710 054]]\nora c'è una mail strana tipo [[E:k.ivanov1984@mail.example]]",
            ),
            (
                "a",
                "Ok. Serve un video selfie dal telefono. Passa in negozio che ti aiuta [[P:Samir]]",
            ),
            (
                "c",
                "ok. ah anche il mio profilo tiktok [[U:https://www.tiktok.com/@stefimoretti]] mi scrivono dal mio account chiedendo soldi ai miei amici tipo a [[P:Claudia]] 🤬",
            ),
            (
                "a",
                "Segnalalo subito a tiktok e avvisa i contatti. Ci vediamo domani alle {{TM:10:00}}, ticket {{R:FX-10431}}. [[P:Giorgia]]",
            ),
            ("c", "grazie [[P:giorgia]] sei un angelo"),
        ],
    },
    {
        "business": "fixpoint",
        "platform": "whatsapp",
        "customer": "Diego Fernández",
        "lang": "en",
        "start": "2025-04-08T12:10:00",
        "messages": [
            (
                "c",
                "hola, screen broke, {{PD:iPhone 14 Pro}}. I'm tourist from [[L:Sevilla]], leave [[L:rome]] on friday. can fix fast?",
            ),
            (
                "a",
                "Hi [[P:Diego]]! Yes, original screen {{$:€289}}, 2 hours. Today after {{TM:15:00}} ok?",
            ),
            (
                "c",
                "perfect. my hotel is [[A:via Cavour 47]], {{B:Hotel Esquilino Suites}}, room 304",
            ),
            (
                "c",
                "if you need, my number [[T:+34 655 19 82 40]] and email [[E:diego.fdez.sev@telefonica.example]]\nmi mujer [[P:Lucía]] viene conmigo\nmy insta [[U:https://instagr.am/diegofdez.sev]]",
            ),
            ("a", "See you at 3! Ask for [[P:Samir]]. Card or cash both fine"),
            (
                "c",
                "thanks!! also my daughter [[P:Carmen]] phone has battery problem, can check too?",
            ),
        ],
    },
    {
        "business": "fixpoint",
        "platform": "messenger",
        "customer": "Andrea Paletta",
        "lang": "it",
        "start": "2025-04-10T08:15:00",
        "messages": [
            (
                "c",
                "salve, ho un'impresa edile, 5 telefoni aziendali con schermo rotto. fate prezzi per aziende?",
            ),
            ("a", "Buongiorno! Sì, sconto del 15% da 3 dispositivi. Che modelli sono?"),
            (
                "c",
                "3 {{PD:Samsung Galaxy XCover 6 Pro}} e 2 {{PD:iPhone 13}}. fattura a: [[P:Paletta Andrea]], P.IVA [[V:09304750368]], CF [[CF:PLTNDR91B03G273P]]\npec [[E:paletta.costruzioni@pec.example.it]]",
            ),
            (
                "c",
                "sede operativa [[A:via Tiburtina 1072]] [[A:00156]] [[L:Roma]]. pago con bonifico da [[I:IT86 S076 0111 7000 0109 2847 315]]",
            ),
            (
                "a",
                "Perfetto, preventivo {{R:PRV-FX-0087}} totale {{$:€1.024,50}} IVA inclusa. Ritiro gratuito. [[P:Giorgia]]",
            ),
            (
                "c",
                "ok. al ritiro chiedete del mio capocantiere [[P:Ionuț Popescu]], [[T:+40 722 318 604]] rumeno ma ha anche [[T:351 880 4417]]",
            ),
        ],
    },
    {
        "business": "fixpoint",
        "platform": "instagram",
        "customer": "mx.reyes",
        "lang": "en",
        "start": "2025-04-12T15:35:00",
        "messages": [
            ("c", "hey do u buy used phones? have a {{PD:Pixel 7}}, kinda scratched"),
            (
                "a",
                "Hi! Yes, we do trade-in. Up to {{$:€180}} for a Pixel 7 depending on condition. Is it unlocked?",
            ),
            (
                "c",
                "yes but its still logged into my google, [[E:maxine.reyes.sf@gmail.example]], can u wipe it for me?",
            ),
            (
                "a",
                "We'll do a certified wipe in front of you. Bring ID please. What's your name for the receipt?",
            ),
            ("c", "[[P:Maxine Reyes]], exchange student from [[L:Oakland]], here till july"),
            (
                "c",
                "my [[L:US]] number [[T:+1 (415) 555-0187]] doesnt work here, use [[T:+39 320 55 14 903]]. also venmo is [[H:@maxine-reyes-7]] lol jk u dont have venmo",
            ),
            ("a", "Haha no venmo here 😄 see you tomorrow [[P:Maxine]]! [[P:Samir]]"),
        ],
    },
    {
        "business": "fixpoint",
        "platform": "whatsapp",
        "customer": "Ahmed",
        "lang": "it",
        "start": "2025-04-15T18:20:00",
        "messages": [
            ("c", "ciao fratello mio telefono riparato? ticket {{R:FX-10398}}"),
            ("a", "Ciao [[P:Ahmed]]! Sì è pronto, cambiato connettore di ricarica. {{$:€59}}."),
            (
                "c",
                "grazie. io lavoro fino tardi, viene mio amico [[P:Rahim Uddin]] a prendere ok? lui ha mio documento. [[P:Rahim]] viene alle {{TM:18}}",
            ),
            ("a", "Va bene, deve portare una delega firmata da te con la copia del tuo documento."),
            (
                "c",
                "ok. mio nome completo [[P:Ahmed Hossain Chowdhury]] nato [[L:Dhaka]]. suo numero [[T:+880 1712-345678]] no scusa quello è mio [[L:bangladesh]], suo italiano è [[T:327 66 90 215]]",
            ),
            ("a", "Perfetto. Orari {{TM:9:30}}-{{TM:19:30}}. [[P:Giorgia]]"),
        ],
    },
    {
        "business": "fixpoint",
        "platform": "telegram",
        "customer": "Jonas Weber",
        "lang": "en",
        "start": "2025-04-18T07:55:00",
        "messages": [
            (
                "c",
                "Guten Tag, I'm writing from [[L:Lugano]]. my phone's board is dead after an update, can you recover data by mail?",
            ),
            (
                "a",
                "Hi [[P:Jonas]], yes, we accept shipments for board-level recovery. Quote after diagnosis, usually {{$:€150-400}}.",
            ),
            (
                "c",
                "ok. return address: [[P:Jonas Weber]], [[A:Via Cantonale 18a]], [[A:6900]] [[L:Lugano]], [[L:Switzerland]]",
            ),
            (
                "c",
                "phone [[T:+41 79 412 88 03]]\nif payment by transfer, my account [[I:CH24 0023 3233 7194 5720 D]]",
            ),
            (
                "a",
                "Thanks! Ship it to our lab with the form inside. Ref {{R:FX-CH-0014}}. [[P:Samir]]",
            ),
            (
                "c",
                "danke. my sister [[P:Lea]] will bring it to the post, she has my telegram too [[H:@jonasweber_ch]]\nor email [[E:jonas.weber@bluewin.example]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ Casa Prana Yoga Retreat
    {
        "business": "prana",
        "platform": "instagram",
        "customer": "Serena Pace",
        "lang": "it",
        "start": "2025-06-02T20:10:00",
        "messages": [
            (
                "c",
                "ciao! vorrei prenotare il ritiro {{PD:Respiro d'Autunno}} {{D:17-20 ottobre}}, camera doppia con mia mamma",
            ),
            (
                "a",
                "Ciao! Ci sono ancora due doppie. Il pacchetto è {{$:€540}} a persona, pasti vegetariani inclusi. Nome per la prenotazione?",
            ),
            (
                "c",
                "[[P:Serena Pace]] e mia mamma [[P:Felicita Guerra]]. la mia prof di yoga [[P:Gioia]] mi ha parlato benissimo di voi",
            ),
            (
                "a",
                "Che bello, saluta [[P:Gioia]]! Sarà un weekend sereno 🌿 e tanta {{W:pace}}. [[P:Asia]]",
            ),
            (
                "c",
                "ahah il mio cognome ci sta 😂 cmq arriviamo in treno a {{W:Spoleto}}, c'è navetta?",
            ),
            ("a", "Sì, navetta gratuita dalla stazione alle {{TM:16:00}}. Mi lasci un cellulare?"),
            (
                "c",
                "[[T:335.618.2290]] e mail [[E:serena_pace@libero.example]]. partiamo da [[L:Pescara]]\nse nn rispondo c'è mio fratello [[P:Leone]] [[T:335 618 2291]]\nsu ig sono [[H:serena.pace.yoga]]",
            ),
        ],
    },
    {
        "business": "prana",
        "platform": "messenger",
        "customer": "Amara Nwosu-Hughes",
        "lang": "en",
        "start": "2025-06-05T07:40:00",
        "messages": [
            (
                "c",
                "Hello! I'd love to join the {{PD:Silent Week}} in {{D:May}}. I'm coming from [[L:Bristol]] with my partner [[P:Rhys]]",
            ),
            (
                "a",
                "Hi [[P:Amara]]! Wonderful. The week is {{$:€1,150}} per person incl. meals. Any dietary needs?",
            ),
            (
                "c",
                "[[P:rhys]] is coeliac, I'm vegan. booking name [[P:Amara Nwosu-Hughes]] & [[P:Rhys Llewellyn]]",
            ),
            (
                "c",
                "our address for the invoice: [[A:Flat 2, 14 Cotham Brow]], [[L:Bristol]] [[A:BS6 6AR]]\nmobile [[T:07700 900 418]]",
            ),
            ("a", "All noted 🌿 Which email should I send the deposit link to?"),
            ("c", "[[E:amara.nh at protonmail dot example]] (the spaces are on purpose lol)"),
            (
                "a",
                "Perfect, booking {{R:CP-2025-0412}}. See you in May! [[P:Asia]], {{B:Casa Prana}}",
            ),
        ],
    },
    {
        "business": "prana",
        "platform": "whatsapp",
        "customer": "Davide Moretti",
        "lang": "it",
        "start": "2025-06-09T11:25:00",
        "messages": [
            (
                "c",
                "Buongiorno, organizzo un ritiro aziendale x 12 persone a {{D:settembre}}, siete disponibili?",
            ),
            (
                "a",
                "Buongiorno! Sì, dal {{D:12 settembre}} abbiamo la struttura libera. Che tipo di programma?",
            ),
            (
                "c",
                "yoga soft + team building. referente sono io [[P:Davide Moretti]], CF [[CF:MRTDVD88L14F839Y]] x il contratto",
            ),
            (
                "c",
                "fattura alla società, P.IVA [[V:14720580159]]. la collega che segue la logistica è [[P:Marisol Ferreira]] [[E:m.ferreira@nuvolaconsulting.example]]",
            ),
            ("a", "Perfetto. Preventivo {{R:CP-CORP-031}} entro {{D:venerdì}}. [[P:Gioia]]"),
            (
                "c",
                "grazie. io sono reperibile al [[T:081 19 55 67 04]] ma meglio il cell [[T:+39 339 4021 877]]\n[[P:Marisol]] invece [[T:+34 699 02 41 58]] è spagnola\nil mio profilo [[U:linkedin.com/in/davide-moretti-hr]]",
            ),
        ],
    },
    {
        "business": "prana",
        "platform": "instagram",
        "customer": "yogi_with_noor",
        "lang": "it",
        "start": "2025-06-12T16:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Noor]], insegnante di yoga, [[H:@yogi_with_noor]] su ig. vorrei proporvi un workshop di {{W:hatha}}",
            ),
            ("a", "Ciao [[P:Noor]]! Ci interessa, hai un sito o un portfolio?"),
            (
                "c",
                "sorry switching to english it's easier 🙏 my site is [[U:www.noorbenali-yoga.example]] and classes on [[U:youtube.com/c/NoorBenAliYoga]]",
                "en",
            ),
            (
                "c",
                "I trained in [[L:Rishikesh]] and live between [[L:Tunis]] and [[L:Firenze]]. my full name [[P:Noor Ben Ali]]",
                "en",
            ),
            (
                "a",
                "Beautiful! Please send a proposal by email, [[P:Asia]] will answer you this week.",
                "en",
            ),
            (
                "c",
                "sent from [[E:hello@noorbenali-yoga.example]] ✨ and whatsapp [[T:+216 98 403 771]]\nje facture en tant qu'auto-entrepreneuse, TVA [[V:FR44732829320]], c'est bon pour vous ?",
                "en",
            ),
        ],
    },
    {
        "business": "prana",
        "platform": "messenger",
        "customer": "Franca",
        "lang": "it",
        "start": "2025-06-15T19:45:00",
        "messages": [
            (
                "c",
                "buonasera devo disdire il ritiro di {{D:novembre}} perché mi sono rotta il polso 😢 il dott. [[P:Spadoni]] dice 6 settimane di gesso",
            ),
            (
                "a",
                "Ci dispiace tantissimo [[P:Franca]]! Con certificato medico rimborsiamo il 100%. Ce lo manda?",
            ),
            (
                "c",
                "si lo mando foto. prenotazione {{R:CP-2025-0377}} a nome [[P:Franca Zuccolotto]]. rimborso su [[I:IT88B0200802457000105918634]]",
            ),
            ("c", "il conto è di mio marito [[P:Aldo]] va bene? [[P:Zuccolotto Aldo]]"),
            (
                "a",
                "Sì, va bene. Rimborso entro 10 giorni lavorativi. Guarisca presto! [[P:Gioia]] 🌿",
            ),
            (
                "c",
                "grazie cara. il prossimo anno vengo con mia nipote [[P:Martina]] da [[L:Udine]]. il mio numero se serve [[T:0432 50 61 778]]",
            ),
        ],
    },
    {
        "business": "prana",
        "platform": "telegram",
        "customer": "Sasha",
        "lang": "en",
        "start": "2025-06-18T10:30:00",
        "messages": [
            (
                "c",
                "hi! can i buy the {{PD:Casa Prana incense set}} online? i was at the retreat last summer, I'm [[P:Oleksandra]] ([[P:Sasha]])",
            ),
            ("a", "Hi [[P:Sasha]]! Yes, {{$:€24}} plus shipping. Where to?"),
            (
                "c",
                "[[L:Berlin]]: [[A:Weserstraße 121]], [[A:12047]] [[L:Berlin]], c/o [[P:Hoffmann]] (my flatmate)",
            ),
            (
                "c",
                "full name [[P:Oleksandra Bondarenko]], tel [[T:+49 (0)152 0447 8819]], tg [[H:@sasha_bond]], insta [[U:instagram.com/sasha.bnd]]",
            ),
            ("a", "Shipped with DHL {{TR:JJD000390007715204}}. [[P:Gioia]]"),
            ("c", "danke!! bis bald 💛"),
        ],
    },
    {
        "business": "prana",
        "platform": "whatsapp",
        "customer": "Matteo Grazioli",
        "lang": "it",
        "start": "2025-06-21T22:05:00",
        "messages": [
            (
                "c",
                "ciao volevo regalare un weekend a mia moglie [[P:Elena]] x il compleanno, fate buoni regalo?",
            ),
            (
                "a",
                "Ciao! Certo, buono {{PD:Weekend Prana}} {{$:€320}}, valido 1 anno. Vuoi intestarlo a lei?",
            ),
            (
                "c",
                "si a [[P:Elena Parodi]]. pago io, [[P:Matteo Grazioli]], CF [[CF:GRZMTT83A21D969U]] x la fattura\ncarta [[C:4917 4620 3318 5907]]",
            ),
            (
                "a",
                "Grazie! Il numero della carta però non serve, ti mando un link di pagamento sicuro 🙏 cancellalo pure dalla chat",
            ),
            (
                "c",
                "ops ok. mandatelo per posta che è una sorpresa: [[A:salita San Nicola da Tolentino 5/12]] [[A:16124]] [[L:Genova]]",
            ),
            ("c", "nn chiamate a casa!! cell mio [[T:+39 347 0081 662]]"),
            ("a", "Ahah promesso, massima discrezione 🤫 buono {{R:GV-CP-0188}}. [[P:Asia]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(72, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
