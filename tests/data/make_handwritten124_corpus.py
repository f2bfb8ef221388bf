# ruff: noqa: E501
"""Hand-written blind test corpus no. 124 for convmon's anonymiser.

Every message below was written by hand, one by one, for this corpus: no templates, no Faker,
no generated text. All people, numbers, e-mails, handles, links and addresses are invented.
The checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA, the Maltese VAT
number) were computed once with python-stdnum / Luhn and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike that must survive (order numbers, prices, products, brands and
Page names, dates, times, tracking codes, ordinary words, references).

The six invented businesses: a translation agency in Bologna (Studio Traduzioni Ferraresi), a dog
trainer in Florence (Lapo Bardi Educatore Cinofilo), a beauty salon in Naples (Salone Donna
Titina), a shop selling spare parts for old Vespas (Tonino Ricambi Vespa d'Epoca), a summer
language camp in Malta (Sunny Isle English Camp) and a print shop making wedding invitations
(Inviti by Serena Lodi).

Regenerate with: .venv/bin/python make_handwritten124_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten124_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "trad": "Studio Traduzioni Ferraresi",
    "dog": "Lapo Bardi Educatore Cinofilo",
    "beauty": "Salone Donna Titina",
    "vespa": "Tonino Ricambi Vespa d'Epoca",
    "camp": "Sunny Isle English Camp",
    "print": "Inviti by Serena Lodi",
}
PAGE_IDS: dict[str, str] = {
    "trad": "725020318840271",
    "dog": "725020904415736",
    "beauty": "725020551208943",
    "vespa": "725020677390125",
    "camp": "725020123986450",
    "print": "725020846032917",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ translation agency
    {
        "business": "trad",
        "platform": "whatsapp",
        "customer": "Marta Colombo",
        "lang": "it",
        "start": "2025-02-03T08:41:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei un preventivo x traduzione giurata del certificato di nascita di mio marito [[P:Oleksandr Kovalenko]]\nè nato a [[L:Kharkiv]] in [[L:Ucraina]], ci serve x il matrimonio in comune a [[L:Casalecchio]]",
            ),
            (
                "a",
                "Buongiorno! Certo. Per una traduzione giurata dall'ucraino il costo è {{$:45 €}} a pagina più {{$:16 €}} di marca da bollo per l'asseverazione. Ci può mandare qui una foto leggibile del certificato? [[P:Chiara]] - {{B:Studio Traduzioni Ferraresi}}",
            ),
            (
                "c",
                "ecco le foto 📎📎\nsul passaporto c è scritto [[P:KOVALENKO]] ma sul certificato è in cirillico e il nome del padre è [[P:Mykola]]... serve la traslitterazione uguale al passaporto?",
            ),
            (
                "a",
                "Sì, usiamo la stessa traslitterazione del passaporto, quindi [[P:Oleksandr Kovalenko]] figlio di [[P:Mykola Kovalenko]] e [[P:Halyna Bondar]]. Per la fattura mi servono nome e codice fiscale.",
            ),
            (
                "c",
                "fattura a me [[P:Marta Colombo]] cf [[CF:CLMMRT88D52A944V]]\nindirizzo [[A:via Porrettana 311]] [[A:40033]] [[L:Casalecchio di Reno]]\nse serve la mail è [[E:marta.colombo88@libero.it]]",
            ),
            (
                "a",
                "Perfetto, registrato con riferimento {{R:PRV-2025-0142}}. Consegna prevista {{D:giovedì 6 febbraio}} dopo le {{TM:15:00}}, può ritirare in studio in {{W:via Zamboni}}.",
            ),
            ("c", "passa mio marito a ritirare, [[P:oleks]]. grazie mille [[P:chiara]] 🙏"),
        ],
    },
    {
        "business": "trad",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-02-11T17:05:00",
        "messages": [
            (
                "c",
                "hi there, i need my master degree from [[L:Chennai]] translated into italian for a job in [[L:Milan]] starting in april. my new employer HR lady (Ms [[P:Gatti]]) said it has to be certified",
            ),
            (
                "a",
                "Hello [[P:Priya]], thanks for writing! A certified translation of a degree certificate plus transcript is usually 2 documents, {{$:90 €}} in total, ready in 5 working days. Is the original in English?",
            ),
            (
                "c",
                "yes english. my sister [[P:Ananya]] will send you the scans from [[L:india]] bc the originals are still at my parents place in [[L:Coimbatore]]\nher email is [[E:ananya dot r dot raghu at gmail dot com]]",
            ),
            (
                "c",
                "and my uk mobile is [[T:+44 7700 918 342]] if whatsapp is easier, i am still in [[L:Leeds]] til end of march",
            ),
            (
                "a",
                "Noted. Please ask [[P:Ananya]] to write to us here or on WhatsApp and to mention reference {{R:PRV-2025-0178}}. [[P:Dario]] from {{B:Studio Traduzioni Ferraresi}}",
            ),
            (
                "c",
                "perfect thx [[P:dario]]!! also can u put my name exactly as on passport: [[P:PRIYA LAKSHMI RAGHUNATHAN]], no initials pls",
            ),
            ("a", "Of course, we will use the passport spelling. Have a good evening!"),
        ],
    },
    {
        "business": "trad",
        "platform": "instagram",
        "customer": "fede.traduce",
        "lang": "it",
        "start": "2025-03-02T10:20:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Federica Mancuso]], traduttrice freelance EN/DE > IT, vi scrivo x proporre una collaborazione 😊 il mio portfolio è su [[U:federicamancuso-traduzioni.it]] e trovate tutto anche su [[U:linktr.ee/fede.traduce]]",
            ),
            (
                "a",
                "Ciao [[P:Federica]], grazie! Ci mandi un cv e le tue tariffe? Di solito lavoriamo con partita IVA, tu ce l'hai?",
            ),
            (
                "c",
                "si certo regime forfettario, p iva [[V:08123450069]]\ncv te lo mando via mail da [[E:f.mancuso(at)pec-traduttori(dot)it]] così vi arriva in pec",
            ),
            (
                "c",
                "ah se volete referenze ho lavorato 2 anni con la dott.ssa [[P:Wiegand]] di [[L:Monaco]] e con [[P:Giorgio Ruffini]] di un'agenzia di [[L:Trieste]]",
            ),
            (
                "a",
                "Ottimo, grazie [[P:fede]]! Ti contatterà la nostra project manager [[P:Chiara Pasquali]] la prossima settimana. Ti seguo anche su LinkedIn, sei [[U:linkedin.com/in/federica-mancuso-translator]] giusto?",
            ),
            (
                "c",
                "sii quella sono io 🙌 sul vecchio profilo ero ancora [[H:fedemancu_91]] ma nn lo uso più",
            ),
        ],
    },
    {
        "business": "trad",
        "platform": "telegram",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-03-14T19:32:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Giuseppe Santangelo]] ma tt mi chiamano [[P:Giuse]]\nmia madre [[P:Concetta]] ha lavorato 20 anni in [[L:Germania]] e adesso la Rentenversicherung chiede dei documenti tradotti in tedesco x la pensione",
            ),
            (
                "a",
                "Buonasera [[P:Giuseppe]], nessun problema. Di quali documenti si tratta esattamente?",
            ),
            (
                "c",
                "stato di famiglia e certificato di morte di mio padre [[P:Salvatore Santangelo]] buonanima\nmia madre abitava in [[L:Baviera]], a [[A:Hauptstraße 14]], [[A:85049]] [[L:Ingolstadt]]",
            ),
            (
                "c",
                "ci ho scritto io a loro così: «Sehr geehrte Damen und Herren, meine Mutter spricht kein Deutsch» 😅 ma nn so se hanno capito",
                "de",
            ),
            (
                "a",
                "Haha ha fatto benissimo! Il preventivo è {{$:60 €}} per i due certificati, pronti per {{D:venerdì 21 marzo}}. Ci scrive qui oppure ci lascia un numero?",
            ),
            (
                "c",
                "scrivete qui su telegram a [[H:@giuse_santangelo]] oppure a mia nipote [[P:Martina]] che è più sveglia di me col telefono: [[T:338 41 27 905]]",
            ),
            ("a", "Perfetto, grazie! Saluti a sua mamma. [[P:Dario]]"),
        ],
    },
    {
        "business": "trad",
        "platform": "whatsapp",
        "customer": "Youssef K.",
        "lang": "it",
        "start": "2025-04-07T12:14:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Youssef Khalil]] io vengo da [[L:Marocco]], [[L:Fes]]. io devo tradurre la patente per lavorare camion. il mio capo signor [[P:Bertoni]] dice voi fate",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]], sì facciamo traduzioni dall'arabo e dal francese. La patente è in arabo o in francese?",
            ),
            (
                "c",
                "tutti e due. c'è anche fogli del matrimonio con mia moglie [[P:Samira El Idrissi]], lei arriva in [[L:italia]] a giugno",
                "it",
            ),
            ("c", "Mon patron veut tout avant la fin du mois, c'est possible ?", "fr"),
            (
                "a",
                "Oui c'est possible 🙂 Per la fattura ci serve il suo codice fiscale e un indirizzo.",
            ),
            (
                "c",
                "codice [[CF:KHLYSF95E20Z330Y]]\nabito [[A:via del Lavoro 7 int 3]] [[L:San Lazzaro]]\ntelefono [[T:351 2046 788]]\nse non rispondo chiama il collega [[P:Hamid]] [[T:329-551-0374]]",
            ),
            (
                "a",
                "Grazie [[P:Youssef]], tutto registrato con riferimento {{R:PRV-2025-0231}}. Costo totale {{$:110 €}}. Ci vediamo in studio! [[P:Chiara]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ dog trainer, Florence
    {
        "business": "dog",
        "platform": "whatsapp",
        "customer": "Benedetta Lippi",
        "lang": "it",
        "start": "2025-02-18T07:55:00",
        "messages": [
            (
                "c",
                "buongiorno [[P:lapo]] sono [[P:Benedetta]], ci ha dato il suo numero la veterinaria dott.ssa [[P:Corsini]]... no scusi la dottoressa si chiama [[P:Corsini]] e basta 😅\nabbiamo un meticcio di 8 mesi, {{W:Bricco}}, che abbaia tutto il giorno quando usciamo",
            ),
            (
                "c",
                "il vicino di sotto il sig. [[P:Vannucci]] ha già minacciato di chiamare l'amministratore [[P:Pieraccini]] 🙈",
            ),
            (
                "a",
                "Buongiorno [[P:Benedetta]]! Capisco benissimo. Per un cane giovane che soffre la solitudine propongo prima una visita a domicilio di 90 minuti ({{$:70 €}}). Dove abitate?",
            ),
            (
                "c",
                "a [[L:Sesto Fiorentino]], [[A:via Gramsci 412]], citofono [[P:Lippi]] - [[P:Rosselli]]\nci siamo io, mio marito [[P:Niccolò]] e i bimbi [[P:Tommaso]] e [[P:Gaia]] ([[P:tommi]] ha 6 anni e vuole assolutamente esserci)",
            ),
            (
                "a",
                "Benissimo, i bambini sono sempre i benvenuti! Possiamo fare {{D:sabato 22}} alle {{TM:10:30}}? [[P:Lapo]]",
            ),
            (
                "c",
                "perfetto!! ah il campanello è rotto, chiamate il mio cell [[T:347 8812 093]] o quello di [[P:nicco]] [[T:+39 333 70 41 226]]",
            ),
            ("a", "Segnato. A sabato, un saluto a {{W:Bricco}} e a [[P:Tommaso]] 🐶"),
        ],
    },
    {
        "business": "dog",
        "platform": "messenger",
        "customer": "Sandro Fantoni",
        "lang": "it",
        "start": "2025-03-05T20:47:00",
        "messages": [
            (
                "c",
                "bonasera volevo sape se ci sono posti nel corso di gruppo alle {{W:Cascine}} x cuccioli. è x il cane di mia moglie [[P:Rosa]], un labrador di 4 mesi che si chiama {{W:Ottone}}",
            ),
            (
                "a",
                "Buonasera [[P:Sandro]]! Sì, il gruppo cuccioli della domenica ha ancora 2 posti: 6 incontri a {{$:120 €}}, si parte il {{D:16 marzo}} alle {{TM:9:30}} al prato vicino al {{W:Piazzale del Re}}.",
            ),
            (
                "c",
                "ok allora ci segna a nome [[P:fantoni sandro]]. [[P:rosa]] dice grazie, è lei che lo porta, io lavoro la domenica\nquanto viene se porta anche la nipote [[P:Asia]]?",
            ),
            (
                "a",
                "Gli accompagnatori non pagano 🙂 Mi lascia una mail per mandarle il regolamento?",
            ),
            (
                "c",
                "[[E:s.fantoni chiocciola tin punto it]]\nno aspetti quella nn va più. usi quella di rosa: [[E:rosa.pecchioli64 chiocciola gmail punto com]]",
            ),
            (
                "a",
                "Perfetto, mandato a [[E:rosa.pecchioli64@gmail.com]]. P.S. porti dei premietti morbidi, niente {{PD:biscotti Rosa dei Venti}}, sbriciolano troppo! [[P:Irene]] - {{B:Lapo Bardi Educatore Cinofilo}}",
            ),
        ],
    },
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "ale_e_pepe_thebeagle",
        "lang": "it",
        "start": "2025-03-19T13:12:00",
        "messages": [
            (
                "c",
                "ciaooo sono [[P:Alessia]] la umana di {{W:Pepe}} 🐾 ci seguite? su tiktok siamo [[U:tiktok.com/@pepe.the.beagle.fi]] e quasi 30k 😎\n{{W:pepe}} tira al guinzaglio da far paura",
            ),
            (
                "a",
                "Ciao [[P:Alessia]]! Conosciamo bene i beagle 😂 Fate una lezione individuale: {{$:55 €}} all'ora, a casa vostra o in campo. Dove siete?",
            ),
            (
                "c",
                "a [[L:Scandicci]] vicino al {{W:Centro Rogers}}, [[A:via Ponte a Greve 51 scala B]]\nil citofono dice [[P:Magherini]] che è il cognome della mia coinquilina [[P:Vale]]",
            ),
            (
                "c",
                "io invece sono [[P:Alessia Nardone]], sul mio profilo personale sono [[H:@ale.nardone_]], scrivimi pure lì x le date",
            ),
            (
                "a",
                "Perfetto! Possiamo fare {{D:mercoledì 26 marzo}} alle {{TM:18}}? Verrà [[P:Irene]], la mia collega. [[P:Lapo]]",
            ),
            (
                "c",
                "siiii! se vuole può fare una storia con {{W:pepe}} e taggarci, il profilo di {{W:pepe}} è [[H:ale_e_pepe_thebeagle]] 😍",
            ),
        ],
    },
    {
        "business": "dog",
        "platform": "whatsapp",
        "customer": "Hope Whitaker",
        "lang": "en",
        "start": "2025-04-02T15:26:00",
        "messages": [
            (
                "c",
                "hi! we're an american couple living in [[L:florence]] since january, my husband [[P:Will]] found you on google. our rescue dog {{W:Biscotto}} is super reactive with other dogs on the {{W:lungarno}}",
            ),
            (
                "a",
                "Hi [[P:Hope]], welcome to the city! I do sessions in English too. Where do you live? I usually start with a home visit.",
            ),
            (
                "c",
                "we're in [[L:Oltrarno]], [[A:via Toscanella 9]], 2nd floor, the buzzer still says [[P:Bertelli]] (our landlord [[P:Franco Bertelli]], we never changed it lol)",
            ),
            (
                "c",
                "my number is [[T:(617) 555-0148]] but it's US, better to use [[P:Will]]'s italian one [[T:+39 392 118 6674]]\nwe'll be home all weekend, we will have a lot of questions 😬",
            ),
            (
                "a",
                "Great. Saturday the {{D:5th}} at {{TM:4 pm}}? Fee is {{$:70 €}} for the first visit. Did the shelter give you any vet records?",
            ),
            (
                "c",
                "yes from Dr. [[P:Guidotti]] at the clinic in {{W:Bagno a Ripoli}} where he was adopted. also the shelter volunteer [[P:Marcella]] said he was found near {{W:Empoli}} and was scared of men. {{W:will}} it help if I send her number too?",
            ),
            ("a", "Yes please, anything helps. See you Saturday! [[P:Lapo]]"),
        ],
    },
    {
        "business": "dog",
        "platform": "telegram",
        "customer": "Il Nonno Franco",
        "lang": "it",
        "start": "2025-04-23T09:03:00",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO [[P:FRANCO BARONCELLI]] HO 78 ANNI E MIA NIPOTE [[P:SPERANZA]] MI HA REGALATO UN PASTORE TEDESCO CHE SI CHIAMA {{W:FELICE}} MA NON È {{W:FELICE}} PER NIENTE E MI TIRA GIÙ",
            ),
            (
                "a",
                "Buongiorno signor [[P:Franco]]! Mi dispiace, capita spesso con i cani giovani e forti. Possiamo venire noi da lei. Dove abita?",
            ),
            (
                "c",
                "in campagna [[A:località Le Fonti 3]] [[L:Greve in Chianti]] la strada è bianca dopo la cantina {{B:Castello di Verrazzano}}\nil numero è\n[[T:055\n854 3129]]",
            ),
            (
                "c",
                "se non rispondo c'è la mia vicina [[P:Assunta]] oppure mia figlia [[P:Donatella]] che sta a [[L:Prato]] [[T:339/4417203]]",
            ),
            (
                "a",
                "Perfetto. Vengo io {{D:martedì 29}} alle {{TM:11}}. Dica a [[P:Speranza]] che se vuole può esserci anche lei, così impara anche lei a gestirlo. [[P:Lapo]]",
            ),
            (
                "c",
                "GRAZIE [[P:LAPO]] [[P:SPERANZA]] VIENE DI SICURO VIENE DA [[L:SIENA]] IN TRENO, LA {{W:SPERANZA}} È L ULTIMA A MORIRE 😂",
            ),
        ],
    },
    # ------------------------------------------------------------------ beauty salon, Naples
    {
        "business": "beauty",
        "platform": "whatsapp",
        "customer": "Annalisa Esposito",
        "lang": "it",
        "start": "2025-02-06T11:18:00",
        "messages": [
            (
                "c",
                "buongiorno mi sposo il {{D:14 giugno}} e vorrei prenotare trucco e acconciatura x me e x le testimoni\nsiamo io [[P:Annalisa Esposito]], mia sorella [[P:Cristina]], mia cugina [[P:Federica Sorrentino]] e la mamma dello sposo la sig.ra [[P:Iaccarino]]",
            ),
            (
                "a",
                "Auguri [[P:Annalisa]]!! 💍 Per il pacchetto sposa con prova trucco il prezzo è {{$:280 €}}, {{$:60 €}} a persona per le altre. La prova la facciamo di solito un mese prima.",
            ),
            (
                "c",
                "perfetto. la sposa si prepara a casa dei miei a [[L:Pozzuoli]], [[A:via Napoli 158]], è possibile venire a domicilio?",
            ),
            (
                "a",
                "Sì, con supplemento di {{$:40 €}}. Verrebbero [[P:Rosaria]] per il trucco e [[P:Ciro]] per le acconciature. Ci serve un numero e una mail per la conferma.",
            ),
            (
                "c",
                "[[T:331 902 4516]] e mail [[E:annalisa punto esposito94 at hotmail punto it]]\nah e x le unghie ci pensa la mia amica [[P:Titti]], è nail artist e lavora da voi il martedì no?",
            ),
            (
                "a",
                "Sì, [[P:Titti]] è con noi il martedì e il giovedì 😊 Vi metto la prova per il {{D:10 maggio}} alle {{TM:16:30}}. A presto! [[P:Rosaria]] - {{B:Salone Donna Titina}}",
            ),
        ],
    },
    {
        "business": "beauty",
        "platform": "instagram",
        "customer": "carmen.makeup.nap",
        "lang": "it",
        "start": "2025-02-24T22:40:00",
        "messages": [
            (
                "c",
                "ciao ragazze 💋 sono [[P:Carmen De Luca Aprea]], faccio contenuti beauty su ig e tiktok, mi piacerebbe fare una collab con voi x il servizio laminazione ciglia",
            ),
            (
                "c",
                "i miei canali: [[U:https://www.tiktok.com/@carmendelucaaprea]] e il canale yt [[U:youtube.com/@CarmenMakeupNapoli]]\nper le collab mi trovi anche su [[E:collab.carmen[at]gmail[dot]com]]",
            ),
            (
                "a",
                "Ciao [[P:Carmen]]! Ci fa piacere 😊 La titolare [[P:Rosaria Cuomo]] vorrebbe prima conoscerti in salone. Ti andrebbe un caffè qui al {{W:Vomero}} giovedì?",
            ),
            (
                "c",
                "siii! vengo con la mia videomaker [[P:Noemi]] ([[H:@noemi.frames]]) così facciamo anche due riprese\nusiamo i prodotti {{B:Kiko}} o {{B:Collistar}}?",
            ),
            (
                "a",
                "Noi usiamo {{PD:Collistar Lash Lift Kit}} 👌 Ci vediamo giovedì {{D:27 febbraio}} alle {{TM:15}}.",
            ),
            (
                "c",
                "perfetto. ah il mio secondo profilo dove faccio solo vlog è [[H:carmenvlog_na]] se volete taggare pure quello 🥰",
            ),
        ],
    },
    {
        "business": "beauty",
        "platform": "messenger",
        "customer": "Titti Russo",
        "lang": "it",
        "start": "2025-03-07T18:02:00",
        "messages": [
            (
                "c",
                "uè buonasera, vulesse na gift card x la festa della donna x l'amica mia [[P:Bianca]], pulizia viso + manicure. quant'è?",
            ),
            (
                "a",
                "Buonasera! Pulizia viso più manicure viene {{$:65 €}}. La gift card la intestiamo a [[P:Bianca]] e poi? Cognome?",
            ),
            (
                "c",
                "[[P:bianca ascione]]. pago cu a carta ora se si può: [[C:4539 9876 5432 1017]] scad 09/27\nnun metto il cvv qua eh 😂",
            ),
            (
                "a",
                "Per sicurezza la preghiamo di non mandare il numero della carta in chat 🙏 Le mandiamo un link di pagamento sicuro. A che numero?",
            ),
            (
                "c",
                "ah scusate 🙈 [[T:081 5564 921]] è di casa, cell [[T:3405519830]]\nla gift card mandatela pure a mia suocera [[P:Nunzia]] che sta vicino a voi a [[A:via Cimarosa 44]] e gliela da lei a [[P:bianca]]",
            ),
            (
                "a",
                "Fatto! Codice regalo {{R:GIFT-0308-BA}} valido fino al {{D:31/12/2025}}. Grazie e auguri a lei e a [[P:Bianca]]! [[P:Ciro]]",
            ),
            (
                "c",
                "grazie [[P:ciro]] sei sempre nu tesoro ❤️ ps il colore dello smalto x [[P:bianca]] mettete {{PD:rosso Ferrari}}, lei va pazza x quello",
            ),
        ],
    },
    {
        "business": "beauty",
        "platform": "whatsapp",
        "customer": "Siobhan O'Sullivan",
        "lang": "en",
        "start": "2025-04-11T10:05:00",
        "messages": [
            (
                "c",
                "hiya! irish girl here on holiday in [[L:napoli]] with my friend [[P:Niamh]] 🇮🇪 any chance of 2 gel manicures tomorrow afternoon?",
            ),
            (
                "a",
                "Hi [[P:Siobhan]]! Yes, tomorrow at {{TM:3 pm}} we have two chairs free, {{$:35 €}} each. Can I have a name and a phone number?",
            ),
            (
                "c",
                "[[P:Siobhan O'Sullivan]] and [[P:Niamh Byrne]], my number [[T:+353 87 412 6630]]\nwe're staying at a b&b at [[A:via dei Tribunali 88]] so how far are u?",
            ),
            (
                "a",
                "About 20 minutes by funicular, we are in {{W:via Scarlatti}}, the main shopping street of the {{W:Vomero}}. Take the {{W:Funicolare Centrale}} from {{W:Augusteo}}.",
            ),
            (
                "c",
                "grand! also my sister [[P:Aoife]] is getting married in [[L:Galway]] in sept and wants to know if u have an insta to show her ur nail designs?",
            ),
            (
                "a",
                "Of course, we're {{B:@salonedonnatitina}} on Instagram. See you tomorrow! [[P:Rosaria]]",
            ),
            ("c", "deadly thanks [[P:rosaria]] xx [[P:niamh]] says grazie mille 😄"),
        ],
    },
    {
        "business": "beauty",
        "platform": "whatsapp",
        "customer": "Gennaro Iovine",
        "lang": "it",
        "start": "2025-04-28T16:50:00",
        "messages": [
            (
                "c",
                "buonasera sono il marito di [[P:Immacolata Capasso]], mia moglie è venuta sabato x il trattamento laser e ha le gambe tutte arrossate\nnn è contenta x niente",
            ),
            (
                "a",
                "Buonasera signor [[P:Iovine]], ci dispiace molto. Mi può dire a che ora era l'appuntamento? Così verifico chi l'ha seguita.",
            ),
            (
                "c",
                "alle {{TM:11}}, l'ha fatta una ragazza bionda, [[P:Jessica]] mi pare. il dermatologo nostro il dott. [[P:Amitrano]] dice che è un'irritazione e nn è grave ma noi vogliamo il rimborso",
            ),
            (
                "a",
                "Capisco. La titolare [[P:Rosaria]] vorrebbe chiamare personalmente sua moglie. Il rimborso di {{$:90 €}} possiamo farlo con bonifico.",
            ),
            (
                "c",
                "iban intestato a me [[P:Gennaro Iovine]] [[I:IT42 K050 3411 7010 0000 0071 829]]\ncf [[CF:VNIGNR75H10F839S]] se vi serve\nmia moglie risponde al [[T:320.447.81.09]]",
            ),
            (
                "a",
                "Grazie. Bonifico disposto oggi, riferimento {{R:RIMB-2025-017}}. E un augurio di pronta guarigione a sua moglie. [[P:Rosaria]]",
            ),
        ],
    },
    {
        "business": "beauty",
        "platform": "telegram",
        "customer": "Lina Chen",
        "lang": "it",
        "start": "2025-05-09T14:21:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Lina]], il mio nome cinese è [[P:Chen Xiaolin]] ma tutti mi chiamano [[P:lina]] 😊 vorrei prenotare x mia figlia [[P:Sofia]] che fa la comunione",
            ),
            (
                "a",
                "Ciao [[P:Lina]]! Che bello. Acconciatura da comunione per bambina viene {{$:30 €}}. Che giorno è la comunione?",
            ),
            (
                "c",
                "domenica {{D:25 maggio}} in chiesa a {{W:San Gennaro}}... cioè la chiesa dedicata a {{W:san gennaro}} vicino a noi a [[L:Arenella]]\nsiamo io, [[P:sofia]] e mia suocera [[P:Wang Meiling]] che vuole la piega",
            ),
            (
                "a",
                "Perfetto, vi aspettiamo alle {{TM:8:30}} di mattina. Mi lasci un numero per sicurezza?",
            ),
            (
                "c",
                "[[T:+39 389 66 20 514]] oppure scrivi qui su telegram a me [[H:@linachen_na]] o a mio marito [[P:Marco]] [[H:@marcoli_88]] (lui è italiano 😂 [[P:Marco Li]])",
            ),
            ("a", "Segnato tutto. Un bacio a [[P:Sofia]]! [[P:Ciro]] - {{B:Salone Donna Titina}}"),
        ],
    },
    # ------------------------------------------------------------------ Vespa spare parts
    {
        "business": "vespa",
        "platform": "whatsapp",
        "customer": "Vittorio Marchetti",
        "lang": "it",
        "start": "2025-02-14T09:37:00",
        "messages": [
            (
                "c",
                "salve ho una {{PD:Vespa 50 Special}} del 72 ereditata da mio zio [[P:Ettore]], serve il {{PD:carburatore Dell'Orto SHB 16.10}} originale. lo avete?",
            ),
            (
                "a",
                "Buongiorno [[P:Vittorio]], sì, abbiamo il {{PD:Dell'Orto SHB 16.10}} nuovo a {{$:64,90 €}} e uno revisionato a {{$:45 €}}. Quale preferisce?",
            ),
            (
                "c",
                "quello revisionato va bene. spedite a [[A:frazione Colle San Giacomo 12]] [[A:67061]] [[L:Carsoli]] ([[L:AQ]])\nnome [[P:Vittorio Marchetti]]",
            ),
            (
                "c",
                "ah il corriere di solito lascia i pacchi al bar di [[P:Peppino]] in piazza perché io sto in campagna e nn mi trova",
            ),
            (
                "a",
                "Nessun problema, scriviamo nella nota. Ordine {{O:3291-0472}} creato. Pagamento con PayPal o bonifico?",
            ),
            (
                "c",
                "paypal, la mail è [[E:vittorio_marchetti_52@alice.it]]\ncell x il corriere [[T:339 227 4410]]",
            ),
            (
                "a",
                "Grazie! Spedito con BRT, tracking {{TR:3S0129384756201}}. [[P:Sandro]] - {{B:Tonino Ricambi Vespa d'Epoca}}",
            ),
        ],
    },
    {
        "business": "vespa",
        "platform": "messenger",
        "customer": "Klaus Weber",
        "lang": "en",
        "start": "2025-03-03T18:11:00",
        "messages": [
            (
                "c",
                "hello, i am collector from [[L:germany]], i restore a {{PD:Vespa GS 150}} from 1958. i search the original horn and the {{PD:Ulma}} speedo. you send to [[L:germany]]?",
            ),
            (
                "a",
                "Hello [[P:Klaus]]! Yes, we ship all over Europe. Horn is {{$:38 €}}, {{PD:Ulma}} speedometer restored {{$:145 €}}, shipping to [[L:Germany]] {{$:18 €}}.",
            ),
            (
                "c",
                "ok good. adress: [[P:Klaus Weber]], [[A:Lindenstraße 27a]], [[A:70563]] [[L:Stuttgart-Vaihingen]]\nmy wife [[P:Ingrid]] is at home in the morning",
            ),
            (
                "c",
                "Bitte schicken Sie mir auch eine Rechnung mit Mehrwertsteuer, ich brauche sie für den Verein.",
                "de",
            ),
            (
                "a",
                "Sure, we will send an invoice. Order number {{O:5521-0188}}. Payment by bank transfer or card?",
            ),
            (
                "c",
                "i pay transfer. if something wrong please refund to [[I:DE44 5001 0517 5407 3249 31]]\nmy phone [[T:+49 711 4582 913]]\nmy friend [[P:Jürgen Hoffmann]] from the vespa club also want to order, i give him your page",
            ),
            (
                "a",
                "Thank you! Tracking will follow by message. Greetings to [[P:Jürgen]] and the club. [[P:Mirko]]",
            ),
        ],
    },
    {
        "business": "vespa",
        "platform": "instagram",
        "customer": "vespista_lucano",
        "lang": "it",
        "start": "2025-03-21T23:02:00",
        "messages": [
            (
                "c",
                "uè ciao avete il cilindro {{PD:Polini 177}} x {{PD:PX 125}}? sn [[P:Donato]] da [[L:Potenza]], su vespaforum mi trovate come [[H:pxman77]]",
            ),
            (
                "a",
                "Ciao [[P:Donato]]! Sì, il {{PD:Polini 177}} in ghisa c'è, {{$:189 €}}. Te lo prepariamo?",
            ),
            (
                "c",
                "si ma prima devo sentire il mio meccanico [[P:Mimmo]] che me lo monta e il [[P:biondo]]... cioè il [[P:Biondo]], l'amico mio [[P:Rocco Pace]] che ha già il kit",
            ),
            (
                "c",
                "cmq ho un canale yt dove faccio i restauri [[U:youtube.com/c/DonatoRestauriVespa]] se mi mandate il pezzo vi faccio pure pubblicità 😎",
            ),
            (
                "a",
                "Ahah ci piace! Guardiamo il canale. Per la spedizione ci mandi nome completo e indirizzo?",
            ),
            (
                "c",
                "[[P:Donato Lorusso]]\n[[A:contrada Bucaletto snc]]\n[[A:85100]] [[L:Potenza]]\ntel [[T:0971 44 5 62 80]]",
            ),
            (
                "a",
                "Ricevuto, ordine {{O:3347-0915}} a {{$:189 €}} + {{$:9,90 €}} spedizione. [[P:Sandro]]",
            ),
        ],
    },
    {
        "business": "vespa",
        "platform": "whatsapp",
        "customer": "Danny Hughes",
        "lang": "en",
        "start": "2025-04-15T11:44:00",
        "messages": [
            (
                "c",
                "alright mate, mod scooter guy from [[L:Brighton]] here, need a full chrome legshield trim set for a {{PD:Vespa Rally 200}}, 1974",
            ),
            (
                "a",
                "Hi [[P:Danny]]! We have the legshield trim at {{$:52 €}}, and the {{PD:Piaggio}} badge set at {{$:24 €}}. [[L:UK]] shipping is {{$:22 €}} after Brexit, sorry!",
            ),
            (
                "c",
                "no worries. send to [[P:Danny Hughes]], [[A:Flat 3, 41 Ditchling Rise]], [[L:Brighton]] [[A:BN1 4QL]]\nmobile [[T:07700 900 481]]",
            ),
            ("c", "card is [[C:5374-1234-9876-5434]] expiry 11/26, ta"),
            (
                "a",
                "Please don't send card details in chat! We'll delete that message. I'll send you a secure payment link by e-mail instead, what's your address?",
            ),
            (
                "c",
                "oops sorry 😬 it's [[E:danny dot hughes dot mods at outlook dot co dot uk]]\nif i'm at work the parcel can go next door to Mrs [[P:Patel]] at [[A:no. 39]]",
            ),
            (
                "a",
                "Link sent to [[E:danny.hughes.mods@outlook.co.uk]]. Order {{O:3402-7731}}. Cheers from [[P:Mirko]] at {{B:Tonino Ricambi Vespa d'Epoca}}!",
            ),
        ],
    },
    {
        "business": "vespa",
        "platform": "telegram",
        "customer": "Officina Rocco",
        "lang": "it",
        "start": "2025-05-06T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rocco Mastrangelo]], ho un'officina x moto d'epoca, volevo aprire un conto rivenditore",
            ),
            (
                "a",
                "Buongiorno [[P:Rocco]]! Certo, per i rivenditori c'è lo sconto del 15%. Ci serve ragione sociale e partita IVA.",
            ),
            (
                "c",
                "ditta individuale a nome mio, [[P:Mastrangelo Rocco]], p.iva [[V:07654320634]]\nsede [[A:via Tiburtina Valeria km 214]] [[A:65129]] [[L:Pescara]]",
            ),
            (
                "c",
                "x le fatture la pec è [[E:rocco.mastrangelo@pec.it]], x tutto il resto scrivete a mio figlio [[P:Luca]] qui su telegram [[H:@luca_mastra]] che segue gli ordini",
            ),
            ("a", "Perfetto, conto rivenditore {{R:RIV-0098}} attivo. Primo ordine?"),
            (
                "c",
                "2 {{PD:frizioni PX rinforzate}} e 1 {{PD:marmitta Sito Plus}}. il tracking dell'ultimo ordine non funziona: {{TR:0039 3382 1174}}, sembra un numero di telefono 🤔",
            ),
            ("a", "Sì, i codici SDA a volte sono così 😅 Deve arrivare domani. [[P:Sandro]]"),
        ],
    },
    # ------------------------------------------------------------------ summer language camp, Malta
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Paola Ferri",
        "lang": "it",
        "start": "2025-01-20T21:15:00",
        "messages": [
            (
                "c",
                "buonasera vorrei iscrivere mio figlio [[P:Davide]] (14 anni) al camp di luglio, turno 2 settimane. va con il suo amico [[P:Leonardo Galli]], la mamma [[P:Sara]] vi scrive a parte",
            ),
            (
                "a",
                "Good evening [[P:Paola]]! Ciao, rispondo in italiano 🙂 Il turno {{D:6-19 luglio}} ha ancora posti, {{$:1.890 €}} con residence e voli esclusi.",
            ),
            (
                "c",
                "perfetto. dati: [[P:Davide Ferri]], nato a [[L:Milano]], CF [[CF:FRRDVD11C15F205T]], passaporto italiano\nallergico alle arachidi, il pediatra è il dott. [[P:Sacchi]] [[T:02 4817 2290]]",
            ),
            (
                "c",
                "noi abitiamo a [[L:Cologno Monzese]] [[A:viale Lombardia 76]] e la mia mail è [[E:paola.ferri[chiocciola]fastwebnet.it]]",
            ),
            (
                "a",
                "Grazie! Registrazione {{R:SIC-25-0412}}. Per l'allergia avvisiamo la cucina e il tutor del gruppo, [[P:Kurt]].",
            ),
            (
                "c",
                "ah dimenticavo, [[P:davide]] su insta è [[H:@davide.ferri_11]] e ha voluto che vi dicessi che il suo nome su fortnite è [[H:DaviFerrX]] 🙄 così lo trovate x i tornei serali lol",
            ),
            ("a", "Ahah lo diremo ai tutor! A presto, [[P:Maria]] - {{B:Sunny Isle English Camp}}"),
        ],
    },
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Javier Ruiz Montoya",
        "lang": "en",
        "start": "2025-02-09T10:30:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Javier Ruiz Montoya]] from [[L:Madrid]]. i want to inscribe my two kids [[P:Lucía]] (12) and [[P:Pablo]] (15) for august. my english is not so good sorry",
            ),
            (
                "a",
                "Hello [[P:Javier]], your English is fine! August course is {{D:3-16 August}}, {{$:1.790 €}} per student, sibling discount 10%.",
            ),
            (
                "c",
                "ok perfect. address for the contract: [[A:Calle de Alcalá 241, 4º izq.]], [[A:28028]] [[L:Madrid]]\nmy phone [[T:+34 612 48 93 07]]\nmy wife is [[P:Marta Sanz Ortega]]",
            ),
            (
                "c",
                "Mi hija es muy tímida, por favor que duerma en la misma habitación que su amiga [[P:Irene]] que también va.",
                "es",
            ),
            (
                "a",
                "No problem, we'll put [[P:Lucía]] with [[P:Irene]]. What is [[P:Irene]]'s surname so we can match the bookings?",
            ),
            (
                "c",
                "[[P:Irene Castaño]], the mother is [[P:Beatriz]]. email me at [[E:javi.ruizmontoya ARROBA gmail PUNTO com]]",
            ),
            ("a", "Thank you! Booking {{R:SIC-25-0488}}. [[P:Kurt]] from the team"),
        ],
    },
    {
        "business": "camp",
        "platform": "instagram",
        "customer": "gio.vibes_07",
        "lang": "en",
        "start": "2025-03-12T16:48:00",
        "messages": [
            (
                "c",
                "yo is there wifi at the camp?? asking for me lol. im [[P:Giovanni]] btw, 16, from [[L:Bari]]",
                "en",
            ),
            (
                "c",
                "my mum said i can go if my friend [[P:Ciccio]] comes too, hes [[H:cicciogamer_ba]] on twitch",
                "en",
            ),
            (
                "a",
                "Hi [[P:Giovanni]]! Yes there's wifi in the residence 😄 But bookings must be made by a parent. Can your mum contact us?",
            ),
            (
                "c",
                "ye her number is [[T:340 77 12 385]] her name is [[P:Teresa Laterza]]\nor discord me im [[H:giovibes#0707]]",
            ),
            (
                "a",
                "Great, we'll call your mum. Just so you know, phones are off during lessons from {{TM:9:00}} to {{TM:12:30}} 😉 [[P:Maria]]",
            ),
            ("c", "bruh 💀 ok. pls dont tell her i said bruh", "en"),
        ],
    },
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Amélie Rousseau",
        "lang": "en",
        "start": "2025-04-04T07:58:00",
        "messages": [
            (
                "c",
                "good morning, my son [[P:Théo]] was booked for july but he broke his leg playing football 😢 we must cancel. booking {{R:SIC-25-0365}}",
            ),
            (
                "a",
                "Oh no, we are so sorry [[P:Amélie]]! Please send us the medical certificate and we'll refund the full deposit of {{$:500 €}}.",
            ),
            (
                "c",
                "Le certificat est du docteur [[P:Lefebvre]] de l'hôpital de [[L:Villeurbanne]], je vous l'envoie ce soir.",
                "fr",
            ),
            (
                "c",
                "for the refund: [[P:Amélie Rousseau]] [[I:IT56 Z020 0803 4430 0010 4886 215]], it is my italian account, i worked in [[L:Torino]] before\nour address now [[A:12 rue des Tanneurs]] [[A:69100]] [[L:Villeurbanne]]",
            ),
            (
                "a",
                "Thank you. The refund will arrive in 5 working days, reference {{R:RF-0412}}. Get well soon [[P:Théo]]! [[P:Maria]]",
            ),
            ("c", "merci [[P:maria]]. his little sister [[P:Inès]] maybe next year 🙂", "en"),
        ],
    },
    {
        "business": "camp",
        "platform": "telegram",
        "customer": "Katarzyna Nowak",
        "lang": "en",
        "start": "2025-04-22T13:35:00",
        "messages": [
            (
                "c",
                "hello, [[P:Katarzyna Nowak]] here, group leader from [[L:Kraków]]. i can not log in to the parent portal, it says my ip [[IP:83.24.117.209]] is blocked??",
            ),
            (
                "a",
                "Hi [[P:Katarzyna]]! Sorry about that, too many attempts block the IP for an hour. I've unblocked it now. Which e-mail do you use?",
            ),
            (
                "c",
                "[[E:k.nowak@szkola-example.pl]]\nalso here is my group list for {{D:13-26 July}}, 6 students:\n[[P:Zofia Wiśniewska]]\n[[P:Jakub Kowalczyk]]\n[[P:Maja Lewandowska]]\n[[P:Filip Zieliński]]\n[[P:Antoni Wójcik]]\n[[P:Hanna Kamińska]]",
            ),
            (
                "c",
                "and the second teacher is [[P:Tomasz]], [[P:Tomasz Dąbrowski]], phone [[T:+48 601 223 947]]\nhe writes on telegram as [[H:tomek_dab]]",
            ),
            (
                "a",
                "Perfect, all 6 added to group {{R:GRP-PL-07}}. Our invoices are issued by the camp's company in {{W:St Julian's}}, and we need your school's VAT for the invoice.",
            ),
            (
                "c",
                "the school is public, no vat. but [[P:Jakub]]'s father pays separately with his company, maltese vat [[V:MT12345671]] because he lives in [[L:Gozo]] half the year",
            ),
            ("a", "Noted, two invoices then. Thank you! [[P:Kurt]]"),
        ],
    },
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Omar Haddad",
        "lang": "en",
        "start": "2025-07-09T19:22:00",
        "messages": [
            (
                "c",
                "good evening, i am the father of [[P:Amir Haddad]], he is at the camp since sunday. he says the host family in [[L:Sliema]] is not ok, the lady Mrs [[P:Borg]] locks the kitchen at {{TM:9 pm}}",
            ),
            (
                "a",
                "Good evening Mr [[P:Haddad]], thank you for telling us. Our welfare officer [[P:Joanna Camilleri]] will visit the family tomorrow morning.",
            ),
            (
                "c",
                "thank you. the address is [[A:18 Triq il-Kbira]] i think, near the church. [[P:amir]] also shares the room with a boy [[P:Karim]] from [[L:Tunis]] and they are fine",
            ),
            (
                "c",
                "i live in [[L:Amman]], my number is [[T:+962 79 512 4408]], and my brother [[P:Fadi]] is in [[L:Malta]] too for work, he can go there: [[T:+356 9912 3481]]",
            ),
            (
                "a",
                "Thank you. [[P:Joanna]] will call [[P:Fadi]] after the visit. [[P:Amir]] is doing great in class, his teacher Ms [[P:Zammit]] says he is the best speaker in the group 🙂",
            ),
            (
                "c",
                "ah this is good news 🙏 shukran. please tell [[P:Amir]] to call his mother [[P:Rania]], she is worried",
            ),
            ("a", "Will do! [[P:Maria]] - {{B:Sunny Isle English Camp}}"),
        ],
    },
    # ------------------------------------------------------------------ wedding invitations print shop
    {
        "business": "print",
        "platform": "whatsapp",
        "customer": "Elisa Bortolin",
        "lang": "it",
        "start": "2025-01-28T14:02:00",
        "messages": [
            (
                "c",
                "ciao [[P:serena]]!! siamo [[P:Elisa]] e [[P:Matteo]], ci sposiamo il {{D:20 settembre}} e ci piacerebbe il modello {{PD:Glicine}} x 120 inviti 💜",
            ),
            (
                "a",
                "Ciao [[P:Elisa]], che bello! Il {{PD:Glicine}} su carta cotone viene {{$:3,40 €}} a invito con busta. Come volete i nomi sulla partecipazione?",
            ),
            (
                "c",
                "così: «[[P:Elisa Bortolin]] e [[P:Matteo Zanin]] annunciano il loro matrimonio»\npoi sotto i genitori: [[P:Graziella]] e [[P:Bruno Bortolin]] / [[P:Lorena]] e [[P:Paolo Zanin]]",
            ),
            (
                "c",
                "cerimonia in {{W:Duomo}} a [[L:Castelfranco Veneto]] e poi festa a {{W:Villa Corner}} (la villa con il {{PD:Prosecco}} a fiumi 🥂)",
            ),
            (
                "a",
                "Segnato! Vi mando la bozza entro {{D:venerdì}}. Mi lasciate una mail per il pdf?",
            ),
            (
                "c",
                "[[E:elisa.bortolin92@gmail.com]]\ne se nn rispondo chiama [[P:matte]] [[T:348-119-6037]] che io ho il telefono sempre scarico 😅",
            ),
            (
                "a",
                "Perfetto! Ordine {{O:INV-2025-031}}. [[P:Serena]] - {{B:Inviti by Serena Lodi}}",
            ),
        ],
    },
    {
        "business": "print",
        "platform": "instagram",
        "customer": "ludo.weddingplanner",
        "lang": "it",
        "start": "2025-02-17T11:30:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Ludovica Sarti]] wedding planner ([[U:www.ludovicasarti.com]]), vorrei lavorare con voi x 3 matrimoni di quest'anno 💐",
            ),
            (
                "a",
                "Ciao [[P:Ludovica]]! Con piacere. Per i professionisti facciamo un listino dedicato, ci mandi i dati per la fatturazione?",
            ),
            (
                "c",
                "[[P:Ludovica Sarti]], p iva [[V:12987650152]], cf [[CF:SRTLDV86S63L736W]]\nstudio a [[A:Cannaregio 4382]] [[A:30121]] [[L:Venezia]]\nmail: [[E:ludovica (punto) sarti (at) gmail (punto) com]]",
            ),
            (
                "c",
                "i 3 matrimoni: [[P:Chiara]] & [[P:Yusuf]] a giugno, [[P:Beatrice]] e [[P:Manuel]] a luglio e [[P:Olga Petrenko]] con [[P:Stefano]] a settembre. la sposa di luglio è una giocatrice della {{W:Reyer Venezia}} quindi massima discrezione 🤫",
            ),
            (
                "a",
                "Assolutamente. La mia collega [[P:Nadia]] seguirà le bozze. Vi tagghiamo da {{B:@invitibyserenalodi}}?",
            ),
            (
                "c",
                "si taggate [[H:@ludo.weddingplanner]] e il mio fotografo di fiducia [[H:@gabri_obiettivo]] ([[P:Gabriele]]) 📸",
            ),
        ],
    },
    {
        "business": "print",
        "platform": "messenger",
        "customer": "Rose Whitfield",
        "lang": "en",
        "start": "2025-03-10T09:12:00",
        "messages": [
            (
                "c",
                "hi! my fiancé [[P:Tom]] and I are getting married at a vineyard in [[L:Valdobbiadene]] next may 🥂 we'd love invites in english and italian",
            ),
            (
                "a",
                "Hello [[P:Rose]]! Congratulations! We can do bilingual invitations, for example our {{PD:Rose Garden}} design 🌹 (we promise the name is a coincidence 😄)",
            ),
            (
                "c",
                "haha love it!! names as [[P:Rose Whitfield]] & [[P:Thomas Okafor]], and on the back « hosted by [[P:Margaret]] and [[P:Chinedu]] »",
            ),
            (
                "c",
                "ship to my mum's in the [[L:UK]] please: [[P:Margaret Whitfield]], [[A:7 Orchard Close]], [[L:Harrogate]] [[A:HG2 0PL]]\nher number [[T:01423 566 819]]",
            ),
            (
                "a",
                "Got it. 80 invitations at {{$:3,60 €}}, shipping {{$:25 €}}. Proofs will arrive by e-mail, which address?",
            ),
            (
                "c",
                "[[E:rose.whitfield at btinternet.com]]\nand pls cc [[P:Tom]]: [[E:t.okafor+wedding@example.com]]",
            ),
            ("a", "Done! Order {{O:INV-2025-058}}. [[P:Nadia]] from {{B:Inviti by Serena Lodi}}"),
        ],
    },
    {
        "business": "print",
        "platform": "whatsapp",
        "customer": "Nonna Gemma",
        "lang": "it",
        "start": "2025-04-01T10:44:00",
        "messages": [
            (
                "c",
                "buongiorno sono la nonna di una bambina che si battezza il {{D:18 maggio}}, vorrei 40 bigliettini e le bomboniere con il nome. la bimba si chiama [[P:Ginevra]]",
            ),
            (
                "a",
                "Buongiorno e auguri! Il nome va scritto [[P:Ginevra]] con la G? Ci dica anche il cognome.",
            ),
            (
                "c",
                "sì [[P:G-I-N-E-V-R-A]], G come {{W:Genova}}\ncognome [[P:Dal Bello]], staccato, D maiuscola e B maiuscola. la mamma è mia figlia [[P:Manuela]], il papà [[P:Riccardo Dal Bello]]",
            ),
            (
                "c",
                "la consegna a casa mia, sono [[P:Gemma Trevisan]], [[A:via Roma 18]]\n[[L:Montebelluna]]",
            ),
            (
                "c",
                "scusi il cap è [[A:31044]] e interno [[A:scala B int. 7]]\nil mio numero [[T:0423\n601 284]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Gemma]]. Totale {{$:96 €}}. Paga alla consegna o con bonifico?",
            ),
            (
                "c",
                "alla consegna. se ce problemi col pagamento chiamate mio genero [[P:ricky]], [[P:riccardo]], [[T:+39 340 288 1952]] 😊",
            ),
        ],
    },
    {
        "business": "print",
        "platform": "telegram",
        "customer": "Valentina R.",
        "lang": "it",
        "start": "2025-05-13T21:38:00",
        "messages": [
            (
                "c",
                "ciao! mi serve il tableau e i segnaposto per 12 tavoli, il matrimonio è mio e di [[P:Cristian]] 😍 vi passo i nomi degli invitati del tavolo 1 e 2 così vedete il lavoro",
            ),
            (
                "c",
                "tavolo 1: nonna [[P:Pina]], zio [[P:Aldo]], [[P:Loredana Visentin]], [[P:Kevin Tonon]], [[P:Dragana Petrović]]\ntavolo 2: [[P:Felice Scarpa]], [[P:Bianca Scarpa]], [[P:Mohammed Benali]], [[P:Giulio Pavan]] + la morosa [[P:Ilaria]]",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Ricevuto 😊 Il tableau lo facciamo nel colore {{W:salvia}} come gli inviti? Ogni tavolo ha il nome di una città, giusto?",
            ),
            (
                "c",
                "sì i tavoli sono {{W:Parigi}}, {{W:Lisbona}}, {{W:Vienna}}... il tema è il viaggio ✈️ ma quello di nozze io e [[P:cri]] lo facciamo in [[L:Giappone]]\nil file con tutti i nomi è sul mio sito [[U:valentinarossettodesign.it/tableau]], password te la mando a voce",
            ),
            (
                "c",
                "se non si apre dimmi, a volte blocca gli ip stranieri. il mio è [[IP:2a01:4f8:c17:8e3a::1]] lol nn chiedermi perché lo so 🤓\nmail di riserva [[E:v.rossetto [chiocciola] proton [punto] me]]",
            ),
            (
                "a",
                "Si apre, grazie! Prezzo {{$:180 €}} per tableau più 120 segnaposto. [[P:Serena]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(124, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
