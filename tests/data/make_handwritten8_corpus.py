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
  BOOKING, CODE, PRICE, DATE, TIME, PRODUCT, BRAND, ORG, WORD, BUSINESS_EMAIL, BUSINESS_HANDLE.

Labelling conventions: a postal address written in one piece (street, number, staircase,
interno, CAP, town, even across lines) is one ADDRESS span; a town on its own is a LOCATION when
it says where somebody lives, works or comes from (not places merely visited); titles (Mr,
dott., signora) stay outside PERSON spans; the businesses' own names, handles and generic
mailboxes are keep spans, not personal data.

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
            ("c", "passa il mio ragazzo sabato, si chiama [[P:Tommaso Gatto]] (sì, Gatto 😂)"),
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
                "lives in london and flies out to see me in [[L:Perth]] next month. "
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
                "and 4 staff from a secondary school in [[L:Harrogate]], North Yorkshire. We would "
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
                "27 June. I send you my email for confirmation: "
                "[[E:bartek (dot) wisniewski (at) wp (dot) pl]]",
            ),
            (
                "a",
                "Booked: 4 beds on 27 June, code {{BOOKING:PDL-0627-W4}}. Bring a sleeping "
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
                "Hello Grace! They need the sworn Italian translation of your father's birth "
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
