"""Hand-written blind test corpus no. 10 for convmon's anonymiser (``handwritten10_corpus.jsonl``).

Every conversation below was composed by hand, blind: without reading the anonymiser's code,
its word lists, the earlier corpora or their scores, and without running the anonymiser on it.
No templates and no Faker: each message is literal text. All people, addresses, phone numbers,
e-mails and identifiers are invented (IBANs, codici fiscali, partite IVA and card numbers were
computed once with python-stdnum / Luhn so that they are valid, then pasted as literal text).

The six businesses (Pages) are invented too, see ``BUSINESS_NAMES``:

- Orologeria Sciortino: watch and clock repair, engraving, Catania (Italian, some Sicilian).
- Centro Estivo Il Grillo Parlante: children's summer camp near Bergamo (Italian).
- Disinfestazioni Gatto & Figli: pest control, Naples (Italian, some Neapolitan).
- Harbour Lane Self Storage: storage units in Cork, Ireland (Irish, UK, Australian English).
- Pawprint Portraits Studio: hand-painted pet portraits shipped across the US (US English).
- Cucina di Nonna Ebe: cooking classes for tourists in Florence (English, tourists' Italian).

Markup (stripped by this script, which computes the offsets):

- ``[[TYPE:value]]`` marks a personal value (an entity). TYPE is a short code, see ``ENTITY_CODES``
  (``P`` person, ``E`` e-mail, ``T`` phone, ``IBAN``, ``CC`` card, ``CF`` codice fiscale,
  ``VAT`` partita IVA, ``IP``, ``URL``, ``H`` handle, ``L`` location, ``A`` address).
- ``{{KIND:value}}`` marks a look-alike that must survive (a keep span): ORDER, TRACKING, CODE,
  PRICE, TIME, DATE, PRODUCT, BRAND, WORD.

Labelling conventions: every occurrence of a person's name is an entity, also the participants'
own names, greetings, signatures, names inside engravings or personalisations and names of
firms made of people's names (a law firm, an accountants' partnership); a bare initial signing a
message ("S.", "- M.") is not, and pets' names are not people. A business's own name is a BRAND
keep span where it names the business ("Orologeria Sciortino", "Gatto & Figli", "Nonna Ebe") and
a PERSON where it names the person ("il Sig. Sciortino", "Nonna Ebe says ciao"). LOCATION marks a
town, district or frazione where somebody lives, works, comes from or is staying; the town of a
business or a tourist destination is not labelled, but a street address is always an ADDRESS
(also the business's own). An address is one ADDRESS span, across lines when the customer wrote
it across lines; a "c/o" name is a PERSON of its own. Brands and product names are keep spans,
also when they are named after a person ("Daniel Wellington").

Regenerate (deterministic: the same bytes on every run):

    .venv/bin/python tests/data/make_handwritten10_corpus.py [output.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten10_corpus.jsonl")

ENTITY_CODES: dict[str, str] = {
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
KEEP_KINDS = ("ORDER", "TRACKING", "CODE", "PRICE", "TIME", "DATE", "PRODUCT", "BRAND", "WORD")

BUSINESSES: dict[str, dict[str, str]] = {
    "orologeria": {"name": "Orologeria Sciortino", "page_id": "hw10-page-3301"},
    "grillo": {"name": "Centro Estivo Il Grillo Parlante", "page_id": "hw10-page-3302"},
    "gatto": {"name": "Disinfestazioni Gatto & Figli", "page_id": "hw10-page-3303"},
    "harbour": {"name": "Harbour Lane Self Storage", "page_id": "hw10-page-3304"},
    "pawprint": {"name": "Pawprint Portraits Studio", "page_id": "hw10-page-3305"},
    "nonnaebe": {"name": "Cucina di Nonna Ebe", "page_id": "hw10-page-3306"},
}
BUSINESS_NAMES: tuple[str, ...] = tuple(b["name"] for b in BUSINESSES.values())

# A conversation: business, platform, the customer's display name (as the platform gives it),
# the default language, and messages as (role, text) or (role, text, language);
# role "c" is the customer, "a" the business's agent.
CONVERSATIONS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Orologeria Sciortino
    {
        "business": "orologeria",
        "platform": "instagram",
        "customer": "Carmela Sciacca",
        "language": "it",
        "messages": [
            (
                "c",
                "Gentilissimo Signor [[P:Sciortino]],\n"
                "mi permetto di scriverLe tramite questo mezzo perché mio nipote [[P:Davide]] "
                "mi ha detto che oggi si usa così. Sono in possesso dell'orologio del mio "
                "povero marito, [[P:Nino]] buonanima, un {{BRAND:Omega}} {{PRODUCT:Seamaster}} "
                "che egli portava dal 1968. Da qualche mese si ferma durante la notte. "
                "Vorrei sapere se è possibile ripararlo e quanto verrebbe a costare.\n"
                "Con i più distinti saluti,\n"
                "[[P:Carmela Sciacca]] ved. [[P:Pappalardo]]",
            ),
            (
                "a",
                "Gentile Signora [[P:Sciacca]], buongiorno e grazie per averci scritto. "
                "Un {{PRODUCT:Seamaster}} di quegli anni è quasi sempre recuperabile: di solito "
                "serve una revisione completa del movimento (pulizia, lubrificazione, "
                "regolazione). Indicativamente {{PRICE:180-220 euro}}, ma glielo confermo "
                "solo dopo averlo aperto. Può portarlo in negozio quando preferisce, "
                "siamo aperti dalle {{TIME:9:00}} alle {{TIME:13:00}} e dalle {{TIME:16:30}} "
                "alle {{TIME:20:00}}.\n"
                "[[P:Salvo Sciortino]]",
            ),
            (
                "c",
                "La ringrazio infinitamente. Purtroppo non guido più e abito a "
                "[[L:Trecastagni]], in [[A:via Francesco Crispi 41]]. Verrà a portarLe "
                "l'orologio mio nipote [[P:Davide Pappalardo]] sabato mattina. "
                "Il mio numero di casa, qualora servisse, è [[T:095 780 6614]].",
            ),
            ("a", "{{WORD:Perfetto}} Signora, aspettiamo [[P:Davide]] sabato. Buona giornata!"),
            (
                "c",
                "Gentile Signor [[P:Sciortino]], Le scrivo di nuovo perché vorrei anche far "
                "incidere sul fondello una dedica per mio nipote che si laurea in "
                "{{DATE:giugno}}. L'orologio sarà suo. La frase sarebbe:\n"
                '"A [[P:Davide]], dal nonno [[P:Nino]] - il tempo è un dono"\n'
                "È troppo lunga? Mi affido alla Sua esperienza.",
            ),
            (
                "a",
                "Signora, la frase ci sta: sul fondello del {{PRODUCT:Seamaster}} possiamo "
                "fare due righe in corsivo inglese. L'incisione a mano costa {{PRICE:35 €}}. "
                "Le allego la prova grafica appena mia figlia [[P:Martina]] la prepara. "
                "Rif. lavoro {{ORDER:OS-2291}}.\n"
                "S.",
            ),
            (
                "c",
                "Va benissimo così. Che Dio La benedica.\n[[P:Carmela Sciacca]]",
            ),
        ],
    },
    {
        "business": "orologeria",
        "platform": "whatsapp",
        "customer": "Saro",
        "language": "it",
        "messages": [
            (
                "c",
                "ue bongiorno, ma voi fate le incisioni pure sui bracciali? "
                "quelli d acciaio tipo {{BRAND:Daniel Wellington}}",
            ),
            (
                "a",
                "Buongiorno! Sì, incidiamo acciaio, argento e oro. Su un bracciale rigido "
                "stanno bene fino a 30-35 caratteri. Cosa vorrebbe scrivere?",
            ),
            (
                "c",
                "è per la mia ragazza, il 14 facciamo due anni. mizzica sono già in ritardo 😅 "
                "vorrei: [[P:Sole]] {{DATE:14.02.24}} tuo per sempre [[P:Saro]]",
            ),
            (
                "c",
                'anzi no metti "alla mia [[P:Sole]], per sempre - [[P:Rosario]]" che [[P:Saro]] '
                "non le piace 😂",
            ),
            (
                "a",
                'Ahah va bene! "alla mia [[P:Sole]], per sempre - [[P:Rosario]]" sono 34 '
                "caratteri, ci stiamo giusti. Incisione laser {{PRICE:25 euro}}, pronto in "
                "{{DATE:2 giorni}}. Mi lascia un nome e un numero per l'ordine?",
            ),
            (
                "c",
                "[[P:rosario la spina]] [[T:389 204 7715]]",
            ),
            (
                "a",
                "Segnato, ordine {{ORDER:OS-2307}}. Lo ritira in negozio giovedì dopo le "
                "{{TIME:17}}. A giovedì! [[P:Martina]] 🙂",
            ),
            ("c", "amunì grazie mille!!"),
        ],
    },
    {
        "business": "orologeria",
        "platform": "messenger",
        "customer": "Ignazio Finocchiaro",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno.\n"
                "Con la presente confermo la consegna, avvenuta ieri alle ore {{TIME:18:40}} "
                "presso il Vostro laboratorio, della pendola da parete marca {{BRAND:Junghans}} "
                "(cassa in noce, quadrante smaltato, n. di serie {{CODE:7731042}}) per la "
                "revisione concordata verbalmente con il Sig. [[P:Sciortino]] senior.\n"
                "Chiedo cortesemente che la fattura sia intestata allo studio e non a me "
                "personalmente. Riporto di seguito i dati completi.\n\n"
                "--\n"
                "Avv. [[P:Ignazio Finocchiaro]]\n"
                "Studio Legale [[P:Finocchiaro]] & [[P:La Rosa]]\n"
                "[[A:Corso Italia 58, 95129 Catania]]\n"
                "Tel. [[T:+39 095 716 4420]] - Fax [[T:095 716 4421]]\n"
                "PEC: [[E:ignazio.finocchiaro@pec.avvocaticatania.it]]\n"
                "C.F. [[CF:FNCSVT79S02C351F]] - P.IVA [[VAT:04182730871]]\n"
                "Le informazioni contenute in questo messaggio sono riservate e destinate "
                "esclusivamente al destinatario.",
            ),
            (
                "a",
                "Buongiorno Avvocato, ricevuto tutto. Una precisione: il codice fiscale che "
                "ha indicato risulta di un certo [[P:Salvatore]], non Suo. È corretto "
                "intestare allo studio con la sola partita IVA [[VAT:04182730871]]?\n"
                "[[P:Martina Sciortino]] - amministrazione",
            ),
            (
                "c",
                "Gentile [[P:Martina]], ha perfettamente ragione: ho incollato per errore il "
                "codice di mio fratello [[P:Salvatore]], che con lo studio non c'entra nulla. "
                "La prego di non tenerne conto e di intestare alla sola P.IVA. "
                "La fattura in formato elettronico, codice destinatario {{CODE:M5UXCR1}}.\n"
                "Distinti saluti\nAvv. [[P:I. Finocchiaro]]",
            ),
            (
                "a",
                "Nessun problema, il dato è già stato cancellato. La pendola sarà pronta tra "
                "circa {{DATE:tre settimane}}; le mando un messaggio quando il mio papà ha "
                "finito le prove di marcia. Preventivo confermato: {{PRICE:€ 260,00}} + IVA.",
            ),
            ("c", "Grazie."),
        ],
    },
    {
        "business": "orologeria",
        "platform": "whatsapp",
        "customer": "Turi 🐴",
        "language": "it",
        "messages": [
            ("c", "salve la pila del {{BRAND:casio}} quanto costa"),
            (
                "a",
                "Buongiorno! Per i {{BRAND:Casio}} digitali {{PRICE:8 euro}} con la prova di "
                "tenuta, se è un {{PRODUCT:G-Shock}} {{PRICE:12}}. Si fa al momento, 10 minuti.",
            ),
            (
                "c",
                "ok io sono ad [[L:acireale]] e lavoro fino tardi non ci arrivo. "
                "passa a prenderlo la mia vicina la signora [[P:Grasso]] [[P:Concetta]] "
                "va bene? gli lascio i soldi a lei",
            ),
            (
                "a",
                "Va benissimo, basta che la signora [[P:Grasso]] dica il suo nome quando "
                "arriva. Mi ricorda il suo nome e cognome?",
            ),
            ("c", "[[P:turi messina]]. [[P:Salvatore]] sarebbe"),
            ("c", "ah e c'è pure il cinturino rotto di mio cugino [[P:Alfio]], lo porta lei"),
            (
                "a",
                "Ok [[P:Turi]], segnato tutto a nome [[P:Messina]]: pila {{BRAND:Casio}} + "
                "cinturino. Per il cinturino ci serve la misura delle anse (18, 20 o 22 mm). "
                "Buona serata!\n- M.",
            ),
        ],
    },
    {
        "business": "orologeria",
        "platform": "messenger",
        "customer": "Giuseppe Lo Presti",
        "language": "it",
        "messages": [
            (
                "c",
                "Salve, sono catanese ma vivo a [[L:Milano]] da vent'anni. Mio padre mi ha "
                "lasciato un {{BRAND:Zenith}} carica manuale e qui mi chiedono cifre assurde. "
                "Lavorate anche per spedizione?",
            ),
            (
                "a",
                "Buonasera! Sì, lavoriamo spesso per corrispondenza. Ce lo spedisca assicurato "
                "(consigliamo {{BRAND:Poste}} {{PRODUCT:Raccomandata 1}} o un corriere con "
                "assicurazione) a: {{BRAND:Orologeria Sciortino}}, "
                "[[A:via Etnea 318, 95125 Catania]]. Dentro metta un biglietto con nome e "
                "recapito. Le mandiamo il preventivo entro {{DATE:48 ore}} dall'arrivo.",
            ),
            (
                "c",
                "{{WORD:Spedito}} stamattina con {{BRAND:SDA}}, "
                "tracking {{TRACKING:6Q3001728846107}}. "
                "Nel biglietto ho messo la mail ma ve la riscrivo qui: "
                "[[E:giuseppe punto lopresti chiocciola gmail punto com]] "
                "(tutto attaccato). Per il ritorno l'indirizzo è:\n"
                "[[A:Viale Monza 140\n"
                "scala C, int. 12\n"
                "20127 Milano]]\n"
                "citofono [[P:Lo Presti]] - [[P:Bonfanti]]",
            ),
            (
                "a",
                "Arrivato! Movimento sano, serve revisione e un vetro nuovo in plexiglass: "
                "{{PRICE:190 €}} + {{PRICE:15 €}} spedizione di ritorno. Se va bene può fare il "
                "bonifico a {{BRAND:Orologeria Sciortino}}, "
                "IBAN [[IBAN:IT39Q0503484010000000712934]], "
                'causale "{{ORDER:OS-2318}} [[P:Lo Presti]]".',
            ),
            (
                "c",
                "Fatto il bonifico, intestato a mia moglie [[P:Chiara Bonfanti]] perché il "
                "conto è cointestato. Grazie e salutatemi la città!",
            ),
            (
                "c",
                "Dimenticavo: per la garanzia mi fate la ricevuta a nome mio? "
                "[[P:Giuseppe Lo Presti]], C.F. [[CF:LPR GPP 75M19 C351X]]",
            ),
            (
                "a",
                "Ricevuto, grazie! Ripartenza prevista per {{DATE:venerdì 13}}. "
                "Un caro saluto da [[P:Salvo]] e [[P:Martina]] 🌋",
            ),
        ],
    },
    {
        "business": "orologeria",
        "platform": "instagram",
        "customer": "nunzia.cardillo",
        "language": "it",
        "messages": [
            (
                "c",
                "BUONGIORNO. SONO TRE SETTIMANE CHE ASPETTO IL MIO OROLOGIO. MI AVEVATE DETTO "
                "10 GIORNI. IL VOSTRO RAGAZZO [[P:NUNZIO]] AL TELEFONO NON SA NIENTE. "
                "NON È SERIO!!!",
            ),
            (
                "a",
                "Buongiorno signora [[P:Cardillo]], ha ragione e le chiedo scusa. Il ritardo "
                "è dovuto al ricambio della corona, che {{BRAND:Tissot}} ci ha spedito solo "
                "ieri. Il suo {{PRODUCT:PRX}} è sul banco oggi stesso.",
            ),
            (
                "c",
                "E NON POTEVATE AVVISARE??? HO CHIAMATO TRE VOLTE AL [[T:095-31-22-87]]",
            ),
            (
                "a",
                "Non ci sono scuse, dovevamo avvisarla noi. Come rimedio non le facciamo "
                "pagare la sostituzione del cinturino e glielo consegniamo a casa a "
                "[[L:Misterbianco]] se preferisce, così non deve venire in centro.",
            ),
            (
                "c",
                "ok. consegnatelo a mia figlia [[P:Serena]] in farmacia, lavora alla "
                "[[A:via Garibaldi 12]] di [[L:Misterbianco]], la farmacia Sant'Antonio. "
                "dalle 9 all'una",
            ),
            ("a", "Certo. Domani mattina passa [[P:Nunzio]] in persona 🙏 [[P:Salvo S.]]"),
            ("c", "va bene grazie"),
        ],
    },
    {
        "business": "orologeria",
        "platform": "whatsapp",
        "customer": "Bridget",
        "language": "en",
        "messages": [
            (
                "c",
                "Buongiorno! Sorry, my Italian is still terribile 🙈 I live in "
                "[[L:Taormina]] half the year. I have a vintage {{BRAND:Rolex}} "
                "{{PRODUCT:Oyster Perpetual}} from my mother, the strap is falling apart. "
                "Do you have original bracelets or only leather?",
            ),
            (
                "a",
                "Hello! No problem, we speak English 🙂 Original {{BRAND:Rolex}} bracelets are "
                "hard to find for older references; we can order a good quality aftermarket "
                "{{PRODUCT:Oyster}}-style steel bracelet ({{PRICE:€140}}) or a leather strap "
                "({{PRICE:€45}}). Can you send a photo of the case back?",
            ),
            (
                "c",
                "Here it is. There's an engraving inside from my dad: \"[[P:Maeve]] 1979 love "
                "[[P:Con]]\". Please don't polish it away!! That's the whole point of the watch "
                "haha",
            ),
            (
                "a",
                "Don't worry, we never touch the case back without asking. Leather then? "
                "We have brown and navy. I'll need a name for the job.",
            ),
            (
                "c",
                "Navy please. [[P:Bridget Kavanagh]]. Mobile is the Irish one, "
                "[[T:+353 87 219 4460]], the Italian sim is dead lol. Perfetto, grazie mille!",
            ),
            (
                "a",
                "Booked as {{ORDER:OS-2325}}, ready Thursday. Ciao [[P:Bridget]]! - [[P:Martina]]",
            ),
        ],
    },
    # ------------------------------------------------------ Centro Estivo Il Grillo Parlante
    {
        "business": "grillo",
        "platform": "whatsapp",
        "customer": "Federica",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere mia figlia alle settimane di luglio. "
                "Ho compilato il modulo ma il sito mi dà errore sull'ultimo passaggio 😩",
            ),
            (
                "a",
                "Buongiorno! Ci scusi, il modulo online ogni tanto fa i capricci. Può mandarci "
                "qui i dati e lo completiamo noi: nome e cognome del bambino, data di nascita, "
                "codice fiscale, eventuali allergie, e chi viene a ritirarlo oltre ai genitori.\n"
                "[[P:Elena]] - coordinatrice",
            ),
            (
                "c",
                "Grazie mille [[P:Elena]]!\n"
                "- [[P:Agnese Pagano]], nata il 21/06/2016\n"
                "- CF [[CF:pgngns16h61a794h]]\n"
                "- allergia alle arachidi (ha l'{{PRODUCT:EpiPen}} nello zaino, vi porto il "
                "certificato della dottoressa [[P:Brembilla]])\n"
                "- ritirano: io ([[P:Federica Locatelli]]), il papà [[P:Michele]] e la "
                "nonna [[P:Rosa]]\n"
                "- settimane: {{DATE:7-11 luglio}} e {{DATE:14-18 luglio}}, tempo pieno",
            ),
            (
                "a",
                "Perfetto, inserita! Il codice fiscale l'ho riportato in maiuscolo, tutto ok. "
                "Per l'arachide: il certificato della pediatra serve in originale il primo "
                "giorno, e la mensa ({{BRAND:Ristorazione Orobica}}) prepara il menù senza "
                "frutta a guscio. Quota {{PRICE:2 × 135 €}} = {{PRICE:270 €}}.",
            ),
            (
                "c",
                "Il cognome della nonna è [[P:Carrara]], se serve per la delega. Abita a "
                "[[L:Caravaggio]] ma viene lei quasi sempre il mercoledì",
            ),
            (
                "a",
                "Segnata: [[P:Rosa Carrara]], delega con copia del documento. A presto "
                "[[P:Federica]], e ciao ad [[P:Agnese]]! 🦗",
            ),
        ],
    },
    {
        "business": "grillo",
        "platform": "messenger",
        "customer": "Ettore Cortinovis Sr",
        "language": "it",
        "messages": [
            (
                "c",
                "Buonasera. Mio figlio [[P:Ettore]] ha preso la varicella e ha saltato tutta la "
                "seconda settimana ({{DATE:16-20 giugno}}). Avevate scritto nel regolamento che "
                "con certificato medico si rimborsa il 50%. Il certificato del "
                "dott. [[P:Gavazzeni]] ce l'ho, come ve lo mando?",
            ),
            (
                "a",
                "Buonasera signor [[P:Cortinovis]], mi spiace per [[P:Ettore]]! Può mandarlo "
                "qui come foto o a [[E:segreteria@grilloparlante-estate.it]]. Per il "
                "rimborso ci servono IBAN e intestatario del conto.",
            ),
            (
                "c",
                "Mandato per mail adesso, dalla mia [[E:ettore.cortinovis61@libero.it]].\n"
                "IBAN [[IBAN:IT62 A062 3011 1080 0004 6291 553]]\n"
                "intestato a [[P:Ettore Cortinovis]] (sì, stesso nome del bambino, è una "
                "tradizione di famiglia 🙄)",
            ),
            (
                "a",
                "Ahah capita spesso qui in bergamasca! Certificato ricevuto. Il rimborso di "
                "{{PRICE:67,50 €}} parte con il bonifico di fine mese. Le serve anche la "
                "ricevuta per il 730? In quel caso ci indichi il codice fiscale di chi ha "
                "pagato.",
            ),
            (
                "c",
                "Sì grazie. Ha pagato mia moglie, [[P:Lucia Ravasio]], CF "
                "[[CF:RVSLCU83L62L400F]]. Residenza [[A:via dei Mulini 7]], [[L:Treviglio]].",
            ),
            (
                "a",
                "Ricevuta intestata a [[P:Lucia Ravasio]] in arrivo via mail. Buona guarigione "
                "al piccolo [[P:Ettore]]!\nLa segreteria",
            ),
        ],
    },
    {
        "business": "grillo",
        "platform": "instagram",
        "customer": "giuly ✨",
        "language": "it",
        "messages": [
            (
                "c",
                "ciaoo scusate il disturbo ma cercate animatori quest'estate?? ho 16 anni e "
                "l'anno scorso facevo l'oratorio a [[L:calvenzano]] con don [[P:Mario]]",
            ),
            (
                "a",
                "Ciao! Sì, cerchiamo aiuto-animatori dai 16 anni 😊 Come ti chiami?",
            ),
            (
                "c",
                "[[P:giulia ferro]] 🙋‍♀️ su ig sono [[H:@giuly.ferro_]] ma questo è il profilo "
                "della mia amica [[P:bianca]] perché il mio è privato lol",
            ),
            ("c", "cmq so fare giochi, balli e un po' di chitarra (pochissimo ahah)"),
            (
                "a",
                "Ottimo [[P:Giulia]]! Serve che un genitore firmi l'adesione perché sei "
                "minorenne. Scrivi a [[E:animatori@grilloparlante-estate.it]] con il numero "
                "di uno dei tuoi genitori e ti chiama [[P:Paola]] per il colloquio.",
            ),
            (
                "c",
                "okk la mamma è [[P:Simona]] [[T:347 8812 093]] lo scrivo anche nella mail. "
                "grazie milleeee 🥹🫶",
            ),
            (
                "c",
                "ah se volete vedere i balletti che faccio coi bimbi del mio paese sono "
                "qui [[URL:https://www.tiktok.com/@giulyferro.dance]] 💃",
            ),
        ],
    },
    {
        "business": "grillo",
        "platform": "messenger",
        "customer": "Anna Maria Dell'Orto",
        "language": "it",
        "messages": [
            (
                "c",
                "Spett.le Centro Estivo,\n"
                "scrivo in merito a quanto accaduto ieri pomeriggio durante l'attività in "
                "piscina. Mia figlia [[P:Gioia]] è tornata a casa con un morso sul braccio "
                "procurato, a suo dire, dal piccolo [[P:Kevin]]. Non è la prima volta: già "
                "il {{DATE:24 giugno}} [[P:Gioia]] aveva riferito spinte dallo stesso "
                "bambino. Nessun educatore ci ha avvisati al ritiro, che è stato fatto "
                "da mio marito [[P:Andrea Dell'Orto]] alle {{TIME:16:45}}.\n"
                "Chiedo di essere contattata dalla responsabile, dott.ssa [[P:Cerri]], "
                "al numero [[T:+39 0363 42 18 77]] (casa) oppure [[T:333.604.11.92]].\n"
                "Cordiali saluti,\n"
                "[[P:Anna Maria Dell'Orto Zanchi]]",
            ),
            (
                "a",
                "Gentile signora [[P:Dell'Orto]], ha pienamente ragione sul fatto che "
                "avremmo dovuto avvisarvi al ritiro: me ne scuso. Ho parlato con "
                "l'educatrice del gruppo, [[P:Chiara]], e con la famiglia dell'altro "
                "bambino. La chiamo oggi alle {{TIME:14}} al cellulare.\n"
                "Dott.ssa [[P:Paola Cerri]], responsabile Centro Estivo",
            ),
            ("c", "La ringrazio. Attendo la telefonata."),
            (
                "a",
                'Come da telefonata: da lunedì [[P:Gioia]] passa nel gruppo "Farfalle" con '
                "[[P:Marco]] e [[P:Sara]]. Le confermo anche che il braccio è stato "
                "medicato dalla nostra infermiera volontaria, [[P:Giovanna]], con "
                "{{PRODUCT:Connettivina}}, come da registro.",
            ),
            ("c", "Va bene così. Grazie per la disponibilità. [[P:A.M. Dell'Orto]]"),
        ],
    },
    {
        "business": "grillo",
        "platform": "telegram",
        "customer": "Chidinma O.",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno, io sono mamma di [[P:David]], lui è nel gruppo dei grandi. "
                "Scusa mio italiano non perfetto. Domani io lavoro turno di mattina in "
                "[[L:Brignano]], non posso portare lui alle 8.",
            ),
            (
                "c",
                "Can my husband bring him at 7:45? He is [[P:Emeka]], he has never come "
                "before, sorry for English",
                "en",
            ),
            (
                "a",
                "Buongiorno signora [[P:Okafor]]! No problem 🙂 Your husband can come at "
                '{{TIME:7:45}}, the pre-school service ("pre-scuola") opens at '
                "{{TIME:7:30}}. Tell him to ask for [[P:Elena]] or [[P:Davide]] at the gate.",
                "en",
            ),
            (
                "c",
                "Thank you so much. Per la ricevuta del pre-scuola serve mio codice fiscale? "
                "[[CF:KFRCDN90D57Z335F]]. Nome è [[P:Chidinma Okafor]], marito [[P:Emeka Okafor]]",
            ),
            (
                "a",
                "Sì, grazie, perfetto così. [[P:David]] domani ha anche la gita, ricordatevi "
                "lo zainetto con il pranzo al sacco 🎒\nE. - {{BRAND:Grillo Parlante}}",
            ),
            ("c", "Grazie, thanks 🙏🏾"),
        ],
    },
    {
        "business": "grillo",
        "platform": "whatsapp",
        "customer": "Papà di Tommaso",
        "language": "it",
        "messages": [
            (
                "a",
                "📢 Gita di giovedì a {{BRAND:Leolandia}} - riepilogo\n"
                "partenza {{TIME:8:15}} dal parcheggio della piscina\n"
                "rientro {{TIME:17:30}} circa\n"
                "costo {{PRICE:18 €}} (ingresso + pullman), da versare entro martedì\n"
                "portare: cappellino, crema, borraccia, pranzo al sacco\n"
                "Per dubbi scrivete pure qui. Staff {{BRAND:Grillo}} 🦗",
            ),
            (
                "c",
                "Buonasera, [[P:Tommaso Bello]] del gruppo Gialli. Può venire anche il "
                "fratellino [[P:Leonardo]] che ha 5 anni se pago io l'ingresso? "
                "Lo accompagno io, sono il papà [[P:Fortunato]]",
            ),
            (
                "a",
                "Buonasera [[P:Fortunato]]! Purtroppo il pullman è pieno e i genitori non "
                "possono salire, per l'assicurazione. Mi spiace!",
            ),
            (
                "c",
                "Capisco. {{WORD:Perfetto}}, allora solo [[P:Tommaso]]. Pago in contanti giovedì?",
            ),
            (
                "a",
                "Meglio martedì al ritiro, in contanti o {{BRAND:Satispay}}. "
                "Per la ricevuta: [[P:Tommaso Bello]], CF [[CF:BLLTMS14A09L400N]], giusto?",
            ),
            ("c", "Giusto 👍"),
        ],
    },
    # --------------------------------------------------------- Disinfestazioni Gatto & Figli
    {
        "business": "gatto",
        "platform": "whatsapp",
        "customer": "Pizzeria Da Gennarino",
        "language": "it",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:gennaro esposito]] della pizzeria {{BRAND:da gennarino}} a "
                "[[L:fuorigrotta]] [[A:via leopardi 212]] vi scrivo col vocale che sto "
                "impastando mi serve il contratto per l haccp come l anno scorso con il "
                "vostro tecnico [[P:pasquale]] quello alto la disinfestazione ogni due mesi "
                "e le trappole per i topi nel deposito fatemi sapere il prezzo grazie",
            ),
            (
                "a",
                "Buongiorno [[P:Gennaro]]! Certo, le rinnoviamo il contratto HACCP alle stesse "
                "condizioni: 6 interventi l'anno + monitoraggio roditori con 8 postazioni, "
                "{{PRICE:480 € + IVA}} annui. Le serve la fattura sempre a nome della "
                "società o cambia qualcosa?\n[[P:Anna]] - amministrazione {{BRAND:Gatto & Figli}}",
            ),
            (
                "c",
                "si sempre la società ma adesso siamo srl non più sas la partita iva nuova è "
                "[[VAT:09361500631]] la pec è [[E:dagennarino.srl@pec.it]] il primo "
                "intervento lo potete fare lunedì mattina prima delle undici che poi "
                "arrivano i fornitori",
            ),
            (
                "a",
                "Aggiornato: {{BRAND:Da Gennarino}} S.r.l., P.IVA [[VAT:09361500631]]. "
                "Lunedì alle {{TIME:8:30}} passa [[P:Pasquale Iervolino]] con il collega "
                "[[P:Gigi Russo]]. Le mando il contratto in PDF da firmare.",
            ),
            ("c", "ok perfetto grazie [[P:anna]] ci vediamo lunedi"),
        ],
    },
    {
        "business": "gatto",
        "platform": "whatsapp",
        "customer": "Immacolata",
        "language": "it",
        "messages": [
            (
                "c",
                "Signò bongiorno, tengo 'e scarrafone dint' 'a cucina, so' arrivate "
                "dall'appartamento 'e sotto che stanno facenno 'e lavori. Nun ne pozzo cchiù. "
                "Quanto vulite pe' venì?",
            ),
            (
                "a",
                "Buongiorno signora! Per un appartamento il trattamento blatte con gel è "
                "{{PRICE:90 euro}}, più un ripasso gratuito dopo 15 giorni. Mi dice l'indirizzo "
                "e a che piano sta?",
            ),
            (
                "c",
                "[[A:Vico Lungo San Matteo 17, scala B, int. 5]], terzo piano senza "
                "ascensore, 'o cognome 'ncopp' 'o campanello è [[P:Ruocco]]. Io so' "
                "[[P:Immacolata]] ma tutti me chiammano [[P:Titina]]",
            ),
            (
                "a",
                "Grazie signora [[P:Titina]]! Le va bene {{DATE:mercoledì 9}} alle "
                "{{TIME:15}}? Viene [[P:Ciro]], mio figlio. Mi lascia un numero di telefono "
                "per quando arriva sotto il palazzo?",
            ),
            (
                "c",
                "'O nummero è chisto, [[T:081 5512 438]], se nun risponne chiammate a mia "
                "nipote [[P:Carmela]] [[T:329-118-7720]]. Grazie assaje, site n'angelo",
            ),
            (
                "a",
                "Segnato tutto. Mi raccomando: per due ore dopo il trattamento non lavi il "
                "pavimento della cucina 🙏 [[P:Ciro]] - {{BRAND:Gatto & Figli}}",
            ),
        ],
    },
    {
        "business": "gatto",
        "platform": "messenger",
        "customer": "Studio De Luca Amministrazioni",
        "language": "it",
        "messages": [
            (
                "c",
                "Oggetto: richiesta preventivo dissuasori piccioni - Condominio Parco "
                "Serena, [[A:via Campi Flegrei 44, 80078 Pozzuoli (NA)]]\n\n"
                "Spett.le Ditta,\n"
                "su mandato dell'assemblea del {{DATE:12/03}} u.s., si richiede preventivo per "
                "la fornitura e posa in opera di dissuasori ad aghi e reti anti-volatile "
                "sui cornicioni delle scale A, B e C (circa 140 m lineari).\n"
                "Il referente in loco è il consigliere sig. [[P:Vincenzo Porta]] (scala B, "
                "int. 9), [[T:+39 338 9014 562]].\n"
                "Si prega di indirizzare il preventivo a:\n"
                "Rag. [[P:Bruno De Luca]]\n"
                "c/o Studio [[P:De Luca]]\n"
                "[[A:Corso Vittorio Emanuele 508\n"
                "80121 Napoli]]\n"
                "[[E:studio.deluca.amministrazioni@gmail.com]]\n"
                "P.IVA [[VAT:01544320631]]",
            ),
            (
                "a",
                "Gentile Rag. [[P:De Luca]], grazie per la richiesta. Per un preventivo "
                "preciso dobbiamo fare un sopralluogo con la piattaforma aerea: può "
                "avvisare il sig. [[P:Porta]] che passeremo martedì mattina?\n"
                "Cordiali saluti\n[[P:Ciro Gatto]] - Disinfestazioni {{BRAND:Gatto & Figli}}",
            ),
            (
                "c",
                "Avvisato. Il sig. [[P:Porta]] sarà presente dalle {{TIME:9:00}}. "
                "Si rammenta che il Condominio ha codice fiscale proprio e la fattura non "
                "andrà intestata allo Studio.",
            ),
            (
                "a",
                "Sopralluogo fatto. Preventivo n. {{ORDER:PR-2026/118}}: "
                "{{PRICE:€ 4.350,00}} + IVA, piattaforma inclusa, garanzia 5 anni sulle reti. "
                "Ve lo inviamo in PDF alla mail dello studio.",
            ),
            ("c", "Ricevuto. Sarà sottoposto all'assemblea. Distinti saluti. [[P:B. De Luca]]"),
        ],
    },
    {
        "business": "gatto",
        "platform": "whatsapp",
        "customer": "Raffaele D'Amico",
        "language": "it",
        "messages": [
            (
                "c",
                "HO PRESO UN GIORNO DI FERIE PER ASPETTARE IL VOSTRO TECNICO. SONO LE 13 E "
                "NON SI È VISTO NESSUNO. NESSUNO RISPONDE AL TELEFONO. VERGOGNA",
            ),
            (
                "a",
                "Buongiorno signor [[P:D'Amico]], mi dispiace moltissimo. Il furgone di "
                "[[P:Pasquale]] ha forato sulla tangenziale stamattina e abbiamo "
                "avvisato tutti i clienti… ma il suo numero in scheda era sbagliato, "
                "mancava una cifra. Ci può confermare il numero?",
            ),
            (
                "c",
                "[[T:3405570218]]. E comunque potevate scrivere qui. CHI MI PAGA LA GIORNATA?",
            ),
            (
                "a",
                "Ha ragione, dovevamo scrivere qui. Il trattamento zanzare in giardino "
                "glielo facciamo domani alle {{TIME:18}} senza costo, e il ripasso di "
                "{{DATE:agosto}} è incluso. Va bene [[A:via Cupa Santa Cesarea 3]], "
                "[[L:Marano]]?",
            ),
            ("c", "va bene. ma alle 18 in punto"),
            ("a", "In punto. [[P:Ciro]]"),
        ],
    },
    {
        "business": "gatto",
        "platform": "instagram",
        "customer": "m.c.",
        "language": "it",
        "messages": [
            (
                "c",
                "ciao scusate ma è una cosa un po imbarazzante 😳 siamo tornati da un viaggio "
                "e credo di avere le cimici dei letti. è possibile che venite senza scritte "
                "sul furgone? abito in un condominio e non voglio che si sappia",
            ),
            (
                "a",
                "Ciao! Nessun imbarazzo, capita a tantissimi dopo un viaggio, anche negli "
                "alberghi migliori. Veniamo con un'auto normale senza logo. Il trattamento a "
                "vapore + insetticida costa {{PRICE:220 €}} per una camera. In che zona sei?",
            ),
            (
                "c",
                "[[L:tavernanova]], frazione di [[L:casalnuovo]]. [[A:via s. maria a pugliano 88]]",
            ),
            (
                "a",
                "Perfetto, zona nostra. Ti serve un nome per l'appuntamento, non per forza "
                "il tuo sul campanello 🙂",
            ),
            (
                "c",
                "metti [[P:martina]] [[T:+39 366 402 8815]]. e grazie davvero 🙏 una curiosità, "
                "i vestiti li devo lavare tutti??",
            ),
            (
                "a",
                "Sì, a 60 gradi o in asciugatrice mezz'ora, poi in buste chiuse. Ti mando "
                "la lista delle cose da fare prima. A giovedì, [[P:Martina]]! 🐞",
            ),
        ],
    },
    {
        "business": "gatto",
        "platform": "whatsapp",
        "customer": "B&B Il Limoneto",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Gioia]] del B&B sopra [[L:Meta di Sorrento]]. Devo saldare "
                "l'intervento di ieri, [[P:Pasquale]] mi ha detto che posso pagare con carta. "
                "Vi scrivo i dati: [[CC:4532 6440 5733 4777]] scad 09/28",
            ),
            (
                "a",
                "Buongiorno [[P:Gioia]]! Ferma, per favore non ci scriva i dati della carta in "
                "chat: non è sicuro e noi non li possiamo usare così. Le mando un link di "
                "pagamento {{BRAND:SumUp}} da {{PRICE:150 €}}, oppure bonifico. "
                "Cancelli pure il messaggio di prima.",
            ),
            ("c", "Oddio che sciocca, cancellato. Mandi il link"),
            (
                "a",
                "Ecco il link, scade tra 24 ore. Per la fattura sempre [[P:Gioia Cuomo]], "
                "P.IVA [[VAT:07218440167]]?",
            ),
            (
                "c",
                "No aspetti, la P.IVA è [[VAT:05829100873]], quella è del vecchio gestore. "
                "Indirizzo della struttura [[A:località Alberi 29, 80062 Meta (NA)]]",
            ),
            ("a", "Corretto! Pagamento ricevuto, grazie. [[P:Anna]]"),
        ],
    },
    # ------------------------------------------------------------- Harbour Lane Self Storage
    {
        "business": "harbour",
        "platform": "messenger",
        "customer": "Ciarán Ó Briain",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi there, I'm heading to [[L:Vancouver]] for a year in September and need to "
                "put the contents of a 2-bed apartment somewhere. What size would ye "
                "recommend and is there a discount for 12 months?",
            ),
            (
                "a",
                "Hi, thanks for getting in touch! For a 2-bed we'd usually say a 75 sq ft "
                "unit ({{PRODUCT:Medium Plus}}), {{PRICE:€139/month}}, and 12 months paid "
                "upfront gets 15% off. Do you have bulky bits like a piano or a big "
                "wardrobe?\n[[P:Niamh]] @ {{BRAND:Harbour Lane}}",
            ),
            (
                "c",
                "No piano thank god 😂 a big oak dresser that was my nan's, and a bike. "
                "{{PRODUCT:Medium Plus}} sounds grand. Name's [[P:Ciarán Ó Briain]], current "
                "address "
                "[[A:14 Ballinlough Road, Ballintemple, Cork T12 X5P8]]",
            ),
            (
                "a",
                "Grand so, [[P:Ciarán]]! I've reserved unit {{CODE:B-214}} for you from "
                "{{DATE:1 September}}. To confirm the booking we take the first month by "
                "card over the phone or through the link I'll send you; please don't type "
                "card numbers in here.",
            ),
            (
                "c",
                "Sound. My brother [[P:Fiachra]] will have the access code while I'm away, "
                "he's the one who'll be in and out. His number is [[T:086 412 7730]]. "
                "Can he be added as an authorised user?",
            ),
            (
                "a",
                "Yes, no bother. He just needs to bring photo ID the first time he comes in. "
                "I've added [[P:Fiachra Ó Briain]] to the unit. Safe travels! - [[P:Niamh]]",
            ),
        ],
    },
    {
        "business": "harbour",
        "platform": "messenger",
        "customer": "Geoffrey Whitfield",
        "language": "en",
        "messages": [
            (
                "c",
                "I sent the following by e-mail a week ago and have had no reply, so I am "
                "pasting it here.\n\n"
                "From: [[P:Geoffrey Whitfield]] <[[E:g.whitfield@btinternet.com]]>\n"
                "Sent: {{DATE:Tuesday, 3 March 2026}} 09:14\n"
                "To: [[E:info@harbourlanestorage.ie]]\n"
                "Subject: Unit {{CODE:A-032}} - incorrect invoice {{ORDER:HL-INV-55871}}\n\n"
                "Dear Sir or Madam,\n"
                "Invoice {{ORDER:HL-INV-55871}} charges me for insurance cover of "
                "{{PRICE:€5,000}}, whereas I declined insurance in writing on signing, as "
                "my goods are covered by my own household policy ({{BRAND:Aviva}}, policy holder "
                "Mrs [[P:Penelope Whitfield]]).\n"
                "I should be grateful if you would issue a corrected invoice and refund "
                "the difference of {{PRICE:€72.00}} to the account from which I pay:\n"
                "[[IBAN:GB91 BARC 2071 4583 9201 74]]\n\n"
                "Yours faithfully,\n"
                "[[P:G. R. Whitfield]]\n"
                "[[A:The Old Rectory, Church Lane, Kinsale, Co. Cork P17 KD60]]\n"
                "Tel: [[T:+44 (0)1326 552 019]] (UK) | Mobile: [[T:+353 (0)85 190 4412]]",
            ),
            (
                "a",
                "Dear Mr [[P:Whitfield]],\n"
                "My apologies, your e-mail went into our spam folder, which is no excuse. "
                "You're quite right: the waiver is on file. A corrected invoice "
                "({{ORDER:HL-INV-55871-R}}) is attached and the refund of {{PRICE:€72.00}} "
                "will reach your account within 5 working days.\n"
                "Kind regards,\n"
                "[[P:Declan O'Sullivan]]\n"
                "Site Manager, {{BRAND:Harbour Lane Self Storage}}",
            ),
            (
                "c",
                "Thank you, Mr [[P:O'Sullivan]]. I note the refund is to be made in euro "
                "to a sterling account; I trust any charges will be borne by you.",
            ),
            ("a", "They will, of course. - [[P:D. O'Sullivan]]"),
            ("c", "Much obliged."),
        ],
    },
    {
        "business": "harbour",
        "platform": "whatsapp",
        "customer": "Vale",
        "language": "en",
        "messages": [
            (
                "c",
                "Hiya! Sono [[P:Valentina]], unit {{CODE:C-108}}. Sorry my English is not "
                "perfect when I'm tired 😅 I am going back to Italy for good, devo "
                "svuotare il box before end of the month",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! No worries at all. Just give us 14 days' notice in "
                "writing (here is fine) and the deposit of {{PRICE:€100}} comes back once "
                "the unit is empty and swept. Which date are you moving out?",
            ),
            (
                "c",
                "{{DATE:28 of March}}. For the deposit, can you send it to my Irish account? "
                "I close it only in April. [[IBAN:IE39 AIBK 9310 4712 6380 19]], name "
                "[[P:Valentina Di Stefano]]",
            ),
            (
                "a",
                "Perfect, noted: notice received today, move-out {{DATE:28 March}}, refund to "
                "the AIB account in your name. Do you need the van? It's free for customers "
                "on weekday mornings.",
            ),
            (
                "c",
                "Yes pleaseee. My friend [[P:Hope]] helps me, she drives. Also my new "
                "address in Italy for any letter: [[A:via Roma 52, 90014 Casteldaccia "
                "(PA)]], c/o [[P:Di Stefano]]",
            ),
            (
                "a",
                "Van booked for {{DATE:Thursday 26th}}, {{TIME:9am}}. Say hi to "
                "[[P:Hope]] for us! In bocca al lupo for the move 🍀 - HLSS Team",
            ),
            ("c", "Crepi! Thank youuu 🥹"),
        ],
    },
    {
        "business": "harbour",
        "platform": "messenger",
        "customer": "Orla Nolan",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi, the customer portal won't let me log in to pay my bill, it says "
                '"Too many attempts from [[IP:86.44.197.23]], try again in 24h". I only '
                "tried twice?? My login is [[E:orla.nolan87@gmail.com]]",
            ),
            (
                "a",
                "Hi [[P:Orla]], sorry about that! That address is probably shared by "
                "your broadband provider, so other people's attempts count too. I've "
                "unblocked it. Could you try again now at "
                "[[URL:https://portal.harbourlanestorage.ie/account/orla-nolan-a117]]?",
            ),
            (
                "c",
                "That link has my name in it?? bit weird tbh. Anyway, logged in now, "
                "paid {{PRICE:€89}}. Receipt {{ORDER:RCPT-20931}}",
            ),
            (
                "a",
                "Fair point, I'll pass that on to the people who built the portal. "
                "Payment received, thanks [[P:Orla]]! - [[P:Sinéad]]",
            ),
        ],
    },
    {
        "business": "harbour",
        "platform": "messenger",
        "customer": "Kevin Moore",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello, my mother [[P:Bernadette Moore]] has a unit with you since 2019. "
                "She's gone into a nursing home in [[L:Douglas]] and can't manage her "
                "affairs any more. I have enduring power of attorney. What do I need to "
                "take over the account?",
            ),
            (
                "a",
                "Hi [[P:Kevin]], I'm sorry to hear about your mam. We'll need a copy of the "
                "registered EPA and your photo ID. You can e-mail them to "
                "[[E:accounts@harbourlanestorage.ie]] or drop them in. Then we'll move the "
                "account into your name.",
            ),
            (
                "c",
                "Thanks. The solicitor, [[P:Mark Cook]] of [[P:Cook]] & [[P:Lyons]], will send "
                "the EPA directly. My details: [[P:Kevin J. Moore]], [[A:Apt 6, Lapps Quay "
                "House, Lapps Quay, Cork]], [[T:(021) 496 3308]]",
            ),
            (
                "a",
                "Perfect. Once we have it from Mr [[P:Cook]] we'll send you the new "
                "contract. Your mum's unit is {{CODE:A-011}}, paid until {{DATE:30 April}}.",
            ),
            (
                "c",
                "Much appreciated. There's a box of her letters from my dad [[P:Jack]] in "
                "there, she keeps asking for them, I'll come Saturday.",
            ),
            (
                "a",
                "Saturday's fine, we're open {{TIME:9-1}}. I'll leave a trolley by the door "
                "for you. Take care, [[P:Declan]]",
            ),
        ],
    },
    {
        "business": "harbour",
        "platform": "whatsapp",
        "customer": "Jacko 🦘",
        "language": "en",
        "messages": [
            (
                "c",
                "g'day, do youse do lockers? just need somewhere for a backpack and a "
                "surfboard for like 3 weeks while i do the wild atlantic way",
            ),
            (
                "a",
                "Hi! We don't have lockers but our smallest unit (15 sq ft) is "
                "{{PRICE:€12/week}}, a board fits diagonally. Minimum 2 weeks.",
            ),
            ("c", "heaps good. reckon i can drop it this arvo?"),
            ("a", "Sure, till 6. What name will I put on it?"),
            (
                "c",
                "[[P:jack mcgrath]], aussie mobile [[T:+61 412 883 059]], or find me on "
                "insta [[H:@jacko.surfs.oz]] lol. im from [[L:byron bay]]",
            ),
            ("a", "Sorted, [[P:Jack]], see you later! Bring ID. 🤙"),
            ("c", "legend"),
        ],
    },
    # ------------------------------------------------------------- Pawprint Portraits Studio
    {
        "business": "pawprint",
        "platform": "instagram",
        "customer": "june.abernathy",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello. We lost our beagle Biscuit last month after 14 years and my "
                "daughter showed me your page. Your paintings are beautiful. Could you do "
                "one from an old photo? It's a little blurry.",
            ),
            (
                "a",
                "Hi [[P:June]], I'm so sorry about Biscuit. 14 years is a whole chapter of a "
                "family. Yes, blurry photos are usually fine, I paint from 2-3 pictures "
                "together. The {{PRODUCT:Classic 11x14}} is {{PRICE:$245}}, framed "
                "{{PRICE:$310}}. Would you like a name or a short line at the bottom?\n"
                "[[P:Hope]] 🐾",
            ),
            (
                "c",
                "Yes please, framed. Could it say:\n"
                "Rest easy, Biscuit\n"
                "love, [[P:June]] & [[P:Walt]]\n"
                "[[P:Walt]] is my husband. He pretends he doesn't cry about it.",
            ),
            (
                "a",
                "That's lovely, of course. I'll send you a proof of the lettering before "
                "it's varnished. Where should it ship?",
            ),
            (
                "c",
                "[[P:June Abernathy]]\n"
                "[[A:2217 Sweeten Creek Rd, Apt 4B\n"
                "Asheville, NC 28803]]\n"
                "Phone [[T:828-274-0197]] if the mailman needs it. Thank you, [[P:Hope]]. "
                "What a fitting name you have.",
            ),
            (
                "a",
                "You're very kind 💛 Order {{ORDER:PP-10482}} is in the queue, about "
                "{{DATE:3 weeks}}. I'll message you here with the proof.",
            ),
        ],
    },
    {
        "business": "pawprint",
        "platform": "instagram",
        "customer": "kay.dn_",
        "language": "en",
        "messages": [
            (
                "c",
                "hiii ok so my moms bday is in like 2 weeks and she is OBSESSED w our cat "
                "lowkey more than me lol. can u do a portrait that fast??",
            ),
            (
                "a",
                "Hi! 2 weeks is tight for a painted one, but our {{PRODUCT:Digital Sketch}} "
                "(printed on 8x10 paper) is ready in 5 days, {{PRICE:$65}}. Want that?",
            ),
            ("c", "omg yes thats perfect fr"),
            (
                "c",
                "can it say happy birthday [[P:chelsea]] 🐱 from [[P:kayden]] and mr "
                "whiskers... jk mr whiskers is the cat. just from [[P:kayden]]",
            ),
            (
                "a",
                'Haha noted: "Happy birthday [[P:Chelsea]] 🐱 from [[P:Kayden]]" (no Mr '
                "Whiskers, he'll be in the picture anyway 😄). Do you have a card or "
                "{{BRAND:PayPal}}?",
            ),
            (
                "c",
                "paypal is my dads, [[E:d.ramirez.tx@yahoo.com]], he said its fine. "
                "ngl ur the best",
            ),
            ("a", "Invoice sent to your dad's PayPal! - [[P:Rich]] (studio assistant)"),
            ("c", "ty!! tag me when u post it, im [[H:@kay.dn_]] 🫶"),
        ],
    },
    {
        "business": "pawprint",
        "platform": "messenger",
        "customer": "Grace Liu",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi! Order {{ORDER:PP-10377}}. I'm going to be traveling when it arrives, "
                "could you ship it to my sister instead? Same city.",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Sure, it hasn't left yet. What's the new address?",
            ),
            (
                "c",
                "c/o [[P:Amanda Reyes]], [[A:4410 Duval St, Unit 12, Austin, TX 78751]]. "
                "Her cell "
                "is [[T:(512) 834-2291]]. She works from home so someone will be there.",
            ),
            (
                "a",
                "Updated, it goes out tomorrow with {{BRAND:UPS}}. Tracking: "
                "{{TRACKING:1Z 4F7 829 03 5571 2086}}. I put [[P:Amanda]]'s number on the "
                "label so the driver can call.",
            ),
            (
                "c",
                "Thank you!! Oh and my email changed, the old one bounced: it's now "
                "[[E:grace dot liu dot designs at proton dot me]]",
            ),
            (
                "a",
                "Got it, updated to [[E:grace.liu.designs@proton.me]]. Safe travels! "
                "- the {{BRAND:Pawprint}} team",
            ),
            (
                "c",
                "---------- Forwarded message ---------\n"
                "From: {{BRAND:UPS}} <[[E:pkginfo@ups.com]]>\n"
                "Subject: UPS Update: Package Delivered\n\n"
                "Your package was delivered.\n"
                "Tracking Number: {{TRACKING:1Z 4F7 829 03 5571 2086}}\n"
                "Delivered To: [[L:AUSTIN]], TX, US\n"
                "Left At: Front Door\n"
                "Received By: [[P:REYES]]\n\n"
                "It's there!! [[P:Amanda]] says it's even prettier in person 😍 thank you!!",
            ),
            ("a", "Yay! So happy it arrived safe. Enjoy it, [[P:Grace]]! 🐶🎨"),
        ],
    },
    {
        "business": "pawprint",
        "platform": "instagram",
        "customer": "Rafaela Souza",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello good afternoon. I make the order yesterday of the portrait of my two "
                "dogs but the payment not pass, the site say error. I try 3 times.",
            ),
            (
                "a",
                "Hi [[P:Rafaela]], thanks for telling us! What does the error say exactly? "
                "A screenshot is perfect.",
            ),
            (
                "c",
                'It say "Payment declined - risk check failed for [[IP:73.162.48.209]]". '
                "My card is [[CC:5412-9193-5913-2141]], is a Brazilian bank maybe is this "
                "the problem?",
            ),
            (
                "a",
                "Please don't send card numbers here, for your safety! 🙏 Please delete that "
                "message. It's very likely the foreign card: our processor blocks many "
                "non-US cards. I can send you a {{BRAND:PayPal}} or {{BRAND:Zelle}} "
                "request instead.",
            ),
            (
                "c",
                "Ah ok sorry!! Deleted. {{BRAND:Zelle}} is good, my husband [[P:Thiago]] have it, "
                "his phone [[T:+1 973-289-0148]]. We live in [[L:Newark]], the portrait "
                "is for our apartment here",
            ),
            (
                "a",
                "Perfect, Zelle request sent to [[P:Thiago]]'s number for {{PRICE:$395}} "
                "({{PRODUCT:Double Pet 16x20}}). As soon as it's paid we start! - "
                "[[P:Rich]]",
            ),
            ("c", "Obrigada! I mean thank you 😄"),
        ],
    },
    {
        "business": "pawprint",
        "platform": "instagram",
        "customer": "trish_kowalski_1961",
        "language": "en",
        "messages": [
            (
                "c",
                'I JUST OPENED MY PORTRAIT AND THE PLAQUE SAYS "FROM [[P:DELORES]] & '
                '[[P:BILL]]". MY NAME IS [[P:DOLORES]]. WITH AN O. I SPELLED IT OUT FOR '
                "YOU IN THE ORDER FORM. THIS WAS A GIFT FOR MY MOTHER'S 90TH AND NOW I "
                "CAN'T GIVE IT TO HER!!!",
            ),
            (
                "a",
                "Hi, I'm so sorry. You're right, the form says [[P:Dolores]] and we got it "
                "wrong. The plaque is a separate brass piece: I'll engrave a new one today "
                "and overnight it to you free of charge, it just slides into the frame. "
                "Can I check the shipping address is still the one on order "
                "{{ORDER:PP-10291}}?",
            ),
            (
                "c",
                "YES. [[A:88 Maple Ridge Dr]], [[L:Parma]] Ohio. THE PARTY IS SATURDAY.",
            ),
            (
                "a",
                "It will be there Thursday by {{TIME:10:30 AM}} with {{BRAND:FedEx}} "
                "Priority Overnight, tracking {{TRACKING:7798 4410 2635}}. Again, my "
                "apologies, [[P:Dolores]]. - [[P:Hope Lindqvist]], owner",
            ),
            ("c", "ok. thank you for fixing it fast. my mother [[P:Irene]] will love it."),
        ],
    },
    {
        "business": "pawprint",
        "platform": "messenger",
        "customer": "Will Baker",
        "language": "en",
        "messages": [
            (
                "c",
                "Good morning,\n\n"
                "I would like to purchase a gift certificate in the amount of "
                "{{PRICE:$250.00}} for a colleague who is retiring. Please make it out to "
                "[[P:Bill Fisher]] and deliver it electronically to "
                "[[E:bfisher1958@comcast.net]] on {{DATE:April 17}}, not before, as it is "
                "a surprise.\n\n"
                "Best regards,\n\n"
                "[[P:William T. Baker]], CPA\n"
                "Partner | [[P:Baker]], [[P:Smith]] & [[P:Gould]] LLP\n"
                "[[A:1200 Superior Ave, Suite 410, Cleveland, OH 44114]]\n"
                "O: [[T:216.781.4420]] | C: [[T:216.906.3318]]\n"
                "[[URL:www.linkedin.com/in/william-baker-cpa-cle]]",
            ),
            (
                "a",
                "Good morning Mr [[P:Baker]], what a nice idea! The certificate is "
                "scheduled for {{DATE:April 17}}, {{TIME:8:00 AM}} Eastern, to "
                "[[P:Bill]]'s email. Would you like a message on it?",
            ),
            (
                "c",
                'Yes: "Enjoy the retirement, [[P:Bill]] - paint that old mutt of yours. '
                'From all of us on the 4th floor." Please sign it "[[P:Will]]", '
                "not [[P:William]].",
            ),
            (
                "a",
                "Done. You can pay securely here: "
                "[[URL:https://pawprintportraits.studio/pay/gc-55190?n=wbaker]] "
                "(the link expires in 48 hours). Thank you, [[P:Will]]! - [[P:Hope]]",
            ),
            ("c", "Paid. Thank you for your assistance."),
        ],
    },
    # ------------------------------------------------------------------- Cucina di Nonna Ebe
    {
        "business": "nonnaebe",
        "platform": "whatsapp",
        "customer": "Jennifer",
        "language": "it",
        "messages": [
            (
                "c",
                "Buongiorno! Io sono [[P:Jennifer]], noi siamo due persone di [[L:Ohio]]. "
                "Noi volere fare la classe di pasta fresca il giorno {{DATE:14 maggio}}. "
                "Mio marito [[P:Rick]] non può mangiare il glutine, è possibile? Grazie!!",
            ),
            (
                "a",
                "Buongiorno [[P:Jennifer]]! Sì, è possibile 🙂 Per [[P:Rick]] facciamo la "
                "pasta senza glutine con farina di riso e mais, su un tavolo separato. "
                "La classe del {{DATE:14 maggio}} comincia alle {{TIME:10:00}} e finisce "
                "con il pranzo. {{PRICE:95 €}} a persona.\n"
                "(If it's easier, we can write in English!) [[P:Lucia]]",
            ),
            (
                "c",
                "Grazie [[P:Lucia]]! Io provo italiano, è buono per me 😅 Noi dormiamo in "
                "[[A:via dei Serragli 36]], appartamento di Airbnb. È lontano?",
                "it",
            ),
            (
                "a",
                "No, è vicinissimo! Dieci minuti a piedi, siamo in Oltrarno anche noi. "
                "Per confermare serve un acconto di {{PRICE:50 €}}: vi mando il link di "
                "pagamento qui.",
            ),
            (
                "c",
                "{{WORD:Perfetto}}. Pagato! Il mio cognome è [[P:Kowalczyk]], difficile, scusa 😂 "
                "Email per ricevuta: [[E:jen.kowalczyk@outlook.com]]",
            ),
            (
                "a",
                "Ricevuto, grazie! Prenotazione {{ORDER:NE-0514-02}}. A presto, e la nonna "
                "[[P:Ebe]] dice che la pasta senza glutine la fa lei personalmente 👵🏻",
            ),
        ],
    },
    {
        "business": "nonnaebe",
        "platform": "telegram",
        "customer": "Sienna H",
        "language": "en",
        "messages": [
            (
                "c",
                "Hiya! Booking enquiry for a hen's do 🥂 there's 9 of us flying in from "
                "[[L:Perth]] in June. The bride is [[P:Lourdes]], she's obsessed with "
                "Italian food so this would be heaps special. Do you do private classes?",
            ),
            (
                "a",
                "Ciao! How fun 🎉 Yes, private classes are from 8 people, "
                "{{PRICE:€110}} per person with lunch and wine. Which day were you thinking?",
            ),
            (
                "c",
                "Saturday {{DATE:20 June}} if possible! Here's the list with dietaries so you "
                "have it:\n\n"
                "NAME | DIETARY\n"
                "[[P:Lourdes Navarro]] (bride!!) | none\n"
                "[[P:Sienna Hartley]] (me) | vegetarian\n"
                "[[P:Tahlia Brooks]] | none\n"
                "[[P:Mel O'Connell]] | no seafood\n"
                "[[P:Priya Raman]] | vegetarian\n"
                "[[P:Jess Van der Berg]] | lactose intolerant\n"
                "[[P:Kirra Williams]] | none\n"
                "[[P:Bec]] (surname [[P:Tran]]) | none\n"
                "[[P:Georgie Lamb]] | pregnant 🤰 no alcohol / soft cheese",
            ),
            (
                "a",
                "Thank you [[P:Sienna]], super clear! All doable: we'll do a veggie ragù, "
                "a lactose-free tiramisù for [[P:Jess]] and a mocktail for [[P:Georgie]]. "
                "To hold {{DATE:20 June}} we take a 30% deposit ({{PRICE:€297}}).",
            ),
            (
                "c",
                "Legend! Can you send an invoice to my work email? "
                "[[E:sienna.hartley@wattlecreekdental.com.au]] and mobile is "
                "[[T:0423 557 190]] (from Italy it's [[T:+61 423 557 190]] I think?)",
            ),
            (
                "a",
                "Exactly, +61 and drop the 0. Invoice {{ORDER:NE-INV-0620}} sent! "
                "Please don't tell [[P:Lourdes]] we're making her an apron with "
                '"[[P:Lourdes]] - Chef for a day" on it 🤫 - [[P:Lucia]] & [[P:Tommaso]]',
            ),
            ("c", "OMG she'll cry. You guys are ace 😭💕"),
        ],
    },
    {
        "business": "nonnaebe",
        "platform": "instagram",
        "customer": "ffion.and.gareth",
        "language": "en",
        "messages": [
            (
                "c",
                "Hello! We're on honeymoon in Florence next month 💍 and would love to do "
                "your evening class on {{DATE:Wed 10th}}. One of us is coeliac "
                "([[P:Gareth]]) - is that ok?",
            ),
            (
                "a",
                "Congratulations! 🥂 Yes, we cook gluten-free regularly. The evening class "
                "is {{TIME:6.30pm}}-{{TIME:10pm}}, {{PRICE:€120}} pp. May I have your "
                "names for the booking?",
            ),
            (
                "c",
                "[[P:Ffion]] and [[P:Gareth Pritchard]] (well, [[P:Ffion Pritchard]] now, "
                "still getting used to it! It was [[P:Ffion Morgan]] 😄). We're from "
                "[[L:Pontcanna]] in [[L:Cardiff]].",
            ),
            (
                "a",
                "Lovely! Booked for {{DATE:Wednesday 10 June}}. Do you need a pick-up? "
                "We collect guests staying in the centro storico.",
            ),
            (
                "c",
                "Yes please! We're staying [[A:c/o Hotel Porta Rossa, Via Porta Rossa 19]]. "
                "My number is [[T:07700 914 352]] (UK). Diolch! That's thank you in Welsh 😊",
            ),
            (
                "a",
                "Diolch to you! Our driver [[P:Sandro]] will be in the lobby at "
                "{{TIME:6.15pm}}. Confirmation {{ORDER:NE-0610-11}}. Staff {{BRAND:Nonna Ebe}}",
            ),
        ],
    },
    {
        "business": "nonnaebe",
        "platform": "whatsapp",
        "customer": "Jürgen",
        "language": "en",
        "messages": [
            (
                "c",
                "Good evening. Unfortunately I must cancel our booking for tomorrow, my "
                "wife [[P:Ulrike]] is ill since two days with fever. Booking is on name "
                "[[P:Koch]], 2 persons. Is it possible to get back the money? I know it is "
                "short notice.",
            ),
            (
                "a",
                "Dear Mr [[P:Koch]], I'm sorry to hear that, I hope [[P:Ulrike]] feels "
                "better soon. With a doctor's note we refund 100% even at short notice. "
                "Did you see a doctor here in Florence?",
            ),
            (
                "c",
                "Yes, the hotel called a doctor, Dott. [[P:Guidotti]]. I send you the "
                "paper as photo. For the refund, my account:\n"
                "[[P:Jürgen Koch]]\n"
                "IBAN [[IBAN:DE44 5001 0517 5407 3249 31]]\n"
                "Bank: {{BRAND:ING}}\n"
                "Thank you very much for your understanding.",
            ),
            (
                "a",
                "Received, thank you. The refund of {{PRICE:€190}} will be on your account "
                "in 3-5 working days. If you come back to Florence, write to us! 🙂 "
                "[[P:Lucia Benvenuti]]",
            ),
            (
                "c",
                "Very kind. Greetings from [[L:Freiburg]] in a few days. [[P:J. Koch]]",
            ),
        ],
    },
    {
        "business": "nonnaebe",
        "platform": "messenger",
        "customer": "Marisol at Bellweather Journeys",
        "language": "en",
        "messages": [
            (
                "c",
                "Hi there, this is [[P:Marisol Vega]] with {{BRAND:Bellweather Journeys}} in "
                "[[L:Scottsdale]]. I have a family of 5 clients in Florence the week of "
                "{{DATE:Sept 7}} who would like a private pizza & gelato class for the kids. "
                "Lead traveler: Dr. [[P:Florence Ferrari]]. Yes, she's heard every joke 🙂",
            ),
            (
                "a",
                "Hi [[P:Marisol]]! Ha, [[P:Florence]] in Florence, we love it. A family "
                "pizza & gelato class is {{PRICE:€85}} per adult, {{PRICE:€55}} per child "
                "under 12. Could you send the guests' names and ages?",
            ),
            (
                "c",
                "Sure:\n"
                "1. Dr. [[P:Florence Ferrari]] - adult\n"
                "2. [[P:Mark Armani]] - adult (husband)\n"
                "3. [[P:Sofia]] - 11\n"
                "4. [[P:Luca]] - 9\n"
                "5. [[P:June]] - 6\n"
                "They're at [[A:Palazzo Guadagni, Piazza Santo Spirito 9]]. "
                "Dr. [[P:Ferrari]]'s cell while traveling: [[T:+1 (480) 216-7753]].",
            ),
            (
                "a",
                "Perfect, {{DATE:Tuesday Sept 8}} at {{TIME:4 pm}} works. Total "
                "{{PRICE:€330}}. You can pay by card through our payment link, or bank "
                "transfer to IBAN [[IBAN:IT23K0200816203000104859217]].",
            ),
            (
                "c",
                "Please just charge our agency card: [[CC:3782 397635 98743]], exp 11/27, "
                "name on card [[P:Marisol E. Vega]].",
            ),
            (
                "a",
                "Charged, receipt {{ORDER:NE-0908-04}} sent to you. For next time, please "
                "use the payment link instead of sending card details here, it's safer "
                "for everyone 🙏 - [[P:Tommaso]]",
            ),
        ],
    },
    {
        "business": "nonnaebe",
        "platform": "whatsapp",
        "customer": "Mairéad",
        "language": "en",
        "messages": [
            (
                "c",
                "Grazie mille [[P:Lucia]]!!! You're a star. Best day of the whole trip, "
                "[[P:Paddy]] hasn't stopped talking about the ravioli 😂",
            ),
            (
                "c",
                "Could you send on the recipe for the ragù? And tell Nonna [[P:Ebe]] she's "
                "a legend, I'll never look at a jar of {{BRAND:Dolmio}} again",
            ),
            (
                "a",
                "Grazie a voi, [[P:Mairéad]]! 😊 Recipe attached (in English, with the "
                'nonna\'s "secret" of the half glass of milk). She says ciao to you both '
                "and to come back soon!",
            ),
            (
                "c",
                "We will!! And if you're ever in [[L:Galway]] you've a bed in [[L:Salthill]] "
                "any time, I mean it. [[E:mairead.flanagan@eircom.net]] if you want to "
                "stay in touch ☘️",
            ),
            ("a", "Deal! Un abbraccio 💚"),
        ],
    },
    {
        "business": "nonnaebe",
        "platform": "telegram",
        "customer": "Lorenzo Bandinelli",
        "language": "it",
        "messages": [
            (
                "c",
                "Inoltrato da [[P:Chiara Bandinelli]]:\n"
                '"[[P:Lore]] ma il regalo per i 40 anni di mamma e babbo lo facciamo o no?? Ho '
                "visto quella cucina in Oltrarno, {{BRAND:Nonna Ebe}}, fanno i buoni regalo. "
                "Pensaci tu "
                'che io sono a [[L:Bologna]] fino a domenica"',
            ),
            (
                "c",
                "Ciao, come vede mia sorella mi ha delegato 😄 Vorremmo un buono regalo per "
                "due persone per i 40 anni di matrimonio dei nostri genitori, [[P:Sergio]] "
                "e [[P:Marisa]]. Si può scrivere una dedica?",
            ),
            (
                "a",
                "Buongiorno [[P:Lorenzo]], che bel regalo! Certo: il buono è valido un anno, "
                "{{PRICE:190 €}} per due persone, e la dedica la scrive a mano la nonna. "
                "Cosa vuole che ci sia scritto?",
            ),
            (
                "c",
                '"A [[P:Sergio]] e [[P:Marisa]], 40 anni insieme e ancora da imparare. '
                'Con affetto, [[P:Lorenzo]] e [[P:Chiara]]". Se possibile spedito a casa loro '
                "a [[L:Vingone]], [[A:via di Rinaldi 14, 50018 Scandicci]], che è una sorpresa.",
            ),
            (
                "a",
                "Bellissimo. Per il pagamento bonifico a [[IBAN:IT75M0301503200000003517004]] "
                "({{BRAND:Cucina di Nonna Ebe}} di [[P:Benvenuti Lucia]]) con causale "
                '"buono {{CODE:GB-2026-087}}", poi spediamo con posta prioritaria.',
            ),
            (
                "c",
                "Fatto ora, il bonifico parte dal conto cointestato con mia moglie "
                "[[P:Irene Fabbri]]. Grazie mille e saluti alla nonna!",
            ),
            ("a", "Ricevuto! Il buono parte domani 💌 [[P:Tommaso]]"),
        ],
    },
]
# --- end of conversations ---

_MARKUP = re.compile(
    r"\[\[(?P<entity>[A-Z]+):(?P<evalue>.+?)\]\]|\{\{(?P<keep>[A-Z]+):(?P<kvalue>.+?)\}\}",
    re.DOTALL,
)
_START = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)


def strip_markup(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """The plain text of a marked-up message, its entity spans and its keep spans."""
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    length = 0
    cursor = 0
    for match in _MARKUP.finditer(marked):
        before = marked[cursor : match.start()]
        if "[[" in before or "{{" in before or "]]" in before or "}}" in before:
            raise ValueError(f"broken markup before {match.group(0)!r}")
        parts.append(before)
        length += len(before)
        if match.group("entity"):
            code, value = match.group("entity"), match.group("evalue")
            if code not in ENTITY_CODES:
                raise ValueError(f"unknown entity code {code!r}")
            target, kind = entities, ENTITY_CODES[code]
        else:
            kind, value = match.group("keep"), match.group("kvalue")
            if kind not in KEEP_KINDS:
                raise ValueError(f"unknown keep kind {kind!r}")
            target = keep
        if value != value.strip():
            raise ValueError(f"span with outer whitespace: {value!r}")
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        parts.append(value)
        length += len(value)
        cursor = match.end()
    rest = marked[cursor:]
    if "[[" in rest or "{{" in rest or "]]" in rest or "}}" in rest:
        raise ValueError(f"broken markup in {rest!r}")
    parts.append(rest)
    return "".join(parts), entities, keep


def build_records() -> list[dict[str, Any]]:
    """Every message as a labelled record (the format ``privacy.evaluate.load_dataset`` reads)."""
    records = []
    for number, conversation in enumerate(CONVERSATIONS, start=1):
        business = BUSINESSES[conversation["business"]]
        page_id = business["page_id"]
        conversation_id = f"hw10-c{number:02d}"
        customer_id = f"hw10-u{number:02d}"
        # Conversations spread over spring, at different hours of the day.
        time = _START + timedelta(days=3 * number, hours=(number * 5) % 11, minutes=number * 7)
        for index, message in enumerate(conversation["messages"], start=1):
            role, marked = message[0], message[1]
            language = message[2] if len(message) > 2 else conversation["language"]
            text, entities, keep = strip_markup(marked)
            customer = role == "c"
            records.append(
                {
                    "message": {
                        "message_id": f"{conversation_id}-m{index:02d}",
                        "conversation_id": conversation_id,
                        "platform": conversation["platform"],
                        "page_id": page_id,
                        "sender_id": customer_id if customer else page_id,
                        "sender_name": conversation["customer"] if customer else business["name"],
                        "sender_role": "customer" if customer else "agent",
                        "recipient_id": page_id if customer else customer_id,
                        "created_time": time.isoformat(),
                        "text": text,
                    },
                    "language": language,
                    "entities": entities,
                    "keep": keep,
                }
            )
            # The next message follows after a few minutes, longer after long messages.
            time += timedelta(minutes=2 + (index * 3) % 7 + len(text) // 120, seconds=index * 13)
    return records


def write(path: Path) -> int:
    records = build_records()
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return len(records)


def main(argv: list[str]) -> None:
    path = Path(argv[1]) if len(argv) > 1 else OUTPUT
    count = write(path)
    print(f"wrote {count} messages in {len(CONVERSATIONS)} conversations to {path.name}")


if __name__ == "__main__":
    main(sys.argv)
