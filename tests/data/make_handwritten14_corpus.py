# ruff: noqa: E501
"""Hand-written blind TEST corpus no. 14 for the anonymiser (``handwritten14_corpus.jsonl``).

Every conversation below was written blind and by hand, one message at a time: no templates, no
Faker, no look at the engine, at its rules or at any other corpus. All people, addresses, phone
numbers and identifiers are invented; IBANs, codici fiscali, partite IVA and card numbers were
computed once with python-stdnum / Luhn so that they are valid, then pasted as literal text.

Businesses (the Pages the conversations belong to) are listed in ``BUSINESS_NAMES``: a
swimming pool with courses, a vintage motorbike restorer, an au-pair and babysitter agency, a
beekeeper selling honey online, a hearing-aid and glasses shop, a luggage and box shipping
service for students and expats, and an Italian family-history (genealogy) research service.

Markup, stripped by this script:

- ``[[TYPE:value]]`` a personal value the anonymiser must remove (TYPE is one of
  ``privacy.types.ENTITY_TYPES``);
- ``{{KIND:value}}`` a look-alike that must survive (order numbers, tracking codes, prices,
  dates, times, products, brands, ordinary words).

Regenerate (deterministic, same bytes on every run)::

    .venv/bin/python tests/data/make_handwritten14_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("handwritten14_corpus.jsonl")
PREFIX = "hw14"

# key -> (page id, Page name)
BUSINESSES: dict[str, tuple[str, str]] = {
    "pool": ("hw14-page-pool", "Piscina Delfino Blu"),
    "moto": ("hw14-page-moto", "Officina Moto d'Epoca Brambati"),
    "aupair": ("hw14-page-aupair", "Little Nest Au Pair & Babysitting"),
    "honey": ("hw14-page-honey", "Apicoltura Valle dei Ciliegi"),
    "ear": ("hw14-page-ear", "Ottica e Acustica Benvenuti"),
    "bags": ("hw14-page-bags", "BagaGo Spedizioni Bagagli"),
    "roots": ("hw14-page-roots", "Radici Italiane Family History"),
}
BUSINESS_NAMES: tuple[str, ...] = tuple(name for _, name in BUSINESSES.values())

# Each conversation: business key, platform, the customer's display name, and messages as
# (sender role "c"/"a", language, text with markup).
Conversation = dict[str, Any]

CONVERSATIONS: list[Conversation] = [
    # 1 - pool, elderly lady writing a formal letter, daughter takes over
    {
        "business": "pool",
        "platform": "whatsapp",
        "customer": "Carmela Gatto",
        "messages": [
            (
                "c",
                "it",
                "Gentilissimi signori della Piscina,\ncon la presente desidero iscrivere mio "
                "nipote [[PERSON:Tommaso Riva]], di anni 7, al corso di nuoto del sabato mattina. "
                "Il bambino sa già stare a galla ma ha timore dell'acqua alta. Vi prego di "
                "comunicarmi il costo e i documenti necessari.\nDistinti saluti\n"
                "[[PERSON:Carmela Gatto]]\n[[ADDRESS:via Vittorio Veneto 41, scala B]]\n"
                "[[LOCATION:Desio]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PERSON:Gatto]]! Il corso {{PRODUCT:Acquaticità Junior}} del "
                "sabato (ore {{TIME:9:30}}) costa {{PRICE:€ 145}} a trimestre. Servono il "
                "certificato medico non agonistico e il codice fiscale del bambino. Ci mandi pure "
                "tutto qui.\n[[PERSON:Giulia]] – segreteria",
            ),
            (
                "c",
                "it",
                "La ringrazio. Il codice fiscale di [[PERSON:Tommaso]] non lo ho sotto mano, me lo "
                "deve dare mia figlia [[PERSON:Serena]]. Intanto Le trascrivo il mio: "
                "[[IT_FISCAL_CODE:GTTCML47P48G273Q]]. Il certificato lo fa il dottor "
                "[[PERSON:Lo Monaco]] giovedì.\nCordialmente\n[[PERSON:C. Gatto]]",
            ),
            (
                "c",
                "it",
                "Buonasera sono [[PERSON:Serena]] la figlia, scrivo dal telefono di mamma 🙈 il cf "
                "di [[PERSON:Tommy]] è [[IT_FISCAL_CODE:rvitms19d03f704b]] (tutto minuscolo scusate"
                "). Il certificato ve lo porta mio marito [[PERSON:Andrea]] sabato",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}} [[PERSON:Serena]], iscrizione fatta: pratica n. {{ORDER:ISC-2026"
                "-0318}}. Il bonifico va sull'IBAN [[IBAN_CODE:IT21Z0844033030000000061294]] con "
                "causale 'Acquaticità sabato [[PERSON:Riva]]'. A sabato! 🐬",
            ),
            ("c", "it", "grazie mille 🙏"),
        ],
    },
    # 2 - pool, teenager, no capitals, slang
    {
        "business": "pool",
        "platform": "instagram",
        "customer": "nico.sfera",
        "messages": [
            (
                "c",
                "it",
                "raga ma il nuoto libero la dome è aperto?? io e [[PERSON:ale]] volevamo venire "
                "tipo alle 4",
            ),
            (
                "a",
                "it",
                "Ciao! Domenica il nuoto libero è dalle {{TIME:14:00}} alle {{TIME:18:30}}, "
                "ingresso {{PRICE:6,50 €}} (ridotto under 18 {{PRICE:5 €}}). Serve la cuffia 😉",
            ),
            (
                "c",
                "it",
                "ok top. ma la cuffia la vendete li? la mia l'ha presa mio fratello [[PERSON:"
                "giacomo]] e non me la ridà più 💀",
            ),
            (
                "a",
                "it",
                "Sì, al bar abbiamo le cuffie {{BRAND:Arena}} a {{PRICE:8 €}}. Orari e chiusure li "
                "trovi anche sul nostro profilo [[HANDLE:@delfinoblu_nuoto]] 😉 a domenica!",
            ),
            (
                "c",
                "it",
                "ahahah ok. ah e se viene anche la [[PERSON:bianca]] che ha 12 anni deve "
                "venire un adulto?",
            ),
            (
                "a",
                "it",
                "Sotto i 14 anni sì, serve un accompagnatore maggiorenne. Staff Delfino Blu",
            ),
            ("c", "it", "ok grz"),
        ],
    },
    # 3 - moto, English collector (UK), pedantic signature block
    {
        "business": "moto",
        "platform": "messenger",
        "customer": "Rupert Whitfield",
        "messages": [
            (
                "c",
                "en",
                "Good afternoon,\n\nI am enquiring about a full frame-up restoration of a 1962 "
                "{{BRAND:Moto Guzzi}} {{PRODUCT:Lodola 235}} which I bought last spring from a "
                "gentleman in [[LOCATION:Lecco]]. The engine turns over but the gearbox is seized. "
                "Could you give me an idea of lead times and cost? I would have the bike collected "
                "from my brother-in-law's garage in [[LOCATION:Bellagio]].\n\nKind regards,\n\n"
                "[[PERSON:Rupert J. Whitfield]]\n[[ADDRESS:Flat 3, 17 Marlborough Road\n"
                "Cheltenham GL50 2QT]]\nMob. [[PHONE_NUMBER:+44 7700 "
                "914 362]]\n[[EMAIL_ADDRESS:r.whitfield@cotswold-mail.co.uk]]",
            ),
            (
                "a",
                "en",
                "Dear Mr [[PERSON:Whitfield]], thank you for your message. A Lodola restoration "
                "usually takes 5-7 months; for a seized gearbox we estimate {{PRICE:€ 6.800}} - "
                "{{PRICE:€ 9.500}} depending on parts. We can collect in [[LOCATION:Bellagio]] on "
                "{{DATE:14 April}}. Who should our driver ask for?\n[[PERSON:Ettore Brambati]]",
            ),
            (
                "c",
                "en",
                "Dear Mr [[PERSON:Brambati]],\nThank you. My brother-in-law is [[PERSON:Fabio "
                "Dell'Acqua]], his number is [[PHONE_NUMBER:338 402 7719]]. The garage is at "
                "[[ADDRESS:via per Guello 6]], behind the church; ring twice, the bell is faulty."
                "\nRegards,\n[[PERSON:R. J. Whitfield]]",
            ),
            (
                "a",
                "en",
                "Noted. Job reference {{ORDER:BR-26-041}}. Our driver [[PERSON:Mirko]] will call "
                "Mr [[PERSON:Dell'Acqua]] the day before.",
            ),
            (
                "c",
                "en",
                "Splendid. For the deposit please use my card [[CREDIT_CARD:4532 0127 7310 4801]] exp 09/28, or "
                "tell me if you prefer a transfer.",
            ),
            (
                "a",
                "en",
                "Please don't send card numbers in chat, Mr [[PERSON:Whitfield]]! A bank transfer "
                "is fine: we'll e-mail the invoice to your address. [[PERSON:Ettore]]",
            ),
        ],
    },
    # 4 - moto, Sicilian customer with dialect, voice notes typed
    {
        "business": "moto",
        "platform": "whatsapp",
        "customer": "Turi Cannizzaro",
        "messages": [
            (
                "c",
                "it",
                "Salutamu! Sugnu [[PERSON:Salvatore Cannizzaro]], ma tutti mi chiamano "
                "[[PERSON:Turi]]. Ho una {{BRAND:Gilera}} {{PRODUCT:Saturno}} del '51 ca era di me "
                "nannu, sta ferma nel magazzino a [[LOCATION:Acireale]] da trent'anni. Si può "
                "sistemari o è munnizza?",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Salvatore]]! Una Saturno si recupera quasi sempre 🙂 Ci mandi "
                "foto del motore lato destro e del numero di telaio? Per il trasporto dalla "
                "Sicilia usiamo un corriere convenzionato. [[PERSON:Ettore]]",
            ),
            ("c", "it", "Amunì, ora ci mando i foto. Mio cugino [[PERSON:Nello]] mi aiuta"),
            (
                "c",
                "it",
                "Eccole. Il telaio dice {{CODE:SA 31147}}. Ah u motore è un poco arrucciuto ma "
                "gira a mano. Il ritiro fatelo da mio cugino [[PERSON:Nello Pappalardo]], "
                "[[ADDRESS:via Vittorio Emanuele 212]], [[LOCATION:Aci Sant'Antonio]], tel "
                "[[PHONE_NUMBER:095 791 4423]]",
            ),
            (
                "a",
                "it",
                "Ricevute, grazie. Il telaio è originale 👍 Preventivo ritiro + perizia: "
                "{{PRICE:380 euro}}. Le giro la conferma sulla mail, me la scrive?",
            ),
            (
                "c",
                "it",
                "[[EMAIL_ADDRESS:turicannizzaro chiocciola libero punto it]]. Matri mia sti cosi tecnologici",
            ),
            (
                "a",
                "it",
                "Trascritta: [[EMAIL_ADDRESS:turicannizzaro@libero.it]], giusto? Pratica "
                "{{ORDER:BR-26-057}}.",
            ),
            ("c", "it", "Giustu. Grazie assai, si vidiemu"),
        ],
    },
    # 5 - moto, US collector, casual, shipping to the US
    {
        "business": "moto",
        "platform": "instagram",
        "customer": "Hank Lowry",
        "messages": [
            (
                "c",
                "en",
                "hey guys saw the {{BRAND:Laverda}} you did on your page, beautiful work!! I've got a 1974 "
                "{{BRAND:Ducati}} {{PRODUCT:750 Sport}} that needs paint + chrome. I'm in [[LOCATION:"
                "Bozeman, Montana]], can you ship from/to the US?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Hank]]! Thanks 🙏 Yes, we work with a crate shipper from Newark and Houston. Paint "
                "and chrome on a 750 Sport starts around {{PRICE:€ 4,200}}. Could you send pictures "
                "and your email so I can forward the shipper's quote?",
            ),
            (
                "c",
                "en",
                "sure, [[EMAIL_ADDRESS:hank.lowry (at) bigskymail (dot) com]]. or text me at [[PHONE_NUMBER:(406) "
                "555-0183]] but I'm 8 hrs behind you lol",
            ),
            (
                "a",
                "en",
                "Got it. Shipper contact is [[PERSON:Marisa Colnago]] at Overseas Crating, she'll "
                "write from her office email. — [[PERSON:Lorenzo]] (workshop)",
            ),
            (
                "c",
                "en",
                "awesome. the bike's at my buddy [[PERSON:Rich]]'s place right now, [[ADDRESS:2208 W Babcock "
                "St, Bozeman, MT 59715]], just so she knows where to pick it up",
            ),
            ("a", "en", "Perfect, passed on. We'll keep you posted on {{ORDER:BR-26-062}}."),
        ],
    },
    # 6 - au pair, Irish applicant
    {
        "business": "aupair",
        "platform": "messenger",
        "customer": "Aoife Brennan",
        "messages": [
            (
                "c",
                "en",
                "Hiya! I'm [[PERSON:Aoife]], 20, from [[LOCATION:Ballina]] in Mayo. I'm after "
                "finishing my first year of primary teaching in [[LOCATION:Limerick]] and I'd love "
                "to do a summer as an au pair in Italy. Grand if ye have anything near Milan or "
                "the lakes?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Aoife]], lovely to hear from you! We have three families around Milan "
                "and one in [[LOCATION:Varese]] looking for July-August. Could you fill in the application "
                "form on our website and send us a short video? [[PERSON:Chiara]] from "
                "Little Nest",
            ),
            (
                "c",
                "en",
                "Done! My email on it is [[EMAIL_ADDRESS:aoife.brennan02@gmail.com]] and my mam's "
                "number in case ye can't get me is [[PHONE_NUMBER:+353 86 417 2290]] (she's "
                "[[PERSON:Siobhán]], she worries 😅). Garda vetting is done too",
            ),
            (
                "a",
                "en",
                "Brilliant, thanks. The [[PERSON:Moretti]] family in [[LOCATION:Varese]] would like a video "
                "call on {{DATE:Thursday 12th}} at {{TIME:6pm}} Irish time. They have two boys, "
                "[[PERSON:Leo]] (5) and [[PERSON:Pietro]] (8). OK for you?",
            ),
            ("c", "en", "Deadly, that suits 👍"),
            (
                "c",
                "en",
                "Quick one - what's the pocket money like and do I need my own insurance? Sorry "
                "for all the questions",
            ),
            (
                "a",
                "en",
                "No worries at all! {{PRICE:€ 300}} a month is our minimum, plus board and a "
                "travel card. Insurance is included in the {{PRODUCT:Summer Nest}} package. "
                "[[PERSON:Chiara]] 🙂",
            ),
        ],
    },
    # 7 - au pair, busy Milanese mother, lists
    {
        "business": "aupair",
        "platform": "whatsapp",
        "customer": "Ludovica",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[PERSON:Ludovica Sanvito Orsini]], ci eravamo sentite a "
                "gennaio. Cerchiamo una ragazza alla pari da settembre. Riassumo:\n- 2 bimbe, "
                "[[PERSON:Gioia]] 3 anni e [[PERSON:Margherita]] 6\n- inglese madrelingua "
                "possibilmente\n- patente (le porta in piscina il mercoledì)\n- camera sua con "
                "bagno\nAbitiamo in [[ADDRESS:via Washington 88]], zona [[LOCATION:De Angeli]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PERSON:Sanvito]]! Me la ricordo benissimo. Abbiamo due "
                "profili adatti: [[PERSON:Hope Caldwell]] (Canada, 22 anni) e [[PERSON:Grace "
                "Okafor]] (Regno Unito, 24). Le mando i profili sulla mail?",
            ),
            (
                "c",
                "it",
                "Sì grazie, meglio quella di mio marito che le legge prima di me 🙄 "
                "[[EMAIL_ADDRESS:f.orsini@studiorsini-avvocati.it]]",
            ),
            (
                "a",
                "it",
                "Inviati. Per il contratto ci servono i codici fiscali di entrambi i genitori e "
                "l'IBAN da cui partirà il rimborso spese. Nessuna fretta. [[PERSON:Chiara]]",
            ),
            (
                "c",
                "it",
                "Allora: io [[IT_FISCAL_CODE:BNCLSS92A45F704B]] no aspetti questo è di mia "
                "sorella [[PERSON:Alessia]] 🤦‍♀️ ve lo rimando stasera con calma",
            ),
            (
                "c",
                "it",
                "Eccomi. IBAN conto cointestato: [[IBAN_CODE:IT54 W020 0801 6320 0010 4739 226]]. "
                "Il codice fiscale di [[PERSON:Federico]] lo trova nella mail che le ha scritto "
                "lui. [[PERSON:Grace]] ci è piaciuta moltissimo!!",
            ),
            (
                "a",
                "it",
                "Che bello! Allora fissiamo l'arrivo di [[PERSON:Grace]] per il {{DATE:1 "
                "settembre}}. Pratica {{ORDER:LN-0926-14}}.",
            ),
        ],
    },
    # 8 - au pair, Australian au pair in bad Italian, code-switching
    {
        "business": "aupair",
        "platform": "telegram",
        "customer": "Kirra Donnelly",
        "messages": [
            (
                "c",
                "it",
                "Ciao! Io sono [[PERSON:Kirra]], ragazza alla pari con famiglia [[PERSON:"
                "Lombardi]] a [[LOCATION:Bergamo]]. Scusa mio italiano è molto male. Io ho un "
                "problema con la mia camera, non c'è... heating? riscaldamento?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Kirra]], no worries, we can talk in English! Have you told "
                "Signora [[PERSON:Lombardi]] already?",
            ),
            (
                "c",
                "en",
                "yeah I told her last week, she said her husband [[PERSON:Massimo]] would fix it "
                "but he's been away for work in [[LOCATION:Stuttgart]]. it's freezing mate, I'm "
                "sleeping in my hoodie haha. I don't want to make a fuss tho",
            ),
            (
                "a",
                "en",
                "You're not making a fuss, it's in the agreement. I'll give the family a call "
                "today. Is the best number for you still [[PHONE_NUMBER:+61 412 508 337]]? "
                "[[PERSON:Tess]]",
            ),
            (
                "c",
                "en",
                "nah I've got an Italian SIM now, [[PHONE_NUMBER:347-118-9052]]. thanks heaps "
                "[[PERSON:Tess]] 🙏",
            ),
            (
                "a",
                "it",
                "Aggiornamento: ho parlato con la signora [[PERSON:Lombardi]], domani arriva "
                "il tecnico della {{BRAND:Riello}} alle {{TIME:10}}. Let me know if it's sorted!",
            ),
            ("c", "en", "sorted!! warm at last 🔥🔥"),
        ],
    },
    # 9 - honey, personalised gift labels
    {
        "business": "honey",
        "platform": "instagram",
        "customer": "martina_ghisolfi",
        "messages": [
            (
                "c",
                "it",
                "Ciao!! Vorrei ordinare le bomboniere col miele per il battesimo di mio figlio, 40 "
                "vasetti da {{PRODUCT:50 g}} di {{PRODUCT:millefiori}}. Sull'etichetta si può "
                'scrivere "[[PERSON:Edoardo]] · {{DATE:19 aprile 2026}}"?',
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Martina]]! Certo 🐝 Il pacchetto {{PRODUCT:Bomboniera Dolce}} "
                "costa {{PRICE:3,90 €}} a vasetto con etichetta personalizzata e fiocco. Colore "
                "del fiocco?",
            ),
            (
                "c",
                "it",
                'azzurro polvere! e sul retro "Grazie da [[PERSON:Martina]], [[PERSON:'
                'Luca]] e [[PERSON:Edo]]"',
            ),
            (
                "a",
                "it",
                "Segnato. Indirizzo di spedizione e nome sul citofono?",
            ),
            (
                "c",
                "it",
                "[[ADDRESS:Via Cesare Battisti 15/B, 27100 Pavia]], citofono [[PERSON:Ghisolfi-"
                "Rampoldi]]. Se non ci sono lascia pure alla vicina, la sig.ra [[PERSON:Pagano]] "
                "del piano terra",
            ),
            (
                "a",
                "it",
                "Ordine {{ORDER:VC-2026-0412}}, {{WORD:Spedito}} entro il {{DATE:10 aprile}}. "
                "Ti arriverà il tracking via SMS. Un abbraccio dall'apiario! [[PERSON:Nadia]]",
            ),
            ("c", "it", "🥰🥰"),
        ],
    },
    # 10 - honey, angry customer in CAPS
    {
        "business": "honey",
        "platform": "messenger",
        "customer": "Renato Fumagalli",
        "messages": [
            (
                "c",
                "it",
                "BUONGIORNO. IL PACCO È ARRIVATO CON DUE VASETTI ROTTI E IL MIELE DAPPERTUTTO. "
                "ANCHE SUL MIO ZERBINO NUOVO. ORDINE {{ORDER:VC-2026-0377}}. COSA INTENDETE FARE????",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PERSON:Fumagalli]], ci dispiace davvero. Ci manda una foto "
                "del pacco e dei vasetti? Rispediamo subito i due vasetti di {{PRODUCT:castagno}}.",
            ),
            (
                "c",
                "it",
                "LA FOTO L'HA FATTA IL CORRIERE, UN CERTO [[PERSON:DAVIDE]] DELLA {{BRAND:BRT}}, "
                "CHE HA DETTO CHE NON È COLPA SUA. IO NON VOGLIO ALTRO MIELE VOGLIO I SOLDI "
                "INDIETRO. {{PRICE:27,80 EURO}}.",
            ),
            (
                "a",
                "it",
                "Va bene, procediamo con il rimborso. Ci indica l'IBAN su cui accreditarlo?",
            ),
            (
                "c",
                "it",
                "[[IBAN_CODE:IT36B0311111700000000007352]] INTESTATO A [[PERSON:FUMAGALLI RENATO]]"
                " E [[PERSON:CORTI ADRIANA]]",
            ),
            (
                "a",
                "it",
                "Rimborso disposto oggi, lo vede in 2-3 giorni lavorativi. Ci scusi ancora. "
                "[[PERSON:Nadia Cerri]] - Apicoltura Valle dei Ciliegi",
            ),
            ("c", "it", "Ok. Grazie. La prossima volta imballate meglio."),
        ],
    },
    # 11 - honey, B2B shop, signature block, partita IVA
    {
        "business": "honey",
        "platform": "whatsapp",
        "customer": "Emporio Bio Ferro",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, scrivo per conto di Emporio Bio di [[LOCATION:Chiavari]]. Vorremmo "
                "inserire i vostri mieli: acacia, tiglio e melata. Listino rivenditori?\n\n--\n"
                "[[PERSON:Gianni Ferro]]\nEmporio Bio snc di [[PERSON:Ferro G.]] & [[PERSON:Bello"
                " S.]]\n[[ADDRESS:Corso Garibaldi 61/63, 16043 Chiavari (GE)]]\nP.IVA "
                "[[IT_VAT_CODE:02455190153]]\nTel. [[PHONE_NUMBER:0185 30 41 27]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PERSON:Ferro]], grazie! Il listino rivenditori 2026 è: "
                "{{PRODUCT:acacia 500 g}} {{PRICE:7,20 €}}, {{PRODUCT:tiglio 500 g}} "
                "{{PRICE:6,80 €}}, {{PRODUCT:melata di bosco 500 g}} {{PRICE:7,50 €}} + IVA. "
                "Minimo 24 vasetti.",
            ),
            (
                "c",
                "it",
                "Ok. Partiamo con 12+12+12. Fattura a Emporio Bio, SDI {{CODE:M5UXCR1}}. La mia "
                "socia [[PERSON:Sole Bello]] vuole sapere se fate anche il miele di corbezzolo",
            ),
            (
                "a",
                "it",
                "Il corbezzolo quest'anno purtroppo no, la fioritura è andata male 😔 Ordine "
                "{{ORDER:VC-B2B-0091}} registrato. Pagamento a 30 gg con bonifico su "
                "[[IBAN_CODE:IT80P0503433410000000215530]].",
            ),
            ("c", "it", "Perfetto. Saluti a voi"),
        ],
    },
    # 12 - hearing aids, son writing for his elderly father
    {
        "business": "ear",
        "platform": "whatsapp",
        "customer": "Davide Porta",
        "messages": [
            (
                "c",
                "it",
                "Salve, scrivo per mio padre [[PERSON:Fortunato Porta]], 70 anni. Ha gli "
                "apparecchi {{BRAND:Amplifon}}... no scusate {{BRAND:Phonak}} presi da voi nel "
                "2022 e il sinistro fischia sempre. Si può prenotare un controllo? Lui al "
                "telefono non sente, per questo scrivo io 😅",
            ),
            (
                "a",
                "it",
                "Buongiorno! Certo, il controllo è gratuito per i nostri clienti. Abbiamo posto "
                "martedì {{DATE:3 marzo}} alle {{TIME:10:15}} o giovedì alle {{TIME:16:40}} con "
                "la dott.ssa [[PERSON:Rosa Amato]], audioprotesista. Mi conferma la data di nascita "
                "o il codice fiscale di suo papà per trovare la scheda?",
            ),
            (
                "c",
                "it",
                "[[IT_FISCAL_CODE:PRTFTN55M20A662B]]. Martedì va bene, lo accompagna mia moglie "
                "[[PERSON:June]] perché io lavoro a [[LOCATION:Piacenza]]",
            ),
            (
                "a",
                "it",
                "Trovato: signor [[PERSON:Porta Fortunato]], [[ADDRESS:viale dei Mille 9]], "
                "[[LOCATION:Codogno]]. L'indirizzo è ancora quello? Prenotato martedì "
                "{{TIME:10:15}}. [[PERSON:Stefania]]",
            ),
            (
                "c",
                "it",
                "No si è trasferito da noi, ora abita a [[ADDRESS:Frazione Mirabello, via "
                "Fornaci 3]], [[LOCATION:Senna Lodigiana]]. Se servono le pile gliele prendo io",
            ),
            (
                "a",
                "it",
                "Aggiornato, grazie. Le pile {{PRODUCT:misura 312}} sono {{PRICE:6 €}} la "
                "confezione da 6. A martedì!",
            ),
        ],
    },
    # 13 - glasses, elderly gentleman, formal with typos
    {
        "business": "ear",
        "platform": "messenger",
        "customer": "Ugo Dal Pozzo",
        "messages": [
            (
                "c",
                "it",
                "Egregio Ottico,\nho ricevuto in regalo dai nipoti questo telefono e provo a "
                "scriverVi. Gli occhiali da lettura che mi avete fatto in Ottobre si sono rotti "
                "nella stanghetta destra, sono caduti sotto la poltrona e mia moglie [[PERSON:"
                "Bruna]] ci si è seduta sopra. Si possono riparare? Il modello è {{BRAND:Silhouette}}"
                ".\nCon osservanza\n[[PERSON:Ugo Dal Pozzo]]\n(ex capostazione)",
            ),
            (
                "a",
                "it",
                "Gentile signor [[PERSON:Dal Pozzo]], ci dispiace! La stanghetta {{BRAND:"
                "Silhouette}} si sostituisce in 10 giorni circa, costo {{PRICE:35 €}}. Può "
                "passare in negozio quando vuole. Cordiali saluti, [[PERSON:G. Benvenuti]]",
            ),
            (
                "c",
                "it",
                "Grazie infinte. Non guido più, li porterà mio nipote [[PERSON:Ruggero]] sabato. "
                "Lui lavora alla {{BRAND:Ferramenta Sartori}} e esce a mezzogiorno.",
            ),
            ("a", "it", "Va benissimo, sabato siamo aperti fino alle {{TIME:12:30}}."),
            (
                "c",
                "it",
                "Un ultima cosa. Mia moglie chiede se per gli apparecchi acustici si può avere il "
                "rimborso ASL, il nostro medico è il dottor [[PERSON:Ignazio Tomasello]] di "
                "[[LOCATION:Casalpusterlengo]]. Mi scusi la lunghezza.\nDistinti saluti\n"
                "[[PERSON:U. Dal Pozzo]]",
            ),
            (
                "a",
                "it",
                "Sì, con invalidità riconosciuta e prescrizione dell'otorino. Le spieghiamo tutto "
                "sabato a [[PERSON:Ruggero]] o quando passa lei con la signora [[PERSON:Bruna]]. "
                "[[PERSON:Giorgio]]",
            ),
        ],
    },
    # 14 - bags, US student shipping boxes home from Bologna
    {
        "business": "bags",
        "platform": "instagram",
        "customer": "madi.kowalczyk",
        "messages": [
            (
                "c",
                "en",
                "hi!! I'm an exchange student finishing my semester in [[LOCATION:Bologna]] and I have way too "
                "much stuff 😭 how much to ship 2 big boxes to [[LOCATION:Chicago]]?",
            ),
            (
                "a",
                "en",
                "Hi! For two boxes up to 23 kg each to the US our {{PRODUCT:Study Abroad Box}} "
                "rate is {{PRICE:€ 189}} in total, door to door, about 8 working days. Pick-up "
                "from your flat in [[LOCATION:Bologna]] is included.",
            ),
            (
                "c",
                "en",
                "omg yes. my flat is [[ADDRESS:Via del Pratello 47, int. 5]] (the buzzer says "
                "[[PERSON:Fontana]], that's my landlady). and deliver to my parents: [[PERSON:Greg"
                " & Dana Kowalczyk]], [[ADDRESS:1419 N Hoyne Ave, Chicago, IL 60622]]",
            ),
            (
                "a",
                "en",
                "Great. Pick-up booked for {{DATE:June 3}}, 9am-1pm. Could you give me a phone "
                "number for the driver and the name on the label?",
            ),
            (
                "c",
                "en",
                "[[PERSON:Madison Kowalczyk]], my italian number is [[PHONE_NUMBER:+39 351 "
                "624 0871]] and my mom's is [[PHONE_NUMBER:773.555.0142]] for the US side",
            ),
            (
                "a",
                "en",
                "All set, booking {{ORDER:BGG-24817}}. You'll get the tracking ({{TRACKING:"
                "1Z 4F7 839 04 5521 8830}}) when the boxes leave. — [[PERSON:Pam]] @ BagaGo",
            ),
            ("c", "en", "ur a lifesaver 🫶"),
        ],
    },
    # 15 - bags, Neapolitan mother sending a suitcase to her son in London
    {
        "business": "bags",
        "platform": "whatsapp",
        "customer": "Assunta",
        "messages": [
            (
                "c",
                "it",
                "Buonasera, aggio bisogno di mandare na valigia a mio figlio [[PERSON:Gennaro]] a "
                "[[LOCATION:Londra]], ci sta la roba d'inverno e un poco di roba da mangiare. Si può mettere il "
                "caciocavallo? 😅",
            ),
            (
                "a",
                "it",
                "Buonasera! Formaggi stagionati sottovuoto sì, cibi freschi no. La valigia fino a "
                "{{PRODUCT:30 kg}} per il Regno Unito costa {{PRICE:79 €}} dogana inclusa. Da "
                "dove ritiriamo?",
            ),
            (
                "c",
                "it",
                "Da me a [[LOCATION:Portici]], [[ADDRESS:via Università 122]], palazzo giallo, "
                "terzo piano, scala C. Nome [[PERSON:Assunta Esposito]]. A [[LOCATION:Londra]] l'indirizzo è "
                "questo che mi ha mandato lui:\n[[ADDRESS:Flat 12, Lanyard House\n24 Tanner Street"
                "\nLondon SE1 3LD]]",
            ),
            (
                "a",
                "it",
                "Perfetto signora. Un numero inglese di [[PERSON:Gennaro]] per il corriere?",
            ),
            (
                "c",
                "it",
                "[[PHONE_NUMBER:07700 900 418]] oppure scrivetegli sull'instagram che lui "
                "risponde solo là, è [[HANDLE:@genny_lnd]]. Quant'è piezz e core mio 🥹 "
                "mannaggia a chi l'ha fatto partì",
            ),
            (
                "a",
                "it",
                "Ahah lo capiamo! Ritiro {{DATE:venerdì 20}} tra le {{TIME:14}} e le {{TIME:18}},"
                " pratica {{ORDER:BGG-24902}}. [[PERSON:Pasquale]] (ufficio Napoli)",
            ),
            (
                "c",
                "it",
                "Grazie assaje. Pago con la carta di mia nuora [[PERSON:Chelsea]]? Mi ha dato "
                "questa [[CREDIT_CARD:5423-6711-0098-7334]] scad 11/27",
            ),
            (
                "a",
                "it",
                "Signora per sicurezza non scriva i numeri della carta in chat 🙏 le mandiamo un "
                "link di pagamento via SMS al [[PHONE_NUMBER:333 81 22 907]], è il suo?",
            ),
            ("c", "it", "Sì è il mio. Grazie a voi"),
        ],
    },
    # 16 - genealogy, Australian customer, great-grandfather from a Calabrian frazione
    {
        "business": "roots",
        "platform": "messenger",
        "customer": "Bronwyn Carere",
        "messages": [
            (
                "c",
                "en",
                "G'day, I'm trying to trace my great-grandfather [[PERSON:Domenico Carere]] who "
                "came out to Queensland in 1927 to cut cane. Family story is he was from a little "
                "place called [[LOCATION:Pietrapennata]] near [[LOCATION:Palizzi]]. His wife was "
                "[[PERSON:Concetta Mollica]]. Is that something you can help with?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Bronwyn]], yes, [[LOCATION:Pietrapennata]] is a frazione of "
                "[[LOCATION:Palizzi]] and the "
                "parish books survive from 1820. Our {{PRODUCT:Starter Search}} ({{PRICE:€ 240}})"
                " covers birth and marriage records for one ancestor. Do you have his date of "
                "birth or the ship's name?",
            ),
            (
                "c",
                "en",
                "Ship was the {{PRODUCT:Remo}}, landed Brisbane {{DATE:Feb 1927}}. Naturalisation "
                "papers say born {{DATE:12/3/1903}}. My cousin [[PERSON:Darren Carere]] in "
                "[[LOCATION:Innisfail]] has his old passport, I'll get him to photograph it",
            ),
            (
                "a",
                "en",
                "That's plenty to start with. I'll open file {{ORDER:RI-AU-0311}}. Where should "
                "we send the report by post, if you'd like the printed copy?",
            ),
            (
                "c",
                "en",
                "[[ADDRESS:14 Jacaranda Court, Mareeba QLD 4880]]. Email's "
                "[[EMAIL_ADDRESS:bron.carere@bigpond.com]] and mobile [[PHONE_NUMBER:0428 337 "
                "915]]. Cheers!",
            ),
            (
                "a",
                "en",
                "Thanks [[PERSON:Bronwyn]]. Our researcher in Reggio, [[PERSON:Dr Silvana "
                "Zappia]], will write to you within two weeks. Best, [[PERSON:Matteo]] — Radici "
                "Italiane",
            ),
            (
                "c",
                "en",
                "Legend. Mum ([[PERSON:Pat]]) is over the moon, she's 84 and always wanted to know",
            ),
        ],
    },
    # 17 - genealogy, US customer pastes an e-mail
    {
        "business": "roots",
        "platform": "messenger",
        "customer": "Lourdes Mancuso-Hale",
        "messages": [
            (
                "c",
                "en",
                "Hi there, pasting the email I sent you last week since nobody answered:\n\n"
                "From: [[PERSON:Lourdes Mancuso-Hale]] <[[EMAIL_ADDRESS:lmhale@frontiernet.net]]>"
                "\nSent: Tuesday, {{DATE:February 10, 2026}} 4:12 PM\nTo: info@\nSubject: [[PERSON:Mancuso]] "
                'family - Sicily\n\nHello,\nMy grandfather [[PERSON:Calogero "Charlie" '
                "Mancuso]] was born in [[LOCATION:Cianciana]] (Agrigento) around 1898 and "
                "emigrated to [[LOCATION:Tampa]]. His parents were [[PERSON:Vincenzo Mancuso]] and"
                " [[PERSON:Rosalia Sciortino]]. I would like a full family tree back to 1800.\n\n"
                "Thank you,\n[[PERSON:Lourdes]]\n[[ADDRESS:5310 Bayshore Blvd, Apt 9C\nTampa, "
                "FL 33611]]\n[[PHONE_NUMBER:813-555-0127]]\n\nSent from my iPad",
            ),
            (
                "a",
                "en",
                "Dear [[PERSON:Lourdes]], I'm so sorry, your email went to our spam folder. "
                "[[LOCATION:Cianciana]]'s civil records start in 1820 so a tree to 1800 needs the parish "
                "archive too. The {{PRODUCT:Family Tree Deluxe}} is {{PRICE:$1,150}} / "
                "{{PRICE:€ 1.060}}. Shall I send an agreement?",
            ),
            (
                "c",
                "en",
                "Yes please. Also my sister [[PERSON:Florence]] (goes by [[PERSON:Flo]]) wants to"
                " be copied, [[EMAIL_ADDRESS:flo.mancuso at outlook dot com]]",
            ),
            (
                "a",
                "en",
                "Done, agreement {{ORDER:RI-US-0298}} sent to both of you. [[PERSON:Matteo "
                "Sciacca]]\nRadici Italiane Family History",
            ),
        ],
    },
    # 18 - pool, tradesman dictating voice-to-text, no punctuation
    {
        "business": "pool",
        "platform": "whatsapp",
        "customer": "Walter Brivio Impianti",
        "messages": [
            (
                "c",
                "it",
                "buongiorno sono [[PERSON:brivio walter]] volevo sapere per mia moglie "
                "l'acquagym la sera dopo le 7 che lei lavora fino alle 6 e mezza al supermercato "
                "di [[LOCATION:seregno]] e fa fatica ad arrivare prima grazie",
            ),
            (
                "a",
                "it",
                "Buongiorno! Acquagym serale: martedì e giovedì {{TIME:19:45}}-{{TIME:20:30}}, "
                "{{PRICE:12 ingressi 96 €}}. Come si chiama la signora per la prova gratuita?",
            ),
            (
                "c",
                "it",
                "si chiama [[PERSON:Daniela Rota]] con la a il suo numero è [[PHONE_NUMBER:tre "
                "quattro otto 22 61 590]] no aspetta [[PHONE_NUMBER:348 2261 590]] scusi sono in "
                "cantiere col furgone punto",
            ),
            (
                "a",
                "it",
                "Nessun problema 😊 Prova gratuita per [[PERSON:Daniela]] giovedì {{TIME:19:45}}."
                " Porti costume, cuffia e ciabatte. Staff",
            ),
            (
                "c",
                "it",
                "perfetto grazie mille e se serve la fattura per me è a nome ditta [[PERSON:"
                "Brivio Walter]] impianti partita iva [[IT_VAT_CODE:08733410966]] virgola sede in "
                "[[ADDRESS:via Stoppani 14 Meda]]",
            ),
            (
                "a",
                "it",
                "L'abbonamento della signora si può fatturare solo a lei come persona fisica, "
                "mi dispiace. Buon lavoro!",
            ),
            ("c", "it", "ah ok va bene grazie arrivederci"),
        ],
    },
    # 19 - honey, German customer, non-native English, refund to a German IBAN
    {
        "business": "honey",
        "platform": "telegram",
        "customer": "Jörg Hildebrandt",
        "messages": [
            (
                "c",
                "en",
                "Hello, I have ordered 6 glasses of {{PRODUCT:Chestnut honey}} on your webshop, "
                "order {{ORDER:VC-2026-0455}}, but I become only 4. Also the invoice is on the "
                "wrong name, it must be [[PERSON:Jörg Hildebrandt]] not [[PERSON:Jorg "
                "Hildebrand]]. Thank you in advance.",
            ),
            (
                "a",
                "en",
                "Hello [[PERSON:Jörg]], sorry about that! We'll correct the invoice. Would you "
                "like the 2 missing jars sent, or a refund of {{PRICE:€ 19.80}}?",
            ),
            (
                "c",
                "en",
                "Refund please, the shipping to [[LOCATION:Freiburg]] takes too long. My IBAN is "
                "[[IBAN_CODE:DE16 7002 0270 0015 8392 74]]. Greetings also from my wife [[PERSON:"
                "Heike]], she likes very much the lavender honey",
            ),
            (
                "a",
                "en",
                "Refund sent today 🐝 Danke and greetings to [[PERSON:Heike]]! [[PERSON:Nadia]]",
            ),
        ],
    },
    # 20 - hearing aids, forwarded delivery note
    {
        "business": "ear",
        "platform": "whatsapp",
        "customer": "Lorena",
        "messages": [
            (
                "c",
                "it",
                "Inoltrato:\n---\nGentile cliente, la spedizione {{TRACKING:GLS 5R20A77310}} "
                "destinata a [[PERSON:MAZZOLENI LORENA]], [[ADDRESS:VIA DON GNOCCHI 7 INT 2 "
                "24060 VILLONGO BG]] non è stata consegnata per destinatario assente. "
                "Riprogrammi la consegna su gls-italy.com\n---\nè il carica batterie degli "
                "apparecchi? io ero a casa!!",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Lorena]], sì, è il caricatore {{PRODUCT:Charger Go}} che ci "
                "aveva chiesto. Purtroppo i corrieri a volte non suonano 😕 Vuole che lo faccia "
                "consegnare in un punto di ritiro?",
            ),
            (
                "c",
                "it",
                "si meglio, all'edicola di [[PERSON:Mario]] in piazza a [[LOCATION:Sarnico]] che "
                "ci passo tutti i giorni",
            ),
            (
                "a",
                "it",
                "Fatto, appena arriva riceve un SMS. [[PERSON:Stefania]]",
            ),
            ("c", "it", "👍"),
        ],
    },
    # 21 - honey webshop, account locked, IP address in the error
    {
        "business": "honey",
        "platform": "messenger",
        "customer": "Gabriele Fabbri",
        "messages": [
            (
                "c",
                "it",
                'Ciao, non riesco più ad entrare nel mio account sul sito, dice "Troppi tentativi '
                "dall'indirizzo [[IP_ADDRESS:93.41.187.22]], riprova tra 24 ore\". Ma io ho "
                "provato due volte! Utente [[EMAIL_ADDRESS:gabri.fabbri83@tiscali.it]]",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Gabriele]], a volte succede se il router di casa condivide l'IP con "
                "altri. Ti sblocco io l'account adesso. Hai ancora nel carrello le 3 "
                "{{PRODUCT:creme di miele alla nocciola}}?",
            ),
            (
                "c",
                "it",
                "Sì! Ah il cf per la fattura è [[IT_FISCAL_CODE:FBBGLC83B17A944W]], nell'account è "
                "sbagliato, c'è una W al posto di... boh, controlla tu",
            ),
            (
                "a",
                "it",
                "Corretto, ora è giusto. Sbloccato anche l'accesso 👍 [[PERSON:Nadia]]",
            ),
            (
                "c",
                "it",
                "Ora dice errore dal nuovo IP [[IP_ADDRESS:2a01:e11:5:3c0::17]] 😩 ah no aspetta, "
                "era il wifi dell'ufficio. Funziona! Grazie",
            ),
        ],
    },
    # 22 - au pair, host family checking a candidate's profiles
    {
        "business": "aupair",
        "platform": "instagram",
        "customer": "casa_delbianco",
        "messages": [
            (
                "c",
                "en",
                "Hi, we're the [[PERSON:Del Bianco]] family from [[LOCATION:Sesto San Giovanni]]."
                " We looked up the candidate you sent, is this her? "
                "[[URL:https://www.instagram.com/lucia.fernandez.vlc/]] and "
                "[[URL:linkedin.com/in/lucia-fernandez-ruiz-8b21a4]]",
            ),
            (
                "a",
                "en",
                "Hi! Yes, that's [[PERSON:Lucía]] 😊 She's from [[LOCATION:Valencia]], 23, "
                "studying early childhood education. Would you like a video call with her?",
            ),
            (
                "c",
                "en",
                "yes please, my husband [[PERSON:Marco]] speaks Spanish so he'll do it. His "
                "whatsapp is [[PHONE_NUMBER:+39 340 772 1856]]. I'm [[PERSON:Serena]] btw",
            ),
            (
                "a",
                "en",
                "Thanks [[PERSON:Serena]]! I'll share [[PERSON:Marco]]'s number with [[PERSON:"
                "Lucía]] and she'll message him. Her own profile on our site is "
                "[[URL:littlenest.it/profiles/lucia-f-2026]] (password in your email). — "
                "[[PERSON:Tess]], Little Nest",
            ),
            ("c", "en", "great thx"),
        ],
    },
    # 23 - pool, American family just moved, code-switching
    {
        "business": "pool",
        "platform": "messenger",
        "customer": "Kelsey Abernathy",
        "messages": [
            (
                "c",
                "en",
                "Hi! Buongiorno! We just moved to [[LOCATION:Lissone]] from [[LOCATION:Houston]] "
                "for my husband's job and my kids really want to keep swimming. [[PERSON:Tyler]] "
                "is 11 and swam competitively back home, [[PERSON:Maisie]] is 7. Do you have "
                "anyone who speaks English? Mi dispiace, il mio italiano è terribile 😅",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Kelsey]], welcome to Italy! Yes, coach [[PERSON:Will Ferrante]] "
                "grew up in [[LOCATION:Toronto]] so the kids will be fine 😊 For [[PERSON:Tyler]] we'd suggest "
                "a try-out with the {{PRODUCT:Esordienti A}} team, for [[PERSON:Maisie]] the "
                "{{PRODUCT:Scuola Nuoto 2}} course.",
            ),
            (
                "c",
                "en",
                "Perfect!! What do you need from us? We don't have the codice fiscale for the kids "
                "yet, the appointment at the Agenzia delle Entrate is on {{DATE:March 9}}",
            ),
            (
                "a",
                "en",
                "No problem, you can enrol with passport numbers and give us the codice fiscale "
                "later. The try-out is on {{DATE:Wednesday}} at {{TIME:17:00}}.",
            ),
            (
                "c",
                "en",
                "Great. Our address here is [[ADDRESS:Via Padre Reginaldo Giuliani 30, 20851 "
                "Lissone MB]], and my cell is still the US one, [[PHONE_NUMBER:+1 832-555-0196]]. "
                "Thank you so much!!!",
            ),
            ("a", "en", "See you Wednesday! [[PERSON:W.F.]] & the Delfino Blu team"),
        ],
    },
    # 24 - pool, lost property, very short messages, agent initials
    {
        "business": "pool",
        "platform": "whatsapp",
        "customer": "Ivana",
        "messages": [
            ("c", "it", "Buonasera"),
            (
                "c",
                "it",
                "Ieri sera ho dimenticato nello spogliatoio un accappatoio lilla con ricamato "
                '"[[PERSON:Ivana]]" e una borraccia {{BRAND:Stanley}}',
            ),
            (
                "a",
                "it",
                "Buonasera, l'accappatoio c'è! La borraccia purtroppo no. Può ritirarlo in "
                "reception fino alle {{TIME:21}}. [[PERSON:AB]]",
            ),
            ("c", "it", "Grazie! Passa mio figlio [[PERSON:Elia]] verso le 8"),
            ("a", "it", "Ok 👍 [[PERSON:AB]]"),
            (
                "c",
                "it",
                "Ah se trovate la borraccia c'è scritto sotto [[PERSON:I. Mastrangelo]] e il mio "
                "numero [[PHONE_NUMBER:329/4471063]]",
            ),
        ],
    },
    # 25 - moto, collector sends a parts table typed in chat
    {
        "business": "moto",
        "platform": "telegram",
        "customer": "Piero Lanfranchi",
        "messages": [
            (
                "c",
                "it",
                "Ciao [[PERSON:Ettore]], ecco l'elenco ricambi per la {{BRAND:Benelli}} "
                "{{PRODUCT:Leoncino 125}} come mi avevi chiesto:\n\n"
                "pezzo           | stato      | da ordinare\n"
                "serbatoio       | ammaccato  | no, si ripara\n"
                "parafango post. | mancante   | sì\n"
                "sella           | strappata  | sì (la rifà [[PERSON:Tonino]])\n"
                "fanale          | ok         | no\n\n"
                "Il serbatoio te lo porto io sabato.",
            ),
            (
                "a",
                "it",
                "Grazie [[PERSON:Piero]], chiarissimo. Il parafango originale lo trovo da un "
                "collezionista di [[LOCATION:Modena]], {{PRICE:210 €}}. Il tappezziere [[PERSON:"
                "Tonino]] quanto ti ha chiesto per la sella?",
            ),
            ("c", "it", "{{PRICE:150}} ma ci mette un mese"),
            (
                "a",
                "it",
                "Giusto. Allora ordino il parafango, lo metto sul conto {{ORDER:BR-25-188}}. "
                "Sabato ci sono fino alle {{TIME:12}}, se non ci sono lascialo a [[PERSON:"
                "Mirko]]",
            ),
            ("c", "it", "Perfetto"),
        ],
    },
    # 26 - moto, pedantic customer, ASI paperwork, forwarded e-mail
    {
        "business": "moto",
        "platform": "messenger",
        "customer": "Ing. Corrado Bonfanti",
        "messages": [
            (
                "c",
                "it",
                "Spett.le Officina,\nin riferimento alla pratica {{ORDER:BR-25-203}} ({{BRAND:MV "
                "Agusta}} {{PRODUCT:125 TR}} del 1954) inoltro quanto ricevuto dal commissario "
                "tecnico ASI:\n\n> Da: [[EMAIL_ADDRESS:m.gavazzi@asifed.it]]\n> Oggetto: "
                "omologazione\n> Gentile ing. [[PERSON:Bonfanti]], per la verifica occorre la "
                "foto del numero motore e fattura dei lavori intestata al proprietario.\n> "
                "[[PERSON:Maurizio Gavazzi]]\n\nVi prego pertanto di emettere fattura a:\n"
                "[[PERSON:Corrado Bonfanti]]\n[[ADDRESS:Largo Cairoli 2, 22100 Como]]\nC.F. "
                "[[IT_FISCAL_CODE:BNFCRD58C11C933V]]\n\nDistinti saluti\nIng. [[PERSON:Corrado "
                "Bonfanti]]\n[[PHONE_NUMBER:031 26 48 19]] - [[PHONE_NUMBER:335.6071288]]",
            ),
            (
                "a",
                "it",
                "Gentile ingegnere, fattura emessa e inviata via PEC. Le foto del numero motore le "
                "mandiamo direttamente al signor [[PERSON:Gavazzi]]? Cordiali saluti, [[PERSON:"
                "E. Brambati]]",
            ),
            (
                "c",
                "it",
                "Sì, grazie. In copia mettete anche mio figlio [[PERSON:Alberto]], "
                "[[EMAIL_ADDRESS:alberto.bonfanti@polimi-alumni.it]], che seguirà la pratica "
                "mentre sono in Portogallo.\nDistinti saluti\n[[PERSON:C.B.]]",
            ),
            ("a", "it", "Fatto. Buon viaggio ingegnere!"),
        ],
    },
    # 27 - au pair, Peruvian babysitter candidate in Milan, non-native Italian
    {
        "business": "aupair",
        "platform": "whatsapp",
        "customer": "Yesenia",
        "messages": [
            (
                "c",
                "it",
                "Buona sera signora, mi chiamo [[PERSON:Yesenia Quispe Huamán]] sono di Perù, "
                "vivo a [[LOCATION:Milano]] da 4 anni in [[LOCATION:Quarto Oggiaro]]. Ho "
                "esperienza con bambini piccoli 6 anni, anche neonati. Cerco lavoro di babysitter "
                "pomeriggio",
            ),
            (
                "a",
                "it",
                "Buonasera [[PERSON:Yesenia]]! Grazie del messaggio. Ha il permesso di soggiorno "
                "e un CV? Può mandarlo a noi qui o per mail.",
            ),
            (
                "c",
                "it",
                "Si ho permesso di soggiorno per lavoro. Il cv ce l'ha mia cugina [[PERSON:Rocío]] "
                "nel computer, glielo manda lei domani dalla sua mail "
                "[[EMAIL_ADDRESS:rocio.quispe.h@hotmail.com]]. Le referenze sono della signora "
                "[[PERSON:Cattaneo]] di [[LOCATION:Rho]] dove ho lavorato 3 anni",
            ),
            (
                "a",
                "it",
                "Perfetto. Ci lascia un numero della signora [[PERSON:Cattaneo]] per le referenze?",
            ),
            (
                "c",
                "it",
                "[[PHONE_NUMBER:02 9302 6614]] la signora [[PERSON:Elisabetta]]. Grazie mille "
                "signora, Dio la benedica",
            ),
            (
                "a",
                "it",
                "Grazie a lei! La chiamiamo entro venerdì. [[PERSON:Chiara Villa]] - Little Nest",
            ),
        ],
    },
    # 28 - au pair, British grandmother asking for her granddaughter
    {
        "business": "aupair",
        "platform": "messenger",
        "customer": "Margaret Cook",
        "messages": [
            (
                "c",
                "en",
                "Dear Sir or Madam,\n\nMy granddaughter [[PERSON:Poppy]] (18) is taking a gap "
                "year and has her heart set on Italy. She is a sensible girl, has her Duke of "
                "Edinburgh Gold and looked after the twins next door, [[PERSON:Alfie]] and "
                "[[PERSON:Archie Baker]], for two summers. I should be grateful to know how your "
                "agency vets its host families, as her mother is rather anxious.\n\nYours "
                "faithfully,\n[[PERSON:Margaret Cook]] (Mrs)\n[[ADDRESS:The Old Forge, Church "
                "Lane, Little Snoring, Norfolk NR21 0HU]]",
            ),
            (
                "a",
                "en",
                "Dear Mrs [[PERSON:Cook]],\nthank you for your kind message. Every host family is "
                "visited at home by one of our coordinators before approval, and au pairs have a "
                "24-hour helpline. [[PERSON:Poppy]] is welcome to apply from 18. Warm regards,\n"
                "[[PERSON:Tess Rawlings]], Au Pair Coordinator",
            ),
            (
                "c",
                "en",
                "Thank you Ms [[PERSON:Rawlings]]. [[PERSON:Poppy]] will write to you herself; her"
                " email is [[EMAIL_ADDRESS:poppy.cook.gapyear@icloud.com]] and her mother's "
                "telephone is [[PHONE_NUMBER:01328 878 204]].\n[[PERSON:M. Cook]]",
            ),
            ("a", "en", "Wonderful, we'll look out for her email. [[PERSON:Tess]]"),
        ],
    },
    # 29 - honey, wedding favours with names on the label
    {
        "business": "honey",
        "platform": "whatsapp",
        "customer": "Rosa",
        "messages": [
            (
                "c",
                "it",
                "Ciao! Mi sposo a settembre 💍 vorrei 120 vasetti di miele per le bomboniere, sul "
                'coperchio incidere "[[PERSON:Rosa]] & [[PERSON:Gianmaria]] · {{DATE:6.9.2026}}" e '
                "sull'etichetta la frase \"L'amore è dolce come il miele\"",
            ),
            (
                "a",
                "it",
                "Auguri [[PERSON:Rosa]]!! 🐝💛 Per l'incisione sul coperchio in legno servono 3 "
                "settimane, il prezzo è {{PRICE:4,60 €}} a vasetto ({{PRODUCT:miele di "
                "lavanda 100 g}}). Ti mando una bozza grafica?",
            ),
            (
                "c",
                "it",
                "sì!! mandala anche a mia sorella [[PERSON:Bianca]] che è la testimone e decide "
                "tutto lei 😂 [[EMAIL_ADDRESS:bianca.la.rosa@gmail.com]]",
            ),
            (
                "a",
                "it",
                "Bozza inviata a te e a [[PERSON:Bianca]]. Per l'acconto del 30% ({{PRICE:165,60 "
                "€}}) puoi pagare con bonifico o con carta dal link che ti mando.",
            ),
            (
                "c",
                "it",
                "Bonifico dal conto di [[PERSON:Gianmaria]]: lui è [[PERSON:Gianmaria D'Amico]], "
                "[[IBAN_CODE:IT29A0306920400100000004871]]. Spedite a casa nostra nuova: "
                "[[ADDRESS:Contrada Santa Venera 11]], [[LOCATION:Acireale]] (CT)",
            ),
            (
                "a",
                "it",
                "Ricevuto, grazie! Ordine {{ORDER:VC-2026-0588}}. Nella bozza c'era scritto "
                '"[[PERSON:Gianmarco]]" per errore, l\'abbiamo già corretto 🙈 [[PERSON:Nadia]]',
            ),
        ],
    },
    # 30 - honey, US customer sending a gift to a friend in Italy
    {
        "business": "honey",
        "platform": "instagram",
        "customer": "june.okonkwo",
        "messages": [
            (
                "c",
                "en",
                "Hi there! I tasted your {{PRODUCT:acacia honey}} when I visited my friend last "
                "summer and I'd like to send her a gift box for her birthday. I'm in [[LOCATION:"
                "Portland]], she lives in Italy. Can I pay from the US?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:June]]! Of course 😊 The {{PRODUCT:Gift Box Trio}} is {{PRICE:€ 34}} "
                "with free shipping in Italy. Payment by card on our website or PayPal. Want to "
                "add a note?",
            ),
            (
                "c",
                "en",
                'Yes: "Happy 40th [[PERSON:Gioia]]! Miss our walks. Love, [[PERSON:June]] & '
                '[[PERSON:Bill]]". Send it to [[PERSON:Gioia Marchetti]], [[ADDRESS:Via San '
                "Michele 23, 34124 Trieste TS]]. Her bday is {{DATE:May 2}}!",
            ),
            (
                "a",
                "en",
                "Lovely. We'll ship on {{DATE:April 28}}. Order {{ORDER:VC-2026-0601}} - the "
                "payment link is on its way to your DMs.",
            ),
            (
                "c",
                "en",
                "Paid! Visa ending 5735. Hope it gets there in time",
            ),
            ("a", "en", "It will 🐝 Thanks [[PERSON:June]]!"),
        ],
    },
    # 31 - hearing aids, daughter in London writing about her mother, code-switching
    {
        "business": "ear",
        "platform": "messenger",
        "customer": "Francesca Amato Hughes",
        "messages": [
            (
                "c",
                "en",
                "Hello, I'm writing from [[LOCATION:London]] about my mum, [[PERSON:Nunzia D'Amico]], she's 85 "
                "and lives alone in [[LOCATION:Lodi]]. Her GP, dott. [[PERSON:Bassi]], says she "
                "needs hearing aids. Can someone visit her at home? She doesn't go out much "
                "since the fall.",
            ),
            (
                "a",
                "it",
                "Buongiorno! Sì, facciamo visite a domicilio a [[LOCATION:Lodi]] il mercoledì. "
                "Scusi, preferisce che scriviamo in inglese? We can also write in English 🙂",
            ),
            (
                "c",
                "en",
                "Italiano va bene, ma English is easier for me, grazie! Her address is "
                "[[ADDRESS:Via Cavour 54, 2° piano]] (no lift!). The neighbour, signora "
                "[[PERSON:Lina Ferrari]], has a key: [[PHONE_NUMBER:0371 42 19 86]]",
            ),
            (
                "a",
                "en",
                "Thank you. Our audiologist [[PERSON:Rosa]] can visit on {{DATE:Wednesday 18}} at "
                "{{TIME:11:00}}. For the ASL paperwork we'll need your mother's codice fiscale.",
            ),
            (
                "c",
                "en",
                "It's [[IT_FISCAL_CODE:DMCNNZ40L50L736R]] - she was born in [[LOCATION:Venice]]. "
                "And my number here is [[PHONE_NUMBER:+44 (0)20 7946 0321]], call any time. "
                "Thanks so much, [[PERSON:Fran]]",
            ),
            (
                "a",
                "en",
                "Booked! We'll call you after the visit. [[PERSON:Stefania B.]] — Ottica e "
                "Acustica Benvenuti",
            ),
        ],
    },
    # 32 - glasses, elderly man dictating by voice
    {
        "business": "ear",
        "platform": "whatsapp",
        "customer": "Nonno Pino",
        "messages": [
            (
                "c",
                "it",
                "buongiorno sono [[PERSON:giuseppe scotti]] ho bisogno degli occhiali nuovi "
                "perché quelli di prima non vedo bene la televisione punto interrogativo",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PERSON:Scotti]]! Facciamo un controllo della vista? Siamo "
                "liberi domani alle {{TIME:9:30}} o alle {{TIME:15}}.",
            ),
            ("c", "it", "alle 3 va bene mi porta mia nuora [[PERSON:anna maria]]"),
            (
                "c",
                "it",
                "ah e mia nuora dice di chiedere se avete ancora la montatura {{BRAND:Ray-Ban}} "
                "marrone come l'ultima volta che l'ho presa con la [[PERSON:Sofia]] la ragazza "
                "bionda",
            ),
            (
                "a",
                "it",
                "[[PERSON:Sofia]] la saluta! Sì, la montatura c'è ancora. A domani alle "
                "{{TIME:15}} 👓",
            ),
        ],
    },
    # 33 - bags, Irish expat moving home from Turin, deposit refund
    {
        "business": "bags",
        "platform": "messenger",
        "customer": "Ciarán Moore",
        "messages": [
            (
                "c",
                "en",
                "Howya, after 6 years in [[LOCATION:Turin]] I'm finally heading home to "
                "[[LOCATION:Galway]] 😬 Need to send 8 boxes and a bike. Collection from "
                "[[ADDRESS:Corso Regina Margherita 155, scala A, int. 9, 10122 Torino]], "
                "delivery to my folks in [[ADDRESS:Knocknacarra, 3 Cherry Park]]",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Ciarán]]! 8 boxes + bike to Ireland with our {{PRODUCT:Move Home "
                "Small}} is {{PRICE:€ 640}}, 10-12 days. We ask a {{PRICE:€ 100}} deposit, "
                "refunded if you cancel 7+ days before collection.",
            ),
            (
                "c",
                "en",
                "Sound. Booked for {{DATE:the 24th}}, deposit paid. My flatmate [[PERSON:"
                "Rafa]] will be there if I'm at work, his mobile is [[PHONE_NUMBER:+34 612 48 "
                "90 73]]",
            ),
            (
                "c",
                "en",
                "Ah feck, the new job moved my start date, I'll have to push to next month. Can "
                "I get the deposit back to my Irish account? [[IBAN_CODE:IE41 BOFI 9058 3817 "
                "4620 93]], name [[PERSON:Ciarán Ó Móráin]] (it's [[PERSON:Moore]] in English, "
                "long story)",
            ),
            (
                "a",
                "en",
                "Ha, no problem! Deposit refund {{ORDER:BGG-R-0114}} sent. Just write when you "
                "have the new date. [[PERSON:Pam]]",
            ),
            ("c", "en", "legend, cheers"),
        ],
    },
    # 34 - bags, Indian student, non-native English
    {
        "business": "bags",
        "platform": "telegram",
        "customer": "Aarav Iyer",
        "messages": [
            (
                "c",
                "en",
                "Good morning sir/madam. I am [[PERSON:Aarav Iyer]], doing masters in [[LOCATION:Pavia]] "
                "university. Kindly tell the rates for shipping one suitcase 25 kg to "
                "[[LOCATION:Chennai]]. My course is completing on {{DATE:15th July}}.",
            ),
            (
                "a",
                "en",
                "Good morning [[PERSON:Aarav]]! A 25 kg suitcase to India is {{PRICE:€ 145}}, "
                "about 2-3 weeks with customs. You will need a copy of your passport and of "
                "your visa for customs.",
            ),
            (
                "c",
                "en",
                "Ok noted. I am staying at [[ADDRESS:Collegio Volta, via Ferrata 17]], room 214. "
                "Delivery address is my father's house: [[PERSON:R. Iyer]], [[ADDRESS:No. 8, 3rd "
                "Cross Street, Kasturba Nagar, Adyar, Chennai 600020]]. His mobile "
                "[[PHONE_NUMBER:+91 98401 27365]]",
            ),
            (
                "a",
                "en",
                "Thank you. Booking {{ORDER:BGG-25330}}, collection on {{DATE:16 July}}. Please "
                "do the online payment from the link, we cannot take card numbers on chat.",
            ),
            (
                "c",
                "en",
                "Sure. Kindly do the needful for customs documents also. Thank you so much "
                "madam. Regards, [[PERSON:Aarav]]",
            ),
        ],
    },
    # 35 - genealogy, Italian-American from New Jersey, card number in chat
    {
        "business": "roots",
        "platform": "messenger",
        "customer": "Vinnie Iacovelli",
        "messages": [
            (
                "c",
                "en",
                "yo, my nonna always said we came from [[LOCATION:Sant'Agata de' Goti]] near "
                "Naples. her dad was [[PERSON:Angelo Iacovelli]], came over 1912 thru Ellis "
                "Island. I wanna apply for italian citizenship, can u find the birth cert?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Vincent]]! Yes, that's exactly what our {{PRODUCT:Citizenship "
                "Pack}} does: birth, marriage and the no-naturalisation check. {{PRICE:$890}}. "
                "Do you know [[PERSON:Angelo]]'s parents' names?",
            ),
            (
                "c",
                "en",
                "i think [[PERSON:Giuseppe]] and [[PERSON:Maria Carmela]]. my aunt [[PERSON:"
                "Connie]] has the old bible with all the names, she lives in [[LOCATION:Toms "
                "River]]. ok lets do it, charge my amex [[CREDIT_CARD:3782 821900 43610]] exp "
                "0429",
            ),
            (
                "a",
                "en",
                "Please don't post card numbers here 🙏 could you delete that message? "
                "I'll send a secure payment link to your email instead. Which "
                "one should I use?",
            ),
            (
                "c",
                "en",
                "my bad lol. [[EMAIL_ADDRESS:vinnie.iaco@verizon.net]]. address for the papers is "
                "[[ADDRESS:77 Hooper Ave, Apt 2, Toms River NJ 08753]]",
            ),
            (
                "a",
                "en",
                "Thanks! File {{ORDER:RI-US-0344}} opened. Our researcher [[PERSON:Dott. Aldo "
                "Ruggiero]] will visit the [[LOCATION:Sant'Agata]] archive next month. [[PERSON:MS]]",
            ),
        ],
    },
    # 36 - genealogy, Italian customer, grandmother's papers
    {
        "business": "roots",
        "platform": "whatsapp",
        "customer": "Loredana",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, mio nipote in Brasile, [[PERSON:Thiago Benedetti Souza]], vuole "
                "fare la cittadinanza italiana. Il bisnonno [[PERSON:Augusto Benedetti]] era di "
                "[[LOCATION:Frassinoro]], partito nel 1891. Io abito ancora lì, in località "
                "[[ADDRESS:Cà de' Coppi 4]]. Potete aiutarci?",
            ),
            (
                "a",
                "it",
                "Buongiorno signora! Certo. Ci serve l'atto di nascita di [[PERSON:Augusto]]: "
                "possiamo richiederlo noi al Comune con una sua delega. Come si chiama?",
            ),
            (
                "c",
                "it",
                "[[PERSON:Loredana Benedetti]], sono la pronipote. Il mio indirizzo mail è "
                "[[EMAIL_ADDRESS:loredana.bene(chiocciola)virgilio.it]] e il numero di casa "
                "[[PHONE_NUMBER:0536 971 248]]",
            ),
            (
                "a",
                "it",
                "Grazie signora [[PERSON:Benedetti]]. Le mandiamo la delega da firmare. Il "
                "pagamento lo fa [[PERSON:Thiago]] dal Brasile? "
                "[[PERSON:Matteo]]",
            ),
            (
                "c",
                "it",
                "Sì paga lui, è [[HANDLE:@thiago.bsouza]] su instagram se volete scrivergli, parla "
                "un po' di italiano.",
            ),
        ],
    },
    # 37 - bags, angry British customer, lost box
    {
        "business": "bags",
        "platform": "messenger",
        "customer": "Gary Smith",
        "messages": [
            (
                "c",
                "en",
                "THREE WEEKS AND MY BOX IS STILL NOT IN [[LOCATION:LEEDS]]. TRACKING "
                '{{TRACKING:BG7741093IT}} HAS SAID "IN TRANSIT" SINCE {{DATE:THE 2ND}}. THIS IS '
                "RIDICULOUS",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Gary]], I'm really sorry. I've opened a trace with the carrier "
                "(case {{ORDER:TR-55108}}). The box left our Milan hub on {{DATE:2 March}}. Can "
                "you confirm the delivery address?",
            ),
            (
                "c",
                "en",
                "[[ADDRESS:41 Otley Road, Headingley, LS6 3AQ]]. SAME AS ON THE FORM. MY "
                "DAUGHTER [[PERSON:CHLOE]]'S UNI BOOKS ARE IN THERE AND SHE HAS EXAMS",
            ),
            (
                "a",
                "en",
                "Understood. The carrier says the box was held at the customs depot in "
                "Coventry. I'm pushing them today.",
            ),
            (
                "c",
                "en",
                "Fine. Call me on [[PHONE_NUMBER:0113 496 0718]] when you know something. Not "
                "email.",
            ),
            (
                "a",
                "en",
                "Update: released from customs, delivery tomorrow before {{TIME:12:00}}. [[PERSON:"
                "Pam Okafor]], Customer Care",
            ),
            ("c", "en", "Finally. Thanks [[PERSON:Pam]]."),
        ],
    },
    # 38 - pool, swimming club association, partita IVA, e-mail headers
    {
        "business": "pool",
        "platform": "telegram",
        "customer": "ASD Nuotatori Brianzoli",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[PERSON:Fabrizio La Rosa]], presidente dell'ASD Nuotatori "
                "Brianzoli. Vorremmo affittare 2 corsie il sabato dalle {{TIME:7:00}} alle "
                "{{TIME:9:00}} da {{DATE:ottobre}} a {{DATE:maggio}}. Dati per il contratto:\n"
                "ASD Nuotatori Brianzoli, [[ADDRESS:via Cadorna 8, 20832 Desio MB]], P. IVA "
                "[[IT_VAT_CODE:11982070960]], referente tecnico [[PERSON:Sara Colombo]] "
                "([[PHONE_NUMBER:+39 392 550 1804]])",
            ),
            (
                "a",
                "it",
                "Buongiorno presidente! Le corsie il sabato mattina ci sono. Tariffa società: "
                "{{PRICE:38 € l'ora a corsia}}. Le mando la bozza del contratto: a quale indirizzo "
                "PEC?",
            ),
            (
                "c",
                "it",
                "[[EMAIL_ADDRESS:nuotatoribrianzoli@pec.it]]. Per la fatturazione elettronica il "
                "codice destinatario è {{CODE:KRRH6B9}}. Grazie, [[PERSON:F. La Rosa]]",
            ),
            (
                "a",
                "it",
                "Inviata. Firma del presidente e copia del documento, poi siamo a posto. "
                "[[PERSON:Giulia Manzoni]]\nSegreteria Piscina Delfino Blu",
            ),
            ("c", "it", "Ricevuto, firmo stasera"),
        ],
    },
    # 39 - hearing aids, retired English couple on Lake Como
    {
        "business": "ear",
        "platform": "messenger",
        "customer": "Hilary Ashdown",
        "messages": [
            (
                "c",
                "en",
                "Good morning. My husband [[PERSON:Geoffrey]] was fitted with a {{BRAND:Widex}} "
                "{{PRODUCT:Moment 440}} at your shop in {{DATE:January}} and, frankly, he hates "
                "it. He says the restaurant noise is worse than without. He is too proud to "
                "complain so I am doing it for him.\n[[PERSON:Hilary Ashdown]]\n[[ADDRESS:Villa "
                "Le Ortensie, via Statale 41, Menaggio]]",
            ),
            (
                "a",
                "en",
                "Good morning Mrs [[PERSON:Ashdown]], thank you for telling us - that's very "
                "common in the first weeks. [[PERSON:Rosa]] can reprogram a restaurant setting; "
                "could Mr [[PERSON:Ashdown]] come in on {{DATE:Friday}} at {{TIME:10:30}}?",
            ),
            (
                "c",
                "en",
                "Friday is fine, our neighbour [[PERSON:Jack Humphreys]] will drive us as "
                "[[PERSON:Geoff]] is not allowed to drive after his cataract op. If it still does "
                "not work we would like to return it within the 30 days.",
            ),
            (
                "a",
                "en",
                "Of course, the 30-day trial is in your contract ({{ORDER:OA-2026-0117}}). We hope "
                "it won't be needed! [[PERSON:Stefania]]",
            ),
            (
                "c",
                "en",
                "Update, as promised: it is better but not good. We shall return it. The refund "
                "should go to our UK account please, Barclays, [[IBAN_CODE:GB66 BARC 2003 8471 "
                "5693 02]], account holders [[PERSON:G. & H. Ashdown]].\n[[PERSON:H.A.]]",
            ),
            (
                "a",
                "en",
                "Sorry to hear it, Mrs [[PERSON:Ashdown]]. Refund of {{PRICE:€ 1,890}} requested "
                "today, 5-7 working days. Thank you for giving it a go. [[PERSON:Giorgio "
                "Benvenuti]]",
            ),
        ],
    },
    # 40 - bags, US grad student, tracking page blocked, card pasted
    {
        "business": "bags",
        "platform": "instagram",
        "customer": "theo.nakamura",
        "messages": [
            (
                "c",
                "en",
                'hey, your tracking page keeps blocking me lol. it says "access denied for '
                "[[IP_ADDRESS:82.132.219.40]]\". I'm on the uni wifi at [[LOCATION:Roma Tre]]. "
                "booking {{ORDER:BGG-25871}}",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Theo]]! Sorry, university networks sometimes get flagged. Your 3 "
                "boxes left [[LOCATION:Rome]] yesterday, tracking {{TRACKING:BG7752284IT}}, ETA [[LOCATION:Boston]] "
                "{{DATE:Oct 14}}.",
            ),
            (
                "c",
                "en",
                "sweet. also can I add a 4th box? my roommate [[PERSON:Diego]] is moving to "
                "[[LOCATION:Cambridge]] too lol. I can pay now, [[CREDIT_CARD:4917 0034 5128 "
                "7617]] 03/29",
            ),
            (
                "a",
                "en",
                "Please delete that message, we never take card numbers on DM 🙏 We'll email a "
                "payment link. A 4th box is {{PRICE:$85}} extra. Same delivery address (c/o "
                "[[PERSON:Nakamura]], [[ADDRESS:212 Harvard St, Apt 3, Brookline, MA 02446]])?",
            ),
            (
                "c",
                "en",
                "yep same. deleted. my email is [[EMAIL_ADDRESS:tnakamura@bu.edu]] btw",
            ),
            ("a", "en", "Link sent! [[PERSON:Pam]]"),
        ],
    },
    # 41 - au pair, Polish au pair writing in non-native English
    {
        "business": "aupair",
        "platform": "whatsapp",
        "customer": "Zofia W.",
        "messages": [
            (
                "c",
                "en",
                "Good evening [[PERSON:Chiara]]. I am sorry to write so late. I have a problem "
                "with the host father, Mr [[PERSON:Bruno Galli]]. He ask me to work also "
                "Saturday and Sunday with the kids and to clean the car. This is not in our "
                "contract I think?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Zofia]], thank you for telling me. You're right, weekends are free "
                "unless you agree. I'll call Mr [[PERSON:Galli]] tomorrow. Are you OK?",
            ),
            (
                "c",
                "en",
                "Yes I am ok, only tired. [[PERSON:Matilde]] is very sweet, she makes me drawings "
                "😊 Also, I have now my codice fiscale from agency office: "
                "[[IT_FISCAL_CODE:WSNZFO03B44Z127R]]. For the pocket money to my bank account "
                "they need it.",
            ),
            (
                "a",
                "en",
                "Great, I'll add it to your file ({{ORDER:LN-0326-08}}). I spoke with the "
                "[[PERSON:Galli]] family: weekends free from now on, and the car is not your "
                "job 🙂",
            ),
            (
                "c",
                "en",
                "Thank you very much. My mother in [[LOCATION:Wrocław]] was worried. Dziękuję! "
                "[[PERSON:Zosia]]",
            ),
        ],
    },
]


_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z_]+):(.+?)\}\}", re.DOTALL)


def strip_markup(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Plain text, entity spans and keep spans of one marked-up message."""
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    length = 0
    last = 0
    for match in _MARK.finditer(marked):
        before = marked[last : match.start()]
        out.append(before)
        length += len(before)
        if match.group(1):
            kind, value, target = match.group(1), match.group(2), entities
        else:
            kind, value, target = match.group(3), match.group(4), keep
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        out.append(value)
        length += len(value)
        last = match.end()
    out.append(marked[last:])
    text = "".join(out)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"unbalanced markup in: {marked[:60]!r}")
    return text, entities, keep


