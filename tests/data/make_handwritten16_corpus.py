# ruff: noqa: E501
"""Hand-written blind test corpus no. 16 for the anonymiser (``handwritten16_corpus.jsonl``).

Written blind and by hand: every message below was composed by one author, without templates,
without Faker, and without reading the anonymiser's code, its other corpora or its scores. All
people, addresses, phone numbers, e-mails and identifiers are invented (IBANs, codici fiscali,
partite IVA and card numbers were made valid once with python-stdnum / Luhn and pasted as text).

Businesses (the Pages the chats belong to), see ``BUSINESS_NAMES``:
dog trainer, notary's office, karate/judo dojo for kids, campervan rental,
coin-and-stamp collectors' shop, piano-bar restaurant taking party bookings.

Markup inside the texts: ``[[TYPE:value]]`` marks personal data (TYPE is an alias from
``ENTITY_ALIASES`` or a canonical entity type), ``{{KIND:value}}`` marks a look-alike that must
survive (order numbers, prices, times, products, brands...). The script strips the markup,
computes the offsets and writes the JSONL. Output is deterministic (timestamps derive from the
conversation and message index).

Regenerate with::

    .venv/bin/python tests/data/make_handwritten16_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten16_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "fido": "Fido Sapiens Educazione Cinofila",
    "notaio": "Studio Notarile Ghezzi Pavan",
    "dojo": "Dojo Samurai Kids",
    "camper": "Vanlife Dolomiti Camper Rental",
    "ruffo": "Numismatica Filatelia Ruffo",
    "pianobar": "La Tastiera Piano Bar Ristorante",
}

PAGE_IDS: dict[str, str] = {
    "fido": "hw16-page-fido",
    "notaio": "hw16-page-notaio",
    "dojo": "hw16-page-dojo",
    "camper": "hw16-page-camper",
    "ruffo": "hw16-page-ruffo",
    "pianobar": "hw16-page-pianobar",
}

ENTITY_ALIASES: dict[str, str] = {
    "P": "PERSON",
    "EM": "EMAIL_ADDRESS",
    "PH": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "CARD": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "VAT": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "H": "HANDLE",
    "LOC": "LOCATION",
    "ADDR": "ADDRESS",
}

# (business, platform, customer display name, [(role "c"/"a", language, text), ...])
Conversation = tuple[str, str, str, list[tuple[str, str, str]]]

CONVERSATIONS: list[Conversation] = [
    # 1. dog trainer, WhatsApp, Italian customer, agent signs with first name
    (
        "fido",
        "whatsapp",
        "Ornella B.",
        [
            (
                "c",
                "it",
                "Buongiorno! Sono [[P:Ornella Bassani]], ho preso da un mese un cucciolo di "
                "pastore australiano e tira al guinzaglio come un trattore 😅 fate lezioni individuali?",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Ornella]]! Sì, le individuali sono da 50 minuti, {{PRICE:45 €}} "
                "l'una oppure pacchetto da 5 a {{PRICE:200 €}}. Dove abitate? Se siete in zona veniamo "
                "anche a domicilio. [[P:Davide]]",
            ),
            (
                "c",
                "it",
                "Siamo a [[LOC:Villanova di Camposampiero]], in [[ADDR:via Caltana 112]]. "
                "Il cane si chiama Brio, io ci sono dopo le {{TIME:17:30}}",
            ),
            (
                "a",
                "it",
                "Perfetto, giovedì {{DATE:19/03}} alle {{TIME:18:00}} va bene? Mi lasci un "
                "numero per il giorno stesso",
            ),
            (
                "c",
                "it",
                "[[PH:347 218 9065]] oppure quello di mio marito [[P:Gianfranco]] "
                "[[PH:+39 349 5530172]] se non rispondo",
            ),
            ("a", "it", "Segnato 👍 a giovedì"),
        ],
    ),
    # 2. dog trainer, Instagram, teenager with slang and no capitals
    (
        "fido",
        "instagram",
        "gaia.zanon",
        [
            (
                "c",
                "it",
                "ciao raga ma il corso agility x cani piccoli quando inizia?? la mia è una "
                "jack russell pazza",
            ),
            (
                "a",
                "it",
                "Ciao! Il prossimo corso parte sabato {{DATE:4 aprile}}, 8 incontri, "
                "{{PRICE:160 euro}}. Come ti chiami? Così ti segno in lista",
            ),
            (
                "c",
                "it",
                "[[P:gaia]], [[P:gaia zanon]]. però devo chiedere a mia madre perché paga lei lol",
            ),
            (
                "c",
                "it",
                "ok mamma dice si. lei è [[P:Mirella Dal Pra]] e la mail è "
                "[[EM:mirella.dalpra@libero.it]]",
            ),
            (
                "a",
                "it",
                "Ricevuto! Scriviamo a tua mamma per l'iscrizione. A presto a te e alla "
                "peste 🐶 — Staff {{BRAND:Fido Sapiens}}",
            ),
            (
                "c",
                "it",
                "graziee ❤️ ah ci segue anche la mia amica [[H:@bea.trevisan_]] le giro il profilo",
            ),
        ],
    ),
    # 3. dog trainer, Messenger, Welsh retiree
    (
        "fido",
        "messenger",
        "Gwilym Pritchard",
        [
            (
                "c",
                "en",
                "Good morning. My wife and I have retired to [[LOC:Asolo]] and we have "
                "brought our collie, Meg, who is nine. She has become rather nervous of traffic since "
                "the move. Do you speak English? Diolch. [[P:Gwilym Pritchard]]",
            ),
            (
                "a",
                "en",
                "Good morning Mr [[P:Pritchard]], yes of course! I'm [[P:Elisa]], I trained "
                "in [[LOC:Bristol]] for two years. For a nervous older dog we usually start with two home "
                "visits. Would Tuesday morning suit you?",
            ),
            (
                "c",
                "en",
                "Tuesday would be splendid. We are at [[ADDR:Via Foresto Vecchio 7]], it is "
                "the house with the green shutters past the church. My mobile is the British one "
                "still, [[PH:07700 914382]], or the house phone [[PH:0423 529 641]].",
            ),
            (
                "a",
                "en",
                "Lovely. Tuesday {{DATE:24th March}} at {{TIME:10am}}. The first visit is "
                "{{PRICE:€60}} and lasts about an hour and a half.",
            ),
            (
                "c",
                "en",
                "Very good. My wife [[P:Angharad]] will be in as well, she is the one Meg "
                "actually listens to.",
            ),
        ],
    ),
    # 4. dog trainer, WhatsApp, father who sends only voice notes (transcribed)
    (
        "fido",
        "whatsapp",
        "Pierluigi",
        [
            (
                "c",
                "it",
                "[Messaggio vocale trascritto] allora buonasera sono [[P:Pierluigi Tonello]] "
                "il papà di [[P:Nicolò]] quello del corso cuccioli del sabato volevo dire che sabato "
                "prossimo non veniamo perché siamo dai nonni a [[LOC:Caorle]] ecco basta grazie ciao",
            ),
            (
                "a",
                "it",
                "Grazie della comunicazione [[P:Pierluigi]]! Nessun problema, recuperate la "
                "lezione il {{DATE:28}}. [[P:Davide]]",
            ),
            (
                "c",
                "it",
                "[Messaggio vocale trascritto] perfetto sì il ventotto va bene ah un'altra "
                "cosa la pettorina che ci avete consigliato la {{PRODUCT:Julius K9}} in che taglia la "
                "prendo che il cane è undici chili",
            ),
            (
                "a",
                "it",
                "Per 11 kg la taglia {{PRODUCT:Mini}} o 0, meglio provarla. "
                "In negozio da [[P:Cortese]] a [[LOC:Castelfranco]] ce l'hanno",
            ),
            ("c", "it", "[Messaggio vocale trascritto] va bene grazie ciao ciao"),
        ],
    ),
    # 5. notary, WhatsApp, Venetian customer with dialect words
    (
        "notaio",
        "whatsapp",
        "Bepi Scarpa",
        [
            (
                "c",
                "it",
                "Bongiorno, xe el studio del nodaro? Son [[P:Giuseppe Scarpa]], ma tuti me "
                "ciama [[P:Bepi]]. Go da far la successiòn de me mama, la [[P:Teresa Boscolo]], che la "
                "xe mancada a febraio",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[P:Scarpa]], condoglianze. Sono [[P:Laura]] della "
                "segreteria. Per la successione ci servono il certificato di morte, i documenti degli "
                "eredi e le visure degli immobili. Quanti eredi siete?",
            ),
            (
                "c",
                "it",
                "Semo in tre: mi, me sorela [[P:Nives]] che la sta a [[LOC:Chioggia]], e me "
                "fradeo [[P:Renzo]] che el xe in Australia, a [[LOC:Perth]], ma el vien zo a magio",
            ),
            (
                "c",
                "it",
                "La casa xe in [[ADDR:calle dei Boteri 1544, Cannaregio]], e ghe xe anca un "
                "toco de tera a [[LOC:Sottomarina]]",
            ),
            (
                "a",
                "it",
                "Grazie. Per il fratello all'estero si può fare una procura speciale al "
                "consolato. Le mando la lista completa per mail: mi scrive il suo indirizzo?",
            ),
            ("c", "it", "[[EM:bepi.scarpa51@gmail.com]] . Grasie tante siora, sè tanto gentil"),
        ],
    ),
    # 6. notary, Messenger, formal company secretary, full e-mail pasted
    (
        "notaio",
        "messenger",
        "Immobiliare Brenta Sud",
        [
            (
                "c",
                "it",
                "Da: Segreteria Generale <[[EM:segreteria@brentasud-immobiliare.it]]>\n"
                "Oggetto: Rogito lotto 3 – conferma appuntamento\n\n"
                "Gentile Studio,\n"
                "con la presente si conferma la disponibilità del legale rappresentante, "
                "dott. [[P:Fulvio Marangon]], per la stipula dell'atto di compravendita relativo al "
                "lotto 3 di [[ADDR:via Roma 88, 35010 Vigonza (PD)]], fissata per il giorno "
                "{{DATE:15 aprile 2026}} ore {{TIME:11:00}}.\n"
                "Si allegano visura camerale (P.IVA [[VAT:04182730954]]) e delibera del CdA.\n"
                "La parte acquirente, sig.ra [[P:Cristina Penzo]], sarà accompagnata dal proprio "
                "consulente, geom. [[P:Alvise Tiozzo]].\n\n"
                "Distinti saluti\n"
                "[[P:Michela Furlan]]\n"
                "Ufficio Segreteria – Immobiliare Brenta Sud S.r.l.\n"
                "tel. [[PH:049 8931 274]] – fax [[PH:049 8931 275]]",
            ),
            (
                "a",
                "it",
                "Gentile dott.ssa [[P:Furlan]], confermiamo data e ora. Ricordiamo che il "
                "saldo va versato con assegno circolare o bonifico sul conto dello studio "
                "[[IBAN:IT64X0306909606100000117342]] entro il giorno prima. Cordiali saluti, "
                "[[P:L. Pavan]]",
            ),
            (
                "c",
                "it",
                "Ricevuto, grazie. Il bonifico verrà disposto dalla nostra amministrazione "
                "(rif. pratica {{ORDER:NGP-2026/0412}}).",
            ),
            ("a", "it", "Perfetto."),
        ],
    ),
    # 7. notary, WhatsApp, Romanian caregiver writing Italian as second language
    (
        "notaio",
        "whatsapp",
        "Lăcrămioara",
        [
            (
                "c",
                "it",
                "Buona sera, io sono [[P:Lacramioara Munteanu]], badante di signora "
                "[[P:Gemma Rigon]] di [[LOC:Mirano]]. Signora vuole fare testamento ma non puo "
                "camminare, notaio puo venire a casa? Lei ha 91 anni ma testa e bene perfetto",
            ),
            (
                "a",
                "it",
                "Buonasera [[P:Lacramioara]], sì, il notaio può venire a domicilio. Serve "
                "la carta d'identità e il codice fiscale della signora. Ci sono figli o nipoti con cui "
                "possiamo parlare?",
            ),
            (
                "c",
                "it",
                "Figlio e [[P:Sandro Rigon]], abita a [[LOC:Milano]], numero "
                "[[PH:335-6120847]]. Codice fiscale di signora te lo scrivo: [[CF:RGNTTL30M02F241S]]",
            ),
            (
                "c",
                "it",
                "scusa ho sbagliato, quello e codice di suo marito morto, [[P:Attilio]]. "
                "Domani chiedo a [[P:Sandro]] e scrivo giusto",
            ),
            (
                "a",
                "it",
                "Nessun problema, non si preoccupi. Aspettiamo il codice corretto e ci "
                "sentiamo con il signor [[P:Rigon]]. Grazie! [[P:Laura]]",
            ),
            (
                "c",
                "it",
                "Grazie a voi, molto gentile 🙏 indirizzo e [[ADDR:via Cavin di Sala 23/A]] "
                "campanello [[P:Rigon-Munteanu]] no solo [[P:Rigon]]",
            ),
        ],
    ),
    # 8. notary, email pasted, heirs and third parties, pedantic signature
    (
        "notaio",
        "messenger",
        "Avv. Ottavio Dell'Acqua",
        [
            (
                "c",
                "it",
                "Egregio Notaio [[P:Ghezzi]],\n"
                "scrivo in qualità di legale degli eredi [[P:De Marchi]] ([[P:Fortunato]], [[P:Rosa]] e "
                "[[P:Bianca De Marchi]]) in merito alla divisione dell'immobile sito in "
                "[[ADDR:Piazza Garibaldi 12, scala B, int. 5, 31100 Treviso]].\n"
                "La sig.ra [[P:Bianca]] risiede stabilmente a [[LOC:Lugano]] e chiede di poter "
                "intervenire tramite procura. I codici fiscali degli altri due eredi sono:\n"
                "- [[CF:DMCRRT66A08G273E]]\n"
                "- [[CF:mrcsrn71c52l736c]] (la sig.ra [[P:Rosa]], coniugata [[P:Marcon]])\n"
                "Resto in attesa di cortese riscontro.\n\n"
                "Avv. [[P:Ottavio Dell'Acqua]]\n"
                "Studio Legale [[P:Dell'Acqua]] & Partners\n"
                "[[ADDR:Riviera Santa Margherita 40, 31100 Treviso]]\n"
                "T. [[PH:+39 0422 591 330]] | PEC [[EM:ottavio.dellacqua@pec.ordineavvocatitreviso.it]]"
                "\nP.IVA [[VAT:07356120480]]",
            ),
            (
                "a",
                "it",
                "Egregio Avvocato, abbiamo ricevuto. La procura per la sig.ra [[P:De Marchi]] "
                "può essere rilasciata anche davanti a un notaio svizzero con apostille. Il Notaio "
                "[[P:Pavan]] seguirà personalmente la pratica. Segreteria {{BRAND:Studio Ghezzi Pavan}}",
            ),
            ("c", "it", "Benissimo. Chiedo altresì un preventivo scritto degli onorari."),
            ("a", "it", "Glielo inviamo entro venerdì {{DATE:27/03}}."),
        ],
    ),
    # 9. dojo, WhatsApp, American exchange student working as assistant / parent
    (
        "dojo",
        "whatsapp",
        "Kayla (Dojo volunteer)",
        [
            (
                "c",
                "en",
                "hi!! this is [[P:Kayla Brandt]], I'm the exchange student from [[LOC:Ohio]] "
                "that sensei [[P:Massimo]] said could help out with the kids classes on wednesdays? "
                "sorry my italian is like, bad",
            ),
            (
                "a",
                "en",
                "Hi [[P:Kayla]]! Yes [[P:Massimo]] told me. I'm [[P:Federica]], I do the "
                "office. Can you come {{DATE:Wednesday}} at {{TIME:16:45}}? The little ones start at "
                "{{TIME:17}}.",
            ),
            (
                "c",
                "en",
                "yesss. do I need a gi? I have my old one from my dojo back home, it says "
                '"{{BRAND:Cleveland Budokan}}" on the back lol is that ok',
            ),
            ("a", "en", "Totally fine 😄 send me your number so I add you to the helpers' group"),
            (
                "c",
                "en",
                "it's [[PH:(216) 555-0148]] but that's my US one, italian sim is "
                "[[PH:3512 884 306]]. my host family is the [[P:Zanettis]] in [[LOC:Noale]] if you "
                "need an address for the insurance form",
            ),
            ("a", "en", "Yes please, full address for the insurance"),
            ("c", "en", "[[ADDR:via Tempesta 31, 30033 Noale VE]] c/o [[P:Zanetti]]"),
        ],
    ),
    # 10. dojo, Instagram, angry parent in CAPS
    (
        "dojo",
        "instagram",
        "marco_fabbri_77",
        [
            (
                "c",
                "it",
                "BUONGIORNO. MIO FIGLIO [[P:LEONARDO]] È TORNATO A CASA IERI CON UN LIVIDO "
                "SULL'OCCHIO E NESSUNO MI HA DETTO NIENTE. VORREI SAPERE CHI ERA L'ISTRUTTORE",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[P:Fabbri]], mi dispiace molto. Ieri il corso "
                "bambini era seguito dal maestro [[P:Ivo Gatto]]. Mi sento con lui e la richiamo "
                "entro un'ora. Mi lascia un numero?",
            ),
            ("c", "it", "[[PH:328.904.1175]] E VOGLIO PARLARE CON IL MAESTRO DIRETTAMENTE"),
            (
                "a",
                "it",
                "Il maestro [[P:Gatto]] la chiama alle {{TIME:12:30}}. Da quello che mi "
                "dice è stato un colpo accidentale durante un randori con [[P:Tommaso]], anche lui è "
                "stato medicato. [[P:Federica]] - {{BRAND:Dojo Samurai Kids}}",
            ),
            (
                "c",
                "it",
                "ok. ho parlato col maestro, mi ha spiegato. chiedo scusa per il tono di "
                "prima ma ero preoccupato",
            ),
            ("a", "it", "Ci mancherebbe, capiamo benissimo. Un saluto a [[P:Leo]]! 🥋"),
        ],
    ),
    # 11. campervan rental, Messenger, Australian couple
    (
        "camper",
        "messenger",
        "Bronwyn Kelly",
        [
            (
                "c",
                "en",
                "G'day! We're after a campervan for 12 nights from {{DATE:2 June}}, pick up "
                "in [[LOC:Bolzano]], drop off in [[LOC:Verona]] if that's a thing? Two adults, one "
                "very tall husband ([[P:Rich]] is 198cm lol)",
            ),
            (
                "a",
                "en",
                "Hi [[P:Bronwyn]]! One-way Bolzano-Verona is possible with a {{PRICE:€150}} "
                "fee. For a tall guy I'd go for the {{PRODUCT:Roller Team Kronos 265}}, bed is 2.05 m. "
                "12 nights in June come to {{PRICE:€1,740}} plus insurance. — [[P:Matthias]]",
            ),
            (
                "c",
                "en",
                "Sounds bonza. Can you send the contract to [[EM:bronwyn.kelly@bigpond.com]]? "
                "And [[P:Rich]]'s licence is from Queensland, is that ok or does he need the "
                "international one?",
            ),
            (
                "a",
                "en",
                "He needs the international permit together with the Australian licence. "
                "I'll send the contract today. Booking ref {{ORDER:VLD-26-0871}}.",
            ),
            (
                "c",
                "en",
                "Legend, cheers. Our address for the paperwork is "
                "[[ADDR:14 Banksia Street, Paddington QLD 4064]], mobile [[PH:+61 412 338 907]]",
            ),
            ("a", "en", "All received 👍 See you in June!"),
        ],
    ),
    # 12. campervan rental, WhatsApp, tourist writing bad Italian
    (
        "camper",
        "whatsapp",
        "Jürgen",
        [
            (
                "c",
                "it",
                "Buongiorno, io sono [[P:Jürgen Hollweck]] da [[LOC:Regensburg]]. Io voglio "
                "prendere un camper per la settimana di pasqua, è possibile con cane piccolo? grazie "
                "molto",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Jürgen]]! Sì, con il cane si può, supplemento pulizia "
                "{{PRICE:60 €}}. Abbiamo libero il {{PRODUCT:Globecar Campscout}} dal {{DATE:3}} al "
                "{{DATE:11 aprile}}. Va bene?",
            ),
            (
                "c",
                "it",
                "Sì va molto bene! Io pago con carta, è possibile? Il numero è "
                "[[CARD:5421 9873 6650 1938]] scadenza 09/28",
            ),
            (
                "a",
                "it",
                "Grazie [[P:Jürgen]], ma per sicurezza non mandi il numero della carta in "
                "chat 🙏 Le mando un link di pagamento sicuro via email. Qual è la sua mail?",
            ),
            ("c", "it", "Oh scusa! [[EM:j.hollweck@web.de]]"),
            ("a", "it", "Link inviato. A presto! [[P:Matthias]]"),
        ],
    ),
    # 13. coin and stamp shop, Messenger, pedantic collector with full signature block
    (
        "ruffo",
        "messenger",
        "Ing. Aldo Porta",
        [
            (
                "c",
                "it",
                "Spett.le {{BRAND:Numismatica Ruffo}},\n"
                "sono interessato al lotto n. {{ORDER:347}} del vostro listino di marzo "
                "({{PRODUCT:5 lire Vittorio Emanuele II 1861 Firenze}}, conservazione BB+). Chiedo "
                "cortesemente fotografie ad alta risoluzione di dritto e rovescio e conferma del "
                "peso.\n"
                "Distinti saluti,\n"
                "--\n"
                "Ing. [[P:Aldo Porta]]\n"
                "Socio Circolo Numismatico Patavino n. 218\n"
                "[[ADDR:Via San Francesco 61]] – [[LOC:Padova]]\n"
                "cell. [[PH:+39 348 771 20 46]]\n"
                "[[EM:aldo.porta@ingporta.it]]",
            ),
            (
                "a",
                "it",
                "Gentile Ingegnere, le foto arrivano oggi pomeriggio. Peso 24,97 g. Il "
                "prezzo di listino è {{PRICE:1.150,00 €}}. Cordialmente, [[P:Rodolfo Ruffo]]",
            ),
            (
                "c",
                "it",
                "Ricevute. Noto un colpetto al bordo a ore 3 non segnalato in descrizione. "
                "Sarei disposto a {{PRICE:980 €}}.",
            ),
            ("a", "it", "Possiamo arrivare a {{PRICE:1.050 €}} con spedizione assicurata inclusa."),
            ("c", "it", "Accetto. Procedo con bonifico. Prego indicare IBAN."),
            (
                "a",
                "it",
                "[[IBAN:IT79Q0200805364000104718293]] intestato a {{BRAND:Numismatica Filatelia "
                'Ruffo}} di [[P:Ruffo Rodolfo]], causale "lotto 347". Grazie!',
            ),
        ],
    ),
    # 14. coin and stamp shop, WhatsApp, Sicilian customer with dialect words
    (
        "ruffo",
        "whatsapp",
        "Turi Lo Presti",
        [
            (
                "c",
                "it",
                "Salutamu! Sugnu [[P:Salvatore Lo Presti]] di [[LOC:Acireale]], ma "
                "chiamatemi [[P:Turi]]. Me nonnu [[P:Alfio]] mi lassò na scatula di francobolli, "
                "tutti Regno e Repubblica, vulissi sapiri si valunu qualchi cosa",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Turi]]! Volentieri, se ci mandi qualche foto ti diamo una prima "
                "idea gratuita. Se c'è materiale interessante facciamo una perizia "
                "({{PRICE:80 €}}, scalati se poi vendi a noi)",
            ),
            (
                "c",
                "it",
                "Ecco, ci sunnu puru chiddi cu a testa di re, u {{PRODUCT:Gronchi rosa}} "
                "no, talìu e non c'è 😂",
            ),
            (
                "a",
                "it",
                "Haha magari! Vedo dei {{PRODUCT:Siracusana}} e una serie "
                "{{PRODUCT:Democratica}} completa, bella. Spediscili pure in raccomandata a "
                "[[ADDR:Corso Milano 17, 35139 Padova]], alla c.a. di [[P:Nadia]]",
            ),
            (
                "c",
                "it",
                "Va beni, ciù mannu lunedì. Me figghia [[P:Concetta]] fa a spidizioni, u "
                "numero so è [[PH:+39 095 764 1183]] si sirvi",
            ),
        ],
    ),
    # 15. piano bar, WhatsApp, Neapolitan customer booking a party
    (
        "pianobar",
        "whatsapp",
        "Gennaro Esposito",
        [
            (
                "c",
                "it",
                "Buonasera a voi! So' [[P:Gennaro Esposito]], vulesse prenotà pe' o "
                "quarantesimo di mia moglie [[P:Assunta]], sabato {{DATE:9 maggio}}, saremo na "
                "trentina 'e perzone. Tenite a sala grande?",
            ),
            (
                "a",
                "it",
                "Buonasera [[P:Gennaro]]! Auguri ad [[P:Assunta]] 🎉 La sala del pianoforte "
                "è libera, tiene 40 posti. Menù festa a {{PRICE:55 € a persona}} con torta inclusa. Il "
                "maestro [[P:Sole]] al piano fa anche le dediche",
            ),
            (
                "c",
                "it",
                "Ua' che bello. E se vulimmo fa' cantà a [[P:Assunta]] 'Reginella'? Lei a canta "
                "sempre",
            ),
            (
                "a",
                "it",
                "Il maestro [[P:Sole Capuano]] la accompagna volentieri! Mi serve un "
                "acconto di {{PRICE:300 €}} per bloccare la sala",
            ),
            (
                "c",
                "it",
                "Facimmo bonifico, mannateme l'iban. O cognome mio sta 'ncopp'o conto, "
                "[[P:Esposito Gennaro]], e o telefono è [[PH:081 552 9017]]",
            ),
            (
                "a",
                "it",
                '[[IBAN:IT70M0538711700000042569810]] – causale "festa 9/5 [[P:Esposito]]". '
                "Grazie mille, [[P:Carmela]] de {{BRAND:La Tastiera}}",
            ),
            ("c", "it", "Fatto! Mo' v'o giro o screenshot"),
        ],
    ),
    # 16. piano bar, Messenger, UK company PA booking Christmas party
    (
        "pianobar",
        "messenger",
        "Harriet Cook",
        [
            (
                "c",
                "en",
                "Hello, I'm [[P:Harriet Cook]], PA to the MD at {{BRAND:Whitfield & Moore "
                "Logistics}}' Italian office. We'd like to book your venue for our team dinner on "
                "{{DATE:Friday 11 December}}, approx. 26 guests. Could you share menus and a quote?",
            ),
            (
                "a",
                "en",
                "Dear [[P:Harriet]], thank you! For groups over 20 we have two set menus, "
                "{{PRICE:€48}} and {{PRICE:€62}}, drinks package {{PRICE:€15}}. I'll e-mail the PDFs. "
                "Kind regards, [[P:Carmela Russo]]",
            ),
            (
                "c",
                "en",
                "Lovely, please send to [[EM:h.cook@whitfieldmoore.co.uk]] and copy my "
                "colleague [[P:Will Baker]] ([[EM:will.baker(at)whitfieldmoore(dot)co(dot)uk]]). Mr "
                "[[P:Whitfield]] himself may join, he's flying in from [[LOC:Leeds]].",
            ),
            ("a", "en", "Done! Let me know the final number by {{DATE:1 December}}."),
            (
                "c",
                "en",
                "Will do. Invoice should go to our Italian entity, VAT [[VAT:IT02901540589]], "
                "[[ADDR:Via Bixio 4, 20129 Milano]].",
            ),
        ],
    ),
    # 17. dojo, Telegram, Irish mum
    (
        "dojo",
        "telegram",
        "Siobhán",
        [
            (
                "c",
                "en",
                "Hiya, [[P:Siobhán Gallagher]] here, my two lads [[P:Cian]] and "
                "[[P:Oisín]] started judo with ye last week and they're absolutely mad about it. "
                "Quick one, is there a sibling discount at all?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Siobhán]]! Yes, 15% off the second child. So the term is "
                "{{PRICE:€210}} + {{PRICE:€178.50}}. Sensei [[P:M.]]",
            ),
            (
                "c",
                "en",
                "Grand, thanks a million. I'll pay by transfer from my Irish account, "
                "[[IBAN:IE29AIBK93115212345678]] is where it'll come from in case ye're wondering "
                "who it is",
            ),
            ("a", "en", "Perfect, write the boys' names in the reference please"),
            (
                "c",
                "en",
                "Will do. Oh and [[P:Oisín]] has asthma, his inhaler is in the front "
                "pocket of the bag, the GP here is Dr [[P:Mezzalira]] in [[LOC:Mirano]] if ever "
                "needed",
            ),
            ("a", "en", "Noted, thanks for telling us 🙏"),
        ],
    ),
    # 18. camper, WhatsApp, busy tradesman dictating with no punctuation
    (
        "camper",
        "whatsapp",
        "Idraulica Bello",
        [
            (
                "c",
                "it",
                "buongiorno sono [[P:bello Franco]] idraulico di [[LOC:Montebelluna]] volevo sapere se "
                "avete un furgone camperizzato per il ponte del primo maggio io e il figlio andiamo "
                "a pesca in Austria",
            ),
            (
                "a",
                "it",
                "Buongiorno! Ha il cognome scritto giusto, [[P:Franco Bello]]? 🙂 Per il "
                "ponte ho un {{PRODUCT:Pössl Roadcruiser}}, dal {{DATE:30/4}} al {{DATE:3/5}} "
                "{{PRICE:520 €}}",
            ),
            (
                "c",
                "it",
                "si [[P:Bello]] come bello va bene lo prendo mi chiami che sono sul tetto "
                "[[PH:340 6617 289]] dopo le cinque",
            ),
            ("a", "it", "La chiamo alle {{TIME:17}}. [[P:Matthias]]"),
            (
                "c",
                "it",
                "fatto ci siamo sentiti mando la patente di mio figlio [[P:Jacopo]] che "
                "guida anche lui",
            ),
        ],
    ),
]

# Second half.
CONVERSATIONS += [
    # 19. coin and stamp shop, e-mail pasted, US collector with IP from a web order problem
    (
        "ruffo",
        "messenger",
        "Mark D. Moore",
        [
            (
                "c",
                "en",
                "Hi there, I placed an order on your website last night (order "
                "{{ORDER:#RF-20931}}) for the {{PRODUCT:1946 Italy Repubblica Democratica set}} and "
                "the payment went through twice. My bank says both charges are pending on the card "
                "ending 4471. Can you refund one? — [[P:Mark Moore]], [[LOC:Ann Arbor]], MI",
            ),
            (
                "a",
                "en",
                "Hello [[P:Mark]], sorry about that. I can see two attempts, one from "
                "[[IP:68.42.117.203]] and one a minute later from [[IP:2601:401:c100:5e0::1f]]. Were "
                "both you (phone and laptop maybe)?",
            ),
            ("c", "en", "Yes, phone then laptop, my bad. The laptop one is the one to keep."),
            (
                "a",
                "en",
                "Done, refund of {{PRICE:$212.40}} issued, 3-5 working days. The set ships "
                "tomorrow with {{BRAND:UPS}}, tracking {{TRACKING:1Z 9X4 72E 04 5512 3386}}. "
                "Shipping to [[ADDR:2214 Packard St, Ann Arbor, MI 48104]], correct?",
            ),
            (
                "c",
                "en",
                'Correct. Please mark the customs form as "collectible stamps", last time '
                'a seller wrote "gift" and I paid the duty anyway. Thanks, [[P:Mark]]',
            ),
            ("a", "en", "Will do. Best, [[P:R. Ruffo]]"),
        ],
    ),
    # 20. coin and stamp shop, Instagram, seller of a collection, link to profile
    (
        "ruffo",
        "instagram",
        "filatelia.vintage.bia",
        [
            (
                "c",
                "it",
                "Ciao! Vendo la collezione di monete di mio zio [[P:Erminio Fortunato]], "
                "le ho messe tutte qui [[URL:https://www.instagram.com/p/C7xQk2LtR9a/]] e alcune "
                "su [[URL:subito.it/collezionismo/monete-regno-italia-treviso-561204733.htm]]. "
                "Vi interessa guardarle?",
            ),
            (
                "a",
                "it",
                "Ciao! Sì, dalle foto ci sono dei bei {{PRODUCT:20 centesimi Ape}} e un "
                "{{PRODUCT:2 lire Aratrice 1915}}. Possiamo vederle dal vivo in negozio? "
                "[[P:Nadia]]",
            ),
            (
                "c",
                "it",
                "Certo. Sono [[P:Bianca Ferro]], abito a [[LOC:Frassinelle Polesine]], "
                "vengo sabato mattina. Mio zio è in casa di riposo a [[LOC:Rovigo]] e mi ha "
                "lasciato la delega",
            ),
            (
                "a",
                "it",
                "Perfetto, porta la delega e un documento tuo. Sabato siamo aperti "
                "{{TIME:9:30}}-{{TIME:12:30}}",
            ),
            ("c", "it", "👍"),
        ],
    ),
    # 21. campervan, Telegram, Welsh... no: American family, damage dispute
    (
        "camper",
        "telegram",
        "Jack Sullivan",
        [
            (
                "c",
                "en",
                "Hey guys, [[P:Jack Sullivan]] here, we returned the van (booking "
                "{{ORDER:VLD-26-0655}}) this morning and your colleague said there's a scratch on "
                "the rear bumper. That was already there when we picked it up, I've got photos from "
                "day one with timestamps.",
            ),
            (
                "a",
                "en",
                "Hi [[P:Jack]], thanks for reaching out. Could you send those photos? The "
                "check-in sheet signed by your wife [[P:June]] doesn't mention it, but if it's on "
                "your pics we'll drop it. [[P:Matthias Oberhofer]], {{BRAND:Vanlife Dolomiti}}",
            ),
            (
                "c",
                "en",
                "Sent them to your email. Also uploaded here: "
                "[[URL:https://photos.app.goo.gl/tH4nVqE8rZk2LmYa7]]",
            ),
            (
                "a",
                "en",
                "Seen them, you're right, it's there on day one. No charge, the deposit of "
                "{{PRICE:$1,000}}... sorry, {{PRICE:€1,000}} is released today. Safe trip home!",
            ),
            ("c", "en", "Appreciate it man. Back to [[LOC:Sacramento]] tomorrow. Five stars 🤙"),
        ],
    ),
    # 22. piano bar, Instagram, code-switching (Italian-English) birthday booking
    (
        "pianobar",
        "instagram",
        "chiara.dangelo",
        [
            (
                "c",
                "it",
                "Hiii! Volevo prenotare per il 30esimo del mio fidanzato [[P:Ethan]], è "
                "inglese e ama il jazz, so I thought your place would be perfect 😍 siamo in 12, "
                "{{DATE:venerdì 22}}",
            ),
            (
                "a",
                "it",
                "Ciao! Venerdì {{DATE:22 maggio}} c'è la serata jazz con il trio di "
                "[[P:Gioia Amitrano]]! Tavolo da 12 alle {{TIME:20:30}}? A nome di chi?",
            ),
            (
                "c",
                "it",
                "[[P:Chiara D'Angelo]]. And can the singer do 'Fly me to the moon' as a "
                "surprise? Lui non sa niente shhh 🤫",
            ),
            (
                "a",
                "it",
                "Certo, lo diciamo a [[P:Gioia]]. Per la torta potete portarla voi "
                "(servizio torta {{PRICE:3 €}} a persona) o ordinarla da noi",
            ),
            (
                "c",
                "it",
                "La porto io, la fa mia cugina [[P:Lourdes]] che è pasticciera a "
                '[[LOC:Pozzuoli]]. Scritta: "Happy 30th [[P:Ethan]] – ti amo, [[P:Chicca]]" lol',
            ),
            ("a", "it", "Troppo carino 🥰 Confermato! Staff {{BRAND:La Tastiera}}"),
        ],
    ),
    # 23. dog trainer, Messenger, elderly lady writing formal letter
    (
        "fido",
        "messenger",
        "Adelaide Pagano",
        [
            (
                "c",
                "it",
                "Gentilissimi Signori,\n"
                "mi permetto di scrivervi su consiglio della mia vicina di casa, la signora "
                "[[P:Serena Moretto]], che si è trovata molto bene con voi.\n"
                "Sono vedova da tre anni e vivo sola con il mio barboncino Fufi, di anni sette, il "
                "quale abbaia senza sosta ogni qualvolta suonano alla porta, con grande disagio dei "
                "condomini.\n"
                "Abito in [[ADDR:Borgo Treviso 45, scala C, interno 8]], a "
                "[[LOC:Cittadella]]. Non guido più, pertanto avrei necessità che qualcuno venisse "
                "presso la mia abitazione.\n"
                "Porgo i miei più distinti saluti.\n"
                "[[P:Adelaide Pagano]] ved. [[P:Zorzi]]",
            ),
            (
                "a",
                "it",
                "Gentile signora [[P:Pagano]], grazie per averci scritto. Verremo "
                "volentieri da lei. La nostra educatrice [[P:Elisa Carraro]] può passare lunedì "
                "{{DATE:6 aprile}} alle {{TIME:15:00}}. Le va bene?",
            ),
            (
                "c",
                "it",
                "Va benissimo. Vi prego di telefonare prima al fisso [[PH:049/597.12.80]] "
                "perché non sento bene il campanello. Con stima, [[P:A. Pagano]]",
            ),
            ("a", "it", "Certamente signora. A lunedì!"),
        ],
    ),
]

CONVERSATIONS += [
    # 24. dojo, WhatsApp, British dad, belt embroidery personalisation
    (
        "dojo",
        "whatsapp",
        "Tom Ashworth",
        [
            (
                "c",
                "en",
                "Evening! [[P:Tom]] here, [[P:Florence]]'s dad (yellow belt, Tuesday group). "
                "She's grading on the {{DATE:18th}} and my mum wants to buy her a new belt with her "
                "name on it as a present. Do you do that?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Tom]]! Yes, we order embroidered belts from {{BRAND:Hayashi}}, "
                "{{PRICE:€22}}, ready in about 10 days. What should we write? Max 20 characters per "
                "side",
            ),
            (
                "c",
                "en",
                'One side "[[P:FLORENCE ASHWORTH]]" and the other side in katakana if '
                "possible? Her nan is obsessed with the idea lol",
            ),
            (
                "a",
                "en",
                "Katakana is fine, sensei [[P:Massimo Porcu]] will check the spelling 😄 "
                "Can I have your surname for the order?",
            ),
            (
                "c",
                "en",
                "[[P:Ashworth]]. It's [[P:Thomas Ashworth]] on the bank transfer, in case "
                "you're matching it up. We live in [[LOC:Mestre]] but nan is in [[LOC:Stockport]] "
                "and she'll pay me back 🙄",
            ),
            ("a", "en", "Haha perfect. Order {{ORDER:DSK-118}} placed. — [[P:F.]]"),
        ],
    ),
    # 25. dojo, Messenger, Indian parent, non-native English, summer camp form
    (
        "dojo",
        "messenger",
        "Priya Raghunathan",
        [
            (
                "c",
                "en",
                "Respected Sir/Madam, I am mother of [[P:Aarav Raghunathan]] age 8. We "
                "have shifted to [[LOC:Spinea]] from [[LOC:Chennai]] two months back. Kindly inform "
                "whether judo summer camp is having place still and what is the fees. My husband "
                "[[P:Karthik]] is working in [[LOC:Marghera]] so timings after 6 pm only for "
                "pickup.",
            ),
            (
                "a",
                "en",
                "Dear Mrs [[P:Raghunathan]], welcome to Italy! The summer camp runs "
                "{{DATE:15 June}} to {{DATE:10 July}}, {{TIME:8:30}} to {{TIME:16:30}}, with late "
                "pickup until {{TIME:18:30}} for {{PRICE:€5}} a day. There are still 3 places. "
                "[[P:Federica]]",
            ),
            (
                "c",
                "en",
                "Thank you so much. Please do the needful for registration. My email id "
                "is [[EM:priya dot raghu84 at gmail dot com]]",
            ),
            (
                "a",
                "en",
                "I've sent you the form. We also need his codice fiscale for the "
                "insurance, do you have it?",
            ),
            ("c", "en", "Yes it was given at the comune: [[CF:RGHRVA17P03Z222I]]"),
            (
                "c",
                "en",
                "Also his paediatrician is Dr [[P:Lucia Tessari]] in [[LOC:Mirano]], in case of any "
                "emergency. Thank you.",
            ),
        ],
    ),
    # 26. camper, Messenger, Welsh retiree couple, long email, UK phone formats
    (
        "camper",
        "messenger",
        "Dilys Hughes",
        [
            (
                "c",
                "en",
                "Dear Sir or Madam,\n\n"
                "My husband [[P:Emrys]] and I (both 71, both still very able drivers!) would like to "
                "hire a small motorhome for three weeks in September to tour the Dolomites and "
                "then Lake Garda. We have owned an {{PRODUCT:Auto-Sleeper}} for many years at home "
                "in [[LOC:Llandeilo]], so we are not beginners.\n\n"
                "Could you please tell us:\n"
                "1. whether there is an upper age limit for drivers;\n"
                "2. the price for {{DATE:5-26 September}};\n"
                "3. whether you can collect us from [[LOC:Treviso]] airport.\n\n"
                "With kind regards,\n"
                "[[P:Dilys Hughes]] (Mrs)\n"
                "[[ADDR:Bryn Awel, 3 Heol y Plas, Llandeilo SA19 6DE]]\n"
                "Tel. [[PH:01558 823 417]] / mobile [[PH:+44 (0)7946 551 092]]",
            ),
            (
                "a",
                "en",
                "Dear Mrs [[P:Hughes]],\n"
                "thank you for your lovely message. 1. No upper age limit, just a valid licence. "
                "2. The {{PRODUCT:Knaus BoxStar 600}} is {{PRICE:€2,310}} for 21 nights. 3. Yes, "
                "airport transfer is {{PRICE:€40}} each way.\n"
                "Best wishes, [[P:Katrin]] ({{BRAND:Vanlife Dolomiti}} office)",
            ),
            (
                "c",
                "en",
                "Splendid. Please reserve it. [[P:Emrys]] asks whether the BoxStar has "
                "a bike rack; he cannot be parted from his bicycle.",
            ),
            (
                "a",
                "en",
                "It does, for 2 bikes. Reservation {{ORDER:VLD-26-1203}}. We need a 30% "
                "deposit, you can pay by card over the phone on [[PH:+39 0471 098 552]].",
            ),
            ("c", "en", "Thank you, [[P:Katrin]]. I shall telephone on Monday. Diolch yn fawr."),
        ],
    ),
    # 27. piano bar, WhatsApp, team of agents signing differently, table typed in chat
    (
        "pianobar",
        "whatsapp",
        "Rosaria (comunione)",
        [
            (
                "c",
                "it",
                "Salve, sono [[P:Rosaria Ferrari]], vi ho chiamato ieri per la prima "
                "comunione di mia figlia [[P:Sofia]] il {{DATE:24 maggio}} a pranzo. Vi mando la "
                "lista come mi avete chiesto",
            ),
            (
                "c",
                "it",
                "adulti: 34\nbambini sotto 10 anni: 9\nseggioloni: 2\nceliaci: 1 (mia "
                "suocera [[P:Annunziata]])\nvegetariani: 3",
            ),
            (
                "a",
                "it",
                "Grazie signora [[P:Ferrari]]! Quindi 43 coperti + 2 seggioloni. Menù "
                "comunione {{PRICE:48 €}} adulti, {{PRICE:25 €}} bambini. Per la celiaca "
                "prepariamo tutto a parte. – [[P:C.]]",
            ),
            (
                "c",
                "it",
                "Perfetto. Il pianista può suonare l'Ave Maria quando arriva la torta? Mio "
                "cognato [[P:Armani]] dice che è troppo, ma io la voglio 😂",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Rosaria]], sono [[P:Vittorio]] il titolare: l'Ave Maria la "
                "suoniamo, suo cognato se ne farà una ragione 😄",
            ),
            (
                "c",
                "it",
                "Ahah grazie! Per la fattura: [[P:Ferrari Rosaria]], "
                "[[ADDR:via Campana 214, 80078 Pozzuoli (NA)]], c.f. [[CF:FRRRSR85D50F839N]]",
            ),
            ("a", "it", "Ricevuto. Staff {{BRAND:La Tastiera}} 🎹"),
        ],
    ),
]

CONVERSATIONS += [
    # 28. notary, Messenger, Australian heir of an Italian property
    (
        "notaio",
        "messenger",
        "Grace Bortolotto-Reid",
        [
            (
                "c",
                "en",
                "Hello, my name is [[P:Grace Reid]] (née [[P:Bortolotto]]). My grandfather "
                "[[P:Giovanni Bortolotto]] emigrated to [[LOC:Griffith]] NSW in 1952 and it turns out "
                "he still co-owned a farmhouse near [[LOC:Valdobbiadene]] with his brother. Both have "
                "now passed. A cousin, [[P:Hope Bortolotto]], told me your office handled the "
                "brother's estate. Can you help us?",
            ),
            (
                "a",
                "en",
                "Dear Ms [[P:Reid]], yes, Notary [[P:Ghezzi]] handled the estate of Mr "
                "[[P:Remo Bortolotto]] in 2021. To proceed we need your grandfather's death "
                "certificate with apostille and proof of the line of descent. Who are the living "
                "heirs on the Australian side?",
            ),
            (
                "c",
                "en",
                "My mum [[P:Patricia]] and her brother [[P:Bill]] ([[P:William "
                "Bortolotto]]). Mum is 80 and not great with email, so I'm doing this for her. "
                "Her address is [[ADDR:7 Kooba Street, Yenda NSW 2681]].",
            ),
            (
                "a",
                "en",
                "Thank you. Each heir will need an Italian tax code; we can request them "
                "at the consulate in [[LOC:Sydney]]. It's easier by phone, when can we call?",
            ),
            (
                "c",
                "en",
                "Any evening your time is morning for us, so about 7-8pm Italian time. "
                "My number is [[PH:0428 906 311]], from Italy dial [[PH:+61 428 906 311]].",
            ),
            (
                "a",
                "en",
                "We'll call you Thursday at {{TIME:19:30}} CET. Kind regards, "
                "[[P:Laura Benvegnù]], {{BRAND:Studio Notarile Ghezzi Pavan}}",
            ),
        ],
    ),
    # 29. notary, WhatsApp, Dutch buyer writing non-native English
    (
        "notaio",
        "whatsapp",
        "Sanne",
        [
            (
                "c",
                "en",
                "Goodday, I am [[P:Sanne de Vries]], we buy the house of mr [[P:Tasca]] "
                "in [[LOC:Pieve di Soligo]]... sorry, in the frazione [[LOC:Solighetto]]. The agency "
                "says you make the deed on {{DATE:8 May}}. My partner [[P:Joost]] is not speaking "
                "italian, is a translator needed?",
            ),
            (
                "a",
                "en",
                "Good morning! Yes, if one of the parties doesn't understand Italian the "
                "law requires an interpreter at the signing. We can suggest Dr [[P:Chelsea "
                "Morandin]], sworn interpreter, or you bring your own.",
            ),
            (
                "c",
                "en",
                "Ok we take the one you suggest. Is it also possible that the money comes "
                "from our Dutch bank? It is {{BRAND:Rabobank}}. The address of the house we need for the "
                "insurance: is it [[ADDR:via Mire 3, località Solighetto]] or with another number?",
            ),
            (
                "a",
                "en",
                "Foreign transfers are fine, just send us the receipt. The address in the "
                "land registry is [[ADDR:Via Mire 3/b, 31053 Pieve di Soligo]].",
            ),
            ("c", "en", "Thank you very much, super!"),
        ],
    ),
    # 30. notary, Telegram, forwarded bank message, Italian
    (
        "notaio",
        "telegram",
        "Luca Pegoraro",
        [
            (
                "c",
                "it",
                "Inoltrato:\n"
                "-----\n"
                "Da: Ufficio Mutui {{BRAND:Banca Veneta Centrale}}\n"
                "A: [[EM:l.pegoraro@studiopegoraro.eu]]\n"
                "Gentile Cliente [[P:PEGORARO LUCA]], la delibera del mutuo n. {{ORDER:0045781}} è "
                "stata approvata. L'erogazione avverrà contestualmente all'atto. Referente: "
                "[[P:Annalisa Cecchetto]], tel. [[PH:0445 318 002]]\n"
                "-----\n"
                "Buongiorno, vi giro la mail della banca. Va bene per il 12?",
            ),
            (
                "a",
                "it",
                "Buongiorno dott. [[P:Pegoraro]], sì, il {{DATE:12 giugno}} alle "
                "{{TIME:10:00}} è confermato. Ci sentiamo noi con la dott.ssa [[P:Cecchetto]] per "
                "la bozza. [[P:G.P.]]",
            ),
            (
                "c",
                "it",
                "Perfetto, grazie. La mia compagna [[P:Gioia Fabris]] viene come "
                "co-intestataria, il suo cf è [[CF:FBRGIO89L63L407N]]",
            ),
            ("a", "it", "Ricevuto, grazie."),
        ],
    ),
    # 31. coin shop, Messenger, Polish collector, non-native English, card with dashes
    (
        "ruffo",
        "messenger",
        "Tomasz W.",
        [
            (
                "c",
                "en",
                "Hello, I am [[P:Tomasz Wiśniewski]] from [[LOC:Kraków]], I collect "
                "italian stamps of Trieste zone A. I saw on {{BRAND:eBay}} your offer, seller "
                "{{BRAND:numismatica_ruffo}}... no wait, the seller is {{BRAND:filatelia.ruffo.pd}}. You "
                "have also outside {{BRAND:eBay}} the {{PRODUCT:Trieste AMG-FTT 1949 UPU}}?",
            ),
            (
                "a",
                "en",
                "Hello [[P:Tomasz]], yes, we have it, mint never hinged, "
                "{{PRICE:€38}} + {{PRICE:€9}} registered post to Poland. [[P:Nadia]]",
            ),
            (
                "c",
                "en",
                "Good. I pay now with card, {{BRAND:Visa}} [[CARD:4916-3720-5518-2743]], "
                "expiry 11/27, name [[P:TOMASZ WISNIEWSKI]]",
            ),
            (
                "a",
                "en",
                "Thank you, but please never write card numbers in chat! I'll send a "
                "{{BRAND:PayPal}} request instead. Your email?",
            ),
            (
                "c",
                "en",
                "[[EM:tomek.wisniewski@o2.pl]] and address [[ADDR:ul. Długa 14/6, 31-147 Kraków]]",
            ),
            ("a", "en", "{{BRAND:PayPal}} request sent. Dziękuję!"),
        ],
    ),
    # 32. coin shop, WhatsApp, UK customer, engraved coin pendant, forwarded delivery note
    (
        "ruffo",
        "whatsapp",
        "Chloe Dunmore",
        [
            (
                "c",
                "en",
                "Hi! [[P:Chloe]] again. The {{PRODUCT:sixpence pendant}} for my sister's "
                'wedding, can the back be engraved "Per sempre, [[P:Tommaso]] & [[P:Georgia]] '
                '{{DATE:14.09.2026}}"?',
            ),
            (
                "a",
                "en",
                "Hi [[P:Chloe]]! Yes, our engraver can do that, {{PRICE:€25}} extra, max "
                "40 characters. Script or block letters?",
            ),
            ("c", "en", "Script please 💕"),
            (
                "c",
                "en",
                "Forwarded delivery note from the courier, it says they tried yesterday:\n"
                "---\n"
                "{{BRAND:BRT}} - Avviso di mancata consegna\n"
                "Spedizione {{TRACKING:BRT 0581 2276 4410}}\n"
                "Destinatario: [[P:DUNMORE CHLOE]]\n"
                "Indirizzo: [[ADDR:Via Santa Sofia 22, 35121 Padova]] c/o [[P:Bonaldo]]\n"
                "Tentativo: {{DATE:03/06}} ore {{TIME:11:42}}\n"
                "---\n"
                "I'm staying with my friend [[P:Jess]] at her flat but we were both at work",
            ),
            (
                "a",
                "en",
                "No worries, you can pick it up at the BRT point in via Venezia, or I "
                "can ask them to redeliver. [[P:Nadia]] @ {{BRAND:Ruffo}}",
            ),
            (
                "c",
                "en",
                "Redeliver Saturday please! [[P:Jess]]'s mobile for the driver: "
                "[[PH:+39 366 402 7718]]",
            ),
        ],
    ),
    # 33. piano bar, WhatsApp, American guy planning a proposal
    (
        "pianobar",
        "whatsapp",
        "Ryan Castellano",
        [
            (
                "c",
                "en",
                "Hey! Random question. I'm [[P:Ryan Castellano]], visiting from "
                "[[LOC:Providence]], RI with my girlfriend [[P:Taylor]]. I want to propose at your "
                "place on {{DATE:Saturday}}. Can the piano guy play 'La vie en rose' when I give you "
                "a signal?? 😬",
            ),
            (
                "a",
                "en",
                "Hi [[P:Ryan]]! Congratulations in advance!! 🎉 Of course, our pianist "
                "[[P:Sole]] loves this kind of thing. I'll give you the table by the piano at "
                "{{TIME:8:45 PM}}. Do you want a dessert plate with writing?",
            ),
            (
                "c",
                "en",
                'YES. Can it say "[[P:Tay]], will you marry me?" in chocolate. '
                "Also her name is spelled [[P:Taylor]] with a y, not [[P:Tailor]] lol",
            ),
            (
                "a",
                "en",
                "Hahaha noted! If you post photos afterwards tag us {{BRAND:@latastiera.pianobar}}, "
                "and send me her insta so we can tag her too 😉",
            ),
            ("c", "en", "she's [[H:@tay.makes.things]] and I'm [[H:@ryan_castellano_ri]] 🙏"),
            ("c", "en", "She said YES!!! thank you all so much, best night ever"),
            (
                "a",
                "en",
                "🥂🥂🥂 Auguri from all of us! – [[P:Carmela]], [[P:Vittorio]] & [[P:Sole]]",
            ),
        ],
    ),
]

CONVERSATIONS += [
    # 34. camper, Messenger, Irish stag group, obfuscated e-mail
    (
        "camper",
        "messenger",
        "Conor Brennan",
        [
            (
                "c",
                "en",
                "Howya lads, [[P:Conor Brennan]] from [[LOC:Limerick]]. Organising a stag for "
                "my mate [[P:Dec]] ([[P:Declan Moriarty]]), 6 of us, we want 2 vans for a long "
                "weekend in the mountains in July. Is that doable or are ye booked out?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Conor]]! We still have two {{PRODUCT:VW California Ocean}} free "
                "{{DATE:17-20 July}}, 4 berths each. {{PRICE:€890}} per van for 3 nights. Just one "
                "rule: the deposit covers the vans, not the groom 😄",
            ),
            (
                "c",
                "en",
                "Haha fair. Send the details to [[EM:conor dot brennan at eircom dot net]], "
                "or [[EM:conor[dot]brennan[at]eircom[dot]net]] so the bots don't get it",
            ),
            ("a", "en", "Sent! Who will be the drivers? We need the licences of everyone driving."),
            (
                "c",
                "en",
                "Me and [[P:Paddy Moore]] on van 1, [[P:Niall Cook]] and [[P:Seánie]] on "
                "van 2. [[P:Dec]] is NOT driving under any circumstances",
            ),
            (
                "a",
                "en",
                "Wise choice 😂 Please upload the licences here: "
                "{{LINK:vanlifedolomiti.it/upload}} with booking ref {{ORDER:VLD-26-1377}}. "
                "— [[P:Katrin M.]]",
            ),
        ],
    ),
    # 35. camper, WhatsApp, Roman customer, accident, forwarded body-shop quote
    (
        "camper",
        "whatsapp",
        "Stefano Coppola",
        [
            (
                "c",
                "it",
                "Salve, so' [[P:Stefano Coppola]], ho noleggiato il camper "
                "{{ORDER:VLD-26-0990}} e stamattina a [[LOC:Cortina]] un signore in retromarcia m'ha "
                "preso lo specchietto. Abbiamo fatto il CAI, lui si chiama [[P:Ermanno Pizzolato]], "
                "targa FX 218 KT. Che devo fa'?",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Stefano]], tutto bene voi? Mandami una foto del CAI firmato "
                "da entrambi e del danno. Lo specchietto lo sostituisce l'officina convenzionata "
                "a [[LOC:Cortina]], ti mando la posizione. [[P:Matthias]]",
            ),
            (
                "c",
                "it",
                "Tutto a posto, solo 'no spavento per mia moglie [[P:Serena]]. Foto "
                "mandate. Er signore m'ha dato pure er cellulare: [[PH:+39 0436 86 12 09]] no "
                "aspetta questo è l'albergo, er suo è [[PH:339 0017 462]]",
            ),
            ("a", "it", "Perfetto, ci pensiamo noi con l'assicurazione. Buona vacanza lo stesso!"),
            ("c", "it", "Grazie, gentilissimi 👍"),
        ],
    ),
    # 36. dojo, Messenger, US military family near Aviano
    (
        "dojo",
        "messenger",
        "Amanda Pruitt",
        [
            (
                "c",
                "en",
                "Hi, we're a military family stationed at [[LOC:Aviano]], we live off base in "
                "[[LOC:Roveredo in Piano]]. My son [[P:Mason]] (10) did karate back in "
                "[[LOC:San Antonio]] and wants to continue. Do you have any instructors who speak "
                "English? Thanks! [[P:Amanda Pruitt]]",
            ),
            (
                "a",
                "en",
                "Hi [[P:Amanda]]! Our dojo is a bit far from [[LOC:Roveredo]], about 1h10 "
                "drive, but sensei [[P:Massimo]] knows a colleague in [[LOC:Pordenone]], sensei "
                "[[P:Walter De Nardi]], who teaches kids and speaks good English. I can send you "
                "his contact",
            ),
            ("c", "en", "That would be amazing, yes please"),
            (
                "a",
                "en",
                "Here: [[P:Walter De Nardi]], [[PH:+39 0434 57 33 90]], "
                "[[EM:w.denardi.karate@gmail.com]]. Tell him [[P:Federica]] from {{BRAND:Samurai "
                "Kids}} sent you 🙂",
            ),
            (
                "c",
                "en",
                "You're the best. If we ever move closer to you we'll sign up. Our old "
                "dojo address for the transfer letter was [[ADDR:4815 Fredericksburg Rd, Suite 110, "
                "San Antonio, TX 78229]] in case he asks",
            ),
        ],
    ),
    # 37. dog trainer, WhatsApp, Londoner with rescue dog, code-switching
    (
        "fido",
        "whatsapp",
        "Nat",
        [
            (
                "c",
                "en",
                "Ciao! Sorry, il mio italiano non è buono. I'm [[P:Natalie Okafor]], I "
                "just adopted a rescue dog from the canile in [[LOC:Este]] and he is terrified of "
                "men. Can one of your female trainers come? We're at [[ADDR:via Pilastro 9, "
                "Monselice]]",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Natalie]]! Certo, viene [[P:Elisa]], che parla inglese. "
                "Come si chiama il cane?",
            ),
            (
                "c",
                "en",
                "Bruno, lol, very Italian. My boyfriend [[P:Jack]] is the one he's "
                "scared of, which is awkward since we live together 🙈",
            ),
            (
                "a",
                "en",
                "Poor [[P:Jack]] 😄 It's very common. [[P:Elisa]] will come {{DATE:Friday}} at "
                "{{TIME:6pm}}, she'll want [[P:Jack]] there too. First visit {{PRICE:€60}}.",
            ),
            (
                "c",
                "en",
                "Perfetto, grazie mille! My number if she gets lost: [[PH:+44 7700 "
                "900 461]], the Italian one isn't working yet",
            ),
            ("a", "it", "Ricevuto! A venerdì. [[P:E.]]"),
        ],
    ),
    # 38. piano bar, Instagram, hen party, handles and lowercase names
    (
        "pianobar",
        "instagram",
        "martina.bonfiglio",
        [
            (
                "c",
                "it",
                "ciaoo, addio al nubilato della mia migliore amica [[P:greta]] sabato "
                "{{DATE:13 giugno}}, siamo in 15 ragazze, si può fare karaoke col pianista?? 🎤",
            ),
            (
                "a",
                "it",
                "Ciao! Karaoke al piano sì, dalle {{TIME:22:30}} dopo la cena 🎹 Menù "
                "{{PRICE:40 €}} con un drink. A che nome?",
            ),
            (
                "c",
                "it",
                "[[P:martina bonfiglio]]. la sposa è [[P:greta lazzari]], ve la taggiamo "
                "[[H:@gretalazzari_]] così la prendete in giro col microfono 😂",
            ),
            ("c", "it", "ah e una di noi è celiaca, [[P:Gaia]], e una vegana ([[P:Noemi]])"),
            (
                "a",
                "it",
                "Segnato tutto! Serve una caparra di {{PRICE:100 €}} con bonifico o "
                "{{BRAND:Satispay}}",
            ),
            (
                "c",
                "it",
                "{{BRAND:satispay}} fatto da [[P:Noemi Zara]] perché io non ce l'ho. ci vediamo! 💃",
            ),
        ],
    ),
    # 39. coin shop, Telegram, Italian seller and account problem with IP
    (
        "ruffo",
        "telegram",
        "Edoardo La Rosa",
        [
            (
                "c",
                "it",
                "Buonasera, sono [[P:Edoardo La Rosa]]. Non riesco più ad accedere al mio "
                "account sul vostro sito, dice \"accesso bloccato per troppi tentativi dall'IP "
                '[[IP:93.41.208.17]]". Ma io ho provato solo due volte!',
            ),
            (
                "a",
                "it",
                "Buonasera [[P:Edoardo]], il blocco dura 24 ore. Se vuole lo sblocco io: "
                "mi conferma la mail dell'account?",
            ),
            (
                "c",
                "it",
                "[[EM:edo.larosa@tiscali.it]]. Ah, e il mio ufficio ha anche l'IP "
                "[[IP:151.28.77.140]] se serve metterlo tra quelli fidati",
            ),
            ("a", "it", "Sbloccato ✅ Per gli IP non serve. Cordialmente, Staff {{BRAND:Ruffo}}"),
            (
                "c",
                "it",
                "Grazie. Approfitto: avete ancora il {{PRODUCT:Marengo 20 lire 1882}}? "
                "Lo vorrei regalare a mio genero [[P:Davide Russo]] per la laurea",
            ),
            ("a", "it", "Sì, {{PRICE:465 €}}. Glielo teniamo fino a sabato. [[P:R.R.]]"),
        ],
    ),
]

CONVERSATIONS += [
    # 40. notary, Messenger, US company, formal, power of attorney, LinkedIn profile
    (
        "notaio",
        "messenger",
        "Dana Whitaker",
        [
            (
                "c",
                "en",
                "Good afternoon. I am [[P:Dana Whitaker]], corporate paralegal at "
                "{{BRAND:Hartley Greene LLP}} in [[LOC:Boston]]. Our client, Mr [[P:Richard "
                "Salvadori]], wishes to sell an apartment he inherited in [[LOC:Bassano del "
                "Grappa]] without traveling to Italy. Can your office prepare a power of attorney "
                "in English and Italian? You can verify me here: "
                "[[URL:https://www.linkedin.com/in/dana-whitaker-paralegal-7a31b2]]",
            ),
            (
                "a",
                "en",
                "Good afternoon Ms [[P:Whitaker]], yes, we prepare bilingual powers of "
                "attorney regularly. Mr [[P:Salvadori]] will sign it before a US notary and obtain "
                "the apostille from the Secretary of State. Who will act as attorney-in-fact in "
                "Italy?",
            ),
            (
                "c",
                "en",
                "His cousin, [[P:Marisa Salvadori Bello]], who lives at "
                "[[ADDR:Via Jacopo da Ponte 35, int. 2, 36061 Bassano del Grappa]]. Her phone is "
                "[[PH:0424 52 08 71]].",
            ),
            (
                "a",
                "en",
                "Thank you. Please send us Mr [[P:Salvadori]]'s passport copy and his Italian "
                "codice fiscale, if he has one.",
            ),
            (
                "c",
                "en",
                "He does: [[CF:SLVRRD62E19Z404W]]. Our billing details for your invoice: "
                "{{BRAND:Hartley Greene LLP}}, [[ADDR:One Federal Street, 21st Floor, Boston, MA 02110]], "
                "Attn: [[P:D. Whitaker]], tel. [[PH:+1 617-555-0193]].",
            ),
            (
                "a",
                "en",
                "Received. Draft will follow by {{DATE:Friday}}. [[P:Giulia Pavan]], Notary",
            ),
        ],
    ),
    # 41. dog trainer, Instagram, Australian traveller, online consult, Facebook link
    (
        "fido",
        "instagram",
        "outback.and.barley",
        [
            (
                "c",
                "en",
                "hey! we're travelling Italy in a van with our kelpie Barley for 3 months "
                "and she's started reacting to other dogs on lead 😩 do you do online sessions? "
                "I'm [[P:Kirra]], partner is [[P:Lachlan]]",
            ),
            (
                "a",
                "en",
                "Hi [[P:Kirra]]! Yes, video calls on {{BRAND:Zoom}}, 45 min, "
                "{{PRICE:€40}}. Can you send me a short video of a reaction so I can see it? "
                "[[P:Elisa]] 🐾",
            ),
            (
                "c",
                "en",
                "sure, it's on our page too, we post everything lol "
                "[[URL:facebook.com/kirra.lachlan.vanlife]]. we're near [[LOC:Bardolino]] this "
                "week",
            ),
            ("a", "en", "Watched it. Classic frustration, very fixable. Thursday {{TIME:7pm}}?"),
            (
                "c",
                "en",
                "perfect. pay by card? [[CARD:3745 1234 9876 1018]]... oh wait, my bank "
                "always says never send it in a chat, sorry!! delete pls",
            ),
            ("a", "en", "Haha deleted from my side, I'll send a payment link 😄"),
        ],
    ),
    # 42. piano bar, Messenger, elderly English lady, formal letter, anniversary
    (
        "pianobar",
        "messenger",
        "Margaret Hollis",
        [
            (
                "c",
                "en",
                "Dear Sirs,\n"
                "My late husband and I spent our honeymoon in Sorrento in 1966 and dined at your "
                'restaurant, which was then, I believe, called "{{BRAND:Da Ciccio}}". I shall be returning '
                "on {{DATE:2nd October}} with my daughter [[P:Caroline]] and my grandson "
                "[[P:Oliver Smith]] to mark what would have been our 60th anniversary.\n"
                "Might it be possible to reserve a table for three by the piano, and for the "
                'pianist to play "Torna a Surriento"?\n'
                "Yours faithfully,\n"
                "[[P:Margaret Hollis]] (Mrs)\n"
                "[[ADDR:Flat 4, Elmwood Court, 22 Church Lane, Harrogate HG1 2QT]]",
            ),
            (
                "a",
                "en",
                "Dear Mrs [[P:Hollis]],\n"
                'what a beautiful letter, thank you. Yes, it was "{{BRAND:Da Ciccio}}" until 1988, when my '
                "father [[P:Francesco]] renamed it. The table by the piano is yours on "
                "{{DATE:2 October}} at {{TIME:8 pm}}, and our maestro [[P:Sole Capuano]] will play "
                '"Torna a Surriento" for you.\n'
                "Warm regards,\n"
                "[[P:Vittorio Cuomo]], owner",
            ),
            (
                "c",
                "en",
                "How very kind. [[P:Caroline]]'s mobile, should you need it, is "
                "[[PH:+44 7911 204 538]]. With gratitude, [[P:M. Hollis]]",
            ),
            ("a", "it", "Grazie signora, a ottobre! ([[P:Caroline]]'s number saved ✔️)"),
        ],
    ),
]


_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z_]+):(.+?)\}\}", re.S)
_BASE_TIME = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def strip_markup(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Marked text -> plain text, entity spans, keep spans."""
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[pos : match.start()]
        out.append(before)
        length += len(before)
        if match.group(1):
            kind = ENTITY_ALIASES.get(match.group(1), match.group(1))
            value = match.group(2)
            target = entities
        else:
            kind = match.group(3)
            value = match.group(4)
            target = keep
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        out.append(value)
        length += len(value)
        pos = match.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in: {marked[:60]!r}")
    return text, entities, keep


def build_records() -> list[dict[str, Any]]:
    records = []
    for ci, (business, platform, customer_name, messages) in enumerate(CONVERSATIONS, start=1):
        conversation_id = f"hw16-c{ci:02d}"
        page_id = PAGE_IDS[business]
        customer_id = f"{conversation_id}-customer"
        start = _BASE_TIME + timedelta(days=ci, hours=ci % 9)
        minutes = 0
        for mi, (role, language, marked) in enumerate(messages, start=1):
            text, entities, keep = strip_markup(marked)
            minutes += 3 + (mi * 7 + ci * 5) % 41
            is_customer = role == "c"
            message = {
                "message_id": f"{conversation_id}-m{mi:02d}",
                "conversation_id": conversation_id,
                "platform": platform,
                "page_id": page_id,
                "sender_id": customer_id if is_customer else page_id,
                "sender_name": customer_name if is_customer else BUSINESS_NAMES[business],
                "sender_role": "customer" if is_customer else "agent",
                "recipient_id": page_id if is_customer else customer_id,
                "created_time": (start + timedelta(minutes=minutes)).isoformat(),
                "text": text,
            }
            records.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return records


def render() -> str:
    return "".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in build_records()
    )


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
