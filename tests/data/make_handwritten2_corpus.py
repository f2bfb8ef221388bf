"""Second hand-written labelled TEST corpus for the anonymiser (written blind, by hand).

Every conversation below was composed by hand, message by message: no templates, no Faker, no
generator of names or sentences. The author wrote it without looking at the anonymiser's code,
its word lists or the other corpora, and without running the anonymiser on it, so that its
scores are not flattered by the people who tuned the engine.

All people, addresses, phone numbers, e-mails, handles and identifiers are invented. Codici
fiscali, partite IVA, IBANs and card numbers were computed once with python-stdnum (check
characters, mod-97, Luhn) and pasted here as literal text; phone numbers use fictional ranges
where a country has one (Ofcom drama numbers, US 555-01xx). Names of famous musicians and of
real brands occur only as product or brand look-alikes (keep spans), never as personal data.

The six businesses (Page names) are invented too: see ``BUSINESS_NAMES``. They cover sectors
and voices not used elsewhere: removals in Lombardy, a sailing school in Liguria, a dental
practice in Bologna, a record shop in London run by Italians, a plumbing/heating firm in
Naples and a catering service in Catania; customers write in Italian (also Sicilian and
Neapolitan), in UK, US, Irish, Australian and non-native English, and sometimes mix both.

Markup inside the texts:

- ``[[TYPE:value]]`` is a personal value of one of ``privacy.types.ENTITY_TYPES`` (gold entity);
- ``{{KIND:value}}`` is a look-alike that must survive (keep span: ORDER, TRACKING, PRICE,
  DATE, TIME, PRODUCT, BRAND, WORD).

Labelling rules: every occurrence of a person's name is labelled (customers, agents, third
parties, greetings, signatures; titles such as "dott.ssa", "Mr" stay outside the span). A full
postal address written together (street, number, staircase/flat, postcode, town) is one
ADDRESS; a town, district or area where a private person lives, comes from or moves to is a
LOCATION when written on its own. Obfuscated e-mails are one EMAIL_ADDRESS span. Business
names, products and brands are keep spans, also when they hold a surname.

Regenerate (deterministic: same bytes on every run)::

    .venv/bin/python tests/data/make_handwritten2_corpus.py

It writes ``tests/data/handwritten2_corpus.jsonl`` next to this file.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten2_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "sala": "Traslochi Fratelli Sala",
    "vela": "Vela Camogli",
    "orsini": "Studio Dentistico Orsini",
    "vinyl": "Vinyl Paradiso London",
    "termo": "TermoService Vesuvio",
    "sole": "Sole & Sale Catering",
}

_MARKUP = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]|\{\{([A-Z_]+):(.*?)\}\}", re.DOTALL)
_BASE_TIME = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)

# (business, platform, customer display name, [(role "c"/"a", language, text), ...])
Conversation = tuple[str, str, str, list[tuple[str, str, str]]]

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ Traslochi Fratelli Sala
    (
        "sala",
        "whatsapp",
        "Giovanna Bianco",
        [
            (
                "c",
                "it",
                "Gentilissimi Signori,\ncon la presente sono a chiederVi un preventivo per il "
                "trasloco del mio appartamento di [[ADDRESS:via Antonio Gramsci 14/6, 16126 "
                "Genova]] (terzo piano, senza ascensore) a [[LOCATION:Lodi]], dove abita mia "
                "figlia [[PERSON:Laura]]. Si tratta di un trilocale con mobili antichi e un "
                "pianoforte verticale.\nResto in attesa di un Vostro cortese riscontro.\n"
                "Distinti saluti\n[[PERSON:Giovanna Bianco]] ved. [[PERSON:Repetto]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PERSON:Bianco]], grazie per averci scritto. Per il "
                "pianoforte serve un sopralluogo: possiamo passare {{DATE:giovedì 12}} alle "
                "{{TIME:10:30}}? Mi lascia un numero fisso o cellulare?\n[[PERSON:Davide]] – "
                "{{BRAND:Traslochi Fratelli Sala}}",
            ),
            (
                "c",
                "it",
                "Egregio [[PERSON:Davide]],\nva benissimo giovedì. Il mio numero di casa è "
                "[[PHONE_NUMBER:010 362 7415]]; in caso non rispondessi, potete chiamare mia "
                "figlia al [[PHONE_NUMBER:+39 348 902 1176]]. Al citofono trovate scritto "
                '"[[PERSON:Repetto]]", il cognome del mio povero marito.\nCordialmente,\n'
                "[[PERSON:G. Bianco]]",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}} signora, segnato. Verrà il mio collega [[PERSON:Ivano Ferro]] "
                "con il metro laser. A giovedì!",
            ),
            (
                "c",
                "it",
                "Gentile [[PERSON:Davide]], il Suo collega Sig. [[PERSON:Ferro]] è stato "
                "gentilissimo. Ho ricevuto il preventivo n. {{ORDER:PRV-2026-0318}} di "
                "{{PRICE:€ 1.480,00}} IVA inclusa e lo accetto. Per la fattura Vi comunico il mio "
                "codice fiscale: [[IT_FISCAL_CODE:BNCGNN58C52D969O]].\nCon i migliori saluti,\n"
                "[[PERSON:Giovanna Bianco]]",
            ),
            (
                "a",
                "it",
                "Grazie mille signora [[PERSON:Giovanna]], confermiamo il trasloco per il "
                "{{DATE:27 marzo}}. Le portiamo domani gli scatoloni. Un caro saluto, "
                "[[PERSON:Davide]]",
            ),
        ],
    ),
    (
        "sala",
        "whatsapp",
        "Walter Fabbri",
        [
            (
                "c",
                "it",
                "ciao sono [[PERSON:Walter Fabbri]] elettricista ci siamo sentiti ieri con tuo "
                "fratello [[PERSON:Marco]] allora confermo sabato mattina alle 7 il magazzino è "
                "in [[ADDRESS:via Cavour 88]] a [[LOCATION:Seregno]] dietro il distributore poi "
                "si va a [[ADDRESS:via dell'Artigianato 3 capannone C]] a [[LOCATION:Giussano]] "
                "mi raccomando il sollevatore che ci sono due bancali pesanti virgola ok",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Walter]]! Sì, sabato alle {{TIME:7:00}} ci siamo con il camion "
                "da 75 quintali e il sollevatore. Ti mando la conferma d'ordine "
                "{{ORDER:TFS-4471}}.\n[[PERSON:Paolo]] ({{BRAND:Fratelli Sala}})",
            ),
            (
                "c",
                "it",
                "ok perfetto ma la fattura intestala alla ditta partita iva "
                "[[IT_VAT_CODE:03184570152]] e mandala a [[EMAIL_ADDRESS:amministrazione "
                "chiocciola fabbriimpianti punto it]] che la segue mia moglie "
                "[[PERSON:Tiziana]] punto non a me che perdo tutto",
            ),
            (
                "a",
                "it",
                "Ricevuto, fattura alla ditta con P.IVA [[IT_VAT_CODE:03184570152]], la mando a "
                "[[EMAIL_ADDRESS:amministrazione@fabbriimpianti.it]] all'attenzione della "
                "signora [[PERSON:Tiziana]]. Giusto?",
            ),
            ("c", "it", "giusto grazie ciao"),
            (
                "c",
                "it",
                "ah dimenticavo il mio cell se non rispondo è perché sono sul cantiere è "
                "[[PHONE_NUMBER:333 41 77 902]] chiamate pure [[PERSON:Tiziana]] in ufficio al "
                "[[PHONE_NUMBER:0362 1855 40]]",
            ),
        ],
    ),
    (
        "sala",
        "messenger",
        "Claudio Dell'Acqua",
        [
            (
                "c",
                "it",
                "BUONGIORNO. IERI AVETE FATTO IL TRASLOCO DA MIA MADRE IN [[ADDRESS:VIALE PIAVE "
                "21]] A [[LOCATION:MONZA]] E LA CREDENZA È ARRIVATA CON UNA GAMBA ROTTA!!! "
                "NESSUNO MI HA AVVISATO. VOGLIO PARLARE CON IL TITOLARE SUBITO",
            ),
            (
                "a",
                "it",
                "Buongiorno, ci dispiace molto. Mi può indicare il suo nome e il numero "
                "dell'ordine? Così apro subito la pratica.\n[[PERSON:Marisa]], ufficio reclami",
            ),
            (
                "c",
                "it",
                "SONO [[PERSON:CLAUDIO DELL'ACQUA]], IL FIGLIO DELLA SIGNORA [[PERSON:ROSA "
                "DELL'ACQUA]]. ORDINE {{ORDER:TFS-4390}}. UNO DEI VOSTRI OPERAI, SI CHIAMAVA "
                '[[PERSON:KEVIN]] MI PARE, HA DETTO CHE "ERA GIÀ COSÌ". NON ERA GIÀ COSÌ!!!! '
                "HO LE FOTO",
            ),
            (
                "a",
                "it",
                "Signor [[PERSON:Dell'Acqua]], ho visto le foto, ha ragione. L'assicurazione "
                "copre il danno: ci serve un IBAN per il rimborso oppure, se preferisce, "
                "mandiamo il nostro restauratore. [[PERSON:Marisa]]",
            ),
            (
                "c",
                "it",
                "IL RESTAURATORE NO. RIMBORSO SU QUESTO IBAN INTESTATO A MIA MADRE: "
                "[[IBAN_CODE:IT46 B020 0832 4800 0010 4583 916]]. CODICE FISCALE "
                "[[IT_FISCAL_CODE:DLLRSO52L68D612D]]. E VOGLIO UNA MAIL DI CONFERMA A "
                "[[EMAIL_ADDRESS:CLAUDIO.DELLACQUA@LIBERO.IT]]",
            ),
            (
                "a",
                "it",
                "Fatto. Rimborso di {{PRICE:€ 320}} autorizzato, arriva entro 10 giorni "
                "lavorativi. Le ho scritto anche per mail. Ci scusi ancora con la signora "
                "[[PERSON:Rosa]].\n[[PERSON:Marisa]]",
            ),
            ("c", "it", "ok. grazie. almeno voi dell'ufficio siete seri"),
        ],
    ),
    (
        "sala",
        "whatsapp",
        "Ola Nowak",
        [
            (
                "c",
                "en",
                "Hello, I am [[PERSON:Aleksandra Nowak]], I am working in [[LOCATION:Milan]] "
                "since two years and now I must move to [[LOCATION:Brescia]] for the job. It is "
                "small flat, one room and kitchen, maybe 20 boxes and one bed. How much is "
                "costing?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Aleksandra]]! Thanks for your message. For a studio flat "
                "[[LOCATION:Milan]] → [[LOCATION:Brescia]] our price is usually between "
                "{{PRICE:€ 450}} and {{PRICE:€ 600}}. Can you send me the two addresses and the "
                "floors?\n[[PERSON:Ornella]] ~ {{BRAND:Fratelli Sala}}",
            ),
            (
                "c",
                "en",
                "Now I live in [[ADDRESS:Via Padova 132, int. 9]] (4 floor, lift is very small) "
                "and new house is [[ADDRESS:Via Trieste 41/B]], ground floor, in "
                "[[LOCATION:Brescia]] center. My italian colleague [[PERSON:Matteo]] will help "
                "me for the packing",
            ),
            (
                "a",
                "en",
                "Great, then it is {{PRICE:€ 520}} all included (insurance too). We can do "
                "{{DATE:Saturday 14 March}}. To confirm we need a deposit of {{PRICE:€ 100}} by "
                "card or bank transfer.\n~[[PERSON:Ornella]]",
            ),
            (
                "c",
                "en",
                "ok card is better. Number [[CREDIT_CARD:4532 0187 4415 1235]] expiry 09/28, is "
                "it enough?",
            ),
            (
                "a",
                "en",
                "Please don't write the card number here in the chat 🙏 For your safety I'll "
                "send you a secure payment link by email instead. Which email?",
            ),
            (
                "c",
                "en",
                "sorry!! is [[EMAIL_ADDRESS:ola.nowak88@gmail.com]]. Thank you "
                "[[PERSON:Ornella]] you are very kind",
            ),
        ],
    ),
    (
        "sala",
        "messenger",
        "Pierfrancesco Moretti Gualandi",
        [
            (
                "c",
                "it",
                "Spett.le {{BRAND:Traslochi Fratelli Sala}},\nsi richiede preventivo per "
                "trasferimento uffici (n. 14 postazioni, archivio cartaceo circa 60 ml) da "
                "[[ADDRESS:Corso Buenos Aires 77, 20124 Milano]] a [[ADDRESS:Viale Monza 259, "
                "20126 Milano]], nel fine settimana {{DATE:18-19 aprile}}.\nCordiali saluti\n\n"
                "--\nIng. [[PERSON:Pierfrancesco Moretti Gualandi]]\nFacility Manager\n"
                "Studio Associato MGP Consulting\nTel. [[PHONE_NUMBER:+39 02 4870 1193]] | Cell. "
                "[[PHONE_NUMBER:+39 335 660 4218]]\n"
                "[[EMAIL_ADDRESS:p.morettigualandi@mgp-consulting.it]]\n"
                "P.IVA [[IT_VAT_CODE:10477830151]]",
            ),
            (
                "a",
                "it",
                "Gentile Ing. [[PERSON:Moretti Gualandi]], grazie per la richiesta dettagliata. "
                "Per l'archivio servono circa 120 scatole e 2 operai in più. Le propongo un "
                "sopralluogo {{DATE:martedì 7}} alle {{TIME:9:00}}.\nCordialmente,\n"
                "[[PERSON:Davide Sala]] – Ufficio preventivi",
            ),
            (
                "c",
                "it",
                "Gentile Sig. [[PERSON:Sala]],\nconfermo il sopralluogo. Troverà in reception "
                "la Sig.ra [[PERSON:Bianca Porta]] (int. 212), che Le mostrerà i locali.\nSi "
                "precisa che l'accesso carrabile è da [[ADDRESS:via Lazzaretto 2]].\nCordiali "
                "saluti\n\n--\nIng. [[PERSON:Pierfrancesco Moretti Gualandi]]\nFacility Manager\n"
                "Studio Associato MGP Consulting\nTel. [[PHONE_NUMBER:+39 02 4870 1193]] | Cell. "
                "[[PHONE_NUMBER:+39 335 660 4218]]\n"
                "[[EMAIL_ADDRESS:p.morettigualandi@mgp-consulting.it]]\n"
                "P.IVA [[IT_VAT_CODE:10477830151]]",
            ),
            (
                "a",
                "it",
                "Ricevuto, a martedì. Chiederò della signora [[PERSON:Porta]].\nSaluti, "
                "[[PERSON:D. Sala]]",
            ),
        ],
    ),
    (
        "sala",
        "instagram",
        "giuly",
        [
            (
                "c",
                "it",
                "ciaoo raga ma voi fate anche mini traslochi?? tipo devo portare tutta la roba "
                "di mia sorella da [[LOCATION:cantù]] a [[LOCATION:bologna]] x l'uni, tipo 15 "
                "scatole e una bici",
            ),
            (
                "a",
                "it",
                "Ciao! Certo, facciamo anche piccoli traslochi col furgone 🚐 Per "
                "[[LOCATION:Cantù]] → [[LOCATION:Bologna]] partiamo da {{PRICE:€ 290}}. Come ti "
                "chiami?",
            ),
            (
                "c",
                "it",
                "[[PERSON:giuly]] 😅 cmq mia sorella si chiama [[PERSON:bea]], "
                "[[PERSON:beatrice gatto]], la casa nuova è in [[ADDRESS:via del pratello 57 "
                "scala b]] terzo piano... ah e il suo insta è [[HANDLE:@bea.gattoo]] se le "
                "volete scrivere a lei",
            ),
            (
                "a",
                "it",
                "Piacere [[PERSON:Giuly]]! Ok, scriviamo noi a [[PERSON:Beatrice]]. Ci serve "
                "un numero per il giorno del ritiro 📱",
            ),
            (
                "c",
                "it",
                "il mio è [[PHONE_NUMBER:3921456780]] ma di mattina sto a scuola lol quindi "
                "chiamate mia mamma [[PERSON:serena]] [[PHONE_NUMBER:339-204-6613]]",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, grazie! Ti giro il preventivo {{ORDER:TFS-4502}} appena lo "
                "prepara [[PERSON:Ornella]] ✌️",
            ),
        ],
    ),
    (
        "sala",
        "whatsapp",
        "Rich Cook",
        [
            (
                "c",
                "en",
                "Hello there, we're [[PERSON:Rich]] and [[PERSON:June Cook]], retiring to "
                "[[LOCATION:Lake Como]] (well, [[LOCATION:Menaggio]]) in the summer. Do you "
                "collect from the UK? "
                "We're at [[ADDRESS:7 Clifton Vale Close, Bristol BS8 4PR]].",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Rich]], hi [[PERSON:June]]! We don't collect in the UK ourselves "
                "but we work with a partner in [[LOCATION:Bristol]] for groupage. Roughly how "
                "many cubic "
                "metres?\nKind regards, [[PERSON:Ornella]] – {{BRAND:Traslochi Fratelli Sala}}",
            ),
            (
                "c",
                "en",
                "[[PERSON:Bill]] at the local firm reckoned about 18 cubic metres. Mostly books, "
                "[[PERSON:June]]'s piano (yes, another piano, sorry!) and the garden furniture. "
                "Will the move be possible before the 1st of July?\n— [[PERSON:Rich]]",
            ),
            (
                "a",
                "en",
                "Yes, the first week of June is still free for delivery in "
                "[[LOCATION:Menaggio]]. Groupage 18 m³ UK → Italy: {{PRICE:£4,150}} + VAT. "
                "Could you send us a UK contact number and your e-mail for the paperwork?",
            ),
            (
                "c",
                "en",
                "Of course. Mobile [[PHONE_NUMBER:07700 900 461]], landline "
                "[[PHONE_NUMBER:0117 496 0382]], e-mail "
                "[[EMAIL_ADDRESS:june.and.rich@btinternet.com]]. Our daughter [[PERSON:Hope]] "
                "will be our contact in Italy while we settle: [[PHONE_NUMBER:+39 347 218 5530]]."
                "\nMany thanks, [[PERSON:June]]",
            ),
        ],
    ),
    (
        "sala",
        "messenger",
        "Brittany Holloway",
        [
            (
                "c",
                "en",
                "Hi there! I'm [[PERSON:Brittany Holloway]] from the HR team of a firm "
                "relocating an employee, [[PERSON:Marcus J. Reed]], from [[LOCATION:Austin, "
                "TX]] to [[LOCATION:Milan]] in August. His container gets dropped at the port "
                "of Genoa and we "
                "need a local mover for the last leg to his new apartment. Can you help?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Brittany]], yes, we do that often. Container unloading in Genoa + "
                "delivery to [[LOCATION:Milan]] starts at {{PRICE:€ 1,900}}. Do you have the "
                "apartment "
                "address?",
            ),
            (
                "c",
                "en",
                "Yes: [[ADDRESS:Via Vincenzo Monti 29, 3rd floor, 20123 Milano]]. "
                "[[PERSON:Marcus]]'s Italian number isn't active yet, so please use his US cell "
                "[[PHONE_NUMBER:+1 512-555-0178]] or mine, [[PHONE_NUMBER:(415) 555-0193]]. "
                "Invoice to me at [[EMAIL_ADDRESS:b.holloway@northgate-hr.com]].",
            ),
            (
                "a",
                "en",
                "Got it. Quote {{ORDER:PRV-2026-0402}} sent.\n[[PERSON:Davide]] – "
                "{{BRAND:Traslochi Fratelli Sala}}",
            ),
            (
                "c",
                "en",
                "Thank you [[PERSON:Davide]]! [[PERSON:Marcus]]'s wife [[PERSON:Keisha]] will be "
                "at the apartment on the day.",
            ),
        ],
    ),
    # ------------------------------------------------------------------------------ Vela Camogli
    (
        "vela",
        "instagram",
        "Grace W. Moore",
        [
            (
                "c",
                "it",
                "Buongiorno! Io sono [[PERSON:Grace]] e vorrei... uh, fare una lezione di vela? "
                "Io e mio marito [[PERSON:Bill]]. Siamo in vacanza qui per una settimana. Sorry "
                "my Italian is terrible 😅",
            ),
            (
                "a",
                "en",
                "Ciao [[PERSON:Grace]]! Your Italian is great 😄 We have a 3-hour taster for two "
                "on {{DATE:Tuesday}} or {{DATE:Thursday}} at {{TIME:9:30}}, {{PRICE:€ 180}} per "
                "couple. Skipper [[PERSON:Teo]] speaks English ⛵\n– [[PERSON:Bianca]], "
                "{{BRAND:Vela Camogli}}",
            ),
            (
                "c",
                "en",
                "Thursday works!! [[PERSON:Bill]] gets seasick tho lol, is that a problem? Also "
                "we're from [[LOCATION:Ann Arbor, Michigan]], zero experience, only canoes on "
                "Lake Huron 🙃",
            ),
            (
                "a",
                "en",
                "No problem at all, the sea is usually calm in the morning. Please bring a "
                "windbreaker. To book I need your full names and a phone number for WhatsApp 📲",
            ),
            (
                "c",
                "en",
                "[[PERSON:Grace Whitfield-Moore]] and [[PERSON:William Moore]] (he goes by "
                "[[PERSON:Bill]], obviously). Phone [[PHONE_NUMBER:+1 (734) 555-0186]]. He's "
                "[[HANDLE:@billmoore_sails]] on here haha, aspirational",
            ),
            (
                "a",
                "en",
                "Booked! Thursday {{TIME:9:30}} at the pier, booking {{ORDER:VC-0722}}. See you, "
                "[[PERSON:Grace]] and [[PERSON:Bill]]! [[PERSON:Bianca]]",
            ),
        ],
    ),
    (
        "vela",
        "whatsapp",
        "Mara De Luca",
        [
            (
                "c",
                "it",
                "Buonasera, vorrei iscrivere mio figlio [[PERSON:Tommaso]] (11 anni) al corso "
                "Optimist di luglio. L'anno scorso era con l'istruttrice [[PERSON:Sole]] e si è "
                "trovato benissimo. Sono [[PERSON:Mara De Luca]].",
            ),
            (
                "a",
                "it",
                "Buonasera signora [[PERSON:De Luca]]! Che bello riavere [[PERSON:Tommaso]]. Il "
                "corso Optimist {{DATE:6-17 luglio}} costa {{PRICE:€ 390}}, [[PERSON:Sole]] ci "
                "sarà anche quest'anno 😊 Per il tesseramento {{BRAND:FIV}} mi servono il codice "
                "fiscale del ragazzo e un vostro recapito.\n[[PERSON:Bianca]] (segreteria)",
            ),
            (
                "c",
                "it",
                "Ecco: [[IT_FISCAL_CODE:blltms15b11d969x]] (ha il cognome del papà, "
                "[[PERSON:Bello]]). Per le comunicazioni scrivete a me, "
                "[[EMAIL_ADDRESS:mara punto deluca at gmail punto com]], oppure al papà "
                "[[PERSON:Nicola]] [[PHONE_NUMBER:347.661.20.84]]",
            ),
            (
                "a",
                "it",
                "Grazie! Iscrizione {{ORDER:VC-0519}} confermata, le mando per mail i dati per "
                "il bonifico. Sotto il sole di luglio ricordate la crema 😉",
            ),
            (
                "c",
                "it",
                "Grazie [[PERSON:Bianca]], gentilissima. [[PERSON:Tommi]] è già elettrizzato!",
            ),
        ],
    ),
    (
        "vela",
        "messenger",
        "Darragh Kinsella",
        [
            (
                "c",
                "en",
                "Howya, myself and a few lads are over from [[LOCATION:Cork]] in September for "
                "a stag, any chance of a day on a boat with a skipper? 8 of us. Grand if not",
            ),
            (
                "a",
                "en",
                "Hi! Yes, our 12 m boat takes up to 8 guests + skipper. A full day "
                "(Camogli–Portofino–San Fruttuoso) is {{PRICE:€ 1,200}}. Who's the groom? 😄\n"
                "– [[PERSON:Teo]]",
            ),
            (
                "c",
                "en",
                "The groom is [[PERSON:Fiachra Ó Súilleabháin]] lol, good luck spelling that. "
                "I'm [[PERSON:Darragh]], the best man. Can ye do the {{DATE:19th}}?",
            ),
            (
                "a",
                "en",
                "The 19th is free! We need a deposit of {{PRICE:€ 300}} by bank transfer, I'll "
                "send the details by email. What's your email and a mobile number?",
            ),
            (
                "c",
                "en",
                "Sound. Email is [[EMAIL_ADDRESS:darragh.kinsella[at]eircom[dot]net]] and the "
                "mobile is [[PHONE_NUMBER:+353 86 245 1198]]",
            ),
            (
                "c",
                "en",
                "Paid the 300 there from my account [[IBAN_CODE:IE12 BOFI 9000 1739 4615 20]] if "
                "ye need to match it up. Cheers [[PERSON:Teo]]!",
            ),
        ],
    ),
    (
        "vela",
        "whatsapp",
        "Federico Colombo",
        [
            (
                "c",
                "it",
                "Ciao! Vorrei regalare un buono per un corso base alla mia ragazza, "
                "[[PERSON:Gioia]], per il compleanno. Si può intestare a lei?",
            ),
            (
                "a",
                "it",
                "Ciao! Certo 🎁 Ci servono nome e cognome di chi lo riceve, e a chi mandiamo il "
                "buono (mail o WhatsApp)?",
            ),
            (
                "c",
                "it",
                "[[PERSON:Gioia Marino]], ma è una sorpresa quindi mandatelo a me: "
                "[[EMAIL_ADDRESS:fede.colombo93@outlook.it]]. Io sono [[PERSON:Federico]]. Se "
                "vi serve il suo codice fiscale per l'assicurazione è "
                "[[IT_FISCAL_CODE:MRNGIO01A62F205B]]",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}} [[PERSON:Federico]]! Buono {{ORDER:GIFT-2026-041}} da "
                "{{PRICE:€ 260}}, valido fino al {{DATE:31/10/2026}}. Tanti auguri a "
                "[[PERSON:Gioia]]! 🎂 [[PERSON:Bianca]]",
            ),
            ("c", "it", "Grazie mille, che gioia 😍"),
        ],
    ),
    (
        "vela",
        "telegram",
        "Mick Baker",
        [
            (
                "c",
                "en",
                "G'day! [[PERSON:Mick]] here, me and my partner [[PERSON:Shaz]] are doing Europe "
                "in a campervan and reckon a week of sailing in Liguria would be a ripper. We've "
                "done a bit of dinghy sailing back home in [[LOCATION:Geelong]]. Any spots left "
                "in May?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Mick]]! The intermediate week {{DATE:11–16 May}} has 2 places left, "
                "{{PRICE:€ 740}} each, lunch on board included. Your skipper would be "
                "[[PERSON:Lorenzo]].",
            ),
            (
                "c",
                "en",
                "Bonza. Full names are [[PERSON:Michael Baker]] and [[PERSON:Sharon "
                "Fitzgerald]]. Mobiles [[PHONE_NUMBER:0412 876 203]] (mine) and "
                "[[PHONE_NUMBER:+61 438 551 027]] ([[PERSON:Shaz]]). Can we pay with card?",
            ),
            (
                "a",
                "en",
                "Sure! I'll send the payment link to your email, which address?",
            ),
            (
                "c",
                "en",
                "[[EMAIL_ADDRESS:mick.baker.geelong@bigpond.com]] mate. Cheers",
            ),
            (
                "a",
                "en",
                "Done ✅ Booking {{ORDER:VC-0614}}. See you in May, [[PERSON:Mick]] and "
                "[[PERSON:Sharon]]!\n– [[PERSON:Lorenzo]] & [[PERSON:Bianca]]",
            ),
        ],
    ),
    (
        "vela",
        "instagram",
        "Ludovica",
        [
            (
                "c",
                "it",
                "Ciao! Sono [[PERSON:Ludovica]], vivo a [[LOCATION:London]] da 6 anni so "
                "scusate il mix of languages 😅 torno a [[LOCATION:Recco]] da mia nonna ad agosto "
                "e vorrei fare il corso di perfezionamento. Is there a weekend option?",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Ludovica]]! Sì, c'è il weekend intensivo {{DATE:22-23 agosto}}, "
                "{{PRICE:€ 220}}. No problem for the mix 😄",
            ),
            (
                "c",
                "en",
                "amazing!! mi segno. my UK number is [[PHONE_NUMBER:+44 7911 402385]] but in "
                "August I use the Italian one, [[PHONE_NUMBER:338 771 0945]]. My profile is "
                "[[URL:instagram.com/ludo.sailsaway]] if you want to tag me in the photos haha",
            ),
            ("a", "it", "Fatto, ti abbiamo iscritta 🙌 [[PERSON:Teo]]"),
        ],
    ),
    (
        "vela",
        "whatsapp",
        "Antonio Gatto",
        [
            (
                "c",
                "it",
                "Buongiorno, sono [[PERSON:Antonio Gatto]] di [[LOCATION:Rapallo]]. Purtroppo "
                "devo disdire il corso senior perché mi hanno operato al ginocchio, il dottor "
                "[[PERSON:Parodi]] dice almeno due mesi di riposo. Belin, proprio quest'anno.",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PERSON:Gatto]], ci dispiace! Nessun problema, le "
                "rimborsiamo i {{PRICE:€ 310}} sulla carta usata per il pagamento. Ci conferma "
                "le ultime 4 cifre?",
            ),
            (
                "c",
                "it",
                "La carta era quella di mia moglie [[PERSON:Carla]], il numero intero è "
                "[[CREDIT_CARD:5351-2890-7163-1231]], così non sbagliate. Se serve il mio codice "
                "fiscale è [[IT_FISCAL_CODE:GTTNTN49B04L219X]]",
            ),
            (
                "a",
                "it",
                "Grazie, bastavano le ultime quattro 😊 Rimborso {{ORDER:RIMB-0087}} avviato, "
                "5-7 giorni lavorativi. Buona guarigione!\n[[PERSON:Bianca]]",
            ),
            (
                "c",
                "it",
                "Grazie a voi. Saluti anche a [[PERSON:Teo]], ci vediamo l'anno prossimo se il "
                "ginocchio vuole.",
            ),
        ],
    ),
    (
        "vela",
        "whatsapp",
        "Marco Bello",
        [
            (
                "c",
                "en",
                "Hi, [[PERSON:Marco Bello]] here. Italian but living in [[LOCATION:Leeds]], so "
                "English is easier for my wife [[PERSON:Hayley]] who's reading along 😄 We booked "
                "the family course {{ORDER:VC-0488}} but our son [[PERSON:Leo]] broke his arm "
                "at school. Can we get a refund?",
            ),
            (
                "a",
                "en",
                "Oh no, poor [[PERSON:Leo]]! Yes, with a medical certificate we refund 100%. "
                "Where should we send the money?",
            ),
            (
                "c",
                "en",
                "Please refund to my UK account: [[IBAN_CODE:GB57 NWBK 6072 4418 2736 45]], "
                "account name [[PERSON:M Bello]]. Certificate attached, signed by Dr "
                "[[PERSON:Priya Raman]] at the LGI.",
            ),
            (
                "a",
                "en",
                "Received, thanks [[PERSON:Marco]]. Refund of {{PRICE:€ 560}} sent today. Get "
                "well soon, [[PERSON:Leo]]! ⛵ [[PERSON:Teo]]",
            ),
            ("c", "en", "Grazie mille, you're very kind. Ci vediamo next year!"),
        ],
    ),
    (
        "vela",
        "messenger",
        "Roberta Canepa",
        [
            (
                "c",
                "it",
                "Buongiorno, sono [[PERSON:Roberta Canepa]], ufficio personale di un'azienda di "
                "serramenti. Vorremmo una giornata di team building in barca per 10 dipendenti a "
                "giugno. Fate fattura elettronica?",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Roberta]]! Sì, certo. Giornata completa con due barche e "
                "skipper: {{PRICE:€ 1.450}} + IVA. Ci servono partita IVA e codice SDI.",
            ),
            (
                "c",
                "it",
                "P.IVA [[IT_VAT_CODE:01544090101]], SDI {{ORDER:M5UXCR1}}. Referente per la "
                "giornata: [[PERSON:Ilaria Traverso]], [[PHONE_NUMBER:+39 0185 313 776]].",
            ),
            (
                "a",
                "it",
                "Ottimo, prenotazione {{ORDER:VC-0612}} per il {{DATE:12 giugno}}. Sentirò "
                "[[PERSON:Ilaria]] qualche giorno prima. [[PERSON:Bianca]]",
            ),
        ],
    ),
    # ------------------------------------------------------------------ Studio Dentistico Orsini
    (
        "orsini",
        "whatsapp",
        "Lucia Porta",
        [
            (
                "c",
                "it",
                "Buongiorno, sono [[PERSON:Lucia Porta]], mi si è rotto un pezzo di molare "
                "mangiando un torrone 😩 avete un buco oggi o domani?",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Lucia]], oggi alle {{TIME:17:40}} con la dott.ssa "
                "[[PERSON:Orsini]] va bene? È la prima volta da noi?\nLa segreteria – "
                "[[PERSON:Rosa]]",
            ),
            (
                "c",
                "it",
                "Sì prima volta, ok alle {{TIME:17:40}}. Sono fuorisede, studio ingegneria, "
                "abito in [[ADDRESS:via Irnerio 12, int. 7]]. Codice fiscale "
                "[[IT_FISCAL_CODE:PRTLCU99P56B157Q]]",
            ),
            (
                "a",
                "it",
                "Grazie! Per la scheda ci servono anche una mail e il nome del medico di base, se "
                "ce l'ha.",
            ),
            (
                "c",
                "it",
                "[[EMAIL_ADDRESS:lucia.porta99@studenti.unibo.it]] — medico di base il dottor "
                "[[PERSON:Gianluca Lombardi]] a [[LOCATION:Desenzano]], perché ho ancora la "
                "residenza lì",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, a dopo! Si ricordi la tessera sanitaria. [[PERSON:Rosa]]",
            ),
        ],
    ),
    (
        "orsini",
        "messenger",
        "Mark Appleby",
        [
            (
                "c",
                "en",
                "Hello, I'm a visiting lecturer at the university and I had a crown fitted by "
                "Dr [[PERSON:Orsini]] last week (lovely job, thank you). My insurer needs an "
                "itemised invoice in my name with my UK home address.\nName: Dr [[PERSON:Mark "
                "Appleby]]\nAddress: [[ADDRESS:Flat 2, 19 Marlborough Road\nOxford\nOX1 4LR]]",
            ),
            (
                "a",
                "en",
                "Dear Dr [[PERSON:Appleby]], of course. Invoice {{ORDER:FT-2026/0412}} for "
                "{{PRICE:€ 780,00}} (ceramic crown) will be made out to that address. Shall we "
                "send it by e-mail?\nKind regards, [[PERSON:Serena]], reception",
            ),
            (
                "c",
                "en",
                "Yes please, to [[EMAIL_ADDRESS:mark.appleby@ox-lit.ac.uk]]. Could you also add "
                "the codice fiscale I was given for my contract: "
                "[[IT_FISCAL_CODE:PPLMRK68R03Z114V]]",
            ),
            (
                "a",
                "en",
                "Done – it's in your inbox. Best wishes, [[PERSON:Serena]]",
            ),
            (
                "c",
                "en",
                "Received, many thanks [[PERSON:Serena]].\nBest,\n[[PERSON:Mark]]",
            ),
        ],
    ),
    (
        "orsini",
        "whatsapp",
        "Pasquale La Rosa",
        [
            (
                "c",
                "it",
                "Bongiorno dottoressa, sugnu [[PERSON:Pasquale La Rosa]], u papà di "
                "[[PERSON:Carmelo]]. U picciriddu havi mali a un denti di sutta, talìa si c'è "
                "postu pi dumani. Grazie assai",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PERSON:La Rosa]]! Domani alle {{TIME:8:45}} c'è posto con "
                "la dott.ssa [[PERSON:Elena Orsini]]. Quanti anni ha [[PERSON:Carmelo]]?\n– "
                "[[PERSON:Rosa]], segreteria",
            ),
            (
                "c",
                "it",
                "Setti anni. Vabbè, vinemu. Chiddu è scantatu, l'ultima vota a "
                "[[LOCATION:Bagheria]] si misi a chianciri tuttu u tempu. Si pò pagari cu "
                "bancomat?",
            ),
            (
                "a",
                "it",
                "Certo, bancomat e carte. Per la fattura mi serve il codice fiscale di chi paga.",
            ),
            (
                "c",
                "it",
                "[[IT_FISCAL_CODE:LRSPQL64T08G273M]]. E me mugghieri [[PERSON:Agata]] veni cu "
                "nuatri, idda parla chiù megghiu 😄",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, a domani! Saluti ad [[PERSON:Agata]] e a "
                "[[PERSON:Carmelo]] 🦷 [[PERSON:Rosa]]",
            ),
        ],
    ),
    (
        "orsini",
        "instagram",
        "Wei Zhang",
        [
            (
                "c",
                "en",
                "hello, i am [[PERSON:Wei Zhang]], student of music in the conservatory. my "
                "tooth is very pain since yesterday night. my friend [[PERSON:Hyun-woo]] say you "
                "speak english. how much is visit?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Wei]], sorry to hear that! An emergency visit is {{PRICE:€ 60}}. We "
                "can see you today at {{TIME:12:15}}. Can you give me a phone number?",
            ),
            (
                "c",
                "en",
                "yes, [[PHONE_NUMBER:+39 320 554 8813]]. my address is [[ADDRESS:Strada Maggiore "
                "44]] , second floor, the name on bell is [[PERSON:Ricci]] because is my "
                "landlord",
            ),
            (
                "a",
                "en",
                "Thank you, see you at {{TIME:12:15}} 🙂 You'll find us on Google Maps as "
                "{{BRAND:Studio Dentistico Orsini}}.",
            ),
            ("c", "en", "thank you very much Miss! 🙏"),
        ],
    ),
    (
        "orsini",
        "messenger",
        "Giacomo Fabbri",
        [
            (
                "c",
                "it",
                "Buongiorno, sono [[PERSON:Giacomo Fabbri]], commercialista. Ho effettuato per "
                "errore due volte il bonifico di {{PRICE:€ 145,00}} per la seduta di igiene di "
                "mia madre, [[PERSON:Anna Maria Soldati]]. Potreste restituirmene uno sul conto "
                "[[IBAN_CODE:IT53 T050 3411 7010 0000 0062 385]]? Grazie.\n[[PERSON:G. Fabbri]]",
            ),
            (
                "a",
                "it",
                "Buongiorno dott. [[PERSON:Fabbri]], verifichiamo subito con l'amministrazione. "
                "Ci può indicare la data dei due bonifici? [[PERSON:Serena]]",
            ),
            (
                "c",
                "it",
                '{{DATE:3 marzo}} e {{DATE:4 marzo}}, causale "saldo fattura '
                '{{ORDER:FT-2026/0298}}". La ricevuta del rimborso va intestata al mio studio, '
                "P.IVA [[IT_VAT_CODE:07722060378]], [[ADDRESS:via Saragozza 118, 40135 "
                "Bologna]]. Il mio codice fiscale, se serve: [[IT_FISCAL_CODE:FBBGCM83D22G702X]]",
            ),
            (
                "a",
                "it",
                "Trovati entrambi, rimborso disposto oggi. Buona giornata a lei e alla signora "
                "[[PERSON:Soldati]]!\n[[PERSON:Serena]]",
            ),
        ],
    ),
    (
        "orsini",
        "whatsapp",
        "Jennifer Kowalski",
        [
            (
                "c",
                "en",
                "Hi! My daughter [[PERSON:Madison]] is studying abroad in [[LOCATION:Bologna]] "
                "and chipped her "
                "front tooth playing volleyball 😬 I'm in [[LOCATION:Columbus, Ohio]] so I'm "
                "messaging instead of calling. Could you fit her in this week? Her Italian cell "
                "is [[PHONE_NUMBER:351 248 7730]]",
            ),
            (
                "a",
                "en",
                "Hello! Of course, we can see [[PERSON:Madison]] tomorrow at {{TIME:15:00}}. "
                "Composite bonding is around {{PRICE:€ 120}}. Dott.ssa [[PERSON:Orsini]] speaks "
                "English.",
            ),
            (
                "c",
                "en",
                "Thank you SO much. I'm [[PERSON:Jennifer Kowalski]], her mom. My email is "
                "[[EMAIL_ADDRESS:jen.kowalski@yahoo.com]] and my US number is "
                "[[PHONE_NUMBER:(614) 555-0139]] if anything comes up.",
            ),
            (
                "a",
                "en",
                "Thank you [[PERSON:Jennifer]], we'll text [[PERSON:Madison]] the confirmation. "
                "She can pay at the desk.\nBest, [[PERSON:Rosa]]",
            ),
            ("c", "en", "Bless you. Will do!"),
        ],
    ),
    (
        "orsini",
        "whatsapp",
        "Serena Ferro",
        [
            (
                "a",
                "it",
                "Gentile sig.ra [[PERSON:Ferro]], le ricordiamo l'appuntamento di domani "
                "{{DATE:14/04}} alle {{TIME:9:15}} per la visita di controllo con la dott.ssa "
                "[[PERSON:Orsini]]. Risponda CONFERMO o ANNULLO.\n"
                "{{BRAND:Studio Dentistico Orsini}}",
            ),
            (
                "c",
                "it",
                "ANNULLO purtroppo, sono bloccata a [[LOCATION:Piacenza]] per lavoro. Si può "
                "spostare a venerdì pomeriggio?",
            ),
            (
                "a",
                "it",
                "Venerdì {{DATE:17/04}} alle {{TIME:16:30}} le va bene?",
            ),
            (
                "c",
                "it",
                "Sì grazie. Già che ci sono: sull'ultima fattura c'era scritto "
                "[[PERSON:Serena Fierro]], ma sono [[PERSON:Serena Ferro]], con codice fiscale "
                "[[IT_FISCAL_CODE:FRRSRN85E63F205Q]].",
            ),
            (
                "a",
                "it",
                "Corretta! Gliela rimandiamo a [[EMAIL_ADDRESS:serena.ferro85@gmail.com]]? "
                "[[PERSON:Rosa]]",
            ),
            ("c", "it", "sì perfetto. Grazie [[PERSON:Rosa]], sempre gentilissima"),
        ],
    ),
    # --------------------------------------------------------------------- Vinyl Paradiso London
    (
        "vinyl",
        "instagram",
        "jack",
        [
            (
                "c",
                "en",
                "yo do u have the new {{PRODUCT:The Moss Arcade – Lowtide}} on green vinyl or is "
                "it sold out 😭",
            ),
            (
                "a",
                "en",
                "hey! we've got 2 left of the green pressing, {{PRICE:£28}}. want us to hold "
                "one? – [[PERSON:Nico]]",
            ),
            (
                "c",
                "en",
                "yesss pls hold it my name's [[PERSON:jack moore]] lol, i'll come saturday after "
                "footie. can my mate [[PERSON:ollie]] pick it up if i cant make it",
            ),
            (
                "a",
                "en",
                "held under [[PERSON:Moore]] till Sat {{TIME:6pm}} 👍 sure, [[PERSON:Ollie]] "
                "can grab it, just tell him to give your name",
            ),
            ("c", "en", "legend. follow me back? [[HANDLE:@jackmoore.wav]]"),
            ("a", "en", "done 🤘 [[PERSON:Nico]]"),
        ],
    ),
    (
        "vinyl",
        "messenger",
        "Fortunato Russo",
        [
            (
                "c",
                "it",
                "Uè guagliù, buonasera! So' [[PERSON:Fortunato Russo]], napoletano a "
                "[[LOCATION:Lewisham]] da vent'anni. Tenite {{PRODUCT:Nero a metà}} 'e "
                "{{BRAND:Pino Daniele}}, 'a stampa originale dell'80? Pe' mme è 'na cosa 'e "
                "famiglia",
            ),
            (
                "a",
                "it",
                "Uè [[PERSON:Fortunato]]! 😄 Simme napulitane pure nuje, io so' 'e "
                "[[LOCATION:Pozzuoli]]. Tenimmo 'na copia originale del 1980, condizioni VG+, "
                "{{PRICE:£65}}. Te la mettimmo da parte? [[PERSON:Nico]]",
            ),
            (
                "c",
                "it",
                "Sì sì, mettimmela da parte! Passa mio nipote [[PERSON:Gennarino]] sabato, chillo "
                "fatica a [[LOCATION:Brixton]]. Si ve serve 'o numero mio: [[PHONE_NUMBER:07700 "
                "900 128]]. "
                "Grazie assaje, site 'e ccose bbone",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, a nome di [[PERSON:Russo]], la ritira [[PERSON:Gennarino]] "
                "sabato. Statte buono!",
            ),
        ],
    ),
    (
        "vinyl",
        "messenger",
        "Hannah Clarke",
        [
            (
                "c",
                "en",
                'Hi, I ordered the {{PRODUCT:Mina – Le mille bolle blu}} 7" from your website '
                "on Monday (order {{ORDER:VP-10382}}) but the Royal Mail tracking "
                "{{TRACKING:QF582039104GB}} says delivered and I've got nothing.\n"
                "[[PERSON:Hannah Clarke]]",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Hannah]], sorry about that! Our system shows it was delivered to "
                "[[ADDRESS:27 Chatsworth Road, London E5 0LP]], is that right?\nCheers, "
                "[[PERSON:Nico]]",
            ),
            (
                "c",
                "en",
                "That's my old flat!! I moved in January. New address is [[ADDRESS:Flat 9, Wren "
                "House, 112 Mare Street, London E8 3SG]]. I changed it in my account though??",
            ),
            (
                "a",
                "en",
                "You're right, the order came from a different session (IP "
                "[[IP_ADDRESS:81.174.233.19]]) that still had the old address saved. We'll send a "
                "new copy today by tracked post, on us. Sorry [[PERSON:Hannah]]!",
            ),
            (
                "c",
                "en",
                "Ah that was probably my flatmate [[PERSON:Will]]'s laptop lol. Thanks so much, "
                "you're stars ⭐",
            ),
            (
                "a",
                "en",
                "New tracking: {{TRACKING:QF582039117GB}}. Enjoy the record!\n– [[PERSON:Chiara]]",
            ),
        ],
    ),
    (
        "vinyl",
        "instagram",
        "Martina Colombo",
        [
            (
                "c",
                "it",
                "Ciao! Sono passata da voi ieri con mio fratello, quella con il cappello giallo "
                "😂 Ho visto {{PRODUCT:Anima Latina}} di {{BRAND:Lucio Battisti}} in vetrina ma "
                "non avevo più spazio in valigia. Me lo spedite in Italia?",
            ),
            (
                "a",
                "it",
                "Ciao!! Certo che ci ricordiamo 😄 Sì, spediamo in Italia con {{BRAND:DHL}}, "
                "{{PRICE:£14}} di spedizione. Mi dai nome e indirizzo? [[PERSON:Chiara]]",
            ),
            (
                "c",
                "it",
                "[[PERSON:Martina Colombo]], [[ADDRESS:frazione San Bartolomeo, località Cà "
                "Bianca 6, 28040 Lesa (NO)]]. È in campagna, se il corriere non trova la casa "
                "chiamate mio papà [[PERSON:Ermanno]] al [[PHONE_NUMBER:0322 76419]]",
            ),
            (
                "a",
                "it",
                "Ordine {{ORDER:VP-10419}} fatto, {{PRICE:£42}} + {{PRICE:£14}}. Ti arriva il "
                "link di pagamento qui su Instagram. Grazie [[PERSON:Martina]]!",
            ),
            (
                "c",
                "it",
                "grazie milleee 🖤 il mio profilo personale è [[HANDLE:@marti.colombo_]] se "
                "volete taggarmi quando lo spedite",
            ),
        ],
    ),
    (
        "vinyl",
        "whatsapp",
        "DeShawn Carter",
        [
            (
                "c",
                "en",
                "Hey this is [[PERSON:DeShawn Carter]], I DJ at a spot in "
                "[[LOCATION:Brooklyn]]. Heard you "
                'guys have a crate of Italo disco 12"s. Can you ship to the US?',
            ),
            (
                "a",
                "en",
                "Hey [[PERSON:DeShawn]]! Yes, we ship to the US with {{BRAND:FedEx}}. We've got "
                'about 40 Italo 12"s, e.g. {{PRODUCT:Gazebo – I Like Chopin}} and '
                "{{PRODUCT:Ryan Paris – Dolce Vita}}. Want the full list?",
            ),
            (
                "c",
                "en",
                "Send me the list pls: [[EMAIL_ADDRESS:deshawn (dot) carter (at) protonmail "
                "(dot) com]]. Shipping address is [[ADDRESS:418 Nostrand Ave, Apt 3R, Brooklyn, "
                "NY 11216]]. Cell [[PHONE_NUMBER:917-555-0164]]",
            ),
            (
                "a",
                "en",
                "List sent 📩 Total for the 12 you picked is {{PRICE:£312}} + {{PRICE:£48}} "
                "shipping. Payment link or card over the phone?",
            ),
            (
                "c",
                "en",
                "Just put it on this: [[CREDIT_CARD:3742 510187 20950]], exp 11/27. Name on card "
                "[[PERSON:D. Carter]]",
            ),
            (
                "a",
                "en",
                "Charged, thanks! Next time the link is safer though 🙏 Order "
                "{{ORDER:VP-10427}}.\n– [[PERSON:Jack]] @ VP",
            ),
        ],
    ),
    (
        "vinyl",
        "telegram",
        "Ottavio Bellandi",
        [
            (
                "c",
                "it",
                "Gentili signori,\ncerco il primo LP dei {{PRODUCT:Goblin – Profondo Rosso}} "
                "(Cinevox, 1975), prima stampa con copertina apribile. Disposto a pagare il "
                "giusto.\n\nCordialità,\n[[PERSON:Ottavio Bellandi]]\nCollezionista privato\n"
                "[[URL:https://www.archiviosonorobellandi.it]]\n[[PHONE_NUMBER:+39 055 234 8871]]",
            ),
            (
                "a",
                "it",
                "Gentile sig. [[PERSON:Bellandi]], abbiamo una prima stampa Cinevox con "
                "copertina apribile: vinile NM, copertina VG+, {{PRICE:£180}}. Vuole le foto?\n"
                "[[PERSON:Chiara]] – {{BRAND:Vinyl Paradiso}}",
            ),
            (
                "c",
                "it",
                "Gentile [[PERSON:Chiara]],\nsì, gradirei le foto dell'etichetta e della matrice "
                "incisa nel runout. Le invii cortesemente a "
                "[[EMAIL_ADDRESS:ottavio.bellandi@archiviosonorobellandi.it]].\n\nCordialità,\n"
                "[[PERSON:Ottavio Bellandi]]\nCollezionista privato\n"
                "[[URL:https://www.archiviosonorobellandi.it]]\n[[PHONE_NUMBER:+39 055 234 8871]]",
            ),
            ("a", "it", "Foto inviate. Il runout è quello giusto 😉"),
            (
                "c",
                "it",
                "Confermo l'acquisto. Pago con bonifico dal conto "
                "[[IBAN_CODE:IT06 C062 3003 2020 0004 1197 805]], intestato a me.\n"
                "[[PERSON:O. Bellandi]]",
            ),
        ],
    ),
    (
        "vinyl",
        "messenger",
        "Siobhán Brennan",
        [
            (
                "c",
                "en",
                "Hi there, I'm after a gift voucher for my husband [[PERSON:Mark]]'s 50th, he's "
                "mad into jazz. He'd be in the shop most Saturdays so ye probably know him, tall "
                "fella, beard, [[PERSON:Mark Brennan]]? 😂 I'm [[PERSON:Siobhán]]",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Siobhán]]! Of course we know [[PERSON:Mark]], he's bought half our "
                "{{BRAND:Blue Note}} section 😄 Vouchers come in {{PRICE:£25}}, {{PRICE:£50}} or "
                "{{PRICE:£100}}.",
            ),
            (
                "c",
                "en",
                "£100 so, and can ye post it to my sister's so he doesn't see it? "
                "[[PERSON:Aoife Gallagher]], [[ADDRESS:14 Ashgrove Terrace, Dundrum, Dublin 14, "
                "D14 X8K2]]. Her number is [[PHONE_NUMBER:087 319 2264]]",
            ),
            (
                "a",
                "en",
                "Voucher {{ORDER:GV-2291}} posted today to [[PERSON:Aoife]]. Happy birthday to "
                "[[PERSON:Mark]]! – [[PERSON:Jack]]",
            ),
        ],
    ),
    (
        "vinyl",
        "messenger",
        "Gary Holt",
        [
            (
                "c",
                "en",
                "I'VE WAITED THREE WEEKS FOR ORDER {{ORDER:VP-10351}} AND WHAT TURNS UP?? A WARPED "
                "COPY OF {{PRODUCT:THE MOSS ARCADE – LOWTIDE}}. {{PRICE:£28}} FOR A FRISBEE. SORT "
                "IT OUT",
            ),
            (
                "a",
                "en",
                "Hi, really sorry about that! Could you send us a photo and the name on the "
                "order? We'll replace it straight away. – [[PERSON:Nico]]",
            ),
            (
                "c",
                "en",
                "NAME IS [[PERSON:GARY HOLT]]. PHOTO ATTACHED. SAME ADDRESS AS BEFORE, "
                "[[ADDRESS:22 BIRCH LANE, DIDSBURY, MANCHESTER M20 2QT]]. AND DON'T SEND IT WITH "
                "THAT COURIER AGAIN, HE LEFT IT IN THE BIN",
            ),
            (
                "a",
                "en",
                "Thanks [[PERSON:Gary]], that's definitely warped. A new copy goes out today by "
                "Royal Mail Special Delivery, tracking {{TRACKING:SD407216395GB}}, and we've "
                "refunded the postage.",
            ),
            (
                "c",
                "en",
                "ok. fair play. sorry for shouting, bad week. the missus [[PERSON:Joanne]] says I "
                "owe you lot a pint",
            ),
            (
                "a",
                "en",
                "Ha, no worries at all! Tell [[PERSON:Joanne]] we'll hold you to it 🍺 "
                "[[PERSON:Nico]]",
            ),
        ],
    ),
    (
        "vinyl",
        "whatsapp",
        "Lorenzo D'Amico",
        [
            (
                "c",
                "it",
                "Ciao ragazzi, sono [[PERSON:Lorenzo D'Amico]] ([[HANDLE:@lore.damico]] su IG), "
                "il mio account sul vostro sito è bloccato dopo 3 tentativi 😤",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Lorenzo]]! Vedo tentativi di login da "
                "[[IP_ADDRESS:2a02:c7c:5e21:4b00::1f]] e da [[IP_ADDRESS:85.255.234.110]]: sei "
                "sempre tu?",
            ),
            (
                "c",
                "it",
                "il primo sì, è la fibra di casa a [[LOCATION:Peckham]]. il secondo no!! 😳",
            ),
            (
                "a",
                "it",
                "Allora meglio cambiare password: ti ho mandato il link a "
                "[[EMAIL_ADDRESS:l.damico02@proton.me]]. Nessun ordine strano, l'ultimo è "
                "{{ORDER:VP-10377}} ({{PRODUCT:Verdena – Wow}}). [[PERSON:Chiara]]",
            ),
            (
                "c",
                "it",
                "ok fatto, grazie mille [[PERSON:Chiara]] 🙏 sei un mito. il mio codice fiscale "
                "ve lo avevo dato per la fattura vero? [[IT_FISCAL_CODE:DMCLNZ02H15H501E]]",
            ),
        ],
    ),
    # ---------------------------------------------------------------------- TermoService Vesuvio
    (
        "termo",
        "whatsapp",
        "Gennaro Esposito",
        [
            (
                "c",
                "it",
                "Buongiorno, 'a caldaia nun parte cchiù, fa 'o rummore e po' se stuta. È 'na "
                "{{PRODUCT:Vaillant ecoTEC plus}}, tene sett'anni. Stongo cu 'e criature a casa "
                "e fa friddo.\n[[PERSON:Gennaro Esposito]], [[ADDRESS:via Luca Giordano 63]], "
                "[[LOCATION:Vomero]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[PERSON:Esposito]], mandiamo il tecnico "
                "[[PERSON:Salvatore]] oggi pomeriggio tra le {{TIME:15}} e le {{TIME:17}}. "
                "Citofono a nome [[PERSON:Esposito]]?\nAssistenza TS, [[PERSON:Sole]]",
            ),
            (
                "c",
                "it",
                "No, 'o citofono dice [[PERSON:Capasso]], è 'a casa 'e mia suocera. Scala B, "
                "quarto piano. 'O numero 'e casa è [[PHONE_NUMBER:081 578 2219]], 'o cellulare "
                "[[PHONE_NUMBER:328 114 6093]]",
            ),
            (
                "a",
                "it",
                "Ricevuto. [[PERSON:Salvatore]] la chiama mezz'ora prima di arrivare.",
            ),
            ("c", "it", "Grazie assaje. Sulo 'na cosa: quanto costa l'uscita?"),
            (
                "a",
                "it",
                "Uscita {{PRICE:€ 45}} + ricambi. Con il contratto di manutenzione "
                "{{PRODUCT:Comfort Plus}} l'uscita è gratuita. [[PERSON:Sole]]",
            ),
            (
                "c",
                "it",
                "Va bbuono. Pe' 'a fattura: [[IT_FISCAL_CODE:SPSGNR80S03F839M]]",
            ),
        ],
    ),
    (
        "termo",
        "whatsapp",
        "Ciro Bello",
        [
            (
                "c",
                "it",
                "buongiorno sono [[PERSON:Ciro Bello]] impresa edile vi scrivo dal cantiere di "
                "[[ADDRESS:via Manzoni 210]] a [[LOCATION:Posillipo]] serve un idraulico "
                "per rifare due bagni "
                "entro fine mese chiamatemi al [[PHONE_NUMBER:339 8812 407]] dopo le sei o "
                "scrivete a [[EMAIL_ADDRESS:cirobelloedilizia chiocciola gmail punto com]] "
                "grazie",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Ciro]], sono [[PERSON:Gennaro]] dell'ufficio tecnico. "
                "Possiamo fare il sopralluogo {{DATE:venerdì}} alle {{TIME:8:00}}. Per il "
                "preventivo ci serve la P.IVA dell'impresa.",
            ),
            (
                "c",
                "it",
                "venerdì va bene la partita iva è [[IT_VAT_CODE:09277310638]] il cliente è il "
                "signor [[PERSON:Mario Ferrante]] quello del secondo piano ma paga l'impresa "
                "virgola mi raccomando puntuali che alle nove arriva il camion",
            ),
            (
                "a",
                "it",
                "Ok, venerdì alle {{TIME:8:00}} ci siamo.\nUfficio tecnico / [[PERSON:Gennaro]]",
            ),
        ],
    ),
    (
        "termo",
        "messenger",
        "Olena Kovalenko",
        [
            (
                "c",
                "en",
                "Good evening. I am [[PERSON:Olena Kovalenko]], I rent flat in [[ADDRESS:Via "
                "Toledo 256]], 3 floor. Water is coming from ceiling in bathroom since this "
                "morning. The landlord signor [[PERSON:Mastellone]] is not answering phone. "
                "Please can you come?",
            ),
            (
                "a",
                "en",
                "Good evening [[PERSON:Olena]], please close the main water valve (usually near "
                "the meter). We can send [[PERSON:Salvatore]] tomorrow at {{TIME:8:30}}. Is it "
                "coming from the flat above?",
            ),
            (
                "c",
                "en",
                "Yes I think is the neighbour of 4 floor, signora [[PERSON:Anna Cuomo]], she is "
                "old and she don't open the door. My phone is [[PHONE_NUMBER:+39 389 207 6651]]. "
                "Who will pay, me or landlord?",
            ),
            (
                "a",
                "en",
                "Usually the landlord or the neighbour's insurance. We'll write the report in "
                "English for you. Can you send us the landlord's email?",
            ),
            (
                "c",
                "en",
                "Is [[EMAIL_ADDRESS:giuseppe.mastellone@tiscali.it]]. Thank you very much, you "
                "are very kind!",
            ),
        ],
    ),
    (
        "termo",
        "telegram",
        "Immacolata De Rosa",
        [
            (
                "c",
                "it",
                "SALVE, MI È ARRIVATO UN ADDEBITO DI {{PRICE:€ 189}} SUL CONTO "
                "[[IBAN_CODE:IT57 I010 3014 2000 0006 3318 270]] PER UN CONTRATTO "
                "{{PRODUCT:COMFORT PLUS}} CHE NON HO MAI FIRMATO!!! SONO [[PERSON:IMMACOLATA DE "
                "ROSA]], [[LOCATION:TORRE DEL GRECO]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PERSON:De Rosa]], mi dispiace. Controllo subito: mi "
                "conferma l'indirizzo dell'impianto?",
            ),
            (
                "c",
                "it",
                "[[ADDRESS:CORSO VITTORIO EMANUELE 44]]. E NON CHIAMATE MIO MARITO "
                "[[PERSON:PEPPE]] CHE QUELLO FIRMA TUTTO SENZA LEGGERE",
            ),
            (
                "a",
                "it",
                "Ecco, il contratto risulta firmato il {{DATE:12/01/2026}} da [[PERSON:Giuseppe "
                "De Rosa]]. Se volete recedere le mando il modulo via mail.",
            ),
            (
                "c",
                "it",
                "LO SAPEVO. VA BENE, MANDATE IL MODULO A "
                "[[EMAIL_ADDRESS:immacolata.derosa@virgilio.it]]. GRAZIE LO STESSO",
            ),
        ],
    ),
    (
        "termo",
        "whatsapp",
        "Graham Smith",
        [
            (
                "c",
                "en",
                "Hello, [[PERSON:Graham Smith]] here. My wife [[PERSON:Penny]] and I have a "
                "holiday house at [[ADDRESS:Via Nastro Verde 12, Massa Lubrense]]; the boiler "
                "needs its annual service before we arrive on {{DATE:2 May}}. Our neighbour "
                "[[PERSON:Rosaria]] has the keys.",
            ),
            (
                "a",
                "en",
                "Good morning Mr [[PERSON:Smith]], we can service it on {{DATE:28 April}}, "
                "{{PRICE:€ 95}} incl. flue gas analysis. Could you give us "
                "[[PERSON:Rosaria]]'s number?",
            ),
            (
                "c",
                "en",
                "Her mobile is [[PHONE_NUMBER:333 902 4418]] (she only speaks Italian, mind). "
                "Also, the new smart thermostat has stopped talking to the app; the installer "
                "said its IP was [[IP_ADDRESS:192.168.1.47]]. Could your chap have a look?\n"
                "Cheers, [[PERSON:Graham]]",
            ),
            (
                "a",
                "en",
                "No problem, [[PERSON:Salvatore]] will check the {{PRODUCT:tado° V3+}} too. "
                "Shall we send the invoice to [[EMAIL_ADDRESS:graham.smith@blueyonder.co.uk]] "
                "as last year?",
            ),
            ("c", "en", "Yes, that's right. Many thanks!"),
        ],
    ),
    (
        "termo",
        "instagram",
        "kevin",
        [
            (
                "c",
                "it",
                "ciao scusate ma lo scaldabagno fa acqua fredda da 2 giorni e i miei sono in "
                "crociera 🙃 io sono [[PERSON:kevin]] abito a [[LOCATION:portici]] vicino la "
                "stazione",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Kevin]]! Che marca è lo scaldabagno? C'è una spia accesa?",
            ),
            (
                "c",
                "it",
                "boh è bianco 😂 c'è scritto {{BRAND:Ariston}}... spia rossa che lampeggia. la "
                "via è [[ADDRESS:via della libertà 190]] citofono [[PERSON:sorrentino]]",
            ),
            (
                "a",
                "it",
                "Ok! Probabilmente è la resistenza. Quando arriva il tecnico serve un adulto in "
                "casa, c'è qualcuno?",
            ),
            (
                "c",
                "it",
                "mia nonna [[PERSON:nunzia]] sta da noi, il suo numero è "
                "[[PHONE_NUMBER:081.775.30.82]] chiamate lei pls non me che sto a scuola fino "
                "alle 2",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, chiamiamo la signora [[PERSON:Nunzia]] ✌️ [[PERSON:Sole]]",
            ),
        ],
    ),
    (
        "termo",
        "messenger",
        "Rebecca Stein-Alvarez",
        [
            (
                "c",
                "en",
                "Hi, I'm [[PERSON:Rebecca Stein-Alvarez]], on sabbatical in [[LOCATION:Naples]] "
                "until August. "
                "My landlord, Dott. [[PERSON:Vincenzo Amato]], told me to contact you about the "
                "air conditioner (pompa di calore?) leaking. Apartment: [[ADDRESS:Via dei Mille "
                "40, scala A, interno 11]], [[LOCATION:Chiaia]].",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Rebecca]], thanks! Yes, pompa di calore 😊 Can you send a photo of "
                "the label?\n– [[PERSON:Sole]]",
            ),
            (
                "c",
                "en",
                "Here it is. It says {{PRODUCT:Daikin Perfera FTXM35R}}. I'm reachable at "
                "[[PHONE_NUMBER:+1 617.555.0122]] (WhatsApp) or "
                "[[EMAIL_ADDRESS:rstein.alvarez@bu-mail.org]]",
            ),
            (
                "a",
                "en",
                "Thank you. [[PERSON:Salvatore]] can come on {{DATE:Monday}} at {{TIME:10am}}. "
                "The landlord usually pays for this – shall we invoice Dott. [[PERSON:Amato]] "
                "directly?",
            ),
            (
                "c",
                "en",
                "Yes please, he said so. His codice fiscale is on my lease if you need it: "
                "[[IT_FISCAL_CODE:MTAVCN61H14F839M]]",
            ),
        ],
    ),
    (
        "termo",
        "messenger",
        "Howard L. Bishop",
        [
            (
                "c",
                "en",
                "Dear Sir or Madam,\nI am writing regarding the annual inspection of the gas "
                "boiler in our condominium unit, [[ADDRESS:Via Posillipo 286, Scala C, Int. 9, "
                '80123 Napoli]]. Per the regulations (the "libretto di impianto"), the '
                "inspection is due by {{DATE:March 31}}. Please advise your earliest availability."
                "\n\nRespectfully,\n\n[[PERSON:Howard L. Bishop]], P.E. (ret.)\n"
                "Mobile (Italy): [[PHONE_NUMBER:+39 331 447 2096]]\n"
                "Mobile (U.S.): [[PHONE_NUMBER:+1 (908) 555-0112]]\n"
                "E-mail: [[EMAIL_ADDRESS:hlbishop@verizon.net]]",
            ),
            (
                "a",
                "en",
                "Dear Mr [[PERSON:Bishop]], thank you. We can do the inspection on "
                "{{DATE:March 18}} at {{TIME:9:00}}, {{PRICE:€ 90}} including the emissions test "
                "and the update of the libretto.\nKind regards, [[PERSON:Sole]] – TermoService",
            ),
            (
                "c",
                "en",
                "Dear [[PERSON:Sole]],\n{{DATE:March 18}} at {{TIME:9:00}} is acceptable. Please "
                "note that my wife, [[PERSON:Patricia]], will be present, as I will be in "
                "[[LOCATION:Princeton]] that week. She may be reached at "
                "[[PHONE_NUMBER:+39 331 447 2097]]."
                "\n\nRespectfully,\n\n[[PERSON:Howard L. Bishop]], P.E. (ret.)\n"
                "Mobile (Italy): [[PHONE_NUMBER:+39 331 447 2096]]\n"
                "Mobile (U.S.): [[PHONE_NUMBER:+1 (908) 555-0112]]\n"
                "E-mail: [[EMAIL_ADDRESS:hlbishop@verizon.net]]",
            ),
            (
                "a",
                "en",
                "Noted, thank you. [[PERSON:Salvatore]] will ask for Mrs [[PERSON:Bishop]]. The "
                "invoice will go to your e-mail.",
            ),
            ("c", "en", "Very good. Thank you for your prompt reply.\n[[PERSON:H.L.B.]]"),
        ],
    ),
    # ---------------------------------------------------------------------- Sole & Sale Catering
    (
        "sole",
        "whatsapp",
        "Chloe Nguyen",
        [
            (
                "c",
                "en",
                "Hi guys! [[PERSON:Chloe]] here, my fiancé [[PERSON:Liam]] and I are getting "
                "married in Taormina next September (we're from [[LOCATION:Fremantle]], WA, but "
                "[[PERSON:Liam]]'s nonna is from [[LOCATION:Acireale]]!). Looking for catering "
                "for ~90 guests 🥂",
            ),
            (
                "a",
                "en",
                "Ciao [[PERSON:Chloe]]! Congratulations 🎉 We'd love to. For 90 guests our "
                "wedding menu starts at {{PRICE:€ 85}} per person. Which date?\n"
                "[[PERSON:Agata Di Stefano]] – event manager",
            ),
            (
                "c",
                "en",
                "{{DATE:Saturday 19 September}}, at a villa the venue people are still "
                "confirming. Can we do a tasting when we're over in {{DATE:March}}? "
                "[[PERSON:Liam]]'s nonna [[PERSON:Concetta Grasso]] insists on coming, she's 88 "
                "and VERY opinionated about arancini 😂",
            ),
            (
                "a",
                "en",
                "Of course, nonna [[PERSON:Concetta]] is welcome, we'll make the arancini for "
                "her first! Send me your email and a phone number and I'll put a proposal "
                "together.",
            ),
            (
                "c",
                "en",
                "[[EMAIL_ADDRESS:chloe.and.liam.wed@gmail.com]], my mobile is "
                "[[PHONE_NUMBER:0412 345 678]] and [[PERSON:Liam]]'s is "
                "[[PHONE_NUMBER:+61 423 990 164]]. Thanks [[PERSON:Agata]]!!\n"
                "[[PERSON:Chloe Nguyen]] x",
            ),
            (
                "a",
                "en",
                "Proposal sent ✨ Ref {{ORDER:SS-WED-0919}}. A presto! [[PERSON:Agata]]",
            ),
        ],
    ),
    (
        "sole",
        "whatsapp",
        "Caterina Di Stefano",
        [
            (
                "c",
                "it",
                "Salve, sono la signora [[PERSON:Caterina Di Stefano]], me niputi "
                "[[PERSON:Salvuccio]] fa u battesimu u {{DATE:24 maggio}} e vulissi un buffet pi "
                "40 cristiani. Chi mi prupunìti? Avi a essiri tuttu sicilianu, eh",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PERSON:Di Stefano]]! Per 40 persone il buffet "
                '"{{PRODUCT:Festa Siciliana}}" (arancini, panelle, caponata, cannoli) costa '
                "{{PRICE:€ 28}} a persona.\n[[PERSON:Fortunato]]",
            ),
            (
                "c",
                "it",
                "Va beni. U battesimu è a chiesa, ma u rinfrescu è a casa di me figghia "
                "[[PERSON:Rosaria]], [[ADDRESS:via Etnea 577]], [[LOCATION:Catania]]. Idda havi "
                "u terrazzu granni.",
            ),
            (
                "a",
                "it",
                "Perfetto. Per l'acconto del 30% ({{PRICE:€ 336}}) può fare un bonifico o pagare "
                "da noi. Mi lascia un numero di telefono?",
            ),
            (
                "c",
                "it",
                "[[PHONE_NUMBER:095 716 2230]] è a casa. U cellulari nun u sacciu usari, chiama "
                "a me figghia [[PHONE_NUMBER:347 558 0019]]. Pa fattura u codici fiscali è "
                "[[IT_FISCAL_CODE:DSTCRN51R49C351T]]",
            ),
            (
                "a",
                "it",
                "Ricevuto tutto, signora. Grazie e auguri per [[PERSON:Salvuccio]]!\n"
                "[[PERSON:Fortunato]]",
            ),
        ],
    ),
    (
        "sole",
        "instagram",
        "Jörg Hoffmann",
        [
            (
                "c",
                "en",
                "Hello, we are a team of 25 people from a software company in "
                "[[LOCATION:Stuttgart]] and we make an offsite in Catania in June. I am "
                "[[PERSON:Jörg Hoffmann]], the organiser. We want a dinner with typical food, "
                "maybe on Etna?",
            ),
            (
                "a",
                "en",
                "Hallo [[PERSON:Jörg]]! 😊 Yes, we do dinners at an agriturismo on the slopes of "
                "Etna, {{PRICE:€ 65}} per person with wine. Which date?",
            ),
            (
                "c",
                "en",
                "The {{DATE:11. June}}, at {{TIME:20:00}}. Please send the offer to "
                "[[EMAIL_ADDRESS:joerg.hoffmann@softwerk-stuttgart.de]]. My colleague "
                "[[PERSON:Bianca Schäfer]] has a gluten allergy, and [[PERSON:Sven]] is vegan, "
                "is this possible?",
            ),
            (
                "a",
                "en",
                "Of course! Gluten-free and vegan dishes included. Offer {{ORDER:SS-2026-0611}} "
                "is in your inbox.\n[[PERSON:Agata]]",
            ),
            (
                "c",
                "en",
                "Super, thank you [[PERSON:Agata]]. We confirm. My mobile for emergencies is "
                "[[PHONE_NUMBER:+49 171 8826 4410]].",
            ),
        ],
    ),
    (
        "sole",
        "telegram",
        "Gaia",
        [
            (
                "c",
                "it",
                "Ciao! Io e il mio compagno [[PERSON:Will]] (sì, è inglese 😄) festeggiamo i "
                "nostri 30 anni sulla terrazza di casa, a [[LOCATION:Ognina]], una trentina di "
                "persone. Fate finger food?",
            ),
            (
                "a",
                "it",
                'Ciao! Sì, il nostro "{{PRODUCT:Aperitivo Mare}}" è {{PRICE:€ 22}} a persona. '
                "Come ti chiami?",
            ),
            (
                "c",
                "it",
                "[[PERSON:Gaia Russo Frattini]]. mail: [[EMAIL_ADDRESS:gaia . russofrattini @ "
                "icloud . com]] (scritta così per lo spam). Indirizzo [[ADDRESS:via del Rotolo "
                "31, int. 5]]",
            ),
            (
                "a",
                "it",
                "Grazie [[PERSON:Gaia]]! Preventivo {{ORDER:SS-1187}} inviato. Per l'acconto puoi "
                "usare il link nella mail o darmi la carta.",
            ),
            (
                "c",
                "it",
                "Ti do la carta così faccio prima: [[CREDIT_CARD:4929 1833 7720 1235]], è "
                "intestata a [[PERSON:William Hart]]",
            ),
            (
                "a",
                "it",
                "Fatto, grazie! La prossima volta usa pure il link che è più sicuro 😉\n"
                "[[PERSON:Fortunato]]",
            ),
        ],
    ),
    (
        "sole",
        "messenger",
        "Salvatore Mancuso",
        [
            (
                "c",
                "it",
                "Gentile ditta {{BRAND:Sole & Sale}},\nmi rivolgo a Voi per il consolo in "
                "occasione della scomparsa di mia sorella [[PERSON:Grazia]]. I parenti verranno "
                "da [[LOCATION:Paternò]] e da [[LOCATION:Adrano]]; saremo circa 25 persone "
                "presso la mia abitazione in [[ADDRESS:via Vittorio Veneto 8, 95030 Gravina di "
                "Catania]].\nCon osservanza,\nCav. [[PERSON:Salvatore Mancuso]]",
            ),
            (
                "a",
                "it",
                "Gentile Cavaliere [[PERSON:Mancuso]], le nostre più sentite condoglianze. "
                "Possiamo preparare un consolo tradizionale per domani alle {{TIME:13:00}}. "
                "Posso telefonarle per i dettagli?\n[[PERSON:Agata Di Stefano]]",
            ),
            (
                "c",
                "it",
                "La ringrazio, signora [[PERSON:Di Stefano]]. Il numero di casa è "
                "[[PHONE_NUMBER:095.391.4472]]. Al pagamento provvederà mio nipote, l'avv. "
                "[[PERSON:Domenico Mancuso]], P.IVA [[IT_VAT_CODE:04603180821]].\nDistinti "
                "saluti\n[[PERSON:S. Mancuso]]",
            ),
            (
                "a",
                "it",
                "Tutto chiaro. Domani alle {{TIME:13:00}} saremo da lei. Con affetto, "
                "[[PERSON:Agata]]",
            ),
        ],
    ),
    (
        "sole",
        "whatsapp",
        "Tom Fletcher",
        [
            (
                "c",
                "en",
                "Hiya, I'm organising a surprise 40th for my brother [[PERSON:Sam]], who moved "
                "to [[LOCATION:Ortigia]] last year. Do you cater that far from Catania? About 35 "
                "people, {{DATE:Saturday 4 July}}.",
            ),
            (
                "a",
                "en",
                "Hi! Yes, we cover [[LOCATION:Siracusa]] too. For 35 guests a street-food "
                "buffet is "
                "{{PRICE:€ 30}} pp. What's your name?\n[[PERSON:Fortunato]]",
            ),
            (
                "c",
                "en",
                "Sorry, [[PERSON:Tom Fletcher]]! My LinkedIn if you want to check I'm real lol: "
                "[[URL:https://www.linkedin.com/in/tom-fletcher-4a7b21]]. [[PERSON:Sam]]'s wife "
                "[[PERSON:Becky]] is in on it, her number is [[PHONE_NUMBER:+39 366 120 4879]] "
                "and mine is [[PHONE_NUMBER:+44 (0)7700 900982]]",
            ),
            (
                "a",
                "en",
                "Great, thanks [[PERSON:Tom]]. I'll coordinate with [[PERSON:Becky]] for access "
                "to the house, what's the address?",
            ),
            (
                "c",
                "en",
                "[[ADDRESS:Via della Maestranza 93]], top floor, the buzzer says "
                "[[PERSON:Fletcher]]",
            ),
            (
                "a",
                "en",
                "Perfect. Booking {{ORDER:SS-0704}}. We'll keep it secret 🤫 [[PERSON:Fortunato]]",
            ),
        ],
    ),
    (
        "sole",
        "instagram",
        "noemi.eats",
        [
            (
                "c",
                "it",
                "heyy sono [[PERSON:Noemi]] di [[HANDLE:@noemi.eats.catania]] 🍋 (12k follower) "
                "vi andrebbe una collab? tipo vengo a provare il vostro brunch e faccio reel + "
                "stories. my manager is [[PERSON:Dario Gatto]], "
                "[[EMAIL_ADDRESS:dario@gattomgmt.it]]",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Noemi]]! Ci piacerebbe 😍 Quando saresti libera?\n[[PERSON:Agata]]",
            ),
            (
                "c",
                "it",
                "tipo giovedì prossimo alle 11? e posso portare la mia amica [[PERSON:Sole]]? fa "
                "lei le foto, il suo profilo è [[URL:https://www.instagram.com/sole.scatta]]",
            ),
            (
                "a",
                "it",
                "Giovedì alle {{TIME:11}} va benissimo! Certo, porta [[PERSON:Sole]]. Vi "
                "aspettiamo da {{BRAND:Sole & Sale}} con il {{PRODUCT:Brunch dello Stretto}} ☀️",
            ),
        ],
    ),
    (
        "sole",
        "whatsapp",
        "Hope Calabrese",
        [
            (
                "c",
                "en",
                "Hi! Sono [[PERSON:Hope Calabrese]], italo-americana, my dad was born in "
                "[[LOCATION:Acireale]]. I'm organising a family reunion, 60 people, in "
                "[[LOCATION:Aci Castello]] where my cousin [[PERSON:Turi]] lives. Can you do a "
                "pranzo siciliano?",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Hope]]! Certo 😊 Pranzo siciliano a buffet, {{PRICE:€ 35}} a "
                "persona. Che data?",
            ),
            (
                "c",
                "en",
                "{{DATE:August 15}}, Ferragosto! I know, I know 😅 My cell is "
                "[[PHONE_NUMBER:+1 (201) 555-0147]], email "
                "[[EMAIL_ADDRESS:hope.calabrese@comcast.net]]",
            ),
            (
                "a",
                "it",
                "Ferragosto è il nostro giorno preferito 😄 Ti scrivo per mail, ci sentiamo con "
                "[[PERSON:Turi]] per la location. [[PERSON:Fortunato]]",
            ),
        ],
    ),
]


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup of one text: (plain text, entity spans, keep spans)."""
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    position = 0
    length = 0
    for match in _MARKUP.finditer(marked):
        before = marked[position : match.start()]
        out.append(before)
        length += len(before)
        kind = match.group(1) or match.group(3)
        value = match.group(2) if match.group(1) else match.group(4)
        span = {"start": length, "end": length + len(value), "type": kind, "value": value}
        (entities if match.group(1) else keep).append(span)
        out.append(value)
        length += len(value)
        position = match.end()
    out.append(marked[position:])
    text = "".join(out)
    for bracket in ("[[", "]]", "{{", "}}"):
        if bracket in text:
            raise ValueError(f"unbalanced markup in: {marked[:60]!r}")
    return text, entities, keep