BASE_TIME = datetime(2026, 2, 2, 8, 5, tzinfo=UTC)


def build() -> list[dict[str, Any]]:
    """Every labelled record of the corpus, in order."""
    records = []
    for index, conversation in enumerate(CONVERSATIONS, start=1):
        page_id, page_name = BUSINESSES[conversation["business"]]
        conversation_id = f"{PREFIX}-c{index:02d}"
        customer_id = f"{PREFIX}-u{index:02d}"
        start = BASE_TIME + timedelta(days=index, minutes=(index * 37) % 600)
        elapsed = timedelta()
        for number, (role, language, marked) in enumerate(conversation["messages"], start=1):
            text, entities, keep = strip_markup(marked)
            elapsed += timedelta(minutes=2 + (number * 7 + index) % 23)
            customer = role == "c"
            message = {
                "message_id": f"{conversation_id}-m{number:02d}",
                "conversation_id": conversation_id,
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": customer_id if customer else page_id,
                "sender_name": conversation["customer"] if customer else page_name,
                "sender_role": "customer" if customer else "agent",
                "recipient_id": page_id if customer else customer_id,
                "created_time": (start + elapsed).isoformat().replace("+00:00", "Z"),
                "text": text,
            }
            records.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return records


def render() -> str:
    """The JSONL text of the corpus."""
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in build())


def main() -> None:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.name}: {len(build())} messages")


if __name__ == "__main__":
    main()
