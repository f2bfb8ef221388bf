# ruff: noqa: E501
"""Hand-written blind test corpus no. 75 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
phone number, e-mail, address and account in it is invented. The checksummed identifiers
(IBANs, card numbers, codici fiscali, partite IVA, an EU VAT number) were computed once with
python-stdnum / the Luhn algorithm and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` marks a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (orders, prices, dates, brands...).

The six invented businesses are a plumbing and heating service near Venice, an online
parapharmacy, a wedding photographer, a removals company, a garden centre and a home-cleaning
agency; the emphasis of this corpus is on postal addresses in every shape and language.

Regenerate with: ``.venv/bin/python make_handwritten75_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten75_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "idraulica": "Termoidraulica Zanetti & Figli",
    "farma": "FarmaNatura Online",
    "foto": "Lucia Moretti Wedding Photography",
    "traslochi": "Traslochi Rapidi Brenta",
    "vivaio": "Vivaio Il Glicine",
    "pulizie": "Casa Splendente Pulizie",
}
PAGE_IDS: dict[str, str] = {
    "idraulica": "675530418820931",
    "farma": "675530902174466",
    "foto": "675530337615208",
    "traslochi": "675530564093172",
    "vivaio": "675530781246650",
    "pulizie": "675530129508834",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ plumber / heating
    {
        "business": "idraulica",
        "platform": "whatsapp",
        "customer": "Marta Bellini",
        "lang": "it",
        "start": "2025-01-14T07:42:00",
        "messages": [
            (
                "c",
                "buongiorno ho la caldaia che fa un rumore strano tipo tac tac e nn scalda l acqua 😩 siete in zona [[L:Mestre]]?",
            ),
            (
                "a",
                "Buongiorno! Sì, copriamo tutta la provincia di {{W:Venezia}}. Mi lascia indirizzo completo e un numero per il tecnico? Che caldaia è?",
            ),
            (
                "c",
                "[[A:via Cappuccina 118 scala C int 9]]\n[[A:30171]] [[L:mestre]]\nè una {{PD:Vaillant ecoTEC plus}} di 8 anni circa",
            ),
            (
                "c",
                "cell [[T:347 218 9043]] se nn rispondo chiamate mio marito [[P:Gianni]] al [[T:340-5527186]]",
            ),
            (
                "a",
                "Perfetto, il tecnico [[P:Davide]] può passare {{D:giovedì 16}} tra le {{TM:8:30}} e le {{TM:10}}. Uscita + diagnosi {{$:€ 65}}. Che nome c'è sul citofono?",
            ),
            ("c", "citofono [[P:Bellini Zorzi]] 👍 il portone è quello verde vicino alla farmacia"),
            (
                "a",
                "Segnato! Rif. intervento {{R:INT-25-0412}}. A giovedì\n[[P:Elena]] - {{B:Zanetti & Figli}}",
            ),
        ],
    },
    {
        "business": "idraulica",
        "platform": "messenger",
        "customer": "Oksana Hrytsenko",
        "lang": "it",
        "start": "2025-01-20T18:05:00",
        "messages": [
            (
                "c",
                "salve io ho perdita acqua sotto lavandino cucina molto acqua su pavimento. potete venire oggi? io abito [[L:Spinea]]",
            ),
            (
                "a",
                "Buonasera, chiuda subito il rubinetto sotto il lavello! Possiamo mandare il reperibile stasera, supplemento serale {{$:40 euro}}. Mi dà via e numero civico?",
            ),
            ("c", "[[A:via mateoti 12]] ... scusi scrivo male. [[A:via Matteotti 12/b]]"),
            (
                "c",
                "secondo piano, nome su campanello [[P:Hrytsenko]] e anche [[P:Kovalchuk]] che è mio compagno [[P:Taras]]",
            ),
            (
                "a",
                "Nessun problema signora [[P:Hrytsenko]]. CAP è [[A:30038]] giusto? E un telefono?",
            ),
            (
                "c",
                "si giusto. telefono [[T:+380 67 442 1903]] ucraino, oppure italiano [[T:389 6620 157]]",
            ),
            ("a", "Il tecnico [[P:Mirko]] arriva verso le {{TM:20:15}}. Buona serata"),
        ],
    },
    {
        "business": "idraulica",
        "platform": "instagram",
        "customer": "ale.ferro_84",
        "lang": "it",
        "start": "2025-02-03T10:11:00",
        "messages": [
            (
                "c",
                "ciao vorrei un preventivo x sostituzione caldaia con una a condensazione, casa singola 140mq a [[L:Mirano]] frazione [[L:Scaltenigo]]",
            ),
            (
                "a",
                "Ciao! Volentieri. Possiamo proporti la {{PD:Immergas Victrix Tera 28}} o la {{PD:Baxi Luna Duo-tec E}}. Serve un sopralluogo gratuito: indirizzo?",
            ),
            (
                "c",
                "[[A:via Cavin di Sala 41]] [[A:30035]], è l ultima casa prima del canale, c è un cancello grigio. sono [[P:Alessandro Ferro]]",
            ),
            (
                "c",
                "per la fattura mi serve intestata a mia moglie [[P:Chiara Lazzarin]] CF [[CF:RSSGLI85M41H501S]]... no aspetta quello è di mia sorella 😅 vi mando il giusto dopo",
            ),
            (
                "a",
                "Tranquillo 🙂 per la detrazione {{W:Ecobonus}} ci serve il codice fiscale dell'intestatario. Sopralluogo {{D:martedì 11 febbraio}} ore {{TM:15}}?",
            ),
            ("c", "ok va bene, scrivete anche su mail [[E:ale.ferro84@postamail.it]] pls"),
            ("a", "Fatto! Preventivo n. {{R:PRV-0219}} in arrivo.\n[[P:Marco]] dal team"),
        ],
    },
    {
        "business": "idraulica",
        "platform": "whatsapp",
        "customer": "Peter Haines",
        "lang": "en",
        "start": "2025-02-10T08:30:00",
        "messages": [
            (
                "c",
                "hi there, I rent a flat in [[L:Venice]] for the winter and the radiators are stone cold. landlord sig. [[P:Tommasi]] said to contact you directly",
            ),
            (
                "a",
                "Good morning Mr [[P:Haines]], sorry to hear that! What is the address of the flat?",
            ),
            (
                "c",
                "[[A:Cannaregio 3921]], [[A:30121]]. its near the {{W:Fondamenta della Misericordia}}, the door with the lion knocker. bell says [[P:Tommasi]] still",
            ),
            (
                "c",
                "my number is [[T:+44 7700 918 233]], my UK mobile, whatsapp works best. my wife [[P:Judith]] will be home all day",
            ),
            (
                "a",
                "Thank you. Our technician [[P:Nicola]] will come by boat around {{TM:11am}} tomorrow. Callout in the historic centre is {{$:€90}}, we will invoice the landlord as agreed.",
            ),
            ("c", "brilliant thx 🙏 back home in [[L:Shropshire]] we just bang the pipes lol"),
        ],
    },
    {
        "business": "idraulica",
        "platform": "telegram",
        "customer": "Rosa",
        "lang": "it",
        "start": "2025-03-02T16:47:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Rosa Finotto]] vi scrivo x mia mamma che ha 87 anni, le si è rotto lo scaldabagno elettrico",
            ),
            (
                "c",
                "lei sta in [[A:località Ca' Bianca 7]] a [[L:Campagna Lupia]], la strada è sterrata dopo il ponte\ncitofono [[P:Finotto Ida]]",
            ),
            (
                "a",
                "Buonasera [[P:Rosa]], ci occupiamo noi. Uno scaldabagno {{PD:Ariston Velis 80 litri}} montato costa {{$:390 €}} tutto compreso. Va bene per domani mattina?",
            ),
            (
                "c",
                "si va bene, la mamma è un po sorda suonate forte 😅 il mio numero [[T:041 5189 764]] oppure [[T:333.902.41.78]]",
            ),
            (
                "a",
                "Perfetto. Il pagamento si può fare anche con bonifico: IBAN sul preventivo {{R:PRV-0277}}.",
            ),
            (
                "c",
                "ok vi faccio il bonifico dal conto di mio fratello [[P:Sandro]], intestato [[P:Alessandro Finotto]] [[I:IT92 K050 3401 6330 0000 0027 831]] così lo vedete",
            ),
            ("a", "Grazie, ricevuto! Il tecnico è [[P:Luca]] 👍"),
        ],
    },
    # ------------------------------------------------------------------ online parapharmacy
    {
        "business": "farma",
        "platform": "messenger",
        "customer": "Giuse Abate",
        "lang": "it",
        "start": "2025-01-09T13:20:00",
        "messages": [
            (
                "c",
                "ciao ho ordinato ieri ordine {{O:#FN-48213}} ma ho sbagliato indirizzo 🙈 ho messo quello vecchio di [[L:Cosenza]]",
            ),
            (
                "a",
                "Ciao! Nessun problema, l'ordine non è ancora partito. Qual è l'indirizzo giusto?",
            ),
            (
                "c",
                "[[A:viale della Resistenza 204]] piano terra c/o [[P:Pasquale Abate]]\n[[A:87100]]... no scusa ora sto a [[L:Rende]] quindi [[A:87036]]",
            ),
            ("c", "poi [[A:scala B int. 7]] che me lo dimentico sempre"),
            (
                "a",
                "Aggiornato! Spedizione con {{B:BRT}}, tracking {{TR:068471209331452}}, consegna domani. Nel pacco: {{PD:Bioderma Sensibio H2O 500 ml}} x2 e {{PD:Avène Cicalfate+}}. Totale {{$:€ 34,70}}",
            ),
            (
                "c",
                "grz!! se nn ci sono lasciate al vicino [[P:Pino]] del primo piano. il mio cell [[T:3284419027]]",
            ),
            ("a", "Inserito nelle note 👍 buona giornata, [[P:Sara]] - {{B:FarmaNatura Online}}"),
        ],
    },
    {
        "business": "farma",
        "platform": "whatsapp",
        "customer": "Wei Zhang",
        "lang": "en",
        "start": "2025-01-23T21:02:00",
        "messages": [
            (
                "c",
                "hello i want order {{PD:Fluimucil 600}} and one thermometer but i live in student residence, is ok?",
            ),
            (
                "a",
                "Hi! Yes of course. Please send us the full address with the residence name and your room number.",
            ),
            (
                "c",
                "[[A:via Zamboni 48/2, room 314]]\n[[A:40126]] [[L:Bologna]]\nname [[P:Zhang Wei]] (Zhang is surname)",
            ),
            ("c", "pay with card ok? [[C:4917 7420 1955 1200]]"),
            (
                "a",
                "Please don't send card numbers in chat 🙏 use the secure checkout on the website, we will delete this message. Shipping with {{B:Poste Italiane}}, {{$:€4.90}}.",
            ),
            (
                "c",
                "oh sorry 😅 ok i pay on site. order {{O:FN-48377}}. my phone [[T:+86 138 1047 2259]] and italian one [[T:351 774 0318]]",
            ),
            (
                "c",
                "also can you send to my friend [[P:Li Na]] in [[L:Modena]]? [[A:corso Canal Grande 61]] [[A:41121]]",
            ),
            (
                "a",
                "Sure, but one address per order. Write it in the order notes and we'll do it. Thanks [[P:Wei]]!",
            ),
        ],
    },
    {
        "business": "farma",
        "platform": "messenger",
        "customer": "Federica Colombo",
        "lang": "it",
        "start": "2025-02-12T11:48:00",
        "messages": [
            ("c", "hola! scusate sono italiana ma vivo a [[L:Valencia]], spedite in [[L:Spagna]]?"),
            (
                "a",
                "Ciao! Sì, spediamo in tutta l'{{W:Unione Europea}} con {{B:DHL}}: {{$:9,90 €}} per la [[L:Spagna]], gratis sopra i {{$:79 €}}.",
            ),
            (
                "c",
                "perfetto allora prendo il {{PD:Rilastil Stretch Marks}} e la {{PD:Mustela Pasta Cambio}} x il mio bimbo [[P:Mateo]]\n[[A:Calle de Cuba 27, 4º izq.]]\n[[A:46006]] [[L:València]]",
            ),
            (
                "c",
                "sul buzón c'è [[P:Ruiz Sanchis]] che è il cognome di mio marito [[P:Jordi]]. mi móvil es el [[T:+34 612 48 93 07]] 😊",
                "es",
            ),
            (
                "a",
                "Perfetto, ordine {{O:FN-48402}} registrato. Per la fattura ti serve il codice fiscale?",
            ),
            ("c", "si metti [[CF:CLMFRC89P62F205K]] e mail [[E:fede.colombo(at)correo-val.es]]"),
            ("a", "Fatto! Ti arriva entro {{D:martedì 18}}. Un saluto, [[P:Sara]]"),
        ],
    },
    {
        "business": "farma",
        "platform": "instagram",
        "customer": "giuliabakes_92",
        "lang": "it",
        "start": "2025-03-06T15:31:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Giulia]] 😊 la mia nonna usa il {{PD:Voltaren Emulgel}} ma volevo qualcosa di più naturale, avete l {{PD:Arnica Arnigel}}?",
            ),
            (
                "a",
                "Ciao [[P:Giulia]]! Sì, {{PD:Arnigel Boiron 120 g}} a {{$:11,40 €}}. Vuoi spedirlo direttamente alla nonna?",
            ),
            (
                "c",
                "si!! lei sta a [[L:Bassano del Grappa]]\n[[A:contrà San Giorgio 14]]\n[[P:Pina Marcon]] [[A:36061]]",
            ),
            (
                "c",
                "ah il numero della nonna è il fisso [[T:0424 52 8813]] lei nn ha whatsapp lol\nse nn risponde c è la badante [[P:Svetlana]]",
            ),
            (
                "a",
                "Perfetto! Ordine {{O:FN-48519}}, arriva {{D:venerdì 7 marzo}}. Ti mando qui il tracking {{TR:3UW1K40093817}}",
            ),
            (
                "c",
                "graziee ❤️ se volete vi taggo sul blog [[U:giuliabakes92.blogspot.com]] o su tiktok [[H:@giulia.bakes]]",
            ),
        ],
    },
    {
        "business": "farma",
        "platform": "telegram",
        "customer": "Dominik W.",
        "lang": "en",
        "start": "2025-03-19T09:14:00",
        "messages": [
            (
                "c",
                "Hello, i received wrong product. i ordered {{PD:La Roche-Posay Effaclar Duo+}} and got {{PD:Cicaplast Baume B5}}. order {{O:FN-47990}}",
            ),
            ("a", "We are very sorry! Would you prefer a replacement or a refund?"),
            (
                "c",
                "refund please. my iban is polish [[I:PL56 1090 1014 0000 7121 9812 8742]] name [[P:Dominik Wiśniewski]]",
            ),
            (
                "c",
                "and courier can pick up wrong one from my home\n[[A:ul. Długa 17 m. 4]]\n[[A:31-147]] [[L:Kraków]]",
            ),
            (
                "a",
                "No need to return it, please keep it 🙂 The refund of {{$:€ 21,50}} arrives in 3-5 working days. Reference {{R:RMB-3381}}.",
            ),
            (
                "c",
                "dziękuję! thank you very much, my wife [[P:Agnieszka]] will be happy she likes the cicaplast haha",
            ),
        ],
    },
    # ------------------------------------------------------------------ wedding photographer
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "sofi_and_matte",
        "lang": "it",
        "start": "2025-01-11T20:33:00",
        "messages": [
            (
                "c",
                "ciao [[P:Lucia]]!! ci sposiamo il {{D:14 giugno 2025}} ad [[L:Asolo]] e ci piacerebbe tantissimo averti 😍 siamo [[P:Sofia]] e [[P:Matteo]]",
            ),
            (
                "a",
                "Ciao ragazzi, che bello! Il {{D:14 giugno}} è ancora libero. Dove fate cerimonia e ricevimento?",
            ),
            (
                "c",
                "chiesa di {{W:Sant'Anna}} e poi a {{B:Villa Freya}}\n[[P:matte]] dice di chiederti anche il servizio prematrimoniale sul {{W:Monte Grappa}} 🏔️",
            ),
            (
                "a",
                "Il pacchetto {{PD:Full Day Story}} è {{$:2.400 €}} con album {{PD:Fine Art 30x30}}, il prematrimoniale si aggiunge a {{$:350 €}}. Per il contratto mi servono nomi completi, indirizzo e il codice fiscale di uno dei due.",
            ),
            (
                "c",
                "[[P:Sofia Dal Bello]] e [[P:Matteo Gasparini]]\nper ora abitiamo a [[L:Castelfranco Veneto]] [[A:borgo Treviso 88]] [[A:31033]], dopo il matrimonio ci spostiamo a [[L:Treviso]]",
            ),
            (
                "c",
                "CF di [[P:Gasparini]]: [[CF:GSPMTT91S14C111Y]]\nil bonifico della caparra parte dal conto cointestato [[I:IT77 M020 0805 3640 0010 4372 915]]",
            ),
            (
                "a",
                "Ricevuto tutto ✨ caparra {{$:600 €}}, causale {{R:CAP-0614-DB}}. A presto!\n[[P:Lucia]]",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Hannah Okafor",
        "lang": "en",
        "start": "2025-01-27T19:05:00",
        "messages": [
            (
                "c",
                "Hi [[P:Lucia]]! we're getting married in [[L:Sirmione]] next september and found you on insta. is the {{D:20th September}} free?",
            ),
            (
                "a",
                "Hi [[P:Hannah]], congratulations! The 20th is still free 🙂 Where are you based?",
            ),
            (
                "c",
                "we live in [[L:Manchester]]\n[[A:Flat 5, 22 Burton Road]]\n[[A:M20 2LW]]\nmy fiancé [[P:Tom]] is from [[L:Cork]] and my family is nigerian so expect a big loud party 😂",
            ),
            (
                "c",
                "my mum [[P:Ngozi]] wants to know if you do family portraits too. her number is [[T:+234 803 517 2290]], she's in [[L:Enugu]] till august",
            ),
            (
                "a",
                "Of course! Family portraits are included in the {{PD:Destination Package}}, {{$:£2,150}}. I'll post the album to your flat in [[L:Manchester]] after the wedding, the one on [[A:Burton Road]] 😊",
            ),
            (
                "c",
                "perfect. [[P:tom]]'s email [[E:tom.brennan@brennanhome.co.uk]] and mine is [[E:hannahokafor at fastpost dot co dot uk]]",
            ),
            ("a", "Thank you! Contract on its way. [[P:Lucia]] x"),
        ],
    },
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Kevin Sarr",
        "lang": "it",
        "start": "2025-02-18T12:40:00",
        "messages": [
            (
                "c",
                "buongiorno, io e mia fidanzata [[P:Aminata]] cerchiamo fotografo per matrimonio civile in comune di [[L:Torino]] il {{D:3 maggio}}. quanto costa solo cerimonia?",
            ),
            (
                "a",
                "Buongiorno! Il servizio {{PD:Solo Cerimonia}} (3 ore) costa {{$:850 €}}. Il {{D:3 maggio}} sono disponibile.",
            ),
            ("c", "ok bene. per contratto abitiamo [[A:corso Giulio Cesare 212]]"),
            ("c", "[[A:scala A interno 14]]\n[[A:10155]] [[L:torino]]"),
            (
                "c",
                "mio nome completo [[P:Kevin Mamadou Sarr]], CF [[CF:SRRKNM91A30Z343T]], telefono [[T:+39 320 45 17 883]]\ntestimone è mio fratello [[P:Ibrahima]], lui vuole foto davanti la {{W:Mole}}",
            ),
            (
                "a",
                "Certo, un giro alla {{W:Mole Antonelliana}} dopo la cerimonia si fa volentieri! Vi mando il contratto via mail?",
            ),
            ("c", "si [[E:kevin.sarr91@liberomail.example.it]] grazie mille 🙏"),
        ],
    },
    {
        "business": "foto",
        "platform": "telegram",
        "customer": "Bianca",
        "lang": "it",
        "start": "2025-02-25T17:12:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Bianca]] ci siamo sposati a ottobre, arrivate le foto sono bellissime!!! vorrei l album anche per mia suocera che vive in [[L:Svizzera]]",
            ),
            (
                "a",
                "Grazie [[P:Bianca]], che gioia! Posso stampare una copia {{PD:Parent Album 20x20}}, {{$:320 €}} spedizione compresa. Indirizzo?",
            ),
            ("c", "[[P:Ursula Gerber-Brunner]]\n[[A:Seefeldstrasse 132]]\n[[A:8008]] [[L:Zürich]]"),
            (
                "c",
                "ah la copertina la vorrei {{W:bianca}} non grigia, e nella foto di gruppo c è mia cugina [[P:Speranza]] con gli occhi chiusi si può sistemare? 😂",
            ),
            (
                "a",
                "Copertina in lino {{W:bianca}}, segnato! Per [[P:Speranza]] recupero il viso da un altro scatto 😉",
            ),
            (
                "c",
                "sei un mito. il numero di [[P:Ursula]] per il corriere [[T:+41 44 382 19 05]]. Sie spricht nur Deutsch, also bitte eine Notiz auf Deutsch an den Kurier 🙏",
                "de",
            ),
            ("a", "Perfetto, ordine album {{O:AL-2025-031}}, parte {{D:lunedì}}.\n[[P:Lucia]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Ravi Menon",
        "lang": "en",
        "start": "2025-03-10T06:55:00",
        "messages": [
            ("c", "ciao! io sono [[P:Ravi]], mio italiano poco, scrivo english ok? 🙏", "it"),
            (
                "c",
                "we're planning a fusion wedding, hindu ceremony + church, in [[L:Bellagio]] on {{D:July 12}}. my fiancée [[P:Francesca Pellegrini]] grew up in [[L:Lecco]]",
            ),
            (
                "a",
                "Of course, English is perfect! A fusion wedding sounds wonderful. Two days of coverage would be the {{PD:Full Weekend}} package, {{$:€3,900}}.",
            ),
            (
                "c",
                "sounds good. contract address: [[A:350 W 42nd St, Apt 12C]], [[L:New York]], [[L:NY]] [[A:10036]]",
            ),
            (
                "c",
                "my parents [[P:Suresh]] and [[P:Lakshmi]] fly in from [[L:Kochi]]. deposit by card ok? [[C:5378-2800-0912-3457]]",
            ),
            (
                "a",
                "Thank you [[P:Ravi]]! I'll send a secure payment link instead, please don't share card numbers here 🙏\n[[P:Lucia]]",
            ),
            (
                "c",
                "ah ok sorry. [[P:fran]] says hi, her insta is [[H:fran.pellegrini]] if you want to see her style ideas",
            ),
        ],
    },
    # ------------------------------------------------------------------ removals
    {
        "business": "traslochi",
        "platform": "whatsapp",
        "customer": "Nicoletta Brun",
        "lang": "it",
        "start": "2025-01-16T09:03:00",
        "messages": [
            (
                "c",
                "salve vorrei un preventivo trasloco da [[L:Padova]] a [[L:Bolzano]] fine aprile, trilocale 3 piano senza ascensore 😫",
            ),
            (
                "a",
                "Buongiorno! Certo. Ci servono indirizzo di partenza e di arrivo, con piano e se c'è spazio per il camion davanti.",
            ),
            (
                "c",
                "partenza [[A:via Beato Pellegrino 73 piano 3]] [[A:35137]]\narrivo [[A:via Museo 15/c]] [[L:bolzano]] [[A:39100]] lì c è ascensore per fortuna",
            ),
            ("c", "ah scusa partenza è il civico [[A:37]] ho invertito i numeri 🤦‍♀️"),
            (
                "a",
                "Nessun problema! Facciamo un sopralluogo in videochiamata? Per {{D:sabato 26 aprile}} il preventivo indicativo è {{$:1.850 €}} con smontaggio mobili.",
            ),
            (
                "c",
                "ok videochiamata al fisso [[T:049 875 3310]] o cell [[T:392 118 0764]], chiedete di me [[P:Nicoletta]] o di mio padre [[P:Ottavio Brun]]",
            ),
            (
                "a",
                "Perfetto, vi chiamiamo {{D:giovedì}} alle {{TM:18:00}}.\n[[P:Stefano]] - {{B:Traslochi Rapidi Brenta}}",
            ),
        ],
    },
    {
        "business": "traslochi",
        "platform": "messenger",
        "customer": "Sanne de Vries",
        "lang": "en",
        "start": "2025-02-04T14:26:00",
        "messages": [
            (
                "c",
                "Hi! we are moving back to the [[L:Netherlands]] in june, do you do international removals?",
            ),
            (
                "a",
                "Hello! Yes, we drive to the {{W:Benelux}} every month with groupage. From where to where?",
            ),
            (
                "c",
                "from [[A:via San Martino 5]] in [[L:Dolo]] (yellow house on the road to {{W:Villa Pisani}}, everyone knows it lol)\nto [[A:Oudegracht 214 bis]]\n[[A:3511 NV]] [[L:Utrecht]]",
            ),
            (
                "c",
                "my partner [[P:Joost]] does the paperwork, his email [[E:joost.bakker@postbus-mail.nl]] and phone [[T:+31 6 4819 2207]]",
            ),
            (
                "a",
                "Great. For a 2-bedroom groupage the estimate is {{$:€ 4.200}}, loading {{D:June 9}}, delivery within 10 days. Quote ref {{R:TRB-NL-0609}}.",
            ),
            (
                "c",
                "dank je wel! my mother in law [[P:Marieke]] lives upstairs at [[A:214-2]] so tell the drivers not to ring her bell 😂",
            ),
        ],
    },
    {
        "business": "traslochi",
        "platform": "whatsapp",
        "customer": "Ahmed El Amrani",
        "lang": "it",
        "start": "2025-03-03T19:48:00",
        "messages": [
            (
                "c",
                "buonasera io devo spostare mobili da casa vecchia a casa nuova stesso {{W:paese}} [[L:Piove di Sacco]]. piccolo trasloco",
            ),
            (
                "a",
                "Buonasera! Facciamo anche piccoli traslochi con furgone e due operatori, {{$:45 €/ora}}. Mi scrive i due indirizzi?",
            ),
            ("c", "vecchia casa [[A:via Garibaldi numero ventotto]]"),
            (
                "c",
                "nuova casa è in campagna [[A:località Tognana strada dei Vegri 3]] casa {{W:bianca}} con cane grande 🐕 codice postale [[A:35028]]",
            ),
            ("a", "Perfetto. Che giorno preferisce? E un nome e un telefono per gli operatori."),
            (
                "c",
                "sabato mattina. [[P:Ahmed El Amrani]] telefono [[T:327 881\n4092]]\nmio cugino [[P:Youssef]] aiuta anche lui gratis 😄",
            ),
            (
                "a",
                "Ottimo! Sabato {{D:8 marzo}} alle {{TM:8}}. Buona serata signor [[P:El Amrani]]",
            ),
        ],
    },
    {
        "business": "traslochi",
        "platform": "instagram",
        "customer": "cami.veronese",
        "lang": "it",
        "start": "2025-03-12T22:10:00",
        "messages": [
            (
                "c",
                "ciaoo devo trasferirmi a [[L:Berlino]] per lavoro, spedite anche solo scatoloni? tipo 8-10",
            ),
            (
                "a",
                "Ciao! Sì, con il servizio {{PD:Box Europa}}: {{$:39 €}} a scatolone fino a 25 kg, ritiro a domicilio. Da dove parti?",
            ),
            (
                "c",
                "da casa dei miei a [[L:Vigonza]], [[A:via Arrigoni 9]]\narrivo [[A:Weserstraße 58, Hinterhaus 3. OG]]\n[[A:12045]] [[L:Berlin-Neukölln]]",
            ),
            (
                "c",
                "am Klingelschild steht [[P:Schulz]], das ist meine Mitbewohnerin [[P:Lena]] 😊",
                "de",
            ),
            ("a", "Perfetto! Ci lasci nome completo e un telefono?"),
            (
                "c",
                "[[P:Camilla Veronese]] [[T:+49 1577 3920418]] ho già il numero tedesco 😎 oppure mail [[E:cami punto veronese chiocciola mailbox punto it]]",
            ),
            (
                "a",
                "Grazie [[P:Camilla]]! Ritiro {{D:2 aprile}}, il tracking è {{TR:BXE-4471-0932}}.",
            ),
        ],
    },
    {
        "business": "traslochi",
        "platform": "telegram",
        "customer": "Franco Scarpa",
        "lang": "it",
        "start": "2025-03-21T08:17:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Franco Scarpa]] devo svuotare l appartamento di mia zia [[P:Felice]]... si chiama proprio [[P:Felice]], nome da uomo ma è una donna 😄 va in casa di riposo",
            ),
            (
                "a",
                "Buongiorno signor [[P:Scarpa]], ci dispiace. Facciamo sia lo sgombero sia il trasporto dei mobili che volete tenere.",
            ),
            (
                "c",
                "appartamento [[A:piazza Ferretto 41 int. 6]] a [[L:Mestre]]\ni mobili della camera vanno alla casa di riposo [[A:c/o RSA Villa Serena, via Terraglio 191]] [[L:Preganziol]]",
            ),
            ("c", "fattura a me che ho la ditta individuale P.IVA [[V:04587120314]]"),
            (
                "a",
                "Perfetto. Sgombero + trasporto {{$:1.100 € + IVA}}. Che giorno preferisce?\n[[P:Stefano]]",
            ),
            (
                "c",
                "il {{D:28}} va bene, vi apre la vicina sig.ra [[P:Delbello]] [[T:041/958.22.76]] che ha le chiavi",
            ),
        ],
    },
    {
        "business": "traslochi",
        "platform": "whatsapp",
        "customer": "Jean-Luc Moreau",
        "lang": "en",
        "start": "2025-03-27T16:02:00",
        "messages": [
            (
                "c",
                "Bonjour, hello, I write english ok? we move from [[L:Lyon]] to [[L:Treviso]] in may",
            ),
            (
                "c",
                "adresse actuelle: [[A:14 rue des Capucins]], [[A:69001]] [[L:Lyon]], 2e étage sans ascenseur. new house [[A:vicolo San Nicolò 4]] [[A:31100]]",
                "fr",
            ),
            (
                "a",
                "Bonjour! We go France-Italy regularly. For a 3-room flat the estimate is {{$:€ 3.650}}, with our {{B:Rapidi Brenta}} crew loading directly in [[L:Lyon]].",
            ),
            (
                "c",
                "parfait. my wife [[P:Amélie]] has the list of furniture, she sends by mail [[E:amelie.moreau@courriel-example.fr]]. phone [[T:+33 6 72 18 40 95]]",
            ),
            ("a", "Merci! Quote {{R:TRB-FR-0518}} sent. Bonne soirée"),
        ],
    },
    # ------------------------------------------------------------------ garden centre
    {
        "business": "vivaio",
        "platform": "whatsapp",
        "customer": "Viola Tonetto",
        "lang": "it",
        "start": "2025-03-31T08:22:00",
        "messages": [
            (
                "c",
                "buongiorno avete ancora le {{W:viole}} del pensiero? e gli ulivi grandi x giardino",
            ),
            (
                "a",
                "Buongiorno! Sì, viole del pensiero {{$:1,20 €}} l'una, ulivi da 2 m {{$:89 €}}. Consegniamo in tutta la provincia di {{W:Treviso}} e di {{W:Venezia}}.",
            ),
            (
                "c",
                "perfetto ne prendo 30 + 2 ulivi, consegna a [[L:Paese]] (si il comune si chiama proprio [[L:Paese]] 😂)\n[[A:via Postumia Ovest 170]] [[A:31038]]",
            ),
            (
                "c",
                "sono [[P:Viola Tonetto]] cell [[T:345 660 1298]]. se nn ci sono il cancello è aperto, lasciate tutto vicino al garage di mio suocero [[P:Bepi]]",
            ),
            (
                "a",
                "Perfetto [[P:Viola]]! Consegna {{D:mercoledì 9 aprile}} in mattinata, ordine {{O:VG-1187}}, totale {{$:214 €}}.\n[[P:Anna]] - {{B:Vivaio Il Glicine}}",
            ),
        ],
    },
    {
        "business": "vivaio",
        "platform": "instagram",
        "customer": "orto_di_nonno_gigi",
        "lang": "it",
        "start": "2025-04-02T17:35:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Gigi]] del canale [[U:youtube.com/@ortodinonnogigi]] 🍅 cercavo piantine di pomodoro {{PD:San Marzano}} e {{PD:Cuore di Bue}}, ne avete?",
            ),
            (
                "a",
                "Ciao [[P:Gigi]]! Sì, vasetto da 10 cm a {{$:0,90 €}}, arrivano il {{D:22 aprile}}.",
            ),
            (
                "c",
                "ottimo me ne tenete 40 e 40? ritiro io o le portate? sto a [[L:Zero Branco]] frazione [[L:Sant'Alberto]], [[A:via Piovega 2/a]]",
            ),
            (
                "a",
                "Le piantine non le spediamo col corriere, ma la consegna col nostro furgone a [[L:Zero Branco]] è gratis sopra i {{$:50 €}} 👍",
            ),
            (
                "c",
                "grande! nome [[P:Luigi Pavan]], fisso [[T:0422 48 77 31]]. mio nipote [[P:Nico]] mi ha fatto la mail [[E:luigi.pavan1951@postaweb.example.it]] ma nn la guardo mai 😂",
            ),
            ("a", "Ordine {{O:VG-1203}} segnato, ti avvisiamo qui. Buon raccolto!"),
        ],
    },
    {
        "business": "vivaio",
        "platform": "messenger",
        "customer": "Margaret Holloway",
        "lang": "en",
        "start": "2025-04-07T09:50:00",
        "messages": [
            (
                "c",
                "Hello, I'm after 25 {{PD:Prunus laurocerasus}} for a hedge and a couple of climbing roses, any {{B:David Austin}} ones?",
            ),
            (
                "a",
                "Good morning! We have {{PD:Gertrude Jekyll}} and {{PD:The Generous Gardener}} at {{$:€ 32}} each. Laurel 80-100 cm is {{$:€ 12,50}}.",
            ),
            (
                "c",
                "Lovely. delivery to [[A:Strada Col delle Fratte 11]], [[L:Monfumo]]... it's a gravel road up the hill, my gardener [[P:Will]] {{W:will}} meet your van by the church",
            ),
            (
                "a",
                "No problem, our driver [[P:Ivan]] knows the area well. A phone number for the day?",
            ),
            (
                "c",
                "[[T:+44 (0)1743 402118]] is our home in [[L:Shrewsbury]] though... better the italian one [[T:0039 347 902 2184]]. my daughter [[P:Rose]] might answer, she's here for easter",
            ),
            (
                "a",
                "Thank you Mrs [[P:Holloway]]! Delivery {{D:Tuesday 15th}}, order {{O:VG-1219}}.",
            ),
        ],
    },
    {
        "business": "vivaio",
        "platform": "whatsapp",
        "customer": "Xu Mei",
        "lang": "it",
        "start": "2025-04-10T11:04:00",
        "messages": [
            ("c", "ciao io voglio bambu grande x ristorante e 3 bonsai. fattura si"),
            (
                "a",
                "Ciao! Bambù {{PD:Phyllostachys aurea}} in vaso 30 L a {{$:65 €}}, bonsai {{PD:Ficus ginseng}} da {{$:24 €}}. Per la fattura servono ragione sociale, P.IVA e indirizzo.",
            ),
            (
                "c",
                "ristorante {{B:Giardino di Giada}} P.IVA [[V:09673420585]]\nma bonsai consegna a casa mia [[A:via Sernaglia 40 int 3]] [[A:30171]] [[L:mestre]]",
            ),
            (
                "c",
                "mio nome [[P:Xu Mei]], mio marito [[P:Chen Jianguo]] paga alla consegna. telefono [[T:388 20 91 674]]",
            ),
            (
                "a",
                "Grazie signora [[P:Xu]]! Ordine {{O:VG-1230}}, totale {{$:137 €}}, consegna {{D:sabato}}.",
            ),
        ],
    },
    {
        "business": "vivaio",
        "platform": "telegram",
        "customer": "Ortensia Zanin",
        "lang": "it",
        "start": "2025-04-14T15:28:00",
        "messages": [
            (
                "c",
                "buongiorno mi chiamo [[P:Ortensia Zanin]] e si, voglio comprare delle {{W:ortensie}} 😂 le {{PD:Hydrangea macrophylla}} blu",
            ),
            (
                "a",
                "Che combinazione! 😄 Ortensie blu in vaso 18 a {{$:19,90 €}}, e ci sono le {{W:margherite}} in offerta a {{$:3 €}}.",
            ),
            (
                "c",
                "allora 4 ortensie e 6 margherite da consegnare a [[L:Mira]] [[A:riviera Silvio Trentin 33]]... anzi no a casa di mia figlia [[P:Marta]] [[A:via Nazionale 5]] sempre [[L:Mira]] [[A:30034]]",
            ),
            (
                "c",
                "pago con bonifico dal mio conto [[I:IT70 Q053 8712 9000 0000 2193 406]] intestato [[P:Zanin Ortensia]]",
            ),
            (
                "a",
                "Grazie signora [[P:Zanin]]! Ordine {{O:VG-1244}}, totale {{$:97,60 €}}. Ci lascia un numero per l'autista?",
            ),
            ("c", "[[T:041-420-87-15]] grazie mille"),
        ],
    },
    # ------------------------------------------------------------------ home-cleaning agency
    {
        "business": "pulizie",
        "platform": "whatsapp",
        "customer": "Debora Santin",
        "lang": "it",
        "start": "2025-02-20T12:15:00",
        "messages": [
            (
                "c",
                "ciao cerco signora x pulizie 2 volte a settimana, appartamento 90mq a [[L:Padova]] zona [[L:Prato della Valle]]",
            ),
            (
                "a",
                "Ciao! Con il servizio {{PD:Casa Fresca}} sono 2 turni da 3 ore a settimana, {{$:19 €/ora}}. Mi scrive l'indirizzo preciso?",
            ),
            (
                "c",
                "[[A:via Umberto I n. 40, scala D piano 4]]\ncitofono [[P:Santin-Ferraro]]\nil portiere si chiama [[P:Sergio]] le chiavi le lascio a lui",
            ),
            ("c", "ah ho un gatto, {{W:Briciola}}, è buono ma scappa 🐈"),
            (
                "a",
                "Perfetto! Vi mandiamo [[P:Jovana]], lavora con noi da 5 anni 😊 Inizio {{D:lunedì 3 marzo}} alle {{TM:9:00}}.",
            ),
            (
                "c",
                "benissimo contratto a nome [[P:Debora Santin]] CF [[CF:SNTDBR82A67G224W]] grazie!!",
            ),
        ],
    },
    {
        "business": "pulizie",
        "platform": "messenger",
        "customer": "Carlos Mendoza Ruiz",
        "lang": "en",
        "start": "2025-02-26T18:40:00",
        "messages": [
            (
                "c",
                "hi! i need end of tenancy cleaning pls, my landlady Mrs [[P:Gallo]] is super strict 😅",
            ),
            (
                "c",
                "flat is [[A:via del Santo 12]], the one near the {{W:Basilica del Santo}} lol\n[[A:interno 5]] 3rd floor",
            ),
            (
                "a",
                "Hi! An end of tenancy deep clean for a 2-room flat is {{$:€ 180}}. When do you hand back the keys?",
            ),
            (
                "c",
                "on the {{D:30th}}. name [[P:Carlos Mendoza Ruiz]], phone [[T:+34 655 102 487]]. mi compañero de piso [[P:Álvaro]] también se va, así que podemos dividir la factura?",
                "es",
            ),
            (
                "a",
                "Sure, we can split it in two invoices. Please send one e-mail each 🙂 [[P:Giada]]",
            ),
            (
                "c",
                "[[E:carlos.mendozaruiz@correo-ucm.example.es]] and [[P:alvaro]] is [[E:alvaro.g.herrera@buzon.example.es]]",
            ),
        ],
    },
    {
        "business": "pulizie",
        "platform": "whatsapp",
        "customer": "Ionela Popescu",
        "lang": "it",
        "start": "2025-03-05T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno ho visto annuncio che cercate personale x pulizie. io sono [[P:Ionela Popescu]] rumena, in italia da 9 anni, ho esperienza",
            ),
            (
                "a",
                "Buongiorno [[P:Ionela]]! Sì, cerchiamo collaboratrici per la zona {{W:Padova sud}}. Ci manda i documenti qui?",
            ),
            (
                "c",
                "abito a [[L:Conselve]] [[A:via Vittorio Emanuele II 55]]... no scusi quello è vecchio, adesso [[A:vicolo Stretto 2 piano primo]] [[A:35026]]",
            ),
            (
                "c",
                "codice fiscale [[CF:PPSNLI85L48Z129Y]]\niban x stipendio [[I:IT19 X030 6909 6061 0000 0118 443]]",
            ),
            (
                "a",
                "Grazie! Colloquio {{D:mercoledì 12}} alle {{TM:10:30}} in ufficio. Ci lascia un numero?",
            ),
            (
                "c",
                "[[T:+40 744 518 203]] romeno e [[T:380.4417729]] italiano. mio figlio [[P:Andrei]] parla meglio italiano se serve",
            ),
        ],
    },
    {
        "business": "pulizie",
        "platform": "instagram",
        "customer": "tommy_b",
        "lang": "it",
        "start": "2025-03-14T21:22:00",
        "messages": [
            (
                "c",
                "ciao il vostro sito nn mi fa prenotare, dice accesso bloccato x l ip [[IP:93.41.208.17]] 🤷‍♂️",
            ),
            (
                "a",
                "Ciao! Scusa il disagio, lo sblocchiamo subito. Intanto prenotiamo qui: che servizio ti serve?",
            ),
            (
                "c",
                "pulizia vetrate + balcone, casa su 2 piani a [[L:Noale]]\n[[A:via Tempesta 112]] [[A:30033]]",
            ),
            (
                "c",
                "sono [[P:Tommaso Bortolato]] ma tutti mi chiamano [[P:Tommy]] 😂 cell [[T:339 7721 045]]",
            ),
            (
                "a",
                "Perfetto [[P:Tommaso]], sabato {{D:22 marzo}} dalle {{TM:14}}, {{$:120 €}}, prenotazione {{R:CS-3319}}. IP sbloccato 👍",
            ),
            (
                "c",
                "ah dal lavoro ho un ipv6 [[IP:2001:db8:4a1c:17::2e]] se serve sbloccare anche quello",
            ),
        ],
    },
    {
        "business": "pulizie",
        "platform": "telegram",
        "customer": "Greta Hofmann",
        "lang": "en",
        "start": "2025-04-01T10:05:00",
        "messages": [
            (
                "c",
                "Grüezi! I own a holiday apartment in [[L:Jesolo]] and need cleaning between guests every saturday from june to september",
            ),
            (
                "a",
                "Hello! Our {{PD:Cambio Ospiti}} service is {{$:€ 70}} per turnover, linen included. What is the address of the flat?",
            ),
            (
                "c",
                "[[A:viale Venezia 22/A, Residence Le Vele, app. 41]]\n[[A:30016]] [[L:Lido di Jesolo]]",
            ),
            (
                "c",
                "invoices to my home please: [[P:Greta Hofmann]], [[A:Bahnhofstrasse 7]], [[A:CH-6300]] [[L:Zug]]. I pay from my german account [[I:DE88 5001 0517 5409 8632 11]]",
            ),
            (
                "a",
                "Perfect, Mrs [[P:Hofmann]]. First turnover {{D:June 7}}, our cleaner [[P:Fatima]] will do all the saturdays.",
            ),
            (
                "c",
                "wonderful. my mobile [[T:+41 79 304 62 18]], my husband [[P:Jürg]] is on [[T:+41 79 558 20 93]]. danke!",
            ),
        ],
    },
    {
        "business": "pulizie",
        "platform": "messenger",
        "customer": "Nadia Perin",
        "lang": "it",
        "start": "2025-04-08T16:44:00",
        "messages": [
            (
                "c",
                "buongiorno scrivo x mio padre che ha 90 anni, gli serve una pulizia settimanale. cognome [[P:Perin]], si scrive P come {{W:Padova}} E come {{W:Empoli}} R come {{W:Roma}} I come {{W:Imola}} N come {{W:Napoli}}",
            ),
            (
                "c",
                "abita in [[A:via dei Mille numero trentadue barra bi]] cap [[A:35121]] [[L:padova]], secondo piano, campanello [[P:Perin Armando]]",
            ),
            (
                "a",
                "Grazie! Servizio {{PD:Senior Care Casa}} il {{D:martedì}} mattina, {{$:20 €/ora}}. A chi intestiamo la fattura?",
            ),
            (
                "c",
                "a me [[P:Nadia Perin]] [[CF:PRNNDA70M55G224F]], mail [[E:nadia.perin[at]webposta[dot]it]]\npapà se lo chiamate sente poco, meglio me [[T:348 90 21 556]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Perin]], ci sentiamo presto!\n[[P:Giada]] - {{B:Casa Splendente}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ a few more, in English
    {
        "business": "farma",
        "platform": "whatsapp",
        "customer": "Aisha Mahmoud",
        "lang": "en",
        "start": "2025-04-15T13:37:00",
        "messages": [
            (
                "c",
                "hi, my order hasn't arrived, tracking says delivered but nothing 😩 order {{O:FN-49021}}",
            ),
            (
                "a",
                "Hi! So sorry. The {{B:GLS}} tracking {{TR:3471 2209 8815}} says delivered at {{TM:12:41}} and signed by the porter. What address is on the order?",
            ),
            (
                "c",
                "[[A:via dei Serragli 64]], [[A:50124]] [[L:Firenze]]\noh wait I forgot the flat, it's [[A:apt 3, 2nd floor]] 🙈\nthe bell says [[P:Mahmoud]] / [[P:Okonkwo]], my roommate [[P:Chidinma]] might have taken it, I'll ask her",
            ),
            (
                "c",
                "back home i'm at [[A:1187 Maple Ave, Apt 4B]], [[L:Evanston]], [[L:IL]] [[A:60202]] if you need it for the billing. my number here [[T:+1 (847) 555-0193]]",
            ),
            (
                "a",
                "Thanks [[P:Aisha]]! If it doesn't turn up by tomorrow we reship for free.\n[[P:Sara]]",
            ),
        ],
    },
    {
        "business": "idraulica",
        "platform": "messenger",
        "customer": "Klaus Weber",
        "lang": "en",
        "start": "2025-03-24T19:12:00",
        "messages": [
            (
                "c",
                "Good evening, we have a holiday house in [[L:Caorle]] and need the annual boiler check before we arrive for {{D:Easter}}",
            ),
            (
                "a",
                "Good evening! The annual check with the emissions test is {{$:€ 110}}. What's the address, and how do we get the keys?",
            ),
            (
                "c",
                "[[A:via Falconera 18]], [[A:30021]]. signora [[P:Tonin]] at number [[A:20]] has the keys, she speaks only italian",
            ),
            (
                "c",
                "invoice to our company in germany please: {{B:Weber Haustechnik GmbH}}, VAT [[V:DE814293763]], [[A:Lindenstraße 41]], [[A:80331]] [[L:München]]",
            ),
            (
                "a",
                "Perfect, Mr [[P:Weber]]. Our technician [[P:Davide]] comes on {{D:April 3}}, ref {{R:INT-25-0588}}.",
            ),
            (
                "c",
                "danke! my mobile [[T:+49 171 4420 937]], e-mail [[E:k.weber@weber-haustechnik.example.de]]",
            ),
        ],
    },
    {
        "business": "vivaio",
        "platform": "instagram",
        "customer": "priya.in.veneto",
        "lang": "en",
        "start": "2025-04-17T10:26:00",
        "messages": [
            (
                "c",
                "hii do you deliver to [[L:Valdobbiadene]]? I want to send a gift to my neighbour Mr [[P:Bortoluzzi]]",
            ),
            ("a", "Hi! Yes, we deliver there every thursday 🚚 What would you like to send?"),
            (
                "c",
                "a lemon tree and one of your gift baskets with {{PD:Prosecco Superiore DOCG}} and {{PD:Grana Padano}}. he lives at [[A:via Erizzo 7]], 2 houses from mine",
            ),
            (
                "c",
                'please write on the card: "to [[P:Gino]] and [[P:Teresa]], thank you for watering my plants! [[P:Priya]] & [[P:Arjun]]"',
            ),
            (
                "a",
                "Lovely! Lemon tree {{PD:Citrus limon 4 Stagioni}} {{$:€ 45}} + basket {{PD:Cesto Colline}} {{$:€ 38}}. Your details for the receipt?",
            ),
            (
                "c",
                "[[P:Priya Raghunathan]], [[A:via San Vito 3/2]] [[A:31049]]\nyou can tag me [[H:@priya.in.veneto]], i'll post it on my blog [[U:https://priyainveneto.example.com]] 🍋",
            ),
        ],
    },
    # END OF CONVERSATIONS
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(75, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
