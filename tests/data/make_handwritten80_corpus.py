# ruff: noqa: E501
"""Hand-written blind test corpus no. 80 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
phone number, e-mail, address and handle is invented. Checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted
here as literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must
survive are marked ``{{CODE:value}}`` (see handwritten_markup.py beside this file).

The six invented businesses: a dog groomer, a mountain hut that takes bookings, a vinyl record
shop that ships, a driving school, a pastry shop that makes wedding cakes and a phone repair shop.

Regenerate with: ``python make_handwritten80_corpus.py`` (writes handwritten80_corpus.jsonl).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten80_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "groomer": "Pelo & Coccole Toelettatura",
    "rifugio": "Rifugio Sass Bianch",
    "vinyl": "Solco Nero Dischi",
    "guida": "Autoscuola Semaforo Verde",
    "torte": "Pasticceria Zucchero a Velo",
    "fix": "FixPoint Riparazioni",
}
PAGE_IDS: dict[str, str] = {
    "groomer": "680580214365870",
    "rifugio": "680580337190248",
    "vinyl": "680580452918306",
    "guida": "680580519027734",
    "torte": "680580640381592",
    "fix": "680580773650419",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- dog groomer ----------------
    {
        "business": "groomer",
        "platform": "instagram",
        "customer": "fede.and.the.pug",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciaoo volevo prenotare un bagno x il mio carlino si chiama {{W:Biscotto}} 🐶 sono [[P:Federica]] ma tutti mi chiamano [[P:fede]]",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Certo 😊 abbiamo posto {{D:giovedì 6}} alle {{TM:10:30}} oppure {{D:sabato 8}} alle {{TM:15:00}}. Bagno + asciugatura per taglia piccola è {{$:25 €}}",
            ),
            (
                "c",
                "giovedi va benissimo\nil mio num è [[T:347 218 9054]] se serve o la mail [[E:fede.pug92@example.it]]",
            ),
            (
                "c",
                "ah e lo porta mio marito [[P:Davide]] xke io lavoro a [[L:Treviglio]] fino alle 2, noi abitiamo a [[L:Brignano]] in [[A:via Vittorio Veneto 3]]",
            ),
            (
                "a",
                "Perfetto, segnato {{W:Biscotto}} per giovedì {{TM:10:30}}, rif. {{R:PC-0312}}. A giovedì! [[P:Sara]] - {{B:Pelo & Coccole}}",
            ),
            ("c", "grazie milleee ❤️"),
        ],
    },
    {
        "business": "groomer",
        "platform": "whatsapp",
        "customer": "Olena Kovalchuk",
        "lang": "it",
        "start": "2025-03-11T17:40:00",
        "messages": [
            (
                "c",
                "buonasera io sono [[P:Olena Kovalchuk]], ho cane grande husky, nome {{W:Neve}}, lui perde molto pelo. voi fate anche sfoltimento?",
            ),
            (
                "a",
                "Buonasera [[P:Olena]], sì facciamo il deshedding per taglie grandi, circa 90 minuti, {{$:55 €}}. Vuole prenotare?",
            ),
            ("c", "si per favore. io abito a [[L:Caravaggio]] non ho macchina, voi venite a casa?"),
            (
                "a",
                "Il servizio a domicilio lo facciamo solo entro 10 km da {{W:Treviglio}}, [[L:Caravaggio]] rientra 👍 ci serve l'indirizzo",
            ),
            (
                "c",
                "[[A:via Papa Giovanni XXIII 41]]\n[[A:24043]] [[L:Caravaggio]]\ncitofono [[P:Kovalchuk]] / [[P:Melnyk]]",
            ),
            (
                "c",
                "mio telefono [[T:+380 67 412 5538]] ucraino, ma anche whatsapp di mia figlia [[P:Daryna]] [[T:351 770 2246]]",
            ),
            ("a", "Grazie! Veniamo {{D:martedì 18 marzo}} verso le {{TM:9}}. A presto, [[P:Sara]]"),
        ],
    },
    {
        "business": "groomer",
        "platform": "messenger",
        "customer": "Tom Hargreaves",
        "lang": "en",
        "start": "2025-04-02T08:05:00",
        "messages": [
            (
                "c",
                "hi there, do u speak english? we're staying in [[L:Bergamo]] for 3 weeks with our labradoodle and she badly needs a trim lol",
            ),
            ("a", "Hi! Yes of course 🙂 what's her name and how big is she?"),
            (
                "c",
                "her name is {{W:Maple}}, about 24kg. my wife [[P:Priya]] will bring her, i'm [[P:Tom]]. we're in an airbnb at [[A:via Borfuro 9]], the host is signora [[P:Carla]]",
            ),
            (
                "c",
                "best contact is my [[L:UK]] mobile [[T:+44 7700 914 326]] or email [[E:tom.hargreaves@example.co.uk]]",
            ),
            (
                "a",
                "Great, full groom for a doodle that size is {{$:70 €}}. Friday {{D:4 April}} at {{TM:9:00}}? We're on {{W:via XX Settembre}} right across from the pharmacy",
            ),
            ("c", "perfect, [[P:priya]] says thx!! 🐾"),
            ("a", "See you then! [[P:Marco]] from the team"),
        ],
    },
    {
        "business": "groomer",
        "platform": "instagram",
        "customer": "bobo_e_lilli",
        "lang": "it",
        "start": "2025-04-19T13:22:00",
        "messages": [
            (
                "c",
                "salve ho visto il reel del barboncino con il taglio {{PD:teddy bear}} e lo voglio uguale x la mia {{W:Lilli}} 😍",
            ),
            (
                "a",
                "Ciao! Grazie 🥰 il taglio teddy per toy barboncino è {{$:40 €}}. Hai preferenze di giorno?",
            ),
            (
                "c",
                "il sabato mattina. sono [[P:Roberta Speranza]], ma scrivete pure a mio figlio [[P:Bobo]] cioè [[P:Roberto]] su insta [[H:@bobo.speranza]] che è lui che la porta",
            ),
            ("a", "Sabato {{D:26}} alle {{TM:9:30}} è libero, lo blocco. Mi lasci un numero?"),
            (
                "c",
                "[[T:0363 44 81 27]] fisso di casa, chiedete di me o di mia mamma [[P:Felice]]... si mia mamma si chiama [[P:Felice]] lo so 😂",
            ),
            ("a", "Ahah bellissimo nome! Fatto, prenotazione {{R:PC-0419}}. [[P:Sara]]"),
        ],
    },
    {
        "business": "groomer",
        "platform": "telegram",
        "customer": "Karim",
        "lang": "it",
        "start": "2025-05-06T19:01:00",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Karim El Mansouri]], ho pagato online {{$:35 €}} per toelettatura ma poi cane malato, non venuto. posso avere soldi indietro?",
            ),
            (
                "a",
                "Buonasera [[P:Karim]], mi dispiace per il cane! Certo, ci manda l'IBAN per il rimborso?",
            ),
            (
                "c",
                "[[I:IT60X0542811101000000123456]]\nintestato a mia moglie [[P:Salma Benali]], noi abitiamo [[L:Romano di Lombardia]]",
            ),
            (
                "a",
                "Ricevuto, il rimborso parte entro {{D:venerdì}}. Rif. {{R:RIMB-2025-051}}. Buona guarigione a {{W:Rocky}}!",
            ),
            ("c", "grazie mille, lei molto gentile. mio telegram è [[H:karim_elm88]] se serve"),
        ],
    },
    # ---------------- mountain hut ----------------
    {
        "business": "rifugio",
        "platform": "whatsapp",
        "customer": "Giulia R.",
        "lang": "it",
        "start": "2025-06-02T07:30:00",
        "messages": [
            (
                "c",
                "buongiorno! vorremmo prenotare mezza pensione x 4 persone notte del {{D:21 giugno}} 🏔️",
            ),
            (
                "a",
                "Buongiorno! Il {{D:21}} abbiamo ancora una camerata da 4. Mezza pensione {{$:62 €}} a testa. A che nome?",
            ),
            (
                "c",
                "[[P:Giulia Rossi]], poi [[P:Lorenzo Bianchi]], [[P:Chiara Dal Bosco]] e [[P:Matteo]]... il cognome di [[P:matteo]] nn lo so 😅 lo chiedo",
            ),
            ("c", "[[P:Matteo Zanella]] ok"),
            (
                "a",
                "Perfetto. Per conferma chiediamo una caparra di {{$:50 €}} con bonifico, IBAN del rifugio ve lo mando in privato. Vi serve anche il codice fiscale del titolare per la ricevuta",
            ),
            ("c", "[[CF:RSSGLI85M52H501Y]]\nmail [[E:giulia.rossi85@example.it]]"),
            (
                "a",
                "Grazie [[P:Giulia]], confermato! Rif. {{R:SB-0621-04}}. Si sale dal parcheggio di {{W:Malga Ciapela}} in circa 2 ore. [[P:Elena]]",
            ),
            (
                "c",
                "top grazie!! il mio ragazzo [[P:lorenzo]] ha chiesto se c'è la {{PD:polenta taragna}} 😋",
            ),
            ("a", "Sempre 😄"),
        ],
    },
    {
        "business": "rifugio",
        "platform": "messenger",
        "customer": "Jürgen Pfeifer",
        "lang": "en",
        "start": "2025-06-10T16:12:00",
        "messages": [
            (
                "c",
                "Hello, we are two hikers from [[L:Rosenheim]], doing the {{W:Alta Via 2}}. Do you have beds on {{D:July 14}}?",
            ),
            (
                "c",
                "Entschuldigung, my english not so good. Ich heiße [[P:Jürgen Pfeifer]], meine Frau heißt [[P:Anneliese]]",
                "de",
            ),
            (
                "a",
                "Hello [[P:Jürgen]], no problem! Yes, 2 beds in the dorm on {{D:14 July}}, half board {{$:62 €}} per person. Kein Problem auf Deutsch auch 🙂",
            ),
            (
                "c",
                "sehr gut. our adress for the invoice: [[A:Kufsteiner Straße 118]], [[A:83022]] [[L:Rosenheim]]",
            ),
            (
                "c",
                "telefon [[T:+49 8031 2294710]], handy von [[P:Anneliese]] [[T:+49 171 4485 203]]",
            ),
            ("a", "Thank you, booking {{R:SB-0714-02}} confirmed. [[P:Elena]] from the hut"),
        ],
    },
    {
        "business": "rifugio",
        "platform": "instagram",
        "customer": "wild.wen",
        "lang": "en",
        "start": "2025-07-01T21:44:00",
        "messages": [
            (
                "c",
                "hiii is the hut open in september?? me and my bf want to come from [[L:Singapore]] lol long trip 😂",
            ),
            ("a", "Hi! Yes we're open until {{D:20 September}}. Which dates?"),
            (
                "c",
                "{{D:sept 9}} and 10, 2 ppl. names [[P:Wen Li]] and [[P:Haruto Sato]]\nmy insta is this one, his is [[H:@haru.climbs]]",
            ),
            (
                "c",
                "also i have a travel blog [[U:wenwanders.blog/dolomites]] could i tag u? we fly into [[L:Venice]] and [[P:haruto]] wants to see the lakes too",
            ),
            (
                "a",
                "Of course, tag away 😊 Sept 9-10 booked, ref {{R:SB-0909-02}}. We'll need a card to hold the booking",
            ),
            ("c", "[[C:4532 1122 3344 5560]] exp 08/27"),
            ("a", "Thanks [[P:Wen]], all set!"),
        ],
    },
    {
        "business": "rifugio",
        "platform": "whatsapp",
        "customer": "Don Piero",
        "lang": "it",
        "start": "2025-05-14T10:00:00",
        "messages": [
            (
                "c",
                "Buongiorno sono don [[P:Piero Valsecchi]] parroco di [[L:Sovere]], vorrei portare un gruppo di 18 ragazzi dell'oratorio x la festa di {{W:San Giovanni}}",
            ),
            (
                "a",
                "Buongiorno don [[P:Piero]], che bello! Per 18 persone possiamo riservare le due camerate il {{D:24 giugno}}. Prezzo gruppi {{$:48 €}} a testa",
            ),
            (
                "c",
                "ottimo. accompagnatori io, la catechista [[P:Rosa Belotti]] e il papà di uno dei ragazzi [[P:Gianni Pezzotta]]\nla fattura all'oratorio ma il mio cell [[T:333.847.1029]]",
            ),
            ("a", "Benissimo. Per la fattura ci serve la partita IVA o il CF della parrocchia"),
            (
                "c",
                "vi giro la mail della segretaria [[P:Ornella]] che ha tutto: [[E:ornella chiocciola parrocchiasovere punto it]]",
            ),
            (
                "a",
                "Grazie, le scriviamo noi. Buona giornata! [[P:Elena]] - {{B:Rifugio Sass Bianch}}",
            ),
        ],
    },
    {
        "business": "rifugio",
        "platform": "telegram",
        "customer": "Ana Lucía",
        "lang": "it",
        "start": "2025-08-03T18:20:00",
        "messages": [
            (
                "c",
                "hola! scusi mio italiano. soy [[P:Ana Lucía Fernández Ortega]], vengo da [[L:Sevilla]] e faccio trekking solo. posso dormire {{D:domani}}?",
            ),
            (
                "a",
                "Ciao [[P:Ana Lucía]]! Sì, c'è un letto libero domani. Arriva prima delle {{TM:18}} per la cena?",
            ),
            (
                "c",
                "sí sí. llego a las cinco más o menos. mi numero español [[T:+34 612 48 93 07]]",
                "es",
            ),
            (
                "a",
                "Perfetto, ti aspettiamo. Se c'è temporale non partire da {{W:Passo Fedaia}} dopo le {{TM:14}} ⛈️",
            ),
            ("c", "vale gracias!! la mia amica [[P:Mari Carmen]] forse viene anche, le scrivo"),
            ("c", "no lei non viene 🙃 solo io"),
        ],
    },
    # ---------------- vinyl shop ----------------
    {
        "business": "vinyl",
        "platform": "instagram",
        "customer": "groovy_sandro",
        "lang": "it",
        "start": "2025-02-12T22:10:00",
        "messages": [
            (
                "c",
                "bella raga avete ancora la stampa giapponese di {{PD:Kind of Blue}} che avete postato?",
            ),
            ("a", "Ciao! Sì, ultima copia, {{$:89 €}} + spedizione. Dove la mandiamo?"),
            (
                "c",
                "la prendo!! [[P:Sandro Mancuso]] [[A:via Sant'Euplio 7]] [[L:Catania]] cap [[A:95125]]",
            ),
            ("c", "ah interno 3 secondo piano, citofono [[P:Mancuso-Lo Presti]]"),
            (
                "a",
                "Ok! Ordine {{O:SN-40217}} creato, ti arriva link di pagamento in mail. Quale mail?",
            ),
            ("c", "[[E:sandro.mancuso[at]example[dot]it]]"),
            (
                "a",
                "Spedito! Tracking {{TR:3UW1K0028473051}} con {{B:Poste}}. Buon ascolto 🎷 [[P:Luca]]",
            ),
            ("c", "grande [[P:lucaaa]]"),
        ],
    },
    {
        "business": "vinyl",
        "platform": "messenger",
        "customer": "Siobhan O'Neill",
        "lang": "en",
        "start": "2025-03-20T12:31:00",
        "messages": [
            (
                "c",
                "hi do you ship to [[L:ireland]]? looking for the {{PD:Lucio Battisti - Anima latina}} first press",
            ),
            (
                "a",
                "Hi [[P:Siobhan]]! Yes we ship all over the EU. We have a 1974 copy VG+ at {{$:140 €}}, shipping to [[L:Ireland]] {{$:18 €}}",
            ),
            (
                "c",
                "brilliant. send to [[P:Siobhan O'Neill]], [[A:Flat 4, 22 Leeson Park]], [[L:Dublin 6]], [[A:D06 X2K7]]",
            ),
            (
                "c",
                "its a gift for my partner [[P:Ciarán]] so pls dont put a price on the box 🙏 receipt to [[E:siobhan.oneill@example.ie]]",
            ),
            (
                "a",
                "No price on the box, promise 😊 Order {{O:SN-40388}}. Payment by card or bank transfer?",
            ),
            ("c", "transfer from my german account if thats ok [[I:DE44500105175407324931]]"),
            (
                "a",
                "That's only for refunds, but thank you, I'll keep it on file for that. Our details are in the invoice. [[P:Luca]]",
            ),
        ],
    },
    {
        "business": "vinyl",
        "platform": "whatsapp",
        "customer": "Nonno Beppe",
        "lang": "it",
        "start": "2025-04-08T09:47:00",
        "messages": [
            (
                "c",
                "Buongiorno mi chiamo [[P:Giuseppe Ferrandino]] ho 78 anni e vorrei vendere la mia collezione di dischi di {{W:Mina}} e {{W:Celentano}} circa 300 dischi",
            ),
            (
                "a",
                "Buongiorno signor [[P:Ferrandino]]! Ci interessa molto. Potrebbe mandarci qualche foto?",
            ),
            (
                "c",
                "le foto le fa mio nipote [[P:Giuse]] quando viene domenica. lui ha stesso nome mio, la sua mail è [[E:giuse.ferrandino03@example.it]]",
            ),
            (
                "c",
                "io sto a [[L:Pozzuoli]] [[A:via Napoli 118]] vicino alla {{W:Solfatara}}\nsi può venire la mattina",
            ),
            (
                "a",
                "Perfetto. Passerebbe il nostro collega [[P:Antonio]] {{D:giovedì 17}} mattina. Un numero fisso?",
            ),
            (
                "c",
                "[[T:081 526 3349]]\nse non rispondo c'è mia figlia [[P:Assunta]] [[T:339 41 72 856]]",
            ),
            ("a", "Grazie mille! A giovedì. [[P:Luca]] - {{B:Solco Nero Dischi}}"),
        ],
    },
    {
        "business": "vinyl",
        "platform": "telegram",
        "customer": "vinyl_junkie_77",
        "lang": "en",
        "start": "2025-05-22T23:55:00",
        "messages": [
            (
                "c",
                "yo, got any {{PD:Aphex Twin}} or {{PD:Boards of Canada}} repress? discogs name [[H:mikkel_crates]]",
            ),
            (
                "a",
                "Hey! We've got {{PD:Music Has the Right to Children}} repress sealed at {{$:34 €}}",
            ),
            (
                "c",
                "sold. ship to [[P:Mikkel Sørensen]], [[A:Nørrebrogade 184, 3. th.]], [[A:2200]] [[L:København N]], [[L:Denmark]]",
            ),
            (
                "c",
                "phone for courier [[T:+45 28 71\n40 93]] sorry fat fingers. my gf [[P:Astrid]] will sign if im out",
            ),
            (
                "a",
                "No worries 😄 order {{O:SN-40512}}, tracking {{TR:00340434161094022115}} tomorrow",
            ),
            ("c", "cheers mate. btw my mixes are on [[U:soundcloud.com/mikkelcrates]]"),
        ],
    },
    {
        "business": "vinyl",
        "platform": "instagram",
        "customer": "ele.bianca",
        "lang": "it",
        "start": "2025-06-15T15:18:00",
        "messages": [
            (
                "c",
                "ciao mi è arrivato il disco di {{PD:Franco Battiato - La voce del padrone}} ma è rigato sul lato B 😭",
            ),
            ("a", "Ciao! Ci dispiace tanto. Mi dai il numero d'ordine?"),
            (
                "c",
                "{{O:SN-40633}} a nome [[P:Eleonora Bianca Fumagalli]], tel [[T:392 660 1847]], mail [[E:ele.fumagalli@example.it]]",
            ),
            (
                "a",
                "Trovato. Ti mandiamo un'etichetta di reso {{B:BRT}}, il ritiro lo facciamo a [[A:via Cavour 3]]? come da ordine",
            ),
            (
                "c",
                "no ora sto dal mio ragazzo a [[L:Monza]], [[A:via Borgazzi 56]]... lui si chiama [[P:Nicolò Brambilla]] sul campanello, [[P:Brambilla]] [[P:Fumagalli]]",
            ),
            (
                "a",
                "Ok aggiornato, ritiro {{D:mercoledì}} tra {{TM:9}} e {{TM:13}}. Ti rimandiamo una copia nuova in {{W:bianco}} vinile colorato se ti va, stessa cifra",
            ),
            ("c", "siiii il vinile bianco è stupendo ❤️"),
        ],
    },
    # ---------------- driving school ----------------
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Mamma di Aurora",
        "lang": "it",
        "start": "2025-01-20T18:30:00",
        "messages": [
            (
                "c",
                "buonasera, mia figlia [[P:Aurora]] compie 18 anni a marzo vorrebbe iscriversi x la patente B. quanto costa?",
            ),
            (
                "a",
                "Buonasera! Il pacchetto teoria + 10 guide è {{$:890 €}}, esami esclusi. Servono documento, CF e certificato medico",
            ),
            (
                "c",
                "ok. lei è [[P:Aurora Delbello]], nata a [[L:Trieste]], CF [[CF:DLBFNC78D48L424B]] ah no scusi quello è il mio 🤦‍♀️",
            ),
            (
                "c",
                "quello di [[P:aurora]] lo prendo dalla tessera e ve lo porto di persona, o lo porta mio marito [[P:Fabrizio]]",
            ),
            (
                "a",
                "Nessun problema signora [[P:Delbello]], lo portate in sede. Il prossimo corso teoria parte {{D:lunedì 3 marzo}} alle {{TM:18:30}}",
            ),
            (
                "c",
                "perfetto. il mio numero [[T:040 / 36 29 518]] per le comunicazioni, [[P:aurora]] ha [[T:366-2014-887]]",
            ),
            ("a", "Grazie, a presto! [[P:Paola]] - {{B:Autoscuola Semaforo Verde}}"),
        ],
    },
    {
        "business": "guida",
        "platform": "messenger",
        "customer": "Amadou Diallo",
        "lang": "it",
        "start": "2025-02-05T11:11:00",
        "messages": [
            (
                "c",
                "salve io ho patente di [[L:Senegal]], posso convertire in italia o devo rifare esame?",
            ),
            (
                "a",
                "Buongiorno! Con il [[L:Senegal]] non c'è accordo di conversione, purtroppo serve fare l'esame. Possiamo aiutarla con il corso anche in francese",
            ),
            (
                "c",
                "ah bien, merci. je préfère en français oui. je m'appelle [[P:Amadou Diallo]]",
                "fr",
            ),
            (
                "c",
                "io lavoro a [[L:Brescia]] turno notte, posso fare guide la mattina? abito a [[L:Rezzato]] [[A:via Broletto 27]]",
            ),
            ("a", "Sì, l'istruttore [[P:Ibrahima]] fa le guide dalle {{TM:8}} e parla francese 👍"),
            ("c", "très bien! il mio numero [[T:+221 77 654 32 10]] e italiano [[T:380 552 9914]]"),
            ("a", "Perfetto [[P:Amadou]], la richiamiamo domani. [[P:Paola]]"),
        ],
    },
    {
        "business": "guida",
        "platform": "instagram",
        "customer": "speedy.gonzalo",
        "lang": "it",
        "start": "2025-03-13T20:02:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:gonzalo]] dell'esame di ieri quello bocciato x il parcheggio 😩 quando posso ridarlo??",
            ),
            (
                "a",
                "Ciao [[P:Gonzalo]], non mollare! Il prossimo turno esami è {{D:28 marzo}}. Ti consiglio 2 guide extra ({{$:45 €}} l'una)",
            ),
            (
                "c",
                "si ok mettimene 2. cmq l'esaminatore era il tipo coi baffi, [[P:Ferrante]] tipo? super severo",
            ),
            (
                "a",
                "Ahah lo conosciamo 😅 guide extra {{D:martedì}} e {{D:giovedì}} alle {{TM:17}} con [[P:Marco]]",
            ),
            (
                "c",
                "top. pago con satispay o bonifico? il mio iban [[I:IT76K0306909606100000063519]] se mi dovete rimborsare la tassa dell'altra volta",
            ),
            (
                "a",
                "Sì, ti rimborsiamo {{$:16 €}} del bollo entro la settimana, rif. {{R:ASV-RB-0313}}",
            ),
            (
                "c",
                "graziee. ps sono anche su tiktok [[U:tiktok.com/@gonzalo.guida]] faccio i video delle guide 😂",
            ),
        ],
    },
    {
        "business": "guida",
        "platform": "telegram",
        "customer": "Li Mei",
        "lang": "en",
        "start": "2025-04-17T08:50:00",
        "messages": [
            (
                "c",
                "good morning. my name is [[P:Chen Li Mei]], surname [[P:Chen]]. I have chinese license, I live in [[L:Milano]] since 2 years. can you help with italian license?",
            ),
            (
                "a",
                "Good morning Ms [[P:Chen]]! Yes, after one year of residence you need to take the Italian exam. We do theory classes with English support",
            ),
            (
                "c",
                "ok. my husband [[P:Wang Jun]] also want. we are in [[A:viale Monza 207]], near {{W:Piazzale Loreto}}? which is your nearest office",
            ),
            ("a", "Our office is in {{W:via Padova}} 60, 10 minutes walk from you"),
            (
                "c",
                "thank you. email [[E:chenlimei.mi@example.com]] , wechat [[H:limei_chen_88]], phone [[T:+86 138 1024 5566]] or italian [[T:331 208 4473]]",
            ),
            ("a", "Thank you, I'll send you the documents list today. [[P:Paola]] from the team"),
        ],
    },
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Ditta Colombo",
        "lang": "it",
        "start": "2025-05-09T14:25:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Marco Colombo]] titolare di una piccola ditta di traslochi, mi serve la patente C per 2 dipendenti",
            ),
            (
                "a",
                "Buongiorno! Corso C per due persone, possiamo fare preventivo. A chi intestiamo la fattura?",
            ),
            (
                "c",
                "[[P:Colombo Marco]] ditta individuale\nP.IVA [[V:02836470910]]\nsede [[A:via Garibaldi 12/B]] [[A:20851]] [[L:Lissone]]",
            ),
            (
                "c",
                "i ragazzi sono [[P:Kevin Sala]] e [[P:Abdel]]... [[P:abdel]] ha un cognome lungo ve lo scrivo: [[P:B-O-U-Z-I-A-N-E]]",
            ),
            (
                "a",
                "Perfetto, grazie! Preventivo {{R:PREV-2025-118}} in arrivo, totale {{$:2.980 €}} + IVA",
            ),
            (
                "c",
                "ok mandatelo a [[E:colombotraslochi.marco@example.it]] thx, ufficio [[T:039 245 1187]]",
            ),
        ],
    },
    # ---------------- pastry / wedding cakes ----------------
    {
        "business": "torte",
        "platform": "instagram",
        "customer": "sposi_marta_e_luca",
        "lang": "it",
        "start": "2025-02-27T21:00:00",
        "messages": [
            (
                "c",
                "ciaoo ci sposiamo il {{D:14 settembre}} e vorremmo la torta a 3 piani tipo quella con le rose che avete postato 🌸",
            ),
            (
                "a",
                "Congratulazioni!! 😍 La torta {{PD:Giardino di Rose}} a 3 piani per 100 persone parte da {{$:650 €}}. Vi va una degustazione?",
            ),
            (
                "c",
                "siii! siamo [[P:Marta Ricci]] e [[P:Luca Pellegrini]], il matrimonio è alla villa a [[L:Bellagio]]",
            ),
            (
                "c",
                "la wedding planner è [[P:Bianca Zorzi]] scrivetele pure lei è [[H:@bianca.weddings]]\nnoi: [[E:marta.luca.sposi@example.it]] o il mio cell [[T:340 115 9263]]",
            ),
            (
                "a",
                "Perfetto! Degustazione {{D:sabato 15 marzo}} alle {{TM:16}}. Avete preferenze di gusto?",
            ),
            (
                "c",
                "pistacchio e lampone x me, [[P:luca]] vuole il {{PD:Ferrero Rocher}} 🙄\nah e la nonna di [[P:luca]] [[P:Speranza]] è celiaca",
            ),
            (
                "a",
                "Prepariamo anche un assaggio senza glutine per nonna [[P:Speranza]] ❤️ [[P:Giulia]] - {{B:Zucchero a Velo}}",
            ),
        ],
    },
    {
        "business": "torte",
        "platform": "whatsapp",
        "customer": "Sanjay",
        "lang": "en",
        "start": "2025-03-18T10:40:00",
        "messages": [
            (
                "c",
                "hello, i need an eggless cake for my daughter's 5th birthday, she is [[P:Anika]]. can u write 'Happy Birthday [[P:Anika]]' on top",
            ),
            (
                "a",
                "Hi! Of course, eggless sponge with strawberries, 12 people {{$:48 €}}. When do you need it?",
            ),
            (
                "c",
                "saturday {{D:22nd}}, pick up around {{TM:11am}}. name [[P:Sanjay Raghunathan]], we live in [[L:Cantù]]",
            ),
            (
                "c",
                "and my wife [[P:Deepa]] might collect it instead, her number [[T:+39 328 114 6709]]\nmine is [[T:(0039) 345 223 80 11]]",
            ),
            ("a", "Perfect, order {{O:ZV-2203-11}} noted. Pink or purple decorations?"),
            ("c", "{{W:lilac}} pls! thx so much"),
        ],
    },
    {
        "business": "torte",
        "platform": "messenger",
        "customer": "Franca Terranova",
        "lang": "it",
        "start": "2025-04-03T16:05:00",
        "messages": [
            (
                "c",
                "buonasera vorrei ordinare 40 {{PD:cannoli}} e una {{PD:cassata}} per la comunione di mio nipote [[P:Salvatore]] il {{D:4 maggio}}",
            ),
            (
                "a",
                "Buonasera! Certo. Cannoli {{$:2,20 €}} l'uno, cassata da 20 persone {{$:75 €}}. Ritiro o consegna?",
            ),
            (
                "c",
                "consegna per favore al ristorante {{B:Da Gigi}} a [[L:Bagheria]]? o è troppo lontano",
            ),
            (
                "a",
                "[[L:Bagheria]] la facciamo con {{$:15 €}} di consegna. Ci lascia un nome e un numero?",
            ),
            (
                "c",
                "[[P:Franca Terranova]] ved. [[P:Lo Cascio]]\n[[T:091 903 47 26]]\nabito a [[L:Villabate]] [[A:corso Vittorio Emanuele 311]]",
            ),
            ("c", 'scrivete sul biglietto "auguri [[P:Totò]]" che lo chiamiamo così'),
            ("a", "Fatto, ordine {{O:ZV-0405-03}}. Grazie signora! [[P:Giulia]]"),
        ],
    },
    {
        "business": "torte",
        "platform": "telegram",
        "customer": "Katarzyna",
        "lang": "it",
        "start": "2025-05-27T12:15:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Katarzyna Wiśniewska]] ma chiamatemi [[P:Kasia]]. vorrei una torta nuziale piccola solo 30 persone, sposiamo in comune a [[L:Como]]",
            ),
            (
                "a",
                "Ciao [[P:Kasia]]! Certo, una torta a 2 piani per 30 persone da {{$:240 €}}. Hai in mente un gusto?",
            ),
            (
                "c",
                "{{PD:millefoglie}} con crema chantilly. e il cake topper con i nomi: [[P:Kasia]] & [[P:Stefano]]",
            ),
            (
                "c",
                "ah la consegna: [[A:via Borgovico 148]], [[L:Como]], c/o [[P:Galli]] secondo piano scala C",
            ),
            ("a", "Perfetto! Per la caparra del 30% possiamo fare con carta"),
            (
                "c",
                "[[C:5377-8899-0011-2236]] scadenza 11/26, intestata a mio marito [[P:Stefano Galli]]",
            ),
            ("a", "Grazie! Caparra {{$:72 €}} addebitata, ordine {{O:ZV-0621-01}}. [[P:Giulia]]"),
        ],
    },
    {
        "business": "torte",
        "platform": "instagram",
        "customer": "the.cake.lover",
        "lang": "en",
        "start": "2025-06-11T19:30:00",
        "messages": [
            ("c", "hey love ur {{PD:Sacher}} do u ship? im in [[L:Lugano]] [[L:switzerland]]"),
            (
                "a",
                "Hi! We don't ship fresh cakes abroad, sorry 😔 but we can prepare it for pickup here in {{W:Erba}}",
            ),
            (
                "c",
                "ok i come on {{D:friday}}. my name is [[P:Hope Van der Berg]]. yes {{W:hope}} like the word lol",
            ),
            (
                "a",
                "Haha lovely name! One {{PD:Sacher}} for 8 for [[P:Hope]], {{$:32 €}}, ready at {{TM:3pm}}",
            ),
            (
                "c",
                "i dont have italian phone, [[T:+41 79 583 21 46]] swiss, email [[E:hope.vdberg@example.ch]]",
            ),
            ("c", "also can i invoice to my company? [[V:CHE-116.281.710]]"),
            ("a", "Sure, we'll put that on the receipt. See you friday! [[P:Giulia]]"),
        ],
    },
    # ---------------- phone repair ----------------
    {
        "business": "fix",
        "platform": "whatsapp",
        "customer": "Andrea F.",
        "lang": "it",
        "start": "2025-01-09T09:02:00",
        "messages": [
            (
                "c",
                "buongiorno ho l'{{PD:iPhone 13}} con lo schermo spaccato quanto costa cambiarlo",
            ),
            (
                "a",
                "Buongiorno! Display originale {{$:219 €}}, compatibile {{$:129 €}}. Pronto in 1 ora",
            ),
            (
                "c",
                "originale. sono [[P:Andrea Ferraro]] passo alle {{TM:15}}, cell [[T:345 009 8812]]\nmi servirà la fattura, CF [[CF:FRRNDR01E12A794X]]",
            ),
            (
                "a",
                "Perfetto, ticket {{R:FX-25-0091}}. Se ha il codice di sblocco ce lo lasci per il test",
            ),
            (
                "c",
                "si ok. una cosa: il vecchio telefono di mia madre [[P:Loredana]] ha dentro le foto del mio matrimonio, lo potete recuperare? è un {{PD:Samsung Galaxy S9}}",
            ),
            (
                "a",
                "Possiamo provare, diagnosi gratuita. Lo porti insieme. [[P:Davide]] - {{B:FixPoint}}",
            ),
        ],
    },
    {
        "business": "fix",
        "platform": "telegram",
        "customer": "xX_n3ro_Xx",
        "lang": "it",
        "start": "2025-02-14T17:17:00",
        "messages": [
            (
                "c",
                "raga mi si è rotto il joystick della {{PD:Switch}} fa drift. riparate anche quelli?",
            ),
            (
                "a",
                "Ciao! Sì, cambio stick Joy-Con {{$:25 €}} a stick. Come ti chiami per il ticket?",
            ),
            (
                "c",
                "[[P:Nicola]] ma online sono [[H:n3ro_gamer]] su twitch 😎 [[U:twitch.tv/n3ro_gamer]]",
            ),
            ("c", "cognome [[P:Neri]] tipo il colore {{W:nero}} ma con la i. sto a [[L:Stezzano]]"),
            ("a", "Ahah ok! Ticket {{R:FX-25-0214}}. Pronto {{D:domani}} dopo le {{TM:16}}"),
            ("c", "grz. posso pagare con paypal [[E:nicola.neri2006@example.com]]?"),
            ("a", "Solo in negozio, contanti o carta. A domani! [[P:Davide]]"),
        ],
    },
    {
        "business": "fix",
        "platform": "messenger",
        "customer": "Dragan Petrović",
        "lang": "it",
        "start": "2025-03-25T13:45:00",
        "messages": [
            (
                "c",
                "salve mio telefono non carica piu, e {{PD:Xiaomi Redmi Note 11}}. quanto costa cambiare connettore?",
            ),
            ("a", "Salve! Connettore di ricarica {{$:49 €}}, 30 minuti. Quando vuole passare?"),
            (
                "c",
                "io lavoro in cantiere a [[L:Sesto San Giovanni]] finisco alle 5, abito a [[L:Cinisello]]. domani ok? nome [[P:Dragan Petrović]]",
            ),
            (
                "a",
                "Domani alle {{TM:17:30}} va bene. Ci lasci un numero di contatto alternativo visto che il telefono non carica",
            ),
            (
                "c",
                "numero di mio collega [[P:Goran]]\n[[T:+381 64\n218 7753]] serbo ma lui ha whatsapp",
            ),
            ("a", "Ricevuto, ticket {{R:FX-25-0325}}. A domani!"),
        ],
    },
    {
        "business": "fix",
        "platform": "instagram",
        "customer": "mila.designs",
        "lang": "en",
        "start": "2025-04-29T11:20:00",
        "messages": [
            (
                "c",
                "hi! my {{PD:MacBook Air M1}} keyboard has sticky keys after i spilled {{PD:Aperol}} on it 🙈 can u fix?",
            ),
            (
                "a",
                "Hi! Liquid damage needs a diagnosis first, {{$:30 €}} deducted from the repair. Can you bring it in?",
            ),
            (
                "c",
                "yes. im [[P:Mila Horvat]], freelance designer, my portfolio is [[U:https://milahorvat.design]] so i really need it working by monday 😬 my bf [[P:Ivan]] will pick it up",
            ),
            (
                "c",
                "also it connects to my home server, ip is [[IP:192.168.1.47]] and the public one [[IP:93.44.172.208]] if the tech needs to test the vpn",
            ),
            (
                "a",
                "Got it. We won't need the network details, but thanks. Ticket {{R:FX-25-0429}}, drop it off any time before {{TM:7pm}}",
            ),
            (
                "c",
                "ok and please dont wipe it!! bill to [[A:Via Tortona 31]], [[A:20144]] [[L:Milano]]",
            ),
            ("a", "No wipe, promise. [[P:Davide]] from {{B:FixPoint}}"),
        ],
    },
    {
        "business": "fix",
        "platform": "whatsapp",
        "customer": "Sig.ra Pina",
        "lang": "it",
        "start": "2025-05-30T10:05:00",
        "messages": [
            (
                "c",
                "Buongiorno sono la signora [[P:Giuseppina Rota]] il telefono che mi ha regalato mio nipote [[P:Tommaso]] ([[P:Tommi]]) non suona piu quando mi chiamano",
            ),
            (
                "a",
                "Buongiorno signora [[P:Pina]]! Probabilmente è in modalità silenziosa. Che telefono è?",
            ),
            ("c", "un {{PD:Doro 8100}} credo. scrivo piano perché ho gli occhiali rotti"),
            (
                "a",
                "Se vuole passi in negozio, lo sistemiamo gratis in 5 minuti. Siamo in {{W:corso Italia}} vicino al duomo",
            ),
            (
                "c",
                "non cammino bene, abito a [[L:Cologno al Serio]] [[A:via Manzoni]] dietro la chiesa di {{W:San Giorgio}}... mandate qualcuno?",
            ),
            ("c", "il civico è [[A:9]]"),
            (
                "a",
                "Certo signora, passa il nostro tecnico [[P:Samir]] {{D:lunedì}} mattina. Se serve il numero del negozio è sulla pagina. [[P:Davide]]",
            ),
            (
                "c",
                "grazie caro. se non sento il campanello chiamate mia vicina [[P:Teresa Brignoli]] [[T:035 89 41 662]]",
            ),
        ],
    },
    {
        "business": "rifugio",
        "platform": "whatsapp",
        "customer": "CAI gruppo giovani",
        "lang": "it",
        "start": "2025-07-08T08:10:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Marco Bonetti]] accompagnatore del gruppo, vi mando la lista x la notte del {{D:2 agosto}} come chiesto",
            ),
            (
                "c",
                "1 [[P:Bonetti Marco]]\n2 [[P:Pasinetti Elisa]]\n3 [[P:Oberti Stefano]]\n4 [[P:Ndiaye Fatou]]\n5 [[P:Giacomelli Rosa]]\n6 [[P:Rinaldi-Volpe Tommaso]]\n7 [[P:Huang Xiaoyu]]\n8 [[P:Ghislandi Pietro]]",
            ),
            ("c", "manca [[P:Elisa]] ha allergia alle noci, e [[P:xiaoyu]] è vegetariana"),
            (
                "a",
                "Grazie [[P:Marco]]! Segnato tutto, 8 persone, rif. {{R:SB-0802-08}}. Niente noci per [[P:Elisa]] 👍",
            ),
            (
                "c",
                "per emergenze il mio [[T:348 90 12 475]] e quello della vice [[P:Elisa Pasinetti]] [[T:349-556-1083]]\nio abito a [[L:Clusone]] ci trovate lì",
            ),
            ("a", "Perfetto. [[P:Elena]] 🏔️"),
        ],
    },
    {
        "business": "vinyl",
        "platform": "messenger",
        "customer": "Darnell Brooks",
        "lang": "en",
        "start": "2025-08-19T02:12:00",
        "messages": [
            (
                "c",
                "yo whats up, do yall ship to the [[L:US]]? i want the {{PD:Ennio Morricone - Il buono, il brutto, il cattivo}} OST original italian press",
            ),
            (
                "a",
                "Hi! Yes we ship to the [[L:US]] with {{B:DHL}}, about {{$:38 €}}. The record is {{$:120 €}}",
            ),
            (
                "c",
                "bet. [[P:Darnell Brooks]]\n[[A:2417 W. Division St, Apt 3R]]\n[[L:Chicago]], [[L:IL]] [[A:60622]]",
            ),
            (
                "c",
                "phone [[T:(773) 555-\n0148]] sorry\nemail [[E:d.brooks.beats (at) example (dot) com]]",
            ),
            ("a", "Thanks [[P:Darnell]]! Order {{O:SN-40790}}. Pay by card here?"),
            (
                "c",
                "[[C:4012 8877 6655 4438]] 05/28. its my girl [[P:Keisha]]s card she said ok lol",
            ),
            ("a", "Charged, tracking {{TR:JD014600006281930475}} soon. [[P:Luca]]"),
            ("c", "my beat tape is on [[U:youtube.com/@darnellbrooksbeats]] check it 🔥"),
        ],
    },
    {
        "business": "torte",
        "platform": "whatsapp",
        "customer": "Valentina",
        "lang": "it",
        "start": "2025-08-25T17:00:00",
        "messages": [
            (
                "c",
                "ciao [[P:Giulia]]! sono [[P:Valentina]] la sorella di [[P:Marta Ricci]] (quella della torta con le rose 🌹) ti scrivo per il tableau e i segnaposto",
            ),
            (
                "c",
                "tavolo sposi: [[P:Marta]], [[P:Luca]], i testimoni [[P:Federico Bassi]] e [[P:Ilaria De Santis Moretti]], poi don [[P:Alberto]] ah no lui al tavolo 2",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Ok, i biscotti segnaposto li facciamo con i nomi, mi mandi la lista completa?",
            ),
            (
                "c",
                "si te la manda [[P:Ilaria]] per mail dal suo [[E:ilaria.desantis@example.it]]\nla fattura invece alla ditta di papà [[P:Ricci Gianfranco]] P.IVA [[V:07364591201]] [[A:via Roma 88]] [[A:22021]] [[L:Bellagio]]",
            ),
            ("a", "Perfetto. Preventivo {{R:ZV-PREV-0914}} da {{$:180 €}} per 100 biscotti"),
            ("c", 'ok!! e mia nipote [[P:Gioia]] vuole il suo con scritto "principessa" 😂'),
            ("a", "Ma certo 👑 [[P:Giulia]]"),
        ],
    },
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Rashid",
        "lang": "it",
        "start": "2025-09-02T09:30:00",
        "messages": [
            (
                "c",
                "salve vorrei iscrivermi patente A2 per moto. sono [[P:Rashid Al-Hassan]] nato in [[L:Siria]], ho permesso di soggiorno",
            ),
            (
                "a",
                "Buongiorno [[P:Rashid]]! Per l'iscrizione ci servono: documento, permesso, codice fiscale e certificato medico",
            ),
            (
                "c",
                "codice fiscale [[CF:BNCMRC90A01F205H]] non è il mio, è del mio datore di lavoro [[P:Marco Bianchi]] che paga il corso",
            ),
            (
                "c",
                "io abito [[A:via Dante Alighieri 5]] a [[L:Seriate]], cap [[A:24068]]\n[[A:scala B int. 7]]",
            ),
            (
                "a",
                "Grazie, il corso A2 è {{$:690 €}}. L'istruttore moto è [[P:Fabio]]. Le lezioni iniziano {{D:9 settembre}}",
            ),
            (
                "c",
                "ok grazie. mio cugino [[P:Omar]] anche vuole, lui abita a [[L:Dalmine]] e non parla italiano, solo arabo e inglese",
            ),
            ("a", "Nessun problema, può scriverci anche in inglese. [[P:Paola]]"),
        ],
    },
    {
        "business": "fix",
        "platform": "telegram",
        "customer": "Beatriz",
        "lang": "en",
        "start": "2025-09-15T15:40:00",
        "messages": [
            (
                "c",
                "hi, im on erasmus here from [[L:Porto]], my {{PD:Pixel 7}} fell in the lake at {{W:Como}} 😭 can u save it",
            ),
            ("a", "Oh no! Bring it in asap, don't charge it. Water damage check {{$:30 €}}"),
            (
                "c",
                "ok im [[P:Beatriz Sousa Carvalho]], i live with [[P:Giorgia]] and [[P:Lukas]] in [[A:via Milano 14, flat 2]]\nif u need to reach me use [[P:lukas]] phone [[T:+49 1512 3348 906]]",
            ),
            ("c", "or my portuguese number [[T:+351 912 604 118]] but it doesnt work here much"),
            (
                "a",
                "Got it [[P:Beatriz]], ticket {{R:FX-25-0915}}. Ask for [[P:Samir]] when you come",
            ),
            (
                "c",
                "merci! oops thx 😅 also pls transfer the photos to my google acc [[E:bia.sousac@example.pt]]",
            ),
            ("c", "my insta is [[H:@bia_in_italia]] if u need me. [[P:bia]] 💙"),
            ("a", "We'll try our best. [[P:Davide]] from {{B:FixPoint}}"),
        ],
    },
    {
        "business": "groomer",
        "platform": "messenger",
        "customer": "Ludovica Sforzini",
        "lang": "it",
        "start": "2025-09-20T12:00:00",
        "messages": [
            (
                "c",
                "salve ho due cani, un {{W:bassotto}} ({{W:Pippo}}) e una golden ({{W:Stella}}). vorrei abbonamento mensile",
            ),
            (
                "a",
                "Buongiorno! L'abbonamento 4 bagni al mese per due cani è {{$:140 €}}. A nome di chi?",
            ),
            (
                "c",
                "[[P:Ludovica Sforzini]], ma paga il mio compagno [[P:Hans-Peter Müller]] con bonifico da [[L:Spagna]] perché lavora a [[L:Valencia]]",
            ),
            ("c", "IBAN suo [[I:ES9121000418450200051332]]\nper il rimborso se disdiciamo"),
            ("a", "Ricevuto, abbonamento {{R:PC-ABB-0920}}. I cani li porta lei?"),
            (
                "c",
                "no li porta la tata di mio figlio [[P:Leonardo]], si chiama [[P:Mirela]] è romena, parla poco italiano, suo numero [[T:+40 722 318 940]]",
            ),
            ("c", "e io sono su ig come [[H:ludo.sforzini]] 📸"),
            ("a", "Perfetto, grazie [[P:Ludovica]]! [[P:Sara]] - {{B:Pelo & Coccole}}"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(80, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
