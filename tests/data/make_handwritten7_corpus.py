"""Hand-written blind test corpus no. 7 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, by a helper who had not read
the anonymiser's code, its rules, its tests or any other corpus (written blind): no templates, no
Faker. All people, addresses, phone numbers and identifiers are invented; the IBANs, codici
fiscali, partite IVA and card numbers were computed once with python-stdnum / Luhn so that they
are valid, then pasted as literal text.

Businesses (the Pages the conversations belong to) are listed in ``BUSINESS_NAMES``: a plumbing
and electrics firm in Palermo, a condominium administrator in Monza, a bridal and ceremony-wear
atelier in Bari, a lakeside campsite with bungalows in Trentino, a yoga and pilates studio in
Bologna and an online cosmetics shop.

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
                "Perfetto signora. Uscita più ricerca perdita {{PRICE:45,00 €}}, il resto lo "
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
                "la detrazione il commercialista [[P:dott. Ingrassia]] vuole la vostra partita "
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
                "Vettore: SDA — ritiro [[P:sig. Aiello]] tel. [[T:091-6254318]]",
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
            ("a", "it", "Segnato. A sabato! — G."),
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
                "Il sig. Randazzo ha confermato. Il tecnico arriva domani mattina tra "
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
                "owner, [[P:Mr Cangelosi]], is not answering. Could someone come? I'm "
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
                "Perfetto, segnato. Rendiconto inviato. Un saluto a [[L:Leeds]]! [[P:Marisa]]",
            ),
            ("c", "en", "Thanks a mil [[P:Marisa]]. Tell [[P:Mrs Sormani]] I said hi x"),
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
                "cousin [[P:Lucia Amoruso]] in Bari recommended you. Do you do fittings on "
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
