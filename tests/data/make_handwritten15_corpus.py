# ruff: noqa: E501  (the corpus is literal hand-written text: long lines are messages)
"""Hand-written labelled TEST corpus no. 15 for the anonymiser (written blind, by hand).

Every conversation below was composed by hand, message by message: no templates, no Faker, no
generator. The author did not read the engine, its other corpora or its scores while writing.
All people, addresses and identifiers are invented (identifiers were computed once with
python-stdnum / Luhn so that they are valid, then pasted as literal text).

Businesses (Page names, see ``BUSINESS_NAMES``): a cobbler and key-cutting kiosk in Naples, a
speech therapist for children in Cagliari, a hunting-and-fishing tackle shop on Lake Maggiore,
an escape room in Rome, a Sardinian agriturismo with cooking weekends, a second-hand baby-gear
shop in Bologna.

Markup inside the literal texts:

- ``[[TYPE:value]]`` marks a personal value (an entity). TYPE is an entity type of
  ``privacy.types.ENTITY_TYPES`` or one of the short aliases in ``ALIASES`` (P, E, T, ...).
- ``{{KIND:value}}`` marks a look-alike that must survive (a keep span): ORDER, PRICE, PRODUCT,
  BRAND, DATE, TIME, TRACKING, CODE, WORD...

The script strips the markup, computes the offsets and writes ``handwritten15_corpus.jsonl``
next to itself. Output is deterministic (timestamps derive from the conversation and message
index). Regenerate with::

    .venv/bin/python tests/data/make_handwritten15_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("handwritten15_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "cobbler": "Calzoleria Da Gennaro",
    "logo": "Logopedia Dott.ssa Fois",
    "tackle": "Il Luccio Caccia & Pesca",
    "escape": "Escape Room Il Labirinto di Minosse",
    "agri": "Agriturismo S'Ortu de Tzia Bonaria",
    "baby": "Ciuccio & Co. Usato Bimbi",
}
PAGE_IDS: dict[str, str] = {key: f"hw15-page-{key}" for key in BUSINESS_NAMES}

ALIASES: dict[str, str] = {
    "P": "PERSON",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
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

_MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]|\{\{([A-Z_]+):(.*?)\}\}", re.DOTALL)

C, A = "customer", "agent"

# (business, platform, customer display name, default language, [(role, text[, language])])
CONVERSATIONS: list[tuple[str, str, str, str, list[tuple[str, ...]]]] = [
    # --- 1. Neapolitan customer at the cobbler
    (
        "cobbler",
        "whatsapp",
        "Assunta Esposito",
        "it",
        [
            (
                C,
                "Buongiorno don [[P:Gennà]]! So' [[P:Assunta]], chella d'e scarpe blu cu 'o tacco rotto. Stanno pronte?",
            ),
            (
                A,
                "Buongiorno signora [[P:Esposito]] 😊 pronte da ieri, tacco nuovo e salvatacchi. Sono {{PRICE:18 euro}}.",
            ),
            (
                C,
                "Uhè che bravo. Passa mio figlio [[P:Ciro]] stasera verso le {{TIME:19}}, 'o guaglione è alto co' 'a barba, nun ve spaventate 😂",
            ),
            (
                A,
                "Nessun problema, chiudiamo alle {{TIME:19:30}}. Gli do pure la ricevuta {{ORDER:n. 4471}}",
            ),
            (
                C,
                "Grazie assaje. E se tenete tiempo, mio marito [[P:Pasquale]] tiene 'na cintura da accorcià, ve la porta [[P:Ciro]]",
            ),
            (A, "Va bene, la facciamo al volo. A stasera! [[P:G.]]"),
        ],
    ),
    # --- 2. Indian-English IT worker in Milan, keys
    (
        "cobbler",
        "messenger",
        "Venkatesh Raghunathan",
        "en",
        [
            (
                C,
                "Hello sir, good afternoon. I am [[P:Venkatesh]], working in [[LOC:Milan]], currently on a business trip to Naples only. I need duplicate of 2 keys, one is the {{BRAND:Cisa}} type with dimples. Kindly confirm you can do the needful.",
            ),
            (
                A,
                "Hello [[P:Venkatesh]], yes we cut {{PRODUCT:Cisa Astral}} dimple keys, about 10 minutes each. Price {{PRICE:€ 12}} per key.",
            ),
            (
                C,
                "Very good. Also one doubt: the flat is of my colleague [[P:Shreya Iyer]] and her landlord Mr. [[P:Tafuri]] says original card is required for the security key. Is it so?",
            ),
            (
                A,
                "For the {{PRODUCT:Cisa Astral}} yes, we need the ownership card, sorry. Ask the landlord, or he can call us at [[T:081 552 3907]].",
            ),
            (
                C,
                "Ok noted. I will revert. My number is [[T:+39 345 771 0296]] in case. Thanks and regards, [[P:Venkatesh R.]]",
            ),
            (A, "Thank you, see you. [[P:Gennaro]]"),
            (
                C,
                "Landlord will send the card by courier tomorrow morning to your shop, it is [[ADDR:via Pignasecca 31]], correct?",
                "en",
            ),
            (A, "Correct, [[ADDR:via Pignasecca 31]], next to the pharmacy. 👍"),
        ],
    ),
    # --- 3. Pedantic customer with signature block, cobbler, resoling
    (
        "cobbler",
        "messenger",
        "Ing. Raffaele D'Amico",
        "it",
        [
            (
                C,
                "Spett.le Calzoleria,\ncon la presente chiedo un preventivo per la risuolatura in cuoio di n. 2 paia di scarpe modello {{PRODUCT:Oxford}} ({{BRAND:Church's}}), misura 43.\nResto in attesa di cortese riscontro.\n\nDistinti saluti\n--\nIng. [[P:Raffaele D'Amico]]\nStudio Tecnico [[P:D'Amico]] & Associati\n[[ADDR:Via Francesco Crispi 72, 80121 Napoli]]\nTel. [[T:081.761.44.20]] | Cell. [[T:338/4417782]]\nP.IVA [[VAT:07145620030]]\n[[E:r.damico@studiodamico-ingegneria.it]]",
            ),
            (
                A,
                "Gentile Ingegnere, per la risuolatura in cuoio con guardolo sono {{PRICE:65 €}} al paio, tempi 10 giorni lavorativi. Può lasciarle quando vuole. Cordiali saluti, [[P:Gennaro Capasso]]",
            ),
            (
                C,
                "Gentile Sig. [[P:Capasso]],\nprendo atto. Chiedo altresì emissione di fattura intestata allo Studio (dati in calce al precedente messaggio). Le porterà la mia segretaria, Sig.ra [[P:Iolanda Pirozzi]], in data {{DATE:giovedì 12}}.\nCordialità\nIng. [[P:R. D'Amico]]",
            ),
            (A, "Perfetto, fattura allo studio. Aspettiamo la signora [[P:Pirozzi]] giovedì."),
        ],
    ),
    # --- 4. Angry customer in CAPS
    (
        "cobbler",
        "instagram",
        "ilmondodilella",
        "it",
        [
            (
                C,
                "BUONGIORNO. HO RITIRATO GLI STIVALI IERI E LA CERNIERA SI È GIÀ ROTTA DI NUOVO!!! {{PRICE:25 EURO}} BUTTATI",
            ),
            (
                A,
                "Buongiorno, ci dispiace davvero. Li riporti quando vuole e la cambiamo gratis, stavolta con una cerniera {{BRAND:YKK}} in metallo.",
            ),
            (
                C,
                "IO ABITO A [[LOC:POZZUOLI]] NON È CHE VENGO A NAPOLI OGNI GIORNO. MANDATE QUALCUNO",
            ),
            (A, "Capisco. Possiamo farli ritirare dal corriere, ci lasci nome e indirizzo."),
            (
                C,
                "[[P:GABRIELLA SORRENTINO]] [[ADDR:VIA NAPOLI 114, 80078 POZZUOLI]] CITOFONO [[P:SORRENTINO-LETTIERI]]. E VOGLIO LA RICEVUTA",
            ),
            (
                A,
                "Ricevuto signora [[P:Sorrentino]], ritiro {{DATE:martedì}} mattina. Codice pratica {{ORDER:RIP-2291}}. Ci scusi ancora. Staff",
            ),
        ],
    ),
    # --- 5. Scottish customer, key-cutting for an Airbnb
    (
        "cobbler",
        "whatsapp",
        "Morag",
        "en",
        [
            (
                C,
                "Hiya, it's [[P:Morag]] fae [[LOC:Dundee]], I'm renting the flat above the tabacchi on [[ADDR:Vico Lungo Gelso 9]] for a month. Landlady Signora [[P:Iannone]] says yous can cut me a spare key?",
            ),
            (A, "Hi [[P:Morag]]! Yes of course, bring the key, 5 minutes. {{PRICE:€4}}"),
            (
                C,
                "Magic. Och and my pal [[P:Kirsty]] is flying in on {{DATE:the 14th}}, could ye do two? She's a wee bit scatty and will lose one for sure 😂",
            ),
            (A, "Two keys, no problem 😄"),
            (
                C,
                "Cheers pal. If I'm no there by 6 it's cause I'm lost in the Quartieri again, text me on [[T:07700 914 362]]",
            ),
        ],
    ),
    # --- 6. Speech therapist, mother writes, CF for invoice
    (
        "logo",
        "whatsapp",
        "Federica Piras",
        "it",
        [
            (
                C,
                'Buonasera dottoressa, sono [[P:Federica Piras]], la mamma di [[P:Nicolò]] (4 anni e mezzo). La pediatra, dott.ssa [[P:Melis]], ci ha consigliato una valutazione perché dice ancora "tane" invece di "cane" 😅',
            ),
            (
                A,
                "Buonasera signora [[P:Piras]], molto normale a quell'età, ma una valutazione è utile. Ho disponibilità {{DATE:lunedì 9}} alle {{TIME:16:30}} qui in studio a [[LOC:Cagliari]]. Va bene?",
            ),
            (C, "Sì perfetto! Per la fattura le servono i dati? Lo intesto a me o a lui?"),
            (
                A,
                "Per la detrazione meglio al bambino come paziente e a lei come pagante: mi mandi i due codici fiscali e l'indirizzo, per favore. Dott.ssa [[P:Giovanna Fois]]",
            ),
            (
                C,
                "Io: [[CF:FSOGNN79M45B354I]]... ah no scusi, quello è di mia sorella [[P:Giovanna]] 🙈 il mio è [[CF:MNTLSS88A41L219A]]\n[[P:Nicolò]]: [[CF:srnlcu03r14g273c]]\n[[ADDR:Via Is Mirrionis 88, 09121 Cagliari]]",
            ),
            (
                A,
                "Ricevuti, grazie! A lunedì. Se [[P:Nicolò]] ha un pupazzo preferito lo porti pure, aiuta a rompere il ghiaccio 🧸",
            ),
            (C, "Si chiama Bubi, è un coniglio, verrà sicuramente 😂"),
        ],
    ),
    # --- 7. Grandmother dictating to her grandson
    (
        "logo",
        "messenger",
        "Mattia Loi",
        "it",
        [
            (
                C,
                'Salve, scrivo per mia nonna che non sa usare facebook. Vi detto quello che dice lei: "Buongiorno dottoressa, sono [[P:Maria Grazia Cocco]] vedova [[P:Loi]], la nonna di [[P:Sofia]] che viene il martedì".',
            ),
            (
                C,
                "\"Volevo dire che martedì la bambina non la porta la mamma ma la porto io, e siccome non guido mi accompagna il signor [[P:Atzeni]] del piano di sotto\". Poi dice se può venire anche lui dentro o aspetta fuori. Ah e dice che le fa male l'anca quindi se c'è ascensore. [[P:Mattia]]",
            ),
            (
                A,
                "Buongiorno [[P:Mattia]], saluti alla nonna! C'è l'ascensore, e il signor [[P:Atzeni]] può aspettare in sala d'attesa, ci sono anche le riviste. A martedì alle {{TIME:17}}. [[P:Giovanna Fois]]",
            ),
            (C, "La nonna dice grazie e che vi porta le {{PRODUCT:pardulas}} 😄"),
            (A, "Non si disturbi! (ma le accettiamo volentieri 😁)"),
        ],
    ),
    # --- 8. Father in English, expat in Sardinia, bilingual child
    (
        "logo",
        "instagram",
        "tom.whitfield",
        "en",
        [
            (
                C,
                "Hi there, we're a British-Italian family living in [[LOC:Quartu Sant'Elena]]. Our daughter [[P:Hope]] is 6 and bilingual, her teacher at school thinks she mixes the two languages too much. Do you work with bilingual kids?",
            ),
            (
                A,
                "Hello! Yes, I do, and mixing languages at 6 is usually perfectly normal. I can see her for an assessment in Italian and English. I'm [[P:Giovanna]], by the way.",
            ),
            (
                C,
                "Brilliant, thanks [[P:Giovanna]]. My wife [[P:Chiara]] will bring her, I work in [[LOC:Cagliari]] port until 6. Could you send the intake form to [[E:chiara.whitfield(at)gmail(dot)com]]? Cheers, [[P:Tom Whitfield]]",
            ),
            (
                A,
                "Sent! You can fill it in online, it's on our page too. First slot is {{DATE:Wednesday 11 March}} at {{TIME:3pm}}.",
            ),
            (
                C,
                "Perfect, booked. [[P:Hope]] is already excited she gets to 'play games with the lady' 😂",
            ),
        ],
    ),
    # --- 9. Shy teenager (stutter), short messages
    (
        "logo",
        "instagram",
        "_lu.ca_",
        "it",
        [
            (C, "ciao"),
            (C, "scusi il disturbo, ma lavorate anche con i ragazzi più grandi? tipo 16 anni"),
            (A, "Ciao! Certo, lavoro anche con adolescenti e adulti. Dimmi pure, senza fretta 🙂"),
            (
                C,
                "balbetto un po' quando sono agitato. a scuola ho l'orale a giugno e ho paura. i miei non lo sanno che vi scrivo",
            ),
            (
                A,
                "Grazie per avermelo scritto, non è facile. Per un primo incontro a 16 anni serve comunque il consenso di un genitore. Vuoi che ti spieghi come parlarne con loro?",
            ),
            (
                C,
                "si ok. mia madre si chiama [[P:Rosa]], magari la chiamate voi? [[T:347 20 19 448]]. io sono [[P:Luca]] comunque",
            ),
            (
                A,
                "Va bene [[P:Luca]], la chiamo domani pomeriggio e le dico che mi hai scritto tu, così non è una sorpresa brutta. Bravo.",
            ),
        ],
    ),
    # --- 10. Lawyer in legalese about an unpaid invoice, with IBAN
    (
        "logo",
        "messenger",
        "Avv. Bianca Deiana",
        "it",
        [
            (
                C,
                "Gent.ma Dott.ssa [[P:Fois]],\nscrivo in nome e per conto del Sig. [[P:Efisio Mura]], genitore esercente la responsabilità genitoriale sul minore [[P:Gavino Mura]], in ordine alla fattura n. {{ORDER:37/2026}}. Il mio assistito contesta l'addebito della seduta del {{DATE:3 febbraio}}, disdetta con preavviso superiore alle 24 ore come da Vs. regolamento.\nSi chiede pertanto lo storno o, in subordine, il rimborso sul c/c IBAN [[IBAN:IT13B0503401633000000045871]] intestato al medesimo.\nCon osservanza.\nAvv. [[P:Bianca Deiana]]\nFo. di [[LOC:Oristano]]",
            ),
            (
                A,
                "Gentile Avvocata, ho verificato: la disdetta risulta effettivamente del {{DATE:1 febbraio}}. Provvedo al rimborso di {{PRICE:€ 45,00}} entro 5 giorni lavorativi sull'IBAN indicato e invio nota di credito. Un cordiale saluto, Dott.ssa [[P:Giovanna Fois]]",
            ),
            (C, "Si prende atto e si ringrazia. Avv. [[P:B. Deiana]]"),
        ],
    ),
    # --- 11. Tackle shop: Swiss-Italian customer, order, card
    (
        "tackle",
        "messenger",
        "Walter Bernasconi",
        "it",
        [
            (
                C,
                "Salve, cerco un mulinello {{PRODUCT:Shimano Stradic FL 2500}} per la trota, l'avete disponibile? Passo da [[LOC:Cannobio]] sabato",
            ),
            (
                A,
                "Buongiorno [[P:Walter]], sì ne abbiamo due. {{PRICE:219,00 €}}. Glielo tengo da parte?",
            ),
            (
                C,
                "Sì grazie, e anche 3 bobine di {{PRODUCT:fluorocarbon 0,18}}. Pago anticipato con carta se va bene",
            ),
            (
                A,
                "Va bene, mi mandi il numero in privato o la chiamo io? Qui è il canale del negozio",
            ),
            (
                C,
                "Tanto è uguale: [[CARD:4532 0123 0001 7732]] scad. {{DATE:09/28}}, intestata a [[P:Walter Bernasconi]]. Il cvv glielo dico al telefono",
            ),
            (
                A,
                "Meglio di no qui! La cancello dalla chat, e sabato paga in negozio. Prenotazione {{ORDER:PR-0388}} a nome [[P:Bernasconi]]. [[P:Ivo]]",
            ),
            (
                C,
                "Ok ok scusate. Sabato verso le 8, vengo col mio amico [[P:Bruno Ferro]] che deve fare la licenza",
            ),
        ],
    ),
    # --- 12. Hunting licence, voice-to-text tradesman
    (
        "tackle",
        "whatsapp",
        "Ezio Ramoni",
        "it",
        [
            (
                C,
                "buongiorno sono [[P:ramoni ezio]] da [[LOC:premosello]] quello che fa i tetti volevo sapere se avete le cartucce {{PRODUCT:fiocchi calibro 12}} piombo 7 che sabato apre la stagione e poi se mi mettete da parte un paio di stivali {{BRAND:aigle}} 44 che li ho visti su internet costano {{PRICE:160}} poi passo io dopo il lavoro verso le sei e mezza grazie ciao",
            ),
            (
                A,
                "Buongiorno [[P:Ezio]], cartucce ci sono (scatola da 25 a {{PRICE:€ 9,50}}), gli {{BRAND:Aigle}} 44 li ho in verde oliva. Metto tutto da parte. Ricordi il porto d'armi",
            ),
            (
                C,
                "si si ce l'ho nel cruscotto il porto d'armi manda anche mio cognato [[P:Mauro]] che vuole il coltello quello col manico in corno il {{PRODUCT:Maniago}} gliel'ho detto io che ce l'avete",
            ),
            (
                A,
                "Il coltello di {{PRODUCT:Maniago}} c'è, {{PRICE:85 €}}. Allora a stasera. [[P:Ivo Zanetti]]",
            ),
        ],
    ),
    # --- 13. Non-native English (German) fly fisherman, hotel address, email obfuscated
    (
        "tackle",
        "instagram",
        "fliegenfischer_jens",
        "en",
        [
            (
                C,
                "Hello, I am [[P:Jens Hartmann]] from [[LOC:Freiburg]], I stay in holiday on Lago Maggiore from 20. May. Is it possible to buy a fishing permit for the river Toce in your shop? And which flies are good now?",
            ),
            (
                A,
                "Hi [[P:Jens]]! Yes, we sell the daily permit for the Toce ({{PRICE:€15}}/day). In May nymphs work best, and small {{PRODUCT:Klinkhamer}} size 16 in the evening.",
            ),
            (
                C,
                "Very good thank you. Can you reserve 3 days permit? My adress in Italy is [[ADDR:Hotel Belvedere, Via per Mergozzo 3, 28924 Fondotoce]]. Or you write me to [[E:jens.hartmann [at] posteo [dot] de]]",
            ),
            (
                A,
                "Permits are personal, we need your document when you come in. Just bring your ID and 3 days are done in 5 minutes 🎣",
            ),
            (
                C,
                "Ok, then I come on Tuesday with my wife [[P:Ulrike]]. She does not fish, she reads 😄",
            ),
        ],
    ),
    # --- 14. Angry US customer, online order not arrived, tracking
    (
        "tackle",
        "messenger",
        "Rich Caldwell",
        "en",
        [
            (
                C,
                'Ordered a {{PRODUCT:Rapala}} lure set two weeks ago, order {{ORDER:#LU-20931}}, still nothing. Tracking {{TRACKING:1Z 999 AA1 01 2345 6784}} says "label created". What\'s going on??',
            ),
            (
                A,
                "Hi [[P:Rich]], sorry about that. The parcel was returned to us: the address on the label was incomplete. Can you confirm the full address?",
            ),
            (
                C,
                "It's the same one I ALWAYS use. [[ADDR:418 W Pine Street, Apt 2B, Missoula, MT 59802]]. Phone [[T:(406) 555-0187]]. Ship it again please, and maybe do not lose it this time.",
            ),
            (
                A,
                "Thank you Mr [[P:Caldwell]], the apartment number was missing. Re-shipped today by {{BRAND:DHL}}, new tracking {{TRACKING:JD014600006281735522}}. Spedito 👍 [[P:Ivo]]",
            ),
            (C, "Fine. Thanks [[P:Ivo]].", "en"),
        ],
    ),
    # --- 15. Escape room: group booking, team building with VAT
    (
        "escape",
        "messenger",
        "Serena Bello",
        "it",
        [
            (
                C,
                "Ciao! Sono [[P:Serena Bello]], HR di una piccola azienda di software a [[LOC:Roma]] (zona [[LOC:Ostiense]]). Vorremmo fare un team building per 14 persone, {{DATE:venerdì 20 marzo}} dopo le {{TIME:18}}. Si può dividere in due stanze?",
            ),
            (
                A,
                "Ciao [[P:Serena]]! Sì, due gruppi da 7: uno nel {{PRODUCT:Labirinto}} e uno nella {{PRODUCT:Tomba del Faraone}}, poi si confrontano i tempi 😈 {{PRICE:25 € a persona}}.",
            ),
            (
                C,
                "Top! Fattura elettronica a: Nubeware S.r.l., [[ADDR:Via del Porto Fluviale 12, 00154 Roma]], P.IVA [[VAT:02988130155]], codice SDI {{CODE:M5UXCR1}}. Referente io, [[E:serena.bello@nubeware.it]]",
            ),
            (
                A,
                "Perfetto, ti mando la conferma per email. Caparra {{PRICE:100 €}} con bonifico, ti giro i nostri dati.",
            ),
            (
                C,
                "Grazie mille! Ah, uno dei colleghi, [[P:Francesco Gatto]], è claustrofobico, c'è una stanza più aperta?",
            ),
            (
                A,
                "La {{PRODUCT:Tomba}} è la più spaziosa e la porta non si chiude mai davvero a chiave, mettilo lì 🙂 [[P:Daria]]",
            ),
        ],
    ),
    # --- 16. Roman customer with romanesco, lost item
    (
        "escape",
        "whatsapp",
        "Er Tiburtino",
        "it",
        [
            (
                C,
                "Aò bella raga! So' [[P:Claudio]], ieri stavamo ner Labirinto, quelli della festa de [[P:Martina]], ve ricordate? Mi cugino [[P:Alessio]] ha perso 'e chiavi de casa, c'hanno 'n portachiavi della {{BRAND:Roma}} 💛❤️",
            ),
            (
                A,
                "Ciao [[P:Claudio]]! Sì, le abbiamo trovate dietro la statua del Minotauro 😂 Sono qui alla cassa.",
            ),
            (
                C,
                "Ammazza, 'ndo s'era infilato. Passa lui stasera, è uno arto, co' 'a tuta. Se chiama [[P:Alessio Proietti]], jie potete chiede 'r documento",
            ),
            (A, "Va bene, fino alle {{TIME:23}} siamo aperti. [[P:Marco]] dello staff"),
            (
                C,
                "Grazie ve devo 'na birra. Ah e [[P:Martina]] dice che la prossima vorta famo quella der faraone",
            ),
        ],
    ),
    # --- 17. English tourists in Rome, Australian
    (
        "escape",
        "instagram",
        "bondi.june",
        "en",
        [
            (
                C,
                "G'day! Four of us from [[LOC:Brisbane]] visiting Rome next week, is your escape room OK in English? We're pretty competitive, no dramas if it's hard 😅",
            ),
            (
                A,
                "Hi! Yes, all our rooms have an English version and a game master who speaks English. Which day works?",
            ),
            (
                C,
                "Thursday arvo maybe, 4ish? Names are me ([[P:June Maddox]]), [[P:Will]], [[P:Jack O'Brien]] and [[P:Bree]]. [[P:Will]]'s a lawyer so he'll argue with every clue haha",
            ),
            (
                A,
                "Thursday {{TIME:16:15}} in the {{PRODUCT:Labirinto di Minosse}}, booking {{ORDER:LM-7741}}. Pay on the day. See you!",
            ),
            (
                C,
                "Legend, cheers. My mobile's [[T:+61 412 555 309]] if we get lost, our Airbnb's near [[LOC:Piazza Vittorio]]",
            ),
            (A, "We're 10 min walk from there. Ciao! Team Minosse"),
        ],
    ),
    # --- 18. Tourist writing bad Italian to the escape room, refund IBAN
    (
        "escape",
        "messenger",
        "Bill Moore",
        "it",
        [
            (
                C,
                "Buongiorno, io sono [[P:Bill Moore]], io ho pagato per escape stanza domenica ma mia moglie è malata, noi non possiamo venire. Possibile rimborso? Grazie mille tanto",
            ),
            (
                A,
                "Buongiorno [[P:Bill]], ci dispiace! Nessun problema, possiamo rimborsare. Mi scrive l'IBAN? (You can write in English if easier 🙂)",
            ),
            (
                C,
                "Oh thank you, yes much easier! IBAN is [[IBAN:GB74BARC20035376543210]], name [[P:William J. Moore]]. The booking was under my wife's name, [[P:Grace Moore]].",
                "en",
            ),
            (
                A,
                "All done, {{PRICE:€ 60}} refunded, it takes 2-3 days. Get well soon to [[P:Grace]]! [[P:D.]]",
                "en",
            ),
        ],
    ),
    # --- 19. Booking site problem, IP, teenager with slang
    (
        "escape",
        "instagram",
        "giuly.xx",
        "it",
        [
            (C, "raga il sito nn mi fa prenotare mi dice tipo accesso bloccato??"),
            (A, "Ciao! Ci mandi uno screenshot? A volte il filtro antispam blocca alcune reti."),
            (
                C,
                'nn posso mandare foto dal pc della biblio 💀 c\'è scritto "your ip [[IP:93.41.207.118]] has been blocked" boh',
            ),
            (A, "Trovato, sbloccato ora. Riprova 🙂"),
            (
                C,
                "andato!! prenotato x sabato siamo in 5, a nome [[P:giulia di stefano]]. cmq siete mitici",
            ),
            (A, "Grazie [[P:Giulia]]! Sabato vi aspettiamo, portate il cervello acceso 🧠"),
        ],
    ),
    # --- 20. English couple, cooking weekend at the agriturismo
    (
        "agri",
        "messenger",
        "Helen Cook",
        "en",
        [
            (
                C,
                "Hello! My husband and I saw your cooking weekend on Instagram (our friend [[H:@rosiebakes_hgt]] shared it). Are there places left for the {{PRODUCT:culurgiones}} weekend in April? We're [[P:Helen]] and [[P:Mark Cook]], from [[LOC:Harrogate]].",
            ),
            (
                A,
                "Hello [[P:Helen]]! Yes, 2 places left for {{DATE:17-19 April}}: two nights, all meals, the pasta class with [[P:Tzia Bonaria]] herself and a visit to the sheep farm. {{PRICE:€ 390 per person}}.",
            ),
            (C, "Lovely. [[P:Mark]] is coeliac though, is that a problem with all the pasta? 😬"),
            (
                A,
                "Not at all, [[P:Bonaria]] makes a gluten-free dough for him separately. We just need a deposit of {{PRICE:€ 200}} to hold the room.",
            ),
            (
                C,
                "Great. Card is [[CARD:5424-1888-9384-7988]], exp {{DATE:03/27}}, name [[P:H. J. Cook]]. Or is there a secure link?",
            ),
            (
                A,
                "Thank you, charged and done, but next time better to use the link on our site, it's safer 🙂 Booking {{ORDER:SO-0417}}. Pick-up at Olbia airport if you need it: my cousin [[P:Salvatore]] drives the minivan. [[P:Antonella]]",
            ),
            (
                C,
                "Yes please for the pick-up! Flight lands {{TIME:13:40}}. My mobile is [[T:+44 7911 123 456]]. Our friend is [[P:Rosie]], [[URL:https://www.instagram.com/rosie.bakes.harrogate/]] if you want to say thanks 😄",
            ),
            (A, "Ha, we will! See you in April. [[P:Antonella]] & [[P:Bonaria]]", "en"),
        ],
    ),
    # --- 21. Irish guest, refund after cancellation, IBAN
    (
        "agri",
        "whatsapp",
        "Siobhán",
        "en",
        [
            (
                C,
                "Hi lads, [[P:Siobhán Ní Bhriain]] here, booked the lamb weekend for me and my sister [[P:Aoife]]. Bad news, she broke her ankle at the camogie on Sunday, the eejit. Any chance of moving or a refund?",
            ),
            (
                A,
                "Oh no, poor [[P:Aoife]]! We can move you to the autumn weekend ({{DATE:9-11 October}}) or refund the deposit, whatever you prefer.",
            ),
            (
                C,
                "Refund would be easiest, we're not sure when she'll be walking. IBAN [[IBAN:IE29AIBK93115212345678]], account name is mine. I'm in [[LOC:Ennis]], Co. Clare if you need an address for the receipt: [[ADDR:14 Francis Street, Ennis, Co. Clare, V95 R2K7]]",
            ),
            (
                A,
                "Refund of {{PRICE:€ 300}} sent today, receipt to follow by email. Tell [[P:Aoife]] to heal quick and come see the sheep 🐑 — [[P:Antonella Sanna]]",
                "en",
            ),
            (C, "You're very good, thanks a million ❤️"),
        ],
    ),
    # --- 22. Elderly lady, formal letter style, agriturismo
    (
        "agri",
        "messenger",
        "Adelina Marras",
        "it",
        [
            (
                C,
                "Egregi Signori,\nla sottoscritta [[P:Adelina Marras]], nata e residente in [[LOC:Nuoro]], desidera ricevere informazioni circa il pranzo della domenica presso la Vostra azienda agrituristica, per n. 11 persone, in occasione del novantesimo compleanno della sorella [[P:Bonaria Marras]] (omonima della Vostra titolare, come avrà notato).\nLa sottoscritta fa presente che alcuni ospiti sono anziani e necessitano di un tavolo al piano terra.\nIn attesa di cortese risposta porgo distinti saluti.\n[[P:Adelina Marras]]\n[[ADDR:Via Lamarmora 41\n08100 Nuoro]]\ntel. [[T:0784 33 210]]",
            ),
            (
                A,
                "Gentile signora [[P:Marras]], sarà un onore! La sala grande è al piano terra, menù della domenica {{PRICE:40 € a persona}} con {{PRODUCT:porceddu}}, e la torta la offriamo noi. Che domenica pensava?",
            ),
            (
                C,
                "Egregi Signori, la domenica prescelta è il {{DATE:26 aprile}}. Per le comunicazioni può rivolgersi anche al nipote, Sig. [[P:Gianfranco Pinna]], [[T:339 812 4470]], il quale provvederà al trasporto. Distinti saluti. [[P:A. Marras]]",
            ),
            (
                A,
                "Segnato: {{DATE:domenica 26 aprile}}, 11 persone, sala al piano terra. Tanti auguri alla signora [[P:Bonaria]]! [[P:Antonella]]",
            ),
        ],
    ),
    # --- 23. Second-hand baby gear: selling a pram, Instagram handle
    (
        "baby",
        "instagram",
        "marti_e_i_gemelli",
        "it",
        [
            (
                C,
                "Ciao! Vorrei vendere il passeggino gemellare {{PRODUCT:Cybex Gazelle S}}, usato un anno, tenuto benissimo. Lo ritirate voi o devo portarlo? Sono di [[LOC:Casalecchio di Reno]]",
            ),
            (
                A,
                "Ciao! Grazie per averci scritto 🥰 Mandaci 3-4 foto (anche delle ruote) e ti facciamo una valutazione. Se lo accettiamo, il ritiro a [[LOC:Casalecchio]] è gratis.",
            ),
            (
                C,
                "Fatto, te le ho mandate. C'è anche il parapioggia originale. Ah, il mio profilo personale è [[H:@martina.fabbri.86]] se vuoi vedere com'era nuovo",
            ),
            (
                A,
                "Bellissimo! Ti proponiamo {{PRICE:280 €}} subito oppure {{PRICE:360 €}} in conto vendita. Scegli tu 😊 [[P:Elisa]]",
            ),
            (
                C,
                "Conto vendita! Ritiro giovedì? Indirizzo [[ADDR:via Porrettana 212, scala B, int. 5]], citofono [[P:Fabbri/Guidotti]]",
            ),
            (
                A,
                "Giovedì tra le {{TIME:10}} e le {{TIME:12}} passa [[P:Davide]] col furgone. Contratto {{ORDER:CV-1156}}.",
            ),
        ],
    ),
    # --- 24. US dad in Bologna, buying a car seat
    (
        "baby",
        "messenger",
        "Zach Porta",
        "en",
        [
            (
                C,
                "Hi, my wife and I just moved to [[LOC:Bologna]] from [[LOC:Ohio]] (I'm at the university, postdoc). Baby due in June!! Do you have used infant car seats that fit an {{BRAND:Isofix}} base? Budget is tight lol",
            ),
            (
                A,
                "Congratulations!! 🎉 Yes, right now we have a {{PRODUCT:Maxi-Cosi Pebble 360}} with base, {{PRICE:€ 150}}, never been in an accident (we check that with the seller). Link: [[URL:https://www.ciuccioeco.it/shop/maxi-cosi-pebble-360-usato-1187]]",
            ),
            (
                C,
                "Oh nice. Funny thing, my last name is [[P:Porta]] and people here keep asking if I'm Italian 😂 (great-grandpa was from somewhere near [[LOC:Potenza]])",
                "en",
            ),
            (
                A,
                "Then you're basically Italian! Want us to hold the seat? Name for the reservation?",
            ),
            (
                C,
                "Yes please, [[P:Zach Porta]], email [[E:zporta@alumni.osu.edu]], cell [[T:+1 614-555-0142]] (US number, WhatsApp works).",
            ),
            (
                A,
                "Held until Saturday. We're at [[ADDR:via Mazzini 96/B]], open {{TIME:10-19}}. [[P:Elisa]] 👶",
            ),
            (
                C,
                "Great. My wife [[P:Hannah]] might come instead of me, she's the one who actually knows what she's doing",
            ),
        ],
    ),
    # --- 25. Engraving on a leather keyring (cobbler), English girl in Naples
    (
        "cobbler",
        "instagram",
        "chelsea.in.napoli",
        "en",
        [
            (
                C,
                "Hi!! Do you do personalised leather keyrings? I'd like one for my boyfriend's birthday",
            ),
            (
                A,
                "Ciao! Yes, we stamp initials or short phrases on the leather, {{PRICE:€ 15}}, ready in 2 days.",
            ),
            (
                C,
                "Amazing. Could you engrave 'Per sempre, [[P:Tommaso]]' on one side and '[[P:C.]] 14.02' on the other? He's Italian so I'm trying to be romantic in his language lol. I'm [[P:Chelsea]] btw",
            ),
            (
                A,
                "Beautiful 😍 'Per sempre, [[P:Tommaso]]' fits in one line. Dark brown or cognac leather?",
            ),
            (
                C,
                "Cognac! And please don't post it on your stories, he follows you 🙈 ([[H:@tommy_esposito_93]])",
            ),
            (A, "Promise 🤐 Ready {{DATE:Thursday}} after {{TIME:5pm}}. Name for the ticket?"),
            (C, "[[P:Chelsea Lambert]] 💕"),
        ],
    ),
    # --- 26. Forwarded delivery note (baby gear, Sicilian customer)
    (
        "baby",
        "whatsapp",
        "Carmelo",
        "it",
        [
            (C, "Bongiorno, vi inoltro chiddu ca m'arrivò, u pacco u lettino un c'è ancora"),
            (
                C,
                "Inoltrato:\n---\nBRT S.p.A. - Avviso di mancata consegna\nSpedizione n. {{TRACKING:078 4502 1193 7745}}\nMittente: {{BRAND:Ciuccio & Co.}} Bologna\nDestinatario: [[P:CARMELO LO IACONO]]\n[[ADDR:VIA VITTORIO EMANUELE 219\n95131 CATANIA CT]]\nEsito: destinatario assente. Il collo è in giacenza presso la filiale di [[LOC:Misterbianco]].\n---",
            ),
            (
                A,
                "Buongiorno signor [[P:Lo Iacono]], il corriere dice che non c'era nessuno. Può ritirarlo in filiale oppure chiediamo una nuova consegna: che giorno è a casa?",
            ),
            (
                C,
                "Iu travagghiu tutta a jurnata, ma me muglieri [[P:Concetta]] c'è sempri a matina. Mettiti u so numiru [[T:392 6617 058]]",
            ),
            (
                A,
                "Fatto, nuova consegna {{DATE:mercoledì}} mattina con avviso a [[P:Concetta]]. Ordine {{ORDER:#CC-3308}}. [[P:Elisa]]",
            ),
            (C, "Grazzi assai. U picciriddu dormi cu nuatri nto lettu granni, un vidu l'ura 😂"),
        ],
    ),
    # --- 27. School trip: e-mail pasted with headers (escape room)
    (
        "escape",
        "messenger",
        "Lourdes Ferrari",
        "it",
        [
            (
                C,
                "Buongiorno, vi incollo la mail che vi ho mandato la settimana scorsa perché non ho avuto risposta.\n\nDa: [[P:Lourdes Ferrari]] <[[E:lourdes.ferrari@liceovirgilioroma.edu.it]]>\nInviato: lunedì 2 marzo 2026 08:14\nA: info@labirintodiminosse.it\nOggetto: Uscita didattica classe 4B\n\nGentili responsabili,\nsono la prof.ssa [[P:Ferrari]], docente di matematica. Vorrei portare la classe 4B (23 studenti) a fare la vostra stanza sulla logica in orario scolastico, in una mattina di aprile. Accompagnatori: io e il prof. [[P:Ettore Russo]].\nCordiali saluti\n[[P:Lourdes Ferrari]]\n--\nInviato da {{BRAND:Outlook}} per {{PRODUCT:iOS}}",
            ),
            (
                A,
                "Buongiorno professoressa, ci scusi: la mail era finita nello spam. Per le scuole apriamo anche la mattina, {{PRICE:12 € a studente}}, accompagnatori gratis. Va bene {{DATE:mercoledì 15 aprile}} alle {{TIME:9:30}}?",
            ),
            (
                C,
                "Sì, perfetto. Il pagamento lo fa la segreteria, referente la sig.ra [[P:Gioia Palumbo]], [[T:06 5573 2241]] int. 3.",
            ),
            (
                A,
                "Benissimo, la contattiamo noi. Prenotazione {{ORDER:SCU-0415}}. Un saluto, [[P:Daria Colonna]] (coordinatrice)",
            ),
            (
                C,
                "Grazie. Vi segnalo che un'alunna, [[P:Sole]], ha una disabilità motoria: è accessibile?",
            ),
            (
                A,
                "Sì, tutto al piano terra con rampa. Avvisiamo il game master, così adattiamo un enigma a terra. [[P:D.C.]]",
            ),
        ],
    ),
    # --- 28. Fishing club order typed as a table (tackle), one-line address
    (
        "tackle",
        "telegram",
        "Fortunato La Rosa",
        "it",
        [
            (
                C,
                "Buonasera, sono [[P:Fortunato La Rosa]], presidente dell'ASD Pescatori del Verbano. Ordine per la gara sociale:\n\narticolo            | qtà | prezzo\n{{PRODUCT:amo Gamakatsu n.14}}   | 20  | {{PRICE:3,20}}\n{{PRODUCT:bigattini 1 lt}}       | 10  | {{PRICE:4,50}}\n{{PRODUCT:galleggiante 2 gr}}    | 30  | {{PRICE:1,80}}\n\nFattura all'associazione, P.IVA [[VAT:15432070850]].",
            ),
            (
                A,
                "Buonasera presidente! Tutto disponibile, totale {{PRICE:163 €}} con lo sconto club del 10%. Ritira lei o consegniamo?",
            ),
            (
                C,
                "Consegna a casa mia, [[ADDR:via San Vittore 48, 28921 Verbania Intra, VB]], dopo le 18. Se non ci sono lasciate a mia nuora [[P:Stefania]] che abita sopra",
            ),
            (
                A,
                "D'accordo, {{DATE:venerdì}} sera. In bocca al luccio per la gara 🎣 [[P:Ivo]] & [[P:Paolo]]",
            ),
            (
                C,
                "Crepi! Vi mando le foto del vincitore, speriamo sia io e non quel [[P:Beppe Gatti]] che vince sempre",
            ),
        ],
    ),
    # --- 29. Speech therapy: parent, neuropsychiatrist, agents signing in different ways
    (
        "logo",
        "whatsapp",
        "Gioia Dell'Acqua",
        "it",
        [
            (
                C,
                "Salve, sono [[P:Gioia Dell'Acqua]], mamma di [[P:Tobia]] (7 anni). Il neuropsichiatra dott. [[P:Armani]] del consultorio di [[LOC:Selargius]] ci ha dato il vostro numero per un trattamento per la dislessia.",
            ),
            (
                A,
                "Buongiorno signora, sono [[P:Ilaria]], la segretaria dello studio. La dottoressa la richiama oggi dopo le {{TIME:14}}. La relazione del dott. [[P:Armani]] ce l'ha già?",
            ),
            (
                C,
                "Sì, ve la mando in pdf. Dentro c'è anche il codice fiscale di [[P:Tobia]], [[CF:DLCPLA92C22F839V]]... no aspetti quello è di mio marito [[P:Paolo]]. Ve la mando e basta 😅",
            ),
            (
                A,
                "Nessun problema 🙂 Dott.ssa [[P:G. Fois]]: confermo il primo incontro {{DATE:giovedì 19}} alle {{TIME:15}}. Porti il quaderno di scuola di [[P:Tobia]].",
            ),
            (
                C,
                "Grazie! Ultima cosa: vive con noi anche la nonna, [[P:Bianca]], potrebbe accompagnarlo lei a volte?",
            ),
            (
                A,
                "Certo, basta una delega firmata. Glie la preparo. — Studio [[P:Fois]] (segreteria)",
            ),
        ],
    ),
    # --- 30. Dutch group, non-native English, agriturismo
    (
        "agri",
        "instagram",
        "sanne.vdberg",
        "en",
        [
            (
                C,
                "Hallo! We are with 6 friends from [[LOC:Utrecht]] and we want to come to the cooking weekend in may. Is it possible that one person is vegan? She is called [[P:Femke]] and she is very strict haha",
            ),
            (
                A,
                "Hi [[P:Sanne]]! Yes, we can do a vegan version of almost everything (the {{PRODUCT:malloreddus}} are vegan anyway 😉). Which weekend?",
            ),
            (
                C,
                "The {{DATE:22-24 May}}. The group is me, [[P:Femke de Vries]], [[P:Joost]], [[P:Lotte]], [[P:Bram van Dijk]] and [[P:Daan]]. We come with rent car from Cagliari",
            ),
            (
                A,
                "Noted, 6 people, 3 double rooms. The last 5 km are a dirt road, drive slowly! Deposit {{PRICE:€ 600}} by bank transfer to [[IBAN:IT61K0200805364000104937211]] (account of [[P:Bonaria Sanna]]).",
            ),
            (C, "Paid! Receipt is sent to your mail from [[E:sanne.vandenberg@ziggo.nl]]"),
            (A, "Got it, thank you! See you in May 🌿 — [[P:A.]]"),
        ],
    ),
    # --- 31. American grandmother named Florence, buying a crib for her daughter
    (
        "baby",
        "messenger",
        "Florence Baker",
        "en",
        [
            (
                C,
                "Good morning. My name is [[P:Florence Baker]] and I live in [[LOC:Asheville]], North Carolina. My daughter [[P:Amy]] lives in [[LOC:Bologna]] with her Italian husband and is expecting twins in August. I would like to purchase the two cribs shown in your post of March 3rd and have them delivered to her.",
            ),
            (
                A,
                "Good morning Mrs [[P:Baker]], and congratulations! The two {{PRODUCT:Foppapedretti}} cribs are still available, {{PRICE:€ 120}} each, delivery in Bologna free. Shall we reserve them?",
            ),
            (
                C,
                "Yes, thank you kindly. I will pay by American Express: [[CARD:3770 125145 01394]], expiration {{DATE:11/27}}. The delivery address is [[P:Amy Baker Ruggeri]], c/o [[P:Ruggeri]], [[ADDR:Via Castiglione 57, 40124 Bologna]]. Her husband is [[P:Lorenzo Ruggeri]], his telephone is [[T:+39 051 644 8819]].",
            ),
            (
                A,
                "Thank you! For your safety we don't take card numbers in chat: I've deleted it from our side, and I'm sending you a secure payment link by e-mail. What's your e-mail address?",
            ),
            (
                C,
                "Oh dear, I did not know. It is [[E:flo.baker1954@bellsouth.net]]. My granddaughter [[P:Madison]] set up this Facebook for me, so forgive me.",
            ),
            (
                A,
                "Nothing to forgive 😊 Link sent. Delivery {{DATE:Tuesday 24th}}, we'll call [[P:Lorenzo]] beforehand. [[P:Elisa]] & [[P:Davide]], Ciuccio & Co.",
            ),
            (C, "Thank you, dear. God bless. [[P:Florence]]"),
        ],
    ),
    # --- 32. Kids' birthday at the escape room, list of names, lowercase and typos
    (
        "escape",
        "whatsapp",
        "Roberta",
        "it",
        [
            (
                C,
                "Ciao, festa di compleanno di mia figlia [[P:Matilde]] (11 anni) {{DATE:sabato 28}}, pacchetto junior. Vi mando la lista dei bimbi come chiesto:\n- [[P:matilde marini]]\n- [[P:greta costa]]\n- [[P:Leonardo Fiore]]\n- [[P:Aurora]] (allergica alle arachidi!!)\n- [[P:Nicolas Bianchii]]\n- [[P:Azzurra Vitale]]",
            ),
            (
                A,
                "Ciao [[P:Roberta]]! Ricevuto. Per l'allergia di [[P:Aurora]] niente problemi: la torta la portate voi, giusto? Il pacchetto junior è {{PRICE:180 €}} fino a 8 bambini.",
            ),
            (
                C,
                "Sì la torta è nostra. Scusa ho scritto male, è [[P:Nicolas Bianchi]] con una i sola 😅 e aggiungi [[P:Edoardo]], il cugino",
            ),
            (
                A,
                "Aggiunto! 7 bambini. Vi aspettiamo alle {{TIME:16}}, [[P:Marco]] farà il Minotauro 🐂",
            ),
            (C, "[[P:Matilde]] impazzirà 😍", "it"),
            (C, "Ah, [[P:Edoardo]] di cognome fa [[P:Marini]] come noi, se serve per la lista"),
        ],
    ),
    # --- 33. Spanish Erasmus student (non-native English), cobbler
    (
        "cobbler",
        "telegram",
        "Nuria",
        "en",
        [
            (
                C,
                "Hola! Sorry I don't speak italian very well. My sneakers {{BRAND:Converse}} have a hole in the sole, is possible to repair or is better to throw them?",
            ),
            (A, "Hi! Send me a photo. Usually we can glue a new rubber piece, {{PRICE:€ 10-12}}."),
            (
                C,
                "I sent! They are very special for me, my grandmother [[P:Pilar]] painted the flowers on them in [[LOC:Zaragoza]] 🥺",
            ),
            (A, "Then we repair them for sure ❤️ Bring them tomorrow. Whose name?"),
            (
                C,
                "[[P:Nuria Garcés Ortiz]]. I live in the residence in [[ADDR:via Mezzocannone 16]], room 4, if you need. My number italian is [[T:+39 351 448 2097]]",
            ),
            (A, "Perfect [[P:Nuria]], see you tomorrow. [[P:Gennaro]] 👞"),
        ],
    ),
    # --- 34. Frazione address, rod returned for refund (tackle), Ossola voice
    (
        "tackle",
        "whatsapp",
        "Piergiorgio Fovanna",
        "it",
        [
            (
                C,
                "Buongiorno [[P:Ivo]], la canna {{PRODUCT:Daiwa Ninja 3,60}} che ho preso sabato ha la vetta incrinata, l'ho vista solo a casa. Ve la rimando o passo?",
            ),
            (
                A,
                "Buongiorno [[P:Piergiorgio]], ci dispiace. Se è difetto di fabbrica la sostituiamo, se preferisce il rimborso va bene uguale. Da dove viene?",
            ),
            (
                C,
                "Sono su in [[LOC:Vagna]], frazione di [[LOC:Domodossola]], scendo poco. Preferisco rimborso. Ecco i dati:\n[[P:Fovanna Piergiorgio]]\n[[ADDR:frazione Vagna, via ai Monti 7\n28845 Domodossola (VB)]]\nIBAN [[IBAN:IT80X0306909606100000123456]]",
            ),
            (A, "Ok, le mandiamo un'etichetta {{BRAND:Poste}} prepagata via email. Che mail usa?"),
            (
                C,
                "[[E:pg.fovanna chiocciola libero punto it]] (non metto la chiocciola che poi mi arriva lo spam)",
            ),
            (
                A,
                "Ahah giusto. Etichetta inviata, rimborso {{PRICE:89 €}} appena arriva la canna. [[P:I. Zanetti]] – Il Luccio",
            ),
        ],
    ),
    # --- 35. Gift voucher with names on it, Milanese couple (agriturismo), code-switching
    (
        "agri",
        "messenger",
        "Mariagrazia Colombo",
        "it",
        [
            (
                C,
                "Ciao! Vorrei regalare un weekend di cucina ai miei genitori per i 40 anni di matrimonio. Si può fare un voucher intestato? Sono [[P:Mariagrazia]], da [[LOC:Monza]]",
            ),
            (A, "Che bel regalo! Sì, facciamo voucher cartacei o pdf. Cosa scriviamo sopra?"),
            (
                C,
                '"A [[P:Gioia]] e [[P:Fortunato]], per 40 anni di pazienza reciproca. Con amore, [[P:Mariagrazia]], [[P:Luca]] e la piccola [[P:Rebecca]]" 😂 Loro sono [[P:Gioia Brambilla]] e [[P:Fortunato Colombo]], se servono i nomi completi',
            ),
            (
                A,
                "Bellissimo 😄 Voucher {{PRODUCT:Weekend Su Maccarrone}} per 2, {{PRICE:780 €}}, valido 12 mesi. Te lo mando in pdf a che mail?",
            ),
            (
                C,
                "[[E:mgcolombo.monza@gmail.com]]. Ah, il mio compagno è inglese e vorrebbe scrivervi: he says thank you and can his mum come too next year? 😂",
                "it",
            ),
            (A, "Of course, the more the merrier! 😄 Voucher sent. [[P:Antonella]]"),
        ],
    ),
    # --- 36. Palermo dad, crib, c/o address (baby gear)
    (
        "baby",
        "instagram",
        "toti_pa",
        "it",
        [
            (
                C,
                "salve ma il lettino co sleeping quello grigio che avete messo ieri c'è ancora? lo spedite a [[LOC:Palermo]]?",
            ),
            (
                A,
                "Ciao! Sì, il {{PRODUCT:Chicco Next2Me}} c'è ancora, {{PRICE:95 €}} + {{PRICE:25 €}} spedizione in Sicilia.",
            ),
            (
                C,
                "ok lo piglio. spedite a [[P:Salvatore Gambino]] c/o Bar Agorà, [[ADDR:via Libertà 102, 90143 Palermo]] che a casa nun c'è mai nuddu. io sono [[P:Totò]] cioè [[P:Salvatore]] 😅",
            ),
            (
                A,
                "Perfetto [[P:Salvatore]]! Ti mando il link di pagamento. Il bar ci conosce il corriere? 😄",
            ),
            (
                C,
                "il bar lo conosce tutta [[LOC:Palermo]] ahahah. il proprietario è mio cugino [[P:Gaspare]]. grazie mille picciotti",
            ),
        ],
    ),
    # --- 37. Online speech therapy for an expat child in Milan, video call problem, IPv6
    (
        "logo",
        "messenger",
        "Priya Nair",
        "en",
        [
            (
                C,
                "Hello Dr [[P:Fois]], this is [[P:Priya Nair]], mother of [[P:Aarav]]. We are doing the online sessions from [[LOC:Milan]]. Today the video call keeps freezing, is it on your side?",
            ),
            (
                A,
                "Hi [[P:Priya]], the connection here is fine. Could you run the test page of our video platform and tell me what it shows?",
            ),
            (
                C,
                'It says "connected via [[IP:2a01:e11:5c2:4f30::1b]], packet loss 12%". My husband [[P:Karthik]] says it is the Wi-Fi router of the building, the admin Mr [[P:Colombo]] is changing it.',
            ),
            (
                A,
                "Yes, 12% packet loss is a lot. Let's move today's session to {{DATE:Friday}} at {{TIME:17:30}}, same link. [[P:Aarav]] did great last week with the /r/ sound!",
            ),
            (
                C,
                "Thank you doctor, he is practising 'rana, rosa, Roma' every morning 😄 Friday is fine.",
            ),
            (A, "Wonderful. See you Friday! [[P:Giovanna]]"),
        ],
    ),
    # --- 38. Pedantic English customer with signature block, agent team (escape room), telegram
    (
        "escape",
        "telegram",
        "Nigel Smith",
        "en",
        [
            (
                C,
                "Dear Sir or Madam,\nI write regarding booking {{ORDER:LM-7809}} on {{DATE:Saturday 7 March}}. Your website states the game lasts 60 minutes; we were asked to leave after 52. I should be grateful for an explanation and a partial refund.\nYours faithfully,\n\n[[P:Nigel A. Smith]] MBA\nSenior Procurement Manager\n[[ADDR:Flat 3, 27 Kingsdown Parade, Bristol BS6 5UE]]\nM: [[T:+44 (0)7723 418 905]]\nE: [[E:nigel.a.smith@btinternet.com]]\nLinkedIn: [[URL:linkedin.com/in/nigel-a-smith-bristol]]",
            ),
            (
                A,
                "Dear Mr [[P:Smith]], thank you for writing. I checked the log: the timer was started 8 minutes early by mistake. We'll refund {{PRICE:€ 30}} to the card used. Apologies. — [[P:Daria]], Front desk",
            ),
            (
                C,
                "Dear [[P:Daria]], thank you. Kindly confirm the refund in writing. Regards, [[P:N.A.S.]]",
            ),
            (
                A,
                "Confirmed: refund {{PRICE:€ 30,00}} issued today, reference {{ORDER:RF-2026-118}}. Kind regards, [[P:Marco Ianni]] (manager)",
            ),
            (C, "Received. Thank you, Mr [[P:Ianni]]. I shall leave a fair review."),
            (A, "Much appreciated, Mr [[P:Smith]]. Staff Labirinto di Minosse 🐂"),
        ],
    ),
    # --- 39. London angler booking a guide (tackle)
    (
        "tackle",
        "whatsapp",
        "Dave Hollis",
        "en",
        [
            (
                C,
                "Alright mate, [[P:Dave]] here from [[LOC:Walthamstow]]. Me and my brother-in-law are over at [[LOC:Stresa]] in June and fancy a day after pike on the lake. Do you lot do guided trips?",
            ),
            (
                A,
                "Hi [[P:Dave]]! Yes, our guide [[P:Rocco Bianco]] (everyone calls him [[P:Rocky]]) takes max 2 people on his boat. Full day {{PRICE:€ 280}}, rods and lures included.",
            ),
            (
                C,
                "Sounds proper. Put us down for {{DATE:Tuesday 16 June}}. Names are [[P:David Hollis]] and [[P:Gary Mortimer]]. You can get me on [[T:020 7946 0321]] at work or mobile [[T:07856-223-914]]",
            ),
            (
                A,
                "Booked, ref {{ORDER:GD-0616}}. [[P:Rocky]] will message you the day before with the meeting point. Don't forget a rain jacket, the lake changes fast 🌧️",
            ),
            (
                C,
                "Cheers. [[P:Gary]] says can he bring his own {{PRODUCT:Abu Garcia}} reel, he's precious about it",
            ),
            (A, "Of course 😄 [[P:Ivo]]"),
        ],
    ),
    # --- 40. British nurse in Bologna selling a breast pump (baby gear), GB IBAN
    (
        "baby",
        "messenger",
        "Blessing Okafor",
        "en",
        [
            (
                C,
                "Hi, I'm [[P:Blessing]], a nurse at the [[LOC:Sant'Orsola]]. I've got a {{PRODUCT:Medela Swing Maxi}} pump, used 3 months, all parts sterilised. Would you take it on consignment? I live in [[LOC:San Lazzaro di Savena]]",
            ),
            (
                A,
                "Hi [[P:Blessing]]! For hygiene reasons we only accept pumps with new tubing and valves, but if you have the kit sealed, yes! We'd list it at {{PRICE:€ 110}}.",
            ),
            (
                C,
                "The spare kit is still sealed 👍 Can the payout go to my UK account? [[IBAN:GB29NWBK60161331926819]], [[P:B. A. Okafor]]",
            ),
            (
                A,
                "Yes, SEPA works fine with UK IBANs. Contract {{ORDER:CV-1203}}, 70% to you when it sells.",
            ),
            (
                C,
                "Great. My partner [[P:chidi]] will drop it off Saturday, he's the tall one in scrubs lol. His number in case: [[T:+39 329 884 1570]]",
            ),
            (A, "Perfect, see you Saturday. [[P:Davide]] (Ciuccio & Co.)"),
        ],
    ),
    # --- 41. Irish plasterer dictating a stag-do booking with voice-to-text (escape room)
    (
        "escape",
        "messenger",
        "Ciarán Byrne",
        "en",
        [
            (
                C,
                "hi there lads its [[P:Ciaran Byrne]] here im organising a stag in rome for me mate [[P:Dessie]] on the {{DATE:18th of april}} theres 9 of us can we do the labyrinth one in two teams full stop can you send prices to [[E:ciaranbyrneplastering at outlook dot ie]] full stop thanks",
            ),
            (C, "sorry that was voice text im on a ladder 😂 my phone is [[T:087 614 2290]]"),
            (
                A,
                "Ha, no problem! 9 people = one team of 5 in the {{PRODUCT:Labirinto}} and 4 in the {{PRODUCT:Tomba del Faraone}}, {{PRICE:€ 25}} each. Saturday {{TIME:11:00}} is free. Shall I book?",
            ),
            (
                C,
                "book it yeah put it under [[P:Byrne]] and make [[P:Dessie]] wear the bull horns if you have them",
            ),
            (A, "We have a Minotaur mask, he'll love it 🐂 Booking {{ORDER:LM-8018}}. [[P:Marco]]"),
            (C, "legend. his missus [[P:Niamh]] will kill me but sure look"),
        ],
    ),
    # --- 42. Roman grandmother buys a gift card, CF for the receipt, grandson's handle
    (
        "escape",
        "messenger",
        "Giuseppina Bianchi",
        "it",
        [
            (
                C,
                "Bongiorno, so' la nonna de [[P:Lorenzo]] e [[P:Gabriele]], vorrei regalà 'na partita ar Labirinto pe' la promozione. Se po' fa' 'na carta regalo?",
            ),
            (
                A,
                "Buongiorno signora! Certo, gift card da {{PRICE:50}}, {{PRICE:100}} o {{PRICE:150 €}}, valida un anno. Quale preferisce?",
            ),
            (
                C,
                "Quella da cento. Pe' la detrazione me serve 'o scontrino cor codice fiscale, è [[CF:bncgpp61e50h501p]], [[P:Bianchi Giuseppina]]. Abbito a [[LOC:Centocelle]], passo io a pagà",
            ),
            (
                A,
                "Perfetto, la prepariamo a nome dei ragazzi. Vuole che scriviamo un messaggio sopra?",
            ),
            (
                C,
                'Scrivete "Bravi regazzi, ve vojo bene, nonna [[P:Pina]]". E mettetece er profilo de [[P:Lorenzo]] che je piace, [[H:@lollo.bianchi_07]], così ve segue',
            ),
            (
                A,
                "Fatto 😄 Gift card {{ORDER:GC-1042}} pronta da {{DATE:domani}}. Un abbraccio, [[P:Daria]]",
            ),
        ],
    ),
    # --- 43. US customer, shoe-care kit shipped abroad, payment flagged (cobbler)
    (
        "cobbler",
        "messenger",
        "Hank Delgado",
        "en",
        [
            (
                C,
                "Hey folks, I stopped by your shop in May with my wife [[P:Carmen]] and you fixed my boots in an hour. Can you ship me that {{BRAND:Saphir}} care kit you had on the counter? I'm back home in [[LOC:Tucson]].",
            ),
            (
                A,
                "Hi! Of course we remember the cowboy boots 🤠 The {{PRODUCT:Saphir Médaille d'Or}} kit is {{PRICE:€ 45}}, shipping to the US {{PRICE:€ 38}}. Address?",
            ),
            (
                C,
                '[[P:Henry "Hank" Delgado]], [[ADDR:2231 E Speedway Blvd, Tucson, AZ 85719]]. Just charged it on your web shop, order {{ORDER:WEB-0932}}',
            ),
            (
                A,
                "Thanks [[P:Hank]]. The payment was put on hold by the bank: it says the order came from IP [[IP:185.62.90.14]], which is in Germany, not the US. Was that you?",
            ),
            (
                C,
                "Ha, yes, I'm on the company VPN. Try this card instead, the other one is my work card: [[CARD:6011-0091-7206-7121]]. Or my profile, so you know I'm real: [[URL:https://www.facebook.com/hank.delgado.tucson]]",
            ),
            (
                A,
                "Payment went through with the web shop link this time, so we won't use the number you typed (please don't send it in chat, we've deleted it). Shipping {{DATE:Monday}}, tracking by e-mail. Say hi to [[P:Carmen]]! [[P:Gennaro]] & Co.",
            ),
        ],
    ),
]


def _parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup; return the plain text, its entity spans and its keep spans."""
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[pos : match.start()]
        parts.append(before)
        length += len(before)
        if match.group(1) is not None:
            kind, value, target = (
                ALIASES.get(match.group(1), match.group(1)),
                match.group(2),
                entities,
            )
        else:
            kind, value, target = match.group(3), match.group(4), keep
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in: {marked[:60]!r}")
    return text, entities, keep


