# ruff: noqa: E501
"""Hand-written blind test corpus no. 119 for convmon's anonymiser.

Every message below was written by hand, one by one: no templates, no Faker, no generated text.
All people, numbers, e-mails, handles, links and addresses are invented (street names may exist
in real towns, but the house numbers, people and doorbells are made up). The checksummed
identifiers (IBANs, card numbers, codici fiscali, partite IVA, EU VAT numbers) were computed once
with python-stdnum (iban.calc_check_digits, luhn.calc_check_digit, codicefiscale.calc_check_digit)
and pasted here as literals, so they validate.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that the anonymiser
must remove, ``{{CODE:value}}`` a look-alike that must survive (orders, prices, products, brands
and Page names, dates, times, tracking codes, ordinary words, references).

The six invented businesses: a car body shop in Modena (Carrozzeria Ferretti Gino & Figli), an
agriturismo in the Langhe (Cascina Bricco Rosso), a yoga studio with online classes (Shanti Loft
Yoga), a board-game shop with tabletop events in Bologna (Dadi & Draghi Bologna), a removals
company for expats moving abroad (Zanella Moving Abroad) and a bakery delivering bread in Lecce
(Panificio Nonna Uccia).

Regenerate with: .venv/bin/python make_handwritten119_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten119_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "carrozzeria": "Carrozzeria Ferretti Gino & Figli",
    "agriturismo": "Cascina Bricco Rosso",
    "yoga": "Shanti Loft Yoga",
    "giochi": "Dadi & Draghi Bologna",
    "traslochi": "Zanella Moving Abroad",
    "forno": "Panificio Nonna Uccia",
}
PAGE_IDS: dict[str, str] = {
    "carrozzeria": "719970482301177",
    "agriturismo": "719970559120846",
    "yoga": "719970613374029",
    "giochi": "719970740218853",
    "traslochi": "719970826640311",
    "forno": "719970917705462",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ carrozzeria (Modena)
    {
        "business": "carrozzeria",
        "platform": "whatsapp",
        "customer": "Luca Ferrari",
        "lang": "it",
        "start": "2025-03-05T17:42:00",
        "messages": [
            (
                "c",
                "buongiorno ho preso un tamponamento ieri sera sulla {{W:via Emilia}} vicino al casello, la mia {{PD:Fiat Panda}} grigia ha il paraurti dietro distrutto 😩 quando potete vederla?",
            ),
            (
                "a",
                "Buongiorno! Ci dispiace. Può passare domani {{D:giovedì 6 marzo}} alle {{TM:8:30}}? Per la pratica assicurativa ci servono nome completo, codice fiscale e un numero di telefono. [[P:Gino]] - {{B:Carrozzeria Ferretti Gino & Figli}}",
            ),
            (
                "c",
                "ok allora [[P:Luca Ferrari]] (si come le macchine lol ma niente a che fare 😂) cf [[CF:FRRLCU82M14F257Z]]\ncell [[T:347 118 2290]]\nmail [[E:luca.ferrari.mo@gmail.com]]",
            ),
            ("c", "ah la macchina è intestata a mia moglie [[P:Chiara Boni]] serve anche il suo?"),
            (
                "a",
                "Sì grazie, il CID firmato da entrambi e i dati della signora [[P:Boni]]. Se l'altra parte ha un'assicurazione diversa ci pensiamo noi a contattare il perito. Preventivo indicativo paraurti + verniciatura {{$:480 €}} + IVA",
            ),
            (
                "c",
                "perfetto la controparte è un certo [[P:Davide Morselli]] di [[L:Castelfranco Emilia]] il suo numero è [[T:0039 059 926 4417]]... cmq gliel ho scritto sul cid\nmia moglie vi manda la sua mail [[E:chiara.boni82@libero.it]]",
            ),
            (
                "a",
                "Perfetto signor [[P:Ferrari]], la aspettiamo domani. Pratica aperta col numero {{R:SIN-2025-0412}}.",
            ),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "messenger",
        "customer": "Tyler Brooks",
        "lang": "en",
        "start": "2025-04-11T10:05:00",
        "messages": [
            (
                "c",
                "ciao scusa il mio italiano nn è buono. io ho una macchina e qualcuno ha fatto graffio sulla porta 😕",
                "it",
            ),
            (
                "a",
                "Ciao! Nessun problema, possiamo scrivere anche in inglese 🙂 no problem, we can write in English if you prefer",
            ),
            (
                "c",
                "oh thank god lol. ok so its a {{PD:Toyota Yaris}} from my landlord actually not a rental company, his name is [[P:Franco Vecchi]]. he said to bring it to you guys. im [[P:Tyler Brooks]] btw",
            ),
            (
                "c",
                "im staying at [[A:via Giardini 478, 3rd floor]] [[A:41124]] [[L:Modena]]\ncan you pick up the car or i have to drive it there",
            ),
            (
                "a",
                "We can pick it up tomorrow morning between {{TM:9}} and {{TM:11}}. Please send a phone number for the driver, and since Mr [[P:Vecchi]] is the owner we'll need his authorisation. [[P:Marco]] from the team",
            ),
            (
                "c",
                "my [[L:US]] number works on whatsapp [[T:+1 (614) 555-0187]] or the italian one [[T:+39 351 204 7783]]",
            ),
            ("c", "[[P:franco]]'s email is [[E:f.vecchi.casa@alice.it]] he said ok. thx so much"),
            ("a", "Perfect, thanks! See you tomorrow. Job {{R:M-7731}}"),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "instagram",
        "customer": "giuse_rrr",
        "lang": "it",
        "start": "2025-05-20T21:13:00",
        "messages": [
            (
                "c",
                "ciaoo volevo info x riverniciare la mia {{PD:Mini Cooper}} tipo {{W:giallo Modena}} quello delle {{B:Ferrari}} 😍 quanto viene??",
            ),
            (
                "a",
                "Ciao! Una riverniciatura completa parte da circa {{$:2.200 €}}, dipende dallo stato della carrozzeria. Ci mandi qualche foto?",
            ),
            (
                "c",
                "te le mando in dm, tanto le vedi anche sul profilo della macchina [[U:instagram.com/giuse.rrr_mini]] 📸 e sul mio tiktok [[H:@giuse_rrr]]\nsono [[P:Giuseppina Rinaldi]] ma tutti mi chiamano [[P:Giuse]]",
            ),
            (
                "a",
                "Viste, bellissima! Serve la fattura? Se è per una ditta ci serve la partita IVA",
            ),
            (
                "c",
                "si è x la ditta di mio papà [[P:Rinaldi Walter]] impianti elettrici, p iva [[V:03147290369]] sede a [[L:Formigine]]... ah e mandatemi il preventivo anche per mail [[E:giuse punto rinaldi chiocciola gmail punto com]]",
            ),
            (
                "a",
                "Preventivo inviato! Ti ho messo anche l'opzione wrapping opaco {{PD:Avery SW900}} a {{$:1.650 €}} 🙂",
            ),
            (
                "c",
                "grazieee vi tagghiamo sicuro quando è pronta, anche il mio moroso [[H:@ste.fano_mtt]] vuole fare la sua",
            ),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "telegram",
        "customer": "Jonas H.",
        "lang": "en",
        "start": "2025-06-17T08:31:00",
        "messages": [
            (
                "c",
                "Hello, we are on holiday with our camper van, yesterday the hail storm near {{W:Sassuolo}} made many dents on the roof. Do you repair campers? Wir sind ein bisschen verzweifelt 😅",
            ),
            ("a", "Hello! Yes, we do paintless dent repair on campers too. Where are you now?"),
            (
                "c",
                "we are at the camping in [[L:Marano sul Panaro]] until saturday. my name is [[P:Jonas Hartmann]], my wife [[P:Anke]] speaks better english than me lol",
            ),
            (
                "c",
                "our home address for the invoice: [[A:Lindenstraße 14a]], [[A:79102]] [[L:Freiburg im Breisgau]], [[L:Germany]]\ninvoice to my small firm pls, VAT [[V:DE281539471]]",
            ),
            (
                "a",
                "Thank you Mr [[P:Hartmann]]. Estimate is around {{$:900-1.200 €}}. We need a deposit of {{$:300 €}}, you can pay by card at the shop or bank transfer.",
            ),
            (
                "c",
                "ok i do transfer from my [[L:german]] account [[I:DE61500105175408296371]], name [[P:Jonas Hartmann]]. telegram is [[H:@jonas_hrtmn]] if you need me, or phone [[T:+49 176 3348 2011]]",
            ),
            ("a", "Received, thanks! Bring the camper {{D:Thursday}} at {{TM:14:00}}."),
        ],
    },
    {
        "business": "carrozzeria",
        "platform": "whatsapp",
        "customer": "Anna Maria",
        "lang": "it",
        "start": "2025-09-02T18:20:00",
        "messages": [
            (
                "c",
                "buonasera sono la signora [[P:Pellacani]] mi ha dato il vostro numero il mio vicino il signor [[P:Galli]] che è stato da voi l anno scorso allora io ho la macchina ferma in garage perché ho strisciato contro il pilastro e non me la sento di guidarla potete venire a prenderla",
            ),
            (
                "a",
                "Buonasera signora, certo, il ritiro a domicilio è gratuito in tutta la provincia di {{W:Modena}}. Mi dà l'indirizzo?",
            ),
            ("c", "abito in [[A:strada Morane]] a [[L:Modena]]"),
            (
                "c",
                "scusi il numero è [[A:215/2]] c'è il cancello verde, citofono [[P:Pellacani Benassi]]",
            ),
            ("a", "Perfetto. Mi conferma nome e cognome per la pratica?"),
            (
                "c",
                "[[P:Anna Maria Pellacani]] [[P:P-E-L-L-A-C-A-N-I]]... il numero di casa è [[T:059 37 12 84]] il cellulare lo usa mio nipote [[P:Matteo]] [[T:339 / 842 06 15]]",
            ),
            (
                "a",
                "Grazie signora [[P:Anna Maria]], passiamo {{D:lunedì}} mattina col carro attrezzi. [[P:Gino]] - {{B:Carrozzeria Ferretti Gino & Figli}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ agriturismo (Langhe)
    {
        "business": "agriturismo",
        "platform": "instagram",
        "customer": "sophie.ashdown",
        "lang": "en",
        "start": "2025-04-02T19:48:00",
        "messages": [
            (
                "c",
                "hiya! me and my partner want to come for our 10th anniversary in {{D:late september}}, during the truffle fair in {{W:Alba}} 🍄 do you have a room with a view?",
            ),
            (
                "a",
                "Hi! Yes, the {{PD:Nebbiolo room}} looks over the vineyards. For {{D:26-29 September}} it's {{$:145 €}} per night with breakfast.",
            ),
            (
                "c",
                "perfect!! booking under [[P:Sophie Ashdown]] and [[P:Rhys Pritchard]] (welsh spelling, [[P:R-H-Y-S]] 🙈)",
            ),
            (
                "c",
                "we're flying from [[L:Cardiff]] to [[L:Turin]] and renting a car. my number [[T:+44 7700 914 362]] and email [[E:sophie.ashdown@example.co.uk]] (or find me on fb [[U:facebook.com/sophie.ashdown.77]])",
            ),
            (
                "a",
                "Lovely! Booking confirmed, ref {{R:CBR-0926-14}}. We ask a {{$:30%}} deposit, details are in the confirmation e-mail. Can we do anything special for the anniversary?",
            ),
            (
                "c",
                "omg yes could you put a bottle of {{PD:Barolo}} in the room? it's a surprise for [[P:rhys]] so dont message him pls, his insta is [[H:@rhys_pritch]] and he follows you lol",
            ),
            (
                "a",
                "Our lips are sealed 🤐 A {{PD:Barolo DOCG 2019}} from our neighbour's cellar will be waiting. [[P:Elena]] - {{B:Cascina Bricco Rosso}}",
            ),
        ],
    },
    {
        "business": "agriturismo",
        "platform": "whatsapp",
        "customer": "Fede",
        "lang": "it",
        "start": "2025-03-28T13:10:00",
        "messages": [
            (
                "c",
                "ciao! siamo una famiglia di 4 + cane, cerchiamo x il ponte del {{D:25 aprile}}... avete posto? i bimbi sono [[P:Tommaso]] 7 anni e [[P:Rosa]] 4 anni",
            ),
            (
                "a",
                "Ciao! Sì, c'è l'appartamento {{PD:Moscato}} con due camere, {{$:180 €}} a notte. Gli animali sono benvenuti 🐶",
            ),
            (
                "c",
                "top! io sono [[P:Federica Colombo]], mio marito [[P:Paolo]]. veniamo da [[L:Bra]] quindi siamo vicini ahah ma vogliamo staccare",
            ),
            (
                "c",
                "[[P:rosa]] è allergica alle nocciole, anche la {{PD:Nutella}} niente, ok x la colazione?",
            ),
            (
                "a",
                "Certo, prepariamo la colazione senza frutta a guscio per la piccola [[P:Rosa]]. Ci lascia un recapito e una mail per la conferma?",
            ),
            (
                "c",
                "[[T:333.412.8856]] mail [[E:fede.colombo(at)tiscali(dot)it]]\nil cane si chiama {{W:Birba}} 😂",
            ),
            (
                "a",
                "Confermato! {{D:24-27 aprile}}, prenotazione {{R:CBR-0424-03}}. Per il check-in ci serve un documento di un adulto. A presto!",
            ),
            (
                "c",
                "perfetto porto la carta d'identità di [[P:paolo]]! 🌸 ps la {{W:rosa}} canina che avete nel giardino è stupenda l ho vista su ig",
            ),
        ],
    },
    {
        "business": "agriturismo",
        "platform": "messenger",
        "customer": "Marco Gallo",
        "lang": "it",
        "start": "2025-10-14T07:55:00",
        "messages": [
            (
                "c",
                "Salve, ho assaggiato il vostro {{PD:Dolcetto d'Alba}} in estate, vorrei ordinarne 2 cartoni. spedite anche in [[L:Norvegia]]? abito a [[L:Oslo]] da 6 anni",
            ),
            (
                "a",
                "Buongiorno! Spediamo in tutta {{W:Europa}}; per la Norvegia però ci sono le accise e serve un corriere specializzato. Il costo indicativo è {{$:95 €}} a cartone.",
            ),
            (
                "c",
                "ok mi sta bene. fattura a nome [[P:Marco Gallo]], cf [[CF:GLLMRC84T08L736Y]], indirizzo [[A:Thorvald Meyers gate 38B]], [[A:0555]] [[L:Oslo]]",
            ),
            (
                "a",
                "Perfetto. Un numero di telefono per il corriere? Preferiscono un numero norvegese",
            ),
            (
                "c",
                "[[T:+47 912 38 406]] oppure mia moglie [[P:Ingrid]] [[T:+47 480 17 552]] che è sempre a casa",
            ),
            (
                "a",
                "Ordine registrato, numero {{O:20251014-07}}. Vi mandiamo il tracking appena parte. Grazie!",
            ),
            ("c", "tusen takk! 🇳🇴🍷", "no"),
            (
                "a",
                "Partito oggi! Tracking {{TR:1Z9X47R20438815562}}, consegna prevista in 5-6 giorni lavorativi.",
            ),
        ],
    },
    {
        "business": "agriturismo",
        "platform": "whatsapp",
        "customer": "Vivian Li",
        "lang": "en",
        "start": "2025-04-22T03:12:00",
        "messages": [
            (
                "c",
                "hello we are 6 people from [[L:Shanghai]], want visit cantina and eat lunch on {{D:May 3}}. possible? 🙏",
            ),
            (
                "a",
                "Hello! Yes, wine tasting + lunch is {{$:65 €}} per person. Who is the reference person for the booking?",
            ),
            (
                "c",
                "me [[P:Li Wen]], family name is [[P:Li]], english name [[P:Vivian]]. my wechat id [[H:vivianli_sh88]] easier than whatsapp. email [[E:vivian.li.wen@example.cn]]",
            ),
            ("c", "we stay hotel in [[L:Alba]] for 3 nights, can you pick up us?"),
            (
                "a",
                "We can arrange a driver from your hotel in [[L:Alba]] for {{$:40 €}} in total. Please share a phone number for the driver, and any allergies.",
            ),
            (
                "c",
                "[[T:+86 138 1762 4409]]. my husband [[P:Zhang Hao]] no eat pork. we pay with card [[C:6011-0009-9013-9424]] ok? thank you very much!! 谢谢",
            ),
            ("a", "Noted, see you on {{D:3 May}} at {{TM:12:30}}!"),
        ],
    },
    {
        "business": "agriturismo",
        "platform": "telegram",
        "customer": "Sara B",
        "lang": "it",
        "start": "2025-05-06T11:27:00",
        "messages": [
            (
                "c",
                "buongiorno purtroppo dobbiamo annullare la prenotazione {{R:CBR-0612-07}} x motivi di salute di mio padre 😔 è possibile riavere la caparra?",
            ),
            (
                "a",
                "Buongiorno, mi dispiace molto. Avendo annullato più di 30 giorni prima, la caparra di {{$:120 €}} viene restituita per intero. Su che IBAN?",
            ),
            (
                "c",
                "[[I:IT60X0542811101000000123456]] intestato a [[P:Sara Bianchi]]\nse serve il mio cf [[CF:BNCSRA91E52L219T]]",
            ),
            (
                "c",
                "ah però la caparra l avevo pagata con la carta di mio marito [[P:Andrea Ruffino]], la [[C:4532 0151 1283 0366]], è uguale?",
            ),
            (
                "a",
                "Il rimborso va fatto sullo stesso strumento di pagamento, quindi sulla carta del signor [[P:Ruffino]]. Per sicurezza non scriva il numero completo della carta in chat 🙏 i dati li abbiamo già.",
            ),
            (
                "c",
                "ah ok scusate 🙈 va bene allora. il mio numero è [[T:+39 340 992 1176]] se serve. auguri di buona {{W:Pasqua}}",
            ),
            (
                "a",
                "Fatto, rimborso disposto oggi, arriverà in 5-7 giorni lavorativi. Tanti auguri al suo papà. [[P:Roberto]] - {{B:Cascina Bricco Rosso}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ yoga (online)
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "priya.moves",
        "lang": "en",
        "start": "2025-01-09T22:40:00",
        "messages": [
            (
                "c",
                "hi, i bought the {{PD:10 class pack}} but cant login to the online studio, it says access denied from your location 😩 i'm in [[L:Bangalore]] visiting my parents",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Sorry about that. Could you tell us the email on your account and your IP address (you can see it on whatismyip)?",
            ),
            (
                "c",
                "account is under [[P:Priya Raghunathan]], email [[E:priya.r.yoga@example.com]]\nip is [[IP:103.87.142.19]]\nbut sometimes it changes to [[IP:2401:4900:1c3a:8f2e::17]]",
            ),
            (
                "a",
                "Thanks! Our video platform blocked that range by mistake. I've whitelisted it, try again now 🙏",
            ),
            (
                "c",
                "works!! thank youuu. also can the class with [[P:Deepa]] be recorded? it's at 3am here lol",
            ),
            (
                "a",
                "Yes, all of [[P:Deepa]]'s {{PD:Vinyasa Flow}} classes are recorded and stay online for 7 days. Namaste! {{B:Shanti Loft Yoga}}",
            ),
            (
                "c",
                "amazing. my sister [[P:Kavya]] wants to join too, her number is [[T:+91 98450 21376]] she will msg you. and im [[H:@priya.moves]] on insta if you wanna repost my practice lol",
            ),
        ],
    },
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Bea",
        "lang": "it",
        "start": "2025-02-18T15:03:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Beatrice Santoro]] insegnante di {{PD:yin yoga}}, mi ha parlato di voi [[P:Giulia]] del corso di formazione. vi interessa una collaborazione x lezioni online?",
            ),
            ("a", "Ciao! Certo, ci mandi qualcosa da vedere?"),
            (
                "c",
                "certo! canale youtube [[U:youtube.com/@beasantoro.yin]] e tutti i link qui [[U:linktr.ee/bea_yin_yoga]]\nsu ig sono [[H:@bea_yin_yoga]]",
            ),
            (
                "a",
                "Bellissime lezioni! Potremmo partire a {{D:maggio}} con un corso di 8 incontri, {{$:40 €}} a lezione. Fatturi con partita IVA?",
            ),
            (
                "c",
                "sì ho la forfettaria [[V:02889340663]] intestata [[P:Santoro Beatrice]], [[A:vicolo del Pozzo 3]] [[A:40026]] [[L:Imola]]\nx il pagamento iban [[I:IT17K0103014200000003918274]] grazie mille 🙏✨",
            ),
            (
                "c",
                "ah lo streaming lo faccio da casa, ip fisso [[IP:79.12.203.66]] se vi serve x la piattaforma",
            ),
            ("a", "Perfetto, ti mando il contratto alla mail del canale?"),
            ("c", "meglio [[E:beatrice.santoro.yoga@gmail.com]] thx!! 💛"),
        ],
    },
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Hope Delgado",
        "lang": "en",
        "start": "2025-03-03T16:18:00",
        "messages": [
            (
                "c",
                "hi there, i think i got charged twice for the {{PD:Monthly Unlimited}} plan 😕 i {{W:hope}} its a mistake",
            ),
            ("a", "Hi! So sorry about that. Can you tell me the name on the account?"),
            (
                "c",
                "[[P:Hope Delgado]], it's a visa, here is the full number its my old card anyway [[C:4761-7390-0012-8441]]\nalso your site logged me out saying suspicious login from [[IP:172.58.44.201]] which is just my phone",
            ),
            (
                "a",
                "Thanks [[P:Hope]]. Found it: the second charge of {{$:59 €}} on {{D:March 2}} was a duplicate, refund issued. Please don't share full card numbers here though 🙏",
            ),
            (
                "c",
                "oops lol ok. btw i moved from [[L:Austin]] to [[L:Rome]] last year, [[L:Trastevere]] to be exact, do you ever do in person classes near me?",
            ),
            (
                "a",
                "Not yet, sorry! We're fully online except for the summer retreat in {{W:Puglia}}.",
            ),
            (
                "c",
                "ok ill think about it. my friend [[P:Will]] wants to come to the retreat too, [[P:Will Okafor]], he {{W:will}} write you from [[E:will.okafor@example.org]]",
            ),
        ],
    },
    {
        "business": "yoga",
        "platform": "telegram",
        "customer": "Oksana",
        "lang": "it",
        "start": "2025-10-21T09:44:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Oksana Kovalenko]], vivo a [[L:Rimini]] da 2 anni, vorrei fare yoga per la schiena, ci sono lezioni facili?",
            ),
            (
                "a",
                "Buongiorno! Sì, il corso {{PD:Hatha Dolce}} è perfetto, il {{D:martedì}} e il {{D:giovedì}} alle {{TM:18:30}}. Le mandiamo il link?",
            ),
            (
                "c",
                "si grazie. mio numero è [[T:+39 320 55\n81 907]]\nmail [[E:oksana.kovalenko93@example.net]]",
            ),
            (
                "c",
                "o anche scrivere su telegram [[H:@oksana_kvl]], meglio. також можна українською? 😅 no scusate",
            ),
            (
                "a",
                "Ciao! Purtroppo non parliamo ucraino 🙂 ma l'insegnante [[P:Irina]] parla russo se ti aiuta. Ti ho scritto su Telegram.",
            ),
            (
                "c",
                "si russo va bene. il mio dottore dott. [[P:Ferri]] ha detto niente posizioni sulla testa x ernia",
            ),
            (
                "a",
                "Ok, lo diciamo all'insegnante. Il primo mese costa {{$:45 €}}, puoi pagare con carta o bonifico.",
            ),
            (
                "c",
                "carta, ma con il sito nn funziona. da ip [[IP:93.41.208.177]] dice errore {{R:ERR-4021}}",
            ),
        ],
    },
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "ale.fitmom",
        "lang": "it",
        "start": "2025-11-27T20:02:00",
        "messages": [
            (
                "c",
                'ciao voglio regalare un pacchetto di lezioni alla mia amica x il compleanno, si può fare un buono con scritto "per [[P:Speranza]], con affetto da [[P:Ale]] e [[P:Vale]]"?',
            ),
            (
                "a",
                "Che bella idea! Sì, la {{PD:gift card 5 lezioni}} costa {{$:60 €}}. La mandiamo via mail alla festeggiata o a te?",
            ),
            (
                "c",
                'a lei direttamente, è [[E:speranza.deluca91@hotmail.it]]\ne sotto scrivi anche "tanti auguri [[P:Speri]]!! sii {{W:felice}}" 💕',
            ),
            (
                "c",
                "ah io sono [[P:Alessandra Fiore]] il mio ig personale è [[H:@ale.fitmom]] e pago con paypal [[E:ale.fiore.84@gmail.com]]",
            ),
            ("a", "Fatto! Gift card {{R:GC-55A91}} inviata a [[P:Speranza]] con la dedica. 🌿"),
            (
                "c",
                "grazie!! ps la mia amica [[P:Speranza De Luca]] è di [[L:Cesena]] ma lavora a [[L:Milano]], le lezioni sono online vero? così le fa dove vuole",
            ),
        ],
    },
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Aoife",
        "lang": "en",
        "start": "2025-04-30T12:36:00",
        "messages": [
            (
                "c",
                "hi! is there space on the {{PD:Summer Retreat}} in {{W:Puglia}} {{D:July 7-13}}? for 2, me and my friend [[P:Rose]]",
            ),
            ("a", "Hi! Yes, 3 spots left. {{$:890 €}} per person in a shared room. Names please?"),
            (
                "c",
                "[[P:Aoife Gallagher]] (pronounced ee-fa 😂) and [[P:Rose McCarthy]]. we're both from [[L:Galway]] but [[P:rose]] lives in [[L:Amsterdam]] now",
            ),
            (
                "c",
                "is the deposit from [[P:rose]]'s [[L:dutch]] account ok? [[I:NL92INGB0006738215]]",
            ),
            (
                "a",
                "Absolutely. Any dietary needs? We have a {{W:rose}} garden and cook mostly vegetarian 🌹",
            ),
            (
                "c",
                "i'm vegan, i write about it on my blog [[U:https://aoifeeatsplants.ie]] lol. phone [[T:+353 87 214 6639]] and my other insta is [[H:@aoife.eats.plants]]\nthe rest i can pay by card [[C:4556 7302 1198 7609]]",
            ),
            ("a", "Noted, vegan menu for you. See you in {{D:July}}! {{B:Shanti Loft Yoga}}"),
        ],
    },
    # ------------------------------------------------------------------ giochi (Bologna)
    {
        "business": "giochi",
        "platform": "whatsapp",
        "customer": "Nico",
        "lang": "it",
        "start": "2025-02-06T23:15:00",
        "messages": [
            (
                "c",
                "ehi raga ci sono ancora posti x il torneo di {{PD:Carcassonne}} di {{D:sabato}}?? siamo in 2",
            ),
            ("a", "Ciao! Sì, ancora 4 posti. Iscrizione {{$:8 €}} a testa. Nomi dei giocatori?"),
            (
                "c",
                "io [[P:Nicola Barbieri]] e il mio socio [[P:Kevin Adeyemi]], su bga siamo [[H:nicobarb_bo]] e [[H:kev_meeple99]]",
            ),
            ("a", "Segnati! Per il gruppo discord del torneo mi lasci gli username?"),
            (
                "c",
                "[[H:NicoBarb#4471]] e [[P:kevin]] è [[H:kevadeyemi]]\nah [[P:kevin]] abita a [[L:Casalecchio]] se fate carpool 😂\nps il vostro sito iscrizioni mi dà errore, dice ip [[IP:151.38.92.4]] bloccato",
            ),
            (
                "a",
                "Ahah niente carpool ma c'è il bus 20 😄 Il sito lo sistemo io. Ci vediamo alle {{TM:15}}, portate anche il vostro {{PD:Lorenzo il Magnifico}} se volete fare una partita dopo!",
            ),
        ],
    },
    {
        "business": "giochi",
        "platform": "messenger",
        "customer": "Lorenza G.",
        "lang": "it",
        "start": "2025-03-17T19:22:00",
        "messages": [
            (
                "c",
                "buonasera ho ordinato {{PD:Ticket to Ride Europa}} e {{PD:Wingspan}} il {{D:10 marzo}}, ordine {{O:DD-33918}} ma non è ancora arrivato 😤",
            ),
            (
                "a",
                "Buonasera! Controllo subito. Risulta spedito il {{D:12}} con tracking {{TR:339 4827 1150}}",
            ),
            (
                "c",
                "ma che è un numero di telefono 😂 cmq l indirizzo giusto era [[A:via del Pratello 41]], mi sa che avete messo il civico sbagliato",
            ),
            ("c", "interno [[A:scala B int. 7]], citofono [[P:Gatti-Martelli]]"),
            (
                "a",
                "Ha ragione, sull'etichetta c'era il 14. Ho chiesto al corriere di correggere. Mi lascia un telefono per il corriere?",
            ),
            (
                "c",
                "[[T:051 / 644 8210]] oppure il cell di mia figlia [[P:Marta]] [[T:(+39) 328-771-0496]]. non suonate a [[P:Martelli]] che è il mio ex marito lol",
            ),
            (
                "a",
                "Ricevuto, consegna prevista {{D:domani}} entro le {{TM:13}}. Ci scusi ancora, le mettiamo nel pacco dei {{PD:meeple}} in omaggio. [[P:Sofia]] - {{B:Dadi & Draghi Bologna}}",
            ),
            (
                "c",
                "ps dal vostro sito il tracking non va, dice accesso negato all ip [[IP:87.17.54.230]] 🙄 grazie [[P:Sofia]] sei gentilissima ❤️ io sono [[P:Lorenza]] comunque, la signora arrabbiata di prima ahah",
            ),
        ],
    },
    {
        "business": "giochi",
        "platform": "telegram",
        "customer": "Álvaro",
        "lang": "en",
        "start": "2025-10-01T14:09:00",
        "messages": [
            (
                "c",
                "hola! sorry my italian is bad. i am [[P:Álvaro Ruiz Castillo]], erasmus student from [[L:Granada]], i saw you do {{PD:D&D}} nights in english? my uni mail is [[E:alvaro.ruizc@correo.example.es]]",
            ),
            (
                "a",
                "Hi! Yes, every {{D:Wednesday}} at {{TM:20:00}}, campaign in English run by [[P:Tom]]. It's {{$:5 €}} per session.",
            ),
            (
                "c",
                "perfecto!! can my roommate come also? she is german, [[P:Lena Vogt]], we live together in [[A:via Mascarella 58]], near {{W:Piazza Verdi}} lol",
            ),
            (
                "c",
                "mi telegram es [[H:@alvaro_rc]] y el de [[P:Lena]] es [[H:@lenavogt_bo]]. ah y el teléfono [[L:español]] [[T:+34 612 48 93 07]]",
                "es",
            ),
            (
                "a",
                "Great, you're both in! I'll add you to the group, you'll get a ping before the session.",
            ),
            (
                "c",
                "muchas gracias!! one more thing, can i pay with my [[L:spanish]] bank? [[I:ES6621000418401234567891]]",
            ),
            (
                "a",
                "We don't take bank transfers for single sessions, just cash or card at the counter 🙂 See you {{D:Wednesday}}!",
            ),
        ],
    },
    {
        "business": "giochi",
        "platform": "instagram",
        "customer": "mammadi3",
        "lang": "it",
        "start": "2025-03-12T09:58:00",
        "messages": [
            (
                "c",
                "ciao! volevo organizzare da voi la festa x i 10 anni di mio figlio [[P:Leonardo]], sabato {{D:5 aprile}}, circa 12 bimbi. fate pacchetti?",
            ),
            (
                "a",
                "Ciao! Sì, pacchetto festa con animatore e giochi da tavolo per bambini, {{$:15 €}} a bimbo, merenda inclusa. L'animatore sarebbe [[P:Giacomo]]",
            ),
            (
                "c",
                "perfetto! tra gli invitati c'è [[P:Bianca]] che è celiaca, merenda senza glutine ok? e [[P:Yusuf]] non mangia maiale",
            ),
            (
                "c",
                "la torta la porto io, glassa {{W:bianca}} e blu tema {{PD:Pokémon}} che [[P:leo]] è fissato",
            ),
            ("a", "Perfetto, tutto annotato! Mi serve un nome e un numero per la prenotazione"),
            (
                "c",
                "[[P:Chiara Mancini]] [[T:347-209-3381]]\nla mail è [[E:chiara.mancini80 chiocciola yahoo.it]] se mandate la conferma, su ig sono [[H:@mammadi3]]",
            ),
            (
                "a",
                "Prenotazione {{R:FESTA-0405}} confermata. Buon compleanno in anticipo a [[P:Leonardo]]! 🎲",
            ),
        ],
    },
    {
        "business": "giochi",
        "platform": "whatsapp",
        "customer": "Kasia W",
        "lang": "en",
        "start": "2025-06-25T17:31:00",
        "messages": [
            (
                "c",
                "hi, i'm moving back to [[L:Poland]] next month and want to sell my board game collection, around 40 games. do you buy used?",
            ),
            ("a", "Hi! Yes, we do trade-in. Can you send a list or photos?"),
            (
                "c",
                "here is the list on my bgg profile [[U:boardgamegeek.com/user/kasia_wis]] 🙂 photos on [[U:https://kasiaplaysgames.blogspot.com]]",
            ),
            (
                "a",
                "Great collection! For the lot we could offer {{$:620 €}}, including {{PD:Gloomhaven}} and {{PD:Brass: Birmingham}}. Payment by bank transfer.",
            ),
            (
                "c",
                "deal! my name on the account is [[P:Katarzyna Wiśniewska]], IBAN [[I:IT91M0306909606100000047291]]. you can pick up at [[A:via San Vitale 102/3]], ring [[P:Wiśniewska]] or [[P:Kasia]]",
            ),
            (
                "c",
                "my phone [[T:+48 601 234 875]] ([[L:polish]]), the italian sim is dead already 😅 email [[E:kasia.wisniewska@example.pl]]",
            ),
            (
                "a",
                "Perfect, we'll come on {{D:Friday}} at {{TM:17:00}}. Good luck with the move! [[P:Fabio]] - {{B:Dadi & Draghi Bologna}}",
            ),
        ],
    },
    {
        "business": "giochi",
        "platform": "telegram",
        "customer": "Draghetto",
        "lang": "it",
        "start": "2025-03-29T16:47:00",
        "messages": [
            (
                "c",
                "ciao x il contest di pittura {{PD:Warhammer 40k}} posso iscrivermi anche se ho 15 anni?",
            ),
            (
                "a",
                "Ciao! Sì, sotto i 16 serve l'ok di un genitore. Ci scrive lui o lei un messaggio col nome?",
            ),
            (
                "c",
                "ok ve lo faccio scrivere da mia mamma. io sono [[P:Mattia Rossi]] ma nel contest mettetemi come [[H:Draghetto_Mat]] pls 🐉 streamo le mie mini su [[U:twitch.tv/draghetto_mat]]",
            ),
            (
                "c",
                "buonasera sono la mamma di [[P:Mattia]], [[P:Roberta Cavazza]], va bene che partecipi. il mio numero [[T:349 662 0157]], mail [[E:roberta.cavazza@example.it]]",
            ),
            (
                "a",
                "Grazie signora! Iscrizione fatta, codice {{R:PAINT-25-019}}. Il contest è il {{D:12 aprile}}, giudica [[P:Ettore]] del nostro staff.",
            ),
            (
                "c",
                "grande!! porto il mio {{PD:Primaris}} dipinto {{W:blu oltremare}} 💙 e viene a vedere mia cugina [[P:Giorgia]], è di [[L:Ferrara]] ma studia qui",
            ),
        ],
    },
    # ------------------------------------------------------------------ traslochi (expats)
    {
        "business": "traslochi",
        "platform": "whatsapp",
        "customer": "Oliver Brennan",
        "lang": "en",
        "start": "2025-02-24T08:12:00",
        "messages": [
            (
                "c",
                "Hi, we're moving from [[L:London]] to [[L:Lucca]] in {{D:June}}, 2 bed flat, looking for a quote pls",
            ),
            (
                "a",
                "Hi! Happy to help. Can you send both addresses and a rough inventory? [[P:Stefano]] - {{B:Zanella Moving Abroad}}",
            ),
            (
                "c",
                "from [[A:Flat 4, 27 Abbeville Road]], [[L:London]] [[A:SW4 9LA]]\nto [[A:via Fillungo 112]], [[A:55100]] [[L:Lucca]]",
            ),
            (
                "c",
                "inventory coming by email, my partner [[P:Niamh]] did it, she'll send it from [[E:niamh.obrien@example.co.uk]]",
            ),
            (
                "a",
                "Thanks! Rough estimate: {{$:£4,800}} door to door, {{$:£5,600}} with packing. Insurance included.",
            ),
            (
                "c",
                "ok sounds fair. deposit on my amex ok? [[C:3714 496353 98431]]\nmy mobile [[T:07700 900 418]] and [[P:niamh]]'s [[T:+44 (0)7911 123 456]]",
            ),
            (
                "c",
                "oh and the movers need to know the lift in [[L:lucca]] is tiny lol. we blog the whole saga here [[U:luccaorbust.example.co.uk]]\nbalance will come from my [[L:UK]] account [[I:GB05BARC20035383716244]]",
            ),
            (
                "a",
                "Noted! Please don't send card numbers in chat, we'll send a payment link. Survey video call {{D:Tuesday 14th}} at {{TM:10am}}? Ref {{R:ZMA-UK-2231}}.",
            ),
        ],
    },
    {
        "business": "traslochi",
        "platform": "messenger",
        "customer": "Daniele Coppola",
        "lang": "it",
        "start": "2025-07-08T12:50:00",
        "messages": [
            (
                "c",
                "buongiorno mi trasferisco per lavoro a [[L:Monaco di Baviera]] a {{D:settembre}}, parto da [[L:Lecce]]. fate anche furgone piccolo x pochi mobili?",
            ),
            (
                "a",
                "Buongiorno! Sì, c'è il groupage: condivide il camion con altri clienti e costa meno. Ci servono indirizzo di partenza e di arrivo.",
            ),
            (
                "c",
                "partenza [[A:via Taranto 48]], [[A:73100]] [[L:Lecce]]\narrivo [[A:Leopoldstraße 201, 3. OG]], [[A:80804]] [[L:München]]",
            ),
            ("a", "Per la fattura ci servono nome e codice fiscale"),
            (
                "c",
                "[[P:Daniele Coppola]] [[CF:CPPDNL75H22E506F]], il citofono in [[L:germania]] sarà [[P:Coppola/Schreiber]] perché vado a vivere con la mia ragazza [[P:Julia Schreiber]]",
            ),
            (
                "c",
                "il mio cell [[T:+39 329 447 1820]], quello [[L:tedesco]] lo attivo la settimana prossima e ve lo mando",
            ),
            (
                "a",
                "Perfetto, preventivo groupage {{$:1.350 €}} per 8 m³, ritiro tra il {{D:2}} e il {{D:5 settembre}}, poi potrà seguire il camion col codice {{TR:ZMA-GRP-88214}}. [[P:Chiara]] - {{B:Zanella Moving Abroad}}",
            ),
        ],
    },
    {
        "business": "traslochi",
        "platform": "telegram",
        "customer": "Youssef",
        "lang": "it",
        "start": "2025-08-19T10:33:00",
        "messages": [
            (
                "c",
                "salve buongiorno, io [[P:Youssef Khalil]], devo spedire mie cose in [[L:Canada]], [[L:Montréal]], voi fate?",
            ),
            (
                "a",
                "Buongiorno! Sì, spediamo container in [[L:Canada]] via mare, circa 6-8 settimane. Che volume?",
            ),
            (
                "c",
                "più o meno 20 scatole e una moto. je peux écrire en français? c'est plus facile pour moi",
                "fr",
            ),
            (
                "a",
                "Bien sûr ! Pour la moto il faut la carte grise et votre code fiscal italien.",
                "fr",
            ),
            (
                "c",
                "merci! code fiscal [[CF:KHLYSF88C10Z330U]], j'habite [[A:corso Giulio Cesare 214 sc. A]], [[A:10155]] [[L:Torino]]\nfacture au nom de mon entreprise svp, TVA [[V:FR44732829320]]",
                "fr",
            ),
            (
                "c",
                "mon frère [[P:Karim]] va recevoir à [[L:Montréal]], son adresse [[A:4520 rue Saint-Denis, app. 6]], [[L:Montréal]] [[A:H2J 2L3]], tél [[T:+1 514-555-0142]]",
                "fr",
            ),
            (
                "a",
                "Parfait, le conteneur sera suivi avec le numéro {{TR:MSKU 482913 7}}. Je vous envoie le devis par mail, quelle adresse ?",
                "fr",
            ),
            (
                "c",
                "[[E:youssef.khalil88@example.fr]], je paie depuis mon compte [[L:français]] [[I:FR4230004008190001928374E63]] et whatsapp [[T:+39 388 016 7254]] merci beaucoup 🙏",
                "fr",
            ),
        ],
    },
    {
        "business": "traslochi",
        "platform": "whatsapp",
        "customer": "Lorenzo Esposito",
        "lang": "it",
        "start": "2025-05-13T18:05:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Lorenzo Esposito]], ho una piccola ditta individuale, devo trasferire l attrezzatura da [[L:Cagliari]] a [[L:Lugano]]. serve fattura con partita iva",
            ),
            (
                "a",
                "Buonasera! Per la Svizzera serve anche la dichiarazione doganale. Ci manda P.IVA e indirizzi?",
            ),
            (
                "c",
                "p.iva [[V:04562130874]] cf [[CF:SPSLRZ67D03B354L]]\nritiro [[A:loc. Su Planu, via Is Corrias snc]] [[A:09134]] [[L:Pirri]]",
            ),
            (
                "c",
                "consegna [[A:Via Cantonale 18]], [[A:6900]] [[L:Lugano]], c/o [[P:Remo Balestra]] che ha il magazzino",
            ),
            ("a", "Preventivo {{$:2.650 €}} + sdoganamento. Acconto del 30%, anche con carta."),
            (
                "c",
                "ok vi do la carta aziendale [[C:5167 3102 9845 1270]], il cvv ve lo dico a voce",
            ),
            ("a", "Meglio di no in chat 🙏 le mandiamo un link di pagamento sicuro via mail."),
            ("c", "ok mail [[E:lorenzo@esposito-impianti.example.it]] grazie [[P:chiara]]"),
        ],
    },
    {
        "business": "traslochi",
        "platform": "messenger",
        "customer": "Marcus Whitfield",
        "lang": "en",
        "start": "2025-01-27T23:58:00",
        "messages": [
            (
                "c",
                "hey there, retiring to [[L:Sicily]] 🌞 (finally lol) moving from [[L:Columbus, Ohio]]. do you guys do transatlantic moves?",
            ),
            (
                "a",
                "Hi! Yes, we work with a partner in the States for the origin side. Where exactly in [[L:Sicily]]?",
            ),
            (
                "c",
                "house in [[L:Ortigia]], [[L:Siracusa]], we bought it last year. current place is [[A:1847 Oakwood Ave, Apt 3C]], [[L:Columbus]], [[A:OH 43206]]",
            ),
            (
                "c",
                "wife is [[P:Denise]], she'll be the contact when im at work [[T:(614) 555-0193]] or mine [[T:614.555.0178]]",
            ),
            (
                "a",
                "Thanks! We'll need copies of passports and the Italian codice fiscale for customs.",
            ),
            (
                "c",
                "ok got it last month, [[CF:PTLRJV90L12Z222X]] hmm thats not mine lol thats our contractor [[P:Rajiv Patel]]'s, ignore it 🙈 i'll send ours by email",
            ),
            (
                "c",
                "email is [[E:mwhitfield at example dot net]]\n[[P:denise]] posts pics of the house on [[U:instagram.com/denise.in.sicily]] lol",
            ),
            ("a", "No worries! Quote will follow, ref {{R:ZMA-US-0577}}."),
        ],
    },
    # ------------------------------------------------------------------ forno (Lecce)
    {
        "business": "forno",
        "platform": "whatsapp",
        "customer": "Marghe",
        "lang": "it",
        "start": "2025-06-03T20:14:00",
        "messages": [
            (
                "c",
                "buongiorno volevo ordinare x domani 1kg di pane di grano duro, 6 {{PD:pucce}} e 2 teglie di pizza {{PD:margherita}}",
            ),
            ("a", "Buonasera! Certo, consegna domani mattina. Nome e indirizzo?"),
            ("c", "[[P:Margherita Quarta]] (si come la pizza 😂) [[A:viale Otranto 63]]"),
            (
                "c",
                "[[A:2° piano]], citofono [[P:Quarta-Greco]], se nn rispondo lasciate al vicino [[P:Totò]] del primo piano",
            ),
            (
                "a",
                "Perfetto signora [[P:Quarta]]! Totale {{$:14,50 €}}, paga alla consegna. Il fattorino è [[P:Cosimo]], passa tra le {{TM:7:30}} e le {{TM:8:30}}",
            ),
            (
                "c",
                "grazie mille! il mio cell [[T:320 18 44 972]] se [[P:cosimo]] nn trova. vi seguo su ig sono [[H:@marghe_quarta]]",
            ),
            (
                "a",
                "Ricevuto 🙏 ordine {{O:NU-0604-052}}. [[P:Rosalba]] - {{B:Panificio Nonna Uccia}}",
            ),
        ],
    },
    {
        "business": "forno",
        "platform": "instagram",
        "customer": "femke.dv",
        "lang": "en",
        "start": "2025-07-21T06:40:00",
        "messages": [
            (
                "c",
                "hello! we are staying in a masseria near [[L:Melendugno]] for a week, do you deliver bread there? 🥖",
            ),
            (
                "a",
                "Hello! We deliver in {{W:Lecce}} and the nearby villages; to [[L:Melendugno]] yes, with a {{$:3 €}} fee. What do you need?",
            ),
            (
                "c",
                "every morning 4 {{PD:pasticciotti}} and a bread loaf. address is [[A:Masseria Le Fiche, contrada Scalelle snc]], [[A:73026]] [[L:Melendugno]]",
            ),
            (
                "c",
                "name is [[P:Femke de Vries]], my husband [[P:Joost]] will pay, he has the cash. we are from [[L:Utrecht]] 🇳🇱 dank je! receipt to [[E:femke.devries@example.nl]] pls",
            ),
            (
                "a",
                "Perfect! Can you give us a phone for the driver? The contrada roads are tricky 😅",
            ),
            (
                "c",
                "[[T:+31 6 4218 7730]]\nor the owner of the masseria signora [[P:Lucia]] [[T:0832 / 18 77 405]]",
            ),
            ("a", "Great, starting {{D:tomorrow}} at {{TM:8:00}}. Enjoy {{W:Salento}}!"),
        ],
    },
    {
        "business": "forno",
        "platform": "whatsapp",
        "customer": "Ada",
        "lang": "it",
        "start": "2025-08-18T09:02:00",
        "messages": [
            (
                "c",
                "pronto sono [[P:Ada Stefanelli]] la nonna di [[P:Lorenzo]] mi ha fatto il telefono questo nipote allora per la festa di {{W:Sant'Oronzo}} mi servono 3 chili di {{PD:frise}} e 20 {{PD:rustici}} che vengono i parenti da [[L:Torino]]",
            ),
            (
                "a",
                "Buongiorno signora! Nessun problema. Per il {{D:24 agosto}} va bene? Dove consegniamo?",
            ),
            (
                "c",
                "a [[L:San Cesario]] [[A:via Vittorio Emanuele 31]] ma non il centro quella vicino alla chiesa citofono [[P:Stefanelli]] c è scritto pure [[P:Renna]] che era mio marito buonanima",
            ),
            ("c", "aspetta che mi fa mio nipote la carta"),
            (
                "c",
                "ciao sono il nipote, carta [[C:5236 7811 4409 3218]] intestata [[P:Lorenzo Renna]] 🙏",
            ),
            (
                "a",
                "Grazie, ma le carte in chat non le prendiamo, si paga alla consegna anche col POS 🙂 Totale {{$:68 €}}, ordine {{O:NU-0824-117}}.",
            ),
            ("c", "ok va bene grazie figlia mia 🙏🙏 {{W:santu Ronzu}} ci protegge"),
        ],
    },
    {
        "business": "forno",
        "platform": "messenger",
        "customer": "Giulia M.",
        "lang": "it",
        "start": "2025-04-14T15:25:00",
        "messages": [
            (
                "c",
                "salve, gestisco la {{B:Trattoria da Giulia}} a [[L:Gallipoli]], vorrei una fornitura fissa di pane per l estate, 15 kg al giorno",
            ),
            (
                "a",
                "Buongiorno! Per [[L:Gallipoli]] consegniamo il mattino presto. Prezzo all'ingrosso {{$:2,80 €/kg}}. Le serve fattura?",
            ),
            (
                "c",
                "sì, intestata a me ditta individuale [[P:Martini Giulia]], cf [[CF:MRTGLI99A41A662Y]]... la p.iva ve la mando appena la trovo 😅",
            ),
            (
                "c",
                "eccola [[V:05372810753]]\npago con bonifico da [[I:IT74Q0200812345000104837261]], le fatture mandatele a [[E:amministrazione.trattoriagiulia@example.it]]",
            ),
            (
                "c",
                "consegna in [[A:riviera Nazario Sauro 30]], [[A:73014]] [[L:Gallipoli]], chiedete di [[P:Uccio]] il mio cuoco [[T:0833 26 41 19]]",
            ),
            (
                "a",
                "Perfetto, partiamo dal {{D:1° giugno}}. Contratto {{R:FOR-2025-031}} in arrivo via mail.",
            ),
        ],
    },
    {
        "business": "forno",
        "platform": "telegram",
        "customer": "Ionela",
        "lang": "it",
        "start": "2025-11-04T07:18:00",
        "messages": [
            (
                "c",
                "buna ziua scusate io lavoro come badante per signor [[P:Vito Perrone]] lui vuole pane senza sale ogni giorno, voi fate?",
            ),
            (
                "a",
                "Buongiorno! Sì, pane senza sale tutti i giorni tranne la {{D:domenica}}. A che indirizzo?",
            ),
            ("c", "[[A:via Adriatica 77/B]] qui a [[L:Surbo]]\nio sono [[P:Ionela Popescu]]"),
            ("c", "numero mio [[T:+40 744 518 902]] è [[L:rumeno]], italiano nn ho ancora"),
            (
                "a",
                "Grazie. Il figlio del signor [[P:Perrone]] ci aveva scritto per mail, è [[P:Giovanni]]? Così sappiamo chi paga",
            ),
            (
                "c",
                "si [[P:Gianni]] lui paga ogni mese, la sua mail [[E:gianni.perrone@libero.it]]... mulțumesc!",
            ),
            ("a", "Perfetto, a domani! 🥖"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(119, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
