# ruff: noqa: E501
"""Hand-written blind test corpus no. 88 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
handle, e-mail, phone, address and link is invented. The checksummed identifiers (IBANs, card
numbers, codici fiscali, partita IVA) were computed once with python-stdnum / Luhn and pasted here
as literals. Markup: [[CODE:value]] is a personal value that must be removed, {{CODE:value}} is a
look-alike that must survive (see handwritten_markup.py beside this file).

The six invented businesses are a dance school, a comic shop with a Discord server, a gym, a
children's party entertainer, a tutoring service and a streetwear brand selling on Instagram.

Regenerate with: .venv/bin/python make_handwritten88_corpus.py (from this folder).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten88_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "danza": "Tersicore Lab Scuola di Danza",
    "fumetti": "Nuvole Parlanti Comics & Games",
    "gym": "Ferro e Fiato Gym",
    "feste": "Mago Baldo Feste Bimbi",
    "ripetizioni": "Ripeti con Noi - Tutoring",
    "crudo": "CRUDO streetwear",
}
PAGE_IDS: dict[str, str] = {
    "danza": "688660214703318",
    "fumetti": "688660395120847",
    "gym": "688660478231956",
    "feste": "688660503918264",
    "ripetizioni": "688660617402539",
    "crudo": "688660792615083",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- danza
    {
        "business": "danza",
        "platform": "messenger",
        "customer": "Rosa Delbello",
        "lang": "it",
        "start": "2025-09-02T17:40:00",
        "messages": [
            (
                "c",
                "buonasera vorrei iscrivere mia figlia [[P:Bianca]] al corso di {{PD:propedeutica}} ha 5 anni e mezzo\nio sono [[P:Rosa Delbello]] la mamma",
            ),
            (
                "a",
                "Buonasera [[P:Rosa]]! Il corso di {{PD:propedeutica}} è il martedì e giovedì alle {{TM:17:00}}, costo {{$:45 €}} al mese + {{$:30 €}} di tesseramento. Per iscrivere [[P:Bianca]] ci serve il codice fiscale della bimba e un suo contatto",
            ),
            (
                "c",
                "ok allora cf [[CF:RSSGLI92M41H501R]] aspetti no questo è il mio scusi 😅 quello della bimba glielo porto in segreteria\ncell [[T:347 218 5590]]",
            ),
            (
                "c",
                "ah e viene anche la sua amichetta [[P:speranza]] la figlia della [[P:Manzoni]] che abita sopra di noi",
            ),
            (
                "a",
                "Perfetto, nessun problema. Vi aspettiamo martedì {{D:9 settembre}} per la prova gratuita in {{W:via Garibaldi 3}} (sopra la farmacia). A presto!\n[[P:Giulia]] - {{B:Tersicore Lab}}",
            ),
        ],
    },
    {
        "business": "danza",
        "platform": "instagram",
        "customer": "mari.hiphop_",
        "lang": "it",
        "start": "2025-09-05T21:12:00",
        "messages": [
            (
                "c",
                "ciaooo ma il corso hip hop adulti c'è ancora?? io e la mia amica [[P:fede]] volevamo provare\nsono [[P:Marisol Gutiérrez Prado]] ma tutti mi chiamano [[P:Mari]] 😂",
            ),
            (
                "a",
                "Ciao [[P:Mari]]! Sì, hip hop adulti il lunedì alle {{TM:20:30}} con [[P:Kevin]]. Prima lezione gratis 💃",
            ),
            (
                "c",
                "top!! [[P:federica]] però chiede se si può pagare con bonifico xk nn ha contanti",
            ),
            (
                "a",
                "Certo, IBAN della scuola in segreteria. Per l'assicurazione ci servono nome, cognome e mail di entrambe",
            ),
            (
                "c",
                "io [[E:marisol.gutierrez.p@example.com]]\nlei [[P:Federica Lo Iacono]] [[E:fedeloiacono(at)example(dot)it]]\nio sono spagnola vivo a [[L:Cinisello]] da 3 anni perdona l'italiano 🙏 hasta el lunes!",
            ),
            ("c", "ah se ci taggate in storia sono [[H:@mari.hiphop_]] e lei [[H:@fede_lo.ia]]"),
            ("a", "Perfetto ragazze, a lunedì! {{W:Hasta luego}} 😄 [[P:Kevin]] vi aspetta"),
        ],
    },
    {
        "business": "danza",
        "platform": "whatsapp",
        "customer": "Oleksandra K.",
        "lang": "en",
        "start": "2025-10-14T08:03:00",
        "messages": [
            (
                "c",
                "Hello, my daughter [[P:Zlata]] is doing ballet with you, in the group of miss [[P:Ornella]]. We move from [[L:Sesto San Giovanni]] to [[L:Monza]] next month so maybe she must stop",
            ),
            (
                "c",
                "sorry I am [[P:Oleksandra Kovalchuk]], mother of [[P:Zlata Kovalchuk]]. my husband [[P:Taras]] wants to know if we get money back for {{D:November}}",
            ),
            (
                "a",
                "Hi [[P:Oleksandra]], sorry to hear you are leaving! If you send us a written request we refund the unused months. Could you give us the IBAN for the refund?",
            ),
            (
                "c",
                "yes it is german account of my husband [[I:DE12200411820719264835]] name [[P:Taras Kovalchuk]]\nnew address is [[A:via Lecco 118]], [[A:20900]] [[L:Monza]] for the receipt",
            ),
            (
                "a",
                "Thank you, we will process it within {{D:30 days}}. Best wishes to [[P:Zlata]] 🩰\n[[P:Ornella]] & the {{B:Tersicore}} team",
            ),
            (
                "c",
                "thank you very much, she will miss the {{PD:Lo Schiaccianoci}} show 😢 she loves {{W:Tchaikovsky}}",
            ),
        ],
    },
    {
        "business": "danza",
        "platform": "telegram",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-11-20T19:30:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Giuseppe Amato Ferraro]] il papà di [[P:Chiara]] e [[P:Giada]]\nper il saggio di natale dobbiamo comprare noi il body o lo date voi?",
            ),
            (
                "a",
                "Buonasera! Il body lo ordiniamo noi da {{B:Repetto}}, costo {{$:38 €}}. Il saggio è il {{D:20 dicembre}} al {{W:Teatro Manzoni}}, ore {{TM:18}}",
            ),
            (
                "c",
                "ok allora 2 body taglia 8 anni e 10 anni\ncmq se serve un contatto x le foto c'è mia cognata [[P:Loredana]] che fa la fotografa [[U:instagram.com/lory.scatti]] tel [[T:+39 339 4471 028]]",
            ),
            (
                "c",
                "ps su telegram mi trovate come [[H:giuse_amato78]] se il gruppo genitori nn funziona",
            ),
            (
                "a",
                "Grazie mille! Giro il contatto di [[P:Loredana]] a [[P:Ornella]] che organizza. Ordine body registrato n. {{O:SAG-2025-0418}}",
            ),
        ],
    },
    {
        "business": "danza",
        "platform": "instagram",
        "customer": "Nneka O.",
        "lang": "en",
        "start": "2025-08-28T14:10:00",
        "messages": [
            (
                "c",
                "hi!! do you have afro dance classes? I'm [[P:Nneka Okonkwo-Adeyemi]] just arrived in [[L:Milano]] from [[L:Lagos]] for my masters",
            ),
            (
                "a",
                "Hi [[P:Nneka]], welcome! We have Afrobeat on Wednesdays at {{TM:19:00}} with teacher [[P:Amina]]. Monthly card {{$:55 €}}",
            ),
            (
                "c",
                "amazing!! can I pay by card online? also my flatmate [[P:Ji-woo]] wants to come too, she's korean, her insta is [[H:jiwoo.moves]]",
            ),
            (
                "a",
                "Yes, here's the link to pay 👉 {{W:tersicorelab.it/pagamenti}}. Just tell us both full names and e-mails",
            ),
            (
                "c",
                "[[P:Nneka Okonkwo-Adeyemi]] [[E:nneka.oa@example.com]]\n[[P:Park Ji-woo]] [[E:jiwoo.park95@example.com]]\nmy italian number [[T:351 908 2264]] and my nigerian one [[T:+234 803 555 0192]] for whatsapp",
            ),
            (
                "a",
                "Got it! See you Wednesday. Ask for [[P:Amina]] at the desk\n[[P:Marta]] from the team",
            ),
        ],
    },
    # ---------------------------------------------------------------- fumetti
    {
        "business": "fumetti",
        "platform": "messenger",
        "customer": "Dario Lenzi",
        "lang": "it",
        "start": "2025-03-11T22:47:00",
        "messages": [
            (
                "c",
                "ciao raga mi tenete da parte {{PD:Dylan Dog 462}} e il volume 3 di {{PD:Chainsaw Man}}? passo sabato",
            ),
            ("a", "Ciao [[P:Dario]]! Fatto, prenotazione {{R:PRN-7741}}. Totale {{$:14,90 €}}"),
            (
                "c",
                "grazie!! ah sul discord il mio nick è cambiato ora sono [[H:DarioTheLich#4471]] nn piu [[H:lenzi_dario]] se il bot nn mi riconosce x il torneo\nsu steam sono [[H:xX_Lich_Xx]]",
            ),
            (
                "a",
                "Ok lo segno. Il torneo di {{PD:Magic}} è il {{D:15 marzo}} alle {{TM:15:30}}, ti metto in squadra con [[P:Ettore]] e [[P:Cesco]]?",
            ),
            (
                "c",
                "con [[P:ettore]] si, [[P:cesco]] no x carità 😂 mettimi con [[P:Wei Lin]] quello che vince sempre, su discord è [[H:@weiwei_planeswalker]]",
            ),
            ("c", "e se serve il mio num è [[T:328.664.1903]]"),
            (
                "a",
                "Fatto 👍 [[P:Dario]] + [[P:Wei]]. A sabato!\n— [[P:Tommaso]], {{B:Nuvole Parlanti}}",
            ),
        ],
    },
    {
        "business": "fumetti",
        "platform": "instagram",
        "customer": "kira.cosplays",
        "lang": "it",
        "start": "2025-04-02T16:25:00",
        "messages": [
            (
                "c",
                "heyy!! per la fiera a {{W:Lucca Comics}} fate ancora il pullman?? io e il mio ragazzo [[P:Samu]] veniamo da [[L:Lodi]]",
            ),
            (
                "a",
                "Ciao! Sì, pullman il {{D:31 ottobre}} partenza {{TM:6:00}} dal negozio, {{$:35 €}} a/r. Serve nome e cognome di ognuno x la lista",
            ),
            (
                "c",
                "[[P:Kira Bellandi]] e [[P:Samuele Orsini]]\nio sono [[H:kira.cosplays]] su insta e [[U:tiktok.com/@kira.cosplays]] se volete repostare il cosplay di {{PD:Nami}} 🧡",
            ),
            (
                "c",
                "ah e paga [[P:samu]] con la carta sua [[C:4532 0151 1283 0366]] va bene cosi o serve altro?",
            ),
            (
                "a",
                "Per sicurezza non mandare il numero della carta in chat 🙏 meglio pagare in negozio o col link. Vi abbiamo messo in lista!",
            ),
            ("c", "ops ok scusate 🙈 passiamo giovedì\n[[P:kira]]"),
        ],
    },
    {
        "business": "fumetti",
        "platform": "telegram",
        "customer": "Holger",
        "lang": "en",
        "start": "2025-05-19T10:05:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Holger Brandt]] from [[L:Hamburg]], I saw on your Discord you have the {{PD:Tex Willer}} first edition. Do you ship to [[L:Germany]]?",
            ),
            (
                "a",
                "Hi [[P:Holger]]! Yes we ship to all EU. The copy is {{$:180 €}} + {{$:18 €}} shipping with {{B:GLS}}",
            ),
            (
                "c",
                "Sehr gut. Address: [[P:Holger Brandt]], [[A:Eppendorfer Weg 57]], [[A:20259]] [[L:Hamburg]]. phone [[T:+49 171 4455 902]]",
            ),
            (
                "c",
                'please write "c/o [[P:Brandt-Yilmaz]]" on the door bell, my wife [[P:Elif]] has her name there',
            ),
            (
                "a",
                "Noted. Tracking will be {{TR:GLS 6824 3310 0291}} once it leaves tomorrow. Thanks!\n[[P:Tommaso]]",
            ),
            ("c", "thx! btw my telegram is [[H:@holger_sammelt]] if the courier needs me. tschüss"),
        ],
    },
    {
        "business": "fumetti",
        "platform": "whatsapp",
        "customer": "Mamma di Leo",
        "lang": "it",
        "start": "2025-06-07T11:40:00",
        "messages": [
            (
                "c",
                "buongiorno mio figlio [[P:Leonardo]] 12 anni mi ha chiesto di entrare nel vostro server discord, volevo sapere se è sicuro x i ragazzini",
            ),
            (
                "a",
                "Buongiorno! Il server ha un canale junior moderato da [[P:Alessia]] e [[P:Tommaso]]. Sotto i 14 chiediamo il consenso di un genitore via mail",
            ),
            (
                "c",
                "ok sono [[P:Patrizia Leone]] la mia mail è [[E:patrizia punto leone chiocciola example punto it]]\nil nick di [[P:leo]] è [[H:LeoBlaze2013]] e su xbox [[H:Leo Blaze 13]]",
            ),
            ("c", "scusate la mail giusta è [[E:patrizia.leone@example.it]] lo scrivo normale"),
            (
                "a",
                "Ricevuto signora [[P:Leone]], abbiamo abilitato [[H:LeoBlaze2013]] al canale junior. Ci sono tornei di {{PD:Pokémon}} il sabato mattina alle {{TM:10}}",
            ),
            ("c", "perfetto lui adora {{PD:Pikachu}} 😄 grazie"),
        ],
    },
    {
        "business": "fumetti",
        "platform": "messenger",
        "customer": "Beppe Rizzo",
        "lang": "it",
        "start": "2025-07-22T18:02:00",
        "messages": [
            (
                "c",
                "buonasera avrei da vendere la collezione di mio zio [[P:Aurelio]] buonanima, tutti i {{PD:Topolino}} dal 72 al 95 e un po di {{PD:Diabolik}}",
            ),
            (
                "a",
                "Buonasera, condoglianze. Siamo interessati! Può mandarci qualche foto? Se preferisce veniamo noi a vedere",
            ),
            (
                "c",
                "sarebbe meglio xke sono tanti scatoloni, sono a [[L:Cernusco sul Naviglio]] [[A:via Santa Rita 4]] ma il citofono è ancora [[P:Rizzo A.]]\nnn confondetevi con {{W:via Santa Rita}} a {{W:Milano}} 😅",
            ),
            (
                "c",
                "io sono [[P:Beppe]] cmq, [[P:Giuseppe Rizzo]], cell [[T:0039 340 772 1156]]\nse nn rispondo chiamate mia moglie [[P:Nadia]] [[T:02 9231 4478]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Rizzo]], passiamo sabato {{D:26 luglio}} verso le {{TM:11}}. Viene [[P:Tommaso]] col furgone",
            ),
        ],
    },
    # ---------------------------------------------------------------- gym
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Felice",
        "lang": "it",
        "start": "2025-01-07T07:15:00",
        "messages": [
            (
                "c",
                "buongiorno volevo fare l'abbonamento annuale, sono [[P:Felice Santoro]] nato a [[L:Avellino]] ma vivo a [[L:Sesto]] da un pezzo\nmi fate lo sconto se viene anche mia moglie [[P:Concetta]]?",
            ),
            (
                "a",
                "Buongiorno [[P:Felice]]! Con l'offerta coppia annuale {{$:690 €}} in due invece di {{$:420 €}} a testa. Sconto {{W:felice}} anno nuovo 😄",
            ),
            (
                "c",
                "ahah ok ci sto. x la fattura mi serve intestata alla mia ditta, p.iva [[V:02918470358]] [[P:Santoro Felice]] impianti elettrici, [[A:via Fratelli Cervi 15/B]] [[A:20099]] [[L:Sesto San Giovanni]]",
            ),
            ("c", "e pago con bonifico dal conto [[I:IT60X0542811101000000123456]]"),
            (
                "a",
                "Perfetto, fattura {{R:FT-2025/0012}} in arrivo via mail. A che indirizzo la mandiamo?",
            ),
            (
                "c",
                "[[E:santoro.impianti@example.it]]\ne per [[P:Concetta]] il cell è [[T:333-918-2240]]",
            ),
            ("a", "Ricevuto 💪 Vi aspettiamo! [[P:Davide]], {{B:Ferro e Fiato}}"),
        ],
    },
    {
        "business": "gym",
        "platform": "instagram",
        "customer": "jay.lifts",
        "lang": "en",
        "start": "2025-02-14T20:50:00",
        "messages": [
            (
                "c",
                "yo do u guys do day passes? im in town for work 2 weeks, staying at my cousin [[P:Marcus]]'s place in [[L:Isola]]",
            ),
            ("a", "Hey! Day pass {{$:12 €}}, 10-entry card {{$:90 €}}. We're open 6-23"),
            (
                "c",
                "sick, ill take the 10 card. name [[P:Jaylen Brooks]], my [[L:US]] cell is [[T:(415) 555-0148]] and here i got a prepaid [[T:+39 389 502 7713]]",
            ),
            (
                "c",
                "also can i film for my channel? [[U:youtube.com/@JayLiftsHeavy]] nothing crazy just my sets, i'll tag u, im [[H:@jay.lifts]] on ig and [[H:jaylifts]] on twitch",
            ),
            (
                "a",
                "Sure, just don't film other members without asking 🙏 Ask for [[P:Davide]] or [[P:Sofia]] at the desk. Welcome!",
            ),
            ("c", "bet 💯 thx"),
        ],
    },
    {
        "business": "gym",
        "platform": "messenger",
        "customer": "Anna Maria Ruggeri",
        "lang": "it",
        "start": "2025-03-20T09:30:00",
        "messages": [
            (
                "c",
                "Buongiorno vorrei disdire l'abbonamento di mio marito [[P:Renzo]] perché si è operato al ginocchio\nil medico dott. [[P:Scaglione]] dice minimo 4 mesi fermo",
            ),
            (
                "a",
                "Buongiorno, ci dispiace! Possiamo congelare l'abbonamento con certificato medico invece di disdirlo. Ci manda nome completo e numero tessera?",
            ),
            (
                "c",
                "[[P:Ruggeri Renzo]] tessera {{R:FF-00918}}\nil certificato lo porta mia figlia [[P:Martina]] che viene da voi a fare {{PD:pilates}}",
            ),
            (
                "c",
                "la tessera non so se è giusta, era sul portachiavi 😅 se serve il suo codice fiscale è [[CF:BNCLRD88T12F205G]]\nno scusi quello è di mio genero [[P:Leonardo Bianchi]], lasci perdere",
            ),
            (
                "a",
                "Non serve il codice fiscale, basta il certificato. La tessera è giusta ✔️ Congelata fino al {{D:20 luglio}}. Auguri a [[P:Renzo]]!\n[[P:Sofia]]",
            ),
        ],
    },
    {
        "business": "gym",
        "platform": "telegram",
        "customer": "Kaz",
        "lang": "it",
        "start": "2025-05-05T13:13:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:Kazimierz]] polacco, amici mi chiama [[P:Kaz]]\nio voglio corso boxe ma mio italiano nn buono 😅",
            ),
            (
                "a",
                "Ciao [[P:Kaz]]! Nessun problema 🙂 Boxe lunedì mercoledì venerdì alle {{TM:19}} con il maestro [[P:Gennaro]]. Vuoi provare?",
            ),
            (
                "c",
                "si si! io lavoro a magazzino {{B:Amazon}} a [[L:Cividate]] turno finisce 18 ok arrivo\ncognome [[P:Wiśniewski]], [[P:W-I-S-N-I-E-W-S-K-I]] con accento su s",
            ),
            (
                "a",
                "Perfetto [[P:Kazimierz Wiśniewski]], ti ho segnato per mercoledì. Porta i guantoni se li hai, se no li noleggi a {{$:3 €}}",
            ),
            (
                "c",
                "dziękuję!! mio telegram [[H:@kaz_boxer_pl]] o chiama [[T:+48 512 307 884]] numero polacco\nsorry [[T:348 / 117 62 05]] italiano",
            ),
        ],
    },
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Hope",
        "lang": "en",
        "start": "2025-06-18T18:45:00",
        "messages": [
            (
                "c",
                "hi there, I'm [[P:Hope Achterberg]], I'm an au pair for the [[P:Castellani]] family in [[L:Brugherio]]. Do you have a student discount? I'm only 19 and from the [[L:Netherlands]]",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Under 25 gets {{$:35 €}}/month. We {{W:hope}} to see you soon 😊",
            ),
            (
                "c",
                "haha nice. the kids [[P:Pietro]] and [[P:Vittoria]] told me about the summer {{PD:Spinning Marathon}} on {{D:June 28}}, can I join?",
            ),
            (
                "a",
                "Yes! Sign up at the desk. Could you leave an email and phone for the membership?",
            ),
            (
                "c",
                "[[E:hope.achterberg02@example.com]] and my dutch number\n[[T:+31 6 2847\n1930]]\nsorry pressed enter lol",
            ),
            ("a", "No worries 😄 Done! See you on Monday\n[[P:Davide]] – {{B:Ferro e Fiato}}"),
        ],
    },
    # ---------------------------------------------------------------- feste
    {
        "business": "feste",
        "platform": "whatsapp",
        "customer": "Vale",
        "lang": "it",
        "start": "2025-04-10T12:20:00",
        "messages": [
            (
                "c",
                "ciao! vorrei prenotare {{B:Mago Baldo}} per il compleanno di mio figlio [[P:Tommy]] che fa 6 anni 🎉 sabato {{D:3 maggio}} pomeriggio",
            ),
            (
                "a",
                "Ciao! Che bello 🎈 Il {{D:3 maggio}} abbiamo libero dalle {{TM:16}}. Pacchetto magia + palloncini {{$:180 €}}, con la {{PD:baby dance di Elsa}} {{$:220 €}}. Dove si fa la festa?",
            ),
            (
                "c",
                "a casa dei nonni in giardino, [[A:frazione Cascina Bruciata 9]] [[L:Vimodrone]]\nil citofono è [[P:Colombo-Mariani]]",
            ),
            (
                "c",
                "io sono [[P:Valentina Mariani]] ma chiedete pure di [[P:vale]]\nil papà è [[P:Simone]] cell [[T:347-6610-882]] se arrivate e nn vi apro",
            ),
            (
                "a",
                "Segnato! Pacchetto con {{PD:baby dance di Elsa}} allora? Ci dite quanti bambini e i nomi da usare nel gioco del mago?",
            ),
            (
                "c",
                "si {{W:elsa}}!! circa 15 bimbi, il festeggiato [[P:Tommaso]] detto [[P:Tommy]], la sorellina [[P:Aurora]] e il migliore amico [[P:Youssef]] che è timido nn fatelo salire sul palco pls 🙏",
            ),
            (
                "a",
                "Perfetto, ci pensiamo noi 🪄 Acconto {{$:50 €}} con bonifico, causale {{R:FESTA-0503-MAR}}\n[[P:Ubaldo]]",
            ),
        ],
    },
    {
        "business": "feste",
        "platform": "messenger",
        "customer": "Priya Raman",
        "lang": "en",
        "start": "2025-05-22T09:55:00",
        "messages": [
            (
                "c",
                "Hello, do you do parties in English? My daughter [[P:Anika]] is turning 5, we are an Indian family living in [[L:Milano]], she goes to the international school with her friend [[P:Sebastian]]",
            ),
            ("a", "Hello! Yes, our entertainer [[P:Chiara]] does shows in English 🎩 Which date?"),
            (
                "c",
                "{{D:Sunday 15 June}}, 4pm. I'm [[P:Priya Raman]], husband is [[P:Karthik Subramanian]]. Address [[A:Viale Monza 212, scala C, int. 14]] [[A:20127]], buzzer says [[P:RAMAN/SUBRAMANIAN]]",
            ),
            (
                "c",
                "can she do a {{PD:Frozen}} theme? or {{PD:Bluey}}? she is obsessed with {{PD:Bluey}}",
            ),
            (
                "a",
                "{{PD:Bluey}} it is! 🐶 Package {{$:200 €}}. Please send a phone number for the day",
            ),
            (
                "c",
                "[[T:+39 392 448 1057]] mine, or [[P:Karthik]]'s [[T:+91 98450 22761]] (he keeps his indian sim)\nthank you so much!!",
            ),
            (
                "a",
                "Booked, confirmation {{R:MB-2025-117}}. [[P:Chiara]] will call you the day before\n— {{B:Mago Baldo}} team",
            ),
        ],
    },
    {
        "business": "feste",
        "platform": "instagram",
        "customer": "lalla.mammablogger",
        "lang": "it",
        "start": "2025-06-30T15:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Lalla]], [[P:Carla Ventimiglia]], ho un blog x mamme [[U:www.lallaemamma.it]] e vorrei fare una collab per la festa di [[P:Gaia]] 🌸",
            ),
            (
                "a",
                "Ciao [[P:Carla]]! Ci fa piacere, ci scrivi i dettagli? Data, posto, numero bimbi",
            ),
            (
                "c",
                "allora {{D:12 luglio}}, festa in spiaggia a [[L:Cervia]] dove abbiamo la casa al mare, 20 bimbi\nio vi taggo su [[H:@lalla.mammablogger]] e su tiktok [[H:lallaemamma]] voi mi fate lo sconto?",
            ),
            (
                "a",
                "Purtroppo in {{D:luglio}} lavoriamo solo in {{W:Lombardia}} 😔 {{W:Cervia}} è troppo lontana per noi. Se fate una festa a settembre in zona volentieri!",
            ),
            (
                "c",
                "ah peccato 😭 allora facciamo la festa di [[P:Pietro]] a settembre a [[L:Monza]], il mio fratellino 😂 vi riscrivo",
            ),
        ],
    },
    {
        "business": "feste",
        "platform": "whatsapp",
        "customer": "Fatima",
        "lang": "it",
        "start": "2025-09-09T19:40:00",
        "messages": [
            (
                "c",
                "salve, io [[P:Fatima Zahra El Idrissi]]. mio figlio [[P:Adam]] fa 7 anni, festa in sala del oratorio {{W:San Luigi}}",
            ),
            ("c", "voglio mago + truccabimbi. quanto costa? io pago contanti"),
            (
                "a",
                "Buonasera [[P:Fatima]]! Mago + truccabimbi {{$:240 €}}. Contanti va benissimo. Che giorno?",
            ),
            ("c", "domenica {{D:21 settembre}} ore {{TM:15}}. oratorio in {{W:via Don Bosco}}"),
            (
                "c",
                "cioè oratorio {{W:San Luigi}} in {{W:via Don Bosco}} vicino chiesa, tutti sa dove\nmio numero [[T:320 55 41 908]] o marito [[P:Rachid]] [[T:+212 661 234 578]] ma lui è in [[L:Marocco]] fino a venerdi",
            ),
            (
                "a",
                "Prenotato! Al trucco ci sarà [[P:Melania]] 🎨 Scriveteci i nomi dei bimbi che vogliono fare {{PD:Spider-Man}} così preparo i colori\n[[P:Ubaldo]]",
            ),
            (
                "c",
                "[[P:adam]] {{W:spiderman}}, suo cugino [[P:Ilyas]] {{W:batman}} e [[P:Nour]] la farfalla 🦋 grazie mille",
            ),
        ],
    },
    {
        "business": "feste",
        "platform": "telegram",
        "customer": "Ste",
        "lang": "it",
        "start": "2025-10-28T21:30:00",
        "messages": [
            (
                "c",
                "ciao qui [[P:Stefano]] ([[P:ste]]) papà di [[P:Ginevra]] e [[P:Bianca]] le gemelle della festa di sabato scorso\nvolevo dire che [[P:Melania]] è stata fantastica, le bimbe non parlano d'altro",
            ),
            ("a", "Grazie [[P:Stefano]]! Giriamo subito i complimenti a [[P:Melania]] 💛"),
            (
                "c",
                "una domanda, il video che ha fatto mia cognata [[P:Rosanna]] con il mago possiamo metterlo sul suo profilo [[U:https://www.facebook.com/rosanna.galbiati.77]] o vi da fastidio?",
            ),
            (
                "a",
                "Nessun problema, anzi taggate pure la pagina {{B:Mago Baldo Feste Bimbi}} 🪄 Solo, chiedete prima ai genitori degli altri bambini",
            ),
            (
                "c",
                "certo. ah la torta era della pasticceria {{B:Da Luisa}} in {{W:piazza Cavour}} se qualcuno ve lo chiede, tutti volevano sapere 😂\nalla prossima, [[P:Stefano Galbiati]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- ripetizioni
    {
        "business": "ripetizioni",
        "platform": "whatsapp",
        "customer": "Lucia B.",
        "lang": "it",
        "start": "2025-09-15T20:10:00",
        "messages": [
            (
                "c",
                "buonasera cerco ripetizioni di matematica x mio figlio [[P:Matteo]] 3a media, ha preso 4 nella verifica su {{W:Pitagora}} 😩",
            ),
            (
                "a",
                "Buonasera! Abbiamo disponibile la prof.ssa [[P:Ilaria Cattaneo]], lezioni da 1h a {{$:20 €}}, online o in presenza",
            ),
            (
                "c",
                "in presenza meglio, siamo a [[L:Cologno]] vicino al parco {{W:Lambro}}\nio sono [[P:Lucia Benedetti]], [[T:339 1044 827]]\n[[P:matteo]] esce da scuola alle 14",
            ),
            ("c", "anzi il martedì fa calcio quindi nn può"),
            (
                "a",
                "Ok! Allora mercoledì e venerdì alle {{TM:15:30}} da voi? [[P:Ilaria]] vi chiede l'indirizzo preciso",
            ),
            (
                "c",
                "[[A:via Ugo Foscolo 8]] secondo piano, citofono [[P:Benedetti-Sala]]\n([[A:via Foscolo]] quella dietro al {{B:Carrefour}} nn quella del centro)",
            ),
            (
                "a",
                "Perfetto, prima lezione mercoledì {{D:17 settembre}}. Buona serata!\n[[P:Andrea]] - {{B:Ripeti con Noi}}",
            ),
        ],
    },
    {
        "business": "ripetizioni",
        "platform": "telegram",
        "customer": "Chen Yutong",
        "lang": "it",
        "start": "2025-10-01T16:45:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Chen Yutong]], studente universitaria da [[L:Shanghai]]. cerco insegnante italiano per esame B2 a {{D:dicembre}}",
            ),
            (
                "a",
                "Buongiorno [[P:Yutong]]! Abbiamo il prof. [[P:Marcello Degli Esposti]] specializzato in esami {{PD:CILS}} e {{PD:PLIDA}}. Preferisce online?",
            ),
            (
                "c",
                "sì online meglio. mio wechat [[H:yutong_chen_0712]] oppure email [[E:chenyutong0712@example.cn]]",
            ),
            (
                "c",
                "la mia coinquilina [[P:Lin Xiaomei]] vuole anche, lei livello A2. possiamo fare insieme? mio cellulare [[T:+86 138 0013 8000]] non funziona qui, usa [[T:371 400 2218]]",
            ),
            (
                "a",
                "Certo, lezioni di coppia {{$:15 €}} a testa. [[P:Marcello]] vi manda il link {{B:Zoom}} per giovedì alle {{TM:18}}",
            ),
            ("c", "grazie mille 谢谢 🙏"),
        ],
    },
    {
        "business": "ripetizioni",
        "platform": "messenger",
        "customer": "Rebecca Lowe",
        "lang": "en",
        "start": "2025-10-12T10:20:00",
        "messages": [
            (
                "c",
                "Hi! We've just moved to [[L:Italy]] from [[L:Manchester]] and my son [[P:Oliver]] (14) is struggling with Italian at school. Do you do tutoring in English?",
            ),
            ("a", "Hi! Yes, our tutor [[P:Will]] is bilingual. Where are you based?"),
            (
                "c",
                "we're in [[L:Monza]], [[A:via Vittorio Emanuele II 41]]. not the big one by the {{W:Duomo}}, ours is a little side street lol\nI'm [[P:Rebecca Lowe]], my [[L:UK]] mobile is [[T:+44 7700 900461]]",
            ),
            (
                "c",
                "oh and his dad [[P:Gareth]] will pick up, his email [[E:gareth.lowe@example.co.uk]]",
            ),
            (
                "a",
                "Great. [[P:Will]] can do Tuesdays at {{TM:17:00}}, {{$:25 €}}/hour. We {{W:will}} send a confirmation by email 🙂",
            ),
            ("c", "perfect, thanks! [[P:Olly]] says hi 👋"),
        ],
    },
    {
        "business": "ripetizioni",
        "platform": "instagram",
        "customer": "giorgino_05",
        "lang": "it",
        "start": "2025-11-03T23:01:00",
        "messages": [
            (
                "c",
                "ei scusate l'ora ma domani ho la verifica di latino e nn ci capisco niente di {{W:Cicerone}} 😭 fate lezioni urgenti?",
            ),
            (
                "a",
                "Ciao! Domani alle {{TM:14}} la prof.ssa [[P:Speranza]] ha un buco, online {{$:22 €}}. Sei maggiorenne? Se no ci serve il consenso di un genitore",
            ),
            (
                "c",
                "ho 17 anni 🙄 mia mamma è [[P:Elena Giorgi]] [[E:elena_giorgi at example dot it]]\nio sono [[P:Giorgio Giorgi]] (si lo so 😂) ma mi chiamano [[P:giorgino]]",
            ),
            (
                "c",
                "la {{W:speranza}} è l'ultima a morire ahah\nscherzi a parte grazie, il mio discord è [[H:giorgino#0505]] se fate lì",
            ),
            (
                "a",
                "Facciamo su {{B:Google Meet}}, ti mando il link. [[P:Speranza]] ti aspetta alle {{TM:14}} 📚 in bocca al lupo!",
            ),
        ],
    },
    {
        "business": "ripetizioni",
        "platform": "whatsapp",
        "customer": "Dr. Okafor",
        "lang": "en",
        "start": "2025-11-17T07:50:00",
        "messages": [
            (
                "c",
                "Good morning. I am [[P:Chinedu Okafor]], researcher at the university. My twins [[P:Amara]] and [[P:Ifeoma]] need help with physics for the {{W:maturità}}",
            ),
            (
                "c",
                "we live in [[L:Bicocca]], we came from [[L:Enugu]] 6 years ago so the girls speak italian fine but my wife [[P:Ngozi]] and I prefer writing in english",
            ),
            (
                "a",
                "Good morning Dr. [[P:Okafor]]! Our physics tutor is [[P:Raffaele Esposito Di Gennaro]], usually at our centre in {{W:viale Fulvio Testi}}. Two students together would be {{$:30 €}}/hour",
            ),
            (
                "c",
                "ok. please send invoice to my wife, codice fiscale [[CF:KHLSMR95E50Z330N]]\nsorry, that is our neighbour [[P:Samira Khalil]]'s, she asked me to book for her son too 🙈 the invoice for her is separate",
            ),
            (
                "a",
                "No problem, we'll do two invoices. Could you give us [[P:Samira]]'s phone and your wife's email?",
            ),
            (
                "c",
                "[[P:Samira]] [[T:+39 (0)2 6610 3392]]\n[[P:Ngozi]] [[E:ngozi.okafor@example.org]]\nthank you",
            ),
            (
                "a",
                "All set. [[P:Raffaele]] will see [[P:Amara]], [[P:Ifeoma]] and [[P:Samira]]'s boy on Thursday. Please tell us his name for the register\n[[P:Andrea]]",
            ),
            ("c", "[[P:Karim]]. [[P:Karim Khalil]]. thanks"),
        ],
    },
    {
        "business": "ripetizioni",
        "platform": "telegram",
        "customer": "Nico",
        "lang": "it",
        "start": "2025-12-02T18:18:00",
        "messages": [
            (
                "c",
                "salve vorrei lavorare con voi come tutor di informatica, sono [[P:Nicolò Ferrara]], laureando al {{W:Politecnico}}\nvi mando il cv? il mio sito è [[U:nicoloferrara.dev]] e github [[U:github.com/nico-ferrara]]",
            ),
            (
                "a",
                "Ciao [[P:Nicolò]]! Sì mandalo a {{W:lavora@ripeticonnoi.it}} e ti chiamiamo per un colloquio",
            ),
            (
                "c",
                "fatto! ah per il pagamento sono con partita iva forfettaria, sempre la stessa [[V:02918470358]]",
            ),
            (
                "c",
                "no sbagliato quella è di mio padre [[P:Santoro]]... cioè del mio patrigno, lasciate perdere la mando dopo 😅\nil mio telegram è [[H:@nico_dev_ferrara]] e il cell [[T:+39 366 20 19 774]]",
            ),
            (
                "a",
                "Tranquillo, ne parliamo al colloquio. Ti scrive [[P:Andrea]] per fissare giorno e ora",
            ),
        ],
    },
    # ---------------------------------------------------------------- crudo
    {
        "business": "crudo",
        "platform": "instagram",
        "customer": "tiz.wavy",
        "lang": "it",
        "start": "2025-02-20T22:33:00",
        "messages": [
            ("c", "bro la felpa {{PD:CRUDO Hoodie Navigli}} in nero taglia L c'è ancora??"),
            ("a", "Ciao! L nera disponibile 🖤 {{$:79 €}} + spedizione {{$:6,90 €}}"),
            (
                "c",
                "prendo\n[[P:Tiziano Mbaye]]\n[[A:via Privata Bobbio 3]]\n[[A:20144]] [[L:Milano]]\ncitofono [[P:MBAYE/COLOMBO]]",
            ),
            (
                "c",
                "cell [[T:340 998 1127]] e mail [[E:tiz.mbaye@example.com]]\ntaggami nella story quando la spedite sono [[H:@tiz.wavy]] e anche il mio socio [[H:@drk.moussa]] che ve l'ha consigliata",
            ),
            (
                "a",
                "Ordine {{O:#CR-30412}} confermato, spediamo domani con {{B:BRT}}, tracking {{TR:05060214773301}}. Grazie [[P:Tiziano]] 🔥",
            ),
            (
                "c",
                "ma il tracking sembra un numero di telefono lol\ncmq grazie frate, saluti da [[P:Moussa]] pure",
            ),
        ],
    },
    {
        "business": "crudo",
        "platform": "instagram",
        "customer": "Sveva",
        "lang": "it",
        "start": "2025-03-14T13:05:00",
        "messages": [
            (
                "c",
                "ciao!!! sono [[P:Sveva]], faccio contenuti di moda su tiktok [[U:https://www.tiktok.com/@sveva.fits]] 60k follower, volevo proporvi una collab per la drop primavera 🌷",
            ),
            (
                "a",
                "Ciao [[P:Sveva]]! Ci interessa 👀 Ci mandi il media kit a {{W:collab@crudo.store}}?",
            ),
            (
                "c",
                "fatto! l'ha scritto la mia manager [[P:Benedetta Rinaldi-Sforza]] [[E:b.rinaldisforza@example.it]]\nio sono [[P:Sveva Castelli Brambilla]] se vi serve il nome completo x il contratto",
            ),
            (
                "c",
                "cmq la collab la vorrei fare a [[L:Torino]] dove abito, con il mio fotografo [[P:Luca]] ([[H:luca.shoots.raw]])\nma anche a {{W:Milano}} alla {{W:Fashion Week}} va bene",
            ),
            (
                "a",
                "Perfetto, girato a [[P:Jacopo]] che segue le collab. Per il contratto ci servirà anche il codice fiscale, ma ve lo chiediamo via mail 🙏",
            ),
        ],
    },
    {
        "business": "crudo",
        "platform": "whatsapp",
        "customer": "Kwame",
        "lang": "en",
        "start": "2025-04-09T15:40:00",
        "messages": [
            (
                "c",
                "hey, ordered the {{PD:Cargo Pants Darsena}} 2 weeks ago, order {{O:CR-30788}}, still nothing. im [[P:Kwame Asante]], shipping to [[L:Brixton]] [[L:London]]",
            ),
            (
                "a",
                "Hi [[P:Kwame]], sorry! Let me check. It's with {{B:DHL}}, tracking {{TR:JD014600006281947365}}. Is the address [[A:Flat 4, 27 Coldharbour Lane]] [[A:SW9 8PR]]?",
            ),
            ("c", "flat 4 yes but its [[A:27A]] not 27 😤 the 27 is my neighbour mrs [[P:Patel]]"),
            (
                "c",
                "pls fix or ring me [[T:07700 900 118]]\nor tell the courier to leave it w/ [[P:Deshawn]] at the barber downstairs, {{B:Fadez Barbers}}",
            ),
            (
                "a",
                "Updated to [[A:27A]] and added a note for [[P:Deshawn]] ✅ Sorry again, we've added a free {{PD:CRUDO beanie}} 🧢\n[[P:Jacopo]]",
            ),
            ("c", "respect 🙏"),
        ],
    },
    {
        "business": "crudo",
        "platform": "telegram",
        "customer": "Álvaro",
        "lang": "it",
        "start": "2025-05-27T11:11:00",
        "messages": [
            (
                "c",
                "hola! perdona mi italiano, sono [[P:Álvaro Núñez de Castro]] di [[L:Sevilla]], faccio erasmus a [[L:Milano]]\nquiero la t-shirt {{PD:Madonnina Drip}} {{W:bianca}} M",
            ),
            (
                "a",
                "¡Hola [[P:Álvaro]]! La {{PD:Madonnina Drip}} {{W:bianca}} M c'è, {{$:39 €}}. La ritiri in showroom o spediamo?",
            ),
            (
                "c",
                "spedire por favor al mio piso: [[A:via Padova 77, scala B int. 7]], [[A:20127]] [[L:Milano]], c/o [[P:Ricci]]\nel dueño del piso se llama [[P:Ricci]], en el citofono mi nombre no está",
            ),
            (
                "c",
                "pago con carta [[C:5200-8282-8282-8210]] scad 09/27\ntelefono spagnolo [[T:+34 612 48 90 37]]",
            ),
            (
                "a",
                "Per favore non mandare i dati della carta in chat 🙏 ti mandiamo un link di pagamento {{B:Stripe}}. Ordine {{O:CR-31055}}",
            ),
            (
                "c",
                "ah {{W:vale}} {{W:vale}} lo siento 😅 mi amigo [[P:Jaume]] me dice lo mismo jaja. gracias!\nmi insta es [[H:alvaro.ndc]] para el tag",
            ),
        ],
    },
    {
        "business": "crudo",
        "platform": "instagram",
        "customer": "nonnaclaudia_official",
        "lang": "it",
        "start": "2025-06-12T10:00:00",
        "messages": [
            (
                "c",
                "buongiorno sono una nonna 😊 [[P:Claudia Ferretti]], vorrei regalare una vostra maglietta a mio nipote [[P:Cristian]] che vi segue sempre, il suo profilo è [[H:cristian_frt_06]]",
            ),
            (
                "c",
                "lui dice che vuole quella con scritto {{PD:Giambellino Forever}} ma io non so la taglia e non voglio chiedergli sennò capisce",
            ),
            (
                "a",
                "Che pensiero dolce signora [[P:Claudia]] 🥹 Se ha 19 anni e veste normale di solito va la M. Se non va bene si cambia gratis entro {{D:30 giorni}}",
            ),
            (
                "c",
                "va bene M. me la mandate a casa di mia figlia [[P:Rossella]] che cosi la nasconde, [[A:via Lorenteggio 190]] [[L:Milano]]\nil numero civico forse è [[A:192]] aspetti chiedo",
            ),
            (
                "c",
                "è [[A:192]] scusate. e il cap è [[A:20147]]\ncitofono [[P:Ferretti Conti]]. il mio telefono fisso [[T:02/4150872]]",
            ),
            (
                "a",
                "Perfetto! Ordine {{O:CR-31102}}, {{$:35 €}}, pagamento alla consegna. Auguri a [[P:Cristian]]! 🎁\n[[P:Jacopo]] di {{B:CRUDO}}",
            ),
        ],
    },
    {
        "business": "crudo",
        "platform": "instagram",
        "customer": "ghost.dragan",
        "lang": "en",
        "start": "2025-07-03T02:14:00",
        "messages": [
            (
                "c",
                "yo my name is [[P:Dragan Petrović]], i stream on twitch [[U:twitch.tv/ghostdragan]] and i want to wear ur stuff on stream. im from [[L:Belgrade]] but live in [[L:Berlin]] rn",
            ),
            (
                "c",
                "could u send me the {{PD:Navigli Puffer}} in xl? i can give shoutout. my psn is [[H:GhostDragan_SRB]] and my discord [[H:ghostdragan]] if u wanna talk",
            ),
            (
                "a",
                "Hey [[P:Dragan]]! Love the idea 🔥 We don't do free gifting right now but we can give you a {{W:code}} for your viewers, like {{R:CRUDOLIVE15}}. Interested?",
            ),
            (
                "c",
                "ok fair. send the puffer to [[A:Warschauer Str. 34, 3. OG links]], [[A:10243]] [[L:Berlin]] and i pay. email [[E:dragan.petrovic.stream@example.de]]\nmy manager [[P:Milica]] will mail u about the code",
            ),
            (
                "a",
                "Great, order {{O:CR-31420}} {{$:149 €}}. Payment link sent to your email. Say hi to [[P:Milica]]!\n[[P:Jacopo]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- added: IP addresses
    {
        "business": "fumetti",
        "platform": "instagram",
        "customer": "nyx.rin",
        "lang": "it",
        "start": "2025-12-09T21:40:00",
        "messages": [
            (
                "c",
                "ciao scusate mi ha bannato il bot dal server discord e nn so xk 😭 sono [[P:Irene Scotti]], su discord [[H:nyxrin_]]\nieri sera giocavo a {{PD:Valorant}} con [[P:Filo]] e poi boh",
            ),
            (
                "a",
                'Ciao [[P:Irene]]! Il bot blocca in automatico gli accessi da IP segnalati. Ci mandi l\'IP da cui ti colleghi? Lo trovi cercando "what is my ip" 🙂',
            ),
            (
                "c",
                "ok dice [[IP:151.38.142.207]]\nma io sono a casa a [[L:Paderno Dugnano]] nn ho fatto niente giuro",
            ),
            (
                "c",
                "ah forse xke mio fratello [[P:Ivan]] usa lo stesso wifi e l'avete bannato la settimana scorsa 🙄 il suo nick è [[H:ivan_tr0ll]]",
            ),
            (
                "a",
                "Eh sì, era quello 😅 Abbiamo sbloccato il tuo account, [[P:Ivan]] invece resta fuori fino al {{D:20 dicembre}}. Ci vediamo al torneo di {{PD:Yu-Gi-Oh!}}\n— [[P:Alessia]], {{B:Nuvole Parlanti}}",
            ),
        ],
    },
    {
        "business": "ripetizioni",
        "platform": "whatsapp",
        "customer": "Dmitri V.",
        "lang": "en",
        "start": "2025-12-11T17:05:00",
        "messages": [
            (
                "c",
                "hi, [[P:Dmitri Volkov]] here, [[P:Sasha]]'s dad. the lesson with [[P:Marcello]] keeps freezing every 5 min 😤 my neighbour [[P:Bogdan]] who works in IT says check the ip, ours is [[IP:2a02:b127:8e10:4c00::1f]]\nno idea what it means sorry",
            ),
            (
                "a",
                "Hi [[P:Dmitri]]! We checked and nothing is blocked on our side, it's probably the wifi. Try with a cable or move closer to the router 🙏 [[P:Marcello]] will add 15 min free on {{D:Thursday}}\n[[P:Andrea]] - {{B:Ripeti con Noi}}",
            ),
            ("c", "ok cable works 👍 спасибо, [[P:Sasha]] says thanks too"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(88, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
