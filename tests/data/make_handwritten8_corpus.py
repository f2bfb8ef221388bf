# ruff: noqa: E501  (message texts are data: long literal lines are kept as written)
"""Hand-written blind test corpus no. 8 for convmon's anonymiser.

Every message below was written by hand, one by one, for this file: no templates, no Faker, no
generator. The author did not look at the anonymiser's code, at its tests or at any other corpus
while writing them. All people, phone numbers, e-mails, addresses, IBANs, cards, codici fiscali
and partite IVA are invented (identifiers were made valid once with python-stdnum / Luhn and then
pasted here as literal text); towns and brands are real.

Businesses (Page names in ``BUSINESS_NAMES``):

- Le Querce Assistenza Domiciliare: home care for the elderly (badanti, night carers), Verona;
- Oreficeria Lo Verde: jeweller and watch repairer, Palermo;
- Rifugio Pian dei Larici: mountain hut with a ski school, Dolomites;
- Babele Traduzioni Giurate: sworn translations and apostilles, Milan;
- Salina Blu Boat Rental: boat rental in the Aeolian islands;
- Il Dado Tratto: board-game café with events and a small shop, Turin.

Markup inside the message texts:

- ``[[TYPE:value]]`` marks personal data (an entity). ``TYPE`` is an entity type of
  ``privacy.types.ENTITY_TYPES`` or one of the short aliases in ``ALIASES``
  (P=PERSON, E=EMAIL_ADDRESS, T=PHONE_NUMBER, CC=CREDIT_CARD, CF=IT_FISCAL_CODE,
  VAT=IT_VAT_CODE, IP=IP_ADDRESS, H=HANDLE, L=LOCATION, A=ADDRESS, IBAN=IBAN_CODE, URL).
- ``{{KIND:value}}`` marks a look-alike that must survive (a keep span): ORDER, TRACKING,
  BOOKING, CODE, PRICE, DATE, TIME, PRODUCT, BRAND, ORG, WORD, BUSINESS_EMAIL, BUSINESS_HANDLE,
  BUSINESS_URL.

Labelling conventions: a postal address written in one piece (street, number, staircase,
interno, CAP, town, even across lines) is one ADDRESS span; a town on its own is a LOCATION when
it says where somebody lives, works or comes from (not places merely visited); titles (Mr,
dott., signora) stay outside PERSON spans; the businesses' own names, handles, generic
mailboxes and web pages are keep spans, not personal data, but bank details (IBANs) are always
entities, the businesses' own included.

Regenerate (deterministic: same bytes on every run, timestamps derived from positions)::

    .venv/bin/python tests/data/make_handwritten8_corpus.py

which writes ``tests/data/handwritten8_corpus.jsonl`` next to this script.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten8_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "querce": "Le Querce Assistenza Domiciliare",
    "loverde": "Oreficeria Lo Verde",
    "larici": "Rifugio Pian dei Larici",
    "babele": "Babele Traduzioni Giurate",
    "salina": "Salina Blu Boat Rental",
    "dado": "Il Dado Tratto",
}
PAGE_IDS: dict[str, str] = {
    "querce": "hw8-page-querce",
    "loverde": "hw8-page-loverde",
    "larici": "hw8-page-larici",
    "babele": "hw8-page-babele",
    "salina": "hw8-page-salina",
    "dado": "hw8-page-dado",
}

ALIASES: dict[str, str] = {
    "P": "PERSON",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "CC": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "VAT": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "H": "HANDLE",
    "L": "LOCATION",
    "A": "ADDRESS",
}
KEEP_KINDS = frozenset(
    {
        "ORDER",
        "TRACKING",
        "BOOKING",
        "CODE",
        "PRICE",
        "DATE",
        "TIME",
        "PRODUCT",
        "BRAND",
        "ORG",
        "WORD",
        "BUSINESS_EMAIL",
        "BUSINESS_HANDLE",
        "BUSINESS_URL",
    }
)

# A conversation: business key, platform, the customer's display name, default language, and
# messages as (role, text) or (role, text, language); role "c" = customer, "a" = agent.
Conversation = dict[str, Any]

CONVERSATIONS: list[Conversation] = [
    # ----------------------------------------------------------------- Le Querce (home care)
    {
        "business": "querce",
        "platform": "whatsapp",
        "customer": "Rosalba Ferro",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Rosalba Ferro]], vi ho trovati tramite la parrocchia. "
                "Cerco una badante convivente per mia madre, 86 anni, dopo la caduta di gennaio "
                "non può più stare da sola. Abita a [[L:Pol di Pastrengo]].",
            ),
            (
                "a",
                "Buongiorno signora [[P:Ferro]], sono [[P:Ilaria]], la coordinatrice. Mi "
                "dispiace per la sua mamma. Per una prima valutazione mi servono nome e cognome, "
                "codice fiscale, indirizzo e il nome del medico di base. Possiamo passare a casa "
                "{{DATE:giovedì 12}} {{TIME:alle 10}}?",
            ),
            (
                "c",
                "Sì va bene. Mamma si chiama [[P:Gemma Tosadori]], cf [[CF:TSDGMM39C54L781Q]]\n"
                "Indirizzo [[A:via della Chiesa 11, fraz. Pol, 37010 Pastrengo (VR)]]\n"
                "Il medico è il dott. [[P:Baldassarre Zanoni]], ambulatorio [[T:045 717 2290]]",
            ),
            (
                "a",
                "Perfetto, segnato tutto. Giovedì veniamo io e la nostra infermiera "
                "[[P:Marisol]]. Ci serve qualcuno della famiglia presente, lei ci sarà?",
            ),
            (
                "c",
                "Ci sarò io. Il cancello è quello verde, sul campanello c'è ancora scritto "
                "[[P:Tosadori Angelo]], era il mio papà, non l'abbiamo mai cambiato",
            ),
            ("a", "Grazie, a giovedì! [[P:Ilaria B.]] – {{BRAND:Le Querce}}"),
        ],
    },
    {
        "business": "querce",
        "platform": "messenger",
        "customer": "Lucia Zanetti",
        "language": "it",
        "messages": [
            (
                "c",
                "Gentilissimi,\nmi chiamo [[P:Lucia Zanetti]] ved. [[P:Bertoldi]] e Vi scrivo "
                "tramite questo apparecchio che mi ha installato mio nipote [[P:Filippo]], perciò "
                "Vi prego di scusare eventuali errori.\nDa tre settimane la Vostra collaboratrice "
                "signora [[P:Oksana]] viene da me tre mattine alla settimana e ne sono molto "
                "soddisfatta. Vorrei sapere come devo pagare la fattura di febbraio, che ammonta a "
                "{{PRICE:€ 684,00}}.\nCon osservanza,\n[[P:Lucia Zanetti]]\n"
                "[[A:Via Santa Toscana 9\n37129 Verona]]",
            ),
            (
                "a",
                "Gentile signora [[P:Zanetti]], grazie del messaggio, siamo contenti che si "
                "trovi bene con [[P:Oksana]]. Può pagare con bonifico sul nostro conto "
                "[[IBAN:IT52 M076 0103 2000 0102 8475 913]], causale: fattura {{ORDER:2026/0217}} "
                "e il suo nome. Se preferisce, il giovedì passa il nostro [[P:Stefano]] per la "
                "firma del registro e può dare a lui un assegno.\nCordiali saluti, "
                "[[P:Ilaria Bonomi]]",
            ),
            (
                "c",
                "Gentile signora [[P:Ilaria]], La ringrazio. Preferisco l'assegno perché della "
                "banca via internet non mi fido. Per la ricevuta detraibile Le lascio il mio codice "
                "fiscale: [[CF:ZNTLCU44R43L781Y]]. Mio nipote dice che devo scrivere anche la "
                "posta elettronica, è la sua perché io non ce l'ho: "
                "[[E:filippo.bertoldi88@gmail.com]]\nDistinti saluti.",
            ),
            (
                "a",
                "Ricevuto tutto, grazie signora. La ricevuta la mandiamo a [[P:Filippo]] "
                "all'indirizzo che ci ha dato. Buona giornata! Lo staff di {{BRAND:Le Querce}}",
            ),
            ("c", "Grazie infinite.\n[[P:L. Zanetti]]"),
        ],
    },
    {
        "business": "querce",
        "platform": "whatsapp",
        "customer": "Massimo D'Amico Impianti",
        "language": "it",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:massimo d'amico]] il figlio di [[P:peppino]] le scrivo dal "
                "furgone scusi la punteggiatura allora il papà esce dall'ospedale di [[L:Negrar]] "
                "venerdì e ci serve qualcuno per la notte almeno per un mese io lavoro fino alle "
                "sette mia sorella [[P:nunzia]] sta a [[L:Brescia]] quindi non possiamo il medico è "
                "il dottor [[P:Ferrarini]] mi richiami al [[T:338 4417092]] dopo le 18 grazie",
            ),
            (
                "a",
                "Buongiorno signor [[P:D'Amico]], la chiamo volentieri dopo le 18. Intanto per "
                "il preventivo mi servono il codice fiscale del papà e l'indirizzo dove starà. Il "
                "servizio notte costa {{PRICE:95 euro}} a notte. [[P:Ilaria]]",
            ),
            (
                "c",
                "il codice è [[CF:DMCGPP47D05F839C]] abita in [[A:via Cà di Cozzi 41 scala B "
                "interno 5]] a [[L:verona]] citofono [[P:D'Amico]]",
            ),
            (
                "a",
                "Grazie. Le proporrei [[P:Dragoș]], un operatore di 45 anni con esperienza su "
                "pazienti post-operatori, libero da venerdì 20. Va bene se giovedì passa con me a "
                "conoscere il papà?",
            ),
            ("c", "va benissimo grazie mille davvero ci avete salvato la vita"),
            (
                "c",
                "ah scusi il papà è napoletano se parla in dialetto [[P:Dragos]] non si deve "
                "preoccupare 😅",
            ),
            ("a", "Ahah tranquillo, lo avviso! 😊"),
        ],
    },
    {
        "business": "querce",
        "platform": "messenger",
        "customer": "Hope Castellani-Reid",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi there, sorry to write in English, my Italian is rusty these days. My dad "
                "[[P:Renzo Castellani]] lives on his own in [[L:Bardolino]] and his GP, "
                "Dr [[P:Lonardi]], thinks he needs someone in the mornings now. I'm [[P:Hope]], his "
                "daughter, I live in [[L:Leeds]] so I'm organising it all from here. Could you ring "
                "me on [[T:+44 7913 552 081]]? Or email [[E:hope.castellani@btinternet.com]]. "
                "Thanks so much, [[P:Hope]]",
            ),
            (
                "a",
                "Hello [[P:Hope]], no problem at all, we can write in English. I'm "
                "[[P:Ilaria]], the coordinator. Mornings from 8 to 12, Monday to Saturday, would be "
                "{{PRICE:€ 1.150}} a month. What is your father's address, and is there a "
                "neighbour with a spare key?",
            ),
            (
                "c",
                "That sounds perfect. Address is [[A:Via Marconi 27/A, 37011 Bardolino VR]]. "
                "The neighbour is Mrs [[P:Girelli]] at number 29, lovely lady, her mobile is "
                "[[T:347 90 11 825]]. Dad is a bit deaf so knock loudly! One more thing — he's a "
                "stubborn old so-and-so and might tell you he doesn't need anyone 🙈",
            ),
            (
                "a",
                "Don't worry, we hear that a lot 😊 I'll send [[P:Marisol]] on Monday for a "
                "first visit and email you the contract tonight. Who should be the account holder "
                "for the direct debit?",
            ),
            (
                "c",
                "Me please. Is a UK bank ok? [[IBAN:GB20 LOYD 3096 2217 3844 02]], name "
                "[[P:Hope Castellani-Reid]].",
            ),
            ("a", "SEPA mandates work with UK accounts, yes. Thanks! [[P:I.B.]]"),
        ],
    },
    {
        "business": "querce",
        "platform": "whatsapp",
        "customer": "Oksana",
        "language": "it",
        "messages": [
            (
                "c",
                "buonasera [[P:Ilaria]] sono [[P:Oksana]]. la signora [[P:Zanetti]] oggi non "
                "sta bene, ha febbre 38, ho chiamato dottore [[P:Bellamoli]] viene domani mattina. "
                "io resto fino 14 ok?",
            ),
            (
                "a",
                "Ciao [[P:Oksana]], sì certo, grazie. Le ore in più le segno io. Avvisi anche "
                "il nipote [[P:Filippo]]? Il numero è [[T:+39 349 602 7731]]",
            ),
            (
                "c",
                "si fatto. poi per la busta paga il commercialista chiede ancora mio codice "
                "fiscale e iban nuovo, ho cambiato banca.\n[[CF:KRVKSN71H62Z138B]]\n"
                "[[IBAN:IT26B0538711900000002914746]]",
            ),
            ("a", "Perfetto, giro tutto a [[P:Stefano]] in amministrazione. Buona serata!"),
            ("c", "👍🙏"),
        ],
    },
    {
        "business": "querce",
        "platform": "messenger",
        "customer": "Giancarlo Perbellini",
        "language": "it",
        "messages": [
            (
                "c",
                "BUONGIORNO. È LA SECONDA VOLTA QUESTO MESE CHE LA VOSTRA OPERATRICE NON SI "
                "PRESENTA E MIA MADRE È RIMASTA SENZA PRANZO FINO ALLE DUE. VOGLIO PARLARE CON IL "
                "RESPONSABILE.\n[[P:GIANCARLO PERBELLINI]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Perbellini]], ha ragione e ci scusiamo. Stamattina "
                "[[P:Nadia]] ha avuto un incidente in tangenziale (niente di grave) e la sostituta "
                "non è stata avvisata in tempo. Non doveva succedere. La chiamo io entro "
                "mezz'ora: è giusto il [[T:045 8349 217]]?",
            ),
            (
                "c",
                "NO QUELLO È IL FISSO DI MIA MADRE A [[L:SAN GIOVANNI LUPATOTO]]. IL MIO È "
                "[[T:335-612-0498]]",
            ),
            ("a", "Segnato, la chiamo subito.\n[[P:Stefano Righetti]], responsabile servizi"),
            ("c", "ok. aspetto."),
            (
                "c",
                "Grazie per la telefonata. Accetto lo sconto sulla fattura di marzo. Ma che non "
                "si ripeta.",
            ),
        ],
    },
    {
        "business": "querce",
        "platform": "telegram",
        "customer": "Nicola B.",
        "language": "it",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Nicola Bressan]], il nipote del signor [[P:Adelmo Bressan]] di "
                "[[L:Cerea]]. Abbiamo messo una telecamera in sala per vedere il nonno da remoto, "
                "ma da ieri l'app dice \"device offline\". L'IP locale era [[IP:192.168.1.47]], "
                "quello pubblico del router [[IP:2001:b07:6474:91c2::1f]]. La badante può "
                "controllare se la spia è verde?",
            ),
            (
                "a",
                "Ciao [[P:Nicola]], chiedo subito a [[P:Lidia]] che oggi è lì. Ti ricordo però "
                "che il nonno deve essere d'accordo e l'operatrice va informata per iscritto 🙂",
            ),
            (
                "c",
                "sì sì, il nonno lo sa, anzi saluta in camera ogni mattina 😂 l'informativa "
                "firmata l'ho mandata a {{BUSINESS_EMAIL:amministrazione@lequerce-assistenza.it}}",
            ),
            (
                "a",
                "[[P:Lidia]] dice che la spia è rossa: aveva staccato la presa per il ferro "
                "da stiro 🙈 Ora è ricollegata.",
            ),
            ("c", "ahah grande [[P:lidia]]. ora va, grazie!"),
        ],
    },
    # ----------------------------------------------------------- Oreficeria Lo Verde (jeweller)
    {
        "business": "loverde",
        "platform": "instagram",
        "customer": "martina.bellomo_",
        "language": "it",
        "messages": [
            (
                "c",
                "Ciao!! volevo info per due fedi {{PRODUCT:modello Mantova}} oro giallo, le "
                "avete da 4mm? e quanto costa l'incisione?",
            ),
            (
                "a",
                "Ciao! Sì, le abbiamo da 3, 4 e 5 mm. L'incisione interna è compresa, fino a "
                "25 caratteri per fede 💍 [[P:Giulia]]",
            ),
            (
                "c",
                'top! allora su quella di lui: "[[P:Martina]] {{DATE:21.06.2026}}" e sulla '
                'mia "Per sempre, [[P:Tommaso]]". Misure 18 e 12. Ah io sono '
                "[[P:Martina Bellomo]] 😊",
            ),
            (
                "a",
                "Segnato! Pronte in 10 giorni lavorativi, acconto di {{PRICE:200 €}} in "
                "negozio o con bonifico. Per il ritiro chieda pure di [[P:Tancredi]].",
            ),
            (
                "c",
                "passa il mio ragazzo sabato, si chiama [[P:Tommaso Gatto]] (sì, [[P:Gatto]] 😂)",
            ),
            ("a", "Ahah perfetto, aspettiamo il signor [[P:Gatto]]! 🐱"),
        ],
    },
    {
        "business": "loverde",
        "platform": "messenger",
        "customer": "Fortunato Pagano",
        "language": "it",
        "messages": [
            (
                "c",
                "Salutamu. Sugnu [[P:Fortunato Pagano]], ci purtai u rologgiu di me nannu, un "
                "{{BRAND:Omega}} {{PRODUCT:Seamaster}} do 1962, a simana passata. Comu finiu? Chi "
                "dissi u mastru?",
            ),
            (
                "a",
                "Buongiorno signor [[P:Pagano]]! Il signor [[P:Lo Verde]] ha aperto il "
                "movimento: serve la revisione completa e un vetro nuovo. Preventivo "
                "{{PRICE:320 euro}}, tempi tre settimane. Procediamo?",
            ),
            (
                "c",
                "Amunì, procedete. Ma m'arraccumannu, u quadranti nun lu tuccati, è accussì "
                "comu è. Pi la ricevuta ci dugnu u codici: [[CF:PGNFTN52A19G273U]]",
            ),
            (
                "a",
                "Certo, il quadrante non si tocca, promesso. Le scriviamo quando è pronto al "
                "numero sulla busta, [[T:091 652 3378]]?",
            ),
            (
                "c",
                "No, chistu è u fissu ri casa ri me soru [[P:Concetta]] a [[L:Bagheria]]. "
                "Chiamate a mia: [[T:328 771 0245]]. Grazie assai",
            ),
            ("a", "Perfetto, grazie a lei!\n[[P:Tancredi Lo Verde]]"),
        ],
    },
    {
        "business": "loverde",
        "platform": "instagram",
        "customer": "junekowal",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi! We were in your shop last Tuesday (the couple from [[L:Boston]] who "
                "bought the coral earrings 😄). My husband forgot to get the matching bracelet, "
                "can you ship it to the US?",
            ),
            (
                "a",
                "Hello! Of course we remember you 😊 The {{PRODUCT:Corallo Mediterraneo}} "
                "bracelet is {{PRICE:€ 240}}, shipping with {{BRAND:DHL}} Express to the US is "
                "{{PRICE:€ 45}}. May I have full name, address and phone for the courier?",
            ),
            (
                "c",
                "Amazing.\n[[P:June Kowalczyk]]\n[[A:58 Winthrop Street, Apt 3\n"
                "Brookline, MA 02446]]\n[[T:(617) 402-8813]]\nCan I pay by card over the phone? "
                "Or here?",
            ),
            (
                "a",
                "We'll send you a secure payment link by email, please don't write card "
                "numbers in here! What's your email?",
            ),
            (
                "c",
                "oops, might be too late for my husband, I think he already messaged you his "
                "card lol. it's [[E:junekowal@icloud.com]]",
            ),
            ("a", "Got it, link sent. Grazie, [[P:Giulia]]"),
        ],
    },
    {
        "business": "loverde",
        "platform": "messenger",
        "customer": "Rich Kowalczyk",
        "language": "en",
        "messages": [
            (
                "c",
                "hey this is [[P:Rich]], [[P:June]]'s husband. here's my card for the coral "
                "bracelet [[CC:4929 1321 8776 8396]] exp {{DATE:09/28}}. ship asap pls, her "
                "birthday's on the 30th",
            ),
            (
                "a",
                "Hi [[P:Rich]]! Thank you, but please never send card numbers in chat — we "
                "won't use it, and we've deleted it on our side. [[P:June]] already paid through "
                "the link 🙂 It ships tomorrow.",
            ),
            ("c", "haha she's always one step ahead. thanks guys"),
            ("a", "Tracking: {{TRACKING:4728 1930 552}} 🚚"),
        ],
    },
    {
        "business": "loverde",
        "platform": "whatsapp",
        "customer": "Salvatore",
        "language": "it",
        "messages": [
            (
                "c",
                "buongiorno volevo sapere quanto pagate l'oro usato, ho una catenina e due "
                "anelli di mia suocera",
            ),
            (
                "a",
                "Buongiorno, oggi la quotazione è {{PRICE:62 €/g}} per il 18 carati. Servono "
                "un documento d'identità e il codice fiscale, è la legge. Orari "
                "{{TIME:9:30-13}} e {{TIME:16-19:30}}.",
            ),
            (
                "c",
                "ok il codice fiscale è [[CF:lrssvt58s30g273m]] passo domani con mia figlia "
                "[[P:Lourdes]] che c'ha la macchina. io sono [[P:La Rosa Salvatore]]",
            ),
            (
                "a",
                "Va bene signor [[P:La Rosa]], a domani. Il codice fiscale lo prendiamo "
                "comunque dal documento, non serviva scriverlo qui 🙂",
            ),
            ("c", "{{WORD:perfetto}} grazie"),
        ],
    },
    {
        "business": "loverde",
        "platform": "messenger",
        "customer": "Bartolomeo Russo",
        "language": "it",
        "messages": [
            (
                "c",
                "Spett.le {{BRAND:Oreficeria Lo Verde}},\nin riferimento alla riparazione "
                "dell'orologio a pendolo {{BRAND:Junghans}} consegnatoVi in data "
                "{{DATE:3 febbraio u.s.}} (Vs. ricevuta n. {{ORDER:0418}}), con la presente Vi "
                "chiedo di intestare la fattura come segue:\n\nStudio Tecnico [[P:Russo]] & "
                "Associati\n[[A:Via Libertà 171, 90143 Palermo]]\nP.IVA [[VAT:04192730218]]\n"
                "PEC: [[E:studiorusso@pec.ingpalermo-studi.it]]\nCodice SDI: {{CODE:M5UXCR1}}\n\n"
                "Distinti saluti.\n\n--\nIng. [[P:Bartolomeo Russo]]\nStudio Tecnico "
                "[[P:Russo]] & Associati\nTel. [[T:+39 091 611 4470]] | Cell. "
                "[[T:+39 333 205 1187]]\n[[URL:www.linkedin.com/in/bartolomeo-russo-ing]]\n\n"
                "Le informazioni contenute nel presente messaggio sono riservate e destinate "
                "esclusivamente al destinatario (Reg. UE {{CODE:2016/679}}).",
            ),
            (
                "a",
                "Gentile Ing. [[P:Russo]], ricevuto. La fattura sarà emessa con i dati "
                "indicati e inviata tramite SDI. L'orologio è pronto: può ritirarlo da "
                "{{DATE:lunedì}}.\nCordiali saluti, [[P:T. Lo Verde]]",
            ),
            (
                "c",
                "Ringrazio. Passerà a ritirarlo la mia segretaria, sig.ra "
                "[[P:Rosa Fabbri]], munita di delega.\n\nIng. [[P:B. Russo]]",
            ),
            ("a", "Benissimo, aspettiamo la signora [[P:Fabbri]]."),
        ],
    },
    {
        "business": "loverde",
        "platform": "instagram",
        "customer": "Daz Nguyen",
        "language": "en",
        "messages": [
            (
                "c",
                "G'day, bit of an odd one. My late grandad's {{BRAND:Tudor}} "
                "{{PRODUCT:Oyster Prince}} stopped on our trip and the hotel reckons you're the "
                "best in town. We fly home to [[L:Brisbane]] on Sunday. Any chance of a quick "
                "look before then?",
            ),
            (
                "a",
                "Hello! Bring it in tomorrow morning, [[P:Tancredi]] will open it in front of "
                "you. If it's just the mainspring it can be done by Saturday.",
            ),
            (
                "c",
                "Legend, cheers. It's engraved on the back 'To [[P:Bill]] from [[P:Margaret]], "
                "1971' — please don't polish that off haha",
            ),
            ("a", "Never! We only clean the case with a soft cloth. See you tomorrow 🙂"),
            (
                "c",
                "Mainspring it was, ticking like new. Left you a review. [[P:Darren]] & "
                "[[P:Kim]] from [[L:Toowong]]",
            ),
            ("a", "Thank you both! Safe flight ✈️ – [[P:G.]]"),
        ],
    },
    # ------------------------------------------------------- Rifugio Pian dei Larici (ski school)
    {
        "business": "larici",
        "platform": "messenger",
        "customer": "Niamh O'Dowd",
        "language": "en",
        "messages": [
            (
                "c",
                "Hiya, we're a family of 5 from [[L:Galway]] coming over for the mid-term, "
                "14th to 21st Feb. Looking for a room at the rifugio for 2 nights mid-week and ski "
                "lessons for the kids, [[P:Saoirse]] (9), [[P:Cillian]] (7) and wee "
                "[[P:Aoife]] (4) who's never been on skis. Is that doable?\n[[P:Niamh O'Dowd]]",
            ),
            (
                "a",
                "Ciao [[P:Niamh]]! Yes, very doable. A family room for 5 on "
                "{{DATE:17-19 Feb}} is free, half board {{PRICE:€ 78}} pp per night (under-6s "
                "free). Our instructor [[P:Verena]] takes the little ones in the "
                "{{PRODUCT:Kinderland}}, and the two older ones can join group B. Can I have a "
                "phone number for the ski school form? [[P:Sabrina]]",
            ),
            (
                "c",
                "Grand, thanks a million. My mobile is [[T:+353 87 214 6639]] and my husband "
                "[[P:Declan]]'s is [[T:086 551 0372]]. [[P:Aoife]] has a nut allergy, just so the "
                "kitchen knows",
            ),
            ("a", "Noted for the kitchen 👍 Shall I send the booking confirmation by email?"),
            (
                "c",
                "[[E:niamh.odowd@eircom.net]] – no apostrophe in the email, it confuses "
                "everyone 😅",
            ),
            (
                "a",
                "All set. See you on the 17th!\n[[P:Sabrina]] – Scuola Sci "
                "{{BRAND:Pian dei Larici}}",
            ),
        ],
    },
    {
        "business": "larici",
        "platform": "whatsapp",
        "customer": "Jürgen H.",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno, io sono [[P:Jürgen Haberl]] di [[L:Rosenheim]]. Io volere "
                "prenotare tavolo per mangiare sabato, 8 persone, ore 12:30. Noi venire con "
                "ciaspole da Pieve. Possibile? Grazie mille",
            ),
            (
                "a",
                "Ciao [[P:Jürgen]]! Sì, sabato alle {{TIME:12:30}} tavolo per 8 va bene. Mi "
                "lascia un numero di telefono, per favore? [[P:Matthias]]",
            ),
            ("c", "Mein Handy: [[T:+49 171 6628493]]. Scusi mio italiano è molto male 🙈"),
            ("a", "Il suo italiano va benissimo! Bis Samstag! 🏔️", "it"),
            ("c", "Danke! Ah, una persona è vegetariana, mia moglie [[P:Gudrun]]"),
            ("a", "Kein Problem, {{PRODUCT:canederli agli spinaci}} per lei 😉"),
        ],
    },
    {
        "business": "larici",
        "platform": "instagram",
        "customer": "willhendry_shreds",
        "language": "en",
        "messages": [
            (
                "c",
                "g'day! left my {{BRAND:GoPro}} on the bench outside the rifugio yesterday "
                "arvo, black one with a kangaroo sticker. any chance someone handed it in?? 🙏",
            ),
            (
                "a",
                "Hi! Yes!! A kid from the ski school found it 😄 It's safe behind the bar. "
                "Are you still around?",
            ),
            (
                "c",
                "legend!! nah we're already down in Cortina. could you post it to my mate? he "
                "lives in [[L:london]] and flies out to see me in [[L:Perth]] next month. "
                "[[P:Lachlan Baker]], [[A:Flat 4, 22 Chatsworth Road, London E5 0LP]]. happy to "
                "pay whatever it costs",
            ),
            (
                "a",
                "No problem! Tracked postage to the UK is {{PRICE:€ 19,50}}, you can pay with "
                "{{BRAND:PayPal}}. What name shall I put as sender note?",
            ),
            (
                "c",
                "cheers, I'm [[P:Will Hendry]] — insta is [[H:@willhendry_shreds]] if you "
                "wanna tag the kid, he deserves a beer (or a hot choc haha)",
            ),
            (
                "a",
                "Posted today, tracking {{TRACKING:RR104557392IT}}. The kid is [[P:Elia]] "
                "and he says thanks 😂 [[P:Matthias]]",
            ),
        ],
    },
    {
        "business": "larici",
        "platform": "messenger",
        "customer": "Mark Pennington",
        "language": "en",
        "messages": [
            (
                "c",
                "Dear Sir or Madam,\n\nI am the trip leader for a group of 24 Year 10 pupils "
                "and 4 staff from a secondary school in [[L:Harrogate]], [[L:North Yorkshire]]. We would "
                "like to book lunch at the Rifugio on Wednesday {{DATE:11 March}} as part of a "
                "snowshoe day with our guide, Mr [[P:Ferro]] of {{BRAND:Dolomiti Outdoor}}.\n\n"
                "Could you confirm availability and send a group menu? We will need 3 "
                "gluten-free meals.\n\nKind regards,\n\n[[P:Mark Pennington]]\nHead of Geography\n"
                "Tel: [[T:01423 558 210]] (school) / [[T:07457 184 392]] (mobile, on the trip)\n"
                "[[E:m.pennington@hollinspark-academy.org.uk]]",
            ),
            (
                "a",
                "Dear Mr [[P:Pennington]],\nthank you for your message. Wednesday 11 March "
                "is available for 28. Group menu: {{PRODUCT:orzotto}} or pasta, "
                "{{PRODUCT:goulash}} with polenta, apple strudel and water, {{PRICE:€ 22}} per "
                "person; gluten-free meals are no problem.\nPlease confirm by 1 March with a 30% "
                "deposit to IBAN [[IBAN:IT86 Q062 3011 7110 0004 6581 932]].\nBest regards,\n"
                "[[P:Matthias Crepaz]]\nRifugio {{BRAND:Pian dei Larici}}",
            ),
            (
                "c",
                "Thank you, Mr [[P:Crepaz]]. Our finance office will pay the deposit this "
                "week; the payment reference will be {{ORDER:HPA-TRIP-2611}}. Mr [[P:Ferro]] will "
                "phone you on the day if the weather changes our plans.\n\nMany thanks,\n"
                "[[P:Mark]]",
            ),
            ("a", "Perfect, see you on the 11th. [[P:Matthias]]"),
        ],
    },
    {
        "business": "larici",
        "platform": "whatsapp",
        "customer": "Daniele Porta",
        "language": "it",
        "messages": [
            (
                "c",
                "Buonasera, vorrei prenotare 3 lezioni private per mia moglie [[P:Serena]], "
                "principiante assoluta, dal {{DATE:2 al 4 marzo}}, di mattina. Possibilmente con "
                "un maestro paziente 😅\n[[P:Daniele Porta]]",
            ),
            (
                "a",
                "Buonasera [[P:Daniele]]! Per chi comincia abbiamo [[P:Gioia]], bravissima e "
                "paziente. {{TIME:9-11}} tutti e tre i giorni, {{PRICE:65 €/ora}}. Per "
                "l'assicurazione ci servono nome, cognome e codice fiscale di sua moglie.",
            ),
            (
                "c",
                "[[P:Serena Bello]], [[CF:BLLSRN76P48H501T]]. Sì, usa il cognome da nubile, "
                "sono romano ma non così tradizionalista 😂 Il noleggio sci lo facciamo da voi? "
                "Lei porta il 38",
            ),
            (
                "a",
                "Sì, sci e scarponi {{PRICE:28 €/giorno}}, lasciamo tutto pronto col suo "
                "nome. Ci vediamo al campo scuola sotto il rifugio: [[P:Gioia]] ha la giacca "
                "rossa 🎿",
            ),
            ("c", "{{WORD:Perfetto}}, grazie!"),
        ],
    },
    {
        "business": "larici",
        "platform": "messenger",
        "customer": "Bartek Wiśniewski",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello, is the rifugio open in June? We are 4 persons from [[L:Kraków]], we "
                "want to do the ferrata and sleep one night. My name is "
                "[[P:Bartek Wiśniewski]]",
            ),
            (
                "a",
                "Hi [[P:Bartek]], we open on {{DATE:20 June}}. Dormitory bed with half board "
                "is {{PRICE:€ 62}}. Which night?",
            ),
            (
                "c",
                "{{DATE:27 June}}. I send you my email for confirmation: "
                "[[E:bartek (dot) wisniewski (at) wp (dot) pl]]",
            ),
            (
                "a",
                "Booked: 4 beds on {{DATE:27 June}}, code {{BOOKING:PDL-0627-W4}}. Bring a sleeping "
                "bag liner! 🏔️",
            ),
            ("c", "Thank you. My friend [[P:Kuba]] asks if you have beer from the region 😄"),
            ("a", "Of course: {{BRAND:Forst}} and a craft one from the valley 🍺"),
        ],
    },
    # -------------------------------------------------- Babele Traduzioni Giurate (translations)
    {
        "business": "babele",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "language": "en",
        "messages": [
            (
                "c",
                "Good morning ma'am/sir, I am [[P:Priya Raghunathan]], working in "
                "[[L:Milan]] since 2024. I require sworn translation (asseverazione) of my degree "
                "certificate and marriage certificate from English to Italian for the Prefettura. "
                "Kindly revert with the charges. Thanking you.",
            ),
            (
                "a",
                "Good morning [[P:Priya]], thank you for your message. A sworn translation is "
                "{{PRICE:€ 45}} per page plus {{PRICE:€ 16}} revenue stamp per document, "
                "apostille excluded. Please send clear scans of both documents and tell us the "
                "names exactly as they must appear. [[P:Federica]]",
            ),
            (
                "c",
                "Please find the details:\n1) Bachelor of Engineering, {{ORG:Anna University}}"
                ", [[P:Priya Raghunathan]]\n2) Marriage certificate, [[P:Priya Raghunathan]] and "
                "[[P:Karthik Subramanian]], registered at [[L:Coimbatore]]\nMy codice fiscale is "
                "[[CF:RGHPRY93M49Z222A]] and I stay at [[A:Via Padova 118, scala C, int. 14, "
                "20132 Milano]]. Mobile [[T:+39 351 884 2907]]. Kindly do the needful.",
            ),
            (
                "a",
                "Thank you! Please also send the scans by email to "
                "{{BUSINESS_EMAIL:preventivi@babele-traduzioni.it}}, the chat compresses images. "
                "Delivery in 5 working days.",
            ),
            (
                "c",
                "Done ma'am. Also my husband [[P:Karthik]] will collect the documents as I am "
                "travelling to [[L:Chennai]] that week. Is it ok?",
            ),
            (
                "a",
                "Sure, he just needs a copy of your ID and a signed delegation. Ready on "
                "{{DATE:Friday 20}}.\n[[P:F. Mancuso]]",
            ),
            ("c", "Thank you so much 🙏"),
        ],
    },
    {
        "business": "babele",
        "platform": "whatsapp",
        "customer": "Chiara",
        "language": "it",
        "messages": [
            (
                "c",
                "ciao! mi servirebbe la traduzione giurata in inglese della laurea magistrale e "
                "del certificato del casellario, a fine mese mi trasferisco a [[L:Dublino]] 😬 ce "
                "la fate?",
            ),
            (
                "a",
                "Ciao! Sì, se ci manda i documenti entro {{DATE:mercoledì}} sono pronti "
                "{{DATE:lunedì 23}}. Per il casellario serve anche l'apostille in Procura, la "
                "facciamo noi: {{PRICE:€ 35}} di servizio. Nome e codice fiscale per la fattura?",
            ),
            (
                "c",
                "[[P:Chiara Dell'Acqua]], [[CF:DLLCHR90T57F205I]]. anzi no, intestala a mio "
                "papà che paga lui 😅 [[P:Gianfranco Dell'Acqua]], [[A:viale Monza 240, 20126 "
                "Milano]]. il suo cf non me lo ricordo te lo mando dopo",
            ),
            ("a", "Nessun problema. Intanto ci manda le scansioni? [[P:Nicolò]]"),
            ("c", "mandato tutto via mail da [[E:chiara.dellacqua90@libero.it]] 👍"),
            (
                "c",
                "ah il casellario è a nome [[P:Chiara Maria Dell'Acqua]], col secondo nome, "
                "bisogna scriverlo uguale?",
            ),
            ("a", "Sì, va riportato esattamente come sul certificato. Segnato. [[P:N.]]"),
        ],
    },
    {
        "business": "babele",
        "platform": "messenger",
        "customer": "Blessing Okafor",
        "language": "en",
        "messages": [
            (
                "c",
                "Good evening. Please I want to know if you translate birth certificate from "
                "English to Italian, for my son [[P:Chukwuemeka]] school registration in "
                "[[L:Sesto San Giovanni]]. I am Mrs [[P:Blessing Okafor]]",
            ),
            (
                "a",
                "Good evening Mrs [[P:Okafor]], yes. For school registration a certified "
                "translation is enough (no sworn one needed), {{PRICE:€ 30}}. You can pay online "
                "by card with the link we send you.",
            ),
            (
                "c",
                "Thank you ma. The link did not work, it says error. I will give you the card "
                "here: [[CC:5167-3262-2782-6051]] expiry {{DATE:11/27}}. The name on it is my "
                "husband [[P:Emmanuel Okafor]]",
            ),
            (
                "a",
                "Thank you, but for your safety please don't send card numbers here, we will "
                "not use it. I've sent a new link to your email, can you confirm the address? We "
                "have [[E:blessing.okafor@yahoo.co.uk]]",
            ),
            ("c", "Yes that one. It worked now. God bless 🙏"),
        ],
    },
    {
        "business": "babele",
        "platform": "whatsapp",
        "customer": "Studio Legale Landi",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno, studio legale avv. [[P:Ottavia Landi]]. Vi mando l'elenco dei "
                "documenti da tradurre (EN > IT, giurate):\n\n"
                "| documento | pagine |\n|---|---|\n"
                "| Share Purchase Agreement | 14 |\n"
                "| Certificate of Incorporation | 2 |\n"
                "| Power of Attorney ([[P:J. Cook]]) | 3 |\n\n"
                "Fattura a: Studio Legale [[P:Landi]], P.IVA [[VAT:IT09025140840]], SDI "
                "{{CODE:KRRH6B9}}.\nReferente per il ritiro: il praticante dott. "
                "[[P:Gabriele Di Stefano]], [[T:02 8706 3314]].",
            ),
            (
                "a",
                "Buongiorno avvocato, ricevuto. Sono 19 pagine: {{PRICE:€ 855}} più i bolli, "
                "consegna in 6 giorni lavorativi. Il signor [[P:Cook]] firma la procura in Italia "
                "o serve l'apostille UK?",
            ),
            (
                "c",
                "Il sig. [[P:Jack Cook]] è già passato dal notaio a Londra, l'apostille c'è. "
                "Vi mando tutto via PEC da [[E:ottavia.landi@pec.studiolegalelandi.it]]",
            ),
            (
                "a",
                "Perfetto, grazie.\n[[P:Federica Mancuso]] – {{BRAND:Babele}} Traduzioni Giurate",
            ),
            ("c", "Ah, dimenticavo: il dott. [[P:Di Stefano]] viene giovedì, non mercoledì."),
            ("a", "Ok, giovedì 👍"),
        ],
    },
    {
        "business": "babele",
        "platform": "telegram",
        "customer": "Larissa M.",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi, I'm trying to upload my documents on your website portal but it blocks "
                'me, says "too many attempts from [[IP:93.41.207.18]]". What i do? I need the '
                "cidadania translations urgent, the appointment at comune is friday",
            ),
            (
                "a",
                "Hi! Sorry about that, our firewall blocked your IP after 5 tries. I've "
                "unblocked it now. What's your name so I can find your order?",
            ),
            (
                "c",
                "[[P:Larissa Menegotto]]. The order is {{ORDER:BAB-26-0388}}. my bisnonno was "
                "[[P:Giovanni Battista Menegotto]] from [[L:Valdobbiadene]] 🇮🇹 I live in "
                "[[L:Caxias do Sul]] but now I am here with my aunt in [[L:Conegliano]]",
            ),
            (
                "a",
                "Found it. 4 certidões (birth, marriage and 2 death certificates) from "
                "Portuguese, ready {{DATE:Thursday}}, in time for Friday. [[P:Nicolò]] 🙂",
            ),
            ("c", "obrigada!!! 🥹 if you need something my telegram is [[H:@larimenegotto]]"),
            ("a", "👍"),
        ],
    },
    {
        "business": "babele",
        "platform": "messenger",
        "customer": "Grace Whitfield",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello, I'm forwarding you the email from the Consulate, I don't get what they "
                "want from me:\n\n---------- Inoltrato ----------\nDa: Ufficio Cittadinanza\n"
                "Data: {{DATE:9 mar 2026}}, {{TIME:11:42}}\nA: [[E:g.whitfield85@gmail.com]]\n"
                "Oggetto: Pratica n. {{ORDER:CIT-2026-00917}} – [[P:WHITFIELD Grace]]\n\n"
                "Gentile Sig.ra [[P:Whitfield]],\nla documentazione presentata risulta "
                "incompleta: manca la traduzione giurata dell'atto di nascita del padre, sig. "
                "[[P:Arthur James Whitfield]], nato a [[L:Swansea]]. La preghiamo di integrarla "
                "entro 30 giorni.\nCordiali saluti",
                "it",
            ),
            (
                "a",
                "Hello [[P:Grace]]! They need the sworn Italian translation of your father's birth "
                "certificate, with the apostille on the original. Do you have it?",
                "en",
            ),
            (
                "c",
                "I do, the long-form one. Dad's name is on it as [[P:Arthur J. Whitfield]] "
                "though, not the full middle name. Is that a problem?",
                "en",
            ),
            (
                "a",
                "No, we translate what's written on it. {{PRICE:€ 60}} all in. For the "
                "invoice: codice fiscale and address?",
                "en",
            ),
            (
                "c",
                "[[CF:WHTGRC85E52Z114H]], [[A:Vicolo Cieco San Martino 3, 25080 "
                "Puegnago del Garda BS]]. Sorry, scusate, è la prima volta che lo faccio 🙈",
                "en",
            ),
            (
                "a",
                "Nessun problema, è tutto chiaro! Ci porti l'originale quando vuole. "
                "[[P:Federica]]",
                "it",
            ),
        ],
    },
    # ------------------------------------------------------ Salina Blu Boat Rental (Aeolian)
    {
        "business": "salina",
        "platform": "whatsapp",
        "customer": "Kaylee B",
        "language": "en",
        "messages": [
            (
                "c",
                "Buongiorno!! Parla inglese? 😅 We're 6 friends from [[L:Austin]] visiting the "
                "islands in July and we'd love to rent a boat without a license for a day, to go "
                "around Salina and maybe Panarea. Is {{DATE:July 15}} open? I'm "
                "[[P:Kaylee Brandt]], you can text me here or at [[T:+1 512-683-2204]]",
            ),
            (
                "a",
                "Hi [[P:Kaylee]]! Yes, July 15 is available. Our {{PRODUCT:Capelli Tempest "
                "570}} with a 40hp engine needs no license and takes up to 6: {{PRICE:€ 220}} "
                "plus fuel. Panarea is a bit far for 40hp, I'd suggest Salina and the west coast "
                "of Lipari 😉",
            ),
            (
                "c",
                "Omg perfect. Do we need to send passport info? My friend [[P:Bill]] (yes his "
                "name is actually [[P:Bill]] lol, [[P:William Chase]]) will drive, he's been driving "
                "boats on Lake Travis forever",
            ),
            (
                "a",
                "Just a photo of the driver's ID on the day, and a {{PRICE:€ 300}} deposit by "
                "card. Pick-up at our pontoon at {{TIME:9:00}}. [[P:Ketty]]",
            ),
            ("c", "Grazie mille!!! Ciao ciao 👋🏼"),
            (
                "c",
                "oh wait, one more q — can [[P:Bill]]'s girlfriend [[P:Hannah]] bring her "
                "dog? tiny chihuahua, very chill",
            ),
            ("a", "Of course, dogs are welcome on board 🐶"),
        ],
    },
    {
        "business": "salina",
        "platform": "messenger",
        "customer": "Ciro Sannino",
        "language": "it",
        "messages": [
            (
                "c",
                "Uè buonasera, so' [[P:Ciro Sannino]], aggio affittato 'o gommone "
                "{{PRODUCT:Joker Clubman 26}} sàbbato passato. Ancora nun m'è turnato 'o deposito "
                "'e {{PRICE:500 euro}} ncopp' 'a carta. Comme mai?",
            ),
            (
                "a",
                "Buonasera signor [[P:Sannino]], mi scusi. Vedo che lo sblocco della "
                "pre-autorizzazione è partito {{DATE:lunedì}}: la banca può metterci fino a 7 "
                "giorni lavorativi.",
            ),
            (
                "c",
                "Io 'o saccio ca 'e banche so' lente, ma cinquecento euro nun so' spiccioli, "
                "eh. Mannateme 'na ricevuta ca 'a faccio vedé 'o direttore d'a banca a "
                "[[L:Torre del Greco]]",
            ),
            (
                "a",
                "Certo, gliela mando per email. A quale indirizzo? Mi serve anche il suo "
                "codice fiscale per intestarla.",
            ),
            (
                "c",
                "[[E:ciro.sannino80@gmail.com]], codice [[CF:SNNCRI80L02L259D]]. Oppure "
                "chiammate 'o [[T:339 218 7745]]. E dicite a [[P:Bartolo]] ca 'o gommone era 'na "
                "bellezza, turnammo l'anno ca vène",
            ),
            ("a", "Glielo dico, sarà contento 🙂 Ricevuta inviata. [[P:Ketty]]"),
            ("c", "Grazie assaje, bella guagliò"),
        ],
    },
    {
        "business": "salina",
        "platform": "instagram",
        "customer": "sole.in.viaggio",
        "language": "it",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Sole]] ([[H:@sole.in.viaggio]], 48k follower) 🌞 Sarò alle "
                "Eolie dal 3 al 7 agosto col mio compagno [[P:Mattia]], ci piacerebbe fare una "
                "collab: giornata in barca in cambio di un reel + 3 stories. Il media kit è qui: "
                "[[URL:https://linktr.ee/soleinviaggio]]",
            ),
            (
                "a",
                "Ciao [[P:Sole]]! Grazie per aver pensato a noi. Per le collab facciamo il "
                "50% di sconto sul {{PRODUCT:Tempest}} in cambio dei contenuti, non la giornata "
                "gratis. Ti può andare?",
            ),
            (
                "c",
                "Ok dai si può fare 😊 il 5 agosto? per la fattura ho la partita iva, sono "
                "[[P:Marisole Fiorentino]], [[VAT:07318460651]], residenza a [[L:Lecce]]",
            ),
            (
                "a",
                "5 agosto segnato! Tagga pure {{BUSINESS_HANDLE:@salinablu.boats}} 🚤 "
                "[[P:Bartolo]]",
            ),
            ("c", "💙💙"),
            (
                "c",
                "ps [[P:mattia]] ha anche un profilo, [[URL:instagram.com/mattia.rizzo.ph]], "
                "fa lui le foto se volete i raw",
            ),
        ],
    },
    {
        "business": "salina",
        "platform": "whatsapp",
        "customer": "Tom G",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello there, my wife and I are honeymooning on Salina in September and would "
                "love a private trip with a skipper at sunset. Is that something you do? "
                "[[P:Tom Garside]]",
            ),
            (
                "a",
                "Hello [[P:Tom]] and congratulations! 🥂 Yes: sunset tour with skipper, "
                "prosecco and {{PRODUCT:pane cunzato}}, {{TIME:17:30–20:30}}, {{PRICE:€ 390}} for "
                "two. Which date?",
            ),
            (
                "c",
                "Saturday {{DATE:19 September}} please. I'll book it in my wife's name "
                "actually, [[P:Chelsea Garside]], as it's her present. Email her at "
                "[[E:chelsea dot garside at outlook dot com]]? No wait, that would spoil the "
                "surprise. Use mine: [[E:tomgarside [at] hotmail [dot] co [dot] uk]]",
            ),
            (
                "a",
                "Your secret is safe 🤫 Confirmation sent to you. A 30% deposit "
                "({{PRICE:€ 117}}) by bank transfer is fine, or card on arrival.",
            ),
            (
                "c",
                "Transfer's easier. Sent from my account [[IBAN:GB54 BARC 2003 5371 9461 58]],"
                " reference {{ORDER:SB-0919}}. We're from [[L:Stockport]] by the way, if you ever "
                "need a Manchester tip 😉",
            ),
            (
                "a",
                "Received, thanks! See you on the 19th.\n[[P:Bartolo]] & the "
                "{{BRAND:Salina Blu}} crew",
            ),
        ],
    },
    {
        "business": "salina",
        "platform": "whatsapp",
        "customer": "Nino",
        "language": "it",
        "messages": [
            ("c", "salve avete disponibilità domenica x 4 persone x pesca"),
            (
                "a",
                "Salve! Domenica sì, c'è il {{PRODUCT:Tempest}} oppure il "
                "{{PRODUCT:gozzo da 6 metri}}. A che nome?",
            ),
            ("c", "[[P:Nino Calabrò]] da [[L:Milazzo]], veniamo col traghetto delle 7"),
            (
                "a",
                "Ok [[P:Nino]], vi aspettiamo al pontile alle {{TIME:8:15}}. Portate un documento.",
            ),
            ("c", "ok. porto pure mio cognato [[P:Rino]] che ha la patente nautica"),
            ("c", "numero x ogni cosa [[T:+39 340 55 62 198]]"),
            ("a", "Salvato 👍"),
        ],
    },
    {
        "business": "salina",
        "platform": "messenger",
        "customer": "Amélie Fontaine",
        "language": "en",
        "messages": [
            (
                "c",
                "Bonjour, hello. We rented the boat yesterday (name on booking "
                "[[P:Amélie Fontaine]]) and my son touched the rocks a little near Pollara, the "
                "propeller is damaged. The boy at the pontoon say you will charge the card. How "
                "much please?",
            ),
            (
                "a",
                "Hello [[P:Amélie]], thanks for telling us. Our mechanic checked: the "
                "propeller needs replacing, {{PRICE:€ 180}}. We'll charge it to the deposit card "
                "and send you the invoice. Can you give us a postal address for it?",
            ),
            (
                "c",
                "Ok, it is fair. [[A:14 rue des Tanneurs, 67000 Strasbourg]]. The card was "
                "of my husband [[P:Olivier]] but it is ok.",
            ),
            (
                "a",
                "Thank you. Shall I send the invoice to [[E:a.fontaine67@orange.fr]]? That's "
                "the email on the booking.",
            ),
            ("c", "Yes. Sorry again, [[P:Hugo]] is very sad 😔"),
            ("a", "Tell [[P:Hugo]] it happens to everyone, even to [[P:Bartolo]] 😄"),
        ],
    },
    # ------------------------------------------------------- Il Dado Tratto (board-game café)
    {
        "business": "dado",
        "platform": "instagram",
        "customer": "biancagatto.04",
        "language": "it",
        "messages": [
            (
                "c",
                "ciaoo raga ma il torneo di {{PRODUCT:magic}} di sabato è ancora aperto?? "
                "siamo in 3 io [[P:bianca]] [[P:fede]] e [[P:ludo]] 🫶",
            ),
            (
                "a",
                "ciao [[P:Bianca]]! sì, ci sono ancora 5 posti 🎲 iscrizione {{PRICE:8 €}} a "
                "testa, formato draft. mi dai nome e cognome di tutti e tre?",
            ),
            (
                "c",
                "[[P:bianca gatto]] [[P:federico russo]] e [[P:ludovica sole ferrero]] ahahah "
                "si [[P:ludo]] ha 3 nomi",
            ),
            (
                "a",
                "fatto ✅ ps per la tessera ARCI servono i codici fiscali, non è che poi ci "
                "lamentiamo eh 😅",
            ),
            ("c", "uff ok il mio è [[CF:gttbnc04b67l219h]] gli altri te li do sabato"),
            ("c", "ah e [[P:fede]] è minorenne, ha 16 anni, serve qualcosa?"),
            (
                "a",
                "serve il modulo firmato da un genitore, lo trovate alla cassa. ci vediamo "
                "sabato! [[P:Ale]]",
            ),
            ("c", "grz sei un mito"),
        ],
    },
    {
        "business": "dado",
        "platform": "messenger",
        "customer": "Lotte Verhaegen",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi! I'm an Erasmus student from [[L:Ghent]], is the English-friendly game "
                "night still on Thursdays? Can I come alone? 😅",
            ),
            (
                "a",
                "Hi! Yes, every Thursday from {{TIME:21:00}}, and lots of people come alone, "
                "don't worry. Entry is {{PRICE:€ 5}} with a drink. Ask for [[P:Giò]] at the "
                "counter, she runs the night",
            ),
            (
                "c",
                "Great!! I'm [[P:Lotte]], see you Thursday. Do you have "
                "{{PRODUCT:Codenames}} in English?",
            ),
            (
                "a",
                "We have {{PRODUCT:Codenames}} in both languages, and {{PRODUCT:Wavelength}} "
                "too 😉",
            ),
            ("c", "(I'm the tall one with the yellow raincoat lol)"),
            (
                "c",
                "Thanks for yesterday, it was so fun! [[P:Giovanna]] is the best host. Can my "
                "housemate [[P:Florence]] come next week too? She's from [[L:Lyon]], her English "
                "is better than mine haha",
            ),
            ("a", "Of course! Tell [[P:Florence]] to say hi to [[P:Giò]] 🎲"),
        ],
    },
    {
        "business": "dado",
        "platform": "whatsapp",
        "customer": "Marco Armani",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei ordinare {{PRODUCT:Carcassonne}} e {{PRODUCT:Ticket to "
                "Ride Europa}} da spedire, sono per il compleanno di mio figlio [[P:Leonardo]] "
                "sabato. Sono [[P:Marco Armani]]",
            ),
            (
                "a",
                "Buongiorno [[P:Marco]]! Li abbiamo entrambi, {{PRICE:34,90}} e "
                "{{PRICE:49,90}}. Spedizione in città in 24h con corriere {{PRICE:5 €}}, oppure "
                "ritiro gratuito. Vuole la confezione regalo?",
            ),
            (
                "c",
                'sì grazie, confezione regalo e bigliettino: "Buon compleanno [[P:Leo]]! '
                'Mamma e papà". Spedite a [[A:corso Francia 214, scala A, 3° piano, 10146 '
                "Torino]], c/o portineria, chiedere di [[P:Luigi]]",
            ),
            (
                "a",
                "Perfetto. Totale {{PRICE:94,80 €}}. Può pagare con {{BRAND:Satispay}} o "
                "carta. Le mando il link al numero da cui scrive?",
            ),
            ("c", "Meglio carta al telefono, mi chiamate al fisso [[T:011 74 51 902]]"),
            ("a", "La chiamiamo tra 10 minuti. [[P:Giò]] 🎲"),
            (
                "c",
                "Mi è arrivato questo, va bene?\n\nInoltrato:\n{{BRAND:BRT}}: Gentile "
                "[[P:MARCO ARMANI]], la spedizione {{TRACKING:064125780031527}} sarà consegnata "
                "{{DATE:oggi}} tra le {{TIME:14:00}} e le {{TIME:17:00}} in [[A:CORSO FRANCIA "
                "214, 10146 TORINO (TO)]]. Per modificare la consegna: {{BUSINESS_URL:brt.it/modifica}}",
            ),
            ("a", "Sì, è il nostro pacco! Il portiere può firmare lui."),
        ],
    },
    {
        "business": "dado",
        "platform": "telegram",
        "customer": "Aarav",
        "language": "en",
        "messages": [
            (
                "c",
                "Hey! saw on insta you're starting a new {{PRODUCT:D&D}} campaign in English "
                "on sundays. is there space? I've played 5e for 2 years. discord is "
                "[[H:riverwolf_88]]",
            ),
            (
                "a",
                "Hey! Yes, 2 seats left. The DM is [[P:Jack]], he's from [[L:Ohio]] but lives "
                "here. Sundays 15–19, {{PRICE:€ 10}} per session, tea included. What's your "
                "name?",
            ),
            (
                "c",
                "[[P:Aarav Mehta]], I'm doing a PhD at the Politecnico. can my flatmate "
                "[[P:Grace]] join too? she's new to D&D",
            ),
            (
                "a",
                "Sure, beginners are welcome! [[P:Jack]] will add you both to the Telegram "
                "group, can you send me her handle?",
            ),
            ("c", "she's [[H:@grace_in_turin]]. thanks!!"),
            ("a", "Done 🐉"),
        ],
    },
    {
        "business": "dado",
        "platform": "messenger",
        "customer": "Teresa Cavallero",
        "language": "it",
        "messages": [
            (
                "c",
                "Buonasera. Abito al piano di sopra del vostro locale, "
                "[[A:via Vanchiglia 11, int. 7]], e da tre settimane il giovedì si urla fino "
                "all'una. Capisco i giochi ma qui c'è gente che lavora.\n[[P:Teresa Cavallero]]",
            ),
            (
                "a",
                "Buonasera signora [[P:Cavallero]], ha ragione, ci scusiamo. Da questa "
                "settimana chiudiamo la sala grande alle {{TIME:23:30}} e mettiamo i pannelli "
                "fonoassorbenti. Se vuole ne parliamo di persona, sono [[P:Alessandro]], il "
                "titolare.",
            ),
            (
                "c",
                "Apprezzo. Il mio numero è [[T:+39 011 812 4463]], mi chiami pure domattina. "
                "Anche la signora [[P:Bertone]] del secondo piano era arrabbiata, glielo dica.",
            ),
            (
                "a",
                "Lo farò. Grazie per la pazienza, e se le va una sera venga a provare "
                "{{PRODUCT:Azul}}, offre la casa 🙂",
            ),
            ("c", "Vedremo. Buona serata."),
        ],
    },
    {
        "business": "dado",
        "platform": "whatsapp",
        "customer": "Pietro Moretti agente",
        "language": "it",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Pietro Moretti]], agente per il Piemonte di "
                "{{BRAND:Cranio Creations}} e {{BRAND:dV Giochi}}. Avete un momento per le "
                "novità di primavera? Vi lascio i miei contatti: [[T:347 1190 628]], "
                "[[E:p.moretti.agente@gmail.com]]",
            ),
            (
                "a",
                "Ciao [[P:Pietro]]! Volentieri, martedì mattina? Ci serve anche la tua "
                "ultima fattura per il distributore, a chi la intestiamo? [[P:Ale]]",
            ),
            (
                "c",
                "Intestata a me come agente: [[P:Pietro Moretti]], [[A:via Nizza 52, 10125 "
                "Torino]], P.IVA [[VAT:12473500960]]. Martedì alle {{TIME:10}} ok!",
            ),
            ("a", "Perfetto, a martedì 👍"),
            (
                "c",
                "Porto anche il prototipo di {{PRODUCT:Sushi Rush}}, lo ha disegnato una "
                "ragazza di [[L:Chieri]], [[P:Agnese Fabbri]], secondo me ai vostri clienti "
                "piace",
            ),
        ],
    },
    {
        "business": "dado",
        "platform": "messenger",
        "customer": "Shannon Doyle",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi folks, I'd like to book the back room for my son's 10th birthday, Sunday "
                "{{DATE:22 March}}, about 12 kids. Do you do parties? We live just around the "
                "corner in [[A:Via Buniva 8]]. [[P:Shannon]]",
            ),
            (
                "a",
                "Hi [[P:Shannon]]! Yes: 3 hours with a game master, juice, focaccia and "
                "cake for {{PRICE:€ 15}} per child. Your son's name for the sign on the door?",
            ),
            (
                "c",
                "[[P:Rory]]! He's mad about {{PRODUCT:Dragomino}} and anything with "
                "dragons. Oh, and one of his friends, [[P:Tommaso Ferrari]], is coeliac",
            ),
            (
                "a",
                "Gluten-free focaccia and cake for [[P:Tommaso]], no problem. A {{PRICE:€ 50}} "
                "deposit by card or transfer, whichever suits.",
            ),
            (
                "c",
                "Card's fine, I'll pay when I drop in. Grand, thanks so much! Any questions "
                "ring my husband [[P:Paolo]] on [[T:+39 328 466 1052]], my Italian phone is "
                "always dead 😂",
            ),
            ("a", "Noted! See you on the 22nd 🐉 [[P:Giò]]"),
        ],
    },
    # ----------------------------------------------------------------------- late additions
    {
        "business": "larici",
        "platform": "messenger",
        "customer": "Richard A. Moore",
        "language": "en",
        "messages": [
            (
                "c",
                "Good afternoon,\n\nMy wife and I have booked the week of {{DATE:March 7-14}} "
                "through your website (confirmation below) and we would like to add five "
                "mornings of private lessons for our granddaughter, [[P:Bianca Moore-Salerno]], "
                "age 11, intermediate.\n\n> Booking {{BOOKING:PDL-0307-M2}} confirmed\n> Guest: "
                "[[P:Richard Moore]]\n> Booked from IP [[IP:73.162.44.201]]\n\nI can pay the "
                "lessons now by credit card: [[CC:3742 844877 65842]], expiring {{DATE:04/29}}.\n\n"
                "Respectfully,\n[[P:Richard A. Moore]]\nColonel (ret.), U.S. Army\n"
                "[[A:1418 Larkspur Lane, Fredericksburg, VA 22401]]\n[[T:540.372.9916]]",
            ),
            (
                "a",
                "Good afternoon Mr [[P:Moore]], thank you! Five mornings for "
                "[[P:Bianca]] with [[P:Verena]], {{TIME:9:00–11:00}}, {{PRICE:€ 600}}. Please "
                "don't worry about the card: we never store card numbers sent by chat, you can "
                "pay at the desk on arrival. [[P:Sabrina]]",
            ),
            (
                "c",
                "Understood, Ms [[P:Sabrina]]. At the desk it is. [[P:Bianca]]'s mother, our "
                "daughter [[P:Rachel]], would like photos of the lessons if possible; she is on "
                "Facebook as [[URL:facebook.com/rachel.moore.salerno]].",
            ),
            (
                "a",
                "We'll ask [[P:Verena]] to take a few and send them to you directly, that's "
                "simpler than Facebook 🙂",
            ),
            ("c", "Very kind. Regards, [[P:R.A.M.]]"),
        ],
    },
    {
        "business": "loverde",
        "platform": "whatsapp",
        "customer": "Mei Lin",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello, i see your shop yesterday near the Cathedral. The small gold "
                "{{PRODUCT:Trinacria}} pendant, can engrave at the back?",
            ),
            ("a", "Hello! Yes, up to 12 letters on the small one. What would you like?"),
            (
                "c",
                '"[[P:Wei Jie]] & [[P:Mei]]" can or not? Is our names. We leave Palermo '
                "thursday morning",
            ),
            (
                "a",
                "Yes, that fits! Ready Wednesday after {{TIME:17:00}}. {{PRICE:€ 145}} with "
                "the engraving. A name for the order, please?",
            ),
            ("c", "[[P:Tan Mei Lin]]. Phone is this one or my husband [[T:+65 9123 8840]]"),
            ("a", "Perfect, Ms [[P:Tan]]. See you Wednesday! [[P:Giulia]]"),
            ("c", "thank you so much!! 🙏😊"),
        ],
    },
    {
        "business": "babele",
        "platform": "messenger",
        "customer": "Evaristo Colombo",
        "language": "it",
        "messages": [
            (
                "c",
                "Egregi Signori,\nsono [[P:Evaristo Colombo]], classe 1941, ho lavorato "
                "trent'anni a [[L:Winterthur]] e ora abito a [[L:Cantù]]. Vi ho pagato due volte "
                "la traduzione della lettera della cassa pensioni svizzera ({{PRICE:€ 48}}), una "
                "col bonifico e una volta in contanti a mia nuora [[P:Raffaella]] quando è venuta "
                "a ritirarla. Vi chiedo cortesemente il rimborso.\nOssequi\n"
                "[[P:Colombo Evaristo]]",
            ),
            (
                "a",
                "Gentile signor [[P:Colombo]], ha ragione, risultano due pagamenti. Le "
                "restituiamo {{PRICE:€ 48}} con bonifico: ci indica l'IBAN e l'intestatario?",
            ),
            (
                "c",
                "L'IBAN è [[IBAN:IT69 X030 6909 6061 0000 0063 417]] intestato a me e alla "
                "buonanima di mia moglie [[P:Ines Zappa]], la banca non l'ha mai cambiato. Per la "
                "conferma scrivete a mio nipote, [[E:colombo punto davide chiocciola tiscali "
                "punto it]], io la posta la leggo poco.",
            ),
            (
                "a",
                "Bonifico disposto oggi, CRO {{CODE:0306 2614 7730}}. Mandiamo la conferma a "
                "[[P:Davide]]. Buona giornata! [[P:N. Ferri]]",
            ),
            ("c", "Grazie, siete persone serie."),
        ],
    },
    {
        "business": "salina",
        "platform": "whatsapp",
        "customer": "Jonas",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello, we had the boat booked for today (booking {{BOOKING:SB-0611}}, "
                "[[P:Jonas Becker]]) but the coast guard closed the harbour because of the wind. "
                "Your colleague at the pontoon said we get the money back. Is correct?",
            ),
            (
                "a",
                "Hi [[P:Jonas]], yes of course, with the red flag we refund everything. Did "
                "you pay by card or transfer?",
            ),
            (
                "c",
                "By card, [[CC:5355 3562 3012 3834]], but this card is now blocked because my "
                "wallet was stolen on the ferry 🙄 Better to my bank please: "
                "[[IBAN:DE44 5001 0517 5407 3249 31]], [[P:Jonas Becker]], [[L:Freiburg]]",
            ),
            (
                "a",
                "Oh no, sorry about the wallet! Refund of {{PRICE:€ 220}} sent to your "
                "account today, it may take 2–3 days. [[P:Ketty]]",
            ),
            ("c", "Thank you very much. Next year again, hopefully with less wind 😅"),
        ],
    },
    {
        "business": "querce",
        "platform": "messenger",
        "customer": "Bec Sullivan",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi, I'm an enrolled nurse from [[L:Ballarat]], just moved to "
                "[[L:Peschiera del Garda]] with my partner. I saw you're hiring carers. My Italian "
                "is basic (B1, getting there!) but I've 8 years in aged care. CV on LinkedIn: "
                "[[URL:https://www.linkedin.com/in/rebecca-sullivan-en]]",
            ),
            (
                "a",
                "Hi [[P:Rebecca]], thanks for writing! We do have English-speaking families, so it "
                "could work. Can you send your CV and a phone number?",
                "en",
            ),
            (
                "c",
                "Sure! [[P:Rebecca Sullivan]], mobile [[T:+39 366 402 1187]] (my Aussie one "
                "[[T:0412 583 904]] is on whatsapp too). Email "
                "[[E:bec.sullivan.en@gmail.com]]. Everyone calls me [[P:Bec]] 🙂",
            ),
            (
                "a",
                "Lovely, [[P:Bec]]. [[P:Ilaria]] will call you tomorrow for a chat, partly "
                "in Italian, don't worry 😉 [[P:S.R.]]",
            ),
        ],
    },
    {
        "business": "loverde",
        "platform": "whatsapp",
        "customer": "Cinturini Bassano",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno sig. [[P:Lo Verde]], sono [[P:Loredana]] di {{BRAND:Cinturini "
                "Bassano}}. La fattura di gennaio ci è tornata scartata dallo SDI: avete messo la "
                "nostra vecchia partita IVA [[VAT:01559620933]], quella nuova della snc è "
                "[[VAT:02847310220]].",
            ),
            (
                "a",
                "Buongiorno [[P:Loredana]], ha ragione, scusate. La rifacciamo oggi con i dati "
                "nuovi. L'ordine dei cinturini {{PRODUCT:pelle di vitello 20 mm}} è confermato? "
                "[[P:Tancredi]]",
            ),
            (
                "c",
                "Confermato, {{ORDER:ordine 77/B}}, 40 pezzi, spedizione {{DATE:giovedì}} con "
                "{{BRAND:GLS}}.",
            ),
            ("a", "👍 grazie"),
        ],
    },
]

_MARKUP = re.compile(
    r"\[\[(?P<etype>[A-Z_]+):(?P<evalue>.+?)\]\]|\{\{(?P<ktype>[A-Z_]+):(?P<kvalue>.+?)\}\}",
    re.DOTALL,
)
_START = datetime(2026, 1, 12, 7, 40, tzinfo=UTC)


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup of one message: (plain text, entity spans, keep spans)."""
    text: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    position = 0
    length = 0
    for match in _MARKUP.finditer(marked):
        before = marked[position : match.start()]
        text.append(before)
        length += len(before)
        if match.group("etype") is not None:
            kind, value, target = (
                ALIASES.get(match["etype"], match["etype"]),
                match["evalue"],
                entities,
            )
            if kind not in ALIASES.values():
                raise ValueError(f"unknown entity type {match['etype']!r}")
        else:
            kind, value, target = match["ktype"], match["kvalue"], keep
            if kind not in KEEP_KINDS:
                raise ValueError(f"unknown keep kind {kind!r}")
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        text.append(value)
        length += len(value)
        position = match.end()
    text.append(marked[position:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain or "{{" in plain or "}}" in plain:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return plain, entities, keep


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order, with deterministic ids and times."""
    records = []
    for index, conversation in enumerate(CONVERSATIONS):
        business = conversation["business"]
        page_id = PAGE_IDS[business]
        customer_id = f"hw8-user-{index:03d}"
        conversation_id = f"hw8-conv-{index:03d}"
        when = _START + timedelta(days=2 * index, hours=(index * 5) % 9, minutes=(index * 17) % 60)
        for number, entry in enumerate(conversation["messages"]):
            role, marked = entry[0], entry[1]
            language = entry[2] if len(entry) > 2 else conversation["language"]
            text, entities, keep = parse(marked)
            agent = role == "a"
            when += timedelta(minutes=1 + (number * 13 + index * 7) % 41, seconds=number * 7)
            message = {
                "message_id": f"hw8-{index:03d}-{number:02d}",
                "conversation_id": conversation_id,
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": page_id if agent else customer_id,
                "sender_name": BUSINESS_NAMES[business] if agent else conversation["customer"],
                "sender_role": "agent" if agent else "customer",
                "recipient_id": customer_id if agent else page_id,
                "created_time": when.isoformat(),
                "text": text,
            }
            records.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return records


def render() -> str:
    """The JSONL text of the corpus (one record a line)."""
    return "".join(
        json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in build_records()
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else OUTPUT
    content = render()
    target.write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {content.count(chr(10))} messages to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
