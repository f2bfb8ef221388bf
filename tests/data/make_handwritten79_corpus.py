# ruff: noqa: E501
"""Hand-written blind test corpus no. 79 for convmon's anonymiser.

Written by hand, message by message, for this corpus only: no templates, no Faker, no generated
text. Every person, address, phone number, e-mail, handle and link is invented. The checksummed
identifiers (IBANs, card numbers, codici fiscali, partite IVA) were computed once with
python-stdnum / the Luhn algorithm and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike that must survive (orders, prices, products, brands, dates,
times, tracking codes, ordinary words and public places, references).

The six invented businesses: an online vintage-vinyl shop, a personal trainer, a children's party
entertainer, a translation agency, a jewellery maker selling on Instagram and a coworking space.

Regenerate with ``python make_handwritten79_corpus.py`` from this folder; the output
``handwritten79_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten79_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "vinyl": "Solco Nero Vinili",
    "trainer": "Dario Menegatti Personal Trainer",
    "party": "Mago Pirulì Feste Bimbi",
    "translate": "Linguaponte Traduzioni",
    "jewel": "Filodiluna Gioielli",
    "cowork": "Officina Quarantadue Coworking",
}
PAGE_IDS: dict[str, str] = {
    "vinyl": "679570318204657",
    "trainer": "679570442918306",
    "party": "679570507163842",
    "translate": "679570629481073",
    "jewel": "679570774105298",
    "cowork": "679570886320415",
}


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(79, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


CONVERSATIONS: list[Conversation] = []

# --- vintage vinyl shop -------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "vinyl",
        "platform": "instagram",
        "customer": "lollo.spins",
        "lang": "it",
        "start": "2025-02-03T18:22:00",
        "messages": [
            (
                "c",
                "ciao!! avete ancora il {{PD:Battisti Anima Latina prima stampa}}? l ho visto nelle storie ieri sera 😍",
            ),
            (
                "a",
                "Ciao! Sì, è ancora disponibile, copertina VG+ e disco NM, {{$:85 €}} più spedizione. Vuoi che te lo tenga da parte?",
            ),
            (
                "c",
                "siii pls tenetelo x me\nsono [[P:lorenzo pavanello]] ma su insta mi trovate come [[H:lollo.spins]] ovviamente ahah\nmandatelo a [[A:via Canal Grande 7]] [[A:35047]] [[L:Solesino]] ([[L:PD]])",
            ),
            ("c", "ah e il citofono è [[P:Pavanello-Zago]] xk abito con la mia ragazza"),
            (
                "a",
                "Perfetto [[P:Lorenzo]], ordine {{O:SN-24817}} creato. Ti arriva il link di pagamento via mail: a che indirizzo?",
            ),
            (
                "c",
                "[[E:lorenzo punto pavanello chiocciola libero punto it]] \nnn quella del lavoro mi raccomando",
            ),
            (
                "a",
                "Ricevuto! Spediamo domani con tracking {{TR:3SNVN04417281}}. Grazie, [[P:Ilaria]] - {{B:Solco Nero}}",
            ),
            ("c", "grazieee [[P:ilaria]] 🙏🎶"),
        ],
    },
    {
        "business": "vinyl",
        "platform": "messenger",
        "customer": "Graham Whitcombe",
        "lang": "en",
        "start": "2025-02-11T10:05:00",
        "messages": [
            (
                "c",
                "hi there, do u ship to the [[L:uk]] after brexit?? looking for the {{PD:Pino Daniele Nero a metà}} original 1980 pressing",
            ),
            (
                "a",
                "Hi [[P:Graham]]! Yes we ship to the {{W:UK}}, customs are paid by the buyer though. That copy is {{$:120 €}}, sleeve has a small seam split.",
            ),
            (
                "c",
                "fine by me. address is [[A:Flat 3, 22 Mortimer Crescent]]\n[[L:Leamington Spa]] [[A:CV32 5QT]]\nmy [[L:UK]] mobile [[T:07700 912 448]] for the courier",
            ),
            ("c", "or if no answer ring my wife [[P:Sheila]] on [[T:+44 (0)1926 318 207]]"),
            (
                "a",
                "Thanks! Could you also confirm the name for the customs form? Full name as on your ID please.",
            ),
            (
                "c",
                "[[P:Graham Peter Whitcombe]] — [[P:W-H-I-T-C-O-M-B-E]], people always drop the H lol",
            ),
            (
                "a",
                "Got it, order {{O:SN-24902}}. Pay by bank transfer to our account or card on the link, as you prefer. [[P:Marco]] from the team",
            ),
            ("c", "card. thx [[P:marco]], cheers"),
        ],
    },
    {
        "business": "vinyl",
        "platform": "whatsapp",
        "customer": "Rosa",
        "lang": "it",
        "start": "2025-03-01T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa Iannaccone]] vi scrivo x conto di mio padre [[P:Vincenzo]] che nn usa whatsapp",
            ),
            (
                "c",
                "lui vorrebbe vendervi la sua collezione, circa 300 dischi, molto {{W:Rosa Balistreri}} e canzone napoletana anni 60",
            ),
            (
                "a",
                "Buongiorno Signora [[P:Iannaccone]], con piacere! Può mandarci qualche foto? Poi possiamo passare a vederla noi.",
            ),
            (
                "c",
                "si abitiamo a [[L:Torre del Greco]] in [[A:via Nazionale 412]] secondo piano, cmq il numero di papà è [[T:081 88 24 637]] chiamate dopo le 17 che riposa",
            ),
            (
                "a",
                "Perfetto. Per il pagamento facciamo bonifico: ci serve l'IBAN intestato a lui e il codice fiscale per la ricevuta di acquisto da privato.",
            ),
            (
                "c",
                "IBAN [[I:IT82K0200805364000104839251]]\ncf [[CF:BNCMRC90A01F205H]] ah no scusate questo è di mio marito [[P:Marco]] 🤦‍♀️ vi mando quello giusto appena lo trovo",
            ),
            ("a", "Nessun problema, con calma. A presto, [[P:Ilaria]]"),
            (
                "c",
                "eccolo finalmente, cf di papà [[CF:NNCVCN48L12L259Q]] \nintestatario conto [[P:Iannaccone Vincenzo]] ✅",
            ),
        ],
    },
    {
        "business": "vinyl",
        "platform": "instagram",
        "customer": "djkimura_beats",
        "lang": "en",
        "start": "2025-03-14T22:10:00",
        "messages": [
            ("c", "yo! is the {{PD:Goblin Suspiria OST}} still up? need it for my set saturday"),
            ("a", "Hey! Yes, {{$:95 €}}, {{B:Cinevox}} original. Where would you like it shipped?"),
            (
                "c",
                "im [[P:Kenji Kimura]], [[L:berlin]] based. [[A:Weserstraße 118]], [[A:12047]] [[L:Berlin]], 2nd floor buzz [[P:Kimura/Lindqvist]]",
            ),
            (
                "c",
                "check my mixes if u want lol [[U:soundcloud.com/djkimura-beats]] or [[U:https://www.mixcloud.com/kenjikimura/]]",
            ),
            (
                "a",
                "Nice! Order {{O:SN-25110}}, tracking tomorrow. Please note {{B:DHL}} may call you, a phone number?",
            ),
            (
                "c",
                "[[T:+49 176 2483 9051]]\nauf Deutsch ist auch ok, mein Italienisch ist schlecht haha",
                "en",
            ),
            ("a", "Haha no worries, English is fine! Have a great set 🎧"),
        ],
    },
    {
        "business": "vinyl",
        "platform": "telegram",
        "customer": "Nadia",
        "lang": "it",
        "start": "2025-04-02T15:30:00",
        "messages": [
            (
                "c",
                "salve nn mi è arrivato l ordine {{O:SN-25388}}, il tracking {{TR:0039 3471 2266}} nn funziona proprio",
            ),
            (
                "a",
                "Buongiorno, mi dispiace! Quel numero in realtà è il codice del collo {{B:BRT}}, il tracking vero è {{TR:BRT 068512774403}}. Risulta in giacenza: a che nome era il campanello?",
            ),
            (
                "c",
                "[[P:Nadia Bouazizi]] ma sul citofono c'è ancora [[P:Ferretti]] il vecchio inquilino 😩 \nabito in [[A:corso Vittorio Emanuele II 88]] [[L:Torino]], che è anche vicino a {{W:Porta Nuova}}",
            ),
            (
                "a",
                "Ecco il problema, faccio aggiornare il nominativo. Ci lasci un numero per il corriere?",
            ),
            ("c", "[[T:347\n1266 905]] scusa mi è partito l invio"),
            (
                "a",
                "Fatto! Consegna prevista {{D:venerdì 4 aprile}} entro le {{TM:13:00}}. Buona giornata, [[P:Marco]]",
            ),
        ],
    },
]

# --- personal trainer ---------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "trainer",
        "platform": "instagram",
        "customer": "fede_runs_93",
        "lang": "it",
        "start": "2025-01-08T07:12:00",
        "messages": [
            (
                "c",
                "ciao [[P:dario]]!! mi ha consigliato te la [[P:giuse]] della palestra, quella che fa crossfit con [[P:Bobo]] 😂\nvorrei preparare la mezza di {{W:Padova}} ad aprile",
            ),
            (
                "a",
                "Ciao! Grande [[P:Giuseppina]] 💪 Certo, facciamo una prima call conoscitiva gratuita. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Federica Scarpa]] ma tutti mi chiamano [[P:Fede]]\nil mio profilo strava è [[U:strava.com/athletes/fede_runs_93]] così vedi i miei tempi (pessimi ahah)",
            ),
            (
                "a",
                "Perfetto [[P:Fede]]! Ti lascio il mio numero per WhatsApp, scrivimi lì per fissare: {{B:Dario Menegatti PT}} risponde sempre 😄",
            ),
            ("c", "ok ti scrivo dal [[T:+39 340 718 2294]] così mi salvi"),
            (
                "a",
                "Salvato! Ci vediamo {{D:giovedì 9}} alle {{TM:18:30}} al parco, vicino alla fontana di {{W:Prato della Valle}}. [[P:Dario]]",
            ),
        ],
    },
    {
        "business": "trainer",
        "platform": "whatsapp",
        "customer": "Agnieszka W.",
        "lang": "it",
        "start": "2025-01-20T12:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, io sono [[P:Agnieszka Wróblewska]], polacca, abito a [[L:Vigonza]] da 2 anni. mio italiano non perfetto scusi",
            ),
            (
                "c",
                "vorrei allenamento per dopo gravidanza, mia figlia [[P:Zuzia]] ha 6 mesi. lei puo venire con me?",
            ),
            (
                "a",
                "Buongiorno [[P:Agnieszka]], il suo italiano va benissimo! Sì, la bimba può venire, faccio lezioni anche a domicilio. Mi lascia l'indirizzo?",
            ),
            (
                "c",
                "[[A:via Pio X 31/b]], [[A:35010]] [[L:Vigonza]], cognome sul campanello [[P:Wróblewski]] (di mio marito [[P:Tomasz]])",
            ),
            (
                "a",
                "Perfetto. Pacchetto 10 lezioni {{$:350 €}}, pagamento con bonifico. Le mando la fattura: mi serve codice fiscale.",
            ),
            (
                "c",
                "[[CF:KHLFTM92T52Z330X]] no aspetta questo è della mia amica [[P:Fatima]] che ha fatto anche lei 😅 il mio le mando stasera\ndziękuję bardzo!",
            ),
            ("a", "Nessun problema! A stasera, buona giornata 🙂"),
            (
                "c",
                "ecco il mio [[CF:WRBGNS91E55Z127U]] \nsu documento sono [[P:Agnieszka Wróblewska]] ma in banca [[P:Agnieszka Wroblewska]] senza accento",
            ),
        ],
    },
    {
        "business": "trainer",
        "platform": "messenger",
        "customer": "Olu Adeyemi",
        "lang": "en",
        "start": "2025-02-02T19:05:00",
        "messages": [
            (
                "c",
                "hey [[P:dario]], I'm [[P:Oluwaseun Adeyemi]], [[P:Olu]] for short. moved to [[L:Padua]] from [[L:Lagos]] for my phd, want to get back in shape before summer",
            ),
            (
                "a",
                "Welcome [[P:Olu]]! I do sessions in English no problem. Do you prefer mornings or evenings?",
            ),
            (
                "c",
                "evenings, after the lab. my uni mail is [[E:oluwaseun.adeyemi@studenti.example.it]] but whatsapp is faster: [[T:+234 803 555 0142]] (still nigerian sim lol) or italian one [[T:351-902-4471]]",
            ),
            (
                "a",
                "Got it. First month is {{$:180 €}}, 8 sessions. You can pay by card on the link or bank transfer.",
            ),
            ("c", "card: [[C:4532 0151 1283 0002]] exp 08/27, is that safe to send here? 😬"),
            (
                "a",
                "Please don't send card numbers in chat! I'll delete it on my side, use the payment link instead 🙏 [[P:Dario]]",
            ),
            ("c", "oops my bad. thanks man"),
        ],
    },
    {
        "business": "trainer",
        "platform": "instagram",
        "customer": "marti.b",
        "lang": "it",
        "start": "2025-02-25T21:48:00",
        "messages": [
            (
                "c",
                "ciaoo scusa l orario, sono [[P:martina]] l amica di [[P:Fede Scarpa]]\nvolevo regalare 5 lezioni al mio ragazzo x il compleanno, si chiama [[P:Speranza]] di cognome lol [[P:Nicolò Speranza]]",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! Che bel regalo. Ti preparo una gift card da {{$:175 €}}, a che nome la intesto?",
            ),
            (
                "c",
                'a lui, [[P:Nico]]. scrivi "per [[P:Nicolò]], smettila di dire che ti alleni con la {{W:speranza}}" 😂😂',
            ),
            ("a", "Ahaha fatto! Gift card {{R:GC-2025-017}}, te la mando in PDF. Mail?"),
            (
                "c",
                "[[E:martina.bellotto[at]example[dot]it]]\ne il mio insta se vuoi taggarmi è [[H:@marti.b]]",
            ),
            ("a", "Inviata! Buona festa a [[P:Nicolò]] 🎉"),
        ],
    },
    {
        "business": "trainer",
        "platform": "telegram",
        "customer": "Hamid",
        "lang": "en",
        "start": "2025-03-10T06:55:00",
        "messages": [
            (
                "c",
                "good morning coach, [[P:Hamid Rahimi]] here, we met at the gym in {{W:via Tiziano Aspetti}} last week. my wife [[P:Leila]] wants to join my sessions too",
            ),
            (
                "a",
                "Morning [[P:Hamid]]! Great, couple sessions are {{$:60 €}} each instead of {{$:40 €}}. Same time, {{TM:7:00}}?",
            ),
            (
                "c",
                "yes. my telegram is [[H:hamid_r_pd]] if you want add her group, her number [[T:0039 389 447 1120]]",
            ),
            (
                "c",
                "also invoice to my company pls, partita iva [[V:04738210964]], [[P:Rahimi Hamid]] ditta individuale",
            ),
            ("a", "Perfect, I'll issue it on the {{D:31st}}. See you tomorrow, [[P:Dario]]"),
        ],
    },
]

# --- children's party entertainer ---------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Chiara Dall'Olio",
        "lang": "it",
        "start": "2025-03-03T20:15:00",
        "messages": [
            (
                "c",
                "salve! il {{D:12 aprile}} mio figlio [[P:Tommaso]] compie 5 anni, siete liberi? festa a casa nostra in giardino, una ventina di bimbi",
            ),
            (
                "a",
                "Buonasera! Sì, il 12 pomeriggio il {{B:Mago Pirulì}} è libero 🎩 Pacchetto magia + palloncini {{$:220 €}}. Dove si terrebbe?",
            ),
            (
                "c",
                "[[A:strada Vicinale Ca' Bianca 5]], frazione [[L:Fossoli]] di [[L:Carpi]], [[A:41012]]. è un po in campagna, dopo il bar {{W:Stella}} girate a destra",
            ),
            (
                "c",
                "ah x info i bimbi: [[P:Tommi]] adora i dinosauri, e c'è anche la cuginetta [[P:Bianca]] che ha paura dei palloncini che scoppiano 🙈",
            ),
            (
                "a",
                "Segnato tutto, niente scoppi vicino a [[P:Bianca]] promesso! Mi lascia un recapito per il giorno della festa?",
            ),
            (
                "c",
                "[[T:339.482.1107]] sono [[P:Chiara]], oppure mio marito [[P:Stefano Dall'Olio]] [[T:335/6618204]]",
            ),
            ("a", "Perfetto, a presto! [[P:Sabrina]] - segreteria {{B:Pirulì}}"),
        ],
    },
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Mei",
        "lang": "it",
        "start": "2025-03-18T13:02:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Mei Lin Zhou]] mamma di [[P:Lucas]] e [[P:Emma]] gemelli fanno 7 anni. voi fate anche festa con tema {{PD:Frozen}}?",
            ),
            (
                "a",
                "Ciao [[P:Mei]]! Sì, abbiamo l'animatrice {{W:Elsa}} con trucca-bimbi 💙 per 2 ore {{$:260 €}}.",
            ),
            (
                "c",
                "bene! festa in sala condominio, [[A:via Paolo Sarpi 14, scala C]], [[L:Milano]]. citofono [[P:ZHOU]] o [[P:Chen]] (mia suocera)",
            ),
            (
                "a",
                "Perfetto. Caparra di {{$:80 €}} con bonifico, poi il resto il giorno della festa.",
            ),
            (
                "c",
                "ok ho fatto bonifico da conto di mio marito [[P:Wei Chen]], [[I:IT74Q0538712900000002468135]], causale {{R:PIRULI-0418}}",
            ),
            ("a", "Ricevuto, grazie! Ci vediamo il {{D:19 aprile}} alle {{TM:15:30}} 🎉"),
        ],
    },
    {
        "business": "party",
        "platform": "instagram",
        "customer": "la_vale_mamma_di_3",
        "lang": "it",
        "start": "2025-04-05T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno ho visto il reel del {{B:Mago Pirulì}} alla festa di [[P:Greta]] (figlia della mia amica [[P:Simona Ruggeri]]) e i miei bimbi impazziti 😍",
            ),
            (
                "c",
                "sono [[P:Valentina]] ma tutti [[P:Vale]], il mio profilo lo vedete [[H:la_vale_mamma_di_3]] \nho [[P:Matteo]] 8 anni [[P:Sofia]] 6 e [[P:Gioele]] 3",
            ),
            ("a", "Ciao [[P:Vale]]! Che bello 😊 Per che data e dove?"),
            (
                "c",
                "{{D:25 maggio}}, da noi a [[L:Sassuolo]], però il parco qui vicino è il {{W:Parco Vistarino}} magari lì se fa bello",
            ),
            ("a", "Ottimo! Le mando il preventivo via mail, quale indirizzo?"),
            ("c", "[[E:vale.ferraresi82 chiocciola gmail.com]] grazie mille!!"),
        ],
    },
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Daniel Okafor",
        "lang": "en",
        "start": "2025-04-20T17:44:00",
        "messages": [
            (
                "c",
                "hi, do you guys do parties in english? we're an american family living in [[L:Vicenza]] (base {{W:Ederle}}) and our son [[P:Jaylen]] turns 6",
            ),
            ("a", "Hi! Yes, our magician speaks English 🎩 When is the party?"),
            (
                "c",
                "june 7. we live off base at [[A:Strada di Bertesina 227, int. 4]], [[A:36100]]. gate code we'll text the day before",
            ),
            (
                "c",
                "my cell is [[T:(757) 555-0193]] but my italian number is better [[T:+39 342 190 5538]]\nmy wife [[P:Tamika]] might be the one answering",
            ),
            (
                "a",
                "Great, thank you Mr [[P:Okafor]]! Price is {{$:240 €}}, we'll send the booking {{R:PIR-2025-061}} by email.",
            ),
            ("c", "[[E:d.okafor1987@example.com]]. thx!!"),
        ],
    },
    {
        "business": "party",
        "platform": "telegram",
        "customer": "Ale",
        "lang": "it",
        "start": "2025-05-02T11:20:00",
        "messages": [
            (
                "c",
                "ciao il mago è [[P:Gianni]] giusto? l anno scorso era venuto alla comunione di mia nipote [[P:Aurora]] a [[L:Formigine]]",
            ),
            ("a", "Ciao! Sì, il {{B:Mago Pirulì}} è proprio lui 😄 Come possiamo aiutarti?"),
            (
                "c",
                "volevo prenotare per battesimo di [[P:Felice]], mio figlio, il {{D:15 giugno}} al ristorante {{W:La Felicità}} di {{W:Maranello}}",
            ),
            (
                "c",
                "sono [[P:Alessandro Ferrari]], e nn c entro niente con le macchine prima che chiedete ahahah 🏎️ {{B:Ferrari}}",
            ),
            (
                "a",
                "Ahah ci avevamo pensato! Pacchetto battesimo {{$:180 €}}. Numero per la conferma?",
            ),
            ("c", "[[T:059 53 12 884]] casa, o [[T:3287715093]] cell"),
        ],
    },
]

# --- translation agency -------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "translate",
        "platform": "whatsapp",
        "customer": "Yusuf",
        "lang": "it",
        "start": "2025-01-15T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno mi serve traduzione giurata di certificato di nascita dal arabo, per permesso di soggiorno. io sono [[P:Yusuf El Amrani]] nato a [[L:Fès]] in [[L:Marocco]]",
            ),
            (
                "a",
                "Buongiorno, certo. Traduzione + asseverazione in tribunale {{$:95 €}}, pronta in 5 giorni lavorativi. Può mandarci la scansione?",
            ),
            (
                "c",
                "si ti mando foto. attenzione il nome: [[P:Y-U-S-U-F spazio E-L spazio A-M-R-A-N-I]], al comune [[L:Bergamo]] hanno scritto [[P:Jussuf Elamrani]] e ora problema 😩",
            ),
            (
                "c",
                "anche nome di mio padre è [[P:Mohammed]] e madre [[P:Khadija Benali]], devono essere uguali a passaporto",
            ),
            (
                "a",
                "Ha ragione, seguiamo la grafia del passaporto. Pratica {{R:LP-25-0093}}. Per la fattura ci serve il codice fiscale e un indirizzo.",
            ),
            (
                "c",
                "[[A:via Borgo Palazzo 145]] [[A:24125]] [[L:Bergamo]]\ncodice fiscale lo porto quando vengo, mio telefono [[T:+39 320 44 81 726]]",
            ),
            ("a", "Perfetto signor [[P:El Amrani]], a presto. [[P:Giulia]] - {{B:Linguaponte}}"),
        ],
    },
    {
        "business": "translate",
        "platform": "messenger",
        "customer": "Ingrid Halvorsen",
        "lang": "en",
        "start": "2025-02-06T14:25:00",
        "messages": [
            (
                "c",
                "Hello, I need my Norwegian driving licence translated into Italian, I live in [[L:Trieste]] now. Name [[P:Ingrid Solveig Halvorsen]].",
            ),
            (
                "a",
                "Hello [[P:Ingrid]]! Yes, we translate licences, {{$:45 €}} plain or {{$:90 €}} sworn. Which one do you need for the Motorizzazione?",
            ),
            (
                "c",
                "sworn I think. I'm at [[A:via dell'Istria 61/2]], [[A:34137]]. Can you send the invoice to my partner's firm? he's a freelancer, [[P:Luca Strukelj]], P.IVA [[V:03615920489]]",
            ),
            (
                "c",
                "and please pay me back the deposit of the other translation on my norwegian account, [[I:NO4315034829613]]",
            ),
            (
                "a",
                "I'll pass it to accounting. Our Norwegian translator is [[P:Kari]], she'll do it by {{D:Feb 14}}. [[P:Giulia]]",
            ),
            ("c", "perfect thank you [[P:Giulia]]! takk 😊"),
        ],
    },
    {
        "business": "translate",
        "platform": "telegram",
        "customer": "anastasia_k",
        "lang": "en",
        "start": "2025-02-19T08:50:00",
        "messages": [
            (
                "c",
                "good morning. i need translate diploma from ukrainian to italian for university {{W:Padova}} application. my name [[P:Anastasiia Kovalenko]], in passport is written [[P:Anastasiia Kovalenko]] but in diploma [[P:Анастасія Коваленко]]",
            ),
            (
                "a",
                "Good morning [[P:Anastasiia]]! We'll transliterate as in the passport. Price {{$:70 €}} per page. How many pages?",
            ),
            (
                "c",
                "3 pages. i send scan to email? what is your email. mine is [[E:anastasiia.koval(at)ukr.example.net]]",
            ),
            ("a", "Send to our office address in the confirmation. Reference {{R:LP-25-0141}}."),
            (
                "c",
                "ok. i pay with card of my host mother [[P:Paola]], she say is ok: [[C:5491-7892-3456-0004]]",
            ),
            (
                "a",
                "Thank you, but please delete that message, we'll send a secure payment link to you or to [[P:Paola]] 🙏",
            ),
            ("c", "ok sorry. дякую!"),
        ],
    },
    {
        "business": "translate",
        "platform": "whatsapp",
        "customer": "Avv. Bertoldi",
        "lang": "it",
        "start": "2025-03-12T16:05:00",
        "messages": [
            (
                "c",
                "Buonasera, studio legale, scrivo per conto dell'avv. [[P:Marcella Bertoldi]]. Ci serve tradurre in tedesco un atto di successione, de cuius [[P:Ermanno Zanetti-Brunner]] residente a [[L:Merano]]",
            ),
            (
                "a",
                "Buonasera, certo. Ci può inviare il documento? Il preventivo dipende dal numero di cartelle.",
            ),
            (
                "c",
                "l eredi sono [[P:Hildegard Brunner]] e il nipote [[P:Matthias]], residenti in [[L:Austria]], [[A:Rennweg 17/3]], [[A:1030]] [[L:Wien]]",
            ),
            (
                "c",
                "Die Unterlagen schicke ich Ihnen morgen per E-Mail, [[E:segreteria.bertoldi@studio-example.it]] in copia",
                "de",
            ),
            (
                "a",
                "Perfetto, grazie. Preventivo {{R:LP-25-0207}} in arrivo domani. [[P:Stefano]] - {{B:Linguaponte Traduzioni}}",
            ),
            (
                "c",
                "grazie, per urgenze il cellulare della dottoressa è [[T:+39 0473 / 22 91 58]] ah no quello è lo studio, cell [[T:348 5512 903]]",
            ),
        ],
    },
    {
        "business": "translate",
        "platform": "instagram",
        "customer": "carmen.r.v",
        "lang": "it",
        "start": "2025-04-09T19:30:00",
        "messages": [
            (
                "c",
                "hola! scusate il mio italiano, sono spagnola. mi chiamo [[P:Carmen Ruiz Velázquez]], vivo a [[L:Bologna]] per Erasmus",
            ),
            (
                "c",
                "necesito traducir mi certificado de antecedentes penales, es urgente para el trabajo 🙏",
                "es",
            ),
            (
                "a",
                "¡Hola [[P:Carmen]]! Nessun problema, scriviamo anche in spagnolo. Traduzione giurata {{$:80 €}}, 3 giorni.",
            ),
            (
                "c",
                "perfecto!! la dirección en [[L:España]] es [[A:Calle de Embajadores 94, 4º izq]], [[A:28012]] [[L:Madrid]], la de aquí es [[A:via del Pratello 33]]",
                "es",
            ),
            (
                "c",
                "ah y mi instagram es [[H:carmen.r.v]] y también vendo mis dibujos en [[U:carmenruizv.example.com]] jaja",
            ),
            (
                "a",
                "Perfetto! Pratica {{R:LP-25-0288}}. Ti mando l'IBAN per il bonifico. [[P:Giulia]]",
            ),
            ("c", "gracias [[P:giulia]]!!! ❤️"),
        ],
    },
]

# --- jewellery maker on Instagram ---------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "jewel",
        "platform": "instagram",
        "customer": "sere_na_tural",
        "lang": "it",
        "start": "2025-02-08T23:05:00",
        "messages": [
            (
                "c",
                "ciaoo bellissimi gli orecchini {{PD:Goccia di Luna}} in argento!! li fate anche in oro rosa? x la festa della mamma",
            ),
            (
                "a",
                "Ciao! Sì, in argento placcato oro rosa {{$:48 €}} 🌸 Vuoi aggiungere un'incisione?",
            ),
            (
                "c",
                'siii dietro scrivete "Mamma [[P:Rita]]" no aspetta solo "[[P:Rita]]" che mamma le sembra da vecchia 😂\nio sono [[P:Serena Lo Bianco]] ma su qua sono [[H:sere_na_tural]]',
            ),
            (
                "c",
                "spedite a mia mamma direttamente così è sorpresa: [[P:Rita Lo Bianco]], [[A:via Libertà 182]], [[A:90143]] [[L:Palermo]]",
            ),
            (
                "a",
                "Che dolce! Ordine {{O:FDL-0731}}, spedizione entro {{D:venerdì}}. Per il pagamento preferisci PayPal o bonifico?",
            ),
            (
                "c",
                "paypal è [[E:serenalobianco94@example.it]] \nps mia sorella [[P:Giada]] vuole la collana {{PD:Rosa dei Venti}} ti scrive lei",
            ),
            ("a", "Perfetto, aspetto [[P:Giada]] allora! Un abbraccio, [[P:Luna]] 🌙"),
        ],
    },
    {
        "business": "jewel",
        "platform": "instagram",
        "customer": "priya.makes.art",
        "lang": "en",
        "start": "2025-02-21T16:40:00",
        "messages": [
            (
                "c",
                "hiii [[P:luna]]! I'm [[P:Priya Raghunathan]] from [[L:Leicester]] 💛 saw your {{PD:Sole Nero}} ring on [[H:@giulietta.wears]]'s page and I NEED it",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Thank you so much 😍 What's your ring size? It's {{$:65 €}} plus {{$:12 €}} shipping to the {{W:UK}}.",
            ),
            (
                "c",
                "UK size N i think?? my mum [[P:Lakshmi]] says its M lol. address [[A:27 Harrow Way]], [[L:Oadby]], [[A:LE2 4GH]]",
            ),
            (
                "c",
                "my website if you wanna see my stuff too [[U:linktr.ee/priyamakesart]] we could collab!",
            ),
            (
                "a",
                "I'd love that! Let's go with N, I'll add a free sizer. Order {{O:FDL-0765}}. Payment: card or PayPal?",
            ),
            (
                "c",
                "card [[C:4012 8888 9999 0002]] lmao jk i'll use paypal 😂 [[E:priya.r.makes@example.co.uk]]",
            ),
            ("a", "Haha you scared me!! PayPal request sent 💛 [[P:Luna]]"),
        ],
    },
    {
        "business": "jewel",
        "platform": "whatsapp",
        "customer": "Mirko",
        "lang": "it",
        "start": "2025-03-05T12:15:00",
        "messages": [
            (
                "c",
                "ciao [[P:luna]] sono [[P:mirko]] ti ho scritto anche su insta ([[H:mirko_trevisan_]]) x l anello di fidanzamento, la mia ragazza nn deve sapere niente 🤫",
            ),
            (
                "c",
                'si chiama [[P:Speranza]] come la nonna, ci vorrei incidere dentro "[[P:Spe]] & [[P:Mirko]] 14.02"',
            ),
            (
                "a",
                "Che emozione! 💍 Possiamo fare il modello {{PD:Trilogy Prosecco}} con citrino, {{$:290 €}}. Serve la misura, riesci a rubarle un anello?",
            ),
            (
                "c",
                "ci provo ahah. cmq la consegna a mano, lavoro a [[L:Conegliano]] in [[A:via XX Settembre 54]] presso lo studio del dott. [[P:Pillon]] (dentista)",
            ),
            ("c", "il mio cell [[T:+39 345 112\n8840]]"),
            (
                "a",
                "Perfetto! Acconto {{$:100 €}} sull'IBAN [[I:IT51X0306909606100000063547]] intestato a me, [[P:Luna Carraro]]. Causale {{R:ANELLO-M14}}",
            ),
            ("c", "fatto ✅ grazie mille [[P:luna]]"),
        ],
    },
    {
        "business": "jewel",
        "platform": "instagram",
        "customer": "noemi.vintagelover",
        "lang": "it",
        "start": "2025-03-22T10:45:00",
        "messages": [
            (
                "c",
                "buongiorno! il ciondolo {{PD:Santa Lucia}} è ancora disponibile? lo vorrei x il battesimo della mia nipotina [[P:Lucia]] appunto 😄",
            ),
            (
                "a",
                "Buongiorno! Sì, l'ultimo pezzo in argento 925, {{$:38 €}}. Vuoi la confezione regalo?",
            ),
            (
                "c",
                "sì grazie! spedite a [[A:c/o Tabaccheria Donà, piazza Garibaldi 3]], [[A:31040]] [[L:Cessalto]], che io di giorno nn ci sono mai",
            ),
            (
                "c",
                "nome [[P:Noemi Donà]]. la tabaccheria è di mio zio [[P:Renzo]] quindi tranquilli",
            ),
            (
                "a",
                "Perfetto, ordine {{O:FDL-0802}}, tracking {{TR:IT3456789012345}} da domani. [[P:Luna]]",
            ),
            ("c", "il tracking sembra un iban ahah. grazie!!"),
        ],
    },
    {
        "business": "jewel",
        "platform": "messenger",
        "customer": "Fatou Diallo",
        "lang": "en",
        "start": "2025-04-11T18:20:00",
        "messages": [
            (
                "c",
                "Bonjour! je suis [[P:Fatou Diallo]], j'habite à [[L:Lyon]], vous livrez en [[L:France]]? j'adore le bracelet {{PD:Venezia}}",
                "fr",
            ),
            (
                "a",
                "Bonjour [[P:Fatou]]! Oui, on livre en {{W:France}}, {{$:15 €}} de port. Le bracelet {{PD:Venezia}} est à {{$:55 €}} 💫",
                "fr",
            ),
            (
                "c",
                "super! adresse: [[A:14 rue Paul Bert]], [[A:69003]] [[L:Lyon]], [[A:bâtiment B]], code porte 4417A. mon numéro [[T:+33 6 12 48 90 37]]",
                "fr",
            ),
            (
                "c",
                "sorry i switch english, my french friend [[P:Aminata]] wants one too, can u do 2 with a discount?",
                "en",
            ),
            (
                "a",
                "Of course! 2 bracelets {{$:100 €}} instead of {{$:110 €}}. Order {{O:FDL-0844}}. Merci! [[P:Luna]]",
                "en",
            ),
        ],
    },
]

# --- coworking space ----------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "cowork",
        "platform": "messenger",
        "customer": "Tobias Kellner",
        "lang": "en",
        "start": "2025-01-13T09:00:00",
        "messages": [
            (
                "c",
                "Hi! I'm a remote dev from [[L:Munich]], staying in [[L:Bari]] for 3 months from {{D:Feb 1}}. do you have a fixed desk? name's [[P:Tobias Kellner]]",
            ),
            (
                "a",
                "Hi [[P:Tobias]]! Yes, fixed desk {{$:180 €}}/month incl. fibre and coffee ☕ Need an invoice to your company?",
            ),
            (
                "c",
                "yes pls, to my GmbH: {{B:Kellner Software GmbH}}, USt-IdNr [[V:DE227381946]], [[A:Leopoldstraße 204]], [[A:80804]] [[L:München]]",
            ),
            (
                "c",
                "for the wifi whitelist my laptop's static IP on our VPN is [[IP:10.48.22.117]] and ipv6 [[IP:2001:db8:4f1c::a27]]",
            ),
            (
                "a",
                "Noted! We'll set it up. Contract {{R:OQ-2025-014}} sent to your email, which one?",
            ),
            ("c", "[[E:tobias at kellner-dev dot de]] (no spaces obviously). cheers, [[P:Tobi]]"),
            ("a", "Perfect, see you on the 1st! [[P:Nicola]] from {{B:Officina}}"),
        ],
    },
    {
        "business": "cowork",
        "platform": "whatsapp",
        "customer": "Sara",
        "lang": "it",
        "start": "2025-02-04T14:30:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:sara de santis]] ho prenotato la sala riunioni {{PD:Sala Levante}} x giovedì ma siamo in 10 nn in 6",
            ),
            (
                "a",
                "Ciao [[P:Sara]]! Ti sposto nella {{PD:Sala Maestrale}} che ne tiene 12, stessa fascia {{TM:10-13}}, {{$:25 €}} in più.",
            ),
            (
                "c",
                "perfetto. fattura a me come freelance, p iva [[V:02917460285]] \nah no scusa quella è del mio socio [[P:Pietro]], la mia è questa [[V:05830290374]]",
            ),
            (
                "c",
                "e gli ospiti li registrate? c è [[P:Kwame Mensah]], [[P:Li Na]] e [[P:Dragana Petrović]] che vengono da fuori",
            ),
            (
                "a",
                "Sì, mandaci i nomi entro mercoledì e li mettiamo in lista alla reception. Grazie [[P:Sara]]!",
            ),
            ("c", "top 🙌"),
        ],
    },
    {
        "business": "cowork",
        "platform": "instagram",
        "customer": "giorgio.podcast",
        "lang": "it",
        "start": "2025-02-27T11:10:00",
        "messages": [
            (
                "c",
                "ciao ragazzi! faccio un podcast, [[U:youtube.com/@giorgiochiacchiera]], posso affittare la cabina di registrazione? sono [[P:Giorgio Lamacchia]]",
            ),
            (
                "a",
                "Ciao [[P:Giorgio]]! Sì, la {{PD:Cabina Scirocco}} è {{$:15 €}}/ora. Quando ti serve?",
            ),
            (
                "c",
                "sabato mattina, vengo con la mia ospite [[P:Marilù]] che fa la ceramista a [[L:Grottaglie]]\nlei è [[H:@marilu_ceramiche]] se volete ricondividere",
            ),
            (
                "c",
                "mi fate pagare col bancomat di mia madre? [[C:5312 6789 0123 4000]] lei è [[P:Annamaria Colucci]] cmq",
            ),
            (
                "a",
                "Meglio pagare in sede al POS con la carta presente, grazie! Ti aspettiamo sabato alle {{TM:9:30}}. [[P:Nicola]]",
            ),
        ],
    },
    {
        "business": "cowork",
        "platform": "telegram",
        "customer": "ahmed.dev",
        "lang": "en",
        "start": "2025-03-19T08:05:00",
        "messages": [
            (
                "c",
                "morning, [[P:Ahmed Farouk]] here, member since january. the door badge {{R:BADGE-0417}} stopped working, can't get in",
            ),
            (
                "a",
                "Morning [[P:Ahmed]]! Sorry about that. I'll reset it, you're at desk {{R:B-12}} right?",
            ),
            (
                "c",
                "yes. also can you send the monthly invoice to my new address, moved from [[L:Japigia]] to [[A:via Giuseppe Capruzzi 206]], [[A:70124]] [[L:Bari]], 3rd floor buzz [[P:Farouk/Mahdy]]",
            ),
            (
                "c",
                "and my telegram changed, now [[H:ahmedfarouk_dev]], old one [[H:@ahmed.dev]] doesn't exist anymore",
            ),
            (
                "a",
                "Updated! Badge works now. Have a good day, [[P:Valeria]] - {{B:Officina Quarantadue}}",
            ),
        ],
    },
    {
        "business": "cowork",
        "platform": "whatsapp",
        "customer": "Beppe",
        "lang": "it",
        "start": "2025-04-14T17:50:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:giuseppe d'ambrosio]] detto [[P:beppe]], commercialista, vorrei un ufficio privato x me e la mia collaboratrice [[P:Teresa]]",
            ),
            (
                "a",
                "Buonasera! Abbiamo l'ufficio {{PD:Grecale}} da 2 postazioni, {{$:650 €}}/mese. Vuole venire a vederlo?",
            ),
            (
                "c",
                "si domani alle {{TM:11}}. vengo da [[L:Monopoli]] in macchina, dove parcheggio? voi siete vicino alla {{W:Basilica di San Nicola}} giusto?",
            ),
            ("a", "Esatto, parcheggio in {{W:corso Vittorio Emanuele}}. Mi lascia un numero?"),
            (
                "c",
                "[[T:080-887.41.29]] studio, cell [[T:+39 (329) 660 1185]]\ne mail [[E:studio.dambrosio@pec-example.it]]",
            ),
            ("a", "A domani dott. [[P:D'Ambrosio]]! [[P:Valeria]]"),
        ],
    },
]

# --- a few more ---------------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "vinyl",
        "platform": "messenger",
        "customer": "Will Haskins",
        "lang": "en",
        "start": "2025-04-22T02:15:00",
        "messages": [
            (
                "c",
                "hey, will you ship the {{PD:Ennio Morricone Il buono il brutto il cattivo}} LP to the [[L:states]]? it's for my dad's 70th",
            ),
            (
                "a",
                "Hi! Yes, to the {{W:US}} it's {{$:28 €}} tracked. The LP is {{$:140 €}}, first Italian pressing.",
            ),
            (
                "c",
                'awesome. I\'m [[P:Will]], [[P:William Haskins]], ship to my dad [[P:Robert "Bob" Haskins]], [[A:4410 Maple Ridge Dr, Apt 2C]], [[L:Asheville]], [[L:NC]] [[A:28805]]',
            ),
            ("c", "his number [[T:828.555.0176]]\nmine [[T:+1 (415) 555-0138]]"),
            (
                "a",
                "Thanks [[P:Will]]! Order {{O:SN-25502}}. We'll send a PayPal request, to which email?",
            ),
            (
                "c",
                "[[E:will DOT haskins AT example DOT com]] ty!! and dont tell [[P:bob]] lol he reads my messages 😂",
            ),
        ],
    },
    {
        "business": "trainer",
        "platform": "whatsapp",
        "customer": "Ginevra",
        "lang": "it",
        "start": "2025-04-28T13:35:00",
        "messages": [
            (
                "c",
                "ciao [[P:dario]] sono la mamma di [[P:Edoardo]], [[P:Ginevra Pellizzari]], quello che fa calcio nella {{W:Union Padova}} juniores",
            ),
            (
                "c",
                "il preparatore [[P:Cosimo]] dice che gli serve lavoro di forza x il ginocchio, tu segui anche ragazzi di 16 anni?",
            ),
            (
                "a",
                "Ciao [[P:Ginevra]]! Sì, con il consenso di un genitore. Prima però mi serve il certificato del fisiatra, dott.ssa [[P:Okonkwo]] giusto?",
            ),
            (
                "c",
                "si lei. ti giro il certificato su mail, scrivimi la tua. la mia [[E:ginevra.pellizzari@example.it]]\nabitiamo in [[A:via Chiesanuova 71]] a [[L:Padova]] se vieni tu è meglio",
            ),
            (
                "c",
                "per il pagamento mio marito fa bonifico dal conto tedesco, lavora a [[L:Monaco]]: [[I:DE44500105175407324931]]",
            ),
            (
                "a",
                "Perfetto, ricevuto tutto. Prima sessione {{D:lunedì 5 maggio}} alle {{TM:17}}. [[P:Dario]]",
            ),
        ],
    },
]

CONVERSATIONS += [
    {
        "business": "translate",
        "platform": "whatsapp",
        "customer": "Alessandro M.",
        "lang": "it",
        "start": "2025-05-06T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno, mi serve tradurre in inglese il mio cv e la lettera di referenze del mio ex capo ing. [[P:Walter Santoro]]",
                "it",
            ),
            (
                "a",
                "Buongiorno! Certo, cv {{$:40 €}} e lettera {{$:30 €}}. Ci manda i file e un recapito?",
            ),
            (
                "c",
                "sono [[P:Alessandro Morandi]], [[P:emme o erre a enne di i]], [[P:Morandi]] come il cantante ahah ma nn sono parente di {{W:Gianni Morandi}}",
            ),
            (
                "c",
                "mail [[E:ale punto morandi88 chiocciola example punto it]] \ncell [[T:333 - 918 - 2247]] \nlinkedin [[U:https://www.linkedin.com/in/alessandro-morandi-88/]]",
            ),
            (
                "c",
                "il cv va a una azienda a [[L:Dublino]], mi trasferisco lì con la mia compagna [[P:Siobhán]] a settembre 🍀",
            ),
            (
                "a",
                "In bocca al lupo! Pratica {{R:LP-25-0333}}. Per la fattura mi conferma il codice fiscale?",
            ),
            (
                "c",
                "[[CF:MRNLSN88B14C957R]] residenza [[A:via Matteotti 9]] [[A:40017]] [[L:San Giovanni in Persiceto]]",
            ),
            ("a", "Perfetto, grazie [[P:Alessandro]]. [[P:Stefano]]"),
        ],
    },
    {
        "business": "cowork",
        "platform": "instagram",
        "customer": "lucia.illustra",
        "lang": "en",
        "start": "2025-05-09T15:45:00",
        "messages": [
            (
                "c",
                "hi! illustrator here, [[P:Lucía Fernández-Ortega]] ([[H:@lucia.illustra]]), from [[L:Valencia]] but living in [[L:Bari Vecchia]] now 🌞 do you do day passes?",
            ),
            (
                "a",
                "Hi [[P:Lucía]]! Day pass {{$:15 €}}, 10-pass card {{$:120 €}}. Want to come by tomorrow?",
            ),
            (
                "c",
                "yes! my portfolio [[U:behance.net/luciafortega]] and my shop [[U:https://luciafernandezortega.example.es]] in case you need a mural lol",
            ),
            (
                "c",
                "friend [[P:Noor]] wants to come too, she's [[H:noor.writes]] on insta. her number [[T:+44 7911 123 087]]",
            ),
            ("a", "Both welcome! Ask for [[P:Valeria]] or [[P:Nicola]] at reception 😊"),
        ],
    },
]


if __name__ == "__main__":
    main()
