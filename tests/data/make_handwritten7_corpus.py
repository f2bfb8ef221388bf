"""Hand-written blind test corpus no. 7 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, by a helper who had not read
the anonymiser's code, its rules, its tests or any other corpus (written blind): no templates, no
Faker. All people, addresses, phone numbers and identifiers are invented; the IBANs, codici
fiscali, partite IVA and card numbers were computed once with python-stdnum / Luhn so that they
are valid, then pasted as literal text.

The corpus holds 267 messages in 44 conversations (about half Italian, half English: UK, US,
Irish, Australian and non-native English, with some code-switching). Businesses (the Pages the
conversations belong to) are listed in ``BUSINESS_NAMES``: a plumbing and electrics firm in
Palermo, a condominium administrator in Monza, a bridal and ceremony-wear atelier in Bari, a
lakeside campsite with bungalows in Trentino, a yoga and pilates studio in Bologna and an online
cosmetics shop.

Markup inside the literal texts:

- ``[[TYPE:value]]`` marks personal data (an entity of ``privacy.types.ENTITY_TYPES``; short
  aliases are expanded by ``ALIASES``, e.g. ``P`` -> ``PERSON``);
- ``{{KIND:value}}`` marks a look-alike that must survive anonymisation (order numbers, prices,
  times, dates, products, brands, tracking codes...).

The script strips the markup, computes the character offsets and writes
``handwritten7_corpus.jsonl`` next to itself. The output is deterministic (same bytes on every
run; timestamps are derived from the conversation and message positions). Regenerate with::

    python tests/data/make_handwritten7_corpus.py
"""

# ruff: noqa: E501  (literal hand-written messages)
from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten7_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pg-mancuso": "Idraulica F.lli Mancuso",
    "pg-ravasi": "Studio Ravasi Amministrazioni Condominiali",
    "pg-ginevra": "Atelier Sposa Ginevra",
    "pg-ledro": "Camping Lago di Ledro",
    "pg-respiro": "Respiro Yoga & Pilates",
    "pg-lumina": "Lumina Skin Lab",
}

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
    "L": "LOCATION",
    "A": "ADDRESS",
}

