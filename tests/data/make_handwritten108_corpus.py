# ruff: noqa: E501
"""Hand-written blind test corpus no. 108 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
address, phone number, e-mail, handle and link is invented. The checksummed identifiers (IBANs,
card numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and are
pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` marks a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (orders, prices, products, brands,
dates, times, tracking codes, ordinary words and public places, references).

The six invented businesses are a holiday-let real-estate agency on the coast, a plumber, a
wedding photographer who travels, a second-hand bookshop that ships abroad, a pest-control
company and a self-storage rental; the emphasis is on places and addresses.

Regenerate with: .venv/bin/python make_handwritten108_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten108_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "golfo": "Dimore del Golfo - Affitti Vacanze",
    "ferrante": "Idraulica Ferrante",
    "foto": "Ilaria Donnini Wedding Stories",
    "tarlo": "Libreria Il Tarlo Usato",
    "zeta": "Zeta Disinfestazioni",
    "boxgo": "Box&Go Self Storage",
}
PAGE_IDS: dict[str, str] = {
    "golfo": "708860214577301",
    "ferrante": "708860398120544",
    "foto": "708860551907236",
    "tarlo": "708860627384019",
    "zeta": "708860740026583",
    "boxgo": "708860883152970",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- golfo (holiday lets)
    {
        "business": "golfo",
        "platform": "instagram",
        "customer": "martina.sgro",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao!! vorrei info x il bilocale vista mare a [[L:Lerici]] dal {{D:12 luglio}} al {{D:19}} siamo in 2 + un cane piccolo 🐶",
            ),
            (
                "a",
                "Buongiorno! Il {{PD:Bilocale Scogliera}} è libero in quelle date, {{$:145 €}} a notte, i cani piccoli sono ammessi. Posso avere nome e cognome per l'opzione?",
            ),
            (
                "c",
                "si certo [[P:martina sgrò]]\ncon la accento sulla o 😅 arriviamo da [[L:Bergamo]] in macchina",
            ),
            (
                "c",
                "anzi la prenotazione mettila a nome del mio ragazzo [[P:Davide Locatelli]] che paga lui lol",
            ),
            (
                "a",
                "Perfetto, opzione registrata a nome [[P:Davide Locatelli]], codice {{R:DG-2025-0412}}. Ci lascia un numero di cellulare per il check-in?",
            ),
            (
                "c",
                "[[T:347 882 1903]] è il suo\nil mio è [[T:+39 320\n551 7746]] se nn risponde lui",
            ),
            (
                "a",
                "Grazie [[P:Martina]]! Le chiavi si ritirano in agenzia in {{W:via Biaggini 5}}, vicino al {{W:Castello di Lerici}}. A presto, [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "golfo",
        "platform": "whatsapp",
        "customer": "Jonathan Pryce-Whitaker",
        "lang": "en",
        "start": "2025-03-09T18:40:00",
        "messages": [
            (
                "c",
                "Hi there, we're a family of 4 from [[L:Leeds]] looking at the villa in [[L:Tellaro]] for the first 2 weeks of {{D:August}}. Is it still available?",
            ),
            (
                "a",
                "Hello! Yes, {{PD:Villa Le Agavi}} is free from {{D:2 August}} to {{D:16 August}}. The total is {{$:€3.920}} including cleaning.",
            ),
            (
                "c",
                "great. kids are [[P:Poppy]] (7) and [[P:Alfie]] (4), is the pool fenced?? my wife [[P:Harriet]] is a bit anxious about that",
            ),
            (
                "a",
                "Yes, fully fenced with a gate. To send the contract I need a postal address and e-mail please.",
            ),
            (
                "c",
                "[[A:27 Otley Road]], [[L:Headingley]], [[L:Leeds]] [[A:LS6 3AA]]\nemail [[E:jon.pw@harbourmail.co.uk]]",
            ),
            ("c", "oh and my [[L:UK]] mobile is [[T:+44 7700 918 342]], whatsapp is the same"),
            (
                "a",
                "Thank you Mr [[P:Pryce-Whitaker]], contract sent, booking ref {{R:DG-2025-0588}}. [[P:Chiara]] from the team",
            ),
        ],
    },
    {
        "business": "golfo",
        "platform": "messenger",
        "customer": "Rosa Ianniello",
        "lang": "it",
        "start": "2025-04-02T21:05:00",
        "messages": [
            (
                "c",
                "Salve sono [[P:Rosa Ianniello]] ho prenotato la casetta a [[L:San Terenzo]] ma devo cambiare le date xke mia madre sta male",
            ),
            ("c", "lei abita a [[L:Sarzana]] e devo starle vicino nn posso venire a {{D:giugno}}"),
            (
                "a",
                "Mi dispiace molto signora [[P:Ianniello]]. Possiamo spostare a {{D:settembre}} senza penali. Mi conferma il codice prenotazione?",
            ),
            (
                "c",
                "{{R:DG-2025-0307}} credo.. cmq il bonifico lo avevo fatto dal conto [[I:IT74R0760103200000047291583]]",
            ),
            (
                "a",
                "Trovata, spostata dal {{D:6}} al {{D:13 settembre}}. Le {{W:rose}} del giardino saranno ancora fiorite 🌹 Un abbraccio alla mamma. [[P:Chiara]]",
            ),
            (
                "c",
                "grazie di cuore ❤️ se serve il mio indirizzo x la fattura è [[A:via Variante Aurelia 118]] [[A:19038]] [[L:Sarzana]], citofono [[P:Ianniello-Bertolini]]",
            ),
        ],
    },
    {
        "business": "golfo",
        "platform": "telegram",
        "customer": "Kasia W.",
        "lang": "en",
        "start": "2025-05-17T11:22:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Katarzyna Wiśniewska]] from [[L:Kraków]], i write english not so good sorry. we want apartment near sea for 5 people in {{D:june}}",
            ),
            (
                "a",
                "Hello [[P:Katarzyna]]! We have {{PD:Appartamento Palmaria}} in [[L:Portovenere]] for 5 people, {{$:210 €}} per night. Which dates?",
            ),
            (
                "c",
                "from {{D:14.06}} to {{D:21.06}}. my brother [[P:Tomek]] and his wife [[P:Agnieszka]] come also with baby [[P:Zosia]]",
            ),
            ("c", "my telegram is [[H:@kasia_wis_krk]] and phone [[T:+48 601 227 845]]"),
            (
                "a",
                "Perfect, I reserve it for you. For the registration with the police we need the documents of all guests at check-in.",
            ),
            (
                "c",
                "ok we have passports of [[L:Poland]], only my brother live now in [[L:Dublin]] he have card id from [[L:Ireland]] is ok?",
            ),
            ("a", "Yes, any valid EU ID card is fine. [[P:Marco]] from {{B:Dimore del Golfo}}"),
        ],
    },
    {
        "business": "golfo",
        "platform": "whatsapp",
        "customer": "Gianni",
        "lang": "it",
        "start": "2025-06-20T08:03:00",
        "messages": [
            (
                "c",
                "buongiorno sono il proprietario dell'appartamento in [[A:via Fontana 3, int. 2]] a [[L:Fiascherino]], mi ha dato il vs numero la signora [[P:Pedrazzi]]",
            ),
            (
                "c",
                "vorrei affidarvi la gestione x l'estate. io vivo a [[L:Torino]] e nn riesco a scendere",
            ),
            (
                "a",
                "Buongiorno! Con piacere. Mi può dare nome completo, codice fiscale e un indirizzo e-mail per il mandato?",
            ),
            (
                "c",
                "[[P:Giovanni Costa]]\n[[CF:CSTGNN79C14F205K]]\nmail [[E:gianni punto costa chiocciola libero punto it]]",
            ),
            (
                "a",
                "Grazie sig. [[P:Costa]]. La provvigione è del 18%. Il nostro geometra [[P:Ruggero Falasca]] passa a vedere la casa {{D:giovedì}} alle {{TM:10:30}}, chi apre?",
            ),
            (
                "c",
                "le chiavi le ha la vicina del piano di sotto, [[P:Iolanda]], suonate [[P:Baruffaldi]]. il mio numero è [[T:011/ 43 82 907]] o [[T:338-4417-220]]",
            ),
            ("a", "Perfetto, ci sentiamo dopo il sopralluogo. [[P:Chiara]]"),
        ],
    },
    # ---------------------------------------------------------------- ferrante (plumber)
    {
        "business": "ferrante",
        "platform": "whatsapp",
        "customer": "Lella",
        "lang": "it",
        "start": "2025-01-13T07:12:00",
        "messages": [
            (
                "c",
                "buongiorno urgente!!! si è rotto il tubo sotto il lavello esce acqua dappertutto 😭😭 sono a [[L:Cinisello]]",
            ),
            ("a", "Buongiorno, chiuda subito il rubinetto generale. Mi dà l'indirizzo preciso?"),
            ("c", "[[A:via Gorki 41 scala C terzo piano]]\ncitofono [[P:Brambilla Nava]]"),
            (
                "c",
                "scusate nn è scala C è [[A:scala D]] 🙈 il palazzo giallo dietro al {{W:Carrefour}}",
            ),
            (
                "a",
                "Ok, il nostro tecnico [[P:Samir]] arriva entro le {{TM:8.45}}. Intervento urgente {{$:90 euro}} di uscita più materiale.",
            ),
            (
                "c",
                "va bene grazie mille, io sono [[P:Raffaella]] se nn rispondo al citofono chiamate il [[T:02 6604 1187]] fisso",
            ),
            ("c", "ah mio marito [[P:Ezio]] scende ad aprire il portone"),
            ("a", "Perfetto signora [[P:Brambilla]]. [[P:Pietro Ferrante]]"),
        ],
    },
    {
        "business": "ferrante",
        "platform": "messenger",
        "customer": "Aleksandar Petrović",
        "lang": "it",
        "start": "2025-02-01T16:30:00",
        "messages": [
            (
                "c",
                "salve, io abito in affitto, caldaia nn fa acqua calda da 3 giorni, proprietario dice chiamate voi. lui si chiama [[P:Nardella]] paga lui",
            ),
            ("a", "Buonasera, che modello di caldaia è? E l'indirizzo?"),
            (
                "c",
                "caldaia {{PD:Vaillant ecoTEC plus}}, indirizzo [[A:viale Fulvio Testi 212]], [[L:Sesto San Giovanni]]",
            ),
            (
                "c",
                "[[A:interno 14]]. mio nome su citofono è [[P:Petrovic A.]] scritto senza accento",
            ),
            (
                "a",
                "Possiamo venire {{D:lunedì 3}} tra le {{TM:14}} e le {{TM:16}}. Per la fattura intestata al proprietario ci serve il suo codice fiscale o la partita IVA.",
            ),
            (
                "c",
                "lui ha ditta, partita iva [[V:08392140755]], telefono di lui [[T:+39 349 10 20 884]]",
            ),
            ("a", "Grazie, lo contatto io. A lunedì!"),
        ],
    },
    {
        "business": "ferrante",
        "platform": "instagram",
        "customer": "fede_rizzi.home",
        "lang": "it",
        "start": "2025-02-18T13:48:00",
        "messages": [
            (
                "c",
                "ciaoo vorrei un preventivo x rifare il bagno, doccia al posto della vasca. siamo in una cascina a [[L:Cascina Vaj]] frazione di [[L:Bellinzago]]",
            ),
            (
                "a",
                "Ciao! Volentieri, facciamo un sopralluogo gratuito. Ci dai indirizzo e un recapito?",
            ),
            (
                "c",
                "[[A:strada per Cassano 7]] [[A:28043]]\nnn si trova col navigatore, dopo la chiesa di {{W:San Rocco}} girate a sx sullo sterrato",
            ),
            (
                "c",
                "sono [[P:Federica Rizzi]] ma tutti mi chiamano [[P:fede]]. mail [[E:federica.rizzi88@postaverde.it]]",
            ),
            (
                "a",
                "Grazie [[P:Federica]]! Sopralluogo {{D:venerdì 21}} alle {{TM:9}}. Porta pure le foto dei modelli che ti piacciono, tipo {{PD:piatto doccia Ideal Standard Ultra Flat}}.",
            ),
            (
                "c",
                "top!! se nn ci sono io c'è mia suocera [[P:Lucia]] che abita nella casa accanto",
            ),
        ],
    },
    {
        "business": "ferrante",
        "platform": "whatsapp",
        "customer": "Mr. Okafor",
        "lang": "en",
        "start": "2025-03-22T19:10:00",
        "messages": [
            (
                "c",
                "Good evening. I am [[P:Chinedu Okafor]], I moved to [[L:Monza]] last month from [[L:Lagos]], the toilet is leaking at the base. do you speak english?",
            ),
            (
                "a",
                "Good evening Mr [[P:Okafor]], yes, a little 🙂 Can you send the address and a photo?",
            ),
            ("c", "[[A:Via Lecco 96]]\n[[A:20900]] [[L:Monza]] MB\nbell says [[P:Okafor-Mensah]]"),
            ("c", "my number [[T:+39 371 448\n 2019]]"),
            (
                "a",
                "Thank you. Technician [[P:Samir Haddad]] comes tomorrow {{TM:11:00}}. The fee for the call is {{$:€60}}.",
            ),
            ("c", "thanks a lot. pay by card is ok? it is a card from [[L:Nigeria]]"),
            ("a", "Yes, card is fine. [[P:Pietro]]"),
        ],
    },
    {
        "business": "ferrante",
        "platform": "telegram",
        "customer": "Doriana Pace",
        "lang": "it",
        "start": "2025-04-10T10:00:00",
        "messages": [
            (
                "c",
                "buongiorno, ho ricevuto la fattura {{R:FT 2025/118}} ma il codice fiscale è sbagliato, il mio è [[CF:DLBSFN72T45L424N]]",
            ),
            (
                "c",
                "eh no aspetta la fattura era intestata a mia sorella [[P:Stefania]] la casa è sua, io sono [[P:Doriana]]. il suo cf è quello che vi ho scritto",
            ),
            (
                "a",
                "Buongiorno, nessun problema, la rifacciamo intestata a [[P:Stefania Delbello]]. Indirizzo sempre [[A:via Roma 12]] a [[L:Trieste]]?",
            ),
            (
                "c",
                "no lei si è trasferita, ora sta a [[L:Muggia]] [[A:strada per Lazzaretto 54/A]] [[A:34015]]",
            ),
            (
                "a",
                "Perfetto. Il saldo di {{$:312,40 €}} si può fare su IBAN {{B:Idraulica Ferrante}} che trova in fattura.",
            ),
            ("c", "ok la mando a [[E:stefi.delbello@example.it]] così la vede lei"),
        ],
    },
    # ---------------------------------------------------------------- foto (wedding photographer)
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "sofi_and_luca",
        "lang": "it",
        "start": "2025-01-07T20:20:00",
        "messages": [
            (
                "c",
                "ciao [[P:Ilaria]]!! ci sposiamo il {{D:6 settembre}} in [[L:Val d'Orcia]], a [[L:Pienza]], sei libera?? 💍💍",
            ),
            (
                "a",
                "Ciao ragazzi, che bello! Sì, la data è libera. Siete [[P:Sofia]] e [[P:Luca]] giusto? Mi scrivete i cognomi per il contratto?",
            ),
            (
                "c",
                "[[P:Sofia Mancuso]] e [[P:Luca De Santis Orlandi]]\nnoi viviamo a [[L:Bologna]] ma lui è di [[L:Lecce]] quindi metà invitati scendono dal sud 😂",
            ),
            (
                "c",
                "la cerimonia è nella pieve di {{W:Corsignano}} e poi ricevimento all'{{B:Agriturismo Il Poggio Rosso}}",
            ),
            (
                "a",
                "Posto stupendo! Il pacchetto {{PD:Racconto Completo}} con trasferta in {{W:Toscana}} è {{$:2.800 €}}. Per il contratto mi serve l'indirizzo di residenza di uno dei due.",
            ),
            (
                "c",
                "[[A:via del Pratello 64/2]] [[A:40122]] [[L:Bologna]], scrivi a [[E:sofi.mancuso@mailbox.example.com]]",
            ),
            (
                "c",
                "ah e la mia testimone [[P:Bea]] ti scrive x una sorpresa, il suo ig è [[H:@bea.trevisan_]] 🤫",
            ),
            ("a", "Ricevuto tutto! Vi mando il contratto stasera. Un abbraccio, [[P:Ilaria]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Anjali Raghunathan",
        "lang": "en",
        "start": "2025-02-11T09:45:00",
        "messages": [
            (
                "c",
                "Hello! My fiancé [[P:Rohan]] and I live in [[L:Edinburgh]] and we're getting married in [[L:Ravello]] on {{D:18 May 2026}}. Do you travel to the [[L:Amalfi Coast]]?",
            ),
            (
                "a",
                "Hello [[P:Anjali]]! Yes, I cover the whole of Italy. For [[L:Ravello]] the travel fee is {{$:€350}}.",
            ),
            (
                "c",
                "amazing. it's a hindu-italian fusion wedding, my parents are flying in from [[L:Chennai]] and his from [[L:Glasgow]] 😅 there will be a mehndi the evening before at {{B:Villa Cimbrone}}",
            ),
            (
                "c",
                "my surname is [[P:Raghunathan]], his is [[P:McAllister]]. You can reach me on [[T:+44 (0)131 496 0712]] or [[E:anjali.r at scotmail dot co dot uk]]",
            ),
            (
                "a",
                "Beautiful! I'll send you the brochure. Do you have a Pinterest board or an Instagram I can look at for the mood?",
            ),
            (
                "c",
                "yes our wedding page is [[U:instagram.com/anjali.and.rohan.wed]] and my personal blog [[U:https://anjaliwrites.blog]]",
            ),
            ("a", "Love it, talk soon! [[P:Ilaria]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Chiara Lo Bue",
        "lang": "it",
        "start": "2025-03-03T15:15:00",
        "messages": [
            (
                "c",
                "Ciao sono [[P:Chiara Lo Bue]] la sposa del {{D:21 giugno}} a [[L:Cefalù]], devo pagare l'acconto",
            ),
            (
                "a",
                "Ciao [[P:Chiara]]! L'acconto è {{$:800 €}}, causale {{R:ID-0621-LOBUE}}. Puoi fare bonifico o carta.",
            ),
            (
                "c",
                "faccio con carta [[C:4532 0151 1283 0366]] scad 09/27 la intestataria è mia mamma [[P:Giuseppina Marino]]",
            ),
            (
                "a",
                "Ti prego non mandare i dati della carta in chat! 🙏 Ti mando un link di pagamento sicuro. Nel frattempo cancella il messaggio.",
            ),
            (
                "c",
                "ops scusa 🙈🙈 fatto. ah cambia anche l'indirizzo della preparazione sposa, non più a casa mia ma da mia nonna [[P:Nunzia]] a [[L:Lascari]], [[A:contrada Gallinica snc]]",
            ),
            (
                "c",
                "mio cugino [[P:Totò]] vi aspetta al bivio della statale alle {{TM:12}} perché nn si trova",
            ),
            ("a", "Perfetto, annotato. A presto!"),
        ],
    },
    {
        "business": "foto",
        "platform": "telegram",
        "customer": "Lukas",
        "lang": "en",
        "start": "2025-04-15T12:00:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Lukas]] here. Wir heiraten... sorry, we marry in {{D:October}} at [[L:Lake Como]], in [[L:Bellagio]], can you do a drone shot?",
            ),
            (
                "a",
                "Hi [[P:Lukas]]! Yes, I have a licensed drone pilot working with me. Where are you based?",
            ),
            (
                "c",
                "we live in [[L:München]], [[A:Schwanthalerstraße 88]], [[A:80336]]. my partner is [[P:Jannik Oberhuber]], we are a gay couple I hope it's ok",
            ),
            (
                "a",
                "Of course, I'd be delighted to photograph you both! 🌈 Could you send your full name and e-mail for the quote?",
            ),
            (
                "c",
                "[[P:Lukas Brandstätter]], [[E:l.brandstaetter@bergpost.de]]. Telegram [[H:@lukas_brdst]] if easier",
            ),
            (
                "c",
                "oh and [[P:Jannik]]'s mum [[P:Resi]] lives in [[L:Bolzano]], she will drive down with the Trachten for the family photos",
            ),
            ("a", "Wonderful. I'll send the quote today, [[P:Ilaria]]"),
        ],
    },
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "speranza.e.felice",
        "lang": "it",
        "start": "2025-05-28T22:10:00",
        "messages": [
            (
                "c",
                "ciao! siamo [[P:Speranza]] e [[P:Felice]] (sì ridete pure 😂) festeggiamo 25 anni di matrimonio a {{D:novembre}}",
            ),
            (
                "c",
                "vorremmo un servizio piccolo solo di coppia, in paese da noi a [[L:Rosa]] in provincia di [[L:Vicenza]], vicino al {{W:Ponte Vecchio}} di {{W:Bassano}}",
            ),
            (
                "a",
                "Che bella idea, auguri! Un servizio di coppia di 2 ore è {{$:390 €}}. Un nome bellissimo per un paese, mi ricorda le {{W:rose}} 🌹",
            ),
            (
                "c",
                "ahah tutti lo dicono. noi stiamo in [[A:via Stradona 15]], sopra la {{B:Pasticceria Zampieri}}",
            ),
            (
                "c",
                "mio figlio [[P:Nicolò]] vi scrive il suo numero perché noi non siamo capaci 😅 [[T:0424 58 91 30]] è il fisso di casa",
            ),
            ("a", "Perfetto, aspetto il messaggio di [[P:Nicolò]]. [[P:Ilaria]]"),
        ],
    },
    # ---------------------------------------------------------------- tarlo (second-hand bookshop)
    {
        "business": "tarlo",
        "platform": "messenger",
        "customer": "Hélène Marchand",
        "lang": "it",
        "start": "2025-01-20T10:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, avete ancora {{PD:Il Gattopardo prima edizione Feltrinelli 1958}}? Spedite in [[L:Francia]]? Io abito a [[L:Lione]]",
            ),
            (
                "a",
                "Buongiorno! Sì, è disponibile, {{$:180 €}}, in buono stato. Spediamo in tutta {{W:Europa}} con corriere tracciato, per la [[L:Francia]] sono {{$:18 €}}.",
            ),
            (
                "c",
                "Parfait, je le prends! scusate, lo prendo 😊 indirizzo: [[P:Hélène Marchand]], [[A:14 rue des Capucins]], [[A:69001]] [[L:Lyon]], [[L:France]]",
            ),
            (
                "c",
                "il citofono dice [[P:Marchand-Ferri]] perché il mio compagno è italiano, [[P:Paolo Ferri]]",
            ),
            ("a", "Perfetto, ordine {{O:TAR-44120}}. Le mando il link per il pagamento alla mail?"),
            ("c", "sì a [[E:helene.marchand[at]courrier-lyon[dot]fr]] merci!"),
            (
                "a",
                "Inviato. Spedito domani con {{B:GLS}}, tracking {{TR:GL0093315577IT}}. [[P:Ottavio]] - {{B:Il Tarlo}}",
            ),
        ],
    },
    {
        "business": "tarlo",
        "platform": "instagram",
        "customer": "bookworm_mateo",
        "lang": "en",
        "start": "2025-02-05T23:55:00",
        "messages": [
            (
                "c",
                "hiii do u have any old {{W:Calvino}} in italian?? i'm learning italian, i'm from [[L:Valencia]] but i study in [[L:Utrecht]] now",
            ),
            (
                "a",
                "Hi! We have {{PD:Le città invisibili}} ({{B:Einaudi}} 1972) for {{$:24 €}} and {{PD:Il barone rampante}} for {{$:12 €}}. Both ship to the [[L:Netherlands]] for {{$:14 €}}.",
            ),
            (
                "c",
                "omg both pls!! ship to my student room: [[A:Biltstraat 203 kamer 12]], [[A:3572 AR]] [[L:Utrecht]]",
            ),
            (
                "c",
                "name is [[P:Mateo Ruiz Albornoz]], ¡muchas gracias! es para mi TFG 📚 my ig is this one, [[H:bookworm_mateo]]",
            ),
            (
                "a",
                "Great choice! Order {{O:TAR-44187}}, total {{$:50 €}}. Payment by PayPal to our shop account is fine.",
            ),
            (
                "c",
                "paid! from my mum's paypal, [[P:Inmaculada]] lol. if parcel gets lost my [[L:NL]] number is [[T:+31 6 4120 7785]]",
            ),
        ],
    },
    {
        "business": "tarlo",
        "platform": "whatsapp",
        "customer": "Prof. Venturini",
        "lang": "it",
        "start": "2025-02-27T17:20:00",
        "messages": [
            (
                "c",
                "Gentili, sono il prof. [[P:Amedeo Venturini]], vorrei vendervi la biblioteca di mio padre, circa 600 volumi, molti di storia locale del {{W:Friuli}}",
            ),
            (
                "c",
                "I libri sono nella casa di famiglia a [[L:Clauzetto]], [[A:borgo Celante 9]], ci vive ancora mia zia [[P:Elvira]], 91 anni",
            ),
            (
                "a",
                "Buonasera professore, molto interessante. Possiamo venire a vederli, magari un sabato. Ci lascia un recapito?",
            ),
            (
                "c",
                "[[T:0427.80.31.55]] casa della zia, io sono a [[L:Padova]] in settimana, cell [[T:(+39) 340 6619 020]]",
            ),
            (
                "a",
                "Grazie. Per l'acquisto le faremo una ricevuta, ci servirà il suo codice fiscale. Se preferisce il bonifico, anche un IBAN.",
            ),
            (
                "c",
                "[[I:IT51M0200811770000103482917]], intestato a me. Il cf ve lo dà la mia segretaria dott.ssa [[P:Zanin]]... ah no, sbaglio, [[P:Zanin]] è in ferie, ve lo mando io domani",
            ),
            ("a", "Nessuna fretta. A sabato {{D:8 marzo}}, [[P:Ottavio]]"),
        ],
    },
    {
        "business": "tarlo",
        "platform": "telegram",
        "customer": "Wei Lin",
        "lang": "en",
        "start": "2025-03-19T06:40:00",
        "messages": [
            (
                "c",
                "hello, i order {{O:TAR-44302}} two weeks ago, {{PD:Marco Polo Il Milione}} illustrated, still not arrive in [[L:Taipei]]",
            ),
            (
                "a",
                "Hello, I'm sorry! Tracking {{TR:RR481 206 553 IT}} shows it in customs in [[L:Taiwan]] since {{D:12 March}}. Can you confirm the address?",
            ),
            (
                "c",
                "[[P:Lin Wei]] (family name [[P:Lin]]), [[A:No. 45, Lane 120, Section 3, Zhongshan N. Rd., Zhongshan Dist.]], [[L:Taipei City]] [[A:104]]",
            ),
            (
                "c",
                "maybe problem is my name written wrong, on door is chinese name [[P:林偉]]... and my wife [[P:Chen Meiling]] can receive also",
            ),
            (
                "a",
                "I'll open a claim with {{B:Poste Italiane}}, reference {{R:CLM-88231}}. Could you give us a phone for customs?",
            ),
            (
                "c",
                "[[T:+886 912 345 078]]. my ip is blocked from your website also, [[IP:114.37.206.19]], maybe geoblock?",
            ),
            ("a", "Thanks, I'll check the site with our developer too. [[P:Ottavio]]"),
        ],
    },
    {
        "business": "tarlo",
        "platform": "messenger",
        "customer": "Grazia Pellegrino",
        "lang": "it",
        "start": "2025-04-22T14:05:00",
        "messages": [
            (
                "c",
                "ciao cerco un regalo x mio nipote [[P:Manuel]] che si è trasferito in [[L:Germania]], a [[L:Stoccarda]], e gli manca l'italiano 😢",
            ),
            ("c", "qualcosa di {{W:Rodari}} o {{PD:Pinocchio}} illustrato vecchio, lui ha 8 anni"),
            (
                "a",
                "Abbiamo {{PD:Le avventure di Pinocchio illustrato da Mussino}}, {{$:35 €}}, bellissimo. Spediamo in [[L:Germania]] in 5-7 giorni.",
            ),
            (
                "c",
                "perfetto. spedite a lui da mia figlia [[P:Giada Pellegrino]], [[A:Rotebühlstraße 121]], [[A:70178]] [[L:Stuttgart]]",
            ),
            (
                "c",
                "pago io dall'[[L:italia]], bonifico dal conto di mio marito [[P:Armando]] [[I:IT86K0306909606100000063921]]",
            ),
            ("a", "Grazie! Causale {{O:TAR-44455}}. Vuole un biglietto d'auguri dentro?"),
            ("c", 'sì scrivete "al mio [[P:Manuelino]] con tanto amore, nonna [[P:Grazia]]" ❤️'),
        ],
    },
    # ---------------------------------------------------------------- zeta (pest control)
    {
        "business": "zeta",
        "platform": "whatsapp",
        "customer": "Bobo",
        "lang": "it",
        "start": "2025-05-05T08:20:00",
        "messages": [
            (
                "c",
                "ciao ho le vespe che fanno il nido sotto la grondaia, mi ha dato il vs numero [[P:Bobo]] il barista... cioè [[P:Roberto]] del {{B:Bar Sport}}",
            ),
            (
                "c",
                "io sono [[P:Renzo Tavecchio]] abito a [[L:Olgiate Molgora]] frazione [[L:Beolco]], [[A:via Speranza 8]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Tavecchio]], possiamo venire {{D:mercoledì}} mattina. L'intervento vespe costa {{$:120 € + IVA}}.",
            ),
            (
                "c",
                "va bene. la casa è quella col cancello verde, il verde brutto 😂 dopo la curva del {{W:Santuario di Sabbioncello}}",
            ),
            ("c", "se nn ci sono apre mio suocero [[P:Felice]], è un po sordo suonate forte"),
            ("a", "Ok! Mi lascia un numero? Il tecnico [[P:Dario]] la chiama mezz'ora prima."),
            ("c", "[[T:039 950 2214]]\n[[T:333.918.2071]] cell"),
        ],
    },
    {
        "business": "zeta",
        "platform": "messenger",
        "customer": "Amministrazione Condomini Rebecchi",
        "lang": "it",
        "start": "2025-05-12T11:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Laura Bruni]] dello studio dell'amministratore [[P:Rebecchi]]. Il condominio di [[A:via Nizza 150]] a [[L:Torino]] ha i topi in cantina",
            ),
            (
                "a",
                "Buongiorno, possiamo fare derattizzazione con 8 postazioni, {{$:480 €}} + 2 controlli. A chi intestiamo?",
            ),
            (
                "c",
                "Intestate al condominio, il cf lo trovate in calce. Referente in loco la portinaia, sig.ra [[P:Addolorata]], tel [[T:011 - 669 48 02]]",
            ),
            (
                "c",
                "un condomino, il sig. [[P:Mohammed El Idrissi]] al [[A:4° piano]], ha i topi anche in casa: interno [[A:scala A int. 16]], vi chiede se passate anche da lui",
            ),
            (
                "a",
                "Certo. Per la parte privata del sig. [[P:El Idrissi]] facciamo una fattura separata: ci servono i suoi dati.",
            ),
            (
                "c",
                "vi scrive lui, la sua mail è [[E:m.elidrissi82@example.com]]. Lo studio ha p.iva [[V:04712850967]]",
            ),
            (
                "a",
                "Grazie dott.ssa [[P:Bruni]], confermo per {{D:lunedì 19}} alle {{TM:8:00}}. [[P:Elisa]] - {{B:Zeta}}",
            ),
        ],
    },
    {
        "business": "zeta",
        "platform": "instagram",
        "customer": "amina_k_travels",
        "lang": "en",
        "start": "2025-06-03T22:48:00",
        "messages": [
            (
                "c",
                "hi, urgent, i think we have bed bugs in our airbnb 😩😩 we're tourists from [[L:Nairobi]] staying in [[L:Trastevere]], [[A:vicolo del Cinque 31]]",
            ),
            ("c", "the host is [[P:Valerio]] and he doesn't answer. my bites are everywhere"),
            (
                "a",
                "So sorry! We can come tomorrow, but the treatment must be authorised by the owner. Do you have his contact?",
            ),
            (
                "c",
                "only this [[T:+39 06 5830 1147]] and his insta [[U:instagram.com/valerio.casetrastevere]]",
            ),
            (
                "c",
                "my name is [[P:Amina Kamau]], my sister [[P:Wanjiru]] is with me. we leave to [[L:Florence]] on {{D:Friday}} so please fast",
            ),
            (
                "a",
                "I'll try to call [[P:Valerio]] in the morning. In the meantime wash everything at 60° and keep luggage closed. [[P:Elisa]]",
            ),
        ],
    },
    {
        "business": "zeta",
        "platform": "telegram",
        "customer": "Hans-Peter",
        "lang": "it",
        "start": "2025-06-25T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno, io tedesco ma ho casa qui in [[L:Lunigiana]], a [[L:Filattiera]], [[A:località Ponticello snc]]. ci sono termiti nel tetto di legno, credo",
            ),
            (
                "c",
                "io sono tutto l'anno a [[L:Friburgo]] e vengo solo estate, mio vicino [[P:Aldo Pinelli]] ha le chiavi",
            ),
            (
                "a",
                "Buongiorno! Facciamo prima un'ispezione, {{$:90 €}}. Il sig. [[P:Pinelli]] può esserci {{D:martedì}}?",
            ),
            (
                "c",
                "si si lui sempre a casa. suo telefono [[T:0187 41 22 63]]. il mio telegram [[H:@hp_kaltenbach]], io [[P:Hans-Peter Kaltenbach]]",
            ),
            (
                "c",
                "fattura a mio indirizzo tedesco per favore: [[A:Habsburgerstraße 47]], [[A:79104]] [[L:Freiburg im Breisgau]]",
            ),
            ("a", "Perfetto. Buona giornata!"),
        ],
    },
    {
        "business": "zeta",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-07-14T19:05:00",
        "messages": [
            (
                "c",
                "buonasera, ho trovato le blatte in cucina, abito al piano terra e credo vengano dal ristorante di sotto",
            ),
            ("a", "Buonasera! Ci dà l'indirizzo e il nome?"),
            (
                "c",
                "[[P:Giuseppa Trovato]] ma chiamatemi [[P:Giuse]]\n[[A:via Etnea 301]] [[L:Catania]]",
            ),
            (
                "c",
                "no scusate ho sbagliato numero civico è [[A:via Etnea 310]]. vicino a {{W:Villa Bellini}}",
            ),
            (
                "a",
                "Grazie [[P:Giuse]]! Per la disinfestazione blatte {{$:150 €}}. Possiamo {{D:sabato}}?",
            ),
            (
                "c",
                "ok sabato. pago con carta [[C:5529-6788-4410-2933]] va bene se ve la detto al telefono?",
            ),
            ("a", "Meglio pagare al tecnico con il POS, non scriva la carta in chat 🙏 A sabato!"),
        ],
    },
    # ---------------------------------------------------------------- boxgo (self storage)
    {
        "business": "boxgo",
        "platform": "messenger",
        "customer": "Laura Bruno",
        "lang": "it",
        "start": "2025-01-28T12:12:00",
        "messages": [
            (
                "c",
                "salve mi trasferisco da [[L:Milano]] a [[L:Amsterdam]] per lavoro a {{D:marzo}}, mi serve un box x i mobili per circa 6 mesi",
            ),
            (
                "a",
                "Buongiorno! Un box da 6 m² nella nostra sede di {{W:viale Monza 301}} costa {{$:89 €/mese}}. Possiamo anche ritirare noi a domicilio.",
            ),
            (
                "c",
                "si il ritiro mi serve, sono in [[A:via Padova 77, 4 piano]] senza ascensore 😅\nnome [[P:Laura Bruno]]",
            ),
            ("a", "Per il contratto servono codice fiscale e documento."),
            (
                "c",
                "cf [[CF:BRNLRA85M52H501Y]] (sono nata a [[L:Roma]] anche se vivo qui da 15 anni)",
            ),
            (
                "c",
                "il mio nuovo indirizzo in [[L:olanda]] sarà [[A:Prinsengracht 412-III]], [[A:1016 JK]] [[L:Amsterdam]], per le fatture mandate a [[E:laurabruno.ams@example.com]]",
            ),
            (
                "a",
                "Perfetto [[P:Laura]]. Ritiro fissato {{D:sabato 1 marzo}} dalle {{TM:8}} alle {{TM:12}}, contratto {{R:BG-MI-2025-0077}}. [[P:Stefano]], {{B:Box&Go}}",
            ),
        ],
    },
    {
        "business": "boxgo",
        "platform": "whatsapp",
        "customer": "Amani Kouamé",
        "lang": "it",
        "start": "2025-02-14T18:18:00",
        "messages": [
            (
                "c",
                "buonasera, il mio codice di accesso al box 214 non funziona più, sono davanti al cancello adesso!! 😡",
            ),
            ("a", "Buonasera, mi scusi! Mi dice nome e numero di contratto?"),
            (
                "c",
                "[[P:Kouamé Amani]], contratto {{R:BG-MI-2024-1183}}. il box è intestato anche a mia moglie [[P:Mariam Koné]]",
            ),
            (
                "a",
                "Risulta un mancato pagamento di {{D:febbraio}}, {{$:64 €}}. Il sistema blocca il codice automaticamente.",
            ),
            (
                "c",
                "ma ho pagato! dalla carta [[C:3793 545081 62306 7]], ieri sera dal vostro sito, il mio ip era [[IP:2001:db8:4c2a:17::b05]] se vi serve per controllare",
            ),
            (
                "a",
                "Trovato, il pagamento è arrivato stamattina. Sblocco ora, riprovi tra 2 minuti.",
            ),
            (
                "c",
                "ok funziona grazie. scusate se ero arrabbiato, vengo da [[L:Abidjan]] e lì nel box ho tutte le cose della mia famiglia",
            ),
        ],
    },
    {
        "business": "boxgo",
        "platform": "instagram",
        "customer": "gigi.moves",
        "lang": "en",
        "start": "2025-03-30T10:50:00",
        "messages": [
            (
                "c",
                "heyy i'm a content creator, moving out of [[L:Bari]] for a few months to do van life in [[L:Portugal]] and [[L:Morocco]] 🚐 need storage for my camera gear & stuff",
            ),
            (
                "c",
                "would you do a collab?? i have 80k on tiktok [[U:tiktok.com/@gigimoves]] and my youtube [[U:https://www.youtube.com/@GigiMovesOn]]",
            ),
            (
                "a",
                "Hi! Thanks for thinking of us. We don't do paid collabs but we can give you 2 months free on a {{PD:Box M}} if you mention us. Deal?",
            ),
            (
                "c",
                "deal!! all my links are here [[U:linktr.ee/gigi.moves]]. real name is [[P:Luigi Amoruso]] for the contract haha",
            ),
            (
                "c",
                "my mum [[P:Annamaria]] will have the second key, she lives in [[L:Polignano a Mare]], [[A:via San Vito 22]]",
            ),
            (
                "a",
                "Perfect [[P:Luigi]], contract {{R:BG-BA-2025-0212}}. Safe travels and send us a postcard from [[L:Lisbon]]! 📮",
            ),
        ],
    },
    {
        "business": "boxgo",
        "platform": "telegram",
        "customer": "Dragana",
        "lang": "it",
        "start": "2025-04-08T09:09:00",
        "messages": [
            (
                "c",
                "buongiorno, ditta di pulizie, ci serve un box piccolo per attrezzature. ragione sociale {{B:Brillante Pulizie di Dragana Jovanović}}",
            ),
            (
                "a",
                "Buongiorno! Un box da 3 m² è {{$:49 € + IVA}} al mese. Ci servono partita IVA e sede.",
            ),
            (
                "c",
                "p.iva [[V:02659310185]]\nsede [[A:via Nazionale 58/b]] [[A:10087]] [[L:Valperga]] ma noi lavoriamo tutto {{W:Canavese}}",
            ),
            (
                "c",
                "sono [[P:Dragana Jovanović]], titolare. per bonifico mensile dal conto in [[L:Germania]] di mio fratello [[P:Miloš]] va bene? [[I:DE32370400440532099871]]",
            ),
            ("a", "Sì, va bene anche un conto estero. Ci serve un suo cellulare per l'accesso."),
            ("c", "[[T:+381 64 221 9075]] serbo e [[T:+39 392 008 1144]] italiano"),
            ("a", "Grazie signora [[P:Jovanović]], ticket {{R:BG-TO-7731}}. [[P:Stefano]]"),
        ],
    },
    {
        "business": "boxgo",
        "platform": "whatsapp",
        "customer": "Tom Hollings",
        "lang": "en",
        "start": "2025-05-21T15:35:00",
        "messages": [
            (
                "c",
                "Hello, I rented unit 08 last year before going back to [[L:Bristol]], the contract ended in {{D:April}}. Can I get my deposit back please?",
            ),
            ("a", "Hello! Of course. Can you tell me your full name and the contract number?"),
            (
                "c",
                "[[P:Thomas Hollings]], contract {{R:BG-MI-2024-0456}}. Deposit was {{$:€150}}.\nmy [[L:UK]] account: [[I:GB94NWBK60161344718203]]",
            ),
            (
                "c",
                "address for the receipt is [[A:Flat 3, 19 Cotham Hill]], [[L:Bristol]] [[A:BS6 6JN]], [[L:UK]]",
            ),
            (
                "a",
                "Thanks Mr [[P:Hollings]]. We checked the unit with your friend [[P:Giacomo]] who emptied it, everything OK. Refund in 5 working days.",
            ),
            ("c", "cheers! my phone if needed [[T:07700 900 416]]"),
        ],
    },
    {
        "business": "boxgo",
        "platform": "messenger",
        "customer": "Eugenia Spadafora",
        "lang": "it",
        "start": "2025-06-11T16:44:00",
        "messages": [
            (
                "c",
                "buonasera scrivo per mia zia [[P:Amina Kowalczyk Mele]], è anziana e deve svuotare casa a [[L:Cosenza]] per andare in rsa",
            ),
            (
                "c",
                "lei è nata in [[L:Polonia]] e ha sposato mio zio [[P:Franco]] che è mancato l'anno scorso. le serve un box x i mobili di famiglia",
            ),
            (
                "a",
                "Mi dispiace per la sua perdita. Il contratto deve essere intestato alla signora o a un delegato: ci servono i dati dell'intestatario.",
            ),
            (
                "c",
                "intesta a lei, cf [[CF:KWMAMN90E61Z330P]] ... no aspetta ho sbagliato anno, lo ricontrollo sulla tessera e ve lo rimando",
            ),
            (
                "c",
                "la casa da svuotare è in [[A:contrada Serra Spiga 12]], [[A:87100]] [[L:Cosenza]], il ritiro lo fate voi? io la mia mail è [[E:eugenia.spadafora at example.it]]",
            ),
            (
                "a",
                "Sì, facciamo il ritiro anche in {{W:Calabria}} con partner locale. Le mando il preventivo, ref {{R:BG-CS-0091}}. [[P:Stefano]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- golfo (one more)
    {
        "business": "golfo",
        "platform": "instagram",
        "customer": "il_santo_di_fiesole",
        "lang": "it",
        "start": "2025-07-02T13:30:00",
        "messages": [
            (
                "c",
                "ao sono [[P:Santo]] 😎 x {{W:Ferragosto}} avete qualcosa a [[L:Riomaggiore]]? siamo 6 amici di [[L:Fiesole]]",
            ),
            (
                "a",
                "Ciao [[P:Santo]]! A [[L:Riomaggiore]] abbiamo solo la {{PD:Casa Sciacchetrà}} per 4. Per 6 c'è {{PD:Villa Pinot Grigio}} a [[L:La Spezia]], {{$:260 €}} a notte.",
            ),
            (
                "c",
                "va bene la villa 🍷 prenota a nome [[P:Santo Gherardini]]\ngli altri sono [[P:Ricky]], [[P:Nico]], la [[P:Vale]], [[P:Tommi]] e [[P:Bianca]]",
            ),
            ("c", "ah [[P:bianca]] è vegana, c'è il supermercato vicino? e la lavatrice c'è?"),
            (
                "a",
                "Sì, c'è lavatrice e un {{B:Conad}} a 200 metri. Ci mandi un numero e i documenti all'arrivo!",
            ),
            (
                "c",
                "[[T:3 3 9 7 1 2 0 4 5 8 8]] scusa ho scritto coi spazi lol. ig mio è questo [[H:il_santo_di_fiesole]]",
            ),
            ("a", "Perfetto, prenotazione {{R:DG-2025-0811}}. Buon {{W:Ferragosto}}! [[P:Chiara]]"),
        ],
    },
    # ---------------------------------------------------------------- extra English conversations
    {
        "business": "ferrante",
        "platform": "messenger",
        "customer": "Brooke Delacroix-Haines",
        "lang": "en",
        "start": "2025-08-04T17:25:00",
        "messages": [
            (
                "c",
                "hi!! american here, just moved to [[L:Rome]] from [[L:Austin]], [[L:Texas]] and the washing machine floods the bathroom every time 😫 can someone come this week?",
            ),
            (
                "a",
                "Hello! Yes, we also work in {{W:Roma}} with a partner technician. What's the address?",
            ),
            (
                "c",
                "[[A:Via dei Volsci 88]], apt 5 / interno 5, in [[L:San Lorenzo]]\nthe buzzer says [[P:Haines]] not my full name lol",
            ),
            ("c", "sorry it's [[A:interno 9]] not 5, i always mix them up"),
            (
                "a",
                "No problem 🙂 Our technician [[P:Cristian]] can come {{D:Thursday 7}} at {{TM:3 pm}}. Call-out fee {{$:€70}}. Can I have a phone number?",
            ),
            (
                "c",
                "my [[L:US]] cell still works: [[T:(512) 555-0187]]\nor my italian sim [[T:0039 351 772 0963]]. i'm [[P:Brooke]] btw, my roommate [[P:Dev Malhotra]] will be home too",
            ),
            ("a", "Perfect, see you Thursday. [[P:Pietro]] from the team"),
        ],
    },
    {
        "business": "zeta",
        "platform": "whatsapp",
        "customer": "Will & Rose",
        "lang": "en",
        "start": "2025-08-19T08:50:00",
        "messages": [
            (
                "c",
                "Morning! We're [[P:Will]] and [[P:Rose Ashcombe]], we bought an old farmhouse near [[L:Montone]] in [[L:Umbria]] and there are hornets in the barn. {{W:Will}} you travel that far?",
            ),
            (
                "a",
                "Good morning! Yes, we cover all of {{W:Umbria}} and {{W:Tuscany}}. A hornet nest removal is {{$:€150}}. Where exactly is the house?",
            ),
            (
                "c",
                "[[A:Località Carpini 14]], [[A:06014]] [[L:Montone]] (PG). it's the stone house with the blue shutters past the {{W:Sagrantino}} vineyard sign, the one with the {{W:rose}} hedge 🌹",
            ),
            (
                "c",
                "our neighbour Signora [[P:Bettini]] says it's the third nest this year, her son [[P:Gino]] had them too",
            ),
            (
                "a",
                "We can come {{D:Monday 25 August}} at {{TM:9:30}}. Could you send an e-mail for the invoice?",
            ),
            (
                "c",
                "[[E:rose.ashcombe(at)cotswoldpost(dot)co(dot)uk]], and our [[L:Cotswolds]] address if the invoice needs a UK one: [[A:Honeysuckle Cottage, 3 Church Lane]], [[L:Bibury]] [[A:GL7 5NR]]",
            ),
            ("a", "Thank you, see you Monday! [[P:Elisa]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(108, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
