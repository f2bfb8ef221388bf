# ruff: noqa: E501
"""Hand-written blind test corpus no. 85 for convmon's anonymiser.

Every message was written by hand, one at a time, with no templates and no Faker; all people,
numbers and addresses are invented. Checksummed identifiers (IBANs, card numbers, codici
fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted as literals.
Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive are marked
``{{CODE:value}}`` (see handwritten_markup.py). The six invented businesses are a courier for
parcels abroad, a holiday-home agency on a lake, a kitchen fitter, a veterinary clinic with
house calls, a language school for foreigners and an antiques dealer who collects at home.
Regenerate with ``python make_handwritten85_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten85_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "courier": "OltreConfine Spedizioni",
    "lake": "Riva Quieta Case Vacanza",
    "kitchen": "Cucine Bortolan",
    "vet": "ZampaCasa Veterinari a Domicilio",
    "school": "Parola Aperta Scuola di Italiano",
    "antiques": "Antichità Ferro Vecchio",
}
PAGE_IDS: dict[str, str] = {
    "courier": "685630114207853",
    "lake": "685630229018476",
    "kitchen": "685630337745102",
    "vet": "685630450981334",
    "school": "685630562230917",
    "antiques": "685630671148820",
}

CONV_A: list[Conversation] = [
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Lucia Bertoldi",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao devo mandare un pacco a mia figlia che sta a [[L:Rotterdam]] 📦 quanto costa x 5 kg?",
            ),
            (
                "a",
                "Buongiorno! Per i {{W:Paesi Bassi}} un pacco fino a 5 kg costa {{$:24,90 €}} con consegna in 3-4 giorni lavorativi. Ritiriamo noi a domicilio in tutta la {{W:Lombardia}}.",
            ),
            (
                "c",
                "ok allora ritiro da me in [[A:via Carlo Porta 17]]\n[[A:20025]] [[L:Legnano]]\ncitofono [[P:Bertoldi]]",
            ),
            (
                "c",
                "e la destinazione è [[A:Nieuwe Binnenweg 212B]], [[A:3015 BK]] [[L:Rotterdam]], intestato a [[P:Chiara Bertoldi]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Bertoldi]], ritiro fissato per {{D:giovedì 6 marzo}} tra le {{TM:9:00}} e le {{TM:13:00}}. Il numero di spedizione è {{TR:OC3392017745IT}}. Ci lascia un cellulare per il corriere?",
            ),
            (
                "c",
                "[[T:347 882 1905]] se nn rispondo chiamate mio marito [[P:Gianni]] al [[T:0331 54 72 18]]",
            ),
            ("a", "Segnato tutto, grazie! [[P:Sara]] - {{B:OltreConfine}}"),
        ],
    },
    {
        "business": "courier",
        "platform": "messenger",
        "customer": "Tomasz Wiśniewski",
        "lang": "en",
        "start": "2025-03-06T17:40:00",
        "messages": [
            (
                "c",
                "hello i am polish working in [[L:italy]], need send box to my mother in [[L:Poland]], small village near [[L:Rzeszów]]",
            ),
            (
                "c",
                "address is [[A:ul. Kościuszki 8]]\n[[A:36-060]] [[L:Głogów Małopolski]]\nname [[P:Halina Wiśniewska]]",
            ),
            (
                "a",
                "Hi [[P:Tomasz]]! Sure, we ship to all of {{W:Poland}}. Can I ask where we pick it up?",
            ),
            ("c", "i live in [[L:Brescia]] [[A:via Milano 140 scala c int 9]]"),
            ("c", "sorry is [[A:scala D]] not c, i forget"),
            (
                "a",
                "No problem 🙂 Pickup {{D:Monday 10 March}}, price {{$:€31.50}} up to 10 kg. Please write on the box the phone of the receiver too.",
            ),
            ("c", "her phone [[T:+48 17 230 45 61]] thx you"),
            (
                "a",
                "Thanks [[P:Tomasz]], all booked under ref {{R:OC-PL-20315}}. [[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "courier",
        "platform": "instagram",
        "customer": "fede.travels",
        "lang": "it",
        "start": "2025-03-11T22:05:00",
        "messages": [
            (
                "c",
                "ehi spedite anche in [[L:Norvegia]]? mi trasferisco a [[L:Bergen]] a aprile x lavoro e ho 3 scatoloni di libri",
            ),
            (
                "a",
                "Ciao! Sì, spediamo in {{W:Norvegia}}, però essendo fuori UE serve la dichiarazione doganale. Da dove partirebbero?",
            ),
            ("c", "da casa dei miei a [[L:Porto Mantovano]] frazione [[L:Soave]] cmq"),
            ("c", "la via è [[A:strada Martorelli 33]] [[A:46047]]"),
            (
                "a",
                "Perfetto. Il ritiro lì lo facciamo il {{D:martedì}}. Ci serve nome e mail di chi spedisce per la fattura",
            ),
            (
                "c",
                "[[P:Federico Anzolin]] mail [[E:fede punto anzolin chiocciola libero punto it]] e in [[L:norvegia]] sto da un collega [[P:Sindre Haugland]], [[A:Nygårdsgaten 41]], [[A:5015]] [[L:Bergen]]",
            ),
            (
                "a",
                "Grazie [[P:Federico]]! Ti mando il preventivo stasera, {{$:€ 89}} per i tre colli. Il tracking sarà tipo {{TR:3920 1187 4451 02}}, non è un telefono eh 😄",
            ),
        ],
    },
    {
        "business": "courier",
        "platform": "telegram",
        "customer": "amina_k",
        "lang": "en",
        "start": "2025-03-14T08:30:00",
        "messages": [
            ("c", "Hi, my parcel {{TR:OC5518820943IT}} to [[L:Casablanca]] is stuck since 5 days"),
            (
                "a",
                "Hello! Let me check... it's in customs in [[L:Casablanca]], they need a copy of the receiver's ID. Who is the receiver?",
            ),
            (
                "c",
                "my brother [[P:Youssef El Amrani]], he lives at [[A:12 Rue Ibn Batouta, Apt 4]], [[A:20250]] [[L:Casablanca]]",
            ),
            (
                "c",
                "i can send you his id on telegram, my user is [[H:@amina_kh92]] and email [[E:amina.elamrani92@example.com]]",
            ),
            (
                "a",
                "Thank you. Please send it by email to our customs desk, not here on chat, writing the order {{O:ORD-448120}}.",
            ),
            (
                "c",
                "ok. also he moves soon to [[L:Rabat]] so pls hurry 🙏 his phone [[T:+212 661-48-30-27]]",
            ),
            ("a", "Noted, we'll push it today. [[P:Elena]] - {{B:OltreConfine}}"),
        ],
    },
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-03-18T12:10:00",
        "messages": [
            (
                "c",
                "buongiorno sn [[P:Giuseppe Lo Bianco]] devo mandare olio e {{PD:Grana Padano}} a mio cugino in [[L:Germania]]",
            ),
            (
                "c",
                "lui abita a [[L:Stoccarda]]\n[[A:Königstraße 44]]\n[[A:70173]] [[L:Stuttgart]]\nsul campanello c'è scritto [[P:Lobianco]] tutto attaccato",
            ),
            (
                "a",
                "Buongiorno! Gli alimenti sottovuoto si possono spedire in {{W:Germania}} senza problemi, il formaggio però meglio se stagionato. Da dove ritiriamo?",
            ),
            ("c", "[[L:Vittoria]] provincia di [[L:ragusa]], [[A:contrada Bosco Piano 5]]"),
            ("c", "è in campagna, chiedete di zio [[P:Totò]] se nn trovate"),
            (
                "a",
                "Ok 😊 mi serve un cellulare e il codice fiscale del mittente per la lettera di vettura",
            ),
            (
                "c",
                "[[T:338/4471206]]\ncf [[CF:BRTLCU85M12F205I]] ah no quello è di mia moglie [[P:Lucia]] va bene uguale?",
            ),
            ("a", "Va benissimo se spedisce a nome suo. Grazie, [[P:Sara]]"),
        ],
    },
    {
        "business": "lake",
        "platform": "messenger",
        "customer": "Sabine Krüger",
        "lang": "en",
        "start": "2025-04-02T07:55:00",
        "messages": [
            (
                "c",
                "Hello, we are a family from [[L:Munich]], 2 adults 2 kids, looking for a house on the lake from {{D:14 to 21 June}}",
            ),
            (
                "a",
                "Good morning! We have {{PD:Casa Limonaia}} in {{W:Limone sul Garda}} and {{PD:Villa Olivo}} near {{W:Malcesine}}, both with lake view. {{PD:Limonaia}} is {{$:€1.450}} per week.",
            ),
            (
                "c",
                "{{PD:Limonaia}} sounds good. the kids are [[P:Lena]] 9 and [[P:Maximilian]] 6, is the garden closed? [[P:Max]] is very fast haha",
            ),
            (
                "c",
                "Unsere Adresse für den Vertrag: [[A:Leopoldstraße 118]], [[A:80802]] [[L:München]]",
                "de",
            ),
            (
                "a",
                "Yes, the garden is fenced 🙂 For the booking I need the full name of the guest and a phone number.",
            ),
            ("c", "[[P:Sabine Krüger]], my husband is [[P:Jörg]]. phone [[T:+49 (0)89 3327 4410]]"),
            (
                "a",
                "Thank you [[P:Sabine]], booking {{R:RQ-2025-0614}} is on hold for 48h. Deposit by bank transfer to our account, details in the email. [[P:Giulia]] - {{B:Riva Quieta}}",
            ),
            ("c", "perfect, email is [[E:s.krueger@example.de]]"),
        ],
    },
    {
        "business": "lake",
        "platform": "whatsapp",
        "customer": "Matteo",
        "lang": "it",
        "start": "2025-04-05T21:20:00",
        "messages": [
            ("c", "ciao avete ancora qualcosa x ferragosto? siamo in 6 veniamo da [[L:Bologna]]"),
            (
                "a",
                "Ciao! Per {{D:Ferragosto}} ci resta solo la {{PD:Baita Speranza}} sopra {{W:Tremosine}}, 3 camere, {{$:1.890 €}} a settimana.",
            ),
            ("c", "ah {{PD:baita speranza}} come mia nonna [[P:Speranza]] 😂 ok va bene"),
            (
                "c",
                "prenoto a nome mio [[P:Matteo Guidotti]] e mando la caparra dal conto di mio fratello [[P:Luca]] [[I:IT82X0542811101000000774512]] se vi serve x la ricevuta",
            ),
            (
                "a",
                "Perfetto [[P:Matteo]], la caparra è {{$:570 €}}. Per la ricevuta ci serve anche un indirizzo di residenza",
            ),
            ("c", "[[A:via San Vitale 88]]\n[[A:40125]] [[L:Bologna]]"),
            ("c", "ah e verrà anche il cane del mio amico [[P:Nico]], ok?"),
            ("a", "Certo, gli animali sono benvenuti 🐶 Buona serata!"),
        ],
    },
    {
        "business": "lake",
        "platform": "instagram",
        "customer": "wanderlust_priya",
        "lang": "en",
        "start": "2025-04-09T14:00:00",
        "messages": [
            (
                "c",
                "hiii saw your post!! is the house near {{W:Sirmione}} castle? i'm coming from [[L:Bangalore]] with my parents in september",
            ),
            (
                "a",
                "Hi! {{PD:Casa Rosa}} is a 10-minute walk from the {{W:Rocca Scaligera}} 🏰 Would you like prices for September?",
            ),
            ("c", "yes pls. my dad [[P:Ramesh Iyer]] is a bit slow walking, is there a lift?"),
            (
                "c",
                "btw you can see my trip plans on [[U:instagram.com/wanderlust_priya]] haha and my blog [[U:https://priyatravelsslow.blogspot.com]]",
            ),
            (
                "a",
                "Ground floor, no stairs 🙂 From {{D:8 to 15 September}} it's {{$:€980}}. Can you give us a name for the booking?",
            ),
            (
                "c",
                "[[P:Priya Lakshmi Iyer]]\n[[T:+91 98450 31277]]\nwe'll be staying in [[L:Milan]] before at my cousin [[P:Arjun]]'s place",
            ),
            ("a", "Lovely, thanks [[P:Priya]]! Check-in from {{TM:4 pm}}."),
        ],
    },
    {
        "business": "lake",
        "platform": "whatsapp",
        "customer": "Rosa",
        "lang": "it",
        "start": "2025-04-15T10:45:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa Castellani]] la proprietaria della casa a [[L:Pieve di tremosine]], quella che affittate voi",
            ),
            (
                "c",
                "volevo dire che la caldaia la controlla il tecnico [[P:Ferruccio]] lunedì, gli lascio le chiavi dalla vicina sig.ra [[P:Delbello]]",
            ),
            (
                "a",
                "Buongiorno signora [[P:Castellani]], grazie! Gli ospiti arrivano {{D:sabato 19}}, ci sta perfetto.",
            ),
            (
                "c",
                "e mi mandate il rendiconto a [[A:via Gardesana 212]]? nn quella della casa, la mia a [[L:Salò]]",
            ),
            ("a", "Certo. Lo mandiamo anche via mail?"),
            (
                "c",
                "si [[E:rosa.castellani58[at]example[dot]it]]\nil mio cf è [[CF:NGLSRA90D55H501S]] ah no quello è di mia nuora [[P:Sara Angeli]], il mio ve lo porto",
            ),
            ("a", "Va bene, niente fretta 🌸 [[P:Giulia]]"),
        ],
    },
    {
        "business": "lake",
        "platform": "telegram",
        "customer": "Jean-Marc",
        "lang": "fr",
        "start": "2025-04-20T16:30:00",
        "messages": [
            (
                "c",
                "Bonjour, nous arrivons de [[L:Lyon]] en voiture, est-ce qu'il y a un parking à la maison?",
            ),
            (
                "a",
                "Bonjour! Yes, {{PD:Villa Olivo}} has 2 parking spaces. Sorry, I write in English 🙂",
                "en",
            ),
            (
                "c",
                "ok english good. we are [[P:Jean-Marc Fournier]] and [[P:Amélie]], dog name Biscotte",
                "en",
            ),
            (
                "c",
                "my adress [[A:27 rue de la République]], [[A:69002]] [[L:Lyon]], [[L:France]] for the invoice",
                "en",
            ),
            (
                "a",
                "Thank you! Arrival {{D:3 May}}, key box code will be sent the day before. The road is {{W:Gardesana Orientale}}, very nice but narrow.",
                "en",
            ),
            ("c", "merci! mon portable [[T:+33 6 12 48 90 37]]"),
        ],
    },
    {
        "business": "kitchen",
        "platform": "messenger",
        "customer": "Alessandra Pivetti",
        "lang": "it",
        "start": "2025-05-02T08:20:00",
        "messages": [
            (
                "c",
                "salve vorrei un preventivo x una cucina ad angolo, ho visto il modello {{PD:Bortolan Asolo}} in showroom",
            ),
            (
                "a",
                "Buongiorno! L'{{PD:Asolo}} in rovere parte da {{$:6.800 €}}. Per il preventivo preciso veniamo a misurare. Dove si trova la casa?",
            ),
            ("c", "[[L:Castelfranco Veneto]], frazione [[L:Salvatronda]]\n[[A:via Boschi 4/b]]"),
            (
                "c",
                "il cap è [[A:31033]] e suonate [[P:Pivetti-Marangon]] che c'è il nome di mio marito",
            ),
            (
                "a",
                "Perfetto. Il nostro tecnico [[P:Davide]] può passare {{D:venerdì 9 maggio}} alle {{TM:10:30}}?",
            ),
            (
                "c",
                "ok va bn. il mio cell [[T:0039 349 227 6610]] mio marito è [[P:Stefano Marangon]] se chiama lui",
            ),
            (
                "a",
                "Appuntamento confermato 👍 Lo showroom resta in {{W:via Postumia}} {{W:Castelfranco}} se volete passare a vedere i colori. [[P:Chiara]] - {{B:Cucine Bortolan}}",
            ),
        ],
    },
    {
        "business": "kitchen",
        "platform": "whatsapp",
        "customer": "Ivan",
        "lang": "it",
        "start": "2025-05-06T19:05:00",
        "messages": [
            (
                "c",
                "buonasera io [[P:Ivan Petrović]] ho comprato casa nuova a [[L:Montebelluna]] vorrei cucina piccola ma buona",
            ),
            (
                "c",
                "prima abitavo a [[L:Spalato]] in [[L:croazia]], la la cucina era tutto legno 😅 qua voglio {{W:bianca}}",
            ),
            (
                "a",
                "Buonasera [[P:Ivan]]! Le proponiamo la {{PD:Linea Bianco Nuvola}}, da {{$:3.950 €}} montaggio incluso. Per le misure ci lascia l'indirizzo?",
            ),
            ("c", "[[A:via Santa Maria in Colle 61]] piano terra, vicino al {{W:Duomo}}"),
            ("a", "Grazie! Per la fattura se è a nome di una ditta ci serve la partita IVA"),
            ("c", "si ho ditta piastrelle, piva [[V:03948150226]] ditta individuale a nome mio"),
            ("a", "Perfetto, ordine {{O:CB-2025-1187}} aperto. A presto!"),
        ],
    },
]

CONV_B: list[Conversation] = [
    {
        "business": "kitchen",
        "platform": "instagram",
        "customer": "casa_di_bea",
        "lang": "it",
        "start": "2025-05-12T13:15:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:bea]] ([[H:casa_di_bea]] qui e su tiktok [[U:tiktok.com/@casa_di_bea]]) sto ristrutturando la casa della nonna a [[L:Asolo]] e vorrei la vostra isola color {{W:salvia}}",
            ),
            (
                "a",
                "Ciao [[P:Bea]]! Che bello 😍 L'isola {{PD:Isola Montegrappa}} in verde salvia costa {{$:2.400 €}}. Vuoi che passiamo a misurare?",
            ),
            (
                "c",
                "si! [[A:via Browning 9]] ma nn andate in centro, è su in collina dopo la {{W:Rocca}}",
            ),
            (
                "c",
                "il mio nome vero è [[P:Beatrice Zanin]] x il preventivo, mail [[E:bea.zanin@example.it]]",
            ),
            (
                "a",
                "Perfetto [[P:Beatrice]], ti scrive il nostro [[P:Davide]] per fissare. [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "kitchen",
        "platform": "whatsapp",
        "customer": "Mr Collins",
        "lang": "en",
        "start": "2025-05-20T09:40:00",
        "messages": [
            (
                "c",
                "Morning, we bought a farmhouse near [[L:Valdobbiadene]], among the {{PD:Prosecco}} hills, and need a full kitchen fitted before July",
            ),
            (
                "c",
                "the address is [[A:località Col di Guarda 3]] [[A:31049]] - the sat nav never finds it, look for the red gate",
            ),
            (
                "a",
                "Good morning! We fit kitchens all over the {{W:Treviso}} province 🙂 Who should we ask for on site?",
            ),
            (
                "c",
                "me, [[P:Harold Collins]], or my wife [[P:Margaret]]. my UK number [[T:+44 7700 914 322]], we also keep the house in [[L:UK]] at [[A:Flat 3, 27 Kingsdown Road]], [[L:Bristol]] [[A:BS6 5HE]] for post",
            ),
            (
                "a",
                "Thanks Mr [[P:Collins]]. Survey {{D:Tuesday 27 May}} at {{TM:9:30}}, ticket {{R:CB-SRV-7731}}.",
            ),
            ("c", "deposit from my card ok? [[C:4532 0151 1283 0366]]"),
            (
                "a",
                "Please don't send card numbers on chat 🙏 we'll send you a secure payment link. [[P:Davide]] from the team",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Marisa",
        "lang": "it",
        "start": "2025-06-02T07:10:00",
        "messages": [
            (
                "c",
                "buongiorno il mio gatto nn mangia da 2 giorni potete venire a casa? abito a [[L:Cavriago]]",
            ),
            (
                "a",
                "Buongiorno, certo. Facciamo visite a domicilio in tutta la provincia di {{W:Reggio Emilia}}. Mi dà l'indirizzo preciso?",
            ),
            (
                "c",
                "[[A:via Guardanavona 15]]\nsecondo piano\nil campanello dice [[P:Ferretti Marisa]]",
            ),
            ("c", "nn sono per niente {{W:felice}} 😿 il gatto è vecchio"),
            (
                "a",
                "La dottoressa [[P:Morandi]] passa oggi alle {{TM:15:00}}, visita domicilio {{$:60 €}}. Un numero per avvisarla?",
            ),
            (
                "c",
                "[[T:0522 87\n41 93]] fisso, se no il cell di mia figlia [[P:Elena]] [[T:333.482.1190]]",
            ),
            ("a", "Grazie signora [[P:Ferretti]], a dopo."),
        ],
    },
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Chen Wei",
        "lang": "en",
        "start": "2025-06-04T18:25:00",
        "messages": [
            (
                "c",
                "hello my dog is limping, i live in [[L:Reggio Emilia]] near the {{W:Teatro Valli}}, can you come?",
            ),
            ("a", "Hello! Yes, tomorrow morning. Can you tell me your address?"),
            (
                "c",
                "[[A:via Emilia Santo Stefano 40, int 9]] the name on door is [[P:Chen]], my wife [[P:Li Xiaomei]] will be home",
            ),
            ("c", "sorry the int is [[A:int. 6]], i wrote bad"),
            (
                "a",
                "No worries. Dr. [[P:Morandi]] will come at {{TM:10:00}}. We're moving to a new clinic in {{W:via Roma}} next month by the way.",
            ),
            (
                "c",
                "ok. we move also, to [[L:Shanghai]] in august, need passport for dog. my email [[E:chenwei.re@example.com]]",
            ),
            (
                "a",
                "We'll prepare the pet passport and the {{PD:Nobivac Rabies}} vaccination. [[P:Fabio]] - {{B:ZampaCasa}}",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "giorgia",
        "lang": "it",
        "start": "2025-06-09T11:00:00",
        "messages": [
            ("c", "ciao è urgente il coniglio di mio figlio [[P:Tommy]] ha mangiato una pianta"),
            ("c", "siamo in vacanza a [[L:Cervia]] da mia suocera, [[A:viale Roma 114]]"),
            (
                "a",
                "Ciao! Purtroppo fin lì non arriviamo, copriamo solo {{W:Reggio}} e {{W:Parma}}. Ti consiglio la clinica di turno più vicina. Che pianta era?",
            ),
            ("c", "una stella di natale credo, la pianta della vicina [[P:Adriana]]"),
            ("a", "Allora portalo subito, è tossica. Sono [[P:Fabio]], se vuoi scrivimi dopo"),
            ("c", "ok grazie mille [[P:fabio]], io sono [[P:giorgia mantovani]] poi ti dico", "it"),
        ],
    },
    {
        "business": "vet",
        "platform": "telegram",
        "customer": "Svetlana",
        "lang": "it",
        "start": "2025-06-15T20:40:00",
        "messages": [
            (
                "c",
                "buonasera io sono [[P:Svetlana Kovalenko]], vengo da [[L:Ucraina]], mia cagnolina ha bisogno vaccino per viaggio a [[L:Kharkiv]]",
            ),
            (
                "c",
                "io abito [[L:Scandiano]], [[A:via Mazzini 27]], casa di signora [[P:Bonacini]], io lavoro lì badante",
            ),
            (
                "a",
                "Buonasera [[P:Svetlana]], possiamo venire {{D:giovedì}}. Per il passaporto europeo del cane servono microchip e antirabbica. Costo {{$:95 €}} tutto compreso.",
            ),
            (
                "c",
                "ok. pago con bonifico? mio telefono [[T:+39 320 1148 775]] e mio telegram [[H:@svetakov_ua]]",
            ),
            ("a", "Sì, IBAN nella fattura. Ci dà anche il suo codice fiscale?"),
            (
                "c",
                "[[CF:KHLFTM79T61Z330W]] no scusa questo è di mia amica [[P:Fatima]] che mi ha prestato telefono, il mio domani",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Ale",
        "lang": "it",
        "start": "2025-06-20T08:05:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:Alessio]] di ieri x il cavallo, il maneggio è a [[L:Quattro Castella]] [[A:località Roncolo 12]] [[A:42020]]",
            ),
            ("c", "chiedete di [[P:Bobo]] lo stalliere che vi apre"),
            (
                "a",
                "Ciao [[P:Alessio]]! Il dott. [[P:Grasselli]] arriva verso le {{TM:11}}. La visita equina è {{$:120 €}}.",
            ),
            (
                "c",
                "ok pago io, iban x rimborso se nn serve la lastra [[I:IT66K0306909606100000063117]] intestato [[P:Alessio Rinaldini]]",
            ),
            ("a", "Ricevuto 👍"),
        ],
    },
    {
        "business": "school",
        "platform": "messenger",
        "customer": "Kwame Mensah",
        "lang": "en",
        "start": "2025-09-01T10:00:00",
        "messages": [
            (
                "c",
                "good morning, i am from [[L:Ghana]], arrived in [[L:Padova]] two weeks ago for university, i need italian A2 course",
            ),
            (
                "a",
                "Welcome! Our A2 evening course starts {{D:15 September}}, {{$:€240}} for 40 hours, at our school in {{W:Piazza dei Signori}}.",
            ),
            (
                "c",
                "great. i live at [[A:via Jacopo Avanzo 21/3]] in the [[L:Portello]] area, is it far?",
            ),
            (
                "a",
                "About 15 minutes by tram 🙂 For enrolment we need your full name, codice fiscale and email.",
            ),
            (
                "c",
                "[[P:Kwame Osei Mensah]], email [[E:kwame.mensah.gh@example.com]], codice fiscale i dont have yet",
            ),
            (
                "c",
                "my host is Mrs [[P:Carraro]] if you need italian contact, her number [[T:049 875 2231]]",
            ),
            (
                "a",
                "No problem, bring it when you get it. Your enrolment code is {{R:PA-A2-0915-33}}. [[P:Francesca]] - {{B:Parola Aperta}}",
            ),
        ],
    },
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "María José",
        "lang": "es",
        "start": "2025-09-03T15:30:00",
        "messages": [
            (
                "c",
                "hola! soy [[P:María José García Peña]], de [[L:Sevilla]]. quiero curso intensivo de italiano en octubre",
            ),
            (
                "a",
                "¡Hola! Sì, il corso intensivo B1 è dal {{D:6 al 31 ottobre}}, {{$:390 €}}. Parla un po' di italiano?",
                "it",
            ),
            (
                "c",
                "un poco 😅 io vivo ora a [[L:Padova]] con mio novio [[P:Andrea]] in [[A:via del Santo 55]]",
                "it",
            ),
            (
                "c",
                "prima vivevo a [[A:Calle Feria 38, 2º A]], [[A:41003]] [[L:Sevilla]] , ma tutta la mia posta va ancora là",
                "it",
            ),
            ("a", "Nessun problema. Ci scrive la mail?", "it"),
            (
                "c",
                "[[E:mariajose.garciap arroba example punto es]] jaja arroba es chiocciola",
                "it",
            ),
            ("a", "Grazie [[P:María José]]! [[P:Francesca]]", "it"),
        ],
    },
    {
        "business": "school",
        "platform": "instagram",
        "customer": "h.yilmaz",
        "lang": "it",
        "start": "2025-09-08T19:50:00",
        "messages": [
            (
                "c",
                "ciao io [[P:Hakan Yılmaz]] turco, lavoro come cuoco a [[L:Abano Terme]]. corso sera possibile? finisco lavoro 22",
            ),
            (
                "a",
                "Ciao [[P:Hakan]]! Alle 22 purtroppo no, ma abbiamo il corso online del sabato mattina alle {{TM:9:00}}.",
            ),
            (
                "c",
                "ok sabato bene. mio instagram è questo, mio cugino [[P:Emre]] anche vuole venire, lui sta a [[L:Montegrotto]]",
            ),
            (
                "c",
                "mia mail [[E:hakan.yilmaz.chef@example.com]]\ntelefono [[T:+90 532 418 77 09]] turco, italiano [[T:351 600 2284]]",
            ),
            (
                "a",
                "Perfetto, iscritti tutti e due. Il link del corso arriva il {{D:venerdì}}. [[P:Francesca]]",
            ),
        ],
    },
    {
        "business": "school",
        "platform": "telegram",
        "customer": "Anika",
        "lang": "de",
        "start": "2025-09-12T09:10:00",
        "messages": [
            (
                "c",
                "Hallo, ich heiße [[P:Anika Schröder]] und ziehe nächsten Monat von [[L:Hamburg]] nach [[L:Padua]]. Gibt es einen Kurs für Anfänger?",
            ),
            (
                "a",
                "Hello [[P:Anika]]! Yes, A1 starts {{D:20 October}}. Do you prefer English for chatting?",
                "en",
            ),
            ("c", "yes english ok. my new address will be [[A:via Belzoni 160]]", "en"),
            ("c", "[[A:35121]] [[L:Padova]], c/o Familie [[P:Zambon]]", "en"),
            (
                "a",
                "Thanks! Fee {{$:€260}}, payment via bank transfer. Ticket {{R:PA-A1-1020-07}}.",
                "en",
            ),
            (
                "c",
                "I pay from German account [[I:DE22500105170648489031]], ok? my telegram is [[H:@anika_hh]]",
                "en",
            ),
        ],
    },
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Olu",
        "lang": "en",
        "start": "2025-09-15T12:30:00",
        "messages": [
            (
                "c",
                "hi my name is [[P:Oluwaseun Adeyemi]] people call me [[P:Seun]]. i want to do the CILS exam for citizenship",
            ),
            (
                "a",
                "Hi [[P:Seun]]! The next {{PD:CILS B1 Cittadinanza}} session is {{D:4 December}}. Exam fee {{$:€130}}.",
            ),
            (
                "c",
                "ok. i was born in [[L:Ibadan]] and i live in [[L:Vicenza]] since 2016, [[A:contrà Porti 19]]",
            ),
            (
                "c",
                "for certificate please write my name as in passport: [[P:A-D-E-Y-E-M-I]], [[P:O-L-U-W-A-S-E-U-N]]",
            ),
            ("a", "Got it. And a phone, please?"),
            ("c", "[[T:(+39) 380-7743-219]] thx"),
        ],
    },
    {
        "business": "antiques",
        "platform": "whatsapp",
        "customer": "Franca",
        "lang": "it",
        "start": "2025-10-01T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno, devo svuotare la casa di mia zia [[P:Ines]] che è mancata, a [[L:Borgo Valsugana]], c'è un armadio e una credenza dell'ottocento",
            ),
            (
                "a",
                "Buongiorno e condoglianze. Veniamo a valutare gratuitamente a domicilio in tutto il {{W:Trentino}}. Mi dà l'indirizzo?",
            ),
            (
                "c",
                "[[A:via Hippoliti 30]]\n[[A:38051]] [[L:Borgo]]\nle chiavi le ha il vicino [[P:Ottavio Lenzi]], al piano sotto",
            ),
            ("c", "io abito a [[L:Rovereto]], sono [[P:Franca Dallapè]] la nipote"),
            (
                "a",
                "Gentile [[P:Franca]], possiamo passare {{D:mercoledì 8 ottobre}} alle {{TM:14:30}}. Il nostro [[P:Remo]] valuta i mobili.",
            ),
            (
                "c",
                "ok. il mio cel [[T:340 229 8814]]. c'è anche un quadro con {{W:San Francesco}} e una lampada {{PD:Murano}}",
            ),
            ("a", "Perfetto, guardiamo tutto. [[P:Remo Ferro]] - {{B:Antichità Ferro Vecchio}}"),
        ],
    },
    {
        "business": "antiques",
        "platform": "messenger",
        "customer": "Peter Lindqvist",
        "lang": "en",
        "start": "2025-10-04T16:45:00",
        "messages": [
            (
                "c",
                "Hello, I saw the {{PD:Thonet}} chairs on your page. Can you ship to [[L:Sweden]]? I live in [[L:Uppsala]]",
            ),
            (
                "a",
                "Hello! Yes, we ship to all of {{W:Scandinavia}} with a partner courier. Six chairs would be about {{$:€210}} shipping.",
            ),
            (
                "c",
                "Good. delivery to [[A:Svartbäcksgatan 12 lgh 1102]], [[A:753 20]] [[L:Uppsala]]. name [[P:Peter Lindqvist]]",
            ),
            (
                "c",
                "but in november i'm at my daughter [[P:Karin]]'s in [[L:Copenhagen]], maybe deliver there?",
            ),
            ("a", "We can, just send us the address when you know it. Order {{O:AFV-1043}}."),
            ("c", "ok. payment by card is fine? [[C:5167-9872-0045-1132]]"),
            (
                "a",
                "Please never share full card numbers here, we'll send a payment link to your email.",
            ),
            ("c", "[[E:peter.lindqvist@example.se]] sorry 🙂"),
        ],
    },
    {
        "business": "antiques",
        "platform": "instagram",
        "customer": "vintage_dario",
        "lang": "it",
        "start": "2025-10-10T22:15:00",
        "messages": [
            (
                "c",
                "ciao ho un baule militare di mio nonno [[P:Augusto]] lo ritirate? sto a [[L:Pergine]] ma in una frazione sperduta, [[L:Canezza]]",
            ),
            ("a", "Ciao! Sì, ritiriamo anche in valle. Mandaci qualche foto del baule?"),
            (
                "c",
                "le trovi sul mio shop [[U:https://vintagedario.bigcartel.com]] e su [[U:linktr.ee/vintage_dario]]",
            ),
            ("a", "Bellissimo! Possiamo offrire {{$:180 €}}. Ritiro {{D:sabato}}?"),
            (
                "c",
                "si. [[A:località Maso Pec 2]], la casa gialla dopo la chiesa di {{W:Sant'Antonio}}. io sono [[P:Dario Tomasi]]",
            ),
            ("c", "se nn ci sono c'è mia mamma [[P:Graziella]], suo numero [[T:0461 51 09 77]]"),
            ("a", "Perfetto [[P:Dario]], a sabato. [[P:Remo]]"),
        ],
    },
    {
        "business": "antiques",
        "platform": "whatsapp",
        "customer": "Avv. Moretti",
        "lang": "it",
        "start": "2025-10-15T10:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'avv. [[P:Corrado Moretti]], seguo l'eredità della sig.ra [[P:Bianca Tamanini]]. Nell'appartamento di [[L:Trento]] ci sono mobili da valutare.",
            ),
            (
                "c",
                "L'indirizzo è [[A:via Grazioli 64, scala B int. 7]], [[A:38122]] [[L:Trento]]. Fattura intestata al mio studio, P.IVA [[V:12784500964]].",
            ),
            (
                "a",
                "Buongiorno avvocato. Possiamo fare il sopralluogo {{D:lunedì 20 ottobre}}. Ci sono pezzi particolari?",
            ),
            (
                "c",
                "Un tavolo in noce {{W:bianca}} no, scusi, in noce chiaro, e una specchiera {{PD:Luigi Filippo}}. Il portiere Sig. [[P:Pojer]] ha le chiavi.",
            ),
            (
                "a",
                "Perfetto. Riferimento pratica {{R:AFV-VAL-2025-088}}. La nostra sede resta in {{W:via Manci}} se preferisce portare documenti.",
            ),
            (
                "c",
                "Grazie. Il mio recapito diretto [[T:+39 0461 982 440]], mail [[E:c.moretti@studiomoretti-example.it]].",
            ),
        ],
    },
    {
        "business": "antiques",
        "platform": "telegram",
        "customer": "nadia",
        "lang": "it",
        "start": "2025-10-22T13:35:00",
        "messages": [
            (
                "c",
                "ciao ci trasferiamo in [[L:Australia]] a [[L:Perth]] e dobbiamo vendere tutto, anche il pianoforte {{PD:Steinway}} di mia suocera [[P:Wilma]]",
            ),
            ("c", "stiamo a [[L:Lavis]] [[A:via Rosmini 3]] ultimo piano senza ascensore 😬"),
            (
                "a",
                "Ciao! Il pianoforte richiede una squadra a parte, ma veniamo volentieri a vedere. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Nadia Bernardi]], mio marito [[P:Kai Becker]] è tedesco e parla poco italiano. il suo numero [[T:+49 151 2240 6638]]",
            ),
            (
                "a",
                "Grazie [[P:Nadia]]! Ti chiamo domani. Il ritiro costa {{$:0 €}} se compriamo almeno 3 pezzi. [[P:Remo]]",
            ),
            (
                "c",
                "top. ah il nostro IP del router è [[IP:192.168.1.47]] lol no scherzo, volevo mandare le foto col link del drive [[IP:93.41.208.17]]",
            ),
        ],
    },
]

CONV_C: list[Conversation] = [
    {
        "business": "courier",
        "platform": "instagram",
        "customer": "ellie.b",
        "lang": "en",
        "start": "2025-03-25T11:05:00",
        "messages": [
            (
                "c",
                "hiya! erasmus student here, going back home to [[L:Leeds]] in june and need to send 2 suitcases 🧳",
            ),
            (
                "c",
                "currently living in [[L:Bologna]] at [[A:via Zamboni 58]], flat is [[A:interno 12]], buzzer says [[P:Okafor/Brennan]] cos i share with my flatmate [[P:Chidi]]",
            ),
            (
                "a",
                "Hi! UK shipments go via {{W:Dover}}, customs form needed. Two suitcases up to 20 kg each: {{$:€138}}. Where do they go exactly?",
            ),
            (
                "c",
                "my mum's: [[A:Flat 2, 14 Harehills Lane]]\n[[L:Leeds]] [[A:LS8 4HQ]]\nname [[P:Eleanor Brennan]] (me!) c/o [[P:Joanne Brennan]]",
            ),
            ("c", "my number is UK one [[T:07700\n900 418]] and italian [[T:+39 388 015 7720]]"),
            (
                "a",
                "Thanks [[P:Eleanor]]! Booked as {{O:OC-UK-77120}}, tracking will start with {{TR:GB0047718830IT}} once picked up. [[P:Luca]] - {{B:OltreConfine}}",
            ),
            (
                "c",
                "amazing thx [[P:luca]] 💛 my insta is [[H:@ellie.brennan_]] if you need pics of the bags",
            ),
        ],
    },
    {
        "business": "lake",
        "platform": "whatsapp",
        "customer": "Marieke",
        "lang": "en",
        "start": "2025-04-25T18:15:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Marieke]] here from [[L:Utrecht]] 🇳🇱 we're cycling around {{W:Lake Garda}} in may, need 3 nights in [[L:Riva del Garda]] or nearby",
            ),
            (
                "a",
                "Hi [[P:Marieke]]! {{PD:Appartamento Ponale}} in {{W:Riva}} is free {{D:12-15 May}}, {{$:€105}}/night, with bike storage 🚲",
            ),
            (
                "c",
                "top! booking for me [[P:Marieke van der Berg]] and my partner [[P:Sanne de Vries]]",
            ),
            (
                "c",
                "our address [[A:Oudegracht 231-bis]]\n[[A:3511 NK]] [[L:Utrecht]]\nphone [[T:+31 6 4128 3390]]",
            ),
            (
                "a",
                "Thank you! Booking {{R:RQ-2025-0512}}. The weather forecast says rain on {{W:Monte Baldo}} but sun by the lake 😉 [[P:Giulia]]",
            ),
            (
                "c",
                "haha ok. after [[L:Riva]] we go to [[L:Bolzano]] to [[P:Sanne]]'s aunt [[P:Gerda]], so checkout early pls",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Rachid",
        "lang": "it",
        "start": "2025-06-25T17:50:00",
        "messages": [
            (
                "c",
                "salam buonasera, sono [[P:Rachid Benali]], abito a [[L:Correggio]] [[A:via Fazzano 9/a]], mio gatto ha ferita su zampa",
            ),
            (
                "c",
                "io vengo da [[L:Tunisia]], [[L:Sfax]], il gatto ho portato da là, ha passaporto tunisino",
            ),
            (
                "a",
                "Buonasera [[P:Rachid]]! Passiamo domani alle {{TM:18:30}}. Una domanda: il citofono che nome ha?",
            ),
            (
                "c",
                "[[P:Benali - Conti]], secondo campanello. casa di mia moglie [[P:Roberta Conti]]",
            ),
            (
                "c",
                "suo numero [[T:339 87 66 021]] e mail [[E:roberta.conti82@example.it]], lei paga con carta [[C:4024 0071 7234 5596]]",
            ),
            (
                "a",
                "Grazie, ma il numero della carta non scrivetelo qui 🙏 si paga col POS a fine visita, {{$:75 €}}. [[P:Fabio]]",
            ),
        ],
    },
    {
        "business": "antiques",
        "platform": "messenger",
        "customer": "Ludovica Sartori",
        "lang": "it",
        "start": "2025-10-28T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno, mia madre [[P:Adele]] va in casa di riposo a [[L:Levico]] e dobbiamo liberare la sua casa a [[L:Caldonazzo]], [[A:via Roma 19]]",
            ),
            ("c", "il numero civico in realtà è [[A:19/c]], il 19 è la farmacia 😅"),
            (
                "a",
                "Buongiorno! Nessun problema. Il nostro furgone passa su {{W:Caldonazzo}} ogni {{D:giovedì}}, giorno di mercato in piazza. Che cosa c'è in casa?",
            ),
            (
                "c",
                "una cassapanca, un servizio {{PD:Richard Ginori}} e un orologio a pendolo {{PD:Black Forest}} che le aveva regalato zio [[P:Gigi]] dalla [[L:Germania]]",
            ),
            (
                "c",
                "io sto a [[L:Milano]] quindi le chiavi le lascio alla signora [[P:Pintarelli]] della porta accanto. mio cell [[T:02 8745 3316]] no quello è l'ufficio, cell [[T:347 550 19 83]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Sartori]], sopralluogo {{D:giovedì 6 novembre}}. [[P:Remo]]",
            ),
        ],
    },
]

CONVERSATIONS: list[Conversation] = CONV_A + CONV_B + CONV_C


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(85, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