# (page id, platform, customer's display name, [(role "c"/"a", language, marked-up text), ...])
Conversation = tuple[str, str, str, list[tuple[str, str, str]]]

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- Idraulica F.lli Mancuso
    (
        "pg-mancuso",
        "whatsapp",
        "Concetta",
        [
            (
                "c",
                "it",
                "Bongiorno, sugnu [[P:Concetta La Rosa]], abito in [[A:via Libertà 141]] terzo "
                "piano. Ho una perdita sotto u lavandino da stamattina, l'acqua scinni dalla "
                "signora [[P:Pagano]] di sotto che già m'ha tuppiato due volte 😩 potete mandare "
                "qualcuno oggi?",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[P:La Rosa]], sono [[P:Giusi]] dell'ufficio. Intanto chiuda "
                "la valvola sotto il lavello. Il tecnico [[P:Salvo]] può passare tra le "
                "{{TIME:12:30}} e le {{TIME:13:00}}. Mi lascia un numero dove chiamarla?",
            ),
            (
                "c",
                "it",
                "si si chiusa. il numero è [[T:328 417 6620]] ma se non rispunnu chiamate a me "
                "figlio [[P:Tindaro]] [[T:+39 339 50 81 447]] che travaglia a [[L:Bagheria]] ma "
                "u telefono ce l'ha sempre",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}} signora. Uscita più ricerca perdita {{PRICE:45,00 €}}, il resto lo "
                "valuta [[P:Salvo]] sul posto.",
            ),
            ("c", "it", "Mizzica 45 euro solo pi veniri? vabbè mandatelo che qua è un lago"),
            (
                "a",
                "it",
                "signora sono [[P:salvo]] sono sotto il portone il citofono non va mi apre lei "
                "o aspetto che esce qualcuno",
            ),
            ("c", "it", "scinnu ora"),
            (
                "a",
                "it",
                "Fatto: sostituiti sifone e due flessibili, totale {{PRICE:€ 118}} IVA inclusa. "
                "La fattura a chi la intestiamo? Serve il codice fiscale. — [[P:Salvo]]",
            ),
            ("c", "it", "a nome mio [[CF:lrscct54b48g273u]] grazie figghiu sei stato un angelo"),
        ],
    ),
    (
        "pg-mancuso",
        "messenger",
        "Calogero D'Amico",
        [
            (
                "c",
                "it",
                "salve mi serve preventivo per rifare impianto elettrico appartamento 90 mq "
                "anni 70 tutto da rifare quadro compreso. [[A:via Alcide De Gasperi 212, "
                "Palermo]]. sono [[P:Calogero D'Amico]]",
            ),
            (
                "a",
                "it",
                "Buonasera sig. [[P:D'Amico]], per un preventivo serio dobbiamo fare un "
                "sopralluogo (gratuito). Va bene {{DATE:giovedì 12}} alle {{TIME:9}}? Passa "
                "l'elettricista [[P:Nunzio Lo Presti]]. Staff Mancuso",
            ),
            (
                "c",
                "it",
                "giovedì ci sono ma dalle 10 perchè porto la nipote a scuola. Il citofono è "
                "[[P:D'Amico-Gatto]] perché c'è anche mia moglie [[P:Rosaria]] 😄",
            ),
            ("a", "it", "Segnato giovedì {{TIME:10:00}}. Grazie!"),
            (
                "c",
                "it",
                "Ricevuto il preventivo via mail 👍 {{PRICE:6.480 euro}} mi sembra onesto. Per "
                "la detrazione il commercialista dott. [[P:Ingrassia]] vuole la vostra partita "
                "iva e il bonifico parlante, mi mandate i dati?",
            ),
            (
                "a",
                "it",
                "Certo. {{BRAND:Idraulica F.lli Mancuso snc}} — P.IVA [[VAT:04172830822]] — IBAN "
                "[[IBAN:IT82 F083 2704 6000 0000 0561 207]] (Banca di Credito Cooperativo). "
                "Causale: bonifico per ristrutturazione art. 16-bis, preventivo "
                "{{ORDER:n. 2026/118}}, con il suo codice fiscale. Saluti, [[P:F. Mancuso]]",
            ),
            ("c", "it", "Ottimo. Iniziamo quando?"),
            ("a", "it", "Dal {{DATE:23 marzo}}, tre giorni di lavoro. Cordialità, ufficio tecnico"),
        ],
    ),
    (
        "pg-mancuso",
        "whatsapp",
        "Geom. Mirko Cusumano",
        [
            (
                "c",
                "it",
                "buongiorno [[P:fortunato]] sono [[P:mirko cusumano]] il geometra del cantiere di "
                "[[A:via sciuti]] ti scrivo col vocale che sto guidando allora domani mi servono due "
                "ragazzi per le tracce al secondo piano e poi il collaudo gas lo facciamo "
                "venerdì se per te va bene chiamami al [[T:tre tre nove quattro due uno otto "
                "otto sette cinque]] appena puoi",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Mirko]]! Domani ti mando [[P:Kevin]] e [[P:Ilir]], alle {{TIME:7:30}} sono li. "
                "Collaudo venerdì ok, ci vengo io. [[P:Fortunato]]",
            ),
            (
                "c",
                "it",
                "perfetto ah dimenticavo il condomino del primo piano il signor [[P:Vaccaro]] "
                "vuole spostare la caldaia sul balcone dice che gli avete fatto un preventivo "
                "a gennaio lo chiami tu il suo numero è [[T:zero nove uno sei due cinque "
                "quattro tre uno otto]]",
            ),
            ("a", "it", "ok lo chiamo io"),
            (
                "c",
                "it",
                "Inoltrato:\n"
                "DDT n. {{ORDER:DDT 447/B}} del {{DATE:09/03/2026}}\n"
                "Destinatario: [[P:Cusumano Mirko]] c/o cantiere [[A:via Pietro Sciuti 88/A, "
                "90144 Palermo]]\n"
                "Merce: 12 x {{PRODUCT:tubo multistrato 20x2}}, 4 x {{PRODUCT:collettore "
                "Giacomini R553}}\n"
                "Vettore: SDA — ritiro sig. [[P:Aiello]] tel. [[T:091-6254318]]",
            ),
            (
                "a",
                "it",
                "Grazie [[P:Mirko]], i collettori però erano 6 non 4. Sento io il magazzino.",
            ),
        ],
    ),
    (
        "pg-mancuso",
        "messenger",
        "Beatrice Bello",
        [
            (
                "c",
                "it",
                "Salve! Lo scaldabagno elettrico fa scattare il salvavita ogni volta che lo "
                "accendo. Abito a [[L:Mondello]], [[A:via Torre 7]]. Lo fate anche il sabato?",
            ),
            (
                "a",
                "it",
                "Buongiorno! Sì, il sabato mattina con un supplemento di {{PRICE:20 €}}. Marca "
                "e modello dello scaldabagno?",
            ),
            ("c", "it", "{{PRODUCT:Ariston Velis 80}} mi pare. Ha 6 anni"),
            (
                "a",
                "it",
                "Probabilmente la resistenza. Sabato alle {{TIME:10}} passa [[P:Salvatore]]. A "
                "che nome segno?",
            ),
            (
                "c",
                "it",
                "[[P:Bice Bello]] (sul campanello c'è [[P:Bello-Armani]], mio marito è "
                "[[P:Riccardo Armani]]). Se non rispondo il mio cell è [[T:347.218.90.65]]",
            ),
            ("a", "it", "Segnato. A sabato! — [[P:G.]]"),
            ("c", "it", "Grazie mille, gentilissimi"),
        ],
    ),
    (
        "pg-mancuso",
        "telegram",
        "Fatima",
        [
            (
                "c",
                "it",
                "Buongiorno sono [[P:Fatima El Idrissi]], affitto appartamento del signor "
                "[[P:Gaspare Randazzo]] in [[A:via Maqueda 301, int. 5]]. Da ieri non c'è "
                "acqua calda e il proprietario dice di chiamare voi. Lui paga",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Fatima]], confermiamo con il sig. [[P:Randazzo]] e la "
                "richiamiamo. Ha un numero?",
            ),
            ("c", "it", "si [[T:+39 351 904 2283]] oppure scrivete qui su telegram"),
            (
                "a",
                "it",
                "Il sig. [[P:Randazzo]] ha confermato. Il tecnico arriva domani mattina tra "
                "{{TIME:8:30}} e {{TIME:9:30}}. La caldaia è una {{PRODUCT:Vaillant ecoTEC}}?",
            ),
            ("c", "it", "non so, è bianca, sul balcone 🙂 mando foto"),
            ("a", "it", "Sì è una Vaillant. Grazie, a domani"),
        ],
    ),
    (
        "pg-mancuso",
        "messenger",
        "Hope Whitfield",
        [
            (
                "c",
                "en",
                "Hi there, sorry my Italian is terrible. I'm renting a holiday flat in "
                "[[L:Cefalù]] ([[A:Corso Ruggero 54]]) and the shower pump has stopped. The "
                "owner, Mr [[P:Cangelosi]], is not answering. Could someone come? I'm "
                "[[P:Hope Whitfield]], mobile [[T:+44 7839 561204]].",
            ),
            (
                "a",
                "en",
                "Hello [[P:Hope]], we cover [[L:Cefalù]] on Tuesdays and Fridays. Tomorrow (Friday) "
                "between {{TIME:2pm}} and {{TIME:4pm}} is possible. Call-out {{PRICE:€60}}. Is "
                "that ok?",
            ),
            (
                "c",
                "en",
                "Yes please! My husband [[P:Will]] will be there, I'll be at the beach with the "
                "kids. His number is [[T:07700 914 306]] (UK).",
            ),
            (
                "a",
                "en",
                "Done: the pump's capacitor was gone, replaced. Paid by card, receipt sent to "
                "[[E:will.whitfield@btinternet.com]]. Regards, [[P:Salvo]] – Mancuso plumbing",
            ),
            ("c", "en", "Brilliant, thank you [[P:Salvo]]!! 🙏"),
        ],
    ),
    (
        "pg-mancuso",
        "whatsapp",
        "Nunziatina",
        [
            (
                "c",
                "it",
                "MI AVETE MONTATO IL CONDIZIONATORE LUNEDÌ E GIÀ PERDE ACQUA DAL MURO!!! "
                "IL PARQUET È ROVINATO. VOGLIO CHE QUALCUNO VENGA OGGI STESSO",
            ),
            (
                "a",
                "it",
                "Buongiorno, mi dispiace molto. Mi dice nome e indirizzo così recupero "
                "l'intervento?",
            ),
            (
                "c",
                "it",
                "[[P:ANNUNZIATA GATTO]] [[A:VIA NINO BIXIO 19]] [[L:CARINI]]. IL VOSTRO "
                "OPERAIO [[P:KEVIN]] HA DETTO CHE ERA TUTTO A POSTO!!! E HO PAGATO "
                "{{PRICE:890 EURO}}",
            ),
            (
                "a",
                "it",
                "Trovato, intervento {{ORDER:n. 2026/094}}. È lo scarico della condensa, "
                "capita se si sfila. Passo io personalmente alle {{TIME:16}} e se il parquet è "
                "danneggiato ce ne facciamo carico noi. [[P:Fortunato Mancuso]]",
            ),
            ("c", "it", "va bene. ma alle 16 precise"),
            ("c", "it", "Sistemato. grazie signor [[P:Fortunato]], scusate i toni"),
            ("a", "it", "Si figuri signora [[P:Gatto]], buona serata"),
        ],
    ),
    # ------------------------------------------------ Studio Ravasi Amministrazioni Condominiali
    (
        "pg-ravasi",
        "whatsapp",
        "Adelaide",
        [
            (
                "c",
                "it",
                "Egregio Ragioniere [[P:Ravasi]],\n"
                "mi permetto di disturbarLa con questo mezzo, che mio nipote [[P:Edoardo]] mi ha "
                "insegnato ad usare, per segnalarLe che da tre settimane la luce della scala B "
                "non funziona dal secondo al quarto piano. Alla mia età, e con il bastone, Ella "
                "comprenderà che le scale al buio costituiscono un serio pericolo.\n"
                "Segnalo inoltre che il signor [[P:Colombo]] dell'interno 9 lascia la "
                "bicicletta nell'androne, ostruendo il passaggio.\n"
                "Con osservanza,\n"
                "[[P:Adelaide Brambilla ved. Sormani]]\n"
                "[[A:Via Lecco 27, scala B, int. 11\n20900 Monza]]",
            ),
            (
                "a",
                "it",
                "Gentile signora [[P:Brambilla]], grazie della segnalazione. Ho già chiamato "
                "l'elettricista, il signor [[P:Galimberti]], che passerà {{DATE:lunedì 16}} in "
                "mattinata. Per la bicicletta scriverò io al sig. [[P:Colombo]]. Un cordiale "
                "saluto, rag. [[P:Ottavio Ravasi]]",
            ),
            (
                "c",
                "it",
                "La ringrazio sentitamente. Mi permetto di aggiungere che il mio numero di "
                "casa è [[T:039 232 4471]], qualora l'elettricista avesse necessità di "
                "accedere al contatore. Distinti saluti. [[P:A. Brambilla]]",
            ),
            (
                "a",
                "it",
                "Lunedì alle {{TIME:9:00}} il sig. [[P:Galimberti]] suona da Lei. [[P:Marisa]], "
                "segreteria {{BRAND:Studio Ravasi}}",
            ),
            (
                "c",
                "it",
                "Gentilissima signora [[P:Marisa]], tutto risolto, la luce funziona. Porgo i "
                "miei più cordiali saluti anche al Ragioniere.",
            ),
        ],
    ),
    (
        "pg-ravasi",
        "whatsapp",
        "Oksana K.",
        [
            (
                "c",
                "it",
                "buongiorno, sono [[P:Oksana Kovalenko]], nuova inquilina nel appartamento del "
                "signor [[P:Tiziano Galbiati]] scala A terzo piano. Lui ha detto che spese "
                "condominio pago io direttamente. Quale è IBAN?",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[P:Kovalenko]], benvenuta! Sì, le spese ordinarie sono a "
                "carico dell'inquilino. IBAN del condominio: "
                "[[IBAN:IT45H0200801633000104872215]], intestato a Condominio Le Betulle. Rata "
                "trimestrale {{PRICE:€ 312,40}}, scadenza {{DATE:31/03}}. Nella causale scriva "
                '"rata Q1 int. 8 [[P:Galbiati]]".',
            ),
            (
                "c",
                "it",
                "grazie. Posso pagare con carta? ho carta prepagata [[CARD:5214 9117 6997 7116]] "
                "scadenza 08/28",
            ),
            (
                "a",
                "it",
                "Signora, per favore non mandi il numero della carta in chat! 🙏 Non accettiamo "
                "carte, solo bonifico o bollettino. Cancelli pure il messaggio. [[P:Marisa]]",
            ),
            (
                "c",
                "it",
                "scusi 😅 ok faccio bonifico da banca. Mio codice fiscale serve? "
                "[[CF:KVLKSN92P57Z138B]]",
            ),
            ("a", "it", "Non serve, grazie. Buona giornata!"),
        ],
    ),
    (
        "pg-ravasi",
        "messenger",
        "Ambrogio Colombo",
        [
            (
                "c",
                "it",
                "Oggetto: Contestazione riparto spese straordinarie facciata — Condominio Le "
                "Betulle\n\n"
                "Egregio Amministratore,\n"
                "con la presente contesto formalmente il riparto di cui alla Vs. comunicazione "
                "prot. {{ORDER:47/2026}} del {{DATE:2 marzo 2026}}, in quanto le tabelle "
                "millesimali applicate (tab. A, 41,3 millesimi) non tengono conto della "
                "variazione deliberata nell'assemblea del {{DATE:14/11/2024}}.\n"
                "Chiedo pertanto:\n"
                "1) copia del verbale;\n"
                "2) ricalcolo della quota a mio carico ({{PRICE:€ 4.118,72}});\n"
                "3) sospensione della mora.\n"
                "In attesa di riscontro entro 15 giorni.\n\n"
                "Distinti saluti\n\n"
                "Ing. [[P:Ambrogio Colombo]]\n"
                "Studio Tecnico Associato — progettazione impianti\n"
                "[[A:Via Italia 46, 20900 Monza (MB)]]\n"
                "P.IVA [[VAT:02931140152]] — C.F. [[CF:CLMMRG52E15F205R]]\n"
                "Tel. [[T:+39 039 2301 558]] | Cell. [[T:+39 335 610 2284]]\n"
                "PEC: [[E:ambrogio.colombo@ingpec.eu]]\n\n"
                "Ai sensi del Reg. UE 2016/679 il presente messaggio è riservato al "
                "destinatario.",
            ),
            (
                "a",
                "it",
                "Gentile Ing. [[P:Colombo]], ricevuta. Le invio copia del verbale alla PEC "
                "indicata. La variazione delle tabelle fu deliberata ma non ancora recepita: "
                "il ricalcolo a Suo carico è di {{PRICE:€ 3.962,10}}, senza mora. Cordiali "
                "saluti, [[P:O. Ravasi]]",
            ),
            (
                "c",
                "it",
                "Prendo atto. Rilevo tuttavia che il verbale riporta erroneamente il mio "
                'nominativo come "[[P:Colombo Ambrosio]]". Chiedo rettifica.\n'
                "Ing. [[P:A. Colombo]]",
            ),
            (
                "a",
                "it",
                "Provvederemo alla rettifica nel prossimo verbale. Staff {{BRAND:Studio Ravasi}}",
            ),
        ],
    ),
    (
        "pg-ravasi",
        "whatsapp",
        "lollo",
        [
            (
                "c",
                "it",
                "ciao, sono il figlio della sig.ra [[P:Sala]] scala C, mia madre dice che nn le "
                "arrivano piu le mail x le convocazioni. la nuova mail è "
                "[[E:giusy.sala61 chiocciola libero punto it]]",
            ),
            ("c", "it", "io sono [[P:lorenzo]] cmq, il mio num [[T:3204478120]] se serve"),
            (
                "a",
                "it",
                "Ciao [[P:Lorenzo]], aggiornato. L'assemblea è il {{DATE:7 aprile}} alle "
                "{{TIME:20:45}} in seconda convocazione, presso lo studio. La convocazione "
                "arriva anche su carta.",
            ),
            (
                "c",
                "it",
                "ok grz. ah nel box 14 c'è una macchina che nn è di nessuno da mesi, una punto "
                "grigia, i vicini dicono che è del tipo che stava dai [[P:Crippa]]",
            ),
            ("a", "it", "Grazie della segnalazione, verifichiamo. Ufficio"),
            ("c", "it", "👍"),
        ],
    ),
    (
        "pg-ravasi",
        "messenger",
        "Serena Gatto",
        [
            (
                "c",
                "it",
                "Buongiorno, vi inoltro la mail del perito, non so cosa rispondere\n\n"
                "---------- Messaggio inoltrato ---------\n"
                "Da: [[P:Luca Pirovano]] <[[E:l.pirovano@periti-brianza.it]]>\n"
                "Data: {{DATE:mar 10 mar 2026}}, {{TIME:11:52}}\n"
                "A: <[[E:serena.gatto95@gmail.com]]>\n"
                "Oggetto: Sinistro {{ORDER:n. 2026-BR-00781}} — infiltrazione [[A:via Lecco "
                "27 int. 4]]\n\n"
                "Gentile sig.ra [[P:Gatto]],\n"
                "per procedere alla liquidazione occorre una dichiarazione "
                "dell'amministratore che il danno deriva dalla colonna condominiale di scarico "
                "e non dall'impianto del Suo vicino, sig. [[P:Ferro]] (int. 7).\n"
                "Cordialità\n"
                "[[P:L. Pirovano]] — perito incaricato\n"
                "[[T:+39 039 8831 202]]",
            ),
            (
                "a",
                "it",
                "Buongiorno sig.ra [[P:Serena]], la dichiarazione la preparo io e la mando "
                "direttamente al perito. Mi conferma che l'idraulico è intervenuto il "
                "{{DATE:3 marzo}}? [[P:Ottavio Ravasi]]",
            ),
            (
                "c",
                "it",
                "si il 3 marzo, è venuto [[P:Gianluca]] della ditta che mandate voi. Grazie "
                "mille Ragioniere!",
            ),
            ("a", "it", "Inviata, lei è in copia."),
            ("c", "it", "Ricevuta 👍"),
        ],
    ),
    (
        "pg-ravasi",
        "telegram",
        "Giulia P",
        [
            (
                "c",
                "en",
                "Hi [[P:Ottavio]], it's [[P:Giulia Porta]] — sono la proprietaria dell'int. 3 scala "
                "A, I live in [[L:Leeds]] now. Could you send me the rendiconto 2025? My new "
                "address is [[A:14 Harehills Lane, Leeds LS8 5DR]] for the paper copies.",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Giulia]]! Certo, te lo mando via mail, quale indirizzo uso? Per le "
                "rate puoi fare bonifico SEPA anche dal Regno Unito.",
            ),
            (
                "c",
                "en",
                "[[E:giulia.porta@outlook.com]]. I'll pay from my Barclays account, IBAN "
                "[[IBAN:GB30BARC20037483915562]], so if you see a payment from '[[P:G PORTA]]' "
                "it's me 😊",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, segnato. Rendiconto inviato. Un saluto a [[L:Leeds]]! [[P:Marisa]]",
            ),
            ("c", "en", "Thanks a mil [[P:Marisa]]. Tell Mrs [[P:Sormani]] I said hi x"),
        ],
    ),
    (
        "pg-ravasi",
        "whatsapp",
        "Agata",
        [
            (
                "c",
                "it",
                "Buonasera rag. [[P:Ravasi]], sono [[P:Agata Dell'Acqua]] (consigliera scala "
                "B). Il tecnico delle telecamere, [[P:Mihai]], dice che il registratore va "
                "riconfigurato: ora è all'indirizzo [[IP:192.168.1.64]], quello vecchio era "
                "[[IP:192.168.1.108]]. Chi ha la password? Io no di sicuro",
            ),
            (
                "a",
                "it",
                "Buonasera signora [[P:Dell'Acqua]], la password è in busta chiusa nello studio, "
                "non la scrivo qui. Domani [[P:Marisa]] la consegna al sig. [[P:Popescu]].",
            ),
            (
                "c",
                "it",
                "Grazie. Altra cosa: il cartello privacy all'ingresso deve avere il nome del "
                "titolare? Devo chiedere all'avvocato [[P:Fumagalli]]?",
            ),
            ("a", "it", "Il cartello lo forniamo noi con i dati del condominio, non serve 🙂"),
            ("c", "it", "Ok. Buona serata"),
        ],
    ),
    # ------------------------------------------------------------------ Atelier Sposa Ginevra
    (
        "pg-ginevra",
        "instagram",
        "assuntina_89",
        [
            (
                "c",
                "it",
                "Uè buonasera! So' [[P:Assunta]] da [[L:Pozzuoli]], me sposo a settembre cu "
                "[[P:Gennaro]] 😍 aggio visto sul vostro profilo l'abito {{PRODUCT:Aurora}} di "
                "{{BRAND:Rosa Clará}}, ce l'avite ancora? Vengo co mammà e 'a cummara "
                "[[P:Nunzia]]",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Assunta]]! Sì, l'Aurora c'è in 42 e 44. Ti va bene sabato "
                "{{DATE:21}} alle {{TIME:15:30}}? [[P:Ginevra]]",
            ),
            ("c", "it", "Sì sì jamme! Quanto costa più o meno? Nun voglio fa' brutta figura"),
            (
                "a",
                "it",
                "Listino {{PRICE:2.350 €}}, modifiche sartoriali incluse. Mi lasci un recapito "
                "per la conferma?",
            ),
            ("c", "it", "[[T:333 71 20 954]] e la mail [[E:assuntina.capuano89@virgilio.it]] ❤️"),
            ("a", "it", "Perfetto, vi aspettiamo! Staff {{BRAND:Atelier Ginevra}}"),
            (
                "c",
                "it",
                "[[P:Ginevra]] grazie assaje pe ieri, mammà ha chiagnuto tutto 'o tiempo 😭 "
                "confermo l'Aurora! L'acconto comm' 'o faccio?",
            ),
            (
                "a",
                "it",
                "Che emozione! Acconto 30% ({{PRICE:705 €}}) con bonifico su "
                "[[IBAN:IT05 B050 3411 7010 0000 0028 391]] intestato a [[P:Ginevra Loiacono]], "
                'causale "acconto abito [[P:Capuano]] {{DATE:12/09}}".',
            ),
        ],
    ),
    (
        "pg-ginevra",
        "instagram",
        "ludo.ferrante",
        [
            (
                "c",
                "it",
                "ciao! mio fratello [[P:Tommaso]] si sposa e vogliamo regalargli il gilet con "
                "ricamato dentro 'Per sempre, [[P:Tommaso]] e [[P:Ilaria]]' si può fare??",
            ),
            (
                "a",
                "it",
                "Ciao! Certo, ricamo a mano {{PRICE:35 €}}, filo oro o avorio. Che taglia porta?",
            ),
            (
                "c",
                "it",
                "52. e lui nn deve sapere niente eh 🤫 io sono [[P:Ludovica]] la sorella, "
                "[[H:@ludo.ferrante]] su ig. il ritiro lo fa mio papà [[P:Franco Ferrante]]",
            ),
            (
                "a",
                "it",
                "Segreto garantito 🤐 Pronto per il {{DATE:28 maggio}}. — [[P:Mariella]] "
                "(sartoria)",
            ),
            ("c", "it", "siete top 🫶"),
        ],
    ),
    (
        "pg-ginevra",
        "whatsapp",
        "Grace",
        [
            (
                "c",
                "en",
                "Hi! My name is [[P:Grace Russo]], I'm getting married at a masseria near "
                "[[L:Ostuni]] on {{DATE:June 20}} and I'm flying in from [[L:Boston]]. My mom's "
                "cousin [[P:Lucia Amoruso]] in [[L:Bari]] recommended you. Do you do fittings on "
                "short notice? I'll only be in Italy 10 days before the wedding 😬",
            ),
            (
                "a",
                "en",
                "Hello [[P:Grace]], congratulations! Yes, we do express fittings. If you send "
                "us your measurements now we can prepare the dress and do two fittings, "
                "{{DATE:June 11}} and {{DATE:June 15}}. Which style do you like?",
            ),
            (
                "c",
                "en",
                "I love the {{PRODUCT:Celeste}} by {{BRAND:Pronovias}} but in ivory. Also can you "
                "ship the veil to me in the US before? Address: [[A:418 Commonwealth Ave, Apt "
                "3B, Boston, MA 02215]]. Phone for the courier [[T:(617) 402-1187]].",
            ),
            (
                "a",
                "en",
                "We can ship the veil with DHL, {{PRICE:€48}}. I'll send a payment link by "
                "e-mail, which address should I use? [[P:Ginevra]]",
            ),
            (
                "c",
                "en",
                "[[E:grace.russo.bride [at] gmail.com]] — thank u!!! also my fiancé "
                "[[P:Jack Moore]] needs a suit too lol, he's 6'3\"",
            ),
            (
                "a",
                "en",
                "Ha, tell [[P:Jack]] we have the perfect tailor, [[P:Mariella]]. Payment link "
                "sent. The veil ships on Monday, tracking {{TRACKING:JD014600006281734592}}.",
            ),
            ("c", "en", "Received! See you June 11!! 💍"),
        ],
    ),
    (
        "pg-ginevra",
        "messenger",
        "Vita Lorusso",
        [
            (
                "c",
                "it",
                "Buongiorno, sono la mamma di [[P:Serena Lorusso]] che ha preso l'abito da voi "
                "a gennaio. Ora cerco io un abito da cerimonia, taglia 48, colore carta da "
                "zucchero, niente di troppo scollato che ho 62 anni 😅\n[[P:Vita Lorusso]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[P:Vita]]! Per la cerimonia abbiamo la nuova linea "
                "{{BRAND:Cabotine}}, anche in carta da zucchero. Quando vuole passare?",
            ),
            (
                "c",
                "it",
                "Mercoledì pomeriggio, mi accompagna mia sorella [[P:Sole]]. Se poi serve la "
                "consegna io sto a [[A:via Vittorio Emanuele 33, fraz. Montrone, 70010 Adelfia "
                "(BA)]], citofono [[P:Lorusso-Fanelli]]",
            ),
            (
                "a",
                "it",
                "Mercoledì alle {{TIME:17}} va benissimo. La consegna in provincia è gratuita. "
                "[[P:GL]]",
            ),
            ("c", "it", "Grazie cara. [[P:Serena]] vi saluta, dice che il vestito era un sogno"),
        ],
    ),
    (
        "pg-ginevra",
        "instagram",
        "cosimo.q",
        [
            (
                "c",
                "it",
                "Salve, ho noleggiato lo smoking per il matrimonio di mio cugino [[P:Donato]] e "
                "mi state trattenendo {{PRICE:150 €}} di cauzione per una macchia che c'era già. "
                "Guardate le storie di [[H:@donato_e_marika]] o il profilo del fotografo "
                "[[URL:instagram.com/ciccio.scatti.lecce]], si vede la giacca al ritiro",
            ),
            ("a", "it", "Buongiorno, mi dice nome e data del noleggio?"),
            (
                "c",
                "it",
                "[[P:Cosimo Quarta]], ritirato il {{DATE:3 aprile}}, ricevuta {{ORDER:N. 0412}}",
            ),
            (
                "a",
                "it",
                "Sig. [[P:Quarta]], ho controllato con [[P:Mariella]]: la macchia sulla manica "
                "non era segnata in scheda, quindi ha ragione lei. Le riaccreditiamo i "
                "{{PRICE:150 €}} sulla carta che termina con {{CODE:7012}}. Ci scusi, "
                "[[P:Ginevra]]",
            ),
            ("c", "it", "Grazie, corretti."),
        ],
    ),
    (
        "pg-ginevra",
        "telegram",
        "Federica D.",
        [
            (
                "c",
                "it",
                "Ciao! Come d'accordo ecco le taglie delle damigelle:\n\n"
                "NOME | TAGLIA | LUNGHEZZA\n"
                "[[P:Chiara]] | 40 | 158 cm\n"
                "[[P:Bianca D'Angelo]] | 42 | 165\n"
                "[[P:Gioia]] | 38 | 160\n"
                "[[P:Marianna]] (la cugina) | 46 | 170\n"
                "[[P:June]] (amica inglese) | 40 | 172\n\n"
                "Colore {{PRODUCT:salvia 14}}. Io sono [[P:Federica Dimastrogiovanni]], la "
                "sposa 😊",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Federica]]! Ricevuto tutto. 5 abiti {{PRODUCT:Nuvola}} in salvia, "
                "totale {{PRICE:1.190 €}}. [[P:June]] può mandarci le misure prima di arrivare? "
                "È più sicuro",
            ),
            (
                "c",
                "it",
                "[[P:June]] arriva da [[L:Bristol]] il giorno prima 😬 le chiedo le misure. la "
                "sua mail è [[E:june.baker@yahoo.co.uk]] se volete scriverle in inglese",
            ),
            ("a", "it", "Perfetto, le scrivo io. Pagamento con bonifico o carta?"),
            (
                "c",
                "it",
                "Carta, vengo in negozio sabato. Ah: sulle scatoline regalo per le damigelle "
                "potete scrivere 'Grazie di esserci — [[P:Fede]] & [[P:Nico]]'?",
            ),
            ("a", "it", "Certo! 🎀 [[P:Ginevra]]"),
        ],
    ),
    # ------------------------------------------------------------------ Camping Lago di Ledro
    (
        "pg-ledro",
        "messenger",
        "Sanne de Vries",
        [
            (
                "c",
                "en",
                "Hello, we are family [[P:de Vries]] from the Netherlands, 2 adults and 3 kids "
                "(4, 7 and 11 years). We like to book a bungalow from {{DATE:19 July}} until "
                "{{DATE:2 August}}. Is it possible the bungalow near the lake? Last year we had "
                "nr. 14 and was very nice. Greetings, [[P:Sanne]]",
            ),
            (
                "a",
                "en",
                "Dear [[P:Sanne]], nice to hear from you again! Bungalow {{CODE:14}} is free "
                "for those dates. 14 nights {{PRICE:€ 1.890}}, final cleaning included. Shall I "
                "block it? [[P:Katja]] – Reception",
            ),
            (
                "c",
                "en",
                "Yes please block it!! My husband [[P:Joris]] will do the payment. We arrive "
                "with the car late, maybe 22:00 because we drive from [[L:Amersfoort]] in one "
                "day 😅 Is the reception open then?",
            ),
            (
                "a",
                "en",
                "Reception closes at {{TIME:21:00}}, but we leave the key in the night box with "
                "your name on it. Deposit 30% = {{PRICE:€ 567}}. For the booking I need a full "
                "address and a phone number.",
            ),
            (
                "c",
                "en",
                "[[P:Sanne de Vries]]\n[[A:Kruiskamp 58\n3813 KG Amersfoort]]\nNetherlands\n"
                "[[T:+31 6 4127 8830]]\n\n[[P:Joris]] pays from [[IBAN:NL80 INGB 0006 5182 41]] (name "
                "[[P:J.P. van den Berg]], we are not married haha)",
            ),
            (
                "a",
                "en",
                "All clear, booking {{ORDER:LDR-2026-0412}} confirmed 🙂 See you in July! "
                "[[P:Katja]]",
            ),
            (
                "c",
                "en",
                "One more question, can the kids do the sailing course? [[P:Daan]] (11) wants "
                "very much. He is with a friend [[P:Lotte Bakker]] also from our street.",
            ),
            (
                "a",
                "en",
                "Of course, the sailing club on the lake has a kids' week from {{DATE:21 July}}. "
                "I'll send you the form. [[P:K.]]",
            ),
        ],
    ),
    (
        "pg-ledro",
        "whatsapp",
        "Jürgen",
        [
            (
                "c",
                "it",
                "Buongiorno, io sono [[P:Jürgen Hoffmann]] da [[L:Augsburg]]. Noi siamo 2 persona "
                "adulti e un cane piccolo. Volio una piazzola per camper dal {{DATE:3}} al "
                "{{DATE:10 agosto}}, con corrente electrica. Grazie mile",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[P:Hoffmann]]! Sì, piazzola {{CODE:B27}} con corrente, "
                "{{PRICE:38 €}} a notte più {{PRICE:4 €}} per il cane. Va bene? [[P:Thomas]]",
            ),
            (
                "c",
                "it",
                "Va bene, perfetto. Mia moglie [[P:Katrin]] domanda se la piazzola è all'ombra, "
                "lei non piace il sole molto forte 🌞",
            ),
            ("a", "it", "Sì, sotto i faggi 🌳 Mi manda un'email per la conferma?"),
            (
                "c",
                "it",
                "[[E:j.hoffmann-augsburg@web.de]] und telefono [[T:+49 171 3948221]]. Camper "
                "{{PRODUCT:Hymer B-Klasse}} 7 metri",
            ),
            (
                "a",
                "en",
                "Thank you Mr [[P:Hoffmann]], confirmation sent (also in English, just in "
                "case). Kind regards, [[P:Thomas Ferrari]]",
            ),
            ("c", "it", "Danke! Ah no: grazie! 😄"),
        ],
    ),
    (
        "pg-ledro",
        "messenger",
        "Claire Pemberton",
        [
            (
                "c",
                "en",
                "Hi, we're in bungalow 9 and I'm afraid I have to complain. The group on the "
                "pitches behind us (a big Dutch party, lovely people I'm sure) had music on "
                "until 1am last night AND the night before. My youngest, [[P:Alfie]], is 3 and "
                "was up crying. Quiet hours are 11pm according to your own sign.",
            ),
            (
                "a",
                "en",
                "Hi, I'm really sorry. I've spoken to them this morning and the night guard "
                "will check tonight. Can I have your name for the report?",
            ),
            (
                "c",
                "en",
                "[[P:Claire Pemberton]]. Thank you. My husband [[P:Rich]] wanted to go over "
                "himself but I thought better not 😬",
            ),
            (
                "a",
                "en",
                "Very wise 😄 If it happens again call the guard directly on the number on your "
                "key card. [[P:Katja]]",
            ),
            (
                "c",
                "en",
                "Quiet as a mouse last night, thanks [[P:Katja]]. Also, [[P:Rich]] left his "
                'fleece at the kayak hut, navy blue, {{BRAND:Rab}}, name tag "[[P:R. '
                'PEMBERTON]]" in the collar.',
            ),
            ("a", "en", "Found it! It's at reception. — Staff"),
        ],
    ),
    (
        "pg-ledro",
        "instagram",
        "niamh.oconnell",
        [
            (
                "c",
                "en",
                "heya! me and 3 mates are doing a road trip from Munich to Verona in "
                "august, any chance of a tent pitch for 2 nights, 12-14? we're all 20ish and "
                "very quiet i swear 😇",
            ),
            (
                "a",
                "en",
                "Hi! Tent pitch for 4 people, 2 nights: {{PRICE:€ 96}} in total. Cars are "
                "parked outside. What name for the booking?",
            ),
            (
                "c",
                "en",
                "[[P:Niamh O'Connell]], from [[L:Galway]]. the others are [[P:Ciara]], "
                "[[P:Aoife]] and [[P:Siobhán Kelly]]. [[P:ciara]]'s insta is [[H:@ciarakellyy_]] if "
                "u want to tag us in a pic of the lake lol",
            ),
            (
                "a",
                "en",
                "Haha deal. Booking saved. We need a phone number for arrival please",
            ),
            ("c", "en", "[[T:087 164 2290]] thats mine, irish number"),
            ("a", "en", "Grand 😉 See you on the {{DATE:12th}}! [[P:Thomas]]"),
        ],
    ),
    (
        "pg-ledro",
        "whatsapp",
        "Mitch",
        [
            (
                "c",
                "en",
                "G'day, tried to book online but your site keeps saying \"Access denied – "
                "request blocked, IP [[IP:203.14.77.190]]\". I'm on the hostel wifi in "
                "[[L:Riva del Garda]]. Can I just book through here?",
            ),
            (
                "a",
                "en",
                "Hi! Sorry about that, the booking system blocks some foreign networks. Sure, "
                "tell me dates and type of pitch.",
            ),
            (
                "c",
                "en",
                "Just me and my swag, 3 nights from Thursday. Name's [[P:Mitchell Hayes]] "
                "([[P:Mitch]]), mobile [[T:+61 412 883 506]]. Want my card details?",
            ),
            (
                "a",
                "en",
                "No need, you pay on arrival. Small tent pitch {{PRICE:€ 19}} per night. "
                "[[P:Katja]]",
            ),
            (
                "c",
                "en",
                "Legend. Oh and my mate [[P:Bazza]] ([[P:Barry Cook]]) might join Saturday, his "
                "number's [[T:0423 118 907]]",
            ),
            ("a", "en", "No worries, he can just come to reception 👍"),
        ],
    ),
    (
        "pg-ledro",
        "messenger",
        "Geoffrey Pemberton-Hale",
        [
            (
                "c",
                "en",
                "Good afternoon,\n\n"
                "Further to my telephone call of this morning with a member of your staff (a "
                "young gentleman, [[P:Tommaso]] I believe), I attach below the text of your "
                "confirmation, which contains two errors.\n\n"
                "> From: {{BRAND:Camping Lago di Ledro}} <booking@…>\n"
                "> Sent: {{DATE:14 March 2026}} {{TIME:09:12}}\n"
                "> To: [[E:g.pemberton.hale@btopenworld.com]]\n"
                "> Subject: Booking confirmation {{ORDER:LDR-2026-0288}}\n"
                "> Dear Mr [[P:Pemberton Hale]], we are pleased to confirm bungalow "
                "{{CODE:22}} from {{DATE:06/09}} to {{DATE:13/09}} for 1 adult.\n\n"
                "1. My surname is hyphenated: [[P:Pemberton-Hale]].\n"
                "2. We are two adults: my wife, [[P:Margaret]], will accompany me.\n\n"
                "I should be grateful for a corrected confirmation.\n\n"
                "Yours faithfully,\n"
                "[[P:Geoffrey Pemberton-Hale]]\n"
                "[[A:The Old Rectory, Church Lane, Little Wittenham, Oxfordshire OX14 4QS]]\n"
                "Tel: [[T:01865 407 229]]\n"
                '"Please consider the environment before printing this e-mail"',
            ),
            (
                "a",
                "en",
                "Dear Mr [[P:Pemberton-Hale]],\nthank you, and apologies for both mistakes. The "
                "corrected confirmation (2 adults, {{PRICE:€ 735}}) is on its way to your "
                "e-mail.\nKind regards,\n[[P:Katja Pellegrini]]\nFront office",
            ),
            (
                "c",
                "en",
                "Received, thank you. One further point: Mrs [[P:Pemberton-Hale]] has limited "
                "mobility. Is bungalow 22 on level ground?",
            ),
            (
                "a",
                "en",
                "It is, and it has a ramp. If you prefer, we can also move you to bungalow "
                "{{CODE:3}}, next to the car park.",
            ),
            ("c", "en", "Twenty-two will do admirably. [[P:G. P-H.]]"),
        ],
    ),
    (
        "pg-ledro",
        "telegram",
        "Elisa Zanoni",
        [
            (
                "c",
                "it",
                "Ciao! Siamo la famiglia che è partita ieri dal bungalow 5, mio figlio "
                "[[P:Pietro]] ha dimenticato il suo pupazzo, un coniglio grigio con la "
                "sciarpa rossa. Disperazione totale 😭",
            ),
            (
                "a",
                "it",
                "Ciao! L'abbiamo trovato sotto il letto 🐰 Ve lo spediamo? Serve l'indirizzo "
                "completo.",
            ),
            (
                "c",
                "it",
                "Grazie!!! [[P:Elisa Zanoni]], [[A:località Ca' Nova 3, frazione Sant'Anna, "
                "37030 Vestenanova (VR)]]. Se il corriere non trova la casa chiamate "
                "[[T:348-661-0923]], qui il navigatore si perde",
            ),
            (
                "a",
                "it",
                "{{WORD:Spedito}} oggi con Poste, tracciamento {{TRACKING:RR 5720 0931 7IT}}, "
                "{{PRICE:8,50 €}} in contrassegno. Un abbraccio a [[P:Pietro]]! Reception",
            ),
            ("c", "it", "Arrivato!! [[P:Pietro]] ha fatto i salti di gioia. Grazie [[P:Thomas]] ❤️"),
        ],
    ),
    # ------------------------------------------------------------------ Respiro Yoga & Pilates
    (
        "pg-respiro",
        "instagram",
        "madison.k.travels",
        [
            (
                "c",
                "en",
                "hi!! i'm an exchange student at the uni here till june, do you guys have "
                "classes in english?? or like, is the teacher ok with people who don't speak "
                "italian 🙈",
            ),
            (
                "a",
                "en",
                "Hi! Yes 🙂 [[P:Dev]] teaches vinyasa in English on Tuesdays and Thursdays at "
                "{{TIME:7pm}}, and [[P:Chiara]] switches to English whenever needed. The student "
                "card is {{PRICE:€ 55}} for 8 classes.",
            ),
            (
                "c",
                "en",
                "omg perfect. can i bring my roommate? she's from [[L:Sofia]] and her name is "
                "literally [[P:Sofia]] lol. [[P:Sofia Petrova]]. i'm [[P:Madison Kowalski]] btw",
            ),
            (
                "a",
                "en",
                "Haha love it. Of course! First class is free for both of you. Just show up 10 "
                "minutes early with an ID. [[P:Chiara]] ✨",
            ),
            (
                "c",
                "en",
                "we came yesterday and it was SO good. [[P:dev]] is a legend. also my mom "
                "wants to buy me the card as a gift from the US, can she pay online? her email "
                "is [[E:karen.kowalski71@aol.com]]",
            ),
            (
                "a",
                "en",
                "Sure, we'll send her a payment link. So happy you liked it! Team Respiro 🧘",
            ),
        ],
    ),
    (
        "pg-respiro",
        "whatsapp",
        "Gioia",
        [
            (
                "c",
                "it",
                "Ciao [[P:Chiara]], sono [[P:Gioia Fabbri]], ci siamo viste al open day. Sono "
                "incinta di 14 settimane, posso fare pilates reformer? La mia ginecologa, la "
                "dott.ssa [[P:Bianca Montefusco]], dice di sì ma con un'insegnante preparata",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Gioia]], che bella notizia 💛 Sì, abbiamo il corso pre-parto il "
                "mercoledì alle {{TIME:18:30}} con [[P:Sole Venturi]], che è ostetrica. Serve "
                "un certificato medico non agonistico.",
            ),
            (
                "c",
                "it",
                "Perfetto, te lo porto mercoledì. La ricevuta me la fai intestata a me? Il CF è "
                "[[CF:FBBGIO98S70A944G]], abito in [[A:via del Pratello 61, Bologna]]",
            ),
            ("a", "it", "Certo. 10 lezioni {{PRICE:180 €}}. A mercoledì! 🌿"),
            (
                "c",
                "it",
                "[[P:Chiara]] scusa, mercoledì non riesco, mi fa male la schiena. Vengo la settimana "
                "dopo, se va bene avviso anche [[P:Sole]]",
            ),
            ("a", "it", "Nessun problema, riposati. Glielo dico io. [[P:C.]]"),
        ],
    ),
    (
        "pg-respiro",
        "messenger",
        "Chelsea Nguyen",
        [
            (
                "c",
                "en",
                "Hey team! I moved back to [[L:Brisbane]] last month but I'd love to keep doing "
                'your online classes 🙏 Problem is the live stream page says "Your region is '
                'not available (IP [[IP:110.145.32.7]])". Any ideas?',
            ),
            (
                "a",
                "en",
                "Hi [[P:Chelsea]]! We miss you here 😢 That's the streaming platform's geo "
                "block, we've asked them to open Australia. Meanwhile we can send you the "
                "recordings. What's your e-mail?",
            ),
            (
                "c",
                "en",
                "It's [[E:chelsea.nguyen.yoga(at)bigpond.com]]. Mum's on it too, "
                "[[E:lan.nguyen@optusnet.com.au]], she'd like to join, she's 68 and does "
                "chair yoga",
            ),
            (
                "a",
                "en",
                "Done, both added. Chair yoga with [[P:Dev]] on Saturday mornings is perfect "
                "for her (that's Sunday evening for you). Love, [[P:Chiara]] & [[P:Dev]]",
            ),
            (
                "c",
                "en",
                "Mum says thank you. She also says to tell [[P:Dev]] he has a lovely voice 😂",
            ),
            ("a", "en", "He's blushing. Take care, [[P:Chelsea]]! 🌏"),
        ],
    ),
    (
        "pg-respiro",
        "whatsapp",
        "Ciarán",
        [
            (
                "c",
                "en",
                "Ciao! Sono [[P:Ciarán]], my Italian is molto basic sorry. My partner "
                "[[P:Matteo]] and I want to do the weekend retreat in Castel di Casio in "
                "May, are there still places? Siamo due",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Ciarán]]! Sì, ci sono ancora 3 posti. Weekend {{DATE:16-17 maggio}}, "
                "{{PRICE:240 €}} a persona con vitto e alloggio. Do you need it in English? 😊",
            ),
            (
                "c",
                "en",
                "Haha yes please. So the place is the agriturismo? We don't have a car, is "
                "there a bus from Bologna? [[P:Matteo]] says he can drive if we rent one but "
                "honestly I'd rather he didn't 🙃",
            ),
            (
                "a",
                "en",
                "There's a shuttle from Bologna Centrale on Saturday at {{TIME:8:15}}, included. "
                "I just need full names and a phone number for the insurance.",
            ),
            (
                "c",
                "en",
                "[[P:Ciarán Ó Murchú]] and [[P:Matteo Bonfiglioli]]. My mobile is irish, "
                "[[T:+353 87 550 3318]], [[P:Matteo]]'s is [[T:339 812 0447]]. Grazie mille!!",
            ),
            ("a", "it", "{{WORD:Perfetto}}, siete iscritti! A maggio. [[P:Chiara Montanari]]"),
        ],
    ),
    (
        "pg-respiro",
        "telegram",
        "Lourdes García",
        [
            (
                "c",
                "en",
                "Good morning, I am [[P:Lourdes García]], HR manager at {{BRAND:Pavesi Logistica}} "
                "(office in [[A:via Stalingrado 37, 40128 Bologna]]). We want to offer to our "
                "employees a weekly lunch-time yoga class in our office, 12 persons more or "
                "less. Can you make an offer for the company? Our VAT number is "
                "[[VAT:07355620639]].",
            ),
            (
                "a",
                "en",
                "Good morning [[P:Lourdes]], thank you! We can do Wednesdays "
                "{{TIME:13:00-13:45}}, mats included: {{PRICE:€ 95}} per session + VAT. Who "
                "should receive the invoice?",
            ),
            (
                "c",
                "en",
                "Please send to our administration, Mr [[P:Ferrari]], "
                "[[E:amministrazione.pavesi@pec.it]]. The responsible person for the "
                "class is me. My direct phone is [[T:051 633 9812]] ext. 204.",
            ),
            (
                "a",
                "en",
                "Perfect. Our teacher for corporate classes is [[P:Devendra Rao]] (everybody "
                "calls him [[P:Dev]]). Start {{DATE:8 April}}?",
            ),
            (
                "c",
                "en",
                "8 April is good. One of the colleagues, [[P:Fortunato]] from the warehouse, "
                "has a knee problem, is that ok?",
            ),
            (
                "a",
                "en",
                "Yes, [[P:Dev]] will give him alternatives. See you on the 8th! Respiro team",
            ),
        ],
    ),
    # ------------------------------------------------------------------------ Lumina Skin Lab
    (
        "pg-lumina",
        "instagram",
        "ellieeee.x",
        [
            (
                "c",
                "en",
                "hiii so i ordered the {{PRODUCT:glow drops}} like 2 weeks ago and it still "
                "hasnt come 😭 order {{ORDER:#LM-58213}}. its for my best mates bday on sat so im "
                "actually panicking",
            ),
            (
                "a",
                "en",
                "Hi lovely! So sorry 😢 Can you confirm your full name and postcode so I can "
                "find it? — [[P:Giada]]",
            ),
            (
                "c",
                "en",
                "[[P:ellie brennan]] [[A:M14 6HP]]. actually wait i think i put my old address "
                "in?? [[A:27 Ladybarn Rd]] thats my uni house not my mums",
            ),
            (
                "a",
                "en",
                "Found it: it went to [[A:27 Ladybarn Road, Manchester M14 6HP]] and Royal Mail "
                'says it was left with a neighbour at no. 25, signed "[[P:T. OKAFOR]]" on '
                "{{DATE:the 4th}}. Could you knock there?",
            ),
            (
                "c",
                "en",
                "omg [[P:tunde]] has had it this whole time 💀💀 got it!! thank u sm [[P:giada]] "
                "ur a literal angel",
            ),
            ("a", "en", "Yay! Happy birthday to your friend 🎂 Team Lumina ✨"),
        ],
    ),
    (
        "pg-lumina",
        "messenger",
        "Deb Walker",
        [
            (
                "c",
                "en",
                "YOU HAVE CHARGED MY CARD TWICE FOR THE SAME ORDER. {{PRICE:$86.40}} AND "
                "{{PRICE:$86.40}}. ORDER {{ORDER:LM-57760}}. I WANT A REFUND TODAY OR I AM "
                "CALLING MY BANK AND DISPUTING BOTH.",
            ),
            (
                "a",
                "en",
                "Hello, I'm sorry about this. The second one is usually a pre-authorisation "
                "that drops off in 3-5 days, but let me check. Can you give me the e-mail on "
                "the order?",
            ),
            (
                "c",
                "en",
                "[[E:DEBWALKER.HOME@GMAIL.COM]]. AND HERE IS THE CARD SO YOU CAN SEE IT "
                "[[CARD:4532-6440-5733-4777]]. I HAVE BEEN A CUSTOMER SINCE 2022.",
            ),
            (
                "a",
                "en",
                "Thank you Ms [[P:Walker]]. Please don't share the full card number here, I've "
                "asked our team to hide that message. I can see the duplicate: refunded now, "
                "refund ID {{ORDER:RF-0091-3382}}. You'll see it in 2-5 business days. "
                "[[P:Alice]], customer care",
            ),
            (
                "c",
                "en",
                "fine. thank you [[P:alice]]. sorry for shouting, it's been a week. "
                "[[P:Debra Walker]], [[L:Columbus OH]]",
            ),
            ("a", "en", "No problem at all, [[P:Deb]]. Have a better week! 💛 [[P:A.]]"),
        ],
    ),
    (
        "pg-lumina",
        "instagram",
        "bea.portaa",
        [
            (
                "c",
                "it",
                "raga ma il {{PRODUCT:Siero Notte Retinolo 0,3%}} va bene anche se ho la pelle "
                "sensibile?? la mia derma dice di andarci piano ahah",
            ),
            (
                "a",
                "it",
                "Ciao! Se la tua dermatologa dice piano, parti con 2 sere a settimana e sempre "
                "SPF di giorno ☀️ [[P:Giada]]",
            ),
            (
                "c",
                "it",
                "ok top. lo prendo, e anche la {{PRODUCT:Crema Barriera Ceramidi}}. spedite a "
                "[[A:via Saragozza 112, Bologna]]? è casa di mia nonna, sul citofono c'è "
                "scritto [[P:porta bianca]] (si chiama [[P:Bianca Porta]] come me lol)",
            ),
            (
                "a",
                "it",
                "Ahah bellissimo 😄 Sì, spediamo con BRT in 48h, gratis sopra {{PRICE:49 €}}. "
                "Ci servono solo una mail e un cell per il corriere",
            ),
            (
                "c",
                "it",
                "[[E:bea_porta @ hotmail . it]] e [[T:3891207745]]. ah il codice sconto "
                "{{CODE:GLOW15}} funziona ancora?",
            ),
            ("a", "it", "Funziona! Ordine {{ORDER:LM-58990}} confermato ✨ Staff Lumina"),
        ],
    ),
    (
        "pg-lumina",
        "whatsapp",
        "Florence Dwyer",
        [
            (
                "c",
                "en",
                "Hi there, I'd love to order the gift set with the engraved compact mirror for "
                "my mam's 70th. Could the engraving say \"For Mam, love always, "
                '[[P:Niamh]] & [[P:Florence]]"? Is that too long?',
            ),
            (
                "a",
                "en",
                "Hi [[P:Florence]]! It fits, up to 40 characters 🙂 The {{PRODUCT:Lumina "
                "Ritual gift set}} with engraving is {{PRICE:€ 74}}. Where should we ship it?",
            ),
            (
                "c",
                "en",
                "To Mam directly, it's a surprise so please don't ring her!! Mrs [[P:Kathleen "
                "Dwyer]], [[A:4 Sruthán Close, Knocknacarra, Galway H91 X2C7]]. Ring me instead "
                "if needed, [[T:086-2247319]]",
            ),
            (
                "a",
                "en",
                "Noted, no calls to [[P:Kathleen]] 🤫 Payment link sent. Please double-check the "
                "engraving text in the preview.",
            ),
            (
                "c",
                "en",
                'Preview says "[[P:Niamh]] & [[P:Florance]]" 🙈 my own name spelt wrong, that was '
                "me typing in the form, can you fix to [[P:Florence]]?",
            ),
            ("a", "en", "Fixed ✔️ Goes to engraving tomorrow. [[P:M.]] (Lumina)"),
        ],
    ),
    (
        "pg-lumina",
        "messenger",
        "Jess",
        [
            (
                "c",
                "en",
                "Hi, got this from the courier and no idea what it means?\n\n"
                "Inoltrato:\n"
                '"DELIVERY EXCEPTION – Consignment {{TRACKING:CP 4418 2290 71AU}}\n'
                "Receiver: [[P:JESSICA MOORE]]\n"
                "Address: [[A:Unit 6/22 Bell St, Coburg VIC 3058]]\n"
                "Reason: Address incomplete – no unit number visible. Card left. Contact "
                'driver [[P:Ray]] on [[T:0400 381 552]] or reschedule online."',
            ),
            (
                "a",
                "en",
                "Hi [[P:Jess]]! It means the driver couldn't find unit 6. If you call [[P:Ray]] "
                "he'll bring it back tomorrow, or we can ask AusPost to hold it at the post "
                "office. Which do you prefer?",
            ),
            (
                "c",
                "en",
                "Post office is easier, I work in the city. Also the name on the order is my "
                "old one, it's [[P:Jess Moore-Tran]] now, will that be a problem for ID?",
            ),
            (
                "a",
                "en",
                "Bring the card they left plus your ID and proof of the old name (a bank card "
                "is usually fine). I've asked for a hold at the post office. [[P:Giada]] 🌸",
            ),
            ("c", "en", "Cheers, picked it up! the {{PRODUCT:SPF 50 Daily Veil}} is unreal"),
        ],
    ),
    (
        "pg-lumina",
        "instagram",
        "rafa.skinjourney",
        [
            (
                "c",
                "en",
                "Hello Lumina team! I am [[P:Rafaela Souza]], content creator from "
                "[[L:Porto Alegre]] living in [[L:Milano]] 🇧🇷🇮🇹 I make skincare reviews, 48k "
                "followers on [[URL:https://www.instagram.com/rafa.skinjourney]] and TikTok "
                "[[H:@rafa_skinjourney]]. I would love to collaborate with you",
            ),
            (
                "a",
                "en",
                "Hi [[P:Rafaela]], thank you! We'd love to send you a PR box. Could you share "
                "your media kit and a shipping address?",
            ),
            (
                "c",
                "en",
                "Of course! Media kit is here [[URL:linktr.ee/rafaskin]]. Address: [[P:Rafaela "
                "Souza]] [[A:c/o Studio Vidal, viale Monza 140, 20127 Milano]]. Email "
                "[[E:rafaela.souza.collab@gmail.com]]. For paid collabs my partita IVA is "
                "[[VAT:03107740379]] (regime forfettario)",
            ),
            (
                "a",
                "en",
                "Perfect, box leaving on Monday with the new {{PRODUCT:Vitamin C 15% Serum}} "
                "and {{PRODUCT:Glow Drops}}. Our marketing manager [[P:Tiberio Santangelo]] will "
                "contact you about paid content. — Team Lumina",
            ),
            (
                "c",
                "en",
                "Amazing!! Obrigada 🥹 I tag you when it arrives",
            ),
            ("a", "en", "Can't wait! ✨ [[P:G.]]"),
        ],
    ),
    # ------------------------------------------------------------ more English conversations
    (
        "pg-ledro",
        "messenger",
        "Mark Smith",
        [
            (
                "c",
                "en",
                "Hi folks! We're a family of five from [[L:Portland, Oregon]] doing Europe this "
                "summer. Saw your glamping tents on Facebook ([[URL:facebook.com/mark.smith."
                "pdx]] is me, in case you want to see we're not crazy 😄). Any availability "
                "{{DATE:July 28}} - {{DATE:August 1}}?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Mark]]! Yes, the family safari tent sleeps 5: {{PRICE:€ 145}} per "
                "night, 4 nights {{PRICE:€ 580}}. Bedding and towels included. Shall I hold "
                "it for you?",
            ),
            (
                "c",
                "en",
                "Yes please. My wife [[P:Rosa]] asks if there's a grocery store on site, the "
                "kids eat like locusts",
            ),
            (
                "a",
                "en",
                "There's a small market open {{TIME:7:30}}-{{TIME:20:00}} and a pizzeria. To "
                "confirm I need a deposit, you can pay by card over the phone or with the "
                "link I'll e-mail you.",
            ),
            (
                "c",
                "en",
                "Easier here: Amex [[CARD:3787 698166 23718]], exp 11/27, name [[P:Mark D. "
                "Smith]]. Cell [[T:+1 503-284-7719]], email [[E:marksmith.pdx@icloud.com]]",
            ),
            (
                "a",
                "en",
                "Thank you Mr [[P:Smith]]. For your safety I've deleted the card number from "
                "our notes and sent you a secure link instead, please use that one 🙏 "
                "[[P:Thomas F.]]",
            ),
            ("c", "en", "Oops, rookie mistake. Paid through the link! See you in July"),
        ],
    ),
    (
        "pg-lumina",
        "messenger",
        "Bill Hargreaves",
        [
            (
                "c",
                "en",
                'Hello. I received an e-mail saying "New sign-in to your Lumina account from '
                '[[IP:86.143.27.211]] ([[L:Sheffield]], UK)". That was not me. I live in '
                "[[L:Hull]]. I would like the account closed and my data deleted under GDPR.",
            ),
            (
                "a",
                "en",
                "Hello, thank you for telling us. I've locked the account straight away. To "
                "verify it's you, can you confirm the e-mail on the account and the last order "
                "number?",
            ),
            (
                "c",
                "en",
                "[[E:w.hargreaves1954@talktalk.net]], last order {{ORDER:LM-40118}} (a present "
                "for my granddaughter [[P:Amelia]]). The account was opened by my late wife "
                "[[P:June]], so it may be in her name, [[P:June Hargreaves]].",
            ),
            (
                "a",
                "en",
                "I'm sorry for your loss, Mr [[P:Hargreaves]]. I've found it. The account and "
                "the saved addresses ([[A:31 Westbourne Avenue, Hull HU5 3HR]]) will be deleted "
                "within 30 days and you'll get a confirmation. Invoices must be kept 10 years "
                "by Italian law, but they are no longer linked to any login. [[P:Alice]]",
            ),
            (
                "c",
                "en",
                "Thank you [[P:Alice]]. My grandson [[P:Tom]] says I should also change my "
                "e-mail password, so I have. Regards, [[P:Bill]]",
            ),
            ("a", "en", "He's right! Take care, Mr [[P:Hargreaves]]. Lumina customer care"),
        ],
    ),
    (
        "pg-mancuso",
        "whatsapp",
        "Henrike Vogt",
        [
            (
                "c",
                "en",
                "Good day, I am [[P:Henrike Vogt]], owner of a holiday flat in [[A:via "
                "Paternostro 12, Palermo]] (I live in [[L:Freiburg]]). The gas boiler needs "
                "the yearly control, the guests say it makes noise. My neighbour "
                "signora [[P:Rosa Ferro]] has the key. Can you do it next week?",
            ),
            (
                "a",
                "en",
                "Good morning Mrs [[P:Vogt]], yes: Wednesday {{TIME:11:00}}, annual service "
                "and emission test {{PRICE:€ 110}}. We call signora [[P:Ferro]] for the key. "
                "Her number?",
            ),
            (
                "c",
                "en",
                "It is [[T:091 584 2290]], she speaks only Italian and she is a bit deaf, "
                "please call loud 😊",
            ),
            (
                "a",
                "en",
                "Done. The boiler is fine, only the fan was dirty. Invoice to you? We need "
                "your tax code or address in Germany.",
            ),
            (
                "c",
                "en",
                "Please invoice to Dr. [[P:Henrike Vogt]], [[A:Schwarzwaldstraße 88, 79117 "
                "Freiburg im Breisgau]], Germany. I pay from [[IBAN:DE94 3704 0044 0532 0130 "
                "07]]. Is it possible you leave a copy of the certificate in the flat for the "
                "guests?",
            ),
            (
                "a",
                "en",
                "Sure, the certificate is in the kitchen drawer. Thank you! [[P:Fortunato]] – "
                "{{BRAND:Mancuso Bros.}}",
            ),
            ("c", "en", "Vielen Dank, thanks a lot!"),
        ],
    ),
    # ------------------------------------------------------------ a few more conversations
    (
        "pg-ravasi",
        "messenger",
        "Gennaro Russo",
        [
            (
                "c",
                "it",
                "Buongiorno, ieri abbiamo fatto il rogito dell'appartamento int. 6 scala C "
                "(quello che era dei [[P:Crippa]]). Il notaio dice di comunicarvi i dati per "
                "l'anagrafe condominiale, quindi:\n"
                "- [[P:Gennaro Russo]], CF [[CF:RSSGNR81H04F839T]], proprietario 50%\n"
                "- [[P:Teresa Bello]], CF [[CF:blltrs84p65f839x]], proprietaria 50%\n"
                "Fino a giugno abitiamo ancora a [[L:Cologno Monzese]], poi ci trasferiamo.",
            ),
            (
                "a",
                "it",
                "Buongiorno sig. [[P:Russo]], benvenuti nel condominio! Registro tutto. Per le "
                "comunicazioni ufficiali preferite e-mail o PEC? E un numero di cellulare per le "
                "urgenze (allagamenti, ascensore).",
            ),
            (
                "c",
                "it",
                "Mail normale: [[E:gennaro.russo81@tiscali.it]]. Cellulare mio [[T:+39 "
                "338-2716604]], di mia moglie [[T:340 55 21 987]]. Ah, il box 14 è nostro, "
                "lo dico perché c'è ancora una punto grigia del vecchio proprietario 😅",
            ),
            (
                "a",
                "it",
                "Ah ecco di chi era! Scrivo io al sig. [[P:Crippa]]. Le mando anche il "
                "regolamento e il preventivo {{ORDER:2026/P-07}} per l'ascensore, approvato "
                "a novembre: la vostra quota è {{PRICE:€ 1.412,00}} in 4 rate. [[P:Marisa]] – "
                "{{BRAND:Studio Ravasi}}",
            ),
            (
                "c",
                "it",
                "Ricevuto. Una domanda: mia moglie ha partita IVA (fa la grafica da casa, "
                "P.IVA [[VAT:02677310159]]), può mettere la sede nell'appartamento o serve il "
                "permesso dell'assemblea?",
            ),
            (
                "a",
                "it",
                "Per uno studio senza clienti che vanno e vengono non serve nessun permesso, "
                "basta che il regolamento non lo vieti (e il nostro non lo vieta). "
                "[[P:O.R.]]",
            ),
        ],
    ),
    (
        "pg-respiro",
        "whatsapp",
        "Agnieszka",
        [
            (
                "c",
                "en",
                "Hello, my name is [[P:Agnieszka Wójcik]], I am a certified pilates teacher "
                "(STOTT, 6 years) and I live in [[L:Bologna]] from 2022, zona [[L:Borgo Panigale]]. I "
                "saw you are looking for a teacher for the morning mat classes. I can send my "
                "CV?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Agnieszka]], yes, thank you! Please send CV and, if you have, a short "
                "video of a class. [[P:Chiara]]",
            ),
            (
                "c",
                "en",
                "CV attached 📎 Short summary if the file does not open:\n"
                "[[P:Agnieszka Wójcik]]\n"
                "[[A:via Marco Emilio Lepido 190, 40132 Bologna]]\n"
                "[[T:+39 392 667 0183]] / [[E:aga.wojcik.pilates@gmail.com]]\n"
                "website [[URL:https://agawojcikpilates.it]] · IG [[H:@aga.pilates.bo]]\n"
                "P.IVA [[VAT:08442190370]] — C.F. [[CF:WJCGSZ91D43Z127H]]\n"
                "Experience: {{BRAND:Pilates Point}} [[L:Kraków]] (2017-2021), freelance [[L:Bologna]]",
            ),
            (
                "a",
                "en",
                "Thank you! The video on your site is lovely. Could you come for a trial class "
                "on {{DATE:Monday 13}} at {{TIME:8:00}}? [[P:Dev]] will be there too.",
            ),
            (
                "c",
                "en",
                "Yes, perfect. I bring my own mat. Do I need to bring a reference? My old "
                "manager [[P:Marta Zielińska]] can write you, her email is "
                "[[E:marta.zielinska@pilatespoint.pl]]",
            ),
            ("a", "it", "Non serve per ora, a lunedì! 😊 [[P:Chiara]]"),
            ("c", "it", "Grazie, a lunedì!"),
        ],
    ),
    (
        "pg-lumina",
        "instagram",
        "kayla.mp4",
        [
            (
                "c",
                "en",
                "ok so my aunt [[P:Rich]] (yes her name is [[P:richelle]] lol) wants to buy me the "
                "{{PRODUCT:Glow Kit}} for graduation but she doesn't do instagram, can she "
                "order by message?? she's in [[L:Tucson]]",
            ),
            (
                "a",
                "en",
                "Aww congrats on graduating! 🎓 She can order on the website, or we can send "
                "her a payment link if she prefers. What's her email?",
            ),
            (
                "c",
                "en",
                'she literally just sent me this to forward 😭 "card [[CARD:4024202740837261]] '
                "exp 09/28, ship to [[P:Kayla Jenkins]], [[A:2251 E Speedway Blvd, Apt 14, "
                "Tucson, AZ 85719]]\" pls ignore her she's 64",
            ),
            (
                "a",
                "en",
                "Haha no worries, but please delete that from the chat 🙈 We never take cards "
                "by DM. We'll send a secure link: just need her email.",
            ),
            (
                "c",
                "en",
                "ok deleted. [[E:richelle.jenkins52 at yahoo dot com]]. also can u tag me when "
                "it ships, my tiktok is [[URL:tiktok.com/@kayla.mp4]] 🫶",
            ),
            (
                "a",
                "en",
                "Link sent to her! We'll message you here when it ships. Team Lumina 💌",
            ),
        ],
    ),
]

