# ruff: noqa: E501
"""Hand-written blind test corpus no. 107 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every person, address,
phone number, e-mail, handle and link is invented. Checksummed identifiers (IBANs, card numbers,
codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted here as
literals. Personal values are marked ``[[CODE:value]]`` and look-alikes that must survive
``{{CODE:value}}`` (see handwritten_markup.py). The six invented businesses are a garden-design
studio, a pharmacy with home delivery, a music-festival ticket reseller, a horse-riding stable,
an upholsterer and a language school for expats. Regenerate with
``.venv/bin/python make_handwritten107_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten107_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "giardini": "Giardini di Nebbia Studio",
    "farmacia": "Farmacia San Rocco Consegne",
    "biglietti": "PalcoPass Festival Tickets",
    "scuderia": "Scuderia Il Ginepro",
    "tappezzeria": "Tappezzeria Fratelli Morandin",
    "scuola": "Parlami! Language School for Expats",
}
PAGE_IDS: dict[str, str] = {
    "giardini": "707850314226781",
    "farmacia": "707850902113475",
    "biglietti": "707850558620194",
    "scuderia": "707850171904362",
    "tappezzeria": "707850646381027",
    "scuola": "707850283059716",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- giardini
    {
        "business": "giardini",
        "platform": "instagram",
        "customer": "ele.vitaliano",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao!! ho visto il giardino che avete fatto x la villa sul lago e mi sono innamorata 😍\nabbiamo un terrazzo di 40mq a [[L:Lissone]] tutto cemento e vorrei qualcosa di verde",
            ),
            (
                "a",
                "Ciao! Grazie mille 🌿 Ci può lasciare nome e un numero? Così la richiama la nostra progettista per un primo sopralluogo",
            ),
            (
                "c",
                "si certo sono [[P:Eleonora Vitaliano]]\n[[T:347 218 9064]]\nmeglio dopo le {{TM:18}} che lavoro",
            ),
            (
                "c",
                "ah l indirizzo è [[A:via Carlo Porta 9 scala C]], citofono [[P:Vitaliano-Spreafico]] perché c è ancora il nome di mio marito [[P:Dario]]",
            ),
            (
                "a",
                "Perfetto [[P:Eleonora]], la chiamerà [[P:Sabrina]] martedì {{D:11 marzo}} verso le {{TM:18.30}}. Il sopralluogo costa {{$:60 €}} che poi scaliamo dal progetto.\n[[P:Sabrina]] - {{B:Giardini di Nebbia}}",
            ),
            (
                "c",
                "top grazie!! cmq volevo tipo ulivi in vaso e gelsomino, niente di {{W:Rosa}} pls che sono allergica 😅",
            ),
        ],
    },
    {
        "business": "giardini",
        "platform": "messenger",
        "customer": "Thomas Brennan",
        "lang": "en",
        "start": "2025-03-10T14:02:00",
        "messages": [
            (
                "c",
                "hi there, we just bought an old farmhouse near [[L:Oggiono]] and the garden is a jungle lol. do you speak english? my italian is v bad",
            ),
            (
                "a",
                "Hi [[P:Thomas]]! Yes of course. Could you send a few photos and the address? We'll prepare a quote for the clearance and a planting plan.",
            ),
            (
                "c",
                "sure its [[A:località Ca' Nova 3]]\n[[A:23848]] [[L:Oggiono]]\nmy wife [[P:Siobhan]] will be there most days, she works from home. her number is [[T:+44 7812\n440 913]]",
            ),
            (
                "c",
                "sorry that came out weird, its [[T:+44 7812 440913]]. she doesnt have an italian number yet",
            ),
            (
                "a",
                "No problem! We'll call [[P:Siobhan]] on Thursday. The clearance package starts at {{$:€ 850}}, the plan is quoted separately. Reference {{R:GN-2025-0318}}.\n[[P:Marco]] from the team",
            ),
            (
                "c",
                "brilliant thx. also is it true you can plant {{PD:Prosecco}} vines? my father in law [[P:Desmond]] is obsessed",
            ),
            ("a", "Ha! Vines need full sun, we'll check the exposure during the visit 🍇"),
        ],
    },
    {
        "business": "giardini",
        "platform": "whatsapp",
        "customer": "Gianca",
        "lang": "it",
        "start": "2025-04-02T08:40:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Giancarlo Pedrazzini]] x tutti [[P:gianca]], il sig. [[P:Bellotti]] il mio vicino mi ha dato il vostro numero dice che gli avete fatto la siepe di {{PD:Photinia Red Robin}}",
            ),
            (
                "c",
                "vorrei la stessa ma più alta 2 metri\nabito a [[L:Cernusco Lombardone]] in [[A:via Spluga]] al fondo, la casa gialla",
            ),
            (
                "a",
                "Buongiorno [[P:Giancarlo]]! Certo, la {{PD:Photinia}} da 180 cm costa {{$:38 €}} a pianta. Quanti metri lineari sono?",
            ),
            ("c", "circa 25 m\nil civico è [[A:41/b]]"),
            (
                "a",
                "Allora servono circa 22 piante. Le mando il preventivo via mail, a che indirizzo?",
            ),
            ("c", "[[E:gianca.pedrazzini chiocciola posta-verde punto it]]"),
            (
                "c",
                "ah x la fattura metteteci la partita iva della ditta di mio figlio [[P:Fede]] che è agricola, [[V:03762910481]]",
            ),
            ("a", "Ricevuto, le scrivo entro domani.\n[[P:Paola]]"),
        ],
    },
    {
        "business": "giardini",
        "platform": "telegram",
        "customer": "Wei Zhang",
        "lang": "it",
        "start": "2025-04-18T17:20:00",
        "messages": [
            (
                "c",
                "buonasera io [[P:Zhang Wei]], ristorante di mio cugino vuole giardino zen piccolo davanti. voi fate? mio italiano non buono scusa",
            ),
            (
                "a",
                "Buonasera! Sì, facciamo anche giardini zen con ghiaia e aceri giapponesi. Dove si trova il ristorante?",
            ),
            (
                "c",
                "ristorante è in [[A:viale Monza 212]] [[L:Milano]], cugino si chiama [[P:Zhang Hao]]. lui numero [[T:329.771.0452]], wechat [[H:zhanghao_mi88]]",
            ),
            ("c", "mio telegram è [[H:@weizhang_mi]] se serve mandare foto"),
            (
                "a",
                "Perfetto, il progettista [[P:Lorenzo]] passerà sabato mattina. Un acero {{PD:Acer palmatum Bloodgood}} parte da {{$:120 €}}.",
            ),
            ("c", "ok grazie mille 🙏🙏"),
        ],
    },
    {
        "business": "giardini",
        "platform": "messenger",
        "customer": "Rosa Dell'Acqua",
        "lang": "it",
        "start": "2025-05-06T11:05:00",
        "messages": [
            (
                "c",
                "salve volevo sapere se fate manutenzione anche d estate quando siamo via, andiamo in [[L:Puglia]] da mia suocera tutto agosto",
            ),
            (
                "a",
                "Salve signora! Sì, abbiamo un pacchetto irrigazione + sfalcio settimanale a {{$:95 €}} a settimana. Ci lascia l'indirizzo?",
            ),
            (
                "c",
                "[[A:strada vicinale dei Morti 4]], frazione [[L:Sabbioni]] di [[L:Cremona]]\nle chiavi le lascio alla vicina [[P:Speranza Gatti]] 😊",
            ),
            ("a", "Perfetto. Ci serve un recapito della signora [[P:Speranza]] per ritirarle"),
            ("c", "[[T:0372 41 88 09]] fisso, lei il cell nn ce l ha 😂"),
            (
                "a",
                "Grazie signora [[P:Dell'Acqua]], confermiamo dal {{D:4 agosto}}. Buone vacanze! ☀️",
            ),
        ],
    },
    # ---------------------------------------------------------------- farmacia
    {
        "business": "farmacia",
        "platform": "whatsapp",
        "customer": "Marisa",
        "lang": "it",
        "start": "2025-01-13T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno è la farmacia? volevo ordinare x mia mamma la {{PD:Cardioaspirin 100 mg}} e il {{PD:Tachipirina 1000}}, lei nn esce + di casa",
            ),
            (
                "a",
                "Buongiorno! Sì, facciamo consegna a domicilio. Per la {{PD:Cardioaspirin}} serve la ricetta: ci manda il codice NRE e il codice fiscale della paziente?",
            ),
            (
                "c",
                "nre {{R:0300A4117263541}}\ncf [[CF:RSSGNN85M41H501N]]\nno aspetta quello è il mio 🤦‍♀️ quello della mamma nn lo trovo",
            ),
            (
                "c",
                "ecco mamma si chiama [[P:Pierina Bonfanti]], cf [[CF:BNFPRN38D52L400L]] penso sia giusto, abita in [[A:via San Francesco d'Assisi 17 int 4]]",
            ),
            (
                "a",
                "Grazie! Consegna oggi tra le {{TM:15}} e le {{TM:17}}, totale {{$:7,40 €}}. Il nostro fattorino [[P:Kevin]] la chiamerà prima di salire.\n[[P:Giulia]] - {{B:Farmacia San Rocco}}",
            ),
            ("c", "chiamate me nn lei che è sorda, [[T:338 6092214]] grazie mille [[P:giulia]]"),
        ],
    },
    {
        "business": "farmacia",
        "platform": "messenger",
        "customer": "Aisha Okonkwo",
        "lang": "en",
        "start": "2025-01-27T19:40:00",
        "messages": [
            (
                "c",
                "hello my son [[P:Chidi]] has fever 39 since this morning, can you deliver children paracetamol tonight? we are new in town, we live in [[A:Via Fratelli Bandiera 8]]",
            ),
            (
                "a",
                "Hello! Yes, we deliver until {{TM:21:00}}. {{PD:Tachipirina 120 mg/5 ml}} syrup is {{$:€ 6,90}}. How old and how heavy is he?",
            ),
            ("c", "he is 4 years and 17 kilo. buzz [[P:Okonkwo]] please, second floor"),
            (
                "c",
                "my husband [[P:Emeka]] will pay cash, or i can pay card now? his number [[T:+39 328 905 1147]]",
            ),
            (
                "a",
                "Cash is fine. Dose for 17 kg is 8.5 ml every 6 hours. If the fever lasts more than 3 days please call your paediatrician. Do you already have one here?",
            ),
            (
                "c",
                "not yet 😔 we come from [[L:Lagos]] only 2 weeks ago. the ASL gave us dott. [[P:Ferraresi]] but he didnt answer",
            ),
            (
                "a",
                "Dott. [[P:Ferraresi]] receives at the clinic on {{W:via Roma}} tomorrow morning. Get well soon [[P:Chidi]]! 💛\n[[P:Federica]]",
            ),
        ],
    },
    {
        "business": "farmacia",
        "platform": "telegram",
        "customer": "bobo_ciclista",
        "lang": "it",
        "start": "2025-02-09T10:12:00",
        "messages": [
            (
                "c",
                "ue ciao son [[P:Roberto]] ma tutti mi chiamano [[P:bobo]]. avete la {{PD:Voltaren Emulgel}}? caduto in bici sul {{W:Ghisallo}} ahah",
            ),
            (
                "a",
                "Ciao [[P:Roberto]]! Sì, la confezione da 120 g costa {{$:14,50 €}}. Vuoi la consegna?",
            ),
            (
                "c",
                "si x favore a [[A:Via del Lavoro 33]] [[L:Canzo]] [[A:22035]]\nsono dal meccanico del mio amico [[P:Maurizio Riva]], l officina sotto casa sua",
            ),
            ("a", "Perfetto, arriva in giornata. Paghi con link? Mandaci una mail"),
            (
                "c",
                "[[E:roberto.brambilla77@mailbox.example]]\nah e la carta è sempre quella [[C:5376 1429 0358 1648]] se vi serve",
            ),
            (
                "a",
                "Grazie ma non mandarci i dati della carta in chat 🙏 ti arriva un link sicuro via mail. Buona guarigione!",
            ),
        ],
    },
    {
        "business": "farmacia",
        "platform": "whatsapp",
        "customer": "Kasia",
        "lang": "it",
        "start": "2025-02-22T16:30:00",
        "messages": [
            (
                "c",
                "salve io [[P:Katarzyna Wiśniewska]], badante di signor [[P:Aldo Canevari]]. lui finito {{PD:Eutirox 50}}, medico ha fatto ricetta elettronica",
            ),
            (
                "c",
                "codice ricetta {{R:0300A9812207734}}\ncodice fiscale signor [[P:Aldo]] [[CF:CNVLDA41C18F704I]]",
            ),
            ("a", "Grazie [[P:Katarzyna]]. Ci conferma l'indirizzo di consegna?"),
            (
                "c",
                "[[A:Via Monte Grappa 102]], [[L:Monza]], citofono [[P:Canevari]]. mio numero di [[L:Polonia]] non va qui, uso italiano [[T:+39 351 904 7723]]",
            ),
            ("a", "Consegna domani mattina. Ticket {{$:2 €}}."),
            ("c", "grazie, dzięki! 😊", "it"),
        ],
    },
    {
        "business": "farmacia",
        "platform": "instagram",
        "customer": "luca.tintori",
        "lang": "it",
        "start": "2025-03-03T21:55:00",
        "messages": [
            (
                "c",
                "ciao scusate l ora, mia moglie [[P:Bianca]] è incinta e ha nausea, c è qualcosa di naturale? lei nn vuole farmaci",
            ),
            (
                "a",
                "Ciao! Può provare caramelle allo zenzero o i braccialetti {{PD:Sea-Band}} ({{$:12,90 €}}). Meglio comunque sentire la ginecologa.",
            ),
            (
                "c",
                "ok mandate entrambe le cose, zenzero e braccialetto {{W:bianco}} se c è\nsiamo in [[A:via Gorizia 5]] a [[L:Seregno]], al citofono c è [[P:Tintori Luca]]",
            ),
            ("a", "Arriva domani entro le {{TM:11}}. Ordine {{O:FSR-208817}}.\n[[P:Simone]]"),
            (
                "c",
                "grazie [[P:bianca]] ringrazia ❤️ cmq la ginecologa è la dott.ssa [[P:Hadjadj]] se mai vi chiamasse",
            ),
        ],
    },
    {
        "business": "farmacia",
        "platform": "whatsapp",
        "customer": "Tiziana Corbetta",
        "lang": "it",
        "start": "2025-03-19T20:15:00",
        "messages": [
            (
                "c",
                "buonasera scrivo x mio papà [[P:Ernesto Corbetta]], è appena uscito dall ospedale di [[L:Vimercate]] e ha bisogno di {{PD:Enoxaparina 4000 UI}} x 30 giorni e dei cerotti {{PD:Compeed}}",
            ),
            (
                "a",
                "Buonasera! Ci servono la ricetta e il codice fiscale del papà. Per la consegna a domicilio a che indirizzo?",
            ),
            ("c", "cf [[CF:CRBRST40A03M052G]]\nlui abita in [[A:via Galileo Galilei]]"),
            (
                "c",
                "scusate il civico è [[A:27]], [[A:20871]] [[L:Vimercate]], campanello [[P:Corbetta-Sala]]",
            ),
            ("a", "Grazie! Ci lascia anche un numero per il fattorino [[P:Kevin]]?"),
            (
                "c",
                "il mio [[T:339\n20 41 586]] sorry il cell fa i capricci, [[T:339 2041586]]\no il fisso di papà [[T:039 66 40 218]]",
            ),
            (
                "c",
                "ah domanda stupida, lui è intollerante al lattosio ma il {{PD:Grana Padano}} lo può mangiare? il dott. [[P:Mapelli]] dice di si ma mia sorella [[P:Ornella]] dice di no 🙄",
            ),
            (
                "a",
                "Il {{PD:Grana Padano}} stagionato è naturalmente privo di lattosio, quindi ha ragione il dottore 😊 Consegna domani tra le {{TM:10}} e le {{TM:12}}, totale {{$:23,80 €}}. Le mandiamo la ricevuta per mail?",
            ),
            ("c", "si [[E:tiziana punto corbetta at fastmail punto example]] grazie infinite"),
            ("a", "Ricevuto [[P:Tiziana]], buona serata!\n[[P:Federica]]"),
        ],
    },
    # ---------------------------------------------------------------- biglietti
    {
        "business": "biglietti",
        "platform": "instagram",
        "customer": "giuli_b92",
        "lang": "it",
        "start": "2025-05-12T13:10:00",
        "messages": [
            (
                "c",
                "ciaooo avete ancora biglietti x il {{W:Festival Vasco Rossi}} tributo a {{W:Bibione}}?? 🥹",
            ),
            (
                "a",
                "Ciao! Sì, ne restano pochi del pit: {{$:69 €}} + {{$:7 €}} di commissione. Quanti ne vuoi?",
            ),
            (
                "c",
                "2!! uno per me [[P:Giulia Benvenuti]] e uno x la mia migliore amica [[P:Chiara De Santis Loffredo]]\nsono nominativi vero?",
            ),
            ("a", "Sì, nominativi. Mi scrivi anche la mail dove mandarli?"),
            (
                "c",
                "[[E:giulia.benvenuti92[at]example[dot]it]]\nsu insta sono [[H:giuli_b92]] se vi serve",
            ),
            (
                "a",
                "Fatto! Ordine {{O:PP-77310294}}, arrivano entro un'ora. Buon festival 🎸\n[[P:Marta]]",
            ),
            (
                "c",
                "mi sa che [[P:chiara]] ha cambiato cognome eh è sposata ora, [[P:Chiara Loffredo]] va bene lo stesso? 😬",
            ),
        ],
    },
    {
        "business": "biglietti",
        "platform": "messenger",
        "customer": "Jonas Weber",
        "lang": "en",
        "start": "2025-05-20T07:45:00",
        "messages": [
            (
                "c",
                "hello, i bought 3 tickets for {{W:Lago Sonoro Festival}} but i never got the email. order {{O:PP-39920117}}",
            ),
            ("a", "Hi [[P:Jonas]], sorry about that! Which e-mail did you use?"),
            (
                "c",
                "[[E:jonas.weber@posteo.example]]\nmaybe it went to my old one [[E:j.weber1988 at web dot de]]",
            ),
            ("c", "Ich bin schon etwas nervös, das Festival ist nächste Woche 😅", "de"),
            (
                "a",
                "Found it: it went to the old address. I've resent to the new one. The names on tickets are [[P:Jonas Weber]], [[P:Lea Hofstätter]] and [[P:Mats]]... the third surname is missing?",
            ),
            ("c", "[[P:Mats Oyelaran-Schulz]], he is my flatmate from [[L:Freiburg]]"),
            ("a", "Updated ✅ Have fun!\n[[P:Luca]] from {{B:PalcoPass}}"),
        ],
    },
    {
        "business": "biglietti",
        "platform": "whatsapp",
        "customer": "Salvo",
        "lang": "it",
        "start": "2025-06-01T22:30:00",
        "messages": [
            (
                "c",
                "raga ho bisogno di un rimborso il concerto di {{D:sabato 14}} non ci posso andare mi operano al ginocchio",
            ),
            (
                "a",
                "Ciao [[P:Salvo]], mi dispiace! Con la garanzia annullamento rimborsiamo il 90%. Ci mandi certificato e IBAN?",
            ),
            ("c", "iban [[I:IT63M0306909606100000063412]]\nintestato a [[P:Salvatore Cucinotta]]"),
            (
                "c",
                "il certificato ve lo manda il dott [[P:Lo Presti]] dell ortopedia o lo mando io?",
            ),
            ("a", "Lo mandi tu qui in chat, con il numero d'ordine {{O:PP-58004471}}."),
            (
                "c",
                "ok fatto. ah abito a [[L:Messina]] ma ero in [[L:Milano]] x lavoro quando li ho comprati, nn so se cambia\nse serve chiamatemi al [[T:320 118 4472]]",
            ),
            (
                "a",
                "Non cambia nulla 😊 Rimborso entro 10 giorni. In bocca al lupo per l'operazione!",
            ),
        ],
    },
    {
        "business": "biglietti",
        "platform": "telegram",
        "customer": "Anaïs",
        "lang": "en",
        "start": "2025-06-09T12:00:00",
        "messages": [
            (
                "c",
                "hi!! i want to sell my ticket for {{W:Jazz al Castello}}, can you resell it? i moved to [[L:Lyon]] for work 😢",
            ),
            ("c", "c'est vraiment dommage, j'adore ce festival", "fr"),
            (
                "a",
                "Hi [[P:Anaïs]]! Yes, we can relist it. We need the original order number and the name on it.",
            ),
            (
                "c",
                "order {{O:PP-21178836}}, name [[P:Anaïs Mbeki-Durand]]\nmy telegram [[H:anais_md]] and phone [[T:+33 6 71 28 94 05]]",
            ),
            ("a", "Listed at {{$:55 €}}. When it sells we pay to your account: IBAN please?"),
            (
                "c",
                "its a bank account in [[L:Germany]] from when i lived in [[L:Berlin]]: [[I:DE44500105175407324931]]",
            ),
            ("a", "Perfect, noted. [[P:Nicola]] - {{B:PalcoPass}}"),
        ],
    },
    {
        "business": "biglietti",
        "platform": "instagram",
        "customer": "dj_ferro",
        "lang": "it",
        "start": "2025-06-15T18:18:00",
        "messages": [
            (
                "c",
                "yo sono [[P:Ferro]] dj resident al {{W:Magazzini Generali}}, organizzo un after dopo il {{W:Festival Mozart Notte}}, mi fate vendere i biglietti sul vostro sito?",
            ),
            ("a", "Ciao! Possiamo parlarne. Che società fattura?"),
            (
                "c",
                "la mia ditta individuale, [[P:Emanuele Ferrari]], piva [[V:01598720348]]\nsito [[U:www.djferro-music.it]] e su soundcloud [[U:soundcloud.com/djferro_official]]",
            ),
            (
                "a",
                "Ok, la commissione è del 12% + {{$:0,90 €}} a biglietto. Ti mando il contratto.",
            ),
            (
                "c",
                "mandalo a [[E:ema.ferrari.dj@djmail.example]] e cmq se serve parlo col mio socio [[P:Tommy]]",
            ),
            (
                "c",
                "ah la location è da zio [[P:Bruno]] la cascina a [[L:Vaprio d'Adda]] ma dillo a nessuno ancora 🤫",
            ),
        ],
    },
    {
        "business": "biglietti",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-06-28T09:33:00",
        "messages": [
            (
                "c",
                "good morning, someone used my card to buy tickets on your site!! 2 x {{W:Summer Indie Fest}} that i didnt buy",
            ),
            (
                "a",
                "Good morning, we're sorry. Could you give us the last 4 digits and the date of the charge?",
            ),
            (
                "c",
                "i will just give you all, [[C:4539 7182 6403 5170]], charged {{D:27 June}} {{$:€ 154}}",
            ),
            (
                "c",
                "and my bank said the purchase came from ip [[IP:93.41.208.177]] which is not mine, and another one from [[IP:185.22.140.9]]. i am in [[L:Bangalore]] visiting my parents",
            ),
            (
                "a",
                "Thank you. We found order {{O:PP-66012845}} and cancelled it. The tickets were in the name of [[P:Gaurav Menon]], is that someone you know?",
            ),
            ("c", "no idea who that is 😡 please report it"),
            ("a", "Done, ticket {{R:FRD-4471}}. Refund in 5-7 working days.\n[[P:Elisa]]"),
        ],
    },
    {
        "business": "biglietti",
        "platform": "instagram",
        "customer": "the_real_nikkiii",
        "lang": "en",
        "start": "2025-07-02T16:45:00",
        "messages": [
            (
                "c",
                "heyy we are 5 friends coming from [[L:Malta]] for {{W:Rock in Idroscalo}}, can you do group tickets?",
            ),
            (
                "a",
                "Hi! Yes, groups of 5+ get 10% off: {{$:62 €}} each instead of {{$:69 €}}. Names please, tickets are nominal.",
            ),
            (
                "c",
                "ok: me [[P:Nicole Camilleri]], [[P:Jake Borg]], [[P:Maria Grech]], [[P:Daniel Vella]] and [[P:Kyle Zammit-Azzopardi]]",
            ),
            (
                "c",
                "[[P:jake]]'s is spelled [[P:J-A-K-E B-O-R-G]] not burg lol the other site got it wrong",
            ),
            ("a", "All set, order {{O:PP-80012466}}. Where do you want the e-tickets?"),
            (
                "c",
                "[[E:nikki.camilleri@maltamail.example]] and follow us we will post everything [[U:tiktok.com/@nikkiontour]] 🤘 [[P:daniel]] is [[H:@dannyvella_mt]] on insta",
            ),
            (
                "c",
                "oh and can [[P:maria]] pick hers up at the gate? her phone died, her number is [[T:+356 7912 4408]]",
            ),
            (
                "a",
                "Sure, she just shows ID at the box office. Have fun! [[P:Marta]] - {{B:PalcoPass}}",
            ),
            ("c", "grazie mille!! 🇲🇹❤️🇮🇹", "it"),
        ],
    },
    # ---------------------------------------------------------------- scuderia
    {
        "business": "scuderia",
        "platform": "whatsapp",
        "customer": "Mamma di Sofi",
        "lang": "it",
        "start": "2025-03-15T15:00:00",
        "messages": [
            (
                "c",
                "ciao sono la mamma di [[P:Sofia]] ([[P:Sofi]]) 9 anni, vorrebbe fare le lezioni di pony. avete posto il mercoledì?",
            ),
            (
                "a",
                "Ciao! Sì, il gruppo pony del mercoledì alle {{TM:17}} ha ancora 2 posti. Il pacchetto 10 lezioni è {{$:280 €}}.",
            ),
            (
                "c",
                "perfetto! io sono [[P:Valentina Marchesi Oddone]]\nil papà [[P:Andrea]] la porta quando io lavoro, suo numero [[T:340 55 12 876]]",
            ),
            ("c", "il mio è [[T:349-8801-334]]"),
            (
                "a",
                "Segnato! Serve il certificato medico non agonistico. [[P:Sofi]] può montare {{W:Stella}}, la nostra pony più buona 🐴",
            ),
            (
                "c",
                "[[P:sofi]] è impazzita quando le ho detto di {{W:stella}} 😂 ma la sua amica [[P:Greta]] può venire a provare?",
            ),
            ("a", "Certo, prova gratuita! Ci dite cognome di [[P:Greta]] per l'assicurazione?"),
            ("c", "[[P:Greta Zanolli]], la mamma è [[P:Irene]] ve la giro"),
        ],
    },
    {
        "business": "scuderia",
        "platform": "instagram",
        "customer": "horsegirl.emma",
        "lang": "en",
        "start": "2025-04-05T10:20:00",
        "messages": [
            (
                "c",
                "hiii we are on holiday at [[L:lake como]] in july, staying in [[L:Bellagio]], do you do trekking for adults? beginners lol",
            ),
            (
                "a",
                "Hi! Yes, our 2-hour trail ride through the {{W:Valassina}} woods is {{$:65 €}} per person, beginners welcome.",
            ),
            (
                "c",
                "amazing! me and my boyfriend [[P:Will]], names for booking: [[P:Emma Gallagher]] and [[P:William Thornbury]]\nthat's [[P:T-H-O-R-N-B-U-R-Y]]",
            ),
            ("c", "and [[P:will]] is allergic to hay lol is that a problem 🤧"),
            ("a", "Got it! Which date? And a phone for the day?"),
            (
                "c",
                "{{D:July 16}} morning if possible, my cell is [[T:+44 (0)7946 231 558]], its a [[L:UK]] number but works in italy",
            ),
            (
                "a",
                "Booked {{D:16 July}} at {{TM:9:30}}, booking {{R:GIN-0716-02}}. Wear long trousers, and we'll give [[P:Will]] a mask for the hay 😉\n[[P:Chiara]]",
            ),
            ("c", "yay!! follow us, our travel blog [[U:https://emmaandwill.travel.blog]] 🥰"),
        ],
    },
    {
        "business": "scuderia",
        "platform": "messenger",
        "customer": "Pasquale Ianniello",
        "lang": "it",
        "start": "2025-04-22T07:10:00",
        "messages": [
            (
                "c",
                "buongiorno volevo informazioni x la pensione del cavallo. ho un {{W:Haflinger}} di 12 anni, si chiama {{W:Felice}}",
            ),
            (
                "a",
                "Buongiorno! Pensione in box con paddock {{$:480 €}} al mese, fieno compreso. Da dove arriverebbe?",
            ),
            (
                "c",
                "adesso è da un amico a [[L:Bosisio Parini]] ma lui vende tutto e si trasferisce in [[L:Sardegna]]",
            ),
            (
                "c",
                "io abito a [[L:Erba]], [[A:via Alessandro Volta 6]]\nil veterinario è [[P:Cesare Montorfano]], se volete il libretto ve lo manda lui",
            ),
            (
                "a",
                "Perfetto. Ci mandi una mail con i dati del cavallo e il passaporto, l'indirizzo è sul sito",
            ),
            (
                "c",
                "ok la mando da [[E:p.ianniello@tiscalli.example.it]]\nmia figlia [[P:Felicia]] è quella che lo monta, è lei la vera padrona 😄",
            ),
            (
                "a",
                "{{W:Benvenuti}} allora! {{W:Felice}} avrà il box vicino a {{W:Tornado}} 🐎\n[[P:Davide]]",
            ),
        ],
    },
    {
        "business": "scuderia",
        "platform": "telegram",
        "customer": "Amira",
        "lang": "it",
        "start": "2025-05-10T19:05:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Amira Benhaddou]], vorrei regalare un buono x lezioni a mia sorella [[P:Yasmine]] x il compleanno",
            ),
            ("a", "Che bella idea! Buono da 5 lezioni {{$:150 €}}. Lo vuole digitale o stampato?"),
            (
                "c",
                "stampato, lo spedite? lei abita a [[L:Torino]], [[A:corso Vittorio Emanuele II 88]]\n[[A:10121]]\nma a me lo mandate che glielo do io",
            ),
            (
                "c",
                "cioè mandatelo a me a [[L:Lecco]], [[A:via Ghislanzoni 14, c/o Ricci]], [[P:Ricci]] è la mia coinquilina",
            ),
            (
                "a",
                "Va bene, spedizione {{$:5 €}}, tracking {{TR:RR443219087IT}}. Pagamento con bonifico sul nostro conto, causale {{R:BUONO-0510}}.",
            ),
            (
                "c",
                "fatto il bonifico dal conto di mio marito [[P:Karim]], [[I:IT92K0200812734000104738291]]",
            ),
            ("a", "Ricevuto, grazie! 🎁"),
        ],
    },
    {
        "business": "scuderia",
        "platform": "whatsapp",
        "customer": "Nonno Gino",
        "lang": "it",
        "start": "2025-06-03T17:50:00",
        "messages": [
            (
                "c",
                "BUONASERA SONO IL NONNO DI [[P:MATTIA]] E [[P:LEONARDO]] I GEMELLI. DOMANI LI PORTO IO ALLE {{TM:5}}",
            ),
            (
                "a",
                "Buonasera! Perfetto, grazie dell'avviso. Ci lascia il suo nome per l'elenco degli accompagnatori autorizzati?",
            ),
            ("c", "[[P:LUIGI PASTORINO]] DETTO [[P:GINO]]\nTELEFONO [[T:0341\n 362 117]]"),
            (
                "a",
                "Grazie signor [[P:Pastorino]]! Ricordi i caschi, i bambini li lasciano sempre in macchina della mamma 😄",
            ),
            ("c", "LA MAMMA [[P:ROBERTA]] DICE CHE LI HA LEI. A DOMANI"),
        ],
    },
    # ---------------------------------------------------------------- tappezzeria
    {
        "business": "tappezzeria",
        "platform": "messenger",
        "customer": "Franca Zoppè",
        "lang": "it",
        "start": "2025-02-03T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno ho un divano {{B:Frau}} del 1975 di mia nonna, il velluto è consumato, potete rifarlo?",
            ),
            (
                "a",
                "Buongiorno! Certo, rifacciamo spesso i {{B:Frau}}. Ci manda qualche foto? Il velluto {{PD:Rubelli Bellini}} color {{W:verde salvia}} è molto richiesto.",
            ),
            (
                "c",
                "mi piace il verde! però forse {{W:bordeaux}}, decido con mio marito [[P:Ottavio]], mia cugina [[P:Loretta]] di [[L:Spinea]] l ha fatto bordeaux ed è stupendo\nvenite voi a prenderlo? siamo a [[L:Mestre]] [[A:via Piave 150]], terzo piano senza ascensore 😬",
            ),
            ("a", "Sì, il ritiro con due persone è {{$:80 €}}. Ci vuole il nome sul campanello?"),
            ("c", "[[P:Zoppè-Carraro]]\nil mio cellulare [[T:0039 347 8812 590]]"),
            (
                "a",
                "Grazie signora [[P:Franca]]! Il preventivo arriva domani.\n[[P:Nicolò Morandin]]",
            ),
        ],
    },
    {
        "business": "tappezzeria",
        "platform": "instagram",
        "customer": "studio.okafor",
        "lang": "en",
        "start": "2025-02-14T16:00:00",
        "messages": [
            (
                "c",
                "hey, i'm an interior designer based in [[L:Milan]], [[P:Ngozi Okafor]]. i have a client who wants 8 dining chairs reupholstered in {{PD:Dedar}} fabric",
            ),
            (
                "a",
                "Hi [[P:Ngozi]]! We'd love to. With customer-supplied fabric it's {{$:95 €}} per chair. Do you need an invoice to your studio?",
            ),
            (
                "c",
                "yes please, studio is me as a freelancer, partita iva [[V:02984130506]]\nno wait that's my accountant's lol, mine is [[V:07411620888]]",
            ),
            (
                "c",
                "portfolio here [[U:instagram.com/studio.okafor]] and [[U:linktr.ee/ngoziokafor]]",
            ),
            ("a", "Thanks! Where should we pick up the chairs?"),
            (
                "c",
                "client's flat: [[A:Corso di Porta Romana 61]], [[A:20122]], 5th floor, doorman is [[P:Sergio]], buzzer says [[P:Castellani]]",
            ),
            ("a", "Pickup Tuesday morning. Order {{O:TFM-1142}}. [[P:Nicolò]]"),
        ],
    },
    {
        "business": "tappezzeria",
        "platform": "whatsapp",
        "customer": "Dragan",
        "lang": "it",
        "start": "2025-03-07T12:45:00",
        "messages": [
            (
                "c",
                "buongiorno, io [[P:Dragan Petrović]], ho barca a vela a [[L:Portorož]], ma vivo a [[L:Trieste]]. fate cuscini per barca? stoffa che non prende acqua",
            ),
            (
                "a",
                "Buongiorno! Sì, usiamo {{PD:Sunbrella}} per esterni. Per un pozzetto medio siamo sui {{$:1.200 €}}. Dove si trova la barca di preciso?",
            ),
            (
                "c",
                "marina di [[L:Portorož]], però portare cuscini vecchi io a casa: [[A:via dell'Istria 45]], [[A:34137]] [[L:Trieste]]",
            ),
            ("a", "Allora mandiamo il corriere. Ci lascia telefono e mail?"),
            (
                "c",
                "[[T:+386 41 772 903]] numero di [[L:Slovenia]]\n[[E:dragan.petrovic.ts@adriamail.example]]",
            ),
            ("c", "anche mio fratello [[P:Zoran]] vuole per sua barca, lui chiama"),
            ("a", "Benissimo! Spedizione {{TR:1Z84X2E90391886023}} in partenza lunedì."),
        ],
    },
    {
        "business": "tappezzeria",
        "platform": "telegram",
        "customer": "mari_rb",
        "lang": "it",
        "start": "2025-03-29T20:20:00",
        "messages": [
            (
                "c",
                "ciao! ho comprato una sedia da [[P:Cesarino]] al mercatino di {{W:Sant'Ambrogio}} e vorrei rifare la seduta in paglia di {{W:vienna}}, si può?",
            ),
            (
                "a",
                "Ciao! Sì, la paglia di {{W:Vienna}} intrecciata a mano costa {{$:70 €}} a seduta. Ce la porti in negozio?",
            ),
            (
                "c",
                "si passo sabato, sono [[P:Mariarosa Benedetti]], ma se non ci sono io passa il mio ragazzo [[P:Ale]]",
            ),
            (
                "c",
                "cmq pago con carta va bene? la postepay\n[[C:4532-0151-1283-0366]] eh no scusa questo nn andava scritto 🙈",
            ),
            (
                "a",
                "Tranquilla, paghi in negozio col POS 😊 Siamo in {{W:via Garibaldi}} angolo piazza {{W:Duomo}}.",
            ),
            ("c", "ok! il mio telegram è [[H:mari_rb]] se serve, o [[T:333/4418207]]"),
        ],
    },
    {
        "business": "tappezzeria",
        "platform": "messenger",
        "customer": "Hope Adeyemi",
        "lang": "en",
        "start": "2025-04-14T11:11:00",
        "messages": [
            (
                "c",
                "hi, i have a headboard i would like to recover in {{W:rose}} pink velvet. i'm from [[L:Boston]] originally, i live in [[L:Como]] now with my husband [[P:Fabio]]",
            ),
            (
                "a",
                "Hi [[P:Hope]]! A double headboard in velvet is around {{$:260 €}}. Can you bring it in, or shall we collect?",
            ),
            (
                "c",
                "please collect, [[A:Via Borgo Vico 112, apartment 3B]], [[A:22100]] [[L:Como]], name on the bell [[P:Adeyemi Caspani]]",
            ),
            ("c", "my number is [[T:+1 (617) 555-0143]] or my husbands [[T:392 10 44 781]]"),
            (
                "a",
                "Great, collection Thursday between {{TM:2}} and {{TM:4 pm}}. Order {{O:TFM-1187}}. [[P:Giorgio]]",
            ),
            (
                "c",
                "thank you!! i {{W:hope}} it comes out like the one at my friend [[P:Rose]]'s house 🙏",
            ),
        ],
    },
    {
        "business": "tappezzeria",
        "platform": "instagram",
        "customer": "marghe.sciacca",
        "lang": "it",
        "start": "2025-05-05T15:30:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Margherita Sciacca]] e con mio fratello [[P:Nando]] abbiamo la pizzeria {{B:Da Gennaro 1962}} ad [[L:Alba]] 🍕 le panche sono distrutte, rifate anche in ecopelle?",
            ),
            (
                "a",
                "Ciao [[P:Margherita]]! Certo, ecopelle {{PD:Vinyl Marine}} lavabile, circa {{$:140 €}} al metro lineare. Quanti metri?",
            ),
            (
                "c",
                "12 metri circa. colore rosso come la salsa della {{PD:Margherita}} ahah no scherzo, {{W:rosso pomodoro}} va bene",
            ),
            (
                "c",
                "indirizzo locale [[A:corso Langhe 4]], [[A:12051]] [[L:Alba]]\nil nonno [[P:Gennaro]] è ancora lì tutti i giorni e vi offre il caffè 😄",
            ),
            ("a", "Volentieri! Per il preventivo a chi lo intestiamo?"),
            (
                "c",
                "alla sas, piva [[V:04518730413]], e se serve il mio cf [[CF:SCCMGH87M59A124E]]\nmail [[E:marghe.sciacca@example.it]]",
            ),
            ("c", "ah il nostro ordine dell anno scorso era il {{O:0173 44 2291}} se vi serve"),
            (
                "a",
                "Trovato l'ordine {{O:0173 44 2291}}! Passa [[P:Giorgio]] lunedì a misurare.\n[[P:Nicolò]]",
            ),
            ("c", "perfetto, chiedete di [[P:marghe]] o di [[P:nando]] 👍"),
        ],
    },
    # ---------------------------------------------------------------- scuola
    {
        "business": "scuola",
        "platform": "instagram",
        "customer": "carlos.mendez.r",
        "lang": "en",
        "start": "2025-09-01T10:00:00",
        "messages": [
            (
                "c",
                "hi i just moved to [[L:milan]] for a phd and need italian A1 fast 😅 do you have evening classes?",
            ),
            (
                "a",
                "Hi! Yes, A1 evening course Mon/Wed {{TM:19:00-20:30}}, 12 weeks, {{$:390 €}}. Would you like to enrol?",
            ),
            (
                "c",
                "yes! [[P:Carlos Méndez Ruiz]], from [[L:Valencia]]. email [[E:cmendezruiz@uv.example.es]]",
            ),
            (
                "c",
                "perdona mi italiano es un desastre jaja, mi compañera de piso [[P:Lucía]] también quiere venir",
                "es",
            ),
            (
                "a",
                "¡Perfecto! Please send us [[P:Lucía]]'s full name too. Also, for the invoice we need your codice fiscale.",
            ),
            (
                "c",
                "[[P:Lucía Fernández-Ortega]]\nmy codice fiscale [[CF:MNDCLS96H14Z131O]] i think, it's on the card from the agenzia delle entrate",
            ),
            (
                "a",
                "Thanks [[P:Carlos]], you're both in! Course starts {{D:15 September}}.\n[[P:Anna]] - {{B:Parlami!}}",
            ),
        ],
    },
    {
        "business": "scuola",
        "platform": "whatsapp",
        "customer": "Olena",
        "lang": "it",
        "start": "2025-09-08T08:30:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Olena Kovalenko]] da [[L:Kharkiv]], voglio corso italiano B1 per lavoro in ospedale, sono infermiera",
            ),
            (
                "a",
                "Buongiorno [[P:Olena]]! Abbiamo un corso B1 per professioni sanitarie, sabato mattina, {{$:420 €}}. C'è anche una borsa di studio del {{W:Comune di Milano}}.",
            ),
            (
                "c",
                "bene! io vivo da famiglia italiana a [[L:Sesto San Giovanni]], [[A:via Marelli 230]], signora [[P:Loredana]] mi aiuta con documenti",
            ),
            ("c", "telefono [[L:Ucraina]] [[T:+380 67 412 8805]] e italiano [[T:371 428 90 66]]"),
            ("a", "Perfetto. Per la borsa serve l'ISEE e il codice fiscale."),
            (
                "c",
                "codice fiscale [[CF:KVLLNO88R62Z138J]]\nmail [[E:olena.kovalenko88@ukr.example]]",
            ),
            (
                "a",
                "Grazie! Ti aspettiamo sabato {{D:13 settembre}} alle {{TM:9}}. Prof.ssa [[P:Gaia]] sarà la tua insegnante 😊",
            ),
        ],
    },
    {
        "business": "scuola",
        "platform": "messenger",
        "customer": "Ahmed Farouk",
        "lang": "en",
        "start": "2025-09-15T13:40:00",
        "messages": [
            (
                "c",
                "hello, my company is paying my italian course. they need the invoice with company details",
            ),
            ("a", "Hello [[P:Ahmed]]! Sure. Which company and which VAT number?"),
            (
                "c",
                "its a small consultancy, registered in [[L:Egypt]] but i am alone here, my personal italian p iva is [[V:05639200178]]",
            ),
            (
                "c",
                "i live at [[A:Via Giovanni Pascoli 19]], [[A:20129]] [[L:Milano]]\nand my wife [[P:Nour]] also wants private lessons at home",
            ),
            (
                "a",
                "Private lessons are {{$:35 €}}/hour. Our teacher [[P:Matteo Crippa]] is available on Tuesday mornings. What name for [[P:Nour]]'s file?",
            ),
            ("c", "[[P:Nour El-Sayed]], her whatsapp [[T:+20 100 482 7719]]"),
            ("a", "Done, invoice {{R:FT-2025-0881}} will arrive by e-mail."),
        ],
    },
    {
        "business": "scuola",
        "platform": "telegram",
        "customer": "Liang",
        "lang": "it",
        "start": "2025-09-22T18:00:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Liang Xiaomei]], su telegram [[H:@xiaomei_liang]]. ho problema con il link della lezione online, non entra",
            ),
            ("a", "Ciao! Che messaggio ti dà? Ti sei registrata con quale mail?"),
            (
                "c",
                "dice 'account bloccato da IP [[IP:2a02:1210:4c8e:9f00::1b]]' e mail [[E:xiaomei.liang@qq.example]]",
            ),
            ("a", "Ok, probabilmente la VPN. Ti ho sbloccato, prova adesso 🙂"),
            (
                "c",
                "funziona!! grazie mille. anche mia amica [[P:Ying]] vuole iscrivere, lei abita a [[L:Prato]] può fare online?",
            ),
            ("a", "Certo! Dille di scrivere qui. [[P:Alessandro]] - {{B:Parlami!}}"),
        ],
    },
    {
        "business": "scuola",
        "platform": "whatsapp",
        "customer": "Hans-Peter",
        "lang": "en",
        "start": "2025-10-01T09:00:00",
        "messages": [
            (
                "c",
                "good morning, i am [[P:Hans-Peter Gschwend]], retired, moving from [[L:Zürich]] to [[L:Varese]]. i want italian lessons for me and my wife [[P:Ursula]]",
            ),
            (
                "a",
                "Good morning! We have a small seniors' group on Thursday afternoon, {{$:240 €}} for 10 meetings. Where are you in [[L:Varese]]?",
            ),
            (
                "c",
                "we have now a house in [[A:via Sacco 7]] but we are still at the old address in [[L:switzerland]] until november: [[A:Seestrasse 118]], [[A:CH-8002]] [[L:Zürich]]",
            ),
            (
                "c",
                "Meine {{W:Frau}} spricht schon ein bisschen Italienisch, ich gar nicht 😄",
                "de",
            ),
            (
                "a",
                "Ha, no problem! Please pay the deposit of {{$:80 €}} by bank transfer. Which account will you pay from?",
            ),
            (
                "c",
                "[[I:GB14BARC20714583608347]], it's our old account from when we lived in [[L:London]]. the card is also possible [[C:5424 1801 3527 4436]]\nmy email for the receipt [[E:hp.gschwend@bluewin.example]]",
            ),
            (
                "a",
                "Bank transfer is perfect, thank you. See you on Thursday {{D:9 October}}!\n[[P:Anna]]",
            ),
        ],
    },
    {
        "business": "scuola",
        "platform": "whatsapp",
        "customer": "Youssef",
        "lang": "it",
        "start": "2025-06-10T11:20:00",
        "messages": [
            (
                "c",
                "salam buongiorno, io [[P:Youssef El Amrani]], 2 figli voglio scuola italiano per bambini estate. [[P:Adam]] 8 anni e [[P:Salma]] 11 anni. noi arrivati da [[L:Casablanca]] a marzo",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]]! Abbiamo il centro estivo di italiano per ragazzi a luglio, {{$:180 €}} a settimana. Serve il modulo con i dati dei bambini.",
            ),
            (
                "c",
                "mia moglie [[P:Fatima Zahra]] fa modulo, lei scrive meglio. nostro indirizzo [[A:via Padova 301]]",
            ),
            (
                "c",
                "[[A:scala B interno 12]]\n[[A:20132]] [[L:Milano]]\nnumero del [[L:Marocco]] [[T:+212 661-473082]], italiano ancora no",
            ),
            (
                "a",
                "Perfetto. Con lo sconto fratelli pagate {{$:320 €}} invece di {{$:360 €}}. Bonifico con causale {{R:IT-EST-2025-000118-02}}.",
            ),
            (
                "c",
                "ok bonifico da conto di mio fratello [[P:Rachid]], lui aiuta. quando fatto mando ricevuta",
            ),
            (
                "c",
                "ah [[P:salma]] dice lei già sa un po italiano da youtube, guarda canale [[U:youtube.com/@maestraluisa.impara]]",
            ),
            (
                "a",
                "Che brava [[P:Salma]]! Vi aspettiamo il {{D:1 luglio}} alle {{TM:9}}.\n[[P:Gaia]] - {{B:Parlami!}}",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(107, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