def build_records() -> list[dict[str, Any]]:
    """All labelled records, in conversation and message order."""
    records: list[dict[str, Any]] = []
    base = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    for c_index, (business, platform, customer, default_lang, messages) in enumerate(
        CONVERSATIONS, start=1
    ):
        conversation_id = f"hw15-c{c_index:02d}"
        page_id = PAGE_IDS[business]
        customer_id = f"hw15-u{c_index:02d}"
        start = base + timedelta(
            days=c_index, hours=(c_index * 5) % 11, minutes=(c_index * 17) % 60
        )
        for m_index, item in enumerate(messages, start=1):
            role, marked = item[0], item[1]
            language = item[2] if len(item) > 2 else default_lang
            text, entities, keep = _parse(marked)
            is_customer = role == C
            created = start + timedelta(minutes=m_index * 7 + (m_index * m_index) % 5)
            message = {
                "message_id": f"{conversation_id}-m{m_index:02d}",
                "conversation_id": conversation_id,
                "platform": platform,
                "page_id": page_id,
                "sender_id": customer_id if is_customer else page_id,
                "sender_name": customer if is_customer else BUSINESS_NAMES[business],
                "sender_role": role,
                "recipient_id": page_id if is_customer else customer_id,
                "created_time": created.isoformat(),
                "text": text,
            }
            records.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return records


def render() -> str:
    """The JSONL text of the corpus (deterministic)."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in build_records())


def main() -> None:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.name}: {len(build_records())} messages, {len(CONVERSATIONS)} conversations")


if __name__ == "__main__":
    main()
