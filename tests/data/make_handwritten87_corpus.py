# ruff: noqa: E501
"""Hand-written blind test corpus no. 87 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, every person, address, phone
number and e-mail invented. Checksummed identifiers (IBANs, card numbers, codici fiscali,
partite IVA) were computed once with python-stdnum / Luhn and pasted below as literals.
Markup (see handwritten_markup.py): [[CODE:value]] marks a personal value that must be removed,
{{CODE:value}} a look-alike that must survive. The emphasis is on places and addresses.

The businesses: a moving-and-storage firm, a garden landscaper, a home cleaning service, an
electrician on call, a wine shop that ships abroad and a tailor who does alterations at home.

Regenerate with: .venv/bin/python make_handwritten87_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten87_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "move": "Traslochi Ferraguti & Figli",
    "garden": "Verde Ortensia Giardini",
    "clean": "Splendor Casa Pulizie",
    "elec": "Elettro Pronto Brambati H24",
    "wine": "Enoteca Il Tralcio",
    "tailor": "Sartoria a Domicilio Nives",
}
PAGE_IDS: dict[str, str] = {
    "move": "687650118203944",
    "garden": "687650240917365",
    "clean": "687650371125808",
    "elec": "687650409836172",
    "wine": "687650553301497",
    "tailor": "687650690248513",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- moving and storage
    {
        "business": "move",
        "platform": "whatsapp",
        "customer": "Ilaria Bruno",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao buongiorno avrei bisogno di un preventivo x trasloco da [[L:Cinisello Balsamo]] a [[L:Bologna]] verso fine aprile\nsono [[P:ilaria bruno]]",
            ),
            (
                "a",
                "Buongiorno [[P:Ilaria]]! certo, ci servono indirizzo di partenza e di arrivo, piano e se c'è ascensore. {{B:Traslochi Ferraguti & Figli}} copre tutto il {{W:Nord Italia}} 🙂",
            ),
            (
                "c",
                "partenza [[A:via Guglielmo Marconi 48]] [[A:20092]] [[L:Cinisello]] 3 piano senza ascensore 😩\narrivo [[A:via del Pratello 11/2]] a [[L:bologna]], citofono [[P:Bruno-Casadei]]",
            ),
            ("c", "ah è il 2 piano eh nn il 3 scusa"),
            (
                "a",
                "Perfetto. Sopralluogo gratuito {{D:giovedì 10 aprile}} alle {{TM:15:30}}? Indicativamente si parte da {{$:1.450 €}}. Le lascio il mio diretto [[T:+39 347 812 6650]]\n[[P:Stefano]] - {{B:Ferraguti}}",
            ),
            (
                "c",
                "ok {{D:giovedì}} va bene. ci sarà mio marito [[P:Lorenzo]] il suo cell è [[T:338 41\n27 903]]",
            ),
        ],
    },
    {
        "business": "move",
        "platform": "messenger",
        "customer": "Tom Hadley",
        "lang": "en",
        "start": "2025-03-11T18:02:00",
        "messages": [
            (
                "c",
                "hi there, we're relocating from [[L:Como]] back to the [[L:UK]] in june, need storage for ~3 months then delivery to [[L:Leeds]]",
            ),
            (
                "a",
                "Hello [[P:Tom]], thanks for writing! Could you send us both addresses? We do a weekly groupage run to {{W:England}} and {{W:Scotland}}.",
            ),
            (
                "c",
                "current address is [[A:via Borgovico 140]], [[A:22100]] [[L:Como]]\nnew place is [[A:Flat 4, 27 Headingley Lane]], [[L:Leeds]] [[A:LS6 1BN]]",
            ),
            (
                "a",
                "Great. Storage would be in our depot at {{W:Lurate Caccivio}}, {{$:€95}} per month for a 10 m³ unit. Your reference is {{R:FRG-2025-0418}}.\n[[P:Marco]] from the team",
            ),
            (
                "c",
                "brilliant. my wife [[P:Sophie]] does all the paperwork, her email is [[E:sophie dot hadley at postbox dot example dot co dot uk]]",
            ),
            ("c", "oh and my [[L:UK]] number is [[T:+44 7700 900412]] if whatsapp is easier"),
            ("a", "Noted, [[P:Sophie]] will receive the inventory form by {{D:Friday}}. Cheers!"),
        ],
    },
    {
        "business": "move",
        "platform": "telegram",
        "customer": "Kateryna M.",
        "lang": "it",
        "start": "2025-04-02T10:40:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Kateryna Melnyk]], io fare trasloco piccolo, solo stanza studente, da [[L:Palermo]] a [[L:Torino]]",
            ),
            (
                "a",
                "Ciao [[P:Kateryna]]! Per una stanza c'è il servizio groupage, passiamo in {{W:Sicilia}} ogni due settimane. Prossima partenza {{D:18 aprile}}.",
            ),
            (
                "c",
                "ok bene. io abito [[A:via Maqueda 212]] [[L:palermo]] vicino {{W:Quattro Canti}}\nnuovo indirizzo è [[A:corso Giulio Cesare 7]]",
            ),
            (
                "c",
                "[[A:scala B interno 14]], citofono [[P:Vasylenko]] è mia amica [[P:Oksana]] che abita la",
            ),
            (
                "c",
                "anche mia mamma da [[L:Ucraina]] manda 2 scatole a [[L:Torino]], possibile metterle insieme?",
            ),
            (
                "a",
                "Sì, le riceviamo nel nostro magazzino di {{W:Settimo Torinese}} e le consegniamo con le tue. Per comodità mi scrivi anche il tuo username qui?",
            ),
            ("c", "si è [[H:@katya_mel_95]] 🙏 grazie mille"),
        ],
    },
    {
        "business": "move",
        "platform": "instagram",
        "customer": "gigi.zan",
        "lang": "it",
        "start": "2025-04-15T20:11:00",
        "messages": [
            (
                "c",
                "salve dovrei spostare il pianoforte di mia nonna [[P:Speranza]] da casa sua a [[L:Rosà]] a casa mia a [[L:Bassano]] fattibile??",
            ),
            (
                "a",
                "Buonasera! Certo, facciamo trasporto pianoforti con pedana. Di che modello si tratta e a che piano?",
            ),
            (
                "c",
                "è un {{B:Petrof}} verticale, nonna sta al piano terra in [[A:contrada Cusinati 19]]\nio in [[A:via Jacopo Vittorelli 33]] [[A:36061]] [[L:bassano]] primo piano ma le scale sono strette",
            ),
            (
                "a",
                "Con le scale strette serve un sopralluogo. Costo indicativo {{$:380 €}} tutto compreso, con la {{W:speranza}} che passi dalla porta 😄",
            ),
            ("c", "ahah ok. cmq sono [[P:Luigi Zanon]], [[P:gigi]] x gli amici"),
        ],
    },
    {
        "business": "move",
        "platform": "whatsapp",
        "customer": "Xiaoyu",
        "lang": "en",
        "start": "2025-05-06T08:30:00",
        "messages": [
            (
                "c",
                "hello, I am [[P:Chen Xiaoyu]], I move apartment from [[L:Prato]] to [[L:Firenze]], 2 room. how much",
            ),
            ("a", "Hi [[P:Xiaoyu]]! Could you tell us the two addresses and floors?"),
            (
                "c",
                "old address [[A:via Pistoiese 301 int 5]] ground floor\nnew is [[A:viale dei Mille 64]] 3 floor have lift",
            ),
            (
                "c",
                "my cousin [[P:Li Na]] help me, she speak italian better, number [[T:329.554.01.87]]",
            ),
            (
                "a",
                "Thank you. The quote is {{$:€620}}, reference {{R:FRG-Q-7731}}. We will ask the {{W:Comune di Firenze}} for the parking permit in front of the building.",
            ),
            ("c", "ok thx. 谢谢 🙏"),
        ],
    },
    {
        "business": "move",
        "platform": "whatsapp",
        "customer": "Tonino Sanna",
        "lang": "it",
        "start": "2025-09-22T16:05:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Antonio Sanna]] ma mi chiamano tutti [[P:Tonino]], io e mia moglie [[P:Peppina]] ci trasferiamo da [[L:Cormano]] in [[L:Sardegna]] vicino a nostra figlia",
            ),
            (
                "c",
                "lei abita a [[L:Ozieri]] e noi abbiamo preso casa a [[L:Chilivani]] che è una frazione li vicino",
            ),
            (
                "a",
                "Buonasera [[P:Tonino]]! Sulla {{W:Sardegna}} facciamo due viaggi al mese col traghetto {{W:Livorno}}-{{W:Olbia}}. Mi dà gli indirizzi?",
            ),
            (
                "c",
                "da [[A:via Risorgimento 112]] [[A:20032]], piano rialzato\na [[A:via Stazione 6]] [[L:Chilivani]] [[A:07014]]",
            ),
            (
                "c",
                "la figlia si chiama [[P:Marisa]], se serve lei sta in [[A:via Vittorio Veneto 40]] e ha le chiavi, numero [[T:079-78 33 201]]",
            ),
            (
                "a",
                "Perfetto, preventivo {{R:FRG-2025-0933}}: {{$:3.900 €}} con traghetto incluso, partenza {{D:15 ottobre}}. [[P:Stefano]]",
            ),
            (
                "c",
                "grazie [[P:stefano]], nn vedo l'ora di lasciare la nebbia 😄 qui a {{W:Milano}} dicono {{W:pioggia}} tutta la settimana",
            ),
        ],
    },
    # ---------------------------------------------------------------- garden landscaper
    {
        "business": "garden",
        "platform": "messenger",
        "customer": "Marta Giacomuzzi",
        "lang": "it",
        "start": "2025-03-20T19:45:00",
        "messages": [
            (
                "c",
                "buonasera vorrei un preventivo x potatura siepe di lauro + taglio {{W:prato}}, abito a [[L:Ponte San Nicolò]] frazione [[L:Roncaglia]]",
            ),
            ("a", "Buonasera [[P:Marta]], volentieri! Mi dà l'indirizzo preciso?"),
            (
                "c",
                "[[A:via Giorgione 9]], la casa gialla dopo la chiesa di {{W:San Fidenzio}}\nse nn ci sono suona al vicino sig. [[P:Toffanin]] che ha le chiavi del cancello",
            ),
            (
                "a",
                "Il nostro {{PD:Pacchetto Siepe Plus}} costa {{$:240 €}} e comprende lo smaltimento del verde. Possiamo venire {{D:martedì 25}}.\n[[P:Giulia]] - {{B:Verde Ortensia}}",
            ),
            (
                "c",
                "va bene. x la fattura: [[P:Marta Giacomuzzi]] cod fisc [[CF:BRNLSE85M62H501H]] ah no scusa quello è di mia sorella [[P:Elisa]] 🤦‍♀️ ve lo mando dopo",
            ),
        ],
    },
    {
        "business": "garden",
        "platform": "instagram",
        "customer": "hannah.in.tuscany",
        "lang": "en",
        "start": "2025-04-08T11:05:00",
        "messages": [
            (
                "c",
                "hi! we just bought an old farmhouse near [[L:Panzano]] and the garden is a jungle 🌿🌿 can u come and see it",
            ),
            (
                "c",
                "address is [[A:località Le Cetinale 4]], [[A:50022]] [[L:Greve in Chianti]]\nyou can see the mess on my page [[U:instagram.com/hannah.in.tuscany]]",
            ),
            (
                "a",
                "Hi [[P:Hannah]], what a lovely spot! We work all over the {{W:Chianti}} hills. Would Friday {{D:16 May}} at {{TM:9am}} work?",
            ),
            (
                "c",
                "yes!! we're from [[L:Bristol]] originally so sorry for my terrible italian lol. my husband [[P:Rob]] will be there {{D:friday}}, [[P:rob]]'s number is [[T:+44 (0)7911 123876]]",
            ),
            (
                "a",
                "Perfect. We'll also bring some samples of {{PD:Leccino}} and {{PD:Frantoio}} olive saplings. [[P:Ivan]]",
            ),
            ("c", "amazing thx 🫒"),
        ],
    },
    {
        "business": "garden",
        "platform": "whatsapp",
        "customer": "Fede Cravero",
        "lang": "it",
        "start": "2025-04-22T07:58:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:Fede Cravero]] ho bisogno di un impianto irrigazione x giardino di 300 mq circa",
            ),
            ("a", "Ciao [[P:Federico]]! Dove si trova il giardino?"),
            ("c", "a [[L:Bra]] (si come il formaggio ahah)"),
            ("c", "[[A:strada Falchetto 12]]"),
            ("c", "scusa [[A:14]] nn 12 🙈 il 12 è del mio vicino [[P:Beppe]]"),
            (
                "a",
                "Nessun problema 🙂 Passo io {{D:lunedì}} mattina verso le {{TM:8.30}}. Per un {{W:prato}} così di solito montiamo una centralina {{PD:Rain Bird ESP-Me3}}, sui {{$:1.100 €}} installata.",
            ),
            ("c", "ok perfetto. se nn rispondo chiama mia moglie [[P:Bianca]] [[T:340 112 2987]]"),
        ],
    },
    {
        "business": "garden",
        "platform": "telegram",
        "customer": "Stefania R.",
        "lang": "it",
        "start": "2025-05-12T21:20:00",
        "messages": [
            (
                "c",
                "buongiorno mia mamma abita a [[L:Camogli]] in [[A:salita San Rocco 3]] e nn riesce più a curare le fasce con gli ulivi",
            ),
            (
                "c",
                "io vivo a [[L:Monaco di Baviera]] x lavoro quindi gestisco tutto da qui, il mio user è [[H:ste_rivarola]]",
            ),
            (
                "a",
                "Buongiorno [[P:Stefania]], lavoriamo in tutto il {{W:Golfo Paradiso}}, anche sulle fasce senza accesso carrabile. Chi ci apre?",
            ),
            (
                "c",
                "la mamma si chiama [[P:Adelina Rivarola]] ma è un po' sorda, meglio chiamare il vicino [[P:Bepi]] al [[T:0185 77 12 40]]",
            ),
            ("a", "Perfetto. Intestiamo il preventivo {{R:VO-2025-112}} a lei o alla mamma?"),
            (
                "c",
                "a me: [[P:Stefania Rivarola]], [[A:Leopoldstraße 88]], [[A:80802]] [[L:München]], [[L:Germania]]\nentschuldigung, manchmal schreibe ich auf Deutsch 😅",
            ),
        ],
    },
    {
        "business": "garden",
        "platform": "messenger",
        "customer": "Amara Okafor",
        "lang": "en",
        "start": "2025-06-03T14:10:00",
        "messages": [
            (
                "c",
                "good afternoon. my name is [[P:Amara Okafor]], i live in [[L:Monteverde]] in [[L:rome]] and i want to make my terrace green",
            ),
            (
                "c",
                "it's on 6th floor, [[A:via di Donna Olimpia 152, scala C, int. 21]], buzz [[P:Okafor-Nwosu]]",
            ),
            (
                "a",
                "Hello [[P:Amara]]! A terrace garden is our favourite job. Do you have a style in mind?",
            ),
            (
                "c",
                "something like {{W:Villa Borghese}} but small lol. lemon trees, lavender, maybe a {{PD:Rosa Pierre de Ronsard}}",
            ),
            (
                "a",
                "Lovely choice. I'll come myself {{D:Thursday}}. [[P:Chiara]] - {{B:Verde Ortensia}}",
            ),
            (
                "c",
                "thank you [[P:Chiara]]. send the quote to [[E:amara.okafor[at]example[dot]com]] pls",
            ),
        ],
    },
    # ---------------------------------------------------------------- home cleaning
    {
        "business": "clean",
        "platform": "whatsapp",
        "customer": "Moussa Ndiaye",
        "lang": "it",
        "start": "2025-06-18T12:30:00",
        "messages": [
            (
                "c",
                "salve devo lasciare l'appartamento in [[A:via Nizza 45]] a [[L:Torino]] entro il 30, serve pulizia di fine locazione x il padrone di casa sig. [[P:Gribaudo]] che è molto pignolo",
            ),
            ("a", "Buongiorno! Che metratura e che piano?"),
            (
                "c",
                "60 mq 4 piano con ascensore, citofono [[P:Ndiaye]]\nle chiavi le lascio alla portinaia [[P:Rosa]] se nn ci sono",
            ),
            (
                "a",
                "Perfetto, la {{PD:Pulizia Fine Locazione}} per 60 mq è {{$:190 €}}. Possiamo venire {{D:sabato 28 giugno}} alle {{TM:9:00}}.",
            ),
            (
                "c",
                "ok. io parto x il [[L:Senegal]], torno a [[L:Thiès]] dalla famiglia x l'estate. pago con carta ok? [[C:4532 0151 1283 0366]]",
            ),
            (
                "a",
                "Grazie [[P:Moussa]], per sicurezza non mandi i dati della carta in chat 🙏 le mandiamo un link di pagamento. [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "clean",
        "platform": "instagram",
        "customer": "britt.in.venice",
        "lang": "en",
        "start": "2025-07-01T16:44:00",
        "messages": [
            ("c", "hey!! do u do weekly cleans? I'm in [[L:Cannaregio]], [[L:venice]] 🛶"),
            (
                "a",
                "Hi! Yes, weekly cleaning in the historic centre is {{$:€65}} per visit (3h). We don't cover {{W:Murano}} or {{W:Burano}} though.",
            ),
            (
                "c",
                "[[A:Fondamenta della Misericordia 2534]], top floor, the door with the lion knocker lol",
            ),
            (
                "c",
                "also my mom [[P:Deb]] is visiting from [[L:Ohio]] next month so I need a deep clean before she comes 🙏",
            ),
            ("a", "Of course. What name should I put on the booking?"),
            ("c", "[[P:Brittany Kowalski]]. i can pay on venmo, i'm [[H:@britt-kow]] there"),
            (
                "a",
                "We only take bank transfer or card via link, sorry! Booking {{R:SPL-3310}} confirmed for {{D:July 8}}.",
            ),
        ],
    },
    {
        "business": "clean",
        "platform": "messenger",
        "customer": "Yasmine El Amrani",
        "lang": "it",
        "start": "2025-07-09T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei organizzare le pulizie settimanali x mio padre [[P:Mohamed El Amrani]] che vive da solo a [[L:Sesto San Giovanni]]",
            ),
            (
                "c",
                "indirizzo [[A:viale Antonio Gramsci 201]] ma sul campanello c'è ancora scritto [[P:Amrani M.]]",
            ),
            (
                "a",
                "Buongiorno [[P:Yasmine]], nessun problema. Il papà è autonomo o serve anche un aiuto per la spesa?",
            ),
            (
                "c",
                "autonomo ma nn vede bene. io sto a [[L:Lione]] adesso quindi nn posso controllare. je peux vous écrire en français? sinon italiano va bene",
                "it",
            ),
            (
                "a",
                "Oui bien sûr, va benissimo anche in francese 🙂 Ci lascia un numero dove trovarla?",
            ),
            (
                "c",
                "mon numéro c'est le [[T:+33 6 12 48 90 37]], et mon frère [[P:Karim]] habite à [[L:Monza]] si urgence [[T:0039 333 90 11 475]]",
                "fr",
            ),
        ],
    },
    {
        "business": "clean",
        "platform": "telegram",
        "customer": "Priya R",
        "lang": "en",
        "start": "2025-09-02T13:12:00",
        "messages": [
            ("c", "hi, need a post-renovation clean for my flat in [[L:NoLo]] [[L:Milano]]"),
            (
                "c",
                "[[A:via Padova 18]], [[A:20127]], 5th floor, the building with the green door just after {{W:Piazzale Loreto}}",
            ),
            (
                "a",
                "Hi! After-works cleaning for a 70 m² flat is {{$:€320}}. What's your name for the quote?",
            ),
            (
                "c",
                "[[P:Priya Raghunathan]], send it to [[E:priya dot r at example dot in]]\nmy builder [[P:Dario]] will open the door, his num is [[T:348-667-2091]]",
            ),
            (
                "a",
                "Thanks [[P:Priya]], quote {{R:SC-0921}} on its way. Would {{D:September 9}} suit?",
            ),
            (
                "c",
                "yes thx. pls tell ur team the neighbour downstairs, mrs [[P:Colombo]], complains about noise before {{TM:10}} 🙄",
            ),
        ],
    },
    {
        "business": "clean",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-09-15T17:40:00",
        "messages": [
            (
                "c",
                "ciao sono la [[P:Giuse Ferraris]], ci ha dato il vs numero la [[P:Loredana]] di [[L:Novi]]\nabbiamo una casa di campagna da riaprire dopo 2 anni chiusa",
            ),
            ("a", "Ciao [[P:Giuseppina]]! Dove si trova la casa?"),
            (
                "c",
                "[[A:cascina Vaccarezza 2]], frazione [[L:Pollastra]] di [[L:Bosco Marengo]]\nè in mezzo ai campi, dopo il cartello {{W:Strada del Gavi}} girate a destra",
            ),
            (
                "a",
                "Perfetto. Per una casa chiusa da tanto proponiamo la {{PD:Pulizia Straordinaria Gold}}, da {{$:450 €}}. Va bene {{D:giovedì 2 ottobre}}?",
            ),
            (
                "c",
                "si. le chiavi le ha il contadino [[P:Tino]] che abita nella cascina accanto, [[A:cascina Vaccarezza 4]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- electrician on call
    {
        "business": "elec",
        "platform": "whatsapp",
        "customer": "Rosa Pellegrino",
        "lang": "it",
        "start": "2025-01-07T22:15:00",
        "messages": [
            (
                "c",
                "aiuto è saltata la corrente in tutta casa e il salvavita nn si riarma 😭 siete disponibili stasera??",
            ),
            ("a", "Buonasera, sì siamo reperibili H24. Dove si trova?"),
            (
                "c",
                "[[A:via Felice Cavallotti 27]] [[L:Monza]], secondo piano, citofono [[P:Pellegrino-Russo]]",
            ),
            (
                "a",
                "Arriva [[P:Davide]] entro 40 minuti. Diritto di chiamata notturno {{$:90 €}} + manodopera. Ticket {{R:EP-25-0007}}.",
            ),
            ("c", "ok grazie mille ho due bambini piccoli [[P:Nico]] e [[P:Aurora]] al freddo 🥶"),
            ("c", "il tecnico è arrivato grazie [[P:davide]] gentilissimo"),
        ],
    },
    {
        "business": "elec",
        "platform": "messenger",
        "customer": "Henrik Sandvik",
        "lang": "en",
        "start": "2025-02-12T10:20:00",
        "messages": [
            (
                "c",
                "hello, we rent a holiday flat in [[L:Varenna]] for the winter, the oven keeps tripping the power. can someone come?",
            ),
            (
                "a",
                "Hello! Yes, we cover the whole {{W:Lago di Como}} east shore. Could you send the address?",
            ),
            (
                "c",
                "[[A:via XX Settembre 15]], [[A:23829]] [[L:Varenna]]. the owner is signora [[P:Cattaneo]], she lives in [[L:Lecco]]",
            ),
            (
                "c",
                "we are from [[L:Bergen]], [[L:Norway]], so sorry if the italian sockets confuse me lol, we have only {{PD:Schuko}} adapters",
            ),
            (
                "a",
                "No worries 🙂 Our electrician [[P:Mirko]] can come tomorrow at {{TM:11:00}}. Who pays the invoice, you or the owner?",
            ),
            (
                "c",
                "the owner [[P:Elena Cattaneo]], partita iva [[V:04827310964]], she said ok. my number [[T:+47 412 55 309]]",
            ),
        ],
    },
    {
        "business": "elec",
        "platform": "telegram",
        "customer": "Andrea Brambilla",
        "lang": "it",
        "start": "2025-03-03T08:05:00",
        "messages": [
            (
                "c",
                "ciao [[P:Mirko]] sono [[P:Andrea]], quello del quadro elettrico in [[A:via Manzoni 3]] a [[L:Merate]], ti ricordi?",
            ),
            (
                "a",
                "Ciao [[P:Andrea]]! Certo, il quadro con i differenziali {{PD:Bticino}} vecchi. Dimmi",
            ),
            (
                "c",
                "adesso compro casa a [[L:Olgiate Molgora]] e vorrei rifare tutto l'impianto prima di entrare",
            ),
            (
                "c",
                "è in [[A:via Sant'Antonio]] (il numero nn lo so ancora, è la villetta a schiera in fondo)\nil rogito è il {{D:20 marzo}} dal notaio a [[L:Lecco]]",
            ),
            (
                "a",
                "Perfetto, ti mando il preventivo {{R:EP-PRV-2025-044}}. Il rifacimento completo per 90 mq parte da {{$:6.800 €}} + IVA. Ti serve fattura con partita iva?",
            ),
            (
                "c",
                "si la mia è [[V:07153920447]] x lo studio, intestata [[P:Brambilla Andrea]] geom.",
            ),
            (
                "c",
                "ah poi vorrei la domotica gestibile da remoto, il tecnico della fibra mi ha detto che ho ip fisso [[IP:93.41.208.176]] e ipv6 [[IP:2001:b07:6462:8d1f::2c]], serve?",
            ),
            (
                "a",
                "Serve sì, lo annotiamo. Ne parliamo al sopralluogo in [[A:via Sant'Antonio]] appena hai le chiavi 👍",
            ),
        ],
    },
    {
        "business": "elec",
        "platform": "instagram",
        "customer": "vale_dipietro",
        "lang": "it",
        "start": "2025-05-20T19:30:00",
        "messages": [
            ("c", "salve mi servirebbe installare una colonnina x l'auto elettrica nel box"),
            (
                "a",
                "Buonasera! Certo, installiamo wallbox {{PD:Wallbox Pulsar Plus}} e {{PD:Juice Booster}}. Casa singola o condominio?",
            ),
            (
                "c",
                "condominio, box n 8 nel cortile di [[A:viale Lombardia 212]] a [[L:Brugherio]]\nl'amministratore è il rag. [[P:Sironi]], devo chiedere a lui?",
            ),
            ("a", "Sì, serve la comunicazione all'amministratore. Vuole che gli scriviamo noi?"),
            (
                "c",
                "si grazie la sua mail è [[E:studio.sironi@example.it]]\nio sono [[P:Valentina Di Pietro]], il mio profilo se volete vedere la macchina [[U:https://www.tiktok.com/@vale_dipietro]] 😂",
            ),
            ("a", "Ahah bella! Procediamo. [[P:Davide]] - {{B:Elettro Pronto Brambati}}"),
        ],
    },
    {
        "business": "elec",
        "platform": "whatsapp",
        "customer": "Kwame",
        "lang": "en",
        "start": "2025-08-14T07:10:00",
        "messages": [
            (
                "c",
                "good morning sir, light in my kitchen make smoke and smell burn. i live [[L:Cologno Monzese]], [[A:via Mazzini 8 scala A interno 3]]",
            ),
            (
                "a",
                "Good morning, switch off the main breaker now please! Our technician can be there in 30 min. What's your name?",
            ),
            (
                "c",
                "[[P:Kwame Asante]]. name on bell is [[P:Asante Boateng]] because of my wife [[P:Abena]]",
            ),
            (
                "c",
                "i am from [[L:Kumasi]] [[L:Ghana]] but living here 6 years, my italian number [[T:(+39) 351 284 7790]]",
            ),
            (
                "a",
                "Thank you [[P:Kwame]]. [[P:Mirko]] is on the way. Even though it's {{W:Ferragosto}} tomorrow we are open 🙂",
            ),
        ],
    },
    # ---------------------------------------------------------------- wine shop shipping abroad
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "Lukas Hoffmann",
        "lang": "en",
        "start": "2025-02-03T18:25:00",
        "messages": [
            (
                "c",
                "hi, do you ship to [[L:Germany]]? I tasted your {{PD:Barolo Cannubi 2019}} on holiday in the [[L:Langhe]]",
            ),
            (
                "a",
                "Hello! Yes, we ship to all of the {{W:EU}} with temperature-controlled couriers. 6 bottles of {{PD:Barolo Cannubi 2019}} are {{$:€312}} + {{$:€29}} shipping.",
            ),
            (
                "c",
                "perfect. please send to [[P:Lukas Hoffmann]], [[A:Bergmannstraße 102, 3. OG]], [[A:10961]] [[L:Berlin]]",
            ),
            (
                "c",
                "if i'm not home the parcel can go to my neighbour Frau [[P:Weidinger]] in the same building",
            ),
            (
                "a",
                "Done, order {{O:TRC-20451}}. Tracking will follow by e-mail, which address should we use?",
            ),
            (
                "c",
                "[[E:lukas.hoffmann.wein@example.de]]. i pay by bank transfer from my german account [[I:DE21 5001 0517 0648 2139 57]]",
                "en",
            ),
            (
                "a",
                "Thank you! Tracking {{TR:1Z 999 AA1 01 2345 6784}}, expected delivery {{D:11 February}}.",
            ),
        ],
    },
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Paola Benedetti",
        "lang": "it",
        "start": "2025-11-25T10:00:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei mandare 3 cassette di natale ai miei figli all'estero, uno a [[L:Londra]] e una a [[L:Barcellona]], spedite anche in [[L:Svizzera]] x mio fratello?",
            ),
            (
                "a",
                "Buongiorno! In [[L:Svizzera]] sì, con sdoganamento, costa un po' di più ({{$:35 €}} a collo). Ci mandi pure gli indirizzi.",
            ),
            (
                "c",
                "1) [[P:Matteo Benedetti]], [[A:Flat 2B, 61 Railton Road]], [[L:London]] [[A:SE24 0LT]]\n2) [[P:Chiara Benedetti]], [[A:Calle de Pujades 71, 3º 2ª]], [[A:08005]] [[L:Barcelona]]",
            ),
            (
                "c",
                "3) mio fratello [[P:Umberto Benedetti]], [[A:Rue de Carouge 48]], [[A:1205]] [[L:Genève]]",
            ),
            (
                "a",
                "Perfetto. Per tutti e tre la {{PD:Cassetta Natale Piemonte}} con {{PD:Barbera d'Asti}}, {{PD:Moscato}} e {{PD:Torrone d'Alba}}? Totale {{$:267 €}} spedizioni incluse.",
            ),
            (
                "c",
                "si ma x [[P:Matteo]] mettete il {{PD:Prosecco}} invece del {{PD:moscato}} che nn gli piace\npago con bonifico, il mio iban è [[I:IT60 X054 2811 1010 0000 0123 456]]",
            ),
            (
                "a",
                "Grazie signora [[P:Benedetti]]! Ordini {{O:TRC-20977}}, {{O:TRC-20978}} e {{O:TRC-20979}}. Ci servono anche i numeri di telefono per i corrieri.",
            ),
            (
                "c",
                "[[P:matteo]] [[T:+44 20 7946 0321]], [[P:chiara]] [[T:+34 612 448 903]], [[P:umberto]] [[T:+41 22 310 44 87]]",
            ),
        ],
    },
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Carmen Ruiz Ortega",
        "lang": "it",
        "start": "2025-03-14T15:35:00",
        "messages": [
            (
                "c",
                "hola! scusa il mio italiano, io sono [[P:Carmen Ruiz Ortega]], ho comprato in negozio quando ero a [[L:Alba]] la settimana scorsa",
            ),
            (
                "c",
                "volevo altre 12 bottiglie del {{PD:Nebbiolo d'Alba}} spedite a casa mia in [[L:Spagna]], a [[L:Sevilla]]",
            ),
            (
                "a",
                "¡Hola [[P:Carmen]]! Certo, spediamo in [[L:Spagna]] in 4-5 giorni. L'indirizzo?",
            ),
            (
                "c",
                "[[A:Calle Feria 34, 2º izquierda]], [[A:41003]] [[L:Sevilla]]. mi marido se llama [[P:Javier Mena]], si no estoy yo lo recibe él",
                "es",
            ),
            (
                "a",
                "Perfetto, ordine {{O:TRC-21102}} per {{$:228 €}}, causale {{R:IT25 TRC0 0002 1102 2025}}. Pagamento con carta tramite link sicuro. Buona serata! [[P:Ottavio]]",
            ),
            ("c", "grazie [[P:ottavio]]!! 🍷", "it"),
        ],
    },
    {
        "business": "wine",
        "platform": "telegram",
        "customer": "Mei Lin",
        "lang": "en",
        "start": "2025-06-10T03:50:00",
        "messages": [
            (
                "c",
                "hello, i run wine club with friends in [[L:Singapore]], can you send 24 bottles? my telegram is [[H:@meilin_vino]]",
            ),
            (
                "a",
                "Hello! Shipping to [[L:Singapore]] is possible via air freight with excise paid. Could you give us the delivery address?",
            ),
            (
                "c",
                "[[A:Blk 231 Bain Street #04-17]], [[L:Singapore]] [[A:180231]]\nattention to [[P:Tan Wei Ming]] he is my husband",
            ),
            (
                "a",
                "Thank you. For Asia we suggest the {{PD:Roero Arneis}} and the {{PD:Dolcetto di Dogliani}}; total {{$:€590}} incl. freight, order {{O:TRC-21540}}.",
            ),
            ("c", "ok. i send deposit from my card [[C:5425-2334-3010-9903]] ok?"),
            (
                "a",
                "Please don't send card numbers here 🙏 we'll e-mail you a secure link. Which e-mail?",
            ),
            ("c", "[[E:meilin(at)example(dot)sg]] thx"),
        ],
    },
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Giorgio",
        "lang": "it",
        "start": "2025-10-06T12:45:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:Giorgio Marchisio]], regalo x il matrimonio di un amico, 6 {{PD:Barbaresco}} a [[L:Parigi]], si può?",
            ),
            ("a", "Ciao [[P:Giorgio]]! Sì, in [[L:Francia]] consegniamo in 3 giorni. Chi riceve?"),
            ("c", "[[P:Aurélien Dubois]] et [[P:Margaux]], [[A:17 rue des Martyrs]]"),
            ("c", "[[A:75009]] [[L:Paris]], [[A:3e étage gauche]]"),
            ("a", "Grazie! Ordine {{O:TRC-22016}}, totale {{$:198 €}}. Vuoi un biglietto?"),
            (
                "c",
                'si scrivete "a [[P:Aurélien]] e [[P:Margaux]], con affetto da [[P:Giorgio]] e [[P:Fede]]" 🥂',
            ),
            ("a", "Perfetto, fatto! Ti arriva il tracking {{TR:CB 402 118 853 IT}} appena parte."),
        ],
    },
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Sean O'Reilly",
        "lang": "en",
        "start": "2025-08-21T20:15:00",
        "messages": [
            (
                "c",
                "hey lads, moved from [[L:Dublin]] to [[L:Boston]] last year and miss the {{PD:Amarone}} you sent me back home. do you ship to the [[L:US]]?",
            ),
            (
                "a",
                "Hi [[P:Sean]]! Unfortunately we can't ship to the {{W:United States}} directly, but we use an importer in {{W:New Jersey}} who delivers to {{W:Massachusetts}}.",
            ),
            ("c", "grand. address is [[A:88 Beacon St, Apt 5C]], [[L:Boston]], [[A:MA 02108]]"),
            (
                "c",
                "and my mam still lives at [[A:12 Ranelagh Road]], [[L:Dublin 6]], [[A:D06 X2P4]] if ye can send her a box of {{PD:Valpolicella Ripasso}} for her birthday {{D:September 3}}",
            ),
            ("a", "Lovely idea! That's order {{O:3402 291 887}}. What's her name for the card?"),
            ("c", "[[P:Maureen O'Reilly]]. my number in the [[L:States]] is [[T:(617) 555-0148]]"),
            ("a", "Thanks! And a phone for the courier in [[L:Ireland]]?"),
            (
                "c",
                "mam's landline [[T:01 496 0732]], or my sister [[P:Siobhán]] lives round the corner in [[L:Rathmines]], she's [[T:087 712 3344]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- tailor at home
    {
        "business": "tailor",
        "platform": "instagram",
        "customer": "noemi.sposa2025",
        "lang": "it",
        "start": "2025-04-28T21:05:00",
        "messages": [
            (
                "c",
                "ciaoo mi sposo a giugno e l'abito {{B:Pronovias}} è da stringere in vita e accorciare 👰 venite a casa??",
            ),
            (
                "a",
                "Ciao e auguri!! Sì, veniamo a domicilio a {{W:Milano}} e provincia. Dove abiti?",
            ),
            (
                "c",
                "a [[L:Rho]], [[A:via Madonna 31]]\nè la villetta con il cancello {{W:bordeaux}}, citofono [[P:Galli-Ferrario]]",
            ),
            (
                "a",
                "Perfetto. Prima prova {{D:sabato 10 maggio}} alle {{TM:10:30}}? La modifica completa è sui {{$:180 €}}. [[P:Graziella]]",
            ),
            (
                "c",
                "siii! ci sarà anche mia mamma [[P:Franca]] e la mia testimone [[P:Ludo]] 😍 io sono [[P:Noemi Galli]] cmq",
            ),
            (
                "c",
                "ah il mio futuro marito [[P:Tommaso]] nn deve vedere niente quindi se vi scrive nn ditegli nulla 🤫",
            ),
            ("a", "Segreto professionale 🤐 A sabato [[P:Noemi]]!"),
        ],
    },
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Dragan Petrović",
        "lang": "it",
        "start": "2025-05-14T08:20:00",
        "messages": [
            (
                "c",
                "buongiorno signora, io [[P:Dragan Petrović]], ho 3 pantaloni da fare orlo e una giacca da allargare, io lavoro tutto il giorno",
            ),
            (
                "c",
                "potete venire la sera a casa? [[A:via Rovereto 5]] [[L:Trieste]], vicino {{W:Piazza Unità}}, 4 piano",
            ),
            (
                "a",
                "Buongiorno [[P:Dragan]]! Sì, la sera dopo le {{TM:19}} veniamo. Orlo {{$:12 €}} a capo, allargare giacca {{$:35 €}}.",
            ),
            (
                "c",
                "bene. mia moglie [[P:Jelena]] è a casa dalle {{TM:6}}, se io ritardo lei apre. il numero di lei [[T:+385 91 442 7130]] è croato",
            ),
            ("c", "io sono di [[L:Spalato]] ma tu scrivi italiano no problema 👍"),
            ("a", "Perfetto, allora {{D:mercoledì 21}} alle {{TM:19:30}}. [[P:Graziella]]"),
        ],
    },
    {
        "business": "tailor",
        "platform": "messenger",
        "customer": "Eleanor Whitfield",
        "lang": "en",
        "start": "2025-09-08T11:50:00",
        "messages": [
            (
                "c",
                "hello, i'm staying in [[L:Lucca]] for a month and need a linen suit taken in, i lost weight walking the {{W:Mura}} every day haha",
            ),
            ("a", "Hello! We can come to you. Where are you staying?"),
            (
                "c",
                "a rented flat at [[A:via Fillungo 77]], second bell says [[P:Pardini]], that's the owner",
            ),
            (
                "c",
                "i'm [[P:Eleanor Whitfield]] from [[L:Bath]], back home on the {{D:2nd of October}}, so it has to be ready before 🙏",
            ),
            (
                "a",
                "No problem, [[P:Eleanor]]. Taking in jacket and trousers is {{$:€85}}, ready in 5 days. Our colleague [[P:Ines]] will come {{D:Wednesday}}.",
            ),
            (
                "c",
                "lovely. also my friend [[P:Hope]] wants her {{B:Max Mara}} coat shortened, she's staying in [[L:Lucca]] too, just {{W:hope}} you have time lol",
            ),
            ("c", "her insta is [[U:instagram.com/hope.m.travels]] if you want to message her"),
        ],
    },
    {
        "business": "tailor",
        "platform": "telegram",
        "customer": "Ahmed Saleh",
        "lang": "en",
        "start": "2025-10-13T17:30:00",
        "messages": [
            (
                "c",
                "hi, i have 5 thobes and 2 suits to adjust for my father's visit from [[L:Amman]]",
            ),
            ("a", "Hello! Sure. Can we come to your home? Which area?"),
            (
                "c",
                "yes [[L:Parma]], [[A:strada Farini 41, int. 6]]\nmy father [[P:Khaled Saleh]] arrives {{D:October 20}}",
            ),
            (
                "a",
                "Great, everything ready by {{D:the 18th}}? Total around {{$:€160}}. We can invoice to a codice fiscale if you want.",
            ),
            (
                "c",
                "yes cf is [[CF:KMRDVD79T14F205H]] wait no that's my colleague [[P:Davide]]'s lol. mine: [[CF:SNTGPP60A01L219N]]",
            ),
            (
                "c",
                "and pls don't bring any {{PD:Parmigiano Reggiano}} as gift again hahah my fridge is full of it 😂",
            ),
            ("a", "Haha noted 😄 See you {{D:Thursday}} at {{TM:6pm}}."),
        ],
    },
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Carla",
        "lang": "it",
        "start": "2025-11-03T09:40:00",
        "messages": [
            ("c", "buongiorno ho le tende da accorciare a casa di mia suocera ma io vivo fuori"),
            ("a", "Buongiorno! Nessun problema, ci dice dove e con chi dobbiamo accordarci?"),
            (
                "c",
                "la suocera è la sig.ra [[P:Delbello Ornella]], sta a [[L:Muggia]] in [[A:località Chiampore 18]]",
            ),
            (
                "c",
                "io sono [[P:Carla Zennaro]] e abito a [[L:Vicenza]] ma vengo su il weekend\nil fisso di [[P:ornella]] è [[T:040 / 927 48 13]]",
            ),
            (
                "a",
                "Grazie [[P:Carla]]. Le tende sono in lino? Per 4 teli il costo è {{$:120 €}}, presa misure {{D:venerdì 7}}.",
            ),
            (
                "c",
                "sì lino color {{W:salvia}}. ah e la mia mail [[E:carla.zennaro chiocciola example.it]] x la ricevuta",
            ),
        ],
    },
    {
        "business": "tailor",
        "platform": "instagram",
        "customer": "rafa_cuts",
        "lang": "en",
        "start": "2025-12-01T14:15:00",
        "messages": [
            (
                "c",
                "yo! need a suit fixed for a wedding in [[L:Positano]] next week, i'm in [[L:Milan]] till {{D:friday}}. can u do express",
            ),
            ("a", "Hi! Express service in 48h is possible, +{{$:€40}}. Where are you staying?"),
            (
                "c",
                'airbnb in [[L:Isola]], [[A:via Borsieri 14]] [[A:20159]], ring "[[P:Bellandi]]"\nname\'s [[P:Rafael Moreno]], from [[L:Valencia]] originally',
            ),
            (
                "c",
                "my stuff is on [[U:linktr.ee/rafacuts]] if u wanna see the fit lol, or [[H:rafa_cuts]] on insta",
            ),
            (
                "a",
                "Thanks [[P:Rafael]]! [[P:Ines]] will come {{D:tomorrow}} at {{TM:8:45}}, before your day starts. Booking {{R:SDN-1204}}.",
            ),
            ("c", "legend 🙌 ps the jacket is {{B:Zegna}}, handle w care 😅"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(87, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