def records() -> list[dict[str, Any]]:
    """The labelled messages, in conversation order (timestamps derived from the positions)."""
    out: list[dict[str, Any]] = []
    for c_index, (business, platform, customer, messages) in enumerate(CONVERSATIONS, start=1):
        conversation_id = f"hw2-c{c_index:02d}"
        page_id = f"hw2-page-{business}"
        customer_id = f"hw2-user-{c_index:02d}"
        time = _BASE_TIME + timedelta(days=2 * c_index, hours=c_index % 9)
        for m_index, (role, language, marked) in enumerate(messages, start=1):
            time += timedelta(minutes=3 + (7 * m_index + 5 * c_index) % 41)
            text, entities, keep = parse(marked)
            is_customer = role == "c"
            message = {
                "message_id": f"{conversation_id}-m{m_index:02d}",
                "conversation_id": conversation_id,
                "platform": platform,
                "page_id": page_id,
                "sender_id": customer_id if is_customer else page_id,
                "sender_name": customer if is_customer else BUSINESS_NAMES[business],
                "sender_role": "customer" if is_customer else "agent",
                "recipient_id": page_id if is_customer else customer_id,
                "created_time": time.isoformat(),
                "text": text,
            }
            out.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return out


def render() -> str:
    """The JSONL file's exact content."""
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records())


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT.name}: {len(records())} messages in {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
