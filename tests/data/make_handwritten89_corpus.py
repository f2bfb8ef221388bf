# ruff: noqa: E501
"""Hand-written blind test corpus no. 89 for convmon's anonymiser.

Written by hand, message by message, for this corpus only: no templates, no Faker, no
generated text. Every person, number, address, e-mail and handle is invented. The
checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA, EU VAT numbers)
were computed once with python-stdnum / the Luhn algorithm and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be
removed, ``{{CODE:value}}`` is a look-alike that must survive.

The six invented businesses are a plumber in Trieste, a dental practice in Padova, a bookshop
in Bologna that ships, a surf school in western Sardinia, an ice-cream parlour in Torino that
caters events, and a travel agency in Napoli.

Regenerate with: ``.venv/bin/python make_handwritten89_corpus.py`` (the output is
byte-identical on every run).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten89_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "idraulico": "Idraulica Fratelli Zanon",
    "dentista": "Studio Dentistico Sorriso Chiaro",
    "libreria": "Libreria La Pagina Storta",
    "surf": "Maestrale Surf School",
    "gelateria": "Gelateria Da Ninetta",
    "viaggi": "Rotte Lontane Viaggi",
}
PAGE_IDS: dict[str, str] = {
    "idraulico": "689670418275301",
    "dentista": "689670552910487",
    "libreria": "689670330184926",
    "surf": "689670771049352",
    "gelateria": "689670194628870",
    "viaggi": "689670865302114",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- plumber
    {
        "business": "idraulico",
        "platform": "whatsapp",
        "customer": "Marta Ferluga",
        "lang": "it",
        "start": "2025-03-05T07:42:00",
        "messages": [
            (
                "c",
                "buongiorno ho una perdita sotto il lavello da ieri sera 😩 sono [[P:marta ferluga]] abito in [[A:via Commerciale 118]] a [[L:Trieste]]\ncitofono [[P:Ferluga-Vidali]]",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Ferluga]], possiamo mandare [[P:Ivan]] domani {{D:giovedì 6 marzo}} tra le {{TM:8:30}} e le {{TM:10}}. Il diritto di chiamata è {{$:35 €}}. Mi lascia un numero?",
            ),
            ("c", "si va benissimo il mio è [[T:347 218\n6604]] scusi mi è partito l invio"),
            ("c", "ah il cap è [[A:34134]] se serve x la fattura"),
            (
                "a",
                "Perfetto grazie. Per la fattura ci serve anche il codice fiscale dell'intestatario\n[[P:Chiara]] - {{B:Idraulica Fratelli Zanon}}",
            ),
            (
                "c",
                "[[CF:DLBNNA62T48L424G]] ma è intestato a mia mamma [[P:Anna Delbello]] la casa è sua cmq pago io",
            ),
            ("a", "Nessun problema, la intestiamo alla sig.ra [[P:Delbello]]. A domani!"),
            (
                "c",
                "ah dimenticavo domani c è anche mio figlio [[P:Matej]] a casa, se io sono al lavoro apre lui [[T:331 604 8827]]\ne la mia mail x la fattura [[E:marta.ferluga@example.it]]",
            ),
        ],
    },
    {
        "business": "idraulico",
        "platform": "messenger",
        "customer": "Tom Hargreaves",
        "lang": "en",
        "start": "2025-01-13T18:05:00",
        "messages": [
            (
                "c",
                "hi sorry my italian is v bad. boiler not working no hot water since sunday 🥶 im renting a flat at [[A:via San Nicolò 9, 2° piano]] my landlord sig. [[P:Bressan]] gave me ur page",
            ),
            (
                "a",
                "Hi [[P:Tom]], sorry to hear that. Do you know the brand of the boiler? {{B:Vaillant}}, {{B:Baxi}}...?",
            ),
            (
                "c",
                "its an {{B:Ariston}} i think\nmy [[L:UK]] number is [[T:+44 7700 914382]] whatsapp works too",
            ),
            (
                "a",
                "Thanks. Our technician [[P:Stefano]] can come {{D:tomorrow}} at {{TM:2 pm}}. The check is {{$:60 euro}} plus any parts.",
            ),
            ("c", "ok great pls send the invoice to [[E:tom.hargreaves[at]example[dot]co.uk]]"),
            ("a", "Sure, your reference is {{R:INT-2025-0417}}.\n[[P:Marco]] from the team"),
            (
                "c",
                "thx mate 👍 buzz [[P:Hargreaves]] or [[P:Kowalczyk]], my flatmate [[P:Piotr]] is home all day",
            ),
        ],
    },
    {
        "business": "idraulico",
        "platform": "telegram",
        "customer": "giuse_88",
        "lang": "it",
        "start": "2025-02-21T20:31:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Giuseppe Lo Iacono]] ma tutti mi chiamano [[P:Giuse]] 😂 nn mi scarica piu il wc e il cassone {{B:Geberit}} fa un rumore strano",
            ),
            (
                "a",
                "Buonasera, dove si trova? Facciamo interventi in tutta la provincia di {{W:Trieste}} e sul {{W:Carso}}.",
            ),
            (
                "c",
                "abito a [[L:Prosecco]] sopra la strada del vino [[A:località Prosecco 27]]\nse nn rispondo al tel scrivimi qui sono [[H:@giuse_lojacono88]]",
            ),
            (
                "a",
                "Perfetto, possiamo venire {{D:lunedì 24}} in mattinata. Le costa {{$:45 €}} di uscita.",
            ),
            (
                "c",
                "ok va bene. vi pago col bonifico dal conto di mia moglie [[P:Rosalia]]\nse c e da fare rimborso della caparra il mio iban è [[I:IT71R0200811770000104738291]]",
            ),
            ("a", "Ricevuto, grazie. Le confermo l'intervento n. {{R:TS-0224-113}}."),
            (
                "c",
                "ah dite al tecnico di nn parcheggiare davanti al cancello del vicino [[P:Bole]] che si arrabbia, [[P:Zeljko]] è fatto cosi 🙄",
            ),
        ],
    },
    {
        "business": "idraulico",
        "platform": "whatsapp",
        "customer": "Daniela Pittis",
        "lang": "it",
        "start": "2025-04-02T10:12:00",
        "messages": [
            (
                "c",
                "Buongiorno sono l amministratrice del condominio di [[A:via Giulia 41]], la signora [[P:Speranza]] dell int. 6 ha una macchia enorme sul soffitto del bagno\nspero nn sia colpa di [[P:Zudini]] che sta sopra",
            ),
            ("a", "Buongiorno! Siamo disponibili {{D:venerdì}} alle {{TM:9:00}}. Chi ci apre?"),
            (
                "c",
                "vi apre il portinaio [[P:Mario Sancin]] [[T:040 / 77 12 590]]\ncon la {{W:speranza}} che sia una cosa piccola 🙏",
            ),
            (
                "c",
                "la fattura la fate a studio [[P:Pittis]] p.iva [[V:02748190366]] mail [[E:d.pittis@studiopittis.example.it]]",
            ),
            (
                "a",
                "Perfetto. Ci troviamo davanti al portone, siete quelli vicino a {{W:piazza Oberdan}} vero?",
            ),
            ("c", "si esatto a due passi dal tram di {{W:Opicina}}"),
            ("a", "Grazie sig.ra [[P:Pittis]], a venerdì.\n[[P:Chiara]]"),
            (
                "c",
                "ps il portinaio [[P:Sancin]] finisce alle 12, dopo chiamate [[P:Speranza Vascotto]] cioè la sig.ra dell int 6 [[T:340 772 1185]]",
            ),
        ],
    },
    {
        "business": "idraulico",
        "platform": "instagram",
        "customer": "fede.rizzo_",
        "lang": "it",
        "start": "2025-05-16T13:47:00",
        "messages": [
            (
                "c",
                "ciao! ho visto il reel della doccia filo pavimento 😍 quanto costa piu o meno? vi ho taggato sono [[H:@fede.rizzo_]]",
            ),
            (
                "a",
                "Ciao! Dipende dalle misure, il piatto {{PD:Ideal Standard Ultra Flat}} parte da {{$:390 €}} posato.",
            ),
            (
                "c",
                "ok la mia ragazza [[P:Bianca]] vuole la ceramica {{W:bianca}} opaca lol io la volevo nera\ncmq siamo in [[A:strada di Guardiella 6/1]] a [[L:San Giovanni]]",
            ),
            ("a", "Passiamo a fare il sopralluogo gratuito? Ci lasci un recapito?"),
            (
                "c",
                "si il cell di [[P:bianca]] è [[T:+39 328-440-1973]] io lavoro fino tardi\nchiedete di [[P:Federico]] o [[P:Fede]] ahah",
            ),
            ("a", "Perfetto, vi chiama [[P:Ivan]] domani. Grazie!"),
        ],
    },
    # ---------------------------------------------------------------- dentist
    {
        "business": "dentista",
        "platform": "whatsapp",
        "customer": "Lucia Marangon",
        "lang": "it",
        "start": "2025-03-10T08:20:00",
        "messages": [
            (
                "c",
                "buongiorno volevo prenotare una visita x mio figlio [[P:Tommaso]] ha 7 anni e gli fa male un dentino da latte",
            ),
            (
                "a",
                "Buongiorno! La dott.ssa [[P:Bellin]] ha posto {{D:mercoledì 12 marzo}} alle {{TM:16:40}}. Va bene?",
            ),
            (
                "c",
                "perfetto grazie. vi serve il cf? [[CF:MRNTMS17H09G224V]]\nsono [[P:Lucia Marangon]] la mamma",
            ),
            ("a", "Sì grazie, e un numero di telefono per il promemoria?"),
            ("c", "il fisso di casa [[T:049 / 872 33 10]] oppure il mio [[T:349 6617\n082]]"),
            (
                "a",
                "Segnato. Se [[P:Tommaso]] ha paura portate pure il suo peluche 😊\n[[P:Giulia]] - {{B:Studio Dentistico Sorriso Chiaro}}",
            ),
            ("c", "ahah grazie [[P:tommi]] ne sarà felice 🦖"),
        ],
    },
    {
        "business": "dentista",
        "platform": "messenger",
        "customer": "Amira Haddad",
        "lang": "en",
        "start": "2025-02-03T17:55:00",
        "messages": [
            (
                "c",
                "hello my name [[P:Amira Haddad]] i am from [[L:Lebanon]], i live in [[L:Padova]] since 2 year. i have big pain in tooth left side. can doctor see me fast?? sorry english not so good",
            ),
            (
                "a",
                "Hello [[P:Amira]], of course. Dr. [[P:Moretto]] can see you tomorrow at {{TM:11:15}}. The first visit is {{$:€ 80}}.",
            ),
            ("c", "ok thank you. my sister [[P:Leila]] come with me she speak italian better"),
            (
                "c",
                "my email is [[E:amira punto haddad chiocciola example punto com]]\nno wait i write right: [[E:amira.haddad@example.com]]",
            ),
            ("a", "Thank you! Could you also leave a phone number, please?"),
            ("c", "[[T:+39 351 204 7786]] or my sister [[T:351-2048813]]"),
            ("a", "Perfect, see you tomorrow. Please bring any X-ray you have.\n[[P:Giulia]]"),
        ],
    },
    {
        "business": "dentista",
        "platform": "instagram",
        "customer": "zhang.wei.pd",
        "lang": "it",
        "start": "2025-04-08T12:04:00",
        "messages": [
            ("c", "buongiorno io [[P:Zhang Wei]] volio fare pulizia denti. quanto costa?"),
            ("a", "Buongiorno! L'igiene professionale costa {{$:70 €}}. Vuole un appuntamento?"),
            (
                "c",
                "si. anche per mio marito [[P:Chen Long]]. noi lavoriamo ristorante tutti giorni, solo mattina libero",
            ),
            (
                "a",
                "Va bene {{D:giovedì 10 aprile}} alle {{TM:9:30}} e alle {{TM:10:15}}? Per la fattura mi serve il codice fiscale.",
            ),
            ("c", "[[CF:ZHNWEI88C11Z210Y]] è mio. marito non ricordo, porto tessera"),
            ("c", "dentifricio che usa io è {{PD:Curasept}} e spazzolino {{B:Oral-B}}, va bene?"),
            (
                "a",
                "Vanno benissimo! Le mandiamo la fattura {{R:FT-2025/0312}} dopo la seduta. A giovedì signora [[P:Zhang]].",
            ),
            ("c", "grazie. telefono mio [[T:+39 327 118 4063]] o ristorante [[T:049 876 0215]]"),
        ],
    },
    {
        "business": "dentista",
        "platform": "whatsapp",
        "customer": "Pietro Scarpa",
        "lang": "it",
        "start": "2025-06-11T15:30:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Pietro Scarpa]] ho la dentiera che mi balla di nuovo e volevo sapere se il dottore mi riceve prima di {{W:Sant'Antonio}} perche poi c è la festa e vengono i figli da [[L:Milano]] e vorrei mangiare come si deve e poi anche la fattura della volta scorsa non mi è arrivata",
            ),
            (
                "a",
                "Buonasera sig. [[P:Scarpa]]! Il dott. [[P:Moretto]] la vede {{D:venerdì 13}} alle {{TM:10:00}}. La fattura {{R:FT-2025/0288}} gliela rispediamo, a che indirizzo?",
            ),
            ("c", "[[A:via Trieste 8]]\nscala A"),
            (
                "c",
                "[[A:35121]] [[L:Padova]] ma forse e meglio la mail di mia nipote [[P:Vale]] che io nn la so usare",
            ),
            ("c", "[[E:valentina.scarpa92@example.it]]"),
            ("a", "Perfetto, la mandiamo a [[P:Valentina]] allora. A venerdì!"),
            (
                "c",
                "grazie e mi saluti la signorina [[P:Giulia]] che è sempre gentile. mio figlio [[P:Alberto]] dice che vi lascia la recensione lui, su fb è [[H:alberto.scarpa.71]]",
            ),
        ],
    },
    {
        "business": "dentista",
        "platform": "telegram",
        "customer": "Jonas",
        "lang": "en",
        "start": "2025-07-22T09:02:00",
        "messages": [
            (
                "c",
                "hi im on holiday, staying at my friend [[P:Matteo]]'s place in [[L:Abano]]. i broke a crown eating {{PD:torrone}} 🙈",
            ),
            (
                "c",
                "Entschuldigung, ich spreche kaum Italienisch. Haben Sie heute noch einen Termin frei?",
                "de",
            ),
            (
                "a",
                "Hi! We speak English, don't worry. We have {{TM:17:00}} today with Dr. [[P:Bellin]].",
            ),
            (
                "c",
                "perfect. my name is [[P:Jonas Weißmüller]], german number [[T:+49 151 2374 8890]]. can i pay by card now? [[C:4539 0172 8834 6014]]",
            ),
            (
                "a",
                "Please don't send card numbers here, for your safety! You can pay at the desk with the card.",
            ),
            ("c", "oh sorry 😅 ok. invoice to my firm pls, VAT [[V:DE287341562]]"),
            ("a", "Noted. See you at {{TM:5 pm}}, [[P:Jonas]].\n[[P:Giulia]]"),
        ],
    },
    {
        "business": "dentista",
        "platform": "whatsapp",
        "customer": "Irina Kovalenko",
        "lang": "it",
        "start": "2025-11-04T08:47:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Irina Kovalenko]] badante del signor [[P:Ottavio Zennaro]], lui ha 89 anni e protesi rotta",
            ),
            (
                "c",
                "abitiamo [[A:via Belzoni 63, int. 4]] [[A:35128]] [[L:Padova]]. lui non cammina bene, dottore viene a casa?",
            ),
            (
                "a",
                "Buongiorno [[P:Irina]], la dott.ssa [[P:Bellin]] fa visite a domicilio il {{D:martedì}}. Il costo è {{$:120 €}}.",
            ),
            (
                "c",
                "si va bene martedi. paga figlio di signor [[P:Zennaro]], si chiama [[P:Luca]], numero [[T:+39 348 551 2096]]\nio numero ucraino [[T:+380 67 412 5580]]",
            ),
            (
                "c",
                "fattura a nome del figlio [[P:Luca Zennaro]] mail [[E:luca.zennaro@example.it]], codice fiscale manda lui",
            ),
            ("a", "Perfetto. A martedì alle {{TM:10:30}}. Citofono [[P:Zennaro]] giusto?"),
            ("c", "no citofono [[P:Bortolami]] è nome della moglie, lui non ha cambiato mai 🙏"),
            ("a", "Capito, grazie mille.\n[[P:Giulia]]"),
        ],
    },
    {
        "business": "idraulico",
        "platform": "whatsapp",
        "customer": "Mehmet Yıldız",
        "lang": "en",
        "start": "2025-10-20T06:15:00",
        "messages": [
            (
                "c",
                "hello i own 2 small flats in [[L:Muggia]] that i rent to tourists, in one the water heater is broken. i live in [[L:Istanbul]] so i cannot go",
            ),
            ("a", "Hello! No problem, we can go. Who can open the door for us?"),
            (
                "c",
                "my cleaner [[P:Dragica]] has keys, [[T:+386 41 552 908]], she is slovenian but speak italian good\nflat is [[A:via Dante Alighieri 12]]",
            ),
            ("c", "[[A:34015]]. second flat is next door at [[A:nr. 14]] but that one is ok"),
            ("c", "scusate provo in italiano: la caldaia è {{B:Immergas}}, ha 10 anni circa", "it"),
            (
                "a",
                "Perfetto signor [[P:Yıldız]], mandiamo [[P:Stefano]] {{D:domani}} alle {{TM:8:00}}. Preventivo circa {{$:180 €}}.",
                "it",
            ),
            (
                "c",
                "ok thank you. invoice to my company VAT [[V:DE145903725]], mail [[E:mehmet.yildiz@example.com.tr]]. guest mr [[P:Jansen]] arrives friday so pls before",
            ),
            (
                "a",
                "Sure, job ref {{R:INT-2025-0533}}. It will be fixed before Friday.\n[[P:Marco]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- bookshop
    {
        "business": "libreria",
        "platform": "messenger",
        "customer": "Caterina Zambelli",
        "lang": "it",
        "start": "2025-11-18T19:10:00",
        "messages": [
            (
                "c",
                "ciao! avete {{PD:Il nome della rosa}} di {{W:Umberto Eco}} nell edizione illustrata? è un regalo x mia mamma",
            ),
            ("a", "Ciao! Sì, ne abbiamo due copie a {{$:34,00 €}}. Te la spediamo?"),
            (
                "c",
                "si spedite a lei direttamente pls: c/o [[P:Rina Zambelli]], [[A:via dei Consoli 15]]",
            ),
            ("c", "[[A:06024]] [[L:Gubbio]]\nsuona forte che è un po sorda 😅"),
            (
                "a",
                "Perfetto! Ordine {{O:3471182903}} creato, spedizione {{$:5,90 €}}. Metto un biglietto?",
            ),
            (
                "c",
                'si scrivi "buon compleanno mamma, da [[P:Cate]] e [[P:Rosa]]" ([[P:rosa]] è mia figlia lol)',
            ),
            (
                "a",
                "Fatto 🌹 Il tracking è {{TR:IT2025LP00048812}}.\n[[P:Lorenzo]] - {{B:La Pagina Storta}}",
            ),
        ],
    },
    {
        "business": "libreria",
        "platform": "instagram",
        "customer": "nour.reads",
        "lang": "en",
        "start": "2025-09-02T21:14:00",
        "messages": [
            (
                "c",
                "hiii love ur shop!! i'm [[P:Nour Ben Ali]] i run a little bookstagram [[U:instagram.com/nour.reads]] 📚✨",
            ),
            (
                "c",
                "do you ship to [[L:Tunisia]]? my aunt [[P:Samia]] lives in [[L:Sousse]] and wants {{PD:The Leopard}} in english and something by {{W:Elena Ferrante}}",
            ),
            (
                "a",
                "Hi [[P:Nour]]! Yes, we ship worldwide. To [[L:Tunisia]] it's {{$:18 €}} tracked. {{PD:My Brilliant Friend}} is in stock.",
            ),
            (
                "c",
                "amazing. all my links are here [[U:linktr.ee/nourbenali]] if u wanna collab, tag [[H:@nour.reads]] ok",
            ),
            ("a", "We'd love to! Can you send us the delivery address for your aunt?"),
            (
                "c",
                "[[A:12 rue Habib Thameur]], [[A:4000]] [[L:Sousse]], phone [[T:+216 98 417 623]]\nshe's [[P:Samia Trabelsi]] on the bell",
            ),
            ("a", "Great, order {{O:LPS-20418}} placed. Thanks!"),
        ],
    },
    {
        "business": "libreria",
        "platform": "whatsapp",
        "customer": "Franco Bellotti",
        "lang": "it",
        "start": "2025-01-27T11:40:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei 25 copie di {{PD:Se questo è un uomo}} per la mia classe. siete quelli in fondo a {{W:via Zamboni}} giusto?",
            ),
            (
                "a",
                "Buongiorno! Sì, siamo noi. Per 25 copie le facciamo il 15%, quindi {{$:229,50 €}} in tutto.",
            ),
            (
                "c",
                "ottimo la fattura a me che ho la p iva come formatore [[P:Franco Bellotti]] [[V:01593370420]]\nmail [[E:franco.bellotti@libero.example.it]]",
            ),
            ("c", "e consegna a casa [[A:via del Pratello 90/2]] che a scuola rubano tutto"),
            ("a", "Va bene. Un recapito per il corriere?"),
            ("c", "[[T:0039 333\n4107728]]"),
            (
                "c",
                "ah se qualche copia arriva rovinata rimborsate qui [[I:IT36M0503401633000000047219]]",
            ),
            ("a", "Perfetto prof. [[P:Bellotti]], ordine {{O:LPS-20377}}, consegna {{D:giovedì}}."),
            (
                "c",
                "ps mia moglie [[P:Lidia]] passa a ritirare 2 copie in negozio sabato, cognome [[P:Ferri]] nn [[P:Bellotti]] mi raccomando",
            ),
        ],
    },
    {
        "business": "libreria",
        "platform": "telegram",
        "customer": "Sofía MG",
        "lang": "en",
        "start": "2025-06-30T16:22:00",
        "messages": [
            (
                "c",
                "hi i was on erasmus in [[L:bologna]] and i miss ur shop 😭 i'm [[P:Sofía Martínez García]]",
            ),
            (
                "c",
                "¿podéis enviarme un libro a [[L:España]]? lo siento, mi italiano ya no es bueno",
                "es",
            ),
            (
                "a",
                "Ciao [[P:Sofía]]! Certo, spediamo in [[L:Spagna]] in 4-6 giorni, {{$:12 €}}. Quale libro?",
            ),
            (
                "c",
                "{{PD:Cent'anni di solitudine}} in italiano, to practice 📖\naddress: [[A:Calle de Ruzafa 34, 2º 1ª]]",
            ),
            ("c", "[[A:46006]] [[L:Valencia]]\nmail [[E:sofi.mg.96@example.es]]"),
            (
                "a",
                "Thanks! Here is the payment link for order {{O:LPS-20502}}. Your tracking will be {{TR:ES39 4471 2209 88}}.\n[[P:Lorenzo]]",
            ),
            ("c", "graciass!! say hi to [[P:Irene]] from the café next door 💛"),
        ],
    },
    {
        "business": "libreria",
        "platform": "messenger",
        "customer": "Emeka Obi",
        "lang": "it",
        "start": "2025-10-07T22:48:00",
        "messages": [
            (
                "c",
                "buonasera il vostro sito nn mi fa pagare la gift card, dice che il mio ip [[IP:93.41.177.208]] è bloccato??",
            ),
            (
                "a",
                "Buonasera! Ci scusiamo, a volte il filtro antifrode esagera. Con che nome ha provato?",
            ),
            (
                "c",
                "[[P:Chukwuemeka Obi]] ma sul sito mi sono registrato come [[P:Emeka]]. anche dal telefono uguale, ip [[IP:2a01:e11:9c03:4b0::2f]]",
            ),
            ("a", "Trovato, ho sbloccato l'account. La gift card da {{$:50 €}} era per lei?"),
            (
                "c",
                "no è per la mia collega [[P:Adaeze]], ama {{W:Chimamanda Adichie}} e i libri di cucina. mandatela a [[E:adaeze.nwosu(at)example.it]]",
            ),
            ("a", "Fatto! Codice gift card {{R:GC-7741-BQ}}."),
            (
                "c",
                "grazie! scrivete da parte di [[P:Emeka]] e [[P:Tobi]]. se serve il mio numero è [[T:+234 803 441 2976]] o qui in italia [[T:388 412 0657]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- surf school
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "kai.rides",
        "lang": "en",
        "start": "2025-08-04T06:58:00",
        "messages": [
            (
                "c",
                "gday! aussie here travelling round [[L:sardinia]] in a van 🤙 me and my gf [[P:Mia]] want 2 lessons this week. we're parked up in [[L:Cabras]]",
            ),
            (
                "a",
                "Hey! Welcome to {{W:Capo Mannu}} 🌊 Group lessons are {{$:45 €}} each, {{TM:9am}} or {{TM:4pm}}. {{W:Maestrale}} is picking up on {{D:Thursday}} so Wednesday is best.",
            ),
            (
                "c",
                "wed 9am sweet. names [[P:Kai Donnelly]] and [[P:Mia Rangihuna]]\nu can see my surfing (badly lol) on [[U:youtube.com/@kaiwaves]]",
            ),
            ("a", "Haha we'll have a look! Can you send a number for the morning surf check?"),
            ("c", "aussie sim [[T:+61 412 883 590]] or whatsapp mia on [[T:+61 (0)423 117 046]]"),
            (
                "a",
                "Booked! Ref {{R:MSS-0806-02}}. Your instructor is [[P:Nicola]]. Bring sunscreen, we've got {{B:Rip Curl}} wetsuits.\n[[P:Sara]] - {{B:Maestrale Surf School}}",
            ),
            ("c", "legend thx!! tell [[P:nico]] im the tall guy w the mullet 😂"),
            (
                "c",
                "oh and my mate [[P:Jack]] from [[L:Byron Bay]] might join thursday, hes [[H:@jackslides]] on insta",
            ),
        ],
    },
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Giorgia P.",
        "lang": "it",
        "start": "2025-07-14T18:33:00",
        "messages": [
            (
                "c",
                "ciao! vorrei iscrivere i miei figli al camp della settimana prossima, [[P:Leo]] ha 10 anni e [[P:Nina]] 8",
            ),
            (
                "a",
                "Ciao! Certo, il camp kids è {{$:180 €}} a testa, dal {{D:21}} al {{D:25 luglio}}. Mi dai il cognome?",
            ),
            ("c", "[[P:Pirastu]]\n[[P:P-I-R-A-S-T-U]] 😅 sempre lo sbagliano"),
            (
                "c",
                "noi siamo di [[L:Milano]] ma stiamo in affitto a [[L:Riola Sardo]] in [[A:via Roma 3]] tutto luglio",
            ),
            ("a", "Perfetto, iscritti! Mi lasci un numero per le emergenze?"),
            (
                "c",
                "[[T:(+39) 340.118.2297]] il mio, se nn rispondo mio marito [[P:Andrea]] [[T:339 90 44 118]]",
            ),
            (
                "a",
                "Grazie! I bambini portano solo costume e crema, le tavole {{B:Softech}} le diamo noi 🏄",
            ),
            (
                "c",
                "ps se arriva una mia amica [[P:Francesca Mura]] col figlio [[P:Gioele]] può aggiungersi? lei sta a [[L:Putzu Idu]] fino al 31",
            ),
        ],
    },
    {
        "business": "surf",
        "platform": "messenger",
        "customer": "Lukas Brenner",
        "lang": "en",
        "start": "2025-12-01T10:25:00",
        "messages": [
            (
                "c",
                "Hello, I would like to buy a gift voucher for a 5-lesson package for my brother [[P:Florian]] for Christmas. Do you post physical vouchers to [[L:Switzerland]]?",
            ),
            (
                "a",
                "Hi [[P:Lukas]]! Yes, we can post it. The 5-lesson pack is {{$:200 €}}, shipping included.",
            ),
            ("c", "Great. Please send it to me: [[P:Lukas Brenner]], [[A:Bahnhofstrasse 47]]"),
            ("c", "[[A:8001]] [[L:Zürich]], sorry pressed enter. Mobile [[T:+41 79 318 42 07]]"),
            ("a", "Thank you. Payment by bank transfer or card link?"),
            ("c", "Transfer. If anything goes wrong you can refund to [[I:CH820070024308195671A]]"),
            (
                "a",
                "Perfect, voucher {{R:VCH-2025-118}} goes out {{D:tomorrow}}. Happy holidays to you and [[P:Florian]]!",
            ),
        ],
    },
    {
        "business": "surf",
        "platform": "telegram",
        "customer": "marcone",
        "lang": "it",
        "start": "2025-09-19T07:12:00",
        "messages": [
            (
                "c",
                "oh raga domani si entra? vedo {{W:libeccio}} 3 metri 🤯 io [[P:Gavino]] e [[P:Efisio]] veniamo alle 7",
            ),
            (
                "a",
                "Ciao! Domani mattina a {{W:Capo Mannu}} è roba solo per esperti. Noleggio tavola {{$:20 €}} mezza giornata.",
            ),
            (
                "c",
                "ok ci serve una {{B:Firewire}} 6'2 e due mute\nse c è anche [[P:bobo]] fagli sapere che lo cerco da giorni",
            ),
            ("a", "Segnato 👍 Vi lascio tutto alla baracca da {{TM:6:45}}."),
            (
                "c",
                "top. ah poi guardate il video di ieri sul mio tiktok [[U:tiktok.com/@marcosurfa_oristano]] c è anche [[P:Gavino]] che si pianta 😂",
            ),
            ("c", "cmq sono [[P:Marco Porcu]] per la ricevuta, su telegram [[H:@marcone_porcu]]"),
            ("a", "Ahah visto! Ricevuta {{R:NOL-0920-07}}, a domani [[P:Marco]]."),
        ],
    },
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "camille.rss",
        "lang": "it",
        "start": "2025-05-27T14:40:00",
        "messages": [
            (
                "c",
                "Bonjour ! Je voudrais réserver un cours pour deux personnes en juin, c'est possible ?",
                "fr",
            ),
            (
                "c",
                "scusa provo italiano: io [[P:Camille Rousseau]] e mia amica [[P:Inès]], venire in [[L:Sardegna]] dal {{D:14 giugno}}",
            ),
            (
                "a",
                "Bonjour [[P:Camille]]! Nessun problema, lezione di coppia {{$:80 €}}. Il {{D:15 giugno}} alle {{TM:10:00}} va bene?",
            ),
            ("c", "oui perfetto! mail per conferma: [[E:camille.rousseau(at)example(dot)fr]]"),
            ("a", "Merci! Ti serve la fattura? Ci vuole un indirizzo."),
            ("c", "si: [[A:12 rue des Lilas]], [[A:69003]] [[L:Lyon]]\nmerci beaucoup 🌞"),
            ("c", "ah [[P:Inès]] paga con sua carta [[C:5238 4491 0276 5387]] ok?"),
            (
                "a",
                "[[P:Camille]], per favore non mandate numeri di carta in chat! Si paga in spiaggia con il POS 🙏",
            ),
        ],
    },
    # ---------------------------------------------------------------- ice-cream parlour
    {
        "business": "gelateria",
        "platform": "whatsapp",
        "customer": "Serena Bosio",
        "lang": "it",
        "start": "2025-02-14T09:50:00",
        "messages": [
            (
                "c",
                "ciao!! ci sposiamo il {{D:14 giugno}} 💍 io [[P:Serena Bosio]] e [[P:Davide Ghiglione]] e vorremmo il carretto dei gelati per 120 persone",
            ),
            (
                "a",
                "Congratulazioni! Per 120 ospiti con carretto e 4 gusti siamo sui {{$:4,50 €}} a persona. Dove si tiene la festa?",
            ),
            (
                "c",
                "a casa dei miei a [[L:Chieri]], [[A:strada Pecetto 21]] c è un bel giardino\ni gusti li sceglie [[P:Davi]] lui è fissato",
            ),
            (
                "c",
                "dice {{PD:gianduja}}, {{PD:pistacchio di Bronte}}, {{PD:fior di latte}} e {{PD:nocciola Piemonte IGP}}",
            ),
            (
                "a",
                "Scelte perfette! Per confermare chiediamo una caparra del 30%. Ti mando i dati.",
            ),
            (
                "c",
                "ok ma se salta tutto (speriamo di no 😅) rimborsate su [[I:IT13K0306909606100000062519]] intestato a mio papà [[P:Aldo Bosio]]",
            ),
            ("a", "Certo! Preventivo {{R:PRV-2025-044}}.\n[[P:Ninetta]]"),
            (
                "c",
                "ah le foto le fa mio cugino [[P:Simone Ghiglione]], vi scrive lui da [[H:@simo.ghi.photo]] per le foto col carretto 📸",
            ),
        ],
    },
    {
        "business": "gelateria",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-04-22T12:15:00",
        "messages": [
            (
                "c",
                "Hi! Our daughter [[P:Anika]] turns 6 on {{D:May 10}} and she is obsessed with your {{PD:Stracciatella}} 😄 Do you cater small home parties?",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Yes, from 15 kids. A mini cart is {{$:150 €}} plus {{$:3 €}} per child.",
            ),
            ("c", "Perfect. It's at our flat, [[A:corso Francia 212, scala B int. 7]]"),
            (
                "c",
                "[[A:10145]], buzz [[P:Raghunathan-Iyer]]. One kid, [[P:Yusuf]], has a nut allergy, so no {{PD:nocciola}} please",
            ),
            (
                "a",
                "Noted, we'll keep it completely nut-free. Can we have an e-mail for the invoice?",
            ),
            (
                "c",
                "[[E:priya.r.iyer@example.com]] and my husband [[P:Arjun]] will be there from {{TM:3pm}}, his number is [[T:+39 392 771 0846]]",
            ),
            (
                "a",
                "Wonderful, booking {{R:EVT-0510-03}} confirmed. Happy birthday to [[P:Anika]]! 🎂",
            ),
            (
                "c",
                "PS my mother-in-law [[P:Lakshmi]] is visiting from [[L:Chennai]] that week, she'll come too 😊",
            ),
        ],
    },
    {
        "business": "gelateria",
        "platform": "instagram",
        "customer": "dolcevita_ele",
        "lang": "it",
        "start": "2025-06-03T17:25:00",
        "messages": [
            (
                "c",
                "ciao ragazzi! ❤️ sono [[P:Eleonora Chiesa]], faccio contenuti food su [[U:https://www.instagram.com/dolcevita_ele/]] e mi piacerebbe una collab per il nuovo gusto",
            ),
            ("a", "Ciao [[P:Eleonora]]! Che bello, parli della {{PD:coppa Ferrero Rocher}}? 😍"),
            (
                "c",
                "esatto!! passerei sabato con il mio fotografo [[P:Nicolò]]. io abito proprio vicino alla {{W:chiesa}} della {{W:Gran Madre}} quindi 2 min",
            ),
            (
                "a",
                "Perfetto, ti aspettiamo sabato alle {{TM:15:00}}. Ci mandi la mail del tuo management?",
            ),
            (
                "c",
                "nn ho management lol sono io [[E:ele.chiesa.food@example.it]]\ntaggate [[H:@dolcevita_ele]] e anche [[H:@nico.clicks]] per le foto",
            ),
            ("a", "Fatto! Non vediamo l'ora 🍦\n[[P:Ninetta]] e [[P:Paolo]]"),
            ("c", "ps le ricette le trovate anche sul mio sito [[U:eleonorachiesa.example.it]] 😘"),
        ],
    },
    {
        "business": "gelateria",
        "platform": "telegram",
        "customer": "Giuseppina Ruà",
        "lang": "it",
        "start": "2025-05-05T08:03:00",
        "messages": [
            (
                "c",
                "buongiorno sono la nonna di [[P:Kevin]] che fa la comunione il {{D:25 maggio}} volevo la torta gelato per 30 persone",
            ),
            ("a", "Buongiorno signora! Torta gelato per 30: {{$:95 €}}. Gusti?"),
            (
                "c",
                '{{PD:crema}} e {{PD:cioccolato}} e sopra scritto "auguri [[P:Kevin]]" in blu\nme la portate a casa che io nn guido piu',
            ),
            (
                "c",
                "[[A:frazione Tetti Grandi 5]] a [[L:Moncalieri]] dietro la chiesetta di {{W:San Giovanni}}",
            ),
            ("a", "Certo, consegna {{$:10 €}}. Un telefono?"),
            ("c", "[[T:011-6407719]] casa\nsono [[P:Giuseppina Ruà]] ma chiedete di [[P:Pina]]"),
            ("c", "pago con la carta di mia figlia [[P:Sabrina]] [[C:3794 176205 31847]] va bene?"),
            (
                "a",
                "Signora non ci scriva il numero della carta qui 🙏 si paga alla consegna. Grazie!",
            ),
            ("c", "va bene allora paga mio nipote [[P:Denis]] quando arrivate, lui ha i soldi"),
        ],
    },
    {
        "business": "gelateria",
        "platform": "whatsapp",
        "customer": "Olusegun Adeyemi",
        "lang": "en",
        "start": "2025-09-09T14:44:00",
        "messages": [
            (
                "c",
                "good afternoon. i organize a launch event for my small design studio on {{D:Sept 26}}, about 60 guests. gelato bar possible?",
            ),
            (
                "a",
                "Good afternoon! Absolutely. Gelato bar with 6 flavours is {{$:390 €}} for 60 guests.",
            ),
            (
                "c",
                "ok good. invoice: [[P:Olusegun Adeyemi]], partita iva [[V:05621930584]], [[A:via Nizza 150]]",
            ),
            (
                "c",
                "[[A:10126]] [[L:Torino]]\nemail [[E:olusegun dot adeyemi at example dot com]], my assistant [[P:Chiamaka]] will call you",
            ),
            (
                "a",
                "Thanks! Could you write the e-mail once more without spaces so I don't get it wrong?",
            ),
            (
                "c",
                "[[E:olusegun.adeyemi@example.com]] 👍 and please one flavour {{PD:Zabaione}} my wife [[P:Funmi]] loves it",
            ),
            ("a", "Done, quote {{R:PRV-2025-091}} is on its way."),
        ],
    },
    # ---------------------------------------------------------------- travel agency
    {
        "business": "viaggi",
        "platform": "whatsapp",
        "customer": "Anna Esposito",
        "lang": "it",
        "start": "2025-01-08T19:20:00",
        "messages": [
            (
                "c",
                "buonasera!! ci sposiamo a settembre e vorremmo il viaggio di nozze in [[L:Giappone]] 🇯🇵 2 settimane",
            ),
            (
                "a",
                "Auguri! Abbiamo il tour {{PD:Sol Levante Classic}} a {{$:3.890 €}} a persona, partenza da {{W:Capodichino}} via {{W:Roma}}.",
            ),
            (
                "c",
                "wow ok x i biglietti servono i nomi come sul passaporto? [[P:Anna Esposito]] e [[P:Gennaro Capuozzo]]",
            ),
            ("c", "e i cf [[CF:SPSNNA93D52F839F]]\n[[CF:CPZGNR90B14F839J]]"),
            (
                "a",
                "Perfetto, pratica {{R:RLV-88213}} aperta. Volo {{R:AZ 784}} il {{D:20 settembre}} alle {{TM:11:25}}.",
            ),
            ("c", "grazie mille!! [[P:Gennà]] è gia in fissa col sushi 😂"),
            ("a", "Ahah ci crediamo! A presto\n[[P:Rosaria]] - {{B:Rotte Lontane Viaggi}}"),
            (
                "c",
                "ah x le comunicazioni meglio la mail di [[P:Gennaro]] [[E:gennaro.capuozzo(chiocciola)example.it]] e il suo cell [[T:+39 320 447 1802]]",
            ),
        ],
    },
    {
        "business": "viaggi",
        "platform": "messenger",
        "customer": "Dragan P.",
        "lang": "en",
        "start": "2025-03-25T13:05:00",
        "messages": [
            (
                "c",
                "hello, me and my wife [[P:Jelena]] want 4 days [[L:Capri]] + [[L:Amalfi]] in may. i have passport from [[L:Serbia]], need visa?",
            ),
            (
                "a",
                "Hello! No visa is needed for a short stay in Italy with a Serbian biometric passport. The 4-day package is {{$:1.240 €}} for two.",
            ),
            (
                "c",
                "ok book it. names [[P:Dragan Petrović]], [[P:Jelena Petrović]]\nmy phone [[T:+381 64 218 7730]]",
            ),
            (
                "a",
                "Thank you. Ferry tickets from {{W:Molo Beverello}} are included. Payment by bank transfer?",
            ),
            (
                "c",
                "yes from my [[L:london]] account, refund if needed to [[I:GB10BARC20714583920177]] 🇬🇧 i work in [[L:London]] now",
            ),
            (
                "a",
                "Perfect, booking {{R:RLV-88340}}. Try the {{PD:torta caprese}} when you're there!",
            ),
            ("c", "thx! pls send copy to my wife [[P:Jelena]] too, [[E:jelena.p@example.rs]]"),
        ],
    },
    {
        "business": "viaggi",
        "platform": "instagram",
        "customer": "sara_viaggia",
        "lang": "it",
        "start": "2025-10-14T22:02:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Sara Longobardi]], scrivo sul blog [[U:saraviaggiasola.example.it]] e vorrei andare in [[L:Islanda]] a febbraio per l aurora 🌌",
            ),
            (
                "a",
                "Ciao [[P:Sara]]! Ottima idea, abbiamo il pacchetto {{PD:Aurora Express}} 5 notti da {{$:1.150 €}}.",
            ),
            (
                "c",
                "vengo con la mia amica [[P:Martina]], [[P:marti]] ha paura del freddo ahah\nsu ig sono [[H:sara_viaggia]] lei [[H:martyontheroad]]",
            ),
            (
                "a",
                "Perfetto! Il volo parte il {{D:12 febbraio}}. Un recapito per i documenti di viaggio?",
            ),
            ("c", "[[E:sara.longobardi[at]example[dot]it]]\ncell [[T:+39 366 52\n18 904]]"),
            ("a", "Grazie! Pratica {{R:RLV-88719}}, ti mandiamo tutto entro venerdì."),
            (
                "c",
                "ps il passaporto di [[P:marti]] è scaduto 🙈 lo rinnova a [[L:Caserta]] dove è residente, ce la fa?",
            ),
            ("a", "Sì, di solito in 2-3 settimane. Tienici aggiornati!"),
        ],
    },
    {
        "business": "viaggi",
        "platform": "telegram",
        "customer": "Hiroshi",
        "lang": "en",
        "start": "2025-04-29T10:48:00",
        "messages": [
            (
                "c",
                "Good morning. I am [[P:Hiroshi Tanaka]], I stay in [[L:Napoli]] for study 6 months. I want day trip to {{W:Pompei}} and {{W:Vesuvio}} on saturday.",
            ),
            (
                "a",
                "Good morning [[P:Hiroshi]]! The {{PD:Pompei + Vesuvio day tour}} is {{$:89 €}}, pick-up at {{TM:8:00}}. Where are you staying?",
            ),
            (
                "c",
                "[[A:via Toledo 256]], 4th floor, near {{W:piazza del Plebiscito}}\nJapanese phone [[T:+81 90-4418-2673]] and Italian [[T:331 880 2157]]",
            ),
            ("a", "Thank you! Pick-up will be at your door. E-mail for the voucher?"),
            (
                "c",
                "[[E:h.tanaka.1999@example.jp]]\nmy friend [[P:Yuki Sato]] also want to come, same address",
            ),
            ("a", "Great, two seats booked, ref {{R:RLV-88512}}. Enjoy!\n[[P:Ciro]]"),
            (
                "c",
                "also my teacher from [[L:Osaka]], [[P:Kenji Morimoto]], visit me in june, maybe he book too",
            ),
        ],
    },
    {
        "business": "viaggi",
        "platform": "whatsapp",
        "customer": "Rosa Improta",
        "lang": "it",
        "start": "2025-08-18T09:36:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa Improta]] volevo prenotare il pellegrinaggio a [[L:San Giovanni Rotondo]] da {{W:Padre Pio}} con mio marito [[P:Salvatore]]",
            ),
            (
                "a",
                "Buongiorno signora [[P:Rosa]]! Il pullman parte il {{D:23 settembre}} da {{W:piazza Garibaldi}}, {{$:145 €}} a persona con pensione completa.",
            ),
            (
                "c",
                "va bene. il mio codice fiscale [[CF:MPRRSO58S61F839P]] quello di [[P:Salvatore]] lo mando dopo che nn trovo la tessera",
            ),
            (
                "c",
                "ecco [[CF:LIOGPP81L20G273V]] no scusate questo è di mio genero [[P:Peppe]] 🤦‍♀️ aspettate",
            ),
            (
                "a",
                "Nessun problema, aspettiamo quello giusto 😊 Un indirizzo per mandarvi i biglietti?",
            ),
            (
                "c",
                "[[A:vico Lungo Montecalvario 33]]\n[[A:80134]] [[L:napoli]], riconoscete la valigia {{W:rosa}} alla partenza ahah",
            ),
            ("a", "Perfetto! Pratica {{R:RLV-88901}}. A presto\n[[P:Rosaria]]"),
            (
                "c",
                "ecco quello giusto di [[P:Salvatore]]: [[CF:CZZSVT55A10F839N]] è [[P:Cozzolino]] di cognome 👍",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(89, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
