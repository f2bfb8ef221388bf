# ruff: noqa: E501
"""Hand-written blind test corpus no. 116 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
phone number, e-mail, address and account in it is invented. The checksummed identifiers
(IBANs, card numbers, codici fiscali, partite IVA, the German VAT numbers) were computed once
with python-stdnum (IBAN check digits, Luhn, codice fiscale check letter, ISO 7064 mod 11,10)
and pasted here as literals, so the file needs nothing but the markup module beside it.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive.

The businesses: a moving and storage company in Genoa, a pastry shop taking cake orders in
Naples, an eyewear shop in Brescia, a co-working space in Florence, an olive-oil farm in Umbria
shipping by mail, and a tattoo studio in Milan.

Regenerate with ``.venv/bin/python make_handwritten116_corpus.py`` from this folder;
it writes ``handwritten116_corpus.jsonl`` beside itself, byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten116_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "parodi": "Traslochi Parodi & Figli",
    "carmela": "Pasticceria Nonna Carmela",
    "bonomi": "Ottica Bonomi Brescia",
    "ventuno": "Officina Ventuno Coworking",
    "sereno": "Frantoio Colle Sereno",
    "agolupo": "Ago & Lupo Tattoo Studio",
}
PAGE_IDS: dict[str, str] = {
    "parodi": "716940218830451",
    "carmela": "716940377102968",
    "bonomi": "716940504417723",
    "ventuno": "716940639925104",
    "sereno": "716940781146390",
    "agolupo": "716940892053317",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ moving, Genoa
    {
        "business": "parodi",
        "platform": "whatsapp",
        "customer": "Giorgia Lanzafame",
        "lang": "it",
        "start": "2025-03-03T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei un preventivo x trasloco da [[L:Sampierdarena]] a [[L:Chiavari]] fine mese\nsono [[P:giorgia lanzafame]] trilocale 3 piano senza ascensore 😅",
            ),
            (
                "a",
                "Buongiorno [[P:Giorgia]], grazie per averci scritto! Per il sopralluogo gratuito ci servono l'indirizzo di partenza e un recapito. Fine mese si può fare 👍\n[[P:Sara]] - {{B:Traslochi Parodi & Figli}}",
            ),
            (
                "c",
                "[[A:via Cantore 118/9 scala C]] [[A:16149]]\ncitofono [[P:Lanzafame]] / [[P:Brizzi]] (il mio compagno)\ncell [[T:347 812 0954]]",
            ),
            (
                "c",
                "se nn rispondo chiamate mio fratello [[P:Totò]] [[T:+39 329\n441 7736]] che lavora in porto e ha sempre il tel in tasca",
            ),
            (
                "a",
                "Perfetto, segnato tutto. Sopralluogo {{D:giovedì 13}} alle {{TM:10:30}}, passerà il nostro caposquadra [[P:Ivano]]. Numero preventivo {{R:PRV-2025-0417}}.",
            ),
            (
                "c",
                "ok grz 👍 cmq la casa nuova a [[L:chiavari]] è in [[A:corso Dante 54 secondo piano]], c'è l'ascensore meno male",
            ),
            (
                "c",
                "x la fattura mettete pure la mia mail [[E:giorgia.lanzafame@example.it]] e il cf [[CF:LNZGRG93P63D969V]]",
            ),
            ("a", "Grazie, lo aggiungo al preventivo {{R:PRV-2025-0417}}. A giovedì!\n[[P:Sara]]"),
        ],
    },
    {
        "business": "parodi",
        "platform": "messenger",
        "customer": "Seun Adeyemi",
        "lang": "en",
        "start": "2025-03-05T17:40:00",
        "messages": [
            (
                "c",
                "hi there do u do storage? moving from [[L:Lagos]] to [[L:genoa]] for work in april, my stuff comes by container",
            ),
            (
                "a",
                "Hi! Yes, we have a self-storage warehouse in {{W:Campi}}, boxes from {{$:€89}}/month, and we can collect straight from the port. Could you give me your name and an email so I can send a quote? [[P:Davide]] from the team",
            ),
            (
                "c",
                "[[P:Oluwaseun Adeyemi]] but everybody says [[P:Seun]]\nemail [[E:seun dot adeyemi at mailbox dot ng]]... no wait use the work one [[E:o.adeyemi@marinetek-example.com]]",
            ),
            (
                "c",
                "container ref {{TR:MSCU4471203}}. my wife [[P:Folake]] arrives one week later, her number [[T:+234 803 417 2290]]",
            ),
            (
                "a",
                "Thanks [[P:Seun]]! As soon as {{TR:MSCU4471203}} clears customs at the {{W:Ponte Somalia}} terminal we pick it up. Where will you live in town?",
            ),
            (
                "c",
                "flat is [[A:Via XX Settembre 31/5]] [[A:16121]], the landlord mr [[P:Gamberini]] has the keys till the 1st",
            ),
            (
                "c",
                "for the customs form they want also my old address: [[A:12 Adeola Odeku Street]], [[L:Victoria Island]]",
            ),
            (
                "a",
                "Great. Quote {{R:Q-GE-2291}} sent to your work email, storage starts {{D:1 April}}.\n[[P:Davide]]",
            ),
        ],
    },
    {
        "business": "parodi",
        "platform": "messenger",
        "customer": "Piero Ghiglione",
        "lang": "it",
        "start": "2025-03-10T09:02:00",
        "messages": [
            (
                "c",
                "Salve. Sono il geom. [[P:Piero Ghiglione]], dovrei spostare l'archivio del mio studio da [[A:salita S. Caterina 4/2]] al magazzino di mio cognato a [[L:Bolzaneto]]. Fattura intestata allo studio, P.IVA [[V:02457810154]].",
            ),
            (
                "a",
                "Buongiorno geom. [[P:Ghiglione]], certo. Per il deposito temporaneo chiediamo una cauzione di {{$:200 €}}, che restituiamo a fine servizio. Ci lascia un IBAN per la restituzione?",
            ),
            ("c", "[[I:IT60X0542811101000000123456]] intestato [[P:Ghiglione Piero]]"),
            (
                "c",
                "mio cognato si chiama [[P:Franco Bacigalupo]], il magazzino è in [[A:via Pastorino 88 rosso]], tel fisso [[T:010 746 2281]]",
            ),
            (
                "a",
                "Perfetto. Vi mandiamo la pro-forma {{R:FT-2025/118}}. Il furgone arriva {{D:lunedì 17 marzo}} tra le {{TM:8}} e le {{TM:9}}.\nCordiali saluti, [[P:Sara Queirolo]]",
            ),
            ("c", "bene. sono 12 scatoloni e un armadio di ferro. Cordialità\n[[P:Ghiglione]]"),
        ],
    },
    {
        "business": "parodi",
        "platform": "instagram",
        "customer": "lena.vogt",
        "lang": "en",
        "start": "2025-03-14T19:25:00",
        "messages": [
            (
                "c",
                "hallo! sorry my italian is bad.. ich bin [[P:Lena]] from [[L:Freiburg]], erasmus at {{W:Unige}}, I need to move small things from [[L:Albaro]] to [[L:Castelletto]]",
            ),
            (
                "a",
                "Hi [[P:Lena]]! No problem, we have the {{PD:Pacchetto Studente}}: small van + 2 guys, {{$:€149}}. Where are you now exactly?",
            ),
            (
                "c",
                "[[A:via Pisacane 12]] 4th floor no lift hahah 🙃\nnew one is [[A:Spianata Castelletto 8 int 3]]",
            ),
            (
                "c",
                "provo in italiano: il mio numero è [[T:+49 1521 7340816]] e la mail [[E:lena.vogt98@example.de]]",
                "it",
            ),
            (
                "a",
                "Bravissima [[P:Lena]], il tuo italiano va benissimo! Confermo {{D:sabato 22}} ore {{TM:9:00}}, ordine {{O:TRS-55810}}.\n[[P:Davide]]",
                "it",
            ),
            (
                "c",
                "danke!! ah my flatmate [[P:Inês]] also wants to move a desk, she is on insta [[H:@ines.caramujo]] can u write her?",
            ),
        ],
    },
    {
        "business": "parodi",
        "platform": "telegram",
        "customer": "Rocco",
        "lang": "it",
        "start": "2025-03-23T20:48:00",
        "messages": [
            (
                "c",
                "buonasera nel trasloco di ieri mi avete rotto lo specchio della nonna 😡😡 ordine {{O:TRS-55347}}",
            ),
            (
                "a",
                "Buonasera, ci dispiace davvero. Può dirci nome e cognome dell'intestatario del contratto?",
            ),
            (
                "c",
                "io sono [[P:Rocco Marras]] ma il contratto era a nome di mia moglie [[P:Annalisa Pittaluga]]\nle foto le ho messe qui [[U:https://www.flickr.com/photos/rocco_marras_ge]]",
            ),
            (
                "a",
                "Grazie sig. [[P:Marras]]. Apriamo la pratica assicurativa {{R:SIN-0932}}. Per il rimborso ci servono il codice fiscale della sig.ra [[P:Pittaluga]] e un IBAN a lei intestato.",
            ),
            (
                "c",
                "cf [[CF:PTTNLS85M41D969M]]\niban [[I:IT97K0306909606100000063917]]\nspero di vedere i soldi presto cmq",
            ),
            ("a", "Ricevuto, la perizia arriva entro {{D:venerdì}}. Ancora scuse.\n[[P:Sara]]"),
        ],
    },
    # ------------------------------------------------------------------ pastry shop, Naples
    {
        "business": "carmela",
        "platform": "whatsapp",
        "customer": "Rosa Esposito",
        "lang": "it",
        "start": "2025-02-26T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno volevo ordinare una torta x il compleanno di mia figlia [[P:Asia]] fa 6 anni 🎂 tema {{B:Frozen}}",
            ),
            (
                "a",
                "Buongiorno! Che bello 😍 Per quante persone? Vanno molto il {{PD:Pan di Spagna crema e fragole}} e la {{PD:Delizia al limone}}.",
            ),
            (
                "c",
                "tipo 20 persone, pan di spagna. scrivete sopra tanti auguri [[P:asia]]\nah il nome x l'ordine è [[P:Rosa Esposito]] e ritira mio marito [[P:Gennaro]]",
            ),
            (
                "a",
                'Perfetto signora [[P:Esposito]]! Torta 20 porzioni {{$:€65}}, glassa {{W:rosa}} e azzurra, scritta "Tanti auguri [[P:Asia]]". Ritiro {{D:sabato 8 marzo}} dalle {{TM:10}}. Ordine {{O:NC-0308-14}}.\n[[P:Titti]] 🍰',
            ),
            ("c", "si grz. il numero di mio marito se serve [[T:338.204.7719]]"),
            (
                "c",
                "se nn rispondiamo scrivete a mia sorella [[P:Carmen]] su insta [[H:@carmen_espo]] o al [[T:+39 331 907 4412]]",
            ),
            ("c", "ah pls niente nocciole che il cuginetto [[P:Kevin]] è allergico"),
            ("a", "Segnato: senza nocciole 👍 Ci vediamo sabato!"),
        ],
    },
    {
        "business": "carmela",
        "platform": "instagram",
        "customer": "priya.r",
        "lang": "en",
        "start": "2025-03-02T21:14:00",
        "messages": [
            (
                "c",
                "hiii do u ship babà in jars to the [[L:UK]]? my husband's nonna is obsessed lol",
            ),
            (
                "a",
                "Hi! Yes we do 😊 Our {{PD:Babà al rum in barattolo}} travels well, 6 jars with shipping are {{$:£54}}.",
            ),
            (
                "c",
                "amazing 6 pls!! name [[P:Priya Raghunathan]]\naddress [[A:Flat 4B, 19 Hartfield Crescent]], [[L:London]] [[A:SE14 6RT]]\nphone [[T:+44 7700 912 334]]",
            ),
            (
                "c",
                'its a gift for his nonna, mrs [[P:Halina Kowalczyk]], can u put a card "from [[P:priya]] & [[P:dev]]" 💕\nand can I pay by card [[C:4539 7812 0045 1133]]',
            ),
            (
                "a",
                "Lovely idea [[P:Priya]]! Please don't send card numbers in chat, I'll send you a secure payment link now. Order {{O:NC-UK-2207}}, it ships with {{B:DHL}} on {{D:Monday}}.\n[[P:Ciro]]",
            ),
            ("a", "Paid, thank you! Tracking {{TR:JJD000390007812345}} 📦\n[[P:Ciro]]"),
        ],
    },
    {
        "business": "carmela",
        "platform": "messenger",
        "customer": "Mariano De Luca Capasso",
        "lang": "it",
        "start": "2025-03-06T11:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Mariano De Luca Capasso]] di {{B:Capasso Impianti srl}}. Ci servono 200 sfogliatelle e 100 babà per il {{D:21 marzo}}, inauguriamo la nuova sede a [[L:Pozzuoli]].\nFattura a {{B:Capasso Impianti srl}} P.IVA [[V:03812650129]]",
            ),
            (
                "a",
                "Buongiorno dott. [[P:De Luca Capasso]]! 200 {{PD:sfogliatelle ricce}} + 100 {{PD:babà}} = {{$:€540}} più la consegna. Ci manda l'indirizzo esatto?",
            ),
            (
                "c",
                "[[A:via Campi Flegrei 41]] [[A:80078]] [[L:Pozzuoli]], chiedete della segretaria [[P:Immacolata]] (per tutti [[P:Titina]]) [[T:081 526 3390]]",
            ),
            (
                "c",
                "la fattura mandatela alla pec [[E:amministrazione.capassoimpianti@pec-example.it]]",
            ),
            (
                "c",
                "le zeppole invece le paga l'altra società, {{B:DLC Servizi}}, P.IVA [[V:06429580639]]",
            ),
            (
                "a",
                "Preventivo {{R:PREV-NC-0451}} inviato alla pec. Consegna alle {{TM:9:30}} del {{D:21}}.\n[[P:Ciro]] - {{B:Pasticceria Nonna Carmela}}",
            ),
        ],
    },
    {
        "business": "carmela",
        "platform": "telegram",
        "customer": "Lucia Wang",
        "lang": "it",
        "start": "2025-04-07T15:22:00",
        "messages": [
            (
                "c",
                "ciao io volere pastiera per pasqua, 2 grande\nmio nome [[P:Wang Xiuying]], nome italiano [[P:Lucia]]",
            ),
            (
                "a",
                "Ciao [[P:Lucia]]! Due {{PD:pastiere}} grandi, {{$:€28}} l'una. Ritiro in negozio o consegna?",
            ),
            (
                "c",
                "consegna. io abito [[A:via Duomo 218]] sopra negozio telefoni, se io no c'è dare a mio marito [[P:Chen Wei]]",
            ),
            ("c", "telefono [[T:3201187465]]"),
            (
                "a",
                "Perfetto, consegna {{D:19 aprile}} la mattina. Ordine {{O:NC-PAS-077}}. Buona Pasqua! 🐣 [[P:Titti]]",
            ),
            ("c", "grazie mille tanto buono. mio wechat [[H:lucia_wang88]] se serve"),
        ],
    },
    {
        "business": "carmela",
        "platform": "whatsapp",
        "customer": "Camila",
        "lang": "en",
        "start": "2025-03-11T18:47:00",
        "messages": [
            (
                "c",
                "hola! sorry, hi 😅 I'm getting married in [[L:Sorrento]] in june and we want the cake from you",
            ),
            (
                "c",
                "me llamo [[P:Camila Restrepo Ortiz]], my fiancé is [[P:Tommaso]] (he's from [[L:Vomero]] lol)",
            ),
            (
                "a",
                "Congratulations [[P:Camila]]! 🎉 For weddings we do a tasting at the shop first. Our {{PD:Millefoglie Nonna Carmela}} is very popular for weddings.",
            ),
            (
                "c",
                "tasting on {{D:april 5}}? email is [[E:camila.restrepo[at]correo-example[dot]co]]",
            ),
            (
                "c",
                "¿también hacen sin gluten? mi mamá [[P:Gloria]] es celíaca y viene desde [[L:Medellín]]",
                "es",
            ),
            (
                "a",
                "Sì, yes! We can make one gluten-free tier. Tasting {{D:5 April}} at {{TM:4 pm}}, ref {{R:WED-2025-031}}. [[P:Ciro]]",
            ),
            ("c", "perfecto gracias!! my whatsapp [[T:+57 310 482 7719]]"),
        ],
    },
    {
        "business": "carmela",
        "platform": "instagram",
        "customer": "marti.mangia.napoli",
        "lang": "it",
        "start": "2025-03-15T13:10:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Martina]] ([[H:@marti.mangia.napoli]]) faccio food blogging, vorrei fare un reel da voi 🥐",
            ),
            (
                "c",
                "il mio blog è [[U:martinamangianapoli.it]] e su tiktok [[U:tiktok.com/@marti.mangia.napoli]]",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! Ne saremmo felici 😊 Per {{W:San Giuseppe}} facciamo le zeppole e la nuova {{PD:Sfogliatella Santa Rosa}}, potrebbe essere il momento giusto.",
            ),
            (
                "c",
                "topp!! vengo con la mia amica [[P:Bianca]] che fa le foto, lei è [[H:bianca.scatta]]",
            ),
            (
                "a",
                "Portala pure! Vi aspettiamo {{D:19 marzo}} alle {{TM:15:30}}, la crema sarà ancora calda 😄\n[[P:Titti]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ eyewear, Brescia
    {
        "business": "bonomi",
        "platform": "whatsapp",
        "customer": "Marco Bertoli",
        "lang": "it",
        "start": "2025-02-18T16:55:00",
        "messages": [
            ("c", "buongiorno sono pronti gli occhiali di mia mamma? [[P:Teresa Bertoli]]"),
            (
                "a",
                "Buongiorno! Sì, le {{PD:lenti progressive Varilux}} sono arrivate ieri, montatura {{PD:Silhouette}} titanio.",
            ),
            (
                "c",
                "ok per la detrazione serve lo scontrino col suo cf: [[CF:BRTTRS52H49B157A]]\npassa a ritirarli il figlio cioè io [[P:Marco]] dopo le 18",
            ),
            (
                "c",
                "la fattura della montatura mia invece a [[E:marco.bertoli90@example.it]], cf [[CF:BRTMRC90A01B157U]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Bertoli]], totale {{$:€420}}, scontrino parlante col cf [[CF:BRTTRS52H49B157A]]. Siamo aperti fino alle {{TM:19:30}}.\n[[P:Elena]] - {{B:Ottica Bonomi}}",
            ),
            (
                "c",
                "grazie. il dott. [[P:Zanardelli]] ha detto di ricontrollare la vista tra 6 mesi, lo segnate voi?",
            ),
            ("a", "Certo, ve lo ricordiamo noi a {{D:settembre}} 👓"),
        ],
    },
    {
        "business": "bonomi",
        "platform": "messenger",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2025-03-19T07:48:00",
        "messages": [
            (
                "c",
                "hello urgent!! my glasses broke, I am in [[L:brescia]] for a conference till friday, can you fix today?",
            ),
            (
                "a",
                "Good morning! Bring them in, we're in {{W:Corso Zanardelli}} a few steps from {{W:Piazza della Loggia}}, open from {{TM:9:00}}.",
            ),
            (
                "c",
                "thanks. I'm [[P:Arjun Mehta]], my colleague [[P:Deepika]] will bring them if I'm stuck in sessions, her phone [[T:+91 98200 43117]]",
            ),
            ("a", "New hinge fitted, {{$:€25}}. Do you need an invoice for your company?"),
            (
                "c",
                "yes pls, company is in [[L:Germany]] actually, VAT [[V:DE813452675]], billing [[E:arjun.mehta@kronberg-systems.example]]\nI'll pay amex [[C:3793 545081 62306]]",
            ),
            (
                "a",
                "Please don't write card numbers here, you can tap the card at the till 🙂 Invoice {{R:FT-BS-00981}} is ready. Safe travels [[P:Arjun]]!\n[[P:Matteo]]",
            ),
        ],
    },
    {
        "business": "bonomi",
        "platform": "instagram",
        "customer": "fede_bresa02",
        "lang": "it",
        "start": "2025-03-21T22:03:00",
        "messages": [
            (
                "c",
                "bella raga avete i {{PD:Ray-Ban Wayfarer}} neri?? sono [[H:fede_bresa02]] cmq [[P:Fede Pasinetti]]",
            ),
            (
                "a",
                "Ciao [[P:Fede]]! Sì, {{PD:Ray-Ban RB2140}} {{W:nero}} lucido, {{$:€159}}. Te li teniamo da parte?",
            ),
            ("c", "si x sabato, li paga la mia ragazza [[P:Speranza]] ahah è un regalo 🤫"),
            (
                "c",
                "no aspetta pago io online, carta [[C:5355-1020-7731-4601]] va bene? 😅 [[P:speranza]] nn deve sapere niente",
            ),
            (
                "c",
                "anzi nn sono di brescia sono di [[L:Lumezzane]] 😂 se li spedite meglio\n[[A:via Montini 77]] [[A:25065]] [[L:Lumezzane]]",
            ),
            (
                "a",
                "Nessun problema! Spedizione {{$:€7}}, partono {{D:domani}}. Tracking {{TR:BRT 0587 2291 4410}}. Con la {{W:speranza}} che piacciano 😄\n[[P:Matteo]]",
            ),
        ],
    },
    {
        "business": "bonomi",
        "platform": "whatsapp",
        "customer": "Amélie Fournier",
        "lang": "en",
        "start": "2025-03-25T12:31:00",
        "messages": [
            (
                "c",
                "bonjour, je voudrais renouveler mes lentilles... sorry I write english ok? I'm [[P:Amélie Fournier]]",
                "fr",
            ),
            (
                "a",
                "Of course! Your {{PD:Acuvue Oasys}} subscription, ref {{R:LAC-4471}}, is due in April.",
            ),
            ("c", "yes. for the SEPA direct debit use this pls [[I:IT06Q0200801633000104587221]]"),
            (
                "c",
                "scusate provo in italiano: mi sono trasferita in [[A:via Solferino 19/B]], il cap è cambiato, ora è [[A:25122]]",
                "it",
            ),
            (
                "a",
                "Perfetto [[P:Amélie]], aggiornato tutto! Le prossime lenti arrivano il {{D:2 aprile}}.\n[[P:Elena]]",
                "it",
            ),
            ("c", "merci! et mon numéro français a changé: [[T:+33 6 12 48 90 37]]", "fr"),
            (
                "c",
                "also my old address in [[L:Lyon]] is still on the account, [[A:8 rue Mercière]] [[A:69002]], pls delete it",
            ),
        ],
    },
    {
        "business": "bonomi",
        "platform": "telegram",
        "customer": "Jolanta K.",
        "lang": "it",
        "start": "2025-04-01T10:14:00",
        "messages": [
            ("c", "Buongiorno vorrei prenotare visita della vista per mio marito"),
            (
                "c",
                "si chiama [[P:Kaczmarek]], K come kappa, [[P:K A C Z M A R E K]], nome [[P:Stanisław]]",
            ),
            (
                "a",
                "Grazie! Prenotato per il sig. [[P:Stanisław Kaczmarek]] {{D:martedì 8 aprile}} ore {{TM:16:20}}, codice prenotazione {{R:VIS-3390}}.",
            ),
            (
                "c",
                "io sono [[P:Jolanta]] la moglie, telefono di casa [[T:030 / 224 5518]], lui non usa il telefonino",
            ),
            ("a", "Grazie sig.ra [[P:Jolanta]], a martedì. [[P:Matteo]]"),
        ],
    },
    # ------------------------------------------------------------------ co-working, Florence
    {
        "business": "ventuno",
        "platform": "messenger",
        "customer": "Jake Morrow",
        "lang": "en",
        "start": "2025-02-24T14:20:00",
        "messages": [
            (
                "c",
                "hey! remote {{W:dev}} from [[L:Portland]], I'll be in [[L:florence]] for 3 months, looking for a fixed desk",
            ),
            (
                "a",
                "Hi and welcome! 🌻 A fixed desk is {{$:€240}}/month, 24/7 access and lockers. When would you start?",
            ),
            (
                "c",
                "{{D:march 3}}. [[P:Jake Morrow]], [[E:jake@jakemorrow.dev]], site [[U:https://jakemorrow.dev]] and [[U:github.com/jmorrow-codes]]",
            ),
            (
                "c",
                "invoice to my US LLC pls:\n[[A:2210 NE Alberta St Apt 5]]\n[[L:Portland]], [[L:OR]] [[A:97211]]",
            ),
            (
                "a",
                "Got it [[P:Jake]]! Welcome pack {{R:OV21-INV-0088}} will be on your desk. Anything for the network?",
            ),
            (
                "c",
                "yeah pls whitelist my home IP [[IP:73.164.220.18]] and my server [[IP:2601:1c2:4b00:7e30::2f]] for the VPN",
            ),
            (
                "c",
                "oh and my girlfriend [[P:Maddie]] might drop by to work some days, she paints, [[U:instagram.com/maddie.paints.pdx]]",
            ),
            ("a", "Done ✅ [[P:Luca]] from the team"),
        ],
    },
    {
        "business": "ventuno",
        "platform": "whatsapp",
        "customer": "Valeria Colombo",
        "lang": "it",
        "start": "2025-03-12T09:37:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Valeria Colombo]], grafica freelance, p iva [[V:01733940546]] cf [[CF:CLMVLR88T62D612W]]\nvorrei la sala riunioni giovedì",
            ),
            (
                "a",
                "Ciao [[P:Valeria]]! La {{PD:Sala Brunelleschi}} è libera, {{$:€35}}/ora con schermo e lavagna.",
            ),
            (
                "c",
                "perfetto x {{D:giovedì 20}} {{TM:14-18}}, vengono 2 clienti: [[P:Lorenzo Bianchi]] e [[P:Khadija El Amrani]]",
            ),
            (
                "c",
                "e un badge x la mia socia [[P:Ginevra]] pls, la sua mail [[E:ginevra.p@studio-example.it]]",
            ),
            (
                "a",
                "Tutto prenotato, ref {{R:SALA-0320-B}}. Il badge di [[P:Ginevra]] lo trovate all'ingresso di {{W:via dei Serragli}}.\n[[P:Chiara]] - {{B:Officina Ventuno}}",
            ),
        ],
    },
    {
        "business": "ventuno",
        "platform": "instagram",
        "customer": "oksana.draws",
        "lang": "en",
        "start": "2025-03-17T11:05:00",
        "messages": [
            (
                "c",
                "hello, do you offer domiciliazione? I'm [[P:Oksana Hrytsenko]], I moved from [[L:Kharkiv]] last year and opening partita iva",
            ),
            (
                "a",
                "Hi [[P:Oksana]]! Yes, our virtual office is {{$:€39}}/month and you can use our address as registered office.",
            ),
            (
                "c",
                "great. now I live in [[L:Sesto Fiorentino]], [[A:via Gramsci 402]], codice fiscale [[CF:HRTKSN91S47Z138D]]",
            ),
            (
                "c",
                "oh and the wifi portal says my laptop [[IP:10.0.4.37]] is blocked?? 😕 insta is [[H:@oksana.draws]] if you want to see my work 🎨",
            ),
            (
                "a",
                "Unblocked, sorry about that! Contract {{R:DOM-2025-014}} is ready, which email should I use?",
            ),
            ("c", "[[E:oksana.hrytsenko@example.com]]"),
            (
                "c",
                "my sister [[P:Iryna]] in [[L:Kyiv]] wants to come too next year, can you call her? [[T:+380 67 412 5590]]",
            ),
            ("a", "Sent! [[P:Chiara]]"),
        ],
    },
    {
        "business": "ventuno",
        "platform": "telegram",
        "customer": "Dario",
        "lang": "it",
        "start": "2025-03-27T18:12:00",
        "messages": [
            (
                "c",
                "ciao [[P:luca]], ieri la rete è caduta 3 volte 😤 il mio portatile aveva ip [[IP:192.168.21.47]]",
            ),
            (
                "c",
                "sono [[P:Dario]] postazione 14, cmq secondo me è colpa di quello che scarica tutto il giorno, un certo [[P:Brambilla]]",
            ),
            (
                "a",
                "Ciao [[P:Dario]], grazie della segnalazione, ticket {{R:TCK-7781}}. Sugli altri membri non commentiamo 😉",
            ),
            (
                "c",
                "ok ok 😂 già che ci sei il mio ip pubblico di casa x la vpn è [[IP:93.41.207.115]]",
            ),
            ("a", "Aggiunto alla whitelist. [[P:Luca]]"),
            ("c", "grazie mille sei un grande"),
            (
                "c",
                "ah per il ticket la mia mail è [[E:dario.nocentini@example.it]], e oggi il pc ha preso ip [[IP:192.168.21.112]] boh",
            ),
        ],
    },
    {
        "business": "ventuno",
        "platform": "messenger",
        "customer": "Youssef Abdelrahman",
        "lang": "en",
        "start": "2025-03-29T16:44:00",
        "messages": [
            ("c", "hi, we want the event room for a pitch night on {{D:april 10}}, ~40 people"),
            (
                "a",
                "Hi! Our {{PD:Sala Grande}} fits 50, {{$:€450}} for the evening including chairs and projector.",
            ),
            (
                "c",
                "ok. my name [[P:Youssef Abdelrahman]], the company is registered in [[L:Cairo]] but I have italian p.iva [[V:05678120469]]",
            ),
            (
                "c",
                "scusa posso scrivere anche in italiano, vivo a [[L:Prato]] da 6 anni 😄 il mio cell [[T:(+39) 380-229-6614]]",
                "it",
            ),
            (
                "a",
                "Perfetto [[P:Youssef]]! Ti mando la conferma {{R:EVT-0410}}. Per il catering ci troviamo bene con {{B:Forno Becattini}}.",
                "it",
            ),
            (
                "c",
                "top, il mio socio [[P:Karim]] porta le slide, e la mail per la fattura è [[E:youssef.a@nilestart-example.eg]]",
                "it",
            ),
            (
                "c",
                "and the other founder is [[P:Mona Farouk]] [[E:mona.farouk@nilestart-example.eg]], she joins remote from [[IP:41.33.178.209]] if you can open the stream",
                "en",
            ),
        ],
    },
    # ------------------------------------------------------------------ olive oil farm, Umbria
    {
        "business": "sereno",
        "platform": "messenger",
        "customer": "Jürgen Hofbauer",
        "lang": "en",
        "start": "2025-01-20T19:30:00",
        "messages": [
            (
                "c",
                "hallo! do you ship to [[L:Germany]]? we tasted your oil in [[L:Spello]] last summer, was wunderbar",
            ),
            (
                "a",
                "Hallo! Yes, we ship all over the EU. Our {{PD:Extravergine DOP Umbria}} 3L tin is {{$:€42}}.",
            ),
            (
                "c",
                "super, 2 tins pls.\n[[P:Jürgen Hofbauer]]\n[[A:Lindenstraße 14a]]\n[[A:80469]] [[L:München]]",
            ),
            ("c", "Bitte beim Nachbarn [[P:Schreiber]] abgeben, falls wir nicht da sind", "de"),
            ("c", "or call my wife [[P:Birgit]] [[T:0049 (0)89 2318 4470]]"),
            ("c", "I pay by bank transfer from [[I:DE48500105175417093826]] ok?"),
            (
                "a",
                "Perfect, thanks [[P:Jürgen]]! Order {{O:FCS-20931}}, we ship with {{B:GLS}}, tracking {{TR:ZH4471920385}}.\n[[P:Francesca]]",
            ),
        ],
    },
    {
        "business": "sereno",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-02-03T12:02:00",
        "messages": [
            (
                "c",
                "ciao [[P:Fra]]! sono [[P:Giuse]] di [[L:Trento]], il solito: 6 bottiglie di novello 😋",
            ),
            (
                "a",
                "Ciao [[P:Giuseppe]]! Il novello quest'anno è finito 😢 ma c'è il {{PD:Moraiolo in purezza}}, {{$:€16}} a bottiglia",
            ),
            (
                "c",
                "vai con 6 moraiolo. indirizzo nuovo eh, ci siamo trasferiti in [[A:via Brennero 36]]",
            ),
            (
                "c",
                "scusa manca: [[A:scala B int. 7]], citofono [[P:Santangelo]] / [[P:Ferrari]] (mia moglie), cap [[A:38121]]",
            ),
            (
                "a",
                "Segnato! Totale {{$:€96}}, spedizione gratuita. Per la fattura ci lasci il codice fiscale?",
            ),
            ("c", "[[CF:SNTGPP72B15F839O]]"),
            ("c", "e il cell di mia moglie x il corriere [[T:0039 340 118 2276]]"),
            ("a", "Grazie, ordine {{O:FCS-20977}}. [[P:Ubaldo]]"),
        ],
    },
    {
        "business": "sereno",
        "platform": "instagram",
        "customer": "luciafgil_cocina",
        "lang": "en",
        "start": "2025-02-14T20:58:00",
        "messages": [
            ("c", "hi!! I follow you on insta, can I order to [[L:Spain]]? 🇪🇸"),
            ("a", "Hola! Yes of course 😊 Which oils would you like?"),
            (
                "c",
                "the {{PD:Olio al tartufo nero}} and one {{PD:Latta Colle Sereno 5L}}\nI'm [[P:Lucía Fernández Gil]], [[A:Calle de Embajadores 71, 3º B]], [[A:28012]] [[L:Madrid]]",
            ),
            ("c", "si no estoy, dejadlo con el portero, se llama [[P:Paco]]", "es"),
            (
                "a",
                "Perfect, order {{O:FCS-21014}}, {{$:€58,50}}. Can I have a phone number for the courier?",
            ),
            (
                "c",
                "[[T:+34 612 48 33 90]]\nand can I pay with this card [[C:4012-8888-0019-2342]]? or refund goes to [[I:ES2100491573502710265934]] if something breaks",
            ),
            (
                "c",
                "my insta is [[U:instagram.com/luciafgil_cocina]] I post my recipes with your oil 😍",
            ),
            (
                "a",
                "We will repost! Please use the payment link for the card though 🙏 Thanks [[P:Lucía]]! [[P:Francesca]]",
            ),
        ],
    },
    {
        "business": "sereno",
        "platform": "messenger",
        "customer": "Felice Orlandini",
        "lang": "it",
        "start": "2025-10-06T17:15:00",
        "messages": [
            (
                "c",
                "buonasera, vorrei prenotare la giornata raccolta olive x il {{D:2 novembre}}, siamo in 4: io [[P:Felice Orlandini]], mia moglie [[P:Loredana]] e i bimbi [[P:Tommy]] e [[P:Greta]]",
            ),
            (
                "a",
                "Buonasera sig. [[P:Orlandini]]! La {{PD:Giornata in Frantoio}} costa {{$:€35}} per gli adulti, gratis sotto i 10 anni. Ritrovo al frantoio di {{W:Trevi}} alle {{TM:9}}.",
            ),
            (
                "c",
                "ottimo! saremo tutti {{W:felici}} 😂 veniamo da [[L:Ancona]]\nmail [[E:felice.orlandini chiocciola libero-example punto it]]",
            ),
            ("a", "Prenotazione {{R:RAC-1102-04}} fatta. Vi aspettiamo! [[P:Ubaldo]]"),
            ("c", "ah la nonna [[P:Assunta]] può venire? ha 80 anni ma è una roccia 💪"),
            ("a", "Certo che sì, per la nonna c'è la sedia all'ombra 😊 [[P:Ubaldo]]"),
        ],
    },
    {
        "business": "sereno",
        "platform": "telegram",
        "customer": "Callum",
        "lang": "en",
        "start": "2025-03-04T08:50:00",
        "messages": [
            ("c", "hi, my order {{O:FCS-20854}} arrived with one tin dented and leaking 😩"),
            ("a", "Oh no, so sorry! Could you send us a photo and your full name?"),
            (
                "c",
                "[[P:Callum McAllister]]. photos here [[U:imgur.com/user/callum_mac]]\naddress was [[A:2/1, 44 Hyndland Road]], [[L:Glasgow]] [[A:G12 9UP]]",
            ),
            ("c", "if the courier needs me my [[L:uk]] mob is [[T:+44 7712\n305 889]]"),
            (
                "a",
                "Thanks [[P:Callum]]. We'll send a new tin today and refund {{$:£18.40}} for the shipping. [[P:Francesca]]",
            ),
            (
                "c",
                "cheers. refund to my bank pls, card is cancelled: [[I:GB26 BARC 2004 5873 9102 64]]",
            ),
            ("a", "Done. Replacement tracking {{TR:1Z 84X 223 68 4410 7723}}. [[P:Francesca]]"),
        ],
    },
    # ------------------------------------------------------------------ tattoo studio, Milan
    {
        "business": "agolupo",
        "platform": "instagram",
        "customer": "giada.ctt",
        "lang": "it",
        "start": "2025-03-08T21:40:00",
        "messages": [
            (
                "c",
                'ciaoo vorrei prenotare un tatuaggio piccolo, la scritta "nonno [[P:Rosario]]" in corsivo sul polso 🥺',
            ),
            (
                "a",
                "Ciao! Che bel pensiero ❤️ Per una scritta piccola partiamo da {{$:€80}}. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Noemi Cattaneo]], sono [[H:noemi.ctt]] su ig ma sto scrivendo dal profilo di mia sorella [[P:Giada]]\nvorrei anche la data {{D:12.07.1941}} sotto",
            ),
            (
                "a",
                "Perfetto [[P:Noemi]]! Ti propongo {{D:mercoledì 26}} alle {{TM:17:00}} con [[P:Nico]]. Acconto {{$:€30}}, e ci serve il codice fiscale per il consenso.",
            ),
            ("c", "va beneee! [[CF:CTTNMO05D58F205N]] e tranquilli ho 19 anni 😂"),
            ("a", "Ricevuto! A mercoledì 🖤 [[P:Sofi]]"),
        ],
    },
    {
        "business": "agolupo",
        "platform": "whatsapp",
        "customer": "Mia",
        "lang": "en",
        "start": "2025-02-19T13:26:00",
        "messages": [
            (
                "c",
                "hey legends, im in [[L:milan]] for {{W:fashion week}} til the 28th, any chance of a walk-in?",
            ),
            (
                "c",
                "im [[P:Mia Tūhoe]] from [[L:Rotorua]], want a small fern like the one my artist back home [[P:Wiremu]] did, his ig is [[H:@wiremu_ink]]",
            ),
            (
                "a",
                "Hey [[P:Mia]]! Love that. We can do {{D:Sat 22}} at {{TM:12:30}} with [[P:Sofi]], deposit {{$:€50}}.",
            ),
            ("c", "sweet! can I pay the deposit here? [[C:5167 3200 4198 8270]]"),
            (
                "a",
                "Please never send card details in chat 🙏 delete that message! Here's a secure link instead. [[P:Nico]]",
            ),
            ("c", "oops my bad 🙈 receipt to [[E:mia.tuhoe@example.co.nz]] pls"),
            (
                "c",
                "tag me after!! [[H:@mia.tuhoe]] and my travel tiktok [[U:https://www.tiktok.com/@miatuhoe.travels]] 🌿",
            ),
        ],
    },
    {
        "business": "agolupo",
        "platform": "telegram",
        "customer": "Mirko",
        "lang": "it",
        "start": "2025-03-13T23:05:00",
        "messages": [
            (
                "c",
                'raga devo coprire un nome sul braccio 🤦‍♂️ c\'è scritto "[[P:Jessica]]" con un cuore',
            ),
            ("a", "Succede più spesso di quanto pensi 😅 Mandaci una foto e dicci come ti chiami."),
            (
                "c",
                "io sono [[P:Mirko Radaelli]] da [[L:Cinisello]]\nla [[P:jessica]] adesso sta con mio cugino [[P:Ale]] lol",
            ),
            (
                "a",
                "Per coprirlo bene ti consiglio una {{W:rosa}} nera o un lupo in blackwork, sui {{$:€250-300}}. Lo fa [[P:Nico]].",
            ),
            (
                "c",
                "lupo tutta la vita 🐺 scrivimi su [[T:348-0071-926]] o qui su telegram [[H:mirko_rdl]]",
            ),
            (
                "c",
                "o mail [[E:mirko.rdl@example.it]], le foto del braccio le trovi anche su [[U:instagram.com/mirko_rdl]]",
            ),
            ("a", "Fissato {{D:4 aprile}} alle {{TM:15:00}}, ref {{R:AL-CU-112}}. [[P:Sofi]]"),
        ],
    },
    {
        "business": "agolupo",
        "platform": "messenger",
        "customer": "João Pedro Albuquerque",
        "lang": "en",
        "start": "2025-03-09T10:18:00",
        "messages": [
            (
                "c",
                "hi I had an appointment on {{D:march 14}} but I have to cancel, going back to [[L:Brazil]] earlier 😢",
            ),
            ("a", "Hi, sorry to hear that! Who's the booking under?"),
            ("c", "[[P:João Pedro Albuquerque]], booking {{R:AL-0314-07}}"),
            (
                "c",
                "scusa scrivo in italiano che lo sto studiando: potete rimborsare l'acconto? il mio conto italiano è [[I:IT68B0760111500001029384756]]",
                "it",
            ),
            (
                "a",
                "Certo [[P:João]], rimborso di {{$:€50}} entro 5 giorni lavorativi. Buon viaggio! [[P:Nico]]",
                "it",
            ),
            (
                "c",
                "obrigado! la mia ragazza [[P:Chiara Marino]] abita a [[L:Lambrate]], magari viene lei al posto mio 😅",
                "it",
            ),
            ("c", "follow me [[H:@jp.albuquerque]] 🇧🇷"),
        ],
    },
    {
        "business": "agolupo",
        "platform": "whatsapp",
        "customer": "Daniela Fumagalli",
        "lang": "it",
        "start": "2025-03-18T08:40:00",
        "messages": [
            (
                "c",
                "salve, mia figlia [[P:Aurora]] ha 16 anni e vuole un piercing al lobo, si può con me presente?",
            ),
            (
                "a",
                "Buongiorno! Sì, per i minori serve il genitore presente con documento e codice fiscale.",
            ),
            (
                "c",
                "ok sono [[P:Daniela Fumagalli]], cf [[CF:FMGDNL78C47F704A]]\nabitiamo a [[L:Sesto San Giovanni]] [[A:viale Casiraghi 305]]\nmail [[E:dani.fumagalli78@example.it]]",
            ),
            (
                "a",
                "Perfetto sig.ra [[P:Fumagalli]], {{D:sabato 15}} ore {{TM:11}}. Piercing lobo con {{PD:orecchino in titanio}}, {{$:€40}}. [[P:Sofi]]",
            ),
            ("c", "grazie!! [[P:Auri]] è al settimo cielo 😍"),
            (
                "c",
                "ah se serve il numero di [[P:Aurora]] è [[T:351 442 0187]], viene anche suo papà [[P:Stefano]]",
            ),
        ],
    },
    {
        "business": "agolupo",
        "platform": "instagram",
        "customer": "dmitri.volkov.ink",
        "lang": "en",
        "start": "2025-02-27T15:33:00",
        "messages": [
            (
                "c",
                "hi! I'm [[P:Dmitri Volkov]], tattoo artist based in [[L:Berlin]], portfolio [[U:linktr.ee/dmitri.volkov.ink]], would love a guest spot in may",
            ),
            (
                "a",
                "Hi [[P:Dmitri]]! Love your blackwork. We host guest artists at {{B:Ago & Lupo}} a couple of times a year, {{D:May}} has space.",
            ),
            (
                "c",
                "great. reach me on telegram [[H:dvolkov_ink]] or [[T:+49 176 4412 0983]]\nI'll stay at my friend [[P:Hannah]]'s place in [[L:Isola]]",
            ),
            ("a", "Perfect. For the invoice we need your EU VAT number and billing address."),
            ("c", "[[V:DE294731056]]\n[[A:Weserstraße 181]], [[A:12045]] [[L:Berlin]]"),
            ("a", "Thanks! Guest spot {{D:12-16 May}}, ref {{R:GS-2025-05}}. [[P:Nico]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(116, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