_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z_]+):(.+?)\}\}", re.DOTALL)
_START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup of one message: (plain text, entity spans, keep spans)."""
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    position = length = 0
    for match in _MARK.finditer(marked):
        parts.append(marked[position : match.start()])
        length += match.start() - position
        if match.group(1) is not None:
            kind = ALIASES.get(match.group(1), match.group(1))
            if kind not in ALIASES.values():
                raise ValueError(f"unknown entity type {kind!r} in {marked!r}")
            value, target = match.group(2), entities
        else:
            kind, value, target = match.group(3), match.group(4), keep
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(marked[position:])
    text = "".join(parts)
    if any(token in text for token in ("[[", "]]", "{{", "}}")):
        raise ValueError(f"unbalanced markup in {marked!r}")
    return text, entities, keep


def records() -> list[dict[str, Any]]:
    """The labelled messages, in conversation order, as ``privacy.evaluate`` reads them."""
    out: list[dict[str, Any]] = []
    for index, (page_id, platform, customer, messages) in enumerate(CONVERSATIONS, start=1):
        conversation_id = f"hw7-conv-{index:02d}"
        customer_id = f"hw7-{platform}-user-{index:02d}"
        moment = _START + timedelta(days=2 * (index - 1), hours=(index * 5) % 11)
        for number, (role, language, marked) in enumerate(messages, start=1):
            moment += timedelta(minutes=2 + (index * 7 + number * 11) % 53)
            text, entities, keep = parse(marked)
            agent = role == "a"
            out.append(
                {
                    "message": {
                        "message_id": f"hw7-m{index:02d}-{number:02d}",
                        "conversation_id": conversation_id,
                        "platform": platform,
                        "page_id": page_id,
                        "sender_id": page_id if agent else customer_id,
                        "sender_name": BUSINESS_NAMES[page_id] if agent else customer,
                        "sender_role": "agent" if agent else "customer",
                        "recipient_id": customer_id if agent else page_id,
                        "created_time": moment.isoformat(),
                        "text": text,
                    },
                    "language": language,
                    "entities": entities,
                    "keep": keep,
                }
            )
    return out


def render() -> str:
    """The JSONL text of the corpus (deterministic)."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records())


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {len(records())} messages in {len(CONVERSATIONS)} conversations to {OUTPUT}")


if __name__ == "__main__":
    main()
