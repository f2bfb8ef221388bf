# ruff: noqa: E501
"""Hand-written blind test corpus no. 123 for convmon's anonymiser.

Every conversation below was written by hand, message by message: no templates, no Faker, no
generated text. All people, numbers, e-mail addresses, handles and links are invented. The
checksummed identifiers (IBANs with a valid mod-97 check and Italian CIN, Luhn-valid card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted
here as literals, so the file needs nothing but ``handwritten_markup`` to run.

Markup (see ``handwritten_markup.py``): ``[[CODE:value]]`` is a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (order numbers, prices, dates, times,
products, brands and Page names, tracking and reference codes, ordinary words and public places).

The six invented businesses are a home-care agency for elderly people in Turin, a surf shop on
the Sinis coast in Sardinia, a notary's office in Rome, a bike-sharing start-up in Milan, a
custom sneaker painter selling on Instagram, and a B&B in Matera. The corpus leans on places and
addresses: where customers live, stay, come from and travel to, delivery and home addresses in
Italian and foreign formats, and public places that must survive.

Regenerate with ``.venv/bin/python make_handwritten123_corpus.py``; the output
``handwritten123_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten123_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "gribaudo": "Gribaudo Assistenza Anziani Torino",
    "tziuefisio": "Tziu Efisio Surf Shop",
    "ferraboschi": "Studio Notarile Ferraboschi",
    "ruotalibera": "RuotaLibera Bike Sharing Milano",
    "nicovaira": "Nico Vaira Custom Kicks",
    "filomena": "B&B Nonna Filomena Matera",
}
PAGE_IDS: dict[str, str] = {
    "gribaudo": "724010381927465",
    "tziuefisio": "724010552018734",
    "ferraboschi": "724010907364128",
    "ruotalibera": "724010246810975",
    "nicovaira": "724010613579024",
    "filomena": "724010778904312",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ home care, Turin
    {
        "business": "gribaudo",
        "platform": "whatsapp",
        "customer": "Marisa Chiabrando",
        "lang": "it",
        "start": "2025-02-10T08:40:00",
        "messages": [
            (
                "c",
                "buongiorno scusate l'orario, vi scrivo x mia mamma [[P:Giovanna Moretti]], ha 76 anni e da quando è caduta a natale nn ce la fa piu da sola\ncercavo qualcuno per la mattina, tipo 3 ore al giorno",
            ),
            (
                "a",
                "Buongiorno, grazie per averci scritto. Mi dice in che zona abita la signora? Copriamo tutta {{W:Torino}} e la prima cintura. [[P:Elena]]",
            ),
            ("c", "abita in [[L:san salvario]], [[A:via principe tommaso 31 scala B 3° piano]]"),
            (
                "c",
                "citofono [[P:moretti]] ma il citofono è rotto da mesi 🙄 meglio che chiamate me",
            ),
            (
                "a",
                "Perfetto. Mi lascia un numero e un orario in cui possiamo sentirci? Per il preventivo ci serve anche il codice fiscale della mamma.",
            ),
            (
                "c",
                "il mio è [[T:347 218\n5590]] dopo le 18 pls\ncf della mamma [[CF:MRTGNN48T55L219T]]\nlei è nata a [[L:Torino]] ma è cresciuta a [[L:Bra]], se la badante parla piemontese meglio ancora ahah",
            ),
            (
                "a",
                "Ricevuto! La chiamo oggi dopo le {{TM:18:00}}. Il preventivo base è {{$:19,50 €}}/ora, le mando il riferimento pratica {{R:GA-2025-0214}}. Buona giornata, [[P:Elena]] - {{B:Gribaudo Assistenza}}",
            ),
            ("c", "grazie mille [[P:elena]] sei gentilissima 🙏"),
            ("c", "ah il cap è [[A:10125]] se serve"),
        ],
    },
    {
        "business": "gribaudo",
        "platform": "messenger",
        "customer": "Beppe Cravero",
        "lang": "it",
        "start": "2025-02-12T19:05:00",
        "messages": [
            (
                "c",
                "salve mio papà vive da solo in frazione [[L:riva]] sopra [[L:pinerolo]] e nn guida piu, avete qualcuno che lo porta a fare la spesa e le visite?",
            ),
            (
                "a",
                "Buonasera, sì, facciamo anche accompagnamento a visite e commissioni. Copriamo anche il {{W:Pinerolese}} con un piccolo supplemento.",
            ),
            ("c", "ok lindirizzo è [[A:strada della costa 7]]"),
            (
                "c",
                "scusa ho sbagliato il numero, è [[A:strada della costa 9]]. se nn risponde chiedete al vicino sig [[P:Bounous]]",
            ),
            ("a", "Grazie! Come si chiama il papà? E c'è un numero fisso per lui?"),
            (
                "c",
                "[[P:Giuseppe Cravero]] come me, lo chiamano tutti [[P:Pinin]]\nfisso [[T:0121 32 45 87]]\nio sono a [[L:Chieri]] x lavoro quindi chiamate me al [[T:+39 338 906 1442]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Cravero]], le facciamo sapere entro {{D:venerdì 14 febbraio}}. Il servizio accompagnamento parte da {{$:22 €}}/ora. [[P:Davide]]",
            ),
            (
                "c",
                "ok grazie, ah il papà è un po sordo quindi suonate forte il campanello, c'è scritto [[P:cravero-audisio]]",
            ),
        ],
    },
    {
        "business": "gribaudo",
        "platform": "whatsapp",
        "customer": "Anna Kowalska",
        "lang": "it",
        "start": "2025-02-18T10:20:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Anna Kowalska]], vengo da [[L:Polonia]], [[L:Kraków]], lavoro come badante da 9 anni in [[L:Italia]]. cerco lavoro fisso, voi cercate persone?",
            ),
            (
                "a",
                "Buongiorno [[P:Anna]], sì stiamo cercando assistenti familiari. Dove abita adesso? Ci serve il CV e il codice fiscale.",
            ),
            (
                "c",
                "abito a [[L:Borgo Vittoria]], [[A:via Chiesa della Salute 58]], con mia cugina [[P:Kasia]]",
            ),
            (
                "c",
                "codice fiscale [[CF:KWLNNA85M62Z127C]]\nemail [[E:anna.kowalska85 chiocciola libero punto it]]",
            ),
            (
                "a",
                "Grazie! Colloquio {{D:giovedì 20}} alle {{TM:10:30}} in sede, in {{W:corso Vinzaglio}}. Per lo stipendio usiamo il bonifico.",
            ),
            (
                "c",
                "ok grazie, IBAN ho gia, [[I:IT89 J050 3411 7010 0000 0048 213]] conto in [[L:Italia]] non polacco\nio lavoro anche con persone con alzheimer, ultima signora a [[L:Rivoli]] 4 anni, la figlia sig.ra [[P:Perotti]] puo dare referenza, numero [[T:011 958 2231]]",
            ),
            ("a", "Ottimo, porti pure la referenza. A giovedì! [[P:Elena]]"),
            ("c", "grazie mille, dziękuję 😊"),
        ],
    },
    {
        "business": "gribaudo",
        "platform": "messenger",
        "customer": "Tom Bertolotti",
        "lang": "en",
        "start": "2025-03-01T21:10:00",
        "messages": [
            (
                "c",
                "hi there, I'm writing from [[L:London]], my dad [[P:Aldo Bertolotti]] lives alone in [[L:Crocetta]] in [[L:Turin]] and I can't be there as often as I'd like",
            ),
            (
                "c",
                "he's 84, diabetic, needs someone to check his insulin in the morning. address is [[A:corso Galileo Ferraris 104, 2nd floor]], buzzer says [[P:Bertolotti A.]]",
            ),
            (
                "a",
                "Good evening [[P:Tom]], thank you for reaching out. We have OSS staff who can handle insulin checks every morning. Could you share a phone number where we can reach you?",
            ),
            (
                "c",
                "sure my [[L:UK]] number is [[T:+44 7700 914382]]\nand please send invoices to my address here, [[A:Flat 3, 41 Ellington Grove]]\n[[L:London]] [[A:SE15 4RJ]]\nI'll pay by transfer from [[I:GB56 BARC 2003 8547 3092 16]]",
            ),
            (
                "a",
                "Noted. Our rate for the morning nurse visit is {{$:€35}} per visit, quote ref {{R:GA-2025-0301}}. We can start on {{D:Monday 10 March}}. Best, [[P:Davide]] from the {{B:Gribaudo Assistenza}} team",
            ),
            (
                "c",
                "brilliant thx [[P:davide]]. one more thing, his neighbour signora [[P:Ines]] has a spare key",
            ),
            ("c", "she's at [[A:102]], same street, ground floor"),
            ("a", "Perfect, we'll coordinate with her. Have a good night!"),
        ],
    },
    {
        "business": "gribaudo",
        "platform": "telegram",
        "customer": "Marco Rinaldi",
        "lang": "it",
        "start": "2025-03-05T11:00:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Rinaldi]], fisioterapista libero professionista. collaborate con esterni? fatturerei io con partita iva [[V:09748120012]]",
            ),
            (
                "a",
                "Buongiorno dott. [[P:Rinaldi]], sì, collaboriamo con fisioterapisti per i nostri assistiti. Dove ha lo studio?",
            ),
            (
                "c",
                "ho lo studio in casa a [[L:Collegno]], [[A:via Roma 3 bis]], ma mi sposto volentieri anche in citta",
            ),
            (
                "a",
                "Perfetto. Ci mandi pure il CV qui, poi la contatterà la nostra coordinatrice [[P:Silvia Arduino]].",
            ),
            (
                "c",
                "ok. il mio telegram è [[H:@marco_rinaldi_fisio]] se vi serve girarlo, mail [[E:m.rinaldi.fisio@example.it]]",
            ),
            ("c", "ah io sono [[P:Marco]] x la cronaca 😄"),
        ],
    },
    {
        "business": "gribaudo",
        "platform": "whatsapp",
        "customer": "Sunita Raghavan",
        "lang": "en",
        "start": "2025-03-08T15:30:00",
        "messages": [
            (
                "c",
                "Hello, my father-in-law [[P:Franco Gallo]] had a stroke last month, he lives in [[L:Chieri]]. my husband [[P:Paolo]] told me to contact you as his italian is better than mine lol but he's working",
            ),
            (
                "a",
                "Hello, I'm so sorry to hear that. Yes, we cover that area. What kind of help do you need?",
            ),
            ("c", "we'd need someone overnight. the house is at [[A:strada Pecetto 45]]"),
            ("c", "sorry [[A:strada Pecetto 45/A]], there are two gates"),
            (
                "a",
                "Thank you. Overnight assistance is {{$:€120}} per night. May I ask who will be the contact person?",
            ),
            (
                "c",
                "me, [[P:Sunita Raghavan]], [[T:+39 345 771 0928]] or my husband [[T:345-661-0193]]. I grew up in [[L:Chennai]] so I'm used to big families helping, but here we're on our own 😅",
            ),
            (
                "a",
                "Understood, [[P:Sunita]]. I'll send you a few profiles by {{D:Wednesday}}. Warm regards, [[P:Elena]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ surf shop, Sardinia
    {
        "business": "tziuefisio",
        "platform": "instagram",
        "customer": "jonas.weid",
        "lang": "en",
        "start": "2025-05-20T09:00:00",
        "messages": [
            (
                "c",
                "hey guys!! im staying at a campsite near [[L:Is Arutas]] until sunday, do u rent boards? 7'6 mini mal or smth",
            ),
            (
                "a",
                "Hey! Yes we rent boards, a {{PD:7'6 mini malibu}} is {{$:€25}}/day or {{$:€140}}/week. We're right by the beach at {{W:Capo Mannu}} 🌊 - [[P:Martina]]",
            ),
            (
                "c",
                "perfect. also i want to buy the {{PD:O'Neill Hyperfreak 4/3}} wetsuit but ship it home bc my van is full lol",
            ),
            (
                "c",
                "Adresse: [[A:Wiesentalstraße 18]], [[A:79115]] [[L:Freiburg]], [[L:Deutschland]]\nname [[P:Jonas Weidmann]]",
            ),
            (
                "a",
                "No problem! Shipping to [[L:Germany]] is {{$:€14,90}}, order {{O:TE-4471}} confirmed, tracking in 2 days.",
            ),
            (
                "c",
                "cool. my insta is [[H:@jonas.weid_surf]] if u wanna tag me, im the guy who almost drowned at {{W:Mini Capo}} yesterday 😂",
            ),
            ("a", "Haha we saw you! 😅"),
            (
                "c",
                "danke!! meine Freundin [[P:Lea]] kommt am Samstag auch vorbei, sie braucht ein Board für Anfänger",
            ),
        ],
    },
    {
        "business": "tziuefisio",
        "platform": "whatsapp",
        "customer": "Fabio Pisu",
        "lang": "it",
        "start": "2025-05-22T13:15:00",
        "messages": [
            (
                "c",
                "ciao ho visto su insta la muta {{PD:Billabong Furnace}} a {{$:189€}}, la spedite a [[L:Quartu Sant'Elena]]?",
            ),
            (
                "a",
                "Ciao! Sì, spediamo in tutta la {{W:Sardegna}} con corriere, 1-2 giorni. Che taglia?",
            ),
            (
                "c",
                "taglia M\nindirizzo [[A:via Brigata Sassari 41]]\n[[A:09045]] [[L:quartu]]\nal citofono c'è [[P:Pisu Melis]] cmq sono io [[P:Fabio]]",
            ),
            (
                "a",
                "Perfetto [[P:Fabio]], ordine {{O:3408912276}} registrato, totale {{$:196,90 €}} con spedizione",
            ),
            ("c", "pago con carta [[C:5270 9984 6613 0827]] va bene?"),
            (
                "a",
                "Meglio di no qui in chat 🙏 ti mando il link di pagamento sicuro. Il tracking te lo giro appena parte, sarà tipo {{TR:003944712208}}",
            ),
            ("c", "ah ok scusa 😅 se nn ci sono lasciatelo a mia zia [[P:Tonina]] al piano terra"),
            ("a", "Va bene, lo segnalo al corriere. Buone onde! [[P:Gavino]]"),
        ],
    },
    {
        "business": "tziuefisio",
        "platform": "instagram",
        "customer": "giada.mamma.di.2",
        "lang": "it",
        "start": "2025-06-03T18:00:00",
        "messages": [
            (
                "c",
                "ciao! siamo in vacanza da [[L:Monza]] a [[L:Cabras]] dal {{D:12 luglio}}, i miei bimbi [[P:Tommaso]] (9) e [[P:Bianca]] (7) vorrebbero provare il surf, fate corsi x bambini?",
            ),
            (
                "a",
                "Ciao! Sì, corsi kids la mattina dalle {{TM:9:30}} alle {{TM:11}}, {{$:€40}} a lezione con tavola e muta. Il punto d'incontro è la spiaggia di {{W:Putzu Idu}}",
            ),
            (
                "c",
                "top!! a [[P:bianca]] servirebbe una muta taglia 8 anni, e lei vuole la tavola {{W:rosa}} per forza 😂",
            ),
            (
                "c",
                "io sono [[P:Giada Ferrario]], il mio numero [[T:+39 339 4410 827]], siamo in una casa a [[L:San Salvatore di Sinis]]",
            ),
            (
                "a",
                "Perfetto [[P:Giada]], vi prenoto {{D:lunedì 14}} e {{D:mercoledì 16 luglio}}. Riferimento {{R:KIDS-0714}}. [[P:Martina]]",
            ),
            ("c", "grazie! mio marito [[P:Luca]] chiede se fate anche sup x adulti"),
            ("a", "Sì! Il {{PD:SUP}} a noleggio è {{$:€20}}/ora 😊"),
        ],
    },
    {
        "business": "tziuefisio",
        "platform": "messenger",
        "customer": "Mathieu Leclercq",
        "lang": "en",
        "start": "2025-06-10T10:45:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Mathieu]] from [[L:Bastia]] in [[L:Corse]], you send surfboards to there? i see the board {{PD:Pukas 6'2}} on your site",
            ),
            (
                "a",
                "Hi [[P:Mathieu]]! Yes we can ship to [[L:Corsica]] via the ferry from {{W:Olbia}}, around {{$:€65}} for a board.",
            ),
            (
                "c",
                "ok good. address is [[A:12 rue des Tanneurs]], [[A:20200]] [[L:Bastia]]\nc'est chez mon frère [[P:Julien Leclercq]], il est toujours à la maison",
            ),
            ("a", "Got it. Can you give me a phone number for the courier?"),
            ("c", "[[T:+33 6 41 27 88 05]] is mine, or [[P:Julien]] [[T:06.52.19.33.71]]"),
            (
                "a",
                "Thanks! Total with shipping is {{$:€545}}, reference {{R:TE-EXP-0610}}. I'll send the payment details.",
            ),
            ("c", "merci beaucoup, see you in summer maybe, we come to [[L:Oristano]] in august"),
        ],
    },
    {
        "business": "tziuefisio",
        "platform": "telegram",
        "customer": "ste_nuoro",
        "lang": "it",
        "start": "2025-07-02T20:30:00",
        "messages": [
            ("c", "bella. ho visto la {{B:Al Merrick}} 6'0 usata a {{$:280}}, ancora disponibile?"),
            ("a", "Ciao! Sì c'è ancora. Passi in negozio o te la spediamo?"),
            (
                "c",
                "sono di [[L:Nuoro]] ma in estate sto dai nonni a [[L:Santu Lussurgiu]], potete lasciarla li?",
            ),
            (
                "c",
                "indirizzo è [[A:località Sa Pala 3]], tipo dopo il bivio per {{W:San Leonardo}} la casa col cancello verde, chiedete di nonno [[P:Bachisio]]",
            ),
            (
                "a",
                "Facciamo consegne nel {{W:Montiferru}} il {{D:giovedì}}, {{$:10 €}} in più. Nome per la consegna?",
            ),
            ("c", "[[P:Stefano Porcu]], telegram [[H:ste_nuoro]], numero [[T:347.882.1056]]"),
            ("a", "Perfetto [[P:Stefano]], ordine {{O:TE-4519}}. A giovedì! [[P:Gavino]]"),
        ],
    },
    # ------------------------------------------------------------------ notary, Rome
    {
        "business": "ferraboschi",
        "platform": "messenger",
        "customer": "Luca Bianco",
        "lang": "it",
        "start": "2025-04-02T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno, dovrei fare un rogito per l'acquisto di un appartamento, siamo io e mia moglie [[P:Chiara De Santis Vitale]], avete disponibilità a fine mese?",
            ),
            (
                "a",
                "Buongiorno, certamente. Ci servono i dati degli acquirenti e l'indirizzo dell'immobile. Il dott. [[P:Ferraboschi]] riceve nella sede di {{W:Prati}}.",
            ),
            (
                "c",
                "l'appartamento è in [[A:via Tuscolana 412, scala C int. 9]], [[A:00181]] [[L:Roma]]\nio sono [[P:Luca Bianco]] cf [[CF:BNCLCU61B12H501S]]",
            ),
            (
                "c",
                "mia moglie il cf ve lo mando stasera che nn ce l'ho sottomano\nora abitiamo a [[L:Monteverde]] ma ci trasferiamo li",
            ),
            (
                "a",
                "Grazie sig. [[P:Bianco]]. Le propongo {{D:martedì 29 aprile}} alle {{TM:11:00}}. L'onorario indicativo è {{$:2.300 €}} + IVA, pratica {{R:NF/2025/0417}}.",
            ),
            (
                "c",
                "va bene. il venditore è il sig. [[P:Ottavio Lanciani]], tramite agenzia {{B:Tecnocasa}}",
            ),
            (
                "a",
                "Perfetto. Mi scriva pure l'email per inviare la bozza. [[P:Federica]] - {{B:Studio Notarile Ferraboschi}}",
            ),
            ("c", "[[E:luca.bianco61@example.it]] grazie [[P:federica]]"),
        ],
    },
    {
        "business": "ferraboschi",
        "platform": "whatsapp",
        "customer": "Rosa Russo",
        "lang": "it",
        "start": "2025-04-07T16:00:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Rosa Russo]], a gennaio è mancato mio padre [[P:Francesco Russo]] e dobbiamo fare la successione, potete aiutarci?",
            ),
            (
                "a",
                "Buonasera signora [[P:Russo]], le porgo le nostre condoglianze. Sì, ci occupiamo di successioni. Dove risiedeva il papà?",
            ),
            ("c", "a [[L:Garbatella]], [[A:via delle Sette Chiese 118]]"),
            (
                "c",
                "il cf è [[CF:RSSFNC55E08L219T]], era nato a [[L:Torino]] ma stava a [[L:Roma]] da 50 anni\nsiamo tre figli, io, mio fratello [[P:Gianni]] che vive in [[L:Argentina]] a [[L:Rosario]] e mia sorella [[P:Speranza]] a [[L:Frosinone]]",
            ),
            (
                "a",
                "Per il fratello all'estero servirà una procura fatta al consolato. Ci vediamo in studio per l'elenco dei documenti? Le propongo {{D:lunedì 14 aprile}} ore {{TM:15:30}}.",
            ),
            (
                "c",
                "va bene, vengo io con [[P:speranza]]. nn perdiamo la {{W:speranza}} che sia una cosa veloce 😅",
            ),
            (
                "a",
                "Certo. Porti anche il rogito della casa di [[A:via delle Sette Chiese]]. A presto, [[P:Federica]]",
            ),
        ],
    },
    {
        "business": "ferraboschi",
        "platform": "messenger",
        "customer": "Priya Raman",
        "lang": "en",
        "start": "2025-04-15T14:20:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Priya Raman]], a US citizen buying a farmhouse near [[L:Todi]] in [[L:Umbria]]. I can't travel to Rome for the closing, can I sign a power of attorney from the [[L:States]]?",
            ),
            (
                "a",
                "Good afternoon Ms [[P:Raman]]. Yes, you can sign a power of attorney (procura) before a US notary with an apostille, or at the Italian consulate. Where do you live?",
            ),
            (
                "c",
                "[[A:118 Linden Ave, Apt 3C]]\n[[L:Montclair]], [[L:NJ]] [[A:07042]]\nso I guess the consulate in {{W:New York}}?",
            ),
            (
                "a",
                "Yes, the Consulate General in {{W:New York}} is the right one. We'll need a copy of your passport and your Italian codice fiscale.",
            ),
            (
                "c",
                "passport is [[L:US]] of course. my codice fiscale, got it last year: [[CF:RMNPRY82P58Z404W]]\nbest number is [[T:(973) 412-8806]], I'm 6h behind you. my brother-in-law [[P:Vikram]] will be the attorney, he lives in [[L:Perugia]]\nI can pay the deposit with my amex [[C:3793 545081 62017]] if that works",
            ),
            (
                "a",
                "Please don't send card numbers here, we'll send a secure payment link. Our fee for the deed is {{$:€3.100}} plus VAT, file {{R:NF/2025/0433}}. I'll email the draft procura to you. [[P:Federica]]",
            ),
            (
                "c",
                "email is [[E:priya.raman at example dot com]]. thank you so much [[P:Federica]]!!",
            ),
        ],
    },
    {
        "business": "ferraboschi",
        "platform": "telegram",
        "customer": "María José García Olmedo",
        "lang": "it",
        "start": "2025-05-06T12:00:00",
        "messages": [
            (
                "c",
                "hola buongiorno, mi chiamo [[P:María José García Olmedo]], sono spagnola di [[L:Sevilla]], ho ereditato una casa a [[L:Trastevere]] da mia zia [[P:Consuelo]]. ho bisogno di vendere, mi aiutate? scusate mio italiano",
            ),
            (
                "a",
                "Buongiorno signora [[P:García Olmedo]], nessun problema, possiamo scriverci anche in inglese o spagnolo. Ci serve il certificato di morte della zia e i suoi dati.",
            ),
            (
                "c",
                "la zia [[P:Consuelo Olmedo Ruiz]] viveva in [[A:vicolo del Cedro 21]]. io vivo a [[L:Madrid]] en [[A:Calle de Embajadores 84, 2º izquierda]], [[A:28012]]",
            ),
            (
                "c",
                "Perdón, no sé cómo se dice: el banco me pide una cuenta, la mia è [[I:ES89 2085 0103 9182 7301 4566]]",
            ),
            (
                "a",
                "Grazie. Possiamo fissare un primo incontro in videochiamata, {{D:giovedì 15 maggio}} alle {{TM:17:00}}? Serve anche un codice fiscale italiano.",
            ),
            (
                "c",
                "si perfetto. codice fiscale non ho, solo DNI. mio nipote [[P:Álvaro]] viene con me a [[L:Roma]] a giugno",
            ),
            (
                "a",
                "Va bene, lo richiediamo noi all'Agenzia delle Entrate. ¡Hasta pronto! [[P:Federica]]",
            ),
        ],
    },
    {
        "business": "ferraboschi",
        "platform": "whatsapp",
        "customer": "Laura D.",
        "lang": "it",
        "start": "2025-05-12T10:10:00",
        "messages": [
            ("c", "buongiorno vorrei prenotare x autentica firma su vendita auto"),
            ("a", "Buongiorno, certo. Nome e cognome per la prenotazione?"),
            (
                "c",
                "[[P:Laura Dalbosco]]\n[[P:Dalbosco]]: {{W:Domodossola}} {{W:Ancona}} {{W:Livorno}} {{W:Bologna}} {{W:Otranto}} {{W:Savona}} {{W:Como}} {{W:Otranto}}",
            ),
            (
                "c",
                "ah e la macchina è intestata ancora al mio ex marito [[P:Sandro Pittaluga]], lui deve venire? abita a [[L:Ladispoli]]",
            ),
            (
                "a",
                "Sì, deve essere presente il venditore. Ci servono i codici fiscali di entrambi.",
            ),
            (
                "c",
                "il mio [[CF:DLBLRA77H44A662N]], il suo ve lo manda lui. io abito a [[L:Ostia]], [[A:lungomare Toscanelli 120 int 4]]",
            ),
            (
                "a",
                "Perfetto, vi aspettiamo {{D:venerdì 16 maggio}} alle {{TM:9:30}}. Costo autentica {{$:€ 90}}. [[P:Federica]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ bike sharing, Milan
    {
        "business": "ruotalibera",
        "platform": "messenger",
        "customer": "Giorgio Sala",
        "lang": "it",
        "start": "2025-03-12T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Giorgio Sala]], mi avete addebitato 2 volte la corsa di ieri, {{$:€2,40}} x due... ho preso la bici allo stallo di {{W:Porta Genova}} e lasciata in {{W:piazza Leonardo da Vinci}}",
            ),
            (
                "a",
                "Buongiorno, ci scusiamo. Mi indica l'email dell'account e le ultime 4 cifre della carta?",
            ),
            ("c", "[[E:giorgio.sala@example.com]], la carta è [[C:4532 0151 7283 9471]]"),
            (
                "a",
                "Grazie, per sicurezza la prossima volta ci basta il finale 🙏 Vedo la doppia corsa {{R:RL-88213}}, le stiamo rimborsando {{$:€2,40}}. [[P:Sara]]",
            ),
            (
                "c",
                "ok grazie, gia che ci sono potete mettere uno stallo vicino a casa mia? abito a [[L:Lambrate]] in [[A:via Conte Rosso 18]] e il più vicino è a 1 km",
            ),
            ("a", "Lo giriamo al team! Stiamo ampliando su tutta {{W:Milano}} est entro l'estate."),
            ("c", "grazie [[P:sara]] 👍"),
        ],
    },
    {
        "business": "ruotalibera",
        "platform": "instagram",
        "customer": "chidi.okafor",
        "lang": "en",
        "start": "2025-03-18T22:40:00",
        "messages": [
            (
                "c",
                "hi, my account got blocked?? im [[P:Chidinma Okafor]], erasmus student at {{W:Bicocca}}",
            ),
            (
                "a",
                "Hi [[P:Chidinma]], sorry about that! Our system flagged a login from an unusual address, [[IP:2a01:e11:4f2a:19::7c]]. Was it you?",
            ),
            (
                "c",
                "idk i was at home in [[L:Niguarda]]... my home wifi is [[IP:93.41.217.88]] i think? my roommate [[P:Ines Cardoso]] from [[L:Portugal]] also uses the app on my phone sometimes 😬",
            ),
            (
                "a",
                "That explains it. The account is for one person only, but I've unlocked it. Could you confirm your email?",
            ),
            ("c", "[[E:chidinma.okafor@studenti.example.it]]"),
            ("c", "also my card from [[L:Enugu]] didnt work at first so now i use an italian one"),
            ("a", "All set! Enjoy the rides 🚲 - [[P:Omar]] from the {{B:RuotaLibera}} team"),
            ("c", "tysm [[P:omar]]"),
        ],
    },
    {
        "business": "ruotalibera",
        "platform": "whatsapp",
        "customer": "Ornella",
        "lang": "it",
        "start": "2025-04-01T07:50:00",
        "messages": [
            (
                "c",
                "buongiorno c'è una vostra bici {{W:arancione}} abbandonata nel cortile del mio condominio da 5 giorni, [[A:viale Monza 211]] zona [[L:Gorla]]",
            ),
            (
                "c",
                "il codice sul manubrio è {{R:RL-B-0731}}. la portinaia sig.ra [[P:Pina]] dice che l'ha lasciata un ragazzo",
            ),
            (
                "a",
                "Grazie mille per la segnalazione! Mandiamo un operatore oggi tra le {{TM:14}} e le {{TM:16}}. A che nome citofoniamo?",
            ),
            (
                "c",
                "[[P:Colombo]] scala A, oppure chiedete a [[P:Pina]] in portineria. io sono [[P:Ornella Colombo]]\nah il cancello carrabile è sul retro in [[A:via Asiago 5]]",
            ),
            (
                "a",
                "Perfetto, grazie [[P:Ornella]]! Come ringraziamento le carichiamo {{$:€5}} di credito sull'account. [[P:Omar]]",
            ),
            ("c", "ah gentilissimi, l'account è col numero [[T:02 2614 9385]]"),
            ("c", "no scusa quello è il fisso, [[T:+39 392 114 6650]]"),
        ],
    },
    {
        "business": "ruotalibera",
        "platform": "telegram",
        "customer": "Xiaoyu Zhang",
        "lang": "en",
        "start": "2025-04-20T13:30:00",
        "messages": [
            (
                "c",
                "hello, i want refund for monthly pass {{PD:RuotaLibera Pass 30}}, i go back to [[L:Hangzhou]] next week",
            ),
            (
                "a",
                "Hi! Sure, we can refund the unused days. The pass was {{$:€24,90}}. Can you give us an IBAN for the transfer?",
            ),
            (
                "c",
                "ok i write italian, im practicing 😅 il mio IBAN italiano è [[I:IT73T0200801642000104875520]], intestato a [[P:Zhang Xiaoyu]]",
                "it",
            ),
            (
                "c",
                "anche il mio ragazzo [[P:Lorenzo]] ha abbonamento, [[P:lollo]] può fare rimborso stesso modo?",
                "it",
            ),
            (
                "a",
                "Certo, deve scriverci lui dal suo account. Il rimborso per te è {{$:€16,60}}, pratica {{R:RL-RF-2041}}, arriva in 3-5 giorni lavorativi.",
                "it",
            ),
            (
                "c",
                "grazie! ah cambio email, quella del {{W:Politecnico}} scade, nuova [[E:zxy.hz98@example.com]]",
                "it",
            ),
            ("a", "Aggiornata! Buon viaggio a [[L:Hangzhou]] 🧳 [[P:Sara]]", "it"),
        ],
    },
    {
        "business": "ruotalibera",
        "platform": "messenger",
        "customer": "Kwame Mensah",
        "lang": "en",
        "start": "2025-05-02T10:00:00",
        "messages": [
            (
                "c",
                "Hi, I'm a freelance rider, [[P:Kwame Mensah]], originally from [[L:Kumasi]], [[L:Ghana]]. is there a business plan for people who ride all day?",
            ),
            (
                "a",
                "Hi [[P:Kwame]]! Yes, our {{PD:Pro Rider}} plan is {{$:€39}}/month with unlimited 45-min rides. You can invoice it with a VAT number.",
            ),
            (
                "c",
                "great, my partita iva is [[V:02234510960]]. invoices to [[A:via Padova 96]], [[A:20127]] [[L:Milano]]",
            ),
            (
                "c",
                "wait, i moved last month, it's now [[A:via Ripamonti 44, 5th floor]], [[A:20141]]",
            ),
            (
                "a",
                "Updated! Your contract number is {{R:RL-PRO-0502}}. Sign-up link on its way. [[P:Omar]]",
            ),
            (
                "c",
                "thanks man. my friend [[P:Yaw]] also wants it, his ig is [[U:instagram.com/yaw.rides.mi]]",
            ),
            ("a", "Tell him to DM us 😉"),
        ],
    },
    # ------------------------------------------------------------------ sneaker painter, Instagram
    {
        "business": "nicovaira",
        "platform": "instagram",
        "customer": "ale_02",
        "lang": "it",
        "start": "2025-06-01T21:00:00",
        "messages": [
            (
                "c",
                "bro quanto viene una custom sulle {{PD:air force 1}} con il nome della mia ragazza sul lato? si chiama [[P:Bianca]]",
            ),
            (
                "a",
                "Ciao! Una custom base su {{PD:AF1}} parte da {{$:150€}} scarpe incluse, col nome aggiungi {{$:20€}}. Che colori vuoi?",
            ),
            (
                "c",
                "tipo {{W:rosa}} e {{W:bianco}}, e dietro la data {{D:14.02.2024}} quando ci siamo messi insieme 🥹",
            ),
            ("c", "ah e il suo soprannome [[P:bibi]] sulla linguetta"),
            ("a", "Bellissima idea 🔥 taglia? e dove spedisco?"),
            (
                "c",
                "42.5\n[[A:via Giuseppe Capruzzi 188]] [[L:bari]] [[A:70124]]\nal citofono [[P:De Palma]]",
            ),
            (
                "c",
                "io sono [[P:Alessandro]] se serve, [[P:ale]] x gli amici 😂 e cmq nn taggatemi che lei mi segue, io sono [[H:ale.depalma_02]]",
            ),
            (
                "a",
                "Tranquillo, nessun tag fino alla consegna 🤫 ordine {{O:NV-0612}}, pronte in 2 settimane. [[P:Nico]]",
            ),
        ],
    },
    {
        "business": "nicovaira",
        "platform": "instagram",
        "customer": "jaylen.kicks",
        "lang": "en",
        "start": "2025-06-05T02:30:00",
        "messages": [
            (
                "c",
                "yo nico!! saw ur {{PD:Jordan 1 Chicago}} rework on tiktok, can u do one with my grandma's name [[P:Loretta]] on the heel? she passed last year 🙏",
            ),
            (
                "a",
                "Hey man, sorry for your loss 🙏 absolutely. {{PD:Jordan 1}} custom is {{$:$260}} + shipping to the [[L:US]] ~{{$:$45}}.",
            ),
            (
                "c",
                "bet. ship to [[P:Jaylen Brooks]], [[A:455 Putnam Ave, Apt 2R]], [[L:Brooklyn]], [[L:NY]] [[A:11216]]\nphone [[T:+1 718-290-3374]]",
            ),
            (
                "a",
                "Got it! Payment link sent, order {{O:NV-0619}}. Colors: {{W:university blue}} or the classic {{W:Chicago}} red?",
            ),
            ("c", "classic red"),
            (
                "c",
                "also check my page [[U:linktr.ee/jaylenbrooks]] i do sneaker photography, maybe collab? 📸",
            ),
            ("a", "For sure, I'll hit you up. [[P:Nico]] ✌️"),
        ],
    },
    {
        "business": "nicovaira",
        "platform": "instagram",
        "customer": "mary.esposito.90",
        "lang": "it",
        "start": "2025-06-10T16:00:00",
        "messages": [
            (
                "c",
                "ciao nico, vorrei regalare a mio marito [[P:Gennaro]] delle {{PD:Vans Old Skool}} con {{W:San Gennaro}} e lo scudetto del {{W:Napoli}} 💙 si puo?",
            ),
            (
                "a",
                "Ciao! Certo, {{W:san Gennaro}} è un classico 😍 Su Vans siamo a {{$:130€}}. Ti mando il link di pagamento via mail, me la scrivi?",
            ),
            ("c", "[[E:mariaesposito90(at)posta.example(dot)it]]"),
            (
                "c",
                "e spedisci c/o mia mamma [[P:Carmela Iovine]], [[A:via Napoli 61]], [[A:80078]] [[L:Pozzuoli]], io lavoro tutto il giorno e lui nn deve vedere il pacco 🤫\nper la fattura il mio cf è [[CF:SPSMRA90A41F839D]]",
            ),
            (
                "a",
                "Perfetto [[P:Maria]], ordine {{O:NV-0627}}, consegna entro il {{D:28 giugno}} 🎁 [[P:Nico]]",
            ),
            ("c", "sei un grande!! [[P:gennà]] sarà felicissimo"),
        ],
    },
    {
        "business": "nicovaira",
        "platform": "instagram",
        "customer": "lukas.brnr",
        "lang": "en",
        "start": "2025-07-01T19:00:00",
        "messages": [
            (
                "c",
                "Hi Nico, grüezi from [[L:Zürich]]! I'd like the {{PD:New Balance 550}} with the {{W:Swiss Alps}} painted on them, possible?",
            ),
            (
                "a",
                "Hi [[P:Lukas]]! Yes, mountains are my favourite 🏔️ {{PD:NB 550}} custom is {{$:€240}}. Shipping to [[L:Switzerland]] {{$:€25}} + customs.",
            ),
            (
                "c",
                "ok. Lieferadresse: [[P:Lukas Brunner]], [[A:Seefeldstrasse 112]], [[A:8008]] [[L:Zürich]]\nmobile [[T:+41 79 382 55 16]]",
            ),
            (
                "c",
                "oh and the text on the side should say 'für [[P:Vreni]]', it's a gift for my sister",
            ),
            ("a", "Love it. Order {{O:NV-0704}}, ready by {{D:20 July}}. [[P:Nico]]"),
            (
                "c",
                "she lives in [[L:Bern]] actually, could you ship directly to her? [[A:Lorrainestrasse 17]], [[A:3013]] [[L:Bern]]",
            ),
            ("a", "Sure, I'll update the address 👍"),
        ],
    },
    {
        "business": "nicovaira",
        "platform": "instagram",
        "customer": "fede.paints",
        "lang": "it",
        "start": "2025-07-08T11:30:00",
        "messages": [
            (
                "c",
                "ciaooo sono [[P:Fede]], faccio video di sneakers su tiktok [[U:tiktok.com/@fede.paints]] e youtube [[U:youtube.com/@FedericaMarchiPaints]] ti andrebbe una collab?",
            ),
            ("a", "Ciao [[P:Fede]]! Ti seguo già 😄 volentieri. Dove sei di base?"),
            ("c", "a [[L:Verona]] ma sto per trasferirmi a [[L:Bologna]] x l'uni"),
            (
                "c",
                "pensavo a una {{PD:Nike Dunk}} ispirata a {{B:Versace}}, barocco oro e nero, per mio nonno [[P:Felice]] che compie 80 anni, lui è fissato 😂",
            ),
            (
                "a",
                "Ahah tuo nonno ha stile! Ti mando un paio di bozze. Per la spedizione mi dai l'indirizzo?",
            ),
            (
                "c",
                "[[P:Federica Marchi]], [[A:via Santa Felicita 8]], [[A:37131]] [[L:Verona]], citofono [[P:Marchi-Zanon]]",
            ),
            ("a", "Perfetto! Ci sentiamo {{D:lunedì}} per le bozze 🎨 [[P:Nico]]"),
        ],
    },
    # ------------------------------------------------------------------ B&B, Matera
    {
        "business": "filomena",
        "platform": "whatsapp",
        "customer": "Michele Fantuzzi",
        "lang": "it",
        "start": "2025-08-01T12:00:00",
        "messages": [
            (
                "c",
                "buongiorno, abbiamo prenotato la camera famiglia dal {{D:15}} al {{D:18 agosto}}, prenotazione {{R:BF-30815}}. arriviamo da [[L:Bologna]] in macchina, verso che ora possiamo fare check in?",
            ),
            (
                "a",
                "Buongiorno! Il check-in è dalle {{TM:14:00}}. Per la registrazione ci servono i nomi di tutti gli ospiti 😊",
            ),
            (
                "c",
                "allora io [[P:Michele Fantuzzi]], mia moglie [[P:Irene Lodi]] e i bimbi [[P:Pietro]] e [[P:Margherita]]",
            ),
            (
                "c",
                "ah dove possiamo mangiare una buona pizza? [[P:margherita]] mangia solo la {{PD:margherita}} 😂",
            ),
            (
                "a",
                "Ahah allora vi consiglio una pizzeria in {{W:via Ridola}}, 5 minuti a piedi. E da provare il {{PD:pane di Matera}} e i {{PD:peperoni cruschi}}!",
            ),
            (
                "c",
                "perfetto. mia suocera [[P:Ada]] forse ci raggiunge da [[L:Altamura]] il {{D:17}}, si puo aggiungere un letto?",
            ),
            (
                "a",
                "Sì, letto aggiunto {{$:€25}} a notte. A presto, [[P:Angela]] - {{B:B&B Nonna Filomena}}",
            ),
            ("c", "grazie [[P:angela]]!"),
        ],
    },
    {
        "business": "filomena",
        "platform": "messenger",
        "customer": "Hannah & Josh",
        "lang": "en",
        "start": "2025-08-05T07:30:00",
        "messages": [
            (
                "c",
                "Hi! we're [[P:Hannah]] and [[P:Josh Whitfield]] from [[L:Melbourne]], travelling from [[L:Naples]] to [[L:Lecce]] and want to stop in {{W:Matera}} for 2 nights. is {{D:Sept 9-11}} free?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Yes, the {{PD:Cave Room}} is free, {{$:€110}}/night with breakfast. It overlooks the {{W:Sasso Caveoso}}.",
            ),
            (
                "c",
                "perfect, book it! email is [[E:hannah dot whitfield at example dot com dot au]]",
            ),
            ("a", "Booked, reference {{R:BF-30909}}. We'll need your passports at check-in."),
            ("c", "sure, both passports are from [[L:Australia]]"),
            (
                "c",
                "[[P:josh]] asks if we can park a rental car near you, we're picking it up in [[L:Bari]]",
            ),
            (
                "a",
                "Yes, there's a public car park at {{W:Piazza della Visitazione}}, {{$:€10}}/day. See you soon! [[P:Rocco]]",
            ),
        ],
    },
    {
        "business": "filomena",
        "platform": "messenger",
        "customer": "Sylvie Marchand",
        "lang": "en",
        "start": "2025-08-20T18:10:00",
        "messages": [
            (
                "c",
                "bonsoir, hello, i am [[P:Sylvie Marchand]], i stay in your B&B in june with my daughter [[P:Camille]], i forget my phone charger and a {{W:blue}} scarf in the room 😢",
            ),
            (
                "a",
                "Bonsoir [[P:Sylvie]]! Yes, we found them 😊 We can ship them to you, where should we send?",
            ),
            ("c", "[[A:27 rue Juliette Récamier]], [[A:69006]] [[L:Lyon]]\n[[L:France]]"),
            ("c", "pardon, it is [[A:appartement 5, 2e étage]]"),
            (
                "a",
                "Noted! Shipping to [[L:France]] is {{$:€12}}, we'll send you a payment link. [[P:Angela]]",
            ),
            (
                "c",
                "merci! my number [[T:+33 7 82 44 19 60]] for the colis. and the receipt to [[E:sylvie.marchand@example.fr]]",
            ),
            ("a", "Parfait! Tracking {{TR:RR441022987IT}}"),
            ("c", "you are so kind. [[P:camille]] says hello to the cat 🐈"),
        ],
    },
    {
        "business": "filomena",
        "platform": "whatsapp",
        "customer": "Vito Laurenzana",
        "lang": "it",
        "start": "2025-09-02T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Vito Laurenzana]], ho soggiornato da voi per lavoro dal {{D:28}} al {{D:30 agosto}}, mi serve la fattura intestata a me, sono geometra",
            ),
            (
                "c",
                "p.iva [[V:15284031000]]\nstudio in [[A:via del Gallitello 40]]\n[[A:85100]] [[L:Potenza]]",
            ),
            (
                "a",
                "Buongiorno geom. [[P:Laurenzana]], certo. Il totale è {{$:€240}} per 2 notti, fattura {{R:FT 2025/118}}. La vuole anche via PEC?",
            ),
            (
                "c",
                "si [[E:v.laurenzana@pec.example.it]]\nah e il codice destinatario {{R:M5UXCR1}}",
            ),
            (
                "c",
                "ps ho lasciato una recensione, salutatemi [[P:Rocco]] e la signora [[P:Filomena]]",
            ),
            ("a", "Grazie mille! Nonna [[P:Filomena]] ricambia i saluti 😊 [[P:Rocco]]"),
        ],
    },
    {
        "business": "filomena",
        "platform": "instagram",
        "customer": "marta.wanders",
        "lang": "en",
        "start": "2025-09-10T14:00:00",
        "messages": [
            (
                "c",
                "Hey! I'm [[P:Marta Sousa]], travel creator based in [[L:Lisbon]] (120k on [[U:instagram.com/marta.wanders]]). I'm doing a southern Italy trip in October, [[L:Puglia]] and then {{W:Matera}}, and would love to feature your B&B",
            ),
            (
                "a",
                "Hi [[P:Marta]]! Thanks for thinking of us. We don't do free stays, but we can offer the {{PD:Cave Room}} at {{$:€55}} instead of {{$:€110}}.",
            ),
            (
                "c",
                "deal 🙌 I'd come with my partner [[P:Tiago]], his handle is [[H:@tiago.frames]], he shoots the drone stuff",
            ),
            (
                "a",
                "Drones are restricted over the {{W:Sassi}} unfortunately, but the {{W:Murgia}} park viewpoint is amazing.",
            ),
            ("c", "noted! dates {{D:14-16 October}}, my whatsapp [[T:+351 912 448 306]]"),
            ("a", "Booked, ref {{R:BF-31014}}. Ciao! [[P:Angela]]"),
        ],
    },
    {
        "business": "filomena",
        "platform": "telegram",
        "customer": "Nunzio",
        "lang": "it",
        "start": "2025-09-20T20:00:00",
        "messages": [
            (
                "c",
                "buonasera siamo [[P:Nunzio]] e [[P:Concetta]], volevamo fare una sorpresa x i 40 anni di matrimonio dei miei suoceri [[P:Donato]] e [[P:Rosaria Colucci]], arrivano da [[L:Montescaglioso]]",
            ),
            (
                "a",
                "Che bella idea! Possiamo preparare la camera con fiori e una bottiglia di {{PD:Aglianico del Vulture}} 🍷",
            ),
            ("c", "si perfetto, paghiamo noi. vi lascio il fisso [[T:0835\n672194]]"),
            (
                "c",
                "e il mio cell [[T:380 517 2269]]. noi abitiamo a [[L:Pisticci Scalo]], in [[A:contrada San Basilio]] senza numero, chiedete di [[P:Nunzio]] il meccanico",
            ),
            (
                "a",
                "Perfetto. La {{PD:Suite Belvedere}} per il {{D:4 ottobre}} è {{$:€150}}. Carta o bonifico?",
            ),
            (
                "c",
                "bonifico dal conto di mia moglie [[I:IT38 O030 6909 6061 0000 0063 812]] intestato [[P:Concetta Lisanti]]",
            ),
            ("a", "Ricevuto, vi mandiamo le nostre coordinate. A presto [[P:Rocco]]"),
            ("c", "grazie! ah nn dite niente a zia [[P:Rosaria]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(123, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
