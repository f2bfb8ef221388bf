# ruff: noqa: E501
"""Hand-written blind test corpus no. 126 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every person, address,
phone number, e-mail, handle and link is invented. The checksummed identifiers (IBANs with their
ISO 7064 check digits, Luhn-valid card numbers, codici fiscali with their check letter, partite
IVA and a German USt-IdNr) were computed once with python-stdnum / Luhn and pasted here as
literals; nothing is generated at run time.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike that must survive (orders, prices, products, brands and Page
names, dates, times, tracking codes, ordinary words and public places, references).

The six invented businesses: a pilgrimage travel agency near Padova, a shoe repair shop in Genoa
named after its founder, an e-commerce of second-hand smartphones, the ticket desk of a music
festival on Lake Bolsena, a pizzeria with delivery in Caserta named after its owner, and a
psychologist's studio in Verona with online sessions. The corpus leans on places and addresses:
where customers live, stay, come from and want things delivered, against public places that
must survive.

Regenerate with ``.venv/bin/python make_handwritten126_corpus.py`` from this folder;
the output ``handwritten126_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten126_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pellegrini": "Viaggi Marchetto Pellegrinaggi",
    "calzoleria": "Calzoleria Baciccia Genova",
    "usato": "SecondoSquillo Smartphone Ricondizionati",
    "festival": "Lunaria Sound Festival - Biglietteria",
    "pizzeria": "Pizzeria Da Gennarino Caserta",
    "psicologa": "Studio di Psicologia Dott.ssa Miriam Calvanese",
}
PAGE_IDS: dict[str, str] = {
    "pellegrini": "727040318526004",
    "calzoleria": "727040592017743",
    "usato": "727040846103259",
    "festival": "727040127739581",
    "pizzeria": "727040663480912",
    "psicologa": "727040905214367",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ pellegrini
    {
        "business": "pellegrini",
        "platform": "messenger",
        "customer": "Rosetta Bordin",
        "lang": "it",
        "start": "2025-05-06T08:40:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosetta Bordin]] di [[L:Camposampiero]] volevo sapere x il viaggio {{PD:Lourdes in Pullman 5 giorni}} di {{D:settembre}} se ce ancora posto x 2 persone, io e mio marito [[P:Gianni]]",
            ),
            (
                "a",
                "Buongiorno signora [[P:Bordin]]! Sì, per il {{PD:Lourdes in Pullman 5 giorni}} con partenza il {{D:14 settembre}} ci sono ancora alcuni posti. La quota è {{$:690 €}} a persona in camera doppia, partenza da {{W:Padova}} con fermata anche a {{W:Castelfranco Veneto}}.",
            ),
            (
                "c",
                "va bene prenotiamo allora\nnomi: [[P:BORDIN ROSETTA]] e [[P:ZANON GIOVANNI]]\nzanon con la zeta [[P:Z-A-N-O-N]] xche sempre lo scrivono sbagliato 🙏",
            ),
            (
                "a",
                "Perfetto! Per la pratica {{R:PLG-2025-0914-LOU}} mi servono codice fiscale, indirizzo di residenza e un recapito telefonico per entrambi.",
            ),
            (
                "c",
                "cf mio [[CF:BRDRTT52D43B563E]]\n[[P:gianni]] [[CF:ZNNGNN49L18B563I]]\nstiamo a [[L:Rustega]] che è frazione di [[L:Camposampiero]], [[A:via Cornara 31]] [[A:35012]]",
            ),
            (
                "c",
                "telefono di casa [[T:049 930 1187]] oppure il cell di mio figlio [[P:Fabio]] [[T:348\n715 2204]] che lui legge i messaggi",
            ),
            (
                "a",
                "Grazie mille signora, tutto registrato ✅ Le spediamo il foglio notizie per posta in [[A:via Cornara 31]]. Buona giornata!\n[[P:Chiara]] - {{B:Viaggi Marchetto}}",
            ),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "whatsapp",
        "customer": "Joseph Okafor",
        "lang": "en",
        "start": "2025-06-18T19:05:00",
        "messages": [
            (
                "c",
                "Good evening, my name is [[P:Joseph Okafor]], I am coordinator for a parish group in [[L:Dublin]], we are 18 people mostly from [[L:Nigeria]] and [[L:Ghana]] living in [[L:Ireland]]. We want the {{PD:Rome & Assisi Jubilee Tour}} in {{D:october}}",
            ),
            (
                "a",
                "Good evening Mr [[P:Okafor]], thank you for contacting us! The {{PD:Rome & Assisi Jubilee Tour}} runs {{D:10-15 October}} and {{D:24-29 October}}. For groups of 15+ the price is {{$:€ 820}} per person, flights excluded. We meet the group at {{W:Fiumicino}} airport.",
            ),
            (
                "c",
                "thank you. the 24 is better. our priest is fr [[P:Declan Moriarty]] he will need single room pls. Some members need visa letter, their passports are from [[L:Nigeria]], you can send invitation letter?",
            ),
            (
                "a",
                "Yes, we can issue invitation letters for the visa. Please send full names as in the passport and date of birth for each person by email. Your booking ref is {{R:GRP-JUB-2410}}.",
            ),
            (
                "c",
                "ok I will send the list by email from [[E:joseph.okafor.parish@example.ie]] . for calls my [[L:irish]] number [[T:+353 87 214 6630]] or whatsapp this one. my assistant is [[P:Blessing Adeyemi]] she also may write you",
            ),
            (
                "c",
                "also one lady in the group mrs [[P:Abena Mensah]] is in wheelchair, she stay in [[L:Drogheda]] and will come direct. the hotel in {{W:Assisi}} is accessible??",
            ),
            (
                "a",
                "Of course. Our hotel in {{W:Assisi}} is 300 m from the {{W:Basilica di San Francesco}} and fully accessible, we will reserve a ground floor room for Mrs [[P:Mensah]]. Looking forward to your list!\n[[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "messenger",
        "customer": "Lucia Cestaro",
        "lang": "it",
        "start": "2025-04-02T10:12:00",
        "messages": [
            (
                "c",
                "salve, x il {{PD:Medjugorje Giovani 2025}} la mia nipote [[P:Giorgia]] vorrebbe venire ma è minorenne ha 16 anni, serve autorizzazione? lei vive con noi a [[L:Cittadella]]",
            ),
            (
                "a",
                "Buongiorno! Sì, per i minorenni serve la dichiarazione di accompagnamento firmata dai genitori e la carta d'identità valida per l'espatrio. Chi la accompagna?",
            ),
            (
                "c",
                "io, sono la zia [[P:Lucia Cestaro]]. i genitori sono separati il papà [[P:Dragan Petrović]] vive in [[L:Serbia]] a [[L:Novi Sad]] ci vuole anche la sua firma??",
            ),
            (
                "a",
                "Sì, servono le firme di entrambi i genitori; il papà può firmare anche all'estero e mandarci la scansione. Le invio il modulo: a che indirizzo email?",
            ),
            (
                "c",
                "[[E:lucia.cestaro58 chiocciola postaveneta punto it]]\ne x la posta normale [[A:borgo Treviso 112]]",
            ),
            (
                "c",
                "scusi ho sbagliato è [[A:borgo Treviso 121 interno 4]], [[A:35013]] [[L:Cittadella]]",
            ),
            (
                "a",
                "Corretto, grazie! Il pullman parte il {{D:29 luglio}} alle {{TM:5:30}} dal parcheggio della {{W:Fiera di Padova}}.\n[[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "whatsapp",
        "customer": "Salvo Di Gregorio",
        "lang": "it",
        "start": "2025-03-11T20:30:00",
        "messages": [
            (
                "c",
                "buonasera io e mia moglie [[P:Concetta]] volevamo fare il viaggio {{PD:Sulle orme di Padre Pio}} ma noi siamo di [[L:Acireale]] provincia di [[L:Catania]], si può partire da giù??",
            ),
            (
                "a",
                "Buonasera! Il {{PD:Sulle orme di Padre Pio}} parte da {{W:Padova}}, ma potete raggiungere il gruppo direttamente in hotel a {{W:San Giovanni Rotondo}} con quota ridotta di {{$:310 €}} a testa.",
            ),
            (
                "c",
                "va bene. ma l'anno scorso con un'altra agenzia c'era stato un problema e ci hanno ridato i soldi tardissimo 😡 se annullate ci ridate tutto? il mio iban è [[I:IT71 K020 0801 6330 0010 4583 291]] intestato a [[P:Di Gregorio Salvatore]]",
            ),
            (
                "a",
                "Certo, in caso di annullamento da parte nostra il rimborso è integrale entro 14 giorni. Annoto l'IBAN sulla pratica {{R:PLG-SGR-0611}}. Mi conferma un numero di telefono?",
            ),
            ("c", "[[T:095 764 2219]] casa\n[[T:339-5512-087]] cell di [[P:concetta]]"),
            (
                "c",
                "ah ci viene anche mia cugina [[P:Nunziatina]] che abita a [[L:Foggia]] li vicino",
            ),
            (
                "a",
                "Benissimo, aggiungo la signora alla pratica. Mi scrive il cognome della cugina?",
            ),
            (
                "c",
                "[[P:Scarpiello]]... [[P:Nunzia Scarpiello]] ma tutti la chiamano [[P:nunziatina]] 😂",
            ),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "instagram",
        "customer": "marta.wisnia",
        "lang": "en",
        "start": "2025-02-20T22:47:00",
        "messages": [
            (
                "c",
                "hiii saw ur post about the {{PD:Camino Portoghese Ultimi 100 km}} 😍 is it ok for someone not italian? im from [[L:Poland]] but living in [[L:London]], [[L:Hackney]] lol. my insta is [[H:@marta.wisnia]] if u wanna check im real haha",
            ),
            (
                "a",
                "Hi! Of course, the group is international and the guide speaks English. The walk starts in {{W:Tui}} on {{D:3 June}}, price {{$:€ 540}} incl. accommodation.",
            ),
            (
                "c",
                "amazing. tried to pay on ur website but card got declined?? its [[C:4532 0193 8475 6127]] 💀",
            ),
            (
                "a",
                "Please never send the full card number in chat 🙏 we've deleted it. It may be a 3D Secure issue; you can pay by bank transfer instead with reference {{R:CAM-POR-0603-17}}.",
            ),
            (
                "c",
                "ok sorry 🙈 bank transfer from my [[L:uk]] account then, name on it is [[P:Marta Wiśniewska]]. my flatmate [[P:Kasia]] wants to come too!! we both live at [[A:Flat 3, 27 Amhurst Road]] [[A:E8 2BT]]",
            ),
            (
                "a",
                "Great, two places held for you and [[P:Kasia]] until {{D:Friday}}. Send me her full name when you can! — [[P:Elena]]",
            ),
            ("c", "[[P:Katarzyna Zielińska]] ✌️"),
        ],
    },
    {
        "business": "pellegrini",
        "platform": "telegram",
        "customer": "Walter Pichler",
        "lang": "it",
        "start": "2025-07-01T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno, sono don [[P:Walter Pichler]], parroco a [[L:Villandro]] in [[L:Alto Adige]]. Chiedo per un gruppo di 40 per il {{PD:Roma Giubileo 3 giorni}}",
            ),
            (
                "a",
                "Buongiorno don [[P:Walter]]! Per 40 persone possiamo fare il {{PD:Roma Giubileo 3 giorni}} dal {{D:18 al 20 ottobre}} a {{$:395 €}} a persona, pullman dal vostro paese compreso.",
            ),
            (
                "c",
                "Sehr gut. Viele unserer Leute sprechen nur Deutsch, gibt es eine Begleitung auf Deutsch? scusi, scrivo in tedesco x abitudine 😅",
                "de",
            ),
            (
                "a",
                "Nessun problema! Sì, abbiamo un'accompagnatrice bilingue, [[P:Heidi]], che è di [[L:Merano]] 😊",
            ),
            (
                "c",
                "perfetto. fattura a Associazione Parrocchiale {{W:Sankt Michael}}, P.IVA [[V:02391760812]], [[A:Dorfstraße 9]], [[A:39040]] [[L:Villandro]]",
            ),
            (
                "c",
                "il mio telegram x aggiornamenti è [[H:walter_pichler_pfarrer]] oppure mail [[E:pfarre.villandro[at]example[dot]it]]",
            ),
            (
                "a",
                "Ricevuto tutto, grazie! Le mando il preventivo {{R:PRV-0418}} entro domani.\n[[P:Chiara]] - {{B:Viaggi Marchetto}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ calzoleria
    {
        "business": "calzoleria",
        "platform": "whatsapp",
        "customer": "Giulia",
        "lang": "it",
        "start": "2025-01-14T12:20:00",
        "messages": [
            (
                "c",
                "ciao! avete il servizio ritiro a domicilio? ho 2 paia di decolleté {{B:Ferragamo}} da risuolare e un paio di stivali {{B:Frye}} col tacco rotto",
            ),
            (
                "a",
                "Ciao! Sì, ritiriamo gratis in tutta {{W:Genova}} centro per lavori sopra i {{$:40 €}}. Mi dai indirizzo e un orario?",
            ),
            ("c", "sto in [[L:Castelletto]], [[A:spianata Castelletto 8 int. 5 scala A]]"),
            (
                "c",
                "citofono [[P:Rossetti]] ma è scritto [[P:Rossetti-Ansaldo]] perché c'è anche il mio compagno [[P:Luca]] 😅 domani dopo le {{TM:18}} ok? cell [[T:010 839 2277]] è il fisso ma rispondo",
            ),
            (
                "a",
                "Perfetto, passa il nostro [[P:Rinaldo]] domani tra le {{TM:18:00}} e le {{TM:19:00}}. Se vuoi la fattura mi serve il codice fiscale.",
            ),
            (
                "c",
                "si grazie x la detrazione no ahah cmq [[CF:RSSGLI85M41D969X]]\n[[P:giulia rossetti]]",
            ),
            (
                "a",
                "Grazie [[P:Giulia]]! Ticket {{R:BAC-2291}}, pronte in 5 giorni lavorativi. Preventivo {{$:68 €}} per tutto.\n{{B:Calzoleria Baciccia}}",
            ),
        ],
    },
    {
        "business": "calzoleria",
        "platform": "messenger",
        "customer": "Hannah Becker",
        "lang": "en",
        "start": "2025-05-22T09:35:00",
        "messages": [
            (
                "c",
                "Hello, my heel broke near the {{W:Porto Antico}} 😭 can you repair today? Our cruise ship leaves at {{TM:17:00}}",
            ),
            (
                "a",
                "Hi! Yes, bring them before {{TM:13:00}}, we are in {{W:via San Vincenzo}}, 5 minutes from {{W:Brignole}} station. A heel repair is {{$:15 €}}.",
            ),
            (
                "c",
                "Super danke! sorry, I'm German, from [[L:Munich]] 😅 My husband [[P:Tobias]] will bring them, I cannot walk lol. Name for the ticket: [[P:Hannah Becker]], my number [[T:+49 151 2384 6710]]",
            ),
            (
                "c",
                "if not ready in time can you send to our home? [[A:Leopoldstraße 142]], [[A:80804]] [[L:München]], [[L:Germany]]",
            ),
            (
                "a",
                "Of course, but they will be ready by {{TM:15:00}} for sure. If needed, shipping to [[L:Germany]] costs {{$:22 €}}.",
            ),
            (
                "c",
                "perfect, thanks! [[P:Tobi]] is coming now, he wears a {{W:FC Bayern}} shirt you cant miss him 😂",
            ),
            ("a", "Haha we'll spot him! Ticket {{R:BAC-2304}}. — [[P:Rinaldo]]"),
        ],
    },
    {
        "business": "calzoleria",
        "platform": "telegram",
        "customer": "Pippo Canepa",
        "lang": "it",
        "start": "2025-02-03T08:10:00",
        "messages": [
            (
                "c",
                "bongiorno sciô {{B:Baciccia}} sono [[P:Canepa]] quello delle scarpe ortopediche, ho perso il biglietto 🙈",
            ),
            (
                "a",
                "Buongiorno signor [[P:Canepa]]! Nessun problema, ci dice nome completo e indirizzo così ritroviamo la scheda?",
            ),
            (
                "c",
                "[[P:Giuseppe Canepa]] ma x tutti [[P:Pippo]]. abito a [[L:Sampierdarena]] in [[A:via Cantore 38]]",
            ),
            (
                "c",
                "il rialzo l'ha prescritto il dott. [[P:Ghiglione]] dell'ospedale {{W:Villa Scassi}}, 1 cm e mezzo a destra",
            ),
            (
                "a",
                "Trovato! Scheda {{R:BAC-2187}}, il rialzo da 1,5 cm è pronto. Sono {{$:45 €}}. Se non riesce a venire gliele portiamo noi, ci dà interno e telefono?",
            ),
            (
                "c",
                "si grazie, [[A:interno 12]], quinto piano c'è l'ascensore. telefono [[T:010 416 2958]]",
            ),
            ("c", "mia figlia [[P:Marinella]] è a casa dopo le {{TM:16}}"),
            (
                "a",
                "Va bene, passiamo {{D:giovedì}} dopo le {{TM:16}}. Saluti alla signora [[P:Marinella]]!",
            ),
        ],
    },
    {
        "business": "calzoleria",
        "platform": "instagram",
        "customer": "kev.frnd_ge",
        "lang": "it",
        "start": "2025-03-29T16:44:00",
        "messages": [
            (
                "c",
                "ciao bro fate anche restauro sneakers? ho delle {{PD:Stan Smith}} ingiallite e delle {{PD:Air Jordan 1}} con la suola scollata",
            ),
            (
                "a",
                "Ciao! Sì, pulizia + ricolorazione suola {{$:35 €}}, incollaggio {{$:20 €}}. Puoi portarle o ritiriamo noi a domicilio in {{W:Genova}}.",
            ),
            (
                "c",
                "sn a [[L:nervi]] vicino alla {{W:passeggiata Anita Garibaldi}}, venite voi? [[A:via Oberdan 201 scala C]]",
            ),
            (
                "c",
                "al citofono c'è [[P:Ferrando]] è il cognome di mia madre, io sono [[P:kevin]] ahah. su ig sono [[H:kev.frnd_ge]]",
            ),
            (
                "a",
                "Ok [[P:Kevin]], passiamo {{D:sabato}} mattina. Mi lasci un cell per il fattorino?",
            ),
            ("c", "[[T:+39 328 640 1175]]"),
            ("c", "ah e se potete ci mettete i lacci {{W:rossoblù}}? 🔴🔵"),
            ("a", "Certo, lacci {{W:rossoblù}} in omaggio 😄 Ticket {{R:BAC-2320}}."),
        ],
    },
    {
        "business": "calzoleria",
        "platform": "whatsapp",
        "customer": "Carmela Ottonello",
        "lang": "it",
        "start": "2025-04-15T15:02:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Carmela Ottonello]] ho un piccolo negozio di scarpe a [[L:Camogli]] e avrei una decina di paia da far risuolare x conto clienti",
            ),
            (
                "a",
                "Buongiorno signora! Per i negozi facciamo {{$:12 €}} a paio per la risuolatura in cuoio, consegna in una settimana.",
            ),
            (
                "c",
                "ottimo. mando tutto col corriere. fattura a {{B:Ottonello Calzature}} di [[P:Ottonello Carmela]] P.IVA [[V:04182970659]] [[A:via della Repubblica 14]] [[A:16032]] [[L:Camogli]]",
            ),
            (
                "c",
                "ah e la prossima volta vi porto la {{PD:focaccia di Recco}} vera 😂 mio fratello [[P:Beppe]] ha il forno a [[L:Recco]]",
            ),
            ("a", "Ahah accettiamo volentieri! Quando spedisce ci manda il numero di tracking?"),
            (
                "c",
                "ecco {{TR:1Z 84W 771 68 0432 9915}}\nmittente [[P:Carmela]] tel [[T:0185 771 203]]",
            ),
            (
                "a",
                "Ricevuto, grazie signora [[P:Ottonello]]! [[P:Sara]] - {{B:Calzoleria Baciccia}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ usato
    {
        "business": "usato",
        "platform": "whatsapp",
        "customer": "Ahmed",
        "lang": "it",
        "start": "2025-02-12T13:25:00",
        "messages": [
            (
                "c",
                "salve io ordinato {{PD:iPhone 13 128GB Grado A}} ordine {{O:3471 2098 55}} ma il corriere dice indirizzo sbagliato??",
            ),
            (
                "a",
                "Buongiorno! Controllo subito l'ordine {{O:3471 2098 55}}. Risulta spedito in [[A:corso Giulio Cesare 40]], [[L:Torino]]. È corretto?",
            ),
            ("c", "no no io cambiato casa, adesso io abito [[A:via Sospello 117]]"),
            (
                "c",
                "[[A:scala B piano 3]] [[A:10147]] sempre [[L:Torino]] zona [[L:Borgo Vittoria]]. sul campanello c'è [[P:Benali]] e [[P:Ouarda]] che è mia moglie",
            ),
            (
                "a",
                "Grazie signor [[P:Benali]]! Ho aggiornato l'indirizzo, il nuovo tracking è {{TR:BRT 0580 3321 7764 01}}. Consegna prevista {{D:giovedì 13}}.",
            ),
            (
                "c",
                "grazie mille fratello. mio numero [[T:+39 351 098 4432]] se corriere chiama. io lavoro fino {{TM:18}} ma mia moglie sempre casa",
            ),
            ("c", "ah scusa mio nome completo [[P:Ahmed Benali]], per fattura"),
            ("a", "Perfetto [[P:Ahmed]], tutto a posto 👍 [[P:Davide]] di {{B:SecondoSquillo}}"),
        ],
    },
    {
        "business": "usato",
        "platform": "messenger",
        "customer": "Lukas Hoffmann",
        "lang": "en",
        "start": "2025-03-06T18:50:00",
        "messages": [
            (
                "c",
                "hey, how does the trade-in work? I wanna sell my {{PD:Galaxy S21 FE}}, screen is fine, battery kinda meh",
            ),
            (
                "a",
                "Hi! You get a quote on our site, we send a prepaid label, and pay by bank transfer within 5 days. For an S21 FE in good condition it's around {{$:€ 160}}.",
            ),
            (
                "c",
                "cool. im an Erasmus student in [[L:Bologna]], staying in [[L:Bolognina]] at [[A:via Tibaldi 16]], my roommate [[P:Jonas]] also wants to sell his {{PD:Pixel 6a}} lol",
            ),
            ("a", "Nice! You can ship both in one box. Which IBAN should we pay to?"),
            (
                "c",
                "[[I:DE78 3704 0044 0532 0139 74]] its my [[L:german]] account from home ([[L:Freiburg]]), name [[P:Lukas Hoffmann]]. is that ok??",
            ),
            (
                "a",
                "Yes, SEPA transfers to [[L:Germany]] are fine. Label sent to your email, trade-in ID {{R:TI-55201}}.",
            ),
            (
                "c",
                "got it. also pls send a copy to [[E:jonas.weber99 at example dot de]], it's [[P:Jonas]]'s mail, his full name is [[P:Jonas Weber]]",
            ),
            ("a", "Done ✅ Thanks [[P:Lukas]]!"),
        ],
    },
    {
        "business": "usato",
        "platform": "instagram",
        "customer": "sofi.amato",
        "lang": "it",
        "start": "2025-09-09T23:14:00",
        "messages": [
            (
                "c",
                "ciao, mi è arrivata una mail che qualcuno ha fatto l'accesso al mio account dalla [[L:Romania]]?? io sono a [[L:Bari]] 😰",
            ),
            ("a", "Ciao! Ci dispiace, verifichiamo subito. Mi scrivi l'email del tuo account?"),
            (
                "c",
                "[[E:sofia.amato.ba@example.it]]\nla mail dice ip [[IP:86.124.77.203]] e poi un altro strano [[IP:2a02:2f0e:5a1c:9d00::4b]]",
            ),
            (
                "a",
                "Abbiamo bloccato l'account e annullato l'ordine {{O:SQ-240911}} che non avevi fatto tu. Ti consigliamo di cambiare password. Il tuo vero ordine {{O:SQ-240877}} ({{PD:Samsung Galaxy A54}}) è regolare.",
            ),
            (
                "c",
                "menomale grazie 🙏 quello lo devo spedire a mia sorella [[P:Alessia]] a [[L:Lecce]] è il suo regalo di laurea, si può cambiare? [[A:via Rubichi 9]] [[A:73100]]",
            ),
            ("c", "[[A:c/o Russo]] perché lei sta in affitto"),
            (
                "a",
                "Fatto, spedizione aggiornata. Auguri alla dottoressa [[P:Alessia]] 🎓 - [[P:Marta]]",
            ),
        ],
    },
    {
        "business": "usato",
        "platform": "telegram",
        "customer": "Tyler B",
        "lang": "en",
        "start": "2025-11-27T17:40:00",
        "messages": [
            (
                "c",
                "hey there, do you ship to [[L:US]] addresses? My mom in [[L:Ohio]] needs a cheap iphone, the {{PD:iPhone 12 64GB Grado B}} would be perfect - [[P:Tyler]]",
            ),
            (
                "a",
                "Hi! Sorry, we only ship within the EU. Could we ship to you in [[L:Italy]] instead?",
            ),
            (
                "c",
                "sure, im stationed in [[L:Vicenza]], live off base in [[L:Caldogno]], [[A:via Roma 58]], [[A:36030]]. I'll bring it home at Christmas",
            ),
            (
                "c",
                "for reference her address is [[A:4418 Maple Hollow Dr, Apt 2C]], [[L:Dayton]], [[L:OH]] [[A:45424]] in case you ever expand lol",
            ),
            ("a", "Ha, noted! Your order {{O:SQ-241002}} is confirmed, {{$:€ 289}}."),
            ("c", "awesome. my card's an amex, i typed [[C:3782 824631 00055]] hope thats right"),
            (
                "a",
                "It's right, but please don't share card numbers here 🙏 Delivery to [[L:Caldogno]] expected {{D:Dec 12}}. Merry Christmas to you and your mom! - [[P:Davide]]",
            ),
            (
                "c",
                "thx man. name on the bell is [[P:Brooks]], my wife [[P:Kayla]] will be home. my whatsapp [[T:+1 (937) 555-0148]]",
            ),
        ],
    },
    {
        "business": "usato",
        "platform": "whatsapp",
        "customer": "Ignazio",
        "lang": "it",
        "start": "2025-06-03T21:05:00",
        "messages": [
            (
                "c",
                "buonasera il {{PD:Xiaomi 12T}} ke ho comprato da voi si spegne da solo al 30% di batteria 😤 ordine {{O:SQ-239450}}",
            ),
            (
                "a",
                "Buonasera, ci dispiace! È in garanzia: le mandiamo un'etichetta per il reso gratuito e le rimborsiamo {{$:€ 249,90}} oppure lo sostituiamo. Cosa preferisce?",
            ),
            (
                "c",
                "rimborso grazie. l'iban è [[I:IT26 M056 9611 2000 0000 5281 734]] intestato a mia moglie [[P:Giovanna Cascone]] va bene lo stesso?",
            ),
            ("a", "Sì, va bene. Il ritiro dove lo facciamo?"),
            (
                "c",
                "noi stiamo in [[A:contrada Cisternazza snc]] [[L:Ragusa]] ma il corriere nn la trova mai, meglio presso mio cognato [[P:Turi Cascone]] [[A:via Risorgimento 44]] [[L:Marina di Ragusa]] [[A:97010]]",
            ),
            (
                "a",
                "Perfetto, ritiro presso il signor [[P:Cascone]] {{D:martedì}} tra le {{TM:9}} e le {{TM:13}}. Nome dell'intestatario dell'ordine?",
            ),
            ("c", "[[P:Ignazio Lo Presti]] cell [[T:338.402.61.77]]"),
            ("a", "Grazie signor [[P:Lo Presti]], pratica di reso {{R:RMA-10573}}."),
        ],
    },
    {
        "business": "usato",
        "platform": "whatsapp",
        "customer": "Graham Pettigrew",
        "lang": "en",
        "start": "2025-10-08T10:15:00",
        "messages": [
            (
                "c",
                "Morning, do you ship to [[L:Spain]]? Want a {{PD:Pixel 7 128GB Grado A}} for the wife",
            ),
            (
                "a",
                "Good morning! Yes, we ship across the EU. Shipping to [[L:Spain]] is {{$:€ 12,90}}, 3-5 days.",
            ),
            (
                "c",
                "Grand. Address is [[A:Calle Mayor 23, 2º izq]], [[A:03590]] [[L:Altea]], [[L:Alicante]]. We're [[L:British]] but retired here 8 years now",
            ),
            (
                "c",
                "name [[P:Graham Pettigrew]]. Wife is [[P:Maricarmen]], she'll be home. Paid with card [[C:4123 7865 0012 9349]] but got an error, did it go through?",
            ),
            (
                "a",
                "Please don't share card numbers here 🙏 The payment for order {{O:SQ-241188}} failed, you can retry from the link we just emailed you.",
            ),
            (
                "c",
                "Hola, soy [[P:Maricarmen]], la mujer de [[P:Graham]] 😊 ¿el móvil viene con cargador? gracias",
                "es",
            ),
            ("a", "¡Hola! Sí, incluye cable USB-C, but no charger plug 😊"),
            (
                "c",
                "ok thanks. And for the old phone I'm sending in for trade-in, pay to my [[L:UK]] account [[I:GB45 NWBK 6016 1347 2055 83]] please. cheers, [[P:Gray]]",
            ),
            ("a", "Noted, trade-in {{R:TI-55377}}. Thanks [[P:Graham]]! – [[P:Davide]]"),
        ],
    },
    # ------------------------------------------------------------------ festival
    {
        "business": "festival",
        "platform": "instagram",
        "customer": "poppy.h",
        "lang": "en",
        "start": "2025-06-21T01:12:00",
        "messages": [
            (
                "c",
                "hiii i bought 2 {{PD:Weekend Pass}} but never got the email 😭 order {{O:LUN-77812}} its [[P:Poppy]] btw",
            ),
            ("a", "Hi! Sorry about that — what email did you use for the order?"),
            (
                "c",
                "[[E:poppy.hargreaves@example.co.uk]] i think?? or maybe my old one [[E:pops_h_1999@example.com]]",
            ),
            ("a", "Found it under the second one! We've resent the tickets. Anything else?"),
            (
                "c",
                "yes!! can i change the name on the 2nd ticket? it says [[P:Freddie]] but he bailed 🙄 my cousin [[P:Imogen Hargreaves-Clarke]] is coming instead, she's flying from [[L:Edinburgh]] and im coming from [[L:Leeds]]",
            ),
            (
                "a",
                "Sure, name changes are free until {{D:1 July}}. Done: ticket {{R:TKT-77812-B}} is now in [[P:Imogen]]'s name.",
            ),
            (
                "c",
                "ur the best. also my bank charged me twice {{$:£ 312}} 😩 my [[L:uk]] number if easier [[T:07700 900 418]]",
            ),
            (
                "a",
                "We see only one payment of {{$:€ 358}} on our side; the second may be a pending authorisation that disappears in a few days. — [[P:Noemi]], {{B:Lunaria}} ticket desk",
            ),
        ],
    },
    {
        "business": "festival",
        "platform": "whatsapp",
        "customer": "Andrea F.",
        "lang": "it",
        "start": "2025-07-02T18:30:00",
        "messages": [
            (
                "c",
                "raga ciao domanda x il campeggio del festival, si può arrivare il giovedì sera? siamo 5 da [[L:Napoli]] in furgone 🚐",
            ),
            (
                "a",
                "Ciao! Sì, il {{PD:Camping Pass}} apre giovedì {{D:17 luglio}} dalle {{TM:16:00}}. Il furgone va nel parcheggio P3 vicino al {{W:porto di Capodimonte}}.",
            ),
            (
                "c",
                "top. un nostro amico [[P:Ciro]] è in carrozzina, c'è il biglietto accompagnatore? io sono [[P:Andrea Ferraro]] quello che ha comprato",
            ),
            (
                "a",
                "Sì, l'accompagnatore entra gratis. Ci servono il certificato di [[P:Ciro]] e il codice fiscale del titolare del biglietto.",
            ),
            (
                "c",
                "il mio è [[CF:FRRNDR01E22F839L]], quello di [[P:ciro]] te lo manda lui, il cognome è [[P:Esposito]] 😂 come mezza {{W:napoli}}",
            ),
            (
                "c",
                "ah e il suo accompagnatore è [[P:Gennaro]], ma lo chiamiamo [[P:Genny]] o «[[P:'o Prufessore]]»",
            ),
            (
                "a",
                "Perfetto, aspettiamo i documenti via mail e vi segniamo tutti. A presto! [[P:Noemi]] 🌙",
            ),
        ],
    },
    {
        "business": "festival",
        "platform": "messenger",
        "customer": "Camille Durand",
        "lang": "en",
        "start": "2025-07-20T11:05:00",
        "messages": [
            (
                "c",
                "Bonjour, hello, the saturday was cancelled for the storm on {{W:Lago di Bolsena}} 🌩️ how do we get refund? Order {{O:LUN-80334}}",
            ),
            (
                "a",
                "Hello! Yes, due to the storm alert for the {{W:Tuscia}} area Saturday was cancelled. Day tickets are refunded by bank transfer: please send the IBAN and the account holder's name.",
            ),
            (
                "c",
                "Voilà : [[I:FR14 2004 1010 0505 0001 3M02 606]], titulaire [[P:Camille Durand-Lefèvre]]. Désolée, mon anglais n'est pas très bon 😅",
                "fr",
            ),
            (
                "c",
                "we came from [[L:Lyon]] just for this, my boyfriend [[P:Mathis]] is very sad haha. We stay in a camping at [[L:Bolsena]] until tuesday",
            ),
            (
                "a",
                "So sorry for the trip! Refund of {{$:€ 138}} issued, ref {{R:RFD-80334}}, it will arrive in 3-5 working days. As a small sorry, here's a 20% code for next year: {{R:LUNA-SORRY-20}}.",
            ),
            (
                "c",
                "merci beaucoup!! also can you send the invoice to [[A:12 rue des Capucins]], [[A:69001]] [[L:Lyon]]? for my work",
            ),
            ("a", "Of course, the invoice will be posted to your address. — [[P:Tommaso]]"),
        ],
    },
    {
        "business": "festival",
        "platform": "telegram",
        "customer": "Vale Oddo",
        "lang": "it",
        "start": "2025-07-10T14:48:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Valentina Oddo]] ma chiamami [[P:Vale]], seguo i {{B:Saponetta Sound System}} che suonano sabato al {{W:Palco del Lago}}. ti mando la guest list?",
            ),
            ("a", "Ciao [[P:Vale]]! Sì, massimo 4 nomi, con documento all'ingresso."),
            (
                "c",
                "[[P:Mirko Santangelo]] (fonico)\n[[P:Leyla Haddad]]\n[[P:Rocco]] nn so il cognome lo chiedo 😅\n[[P:Bianca Tursi]] la fotografa, il suo portfolio è [[U:biancatursi.photo]] se volete usare le foto",
            ),
            (
                "c",
                "cognome di [[P:rocco]] è [[P:Parise]]. ah e lui vorrebbe essere taggato [[H:@rocco.parise.visuals]]",
            ),
            (
                "a",
                "Ricevuto, aggiornata la lista {{R:GL-SAT-014}}. Le foto di [[P:Bianca]] vanno benissimo, taggheremo [[U:instagram.com/biancatursi.ph]]",
            ),
            (
                "c",
                "perfetto. noi arriviamo da [[L:Pescara]] sabato verso le {{TM:14}}, il mio cell [[T:+39 347 55 01 982]] x qualsiasi cosa. e il link coi rider tecnici: [[U:linktr.ee/vale.oddo.mgmt]]",
            ),
            (
                "a",
                "Grazie! Il backstage apre alle {{TM:15:30}}, cercate [[P:Tommaso]] al cancello B. Ci vediamo al {{B:Lunaria}}!",
            ),
        ],
    },
    {
        "business": "festival",
        "platform": "whatsapp",
        "customer": "Priya",
        "lang": "en",
        "start": "2025-07-08T07:55:00",
        "messages": [
            (
                "c",
                "Hello team, my ticket has spelling mistake. It shows [[P:Priya Venkatraman]] but correct is [[P:Priya Venkataraman]] with extra A. Order {{O:LUN-79120}}",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Fixed, thank you. The ticket is nominal so it must match your ID.",
            ),
            (
                "c",
                "Thank you. My ID is [[L:indian]] passport, is ok? I'm from [[L:Bengaluru]] but working in [[L:Milan]] since 2 years",
            ),
            ("a", "Yes, any valid passport is fine."),
            (
                "c",
                "Also is there shuttle from {{W:Orvieto}} station? We are staying at a B&B in [[L:Gradoli]], [[A:località Le Coste 3]]. My husband [[P:Arjun]] will drive but only if no shuttle",
            ),
            (
                "a",
                "Yes! The {{PD:Lunaria Shuttle}} runs from {{W:Orvieto}} station every hour from {{TM:12:00}}, {{$:€ 6}} per ride, with a stop in the main square of {{W:Gradoli}}.",
            ),
            (
                "c",
                "super. my friend [[P:Mei Lin]] and her partner [[P:Zhang Wei]] also have tickets, they come from [[L:Florence]], can they join the shuttle?",
            ),
            ("a", "Yes, shuttle tickets are bought on board. See you there! [[P:Noemi]]"),
        ],
    },
    # ------------------------------------------------------------------ pizzeria
    {
        "business": "pizzeria",
        "platform": "whatsapp",
        "customer": "Marianna",
        "lang": "it",
        "start": "2025-01-25T19:40:00",
        "messages": [
            (
                "c",
                "bsera vorrei ordinare x le {{TM:21}} 2 {{PD:margherite}} 1 {{PD:diavola}} e 1 {{PD:bufalina}} co provola affumicata",
            ),
            ("a", "Buonasera! Certo, per le {{TM:21:00}} ok. Totale {{$:€ 29,50}}. Indirizzo?"),
            ("c", "[[A:via Ferrarecce 87]] [[L:Caserta]]"),
            (
                "c",
                "anzi no scusa stasera sto da mia suocera [[A:via Appia 212, 3 piano]] a [[L:Casagiove]]",
            ),
            ("c", "citofono [[P:Iannotta]], io mi chiamo [[P:Marianna]], cell [[T:331 2084 716]]"),
            (
                "a",
                "Perfetto [[P:Marianna]], consegna a [[L:Casagiove]], citofono [[P:Iannotta]]. Il rider è [[P:Salvatore]], arriva tra le {{TM:21:00}} e le {{TM:21:15}} 🍕",
            ),
            (
                "c",
                "grazie 😘 ah la {{PD:bufalina}} senza basilico che [[P:Tonino]] mio suocero nn lo sopporta ahah",
            ),
            ("a", "Segnato! {{B:Da Gennarino}} ❤️"),
        ],
    },
    {
        "business": "pizzeria",
        "platform": "messenger",
        "customer": "Alessandro Bianco",
        "lang": "it",
        "start": "2025-03-10T11:20:00",
        "messages": [
            (
                "c",
                "salve x sabato {{D:15 marzo}} vorrei 20 pizze x la festa di mia figlia [[P:Aurora]] compie 7 anni 🎉 consegnate anche a [[L:Casertavecchia]]?",
            ),
            (
                "a",
                "Buongiorno! Sì, a [[L:Casertavecchia]] arriviamo con un supplemento di {{$:€ 3}}. Che pizze vi servono?",
            ),
            (
                "c",
                "10 {{PD:margherite}}, 5 {{PD:wurstel e patatine}} x i bimbi e 5 {{PD:Pizza Totò}} x i grandi. ah c'è anche il figlio della vicina [[P:Kevin]] che è celiaco, fate senza glutine?",
            ),
            (
                "a",
                "Sì, impasto senza glutine con {{$:€ 2}} in più. La {{PD:Pizza Totò}} è con friarielli e salsiccia rossa di {{W:Castelpoto}}, piace sempre 😄",
            ),
            (
                "c",
                "perfetto. fattura a nome mio [[P:Alessandro Bianco]] cf [[CF:BNCLSN92A12B963P]] [[A:via San Rocco 6]] [[L:Casertavecchia]]",
            ),
            (
                "c",
                "ci trovate dietro al {{W:Duomo}} la casa col cancello verde, chiedete di [[P:Sandro]] o di mia moglie [[P:Speranza]]",
            ),
            (
                "a",
                "Tutto segnato per sabato alle {{TM:17:30}}, ordine {{O:DG-0315-20}}. Con la {{W:speranza}} che non piova ☀️ Auguri ad [[P:Aurora]]!\n[[P:Peppe]] - {{B:Pizzeria Da Gennarino}}",
            ),
        ],
    },
    {
        "business": "pizzeria",
        "platform": "whatsapp",
        "customer": "Rachel G",
        "lang": "en",
        "start": "2025-08-14T18:05:00",
        "messages": [
            (
                "c",
                "Hi! do you deliver to an airbnb? we're visiting the {{W:Reggia}} and staying at [[A:Via Gemito 18, apt 5]] near {{W:Piazza Vanvitelli}}",
            ),
            ("a", "Hi! Yes, we deliver all over central {{W:Caserta}}. What would you like?"),
            (
                "c",
                "2 {{PD:Marinara}} and 1 {{PD:Capricciosa}} without mushrooms, my son [[P:Eli]] is allergic 🙏 and one {{PD:Nutella pizza}} for dessert lol",
            ),
            (
                "c",
                "name [[P:Rachel Goldberg]], phone [[T:+1 646 555 0193]], buzzer says [[P:D'Addio]] (that's the host)",
            ),
            (
                "a",
                "Got it! Total {{$:€ 26}}, cash or card at the door. Arrival around {{TM:8:15 pm}}.",
            ),
            (
                "c",
                "perfect! we're from [[L:Brooklyn]] so we have high standards for pizza haha 😜 my husband [[P:Nate]] says hi",
            ),
            ("a", "Challenge accepted 😄 Welcome to {{W:Caserta}}! - [[P:Peppe]]"),
        ],
    },
    {
        "business": "pizzeria",
        "platform": "instagram",
        "customer": "fede.capuano_ce",
        "lang": "it",
        "start": "2025-04-27T22:58:00",
        "messages": [
            (
                "c",
                "raga ma è normale che la pizza arriva dopo 1 ora e mezza e fredda?? ordine {{O:DG-2287}} 😡",
            ),
            (
                "a",
                "Ciao, ci dispiace tantissimo 😔 stasera c'era la partita della {{W:Casertana}} e siamo andati in tilt. Dove ti abbiamo consegnato?",
            ),
            (
                "c",
                "[[L:San Nicola la Strada]] [[A:via Bronzetti 33]]... il ragazzo ha girato 20 minuti xke diceva che nn trovava il numero ma c'è scritto grande 🙄",
            ),
            (
                "a",
                "Hai ragione. Ti rimborsiamo l'ordine intero, {{$:€ 22}}. Preferisci un buono o il rimborso?",
            ),
            (
                "c",
                "buono va bene. cmq il rider era gentile eh nn è colpa sua, [[P:Mohamed]] mi pare si chiamasse",
            ),
            (
                "a",
                "Sì, [[P:Momo]] ❤️ glielo diciamo. Ecco il buono {{R:BUONO-DG-8841}} valido 60 giorni. Mi confermi il nome per registrarlo?",
            ),
            (
                "c",
                "[[P:Federica Capuano]] ma su insta mi trovate come [[H:fede.capuano_ce]]. e la prox volta portatemela a lavoro, sto in farmacia a [[L:Marcianise]], [[A:corso Umberto I 140]]",
            ),
            (
                "a",
                "Volentieri! Solo che [[L:Marcianise]] è fuori zona... faremo un'eccezione per te 😉 [[P:Peppe]]",
            ),
        ],
    },
    {
        "business": "pizzeria",
        "platform": "telegram",
        "customer": "Daryna",
        "lang": "it",
        "start": "2025-10-16T17:30:00",
        "messages": [
            (
                "c",
                "ciao, voi portate pizza a [[L:Santa Maria Capua Vetere]]? io studentessa di {{W:Università Vanvitelli}}, abito li",
            ),
            (
                "a",
                "Ciao! A [[L:Santa Maria]] purtroppo no, consegniamo a {{W:Caserta}}, {{W:San Nicola la Strada}}, {{W:Casagiove}} e {{W:Recale}}. Se vuoi puoi ritirare da noi in {{W:via Mazzini}}!",
            ),
            (
                "c",
                "ok capito. allora domani io sono da mia amica [[P:Olena]] a [[L:Recale]], [[A:via Trieste 9]], si?",
            ),
            ("c", "scusa non 9, è [[A:19, scala C]]!"),
            ("a", "Perfetto! Cosa ordinate?"),
            (
                "c",
                "2 {{PD:margherita}} e 1 {{PD:quattro formaggi}}. mio nome [[P:Daryna Kovalenko]], telefono [[L:ukraino]] [[T:+380 67 482 1930]] ma anche [[L:italiano]] [[T:371 880 2413]]",
            ),
            (
                "a",
                "Ordine {{O:DG-2301}} confermato per domani alle {{TM:20:30}} da [[P:Olena]]. Buon appetito [[P:Daryna]]! 🍕",
            ),
        ],
    },
    # ------------------------------------------------------------------ psicologa
    {
        "business": "psicologa",
        "platform": "whatsapp",
        "customer": "Serena L.",
        "lang": "it",
        "start": "2025-04-01T13:10:00",
        "messages": [
            (
                "c",
                "buongiorno, ho trovato la pagina su consiglio della mia amica [[P:Ilaria]]. vorrei fissare un primo colloquio online, si può?",
            ),
            (
                "a",
                "Buongiorno, certo. Il primo colloquio dura 50 minuti, costa {{$:€ 60}} e si svolge su {{B:Google Meet}}. Ha preferenze di giorno?",
            ),
            (
                "c",
                "il martedì sera dopo le {{TM:19}} sarebbe perfetto, abito a [[L:Negrar]] e lavoro a turni in ospedale",
            ),
            (
                "a",
                "Va bene martedì {{D:8 aprile}} alle {{TM:19:30}}. Per la fattura sanitaria mi servono nome, cognome, codice fiscale e indirizzo di residenza.",
            ),
            (
                "c",
                "[[P:Serena Lombardo]]\n[[CF:LMBSRN90H52F205W]]\n[[A:via Calcarole 5]], [[A:37024]] [[L:Negrar di Valpolicella]] (si quella del {{PD:Valpolicella}} 🍷)\ncell [[T:347-2290518]]",
            ),
            (
                "c",
                "ah preferirei che nella fattura non comparisse mio marito [[P:Claudio]], il conto è suo ma pago io 🙏",
            ),
            (
                "a",
                "Nessun problema, la fattura sarà intestata solo a Lei. Le invio il link per martedì. Un caro saluto,\ndott.ssa [[P:Calvanese]]",
            ),
        ],
    },
    {
        "business": "psicologa",
        "platform": "messenger",
        "customer": "Youssef Hamdan",
        "lang": "en",
        "start": "2025-05-15T06:20:00",
        "messages": [
            (
                "c",
                "Hello doctor, I found you on instagram. I'm [[P:Youssef Hamdan]], I lived in [[L:Verona]] for my master, now I work in [[L:Dubai]]. Do you do sessions in English?",
            ),
            (
                "a",
                "Hello [[P:Youssef]], yes, I work in English too. Sessions are online, 50 minutes, {{$:€ 70}}. What time zone are you in?",
            ),
            (
                "c",
                "[[L:UAE]] time, so 2 hours ahead of {{W:Italy}} in summer. Maybe {{D:Saturdays}} morning? I'm originally from [[L:Alexandria]], so sometimes I might mix arabic words 😅",
            ),
            ("a", "Saturday at {{TM:10:00}} Italian time ({{TM:12:00}} for you) works well."),
            ("c", "Perfect. Can I pay by card? [[C:5168-7420-3398-1279]]"),
            (
                "a",
                "Please don't send card details here, I've deleted the message. I'll send you a secure payment link by email instead. Which address should I use?",
            ),
            (
                "c",
                "sorry!! [[E:y.hamdan(at)example(dot)ae]]. And my sister [[P:Nour]] may also contact you, she lives in [[L:Milan]] and wants sessions in Italian",
            ),
            ("a", "Of course, she's welcome to write. Speak on Saturday,\n[[P:Miriam]]"),
        ],
    },
    {
        "business": "psicologa",
        "platform": "instagram",
        "customer": "paola.zocca",
        "lang": "it",
        "start": "2025-05-19T21:35:00",
        "messages": [
            (
                "c",
                "buonasera dottoressa, scrivo x mio figlio [[P:Tommaso]], ha 15 anni e da qualche mese non vuole più andare a scuola. il pediatra dott. [[P:Zanella]] ci ha consigliato lei",
            ),
            (
                "a",
                "Buonasera, grazie per la fiducia. Con i minorenni il primo incontro lo faccio con i genitori. Siete di [[L:Verona]]?",
            ),
            (
                "c",
                "no abitiamo in [[L:Lessinia]], a [[L:Bosco Chiesanuova]] in una contrada sperduta 😅 [[A:contrada Valdiporro 7]], x questo online sarebbe comodo",
            ),
            (
                "c",
                "io sono [[P:Paola Zocca]], il papà si chiama [[P:Mirco]] ma è spesso via x lavoro in [[L:Svizzera]]",
            ),
            (
                "a",
                "Capisco. Possiamo fare il primo colloquio online con entrambi, anche con il papà collegato dalla [[L:Svizzera]].",
            ),
            (
                "c",
                "va benissimo. [[P:tommy]] è molto chiuso, parla solo con la nonna [[P:Gemma]] e col suo amico [[P:Jacopo]] su discord (si chiama [[H:jacky_blaze07]])",
            ),
            (
                "a",
                "Grazie per queste informazioni, ne parliamo con calma al colloquio. Le propongo giovedì {{D:22 maggio}} alle {{TM:18:00}}. Mi lascia un numero?",
            ),
            ("c", "[[T:045 678 1293]] casa oppure [[T:+39 340 11 22 857]]"),
        ],
    },
    {
        "business": "psicologa",
        "platform": "whatsapp",
        "customer": "Lena Vogt",
        "lang": "en",
        "start": "2025-05-28T16:00:00",
        "messages": [
            (
                "c",
                "Hi, I'm looking for a therapist who understands bilingual families. My mum is from [[L:Sicily]], dad from [[L:Hamburg]], I live in [[L:Berlin]] 🙂",
            ),
            (
                "a",
                "Hi, thank you for writing. I work a lot with people who grew up between two cultures. Would you like to book a first session online?",
            ),
            (
                "c",
                "Yes please. I'm a freelance illustrator, can the invoice go to my business? [[P:Lena Vogt]], USt-IdNr [[V:DE294817367]], [[A:Weserstraße 58, Hinterhaus 3. OG]], [[A:12045]] [[L:Berlin]]",
            ),
            (
                "c",
                "my website if you want to see who I am lol [[U:https://lenavogt-illustration.de]] and insta [[H:@lena.zeichnet]]",
            ),
            (
                "a",
                "Lovely work! First session {{D:Wednesday 4 June}} at {{TM:17:00}} CET, {{$:€ 70}}. The invoice number will be {{R:FT-2025-118}}.",
            ),
            (
                "c",
                "Perfect. Ach so, meine Mutter [[P:Rosalia]] fragt, ob Sie auch Italienisch sprechen 😄 sie wohnt in [[L:Catania]]",
                "de",
            ),
            (
                "a",
                "Ja, ich spreche auch Italienisch 😊 tell [[P:Rosalia]] she can write me anytime. Best, [[P:Miriam]]",
            ),
        ],
    },
    {
        "business": "psicologa",
        "platform": "telegram",
        "customer": "Sherry",
        "lang": "en",
        "start": "2025-10-21T20:25:00",
        "messages": [
            (
                "c",
                "hello, is this dr [[P:Calvanese]]? I'm [[P:Chen Xiaoyu]], you can call me [[P:Sherry]]. I study at the university here in [[L:Verona]] and I feel very lonely since I arrived from [[L:Chengdu]]",
            ),
            (
                "a",
                "Hi [[P:Sherry]], yes, this is Dr [[P:Calvanese]]'s studio. Thank you for reaching out, it takes courage. Would you prefer sessions in English?",
            ),
            ("c", "English is ok, or I can try italiano, sto imparando 🙂 ma è difficile"),
            (
                "a",
                "Va benissimo anche un po' di italiano! 😊 For university students there is a reduced fee of {{$:€ 40}}. Are you free on {{D:Monday}} at {{TM:16:00}}?",
            ),
            (
                "c",
                "yes. also my landlord sig. [[P:Bertoldi]] wants me out of the flat in [[A:via Santa Chiara 14]], can we talk about that too? it makes me very anxious. my roommate [[P:Aylin]] says I should talk to someone",
            ),
            (
                "a",
                "Of course, we can talk about everything that worries you. I'll send the link here on Telegram. Is this account [[H:sherry_cxy]] the right one?",
            ),
            ("c", "yes 👍 thank you so much, my mum [[P:Li Hua]] will be happy I'm doing this"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(126, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
