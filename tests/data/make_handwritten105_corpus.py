# ruff: noqa: E501
"""Hand-written blind test corpus no. 105 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker; every person, phone,
address, e-mail and account in it is invented. The checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted here as
literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive are
marked ``{{CODE:value}}`` (see handwritten_markup.py beside this file).

The six invented businesses: a removal company for students, a piano tuner, a family-run
olive-oil press selling online, a house-sitting agency, a driving school and a tattoo-removal
clinic. Regenerate with ``python make_handwritten105_corpus.py`` from this folder; the output is
byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten105_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "move": "Scatoloni Fuorisede Traslochi",
    "piano": "Accordature Ottavio Brunelleschi",
    "olio": "Frantoio Le Tre Macine",
    "sitter": "CasaTranquilla House Sitting",
    "guida": "Autoscuola Semaforo Verde",
    "laser": "Pelle Nuova Laser Clinic",
}
PAGE_IDS: dict[str, str] = {
    "move": "705830118274930",
    "piano": "705830224819375",
    "olio": "705830339102846",
    "sitter": "705830447281053",
    "guida": "705830551937264",
    "laser": "705830662048391",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- removal company for students ----------------
    {
        "business": "move",
        "platform": "instagram",
        "customer": "fede.scatti",
        "lang": "it",
        "start": "2025-08-28T10:12:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:federica]] studio a [[L:bologna]] ma devo traslocare da [[A:via Mascarella 41]] a [[A:via del Pratello 12, scala B int. 7]] 🙏 fate anche solo 6 scatoloni e una bici??",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Certo, il pacchetto {{PD:Mini Fuorisede}} parte da {{$:89 €}} fino a 10 colli. Che giorno ti serve?",
            ),
            (
                "c",
                "sabato {{D:6 settembre}} se si puo\nil cap nuovo è [[A:40122]]\nah e al citofono nuovo c'è scritto [[P:Marchetti-Okafor]] nn il mio nome",
            ),
            ("c", "cmq il mio num è [[T:347 218 9054]] x il corriere"),
            (
                "a",
                "Perfetto, fissato per il {{D:6/9}} alle {{TM:9:30}}. Ti arriva la conferma con il codice {{R:SFT-25-0613}}. [[P:Giulia]] - {{B:Scatoloni Fuorisede}}",
            ),
            (
                "c",
                "grazieee 😍 se nn rispondo chiamate [[P:Bobo]] il mio coinquilino [[T:+39 333 90 17 442]]",
            ),
        ],
    },
    {
        "business": "move",
        "platform": "whatsapp",
        "customer": "Rahul Venkataraman",
        "lang": "en",
        "start": "2025-09-02T18:40:00",
        "messages": [
            (
                "c",
                "hi, im [[P:Rahul]] erasmus student from [[L:Chennai]], moving out of my room in [[L:Padova]] to [[L:Milano]] next week. can you move 1 desk + 3 boxes?",
            ),
            (
                "a",
                "Hi [[P:Rahul]]! Yes, intercity moves [[L:Padova]]-[[L:Milano]] are {{$:€ 145}}. Could you send both addresses?",
            ),
            (
                "c",
                "from [[A:via Belzoni 88]] [[A:35121]] (ring [[P:Zanin]] the landlady, she has keys)\nto [[A:viale Monza 214]]",
            ),
            ("c", "sorry forgot, 3rd floor no lift, [[A:apartment 9]]. postcode is [[A:20127]]"),
            (
                "a",
                "Thanks. Is 3rd floor with no lift at [[A:viale Monza]]? We add {{$:15 €}} per floor above 2nd.",
            ),
            ("c", "yes ok. my email [[E:rahul.venk98 at gmail dot com]] for invoice pls"),
            ("a", "Done, invoice {{R:FT-2025/0881}} will go there. [[P:Marco]] from the team"),
        ],
    },
    {
        "business": "move",
        "platform": "messenger",
        "customer": "Anastasiya Kovalchuk",
        "lang": "it",
        "start": "2025-09-15T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Anastasiya Kovalchuk]] vengo da [[L:Leopoli]] [[L:Ucraina]], studio a [[L:Torino]]. mia amica [[P:Olena]] dice voi siete bravi",
            ),
            (
                "c",
                "devo portare mie cose da [[L:Torino]] a casa di mia zia a [[L:Pinerolo]], [[A:frazione Abbadia Alpina]], [[A:via Nazionale 301]]",
            ),
            (
                "a",
                "Buongiorno [[P:Anastasiya]], grazie a [[P:Olena]] allora 😊 Per [[L:Pinerolo]] facciamo {{$:110 euro}} col furgone piccolo. Quando?",
            ),
            (
                "c",
                "il {{D:20}} va bene? mia zia si chiama [[P:Halyna Bondar]] telefono [[T:0121 / 37 58 20]]",
            ),
            (
                "a",
                "Il {{D:20 settembre}} ok. Ordine {{O:#TR-40917}}. Può pagare con bonifico o carta.",
            ),
            ("c", "bonifico da mio conto [[I:IT65 A054 2811 1010 0000 0123 456]] va bene?"),
            ("a", "Va benissimo, la causale è {{R:TR-40917}}. Buona giornata! [[P:Sara]]"),
        ],
    },
    {
        "business": "move",
        "platform": "telegram",
        "customer": "Lollo",
        "lang": "it",
        "start": "2025-10-01T22:31:00",
        "messages": [
            (
                "c",
                "raga ma fate anche tipo mezzo trasloco di notte? io e [[P:Giuse]] dobbiamo lasciare la stanza a [[L:Pisa]] entro domani, il proprietario sig. [[P:Pellegrini]] ci ha dato 24 ore 😭",
            ),
            (
                "a",
                "Ciao! Di notte no, ma domani mattina dalle {{TM:8}} abbiamo un furgone libero in zona {{W:Toscana}}. Dove siete?",
            ),
            (
                "c",
                "[[A:borgo Stretto 19 ultimo piano]], il portone accanto al bar\nsu tg mi trovi come [[H:@lollo_pisano]] se serve",
            ),
            (
                "c",
                "si va a [[L:Livorno]] da mio cugino [[P:Manu]] in [[A:via Grande 77]] che nn è lontano dal porto",
            ),
            (
                "a",
                "Ok [[P:Lorenzo]], preventivo {{$:130 €}} tutto compreso. Ci serve un numero per l'autista.",
            ),
            ("c", "[[T:3405\n512 986]] scusa sto al telefono con una mano sola lol"),
            (
                "c",
                "se arrivate presto vi offro una {{PD:pizza Margherita}} e una {{PD:Diavola}} 🍕 [[P:giuse]] dice anche birra",
            ),
            ("a", "Ricevuto, autista [[P:Kevin]] alle {{TM:8:15}}. Codice {{R:SFT-25-0702}}."),
        ],
    },
    {
        "business": "move",
        "platform": "instagram",
        "customer": "Lucía Fernández Ortega",
        "lang": "en",
        "start": "2025-07-10T12:00:00",
        "messages": [
            (
                "c",
                "hola! sorry my english is not so good. I finish erasmus in [[L:Roma]] and go back to [[L:Valencia]], you ship boxes to [[L:Spain]]??",
            ),
            (
                "a",
                "Hi! Yes, we ship boxes across the EU with our partner. 1 box up to 20 kg to [[L:Spain]] is {{$:€ 49}}.",
            ),
            (
                "c",
                "perfecto. Dirección: [[A:Calle de Cuba 23, 4º C]], [[A:46006]] [[L:València]]\nme llamo [[P:Lucía Fernández Ortega]], two surnames yes 😅",
            ),
            (
                "c",
                "pick up in [[L:Rome]] is [[A:via dei Volsci 56]], [[L:San Lorenzo]], bell [[P:Ferri]] because I live with [[P:Chiara Ferri]]",
            ),
            (
                "a",
                "Perfect [[P:Lucía]]. Tracking will be like {{TR:EU4471928830IT}} once shipped. Phone for the Spanish courier?",
            ),
            ("c", "[[T:+34 612 48 30 97]] or my italian [[T:389 4417 260]]"),
            ("a", "Thanks! Pickup on {{D:Monday 14 July}}. [[P:Marco]]"),
        ],
    },
    # ---------------- piano tuner ----------------
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Maria Grazia Delbello",
        "lang": "it",
        "start": "2025-02-11T09:20:00",
        "messages": [
            (
                "c",
                "Buongiorno Maestro, avrei bisogno di accordare il pianoforte verticale di mia nipote [[P:Bianca]], un {{PD:Petrof}} degli anni 70",
            ),
            ("a", "Buongiorno signora, con piacere. Dove si trova lo strumento?"),
            (
                "c",
                "a [[L:Trieste]] in [[A:via Rossetti 58, terzo piano]], citofono [[P:Delbello]]. il cap e [[A:34141]]\nsono la nonna [[P:Maria Grazia]]",
            ),
            (
                "a",
                "Perfetto. Posso venire {{D:giovedì 20}} alle {{TM:15:00}}. L'accordatura costa {{$:90 €}}.",
            ),
            (
                "c",
                "va bene, la bambina suona {{W:Chopin}} per il saggio di {{W:San Giusto}} quindi deve essere perfetto 😊 il mio cell [[T:340.772.19.05]]",
            ),
            ("a", "Sarà perfetto. A giovedì, [[P:Ottavio]]"),
        ],
    },
    {
        "business": "piano",
        "platform": "whatsapp",
        "customer": "Tom",
        "lang": "en",
        "start": "2025-03-03T17:45:00",
        "messages": [
            (
                "c",
                "hi [[P:Ottavio]], [[P:Tom Ashworth]] here, we just moved from [[L:Leeds]] to a farmhouse near [[L:Montepulciano]] and the old {{PD:Steinway model O}} survived the trip but sounds awful",
            ),
            (
                "c",
                "address is [[A:podere Le Capanne 4]], [[A:località Sant'Albino]], [[A:53045]]. google maps gets it wrong, turn left after the {{W:Chiesa di San Biagio}}",
            ),
            (
                "a",
                "Hello [[P:Tom]]! I know the area. After a long trip it usually needs a pitch raise: {{$:150 €}}. Would {{D:March 10}} work?",
            ),
            (
                "c",
                "yes. my wife [[P:Harriet]] will be home, her number is [[T:+44 7700 914 382]] ([[L:UK]]) my [[L:UK]] mobile doesn't work here",
            ),
            ("a", "Noted. I'll call her that morning."),
            ("c", "cheers, can you invoice me? use my italian partita iva [[V:02874510965]]"),
            ("a", "Of course. Invoice {{R:2025/017}} will be issued on the day."),
        ],
    },
    {
        "business": "piano",
        "platform": "instagram",
        "customer": "kikka_pianista",
        "lang": "it",
        "start": "2025-04-22T21:10:00",
        "messages": [
            (
                "c",
                "ciaoo vi scrivo x mio papà [[P:Renzo]] che ha un pianoforte a coda in campagna a [[L:Cavriglia]], nn viene accordato da 10 anni",
            ),
            ("a", "Ciao! Volentieri, per un coda serve circa un'ora e mezza. In che frazione?"),
            (
                "c",
                "[[A:frazione Massa Sabbioni]] [[A:casa colonica 12]], dopo il {{W:Bar Sport}} a destra strada bianca",
            ),
            (
                "c",
                "io sono [[P:francesca]] la figlia, mi trovi anche su [[U:instagram.com/kikka_pianista]] faccio cover 🎹",
            ),
            ("a", "Bellissimo! Propongo {{D:2 maggio}} {{TM:ore 10}}, costo {{$:130 €}}."),
            ("c", "ok perfetto scrivo a papà, il suo fisso è [[T:055 96 71 430]]"),
        ],
    },
    {
        "business": "piano",
        "platform": "telegram",
        "customer": "Wei Zhang",
        "lang": "it",
        "start": "2025-05-06T11:00:00",
        "messages": [
            (
                "c",
                "salve, io [[P:Zhang Wei]], maestro di pianoforte cinese, lavoro in scuola di musica a [[L:Prato]]. ho pianoforte {{PD:Yamaha U3}} a casa",
            ),
            ("a", "Salve maestro [[P:Zhang]], con piacere. Mi dà l'indirizzo?"),
            (
                "c",
                "[[A:via Pistoiese 140 int. 3]], [[A:59100]]. chiedere di mia moglie [[P:Li Na]] se io non ci sono",
            ),
            ("c", "Mi scusi, numero civico sbagliato, è [[A:142]] non 140"),
            ("a", "Nessun problema. {{D:Martedì 13}} alle {{TM:18:30}}?"),
            (
                "c",
                "ok. mia email [[E:zhang.wei.piano@example.it]] per fattura, codice fiscale [[CF:ZHNWEI80A01Z210L]]",
            ),
            ("a", "Grazie, a martedì. [[P:Ottavio Brunelleschi]]"),
        ],
    },
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Speranza Gallo",
        "lang": "it",
        "start": "2025-06-18T08:30:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Speranza Gallo]] la maestra del coro parrocchiale di [[L:Sorrento]] ... no scusi abito a [[L:Sorrento]] ma il coro è quello del {{W:Duomo}}",
            ),
            ("a", "Buongiorno signora [[P:Gallo]]! Per il pianoforte della chiesa o per il suo?"),
            (
                "c",
                "per il mio. c'è {{W:speranza}} che lo salviamo? l'hanno lasciato in cantina dopo l'alluvione 😔",
            ),
            ("a", "Capisco, vengo a vederlo gratuitamente. Mi lasci indirizzo."),
            (
                "c",
                "[[A:via Correale 9 piano terra]], il cancello verde. mio figlio [[P:Felice]] apre, io lavoro",
            ),
            (
                "a",
                "Benissimo, {{D:lunedì 23}} in mattinata. Lascio a [[P:Felice]] il mio biglietto con il codice {{R:PB-0623}}.",
            ),
        ],
    },
    # ---------------- family-run olive-oil press ----------------
    {
        "business": "olio",
        "platform": "instagram",
        "customer": "giorgia.intavola",
        "lang": "it",
        "start": "2025-11-04T13:25:00",
        "messages": [
            (
                "c",
                "ciao vorrei 2 latte da 5 litri di {{PD:Olio Nuovo Coratina}} spedite a mia madre a [[L:Bolzano]] x natale 🎄",
            ),
            (
                "a",
                "Ciao! Spediamo in tutta {{W:Italia}} in 48h. Due latte 5 L sono {{$:118 €}} + spedizione {{$:12 €}}. Mi dai l'indirizzo?",
            ),
            (
                "c",
                "[[P:Ingrid Hofer]]\n[[A:Lauben 33]]\n[[A:39100]] [[L:Bozen]]\nè tedesca di [[L:Merano]], scrivete tutto uguale a come vi ho messo",
            ),
            ("c", "ah il campanello è [[P:Hofer-Rinaldi]] perché c'è anche il cognome di papà"),
            (
                "a",
                "Perfetto, ordine {{O:N. 2025-1187}}. Puoi pagare con carta dal link o bonifico.",
            ),
            ("c", "carta [[C:4532 0151 1283 0002]] scad 08/27 va bene se ve la scrivo qui?"),
            (
                "a",
                "Meglio di no 🙏 ti mando il link sicuro, e cancella il messaggio. Il pacco parte con tracking {{TR:3921045872611}}. Nonna [[P:Rosetta]] ti saluta! [[P:Anna]]",
            ),
        ],
    },
    {
        "business": "olio",
        "platform": "whatsapp",
        "customer": "Jean-Baptiste Morel",
        "lang": "en",
        "start": "2025-11-12T07:50:00",
        "messages": [
            (
                "c",
                "Bonjour! we visited your frantoio in {{D:October}} during our holiday in [[L:Puglia]], my wife [[P:Sophie]] loved the {{PD:Peranzana DOP}}. Do you ship to [[L:France]]?",
            ),
            (
                "a",
                "Bonjour [[P:Jean-Baptiste]]! Yes, we ship to [[L:France]]. 6 bottles 0.75 L = {{$:€ 96}} with shipping included.",
            ),
            (
                "c",
                "super. [[A:14 rue des Tanneurs, 2e étage gauche]], [[A:67000]] [[L:Strasbourg]]. le code de la porte est [[A:4821B]]",
                "fr",
            ),
            ("c", "and phone [[T:+33 6 12 45 78 90]] sorry I write half french 😂"),
            (
                "a",
                "No problem! Order {{O:FR-0442}}. Tracking will be {{TR:JJD0002249817734}} from {{D:Monday}}.",
            ),
            (
                "c",
                "merci! also a gift for my colleague [[P:Hélène Dubois-Garnier]] in [[L:Colmar]], I send address tomorrow",
                "fr",
            ),
            (
                "c",
                "here: [[A:7 place de l'Ancienne Douane]] [[A:68000]] [[L:Colmar]], just the {{PD:Olio al Limone 250 ml}}",
            ),
            ("a", "Perfect, added as order {{O:FR-0443}}. [[P:Anna]] - {{B:Le Tre Macine}}"),
        ],
    },
    {
        "business": "olio",
        "platform": "messenger",
        "customer": "Pino Abbruzzese",
        "lang": "it",
        "start": "2025-10-20T16:00:00",
        "messages": [
            (
                "c",
                "salve vorrei portare le mie olive a molire sabato, sono 4 quintali. abito a [[L:Ruvo]] in campagna ma il terreno sta a [[L:Terlizzi]] contrada [[A:contrada Sovereto]]",
            ),
            (
                "a",
                "Buonasera [[P:Pino]]! Sabato {{D:25}} abbiamo posto alle {{TM:14}}. La molitura costa {{$:16 € al quintale}}.",
            ),
            (
                "c",
                "ok viene mio genero [[P:Michele]] col trattore che io nn guido piu. [[P:michele]] ha il cell [[T:339-4410-827]]",
            ),
            (
                "c",
                "la fattura intestata a mio nome [[P:Giuseppe Abbruzzese]] cod fisc [[CF:BBRGPP48C12H643Q]]",
            ),
            ("a", "Ricevuto. Per il ritiro dell'olio lo mettiamo nei fusti da {{PD:50 L}}?"),
            (
                "c",
                "si si. ah e porto anche 2 cassette di mio vicino [[P:Tonino]] che abita alla [[A:masseria Pezze Vecchie]]",
            ),
            ("a", "Nessun problema, le pesiamo a parte. A sabato! [[P:Vito]]"),
        ],
    },
    {
        "business": "olio",
        "platform": "instagram",
        "customer": "Amira Haddad",
        "lang": "en",
        "start": "2025-12-01T19:02:00",
        "messages": [
            (
                "c",
                "hi :) i'm [[P:Amira]] from [[L:Amman]] but i live in [[L:London]] now. ur oil is on my {{W:Ottolenghi}} cookbook list lol. do u ship to the [[L:UK]] after brexit?",
            ),
            (
                "a",
                "Hi [[P:Amira]]! Yes, to the [[L:UK]] we ship with customs paid: 3 L tin {{$:£ 52}}.",
            ),
            (
                "c",
                "yay ok. [[A:Flat 3, 27 Coldharbour Lane]]\n[[L:Brixton]] [[L:London]] [[A:SW9 8QT]]",
            ),
            ("c", "buzz [[P:Haddad]] / [[P:Okonkwo]] its my flatmate [[P:Chidi]]'s name too"),
            ("a", "Thanks! Phone for the courier please?"),
            ("c", "[[T:07700 900 481]] or email [[E:amira.h[at]example[dot]co.uk]]"),
            ("a", "Order {{O:UK-2291}} confirmed, tracking {{TR:GB8812 4470 3391 02}}."),
        ],
    },
    {
        "business": "olio",
        "platform": "telegram",
        "customer": "Rocco",
        "lang": "it",
        "start": "2025-11-27T10:45:00",
        "messages": [
            (
                "c",
                "buongiorno ho un ristorante a [[L:Cernobbio]], vorrei 20 bottiglie di {{PD:Extravergine Ogliarola Barese}} al mese e qualche forma di {{PD:Grana Padano}} se la vendete, fate prezzi x partita iva?",
            ),
            (
                "a",
                "Buongiorno [[P:Rocco]], certo, per i ristoratori facciamo il {{$:15%}} di sconto. Ci manda i dati di fatturazione?",
            ),
            (
                "c",
                "{{B:Trattoria da Rocco}} di [[P:Rocco Lanzafame]] p.iva [[V:01638720456]] [[A:via Regina 88]] [[A:22012]] [[L:Cernobbio]]",
            ),
            (
                "c",
                "la consegna però nn al ristorante ma a casa mia su a [[L:Rovenna]] [[A:via ai Monti 5]] perché il ristorante chiude il lunedì",
            ),
            (
                "a",
                "Perfetto. Prima consegna {{D:3 dicembre}}, fattura {{R:FT 2025/412}}. Per il pagamento IBAN?",
            ),
            (
                "c",
                "addebito da [[I:IT85 A030 6909 6061 0000 0063 219]]. per urgenze mia moglie [[P:Concetta]] [[T:031 51 22 89]]",
            ),
            ("a", "Tutto annotato, grazie! [[P:Vito]] - {{B:Le Tre Macine}}"),
        ],
    },
    # ---------------- house-sitting agency ----------------
    {
        "business": "sitter",
        "platform": "whatsapp",
        "customer": "Eleonora B.",
        "lang": "it",
        "start": "2025-06-30T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno cerco qualcuno x la casa e i gatti dal 1 al 20 agosto, andiamo in [[L:Grecia]] a [[L:Naxos]]",
            ),
            ("a", "Buongiorno! Abbiamo sitter disponibili. In che zona è la casa?"),
            (
                "c",
                "[[L:Cagliari]] quartiere [[L:Villanova]], [[A:via San Giovanni 129]]\nmi chiamo [[P:Eleonora Bachis]]",
            ),
            (
                "c",
                "i gatti si chiamano {{W:Mirto}} e {{W:Seadas}} 😹 e la vicina sig.ra [[P:Pitzalis]] ha le chiavi di scorta, sta al piano di sotto",
            ),
            (
                "a",
                "Che nomi! Le proponiamo [[P:Valentina]], studentessa di veterinaria. Tariffa {{$:35 €/giorno}}.",
            ),
            (
                "c",
                "ok. mio marito [[P:Stefano]] vuole il contratto via mail: [[E:stefano.bachis chiocciola libero punto it]]",
            ),
            ("a", "Inviato il contratto {{R:CT-0819}}. Buone vacanze! [[P:Elisa]]"),
        ],
    },
    {
        "business": "sitter",
        "platform": "messenger",
        "customer": "Klaus Wendler",
        "lang": "en",
        "start": "2025-04-14T15:30:00",
        "messages": [
            (
                "c",
                "Hello, we are [[P:Klaus]] and [[P:Birgit Wendler]] from [[L:Stuttgart]]. We have a holiday house in [[L:Liguria]], in [[L:Apricale]], and need someone there in {{D:May}} while we stay in [[L:Germany]].",
            ),
            ("a", "Hello [[P:Klaus]]! Beautiful village. What does the sitter need to do?"),
            (
                "c",
                "water the garden, check the roof after rain. address [[A:via Cavour 3]], [[A:18035]] [[L:Apricale]]. the key is with Signora [[P:Anfossi]] at the bar in the piazza",
            ),
            (
                "c",
                "unsere Adresse für den Vertrag: [[A:Hauptstätter Straße 112]], [[A:70178]] [[L:Stuttgart]]. Telefon [[T:+49 711 4829 3307]]",
                "de",
            ),
            (
                "a",
                "Thank you. Payment is by bank transfer before start, {{$:€ 600}} for the month.",
            ),
            (
                "c",
                "ok from [[I:DE89 3704 0044 0532 0130 00]]. also you can find our house on [[U:www.casa-wendler-apricale.de]] with photos",
            ),
            (
                "a",
                "Perfect. Sitter [[P:Nicolò]] will start on {{D:1 May}}. [[P:Elisa]] - {{B:CasaTranquilla}}",
            ),
        ],
    },
    {
        "business": "sitter",
        "platform": "instagram",
        "customer": "dani.rossi.travel",
        "lang": "it",
        "start": "2025-07-21T22:15:00",
        "messages": [
            (
                "c",
                "ciao! voglio candidarmi come house sitter, ho 26 anni e faccio la nomade digitale, ora sono a [[L:Lisbona]] ma torno in [[L:Italia]] a settembre",
            ),
            ("a", "Ciao! Ci fa piacere. Ci mandi nome, città di residenza e un contatto?"),
            (
                "c",
                "[[P:Daniela Rossi]], residente a [[L:Schio]] ([[L:Vicenza]]) in [[A:via Pasubio 7]]\nmi trovi come [[H:@dani.rossi.travel]] e il mio blog è [[U:https://danirossi-nomade.blogspot.com]]",
            ),
            (
                "c",
                "referenze: ho fatto house sitting x Mrs [[P:Pemberton]] a [[L:Bath]] per 3 mesi e per la famiglia [[P:Oyelaran]] a [[L:Lagos]] 🙌",
            ),
            ("a", "Ottimo curriculum! Ci serve anche il codice fiscale per la collaborazione."),
            ("c", "[[CF:RSSDNL99D52I531N]] e cell [[T:+39 328 610 4459]]"),
            ("a", "Grazie [[P:Daniela]], ti scriviamo a settembre. [[P:Elisa]]"),
        ],
    },
    {
        "business": "sitter",
        "platform": "telegram",
        "customer": "Kwame",
        "lang": "en",
        "start": "2025-09-09T06:40:00",
        "messages": [
            (
                "c",
                "good morning, I am [[P:Kwame Asante-Boateng]] from [[L:Kumasi]] [[L:Ghana]], i work in [[L:Brescia]] and will travel home for my sister's wedding for 3 weeks",
            ),
            (
                "c",
                "i need a person to stay in my flat because of my fish and plants. [[A:via Milano 57/B]] [[A:25126]], its near the {{W:Stazione di Brescia}}",
            ),
            (
                "a",
                "Good morning [[P:Kwame]], congratulations to your sister! We can do it: {{$:25 € per day}}. From when?",
            ),
            (
                "c",
                "from {{D:October 2}}. my sister's name is [[P:Abena]] haha she says thank you. my telegram is [[H:kwame_ab_bs]]",
            ),
            ("c", "also the flat is [[A:4th floor, int. 12]], name on intercom [[P:ASANTE]]"),
            (
                "a",
                "Noted. Sitter [[P:Marta]] will meet you on {{D:1 October}} at {{TM:19:00}} for the keys. Booking {{R:CT-1002}}.",
            ),
        ],
    },
    {
        "business": "sitter",
        "platform": "messenger",
        "customer": "Rosa Mancuso",
        "lang": "it",
        "start": "2025-12-10T11:11:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Rosa]] ho bisogno x natale, vado da mia figlia [[P:Serena]] a [[L:Bruxelles]] e la casa resta sola. il cane {{W:Rosa}}... no scusi il cane si chiama {{W:Pepe}} 😂",
            ),
            ("a", "Buongiorno signora [[P:Mancuso]]! Nessun problema. Dove si trova la casa?"),
            (
                "c",
                "a [[L:Reggio Calabria]] ma sopra, a [[L:Gallina]] (si chiama proprio cosi il paese 🐔) [[A:via Provinciale 201]]",
            ),
            ("a", "Conosco, vicino alla {{W:Chiesa di San Nicola}}. Le date?"),
            (
                "c",
                "dal {{D:22 dicembre}} al {{D:7 gennaio}}. mi chiami al [[T:0965 / 68 21 74]] che whatsapp nn lo so usare. mio nipote [[P:Saverio]] mi aiuta a scrivere",
            ),
            ("a", "La chiamiamo domani mattina. Prenotazione {{R:CT-1219}}. [[P:Elisa]]"),
        ],
    },
    {
        "business": "sitter",
        "platform": "whatsapp",
        "customer": "Priya",
        "lang": "en",
        "start": "2025-05-19T20:20:00",
        "messages": [
            (
                "c",
                "hi, [[P:Priya Raghunathan]] here, we're relocating from [[L:Bangalore]] to [[L:Verona]] for my husband's job and want a sitter for the new flat until our container arrives",
            ),
            ("a", "Welcome to [[L:Verona]]! Where is the flat?"),
            (
                "c",
                "[[A:vicolo San Pietro Incarnario 4, 2nd floor]]. the landlord Mr [[P:Zanoni]] lives downstairs. zip [[A:37122]]",
            ),
            (
                "c",
                "we are still in [[L:india]] till the 30th, my number from [[L:India]] [[T:+91 98450 61273]]\nhusband [[P:Arjun]] [[E:arjun.raghu@example.com]]",
            ),
            (
                "a",
                "Thank you [[P:Priya]]. We'll send the proposal to [[P:Arjun]]. Small note: the {{W:Arena}} opera season starts in {{D:June}}, streets can be busy 🙂",
            ),
            ("c", "haha we have tickets for {{W:Aida}} already!"),
        ],
    },
    # ---------------- driving school ----------------
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Youssef",
        "lang": "it",
        "start": "2025-01-13T14:05:00",
        "messages": [
            (
                "c",
                "salve io [[P:Youssef El Amrani]] vengo da [[L:Marocco]] ho patente marocchina, posso convertire o devo rifare tutto?",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]]! Con il [[L:Marocco]] c'è un accordo di conversione, ma dipende da quando ha preso la residenza. Da quanto vive in [[L:Italia]]?",
            ),
            (
                "c",
                "da 2 anni, abito a [[L:Sesto San Giovanni]] [[A:via Marelli 301]] con mio fratello [[P:Hamza]]",
            ),
            ("c", "patente fatta a [[L:Casablanca]] nel 2015"),
            (
                "a",
                "Allora serve rifare l'esame, purtroppo. Il pacchetto {{PD:Patente B Completa}} è {{$:890 €}}. Le serve il codice fiscale per iscriversi.",
            ),
            ("c", "ok [[CF:LMRYSF95T01Z330L]] e mail [[E:youssef.elamrani95@example.it]]"),
            (
                "a",
                "Grazie, iscrizione {{R:AS-2025-031}}. Teoria il martedì alle {{TM:18:30}}. [[P:Paola]]",
            ),
        ],
    },
    {
        "business": "guida",
        "platform": "instagram",
        "customer": "mattia_x_04",
        "lang": "it",
        "start": "2025-03-25T16:48:00",
        "messages": [
            (
                "c",
                "we ciao nn ho capito se la guida di domani è confermata?? sono [[P:mattia]] quello col foglio rosa",
            ),
            (
                "a",
                "Ciao [[P:Mattia]]! Sì, domani alle {{TM:17}} con l'istruttore [[P:Gianni]]. Ti passiamo a prendere noi?",
            ),
            (
                "c",
                "si pls a casa di mia nonna che sto li questa settimana, [[A:località Case Sparse 14]] [[L:Vigonza]], dopo il ponte sul {{W:Brenta}}",
            ),
            (
                "c",
                "il citofono dice [[P:Bortolami]]\nse nn sentite suonate 2 volte lei è un po sorda 😅",
            ),
            ("a", "Ok! [[P:Gianni]] arriva con la {{PD:Panda}} bianca."),
            (
                "c",
                "top. cmq il mio insta per il tag quando passo è [[H:@mattia_x_04]] eh 😎 e il num di mamma [[P:Cristina]] se serve [[T:049 / 62 18 337]]",
            ),
        ],
    },
    {
        "business": "guida",
        "platform": "messenger",
        "customer": "Carmen Ruiz Delgado",
        "lang": "it",
        "start": "2025-05-02T10:30:00",
        "messages": [
            (
                "c",
                "hola, buenos días. mi chiamo [[P:Carmen Ruiz Delgado]] sono spagnola di [[L:Sevilla]], vivo a [[L:Firenze]] da 6 mesi",
                "es",
            ),
            (
                "c",
                "la mia patente spagnola è valida in italia? o devo fare qualcosa? scusate mio italiano",
            ),
            (
                "a",
                "Buongiorno [[P:Carmen]]! La patente {{W:UE}} è valida, ma le conviene registrarla. Possiamo fare noi la pratica: {{$:60 €}}.",
            ),
            (
                "c",
                "perfetto! abito in [[A:via Gioberti 95]], [[A:50121]], [[A:interno 6]]. el timbre dice [[P:RUIZ / BIANCHI]]",
                "es",
            ),
            (
                "a",
                "Grazie. Ci porti anche il codice fiscale in sede, siamo in {{W:via dei Macci 12}} vicino al mercato di {{W:Sant'Ambrogio}}.",
            ),
            ("c", "vale! il mio cell [[T:+34 (654) 211 908]] o italiano [[T:(+39) 351 4090 662]]"),
            ("a", "A presto! [[P:Paola]] - {{B:Semaforo Verde}}"),
        ],
    },
    {
        "business": "guida",
        "platform": "telegram",
        "customer": "Nonno Aldo",
        "lang": "it",
        "start": "2025-07-08T08:15:00",
        "messages": [
            (
                "c",
                "Buongiorno. Sono [[P:Aldo Ferrarini]], 82 anni, devo rinnovare la patente. il medico mi dice che serve la visita da voi",
            ),
            (
                "a",
                "Buongiorno signor [[P:Ferrarini]]. Sì, il medico viene il giovedì. Il costo è {{$:75 €}}.",
            ),
            (
                "c",
                "Va bene. Però abito fuori, a [[L:Castelnovo ne' Monti]], [[A:frazione Felina]], e la corriera passa poco",
            ),
            (
                "c",
                "Mi porta mia figlia [[P:Lucia]]. lei si chiama [[P:Lucia Ferrarini]] e il suo numero è [[T:0522\n81 44 60]]",
            ),
            (
                "a",
                "Perfetto, le fissiamo giovedì {{D:17 luglio}} alle {{TM:10:20}}. Il dott. [[P:Canovi]] fa le visite.",
            ),
            ("c", "Grazie. mi dica anche se posso pagare con bancomat [[C:5425-2334-3010-0001]]"),
            (
                "a",
                "Sì, in sede accettiamo bancomat, non serve scriverci il numero 🙂 Pratica {{R:RIN-0717}}.",
            ),
        ],
    },
    {
        "business": "guida",
        "platform": "instagram",
        "customer": "Ngozi",
        "lang": "en",
        "start": "2025-10-14T19:00:00",
        "messages": [
            (
                "c",
                "hi do you have an instructor who speaks english? i'm [[P:Ngozi Eze]], nurse at the hospital in [[L:Padova]], from [[L:Enugu]] [[L:Nigeria]]",
            ),
            (
                "a",
                "Hi [[P:Ngozi]]! Yes, our instructor [[P:Will]] is from [[L:Dublin]]... well, his mother is 🙂 He teaches in English. Lessons {{$:45 € / hour}}.",
            ),
            (
                "c",
                "great! can he pick me up after night shift at my place? [[A:via Jappelli 16]] [[A:35121]]",
            ),
            ("c", "sorry wrong, I moved last month, now it's [[A:corte Lenguazza 3]], same cap"),
            ("a", "No problem. {{D:Thursday}} at {{TM:14:00}}? We {{W:will}} confirm by SMS."),
            ("a", "Could you spell your surname for the booking system?"),
            ("c", "[[P:E-Z-E]] like easy but with a Z 😄 first name [[P:N-G-O-Z-I]]"),
            (
                "c",
                "yes. [[T:+39 320 88 14 095]]. my IP keeps blocking your booking site btw, it says [[IP:93.41.207.118]] is banned lol",
            ),
            ("a", "Sorry about that! We'll whitelist it. Booking {{R:BK-5519}}."),
        ],
    },
    # ---------------- tattoo-removal clinic ----------------
    {
        "business": "laser",
        "platform": "instagram",
        "customer": "ale_ink_",
        "lang": "it",
        "start": "2025-02-27T23:02:00",
        "messages": [
            (
                "c",
                'ciao vorrei togliere un tatuaggio con scritto "[[P:Jessica]]" sul polso 😬 lunga storia',
            ),
            (
                "a",
                "Ciao! Capita più spesso di quanto pensi 😊 Per una scritta piccola servono 4-6 sedute, {{$:80 € a seduta}}.",
            ),
            ("c", "ok e se invece lo copro con una rosa? tipo una {{W:rosa}} nera"),
            (
                "a",
                "Anche quello è possibile, ma serve comunque schiarire prima. Vuoi una consulenza gratuita?",
            ),
            (
                "c",
                "si. sono [[P:Alessandro Ferri]], vengo da [[L:Lodi]]\nmi scrivete su whatsapp al [[T:+39 345 11 20 873]]",
            ),
            (
                "c",
                "ah e nn ditelo a [[P:jessica]] se vi scrive 😂 lei ha anche il profilo [[U:tiktok.com/@jessy.make.up]]",
            ),
            (
                "a",
                "Tranquillo, massima riservatezza. Consulenza {{D:martedì 4 marzo}} {{TM:ore 19}} in {{W:corso Buenos Aires}}. Dott.ssa [[P:Serra]]",
            ),
        ],
    },
    {
        "business": "laser",
        "platform": "messenger",
        "customer": "Dragan Petrović",
        "lang": "it",
        "start": "2025-04-08T12:40:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Dragan Petrović]] di [[L:Novi Sad]] [[L:Serbia]] lavoro a [[L:Milano]] come autista. ho tatuaggio del militare sul braccio, voglio togliere per lavoro nuovo",
            ),
            (
                "a",
                "Buongiorno [[P:Dragan]]. Per un tatuaggio grande e vecchio servono più sedute. Quanto è grande?",
            ),
            ("c", "circa 10 cm, è aquila con scritto [[P:Milica]] nome di mia mamma"),
            ("a", "Che bel ricordo però. Preventivo {{$:120 € a seduta}}, circa 8 sedute."),
            (
                "c",
                "ok. io abito a [[L:Cinisello Balsamo]] [[A:via Frova 22]] [[A:20092]], nel caso mandate contratto",
            ),
            (
                "c",
                "per pagamento uso conto di mia moglie [[P:Jelena]] [[I:IT11 A020 0802 4570 0010 4839 271]]",
            ),
            (
                "a",
                "Grazie, contratto {{R:PN-2025-088}} in arrivo. Dott.ssa [[P:Serra]] - {{B:Pelle Nuova}}",
            ),
        ],
    },
    {
        "business": "laser",
        "platform": "whatsapp",
        "customer": "Sarah",
        "lang": "en",
        "start": "2025-06-03T09:55:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Sarah Goldberg]], American, staying in [[L:Milan]] for a 6 month contract. I want to remove a small tattoo of the {{W:Chicago}} skyline on my ankle lol",
            ),
            ("a", "Hi [[P:Sarah]]! Sure. Colour or black only?"),
            (
                "c",
                "black only. I live at [[A:Via Tortona 31, Apt 5C]] but my [[L:US]] address for the invoice is [[A:1840 N Damen Ave, Apt 2R]], [[L:Chicago]], [[L:IL]] [[A:60647]]",
            ),
            ("c", "and my [[L:US]] cell [[T:+1 (312) 555-0148]], I don't have an italian sim yet"),
            ("a", "Noted. First session {{D:June 10}} at {{TM:11:30}}, {{$:€ 90}}."),
            (
                "c",
                "perfect. my friend [[P:Hope]] might come too, she has a {{W:Hope}} tattoo (yes really, her own name 😂)",
            ),
            ("a", "Ha! Tell [[P:Hope]] she's welcome. Dr [[P:Serra]] will see you both."),
        ],
    },
    {
        "business": "laser",
        "platform": "telegram",
        "customer": "Marti",
        "lang": "it",
        "start": "2025-09-23T17:17:00",
        "messages": [
            (
                "c",
                "ciao io e la mia ragazza [[P:Vale]] ci siamo fatte lo stesso tatuaggio a [[L:Ibiza]] e ora vogliamo toglierlo entrambe 🙃",
            ),
            ("a", "Ciao! Possiamo fare le sedute insieme, stesso giorno. Di cosa si tratta?"),
            (
                "c",
                'una scritta "{{W:Felice}}" in corsivo... doveva voler dire happy ma sembra il nome di uno 😭',
            ),
            (
                "c",
                "io sono [[P:Martina Scognamiglio]] e lei [[P:Valeria Iacono]], tutte e due di [[L:Pozzuoli]] ma lavoriamo a [[L:Milano]]",
            ),
            (
                "a",
                "Ahah succede! Vi mettiamo {{D:sabato 27}} {{TM:10:00}} e {{TM:10:40}}. Un contatto?",
            ),
            ("c", "[[T:331.207.66.48]] io, [[E:vale.iacono93@example.it]] lei"),
        ],
    },
    {
        "business": "laser",
        "platform": "messenger",
        "customer": "Giovanni Russo",
        "lang": "it",
        "start": "2025-11-18T18:25:00",
        "messages": [
            (
                "c",
                'buonasera, mio figlio [[P:Nicola]] ha 19 anni e si è fatto tatuare "{{B:Ferrari}}" sul collo 🙄 va via del tutto?',
            ),
            ("a", "Buonasera. Dipende dai colori, il rosso è più ostinato. Meglio vederlo."),
            (
                "c",
                "siamo di [[L:Maranello]] infatti lol. lui studia a [[L:Modena]], [[A:via Saragozza 44]], ma viene a casa il weekend",
            ),
            (
                "c",
                "per fattura: [[P:Giovanni Russo]] [[CF:RSSGNN70B14E904I]] [[A:via Claudia 512]] [[A:41053]] [[L:Maranello]]",
            ),
            (
                "a",
                "Grazie signor [[P:Russo]]. Vi aspettiamo {{D:sabato 22}} alle {{TM:9:00}}. [[P:Serra]]",
            ),
        ],
    },
    {
        "business": "laser",
        "platform": "instagram",
        "customer": "tamara.w",
        "lang": "en",
        "start": "2025-12-05T21:45:00",
        "messages": [
            (
                "c",
                "hey, [[P:Tamara Wójcik]] here, polish but living in [[L:Bergamo]], originally from [[L:Kraków]]. tattoo of my ex's band logo, want it gone before I move to [[L:Oslo]] in spring",
            ),
            ("a", "Hi [[P:Tamara]]! How big is it and where?"),
            (
                "c",
                "shoulder, about palm size. do you have sessions on saturday? I'm at [[A:via Pignolo 60]] in [[L:Città Alta]]... actually it's [[L:Bassa]], whatever 😅",
            ),
            (
                "c",
                "my number is from [[L:Poland]] [[T:+48 601 230 457]]. insta [[H:tamara.w]] if easier",
            ),
            (
                "c",
                "btw ur booking form gave me an error, something like 'request from [[IP:2a02:8108:1c3f:9e00::4b2]] blocked' idk",
            ),
            (
                "a",
                "Saturdays yes, {{D:December 13}} at {{TM:12:00}}, consult is free. Booking {{R:PN-1213}}. [[P:Laura]] at the front desk",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(105, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
